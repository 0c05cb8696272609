"""Words of the worksheets, and the role sets they offer (read from the app's data)."""

from __future__ import annotations

from typing import Any

from .. import content

SHEET_WORDS: dict[str, tuple[str, str]] = {
    "worksheet": ("Kernkracht · werkblad", "Kernkracht · worksheet"),
    "fields": (
        "Plaats / wijk: ______________________   Datum: ____________   Ingevuld door: ______________________",
        "Place / area: ______________________   Date: ____________   Filled in by: ______________________",
    ),
    "fields_filled": (
        "Plaats / wijk: {place} · Datum: {date} · Ingevuld door: ______________________",
        "Place / area: {place} · Date: {date} · Filled in by: ______________________",
    ),
    "inventaris": ("Inventaris wijksafari", "Neighbourhood walk inventory"),
    "inventaris_intro": (
        "Loop de wijk door en noteer wat u tegenkomt: een plek, een persoon, een club, een kans. "
        "Vink per regel één categorie en de soort waarneming aan; zet het nummer ook op de plattegrond en bij de foto.",
        "Walk the area and write down what you come across: a place, a person, a club, an opportunity. "
        "Tick one category and the kind of observation on each line; put the number on the map and with the photo too.",
    ),
    "category": ("Categorie", "Category"),
    "kind": ("Soort waarneming", "Kind of observation"),
    "what_seen": ("Wat ziet of hoort u? Wie is het?", "What do you see or hear? Who is it?"),
    "where_photo": ("Waar (adres, speld) · foto nr.", "Where (address, pin) · photo no."),
    "board": ("Eigenaarschap: Type 1 tot 4", "Ownership: Type 1 to 4"),
    "board_intro": (
        "Schrijf elke activiteit op een briefje en leg het in de kolom waar het nu hoort. "
        "Teken daarna een pijl naar de kolom waar de zaal het graag ziet, en noteer wat daarvoor moet veranderen.",
        "Write each activity on a note and put it in the column where it belongs now. "
        "Then draw an arrow to the column where the room would like it, and note what has to change for that.",
    ),
    "asks1": (
        "Van de gemeente: ruimte laten en niet in de weg zitten.",
        "From the municipality: leave room, stay out of the way.",
    ),
    "asks2": (
        "Van de gemeente: ondersteunen met geld, ruimte of kennis.",
        "From the municipality: support with money, space or knowledge.",
    ),
    "asks3": (
        "Van de gemeente: samen maken, bewoners echt laten meedoen.",
        "From the municipality: make it together, let residents truly take part.",
    ),
    "asks4": (
        "Van de gemeente: goede, betrouwbare en rechtmatige dienstverlening.",
        "From the municipality: good, reliable and lawful service.",
    ),
    "board_left": ("← meer van de gemeenschap", "← more of the community"),
    "board_right": ("meer van de gemeente →", "more of the municipality →"),
    "roles_sheet": ("Rollen scoren", "Scoring the roles"),
    "roles_intro": (
        "Omcirkel per rol hoe sterk die nu gespeeld wordt en hoe sterk het zou moeten (0 = niet, 5 = heel sterk). "
        "Teken beide in het web: nu met een doorgetrokken lijn, gewenst gestippeld.",
        "For each role, circle how strongly it is played now and how strongly it should be (0 = not, 5 = very strongly). "
        "Draw both in the web: now as a solid line, wanted dashed.",
    ),
    "role": ("Rol", "Role"),
    "now_0_5": ("Nu (0–5)", "Now (0–5)"),
    "wanted_0_5": ("Gewenst (0–5)", "Wanted (0–5)"),
    "notes": ("Waarom? Voorbeelden", "Why? Examples"),
    "radar_hint": (
        "Zet op elke as een stip bij de score van nu en verbind de stippen. Doe hetzelfde gestippeld voor gewenst. "
        "Waar de lijnen ver uit elkaar liggen, zit het gesprek.",
        "Put a dot on each axis at today's score and join the dots. Do the same, dashed, for wanted. "
        "Where the lines are far apart is where the conversation is.",
    ),
    "action_sheet": ("Actieplan", "Action plan"),
    "action_intro": (
        "Wat gaan we doen, wie trekt het, met wie, wat is de allereerste stap, en wanneer is die gezet?",
        "What will we do, who leads it, with whom, what is the very first step, and when is it taken?",
    ),
    # the evening's sheets (issue 12)
    "interview": ("Interview in tweetallen", "Interview in pairs"),
    "signup_sheet": ("Wie doet mee?", "Who joins in?"),
    "missing_sheet": ("Wie ontbreekt?", "Who is missing?"),
    # the Gemeente and Spiegel sheets
    "doen_laten_sheet": ("Doen en laten van de gemeente", "What the municipality starts and stops doing"),
    "doen_laten_intro": (
        "Schrijf per regel één ding op dat de gemeente gaat doen of juist laat. Noteer wie in de gemeente het oppakt, "
        "en bij welke activiteit, welk idee of welke actie het hoort.",
        "Write one thing per line that the municipality starts or stops doing. Note who in the municipality takes it on, "
        "and which activity, idea or action it belongs to.",
    ),
    "spiegel_sheet": ("Spiegel: waarden en twee logica's", "Mirror: values and two logics"),
    "spiegel_sheet_intro": (
        "Omcirkel per waarde hoe sterk die nu is en zou moeten zijn (0 tot 5). Zet daarna per kenmerk een kruisje "
        "voor het dorp (D) en voor de gemeente (G) op de lijn van 1 (collectief) tot 5 (overheid).",
        "Circle for each value how strong it is now and should be (0 to 5). Then for each characteristic put a cross "
        "for the village (V) and for the municipality (M) on the line from 1 (collective) to 5 (government).",
    ),
    "sheet_village_mark": ("D", "V"),
    "sheet_gemeente_mark": ("G", "M"),
}


def sheet_word(key: str, language: str = "nl") -> str:
    nl, en = SHEET_WORDS[key]
    return en if language == "en" else nl


def role_sets(language: str = "nl") -> list[dict[str, Any]]:
    """Every role set of the Rollen step (``resources/data/role_sets``): id, name, roles."""
    from ..domain import role_content

    return [
        {
            "id": s.id,
            "name": s.label(language),
            "roles": [
                {"id": r.id, "name": r.label(language), "explain": content.text(r.explanation, language)}
                for r in s.roles
            ],
        }
        for s in role_content.role_sets().values()
    ]
