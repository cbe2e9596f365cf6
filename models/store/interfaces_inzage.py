"""The access log and the audit trail as the oversight view sees them: rows and a Protocol, without sqlalchemy.

What belongs here: the frozen rows the "Inzagelog" view shows (`InzageRegel`, `AuditRegel` with its field
changes), the `Periode` filter, and the `Inzagelog` Protocol that `models.store.inzage.InzagelogRepository`
implements. Only supervisors and kwaliteitsmedewerkers may call it (`Bevoegdheid.AUDIT_LEZEN`); the repository
refuses everyone else, and on a team server the database refuses them too. Every call belongs on the
TaskRunner's worker thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from models.domain import InzageReden, Rol
from models.store.rows import BurgerKort, MedewerkerRow
from models.validatie import Validatiefout

__all__ = [
    "MAX_REGELS",
    "AuditRegel",
    "Auditlijst",
    "InzageRegel",
    "Inzagelijst",
    "Inzagelog",
    "Periode",
    "Wijziging",
]

MAX_REGELS = 5000  # one screen of an overview; more means: choose a shorter period
MAX_DAGEN = 366 * 5


@dataclass(frozen=True, slots=True)
class Periode:
    """Calendar days from `van` up to and including `tot`, in the user's own time zone."""

    van: dt.date
    tot: dt.date

    def __post_init__(self) -> None:
        if self.tot < self.van:
            raise Validatiefout("periode", "de einddatum ligt vóór de begindatum")
        if (self.tot - self.van).days > MAX_DAGEN:
            raise Validatiefout("periode", "kies een periode van hoogstens vijf jaar")

    @property
    def begin(self) -> dt.datetime:
        """The first moment of `van` (local midnight), timezone-aware."""
        return dt.datetime.combine(self.van, dt.time.min).astimezone()

    @property
    def einde(self) -> dt.datetime:
        """The first moment after `tot` (local midnight of the next day), timezone-aware."""
        return dt.datetime.combine(self.tot + dt.timedelta(days=1), dt.time.min).astimezone()

    @classmethod
    def laatste_dagen(cls, dagen: int, vandaag: dt.date | None = None) -> Periode:
        tot = vandaag or dt.date.today()  # noqa: DTZ011 - a calendar date in the user's time zone
        return cls(tot - dt.timedelta(days=dagen - 1), tot)


@dataclass(frozen=True, slots=True)
class InzageRegel:
    """One look at a citizen's data: who, when, why, and from where in the application."""

    id: int
    moment: dt.datetime
    medewerker_id: int
    medewerker: str
    gebruikersnaam: str
    rol: Rol
    burger_id: int
    burger: str
    bsn: str
    reden: InzageReden
    toelichting: str | None
    context: str


@dataclass(frozen=True, slots=True)
class Wijziging:
    """One field of a changed record: the value before and after (None: absent, e.g. a new record)."""

    veld: str
    voor: str | None
    na: str | None


@dataclass(frozen=True, slots=True)
class AuditRegel:
    """One change in the audit trail: who changed which record how (the fields that differ, before → after)."""

    id: int
    moment: dt.datetime
    medewerker: str | None  # None: a system job (signal run, migration) without a staff member
    actie: str
    entiteit: str
    entiteit_id: int | None
    wijzigingen: tuple[Wijziging, ...]


@dataclass(frozen=True, slots=True)
class Inzagelijst:
    """The answer to an access-log question; `afgekapt` says there were more than `MAX_REGELS` rows."""

    regels: tuple[InzageRegel, ...]
    afgekapt: bool = False
    burger: BurgerKort | None = None
    medewerker: MedewerkerRow | None = None


@dataclass(frozen=True, slots=True)
class Auditlijst:
    regels: tuple[AuditRegel, ...]
    burger: BurgerKort
    afgekapt: bool = False


class Inzagelog(Protocol):
    """Read-only oversight of the access log and the audit trail (supervisor, kwaliteitsmedewerker).

    Raises (every method):
        GeenToegang: the role may not read the access log (also refused by the database on a team server).
        Validatiefout: an invalid BSN or period.
        NietGevonden: no citizen with this BSN, no such staff member.
    """

    def medewerkers(self, actor: MedewerkerRow) -> list[MedewerkerRow]:
        """Every account, also those no longer active (their past accesses stay accountable)."""
        ...

    def per_burger(self, actor: MedewerkerRow, bsn: str, periode: Periode) -> Inzagelijst:
        """Who looked at this citizen's data in the period, newest first. The question itself is logged."""
        ...

    def per_medewerker(self, actor: MedewerkerRow, medewerker_id: int, periode: Periode) -> Inzagelijst:
        """Whose data this staff member looked at in the period, newest first."""
        ...

    def audittrail(self, actor: MedewerkerRow, bsn: str, periode: Periode) -> Auditlijst:
        """Every change to this citizen's records in the period, newest first. The question itself is logged."""
        ...
