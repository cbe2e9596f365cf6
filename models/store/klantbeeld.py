"""Finding a citizen and reading one household whole (the integraal klantbeeld), with the access log.

What belongs here: the search queries (BSN, name + birth date, postcode + house number), the caseload check,
and `KlantbeeldRepository.laad()` which writes the `Inzage` entry and reads every part of the household in one
short transaction, leaving out what the viewer's role may not see. Rows come back as `models.store.rows`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, insert, or_, select
from sqlmodel import Session

from models.domain import Contactkanaal, InzageReden, Regeling
from models.store.fouten import NietGevonden
from models.store.opslag import Opslag, euro
from models.store.rows import (
    BeschikkingRow,
    BetalingRow,
    BetalingsregelingRow,
    BurgerKort,
    BurgerRow,
    ContactRow,
    DocumentRow,
    KindRow,
    Klantbeeld,
    KwetsbaarheidRow,
    MedebewonerRow,
    MedewerkerRow,
    NotitieRow,
    PartnerschapRow,
    SignaalRow,
    TaakRow,
    TermijnRow,
    ToeslagRow,
    TrajectRow,
    VorderingRow,
    ZoekResultaat,
)
from models.store.tables import (
    Begeleidingstraject,
    Beschikking,
    Betaling,
    Betalingsregeling,
    Burger,
    Contactmoment,
    Document,
    Inzage,
    Kind,
    Kwetsbaarheid,
    Medebewoner,
    Medewerker,
    Notitie,
    Partnerschap,
    RegelingVordering,
    Signaal,
    Taak,
    Termijn,
    Toeslag,
    Vordering,
)
from models.store.toegang import Bevoegdheid, eis, mag
from models.store.types import nu
from models.validatie import controleer_bsn, controleer_postcode, controleer_tekst, zoeknaam

__all__ = ["KlantbeeldRepository", "burger_row", "traject_row"]

MAX_ZOEKRESULTATEN = 200
_B = Burger.__table__  # type: ignore[attr-defined]


def burger_row(r: Any) -> BurgerRow:
    return BurgerRow(
        id=r.id,
        bsn=r.bsn,
        voornamen=r.voornamen,
        tussenvoegsel=r.tussenvoegsel,
        achternaam=r.achternaam,
        geboortedatum=r.geboortedatum,
        straat=r.straat,
        huisnummer=r.huisnummer,
        huisnummer_toevoeging=r.huisnummer_toevoeging,
        postcode=r.postcode,
        woonplaats=r.woonplaats,
        land=r.land,
        telefoon=r.telefoon,
        email=r.email,
        iban=r.iban,
        taal=r.taal,
        voorkeurskanaal=r.voorkeurskanaal,
        communicatiebehoefte=r.communicatiebehoefte,
        overleden_op=r.overleden_op,
        version=r.version,
    )


def _volledige_naam(r: Any) -> str:
    return " ".join(p for p in (r.voornamen, r.tussenvoegsel, r.achternaam) if p)


def traject_row(r: Any, begeleider: str | None) -> TrajectRow:
    return TrajectRow(
        id=r.id,
        burger_id=r.burger_id,
        begeleider_id=r.begeleider_id,
        begeleider=begeleider,
        bron=r.bron,
        bron_toelichting=r.bron_toelichting,
        status=r.status,
        prioriteit=r.prioriteit,
        aangemeld_op=r.aangemeld_op,
        intake_uiterlijk=r.intake_uiterlijk,
        eerste_contact_op=r.eerste_contact_op,
        plan=r.plan,
        volgende_actie=r.volgende_actie,
        volgende_actie_op=r.volgende_actie_op,
        afgesloten_op=r.afgesloten_op,
        uitkomst=r.uitkomst,
        reden_afsluiting=r.reden_afsluiting,
        version=r.version,
    )


class KlantbeeldRepository:
    """Search and klantbeeld reads. Every method takes the acting staff member and checks the role first."""

    def __init__(self, opslag: Opslag) -> None:
        self._opslag = opslag

    # --- search -------------------------------------------------------------------------------------------

    def zoek_bsn(self, actor: MedewerkerRow, bsn: str) -> list[ZoekResultaat]:
        eis(actor.rol, Bevoegdheid.ZOEKEN_BSN)
        schoon = controleer_bsn(bsn)
        with self._opslag.lezen() as s:
            return self._resultaten(s, _B.c.bsn == schoon)

    def zoek_naam(self, actor: MedewerkerRow, achternaam: str, geboortedatum: dt.date) -> list[ZoekResultaat]:
        eis(actor.rol, Bevoegdheid.ZOEKEN_NAAM_ADRES)
        naam = controleer_tekst(achternaam, "achternaam", max_lengte=120)
        assert naam is not None
        sleutel = zoeknaam(naam)
        with self._opslag.lezen() as s:
            return self._resultaten(
                s, and_(_B.c.geboortedatum == geboortedatum, _B.c.achternaam_zoek.startswith(sleutel, autoescape=True))
            )

    def zoek_adres(self, actor: MedewerkerRow, postcode: str, huisnummer: int) -> list[ZoekResultaat]:
        eis(actor.rol, Bevoegdheid.ZOEKEN_NAAM_ADRES)
        pc = controleer_postcode(postcode)
        with self._opslag.lezen() as s:
            return self._resultaten(s, and_(_B.c.postcode == pc, _B.c.huisnummer == huisnummer))

    def _resultaten(self, s: Session, voorwaarde: Any) -> list[ZoekResultaat]:
        rijen = s.execute(
            select(_B).where(voorwaarde).order_by(_B.c.achternaam_zoek, _B.c.geboortedatum).limit(MAX_ZOEKRESULTATEN)
        ).all()
        if not rijen:
            return []
        begeleiders = self._begeleiders(s, [r.id for r in rijen])
        return [
            ZoekResultaat(
                burger_id=r.id,
                bsn=r.bsn,
                naam=_volledige_naam(r),
                geboortedatum=r.geboortedatum,
                adres=f"{r.straat} {r.huisnummer}{'-' + r.huisnummer_toevoeging if r.huisnummer_toevoeging else ''}, "
                f"{r.postcode[:4]} {r.postcode[4:]} {r.woonplaats}",
                begeleider=begeleiders.get(r.id),
            )
            for r in rijen
        ]

    @staticmethod
    def _begeleiders(s: Session, burger_ids: list[int]) -> dict[int, str]:
        t = Begeleidingstraject.__table__  # type: ignore[attr-defined]
        m = Medewerker.__table__  # type: ignore[attr-defined]
        rijen = s.execute(
            select(t.c.burger_id, m.c.naam)
            .join(m, m.c.id == t.c.begeleider_id)
            .where(t.c.burger_id.in_(burger_ids), t.c.status != "afgesloten")
        ).all()
        return {r.burger_id: r.naam for r in rijen}

    # --- caseload -----------------------------------------------------------------------------------------

    def in_caseload(self, actor: MedewerkerRow, burger_id: int) -> bool:
        """True when the actor is the begeleider of an open traject of this citizen (no reason needed then)."""
        t = Begeleidingstraject.__table__  # type: ignore[attr-defined]
        with self._opslag.lezen() as s:
            return (
                s.execute(
                    select(t.c.id)
                    .where(t.c.burger_id == burger_id, t.c.begeleider_id == actor.id, t.c.status != "afgesloten")
                    .limit(1)
                ).first()
                is not None
            )

    # --- klantbeeld ---------------------------------------------------------------------------------------

    def laad(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        *,
        reden: InzageReden,
        toelichting: str | None = None,
        context: str = "klantbeeld",
        peildatum: dt.date | None = None,
    ) -> Klantbeeld:
        """Log the access (who, when, why) and read the household in one transaction.

        Raises:
            GeenToegang: the role may not open a klantbeeld.
            NietGevonden: no such citizen.
            Validatiefout: reason "overig" without an explanation, or an explanation that is too long.
        """
        volledig = mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG)
        if not volledig:
            eis(actor.rol, Bevoegdheid.KLANTBEELD_BEPERKT)
        toelichting = controleer_tekst(
            toelichting, "toelichting", max_lengte=500, verplicht=reden == InzageReden.OVERIG
        )
        peildatum = peildatum or dt.date.today()  # noqa: DTZ011 - a calendar date in the user's own time zone
        with self._opslag.schrijven() as s:
            burger = s.execute(select(_B).where(_B.c.id == burger_id)).first()
            if burger is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            s.execute(
                insert(Inzage.__table__).values(  # type: ignore[attr-defined]
                    medewerker_id=actor.id,
                    burger_id=burger_id,
                    moment=nu(),
                    reden=reden.value,
                    toelichting=toelichting,
                    context=context,
                )
            )
            return self._lees(s, actor, burger_row(burger), peildatum, volledig=volledig)

    def _lees(
        self, s: Session, actor: MedewerkerRow, burger: BurgerRow, peildatum: dt.date, *, volledig: bool
    ) -> Klantbeeld:
        bid = burger.id
        medewerkers = _MedewerkerNamen(s)

        # The restricted (balie) view has no partner or housemate data (DOMAIN.md §9): not read at all, and on
        # PostgreSQL not even readable for the balie role.
        p = Partnerschap.__table__  # type: ignore[attr-defined]
        partners = (
            ()
            if not volledig
            else tuple(
                PartnerschapRow(
                    id=r.id,
                    partner=BurgerKort(r.pid, r.bsn, _volledige_naam(r), r.geboortedatum),
                    begin=r.begin,
                    einde=r.einde,
                    uit_buitenland=r.uit_buitenland,
                )
                for r in s.execute(
                    select(
                        p.c.id,
                        p.c.begin,
                        p.c.einde,
                        p.c.uit_buitenland,
                        _B.c.id.label("pid"),
                        _B.c.bsn,
                        _B.c.voornamen,
                        _B.c.tussenvoegsel,
                        _B.c.achternaam,
                        _B.c.geboortedatum,
                    )
                    .join(_B, _B.c.id == p.c.partner_id)
                    .where(p.c.burger_id == bid)
                    .order_by(p.c.begin.desc())
                )
            )
        )
        k = Kind.__table__  # type: ignore[attr-defined]
        kinderen = tuple(
            KindRow(r.id, r.voornaam, r.geboortedatum, r.thuiswonend)
            for r in s.execute(select(k).where(k.c.burger_id == bid).order_by(k.c.geboortedatum))
        )
        mb = Medebewoner.__table__  # type: ignore[attr-defined]
        medebewoners = (
            ()
            if not volledig
            else tuple(
                MedebewonerRow(
                    r.id,
                    r.naam,
                    r.relatie,
                    r.geboortedatum,
                    euro(r.toetsingsinkomen_cent) or euro(0),  # type: ignore[arg-type]
                    r.begin,
                    r.einde,
                )
                for r in s.execute(select(mb).where(mb.c.burger_id == bid).order_by(mb.c.begin))
            )
        )
        t = Toeslag.__table__  # type: ignore[attr-defined]
        toeslagen = tuple(
            ToeslagRow(
                id=r.id,
                regeling=Regeling(r.regeling),
                jaar=r.jaar,
                status=r.status,
                eerste_maand=r.eerste_maand,
                laatste_maand=r.laatste_maand,
                voorschot_jaar=euro(r.voorschot_jaar_cent),  # type: ignore[arg-type]
                voorschot_maand=euro(r.voorschot_maand_cent),
                betaald=euro(r.betaald_cent),  # type: ignore[arg-type]
                definitief_jaar=euro(r.definitief_jaar_cent),
                saldo=euro(r.saldo_cent),
                onbevestigd=r.onbevestigd,
                grondslagen_voorschot=r.grondslagen_voorschot,
                grondslagen_definitief=r.grondslagen_definitief,
                grondslagen_actueel=r.grondslagen_actueel,
                version=r.version,
            )
            for r in s.execute(select(t).where(t.c.burger_id == bid).order_by(t.c.jaar.desc(), t.c.regeling))
        )
        bs = Beschikking.__table__  # type: ignore[attr-defined]
        beschikkingen = tuple(
            BeschikkingRow(
                r.id,
                r.toeslag_id,
                r.soort,
                r.kenmerk,
                r.datum,
                r.bezwaar_uiterlijk,
                euro(r.bedrag_cent),
                euro(r.maandbedrag_cent),
                euro(r.saldo_cent),
                r.omschrijving,
            )  # type: ignore[arg-type]
            for r in s.execute(select(bs).where(bs.c.burger_id == bid).order_by(bs.c.datum.desc(), bs.c.id.desc()))
        )
        bt = Betaling.__table__  # type: ignore[attr-defined]
        betalingen = tuple(
            BetalingRow(r.id, r.toeslag_id, r.soort, r.datum, euro(r.bedrag_cent), r.omschrijving)  # type: ignore[arg-type]
            for r in s.execute(select(bt).where(bt.c.burger_id == bid).order_by(bt.c.datum.desc()))
        )
        v = Vordering.__table__  # type: ignore[attr-defined]
        vorderingen = tuple(
            VorderingRow(
                id=r.id,
                regeling=Regeling(r.regeling),
                jaar=r.jaar,
                kenmerk=r.kenmerk,
                bedrag=euro(r.bedrag_cent),  # type: ignore[arg-type]
                open=euro(r.open_cent),
                rente=euro(r.rente_cent),
                kosten=euro(r.kosten_cent),  # type: ignore[arg-type]
                ontstaan_op=r.ontstaan_op,
                vervaldatum=r.vervaldatum,
                status=r.status,
                toeslag_id=r.toeslag_id,
                beschikking_id=r.beschikking_id,
                partner_id=r.partner_id,
                version=r.version,
            )
            for r in s.execute(
                select(v).where(or_(v.c.burger_id == bid, v.c.partner_id == bid)).order_by(v.c.ontstaan_op.desc())
            )
        )
        regelingen = self._regelingen(s, bid)
        c = Contactmoment.__table__  # type: ignore[attr-defined]
        contacten = tuple(
            ContactRow(
                id=r.id,
                medewerker=medewerkers.naam(r.medewerker_id),
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
            for r in s.execute(select(c).where(c.c.burger_id == bid).order_by(c.c.moment.desc()).limit(500))
        )
        tk = Taak.__table__  # type: ignore[attr-defined]
        taken = tuple(
            taak_row(r, burger.naam)
            for r in s.execute(
                select(tk).where(tk.c.burger_id == bid).order_by(tk.c.status, tk.c.vervaldatum).limit(200)
            )
        )
        d = Document.__table__  # type: ignore[attr-defined]
        documenten = tuple(
            DocumentRow(
                r.id,
                r.soort,
                r.titel,
                r.kenmerk,
                r.datum,
                r.taal,
                r.beschikking_id,
                r.regeling_id,
                r.heeft_pdf,
                r.verzonden_op,
            )
            for r in s.execute(
                select(
                    d.c.id,
                    d.c.soort,
                    d.c.titel,
                    d.c.kenmerk,
                    d.c.datum,
                    d.c.taal,
                    d.c.beschikking_id,
                    d.c.regeling_id,
                    d.c.verzonden_op,
                    d.c.pdf.is_not(None).label("heeft_pdf"),
                )
                .where(d.c.burger_id == bid)
                .order_by(d.c.datum.desc(), d.c.id.desc())
            )
        )
        tr = Begeleidingstraject.__table__  # type: ignore[attr-defined]
        trajecten = tuple(
            traject_row(r, medewerkers.naam(r.begeleider_id) if r.begeleider_id else None)
            for r in s.execute(select(tr).where(tr.c.burger_id == bid).order_by(tr.c.aangemeld_op.desc()))
        )
        signalen = notities = kwetsbaarheden = None
        if volledig and mag(actor.rol, Bevoegdheid.SIGNALEN_LEZEN):
            sg = Signaal.__table__  # type: ignore[attr-defined]
            signalen = tuple(
                signaal_row(r)
                for r in s.execute(select(sg).where(sg.c.burger_id == bid).order_by(sg.c.ontstaan_op.desc()))
            )
        if volledig and mag(actor.rol, Bevoegdheid.NOTITIES_LEZEN):
            n = Notitie.__table__  # type: ignore[attr-defined]
            notities = tuple(
                NotitieRow(r.id, medewerkers.naam(r.medewerker_id), r.moment, r.tekst, r.traject_id, r.version)
                for r in s.execute(select(n).where(n.c.burger_id == bid).order_by(n.c.moment.desc()))
            )
        if volledig and mag(actor.rol, Bevoegdheid.KWETSBAARHEID_LEZEN):
            kw = Kwetsbaarheid.__table__  # type: ignore[attr-defined]
            kwetsbaarheden = tuple(
                KwetsbaarheidRow(r.id, r.soort, r.toelichting, r.bron, r.vastgelegd_op, r.geldig_tot, r.version)
                for r in s.execute(select(kw).where(kw.c.burger_id == bid).order_by(kw.c.vastgelegd_op.desc()))
            )
        return Klantbeeld(
            burger=burger,
            peildatum=peildatum,
            partners=partners,
            kinderen=kinderen,
            medebewoners=medebewoners,
            toeslagen=toeslagen,
            beschikkingen=beschikkingen,
            betalingen=betalingen,
            vorderingen=vorderingen,
            regelingen=regelingen,
            contacten=contacten,
            taken=taken,
            documenten=documenten,
            trajecten=trajecten,
            signalen=signalen,
            notities=notities,
            kwetsbaarheden=kwetsbaarheden,
            beperkt=not volledig,
        )

    @staticmethod
    def _regelingen(s: Session, burger_id: int) -> tuple[BetalingsregelingRow, ...]:
        r_t = Betalingsregeling.__table__  # type: ignore[attr-defined]
        rijen = s.execute(select(r_t).where(r_t.c.burger_id == burger_id).order_by(r_t.c.startdatum.desc())).all()
        if not rijen:
            return ()
        ids = [r.id for r in rijen]
        rv = RegelingVordering.__table__  # type: ignore[attr-defined]
        koppelingen: dict[int, list[int]] = defaultdict(list)
        for r in s.execute(select(rv.c.regeling_id, rv.c.vordering_id).where(rv.c.regeling_id.in_(ids))):
            koppelingen[r.regeling_id].append(r.vordering_id)
        tm = Termijn.__table__  # type: ignore[attr-defined]
        termijnen: dict[int, list[TermijnRow]] = defaultdict(list)
        for r in s.execute(select(tm).where(tm.c.regeling_id.in_(ids)).order_by(tm.c.volgnummer)):
            termijnen[r.regeling_id].append(
                TermijnRow(
                    r.id,
                    r.volgnummer,
                    r.vervaldatum,
                    euro(r.bedrag_cent),
                    euro(r.betaald_cent),  # type: ignore[arg-type]
                    r.status,
                    r.herinnering_op,
                    r.nieuwe_vervaldatum,
                    r.version,
                )
            )
        return tuple(regeling_row(r, koppelingen[r.id], termijnen[r.id]) for r in rijen)


def regeling_row(r: Any, vordering_ids: list[int], termijnen: list[TermijnRow]) -> BetalingsregelingRow:
    return BetalingsregelingRow(
        id=r.id,
        soort=r.soort,
        status=r.status,
        totaal=euro(r.totaal_cent),  # type: ignore[arg-type]
        termijnbedrag=euro(r.termijnbedrag_cent),
        aantal_termijnen=r.aantal_termijnen,  # type: ignore[arg-type]
        startdatum=r.startdatum,
        pauze_van=r.pauze_van,
        pauze_tot=r.pauze_tot,
        vordering_ids=tuple(vordering_ids),
        termijnen=tuple(termijnen),
        capaciteit=r.capaciteit,
        motivatie=r.motivatie,
        voorgesteld_door=r.voorgesteld_door,
        version=r.version,
    )


def taak_row(r: Any, burger_naam: str | None) -> TaakRow:
    return TaakRow(
        id=r.id,
        burger_id=r.burger_id,
        burger_naam=burger_naam,
        medewerker_id=r.medewerker_id,
        soort=r.soort,
        omschrijving=r.omschrijving,
        vervaldatum=r.vervaldatum,
        status=r.status,
        telefoon=r.telefoon,
        voorkeurstijd=r.voorkeurstijd,
        contact_id=r.contact_id,
        traject_id=r.traject_id,
        version=r.version,
    )


def signaal_row(r: Any) -> SignaalRow:
    return SignaalRow(
        id=r.id,
        burger_id=r.burger_id,
        type=r.type,
        ernst=r.ernst,
        status=r.status,
        bron=r.bron,
        uitleg=r.uitleg,
        gegevens=r.gegevens,
        ontstaan_op=r.ontstaan_op,
        behandeld_door=r.behandeld_door,
        reden=r.reden,
        version=r.version,
    )


class _MedewerkerNamen:
    """Staff names looked up once per klantbeeld (a household has few distinct colleagues)."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._cache: dict[int, str] = {}

    def naam(self, medewerker_id: int) -> str:
        if medewerker_id not in self._cache:
            m = Medewerker.__table__  # type: ignore[attr-defined]
            naam = self._s.execute(select(m.c.naam).where(m.c.id == medewerker_id)).scalar()
            self._cache[medewerker_id] = naam or "onbekende medewerker"
        return self._cache[medewerker_id]
