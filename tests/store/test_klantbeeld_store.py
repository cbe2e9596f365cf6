"""Search, klantbeeld reads, access log, contact registration and optimistic locking — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models.domain import Contactkanaal, InzageReden, Rol
from models.store.audit import verifieer
from models.store.contacten import ContactRepository
from models.store.fouten import Conflict, GeenToegang, NietGevonden
from models.store.klantbeeld import KlantbeeldRepository
from models.store.opslag import Opslag
from models.store.rows import NieuwContact
from models.store.tables import AuditEvent, Contactmoment, Inzage, Taak
from models.validatie import Validatiefout
from tests import fabriek


@pytest.fixture
def huishouden(opslag: Opslag) -> dict[str, int]:
    aanvrager = fabriek.burger(opslag, bsn="123456782", achternaam="El Amrani", voornamen="Fatima")
    partner = fabriek.burger(opslag, voornamen="Youssef", achternaam="El Amrani", geboortedatum=dt.date(1981, 7, 4))
    fabriek.partnerschap(opslag, aanvrager, partner, dt.date(2019, 3, 1))
    fabriek.kind(opslag, aanvrager, "Amira", dt.date(2017, 5, 20))
    zt = fabriek.toeslag(opslag, aanvrager, "zorgtoeslag", 2026, voorschot_jaar=Decimal(1550))
    fabriek.beschikking(opslag, aanvrager, zt, "voorschot", dt.date(2025, 12, 1), Decimal(1550))
    fabriek.vordering(opslag, aanvrager, "huurtoeslag", 2024, Decimal("1140.00"))
    return {"aanvrager": aanvrager, "partner": partner}


def test_zoek_op_bsn_vindt_precies_een(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag, Rol.BALIE)
    repo = KlantbeeldRepository(opslag)
    [gevonden] = repo.zoek_bsn(actor, "1234 56 782")
    assert gevonden.burger_id == huishouden["aanvrager"]
    assert gevonden.naam == "Fatima El Amrani"


def test_zoek_op_bsn_weigert_ongeldig_bsn(opslag: Opslag) -> None:
    actor = fabriek.medewerker(opslag)
    with pytest.raises(Validatiefout, match="elfproef"):
        KlantbeeldRepository(opslag).zoek_bsn(actor, "123456789")


def test_balie_mag_niet_op_naam_zoeken(opslag: Opslag) -> None:
    actor = fabriek.medewerker(opslag, Rol.BALIE)
    with pytest.raises(GeenToegang):
        KlantbeeldRepository(opslag).zoek_naam(actor, "El Amrani", dt.date(1984, 3, 12))


def test_zoek_op_naam_en_geboortedatum_negeert_hoofdletters_en_accenten(
    opslag: Opslag, huishouden: dict[str, int]
) -> None:
    actor = fabriek.medewerker(opslag)
    fabriek.burger(opslag, achternaam="Çelik", voornamen="Ayşe", geboortedatum=dt.date(1990, 1, 2))
    repo = KlantbeeldRepository(opslag)
    assert [r.burger_id for r in repo.zoek_naam(actor, "el amr", dt.date(1984, 3, 12))] == [huishouden["aanvrager"]]
    assert [r.naam for r in repo.zoek_naam(actor, "celik", dt.date(1990, 1, 2))] == ["Ayşe Çelik"]
    assert repo.zoek_naam(actor, "el amr", dt.date(1984, 3, 13)) == []


def test_zoek_op_naam_met_jokertekens_is_letterlijk(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    assert KlantbeeldRepository(opslag).zoek_naam(actor, "%", dt.date(1984, 3, 12)) == []


def test_zoek_op_postcode_en_huisnummer(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    ids = {r.burger_id for r in KlantbeeldRepository(opslag).zoek_adres(actor, "8011 ab", 12)}
    assert ids == {huishouden["aanvrager"], huishouden["partner"]}


def test_klantbeeld_is_volledig_en_logt_de_inzage(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    beeld = KlantbeeldRepository(opslag).laad(
        actor, huishouden["aanvrager"], reden=InzageReden.TELEFOONGESPREK, peildatum=dt.date(2026, 11, 27)
    )
    assert beeld.burger.bsn == "123456782"
    assert beeld.huidige_partner is not None and beeld.huidige_partner.partner.naam == "Youssef El Amrani"
    assert [k.voornaam for k in beeld.kinderen] == ["Amira"]
    assert [t.voorschot_maand for t in beeld.lopende_toeslagen] == [Decimal(129)]
    assert beeld.open_schuld == Decimal("1140.00")
    assert beeld.signalen == () and beeld.notities == () and not beeld.beperkt
    with opslag.lezen() as s:
        inzage = s.execute(select(Inzage.__table__)).one()  # type: ignore[attr-defined]
    assert (inzage.medewerker_id, inzage.burger_id, inzage.reden) == (
        actor.id,
        huishouden["aanvrager"],
        "telefoongesprek",
    )


def test_balie_krijgt_beperkt_klantbeeld_zonder_notities_en_signalen(
    opslag: Opslag, huishouden: dict[str, int]
) -> None:
    actor = fabriek.medewerker(opslag, Rol.BALIE)
    beeld = KlantbeeldRepository(opslag).laad(actor, huishouden["aanvrager"], reden=InzageReden.BALIEBEZOEK)
    assert beeld.beperkt
    assert beeld.notities is None and beeld.signalen is None and beeld.kwetsbaarheden is None
    assert beeld.partners == () and beeld.medebewoners == ()  # no partner data for servicepunt staff
    assert beeld.open_schuld == Decimal("1140.00") and beeld.lopende_toeslagen


def test_reden_overig_vraagt_toelichting(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    repo = KlantbeeldRepository(opslag)
    with pytest.raises(Validatiefout, match="verplicht"):
        repo.laad(actor, huishouden["aanvrager"], reden=InzageReden.OVERIG)
    with opslag.lezen() as s:
        assert s.execute(select(func.count()).select_from(Inzage.__table__)).scalar() == 0  # type: ignore[attr-defined]


def test_klantbeeld_van_onbekende_burger(opslag: Opslag) -> None:
    actor = fabriek.medewerker(opslag)
    with pytest.raises(NietGevonden):
        KlantbeeldRepository(opslag).laad(actor, 999_999, reden=InzageReden.TELEFOONGESPREK)


def test_in_caseload_alleen_bij_open_traject_van_de_begeleider(opslag: Opslag, huishouden: dict[str, int]) -> None:
    begeleider = fabriek.medewerker(opslag)
    collega = fabriek.medewerker(opslag)
    fabriek.traject(opslag, huishouden["aanvrager"], begeleider.id)
    repo = KlantbeeldRepository(opslag)
    assert repo.in_caseload(begeleider, huishouden["aanvrager"])
    assert not repo.in_caseload(collega, huishouden["aanvrager"])
    [resultaat] = repo.zoek_bsn(collega, "123456782")
    assert resultaat.begeleider == begeleider.naam


def _contact(burger_id: int, **extra: object) -> NieuwContact:
    waarden: dict[str, object] = {
        "burger_id": burger_id,
        "kanaal": Contactkanaal.TELEFOON,
        "onderwerp": "Vraag over terugvordering HT 2024",
        "samenvatting": "Burger begrijpt de terugvordering niet.\nUitleg gegeven over de definitieve berekening.",
    }
    waarden.update(extra)
    return NieuwContact(**waarden)  # type: ignore[arg-type]


def test_contact_met_vervolgtaak_wordt_samen_opgeslagen_en_geaudit(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    repo = ContactRepository(opslag)
    contact = repo.registreer(
        actor,
        _contact(
            huishouden["aanvrager"],
            afspraken="Regeling bespreken",
            taak_omschrijving="Terugbellen over regeling",
            taak_vervaldatum=dt.date(2026, 12, 1),
        ),
        vandaag=dt.date(2026, 11, 27),
    )
    assert contact.medewerker == actor.naam and contact.version == 1
    [taak] = repo.mijn_taken(actor)
    assert (taak.omschrijving, taak.contact_id, taak.burger_naam) == (
        "Terugbellen over regeling",
        contact.id,
        "Fatima El Amrani",
    )
    with opslag.lezen() as s:
        rijen = s.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)).all()  # type: ignore[attr-defined]
    assert [r.actie for r in rijen][-2:] == ["contact geregistreerd", "taak aangemaakt"]
    assert verifieer(rijen).in_orde


@pytest.mark.parametrize(
    ("extra", "veld"),
    [
        ({"onderwerp": "   "}, "onderwerp"),
        ({"samenvatting": ""}, "samenvatting"),
        ({"samenvatting": "x" * 4001}, "samenvatting"),
        ({"onderwerp": "regel\x07bel"}, "onderwerp"),
        ({"taak_omschrijving": "Bellen", "taak_vervaldatum": None}, "datum vervolgactie"),
        ({"taak_omschrijving": "Bellen", "taak_vervaldatum": dt.date(2026, 11, 1)}, "datum vervolgactie"),
    ],
)
def test_ongeldig_contact_schrijft_niets(
    opslag: Opslag, huishouden: dict[str, int], extra: dict[str, object], veld: str
) -> None:
    actor = fabriek.medewerker(opslag)
    with pytest.raises(Validatiefout) as fout:
        ContactRepository(opslag).registreer(
            actor, _contact(huishouden["aanvrager"], **extra), vandaag=dt.date(2026, 11, 27)
        )
    assert fout.value.veld == veld
    with opslag.lezen() as s:
        assert s.execute(select(func.count()).select_from(Contactmoment.__table__)).scalar() == 0  # type: ignore[attr-defined]
        assert s.execute(select(func.count()).select_from(Taak.__table__)).scalar() == 0  # type: ignore[attr-defined]


def test_sql_in_tekst_wordt_gewoon_opgeslagen(opslag: Opslag, huishouden: dict[str, int]) -> None:
    actor = fabriek.medewerker(opslag)
    kwaad = "'); DROP TABLE burger; --"
    contact = ContactRepository(opslag).registreer(actor, _contact(huishouden["aanvrager"], onderwerp=kwaad))
    assert contact.onderwerp == kwaad
    assert KlantbeeldRepository(opslag).zoek_bsn(actor, "123456782")


def test_balie_mag_contact_registreren_kwaliteit_niet(opslag: Opslag, huishouden: dict[str, int]) -> None:
    ContactRepository(opslag).registreer(fabriek.medewerker(opslag, Rol.BALIE), _contact(huishouden["aanvrager"]))
    with pytest.raises(GeenToegang):
        ContactRepository(opslag).registreer(
            fabriek.medewerker(opslag, Rol.KWALITEIT), _contact(huishouden["aanvrager"])
        )


def test_verouderde_versie_geeft_conflict_met_de_wijziging_van_de_collega(
    opslag: Opslag, huishouden: dict[str, int]
) -> None:
    ik = fabriek.medewerker(opslag, naam="Jan de Vries")
    collega = fabriek.medewerker(opslag, naam="Petra Bakker")
    repo = ContactRepository(opslag)
    contact = repo.registreer(ik, _contact(huishouden["aanvrager"]))
    repo.wijzig(
        collega, contact.id, contact.version, onderwerp="Aangepast door Petra", samenvatting="Nieuw", afspraken=None
    )
    with pytest.raises(Conflict) as conflict:
        repo.wijzig(ik, contact.id, contact.version, onderwerp="Mijn versie", samenvatting="Oud", afspraken=None)
    assert conflict.value.gewijzigd_door == "Petra Bakker"
    assert conflict.value.huidig is not None and conflict.value.huidig["onderwerp"] == "Aangepast door Petra"
    assert "Petra Bakker heeft dit gegeven intussen gewijzigd" in conflict.value.melding
    bijgewerkt = repo.wijzig(
        ik, contact.id, contact.version + 1, onderwerp="Mijn versie", samenvatting="Oud", afspraken=None
    )
    assert (bijgewerkt.onderwerp, bijgewerkt.version) == ("Mijn versie", 3)
