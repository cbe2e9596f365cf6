"""The supervisor dashboard as the UI sees it: the `Dashboard` Protocol, importable without sqlalchemy.

What belongs here: the Protocol that `models.store.kpi.KpiRepository` implements and the dashboard view calls.
Only roles with `Bevoegdheid.DASHBOARD` (supervisor, kwaliteitsmedewerker) may call it; the repository refuses
everyone else. Every call belongs on the TaskRunner's worker thread.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from models.store.rows import MedewerkerRow
from models.store.rows_kpi import Dashboardcijfers, Drilllijst, KpiSleutel

__all__ = ["Dashboard"]


class Dashboard(Protocol):
    """The agency's KPIs as far as the store can compute them, with a monthly trend and the cases behind them.

    Raises (every method):
        GeenToegang: the role may not read the dashboard.
    """

    def cijfers(self, actor: MedewerkerRow, peildatum: dt.date) -> Dashboardcijfers:
        """Every KPI over the twelve calendar months up to and including `peildatum` (the last month runs to
        `peildatum`), each with its trend per month."""
        ...

    def drilldown(
        self, actor: MedewerkerRow, sleutel: KpiSleutel, peildatum: dt.date, *, maand: dt.date | None = None
    ) -> Drilllijst:
        """The cases behind one KPI over the same period, or behind one month of its trend (`maand`: any day of
        that month)."""
        ...
