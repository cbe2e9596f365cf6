"""The Signalen view over the real store: the inbox of my caseload and of unassigned citizens (never a colleague's),
each signal with its plain-Dutch explanation, severity and age; oppakken, onterecht with a required reason (and
a cancel that changes nothing), afhandelen with confirmation, a traject and a task from a signal, the type
filter, and a colleague who was first (optimistic locking)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.app import maak_diensten
from desktop.main_window import HoofdVenster
from desktop.settings import AppSettings
from models.domain import SignaalType
from models.store.opslag import Opslag
from models.store.tables import Begeleidingstraject, Signaal, Taak
from tests.ui.begeleiding_hulp import (
    bouw_caseload,
    houd_vast,
    rustig,
    vensters_opruimen,  # noqa: F401 - the fixture (usefixtures below)
)
from tests.ui.hulp import toon_actief
from ui.dialogs.signaal_acties import (
    RedenDialoog,
    TaakKeuze,
    TaakUitSignaalDialoog,
    TrajectKeuze,
    TrajectUitSignaalDialoog,
)
from ui.palet import Kleuren
from ui.tasks import TaskRunner
from ui.views.signalen_view import SignalenView

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("vensters_opruimen")]

VANDAAG = dt.date(2025, 12, 30)


def _venster(qtbot, opslag: Opslag, runner: TaskRunner, kleuren: Kleuren, tmp_path: Path, actor) -> HoofdVenster:
    instellingen = AppSettings(QSettings(str(tmp_path / "werkplek.ini"), QSettings.Format.IniFormat))
    v = HoofdVenster(
        maak_diensten(opslag, "Lokale opslag (test)"), actor, runner, kleuren, instellingen, vandaag=lambda: VANDAAG
    )
    qtbot.addWidget(v)
    houd_vast(v)
    v.resize(1500, 950)
    toon_actief(qtbot, v)
    rustig(qtbot, v)
    return v


def _signalen(qtbot, v: HoofdVenster) -> SignalenView:
    qtbot.keyClick(
        QApplication.focusWidget() or v,
        Qt.Key(Qt.Key.Key_1.value + v.rail.sleutels.index("signalen")),
        Qt.KeyboardModifier.AltModifier,
    )
    assert v.huidige_view == "signalen"
    rustig(qtbot, v)
    assert v.signalen is not None
    return v.signalen


def _kies(view: SignalenView, signaal_id: int) -> None:
    for i in range(view.proxy.rowCount()):
        if view.proxy.rij(i).id == signaal_id:
            view.tabel.setCurrentIndex(view.proxy.index(i, 0))
            return
    raise AssertionError(f"signaal {signaal_id} staat niet in de inbox")


def _status(opslag: Opslag, signaal_id: int) -> str:
    s = Signaal.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as sessie:
        return sessie.execute(select(s.c.status, s.c.reden).where(s.c.id == signaal_id)).one()


def _ids(view: SignalenView) -> list[int]:
    return [view.proxy.rij(i).id for i in range(view.proxy.rowCount())]


def test_inbox_en_oppakken(qtbot, qtmodeltester, opslag: Opslag, runner, kleuren, tmp_path) -> None:
    c = bouw_caseload(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    qtmodeltester.check(view.model)
    # mine and the unassigned citizen's; the colleague's (Henk) is not there; urgent first
    assert _ids(view)[0] == c.signaal_fatima
    assert set(_ids(view)) == {c.signaal_fatima, c.signaal_piet, c.signaal_los}
    assert view.tabel.hasFocus()
    assert view.proxy.index(0, 0).data() == "urgent" and view.proxy.index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert view.proxy.index(0, 4).data() == "vandaag"  # the age
    assert "terugvordering huurtoeslag van ± € 1.140" in view.detail.toPlainText()
    los = next(i for i in range(view.proxy.rowCount()) if view.proxy.rij(i).id == c.signaal_los)
    assert view.proxy.index(los, 5).data() == "nog niet toegewezen"
    assert view.type_keuze.itemText(0) == "Alle soorten (3)"
    # Enter: oppakken
    qtbot.keyClick(view.tabel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _status(opslag, c.signaal_fatima)[0] == "in_behandeling")
    rustig(qtbot, v)
    assert view.gekozen is not None and view.gekozen.id == c.signaal_fatima
    assert view.proxy.index(0, 6).data() == "in behandeling"
    assert "opgepakt" in view.melding.tekst and not view.oppakken_knop.isEnabled()
    assert view.afhandelen_knop.isEnabled() and view.onterecht_knop.isEnabled()


def test_onterecht_vraagt_een_reden_en_annuleren_verandert_niets(
    qtbot, opslag: Opslag, runner, kleuren, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = bouw_caseload(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    _kies(view, c.signaal_piet)
    vragen: list[dict] = []
    antwoorden = iter([None, "De termijn is wel betaald; de bank boekte hem een dag later."])

    def ask(_cls, _parent, _kleuren, **kwargs):
        vragen.append(kwargs)
        return next(antwoorden)

    monkeypatch.setattr(RedenDialoog, "ask", classmethod(ask))
    qtbot.mouseClick(view.onterecht_knop, Qt.MouseButton.LeftButton)  # cancelled
    rustig(qtbot, v)
    assert _status(opslag, c.signaal_piet)[0] == "nieuw" and c.signaal_piet in _ids(view)
    assert vragen[0]["verplicht"] is True and "Piet Bakker" in vragen[0]["vraag"]
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # the mnemonic O&nterecht
    qtbot.waitUntil(lambda: _status(opslag, c.signaal_piet)[0] == "onterecht")
    rustig(qtbot, v)
    assert _status(opslag, c.signaal_piet)[1].startswith("De termijn is wel betaald")
    assert c.signaal_piet not in _ids(view) and "onterecht" in view.melding.tekst
    assert view.gekozen is not None  # the keyboard keeps a place in the list


def test_reden_dialoog_weigert_een_lege_reden(qtbot, kleuren) -> None:
    d = RedenDialoog(None, kleuren, titel="t", vraag="v", label="&Reden:", knop="&Onterecht", verplicht=True)
    qtbot.addWidget(d)
    d.show()
    d._ok()
    assert d.result() == 0 and "waarom" in d.melding.tekst
    qtbot.keyClicks(d.reden_edit, "dubbel signaal")
    d._ok()
    assert d.result() == 1 and d.reden == "dubbel signaal"


def test_afhandelen_na_bevestiging(qtbot, sqlite_opslag, runner, kleuren, tmp_path, monkeypatch) -> None:
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    _kies(view, c.signaal_fatima)
    monkeypatch.setattr(RedenDialoog, "ask", classmethod(lambda *_a, **_k: "Voorschot 2025 aangepast."))
    qtbot.mouseClick(view.afhandelen_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(sqlite_opslag, c.signaal_fatima)[0] == "afgehandeld")
    rustig(qtbot, v)
    assert _status(sqlite_opslag, c.signaal_fatima)[1] == "Voorschot 2025 aangepast."
    assert c.signaal_fatima not in _ids(view)


def test_traject_uit_signaal_komt_in_mijn_caseload(
    qtbot, opslag: Opslag, runner, kleuren, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = bouw_caseload(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    _kies(view, c.signaal_fatima)
    assert not view.traject_knop.isEnabled()  # Fatima already has an open traject
    _kies(view, c.signaal_los)
    assert view.traject_knop.isEnabled()
    monkeypatch.setattr(TrajectUitSignaalDialoog, "ask", classmethod(lambda *_a: TrajectKeuze(True, 1)))
    qtbot.mouseClick(view.traject_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _status(opslag, c.signaal_los)[0] == "in_behandeling")
    rustig(qtbot, v)
    t = Begeleidingstraject.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        traject = s.execute(select(t).where(t.c.burger_id == c.zonder_traject)).one()
    assert (traject.begeleider_id, traject.bron, traject.status, traject.prioriteit) == (
        c.begeleider.id,
        "signaal",
        "aangemeld",
        1,
    )
    assert traject.intake_uiterlijk == dt.date(2026, 1, 7)  # 5 working days; Nieuwjaarsdag does not count
    assert "aangemeld voor persoonlijke begeleiding" in view.melding.tekst
    assert not view.traject_knop.isEnabled()  # now she has one
    # the caseload shows her
    v.ga_naar("caseload")
    rustig(qtbot, v)
    assert v.caseload.rij_van_burger(c.zonder_traject) is not None


def test_taak_uit_signaal_en_de_statusbalk(
    qtbot, opslag: Opslag, runner, kleuren, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = bouw_caseload(opslag)
    v = _venster(qtbot, opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    assert v.status_tekst(v.taken_label) == "1 taak voor vandaag, waarvan 1 te laat"  # Karin's intake task
    _kies(view, c.signaal_piet)
    gevraagd: list[str] = []

    def ask(_cls, _parent, _kleuren, voorstel, vandaag):
        gevraagd.append(voorstel)
        return TaakKeuze("Piet bellen over de gemiste termijn", VANDAAG)

    monkeypatch.setattr(TaakUitSignaalDialoog, "ask", classmethod(ask))
    qtbot.keyClick(view, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # &Taak maken…
    qtbot.waitUntil(lambda: _status(opslag, c.signaal_piet)[0] == "in_behandeling")
    rustig(qtbot, v)
    assert gevraagd == ["Opvolgen: Gemiste termijn"]
    tk = Taak.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        taak = s.execute(select(tk).where(tk.c.burger_id == c.piet, tk.c.soort == "signaal")).one()
    assert (taak.medewerker_id, taak.vervaldatum, taak.status) == (c.begeleider.id, VANDAAG, "open")
    assert "Taak gemaakt voor Piet Bakker, uiterlijk 30-12-2025" in view.melding.tekst
    assert v.status_tekst(v.taken_label) == "2 taken voor vandaag, waarvan 1 te laat"  # the status bar follows


def test_taak_dialoog_eist_een_omschrijving(qtbot, kleuren) -> None:
    d = TaakUitSignaalDialoog(None, kleuren, "Opvolgen", VANDAAG)
    qtbot.addWidget(d)
    d.omschrijving_edit.clear()
    d._ok()
    assert d.result() == 0 and d.melding.tekst
    assert d.keuze().vervaldatum == dt.date(2025, 12, 31)  # the next working day
    assert d.datum_edit.minimumDate().toPython() == VANDAAG


def test_typefilter_en_alleen_mijn_caseload(qtbot, sqlite_opslag, runner, kleuren, tmp_path) -> None:
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    index = view.type_keuze.findData(SignaalType.PARTNERWIJZIGING)
    assert view.type_keuze.itemText(index) == "Partnerwijziging (1)"
    view.type_keuze.setCurrentIndex(index)
    view.type_keuze.activated.emit(index)
    rustig(qtbot, v)
    assert _ids(view) == [c.signaal_los]
    assert view.type_keuze.currentData() == SignaalType.PARTNERWIJZIGING  # kept after the reload
    view.type_keuze.setCurrentIndex(0)
    view.type_keuze.activated.emit(0)
    qtbot.mouseClick(view.mijn_vink, Qt.MouseButton.LeftButton)
    rustig(qtbot, v)
    assert set(_ids(view)) == {c.signaal_fatima, c.signaal_piet}


def test_een_collega_was_eerder(qtbot, sqlite_opslag, runner, kleuren, tmp_path) -> None:
    c = bouw_caseload(sqlite_opslag)
    v = _venster(qtbot, sqlite_opslag, runner, kleuren, tmp_path, c.begeleider)
    view = _signalen(qtbot, v)
    _kies(view, c.signaal_los)
    c.repo.accepteer_signaal(c.supervisor, c.signaal_los, 1)  # behind the view's back
    view.oppakken()
    rustig(qtbot, v)
    assert "intussen" in view.melding.tekst and "Mirjam Jansen" in view.melding.tekst
    assert c.signaal_los not in _ids(view)  # the reloaded inbox holds only new signals
