"""The traject lifecycle: the state machine on its own, and every step through the store on both backends —
allowed and refused steps with Dutch messages, optimistic locking, audit events, the intake deadline in working
days, assignment and reassignment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.domain import Contactkanaal, Rol, TaakSoort, TrajectBron, TrajectStatus
from models.services.trajecten import (
    OngeldigeOvergang,
    Stap,
    Uitkomst,
    controleer_afsluiting,
    controleer_plan,
    intake_termijn,
    intake_uiterlijk,
    toegestane_stappen,
    volgende_status,
)
from models.store.audit import verifieer
from models.store.begeleiding import BegeleidingRepository
from models.store.fouten import Conflict, GeenToegang
from models.store.opslag import Opslag
from models.store.rows_begeleiding import Afspraak, Contactverslag, Doel, PlanVanAanpak
from models.store.tables import AuditEvent, Contactmoment, Taak
from models.validatie import Validatiefout
from tests import fabriek

VANDAAG = dt.date(2026, 11, 27)
VERSLAG = Contactverslag(Contactkanaal.TELEFOON, "Intakegesprek", "Kennisgemaakt; burger wil begeleiding.")
PLAN = PlanVanAanpak(
    doelen=(Doel("Een betaalbare regeling voor de vordering huurtoeslag 2024"),),
    afspraken=(
        Afspraak("burger", "Loonstroken opsturen", dt.date(2026, 12, 11)),
        Afspraak("begeleider", "Regeling voorstellen", dt.date(2026, 12, 4)),
    ),
)


# --- the state machine on its own ----------------------------------------------------------------------------


def test_toegestane_stappen_per_status() -> None:
    assert set(toegestane_stappen(TrajectStatus.AANGEMELD)) == {
        Stap.EERSTE_CONTACT,
        Stap.OPGELOST_IN_EERSTE_CONTACT,
        Stap.AFSLUITEN,
    }
    assert set(toegestane_stappen(TrajectStatus.INTAKE)) == {
        Stap.START_BEGELEIDING,
        Stap.PLAN_BIJWERKEN,
        Stap.AFSLUITEN,
    }
    assert set(toegestane_stappen(TrajectStatus.ACTIEF)) == {Stap.PLAN_BIJWERKEN, Stap.AFSLUITEN}
    assert toegestane_stappen(TrajectStatus.AFGESLOTEN) == ()


@pytest.mark.parametrize(
    ("status", "stap", "naar"),
    [
        ("aangemeld", Stap.EERSTE_CONTACT, TrajectStatus.INTAKE),
        ("aangemeld", Stap.OPGELOST_IN_EERSTE_CONTACT, TrajectStatus.AFGESLOTEN),
        ("intake", Stap.START_BEGELEIDING, TrajectStatus.ACTIEF),
        ("actief", Stap.AFSLUITEN, TrajectStatus.AFGESLOTEN),
    ],
)
def test_toegestane_overgangen(status: str, stap: Stap, naar: TrajectStatus) -> None:
    assert volgende_status(status, stap) is naar


@pytest.mark.parametrize(
    ("status", "stap", "melding"),
    [
        (
            "aangemeld",
            Stap.START_BEGELEIDING,
            "Een traject met status ‘aangemeld’ kan niet: begeleiding starten met een plan "
            "van aanpak, want er is nog geen eerste contact geweest.",
        ),
        (
            "intake",
            Stap.EERSTE_CONTACT,
            "Een traject met status ‘intake’ kan niet: eerste contact vastleggen, want het eerste "
            "contact is al vastgelegd.",
        ),
        (
            "actief",
            Stap.START_BEGELEIDING,
            "Een traject met status ‘actief’ kan niet: begeleiding starten met een plan van "
            "aanpak, want de begeleiding loopt al.",
        ),
        (
            "afgesloten",
            Stap.AFSLUITEN,
            "Een traject met status ‘afgesloten’ kan niet: traject afsluiten, want het traject is "
            "afgesloten; meld de burger opnieuw aan als er weer hulp nodig is.",
        ),
    ],
)
def test_geweigerde_overgangen_met_nederlandse_melding(status: str, stap: Stap, melding: str) -> None:
    with pytest.raises(OngeldigeOvergang) as fout:
        volgende_status(status, stap)
    assert fout.value.melding == melding


def test_afsluiten_vraagt_passende_uitkomst_en_reden() -> None:
    with pytest.raises(OngeldigeOvergang, match="Doelen bereikt"):
        controleer_afsluiting("intake", Uitkomst.DOELEN_BEREIKT, "klaar")
    with pytest.raises(OngeldigeOvergang, match="eerste contact zelf"):
        controleer_afsluiting("aangemeld", Uitkomst.OPGELOST_EERSTE_CONTACT, "klaar")
    with pytest.raises(Validatiefout, match="reden"):
        controleer_afsluiting("actief", Uitkomst.DOELEN_BEREIKT, "  ")
    assert controleer_afsluiting("aangemeld", Uitkomst.NIET_BEREIKBAAR, " drie keer gebeld ") == "drie keer gebeld"


def test_plan_van_aanpak_vraagt_doel_en_afspraak() -> None:
    with pytest.raises(Validatiefout, match="doel"):
        controleer_plan(PlanVanAanpak(doelen=(), afspraken=PLAN.afspraken))
    with pytest.raises(Validatiefout, match="afspraak"):
        controleer_plan(PlanVanAanpak(doelen=PLAN.doelen, afspraken=()))
    with pytest.raises(Validatiefout, match="burger of voor de begeleider"):
        controleer_plan(PlanVanAanpak(doelen=PLAN.doelen, afspraken=(Afspraak("buurman", "helpen"),)))
    assert PlanVanAanpak.uit_dict(PLAN.naar_dict()) == PLAN


def test_intake_na_vijf_werkdagen_te_laat_ook_rond_pinksteren() -> None:
    vrijdag = dt.date(2026, 5, 22)  # the Friday before Pentecost
    uiterlijk = intake_uiterlijk(vrijdag)
    assert uiterlijk == dt.date(2026, 6, 1)  # Tweede Pinksterdag 25 May does not count
    assert intake_termijn(uiterlijk, None, dt.date(2026, 5, 29)).werkdagen_over == 1
    op_tijd = intake_termijn(uiterlijk, None, dt.date(2026, 6, 1))
    assert not op_tijd.te_laat and op_tijd.werkdagen_over == 0
    te_laat = intake_termijn(uiterlijk, None, dt.date(2026, 6, 2))
    assert te_laat.te_laat and te_laat.werkdagen_over == -1
    assert intake_termijn(uiterlijk, None, dt.date(2026, 6, 6)).werkdagen_over == -4  # Saturday: Tue–Fri late
    gehaald = intake_termijn(uiterlijk, dt.date(2026, 5, 28), dt.date(2026, 6, 9))
    assert gehaald.gehaald and not gehaald.te_laat and gehaald.werkdagen_over is None


# --- through the store -------------------------------------------------------------------------------------


def _acties(opslag: Opslag) -> list[str]:
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        return [r.actie for r in s.execute(select(a.c.actie).order_by(a.c.id))]


def test_levensloop_van_aanmelding_tot_afsluiting(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag, Rol.BEGELEIDER)
    burger = fabriek.burger(opslag)
    t = repo.verwijs(
        begeleider,
        burger,
        bron=TrajectBron.MEDEWERKER,
        toelichting="Burger belde in paniek over een brief",
        vandaag=dt.date(2026, 5, 22),
        begeleider_id=begeleider.id,
    )
    assert (t.status, t.bron, t.begeleider_id) == ("aangemeld", "medewerker", begeleider.id)
    assert t.intake_uiterlijk == dt.date(2026, 6, 1)
    [intake] = repo.taken(begeleider, vandaag=dt.date(2026, 5, 22)).later
    assert intake.soort == TaakSoort.INTAKE.value and intake.vervaldatum == dt.date(2026, 6, 1)

    t = repo.eerste_contact(begeleider, t.id, t.version, VERSLAG, vandaag=dt.date(2026, 5, 27))
    assert (t.status, t.eerste_contact_op) == ("intake", dt.date(2026, 5, 27))
    assert repo.taken(begeleider, vandaag=dt.date(2026, 5, 27)).aantal == 0  # intake task done

    t = repo.start_begeleiding(begeleider, t.id, t.version, PLAN, vandaag=dt.date(2026, 6, 3))
    assert t.status == "actief"
    assert t.plan is not None and t.plan["opgesteld_op"] == "2026-06-03"
    assert t.plan["doelen"][0]["omschrijving"].startswith("Een betaalbare regeling")
    assert t.volgende_actie == "Regeling voorstellen" and t.volgende_actie_op == dt.date(2026, 12, 4)

    t = repo.sluit_af(
        begeleider,
        t.id,
        t.version,
        uitkomst=Uitkomst.DOELEN_BEREIKT,
        reden="Regeling loopt; voorschot klopt weer.",
        vandaag=VANDAAG,
    )
    assert (t.status, t.uitkomst, t.afgesloten_op) == ("afgesloten", "doelen bereikt", VANDAAG)
    assert t.volgende_actie is None

    acties = _acties(opslag)
    for actie in (
        "traject aangemeld",
        "taak aangemaakt",
        "contact geregistreerd",
        "taak afgerond",
        "eerste contact vastgelegd",
        "begeleiding gestart",
        "traject afgesloten",
    ):
        assert actie in acties
    a = AuditEvent.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        assert verifieer(s.execute(select(a).order_by(a.c.id))).in_orde
        contact = s.execute(select(Contactmoment.__table__)).one()  # type: ignore[attr-defined]
        assert contact.traject_id == t.id and not contact.opgelost_in_eerste_contact


def test_geweigerde_stappen_via_de_opslag(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag)
    t = repo.verwijs(
        begeleider,
        fabriek.burger(opslag),
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp nodig",
        vandaag=VANDAAG,
        begeleider_id=begeleider.id,
    )
    with pytest.raises(OngeldigeOvergang, match="er is nog geen eerste contact geweest"):
        repo.start_begeleiding(begeleider, t.id, t.version, PLAN, vandaag=VANDAAG)
    with pytest.raises(OngeldigeOvergang, match="Doelen bereikt"):
        repo.sluit_af(begeleider, t.id, t.version, uitkomst=Uitkomst.DOELEN_BEREIKT, reden="x", vandaag=VANDAAG)
    t = repo.sluit_af(
        begeleider,
        t.id,
        t.version,
        uitkomst=Uitkomst.NIET_BEREIKBAAR,
        reden="Drie keer gebeld, brief gestuurd.",
        vandaag=VANDAAG,
    )
    with pytest.raises(OngeldigeOvergang, match="afgesloten"):
        repo.eerste_contact(begeleider, t.id, t.version, VERSLAG, vandaag=VANDAAG)
    with pytest.raises(OngeldigeOvergang, match="afgesloten"):
        repo.plan_volgende_actie(begeleider, t.id, t.version, omschrijving="bellen", op=VANDAAG)
    # an open task of the closed traject lapsed
    tk = Taak.__table__  # type: ignore[attr-defined]
    with opslag.lezen() as s:
        assert {r.status for r in s.execute(select(tk.c.status).where(tk.c.traject_id == t.id))} == {"vervallen"}


def test_opgelost_in_eerste_contact_sluit_direct_af(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag)
    t = repo.verwijs(
        begeleider,
        fabriek.burger(opslag),
        bron=TrajectBron.BEZWAAR,
        toelichting="bezwaarteam verwijst",
        vandaag=VANDAAG,
    )
    assert t.begeleider_id is None
    t = repo.opgelost_in_eerste_contact(
        begeleider, t.id, t.version, VERSLAG, reden="Inkomen 2026 samen aangepast in Mijn toeslagen.", vandaag=VANDAAG
    )
    assert (t.status, t.uitkomst, t.eerste_contact_op, t.afgesloten_op) == (
        "afgesloten",
        "opgelost in eerste contact",
        VANDAAG,
        VANDAAG,
    )
    assert t.begeleider_id == begeleider.id  # the one who solved it
    with opslag.lezen() as s:
        contact = s.execute(select(Contactmoment.__table__)).one()  # type: ignore[attr-defined]
    assert contact.opgelost_in_eerste_contact
    assert "traject afgesloten: opgelost in eerste contact" in _acties(opslag)


def test_optimistische_vergrendeling(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag, naam="Anouk de Wit")
    t = repo.verwijs(
        begeleider,
        fabriek.burger(opslag),
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp",
        vandaag=VANDAAG,
        begeleider_id=begeleider.id,
    )
    repo.plan_volgende_actie(begeleider, t.id, t.version, omschrijving="Terugbellen", op=VANDAAG)
    with pytest.raises(Conflict) as fout:
        repo.eerste_contact(begeleider, t.id, t.version, VERSLAG, vandaag=VANDAAG)
    assert fout.value.gewijzigd_door == "Anouk de Wit"
    assert fout.value.huidig is not None and fout.value.huidig["volgende_actie"] == "Terugbellen"
    with opslag.lezen() as s:  # nothing of the refused step was written
        assert s.execute(select(Contactmoment.__table__)).first() is None  # type: ignore[attr-defined]


def test_een_lopend_traject_per_burger(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    balie = fabriek.medewerker(opslag, Rol.BALIE)
    burger = fabriek.burger(opslag)
    repo.verwijs(
        balie, burger, bron=TrajectBron.BALIE, toelichting="Burger aan de balie met een stapel brieven", vandaag=VANDAAG
    )
    with pytest.raises(OngeldigeOvergang, match="al een lopend begeleidingstraject"):
        repo.verwijs(balie, burger, bron=TrajectBron.BALIE, toelichting="nog eens", vandaag=VANDAAG)


def test_balie_mag_alleen_verwijzen(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    balie = fabriek.medewerker(opslag, Rol.BALIE)
    burger = fabriek.burger(opslag)
    with pytest.raises(Validatiefout, match="reden"):
        repo.verwijs(balie, burger, bron=TrajectBron.BALIE, toelichting="  ", vandaag=VANDAAG)
    with pytest.raises(GeenToegang, match="alleen aanmelden met bron ‘balie’"):
        repo.verwijs(balie, burger, bron=TrajectBron.MEDEWERKER, toelichting="x", vandaag=VANDAAG)
    with pytest.raises(GeenToegang):
        repo.verwijs(balie, burger, bron=TrajectBron.BALIE, toelichting="x", vandaag=VANDAAG, begeleider_id=balie.id)
    t = repo.verwijs(
        balie, burger, bron=TrajectBron.BALIE, toelichting="Wil hulp bij de terugvordering", vandaag=VANDAAG
    )
    assert (t.status, t.bron, t.bron_toelichting, t.begeleider_id) == (
        "aangemeld",
        "balie",
        "Wil hulp bij de terugvordering",
        None,
    )
    for poging in (
        lambda: repo.caseload(balie, vandaag=VANDAAG),
        lambda: repo.intake_wachtrij(balie, vandaag=VANDAAG),
        lambda: repo.inbox(balie),
        lambda: repo.indicatoren(balie, burger, vandaag=VANDAAG),
        lambda: repo.traject(balie, t.id),
        lambda: repo.eerste_contact(balie, t.id, t.version, VERSLAG, vandaag=VANDAAG),
        lambda: repo.teamverdeling(balie, vandaag=VANDAAG),
    ):
        with pytest.raises(GeenToegang):
            poging()


def test_selectie_en_signaal_lopen_niet_via_verwijzen(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag)
    for bron in (TrajectBron.SELECTIE, TrajectBron.SIGNAAL):
        with pytest.raises(Validatiefout, match="niet via verwijzen"):
            repo.verwijs(begeleider, fabriek.burger(opslag), bron=bron, toelichting="x", vandaag=VANDAAG)


def test_intake_te_laat_in_de_caseload(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag)
    t = repo.verwijs(
        begeleider,
        fabriek.burger(opslag),
        bron=TrajectBron.INVORDERING,
        toelichting="stapeling",
        vandaag=dt.date(2026, 5, 22),
        begeleider_id=begeleider.id,
    )
    [op_tijd] = repo.caseload(begeleider, vandaag=dt.date(2026, 6, 1))
    assert (op_tijd.intake_uiterlijk, op_tijd.intake_te_laat, op_tijd.werkdagen_tot_intake) == (
        dt.date(2026, 6, 1),
        False,
        0,
    )
    [te_laat] = repo.caseload(begeleider, vandaag=dt.date(2026, 6, 2))
    assert te_laat.intake_te_laat and te_laat.werkdagen_tot_intake == -1
    assert te_laat.volgende_actie_te_laat
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    [rij] = [
        r for r in repo.teamverdeling(supervisor, vandaag=dt.date(2026, 6, 2)).rijen if r.begeleider_id == begeleider.id
    ]
    assert (rij.aangemeld, rij.intakes_te_laat) == (1, 1)
    repo.eerste_contact(begeleider, t.id, t.version, VERSLAG, vandaag=dt.date(2026, 6, 3))
    [na] = repo.caseload(begeleider, vandaag=dt.date(2026, 6, 4))
    assert not na.intake_te_laat and na.werkdagen_tot_intake is None and na.dagen_sinds_intake == 1


def test_overdragen_nieuwe_begeleider_ziet_traject_direct(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    oud = fabriek.medewerker(opslag, naam="Ruud Oud")
    nieuw = fabriek.medewerker(opslag, naam="Nina Nieuw")
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR)
    t = repo.verwijs(
        oud,
        fabriek.burger(opslag),
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp",
        vandaag=VANDAAG,
        begeleider_id=oud.id,
    )
    assert [r.traject_id for r in repo.caseload(oud, vandaag=VANDAAG)] == [t.id]
    with pytest.raises(GeenToegang):
        repo.wijs_toe(oud, t.id, t.version, nieuw.id, vandaag=VANDAAG)
    t2 = repo.wijs_toe(supervisor, t.id, t.version, nieuw.id, vandaag=VANDAAG)
    assert t2.begeleider == "Nina Nieuw"
    assert [r.traject_id for r in repo.caseload(nieuw, vandaag=VANDAAG)] == [t.id]
    assert repo.caseload(oud, vandaag=VANDAAG) == []
    assert [
        x.soort for x in repo.taken(nieuw, vandaag=VANDAAG).later + repo.taken(nieuw, vandaag=VANDAAG).deze_week
    ] == ["intake"]
    assert repo.taken(oud, vandaag=VANDAAG).aantal == 0
    assert {"traject overgedragen", "taak overgedragen"} <= set(_acties(opslag))
    with pytest.raises(GeenToegang, match="collega"):
        repo.eerste_contact(oud, t2.id, t2.version, VERSLAG, vandaag=VANDAAG)
    with pytest.raises(Conflict):
        repo.wijs_toe(supervisor, t.id, t.version, oud.id, vandaag=VANDAAG)


def test_intake_wachtrij_en_zelf_opnemen(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    balie = fabriek.medewerker(opslag, Rol.BALIE)
    begeleider = fabriek.medewerker(opslag)
    t = repo.verwijs(
        balie,
        fabriek.burger(opslag, achternaam="Jansen"),
        bron=TrajectBron.BALIE,
        toelichting="brieven",
        vandaag=VANDAAG,
    )
    [rij] = repo.intake_wachtrij(begeleider, vandaag=VANDAAG)
    assert (rij.traject_id, rij.naam, rij.bsn_gemaskeerd[:5]) == (t.id, "Fatima Jansen", "*****")
    with pytest.raises(GeenToegang, match="nog niet toegewezen"):
        repo.start_begeleiding(begeleider, t.id, t.version, PLAN, vandaag=VANDAAG)
    t = repo.neem_op(begeleider, t.id, t.version, vandaag=VANDAAG)
    assert t.begeleider_id == begeleider.id
    assert repo.intake_wachtrij(begeleider, vandaag=VANDAAG) == []
    collega = fabriek.medewerker(opslag)
    with pytest.raises(GeenToegang, match="al toegewezen"):
        repo.neem_op(collega, t.id, t.version, vandaag=VANDAAG)


def test_prioriteit_en_volgende_actie(opslag: Opslag) -> None:
    repo = BegeleidingRepository(opslag)
    begeleider = fabriek.medewerker(opslag)
    t = repo.verwijs(
        begeleider,
        fabriek.burger(opslag),
        bron=TrajectBron.MEDEWERKER,
        toelichting="hulp",
        vandaag=VANDAAG,
        begeleider_id=begeleider.id,
    )
    t = repo.wijzig_prioriteit(begeleider, t.id, t.version, 1)
    with pytest.raises(Validatiefout):
        repo.wijzig_prioriteit(begeleider, t.id, t.version, 4)
    t = repo.plan_volgende_actie(
        begeleider, t.id, t.version, omschrijving="Terugbellen na brief", op=dt.date(2026, 11, 30)
    )
    assert (t.prioriteit, t.volgende_actie, t.volgende_actie_op) == (1, "Terugbellen na brief", dt.date(2026, 11, 30))
