"""Command-line uses of the meeting tools: ``merge`` and the anonymised ``export --anoniem``.

``cli.py`` loads this module and calls :func:`register`.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "merge",
        parents=[common],
        help="voeg kopieën van een bijeenkomst (van meerdere laptops) samen in een nieuw bestand",
        description=(
            "Voeg kopieën van dezelfde bijeenkomst samen. De invoerbestanden blijven zoals ze zijn; "
            "het resultaat is een nieuw bestand. Is iets op twee laptops verschillend aangepast, "
            "dan wint de nieuwste versie en staat het in het verslag."
        ),
    )
    p.add_argument("sessions", nargs="+", metavar="SESSIE", help="twee of meer bijeenkomsten (bestand of naam)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="NIEUW.kernkracht")
    p.add_argument(
        "--ook-andere-bijeenkomsten",
        dest="allow_foreign",
        action="store_true",
        help="ook samenvoegen als de bestanden niet van dezelfde bijeenkomst komen",
    )
    p.set_defaults(run=cmd_merge)

    export = subparsers.choices.get("export")
    if export is not None:
        export.add_argument(
            "--anoniem",
            action="store_true",
            help="zonder namen en contactgegevens (deelnemers heten dan Deelnemer 1, 2 …)",
        )
        export.set_defaults(run=cmd_export)


def cmd_merge(args: argparse.Namespace) -> int:
    from .cli import fail, library_of
    from .store.errors import StoreError
    from .store.merge import merge_files

    if len(args.sessions) < 2:
        return fail("geef minstens twee bijeenkomsten om samen te voegen")
    library = library_of(args)
    try:
        paths = [library.find(name) for name in args.sessions]
        output = args.output
        if output.suffix != ".kernkracht":
            output = output.with_name(output.name + ".kernkracht")
        report = merge_files(paths, output, allow_foreign=args.allow_foreign)
    except StoreError as exc:
        return fail(exc.message("nl"))
    for line in report.lines():
        print(line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .cli import cmd_export as plain_export
    from .cli import fail, library_of
    from .store.anonymise import export_file_anonymised
    from .store.errors import StoreError

    if not getattr(args, "anoniem", False):
        return plain_export(args)
    library = library_of(args)
    try:
        path = library.find(args.session)
        export_file_anonymised(path, args.output, backup_dir=library.backup_dir)
    except StoreError as exc:
        return fail(exc.message("nl"))
    print(args.output)
    return 0
