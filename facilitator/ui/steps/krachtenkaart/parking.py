"""The parkeerplaats on the board: the menu that takes a parked worry up as a theme, an idea or an action.

Ctrl+Shift+P on a card of the parkeerplaats opens it at the card; each choice is one
domain operation (:func:`facilitator.domain.parking.take_up`), so Ctrl+Z undoes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QMenu

from ....domain import krachtenkaart as kk
from ....domain import parking

if TYPE_CHECKING:
    from .page import KrachtenkaartPage


def choices() -> list[tuple[str, str, str]]:
    """(target, menu text, message afterwards) for each way to take a worry up."""
    return [
        (
            "theme",
            QCoreApplication.translate("Krachtenkaart", "Als &thema op de agenda"),
            QCoreApplication.translate("Krachtenkaart", "„{0}” staat als thema op de agenda (Voorbereiding)."),
        ),
        (
            "idea",
            QCoreApplication.translate("Krachtenkaart", "Als &idee om op te stemmen"),
            QCoreApplication.translate("Krachtenkaart", "„{0}” staat als idee bij het Actieplan."),
        ),
        (
            "action",
            QCoreApplication.translate("Krachtenkaart", "Als &actie"),
            QCoreApplication.translate("Krachtenkaart", "„{0}” staat als actie in het Actieplan."),
        ),
    ]


def take_up_menu(page: KrachtenkaartPage, card: kk.AssetCard) -> QMenu:
    """The menu at the card; choosing runs the domain operation and says where the worry went."""
    menu = QMenu(page)
    menu.setObjectName("takeUpMenu")
    menu.setTitle(QCoreApplication.translate("Krachtenkaart", "Zorg oppakken"))
    for target, text, said in choices():
        action = menu.addAction(text)
        action.setData(target)
        action.triggered.connect(lambda _=False, t=target, m=said: _take_up(page, card, t, m))
    view = page.board.columns[card.category].view
    row = view.column_model().row_of(card.id)
    if row >= 0:
        rect = view.visualRect(view.column_model().index(row, 0))
        menu.popup(view.viewport().mapToGlobal(rect.center()))
    else:
        menu.popup(QCursor.pos())
    return menu


def _take_up(page: KrachtenkaartPage, card: kk.AssetCard, target: str, said: str) -> None:
    made = page.ctx.run(parking.take_up, page.ctx.session, card, target)
    if made is not None:
        page.board.show_message(
            said.format(card.title) + " " + QCoreApplication.translate("Krachtenkaart", "Ctrl+Z maakt het ongedaan.")
        )
