"""The actielijst on the projector, per theme: what, when, its status, and late ones flagged.

Shown while the facilitator is on the Acties or Thema's tab. Painted like the ranking
(at least 28 pt, no names or contact details); rows that do not fit are summed up in one
line at the bottom. An open action whose date has passed gets a red "te laat" badge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QWidget

from ....domain import actieplan as ap
from ....domain import progress, when
from ....domain import themes as th
from ...common.projector_colours import HIGHLIGHT

TEXT_PT = 28
INK = QColor("#1d1d1d")
LATE = QColor("#a3290f")
DONE = QColor("#4e7d2b")
#: status -> its sign on the wall
SIGNS = {"open": "○", "bezig": "◐", "klaar": "✓", "gestopt": "✕"}


def _font(pt: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(pt)
    font.setBold(bold)
    return font


def rows(session, language: str) -> list[tuple[str, object]]:
    """("theme", name) and ("action", action) rows in the order they are shown."""
    result: list[tuple[str, object]] = []
    listed = th.actions_by_theme(session)
    for theme, acts in listed:
        if not acts:
            continue
        if theme is not None or len(listed) > 1:
            name = (
                th.theme_name(theme, language)
                if theme is not None
                else QCoreApplication.translate("PlanBoard", "Zonder thema")
            )
            result.append(("theme", name))
        result.extend(("action", a) for a in acts)
    return result


def keep_in_sight(listed: list[tuple[str, object]], selected_id: str, room: int) -> list[tuple[str, object]]:
    """The rows from where the action under discussion is in sight: when it lies beyond the
    ``room`` rows that fit, the list starts later (at its theme's heading), so it is never
    hidden behind "en nog … acties"."""
    at = next((i for i, (k, x) in enumerate(listed) if k == "action" and getattr(x, "id", "") == selected_id), -1)
    if at < room or room < 2:
        return listed
    head = next((i for i in range(at, -1, -1) if listed[i][0] == "theme"), -1)
    start = max(at - room + 2, 0)  # room for the heading of its theme above it
    # begin at a theme's heading, so no action shows without its theme
    start = next((i for i in range(start, at + 1) if listed[i][0] == "theme"), start)
    rows = listed[start:]
    if 0 <= head < start:
        rows = [listed[head], *rows]
    return rows


def paint_actions(widget: QWidget, p: QPainter, language: str, selected_id: str) -> list[str]:
    """Paint the actielijst on ``widget``; the ids of the actions shown."""
    s = widget.ctx.session  # type: ignore[attr-defined]
    margin = max(24.0, widget.width() * 0.03)
    text_font, bold = _font(TEXT_PT), _font(TEXT_PT, bold=True)
    title_font = _font(int(TEXT_PT * 1.3), bold=True)
    metrics, title_metrics = QFontMetrics(text_font), QFontMetrics(title_font)
    width = widget.width() - 2 * margin
    y = margin
    acts = ap.actions(s)
    late = sum(1 for a in acts if progress.is_overdue(a))
    title = QCoreApplication.translate("PlanBoard", "Onze acties: hoe gaat het?")
    p.setPen(INK)
    p.setFont(title_font)
    p.drawText(QRectF(margin, y, width, title_metrics.height()), title)
    y += title_metrics.height() * 1.1
    summary = QCoreApplication.translate("PlanBoard", "{0} open · {1} klaar · {2} te laat").format(
        sum(1 for a in acts if a.is_open), sum(1 for a in acts if a.status == "klaar"), late
    )
    p.setFont(text_font)
    p.setPen(LATE if late else INK)
    p.drawText(QRectF(margin, y, width, metrics.height()), summary)
    y += metrics.height() * 1.4
    listed = rows(s, language)
    if not listed:
        p.setPen(INK)
        p.drawText(
            QRectF(margin, y, width, metrics.height()), QCoreApplication.translate("PlanBoard", "Nog geen acties.")
        )
        return []
    row_h = metrics.height() * 1.3
    bottom = widget.height() - margin
    badge_text = "⚠ " + QCoreApplication.translate("PlanBoard", "te laat")
    badge_w = metrics.horizontalAdvance(badge_text) + 24
    due_w = metrics.horizontalAdvance("3e kwartaal 2026") + 16
    sign_w = metrics.horizontalAdvance("◐") + 20
    shown: list[str] = []
    n_actions = sum(1 for kind, _ in listed if kind == "action")
    listed = keep_in_sight(listed, selected_id, int((bottom - y) / row_h) - 1)
    for i, (kind, item) in enumerate(listed):
        last = i == len(listed) - 1
        if y + row_h * (1 if last else 2) > bottom:
            break
        if kind == "theme":
            p.setPen(INK)
            p.setFont(bold)
            p.drawText(QRectF(margin, y, width, row_h), Qt.AlignmentFlag.AlignVCenter, str(item))
            p.setPen(QColor("#dddddd"))
            p.drawLine(int(margin), int(y + row_h - 4), int(margin + width), int(y + row_h - 4))
            y += row_h
            continue
        action = item
        assert isinstance(action, ap.Action)
        is_late = progress.is_overdue(action)
        if action.id == selected_id:
            p.fillRect(QRectF(margin - 8, y, width + 16, row_h), QColor(HIGHLIGHT))
        p.setFont(text_font)
        p.setPen(DONE if action.status == "klaar" else (LATE if is_late else INK))
        p.drawText(QRectF(margin, y, sign_w, row_h), Qt.AlignmentFlag.AlignVCenter, SIGNS.get(action.status, "○"))
        text_w = width - sign_w - due_w - (badge_w if is_late else 0) - 12
        what = metrics.elidedText(action.what, Qt.TextElideMode.ElideRight, int(text_w))
        p.setPen(QColor("#5b6b5b") if not action.is_open else INK)
        p.drawText(QRectF(margin + sign_w, y, text_w, row_h), Qt.AlignmentFlag.AlignVCenter, what)
        due = metrics.elidedText(when.short(action.due, language), Qt.TextElideMode.ElideRight, int(due_w))
        right = margin + width
        if is_late:
            badge = QRectF(right - badge_w, y + 6, badge_w, row_h - 12)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(LATE)
            p.drawRoundedRect(badge, 8, 8)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
            right -= badge_w + 8
        p.setPen(LATE if is_late else INK)
        p.drawText(
            QRectF(right - due_w, y, due_w, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, due
        )
        shown.append(action.id)
        y += row_h
    rest = n_actions - len(shown)
    if rest:
        p.setPen(INK)
        p.setFont(text_font)
        p.drawText(
            QRectF(margin, y, width, row_h),
            Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("PlanBoard", "en nog {0} acties").format(rest),
        )
    return shown
