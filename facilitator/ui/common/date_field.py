"""A date field that is typed like text: "10-3-2026", "10/3/26", "10 maart 2026" or
"10 mrt 2026" (month as a number or a Dutch name), with a calendar behind a button.

Unlike QDateEdit it does not keep Tab for its day, month and year parts, so Tab leaves
the field as everywhere else. A date that does not exist is not taken: the field says so
(``problem``) and keeps what was typed, to be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from ...domain import when
from .icons import icon


class DateField(QLineEdit):
    #: a new date, yyyy-mm-dd ("" when emptied)
    date_chosen = Signal(str)
    #: after each try to take what was typed: the Dutch reason it is not a day, or "" when it is
    problem = Signal(str)

    def __init__(self, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.iso = ""
        self.setPlaceholderText(self.tr("bijv. 10-3-2026 of 10 maart 2026"))
        self.setMaxLength(60)
        self.editingFinished.connect(self._take)
        self.calendar_action = self.addAction(icon("mdi6.calendar-month"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(self.tr("Kalender (Alt+Omlaag)"))
        self.calendar_action.triggered.connect(self.open_calendar)

    def set_iso(self, iso: str) -> None:
        """Show a date from the session (not sent back as an edit); leaves a field being typed in alone."""
        self.iso = iso
        if not self.hasFocus():
            self.setText(when.show(iso, self.language) if iso else "")
            self.setCursorPosition(0)

    def _take(self) -> None:
        try:
            iso = when.parse_day(self.text())
        except when.WhenError as exc:
            self.problem.emit(exc.message(lambda text: QCoreApplication.translate("Refusal", text)))
            return  # the text stays as typed
        self.problem.emit("")
        if iso != self.iso:
            self.iso = iso
            self.date_chosen.emit(iso)
        if not self.hasFocus():
            self.setText(when.show(iso, self.language) if iso else "")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # emits editingFinished: the date is taken first
        if self.iso and self.text() and self._parses():
            self.setText(when.show(self.iso, self.language))
            self.setCursorPosition(0)

    def _parses(self) -> bool:
        try:
            return when.parse_day(self.text()) == self.iso
        except when.WhenError:
            return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setAccessibleName(self.tr("Kalender"))
        start = QDate.fromString(self.iso, "yyyy-MM-dd")
        if start.isValid():
            calendar.setSelectedDate(start)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            menu.close()
            iso = day.toString("yyyy-MM-dd")
            self.setText(when.show(iso, self.language))
            if iso != self.iso:
                self.iso = iso
                self.date_chosen.emit(iso)

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self.calendar = calendar
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setFocus()
