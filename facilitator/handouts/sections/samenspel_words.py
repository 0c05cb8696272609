"""The fixed words of the Gemeente and Spiegel handout sections (Dutch, English).

Kept apart from :mod:`facilitator.handouts.words` and added to its table on import, so
these sections can be changed without touching the shared word list. The words of their
worksheets are with the other worksheets' words, in :mod:`facilitator.handouts.sheetwords`.
"""

from __future__ import annotations

from ..words import WORDS

SAMENSPEL_WORDS: dict[str, tuple[str, str]] = {
    "gemeente": ("Huiswerk voor de gemeente", "Homework for the municipality"),
    "gemeente_intro": (
        "Wat de gemeente meeneemt: wat zij gaat doen en laten, hoe zij het dorp steunt, en welke rol zij per activiteit speelt.",
        "What the municipality takes home: what it will start and stop doing, how it supports the village, "
        "and which role it plays for each activity.",
    ),
    "who_gemeente": ("Wie in de gemeente", "Who in the municipality"),
    "linked_to": ("Gekoppeld aan", "Linked to"),
    "support_forms": ("Vormen van steun", "Forms of support"),
    "pitfalls": ("Valkuilen die we herkennen", "Pitfalls we recognise"),
    "pitfall": ("Valkuil", "Pitfall"),
    "steering": ("Welke rol past de gemeente?", "Which role suits the municipality?"),
    "activity": ("Activiteit", "Activity"),
    "mode": ("Sturing", "Steering"),
    "type_now_wanted": ("Type nu → gewenst", "Type now → wanted"),
    "plan_questions": ("Actieplan vanuit de drie rollen", "Action plan from the three roles"),
    "question": ("Vraag", "Question"),
    "spiegel": ("Spiegel van het collectief", "The collective's mirror"),
    "spiegel_intro": (
        "Hoe democratisch werken wij, aan wie leggen wij uit wat we doen, en waar botst onze manier van werken met die van de gemeente?",
        "How democratic is the way we work, to whom do we explain what we do, "
        "and where does our way of working clash with the municipality's?",
    ),
    "values": ("Democratische waarden", "Democratic values"),
    "value": ("Waarde", "Value"),
    "accountability": ("Verantwoording", "Accountability"),
    "to_whom": ("Aan wie", "To whom"),
    "how_explain": ("Hoe leggen wij het uit", "How we explain it"),
    "action_points": ("Actiepunten die wij oppakken", "Action points we take up"),
    "actor": ("Voor wie", "For whom"),
    "point": ("Actiepunt", "Action point"),
    "in_plan": ("In het actieplan: {what}", "In the action plan: {what}"),
    "logic": ("Twee logica's naast elkaar", "Two logics side by side"),
    "logic_scale": (
        "1 = zoals een burgercollectief werkt, 5 = zoals een overheid werkt. Vet: hier botsen de twee.",
        "1 = the way a citizen collective works, 5 = the way a government works. Bold: here the two clash.",
    ),
    "trait": ("Kenmerk", "Characteristic"),
    "village": ("Dorp", "Village"),
    "clash": ("botst", "clashes"),
    "expect_village": ("Het dorp verwacht van de gemeente", "The village expects of the municipality"),
    "expect_gemeente": ("De gemeente verwacht van het dorp", "The municipality expects of the village"),
}

WORDS.update(SAMENSPEL_WORDS)
