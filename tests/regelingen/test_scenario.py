"""Issue #4 "Done when", at the store: three claims → one persoonlijke betalingsregeling on the payment capacity
over 36 months with a two-month pause → four eyes (the proposer cannot approve; a supervisor does) → letter →
two payments → a missed instalment (a reminder first, gemist only after the new date: the arrangement lapses) → a
new arrangement → a claim that arrives later is added (four eyes again). Every step audited; the chain verifies.
Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from models.domain import DocumentSoort, RegelingSoort
from models.services.regelingen import Regelingendienst
from models.store.contacten import ContactRepository
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from models.store.tables import Document
from models.validatie import Validatiefout
from tests import fabriek
from tests.letters.pdfhulp import lettertypen, tekst
from tests.regelingen import hulp
from tests.regelingen.conftest import Team

D = Decimal


def test_samenvoegen_vier_ogen_brief_betalen_missen_en_toevoegen(
    opslag: Opslag, dienst: Regelingendienst, team: Team
) -> None:
    begeleider, supervisor = team.begeleider, team.supervisor
    burger = fabriek.burger(opslag, voornamen="Samira", achternaam="Bakker", iban="NL91ABNA0417164300")
    fabriek.traject(opslag, burger, begeleider.id)
    ht = hulp.vordering(opslag, burger, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12))
    zt = hulp.vordering(opslag, burger, "zorgtoeslag", 2024, D("412.00"), vervaldatum=dt.date(2025, 8, 12))
    kot = hulp.vordering(opslag, burger, "kinderopvangtoeslag", 2024, D("960.00"), vervaldatum=dt.date(2025, 10, 27))

    # --- the household's claims, with origin and running interest -------------------------------------------
    dag = dt.date(2026, 1, 12)
    lijst = dienst.vorderingen(begeleider, burger, vandaag=dag)
    assert [v.id for v in lijst] == [ht, zt, kot]
    assert all(v.beschikking_kenmerk and v.status == "open" and v.schuldenaar == "aanvrager" for v in lijst)
    assert sum((v.totaal_open for v in lijst), D(0)) == D("3222.00")
    assert all(v.lopende_rente is not None and v.lopende_rente > 0 for v in lijst)

    # --- compare, then propose 36 months with a pause of two months ------------------------------------------
    opties = dienst.vergelijk(
        begeleider, burger, [ht, zt, kot], startdatum=dt.date(2026, 2, 1), vandaag=dag, capaciteit=hulp.CAPACITEIT
    )
    assert [o.naam for o in opties.opties] == ["standaard", "persoonlijk", "langer"]
    assert all(o.mogelijk for o in opties.opties)
    assert opties.optie("langer").uitkomst.termijnbedrag < opties.optie("standaard").uitkomst.termijnbedrag

    voorstel = RegelingVoorstel(
        burger_id=burger,
        vordering_ids=(ht, zt, kot),
        soort=RegelingSoort.PERSOONLIJK,
        startdatum=dt.date(2026, 2, 1),
        capaciteit=hulp.CAPACITEIT,
        looptijd=36,
        pauze_vanaf=dt.date(2026, 5, 1),
        pauze_maanden=2,
        motivatie="Alleenstaande ouder; 24 maanden is niet haalbaar. Pauze in mei en juni: dan vallen de kosten "
        "van de verhuizing.",
    )
    with pytest.raises(Validatiefout, match="motivatie"):
        dienst.stel_voor(begeleider, dataclasses.replace(voorstel, motivatie=None), vandaag=dag)
    uitkomst = dienst.stel_voor(begeleider, voorstel, vandaag=dag)
    regeling = uitkomst.regeling
    assert regeling is not None and regeling.status == "ter_beoordeling"
    assert uitkomst.ter_beoordeling and uitkomst.beoordeling.soort == "pauze"
    assert len(uitkomst.beoordeling.redenen) == 2  # the pause and the term over 24 months
    assert len(regeling.schema) == 36 and len(regeling.gepauzeerd) == 2
    assert all(t.bedrag <= D("195.10") for t in regeling.schema)  # never more than the capacity
    assert {v.status for v in hulp.vorderingen(opslag, ht, zt, kot)} == {"open"}  # not in regeling before approval

    # --- the supervisor's queue: the situation and the calculation next to the proposal ----------------------
    wachtrij = dienst.wachtrij(supervisor)
    assert [b.id for b in wachtrij] == [uitkomst.beoordeling.id]
    b = wachtrij[0]
    assert b.situatie["naam"] == "Samira Bakker" and b.situatie["begeleiding"] is True
    assert len(b.situatie["vorderingen"]) == 3
    assert b.berekening["betalingscapaciteit"]["capaciteit"] == "195.10"
    assert b.motivatie.startswith("Alleenstaande ouder")

    # --- four eyes: the proposer cannot approve; neither can another begeleider -------------------------------
    with pytest.raises(GeenToegang):
        dienst.keur_goed(begeleider, b.id, b.version, "Akkoord", vandaag=dag)
    with pytest.raises(GeenToegang):
        dienst.keur_goed(team.collega, b.id, b.version, "Akkoord", vandaag=dag)
    with pytest.raises(Validatiefout):
        dienst.keur_goed(supervisor, b.id, b.version, "  ", vandaag=dag)
    dag = dt.date(2026, 1, 14)
    besluit = dienst.keur_goed(
        supervisor, b.id, b.version, "Akkoord: de capaciteit is goed berekend en het minimum blijft.", vandaag=dag
    )
    regeling = besluit.regeling
    assert regeling is not None and regeling.status == "actief" and besluit.beoordeling.status == "goedgekeurd"
    assert {v.status for v in hulp.vorderingen(opslag, ht, zt, kot)} == {"in_regeling"}
    taak = [t for t in ContactRepository(opslag).mijn_taken(begeleider) if t.soort == "beoordeling"]
    assert len(taak) == 1 and "goedgekeurd" in taak[0].omschrijving  # in the proposer's own task list
    assert taak[0].burger_naam == "Samira Bakker"
    assert dienst.wachtrij(supervisor) == []

    # --- the letter, stored on the klantbeeld timeline ---------------------------------------------------------
    document = dienst.maak_regelingsbrief(begeleider, regeling.id, "nl", vandaag=dag)
    assert document.soort == DocumentSoort.REGELING.value and document.regeling_id == regeling.id
    pdf = hulp.rijen(opslag, Document, id=document.id)[0].pdf
    inhoud = tekst(bytes(pdf))
    assert "Samira Bakker" in inhoud and "gratis herinnering" in inhoud and "0800-0543" in inhoud
    assert "Joyce de Vries" in inhoud  # the begeleider is named in the help section
    assert not any("Helvetica" in f for f in lettertypen(bytes(pdf)))

    # --- two payments ------------------------------------------------------------------------------------------
    schema = regeling.schema
    eerste = dienst.registreer_betaling(
        begeleider,
        regeling.id,
        regeling.version,
        schema[0].bedrag,
        betaaldatum=dt.date(2026, 2, 1),
        vandaag=dt.date(2026, 2, 2),
    )
    assert eerste.betaalde_termijnen == (1,)
    assert eerste.aflossingen[0].kenmerk == hulp.vorderingen(opslag, ht)[0].kenmerk  # oldest claim first
    assert sum((a.bedrag for a in eerste.aflossingen), D(0)) == schema[0].bedrag
    tweede = dienst.registreer_betaling(
        begeleider,
        regeling.id,
        eerste.regeling.version,
        schema[1].bedrag,
        betaaldatum=dt.date(2026, 3, 1),
        vandaag=dt.date(2026, 3, 2),
    )
    regeling = tweede.regeling
    assert [t.status for t in regeling.schema[:3]] == ["betaald", "betaald", "open"]

    # --- a missed instalment: a free reminder first, gemist only after the new date ---------------------------
    derde = regeling.schema[2]
    assert derde.vervaldatum == dt.date(2026, 4, 1)
    regeling = dienst.verwerk_gemiste_termijn(
        begeleider, regeling.id, regeling.version, derde.id, vandaag=dt.date(2026, 4, 8)
    )
    herinnerd = next(t for t in regeling.termijnen if t.id == derde.id)
    assert herinnerd.status == "herinnerd" and herinnerd.nieuwe_vervaldatum == dt.date(2026, 4, 22)
    assert regeling.status == "actief"
    with pytest.raises(Validatiefout, match="nog niet voorbij"):
        dienst.verwerk_gemiste_termijn(
            begeleider, regeling.id, regeling.version, derde.id, vandaag=dt.date(2026, 4, 22)
        )
    regeling = dienst.verwerk_gemiste_termijn(
        begeleider, regeling.id, regeling.version, derde.id, vandaag=dt.date(2026, 4, 23)
    )
    assert regeling.status == "vervallen"
    assert next(t for t in regeling.termijnen if t.id == derde.id).status == "gemist"
    assert not regeling.te_betalen
    assert {v.status for v in hulp.vorderingen(opslag, ht, zt, kot)} == {"open"}
    assert any("vervallen" in t.omschrijving for t in hulp.taken(opslag, begeleider.id))

    # --- a new arrangement (possible after a lapse), within policy: active at once ----------------------------
    dag = dt.date(2026, 4, 28)
    nieuw = dienst.stel_voor(
        begeleider,
        RegelingVoorstel(
            burger_id=burger,
            vordering_ids=(ht, zt, kot),
            soort=RegelingSoort.PERSOONLIJK,
            startdatum=dt.date(2026, 5, 1),
            capaciteit=hulp.CAPACITEIT,
        ),
        vandaag=dag,
    )
    assert nieuw.beoordeling is None and nieuw.regeling.status == "actief"
    tweede_regeling = nieuw.regeling
    assert len(tweede_regeling.schema) == 24

    # --- a claim that arrives later is added (the term gets longer than 24 months: four eyes again) ------------
    dag = dt.date(2026, 6, 10)
    kgb = hulp.vordering(opslag, burger, "kindgebonden_budget", 2025, D("640.00"), vervaldatum=dt.date(2026, 7, 20))
    betaald = dienst.registreer_betaling(
        begeleider,
        tweede_regeling.id,
        tweede_regeling.version,
        tweede_regeling.schema[0].bedrag,
        betaaldatum=dt.date(2026, 5, 1),
        vandaag=dag,
    )
    toevoeging = dienst.voeg_vorderingen_toe(
        begeleider,
        tweede_regeling.id,
        betaald.regeling.version,
        [kgb],
        vandaag=dag,
        motivatie="Nieuwe terugvordering KGB 2025; zelfde bedrag per maand, de looptijd wordt langer.",
    )
    assert toevoeging.ter_beoordeling and toevoeging.beoordeling.wijziging == "toevoeging"
    assert toevoeging.regeling.status == "actief" and kgb not in toevoeging.regeling.regeling.vordering_ids
    b2 = toevoeging.beoordeling
    with pytest.raises(GeenToegang):
        dienst.keur_goed(begeleider, b2.id, b2.version, "zelf akkoord", vandaag=dag)
    besluit = dienst.keur_goed(team.supervisor2, b2.id, b2.version, "Akkoord, capaciteit ongewijzigd.", vandaag=dag)
    regeling = besluit.regeling
    assert kgb in regeling.regeling.vordering_ids
    assert hulp.vorderingen(opslag, kgb)[0].status == "in_regeling"
    assert regeling.schema[0].status == "betaald"  # the paid termijn stays
    assert regeling.regeling.termijnbedrag == tweede_regeling.regeling.termijnbedrag  # persoonlijk: same instalment
    assert len(regeling.schema) > 24
    open_na = sum((v.totaal_open for v in regeling.vorderingen), D(0))
    assert open_na == D("3222.00") + D("640.00") - sum(
        (a.hoofdsom for a in (*eerste.aflossingen, *tweede.aflossingen, *betaald.aflossingen)), D(0)
    )

    # --- everything audited, and the chain verifies ------------------------------------------------------------
    acties = hulp.audit_acties(opslag)
    for verwacht in (
        "regeling voorgesteld: regeling ter beoordeling",
        "voorstel ter beoordeling ingediend",
        "voorstel goedgekeurd",
        "regeling goedgekeurd",
        "vordering in regeling",
        "taak aangemaakt",
        "document bewaard",
        "betaling geregistreerd",
        "termijn betaald",
        "herinnering verstuurd",
        "termijn gemist",
        "regeling vervallen",
        "vordering weer open",
        "regeling voorgesteld: regeling actief",
        "vordering gekoppeld aan regeling",
        "vordering toegevoegd aan regeling",
    ):
        assert verwacht in acties, verwacht
    rapport = hulp.verifieer_audit(opslag)
    assert rapport.in_orde, rapport.fouten
