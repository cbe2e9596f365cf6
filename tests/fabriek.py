"""Test data builders: small, explicit households written through the real store.

Tests state exactly what they need (a citizen, a partner, a claim, a traject) instead of depending on the demo
population; every builder returns the ids it created.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import Any

from sqlalchemy import insert

from models.domain import Rol
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag, cent
from models.store.rows import MedewerkerRow
from models.store.tables import (
    Begeleidingstraject,
    Beschikking,
    Burger,
    Kind,
    Partnerschap,
    Toeslag,
    Vordering,
)
from models.validatie import zoeknaam

_volgnummer = itertools.count(1)


def bsn_met_elfproef(basis: int) -> str:
    """The first valid BSN at or after `basis` (8 leading digits varied, check digit computed)."""
    for kandidaat in range(basis, basis + 1000):
        acht = f"{kandidaat:08d}"[-8:]
        som = sum(int(c) * w for c, w in zip(acht, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        laatste = som % 11
        if laatste <= 9 and acht != "00000000":
            return acht + str(laatste)
    raise AssertionError("geen BSN gevonden")


def medewerker(opslag: Opslag, rol: Rol = Rol.BEGELEIDER, naam: str | None = None) -> MedewerkerRow:
    n = next(_volgnummer)
    return MedewerkerRepository(opslag).maak(
        f"{rol.value}_{n}",
        naam or f"{rol.label} {n}",
        rol,
        team="Team Noord" if rol != Rol.BALIE else None,
        organisatie="Servicepunt Bibliotheek Zwolle" if rol == Rol.BALIE else None,
    )


def burger(
    opslag: Opslag,
    *,
    bsn: str | None = None,
    voornamen: str = "Fatima",
    tussenvoegsel: str | None = None,
    achternaam: str = "El Amrani",
    geboortedatum: dt.date = dt.date(1984, 3, 12),
    postcode: str = "8011AB",
    huisnummer: int = 12,
    **extra: Any,
) -> int:
    bsn = bsn or bsn_met_elfproef(10_000_000 + next(_volgnummer) * 37)
    with opslag.schrijven() as s:
        return s.execute(
            insert(Burger.__table__)  # type: ignore[attr-defined]
            .values(
                bsn=bsn,
                voornamen=voornamen,
                tussenvoegsel=tussenvoegsel,
                achternaam=achternaam,
                achternaam_zoek=zoeknaam(" ".join(p for p in (tussenvoegsel, achternaam) if p)),
                geboortedatum=geboortedatum,
                straat=extra.pop("straat", "Grote Markt"),
                huisnummer=huisnummer,
                postcode=postcode,
                woonplaats=extra.pop("woonplaats", "Zwolle"),
                land="NL",
                taal="nl",
                voorkeurskanaal="post",
                version=1,
                **extra,
            )
            .returning(Burger.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def partnerschap(opslag: Opslag, burger_id: int, partner_id: int, begin: dt.date, einde: dt.date | None = None) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Partnerschap.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id, partner_id=partner_id, begin=begin, einde=einde, uit_buitenland=False, version=1
            )
            .returning(Partnerschap.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def kind(opslag: Opslag, burger_id: int, voornaam: str, geboortedatum: dt.date) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Kind.__table__)  # type: ignore[attr-defined]
            .values(burger_id=burger_id, voornaam=voornaam, geboortedatum=geboortedatum, thuiswonend=True, version=1)
            .returning(Kind.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def toeslag(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    *,
    voorschot_jaar: Decimal,
    grondslagen: dict[str, Any] | None = None,
    status: str = "lopend",
) -> int:
    maand = (voorschot_jaar / 12).to_integral_value(rounding="ROUND_FLOOR")
    with opslag.schrijven() as s:
        return s.execute(
            insert(Toeslag.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                status=status,
                eerste_maand=1,
                laatste_maand=12,
                grondslagen_voorschot=grondslagen or {},
                voorschot_jaar_cent=cent(voorschot_jaar),
                voorschot_maand_cent=cent(maand),
                betaald_cent=0,
                onbevestigd=False,
                version=1,
            )
            .returning(Toeslag.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def beschikking(
    opslag: Opslag, burger_id: int, toeslag_id: int | None, soort: str, datum: dt.date, bedrag: Decimal
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Beschikking.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort=soort,
                kenmerk=f"B{next(_volgnummer):09d}",
                datum=datum,
                bezwaar_uiterlijk=datum + dt.timedelta(weeks=6),
                bedrag_cent=cent(bedrag),
                omschrijving=f"{soort} test",
            )
            .returning(Beschikking.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def vordering(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    bedrag: Decimal,
    *,
    status: str = "open",
    ontstaan_op: dt.date = dt.date(2026, 6, 1),
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Vordering.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                regeling=regeling,
                jaar=jaar,
                kenmerk=f"V{next(_volgnummer):09d}",
                bedrag_cent=cent(bedrag),
                open_cent=cent(bedrag),
                rente_cent=0,
                kosten_cent=0,
                ontstaan_op=ontstaan_op,
                vervaldatum=ontstaan_op + dt.timedelta(weeks=6),
                status=status,
                version=1,
            )
            .returning(Vordering.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def traject(
    opslag: Opslag,
    burger_id: int,
    begeleider_id: int | None,
    *,
    status: str = "actief",
    aangemeld_op: dt.date = dt.date(2026, 11, 2),
    bron: str = "selectie",
) -> int:
    with opslag.schrijven() as s:
        return s.execute(
            insert(Begeleidingstraject.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                begeleider_id=begeleider_id,
                bron=bron,
                status=status,
                prioriteit=2,
                aangemeld_op=aangemeld_op,
                intake_uiterlijk=aangemeld_op + dt.timedelta(days=7),
                version=1,
            )
            .returning(Begeleidingstraject.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


# --- builders for the UI tests (klantbeeld parts): appended, the ones above are unchanged --------------------------


def berekende_toeslag(
    opslag: Opslag,
    burger_id: int,
    regeling: str,
    jaar: int,
    grondslagen: Any,
    *,
    definitief: Any | None = None,
    status: str = "lopend",
) -> int:
    """A toeslag whose amounts come from the calculation core (so 'Waarom dit bedrag?' can recompute them).

    `grondslagen` / `definitief` are `models.calc.invoer.Grondslagen`; with `definitief` the year is settled
    against a voorschot paid for all twelve months.
    """
    from models.calc.api import afrekenen, bereken
    from models.calc.invoer import Regeling

    uitkomst = bereken(Regeling(regeling), jaar, grondslagen)
    waarden: dict[str, Any] = {
        "burger_id": burger_id,
        "regeling": regeling,
        "jaar": jaar,
        "status": status,
        "eerste_maand": 1,
        "laatste_maand": 12,
        "grondslagen_voorschot": grondslagen.naar_dict(),
        "voorschot_jaar_cent": cent(uitkomst.bedrag_jaar),
        "voorschot_maand_cent": cent(uitkomst.bedrag_maand),
        "betaald_cent": cent(uitkomst.bedrag_maand * 12 if definitief is not None else uitkomst.bedrag_maand * 10),
        "onbevestigd": bool(uitkomst.onbevestigde_parameters),
        "version": 1,
    }
    if definitief is not None:
        afrekening = afrekenen(Regeling(regeling), jaar, definitief, uitkomst.bedrag_maand * 12)
        waarden.update(
            grondslagen_definitief=definitief.naar_dict(),
            definitief_jaar_cent=cent(afrekening.uitkomst.bedrag_jaar),
            saldo_cent=cent(afrekening.saldo),
            status="definitief",
        )
    with opslag.schrijven() as s:
        return s.execute(
            insert(Toeslag.__table__).values(**waarden).returning(Toeslag.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def betaling(
    opslag: Opslag,
    burger_id: int,
    toeslag_id: int | None,
    datum: dt.date,
    bedrag: Decimal,
    *,
    soort: str = "voorschot",
    omschrijving: str = "Voorschot",
) -> int:
    from models.store.tables import Betaling

    with opslag.schrijven() as s:
        return s.execute(
            insert(Betaling.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                toeslag_id=toeslag_id,
                soort=soort,
                datum=datum,
                bedrag_cent=cent(bedrag),
                omschrijving=omschrijving,
            )
            .returning(Betaling.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def betalingsregeling(
    opslag: Opslag,
    burger_id: int,
    vordering_ids: list[int],
    *,
    termijnbedrag: Decimal,
    aantal: int,
    start: dt.date,
    betaald: int = 0,
    gemist: tuple[int, ...] = (),
    soort: str = "persoonlijk",
    status: str = "actief",
) -> int:
    """An arrangement with its termijnen: the first `betaald` paid, those in `gemist` missed, the rest open."""
    from models.store.tables import Betalingsregeling, RegelingVordering, Termijn
    from models.store.types import nu

    with opslag.schrijven() as s:
        regeling_id = s.execute(
            insert(Betalingsregeling.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                soort=soort,
                status=status,
                totaal_cent=cent(termijnbedrag * aantal),
                termijnbedrag_cent=cent(termijnbedrag),
                aantal_termijnen=aantal,
                startdatum=start,
                aangemaakt_op=nu(),
                version=1,
            )
            .returning(Betalingsregeling.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
        for vordering_id in vordering_ids:
            s.execute(
                insert(RegelingVordering.__table__).values(  # type: ignore[attr-defined]
                    regeling_id=regeling_id, vordering_id=vordering_id, toegevoegd_op=start
                )
            )
        for nummer in range(1, aantal + 1):
            maand = start.month - 1 + nummer - 1
            verval = dt.date(start.year + maand // 12, maand % 12 + 1, 1)
            if nummer in gemist:
                status_termijn, bedrag_betaald = "gemist", Decimal(0)
            elif nummer <= betaald:
                status_termijn, bedrag_betaald = "betaald", termijnbedrag
            else:
                status_termijn, bedrag_betaald = "open", Decimal(0)
            s.execute(
                insert(Termijn.__table__).values(  # type: ignore[attr-defined]
                    regeling_id=regeling_id,
                    volgnummer=nummer,
                    vervaldatum=verval,
                    bedrag_cent=cent(termijnbedrag),
                    betaald_cent=cent(bedrag_betaald),
                    status=status_termijn,
                    version=1,
                )
            )
        return regeling_id


def document(
    opslag: Opslag,
    burger_id: int,
    titel: str,
    datum: dt.date,
    *,
    soort: str = "beschikking",
    pdf: bytes | None = b"%PDF-1.4\n% test\n",
    beschikking_id: int | None = None,
) -> int:
    from models.store.tables import Document

    with opslag.schrijven() as s:
        return s.execute(
            insert(Document.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                soort=soort,
                titel=titel,
                kenmerk=f"D{next(_volgnummer):09d}",
                datum=datum,
                taal="nl",
                beschikking_id=beschikking_id,
                pdf=pdf,
                verzonden_op=datum,
            )
            .returning(Document.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def signaal(
    opslag: Opslag,
    burger_id: int,
    type_: str = "hoge_terugvordering",
    *,
    ernst: str = "urgent",
    status: str = "nieuw",
    uitleg: str = "Het inkomen wijkt af van de schatting.",
    gegevens: dict[str, Any] | None = None,
) -> int:
    from models.store.tables import Signaal
    from models.store.types import nu

    with opslag.schrijven() as s:
        return s.execute(
            insert(Signaal.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                type=type_,
                ernst=ernst,
                status=status,
                sleutel=f"test:{burger_id}:{next(_volgnummer)}",
                bron="test",
                uitleg=uitleg,
                gegevens=gegevens,
                ontstaan_op=nu(),
                version=1,
            )
            .returning(Signaal.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def taak(
    opslag: Opslag,
    burger_id: int,
    medewerker_id: int,
    omschrijving: str,
    vervaldatum: dt.date,
    *,
    soort: str = "terugbellen",
) -> int:
    from models.store.tables import Taak
    from models.store.types import nu

    with opslag.schrijven() as s:
        return s.execute(
            insert(Taak.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                medewerker_id=medewerker_id,
                aangemaakt_door=medewerker_id,
                soort=soort,
                omschrijving=omschrijving,
                vervaldatum=vervaldatum,
                status="open",
                aangemaakt_op=nu(),
                version=1,
            )
            .returning(Taak.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def kwetsbaarheid(opslag: Opslag, burger_id: int, soort: str, *, toelichting: str | None = None) -> int:
    from models.store.tables import Kwetsbaarheid

    with opslag.schrijven() as s:
        return s.execute(
            insert(Kwetsbaarheid.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                soort=soort,
                toelichting=toelichting,
                bron="intakegesprek",
                vastgelegd_op=dt.date(2026, 10, 1),
                version=1,
            )
            .returning(Kwetsbaarheid.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def notitie(opslag: Opslag, burger_id: int, medewerker_id: int, tekst: str) -> int:
    from models.store.tables import Notitie
    from models.store.types import nu

    with opslag.schrijven() as s:
        return s.execute(
            insert(Notitie.__table__)  # type: ignore[attr-defined]
            .values(burger_id=burger_id, medewerker_id=medewerker_id, moment=nu(), tekst=tekst, version=1)
            .returning(Notitie.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()


def medebewoner(opslag: Opslag, burger_id: int, naam: str, relatie: str, geboortedatum: dt.date) -> int:
    from models.store.tables import Medebewoner

    with opslag.schrijven() as s:
        return s.execute(
            insert(Medebewoner.__table__)  # type: ignore[attr-defined]
            .values(
                burger_id=burger_id,
                naam=naam,
                relatie=relatie,
                geboortedatum=geboortedatum,
                toetsingsinkomen_cent=cent(Decimal(8400)),
                vermogen_cent=0,
                begin=dt.date(2024, 9, 1),
                version=1,
            )
            .returning(Medebewoner.__table__.c.id)  # type: ignore[attr-defined]
        ).scalar_one()
