"""What a drag on a busy ownership board costs next to a plain update, and how the board redraws.

A move renumbers the target column (one undo step); with 400 activities on the board
that must stay close to the cost of a single write. The page's redraw after an edit
reloads four column models and the shifts table; measured against a board of 40.
Ratios are printed; the bounds are loose (a machine under load must not fail them).
"""

from __future__ import annotations

import time

import pytest

from facilitator.domain import eigenaarschap as eig
from facilitator.domain import preparation
from facilitator.domain.session import Session

ROUNDS = 100


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _board(n: int) -> Session:
    session = Session()
    for i in range(n):
        a = eig.add_activity(session, f"Activiteit {i} met een wat langere naam", i % 4 + 1)
        if i % 3 == 0:
            eig.set_wanted_type(session, a, (i + 1) % 4 + 1)
    return session


@pytest.mark.benchmark
def test_moving_a_card_on_a_busy_board_costs_little_more_than_a_plain_update(report):
    session = _board(400)
    meeting = preparation.meeting(session)
    cards = eig.column(session, 1)[:ROUNDS]

    def baseline() -> None:
        for i in range(ROUNDS):
            session.update(meeting, "x", notes=str(i))

    def moving() -> None:
        for i, a in enumerate(cards):
            eig.move_to_type(session, a, 2, index=i % 7)

    base, move = _timed(baseline), _timed(moving)
    ratio = report("eigenaarschap_move_to_type_400_ms", move / ROUNDS * 1e3, base / ROUNDS * 1e3)
    print(
        f"\nmove_to_type in a column of ~100 (400 on the board): {move / ROUNDS * 1e3:.2f} ms, {ratio:.1f}× an update"
    )
    assert ratio < 400  # renumbering ~100 positions in one batch; loose, only catches a runaway


@pytest.mark.benchmark
def test_board_redraw_grows_with_the_board_not_worse(qtbot, report):
    from facilitator.ui.session.context import SessionContext
    from facilitator.ui.steps.eigenaarschap.page import OwnershipPage

    def redraw_time(n: int) -> float:
        ctx = SessionContext(_board(n))
        page = OwnershipPage(ctx)
        qtbot.addWidget(page)
        page.resize(1280, 720)
        page.show()
        a = eig.activities(ctx.session)[0]
        took = _timed(lambda: [eig.set_wanted_type(ctx.session, a, 4 - i % 2) for i in range(20)])
        page.close()
        return took / 20

    small, big = redraw_time(40), redraw_time(400)
    report("eigenaarschap_redraw_400_vs_40_cards_ms", big * 1e3, small * 1e3)
    print(
        f"\nredraw after an edit: {small * 1e3:.1f} ms with 40 cards, {big * 1e3:.1f} ms with 400 ({big / small:.1f}×)"
    )
    assert big / small < 60  # ten times the cards: roughly ten times the work, never quadratic blow-ups
