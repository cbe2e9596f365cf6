"""A small TCP proxy between the workstation's engine and PostgreSQL, to make a dropped connection real.

The shared PostgreSQL server of this machine is never stopped; instead the store connects through this proxy,
which the test can cut and restore:

- `knip()`: every open connection is closed at once and new ones are refused (the listening socket is closed,
  so a connect gets "connection refused") — the server "goes away" for this client;
- `herstel()`: the proxy listens again on the same port — the server "is back";
- `knip_bij(Knipregel(b"COMMIT", ...))`: cut at the moment the client sends a given statement, either before the
  server sees it (`na_server=False`: nothing of it is committed) or after the server has executed it and before
  the client hears the answer (`na_server=True`: committed, but the client does not know).

With `wachtwoorden={"gebruiker": "wachtwoord"}` the proxy also asks for a password (cleartext authentication) in
front of the trust-authenticated test server and answers a wrong one exactly as PostgreSQL does (SQLSTATE
28P01, "password authentication failed for user …"), so a login with a wrong password can be tested for real.
TLS is not offered (an `SSLRequest` is answered with "N"), so the proxy can read the statements.

Pure Python, one thread per direction per connection; for tests only.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass
from types import TracebackType

__all__ = ["Knipregel", "TcpProxy"]

log = logging.getLogger(__name__)

_SSL_VERZOEK = 80877103
_GSS_VERZOEK = 80877104
_ANNULEREN = 80877102
_BLOK = 65536


@dataclass(frozen=True)
class Knipregel:
    """Cut the connection when a client message contains `patroon`.

    Attributes:
        patroon: bytes to look for in what the client sends (e.g. b"COMMIT").
        na_server: False — the message never reaches the server; True — the server executes it, and the
            connection is cut before its answer reaches the client.
        alles: True — the whole proxy goes down (new connections are refused until `herstel()`); False — only
            this one connection is cut.
    """

    patroon: bytes
    na_server: bool = False
    alles: bool = True


class _Paar:
    """One client connection and its upstream connection."""

    def __init__(self, klant: socket.socket) -> None:
        self.klant = klant
        self.server: socket.socket | None = None
        self.knip_na_antwoord: Knipregel | None = None
        self._dicht = threading.Event()

    def sluit(self) -> None:
        if self._dicht.is_set():
            return
        self._dicht.set()
        for s in (self.klant, self.server):
            if s is None:
                continue
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                s.close()


class TcpProxy:
    """A proxy on 127.0.0.1:<poort> to `doel_host:doel_poort`. Use as a context manager or call `stop()`."""

    def __init__(
        self, doel_host: str = "127.0.0.1", doel_poort: int = 5432, *, wachtwoorden: dict[str, str] | None = None
    ) -> None:
        self.doel = (doel_host, doel_poort)
        self.wachtwoorden = wachtwoorden
        self.poort = 0
        self.verbindingen = 0  # accepted since start, for the tests' curiosity
        self._luister: socket.socket | None = None
        self._paren: set[_Paar] = set()
        self._slot = threading.Lock()
        self._regel: Knipregel | None = None
        self.geknipt = threading.Event()  # set when a rule fired
        self._open = False

    # --- life cycle --------------------------------------------------------------------------------------------

    def start(self) -> TcpProxy:
        self._luister_op(0)
        return self

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(self, *_: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def stop(self) -> None:
        self.knip()

    @property
    def open(self) -> bool:
        return self._open

    def knip(self) -> None:
        """The server goes away: close every connection and refuse new ones."""
        with self._slot:
            self._open = False
            luister, self._luister = self._luister, None
            paren = list(self._paren)
            self._paren.clear()
        if luister is not None:
            with contextlib.suppress(OSError):
                luister.shutdown(socket.SHUT_RDWR)
            luister.close()
        for paar in paren:
            paar.sluit()

    def herstel(self) -> None:
        """The server is back: listen again on the same port."""
        if self._open:
            return
        self._luister_op(self.poort)

    def knip_bij(self, regel: Knipregel) -> None:
        """Arm a one-shot rule: cut when the client sends `regel.patroon`."""
        self.geknipt.clear()
        self._regel = regel

    # --- inside ----------------------------------------------------------------------------------------------

    def _luister_op(self, poort: int) -> None:
        luister = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        luister.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        luister.bind(("127.0.0.1", poort))
        luister.listen(64)
        self.poort = luister.getsockname()[1]
        with self._slot:
            self._luister = luister
            self._open = True
        threading.Thread(target=self._accepteer, args=(luister,), name="proxy-accept", daemon=True).start()

    def _accepteer(self, luister: socket.socket) -> None:
        while True:
            try:
                klant, _adres = luister.accept()
            except OSError:
                return  # the listening socket was closed: knip()
            klant.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            paar = _Paar(klant)
            with self._slot:
                if not self._open:
                    paar.sluit()
                    continue
                self._paren.add(paar)
                self.verbindingen += 1
            threading.Thread(target=self._begin, args=(paar,), name="proxy-begin", daemon=True).start()

    def _weg(self, paar: _Paar) -> None:
        paar.sluit()
        with self._slot:
            self._paren.discard(paar)

    def _begin(self, paar: _Paar) -> None:
        try:
            opstart = self._opstartbericht(paar.klant)
            if opstart is None:
                self._weg(paar)
                return
            if self.wachtwoorden is not None and not self._controleer_wachtwoord(paar.klant, opstart):
                self._weg(paar)
                return
            server = socket.create_connection(self.doel, timeout=5)
            server.settimeout(None)
            server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            paar.server = server
            if not self._open:
                self._weg(paar)
                return
            server.sendall(opstart)
        except OSError:
            self._weg(paar)
            return
        threading.Thread(target=self._pomp_naar_server, args=(paar,), name="proxy-c2s", daemon=True).start()
        threading.Thread(target=self._pomp_naar_klant, args=(paar,), name="proxy-s2c", daemon=True).start()

    @staticmethod
    def _lees_precies(s: socket.socket, aantal: int) -> bytes | None:
        data = b""
        while len(data) < aantal:
            deel = s.recv(aantal - len(data))
            if not deel:
                return None
            data += deel
        return data

    def _opstartbericht(self, klant: socket.socket) -> bytes | None:
        """Read the client's startup message, declining TLS and GSS encryption on the way."""
        while True:
            kop = self._lees_precies(klant, 8)
            if kop is None:
                return None
            lengte, code = struct.unpack("!ii", kop)
            rest = self._lees_precies(klant, lengte - 8) if lengte > 8 else b""
            if rest is None:
                return None
            if code in (_SSL_VERZOEK, _GSS_VERZOEK):
                klant.sendall(b"N")
                continue
            if code == _ANNULEREN:
                return kop + rest  # a cancel request goes straight through
            return kop + rest

    def _controleer_wachtwoord(self, klant: socket.socket, opstart: bytes) -> bool:
        assert self.wachtwoorden is not None
        velden = opstart[8:].split(b"\x00")
        parameters = dict(zip(velden[0::2], velden[1::2], strict=False))
        gebruiker = parameters.get(b"user", b"").decode("utf-8", "replace")
        klant.sendall(b"R" + struct.pack("!ii", 8, 3))  # AuthenticationCleartextPassword
        soort = self._lees_precies(klant, 1)
        if soort != b"p":
            return False  # the client had no password to give ("fe_sendauth: no password supplied")
        kop = self._lees_precies(klant, 4)
        if kop is None:
            return False
        lengte = struct.unpack("!i", kop)[0]
        inhoud = self._lees_precies(klant, lengte - 4)
        if inhoud is None:
            return False
        wachtwoord = inhoud.rstrip(b"\x00").decode("utf-8", "replace")
        if self.wachtwoorden.get(gebruiker) == wachtwoord:
            return True
        melding = f'password authentication failed for user "{gebruiker}"'.encode()
        velden_fout = b"SFATAL\x00VFATAL\x00C28P01\x00M" + melding + b"\x00\x00"
        klant.sendall(b"E" + struct.pack("!i", len(velden_fout) + 4) + velden_fout)
        return False

    def _pomp_naar_server(self, paar: _Paar) -> None:
        assert paar.server is not None
        try:
            while True:
                data = paar.klant.recv(_BLOK)
                if not data:
                    break
                regel = self._regel
                if regel is not None and regel.patroon in data:
                    self._regel = None
                    if not regel.na_server:
                        self._voer_uit(paar, regel)
                        return
                    paar.knip_na_antwoord = regel
                paar.server.sendall(data)
        except OSError:
            pass
        self._weg(paar)

    def _pomp_naar_klant(self, paar: _Paar) -> None:
        assert paar.server is not None
        try:
            while True:
                data = paar.server.recv(_BLOK)
                if not data:
                    break
                if paar.knip_na_antwoord is not None:
                    # the server executed the statement; its answer never reaches the client
                    self._voer_uit(paar, paar.knip_na_antwoord)
                    return
                paar.klant.sendall(data)
        except OSError:
            pass
        self._weg(paar)

    def _voer_uit(self, paar: _Paar, regel: Knipregel) -> None:
        log.info("Proxy knipt bij %r (%s)", regel.patroon, "na de server" if regel.na_server else "voor de server")
        if regel.alles:
            self.knip()
        else:
            self._weg(paar)
        self.geknipt.set()
