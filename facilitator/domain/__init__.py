"""The session and the rules of each exercise, in plain Python (no Qt).

Importing this package registers every record kind (a kind missing from the registry would be
neither created nor loaded by the store). ``RECORD_MODULES`` names the modules that define record
kinds; ``tests/domain/test_registry.py`` fails when a module with a record kind is missing from it.
"""

from . import (
    actieplan,
    avond,
    card_check,
    eigenaarschap,
    gemeente,
    krachtenkaart,
    next_meeting,
    opbrengst,
    preparation,
    rollen,
    room,
    scoring,
    spiegel,
    support,
    themes,
)

RECORD_MODULES = (
    preparation,
    krachtenkaart,
    card_check,
    eigenaarschap,
    rollen,
    scoring,
    spiegel,
    gemeente,
    actieplan,
    room,
    opbrengst,
    support,
    avond,
    next_meeting,
    themes,
)
