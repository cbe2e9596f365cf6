"""Logging in on a team server: settings → password vault → dialog → `meld_aan`.

What belongs here: `TeamserverAanmelding`, the flow behind the `VerbindingDialoog` (start-up with a
`postgresql://` address or a team server set up earlier, and "Verbinding met de teamserver…" in the user menu):

1. the dialog appears at once; on the worker thread the store modules are imported (not on the GUI thread: the
   window must appear fast), the `--database` address is read, and the password vault is asked for the password
   of this user on this server (no vault: the dialog says the password is asked at every start);
2. with a known server the flow connects straight away: with the password from the address or the vault, or
   without one (a server that trusts this computer asks none; one that does ask gets the question in the
   dialog — "De teamserver vraagt om uw wachtwoord");
3. `meld_aan` establishes who logged in: the database role must be an active staff member whose group role
   matches the account's role (no account to pick: the database account *is* the user), and the schema must be
   the one this version of the workstation expects;
4. a wrong password is forgotten in the vault and asked again — the flow never retries it against the server
   by itself; an unreachable server gives a message with "Opnieuw proberen";
5. on success the password goes into the vault when the user asked for that (only now, so a wrong password is
   never stored), the connection settings go into QSettings (never the password), and `aangemeld` carries the
   open store and the staff member.

This module imports no sqlalchemy or keyring at import time; everything heavy is imported on the worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.settings import AppSettings, Teamserverinstellingen
from models.store.fouten import GeenToegang, OpslagFout, VerbindingFout
from models.store.rows import MedewerkerRow
from models.validatie import Validatiefout
from ui.dialogs.verbinding_dialoog import VerbindingDialoog, VerbindingInvoer
from ui.palet import Kleuren
from ui.tasks import TaskRunner

__all__ = ["TeamserverAanmelding", "Voorbereid", "WachtwoordNodig", "verbind", "voorbereiden"]

log = logging.getLogger(__name__)


class WachtwoordNodig(OpslagFout):
    """The server asks for a password and none was given (libpq: "no password supplied")."""


@dataclass(frozen=True, slots=True)
class Voorbereid:
    """What the worker found before connecting: the TLS modes, the server (if known), the password (if any)."""

    tls_modi: dict[str, str]
    verbinding: Any  # models.store.verbinding.Verbinding | None
    wachtwoord: str | None
    uit_kluis: bool  # the password came from the vault (forget it when it turns out wrong)
    kluis: bool  # this computer has a password vault


@dataclass(frozen=True, slots=True)
class Verbonden:
    geopend: Any  # desktop.app.Geopend
    medewerker: MedewerkerRow
    verbinding: Any


# --- on the worker thread ------------------------------------------------------------------------------------


def voorbereiden(url: str | None, instellingen: Teamserverinstellingen | None) -> Voorbereid:
    """Import the store, read the address or the settings, and ask the vault for the password."""
    from models.store.verbinding import TLS_MODI, Verbinding, keyring_beschikbaar, wachtwoord_uit_keyring

    verbinding: Any = None
    wachtwoord: str | None = None
    if url is not None:
        verbinding, wachtwoord = Verbinding.uit_url(url)
    elif instellingen is not None:
        try:
            verbinding = Verbinding(
                host=instellingen.host,
                gebruiker=instellingen.gebruiker,
                database=instellingen.database,
                poort=instellingen.poort,
                tls=instellingen.tls,
            )
        except Validatiefout:
            log.warning("De bewaarde teamserverinstellingen zijn ongeldig; ze worden opnieuw gevraagd")
    kluis = keyring_beschikbaar()
    uit_kluis = False
    if verbinding is not None and wachtwoord is None and kluis:
        wachtwoord = wachtwoord_uit_keyring(verbinding)
        uit_kluis = wachtwoord is not None
    return Voorbereid(dict(TLS_MODI), verbinding, wachtwoord, uit_kluis, kluis)


def maak_verbinding(invoer: VerbindingInvoer) -> Any:
    """The `Verbinding` of the dialog's input (raises `Validatiefout` naming the field)."""
    from models.store.verbinding import Verbinding

    return Verbinding(
        host=invoer.host, gebruiker=invoer.gebruiker, database=invoer.database, poort=invoer.poort, tls=invoer.tls
    )


def verbind(verbinding: Any, wachtwoord: str | None, *, bewaren: bool | None = None) -> Verbonden:
    """Connect, establish who this is, check the schema, and wire the services.

    Args:
        verbinding: a `models.store.verbinding.Verbinding`.
        wachtwoord: the password, or None to connect without one.
        bewaren: after a successful login, True stores the password in the vault, False removes a stored one,
            None leaves the vault alone.

    Raises:
        AanmeldFout, WachtwoordNodig, VerbindingFout, GeenToegang, OpslagFout (schema of another version).
    """
    from desktop.app import Geopend, maak_diensten
    from models.store.engine import huidige_revisie, maak_engine, nieuwste_revisie
    from models.store.opslag import Opslag
    from models.store.verbinding import bewaar_wachtwoord, meld_aan, vergeet_wachtwoord

    engine = maak_engine(verbinding.url(wachtwoord))
    try:
        try:
            medewerker = meld_aan(engine)
        except VerbindingFout as fout:
            if "no password supplied" in str(fout.__cause__).lower():
                raise WachtwoordNodig("De teamserver vraagt om uw wachtwoord.") from fout
            raise
        if huidige_revisie(engine) != nieuwste_revisie():
            raise OpslagFout(
                "De teamserver heeft een andere versie van de gegevensopbouw dan deze werkplek. Vraag de beheerder "
                "om 'werkplek-admin init' uit te voeren (of werk de werkplek bij)."
            )
        omschrijving = f"{verbinding.omschrijving} (account {verbinding.gebruiker})"
        diensten = maak_diensten(Opslag(engine, omschrijving), omschrijving)
    except BaseException:
        engine.dispose()
        raise
    if wachtwoord is not None and bewaren is True:
        bewaar_wachtwoord(verbinding, wachtwoord)
    elif bewaren is False:
        vergeet_wachtwoord(verbinding)
    return Verbonden(Geopend(engine, diensten, (medewerker,), medewerker.gebruikersnaam), medewerker, verbinding)


def vergeet(verbinding: Any) -> None:
    from models.store.verbinding import vergeet_wachtwoord

    vergeet_wachtwoord(verbinding)


# --- the flow on the GUI thread ------------------------------------------------------------------------------


class TeamserverAanmelding(QObject):
    """The team-server login with its dialog.

    Signals:
        aangemeld(object, object): the open store (`desktop.app.Geopend`) and the `MedewerkerRow`.
        gesloten: the user closed the dialog without logging in.
        lokaal_gevraagd: the user chose the local demo store instead (start-up only).
    """

    aangemeld = Signal(object, object)
    gesloten = Signal()
    lokaal_gevraagd = Signal()

    def __init__(
        self,
        settings: AppSettings,
        kleuren: Kleuren,
        runner: TaskRunner,
        *,
        url: str | None = None,
        bij_start: bool = True,
        venster: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._url = url
        self._verbinding: Any = None
        self._wachtwoord: str | None = None  # for this run only, in memory
        self._generatie = 0
        self._klaar = False
        self.dialoog = VerbindingDialoog(kleuren, venster, bij_start=bij_start)
        if venster is not None:
            self.dialoog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialoog.verbinden_gevraagd.connect(self._verbind_invoer)
        self.dialoog.rejected.connect(self._gesloten)
        self.dialoog.lokaal_gevraagd.connect(self._lokaal)

    @property
    def verbinding(self) -> Any:
        return self._verbinding

    def begin(self, *, automatisch: bool = True) -> None:
        """Show the dialog and prepare; with `automatisch`, connect at once when the server is known."""
        self.dialoog.show()
        self.dialoog.raise_()
        self.dialoog.activateWindow()
        self.dialoog.zet_bezig(True, self.dialoog.tr("Verbinding voorbereiden…"))
        url, instellingen = self._url, self._settings.teamserver
        self._runner.submit(
            lambda: voorbereiden(url, instellingen),
            lambda v: self._voorbereid(v, automatisch),
            self._on_fout,
            context=self,
        )

    def _voorbereid(self, voorbereid: Voorbereid, automatisch: bool) -> None:
        self.dialoog.zet_tls_modi(voorbereid.tls_modi)
        self.dialoog.zet_kluis(voorbereid.kluis)
        v = voorbereid.verbinding
        self._verbinding = v
        if v is not None:
            self.dialoog.zet_gegevens(v.host, v.poort, v.database, v.gebruiker, v.tls)
        if v is not None and automatisch:
            self._wachtwoord = voorbereid.wachtwoord
            self._verbind(v, voorbereid.wachtwoord, bewaren=None)
            return
        self.dialoog.zet_bezig(False)
        self.dialoog.focus_eerste_lege_veld()

    def _verbind_invoer(self, invoer: VerbindingInvoer) -> None:
        """The dialog's "Verbinden": a typed password wins; otherwise the vault's, or none."""
        try:
            verbinding = maak_verbinding(invoer)
        except Validatiefout as fout:
            self.dialoog.zet_veldfout(fout.veld, fout.melding)
            return
        if invoer.wachtwoord:
            wachtwoord: str | None = invoer.wachtwoord
            bewaren: bool | None = invoer.onthouden if self.dialoog.kluis_beschikbaar else None
        elif self._verbinding is not None and verbinding.sleutel == self._verbinding.sleutel and self._wachtwoord:
            wachtwoord, bewaren = self._wachtwoord, None  # the same account as before: the password we had
        else:
            wachtwoord, bewaren = None, None
        self._verbinding = verbinding
        self._verbind(verbinding, wachtwoord, bewaren=bewaren, uit_kluis_zoeken=wachtwoord is None)

    def _verbind(
        self, verbinding: Any, wachtwoord: str | None, *, bewaren: bool | None, uit_kluis_zoeken: bool = False
    ) -> None:
        self._generatie += 1
        generatie = self._generatie
        self.dialoog.zet_bezig(
            True,
            self.dialoog.tr("Verbinden met %1 als %2…")
            .replace("%1", f"{verbinding.host}/{verbinding.database}")
            .replace("%2", verbinding.gebruiker),
        )
        kluis = self.dialoog.kluis_beschikbaar

        def taak() -> Verbonden:
            ww = wachtwoord
            if ww is None and uit_kluis_zoeken and kluis:
                from models.store.verbinding import wachtwoord_uit_keyring

                ww = wachtwoord_uit_keyring(verbinding)
            return verbind(verbinding, ww, bewaren=bewaren)

        def gelukt(verbonden: Verbonden) -> None:
            if generatie != self._generatie or self._klaar:
                verbonden.geopend.engine.dispose()  # the user went on without this connection
                return
            self._aangemeld(verbonden)

        def mislukt(fout: BaseException) -> None:
            if generatie == self._generatie and not self._klaar:
                self._on_fout(fout)

        self._runner.submit(taak, gelukt, mislukt, context=self)

    def _aangemeld(self, verbonden: Verbonden) -> None:
        v = verbonden.verbinding
        self._settings.teamserver = Teamserverinstellingen(v.host, v.poort, v.database, v.gebruiker, v.tls)
        self._settings.teamserver_actief = True
        self._settings.sync()
        self._wachtwoord = None
        self._klaar = True
        log.info("Aangemeld op %s als %s", v.omschrijving, v.gebruiker)
        self.dialoog.sluit_aangemeld()
        self.aangemeld.emit(verbonden.geopend, verbonden.medewerker)

    def _on_fout(self, fout: BaseException) -> None:
        from models.store.verbinding import AanmeldFout

        d = self.dialoog
        if isinstance(fout, AanmeldFout):
            verbinding = self._verbinding
            self._wachtwoord = None
            if verbinding is not None:  # a stored password that no longer works is removed, not tried again
                self._runner.submit(lambda: vergeet(verbinding), lambda _r: None, lambda _f: None)
            d.vraag_wachtwoord(
                d.tr("De gebruikersnaam of het wachtwoord klopt niet. Typ uw wachtwoord opnieuw."), fout=True
            )
        elif isinstance(fout, WachtwoordNodig):
            d.vraag_wachtwoord(
                d.tr("De teamserver vraagt om uw wachtwoord. Typ het in en kies 'Verbinden'.")
                if d.kluis_beschikbaar
                else d.tr(
                    "De teamserver vraagt om uw wachtwoord. Er is geen wachtwoordkluis op deze computer: "
                    "u typt het bij elke start opnieuw."
                )
            )
        elif isinstance(fout, Validatiefout):
            d.zet_veldfout(fout.veld, fout.melding)
        elif isinstance(fout, VerbindingFout):
            d.zet_fout(fout.melding, opnieuw=True)
        elif isinstance(fout, GeenToegang | OpslagFout):
            d.zet_fout(fout.melding, opnieuw=False)
        else:
            log.error("Aanmelden bij de teamserver mislukt", exc_info=fout)
            d.zet_fout(
                d.tr(
                    "Aanmelden bij de teamserver is mislukt door een onverwachte fout. Controleer het adres; de "
                    "details staan in het logbestand."
                ),
                opnieuw=True,
            )

    def _gesloten(self) -> None:
        if self._klaar:
            return
        self._klaar = True
        self._wachtwoord = None
        self.gesloten.emit()

    def _lokaal(self) -> None:
        self._klaar = True
        self._wachtwoord = None
        self._settings.teamserver_actief = False
        self.dialoog.hide()
        self.lokaal_gevraagd.emit()
