"""Frozen row dataclasses of persoonlijke begeleiding: what the caseload, signal and selection services hand out.

What belongs here, in three groups (no sqlmodel/sqlalchemy import, so `ui/` may depend on this module):

- **facts** (`Huishoudfeiten` and its parts): the plain data of one household that the signal rules and the
  selection rule evaluate. The store reads them in bulk; the rules never see a session. They are immutable
  named tuples rather than frozen dataclasses because a signal run builds millions of them (a named tuple is
  made several times faster). JSON grondslagen stay text until a rule needs them (`ToeslagFeit.voorschot` /
  `.actueel` parse on demand).
- **rows for the views**: `CaseloadRow`, `InboxSignaalRow` / `SignaalInbox`, `TakenOverzicht`, `TeamRow` /
  `Teamverdeling`, `IndicatorRow`, `SelectieVoorstelRow`, and the run reports `Signaalrapport` /
  `Selectierapport`.
- **input** the views build: `Contactverslag` (a registered contact), `PlanVanAanpak` with `Doel` and
  `Afspraak` (stored as the JSON the demo population uses too), and `Signaalvoorstel` (a signal a rule proposes).

Money is `Decimal` euros in the view rows and integer eurocents in the facts (the rules compute in cents and
Decimal); moments are timezone-aware UTC datetimes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from models.domain import (
    Contactkanaal,
    Ernst,
    SignaalStatus,
    SignaalType,
    TrajectBron,
    TrajectStatus,
)
from models.store.rows import TaakRow

__all__ = [
    "Afspraak",
    "BeschikkingFeit",
    "BezwaarFeit",
    "CaseloadRow",
    "Contactverslag",
    "Doel",
    "Huishoudfeiten",
    "InboxSignaalRow",
    "IndicatorRow",
    "KindFeit",
    "KwetsbaarheidFeit",
    "PartnerschapFeit",
    "PlanVanAanpak",
    "SelectieReden",
    "SelectieVoorstelRow",
    "Selectierapport",
    "SignaalFeit",
    "SignaalInbox",
    "Signaalrapport",
    "Signaalvoorstel",
    "TakenOverzicht",
    "TeamRow",
    "Teamverdeling",
    "TermijnFeit",
    "ToeslagFeit",
    "VorderingFeit",
]


# --- facts: one household as the rules see it -------------------------------------------------------------


def _json(tekst: str | dict[str, Any] | None) -> dict[str, Any] | None:
    if tekst is None or isinstance(tekst, dict):
        return tekst
    return json.loads(tekst)


class ToeslagFeit(NamedTuple):
    """One toeslag-year. The grondslagen are the stored JSON (text or already parsed), parsed on demand."""

    id: int
    regeling: str
    jaar: int
    status: str
    eerste_maand: int
    laatste_maand: int
    voorschot_jaar_cent: int
    voorschot_maand_cent: int
    betaald_cent: int
    grondslagen_voorschot: str | dict[str, Any]
    grondslagen_actueel: str | dict[str, Any] | None = None

    @property
    def maanden(self) -> int:
        """Months of entitlement in the year (eerste..laatste maand)."""
        return self.laatste_maand - self.eerste_maand + 1

    @property
    def voorschot(self) -> dict[str, Any]:
        """The grondslagen of the voorschot as a dict (`Grondslagen.naar_dict()` form)."""
        return _json(self.grondslagen_voorschot) or {}

    @property
    def actueel(self) -> dict[str, Any] | None:
        """The newest actual grondslagen known during the year, or None."""
        return _json(self.grondslagen_actueel)


class VorderingFeit(NamedTuple):
    """An open claim; `open_cent` is principal + interest + costs still due."""

    id: int
    regeling: str
    jaar: int
    kenmerk: str
    open_cent: int
    status: str
    ontstaan_op: dt.date
    vervaldatum: dt.date


class TermijnFeit(NamedTuple):
    """An instalment of a running (actief or gepauzeerd) betalingsregeling, with the arrangement it belongs to."""

    id: int
    regeling_id: int
    volgnummer: int
    vervaldatum: dt.date
    bedrag_cent: int
    betaald_cent: int
    status: str
    herinnering_op: dt.date | None
    nieuwe_vervaldatum: dt.date | None
    termijnbedrag_cent: int
    regeling_status: str


class PartnerschapFeit(NamedTuple):
    id: int
    begin: dt.date
    einde: dt.date | None
    uit_buitenland: bool


class BeschikkingFeit(NamedTuple):
    """A recent decision; `heeft_bezwaar` is True when an objection against it is registered."""

    id: int
    toeslag_id: int | None
    regeling: str | None
    jaar: int | None
    soort: str
    datum: dt.date
    bezwaar_uiterlijk: dt.date
    bedrag_cent: int
    saldo_cent: int | None
    heeft_bezwaar: bool


class BezwaarFeit(NamedTuple):
    """An objection still being handled, with the decision it is against."""

    id: int
    beschikking_id: int
    ontvangen_op: dt.date
    beslissen_uiterlijk: dt.date
    status: str
    beschikking_soort: str
    beschikking_datum: dt.date
    beschikking_bedrag_cent: int
    regeling: str | None
    jaar: int | None


class KindFeit(NamedTuple):
    geboortedatum: dt.date
    thuiswonend: bool


class KwetsbaarheidFeit(NamedTuple):
    """Only what the selection rule may use: that an indicator exists and when it is valid (never its content)."""

    id: int
    vastgelegd_op: dt.date
    geldig_tot: dt.date | None

    def geldig_op(self, peildatum: dt.date) -> bool:
        """Recorded on or before `peildatum` and not ended before it."""
        return self.vastgelegd_op <= peildatum and (self.geldig_tot is None or self.geldig_tot >= peildatum)


class SignaalFeit(NamedTuple):
    """An open signal (nieuw or in behandeling)."""

    id: int
    type: str
    ernst: str


class Huishoudfeiten(NamedTuple):
    """Everything the signal rules and the selection rule look at for one citizen (the aanvrager).

    The store fills the parts a run needs: the signal engine leaves the selection parts empty.

    Attributes:
        open_traject: the citizen has a traject that is not afgesloten.
        open_voorstel: an open selection proposal (beoordeling) exists for the citizen.
        laatst_afgesloten: the date the most recent traject was closed, if any.
    """

    burger_id: int
    toeslagen: tuple[ToeslagFeit, ...] = ()
    vorderingen: tuple[VorderingFeit, ...] = ()
    termijnen: tuple[TermijnFeit, ...] = ()
    partnerschappen: tuple[PartnerschapFeit, ...] = ()
    beschikkingen: tuple[BeschikkingFeit, ...] = ()
    bezwaren: tuple[BezwaarFeit, ...] = ()
    kinderen: tuple[KindFeit, ...] = ()
    kwetsbaarheden: tuple[KwetsbaarheidFeit, ...] = ()
    open_signalen: tuple[SignaalFeit, ...] = ()
    open_traject: bool = False
    open_voorstel: bool = False
    laatst_afgesloten: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Signaalvoorstel:
    """A signal a rule proposes; stored unless a signal with the same `sleutel` exists.

    Attributes:
        sleutel: deterministic identity of the cause (type, citizen, the entity that triggered it), so a rerun
            never duplicates a signal.
        bron: the rule and its version, e.g. "hoge_terugvordering@1".
        uitleg: plain Dutch, to be read aloud to the citizen.
        gegevens: JSON-compatible link to what triggered it: entity, id, the values compared, the thresholds.
    """

    burger_id: int
    type: SignaalType
    ernst: Ernst
    sleutel: str
    bron: str
    uitleg: str
    gegevens: dict[str, Any]


# --- rows for the views -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One traject in a caseload (or in the intake queue): everything the caseload table shows and filters on.

    Attributes:
        volgende_actie / volgende_actie_op: the traject's next action, or the earliest open task of the
            begeleider for this citizen when that is sooner; for a traject without either, the intake.
        intake_te_laat: no first contact yet and the intake deadline (5 working days) has passed.
        werkdagen_tot_intake: working days left until the intake deadline (negative: that many days late);
            None once the first contact took place.
        signaaltypen: the types of the open signals (for the signal-type filter).
        laatste_contact: the most recent registered contact with the citizen (any channel, any colleague).
        dagen_sinds_intake: calendar days since the first contact (None before it).
    """

    traject_id: int
    version: int
    burger_id: int
    naam: str
    bsn_gemaskeerd: str
    geboortedatum: dt.date
    begeleider_id: int | None
    begeleider: str | None
    status: TrajectStatus
    bron: TrajectBron
    bron_toelichting: str | None
    prioriteit: int
    aangemeld_op: dt.date
    intake_uiterlijk: dt.date
    eerste_contact_op: dt.date | None
    intake_te_laat: bool
    werkdagen_tot_intake: int | None
    volgende_actie: str | None
    volgende_actie_op: dt.date | None
    volgende_actie_te_laat: bool
    open_signalen: int
    urgente_signalen: int
    signaaltypen: tuple[SignaalType, ...]
    open_schuld: Decimal
    laatste_contact: dt.datetime | None
    dagen_sinds_aanmelding: int
    dagen_sinds_intake: int | None

    @property
    def prioriteit_label(self) -> str:
        """ "hoog", "normaal" or "laag"."""
        return {1: "hoog", 2: "normaal", 3: "laag"}.get(self.prioriteit, str(self.prioriteit))


@dataclass(frozen=True, slots=True)
class InboxSignaalRow:
    """A signal in the inbox, with the citizen and whose caseload it belongs to."""

    id: int
    version: int
    burger_id: int
    naam: str
    bsn_gemaskeerd: str
    type: SignaalType
    ernst: Ernst
    status: SignaalStatus
    bron: str
    uitleg: str
    gegevens: dict[str, Any] | None
    ontstaan_op: dt.datetime
    traject_id: int | None
    begeleider_id: int | None
    in_mijn_caseload: bool

    @property
    def type_label(self) -> str:
        """The Dutch name of the signal type."""
        return self.type.label

    @property
    def ernst_label(self) -> str:
        """The Dutch name of the severity."""
        return self.ernst.label


@dataclass(frozen=True, slots=True)
class SignaalInbox:
    """The inbox: the first `len(rijen)` of `totaal` matching signals (urgent first, newest first)."""

    rijen: tuple[InboxSignaalRow, ...]
    totaal: int
    per_type: dict[SignaalType, int]


@dataclass(frozen=True, slots=True)
class TakenOverzicht:
    """The open tasks of one staff member, in the buckets the task list shows (each sorted by due date).

    `deze_week` holds the tasks due after today up to and including Sunday of this week; `later` the rest.
    """

    vandaag: dt.date
    te_laat: tuple[TaakRow, ...]
    vandaag_te_doen: tuple[TaakRow, ...]
    deze_week: tuple[TaakRow, ...]
    later: tuple[TaakRow, ...]

    @property
    def aantal(self) -> int:
        """All open tasks."""
        return len(self.te_laat) + len(self.vandaag_te_doen) + len(self.deze_week) + len(self.later)


@dataclass(frozen=True, slots=True)
class TeamRow:
    """One begeleider in the team distribution."""

    begeleider_id: int
    naam: str
    team: str | None
    aangemeld: int
    intake: int
    actief: int
    intakes_te_laat: int
    open_signalen: int
    urgente_signalen: int
    taken_te_laat: int

    @property
    def open_trajecten(self) -> int:
        """Aangemeld + intake + actief."""
        return self.aangemeld + self.intake + self.actief


@dataclass(frozen=True, slots=True)
class Teamverdeling:
    """The team's caseload distribution plus the intake queue (aangemelde trajecten without a begeleider)."""

    rijen: tuple[TeamRow, ...]
    wachtrij: int
    wachtrij_te_laat: int


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """A vulnerability indicator as shown to roles that may see it (KWETSBAARHEID_LEZEN)."""

    id: int
    version: int
    burger_id: int
    soort: str
    toelichting: str | None
    bron: str
    vastgelegd_door: str | None
    vastgelegd_op: dt.date
    geldig_tot: dt.date | None
    geldig: bool


@dataclass(frozen=True, slots=True)
class SelectieReden:
    """One line of a selection score: which criterion, the value it saw, and the points it gave."""

    criterium: str
    omschrijving: str
    waarde: str
    punten: int

    def naar_dict(self) -> dict[str, Any]:
        """As stored in `beoordeling.gegevens["redenen"]`."""
        return {
            "criterium": self.criterium,
            "omschrijving": self.omschrijving,
            "waarde": self.waarde,
            "punten": self.punten,
        }

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> SelectieReden:
        """From `beoordeling.gegevens["redenen"]`."""
        return cls(str(data["criterium"]), str(data["omschrijving"]), str(data["waarde"]), int(data["punten"]))


@dataclass(frozen=True, slots=True)
class SelectieVoorstelRow:
    """A selection proposal (a `beoordeling` of soort "selectie") with its score and reasons."""

    beoordeling_id: int
    version: int
    burger_id: int
    naam: str
    bsn_gemaskeerd: str
    regel: str
    score: int
    drempel: int
    redenen: tuple[SelectieReden, ...]
    motivatie: str
    status: str
    voorgesteld_door: str
    voorgesteld_door_id: int
    ingediend_op: dt.datetime
    beoordeeld_door: str | None
    beoordeling_motivatie: str | None
    traject_id: int | None


@dataclass(frozen=True, slots=True)
class Signaalrapport:
    """The result of one run of the signal engine.

    Attributes:
        huishoudens: citizens examined.
        nieuw: signals stored by this run, per type.
        al_bekend: signals the rules proposed again but that already existed (same sleutel), per type.
        afgebroken: the run was cancelled; the blocks stored before that stay stored.
    """

    peildatum: dt.date
    regels: tuple[str, ...]
    drempels: str
    huishoudens: int
    nieuw: dict[SignaalType, int]
    al_bekend: dict[SignaalType, int]
    duur_seconden: float
    afgebroken: bool = False

    @property
    def totaal_nieuw(self) -> int:
        """All signals this run stored."""
        return sum(self.nieuw.values())


@dataclass(frozen=True, slots=True)
class Selectierapport:
    """The result of one selection run: the proposals it saved and how many citizens it looked at."""

    peildatum: dt.date
    regel: str
    beoordeeld: int
    boven_drempel: int
    voorstellen: tuple[SelectieVoorstelRow, ...]
    duur_seconden: float
    afgebroken: bool = False


# --- input ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Contactverslag:
    """A contact the begeleider registers with a traject step (first contact, solved in the first contact)."""

    kanaal: Contactkanaal
    onderwerp: str
    samenvatting: str
    afspraken: str | None = None
    richting: str = "uitgaand"


@dataclass(frozen=True, slots=True)
class Doel:
    omschrijving: str
    status: str = "lopend"  # lopend / bereikt / vervallen


@dataclass(frozen=True, slots=True)
class Afspraak:
    wie: str  # "burger" or "begeleider"
    wat: str
    uiterlijk: dt.date | None = None
    gedaan: bool = False


@dataclass(frozen=True, slots=True)
class PlanVanAanpak:
    """The plan van aanpak of an actief traject: goals and agreed actions (stored as JSON on the traject)."""

    doelen: tuple[Doel, ...]
    afspraken: tuple[Afspraak, ...] = field(default=())
    opgesteld_op: dt.date | None = None

    def naar_dict(self) -> dict[str, Any]:
        """The JSON stored in `begeleidingstraject.plan`."""
        return {
            "opgesteld_op": None if self.opgesteld_op is None else self.opgesteld_op.isoformat(),
            "doelen": [{"omschrijving": d.omschrijving, "status": d.status} for d in self.doelen],
            "afspraken": [
                {
                    "wie": a.wie,
                    "wat": a.wat,
                    "uiterlijk": None if a.uiterlijk is None else a.uiterlijk.isoformat(),
                    "gedaan": a.gedaan,
                }
                for a in self.afspraken
            ],
        }

    @classmethod
    def uit_dict(cls, data: dict[str, Any]) -> PlanVanAanpak:
        """Read a stored plan (also the demo population's)."""
        opgesteld = data.get("opgesteld_op")
        return cls(
            doelen=tuple(Doel(str(d["omschrijving"]), str(d.get("status", "lopend"))) for d in data.get("doelen", [])),
            afspraken=tuple(
                Afspraak(
                    str(a.get("wie", "burger")),
                    str(a["wat"]),
                    dt.date.fromisoformat(a["uiterlijk"]) if a.get("uiterlijk") else None,
                    bool(a.get("gedaan", False)),
                )
                for a in data.get("afspraken", [])
            ),
            opgesteld_op=dt.date.fromisoformat(opgesteld) if opgesteld else None,
        )
