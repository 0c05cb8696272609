"""What a handout reads from a session, and how it keeps people anonymous.

Each step's records are read by kind; a step without records gives no section (it is
left out of the handout).
"""

from __future__ import annotations

from typing import Any

from ..domain import anonymity
from ..domain.privacy import PERSON_FIELDS
from ..domain.records import KINDS
from ..domain.session import Session
from .words import word


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
        self._names = self._anonymiser() if anonymous else None

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
    def _anonymiser(self) -> anonymity.Anonymiser:
        """The one rule the anonymised export uses too (names, e-mail, phone; choices untouched)."""
        kinds = {"participant", "meeting", *anonymity.ORGANISATION_FIELDS, *PERSON_FIELDS}
        records = {
            kind: [r.to_dict() if hasattr(r, "to_dict") else dict(vars(r)) for r in self.all(kind)] for kind in kinds
        }
        return anonymity.for_records(records, language=self.language)

    def text(self, value: object) -> str:
        """Free text as typed; in anonymous mode names, e-mail addresses and phone numbers are hidden."""
        value = "" if value is None else str(value)
        if self._names is None:
            return value
        return self._names.scrub(value)

    def person(self, name: object) -> str:
        """A person's name; in anonymous mode a stable stand-in such as 'Deelnemer 2'."""
        value = " ".join(str(name or "").split())
        if self._names is None or not value:
            return value
        return self._names.person(value)


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
