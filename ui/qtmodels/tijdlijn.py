"""The klantbeeld timeline: contacts, decisions, payments and letters as one list, newest first.

What belongs here: `TijdlijnItem` (one entry, built from a row snapshot), `tijdlijn_items()` which merges the
parts of a `Klantbeeld` into entries, and `TijdlijnModel` for the table. Filtering by kind and free text is done
by `RijenProxy` with a predicate on `TijdlijnItem.soort`.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from models.domain import BeschikkingSoort, BetalingSoort, DocumentSoort
from models.store.rows import BeschikkingRow, BetalingRow, ContactRow, DocumentRow, Klantbeeld
from ui import opmaak as formaat
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import kanaal_icoon, label, saldo_tekst

translate = QCoreApplication.translate

__all__ = ["TijdlijnItem", "TijdlijnModel", "TijdlijnSoort", "tijdlijn_items"]


class TijdlijnSoort(enum.StrEnum):
    CONTACT = "contact"
    BESCHIKKING = "beschikking"
    BETALING = "betaling"
    BRIEF = "brief"

    @property
    def label(self) -> str:
        return {
            TijdlijnSoort.CONTACT: translate("Tijdlijn", "Contact"),
            TijdlijnSoort.BESCHIKKING: translate("Tijdlijn", "Beschikking"),
            TijdlijnSoort.BETALING: translate("Tijdlijn", "Betaling"),
            TijdlijnSoort.BRIEF: translate("Tijdlijn", "Brief"),
        }[self]


Bron = ContactRow | BeschikkingRow | BetalingRow | DocumentRow


@dataclass(frozen=True, slots=True)
class TijdlijnItem:
    soort: TijdlijnSoort
    datum: dt.date
    volgorde: tuple[dt.date, int, int]  # sort key: date, moment of day, id
    titel: str
    bedrag: Decimal | None
    door: str | None
    icoon: str
    bron: Bron

    @property
    def detail(self) -> str:
        """The full text of the entry (made when it is shown or searched, not for every entry on every load)."""
        return _detail(self.bron)


def _detail(bron: Bron) -> str:
    if isinstance(bron, ContactRow):
        delen = [bron.samenvatting]
        if bron.afspraken:
            delen.append(translate("Tijdlijn", "Afspraken: ") + bron.afspraken)
        if bron.opgelost_in_eerste_contact:
            delen.append(translate("Tijdlijn", "Opgelost in het eerste contact."))
        return "\n".join(delen)
    if isinstance(bron, BeschikkingRow):
        regels = [
            translate("Tijdlijn", "Kenmerk: ") + bron.kenmerk,
            translate("Tijdlijn", "Bezwaar mogelijk tot en met ") + formaat.datum(bron.bezwaar_uiterlijk),
        ]
        if bron.maandbedrag is not None:
            regels.append(translate("Tijdlijn", "Voorschot per maand: ") + formaat.euro_heel(bron.maandbedrag))
        if bron.saldo is not None:
            regels.append(translate("Tijdlijn", "Uitkomst: ") + saldo_tekst(bron.saldo))
        return "\n".join(regels)
    if isinstance(bron, BetalingRow):
        return f"{label(BetalingSoort, bron.soort)}: {formaat.euro(bron.bedrag)}"
    verzonden = formaat.datum(bron.verzonden_op) if bron.verzonden_op else translate("Tijdlijn", "niet verzonden")
    return translate("Tijdlijn", "Kenmerk: ") + bron.kenmerk + "\n" + translate("Tijdlijn", "Verzonden: ") + verzonden


def _titel(soort: str, omschrijving: str) -> str:
    """'Voorschot — Voorschot zorgtoeslag 10-2026' says the same twice: then the description alone."""
    if not omschrijving or omschrijving.casefold().startswith(soort.casefold()):
        return omschrijving or soort
    return f"{soort} — {omschrijving}"


def _contact(c: ContactRow) -> TijdlijnItem:
    lokaal = c.moment.astimezone()
    richting = translate("Tijdlijn", "inkomend") if c.richting == "inkomend" else translate("Tijdlijn", "uitgaand")
    return TijdlijnItem(
        soort=TijdlijnSoort.CONTACT,
        datum=lokaal.date(),
        volgorde=(lokaal.date(), lokaal.hour * 3600 + lokaal.minute * 60 + lokaal.second, c.id),
        titel=f"{c.kanaal.label} ({richting}) — {c.onderwerp}",
        bedrag=None,
        door=c.medewerker,
        icoon=kanaal_icoon(c.kanaal),
        bron=c,
    )


def _beschikking(b: BeschikkingRow) -> TijdlijnItem:
    return TijdlijnItem(
        soort=TijdlijnSoort.BESCHIKKING,
        datum=b.datum,
        volgorde=(b.datum, 86_000, b.id),
        titel=_titel(label(BeschikkingSoort, b.soort), b.omschrijving),
        bedrag=b.bedrag,
        door=None,
        icoon="beschikking",
        bron=b,
    )


def _betaling(b: BetalingRow) -> TijdlijnItem:
    return TijdlijnItem(
        soort=TijdlijnSoort.BETALING,
        datum=b.datum,
        volgorde=(b.datum, 0, b.id),
        titel=_titel(label(BetalingSoort, b.soort), b.omschrijving),
        bedrag=b.bedrag,
        door=None,
        icoon="euro",
        bron=b,
    )


def _brief(d: DocumentRow) -> TijdlijnItem:
    return TijdlijnItem(
        soort=TijdlijnSoort.BRIEF,
        datum=d.datum,
        volgorde=(d.datum, 86_300, d.id),
        titel=_titel(label(DocumentSoort, d.soort), d.titel),
        bedrag=None,
        door=None,
        icoon="brief",
        bron=d,
    )


def tijdlijn_items(kb: Klantbeeld) -> list[TijdlijnItem]:
    """All entries of a klantbeeld, newest first."""
    items = [_contact(c) for c in kb.contacten]
    items += [_beschikking(b) for b in kb.beschikkingen]
    items += [_betaling(b) for b in kb.betalingen]
    items += [_brief(d) for d in kb.documenten]
    items.sort(key=lambda i: i.volgorde, reverse=True)
    return items


class TijdlijnModel(RijenModel[TijdlijnItem]):
    DATUM, SOORT, OMSCHRIJVING, BEDRAG, DOOR = range(5)

    def __init__(self, icoon_kleur: str) -> None:
        self._icoon_kleur = icoon_kleur
        super().__init__()

    def _kolommen(self) -> list[Kolom[TijdlijnItem]]:
        return [
            Kolom(self.tr("Datum"), lambda i: formaat.datum(i.datum), sorteer=lambda i: i.volgorde),
            Kolom(
                self.tr("Soort"),
                lambda i: i.soort.label,
                icoon=self._icoon,
                sorteer=lambda i: (i.soort.label, i.volgorde),
            ),
            Kolom(self.tr("Omschrijving"), lambda i: i.titel, tooltip=lambda i: i.detail),
            Kolom(
                self.tr("Bedrag"),
                lambda i: formaat.euro(i.bedrag) if i.bedrag is not None else "",
                bedrag=True,
                sorteer=lambda i: leeg_laatst(i.bedrag),
            ),
            Kolom(self.tr("Door"), lambda i: i.door or "", sorteer=lambda i: leeg_laatst(i.door)),
        ]

    def _zoekbare_tekst(self, rij: TijdlijnItem) -> str:
        return super()._zoekbare_tekst(rij) + " " + rij.detail

    def _icoon(self, item: TijdlijnItem) -> QIcon:
        return icon(item.icoon, self._icoon_kleur)
