"""Krachtenkaart: ABCD asset mapping — cards in six categories, crown jewels, ideas, vision, map.

The categories, the head/heart/hands marks and the kinds of wijksafari observation are
data (``resources/data/categories.json``), so a trainer can change the set. Every
operation here is one undo step; removing a card also takes it out of the ideas that
connect it, in the same step.
"""

from __future__ import annotations

import dataclasses
from typing import Any, ClassVar

from .. import content
from . import support
from .records import Record, record_kind
from .refusal import Refusal
from .session import Session
from .textfold import fold

MAX_TITLE = 5_000
MAX_DOTS = 999
#: a map picture or photo larger than this is refused (the session file carries it)
MAX_PICTURE_BYTES = 40 * 1024 * 1024
#: more pixels than this would take gigabytes to decode, even to show it scaled down
MAX_PICTURE_PIXELS = 120_000_000
PICTURE_MIMES = ("image/png", "image/jpeg")
HHH = ("hoofd", "hart", "handen")
#: the wijksafari observation that goes to the parkeerplaats
KNELPUNT = "knelpunt"


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class AssetCard(Record):
    KIND: ClassVar[str] = "asset_card"

    title: str = ""
    category: str = "gaven"
    description: str = ""
    holder: str = ""
    #: "hoofd", "hart", "handen" or "" (only for gifts of people)
    hhh: str = ""
    #: contact details of the holder, kept only with consent
    contact: str = ""
    contact_consent: bool = False
    tags: list[str] = dataclasses.field(default_factory=list)
    #: blob ids (sha256) of photos stored in the session file
    photos: list[str] = dataclasses.field(default_factory=list)
    crown: bool = False
    crown_reason: str = ""
    dots: int = 0
    position: float = 0.0
    #: wijksafari: trots, kans, knelpunt, sleutelfiguur, plek, initiatief (or "")
    observation: str = ""
    pinned: bool = False
    pin_x: float = 0.0
    pin_y: float = 0.0
    #: a stable number shown on the card and its pin (never reused in a session)
    number: int = 0
    #: a parked worry taken up later: "theme", "idea" or "action" ("" = still parked)
    taken_up: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Idea(Record):
    """Verbind de punten: cards that strengthen each other, made into a named idea."""

    KIND: ClassVar[str] = "idea"

    title: str = ""
    description: str = ""
    card_ids: list[str] = dataclasses.field(default_factory=list)
    position: float = 0.0


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class Vision(Record):
    KIND: ClassVar[str] = "vision"
    SINGLETON: ClassVar[bool] = True

    text: str = ""
    date: str = ""


@record_kind
@dataclasses.dataclass(kw_only=True, frozen=True)
class MapPicture(Record):
    KIND: ClassVar[str] = "map_picture"
    SINGLETON: ClassVar[bool] = True

    blob_id: str = ""
    name: str = ""
    width: int = 0
    height: int = 0


# ------------------------------------------------------------------ content
def categories(language: str = "nl") -> list[dict[str, Any]]:
    """The categories from resources/data/categories.json, each with ``id`` and ``name``."""
    data = content.load("categories")
    result = []
    for item in data["categories"]:
        content.require(item, ("id", "label", "color"), "categories.json")
        result.append({**item, "name": content.text(item["label"], language)})
    if not result:
        raise content.ContentError("categories.json: er staat geen enkele categorie in")
    return result


def category_ids() -> list[str]:
    return [c["id"] for c in categories()]


def parked_ids() -> list[str]:
    """The categories that hold worries and problems (the parkeerplaats), never strengths."""
    return [c["id"] for c in categories() if c.get("parked")]


def is_parked(card: AssetCard) -> bool:
    return card.category in parked_ids()


def strengths(session: Session) -> list[AssetCard]:
    """The cards that count as a strength: every card outside the parkeerplaats."""
    parked = set(parked_ids())
    return [c for c in session.all(AssetCard) if c.category not in parked]


def observation_ids() -> list[str]:
    return [o["id"] for o in content.load("categories").get("observations", [])]


def _check_category(category: str) -> str:
    if category not in category_ids():
        raise ValueError(f"onbekende categorie {category!r}")
    return category


def _clean(title: str) -> str:
    return " ".join(title.split())[:MAX_TITLE]


# ------------------------------------------------------------------ reading
def cards(session: Session, category: str | None = None) -> list[AssetCard]:
    rows = session.all(AssetCard)
    if category is not None:
        rows = [c for c in rows if c.category == category]
    return rows


def ideas(session: Session) -> list[Idea]:
    return session.all(Idea)


def vision(session: Session) -> Vision:
    return session.single(Vision)


def map_picture(session: Session) -> MapPicture | None:
    pic = session.single(MapPicture)
    return pic if pic.blob_id else None


def crown_jewels(session: Session) -> list[AssetCard]:
    """The starred cards, most dots first (then by number, so the order is stable)."""
    return sorted((c for c in strengths(session) if c.crown), key=lambda c: (-c.dots, c.number))


def pinned(session: Session) -> list[AssetCard]:
    return [c for c in session.all(AssetCard) if c.pinned]


def search(session: Session, query: str, category: str | None = None) -> list[AssetCard]:
    """Cards whose title, description, holder or tags contain the query (accents ignored)."""
    q = fold(query.strip())
    rows = cards(session, category)
    if not q:
        return rows
    return [
        c
        for c in rows
        if any(q in fold(t) for t in (c.title, c.description, c.holder, " ".join(c.tags), str(c.number)))
    ]


def cards_of_idea(session: Session, idea: Idea) -> list[AssetCard]:
    found = (session.get(AssetCard, i) for i in idea.card_ids)
    return [c for c in found if c is not None]


def next_number(session: Session) -> int:
    return int(session.highest(AssetCard, "number") or 0) + 1


# ------------------------------------------------------------------ cards
def add_card(session: Session, title: str, category: str, **fields: Any) -> AssetCard:
    """A new card at the end of its category (Enter in the entry line)."""
    title = _clean(title)
    if not title:
        raise Refusal("Geef de kaart een titel.")
    card = AssetCard(
        title=title,
        category=_check_category(category),
        position=session.next_position(AssetCard, category=category),
        number=next_number(session),
        **fields,
    )
    session.add(card, label="Kaart toevoegen")
    return card


def edit_card(session: Session, card: AssetCard, merge_key: str | None = None, **fields: Any) -> None:
    current = session.get(AssetCard, card.id) or card
    if "title" in fields:
        fields["title"] = _clean(str(fields["title"]))
        if not fields["title"]:
            raise Refusal("Geef de kaart een titel.")
    if "category" in fields:
        _check_category(str(fields["category"]))
    if "hhh" in fields and fields["hhh"] not in ("", *HHH):
        raise ValueError(f"onbekende markering {fields['hhh']!r}")
    if "observation" in fields and fields["observation"] not in ("", *observation_ids()):
        raise ValueError(f"onbekende soort waarneming {fields['observation']!r}")
    consent = fields.get("contact_consent", current.contact_consent)
    if not consent:
        if fields.get("contact"):
            raise Refusal("Contactgegevens mogen alleen met toestemming.")
        if current.contact:
            fields["contact"] = ""
    session.update(current, "Kaart wijzigen", merge_key=merge_key, **fields)


def move_card(session: Session, card: AssetCard, category: str, before: AssetCard | None = None) -> None:
    """Drag a card to another category (or another place in its own), before ``before`` or at the end."""
    _check_category(category)
    current = session.get(AssetCard, card.id) or card
    others = [c for c in cards(session, category) if c.id != current.id]
    index = len(others)
    if before is not None:
        index = next((i for i, c in enumerate(others) if c.id == before.id), len(others))
    if index == 0:
        position = (others[0].position - 1.0) if others else 1.0
    elif index >= len(others):
        position = (others[-1].position + 1.0) if others else 1.0
    else:
        position = (others[index - 1].position + others[index].position) / 2
    if current.category == category and current.position == position:
        return
    session.update(current, "Kaart verplaatsen", category=category, position=position)


def move_cards(session: Session, selected: list[AssetCard], category: str, before: AssetCard | None = None) -> None:
    """Drag several cards at once: they keep their order and land before ``before`` (one undo step)."""
    _check_category(category)
    moving = {c.id for c in selected}
    if before is not None and before.id in moving:
        # dropping a selection onto itself: land before the first card after the selection
        rest = [c for c in cards(session, category) if c.id not in moving and c.position > before.position]
        before = rest[0] if rest else None
    with session.batch("Kaart verplaatsen" if len(moving) == 1 else "Kaarten verplaatsen"):
        for card in selected:
            current = session.get(AssetCard, card.id)
            if current is not None:
                move_card(session, current, category, before)


def remove_cards(session: Session, *selected: AssetCard) -> None:
    """Remove cards; ideas lose them too (all in one undo step)."""
    ids = {c.id for c in selected}
    if not ids:
        return
    with session.batch("Kaart verwijderen" if len(ids) == 1 else "Kaarten verwijderen"):
        for idea in session.all(Idea):
            if ids.intersection(idea.card_ids):
                session.update(idea, "", card_ids=[i for i in idea.card_ids if i not in ids])
        session.remove(*[c for c in selected if session.get(AssetCard, c.id)], label="")


def set_crown(session: Session, card: AssetCard, crown: bool, reason: str | None = None) -> None:
    if crown and is_parked(session.get(AssetCard, card.id) or card):
        raise Refusal("Een zorg op de parkeerplaats is geen kroonjuweel.")
    fields: dict[str, Any] = {"crown": crown}
    if reason is not None:
        fields["crown_reason"] = reason
    session.update(card, "Kroonjuweel" if crown else "Geen kroonjuweel meer", **fields)


def crown_cards(session: Session, cards: list[AssetCard], crown: bool) -> None:
    """Make several cards crown jewels (or not) in one undo step."""
    with session.batch("Kroonjuweel" if crown else "Geen kroonjuweel meer"):
        for card in cards:
            set_crown(session, card, crown)


def add_dots(session: Session, card: AssetCard, delta: int) -> None:
    """The room votes; the facilitator clicks + or −. Never below zero."""
    current = session.get(AssetCard, card.id) or card
    dots = max(0, min(MAX_DOTS, current.dots + delta))
    session.update(current, "Stip erbij" if delta > 0 else "Stip eraf", dots=dots)


def set_dots(session: Session, card: AssetCard, dots: int) -> None:
    session.update(card, "Stippen tellen", dots=max(0, min(MAX_DOTS, int(dots))))


def add_photo(session: Session, card: AssetCard, data: bytes, mime: str) -> str:
    if not data or len(data) > MAX_PICTURE_BYTES:
        raise Refusal("Deze foto is leeg of groter dan {limit} MB.", limit=MAX_PICTURE_BYTES // (1024 * 1024))
    blob_id = session.storage.put_blob(data, mime)
    current = session.get(AssetCard, card.id) or card
    if blob_id not in current.photos:
        session.update(current, "Foto toevoegen", photos=[*current.photos, blob_id])
    return blob_id


def remove_photo(session: Session, card: AssetCard, blob_id: str) -> None:
    current = session.get(AssetCard, card.id) or card
    session.update(current, "Foto verwijderen", photos=[p for p in current.photos if p != blob_id])


# ------------------------------------------------------------------ map
def picture_mime(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` from the file's first bytes; None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


def check_picture(data: bytes, width: int, height: int) -> None:
    """Refuse pictures the session file should not carry (ValueError with the reason)."""
    if not data:
        raise Refusal("Het bestand is leeg.")
    if len(data) > MAX_PICTURE_BYTES:
        raise Refusal("Dit bestand is groter dan {limit} MB.", limit=MAX_PICTURE_BYTES // (1024 * 1024))
    if picture_mime(data) is None:
        raise Refusal("Kies een PNG- of JPEG-afbeelding.")
    if width <= 0 or height <= 0:
        raise Refusal("De plattegrond heeft geen geldige afmetingen.")
    if width * height > MAX_PICTURE_PIXELS:
        raise Refusal("De afbeelding heeft te veel beeldpunten. Kies een kleinere.")


def set_map_picture(session: Session, data: bytes, mime: str, width: int, height: int, name: str = "") -> MapPicture:
    """Store the map picture inside the session file, so the file stays self-contained."""
    check_picture(data, width, height)
    blob_id = session.storage.put_blob(data, mime)
    pic = session.single(MapPicture)
    session.update(pic, "Plattegrond kiezen", blob_id=blob_id, width=int(width), height=int(height), name=name)
    return session.single(MapPicture)


def pin_card(session: Session, card: AssetCard, x: float, y: float, merge_key: str | None = None) -> None:
    """Pin a card on the map picture; x and y are fractions (0..1) of its width and height.

    ``merge_key`` lets a run of small moves (arrow keys) become one undo step.
    """
    x, y = min(max(float(x), 0.0), 1.0), min(max(float(y), 0.0), 1.0)
    current = session.get(AssetCard, card.id) or card
    label = "Speld verplaatsen" if current.pinned else "Speld op de plattegrond"
    session.update(current, label, merge_key=merge_key if current.pinned else None, pinned=True, pin_x=x, pin_y=y)


def unpin_card(session: Session, card: AssetCard) -> None:
    session.update(session.get(AssetCard, card.id) or card, "Speld weghalen", pinned=False)


def add_pinned_card(session: Session, title: str, category: str, x: float, y: float) -> AssetCard:
    """A new card made by clicking an empty spot of the map: card and pin in one undo step."""
    with session.batch("Kaart op de plattegrond zetten"):
        card = add_card(session, title, category)
        pin_card(session, card, x, y)
    return session.get(AssetCard, card.id) or card


def capture(
    session: Session,
    title: str,
    category: str,
    observation: str = "",
    description: str = "",
    photo: tuple[bytes, str] | None = None,
    pin: tuple[float, float] | None = None,
) -> AssetCard:
    """Wijksafari: a card with its kind of observation, a photo and a pin, as one undo step."""
    if observation and observation not in observation_ids():
        raise ValueError(f"onbekende soort waarneming {observation!r}")
    parked = parked_ids()
    if observation == KNELPUNT and parked:
        category = parked[0]  # a knelpunt is heard and parked, never counted as a strength
    with session.batch("Waarneming vastleggen"):
        card = add_card(session, title, category, observation=observation, description=description)
        if photo is not None:
            add_photo(session, card, *photo)
        if pin is not None:
            pin_card(session, card, *pin)
    return session.get(AssetCard, card.id) or card


# ------------------------------------------------------------------ ideas, vision, support
def connect(session: Session, selected: list[AssetCard], title: str, description: str = "") -> Idea:
    """Verbind de punten: make a named idea from two or more cards."""
    ids = list(dict.fromkeys(c.id for c in selected))
    if len(ids) < 2:
        raise Refusal("Een idee verbindt minstens twee kaarten.")
    title = _clean(title)
    if not title:
        raise Refusal("Geef het idee een naam.")
    idea = Idea(title=title, description=description, card_ids=ids, position=session.next_position(Idea))
    session.add(idea, label="Idee maken")
    return idea


def edit_idea(session: Session, idea: Idea, merge_key: str | None = None, **fields: Any) -> None:
    if "title" in fields:
        fields["title"] = _clean(str(fields["title"]))
        if not fields["title"]:
            raise Refusal("Geef het idee een naam.")
    session.update(idea, "Idee wijzigen", merge_key=merge_key, **fields)


def remove_idea(session: Session, idea: Idea) -> None:
    with session.batch("Idee verwijderen"):
        support.forget_idea(session, idea.id)
        session.remove(idea, label="")


def set_vision(session: Session, text: str, date: str | None = None, merge_key: str | None = None) -> None:
    fields: dict[str, Any] = {"text": text}
    if date is not None:
        fields["date"] = date
    session.update(session.single(Vision), "Visie wijzigen", merge_key=merge_key, **fields)


# ------------------------------------------------------------------ demo
def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's Krachtenkaart from ``resources/data/demo/krachtenkaart.json``.

    Cards are referred to by their title in the ideas; the map picture is a file name in
    ``resources/data/demo/``.
    """
    from ..paths import resources

    by_title: dict[str, AssetCard] = {}
    for item in data.get("cards", []):
        extra = {
            k: v for k, v in item.items() if k not in ("title", "category", "crown", "crown_reason", "dots", "pin")
        }
        card = add_card(session, item["title"], item["category"], **extra)
        if item.get("crown"):
            set_crown(session, card, True, item.get("crown_reason", ""))
        if item.get("dots"):
            set_dots(session, card, item["dots"])
        by_title[card.title] = card
    picture = data.get("map")
    if picture:
        path = resources() / "data" / "demo" / picture["file"]
        set_map_picture(
            session,
            path.read_bytes(),
            picture.get("mime", "image/png"),
            picture["width"],
            picture["height"],
            picture["file"],
        )
        for item in data.get("cards", []):
            if "pin" in item:
                pin_card(session, by_title[_clean(item["title"])], *item["pin"])
    idea_by_title: dict[str, Idea] = {}
    for item in data.get("ideas", []):
        idea = connect(
            session, [by_title[_clean(t)] for t in item["cards"]], item["title"], item.get("description", "")
        )
        idea_by_title[idea.title] = idea
    if data.get("vision"):
        set_vision(session, data["vision"]["text"], data["vision"].get("date", ""))
    for item in data.get("support", []):
        support.ask_partner(
            session,
            item["partner"],
            ask=item.get("ask", ""),
            idea_ids=[idea_by_title[t].id for t in item.get("ideas", [])],
        )
