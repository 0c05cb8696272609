"""An import or merge killed halfway leaves no half meeting in the library.

The new file is written under a temporary name the library does not list and renamed
when complete; a process killed (SIGKILL) at random moments during big imports must
leave either the whole new meeting or nothing the library shows.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.store.big_export import big_export

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from facilitator.store.library import Library
    from facilitator.store.merge import merge_files
    library = Library(sys.argv[1])
    print("ready", flush=True)
    for n in range(1000):
        if sys.argv[3] == "import":
            library.import_json(Path(sys.argv[2]))
        else:
            merge_files([Path(sys.argv[2]), Path(sys.argv[4])], library.new_path(f"samen {n}"))
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("what", ["import", "merge"])
def test_a_killed_import_or_merge_leaves_no_half_file(tmp_path: Path, what: str):
    rng = random.Random(13)
    source, library, export = big_export(tmp_path, 800)
    copy = library.duplicate(source) if what == "merge" else source
    kills = 0
    for _ in range(5):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(library.root),
                str(export if what == "import" else source),
                what,
                str(copy),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.4, 1.5))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        kills += 1
    listed = [i for i in library.sessions() if i.path != copy]
    assert listed, "no import finished before the kills; raise the sleep"
    for info in listed:
        assert info.problem is None, f"{info.path.name}: {info.problem}"  # no "geen Kernkracht-bestand"
    print(f"{what}: {kills} kills, {len(listed)} whole files listed, 0 half files")
