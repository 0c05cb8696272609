"""The details of the selected activity: texts, now and wanted type, contributions, hands, decision."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain import eigenaarschap as eig
from ...common.colors import tone
from ...common.widgets import SavingTextEdit, heading
from ...session.context import SessionContext
from .board import type_colors
from .puller import PullerBox


class SpreadBar(QWidget):
    """A small bar: the share of the hands for one type."""

    def __init__(self, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = color
        self.share = 0.0
        self.setMinimumWidth(60)

    def sizeHint(self) -> QSize:
        return QSize(120, 16)

    def set_share(self, share: float) -> None:
        if share != self.share:
            self.share = share
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        r = self.rect().adjusted(0, 3, -1, -3)
        p.fillRect(r, QColor("#e4e2da"))
        p.fillRect(QRect(r.left(), r.top(), round(r.width() * self.share), r.height()), self.color)
        p.end()


class ActivityDetails(QWidget):
    """Edit one activity. Every change goes through a domain operation (undoable)."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.activity_id = ""
        self._loading = False
        outer = QVBoxLayout(self)
        self.empty = QLabel(
            QCoreApplication.translate("Eigenaarschap", "Kies een activiteit op het bord om de details te zien.")
        )
        self.empty.setWordWrap(True)
        outer.addWidget(self.empty)
        self.body = QWidget()
        outer.addWidget(self.body)
        outer.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: the panel is narrow
        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Naam van de activiteit"))
        self.title.setMaxLength(eig.MAX_TITLE)
        self.title.textEdited.connect(self._title_edited)
        self.title.editingFinished.connect(ctx.session.seal)
        self.title.inputRejected.connect(
            lambda: self._say(
                QCoreApplication.translate(
                    "Eigenaarschap", "Een naam kan hooguit {0} tekens lang zijn; zet de rest in de beschrijving."
                ).format(eig.MAX_TITLE)
            )
        )
        form.addRow(QCoreApplication.translate("Eigenaarschap", "&Naam:"), self.title)
        # where a carried activity stood at the earlier meeting (the read-only "vorige keer")
        self.before = QLabel()
        self.before.setObjectName("activityBefore")
        self.before.setStyleSheet("color: #44536b;")
        form.addRow(self.before)
        self.description = self._text("description", QCoreApplication.translate("Eigenaarschap", "Beschrijving"))
        form.addRow(QCoreApplication.translate("Eigenaarschap", "Besch&rijving:"), self.description)
        self.now = QComboBox()
        self.now.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Type nu"))
        self.wanted = QComboBox()
        self.wanted.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Gewenst type"))
        self.wanted.addItem(QCoreApplication.translate("Eigenaarschap", "Blijft zo"), 0)
        for combo in (self.now, self.wanted):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.now.addItem(QCoreApplication.translate("Eigenaarschap", "? Nog kiezen"), eig.OPEN)
        for t in eig.types(ctx.language):
            label = f"{t['label']} – {t['short']}"
            self.now.addItem(label, t["number"])
            self.wanted.addItem(label, t["number"])
        self.now.activated.connect(lambda _: self._run(eig.move_to_type, self.now.currentData()))
        self.wanted.activated.connect(lambda _: self._wanted_chosen(self.wanted.currentData()))
        form.addRow(QCoreApplication.translate("Eigenaarschap", "N&u:"), self.now)
        form.addRow(QCoreApplication.translate("Eigenaarschap", "&Gewenst:"), self.wanted)
        self.change = self._text(
            "change_needed", QCoreApplication.translate("Eigenaarschap", "Wat moet er veranderen?")
        )
        self.change.setPlaceholderText(QCoreApplication.translate("Eigenaarschap", "Wat is nodig om er te komen?"))
        form.addRow(QCoreApplication.translate("Eigenaarschap", "Wat moet er &veranderen?"), self.change)
        self.runs_now = self._line("runs_now", QCoreApplication.translate("Eigenaarschap", "Wie doet het nu?"))
        self.runs_now.setPlaceholderText(QCoreApplication.translate("Eigenaarschap", "Bijvoorbeeld: de ijsclub"))
        form.addRow(QCoreApplication.translate("Eigenaarschap", "Wie &doet het nu?"), self.runs_now)
        self.how_often = self._line("how_often", QCoreApplication.translate("Eigenaarschap", "Hoe vaak?"))
        self.how_often.setPlaceholderText(QCoreApplication.translate("Eigenaarschap", "Bijvoorbeeld: elk jaar"))
        form.addRow(QCoreApplication.translate("Eigenaarschap", "Hoe vaa&k?"), self.how_often)
        layout.addLayout(form)
        self.puller = PullerBox(ctx, self._run)
        layout.addWidget(self.puller)

        layout.addWidget(heading(QCoreApplication.translate("Eigenaarschap", "Wie draagt wat bij?"), 1.1))
        contrib = QFormLayout()
        contrib.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        contrib.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.contributions: dict[str, QLineEdit] = {}
        for kind in eig.contribution_kinds(ctx.language):
            edit = QLineEdit()
            edit.setPlaceholderText(kind["hint"])
            edit.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Bijdrage: {0}").format(kind["label"]))
            edit.setMaxLength(eig.MAX_CONTRIBUTION)
            edit.inputRejected.connect(
                lambda: self._say(
                    QCoreApplication.translate(
                        "Eigenaarschap", "Een bijdrage kan hooguit {0} tekens lang zijn."
                    ).format(eig.MAX_CONTRIBUTION)
                )
            )
            edit.textEdited.connect(lambda value, k=kind["id"]: self._contribution_edited(k, value))
            edit.editingFinished.connect(ctx.session.seal)
            contrib.addRow(kind["label"] + ":", edit)
            self.contributions[kind["id"]] = edit
        layout.addLayout(contrib)

        layout.addWidget(heading(QCoreApplication.translate("Eigenaarschap", "Handen opsteken"), 1.1))
        hint = QLabel(
            QCoreApplication.translate(
                "Eigenaarschap", "Niet eens over het type? Tel de handen per type en kies daarna."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        grid = QGridLayout()
        colors = type_colors()
        self.hands: dict[int, QSpinBox] = {}
        self.bars: dict[int, SpreadBar] = {}
        self.shares: dict[int, QLabel] = {}
        for row, number in enumerate(eig.TYPES):
            spin = QSpinBox()
            spin.setRange(0, eig.MAX_HANDS)
            spin.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Handen voor Type {0}").format(number))
            spin.valueChanged.connect(lambda value, t=number: self._hands_changed(t, value))
            type_label = QLabel(QCoreApplication.translate("Eigenaarschap", "Type {0}").format(number))
            type_label.setBuddy(spin)
            bar = SpreadBar(colors[number])
            share = QLabel("0%")
            share.setMinimumWidth(share.fontMetrics().horizontalAdvance("100%") + 4)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(type_label, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(bar, row, 2)
            grid.addWidget(share, row, 3)
            self.hands[number], self.bars[number], self.shares[number] = spin, bar, share
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.decide = QPushButton()
        self.decide.setMinimumWidth(10)
        self.decide.setAccessibleName(
            QCoreApplication.translate(
                "Eigenaarschap", "Besluit: het type met de meeste handen wordt het gewenste type"
            )
        )
        self.decide.clicked.connect(self._decide)
        buttons.addWidget(self.decide, 1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("detailsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {tone(self, 'warning')};")
        self.message.hide()
        layout.insertWidget(0, self.message)  # at the top, next to the name
        self.remove = QPushButton(QCoreApplication.translate("Eigenaarschap", "Activiteit verwijderen"))
        self.remove.setAccessibleName(QCoreApplication.translate("Eigenaarschap", "Activiteit verwijderen"))
        self.remove.clicked.connect(lambda: self._run(eig.remove_activity))
        layout.addWidget(self.remove)
        self.show_activity("")

    # ------------------------------------------------------------------ builders
    def _text(self, field: str, name: str) -> SavingTextEdit:
        edit = SavingTextEdit(lambda value: self._edit(field, value), self.ctx.session.seal)
        edit.setAccessibleName(name)
        edit.setMinimumHeight(60)
        edit.setMaximumHeight(110)
        return edit

    def _line(self, field: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(eig.MAX_SHORT)
        edit.textEdited.connect(lambda value: self._edit(field, value))
        edit.editingFinished.connect(self.ctx.session.seal)
        return edit

    # -------------------------------------------------------------------- edits
    def current(self) -> eig.Activity | None:
        return self.ctx.session.get(eig.Activity, self.activity_id) if self.activity_id else None

    def _run(self, op, *args, **kwargs) -> None:
        """Run a domain operation on the shown activity; a refusal becomes the message under the fields."""
        a = self.current()
        if a is None or self._loading:
            return
        self.ctx.run(op, self.ctx.session, a, *args, say=self._say, **kwargs)

    def _say(self, message: str) -> None:
        """A refused edit, said where the facilitator looks: under the fields and in the status bar."""
        self.message.setText(message)
        self.message.setVisible(bool(message))
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar) and message:
            bar().showMessage(message, 6000)

    def _edit(self, field: str, value: str) -> None:
        self._run(eig.edit_activity, merge_key=f"activity.{self.activity_id}.{field}", **{field: value})

    def _title_edited(self, value: str) -> None:
        if not value.strip():
            self._say(
                QCoreApplication.translate(
                    "Eigenaarschap", "Een activiteit houdt een naam; de oude naam blijft staan tot u iets typt."
                )
            )
            return
        self._edit("title", value)

    def _contribution_edited(self, kind: str, value: str) -> None:
        self._run(eig.set_contribution, kind, value, merge_key=f"activity.{self.activity_id}.contribution.{kind}")

    def _hands_changed(self, type_number: int, value: int) -> None:
        self._run(eig.set_hands, type_number, value, merge_key=f"activity.{self.activity_id}.hands.{type_number}")

    def _decide(self) -> None:
        a = self.current()
        if a is not None and eig.most_hands(a):
            self._run(eig.decide_type)
            self._ask_puller()

    def _wanted_chosen(self, wanted: int) -> None:
        self._run(eig.set_wanted_type, wanted)
        self._ask_puller()

    def _ask_puller(self) -> None:
        """Wanted in Type 1 or 2: ask "Wie trekt het?" at once (the cursor goes there)."""
        a = self.current()
        if a is not None and a.asks_puller and not a.puller.strip():
            self.refresh()
            self.puller.ask()

    # ------------------------------------------------------------------ showing
    def show_activity(self, activity_id: str) -> None:
        if activity_id != self.activity_id:
            self.ctx.session.seal()  # typing in another card starts its own undo step
            self._say("")
        self.activity_id = activity_id
        self.refresh()

    def _offer_wanted(self, now: int) -> None:
        """The type it has now is greyed out under Gewenst ("Blijft zo" says that), so the arrow
        keys step over it to the types beyond instead of snapping back to "Blijft zo"."""
        model = self.wanted.model()
        for row in range(1, self.wanted.count()):
            item = model.item(row)  # type: ignore[attr-defined]
            item.setEnabled(self.wanted.itemData(row) != now)

    def refresh(self) -> None:
        a = self.current()
        self.empty.setVisible(a is None)
        self.body.setVisible(a is not None)
        if a is None:
            return
        self._loading = True
        try:
            if self.title.text() != a.title and not (self.title.hasFocus() and not self.title.text().strip()):
                self.title.setText(a.title)
                if not self.title.hasFocus():
                    self.title.setCursorPosition(0)
            self.description.set_text(a.description)
            self.before.setText(before_text(self.ctx.session, a))
            self.before.setVisible(bool(self.before.text()))
            self.change.set_text(a.change_needed)
            for edit, value in ((self.runs_now, a.runs_now), (self.how_often, a.how_often)):
                if edit.text() != value:
                    edit.setText(value)
            self.puller.show_activity(a)
            self.now.setCurrentIndex(max(0, self.now.findData(a.current_type)))
            self._offer_wanted(a.current_type)
            self.wanted.setCurrentIndex(max(0, self.wanted.findData(a.wanted_type)))
            for kind, edit in self.contributions.items():
                value = a.contributions.get(kind, "")
                if edit.text() != value:
                    edit.setText(value)
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)  # show the start of a long text, not its end
            spread = eig.spread(a)
            for t in eig.TYPES:
                if self.hands[t].value() != a.hand_count(t):
                    self.hands[t].setValue(a.hand_count(t))
                self.bars[t].set_share(spread[t])
                self.shares[t].setText(f"{round(spread[t] * 100)}%")
            best = eig.most_hands(a)
            self.decide.setEnabled(bool(best))
            self.decide.setText(
                QCoreApplication.translate("Eigenaarschap", "Besluit: Type {0}").format(best)
                if best
                else QCoreApplication.translate("Eigenaarschap", "Nog geen meerderheid")
            )
            self.decide.setToolTip(
                QCoreApplication.translate(
                    "Eigenaarschap", "De meeste handen gingen naar Type {0}: maak dat het gewenste type."
                ).format(best)
                if best
                else QCoreApplication.translate(
                    "Eigenaarschap", "Tel eerst de handen; bij gelijke stemmen kiest u zelf bij Gewenst."
                )
            )
        finally:
            self._loading = False


def before_text(session: object, activity: eig.Activity) -> str:
    """The line "Vorige keer (2026-03-12): Type 2, gewenst Type 1" for an activity carried from an earlier meeting."""
    from ....domain import next_meeting
    from ....domain.lineage import split_key

    parts = split_key(activity.carried_from)
    before = next_meeting.last_time(session)  # type: ignore[arg-type]
    if parts is None or before is None:
        return ""
    row = next((r for r in before.board if r.get("id") == parts[1]), None)
    if row is None:
        return ""
    now, wanted = int(row.get("current_type", 0)), int(row.get("wanted_type", 0))
    shown = QCoreApplication.translate("Eigenaarschap", "Vorige keer ({0}): Type {1}").format(before.date, now or "?")
    if wanted and wanted != now:
        shown += QCoreApplication.translate("Eigenaarschap", ", gewenst Type {0}").format(wanted)
    return shown
