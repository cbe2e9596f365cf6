"""Where the workstation keeps its files for this user: the local store and the log.

What belongs here: the per-user writable directories (QStandardPaths AppDataLocation, or `WERKPLEK_DATA` when set —
tests and demos use it to run isolated) and the file names inside them.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["data_dir", "database_pad", "log_pad"]


def data_dir() -> Path:
    """The user's data directory (created when missing)."""
    eigen = os.environ.get("WERKPLEK_DATA")
    if eigen:
        pad = Path(eigen)
    else:
        locatie = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        pad = Path(locatie) if locatie else Path.home() / ".werkplek-toeslagen"
    pad.mkdir(parents=True, exist_ok=True)
    return pad


def database_pad() -> Path:
    """The local store: a SQLite file, created and filled with demo households on first start."""
    return data_dir() / "werkplek.sqlite"


def log_pad() -> Path:
    pad = data_dir() / "logs"
    pad.mkdir(parents=True, exist_ok=True)
    return pad / "werkplek.log"
