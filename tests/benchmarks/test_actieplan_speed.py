"""How fast the action plan answers: a dot on a long list, and finding the previous meeting.

Ratios against a baseline measured in the same run (one plain edit of the meeting;
listing the library), so the numbers mean the same on a slow laptop.
"""

from __future__ import annotations

import time

import pytest

from facilitator.domain import actieplan as ap
from facilitator.domain import preparation as prep
from facilitator.store.previous import previous_meeting
from facilitator.store.sessionfile import open_session


def best_of(fn, repeat: int = 5) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.mark.benchmark
def test_a_dot_on_a_long_list_costs_about_one_edit(library, report):
    path = library.create("Ulrum")
    sf, s = open_session(path)
    try:
        ap.set_groups(s, "bewoners, gemeente")
        with s.batch("veel ideeën"):
            for n in range(300):
                ap.add_idea(s, f"Idee {n}")
        ideas = ap.ideas(s)
        counter = iter(range(10_000))
        baseline = best_of(lambda: prep.edit_meeting(s, purpose=f"doel {next(counter)}"))
        vote = best_of(lambda: (ap.vote(s, ideas[150], "bewoners", 1), ap.ranked(s), ap.rank_numbers(s)))
    finally:
        sf.close()
    ratio = report("actieplan_vote_rank_300_ideas_ms", vote * 1000, baseline * 1000)
    print(
        f"\nstip + rangorde van 300 ideeën: {vote * 1000:.2f} ms; één bewerking: {baseline * 1000:.2f} ms; {ratio:.1f}x"
    )
    assert ratio < 50  # loose: the baseline edit swings 0.3–3 ms on a shared machine; only a runaway fails


@pytest.mark.benchmark
def test_finding_the_previous_meeting_among_thirty_files(library, report):
    for n in range(30):
        path = library.create("Ulrum" if n % 3 == 0 else f"Elders {n}", date=f"2026-01-{n % 28 + 1:02d}")
        sf, s = open_session(path)
        for i in range(20):
            ap.add_action(s, f"Actie {i}")
        sf.close()
    baseline = best_of(lambda: library.sessions(), repeat=3)
    found = best_of(lambda: previous_meeting(library, "Ulrum", "2026-12-31"), repeat=3)
    ratio = report("actieplan_previous_meeting_30_files_ms", found * 1000, baseline * 1000)
    print(
        f"\nvorige bijeenkomst zoeken in 30 bestanden: {found * 1000:.1f} ms; lijst: {baseline * 1000:.1f} ms; {ratio:.1f}x"
    )
    assert previous_meeting(library, "Ulrum", "2026-12-31") is not None
    assert ratio < 50  # loose: only a runaway (reading every file again per lookup) fails
