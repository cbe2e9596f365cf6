"""The repository of persoonlijke begeleiding: caseloads, the signal inbox, tasks, team distribution, trajecten.

What belongs here:

- `BegeleidingRepository`: every read and write the begeleiding views call. Each method takes the acting staff
  member, checks the role (`toegang.eis`) and, for begeleiders, that the citizen is in their own caseload (or
  in nobody's); each write is one transaction, uses optimistic locking (`Opslag.werk_bij`) on existing rows and
  writes an audit event. The traject lifecycle rules come from `models.services.trajecten`.
- the bulk side used by the signal engine and the selection: `burger_bereik()`, `lees_huishoudens()` (one
  block of citizens as `Huishoudfeiten`, a handful of range queries, JSON left as text) and
  `bewaar_signalen()` (INSERT … ON CONFLICT (sleutel) DO NOTHING on both backends, one audit event per block).

Privacy: balie staff reach only `verwijs()` (an aanmelding with bron "balie" and a reason) and never read
signals, notes or vulnerability indicators here. Vulnerability indicators are read and written only with
KWETSBAARHEID_LEZEN / _SCHRIJVEN, and by a begeleider only for their own caseload or after registering a reason
for opening the citizen's klantbeeld in the last 12 hours (the same rule the PostgreSQL policies enforce).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Text, and_, cast, exists, func, insert, or_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from models.domain import (
    BeoordelingSoort,
    Ernst,
    InzageReden,
    Rol,
    SignaalStatus,
    SignaalType,
    TaakSoort,
    TaakStatus,
    TrajectBron,
    TrajectStatus,
)
from models.services import trajecten as levensloop
from models.services.trajecten import OngeldigeOvergang, Stap, Uitkomst
from models.services.werkdagen import werkdagen_na
from models.store import audit
from models.store.contacten import schrijf_contact, schrijf_taak
from models.store.fouten import GeenToegang, NietGevonden
from models.store.klantbeeld import taak_row, traject_row
from models.store.opslag import Opslag, rij_naar_dict
from models.store.rows import MedewerkerRow, TaakRow, TrajectRow
from models.store.rows_begeleiding import (
    BeschikkingFeit,
    BezwaarFeit,
    CaseloadRow,
    Contactverslag,
    Huishoudfeiten,
    InboxSignaalRow,
    IndicatorRow,
    KindFeit,
    KwetsbaarheidFeit,
    PartnerschapFeit,
    PlanVanAanpak,
    SelectieReden,
    SelectieVoorstelRow,
    SignaalFeit,
    SignaalInbox,
    Signaalvoorstel,
    TakenOverzicht,
    TeamRow,
    Teamverdeling,
    TermijnFeit,
    ToeslagFeit,
    VorderingFeit,
)
from models.store.tables import (
    Begeleidingstraject,
    Beoordeling,
    Beschikking,
    Betalingsregeling,
    Bezwaar,
    Burger,
    Contactmoment,
    Inzage,
    Kind,
    Kwetsbaarheid,
    Medewerker,
    Partnerschap,
    Signaal,
    Taak,
    Termijn,
    Toeslag,
    Vordering,
)
from models.store.toegang import Bevoegdheid, eis, mag
from models.store.types import nu
from models.validatie import Validatiefout, controleer_tekst, masker_bsn

__all__ = [
    "BegeleidingRepository",
    "Leesvenster",
    "NieuwSelectievoorstel",
    "SelectieRepository",
    "bewaar_signalen",
    "burger_bereik",
    "lees_huishoudens",
]

_T = Begeleidingstraject.__table__  # type: ignore[attr-defined]
_B = Burger.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]
_S = Signaal.__table__  # type: ignore[attr-defined]
_TK = Taak.__table__  # type: ignore[attr-defined]
_V = Vordering.__table__  # type: ignore[attr-defined]
_C = Contactmoment.__table__  # type: ignore[attr-defined]
_KW = Kwetsbaarheid.__table__  # type: ignore[attr-defined]

_OPEN_TRAJECT = _T.c.status != TrajectStatus.AFGESLOTEN.value
_OPEN_SIGNAAL = (SignaalStatus.NIEUW.value, SignaalStatus.IN_BEHANDELING.value)
_OPEN_VORDERING = ("open", "in_regeling", "aanmaning", "dwang")  # still being collected: what the rules weigh
_SCHULD_VORDERING = (*_OPEN_VORDERING, "niet_invorderbaar")  # open debt as the klantbeeld counts it
_STATUS = {s.value: s for s in TrajectStatus}
_BRON = {b.value: b for b in TrajectBron}
_TYPE = {t.value: t for t in SignaalType}
_ERNST_ORDE = {Ernst.URGENT.value: 0, Ernst.AANDACHT.value: 1, Ernst.INFO.value: 2}
_REDEN_GELDIG = dt.timedelta(hours=12)  # as the PostgreSQL policy werkplek_reden_vastgelegd
_IN_BLOK = 5_000  # ids per IN (...) list
_BURGER_SLOT = 7_261_100  # pg_advisory_xact_lock(key, burger_id): one aanmelding per citizen at a time

MAX_TOELICHTING = 500
MAX_REDEN = 2000
MAX_TAAK = 500
MAX_ACTIE = 200


def _naam(r: Any) -> str:
    return " ".join(p for p in (r.voornamen, r.tussenvoegsel, r.achternaam) if p)


def _euro(cent_waarde: int) -> Decimal:
    return Decimal(cent_waarde).scaleb(-2)


def _blokken(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _IN_BLOK):
        yield ids[i : i + _IN_BLOK]


# =====================================================================================================
# Bulk reading for the signal engine and the selection
# =====================================================================================================


@dataclass(frozen=True, slots=True)
class Leesvenster:
    """Which rows of a block the rules need, derived from the peildatum and the thresholds.

    Attributes:
        toeslag_jaar: toeslagen of this year are read whole; `toeslag_vanaf` .. this year only when not yet
            definitief (a high recovery can still come).
        beschikking_sinds: recoveries and definitive decisions dated from here (their bezwaar deadline can still
            lie ahead).
        termijn_van / termijn_tot: instalments due in this window (missed ones behind, due ones ahead).
        met_selectie: also read vulnerability indicators (dates only), open signals, trajecten and open
            selection proposals.
    """

    peildatum: dt.date
    toeslag_jaar: int
    toeslag_vanaf: int
    beschikking_sinds: dt.date
    termijn_van: dt.date
    termijn_tot: dt.date
    met_selectie: bool = False


def burger_bereik(opslag: Opslag) -> tuple[int, int, int] | None:
    """(lowest burger id, highest burger id, number of citizens), or None for an empty store."""
    with opslag.lezen() as s:
        laagste, hoogste, aantal = s.execute(select(func.min(_B.c.id), func.max(_B.c.id), func.count(_B.c.id))).one()
    return None if laagste is None else (int(laagste), int(hoogste), int(aantal))


def lees_huishoudens(
    conn: Connection | Session, van: int, tot: int, venster: Leesvenster
) -> tuple[int, list[Huishoudfeiten]]:
    """Read the citizens with id in [van, tot] as `Huishoudfeiten`, with a handful of range queries.

    Only citizens with at least one relevant row get a `Huishoudfeiten`; the grondslagen stay JSON text (they
    are parsed by the rules when needed). Rows are unpacked by position: this runs for every citizen of the
    store on every signal run.

    Returns:
        (number of citizens in the range, their facts).
    """
    aantal = conn.execute(select(func.count()).select_from(_B).where(_B.c.id.between(van, tot))).scalar_one()
    if not aantal:
        return 0, []
    t = Toeslag.__table__  # type: ignore[attr-defined]
    br = Betalingsregeling.__table__  # type: ignore[attr-defined]
    tm = Termijn.__table__  # type: ignore[attr-defined]
    p = Partnerschap.__table__  # type: ignore[attr-defined]
    bs = Beschikking.__table__  # type: ignore[attr-defined]
    bz = Bezwaar.__table__  # type: ignore[attr-defined]
    k = Kind.__table__  # type: ignore[attr-defined]

    def per_burger(stmt: Any, maak: Any) -> dict[int, list[Any]]:
        uit: dict[int, list[Any]] = defaultdict(list)
        for burger_id, *rest in conn.execute(stmt):
            uit[burger_id].append(maak(*rest))
        return uit

    toeslagen = per_burger(
        select(
            t.c.burger_id,
            t.c.id,
            t.c.regeling,
            t.c.jaar,
            t.c.status,
            t.c.eerste_maand,
            t.c.laatste_maand,
            t.c.voorschot_jaar_cent,
            t.c.voorschot_maand_cent,
            t.c.betaald_cent,
            cast(t.c.grondslagen_voorschot, Text),
            cast(t.c.grondslagen_actueel, Text),
        ).where(
            t.c.burger_id.between(van, tot),
            or_(
                t.c.jaar == venster.toeslag_jaar,
                and_(t.c.jaar >= venster.toeslag_vanaf, t.c.jaar < venster.toeslag_jaar, t.c.status != "definitief"),
            ),
        ),
        ToeslagFeit,
    )
    vorderingen = per_burger(
        select(
            _V.c.burger_id,
            _V.c.id,
            _V.c.regeling,
            _V.c.jaar,
            _V.c.kenmerk,
            _V.c.open_cent + _V.c.rente_cent + _V.c.kosten_cent,
            _V.c.status,
            _V.c.ontstaan_op,
            _V.c.vervaldatum,
        ).where(_V.c.burger_id.between(van, tot), _V.c.status.in_(_OPEN_VORDERING)),
        VorderingFeit,
    )
    termijnen = per_burger(
        select(
            br.c.burger_id,
            tm.c.id,
            tm.c.regeling_id,
            tm.c.volgnummer,
            tm.c.vervaldatum,
            tm.c.bedrag_cent,
            tm.c.betaald_cent,
            tm.c.status,
            tm.c.herinnering_op,
            tm.c.nieuwe_vervaldatum,
            br.c.termijnbedrag_cent,
            br.c.status,
        )
        .join(br, br.c.id == tm.c.regeling_id)
        .where(
            br.c.burger_id.between(van, tot),
            br.c.status.in_(("actief", "gepauzeerd")),
            tm.c.status.in_(("open", "gemist", "herinnerd")),
            or_(
                tm.c.vervaldatum.between(venster.termijn_van, venster.termijn_tot),
                tm.c.nieuwe_vervaldatum.between(venster.termijn_van, venster.termijn_tot),
            ),
        ),
        TermijnFeit,
    )
    partnerschappen = per_burger(
        select(p.c.burger_id, p.c.id, p.c.begin, p.c.einde, p.c.uit_buitenland).where(p.c.burger_id.between(van, tot)),
        lambda i, begin, einde, buitenland: PartnerschapFeit(i, begin, einde, bool(buitenland)),
    )
    beschikkingen = per_burger(
        select(
            bs.c.burger_id,
            bs.c.id,
            bs.c.toeslag_id,
            t.c.regeling,
            t.c.jaar,
            bs.c.soort,
            bs.c.datum,
            bs.c.bezwaar_uiterlijk,
            bs.c.bedrag_cent,
            bs.c.saldo_cent,
            exists(select(bz.c.id).where(bz.c.beschikking_id == bs.c.id)),
        )
        .outerjoin(t, t.c.id == bs.c.toeslag_id)
        .where(
            bs.c.burger_id.between(van, tot),
            bs.c.datum >= venster.beschikking_sinds,
            bs.c.bezwaar_uiterlijk >= venster.peildatum,
            bs.c.soort.in_(("terugvordering", "definitief")),
        ),
        lambda *v: BeschikkingFeit(*v[:-1], bool(v[-1])),
    )
    bezwaren = per_burger(
        select(
            bz.c.burger_id,
            bz.c.id,
            bz.c.beschikking_id,
            bz.c.ontvangen_op,
            bz.c.beslissen_uiterlijk,
            bz.c.status,
            bs.c.soort,
            bs.c.datum,
            bs.c.bedrag_cent,
            t.c.regeling,
            t.c.jaar,
        )
        .join(bs, bs.c.id == bz.c.beschikking_id)
        .outerjoin(t, t.c.id == bs.c.toeslag_id)
        .where(bz.c.burger_id.between(van, tot), bz.c.status.in_(("ontvangen", "in_behandeling"))),
        BezwaarFeit,
    )
    kinderen = per_burger(
        select(k.c.burger_id, k.c.geboortedatum, k.c.thuiswonend).where(k.c.burger_id.between(van, tot)),
        lambda geboren, thuis: KindFeit(geboren, bool(thuis)),
    )
    delen = [toeslagen, vorderingen, termijnen, partnerschappen, beschikkingen, bezwaren, kinderen]

    vlaggen: dict[int, dict[str, Any]] = defaultdict(dict)
    if venster.met_selectie:
        delen.append(
            per_burger(
                select(_KW.c.burger_id, _KW.c.id, _KW.c.vastgelegd_op, _KW.c.geldig_tot).where(
                    _KW.c.burger_id.between(van, tot)
                ),
                KwetsbaarheidFeit,
            )
        )
        delen.append(
            per_burger(
                select(_S.c.burger_id, _S.c.id, _S.c.type, _S.c.ernst).where(
                    _S.c.burger_id.between(van, tot), _S.c.status.in_(_OPEN_SIGNAAL)
                ),
                SignaalFeit,
            )
        )
        for burger_id, status, afgesloten_op in conn.execute(
            select(_T.c.burger_id, _T.c.status, _T.c.afgesloten_op).where(_T.c.burger_id.between(van, tot))
        ):
            v = vlaggen[burger_id]
            if status != TrajectStatus.AFGESLOTEN.value:
                v["open_traject"] = True
            elif afgesloten_op is not None and (v.get("laatst_afgesloten") or dt.date.min) < afgesloten_op:
                v["laatst_afgesloten"] = afgesloten_op
        bo = Beoordeling.__table__  # type: ignore[attr-defined]
        for (burger_id,) in conn.execute(
            select(bo.c.burger_id).where(
                bo.c.burger_id.between(van, tot), bo.c.soort == BeoordelingSoort.SELECTIE.value, bo.c.status == "open"
            )
        ):
            vlaggen[burger_id]["open_voorstel"] = True
    else:
        delen += [{}, {}]

    ids = sorted(set().union(*delen, vlaggen))
    leeg: tuple[Any, ...] = ()
    kw, sg = delen[7], delen[8]
    return int(aantal), [
        Huishoudfeiten(
            b,
            tuple(toeslagen[b]) if b in toeslagen else leeg,
            tuple(vorderingen[b]) if b in vorderingen else leeg,
            tuple(termijnen[b]) if b in termijnen else leeg,
            tuple(partnerschappen[b]) if b in partnerschappen else leeg,
            tuple(beschikkingen[b]) if b in beschikkingen else leeg,
            tuple(bezwaren[b]) if b in bezwaren else leeg,
            tuple(kinderen[b]) if b in kinderen else leeg,
            tuple(kw[b]) if b in kw else leeg,
            tuple(sg[b]) if b in sg else leeg,
            **vlaggen.get(b, {}),
        )
        for b in ids
    ]


def bewaar_signalen(
    opslag: Opslag,
    voorstellen: Sequence[Signaalvoorstel],
    *,
    medewerker_id: int | None,
    omschrijving: dict[str, Any] | None = None,
) -> list[tuple[int, SignaalType]]:
    """Store proposed signals; a signal whose `sleutel` already exists is skipped (on both backends).

    One transaction and one audit event ("signalen aangemaakt", with the new ids per type) per call.

    Returns:
        (id, type) of the signals that were new.
    """
    if not voorstellen:
        return []
    dialect = postgresql if not opslag.is_sqlite else sqlite
    stmt = dialect.insert(_S).on_conflict_do_nothing(index_elements=[_S.c.sleutel]).returning(_S.c.id, _S.c.type)
    with opslag.schrijven() as s:
        # Skip what is known with one range read (a rerun proposes mostly known signals); ON CONFLICT still guards
        # against a concurrent run inserting the same sleutel in between.
        laagste = min(v.burger_id for v in voorstellen)
        hoogste = max(v.burger_id for v in voorstellen)
        bekend = set(s.execute(select(_S.c.sleutel).where(_S.c.burger_id.between(laagste, hoogste))).scalars())
        moment = nu()
        waarden = [
            {
                "burger_id": v.burger_id,
                "type": v.type.value,
                "ernst": v.ernst.value,
                "status": SignaalStatus.NIEUW.value,
                "sleutel": v.sleutel,
                "bron": v.bron,
                "uitleg": v.uitleg,
                "gegevens": v.gegevens,
                "ontstaan_op": moment,
                "version": 1,
            }
            for v in voorstellen
            if v.sleutel not in bekend
        ]
        nieuw = [(int(r.id), SignaalType(r.type)) for r in s.execute(stmt, waarden)] if waarden else []
        if nieuw:
            per_type: dict[str, list[int]] = defaultdict(list)
            for signaal_id, type_ in nieuw:
                per_type[type_.value].append(signaal_id)
            audit.registreer(
                s,
                medewerker_id=medewerker_id,
                actie="signalen aangemaakt",
                entiteit="signaal",
                entiteit_id=None,
                na={"aantal": len(nieuw), "per_type": dict(per_type), **(omschrijving or {})},
            )
    return nieuw


# =====================================================================================================
# The repository for the views
# =====================================================================================================


_SIGNAAL_OVERGANGEN: dict[str, tuple[str, ...]] = {
    SignaalStatus.IN_BEHANDELING.value: (SignaalStatus.NIEUW.value,),
    SignaalStatus.AFGEHANDELD.value: (SignaalStatus.NIEUW.value, SignaalStatus.IN_BEHANDELING.value),
    SignaalStatus.ONTERECHT.value: (SignaalStatus.NIEUW.value, SignaalStatus.IN_BEHANDELING.value),
}


class BegeleidingRepository:
    """Caseload, signal inbox, tasks, team distribution, trajecten and vulnerability indicators.

    Every method takes the acting staff member first and checks the role; dates ("vandaag") come from the
    caller. Writes raise `Conflict` when the row changed since `versie` was read, `OngeldigeOvergang` for a step
    the status does not allow, `Validatiefout` for bad input and `GeenToegang` for a role or caseload that may
    not do it.
    """

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    # --- access helpers --------------------------------------------------------------------------------------

    @staticmethod
    def _open_traject(s: Session, burger_id: int) -> Any | None:
        return s.execute(
            select(_T).where(_T.c.burger_id == burger_id, _OPEN_TRAJECT).order_by(_T.c.id.desc()).limit(1)
        ).first()

    def _eis_caseload(self, s: Session, actor: MedewerkerRow, burger_id: int, *, wat: str) -> Any | None:
        """A begeleider may act for a citizen in their own caseload or in nobody's; CASELOAD_ALLES for all.

        Returns the citizen's open traject (or None).
        """
        traject = self._open_traject(s, burger_id)
        if mag(actor.rol, Bevoegdheid.CASELOAD_ALLES):
            return traject
        if traject is not None and traject.begeleider_id not in (None, actor.id):
            raise GeenToegang(f"Deze burger staat in de caseload van een collega; u kunt {wat} niet doen.")
        return traject

    def _eis_gevoelig(self, s: Session, actor: MedewerkerRow, burger_id: int) -> None:
        """Vulnerability indicators: supervisors and quality staff always; a begeleider for their own caseload,
        or after registering a reason for opening the klantbeeld in the last 12 hours."""
        if mag(actor.rol, Bevoegdheid.CASELOAD_ALLES) or actor.rol is Rol.KWALITEIT:
            return
        eigen = s.execute(
            select(_T.c.id).where(_T.c.burger_id == burger_id, _T.c.begeleider_id == actor.id, _OPEN_TRAJECT).limit(1)
        ).first()
        if eigen is not None:
            return
        i = Inzage.__table__  # type: ignore[attr-defined]
        reden = s.execute(
            select(i.c.id)
            .where(
                i.c.burger_id == burger_id,
                i.c.medewerker_id == actor.id,
                i.c.reden != InzageReden.EIGEN_CASELOAD.value,
                i.c.moment > nu() - _REDEN_GELDIG,
            )
            .limit(1)
        ).first()
        if reden is None:
            raise GeenToegang(
                "Deze burger staat niet in uw caseload. Open eerst het klantbeeld en geef de reden op; daarna "
                "kunt u de kwetsbaarheidsindicatoren zien."
            )

    def _eis_versie(self, s: Session, tabel: type[Any], rij: Any, versie: int, actor: MedewerkerRow) -> None:
        """Raise `Conflict` (with the colleague's name) when `rij` no longer has `versie`."""
        if rij.version != versie:
            self._opslag.werk_bij(
                s, tabel, rij.id, versie, {}, medewerker_id=actor.id, actie="conflict", burger_id=None
            )

    def _lees_traject(self, s: Session, traject_id: int) -> Any:
        rij = s.execute(select(_T).where(_T.c.id == traject_id)).first()
        if rij is None:
            raise NietGevonden("Dit begeleidingstraject bestaat niet (meer).")
        return rij

    def _eis_eigen_traject(self, actor: MedewerkerRow, rij: Any) -> None:
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        if rij.begeleider_id != actor.id and not mag(actor.rol, Bevoegdheid.CASELOAD_ALLES):
            if rij.begeleider_id is None:
                raise GeenToegang("Dit traject is nog niet toegewezen. Neem het eerst op in uw caseload.")
            raise GeenToegang("Dit traject staat in de caseload van een collega.")

    @staticmethod
    def _traject_row(s: Session, traject_id: int) -> TrajectRow:
        rij = s.execute(
            select(_T, _M.c.naam).outerjoin(_M, _M.c.id == _T.c.begeleider_id).where(_T.c.id == traject_id)
        ).one()
        return traject_row(rij, rij.naam)

    @staticmethod
    def _eis_begeleider(s: Session, begeleider_id: int) -> Any:
        rij = s.execute(select(_M).where(_M.c.id == begeleider_id)).first()
        if rij is None or not rij.actief:
            raise Validatiefout("begeleider", "deze medewerker bestaat niet of is niet actief")
        if rij.rol not in (Rol.BEGELEIDER.value, Rol.SUPERVISOR.value):
            raise Validatiefout("begeleider", "alleen een persoonlijk begeleider of supervisor kan begeleiden")
        return rij

    # --- caseload -------------------------------------------------------------------------------------------

    def caseload(
        self,
        actor: MedewerkerRow,
        *,
        vandaag: dt.date,
        begeleider_id: int | None = None,
        statussen: Iterable[TrajectStatus] | None = None,
        met_afgesloten: bool = False,
    ) -> list[CaseloadRow]:
        """The trajecten of a begeleider (default: the actor) with everything the caseload table shows.

        Sorted: overdue intakes first, then priority, then the next action's date.

        Args:
            actor: the staff member asking.
            vandaag: today's date (for overdue flags and day counts).
            begeleider_id: another begeleider's caseload (needs CASELOAD_ALLES).
            statussen: only these statuses.
            met_afgesloten: include closed trajecten.

        Raises:
            GeenToegang: the role has no caseload, or asks for someone else's without CASELOAD_ALLES.
        """
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        wie = actor.id if begeleider_id is None else begeleider_id
        if wie != actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        voorwaarden = [_T.c.begeleider_id == wie]
        if statussen is not None:
            voorwaarden.append(_T.c.status.in_([TrajectStatus(x).value for x in statussen]))
        elif not met_afgesloten:
            voorwaarden.append(_OPEN_TRAJECT)
        with self._opslag.lezen() as s:
            return self._caseload_rijen(s, voorwaarden, vandaag)

    def intake_wachtrij(self, actor: MedewerkerRow, *, vandaag: dt.date) -> list[CaseloadRow]:
        """Aangemelde trajecten without a begeleider (balie referrals and approved proposals land here)."""
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        with self._opslag.lezen() as s:
            return self._caseload_rijen(
                s, [_T.c.begeleider_id.is_(None), _T.c.status == TrajectStatus.AANGEMELD.value], vandaag
            )

    def _caseload_rijen(self, s: Session, voorwaarden: list[Any], vandaag: dt.date) -> list[CaseloadRow]:
        rijen = s.execute(
            select(
                _T.c.id,
                _T.c.version,
                _T.c.burger_id,
                _T.c.begeleider_id,
                _T.c.status,
                _T.c.bron,
                _T.c.bron_toelichting,
                _T.c.prioriteit,
                _T.c.aangemeld_op,
                _T.c.intake_uiterlijk,
                _T.c.eerste_contact_op,
                _T.c.volgende_actie,
                _T.c.volgende_actie_op,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _B.c.geboortedatum,
                _M.c.naam.label("begeleider"),
            )
            .join(_B, _B.c.id == _T.c.burger_id)
            .outerjoin(_M, _M.c.id == _T.c.begeleider_id)
            .where(*voorwaarden)
        ).all()
        if not rijen:
            return []
        # The aggregates select their citizens with the same conditions as a subquery (no long IN lists).
        burgers = select(_T.c.burger_id).where(*voorwaarden)
        signalen: dict[int, list[tuple[str, str]]] = defaultdict(list)
        # status is filtered here, not in SQL: with a status condition the planner scans every open signal of the
        # store (ix_signaal_status_type) instead of looking up these citizens' few signals by burger_id
        for r in s.execute(
            select(_S.c.burger_id, _S.c.type, _S.c.ernst, _S.c.status).where(_S.c.burger_id.in_(burgers))
        ):
            if r.status in _OPEN_SIGNAAL:
                signalen[r.burger_id].append((r.type, r.ernst))
        schuld: dict[int, int] = {
            r[0]: int(r[1] or 0)
            for r in s.execute(
                select(_V.c.burger_id, func.sum(_V.c.open_cent + _V.c.rente_cent + _V.c.kosten_cent))
                .where(_V.c.burger_id.in_(burgers), _V.c.status.in_(_SCHULD_VORDERING))
                .group_by(_V.c.burger_id)
            )
        }
        contact: dict[int, Any] = dict(
            s.execute(
                select(_C.c.burger_id, func.max(_C.c.moment))
                .where(_C.c.burger_id.in_(burgers))
                .group_by(_C.c.burger_id)
            ).all()
        )
        taken: dict[int, tuple[dt.date, str]] = {}
        for r in s.execute(
            select(_TK.c.burger_id, _TK.c.vervaldatum, _TK.c.omschrijving)
            .join(_T, and_(_T.c.burger_id == _TK.c.burger_id, _T.c.begeleider_id == _TK.c.medewerker_id))
            .where(*voorwaarden, _TK.c.status == TaakStatus.OPEN.value)
            .order_by(_TK.c.vervaldatum, _TK.c.id)
        ):
            taken.setdefault(r.burger_id, (r.vervaldatum, r.omschrijving))
        moment_type = _C.c.moment.type
        dialect = s.get_bind().dialect
        afgesloten = TrajectStatus.AFGESLOTEN
        urgent = Ernst.URGENT.value
        uit: list[CaseloadRow] = []
        for (
            traject_id,
            version,
            burger_id,
            begeleider_id,
            status_waarde,
            bron,
            bron_toelichting,
            prioriteit,
            aangemeld_op,
            uiterlijk,
            eerste_contact_op,
            traject_actie,
            traject_actie_op,
            voornamen,
            tussenvoegsel,
            achternaam,
            bsn,
            geboortedatum,
            begeleider,
        ) in rijen:  # positional unpacking: a 1,000-row caseload stays well inside its 100 ms budget
            status = _STATUS[status_waarde]
            open_ = status is not afgesloten
            termijn = levensloop.intake_termijn(uiterlijk, eerste_contact_op, vandaag)
            actie, actie_op = traject_actie, traject_actie_op
            taak = taken.get(burger_id)
            if taak is not None and (actie_op is None or taak[0] < actie_op):
                actie_op, actie = taak
            if actie is None and status is TrajectStatus.AANGEMELD:
                actie, actie_op = "Eerste contact: intakegesprek voeren", uiterlijk
            typen = signalen.get(burger_id, ())
            laatste = contact.get(burger_id)
            if laatste is not None and not isinstance(laatste, dt.datetime):  # SQLite max() may lose the type
                laatste = moment_type.process_result_value(dt.datetime.fromisoformat(str(laatste)), dialect)
            uit.append(
                CaseloadRow(
                    traject_id=traject_id,
                    version=version,
                    burger_id=burger_id,
                    naam=f"{voornamen} {tussenvoegsel} {achternaam}" if tussenvoegsel else f"{voornamen} {achternaam}",
                    bsn_gemaskeerd=masker_bsn(bsn),
                    geboortedatum=geboortedatum,
                    begeleider_id=begeleider_id,
                    begeleider=begeleider,
                    status=status,
                    bron=_BRON[bron],
                    bron_toelichting=bron_toelichting,
                    prioriteit=prioriteit,
                    aangemeld_op=aangemeld_op,
                    intake_uiterlijk=uiterlijk,
                    eerste_contact_op=eerste_contact_op,
                    intake_te_laat=termijn.te_laat and open_,
                    werkdagen_tot_intake=termijn.werkdagen_over if open_ else None,
                    volgende_actie=actie if open_ else None,
                    volgende_actie_op=actie_op if open_ else None,
                    volgende_actie_te_laat=open_ and actie_op is not None and actie_op < vandaag,
                    open_signalen=len(typen),
                    urgente_signalen=sum(1 for _, e in typen if e == urgent),
                    signaaltypen=tuple(sorted({_TYPE[t] for t, _ in typen})),
                    open_schuld=_euro(schuld.get(burger_id, 0)),
                    laatste_contact=laatste,
                    dagen_sinds_aanmelding=(vandaag - aangemeld_op).days,
                    dagen_sinds_intake=None if eerste_contact_op is None else (vandaag - eerste_contact_op).days,
                )
            )
        uit.sort(
            key=lambda c: (
                not c.intake_te_laat,
                c.prioriteit,
                c.volgende_actie_op or dt.date.max,
                c.aangemeld_op,
                c.traject_id,
            )
        )
        return uit

    def traject(self, actor: MedewerkerRow, traject_id: int) -> TrajectRow:
        """One traject (for the traject panel). Balie staff may not read trajecten here."""
        eis(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG)
        with self._opslag.lezen() as s:
            self._lees_traject(s, traject_id)
            return self._traject_row(s, traject_id)

    # --- aanmelding and the lifecycle -------------------------------------------------------------------------

    def verwijs(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        bron: TrajectBron,
        toelichting: str,
        vandaag: dt.date,
        prioriteit: int = 2,
        begeleider_id: int | None = None,
    ) -> TrajectRow:
        """Aanmelden for persoonlijke begeleiding (referral): a new traject with status aangemeld.

        Balie staff may only refer with bron "balie" and a reason, without priority or begeleider; the traject
        lands in the intake queue. A begeleider may put it in their own caseload; assigning to someone else
        needs CASELOAD_ALLES. Sources "selectie" and "signaal" have their own paths (`SelectieService`,
        `traject_uit_signaal`).

        Raises:
            GeenToegang: the role may not refer, or not with this source / assignment.
            Validatiefout: no reason, an unknown begeleider, or a priority outside 1–3.
            OngeldigeOvergang: the citizen already has an open traject.
        """
        eis(actor.rol, Bevoegdheid.VERWIJZEN_BEGELEIDING)
        bron = TrajectBron(bron)
        if bron not in levensloop.BRONNEN_VERWIJZING:
            raise Validatiefout("bron", f"een aanmelding via ‘{bron.label}’ loopt niet via verwijzen")
        if actor.rol is Rol.BALIE and (bron is not TrajectBron.BALIE or begeleider_id is not None or prioriteit != 2):
            raise GeenToegang("Vanaf de balie kunt u alleen aanmelden met bron ‘balie’ en een reden.")
        if begeleider_id is not None and begeleider_id != actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        if begeleider_id == actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        reden = controleer_tekst(toelichting, "reden van aanmelding", max_lengte=MAX_TOELICHTING)
        with self._opslag.schrijven() as s:
            traject_id = self._nieuw_traject(
                s,
                actor,
                burger_id,
                bron=bron,
                toelichting=reden,
                vandaag=vandaag,
                prioriteit=prioriteit,
                begeleider_id=begeleider_id,
            )
            return self._traject_row(s, traject_id)

    def _nieuw_traject(
        self,
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        bron: TrajectBron,
        toelichting: str | None,
        vandaag: dt.date,
        prioriteit: int,
        begeleider_id: int | None,
    ) -> int:
        if prioriteit not in (1, 2, 3):
            raise Validatiefout("prioriteit", "kies 1 (hoog), 2 (normaal) of 3 (laag)")
        if s.get_bind().dialect.name == "postgresql":
            s.execute(text("SELECT pg_advisory_xact_lock(:k, :b)"), {"k": _BURGER_SLOT, "b": burger_id})
        if s.execute(select(_B.c.id).where(_B.c.id == burger_id)).first() is None:
            raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
        bestaand = self._open_traject(s, burger_id)
        if bestaand is not None:
            raise OngeldigeOvergang(
                "Deze burger heeft al een lopend begeleidingstraject (status "
                f"‘{TrajectStatus(bestaand.status).label}’, aangemeld op {bestaand.aangemeld_op:%d-%m-%Y}). "
                "Een nieuwe aanmelding is niet nodig."
            )
        if begeleider_id is not None:
            self._eis_begeleider(s, begeleider_id)
        uiterlijk = levensloop.intake_uiterlijk(vandaag)
        traject_id = s.execute(
            insert(_T)
            .values(
                burger_id=burger_id,
                begeleider_id=begeleider_id,
                bron=bron.value,
                bron_toelichting=toelichting[:MAX_TOELICHTING] if toelichting else None,
                status=TrajectStatus.AANGEMELD.value,
                prioriteit=prioriteit,
                aangemeld_op=vandaag,
                intake_uiterlijk=uiterlijk,
                volgende_actie="Eerste contact: intakegesprek voeren",
                volgende_actie_op=uiterlijk,
                version=1,
            )
            .returning(_T.c.id)
        ).scalar_one()
        audit.registreer(
            s,
            medewerker_id=actor.id,
            actie="traject aangemeld",
            entiteit="begeleidingstraject",
            entiteit_id=traject_id,
            burger_id=burger_id,
            na=rij_naar_dict(s.execute(select(_T).where(_T.c.id == traject_id)).one()),
        )
        if begeleider_id is not None:
            self._intaketaak(s, actor, traject_id, burger_id, begeleider_id, uiterlijk)
        return int(traject_id)

    def _intaketaak(
        self, s: Session, actor: MedewerkerRow, traject_id: int, burger_id: int, begeleider_id: int, uiterlijk: dt.date
    ) -> None:
        bestaat = s.execute(
            select(_TK.c.id).where(
                _TK.c.traject_id == traject_id,
                _TK.c.soort == TaakSoort.INTAKE.value,
                _TK.c.status == TaakStatus.OPEN.value,
            )
        ).first()
        if bestaat is None:
            self._insert_taak(
                s,
                actor,
                burger_id=burger_id,
                medewerker_id=begeleider_id,
                traject_id=traject_id,
                soort=TaakSoort.INTAKE,
                omschrijving="Intakegesprek persoonlijke begeleiding: eerste contact binnen 5 werkdagen",
                vervaldatum=uiterlijk,
            )

    def _insert_taak(
        self,
        s: Session,
        actor: MedewerkerRow,
        *,
        burger_id: int | None,
        medewerker_id: int | None,
        traject_id: int | None,
        soort: TaakSoort,
        omschrijving: str,
        vervaldatum: dt.date,
    ) -> int:
        rij = schrijf_taak(
            s,
            actor.id,
            burger_id=burger_id,
            medewerker_id=medewerker_id,
            soort=soort.value,
            omschrijving=omschrijving,
            vervaldatum=vervaldatum,
            traject_id=traject_id,
        )
        return int(rij.id)

    def _insert_contact(
        self,
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        traject_id: int,
        verslag: Contactverslag,
        *,
        opgelost: bool,
    ) -> int:
        onderwerp = controleer_tekst(verslag.onderwerp, "onderwerp", max_lengte=200)
        samenvatting = controleer_tekst(verslag.samenvatting, "samenvatting", max_lengte=4000, meerdere_regels=True)
        afspraken = controleer_tekst(
            verslag.afspraken, "afspraken", max_lengte=2000, verplicht=False, meerdere_regels=True
        )
        if verslag.richting not in ("inkomend", "uitgaand"):
            raise Validatiefout("richting", "kies inkomend of uitgaand")
        rij = schrijf_contact(
            s,
            actor.id,
            burger_id,
            traject_id=traject_id,
            kanaal=verslag.kanaal.value,
            richting=verslag.richting,
            onderwerp=onderwerp,
            samenvatting=samenvatting,
            afspraken=afspraken,
            opgelost=opgelost,
        )
        return int(rij.id)

    def _rond_open_taken_af(self, s: Session, actor: MedewerkerRow, traject_id: int, soort: TaakSoort | None) -> None:
        voorwaarden = [_TK.c.traject_id == traject_id, _TK.c.status == TaakStatus.OPEN.value]
        if soort is not None:
            voorwaarden.append(_TK.c.soort == soort.value)
        for taak in s.execute(select(_TK).where(*voorwaarden)).all():
            self._opslag.werk_bij(
                s,
                Taak,
                taak.id,
                taak.version,
                {
                    "status": TaakStatus.AFGEROND.value if soort is not None else TaakStatus.VERVALLEN.value,
                    "afgerond_op": nu(),
                },
                medewerker_id=actor.id,
                actie="taak afgerond" if soort is not None else "taak vervallen",
                burger_id=taak.burger_id,
            )

    def _stap(
        self,
        actor: MedewerkerRow,
        traject_id: int,
        versie: int,
        stap: Stap,
        waarden_voor: Any,
        *,
        actie: str,
        mag_opnemen: bool = False,
    ) -> TrajectRow:
        """Apply one lifecycle step: read, check access, version and transition, then `werk_bij` with audit."""
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        with self._opslag.schrijven() as s:
            rij = self._lees_traject(s, traject_id)
            self._eis_versie(s, Begeleidingstraject, rij, versie, actor)
            if not (mag_opnemen and rij.begeleider_id is None):
                self._eis_eigen_traject(actor, rij)
            nieuw = levensloop.volgende_status(rij.status, stap)
            waarden = waarden_voor(s, rij)
            waarden["status"] = nieuw.value
            self._opslag.werk_bij(
                s,
                Begeleidingstraject,
                traject_id,
                versie,
                waarden,
                medewerker_id=actor.id,
                actie=actie,
                burger_id=rij.burger_id,
            )
            return self._traject_row(s, traject_id)

    def eerste_contact(
        self, actor: MedewerkerRow, traject_id: int, versie: int, verslag: Contactverslag, *, vandaag: dt.date
    ) -> TrajectRow:
        """Register the first contact: aangemeld → intake, `eerste_contact_op` = vandaag.

        The contact is registered with the traject; an open intake task is completed. An unassigned traject is
        taken into the actor's caseload by this step.
        """

        def waarden(s: Session, rij: Any) -> dict[str, Any]:
            self._insert_contact(s, actor, rij.burger_id, rij.id, verslag, opgelost=False)
            self._rond_open_taken_af(s, actor, rij.id, TaakSoort.INTAKE)
            w: dict[str, Any] = {
                "eerste_contact_op": vandaag,
                "volgende_actie": "Plan van aanpak opstellen met de burger",
                "volgende_actie_op": werkdagen_na(vandaag, 10),
            }
            if rij.begeleider_id is None:
                w["begeleider_id"] = actor.id
            return w

        return self._stap(
            actor, traject_id, versie, Stap.EERSTE_CONTACT, waarden, actie="eerste contact vastgelegd", mag_opnemen=True
        )

    def opgelost_in_eerste_contact(
        self,
        actor: MedewerkerRow,
        traject_id: int,
        versie: int,
        verslag: Contactverslag,
        *,
        reden: str,
        vandaag: dt.date,
    ) -> TrajectRow:
        """The problem was solved in the first contact: register that contact and close the traject directly
        (aangemeld → afgesloten, outcome "opgelost in eerste contact"), so the help given is counted."""
        reden_schoon = controleer_tekst(reden, "reden", max_lengte=MAX_REDEN, meerdere_regels=True)

        def waarden(s: Session, rij: Any) -> dict[str, Any]:
            self._insert_contact(s, actor, rij.burger_id, rij.id, verslag, opgelost=True)
            self._rond_open_taken_af(s, actor, rij.id, TaakSoort.INTAKE)
            self._rond_open_taken_af(s, actor, rij.id, None)
            w: dict[str, Any] = {
                "eerste_contact_op": vandaag,
                "afgesloten_op": vandaag,
                "uitkomst": Uitkomst.OPGELOST_EERSTE_CONTACT.value,
                "reden_afsluiting": reden_schoon,
                "volgende_actie": None,
                "volgende_actie_op": None,
            }
            if rij.begeleider_id is None:
                w["begeleider_id"] = actor.id
            return w

        return self._stap(
            actor,
            traject_id,
            versie,
            Stap.OPGELOST_IN_EERSTE_CONTACT,
            waarden,
            actie="traject afgesloten: opgelost in eerste contact",
            mag_opnemen=True,
        )

    def start_begeleiding(
        self, actor: MedewerkerRow, traject_id: int, versie: int, plan: PlanVanAanpak, *, vandaag: dt.date
    ) -> TrajectRow:
        """intake → actief with a plan van aanpak (at least one goal and one agreed action)."""
        plan = levensloop.controleer_plan(plan)
        if plan.opgesteld_op is None:
            plan = PlanVanAanpak(plan.doelen, plan.afspraken, vandaag)

        def waarden(_s: Session, _rij: Any) -> dict[str, Any]:
            return {"plan": plan.naar_dict(), **_volgende_uit_plan(plan)}

        return self._stap(actor, traject_id, versie, Stap.START_BEGELEIDING, waarden, actie="begeleiding gestart")

    def werk_plan_bij(self, actor: MedewerkerRow, traject_id: int, versie: int, plan: PlanVanAanpak) -> TrajectRow:
        """Change the plan van aanpak of an intake or actief traject (goals reached, actions done, new ones)."""
        plan = levensloop.controleer_plan(plan)

        def waarden(_s: Session, rij: Any) -> dict[str, Any]:
            oud = PlanVanAanpak.uit_dict(rij.plan) if rij.plan else None
            opgesteld = plan.opgesteld_op or (oud.opgesteld_op if oud else None)
            nieuw = PlanVanAanpak(plan.doelen, plan.afspraken, opgesteld)
            return {"plan": nieuw.naar_dict(), **_volgende_uit_plan(nieuw)}

        return self._stap(actor, traject_id, versie, Stap.PLAN_BIJWERKEN, waarden, actie="plan van aanpak bijgewerkt")

    def sluit_af(
        self, actor: MedewerkerRow, traject_id: int, versie: int, *, uitkomst: Uitkomst, reden: str, vandaag: dt.date
    ) -> TrajectRow:
        """Close a traject with an outcome and a reason (open tasks of the traject lapse)."""
        uitkomst = Uitkomst(uitkomst)

        def waarden(s: Session, rij: Any) -> dict[str, Any]:
            schoon = levensloop.controleer_afsluiting(rij.status, uitkomst, reden)
            controleer_tekst(schoon, "reden", max_lengte=MAX_REDEN, meerdere_regels=True)
            self._rond_open_taken_af(s, actor, rij.id, None)
            return {
                "afgesloten_op": vandaag,
                "uitkomst": uitkomst.value,
                "reden_afsluiting": schoon,
                "volgende_actie": None,
                "volgende_actie_op": None,
            }

        return self._stap(actor, traject_id, versie, Stap.AFSLUITEN, waarden, actie="traject afgesloten")

    def plan_volgende_actie(
        self, actor: MedewerkerRow, traject_id: int, versie: int, *, omschrijving: str, op: dt.date
    ) -> TrajectRow:
        """Set the next action and its date (what the caseload shows)."""
        tekst = controleer_tekst(omschrijving, "volgende actie", max_lengte=MAX_ACTIE)
        return self._wijzig(
            actor, traject_id, versie, {"volgende_actie": tekst, "volgende_actie_op": op}, "volgende actie gepland"
        )

    def wijzig_prioriteit(self, actor: MedewerkerRow, traject_id: int, versie: int, prioriteit: int) -> TrajectRow:
        """Set the priority: 1 hoog, 2 normaal, 3 laag."""
        if prioriteit not in (1, 2, 3):
            raise Validatiefout("prioriteit", "kies 1 (hoog), 2 (normaal) of 3 (laag)")
        return self._wijzig(actor, traject_id, versie, {"prioriteit": prioriteit}, "prioriteit gewijzigd")

    def _wijzig(
        self, actor: MedewerkerRow, traject_id: int, versie: int, waarden: dict[str, Any], actie: str
    ) -> TrajectRow:
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        with self._opslag.schrijven() as s:
            rij = self._lees_traject(s, traject_id)
            self._eis_versie(s, Begeleidingstraject, rij, versie, actor)
            self._eis_eigen_traject(actor, rij)
            if rij.status == TrajectStatus.AFGESLOTEN.value:
                raise OngeldigeOvergang("Dit traject is afgesloten en kan niet meer worden gewijzigd.")
            self._opslag.werk_bij(
                s,
                Begeleidingstraject,
                traject_id,
                versie,
                waarden,
                medewerker_id=actor.id,
                actie=actie,
                burger_id=rij.burger_id,
            )
            return self._traject_row(s, traject_id)

    # --- assignment ----------------------------------------------------------------------------------------

    def wijs_toe(
        self, actor: MedewerkerRow, traject_id: int, versie: int, begeleider_id: int, *, vandaag: dt.date
    ) -> TrajectRow:
        """Assign (from the intake queue) or reassign a traject to a begeleider (supervisor).

        Open tasks of the traject move along to the new begeleider, so they see the traject and its work at
        once; an aangemeld traject gets an intake task if it has none.
        """
        eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        with self._opslag.schrijven() as s:
            rij = self._lees_traject(s, traject_id)
            self._eis_versie(s, Begeleidingstraject, rij, versie, actor)
            if rij.status == TrajectStatus.AFGESLOTEN.value:
                raise OngeldigeOvergang("Een afgesloten traject kan niet meer worden toegewezen.")
            self._eis_begeleider(s, begeleider_id)
            if rij.begeleider_id == begeleider_id:
                raise Validatiefout("begeleider", "dit traject staat al bij deze begeleider")
            self._toewijzen(s, actor, rij, begeleider_id, vandaag)
            return self._traject_row(s, traject_id)

    def neem_op(self, actor: MedewerkerRow, traject_id: int, versie: int, *, vandaag: dt.date) -> TrajectRow:
        """A begeleider takes an unassigned aangemeld traject from the intake queue into their own caseload."""
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        with self._opslag.schrijven() as s:
            rij = self._lees_traject(s, traject_id)
            self._eis_versie(s, Begeleidingstraject, rij, versie, actor)
            if rij.begeleider_id is not None:
                raise GeenToegang("Dit traject is al toegewezen; alleen een supervisor kan het overdragen.")
            if rij.status == TrajectStatus.AFGESLOTEN.value:
                raise OngeldigeOvergang("Een afgesloten traject kan niet meer worden opgenomen.")
            self._toewijzen(s, actor, rij, actor.id, vandaag)
            return self._traject_row(s, traject_id)

    def _toewijzen(self, s: Session, actor: MedewerkerRow, rij: Any, begeleider_id: int, vandaag: dt.date) -> None:
        self._opslag.werk_bij(
            s,
            Begeleidingstraject,
            rij.id,
            rij.version,
            {"begeleider_id": begeleider_id},
            medewerker_id=actor.id,
            actie="traject toegewezen" if rij.begeleider_id is None else "traject overgedragen",
            burger_id=rij.burger_id,
        )
        for taak in s.execute(
            select(_TK).where(_TK.c.traject_id == rij.id, _TK.c.status == TaakStatus.OPEN.value)
        ).all():
            if taak.medewerker_id != begeleider_id:
                self._opslag.werk_bij(
                    s,
                    Taak,
                    taak.id,
                    taak.version,
                    {"medewerker_id": begeleider_id},
                    medewerker_id=actor.id,
                    actie="taak overgedragen",
                    burger_id=taak.burger_id,
                )
        if rij.status == TrajectStatus.AANGEMELD.value:
            self._intaketaak(s, actor, rij.id, rij.burger_id, begeleider_id, max(rij.intake_uiterlijk, vandaag))

    # --- signals -------------------------------------------------------------------------------------------

    def inbox(
        self,
        actor: MedewerkerRow,
        *,
        types: Iterable[SignaalType] | None = None,
        alleen_mijn_caseload: bool = False,
        limiet: int = 200,
    ) -> SignaalInbox:
        """New signals of the actor's caseload plus those of citizens in nobody's caseload.

        Urgent first, then aandacht, then info; within each the newest first. `totaal` and `per_type` count all
        matching signals (the list holds at most `limiet`); `per_type` ignores the type filter, for the filter
        buttons.

        How it stays fast on a store with hundreds of thousands of new signals: the actor's own signals are
        looked up through their trajecten; the unassigned ones are read newest-first per severity and the read
        stops at `limiet`; the counts are "all new signals per type" (an index-only count) minus those of
        colleagues' caseloads (looked up through their trajecten).
        """
        eis(actor.rol, Bevoegdheid.SIGNALEN_LEZEN)
        gekozen = None if types is None else {SignaalType(x) for x in types}
        nieuw = SignaalStatus.NIEUW.value
        # SQLite plans without statistics and would use ix_signaal_status_type for "status = 'nieuw'", which
        # matches most of the table; `+column` (SQLite's documented way to keep a term off an index) keeps these
        # reads on the burger_id index or in rowid order. PostgreSQL plans with statistics and gets plain terms.
        if self._opslag.is_sqlite:
            is_nieuw: Any = text("+signaal.status = 'nieuw'")

            def ernst_is(e: str) -> Any:
                return text("+signaal.ernst = :ernst").bindparams(ernst=e)

        else:
            is_nieuw = _S.c.status == nieuw

            def ernst_is(e: str) -> Any:
                return _S.c.ernst == e

        open_bij = select(_T.c.burger_id).where(_T.c.begeleider_id.is_not(None), _OPEN_TRAJECT)
        with self._opslag.lezen() as s:
            mijn_burgers = select(_T.c.burger_id).where(_T.c.begeleider_id == actor.id, _OPEN_TRAJECT)
            mijn_stmt = select(_S.c.id, _S.c.ernst, _S.c.type).where(_S.c.burger_id.in_(mijn_burgers), is_nieuw)
            mijn = [(r.id, r.ernst, r.type) for r in s.execute(mijn_stmt)]
            if alleen_mijn_caseload:
                per_type_tel: dict[str, int] = defaultdict(int)
                for _, _, t in mijn:
                    per_type_tel[t] += 1
            else:
                per_type_tel = defaultdict(
                    int,
                    s.execute(select(_S.c.type, func.count()).where(_S.c.status == nieuw).group_by(_S.c.type)).all(),
                )
                collega_stmt = (
                    select(_S.c.type, func.count())
                    .where(_S.c.burger_id.in_(open_bij.where(_T.c.begeleider_id != actor.id)), is_nieuw)
                    .group_by(_S.c.type)
                )
                for t, n in s.execute(collega_stmt):
                    per_type_tel[t] -= int(n)
            per_type = {_TYPE[t]: n for t, n in per_type_tel.items() if n > 0}
            totaal = sum(n for t, n in per_type.items() if gekozen is None or t in gekozen)

            if gekozen is not None:
                mijn = [m for m in mijn if _TYPE[m[2]] in gekozen]
            gekozen_ids: list[int] = []
            for ernst in sorted(_ERNST_ORDE, key=_ERNST_ORDE.__getitem__):
                if len(gekozen_ids) >= limiet:
                    break
                nodig = limiet - len(gekozen_ids)
                kandidaten = [m[0] for m in mijn if m[1] == ernst]
                if not alleen_mijn_caseload:
                    if gekozen is None:  # newest first in rowid order, stopping at the limit
                        filter_: list[Any] = [is_nieuw, ernst_is(ernst)]
                    else:  # a type filter is selective: the (status, type) index finds them
                        filter_ = [
                            _S.c.status == nieuw,
                            _S.c.type.in_(sorted(x.value for x in gekozen)),
                            ernst_is(ernst),
                        ]
                    vrij_stmt = (
                        select(_S.c.id)
                        .where(*filter_, _S.c.burger_id.not_in(open_bij))
                        .order_by(_S.c.id.desc())
                        .limit(nodig)
                    )
                    kandidaten += list(s.execute(vrij_stmt).scalars())
                gekozen_ids += sorted(kandidaten, reverse=True)[:nodig]
            rijen_per_id = (
                {
                    r.id: r
                    for r in s.execute(
                        select(_S, _B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam, _B.c.bsn)
                        .join(_B, _B.c.id == _S.c.burger_id)
                        .where(_S.c.id.in_(gekozen_ids))
                    )
                }
                if gekozen_ids
                else {}
            )
            rijen = [rijen_per_id[i] for i in gekozen_ids if i in rijen_per_id]
            trajecten = self._trajecten_van(s, [r.burger_id for r in rijen])
        return SignaalInbox(
            rijen=tuple(self._inbox_row(r, trajecten.get(r.burger_id), actor) for r in rijen),
            totaal=totaal,
            per_type=per_type,
        )

    @staticmethod
    def _trajecten_van(s: Session, burger_ids: Sequence[int]) -> dict[int, tuple[int, int | None]]:
        uit: dict[int, tuple[int, int | None]] = {}
        ids = sorted(set(burger_ids))
        for blok in _blokken(ids):
            for r in s.execute(
                select(_T.c.burger_id, _T.c.id, _T.c.begeleider_id).where(_T.c.burger_id.in_(blok), _OPEN_TRAJECT)
            ):
                uit[r.burger_id] = (r.id, r.begeleider_id)
        return uit

    @staticmethod
    def _inbox_row(r: Any, traject: tuple[int, int | None] | None, actor: MedewerkerRow) -> InboxSignaalRow:
        return InboxSignaalRow(
            id=r.id,
            version=r.version,
            burger_id=r.burger_id,
            naam=_naam(r),
            bsn_gemaskeerd=masker_bsn(r.bsn),
            type=SignaalType(r.type),
            ernst=Ernst(r.ernst),
            status=SignaalStatus(r.status),
            bron=r.bron,
            uitleg=r.uitleg,
            gegevens=r.gegevens,
            ontstaan_op=r.ontstaan_op,
            traject_id=None if traject is None else traject[0],
            begeleider_id=None if traject is None else traject[1],
            in_mijn_caseload=traject is not None and traject[1] == actor.id,
        )

    def signaal(self, actor: MedewerkerRow, signaal_id: int) -> InboxSignaalRow:
        """One signal with its citizen (any status)."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_LEZEN)
        with self._opslag.lezen() as s:
            return self._lees_signaal_row(s, actor, signaal_id)

    def _lees_signaal_row(self, s: Session, actor: MedewerkerRow, signaal_id: int) -> InboxSignaalRow:
        r = s.execute(
            select(_S, _B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam, _B.c.bsn)
            .join(_B, _B.c.id == _S.c.burger_id)
            .where(_S.c.id == signaal_id)
        ).first()
        if r is None:
            raise NietGevonden("Dit signaal bestaat niet (meer).")
        return self._inbox_row(r, self._trajecten_van(s, [r.burger_id]).get(r.burger_id), actor)

    def _signaal_naar(
        self,
        s: Session,
        actor: MedewerkerRow,
        signaal_id: int,
        versie: int,
        status: SignaalStatus,
        reden: str | None,
        actie: str,
    ) -> Any:
        rij = s.execute(select(_S).where(_S.c.id == signaal_id)).first()
        if rij is None:
            raise NietGevonden("Dit signaal bestaat niet (meer).")
        self._eis_versie(s, Signaal, rij, versie, actor)
        self._eis_caseload(s, actor, rij.burger_id, wat="dit signaal behandelen")
        if rij.status not in _SIGNAAL_OVERGANGEN[status.value]:
            raise OngeldigeOvergang(
                f"Dit signaal heeft status ‘{SignaalStatus(rij.status).label}’ en kan niet naar ‘{status.label}’."
            )
        waarden: dict[str, Any] = {"status": status.value, "behandeld_door": actor.id}
        if reden is not None:
            waarden["reden"] = reden
        self._opslag.werk_bij(
            s, Signaal, signaal_id, versie, waarden, medewerker_id=actor.id, actie=actie, burger_id=rij.burger_id
        )
        return rij

    def accepteer_signaal(self, actor: MedewerkerRow, signaal_id: int, versie: int) -> InboxSignaalRow:
        """nieuw → in behandeling, by the actor."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        with self._opslag.schrijven() as s:
            self._signaal_naar(
                s, actor, signaal_id, versie, SignaalStatus.IN_BEHANDELING, None, "signaal in behandeling"
            )
            return self._lees_signaal_row(s, actor, signaal_id)

    def wijs_signaal_af(self, actor: MedewerkerRow, signaal_id: int, versie: int, reden: str) -> InboxSignaalRow:
        """Dismiss as onterecht, with a reason (required)."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        schoon = controleer_tekst(reden, "reden", max_lengte=MAX_REDEN, meerdere_regels=True)
        with self._opslag.schrijven() as s:
            self._signaal_naar(s, actor, signaal_id, versie, SignaalStatus.ONTERECHT, schoon, "signaal onterecht")
            return self._lees_signaal_row(s, actor, signaal_id)

    def handel_signaal_af(
        self, actor: MedewerkerRow, signaal_id: int, versie: int, toelichting: str | None = None
    ) -> InboxSignaalRow:
        """Mark as afgehandeld (the toelichting is stored in `reden`)."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        schoon = controleer_tekst(
            toelichting, "toelichting", max_lengte=MAX_REDEN, verplicht=False, meerdere_regels=True
        )
        with self._opslag.schrijven() as s:
            self._signaal_naar(s, actor, signaal_id, versie, SignaalStatus.AFGEHANDELD, schoon, "signaal afgehandeld")
            return self._lees_signaal_row(s, actor, signaal_id)

    def traject_uit_signaal(
        self,
        actor: MedewerkerRow,
        signaal_id: int,
        versie: int,
        *,
        vandaag: dt.date,
        begeleider_id: int | None = None,
        prioriteit: int | None = None,
    ) -> TrajectRow:
        """Aanmelden from a signal (bron "signaal"): a new aangemeld traject; the signal goes to in behandeling.

        `begeleider_id` None puts it in the intake queue; the actor's own id in their caseload; someone else's
        needs CASELOAD_ALLES. Priority defaults to hoog (1) for an urgent signal, otherwise normaal.
        """
        eis(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        eis(actor.rol, Bevoegdheid.VERWIJZEN_BEGELEIDING)
        if begeleider_id is not None and begeleider_id != actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        with self._opslag.schrijven() as s:
            rij = s.execute(select(_S).where(_S.c.id == signaal_id)).first()
            if rij is None:
                raise NietGevonden("Dit signaal bestaat niet (meer).")
            self._eis_versie(s, Signaal, rij, versie, actor)
            toelichting = f"Signaal {SignaalType(rij.type).label.lower()}: {rij.uitleg}"
            traject_id = self._nieuw_traject(
                s,
                actor,
                rij.burger_id,
                bron=TrajectBron.SIGNAAL,
                toelichting=toelichting,
                vandaag=vandaag,
                prioriteit=prioriteit or (1 if rij.ernst == Ernst.URGENT.value else 2),
                begeleider_id=begeleider_id,
            )
            if rij.status == SignaalStatus.NIEUW.value:
                self._opslag.werk_bij(
                    s,
                    Signaal,
                    signaal_id,
                    versie,
                    {"status": SignaalStatus.IN_BEHANDELING.value, "behandeld_door": actor.id},
                    medewerker_id=actor.id,
                    actie="signaal in behandeling: traject aangemeld",
                    burger_id=rij.burger_id,
                )
            return self._traject_row(s, traject_id)

    def taak_uit_signaal(
        self,
        actor: MedewerkerRow,
        signaal_id: int,
        versie: int,
        *,
        omschrijving: str,
        vervaldatum: dt.date,
        vandaag: dt.date,
        medewerker_id: int | None = None,
    ) -> TaakRow:
        """A follow-up task from a signal (soort "signaal", for the actor unless `medewerker_id` is given);
        the signal goes to in behandeling."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_BEHANDELEN)
        if medewerker_id is not None and medewerker_id != actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        tekst = controleer_tekst(omschrijving, "omschrijving", max_lengte=MAX_TAAK)
        if vervaldatum < vandaag:
            raise Validatiefout("vervaldatum", "de datum ligt in het verleden")
        with self._opslag.schrijven() as s:
            rij = s.execute(select(_S).where(_S.c.id == signaal_id)).first()
            if rij is None:
                raise NietGevonden("Dit signaal bestaat niet (meer).")
            self._eis_versie(s, Signaal, rij, versie, actor)
            traject = self._eis_caseload(s, actor, rij.burger_id, wat="een taak bij dit signaal maken")
            taak_id = self._insert_taak(
                s,
                actor,
                burger_id=rij.burger_id,
                medewerker_id=medewerker_id or actor.id,
                traject_id=None if traject is None else traject.id,
                soort=TaakSoort.SIGNAAL,
                omschrijving=tekst or "",
                vervaldatum=vervaldatum,
            )
            if rij.status == SignaalStatus.NIEUW.value:
                self._opslag.werk_bij(
                    s,
                    Signaal,
                    signaal_id,
                    versie,
                    {"status": SignaalStatus.IN_BEHANDELING.value, "behandeld_door": actor.id},
                    medewerker_id=actor.id,
                    actie="signaal in behandeling: taak aangemaakt",
                    burger_id=rij.burger_id,
                )
            return self._taak_row(s, taak_id)

    # --- tasks ---------------------------------------------------------------------------------------------

    @staticmethod
    def _taak_row(s: Session, taak_id: int) -> TaakRow:
        r = s.execute(
            select(_TK, _B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam)
            .outerjoin(_B, _B.c.id == _TK.c.burger_id)
            .where(_TK.c.id == taak_id)
        ).one()
        return taak_row(r, _naam(r) if r.achternaam else None)

    def taken(self, actor: MedewerkerRow, *, vandaag: dt.date) -> TakenOverzicht:
        """The actor's open tasks: overdue, today, the rest of this week (to Sunday), later."""
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        zondag = vandaag + dt.timedelta(days=6 - vandaag.weekday())
        with self._opslag.lezen() as s:
            rijen = [
                taak_row(r, _naam(r) if r.achternaam else None)
                for r in s.execute(
                    select(_TK, _B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam)
                    .outerjoin(_B, _B.c.id == _TK.c.burger_id)
                    .where(_TK.c.medewerker_id == actor.id, _TK.c.status == TaakStatus.OPEN.value)
                    .order_by(_TK.c.vervaldatum, _TK.c.id)
                )
            ]
        return TakenOverzicht(
            vandaag=vandaag,
            te_laat=tuple(t for t in rijen if t.vervaldatum < vandaag),
            vandaag_te_doen=tuple(t for t in rijen if t.vervaldatum == vandaag),
            deze_week=tuple(t for t in rijen if vandaag < t.vervaldatum <= zondag),
            later=tuple(t for t in rijen if t.vervaldatum > zondag),
        )

    def maak_taak(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        omschrijving: str,
        vervaldatum: dt.date,
        vandaag: dt.date,
        soort: TaakSoort = TaakSoort.OPVOLGING,
        medewerker_id: int | None = None,
    ) -> TaakRow:
        """A follow-up task about a citizen of the caseload (linked to their open traject)."""
        eis(actor.rol, Bevoegdheid.CASELOAD_EIGEN)
        if medewerker_id is not None and medewerker_id != actor.id:
            eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        tekst = controleer_tekst(omschrijving, "omschrijving", max_lengte=MAX_TAAK)
        if vervaldatum < vandaag:
            raise Validatiefout("vervaldatum", "de datum ligt in het verleden")
        with self._opslag.schrijven() as s:
            if s.execute(select(_B.c.id).where(_B.c.id == burger_id)).first() is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            traject = self._eis_caseload(s, actor, burger_id, wat="een taak maken")
            taak_id = self._insert_taak(
                s,
                actor,
                burger_id=burger_id,
                medewerker_id=medewerker_id or actor.id,
                traject_id=None if traject is None else traject.id,
                soort=TaakSoort(soort),
                omschrijving=tekst or "",
                vervaldatum=vervaldatum,
            )
            return self._taak_row(s, taak_id)

    def rond_taak_af(self, actor: MedewerkerRow, taak_id: int, versie: int) -> TaakRow:
        """Complete an open task (one's own; a supervisor any)."""
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        with self._opslag.schrijven() as s:
            rij = s.execute(select(_TK).where(_TK.c.id == taak_id)).first()
            if rij is None:
                raise NietGevonden("Deze taak bestaat niet (meer).")
            self._eis_versie(s, Taak, rij, versie, actor)
            if rij.medewerker_id not in (actor.id, None) and not mag(actor.rol, Bevoegdheid.CASELOAD_ALLES):
                raise GeenToegang("Dit is de taak van een collega.")
            if rij.status != TaakStatus.OPEN.value:
                raise OngeldigeOvergang(f"Deze taak is al {TaakStatus(rij.status).label}.")
            self._opslag.werk_bij(
                s,
                Taak,
                taak_id,
                versie,
                {"status": TaakStatus.AFGEROND.value, "afgerond_op": nu()},
                medewerker_id=actor.id,
                actie="taak afgerond",
                burger_id=rij.burger_id,
            )
            return self._taak_row(s, taak_id)

    # --- team distribution -----------------------------------------------------------------------------------

    def teamverdeling(self, actor: MedewerkerRow, *, vandaag: dt.date, team: str | None = None) -> Teamverdeling:
        """Per begeleider: open trajecten per status, overdue intakes, open signals, overdue tasks; plus the
        intake queue. `team` limits the rows to one team."""
        eis(actor.rol, Bevoegdheid.CASELOAD_ALLES)
        with self._opslag.lezen() as s:
            per: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
            for r in s.execute(
                select(_T.c.begeleider_id, _T.c.status, func.count())
                .where(_T.c.begeleider_id.is_not(None), _OPEN_TRAJECT)
                .group_by(_T.c.begeleider_id, _T.c.status)
            ):
                per[r[0]][r[1]] = int(r[2])
            te_laat_filter = [
                _T.c.status == TrajectStatus.AANGEMELD.value,
                _T.c.eerste_contact_op.is_(None),
                _T.c.intake_uiterlijk < vandaag,
            ]
            for r in s.execute(
                select(_T.c.begeleider_id, func.count())
                .where(_T.c.begeleider_id.is_not(None), *te_laat_filter)
                .group_by(_T.c.begeleider_id)
            ):
                per[r[0]]["te_laat"] = int(r[1])
            # signals through the trajecten (a few thousand) and their citizens' burger_id index; the status is
            # checked here, because a status condition would make SQLite scan every open signal of the store
            for begeleider_id, ernst, status in s.execute(
                select(_T.c.begeleider_id, _S.c.ernst, _S.c.status)
                .select_from(_T.join(_S, _S.c.burger_id == _T.c.burger_id))
                .where(_T.c.begeleider_id.is_not(None), _OPEN_TRAJECT)
            ):
                if status in _OPEN_SIGNAAL:
                    per[begeleider_id]["signalen"] += 1
                    if ernst == Ernst.URGENT.value:
                        per[begeleider_id]["urgent"] += 1
            for r in s.execute(
                select(_TK.c.medewerker_id, func.count())
                .where(
                    _TK.c.status == TaakStatus.OPEN.value, _TK.c.vervaldatum < vandaag, _TK.c.medewerker_id.is_not(None)
                )
                .group_by(_TK.c.medewerker_id)
            ):
                per[r[0]]["taken_te_laat"] = int(r[1])
            medewerkers = s.execute(
                select(_M.c.id, _M.c.naam, _M.c.team, _M.c.rol, _M.c.actief).where(
                    or_(_M.c.rol == Rol.BEGELEIDER.value, _M.c.id.in_([i for i, d in per.items() if _heeft_traject(d)]))
                )
            ).all()
            wachtrij = s.execute(
                select(func.count()).where(_T.c.begeleider_id.is_(None), _T.c.status == TrajectStatus.AANGEMELD.value)
            ).scalar_one()
            wachtrij_te_laat = s.execute(
                select(func.count()).where(_T.c.begeleider_id.is_(None), *te_laat_filter)
            ).scalar_one()
        rijen = []
        for m in medewerkers:
            if team is not None and m.team != team:
                continue
            if not m.actief and not _heeft_traject(per.get(m.id, {})):
                continue
            d = per.get(m.id, {})
            rijen.append(
                TeamRow(
                    begeleider_id=m.id,
                    naam=m.naam,
                    team=m.team,
                    aangemeld=d.get(TrajectStatus.AANGEMELD.value, 0),
                    intake=d.get(TrajectStatus.INTAKE.value, 0),
                    actief=d.get(TrajectStatus.ACTIEF.value, 0),
                    intakes_te_laat=d.get("te_laat", 0),
                    open_signalen=d.get("signalen", 0),
                    urgente_signalen=d.get("urgent", 0),
                    taken_te_laat=d.get("taken_te_laat", 0),
                )
            )
        rijen.sort(key=lambda r: (r.naam, r.begeleider_id))
        return Teamverdeling(tuple(rijen), int(wachtrij), int(wachtrij_te_laat))

    # --- vulnerability indicators --------------------------------------------------------------------------

    def indicatoren(
        self, actor: MedewerkerRow, burger_id: int, *, vandaag: dt.date, met_verlopen: bool = False
    ) -> list[IndicatorRow]:
        """The citizen's vulnerability indicators (valid ones; all with `met_verlopen`), newest first."""
        eis(actor.rol, Bevoegdheid.KWETSBAARHEID_LEZEN)
        with self._opslag.lezen() as s:
            self._eis_gevoelig(s, actor, burger_id)
            rijen = s.execute(
                select(_KW, _M.c.naam)
                .outerjoin(_M, _M.c.id == _KW.c.vastgelegd_door)
                .where(_KW.c.burger_id == burger_id)
                .order_by(_KW.c.vastgelegd_op.desc(), _KW.c.id.desc())
            ).all()
        uit = [_indicator_row(r, vandaag) for r in rijen]
        return uit if met_verlopen else [r for r in uit if r.geldig]

    def leg_indicator_vast(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        soort: str,
        bron: str,
        geldig_tot: dt.date,
        vandaag: dt.date,
        toelichting: str | None = None,
    ) -> IndicatorRow:
        """Record a dated, sourced vulnerability indicator (who recorded it, until when it holds).

        Raises:
            Validatiefout: an unknown kind (see `trajecten.INDICATORSOORTEN`), no source, "overig" without a
                toelichting, or an end date in the past or more than two years ahead.
        """
        eis(actor.rol, Bevoegdheid.KWETSBAARHEID_SCHRIJVEN)
        if soort not in levensloop.INDICATORSOORTEN:
            raise Validatiefout("soort", "kies een soort uit de lijst")
        bron_schoon = controleer_tekst(bron, "bron", max_lengte=120)
        toel = controleer_tekst(
            toelichting, "toelichting", max_lengte=MAX_REDEN, verplicht=soort.startswith("overig"), meerdere_regels=True
        )
        if geldig_tot < vandaag:
            raise Validatiefout("geldig tot", "de einddatum ligt in het verleden")
        if geldig_tot > vandaag + levensloop.MAX_GELDIGHEID_INDICATOR:
            raise Validatiefout("geldig tot", "een indicator geldt hoogstens twee jaar; plan een nieuwe beoordeling")
        with self._opslag.schrijven() as s:
            if s.execute(select(_B.c.id).where(_B.c.id == burger_id)).first() is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            self._eis_gevoelig(s, actor, burger_id)
            indicator_id = s.execute(
                insert(_KW)
                .values(
                    burger_id=burger_id,
                    soort=soort,
                    toelichting=toel,
                    bron=bron_schoon,
                    vastgelegd_door=actor.id,
                    vastgelegd_op=vandaag,
                    geldig_tot=geldig_tot,
                    version=1,
                )
                .returning(_KW.c.id)
            ).scalar_one()
            rij = s.execute(
                select(_KW, _M.c.naam).outerjoin(_M, _M.c.id == _KW.c.vastgelegd_door).where(_KW.c.id == indicator_id)
            ).one()
            audit.registreer(
                s,
                medewerker_id=actor.id,
                actie="kwetsbaarheidsindicator vastgelegd",
                entiteit="kwetsbaarheid",
                entiteit_id=indicator_id,
                burger_id=burger_id,
                na=rij_naar_dict(s.execute(select(_KW).where(_KW.c.id == indicator_id)).one()),
            )
            return _indicator_row(rij, vandaag)

    def beeindig_indicator(
        self, actor: MedewerkerRow, indicator_id: int, versie: int, *, reden: str, vandaag: dt.date
    ) -> IndicatorRow:
        """End an indicator as of today: valid up to and including yesterday (also when it was recorded today, so
        it no longer counts anywhere); the reason is added to the toelichting."""
        eis(actor.rol, Bevoegdheid.KWETSBAARHEID_SCHRIJVEN)
        schoon = controleer_tekst(reden, "reden", max_lengte=500)
        with self._opslag.schrijven() as s:
            rij = s.execute(select(_KW).where(_KW.c.id == indicator_id)).first()
            if rij is None:
                raise NietGevonden("Deze indicator bestaat niet (meer).")
            self._eis_versie(s, Kwetsbaarheid, rij, versie, actor)
            self._eis_gevoelig(s, actor, rij.burger_id)
            if rij.geldig_tot is not None and rij.geldig_tot < vandaag:
                raise OngeldigeOvergang("Deze indicator geldt al niet meer.")
            toelichting = ((rij.toelichting or "") + f"\nBeëindigd op {vandaag:%d-%m-%Y}: {schoon}").strip()
            self._opslag.werk_bij(
                s,
                Kwetsbaarheid,
                indicator_id,
                versie,
                {"geldig_tot": vandaag - dt.timedelta(days=1), "toelichting": toelichting},
                medewerker_id=actor.id,
                actie="kwetsbaarheidsindicator beëindigd",
                burger_id=rij.burger_id,
            )
            nieuw = s.execute(
                select(_KW, _M.c.naam).outerjoin(_M, _M.c.id == _KW.c.vastgelegd_door).where(_KW.c.id == indicator_id)
            ).one()
            return _indicator_row(nieuw, vandaag)


def _heeft_traject(d: dict[str, int]) -> bool:
    return any(d.get(s.value, 0) for s in (TrajectStatus.AANGEMELD, TrajectStatus.INTAKE, TrajectStatus.ACTIEF))


def _indicator_row(r: Any, vandaag: dt.date) -> IndicatorRow:
    return IndicatorRow(
        id=r.id,
        version=r.version,
        burger_id=r.burger_id,
        soort=r.soort,
        toelichting=r.toelichting,
        bron=r.bron,
        vastgelegd_door=r.naam,
        vastgelegd_op=r.vastgelegd_op,
        geldig_tot=r.geldig_tot,
        geldig=r.vastgelegd_op <= vandaag and (r.geldig_tot is None or r.geldig_tot >= vandaag),
    )


def _volgende_uit_plan(plan: PlanVanAanpak) -> dict[str, Any]:
    """The next action from the plan: the first open action of the begeleider or citizen, soonest first."""
    open_ = [a for a in plan.afspraken if not a.gedaan]
    if not open_:
        return {"volgende_actie": "Voortgang plan van aanpak bespreken", "volgende_actie_op": None}
    eerste = min(open_, key=lambda a: a.uiterlijk or dt.date.max)
    wie = "Burger: " if eerste.wie == "burger" else ""
    return {"volgende_actie": (wie + eerste.wat)[:MAX_ACTIE], "volgende_actie_op": eerste.uiterlijk}


# =====================================================================================================
# Selection proposals (four eyes)
# =====================================================================================================

_BO = Beoordeling.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class NieuwSelectievoorstel:
    """A proposal the selection rule makes for one citizen: score, reasons and the rule that gave them."""

    burger_id: int
    score: int
    drempel: int
    regel: str
    redenen: tuple[SelectieReden, ...]
    motivatie: str
    peildatum: dt.date


class SelectieRepository:
    """Selection proposals as `beoordeling` rows (soort "selectie"): save, list, approve, reject.

    A proposal is made in the name of the staff member who ran the selection; a *different* supervisor decides
    (four eyes: checked here, and by the CHECK constraint `vier_ogen` and the PostgreSQL policies). Approval
    creates an aangemeld traject with bron "selectie" (in the intake queue, or with a begeleider).
    """

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag
        self._trajecten = BegeleidingRepository(opslag)

    def bewaar(self, actor: MedewerkerRow, voorstellen: Sequence[NieuwSelectievoorstel]) -> list[SelectieVoorstelRow]:
        """Save proposals (one transaction, one audit event each); citizens with an open proposal or traject are
        skipped (they may have got one since the scores were computed)."""
        eis(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
        ids: list[int] = []
        with self._opslag.schrijven() as s:
            for v in voorstellen:
                if self._open_voorstel(s, v.burger_id) or BegeleidingRepository._open_traject(s, v.burger_id):
                    continue
                gegevens = {
                    "regel": v.regel,
                    "score": v.score,
                    "drempel": v.drempel,
                    "peildatum": v.peildatum.isoformat(),
                    "redenen": [r.naar_dict() for r in v.redenen],
                    "traject_id": None,
                }
                beoordeling_id = s.execute(
                    insert(_BO)
                    .values(
                        burger_id=v.burger_id,
                        soort=BeoordelingSoort.SELECTIE.value,
                        onderwerp_type="burger",
                        onderwerp_id=v.burger_id,
                        voorgesteld_door=actor.id,
                        motivatie=v.motivatie,
                        gegevens=gegevens,
                        status="open",
                        ingediend_op=nu(),
                        version=1,
                    )
                    .returning(_BO.c.id)
                ).scalar_one()
                audit.registreer(
                    s,
                    medewerker_id=actor.id,
                    actie="selectievoorstel gedaan",
                    entiteit="beoordeling",
                    entiteit_id=beoordeling_id,
                    burger_id=v.burger_id,
                    na=rij_naar_dict(s.execute(select(_BO).where(_BO.c.id == beoordeling_id)).one()),
                )
                ids.append(int(beoordeling_id))
            return self._rijen(s, [_BO.c.id.in_(ids)]) if ids else []

    @staticmethod
    def _open_voorstel(s: Session, burger_id: int) -> bool:
        return (
            s.execute(
                select(_BO.c.id).where(
                    _BO.c.burger_id == burger_id, _BO.c.soort == BeoordelingSoort.SELECTIE.value, _BO.c.status == "open"
                )
            ).first()
            is not None
        )

    def voorstellen(self, actor: MedewerkerRow, *, status: str | None = "open") -> list[SelectieVoorstelRow]:
        """Selection proposals (default: the open ones), highest score first."""
        eis(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        voorwaarden: list[Any] = [_BO.c.soort == BeoordelingSoort.SELECTIE.value]
        if status is not None:
            voorwaarden.append(_BO.c.status == status)
        with self._opslag.lezen() as s:
            return self._rijen(s, voorwaarden)

    def voorstel(self, actor: MedewerkerRow, beoordeling_id: int) -> SelectieVoorstelRow:
        """One proposal."""
        eis(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        with self._opslag.lezen() as s:
            rijen = self._rijen(s, [_BO.c.id == beoordeling_id, _BO.c.soort == BeoordelingSoort.SELECTIE.value])
        if not rijen:
            raise NietGevonden("Dit selectievoorstel bestaat niet (meer).")
        return rijen[0]

    @staticmethod
    def _rijen(s: Session, voorwaarden: list[Any]) -> list[SelectieVoorstelRow]:
        voorsteller = _M.alias("voorsteller")
        beoordelaar = _M.alias("beoordelaar")
        rijen = s.execute(
            select(
                _BO,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                voorsteller.c.naam.label("voorsteller"),
                beoordelaar.c.naam.label("beoordelaar"),
            )
            .join(_B, _B.c.id == _BO.c.burger_id)
            .join(voorsteller, voorsteller.c.id == _BO.c.voorgesteld_door)
            .outerjoin(beoordelaar, beoordelaar.c.id == _BO.c.beoordeeld_door)
            .where(*voorwaarden)
        ).all()
        uit = []
        for r in rijen:
            g = r.gegevens or {}
            uit.append(
                SelectieVoorstelRow(
                    beoordeling_id=r.id,
                    version=r.version,
                    burger_id=r.burger_id,
                    naam=_naam(r),
                    bsn_gemaskeerd=masker_bsn(r.bsn),
                    regel=str(g.get("regel", "")),
                    score=int(g.get("score", 0)),
                    drempel=int(g.get("drempel", 0)),
                    redenen=tuple(SelectieReden.uit_dict(x) for x in g.get("redenen", [])),
                    motivatie=r.motivatie,
                    status=r.status,
                    voorgesteld_door=r.voorsteller,
                    voorgesteld_door_id=r.voorgesteld_door,
                    ingediend_op=r.ingediend_op,
                    beoordeeld_door=r.beoordelaar,
                    beoordeling_motivatie=r.beoordeling_motivatie,
                    traject_id=g.get("traject_id"),
                )
            )
        uit.sort(key=lambda v: (-v.score, v.ingediend_op, v.beoordeling_id))
        return uit

    def _lees_open(self, s: Session, actor: MedewerkerRow, beoordeling_id: int, versie: int) -> Any:
        rij = s.execute(
            select(_BO).where(_BO.c.id == beoordeling_id, _BO.c.soort == BeoordelingSoort.SELECTIE.value)
        ).first()
        if rij is None:
            raise NietGevonden("Dit selectievoorstel bestaat niet (meer).")
        self._trajecten._eis_versie(s, Beoordeling, rij, versie, actor)
        if rij.status != "open":
            raise OngeldigeOvergang("Over dit voorstel is al beslist.")
        if rij.voorgesteld_door == actor.id:
            raise GeenToegang("U kunt niet beslissen over uw eigen voorstel: een collega-supervisor beoordeelt het.")
        return rij

    def keur_goed(
        self,
        actor: MedewerkerRow,
        beoordeling_id: int,
        versie: int,
        *,
        vandaag: dt.date,
        prioriteit: int = 2,
        motivatie: str | None = None,
        begeleider_id: int | None = None,
    ) -> TrajectRow:
        """Approve: the proposal becomes an aangemeld traject (bron "selectie"), in the intake queue or with
        `begeleider_id`.

        Raises:
            GeenToegang: not a supervisor, or the actor's own proposal.
            OngeldigeOvergang: already decided, or the citizen has an open traject by now.
        """
        eis(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        toelichting = controleer_tekst(
            motivatie, "motivatie", max_lengte=MAX_REDEN, verplicht=False, meerdere_regels=True
        )
        with self._opslag.schrijven() as s:
            rij = self._lees_open(s, actor, beoordeling_id, versie)
            g = dict(rij.gegevens or {})
            traject_id = self._trajecten._nieuw_traject(
                s,
                actor,
                rij.burger_id,
                bron=TrajectBron.SELECTIE,
                toelichting=f"{g.get('regel', 'selectie')}, score {g.get('score', '?')}: {rij.motivatie}",
                vandaag=vandaag,
                prioriteit=prioriteit,
                begeleider_id=begeleider_id,
            )
            g["traject_id"] = traject_id
            self._opslag.werk_bij(
                s,
                Beoordeling,
                beoordeling_id,
                versie,
                {
                    "status": "goedgekeurd",
                    "beoordeeld_door": actor.id,
                    "beoordeling_motivatie": toelichting,
                    "beoordeeld_op": nu(),
                    "gegevens": g,
                },
                medewerker_id=actor.id,
                actie="selectievoorstel goedgekeurd",
                burger_id=rij.burger_id,
            )
            return self._trajecten._traject_row(s, traject_id)

    def wijs_af(self, actor: MedewerkerRow, beoordeling_id: int, versie: int, *, motivatie: str) -> SelectieVoorstelRow:
        """Reject a proposal, with a motivation (required)."""
        eis(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        schoon = controleer_tekst(motivatie, "motivatie", max_lengte=MAX_REDEN, meerdere_regels=True)
        with self._opslag.schrijven() as s:
            rij = self._lees_open(s, actor, beoordeling_id, versie)
            self._opslag.werk_bij(
                s,
                Beoordeling,
                beoordeling_id,
                versie,
                {
                    "status": "afgewezen",
                    "beoordeeld_door": actor.id,
                    "beoordeling_motivatie": schoon,
                    "beoordeeld_op": nu(),
                },
                medewerker_id=actor.id,
                actie="selectievoorstel afgewezen",
                burger_id=rij.burger_id,
            )
            return self._rijen(s, [_BO.c.id == beoordeling_id])[0]
