"""What a session holds, counted, for the Afronding step's overview; and a snapshot of a
session that a worker thread may read while the facilitator goes on working."""

from __future__ import annotations

from ..domain.session import MemoryStorage, Session
from .reading import Reader
from .sections import actieplan, eigenaarschap, krachtenkaart


def counts(session: Session) -> dict[str, int]:
    """Numbers per part of the handout; 0 means that part is left out of it."""
    reader = Reader(session)
    parked = krachtenkaart.parked_ids()
    everything = reader.all("asset_card")
    cards = [c for c in everything if c.category not in parked]  # strengths only: worries are parked
    activities = [a for a in reader.all("activity") if str(getattr(a, "title", "")).strip()]
    actions = actieplan.actions(reader)
    pic = reader.single("map_picture")
    vision = reader.single("vision")
    return {
        "participants": len([p for p in reader.all("participant") if str(p.name).strip()]),
        "cards": len(cards),
        "crown_jewels": len(krachtenkaart.crown_jewels(reader)),
        "map": 1 if getattr(pic, "blob_id", "") else 0,
        "worries": len(everything) - len(cards),
        "pins": len([c for c in everything if c.pinned]),
        "ideas": len([i for i in reader.all("idea") if str(i.title).strip()]),
        "vision": 1 if str(getattr(vision, "text", "") or "").strip() else 0,
        "support": len(reader.all("partner_ask")),
        "activities": len(activities),
        "shifts": len(eigenaarschap.shifts(reader, activities)),
        "role_scores": len([s for s in reader.all("role_score") if s.now or s.wanted or str(s.notes).strip()]),
        "cases": len([a for a in reader.all("case_answer") if str(a.answer).strip()]),
        "killer_phrases": len([k for k in reader.all("killer_phrase") if k.heard or k.count or str(k.answer).strip()]),
        "plan_ideas": len(actieplan.ranked_ideas(reader)),
        "actions": len(actions),
        "trekkers": len({" ".join(str(a.trekker).split()) for a in actions if str(a.trekker).strip()}),
        **evening_counts(session),
    }


def evening_counts(session: Session) -> dict[str, int]:
    """Issue 12's parts: who was missing, what ideas yield, partners asked, the closing round."""
    from ..domain import avond, opbrengst, room

    closing = avond.closing(session)
    return {
        "missing_groups": len(room.missing_groups(session)),
        "tagged_ideas": len(opbrengst.tagged_ideas(session)),
        "partner_asks": len([a for a in opbrengst.asks(session) if a.partner.strip()]),
        "signups": len([s for s in avond.signups(session) if s.name.strip()]),
        "closing": 0 if avond.closing_is_empty(closing) else 1,
    }


def snapshot(session: Session, photos: bool = False) -> Session:
    """A copy of the session in memory, with the map picture (and the cards' photos when
    ``photos``), for building in another thread.

    The session file's SQLite connection belongs to the thread that opened it, and the
    facilitator may go on editing while the handout is made: the copy avoids both problems.
    """
    storage = MemoryStorage()
    copies = [type(r).from_dict(r.to_dict()) for r in session.records()]
    for record in copies:
        blob_ids = [str(record.__dict__.get("blob_id", ""))] if record.KIND == "map_picture" else []
        if photos and record.KIND == "asset_card":
            blob_ids += [str(b) for b in record.__dict__.get("photos", []) or []]
        for blob_id in blob_ids:
            data = session.storage.get_blob(blob_id) if blob_id else None
            if data is not None:
                storage.blobs[blob_id] = (data, "application/octet-stream")
    return Session(storage=storage, records=copies)
