"""An action's "Wanneer" with its precision survives export and import; a broken one is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.domain import actieplan as ap
from facilitator.store import errors
from facilitator.store.library import Library
from facilitator.store.sessionfile import new_session, open_session


def test_every_precision_round_trips_and_a_broken_date_is_refused(library: Library, tmp_path: Path):
    path = library.root / "a.kernkracht"
    sf, session = new_session(path, place="Ulrum")
    for what, due in (("A", "15-4-2026"), ("B", "juli 2026"), ("C", "Q3 2026"), ("D", "najaar 2026")):
        ap.add_action(session, what, due=due)
    for what, due in (("E", "2027"), ("F", "jaarlijks"), ("G", "na de zomer")):
        ap.add_action(session, what, due=due)
    sf.close()
    exported = library.export_json(path, tmp_path / "plan.json")
    back = library.import_json(exported)
    sf, session = open_session(back)
    try:
        assert [a.due for a in ap.actions(session)] == [
            "2026-04-15", "2026-07", "2026-Q3", "2026-najaar", "2027", "jaarlijks", "na de zomer",
        ]  # fmt: skip
    finally:
        sf.close()
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["records"]["action"][0]["due"] = "2026-02-31"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    before = sorted(library.root.glob("*.kernkracht"))
    with pytest.raises(errors.ImportRejected) as info:
        library.import_json(broken)
    assert "wanneer" in str(info.value) and "2026-02-31" in str(info.value)
    assert sorted(library.root.glob("*.kernkracht")) == before
