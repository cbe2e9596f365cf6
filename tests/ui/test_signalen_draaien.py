"""Signalen draaien from the application, over the real store: the rules are listed, the run reports progress and
ends in a summary per signal type; "Afbreken" stops after a whole block, so the store holds exactly the signals
of the citizens that were processed (nothing half-written) and a rerun completes the rest without duplicates."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from desktop.app import maak_diensten
from models.calc.invoer import Regeling
from models.domain import Rol, SignaalType
from models.services.signalen import SignaalService, draai_signalen
from models.store.interfaces import Diensten
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow
from models.store.rows_begeleiding import Signaalrapport
from models.store.tables import AuditEvent, Signaal
from models.store.toegang import Bevoegdheid, eis
from tests import fabriek
from tests.begeleiding import bouw
from tests.begeleiding.bouw import grondslagen
from tests.ui.hulp import toon_actief
from ui.dialogs.signalen_draaien_dialoog import SignalenDraaienDialoog
from ui.palet import Kleuren
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

VANDAAG = dt.date.today()  # noqa: DTZ011 - the store's "today" is the calendar day
T = SignaalType


def _populatie(opslag: Opslag) -> dict[str, int]:
    """Citizens in id order: [stapeling, rustig] form the first block of two, then a new partner, then more."""
    uit: dict[str, int] = {}
    b = fabriek.burger(opslag, achternaam="Stapel")
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, VANDAAG.year, grondslagen(26000))
    bouw.vordering(
        opslag, b, "huurtoeslag", VANDAAG.year - 2, Decimal("1140.00"), ontstaan_op=VANDAAG - dt.timedelta(days=480)
    )
    bouw.vordering(
        opslag, b, "zorgtoeslag", VANDAAG.year - 1, Decimal("310.50"), ontstaan_op=VANDAAG - dt.timedelta(days=118)
    )
    uit["stapeling"] = b
    uit["rustig"] = fabriek.burger(opslag, achternaam="Rustig")
    b = fabriek.burger(opslag, achternaam="Partner")
    p = fabriek.burger(opslag, achternaam="Partner", voornamen="Sem")
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, VANDAAG.year, grondslagen(22000))
    bouw.partnerschap(opslag, b, p, VANDAAG - dt.timedelta(days=30))
    uit["partner"] = b
    b = fabriek.burger(opslag, achternaam="Stapel2")
    bouw.vordering(
        opslag, b, "huurtoeslag", VANDAAG.year - 2, Decimal("900.00"), ontstaan_op=VANDAAG - dt.timedelta(days=400)
    )
    bouw.vordering(
        opslag, b, "zorgtoeslag", VANDAAG.year - 1, Decimal("700.00"), ontstaan_op=VANDAAG - dt.timedelta(days=100)
    )
    uit["stapeling2"] = b
    return uit


def _signalen(opslag: Opslag) -> list[tuple[int, str]]:
    s_ = Signaal.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return [(r.burger_id, r.type) for r in s.execute(select(s_.c.burger_id, s_.c.type).order_by(s_.c.id))]


def _audit(opslag: Opslag, actie: str) -> int:
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return int(s.execute(select(func.count()).select_from(a).where(a.c.actie == actie)).scalar_one())


class KleineBlokken:
    """The real engine over the real store in blocks of two citizens (the application's blocks hold 5,000). After
    each block it waits until the test lets it go on, so "Afbreken" lands between two blocks deterministically."""

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag
        self.na_blok = threading.Event()
        self.door = threading.Event()

    def regels(self) -> list[tuple[str, str]]:
        return SignaalService(self._opslag).regels()

    def draai(
        self,
        actor: MedewerkerRow,
        *,
        peildatum: dt.date,
        voortgang: Callable[[int, int], None] | None = None,
        afgebroken: Callable[[], bool] | None = None,
        processen: int = 1,
    ) -> Signaalrapport:
        eis(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)

        def meld(gedaan: int, totaal: int) -> None:
            if voortgang is not None:
                voortgang(gedaan, totaal)
            self.na_blok.set()
            self.door.wait(15)

        return draai_signalen(
            self._opslag,
            peildatum=peildatum,
            medewerker_id=actor.id,
            voortgang=meld,
            afgebroken=afgebroken,
            processen=processen,
            blokgrootte=2,
        )


def _dialoog(qtbot, motor, actor: MedewerkerRow, runner: TaskRunner, kleuren: Kleuren) -> SignalenDraaienDialoog:
    d = SignalenDraaienDialoog(None, motor=motor, runner=runner, actor=actor, kleuren=kleuren, vandaag=VANDAAG)
    qtbot.addWidget(d)
    toon_actief(qtbot, d)
    qtbot.waitUntil(lambda: not runner.bezig)
    return d


def _wacht_op_rapport(qtbot, d: SignalenDraaienDialoog, runner: TaskRunner) -> Signaalrapport:
    qtbot.waitUntil(lambda: d.rapport is not None and not runner.bezig, timeout=30_000)
    assert d.rapport is not None
    return d.rapport


def _diensten(opslag: Opslag) -> Diensten:
    return maak_diensten(opslag, "Opslag (test)")


def test_draaien_met_samenvatting_per_soort(qtbot, opslag: Opslag, runner: TaskRunner, kleuren: Kleuren) -> None:
    burgers = _populatie(opslag)
    sup = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    diensten = _diensten(opslag)
    assert diensten.begeleiding is not None
    d = _dialoog(qtbot, diensten.begeleiding.signaalmotor, sup, runner, kleuren)
    assert "hoge_terugvordering@1" in d.regels.toPlainText()  # which rules take part, in plain Dutch
    qtbot.mouseClick(d.start_knop, Qt.MouseButton.LeftButton)
    rapport = _wacht_op_rapport(qtbot, d, runner)
    assert not rapport.afgebroken and d.voortgang is None
    per_type = {d.model.rij(i).type: d.model.rij(i) for i in range(d.model.rowCount())}
    assert set(per_type) == set(SignaalType)  # every type, also the ones without a signal
    assert per_type[T.STAPELING_SCHULDEN].nieuw == 2 and per_type[T.PARTNERWIJZIGING].nieuw == 1
    assert sum(r.nieuw for r in per_type.values()) == rapport.totaal_nieuw == len(_signalen(opslag))
    assert (burgers["stapeling"], T.STAPELING_SCHULDEN.value) in _signalen(opslag)
    assert "Klaar" in d.melding.tekst and f"{rapport.huishoudens} huishoudens bekeken" in d.uitkomst_label.text()
    # rerun from the same dialog: nothing new, everything recognised
    qtbot.mouseClick(d.start_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.rapport is not rapport and d.rapport is not None and not runner.bezig, timeout=30_000)
    assert d.rapport.totaal_nieuw == 0 and sum(d.rapport.al_bekend.values()) == rapport.totaal_nieuw
    assert d.model.data(d.model.index(list(SignaalType).index(T.STAPELING_SCHULDEN), 2)) == "2"
    assert len(_signalen(opslag)) == rapport.totaal_nieuw


def test_afbreken_laat_niets_half_geschreven(qtbot, opslag: Opslag, runner: TaskRunner, kleuren: Kleuren) -> None:
    burgers = _populatie(opslag)
    sup = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    motor = KleineBlokken(opslag)
    d = _dialoog(qtbot, motor, sup, runner, kleuren)
    qtbot.mouseClick(d.start_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(motor.na_blok.is_set, timeout=15_000)  # the first block is stored; the engine waits
    qtbot.waitUntil(lambda: d.voortgang is not None and d.voortgang.value() == 2, timeout=15_000)
    assert "2 van" in d.voortgang.labelText()
    afbreken = next(k for k in d.voortgang.findChildren(QPushButton) if k.text() == "&Afbreken")
    qtbot.mouseClick(afbreken, Qt.MouseButton.LeftButton)
    motor.door.set()
    rapport = _wacht_op_rapport(qtbot, d, runner)

    assert rapport.afgebroken and rapport.huishoudens == 2
    # exactly the signals of the first block (stapeling, rustig) are stored, in one audited transaction
    assert _signalen(opslag) == [(burgers["stapeling"], T.STAPELING_SCHULDEN.value)]
    assert rapport.totaal_nieuw == 1 and _audit(opslag, "signalen aangemaakt") == 1
    assert "afgebroken" in d.melding.tekst.lower() and "Afgebroken na 2 van" in d.uitkomst_label.text()
    assert d.start_knop.isEnabled()

    # a rerun completes the rest; the stored signal is recognised, not duplicated
    vervolg = SignaalService(opslag).draai(sup, peildatum=VANDAAG)
    assert vervolg.al_bekend == {T.STAPELING_SCHULDEN: 1}
    opgeslagen = _signalen(opslag)
    assert len(opgeslagen) == len(set(opgeslagen)) == 1 + vervolg.totaal_nieuw
    assert (burgers["stapeling2"], T.STAPELING_SCHULDEN.value) in opgeslagen


def test_begeleider_mag_niet_draaien(qtbot, sqlite_opslag: Opslag, runner: TaskRunner, kleuren: Kleuren) -> None:
    _populatie(sqlite_opslag)
    begeleider = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER)
    diensten = _diensten(sqlite_opslag)
    assert diensten.begeleiding is not None
    d = _dialoog(qtbot, diensten.begeleiding.signaalmotor, begeleider, runner, kleuren)
    d.start()
    qtbot.waitUntil(lambda: not d.bezig_met_draaien and not runner.bezig, timeout=15_000)
    assert d.rapport is None and d.melding.isVisible() and d.melding.tekst
    assert _signalen(sqlite_opslag) == []


def test_vanuit_het_teamscherm_en_sluiten_breekt_af(qtbot, sqlite_opslag: Opslag, runner, kleuren) -> None:
    """The Team view's "Signalen draaien…" opens the dialog; after the run the team figures are reloaded. Closing
    the dialog while a run is going cancels it (whole blocks stay stored)."""
    from ui.views.team_view import TeamView

    burgers = _populatie(sqlite_opslag)
    sup = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR)
    begeleider = fabriek.medewerker(sqlite_opslag, Rol.BEGELEIDER, naam="Anna Akkerman")
    fabriek.traject(sqlite_opslag, burgers["stapeling"], begeleider.id, status="actief")
    diensten = _diensten(sqlite_opslag)
    assert diensten.begeleiding is not None
    view = TeamView(diensten.begeleiding, sup, runner, kleuren, vandaag=lambda: VANDAAG)
    qtbot.addWidget(view)
    toon_actief(qtbot, view)
    view.vernieuw()
    qtbot.waitUntil(lambda: not runner.bezig and view.team_model.rowCount() == 1, timeout=15_000)
    assert view.team_model.rij(0).open_signalen == 0
    qtbot.mouseClick(view.signalen_knop, Qt.MouseButton.LeftButton)
    d = view.dialoog
    assert isinstance(d, SignalenDraaienDialoog) and d.isVisible()
    qtbot.waitUntil(lambda: not runner.bezig)
    qtbot.mouseClick(d.start_knop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: d.rapport is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not runner.bezig and view.team_model.rij(0).open_signalen == 1, timeout=15_000)

    # closing while running: cancel after the block in hand
    motor = KleineBlokken(sqlite_opslag)
    d2 = _dialoog(qtbot, motor, sup, runner, kleuren)
    d2.start()
    qtbot.waitUntil(motor.na_blok.is_set, timeout=15_000)
    d2.reject()  # Esc / the window's close button
    assert d2.isVisible()  # it stays to show what was stored
    motor.door.set()
    rapport = _wacht_op_rapport(qtbot, d2, runner)
    assert rapport.afgebroken and rapport.huishoudens == 2
