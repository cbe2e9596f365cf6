"""The state machines of collection, in one place: Vordering, Betalingsregeling, Termijn and Beoordeling.

What belongs here: for each entity the allowed transitions (from → to), who may make them (the capabilities of
`models.store.toegang`, any one of them suffices), which data a transition needs (a motivation, an end date, ...),
and the Dutch words the audit trail and the UI use for them; plus `effectieve_regelingstatus`, the status of an
arrangement as seen on a given day (a pause starts and ends by the calendar). Nothing here reads or writes the
store: the use cases in `models.services.regelingen` call `Toestandsmachine.controleer()` before every status
change, so a transition that is not in these tables can never be written.

A refused transition raises `OngeldigeOvergang` (an `OpslagFout`, so the UI shows its `melding`); a role that may
not make it raises `GeenToegang`; missing data raises `Validatiefout` naming the field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from models.domain import (
    BeoordelingStatus,
    RegelingStatus,
    Rol,
    TermijnStatus,
    VorderingStatus,
)
from models.store.fouten import GeenToegang, OpslagFout
from models.store.toegang import Bevoegdheid, mag
from models.validatie import Validatiefout

__all__ = [
    "BEOORDELING",
    "REGELING",
    "TERMIJN",
    "VORDERING",
    "OngeldigeOvergang",
    "Overgang",
    "Toestandsmachine",
    "effectieve_regelingstatus",
]

_B = Bevoegdheid


class OngeldigeOvergang(OpslagFout):
    """A status change that the state machine does not allow (the message says which ones are possible).

    Attributes:
        machine: the entity ("betalingsregeling", ...).
        van: the current status.
        naar: the status asked for.
    """

    def __init__(self, melding: str, *, machine: str, van: str, naar: str) -> None:
        super().__init__(melding)
        self.machine = machine
        self.van = van
        self.naar = naar


@dataclass(frozen=True, slots=True)
class Overgang:
    """One allowed transition.

    Attributes:
        van: the status before.
        naar: the status after.
        actie: what happens, in Dutch; the audit event's `actie` ("regeling goedgekeurd").
        bevoegdheden: any one of these capabilities allows the transition.
        vereist: the data the transition needs, by field name ("motivatie", "pauze_tot", ...).
        toelichting: when the transition happens, in plain Dutch (for the UI and the documentation).
    """

    van: str
    naar: str
    actie: str
    bevoegdheden: tuple[Bevoegdheid, ...]
    vereist: tuple[str, ...] = ()
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class Toestandsmachine:
    """The transitions of one entity.

    Attributes:
        entiteit: the table name ("vordering", "betalingsregeling", "termijn", "beoordeling").
        naam: how a person calls it ("een betalingsregeling").
        statussen: the status enum (its labels are used in messages).
        overgangen: the allowed transitions.
    """

    entiteit: str
    naam: str
    statussen: type[StrEnum]
    overgangen: tuple[Overgang, ...]

    def overgang(self, van: str, naar: str) -> Overgang | None:
        """The transition from `van` to `naar`, or None when it is not allowed."""
        for o in self.overgangen:
            if o.van == van and o.naar == naar:
                return o
        return None

    def mogelijk(self, van: str) -> tuple[str, ...]:
        """The statuses reachable from `van` in one step."""
        return tuple(o.naar for o in self.overgangen if o.van == van)

    def mogelijk_voor(self, van: str, rol: Rol) -> tuple[str, ...]:
        """The statuses a role may move `van` to (the UI enables its buttons with this)."""
        return tuple(o.naar for o in self.overgangen if o.van == van and any(mag(rol, b) for b in o.bevoegdheden))

    def label(self, status: str) -> str:
        """The Dutch label of a status (the value itself when unknown)."""
        try:
            return str(self.statussen(status).label)  # type: ignore[attr-defined]
        except ValueError:
            return status.replace("_", " ")

    def controleer(self, van: str, naar: str, rol: Rol, gegevens: Mapping[str, object] | None = None) -> Overgang:
        """Check one transition: allowed, allowed for this role, and with the data it needs.

        Args:
            van: the current status.
            naar: the status asked for.
            rol: the role of the person who makes the change.
            gegevens: the data given with the change; every name in `Overgang.vereist` must be present and not
                empty.

        Returns:
            The transition (its `actie` names the audit event).

        Raises:
            OngeldigeOvergang: the transition is not in the table.
            GeenToegang: the role has none of the capabilities the transition needs.
            Validatiefout: a required item is missing.
        """
        overgang = self.overgang(van, naar)
        if overgang is None:
            mogelijk = self.mogelijk(van)
            vervolg = (
                "Mogelijk is nog: " + ", ".join(f"'{self.label(m)}'" for m in mogelijk) + "."
                if mogelijk
                else "Deze status is definitief; er kan niets meer veranderen."
            )
            raise OngeldigeOvergang(
                f"{self.naam[0].upper()}{self.naam[1:]} met status '{self.label(van)}' kan niet naar "
                f"'{self.label(naar)}'. {vervolg}",
                machine=self.entiteit,
                van=van,
                naar=naar,
            )
        if not any(mag(rol, b) for b in overgang.bevoegdheden):
            raise GeenToegang(
                f"Uw rol ({rol.label.lower()}) mag niet: {overgang.actie} ({self.naam} van '{self.label(van)}' naar "
                f"'{self.label(naar)}')."
            )
        for veld in overgang.vereist:
            waarde = None if gegevens is None else gegevens.get(veld)
            if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
                raise Validatiefout(veld, f"is verplicht bij '{overgang.actie}'")
        return overgang


def _o(
    van: StrEnum,
    naar: StrEnum,
    actie: str,
    bevoegdheden: tuple[Bevoegdheid, ...],
    vereist: tuple[str, ...] = (),
    toelichting: str = "",
) -> Overgang:
    return Overgang(van.value, naar.value, actie, bevoegdheden, vereist, toelichting)


_BEHEER = (_B.REGELING_BEHEREN,)
_AANBIEDEN = (_B.REGELING_STANDAARD, _B.REGELING_PERSOONLIJK)
_V = VorderingStatus
_R = RegelingStatus
_T = TermijnStatus
_BO = BeoordelingStatus

VORDERING = Toestandsmachine(
    "vordering",
    "een vordering",
    VorderingStatus,
    (
        _o(
            _V.OPEN,
            _V.IN_REGELING,
            "vordering in regeling",
            _AANBIEDEN,
            ("regeling_id",),
            "een betalingsregeling die de vordering dekt wordt actief",
        ),
        _o(
            _V.AANMANING,
            _V.IN_REGELING,
            "vordering in regeling",
            _AANBIEDEN,
            ("regeling_id",),
            "na een aanmaning wordt alsnog een betalingsregeling actief",
        ),
        _o(
            _V.DWANG,
            _V.IN_REGELING,
            "vordering in regeling",
            _AANBIEDEN,
            ("regeling_id",),
            "tijdens dwanginvordering: alleen met de spijtoptantenregeling (vanaf 2026)",
        ),
        _o(
            _V.NIET_INVORDERBAAR,
            _V.IN_REGELING,
            "vordering in regeling",
            _AANBIEDEN,
            ("regeling_id",),
            "de betalingscapaciteit is weer voldoende voor een regeling",
        ),
        _o(
            _V.IN_REGELING,
            _V.OPEN,
            "vordering weer open",
            _BEHEER,
            ("reden",),
            "de regeling is vervallen (gemiste termijn na herinnering) of gestopt",
        ),
        _o(
            _V.OPEN,
            _V.AANMANING,
            "aanmaning vastgelegd",
            _BEHEER,
            (),
            "de betaaltermijn is voorbij zonder betaling of regeling (aanmaning door de Belastingdienst)",
        ),
        _o(
            _V.AANMANING,
            _V.DWANG,
            "dwanginvordering vastgelegd",
            _BEHEER,
            (),
            "ook na de aanmaning is niet betaald (dwangbevel door de Belastingdienst)",
        ),
        *(
            _o(van, _V.AFGELOST, "vordering afgelost", _BEHEER, (), "alles is betaald (hoofdsom, rente en kosten)")
            for van in (_V.OPEN, _V.IN_REGELING, _V.AANMANING, _V.DWANG, _V.NIET_INVORDERBAAR)
        ),
        *(
            _o(
                van,
                _V.VERREKEND,
                "vordering verrekend",
                _BEHEER,
                (),
                "een nabetaling is met de hele vordering verrekend",
            )
            for van in (_V.OPEN, _V.IN_REGELING, _V.AANMANING, _V.DWANG, _V.NIET_INVORDERBAAR)
        ),
        *(
            _o(
                van,
                _V.NIET_INVORDERBAAR,
                "invordering gestopt",
                (_B.UITZONDERING_BEOORDELEN,),
                ("beoordeling_id",),
                "goedgekeurd voorstel: geen invorderingsmaatregelen (betalingscapaciteit te laag; geen kwijtschelding)",
            )
            for van in (_V.OPEN, _V.AANMANING, _V.DWANG, _V.IN_REGELING)
        ),
    ),
)

REGELING = Toestandsmachine(
    "betalingsregeling",
    "een betalingsregeling",
    RegelingStatus,
    (
        _o(
            _R.VOORSTEL,
            _R.ACTIEF,
            "regeling actief",
            _AANBIEDEN,
            (),
            "het voorstel valt binnen het beleid en wordt meteen actief",
        ),
        _o(
            _R.VOORSTEL,
            _R.TER_BEOORDELING,
            "regeling ter beoordeling",
            (_B.UITZONDERING_VOORSTELLEN,),
            ("motivatie",),
            "het voorstel valt buiten het beleid en gaat naar de supervisor (vier ogen)",
        ),
        _o(
            _R.TER_BEOORDELING,
            _R.ACTIEF,
            "regeling goedgekeurd",
            (_B.UITZONDERING_BEOORDELEN,),
            ("beoordeling_motivatie",),
            "een supervisor (niet de indiener) keurt het voorstel goed",
        ),
        _o(
            _R.TER_BEOORDELING,
            _R.AFGEWEZEN,
            "regeling afgewezen",
            (_B.UITZONDERING_BEOORDELEN,),
            ("beoordeling_motivatie",),
            "een supervisor (niet de indiener) wijst het voorstel af",
        ),
        _o(
            _R.TER_BEOORDELING,
            _R.GESTOPT,
            "voorstel ingetrokken",
            (_B.UITZONDERING_VOORSTELLEN,),
            ("motivatie",),
            "de indiener trekt het voorstel in",
        ),
        _o(
            _R.ACTIEF,
            _R.GEPAUZEERD,
            "pauze begonnen",
            _BEHEER,
            ("pauze_tot",),
            "een goedgekeurde betaalpauze begint (vanaf de eerste dag van de pauze)",
        ),
        _o(
            _R.GEPAUZEERD,
            _R.ACTIEF,
            "pauze afgelopen",
            _BEHEER,
            (),
            "de einddatum van de pauze is bereikt, of de regeling wordt eerder hervat",
        ),
        *(
            _o(
                van,
                _R.VERVALLEN,
                "regeling vervallen",
                _BEHEER,
                ("termijn_id",),
                "een termijn is ook na de gratis herinnering en de nieuwe datum niet betaald",
            )
            for van in (_R.ACTIEF, _R.GEPAUZEERD)
        ),
        *(
            _o(van, _R.AFGELOST, "regeling afgelost", _BEHEER, (), "alle vorderingen van de regeling zijn betaald")
            for van in (_R.ACTIEF, _R.GEPAUZEERD)
        ),
        *(
            _o(
                van,
                _R.GESTOPT,
                "regeling gestopt",
                _BEHEER,
                ("motivatie",),
                "de regeling wordt beëindigd (op verzoek, omdat een andere regeling in de plaats komt, of na een "
                "goedgekeurd voorstel om geen invorderingsmaatregelen meer te nemen)",
            )
            for van in (_R.ACTIEF, _R.GEPAUZEERD)
        ),
    ),
)

TERMIJN = Toestandsmachine(
    "termijn",
    "een termijn",
    TermijnStatus,
    (
        _o(_T.OPEN, _T.BETAALD, "termijn betaald", _BEHEER, ("aflossing",), "het hele termijnbedrag is betaald"),
        _o(
            _T.OPEN,
            _T.DEELS_BETAALD,
            "termijn deels betaald",
            _BEHEER,
            ("aflossing",),
            "een deel van het termijnbedrag is betaald",
        ),
        _o(
            _T.DEELS_BETAALD,
            _T.BETAALD,
            "termijn betaald",
            _BEHEER,
            (),
            "de rest is betaald, of de rest is in een nieuw schema opgenomen (de termijn wordt afgesloten)",
        ),
        _o(
            _T.HERINNERD,
            _T.BETAALD,
            "termijn betaald",
            _BEHEER,
            (),
            "na de herinnering toch (op tijd) betaald, of afgesloten bij een nieuw schema",
        ),
        _o(
            _T.OPEN,
            _T.HERINNERD,
            "herinnering verstuurd",
            _BEHEER,
            ("nieuwe_vervaldatum",),
            "de vervaldatum is voorbij: eerst een gratis herinnering met een nieuwe datum, 2 weken later",
        ),
        _o(
            _T.DEELS_BETAALD,
            _T.HERINNERD,
            "herinnering verstuurd",
            _BEHEER,
            ("nieuwe_vervaldatum",),
            "de vervaldatum is voorbij en de termijn is maar deels betaald",
        ),
        _o(
            _T.HERINNERD,
            _T.GEMIST,
            "termijn gemist",
            _BEHEER,
            (),
            "ook de nieuwe datum uit de herinnering is voorbij zonder (volledige) betaling",
        ),
        _o(
            _T.HERINNERD,
            _T.OPEN,
            "termijn opnieuw ingepland",
            _BEHEER,
            (),
            "een nieuw schema (pauze, herberekening, toevoeging) neemt het openstaande bedrag over",
        ),
        _o(
            _T.OPEN,
            _T.GEPAUZEERD,
            "termijn gepauzeerd",
            _BEHEER,
            (),
            "de vervaldatum valt in een goedgekeurde betaalpauze",
        ),
        _o(
            _T.HERINNERD,
            _T.GEPAUZEERD,
            "termijn gepauzeerd",
            _BEHEER,
            (),
            "een goedgekeurde betaalpauze begint nu; de herinnerde termijn schuift mee naar na de pauze",
        ),
        *(
            _o(
                van,
                _T.VERVALLEN,
                "termijn vervallen",
                _BEHEER,
                (),
                "niet meer nodig: de schuld is eerder betaald of verrekend, of de regeling is vervallen of gestopt",
            )
            for van in (_T.OPEN, _T.HERINNERD, _T.DEELS_BETAALD)
        ),
    ),
)

BEOORDELING = Toestandsmachine(
    "beoordeling",
    "een beoordeling",
    BeoordelingStatus,
    (
        _o(
            _BO.OPEN,
            _BO.GOEDGEKEURD,
            "voorstel goedgekeurd",
            (_B.UITZONDERING_BEOORDELEN,),
            ("beoordeling_motivatie",),
            "een supervisor keurt goed; nooit het eigen voorstel",
        ),
        _o(
            _BO.OPEN,
            _BO.AFGEWEZEN,
            "voorstel afgewezen",
            (_B.UITZONDERING_BEOORDELEN,),
            ("beoordeling_motivatie",),
            "een supervisor wijst af; nooit het eigen voorstel",
        ),
        _o(
            _BO.OPEN,
            _BO.INGETROKKEN,
            "voorstel ingetrokken",
            (_B.UITZONDERING_VOORSTELLEN,),
            ("motivatie",),
            "alleen de indiener trekt het eigen voorstel in",
        ),
    ),
)


def effectieve_regelingstatus(
    status: str, pauze_van: dt.date | None, pauze_tot: dt.date | None, vandaag: dt.date
) -> str:
    """The status of an arrangement on `vandaag`: a pause starts and ends by the calendar.

    A running arrangement (actief or gepauzeerd) is gepauzeerd on the days from `pauze_van` up to (not including)
    `pauze_tot`, and actief otherwise; every other status is final or waiting and stays as stored. Reads use this
    so nothing has to be written when a pause starts or ends; the next write to the arrangement records the
    transition in the store (and the audit trail).
    """
    if status not in (RegelingStatus.ACTIEF, RegelingStatus.GEPAUZEERD):
        return status
    if pauze_van is not None and pauze_tot is not None and pauze_van <= vandaag < pauze_tot:
        return RegelingStatus.GEPAUZEERD.value
    return RegelingStatus.ACTIEF.value
