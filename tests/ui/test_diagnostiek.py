"""Logging without BSNs and the crash handler: log with traceback, a readable Dutch message, no traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from desktop import diagnostics

pytestmark = pytest.mark.gui


def test_masker_verbergt_elk_bsn() -> None:
    tekst = "BSN 123456782, ook als 1234 56 782 of 1234.56.782; telefoon 0612345678 blijft"
    assert diagnostics.masker(tekst) == "BSN *****6782, ook als *****6782 of *****6782; telefoon 0612345678 blijft"


def test_crashhandler_logt_met_traceback_zonder_bsn_en_toont_een_nette_melding(
    qtapp_fixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log_bestand = tmp_path / "logs" / "werkplek.log"
    getoond: list[Path] = []
    monkeypatch.setattr(diagnostics, "toon_crashmelding", getoond.append)
    vorige_hook = sys.excepthook
    try:
        diagnostics.configureer_logging(log_bestand)
        handler = diagnostics.installeer_crashhandler(log_bestand)
        try:
            raise ValueError("burger 123456782 niet gevonden")
        except ValueError as fout:
            handler(type(fout), fout, fout.__traceback__)
        for h in logging.getLogger().handlers:
            h.flush()
    finally:
        sys.excepthook = vorige_hook
        diagnostics.configureer_logging(tmp_path / "leeg.log")  # detach from this test's log file
    inhoud = log_bestand.read_text(encoding="utf-8")
    assert "Onverwachte fout" in inhoud and "Traceback" in inhoud and "ValueError" in inhoud
    assert "123456782" not in inhoud and "*****6782" in inhoud
    assert getoond == [log_bestand]


@pytest.fixture
def qtapp_fixture(qapp):
    return qapp
