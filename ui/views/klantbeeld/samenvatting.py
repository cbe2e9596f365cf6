"""What the top of the klantbeeld says: the household line, "is something burning?", and the five cards.

What belongs here: pure functions from a `Klantbeeld` (and today's date) to plain texts and small records the
view puts on screen. Keeping this out of the widgets makes it fast (computed once per load) and testable
without a window. Nothing here formats money or dates by hand: `models.formaat` does that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models.domain import (
    RegelingSoort,
    RegelingStatus,
    SignaalStatus,
    SignaalType,
    TaakSoort,
    TaakStatus,
    TermijnStatus,
    TrajectStatus,
    VorderingStatus,
)
from models.store.rows import Klantbeeld, leeftijd
from ui import opmaak as formaat
from ui.palet import Status
from ui.weergave import label, signaal_status

translate = QCoreApplication.translate

__all__ = ["Brandpunt", "KaartTekst", "brandpunten", "huishouden_regel", "kaarten", "open_signalen", "open_taken"]

_ERNST_VOLGORDE = {Status.URGENT: 0, Status.AANDACHT: 1, Status.INFO: 2, Status.OK: 3}


def _n(een: str, meer: str, aantal: int) -> str:
    """Pick the singular or the plural (both already translated: '1 kind' / '%n kinderen') and fill in the count."""
    return (een if aantal == 1 else meer).replace("%n", str(aantal))


@dataclass(frozen=True, slots=True)
class Brandpunt:
    """One "is something burning?" item: always an icon and a sentence, the colour only adds to them."""

    status: Status
    icoon: str
    tekst: str


@dataclass(frozen=True, slots=True)
class KaartTekst:
    html: str  # rich text for the card body
    voorlezen: str  # the same as plain sentences, for screen readers


def open_signalen(kb: Klantbeeld) -> list:
    if kb.signalen is None:
        return []
    open_ = [s for s in kb.signalen if s.status in (SignaalStatus.NIEUW, SignaalStatus.IN_BEHANDELING)]
    return sorted(open_, key=lambda s: (_ERNST_VOLGORDE[signaal_status(s.ernst)], -s.ontstaan_op.timestamp()))


def open_taken(kb: Klantbeeld) -> list:
    return sorted((t for t in kb.taken if t.status == TaakStatus.OPEN), key=lambda t: (t.vervaldatum, t.id))


def huishouden_regel(kb: Klantbeeld) -> list[str]:
    """The household in a few parts: 'partner Youssef El Amrani (sinds 03-2019)', '2 kinderen (9, 14)', ..."""
    delen: list[str] = []
    if kb.beperkt:
        delen.append(translate("Klantbeeld", "huishouden: niet beschikbaar voor uw rol"))
    else:
        partner = kb.huidige_partner
        if partner is not None:
            tekst = (
                translate("Klantbeeld", "partner %1 (sinds %2)")
                .replace("%1", partner.partner.naam)
                .replace("%2", partner.begin.strftime("%m-%Y"))
            )
            if partner.uit_buitenland:
                tekst += " · " + translate("Klantbeeld", "uit buitenland")
            delen.append(tekst)
        else:
            delen.append(translate("Klantbeeld", "geen toeslagpartner"))
        kinderen = [k for k in kb.kinderen if k.thuiswonend]
        if kinderen:
            leeftijden = ", ".join(str(leeftijd(k.geboortedatum, kb.peildatum)) for k in kinderen)
            delen.append(
                _n(translate("Klantbeeld", "1 kind"), translate("Klantbeeld", "%n kinderen"), len(kinderen))
                + f" ({leeftijden})"
            )
        medebewoners = [m for m in kb.medebewoners if m.einde is None or m.einde >= kb.peildatum]
        if medebewoners:
            delen.append(
                _n(
                    translate("Klantbeeld", "1 medebewoner"),
                    translate("Klantbeeld", "%n medebewoners"),
                    len(medebewoners),
                )
            )
    traject = kb.actief_traject
    if traject is not None and traject.begeleider:
        delen.append(translate("Klantbeeld", "begeleider: %1").replace("%1", traject.begeleider))
    return delen


def brandpunten(kb: Klantbeeld, vandaag: dt.date) -> list[Brandpunt]:
    """The second header line: what needs attention now, most urgent first."""
    punten: list[Brandpunt] = []
    if kb.burger.overleden_op is not None:
        punten.append(
            Brandpunt(
                Status.URGENT,
                "info",
                translate("Klantbeeld", "overleden op %1").replace("%1", formaat.datum(kb.burger.overleden_op)),
            )
        )
    signalen = open_signalen(kb)
    for s in signalen:
        if s.type == SignaalType.HOGE_TERUGVORDERING:
            bedrag = (s.gegevens or {}).get("bedrag")
            tekst = label(SignaalType, s.type)
            if bedrag is not None:
                with contextlib.suppress(ArithmeticError):
                    tekst += " (± " + formaat.euro_heel(Decimal(str(bedrag))) + ")"
            punten.append(Brandpunt(signaal_status(s.ernst), "waarschuwing", tekst))
            break
    if signalen:
        punten.append(
            Brandpunt(
                signaal_status(signalen[0].ernst),
                "signaal",
                _n(
                    translate("Klantbeeld", "1 open signaal"),
                    translate("Klantbeeld", "%n open signalen"),
                    len(signalen),
                ),
            )
        )
    open_v = kb.open_vorderingen
    if open_v:
        aanmaning = [v for v in open_v if v.status in (VorderingStatus.AANMANING, VorderingStatus.DWANG)]
        tekst = _n(
            translate("Klantbeeld", "1 open vordering"), translate("Klantbeeld", "%n open vorderingen"), len(open_v)
        )
        tekst += ", " + formaat.euro(kb.open_schuld)
        if aanmaning:
            tekst += " · " + _n(
                translate("Klantbeeld", "1 in aanmaning"), translate("Klantbeeld", "%n in aanmaning"), len(aanmaning)
            )
        punten.append(Brandpunt(Status.URGENT if aanmaning else Status.AANDACHT, "vordering", tekst))
    regeling = kb.actieve_regeling
    if regeling is not None:
        gemist = [t for t in regeling.termijnen if t.status == TermijnStatus.GEMIST]
        if gemist:
            punten.append(
                Brandpunt(
                    Status.URGENT,
                    "regeling",
                    _n(
                        translate("Klantbeeld", "1 termijn van de betalingsregeling gemist"),
                        translate("Klantbeeld", "%n termijnen van de betalingsregeling gemist"),
                        len(gemist),
                    ),
                )
            )
    taken = open_taken(kb)
    te_laat = [t for t in taken if t.vervaldatum < vandaag]
    vandaag_taken = [t for t in taken if t.vervaldatum == vandaag]
    if te_laat:
        punten.append(
            Brandpunt(
                Status.URGENT,
                "klok",
                _n(
                    translate("Klantbeeld", "1 taak te laat"), translate("Klantbeeld", "%n taken te laat"), len(te_laat)
                ),
            )
        )
    elif vandaag_taken:
        punten.append(
            Brandpunt(
                Status.AANDACHT,
                "taak",
                _n(
                    translate("Klantbeeld", "1 taak voor vandaag"),
                    translate("Klantbeeld", "%n taken voor vandaag"),
                    len(vandaag_taken),
                ),
            )
        )
    traject = kb.actief_traject
    if traject is not None and traject.status == TrajectStatus.AANGEMELD and traject.eerste_contact_op is None:
        dagen = (traject.intake_uiterlijk - vandaag).days
        status = Status.URGENT if dagen < 0 else Status.AANDACHT
        punten.append(
            Brandpunt(
                status,
                "begeleider",
                translate("Klantbeeld", "eerste contact begeleiding uiterlijk %1 (%2)")
                .replace("%1", formaat.datum(traject.intake_uiterlijk))
                .replace("%2", formaat.relatieve_dagen(dagen)),
            )
        )
    if kb.kwetsbaarheden:
        geldig = [k for k in kb.kwetsbaarheden if k.geldig_tot is None or k.geldig_tot >= vandaag]
        for k in geldig[:2]:
            punten.append(Brandpunt(Status.INFO, "info", translate("Klantbeeld", "let op: %1").replace("%1", k.soort)))
    if kb.burger.communicatiebehoefte:
        punten.append(Brandpunt(Status.INFO, "uitleg", kb.burger.communicatiebehoefte))
    if kb.contacten:
        laatste = max(kb.contacten, key=lambda c: c.moment)
        punten.append(
            Brandpunt(
                Status.INFO,
                "telefoon",
                translate("Klantbeeld", "laatste contact %1").replace(
                    "%1", formaat.datum(laatste.moment.astimezone().date())
                ),
            )
        )
    else:
        punten.append(Brandpunt(Status.INFO, "telefoon", translate("Klantbeeld", "nog geen contact geregistreerd")))
    return punten


def _tabel(rijen: list[tuple[str, str]]) -> str:
    cellen = "".join(
        f"<tr><td style='padding-right:10px'>{html.escape(a)}</td>"
        f"<td align='right' style='white-space:nowrap'>{html.escape(b)}</td></tr>"
        for a, b in rijen
    )
    return f"<table cellspacing='0' cellpadding='1'>{cellen}</table>"


def _p(tekst: str, zacht: bool = False) -> str:
    stijl = " class='zacht'" if zacht else ""
    return f"<div{stijl}>{html.escape(tekst)}</div>"


def kaart_toeslagen(kb: Klantbeeld) -> KaartTekst:
    lopend = sorted(kb.lopende_toeslagen, key=lambda t: t.regeling.value)
    if not lopend:
        tekst = translate("Klantbeeld", "Geen lopende toeslagen in %1.").replace("%1", str(kb.peildatum.year))
        return KaartTekst(_p(tekst, zacht=True), tekst)
    per_maand = translate("Klantbeeld", "/mnd")
    rijen = [(t.regeling.afkorting, f"{formaat.euro_heel(t.voorschot_maand)} {per_maand}") for t in lopend]
    totaal = sum((t.voorschot_maand for t in lopend), Decimal(0))
    inhoud = _tabel(rijen)
    if len(lopend) > 1:
        inhoud += _p(translate("Klantbeeld", "samen %1 per maand").replace("%1", formaat.euro_heel(totaal)), zacht=True)
    voorlezen = "; ".join(
        f"{t.regeling.label}: {formaat.euro_heel(t.voorschot_maand)} " + translate("Klantbeeld", "per maand")
        for t in lopend
    )
    return KaartTekst(inhoud, voorlezen)


def kaart_openstaand(kb: Klantbeeld) -> KaartTekst:
    open_v = sorted(kb.open_vorderingen, key=lambda v: v.totaal_open, reverse=True)
    if not open_v:
        tekst = translate("Klantbeeld", "Geen open vorderingen.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    totaal = formaat.euro(kb.open_schuld)
    kop = f"<div style='font-weight:600; font-size:large'>{html.escape(totaal)}</div>"
    if kb.beperkt:
        aantal = _n(translate("Klantbeeld", "1 vordering"), translate("Klantbeeld", "%n vorderingen"), len(open_v))
        return KaartTekst(kop + _p(aantal, zacht=True), f"{totaal}, {aantal}")
    rijen = [
        (f"{v.regeling.afkorting} {v.jaar} · {label(VorderingStatus, v.status)}", formaat.euro(v.totaal_open))
        for v in open_v[:4]
    ]
    inhoud = kop + _tabel(rijen)
    if len(open_v) > 4:
        inhoud += _p(
            translate("Klantbeeld", "en nog %1 (zie Vorderingen & regelingen)").replace("%1", str(len(open_v) - 4)),
            zacht=True,
        )
    voorlezen = translate("Klantbeeld", "Totaal open %1: ").replace("%1", totaal) + "; ".join(
        f"{a} {b}" for a, b in rijen
    )
    return KaartTekst(inhoud, voorlezen)


def kaart_regeling(kb: Klantbeeld) -> KaartTekst:
    regeling = kb.actieve_regeling
    if regeling is None:
        voorstel = [r for r in kb.regelingen if r.status in (RegelingStatus.VOORSTEL, RegelingStatus.TER_BEOORDELING)]
        tekst = translate("Klantbeeld", "Geen actieve betalingsregeling.")
        if voorstel:
            tekst += " " + translate("Klantbeeld", "Er is een voorstel: %1.").replace(
                "%1", label(RegelingStatus, voorstel[0].status)
            )
        return KaartTekst(_p(tekst, zacht=True), tekst)
    regels = [
        f"{label(RegelingSoort, regeling.soort)}, {label(RegelingStatus, regeling.status)}",
        translate("Klantbeeld", "%1 per maand, %2 van %3 betaald")
        .replace("%1", formaat.euro(regeling.termijnbedrag))
        .replace("%2", str(regeling.betaald_aantal))
        .replace("%3", str(regeling.aantal_termijnen)),
    ]
    volgende = regeling.volgende_termijn()
    if volgende is not None:
        regels.append(
            translate("Klantbeeld", "volgende termijn: %1").replace(
                "%1", formaat.datum(volgende.nieuwe_vervaldatum or volgende.vervaldatum)
            )
        )
    if regeling.pauze_tot is not None and regeling.status == RegelingStatus.GEPAUZEERD:
        regels.append(translate("Klantbeeld", "gepauzeerd tot %1").replace("%1", formaat.datum(regeling.pauze_tot)))
    return KaartTekst("".join(_p(r) for r in regels), "; ".join(regels))


def kaart_signalen(kb: Klantbeeld) -> KaartTekst:
    if kb.signalen is None:
        tekst = translate("Klantbeeld", "Niet beschikbaar voor uw rol.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    signalen = open_signalen(kb)
    if not signalen:
        tekst = translate("Klantbeeld", "Geen open signalen.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    regels = [f"{label(SignaalType, s.type)} ({s.ernst})" for s in signalen[:4]]
    if len(signalen) > 4:
        regels.append(translate("Klantbeeld", "en nog %1").replace("%1", str(len(signalen) - 4)))
    return KaartTekst("".join(_p(r) for r in regels), "; ".join(regels))


def kaart_begeleiding(kb: Klantbeeld, vandaag: dt.date) -> KaartTekst:
    regels: list[str] = []
    traject = kb.actief_traject
    if traject is not None:
        wie = traject.begeleider or translate("Klantbeeld", "nog niet toegewezen")
        regels.append(translate("Klantbeeld", "Begeleider: %1").replace("%1", wie))
        regels.append(translate("Klantbeeld", "Begeleiding: %1").replace("%1", label(TrajectStatus, traject.status)))
    taken = open_taken(kb)
    rijen = [
        (t.omschrijving or label(TaakSoort, t.soort), formaat.relatieve_dagen((t.vervaldatum - vandaag).days))
        for t in taken[:3]
    ]
    if not regels and not rijen:
        tekst = translate("Klantbeeld", "Geen persoonlijke begeleiding en geen open taken.")
        return KaartTekst(_p(tekst, zacht=True), tekst)
    inhoud = "".join(_p(r) for r in regels)
    if rijen:
        inhoud += _tabel(rijen)
    else:
        inhoud += _p(translate("Klantbeeld", "Geen open taken."), zacht=True)
    voorlezen = "; ".join(regels + [f"{a}, {b}" for a, b in rijen])
    return KaartTekst(inhoud, voorlezen)


def kaarten(kb: Klantbeeld, vandaag: dt.date) -> dict[str, KaartTekst]:
    return {
        "toeslagen": kaart_toeslagen(kb),
        "openstaand": kaart_openstaand(kb),
        "regeling": kaart_regeling(kb),
        "signalen": kaart_signalen(kb),
        "begeleiding": kaart_begeleiding(kb, vandaag),
    }
