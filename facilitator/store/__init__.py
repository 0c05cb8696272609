"""Session files on disk: SQLite through sqlite-utils, migrations, backups, import and export."""

from .errors import StoreError
from .sessionfile import SessionFile, open_session

__all__ = ["SessionFile", "StoreError", "open_session"]
