"""The handout prints an action's "Wanneer" as the room said it, in Dutch and in English."""

from __future__ import annotations

from facilitator.domain import actieplan as plan
from facilitator.domain.session import Session
from facilitator.handouts import handout_bytes
from tests.handouts import pdftext


def test_when_with_its_precision_is_printed_readably():
    s = Session()
    plan.add_action(s, "Ijsbaan spuiten", trekker="Ijsclub", due="jaarlijks")
    plan.add_action(s, "Bankjes plaatsen", trekker="Ijsclub", due="juli 2026")
    plan.add_action(s, "Subsidie aanvragen", trekker="Ijsclub", due="Q3 2026")
    plan.add_action(s, "Website maken", trekker="Ijsclub", due="als er iemand is")
    dutch = pdftext.body(handout_bytes(s))
    for shown in ("jaarlijks", "juli 2026", "3e kwartaal 2026", "als er iemand is"):
        assert shown in dutch
    assert "2026-Q3" not in dutch and "2026-07" not in dutch
    # the action card of the trekker lists them by date, the recurring and the open one after
    card = dutch[dutch.index("Actiekaart voor Ijsclub") :]
    assert pdftext.missing_in_order(card, ["Bankjes", "Subsidie", "Ijsbaan", "Website"]) == []
    english = pdftext.body(handout_bytes(s, language="en"))
    assert "every year" in english and "July 2026" in english and "Q3 2026" in english
