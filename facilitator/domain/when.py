""" "Wanneer" of an action, as exact as the room said it.

Real plans say "15 april 2026", "juli 2026", "najaar 2026", "Q3 2026", "2026", "jaarlijks" or
"doorlopend". Each is kept in one plain stored form, so it sorts and prints the same way
everywhere:

=========  ==============  ===============================
precision  stored as       typed as (examples)
=========  ==============  ===============================
day        ``2026-04-15``  15-4-2026, 15/4/26, 15 april 2026
month      ``2026-07``     juli 2026, jul 2026, 7-2026
quarter    ``2026-Q3``     Q3 2026, 3e kwartaal 2026
season     ``2026-najaar`` najaar 2026, herfst 2026
year       ``2026``        2026
recurring  ``jaarlijks``   jaarlijks, elk jaar, doorlopend
text       as typed        na de zomer, als de subsidie rond is
=========  ==============  ===============================

Nothing typed is thrown away: what is not one of these forms is kept as text (and sorts
after the dates). Only something that is clearly meant as a date and does not exist
("31-2-2026", "13-2026") is refused, with a message that repeats it.
"""

from __future__ import annotations

import calendar
import datetime
import re

from .refusal import Refusal

MAX_TEXT = 200

MONTHS = {
    "nl": [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ],
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
}  # fmt: skip
#: what a typed month name may start with (Dutch and English, "mrt" and "okt" too)
MONTH_WORDS = {
    **{name[:3]: i for i, name in enumerate(MONTHS["nl"], start=1)},
    **{name[:3].lower(): i for i, name in enumerate(MONTHS["en"], start=1)},
    "mrt": 3,
    "okt": 10,
}
#: stored season -> (last month it covers, Dutch, English)
SEASONS = {
    "voorjaar": (5, "voorjaar", "spring"),
    "zomer": (8, "zomer", "summer"),
    "najaar": (11, "najaar", "autumn"),
    "winter": (12, "winter", "winter"),
}
SEASON_WORDS = {
    "voorjaar": "voorjaar", "lente": "voorjaar", "spring": "voorjaar",
    "zomer": "zomer", "summer": "zomer",
    "najaar": "najaar", "herfst": "najaar", "autumn": "najaar", "fall": "najaar",
    "winter": "winter",
}  # fmt: skip
#: stored recurrence -> (Dutch, English)
RECURRING = {
    "wekelijks": ("wekelijks", "weekly"),
    "maandelijks": ("maandelijks", "monthly"),
    "jaarlijks": ("jaarlijks", "every year"),
    "doorlopend": ("doorlopend", "ongoing"),
}
RECURRING_WORDS = {
    "wekelijks": "wekelijks", "elke week": "wekelijks", "iedere week": "wekelijks", "weekly": "wekelijks",
    "maandelijks": "maandelijks", "elke maand": "maandelijks", "iedere maand": "maandelijks", "monthly": "maandelijks",
    "jaarlijks": "jaarlijks", "elk jaar": "jaarlijks", "ieder jaar": "jaarlijks", "yearly": "jaarlijks",
    "every year": "jaarlijks", "annually": "jaarlijks",
    "doorlopend": "doorlopend", "continu": "doorlopend", "steeds": "doorlopend", "altijd": "doorlopend",
    "ongoing": "doorlopend",
}  # fmt: skip

PRECISIONS = ("day", "month", "quarter", "season", "year", "recurring", "text")


class WhenError(Refusal):
    """A typed date that does not exist; the message (Dutch) says what was typed."""


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _day(y: int, m: int, d: int, typed: str) -> str:
    try:
        return datetime.date(y, m, d).isoformat()
    except ValueError:
        raise WhenError("'{value}' is geen bestaande datum.", value=typed[:40]) from None


def _month(y: int, m: int, typed: str) -> str:
    if not 1 <= m <= 12:
        raise WhenError("'{value}': een jaar heeft maar twaalf maanden.", value=typed[:40])
    return f"{y:04d}-{m:02d}"


def _month_word(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if len(word) < 3:
        return None
    month = MONTH_WORDS.get(word[:3])
    if month is None:
        return None
    names = (MONTHS["nl"][month - 1], MONTHS["en"][month - 1].lower(), "mrt", "okt", "sept")
    return month if any(name.startswith(word) or word == name for name in names) else None


def parse(value: str) -> str:
    """The stored form of what was typed ("" stays ""); raises WhenError for a date that does not exist."""
    typed = " ".join(str(value).split())
    if not typed:
        return ""
    low = typed.lower()
    if low in RECURRING_WORDS:
        return RECURRING_WORDS[low]
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", low):
        return _day(int(m[1]), int(m[2]), int(m[3]), typed)
    if m := re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})", low):
        return _day(_year(m[3]), int(m[2]), int(m[1]), typed)
    if m := re.fullmatch(r"(\d{1,2})\s*([a-z]+\.?)\s*(\d{4})", low):
        month = _month_word(m[2])
        if month is not None:
            return _day(int(m[3]), month, int(m[1]), typed)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})", low):
        return _month(int(m[1]), int(m[2]), typed)
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", low):
        return _month(int(m[2]), int(m[1]), typed)
    if m := re.fullmatch(r"([a-z]+\.?)\s*(\d{4})", low):
        month = _month_word(m[1])
        if month is not None:
            return _month(int(m[2]), month, typed)
        if m[1] in SEASON_WORDS:
            return f"{int(m[2]):04d}-{SEASON_WORDS[m[1]]}"
    if m := re.fullmatch(r"(\d{4})-(voorjaar|zomer|najaar|winter)", low):
        return low
    if m := (
        re.fullmatch(r"(?:q|k)([1-4])[\s-]*(\d{4})", low)
        or re.fullmatch(r"(\d{4})-q([1-4])", low)
        or re.fullmatch(r"([1-4])(?:e|de|ste)?\s+kwartaal\s+(\d{4})", low)
        or re.fullmatch(r"kwartaal\s+([1-4])\s+(\d{4})", low)
    ):
        quarter, year = (m[2], m[1]) if len(m[1]) == 4 else (m[1], m[2])
        return f"{int(year):04d}-Q{quarter}"
    if re.fullmatch(r"\d{4}", low):
        return low
    return typed[:MAX_TEXT]


def parse_day(value: str) -> str:
    """An exact day (yyyy-mm-dd) from "10-3-2026", "10 maart 2026", "2026-03-10"; "" stays "".
    Raises WhenError, in Dutch, for anything that is not one day (a meeting is on a day)."""
    stored = parse(value)
    if stored and precision(stored) != "day":
        typed = " ".join(str(value).split())
        raise WhenError("'{value}' is geen dag. Typ bijvoorbeeld 10-3-2026 of 10 maart 2026.", value=typed[:40])
    return stored


def precision(stored: str) -> str:
    """day, month, quarter, season, year, recurring or text ("" for nothing)."""
    if not stored:
        return ""
    if stored in RECURRING:
        return "recurring"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stored):
        return "day"
    if re.fullmatch(r"\d{4}-\d{2}", stored):
        return "month"
    if re.fullmatch(r"\d{4}-Q[1-4]", stored):
        return "quarter"
    if re.fullmatch(r"\d{4}-(voorjaar|zomer|najaar|winter)", stored):
        return "season"
    if re.fullmatch(r"\d{4}", stored):
        return "year"
    return "text"


def check_stored(stored: str) -> bool:
    """Whether a value read from a file is a valid stored form (for import): a form that looks
    like a date must exist; recurrences and text are fine up to their length."""
    if len(stored) > MAX_TEXT:
        return False
    kind = precision(stored)
    if kind in ("", "recurring", "season", "quarter", "year"):
        return True
    if kind == "text":
        # looks like a stored date or month but is not one ("2026-13", "2026-02-31")
        return not re.fullmatch(r"\d{4}-\d+(-\d+)?", stored)
    try:
        return parse(stored) == stored
    except WhenError:
        return False


def last_day(stored: str) -> datetime.date | None:
    """The last day a dated "Wanneer" covers (the deadline it sets); None for the rest."""
    kind = precision(stored)
    year = int(stored[:4]) if kind in ("day", "month", "quarter", "season", "year") else 0
    if kind == "day":
        return datetime.date.fromisoformat(stored)
    if kind == "month":
        month = int(stored[5:7])
    elif kind == "quarter":
        month = int(stored[-1]) * 3
    elif kind == "season":
        month = SEASONS[stored[5:]][0]
    elif kind == "year":
        month = 12
    else:
        return None
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def sort_key(stored: str) -> tuple[int, str, int, str]:
    """Dated ones by the last day they cover (the exact day before the month that holds it),
    then the recurring ones, then text, then those without a "Wanneer"."""
    end = last_day(stored)
    if end is not None:
        return (0, end.isoformat(), PRECISIONS.index(precision(stored)), "")
    kind = precision(stored)
    if kind == "recurring":
        return (1, "", list(RECURRING).index(stored), "")
    if kind == "text":
        return (2, "", 0, stored.casefold())
    return (3, "", 0, "")


def show(stored: str, language: str = "nl") -> str:
    """How a "Wanneer" reads in a sentence or a handout: "15 april 2026", "juli 2026",
    "3e kwartaal 2026", "najaar 2026", "jaarlijks"; text as it was typed."""
    en = language == "en"
    kind = precision(stored)
    months = MONTHS["en" if en else "nl"]
    if kind == "day":
        y, m, d = (int(p) for p in stored.split("-"))
        return f"{months[m - 1]} {d}, {y}" if en else f"{d} {months[m - 1]} {y}"
    if kind == "month":
        return f"{months[int(stored[5:7]) - 1]} {stored[:4]}"
    if kind == "quarter":
        return f"Q{stored[-1]} {stored[:4]}" if en else f"{stored[-1]}e kwartaal {stored[:4]}"
    if kind == "season":
        _, nl, english = SEASONS[stored[5:]]
        return f"{english if en else nl} {stored[:4]}"
    if kind == "recurring":
        return RECURRING[stored][1 if en else 0]
    return stored


def short(stored: str, language: str = "nl") -> str:
    """As a table cell shows it: an exact day as 15-4-2026 (typed back the same way), the rest as :func:`show`."""
    if precision(stored) == "day":
        y, m, d = (int(p) for p in stored.split("-"))
        return f"{d}-{m}-{y}"
    return show(stored, language)
