"""Handing a file to the operating system: writing a fetched PDF to a private temporary folder and opening it.

What belongs here: `schrijf_pdf()` (runs in the worker: plain I/O) and `open_bestand()` (the one call to
`QDesktopServices`, small so tests can replace it). The folder is private to this process and removed when the
application quits, so letters with personal data do not pile up on disk.
"""

from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

__all__ = ["open_bestand", "pdf_map", "schrijf_pdf"]

_slot = threading.Lock()
_mappen: list[Path] = []


def pdf_map() -> Path:
    """This process's private folder for opened documents (created on first use, removed at exit)."""
    with _slot:
        if not _mappen or not _mappen[-1].exists():
            nieuw = Path(tempfile.mkdtemp(prefix="werkplek-documenten-"))
            atexit.register(shutil.rmtree, nieuw, ignore_errors=True)
            _mappen.append(nieuw)
        return _mappen[-1]


def schrijf_pdf(inhoud: bytes, naam: str) -> Path:
    """Write PDF bytes as `<naam>.pdf` (a safe file name) and return the path."""
    veilig = re.sub(r"[^A-Za-z0-9_.-]+", "-", naam).strip("-.") or "document"
    pad = pdf_map() / f"{veilig}.pdf"
    pad.write_bytes(inhoud)
    return pad


def open_bestand(pad: Path) -> bool:
    """Open a file with the system's viewer. Returns False when no viewer could be started."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(pad)))
