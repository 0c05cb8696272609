"""Words of the worksheets, and the role sets they offer (read from the app's data)."""

from __future__ import annotations

import json
from typing import Any

from .. import content

SHEET_WORDS: dict[str, tuple[str, str]] = {
    "worksheet": ("Kernkracht · werkblad", "Kernkracht · worksheet"),
    "fields": (
        "Plaats / wijk: ______________________   Datum: ____________   Ingevuld door: ______________________",
        "Place / area: ______________________   Date: ____________   Filled in by: ______________________",
    ),
    "inventaris": ("Inventaris wijksafari", "Neighbourhood walk inventory"),
    "inventaris_intro": (
        "Loop de wijk door en noteer wat u tegenkomt: een plek, een persoon, een club, een kans. "
        "Vink per regel één categorie en de soort waarneming aan; zet het nummer ook op de kaart en bij de foto.",
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
    "asks1": ("Van de gemeente: ruimte laten en niet in de weg zitten.", "From the municipality: leave room, stay out of the way."),
    "asks2": ("Van de gemeente: ondersteunen met geld, ruimte of kennis.", "From the municipality: support with money, space or knowledge."),
    "asks3": ("Van de gemeente: samen maken, bewoners echt laten meedoen.", "From the municipality: make it together, let residents truly take part."),
    "asks4": ("Van de gemeente: goede, betrouwbare en rechtmatige dienstverlening.", "From the municipality: good, reliable and lawful service."),
    "board_arrow": ("← gemeenschap                                        gemeente →", "← community                                        municipality →"),
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
}


def sheet_word(key: str, language: str = "nl") -> str:
    nl, en = SHEET_WORDS[key]
    return en if language == "en" else nl


#: used only when no role set is found in resources/data (the four Kleine Kernen functions)
FALLBACK_SET: dict[str, Any] = {
    "id": "kleine-kernen",
    "label": {"nl": "Rollen van een dorpsraad of wijkraad", "en": "Roles of a village or neighbourhood council"},
    "roles": [
        {"id": "representatief", "label": {"nl": "Representatief", "en": "Representative"},
         "explain": {"nl": "Spreekt namens het dorp en weet wat er leeft.", "en": "Speaks for the village and knows what matters there."}},
        {"id": "adviserend", "label": {"nl": "Adviserend", "en": "Advisory"},
         "explain": {"nl": "Geeft de gemeente gevraagd en ongevraagd advies.", "en": "Advises the municipality, asked or not."}},
        {"id": "activerend", "label": {"nl": "Activerend", "en": "Activating"},
         "explain": {"nl": "Zet bewoners in beweging en helpt initiatieven op gang.", "en": "Gets residents moving and helps initiatives start."}},
        {"id": "verbindend", "label": {"nl": "Verbindend", "en": "Connecting"},
         "explain": {"nl": "Brengt mensen, clubs en organisaties bij elkaar.", "en": "Brings people, clubs and organisations together."}},
    ],
}


def _label(item: dict[str, Any], language: str, *keys: str) -> str:
    for key in keys:
        if key in item:
            return content.text(item[key], language)
    return str(item.get("id", ""))


def _find_sets(node: Any, found: list[dict[str, Any]]) -> None:
    if isinstance(node, dict):
        roles = node.get("roles")
        if isinstance(node.get("id"), str) and isinstance(roles, list) and roles and all(
            isinstance(r, dict) and "id" in r for r in roles
        ):
            found.append(node)
            return
        for value in node.values():
            _find_sets(value, found)
    elif isinstance(node, list):
        for value in node:
            _find_sets(value, found)


def role_sets(language: str = "nl") -> list[dict[str, Any]]:
    """Every role set in resources/data: id, name, roles (id, name, explain)."""
    raw: list[dict[str, Any]] = []
    for path in sorted(content.data_dir().rglob("*.json")):
        if "demo" in path.relative_to(content.data_dir()).parts:
            continue
        try:
            _find_sets(json.loads(path.read_text(encoding="utf-8")), raw)
        except (OSError, ValueError):
            continue
    if not raw:
        raw = [FALLBACK_SET]
    return [
        {
            "id": s["id"],
            "name": _label(s, language, "label", "name", "title"),
            "roles": [
                {
                    "id": r["id"],
                    "name": _label(r, language, "label", "name", "title"),
                    "explain": _label(r, language, "explain", "description", "short") if any(
                        k in r for k in ("explain", "description", "short")
                    ) else "",
                }
                for r in s["roles"]
            ],
        }
        for s in raw
    ]
