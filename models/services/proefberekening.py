"""What-if at the counter: "what if my income / rent / childcare hours / partner changes?" (issue #7).

What belongs here: the change a citizen describes (`Wijziging`), how it changes the stored calculation bases of
each running toeslag (`nieuwe_grondslagen`), and `proefbereken()`, which runs the calculation core's `wat_als`
for every running toeslag of the year: the new monthly voorschot and the recovery or back-payment the current
voorschot would lead to, with the plain-Dutch trace. Pure: no store, no Qt; fast enough for the GUI thread.

The counter may not see partner data (DOMAIN.md §9): the stored bases are used to compute, but what this module
returns for display (`Proefuitkomst.stappen`) is the what-if summary of the core, which names amounts of the
toeslag only, never the partner's income or birth date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from models import formaat
from models.calc.api import wat_als
from models.calc.invoer import Grondslagen, Huur, Invoerfout, Persoon, Regeling
from models.calc.uitkomst import Stap, WatAls
from models.store.rows import ToeslagRow
from models.validatie import Validatiefout

__all__ = ["Partnerwijziging", "Proefuitkomst", "Wijziging", "nieuwe_grondslagen", "proefbereken", "samenvatting"]

Partnerwijziging = Literal["ongewijzigd", "geen", "nieuw"]
_NUL = Decimal(0)
MAX_INKOMEN = Decimal(10_000_000)
MAX_HUUR = Decimal(10_000)
MAX_UREN = Decimal(300)


@dataclass(frozen=True, slots=True)
class Wijziging:
    """The change the citizen describes; None (or "ongewijzigd") leaves that part as it is.

    Attributes:
        inkomen: the new expected toetsingsinkomen of the citizen for the whole year.
        huur: the new kale huur per month.
        opvanguren: the new childcare hours per month (for every child in childcare).
        partner: "geen" (the partner leaves), "nieuw" (a new toeslagpartner) or "ongewijzigd".
        partner_inkomen / partner_geboortedatum: the new partner's expected income and birth date ("nieuw").
    """

    inkomen: Decimal | None = None
    huur: Decimal | None = None
    opvanguren: Decimal | None = None
    partner: Partnerwijziging = "ongewijzigd"
    partner_inkomen: Decimal | None = None
    partner_geboortedatum: dt.date | None = None

    @property
    def leeg(self) -> bool:
        return self.inkomen is None and self.huur is None and self.opvanguren is None and self.partner == "ongewijzigd"

    def controleer(self, peildatum: dt.date) -> None:
        """Raise `Validatiefout` (field + Dutch message) for a change that cannot be computed."""
        if self.leeg:
            raise Validatiefout("wijziging", "vul in wat er verandert: inkomen, huur, opvanguren of partner")
        for veld, waarde, grens in (
            ("nieuw inkomen", self.inkomen, MAX_INKOMEN),
            ("nieuwe huur", self.huur, MAX_HUUR),
            ("opvanguren", self.opvanguren, MAX_UREN),
            ("inkomen partner", self.partner_inkomen, MAX_INKOMEN),
        ):
            if waarde is not None and not _NUL <= waarde <= grens:
                raise Validatiefout(veld, f"vul een bedrag of aantal in tussen 0 en {formaat.getal(grens)}")
        if self.partner == "nieuw":
            if self.partner_inkomen is None:
                raise Validatiefout("inkomen partner", "vul het verwachte jaarinkomen van de nieuwe partner in")
            if self.partner_geboortedatum is None:
                raise Validatiefout("geboortedatum partner", "vul de geboortedatum van de nieuwe partner in")
            if self.partner_geboortedatum > peildatum:
                raise Validatiefout("geboortedatum partner", "de geboortedatum ligt in de toekomst")

    def omschrijving(self) -> str:
        """The change in plain Dutch, for the contact the back office receives."""
        delen = []
        if self.inkomen is not None:
            delen.append(f"inkomen dit jaar wordt {formaat.euro(self.inkomen)}")
        if self.huur is not None:
            delen.append(f"kale huur wordt {formaat.euro(self.huur)} per maand")
        if self.opvanguren is not None:
            uren = formaat.getal(self.opvanguren, 0 if self.opvanguren == self.opvanguren.to_integral_value() else 1)
            delen.append(f"kinderopvang wordt {uren} uur per maand")
        if self.partner == "geen":
            delen.append("de toeslagpartner woont niet meer op het adres")
        elif self.partner == "nieuw":
            delen.append("er komt een nieuwe toeslagpartner")
        return "; ".join(delen)


@dataclass(frozen=True, slots=True)
class Proefuitkomst:
    """The what-if for one running toeslag: the core's result, or why it could not be computed."""

    regeling: Regeling
    jaar: int
    huidig_maand: Decimal  # the voorschot paid now (as stored)
    wat_als: WatAls | None
    fout: str | None = None

    @property
    def nieuw_maand(self) -> Decimal | None:
        return None if self.wat_als is None else self.wat_als.nieuw_maandbedrag

    @property
    def saldo_ongewijzigd(self) -> Decimal | None:
        """What the definitive calculation would give if the voorschot stays as it is (+ back, − recovery)."""
        return None if self.wat_als is None else self.wat_als.verwachte_afrekening.saldo

    @property
    def stappen(self) -> tuple[Stap, ...]:
        """The what-if summary steps (no partner data): current, paid, new year amount, settlement, new voorschot."""
        return () if self.wat_als is None else self.wat_als.uitleg


def _raakt(regeling: Regeling, w: Wijziging) -> bool:
    """Whether the change can matter for this toeslag at all."""
    if w.inkomen is not None or w.partner != "ongewijzigd":
        return True
    if w.huur is not None and regeling is Regeling.HUURTOESLAG:
        return True
    return w.opvanguren is not None and regeling is Regeling.KINDEROPVANGTOESLAG


def nieuwe_grondslagen(g: Grondslagen, w: Wijziging) -> Grondslagen:
    """The calculation bases with the change applied."""
    nieuw = g
    if w.inkomen is not None:
        nieuw = dataclasses.replace(nieuw, aanvrager=dataclasses.replace(nieuw.aanvrager, toetsingsinkomen=w.inkomen))
    if w.huur is not None:
        service = g.huur.servicekosten if g.huur is not None else _NUL
        nieuw = dataclasses.replace(nieuw, huur=Huur(w.huur, service))
    if w.opvanguren is not None and g.opvang:
        nieuw = dataclasses.replace(
            nieuw, opvang=tuple(dataclasses.replace(o, uren_per_maand=w.opvanguren) for o in g.opvang)
        )
    if w.partner == "geen":
        nieuw = dataclasses.replace(nieuw, partner=None)
    elif w.partner == "nieuw":
        assert w.partner_geboortedatum is not None and w.partner_inkomen is not None
        nieuw = dataclasses.replace(nieuw, partner=Persoon(w.partner_geboortedatum, w.partner_inkomen))
    return nieuw


def proefbereken(toeslagen: Sequence[ToeslagRow], wijziging: Wijziging, peildatum: dt.date) -> list[Proefuitkomst]:
    """Run the what-if for every running toeslag of `peildatum`'s year that the change can affect.

    The current voorschot is computed on the bases it was decided on (`grondslagen_voorschot`); the new year
    amount on the newest data known (`grondslagen_actueel`, else the voorschot's bases) with the change applied.
    The new voorschot applies from next month (December when the change is made in December); the months before
    were paid at the current voorschot.

    Raises:
        Validatiefout: the change is empty or out of range.
    """
    wijziging.controleer(peildatum)
    vanaf = min(12, peildatum.month + 1)
    uit: list[Proefuitkomst] = []
    for t in sorted(toeslagen, key=lambda t: t.regeling.value):
        if t.jaar != peildatum.year or t.status != "lopend" or not _raakt(t.regeling, wijziging):
            continue
        huidig_maand = t.voorschot_maand or _NUL
        try:
            # the current voorschot rests on its own bases; the change applies to the newest data known
            huidige = Grondslagen.uit_dict(t.grondslagen_voorschot)
            nieuwste = Grondslagen.uit_dict(t.grondslagen_actueel) if t.grondslagen_actueel else huidige
            if wijziging.opvanguren is not None and t.regeling is Regeling.KINDEROPVANGTOESLAG and not nieuwste.opvang:
                raise Invoerfout("opvang", "er is geen kinderopvang bekend bij deze toeslag")
            resultaat = wat_als(t.regeling, t.jaar, huidige, nieuwe_grondslagen(nieuwste, wijziging), vanaf_maand=vanaf)
        except Invoerfout as fout:
            uit.append(Proefuitkomst(t.regeling, t.jaar, huidig_maand, None, f"{fout.veld}: {fout.melding}"))
            continue
        uit.append(Proefuitkomst(t.regeling, t.jaar, huidig_maand, resultaat))
    return uit


def samenvatting(wijziging: Wijziging, uitkomsten: Sequence[Proefuitkomst]) -> str:
    """The what-if in plain Dutch for the back office (the contact's summary)."""
    regels = [f"Burger meldt aan de balie: {wijziging.omschrijving()}.", "Proefberekening:"]
    for u in uitkomsten:
        naam = u.regeling.label
        if u.wat_als is None:
            regels.append(f"- {naam} {u.jaar}: niet te berekenen ({u.fout}).")
            continue
        w = u.wat_als
        saldo = w.verwachte_afrekening.saldo
        if saldo < 0:
            gevolg = f"zonder aanpassing terugvordering van ongeveer {formaat.euro(-saldo)}"
        elif saldo > 0:
            gevolg = f"zonder aanpassing nabetaling van ongeveer {formaat.euro(saldo)}"
        else:
            gevolg = "zonder aanpassing geen terugvordering of nabetaling"
        vanaf = formaat.maand(dt.date(u.jaar, w.vanaf_maand, 1))
        regels.append(
            f"- {naam} {u.jaar}: voorschot nu {formaat.euro_heel(u.huidig_maand)} per maand, nieuw "
            f"{formaat.euro_heel(w.nieuw_maandbedrag)} per maand vanaf {vanaf}; "
            f"{gevolg}."
        )
    return "\n".join(regels)
