"""Privacy that holds, the gaps: removed (not only withdrawn) contact details, removed people,
the share tick and sign-up contacts, through merge, backups and import. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.domain import avond, privacy
from facilitator.domain import preparation as prep
from facilitator.store.errors import StoreError
from facilitator.store.exchange import export_data, read_import
from facilitator.store.library import Library
from facilitator.store.merge import merge_files
from facilitator.store.readonly import read_only_session
from facilitator.store.sessionfile import open_session

EMAIL = "ria.dijkstra@voorbeeld.nl"
PHONE = "06-55512345"


def people(path: Path) -> dict[str, prep.Participant]:
    return {p.name: p for p in read_only_session(path).all(prep.Participant)}


def two_laptops(library: Library, **start: object) -> tuple[Path, Path, str]:
    """A meeting with Ria (consent, e-mail, phone) copied to a second laptop."""
    path = library.create("Zandeweer")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Ria Dijkstra")
    prep.edit_participant(s, p, consent=True, email=EMAIL, phone=PHONE, **start)
    sf.close()
    return path, library.duplicate(path), p.id


def edit(path: Path, pid: str, **fields: object) -> None:
    sf, s = open_session(path)
    try:
        prep.edit_participant(s, s.get(prep.Participant, pid), **fields)
    finally:
        sf.close()


# ------------------------------------------------------------------ merge
def test_merge_keeps_a_removed_email_removed_when_the_other_copy_changed_later(library: Library, tmp_path: Path):
    path, copy, pid = two_laptops(library)
    edit(path, pid, email="")  # laptop 1: Ria asks to drop her e-mail (she keeps her consent for the phone)
    edit(copy, pid, role="raadslid")  # laptop 2, later: only her role
    merged = people(merge_files([path, copy], tmp_path / "samen.kernkracht").output)["Ria Dijkstra"]
    assert merged.role == "raadslid"
    assert merged.email == "" and merged.phone == PHONE and merged.consent


def test_merge_keeps_a_new_email_typed_on_the_other_laptop(library: Library, tmp_path: Path):
    path = library.create("Zandeweer")
    sf, s = open_session(path)
    p = prep.add_participant(s, "Ria Dijkstra")
    prep.edit_participant(s, p, consent=True)
    other = prep.add_participant(s, "Kees")
    sf.close()
    copy = library.duplicate(path)
    edit(path, other.id, role="raadslid")  # laptop 1: another person; Ria's e-mail was empty where both started
    edit(copy, p.id, email=EMAIL)  # laptop 2: she gives her e-mail
    merged = people(merge_files([path, copy], tmp_path / "samen.kernkracht").output)["Ria Dijkstra"]
    assert merged.email == EMAIL  # an e-mail typed after the split is no removal


def test_merge_does_not_bring_back_a_removed_participant_s_contact_details(library: Library, tmp_path: Path):
    path, copy, pid = two_laptops(library)
    sf, s = open_session(path)  # laptop 1: Ria is taken off the list (AVG)
    privacy.remove_participants(s, s.get(prep.Participant, pid))
    sf.close()
    edit(copy, pid, group="bewoners")  # laptop 2, later
    output = merge_files([path, copy], tmp_path / "samen.kernkracht").output
    merged = people(output).get("Ria Dijkstra")
    if merged is not None:  # revived by the later edit: without consent and contact details
        assert (merged.consent, merged.email, merged.phone, merged.share_contact) == (False, "", "", False)
    assert EMAIL.encode() not in output.read_bytes() and PHONE.encode() not in output.read_bytes()


def test_merge_lets_a_withdrawn_share_tick_win(library: Library, tmp_path: Path):
    path, copy, pid = two_laptops(library, share_contact=True)
    edit(path, pid, share_contact=False)  # laptop 1: not in the handout any more
    edit(copy, pid, organisation="Dorpsbelang")  # laptop 2, later
    merged = people(merge_files([path, copy], tmp_path / "samen.kernkracht").output)["Ria Dijkstra"]
    assert merged.organisation == "Dorpsbelang" and merged.email == EMAIL
    assert not merged.share_contact


# ------------------------------------------------------------------ backups
def backups_hold(library: Library, path: Path, secret: str) -> list[Path]:
    return [b for b in library.backups(path) if secret.encode() in b.read_bytes()]


def test_contact_details_cleared_with_consent_kept_leave_the_backups(library: Library):
    path = library.create("Usquert")
    sf, s = open_session(path)
    try:
        p = prep.add_participant(s, "Ria Dijkstra")
        prep.edit_participant(s, p, consent=True, email=EMAIL, phone=PHONE)
        library.backup(sf)
        prep.edit_participant(s, s.get(prep.Participant, p.id), email="")  # consent stays, the e-mail goes
        library.backup(sf)
    finally:
        sf.close()
    assert len(library.backups(path)) == 2
    assert backups_hold(library, path, EMAIL) == []
    assert len(backups_hold(library, path, PHONE)) == 2  # what she still allows stays


def test_a_removed_participant_s_contact_details_leave_the_backups(library: Library):
    path = library.create("Usquert")
    sf, s = open_session(path)
    try:
        p = prep.add_participant(s, "Ria Dijkstra")
        prep.edit_participant(s, p, consent=True, email=EMAIL)
        library.backup(sf)
        privacy.remove_participants(s, s.get(prep.Participant, p.id))
        library.backup(sf)
    finally:
        sf.close()
    assert EMAIL.encode() not in path.read_bytes()
    assert backups_hold(library, path, EMAIL) == []


def test_sign_up_contacts_without_consent_leave_the_backups(library: Library):
    path = library.create("Usquert")
    sf, s = open_session(path)
    try:
        s.add(avond.SignUp(name="Kees", consent=True, contact=PHONE), label="x")
        library.backup(sf)
        row = s.all(avond.SignUp)[0]
        s.update(row, "x", consent=False, contact="")
        library.backup(sf)
    finally:
        sf.close()
    assert backups_hold(library, path, PHONE) == []


# ------------------------------------------------------------------ import
def exported(library: Library, change: dict) -> Path:  # type: ignore[type-arg]
    path = library.create("Warffum")
    sf, s = open_session(path)
    try:
        prep.add_participant(s, "Ria Dijkstra")
        data = export_data(sf)
    finally:
        sf.close()
    kind, fields = next(iter(change.items()))
    if kind == "signup":
        when = data["records"]["participant"][0]["created"]
        data["records"]["signup"] = [
            {"id": "a" * 8 + "-0000-4000-8000-" + "0" * 12, "created": when, "updated": when, **fields}
        ]
    else:
        data["records"][kind][0].update(fields)
    target = library.root / "import.json"
    target.write_text(json.dumps(data), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    "change",
    [
        {"participant": {"consent": False, "email": EMAIL}},
        {"participant": {"consent": False, "phone": PHONE}},
        {"participant": {"consent": False, "share_contact": True}},
        {"signup": {"name": "Kees", "consent": False, "contact": PHONE}},
    ],
)
def test_import_refuses_contact_details_without_consent(library: Library, change: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(StoreError) as refused:
        read_import(exported(library, change))
    assert "toestemming" in refused.value.message("nl")


def test_import_accepts_contact_details_with_consent(library: Library) -> None:
    data = read_import(exported(library, {"participant": {"consent": True, "email": EMAIL, "share_contact": True}}))
    assert data["records"]["participant"][0]["email"] == EMAIL
