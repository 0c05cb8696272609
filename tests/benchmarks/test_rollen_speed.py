"""How much a Rollen edit costs on top of a plain session update, with a full exercise loaded.

Every score, tick and count is a domain operation that looks its record up first; this
checks the lookup stays small next to the write itself (ratios, measured in one run).
"""

from __future__ import annotations

import time

import pytest

from facilitator.domain import preparation, role_content, rollen
from facilitator.domain.session import Session

ROUNDS = 300


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.benchmark
def test_scoring_and_reading_cost_next_to_a_plain_update(report):
    session = Session()
    # a busy evening: every set scored by every group, every case answered, every phrase heard
    for set_id, role_set in role_content.role_sets().items():
        for group in rollen.GROUPS:
            for role_id in role_set.role_ids:
                rollen.set_score(session, set_id, role_id, now=2, wanted=4, group=group)
            for case_id in role_content.cases():
                rollen.answer_case(
                    session, case_id, set_id, answer="x", role_ids=list(role_set.role_ids[:2]), group=group
                )
    for phrase in rollen.phrases(session):
        rollen.tick_phrase(session, phrase.id)
    meeting = preparation.meeting(session)

    def baseline() -> None:
        for i in range(ROUNDS):
            session.update(meeting, "x", notes=str(i))

    def scoring() -> None:
        for i in range(ROUNDS):
            rollen.set_score(session, "bewonersorganisatie", "activerend", now=i % 6, group="bewoners")

    def reading() -> None:
        for _ in range(ROUNDS):
            rollen.radar(session, "bewonersorganisatie", "bewoners")
            rollen.case_tally(session, "bewonersorganisatie")

    base = _timed(baseline)
    score = _timed(scoring)
    read = _timed(reading)
    print(
        f"\nrollen ({ROUNDS}x, {sum(1 for _ in session.records())} records): "
        f"plain update {base * 1000:.1f} ms, set_score {score / base:.2f}x, radar+tally {read / base:.2f}x"
    )
    report("rollen_set_score_ms", score / ROUNDS * 1e3, base / ROUNDS * 1e3)
    report("rollen_radar_and_tally_ms", read / ROUNDS * 1e3, base / ROUNDS * 1e3)
    assert score / base < 10
    assert read / base < 10
