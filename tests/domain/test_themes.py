"""Themes, werkgroepen, the yearly list, voortgang and overdue actions, without a screen."""

from __future__ import annotations

import datetime

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import preparation as prep
from facilitator.domain import progress
from facilitator.domain import themes as th
from facilitator.domain.refusal import Refusal
from facilitator.domain.session import Session


def person(s: Session, name: str) -> prep.Participant:
    p = prep.Participant(name=name, position=s.next_position(prep.Participant))
    s.add(p, label="Deelnemer toevoegen")
    return p


def test_catalogue_has_dutch_and_english_names():
    items = th.catalogue()
    keys = [i["id"] for i in items]
    assert {"wonen", "verkeer", "voorzieningen", "zorg", "energie", "groen", "jeugd"} <= set(keys)
    for item in items:
        assert item["name"]["nl"].strip() and item["name"]["en"].strip()


def test_usual_and_own_themes_with_names_in_both_languages():
    s = Session()
    groen = th.add_theme(s, key="groen")
    own = th.add_theme(s, name="  Het  dorpshuis ")
    assert th.theme_name(groen, "nl") == "Groen en landschap"
    assert th.theme_name(groen, "en") == "Green space and landscape"
    assert own.name == "Het dorpshuis" and th.theme_name(own, "en") == "Het dorpshuis"
    assert "groen" not in {i["id"] for i in th.unused_usual(s)}
    with pytest.raises(Refusal, match="staat al in de lijst"):
        th.add_theme(s, name="het DORPSHUIS")
    with pytest.raises(Refusal, match="staat al in de lijst"):
        th.add_theme(s, key="groen")
    with pytest.raises(Refusal, match="naam nodig"):
        th.add_theme(s, name="   ")
    with pytest.raises(Refusal, match="hoogstens 60"):
        th.add_theme(s, name="x" * 61)
    assert [t.name for t in th.themes(s)] == ["Groen en landschap", "Het dorpshuis"]


def test_werkgroep_keeps_known_participants_and_the_contact():
    s = Session()
    a, b = person(s, "Anneke Postma"), person(s, "Gerrit Hoekstra")
    theme = th.add_theme(s, key="zorg")
    th.set_werkgroep(s, theme, [a.id, "gone", a.id], contact_id=b.id)
    current = th.find(s, theme.id)
    assert current is not None
    assert current.member_ids == [a.id] and current.contact_id == b.id
    assert [p.name for p in th.members(s, current)] == ["Gerrit Hoekstra", "Anneke Postma"]
    assert th.contact_name(s, current) == "Gerrit Hoekstra"
    th.set_ambitions(s, current, "Niemand eenzaam\n\n  Een wensbus  \n")
    assert th.find(s, theme.id).ambitions == ["Niemand eenzaam", "Een wensbus"]  # type: ignore[union-attr]
    s.undo()
    assert th.find(s, theme.id).ambitions == []  # type: ignore[union-attr]


def test_removing_a_theme_keeps_its_actions_in_one_undo_step():
    s = Session()
    theme = th.add_theme(s, key="verkeer")
    action = ap.add_action(s, "Drempels bij de school")
    idea = ap.add_idea(s, "Dertig in het dorp")
    th.set_theme(s, action, theme.id)
    th.set_theme(s, idea, theme.id)
    th.remove_theme(s, theme)
    assert th.themes(s) == [] and ap.actions(s)[0].theme == "" and ap.ideas(s)[0].theme == ""
    assert s.undo_label == "Thema verwijderen"
    s.undo()
    assert ap.actions(s)[0].theme == theme.id and ap.ideas(s)[0].theme == theme.id
    with pytest.raises(Refusal, match="bestaat niet"):
        th.set_theme(s, action, "no-such-theme")


def test_actions_by_theme_is_the_yearly_list():
    s = Session()
    groen = th.add_theme(s, key="groen")
    th.add_theme(s, key="jeugd")
    late = ap.add_action(s, "Bankjes", due="juli 2026")
    early = ap.add_action(s, "Bomen planten", due="1-3-2026")
    loose = ap.add_action(s, "Nieuwsbrief")
    for a in (late, early):
        th.set_theme(s, a, groen.id)
    listed = th.actions_by_theme(s)
    assert [(t.name if t else None, [a.what for a in acts]) for t, acts in listed] == [
        ("Groen en landschap", ["Bomen planten", "Bankjes"]),
        ("Jeugd en jongeren", []),
        (None, [loose.what]),
    ]


def test_carry_themes_links_back_maps_people_by_name_and_is_one_step():
    old = Session()
    ann = person(old, "Anneke Postma")
    gone = person(old, "Jan Vos")
    theme = th.add_theme(old, key="zorg")
    th.set_werkgroep(old, theme, [ann.id, gone.id], contact_id=ann.id)
    th.set_ambitions(old, th.find(old, theme.id), ["Een wensbus"])  # type: ignore[arg-type]
    th.add_theme(old, name="Het dorpshuis")
    new = Session()
    ann2 = person(new, "anneke  postma")
    th.add_theme(new, name="het dorpshuis")  # already there: not doubled
    made = th.carry_themes(old, new, previous_id="S1")
    assert [t.name for t in made] == ["Zorg en welzijn"]
    carried = made[0]
    assert carried.carried_from == f"S1:{theme.id}"
    assert carried.member_ids == [ann2.id] and carried.contact_id == ann2.id
    assert carried.ambitions == ["Een wensbus"]
    assert th.carry_themes(old, new, previous_id="S1") == []  # twice changes nothing
    assert new.undo_label == "Thema's overnemen"
    new.undo()
    assert [t.name for t in th.themes(new)] == ["het dorpshuis"]


def test_overdue_means_dated_before_today_and_still_open():
    s = Session()
    a = ap.add_action(s, "Bankjes", due="1-3-2026")
    assert progress.is_overdue(a, "2026-03-02")
    assert not progress.is_overdue(a, "2026-03-01")  # on the day itself it is not late yet
    month = ap.add_action(s, "Bomen", due="maart 2026")
    assert not progress.is_overdue(month, datetime.date(2026, 3, 31))
    assert progress.is_overdue(month, datetime.date(2026, 4, 1))
    ap.set_status(s, a, "klaar")
    assert not progress.is_overdue(ap.latest(s, a), "2027-01-01")
    assert not progress.is_overdue(ap.add_action(s, "Feest", due="jaarlijks"), "2030-01-01")
    assert [x.what for x in progress.overdue(s, "2026-04-01")] == ["Bomen"]


def test_record_progress_is_one_undo_step_each():
    s = Session()
    s.add(prep.Meeting(date="2027-03-01"), label="")
    a = ap.add_action(s, "Bankjes", due="1-3-2026")
    b = ap.add_action(s, "Wensbus", due="juni 2026")
    progress.record_progress(s, a, "klaar", note="Staan er, druk gebruikt")
    done = ap.latest(s, a)
    assert done.status == "klaar"
    assert done.history[-1] == {"date": "2027-03-01", "text": "Staan er, druk gebruikt", "status": "klaar"}
    assert s.undo_label == "Voortgang bijwerken"
    with pytest.raises(Refusal, match="nieuwe datum"):
        progress.record_progress(s, b, "verschoven", due="  ")
    progress.record_progress(s, b, "verschoven", due="najaar 2027")
    moved = ap.latest(s, b)
    assert moved.status == "open" and moved.due == "2027-najaar"
    assert moved.history[-1]["text"] == "Verschoven naar najaar 2027"
    s.undo()
    assert ap.latest(s, b).due == "2026-06" and len(ap.latest(s, b).history) == 1
    s.undo()
    assert ap.latest(s, a).status == "open" and len(ap.latest(s, a).history) == 1


def test_walk_order_goes_per_theme_then_by_date():
    s = Session()
    zorg, groen = th.add_theme(s, key="zorg"), th.add_theme(s, key="groen")
    x = ap.add_action(s, "Zonder thema", due="1-1-2026")
    y = ap.add_action(s, "Groen later", due="2027")
    z = ap.add_action(s, "Groen eerst", due="1-2-2026")
    w = ap.add_action(s, "Zorg", due="2028")
    done = ap.add_action(s, "Klaar al")
    ap.set_status(s, done, "klaar")
    for action, theme in ((y, groen), (z, groen), (w, zorg)):
        th.set_theme(s, action, theme.id)
    assert [a.what for a in progress.walk_order(s)] == ["Zorg", "Groen eerst", "Groen later", x.what]
