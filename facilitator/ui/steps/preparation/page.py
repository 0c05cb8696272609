"""Voorbereiding: the meeting (place, date, facilitator, purpose), participants, agenda,
who is missing, and the opening of the evening for the projector."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....content import load, text
from ....domain import preparation as prep
from ....domain import privacy
from ....domain.changes import ChangeEvent
from ...common.widgets import ComboDelegate, SavingTextEdit, setup_record_view
from ..base import StepPage
from .models import RECORD_ROLE, AgendaModel, ParticipantModel, role_labels, step_labels
from .opening import MissingView, OpeningView
from .room_tab import RoomTab


class PreparationPage(StepPage):
    step_id = "voorbereiding"
    icon_name = "mdi6.clipboard-text-outline"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        s = ctx.session
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)

        # ---------------------------------------------------------- the meeting
        left = QWidget()
        left.setMaximumWidth(520)
        left_layout = QVBoxLayout(left)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.place = self._line("place", self.tr("Plaats"), self.tr("bijv. Ulrum of wijk De Hoven"))
        form.addRow(self.tr("&Plaats:"), self.place)
        self.place_kind = QComboBox()
        for kind in load("participant_roles")["place_kinds"]:
            self.place_kind.addItem(text(kind["label"], ctx.language), kind["id"])
        self.place_kind.setAccessibleName(self.tr("Soort plaats"))
        self.place_kind.activated.connect(
            lambda _: ctx.run(prep.edit_meeting, s, place_kind=self.place_kind.currentData())
        )
        form.addRow(self.tr("&Soort:"), self.place_kind)
        self.municipality = self._line("municipality", self.tr("Gemeente"), "")
        form.addRow(self.tr("&Gemeente:"), self.municipality)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setAccessibleName(self.tr("Datum"))
        self.date.dateChanged.connect(self._date_changed)
        form.addRow(self.tr("&Datum:"), self.date)
        self.facilitator = self._line("facilitator", self.tr("Begeleider"), self.tr("wie leidt de avond"))
        form.addRow(self.tr("&Begeleider:"), self.facilitator)
        self.purpose = self._text("purpose", self.tr("Doel"))
        self.purpose.setPlaceholderText(self.tr("Wat wil de avond opleveren?"))
        form.addRow(self.tr("D&oel:"), self.purpose)
        self.notes = self._text("notes", self.tr("Notities"))
        form.addRow(self.tr("&Notities:"), self.notes)
        left_layout.addLayout(form)

        # ---------------------------------------------------------- participants
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(
            QLabel(
                self.tr(
                    "Contactgegevens (e-mail, telefoon) kunnen alleen worden ingevuld als iemand toestemming geeft."
                )
            )
        )
        add_row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Naam, dan Enter"))
        self.new_name.setAccessibleName(self.tr("Naam van een nieuwe deelnemer"))
        self.new_name.returnPressed.connect(self.add_participant)
        self.new_role = QComboBox()
        self.roles = role_labels(ctx.language)
        for value, label in self.roles.items():
            self.new_role.addItem(label, value)
        self.new_role.setAccessibleName(self.tr("Rol van de nieuwe deelnemer"))
        add_button = QPushButton(self.tr("Toevoegen"))
        add_button.setAccessibleName(self.tr("Deelnemer toevoegen"))
        add_button.clicked.connect(self.add_participant)
        add_row.addWidget(self.new_name, 2)
        add_row.addWidget(self.new_role, 1)
        add_row.addWidget(add_button)
        right_layout.addLayout(add_row)
        self.participants = ParticipantModel(ctx)
        self.participant_view = self._table(self.participants, self.tr("Deelnemers"))
        self.participant_view.setItemDelegateForColumn(
            ParticipantModel.ROLE, ComboDelegate(list(self.roles.items()), self.participant_view)
        )
        header = self.participant_view.horizontalHeader()
        header.setSectionResizeMode(ParticipantModel.NAME, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.participant_view, 1)
        self.participant_count = QLabel()
        right_layout.addWidget(self.participant_count)

        # ---------------------------------------------------------------- agenda
        agenda_page = QWidget()
        right_layout = QVBoxLayout(agenda_page)
        agenda_row = QHBoxLayout()
        self.new_block = QLineEdit()
        self.new_block.setPlaceholderText(self.tr("Onderdeel, dan Enter"))
        self.new_block.setAccessibleName(self.tr("Titel van een nieuw agendablok"))
        self.new_block.returnPressed.connect(self.add_block)
        self.new_minutes = QSpinBox()
        self.new_minutes.setRange(1, prep.MAX_MINUTES)
        self.new_minutes.setValue(15)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_minutes.setAccessibleName(self.tr("Minuten voor het nieuwe agendablok"))
        self.new_step = QComboBox()
        self.steps = step_labels(ctx.language)
        for value, label in self.steps.items():
            self.new_step.addItem(label, value)
        self.new_step.setAccessibleName(self.tr("Stap van het nieuwe agendablok"))
        add_block = QPushButton(self.tr("Toevoegen"))
        add_block.setAccessibleName(self.tr("Agendablok toevoegen"))
        add_block.clicked.connect(self.add_block)
        agenda_row.addWidget(self.new_block, 2)
        agenda_row.addWidget(self.new_minutes)
        agenda_row.addWidget(self.new_step, 1)
        agenda_row.addWidget(add_block)
        right_layout.addLayout(agenda_row)
        self.agenda = AgendaModel(ctx)
        self.agenda_view = self._table(self.agenda, self.tr("Agenda"))
        self.agenda_view.setItemDelegateForColumn(
            AgendaModel.STEP, ComboDelegate(list(self.steps.items()), self.agenda_view)
        )
        agenda_header = self.agenda_view.horizontalHeader()
        agenda_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        agenda_header.setSectionResizeMode(AgendaModel.TITLE, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.agenda_view, 2)
        move_row = QHBoxLayout()
        self.total = QLabel()
        move_row.addWidget(self.total, 1)
        up = QPushButton(self.tr("Omhoog"))
        up.setAccessibleName(self.tr("Agendablok omhoog"))
        up.setToolTip(self.tr("Alt+Omhoog"))
        up.clicked.connect(lambda: self.move_block(-1))
        down = QPushButton(self.tr("Omlaag"))
        down.setAccessibleName(self.tr("Agendablok omlaag"))
        down.setToolTip(self.tr("Alt+Omlaag"))
        down.clicked.connect(lambda: self.move_block(1))
        move_row.addWidget(up)
        move_row.addWidget(down)
        right_layout.addLayout(move_row)
        QShortcut(QKeySequence("Alt+Up"), self.agenda_view, lambda: self.move_block(-1))
        QShortcut(QKeySequence("Alt+Down"), self.agenda_view, lambda: self.move_block(1))

        left_layout.addStretch(1)
        left.setMaximumWidth(760)
        meeting_page = QWidget()
        meeting_layout = QHBoxLayout(meeting_page)
        meeting_layout.addWidget(left, 1)
        meeting_layout.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(meeting_page)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Onderdelen van de voorbereiding"))
        self.tabs.addTab(scroll, self.tr("Bijeenkomst"))
        self.tabs.addTab(right, self.tr("Deelnemers"))
        self.tabs.addTab(agenda_page, self.tr("Agenda"))
        self.room = RoomTab(ctx)
        self.tabs.addTab(self.room, self.tr("Wie ontbreekt?"))
        self.opening_page = QScrollArea()
        self.opening_page.setWidgetResizable(True)
        self.opening_page.setObjectName("openingTab")
        self._fill_opening()
        self.tabs.addTab(self.opening_page, self.tr("Opening"))
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs)
        self.refresh(ChangeEvent("", "reload", frozenset(), frozenset()))

    # --------------------------------------------------------------- builders
    def _line(self, field: str, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMaxLength(500)
        edit.textEdited.connect(
            lambda value: self.ctx.run(
                prep.edit_meeting, self.ctx.session, merge_key=f"meeting.{field}", **{field: value}
            )
        )
        edit.editingFinished.connect(self.ctx.session.seal)
        return edit

    def _text(self, field: str, name: str) -> SavingTextEdit:
        edit = SavingTextEdit(
            lambda value: self.ctx.run(
                prep.edit_meeting, self.ctx.session, merge_key=f"meeting.{field}", **{field: value}
            ),
            self.ctx.session.seal,
        )
        edit.setAccessibleName(name)
        edit.setMinimumHeight(90)
        return edit

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        setup_record_view(view, name)
        QShortcut(QKeySequence.StandardKey.Delete, view, lambda v=view: self.remove_selected(v))
        return view

    # ---------------------------------------------------------------- actions
    def add_participant(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            return
        self.ctx.run(prep.add_participant, self.ctx.session, name, self.new_role.currentData())
        self.new_name.clear()
        self.new_name.setFocus()

    def add_block(self) -> None:
        title = self.new_block.text().strip()
        if not title:
            return
        self.ctx.run(
            prep.add_agenda_block, self.ctx.session, title, self.new_minutes.value(), self.new_step.currentData()
        )
        self.new_block.clear()
        self.new_block.setFocus()

    def remove_selected(self, view: QTableView) -> None:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows:
            index = view.currentIndex()
            rows = [index.row()] if index.isValid() else []
        records = [view.model().index(r, 0).data(RECORD_ROLE) for r in rows]
        if not records:
            return
        if view is self.participant_view:
            # also clears their name from other steps (AVG), in one undo step
            self.ctx.run(privacy.remove_participants, self.ctx.session, *records)
            return
        self.ctx.run(prep.remove_agenda_block, self.ctx.session, *records)

    def move_block(self, offset: int) -> None:
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            return
        block = index.data(RECORD_ROLE)
        self.ctx.run(prep.move_agenda_block, self.ctx.session, block, offset)
        for row, b in enumerate(self.agenda.rows):
            if b.id == block.id:
                self.agenda_view.setCurrentIndex(self.agenda.index(row, index.column()))

    def _date_changed(self, value: QDate) -> None:
        if not getattr(self, "_loading", False):
            self.ctx.run(prep.edit_meeting, self.ctx.session, date=value.toString("yyyy-MM-dd"))

    # ---------------------------------------------------------------- refresh
    def title(self) -> str:
        return self.tr("Voorbereiding")

    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("meeting"):
            m = prep.meeting(self.ctx.session)
            for widget, value in (
                (self.place, m.place),
                (self.municipality, m.municipality),
                (self.facilitator, m.facilitator),
            ):
                if widget.text() != value:
                    pos = widget.cursorPosition()
                    widget.setText(value)
                    widget.setCursorPosition(min(pos, len(value)))
            self.purpose.set_text(m.purpose)
            self.notes.set_text(m.notes)
            i = self.place_kind.findData(m.place_kind)
            self.place_kind.setCurrentIndex(max(i, 0))
            self._loading = True
            date = QDate.fromString(m.date, "yyyy-MM-dd")
            self.date.setDate(date if date.isValid() else QDate.currentDate())
            self._loading = False
        if event.touches("participant"):
            current = self.participant_view.currentIndex()
            self.participants.reload()
            self._restore(self.participant_view, current)
            n = len(self.participants.rows)
            self.participant_count.setText(self.tr("{0} deelnemers").format(n) if n != 1 else self.tr("1 deelnemer"))
            header = self.participant_view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(ParticipantModel.NAME, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(ParticipantModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        if event.touches("agenda_block"):
            current = self.agenda_view.currentIndex()
            self.agenda.reload()
            self._restore(self.agenda_view, current)
            total = prep.total_minutes(self.ctx.session)
            self.total.setText(self.tr("Totaal: {0} minuten ({1}:{2:02d} uur)").format(total, total // 60, total % 60))
        self.room.refresh(event)
        if event.touches("participant", "agenda_block", "missing_group"):
            self._update_tab_titles()
            if self.tabs.currentIndex() >= 3:
                self.ctx.focus_changed.emit(self.step_id, "")  # the room's view follows the list
        if event.touches("agenda_block"):
            self._fill_opening()

    @staticmethod
    def _restore(view: QTableView, current) -> None:
        model = view.model()
        if current.isValid() and model.rowCount():
            view.setCurrentIndex(model.index(min(current.row(), model.rowCount() - 1), current.column()))

    def _tab_changed(self, index: int) -> None:
        fields = (self.place, self.new_name, self.new_block, self.room.first_field(), self.opening_page)
        fields[index].setFocus()
        # the projector shows the opening or the "wie ontbreekt?" view on their tabs
        self.ctx.focus_changed.emit(self.step_id, "")

    def _fill_opening(self) -> None:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        hint = QLabel(self.tr("Dit ziet de zaal op de projector (F5) zolang dit tabblad open is."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # a preview of the projector: dark ink on white paper, whatever the screen's palette
        preview = QFrame()
        preview.setObjectName("openingPreview")
        preview.setStyleSheet("#openingPreview { background: #ffffff; border: 1px solid #999999; }")
        inner = QVBoxLayout(preview)
        inner.setContentsMargins(16, 16, 16, 16)
        inner.addWidget(OpeningView(self.ctx))
        layout.addWidget(preview, 1)
        self.opening_page.setWidget(holder)

    def projector_widget(self, parent: QWidget) -> QWidget | None:
        if self.tabs.currentWidget() is self.opening_page:
            return OpeningView(self.ctx, parent)
        if self.tabs.currentWidget() is self.room:
            return MissingView(self.ctx, parent)
        return None  # the meeting and its agenda (the plain view)

    def _update_tab_titles(self) -> None:
        n = len(self.participants.rows)
        total = prep.total_minutes(self.ctx.session)
        self.tabs.setTabText(1, self.tr("Deelnemers ({0})").format(n))
        self.tabs.setTabText(2, self.tr("Agenda ({0}:{1:02d} uur)").format(total // 60, total % 60))
        missing = len(self.room.model.rows) if not self.room.content_error else 0
        self.tabs.setTabText(
            3, self.tr("Wie ontbreekt? ({0})").format(missing) if missing else self.tr("Wie ontbreekt?")
        )

    def focus_first(self) -> None:
        self._tab_changed(self.tabs.currentIndex())

    def extra_shots(self):
        return [
            ("deelnemers", lambda: self.tabs.setCurrentIndex(1)),
            ("agenda", lambda: self.tabs.setCurrentIndex(2)),
            ("wie-ontbreekt", lambda: self.tabs.setCurrentIndex(3)),
            ("opening", lambda: self.tabs.setCurrentIndex(4)),
        ]


PAGE = PreparationPage
