"""The idea diagram wraps card titles over up to three lines in boxes that fit the widget."""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from facilitator.domain import krachtenkaart as kk
from facilitator.ui.steps.krachtenkaart.idea_widgets import MAX_LINES, IdeaDiagram, wrap
from tests.ui.krachtenkaart_helpers import open_board


def test_wrap_breaks_at_spaces_cuts_long_words_and_ends_in_an_ellipsis(qapp):
    metrics = QFontMetricsF(QApplication.font())
    width = metrics.horizontalAdvance("Fatima kookt voor") + 1
    lines = wrap("3. Fatima kookt voor grote groepen", metrics, width, 3)
    assert lines[0] == "3. Fatima kookt" and " ".join(lines) == "3. Fatima kookt voor grote groepen"
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap("", metrics, width, 3) == [""]
    long = wrap("Heel " * 1000 + "<b>&", metrics, width, 3)
    assert len(long) == 3 and long[-1].endswith("…")
    word = wrap("Dorpsbelangenverenigingsvergaderingsnotulen", metrics, 60, 3)
    assert 1 < len(word) <= 3 and all(metrics.horizontalAdvance(line) <= 60 for line in word)
    assert wrap("🎉 feest 🎉", metrics, width, 3) == ["🎉 feest 🎉"]


def test_diagram_shows_whole_titles_in_boxes_that_stay_inside_and_apart(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    titles = ["Fatima kookt voor grote groepen", "Leegstaande pastorie", "Zorgboerderij De Vaartkant"]
    cards = [kk.add_card(s, t, "gaven") for t in titles]
    idea = kk.connect(s, cards, "Dorpskeuken in de pastorie")
    diagram = IdeaDiagram(window.context)
    qtbot.addWidget(diagram)
    diagram.resize(540, 280)
    diagram.show_idea(idea.id)
    layout = diagram.layout_boxes(idea.title, [f"{c.number}. {c.title}" for c in cards])
    # nothing cut: every word of every title is shown
    assert " ".join(layout.title) == "Dorpskeuken in de pastorie"
    for card, (_rect, lines) in zip(cards, layout.cards, strict=True):
        assert " ".join(lines) == f"{card.number}. {card.title}" and len(lines) <= MAX_LINES
    boxes = [layout.centre] + [rect for rect, _ in layout.cards]
    area = diagram.rect().toRectF()
    for i, a in enumerate(boxes):
        assert area.contains(a)
        assert all(not a.intersects(b) for b in boxes[i + 1 :])
    assert layout.centre.width() > 150  # bigger than the old one-line boxes
    # a huge title is cut after three lines; a low widget gets fewer lines rather than overlaps
    huge = kk.add_card(s, "Heel lang " * 500, "plekken")
    layout = diagram.layout_boxes("Idee", [f"{huge.number}. {huge.title}"] * 3)
    assert len(layout.cards[0][1]) == 3 and layout.cards[0][1][-1].endswith("…")
    diagram.setMinimumHeight(0)
    diagram.resize(540, 150)
    layout = diagram.layout_boxes("Idee", [f"{huge.number}. {huge.title}"] * 3)
    assert len(layout.cards[0][1]) < 3
    diagram.grab()  # paints without errors
    window.close()
    assert page is not None


def test_idea_list_shows_the_name_bold_and_wraps_the_cards_under_it(qtbot, library, open_window):
    path = library.create("Ees")
    window, page = open_board(open_window, path)
    s = window.context.session
    cards = [kk.add_card(s, f"Kaart met een lange titel nummer {i}", "gaven") for i in range(6)]
    kk.connect(s, cards[:2], "Kort")
    kk.connect(s, cards, "Lang <b>&</b> 🌻")
    page.tabs.setCurrentWidget(page.ideas)
    view = page.ideas.list
    qtbot.waitUntil(lambda: view.count() == 2)
    delegate = view.itemDelegate()
    short, long = (view.visualItemRect(view.item(i)) for i in range(2))
    assert long.height() > short.height()  # six card names wrap over more lines than two
    assert view.item(1).text().startswith("Lang <b>&</b> 🌻\n    ")  # the text itself is unchanged
    title, names = delegate._parts(view.model().index(1, 0))
    assert title == "Lang <b>&</b> 🌻" and names.startswith("1. Kaart")
    assert not view.grab().toImage().isNull()
    window.close()
