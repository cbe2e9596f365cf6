"""A stored decision as letter data: the beschikking, its toeslag and the citizen, recomputed with the core.

What belongs here: `beschikkingsbrief()`, which turns the frozen store rows of one beschikking (plus its toeslag,
the citizen, the claim it created and who helps the household) into the letter data of
`models.letters.gegevens`. The amounts printed are the ones decided and stored; the explanation is recomputed
from the stored grondslagen with the calculation core (`models.calc.api`), so a letter opened years later shows
the same steps. When the stored data no longer reproduce the decided amount (the data changed after the
decision), the letter shows no steps and says so, rather than an explanation of a different amount.

Pure: no I/O, no store access (the repository reads the rows; see `models.store.documenten`).
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.api import afrekenen, bereken
from models.calc.awir import doelmatigheidsgrens
from models.calc.betalingsregeling import standaardregeling
from models.calc.invoer import Grondslagen, Invoerfout, Regeling
from models.calc.uitkomst import Stap
from models.domain import BeschikkingSoort
from models.letters.gegevens import (
    Beschikkingsbrief,
    Briefbasis,
    Definitievebrief,
    Hulp,
    Ontvanger,
    Terugvorderingsbrief,
    Voorschotbrief,
    betaal_uiterlijk,
)
from models.store.rows import BeschikkingRow, BurgerRow, ToeslagRow, VorderingRow

__all__ = ["BriefNietTeMaken", "beschikkingsbrief"]

_NUL = Decimal(0)

# Steps of the core that are not about the citizen's amount: the agency's own KPI flag, and the monthly
# voorschot (which no longer matters once the year is settled).
_NIET_IN_BRIEF_DEFINITIEF = frozenset({"Hoge terugvordering", "Voorschot per maand"})


class BriefNietTeMaken(ValueError):
    """The stored decision lacks what its letter needs; `melding` is plain Dutch."""

    def __init__(self, melding: str) -> None:
        super().__init__(melding)
        self.melding = melding


def beschikkingsbrief(
    beschikking: BeschikkingRow,
    toeslag: ToeslagRow | None,
    burger: BurgerRow,
    *,
    taal: str,
    hulp: Hulp | None = None,
    vordering: VorderingRow | None = None,
) -> Beschikkingsbrief:
    """The letter data of a stored beschikking.

    Args:
        beschikking: the decision (kind, kenmerk, dagtekening, bezwaar deadline, decided amounts).
        toeslag: the toeslag it is about, with the stored grondslagen (required for every kind).
        burger: the citizen (name and address).
        taal: the letter's language ("nl" or "en").
        hulp: the household's begeleider, when there is one.
        vordering: for a terugvordering, the claim it created (due date and payment reference).

    Raises:
        BriefNietTeMaken: the toeslag or its grondslagen are missing or unreadable.
    """
    if toeslag is None:
        raise BriefNietTeMaken("Bij deze beschikking is geen toeslag bewaard; de brief kan niet worden gemaakt.")
    basis = Briefbasis(
        taal=taal,
        ontvanger=Ontvanger.uit_burger(burger),
        kenmerk=beschikking.kenmerk,
        dagtekening=beschikking.datum,
        hulp=hulp or Hulp(),
        iban=burger.iban,
    )
    soort = BeschikkingSoort(beschikking.soort)
    if soort in (BeschikkingSoort.VOORSCHOT, BeschikkingSoort.HERZIENING):
        return _voorschot(beschikking, toeslag, basis, herziening=soort is BeschikkingSoort.HERZIENING)
    if soort is BeschikkingSoort.DEFINITIEF:
        return _definitief(beschikking, toeslag, basis)
    return _terugvordering(beschikking, toeslag, basis, vordering)


def _grondslagen(data: dict[str, object] | None, wat: str) -> Grondslagen:
    if not data:
        raise BriefNietTeMaken(f"De {wat} grondslagen van deze toeslag ontbreken; de brief kan niet worden gemaakt.")
    try:
        return Grondslagen.uit_dict(dict(data))
    except Invoerfout as fout:
        raise BriefNietTeMaken(
            f"De bewaarde {wat} grondslagen zijn onleesbaar ({fout.veld}: {fout.melding})."
        ) from None


def _voorschot(b: BeschikkingRow, t: ToeslagRow, basis: Briefbasis, *, herziening: bool) -> Voorschotbrief:
    g = _grondslagen(t.grondslagen_voorschot, "voorschot")
    try:
        uitkomst = bereken(Regeling(t.regeling), t.jaar, g)
    except Invoerfout:
        # the core cannot redo this calculation (a year it has no parameters for): the decided amounts stand,
        # and the letter says the steps cannot be shown
        uitkomst = None
    if uitkomst is None:
        return Voorschotbrief(
            basis=basis,
            regeling=Regeling(t.regeling),
            jaar=t.jaar,
            bezwaar_uiterlijk=b.bezwaar_uiterlijk,
            eerste_maand=t.eerste_maand,
            laatste_maand=t.laatste_maand,
            maandbedrag=b.maandbedrag if b.maandbedrag is not None else t.voorschot_maand,
            jaarbedrag=b.bedrag,
            grondslagen=g,
            uitleg=(),
            herziening=herziening,
        )
    herleidbaar = uitkomst.bedrag_jaar == b.bedrag
    return Voorschotbrief(
        basis=basis,
        regeling=Regeling(t.regeling),
        jaar=t.jaar,
        bezwaar_uiterlijk=b.bezwaar_uiterlijk,
        eerste_maand=t.eerste_maand,
        laatste_maand=t.laatste_maand,
        maandbedrag=b.maandbedrag if b.maandbedrag is not None else t.voorschot_maand,
        jaarbedrag=b.bedrag,
        grondslagen=g,
        uitleg=uitkomst.uitleg if herleidbaar else (),
        onbevestigd=uitkomst.onbevestigde_parameters,
        herziening=herziening,
        reden_geen_recht=uitkomst.reden_geen_recht if b.bedrag == _NUL else None,
    )


def _stappen(stappen: tuple[Stap, ...]) -> tuple[Stap, ...]:
    return tuple(s for s in stappen if s.stap not in _NIET_IN_BRIEF_DEFINITIEF)


def _definitief(b: BeschikkingRow, t: ToeslagRow, basis: Briefbasis) -> Definitievebrief:
    g = _grondslagen(t.grondslagen_definitief, "definitieve")
    saldo = b.saldo if b.saldo is not None else (t.saldo if t.saldo is not None else b.bedrag - t.betaald)
    betaald = b.bedrag - saldo
    grens = _grens(b.datum.year)
    try:
        afrekening = afrekenen(Regeling(t.regeling), t.jaar, g, betaald, jaar_definitief=b.datum.year)
    except Invoerfout:
        afrekening = None
    teveel = -saldo if saldo < _NUL else _NUL
    herleidbaar = afrekening is not None and afrekening.uitkomst.bedrag_jaar == b.bedrag and afrekening.saldo == saldo
    return Definitievebrief(
        basis=basis,
        regeling=Regeling(t.regeling),
        jaar=t.jaar,
        bezwaar_uiterlijk=b.bezwaar_uiterlijk,
        definitief_jaarbedrag=b.bedrag,
        betaald_voorschot=betaald,
        saldo=saldo,
        terug_te_vorderen=teveel if teveel > grens else _NUL,
        na_te_betalen=saldo if saldo > _NUL else _NUL,
        doelmatigheidsgrens=grens,
        grondslagen=g,
        uitleg=_stappen(afrekening.uitkomst.uitleg + afrekening.uitleg) if afrekening and herleidbaar else (),
        onbevestigd=afrekening.onbevestigde_parameters if afrekening else (),
    )


def _terugvordering(
    b: BeschikkingRow, t: ToeslagRow, basis: Briefbasis, vordering: VorderingRow | None
) -> Terugvorderingsbrief:
    betaaldatum = vordering.vervaldatum if vordering is not None else betaal_uiterlijk(b.datum)
    termijn = aantal = laatste = None
    try:
        # the standard arrangement as the core makes it: 24 months from the uiterste betaaldatum, at least € 20
        regeling = standaardregeling(b.bedrag, betaaldatum, rente=False)
    except Invoerfout:
        regeling = None  # no collection parameters for that date: the letter states the rule without figures
    if regeling is not None and regeling.termijnen:
        termijn, aantal, laatste = regeling.termijnbedrag, regeling.aantal_termijnen, regeling.termijnen[-1].bedrag
    uitleg: tuple[Stap, ...] = ()
    onbevestigd: tuple[str, ...] = ()
    betaald = None if t.definitief_jaar is None else t.definitief_jaar + b.bedrag
    if t.grondslagen_definitief and betaald is not None:
        g = _grondslagen(t.grondslagen_definitief, "definitieve")
        try:
            afrekening = afrekenen(Regeling(t.regeling), t.jaar, g, betaald, jaar_definitief=b.datum.year)
        except Invoerfout:
            afrekening = None
        if afrekening is not None:
            onbevestigd = afrekening.onbevestigde_parameters
            if afrekening.terug_te_vorderen == b.bedrag:
                uitleg = _stappen(afrekening.uitkomst.uitleg + afrekening.uitleg)
    return Terugvorderingsbrief(
        basis=basis,
        regeling=Regeling(t.regeling),
        jaar=t.jaar,
        bezwaar_uiterlijk=b.bezwaar_uiterlijk,
        bedrag=b.bedrag,
        betaal_uiterlijk=betaaldatum,
        termijnbedrag=termijn,
        aantal_termijnen=aantal,
        laatste_termijn=laatste,
        definitief_jaarbedrag=t.definitief_jaar,
        betaald_voorschot=betaald,
        betalingskenmerk=vordering.kenmerk if vordering is not None else None,
        uitleg=uitleg,
        onbevestigd=onbevestigd,
    )


def _grens(jaar_definitief: int) -> Decimal:
    try:
        parameter, _ = doelmatigheidsgrens(jaar_definitief)
    except Invoerfout as fout:
        raise BriefNietTeMaken(
            f"Voor deze definitieve berekening is geen doelmatigheidsgrens bekend ({fout.melding})."
        ) from None
    waarde = parameter.waarde
    if not isinstance(waarde, Decimal):
        raise TypeError("de doelmatigheidsgrens is geen bedrag")
    return waarde
