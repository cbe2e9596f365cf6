"""Row dataclasses of the balie (counter) use cases: what the balie screen and the printed overview receive.

What belongs here: frozen, plain dataclasses without ORM objects — the identified citizen's restricted picture
(`Baliebeeld`), the contact route to their begeleider (`Contactroute`) and a stored overview
(`Overzichtdocument`). The repository that fills them is `models.store.balie.BalieRepository`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.store.rows import DocumentRow, Klantbeeld

__all__ = ["Baliebeeld", "Contactroute", "Overzichtdocument"]


@dataclass(frozen=True, slots=True)
class Contactroute:
    """Who guides this citizen and how the counter reaches them (or: referred, waiting for a begeleider).

    Attributes:
        naam / team / telefoon: the begeleider of the open traject; None while the traject has no begeleider yet.
        status: the traject status (aangemeld, intake, actief).
        aangemeld_op: when the traject was registered.
    """

    naam: str | None
    team: str | None
    telefoon: str | None
    status: str
    aangemeld_op: dt.date

    @property
    def toegewezen(self) -> bool:
        return self.naam is not None


@dataclass(frozen=True, slots=True)
class Baliebeeld:
    """A citizen identified at the counter: the restricted klantbeeld and the contact route to the begeleider.

    `klantbeeld.beperkt` is True for the balie role: notes, signals, vulnerability, partners and housemates were
    not read at all. `reden_bezoek` is what was logged as the reason of the visit.
    """

    klantbeeld: Klantbeeld
    begeleider: Contactroute | None
    reden_bezoek: str


@dataclass(frozen=True, slots=True)
class Overzichtdocument:
    """The printed overview, stored on the citizen's record: the document row and the PDF bytes."""

    document: DocumentRow
    pdf: bytes
