"""Oversight of the access log (`Inzage`) and the audit trail (`AuditEvent`): the queries behind "Inzagelog".

What belongs here: `InzagelogRepository`, read-only for its users: access per citizen (by BSN) and per staff
member within a period, and the audit trail of a citizen with every change as fields before → after. Every
method first requires `Bevoegdheid.AUDIT_LEZEN` (supervisor, kwaliteitsmedewerker); on a team server the database
refuses other roles again (the columns `toelichting` and `context` of `inzage` and `voor`/`na` of `audit_event`
are not granted to them, and row-level security shows them only their own accesses).

Looking up a citizen here is itself an access to that citizen's data: it is written to the access log (reason
"kwaliteitscontrole", context "inzagelog" or "audittrail") in the same transaction as the read.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from models.domain import InzageReden, Rol
from models.store.fouten import NietGevonden
from models.store.interfaces_inzage import (
    MAX_REGELS,
    Auditlijst,
    AuditRegel,
    Inzagelijst,
    InzageRegel,
    Periode,
    Wijziging,
)
from models.store.medewerkers import medewerker_row
from models.store.opslag import Opslag
from models.store.rows import BurgerKort, MedewerkerRow
from models.store.tables import AuditEvent, Burger, Inzage, Medewerker
from models.store.toegang import Bevoegdheid, eis
from models.store.types import nu
from models.validatie import controleer_bsn

__all__ = ["InzagelogRepository", "wijzigingen"]

_I = Inzage.__table__  # type: ignore[attr-defined]
_A = AuditEvent.__table__  # type: ignore[attr-defined]
_B = Burger.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]

# Bookkeeping columns that change with every update and say nothing to the reader.
_NIET_TONEN = frozenset({"version"})


def _naam(voornamen: str, tussenvoegsel: str | None, achternaam: str) -> str:
    return " ".join(p for p in (voornamen, tussenvoegsel, achternaam) if p)


def _tekst(waarde: Any) -> str | None:
    if waarde is None:
        return None
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, dict | list):
        return json.dumps(waarde, ensure_ascii=False, sort_keys=True)
    return str(waarde)


def wijzigingen(voor: dict[str, Any] | None, na: dict[str, Any] | None) -> tuple[Wijziging, ...]:
    """The fields that differ between two versions of a record, in the record's own column order.

    A new record (no `voor`) lists its filled-in fields; a removed one (no `na`) its former ones.
    """
    voor = voor or {}
    na = na or {}
    velden = list(dict.fromkeys([*voor.keys(), *na.keys()]))
    uit: list[Wijziging] = []
    for veld in velden:
        if veld in _NIET_TONEN:
            continue
        oud, nieuw = voor.get(veld), na.get(veld)
        if oud == nieuw or (oud is None and nieuw is None):
            continue
        uit.append(Wijziging(veld, _tekst(oud), _tekst(nieuw)))
    return tuple(uit)


class InzagelogRepository:
    """Implements `models.store.interfaces_inzage.Inzagelog`."""

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    # --- staff ---------------------------------------------------------------------------------------------

    def medewerkers(self, actor: MedewerkerRow) -> list[MedewerkerRow]:
        eis(actor.rol, Bevoegdheid.AUDIT_LEZEN)
        with self._opslag.lezen() as s:
            return [medewerker_row(r) for r in s.execute(select(_M).order_by(_M.c.naam, _M.c.id))]

    # --- the access log ------------------------------------------------------------------------------------

    def per_burger(self, actor: MedewerkerRow, bsn: str, periode: Periode) -> Inzagelijst:
        eis(actor.rol, Bevoegdheid.AUDIT_LEZEN)
        schoon = controleer_bsn(bsn)
        with self._opslag.schrijven() as s:
            burger = self._burger(s, schoon)
            self._log(s, actor, burger.id, "inzagelog")
            regels, afgekapt = self._inzages(s, _I.c.burger_id == burger.id, periode)
        return Inzagelijst(regels, afgekapt, burger=burger)

    def per_medewerker(self, actor: MedewerkerRow, medewerker_id: int, periode: Periode) -> Inzagelijst:
        eis(actor.rol, Bevoegdheid.AUDIT_LEZEN)
        with self._opslag.lezen() as s:
            rij = s.execute(select(_M).where(_M.c.id == medewerker_id)).first()
            if rij is None:
                raise NietGevonden("Deze medewerker bestaat niet (meer) in de opslag.")
            regels, afgekapt = self._inzages(s, _I.c.medewerker_id == medewerker_id, periode)
        return Inzagelijst(regels, afgekapt, medewerker=medewerker_row(rij))

    # --- the audit trail -----------------------------------------------------------------------------------

    def audittrail(self, actor: MedewerkerRow, bsn: str, periode: Periode) -> Auditlijst:
        eis(actor.rol, Bevoegdheid.AUDIT_LEZEN)
        schoon = controleer_bsn(bsn)
        with self._opslag.schrijven() as s:
            burger = self._burger(s, schoon)
            self._log(s, actor, burger.id, "audittrail")
            stmt = (
                select(
                    _A.c.id,
                    _A.c.moment,
                    _A.c.actie,
                    _A.c.entiteit,
                    _A.c.entiteit_id,
                    _A.c.voor,
                    _A.c.na,
                    _M.c.naam,
                )
                .select_from(_A.outerjoin(_M, _M.c.id == _A.c.medewerker_id))
                .where(_A.c.burger_id == burger.id, _A.c.moment >= periode.begin, _A.c.moment < periode.einde)
                .order_by(_A.c.id.desc())
                .limit(MAX_REGELS + 1)
            )
            rijen = s.execute(stmt).all()
        regels = tuple(
            AuditRegel(
                id=r.id,
                moment=r.moment,
                medewerker=r.naam,
                actie=r.actie,
                entiteit=r.entiteit,
                entiteit_id=r.entiteit_id,
                wijzigingen=wijzigingen(r.voor, r.na),
            )
            for r in rijen[:MAX_REGELS]
        )
        return Auditlijst(regels, burger, afgekapt=len(rijen) > MAX_REGELS)

    # --- building blocks -----------------------------------------------------------------------------------

    @staticmethod
    def _burger(s: Session, bsn: str) -> BurgerKort:
        rij = s.execute(
            select(_B.c.id, _B.c.bsn, _B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam, _B.c.geboortedatum).where(
                _B.c.bsn == bsn
            )
        ).first()
        if rij is None:
            raise NietGevonden("Er staat geen burger met dit BSN in de opslag.")
        return BurgerKort(rij.id, rij.bsn, _naam(rij.voornamen, rij.tussenvoegsel, rij.achternaam), rij.geboortedatum)

    @staticmethod
    def _log(s: Session, actor: MedewerkerRow, burger_id: int, context: str) -> None:
        s.execute(
            insert(_I).values(
                medewerker_id=actor.id,
                burger_id=burger_id,
                moment=nu(),
                reden=InzageReden.KWALITEIT.value,
                toelichting=None,
                context=context,
            )
        )

    @staticmethod
    def _inzages(s: Session, voorwaarde: Any, periode: Periode) -> tuple[tuple[InzageRegel, ...], bool]:
        stmt = (
            select(
                _I.c.id,
                _I.c.moment,
                _I.c.medewerker_id,
                _I.c.burger_id,
                _I.c.reden,
                _I.c.toelichting,
                _I.c.context,
                _M.c.naam,
                _M.c.gebruikersnaam,
                _M.c.rol,
                _B.c.bsn,
                _B.c.voornamen,
                _B.c.tussenvoegsel,
                _B.c.achternaam,
            )
            .select_from(_I.join(_M, _M.c.id == _I.c.medewerker_id).join(_B, _B.c.id == _I.c.burger_id))
            .where(voorwaarde, _I.c.moment >= periode.begin, _I.c.moment < periode.einde)
            .order_by(_I.c.moment.desc(), _I.c.id.desc())
            .limit(MAX_REGELS + 1)
        )
        rijen = s.execute(stmt).all()
        regels = tuple(
            InzageRegel(
                id=r.id,
                moment=r.moment,
                medewerker_id=r.medewerker_id,
                medewerker=r.naam,
                gebruikersnaam=r.gebruikersnaam,
                rol=Rol(r.rol),
                burger_id=r.burger_id,
                burger=_naam(r.voornamen, r.tussenvoegsel, r.achternaam),
                bsn=r.bsn,
                reden=InzageReden(r.reden),
                toelichting=r.toelichting,
                context=r.context,
            )
            for r in rijen[:MAX_REGELS]
        )
        return regels, len(rijen) > MAX_REGELS
