"""The begeleider's views through the store on both backends: the caseload rows, the signal inbox and the signal
actions, the task list, the team distribution and vulnerability indicators (with who may see them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from models.domain import Contactkanaal, InzageReden, Rol, SignaalStatus, SignaalType, TaakSoort, TrajectBron
from models.services.trajecten import OngeldigeOvergang
from models.store.begeleiding import BegeleidingRepository
from models.store.contacten import ContactRepository
from models.store.fouten import GeenToegang
from models.store.opslag import Opslag
from models.store.rows import NieuwContact
from models.store.rows_begeleiding import Contactverslag
from models.store.tables import AuditEvent, Inzage
from models.store.types import nu
from models.validatie import Validatiefout
from tests import fabriek

VANDAAG = dt.date(2026, 11, 27)  # a Friday


@pytest.fixture
def team(opslag: Opslag) -> dict[str, object]:
    """Two begeleiders, a supervisor, a balie; citizens in Anna's caseload, in Bas's, and in nobody's."""
    repo = BegeleidingRepository(opslag)
    anna = fabriek.medewerker(opslag, naam="Anna Begeleider")
    bas = fabriek.medewerker(opslag, naam="Bas Begeleider")
    sup = fabriek.medewerker(opslag, Rol.SUPERVISOR, naam="Sara Supervisor")
    eigen = fabriek.burger(opslag, bsn="123456782", voornamen="Fatima", achternaam="El Amrani")
    collega = fabriek.burger(opslag, voornamen="Jan", achternaam="de Vries")
    niemand = fabriek.burger(opslag, voornamen="Els", achternaam="Bakker")
    t_eigen = repo.verwijs(
        anna,
        eigen,
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp",
        vandaag=dt.date(2026, 11, 2),
        begeleider_id=anna.id,
    )
    t_collega = repo.verwijs(
        bas, collega, bron=TrajectBron.MEDEWERKER, toelichting="hulp", vandaag=VANDAAG, begeleider_id=bas.id
    )
    return {
        "repo": repo,
        "anna": anna,
        "bas": bas,
        "sup": sup,
        "eigen": eigen,
        "collega": collega,
        "niemand": niemand,
        "t_eigen": t_eigen,
        "t_collega": t_collega,
    }


def test_caseloadrij_toont_alles_voor_de_tabel(opslag: Opslag, team: dict) -> None:
    repo, anna, eigen = team["repo"], team["anna"], team["eigen"]
    t = repo.eerste_contact(anna, team["t_eigen"].id, team["t_eigen"].version, _verslag(), vandaag=dt.date(2026, 11, 4))
    fabriek.vordering(opslag, eigen, "huurtoeslag", 2024, Decimal("1140.00"))
    fabriek.vordering(opslag, eigen, "zorgtoeslag", 2025, Decimal("310.50"))
    fabriek.vordering(opslag, eigen, "zorgtoeslag", 2023, Decimal("99.00"), status="afgelost")
    fabriek.signaal(opslag, eigen, "stapeling_schulden", ernst="aandacht")
    fabriek.signaal(opslag, eigen, "hoge_terugvordering", ernst="urgent")
    fabriek.signaal(opslag, eigen, "niet_gebruik", ernst="info", status="afgehandeld")
    repo.maak_taak(
        anna, eigen, omschrijving="Terugbellen over de regeling", vervaldatum=dt.date(2026, 11, 30), vandaag=VANDAAG
    )
    ContactRepository(opslag).registreer(anna, NieuwContact(eigen, Contactkanaal.TELEFOON, "Regeling", "Besproken."))

    [rij] = repo.caseload(anna, vandaag=VANDAAG)
    assert (rij.traject_id, rij.naam, rij.bsn_gemaskeerd) == (t.id, "Fatima El Amrani", "*****6782")
    assert rij.status.value == "intake" and rij.prioriteit_label == "normaal"
    assert rij.intake_uiterlijk == dt.date(2026, 11, 9) and not rij.intake_te_laat
    assert (rij.open_signalen, rij.urgente_signalen) == (2, 1)
    assert rij.signaaltypen == (SignaalType.HOGE_TERUGVORDERING, SignaalType.STAPELING_SCHULDEN)
    assert rij.open_schuld == Decimal("1450.50")
    assert rij.laatste_contact is not None and rij.laatste_contact.tzinfo is not None
    assert (rij.volgende_actie, rij.volgende_actie_op) == (
        "Plan van aanpak opstellen met de burger",
        dt.date(2026, 11, 18),
    )
    assert rij.volgende_actie_te_laat
    assert (rij.dagen_sinds_aanmelding, rij.dagen_sinds_intake) == (25, 23)
    # another begeleider's caseload needs CASELOAD_ALLES
    repo.plan_volgende_actie(anna, t.id, rij.version, omschrijving="Plan bespreken", op=dt.date(2026, 12, 10))
    [rij] = repo.caseload(anna, vandaag=VANDAAG)  # the open task is sooner than the traject's next action
    assert (rij.volgende_actie, rij.volgende_actie_op) == ("Terugbellen over de regeling", dt.date(2026, 11, 30))
    assert not rij.volgende_actie_te_laat
    with pytest.raises(GeenToegang):
        repo.caseload(team["bas"], vandaag=VANDAAG, begeleider_id=anna.id)
    assert [r.traject_id for r in repo.caseload(team["sup"], vandaag=VANDAAG, begeleider_id=anna.id)] == [t.id]


def _verslag() -> Contactverslag:
    return Contactverslag(Contactkanaal.TELEFOON, "Intakegesprek", "Kennisgemaakt.")


def test_inbox_eigen_en_niet_toegewezen_signalen(opslag: Opslag, team: dict) -> None:
    repo, anna = team["repo"], team["anna"]
    eigen = fabriek.signaal(opslag, team["eigen"], "gemiste_termijn", ernst="aandacht")
    fabriek.signaal(opslag, team["collega"], "hoge_terugvordering", ernst="urgent")
    los = fabriek.signaal(opslag, team["niemand"], "hoge_terugvordering", ernst="urgent")
    fabriek.signaal(opslag, team["eigen"], "niet_gebruik", ernst="info", status="onterecht")
    inbox = repo.inbox(anna)
    assert [r.id for r in inbox.rijen] == [los, eigen]  # urgent first
    assert inbox.totaal == 2
    assert inbox.per_type == {SignaalType.GEMISTE_TERMIJN: 1, SignaalType.HOGE_TERUGVORDERING: 1}
    eerste = inbox.rijen[1]
    assert eerste.in_mijn_caseload and eerste.traject_id == team["t_eigen"].id and eerste.naam == "Fatima El Amrani"
    assert not inbox.rijen[0].in_mijn_caseload and inbox.rijen[0].traject_id is None
    gefilterd = repo.inbox(anna, types=[SignaalType.GEMISTE_TERMIJN])
    assert [r.id for r in gefilterd.rijen] == [eigen] and gefilterd.totaal == 1
    assert [r.id for r in repo.inbox(anna, alleen_mijn_caseload=True).rijen] == [eigen]
    assert len(repo.inbox(anna, limiet=1).rijen) == 1 and repo.inbox(anna, limiet=1).totaal == 2


def test_signaal_acties(opslag: Opslag, team: dict) -> None:
    repo, anna = team["repo"], team["anna"]
    s1 = repo.signaal(anna, fabriek.signaal(opslag, team["eigen"], "gemiste_termijn", ernst="aandacht"))
    s1 = repo.accepteer_signaal(anna, s1.id, s1.version)
    assert s1.status is SignaalStatus.IN_BEHANDELING
    with pytest.raises(OngeldigeOvergang, match="in behandeling"):
        repo.accepteer_signaal(anna, s1.id, s1.version)
    s1 = repo.handel_signaal_af(anna, s1.id, s1.version, "Termijn is alsnog betaald.")
    assert s1.status is SignaalStatus.AFGEHANDELD
    s2 = repo.signaal(anna, fabriek.signaal(opslag, team["eigen"], "niet_gebruik", ernst="info"))
    with pytest.raises(Validatiefout, match="reden"):
        repo.wijs_signaal_af(anna, s2.id, s2.version, " ")
    s2 = repo.wijs_signaal_af(anna, s2.id, s2.version, "Burger woont in een koopwoning.")
    assert s2.status is SignaalStatus.ONTERECHT
    # a colleague's signal cannot be handled by Anna
    s3 = repo.signaal(anna, fabriek.signaal(opslag, team["collega"], "bezwaar_ingediend", ernst="aandacht"))
    with pytest.raises(GeenToegang, match="collega"):
        repo.accepteer_signaal(anna, s3.id, s3.version)
    # balie never sees signals
    with pytest.raises(GeenToegang):
        repo.signaal(fabriek.medewerker(opslag, Rol.BALIE), s3.id)


def test_traject_en_taak_uit_signaal(opslag: Opslag, team: dict) -> None:
    repo, anna = team["repo"], team["anna"]
    s = repo.signaal(
        anna,
        fabriek.signaal(
            opslag,
            team["niemand"],
            "hoge_terugvordering",
            ernst="urgent",
            uitleg="Het inkomen ligt € 7.200 boven de schatting.",
        ),
    )
    t = repo.traject_uit_signaal(anna, s.id, s.version, vandaag=VANDAAG, begeleider_id=anna.id)
    assert (t.bron, t.status, t.prioriteit, t.begeleider_id) == ("signaal", "aangemeld", 1, anna.id)
    assert t.bron_toelichting is not None and "€ 7.200" in t.bron_toelichting
    assert repo.signaal(anna, s.id).status is SignaalStatus.IN_BEHANDELING
    assert team["niemand"] in {r.burger_id for r in repo.caseload(anna, vandaag=VANDAAG)}

    s2 = repo.signaal(anna, fabriek.signaal(opslag, team["eigen"], "termijn_nadert", ernst="aandacht"))
    taak = repo.taak_uit_signaal(
        anna,
        s2.id,
        s2.version,
        omschrijving="Burger bellen voor de bezwaartermijn afloopt",
        vervaldatum=dt.date(2026, 12, 1),
        vandaag=VANDAAG,
    )
    assert (taak.soort, taak.burger_naam, taak.traject_id) == (
        TaakSoort.SIGNAAL.value,
        "Fatima El Amrani",
        team["t_eigen"].id,
    )
    assert repo.signaal(anna, s2.id).status is SignaalStatus.IN_BEHANDELING
    with pytest.raises(Validatiefout, match="verleden"):
        repo.taak_uit_signaal(
            anna, s2.id, s2.version + 1, omschrijving="x", vervaldatum=dt.date(2026, 11, 1), vandaag=VANDAAG
        )


def test_takenlijst_in_emmers(opslag: Opslag, team: dict) -> None:
    repo, anna, eigen = team["repo"], team["anna"], team["eigen"]
    fabriek.taak(opslag, eigen, anna.id, "Te laat", dt.date(2026, 11, 20))
    fabriek.taak(opslag, eigen, anna.id, "Vandaag", VANDAAG)
    fabriek.taak(opslag, eigen, anna.id, "Zondag", dt.date(2026, 11, 29))
    fabriek.taak(opslag, eigen, anna.id, "Volgende week", dt.date(2026, 12, 2))
    fabriek.taak(opslag, eigen, team["bas"].id, "Van Bas", VANDAAG)
    overzicht = repo.taken(anna, vandaag=VANDAAG)
    assert [t.omschrijving for t in overzicht.te_laat] == [
        "Intakegesprek persoonlijke begeleiding: eerste contact binnen 5 werkdagen",  # due 09-11-2026
        "Te laat",
    ]
    assert [t.omschrijving for t in overzicht.vandaag_te_doen] == ["Vandaag"]
    assert [t.omschrijving for t in overzicht.deze_week] == ["Zondag"]
    assert "Volgende week" in [t.omschrijving for t in overzicht.later]
    klaar = repo.rond_taak_af(anna, overzicht.vandaag_te_doen[0].id, overzicht.vandaag_te_doen[0].version)
    assert klaar.status == "afgerond"
    assert repo.taken(anna, vandaag=VANDAAG).vandaag_te_doen == ()
    with pytest.raises(OngeldigeOvergang):
        repo.rond_taak_af(anna, klaar.id, klaar.version)
    [van_bas] = repo.taken(team["bas"], vandaag=VANDAAG).vandaag_te_doen
    with pytest.raises(GeenToegang):
        repo.rond_taak_af(anna, van_bas.id, van_bas.version)


def test_teamverdeling(opslag: Opslag, team: dict) -> None:
    repo, sup = team["repo"], team["sup"]
    fabriek.signaal(opslag, team["eigen"], "hoge_terugvordering", ernst="urgent")
    fabriek.signaal(opslag, team["eigen"], "stapeling_schulden", ernst="aandacht")
    repo.verwijs(
        fabriek.medewerker(opslag, Rol.BALIE),
        team["niemand"],
        bron=TrajectBron.BALIE,
        toelichting="hulp",
        vandaag=dt.date(2026, 11, 16),
    )
    verdeling = repo.teamverdeling(sup, vandaag=VANDAAG)
    per = {r.naam: r for r in verdeling.rijen}
    assert (per["Anna Begeleider"].aangemeld, per["Anna Begeleider"].intakes_te_laat) == (1, 1)
    assert (per["Anna Begeleider"].open_signalen, per["Anna Begeleider"].urgente_signalen) == (2, 1)
    assert per["Anna Begeleider"].taken_te_laat == 1  # the intake task was due 09-11-2026
    assert (per["Bas Begeleider"].open_trajecten, per["Bas Begeleider"].intakes_te_laat) == (1, 0)
    assert (verdeling.wachtrij, verdeling.wachtrij_te_laat) == (1, 1)
    assert all(r.team == "Team Noord" for r in repo.teamverdeling(sup, vandaag=VANDAAG, team="Team Noord").rijen)
    with pytest.raises(GeenToegang):
        repo.teamverdeling(team["anna"], vandaag=VANDAAG)


def test_kwetsbaarheid_gedateerd_en_alleen_voor_wie_mag(opslag: Opslag, team: dict) -> None:
    repo, anna, eigen, niemand = team["repo"], team["anna"], team["eigen"], team["niemand"]
    ind = repo.leg_indicator_vast(
        anna,
        eigen,
        soort="moeite met lezen en schrijven",
        bron="intakegesprek",
        geldig_tot=dt.date(2027, 6, 1),
        vandaag=VANDAAG,
        toelichting="Wil alles telefonisch.",
    )
    assert (ind.vastgelegd_door, ind.vastgelegd_op, ind.geldig) == ("Anna Begeleider", VANDAAG, True)
    assert [i.id for i in repo.indicatoren(anna, eigen, vandaag=VANDAAG)] == [ind.id]
    assert repo.indicatoren(anna, eigen, vandaag=dt.date(2027, 6, 2)) == []  # expired: not shown
    assert len(repo.indicatoren(anna, eigen, vandaag=dt.date(2027, 6, 2), met_verlopen=True)) == 1
    with pytest.raises(Validatiefout, match="soort"):
        repo.leg_indicator_vast(
            anna, eigen, soort="nationaliteit", bron="x", geldig_tot=dt.date(2027, 1, 1), vandaag=VANDAAG
        )
    with pytest.raises(Validatiefout, match="twee jaar"):
        repo.leg_indicator_vast(
            anna, eigen, soort="mantelzorg", bron="x", geldig_tot=dt.date(2029, 1, 1), vandaag=VANDAAG
        )
    with pytest.raises(Validatiefout, match="toelichting"):
        repo.leg_indicator_vast(
            anna, eigen, soort="overig (zie toelichting)", bron="x", geldig_tot=dt.date(2027, 1, 1), vandaag=VANDAAG
        )
    beeindigd = repo.beeindig_indicator(
        anna, ind.id, ind.version, reden="Dochter helpt nu met de post.", vandaag=VANDAAG
    )
    assert beeindigd.geldig_tot == dt.date(2026, 11, 26) and not beeindigd.geldig
    assert (
        beeindigd.toelichting is not None
        and "Beëindigd op 27-11-2026: Dochter helpt nu met de post." in beeindigd.toelichting
    )

    # balie: never; another begeleider: not outside the caseload until a reason is logged; supervisor: yes
    with pytest.raises(GeenToegang):
        repo.indicatoren(fabriek.medewerker(opslag, Rol.BALIE), eigen, vandaag=VANDAAG)
    with pytest.raises(GeenToegang, match="niet in uw caseload"):
        repo.indicatoren(team["bas"], eigen, vandaag=VANDAAG)
    with opslag.schrijven() as s:
        s.execute(
            insert(Inzage.__table__).values(  # type: ignore[attr-defined]
                medewerker_id=team["bas"].id,
                burger_id=eigen,
                moment=nu(),
                reden=InzageReden.TELEFOONGESPREK.value,
                toelichting=None,
                context="klantbeeld",
            )
        )
    assert len(repo.indicatoren(team["bas"], eigen, vandaag=VANDAAG, met_verlopen=True)) == 1
    assert len(repo.indicatoren(team["sup"], eigen, vandaag=VANDAAG, met_verlopen=True)) == 1
    with pytest.raises(GeenToegang):
        repo.leg_indicator_vast(
            anna, team["collega"], soort="mantelzorg", bron="x", geldig_tot=dt.date(2027, 1, 1), vandaag=VANDAAG
        )
    with pytest.raises(GeenToegang):  # in nobody's caseload and no reason logged
        repo.leg_indicator_vast(
            anna, niemand, soort="mantelzorg", bron="burger zelf", geldig_tot=dt.date(2027, 1, 1), vandaag=VANDAAG
        )
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        acties = [r.actie for r in s.execute(select(a.c.actie))]
    assert {"kwetsbaarheidsindicator vastgelegd", "kwetsbaarheidsindicator beëindigd"} <= set(acties)


def test_inbox_volgorde_ernst_dan_nieuwste(opslag: Opslag, team: dict) -> None:
    repo, anna = team["repo"], team["anna"]
    eigen_urgent = fabriek.signaal(opslag, team["eigen"], "hoge_terugvordering", ernst="urgent")
    eigen_aandacht = fabriek.signaal(opslag, team["eigen"], "gemiste_termijn", ernst="aandacht")
    los_aandacht = fabriek.signaal(opslag, team["niemand"], "bezwaar_ingediend", ernst="aandacht")
    los_info = fabriek.signaal(opslag, team["niemand"], "niet_gebruik", ernst="info")
    eigen_info = fabriek.signaal(opslag, team["eigen"], "niet_gebruik", ernst="info")
    assert [r.id for r in repo.inbox(anna).rijen] == [eigen_urgent, los_aandacht, eigen_aandacht, eigen_info, los_info]
    assert [r.id for r in repo.inbox(anna, limiet=3).rijen] == [eigen_urgent, los_aandacht, eigen_aandacht]
    gefilterd = repo.inbox(anna, types=[SignaalType.NIET_GEBRUIK])
    assert [r.id for r in gefilterd.rijen] == [eigen_info, los_info] and gefilterd.totaal == 2
