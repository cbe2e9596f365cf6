"""The composition root and start-up of the workstation (`werkplek`, `python -m desktop`).

What belongs here: the only code that knows the concrete store classes and wires them into the `Diensten` the
views use, and the start-up sequence:

1. parse the arguments; logging to the data directory; the crash handler;
2. the QApplication (identity before anything reads QSettings), translators, style and palette;
3. the login window is shown at once, while the store opens in the background (the heavy store modules are
   imported there, off the GUI thread, so the window appears fast);
4. on the local store's first start (no accounts yet) the store is filled with demo households through the
   generator, with a progress dialog that can be cancelled;
5. the chosen account opens the main window; "Andere medewerker kiezen" comes back to step 3's window.

`WERKPLEK_STOP_NA_LOGIN=1` makes the application print its start-up times and quit as soon as the login window
is usable (the start-up benchmark uses it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop import paths
from desktop.diagnostics import configureer_logging, installeer_crashhandler
from desktop.i18n import installeer_vertalingen
from desktop.settings import AppSettings
from models.store.fouten import OpslagFout
from models.store.interfaces import Diensten
from models.store.rows import MedewerkerRow
from ui.dialogs.login_dialoog import LoginDialoog
from ui.dialogs.verbinding_dialoog import VerbindingDialoog
from ui.dialogs.voortgang_dialoog import VoortgangDialoog
from ui.palet import Kleuren, kleuren_voor, qt_palet
from ui.resources import icon, resources_dir, stylesheet
from ui.tasks import TaskRunner, Voortgang

__all__ = ["Geopend", "Opstart", "maak_applicatie", "main", "open_opslag", "parse_args"]

log = logging.getLogger(__name__)

START = time.time()
STANDAARD_HUISHOUDENS = 3000
LOKAAL = "Lokale opslag (demo)"


# --- wiring (runs on the worker thread) -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Geopend:
    """An open store: the engine (for the generator and for disposal), the services, the active accounts."""

    engine: Any
    diensten: Diensten
    medewerkers: tuple[MedewerkerRow, ...]
    gebruiker: str | None  # the user name in a PostgreSQL URL, preselected at login


class LuiDocumenten:
    """`Documenten`, made on first use: the letter renderer (ReportLab) is imported only when a letter is opened,
    not while the login window waits for the store. Always called on the TaskRunner's worker thread."""

    def __init__(self, opslag: Any) -> None:
        self._opslag = opslag
        self._repository: Any = None
        self._slot = threading.Lock()

    def pdf(self, actor: MedewerkerRow, document_id: int) -> bytes:
        with self._slot:
            if self._repository is None:
                from models.store.documenten import DocumentRepository

                self._repository = DocumentRepository(
                    self._opslag, resources_dir() / "fonts", resources_dir() / "letters"
                )
        return bytes(self._repository.pdf(actor, document_id))


class LuiRegelingen:
    """`Regelingen` and `Beoordelingen` in one `Regelingendienst`, made on first use: the service imports the
    letter renderer (ReportLab) at module level, so it is imported on the worker thread the first time the
    Regelingen or Beoordelen view asks for something, not at start-up. Always called on the TaskRunner's worker
    thread."""

    def __init__(self, opslag: Any) -> None:
        self._opslag = opslag
        self._dienst: Any = None
        self._slot = threading.Lock()

    def _echt(self) -> Any:
        with self._slot:
            if self._dienst is None:
                from models.services.regelingen import Regelingendienst

                self._dienst = Regelingendienst(self._opslag, resources_dir() / "fonts", resources_dir() / "letters")
        return self._dienst

    def __getattr__(self, naam: str) -> Any:
        if naam.startswith("_"):
            raise AttributeError(naam)
        return getattr(self._echt(), naam)


def maak_diensten(opslag: Any, omschrijving: str) -> Diensten:
    """The concrete repositories behind the Protocols the views use."""
    from models.services.selectie import SelectieService
    from models.services.signalen import SignaalService
    from models.store.balie import BalieRepository
    from models.store.begeleiding import BegeleidingRepository
    from models.store.contacten import ContactRepository
    from models.store.interfaces_begeleiding import BegeleidingDiensten
    from models.store.inzage import InzagelogRepository
    from models.store.klantbeeld import KlantbeeldRepository
    from models.store.kpi import KpiRepository
    from models.store.medewerkers import MedewerkerRepository
    from models.store.schrijfcontrole import ZekereContacten

    klantbeelden = KlantbeeldRepository(opslag)
    regelingen: Any = LuiRegelingen(opslag)
    begeleiding = BegeleidingRepository(opslag)
    return Diensten(
        omschrijving=omschrijving,
        medewerkers=MedewerkerRepository(opslag),
        zoeken=klantbeelden,
        klantbeelden=klantbeelden,
        contacten=ZekereContacten(ContactRepository(opslag), opslag),
        documenten=LuiDocumenten(opslag),
        regelingen=regelingen,
        beoordelingen=regelingen,
        inzage=InzagelogRepository(opslag),
        begeleiding=BegeleidingDiensten(
            caseloads=begeleiding,
            trajecten=begeleiding,
            signalen=begeleiding,
            taken=begeleiding,
            team=begeleiding,
            kwetsbaarheden=begeleiding,
            signaalmotor=SignaalService(opslag),
            selectie=SelectieService(opslag),
        ),
        balie=BalieRepository(opslag, resources_dir() / "fonts", resources_dir() / "letters"),
        kpi=KpiRepository(opslag),
    )


def omschrijving_voor(url: str, lokaal: bool) -> str:
    if lokaal:
        return LOKAAL
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        return f"SQLite {Path(u.database or '').name}"
    return f"Teamserver {u.host or 'localhost'}/{u.database}"


def open_opslag(url: str, lokaal: bool) -> Geopend:
    """Open the store and read the active accounts (migrating first only when that read fails: a new file or an
    older schema). Runs in the TaskRunner; `bijwerken` follows it."""
    from sqlalchemy.engine import make_url

    from models.store.engine import maak_engine
    from models.store.opslag import Opslag

    engine = maak_engine(url)
    try:
        omschrijving = omschrijving_voor(url, lokaal)
        diensten = maak_diensten(Opslag(engine, omschrijving), omschrijving)
        try:
            medewerkers = tuple(diensten.medewerkers.alle())
        except OpslagFout as fout:
            from models.store.engine import migreer

            try:
                migreer(engine)
            except Exception:
                raise fout from None  # the store cannot be reached: say that, not what the migration tripped on
            medewerkers = tuple(diensten.medewerkers.alle())
    except BaseException:
        engine.dispose()
        raise
    return Geopend(engine, diensten, medewerkers, make_url(url).username)


def bijwerken(engine: Any) -> None:
    """Bring the schema to the newest version while the user chooses an account (the single worker thread runs
    this before any job of the main window), and warm the view modules."""
    from models.store.engine import migreer

    migreer(engine)
    import desktop.main_window  # noqa: F401


def vul_met_demo(engine: Any, huishoudens: int, voortgang: Voortgang) -> Any:
    """Fill an empty local store with demo households (the generator migrates the schema itself), then run the
    signal engine once on the demo's "today", so the begeleiders' inboxes hold what a live store would."""
    from models.demo.generator import PEILDATUM, genereer
    from models.services.signalen import draai_signalen
    from models.store.opslag import Opslag

    samenvatting = genereer(
        engine, huishoudens=huishoudens, seed=2026, voortgang=voortgang.meld, afbreken=voortgang.afgebroken
    )
    draai_signalen(Opslag(engine), peildatum=PEILDATUM, medewerker_id=None)
    return samenvatting


def verwijder_sqlite(pad: Path) -> None:
    """Remove a half-filled local store (and its WAL files), so the next start can fill it again."""
    for bestand in (pad, pad.with_name(pad.name + "-wal"), pad.with_name(pad.name + "-shm")):
        bestand.unlink(missing_ok=True)


# --- start-up --------------------------------------------------------------------------------------------------


class Opstart(QObject):
    """The start-up sequence as a small state machine on the GUI thread.

    Signals:
        venster_getoond(object): the main window is shown (tests and the benchmark wait for it).
        login_klaar: the login window lists the accounts.
    """

    venster_getoond = Signal(object)
    login_klaar = Signal()

    def __init__(
        self,
        app: QApplication,
        settings: AppSettings,
        kleuren: Kleuren,
        *,
        url: str | None,
        huishoudens: int = STANDAARD_HUISHOUDENS,
        stop_na_login: bool = False,
        afsluiten: Callable[[int], None] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._einde = afsluiten or app.exit
        self._settings = settings
        self._kleuren = kleuren
        self.lokaal = url is None
        self.database_pad = paths.database_pad() if url is None else None
        self.url = url or f"sqlite:///{self.database_pad}"
        self._huishoudens = huishoudens
        self._stop_na_login = stop_na_login
        self.runner = TaskRunner(self)
        self.geopend: Geopend | None = None
        self.login: LoginDialoog | VerbindingDialoog | None = None  # the start window (a team server has its own)
        # A team server: a postgresql:// address, or (without --database) the team server chosen earlier.
        self.teamserver = (url or "").startswith(("postgresql", "postgres:")) or (
            url is None and settings.teamserver_actief
        )
        self.aanmelding: Any = None  # desktop.verbinding.TeamserverAanmelding while the dialog is up
        self._wissel: tuple[Geopend, MedewerkerRow] | None = None
        self.venster: Any = None
        self.voortgang: VoortgangDialoog | None = None
        self._vul_taak: Any = None
        self._zichtbaar: float | None = None
        app.setQuitOnLastWindowClosed(False)  # windows come and go (login ↔ main window); we quit explicitly

    # --- 1: the login window, at once ----------------------------------------------------------------------

    @property
    def vul_markering(self) -> Path | None:
        """Present while the local store is being filled: a start after a crash or kill mid-way starts over."""
        return None if self.database_pad is None else self.database_pad.with_name(self.database_pad.name + ".vullen")

    def begin(self) -> None:
        if self.teamserver:
            self._begin_teamserver()
            return
        markering = self.vul_markering
        if markering is not None and markering.exists():
            log.warning("De vorige eerste start is niet afgemaakt; de lokale opslag wordt opnieuw gevuld")
            assert self.database_pad is not None
            verwijder_sqlite(self.database_pad)
            markering.unlink(missing_ok=True)
        self._toon_login()
        self._open()

    def _toon_login(self) -> None:
        omschrijving = LOKAAL if self.lokaal else self.tr("Opslag: %1").replace("%1", self.url.split("@")[-1])
        login = LoginDialoog(self._kleuren, omschrijving, demo=self.lokaal)
        login.zet_voorkeur(self._settings.laatste_gebruiker or (self.geopend.gebruiker if self.geopend else None))
        login.aangemeld.connect(self._aangemeld)
        login.rejected.connect(self._login_gesloten)
        login.opnieuw_gevraagd.connect(self._open)
        self.login = login
        login.show()
        login.raise_()
        login.activateWindow()
        if self._stop_na_login and self._zichtbaar is None:
            QTimer.singleShot(0, self._login_zichtbaar)
        if self.geopend is not None:
            login.zet_medewerkers(self.geopend.medewerkers)

    def _login_zichtbaar(self) -> None:
        self._zichtbaar = time.time()

    # --- 2: the store, in the background --------------------------------------------------------------------

    def _open(self) -> None:
        if self.login is not None:
            self.login.zet_bezig(True, self.tr("Opslag openen…"))
        url, lokaal = self.url, self.lokaal
        self.runner.submit(lambda: open_opslag(url, lokaal), self._on_geopend, self._on_open_fout, context=self)

    def _on_geopend(self, geopend: Geopend) -> None:
        self.geopend = geopend
        if not geopend.medewerkers and self.lokaal:
            self._vul()
            return
        self._toon_medewerkers(geopend.medewerkers)

    def _toon_medewerkers(self, medewerkers: Sequence[MedewerkerRow]) -> None:
        if self.geopend is not None:
            engine = self.geopend.engine
            self.runner.submit(lambda: bijwerken(engine), lambda _r: None, self._on_open_fout, context=self)
        if self.login is None:
            return
        if self.geopend is not None and self.geopend.gebruiker and not self._settings.laatste_gebruiker:
            self.login.zet_voorkeur(self.geopend.gebruiker)
        self.login.zet_medewerkers(medewerkers)
        self.login_klaar.emit()
        if self._stop_na_login:
            klaar = time.time()
            zichtbaar = self._zichtbaar or klaar
            print(f"WERKPLEK-START start={START:.4f} zichtbaar={zichtbaar:.4f} klaar={klaar:.4f}", flush=True)
            self._einde(0)

    def _on_open_fout(self, fout: BaseException) -> None:
        log.error("Opslag openen mislukt", exc_info=fout)
        if self.login is None:
            return
        if isinstance(fout, OpslagFout):
            melding = fout.melding
        else:
            melding = self.tr(
                "De opslag kon niet worden geopend. Controleer het adres van de opslag en of de server bereikbaar "
                "is. De details staan in het logbestand."
            )
        self.login.zet_fout(melding, opnieuw=True)
        if self._stop_na_login:
            print("WERKPLEK-START fout", flush=True)
            self._einde(1)

    # --- 3: first start of the local store: fill it ------------------------------------------------------------

    def _vul(self) -> None:
        assert self.geopend is not None
        if self.login is not None:
            self.login.zet_bezig(True, self.tr("Lokale opslag vullen met voorbeeldhuishoudens…"))
        uitleg = self.tr(
            "De lokale opslag wordt gevuld met %1 voorbeeldhuishoudens. Dit gebeurt alleen bij de eerste start."
        ).replace("%1", f"{self._huishoudens:,}".replace(",", "."))
        dialoog = VoortgangDialoog(
            self.tr("Eerste start: lokale opslag vullen"), self.tr("huishoudens"), self.login, uitleg=uitleg
        )
        self.voortgang = dialoog
        if self.vul_markering is not None:
            self.vul_markering.touch()
        engine, aantal = self.geopend.engine, self._huishoudens
        self._vul_taak = self.runner.submit_lang(
            lambda v: vul_met_demo(engine, aantal, v),
            self._on_gevuld,
            self._on_vul_fout,
            bij_voortgang=dialoog.meld,
            context=self,
        )
        dialoog.canceled.connect(self._breek_vullen_af)
        dialoog.show()

    def _breek_vullen_af(self) -> None:
        if self._vul_taak is not None:
            self._vul_taak.breek_af()
        if self.voortgang is not None:
            self.voortgang.setLabelText(self.tr("Afbreken…"))
            self.voortgang.setCancelButton(None)  # type: ignore[arg-type]
            self.voortgang.show()

    def _sluit_voortgang(self) -> None:
        if self.voortgang is not None:
            self.voortgang.hide()
            self.voortgang.deleteLater()
            self.voortgang = None

    def _on_gevuld(self, _samenvatting: Any) -> None:
        taak, self._vul_taak = self._vul_taak, None
        self._sluit_voortgang()
        if taak is not None and taak.voortgang is not None and taak.voortgang.afgebroken():
            self._vullen_afgebroken()
            return
        assert self.geopend is not None
        if self.vul_markering is not None:
            self.vul_markering.unlink(missing_ok=True)
        medewerkers_dienst = self.geopend.diensten.medewerkers
        self.runner.submit(lambda: tuple(medewerkers_dienst.alle()), self._na_vullen, self._on_open_fout, context=self)

    def _na_vullen(self, medewerkers: tuple[MedewerkerRow, ...]) -> None:
        assert self.geopend is not None
        self.geopend = Geopend(self.geopend.engine, self.geopend.diensten, medewerkers, self.geopend.gebruiker)
        self._toon_medewerkers(medewerkers)

    def _on_vul_fout(self, fout: BaseException) -> None:
        taak, self._vul_taak = self._vul_taak, None
        self._sluit_voortgang()
        if taak is not None and taak.voortgang is not None and taak.voortgang.afgebroken():
            self._vullen_afgebroken()
            return
        log.error("Lokale opslag vullen mislukt", exc_info=fout)
        self._ruim_lokaal_op()
        if self.login is not None:
            self.login.zet_fout(
                self.tr(
                    "Het vullen van de lokale opslag met voorbeeldhuishoudens is mislukt. De details staan in het "
                    "logbestand. U kunt het opnieuw proberen."
                ),
                opnieuw=True,
            )

    def _vullen_afgebroken(self) -> None:
        self._ruim_lokaal_op()
        if self.login is not None:
            self.login.zet_fout(
                self.tr(
                    "Het vullen van de lokale opslag is afgebroken; er is niets bewaard. Kies 'Opnieuw proberen' om "
                    "opnieuw te beginnen, of sluit de werkplek af."
                ),
                opnieuw=True,
            )

    def _ruim_lokaal_op(self) -> None:
        """A half-filled local store is removed, so that filling can start again from nothing."""
        if self.geopend is not None:
            self.geopend.engine.dispose()
            self.geopend = None
        if self.database_pad is not None:
            verwijder_sqlite(self.database_pad)
        if self.vul_markering is not None:
            self.vul_markering.unlink(missing_ok=True)

    # --- 4: the main window ----------------------------------------------------------------------------------

    def _aangemeld(self, medewerker: MedewerkerRow) -> None:
        from desktop.main_window import HoofdVenster

        assert self.geopend is not None
        self._settings.laatste_gebruiker = medewerker.gebruikersnaam
        log.info("Aangemeld als %s (%s)", medewerker.gebruikersnaam, medewerker.rol.value)
        venster = HoofdVenster(self.geopend.diensten, medewerker, self.runner, self._kleuren, self._settings)
        venster.gesloten.connect(self._venster_gesloten)
        venster.verbinding_gevraagd.connect(self._kies_verbinding)
        self.venster = venster
        venster.show()
        venster.activateWindow()
        self.login = None
        self.venster_getoond.emit(venster)

    def _venster_gesloten(self, afmelden: bool) -> None:
        venster, self.venster = self.venster, None
        if venster is not None:
            venster.deleteLater()
        if self._wissel is not None:  # "Verbinding met de teamserver…": on with the new connection
            (geopend, medewerker), self._wissel = self._wissel, None
            self._sluit_opslag()
            self.geopend, self.teamserver = geopend, True
            self._aangemeld(medewerker)
            return
        if afmelden and self.teamserver:  # another staff member is another database account
            self._sluit_opslag()
            self._begin_teamserver(automatisch=False)
            return
        if afmelden:
            self._toon_login()
        else:
            self._einde(0)

    def _login_gesloten(self) -> None:
        if self.venster is None and self.login is not None and not self.login.isVisible():
            self.login = None
            self._einde(0)

    # --- a team server (desktop/verbinding.py) -------------------------------------------------------------------

    def _begin_teamserver(self, *, automatisch: bool = True) -> None:
        """The team-server login: its own start window, no account list (the database account is the user)."""
        from desktop.verbinding import TeamserverAanmelding

        url = self.url if self.url.startswith(("postgresql", "postgres:")) else None
        aanmelding = TeamserverAanmelding(self._settings, self._kleuren, self.runner, url=url, parent=self)
        aanmelding.aangemeld.connect(self._teamserver_aangemeld)
        aanmelding.gesloten.connect(self._teamserver_gesloten)
        aanmelding.lokaal_gevraagd.connect(self._naar_lokaal)
        self.aanmelding = aanmelding
        self.login = aanmelding.dialoog
        aanmelding.begin(automatisch=automatisch)
        if self._stop_na_login and self._zichtbaar is None:
            QTimer.singleShot(0, self._login_zichtbaar)

    def _teamserver_aangemeld(self, geopend: Geopend, medewerker: MedewerkerRow) -> None:
        self._sluit_opslag()
        self.geopend = geopend
        self._verwijder_aanmelding()
        self._aangemeld(medewerker)

    def _teamserver_gesloten(self) -> None:
        self._verwijder_aanmelding()
        if self.venster is None:
            self.login = None
            self._einde(0)

    def _naar_lokaal(self) -> None:
        """From the team-server window to the local demo store (the choice is kept for the next start)."""
        self._verwijder_aanmelding()
        self.teamserver = False
        self.lokaal = True
        self.database_pad = paths.database_pad()
        self.url = f"sqlite:///{self.database_pad}"
        self.begin()

    def _kies_verbinding(self) -> None:
        """The user menu's "Verbinding met de teamserver…": the dialog over the main window. The current session
        goes on until the new login succeeds; then the window closes (guarding unsaved input) and reopens."""
        from desktop.verbinding import TeamserverAanmelding

        if self.aanmelding is not None or self.venster is None:
            return
        aanmelding = TeamserverAanmelding(
            self._settings, self._kleuren, self.runner, bij_start=False, venster=self.venster, parent=self
        )
        aanmelding.aangemeld.connect(self._wissel_naar)
        aanmelding.gesloten.connect(self._verwijder_aanmelding)
        self.aanmelding = aanmelding
        aanmelding.begin(automatisch=False)

    def _wissel_naar(self, geopend: Geopend, medewerker: MedewerkerRow) -> None:
        self._verwijder_aanmelding()
        self._wissel = (geopend, medewerker)
        if self.venster is not None and not self.venster.close():  # unsaved input kept: stay where we were
            self._wissel = None
            geopend.engine.dispose()
            log.info("Andere verbinding niet geopend: het venster bleef open voor niet-opgeslagen invoer")

    def _verwijder_aanmelding(self) -> None:
        aanmelding, self.aanmelding = self.aanmelding, None
        if aanmelding is not None:
            aanmelding.dialoog.hide()
            aanmelding.dialoog.deleteLater()
            aanmelding.deleteLater()
        if self.login is not None and isinstance(self.login, VerbindingDialoog):
            self.login = None

    def _sluit_opslag(self) -> None:
        if self.geopend is not None:
            self.geopend.engine.dispose()
            self.geopend = None

    # --- the end -----------------------------------------------------------------------------------------

    def afsluiten(self) -> None:
        """Drain the worker and close the store (at quit)."""
        if self._vul_taak is not None:
            self._vul_taak.breek_af()
        self.runner.shutdown(30_000)
        if self.geopend is not None:
            self.geopend.engine.dispose()


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="werkplek",
        description="Werkplek Toeslagen: de werkplek voor medewerkers van Dienst Toeslagen.",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="open een andere opslag: sqlite:///pad/naar/bestand.sqlite of postgresql://gebruiker@host/db "
        "(standaard: de lokale opslag in de gebruikersmap, bij de eerste start gevuld met demogegevens)",
    )
    parser.add_argument(
        "--huishoudens",
        type=int,
        default=int(os.environ.get("WERKPLEK_DEMO_HUISHOUDENS", STANDAARD_HUISHOUDENS)),
        help="aantal voorbeeldhuishoudens bij de eerste start van de lokale opslag (standaard 3000)",
    )
    parser.add_argument("--taal", choices=("nl", "en"), help="taal van de schermen (standaard: de laatst gekozen)")
    args, _qt_args = parser.parse_known_args(list(argv))
    return args


def maak_applicatie(argv: Sequence[str]) -> tuple[QApplication, Kleuren]:
    """The QApplication with its identity, style, palette and stylesheet (identity first: QSettings needs it)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(list(argv))
    app.setOrganizationName("Dienst Toeslagen")
    app.setOrganizationDomain("toeslagen.nl")
    app.setApplicationName("Werkplek Toeslagen")
    app.setApplicationDisplayName("Werkplek Toeslagen")
    app.setDesktopFileName("nl.toeslagen.Werkplek")
    app.setWindowIcon(icon("app", "#01689B"))
    app.setStyle("Fusion")
    kleuren = kleuren_voor(app.palette())
    app.setPalette(qt_palet(app.palette(), kleuren))
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(stylesheet(kleuren))
    return app, kleuren


def main(argv: Sequence[str] | None = None) -> int:
    argumenten = list(sys.argv if argv is None else argv)
    args = parse_args(argumenten[1:])
    app, kleuren = maak_applicatie(argumenten[:1])
    log_bestand = paths.log_pad()
    configureer_logging(log_bestand)
    installeer_crashhandler(log_bestand)
    settings = AppSettings()
    if args.taal:
        settings.taal = args.taal
    installeer_vertalingen(app, settings.taal)
    log.info("Werkplek start (%s)", "lokale opslag" if args.database is None else "andere opslag")
    opstart = Opstart(
        app,
        settings,
        kleuren,
        url=args.database,
        huishoudens=args.huishoudens,
        stop_na_login=os.environ.get("WERKPLEK_STOP_NA_LOGIN") == "1",
    )
    opstart.begin()
    try:
        return app.exec()
    finally:
        opstart.afsluiten()
        settings.sync()
        log.info("Werkplek afgesloten")
