"""Table models of the action plan: the ideas with dots per group, and the actions.

Edits go through the domain (``ctx.run``); input the plan refuses (a count that is
not a number, a date that does not exist) is reported through :attr:`error` in Dutch
and changes nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ....content import load
from ....domain import actieplan as ap
from ....domain import progress, when
from ....domain import themes as th
from ...common.record_table import RecordTableModel
from ...common.row_sync import sync_rows
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RECORD_ROLE = Role.UserRole + 1
#: the voting group of a column ("" for everyone); None for other columns
GROUP_ROLE = Role.UserRole + 2


#: where an idea came from -> qtawesome icon (the step's own icon where it has one)
SOURCE_ICONS = {
    "": "mdi6.keyboard-outline",
    "idea": "mdi6.map-marker-star-outline",
    "activity": "mdi6.swap-horizontal-bold",
    "killer_phrase": "mdi6.message-alert-outline",
}


def labels(name: str, language: str) -> dict[str, str]:
    """id -> label of statuses, scales, for_whom or sources (from resources/data/actieplan.json)."""
    return {item["id"]: ap.label(name, item["id"], language) for item in load("actieplan")[name]}


def group_label(group: str) -> str:
    return group or QCoreApplication.translate("ActieplanModels", "Stippen")


show_date = ap.short_date


def late_word() -> str:
    return QCoreApplication.translate("ActieplanModels", "te laat")


class VoteModel(QAbstractTableModel):
    """The ideas with their dots per group and in total; ``ranked=True`` sorts by dots and is read-only."""

    RANK, TITLE = 0, 1
    error = Signal(str)

    def __init__(self, ctx: SessionContext, ranked: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.ranked = ranked
        self.sources = labels("sources", ctx.language)
        self.rows: list[ap.PlanIdea] = []
        self.groups: list[str] = []
        self.numbers: dict[str, int] = {}
        self.reload()

    def reload(self) -> None:
        s = self.ctx.session
        groups = ap.groups(s)
        rows = ap.ranked(s) if self.ranked else ap.ideas(s)
        if groups == self.groups:
            # the same columns: changed ideas redraw, new and removed ones come and go as rows,
            # and a rank that moved redraws its cell (the current cell and an open editor stay)
            old_numbers, self.numbers = self.numbers, ap.rank_numbers(s)
            sync_rows(self, rows)
            moved = [i for i, r in enumerate(self.rows) if old_numbers.get(r.id) != self.numbers.get(r.id)]
            for i in moved:
                self.dataChanged.emit(self.index(i, self.RANK), self.index(i, self.RANK))
            return
        # other groups are other columns: the one case that lays out the table anew
        self.beginResetModel()
        self.groups, self.rows = groups, rows
        self.numbers = ap.rank_numbers(s)
        self.endResetModel()

    # ----------------------------------------------------------- columns
    @property
    def total_column(self) -> int:
        return 2 + len(self.groups)

    @property
    def source_column(self) -> int:
        return 3 + len(self.groups)

    def group_at(self, column: int) -> str | None:
        i = column - 2
        return self.groups[i] if 0 <= i < len(self.groups) else None

    def column_of(self, group: str) -> int:
        return 2 + self.groups.index(group) if group in self.groups else -1

    def row_of(self, idea_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == idea_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + len(self.groups)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        group = self.group_at(section)
        if role == GROUP_ROLE:
            return group
        if role == Role.DisplayRole:
            if group is not None:
                return group_label(group)
            return {
                self.RANK: QCoreApplication.translate("ActieplanModels", "Plek"),
                self.TITLE: QCoreApplication.translate("ActieplanModels", "Idee"),
                self.total_column: QCoreApplication.translate("ActieplanModels", "Stippen")
                if self.ranked and len(self.groups) > 1
                else QCoreApplication.translate("ActieplanModels", "Totaal"),
                self.source_column: QCoreApplication.translate("ActieplanModels", "Uit"),
            }[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.ranked and (index.column() == self.TITLE or self.group_at(index.column()) is not None):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        idea = self.rows[index.row()]
        col = index.column()
        group = self.group_at(col)
        if role == RECORD_ROLE:
            return idea
        if role == GROUP_ROLE:
            return group
        if role in (Role.DisplayRole, Role.EditRole):
            if col == self.RANK:
                return str(self.numbers.get(idea.id, 0))
            if col == self.TITLE:
                return idea.title
            if group is not None:
                return str(idea.votes.get(group, 0))
            if col == self.total_column:
                n = ap.total(self.ctx.session, idea)
                if self.ranked and len(self.groups) > 1 and role == Role.DisplayRole:
                    return f"{n}  ({' + '.join(str(idea.votes.get(g, 0)) for g in self.groups)})"
                return str(n)
            if col == self.source_column:
                return ""  # an icon; the name is in the tooltip and for screen readers
        if col == self.source_column and role in (Role.ToolTipRole, Role.AccessibleTextRole):
            return self.sources.get(idea.source_kind, idea.source_kind)
        if col == self.source_column and role == Role.DecorationRole:
            from ...common.icons import icon

            return icon(SOURCE_ICONS.get(idea.source_kind, SOURCE_ICONS[""]))
        if role == Role.ToolTipRole and col == self.TITLE:
            return "\n".join(t for t in (idea.title, idea.note) if t)
        if role == Role.ToolTipRole and col == self.total_column:
            return ", ".join(f"{group_label(g)}: {idea.votes.get(g, 0)}" for g in self.groups)
        if role == Role.TextAlignmentRole and col not in (self.TITLE, self.source_column):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Role.FontRole and col == self.total_column:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole or self.ranked:
            return False
        idea = self.rows[index.row()]
        group = self.group_at(index.column())
        if index.column() == self.TITLE:
            self.ctx.run(ap.edit_idea, self.ctx.session, idea, title=str(value), say=self.error.emit)
        elif group is not None:
            raw = str(value).strip()
            votes = int(raw) if raw.isdigit() else raw
            self.ctx.run(ap.set_votes, self.ctx.session, idea, group, votes, say=self.error.emit)
        else:
            return False
        return self.ctx.last_refusal is None


class ActionModel(RecordTableModel):
    """The actions, one row each, with named columns that can be edited in place."""

    WHAT, TREKKER, WITH_WHOM, FIRST_STEP, DUE, SCALE, FOR_WHOM, STATUS, THEME = range(9)
    FIELDS = ("what", "trekker", "with_whom", "first_step", "due", "scale", "for_whom", "status", "theme")
    COLUMNS = len(FIELDS)
    error = Signal(str)

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.choices = {
            self.SCALE: labels("scales", ctx.language),
            self.FOR_WHOM: labels("for_whom", ctx.language),
            self.STATUS: labels("statuses", ctx.language),
        }
        self.reload()

    def load_rows(self) -> list[ap.Action]:
        return ap.actions(self.ctx.session)

    def row_of(self, action_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == action_id), -1)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("ActieplanModels", "Wat"),
            QCoreApplication.translate("ActieplanModels", "Trekker"),
            QCoreApplication.translate("ActieplanModels", "Met wie"),
            QCoreApplication.translate("ActieplanModels", "Eerste stap"),
            QCoreApplication.translate("ActieplanModels", "Wanneer"),
            QCoreApplication.translate("ActieplanModels", "Schaal"),
            QCoreApplication.translate("ActieplanModels", "Voor wie"),
            QCoreApplication.translate("ActieplanModels", "Status"),
            QCoreApplication.translate("ActieplanModels", "Thema"),
        ]

    def theme_choices(self) -> list[tuple[str, str]]:
        """(theme id, name) for the picker: "no theme" first, then the village's themes."""
        none = QCoreApplication.translate("ActieplanModels", "(geen thema)")
        s = self.ctx.session
        return [("", none), *((t.id, th.theme_name(t, self.ctx.language)) for t in th.themes(s))]

    def theme_changed(self) -> None:
        """A theme was renamed, added or removed: redraw the theme column."""
        if self.rows:
            self.dataChanged.emit(self.index(0, self.THEME), self.index(len(self.rows) - 1, self.THEME))

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        action = self.rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return action
        value = str(getattr(action, self.FIELDS[col]))
        late = col in (self.DUE, self.STATUS) and progress.is_overdue(action)
        if role == Role.DisplayRole:
            if col == self.STATUS and late:
                return f"{self.choices[col].get(value, value)} · ⚠ {late_word()}"
            if col in self.choices:
                return self.choices[col].get(value, value)
            if col == self.DUE:
                return when.short(value, self.ctx.language)
            if col == self.THEME:
                theme = th.find(self.ctx.session, value)
                return th.theme_name(theme, self.ctx.language) if theme else ""
            return value
        if late and role in (Role.ToolTipRole, Role.AccessibleDescriptionRole):
            return QCoreApplication.translate(
                "ActieplanModels",
                "Te laat: de datum is voorbij en de actie loopt nog. Kies Hoe gaat het? (Ctrl+Shift+H).",
            )
        if late and role == Role.ForegroundRole:
            from PySide6.QtGui import QColor

            return QColor("#a3290f")
        if late and role == Role.DecorationRole and col == self.DUE:
            from ...common.icons import icon

            return icon("mdi6.alert-outline", color="#a3290f")
        if role == Role.EditRole:
            return when.short(value, self.ctx.language) if col == self.DUE else value
        if role == Role.ToolTipRole and col in (self.WHAT, self.WITH_WHOM, self.FIRST_STEP) and value:
            return value
        if role == Role.ForegroundRole and col == self.STATUS and not action.is_open:
            from PySide6.QtGui import QColor

            return QColor("#5b6b5b")
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole:
            return False
        action = self.rows[index.row()]
        field = self.FIELDS[index.column()]
        if index.column() == self.THEME:
            self.ctx.run(th.set_theme, self.ctx.session, action, str(value or ""), say=self.error.emit)
            return self.ctx.last_refusal is None
        self.ctx.run(ap.edit_action, self.ctx.session, action, say=self.error.emit, **{field: str(value).strip()})
        return self.ctx.last_refusal is None
