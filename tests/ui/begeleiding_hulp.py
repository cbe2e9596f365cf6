"""A realistic caseload for the begeleiding UI tests, written through the real store.

`bouw_caseload()` gives begeleider Jan de Vries (and a colleague, a supervisor) a caseload around Christmas 2025:
- Fatima El Amrani: aangemeld on Monday 22-12-2025; with Christmas (25 and 26 December) and Nieuwjaarsdag her intake
  deadline is Wednesday 31-12-2025, not the 29th a calendar count would give; an urgent signal and open claims;
- Piet Bakker: intake (first contact on 10-12-2025), an open task and a signal;
- Anna de Boer: actief with a plan van aanpak;
- Karin Smit: aangemeld long ago (1-12-2025): overdue on any day after 8-12-2025;
- a colleague's traject (never in Jan's caseload), and a citizen without a traject with a new signal (in the inbox).
Dates come from the caller (`vandaag`), so each test picks the day it looks from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from models.domain import Contactkanaal, Rol, TrajectBron
from models.store.begeleiding import BegeleidingRepository
from models.store.contacten import ContactRepository
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, NieuwContact
from models.store.rows_begeleiding import Afspraak, Contactverslag, Doel, PlanVanAanpak
from tests import fabriek

KERST_AANMELDING = dt.date(2025, 12, 22)  # a Monday; 25/26 December are holidays
KERST_UITERLIJK = dt.date(2025, 12, 31)  # 5 working days later (a calendar count gives 29-12)


@dataclass(frozen=True)
class Caseload:
    repo: BegeleidingRepository
    begeleider: MedewerkerRow
    collega: MedewerkerRow
    supervisor: MedewerkerRow
    fatima: int
    piet: int
    anna: int
    karin: int
    van_collega: int
    zonder_traject: int
    traject_fatima: int
    traject_piet: int
    traject_anna: int
    signaal_fatima: int
    signaal_piet: int
    signaal_los: int


def verslag(onderwerp: str = "Intakegesprek") -> Contactverslag:
    return Contactverslag(Contactkanaal.TELEFOON, onderwerp, "Situatie besproken; burger wil begeleiding.")


def bouw_caseload(opslag: Opslag) -> Caseload:
    repo = BegeleidingRepository(opslag)
    jan = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Jan de Vries")
    collega = fabriek.medewerker(opslag, Rol.BEGELEIDER, "Ayse Yilmaz")
    supervisor = fabriek.medewerker(opslag, Rol.SUPERVISOR, "Mirjam Jansen")

    fatima = fabriek.burger(opslag, bsn="123456782", voornamen="Fatima", achternaam="El Amrani")
    piet = fabriek.burger(opslag, voornamen="Piet", achternaam="Bakker")
    anna = fabriek.burger(opslag, voornamen="Anna", tussenvoegsel="de", achternaam="Boer")
    karin = fabriek.burger(opslag, voornamen="Karin", achternaam="Smit")
    van_collega = fabriek.burger(opslag, voornamen="Henk", achternaam="Mulder")
    zonder = fabriek.burger(opslag, voornamen="Els", achternaam="Visser")

    def verwijs(burger: int, op: dt.date, wie: MedewerkerRow = jan, prioriteit: int = 2) -> int:
        return repo.verwijs(
            wie,
            burger,
            bron=TrajectBron.MEDEWERKER,
            toelichting="Stapeling van terugvorderingen",
            vandaag=op,
            prioriteit=prioriteit,
            begeleider_id=wie.id,
        ).id

    t_fatima = verwijs(fatima, KERST_AANMELDING, prioriteit=1)
    t_piet = verwijs(piet, dt.date(2025, 12, 8))
    t = repo.traject(jan, t_piet)
    repo.eerste_contact(jan, t.id, t.version, verslag(), vandaag=dt.date(2025, 12, 10))
    t_anna = verwijs(anna, dt.date(2025, 11, 3), prioriteit=3)
    t = repo.traject(jan, t_anna)
    t = repo.eerste_contact(jan, t.id, t.version, verslag(), vandaag=dt.date(2025, 11, 5))
    plan = PlanVanAanpak(
        (Doel("Geen nieuwe terugvordering huurtoeslag"),),
        (Afspraak("burger", "Loonstroken opsturen", dt.date(2026, 1, 15)),),
    )
    repo.start_begeleiding(jan, t.id, t.version, plan, vandaag=dt.date(2025, 11, 12))
    verwijs(karin, dt.date(2025, 12, 1))
    verwijs(van_collega, dt.date(2025, 12, 15), wie=collega)

    fabriek.vordering(opslag, fatima, "huurtoeslag", 2024, Decimal("1140.00"))
    fabriek.vordering(opslag, fatima, "zorgtoeslag", 2025, Decimal("310.50"))
    fabriek.vordering(opslag, anna, "kinderopvangtoeslag", 2024, Decimal("2480.00"))
    s_fatima = fabriek.signaal(
        opslag,
        fatima,
        "hoge_terugvordering",
        ernst="urgent",
        uitleg="Het inkomen van 2025 is hoger dan geschat; er dreigt een terugvordering huurtoeslag van ± € 1.140.",
        gegevens={"regeling": "huurtoeslag", "jaar": 2025, "verschil": "1140.00"},
    )
    s_piet = fabriek.signaal(
        opslag, piet, "gemiste_termijn", ernst="aandacht", uitleg="De termijn van november is niet betaald."
    )
    s_los = fabriek.signaal(
        opslag,
        zonder,
        "partnerwijziging",
        ernst="aandacht",
        uitleg="De toeslagpartner is per 1 november uitgeschreven op dit adres.",
    )
    fabriek.signaal(opslag, van_collega, "niet_gebruik", ernst="info", uitleg="Mogelijk recht op zorgtoeslag.")
    ContactRepository(opslag).registreer(jan, NieuwContact(piet, Contactkanaal.TELEFOON, "Regeling", "Besproken."))
    return Caseload(
        repo=repo,
        begeleider=jan,
        collega=collega,
        supervisor=supervisor,
        fatima=fatima,
        piet=piet,
        anna=anna,
        karin=karin,
        van_collega=van_collega,
        zonder_traject=zonder,
        traject_fatima=t_fatima,
        traject_piet=t_piet,
        traject_anna=t_anna,
        signaal_fatima=s_fatima,
        signaal_piet=s_piet,
        signaal_los=s_los,
    )


_VENSTERS: list[QWidget] = []


def houd_vast(venster: QWidget) -> QWidget:
    """Keep a test's main window alive until `vensters_opruimen` deletes it.

    pytest-qt's `qtbot.addWidget` keeps only a weak reference. A main window lives in reference cycles (its
    views hold it), so once the test function returns, Python's cyclic garbage collector would delete it at a
    random moment — possibly while Qt is still painting it (a segmentation fault in `QTableView::paintEvent`,
    seen under pytest-xdist). Holding it until teardown and closing it there means it is never painted again
    when the collector deletes it. (Deleting it through Qt at teardown instead, with deleteLater, made the
    interpreter abort at exit with "bool_dealloc": PySide still held the wrapper's connections.)
    """
    _VENSTERS.append(venster)
    return venster


@pytest.fixture
def vensters_opruimen(qtbot):
    """Close the windows `houd_vast` kept, at the test's teardown, and let go of them."""
    yield
    while _VENSTERS:
        venster = _VENSTERS.pop()
        if shiboken6.isValid(venster):
            venster.close()  # hidden: it is never painted again, whenever the collector deletes it


def rustig(qtbot, venster) -> None:
    """Wait until the window's runner has no work left (the views' loads and writes are done)."""
    qtbot.waitUntil(lambda: not venster._runner.bezig, timeout=15_000)
