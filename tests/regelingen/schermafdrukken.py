"""Render every variant of the arrangement letter to PNG pages for a person to look at (not a test).

Run: `.venv/bin/python tests/regelingen/schermafdrukken.py [naam ...]`. Builds a temporary SQLite store, makes the
arrangements through `Regelingendienst` (as the app would) and writes `.cache/shots/regeling/<naam>_p<n>.png` at
scale 1.5: a persoonlijke proposal with a pause (under review), its confirmation in Dutch and English, a standard
arrangement made at the counter (no begeleider), a running one after payments and a reminder, one with a restant,
a spijtoptantenregeling and one without interest.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pypdfium2 as pdfium

from models.calc.betalingsregeling import Capaciteitsinvoer, Leefsituatie
from models.domain import RegelingSoort, Rol, VorderingStatus
from models.services.regelingen import Regelingendienst
from models.store.engine import maak_engine, migreer, sqlite_url
from models.store.opslag import Opslag
from models.store.rows_regelingen import RegelingVoorstel
from tests import fabriek
from tests.regelingen import hulp

UIT = hulp.ROOT / ".cache" / "shots" / "regeling"
D = Decimal
DAG = dt.date(2026, 1, 12)


class Werkplaats:
    """A fresh store with a team; each variant makes its own household."""

    def __init__(self) -> None:
        self.map = Path(tempfile.mkdtemp())
        engine = maak_engine(sqlite_url(self.map / "brieven.sqlite"))
        migreer(engine)
        self.opslag = Opslag(engine)
        self.dienst = Regelingendienst(self.opslag, hulp.FONTS, hulp.LETTERS)
        self.begeleider = fabriek.medewerker(self.opslag, Rol.BEGELEIDER, "Joyce de Vries")
        self.supervisor = fabriek.medewerker(self.opslag, Rol.SUPERVISOR, "Marieke Jansen")
        self.balie = fabriek.medewerker(self.opslag, Rol.BALIE)

    def huishouden(self, *, begeleiding: bool = True, **burger: object) -> tuple[int, list[int]]:
        b = fabriek.burger(self.opslag, **burger)  # type: ignore[arg-type]
        if begeleiding:
            fabriek.traject(self.opslag, b, self.begeleider.id)
            with self.opslag.schrijven() as s:
                from sqlalchemy import update

                from models.store.tables import Medewerker

                s.execute(
                    update(Medewerker.__table__)  # type: ignore[attr-defined]
                    .where(Medewerker.__table__.c.id == self.begeleider.id)  # type: ignore[attr-defined]
                    .values(telefoon="030-7001234")
                )
        ids = [
            hulp.vordering(self.opslag, b, "huurtoeslag", 2024, D("1850.00"), vervaldatum=dt.date(2025, 8, 12)),
            hulp.vordering(self.opslag, b, "zorgtoeslag", 2024, D("412.00"), vervaldatum=dt.date(2025, 8, 12)),
            hulp.vordering(self.opslag, b, "kinderopvangtoeslag", 2024, D("960.00"), vervaldatum=dt.date(2025, 10, 27)),
        ]
        return b, ids

    def persoonlijk(self, *, goedkeuren: bool, pauze: bool = True) -> int:
        b, ids = self.huishouden(voornamen="Samira", achternaam="Bakker", iban="NL91ABNA0417164300")
        uitkomst = self.dienst.stel_voor(
            self.begeleider,
            RegelingVoorstel(
                burger_id=b,
                vordering_ids=tuple(ids),
                soort=RegelingSoort.PERSOONLIJK,
                startdatum=dt.date(2026, 2, 1),
                capaciteit=hulp.CAPACITEIT,
                looptijd=36,
                pauze_vanaf=dt.date(2026, 5, 1) if pauze else None,
                pauze_maanden=2 if pauze else None,
                motivatie="Alleenstaande ouder; 24 maanden is niet haalbaar.",
            ),
            vandaag=DAG,
        )
        assert uitkomst.regeling is not None and uitkomst.beoordeling is not None
        if goedkeuren:
            self.dienst.keur_goed(
                self.supervisor, uitkomst.beoordeling.id, uitkomst.beoordeling.version, "Akkoord.", vandaag=DAG
            )
        return uitkomst.regeling.id

    def standaard(self, *, soort: RegelingSoort = RegelingSoort.STANDAARD, rente: bool = True) -> int:
        b, ids = self.huishouden(begeleiding=False, voornamen="Piet", achternaam="de Boer")
        if soort is RegelingSoort.SPIJTOPTANT:
            for vid in ids:
                r = hulp.vorderingen(self.opslag, vid)[0]
                r = self.dienst.registreer_invorderingsstap(
                    self.begeleider, vid, r.version, VorderingStatus.AANMANING, vandaag=DAG
                )
                self.dienst.registreer_invorderingsstap(
                    self.begeleider, vid, r.version, VorderingStatus.DWANG, vandaag=DAG
                )
        uitkomst = self.dienst.stel_voor(
            self.balie,
            RegelingVoorstel(
                burger_id=b, vordering_ids=tuple(ids), soort=soort, startdatum=dt.date(2026, 2, 1), rente=rente
            ),
            vandaag=DAG,
        )
        assert uitkomst.regeling is not None
        return uitkomst.regeling.id

    def lopend(self) -> int:
        regeling_id = self.persoonlijk(goedkeuren=True, pauze=False)
        r = self.dienst.regeling(self.begeleider, regeling_id, vandaag=DAG)
        for i, datum in enumerate((dt.date(2026, 2, 1), dt.date(2026, 3, 1))):
            r = self.dienst.registreer_betaling(
                self.begeleider, r.id, r.version, r.schema[i].bedrag, betaaldatum=datum, vandaag=datum
            ).regeling
        return self.dienst.verwerk_gemiste_termijn(
            self.begeleider, r.id, r.version, r.schema[2].id, vandaag=dt.date(2026, 4, 8)
        ).id

    def restant(self) -> int:
        b, ids = self.huishouden(voornamen="Ayşe", achternaam="Yılmaz")
        krap = Capaciteitsinvoer(
            leefsituatie=Leefsituatie.ALLEENSTAANDE,
            netto_inkomen=D("1540.00"),
            woonlasten=D("700.00"),
            huurtoeslag=D("350.00"),
        )
        uitkomst = self.dienst.stel_voor(
            self.begeleider,
            RegelingVoorstel(
                burger_id=b,
                vordering_ids=tuple(ids),
                soort=RegelingSoort.PERSOONLIJK,
                startdatum=dt.date(2026, 2, 1),
                capaciteit=krap,
                motivatie="Laag inkomen; restant na 24 maanden.",
            ),
            vandaag=DAG,
        )
        assert uitkomst.regeling is not None and uitkomst.beoordeling is not None
        self.dienst.keur_goed(
            self.supervisor, uitkomst.beoordeling.id, uitkomst.beoordeling.version, "Akkoord.", vandaag=DAG
        )
        return uitkomst.regeling.id


def _gevallen(w: Werkplaats) -> dict[str, Callable[[], bytes]]:
    def brief(maak: Callable[[], int], taal: str, actor: object = None) -> Callable[[], bytes]:
        return lambda: w.dienst.regelingsbrief(actor or w.begeleider, maak(), taal, vandaag=DAG)  # type: ignore[arg-type]

    return {
        "voorstel_persoonlijk_nl": brief(lambda: w.persoonlijk(goedkeuren=False), "nl"),
        "voorstel_persoonlijk_en": brief(lambda: w.persoonlijk(goedkeuren=False), "en"),
        "bevestiging_persoonlijk_nl": brief(lambda: w.persoonlijk(goedkeuren=True), "nl"),
        "bevestiging_persoonlijk_en": brief(lambda: w.persoonlijk(goedkeuren=True), "en"),
        "standaard_balie_nl": brief(w.standaard, "nl", w.balie),
        "standaard_balie_en": brief(w.standaard, "en", w.balie),
        "lopend_na_betalingen_nl": lambda: w.dienst.regelingsbrief(
            w.begeleider, w.lopend(), "nl", vandaag=dt.date(2026, 4, 8)
        ),
        "restant_nl": brief(w.restant, "nl"),
        "spijtoptant_nl": brief(lambda: w.standaard(soort=RegelingSoort.SPIJTOPTANT), "nl"),
        "zonder_rente_nl": brief(lambda: w.standaard(rente=False), "nl"),
    }


def main(namen: list[str]) -> None:
    UIT.mkdir(parents=True, exist_ok=True)
    gevallen = _gevallen(Werkplaats())
    for naam in namen or list(gevallen):
        for oud in UIT.glob(f"{naam}_p*.png"):
            oud.unlink()
        pdf = gevallen[naam]()
        doc = pdfium.PdfDocument(pdf)
        for i in range(len(doc)):
            doc[i].render(scale=1.5).to_pil().save(UIT / f"{naam}_p{i + 1}.png")
        print(f"{naam}: {len(doc)} pagina('s), {len(pdf):,} bytes → {UIT}/{naam}_p*.png")


if __name__ == "__main__":
    main(sys.argv[1:])
