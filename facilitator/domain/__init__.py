"""The session and the rules of each exercise, in plain Python (no Qt).

Importing this package imports every module in it, so every record kind is
registered before the store opens a file (a kind missing from the registry would be
neither created nor loaded).
"""

import importlib
import pkgutil


def _import_all() -> None:
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")


_import_all()
