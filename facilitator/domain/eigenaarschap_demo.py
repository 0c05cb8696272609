"""The demo village's ownership board, from ``resources/data/demo/eigenaarschap.json``."""

from __future__ import annotations

from typing import Any

from .eigenaarschap import OPEN, add_activity, edit_activity, set_contribution, set_hands, set_puller
from .records import KINDS
from .session import Session


def load_demo(session: Session, data: dict[str, Any]) -> None:
    """Fill the demo village's board from ``resources/data/demo/eigenaarschap.json``.

    An item may name an asset card by its title (``card``); it is linked when the
    Krachtenkaart of the demo has that card.
    """
    cls = KINDS.get("asset_card")
    by_title = {getattr(c, "title", ""): c.id for c in session.all(cls)} if cls is not None else {}
    for item in data.get("activities", []):
        a = add_activity(
            session,
            item["title"],
            item.get("current_type", OPEN),
            description=item.get("description", ""),
            wanted_type=item.get("wanted_type", 0),
            card_id=by_title.get(item.get("card", ""), ""),
            starter_id=item.get("starter_id", ""),
        )
        texts = {k: item[k] for k in ("change_needed", "runs_now", "how_often") if item.get(k)}
        if texts:
            edit_activity(session, a, **texts)
        if item.get("puller") or item.get("puller_nobody"):
            set_puller(session, a, item.get("puller", ""), bool(item.get("puller_nobody")))
        for kind, value in item.get("contributions", {}).items():
            set_contribution(session, a, kind, value)
        for type_key, count in item.get("hands", {}).items():
            set_hands(session, a, int(type_key), count)
