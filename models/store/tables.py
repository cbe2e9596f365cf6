"""The data model of ARCHITECTURE §3 as SQLModel tables.

What belongs here: table classes with their columns, constraints and indexes, and nothing else. Only the store
(repositories, migrations, the demo generator's bulk loader) imports this module; the UI gets frozen row
dataclasses from `models.store.rows`.

Conventions:
- money is integer eurocents in columns named `*_cent` (never float);
- every mutable row has `version` (optimistic locking: an update names the version it read, see
  `models.store.versie`);
- statuses and kinds are the stored strings of the enums in `models.domain`, guarded by CHECK constraints;
- moments are `UtcDateTime` (timezone-aware UTC); calendar dates are `Date`;
- every table that belongs to a citizen has an indexed `burger_id`, because the klantbeeld reads them all.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel

from models.domain import (
    BeoordelingSoort,
    BeoordelingStatus,
    BeschikkingSoort,
    BetalingSoort,
    BezwaarStatus,
    Contactkanaal,
    DocumentSoort,
    Ernst,
    InzageReden,
    Regeling,
    RegelingSoort,
    RegelingStatus,
    Rol,
    SignaalStatus,
    SignaalType,
    TaakSoort,
    TaakStatus,
    TermijnStatus,
    ToeslagStatus,
    TrajectBron,
    TrajectStatus,
    VorderingStatus,
)
from models.store.types import UtcDateTime, nu

metadata = SQLModel.metadata
metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _keuze(kolom: str, enum: type[StrEnum]) -> CheckConstraint:
    waarden = ", ".join(f"'{e.value}'" for e in enum)
    return CheckConstraint(f"{kolom} IN ({waarden})", name=f"{kolom}_geldig")


def _fk(doel: str, *, nullable: bool = False, index: bool = True, ondelete: str | None = None) -> Any:
    return Field(
        default=None if nullable else ...,
        sa_column=Column(Integer, ForeignKey(doel, ondelete=ondelete), nullable=nullable, index=index),
    )


def _cent(*, nullable: bool = False, default: int | None = 0) -> Any:
    return Field(
        default=None if nullable else default,
        sa_column=Column(BigInteger, nullable=nullable, default=None if nullable else default),
    )


def _tekst(lengte: int, *, nullable: bool = False, default: str | None = None) -> Any:
    return Field(
        default=default if default is not None else (None if nullable else ...),
        sa_column=Column(String(lengte), nullable=nullable),
    )


def _lange_tekst(*, nullable: bool = True) -> Any:
    return Field(default=None if nullable else "", sa_column=Column(Text, nullable=nullable))


def _moment(*, nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_column=Column(UtcDateTime(), nullable=True))
    return Field(default_factory=nu, sa_column=Column(UtcDateTime(), nullable=False))


def _json(*, nullable: bool = True) -> Any:
    return Field(default=None, sa_column=Column(JSON, nullable=nullable))


class _Versie:
    """Mixin marker: the table takes part in optimistic locking (see `models.store.versie`)."""

    versioned: ClassVar[bool] = True


# --- people -------------------------------------------------------------------------------------------------


class Medewerker(SQLModel, _Versie, table=True):
    __tablename__ = "medewerker"
    __table_args__ = (_keuze("rol", Rol), CheckConstraint("version >= 1", name="versie_positief"))

    id: int | None = Field(default=None, primary_key=True)
    gebruikersnaam: str = Field(sa_column=Column(String(63), nullable=False, unique=True))
    naam: str = _tekst(120)
    rol: str = _tekst(20)
    team: str | None = _tekst(80, nullable=True)
    organisatie: str | None = _tekst(120, nullable=True)
    telefoon: str | None = _tekst(20, nullable=True)
    actief: bool = True
    version: int = 1


class Burger(SQLModel, _Versie, table=True):
    __tablename__ = "burger"
    __table_args__ = (
        CheckConstraint("length(bsn) = 9", name="bsn_lengte"),
        CheckConstraint("taal IN ('nl', 'en')", name="taal_geldig"),
        Index("ix_burger_geboortedatum_naam", "geboortedatum", "achternaam_zoek"),
        Index("ix_burger_postcode_huisnummer", "postcode", "huisnummer"),
    )

    id: int | None = Field(default=None, primary_key=True)
    bsn: str = Field(sa_column=Column(String(9), nullable=False, unique=True))
    voornamen: str = _tekst(120)
    tussenvoegsel: str | None = _tekst(20, nullable=True)
    achternaam: str = _tekst(120)
    achternaam_zoek: str = _tekst(120)  # lower case, no diacritics: see models.validatie.zoeknaam
    geboortedatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    straat: str = _tekst(120)
    huisnummer: int
    huisnummer_toevoeging: str | None = _tekst(10, nullable=True)
    postcode: str = _tekst(6)  # "1234AB", no space
    woonplaats: str = _tekst(80)
    land: str = _tekst(2, default="NL")
    telefoon: str | None = _tekst(20, nullable=True)
    email: str | None = _tekst(254, nullable=True)
    iban: str | None = _tekst(34, nullable=True)
    taal: str = _tekst(2, default="nl")
    voorkeurskanaal: str = _tekst(20, default="post")
    communicatiebehoefte: str | None = _tekst(200, nullable=True)  # e.g. "hulp bij lezen brieven"
    overleden_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    version: int = 1


class Partnerschap(SQLModel, _Versie, table=True):
    """A toeslagpartner period of `burger` (the aanvrager) with `partner`."""

    __tablename__ = "partnerschap"
    __table_args__ = (CheckConstraint("einde IS NULL OR einde >= begin", name="periode_geldig"),)

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    partner_id: int = _fk("burger.id")
    begin: dt.date = Field(sa_column=Column(Date, nullable=False))
    einde: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    uit_buitenland: bool = False  # nareizende partner: arrived later, BSN since `begin`
    version: int = 1


class Kind(SQLModel, _Versie, table=True):
    __tablename__ = "kind"

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    voornaam: str = _tekst(80)
    geboortedatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    thuiswonend: bool = True
    version: int = 1


class Medebewoner(SQLModel, _Versie, table=True):
    __tablename__ = "medebewoner"
    __table_args__ = (CheckConstraint("einde IS NULL OR einde >= begin", name="periode_geldig"),)

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    naam: str = _tekst(120)
    relatie: str = _tekst(40)  # "kind", "ouder", "huisgenoot", ...
    geboortedatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    toetsingsinkomen_cent: int = _cent()
    vermogen_cent: int = _cent()
    begin: dt.date = Field(sa_column=Column(Date, nullable=False))
    einde: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    version: int = 1


# --- toeslagen ------------------------------------------------------------------------------------------------


class Toeslag(SQLModel, _Versie, table=True):
    """One toeslag of a burger for one year: the voorschot and, later, the definitive amount.

    `grondslagen_voorschot` / `grondslagen_actueel` / `grondslagen_definitief` hold
    `models.calc.invoer.Grondslagen.naar_dict()`, so the calculation can be repeated and explained at any time;
    the amounts are what the calculation core gave.
    """

    __tablename__ = "toeslag"
    __table_args__ = (
        _keuze("regeling", Regeling),
        _keuze("status", ToeslagStatus),
        UniqueConstraint("burger_id", "regeling", "jaar"),
        CheckConstraint("jaar BETWEEN 2000 AND 2100", name="jaar_geldig"),
        CheckConstraint(
            "eerste_maand BETWEEN 1 AND 12 AND laatste_maand BETWEEN eerste_maand AND 12", name="maanden_geldig"
        ),
        CheckConstraint(
            "voorschot_jaar_cent >= 0 AND voorschot_maand_cent >= 0 AND betaald_cent >= 0",
            name="bedragen_niet_negatief",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    regeling: str = _tekst(30)
    jaar: int
    status: str = _tekst(20)
    eerste_maand: int = 1
    laatste_maand: int = 12
    grondslagen_voorschot: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    voorschot_jaar_cent: int = _cent()
    voorschot_maand_cent: int = _cent()
    betaald_cent: int = _cent()  # voorschot paid so far for this year
    # The newest actual data known during the year (contra-informatie: income from the loonaangifte, childcare
    # hours from the provider): what the signals compare with the voorschot data to see a recovery coming.
    grondslagen_actueel: dict[str, Any] | None = _json()
    grondslagen_definitief: dict[str, Any] | None = _json()
    definitief_jaar_cent: int | None = _cent(nullable=True)
    saldo_cent: int | None = _cent(nullable=True)  # + nabetaling, − terugvordering (before doelmatigheidsgrens)
    onbevestigd: bool = False  # the amounts rest on an UNCONFIRMED parameter
    version: int = 1


class Beschikking(SQLModel, table=True):
    """A decision sent to the citizen. Immutable once made (a new decision replaces it)."""

    __tablename__ = "beschikking"
    __table_args__ = (
        _keuze("soort", BeschikkingSoort),
        Index("ix_beschikking_burger_datum", "burger_id", "datum"),
        # the dashboard's "definitive calculations without a high recovery" reads only this index
        Index("ix_beschikking_soort_datum", "soort", "datum", "saldo_cent", "toeslag_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    toeslag_id: int | None = _fk("toeslag.id", nullable=True)
    soort: str = _tekst(20)
    kenmerk: str = Field(sa_column=Column(String(30), nullable=False, unique=True))
    datum: dt.date = Field(sa_column=Column(Date, nullable=False))  # dagtekening
    bezwaar_uiterlijk: dt.date = Field(sa_column=Column(Date, nullable=False))
    bedrag_cent: int = _cent()  # year amount (voorschot, definitief) or the recovered amount
    maandbedrag_cent: int | None = _cent(nullable=True)
    saldo_cent: int | None = _cent(nullable=True)  # definitief: + nabetaling / − terugvordering
    omschrijving: str = _tekst(200)


class Betaling(SQLModel, table=True):
    """Money paid out by Dienst Toeslagen (nabetalingen; voorschot corrections). Immutable."""

    __tablename__ = "betaling"
    __table_args__ = (
        _keuze("soort", BetalingSoort),
        Index("ix_betaling_burger_datum", "burger_id", "datum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    toeslag_id: int | None = _fk("toeslag.id", nullable=True)
    soort: str = _tekst(20)
    datum: dt.date = Field(sa_column=Column(Date, nullable=False))
    bedrag_cent: int = _cent()
    omschrijving: str = _tekst(200)


# --- collection -------------------------------------------------------------------------------------------------


class Vordering(SQLModel, _Versie, table=True):
    """A claim: a terugvordering that is being collected."""

    __tablename__ = "vordering"
    __table_args__ = (
        _keuze("regeling", Regeling),
        _keuze("status", VorderingStatus),
        CheckConstraint(
            "bedrag_cent > 0 AND open_cent >= 0 AND rente_cent >= 0 AND kosten_cent >= 0", name="bedragen_geldig"
        ),
        Index("ix_vordering_burger_status", "burger_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    toeslag_id: int | None = _fk("toeslag.id", nullable=True)
    beschikking_id: int | None = _fk("beschikking.id", nullable=True)
    partner_id: int | None = _fk("burger.id", nullable=True)  # hoofdelijk aansprakelijk (Awir art. 33)
    regeling: str = _tekst(30)
    jaar: int
    kenmerk: str = Field(sa_column=Column(String(30), nullable=False, unique=True))
    bedrag_cent: int = _cent()  # original amount
    open_cent: int = _cent()  # open principal
    rente_cent: int = _cent()  # invorderingsrente due, not yet paid
    kosten_cent: int = _cent()  # invorderingskosten due, not yet paid
    ontstaan_op: dt.date = Field(sa_column=Column(Date, nullable=False))
    vervaldatum: dt.date = Field(sa_column=Column(Date, nullable=False))  # uiterste betaaldatum
    status: str = _tekst(20)
    version: int = 1


class Betalingsregeling(SQLModel, _Versie, table=True):
    __tablename__ = "betalingsregeling"
    __table_args__ = (
        _keuze("soort", RegelingSoort),
        _keuze("status", RegelingStatus),
        CheckConstraint("termijnbedrag_cent > 0 AND aantal_termijnen > 0", name="termijnen_geldig"),
        Index("ix_betalingsregeling_burger_status", "burger_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    soort: str = _tekst(20)
    status: str = _tekst(20)
    totaal_cent: int = _cent()  # debt covered when the schedule was made
    termijnbedrag_cent: int = _cent()
    aantal_termijnen: int
    startdatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    pauze_van: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    pauze_tot: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    capaciteit: dict[str, Any] | None = _json()  # the betalingscapaciteit calculation (inputs and steps)
    motivatie: str | None = _lange_tekst()
    voorgesteld_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    aangemaakt_op: dt.datetime = _moment()
    version: int = 1


class RegelingVordering(SQLModel, table=True):
    """Which claims an arrangement covers (claims can be added while it runs)."""

    __tablename__ = "regeling_vordering"

    regeling_id: int = Field(sa_column=Column(Integer, ForeignKey("betalingsregeling.id"), primary_key=True))
    vordering_id: int = Field(sa_column=Column(Integer, ForeignKey("vordering.id"), primary_key=True, index=True))
    toegevoegd_op: dt.date = Field(sa_column=Column(Date, nullable=False))


class Termijn(SQLModel, _Versie, table=True):
    __tablename__ = "termijn"
    __table_args__ = (
        _keuze("status", TermijnStatus),
        UniqueConstraint("regeling_id", "volgnummer"),
        CheckConstraint("bedrag_cent > 0 AND betaald_cent >= 0", name="bedragen_geldig"),
        Index("ix_termijn_vervaldatum", "vervaldatum", "status"),  # missed instalments per month (dashboard)
    )

    id: int | None = Field(default=None, primary_key=True)
    regeling_id: int = _fk("betalingsregeling.id", index=False)
    volgnummer: int
    vervaldatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    bedrag_cent: int = _cent()
    betaald_cent: int = _cent()
    status: str = _tekst(20)
    herinnering_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    nieuwe_vervaldatum: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    version: int = 1


class Aflossing(SQLModel, table=True):
    """A payment received from the citizen, split over costs, interest and principal (Awir art. 34 lid 3)."""

    __tablename__ = "aflossing"
    __table_args__ = (CheckConstraint("bedrag_cent > 0", name="bedrag_positief"),)

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    vordering_id: int = _fk("vordering.id")
    regeling_id: int | None = _fk("betalingsregeling.id", nullable=True, index=False)
    termijn_id: int | None = _fk("termijn.id", nullable=True, index=False)
    datum: dt.date = Field(sa_column=Column(Date, nullable=False))
    bedrag_cent: int = _cent()
    kosten_cent: int = _cent()
    rente_cent: int = _cent()
    hoofdsom_cent: int = _cent()
    geregistreerd_door: int | None = _fk("medewerker.id", nullable=True, index=False)


class Verrekening(SQLModel, table=True):
    """A nabetaling (or voorschot) offset against an open claim."""

    __tablename__ = "verrekening"
    __table_args__ = (CheckConstraint("bedrag_cent > 0", name="bedrag_positief"),)

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    vordering_id: int = _fk("vordering.id")
    toeslag_id: int | None = _fk("toeslag.id", nullable=True, index=False)
    betaling_id: int | None = _fk("betaling.id", nullable=True, index=False)
    datum: dt.date = Field(sa_column=Column(Date, nullable=False))
    bedrag_cent: int = _cent()
    omschrijving: str = _tekst(200)


# --- guidance and contact ----------------------------------------------------------------------------------


class Begeleidingstraject(SQLModel, _Versie, table=True):
    __tablename__ = "begeleidingstraject"
    __table_args__ = (
        _keuze("status", TrajectStatus),
        _keuze("bron", TrajectBron),
        CheckConstraint("prioriteit BETWEEN 1 AND 3", name="prioriteit_geldig"),
        Index("ix_begeleidingstraject_begeleider_status", "begeleider_id", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    begeleider_id: int | None = _fk("medewerker.id", nullable=True, index=False)
    bron: str = _tekst(20)
    bron_toelichting: str | None = _tekst(500, nullable=True)
    status: str = _tekst(20)
    prioriteit: int = 2  # 1 hoog, 2 normaal, 3 laag
    aangemeld_op: dt.date = Field(sa_column=Column(Date, nullable=False))
    intake_uiterlijk: dt.date = Field(sa_column=Column(Date, nullable=False))  # 5 werkdagen na aanmelding
    eerste_contact_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    plan: dict[str, Any] | None = _json()  # plan van aanpak: doelen en afspraken
    volgende_actie: str | None = _tekst(200, nullable=True)
    volgende_actie_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    afgesloten_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    uitkomst: str | None = _tekst(40, nullable=True)
    reden_afsluiting: str | None = _lange_tekst()
    version: int = 1


class Contactmoment(SQLModel, _Versie, table=True):
    __tablename__ = "contactmoment"
    __table_args__ = (
        _keuze("kanaal", Contactkanaal),
        CheckConstraint("richting IN ('inkomend', 'uitgaand')", name="richting_geldig"),
        Index("ix_contactmoment_burger_moment", "burger_id", "moment"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    medewerker_id: int = _fk("medewerker.id", index=False)
    traject_id: int | None = _fk("begeleidingstraject.id", nullable=True, index=False)
    kanaal: str = _tekst(20)
    richting: str = _tekst(10, default="inkomend")
    moment: dt.datetime = _moment()
    onderwerp: str = _tekst(200)
    samenvatting: str = Field(sa_column=Column(Text, nullable=False))
    afspraken: str | None = _lange_tekst()
    opgelost_in_eerste_contact: bool = False
    version: int = 1


class Notitie(SQLModel, _Versie, table=True):
    """Internal note about a citizen (not for balie; begeleiders see those of their caseload)."""

    __tablename__ = "notitie"

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    medewerker_id: int = _fk("medewerker.id", index=False)
    traject_id: int | None = _fk("begeleidingstraject.id", nullable=True, index=False)
    moment: dt.datetime = _moment()
    tekst: str = Field(sa_column=Column(Text, nullable=False))
    version: int = 1


class Taak(SQLModel, _Versie, table=True):
    __tablename__ = "taak"
    __table_args__ = (
        _keuze("soort", TaakSoort),
        _keuze("status", TaakStatus),
        Index("ix_taak_medewerker_status_vervaldatum", "medewerker_id", "status", "vervaldatum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int | None = _fk("burger.id", nullable=True)
    medewerker_id: int | None = _fk("medewerker.id", nullable=True, index=False)  # null: team queue
    aangemaakt_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    contact_id: int | None = _fk("contactmoment.id", nullable=True, index=False)
    traject_id: int | None = _fk("begeleidingstraject.id", nullable=True, index=False)
    soort: str = _tekst(20)
    omschrijving: str = _tekst(500)
    vervaldatum: dt.date = Field(sa_column=Column(Date, nullable=False))
    telefoon: str | None = _tekst(20, nullable=True)  # terugbelverzoek
    voorkeurstijd: str | None = _tekst(60, nullable=True)
    status: str = _tekst(20)
    aangemaakt_op: dt.datetime = _moment()
    afgerond_op: dt.datetime | None = _moment(nullable=True)
    version: int = 1


class Signaal(SQLModel, _Versie, table=True):
    """A service trigger about a citizen (never a signal of possible misuse: that concept is out of scope)."""

    __tablename__ = "signaal"
    __table_args__ = (
        _keuze("type", SignaalType),
        _keuze("status", SignaalStatus),
        _keuze("ernst", Ernst),
        Index("ix_signaal_status_type", "status", "type"),
        Index("ix_signaal_ontstaan_op", "ontstaan_op", "status", "type"),  # signals by age and month (dashboard)
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    type: str = _tekst(40)
    ernst: str = _tekst(20)
    status: str = _tekst(20)
    sleutel: str = Field(sa_column=Column(String(200), nullable=False, unique=True))  # no duplicates on rerun
    bron: str = _tekst(80)  # rule name and version, or "medewerker:<id>"
    uitleg: str = Field(sa_column=Column(Text, nullable=False))
    gegevens: dict[str, Any] | None = _json()  # link to what triggered it (entity, id, values)
    ontstaan_op: dt.datetime = _moment()
    behandeld_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    reden: str | None = _lange_tekst()  # reason when dismissed (onterecht)
    version: int = 1


class Kwetsbaarheid(SQLModel, _Versie, table=True):
    """A dated, sourced vulnerability indicator (never a permanent label; see DOMAIN.md §6)."""

    __tablename__ = "kwetsbaarheid"

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    soort: str = _tekst(60)
    toelichting: str | None = _lange_tekst()
    bron: str = _tekst(120)
    vastgelegd_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    vastgelegd_op: dt.date = Field(sa_column=Column(Date, nullable=False))
    geldig_tot: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    version: int = 1


class Beoordeling(SQLModel, _Versie, table=True):
    """A four-eyes request. Nobody approves their own proposal: enforced by a CHECK constraint too."""

    __tablename__ = "beoordeling"
    __table_args__ = (
        _keuze("soort", BeoordelingSoort),
        _keuze("status", BeoordelingStatus),
        CheckConstraint("beoordeeld_door IS NULL OR beoordeeld_door <> voorgesteld_door", name="vier_ogen"),
        # a decided request names who decided: a proposer cannot mark their own proposal approved
        CheckConstraint(
            "status IN ('open', 'ingetrokken') OR beoordeeld_door IS NOT NULL", name="beslist_door_beoordelaar"
        ),
        Index("ix_beoordeling_status", "status"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    soort: str = _tekst(30)
    onderwerp_type: str = _tekst(40)  # "betalingsregeling", "begeleidingstraject", ...
    onderwerp_id: int
    voorgesteld_door: int = _fk("medewerker.id", index=False)
    motivatie: str = Field(sa_column=Column(Text, nullable=False))
    gegevens: dict[str, Any] | None = _json()
    status: str = _tekst(20)
    ingediend_op: dt.datetime = _moment()
    beoordeeld_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    beoordeling_motivatie: str | None = _lange_tekst()
    beoordeeld_op: dt.datetime | None = _moment(nullable=True)
    version: int = 1


class Bezwaar(SQLModel, _Versie, table=True):
    __tablename__ = "bezwaar"
    __table_args__ = (_keuze("status", BezwaarStatus),)

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id")
    beschikking_id: int = _fk("beschikking.id")
    ontvangen_op: dt.date = Field(sa_column=Column(Date, nullable=False))
    beslissen_uiterlijk: dt.date = Field(sa_column=Column(Date, nullable=False))
    status: str = _tekst(20)
    besloten_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))
    version: int = 1


class Document(SQLModel, table=True):
    """A letter or overview. `pdf` holds the bytes as sent; a beschikking letter of the demo population has no
    stored bytes and is rendered from its beschikking (deterministic) when opened."""

    __tablename__ = "document"
    __table_args__ = (
        _keuze("soort", DocumentSoort),
        CheckConstraint("taal IN ('nl', 'en')", name="taal_geldig"),
        Index("ix_document_burger_datum", "burger_id", "datum"),
    )

    id: int | None = Field(default=None, primary_key=True)
    burger_id: int = _fk("burger.id", index=False)
    soort: str = _tekst(20)
    titel: str = _tekst(200)
    kenmerk: str = _tekst(40)
    datum: dt.date = Field(sa_column=Column(Date, nullable=False))
    taal: str = _tekst(2, default="nl")
    beschikking_id: int | None = _fk("beschikking.id", nullable=True, index=False)
    regeling_id: int | None = _fk("betalingsregeling.id", nullable=True, index=False)
    pdf: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    aangemaakt_door: int | None = _fk("medewerker.id", nullable=True, index=False)
    verzonden_op: dt.date | None = Field(default=None, sa_column=Column(Date, nullable=True))


# --- accountability -------------------------------------------------------------------------------------------


class Inzage(SQLModel, table=True):
    """Access log: who opened which citizen's data, when and why (insert-only)."""

    __tablename__ = "inzage"
    __table_args__ = (
        _keuze("reden", InzageReden),
        Index("ix_inzage_burger_moment", "burger_id", "moment"),
        Index("ix_inzage_medewerker_moment", "medewerker_id", "moment"),
    )

    id: int | None = Field(default=None, primary_key=True)
    medewerker_id: int = _fk("medewerker.id", index=False)
    burger_id: int = _fk("burger.id", index=False)
    moment: dt.datetime = _moment()
    reden: str = _tekst(30)
    toelichting: str | None = _tekst(500, nullable=True)
    context: str = _tekst(40)  # "klantbeeld", "balie", "zoeken", ...


class AuditEvent(SQLModel, table=True):
    """Append-only, hash-chained audit trail of every change (insert-only).

    `transactie` is the id of the write transaction that made the change: when a connection drops while a write
    is being committed, the client looks it up afterwards to tell the user whether the write went through.
    """

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    moment: dt.datetime = _moment()
    medewerker_id: int | None = _fk("medewerker.id", nullable=True, index=False)
    actie: str = _tekst(60)
    entiteit: str = _tekst(40)
    entiteit_id: int | None = None
    burger_id: int | None = _fk("burger.id", nullable=True, index=True)
    voor: dict[str, Any] | None = _json()
    na: dict[str, Any] | None = _json()
    transactie: str | None = Field(default=None, sa_column=Column(String(32), nullable=True, index=True))
    vorige_hash: str = _tekst(64)
    hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
