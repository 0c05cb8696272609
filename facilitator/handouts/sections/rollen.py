"""Rollen: the radar of how strongly each role is played now and should be, per group,
with the notes; the cases the groups answered; the killer phrases heard, with answers."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .. import fonts
from ..layout import CELL_LIMIT, SafeTable, para, table
from ..radar import legend, radar
from ..reading import Reader, data_labels


def _score(value: object) -> int:
    try:
        return max(0, min(5, int(value)))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0


def role_set(reader: Reader, scores: list[Any]) -> str:
    exercise = reader.single("role_exercise")
    chosen = str(getattr(exercise, "set_id", "") or "")
    if chosen or not scores:
        return chosen
    return Counter(s.set_id for s in scores).most_common(1)[0][0]


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    labels = data_labels(reader.language)
    story: list[Flowable] = []
    scores = reader.all("role_score")
    set_id = role_set(reader, scores)
    scores = [s for s in scores if s.set_id == set_id]
    if scores:
        story += _radars(reader, styles, scores, set_id, labels)
    story += _cases(reader, styles, labels)
    story += _killer_phrases(reader, styles, labels)
    if not story:
        return []
    return [Paragraph(fonts.markup(reader.t("rollen")), styles["h1"]), *story]


def _radars(reader: Reader, styles: dict[str, Any], scores: list[Any], set_id: str, labels: dict[str, str]) -> list[Flowable]:
    role_ids = list(dict.fromkeys(s.role_id for s in scores))
    groups = list(dict.fromkeys(str(s.group or "") for s in scores))
    story: list[Flowable] = []
    if set_id:
        story.append(para(labels.get(set_id, set_id), styles["h2"]))
    story.append(Paragraph(fonts.markup(reader.t("rollen_intro")), styles["intro"]))
    charts = []
    for group in groups:
        by_role = {s.role_id: s for s in scores if str(s.group or "") == group}
        names = [labels.get(r, r) for r in role_ids]
        now = [_score(getattr(by_role.get(r), "now", 0)) for r in role_ids]
        wanted = [_score(getattr(by_role.get(r), "wanted", 0)) for r in role_ids]
        title = group or (reader.t("all_groups") if len(groups) > 1 else "")
        size = 200 if len(groups) > 1 else 250
        charts.append(radar(names, now, wanted, size=size, title=title))
    rows = [charts[i : i + 2] for i in range(0, len(charts), 2)]
    if len(charts) > 1:
        rows[-1] += [""] * (2 - len(rows[-1]))
    grid = SafeTable(rows, hAlign="CENTER")
    story += [grid, legend(reader.t("now"), reader.t("wanted"))]
    rows_notes: list[list[Any]] = [
        [para(h, styles["head"]) for h in (reader.t("rollen"), reader.t("group"), reader.t("now"), reader.t("wanted"), reader.t("notes"))]
    ]
    for s in sorted(scores, key=lambda s: (role_ids.index(s.role_id), groups.index(str(s.group or "")))):
        rows_notes.append(
            [
                para(labels.get(s.role_id, s.role_id), styles["cellbold"], limit=200),
                para(reader.text(s.group), styles["cell"], limit=100),
                Paragraph(str(_score(s.now)), styles["center"]),
                Paragraph(str(_score(s.wanted)), styles["center"]),
                para(reader.text(getattr(s, "notes", "")), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    story.append(table(rows_notes, [36 * mm, 24 * mm, 12 * mm, 16 * mm, 90 * mm]))
    return story


def _cases(reader: Reader, styles: dict[str, Any], labels: dict[str, str]) -> list[Flowable]:
    answers = [a for a in reader.all("case_answer") if str(getattr(a, "answer", "")).strip()]
    if not answers:
        return []
    rows: list[list[Any]] = [[para(h, styles["head"]) for h in (reader.t("case"), reader.t("answer"), reader.t("roles"))]]
    for a in answers:
        case = labels.get(a.case_id, a.case_id)
        if str(a.group or "").strip():
            case = f"{case} ({a.group})"
        roles = ", ".join(labels.get(r, r) for r in (a.role_ids or []))
        rows.append(
            [
                para(reader.text(case), styles["cellbold"], limit=400),
                para(reader.text(a.answer), styles["cell"], limit=CELL_LIMIT),
                para(roles, styles["cell"], limit=300),
            ]
        )
    return [Paragraph(fonts.markup(reader.t("cases")), styles["h2"]), table(rows, [50 * mm, 90 * mm, 38 * mm])]


def _killer_phrases(reader: Reader, styles: dict[str, Any], labels: dict[str, str]) -> list[Flowable]:
    phrases = []
    for k in reader.all("killer_phrase"):
        text = str(getattr(k, "text", "") or "").strip() or labels.get(str(k.phrase_id or ""), "")
        answer = str(getattr(k, "answer", "") or "").strip()
        if text and (getattr(k, "heard", False) or answer or int(getattr(k, "count", 0) or 0)):
            phrases.append((text, int(getattr(k, "count", 0) or 0), answer))
    if not phrases:
        return []
    phrases.sort(key=lambda p: -p[1])
    rows: list[list[Any]] = [[para(h, styles["head"]) for h in (reader.t("phrase"), reader.t("heard"), reader.t("our_answer"))]]
    for text, count, answer in phrases:
        rows.append(
            [
                para(reader.text(text), styles["cellbold"], limit=CELL_LIMIT, prefix="“"),
                Paragraph(f"{count}×" if count else "✓", styles["center"]),
                para(reader.text(answer), styles["cell"], limit=CELL_LIMIT),
            ]
        )
    return [KeepTogether(Paragraph(fonts.markup(reader.t("killer_phrases")), styles["h2"])), table(rows, [70 * mm, 16 * mm, 92 * mm])]
