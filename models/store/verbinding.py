"""The connection to a team server: its settings, the password in the OS keyring, and verifying who logged in.

What belongs here: `Verbinding` (host, port, database, user, TLS mode — what QSettings keeps; never the
password), the keyring calls with their graceful fallback (no backend → the caller asks per run and says so),
and `meld_aan()`, which checks after connecting that the database role is a known, active staff member whose
group role matches the role recorded for the account. No Qt here; the dialog lives in `ui/`.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from models.domain import Rol
from models.store.fouten import GeenToegang, OpslagFout, VerbindingFout
from models.store.medewerkers import medewerker_row
from models.store.rows import MedewerkerRow
from models.store.tables import Medewerker
from models.validatie import Validatiefout, controleer_tekst

__all__ = [
    "KEYRING_DIENST",
    "TLS_MODI",
    "AanmeldFout",
    "Verbinding",
    "bewaar_wachtwoord",
    "keyring_beschikbaar",
    "meld_aan",
    "vergeet_wachtwoord",
    "wachtwoord_uit_keyring",
]

log = logging.getLogger(__name__)

KEYRING_DIENST = "nl.dienst-toeslagen.werkplek.teamserver"
TLS_MODI: dict[str, str] = {
    "verify-full": "Versleuteld, servercertificaat en naam gecontroleerd (aanbevolen)",
    "require": "Versleuteld, certificaat niet gecontroleerd",
    "prefer": "Versleuteld als de server dat kan",
    "disable": "Niet versleuteld (alleen voor een testserver)",
}


class AanmeldFout(OpslagFout):
    """The server refused the user name or password."""


@dataclass(frozen=True, slots=True)
class Verbinding:
    host: str
    gebruiker: str
    database: str = "werkplek"
    poort: int = 5432
    tls: str = "prefer"

    def __post_init__(self) -> None:
        controleer_tekst(self.host, "server", max_lengte=253)
        controleer_tekst(self.gebruiker, "gebruikersnaam", max_lengte=63)
        controleer_tekst(self.database, "database", max_lengte=63)
        if not 1 <= self.poort <= 65535:
            raise Validatiefout("poort", "kies een poort tussen 1 en 65535")
        if self.tls not in TLS_MODI:
            raise Validatiefout("versleuteling", "kies een van de aangeboden versleutelingsmodi")

    @property
    def sleutel(self) -> str:
        """The keyring account name: one password per user per server and database."""
        return f"{self.gebruiker}@{self.host}:{self.poort}/{self.database}"

    @property
    def omschrijving(self) -> str:
        return f"Teamserver {self.host}/{self.database}"

    def url(self, wachtwoord: str | None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.gebruiker,
            password=wachtwoord,
            host=self.host,
            port=self.poort,
            database=self.database,
            query={"sslmode": self.tls},
        )

    @classmethod
    def uit_url(cls, url: str) -> tuple[Verbinding, str | None]:
        """Split a `postgresql://user:password@host:port/db?sslmode=...` URL into settings and password."""
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            raise Validatiefout("database", "een teamserver-adres begint met postgresql://")
        if not parsed.username:
            raise Validatiefout("database", "geef de gebruikersnaam in het adres: postgresql://naam@server/database")
        sslmode = parsed.query.get("sslmode", "prefer")
        return (
            cls(
                host=parsed.host or "localhost",
                gebruiker=parsed.username,
                database=parsed.database or "werkplek",
                poort=parsed.port or 5432,
                tls=sslmode if isinstance(sslmode, str) else sslmode[0],
            ),
            parsed.password,
        )


def keyring_beschikbaar() -> bool:
    """False on machines without a usable OS keyring (headless Linux without Secret Service, say)."""
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def wachtwoord_uit_keyring(verbinding: Verbinding) -> str | None:
    try:
        return keyring.get_password(KEYRING_DIENST, verbinding.sleutel)
    except KeyringError as fout:
        log.info("Geen wachtwoordkluis beschikbaar: %s", fout.__class__.__name__)
        return None


def bewaar_wachtwoord(verbinding: Verbinding, wachtwoord: str) -> bool:
    """Store the password in the OS keyring; False when there is none (it is then never written anywhere)."""
    try:
        keyring.set_password(KEYRING_DIENST, verbinding.sleutel, wachtwoord)
    except KeyringError as fout:
        log.info("Wachtwoord niet bewaard, geen wachtwoordkluis: %s", fout.__class__.__name__)
        return False
    return True


def vergeet_wachtwoord(verbinding: Verbinding) -> None:
    with contextlib.suppress(KeyringError):
        keyring.delete_password(KEYRING_DIENST, verbinding.sleutel)


def meld_aan(engine: Engine) -> MedewerkerRow:
    """Connect and establish who this is: the database role must be an active account with a matching role.

    Raises:
        AanmeldFout: wrong user name or password.
        VerbindingFout: the server cannot be reached.
        GeenToegang: the role is not (or no longer) a staff member, or its group does not match the account.
    """
    m = Medewerker.__table__  # type: ignore[attr-defined]
    try:
        with engine.connect() as conn:
            gebruiker = conn.execute(text("SELECT current_user")).scalar_one()
            rij = conn.execute(select(m).where(m.c.gebruikersnaam == gebruiker, m.c.actief.is_(True))).first()
            if rij is None:
                raise GeenToegang(f"Het account '{gebruiker}' is geen actieve medewerker in deze opslag.")
            medewerker = medewerker_row(rij)
            groepen = {
                r: conn.execute(
                    text("SELECT pg_has_role(current_user, :g, 'MEMBER')"), {"g": f"werkplek_{r.value}"}
                ).scalar_one()
                for r in Rol
            }
    except OperationalError as exc:
        tekst = str(exc.orig or exc).lower()
        if "password authentication failed" in tekst or "authentication failed" in tekst:
            raise AanmeldFout("De gebruikersnaam of het wachtwoord klopt niet.") from exc
        raise VerbindingFout(
            "De teamserver is niet bereikbaar. Controleer de servernaam, de poort en uw netwerkverbinding."
        ) from exc
    rollen = [r for r, lid in groepen.items() if lid]
    if rollen != [medewerker.rol]:
        raise GeenToegang(
            f"De databaserechten van '{medewerker.gebruikersnaam}' passen niet bij de rol "
            f"{medewerker.rol.label.lower()}. Vraag de beheerder het account te herstellen."
        )
    return medewerker
