"""Eigenaarschap: the Type 1–4 board as it is now (with arrows to where it should go),
then the shifts the room wants, with what has to change and who contributes what."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ...domain import eigenaarschap as ownership
from .. import fonts
from ..layout import CELL_LIMIT, INK, SHADE, para, table
from ..reading import Reader
from ..words import word

CONTRIBUTIONS = ("money", "space", "permit", "knowledge", "people")


def type_info(language: str) -> list[dict[str, str]]:
    """Per type: label, owner (who owns it) and asks (what it asks of the municipality).

    From the Eigenaarschap step's data, so paper and screen agree.
    """
    try:
        return [
            {"label": t["label"], "owner": t.get("owner", ""), "asks": t.get("asks", ""), "role": t.get("role", "")}
            for t in ownership.types(language)
        ][:4]
    except Exception:  # broken content must not stop the handout: fall back to our words
        pass
    return [
        {"label": word(f"type{n}", language), "owner": word(f"type{n}_sub", language), "asks": "", "role": ""}
        for n in range(1, 5)
    ]


def contribution_labels(language: str) -> dict[str, str]:
    try:
        return {k["id"]: k["label"] for k in ownership.contribution_kinds(language)}
    except Exception:  # broken content must not stop the handout: fall back to our words
        pass
    return {key: word(key, language) for key in CONTRIBUTIONS}


def _type(value: object) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return 0
    return number if 1 <= number <= 4 else 0


def wanted(activity: Any) -> int:
    return _type(getattr(activity, "wanted_type", 0)) or _type(getattr(activity, "current_type", 0))


def shifts(reader: Reader, activities: list[Any]) -> list[Any]:
    return [a for a in activities if _type(a.current_type) and wanted(a) != _type(a.current_type)]


def build(reader: Reader, styles: dict[str, Any]) -> list[Flowable]:
    activities = [a for a in reader.all("activity") if str(getattr(a, "title", "")).strip()]
    if not activities:
        return []
    story: list[Flowable] = [
        Paragraph(fonts.markup(reader.t("eigenaarschap")), styles["h1"]),
        Paragraph(fonts.markup(reader.t("eigenaarschap_intro")), styles["intro"]),
        Paragraph(fonts.markup(reader.t("board_now")), styles["h2"]),
        board(reader, styles, activities),
    ]
    waiting = [a for a in activities if not _type(a.current_type)]
    if waiting:  # never left off: what the room has not placed yet is said as such
        names = "  ·  ".join(fonts.markup(reader.text(a.title)) for a in waiting)
        story.append(Paragraph(f"<b>{fonts.markup(reader.t('open_type'))}:</b> {names}", styles["cell"]))
    moving = shifts(reader, activities)
    if moving:
        rows: list[list[Any]] = [
            [
                para(h, styles["head"])
                for h in (
                    reader.t("activity"),
                    reader.t("now"),
                    reader.t("wanted"),
                    reader.t("change_needed"),
                    reader.t("contributions"),
                )
            ]
        ]
        for a in moving:
            rows.append(
                [
                    para(reader.text(a.title), styles["cellbold"], limit=CELL_LIMIT),
                    Paragraph(f"<b>{_type(a.current_type)}</b>", styles["center"]),
                    Paragraph(f"<b>→ {wanted(a)}</b>", styles["center"]),
                    para(reader.text(getattr(a, "change_needed", "")), styles["cell"], limit=CELL_LIMIT),
                    _contributions(reader, styles, a),
                ]
            )
        story += [
            Paragraph(fonts.markup(reader.t("shifts")), styles["h2"]),
            table(rows, [44 * mm, 12 * mm, 21 * mm, 53 * mm, 48 * mm]),
        ]
    return story


def _contributions(reader: Reader, styles: dict[str, Any], activity: Any) -> list[Flowable]:
    given = getattr(activity, "contributions", {}) or {}
    labels = contribution_labels(reader.language)
    out = []
    if wanted(activity) in (1, 2):  # "Wie trekt het?" belongs with a wish for Type 1 or 2
        puller = str(getattr(activity, "puller", "") or "").strip()
        shown = reader.text(puller) if puller else reader.t("puller_nobody")
        out.append(para(shown, styles["cell"], limit=300, prefix=f"<b>{fonts.markup(reader.t('puller'))}:</b> "))
    for key in CONTRIBUTIONS:
        text = str(given.get(key, "") or "").strip() if isinstance(given, dict) else ""
        if text:
            label = fonts.markup(labels.get(key, key).lower())
            out.append(para(reader.text(text), styles["cell"], limit=300, prefix=f"<b>{label}:</b> "))
    return out


def board(reader: Reader, styles: dict[str, Any], activities: list[Any]) -> Flowable:
    """Four columns from community to municipality; an activity that should move says where to."""
    info = type_info(reader.language)
    head = [[para(t["label"], styles["cellbold"]), para(t["owner"], styles["small"])] for t in info]
    columns: list[list[list[Flowable]]] = [[] for _ in range(4)]
    for a in activities:
        now = _type(a.current_type)
        if not now:
            continue
        target = wanted(a)
        runs = ", ".join(
            reader.text(str(getattr(a, f, "") or "").strip()) for f in ("runs_now", "how_often") if getattr(a, f, "")
        )
        entry = [para(reader.text(a.title) + (f" ({runs})" if runs else ""), styles["cell"], limit=300, prefix="• ")]
        if target != now:
            entry.append(Paragraph(f"<b>→ {fonts.markup(info[target - 1]['label'])}</b>", styles["small"]))
        columns[now - 1].append(entry)
    # rows of a few activities each, so a long board splits over pages between rows
    chunk = 8
    depth = max((len(c) for c in columns), default=0)
    rows: list[list[Any]] = [head]
    for start in range(0, max(depth, 1), chunk):
        rows.append([[f for entry in col[start : start + chunk] for f in entry] for col in columns])
    if any(t["asks"] for t in info):
        rows.append(
            [
                para(t["asks"], styles["small"], prefix=f"<b>{fonts.markup(t['role'])}</b><br/>" if t["role"] else "")
                for t in info
            ]
        )
    return table(
        rows,
        [178 * mm / 4] * 4,
        zebra=False,
        extra=[
            ("BOX", (0, 0), (-1, -1), 0.8, INK),
            ("INNERGRID", (0, 0), (-1, 0), 0.6, INK),
            ("LINEAFTER", (0, 1), (-2, -1), 0.6, INK),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            *([("BACKGROUND", (0, -1), (-1, -1), SHADE)] if any(t["asks"] for t in info) else []),
        ],
    )
