"""Long Dutch words in narrow card columns break at a syllable with a hyphen, not at a random letter."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QListView

from facilitator.domain import hyphenation
from facilitator.domain import krachtenkaart as kk
from facilitator.domain.hyphenation import SHY
from facilitator.ui.common import widgets
from facilitator.ui.common.widgets import hyphen_points, hyphenable
from facilitator.ui.steps.eigenaarschap.board import breakable
from facilitator.ui.steps.krachtenkaart import card_delegate
from facilitator.ui.steps.krachtenkaart.board_model import CARD_ROLE
from facilitator.ui.steps.krachtenkaart.card_delegate import CardDelegate, wrapped


def split(word: str) -> str:
    points = hyphen_points(word)
    return "-".join(word[a:b] for a, b in zip([0, *points], [*points, len(word)], strict=True))


def test_break_points_fall_between_syllables():
    assert split("Woningcorporatie") == "Wo-ning-cor-po-ra-tie"
    assert split("Basisschool") == "Ba-sis-school"
    assert split("Dorpsplein") == "Dorps-plein"
    # the words the hand-written rule got wrong ("Hui-sart-sen", "Kin-de-rop-vang", "Wij-ka-gent")
    assert split("Huisartsen") == "Huis-art-sen"
    assert split("Kinderopvang") == "Kin-der-op-vang"
    assert split("Wijkagent") == "Wijk-agent"
    assert split("abc") == "abc" and split("") == "" and split("🌻🌻🌻🌻🌻") == "🌻🌻🌻🌻🌻"


def test_no_break_point_beside_a_hyphen_the_word_has():
    word = "dorpsvisie-werkgroep"
    assert all(word[k - 1] != "-" and word[k] != "-" for k in hyphen_points(word))
    assert split(word) == "dorps-vi-sie-werk-groep"


def test_a_title_wrapping_at_its_own_hyphen_shows_one_hyphen(qapp):
    font = QFont(qapp.font())
    metrics = QFontMetricsF(font)
    title = "Werkgroep dorpsvisie-werkgroepleden"
    width = metrics.horizontalAdvance("dorpsvisie-werk") + 1
    lines = wrapped(title, font, width, 4)
    assert not any("--" in line for line in lines), lines
    assert any(line.endswith("dorpsvisie-") for line in lines), lines


def test_only_words_too_wide_get_soft_hyphens():
    assert hyphenable("Koor Vaartklanken", len, 20) == "Koor Vaartklanken"
    assert hyphenable("Koor Vaartklanken", len, 6) == f"Koor Vaart{SHY}klan{SHY}ken"


def test_card_titles_break_with_a_visible_hyphen(qapp, qtbot):
    font = QFont(qapp.font())
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance("Woningcorpo") + 2
    wrapped("Woningcorporatie Waddenwonen", font, width, 3)  # reads the dictionary if not read yet
    qtbot.waitUntil(hyphenation.loaded)
    QApplication.processEvents()  # its arrival clears the titles wrapped without it
    lines = wrapped("Woningcorporatie Waddenwonen", font, width, 3)
    assert lines[0].endswith("-") and SHY not in "".join(lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == "WoningcorporatieWaddenwonen"
    # the same title in a wide column has no hyphens at all
    assert wrapped("Woningcorporatie Waddenwonen", font, 1000, 3) == ["Woningcorporatie Waddenwonen"]
    # the Eigenaarschap board uses the same break points
    fm = QFontMetrics(font)
    assert (
        breakable("Energiecoöperatie", fm, fm.horizontalAdvance("Energie"))
        == f"Ener{SHY}gie{SHY}co{SHY}ö{SHY}pe{SHY}ra{SHY}tie"
    )


def test_the_first_paint_of_a_card_does_not_wait_for_the_dictionary(qtbot, monkeypatch):
    """Issue 17: reading the dictionary held the first paint 0.3 s. The tile is painted at once
    (a long word broken anywhere), the dictionary is read in a worker after that paint, and the
    tile is painted again with the word broken at a syllable."""
    hyphenation._dictionary.cache_clear()
    monkeypatch.setattr(widgets, "_ready", None)
    card_delegate._WRAPPED.clear()
    title = "Woningcorporatie Waddenwonen"
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(kk.AssetCard(title=title, category="instellingen", number=1), CARD_ROLE)
    model.appendRow(item)
    view = QListView()
    view.setItemDelegate(CardDelegate({"instellingen": "#cfe3ff"}, view))
    view.setModel(model)
    qtbot.addWidget(view)
    font = view.font()
    view.resize(int(QFontMetricsF(font).horizontalAdvance("Woningcorpo")) + 40, 120)
    view.show()
    qtbot.waitExposed(view)
    before = view.grab().toImage()
    assert not hyphenation.loaded()  # painted without it
    inner = view.viewport().width() - 6 - 16  # the tile's text width (card_delegate.paint)
    qtbot.waitUntil(hyphenation.loaded, timeout=10_000)
    qtbot.waitUntil(lambda: not card_delegate._WRAPPED)  # its arrival dropped the titles wrapped without it
    lines = wrapped(title, font, inner, 3)
    assert lines[0].endswith("-") and lines[0].rstrip("-") in (
        "Wo",
        "Woning",
        "Woningcor",
        "Woningcorpo",
        "Woningcorpora",
    )
    qtbot.waitUntil(lambda: view.grab().toImage() != before)  # painted again, with the break at a syllable
