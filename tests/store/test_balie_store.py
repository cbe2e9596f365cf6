"""The counter's store use cases (issue #7), on SQLite and on PostgreSQL: identify with a logged reason, callback
request, reported change, printed overview, and a referral that lands in the supervisor's intake queue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from models.domain import InzageReden, Rol, TaakSoort, TrajectBron
from models.services.werkdagen import werkdagen_na
from models.store.balie import TERUGBEL_WERKDAGEN, WIJZIGING_WERKDAGEN, BalieRepository
from models.store.begeleiding import BegeleidingRepository
from models.store.documenten import DocumentRepository
from models.store.fouten import GeenToegang, NietGevonden
from models.store.opslag import Opslag
from models.store.tables import Contactmoment, Inzage, Taak
from models.validatie import Validatiefout
from tests import fabriek
from tests.letters.pdfhulp import tekst
from tests.ui.huishoudens import BSN, Huishouden, bouw_huishouden

ROOT = Path(__file__).resolve().parents[2]
VANDAAG = dt.date(2026, 11, 27)


@pytest.fixture
def hh(opslag: Opslag) -> Huishouden:
    return bouw_huishouden(opslag, vandaag=VANDAAG)


@pytest.fixture
def balie(opslag: Opslag) -> BalieRepository:
    return BalieRepository(opslag, ROOT / "resources" / "fonts", ROOT / "resources" / "letters")


def test_identificeren_eist_elfproef_legitimatie_en_reden(hh: Huishouden, balie: BalieRepository) -> None:
    with pytest.raises(Validatiefout, match="BSN") as fout:
        balie.identificeer(
            hh.balie, "123456789", identiteit_gecontroleerd=True, reden_bezoek="vraag", peildatum=VANDAAG
        )
    assert "elfproef" in fout.value.melding or "geen geldig" in fout.value.melding
    with pytest.raises(Validatiefout, match="identiteit"):
        balie.identificeer(hh.balie, BSN, identiteit_gecontroleerd=False, reden_bezoek="vraag", peildatum=VANDAAG)
    with pytest.raises(Validatiefout, match="reden"):
        balie.identificeer(hh.balie, BSN, identiteit_gecontroleerd=True, reden_bezoek="  ", peildatum=VANDAAG)
    with pytest.raises(NietGevonden, match="geen burger met dit BSN"):
        balie.identificeer(
            hh.balie, fabriek.bsn_met_elfproef(5555), identiteit_gecontroleerd=True, reden_bezoek="x", peildatum=VANDAAG
        )


def test_identificeren_logt_inzage_en_geeft_beperkt_beeld(
    opslag: Opslag, hh: Huishouden, balie: BalieRepository
) -> None:
    beeld = balie.identificeer(
        hh.balie,
        "1234 56 782",
        identiteit_gecontroleerd=True,
        reden_bezoek="Vraag over terugvordering",
        peildatum=VANDAAG,
    )
    kb = beeld.klantbeeld
    assert kb.burger.id == hh.burger_id and kb.beperkt
    assert kb.notities is None and kb.signalen is None and kb.kwetsbaarheden is None
    assert kb.partners == () and kb.medebewoners == ()
    assert beeld.begeleider is not None and beeld.begeleider.naam == "J. de Vries"
    assert beeld.begeleider.team == "Team Noord" and beeld.begeleider.toegewezen
    with opslag.lezen() as s:
        inzage = s.execute(select(Inzage.__table__).where(Inzage.__table__.c.medewerker_id == hh.balie.id)).all()  # type: ignore[attr-defined]
    assert len(inzage) == 1
    assert inzage[0].reden == InzageReden.BALIEBEZOEK.value and inzage[0].context == "balie"
    assert "Legitimatiebewijs gecontroleerd" in inzage[0].toelichting
    assert "Vraag over terugvordering" in inzage[0].toelichting


def test_terugbelverzoek_wordt_taak_voor_de_begeleider(opslag: Opslag, hh: Huishouden, balie: BalieRepository) -> None:
    with pytest.raises(Validatiefout, match="telefoonnummer"):
        balie.terugbelverzoek(
            hh.balie, hh.burger_id, telefoon="12345", voorkeurstijd="ochtend", onderwerp="regeling", vandaag=VANDAAG
        )
    taak = balie.terugbelverzoek(
        hh.balie,
        hh.burger_id,
        telefoon="06-1234 5678",
        voorkeurstijd="na 15:00",
        onderwerp="Vraag over de betalingsregeling",
        vandaag=VANDAAG,
    )
    assert taak.soort == TaakSoort.TERUGBELLEN.value
    assert taak.telefoon == "0612345678" and taak.voorkeurstijd == "na 15:00"
    assert taak.medewerker_id == hh.begeleider.id
    assert taak.vervaldatum == werkdagen_na(VANDAAG, TERUGBEL_WERKDAGEN)
    assert taak.contact_id is not None
    with opslag.lezen() as s:
        contact = s.execute(
            select(Contactmoment.__table__).where(Contactmoment.__table__.c.id == taak.contact_id)  # type: ignore[attr-defined]
        ).one()
    assert contact.kanaal == "balie" and contact.medewerker_id == hh.balie.id
    assert "0612345678" in contact.samenvatting


def test_terugbelverzoek_zonder_begeleider_gaat_naar_de_backoffice(opslag: Opslag, balie: BalieRepository) -> None:
    medewerker = fabriek.medewerker(opslag, Rol.BALIE)
    burger = fabriek.burger(opslag)
    taak = balie.terugbelverzoek(
        medewerker, burger, telefoon="+32 470 123456", voorkeurstijd="ochtend", onderwerp="huurtoeslag", vandaag=VANDAAG
    )
    assert taak.medewerker_id is None and taak.telefoon == "+32470123456"


def test_wijziging_doorgeven_is_contact_en_backoffice_taak(
    opslag: Opslag, hh: Huishouden, balie: BalieRepository
) -> None:
    contact = balie.wijziging_doorgeven(
        hh.balie,
        hh.burger_id,
        onderwerp="Wijziging inkomen doorgegeven",
        samenvatting="Inkomen 2026 wordt € 30.000,00. Proefberekening: nieuw voorschot lager.",
        vandaag=VANDAAG,
    )
    assert contact.kanaal.value == "balie" and contact.medewerker == hh.balie.naam
    with opslag.lezen() as s:
        t = Taak.__table__  # type: ignore[attr-defined]
        taak = s.execute(select(t).where(t.c.contact_id == contact.id)).one()
    assert taak.medewerker_id is None and taak.soort == "opvolging"
    assert taak.vervaldatum == werkdagen_na(VANDAAG, WIJZIGING_WERKDAGEN)
    assert "Wijziging inkomen" in taak.omschrijving


def test_overzicht_wordt_bewaard_en_is_te_openen(opslag: Opslag, hh: Huishouden, balie: BalieRepository) -> None:
    uit = balie.overzicht(hh.balie, hh.burger_id, taal="nl", vandaag=VANDAAG)
    assert uit.document.soort == "overzicht" and uit.document.heeft_pdf
    assert uit.document.titel == "Overzicht van uw toeslagen en betalingen"
    inhoud = tekst(uit.pdf)
    assert "Fatima El Amrani" in inhoud and "J. de Vries" in inhoud
    documenten = DocumentRepository(opslag, ROOT / "resources" / "fonts", ROOT / "resources" / "letters")
    assert documenten.pdf(hh.balie, uit.document.id) == uit.pdf
    with pytest.raises(Validatiefout):
        balie.overzicht(hh.balie, hh.burger_id, taal="de", vandaag=VANDAAG)
    with pytest.raises(GeenToegang):
        balie.overzicht(hh.kwaliteit, hh.burger_id, taal="nl", vandaag=VANDAAG)


def test_verwijzing_vanaf_de_balie_staat_in_de_intakewachtrij(opslag: Opslag, balie: BalieRepository) -> None:
    medewerker = fabriek.medewerker(opslag, Rol.BALIE)
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    burger = fabriek.burger(opslag, bsn=fabriek.bsn_met_elfproef(777))
    begeleiding = BegeleidingRepository(opslag)
    traject = begeleiding.verwijs(
        medewerker, burger, bron=TrajectBron.BALIE, toelichting="Schulden stapelen zich op", vandaag=VANDAAG
    )
    assert traject.status == "aangemeld" and traject.begeleider_id is None
    wachtrij = begeleiding.intake_wachtrij(supervisor, vandaag=VANDAAG)
    assert [r.burger_id for r in wachtrij] == [burger]
    beeld = balie.identificeer(
        medewerker, fabriek.bsn_met_elfproef(777), identiteit_gecontroleerd=True, reden_bezoek="x", peildatum=VANDAAG
    )
    assert beeld.begeleider is not None and not beeld.begeleider.toegewezen
    assert beeld.begeleider.status == "aangemeld"


def test_kwaliteit_mag_geen_terugbelverzoek_doen(hh: Huishouden, balie: BalieRepository) -> None:
    with pytest.raises(GeenToegang):
        balie.terugbelverzoek(
            hh.kwaliteit, hh.burger_id, telefoon="0612345678", voorkeurstijd="x", onderwerp="y", vandaag=VANDAAG
        )


def test_vernieuwen_logt_met_eigen_context(opslag: Opslag, hh: Huishouden, balie: BalieRepository) -> None:
    for vernieuwen in (False, True):
        balie.identificeer(
            hh.balie, BSN, identiteit_gecontroleerd=True, reden_bezoek="x", peildatum=VANDAAG, vernieuwen=vernieuwen
        )
    with opslag.lezen() as s:
        i = Inzage.__table__  # type: ignore[attr-defined]
        contexten = [
            r.context for r in s.execute(select(i.c.context).where(i.c.medewerker_id == hh.balie.id).order_by(i.c.id))
        ]
    assert contexten == ["balie", "balie-vernieuwen"]
