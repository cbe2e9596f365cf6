"""The selection rule: deterministic scores with a reason per criterion, exclusions, and the four-eyes decision on
its proposals through the store (both backends), including the database's own CHECK."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import update

from models.calc.invoer import Regeling
from models.domain import Rol, TrajectBron
from models.services.selectie import STANDAARD_SELECTIE, Selectieregel, SelectieService, scoor
from models.services.trajecten import OngeldigeOvergang
from models.store.begeleiding import BegeleidingRepository
from models.store.fouten import GeenToegang, OpslagFout
from models.store.opslag import Opslag
from models.store.rows_begeleiding import (
    Huishoudfeiten,
    KwetsbaarheidFeit,
    SignaalFeit,
    ToeslagFeit,
    VorderingFeit,
)
from models.store.tables import Beoordeling
from models.validatie import Validatiefout
from tests import fabriek
from tests.begeleiding import bouw
from tests.begeleiding.bouw import PEILDATUM, grondslagen


def _toeslag(regeling: str, inkomen: int) -> ToeslagFeit:
    return ToeslagFeit(1, regeling, 2026, "lopend", 1, 12, 0, 0, 0, json.dumps(grondslagen(inkomen).naar_dict()))


def _huishouden(**extra: object) -> Huishoudfeiten:
    basis: dict[str, object] = {
        "toeslagen": (_toeslag("zorgtoeslag", 20000), _toeslag("huurtoeslag", 20000)),
        "vorderingen": (
            VorderingFeit(1, "huurtoeslag", 2024, "V1", 240000, "open", dt.date(2025, 9, 1), dt.date(2025, 10, 13)),
            VorderingFeit(2, "zorgtoeslag", 2025, "V2", 60000, "aanmaning", dt.date(2026, 7, 1), dt.date(2026, 8, 12)),
        ),
        "kwetsbaarheden": (
            KwetsbaarheidFeit(1, dt.date(2026, 9, 1), dt.date(2027, 9, 1)),
            KwetsbaarheidFeit(2, dt.date(2025, 1, 1), dt.date(2026, 1, 1)),  # expired
        ),
        "open_signalen": (
            SignaalFeit(1, "hoge_terugvordering", "urgent"),
            SignaalFeit(2, "stapeling_schulden", "aandacht"),
        ),
    }
    basis.update(extra)
    return Huishoudfeiten(burger_id=42, **basis)  # type: ignore[arg-type]


def test_score_met_reden_per_criterium() -> None:
    score = scoor(_huishouden(), PEILDATUM)
    redenen = {r.criterium: r for r in score.redenen}
    assert [r.criterium for r in score.redenen] == [
        "open_schuld",
        "schuldduur",
        "schuld_inkomen",
        "lopende_toeslagen",
        "kwetsbaarheid",
        "signalen",
    ]
    assert redenen["open_schuld"].omschrijving == "Openstaande toeslagschuld € 3.000,00 in 2 vorderingen"
    assert redenen["open_schuld"].punten == 2
    assert redenen["schuldduur"].omschrijving == "Oudste openstaande vordering is 14 maanden oud (sinds 01-09-2025)"
    assert redenen["schuldduur"].punten == 2
    assert redenen["schuld_inkomen"].omschrijving == "Schuld is 15,0% van het jaarinkomen € 20.000"
    assert redenen["schuld_inkomen"].punten == 2
    assert (redenen["lopende_toeslagen"].waarde, redenen["lopende_toeslagen"].punten) == ("2", 1)
    assert (
        redenen["kwetsbaarheid"].omschrijving == "1 geldige kwetsbaarheidsindicator"
    )  # the expired one does not count
    assert redenen["signalen"].omschrijving == "2 open signalen, waarvan 1 urgent"
    assert redenen["signalen"].punten == 2
    assert score.score == 2 + 2 + 2 + 1 + 1 + 2
    assert score.uitgesloten is None
    assert score.motivatie.startswith("Score 10: Openstaande toeslagschuld € 3.000,00 in 2 vorderingen (2 punten);")
    assert scoor(_huishouden(), PEILDATUM) == score  # deterministic


def test_score_zonder_schuld_en_uitsluitingen() -> None:
    leeg = scoor(Huishoudfeiten(burger_id=1), PEILDATUM)
    assert leeg.score == 0 and all(r.punten == 0 for r in leeg.redenen)
    assert {r.criterium: r.omschrijving for r in leeg.redenen}[
        "schuld_inkomen"
    ] == "Geen inkomen bekend in de toeslaggegevens"
    assert scoor(_huishouden(open_traject=True), PEILDATUM).uitgesloten == "heeft al een lopend begeleidingstraject"
    assert scoor(_huishouden(open_voorstel=True), PEILDATUM).uitgesloten == "er ligt al een selectievoorstel"
    recent = scoor(_huishouden(laatst_afgesloten=PEILDATUM - dt.timedelta(days=89)), PEILDATUM)
    assert recent.uitgesloten == "traject afgesloten op 30-08-2026"
    assert scoor(_huishouden(laatst_afgesloten=PEILDATUM - dt.timedelta(days=90)), PEILDATUM).uitgesloten is None


def test_regel_is_benoemd_en_beschreven() -> None:
    assert STANDAARD_SELECTIE.label == "selectie@2026.1"
    tekst = "\n".join(STANDAARD_SELECTIE.beschrijving())
    assert "vanaf 6 punten" in tekst and "vanaf € 2.000: 2 punten" in tekst and "vanaf 10%: 2 punten" in tekst


def _kandidaat(opslag: Opslag, achternaam: str, schuld: str, *, kwetsbaar: bool = False) -> int:
    b = fabriek.burger(opslag, achternaam=achternaam)
    bouw.toeslag(opslag, b, Regeling.ZORGTOESLAG, 2026, grondslagen(20000))
    bouw.toeslag(opslag, b, Regeling.HUURTOESLAG, 2026, grondslagen(20000, huur=700))
    bouw.vordering(opslag, b, "huurtoeslag", 2024, Decimal(schuld), ontstaan_op=dt.date(2025, 6, 1))
    bouw.vordering(opslag, b, "zorgtoeslag", 2025, Decimal(400), ontstaan_op=dt.date(2026, 6, 1))
    if kwetsbaar:
        fabriek.kwetsbaarheid(opslag, b, "mantelzorg")
    return b


def test_selectie_voorstellen_en_vier_ogen(opslag: Opslag) -> None:
    hoog = _kandidaat(opslag, "Hoog", "6000", kwetsbaar=True)
    midden = _kandidaat(opslag, "Midden", "2600")
    laag = fabriek.burger(opslag, achternaam="Laag")
    bouw.vordering(opslag, laag, "zorgtoeslag", 2025, Decimal(150), ontstaan_op=dt.date(2026, 10, 1))
    al_in_traject = _kandidaat(opslag, "Traject", "6000")
    begeleider = fabriek.medewerker(opslag)
    BegeleidingRepository(opslag).verwijs(
        begeleider,
        al_in_traject,
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp",
        vandaag=PEILDATUM,
        begeleider_id=begeleider.id,
    )
    sup_a = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Supervisor A")
    sup_b = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Supervisor B")
    dienst = SelectieService(opslag)

    with pytest.raises(GeenToegang):
        dienst.draai(begeleider, peildatum=PEILDATUM)
    rapport = dienst.draai(sup_a, peildatum=PEILDATUM)
    assert [v.burger_id for v in rapport.voorstellen] == [hoog, midden]  # highest score first; others excluded
    assert rapport.boven_drempel == 2 and rapport.regel == "selectie@2026.1"
    voorstel = rapport.voorstellen[0]
    assert voorstel.score >= voorstel.drempel == 6 and voorstel.voorgesteld_door == "Supervisor A"
    assert any(r.criterium == "kwetsbaarheid" and r.punten == 1 for r in voorstel.redenen)
    assert "Regel selectie@2026.1, drempel 6." in voorstel.motivatie
    assert "mantelzorg" not in json.dumps([r.naar_dict() for r in voorstel.redenen])  # counts, never content
    # a second run proposes nobody twice
    assert dienst.draai(sup_a, peildatum=PEILDATUM).voorstellen == ()

    with pytest.raises(GeenToegang, match="eigen voorstel"):
        dienst.keur_goed(sup_a, voorstel.beoordeling_id, voorstel.version, vandaag=PEILDATUM)
    with pytest.raises(GeenToegang):
        dienst.keur_goed(begeleider, voorstel.beoordeling_id, voorstel.version, vandaag=PEILDATUM)
    traject = dienst.keur_goed(
        sup_b, voorstel.beoordeling_id, voorstel.version, vandaag=PEILDATUM, motivatie="Past bij de doelgroep."
    )
    assert (traject.bron, traject.status, traject.begeleider_id, traject.burger_id) == (
        "selectie",
        "aangemeld",
        None,
        hoog,
    )
    assert traject.bron_toelichting is not None and traject.bron_toelichting.startswith("selectie@2026.1, score")
    wachtrij = BegeleidingRepository(opslag).intake_wachtrij(begeleider, vandaag=PEILDATUM)
    assert [r.traject_id for r in wachtrij] == [traject.id]
    beslist = dienst.voorstel(sup_b, voorstel.beoordeling_id)
    assert (beslist.status, beslist.beoordeeld_door, beslist.traject_id) == ("goedgekeurd", "Supervisor B", traject.id)
    with pytest.raises(OngeldigeOvergang, match="al beslist"):
        dienst.wijs_af(sup_b, beslist.beoordeling_id, beslist.version, motivatie="toch niet")

    tweede = rapport.voorstellen[1]
    with pytest.raises(Validatiefout, match="motivatie"):
        dienst.wijs_af(sup_b, tweede.beoordeling_id, tweede.version, motivatie="")
    afgewezen = dienst.wijs_af(
        sup_b, tweede.beoordeling_id, tweede.version, motivatie="Heeft al schuldhulp via de gemeente."
    )
    assert (afgewezen.status, afgewezen.beoordeling_motivatie) == ("afgewezen", "Heeft al schuldhulp via de gemeente.")
    assert dienst.voorstellen(sup_b) == []
    assert {v.status for v in dienst.voorstellen(sup_b, status=None)} == {"goedgekeurd", "afgewezen"}


def test_database_weigert_eigen_voorstel_beoordelen(opslag: Opslag) -> None:
    _kandidaat(opslag, "Hoog", "6000", kwetsbaar=True)
    sup = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    [voorstel] = SelectieService(opslag).draai(sup, peildatum=PEILDATUM).voorstellen
    bo = Beoordeling.__table__  # type: ignore[attr-defined]
    with pytest.raises(OpslagFout, match="in strijd"), opslag.schrijven() as s:
        s.execute(
            update(bo).where(bo.c.id == voorstel.beoordeling_id).values(beoordeeld_door=sup.id, status="goedgekeurd")
        )


def test_maximum_aantal_voorstellen_hoogste_eerst(sqlite_opslag: Opslag) -> None:
    ids = [_kandidaat(sqlite_opslag, f"K{i}", str(2000 + 1000 * i)) for i in range(4)]
    sup = fabriek.medewerker(sqlite_opslag, Rol.SUPERVISOR)
    rapport = SelectieService(sqlite_opslag, Selectieregel(versie="test", max_voorstellen=2)).draai(
        sup, peildatum=PEILDATUM
    )
    assert rapport.boven_drempel == 4
    # K3 scores highest; K0–K2 tie and the lowest burger id wins (deterministic)
    assert [v.burger_id for v in rapport.voorstellen] == [ids[3], ids[0]]
    assert rapport.voorstellen[0].score > rapport.voorstellen[1].score
