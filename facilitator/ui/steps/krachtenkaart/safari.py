"""Wijksafari: capture what you find while walking through the village, on a tablet.

Large touch targets (at least 48 px), large text, one screen: a title, a category and a
kind of observation as big toggle buttons, an optional description, a photo and a pin
tapped on a small copy of the map. "Vastleggen" (Enter) stores it all as one undo step
and clears the form for the next find. Everything works from the keyboard as well:
Ctrl+1…6 choose the category, Alt+1…6 the kind of observation, arrow keys move the pin.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .... import content
from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...common.colors import tone
from ...common.icons import icon
from ...common.pictures import PictureError, PictureFile, decode, display_pixmap, read_picture
from ...session.context import SessionContext
from .pin_picker import PinPicker

TOUCH = 52


class SafariDialog(QDialog):
    """The wijksafari capture form (big controls for walking with a tablet)."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("safariDialog")
        self.setWindowTitle(self.tr("Wijksafari: vastleggen wat u tegenkomt"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.setFont(font)
        self.photo: PictureFile | None = None
        self._last_card = ""

        self.title = QLineEdit()
        self.title.setObjectName("safariTitle")
        self.title.setAccessibleName(self.tr("Titel"))
        self.title.setPlaceholderText(self.tr("Wat ziet u? Bijvoorbeeld: bankje met uitzicht op de Vaart"))
        self.title.setMaxLength(kk.MAX_TITLE)
        self.title.setMinimumHeight(TOUCH)
        self.categories = QButtonGroup(self)
        cat_grid = QGridLayout()
        for i, cat in enumerate(kk.categories(ctx.language)):
            short = content.text(cat.get("short", cat["label"]), ctx.language)
            button = self._toggle(short, cat["id"], self.categories, cat["color"], f"Ctrl+{i + 1}")
            button.setToolTip(f"{cat['name']} (Ctrl+{i + 1})")
            cat_grid.addWidget(button, i // 3, i % 3)
        self.observations = QButtonGroup(self)
        self.observations.setExclusive(False)  # none chosen is allowed: the kind is optional
        self.observations.buttonToggled.connect(self._one_observation)
        obs_grid = QGridLayout()
        for i, obs in enumerate(content.load("categories").get("observations", [])):
            label = content.text(obs["label"], ctx.language)
            button = self._toggle(label, obs["id"], self.observations, "#455a64", f"Alt+{i + 1}")
            button.setIcon(icon(obs.get("icon", "mdi6.circle-outline"), "#ffffff"))
            button.setIconSize(QSize(24, 24))
            button.setToolTip(f"{label} (Alt+{i + 1})")
            obs_grid.addWidget(button, i // 3, i % 3)
        self.description = QPlainTextEdit()
        self.description.setObjectName("safariDescription")
        self.description.setAccessibleName(self.tr("Beschrijving"))
        self.description.setPlaceholderText(self.tr("Beschrijving (mag leeg blijven)"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.photo_button = self._button(self.tr("&Foto kiezen…"), "mdi6.camera-outline", self.choose_photo)
        self.photo_clear = self._button(self.tr("Foto weg"), "mdi6.close", lambda: self.set_photo(None))
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("safariThumbnail")
        self.thumbnail.setFixedSize(QSize(128, 96))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("QLabel { background: #eee; border: 1px solid #bbb; }")
        self.picker = PinPicker()
        self.picker.setAccessibleName(self.tr("Speld op de plattegrond (tik, of pijltjestoetsen)"))
        self.capture_button = self._button(self.tr("&Vastleggen"), "mdi6.check-bold", self.capture)
        self.capture_button.setObjectName("safariCapture")
        self.capture_button.setDefault(True)
        self.capture_button.setStyleSheet(
            "QPushButton { background: #2e7d32; color: white; font-weight: bold; padding: 0 24px; }"
        )
        self.undo_button = self._button(self.tr("&Ongedaan maken"), "mdi6.undo", self.undo_last)
        self.undo_button.setObjectName("safariUndo")
        self.undo_button.hide()
        self.close_button = self._button(self.tr("&Klaar"), "mdi6.exit-to-app", self.close)
        self.message = QLabel()
        self.message.setObjectName("safariMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(TOUCH)

        photo_row = QHBoxLayout()
        for w in (self.photo_button, self.thumbnail, self.photo_clear):
            photo_row.addWidget(w)
        photo_row.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self._label(self.tr("&Titel"), self.title))
        left.addWidget(self.title)
        left.addSpacing(12)
        left.addWidget(self._label(self.tr("Categorie (Ctrl+1…{0})").format(len(self.categories.buttons()))))
        left.addLayout(cat_grid)
        left.addSpacing(12)
        left.addWidget(self._label(self.tr("Soort waarneming (Alt+1…6)")))
        left.addLayout(obs_grid)
        left.addSpacing(12)
        left.addWidget(self.description)
        left.addLayout(photo_row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._label(self.tr("&Waar? Tik op de plattegrond"), self.picker))
        right.addWidget(self.picker, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.close_button)
        bottom.addWidget(self.capture_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.capture)
        ctx.changed.connect(self._on_changed)
        self._load_map()
        self.resize(1100, 720)

    # ------------------------------------------------------------ building
    def _button(self, text: str, icon_name: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setMinimumHeight(TOUCH)
        button.setIconSize(QSize(24, 24))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _toggle(self, text: str, value: str, group: QButtonGroup, color: str, keys: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setMinimumHeight(TOUCH)
        button.setProperty("value", value)
        button.setAccessibleName(text)
        button.setStyleSheet(
            f"QPushButton {{ background: {color}; color: white; border: 3px solid {color}; border-radius: 8px;"
            f" padding: 4px 10px; font-size: {self.font().pointSizeF():.1f}pt; }}"
            f" QPushButton:checked {{ border: 5px solid #111111; font-weight: bold; }}"
            f" QPushButton:focus {{ border-style: dashed; }}"
        )
        group.addButton(button)
        QShortcut(QKeySequence(keys), self, button.click)
        return button

    def _label(self, text: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold;")
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _one_observation(self, button, checked: bool) -> None:
        if checked:
            for other in self.observations.buttons():
                if other is not button:
                    other.setChecked(False)

    def _load_map(self) -> None:
        pic = kk.map_picture(self.ctx.session)
        self.picker.set_pixmap(display_pixmap(self.ctx.blob(pic.blob_id), 1000) if pic else QPixmap())

    def _on_changed(self, event: ChangeEvent) -> None:
        if event.touches("map_picture"):
            self._load_map()

    # ------------------------------------------------------------ input
    def chosen(self, group: QButtonGroup) -> str:
        button = (
            group.checkedButton() if group.exclusive() else next((b for b in group.buttons() if b.isChecked()), None)
        )
        return str(button.property("value")) if button is not None else ""

    def choose_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Foto kiezen"), str(Path.home()), self.tr("Foto's (*.jpg *.jpeg *.png)")
        )
        if name:
            self.set_photo(Path(name))

    def set_photo(self, path: Path | None) -> bool:
        if path is None:
            self.photo = None
            self.thumbnail.clear()
            return True
        try:
            self.photo = read_picture(path)
        except PictureError as exc:
            self._say(str(exc), error=True)
            return False
        self.thumbnail.setPixmap(
            QPixmap.fromImage(decode(self.photo.data, 256)).scaled(
                self.thumbnail.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.thumbnail.setToolTip(path.name)
        return True

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(
            f"color: {tone(self, 'error')};" if error else f"color: {tone(self, 'success')}; font-weight: bold;"
        )
        self.message.setText(text)

    def capture(self) -> None:
        """Store the find as a card (one undo step), then clear the form for the next one."""
        category = self.chosen(self.categories)
        if not self.title.text().strip():
            self._say(self.tr("Geef de waarneming een titel."), error=True)
            self.title.setFocus()
            return
        if not category:
            self._say(self.tr("Kies een categorie."), error=True)
            self.categories.buttons()[0].setFocus()
            return
        photo = (self.photo.data, self.photo.mime) if self.photo is not None else None
        card = self.ctx.run(
            kk.capture,
            self.ctx.session,
            self.title.text(),
            category,
            self.chosen(self.observations),
            self.description.toPlainText().strip(),
            photo=photo,
            pin=self.picker.pin if not self.picker.pixmap.isNull() else None,
        )
        if card is None:
            return
        said = self.tr("Vastgelegd: #{0} {1}").format(card.number, card.title[:80])
        if kk.is_parked(card) and category != card.category:
            said += " " + self.tr("(een knelpunt: op de parkeerplaats, niet bij de krachten)")
        self._say(said)
        self._last_card = card.id
        self.undo_button.show()
        self.clear()

    def undo_last(self) -> None:
        """A find stored by mistake: take it back, as long as nothing was done after it."""
        session = self.ctx.session
        self.undo_button.hide()
        last = session.get(kk.AssetCard, self._last_card) if self._last_card else None
        if last is None or session.undo_label != "Waarneming vastleggen":
            self._say(
                self.tr("Er is intussen iets anders gewijzigd; gebruik Ongedaan maken in het hoofdvenster."), True
            )
            return
        self.ctx.run(session.undo)
        self._say(self.tr("Weggehaald: #{0} {1}").format(last.number, last.title[:80]))
        self._last_card = ""

    def clear(self) -> None:
        """Empty the form for the next find; the category stays, walks often find several of a kind."""
        self.title.clear()
        self.description.clear()
        for button in self.observations.buttons():
            button.setChecked(False)
        self.set_photo(None)
        self.picker.set_pin(None)
        self.title.setFocus()


def open_safari(ctx: SessionContext, parent: QWidget | None = None) -> SafariDialog:
    """Show the wijksafari form (not modal: the facilitator may look at the map meanwhile)."""
    dialog = SafariDialog(ctx, parent)
    dialog.show()
    dialog.title.setFocus()
    return dialog


def safari_for_shots(context: SessionContext, parent: QWidget) -> SafariDialog:
    """``main.py shots``: the capture form half filled in, for ``ui/shots.py`` to size and grab."""
    from ....paths import resources

    dialog = SafariDialog(context, parent)
    dialog.title.setText(QCoreApplication.translate("SafariDialog", "Bankje met uitzicht op de Vaart"))
    dialog.categories.buttons()[3].setChecked(True)
    dialog.observations.buttons()[0].setChecked(True)
    dialog.picker.set_pin((0.42, 0.7))
    dialog.set_photo(resources() / "data" / "demo" / "ulrum-kaart.png")
    dialog._say(
        QCoreApplication.translate("SafariDialog", "Vastgelegd: #{0} {1}").format(
            33, QCoreApplication.translate("SafariDialog", "Kapotte stoep bij de Kerkweg")
        )
    )
    return dialog
