"""Letters and overviews on the klantbeeld: opening a document's PDF and storing a newly made one.

What belongs here: `DocumentRepository` — `pdf()` returns the stored bytes of a document, or renders a
beschikking letter on demand when no bytes were stored (the demo population stores none; the letter is
recomputed from the stored beschikking, toeslag grondslagen and citizen, deterministically, and is not stored);
`bewaar()` stores the PDF of a letter made elsewhere (the arrangement letter, the counter overview) with an
audit event. Role checks happen here on every backend; rendering happens outside the database session.

Who may open what: every role that may open a klantbeeld may open its documents; the counter (balie, restricted
klantbeeld) only what the citizen has in hand themselves: decisions, arrangement letters and printed overviews.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlmodel import Session

from models.domain import DocumentSoort, Regeling
from models.letters.beschikkingen import render_beschikking
from models.letters.gegevens import Beschikkingsbrief, Hulp
from models.letters.uit_beschikking import BriefNietTeMaken, beschikkingsbrief
from models.store import audit
from models.store.fouten import NietGevonden
from models.store.klantbeeld import burger_row
from models.store.opslag import Opslag, euro, rij_naar_dict
from models.store.rows import BeschikkingRow, DocumentRow, MedewerkerRow, ToeslagRow, VorderingRow
from models.store.tables import (
    Begeleidingstraject,
    Beschikking,
    Betalingsregeling,
    Burger,
    Document,
    Medewerker,
    Toeslag,
    Vordering,
)
from models.store.toegang import Bevoegdheid, eis, mag
from models.validatie import Validatiefout, controleer_tekst

__all__ = ["MAX_PDF_BYTES", "DocumentRepository"]

MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_TITEL = 200
MAX_KENMERK = 40

# What the counter may open: the documents the citizen has received themselves.
_VOOR_DE_BALIE = frozenset({DocumentSoort.BESCHIKKING, DocumentSoort.REGELING, DocumentSoort.OVERZICHT})

_D = Document.__table__  # type: ignore[attr-defined]
_B = Burger.__table__  # type: ignore[attr-defined]


def _eis_inzage(actor: MedewerkerRow, soort: DocumentSoort) -> None:
    if mag(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG):
        return
    eis(actor.rol, Bevoegdheid.KLANTBEELD_BEPERKT)
    if soort not in _VOOR_DE_BALIE:
        eis(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG)


def _eis_bewaren(actor: MedewerkerRow, soort: DocumentSoort) -> None:
    """Storing a letter writes to the citizen's record: the roles that register contacts, and for an arrangement
    letter the right to offer an arrangement; a decision letter needs the full klantbeeld (not the counter)."""
    eis(actor.rol, Bevoegdheid.CONTACT_REGISTREREN)
    if soort is DocumentSoort.REGELING:
        eis(actor.rol, Bevoegdheid.REGELING_STANDAARD)
    elif soort is DocumentSoort.BESCHIKKING:
        eis(actor.rol, Bevoegdheid.KLANTBEELD_VOLLEDIG)


def _document_row(r: Any, *, heeft_pdf: bool) -> DocumentRow:
    return DocumentRow(
        id=r.id,
        soort=r.soort,
        titel=r.titel,
        kenmerk=r.kenmerk,
        datum=r.datum,
        taal=r.taal,
        beschikking_id=r.beschikking_id,
        regeling_id=r.regeling_id,
        heeft_pdf=heeft_pdf,
        verzonden_op=r.verzonden_op,
    )


def _beschikking_row(r: Any) -> BeschikkingRow:
    return BeschikkingRow(
        id=r.id,
        toeslag_id=r.toeslag_id,
        soort=r.soort,
        kenmerk=r.kenmerk,
        datum=r.datum,
        bezwaar_uiterlijk=r.bezwaar_uiterlijk,
        bedrag=euro(r.bedrag_cent),  # type: ignore[arg-type]
        maandbedrag=euro(r.maandbedrag_cent),
        saldo=euro(r.saldo_cent),
        omschrijving=r.omschrijving,
    )


def _toeslag_row(r: Any) -> ToeslagRow:
    return ToeslagRow(
        id=r.id,
        regeling=Regeling(r.regeling),
        jaar=r.jaar,
        status=r.status,
        eerste_maand=r.eerste_maand,
        laatste_maand=r.laatste_maand,
        voorschot_jaar=euro(r.voorschot_jaar_cent),  # type: ignore[arg-type]
        voorschot_maand=euro(r.voorschot_maand_cent),  # type: ignore[arg-type]
        betaald=euro(r.betaald_cent),  # type: ignore[arg-type]
        definitief_jaar=euro(r.definitief_jaar_cent),
        saldo=euro(r.saldo_cent),
        onbevestigd=r.onbevestigd,
        grondslagen_voorschot=r.grondslagen_voorschot,
        grondslagen_definitief=r.grondslagen_definitief,
        version=r.version,
    )


def _vordering_row(r: Any) -> VorderingRow:
    return VorderingRow(
        id=r.id,
        regeling=Regeling(r.regeling),
        jaar=r.jaar,
        kenmerk=r.kenmerk,
        bedrag=euro(r.bedrag_cent),  # type: ignore[arg-type]
        open=euro(r.open_cent),  # type: ignore[arg-type]
        rente=euro(r.rente_cent),  # type: ignore[arg-type]
        kosten=euro(r.kosten_cent),  # type: ignore[arg-type]
        ontstaan_op=r.ontstaan_op,
        vervaldatum=r.vervaldatum,
        status=r.status,
        toeslag_id=r.toeslag_id,
        beschikking_id=r.beschikking_id,
        partner_id=r.partner_id,
        version=r.version,
    )


class DocumentRepository:
    """Documents of a citizen: open (stored or rendered on demand) and store.

    Args:
        opslag: the store.
        fonts_dir: the TTF fonts for rendering (`resources/fonts`), passed in by the composition root.
        letters_dir: the letter texts (`resources/letters`).
    """

    def __init__(self, opslag: Opslag, fonts_dir: Path, letters_dir: Path) -> None:
        self._opslag = opslag
        self._fonts_dir = Path(fonts_dir)
        self._letters_dir = Path(letters_dir)

    # --- open -------------------------------------------------------------------------------------------------

    def pdf(self, actor: MedewerkerRow, document_id: int) -> bytes:
        """The PDF of a document: the stored bytes, or the beschikking letter rendered on demand.

        Raises:
            NietGevonden: no such document, its citizen is gone, or it has no PDF and cannot be made again.
            GeenToegang: the role may not open this kind of document.
        """
        with self._opslag.lezen() as s:
            rij = s.execute(
                select(_D.c.id, _D.c.burger_id, _D.c.soort, _D.c.taal, _D.c.beschikking_id, _D.c.pdf).where(
                    _D.c.id == document_id
                )
            ).first()
            if rij is None:
                raise NietGevonden("Dit document bestaat niet (meer) in de opslag.")
            _eis_inzage(actor, DocumentSoort(rij.soort))
            burger = s.execute(select(_B).where(_B.c.id == rij.burger_id)).first()
            if burger is None:
                raise NietGevonden("Dit document hoort niet bij een burger die in de opslag staat.")
            if rij.pdf is not None:
                return bytes(rij.pdf)
            if rij.beschikking_id is None:
                raise NietGevonden("Van dit document is geen PDF bewaard, en het kan niet opnieuw worden gemaakt.")
            gegevens = self._beschikkingsbrief(s, rij.beschikking_id, burger, taal=rij.taal)
        # rendering takes tens of milliseconds: never while holding a database session
        return render_beschikking(gegevens, self._fonts_dir, self._letters_dir)

    def _beschikkingsbrief(self, s: Session, beschikking_id: int, burger: Any, *, taal: str) -> Beschikkingsbrief:
        bs = Beschikking.__table__  # type: ignore[attr-defined]
        b = s.execute(select(bs).where(bs.c.id == beschikking_id)).first()
        if b is None or b.burger_id != burger.id:
            raise NietGevonden("De beschikking van dit document staat niet (meer) bij deze burger in de opslag.")
        toeslag = None
        if b.toeslag_id is not None:
            t = Toeslag.__table__  # type: ignore[attr-defined]
            rij = s.execute(select(t).where(t.c.id == b.toeslag_id)).first()
            toeslag = None if rij is None else _toeslag_row(rij)
        v = Vordering.__table__  # type: ignore[attr-defined]
        vordering = s.execute(select(v).where(v.c.beschikking_id == b.id).order_by(v.c.id).limit(1)).first()
        try:
            return beschikkingsbrief(
                _beschikking_row(b),
                toeslag,
                burger_row(burger),
                taal=taal,
                hulp=self._hulp(s, burger.id),
                vordering=None if vordering is None else _vordering_row(vordering),
            )
        except BriefNietTeMaken as fout:
            raise NietGevonden(fout.melding) from None

    @staticmethod
    def _hulp(s: Session, burger_id: int) -> Hulp:
        """The begeleider of the citizen's open traject, with a phone number, for the help section."""
        tr = Begeleidingstraject.__table__  # type: ignore[attr-defined]
        m = Medewerker.__table__  # type: ignore[attr-defined]
        rij = s.execute(
            select(m.c.naam, m.c.telefoon)
            .join(tr, tr.c.begeleider_id == m.c.id)
            .where(tr.c.burger_id == burger_id, tr.c.status != "afgesloten")
            .order_by(tr.c.aangemeld_op.desc(), tr.c.id.desc())
            .limit(1)
        ).first()
        return Hulp() if rij is None else Hulp(rij.naam, rij.telefoon)

    # --- store ------------------------------------------------------------------------------------------------

    def bewaar(
        self,
        actor: MedewerkerRow,
        burger_id: int,
        soort: DocumentSoort | str,
        titel: str,
        pdf: bytes,
        *,
        kenmerk: str,
        datum: dt.date,
        taal: str,
        beschikking_id: int | None = None,
        regeling_id: int | None = None,
    ) -> DocumentRow:
        """Store a letter's PDF on the citizen's record (it appears on the klantbeeld timeline), audited.

        Raises:
            Validatiefout: unknown kind or language, empty or too long title or reference, not a PDF, too large.
            NietGevonden: no such citizen, or the beschikking/arrangement does not belong to this citizen.
            GeenToegang: the role may not store this kind of document.
        """
        try:
            soort = DocumentSoort(soort)
        except ValueError:
            raise Validatiefout("soort", "onbekende soort document") from None
        _eis_bewaren(actor, soort)
        titel_schoon = controleer_tekst(titel, "titel", max_lengte=MAX_TITEL)
        kenmerk_schoon = controleer_tekst(kenmerk, "kenmerk", max_lengte=MAX_KENMERK)
        if taal not in ("nl", "en"):
            raise Validatiefout("taal", "kies nl of en")
        if not isinstance(pdf, bytes | bytearray) or not bytes(pdf).startswith(b"%PDF-"):
            raise Validatiefout("pdf", "dit is geen PDF-bestand")
        if len(pdf) > MAX_PDF_BYTES:
            raise Validatiefout("pdf", f"het bestand is te groot (meer dan {MAX_PDF_BYTES // (1024 * 1024)} MB)")
        inhoud = bytes(pdf)
        with self._opslag.schrijven() as s:
            if s.execute(select(_B.c.id).where(_B.c.id == burger_id)).first() is None:
                raise NietGevonden("Deze burger bestaat niet (meer) in de opslag.")
            if beschikking_id is not None:
                self._eis_van_burger(s, Beschikking, beschikking_id, burger_id, "beschikking")
            if regeling_id is not None:
                self._eis_van_burger(s, Betalingsregeling, regeling_id, burger_id, "betalingsregeling")
            nieuw_id = s.execute(
                insert(_D)
                .values(
                    burger_id=burger_id,
                    soort=soort.value,
                    titel=titel_schoon,
                    kenmerk=kenmerk_schoon,
                    datum=datum,
                    taal=taal,
                    beschikking_id=beschikking_id,
                    regeling_id=regeling_id,
                    pdf=inhoud,
                    aangemaakt_door=actor.id,
                )
                .returning(_D.c.id)
            ).scalar_one()
            rij = s.execute(select(_D).where(_D.c.id == nieuw_id)).one()
            na = rij_naar_dict(rij)
            na["pdf_sha256"] = hashlib.sha256(inhoud).hexdigest()
            audit.registreer(
                s,
                medewerker_id=actor.id,
                actie="document bewaard",
                entiteit="document",
                entiteit_id=nieuw_id,
                burger_id=burger_id,
                na=na,
            )
            return _document_row(rij, heeft_pdf=True)

    @staticmethod
    def _eis_van_burger(s: Session, tabel: type[Any], rij_id: int, burger_id: int, wat: str) -> None:
        t = tabel.__table__
        eigenaar = s.execute(select(t.c.burger_id).where(t.c.id == rij_id)).scalar()
        if eigenaar is None or eigenaar != burger_id:
            raise NietGevonden(f"Deze {wat} bestaat niet of hoort niet bij deze burger.")
