"""`werkplek-reken`: the calculation core on JSON lines (stdin → stdout), for batch use and for checking results
against published examples.

What belongs here: the console script only — reading lines, `api.bereken_json` per line, writing lines. One JSON
object per input line gives one JSON object per output line, in the same order; blank lines are skipped. A bad
line gives `{"fout": "<veld>: <melding>"}` and processing continues; the exit status is 2 when any line failed,
otherwise 0. Input is read in blocks as it arrives and the answers to each block are written and flushed
together, so a pipe is streamed and an interactive client gets each answer at once. The contract is documented
in the README ("werkplek-reken: the JSON-lines contract").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import IO, Any

from models.calc.api import bereken_json_tekst

__all__ = ["main", "verwerk_regels"]

_BLOK = 1 << 16
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_decode = json.JSONDecoder().decode


def _antwoord(regel: bytes | str, met_uitleg: bool) -> tuple[str, bool] | None:
    """The output line for one input line and whether it failed; None for a blank line."""
    if not regel.strip():
        return None
    try:
        tekst = regel.decode("utf-8") if isinstance(regel, bytes) else regel
        invoer: Any = _decode(tekst)
    except UnicodeDecodeError:
        uit: dict[str, Any] = {"fout": "invoer: de regel is geen geldige UTF-8-tekst"}
    except RecursionError:
        uit = {"fout": "invoer: de JSON is te diep genest"}
    except ValueError as fout:
        melding = getattr(fout, "msg", str(fout))
        kolom = getattr(fout, "colno", None)
        plaats = f" (kolom {kolom})" if kolom is not None else ""
        uit = {"fout": f"invoer: geen geldige JSON: {melding}{plaats}"}
    else:
        return bereken_json_tekst(invoer, met_uitleg=met_uitleg)
    return _encode(uit), True


def verwerk_regels(regels: Iterable[bytes | str], schrijf: Callable[[str], Any], *, met_uitleg: bool = True) -> bool:
    """Answer every line of `regels` with `schrijf(output_line)` (without newline); True when a line failed."""
    mislukt = False
    for regel in regels:
        antwoord = _antwoord(regel, met_uitleg)
        if antwoord is not None:
            schrijf(antwoord[0])
            mislukt |= antwoord[1]
    return mislukt


def _verwerk_fd(fd: int, uit: IO[bytes], met_uitleg: bool) -> bool:
    """Read `fd` in blocks as data arrives; answer each block's complete lines with one write and flush."""
    mislukt = False
    rest = b""
    while True:
        blok = os.read(fd, _BLOK)
        if not blok:
            break
        regels = (rest + blok).split(b"\n")
        rest = regels.pop()
        antwoorden: list[str] = []
        for regel in regels:
            antwoord = _antwoord(regel, met_uitleg)
            if antwoord is not None:
                antwoorden.append(antwoord[0])
                mislukt |= antwoord[1]
        if antwoorden:
            uit.write(("\n".join(antwoorden) + "\n").encode("utf-8"))
            uit.flush()
    antwoord = _antwoord(rest, met_uitleg)
    if antwoord is not None:
        uit.write((antwoord[0] + "\n").encode("utf-8"))
        uit.flush()
        mislukt |= antwoord[1]
    return mislukt


def _verwerk_tekst(invoer: IO[str], uit: IO[str], met_uitleg: bool) -> bool:
    """Fallback for streams without a file descriptor (tests, embedded use): line by line, flush every 256."""
    mislukt = False
    buffer: list[str] = []
    for regel in invoer:
        antwoord = _antwoord(regel, met_uitleg)
        if antwoord is None:
            continue
        buffer.append(antwoord[0])
        mislukt |= antwoord[1]
        if len(buffer) >= 256:
            uit.write("\n".join(buffer) + "\n")
            uit.flush()
            buffer.clear()
    if buffer:
        uit.write("\n".join(buffer) + "\n")
    uit.flush()
    return mislukt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="werkplek-reken",
        description=(
            "Rekent zorgtoeslag, huurtoeslag, kindgebonden budget en kinderopvangtoeslag (2024–2026) en "
            "betalingsregelingen op JSON-regels: één JSON-object per regel op stdin, één antwoord per regel op "
            "stdout, in dezelfde volgorde. Exitstatus 2 als een regel een fout gaf, anders 0."
        ),
    )
    parser.add_argument(
        "--zonder-uitleg",
        action="store_true",
        help="laat 'uitleg' leeg (sneller voor grote aantallen; de bedragen zijn gelijk)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `werkplek-reken` console script; returns the exit status (0, or 2 if a line failed)."""
    args = _parser().parse_args(argv)
    met_uitleg = not args.zonder_uitleg
    try:
        try:
            fd = sys.stdin.fileno()
            uit_bytes = sys.stdout.buffer
        except (AttributeError, OSError, ValueError):
            mislukt = _verwerk_tekst(sys.stdin, sys.stdout, met_uitleg)
        else:
            sys.stdout.flush()
            mislukt = _verwerk_fd(fd, uit_bytes, met_uitleg)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    return 2 if mislukt else 0


if __name__ == "__main__":
    raise SystemExit(main())
