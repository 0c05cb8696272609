"""Rollen domain: scoring, cases, killer phrases, undo, content checks, radar geometry (no Qt)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.content import ContentError, data_dir
from facilitator.domain import role_content, rollen
from facilitator.domain.radar_geometry import radar_geometry
from facilitator.domain.session import Session

SET = "bewonersorganisatie"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session() -> Session:
    return Session()


def test_domain_module_does_not_import_qt():
    # pytest-qt has loaded Qt in this process already, so look in a fresh interpreter
    code = "import sys, facilitator.domain.rollen, facilitator.domain.radar_geometry; print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_shipped_content_is_complete():
    sets = role_content.role_sets()
    assert list(sets) == ["bewonersorganisatie", "overheidsrollen", "burgercollectieven"]
    assert sets["bewonersorganisatie"].role_ids == ("representatief", "adviserend", "activerend", "verbindend")
    assert sets["overheidsrollen"].role_ids == ("rechtmatig", "presterend", "netwerkend", "responsief")
    assert sets["burgercollectieven"].role_ids == ("identificator", "educator", "facilitator", "bruggenbouwer")
    for s in sets.values():
        for role in s.roles:
            for pair in (role.name, role.explanation, role.question):
                assert pair["nl"].strip() and pair["en"].strip()
    cases = role_content.cases()
    assert len(cases) >= 12
    for case in cases.values():
        for pair in (case.title, case.situation, case.question):
            assert pair["nl"].strip() and pair["en"].strip()
    phrases = role_content.killer_phrases()
    assert len(phrases) >= 15
    assert all(p.text["nl"] and p.text["en"] for p in phrases.values())


def test_score_roles_and_read_the_profile(session):
    assert [r.now for r in rollen.profile(session, SET)] == [0, 0, 0, 0]
    rollen.set_score(session, SET, "activerend", now=2, wanted=4)
    rollen.set_score(session, SET, "activerend", now=3)  # only now changes
    rollen.set_score(session, SET, "verbindend", now=9, wanted=-2)  # clamped to 0..5
    rows = {r.role_id: r for r in rollen.profile(session, SET)}
    assert (rows["activerend"].now, rows["activerend"].wanted) == (3, 4)
    assert (rows["verbindend"].now, rows["verbindend"].wanted) == (5, 0)
    assert session.count(rollen.RoleScore) == 2
    # groups score separately
    rollen.set_score(session, SET, "activerend", now=1, wanted=5, group="gemeente")
    assert [r.now for r in rollen.profile(session, SET, "gemeente")] == [0, 0, 1, 0]
    assert rows["activerend"].now == 3
    # any group of the room may score (issue 12 §3); only a malformed name is refused
    rollen.set_score(session, SET, "activerend", now=2, group="raad")
    assert [r.now for r in rollen.profile(session, SET, "raad")] == [0, 0, 2, 0]
    with pytest.raises(ValueError):
        rollen.set_score(session, SET, "activerend", now=1, group=" raad ")
    with pytest.raises(ValueError):
        rollen.set_score(session, SET, "activerend", now=1, group="x" * 41)
    with pytest.raises(ValueError, match="is not in set"):
        rollen.set_score(session, SET, "rechtmatig", now=1)  # not in this set
    with pytest.raises(ValueError, match="unknown role set"):
        rollen.set_score(session, "bestaat-niet", "activerend", now=1)


def test_every_edit_is_one_undo_step(session):
    rollen.choose_set(session, "overheidsrollen")
    assert rollen.current_set_id(session) == "overheidsrollen"
    rollen.set_score(session, "overheidsrollen", "responsief", now=2)
    rollen.set_score(session, "overheidsrollen", "responsief", wanted=5)
    rollen.set_notes(session, "overheidsrollen", "responsief", "Sluit aan bij de ijsclub", merge_key="n")
    rollen.set_notes(session, "overheidsrollen", "responsief", "Sluit aan bij de ijsclub 🌻", merge_key="n")
    assert rollen.profile(session, "overheidsrollen")[3].notes == "Sluit aan bij de ijsclub 🌻"
    session.undo()  # both notes keystrokes are one step
    assert rollen.profile(session, "overheidsrollen")[3].notes == ""
    session.undo()
    assert rollen.profile(session, "overheidsrollen")[3].wanted == 0
    assert rollen.profile(session, "overheidsrollen")[3].now == 2
    session.undo()
    assert session.count(rollen.RoleScore) == 0
    session.undo()
    assert rollen.current_set_id(session) == SET  # the first set is the default
    session.redo()
    assert rollen.current_set_id(session) == "overheidsrollen"
    with pytest.raises(ValueError, match="unknown role set"):
        rollen.choose_set(session, "onbekend")


def test_cases_and_tally(session):
    rollen.answer_case(session, "winkel", SET, answer="Coöperatie <b>&</b>", role_ids=["verbindend", "activerend"])
    rollen.answer_case(session, "school", SET, role_ids=["activerend"])
    rollen.answer_case(session, "buslijn", SET, role_ids=["representatief"], group="gemeente")
    rollen.answer_case(session, "buslijn", "overheidsrollen", role_ids=["responsief"])
    answer = rollen.case_answer(session, "winkel", SET)
    assert answer is not None
    assert answer.answer == "Coöperatie <b>&</b>"
    assert answer.role_ids == ["activerend", "verbindend"]  # in the set's order
    assert rollen.case_tally(session, SET) == {"representatief": 1, "adviserend": 0, "activerend": 2, "verbindend": 1}
    assert rollen.case_tally(session, SET, group="") == {
        "representatief": 0,
        "adviserend": 0,
        "activerend": 2,
        "verbindend": 1,
    }
    assert rollen.case_tally(session, "overheidsrollen")["responsief"] == 1
    rollen.toggle_case_role(session, "school", SET, "activerend", False)
    assert rollen.case_tally(session, SET)["activerend"] == 1
    session.undo()
    assert rollen.case_tally(session, SET)["activerend"] == 2
    with pytest.raises(ValueError, match="are not in set"):
        rollen.answer_case(session, "winkel", SET, role_ids=["rechtmatig"])
    with pytest.raises(ValueError, match="unknown case"):
        rollen.answer_case(session, "geen-case", SET, answer="x")
    huge = "x" * 50_000
    rollen.answer_case(session, "winkel", SET, answer=huge)
    assert len(rollen.case_answer(session, "winkel", SET).answer) == rollen.MAX_TEXT


def test_killer_phrases(session):
    listed = rollen.phrases(session)
    assert len(listed) == len(role_content.killer_phrases())
    assert not any(p.heard for p in listed)
    first = listed[0]
    rollen.tick_phrase(session, first.id)
    rollen.set_phrase_count(session, first.phrase_id, 3)
    rollen.answer_phrase(session, first.phrase_id, "Vraag naar het doel van de regel.")
    saved = session.all(rollen.KillerPhrase)
    assert len(saved) == 1
    assert (saved[0].heard, saved[0].count, saved[0].answer) == (True, 3, "Vraag naar het doel van de regel.")
    rollen.set_phrase_count(session, saved[0].id, 0)
    assert not rollen.phrases(session)[0].heard
    session.undo()
    assert rollen.phrases(session)[0].count == 3
    own = rollen.add_own_phrase(session, "  Dat   doen we al jaren zo.  ")
    assert own is not None and own.text == "Dat doen we al jaren zo."
    assert rollen.phrases(session)[-1].id == own.id
    assert rollen.phrase_text(own) == "Dat doen we al jaren zo."
    assert (
        rollen.phrase_text(rollen.phrases(session)[0], "en")
        == role_content.killer_phrases()[first.phrase_id].text["en"]
    )
    assert [p.id for p in rollen.heard_phrases(session)] == [saved[0].id, own.id]
    assert rollen.add_own_phrase(session, "   ") is None
    rollen.tick_phrase(session, own.id, False)
    assert session.get(rollen.KillerPhrase, own.id).count == 0
    rollen.remove(session, session.get(rollen.KillerPhrase, own.id))
    assert len(rollen.phrases(session)) == len(role_content.killer_phrases())
    session.undo()
    assert rollen.phrases(session)[-1].id == own.id
    with pytest.raises(ValueError, match="unknown killer phrase"):
        rollen.tick_phrase(session, "onbekend")


def test_radar_geometry():
    g = radar_geometry(
        [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")], {"now": [5, 0, 2.5, 9], "wanted": [1, 2, 3, 4]}
    )
    assert [(a.x, a.y) for a in g.axes] == [(0.0, -1.0), (1.0, 0.0), (0.0, 1.0), (-1.0, 0.0)]
    assert [a.anchor for a in g.axes] == ["center", "left", "center", "right"]
    now = g.get("now")
    assert now is not None
    assert now.values == (5.0, 0.0, 2.5, 5.0)  # clamped
    assert now.points == ((0.0, -1.0), (0.0, 0.0), (0.0, 0.5), (-1.0, 0.0))
    assert g.rings == (0.2, 0.4, 0.6, 0.8, 1.0)
    assert len(g.ring_points(1.0)) == 4
    three = radar_geometry([("a", "A"), ("b", "B"), ("c", "C")], {})
    assert math.isclose(three.axes[1].angle, 2 * math.pi / 3)
    with pytest.raises(ValueError, match="at least three axes"):
        radar_geometry([("a", "A"), ("b", "B")], {})
    with pytest.raises(ValueError, match="has 2 values for 3 axes"):
        radar_geometry([("a", "A"), ("b", "B"), ("c", "C")], {"now": [1, 2]})


def test_radar_of_a_session_profile(session):
    rollen.set_score(session, SET, "representatief", now=4, wanted=5)
    g = rollen.radar(session, SET)
    assert [a.key for a in g.axes] == list(role_content.role_sets()[SET].role_ids)
    assert g.get("now").values[0] == 4 and g.get("wanted").values[0] == 5
    assert g.axes[0].label == "Representatief"
    assert rollen.radar(session, SET, language="en").axes[0].label == "Representative"


def write_set(folder: Path, name: str, data) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def good_set() -> dict:
    return json.loads((data_dir() / "role_sets" / "bewonersorganisatie.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("breakage", "message"),
    [
        (lambda d: "{ niet af", "geen geldige JSON"),
        (lambda d: {**d, "roles": d["roles"][:2]}, "3 tot 12 rollen"),
        (lambda d: {k: v for k, v in d.items() if k != "name"}, "'name'"),
        (lambda d: {**d, "roles": [*d["roles"][:3], {**d["roles"][3], "id": d["roles"][0]["id"]}]}, "twee keer"),
        (
            lambda d: {**d, "roles": [*d["roles"][:3], {**d["roles"][3], "question": {"en": "Only English"}}]},
            "Nederlandse",
        ),
        (lambda d: {**d, "roles": [*d["roles"][:3], {"id": "x", "name": "X"}]}, "'explanation' ontbreekt"),
    ],
)
def test_a_broken_role_set_file_gives_a_dutch_content_error_naming_the_file(tmp_path, breakage, message):
    write_set(tmp_path, "a-goed.json", good_set())
    write_set(tmp_path, "kapot.json", breakage(good_set()))
    with pytest.raises(ContentError) as info:
        role_content.read_role_sets(tmp_path)
    assert "kapot.json" in str(info.value)
    assert message in str(info.value)


def test_a_trainer_adds_a_set_by_adding_a_file(tmp_path):
    data = good_set()
    data["name"] = {"nl": "Rollen van de wijkagent", "en": "Roles of the community officer"}
    data["order"] = 0
    write_set(tmp_path, "b.json", good_set())
    write_set(tmp_path, "wijkagent.json", data)
    sets = role_content.read_role_sets(tmp_path)
    assert list(sets) == ["wijkagent", "b"]
    assert sets["wijkagent"].label() == "Rollen van de wijkagent"
    with pytest.raises(ContentError, match="geen rollensets"):
        role_content.read_role_sets(tmp_path / "leeg")


def test_broken_cases_and_phrases_files(tmp_path):
    bad = write_set(tmp_path, "cases.json", {"cases": [{"id": "a", "title": "A", "situation": "S"}]})
    with pytest.raises(ContentError, match="cases.json.*'question' ontbreekt"):
        role_content.parse_cases(bad)
    bad = write_set(tmp_path, "killer_phrases.json", {"phrases": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]})
    with pytest.raises(ContentError, match="killer_phrases.json.*twee keer"):
        role_content.parse_phrases(bad)


def test_demo_fills_the_exercise(session):
    data = json.loads((data_dir() / "demo" / "rollen.json").read_text(encoding="utf-8"))
    rollen.load_demo(session, data)
    assert rollen.current_set_id(session) == SET
    for group in (*rollen.GROUPS, "jongeren"):  # the demo's young people score as a group of their own
        rows = rollen.profile(session, SET, group)
        assert all(r.now > 0 and r.wanted > 0 for r in rows), group
    assert 3 <= session.count(rollen.CaseAnswer) <= 4
    heard = rollen.heard_phrases(session)
    assert 4 <= len(heard) <= 5 and all(p.answer for p in heard)
    assert any(not p.phrase_id for p in heard)
    assert sum(rollen.case_tally(session, SET).values()) > 0
    assert rollen.scored_groups(session, SET) == ["", "bewoners", "gemeente", "jongeren"]
    assert rollen.scored_groups(session, "overheidsrollen") == []


@given(
    values=st.lists(st.floats(min_value=-10, max_value=10, allow_nan=False), min_size=3, max_size=12),
)
def test_radar_points_lie_on_their_axis_at_their_value(values):
    axes = [(f"r{i}", f"Rol {i}") for i in range(len(values))]
    g = radar_geometry(axes, {"now": values})
    now = g.get("now")
    assert now is not None
    for axis, value, (x, y) in zip(g.axes, now.values, now.points, strict=True):
        assert 0 <= value <= 5
        assert math.hypot(x, y) == pytest.approx(value / 5, abs=1e-9)
        # on the axis: the point is the axis end scaled by the value
        assert x == pytest.approx(axis.x * value / 5, abs=1e-9) and y == pytest.approx(axis.y * value / 5, abs=1e-9)
