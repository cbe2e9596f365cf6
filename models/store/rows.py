"""Frozen row dataclasses: what the store hands to the services and the UI.

What belongs here: immutable snapshots of store data (no ORM objects, no sessions, no lazy loading), the
composite `Klantbeeld`, and the small computed properties views need (full name, address line). This module
imports no sqlmodel/sqlalchemy, so `ui/` may depend on it.

Money is `Decimal` euros (converted from the store's eurocents); moments are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from models.domain import (
    Contactkanaal,
    Regeling,
    Rol,
)

__all__ = [
    "BeschikkingRow",
    "BetalingRow",
    "BetalingsregelingRow",
    "BurgerKort",
    "BurgerRow",
    "ContactRow",
    "DocumentRow",
    "InzageRow",
    "KindRow",
    "Klantbeeld",
    "KwetsbaarheidRow",
    "MedebewonerRow",
    "MedewerkerRow",
    "NieuwContact",
    "NotitieRow",
    "PartnerschapRow",
    "SignaalRow",
    "TaakRow",
    "TermijnRow",
    "ToeslagRow",
    "TrajectRow",
    "VorderingRow",
    "ZoekResultaat",
    "leeftijd",
]


def leeftijd(geboortedatum: dt.date, op: dt.date) -> int:
    """Age in whole years on a date."""
    jaren = op.year - geboortedatum.year
    if (op.month, op.day) < (geboortedatum.month, geboortedatum.day):
        jaren -= 1
    return jaren


def _naam(voornamen: str, tussenvoegsel: str | None, achternaam: str) -> str:
    return " ".join(p for p in (voornamen, tussenvoegsel, achternaam) if p)


@dataclass(frozen=True, slots=True)
class MedewerkerRow:
    id: int
    gebruikersnaam: str
    naam: str
    rol: Rol
    team: str | None = None
    organisatie: str | None = None
    telefoon: str | None = None


@dataclass(frozen=True, slots=True)
class BurgerKort:
    """Enough of a person to show in a list or a household panel."""

    id: int
    bsn: str
    naam: str
    geboortedatum: dt.date


@dataclass(frozen=True, slots=True)
class BurgerRow:
    id: int
    bsn: str
    voornamen: str
    tussenvoegsel: str | None
    achternaam: str
    geboortedatum: dt.date
    straat: str
    huisnummer: int
    huisnummer_toevoeging: str | None
    postcode: str
    woonplaats: str
    land: str
    telefoon: str | None
    email: str | None
    iban: str | None
    taal: str
    voorkeurskanaal: str
    communicatiebehoefte: str | None
    overleden_op: dt.date | None
    version: int

    @property
    def naam(self) -> str:
        return _naam(self.voornamen, self.tussenvoegsel, self.achternaam)

    @property
    def roepnaam(self) -> str:
        """First given name + surname, as used in a greeting or header."""
        return _naam(self.voornamen.split(" ")[0], self.tussenvoegsel, self.achternaam)

    @property
    def adresregel(self) -> str:
        nummer = f"{self.huisnummer}{'-' + self.huisnummer_toevoeging if self.huisnummer_toevoeging else ''}"
        return f"{self.straat} {nummer}"

    @property
    def postcode_woonplaats(self) -> str:
        return f"{self.postcode[:4]} {self.postcode[4:]}  {self.woonplaats}"


@dataclass(frozen=True, slots=True)
class ZoekResultaat:
    burger_id: int
    bsn: str
    naam: str
    geboortedatum: dt.date
    adres: str  # "Straat 12, 1234 AB Plaats"
    begeleider: str | None = None


@dataclass(frozen=True, slots=True)
class PartnerschapRow:
    id: int
    partner: BurgerKort
    begin: dt.date
    einde: dt.date | None
    uit_buitenland: bool

    def actief_op(self, datum: dt.date) -> bool:
        return self.begin <= datum and (self.einde is None or self.einde >= datum)


@dataclass(frozen=True, slots=True)
class KindRow:
    id: int
    voornaam: str
    geboortedatum: dt.date
    thuiswonend: bool


@dataclass(frozen=True, slots=True)
class MedebewonerRow:
    id: int
    naam: str
    relatie: str
    geboortedatum: dt.date
    toetsingsinkomen: Decimal
    begin: dt.date
    einde: dt.date | None


@dataclass(frozen=True, slots=True)
class ToeslagRow:
    id: int
    regeling: Regeling
    jaar: int
    status: str
    eerste_maand: int
    laatste_maand: int
    voorschot_jaar: Decimal
    voorschot_maand: Decimal
    betaald: Decimal
    definitief_jaar: Decimal | None
    saldo: Decimal | None
    onbevestigd: bool
    grondslagen_voorschot: dict[str, Any]
    grondslagen_definitief: dict[str, Any] | None
    version: int
    grondslagen_actueel: dict[str, Any] | None = None  # newest actual data known during the year


@dataclass(frozen=True, slots=True)
class BeschikkingRow:
    id: int
    toeslag_id: int | None
    soort: str
    kenmerk: str
    datum: dt.date
    bezwaar_uiterlijk: dt.date
    bedrag: Decimal
    maandbedrag: Decimal | None
    saldo: Decimal | None
    omschrijving: str


@dataclass(frozen=True, slots=True)
class BetalingRow:
    id: int
    toeslag_id: int | None
    soort: str
    datum: dt.date
    bedrag: Decimal
    omschrijving: str


@dataclass(frozen=True, slots=True)
class VorderingRow:
    id: int
    regeling: Regeling
    jaar: int
    kenmerk: str
    bedrag: Decimal
    open: Decimal
    rente: Decimal
    kosten: Decimal
    ontstaan_op: dt.date
    vervaldatum: dt.date
    status: str
    toeslag_id: int | None
    beschikking_id: int | None
    partner_id: int | None
    version: int

    @property
    def totaal_open(self) -> Decimal:
        return self.open + self.rente + self.kosten


@dataclass(frozen=True, slots=True)
class TermijnRow:
    id: int
    volgnummer: int
    vervaldatum: dt.date
    bedrag: Decimal
    betaald: Decimal
    status: str
    herinnering_op: dt.date | None
    nieuwe_vervaldatum: dt.date | None
    version: int


@dataclass(frozen=True, slots=True)
class BetalingsregelingRow:
    id: int
    soort: str
    status: str
    totaal: Decimal
    termijnbedrag: Decimal
    aantal_termijnen: int
    startdatum: dt.date
    pauze_van: dt.date | None
    pauze_tot: dt.date | None
    vordering_ids: tuple[int, ...]
    termijnen: tuple[TermijnRow, ...]
    capaciteit: dict[str, Any] | None
    motivatie: str | None
    voorgesteld_door: int | None
    version: int

    @property
    def betaald_aantal(self) -> int:
        return sum(1 for t in self.termijnen if t.status == "betaald")

    def volgende_termijn(self) -> TermijnRow | None:
        open_ = [t for t in self.termijnen if t.status not in ("betaald", "gepauzeerd", "vervallen")]
        return min(open_, key=lambda t: t.volgnummer) if open_ else None


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    medewerker: str
    kanaal: Contactkanaal
    richting: str
    moment: dt.datetime
    onderwerp: str
    samenvatting: str
    afspraken: str | None
    opgelost_in_eerste_contact: bool
    traject_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class TaakRow:
    id: int
    burger_id: int | None
    burger_naam: str | None
    medewerker_id: int | None
    soort: str
    omschrijving: str
    vervaldatum: dt.date
    status: str
    telefoon: str | None
    voorkeurstijd: str | None
    contact_id: int | None
    traject_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class SignaalRow:
    id: int
    burger_id: int
    type: str
    ernst: str
    status: str
    bron: str
    uitleg: str
    gegevens: dict[str, Any] | None
    ontstaan_op: dt.datetime
    behandeld_door: int | None
    reden: str | None
    version: int


@dataclass(frozen=True, slots=True)
class NotitieRow:
    id: int
    medewerker: str
    moment: dt.datetime
    tekst: str
    traject_id: int | None
    version: int


@dataclass(frozen=True, slots=True)
class KwetsbaarheidRow:
    id: int
    soort: str
    toelichting: str | None
    bron: str
    vastgelegd_op: dt.date
    geldig_tot: dt.date | None
    version: int


@dataclass(frozen=True, slots=True)
class TrajectRow:
    id: int
    burger_id: int
    begeleider_id: int | None
    begeleider: str | None
    bron: str
    bron_toelichting: str | None
    status: str
    prioriteit: int
    aangemeld_op: dt.date
    intake_uiterlijk: dt.date
    eerste_contact_op: dt.date | None
    plan: dict[str, Any] | None
    volgende_actie: str | None
    volgende_actie_op: dt.date | None
    afgesloten_op: dt.date | None
    uitkomst: str | None
    reden_afsluiting: str | None
    version: int


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A letter's metadata; the PDF bytes are fetched separately (`heeft_pdf` False: rendered on demand)."""

    id: int
    soort: str
    titel: str
    kenmerk: str
    datum: dt.date
    taal: str
    beschikking_id: int | None
    regeling_id: int | None
    heeft_pdf: bool
    verzonden_op: dt.date | None


@dataclass(frozen=True, slots=True)
class InzageRow:
    id: int
    medewerker: str
    medewerker_id: int
    burger_id: int
    moment: dt.datetime
    reden: str
    toelichting: str | None
    context: str


@dataclass(frozen=True, slots=True)
class NieuwContact:
    """What a caseworker enters to register a contact (validated by the store before it is written)."""

    burger_id: int
    kanaal: Contactkanaal
    onderwerp: str
    samenvatting: str
    afspraken: str | None = None
    richting: str = "inkomend"
    opgelost_in_eerste_contact: bool = False
    traject_id: int | None = None
    taak_omschrijving: str | None = None  # optional follow-up task
    taak_vervaldatum: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Klantbeeld:
    """One household, whole: what the klantbeeld view shows.

    Parts the viewer's role may not see are None (not empty): balie staff get `notities`, `signalen` and
    `kwetsbaarheden` as None, and the view says the part is not available for the role.
    """

    burger: BurgerRow
    peildatum: dt.date
    partners: tuple[PartnerschapRow, ...]
    kinderen: tuple[KindRow, ...]
    medebewoners: tuple[MedebewonerRow, ...]
    toeslagen: tuple[ToeslagRow, ...]
    beschikkingen: tuple[BeschikkingRow, ...]
    betalingen: tuple[BetalingRow, ...]
    vorderingen: tuple[VorderingRow, ...]
    regelingen: tuple[BetalingsregelingRow, ...]
    contacten: tuple[ContactRow, ...]
    taken: tuple[TaakRow, ...]
    documenten: tuple[DocumentRow, ...]
    trajecten: tuple[TrajectRow, ...]
    signalen: tuple[SignaalRow, ...] | None = None
    notities: tuple[NotitieRow, ...] | None = None
    kwetsbaarheden: tuple[KwetsbaarheidRow, ...] | None = None
    beperkt: bool = False  # True: the restricted balie view
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def huidige_partner(self) -> PartnerschapRow | None:
        for p in self.partners:
            if p.actief_op(self.peildatum):
                return p
        return None

    @property
    def lopende_toeslagen(self) -> tuple[ToeslagRow, ...]:
        return tuple(t for t in self.toeslagen if t.jaar == self.peildatum.year and t.status == "lopend")

    @property
    def open_vorderingen(self) -> tuple[VorderingRow, ...]:
        return tuple(v for v in self.vorderingen if v.status not in ("afgelost", "verrekend"))

    @property
    def open_schuld(self) -> Decimal:
        return sum((v.totaal_open for v in self.open_vorderingen), Decimal(0))

    @property
    def actieve_regeling(self) -> BetalingsregelingRow | None:
        for r in self.regelingen:
            if r.status in ("actief", "gepauzeerd"):
                return r
        return None

    @property
    def actief_traject(self) -> TrajectRow | None:
        for t in self.trajecten:
            if t.status != "afgesloten":
                return t
        return None
