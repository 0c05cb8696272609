"""Groepen vergelijken: several sessions side by side, read-only, for a trainer.

Each group (one session file, e.g. one table of a training day) gets a column with
its role profile (now → wanted per role) and its Type 1–4 board. The files are read
through read-only connections and never changed. A step that a file (or this version
of Kernkracht) does not have shows "nog niets ingevuld".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...domain import eigenaarschap, rollen
from ...domain import preparation as prep
from ...domain.records import KINDS
from ...domain.session import Session
from ...store.errors import StoreError
from ...store.merge import read_snapshot
from ..common.widgets import heading
from . import compare_mirror

COLUMN_WIDTH = 380


def read_only_session(path: Path) -> Session:
    """A session in memory from a file read without changing it (edits would go nowhere)."""
    snapshot = read_snapshot(path)
    records = [KINDS[kind].from_dict(row) for kind, rows in snapshot.data["records"].items() for row in rows]
    return Session(records=records)


def bar(value: int, top: int = 5) -> str:
    value = max(0, min(top, value))
    return "●" * value + "○" * (top - value)


def role_lines(session: Session, language: str) -> list[str]:
    """'Representatief  ●●●○○ → ●●●●○' per role (and per scoring group)."""
    set_id = rollen.current_set_id(session)
    groups = rollen.scored_groups(session, set_id)
    if not groups:
        return []
    lines = ["(nu → gewenst, 0 tot 5)"]
    for group in groups:
        if len(groups) > 1 or group:
            lines.append((group or "samen").capitalize() + ":")
        for row in rollen.profile(session, set_id, group, language):
            lines.append(f"  {row.name}  {bar(row.now)} → {bar(row.wanted)}")
    return lines


def type_columns(session: Session, language: str) -> list[tuple[str, list[str]]]:
    """(Type label, activity titles with '→ Type n' when the room wants a shift) for Type 1–4."""
    cls = KINDS["activity"]
    labels = {n: f"Type {n}" for n in range(1, 5)}
    for item in eigenaarschap.types(language):
        short = item.get("short") or item.get("owner") or ""
        labels[int(item["number"])] = f"Type {item['number']}: {short}" if short else f"Type {item['number']}"
    columns: list[tuple[str, list[str]]] = []
    rows = session.all(cls)
    if not rows:
        return []
    for n in range(1, 5):
        titles = []
        for a in rows:
            if getattr(a, "current_type", 0) != n:
                continue
            wanted = getattr(a, "wanted_type", 0)
            shift = f"  → Type {wanted}" if wanted not in (0, n) else ""
            titles.append(f"{getattr(a, 'title', '')}{shift}")
        columns.append((labels[n], titles))
    return columns


def counts(session: Session) -> list[str]:
    """A few numbers about the other steps, for whatever kinds exist."""
    out = [f"{session.count(prep.Participant)} deelnemers"]
    cards = KINDS.get("asset_card")
    if cards is not None:
        from ...domain import krachtenkaart as kk

        out.append(f"{len(kk.strengths(session))} kaarten op de krachtenkaart")
    actions = KINDS.get("action")
    if actions is not None:
        out.append(f"{session.count(actions)} acties")
    return out


class GroupColumn(QFrame):
    """One group's results, top to bottom."""

    def __init__(self, path: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(self)
        self.problem = ""
        try:
            session = read_only_session(path)
        except StoreError as exc:
            self.problem = exc.message(language)
            layout.addWidget(heading(path.stem))
            layout.addWidget(self._text(self.problem))
            layout.addStretch(1)
            return
        m = prep.meeting(session)
        title = heading(m.place.strip() or path.stem)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self._text(f"{path.name}\n{m.date}  ·  " + ", ".join(counts(session))))
        layout.addWidget(heading(self.tr("Rollen"), 1.1))
        roles = role_lines(session, language)
        layout.addWidget(self._text("\n".join(roles) if roles else self.tr("Nog niets ingevuld.")))
        layout.addWidget(heading(self.tr("Eigenaarschap (Type 1–4)"), 1.1))
        board = type_columns(session, language)
        if not board:
            layout.addWidget(self._text(self.tr("Nog niets ingevuld.")))
        for label, titles in board:
            layout.addWidget(self._text(label, bold=True))
            layout.addWidget(self._text("\n".join(f"• {t}" for t in titles) if titles else "–"))
        for part, lines in (
            (self.tr("Democratische waarden"), compare_mirror.value_lines(session, language)),
            (self.tr("Twee logica's"), compare_mirror.logic_lines(session, language)),
        ):
            if lines:
                layout.addWidget(heading(part, 1.1))
                layout.addWidget(self._text("\n".join(lines)))
        layout.addStretch(1)

    @staticmethod
    def _text(value: str, bold: bool = False) -> QLabel:
        label = QLabel(value)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label


class CompareWindow(QWidget):
    """The groups next to each other; Esc closes."""

    def __init__(self, paths: list[Path], language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Groepen vergelijken — Kernkracht"))
        self.setAccessibleName(self.tr("Groepen vergelijken"))
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Groepen naast elkaar (alleen lezen)")))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        self.columns = [GroupColumn(p, language, row) for p in paths]
        for column in self.columns:
            row_layout.addWidget(column, 0, Qt.AlignmentFlag.AlignTop)
        row_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(row)
        scroll.setAccessibleName(self.tr("Resultaten per groep"))
        outer.addWidget(scroll, 1)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.resize(min(1400, 60 + len(paths) * (COLUMN_WIDTH + 12)), 760)
