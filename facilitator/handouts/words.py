"""The fixed words printed on handouts and worksheets, in Dutch and English.

The app's screens translate through Qt; the handouts are made without Qt (also from
the command line), so their few fixed words live here.
"""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "handout": ("Hand-out", "Handout"),
    "untitled": ("Bijeenkomst", "Meeting"),
    "date": ("Datum", "Date"),
    "place": ("Plaats", "Place"),
    "municipality": ("Gemeente", "Municipality"),
    "facilitator": ("Begeleiding", "Facilitator"),
    "purpose": ("Doel van de avond", "Purpose of the meeting"),
    "present": ("Wie waren er", "Who was there"),
    "present_count": ("{n} deelnemers (namen weggelaten)", "{n} participants (names left out)"),
    "contents": ("In deze hand-out", "In this handout"),
    "anonymous_note": (
        "Deze versie noemt geen namen: personen zijn weggelaten of vervangen.",
        "This version names nobody: people are left out or replaced.",
    ),
    "page": ("pagina {n}", "page {n}"),
    "name": ("Naam", "Name"),
    "role": ("Rol", "Role"),
    "organisation": ("Organisatie", "Organisation"),
    "role_organisation": ("Rol, organisatie", "Role, organisation"),
    "contact": ("Contact", "Contact"),
    "person": ("[naam]", "[name]"),
    # krachtenkaart
    "krachtenkaart": ("Krachtenkaart", "Asset map"),
    "krachtenkaart_intro": (
        "Wat er in het dorp al sterk is, zoals de zaal het die avond verzamelde.",
        "What is already strong here, as the room mapped it that evening.",
    ),
    "crown_jewels": ("Kroonjuwelen", "Crown jewels"),
    "rank": ("#", "#"),
    "card": ("Kaart", "Card"),
    "why": ("Waarom", "Why"),
    "dots": ("Stippen", "Dots"),
    "holder": ("Wie", "Who"),
    "nr": ("Nr.", "No."),
    "map": ("Plattegrond van het dorp", "Map of the village"),
    "map_legend": ("Spelden op de plattegrond", "Pins on the map"),
    "map_missing": ("De plattegrond kon niet worden gelezen.", "The map picture could not be read."),
    "ideas": ("Ideeën: verbonden kaarten", "Ideas: connected cards"),
    "connects": ("verbindt", "connects"),
    "vision": ("Onze visie", "Our vision"),
    "support": ("Steun van buiten", "Support from outside"),
    "partner": ("Partner", "Partner"),
    "ask": ("Wat vragen we", "What we ask"),
    "for_ideas": ("Voor", "For"),
    "head": ("hoofd", "head"),
    "heart": ("hart", "heart"),
    "hands": ("handen", "hands"),
    # parkeerplaats
    "parkeerplaats": ("Parkeerplaats: zorgen en knelpunten", "Parked: worries and problems"),
    "parkeerplaats_intro": (
        "Wat zorgen gaf of niet goed gaat. We hebben het gehoord en apart gezet; het telt niet als kracht.",
        "What worried people or does not work. We heard it and set it aside; it does not count as a strength.",
    ),
    "worry": ("Zorg of knelpunt", "Worry or problem"),
    # cards carried from the last meeting (sections/carried.py)
    "carried": ("Klopt dit nog? Kaarten van vorige keer", "Still true? Cards from last time"),
    "carried_counts": (
        "Van de kaarten van vorige keer klopt er {confirmed} nog, zijn er {changed} aangepast en "
        "zijn er {gone} weg. Nog niet besproken: {waiting}.",
        "Of the cards from last time, {confirmed} still hold, {changed} were changed and {gone} are gone. "
        "Not yet discussed: {waiting}.",
    ),
    "gone_intro": (
        "Deze kaarten zijn er niet meer. Ze staan niet meer op de Krachtenkaart.",
        "These cards are no longer there. They are no longer on the asset map.",
    ),
    "gone_card": ("Kaart die weg is", "Card that is gone"),
    "carried_category": ("Categorie", "Category"),
    "taken_up": ("Opgepakt als", "Taken up as"),
    "taken_theme": ("thema op de agenda", "theme on the agenda"),
    "taken_idea": ("idee om op te stemmen", "idea to vote on"),
    "taken_action": ("actie", "action"),
    # eigenaarschap
    "eigenaarschap": ("Eigenaarschap: Type 1 tot 4", "Ownership: Type 1 to 4"),
    "eigenaarschap_intro": (
        "Wie is eigenaar van wat er gebeurt? Per activiteit: waar staat het nu, en waar wil de zaal het hebben.",
        "Who owns what happens? For each activity: where it stands now, and where the room wants it.",
    ),
    "type1": ("Type 1", "Type 1"),
    "type1_sub": ("het dorp is eigenaar", "community owns it"),
    "type2": ("Type 2", "Type 2"),
    "type2_sub": ("het dorp, een partij draagt bij", "community, a partner contributes"),
    "type3": ("Type 3", "Type 3"),
    "type3_sub": ("gemeente of partij, bewoners dragen bij", "municipality or partner, residents contribute"),
    "type4": ("Type 4", "Type 4"),
    "type4_sub": ("gemeente, school, zorg- of woningorganisatie", "municipality, school, care or housing organisation"),
    "open_type": ("Nog geen type gekozen", "No type chosen yet"),
    "puller": ("trekker", "pulled by"),
    "puller_nobody": ("nog niemand", "nobody yet"),
    "board_now": ("Zoals het nu is", "As it is now"),
    "shifts": ("Verschuivingen: van nu naar gewenst", "Shifts: from now to wanted"),
    "activity": ("Activiteit", "Activity"),
    "now": ("Nu", "Now"),
    "wanted": ("Gewenst", "Wanted"),
    "change_needed": ("Wat moet er veranderen", "What has to change"),
    "contributions": ("Bijdragen", "Contributions"),
    "money": ("geld", "money"),
    "space": ("ruimte", "space"),
    "permit": ("vergunning", "permit"),
    "knowledge": ("kennis", "knowledge"),
    "people": ("mensen", "people"),
    # rollen
    "rollen": ("Rollen", "Roles"),
    "rollen_intro": (
        "Hoe sterk wordt elke rol nu gespeeld (doorgetrokken lijn), en hoe sterk zou het moeten (stippellijn)? Schaal 0 tot 5.",
        "How strongly is each role played now (solid line), and how strongly should it be (dashed line)? Scale 0 to 5.",
    ),
    "notes": ("Notities", "Notes"),
    "group": ("Groep", "Group"),
    "all_groups": ("Iedereen", "Everyone"),
    "group_all": ("Samen", "Together"),
    "group_residents": ("Bewoners", "Residents"),
    "group_municipality": ("Gemeente", "Municipality"),
    "cases": ("Casussen", "Cases"),
    "case": ("Casus", "Case"),
    "answer": ("Antwoord van de groep", "The group's answer"),
    "roles": ("Rollen", "Roles"),
    "killer_phrases": ("Dooddoeners en ons antwoord", "Killer phrases and our answer"),
    "phrase": ("Dooddoener", "Killer phrase"),
    "heard": ("Gehoord", "Heard"),
    "our_answer": ("Ons antwoord", "Our answer"),
    # actieplan
    "actieplan": ("Actieplan", "Action plan"),
    "ranked_ideas": ("Ideeën op volgorde van stippen", "Ideas ranked by dots"),
    "votes": ("Stemmen", "Votes"),
    "total": ("Totaal", "Total"),
    "no_dots": ("Zonder stippen ({n}):", "Without dots ({n}):"),
    "actions": ("Acties", "Actions"),
    "what": ("Wat", "What"),
    "trekker": ("Trekker", "Lead"),
    "with_whom": ("Met wie", "With whom"),
    "first_step": ("Eerste stap", "First step"),
    "when": ("Wanneer", "When"),
    "for_whom": ("Voor", "For"),
    "action_cards": ("Actiekaarten per trekker", "Action cards per lead"),
    "card_for": ("Actiekaart voor {name}", "Action card for {name}"),
    "no_trekker": ("nog geen trekker", "no lead yet"),
    "means": ("Middelen", "Means"),
    "why_action": ("Waarom", "Why"),
    "status": ("Status", "Status"),
    "late": ("te laat", "overdue"),
    "progress": ("Voortgang", "Progress"),
    "achieved": ("Wat we bereikten", "What we achieved"),
}


def word(key: str, language: str = "nl", **values: object) -> str:
    nl, en = WORDS[key]
    text = en if language == "en" else nl
    return text.format(**values) if values else text


MONTHS = {
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def long_date(iso: str, language: str = "nl") -> str:
    """'2026-03-12' → '12 maart 2026'; an action's "Wanneer" as the room said it ('juli 2026',
    '3e kwartaal 2026', 'jaarlijks'); anything else is printed as it was typed."""
    parts = iso.strip().split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        year, month, day = (int(p) for p in parts)
        if 1 <= month <= 12 and 1 <= day <= 31:
            name = MONTHS["en" if language == "en" else "nl"][month - 1]
            return f"{name} {day}, {year}" if language == "en" else f"{day} {name} {year}"
    from ..domain import when

    return when.show(iso.strip(), language)


from .evening_words import EVENING_WORDS  # noqa: E402 (issue 12: its own file, to keep merges small)

WORDS.update(EVENING_WORDS)
