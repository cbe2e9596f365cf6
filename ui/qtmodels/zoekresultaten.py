"""The search results table: who was found, with a masked BSN."""

from __future__ import annotations

from models.store.rows import ZoekResultaat
from ui import opmaak as formaat
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.weergave import bsn_gemaskeerd, bsn_voorlezen

__all__ = ["ZoekresultaatModel"]


class ZoekresultaatModel(RijenModel[ZoekResultaat]):
    NAAM, BSN, GEBOORTEDATUM, ADRES, BEGELEIDER = range(5)

    def _kolommen(self) -> list[Kolom[ZoekResultaat]]:
        return [
            Kolom(self.tr("Naam"), lambda r: r.naam),
            Kolom(
                self.tr("BSN"),
                lambda r: bsn_gemaskeerd(r.bsn),
                sorteer=lambda r: r.bsn[-4:],
                toegankelijk=lambda r: bsn_voorlezen(r.bsn),
            ),
            Kolom(
                self.tr("Geboortedatum"), lambda r: formaat.datum(r.geboortedatum), sorteer=lambda r: r.geboortedatum
            ),
            Kolom(self.tr("Adres"), lambda r: r.adres),
            Kolom(
                self.tr("Begeleider"),
                lambda r: r.begeleider or "–",
                sorteer=lambda r: leeg_laatst(r.begeleider.casefold() if r.begeleider else None),
            ),
        ]
