"""Contact registration and follow-up tasks: the first write paths of the workstation.

What belongs here: registering a contactmoment (with an optional follow-up task, in one transaction), correcting
a contact under optimistic locking, and the personal task list. Input is validated here (lengths, control
characters, dates) before anything is written; every write is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models.domain import Contactkanaal, TaakSoort, TaakStatus
from models.store import audit
from models.store.fouten import NietGevonden
from models.store.klantbeeld import taak_row
from models.store.opslag import Opslag, rij_naar_dict
from models.store.rows import ContactRow, MedewerkerRow, NieuwContact, TaakRow
from models.store.tables import Burger, Contactmoment, Medewerker, Taak
from models.store.toegang import Bevoegdheid, eis
from models.store.types import nu
from models.validatie import Validatiefout, controleer_tekst

__all__ = ["MAX_SAMENVATTING", "ContactRepository"]

MAX_ONDERWERP = 200
MAX_SAMENVATTING = 4000
MAX_AFSPRAKEN = 2000
MAX_TAAK = 500


def _contact_row(r: object, medewerker: str) -> ContactRow:
    return ContactRow(
        id=r.id,
        medewerker=medewerker,
        kanaal=Contactkanaal(r.kanaal),
        richting=r.richting,
        moment=r.moment,  # type: ignore[attr-defined]
        onderwerp=r.onderwerp,
        samenvatting=r.samenvatting,
        afspraken=r.afspraken,  # type: ignore[attr-defined]
        opgelost_in_eerste_contact=r.opgelost_in_eerste_contact,
        traject_id=r.traject_id,
        version=r.version,  # type: ignore[attr-defined]
    )


def schrijf_contact(
    s: Session,
    medewerker_id: int,
    burger_id: int,
    *,
    traject_id: int | None,
    kanaal: str,
    richting: str,
    onderwerp: str,
    samenvatting: str,
    afspraken: str | None,
    opgelost: bool = False,
) -> Any:
    """Insert one contactmoment with already-checked texts, audited, inside the caller's transaction; returns the
    stored row. Every use case that registers a contact (klantbeeld, begeleiding, balie) writes it through here."""
    c = Contactmoment.__table__  # type: ignore[attr-defined]
    contact_id = s.execute(
        insert(c)
        .values(
            burger_id=burger_id,
            medewerker_id=medewerker_id,
            traject_id=traject_id,
            kanaal=kanaal,
            richting=richting,
            moment=nu(),
            onderwerp=onderwerp,
            samenvatting=samenvatting,
            afspraken=afspraken,
            opgelost_in_eerste_contact=opgelost,
            version=1,
        )
        .returning(c.c.id)
    ).scalar_one()
    rij = s.execute(select(c).where(c.c.id == contact_id)).one()
    audit.registreer(
        s,
        medewerker_id=medewerker_id,
        actie="contact geregistreerd",
        entiteit="contactmoment",
        entiteit_id=contact_id,
        burger_id=burger_id,
        na=rij_naar_dict(rij),
    )
    return rij


def schrijf_taak(
    s: Session,
    aangemaakt_door: int,
    *,
    burger_id: int | None,
    medewerker_id: int | None,
    soort: str,
    omschrijving: str,
    vervaldatum: dt.date,
    traject_id: int | None = None,
    contact_id: int | None = None,
    telefoon: str | None = None,
    voorkeurstijd: str | None = None,
) -> Any:
    """Insert one open task (in `medewerker_id`'s list, or the team queue when None) with already-checked texts,
    audited, inside the caller's transaction; returns the stored row. Contacts, begeleiding and balie all write
    their tasks through here."""
    t = Taak.__table__  # type: ignore[attr-defined]
    taak_id = s.execute(
        insert(t)
        .values(
            burger_id=burger_id,
            medewerker_id=medewerker_id,
            aangemaakt_door=aangemaakt_door,
            contact_id=contact_id,
            traject_id=traject_id,
            soort=soort,
            omschrijving=omschrijving,
            vervaldatum=vervaldatum,
            telefoon=telefoon,
            voorkeurstijd=voorkeurstijd,
            status=TaakStatus.OPEN.value,
            aangemaakt_op=nu(),
            version=1,
        )
        .returning(t.c.id)
    ).scalar_one()
    rij = s.execute(select(t).where(t.c.id == taak_id)).one()
    audit.registreer(
        s,
        medewerker_id=aangemaakt_door,
        actie="taak aangemaakt",
        entiteit="taak",
        entiteit_id=taak_id,
        burger_id=burger_id,
        na=rij_naar_dict(rij),
    )
    return rij


class ContactRepository:
    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    def registreer(self, actor: MedewerkerRow, contact: NieuwContact, *, vandaag: dt.date | None = None) -> ContactRow:
        """Register a contact and, when asked, its follow-up task — both or neither.

        Raises:
            Validatiefout: an empty subject or summary, text that is too long or holds control characters, or a
                follow-up task without a (future) due date.
        """
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        vandaag = vandaag or dt.date.today()  # noqa: DTZ011 - the user's calendar day
        onderwerp = controleer_tekst(contact.onderwerp, "onderwerp", max_lengte=MAX_ONDERWERP)
        samenvatting = controleer_tekst(
            contact.samenvatting, "samenvatting", max_lengte=MAX_SAMENVATTING, meerdere_regels=True
        )
        afspraken = controleer_tekst(
            contact.afspraken, "afspraken", max_lengte=MAX_AFSPRAKEN, verplicht=False, meerdere_regels=True
        )
        if contact.richting not in ("inkomend", "uitgaand"):
            raise Validatiefout("richting", "kies inkomend of uitgaand")
        taak_tekst = controleer_tekst(contact.taak_omschrijving, "vervolgactie", max_lengte=MAX_TAAK, verplicht=False)
        if taak_tekst is not None:
            if contact.taak_vervaldatum is None:
                raise Validatiefout("datum vervolgactie", "geef aan wanneer de vervolgactie klaar moet zijn")
            if contact.taak_vervaldatum < vandaag:
                raise Validatiefout("datum vervolgactie", "de datum van de vervolgactie ligt in het verleden")
        with self._opslag.schrijven() as s:
            if s.get(Burger, contact.burger_id) is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            rij = schrijf_contact(
                s,
                actor.id,
                contact.burger_id,
                traject_id=contact.traject_id,
                kanaal=contact.kanaal.value,
                richting=contact.richting,
                onderwerp=onderwerp,
                samenvatting=samenvatting,
                afspraken=afspraken,
                opgelost=contact.opgelost_in_eerste_contact,
            )
            contact_id = rij.id
            if taak_tekst is not None:
                schrijf_taak(
                    s,
                    actor.id,
                    burger_id=contact.burger_id,
                    medewerker_id=actor.id,
                    soort=TaakSoort.OPVOLGING.value,
                    omschrijving=taak_tekst,
                    vervaldatum=contact.taak_vervaldatum,
                    traject_id=contact.traject_id,
                    contact_id=contact_id,
                )
            return _contact_row(rij, actor.naam)

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
        """Correct a registered contact. Raises `Conflict` when a colleague changed it since `versie` was read."""
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        waarden = {
            "onderwerp": controleer_tekst(onderwerp, "onderwerp", max_lengte=MAX_ONDERWERP),
            "samenvatting": controleer_tekst(
                samenvatting, "samenvatting", max_lengte=MAX_SAMENVATTING, meerdere_regels=True
            ),
            "afspraken": controleer_tekst(
                afspraken, "afspraken", max_lengte=MAX_AFSPRAKEN, verplicht=False, meerdere_regels=True
            ),
        }
        with self._opslag.schrijven() as s:
            c = Contactmoment.__table__  # type: ignore[attr-defined]
            burger_id = s.execute(select(c.c.burger_id).where(c.c.id == contact_id)).scalar()
            self._opslag.werk_bij(
                s,
                Contactmoment,
                contact_id,
                versie,
                waarden,
                medewerker_id=actor.id,
                actie="contact gewijzigd",
                burger_id=burger_id,
            )
            rij = s.execute(select(c).where(c.c.id == contact_id)).one()
            m = Medewerker.__table__  # type: ignore[attr-defined]
            naam = s.execute(select(m.c.naam).where(m.c.id == rij.medewerker_id)).scalar() or ""
            return _contact_row(rij, naam)

    def mijn_taken(self, actor: MedewerkerRow, *, alleen_open: bool = True) -> list[TaakRow]:
        """The actor's tasks, soonest first, with the citizen's name."""
        t = Taak.__table__  # type: ignore[attr-defined]
        b = Burger.__table__  # type: ignore[attr-defined]
        stmt = (
            select(t, b.c.voornamen, b.c.tussenvoegsel, b.c.achternaam)
            .outerjoin(b, b.c.id == t.c.burger_id)
            .where(t.c.medewerker_id == actor.id)
            .order_by(t.c.vervaldatum, t.c.id)
        )
        if alleen_open:
            stmt = stmt.where(t.c.status == TaakStatus.OPEN.value)
        with self._opslag.lezen() as s:
            return [
                taak_row(r, " ".join(p for p in (r.voornamen, r.tussenvoegsel, r.achternaam) if p) or None)
                for r in s.execute(stmt)
            ]
