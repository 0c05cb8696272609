"""Errors from the environment (not bugs), each with a message a person can act on.

The messages live here, in Dutch and English, because the store and the command line
run without Qt. The UI picks the language the user chose.
"""

from __future__ import annotations

from pathlib import Path

MESSAGES: dict[str, tuple[str, str]] = {
    "missing": (
        "Het bestand {name} bestaat niet (meer). Misschien is het verplaatst of staat het op een USB-stick die niet meer is aangesloten.",
        "The file {name} does not exist (any more). It may have been moved, or it is on a USB stick that is no longer connected.",
    ),
    "damaged": (
        "Het bestand {name} is beschadigd en kan niet worden geopend. Er is niets aan veranderd. Open een reservekopie uit de map .reservekopieen in uw bibliotheek.",
        "The file {name} is damaged and cannot be opened. Nothing in it was changed. Open a backup from the .reservekopieen folder in your library.",
    ),
    "foreign": (
        "{name} is geen Kernkracht-bestand. Er is niets aan veranderd.",
        "{name} is not a Kernkracht file. Nothing in it was changed.",
    ),
    "newer": (
        "{name} is gemaakt met een nieuwere versie van Kernkracht (bestandsversie {found}, deze versie kent tot {known}). Werk Kernkracht bij om het te openen. Er is niets aan veranderd.",
        "{name} was made with a newer version of Kernkracht (file version {found}, this version knows up to {known}). Update Kernkracht to open it. Nothing in it was changed.",
    ),
    "readonly": (
        "{name} is alleen-lezen: Kernkracht kan er niet in opslaan. Maak een kopie op een plek waar u mag schrijven, of zet het bestand op de laptop in plaats van op een cd of beveiligde stick.",
        "{name} is read-only: Kernkracht cannot save to it. Make a copy somewhere you can write, or put the file on the laptop instead of a CD or protected stick.",
    ),
    "in_use": (
        "{name} is al geopend in een ander Kernkracht-venster of op een andere computer. Sluit het daar eerst.",
        "{name} is already open in another Kernkracht window or on another computer. Close it there first.",
    ),
    "disk_full": (
        "De schijf is vol: de laatste wijziging is niet opgeslagen. Alles daarvoor is veilig. Maak ruimte vrij en probeer het opnieuw.",
        "The disk is full: the last change was not saved. Everything before it is safe. Free some space and try again.",
    ),
    "io": (
        "Kernkracht kon niet naar {name} schrijven ({detail}). De laatste wijziging is niet opgeslagen; alles daarvoor is veilig.",
        "Kernkracht could not write to {name} ({detail}). The last change was not saved; everything before it is safe.",
    ),
    "exists": (
        "Er bestaat al een bestand {name}. Kies een andere naam.",
        "A file {name} already exists. Choose another name.",
    ),
    "import_invalid": (
        "{name} kan niet worden ingelezen: {detail}. Er is niets veranderd.",
        "{name} cannot be imported: {detail}. Nothing was changed.",
    ),
}


class StoreError(Exception):
    """A problem with a file or the disk that the user can act on."""

    code = "io"

    def __init__(self, path: str | Path | None = None, detail: str = "", **params: object) -> None:
        self.path = Path(path) if path is not None else None
        self.detail = detail
        self.params = params
        super().__init__(self.message("nl"))

    def message(self, language: str = "nl") -> str:
        nl, en = MESSAGES[self.code]
        template = en if language == "en" else nl
        name = self.path.name if self.path is not None else ""
        return template.format(name=name, detail=self.detail, **self.params)


class MissingFile(StoreError):
    code = "missing"


class DamagedFile(StoreError):
    code = "damaged"


class ForeignFile(StoreError):
    code = "foreign"


class NewerVersion(StoreError):
    code = "newer"


class ReadOnlyFile(StoreError):
    code = "readonly"


class FileInUse(StoreError):
    code = "in_use"


class DiskFull(StoreError):
    code = "disk_full"


class FileExists_(StoreError):
    code = "exists"


class ImportRejected(StoreError):
    code = "import_invalid"
