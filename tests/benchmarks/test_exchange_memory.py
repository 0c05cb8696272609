"""Peak memory of exporting, importing and merging a meeting with many photos.

Each path runs in a child process of its own, which prints its peak resident memory
(``VmHWM`` from ``/proc/self/status``; ``resource.getrusage`` maxrss where there is no /proc) at the end. The baseline is a child that
imports the same modules and copies the same meeting file with ``shutil.copyfile``: the
interpreter and the code, plus moving the same bytes through the disk. A streamed path should
stay near it, whatever the size of the photos; the whole-document way (``dumps(export_data)``,
as export worked before) is printed too, as ``..._whole_document``, so the difference shows.
Printed: ``BENCH exchange_memory_<path>_mib ours baseline ratio``.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from facilitator.domain import krachtenkaart as kk
from facilitator.store.sessionfile import open_session

PHOTOS = int(os.environ.get("KERNKRACHT_MEMORY_PHOTOS", "120"))
PHOTO_BYTES = 1_200_000

pytestmark = pytest.mark.benchmark

PRELUDE = """
import resource, shutil, sys
from pathlib import Path
from facilitator.store import exchange, merge, stream
from facilitator.store.library import Library
from facilitator.store.sessionfile import open_session
lib = Library(Path(sys.argv[1]))
src, work = Path(sys.argv[2]), Path(sys.argv[3])
"""
WORK = {
    "baseline": "shutil.copyfile(src, work / 'kopie.kernkracht')",
    "export": "lib.export_json(src, work / 'export.json')",
    "import": "lib.import_json(work / 'export.json')",
    "merge": "merge.merge_files([src, sys.argv[4]], work / 'samen.kernkracht')",
    "export_whole_document": (
        "sf, _ = open_session(src); (work / 'heel.json').write_text(exchange.dumps(exchange.export_data(sf)));"
        " sf.close()"
    ),
}
#: the peak of this process's own memory: VmHWM belongs to the memory map exec made, while
#: ru_maxrss on Linux carries over exec (from the forking pytest process: it read 72 MiB for all)
EPILOGUE = """
try:
    hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1]
except OSError:
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print('MAXRSS', hwm)
"""


def peak_mib(name: str, args: list[str]) -> float:
    code = PRELUDE + WORK[name] + EPILOGUE
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=600, check=False)
    assert out.returncode == 0, out.stderr
    kib = int(next(line for line in out.stdout.splitlines() if line.startswith("MAXRSS")).split()[1])
    return kib / 1024


def test_streamed_export_import_and_merge_stay_near_a_plain_copy(library, tmp_path, report):
    path = library.create("Fotodorp")
    sf, session = open_session(path)
    try:
        card = kk.add_card(session, "Molen", "plekken")
        for _ in range(PHOTOS):
            kk.add_photo(session, kk.cards(session)[0], b"\xff\xd8" + os.urandom(PHOTO_BYTES), "image/jpeg")
    finally:
        sf.close()
    assert card.title == "Molen"
    copy = library.duplicate(path)
    work = tmp_path / "werk"
    work.mkdir()
    args = [str(library.root), str(path), str(work), str(copy)]
    size_mib = path.stat().st_size / 2**20
    figures = {}
    for name in ("baseline", "export", "import", "merge", "export_whole_document"):
        figures[name] = peak_mib(name, args)
    base = figures.pop("baseline")
    print(f"\nmeeting of {size_mib:.0f} MiB with {PHOTOS} photos; plain copy peaks at {base:.0f} MiB")
    for name, mib in figures.items():
        report(f"exchange_memory_{name}_mib", mib, base)
    # one photo at a time: far below the size of the photos (the whole document holds them ~3 times)
    for name in ("export", "import", "merge"):
        assert figures[name] < base + size_mib / 2, (name, figures[name], base, size_mib)
