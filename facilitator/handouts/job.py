"""One handout, samenvatting or poster made in a process of its own, for the app.

The app starts this as a child process (``python -m facilitator.handouts.job …``, or the
bundled program with :data:`JOB_WORD` first), so building a large PDF never holds the
window: no shared GIL, no garbage collections in the window's process. The child reads a
consistent copy of the meeting (made by the app with SQLite's backup) read-only, writes
beside its target and renames at the end, so a cancelled or failed job leaves no half PDF.

It talks to the app in lines on standard output: ``PROGRESS n`` (whole percent) and
``DONE``; a failure is one line on standard error and exit code 2: ``FOUT: message`` (a
store error, in the app's language) or ``SCHRIJFFOUT ENOSPC path`` (the app words it).
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: the first word on the bundled program's command line that starts a job (see cli.main)
JOB_WORD = "--maak-pdf-job"

KINDS = ("handout", "samenvatting", "poster-krachtenkaart", "poster-eigenaarschap")


def temp_name(target: Path) -> Path:
    """Where the job writes before the rename (the app removes it when it stops the job)."""
    return target.with_name(target.name + ".tmp")


def _reporter(out: Any) -> Callable[[float, str], None]:
    last = [-1]

    def report(fraction: float, _message: str) -> None:
        value = max(0, min(100, int(fraction * 100)))
        if value != last[0]:  # one line per whole percent: the app repaints per line
            last[0] = value
            out.write(f"PROGRESS {value}\n")
            out.flush()

    return report


def _review(session: Any, where: Any, language: str) -> Any:
    """ "Toen en nu" of the meeting's place from the other files of its library (read read-only),
    or None: no library, one werkgroep's handout, or the earlier files could not be read (the
    review is an extra; the handout is made without it)."""
    if not isinstance(where, dict) or not where.get("library"):
        return None
    from ..domain import review as rv
    from ..store.errors import StoreError
    from ..store.library import Library
    from ..store.review import place_meetings

    own = Path(str(where.get("own_path") or "")) if where.get("own_path") else None
    try:
        meetings, _ = place_meetings(Library(str(where["library"])), session, str(where.get("session_id", "")), own)
    except (StoreError, OSError):
        return None
    return rv.review(meetings, language)


def make(kind: str, source: Path, target: Path, options: dict[str, Any], report: Callable[[float, str], None]) -> None:
    """Read the meeting in ``source`` and write ``kind`` to ``target`` (through its temp name)."""
    from ..store.readonly import read_only_session
    from .workgroup import workgroup_session

    session = read_only_session(source)
    report(0.01, "")
    theme = " ".join(str(options.get("theme", "")).split())
    if theme:
        session = workgroup_session(session, theme)
    language = str(options.get("language", "nl"))
    anonymous = bool(options.get("anonymous", False))
    tmp = temp_name(target)
    try:
        if kind == "handout":
            from .handout import write_handout

            photos = bool(options.get("photos", False))
            review = _review(session, options.get("review"), language)
            write_handout(
                session, tmp, language=language, anonymous=anonymous, progress=report, photos=photos, review=review
            )
        elif kind == "samenvatting":
            from .samenvatting import write_samenvatting

            write_samenvatting(session, tmp, language=language, anonymous=anonymous)
        else:
            from .posters import write_poster

            write_poster(session, kind.removeprefix("poster-"), tmp, language=language, anonymous=anonymous)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    report(1.0, "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kernkracht-pdf-job", add_help=False)
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("options", help="JSON: language, anonymous, photos, theme")
    args = parser.parse_args(argv)
    from ..store.errors import StoreError

    options = json.loads(args.options)
    try:
        make(args.kind, args.source, args.target, options, _reporter(sys.stdout))
    except StoreError as exc:  # the store says it in the app's language itself
        print(f"FOUT: {exc.message(str(options.get('ui_language', 'nl')))}", file=sys.stderr, flush=True)
        return 2
    except OSError as exc:  # the app words it (translated): which kind, and where
        kind = errno.errorcode.get(exc.errno or 0, "")
        print(f"SCHRIJFFOUT {kind} {args.target}", file=sys.stderr, flush=True)
        return 2
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
