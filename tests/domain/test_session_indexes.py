"""The session's kept-up-to-date reading order and highest values (next number, next position).

Each is checked against a plain scan and sort after every step of a long random run of
adds, edits, moves, removes, batches, undo and redo, so a missed case shows at once.
"""

from __future__ import annotations

import random

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.domain.preparation import Participant
from facilitator.domain.session import Session
from facilitator.store.errors import DiskFull


def scanned_order(session: Session) -> list[str]:
    rows = list(session.records())
    cards = [r for r in rows if isinstance(r, kk.AssetCard)]
    return [c.id for c in sorted(cards, key=lambda c: (c.position, c.created, c.id))]


def check(session: Session) -> None:
    assert [c.id for c in session.all(kk.AssetCard)] == scanned_order(session)
    cards = [r for r in session.records() if isinstance(r, kk.AssetCard)]
    assert kk.next_number(session) == max((c.number for c in cards), default=0) + 1
    for category in kk.category_ids():
        own = [c.position for c in cards if c.category == category]
        assert session.next_position(kk.AssetCard, category=category) == max(own, default=0.0) + 1.0


def test_order_and_highest_values_follow_every_kind_of_change() -> None:
    rnd = random.Random(7)
    session = Session()
    categories = kk.category_ids()
    check(session)  # the indexes exist before the first change
    for step in range(600):
        cards = kk.cards(session)
        roll = rnd.random()
        if roll < 0.35 or not cards:
            kk.add_card(session, f"kaart {step}", rnd.choice(categories))
        elif roll < 0.5:
            kk.edit_card(session, rnd.choice(cards), title=f"andere titel {step}")
        elif roll < 0.65:
            card = rnd.choice(cards)
            others = kk.cards(session, card.category)
            kk.move_card(session, card, rnd.choice(categories), rnd.choice([None, *others]))
        elif roll < 0.75:
            kk.remove_cards(session, *rnd.sample(cards, min(len(cards), rnd.randint(1, 3))))
        elif roll < 0.8:
            with session.batch("twee kaarten"):
                kk.add_card(session, "een", rnd.choice(categories))
                kk.add_card(session, "twee", rnd.choice(categories))
        elif roll < 0.92:
            session.undo()
        else:
            session.redo()
        check(session)


def test_removing_the_highest_number_gives_it_out_again_as_before() -> None:
    session = Session()
    first = kk.add_card(session, "een", "gaven")
    second = kk.add_card(session, "twee", "gaven")
    assert (first.number, second.number) == (1, 2)
    kk.remove_cards(session, second)
    assert kk.next_number(session) == 2  # what a scan says too (the number was never shown again)
    session.undo()
    assert kk.next_number(session) == 3


def test_a_batch_that_fails_on_disk_leaves_the_indexes_as_before() -> None:
    class FullDisk:
        def write(self, changes):  # type: ignore[no-untyped-def]
            raise DiskFull()

    session = Session()
    kk.add_card(session, "een", "gaven")
    session.storage = FullDisk()  # type: ignore[assignment]
    with pytest.raises(DiskFull), session.batch("twee"):
        kk.add_card(session, "twee", "gaven")
        kk.add_card(session, "drie", "plekken")
    check(session)
    assert [c.title for c in kk.cards(session)] == ["een"]


def test_kinds_without_position_are_read_in_order_of_creation() -> None:
    rows = [Participant(name=f"p{i}", created=f"2026-01-0{9 - i}T00:00:00.000000Z") for i in range(5)]
    session = Session(records=rows)
    assert [p.name for p in session.all(Participant)] == ["p4", "p3", "p2", "p1", "p0"]
    session.remove(rows[2], label="weg")
    session.add(Participant(name="nieuw"), label="erbij")
    assert [p.name for p in session.all(Participant)] == ["p4", "p3", "p1", "p0", "nieuw"]


def test_the_cards_still_to_confirm_follow_every_kind_of_change() -> None:
    from facilitator.domain import card_check

    rnd = random.Random(11)
    session = Session()
    categories = kk.category_ids()

    def scanned(state: str) -> list[str]:
        return [c.id for c in kk.cards(session) if c.confirm == state]

    assert card_check.to_confirm(session) == []  # the index exists before the first change
    for step in range(400):
        cards = kk.cards(session)
        roll = rnd.random()
        if roll < 0.3 or not cards:
            card = kk.add_card(session, f"kaart {step}", rnd.choice(categories))
            if rnd.random() < 0.5:
                session.update(card, "meegenomen", confirm=card_check.TO_CONFIRM)
        elif roll < 0.5:
            session.update(rnd.choice(cards), "klopt", confirm=rnd.choice(card_check.STATES))
        elif roll < 0.6:
            card = rnd.choice(cards)
            kk.move_card(session, card, rnd.choice(categories), rnd.choice([None, *kk.cards(session, card.category)]))
        elif roll < 0.7:
            kk.remove_cards(session, *rnd.sample(cards, min(len(cards), rnd.randint(1, 3))))
        elif roll < 0.85:
            session.undo()
        else:
            session.redo()
        assert [c.id for c in card_check.to_confirm(session)] == scanned(card_check.TO_CONFIRM)
        assert [c.id for c in session.where(kk.AssetCard, confirm="")] == scanned("")
    assert card_check.to_confirm(session)  # the run did leave cards to confirm
