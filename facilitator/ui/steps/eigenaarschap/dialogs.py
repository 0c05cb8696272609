"""Tick lists for the ownership board: "Welke bestaan hier?" (the starter list) and cards from the Krachtenkaart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import eigenaarschap as eig
from ....domain import eigenaarschap_cards as cards


@dataclass
class Choice:
    id: str
    label: str
    tooltip: str = ""
    checked: bool = False
    enabled: bool = True


class ChecklistDialog(QDialog):
    """A filterable list to tick; :meth:`checked_ids` after it is accepted."""

    def __init__(self, title: str, intro: str, choices: list[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 600)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(QCoreApplication.translate("Eigenaarschap", "Zoeken…"))
        self.filter.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Lijst doorzoeken"))
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        self.list.setWordWrap(True)
        for c in choices:
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(c.tooltip)
            flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            if c.enabled:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if c.checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._toggle)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("Eigenaarschap", "Toevoegen aan het bord")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("Eigenaarschap", "Annuleren")
        )
        all_button = QPushButton(QCoreApplication.translate("Eigenaarschap", "Alles aanvinken"))
        all_button.clicked.connect(lambda: self.set_all(True))
        self.buttons.addButton(all_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _toggle(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def set_all(self, checked: bool) -> None:
        for item in self.items():
            if item.flags() & Qt.ItemFlag.ItemIsEnabled and not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check(self, ids: list[str]) -> None:
        for item in self.items():
            if item.data(Qt.ItemDataRole.UserRole) in ids and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_ids(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]


def type_name(number: int) -> str:
    """ "Type 2", or "Type ?" while the room has not chosen."""
    if number == eig.OPEN:
        return QCoreApplication.translate("Eigenaarschap", "Type ?")
    return QCoreApplication.translate("Eigenaarschap", "Type {0}").format(number)


def starter_dialog(session, language: str, parent: QWidget | None = None) -> ChecklistDialog:
    present = {a.starter_id for a in eig.activities(session) if a.starter_id}
    choices = [
        Choice(
            s["id"],
            f"{s['label']}  ·  {type_name(s['type'])}"
            + (QCoreApplication.translate("Eigenaarschap", "  (staat al op het bord)") if s["id"] in present else ""),
            s["explain"],
            checked=s["id"] in present,
            enabled=s["id"] not in present,
        )
        for s in eig.starters(language)
    ]
    return ChecklistDialog(
        QCoreApplication.translate("Eigenaarschap", "Welke bestaan hier?"),
        QCoreApplication.translate(
            "Eigenaarschap",
            "Vink aan welke initiatieven er in het dorp of de wijk al zijn. Ze komen in de kolom"
            ' "? Nog kiezen": de zaal bespreekt van wie ze zijn en kiest dan het type.',
        ),
        choices,
        parent,
    )


def cards_dialog(session, parent: QWidget | None = None) -> ChecklistDialog:
    choices = []
    for card in cards.cards_not_on_board(session):
        number = getattr(card, "number", 0)
        title = getattr(card, "title", "")
        label = (f"{number}. " if number else "") + f"{title}  ·  {type_name(cards.suggested_type_for_card(card))}"
        choices.append(Choice(card.id, label, getattr(card, "description", ""), checked=True))
    return ChecklistDialog(
        QCoreApplication.translate("Eigenaarschap", "Overnemen uit Krachtenkaart"),
        QCoreApplication.translate(
            "Eigenaarschap", "Welke kaarten van de Krachtenkaart zijn activiteiten om op het bord te zetten?"
        ),
        choices,
        parent,
    )
