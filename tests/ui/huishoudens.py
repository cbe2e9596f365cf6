"""Households for the UI tests, written through the real store with the `tests.fabriek` builders.

`bouw_huishouden()` makes the household of UI.md's wireframe: Fatima El Amrani (BSN 123456782) with her partner
Youssef (since March 2019), two children, three toeslagen over three years (amounts from the calculation core),
claims in an arrangement (one in aanmaning), contacts, a letter, a signal, a task and a begeleider. Also the staff
accounts of every role.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.calc.invoer import Grondslagen, Huur, Kind, Persoon
from models.domain import Contactkanaal, Rol
from models.store.contacten import ContactRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from tests import fabriek

BSN = "123456782"


@dataclass(frozen=True)
class Huishouden:
    burger_id: int
    partner_id: int
    begeleider: MedewerkerRow
    collega: MedewerkerRow
    balie: MedewerkerRow
    supervisor: MedewerkerRow
    kwaliteit: MedewerkerRow
    contact_id: int


def medewerkers(opslag: Opslag) -> dict[Rol, MedewerkerRow]:
    return {
        Rol.BEGELEIDER: fabriek.medewerker(opslag, Rol.BEGELEIDER, "J. de Vries"),
        Rol.BALIE: fabriek.medewerker(opslag, Rol.BALIE, "S. Bakker"),
        Rol.SUPERVISOR: fabriek.medewerker(opslag, Rol.SUPERVISOR, "M. Jansen"),
        Rol.KWALITEIT: fabriek.medewerker(opslag, Rol.KWALITEIT, "R. Visser"),
    }


def bouw_huishouden(opslag: Opslag, *, vandaag: dt.date | None = None) -> Huishouden:
    vandaag = vandaag or dt.date.today()  # noqa: DTZ011
    staf = medewerkers(opslag)
    collega = fabriek.medewerker(opslag, Rol.BEGELEIDER, "A. Yilmaz")
    begeleider = staf[Rol.BEGELEIDER]
    burger = fabriek.burger(
        opslag,
        bsn=BSN,
        voornamen="Fatima",
        achternaam="El Amrani",
        geboortedatum=dt.date(1984, 3, 12),
        postcode="8011AB",
        huisnummer=12,
        telefoon="0612345678",
        email="f.elamrani@example.nl",
        communicatiebehoefte="hulp bij het lezen van brieven",
    )
    partner = fabriek.burger(
        opslag,
        voornamen="Youssef",
        achternaam="El Amrani",
        geboortedatum=dt.date(1981, 7, 4),
        postcode="8011AB",
        huisnummer=12,
    )
    fabriek.partnerschap(opslag, burger, partner, dt.date(2019, 3, 1))
    fabriek.kind(opslag, burger, "Sami", dt.date(2012, 2, 11))
    fabriek.kind(opslag, burger, "Amira", dt.date(2017, 5, 20))

    kinderen = (Kind(dt.date(2012, 2, 11)), Kind(dt.date(2017, 5, 20)))
    huur = Huur(Decimal(720), Decimal(35))

    def gronden(inkomen: int, partner_inkomen: int) -> Grondslagen:
        return Grondslagen(
            aanvrager=Persoon(dt.date(1984, 3, 12), Decimal(inkomen)),
            partner=Persoon(dt.date(1981, 7, 4), Decimal(partner_inkomen)),
            kinderen=kinderen,
            huur=huur,
        )

    toeslag_ids: dict[tuple[str, int], int] = {}
    for jaar in (2024, 2025):
        for regeling, extra in (("zorgtoeslag", 0), ("huurtoeslag", 4200), ("kindgebonden_budget", 2500)):
            toeslag_ids[(regeling, jaar)] = fabriek.berekende_toeslag(
                opslag,
                burger,
                regeling,
                jaar,
                gronden(21_000, 6_000),
                definitief=gronden(21_000 + extra, 6_000 + (1500 if regeling == "zorgtoeslag" and jaar == 2025 else 0)),
            )
    for regeling in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        toeslag_ids[(regeling, 2026)] = fabriek.berekende_toeslag(
            opslag, burger, regeling, 2026, gronden(22_500, 6_500)
        )
        fabriek.beschikking(
            opslag, burger, toeslag_ids[(regeling, 2026)], "voorschot", dt.date(2025, 12, 1), Decimal(1200)
        )
        for maand in range(1, vandaag.month + (0 if vandaag.year == 2026 else 12)):
            if maand > 12:
                break
            fabriek.betaling(
                opslag,
                burger,
                toeslag_ids[(regeling, 2026)],
                dt.date(2026, maand, 20),
                Decimal(100),
                omschrijving=f"Voorschot {regeling.replace('_', ' ')} {maand:02d}-2026",
            )
    fabriek.beschikking(
        opslag, burger, toeslag_ids[("huurtoeslag", 2024)], "definitief", dt.date(2025, 6, 15), Decimal(3100)
    )
    v_ht = fabriek.vordering(
        opslag, burger, "huurtoeslag", 2024, Decimal("1140.00"), status="in_regeling", ontstaan_op=dt.date(2025, 7, 1)
    )
    fabriek.vordering(
        opslag,
        burger,
        "kindgebonden_budget",
        2024,
        Decimal("420.18"),
        status="aanmaning",
        ontstaan_op=dt.date(2025, 8, 1),
    )
    fabriek.vordering(opslag, burger, "huurtoeslag", 2025, Decimal("1852.00"), ontstaan_op=dt.date(2026, 6, 1))
    fabriek.betalingsregeling(
        opslag, burger, [v_ht], termijnbedrag=Decimal(85), aantal=36, start=dt.date(2025, 10, 1), betaald=13
    )
    fabriek.traject(opslag, burger, begeleider.id, aangemeld_op=dt.date(2026, 9, 14))
    fabriek.signaal(opslag, burger, gegevens={"bedrag": "1140"})
    fabriek.signaal(opslag, burger, "gemiste_termijn", ernst="aandacht")
    fabriek.taak(opslag, burger, begeleider.id, "Terugbellen over de betalingsregeling", vandaag)
    fabriek.kwetsbaarheid(opslag, burger, "laaggeletterdheid", toelichting="leest brieven samen met haar zoon")
    fabriek.notitie(opslag, burger, begeleider.id, "Burger wil graag gebeld worden na 15:00.")
    fabriek.document(opslag, burger, "Voorschotbeschikking huurtoeslag 2026", dt.date(2025, 12, 1))
    contacten = ContactRepository(opslag)
    contacten.registreer(
        collega,
        NieuwContact(
            burger_id=burger,
            kanaal=Contactkanaal.TELEFOON,
            onderwerp="Vraag over terugvordering HT 2024",
            samenvatting="Burger begrijpt de terugvordering niet. Uitleg gegeven over de definitieve berekening.",
            afspraken="Regeling bespreken met de begeleider.",
        ),
    )
    eerste = contacten.registreer(
        begeleider,
        NieuwContact(
            burger_id=burger,
            kanaal=Contactkanaal.BALIE,
            onderwerp="Intake persoonlijke begeleiding",
            samenvatting="Intakegesprek op het servicepunt. Plan van aanpak besproken.",
            richting="uitgaand",
        ),
    )
    return Huishouden(
        burger_id=burger,
        partner_id=partner,
        begeleider=begeleider,
        collega=collega,
        balie=staf[Rol.BALIE],
        supervisor=staf[Rol.SUPERVISOR],
        kwaliteit=staf[Rol.KWALITEIT],
        contact_id=eerste.id,
    )
