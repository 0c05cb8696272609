"""Map panel cost of one card edit with 1,000 cards: hidden (only marks itself stale), shown
(updates the touched card), next to a full redraw of the panel measured in the same run.
Run with ``-s`` to see the figures. Only very loose bounds are asserted."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.session import Session
from facilitator.ui.session.context import SessionContext
from facilitator.ui.steps.krachtenkaart.map_view import MapPanel

CARDS = 1000
EDITS = 20


pytestmark = pytest.mark.benchmark


def median_ms(fn) -> float:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    times = []
    for i in range(EDITS):
        start = time.perf_counter()
        fn(i)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def test_one_card_edit_hidden_shown_and_full_redraw(qtbot, tmp_path, report):
    session = Session()
    ids = kk.category_ids()
    cards = [
        kk.AssetCard(
            title=f"Kaart {i} met een titel", category=ids[i % 6], number=i + 1, position=float(i),
            pinned=i % 2 == 0, pin_x=(i % 37) / 37, pin_y=(i % 23) / 23,
        )
        for i in range(CARDS)
    ]  # fmt: skip
    session.add(*cards, label="vullen")
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#cfe3c0"))
    image.save(str(tmp_path / "dorp.png"))
    ctx = SessionContext(session)
    panel = MapPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.load_picture(tmp_path / "dorp.png")

    def edit(i: int) -> None:
        card = session.get(kk.AssetCard, cards[i].id)
        kk.edit_card(session, card, title=f"Kaart {i} nieuw {time.perf_counter()}")

    full = median_ms(lambda _i: panel.reload())
    reloads = panel.reloads
    shown = median_ms(edit)
    assert panel.reloads == reloads  # shown: touched cards only
    panel.hide()
    hidden = median_ms(edit)
    assert panel.reloads == reloads and panel.stale
    print(
        f"\nKaartpaneel, 1.000 kaarten, één kaart gewijzigd: zichtbaar {shown:.2f} ms, verborgen {hidden:.2f} ms; "
        f"volledig hertekenen {full:.1f} ms (verhouding zichtbaar/volledig {shown / full:.2f})"
    )
    ctx.detach()
    assert report("map_panel_edit_shown_vs_full_redraw_ms", shown, full) < 2  # an edit never costs a full redraw
