"""How domain values look on screen: labels, status kinds, icons, masked BSN, ages and settlement words.

What belongs here: small pure helpers shared by models, views and dialogs that turn stored values into what a
caseworker reads (`Rol.label`, "terugvordering € 250,00", "42 jr"), and which status colour/icon a stored status
gets. Money and dates are formatted only through `models.formaat` (UI.md "Formats").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from models.domain import (
    Contactkanaal,
    Ernst,
    RegelingStatus,
    TermijnStatus,
    VorderingStatus,
)
from models.store.rows import leeftijd
from models.validatie import masker_bsn
from ui import opmaak as formaat
from ui.palet import Status

translate = QCoreApplication.translate

__all__ = [
    "bsn_gemaskeerd",
    "bsn_voorlezen",
    "kanaal_icoon",
    "label",
    "leeftijd_tekst",
    "regeling_status",
    "saldo_tekst",
    "saldo_woord",
    "signaal_status",
    "termijn_status",
    "vordering_status",
]


def label(soort: type[StrEnum], waarde: str | None) -> str:
    """The Dutch label of a stored enum value; the value itself when it is unknown (never an exception)."""
    if waarde is None:
        return "–"
    try:
        return str(soort(waarde).label)  # type: ignore[attr-defined]
    except (ValueError, AttributeError):
        return waarde.replace("_", " ")


def bsn_gemaskeerd(bsn: str) -> str:
    """`*****6782`: only the last four digits (UI.md "Formats")."""
    return masker_bsn(bsn)


def bsn_voorlezen(bsn: str) -> str:
    """What a screen reader says for a masked BSN: 'BSN eindigend op 6 7 8 2'."""
    return translate("Weergave", "BSN eindigend op") + " " + " ".join(bsn[-4:])


def leeftijd_tekst(geboortedatum: dt.date, op: dt.date) -> str:
    return translate("Weergave", "%1 jr").replace("%1", str(leeftijd(geboortedatum, op)))


def saldo_woord(saldo: Decimal | None) -> str:
    """'nabetaling', 'terugvordering' or '' for a settlement saldo (+ back-payment, − recovery)."""
    if saldo is None or saldo == 0:
        return ""
    return translate("Weergave", "nabetaling") if saldo > 0 else translate("Weergave", "terugvordering")


def saldo_tekst(saldo: Decimal | None) -> str:
    """`terugvordering € 250,00` / `nabetaling € 120,00` / `geen verschil`; `–` when not yet settled."""
    if saldo is None:
        return "–"
    if saldo == 0:
        return translate("Weergave", "geen verschil")
    return f"{saldo_woord(saldo)} {formaat.euro(abs(saldo))}"


def vordering_status(status: str) -> Status:
    return {
        VorderingStatus.OPEN: Status.AANDACHT,
        VorderingStatus.IN_REGELING: Status.INFO,
        VorderingStatus.AANMANING: Status.URGENT,
        VorderingStatus.DWANG: Status.URGENT,
        VorderingStatus.VERREKEND: Status.OK,
        VorderingStatus.AFGELOST: Status.OK,
        VorderingStatus.NIET_INVORDERBAAR: Status.INFO,
    }.get(status, Status.INFO)  # type: ignore[call-overload]


def termijn_status(status: str) -> Status:
    return {
        TermijnStatus.BETAALD: Status.OK,
        TermijnStatus.OPEN: Status.INFO,
        TermijnStatus.DEELS_BETAALD: Status.AANDACHT,
        TermijnStatus.HERINNERD: Status.AANDACHT,
        TermijnStatus.GEMIST: Status.URGENT,
        TermijnStatus.GEPAUZEERD: Status.INFO,
    }.get(status, Status.INFO)  # type: ignore[call-overload]


def regeling_status(status: str) -> Status:
    return {
        RegelingStatus.ACTIEF: Status.OK,
        RegelingStatus.AFGELOST: Status.OK,
        RegelingStatus.GEPAUZEERD: Status.AANDACHT,
        RegelingStatus.VOORSTEL: Status.INFO,
        RegelingStatus.TER_BEOORDELING: Status.INFO,
        RegelingStatus.VERVALLEN: Status.URGENT,
        RegelingStatus.GESTOPT: Status.INFO,
        RegelingStatus.AFGEWEZEN: Status.INFO,
    }.get(status, Status.INFO)  # type: ignore[call-overload]


def signaal_status(ernst: str) -> Status:
    return {Ernst.URGENT: Status.URGENT, Ernst.AANDACHT: Status.AANDACHT, Ernst.INFO: Status.INFO}.get(
        ernst,
        Status.INFO,  # type: ignore[call-overload]
    )


def kanaal_icoon(kanaal: Contactkanaal) -> str:
    return {
        Contactkanaal.TELEFOON: "telefoon",
        Contactkanaal.BALIE: "balie",
        Contactkanaal.BRIEF: "brief",
        Contactkanaal.EMAIL: "email",
        Contactkanaal.VIDEO: "video",
        Contactkanaal.BEZOEK: "huishouden",
        Contactkanaal.CHAT: "chat",
    }.get(kanaal, "chat")


STATUS_ICOON: dict[Status, str] = {
    Status.OK: "ok",
    Status.AANDACHT: "waarschuwing",
    Status.URGENT: "fout",
    Status.INFO: "info",
}
