"""The list model of the killer phrases (dooddoeners): tick to mark heard; edits go through the domain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ....domain import rollen
from ...common.row_sync import sync_rows
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
#: the reference the domain operations take: "phrase:<id>" for a list phrase, the record id for an own one
REF_ROLE = Role.UserRole + 1
RECORD_ROLE = Role.UserRole + 2


def phrase_ref(phrase: rollen.KillerPhrase) -> str:
    """One stable reference per phrase, whether or not the room has touched it yet."""
    return f"phrase:{phrase.phrase_id}" if phrase.phrase_id else phrase.id


def _shows_differently(old: rollen.KillerPhrase, new: rollen.KillerPhrase) -> bool:
    """A phrase nobody touched yet is made anew (with a new id) on every read: compare what it says."""
    if old is new:
        return False
    skip = ("id", "created", "updated")
    a, b = old.to_dict(), new.to_dict()
    return any(a[k] != b[k] for k in a if k not in skip)


class PhraseListModel(QAbstractListModel):
    def __init__(self, ctx: SessionContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.rows: list[rollen.KillerPhrase] = []
        self.reload()

    def reload(self) -> None:
        """Read the phrases again; a count or answer change redraws rows without losing the selection."""
        sync_rows(self, rollen.phrases(self.ctx.session), key=phrase_ref, changed_row=_shows_differently)

    def row_of(self, ref: str) -> int:
        return next((n for n, p in enumerate(self.rows) if phrase_ref(p) == ref or p.id == ref), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def label(self, phrase: rollen.KillerPhrase) -> str:
        text = rollen.phrase_text(phrase, self.ctx.language)
        if phrase.count > 1:
            text += f"   ({phrase.count}×)"
        if phrase.answer.strip():
            text += "  ✎"
        return text

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        phrase = self.rows[index.row()]
        if role == Role.DisplayRole:
            return self.label(phrase)
        if role == Role.CheckStateRole:
            return Qt.CheckState.Checked if phrase.heard else Qt.CheckState.Unchecked
        if role == Role.ToolTipRole:
            return phrase.answer or None
        if role == Role.AccessibleTextRole:
            return self.label(phrase).replace("✎", "")
        if role == REF_ROLE:
            return phrase_ref(phrase)
        if role == RECORD_ROLE:
            return phrase
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.CheckStateRole or not index.isValid():
            return False
        heard = Qt.CheckState(value) == Qt.CheckState.Checked
        self.ctx.run(rollen.tick_phrase, self.ctx.session, phrase_ref(self.rows[index.row()]), heard)
        return True  # the session's change event reloads the rows
