"""The lifecycle of a begeleidingstraject in one place: states, allowed steps, what each step needs, deadlines.

What belongs here (pure, no I/O; the repository `models.store.begeleiding` applies it inside its transactions):

- the state machine `aangemeld → intake → actief → afgesloten` as a table of steps (`Stap`) with the status
  they start from and the status they lead to; `volgende_status()` refuses every other move with a Dutch
  message (`OngeldigeOvergang`);
- the data a step needs: the first contact sets `eerste_contact_op`; `actief` needs a plan van aanpak with at
  least one goal and one agreed action (`controleer_plan`); `afgesloten` needs an outcome (`Uitkomst`) and a
  reason; "opgelost in het eerste contact" closes an aangemeld traject directly with that outcome;
- the intake deadline: aanmelding + 5 working days (Dutch public holidays, `models.services.werkdagen`), and
  whether it is overdue on a given day (`intake_termijn`);
- the vocabulary of sources a referral may name per role, and of vulnerability indicators (dated, sourced,
  never a permanent label: DOMAIN.md §6), with the longest validity an indicator may get.

Closing rules (the sources are silent on closing criteria, DOMAIN.md §4; these are the workstation's choices):
an afgesloten traject is final; new help means a new aanmelding. "Doelen bereikt" requires an actief traject
(a plan whose goals can be reached); "opgelost in eerste contact" only the first-contact step; the other
outcomes are allowed from every open status.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from models.domain import TrajectBron, TrajectStatus
from models.services.werkdagen import werkdagen_na, werkdagen_tussen
from models.store.fouten import OpslagFout
from models.store.rows_begeleiding import PlanVanAanpak
from models.validatie import Validatiefout, controleer_tekst

__all__ = [
    "BRONNEN_VERWIJZING",
    "INDICATORSOORTEN",
    "INTAKE_WERKDAGEN",
    "MAX_GELDIGHEID_INDICATOR",
    "IntakeTermijn",
    "OngeldigeOvergang",
    "Stap",
    "Uitkomst",
    "controleer_afsluiting",
    "controleer_plan",
    "intake_termijn",
    "intake_uiterlijk",
    "toegestane_stappen",
    "volgende_status",
]

INTAKE_WERKDAGEN = 5
"""The first contact is due within 5 working days after aanmelding (DOMAIN.md §4, "in principle")."""

MAX_GELDIGHEID_INDICATOR = dt.timedelta(days=730)
"""A vulnerability indicator gets an end date at most two years ahead; it is reviewed, never permanent."""

INDICATORSOORTEN: tuple[str, ...] = (
    "recente levensgebeurtenis: scheiding",
    "recente levensgebeurtenis: overlijden partner",
    "recente levensgebeurtenis: geboorte",
    "recente levensgebeurtenis: verlies van werk",
    "moeite met lezen en schrijven",
    "moeite met de Nederlandse taal",
    "weinig digitale vaardigheden",
    "schulden bij meerdere schuldeisers",
    "wisselend inkomen (flex of zzp)",
    "gezondheid (door burger genoemd)",
    "mantelzorg",
    "overig (zie toelichting)",
)
"""The kinds of vulnerability indicator (DOMAIN.md §6: access, unpredictability, circumstances). No protected
attributes (nationality, ethnicity) can be recorded. "overig" needs a toelichting."""


class Uitkomst(StrEnum):
    """How a traject ended. The stored values are the texts the demo population uses too."""

    label: str

    def __new__(cls, waarde: str, label: str) -> Uitkomst:
        lid = str.__new__(cls, waarde)
        lid._value_ = waarde
        lid.label = label
        return lid

    DOELEN_BEREIKT = "doelen bereikt", "Doelen bereikt"
    OPGELOST_EERSTE_CONTACT = "opgelost in eerste contact", "Opgelost in het eerste contact"
    DOORVERWEZEN_GELDFIT = "doorverwezen naar Geldfit", "Warm doorverwezen naar Geldfit"
    DOORVERWEZEN_STELLA = "doorverwezen naar Stella-team", "Overgedragen aan het Stella-team"
    GEEN_BEGELEIDING_GEWENST = "geen begeleiding gewenst", "Burger wil geen begeleiding"
    NIET_BEREIKBAAR = "niet bereikbaar", "Burger niet bereikbaar"
    GESTOPT_OP_VERZOEK = "gestopt op verzoek", "Gestopt op verzoek van de burger"
    OVERIG = "overig", "Anders (zie reden)"


class Stap(StrEnum):
    """A step in the lifecycle, with its Dutch name for messages and the audit trail."""

    label: str

    def __new__(cls, waarde: str, label: str) -> Stap:
        lid = str.__new__(cls, waarde)
        lid._value_ = waarde
        lid.label = label
        return lid

    EERSTE_CONTACT = "eerste_contact", "eerste contact vastleggen"
    OPGELOST_IN_EERSTE_CONTACT = "opgelost_in_eerste_contact", "afsluiten als opgelost in het eerste contact"
    START_BEGELEIDING = "start_begeleiding", "begeleiding starten met een plan van aanpak"
    PLAN_BIJWERKEN = "plan_bijwerken", "plan van aanpak bijwerken"
    AFSLUITEN = "afsluiten", "traject afsluiten"


_A, _I, _ACT, _AF = TrajectStatus.AANGEMELD, TrajectStatus.INTAKE, TrajectStatus.ACTIEF, TrajectStatus.AFGESLOTEN

_OVERGANGEN: dict[tuple[TrajectStatus, Stap], TrajectStatus] = {
    (_A, Stap.EERSTE_CONTACT): _I,
    (_A, Stap.OPGELOST_IN_EERSTE_CONTACT): _AF,
    (_A, Stap.AFSLUITEN): _AF,
    (_I, Stap.START_BEGELEIDING): _ACT,
    (_I, Stap.PLAN_BIJWERKEN): _I,
    (_I, Stap.AFSLUITEN): _AF,
    (_ACT, Stap.PLAN_BIJWERKEN): _ACT,
    (_ACT, Stap.AFSLUITEN): _AF,
}

_WAAROM_NIET: dict[TrajectStatus, str] = {
    _A: "er is nog geen eerste contact geweest",
    _I: "het eerste contact is al vastgelegd",
    _ACT: "de begeleiding loopt al",
    _AF: "het traject is afgesloten; meld de burger opnieuw aan als er weer hulp nodig is",
}


class OngeldigeOvergang(OpslagFout):
    """A step that the traject's current status does not allow (the message says why, in Dutch)."""


def toegestane_stappen(status: TrajectStatus) -> tuple[Stap, ...]:
    """The steps allowed from `status`, for enabling buttons in the UI."""
    return tuple(stap for (van, stap) in _OVERGANGEN if van is status)


def volgende_status(status: TrajectStatus | str, stap: Stap) -> TrajectStatus:
    """The status a step leads to.

    Raises:
        OngeldigeOvergang: the step is not allowed from `status` (e.g. "Een traject met status ‘afgesloten’
            kan niet: begeleiding starten met een plan van aanpak, want het traject is afgesloten; …").
    """
    huidig = TrajectStatus(status)
    doel = _OVERGANGEN.get((huidig, stap))
    if doel is None:
        raise OngeldigeOvergang(
            f"Een traject met status ‘{huidig.label}’ kan niet: {stap.label}, want {_WAAROM_NIET[huidig]}."
        )
    return doel


def controleer_afsluiting(status: TrajectStatus | str, uitkomst: Uitkomst, reden: str | None) -> str:
    """Check that a traject may be closed with `uitkomst` and return the cleaned reason.

    Raises:
        OngeldigeOvergang: the traject is already closed, or the outcome does not fit its status.
        Validatiefout: no reason given.
    """
    huidig = TrajectStatus(status)
    volgende_status(huidig, Stap.AFSLUITEN)
    if uitkomst is Uitkomst.OPGELOST_EERSTE_CONTACT:
        raise OngeldigeOvergang(
            "‘Opgelost in het eerste contact’ leg je vast bij het eerste contact zelf, samen met het contactverslag."
        )
    if uitkomst is Uitkomst.DOELEN_BEREIKT and huidig is not _ACT:
        raise OngeldigeOvergang(
            "‘Doelen bereikt’ kan alleen bij een actief traject: er is nog geen plan van aanpak met doelen."
        )
    schoon = (reden or "").strip()
    if not schoon:
        raise Validatiefout("reden", "geef de reden van afsluiten op")
    return schoon


MAX_PLANTEKST = 2000
"""The longest text of one goal or agreed action in a plan van aanpak."""
MAX_ONDERDELEN = 50
"""The most goals, and the most agreed actions, one plan van aanpak holds."""


def controleer_plan(plan: PlanVanAanpak) -> PlanVanAanpak:
    """Check a plan van aanpak: at least one goal and one agreed action, each with a text.

    Raises:
        Validatiefout: an empty plan, an empty goal or action, or an unknown party in an action.
    """
    if not plan.doelen:
        raise Validatiefout("plan van aanpak", "noem ten minste één doel")
    if not plan.afspraken:
        raise Validatiefout("plan van aanpak", "leg ten minste één afspraak vast (wie doet wat)")
    if len(plan.doelen) > MAX_ONDERDELEN or len(plan.afspraken) > MAX_ONDERDELEN:
        raise Validatiefout("plan van aanpak", f"hoogstens {MAX_ONDERDELEN} doelen en {MAX_ONDERDELEN} afspraken")
    for doel in plan.doelen:
        if not doel.omschrijving.strip():
            raise Validatiefout("doel", "een doel heeft een omschrijving nodig")
        controleer_tekst(doel.omschrijving, "doel", max_lengte=MAX_PLANTEKST, meerdere_regels=True)
        if doel.status not in ("lopend", "bereikt", "vervallen"):
            raise Validatiefout("doel", "de status van een doel is lopend, bereikt of vervallen")
    for afspraak in plan.afspraken:
        if not afspraak.wat.strip():
            raise Validatiefout("afspraak", "een afspraak heeft een omschrijving nodig")
        controleer_tekst(afspraak.wat, "afspraak", max_lengte=MAX_PLANTEKST, meerdere_regels=True)
        if afspraak.wie not in ("burger", "begeleider"):
            raise Validatiefout("afspraak", "een afspraak is voor de burger of voor de begeleider")
    return plan


def intake_uiterlijk(aangemeld_op: dt.date) -> dt.date:
    """The day the first contact is due: 5 working days after aanmelding."""
    return werkdagen_na(aangemeld_op, INTAKE_WERKDAGEN)


@dataclass(frozen=True, slots=True)
class IntakeTermijn:
    """Where a traject stands against its intake deadline on a given day.

    Attributes:
        uiterlijk: the deadline.
        gehaald: the first contact took place on or before the deadline (None: no first contact yet).
        te_laat: no first contact yet and the deadline has passed.
        werkdagen_over: working days from the day until the deadline (negative: that many working days late);
            None once the first contact took place.
    """

    uiterlijk: dt.date
    gehaald: bool | None
    te_laat: bool
    werkdagen_over: int | None


def intake_termijn(uiterlijk: dt.date, eerste_contact_op: dt.date | None, vandaag: dt.date) -> IntakeTermijn:
    """The intake deadline seen from `vandaag` (the caller passes the real date)."""
    if eerste_contact_op is not None:
        return IntakeTermijn(uiterlijk, eerste_contact_op <= uiterlijk, False, None)
    if vandaag > uiterlijk:  # late: the working days since the deadline, at least one
        return IntakeTermijn(uiterlijk, None, True, -max(1, werkdagen_tussen(uiterlijk, vandaag)))
    return IntakeTermijn(uiterlijk, None, False, werkdagen_tussen(vandaag, uiterlijk))


BRONNEN_VERWIJZING: tuple[TrajectBron, ...] = (
    TrajectBron.BALIE,
    TrajectBron.BEZWAAR,
    TrajectBron.INVORDERING,
    TrajectBron.MEDEWERKER,
)
"""The sources a direct referral (aanmelding) may name. Balie staff may only use "balie". "selectie" and
"signaal" have their own paths: an approved selection proposal, and a signal taken up in the inbox."""
