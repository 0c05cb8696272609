"""Afronding → the closing round, before the handout: what each actor takes home
(collectief, gemeente, raad, others), a short evaluation, what deserves celebrating,
and the date and place of the next meeting. Also the room's view of these questions.

The questions are data (``resources/data/avond.json``); every field is an undoable
edit through :mod:`facilitator.domain.avond`.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ....content import ContentError, text
from ....domain import actieplan as ap
from ....domain import avond, evening_content
from ....domain.changes import ChangeEvent
from ...common.projector_text import MUTED, big
from ...session.context import SessionContext


class ClosingRound(QGroupBox):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("closingRound")
        self.fields: dict[tuple[str, str], QLineEdit] = {}
        form = QFormLayout(self)
        try:
            c = evening_content.evening()
        except ContentError as exc:
            self.setTitle(self.tr("Afsluitende ronde"))
            message = QLabel(str(exc))
            message.setWordWrap(True)
            form.addRow(message)
            return
        lang = ctx.language
        self.setTitle(self.tr("Afsluitende ronde: {0}").format(text(c.closing_title, lang)))
        for actor in c.actors:
            form.addRow(actor.label(lang) + ":", self._field("takes_home", actor.id, actor.label(lang)))
        for question in c.closing_questions:
            form.addRow(question.label(lang), self._field("answers", question.id, question.label(lang)))
        self.next_date = QLineEdit()
        self.next_date.setObjectName("closing-next_date")
        self.next_date.setPlaceholderText(self.tr("jjjj-mm-dd"))
        self.next_date.setAccessibleName(self.tr("Datum van de volgende bijeenkomst"))
        self.next_date.setMaxLength(10)
        self.next_date.editingFinished.connect(self._date_done)
        form.addRow(self.tr("Volgende bijeenkomst, datum:"), self.next_date)
        self.next_place = QLineEdit()
        self.next_place.setObjectName("closing-next_place")
        self.next_place.setAccessibleName(self.tr("Plaats van de volgende bijeenkomst"))
        self.next_place.setMaxLength(avond.MAX_NAME)
        self.next_place.textEdited.connect(lambda v: self.ctx.run(avond.set_next_meeting, self.ctx.session, place=v))
        form.addRow(self.tr("Plaats:"), self.next_place)
        self.message = QLabel()
        self.message.setObjectName("closingMessage")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    def _field(self, kind: str, key: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"closing-{kind}-{key}")
        edit.setAccessibleName(name)
        edit.setMaxLength(avond.MAX_TEXT)
        operation = avond.set_takes_home if kind == "takes_home" else avond.set_answer
        edit.textEdited.connect(
            lambda value: self.ctx.run(operation, self.ctx.session, key, value, merge_key=f"closing.{kind}.{key}")
        )
        edit.editingFinished.connect(self.ctx.session.seal)
        self.fields[(kind, key)] = edit
        return edit

    def _date_done(self) -> None:
        value = self.next_date.text().strip()
        date = QDate.fromString(value, "yyyy-MM-dd")
        if value and not date.isValid():
            self.message.setText(self.tr("Typ de datum als jjjj-mm-dd, bijvoorbeeld 2026-11-12."))
            return
        self.message.clear()
        if value != avond.closing(self.ctx.session).next_date:
            self.ctx.run(avond.set_next_meeting, self.ctx.session, date=value)

    def refresh(self, event: ChangeEvent) -> None:
        if not self.fields or not event.touches("closing"):
            return
        record = avond.closing(self.ctx.session)
        for (kind, key), edit in self.fields.items():
            value = getattr(record, kind).get(key, "")
            if edit.text() != value:
                pos = edit.cursorPosition()
                edit.setText(value)
                edit.setCursorPosition(min(pos, len(value)))
        if self.next_date.text() != record.next_date:
            self.next_date.setText(record.next_date)
        if self.next_place.text() != record.next_place:
            self.next_place.setText(record.next_place)

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)


class ClosingView(QWidget):
    """For the room: the closing questions, then what the evening produced (no names)."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closingView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        lang = ctx.language
        try:
            c = evening_content.evening()
        except ContentError as exc:
            layout.addWidget(big(str(exc)))
            return
        layout.addWidget(big(text(c.closing_title, lang), 1.25, bold=True))
        actors = ", ".join(a.label(lang).lower() for a in c.actors)
        layout.addWidget(big(self.tr("Ieder om de beurt: {0}").format(actors), 1.0, colour=MUTED))
        for question in c.closing_questions:
            layout.addWidget(big(f"•  {question.label(lang)}", 1.0))
        record = avond.closing(ctx.session)
        if record.next_date or record.next_place.strip():
            date = QDate.fromString(record.next_date, "yyyy-MM-dd")
            when = date.toString("d-M-yyyy") if date.isValid() else ""
            line = "  ·  ".join(x for x in (when, record.next_place.strip()) if x)
            layout.addSpacing(8)
            layout.addWidget(big(self.tr("Volgende keer: {0}").format(line), 1.0, bold=True))
        actions = ap.actions(ctx.session)
        if actions:  # what the evening agreed on, without names: it is for the room
            layout.addSpacing(8)
            layout.addWidget(
                big(self.tr("{0} acties afgesproken, onder meer:").format(len(actions)), 1.0, colour=MUTED)
            )
            for action in actions[:3]:
                layout.addWidget(big(f"•  {action.what.strip()[:90]}", 1.0, colour=MUTED))
        layout.addStretch(1)
