"""Gemeente domain: doen en laten, support scores for any group, valkuilen, steering per
activity, the three plan questions, undo, the content check and a round trip on disk (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.content import ContentError, data_dir
from facilitator.domain import actieplan, eigenaarschap, gemeente, samenspel_content, scoring
from facilitator.domain.session import Session


@pytest.fixture
def session() -> Session:
    return Session()


def test_shipped_content_names_the_seed_lists():
    c = samenspel_content.gemeente()
    assert [f.id for f in c.support_forms] == [
        "aanvullen",
        "in-hun-kracht",
        "institutioneel-verbinden",
        "gemeenschap-vitaliseren",
    ]
    assert [p.id for p in c.pitfalls] == ["overvragen", "overnemen", "overspoelen"]
    assert [m.id for m in c.modes] == ["zelfsturing", "regelsturing", "autoritair"]
    assert [q.id for q in c.plan_questions] == ["waarom", "instrumenten", "killers"]
    assert all(m.say("practices", "en") and m.say("rules", "nl") for m in c.modes)


def test_homework_lists_with_who_and_link_undo_as_one_step(session: Session):
    action = actieplan.add_action(session, "Spreekuur in het dorpshuis")
    item = gemeente.add_homework(
        session, "start", "  Vast   aanspreekpunt ", who="Kernencoördinator", link_kind="action", link_id=action.id
    )
    gemeente.add_homework(session, "stop", "Drie formulieren voor één subsidie")
    assert [h.text for h in gemeente.homework(session, "start")] == ["Vast aanspreekpunt"]
    assert [h.text for h in gemeente.homework(session, "stop")] == ["Drie formulieren voor één subsidie"]
    assert gemeente.link_title(session, item) == "Spreekuur in het dorpshuis"
    session.undo()
    assert gemeente.homework(session, "stop") == []
    # the linked action removed: the item stays, its link reads as empty (nothing breaks)
    actieplan.remove_action(session, action)
    assert gemeente.link_title(session, gemeente.homework(session, "start")[0]) == ""


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_empty_homework_gets_a_dutch_message_and_adds_nothing(session: Session, bad: str):
    with pytest.raises(gemeente.HomeworkError, match="Typ eerst"):
        gemeente.add_homework(session, "start", bad)
    assert gemeente.homework(session) == [] and not session.can_undo


def test_hostile_homework_text_is_kept_as_typed_and_long_text_cut(session: Session):
    item = gemeente.add_homework(session, "stop", "<b>&amp; שלום 🎉" + "x" * 2000, who="<i>wie</i>")
    assert item.text.startswith("<b>&amp; שלום 🎉") and len(item.text) == gemeente.MAX_LINE
    assert item.who == "<i>wie</i>"


def test_link_to_a_record_that_does_not_exist_is_refused(session: Session):
    with pytest.raises(gemeente.HomeworkError, match="bestaat niet"):
        gemeente.add_homework(session, "start", "Iets", link_kind="action", link_id="nope")


def test_edit_homework_moves_between_lists_and_merges_typing(session: Session):
    item = gemeente.add_homework(session, "start", "Eerst")
    gemeente.edit_homework(session, item, merge_key="k", who="T")
    gemeente.edit_homework(session, session.get(gemeente.HomeworkItem, item.id), merge_key="k", who="Team")
    gemeente.edit_homework(session, session.get(gemeente.HomeworkItem, item.id), list_id="stop")
    assert gemeente.homework(session, "stop")[0].who == "Team"
    session.undo()
    session.undo()
    assert gemeente.homework(session, "start")[0].who == ""


def test_support_scores_work_for_any_group(session: Session):
    scoring.set_score(session, "support", "aanvullen", now=9, wanted=-3, group="  jongeren ")
    scoring.set_score(session, "support", "aanvullen", now=2, group="")
    rows = scoring.profile(session, "support", "jongeren")
    assert (rows[0].now, rows[0].wanted) == (5, 0)
    assert scoring.scored_groups(session, "support") == ["", "jongeren"]
    assert "jongeren" in scoring.groups(session)
    geometry = scoring.radar(session, "support", "jongeren")
    assert len(geometry.axes) == 4
    with pytest.raises(ValueError):
        scoring.set_score(session, "support", "not-a-form", now=1)


def test_pitfalls_ticked_and_answered_like_killer_phrases(session: Session):
    assert all(not a.heard for _p, a in gemeente.pitfalls(session))
    gemeente.tick_pitfall(session, "overvragen")
    gemeente.answer_pitfall(session, "pitfall:overvragen", "Eerst genoeg chauffeurs")
    ((_p, answer), *_rest) = gemeente.pitfalls(session)
    assert answer.heard and answer.answer == "Eerst genoeg chauffeurs"
    session.undo()
    session.undo()
    assert not gemeente.pitfalls(session)[0][1].heard


def test_steering_mode_per_activity_and_tally(session: Session):
    a = eigenaarschap.add_activity(session, "Wensbus", current_type=2)
    b = eigenaarschap.add_activity(session, "Stoep", current_type=4)
    gemeente.set_mode(session, a.id, "regelsturing")
    gemeente.set_mode(session, b.id, "autoritair")
    gemeente.set_steering_notes(session, b.id, "Gewoon goed doen")
    assert gemeente.mode_tally(session) == {"zelfsturing": 0, "regelsturing": 1, "autoritair": 1}
    eigenaarschap.remove_activity(session, session.get(eigenaarschap.Activity, b.id))
    assert gemeente.mode_tally(session)["autoritair"] == 0  # a removed activity no longer counts
    with pytest.raises(ValueError):
        gemeente.set_mode(session, a.id, "dictatuur")


def test_plan_questions_answered_per_mode(session: Session):
    gemeente.answer_plan(session, "killers", "autoritair", "Elk jaar een nieuwe ambtenaar")
    assert gemeente.plan_answer(session, "killers", "autoritair").answer == "Elk jaar een nieuwe ambtenaar"
    assert gemeente.plan_answer(session, "killers", "zelfsturing") is None
    assert gemeente.has_anything(session)


def test_empty_session_has_nothing(session: Session):
    assert not gemeente.has_anything(session)


def test_round_trip_on_disk(session_file):
    sf, session = session_file
    gemeente.add_homework(session, "start", "Eén loket", who="Team")
    scoring.set_score(session, "support", "aanvullen", now=3, wanted=4, group="gemeente")
    path = sf.path
    sf.close()
    from facilitator.store.sessionfile import open_session

    sf2, again = open_session(path)
    try:
        assert [h.text for h in gemeente.homework(again, "start")] == ["Eén loket"]
        assert scoring.profile(again, "support", "gemeente")[0].wanted == 4
    finally:
        sf2.close()


def _broken(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = json.loads((data_dir() / "gemeente.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "gemeente.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_broken_content_file_is_refused_with_a_dutch_message_naming_it(tmp_path: Path):
    path = _broken(tmp_path, lambda d: d["support_forms"][1].pop("question"))
    with pytest.raises(ContentError, match=r"gemeente.json.*support_forms 2.*'question' ontbreekt"):
        samenspel_content.parse_gemeente(path)
    path = _broken(tmp_path, lambda d: d["pitfalls"].append(dict(d["pitfalls"][0])))
    with pytest.raises(ContentError, match=r"gemeente.json.*twee keer"):
        samenspel_content.parse_gemeente(path)
    path.write_text("{niet json", encoding="utf-8")
    with pytest.raises(ContentError, match=r"gemeente.json is geen geldige JSON"):
        samenspel_content.parse_gemeente(path)
    path = _broken(tmp_path, lambda d: d["lists"][0].update(id="begin"))
    with pytest.raises(ContentError, match=r"'start' en 'stop'"):
        samenspel_content.parse_gemeente(path)


def test_demo_village_fills_the_homework():
    from facilitator.demo import build_demo

    s = Session()
    build_demo(s)
    assert len(gemeente.homework(s, "start")) >= 3 and gemeente.homework(s, "stop")
    assert any(gemeente.link_title(s, h) for h in gemeente.homework(s))
    assert all(gemeente.mode_tally(s).values())
    assert scoring.scored_groups(s, "support") == ["bewoners", "gemeente"]


def test_score_groups_follow_the_one_group_rule(session: Session):
    from facilitator.domain import groups

    long_name = "nieuwe inwoners van de wijk " * 3
    scoring.set_score(session, "support", "aanvullen", now=1, group=long_name)
    scoring.set_score(session, "support", "aanvullen", now=2, group="Gemeente")
    stored = [r.group for r in session.all(scoring.ItemScore)]
    assert stored[0] == groups.clean(long_name)[: groups.MAX_NAME] and len(stored[0]) == groups.MAX_NAME
    # the defaults first (as the room knows them), then each other group once, in the order it scored
    assert scoring.groups(session) == [*groups.DEFAULT_GROUPS, stored[0], "Gemeente"]
