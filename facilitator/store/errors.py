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
    "unsafe": (
        "{name} bevat onderdelen die Kernkracht zelf nooit maakt (zoals triggers of views). Zulke onderdelen kunnen ongemerkt iets doen met uw gegevens, daarom opent Kernkracht dit bestand niet. Er is niets aan veranderd. Vraag de afzender om een export (JSON) van de bijeenkomst.",
        "{name} contains parts that Kernkracht never makes itself (such as triggers or views). Such parts could do things to your data unnoticed, so Kernkracht does not open this file. Nothing in it was changed. Ask the sender for an export (JSON) of the meeting.",
    ),
    "bad_value": (
        "{name} bevat een waarde die niet kan kloppen ({detail}). Kernkracht opent het daarom niet. Er is niets aan veranderd.",
        "{name} contains a value that cannot be right ({detail}). Kernkracht therefore does not open it. Nothing in it was changed.",
    ),
    "too_slow": (
        "Het lezen van {name} duurde te lang en is gestopt. Er is niets aan veranderd. Misschien is het bestand beschadigd of niet door Kernkracht gemaakt.",
        "Reading {name} took too long and was stopped. Nothing in it was changed. The file may be damaged or not made by Kernkracht.",
    ),
    "changed": (
        "{name} is veranderd door een ander programma of een andere computer (bijvoorbeeld Syncthing, een netwerkmap of een kopie). Kernkracht schrijft er niet meer in, zodat dat andere werk heel blijft. Uw wijzigingen gaan nu naar {rescue}. U kunt de twee bestanden samenvoegen.",
        "{name} was changed by another program or computer (for example Syncthing, a network folder or a copy). Kernkracht no longer writes to it, so that other work stays intact. Your changes now go to {rescue}. You can merge the two files.",
    ),
    "disk_full_open": (
        "De schijf is vol: Kernkracht kan {name} niet openen, want er is geen ruimte om te werken. Er is niets aan veranderd. Maak ruimte vrij en probeer het opnieuw.",
        "The disk is full: Kernkracht cannot open {name}, as there is no room to work. Nothing in it was changed. Free some space and try again.",
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


class UnsafeFile(StoreError):
    """The file holds schema objects (triggers, views, ...) Kernkracht never makes."""

    code = "unsafe"


class BadValue(StoreError):
    """A value in the file is of the wrong kind or out of range (detail names it)."""

    code = "bad_value"


class TooSlow(StoreError):
    """Reading the file took longer than its time budget (a hostile or broken file)."""

    code = "too_slow"


class DiskFullAtOpen(StoreError):
    code = "disk_full_open"


class ChangedUnderneath(StoreError):
    """The file on disk is no longer the one Kernkracht wrote; edits go to a rescue file."""

    code = "changed"

    def __init__(self, path: str | Path | None = None, rescue: str | Path | None = None) -> None:
        self.rescue = Path(rescue) if rescue is not None else None
        super().__init__(path, rescue=self.rescue.name if self.rescue is not None else "")
