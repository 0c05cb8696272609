"""Bijeenkomst → "Interview invoeren…" (Ctrl+Shift+I): type a filled-in interview sheet back in.

The pair interview (hoofd, hart, handen; what someone wants to share or learn; whom
they know) becomes gift cards of the Krachtenkaart, with the holder and, only with
consent, a way to reach them (:func:`facilitator.domain.avond.add_interview`, one
undo step). After Enter the form is empty again for the next sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ....content import ContentError
from ....domain import avond, evening_content
from ...session.context import SessionContext


class InterviewDialog(QDialog):
    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("interviewDialog")
        self.setWindowTitle(self.tr("Interview invoeren"))
        layout = QVBoxLayout(self)
        self.answers: dict[str, QLineEdit] = {}
        try:
            c = evening_content.evening()
        except ContentError as exc:
            layout.addWidget(QLabel(str(exc)))
            return
        intro = QLabel(
            self.tr(
                "Typ over wat op het interviewblad staat. Elk antwoord bij hoofd, hart of handen wordt een kaart "
                "in de Krachtenkaart. Enter bewaart, en het formulier is leeg voor het volgende blad."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # long questions above their field
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.holder = QLineEdit()
        self.holder.setObjectName("interviewHolder")
        self.holder.setAccessibleName(self.tr("Wie vertelt"))
        self.holder.setMaxLength(avond.MAX_NAME)
        form.addRow(self.tr("&Wie vertelt:"), self.holder)
        for q in c.interview_questions:
            edit = QLineEdit()
            edit.setObjectName(f"interview-{q.id}")
            edit.setAccessibleName(q.label(ctx.language))
            edit.setMaxLength(avond.MAX_TEXT)
            edit.returnPressed.connect(self.save)
            self.answers[q.id] = edit
            form.addRow(QLabel(q.label(ctx.language)), edit)
        self.contact = QLineEdit()
        self.consent = QCheckBox(self.tr("&Toestemming om contact op te nemen"))
        self.consent.setObjectName("interviewConsent")
        self.consent.toggled.connect(self.contact.setEnabled)
        form.addRow(self.consent)
        self.contact.setObjectName("interviewContact")
        self.contact.setAccessibleName(self.tr("E-mail of telefoon"))
        self.contact.setEnabled(False)
        self.contact.setMaxLength(avond.MAX_NAME)
        self.contact.returnPressed.connect(self.save)
        form.addRow(self.tr("&Contact:"), self.contact)
        self.holder.returnPressed.connect(self.save)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("interviewMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)

    def save(self) -> None:
        answers = {key: edit.text() for key, edit in self.answers.items() if edit.text().strip()}
        cards = self.ctx.run(
            avond.add_interview,
            self.ctx.session,
            self.holder.text(),
            answers,
            self.consent.isChecked(),
            self.contact.text() if self.consent.isChecked() else "",
            say=self.message.setText,  # a refusal (no name, an empty sheet) is said in the form
        )
        if cards is None:
            return
        self.message.setText(self.tr("{0} kaarten gemaakt voor {1}.").format(len(cards), self.holder.text().strip()))
        for edit in (self.holder, self.contact, *self.answers.values()):
            edit.clear()
        self.consent.setChecked(False)
        self.holder.setFocus()


def install(window: Any) -> None:
    """Add "Interview invoeren…" to the Bijeenkomst menu of a session window.

    ``window`` is the SessionWindow; it is not imported here, because a step may not
    import the window that imports every step (see the import contracts in pyproject.toml).
    """

    def open_dialog() -> None:
        dialog = getattr(window, "interview_dialog", None)
        if dialog is None:
            dialog = InterviewDialog(window.context, window)
            window.interview_dialog = dialog
        if dialog.isVisible():
            dialog.raise_()  # behind the window: bring it to the front
        dialog.show()
        dialog.activateWindow()
        dialog.holder.setFocus()

    label = QCoreApplication.translate("InterviewDialog", "&Interview invoeren…")
    action = window._action(label, open_dialog, QKeySequence("Ctrl+Shift+I"))
    window.menus["meeting"].addAction(action)
    window.interview_action = action
