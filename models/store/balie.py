"""The counter (balie) use cases: identify a visitor, ask for a callback, pass a change on, print an overview.

What belongs here: `BalieRepository`, the store side of the balie screen (issue #7):
- `identificeer()`: exact BSN (elfproef), a checked identity document and the reason of the visit are required;
  the klantbeeld load writes the access-log entry (reason "baliebezoek", the visit's reason and the identity
  check in the explanation, context "balie"); the restricted klantbeeld comes back with the contact route to the
  citizen's begeleider (name, team, phone).
- `terugbelverzoek()`: a contact (channel balie) and a callback task with phone number and preferred time, in
  one transaction; the task goes to the begeleider of the open traject, otherwise to the back-office queue
  (a task without a staff member).
- `wijziging_doorgeven()`: a change the citizen reports at the counter (after a what-if) as a contact plus a
  follow-up task in the back-office queue.
- `overzicht()`: the printed overview for the citizen (`models.letters.overzicht`), stored as a document.

Referral to persoonlijke begeleiding is `BegeleidingRepository.verwijs(bron=balie)`; a standard arrangement is
`Regelingendienst.stel_voor(soort=standaard)`; both check the balie role themselves. Every write is audited. On
PostgreSQL the balie database role cannot read notes, signals, vulnerability, partners or housemates; nothing
here reads them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from models.domain import Contactkanaal, DocumentSoort, InzageReden, TaakSoort
from models.services.werkdagen import werkdagen_na
from models.store.contacten import schrijf_contact, schrijf_taak
from models.store.fouten import NietGevonden
from models.store.klantbeeld import KlantbeeldRepository, burger_row, taak_row
from models.store.opslag import Opslag
from models.store.rows import ContactRow, MedewerkerRow, TaakRow
from models.store.rows_balie import Baliebeeld, Contactroute, Overzichtdocument
from models.store.tables import Begeleidingstraject, Burger, Contactmoment, Medewerker, Taak
from models.store.toegang import Bevoegdheid, eis, mag
from models.validatie import Validatiefout, controleer_bsn, controleer_tekst, controleer_telefoon

__all__ = ["TERUGBEL_WERKDAGEN", "WIJZIGING_WERKDAGEN", "BalieRepository"]

TERUGBEL_WERKDAGEN = 2  # a callback is due within two working days
WIJZIGING_WERKDAGEN = 5  # the back office handles a reported change within a week
MAX_REDEN = 200
MAX_ONDERWERP = 200
MAX_SAMENVATTING = 4000
MAX_VOORKEURSTIJD = 60

_B = Burger.__table__  # type: ignore[attr-defined]
_T = Begeleidingstraject.__table__  # type: ignore[attr-defined]
_M = Medewerker.__table__  # type: ignore[attr-defined]
_C = Contactmoment.__table__  # type: ignore[attr-defined]
_TK = Taak.__table__  # type: ignore[attr-defined]


class BalieRepository:
    """The counter's use cases. Every method takes the acting staff member and checks the role first.

    Args:
        opslag: the store.
        fonts_dir / letters_dir: the TTF fonts and letter texts for the printed overview (`resources/...`).
    """

    def __init__(self, opslag: Opslag, fonts_dir: Path, letters_dir: Path) -> None:
        self._opslag = opslag
        self._fonts_dir = Path(fonts_dir)
        self._letters_dir = Path(letters_dir)
        self._klantbeelden = KlantbeeldRepository(opslag)

    # --- identify ----------------------------------------------------------------------------------------------

    def identificeer(
        self,
        actor: MedewerkerRow,
        bsn: str,
        *,
        identiteit_gecontroleerd: bool,
        reden_bezoek: str,
        peildatum: dt.date,
        vernieuwen: bool = False,
    ) -> Baliebeeld:
        """Find the citizen by exact BSN and open their (restricted) klantbeeld, logging the access.

        The access log gets reason "baliebezoek", the visit's reason with the identity check as explanation, and
        context "balie" ("balie-vernieuwen" when the screen reads the same citizen again after an action).

        Raises:
            Validatiefout: a BSN that fails the elfproef, no identity check, no or a too long reason.
            NietGevonden: no citizen with this BSN.
            GeenToegang: the role may not search by BSN or open a klantbeeld.
        """
        eis(actor.rol, Bevoegdheid.ZOEKEN_BSN)
        schoon = controleer_bsn(bsn)
        if not identiteit_gecontroleerd:
            raise Validatiefout(
                "identiteit", "controleer eerst het legitimatiebewijs van de burger en vink dat daarna aan"
            )
        reden = controleer_tekst(reden_bezoek, "reden van het bezoek", max_lengte=MAX_REDEN)
        assert reden is not None
        with self._opslag.lezen() as s:
            burger_id = s.execute(select(_B.c.id).where(_B.c.bsn == schoon)).scalar()
        if burger_id is None:
            raise NietGevonden(
                "Er staat geen burger met dit BSN in de opslag. Kijk het BSN na op het legitimatiebewijs."
            )
        kb = self._klantbeelden.laad(
            actor,
            burger_id,
            reden=InzageReden.BALIEBEZOEK,
            toelichting=f"Legitimatiebewijs gecontroleerd. Reden bezoek: {reden}",
            context="balie-vernieuwen" if vernieuwen else "balie",
            peildatum=peildatum,
        )
        with self._opslag.lezen() as s:
            route = self._contactroute(s, burger_id)
        return Baliebeeld(klantbeeld=kb, begeleider=route, reden_bezoek=reden)

    @staticmethod
    def _contactroute(s: Session, burger_id: int) -> Contactroute | None:
        rij = s.execute(
            select(_T.c.status, _T.c.aangemeld_op, _M.c.naam, _M.c.team, _M.c.telefoon)
            .outerjoin(_M, _M.c.id == _T.c.begeleider_id)
            .where(_T.c.burger_id == burger_id, _T.c.status != "afgesloten")
            .order_by(_T.c.aangemeld_op.desc(), _T.c.id.desc())
            .limit(1)
        ).first()
        if rij is None:
            return None
        return Contactroute(rij.naam, rij.team, rij.telefoon, rij.status, rij.aangemeld_op)

    # --- callback and reported change -----------------------------------------------------------------------

    def terugbelverzoek(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        telefoon: str,
        voorkeurstijd: str,
        onderwerp: str,
        vandaag: dt.date,
    ) -> TaakRow:
        """Register a callback request: a contact (balie) and a callback task, both or neither.

        The task goes to the begeleider of the citizen's open traject; without one, to the back-office queue.
        It is due in `TERUGBEL_WERKDAGEN` working days.

        Raises:
            Validatiefout: a phone number that is not one, no preferred time, no subject, text too long.
            NietGevonden: no such citizen.
            GeenToegang: the role may not request callbacks.
        """
        eis(actor.rol, Bevoegdheid.TERUGBELVERZOEK)
        nummer = controleer_telefoon(telefoon)
        tijd = controleer_tekst(voorkeurstijd, "voorkeurstijd", max_lengte=MAX_VOORKEURSTIJD)
        vraag = controleer_tekst(onderwerp, "waarover terugbellen", max_lengte=MAX_ONDERWERP)
        assert tijd is not None and vraag is not None
        uiterlijk = werkdagen_na(vandaag, TERUGBEL_WERKDAGEN)
        with self._opslag.schrijven() as s:
            naam = self._burger_naam(s, burger_id)
            traject = self._open_traject(s, burger_id)
            contact_id = self._contact(
                s,
                actor,
                burger_id,
                traject_id=None if traject is None else traject.id,
                onderwerp=f"Terugbelverzoek: {vraag}"[:MAX_ONDERWERP],
                samenvatting=f"Burger vraagt aan de balie om teruggebeld te worden over: {vraag}. "
                f"Telefoon {nummer}, voorkeur: {tijd}.",
            )
            taak_id = self._taak(
                s,
                actor,
                burger_id,
                medewerker_id=None if traject is None else traject.begeleider_id,
                traject_id=None if traject is None else traject.id,
                contact_id=contact_id,
                soort=TaakSoort.TERUGBELLEN,
                omschrijving=f"Terugbellen: {vraag}",
                vervaldatum=uiterlijk,
                telefoon=nummer,
                voorkeurstijd=tijd,
            )
            return taak_row(s.execute(select(_TK).where(_TK.c.id == taak_id)).one(), naam)

    def wijziging_doorgeven(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        onderwerp: str,
        samenvatting: str,
        vandaag: dt.date,
    ) -> ContactRow:
        """Register a change the citizen reports at the counter: a contact and a task in the back-office queue.

        Raises:
            Validatiefout: no subject or summary, text too long. NietGevonden: no such citizen.
            GeenToegang: the role may not register contacts.
        """
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        titel = controleer_tekst(onderwerp, "onderwerp", max_lengte=MAX_ONDERWERP)
        tekst = controleer_tekst(samenvatting, "samenvatting", max_lengte=MAX_SAMENVATTING, meerdere_regels=True)
        assert titel is not None and tekst is not None
        with self._opslag.schrijven() as s:
            self._burger_naam(s, burger_id)
            traject = self._open_traject(s, burger_id)
            traject_id = None if traject is None else traject.id
            contact_id = self._contact(
                s,
                actor,
                burger_id,
                traject_id=traject_id,
                onderwerp=titel,
                samenvatting=tekst,
                afspraken=(
                    "De wijziging gaat naar de backoffice. De burger geeft de wijziging ook door in Mijn toeslagen."
                ),
            )
            self._taak(
                s,
                actor,
                burger_id,
                medewerker_id=None,
                traject_id=traject_id,
                contact_id=contact_id,
                soort=TaakSoort.OPVOLGING,
                omschrijving=f"Wijziging verwerken: {titel}"[:500],
                vervaldatum=werkdagen_na(vandaag, WIJZIGING_WERKDAGEN),
            )
            rij = s.execute(select(_C).where(_C.c.id == contact_id)).one()
            return ContactRow(
                id=rij.id,
                medewerker=actor.naam,
                kanaal=Contactkanaal(rij.kanaal),
                richting=rij.richting,
                moment=rij.moment,
                onderwerp=rij.onderwerp,
                samenvatting=rij.samenvatting,
                afspraken=rij.afspraken,
                opgelost_in_eerste_contact=rij.opgelost_in_eerste_contact,
                traject_id=rij.traject_id,
                version=rij.version,
            )

    # --- the printed overview --------------------------------------------------------------------------------

    def overzicht(self, actor: MedewerkerRow, burger_id: int, *, taal: str, vandaag: dt.date) -> Overzichtdocument:
        """Render the citizen's overview (toeslagen, claims, arrangement, what to do, help) and store it.

        Raises:
            Validatiefout: unknown language. NietGevonden: no such citizen.
            GeenToegang: the role may not open a klantbeeld or register documents.
        """
        if not mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG):
            eis(actor.rol, Bevoegdheid.KLANTBEELD_BEPERKT)
        eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
        if taal not in ("nl", "en"):
            raise Validatiefout("taal", "kies nl of en")
        # ReportLab is imported on first use (on the worker thread), not while the login window waits
        from models.letters.gegevens import Hulp
        from models.letters.overzicht import Overzicht, overzicht_onderwerp, render_overzicht
        from models.store.documenten import DocumentRepository

        with self._opslag.lezen() as s:
            rij = s.execute(select(_B).where(_B.c.id == burger_id)).first()
            if rij is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            # the citizen's own overview never holds more than the counter may see (no partner or housemates)
            kb = self._klantbeelden._lees(s, actor, burger_row(rij), vandaag, volledig=False)
            route = self._contactroute(s, burger_id)
        hulp = Hulp(route.naam, route.telefoon) if route is not None and route.naam else Hulp()
        gegevens = Overzicht.uit_klantbeeld(kb, taal=taal, vandaag=vandaag, hulp=hulp)
        pdf = render_overzicht(gegevens, self._fonts_dir, self._letters_dir)  # outside any session
        document = DocumentRepository(self._opslag, self._fonts_dir, self._letters_dir).bewaar(
            actor,
            burger_id,
            DocumentSoort.OVERZICHT,
            overzicht_onderwerp(gegevens, self._letters_dir),
            pdf,
            kenmerk=gegevens.basis.kenmerk,
            datum=vandaag,
            taal=taal,
        )
        return Overzichtdocument(document, pdf)

    # --- building blocks -------------------------------------------------------------------------------------

    @staticmethod
    def _burger_naam(s: Session, burger_id: int) -> str:
        rij = s.execute(select(_B.c.voornamen, _B.c.tussenvoegsel, _B.c.achternaam).where(_B.c.id == burger_id)).first()
        if rij is None:
            raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
        return " ".join(p for p in (rij.voornamen, rij.tussenvoegsel, rij.achternaam) if p)

    @staticmethod
    def _open_traject(s: Session, burger_id: int) -> Any | None:
        return s.execute(
            select(_T.c.id, _T.c.begeleider_id)
            .where(_T.c.burger_id == burger_id, _T.c.status != "afgesloten")
            .order_by(_T.c.id.desc())
            .limit(1)
        ).first()

    @staticmethod
    def _contact(
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        traject_id: int | None,
        onderwerp: str,
        samenvatting: str,
        afspraken: str | None = None,
    ) -> int:
        rij = schrijf_contact(
            s,
            actor.id,
            burger_id,
            traject_id=traject_id,
            kanaal=Contactkanaal.BALIE.value,
            richting="inkomend",
            onderwerp=onderwerp,
            samenvatting=samenvatting,
            afspraken=afspraken,
            opgelost=False,
        )
        return int(rij.id)

    @staticmethod
    def _taak(
        s: Session,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        medewerker_id: int | None,
        traject_id: int | None,
        contact_id: int,
        soort: TaakSoort,
        omschrijving: str,
        vervaldatum: dt.date,
        telefoon: str | None = None,
        voorkeurstijd: str | None = None,
    ) -> int:
        rij = schrijf_taak(
            s,
            actor.id,
            burger_id=burger_id,
            medewerker_id=medewerker_id,
            soort=soort.value,
            omschrijving=omschrijving[:500],
            vervaldatum=vervaldatum,
            traject_id=traject_id,
            contact_id=contact_id,
            telefoon=telefoon,
            voorkeurstijd=voorkeurstijd,
        )
        return int(rij.id)
