"""The supervisor dashboard's figures (issue #7): the agency's KPIs as far as the store can compute them.

What belongs here: `KpiRepository` (implements `models.store.interfaces_kpi.Dashboard`) with, per KPI, one
aggregate query for the figure, its trend per month and its breakdown, and one query for the drill-down list of
the cases behind it. Every figure is counted in the database (a subquery tags each row with its month, the outer
query groups), never by looping over all rows in Python: the dashboard must stay fast on a 1M-household store.
The drill-down lists read at most `MAX_DRILL` rows (the total comes from a window count in the same query).

The period of a reference date (`peildatum`) is the twelve calendar months up to and including the month of the
peildatum; the last month runs up to the peildatum. The KPIs and their targets (DOMAIN.md §10, §4, §7):

- definitive calculations without a recovery over € 500 (€ 1.000 kinderopvangtoeslag): the thresholds and the
  comparison ("more than") of `models.calc.regels.PRAKTIJK`; norm 2025 ≥ 94%;
- objections decided within the legal term (`bezwaar.beslissen_uiterlijk`); norm 2025 ≥ 93%;
- intakes of persoonlijke begeleiding with a first contact within 5 working days of the aanmelding (the deadline
  `begeleidingstraject.intake_uiterlijk` is stored when the traject is registered); the sources give no norm;
- missed instalments, arrangements by type and status, open signals by type and age, caseload per begeleider:
  counts without a norm (the sources are silent).

KPIs of §10 that rest on data the store does not hold (satisfaction surveys, complaints, payment timeliness,
incidents, lawfulness) are returned in `Dashboardcijfers.niet_berekenbaar`, each with the reason.

Statuses (of arrangements, signals) are as stored now: the store keeps no status history, so a past peildatum
counts rows that existed then with the status they have today; each KPI's explanation says so where it matters.
Only roles with `Bevoegdheid.DASHBOARD` may read it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlmodel import Session

from models.calc.invoer import Regeling
from models.calc.regels import PRAKTIJK, Vergelijking
from models.domain import (
    BezwaarStatus,
    Ernst,
    RegelingSoort,
    RegelingStatus,
    SignaalStatus,
    SignaalType,
    TermijnStatus,
    TrajectBron,
    TrajectStatus,
)
from models.formaat import euro_heel
from models.services.werkdagen import werkdagen_tussen
from models.store.opslag import Opslag, cent, euro
from models.store.rows import MedewerkerRow
from models.store.rows_kpi import (
    MAX_DRILL,
    Dashboardcijfers,
    Drilllijst,
    DrillRegel,
    Eenheid,
    Kpi,
    KpiSleutel,
    MaandPunt,
    Norm,
    Uitsplitsing,
    percentage,
)
from models.store.tables import (
    Begeleidingstraject,
    Beschikking,
    Betalingsregeling,
    Bezwaar,
    Burger,
    Medewerker,
    Signaal,
    Termijn,
    Toeslag,
)
from models.store.toegang import Bevoegdheid, eis

__all__ = ["KpiRepository", "maanden"]

_BS = Beschikking.__table__  # type: ignore[attr-defined]
_T = Toeslag.__table__  # type: ignore[attr-defined]
_BZ = Bezwaar.__table__  # type: ignore[attr-defined]
_BR = Betalingsregeling.__table__  # type: ignore[attr-defined]
_TM = Termijn.__table__  # type: ignore[attr-defined]
_S = Signaal.__table__  # type: ignore[attr-defined]
_TR = Begeleidingstraject.__table__  # type: ignore[attr-defined]
_B = Burger.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]

_DAG = dt.timedelta(days=1)
_NORM_BRON = "Norm 2025, begroting Ministerie van Financiën (DOMAIN.md §10)"
_BESLIST = (BezwaarStatus.GEGROND.value, BezwaarStatus.ONGEGROND.value, BezwaarStatus.INGETROKKEN.value)
_OPEN_BEZWAAR = (BezwaarStatus.ONTVANGEN.value, BezwaarStatus.IN_BEHANDELING.value)
_OPEN_SIGNAAL = (SignaalStatus.NIEUW.value, SignaalStatus.IN_BEHANDELING.value)
_NIET_TE_BETALEN = (TermijnStatus.GEPAUZEERD.value, TermijnStatus.VERVALLEN.value)
_LOPEND = (RegelingStatus.ACTIEF.value, RegelingStatus.GEPAUZEERD.value)
# age buckets of open signals: (label, upper bound in days, inclusive; None: no bound)
_LEEFTIJDEN: tuple[tuple[str, int | None], ...] = (
    ("0 tot en met 7 dagen", 7),
    ("8 tot en met 30 dagen", 30),
    ("31 tot en met 90 dagen", 90),
    ("ouder dan 90 dagen", None),
)

_GEEN_NORM_BRONNEN = "De bronnen noemen hiervoor geen norm."


def _label(soort: type[StrEnum], waarde: str | None) -> str:
    if waarde is None:
        return ""
    try:
        return str(soort(waarde).label)  # type: ignore[attr-defined]
    except ValueError:
        return waarde


def _hoofdletter(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _naam(voornamen: str, tussenvoegsel: str | None, achternaam: str) -> str:
    return " ".join(p for p in (voornamen, tussenvoegsel, achternaam) if p)


def _volgende_maand(d: dt.date) -> dt.date:
    return dt.date(d.year + d.month // 12, d.month % 12 + 1, 1)


def maanden(peildatum: dt.date, aantal: int = 12) -> list[dt.date]:
    """The first days of the `aantal` calendar months up to and including the month of `peildatum`, oldest first."""
    uit: list[dt.date] = []
    jaar, maand = peildatum.year, peildatum.month
    for _ in range(aantal):
        uit.append(dt.date(jaar, maand, 1))
        jaar, maand = (jaar, maand - 1) if maand > 1 else (jaar - 1, 12)
    return uit[::-1]


def _middernacht(d: dt.date) -> dt.datetime:
    """Local midnight at the start of `d`, timezone-aware (moments are compared in the user's time zone)."""
    return dt.datetime.combine(d, dt.time.min).astimezone()


@dataclass(frozen=True, slots=True)
class _Periode:
    """The twelve months of a peildatum: `starts` are the first days; rows count when `van <= d < einde`."""

    peildatum: dt.date
    starts: tuple[dt.date, ...]

    @classmethod
    def van_peildatum(cls, peildatum: dt.date) -> _Periode:
        return cls(peildatum, tuple(maanden(peildatum)))

    @property
    def van(self) -> dt.date:
        return self.starts[0]

    @property
    def einde(self) -> dt.date:
        return self.peildatum + _DAG

    def maand_einde(self, i: int) -> dt.date:
        """The last day of month `i` that counts (the peildatum for the last month)."""
        if i == len(self.starts) - 1:
            return self.peildatum
        return self.starts[i + 1] - _DAG

    def maand_index(self, kolom: Any, *, moment: bool = False) -> ColumnElement[int]:
        """SQL: the index 0..11 of the month `kolom` falls in (only meaningful for rows inside the period)."""
        grens = _middernacht if moment else (lambda d: d)
        return case(*[(kolom < grens(s), i) for i, s in enumerate(self.starts[1:])], else_=len(self.starts) - 1)

    def binnen(self, kolom: Any, *, moment: bool = False) -> ColumnElement[bool]:
        if moment:
            return and_(kolom >= _middernacht(self.van), kolom < _middernacht(self.einde))
        return and_(kolom >= self.van, kolom < self.einde)


@dataclass(frozen=True, slots=True)
class _Venster:
    """The days a drill-down covers: the whole period, or one month of it."""

    van: dt.date
    einde: dt.date  # exclusive

    @property
    def tot(self) -> dt.date:
        return self.einde - _DAG

    def binnen(self, kolom: Any, *, moment: bool = False) -> ColumnElement[bool]:
        if moment:
            return and_(kolom >= _middernacht(self.van), kolom < _middernacht(self.einde))
        return and_(kolom >= self.van, kolom < self.einde)


def _venster(p: _Periode, maand: dt.date | None) -> _Venster:
    if maand is None:
        return _Venster(p.van, p.einde)
    begin = dt.date(maand.year, maand.month, 1)
    if not p.van <= begin <= p.peildatum:
        begin = max(p.van, min(begin, p.starts[-1]))
    return _Venster(begin, min(_volgende_maand(begin), p.einde))


def _trend(
    p: _Periode, tellers: dict[int, int], noemers: dict[int, int] | None, eenheid: Eenheid
) -> tuple[MaandPunt, ...]:
    punten = []
    for i, start in enumerate(p.starts):
        teller = tellers.get(i, 0)
        if eenheid is Eenheid.PROCENT:
            noemer = (noemers or {}).get(i, 0)
            punten.append(MaandPunt(start, teller, noemer, percentage(teller, noemer)))
        else:
            punten.append(MaandPunt(start, teller, None, Decimal(teller)))
    return tuple(punten)


def _regeling_label(waarde: str) -> str:
    try:
        return _hoofdletter(Regeling(waarde).label)
    except ValueError:
        return waarde


class KpiRepository:
    """Implements `models.store.interfaces_kpi.Dashboard`."""

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    # --- the figures -----------------------------------------------------------------------------------------

    def cijfers(self, actor: MedewerkerRow, peildatum: dt.date) -> Dashboardcijfers:
        eis(actor.rol, Bevoegdheid.DASHBOARD)
        p = _Periode.van_peildatum(peildatum)
        with self._opslag.lezen() as s:
            kpis = (
                self._hoge_terugvordering(s, p),
                self._bezwaren(s, p),
                self._intakes(s, p),
                self._gemiste_termijnen(s, p),
                self._regelingen(s, p),
                self._signalen(s, p),
                self._caseload(s, p),
            )
        return Dashboardcijfers(peildatum, kpis, _niet_berekenbaar(p))

    def drilldown(
        self, actor: MedewerkerRow, sleutel: KpiSleutel, peildatum: dt.date, *, maand: dt.date | None = None
    ) -> Drilllijst:
        eis(actor.rol, Bevoegdheid.DASHBOARD)
        p = _Periode.van_peildatum(peildatum)
        v = _venster(p, maand)
        lijsten = {
            KpiSleutel.GEEN_HOGE_TERUGVORDERING: self._drill_hoge_terugvordering,
            KpiSleutel.BEZWAREN_OP_TIJD: self._drill_bezwaren,
            KpiSleutel.INTAKES_OP_TIJD: self._drill_intakes,
            KpiSleutel.GEMISTE_TERMIJNEN: self._drill_gemiste_termijnen,
            KpiSleutel.REGELINGEN: self._drill_regelingen,
            KpiSleutel.SIGNALEN: self._drill_signalen,
            KpiSleutel.CASELOAD: self._drill_caseload,
        }
        with self._opslag.lezen() as s:
            return lijsten[KpiSleutel(sleutel)](s, p, v, maand is not None)

    # --- 1. definitive calculations without a high recovery -------------------------------------------------

    @staticmethod
    def _hoog() -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[int]]:
        """(is a candidate, is a high recovery, threshold in cents) for a definitive beschikking.

        A candidate is a recovery above the lowest threshold: only candidates are joined to their toeslag to see
        which threshold applies. Joining every definitive decision would read a toeslag row (with its JSON
        grondslagen) per decision, which made this the slowest figure of the dashboard on a large store.
        """
        r = PRAKTIJK
        grens = case(
            (_T.c.regeling == Regeling.KINDEROPVANGTOESLAG.value, cent(r.hoge_terugvordering_grens_kot)),
            else_=cent(r.hoge_terugvordering_grens),
        )
        laagste = cent(min(r.hoge_terugvordering_grens, r.hoge_terugvordering_grens_kot))
        saldo = _BS.c.saldo_cent
        # a recovery is a negative saldo: "recovery > grens" is "saldo + grens < 0"
        if r.hoge_terugvordering_vergelijking is Vergelijking.GROTER_DAN:
            return saldo + laagste < 0, saldo + grens < 0, grens
        return saldo + laagste <= 0, saldo + grens <= 0, grens

    def _hoge_terugvordering(self, s: Session, p: _Periode) -> Kpi:
        kandidaat, _hoog, _grens = self._hoog()
        r = PRAKTIJK
        # one pass over the definitive decisions; only a candidate looks up its toeslag's regeling
        regeling = select(_T.c.regeling).where(_T.c.id == _BS.c.toeslag_id).scalar_subquery()
        sub = (
            select(
                p.maand_index(_BS.c.datum).label("m"),
                case((kandidaat, regeling), else_=None).label("regeling"),
                _BS.c.saldo_cent.label("saldo"),
            )
            .where(_BS.c.soort == "definitief", p.binnen(_BS.c.datum), _BS.c.saldo_cent.is_not(None))
            .offset(0)  # a fence: PostgreSQL would otherwise inline the subquery and repeat the lookup per use
            .subquery()
        )
        grens = case(
            (sub.c.regeling == Regeling.KINDEROPVANGTOESLAG.value, cent(r.hoge_terugvordering_grens_kot)),
            else_=cent(r.hoge_terugvordering_grens),
        )
        hoog = (
            (sub.c.saldo + grens < 0)
            if r.hoge_terugvordering_vergelijking is Vergelijking.GROTER_DAN
            else (sub.c.saldo + grens <= 0)
        )
        noemers: dict[int, int] = defaultdict(int)
        tellers: dict[int, int] = defaultdict(int)
        per_regeling: dict[str, int] = {rg.value: 0 for rg in Regeling}
        for m, regeling_waarde, aantal, hoog_aantal in s.execute(
            select(
                sub.c.m,
                sub.c.regeling,
                func.count(),
                func.sum(case((and_(sub.c.regeling.is_not(None), hoog), 1), else_=0)),
            ).group_by(sub.c.m, sub.c.regeling)
        ):
            hoog_n = int(hoog_aantal or 0)
            noemers[int(m)] += int(aantal)
            tellers[int(m)] += int(aantal) - hoog_n
            if regeling_waarde is not None:
                per_regeling[regeling_waarde] = per_regeling.get(regeling_waarde, 0) + hoog_n
        teller, noemer = sum(tellers.values()), sum(noemers.values())
        uitsplitsing = tuple(
            Uitsplitsing("Hoge terugvorderingen per toeslag", _regeling_label(regeling), aantal)
            for regeling, aantal in per_regeling.items()
        )
        return Kpi(
            sleutel=KpiSleutel.GEEN_HOGE_TERUGVORDERING,
            titel="Definitieve berekeningen zonder hoge terugvordering",
            uitleg=(
                "Deel van de definitieve berekeningen in de periode dat niet leidt tot een terugvordering van meer "
                f"dan {euro_heel(r.hoge_terugvordering_grens)} ({euro_heel(r.hoge_terugvordering_grens_kot)} bij "
                "kinderopvangtoeslag). Per maand van de dagtekening van de beschikking."
            ),
            eenheid=Eenheid.PROCENT,
            van=p.van,
            tot=p.peildatum,
            waarde=percentage(teller, noemer),
            teller=teller,
            noemer=noemer,
            norm=Norm("≥", Decimal(94), _NORM_BRON),
            trend=_trend(p, tellers, noemers, Eenheid.PROCENT),
            uitsplitsing=uitsplitsing,
            drill_titel="Definitieve berekeningen met een hoge terugvordering",
        )

    def _drill_hoge_terugvordering(self, s: Session, p: _Periode, v: _Venster, _maand: bool) -> Drilllijst:
        kandidaat, hoog, grens = self._hoog()
        saldo = _BS.c.saldo_cent
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _T.c.regeling,
                _T.c.jaar,
                _BS.c.datum,
                _BS.c.bezwaar_uiterlijk,
                saldo,
                grens,
                func.count().over(),
            )
            .select_from(_BS.join(_T, _T.c.id == _BS.c.toeslag_id).join(_B, _B.c.id == _BS.c.burger_id))
            .where(_BS.c.soort == "definitief", v.binnen(_BS.c.datum), saldo.is_not(None), kandidaat, hoog)
            .order_by(_BS.c.datum.desc(), _BS.c.id.desc())
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, regeling, jaar, datum, bezwaar, saldo_cent, grens_cent, n in s.execute(stmt):
            totaal = int(n)
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=f"{_regeling_label(regeling)} {jaar}",
                    datum=datum,
                    datum_2=bezwaar,
                    bedrag=euro(-int(saldo_cent)),
                    uitkomst=f"meer dan {euro_heel(euro(int(grens_cent)))}",
                )
            )
        return Drilllijst(
            KpiSleutel.GEEN_HOGE_TERUGVORDERING,
            "Definitieve berekeningen met een hoge terugvordering",
            v.van,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Dagtekening",
            kop_datum_2="Bezwaar uiterlijk",
            kop_bedrag="Terugvordering",
            kop_uitkomst="Grens",
        )

    # --- 2. objections decided within the legal term --------------------------------------------------------

    def _bezwaren(self, s: Session, p: _Periode) -> Kpi:
        op_tijd = _BZ.c.besloten_op <= _BZ.c.beslissen_uiterlijk
        sub = (
            select(p.maand_index(_BZ.c.besloten_op).label("m"), case((op_tijd, 1), else_=0).label("op_tijd"))
            .where(_BZ.c.status.in_(_BESLIST), _BZ.c.besloten_op.is_not(None), p.binnen(_BZ.c.besloten_op))
            .subquery()
        )
        noemers: dict[int, int] = {}
        tellers: dict[int, int] = {}
        for m, aantal, tijdig in s.execute(select(sub.c.m, func.count(), func.sum(sub.c.op_tijd)).group_by(sub.c.m)):
            noemers[int(m)] = int(aantal)
            tellers[int(m)] = int(tijdig or 0)
        open_te_laat, open_binnen = s.execute(
            select(
                func.coalesce(func.sum(case((_BZ.c.beslissen_uiterlijk < p.peildatum, 1), else_=0)), 0),
                func.coalesce(func.sum(case((_BZ.c.beslissen_uiterlijk >= p.peildatum, 1), else_=0)), 0),
            ).where(
                _BZ.c.ontvangen_op <= p.peildatum,
                or_(_BZ.c.besloten_op.is_(None), _BZ.c.besloten_op > p.peildatum),
                or_(_BZ.c.status.in_(_OPEN_BEZWAAR), _BZ.c.besloten_op > p.peildatum),
            )
        ).one()
        teller, noemer = sum(tellers.values()), sum(noemers.values())
        return Kpi(
            sleutel=KpiSleutel.BEZWAREN_OP_TIJD,
            titel="Bezwaren op tijd beslist",
            uitleg=(
                "Deel van de bezwaren waarop in de periode is beslist (gegrond, ongegrond of ingetrokken) vóór of op "
                "de uiterste beslisdatum van de Awb. Per maand van de beslissing."
            ),
            eenheid=Eenheid.PROCENT,
            van=p.van,
            tot=p.peildatum,
            waarde=percentage(teller, noemer),
            teller=teller,
            noemer=noemer,
            norm=Norm("≥", Decimal(93), _NORM_BRON),
            trend=_trend(p, tellers, noemers, Eenheid.PROCENT),
            uitsplitsing=(
                Uitsplitsing("Beslist in de periode", "op tijd", teller),
                Uitsplitsing("Beslist in de periode", "te laat", noemer - teller),
                Uitsplitsing("Nog open op de peildatum", "beslistermijn verstreken", int(open_te_laat)),
                Uitsplitsing("Nog open op de peildatum", "binnen de beslistermijn", int(open_binnen)),
            ),
            drill_titel="Bezwaren die te laat zijn beslist of nog open zijn na de termijn",
        )

    def _drill_bezwaren(self, s: Session, p: _Periode, v: _Venster, per_maand: bool) -> Drilllijst:
        te_laat_beslist = and_(
            _BZ.c.status.in_(_BESLIST),
            _BZ.c.besloten_op.is_not(None),
            v.binnen(_BZ.c.besloten_op),
            _BZ.c.besloten_op > _BZ.c.beslissen_uiterlijk,
        )
        open_te_laat = and_(
            _BZ.c.ontvangen_op <= p.peildatum,
            or_(_BZ.c.besloten_op.is_(None), _BZ.c.besloten_op > p.peildatum),
            or_(_BZ.c.status.in_(_OPEN_BEZWAAR), _BZ.c.besloten_op > p.peildatum),
            _BZ.c.beslissen_uiterlijk < p.peildatum,
        )
        waar = te_laat_beslist if per_maand else or_(te_laat_beslist, open_te_laat)
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _BS.c.omschrijving,
                _BZ.c.ontvangen_op,
                _BZ.c.beslissen_uiterlijk,
                _BZ.c.besloten_op,
                _BZ.c.status,
                func.count().over(),
            )
            .select_from(_BZ.join(_B, _B.c.id == _BZ.c.burger_id).join(_BS, _BS.c.id == _BZ.c.beschikking_id))
            .where(waar)
            .order_by(_BZ.c.beslissen_uiterlijk, _BZ.c.id)
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, omschrijving, ontvangen, uiterlijk, besloten, status, n in s.execute(stmt):
            totaal = int(n)
            beslist = besloten is not None and besloten <= p.peildatum
            eind = besloten if beslist else p.peildatum
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=f"Bezwaar tegen: {omschrijving}",
                    datum=ontvangen,
                    datum_2=uiterlijk,
                    datum_3=besloten if beslist else None,
                    dagen=(eind - uiterlijk).days,
                    uitkomst=(
                        f"te laat beslist ({_label(BezwaarStatus, status)})"
                        if beslist
                        else "nog open, termijn verstreken"
                    ),
                )
            )
        return Drilllijst(
            KpiSleutel.BEZWAREN_OP_TIJD,
            "Bezwaren die te laat zijn beslist" + ("" if per_maand else " of nog open zijn na de termijn"),
            v.van,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Ontvangen",
            kop_datum_2="Beslissen uiterlijk",
            kop_datum_3="Beslist op",
            kop_dagen="Dagen te laat",
            kop_uitkomst="Stand",
        )

    # --- 3. intake within 5 working days --------------------------------------------------------------------

    @staticmethod
    def _intake_expr(peildatum: dt.date) -> tuple[ColumnElement[bool], ColumnElement[bool], ColumnElement[bool]]:
        """(called on time, called late, not called and the deadline passed) as of the peildatum."""
        gebeld = and_(_TR.c.eerste_contact_op.is_not(None), _TR.c.eerste_contact_op <= peildatum)
        op_tijd = and_(gebeld, _TR.c.eerste_contact_op <= _TR.c.intake_uiterlijk)
        laat_gebeld = and_(gebeld, _TR.c.eerste_contact_op > _TR.c.intake_uiterlijk)
        niet_gebeld = and_(
            or_(_TR.c.eerste_contact_op.is_(None), _TR.c.eerste_contact_op > peildatum),
            _TR.c.intake_uiterlijk < peildatum,
        )
        return op_tijd, laat_gebeld, niet_gebeld

    def _intakes(self, s: Session, p: _Periode) -> Kpi:
        op_tijd, laat_gebeld, niet_gebeld = self._intake_expr(p.peildatum)
        soort = case((op_tijd, 1), (laat_gebeld, 2), (niet_gebeld, 3), else_=0)
        sub = (
            select(p.maand_index(_TR.c.aangemeld_op).label("m"), soort.label("soort"))
            .where(p.binnen(_TR.c.aangemeld_op))
            .subquery()
        )
        per_soort: dict[int, int] = defaultdict(int)
        tellers: dict[int, int] = defaultdict(int)
        noemers: dict[int, int] = defaultdict(int)
        for m, soort_waarde, aantal in s.execute(
            select(sub.c.m, sub.c.soort, func.count()).group_by(sub.c.m, sub.c.soort)
        ):
            per_soort[int(soort_waarde)] += int(aantal)
            if soort_waarde == 1:
                tellers[int(m)] += int(aantal)
            if soort_waarde in (1, 2, 3):
                noemers[int(m)] += int(aantal)
        teller, noemer = sum(tellers.values()), sum(noemers.values())
        groep = "Aanmeldingen in de periode"
        return Kpi(
            sleutel=KpiSleutel.INTAKES_OP_TIJD,
            titel="Intake binnen 5 werkdagen",
            uitleg=(
                "Deel van de aanmeldingen voor persoonlijke begeleiding in de periode waarbij het eerste contact "
                "binnen 5 werkdagen na de aanmelding was. Aanmeldingen waarvan de termijn nog loopt tellen nog niet "
                "mee; een aanmelding zonder eerste contact na de termijn telt als te laat, ook als het traject "
                "intussen is afgesloten. Per maand van de aanmelding."
            ),
            eenheid=Eenheid.PROCENT,
            van=p.van,
            tot=p.peildatum,
            waarde=percentage(teller, noemer),
            teller=teller,
            noemer=noemer,
            geen_norm=(
                "Geen percentage als norm in de bronnen; het uitgangspunt is: bellen binnen 5 werkdagen (DOMAIN.md §4)."
            ),
            trend=_trend(p, tellers, noemers, Eenheid.PROCENT),
            uitsplitsing=(
                Uitsplitsing(groep, "op tijd gebeld", per_soort[1]),
                Uitsplitsing(groep, "te laat gebeld", per_soort[2]),
                Uitsplitsing(groep, "nog niet gebeld, termijn verstreken", per_soort[3]),
                Uitsplitsing(groep, "termijn loopt nog", per_soort[0]),
            ),
            drill_titel="Aanmeldingen zonder eerste contact binnen 5 werkdagen",
        )

    def _drill_intakes(self, s: Session, p: _Periode, v: _Venster, _maand: bool) -> Drilllijst:
        _op_tijd, laat_gebeld, niet_gebeld = self._intake_expr(p.peildatum)
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _TR.c.bron,
                _TR.c.aangemeld_op,
                _TR.c.intake_uiterlijk,
                _TR.c.eerste_contact_op,
                _M.c.naam,
                func.count().over(),
            )
            .select_from(_TR.join(_B, _B.c.id == _TR.c.burger_id).outerjoin(_M, _M.c.id == _TR.c.begeleider_id))
            .where(v.binnen(_TR.c.aangemeld_op), or_(laat_gebeld, niet_gebeld))
            .order_by(_TR.c.aangemeld_op, _TR.c.id)
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, bron, aangemeld, uiterlijk, contact, begeleider, n in s.execute(stmt):
            totaal = int(n)
            gebeld = contact is not None and contact <= p.peildatum
            eind = contact if gebeld else p.peildatum
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=f"Aanmelding via {_label(TrajectBron, bron)}",
                    datum=aangemeld,
                    datum_2=uiterlijk,
                    datum_3=contact if gebeld else None,
                    dagen=werkdagen_tussen(uiterlijk, eind),
                    uitkomst="te laat gebeld" if gebeld else "nog niet gebeld",
                    medewerker=begeleider or "niet toegewezen",
                )
            )
        return Drilllijst(
            KpiSleutel.INTAKES_OP_TIJD,
            "Aanmeldingen zonder eerste contact binnen 5 werkdagen",
            v.van,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Aangemeld",
            kop_datum_2="Intake uiterlijk",
            kop_datum_3="Eerste contact",
            kop_dagen="Werkdagen te laat",
            kop_uitkomst="Stand",
            kop_medewerker="Begeleider",
        )

    # --- 4. missed instalments --------------------------------------------------------------------------------

    def _gemiste_termijnen(self, s: Session, p: _Periode) -> Kpi:
        gemist = _TM.c.status == TermijnStatus.GEMIST.value
        # the figure from the instalments alone; only the missed ones are joined to their arrangement (for its kind)
        sub = (
            select(p.maand_index(_TM.c.vervaldatum).label("m"), case((gemist, 1), else_=0).label("gemist"))
            .where(p.binnen(_TM.c.vervaldatum), _TM.c.status.not_in(_NIET_TE_BETALEN))
            .subquery()
        )
        tellers: dict[int, int] = {}
        noemers: dict[int, int] = {}
        for m, aantal, gemist_aantal in s.execute(
            select(sub.c.m, func.count(), func.sum(sub.c.gemist)).group_by(sub.c.m)
        ):
            tellers[int(m)] = int(gemist_aantal or 0)
            noemers[int(m)] = int(aantal)
        per_soort: dict[str, int] = {
            soort: int(aantal)
            for soort, aantal in s.execute(
                select(_BR.c.soort, func.count())
                .select_from(_TM.join(_BR, _BR.c.id == _TM.c.regeling_id))
                .where(p.binnen(_TM.c.vervaldatum), gemist)
                .group_by(_BR.c.soort)
            )
        }
        teller, noemer = sum(tellers.values()), sum(noemers.values())
        return Kpi(
            sleutel=KpiSleutel.GEMISTE_TERMIJNEN,
            titel="Gemiste termijnen",
            uitleg=(
                "Termijnen van betalingsregelingen met een vervaldatum in de periode die gemist zijn, van alle "
                "termijnen die in de periode vervielen (gepauzeerde en vervallen termijnen tellen niet mee). "
                "Per maand van de vervaldatum."
            ),
            eenheid=Eenheid.AANTAL,
            van=p.van,
            tot=p.peildatum,
            waarde=Decimal(teller),
            teller=teller,
            noemer=noemer,
            geen_norm=(
                "De bronnen noemen geen norm; ze bevelen alleen aan gemiste termijnen soepel te behandelen "
                "(DOMAIN.md §7.2)."
            ),
            trend=_trend(p, tellers, None, Eenheid.AANTAL),
            uitsplitsing=tuple(
                Uitsplitsing("Per soort regeling", _hoofdletter(_label(RegelingSoort, soort)), aantal)
                for soort, aantal in sorted(per_soort.items())
            ),
            drill_titel="Gemiste termijnen",
            noemer_tekst="termijnen die in de periode vervielen",
        )

    def _drill_gemiste_termijnen(self, s: Session, p: _Periode, v: _Venster, _maand: bool) -> Drilllijst:
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _BR.c.soort,
                _BR.c.status,
                _BR.c.aantal_termijnen,
                _TM.c.volgnummer,
                _TM.c.vervaldatum,
                _TM.c.bedrag_cent - _TM.c.betaald_cent,
                func.count().over(),
            )
            .select_from(_TM.join(_BR, _BR.c.id == _TM.c.regeling_id).join(_B, _B.c.id == _BR.c.burger_id))
            .where(v.binnen(_TM.c.vervaldatum), _TM.c.status == TermijnStatus.GEMIST.value)
            .order_by(_TM.c.vervaldatum.desc(), _TM.c.id)
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, soort, status, aantal, nummer, verval, open_cent, n in s.execute(stmt):
            totaal = int(n)
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=f"Termijn {nummer} van {aantal}, {_label(RegelingSoort, soort)}",
                    datum=verval,
                    bedrag=euro(int(open_cent)),
                    dagen=(p.peildatum - verval).days,
                    uitkomst=f"regeling {_label(RegelingStatus, status)}",
                )
            )
        return Drilllijst(
            KpiSleutel.GEMISTE_TERMIJNEN,
            "Gemiste termijnen",
            v.van,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Vervaldatum",
            kop_bedrag="Niet betaald",
            kop_dagen="Dagen geleden",
            kop_uitkomst="Regeling",
        )

    # --- 5. arrangements by type and status -------------------------------------------------------------------

    def _regelingen(self, s: Session, p: _Periode) -> Kpi:
        in_periode = p.binnen(_BR.c.startdatum)
        sub = (
            select(
                _BR.c.soort.label("soort"),
                _BR.c.status.label("status"),
                case((in_periode, p.maand_index(_BR.c.startdatum)), else_=-1).label("m"),
            )
            .where(_BR.c.startdatum <= p.peildatum)
            .subquery()
        )
        per_soort_status: dict[tuple[str, str], int] = defaultdict(int)
        nieuw: dict[int, int] = defaultdict(int)
        for soort, status, m, aantal in s.execute(
            select(sub.c.soort, sub.c.status, sub.c.m, func.count()).group_by(sub.c.soort, sub.c.status, sub.c.m)
        ):
            per_soort_status[(soort, status)] += int(aantal)
            if int(m) >= 0:
                nieuw[int(m)] += int(aantal)
        lopend = sum(a for (_soort, status), a in per_soort_status.items() if status in _LOPEND)
        soort_volgorde = {r.value: i for i, r in enumerate(RegelingSoort)}
        status_volgorde = {r.value: i for i, r in enumerate(RegelingStatus)}
        uitsplitsing = tuple(
            Uitsplitsing(
                _hoofdletter(_label(RegelingSoort, soort)),
                _label(RegelingStatus, status),
                per_soort_status[soort, status],
            )
            for soort, status in sorted(
                per_soort_status, key=lambda k: (soort_volgorde.get(k[0], 99), status_volgorde.get(k[1], 99))
            )
        )
        return Kpi(
            sleutel=KpiSleutel.REGELINGEN,
            titel="Lopende betalingsregelingen",
            uitleg=(
                "Betalingsregelingen die op de peildatum lopen (actief of gepauzeerd), met de verdeling van alle "
                "regelingen naar soort en status. De status is die van nu: de opslag bewaart geen statushistorie. "
                "De trend telt de regelingen die per maand zijn gestart."
            ),
            eenheid=Eenheid.AANTAL,
            van=p.van,
            tot=p.peildatum,
            waarde=Decimal(lopend),
            teller=lopend,
            noemer=sum(per_soort_status.values()),
            geen_norm="Dit is een verdeling, geen doel.",
            trend=_trend(p, nieuw, None, Eenheid.AANTAL),
            uitsplitsing=uitsplitsing,
            drill_titel="Betalingsregelingen",
            noemer_tekst="regelingen in totaal",
        )

    def _drill_regelingen(self, s: Session, p: _Periode, v: _Venster, per_maand: bool) -> Drilllijst:
        waar = v.binnen(_BR.c.startdatum) if per_maand else _BR.c.startdatum <= p.peildatum
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _BR.c.soort,
                _BR.c.status,
                _BR.c.startdatum,
                _BR.c.totaal_cent,
                _BR.c.aantal_termijnen,
                func.count().over(),
            )
            .select_from(_BR.join(_B, _B.c.id == _BR.c.burger_id))
            .where(waar)
            .order_by(_BR.c.startdatum.desc(), _BR.c.id.desc())
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, soort, status, start, totaal_cent, aantal, n in s.execute(stmt):
            totaal = int(n)
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=_hoofdletter(_label(RegelingSoort, soort)),
                    datum=start,
                    bedrag=euro(int(totaal_cent)),
                    dagen=int(aantal),
                    uitkomst=_label(RegelingStatus, status),
                )
            )
        return Drilllijst(
            KpiSleutel.REGELINGEN,
            "Betalingsregelingen gestart in de maand"
            if per_maand
            else "Alle betalingsregelingen tot en met de peildatum",
            v.van if per_maand else p.peildatum,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Startdatum",
            kop_bedrag="Schuld bij de start",
            kop_dagen="Termijnen",
            kop_uitkomst="Status",
        )

    # --- 6. signals by type and age -----------------------------------------------------------------------------

    def _signalen(self, s: Session, p: _Periode) -> Kpi:
        eind = _middernacht(p.einde)
        leeftijd = case(
            *[
                (_S.c.ontstaan_op >= _middernacht(p.peildatum - dt.timedelta(days=grens)), i)
                for i, (_label_tekst, grens) in enumerate(_LEEFTIJDEN)
                if grens is not None
            ],
            else_=len(_LEEFTIJDEN) - 1,
        )
        open_per = (
            select(_S.c.type.label("type"), leeftijd.label("leeftijd"))
            .where(_S.c.status.in_(_OPEN_SIGNAAL), _S.c.ontstaan_op < eind)
            .subquery()
        )
        per_type: dict[str, int] = defaultdict(int)
        per_leeftijd: dict[int, int] = defaultdict(int)
        for type_, leeftijd_index, aantal in s.execute(
            select(open_per.c.type, open_per.c.leeftijd, func.count()).group_by(open_per.c.type, open_per.c.leeftijd)
        ):
            per_type[type_] += int(aantal)
            per_leeftijd[int(leeftijd_index)] += int(aantal)
        nieuw_sub = (
            select(p.maand_index(_S.c.ontstaan_op, moment=True).label("m"))
            .where(p.binnen(_S.c.ontstaan_op, moment=True))
            .subquery()
        )
        nieuw = {int(m): int(a) for m, a in s.execute(select(nieuw_sub.c.m, func.count()).group_by(nieuw_sub.c.m))}
        totaal = sum(per_type.values())
        type_volgorde = {t.value: i for i, t in enumerate(SignaalType)}
        uitsplitsing = tuple(
            Uitsplitsing("Per type", _label(SignaalType, t), per_type[t])
            for t in sorted(per_type, key=lambda t: type_volgorde.get(t, 99))
        ) + tuple(
            Uitsplitsing("Per leeftijd", tekst, per_leeftijd.get(i, 0)) for i, (tekst, _g) in enumerate(_LEEFTIJDEN)
        )
        return Kpi(
            sleutel=KpiSleutel.SIGNALEN,
            titel="Open signalen",
            uitleg=(
                "Signalen die op de peildatum nieuw of in behandeling zijn, per type en naar leeftijd (dagen sinds het "
                "signaal ontstond). De trend telt de signalen die per maand zijn ontstaan."
            ),
            eenheid=Eenheid.AANTAL,
            van=p.van,
            tot=p.peildatum,
            waarde=Decimal(totaal),
            teller=totaal,
            geen_norm=_GEEN_NORM_BRONNEN,
            trend=_trend(p, nieuw, None, Eenheid.AANTAL),
            uitsplitsing=uitsplitsing,
            drill_titel="Open signalen",
        )

    def _drill_signalen(self, s: Session, p: _Periode, v: _Venster, per_maand: bool) -> Drilllijst:
        waar = (
            v.binnen(_S.c.ontstaan_op, moment=True)
            if per_maand
            else and_(_S.c.status.in_(_OPEN_SIGNAAL), _S.c.ontstaan_op < _middernacht(p.einde))
        )
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _S.c.type,
                _S.c.ernst,
                _S.c.status,
                _S.c.ontstaan_op,
                func.count().over(),
            )
            .select_from(_S.join(_B, _B.c.id == _S.c.burger_id))
            .where(waar)
            .order_by(_S.c.ontstaan_op, _S.c.id)
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, type_, ernst, status, ontstaan, n in s.execute(stmt):
            totaal = int(n)
            dag = ontstaan.astimezone().date()
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=_label(SignaalType, type_),
                    datum=dag,
                    dagen=(p.peildatum - dag).days,
                    uitkomst=f"{_label(Ernst, ernst)}, {_label(SignaalStatus, status)}",
                )
            )
        return Drilllijst(
            KpiSleutel.SIGNALEN,
            "Signalen ontstaan in de maand" if per_maand else "Open signalen op de peildatum",
            v.van if per_maand else p.peildatum,
            v.tot,
            tuple(regels),
            totaal,
            kop_datum="Ontstaan op",
            kop_dagen="Leeftijd (dagen)",
            kop_uitkomst="Ernst en status",
        )

    # --- 7. caseload per begeleider -------------------------------------------------------------------------

    @staticmethod
    def _open_op(dag: dt.date) -> ColumnElement[bool]:
        return and_(
            _TR.c.aangemeld_op <= dag,
            or_(_TR.c.afgesloten_op.is_(None), _TR.c.afgesloten_op > dag),
            or_(_TR.c.status != TrajectStatus.AFGESLOTEN.value, _TR.c.afgesloten_op > dag),
        )

    def _caseload(self, s: Session, p: _Periode) -> Kpi:
        open_nu = self._open_op(p.peildatum)
        per_begeleider: list[tuple[str, int]] = []
        zonder = 0
        for naam, aantal in s.execute(
            select(_M.c.naam, func.count())
            .select_from(_TR.outerjoin(_M, _M.c.id == _TR.c.begeleider_id))
            .where(open_nu)
            .group_by(_TR.c.begeleider_id, _M.c.naam)
        ):
            if naam is None:
                zonder += int(aantal)
            else:
                per_begeleider.append((naam, int(aantal)))
        per_begeleider.sort(key=lambda r: (-r[1], r[0]))
        eindes = [p.maand_einde(i) for i in range(len(p.starts))]
        sommen = s.execute(
            select(*[func.coalesce(func.sum(case((self._open_op(e), 1), else_=0)), 0) for e in eindes]).where(
                _TR.c.aangemeld_op <= p.peildatum,
                or_(_TR.c.afgesloten_op.is_(None), _TR.c.afgesloten_op >= p.van),
            )
        ).one()
        totaal = sum(a for _n, a in per_begeleider) + zonder
        gemiddeld = (
            f" Gemiddeld {Decimal(totaal - zonder) / len(per_begeleider):.1f}".replace(".", ",")
            + " per begeleider met een caseload."
            if per_begeleider
            else ""
        )
        uitsplitsing = tuple(Uitsplitsing("Per begeleider", naam, aantal) for naam, aantal in per_begeleider)
        if zonder:
            uitsplitsing += (Uitsplitsing("Per begeleider", "nog niet toegewezen", zonder),)
        return Kpi(
            sleutel=KpiSleutel.CASELOAD,
            titel="Open trajecten (caseload)",
            uitleg=(
                "Open trajecten van persoonlijke begeleiding op de peildatum (aangemeld, intake of actief), per "
                "begeleider." + gemiddeld + " De trend telt de open trajecten aan het eind van elke maand."
            ),
            eenheid=Eenheid.AANTAL,
            van=p.van,
            tot=p.peildatum,
            waarde=Decimal(totaal),
            teller=totaal,
            geen_norm="De bronnen zwijgen over de caseload per begeleider (DOMAIN.md §4).",
            trend=_trend(p, {i: int(a) for i, a in enumerate(sommen)}, None, Eenheid.AANTAL),
            uitsplitsing=uitsplitsing,
            drill_titel="Open trajecten",
        )

    def _drill_caseload(self, s: Session, p: _Periode, v: _Venster, _maand: bool) -> Drilllijst:
        dag = v.tot
        stmt = (
            select(
                _B.c.id,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
                _B.c.bsn,
                _TR.c.bron,
                _TR.c.status,
                _TR.c.aangemeld_op,
                _TR.c.eerste_contact_op,
                _M.c.naam,
                func.count().over(),
            )
            .select_from(_TR.join(_B, _B.c.id == _TR.c.burger_id).outerjoin(_M, _M.c.id == _TR.c.begeleider_id))
            .where(self._open_op(dag))
            .order_by(_M.c.naam.is_(None), _M.c.naam, _TR.c.aangemeld_op, _TR.c.id)
            .limit(MAX_DRILL)
        )
        regels, totaal = [], 0
        for bid, vn, tv, an, bsn, bron, status, aangemeld, contact, begeleider, n in s.execute(stmt):
            totaal = int(n)
            regels.append(
                DrillRegel(
                    burger_id=bid,
                    naam=_naam(vn, tv, an),
                    bsn=bsn,
                    onderwerp=f"Aanmelding via {_label(TrajectBron, bron)}",
                    datum=aangemeld,
                    datum_2=contact if contact is not None and contact <= dag else None,
                    dagen=(dag - aangemeld).days,
                    uitkomst=_label(TrajectStatus, status),
                    medewerker=begeleider or "niet toegewezen",
                )
            )
        return Drilllijst(
            KpiSleutel.CASELOAD,
            "Open trajecten",
            dag,
            dag,
            tuple(regels),
            totaal,
            kop_datum="Aangemeld",
            kop_datum_2="Eerste contact",
            kop_dagen="Dagen open",
            kop_uitkomst="Status",
            kop_medewerker="Begeleider",
        )


def _niet_berekenbaar(p: _Periode) -> tuple[Kpi, ...]:
    """The KPIs of DOMAIN.md §10 that rest on data this store does not hold, each with the reason."""

    def kpi(titel: str, norm: Norm | None, reden: str) -> Kpi:
        return Kpi(
            sleutel=None,
            titel=titel,
            uitleg="",
            eenheid=Eenheid.PROCENT,
            van=p.van,
            tot=p.peildatum,
            waarde=None,
            norm=norm,
            niet_berekenbaar=reden,
        )

    return (
        kpi(
            "Tevredenheid (algemeen, telefoon, balie, website)",
            Norm("≥", Decimal(70), _NORM_BRON),
            "De opslag bevat geen uitkomsten van het klanttevredenheidsonderzoek.",
        ),
        kpi(
            "Klachten ontvangen en op tijd afgehandeld",
            Norm("≥", Decimal(96), _NORM_BRON),
            "De opslag kent geen klachtenregistratie.",
        ),
        kpi(
            "Toeslagen op tijd uitbetaald",
            Norm("≥", Decimal("99.9"), _NORM_BRON),
            "De opslag bewaart betalingen, maar niet de datum waarop ze gepland stonden.",
        ),
        kpi(
            "Ernstige productie-incidenten",
            Norm("<", Decimal(8), _NORM_BRON),
            "Incidenten worden buiten deze werkplek geregistreerd.",
        ),
        kpi(
            "Rechtmatige toekenning",
            None,
            "Rechtmatigheid volgt uit de controle van de auditdienst, niet uit de opslag.",
        ),
    )
