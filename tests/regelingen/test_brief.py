"""The arrangement letter: what it says (nl and en), embedded fonts, the same bytes every time, stored as a
Document on the klantbeeld timeline. The PNGs for a person to look at: tests/regelingen/schermafdrukken.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.domain import InzageReden, RegelingSoort
from models.letters.regeling import brief_stappen
from models.services.regelingen import Regelingendienst
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from models.store.tables import Document
from models.validatie import Validatiefout
from tests import fabriek
from tests.letters.pdfhulp import formaten, lettertypen, paginas, tekst
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal
DAG = dt.date(2026, 1, 12)
START = dt.date(2026, 2, 1)


def _persoonlijk(opslag: Opslag, dienst: Regelingendienst, team: Team, *, goedkeuren: bool) -> int:
    burger = fabriek.burger(opslag, voornamen="Samira", achternaam="Bakker & Zn <b>")
    fabriek.traject(opslag, burger, team.begeleider.id)
    ids = [
        hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12)),
        hulp.vordering(opslag, burger, "kinderopvangtoeslag", 2024, D("960.00"), vervaldatum=dt.date(2025, 10, 27)),
    ]
    uitkomst = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger,
            vordering_ids=tuple(ids),
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=START,
            capaciteit=hulp.CAPACITEIT,
            looptijd=36,
            pauze_vanaf=dt.date(2026, 5, 1),
            pauze_maanden=2,
            motivatie="Pauze na de verhuizing.",
        ),
        vandaag=DAG,
    )
    if goedkeuren:
        b = uitkomst.beoordeling
        dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=DAG)
    return uitkomst.regeling.id


def test_bevestiging_persoonlijk_zegt_wat_een_burger_moet_weten(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    regeling_id = _persoonlijk(opslag, dienst, team, goedkeuren=True)
    r = dienst.regeling(team.begeleider, regeling_id, vandaag=DAG)
    pdf = dienst.regelingsbrief(team.begeleider, regeling_id, "nl", vandaag=DAG)
    inhoud = tekst(pdf)
    termijnbedrag = f"€ {r.regeling.termijnbedrag:.2f}".replace(".", ",")
    for verwacht in (
        "Samira Bakker & Zn <b>",  # data stays data
        "Uw betalingsregeling",
        f"U betaalt uw schuld terug met {termijnbedrag} per maand, 36 keer",
        "01-02-2026",  # the first payment
        "iDEAL of Wero",
        "Betaalpauze",
        "Van 01-05-2026 tot en met 30-06-2026 hoeft u niet te betalen",
        "pauze",  # the paused months in the schedule
        "U houdt genoeg over om van te leven",
        "minstens € 1.328,61",  # the protected minimum
        "€ 195,10",  # the capacity
        "gratis herinnering",
        "2 weken later",
        "Pas dan stopt de regeling",
        "Joyce de Vries",
        "0800-0543",
        "Toeslagenservicepunt",
        "Bijlage: de berekening stap voor stap",
        "Uitv.reg. IW 1990 art. 13",
    ):
        assert verwacht in inhoud, verwacht
    for intern in ("DOMAIN", "ARCHITECTURE", "RULES", "supervisor", "vier ogen"):
        assert intern not in inhoud, intern
    assert all(b == pytest.approx(595.2756) and h == pytest.approx(841.8898) for b, h in formaten(pdf))  # A4
    namen = lettertypen(pdf)
    assert namen and all("DejaVu" in n for n in namen) and not any("Helvetica" in n for n in namen)
    assert pdf == dienst.regelingsbrief(team.begeleider, regeling_id, "nl", vandaag=DAG)  # deterministic


def test_voorstel_en_engelse_versie(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    regeling_id = _persoonlijk(opslag, dienst, team, goedkeuren=False)
    voorstel = tekst(dienst.regelingsbrief(team.begeleider, regeling_id, "nl", vandaag=DAG))
    assert "Voorstel voor een betalingsregeling" in voorstel and "tweede medewerker" in voorstel
    assert "U hoeft nu nog niets te doen of te betalen" in voorstel and "Eerste betaling" not in voorstel
    engels = tekst(dienst.regelingsbrief(team.begeleider, regeling_id, "en", vandaag=DAG))
    for verwacht in (
        "Proposal for a payment arrangement",
        "A second colleague will still look at this proposal",
        "You keep enough to live on",
        "free reminder",
        "Only then does the arrangement stop",
        "From 01-05-2026 up to and including 30-06-2026 you do not have to pay",
        "€1,328.61",
        "The steps are in Dutch",
    ):
        assert verwacht in engels, verwacht
    assert paginas(dienst.regelingsbrief(team.begeleider, regeling_id, "en", vandaag=DAG)) <= 7


def test_standaardregeling_legt_de_24_maanden_uit_zonder_begeleider(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "zorgtoeslag", 2025, D("1000.00"), vervaldatum=START)
    r = dienst.stel_voor(
        team.balie,
        RegelingVoorstel(
            burger_id=burger, vordering_ids=(vid,), soort=RegelingSoort.STANDAARD, startdatum=START, rente=False
        ),
        vandaag=DAG,
    ).regeling
    inhoud = tekst(dienst.regelingsbrief(team.balie, r.id, "nl", vandaag=DAG))
    assert "binnen 24 maanden" in inhoud and "minstens € 20 per maand" in inhoud
    assert "€ 1.000,00 gedeeld door 24 maanden is € 41,67 per maand" in inhoud
    assert "Over deze regeling rekenen we geen rente" in inhoud
    assert "€ 41,59" in inhoud  # the last instalment
    assert "persoonlijk begeleider:" not in inhoud and "betalingscapaciteit" not in inhoud.split("Verandert")[0]


def test_restant_wordt_eerlijk_uitgelegd(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    burger = fabriek.burger(opslag)
    vid = hulp.vordering(opslag, burger, "huurtoeslag", 2025, D("3000.00"), vervaldatum=START)
    krap = Capaciteitsinvoer(leefsituatie=Leefsituatie.ALLEENSTAANDE, netto_inkomen=D("1400.00"))
    b = dienst.stel_voor(
        team.begeleider,
        RegelingVoorstel(
            burger_id=burger,
            vordering_ids=(vid,),
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=START,
            capaciteit=krap,
            rente=False,
            motivatie="Minimuminkomen.",
        ),
        vandaag=DAG,
    ).beoordeling
    r = dienst.keur_goed(team.supervisor, b.id, b.version, "Akkoord.", vandaag=DAG).regeling
    inhoud = tekst(dienst.regelingsbrief(team.begeleider, r.id, "nl", vandaag=DAG))
    assert "Na de laatste betaling staat nog € 1.286,64 open" in inhoud and "geen kwijtschelding" in inhoud


def test_brief_wordt_bewaard_als_document_op_de_tijdlijn(opslag: Opslag, dienst: Regelingendienst, team: Team) -> None:
    regeling_id = _persoonlijk(opslag, dienst, team, goedkeuren=True)
    document = dienst.maak_regelingsbrief(team.begeleider, regeling_id, "en", vandaag=DAG)
    assert (document.soort, document.taal, document.regeling_id, document.titel) == (
        "regeling",
        "en",
        regeling_id,
        "Your payment arrangement",
    )
    assert document.kenmerk == f"BR{regeling_id:08d}" and document.heeft_pdf
    rij = hulp.rijen(opslag, Document, id=document.id)[0]
    assert bytes(rij.pdf) == dienst.regelingsbrief(team.begeleider, regeling_id, "en", vandaag=DAG)
    burger_id = dienst.regeling(team.begeleider, regeling_id, vandaag=DAG).burger_id
    beeld = KlantbeeldRepository(opslag).laad(
        team.begeleider, burger_id, reden=InzageReden.EIGEN_CASELOAD, peildatum=DAG
    )
    assert document.id in {d.id for d in beeld.documenten}
    assert "document bewaard" in hulp.audit_acties(opslag, "document")
    with pytest.raises(Validatiefout, match="taal"):
        dienst.maak_regelingsbrief(team.begeleider, regeling_id, "de", vandaag=DAG)


def test_de_stappen_in_de_brief_zonder_interne_verwijzingen(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    regeling_id = _persoonlijk(opslag, dienst, team, goedkeuren=True)
    gegevens = dienst.briefgegevens(team.begeleider, regeling_id, "nl", vandaag=DAG)
    stappen = brief_stappen(gegevens)
    namen = [s.stap for s in stappen]
    assert namen[0] == "Inkomen" and "Beschermd minimum" in namen and "Totaal" in namen
    assert not {"Rente berekenen", "Buiten beleid", "Peildatum"} & set(namen)
    assert namen.count("Betalingscapaciteit") == 1
    assert not any(i in s.grondslag for s in stappen for i in ("DOMAIN", "ARCHITECTURE", "RULES"))
