"""The signal engine and the selection over a small synthetic demo population, on SQLite and PostgreSQL: signals
are raised, every one links to a row of the same citizen that exists, a rerun adds nothing, and a begeleider of
the demo team sees a caseload and an inbox."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.domain import Rol, SignaalType
from models.services.selectie import SelectieService
from models.services.signalen import draai_signalen
from models.store.begeleiding import BegeleidingRepository
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.tables import (
    Beschikking,
    Betalingsregeling,
    Bezwaar,
    Partnerschap,
    Signaal,
    Termijn,
    Toeslag,
    Vordering,
)

generator = pytest.importorskip("models.demo.generator")

PEILDATUM = dt.date(2026, 11, 27)

_ENTITEIT = {
    "toeslag": Toeslag,
    "vordering": Vordering,
    "beschikking": Beschikking,
    "bezwaar": Bezwaar,
    "partnerschap": Partnerschap,
    "betalingsregeling": Betalingsregeling,
}


@pytest.mark.slow
def test_signalen_over_demopopulatie(opslag: Opslag) -> None:
    generator.genereer(opslag.engine, huishoudens=400, seed=11, peildatum=PEILDATUM, processen=1)
    rapport = draai_signalen(opslag, peildatum=PEILDATUM, medewerker_id=None)
    assert rapport.huishoudens >= 400
    assert rapport.totaal_nieuw > 0
    assert {SignaalType.STAPELING_SCHULDEN, SignaalType.TERMIJN_NADERT} <= set(rapport.nieuw)

    s_ = Signaal.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        signalen = s.execute(select(s_)).all()
        for signaal in signalen:
            assert signaal.uitleg
            if signaal.type not in (SignaalType.PARTNERWIJZIGING.value, SignaalType.PARTNER_UIT_BUITENLAND.value):
                assert "€" in signaal.uitleg, signaal.uitleg
            g = signaal.gegevens
            assert g["regel"] == signaal.bron and g["peildatum"] == "2026-11-27"
            if g["entiteit"] == "termijn":
                t = Termijn.__table__  # type: ignore[attr-defined]
                br = Betalingsregeling.__table__  # type: ignore[attr-defined]
                eigenaar = s.execute(
                    select(br.c.burger_id).join(t, t.c.regeling_id == br.c.id).where(t.c.id == g["id"])
                ).scalar_one()
            else:
                tabel = _ENTITEIT[g["entiteit"]].__table__  # type: ignore[attr-defined]
                eigenaar = s.execute(select(tabel.c.burger_id).where(tabel.c.id == g["id"])).scalar_one()
            assert eigenaar == signaal.burger_id, signaal.sleutel

    herhaling = draai_signalen(opslag, peildatum=PEILDATUM, medewerker_id=None)
    assert herhaling.totaal_nieuw == 0
    assert herhaling.al_bekend == rapport.nieuw

    # the demo team at work: a begeleider with a caseload sees rows and an inbox; a supervisor proposes
    medewerkers = MedewerkerRepository(opslag)
    repo = BegeleidingRepository(opslag)
    begeleiders = medewerkers.alle(rol=Rol.BEGELEIDER)
    met_caseload = [b for b in begeleiders if repo.caseload(b, vandaag=PEILDATUM)]
    assert met_caseload
    rij = repo.caseload(met_caseload[0], vandaag=PEILDATUM)[0]
    assert rij.naam and rij.bsn_gemaskeerd.startswith("*****")
    assert repo.inbox(met_caseload[0]).totaal > 0
    supervisors = medewerkers.alle(rol=Rol.SUPERVISOR)
    selectie = SelectieService(opslag).draai(supervisors[0], peildatum=PEILDATUM)
    assert all(v.score >= v.drempel for v in selectie.voorstellen)
