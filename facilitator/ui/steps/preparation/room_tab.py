"""Voorbereiding → "Wie is er, wie ontbreekt?": the make-up of the room and the list the room fills.

The make-up is counted from the participants (role, group). The list names the
groups the room misses tonight, each with why, a way to reach them and who will.
Edits go through :mod:`facilitator.domain.room`; the table redraws from the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....content import ContentError, text
from ....domain import evening_content, room
from ....domain.changes import ChangeEvent
from ...common.entry_row import EntryRow, content_error
from ...common.table_in_place import FieldTableModel, edit_last, record_list_view, reload_keeping_place
from ...session.context import SessionContext
from .models import RECORD_ROLE, role_labels

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class MissingModel(FieldTableModel):
    NAME, WHY, WAY, WHO = range(4)
    FIELDS = ("name", "why", "way", "who")
    REQUIRED = "name"  # a missing group keeps a name
    COLUMNS = 4

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.reload()

    def load_rows(self) -> list[room.MissingGroup]:
        return room.missing_groups(self.ctx.session)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("RoomTab", "Wie ontbreekt"),
            QCoreApplication.translate("RoomTab", "Waarom"),
            QCoreApplication.translate("RoomTab", "Hoe bereiken we hen"),
            QCoreApplication.translate("RoomTab", "Wie doet het"),
        ]

    def more_data(self, record: Any, column: int, role: int) -> Any:
        return record if role == RECORD_ROLE else None

    def save(self, record: Any, field: str, value: str) -> None:
        self.ctx.run(room.edit_missing, self.ctx.session, record, **{field: value})


class RoomTab(QWidget):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("roomTab")
        layout = QVBoxLayout(self)
        self.content_error = ""
        try:
            content = evening_content.missing()
        except ContentError as exc:
            self.content_error = str(exc)
            layout.addWidget(
                content_error(self.tr("Deze lijst kan niet worden geladen."), str(exc), "roomContentError")
            )
            layout.addStretch(1)
            return
        self.make_up = QLabel()
        self.make_up.setObjectName("roomMakeUp")
        self.make_up.setWordWrap(True)
        self.make_up.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.make_up)
        question = QLabel(text(content.question, ctx.language))
        font = question.font()
        font.setBold(True)
        question.setFont(font)
        question.setWordWrap(True)
        layout.addWidget(question)
        note = QLabel(text(content.note, ctx.language))
        note.setWordWrap(True)
        layout.addWidget(note)
        row = EntryRow(
            self.tr("Wie ontbreekt er? Typ, dan Enter"),
            self.tr("Een groep die ontbreekt"),
            self.tr("Kies een groep die vaak ontbreekt"),
            room.MAX_NAME,
            self.add_typed,
            self.add_suggestion,
        )
        self.entry = row
        self.new_name = row.edit
        self.new_name.setObjectName("newMissing")
        self.suggestion = row.suggestion
        self.suggestion.setObjectName("missingSuggestion")
        layout.addLayout(row)
        self.model = MissingModel(ctx)
        self.view = record_list_view(self.model, "missingTable", self.tr("Wie ontbreekt"), self.remove_selected)
        layout.addWidget(self.view, 1)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    # ---------------------------------------------------------------- actions
    def add_typed(self, name: str) -> None:
        self.ctx.run(room.add_missing, self.ctx.session, name)
        self._edit_last()

    def add_suggestion(self, group_id: str) -> None:
        item = next((g for g in evening_content.missing().groups if g.id == group_id), None)
        if item is not None:
            self.ctx.run(room.add_missing, self.ctx.session, item.label(self.ctx.language), group_id)
            self._edit_last()

    def _edit_last(self) -> None:
        """Go on with the new row's "Waarom", so the facilitator can type on."""
        edit_last(self.view, self.model, MissingModel.WHY)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()}) or (
            [self.view.currentIndex().row()] if self.view.currentIndex().isValid() else []
        )
        records = [self.model.rows[r] for r in rows if r < len(self.model.rows)]
        if records:
            self.ctx.run(room.remove_missing, self.ctx.session, *records)

    # ---------------------------------------------------------------- refresh
    def refresh(self, event: ChangeEvent) -> None:
        if self.content_error:
            return
        if event.touches("participant"):
            self.make_up.setText(make_up_text(self.ctx))
        if event.touches("missing_group"):
            reload_keeping_place(self.view, self.model)
            lang = self.ctx.language
            suggestions = [(g.id, g.label(lang)) for g in room.suggestions(self.ctx.session, lang)]
            self.entry.set_suggestions(self.tr("Of kies een groep die vaak ontbreekt…"), suggestions)

    def first_field(self) -> QWidget:
        return self if self.content_error else self.new_name


def make_up_text(ctx: SessionContext) -> str:
    """ "10 mensen — naar rol: 6 bewoner … — naar groep: 6 bewoners …" for the screen."""
    m = room.make_up(ctx.session)
    if not m.total:
        return QCoreApplication.translate("RoomTab", "Nog geen deelnemers: vul ze in op het tabblad Deelnemers.")
    labels = role_labels(ctx.language)
    roles = ", ".join(f"{n} {labels.get(r, r).lower()}" for r, n in m.by_role)
    people = (
        QCoreApplication.translate("RoomTab", "Aan tafel: 1 persoon")
        if m.total == 1
        else QCoreApplication.translate("RoomTab", "Aan tafel: {0} mensen").format(m.total)
    )
    parts = [people, roles]
    if m.by_group:
        groups = ", ".join(f"{n} {g}" for g, n in m.by_group)
        if m.no_group:
            groups += QCoreApplication.translate("RoomTab", ", {0} zonder groep").format(m.no_group)
        parts.append(QCoreApplication.translate("RoomTab", "groepen: {0}").format(groups))
    return " — ".join(parts)
