"""Logging to a file in the user's data directory, and the crash handler.

What belongs here: `configureer_logging()` (a rotating log file; every line passes `MaskerendeFormatter`, which
masks anything that looks like a BSN, also inside tracebacks — no personal data in logs), and
`installeer_crashhandler()` (sys.excepthook and threading.excepthook: log with traceback, then, on the GUI
thread only, a readable Dutch message that says where the details are; never a traceback in a dialog).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
import types
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

__all__ = ["MaskerendeFormatter", "configureer_logging", "installeer_crashhandler", "masker", "toon_crashmelding"]

log = logging.getLogger("werkplek")

# nine digits in a row, or written as 1234 56 782 / 1234.56.782: the shapes a BSN takes in text
_BSN = re.compile(r"(?<!\d)(\d{4})[ .\-]?(\d{2})[ .\-]?(\d)(\d{2})(?!\d)")
_FORMAAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def masker(tekst: str) -> str:
    """Replace every BSN-like number by `*****` and its last four digits."""
    return _BSN.sub(lambda m: "*****" + "".join(m.groups())[-4:], tekst)


class MaskerendeFormatter(logging.Formatter):
    """A formatter that masks BSNs in the whole formatted record, including exception text and stack."""

    def format(self, record: logging.LogRecord) -> str:
        return masker(super().format(record))


_handlers: list[logging.Handler] = []


def configureer_logging(pad: Path, niveau: int = logging.INFO) -> None:
    """Log to `pad` (rotating, 5 × 1 MB) and warnings to stderr. Calling it again replaces our handlers."""
    wortel = logging.getLogger()
    for handler in _handlers:
        wortel.removeHandler(handler)
        handler.close()
    _handlers.clear()
    pad.parent.mkdir(parents=True, exist_ok=True)
    bestand = logging.handlers.RotatingFileHandler(pad, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    bestand.setFormatter(MaskerendeFormatter(_FORMAAT))
    scherm = logging.StreamHandler(sys.stderr)
    scherm.setLevel(logging.WARNING)
    scherm.setFormatter(MaskerendeFormatter("%(levelname)s %(name)s: %(message)s"))
    for handler in (bestand, scherm):
        wortel.addHandler(handler)
        _handlers.append(handler)
    wortel.setLevel(niveau)
    logging.captureWarnings(True)


def toon_crashmelding(log_bestand: Path) -> None:
    """The message a user sees after an unexpected error (replaced in tests)."""
    melding = QMessageBox(QApplication.activeWindow())
    melding.setIcon(QMessageBox.Icon.Critical)
    melding.setWindowTitle(QCoreApplication.translate("Diagnostiek", "Er ging iets mis"))
    melding.setText(
        QCoreApplication.translate(
            "Diagnostiek",
            "Er ging iets mis in de werkplek. Wat u net deed, is mogelijk niet afgemaakt; gegevens die al waren "
            "opgeslagen blijven bewaard.",
        )
    )
    melding.setInformativeText(
        QCoreApplication.translate(
            "Diagnostiek",
            "Probeer het opnieuw. Gebeurt het vaker, meld het dan bij de servicedesk en noem het tijdstip. "
            "De technische details staan in het logbestand:\n%1",
        ).replace("%1", str(log_bestand))
    )
    melding.setStandardButtons(QMessageBox.StandardButton.Ok)
    melding.exec()


class _Crashhandler:
    def __init__(self, log_bestand: Path) -> None:
        self.log_bestand = log_bestand
        self._bezig = False

    def __call__(self, soort: type[BaseException], fout: BaseException, tb: types.TracebackType | None) -> None:
        if issubclass(soort, KeyboardInterrupt):
            sys.__excepthook__(soort, fout, tb)
            return
        log.critical("Onverwachte fout", exc_info=(soort, fout, tb))
        app = QApplication.instance()
        op_gui_thread = app is not None and QThread.currentThread() is app.thread()
        if op_gui_thread and not self._bezig:
            self._bezig = True  # one message at a time, even if the message itself triggers another error
            try:
                # looked up at call time, so tests can replace it
                sys.modules[__name__].toon_crashmelding(self.log_bestand)
            finally:
                self._bezig = False

    def draad(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        log.critical(
            "Onverwachte fout in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def installeer_crashhandler(log_bestand: Path) -> _Crashhandler:
    handler = _Crashhandler(log_bestand)
    sys.excepthook = handler
    threading.excepthook = handler.draad
    return handler
