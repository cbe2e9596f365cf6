"""The access log and audit trail for oversight: who looked at a citizen and why, who changed what.

On SQLite and PostgreSQL the repository answers supervisors and kwaliteitsmedewerkers and refuses every other
role before touching the store; on a team server (a database set up with `werkplek-admin init`, an own login
role per account) the database refuses them as well, even when a tampered client claims to be a supervisor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import ProgrammingError

from models.domain import Contactkanaal, InzageReden, Rol
from models.store import inzage as inzage_module
from models.store.contacten import ContactRepository
from models.store.fouten import GeenToegang, NietGevonden
from models.store.interfaces_inzage import Periode
from models.store.inzage import InzagelogRepository, wijzigingen
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from models.store.tables import Inzage
from models.validatie import Validatiefout
from tests import fabriek
from tests.hulpmiddelen.teamserver import Teamserver, maak_teamserver

BSN = "123456782"
VANDAAG = dt.date.today()  # noqa: DTZ011 - the store's calendar day
PERIODE = Periode.laatste_dagen(30, VANDAAG)


def _aantal_inzages(opslag: Opslag) -> int:
    with opslag.lezen() as s:
        return s.execute(select(func.count()).select_from(Inzage.__table__)).scalar_one()  # type: ignore[attr-defined]


def _oude_inzage(opslag: Opslag, medewerker_id: int, burger_id: int, dagen_geleden: int) -> None:
    moment = dt.datetime.now(dt.UTC) - dt.timedelta(days=dagen_geleden)
    with opslag.schrijven() as s:
        s.execute(
            insert(Inzage.__table__).values(  # type: ignore[attr-defined]
                medewerker_id=medewerker_id,
                burger_id=burger_id,
                moment=moment,
                reden="telefoongesprek",
                toelichting=None,
                context="klantbeeld",
            )
        )


@pytest.fixture
def staf(opslag: Opslag) -> dict[Rol, MedewerkerRow]:
    return {rol: fabriek.medewerker(opslag, rol, f"{rol.label} Test") for rol in Rol}


def test_inzage_per_burger_met_reden_toelichting_en_periode(opslag: Opslag, staf: dict[Rol, MedewerkerRow]) -> None:
    burger_id = fabriek.burger(opslag, bsn=BSN)
    ander = fabriek.burger(opslag, voornamen="Piet", achternaam="Jansen")
    klantbeelden = KlantbeeldRepository(opslag)
    begeleider, balie, supervisor = staf[Rol.BEGELEIDER], staf[Rol.BALIE], staf[Rol.SUPERVISOR]
    klantbeelden.laad(balie, burger_id, reden=InzageReden.BALIEBEZOEK)
    klantbeelden.laad(begeleider, burger_id, reden=InzageReden.OVERIG, toelichting="Vraag van de wijkteamcoach")
    klantbeelden.laad(begeleider, ander, reden=InzageReden.TELEFOONGESPREK)
    _oude_inzage(opslag, begeleider.id, burger_id, dagen_geleden=90)

    lijst = InzagelogRepository(opslag).per_burger(supervisor, "1234 56 782", PERIODE)

    assert lijst.burger is not None and lijst.burger.naam == "Fatima El Amrani"
    assert not lijst.afgekapt
    # newest first; the supervisor's own look-up is logged too; the access of 90 days ago is outside the period
    assert [(r.medewerker, r.reden, r.toelichting, r.context) for r in lijst.regels] == [
        ("Supervisor Test", InzageReden.KWALITEIT, None, "inzagelog"),
        ("Persoonlijk begeleider Test", InzageReden.OVERIG, "Vraag van de wijkteamcoach", "klantbeeld"),
        ("Baliemedewerker servicepunt Test", InzageReden.BALIEBEZOEK, None, "klantbeeld"),
    ]
    assert {r.bsn for r in lijst.regels} == {BSN}
    assert lijst.regels[1].rol == Rol.BEGELEIDER and lijst.regels[1].gebruikersnaam == begeleider.gebruikersnaam
    tijden = [r.moment for r in lijst.regels]
    assert tijden == sorted(tijden, reverse=True) and all(t.tzinfo is not None for t in tijden)
    ruim = InzagelogRepository(opslag).per_burger(supervisor, BSN, Periode.laatste_dagen(120, VANDAAG))
    assert len(ruim.regels) == 5  # the old access, and the second look-up


def test_inzage_per_medewerker(opslag: Opslag, staf: dict[Rol, MedewerkerRow]) -> None:
    burger_id = fabriek.burger(opslag, bsn=BSN)
    ander = fabriek.burger(opslag, voornamen="Piet", achternaam="Jansen")
    begeleider = staf[Rol.BEGELEIDER]
    klantbeelden = KlantbeeldRepository(opslag)
    klantbeelden.laad(begeleider, burger_id, reden=InzageReden.TELEFOONGESPREK)
    klantbeelden.laad(begeleider, ander, reden=InzageReden.BEHANDELING)
    klantbeelden.laad(staf[Rol.BALIE], ander, reden=InzageReden.BALIEBEZOEK)

    repo = InzagelogRepository(opslag)
    lijst = repo.per_medewerker(staf[Rol.KWALITEIT], begeleider.id, PERIODE)
    assert lijst.medewerker == begeleider
    assert [(r.burger, r.reden) for r in lijst.regels] == [
        ("Piet Jansen", InzageReden.BEHANDELING),
        ("Fatima El Amrani", InzageReden.TELEFOONGESPREK),
    ]
    assert [m.naam for m in repo.medewerkers(staf[Rol.KWALITEIT])] == sorted(m.naam for m in staf.values())
    with pytest.raises(NietGevonden):
        repo.per_medewerker(staf[Rol.KWALITEIT], 999_999, PERIODE)


def test_audittrail_van_een_burger_voor_en_na(opslag: Opslag, staf: dict[Rol, MedewerkerRow]) -> None:
    burger_id = fabriek.burger(opslag, bsn=BSN)
    begeleider = staf[Rol.BEGELEIDER]
    contacten = ContactRepository(opslag)
    contact = contacten.registreer(
        begeleider, NieuwContact(burger_id, Contactkanaal.TELEFOON, "Vraag over voorschot", "Uitleg gegeven")
    )
    contacten.wijzig(
        begeleider,
        contact.id,
        1,
        onderwerp="Vraag over voorschot 2027",
        samenvatting="Uitleg gegeven",
        afspraken="Belt terug",
    )

    lijst = InzagelogRepository(opslag).audittrail(staf[Rol.SUPERVISOR], BSN, PERIODE)

    assert lijst.burger.id == burger_id
    assert [(r.actie, r.entiteit, r.entiteit_id, r.medewerker) for r in lijst.regels] == [
        ("contact gewijzigd", "contactmoment", contact.id, "Persoonlijk begeleider Test"),
        ("contact geregistreerd", "contactmoment", contact.id, "Persoonlijk begeleider Test"),
    ]
    gewijzigd = {w.veld: (w.voor, w.na) for w in lijst.regels[0].wijzigingen}
    assert gewijzigd == {
        "onderwerp": ("Vraag over voorschot", "Vraag over voorschot 2027"),
        "afspraken": (None, "Belt terug"),
    }
    nieuw = {w.veld: (w.voor, w.na) for w in lijst.regels[1].wijzigingen}
    assert nieuw["samenvatting"] == (None, "Uitleg gegeven") and "version" not in nieuw
    # the question itself is in the access log, with its own context
    with opslag.lezen() as s:
        contexten = s.execute(select(Inzage.__table__.c.context)).scalars().all()  # type: ignore[attr-defined]
    assert contexten == ["audittrail"]


def test_wijzigingen_tonen_alleen_wat_verschilt() -> None:
    assert wijzigingen({"a": 1, "b": "x", "version": 1}, {"a": 1, "b": "y", "version": 2}) == (
        inzage_module.Wijziging("b", "x", "y"),
    )
    assert wijzigingen(None, {"actief": True, "gegevens": {"z": 1, "a": [1]}}) == (
        inzage_module.Wijziging("actief", None, "ja"),
        inzage_module.Wijziging("gegevens", None, '{"a": [1], "z": 1}'),
    )


@pytest.mark.parametrize("rol", [Rol.BALIE, Rol.BEGELEIDER])
def test_andere_rollen_worden_geweigerd_en_er_wordt_niets_gelogd(
    opslag: Opslag, staf: dict[Rol, MedewerkerRow], rol: Rol
) -> None:
    fabriek.burger(opslag, bsn=BSN)
    repo = InzagelogRepository(opslag)
    voor = _aantal_inzages(opslag)
    for poging in (
        lambda: repo.per_burger(staf[rol], BSN, PERIODE),
        lambda: repo.per_medewerker(staf[rol], staf[Rol.SUPERVISOR].id, PERIODE),
        lambda: repo.audittrail(staf[rol], BSN, PERIODE),
        lambda: repo.medewerkers(staf[rol]),
    ):
        with pytest.raises(GeenToegang, match="de audittrail en het inzagelog bekijken"):
            poging()
    assert _aantal_inzages(opslag) == voor


def test_ongeldige_vragen(opslag: Opslag, staf: dict[Rol, MedewerkerRow]) -> None:
    repo = InzagelogRepository(opslag)
    supervisor = staf[Rol.SUPERVISOR]
    with pytest.raises(Validatiefout) as fout:
        repo.per_burger(supervisor, "123456789", PERIODE)
    assert fout.value.veld == "BSN" and "elfproef" in fout.value.melding
    with pytest.raises(NietGevonden, match="geen burger met dit BSN"):
        repo.audittrail(supervisor, BSN, PERIODE)
    with pytest.raises(Validatiefout) as fout:
        Periode(VANDAAG, VANDAAG - dt.timedelta(days=1))
    assert fout.value.veld == "periode"
    assert _aantal_inzages(opslag) == 0


def test_lange_lijst_wordt_afgekapt(
    opslag: Opslag, staf: dict[Rol, MedewerkerRow], monkeypatch: pytest.MonkeyPatch
) -> None:
    burger_id = fabriek.burger(opslag, bsn=BSN)
    for _ in range(4):
        KlantbeeldRepository(opslag).laad(staf[Rol.BALIE], burger_id, reden=InzageReden.BALIEBEZOEK)
    monkeypatch.setattr(inzage_module, "MAX_REGELS", 3)
    lijst = InzagelogRepository(opslag).per_medewerker(staf[Rol.SUPERVISOR], staf[Rol.BALIE].id, PERIODE)
    assert len(lijst.regels) == 3 and lijst.afgekapt


# --- on a team server: the database itself refuses -----------------------------------------------------------


@pytest.fixture(scope="module")
def teamserver(pg_beheer: str) -> Iterator[Teamserver]:
    with maak_teamserver(pg_beheer) as server:
        burger_id = fabriek.burger(Opslag(server.beheer), bsn=BSN)
        KlantbeeldRepository(Opslag(server.als("balie"))).laad(
            server.accounts["balie"], burger_id, reden=InzageReden.BALIEBEZOEK
        )
        ContactRepository(Opslag(server.als("begeleider"))).registreer(
            server.accounts["begeleider"], NieuwContact(burger_id, Contactkanaal.TELEFOON, "Vraag", "Antwoord")
        )
        yield server


@pytest.mark.pg
@pytest.mark.parametrize("wie", ["supervisor", "kwaliteit"])
def test_toezicht_leest_via_de_eigen_databaserol(teamserver: Teamserver, wie: str) -> None:
    repo = InzagelogRepository(Opslag(teamserver.als(wie)))
    actor = teamserver.accounts[wie]
    lijst = repo.per_burger(actor, BSN, PERIODE)
    assert ("Test Balie", InzageReden.BALIEBEZOEK) in [(r.medewerker, r.reden) for r in lijst.regels]
    audit = repo.audittrail(actor, BSN, PERIODE)
    assert [r.actie for r in audit.regels] == ["contact geregistreerd"]
    assert {w.veld for w in audit.regels[0].wijzigingen} >= {"onderwerp", "samenvatting"}


@pytest.mark.pg
@pytest.mark.parametrize("wie", ["balie", "begeleider"])
def test_database_weigert_ook_een_client_die_zich_als_supervisor_voordoet(teamserver: Teamserver, wie: str) -> None:
    """A tampered client passes the service check with a forged supervisor row; the database still says no."""
    echt = teamserver.accounts[wie]
    vervalst = MedewerkerRow(echt.id, echt.gebruikersnaam, echt.naam, Rol.SUPERVISOR)
    opslag = Opslag(teamserver.als(wie))
    repo = InzagelogRepository(opslag)
    with teamserver.beheer.connect() as conn:
        voor = conn.execute(text("SELECT count(*) FROM inzage")).scalar_one()
    for poging in (
        lambda: repo.per_burger(vervalst, BSN, PERIODE),
        lambda: repo.per_medewerker(vervalst, teamserver.accounts["balie"].id, PERIODE),
        lambda: repo.audittrail(vervalst, BSN, PERIODE),
    ):
        with pytest.raises(GeenToegang, match="De database staat deze handeling niet toe"):
            poging()
    with teamserver.beheer.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM inzage")).scalar_one() == voor  # nothing half-written
    for sql in ("SELECT toelichting FROM inzage", "SELECT voor, na FROM audit_event"):
        with pytest.raises(ProgrammingError, match="permission denied"), teamserver.als(wie).connect() as conn:
            conn.execute(text(sql))
    # and row-level security shows them only their own accesses
    with teamserver.als(wie).connect() as conn:
        eigen = conn.execute(text("SELECT DISTINCT medewerker_id FROM inzage")).scalars().all()
    assert set(eigen) <= {echt.id}
