"""The command line: start the app, or work with session files without a screen.

Every command takes ``--library DIR``. Messages are in Dutch; errors go to stderr
with exit code 2 and change nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from . import APP_NAME, __version__
from .paths import default_library

Command = Callable[[argparse.Namespace], int]


class DutchParser(argparse.ArgumentParser):
    """argparse with its usage errors in Dutch (exit code 2, message on stderr)."""

    PHRASES = (
        ("the following arguments are required", "deze gegevens ontbreken"),
        ("unrecognized arguments", "onbekende woorden"),
        ("invalid choice", "onbekende keuze"),
        ("expected one argument", "hier hoort één waarde bij"),
        ("choose from", "kies uit"),
        ("argument ", "bij "),
    )

    def error(self, message: str) -> NoReturn:
        for english, dutch in self.PHRASES:
            message = message.replace(english, dutch)
        self.print_usage(sys.stderr)
        self.exit(2, f"Fout: {message}. Zie '{self.prog} --help'.\n")


#: argparse's own words, in Dutch (argparse looks them up through its module-level ``_``)
ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "positional arguments": "opdrachten en gegevens",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
}


def _dutch_argparse() -> None:
    english = argparse._  # type: ignore[attr-defined]
    if getattr(english, "dutch", False):
        return

    def dutch(text: str) -> str:
        return ARGPARSE_DUTCH.get(text) or english(text)

    dutch.dutch = True  # type: ignore[attr-defined]
    argparse._ = dutch  # type: ignore[attr-defined]


def program_name(argv0: str | None = None) -> str:
    """How the user started Kernkracht, for --help and error messages.

    ``python main.py`` in a checkout, ``kernkracht-cli`` once installed (the wheel's script or
    the bundle's program); never a bare "main.py" or "__main__.py".
    """
    path = argv0 if argv0 is not None else (sys.argv[0] if sys.argv else "")
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.removesuffix(".exe").removesuffix(".py")
    if stem == "main":
        return "python main.py"
    if stem in ("", "__main__", "-c") or not stem.startswith("kernkracht"):
        return "kernkracht-cli"
    return stem


def build_parser(all_commands: bool = True) -> argparse.ArgumentParser:
    """The command line; ``all_commands=False`` leaves out the handout and merge commands (a plain start)."""
    _dutch_argparse()
    # the commands take --library too; SUPPRESS keeps a command's missing option from
    # overwriting one given before the command (main.py --library X list)
    common = DutchParser(add_help=False)
    common.add_argument(
        "--library", type=Path, default=argparse.SUPPRESS, metavar="MAP", help="de bibliotheekmap met bijeenkomsten"
    )
    parser = DutchParser(
        prog=program_name(),
        description=f"{APP_NAME}: begeleid een dorps- of wijkavond. Zonder opdracht start de app.",
    )
    parser.add_argument("--library", type=Path, default=None, metavar="MAP", help="de bibliotheekmap met bijeenkomsten")
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="toon het versienummer en stop"
    )
    parser.add_argument("--lang", choices=["nl", "en"], default=None, help="taal van de app (nl of en)")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=DutchParser)

    p = sub.add_parser("list", parents=[common], help="toon de bijeenkomsten in de bibliotheek, één per regel")
    p.set_defaults(run=cmd_list)

    p = sub.add_parser("export", parents=[common], help="schrijf een hele bijeenkomst als JSON")
    p.add_argument("session", metavar="SESSIE", help="bestand, bestandsnaam of plaatsnaam")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND.json")
    p.add_argument(
        "--anoniem",
        action="store_true",
        help="zonder namen en contactgegevens (deelnemers heten dan Deelnemer 1, 2 …)",
    )
    p.add_argument(
        "--ook-organisaties",
        dest="hide_organisations",
        action="store_true",
        help="met --anoniem: laat ook de namen van organisaties weg (Organisatie 1, 2 …)",
    )
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("import", parents=[common], help="maak een nieuwe bijeenkomst van een JSON-export")
    p.add_argument("file", type=Path, metavar="BESTAND.json")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("shots", parents=[common], help="maak schermafbeeldingen van elk scherm (PNG)")
    p.add_argument("directory", type=Path, metavar="MAP")
    p.add_argument("--session", default=None, metavar="SESSIE", help="standaard: het demodorp")
    p.set_defaults(run=cmd_shots)

    p = sub.add_parser("demo", parents=[common], help="maak het demodorp (opnieuw) in de bibliotheek")
    p.add_argument("--replace", action="store_true", help="vervang een bestaand demodorp")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser(
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

    p = sub.add_parser(
        "overzicht",
        parents=[common],
        help="overzicht van alle kernen (elke bijeenkomst in de bibliotheek of in mappen) als XLSX of PDF",
        description=(
            "Zet elke bijeenkomst naast elkaar: Type 1–4, rollen, acties, wat er van anderen gevraagd wordt "
            "en de trekkers. De bestanden worden alleen gelezen, nooit veranderd."
        ),
    )
    p.add_argument(
        "folders", nargs="*", type=Path, metavar="MAP", help="mappen met bijeenkomsten (standaard: de bibliotheek)"
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="BESTAND.xlsx")
    p.add_argument("--anoniem", action="store_true", help="trekkers niet bij naam")
    p.set_defaults(run=cmd_overview)

    if all_commands:
        from .handouts.commands import register as register_handout_commands

        register_handout_commands(sub, common)
    return parser


def library_of(args: argparse.Namespace):
    from .store.library import Library

    return Library(args.library or default_library())


def fail(message: str) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return 2


def cmd_list(args: argparse.Namespace) -> int:
    library = library_of(args)
    for info in library.sessions():
        status = f"  [{info.problem.message('nl')}]" if info.problem else ""
        demo = " (demo)" if info.demo else ""
        print(f"{info.path.name}\t{info.date}\t{info.place}{demo}{status}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .store.errors import StoreError

    library = library_of(args)
    try:
        path = library.find(args.session)
        if args.anoniem:
            from .store.anonymise import export_file_anonymised

            export_file_anonymised(
                path, args.output, backup_dir=library.backup_dir, hide_organisations=args.hide_organisations
            )
        else:
            library.export_json(path, args.output)
    except StoreError as exc:
        return fail(exc.message("nl"))
    print(args.output)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
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


def cmd_overview(args: argparse.Namespace) -> int:
    from .store.overview import build_overview

    if args.output.suffix.lower() not in (".xlsx", ".pdf"):
        return fail("kies een bestand dat eindigt op .xlsx of .pdf")
    folders = args.folders or [library_of(args).root]
    missing = [str(f) for f in folders if not f.exists()]
    if missing:
        return fail(f"deze map bestaat niet: {', '.join(missing)}")
    overview = build_overview(folders, anonymous=args.anoniem)
    from .handouts.overview import write_pdf, write_xlsx

    try:
        (write_xlsx if args.output.suffix.lower() == ".xlsx" else write_pdf)(overview, args.output)
    except OSError as exc:
        return fail(f"{args.output} kan niet worden geschreven ({exc.strerror or exc})")
    for row in overview.problems:
        print(f"niet te lezen: {row.path.name}: {row.problem}", file=sys.stderr)
    print(f"{args.output}\t{len(overview.readable)} bijeenkomsten, {len(overview.problems)} niet te lezen")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from .store.errors import StoreError

    library = library_of(args)
    try:
        path = library.import_json(args.file)
    except StoreError as exc:
        return fail(exc.message("nl"))
    print(path)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import write_demo

    library = library_of(args)
    library.ensure()
    print(write_demo(library.root, replace=args.replace))
    return 0


def cmd_shots(args: argparse.Namespace) -> int:
    from .ui.shots import make_shots

    library = library_of(args)
    return make_shots(library, args.directory, args.session, language=args.lang or "nl")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        # the plain start: no parser to build (it costs several ms before the window shows)
        from .ui.app import run_app

        return run_app()
    args = build_parser(all_commands=_needs_extra_commands(argv)).parse_args(argv)
    if args.command is None:
        from .ui.app import run_app

        return run_app(library=args.library, language=args.lang)
    return int(args.run(args))


def gui_main() -> int:
    """The ``kernkracht`` program: the app, started without a console window on Windows.

    It takes the same words as ``kernkracht-cli`` (``--library``, ``--lang``, even the
    commands), but has no terminal to print to: ``kernkracht-cli`` is the one to document.
    """
    return main(sys.argv[1:])


#: options of the app itself that take a value (the value is not a command name)
VALUE_OPTIONS = ("--library", "--lang")


def _needs_extra_commands(argv: list[str]) -> bool:
    """Whether the command line names a command or asks for help (then every command must exist).

    ``main.py --lang en`` only starts the app: the handout and merge commands need not be
    imported and registered for that.
    """
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in VALUE_OPTIONS:
            skip = True
        elif not word.startswith("-") or word in ("-h", "--help") or not word.startswith(VALUE_OPTIONS):
            return True
    return False
