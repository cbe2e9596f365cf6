"""`werkplek-demo`: create a store with N synthetic households, with a progress bar and a summary.

What belongs here: the command line (argparse, Dutch help), the progress bar (tqdm), Ctrl+C handling (the run
is cancelled cleanly: what was loaded is removed again) and the exit codes: 0 done, 2 bad arguments or a store
that already holds citizens, 130 cancelled.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path
from types import FrameType

__all__ = ["main"]

_STANDAARD_BESTAND = "werkplek-demo.sqlite"


def _positief(tekst: str) -> int:
    try:
        waarde = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal") from None
    if waarde < 1:
        raise argparse.ArgumentTypeError("moet 1 of meer zijn")
    return waarde


def _niet_negatief(tekst: str) -> int:
    try:
        waarde = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is geen geheel getal") from None
    if waarde < 0:
        raise argparse.ArgumentTypeError("mag niet negatief zijn")
    return waarde


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="werkplek-demo",
        description="Vul een opslag met een synthetische, realistische demopopulatie (dezelfde seed geeft "
        "dezelfde gegevens).",
    )
    parser.add_argument(
        "--households",
        "--huishoudens",
        dest="huishoudens",
        type=_positief,
        default=3000,
        help="aantal huishoudens (standaard 3000)",
    )
    parser.add_argument(
        "--database",
        default=None,
        help="database-URL, bijvoorbeeld sqlite:///pad/werkplek.sqlite of postgresql://postgres@host:5432/db "
        f"(standaard: het bestand {_STANDAARD_BESTAND} in de huidige map)",
    )
    parser.add_argument(
        "--seed", type=_niet_negatief, default=2026, help="seed van de toevalsgenerator (standaard 2026)"
    )
    parser.add_argument(
        "--processen",
        type=_positief,
        default=None,
        help="aantal werkprocessen (standaard: 1 onder 20.000 huishoudens, anders 2)",
    )
    parser.add_argument(
        "--zonder-signalen",
        action="store_true",
        help="de signaalregels niet draaien na het vullen (standaard draaien ze één keer, op de peildatum van de demo)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Imported after the arguments are checked: a usage error answers at once.
    from tqdm import tqdm

    from models.demo.generator import PEILDATUM, DemoAfgebroken, DemoFout, genereer
    from models.store.engine import maak_engine, sqlite_url

    url = args.database or sqlite_url(Path.cwd() / _STANDAARD_BESTAND)
    try:
        engine = maak_engine(url)
    except Exception as fout:  # any malformed URL is a usage error
        print(f"werkplek-demo: ongeldige database-URL: {fout}", file=sys.stderr)
        return 2

    gestopt = False

    def stop(_signum: int, _frame: FrameType | None) -> None:
        nonlocal gestopt
        gestopt = True

    vorige = signal.signal(signal.SIGINT, stop)
    balk = tqdm(total=args.huishoudens, unit=" huishoudens", unit_scale=True, desc="Demo-opslag vullen")

    def voortgang(gedaan: int, totaal: int) -> None:
        balk.total = totaal
        balk.update(gedaan - balk.n)

    try:
        samenvatting = genereer(
            engine,
            huishoudens=args.huishoudens,
            seed=args.seed,
            peildatum=PEILDATUM,
            voortgang=voortgang,
            afbreken=lambda: gestopt,
            processen=args.processen,
        )
    except DemoFout as fout:
        balk.close()
        print(f"werkplek-demo: {fout}", file=sys.stderr)
        return 2
    except DemoAfgebroken as fout:
        balk.close()
        print(f"werkplek-demo: {fout}", file=sys.stderr)
        return 130
    finally:
        signal.signal(signal.SIGINT, vorige)
    balk.close()
    signalen = None
    try:
        if not args.zonder_signalen:
            from models.services.signalen import draai_signalen
            from models.store.opslag import Opslag

            with tqdm(total=0, unit=" burgers", dynamic_ncols=True, desc="Signalen") as sbalk:

                def signaalvoortgang(gedaan: int, totaal: int) -> None:
                    sbalk.total = totaal
                    sbalk.update(gedaan - sbalk.n)

                signalen = draai_signalen(
                    Opslag(engine),
                    peildatum=PEILDATUM,
                    medewerker_id=None,
                    voortgang=signaalvoortgang,
                    processen=args.processen or (1 if args.huishoudens < 20_000 else 2),
                )
    finally:
        engine.dispose()
    s = samenvatting
    print(
        f"Klaar in {s.seconden:.1f} s: {_getal(s.huishoudens)} huishoudens, {_getal(s.burgers)} burgers, "
        f"{_getal(s.toeslagen)} toeslagen, {_getal(s.vorderingen)} vorderingen, {_getal(s.regelingen)} "
        f"betalingsregelingen, {_getal(s.trajecten)} begeleidingstrajecten, {s.medewerkers} medewerkers."
    )
    if signalen is not None:
        nieuw = _getal(signalen.totaal_nieuw)
        print(f"Signalen: {nieuw} nieuw op {PEILDATUM:%d-%m-%Y} ({signalen.duur_seconden:.1f} s).")
    print(f"Opslag: {engine.url.render_as_string(hide_password=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
