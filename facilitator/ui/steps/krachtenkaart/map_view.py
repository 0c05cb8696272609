"""De kaart: the Krachtenkaart's cards as pins on a picture of the village.

``MapPanel(ctx, parent)`` is the "Plattegrond" tab of the Krachtenkaart page. The facilitator
chooses a map picture (stored inside the session file), drags cards from the list of
cards without a pin onto it, moves pins, and makes new cards on an empty spot. Every
change is one domain operation (one undo step); the pins are redrawn from the change
event, so undo, redo and other views all end up in the same picture.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....domain import krachtenkaart as kk
from ....domain.changes import ChangeEvent
from ...common.colors import tone
from ...common.icons import icon
from ...common.pictures import PictureDecoder, PictureError, decodes_quickly, display_pixmap, read_picture
from ...session.context import SessionContext
from .map_cards import CardList, NewCardDialog
from .map_scene import MAX_ZOOM, MIN_ZOOM, MapView

STEP_ID = "krachtenkaart"
#: a change touching more cards than this (a big undo) redraws the whole panel at once
INCREMENTAL = 20


class MapPanel(QWidget):
    """The map picture with pins, zoom controls, and the cards that have no pin yet."""

    def __init__(self, ctx: SessionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mapPanel")
        self.colors = {c["id"]: c["color"] for c in kk.categories(ctx.language)}
        self.icons = {cat: icon("mdi6.circle", color) for cat, color in self.colors.items()}
        #: changes came in while hidden: the lists and pins are redrawn when the panel is shown
        self.stale = True
        #: how often the whole panel was redrawn (tests check that a hidden panel does no work)
        self.reloads = 0
        self._pending_focus = ""
        self.new_card_dialog: NewCardDialog | None = None
        self.message: QMessageBox | None = None
        self._blob_id = ""
        #: a large map picture is being decoded in a worker (see PictureDecoder)
        self.loading = False
        self.decoder = PictureDecoder(self)
        self.decoder.decoded.connect(self._picture_decoded)
        self._following = False

        self.view = MapView(self)
        self.view.setAccessibleName(self.tr("Plattegrond van het dorp"))
        self._no_map_text = self.tr(
            "Nog geen plattegrond. Kies met ‘Plattegrond kiezen…’ een PNG- of JPEG-afbeelding van het dorp."
        )
        self.empty = QLabel(self._no_map_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {tone(self, 'hint')}; font-size: 14pt; padding: 24px;")

        self.choose = QPushButton(icon("mdi6.map-outline"), self.tr("Plattegrond &kiezen…"))
        self.choose.clicked.connect(self.choose_picture)
        self.new_here = QPushButton(icon("mdi6.map-marker-plus-outline"), self.tr("&Nieuwe kaart hier"))
        self.new_here.setCheckable(True)
        self.new_here.setToolTip(self.tr("Klik daarna op een lege plek van de plattegrond (of dubbelklik altijd)"))
        self.new_here.toggled.connect(self._set_new_mode)
        self.zoom_out = self._tool(
            "mdi6.magnify-minus-outline", self.tr("Uitzoomen (−)"), lambda: self.view.zoom_by(0.8)
        )
        self.zoom_in = self._tool("mdi6.magnify-plus-outline", self.tr("Inzoomen (+)"), lambda: self.view.zoom_by(1.25))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(self.tr("Zoom"))
        self.slider.setRange(int(MIN_ZOOM * 100), int(MAX_ZOOM * 100))
        self.slider.setMaximumWidth(180)
        self.slider.valueChanged.connect(lambda v: self.view.set_zoom(v / 100))
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        self.fit = QPushButton(icon("mdi6.fit-to-screen-outline"), self.tr("&Passend"))
        self.fit.clicked.connect(self.view.fit)
        side = self.fit.sizeHint().height()
        for button in (self.zoom_out, self.zoom_in):  # as tall as the buttons beside them
            button.setFixedSize(side, side)
        bar = QHBoxLayout()
        for w in (self.choose, self.new_here):
            bar.addWidget(w)
        bar.addStretch(1)
        for control in (self.zoom_out, self.slider, self.zoom_in, self.zoom_label, self.fit):
            bar.addWidget(control)

        self.unpinned = CardList(self.tr("Kaarten zonder speld"))
        self.unpinned.setObjectName("unpinnedCards")
        self.unpinned.itemActivated.connect(lambda _item: self.pin_current_at_centre())
        self.pinned = CardList(self.tr("Kaarten op de plattegrond"))
        self.pinned.setObjectName("pinnedCards")
        self.pinned.setDragEnabled(False)
        self.pinned.currentItemChanged.connect(self._pinned_row_changed)
        self.unpinned_label = QLabel()
        self.unpinned_label.setBuddy(self.unpinned)
        self.pinned_label = QLabel()
        self.pinned_label.setBuddy(self.pinned)
        hint = QLabel(self.tr("Sleep een kaart op de plattegrond, of kies hem en druk op Enter."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {tone(self, 'hint')};")
        side_box = QVBoxLayout()
        for part in (self.unpinned_label, hint, self.unpinned, self.pinned_label, self.pinned):
            side_box.addWidget(part)
        side_widget = QWidget()
        side_widget.setLayout(side_box)
        side_widget.setFixedWidth(300)

        left = QVBoxLayout()
        left.addLayout(bar)
        left.addWidget(self.view, 1)
        left.addWidget(self.empty, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side_widget)

        self.unpin_action = QAction(self.tr("Speld &weghalen"), self)
        self.unpin_action.triggered.connect(lambda: self.unpin(self.view.selected_id() or self.pinned.current_id()))
        self.pinned.addAction(self.unpin_action)
        self.unpin_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.unpin_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.pinned.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.view.pin_moved.connect(self._pin)
        self.view.pin_nudged.connect(self._nudge)
        ctx.focus_changed.connect(self._follow)
        self.view.card_dropped.connect(self._pin)
        self.view.spot_clicked.connect(self.ask_new_card)
        self.view.unpin_requested.connect(self.unpin)
        self.view.pin_selected.connect(self._pin_selected)
        self.view.zoomed.connect(self._show_zoom)
        ctx.changed.connect(self.refresh)

    def _tool(self, name: str, tip: str, slot) -> QToolButton:
        button = QToolButton()
        button.setIcon(icon(name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------ drawing
    def refresh(self, event: ChangeEvent) -> None:
        """Hidden: only remember to redraw (fast capture on the board must not pay for the map).
        Shown: redraw only the cards the change touched, or everything after undo of many or reload."""
        if not event.touches("map_picture", "asset_card"):
            return
        if not self.isVisible():
            self.stale = True
        elif self.stale or event.origin == "reload" or "map_picture" in event.kinds or len(event.ids) > INCREMENTAL:
            self.reload()
        else:
            for card_id in event.ids:
                self._update_card(card_id)
            self._count()

    def showEvent(self, event) -> None:
        if self.stale:
            self.reload()
        super().showEvent(event)

    def _update_card(self, card_id: str) -> None:
        card = self._card(card_id)
        if card is None:  # removed (or not a card at all: batches mix kinds)
            for widget in (self.unpinned, self.pinned):
                widget.drop(card_id)
            self.view.drop_pin(card_id)
            return
        shown, hidden = (self.pinned, self.unpinned) if card.pinned else (self.unpinned, self.pinned)
        hidden.drop(card_id)
        shown.put(card, self.icons)
        if card.pinned and self.view.has_picture():
            self.view.put_pin(card, self.colors.get(card.category, "#666666"))
        else:
            self.view.drop_pin(card_id)

    def _count(self) -> None:
        self.unpinned_label.setText(self.tr("&Zonder speld ({0})").format(self.unpinned.total()))
        self.pinned_label.setText(self.tr("&Op de plattegrond ({0})").format(self.pinned.total()))

    def reload(self) -> None:
        """Redraw the picture, every pin and both lists from the session."""
        self.stale = False
        self.reloads += 1
        session = self.ctx.session
        pic = kk.map_picture(session)
        blob_id = pic.blob_id if pic else ""
        if blob_id != self._blob_id:
            self._blob_id = blob_id
            data = self.ctx.blob(blob_id)
            self.loading = bool(data) and not decodes_quickly(data or b"")
            if self.loading:
                self.view.set_pixmap(QPixmap())
                self.decoder.request(blob_id, data or b"")
            else:
                self.view.set_pixmap(display_pixmap(data))
                self.view.fit()
        cards = sorted(kk.cards(session), key=lambda c: c.number)
        on_map = self._show_map(pic is not None, cards)
        self.unpinned.fill([c for c in cards if not c.pinned], self.icons)
        self.pinned.fill(on_map, self.icons)
        self._count()
        if self._pending_focus:
            card_id, self._pending_focus = self._pending_focus, ""
            self._follow(STEP_ID, card_id)

    def _show_map(self, has_record: bool, cards: list[kk.AssetCard]) -> list[kk.AssetCard]:
        """The picture or the words in its place, the map tools, and the pins; returns the pinned cards."""
        has_map = self.view.has_picture()
        self.view.setVisible(has_map)
        self.empty.setVisible(not has_map)
        if self.loading:
            self.empty.setText(self.tr("De plattegrond wordt geladen…"))
        elif has_record and not has_map:
            self.empty.setText(
                self.tr("De plattegrond in dit bestand kan niet getoond worden. Kies de plattegrond opnieuw.")
            )
        else:
            self.empty.setText(self._no_map_text)
        for w in (self.new_here, self.zoom_in, self.zoom_out, self.slider, self.fit):
            w.setEnabled(has_map)
        on_map = [c for c in cards if c.pinned]
        self.view.set_pins([(c, self.colors.get(c.category, "#666666")) for c in on_map] if has_map else [])
        return on_map

    def _picture_decoded(self, blob_id: str, image: QImage) -> None:
        if blob_id != self._blob_id or not self.loading:
            return  # another picture was chosen (or the choice undone) meanwhile
        self.loading = False
        self.view.set_pixmap(QPixmap.fromImage(image) if not image.isNull() else QPixmap())
        self.view.fit()
        cards = sorted(kk.cards(self.ctx.session), key=lambda c: c.number)
        self._show_map(kk.map_picture(self.ctx.session) is not None, cards)

    def _show_zoom(self, factor: float) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(round(factor * 100))
        self.slider.blockSignals(False)
        self.zoom_label.setText(f"{round(factor * 100)}%")

    # ------------------------------------------------------------ actions
    def choose_picture(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Plattegrond van het dorp kiezen"),
            str(Path.home()),
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if name:
            self.load_picture(Path(name))

    def load_picture(self, path: Path) -> bool:
        """Check the file and store it as the map picture; a bad file only gives a message."""
        try:
            picture = read_picture(path)
        except PictureError as exc:
            self._warn(str(exc))
            return False
        result = self.ctx.run(
            kk.set_map_picture,
            self.ctx.session,
            picture.data,
            picture.mime,
            picture.width,
            picture.height,
            picture.name,
        )
        return result is not None

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Plattegrond niet geladen"), text, QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("mapPictureError")
        self.message = box
        box.open()

    def _card(self, card_id: str) -> kk.AssetCard | None:
        return self.ctx.session.get(kk.AssetCard, card_id)

    def _pin(self, card_id: str, x: float, y: float) -> None:
        card = self._card(card_id)
        if card is not None:
            self.ctx.run(kk.pin_card, self.ctx.session, card, x, y)

    def _nudge(self, card_id: str, x: float, y: float) -> None:
        card = self._card(card_id)
        if card is not None:
            self.ctx.run(kk.pin_card, self.ctx.session, card, x, y, merge_key=f"nudge-pin-{card_id}")

    def _follow(self, step_id: str, card_id: str) -> None:
        """Another view selected a card: show its pin, if it has one."""
        if step_id == STEP_ID and self.stale:
            self._pending_focus = card_id  # the pins are out of date until the panel is shown
        elif step_id == STEP_ID and card_id != self.view.selected_id() and card_id in self.view.pins:
            self._following = True  # no echo back to the view that asked
            try:
                self.view.select(card_id, centre=True)
            finally:
                self._following = False

    def pin_current_at_centre(self) -> None:
        """Keyboard way to pin: Enter on a card in the list pins it in the middle of what is shown."""
        card = self._card(self.unpinned.current_id())
        if card is None or not self.view.has_picture():
            return
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        self._pin(card.id, *self.view.fraction(centre))
        self.view.select(card.id)
        self.view.setFocus()

    def unpin(self, card_id: str) -> None:
        card = self._card(card_id)
        if card is not None and card.pinned:
            self.ctx.run(kk.unpin_card, self.ctx.session, card)

    def _set_new_mode(self, on: bool) -> None:
        self.view.new_card_mode = on
        self.view.setDragMode(MapView.DragMode.NoDrag if on else MapView.DragMode.ScrollHandDrag)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor)

    def ask_new_card(self, x: float, y: float) -> None:
        dialog = NewCardDialog(self.ctx.language, self)
        self.new_card_dialog = dialog

        def make() -> None:
            self.new_here.setChecked(False)
            card = self.ctx.run(
                kk.add_pinned_card, self.ctx.session, dialog.title.text(), dialog.category.currentData(), x, y
            )
            if card is not None:
                self.view.select(card.id)

        dialog.accepted.connect(make)
        dialog.open()
        dialog.title.setFocus()

    def _context_menu(self, pos) -> None:
        pin = self.view.pin_at(pos)
        menu = QMenu(self)
        if pin is not None:
            self.view.select(pin.card.id)
            menu.addAction(self.unpin_action)
        elif self.view.on_picture(self.view.mapToScene(pos)):
            x, y = self.view.fraction(self.view.mapToScene(pos))
            menu.addAction(self.tr("Nieuwe kaart hier…"), lambda: self.ask_new_card(x, y))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _pin_selected(self, card_id: str) -> None:
        if card_id:
            if not self._following:
                self.ctx.focus_changed.emit(STEP_ID, card_id)
            row = self.pinned.row_of(card_id)
            if row >= 0:
                self.pinned.blockSignals(True)
                self.pinned.setCurrentRow(row)
                self.pinned.blockSignals(False)

    def _pinned_row_changed(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        if item is not None:
            self.view.select(str(item.data(Qt.ItemDataRole.UserRole)), centre=True)


def map_for_shots(context: SessionContext) -> MapPanel:
    """``main.py shots``: a map panel with the meeting's pins, for ``ui/shots.py`` to size and grab."""
    return MapPanel(context)
