"""DocumentRepository on SQLite and PostgreSQL: render on demand, stored bytes as is, bewaar audited, roles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import insert, select

from models.calc.api import afrekenen, bereken
from models.calc.invoer import Regeling
from models.domain import DocumentSoort, Rol
from models.store.documenten import DocumentRepository
from models.store.fouten import GeenToegang, NietGevonden
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag, cent
from models.store.tables import AuditEvent, Beschikking, Document, Toeslag, Vordering
from models.validatie import Validatiefout
from tests import fabriek
from tests.letters import voorbeelden as v
from tests.letters.pdfhulp import paginas, tekst

DAG = dt.date(2026, 6, 1)
BEZWAAR = dt.date(2026, 7, 13)  # dagtekening + 6 weeks


def _toeslag(opslag: Opslag, burger_id: int, regeling: Regeling, jaar: int, **waarden: Any) -> int:
    t = Toeslag.__table__  # type: ignore[attr-defined]
    with opslag.schrijven() as s:
        return s.execute(
            insert(t)
            .values(
                burger_id=burger_id,
                regeling=regeling.value,
                jaar=jaar,
                eerste_maand=1,
                laatste_maand=12,
                onbevestigd=False,
                version=1,
                **waarden,
            )
            .returning(t.c.id)
        ).scalar_one()


def _beschikking(
    opslag: Opslag,
    burger_id: int,
    toeslag_id: int,
    soort: str,
    kenmerk: str,
    bedrag: Decimal,
    *,
    maandbedrag: Decimal | None = None,
    saldo: Decimal | None = None,
) -> int:
    b = Beschikking.__table__  # type: ignore[attr-defined]
    with opslag.schrijven() as s:
        return s.execute(
            insert(b)
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort=soort,
                kenmerk=kenmerk,
                datum=DAG,
                bezwaar_uiterlijk=BEZWAAR,
                bedrag_cent=cent(bedrag),
                maandbedrag_cent=cent(maandbedrag),
                saldo_cent=cent(saldo),
                omschrijving=f"{soort} {kenmerk}",
            )
            .returning(b.c.id)
        ).scalar_one()


def _document(
    opslag: Opslag,
    burger_id: int,
    *,
    soort: str = "beschikking",
    beschikking_id: int | None = None,
    taal: str = "nl",
    pdf: bytes | None = None,
    kenmerk: str = "D1",
) -> int:
    d = Document.__table__  # type: ignore[attr-defined]
    with opslag.schrijven() as s:
        return s.execute(
            insert(d)
            .values(
                burger_id=burger_id,
                soort=soort,
                titel=f"Brief {kenmerk}",
                kenmerk=kenmerk,
                datum=DAG,
                taal=taal,
                beschikking_id=beschikking_id,
                pdf=pdf,
            )
            .returning(d.c.id)
        ).scalar_one()


@pytest.fixture
def huishouden(opslag: Opslag) -> dict[str, Any]:
    """A household with a begeleider, a 2026 huurtoeslag voorschot and a 2025 zorgtoeslag settled with a recovery."""
    burger_id = fabriek.burger(opslag, voornamen="Łukasz", achternaam="Żółć", iban="NL91ABNA0417164300")
    begeleider = MedewerkerRepository(opslag).maak(
        "pb_letters", "Joyce de Vries", Rol.BEGELEIDER, telefoon="030-7001234"
    )
    fabriek.traject(opslag, burger_id, begeleider.id)
    g_ht = v.voorschot().grondslagen
    ht = bereken(Regeling.HUURTOESLAG, 2026, g_ht)
    ht_id = _toeslag(
        opslag,
        burger_id,
        Regeling.HUURTOESLAG,
        2026,
        status="lopend",
        grondslagen_voorschot=g_ht.naar_dict(),
        voorschot_jaar_cent=cent(ht.bedrag_jaar),
        voorschot_maand_cent=cent(ht.bedrag_maand),
        betaald_cent=0,
    )
    voorschot_id = _beschikking(
        opslag, burger_id, ht_id, "voorschot", "B2026-HT-0001", ht.bedrag_jaar, maandbedrag=ht.bedrag_maand
    )
    g_zt = v.definitief().grondslagen
    af = afrekenen(Regeling.ZORGTOESLAG, 2025, g_zt, Decimal("1488.00"), jaar_definitief=2026)
    zt_id = _toeslag(
        opslag,
        burger_id,
        Regeling.ZORGTOESLAG,
        2025,
        status="definitief",
        grondslagen_voorschot=g_zt.naar_dict(),
        grondslagen_definitief=g_zt.naar_dict(),
        voorschot_jaar_cent=148800,
        voorschot_maand_cent=12400,
        betaald_cent=148800,
        definitief_jaar_cent=cent(af.uitkomst.bedrag_jaar),
        saldo_cent=cent(af.saldo),
    )
    definitief_id = _beschikking(
        opslag, burger_id, zt_id, "definitief", "B2026-ZT-0002", af.uitkomst.bedrag_jaar, saldo=af.saldo
    )
    terug_id = _beschikking(opslag, burger_id, zt_id, "terugvordering", "B2026-ZT-0003", af.terug_te_vorderen)
    vt = Vordering.__table__  # type: ignore[attr-defined]
    with opslag.schrijven() as s:
        s.execute(
            insert(vt).values(
                burger_id=burger_id,
                toeslag_id=zt_id,
                beschikking_id=terug_id,
                regeling="zorgtoeslag",
                jaar=2025,
                kenmerk="V2026-0000042",
                bedrag_cent=cent(af.terug_te_vorderen),
                open_cent=cent(af.terug_te_vorderen),
                rente_cent=0,
                kosten_cent=0,
                ontstaan_op=DAG,
                vervaldatum=DAG + dt.timedelta(weeks=6),
                status="open",
                version=1,
            )
        )
    return {
        "burger_id": burger_id,
        "ht": ht,
        "af": af,
        "voorschot_id": voorschot_id,
        "definitief_id": definitief_id,
        "terug_id": terug_id,
        "begeleider": begeleider,
    }


def _repo(opslag: Opslag) -> DocumentRepository:
    return DocumentRepository(opslag, v.FONTS, v.LETTERS)


def test_voorschotbrief_op_verzoek_gemaakt_en_niet_bewaard(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    doc_id = _document(opslag, huishouden["burger_id"], beschikking_id=huishouden["voorschot_id"])
    repo = _repo(opslag)
    actor = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    pdf = repo.pdf(actor, doc_id)
    assert pdf.startswith(b"%PDF-") and paginas(pdf) >= 2
    inhoud = tekst(pdf)
    ht = huishouden["ht"]
    assert f"elke maand € {ht.bedrag_maand:.0f} huurtoeslag" in inhoud
    assert "B2026-HT-0001" in inhoud and "Łukasz Żółć" in inhoud
    assert "13-07-2026" in inhoud  # the stored bezwaar deadline
    assert "Zo hebben we het bedrag berekend" in inhoud and "Wht art." in inhoud  # the core's steps, recomputed
    assert "nog niet officieel" in inhoud  # huurtoeslag 2026 rests on unconfirmed parameters
    assert "persoonlijk begeleider: Joyce de Vries" in inhoud and "030-7001234" in inhoud
    assert "NL91 **** **** **43 00" in inhoud
    assert repo.pdf(actor, doc_id) == pdf  # deterministic
    d = Document.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        assert s.execute(select(d.c.pdf).where(d.c.id == doc_id)).scalar() is None  # rendered, not stored


def test_definitieve_berekening_in_het_engels(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    doc_id = _document(opslag, huishouden["burger_id"], beschikking_id=huishouden["definitief_id"], taal="en")
    inhoud = tekst(_repo(opslag).pdf(fabriek.medewerker(opslag, Rol.SUPERVISOR), doc_id))
    af = huishouden["af"]
    assert "Final calculation healthcare allowance (zorgtoeslag) 2025" in inhoud
    assert f"€{-af.saldo:,.2f}" in inhoud and "€1,488.00" in inhoud
    assert "Wzt art. 2" in inhoud
    assert "Hoge terugvordering" not in inhoud  # the agency's KPI flag is not for the citizen


def test_terugvorderingsbrief_met_kenmerk_en_betaaldatum_van_de_vordering(
    opslag: Opslag, huishouden: dict[str, Any]
) -> None:
    doc_id = _document(opslag, huishouden["burger_id"], beschikking_id=huishouden["terug_id"])
    inhoud = tekst(_repo(opslag).pdf(fabriek.medewerker(opslag, Rol.BEGELEIDER), doc_id))
    bedrag = huishouden["af"].terug_te_vorderen
    assert f"U moet € {bedrag:.2f}".replace(".", ",") in inhoud
    assert "V2026-0000042" in inhoud and "13-07-2026" in inhoud
    assert "24 maanden" in inhoud


def test_bewaarde_bytes_ongewijzigd_en_balie_mag_burgerstukken(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    inhoud = b"%PDF-1.4\n% bewaard als verstuurd\n%%EOF\n"
    doc_id = _document(opslag, huishouden["burger_id"], soort="overzicht", pdf=inhoud)
    balie = fabriek.medewerker(opslag, Rol.BALIE)
    assert _repo(opslag).pdf(balie, doc_id) == inhoud
    beschikking_doc = _document(opslag, huishouden["burger_id"], beschikking_id=huishouden["voorschot_id"])
    assert _repo(opslag).pdf(balie, beschikking_doc).startswith(b"%PDF-")
    brief = _document(opslag, huishouden["burger_id"], soort="brief", pdf=inhoud)
    with pytest.raises(GeenToegang):
        _repo(opslag).pdf(balie, brief)


def test_onbekend_document_of_zonder_pdf(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    actor = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    with pytest.raises(NietGevonden, match="bestaat niet"):
        _repo(opslag).pdf(actor, 999_999)
    zonder = _document(opslag, huishouden["burger_id"], soort="brief")
    with pytest.raises(NietGevonden, match="geen PDF"):
        _repo(opslag).pdf(actor, zonder)


def test_bewaar_schrijft_document_en_auditgebeurtenis(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    actor = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    pdf = _repo(opslag).pdf(actor, _document(opslag, huishouden["burger_id"], beschikking_id=huishouden["terug_id"]))
    rij = _repo(opslag).bewaar(
        actor,
        huishouden["burger_id"],
        DocumentSoort.BESCHIKKING,
        "Terugbetalen zorgtoeslag 2025",
        pdf,
        kenmerk="B2026-ZT-0003",
        datum=DAG,
        taal="nl",
        beschikking_id=huishouden["terug_id"],
    )
    assert rij.heeft_pdf and rij.soort == "beschikking" and rij.beschikking_id == huishouden["terug_id"]
    assert _repo(opslag).pdf(actor, rij.id) == pdf
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        gebeurtenis = s.execute(select(a).where(a.c.entiteit == "document", a.c.entiteit_id == rij.id)).one()
    assert gebeurtenis.actie == "document bewaard"
    assert gebeurtenis.medewerker_id == actor.id and gebeurtenis.burger_id == huishouden["burger_id"]
    assert gebeurtenis.na["pdf"] == f"<{len(pdf)} bytes>" and len(gebeurtenis.na["pdf_sha256"]) == 64


def test_bewaar_controleert_invoer_en_rol(opslag: Opslag, huishouden: dict[str, Any]) -> None:
    repo = _repo(opslag)
    actor = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    pdf = b"%PDF-1.4\n%%EOF\n"
    kw: dict[str, Any] = {"kenmerk": "K1", "datum": DAG, "taal": "nl"}
    with pytest.raises(Validatiefout, match="geen PDF"):
        repo.bewaar(actor, huishouden["burger_id"], "overzicht", "Overzicht", b"<html>", **kw)
    with pytest.raises(Validatiefout):
        repo.bewaar(actor, huishouden["burger_id"], "onbekend", "Overzicht", pdf, **kw)
    with pytest.raises(Validatiefout):
        repo.bewaar(actor, huishouden["burger_id"], "overzicht", "  ", pdf, **kw)
    with pytest.raises(NietGevonden):
        repo.bewaar(actor, 999_999, "overzicht", "Overzicht", pdf, **kw)
    ander = fabriek.burger(opslag, achternaam="Anders")
    with pytest.raises(NietGevonden, match="hoort niet bij"):
        repo.bewaar(actor, ander, "beschikking", "Brief", pdf, beschikking_id=huishouden["voorschot_id"], **kw)
    with pytest.raises(GeenToegang):
        repo.bewaar(fabriek.medewerker(opslag, Rol.KWALITEIT), huishouden["burger_id"], "overzicht", "O", pdf, **kw)
    with pytest.raises(GeenToegang):
        repo.bewaar(fabriek.medewerker(opslag, Rol.BALIE), huishouden["burger_id"], "beschikking", "B", pdf, **kw)
    balie = repo.bewaar(
        fabriek.medewerker(opslag, Rol.BALIE), huishouden["burger_id"], "overzicht", "Uw overzicht", pdf, **kw
    )
    assert balie.soort == "overzicht"
