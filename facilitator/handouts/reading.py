"""What a handout reads from a session, and how it keeps people anonymous.

Each step's records are read by kind; a step without records gives no section (it is
left out of the handout).
"""

from __future__ import annotations

import re
from typing import Any

from ..domain.records import KINDS
from ..domain.session import Session
from .words import word

#: parts of Dutch names that are words of their own, not names
PARTICLES = {"van", "der", "den", "de", "het", "ter", "ten", "bij", "aan", "op", "in", "uit"}


class Reader:
    """The session as the handout sees it: records by kind, names hidden when asked."""

    def __init__(self, session: Session, language: str = "nl", anonymous: bool = False) -> None:
        self.session = session
        self.language = "en" if language == "en" else "nl"
        self.anonymous = anonymous
        #: whether the cards' photos are printed (a choice in Afronding)
        self.photos = False
        #: the then-and-now of the place (``domain.review.Review``), when the handout has one
        self.review: Any = None
        self._pseudonyms: dict[str, str] = {}
        self._names = self._collect_names() if anonymous else None

    # -------------------------------------------------------------- records
    def all(self, kind: str) -> list[Any]:
        cls = KINDS.get(kind)
        return list(self.session.all(cls)) if cls is not None else []

    def single(self, kind: str) -> Any | None:
        cls = KINDS.get(kind)
        if cls is None or not getattr(cls, "SINGLETON", False):
            return None
        return self.session.single(cls)

    def get(self, kind: str, record_id: str) -> Any | None:
        cls = KINDS.get(kind)
        return self.session.get(cls, record_id) if cls is not None and record_id else None

    def records_are_session(self) -> bool:
        """True when records come from the session itself (not handed in, as in some tests)."""
        return True

    def blob(self, blob_id: str) -> bytes | None:
        try:
            return self.session.storage.get_blob(blob_id) if blob_id else None
        except Exception:  # a damaged blob must not stop the handout; the section says so
            return None

    def t(self, key: str, **values: object) -> str:
        return word(key, self.language, **values)

    # -------------------------------------------------------------- people
    def _collect_names(self) -> re.Pattern[str] | None:
        names: set[str] = set()
        for p in self.all("participant"):
            names.add(str(getattr(p, "name", "")))
        meeting = self.single("meeting")
        if meeting is not None:
            names.add(str(getattr(meeting, "facilitator", "")))
        for card in self.all("asset_card"):
            names.add(str(getattr(card, "holder", "")))
        for action in self.all("action"):
            names.add(str(getattr(action, "trekker", "")))
            names.add(str(getattr(action, "with_whom", "")))
        parts: set[str] = set()
        for name in names:
            name = " ".join(name.split())
            if len(name) >= 2:
                parts.add(name)
            # first names and surnames on their own too ("Anneke kan subsidies aanvragen")
            for part in name.split():
                if len(part) >= 3 and part[0].isupper() and part.casefold() not in PARTICLES:
                    parts.add(part)
        if not parts:
            return None
        alternatives = "|".join(re.escape(n) for n in sorted(parts, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def text(self, value: object) -> str:
        """Free text as typed; in anonymous mode every known person's name is blanked."""
        value = "" if value is None else str(value)
        if self._names is None:
            return value
        return self._names.sub(self.t("person"), " ".join(value.split(" ")))

    def person(self, name: object) -> str:
        """A person's name; in anonymous mode a stable stand-in such as 'Trekker A'."""
        value = " ".join(str(name or "").split())
        if not self.anonymous or not value:
            return value
        key = value.casefold()
        if key not in self._pseudonyms:
            n = len(self._pseudonyms)
            letters = ""
            while True:
                letters = chr(ord("A") + n % 26) + letters
                n = n // 26 - 1
                if n < 0:
                    break
            self._pseudonyms[key] = f"{self.t('trekker')} {letters}"
        return self._pseudonyms[key]


_LABEL_KEYS = ("label", "name", "title", "text", "phrase")


def _walk(node: Any, language: str, index: dict[str, str]) -> None:
    if isinstance(node, dict):
        ident = node.get("id")
        if isinstance(ident, str):
            for key in _LABEL_KEYS:
                if key in node and ident not in index:
                    from .. import content

                    index[ident] = content.text(node[key], language)
                    break
        for value in node.values():
            _walk(value, language, index)
    elif isinstance(node, list):
        for value in node:
            _walk(value, language, index)
