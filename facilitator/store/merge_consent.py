"""How a merge treats consent and contact details: by their own rule, withdrawal wins.

A merge otherwise keeps the newest whole record. For consent, e-mail, phone and the
"delen met de groep" tick that is not safe: a later edit of someone's role on one laptop
would bring back the e-mail they withdrew on the other. :func:`withdrawal_wins` is applied
to each merged record of a kind in :data:`~facilitator.domain.privacy.CONSENT`.
"""

from __future__ import annotations

from typing import Any

from ..domain.privacy import CONSENT


def withdrawal_wins(
    kind: str, winner: dict[str, Any], versions: list[tuple[int, dict[str, Any]]], split: str, revived: bool = False
) -> dict[str, Any]:
    """Consent and contact details merge by their own rule, not by "newest whole record".

    - a copy that withdrew consent after the split wins: no consent, no contact details and
      no "delen met de groep", even when another copy changed the record later;
    - a contact detail (or the share tick) that a copy removed after the split stays removed,
      unless it was empty where the copies started (then the other copy typed a new one);
      with no shared starting version to tell, it stays removed;
    - a record deleted in one copy (a participant removed) that comes back because another
      copy changed it later comes back without consent and contact details.
    """
    if kind not in CONSENT:
        return winner
    consent, contacts, ticks = CONSENT[kind]
    cleared = {consent: False, **{f: "" for f in contacts}, **{f: False for f in ticks}}
    if revived:
        return {**winner, **cleared}
    changed = [row for _, row in versions if row["updated"] > split]
    withdrawn = any(not row.get(consent) for row in changed)
    if withdrawn and winner.get(consent):
        return {**winner, **cleared}
    base = next((row for _, row in versions if row["updated"] <= split), None)
    out = dict(winner)
    for f in (*contacts, *ticks):
        removed = any(not row.get(f) for row in changed)
        if out.get(f) and removed and (base is None or base.get(f)):
            out[f] = False if f in ticks else ""
    return out
