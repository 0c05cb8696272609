"""The dialog of "Nieuwe bijeenkomst voor deze plaats" (installed by :mod:`.next_meeting`).

The dialog says what goes along, lets the facilitator pick the date,
the kind of meeting and, per action, which open actions carry over. It is usable by
keyboard alone: Tab between the fields, Space ticks an action, Enter makes the meeting.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import meeting_kinds
from ...domain import next_meeting as nm
from ...domain.actieplan import label as plan_label
from ...domain.actieplan_sources import same_place
from ...domain.preparation import meeting
from ...store import next_meeting as store
from ...store.errors import StoreError
from ...store.library import Library
from ..common.date_field import DateField


class NextMeetingDialog(QDialog):
    """What the next meeting takes from the last one; ``choice()`` after it was accepted."""

    def __init__(self, offer: nm.Offer, language: str = "nl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.language = language
        self.setObjectName("nextMeetingDialog")
        self.setWindowTitle(QCoreApplication.translate("NextMeeting", "Nieuwe bijeenkomst voor deze plaats"))
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("NextMeeting", "Nieuwe bijeenkomst in {0}").format(
                offer.place or QCoreApplication.translate("NextMeeting", "(geen plaats)")
            )
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        source = QLabel(
            QCoreApplication.translate("NextMeeting", "U begint bij wat de vorige bijeenkomst ({0}) opleverde.").format(
                offer.date or "?"
            )
        )
        source.setWordWrap(True)
        layout.addWidget(source)

        form = QFormLayout()
        self.date = DateField(language)
        self.date.setAccessibleName(QCoreApplication.translate("NextMeeting", "Datum van de nieuwe bijeenkomst"))
        self.date.set_iso(datetime.date.today().isoformat())
        self.date_problem = QLabel()
        self.date_problem.setStyleSheet("color: #a00000;")
        self.date.problem.connect(self.date_problem.setText)
        form.addRow(QCoreApplication.translate("NextMeeting", "&Datum:"), self.date)
        form.addRow("", self.date_problem)
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("NextMeeting", "Soort bijeenkomst"))
        for k in meeting_kinds.kinds():
            self.kind.addItem(k.name(language), k.id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(offer.suggested_kind)))
        form.addRow(QCoreApplication.translate("NextMeeting", "&Soort:"), self.kind)
        self.kind_about = QLabel()
        self.kind_about.setWordWrap(True)
        form.addRow("", self.kind_about)
        self.kind.currentIndexChanged.connect(self._show_about)
        self._show_about()
        layout.addLayout(form)

        self.carried = QLabel("\n".join(self._carried_lines()))
        self.carried.setTextFormat(Qt.TextFormat.PlainText)
        self.carried.setWordWrap(True)
        self.carried.setObjectName("carriedSummary")
        layout.addWidget(QLabel(QCoreApplication.translate("NextMeeting", "Dit gaat mee:")))
        layout.addWidget(self.carried)

        actions_label = QLabel(
            QCoreApplication.translate("NextMeeting", "&Acties die meegaan (spatie zet een vinkje aan of uit):")
        )
        layout.addWidget(actions_label)
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(QCoreApplication.translate("NextMeeting", "Acties die meegaan"))
        actions_label.setBuddy(self.action_list)
        for action in offer.actions:
            status = plan_label("statuses", action.status, language)
            who = f" — {action.trekker}" if action.trekker.strip() else ""
            item = QListWidgetItem(f"{action.what}{who} ({status})")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = action.id in offer.ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.action_list.addItem(item)
        if not offer.actions:
            self.action_list.addItem(QCoreApplication.translate("NextMeeting", "(geen open acties)"))
            self.action_list.setEnabled(False)
        else:
            self.action_list.setCurrentRow(0)
        layout.addWidget(self.action_list, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate("NextMeeting", "&Maken"))
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("NextMeeting", "Annuleren")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 620)
        self.date.setFocus()

    def _show_about(self) -> None:
        found = meeting_kinds.kind(str(self.kind.currentData()))
        self.kind_about.setText(found.explanation(self.language) if found else "")

    def _carried_lines(self) -> list[str]:
        o = self.offer
        lines = [QCoreApplication.translate("NextMeeting", "✓ De plaats, de soort plaats en de gemeente")]
        people = QCoreApplication.translate(
            "NextMeeting", "✓ {0} deelnemer(s) die toestemming gaven om bewaard te worden"
        ).format(o.participants_kept)
        if o.participants_left:
            people += QCoreApplication.translate("NextMeeting", "; {0} zonder toestemming gaan niet mee").format(
                o.participants_left
            )
        lines.append(people)
        if o.has_vision:
            lines.append(QCoreApplication.translate("NextMeeting", "✓ De visie"))
        if o.cards:
            lines.append(
                QCoreApplication.translate(
                    "NextMeeting", "✓ {0} kaart(en) van de Krachtenkaart, om samen na te lopen: klopt dit nog?"
                ).format(o.cards)
            )
        if o.activities:
            lines.append(
                QCoreApplication.translate(
                    "NextMeeting", "✓ {0} activiteit(en) op het Type 1–4-bord, waar ze vorige keer stonden"
                ).format(o.activities)
            )
        if o.profiles:
            lines.append(
                QCoreApplication.translate(
                    "NextMeeting", "✓ De rollen en waarden van vorige keer, om naast de nieuwe te leggen"
                )
            )
        return lines

    def ticked_ids(self) -> frozenset[str]:
        found = set()
        for row in range(self.action_list.count()):
            item = self.action_list.item(row)
            if item.checkState() == Qt.CheckState.Checked and item.data(Qt.ItemDataRole.UserRole):
                found.add(str(item.data(Qt.ItemDataRole.UserRole)))
        return frozenset(found)

    def _accept(self) -> None:
        self.date._take()  # what was typed counts, also when Enter came before Tab
        if self.date_problem.text() or not self.date.iso:
            if not self.date_problem.text():
                self.date_problem.setText(
                    QCoreApplication.translate("NextMeeting", "Vul de datum van de nieuwe bijeenkomst in.")
                )
            self.date.setFocus()
            return
        self.accept()

    def choice(self) -> nm.Choice:
        return nm.Choice(self.date.iso, str(self.kind.currentData()), self.ticked_ids())


def first_date(library: Library, place: str) -> str:
    """The date of the place's first meeting in the library (to suggest the kind)."""
    dates = [i.date for i in library.sessions() if i.problem is None and same_place(i.place, place) and i.date]
    return min(dates) if dates else ""


def ask_and_make(parent: QWidget, library: Library, source: nm.Source, language: str) -> Path | None:
    """Show the dialog and make the file; None when cancelled or refused (a message was shown)."""
    place = meeting(source.session).place
    offer = nm.plan(source, first_date(library, place))
    dialog = NextMeetingDialog(offer, language, parent)
    parent.next_meeting_dialog = dialog  # type: ignore[attr-defined]  # tests reach it while it is open
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return store.make_next_meeting(library, source, dialog.choice())
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, QCoreApplication.translate("NextMeeting", "Kernkracht"), exc.message(language))
        return None
