"""Data access for claims, arrangements, instalments, payments, set-offs and four-eyes requests.

What belongs here: `RegelingRepository`, the queries and audited writes the arrangement use cases
(`models.services.regelingen`) run inside the ONE transaction each use case opens with `Opslag.schrijven()`
(or `lezen()` for reads). It returns the driver's rows to the service, which turns them into the frozen rows of
`models.store.rows_regelingen`; it knows nothing of the calculation core or of the state machines. Every insert and
every update writes an audit event with before and after in the same transaction; updates of versioned rows go
through `Opslag.werk_bij` (optimistic locking).

The household: claims of the citizen (`vordering.burger_id`) and claims of a partner for which the citizen is
jointly liable (`vordering.partner_id`), as the klantbeeld shows them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, and_, func, insert, or_, select
from sqlmodel import Session

from models.domain import RegelingStatus, TaakStatus, VorderingStatus
from models.store import audit
from models.store.fouten import Conflict, NietGevonden
from models.store.klantbeeld import regeling_row
from models.store.opslag import Opslag, euro, rij_naar_dict
from models.store.rows import BetalingsregelingRow, TermijnRow
from models.store.tables import (
    Aflossing,
    AuditEvent,
    Begeleidingstraject,
    Beoordeling,
    Beschikking,
    Betalingsregeling,
    Burger,
    Kind,
    Medewerker,
    Partnerschap,
    RegelingVordering,
    Taak,
    Termijn,
    Toeslag,
    Verrekening,
    Vordering,
)
from models.store.types import nu

__all__ = ["LOPEND", "RegelingRepository", "termijn_row"]

LOPEND = (
    RegelingStatus.VOORSTEL.value,
    RegelingStatus.TER_BEOORDELING.value,
    RegelingStatus.ACTIEF.value,
    RegelingStatus.GEPAUZEERD.value,
)
"""Arrangement statuses in which a claim is taken (proposed, waiting for review, running)."""

_AFGESLOTEN_VORDERING = (VorderingStatus.AFGELOST.value, VorderingStatus.VERREKEND.value)

_V = Vordering.__table__  # type: ignore[attr-defined]
_BS = Beschikking.__table__  # type: ignore[attr-defined]
_R = Betalingsregeling.__table__  # type: ignore[attr-defined]
_RV = RegelingVordering.__table__  # type: ignore[attr-defined]
_T = Termijn.__table__  # type: ignore[attr-defined]
_BO = Beoordeling.__table__  # type: ignore[attr-defined]
_B = Burger.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]
_TR = Begeleidingstraject.__table__  # type: ignore[attr-defined]
_A = Aflossing.__table__  # type: ignore[attr-defined]
_VR = Verrekening.__table__  # type: ignore[attr-defined]


def termijn_row(r: Any) -> TermijnRow:
    """A stored termijn as the shared `TermijnRow`."""
    return TermijnRow(
        id=r.id,
        volgnummer=r.volgnummer,
        vervaldatum=r.vervaldatum,
        bedrag=euro(r.bedrag_cent),  # type: ignore[arg-type]
        betaald=euro(r.betaald_cent),  # type: ignore[arg-type]
        status=r.status,
        herinnering_op=r.herinnering_op,
        nieuwe_vervaldatum=r.nieuwe_vervaldatum,
        version=r.version,
    )


def _naam(r: Any) -> str:
    return " ".join(p for p in (r.voornamen, r.tussenvoegsel, r.achternaam) if p)


class RegelingRepository:
    """Queries and audited writes on the collection tables; every method runs in the caller's session.

    Args:
        opslag: the store (for `werk_bij`, the optimistic-locking update with its audit event).
    """

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    # --- people ---------------------------------------------------------------------------------------------

    @staticmethod
    def burger(s: Session, burger_id: int) -> Row[Any]:
        """The citizen. Raises `NietGevonden`."""
        rij = s.execute(select(_B).where(_B.c.id == burger_id)).first()
        if rij is None:
            raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
        return rij

    @staticmethod
    def burger_naam(s: Session, burger_id: int) -> str:
        """The citizen's full name ('onbekende burger' when gone)."""
        rij = s.execute(select(_B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam).where(_B.c.id == burger_id)).first()
        return "onbekende burger" if rij is None else _naam(rij)

    @staticmethod
    def medewerker_namen(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
        """Staff id to name, for the ids given (None skipped)."""
        gezocht = {i for i in ids if i is not None}
        if not gezocht:
            return {}
        return {r.id: r.naam for r in s.execute(select(_M.c.id, _M.c.naam).where(_M.c.id.in_(gezocht)))}

    @staticmethod
    def begeleider(s: Session, burger_id: int) -> Row[Any] | None:
        """The begeleider (id, naam, telefoon) of the citizen's open traject, the newest first; None without one."""
        return s.execute(
            select(_M.c.id, _M.c.naam, _M.c.telefoon)
            .join(_TR, _TR.c.begeleider_id == _M.c.id)
            .where(_TR.c.burger_id == burger_id, _TR.c.status != "afgesloten")
            .order_by(_TR.c.aangemeld_op.desc(), _TR.c.id.desc())
            .limit(1)
        ).first()

    # --- claims ---------------------------------------------------------------------------------------------

    @staticmethod
    def _vordering_select() -> Any:
        return select(_V, _BS.c.kenmerk.label("beschikking_kenmerk"), _BS.c.datum.label("beschikking_datum")).outerjoin(
            _BS, _BS.c.id == _V.c.beschikking_id
        )

    def vorderingen_huishouden(self, s: Session, burger_id: int, *, ook_afgesloten: bool = False) -> list[Row[Any]]:
        """The household's claims (own, and the partner's the citizen is jointly liable for), oldest first."""
        stmt = self._vordering_select().where(or_(_V.c.burger_id == burger_id, _V.c.partner_id == burger_id))
        if not ook_afgesloten:
            stmt = stmt.where(_V.c.status.not_in(_AFGESLOTEN_VORDERING))
        return list(s.execute(stmt.order_by(_V.c.vervaldatum, _V.c.id)).all())

    def vorderingen(self, s: Session, ids: Sequence[int]) -> list[Row[Any]]:
        """Claims by id, oldest first (missing ids are simply absent)."""
        if not ids:
            return []
        return list(s.execute(self._vordering_select().where(_V.c.id.in_(ids)).order_by(_V.c.vervaldatum, _V.c.id)))

    @staticmethod
    def regelingen_van_vorderingen(s: Session, vordering_ids: Sequence[int]) -> dict[int, int]:
        """Claim id → the arrangement that has taken it (proposed, under review or running)."""
        if not vordering_ids:
            return {}
        rijen = s.execute(
            select(_RV.c.vordering_id, _RV.c.regeling_id)
            .join(_R, _R.c.id == _RV.c.regeling_id)
            .where(_RV.c.vordering_id.in_(vordering_ids), _R.c.status.in_(LOPEND))
        )
        return {r.vordering_id: r.regeling_id for r in rijen}

    # --- arrangements ---------------------------------------------------------------------------------------

    @staticmethod
    def regeling(s: Session, regeling_id: int) -> Row[Any]:
        """The arrangement row. Raises `NietGevonden`."""
        rij = s.execute(select(_R).where(_R.c.id == regeling_id)).first()
        if rij is None:
            raise NietGevonden("Deze betalingsregeling bestaat niet (meer) in de opslag.")
        return rij

    @staticmethod
    def regeling_ids(s: Session, burger_id: int) -> list[int]:
        """The ids of the citizen's arrangements, oldest first."""
        return [r.id for r in s.execute(select(_R.c.id).where(_R.c.burger_id == burger_id).order_by(_R.c.id))]

    @staticmethod
    def termijnen(s: Session, regeling_id: int) -> list[Row[Any]]:
        """The arrangement's termijn rows by volgnummer (paused and lapsed ones included)."""
        return list(s.execute(select(_T).where(_T.c.regeling_id == regeling_id).order_by(_T.c.volgnummer)))

    @staticmethod
    def vordering_ids(s: Session, regeling_id: int) -> list[int]:
        """The ids of the claims linked to the arrangement."""
        return [
            r.vordering_id
            for r in s.execute(
                select(_RV.c.vordering_id).where(_RV.c.regeling_id == regeling_id).order_by(_RV.c.vordering_id)
            )
        ]

    def regeling_row(self, s: Session, regeling_id: int) -> BetalingsregelingRow:
        """The shared `BetalingsregelingRow` (as the klantbeeld reads it) with all its termijnen."""
        r = self.regeling(s, regeling_id)
        return regeling_row(r, self.vordering_ids(s, regeling_id), [termijn_row(t) for t in self.termijnen(s, r.id)])

    # --- four-eyes requests ---------------------------------------------------------------------------------

    @staticmethod
    def beoordeling(s: Session, beoordeling_id: int) -> Row[Any]:
        """One four-eyes request. Raises `NietGevonden`."""
        rij = s.execute(select(_BO).where(_BO.c.id == beoordeling_id)).first()
        if rij is None:
            raise NietGevonden("Deze beoordeling bestaat niet (meer) in de opslag.")
        return rij

    @staticmethod
    def open_beoordeling(s: Session, onderwerp_type: str, onderwerp_id: int) -> Row[Any] | None:
        """The newest open four-eyes request about a subject, or None."""
        return s.execute(
            select(_BO)
            .where(_BO.c.onderwerp_type == onderwerp_type, _BO.c.onderwerp_id == onderwerp_id, _BO.c.status == "open")
            .order_by(_BO.c.id.desc())
            .limit(1)
        ).first()

    @staticmethod
    def beoordelingen(
        s: Session,
        *,
        status: str | None = None,
        burger_id: int | None = None,
        voorgesteld_door: int | None = None,
        limiet: int = 500,
    ) -> list[Row[Any]]:
        """Four-eyes requests, oldest first (the queue's order: first in, first decided)."""
        stmt = select(_BO).order_by(_BO.c.ingediend_op, _BO.c.id).limit(limiet)
        if status is not None:
            stmt = stmt.where(_BO.c.status == status)
        if burger_id is not None:
            stmt = stmt.where(_BO.c.burger_id == burger_id)
        if voorgesteld_door is not None:
            stmt = stmt.where(_BO.c.voorgesteld_door == voorgesteld_door)
        return list(s.execute(stmt))

    # --- the household situation for the supervisor ---------------------------------------------------------

    def situatie(self, s: Session, burger_id: int, vandaag: dt.date) -> dict[str, Any]:
        """A short, JSON-ready summary of the household for a four-eyes request (no notes, no vulnerability
        detail): partner, children at home, begeleider, lopende toeslagen, claims, running arrangements."""
        p = Partnerschap.__table__  # type: ignore[attr-defined]
        partner = s.execute(
            select(p.c.partner_id)
            .where(p.c.burger_id == burger_id, p.c.begin <= vandaag, or_(p.c.einde.is_(None), p.c.einde >= vandaag))
            .limit(1)
        ).first()
        k = Kind.__table__  # type: ignore[attr-defined]
        kinderen = s.execute(
            select(func.count()).select_from(k).where(k.c.burger_id == burger_id, k.c.thuiswonend.is_(True))
        ).scalar_one()
        t = Toeslag.__table__  # type: ignore[attr-defined]
        toeslagen = [
            r.regeling
            for r in s.execute(
                select(t.c.regeling).where(t.c.burger_id == burger_id, t.c.jaar == vandaag.year, t.c.status == "lopend")
            )
        ]
        vorderingen = self.vorderingen_huishouden(s, burger_id)
        open_cent = sum(v.open_cent + v.rente_cent + v.kosten_cent for v in vorderingen)
        lopend = s.execute(
            select(func.count())
            .select_from(_R)
            .where(_R.c.burger_id == burger_id, _R.c.status.in_((RegelingStatus.ACTIEF.value, "gepauzeerd")))
        ).scalar_one()
        vervallen = s.execute(
            select(func.count())
            .select_from(_R)
            .where(_R.c.burger_id == burger_id, _R.c.status == RegelingStatus.VERVALLEN.value)
        ).scalar_one()
        begeleider = self.begeleider(s, burger_id)
        return {
            "burger_id": burger_id,
            "naam": self.burger_naam(s, burger_id),
            "peildatum": vandaag.isoformat(),
            "partner": partner is not None,
            "partner_naam": None if partner is None else self.burger_naam(s, partner.partner_id),
            "kinderen_thuis": int(kinderen),
            "lopende_toeslagen": toeslagen,
            "begeleiding": begeleider is not None,
            "open_schuld": f"{euro(open_cent):.2f}",
            "vorderingen": [
                {
                    "id": v.id,
                    "kenmerk": v.kenmerk,
                    "toeslag": v.regeling,
                    "jaar": v.jaar,
                    "open": f"{euro(v.open_cent + v.rente_cent + v.kosten_cent):.2f}",
                    "status": v.status,
                    "schuldenaar": "aanvrager" if v.burger_id == burger_id else "partner",
                }
                for v in vorderingen
            ],
            "lopende_regelingen": int(lopend),
            "vervallen_regelingen": int(vervallen),
        }

    # --- writes -----------------------------------------------------------------------------------------------

    @staticmethod
    def voeg_in(
        s: Session, tabel: type[Any], waarden: dict[str, Any], *, medewerker_id: int, actie: str, burger_id: int | None
    ) -> dict[str, Any]:
        """Insert one row and audit it (before: none, after: the row). Returns the row as a dict."""
        t = tabel.__table__
        nieuw_id = s.execute(insert(t).values(**waarden).returning(t.c.id)).scalar_one()
        rij = rij_naar_dict(s.execute(select(t).where(t.c.id == nieuw_id)).one())
        audit.registreer(
            s,
            medewerker_id=medewerker_id,
            actie=actie,
            entiteit=t.name,
            entiteit_id=nieuw_id,
            burger_id=burger_id,
            na=rij,
        )
        return rij

    @staticmethod
    def voeg_termijnen_in(
        s: Session, regeling_id: int, rijen: Sequence[dict[str, Any]], *, medewerker_id: int, actie: str, burger_id: int
    ) -> None:
        """Insert the termijnen of a (new part of a) schedule in one statement, audited as one event on the
        arrangement with every row (a schedule is planned at once; later changes are audited per termijn)."""
        if not rijen:
            return
        s.execute(insert(_T), [{**r, "regeling_id": regeling_id, "version": 1} for r in rijen])
        nummers = [r["volgnummer"] for r in rijen]
        na = [
            rij_naar_dict(r)
            for r in s.execute(
                select(_T)
                .where(_T.c.regeling_id == regeling_id, _T.c.volgnummer.in_(nummers))
                .order_by(_T.c.volgnummer)
            )
        ]
        audit.registreer(
            s,
            medewerker_id=medewerker_id,
            actie=actie,
            entiteit="betalingsregeling",
            entiteit_id=regeling_id,
            burger_id=burger_id,
            na={"termijnen": na},
        )

    @staticmethod
    def koppel(
        s: Session, regeling_id: int, vordering_id: int, op: dt.date, *, medewerker_id: int, burger_id: int
    ) -> None:
        """Link a claim to an arrangement (regeling_vordering), audited."""
        waarden = {"regeling_id": regeling_id, "vordering_id": vordering_id, "toegevoegd_op": op}
        s.execute(insert(_RV).values(**waarden))
        audit.registreer(
            s,
            medewerker_id=medewerker_id,
            actie="vordering gekoppeld aan regeling",
            entiteit="regeling_vordering",
            entiteit_id=regeling_id,
            burger_id=burger_id,
            na={**waarden, "toegevoegd_op": op.isoformat()},
        )

    def werk_bij(
        self,
        s: Session,
        tabel: type[Any],
        rij_id: int,
        versie: int,
        waarden: dict[str, Any],
        *,
        medewerker_id: int,
        actie: str,
        burger_id: int | None,
    ) -> dict[str, Any]:
        """`Opslag.werk_bij`: the update under optimistic locking with its audit event (raises `Conflict`)."""
        return self._opslag.werk_bij(
            s, tabel, rij_id, versie, waarden, medewerker_id=medewerker_id, actie=actie, burger_id=burger_id
        )

    @staticmethod
    def eis_versie(s: Session, tabel: type[Any], rij_id: int, versie: int) -> None:
        """Raise `Conflict` (with the row as it is now and who changed it last) unless the row has `versie`."""
        t = tabel.__table__
        huidig = s.execute(select(t).where(t.c.id == rij_id)).first()
        if huidig is not None and huidig.version == versie:
            return
        wie = s.execute(
            select(_M.c.naam)
            .join(AuditEvent, AuditEvent.medewerker_id == _M.c.id)  # type: ignore[arg-type]
            .where(AuditEvent.entiteit == t.name, AuditEvent.entiteit_id == rij_id)
            .order_by(AuditEvent.id.desc())  # type: ignore[union-attr]
            .limit(1)
        ).scalar()
        raise Conflict(t.name, rij_id, None if huidig is None else rij_naar_dict(huidig), wie)

    def taak(
        self,
        s: Session,
        *,
        burger_id: int,
        medewerker_id: int | None,
        aangemaakt_door: int,
        soort: str,
        omschrijving: str,
        vervaldatum: dt.date,
    ) -> dict[str, Any]:
        """A task in someone's list (or the team queue when `medewerker_id` is None), audited."""
        return self.voeg_in(
            s,
            Taak,
            {
                "burger_id": burger_id,
                "medewerker_id": medewerker_id,
                "aangemaakt_door": aangemaakt_door,
                "soort": soort,
                "omschrijving": omschrijving[:500],
                "vervaldatum": vervaldatum,
                "status": TaakStatus.OPEN.value,
                "aangemaakt_op": nu(),
                "version": 1,
            },
            medewerker_id=aangemaakt_door,
            actie="taak aangemaakt",
            burger_id=burger_id,
        )

    # --- payments and set-offs (read back for the outcome rows) -------------------------------------------------

    @staticmethod
    def aflossingen(s: Session, ids: Sequence[int]) -> list[Row[Any]]:
        """Aflossing rows by id, with the claim's kenmerk."""
        if not ids:
            return []
        return list(
            s.execute(
                select(_A, _V.c.kenmerk)
                .join(_V, _V.c.id == _A.c.vordering_id)
                .where(_A.c.id.in_(ids))
                .order_by(_A.c.id)
            )
        )

    @staticmethod
    def verrekeningen(s: Session, ids: Sequence[int]) -> list[Row[Any]]:
        """Verrekening rows by id, with the claim's kenmerk."""
        if not ids:
            return []
        return list(
            s.execute(
                select(_VR, _V.c.kenmerk)
                .join(_V, _V.c.id == _VR.c.vordering_id)
                .where(_VR.c.id.in_(ids))
                .order_by(_VR.c.id)
            )
        )

    @staticmethod
    def lopende_regelingen_van(s: Session, vordering_ids: Sequence[int]) -> dict[int, list[int]]:
        """Running (actief or gepauzeerd) arrangement id → its claims among `vordering_ids`."""
        uit: dict[int, list[int]] = defaultdict(list)
        if not vordering_ids:
            return uit
        for r in s.execute(
            select(_RV.c.regeling_id, _RV.c.vordering_id)
            .join(_R, _R.c.id == _RV.c.regeling_id)
            .where(
                and_(
                    _RV.c.vordering_id.in_(vordering_ids),
                    _R.c.status.in_((RegelingStatus.ACTIEF.value, RegelingStatus.GEPAUZEERD.value)),
                )
            )
        ):
            uit[r.regeling_id].append(r.vordering_id)
        return uit

    @staticmethod
    def max_volgnummer(s: Session, regeling_id: int) -> int:
        """The highest volgnummer of the arrangement's termijnen (0 without any)."""
        return int(s.execute(select(func.max(_T.c.volgnummer)).where(_T.c.regeling_id == regeling_id)).scalar() or 0)
