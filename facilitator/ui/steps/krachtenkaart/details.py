"""The details of one card beside the board; every field saves as you type.

Typing in one field is one undo step (``merge_key`` per card and field). Contact
details can only be typed after the consent tick; head/heart/hands only for gifts of
people. Esc hands the keyboard back to the board.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...common.widgets import SavingTextEdit
from ...session.context import SessionContext

MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp"}


class DetailsPanel(QScrollArea):
    #: Esc: back to the board
    leave = Signal()

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.card_id = ""
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setObjectName("cardDetails")
        body = QWidget()
        self.setWidget(body)
        outer = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow panel: labels above fields
        self.title = self._line("title", self.tr("Titel"))
        form.addRow(self.tr("&Titel:"), self.title)
        self.description = SavingTextEdit(lambda v: self._save("description", v), self.ctx.session.seal)
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.setMinimumHeight(70)
        self.description.setMaximumHeight(120)  # leave room for the other fields in a short window
        form.addRow(self.tr("&Beschrijving:"), self.description)
        self.holder = self._line("holder", self.tr("Wie (houder)"))
        self.holder.setPlaceholderText(self.tr("wie heeft of doet dit"))
        form.addRow(self.tr("&Wie:"), self.holder)
        self.hhh = QComboBox()
        self.hhh.setAccessibleName(self.tr("Hoofd, hart of handen"))
        self.hhh.addItem(self.tr("—"), "")
        self.hhh.addItem(self.tr("Hoofd"), "hoofd")
        self.hhh.addItem(self.tr("Hart"), "hart")
        self.hhh.addItem(self.tr("Handen"), "handen")
        self.hhh.activated.connect(lambda _: self._save("hhh", self.hhh.currentData()))
        form.addRow(self.tr("&Hoofd/hart/handen:"), self.hhh)
        self.consent = QCheckBox(self.tr("Toestemming"))
        self.consent.setToolTip(self.tr("Vink aan als de houder toestemming geeft om contactgegevens te bewaren"))
        self.consent.setAccessibleName(self.tr("Toestemming voor contactgegevens"))
        self.consent.clicked.connect(lambda checked: self._save("contact_consent", bool(checked)))
        form.addRow("", self.consent)
        self.contact = self._line("contact", self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("alleen met toestemming"))
        form.addRow(self.tr("&Contact:"), self.contact)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Labels, met komma's gescheiden"))
        self.tags.setPlaceholderText(self.tr("bijv. jongeren, groen"))
        self.tags.textEdited.connect(self._tags_edited)
        self.tags.editingFinished.connect(self.ctx.session.seal)
        form.addRow(self.tr("&Labels:"), self.tags)
        self.crown = QCheckBox(self.tr("Kroonjuweel"))
        self.crown.setToolTip(self.tr("Ctrl+K op het bord"))
        self.crown.setAccessibleName(self.tr("Kroonjuweel"))
        self.crown.clicked.connect(
            lambda checked: (
                self.ctx.run(kk.set_crown, self.ctx.session, self.card(), bool(checked)) if self.card() else None
            )
        )
        form.addRow("", self.crown)
        self.crown_reason = self._line("crown_reason", self.tr("Waarom een kroonjuweel"))
        self.crown_reason.setPlaceholderText(self.tr("waarom is dit een kroonjuweel?"))
        form.addRow(self.tr("&Waarom:"), self.crown_reason)
        dots_row = QHBoxLayout()
        self.minus = QPushButton("−")
        self.minus.setAccessibleName(self.tr("Stip eraf"))
        self.minus.setToolTip(self.tr("Stip eraf (−)"))
        self.minus.clicked.connect(lambda: self._dots(-1))
        self.dots = QLabel()
        self.dots.setObjectName("dotCount")
        self.plus = QPushButton("+")
        self.plus.setAccessibleName(self.tr("Stip erbij"))
        self.plus.setToolTip(self.tr("Stip erbij (+)"))
        self.plus.clicked.connect(lambda: self._dots(1))
        for w in (self.minus, self.dots, self.plus):
            dots_row.addWidget(w)
        for button in (self.minus, self.plus):
            button.setFixedWidth(44)
        dots_row.addStretch(1)
        form.addRow(self.tr("Stippen:"), dots_row)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(88, 88))
        self.photos.setMaximumHeight(120)
        self.photos.setAccessibleName(self.tr("Foto's"))
        self.add_photo_button = QPushButton(self.tr("Foto erbij…"))
        self.add_photo_button.setAccessibleName(self.tr("Foto toevoegen uit een bestand"))
        self.add_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Foto weg"))
        self.remove_photo_button.setAccessibleName(self.tr("Gekozen foto weghalen"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.add_photo_button)
        photo_row.addWidget(self.remove_photo_button)
        form.addRow(self.tr("Foto's:"), self.photos)
        form.addRow("", photo_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #a02020; }")
        self.message.hide()
        outer.addWidget(self.form_widget)
        outer.addWidget(self.message)
        outer.addStretch(1)
        back = QAction(self.tr("Terug naar het bord"), self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(self._leave)
        self.addAction(back)
        self.show_card("")

    # ---------------------------------------------------------------- builders
    def _line(self, field: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(kk.MAX_TITLE)
        edit.textEdited.connect(lambda value: self._save(field, value))
        edit.editingFinished.connect(self.ctx.session.seal)
        return edit

    def card(self) -> kk.AssetCard | None:
        return self.ctx.session.get(kk.AssetCard, self.card_id) if self.card_id else None

    def _save(self, field: str, value: object) -> None:
        card = self.card()
        if card is None:
            return
        if field == "title" and not str(value).strip():
            self.show_message(self.tr("Een kaart heeft een titel nodig; de oude titel blijft staan."))
            return
        self.show_message("")
        self.ctx.run(kk.edit_card, self.ctx.session, card, merge_key=f"card.{card.id}.{field}", **{field: value})

    def _tags_edited(self, value: str) -> None:
        self._save("tags", [t.strip() for t in value.split(",") if t.strip()])

    def _dots(self, delta: int) -> None:
        card = self.card()
        if card is not None:
            self.ctx.run(kk.add_dots, self.ctx.session, card, delta)

    def show_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # ---------------------------------------------------------------- photos
    def choose_photo(self) -> None:
        if self.card() is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Foto kiezen"), str(Path.home()), self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if name:
            self.add_photo_file(Path(name))

    def add_photo_file(self, path: Path) -> bool:
        """Store a picture file with the card; a clear message when it is not a picture."""
        card = self.card()
        if card is None:
            return False
        try:
            data = path.read_bytes()
        except OSError:
            self.show_message(self.tr("Het bestand kan niet worden gelezen."))
            return False
        if len(data) <= kk.MAX_PICTURE_BYTES and QImage.fromData(data).isNull():
            self.show_message(self.tr("Dit bestand is geen foto die Kernkracht kan tonen (png, jpg, gif of webp)."))
            return False
        self.show_message("")
        mime = MIME.get(path.suffix.lower(), "image/png")
        self.ctx.run(kk.add_photo, self.ctx.session, card, data, mime, say=self.show_message)
        return self.ctx.last_refusal is None

    def remove_photo(self) -> None:
        card, item = self.card(), self.photos.currentItem()
        if card is not None and item is not None:
            self.ctx.run(kk.remove_photo, self.ctx.session, card, item.data(Qt.ItemDataRole.UserRole))

    # ---------------------------------------------------------------- showing
    def show_card(self, card_id: str) -> None:
        self.card_id = card_id
        self._fill(force=True)

    def refresh(self, event: ChangeEvent) -> None:
        if event.touches("asset_card") and (event.origin != "do" or self.card_id in event.ids or not self.card()):
            self._fill(force=False)

    def _fill(self, force: bool) -> None:
        card = self.card()
        self.form_widget.setEnabled(card is not None)
        if card is None:
            self.card_id = ""
            self.heading.setText(self.tr("Kies een kaart op het bord om de details te zien."))
            for w in (self.title, self.holder, self.contact, self.tags, self.crown_reason):
                w.clear()
            self.description.set_text("")
            self.photos.clear()
            self.dots.setText("")
            return
        self.heading.setText(f"{card.number}. {card.title[:200]}")
        for widget, value in (
            (self.title, card.title),
            (self.holder, card.holder),
            (self.contact, card.contact),
            (self.crown_reason, card.crown_reason),
        ):
            if widget.text() != value:
                pos = widget.cursorPosition()
                widget.setText(value)
                widget.setCursorPosition(min(pos, len(value)))
        tags = ", ".join(card.tags)
        current_tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if current_tags != card.tags:  # keep a half-typed ", " while typing
            self.tags.setText(tags)
        self.description.set_text(card.description)
        self.hhh.setCurrentIndex(max(0, self.hhh.findData(card.hhh)))
        self.hhh.setEnabled(card.category == "gaven" or bool(card.hhh))
        self.consent.setChecked(card.contact_consent)
        self.contact.setEnabled(card.contact_consent)
        self.crown.setChecked(card.crown)
        self.dots.setText(self.tr("{0} stippen").format(card.dots) if card.dots != 1 else self.tr("1 stip"))
        shown = [self.photos.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.photos.count())]
        if force or shown != card.photos:
            self.photos.clear()
            for blob_id in card.photos:
                image = QImage.fromData(self.ctx.blob(blob_id) or b"")
                item = QListWidgetItem(
                    QIcon(
                        QPixmap.fromImage(
                            image.scaled(
                                88, 88, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                            )
                        )
                    )
                    if not image.isNull()
                    else QIcon(),
                    "",
                )
                item.setData(Qt.ItemDataRole.UserRole, blob_id)
                item.setToolTip(self.tr("Foto"))
                self.photos.addItem(item)
        self.remove_photo_button.setEnabled(bool(card.photos))

    def enter(self) -> None:
        """Keyboard focus into the details (Ctrl+D or Enter on a card)."""
        if self.card() is not None:
            self.title.setFocus()
            self.title.selectAll()

    def _leave(self) -> None:
        self.ctx.session.seal()
        self.leave.emit()
