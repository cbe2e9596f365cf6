"""`werkplek-signalen`: run the signal engine over a whole store from the command line.

What belongs here: argument parsing, the tqdm progress bar, Ctrl+C as a clean stop (blocks already stored
stay stored; a rerun completes the rest without duplicates), and the summary table of signals per type.

Usage::

    werkplek-signalen --database sqlite:////pad/werkplek.sqlite [--peildatum 2026-11-27] [--processen 2]
                      [--medewerker gebruikersnaam]

Without `--peildatum` the run looks from today. With `--medewerker` the run is recorded in the audit trail in
that staff member's name, who must be allowed to run signals (supervisor); without it, as a system run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType

from tqdm import tqdm

from models.domain import SignaalType
from models.services.signalen import STANDAARD_BLOKGROOTTE, draai_signalen
from models.store.engine import maak_engine
from models.store.fouten import OpslagFout
from models.store.medewerkers import MedewerkerRepository
from models.store.opslag import Opslag
from models.store.rows_begeleiding import Signaalrapport
from models.store.toegang import Bevoegdheid, eis

__all__ = ["main", "samenvatting"]


def _datum(tekst: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen datum (JJJJ-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="werkplek-signalen",
        description="Draai de signaalregels van persoonlijke begeleiding over de hele opslag en bewaar nieuwe "
        "signalen (een signaal dat al bestaat wordt niet opnieuw gemaakt).",
    )
    p.add_argument(
        "--database", required=True, help="opslag-URL, bijv. sqlite:////pad/werkplek.sqlite of postgresql://…"
    )
    p.add_argument("--peildatum", type=_datum, help="de dag waarvanuit gekeken wordt (JJJJ-MM-DD; standaard vandaag)")
    p.add_argument(
        "--processen",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="werkprocessen voor lezen en beoordelen (standaard: %(default)s)",
    )
    p.add_argument("--blokgrootte", type=int, default=STANDAARD_BLOKGROOTTE, help="burger-ids per blok")
    p.add_argument("--medewerker", help="gebruikersnaam van de supervisor op wiens naam de run in de audittrail komt")
    return p


def samenvatting(rapport: Signaalrapport) -> str:
    """The summary table printed at the end: per signal type the new and already-known signals."""
    breedte = max(len(t.label) for t in SignaalType)
    regels = [f"{'signaaltype'.ljust(breedte)}  {'nieuw':>9}  {'al bekend':>9}", "-" * (breedte + 22)]
    for t in SignaalType:
        regels.append(f"{t.label.ljust(breedte)}  {rapport.nieuw.get(t, 0):>9,}  {rapport.al_bekend.get(t, 0):>9,}")
    regels.append("-" * (breedte + 22))
    regels.append(f"{'totaal'.ljust(breedte)}  {rapport.totaal_nieuw:>9,}  {sum(rapport.al_bekend.values()):>9,}")
    snelheid = rapport.huishoudens / rapport.duur_seconden if rapport.duur_seconden else 0.0
    regels.append("")
    regels.append(
        f"{rapport.huishoudens:,} burgers beoordeeld op {rapport.peildatum:%d-%m-%Y} in {rapport.duur_seconden:.1f} s "
        f"({snelheid:,.0f} per seconde); drempels {rapport.drempels}."
    )
    if rapport.afgebroken:
        regels.append("Afgebroken: de opgeslagen blokken blijven bewaard; draai opnieuw om de rest te doen.")
    return "\n".join(regels).replace(",", ".")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `werkplek-signalen`. Returns the exit code (0 ok, 1 store error, 130 stopped)."""
    args = _parser().parse_args(argv)
    peildatum = args.peildatum or dt.date.today()  # noqa: DTZ011 - the operator's calendar day
    opslag = Opslag(maak_engine(args.database))
    gestopt = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal gestopt
        gestopt = True

    vorige = signal.signal(signal.SIGINT, stop)
    try:
        medewerker_id = None
        if args.medewerker:
            actor = MedewerkerRepository(opslag).op_gebruikersnaam(args.medewerker)
            eis(actor.rol, Bevoegdheid.SIGNALEN_DRAAIEN)
            medewerker_id = actor.id
        with tqdm(total=0, unit=" burgers", dynamic_ncols=True, desc="Signalen") as balk:

            def voortgang(gedaan: int, totaal: int) -> None:
                balk.total = totaal
                balk.update(gedaan - balk.n)

            rapport = draai_signalen(
                opslag,
                peildatum=peildatum,
                medewerker_id=medewerker_id,
                voortgang=voortgang,
                afgebroken=lambda: gestopt,
                processen=max(1, args.processen),
                blokgrootte=max(1, args.blokgrootte),
            )
    except OpslagFout as fout:
        print(f"werkplek-signalen: {fout.melding}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, vorige)
        opslag.engine.dispose()
    print(samenvatting(rapport))
    return 130 if rapport.afgebroken else 0


if __name__ == "__main__":
    sys.exit(main())
