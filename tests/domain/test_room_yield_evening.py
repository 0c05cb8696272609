"""Issue 12 §3, §5, §6 in the domain (no Qt): free groups, who is missing, what ideas
yield, partners' answers, interviews, sign-ups and the closing round; content checks."""

from __future__ import annotations

import json
import shutil

import pytest

from facilitator.content import ContentError, data_dir
from facilitator.domain import actieplan, avond, evening_content, groups, opbrengst, privacy, rollen, room
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session

SET = "bewonersorganisatie"


@pytest.fixture
def session() -> Session:
    return Session()


# ------------------------------------------------------------------ groups
def test_a_group_of_young_people_scores_roles_like_any_group(session):
    p = prep.add_participant(session, "Daan")
    prep.edit_participant(session, p, group="jongeren")
    assert groups.known_groups(session) == ["", "bewoners", "gemeente", "jongeren"]
    rollen.set_score(session, SET, "activerend", now=2, wanted=5, group="jongeren")
    rollen.set_score(session, SET, "activerend", now=3, group="Huurders")
    assert [r.wanted for r in rollen.profile(session, SET, "jongeren")] == [0, 0, 5, 0]
    # the session's own groups first, a group nobody has any more after them by name
    assert rollen.scored_groups(session, SET) == ["jongeren", "Huurders"]
    rollen.answer_case(session, "winkel", SET, role_ids=["verbindend"], group="jongeren")
    assert rollen.case_tally(session, SET, group="jongeren")["verbindend"] == 1
    session.undo()
    assert rollen.case_tally(session, SET, group="jongeren")["verbindend"] == 0


@pytest.mark.parametrize("bad", [" jongeren", "a  b", "x" * 41, "tab\there", "nul\x00"])
def test_a_malformed_group_name_is_refused_in_dutch(session, bad):
    with pytest.raises(groups.GroupError) as info:
        rollen.set_score(session, SET, "activerend", now=1, group=bad)
    assert "groepsnaam" in str(info.value).lower()
    assert session.count(rollen.RoleScore) == 0


def test_voting_groups_are_known_groups_too(session):
    actieplan.set_groups(session, "bewoners, jongeren, ondernemers")
    assert groups.known_groups(session)[3:] == ["jongeren", "ondernemers"]


# ------------------------------------------------------------------ room
def test_make_up_counts_roles_and_groups_without_quotas(session):
    for name, role, group in [("A", "bewoner", "jongeren"), ("B", "bewoner", "Jongeren "), ("C", "ambtenaar", "")]:
        p = prep.add_participant(session, name, role)
        prep.edit_participant(session, p, group=group)
    m = room.make_up(session)
    assert (m.total, m.no_group) == (3, 1)
    assert m.by_role == [("bewoner", 2), ("ambtenaar", 1)]
    assert m.by_group == [("jongeren", 2)]


def test_missing_groups_with_a_way_and_a_person_undo_and_privacy(session):
    jan = prep.add_participant(session, "Jan Bakker")
    young = room.add_missing(session, "Jongeren", "jongeren", way="Via de sportclub", who="Jan Bakker")
    own = room.add_missing(session, "  Mensen   <b>&</b> 🚜 ", who="")
    assert own.name == "Mensen <b>&</b> 🚜"
    assert [g.id for g in room.suggestions(session)][:2] == ["nieuwkomers", "huurders"]
    room.edit_missing(session, own, why="ze werken 's avonds", merge_key="w")
    assert session.get(room.MissingGroup, own.id).why == "ze werken 's avonds"
    with pytest.raises(ValueError, match="ontbreekt"):
        room.edit_missing(session, own, name="   ")
    with pytest.raises(ValueError):
        room.add_missing(session, "X", "bestaat-niet")
    # removing Jan clears him as the one who reaches the young people (AVG), one undo step
    privacy.remove_participants(session, jan)
    assert session.get(room.MissingGroup, young.id).who == ""
    session.undo()
    assert session.get(room.MissingGroup, young.id).who == "Jan Bakker"
    room.remove_missing(session, young)
    assert [m.name for m in room.missing_groups(session)] == ["Mensen <b>&</b> 🚜"]
    session.undo()
    assert len(room.missing_groups(session)) == 2


# ------------------------------------------------------------------ yields
def test_tags_multiple_impact_and_the_argument(session):
    a = actieplan.add_idea(session, "Dorpskeuken")
    b = actieplan.add_idea(session, "Bankjes")
    opbrengst.toggle_tag(session, a, "goals", "zorg", True)
    assert not opbrengst.tag(session, a.id).multiple_impact
    opbrengst.toggle_tag(session, a, "goals", "ontmoeting", True)
    t = opbrengst.tag(session, a.id)
    assert t.goals == ["ontmoeting", "zorg"] and t.multiple_impact  # the file's order
    opbrengst.set_tags(session, b, "yields", ["geld_blijft"])
    opbrengst.toggle_tag(session, b, "principles", "samen", True)
    assert [i.title for i, _t in opbrengst.tagged_ideas(session)] == ["Dorpskeuken", "Bankjes"]
    assert opbrengst.goal_counts(session) == [("ontmoeting", 1), ("zorg", 1)]
    with pytest.raises(ValueError):
        opbrengst.toggle_tag(session, a, "goals", "bestaat-niet", True)
    with pytest.raises(ValueError):
        opbrengst.set_tags(session, a, "kleur", [])
    session.undo()
    session.undo()
    assert opbrengst.tag(session, b.id).yields == []


def test_partners_are_suggested_and_answer_nu_ooit_nooit(session):
    assert opbrengst.suggested_partners(session)[0].id == "provinciale_vereniging"
    ask = opbrengst.ask_partner(session, partner_id="lsa", ask="Voorbeelden van bewonersbedrijven")
    assert ask.partner.startswith("LSA")
    assert "lsa" not in [p.id for p in opbrengst.suggested_partners(session)]
    own = opbrengst.ask_partner(session, "Rabobank coöperatiefonds")
    opbrengst.edit_ask(session, ask, answer="ooit", answer_note="na de zomer", answered_on="2026-06-01")
    assert session.get(opbrengst.PartnerAsk, ask.id).answer == "ooit"
    with pytest.raises(ValueError, match="nu, ooit of nooit"):
        opbrengst.edit_ask(session, own, answer="misschien")
    with pytest.raises(ValueError, match="jjjj-mm-dd"):
        opbrengst.edit_ask(session, own, answered_on="1 juni")
    with pytest.raises(ValueError):
        opbrengst.ask_partner(session, "   ")
    session.undo()
    assert session.get(opbrengst.PartnerAsk, ask.id).answer == ""


# ------------------------------------------------------------------ evening
def test_an_interview_becomes_gift_cards_with_holder_and_consent(session):
    cards = avond.add_interview(
        session,
        "Lotte",
        {"hoofd": "subsidies", "handen": "koken", "delen_leren": "fondsen", "kent": "de oud-kok"},
        consent=True,
        contact="lotte@voorbeeld.nl",
    )
    assert [(c.hhh, c.title, c.category) for c in cards] == [
        ("hoofd", "subsidies", "gaven"),
        ("handen", "koken", "gaven"),
    ]
    assert all(c.holder == "Lotte" and c.contact == "lotte@voorbeeld.nl" and c.contact_consent for c in cards)
    assert "fondsen" in cards[0].description and "de oud-kok" in cards[0].description
    session.undo()  # one undo step for the whole sheet
    assert kk.cards(session) == []
    with pytest.raises(ValueError, match="toestemming"):
        avond.add_interview(session, "Piet", {"hart": "x"}, consent=False, contact="06")
    with pytest.raises(ValueError, match="leeg"):
        avond.add_interview(session, "Piet", {"hart": "  "})
    only = avond.add_interview(session, "Piet", {"kent": "de schooljuf"})
    assert [c.title for c in only] == ["de schooljuf"]


def test_sign_up_per_top_idea_and_consent(session):
    ideas = [actieplan.add_idea(session, f"Idee {n}") for n in range(7)]
    actieplan.vote(session, ideas[6], "", 3)
    assert avond.top_ideas(session)[0].title == "Idee 6" and len(avond.top_ideas(session)) == 5
    avond.sign_up(session, ideas[5], "Fatima")  # not in the top five: still shown
    assert "Idee 5" in [i.title for i in avond.top_ideas(session)]
    with pytest.raises(ValueError, match="toestemming"):
        avond.sign_up(session, ideas[6], "Jan", contact="06 12")
    s = avond.sign_up(session, ideas[6], "Jan", consent=True, contact="06 12")
    assert [x.name for x in avond.signups(session, ideas[6].id)] == ["Jan"] and s.contact == "06 12"
    assert "signup" in privacy.CONTACT_FIELDS


def test_closing_round(session):
    assert avond.closing_is_empty(avond.closing(session))
    avond.set_takes_home(session, "gemeente", "Een spreekuur in het dorpshuis", merge_key="g")
    avond.set_answer(session, "vieren", "De ijsbaan")
    avond.set_next_meeting(session, "2026-09-17", "  Dorpshuis  ")
    c = avond.closing(session)
    assert c.takes_home == {"gemeente": "Een spreekuur in het dorpshuis"} and c.next_place == "Dorpshuis"
    with pytest.raises(ValueError, match="jjjj-mm-dd"):
        avond.set_next_meeting(session, "17-9-2026")
    with pytest.raises(ValueError):
        avond.set_takes_home(session, "koning", "x")
    avond.set_takes_home(session, "gemeente", "")
    assert "gemeente" not in avond.closing(session).takes_home
    session.undo()
    assert avond.closing(session).takes_home["gemeente"].startswith("Een spreekuur")


# ------------------------------------------------------------------ content
def copy_data(tmp_path):
    for name in ("wie_ontbreekt", "opbrengst", "avond"):
        shutil.copy(data_dir() / f"{name}.json", tmp_path / f"{name}.json")
    return tmp_path


def edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(change(data)) if callable(change) else change, encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "change", "reader", "message"),
    [
        ("wie_ontbreekt", "{ kapot", evening_content.missing, "geen geldige JSON"),
        ("wie_ontbreekt", lambda d: {**d, "groups": []}, evening_content.missing, "minstens één"),
        ("opbrengst", lambda d: {**d, "goals": d["goals"] + d["goals"][:1]}, evening_content.yields, "twee keer"),
        ("opbrengst", lambda d: {**d, "answers": d["answers"][:2]}, evening_content.yields, "nooit"),
        (
            "opbrengst",
            lambda d: {**d, "principles": [{"id": "x", "label": {"en": "only English"}, "question": "?"}]},
            evening_content.yields,
            "Nederlandse",
        ),
        ("avond", lambda d: {k: v for k, v in d.items() if k != "closing"}, evening_content.evening, "'closing'"),
        (
            "avond",
            lambda d: {**d, "opening": {**d["opening"], "types": d["opening"]["types"][:3]}},
            evening_content.evening,
            "precies 4",
        ),
    ],
)
def test_a_broken_content_file_gives_a_dutch_message_naming_it(tmp_path, file, change, reader, message):
    base = copy_data(tmp_path)
    reader(base)  # the shipped file is fine
    reader.cache_clear()
    edit(base / f"{file}.json", change)
    with pytest.raises(ContentError) as info:
        reader(base)
    assert f"{file}.json" in str(info.value)
    assert message in str(info.value)


def test_shipped_content_and_the_demo(session):
    evening_content.check()
    from facilitator.demo import build_demo

    build_demo(session)
    assert "jongeren" in rollen.scored_groups(session, SET)
    assert len(room.missing_groups(session)) >= 3 and all(m.way and m.who for m in room.missing_groups(session))
    assert any(t.multiple_impact for _i, t in opbrengst.tagged_ideas(session))
    assert {a.answer for a in opbrengst.asks(session)} == {"nu", "ooit", "nooit", ""}
    assert avond.interview_cards(session) and avond.signups(session)
    assert not avond.closing_is_empty(avond.closing(session))
