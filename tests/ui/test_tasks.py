"""The TaskRunner: results and errors come back on the GUI thread; busy state; dropped callbacks; progress."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from models.store.fouten import VerbindingFout
from ui.tasks import TaskRunner, ViewTaken, Voortgang

pytestmark = pytest.mark.gui


def test_resultaat_komt_terug_op_de_gui_thread(qtbot, runner: TaskRunner) -> None:
    gezien: dict[str, object] = {}

    def werk() -> int:
        gezien["werkdraad"] = threading.current_thread() is threading.main_thread()
        return 42

    def klaar(waarde: int) -> None:
        gezien["waarde"] = waarde
        gezien["gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda bezig: not bezig):
        runner.submit(werk, klaar)
    assert gezien == {"werkdraad": False, "waarde": 42, "gui": True}


def test_fout_gaat_naar_de_foutafhandeling_en_meldt_de_verbinding(qtbot, runner: TaskRunner) -> None:
    fouten: list[BaseException] = []

    def werk() -> None:
        raise VerbindingFout("De verbinding met de opslag is verbroken.")

    with qtbot.waitSignal(runner.verbinding_changed, check_params_cb=lambda verbonden: verbonden is False):
        runner.submit(werk, lambda _r: None, fouten.append)
    assert isinstance(fouten[0], VerbindingFout)
    with qtbot.waitSignal(runner.verbinding_changed, check_params_cb=lambda verbonden: verbonden is True):
        runner.submit(lambda: 1, lambda _r: None)


def test_terugroep_van_een_verwijderd_object_vervalt(qtbot, runner: TaskRunner) -> None:
    eigenaar = QObject()
    aangeroepen: list[object] = []
    start = threading.Event()

    def werk() -> str:
        start.wait(5)
        return "klaar"

    runner.submit(werk, aangeroepen.append, context=eigenaar)
    eigenaar.deleteLater()
    qtbot.wait(10)
    QApplication.sendPostedEvents(None, 0)  # DeferredDelete
    start.set()
    qtbot.waitUntil(lambda: not runner.bezig)
    assert aangeroepen == []


def test_viewtaken_houdt_de_bezigstatus_van_de_view_bij(qtbot, runner: TaskRunner) -> None:
    eigenaar = QObject()
    taken = ViewTaken(runner, eigenaar)
    standen: list[bool] = []
    taken.bezig_veranderd.connect(standen.append)
    klaar: list[int] = []
    taken.submit(lambda: time.sleep(0.05) or 1, klaar.append)
    taken.submit(lambda: 2, klaar.append)
    qtbot.waitUntil(lambda: len(klaar) == 2)
    assert standen == [True, False]
    assert not taken.bezig


def test_lange_taak_meldt_voortgang_en_kan_worden_afgebroken(qtbot, runner: TaskRunner) -> None:
    meldingen: list[tuple[int, int]] = []
    uitkomst: list[str] = []

    def lang(voortgang: Voortgang) -> str:
        for i in range(1, 1000):
            if voortgang.afgebroken():
                return "afgebroken"
            voortgang.meld(i, 1000)
            time.sleep(0.002)
        return "af"

    taak = runner.submit_lang(lang, uitkomst.append, bij_voortgang=lambda g, t: meldingen.append((g, t)))
    qtbot.waitUntil(lambda: len(meldingen) >= 3)
    taak.breek_af()
    qtbot.waitUntil(lambda: bool(uitkomst))
    assert uitkomst == ["afgebroken"]
    assert meldingen[0] == (1, 1000)
