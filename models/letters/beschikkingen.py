"""The beschikking letters: voorschotbeschikking, definitieve berekening and terugvordering.

What belongs here: the composition of each decision letter from its data (`models.letters.gegevens`) and the
texts (`resources/letters/beschikking.<taal>.toml`), and `render_beschikking()` which renders one to PDF bytes.

Every letter follows the same reading order, the one DOMAIN.md §8.2 asks for:
1. the main message (one, in bold, on a band) and a short explanation;
2. the amounts in a small table;
3. "Wat moet u doen?" with one concrete deadline;
4. the data the decision rests on ("you know your own situation best: check them");
5. "Zo hebben we het bedrag berekend": the calculation core's steps with their legal basis, and an honest note
   when an amount rests on a parameter that is not officially confirmed;
6. "Bent u het niet eens?" with the last day for a bezwaar; "Hulp nodig?"; the closing.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from models.letters.bouwstenen import (
    Actie,
    Alinea,
    Bedragen,
    Bedragregel,
    Blok,
    Brief,
    Hoofdboodschap,
    Opsomming,
    Sectie,
)
from models.letters.gegevens import (
    Beschikkingsbrief,
    Definitievebrief,
    Terugvorderingsbrief,
    Voorschotbrief,
    controle_uiterlijk,
)
from models.letters.onderdelen import (
    aanhef,
    afsluiting,
    bedrag,
    bedrag_heel,
    berekening_blokken,
    bezwaar_sectie,
    briefkop,
    datum,
    gegevens_blok,
    hulp_sectie,
    periode,
    regeling_naam,
    rekening,
)
from models.letters.render import render_brief
from models.letters.teksten import Teksten

__all__ = [
    "brief_voor",
    "definitieve_brief",
    "onderwerp",
    "render_beschikking",
    "terugvorderingsbrief",
    "voorschotbrief",
]

_NUL = Decimal(0)


# --- voorschot ----------------------------------------------------------------------------------------------------


def voorschotbrief(b: Voorschotbrief, letters_dir: Path) -> Brief:
    """The voorschotbeschikking (or its herziening): monthly and yearly advance, the data, the calculation."""
    t = Teksten(letters_dir, b.basis.taal)
    regeling = regeling_naam(t, b.regeling)
    maanden = b.laatste_maand - b.eerste_maand + 1
    tijdvak = periode(t, b.jaar, b.eerste_maand, b.laatste_maand)
    onderwerp_tekst = onderwerp(b, letters_dir)
    recht = b.jaarbedrag > _NUL
    waarden = {
        "jaar": b.jaar,
        "regeling": regeling,
        "maandbedrag": bedrag_heel(t, b.maandbedrag),
        "jaarbedrag": bedrag_heel(t, b.jaarbedrag),
        "periode": tijdvak,
    }
    blokken: list[Blok] = [aanhef(t, b.basis.ontvanger)]
    if not recht:
        blokken += [
            Hoofdboodschap(t("voorschot.hoofdboodschap_geen_recht", **waarden)),
            Alinea(t("voorschot.inleiding_geen_recht", regeling=regeling)),
        ]
        if b.reden_geen_recht:
            blokken.append(Alinea(t("berekening.geen_recht", reden=b.reden_geen_recht)))
    else:
        sleutel = "voorschot.hoofdboodschap_herziening" if b.herziening else "voorschot.hoofdboodschap"
        kop = [str(k) for k in t.ruw("voorschot.bedragen_kop")]
        blokken += [
            Hoofdboodschap(t(sleutel, **waarden)),
            Alinea(t("voorschot.inleiding", regeling=regeling)),
            Bedragen(
                (
                    Bedragregel(t("voorschot.bedrag_maand"), bedrag_heel(t, b.maandbedrag)),
                    Bedragregel(t("voorschot.bedrag_maanden"), str(maanden)),
                    Bedragregel(t("voorschot.bedrag_jaar", periode=tijdvak), bedrag_heel(t, b.jaarbedrag), totaal=True),
                ),
                kop=(kop[0], kop[1]),
            ),
            Alinea(t("voorschot.betaling", rekening=rekening(t, b.basis.iban))),
        ]
    wijzigingen = [*t.lijst("voorschot.wijzigingen.algemeen"), *t.lijst(f"voorschot.wijzigingen.{b.regeling.value}")]
    blokken += [
        Sectie(
            t("algemeen.wat_moet_u_doen"),
            (
                Actie(
                    t.platte_tekst("voorschot.actie_label"),
                    datum(t, controle_uiterlijk(b.basis.dagtekening)),
                    t("voorschot.actie", datum=datum(t, controle_uiterlijk(b.basis.dagtekening))),
                ),
                Alinea(t("voorschot.wijzigingen_inleiding")),
                Opsomming(tuple(wijzigingen)),
                Alinea(t("voorschot.wijzigingen_waarom")),
            ),
            bijeen=True,
        ),
        Sectie(
            t("berekening.gegevens_titel"),
            (
                Alinea(t("berekening.gegevens_inleiding")),
                gegevens_blok(
                    t,
                    b.regeling,
                    b.jaar,
                    b.grondslagen,
                    geschat=True,
                    periode_tekst=periode(t, b.jaar, b.eerste_maand, b.laatste_maand, kort=False),
                ),
            ),
            bijeen=True,
        ),
        Sectie(t("berekening.titel"), berekening_blokken(t, b.uitleg, b.onbevestigd, b.jaar)),
        bezwaar_sectie(t, b.bezwaar_uiterlijk, b.basis.kenmerk, voorschot=True),
        hulp_sectie(t, b.basis.hulp, b.basis.kenmerk),
        afsluiting(t),
    ]
    return Brief(briefkop(t, b.basis, onderwerp_tekst), tuple(blokken), titel=onderwerp_tekst)


# --- definitieve berekening --------------------------------------------------------------------------------------


def definitieve_brief(b: Definitievebrief, letters_dir: Path) -> Brief:
    """The definitieve berekening: the definitive amount against the voorschot, nabetaling or terugvordering."""
    t = Teksten(letters_dir, b.basis.taal)
    regeling = regeling_naam(t, b.regeling)
    onderwerp_tekst = onderwerp(b, letters_dir)
    teveel = -b.saldo if b.saldo < _NUL else _NUL
    kop = [str(k) for k in t.ruw("definitief.bedragen_kop")]
    regels = [
        Bedragregel(
            t("definitief.bedrag_definitief", regeling=regeling, jaar=b.jaar), bedrag(t, b.definitief_jaarbedrag)
        ),
        Bedragregel(t("definitief.bedrag_voorschot"), bedrag(t, b.betaald_voorschot)),
    ]
    uitleg_grens: list[Blok] = []
    if b.saldo > _NUL:
        hoofd = t(
            "definitief.hoofdboodschap_nabetaling", bedrag=bedrag(t, b.na_te_betalen), regeling=regeling, jaar=b.jaar
        )
        regels.append(Bedragregel(t("definitief.bedrag_nabetaling"), bedrag(t, b.na_te_betalen), totaal=True))
        actie: tuple[Blok, ...] = (
            Actie(
                t.platte_tekst("definitief.actie_nabetaling_label"),
                datum(t, b.nabetaling_uiterlijk),
                t("definitief.actie_nabetaling", bedrag=bedrag(t, b.na_te_betalen), rekening=rekening(t, b.basis.iban)),
            ),
        )
    elif teveel > _NUL:
        grens = {"grens": bedrag_heel(t, b.doelmatigheidsgrens), "verschil": bedrag(t, teveel)}
        regels.append(Bedragregel(t("definitief.bedrag_teveel"), bedrag(t, teveel)))
        if b.terug_te_vorderen > _NUL:
            hoofd = t(
                "definitief.hoofdboodschap_terugvordering",
                bedrag=bedrag(t, b.terug_te_vorderen),
                regeling=regeling,
                jaar=b.jaar,
            )
            regels.append(Bedragregel(t("definitief.bedrag_terug"), bedrag(t, b.terug_te_vorderen), totaal=True))
            uitleg_grens.append(Alinea(t("definitief.doelmatigheid_boven", **grens), klein=True))
            actie = (Opsomming(t.lijst("definitief.actie_terugvordering"), genummerd=True),)
        else:
            hoofd = t("definitief.hoofdboodschap_klein", bedrag=bedrag(t, teveel), regeling=regeling, jaar=b.jaar)
            regels.append(Bedragregel(t("definitief.bedrag_niet_terug"), bedrag(t, _NUL), totaal=True))
            uitleg_grens.append(Alinea(t("definitief.doelmatigheid_onder", **grens)))
            actie = (Alinea(t("definitief.actie_niets")),)
    else:
        hoofd = t("definitief.hoofdboodschap_gelijk", regeling=regeling, jaar=b.jaar)
        regels.append(Bedragregel(t("definitief.bedrag_gelijk"), bedrag(t, _NUL), totaal=True))
        actie = (Alinea(t("definitief.actie_niets")),)
    blokken: list[Blok] = [
        aanhef(t, b.basis.ontvanger),
        Hoofdboodschap(hoofd),
        Alinea(t("definitief.inleiding", jaar=b.jaar, regeling=regeling)),
        Bedragen(tuple(regels), kop=(kop[0], kop[1])),
        *uitleg_grens,
        Sectie(t("algemeen.wat_moet_u_doen"), actie, bijeen=True),
        Sectie(
            t("berekening.gegevens_titel"),
            (
                Alinea(t("berekening.gegevens_inleiding")),
                gegevens_blok(t, b.regeling, b.jaar, b.grondslagen, geschat=False),
            ),
            bijeen=True,
        ),
        Sectie(t("berekening.titel"), berekening_blokken(t, b.uitleg, b.onbevestigd, b.jaar)),
        bezwaar_sectie(t, b.bezwaar_uiterlijk, b.basis.kenmerk, uitstel=b.terug_te_vorderen > _NUL),
        hulp_sectie(t, b.basis.hulp, b.basis.kenmerk),
        afsluiting(t),
    ]
    return Brief(briefkop(t, b.basis, onderwerp_tekst), tuple(blokken), titel=onderwerp_tekst)


# --- terugvordering ---------------------------------------------------------------------------------------------------


def terugvorderingsbrief(b: Terugvorderingsbrief, letters_dir: Path) -> Brief:
    """The terugvorderingsbeschikking: the amount, pay within 6 weeks, the 24-month arrangement, help."""
    t = Teksten(letters_dir, b.basis.taal)
    regeling = regeling_naam(t, b.regeling)
    onderwerp_tekst = onderwerp(b, letters_dir)
    betaaldatum = datum(t, b.betaal_uiterlijk)
    kop = [str(k) for k in t.ruw("terugvordering.bedragen_kop")]
    regels: list[Bedragregel] = []
    if b.betaald_voorschot is not None and b.definitief_jaarbedrag is not None:
        regels += [
            Bedragregel(t("terugvordering.bedrag_voorschot", jaar=b.jaar), bedrag(t, b.betaald_voorschot)),
            Bedragregel(t("terugvordering.bedrag_recht"), bedrag(t, b.definitief_jaarbedrag)),
        ]
    regels.append(Bedragregel(t("terugvordering.bedrag_terug"), bedrag(t, b.bedrag), totaal=True))
    if b.termijnbedrag is None or b.aantal_termijnen is None:
        regeling_tekst = t("terugvordering.regeling_tekst_algemeen")
    else:
        waarden = {"aantal": b.aantal_termijnen, "termijnbedrag": bedrag(t, b.termijnbedrag)}
        if b.laatste_termijn is None or b.laatste_termijn == b.termijnbedrag or b.aantal_termijnen < 2:
            regeling_tekst = t("terugvordering.regeling_tekst", **waarden)
        else:
            regeling_tekst = t(
                "terugvordering.regeling_tekst_rest",
                eerder=b.aantal_termijnen - 1,
                laatste=bedrag(t, b.laatste_termijn),
                **waarden,
            )
    blokken: list[Blok] = [
        aanhef(t, b.basis.ontvanger),
        Hoofdboodschap(
            t(
                "terugvordering.hoofdboodschap",
                bedrag=bedrag(t, b.bedrag),
                regeling=regeling,
                jaar=b.jaar,
                datum=betaaldatum,
            )
        ),
        Alinea(t("terugvordering.inleiding", jaar=b.jaar, regeling=regeling)),
        Bedragen(tuple(regels), kop=(kop[0], kop[1])),
        Sectie(
            t("algemeen.wat_moet_u_doen"),
            (
                Actie(
                    t.platte_tekst("terugvordering.actie_label"),
                    betaaldatum,
                    t(
                        "terugvordering.actie",
                        bedrag=bedrag(t, b.bedrag),
                        kenmerk=b.betalingskenmerk or b.basis.kenmerk,
                    ),
                ),
                Alinea(t("terugvordering.rente", datum=betaaldatum)),
            ),
            bijeen=True,
        ),
        Sectie(
            t("terugvordering.regeling_titel"),
            (
                Alinea(regeling_tekst),
                Alinea(t("terugvordering.regeling_aanvragen", datum=betaaldatum)),
                Alinea(t("terugvordering.persoonlijk")),
            ),
        ),
        Sectie(t("terugvordering.te_laat_titel"), (Alinea(t("terugvordering.te_laat")),)),
        Sectie(t("berekening.titel"), berekening_blokken(t, b.uitleg, b.onbevestigd, b.jaar)),
        bezwaar_sectie(t, b.bezwaar_uiterlijk, b.basis.kenmerk, uitstel=True),
        hulp_sectie(t, b.basis.hulp, b.basis.kenmerk),
        afsluiting(t),
    ]
    return Brief(briefkop(t, b.basis, onderwerp_tekst), tuple(blokken), titel=onderwerp_tekst)


# --- dispatch ---------------------------------------------------------------------------------------------------------


def onderwerp(b: Beschikkingsbrief, letters_dir: Path) -> str:
    """The subject line (also the document title on the klantbeeld), in the letter's language."""
    t = Teksten(letters_dir, b.basis.taal)
    waarden = {"regeling": regeling_naam(t, b.regeling), "jaar": b.jaar}
    if isinstance(b, Voorschotbrief):
        return t.platte_tekst("voorschot.onderwerp_herziening" if b.herziening else "voorschot.onderwerp", **waarden)
    if isinstance(b, Definitievebrief):
        return t.platte_tekst("definitief.onderwerp", **waarden)
    return t.platte_tekst("terugvordering.onderwerp", **waarden)


def brief_voor(b: Beschikkingsbrief, letters_dir: Path) -> Brief:
    """The composed letter for any beschikking letter data."""
    if isinstance(b, Voorschotbrief):
        return voorschotbrief(b, letters_dir)
    if isinstance(b, Definitievebrief):
        return definitieve_brief(b, letters_dir)
    if isinstance(b, Terugvorderingsbrief):
        return terugvorderingsbrief(b, letters_dir)
    raise TypeError(f"Geen beschikkingsbrief: {type(b).__name__}")


def render_beschikking(b: Beschikkingsbrief, fonts_dir: Path, letters_dir: Path) -> bytes:
    """Render a beschikking letter to PDF bytes (pure and deterministic; call it from a worker thread).

    Args:
        b: the letter data.
        fonts_dir: `resources/fonts`.
        letters_dir: `resources/letters`.
    """
    return render_brief(brief_voor(b, letters_dir), fonts_dir)
