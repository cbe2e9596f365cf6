"""Exactly once, also when the connection drops while a write is on its way.

What belongs here: `ZekereContacten`, the `Contacten` service as the composition root wires it. It passes every
call on to `ContactRepository`, and remembers a write that failed with `VerbindingFout` while its outcome is not
"certainly not saved" (`vastgelegd` True or None). Before that same write is tried again — the form's
"Opnieuw proberen" — it first looks up whether the earlier attempt landed; if so it hands back what was saved
instead of saving a second contact. `controleer_onzeker()` does that look-up for every waiting write once the
connection is back, so the user can be told the outcome without having to try again.

The look-up needs no transaction id and no more rights than the caller already has: a contact registered by
this staff member for this citizen, with this text, since the attempt began; for a correction, the contact at
the next version with this text, last changed by this staff member (the audit trail's `medewerker_id`,
`entiteit`, `entiteit_id` and `moment` are readable for every application role on a team server).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.domain import Contactkanaal
from models.store.contacten import ContactRepository
from models.store.fouten import VerbindingFout
from models.store.opslag import Opslag
from models.store.rows import ContactRow, MedewerkerRow, NieuwContact, TaakRow
from models.store.tables import AuditEvent, Contactmoment, Medewerker
from models.store.types import nu
from models.validatie import Validatiefout, controleer_tekst

__all__ = ["NIET_OPGESLAGEN", "ZekereContacten"]

_C = Contactmoment.__table__  # type: ignore[attr-defined]
_A = AuditEvent.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]
_SPELING = dt.timedelta(seconds=2)
NIET_OPGESLAGEN = (
    "De verbinding viel weg tijdens het opslaan. We hebben het gecontroleerd: uw wijziging is niet opgeslagen. "
    "Uw invoer is bewaard; u kunt opnieuw opslaan."
)  # clock resolution between the start of the attempt and the stored moment


def _schoon(tekst: str | None) -> str | None:
    """The text as the store keeps it (trimmed, NFC, newlines normalised): what a look-up compares with."""
    try:
        return controleer_tekst(tekst, "tekst", max_lengte=10**9, verplicht=False, meerdere_regels=True)
    except Validatiefout:
        return tekst


def _contact_row(r: Any, medewerker: str) -> ContactRow:
    return ContactRow(
        id=r.id,
        medewerker=medewerker,
        kanaal=Contactkanaal(r.kanaal),
        richting=r.richting,
        moment=r.moment,
        onderwerp=r.onderwerp,
        samenvatting=r.samenvatting,
        afspraken=r.afspraken,
        opgelost_in_eerste_contact=r.opgelost_in_eerste_contact,
        traject_id=r.traject_id,
        version=r.version,
    )


@dataclass(frozen=True, slots=True)
class _Registratie:
    actor: MedewerkerRow
    contact: NieuwContact


@dataclass(frozen=True, slots=True)
class _Correctie:
    actor: MedewerkerRow
    contact_id: int
    versie: int
    onderwerp: str
    samenvatting: str
    afspraken: str | None


_Poging = _Registratie | _Correctie


class ZekereContacten:
    """`Contacten` whose writes may be retried safely after a dropped connection (see the module docstring)."""

    def __init__(self, contacten: ContactRepository, opslag: Opslag) -> None:
        self._contacten = contacten
        self._opslag = opslag
        self._slot = threading.Lock()
        self._onzeker: dict[_Poging, dt.datetime] = {}  # the write → when its first attempt began
        self._bevestigd: dict[_Poging, ContactRow] = {}  # found saved after all: the retry gets this back

    # --- Contacten -----------------------------------------------------------------------------------------

    def registreer(self, actor: MedewerkerRow, contact: NieuwContact, *, vandaag: dt.date | None = None) -> ContactRow:
        poging = _Registratie(actor, contact)
        return self._eenmalig(poging, lambda: self._contacten.registreer(actor, contact, vandaag=vandaag))

    def wijzig(
        self,
        actor: MedewerkerRow,
        contact_id: int,
        versie: int,
        *,
        onderwerp: str,
        samenvatting: str,
        afspraken: str | None,
    ) -> ContactRow:
        poging = _Correctie(actor, contact_id, versie, onderwerp, samenvatting, afspraken)
        return self._eenmalig(
            poging,
            lambda: self._contacten.wijzig(
                actor, contact_id, versie, onderwerp=onderwerp, samenvatting=samenvatting, afspraken=afspraken
            ),
        )

    def mijn_taken(self, actor: MedewerkerRow, *, alleen_open: bool = True) -> list[TaakRow]:
        return self._contacten.mijn_taken(actor, alleen_open=alleen_open)

    def __getattr__(self, naam: str) -> Any:
        if naam.startswith("_"):
            raise AttributeError(naam)
        return getattr(self._contacten, naam)

    # --- the check after the connection came back ------------------------------------------------------------

    def onzeker(self) -> int:
        with self._slot:
            return len(self._onzeker)

    def controleer_onzeker(self) -> list[tuple[str, bool]]:
        """Look up every write whose outcome is unknown: (what it was, whether it was saved).

        A write found saved is kept, so that retrying it hands back what was saved; one found not saved is
        forgotten, so that retrying it saves it. Raises `VerbindingFout` while the store is unreachable.
        """
        with self._slot:
            wachtend = list(self._onzeker.items())
        uitkomsten: list[tuple[str, bool]] = []
        for poging, begin in wachtend:
            gevonden = self._zoek(poging, begin)
            with self._slot:
                self._onzeker.pop(poging, None)
                if gevonden is not None:
                    self._bevestigd[poging] = gevonden
            uitkomsten.append((self._omschrijving(poging), gevonden is not None))
        return uitkomsten

    # --- building blocks -----------------------------------------------------------------------------------

    def _eenmalig(self, poging: _Poging, schrijf: Any) -> ContactRow:
        with self._slot:
            bevestigd = self._bevestigd.pop(poging, None)
            begin = self._onzeker.get(poging)
        if bevestigd is not None:
            return bevestigd
        if begin is not None:
            gevonden = self._zoek(poging, begin)  # raises VerbindingFout while still unreachable: keep waiting
            with self._slot:
                self._onzeker.pop(poging, None)
            if gevonden is not None:
                return gevonden
        begin = nu()
        try:
            return schrijf()
        except VerbindingFout as fout:
            if not fout.schrijfactie or fout.vastgelegd is False:
                raise
            # saved, or not known: look it up right away when the store can be read again (only this one
            # connection may have dropped); otherwise remember it for the retry and for controleer_onzeker()
            try:
                gevonden = self._zoek(poging, begin)
            except VerbindingFout:
                with self._slot:
                    self._onzeker[poging] = begin
                raise fout from None
            if gevonden is not None:
                return gevonden
            if fout.vastgelegd:  # committed, yet not found: keep it open rather than guess
                with self._slot:
                    self._onzeker[poging] = begin
                raise
            raise VerbindingFout(NIET_OPGESLAGEN, schrijfactie=True, vastgelegd=False) from fout

    def _zoek(self, poging: _Poging, begin: dt.datetime) -> ContactRow | None:
        if isinstance(poging, _Registratie):
            return self._zoek_registratie(poging, begin)
        return self._zoek_correctie(poging, begin)

    def _zoek_registratie(self, poging: _Registratie, begin: dt.datetime) -> ContactRow | None:
        c = poging.contact
        stmt = (
            select(_C)
            .where(
                _C.c.burger_id == c.burger_id,
                _C.c.medewerker_id == poging.actor.id,
                _C.c.moment >= begin - _SPELING,
            )
            .order_by(_C.c.id)
        )
        with self._opslag.lezen() as s:
            for r in s.execute(stmt):
                if (
                    r.kanaal == c.kanaal.value
                    and r.richting == c.richting
                    and r.onderwerp == _schoon(c.onderwerp)
                    and r.samenvatting == _schoon(c.samenvatting)
                    and r.afspraken == _schoon(c.afspraken)
                ):
                    return _contact_row(r, poging.actor.naam)
        return None

    def _zoek_correctie(self, poging: _Correctie, begin: dt.datetime) -> ContactRow | None:
        with self._opslag.lezen() as s:
            r = s.execute(select(_C).where(_C.c.id == poging.contact_id)).first()
            if r is None or r.version != poging.versie + 1:
                return None
            if (r.onderwerp, r.samenvatting, r.afspraken) != (
                _schoon(poging.onderwerp),
                _schoon(poging.samenvatting),
                _schoon(poging.afspraken),
            ):
                return None
            laatste = s.execute(
                select(_A.c.medewerker_id, _A.c.moment)
                .where(_A.c.entiteit == "contactmoment", _A.c.entiteit_id == poging.contact_id)
                .order_by(_A.c.id.desc())
                .limit(1)
            ).first()
            if laatste is None or laatste.medewerker_id != poging.actor.id or laatste.moment < begin - _SPELING:
                return None
            naam = s.execute(select(_M.c.naam).where(_M.c.id == r.medewerker_id)).scalar() or ""
            return _contact_row(r, naam)

    @staticmethod
    def _omschrijving(poging: _Poging) -> str:
        if isinstance(poging, _Registratie):
            return f"het contact '{_schoon(poging.contact.onderwerp)}'"
        return f"de correctie van het contact '{_schoon(poging.onderwerp)}'"
