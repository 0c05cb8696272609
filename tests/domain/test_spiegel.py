"""Spiegel domain: democratic values, ways of accounting, action points into actions,
the two logics side by side with clashes and expectations, undo, content check (no Qt)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.content import ContentError, data_dir
from facilitator.domain import actieplan, samenspel_content, scoring, spiegel
from facilitator.domain.session import Session


@pytest.fixture
def session() -> Session:
    return Session()


def test_shipped_content_names_the_seed_lists():
    c = samenspel_content.spiegel()
    assert [v.id for v in c.values] == [
        "inclusiviteit",
        "transparantie",
        "tegengeluid",
        "invloed",
        "deliberatie",
        "legitimiteit",
    ]
    assert all(v.say("question", "nl") and v.say("question", "en") for v in c.values)
    assert [a.id for a in c.actors] == ["collectieven", "ambtenaren", "wetenschappers"]
    assert all(len(a.points) == 5 for a in c.actors)
    assert {"waarden", "lidmaatschap", "lokaal", "besluiten", "middelen", "verantwoording", "termijn"} <= {
        t.id for t in c.traits
    }


def test_values_radar_for_a_free_group(session: Session):
    for value in samenspel_content.spiegel().values:
        scoring.set_score(session, "values", value.id, now=2, wanted=4, group="jongeren")
    geometry = scoring.radar(session, "values", "jongeren")
    assert len(geometry.axes) == 6
    assert scoring.scored_groups(session, "values") == ["jongeren"]
    assert scoring.profile(session, "values", "bewoners")[0].now == 0


def test_ways_of_accounting(session: Session):
    way = spiegel.add_way(session, "Alle inwoners", "Een open avond")
    spiegel.add_way(session, "", "Een krantje")
    assert [(w.to_whom, w.how) for w in spiegel.ways(session)] == [
        ("Alle inwoners", "Een open avond"),
        ("", "Een krantje"),
    ]
    spiegel.edit_way(session, way, how="Een open avond met de cijfers")
    session.undo()
    assert spiegel.ways(session)[0].how == "Een open avond"
    with pytest.raises(spiegel.MirrorError, match="Typ aan wie"):
        spiegel.add_way(session, "  ", "")


def test_action_point_becomes_an_action_once_in_one_undo_step(session: Session):
    action = spiegel.action_from_point(session, "ambtenaren", "leefwereld")
    assert action.for_whom == "gemeente" and action.what == "Ga erheen en doe mee"
    tick = spiegel.point_record(session, "ambtenaren", "leefwereld")
    assert tick.ticked and tick.action_id == action.id
    with pytest.raises(spiegel.MirrorError, match="al een actie"):
        spiegel.action_from_point(session, "ambtenaren", "leefwereld")
    session.undo()  # the action and the tick go together
    assert actieplan.actions(session) == [] and spiegel.point_record(session, "ambtenaren", "leefwereld") is None
    spiegel.tick_point(session, "wetenschappers", "praktijk")
    spiegel.note_point(session, "wetenschappers", "praktijk", "Hogeschool vragen")
    assert [(a.id, p.id) for a, p, _t in spiegel.ticked_points(session)] == [("wetenschappers", "praktijk")]


def test_logic_side_by_side_shows_clashes(session: Session):
    spiegel.set_mark(session, "besluiten", "dorp", 1)
    spiegel.set_mark(session, "besluiten", "gemeente", 5)
    spiegel.set_mark(session, "lokaal", "dorp", 2)
    spiegel.set_mark(session, "lokaal", "gemeente", 3)
    spiegel.set_mark(session, "waarden", "dorp", 9)  # clamped
    rows = {r.trait.id: r for r in spiegel.logic(session)}
    assert rows["besluiten"].clash and not rows["lokaal"].clash
    assert rows["waarden"].village == 5 and not rows["waarden"].clash  # one side only: no clash yet
    assert [r.trait.id for r in spiegel.clashes(session)] == ["besluiten"]
    session.undo()
    assert spiegel.logic(session)[0].village == 0
    with pytest.raises(ValueError):
        spiegel.set_mark(session, "besluiten", "provincie", 3)


def test_expectations_both_ways(session: Session):
    spiegel.add_expectation(session, "dorp", "Antwoord binnen twee weken")
    spiegel.add_expectation(session, "gemeente", "Zeg wie namens het dorp praat")
    assert [e.text for e in spiegel.expectations(session, "dorp")] == ["Antwoord binnen twee weken"]
    with pytest.raises(spiegel.MirrorError):
        spiegel.add_expectation(session, "dorp", "   ")
    assert spiegel.has_anything(session)


def test_empty_session_has_nothing(session: Session):
    assert not spiegel.has_anything(session)


def test_broken_content_file_is_refused_with_a_dutch_message_naming_it(tmp_path: Path):
    data = json.loads((data_dir() / "spiegel.json").read_text(encoding="utf-8"))
    del data["logic"]["traits"][2]["government"]
    path = tmp_path / "spiegel.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match=r"spiegel.json, logic, traits 3 \(lokaal\): 'government' ontbreekt"):
        samenspel_content.parse_spiegel(path)
    data["values"] = data["values"][:2]
    data["logic"]["traits"] = []
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError, match=r"spiegel.json.*'values' moet 3 tot 12"):
        samenspel_content.parse_spiegel(path)


def test_demo_village_fills_the_mirror():
    from facilitator.demo import build_demo

    s = Session()
    build_demo(s)
    assert scoring.scored_groups(s, "values") == ["bewoners", "jongeren"]
    assert len(spiegel.ways(s)) >= 3 and spiegel.clashes(s)
    assert any(t.action_id for _a, _p, t in spiegel.ticked_points(s))
    assert spiegel.expectations(s, "dorp") and spiegel.expectations(s, "gemeente")


def test_link_point_to_an_existing_action(session: Session):
    action = actieplan.add_action(session, "Spreekuur in het dorpshuis")
    spiegel.link_point(session, "ambtenaren", "dienstbaar", action.id)
    assert spiegel.point_record(session, "ambtenaren", "dienstbaar").ticked
    with pytest.raises(spiegel.MirrorError, match="bestaat niet"):
        spiegel.link_point(session, "ambtenaren", "dienstbaar", "gone")
