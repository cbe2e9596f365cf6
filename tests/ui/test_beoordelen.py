"""Beoordelen, the supervisor's four-eyes queue: one's own proposal is visible but not decidable (the buttons say
why, and the store refuses it too), a rejection needs a motivation and reaches the proposer as a task, an empty
queue says so. Always the real store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.app import maak_diensten
from models.domain import InzageReden, RegelingSoort
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from tests.regelingen import hulp
from tests.ui.test_regelingen_hulp import Opzet, bouw, rustig, venster
from ui.dialogs.inzage_dialoog import InzageDialoog, InzageKeuze
from ui.palet import Kleuren
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def opzet(sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path) -> Opzet:
    return bouw(sqlite_opslag, maak_diensten(sqlite_opslag, "Lokale opslag (test)"), runner, kleuren, tmp_path)


def _voorstel_van(o: Opzet, actor) -> int:
    """A persoonlijke regeling over 36 months (outside policy), proposed by `actor`; returns the request's id."""
    uitkomst = o.diensten.regelingen.stel_voor(
        actor,
        RegelingVoorstel(
            o.burger,
            o.vorderingen,
            RegelingSoort.PERSOONLIJK,
            dt.date(2026, 2, 1),
            capaciteit=hulp.CAPACITEIT,
            looptijd=36,
            motivatie="Drie jaar past bij het inkomen; 24 maanden haalt het bestaansminimum niet.",
        ),
        vandaag=o.vandaag(),
    )
    assert uitkomst.ter_beoordeling and uitkomst.beoordeling is not None
    return uitkomst.beoordeling.id


def test_eigen_voorstel_zichtbaar_maar_niet_te_beslissen(qtbot, opzet: Opzet) -> None:
    b_id = _voorstel_van(opzet, opzet.supervisor)
    v = venster(qtbot, opzet, opzet.supervisor)
    v.ga_naar("beoordelen")
    bv = v.beoordelen
    rustig(qtbot, opzet.runner)
    assert bv.model.rowCount() == 1 and bv.gekozen is not None and bv.gekozen.eigen
    assert "(uzelf)" in bv.model.data(bv.model.index(0, 3))
    assert not bv.goedkeuren_knop.isEnabled() and not bv.afwijzen_knop.isEnabled()
    assert bv.eigen_label.isVisible() and "andere supervisor" in bv.eigen_label.text()
    assert "vier ogen" in bv.goedkeuren_knop.toolTip()
    bv.motivatie_edit.setPlainText("zelf akkoord")
    bv.beslis(goedkeuren=True)  # a keyboard path around the disabled button does nothing either
    rustig(qtbot, opzet.runner)
    assert hulp.beoordelingen(opzet.opslag)[0].status == "open"
    with pytest.raises(GeenToegang):  # and the store refuses it
        opzet.diensten.beoordelingen.keur_goed(opzet.supervisor, b_id, 1, "zelf akkoord", vandaag=opzet.vandaag())


def test_afwijzen_met_motivatie_en_de_voorsteller_krijgt_een_taak(qtbot, opzet: Opzet) -> None:
    _voorstel_van(opzet, opzet.begeleider)
    v = venster(qtbot, opzet, opzet.supervisor2)
    qtbot.keyClick(v, Qt.Key(Qt.Key.Key_1.value + v.rail.sleutels.index("beoordelen")), Qt.KeyboardModifier.AltModifier)
    bv = v.beoordelen
    rustig(qtbot, opzet.runner)
    assert bv.gekozen is not None and not bv.gekozen.eigen and bv.afwijzen_knop.isEnabled()
    assert "langer dan 24 maanden" in bv.voorstel_tekst.toPlainText()
    assert bv.tabel.accessibleName() and bv.motivatie_edit.accessibleName()
    qtbot.mouseClick(bv.afwijzen_knop, Qt.MouseButton.LeftButton)
    assert "schrijf waarom" in bv.motivatie_melding.tekst.lower()
    assert hulp.beoordelingen(opzet.opslag)[0].status == "open"
    qtbot.keyClicks(bv.motivatie_edit, "Eerst een budgetcoach; dan opnieuw voorstellen.")
    qtbot.mouseClick(bv.afwijzen_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hulp.beoordelingen(opzet.opslag)[0].status == "afgewezen")
    rustig(qtbot, opzet.runner)
    assert "afgewezen" in bv.melding.tekst and "Joyce de Vries" in bv.melding.tekst
    assert bv.leeg_label.isVisible() and bv.leeg_label.text() == "Er wachten geen voorstellen op beoordeling."
    taken = [t for t in opzet.diensten.contacten.mijn_taken(opzet.begeleider) if t.soort == "beoordeling"]
    assert len(taken) == 1 and "afgewezen" in taken[0].omschrijving and "budgetcoach" in taken[0].omschrijving
    regeling = hulp.rijen(opzet.opslag, _regelingtabel())[0]
    assert regeling.status == "afgewezen"
    assert "voorstel afgewezen" in hulp.audit_acties(opzet.opslag)


def test_klantbeeld_openen_vanuit_de_wachtrij(qtbot, opzet: Opzet, monkeypatch: pytest.MonkeyPatch) -> None:
    _voorstel_van(opzet, opzet.begeleider)
    v = venster(qtbot, opzet, opzet.supervisor)
    v.ga_naar("beoordelen")
    rustig(qtbot, opzet.runner)
    # the reason for access is asked as always (the supervisor is not in the caseload): "Beoordeling (vier ogen)"
    monkeypatch.setattr(InzageDialoog, "ask", classmethod(lambda *_a, **_k: InzageKeuze(InzageReden.BEOORDELING)))
    qtbot.mouseClick(v.beoordelen.klantbeeld_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: v.klantbeeld.klantbeeld is not None)
    rustig(qtbot, opzet.runner)
    assert v.huidige_view == "klantbeeld" and v.klantbeeld.klantbeeld.burger.id == opzet.burger


def test_lege_wachtrij(qtbot, opzet: Opzet) -> None:
    v = venster(qtbot, opzet, opzet.supervisor)
    v.ga_naar("beoordelen")
    rustig(qtbot, opzet.runner)
    bv = v.beoordelen
    assert bv.leeg_label.isVisible() and not bv.tabel.isVisible()
    assert any(lbl.buddy() is bv.tabel for lbl in bv.findChildren(QLabel))


def _regelingtabel():
    from models.store.tables import Betalingsregeling

    return Betalingsregeling
