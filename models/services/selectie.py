"""Selection for persoonlijke begeleiding: a transparent, versioned scoring rule and the proposals it makes.

What belongs here: `Selectieregel` (the named, versioned rule with its point scales — "selectie@2026.1"),
`scoor()` (pure: one household → score with a reason per criterion, each naming the value it saw), and
`SelectieService` (run the rule over the store and save proposals; list, approve and reject them).

The rule is the workstation's transparent stand-in for the agency's predictive model (DOMAIN.md §4: "amount and
duration of earlier and current debts and recoveries, draagkracht (debts against income), whether toeslagen are
running"), plus valid vulnerability indicators and open service signals. It is never a black box: every
proposal lists every criterion with its value and points (also the ones that gave 0), and the rule version. A
supervisor decides; nobody decides on their own proposal (four eyes).

Privacy: a proposal is stored as a `beoordeling` row. It names the *number* of valid vulnerability indicators
and of open signals, never their content, because the beoordeling table is readable by more roles than the
indicators are. Misuse signals (DOMAIN.md §5.3) do not exist in this application and never feed the score.
Who is excluded: citizens with an open traject, with an open proposal, or whose traject was closed less than
`wachttijd_dagen` ago.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from models import formaat
from models.domain import Ernst
from models.services.signaalregels import STANDAARD_DREMPELS, Evaluatie
from models.services.signalen import STANDAARD_BLOKGROOTTE, leesvenster
from models.store.begeleiding import NieuwSelectievoorstel, SelectieRepository, burger_bereik, lees_huishoudens
from models.store.opslag import Opslag
from models.store.rows import MedewerkerRow, TrajectRow
from models.store.rows_begeleiding import Huishoudfeiten, Selectierapport, SelectieReden, SelectieVoorstelRow
from models.store.toegang import Bevoegdheid, eis

__all__ = ["STANDAARD_SELECTIE", "SelectieService", "Selectieregel", "Selectiescore", "scoor"]

_NUL = Decimal(0)
_HONDERD = Decimal(100)

Staffel = tuple[tuple[Decimal, int], ...]
"""(from this value on, these points), ascending: the points are those of the highest step reached."""


def _punten(waarde: Decimal, staffel: Staffel) -> int:
    punten = 0
    for vanaf, p in staffel:
        if waarde >= vanaf:
            punten = p
    return punten


@dataclass(frozen=True, slots=True)
class Selectieregel:
    """The selection rule and its point scales, named and versioned (change values only with `versie`).

    Attributes:
        drempel: a household is proposed from this score on.
        open_schuld: points for the total open toeslag debt (euros).
        schuldduur_maanden: points for the age of the oldest open claim (months).
        schuld_inkomen: points for open debt as a share of the yearly income (draagkracht).
        lopende_toeslagen: points for the number of toeslagen running this year.
        kwetsbaarheid_per_indicator / kwetsbaarheid_max: points per valid indicator, and the cap.
        signalen: points for the number of open signals; `urgent_signaal` extra when one of them is urgent.
        wachttijd_dagen: after a traject was closed, no new proposal for this many days.
        max_voorstellen: at most this many proposals per run (highest scores first).
        prioriteit_hoog_vanaf: an approved proposal with at least this score gets priority hoog.
    """

    naam: str = "selectie"
    versie: str = "2026.1"
    drempel: int = 6
    open_schuld: Staffel = ((Decimal(500), 1), (Decimal(2000), 2), (Decimal(5000), 3))
    schuldduur_maanden: Staffel = ((Decimal(6), 1), (Decimal(12), 2), (Decimal(24), 3))
    schuld_inkomen: Staffel = ((Decimal("0.05"), 1), (Decimal("0.10"), 2), (Decimal("0.25"), 3))
    lopende_toeslagen: Staffel = ((Decimal(1), 1), (Decimal(3), 2))
    kwetsbaarheid_per_indicator: int = 1
    kwetsbaarheid_max: int = 2
    signalen: Staffel = ((Decimal(1), 1), (Decimal(3), 2))
    urgent_signaal: int = 1
    wachttijd_dagen: int = 90
    max_voorstellen: int = 200
    prioriteit_hoog_vanaf: int = 10

    @property
    def label(self) -> str:
        """`naam@versie`, e.g. "selectie@2026.1": stored with every proposal."""
        return f"{self.naam}@{self.versie}"

    def beschrijving(self) -> list[str]:
        """The rule in plain Dutch, one line per criterion (for the algorithm register and the UI)."""

        def staffel(s: Staffel, fmt: Callable[[Decimal], str]) -> str:
            return "; ".join(f"vanaf {fmt(v)}: {p} {'punt' if p == 1 else 'punten'}" for v, p in s)

        return [
            f"Regel {self.label}: een huishouden wordt voorgesteld vanaf {self.drempel} punten.",
            f"Openstaande toeslagschuld — {staffel(self.open_schuld, formaat.euro_heel)}.",
            f"Duur van de oudste openstaande vordering — {staffel(self.schuldduur_maanden, lambda v: f'{v} maanden')}.",
            "Schuld tegenover het jaarinkomen — "
            + staffel(self.schuld_inkomen, lambda v: formaat.procent(v * _HONDERD, 0))
            + "; zonder bekend inkomen telt dit niet.",
            f"Lopende toeslagen dit jaar — {staffel(self.lopende_toeslagen, str)}.",
            f"Geldige kwetsbaarheidsindicatoren — {self.kwetsbaarheid_per_indicator} per indicator, hoogstens "
            f"{self.kwetsbaarheid_max}.",
            f"Openstaande signalen — {staffel(self.signalen, str)}; plus {self.urgent_signaal} als er "
            "een urgent signaal bij is.",
            f"Niet voorgesteld: wie al een lopend traject of open voorstel heeft, of wiens traject minder dan "
            f"{self.wachttijd_dagen} dagen geleden is afgesloten. Hoogstens {self.max_voorstellen} voorstellen per "
            "keer, de hoogste scores eerst.",
        ]


STANDAARD_SELECTIE = Selectieregel()


@dataclass(frozen=True, slots=True)
class Selectiescore:
    """The score of one household: total, a reason per criterion, and why it is excluded (None: not)."""

    burger_id: int
    score: int
    redenen: tuple[SelectieReden, ...]
    uitgesloten: str | None = None

    @property
    def motivatie(self) -> str:
        """One Dutch sentence with the criteria that gave points."""
        delen = [
            f"{r.omschrijving} ({r.punten} {'punt' if r.punten == 1 else 'punten'})" for r in self.redenen if r.punten
        ]
        return f"Score {self.score}: " + "; ".join(delen) + "."


def _maanden(van: dt.date, tot: dt.date) -> int:
    maanden = (tot.year - van.year) * 12 + tot.month - van.month
    if tot.day < van.day:
        maanden -= 1
    return max(0, maanden)


def scoor(h: Huishoudfeiten, peildatum: dt.date, regel: Selectieregel = STANDAARD_SELECTIE) -> Selectiescore:
    """Score one household under `regel` (pure; the caller passes the real date).

    Returns:
        The score with a reason for every criterion (in a fixed order), and `uitgesloten` set when the
        household may not be proposed now (open traject, open proposal, recently closed traject).
    """
    redenen: list[SelectieReden] = []
    open_ = [v for v in h.vorderingen if v.open_cent > 0]
    schuld = Decimal(sum(v.open_cent for v in open_)).scaleb(-2)

    aantal = len(open_)
    redenen.append(
        SelectieReden(
            "open_schuld",
            f"Openstaande toeslagschuld {formaat.euro(schuld)} in {aantal} "
            + ("vordering" if aantal == 1 else "vorderingen"),
            f"{schuld:.2f}",
            _punten(schuld, regel.open_schuld),
        )
    )
    if open_:
        oudste = min(v.ontstaan_op for v in open_)
        maanden = _maanden(oudste, peildatum)
        redenen.append(
            SelectieReden(
                "schuldduur",
                f"Oudste openstaande vordering is {maanden} maanden oud (sinds {formaat.datum(oudste)})",
                str(maanden),
                _punten(Decimal(maanden), regel.schuldduur_maanden),
            )
        )
    else:
        redenen.append(SelectieReden("schuldduur", "Geen openstaande vordering", "0", 0))

    inkomen = None
    evaluatie = Evaluatie(h, peildatum, STANDAARD_DREMPELS)
    for jaar in (peildatum.year, peildatum.year - 1):
        basis = evaluatie.basis(jaar)
        if basis is not None:
            inkomen = basis[1].gezamenlijk_inkomen
            break
    if inkomen is None:
        redenen.append(SelectieReden("schuld_inkomen", "Geen inkomen bekend in de toeslaggegevens", "", 0))
    elif inkomen <= 0:
        punten = regel.schuld_inkomen[-1][1] if schuld > 0 else 0
        redenen.append(
            SelectieReden("schuld_inkomen", f"Schuld {formaat.euro(schuld)} bij een bekend inkomen van € 0", "", punten)
        )
    else:
        aandeel = schuld / inkomen
        redenen.append(
            SelectieReden(
                "schuld_inkomen",
                f"Schuld is {formaat.procent(aandeel * _HONDERD)} van het jaarinkomen {formaat.euro_heel(inkomen)}",
                f"{aandeel:.4f}",
                _punten(aandeel, regel.schuld_inkomen),
            )
        )

    lopend = sorted({t.regeling for t in h.toeslagen if t.jaar == peildatum.year and t.status == "lopend"})
    redenen.append(
        SelectieReden(
            "lopende_toeslagen",
            f"{len(lopend)} lopende {'toeslag' if len(lopend) == 1 else 'toeslagen'} in {peildatum.year}",
            str(len(lopend)),
            _punten(Decimal(len(lopend)), regel.lopende_toeslagen),
        )
    )

    geldig = sum(1 for k in h.kwetsbaarheden if k.geldig_op(peildatum))
    redenen.append(
        SelectieReden(
            "kwetsbaarheid",
            f"{geldig} geldige {'kwetsbaarheidsindicator' if geldig == 1 else 'kwetsbaarheidsindicatoren'}",
            str(geldig),
            min(geldig * regel.kwetsbaarheid_per_indicator, regel.kwetsbaarheid_max),
        )
    )

    signalen = len(h.open_signalen)
    urgent = sum(1 for s in h.open_signalen if s.ernst == Ernst.URGENT.value)
    redenen.append(
        SelectieReden(
            "signalen",
            f"{signalen} open {'signaal' if signalen == 1 else 'signalen'}, waarvan {urgent} urgent",
            str(signalen),
            _punten(Decimal(signalen), regel.signalen) + (regel.urgent_signaal if urgent else 0),
        )
    )

    uitgesloten = None
    if h.open_traject:
        uitgesloten = "heeft al een lopend begeleidingstraject"
    elif h.open_voorstel:
        uitgesloten = "er ligt al een selectievoorstel"
    elif h.laatst_afgesloten is not None and (peildatum - h.laatst_afgesloten).days < regel.wachttijd_dagen:
        uitgesloten = f"traject afgesloten op {formaat.datum(h.laatst_afgesloten)}"
    return Selectiescore(h.burger_id, sum(r.punten for r in redenen), tuple(redenen), uitgesloten)


class SelectieService:
    """Run the selection rule over the store and handle its proposals.

    Running needs SIGNALEN_DRAAIEN (a population-wide batch over sensitive data: supervisors); deciding needs
    UITZONDERING_BEOORDELEN and is never done by the one who ran it.
    """

    def __init__(self, opslag: Opslag, regel: Selectieregel = STANDAARD_SELECTIE) -> None:
        self._opslag = opslag
        self._regel = regel
        self._repo = SelectieRepository(opslag)

    @property
    def regel(self) -> Selectieregel:
        """The rule this service scores with (for its `beschrijving()` in the UI)."""
        return self._regel

    def draai(
        self,
        actor: MedewerkerRow,
        *,
        peildatum: dt.date,
        voortgang: Callable[[int, int], None] | None = None,
        afgebroken: Callable[[], bool] | None = None,
        blokgrootte: int = STANDAARD_BLOKGROOTTE,
    ) -> Selectierapport:
        """Score every citizen and save the best-scoring ones above the threshold as proposals.

        Args:
            actor: the supervisor running the selection (the proposer).
            peildatum: today's date, passed by the caller.
            voortgang: (citizens done, citizens in the store) after each block.
            afgebroken: polled between blocks; True stops without saving any proposal.
            blokgrootte: burger ids per block.

        Raises:
            GeenToegang: the role may not run the selection.
        """
        eis(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
        begin = time.perf_counter()
        venster = dataclasses.replace(leesvenster(peildatum), met_selectie=True)
        bereik = burger_bereik(self._opslag)
        beste: list[tuple[int, int, Selectiescore]] = []  # min-heap on (score, -burger_id)
        beoordeeld = boven = 0
        if bereik is not None:
            laagste, hoogste, totaal = bereik
            van = laagste
            while van <= hoogste:
                if afgebroken is not None and afgebroken():
                    return Selectierapport(
                        peildatum, self._regel.label, beoordeeld, boven, (), time.perf_counter() - begin, True
                    )
                tot = min(van + blokgrootte - 1, hoogste)
                with self._opslag.lezen() as s:
                    aantal, feiten = lees_huishoudens(s, van, tot, venster)
                for h in feiten:
                    if not h.vorderingen and not h.open_signalen:
                        continue
                    score = scoor(h, peildatum, self._regel)
                    if score.uitgesloten is None and score.score >= self._regel.drempel:
                        boven += 1
                        item = (score.score, -score.burger_id, score)
                        if len(beste) < self._regel.max_voorstellen:
                            heapq.heappush(beste, item)
                        elif item[:2] > beste[0][:2]:
                            heapq.heapreplace(beste, item)
                beoordeeld += aantal
                if voortgang is not None:
                    voortgang(beoordeeld, totaal)
                van = tot + 1
        gekozen = sorted(beste, key=lambda x: (-x[0], -x[1]))
        rijen = self._repo.bewaar(
            actor,
            [
                NieuwSelectievoorstel(
                    burger_id=s.burger_id,
                    score=s.score,
                    drempel=self._regel.drempel,
                    regel=self._regel.label,
                    redenen=s.redenen,
                    motivatie=f"{s.motivatie} Regel {self._regel.label}, drempel {self._regel.drempel}.",
                    peildatum=peildatum,
                )
                for _, _, s in gekozen
            ],
        )
        return Selectierapport(
            peildatum, self._regel.label, beoordeeld, boven, tuple(rijen), time.perf_counter() - begin
        )

    def voorstellen(self, actor: MedewerkerRow, *, status: str | None = "open") -> list[SelectieVoorstelRow]:
        """Selection proposals (default: open), highest score first (supervisors)."""
        return self._repo.voorstellen(actor, status=status)

    def voorstel(self, actor: MedewerkerRow, beoordeling_id: int) -> SelectieVoorstelRow:
        """One proposal with its reasons."""
        return self._repo.voorstel(actor, beoordeling_id)

    def keur_goed(
        self,
        actor: MedewerkerRow,
        beoordeling_id: int,
        versie: int,
        *,
        vandaag: dt.date,
        motivatie: str | None = None,
        begeleider_id: int | None = None,
    ) -> TrajectRow:
        """Approve a proposal: an aangemeld traject with bron "selectie" (priority hoog from
        `prioriteit_hoog_vanaf` points), in the intake queue or with `begeleider_id`."""
        eis(actor.rol, Bevoegdheid.UITZONDERING_BEOORDELEN)
        voorstel = self._repo.voorstel(actor, beoordeling_id)
        prioriteit = 1 if voorstel.score >= self._regel.prioriteit_hoog_vanaf else 2
        return self._repo.keur_goed(
            actor,
            beoordeling_id,
            versie,
            vandaag=vandaag,
            prioriteit=prioriteit,
            motivatie=motivatie,
            begeleider_id=begeleider_id,
        )

    def wijs_af(self, actor: MedewerkerRow, beoordeling_id: int, versie: int, *, motivatie: str) -> SelectieVoorstelRow:
        """Reject a proposal with a motivation."""
        return self._repo.wijs_af(actor, beoordeling_id, versie, motivatie=motivatie)
