"""A handout for one working group holds only what concerns its theme."""

from __future__ import annotations

from facilitator.domain import actieplan as plan
from facilitator.domain import krachtenkaart as kk
from facilitator.domain import preparation as prep
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from facilitator.handouts.workgroup import workgroup_session
from tests.handouts import pdftext


def test_a_green_group_gets_its_cards_linked_ideas_and_actions_only():
    s = Session()
    prep.edit_meeting(s, place="Ulrum")
    prep.add_participant(s, "Anna Bos")
    park = kk.add_card(s, "Het park", "plekken", tags=["groen"])
    bench = kk.add_card(s, "Bankjes", "plekken")
    kk.add_card(s, "Bakkerij", "economie")
    kk.connect(s, [park, bench], "Rustplek in het park", "")
    idea = plan.add_idea(s, "Bloemen langs de Vaart (GROEN)")
    plan.add_action(s, "Bloembollen planten", trekker="Anna Bos", idea_ids=[idea.id])
    plan.add_action(s, "Kermis regelen", trekker="Bert Kok")
    before = len(list(s.records()))
    text = pdftext.text(handout_bytes(workgroup_session(s, "Groen")))
    assert "Ulrum · werkgroep Groen" in text
    for wanted in ("Het park", "Rustplek in het park", "Bloemen langs de Vaart", "Bloembollen planten", "Anna Bos"):
        assert wanted in text, wanted
    for other in ("Bakkerij", "Kermis regelen", "Bert Kok"):
        assert other not in text, other
    assert len(list(s.records())) == before  # the meeting itself is untouched


def test_an_action_that_names_its_group_goes_to_that_group_only():
    from tests.domain.test_workgroups import GroupedAction

    s = Session()
    prep.edit_meeting(s, place="Ulrum")
    card = kk.add_card(s, "Speeltuin", "plekken")
    # "groen" is in its text, but its werkgroep is Jeugd: the name decides
    plain = plan.add_action(s, "Groen hek om de speeltuin", trekker="Anna Bos", card_ids=[card.id])
    grouped = GroupedAction.from_dict({**plain.to_dict(), "werkgroep": "Jeugd"})
    other = GroupedAction(what="Bloembollen planten", werkgroep="Groen", position=2.0)
    records = [r for r in s.records() if r.id != plain.id] + [grouped, other]
    whole = Session(records=records)
    green = pdftext.text(handout_bytes(workgroup_session(whole, "groen")))
    assert "Bloembollen planten" in green and "Groen hek" not in green
    youth = pdftext.text(handout_bytes(workgroup_session(whole, "JEUGD")))
    assert "Groen hek om de speeltuin" in youth and "Speeltuin" in youth  # the linked card comes along
    assert "Bloembollen" not in youth


def test_a_theme_record_brings_its_actions_into_the_werkgroep_handout():
    from facilitator.domain import actieplan as ap
    from facilitator.domain import themes as th
    from facilitator.domain.session import Session
    from facilitator.handouts.workgroup import workgroup_session

    s = Session()
    zorg = th.add_theme(s, key="zorg")
    bus = ap.add_action(s, "Wensbus opzetten")  # no theme word in its text
    th.set_theme(s, bus, zorg.id)
    ap.add_action(s, "Bankjes plaatsen")
    # the theme names the group: its name decides (capitals and accents do not matter)
    copy = workgroup_session(s, "zorg EN welzijn")
    assert [a.what for a in ap.actions(copy)] == ["Wensbus opzetten"]
    assert [t.name for t in th.themes(copy)] == ["Zorg en welzijn"]
    assert [a.what for a in ap.actions(workgroup_session(s, "Zorg"))] == ["Wensbus opzetten"]  # its short key
    assert ap.actions(workgroup_session(s, "welzijn")) == []  # a named group is not found by any word of it
