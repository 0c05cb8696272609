"""Long Dutch words in narrow card columns break at a syllable with a hyphen, not at a random letter."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF

from facilitator.ui.common.widgets import SHY, hyphen_points, hyphenable
from facilitator.ui.steps.eigenaarschap.board import breakable
from facilitator.ui.steps.krachtenkaart.card_delegate import wrapped


def split(word: str) -> str:
    points = hyphen_points(word)
    return "-".join(word[a:b] for a, b in zip([0, *points], [*points, len(word)], strict=True))


def test_break_points_fall_between_syllables():
    assert split("Woningcorporatie") == "Wo-ning-cor-po-ra-tie"
    assert split("Vaartklanken") == "Vaart-klan-ken"
    assert split("Basisschool") == "Ba-sis-school"
    assert split("Hoofdstraat") == "Hoofd-straat"
    assert split("Dorpsplein") == "Dorps-plein"
    assert split("Energiecoöperatie") == "Ener-gie-coö-pe-ra-tie"
    assert split("abc") == "abc" and split("") == "" and split("🌻🌻🌻🌻🌻") == "🌻🌻🌻🌻🌻"


def test_only_words_too_wide_get_soft_hyphens():
    assert hyphenable("Koor Vaartklanken", len, 20) == "Koor Vaartklanken"
    assert hyphenable("Koor Vaartklanken", len, 6) == f"Koor Vaart{SHY}klan{SHY}ken"


def test_card_titles_break_with_a_visible_hyphen(qapp):
    font = QFont(qapp.font())
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance("Woningcorpo") + 2
    lines = wrapped("Woningcorporatie Waddenwonen", font, width, 3)
    assert lines[0].endswith("-") and SHY not in "".join(lines)
    assert "".join(lines).replace("-", "").replace(" ", "") == "WoningcorporatieWaddenwonen"
    # the same title in a wide column has no hyphens at all
    assert wrapped("Woningcorporatie Waddenwonen", font, 1000, 3) == ["Woningcorporatie Waddenwonen"]
    # the Eigenaarschap board uses the same break points
    fm = QFontMetrics(font)
    assert (
        breakable("Energiecoöperatie", fm, fm.horizontalAdvance("Energie"))
        == f"Ener{SHY}gie{SHY}coö{SHY}pe{SHY}ra{SHY}tie"
    )
