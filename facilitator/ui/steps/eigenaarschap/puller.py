""" "Wie trekt het?": the box in the details that asks who pulls an activity the room wants in Type 1 or 2.

It shows when the wanted type is 1 or 2, with the autonomy question beside it. The
name is typed or picked from the participants and their organisations; "nog niemand"
is an explicit choice, and the board keeps warning while nobody is named.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from ....domain import eigenaarschap as eig
from ....domain import preparation as prep
from ...common.widgets import heading
from ...session.context import SessionContext


def puller_choices(ctx: SessionContext) -> list[str]:
    """The participants' names and their organisations, each once, in the order they were added."""
    names: list[str] = []
    for p in ctx.session.all(prep.Participant):
        for value in (p.name.strip(), p.organisation.strip()):
            if value and value not in names:
                names.append(value)
    return names


class PullerBox(QWidget):
    """Who pulls it, or "nog niemand"; every change is one domain operation (undoable)."""

    def __init__(self, ctx: SessionContext, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.run = run
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(QCoreApplication.translate("Eigenaarschap", "Wie trekt het?"), 1.1))
        self.question = QLabel(
            QCoreApplication.translate(
                "Eigenaarschap",
                "Van het dorp betekent: iemand uit het dorp zorgt ervoor. Wat als de vrijwilligers opraken?"
                " Wat kost het aan zelfstandigheid?",
            )
        )
        self.question.setObjectName("autonomyQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("background: #fff8dc; color: #111111; padding: 4px;")
        layout.addWidget(self.question)
        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.name.lineEdit()
        assert line is not None  # an editable combo box always has its line edit
        self.name.setAccessibleName(
            QCoreApplication.translate("Eigenaarschap", "Wie trekt het? Een deelnemer of een organisatie")
        )
        line.setPlaceholderText(QCoreApplication.translate("Eigenaarschap", "Naam van een deelnemer of organisatie"))
        line.setMaxLength(eig.MAX_SHORT)
        line.textEdited.connect(self._typed)
        line.editingFinished.connect(ctx.session.seal)
        self.name.activated.connect(lambda _i: self._typed(self.name.currentText()))
        layout.addWidget(self.name)
        self.nobody = QCheckBox(QCoreApplication.translate("Eigenaarschap", "Nog nie&mand"))
        self.nobody.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Nog niemand trekt het"))
        self.nobody.toggled.connect(self._nobody_toggled)
        layout.addWidget(self.nobody)
        self.warning = QLabel(
            QCoreApplication.translate("Eigenaarschap", "Niemand trekt het nog: het bord laat dat zien.")
        )
        self.warning.setObjectName("pullerWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a3b00;")
        layout.addWidget(self.warning)

    def _typed(self, value: str) -> None:
        if not self._loading:
            self.run(eig.set_puller, value, False, merge_key="puller")

    def _nobody_toggled(self, checked: bool) -> None:
        if not self._loading:
            self.run(eig.set_puller, "", checked)

    def ask(self) -> None:
        """Put the cursor in the name field: the question is asked now."""
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_activity(self, a: eig.Activity) -> None:
        self.setVisible(a.asks_puller)
        self._loading = True
        try:
            choices = puller_choices(self.ctx)
            if [self.name.itemText(i) for i in range(self.name.count())] != choices:
                typed = self.name.currentText()
                self.name.clear()
                self.name.addItems(choices)
                self.name.setEditText(typed)
            if self.name.currentText() != a.puller:
                self.name.setEditText(a.puller)
            self.nobody.setChecked(a.puller_nobody)
            self.name.setEnabled(not a.puller_nobody)
            self.warning.setVisible(a.puller_missing)
        finally:
            self._loading = False
