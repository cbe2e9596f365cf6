"""The documents table: letters and overviews sent to the citizen."""

from __future__ import annotations

from models.domain import DocumentSoort
from models.store.rows import DocumentRow
from ui import opmaak as formaat
from ui.qtmodels.basis import Kolom, RijenModel, leeg_laatst
from ui.resources import icon
from ui.weergave import label

__all__ = ["DocumentModel"]


class DocumentModel(RijenModel[DocumentRow]):
    def _kolommen(self) -> list[Kolom[DocumentRow]]:
        return [
            Kolom(self.tr("Datum"), lambda r: formaat.datum(r.datum), sorteer=lambda r: (r.datum, r.id)),
            Kolom(self.tr("Soort"), lambda r: label(DocumentSoort, r.soort), icoon=lambda r: icon("document")),
            Kolom(self.tr("Titel"), lambda r: r.titel),
            Kolom(self.tr("Kenmerk"), lambda r: r.kenmerk),
            Kolom(
                self.tr("Taal"), lambda r: {"nl": self.tr("Nederlands"), "en": self.tr("Engels")}.get(r.taal, r.taal)
            ),
            Kolom(
                self.tr("Verzonden"),
                lambda r: formaat.datum(r.verzonden_op) if r.verzonden_op else self.tr("niet verzonden"),
                sorteer=lambda r: leeg_laatst(r.verzonden_op),
            ),
        ]
