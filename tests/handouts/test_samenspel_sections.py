"""The handout's Gemeente and Spiegel sections: in meeting order, left out when empty,
hostile text printed as typed, English words in the English handout."""

from __future__ import annotations

from facilitator.domain import actieplan, eigenaarschap, gemeente, scoring, spiegel
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from facilitator.handouts.handout import SECTIONS
from facilitator.handouts.layout import make_styles
from facilitator.handouts.reading import Reader
from facilitator.handouts.sections import gemeente as gemeente_section
from facilitator.handouts.sections import spiegel as spiegel_section
from tests.handouts import pdftext


def test_empty_session_has_neither_section():
    s = Session()
    styles = make_styles()
    assert gemeente_section.build(Reader(s), styles) == []
    assert spiegel_section.build(Reader(s), styles) == []
    text = pdftext.body(handout_bytes(s), skip_cover=False)
    assert "Huiswerk voor de gemeente" not in text and "Spiegel van het collectief" not in text


def test_sections_sit_between_rollen_and_the_action_plan():
    keys = [key for key, _build, _room in SECTIONS]
    assert keys.index("rollen") < keys.index("spiegel") < keys.index("gemeente") < keys.index("actieplan")


def test_gemeente_section_prints_every_part_in_order():
    s = Session()
    activity = eigenaarschap.add_activity(s, "Wensbus naar Winsum", current_type=2, wanted_type=1)
    action = actieplan.add_action(s, "Spreekuur in het dorpshuis")
    gemeente.add_homework(
        s, "start", "Eén loket <b>&</b> 🎉", who="Kernencoördinator", link_kind="action", link_id=action.id
    )
    gemeente.add_homework(s, "stop", "Drie formulieren voor één subsidie")
    scoring.set_score(s, "support", "aanvullen", now=1, wanted=4, group="jongeren")
    gemeente.tick_pitfall(s, "overvragen")
    gemeente.answer_pitfall(s, "overvragen", "Eerst genoeg chauffeurs")
    gemeente.set_mode(s, activity.id, "regelsturing")
    gemeente.answer_plan(s, "killers", "autoritair", "Elk jaar een nieuwe ambtenaar")
    text = pdftext.body(handout_bytes(s))
    order = [
        "Huiswerk voor de gemeente",
        "Hiermee begint de gemeente",
        "Eén loket <b>&</b>",
        "Kernencoördinator",
        "Spreekuur in het dorpshuis",
        "Hiermee stopt de gemeente",
        "Drie formulieren voor één subsidie",
        "Vormen van steun",
        "jongeren",
        "1 → 4",
        "Valkuilen die we herkennen",
        "Overvragen",
        "Eerst genoeg chauffeurs",
        "Welke rol past de gemeente?",
        "Wensbus naar Winsum",
        "Regelsturing",
        "Actieplan vanuit de drie rollen",
        "Autoritaire sturing",
        "Elk jaar een nieuwe ambtenaar",
    ]
    assert pdftext.missing_in_order(text, order) == []
    assert "Overnemen" not in text  # an untouched valkuil is not printed


def test_spiegel_section_prints_values_ways_points_logic_and_expectations():
    s = Session()
    scoring.set_score(s, "values", "tegengeluid", now=2, wanted=5, group="bewoners")
    spiegel.add_way(s, "Alle inwoners", "Een open avond")
    spiegel.action_from_point(s, "ambtenaren", "leefwereld")
    spiegel.set_mark(s, "besluiten", "dorp", 1)
    spiegel.set_mark(s, "besluiten", "gemeente", 5)
    spiegel.add_expectation(s, "gemeente", "Zeg wie namens het dorp praat")
    text = pdftext.body(handout_bytes(s))
    order = [
        "Spiegel van het collectief",
        "Democratische waarden",
        "Ruimte voor",
        "2 → 5",
        "Verantwoording",
        "Alle inwoners",
        "Een open avond",
        "Actiepunten die wij oppakken",
        "Ga erheen en doe mee",
        "In het actieplan: Ga erheen en doe mee",
        "Twee logica's naast elkaar",
        "Besluiten — botst",
        "De gemeente verwacht van het dorp",
        "Zeg wie namens het dorp praat",
    ]
    assert pdftext.missing_in_order(text, order) == []


def test_english_handout_uses_english_words_and_content():
    s = Session()
    gemeente.add_homework(s, "start", "Eén loket")
    spiegel.set_mark(s, "lokaal", "dorp", 1)
    text = pdftext.body(handout_bytes(s, language="en"))
    assert "Homework for the municipality" in text and "The municipality starts doing this" in text
    assert "Two logics side by side" in text and "Area of work" in text
    assert "Huiswerk" not in text


def test_anonymous_handout_blanks_a_participant_named_as_who():
    from facilitator.domain import preparation as prep

    s = Session()
    s.add(prep.Participant(name="Sander Mulder", role="ambtenaar"), label="t")
    gemeente.add_homework(s, "start", "Sander Mulder belt de woningcorporatie", who="Sander Mulder")
    text = pdftext.body(handout_bytes(s, anonymous=True))
    assert "Sander" not in text and "belt de woningcorporatie" in text


def test_worksheets_list_the_content_in_dutch_and_english():
    import io

    from facilitator.handouts import write_worksheet

    out = io.BytesIO()
    write_worksheet("doen-en-laten", out)
    text = pdftext.text(out.getvalue())
    assert "Hiermee begint de gemeente" in text and "Wie in de gemeente" in text
    assert len(pdftext.reader(out.getvalue()).pages) == 1
    out = io.BytesIO()
    write_worksheet("spiegel", out, language="en")
    text = pdftext.text(out.getvalue())
    for words in ("Room for dissent", "Decision making", "Legitimacy", "To whom are we accountable"):
        assert words in text
    assert len(pdftext.reader(out.getvalue()).pages) == 1
