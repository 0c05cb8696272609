"""Table models of the participants and the agenda (editable; edits go through the domain)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ....content import load, text
from ....domain import preparation as prep
from ...common.record_table import RecordTableModel
from ...session.context import SessionContext

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
RECORD_ROLE = Role.UserRole + 1


def role_labels(language: str) -> dict[str, str]:
    return {r["id"]: text(r["label"], language) for r in load("participant_roles")["roles"]}


def step_labels(language: str) -> dict[str, str]:
    labels = {"": QCoreApplication.translate("PreparationModels", "(geen stap)")}
    labels.update({s["id"]: text(s["label"], language) for s in load("participant_roles")["steps"]})
    return labels


class ParticipantModel(RecordTableModel):
    NAME, ROLE, ORGANISATION, GROUP, CONSENT, EMAIL, PHONE, SHARE = range(8)
    FIELDS = ("name", "role", "organisation", "group", "consent", "email", "phone", "share_contact")
    #: the two ticks: keep the contact details, and share them with the group (in the handout)
    TICKS = {CONSENT: "consent", SHARE: "share_contact"}
    COLUMNS = len(FIELDS)

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.roles = role_labels(ctx.language)
        self.reload()

    def load_rows(self) -> list[prep.Participant]:
        return self.ctx.session.all(prep.Participant)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("PreparationModels", "Naam"),
            QCoreApplication.translate("PreparationModels", "Rol"),
            QCoreApplication.translate("PreparationModels", "Organisatie"),
            QCoreApplication.translate("PreparationModels", "Groep"),
            QCoreApplication.translate("PreparationModels", "Toestemming"),
            QCoreApplication.translate("PreparationModels", "E-mail"),
            QCoreApplication.translate("PreparationModels", "Telefoon"),
            QCoreApplication.translate("PreparationModels", "Delen met\nde groep"),
        ]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        p = self.rows[index.row()]
        if index.column() == self.CONSENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.SHARE:
            # sharing needs the consent to keep them first
            return base | Qt.ItemFlag.ItemIsUserCheckable if p.consent else base
        if index.column() in (self.EMAIL, self.PHONE) and not p.consent:
            return base  # contact details only with consent
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p = self.rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return p
        if col == self.CONSENT:
            if role == Role.CheckStateRole:
                return Qt.CheckState.Checked if p.consent else Qt.CheckState.Unchecked
            if role == Role.ToolTipRole:
                return QCoreApplication.translate(
                    "PreparationModels", "Vink aan als deze persoon toestemming geeft om contactgegevens te bewaren."
                )
            return None
        if col == self.SHARE:
            if role == Role.CheckStateRole:
                return Qt.CheckState.Checked if p.contact_shared else Qt.CheckState.Unchecked
            if role == Role.ToolTipRole:
                if not p.consent:
                    return QCoreApplication.translate("PreparationModels", "Eerst toestemming aanvinken")
                return QCoreApplication.translate(
                    "PreparationModels",
                    "Vink aan als deze persoon wil dat e-mail en telefoon in de hand-out komen. "
                    "Zonder vinkje staat alleen de naam erin.",
                )
            return None
        if role in (Role.DisplayRole, Role.EditRole):
            value = getattr(p, self.FIELDS[col])
            if col == self.ROLE and role == Role.DisplayRole:
                return self.roles.get(value, value)
            if col in (self.EMAIL, self.PHONE) and not p.consent and role == Role.DisplayRole:
                return "—"
            return value
        if role == Role.ToolTipRole and col in (self.EMAIL, self.PHONE) and not p.consent:
            return QCoreApplication.translate("PreparationModels", "Eerst toestemming aanvinken")
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid():
            return False
        p = self.rows[index.row()]
        col = index.column()
        if col in self.TICKS and role == Role.CheckStateRole:
            # taking consent away also clears the contact details and the sharing, in one undo step
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.ctx.run(prep.edit_participant, self.ctx.session, p, **{self.TICKS[col]: ticked})
            return True
        if role != Role.EditRole:
            return False
        field = self.FIELDS[col]
        value = str(value).strip()
        if field == "name" and not value:
            return False  # a participant keeps a name
        self.ctx.run(prep.edit_participant, self.ctx.session, p, **{field: value})
        return True


class AgendaModel(RecordTableModel):
    TITLE, MINUTES, STEP = range(3)
    COLUMNS = 3

    def __init__(self, ctx: SessionContext) -> None:
        super().__init__(ctx)
        self.steps = step_labels(ctx.language)
        self.reload()

    def load_rows(self) -> list[prep.AgendaBlock]:
        return self.ctx.session.all(prep.AgendaBlock)

    def headings(self) -> list[str]:
        return [
            QCoreApplication.translate("PreparationModels", "Onderdeel"),
            QCoreApplication.translate("PreparationModels", "Minuten"),
            QCoreApplication.translate("PreparationModels", "Stap"),
        ]

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        b = self.rows[index.row()]
        col = index.column()
        if role == RECORD_ROLE:
            return b
        if role in (Role.DisplayRole, Role.EditRole):
            if col == self.TITLE:
                return b.title
            if col == self.MINUTES:
                return b.minutes
            if col == self.STEP:
                return self.steps.get(b.step, b.step) if role == Role.DisplayRole else b.step
        if role == Role.TextAlignmentRole and col == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or role != Role.EditRole:
            return False
        b = self.rows[index.row()]
        col = index.column()
        if col == self.TITLE:
            title = str(value).strip()
            if not title:
                return False
            self.ctx.run(prep.edit_agenda_block, self.ctx.session, b, title=title)
        elif col == self.MINUTES:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            self.ctx.run(prep.edit_agenda_block, self.ctx.session, b, minutes=minutes)
        elif col == self.STEP:
            self.ctx.run(prep.edit_agenda_block, self.ctx.session, b, step=str(value))
        return True
