"""Command-line uses of the handouts: ``main.py handout`` and ``main.py worksheet``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _poster_kind(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "kind", choices=["krachtenkaart", "eigenaarschap"], metavar="SOORT", help="krachtenkaart of eigenaarschap"
    )


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    # the commands that make one file of one meeting:
    # name, help, output metavar, help of --lang, help of --anoniem, what it runs, more positional arguments
    session_commands = (
        ("handout", "maak de hand-out van een bijeenkomst (PDF)", "BESTAND.pdf",
         "taal van de hand-out (standaard nl)", "zonder namen en contactgegevens", cmd_handout, None),
        ("samenvatting", "maak de samenvatting op één A4 (PDF)", "BESTAND.pdf",
         "taal (standaard nl)", "zonder namen", cmd_samenvatting, None),
        ("tabellen", "tabellen (xlsx, csv) of agenda (ics) voor de gemeente", "BESTAND.xlsx|.csv|.ics",
         "taal van de kopjes (standaard nl)", "zonder namen en contactgegevens", cmd_export, None),
        ("poster", "maak een A3-poster (PDF) van de Krachtenkaart of Type 1-4", "BESTAND.pdf",
         "taal (standaard nl)", "zonder namen", cmd_poster, _poster_kind),
    )  # fmt: skip
    for name, help_text, output, lang_help, anonymous_help, run, more in session_commands:
        p = sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("session", metavar="SESSIE", help="bestand, bestandsnaam of plaatsnaam")
        if more is not None:
            more(p)
        p.add_argument("-o", "--output", type=Path, required=True, metavar=output)
        p.add_argument("--lang", choices=["nl", "en"], default="nl", help=lang_help)
        p.add_argument("--anoniem", action="store_true", help=anonymous_help)
        p.set_defaults(run=run)

    p = sub.add_parser("worksheet", parents=[common], help="maak een leeg werkblad (PDF); --list toont ze")
    p.add_argument("name", nargs="?", metavar="NAAM", help="inventaris, eigenaarschap, rollen of actieplan")
    p.add_argument("-o", "--output", type=Path, default=None, metavar="BESTAND.pdf")
    p.add_argument("--lang", choices=["nl", "en"], default="nl", help="taal van het werkblad (standaard nl)")
    p.add_argument("--set", default="", metavar="ROLSET", help="welke set rollen (alleen bij 'rollen')")
    p.add_argument("--list", action="store_true", help="toon de werkbladen en de sets rollen")
    p.set_defaults(run=cmd_worksheet)


def _fail(message: str) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return 2


def _with_session(args: argparse.Namespace, make) -> int:  # type: ignore[no-untyped-def]
    """Open the named session, run ``make(session)``, close it again."""
    from ..paths import default_library
    from ..store.errors import ReadOnlyFile, StoreError
    from ..store.library import Library
    from ..store.readonly import read_only_session
    from ..store.sessionfile import SessionFile, open_session

    # not cli.library_of: importing cli would pull the Qt app into the type check of this package
    library = Library(args.library or default_library())
    sf: SessionFile | None = None
    try:
        path = library.find(args.session) if not Path(args.session).is_file() else Path(args.session)
        try:
            sf, session = open_session(path, backup_dir=library.backup_dir)
        except ReadOnlyFile:
            session = read_only_session(path)  # printing needs no write
    except StoreError as exc:
        return _fail(exc.message("nl"))
    try:
        return int(make(session))
    finally:
        if sf is not None:
            sf.close()


def cmd_handout(args: argparse.Namespace) -> int:
    from .handout import write_handout

    return _with_session(
        args,
        lambda session: _write(
            lambda target: write_handout(session, target, language=args.lang, anonymous=args.anoniem), args.output
        ),
    )


def cmd_samenvatting(args: argparse.Namespace) -> int:
    from .samenvatting import write_samenvatting

    return _with_session(
        args,
        lambda session: _write(
            lambda target: write_samenvatting(session, target, language=args.lang, anonymous=args.anoniem),
            args.output,
        ),
    )


def cmd_poster(args: argparse.Namespace) -> int:
    from .posters import write_poster

    return _with_session(
        args,
        lambda session: _write(
            lambda target: write_poster(session, args.kind, target, language=args.lang, anonymous=args.anoniem),
            args.output,
        ),
    )


def cmd_export(args: argparse.Namespace) -> int:
    from . import exports

    output = Path(args.output)
    kind = output.suffix.lower().lstrip(".")
    if kind not in ("xlsx", "csv", "ics"):
        return _fail("kies een bestandsnaam op .xlsx, .csv of .ics")
    options = {"language": args.lang, "anonymous": args.anoniem}

    def make(session) -> int:  # type: ignore[no-untyped-def]
        if kind == "csv":
            try:
                for path in exports.write_csv(session, output.parent, output.stem, **options):
                    print(path)
            except OSError as exc:
                return _fail(f"kan niet schrijven in {output.parent}: {exc.strerror or exc}")
            return 0
        write = exports.write_xlsx if kind == "xlsx" else exports.write_calendar
        return _write(lambda target: write(session, target, **options), output)

    return _with_session(args, make)


def cmd_worksheet(args: argparse.Namespace) -> int:
    from .sheetwords import role_sets, sheet_word
    from .worksheets import WORKSHEETS, write_worksheet

    if args.list:
        for name, (_builder, title) in WORKSHEETS.items():
            print(f"{name}\t{sheet_word(title, args.lang)}")
        for s in role_sets(args.lang):
            print(f"rollen --set {s['id']}\t{s['name']}")
        return 0
    if not args.name:
        return _fail("noem een werkblad, of gebruik --list")
    if args.name not in WORKSHEETS:
        return _fail(f"onbekend werkblad {args.name!r}; kies uit: {', '.join(WORKSHEETS)}")
    if args.output is None:
        return _fail("geef met -o aan waar het werkblad moet komen (BESTAND.pdf)")
    if args.set and args.set not in {s["id"] for s in role_sets(args.lang)}:
        return _fail(f"onbekende set rollen {args.set!r}; zie worksheet --list")
    return _write(lambda target: write_worksheet(args.name, target, language=args.lang, set=args.set), args.output)


def _write(make, output: Path) -> int:  # type: ignore[no-untyped-def]
    """Write to a temporary file first, so a failed build never leaves half a PDF behind."""
    output = Path(output)
    tmp = output.with_name(output.name + ".tmp")
    try:
        make(tmp)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        return _fail(f"kan {output} niet schrijven: {exc.strerror or exc}")
    print(output)
    return 0
