"""The handout's fixed words for who was there, what ideas yield, and the closing round."""

from __future__ import annotations

EVENING_WORDS: dict[str, tuple[str, str]] = {
    # who was there, who was not
    "room": ("Wie was er, wie niet", "Who was there, who was not"),
    "room_came": ("Wie er kwamen", "Who came"),
    "room_people": ("{n} mensen", "{n} people"),
    "room_by_role": ("Naar rol", "By role"),
    "room_by_group": ("Naar groep", "By group"),
    "room_no_group": ("zonder groep", "no group"),
    "room_missing": ("Wie ontbrak, en hoe we hen bereiken", "Who was missing, and how we reach them"),
    "missing_group": ("Wie ontbrak", "Missing"),
    "missing_why": ("Waarom", "Why"),
    "missing_way": ("Hoe bereiken we hen", "How we reach them"),
    "missing_who": ("Wie doet het", "Who does it"),
    "room_none_missing": (
        "De zaal heeft (nog) niet opgeschreven wie er ontbrak.",
        "The room did not (yet) write down who was missing.",
    ),
    # what it yields
    "yields": ("Wat levert het op?", "What does it yield?"),
    "yields_intro": (
        "Per idee: welke doelen het dient en wat het oplevert. Neem dit mee naar de gemeente of een fonds.",
        "For each idea: which goals it serves and what it yields. Take this to the municipality or a fund.",
    ),
    "idea": ("Idee", "Idea"),
    "goals": ("Doelen", "Goals"),
    "yields_col": ("Wat het oplevert", "What it yields"),
    "principles": ("Getoetst", "Checked"),
    "multiple": ("meervoudige impact", "multiple impact"),
    "goal_counts": ("Doelen die vaak terugkomen", "Goals that come back often"),
    "partners": ("Steun van buiten: wat partners antwoordden", "Support from outside: what partners answered"),
    "partner": ("Partner", "Partner"),
    "partner_ask": ("Wat vragen we", "What we ask"),
    "partner_answer": ("Antwoord", "Answer"),
    "partner_note": ("Toelichting", "Note"),
    "no_answer_yet": ("nog geen antwoord", "no answer yet"),
    # closing
    "evening": ("Afsluiting: wie doet mee, en wat nemen we mee", "Closing: who joins in, and what we take home"),
    "signups": ("Wie doet mee?", "Who joins in?"),
    "signup_count": ("{n} mensen doen mee", "{n} people join in"),
    "signup_one": ("1 persoon doet mee", "1 person joins in"),
    "takes_home": ("Wat neemt ieder mee naar huis?", "What does everyone take home?"),
    "evaluation": ("Terugblik op de avond", "Looking back on the evening"),
    "next_meeting": ("Volgende bijeenkomst", "Next meeting"),
    # worksheets
    "ws_interview": ("Interview in tweetallen", "Interview in pairs"),
    "ws_signup": ("Wie doet mee?", "Who joins in?"),
    "ws_missing": ("Wie ontbreekt?", "Who is missing?"),
    "ws_name": ("Naam", "Name"),
    "ws_consent": ("Mag contact? (ja/nee)", "Contact allowed? (yes/no)"),
    "ws_contact": ("E-mail of telefoon (alleen bij ja)", "E-mail or phone (only if yes)"),
    "ws_interviewed": ("Wie vertelt", "Who tells"),
    "ws_idea": ("Idee", "Idea"),
}
