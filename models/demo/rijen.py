"""A chunk of demo households as table rows: the column lists, the local ids, and one household → its rows.

What belongs here: `KOLOMMEN` (per table the columns the loader fills, in insert order; every NOT NULL column
is there), `VERWIJZINGEN` (which columns hold ids of rows in the same chunk), `Blok` (the rows of one chunk,
built in worker processes without any database code) and `schrijf_huishouden()`. The letter of each decision
(`document`) is not built here: the loader derives it from the `beschikking` rows in SQL (`laden.DOCUMENTEN`).

Ids are local to a chunk (1, 2, 3, … per table); the loader adds each table's offset when it inserts the chunk,
so worker processes never need to coordinate. Staff ids (`medewerker`) are already global. Values are in the
form both backends take directly: dates as ISO text, moments as UTC text, money as integer eurocents, JSON as
text.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from typing import Any

from models.calc.invoer import Regeling
from models.demo import teksten
from models.demo.begeleiding import Bezwaar, Contact, Kwetsbaarheid, Taak, Traject
from models.demo.berekening import ToeslagJaar
from models.demo.huishouden import Huishouden, Persoon
from models.demo.identiteit import bsn, kenmerk_beschikking
from models.demo.invordering import Invordering
from models.demo.kalender import kantoormoment
from models.demo.teksten import datum, euro, euro_heel
from models.validatie import zoeknaam

__all__ = ["KOLOMMEN", "VERWIJZINGEN", "Blok", "schrijf_huishouden"]

KOLOMMEN: dict[str, tuple[str, ...]] = {
    "burger": (
        "id",
        "bsn",
        "voornamen",
        "tussenvoegsel",
        "achternaam",
        "achternaam_zoek",
        "geboortedatum",
        "straat",
        "huisnummer",
        "huisnummer_toevoeging",
        "postcode",
        "woonplaats",
        "land",
        "telefoon",
        "email",
        "iban",
        "taal",
        "voorkeurskanaal",
        "communicatiebehoefte",
        "overleden_op",
        "version",
    ),
    "partnerschap": ("id", "burger_id", "partner_id", "begin", "einde", "uit_buitenland", "version"),
    "kind": ("id", "burger_id", "voornaam", "geboortedatum", "thuiswonend", "version"),
    "medebewoner": (
        "id",
        "burger_id",
        "naam",
        "relatie",
        "geboortedatum",
        "toetsingsinkomen_cent",
        "vermogen_cent",
        "begin",
        "einde",
        "version",
    ),
    "toeslag": (
        "id",
        "burger_id",
        "regeling",
        "jaar",
        "status",
        "eerste_maand",
        "laatste_maand",
        "grondslagen_voorschot",
        "voorschot_jaar_cent",
        "voorschot_maand_cent",
        "betaald_cent",
        "grondslagen_definitief",
        "grondslagen_actueel",
        "definitief_jaar_cent",
        "saldo_cent",
        "onbevestigd",
        "version",
    ),
    "beschikking": (
        "id",
        "burger_id",
        "toeslag_id",
        "soort",
        "kenmerk",
        "datum",
        "bezwaar_uiterlijk",
        "bedrag_cent",
        "maandbedrag_cent",
        "saldo_cent",
        "omschrijving",
    ),
    "betaling": ("id", "burger_id", "toeslag_id", "soort", "datum", "bedrag_cent", "omschrijving"),
    "vordering": (
        "id",
        "burger_id",
        "toeslag_id",
        "beschikking_id",
        "partner_id",
        "regeling",
        "jaar",
        "kenmerk",
        "bedrag_cent",
        "open_cent",
        "rente_cent",
        "kosten_cent",
        "ontstaan_op",
        "vervaldatum",
        "status",
        "version",
    ),
    "betalingsregeling": (
        "id",
        "burger_id",
        "soort",
        "status",
        "totaal_cent",
        "termijnbedrag_cent",
        "aantal_termijnen",
        "startdatum",
        "pauze_van",
        "pauze_tot",
        "capaciteit",
        "motivatie",
        "voorgesteld_door",
        "aangemaakt_op",
        "version",
    ),
    "regeling_vordering": ("regeling_id", "vordering_id", "toegevoegd_op"),
    "termijn": (
        "id",
        "regeling_id",
        "volgnummer",
        "vervaldatum",
        "bedrag_cent",
        "betaald_cent",
        "status",
        "herinnering_op",
        "nieuwe_vervaldatum",
        "version",
    ),
    "aflossing": (
        "id",
        "burger_id",
        "vordering_id",
        "regeling_id",
        "termijn_id",
        "datum",
        "bedrag_cent",
        "kosten_cent",
        "rente_cent",
        "hoofdsom_cent",
        "geregistreerd_door",
    ),
    "verrekening": (
        "id",
        "burger_id",
        "vordering_id",
        "toeslag_id",
        "betaling_id",
        "datum",
        "bedrag_cent",
        "omschrijving",
    ),
    "begeleidingstraject": (
        "id",
        "burger_id",
        "begeleider_id",
        "bron",
        "bron_toelichting",
        "status",
        "prioriteit",
        "aangemeld_op",
        "intake_uiterlijk",
        "eerste_contact_op",
        "plan",
        "volgende_actie",
        "volgende_actie_op",
        "afgesloten_op",
        "uitkomst",
        "reden_afsluiting",
        "version",
    ),
    "contactmoment": (
        "id",
        "burger_id",
        "medewerker_id",
        "traject_id",
        "kanaal",
        "richting",
        "moment",
        "onderwerp",
        "samenvatting",
        "afspraken",
        "opgelost_in_eerste_contact",
        "version",
    ),
    "notitie": ("id", "burger_id", "medewerker_id", "traject_id", "moment", "tekst", "version"),
    "taak": (
        "id",
        "burger_id",
        "medewerker_id",
        "aangemaakt_door",
        "contact_id",
        "traject_id",
        "soort",
        "omschrijving",
        "vervaldatum",
        "telefoon",
        "voorkeurstijd",
        "status",
        "aangemaakt_op",
        "afgerond_op",
        "version",
    ),
    "kwetsbaarheid": (
        "id",
        "burger_id",
        "soort",
        "toelichting",
        "bron",
        "vastgelegd_door",
        "vastgelegd_op",
        "geldig_tot",
        "version",
    ),
    "beoordeling": (
        "id",
        "burger_id",
        "soort",
        "onderwerp_type",
        "onderwerp_id",
        "voorgesteld_door",
        "motivatie",
        "gegevens",
        "status",
        "ingediend_op",
        "beoordeeld_door",
        "beoordeling_motivatie",
        "beoordeeld_op",
        "version",
    ),
    "bezwaar": (
        "id",
        "burger_id",
        "beschikking_id",
        "ontvangen_op",
        "beslissen_uiterlijk",
        "status",
        "besloten_op",
        "version",
    ),
}

# Columns that hold the local id of a row in the same chunk (the loader adds that table's offset).
VERWIJZINGEN: dict[str, dict[str, str]] = {
    "burger": {"id": "burger"},
    "partnerschap": {"id": "partnerschap", "burger_id": "burger", "partner_id": "burger"},
    "kind": {"id": "kind", "burger_id": "burger"},
    "medebewoner": {"id": "medebewoner", "burger_id": "burger"},
    "toeslag": {"id": "toeslag", "burger_id": "burger"},
    "beschikking": {"id": "beschikking", "burger_id": "burger", "toeslag_id": "toeslag"},
    "betaling": {"id": "betaling", "burger_id": "burger", "toeslag_id": "toeslag"},
    "vordering": {
        "id": "vordering",
        "burger_id": "burger",
        "toeslag_id": "toeslag",
        "beschikking_id": "beschikking",
        "partner_id": "burger",
    },
    "betalingsregeling": {"id": "betalingsregeling", "burger_id": "burger"},
    "regeling_vordering": {"regeling_id": "betalingsregeling", "vordering_id": "vordering"},
    "termijn": {"id": "termijn", "regeling_id": "betalingsregeling"},
    "aflossing": {
        "id": "aflossing",
        "burger_id": "burger",
        "vordering_id": "vordering",
        "regeling_id": "betalingsregeling",
        "termijn_id": "termijn",
    },
    "verrekening": {
        "id": "verrekening",
        "burger_id": "burger",
        "vordering_id": "vordering",
        "toeslag_id": "toeslag",
        "betaling_id": "betaling",
    },
    "begeleidingstraject": {"id": "begeleidingstraject", "burger_id": "burger"},
    "contactmoment": {"id": "contactmoment", "burger_id": "burger", "traject_id": "begeleidingstraject"},
    "notitie": {"id": "notitie", "burger_id": "burger", "traject_id": "begeleidingstraject"},
    "taak": {
        "id": "taak",
        "burger_id": "burger",
        "contact_id": "contactmoment",
        "traject_id": "begeleidingstraject",
    },
    "kwetsbaarheid": {"id": "kwetsbaarheid", "burger_id": "burger"},
    "beoordeling": {"id": "beoordeling", "burger_id": "burger", "onderwerp_id": "betalingsregeling"},
    "bezwaar": {"id": "bezwaar", "burger_id": "burger", "beschikking_id": "beschikking"},
}

TABELLEN = tuple(KOLOMMEN)  # also the insert order: every table after the tables it refers to

_SOORT_LETTER = {"voorschot": "V", "definitief": "D", "terugvordering": "T"}


_HONDERD = Decimal(100)
_BEZWAARTERMIJN = dt.timedelta(weeks=6)  # Awb 6:7
_ISO: dict[dt.date, str] = {}  # a chunk uses few distinct dates many times: format each once
_WAARDE = {r: r.value for r in Regeling}
_CODE = {r: r.afkorting for r in Regeling}
_NAAM = {r: teksten.REGELING_NAAM[r.value] for r in Regeling}


def _cent(bedrag: Decimal) -> int:
    return int(bedrag * _HONDERD)


def _iso(datum_: dt.date) -> str:
    tekst = _ISO.get(datum_)
    if tekst is None:
        tekst = _ISO[datum_] = datum_.isoformat()
    return tekst


def _d(datum_: dt.date | None) -> str | None:
    return None if datum_ is None else _iso(datum_)


@cache
def _heel(bedrag: Decimal) -> str:
    """`€ 1.573`: voorschot amounts repeat across households, so their text is made once."""
    return euro_heel(bedrag)


@cache
def _zoeknaam(tussenvoegsel: str | None, achternaam: str) -> str:
    """`burger.achternaam_zoek` as the store expects it (see tests/fabriek.py); surnames repeat, so cached."""
    return zoeknaam(" ".join(x for x in (tussenvoegsel, achternaam) if x))


def _json(waarde: Any) -> str | None:
    return None if waarde is None else json.dumps(waarde, ensure_ascii=False, separators=(",", ":"))


class Blok:
    """The rows of one chunk of households, per table, with local ids.

    Attributes:
        rijen: per table the row tuples, in the column order of `KOLOMMEN`.
        huishoudens: how many households the chunk holds.
    """

    __slots__ = ("huishoudens", "pg", "rijen", "seed")

    def __init__(self, seed: int, *, pg: bool) -> None:
        self.seed = seed
        self.pg = pg
        self.huishoudens = 0
        self.rijen: dict[str, list[tuple[Any, ...]]] = {t: [] for t in TABELLEN}

    def volgend_id(self, tabel: str) -> int:
        return len(self.rijen[tabel]) + 1

    def moment(self, m: dt.datetime) -> str:
        """A UTC moment as each backend stores it (SQLite: naive UTC text, as SQLAlchemy writes it)."""
        tekst = m.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        return tekst + "+00" if self.pg else tekst

    def aantal(self, tabel: str) -> int:
        return len(self.rijen[tabel])


# --- one household ------------------------------------------------------------------------------------------------


def _burger(blok: Blok, p: Persoon) -> int:
    bid = blok.volgend_id("burger")
    a = p.adres
    blok.rijen["burger"].append(
        (
            bid,
            bsn(p.slot, blok.seed),
            p.voornamen,
            p.tussenvoegsel,
            p.achternaam,
            _zoeknaam(p.tussenvoegsel, p.achternaam),
            _iso(p.geboortedatum),
            a.straat,
            a.huisnummer,
            a.toevoeging,
            a.postcode,
            a.woonplaats,
            "NL",
            p.telefoon,
            p.email,
            p.iban,
            p.taal,
            p.voorkeurskanaal,
            p.communicatiebehoefte,
            _d(p.overleden_op),
            1,
        )
    )
    return bid


def _beschikking(
    blok: Blok,
    hh: Huishouden,
    burger_id: int,
    toeslag_id: int,
    tj: ToeslagJaar,
    soort: str,
    datum_: dt.date,
    bedrag: Decimal,
    maandbedrag: Decimal | None,
    saldo: Decimal | None,
    omschrijving: str,
) -> int:
    bid = blok.volgend_id("beschikking")
    kenmerk = kenmerk_beschikking(hh.nummer, tj.jaar.jaar, _CODE[tj.regeling], _SOORT_LETTER[soort])
    blok.rijen["beschikking"].append(
        (
            bid,
            burger_id,
            toeslag_id,
            soort,
            kenmerk,
            _iso(datum_),
            _iso(datum_ + _BEZWAARTERMIJN),
            _cent(bedrag),
            None if maandbedrag is None else _cent(maandbedrag),
            None if saldo is None else _cent(saldo),
            omschrijving,
        )
    )
    return bid


def _definitief_tekst(tj: ToeslagJaar) -> str:
    a = tj.afrekening
    assert a is not None
    naam = f"Definitieve berekening {_NAAM[tj.regeling]} {tj.jaar.jaar}: "
    naam += _heel(a.uitkomst.bedrag_jaar)
    if a.saldo > 0:
        return f"{naam}; u krijgt {euro(a.na_te_betalen)} nabetaald"
    if a.saldo == 0:
        return f"{naam}; geen nabetaling en geen terugvordering"
    if a.terug_te_vorderen > 0:
        return f"{naam}; u moet {euro(a.terug_te_vorderen)} terugbetalen" + (
            " (hoge terugvordering)" if a.hoge_terugvordering else ""
        )
    return f"{naam}; te veel ontvangen {euro(-a.saldo)}, dit hoeft u niet terug te betalen (klein bedrag)"


def _taak(blok: Blok, burger_id: int, t: Taak, contact_id: int | None, traject_id: int | None) -> None:
    blok.rijen["taak"].append(
        (
            blok.volgend_id("taak"),
            burger_id,
            t.medewerker_id,
            t.aangemaakt_door,
            contact_id,
            traject_id,
            t.soort,
            t.omschrijving,
            _iso(t.vervaldatum),
            t.telefoon,
            t.voorkeurstijd,
            t.status,
            blok.moment(t.aangemaakt_op),
            None if t.afgerond_op is None else blok.moment(t.afgerond_op),
            1,
        )
    )


def _contact(blok: Blok, burger_id: int, c: Contact, traject_id: int | None) -> None:
    cid = blok.volgend_id("contactmoment")
    blok.rijen["contactmoment"].append(
        (
            cid,
            burger_id,
            c.medewerker_id,
            traject_id if c.in_traject else None,
            c.kanaal,
            c.richting,
            blok.moment(c.moment),
            c.onderwerp,
            c.samenvatting,
            c.afspraken,
            c.opgelost,
            1,
        )
    )
    if c.taak is not None:
        _taak(blok, burger_id, c.taak, cid, None)


def _kwetsbaarheid(blok: Blok, burger_id: int, k: Kwetsbaarheid) -> None:
    blok.rijen["kwetsbaarheid"].append(
        (
            blok.volgend_id("kwetsbaarheid"),
            burger_id,
            k.soort,
            k.toelichting,
            k.bron,
            k.vastgelegd_door,
            _iso(k.vastgelegd_op),
            _d(k.geldig_tot),
            1,
        )
    )


def schrijf_huishouden(
    blok: Blok,
    hh: Huishouden,
    tjs: list[ToeslagJaar],
    inv: Invordering,
    bezw: list[Bezwaar],
    contacten: list[Contact],
    traject: Traject | None,
    losse_kwetsbaarheden: list[Kwetsbaarheid],
) -> None:
    """Append every row of one household to the chunk."""
    r = blok.rijen
    blok.huishoudens += 1
    aanvrager = _burger(blok, hh.aanvrager)
    partner = None
    ps = hh.partnerschap
    if ps is not None:
        partner = _burger(blok, ps.partner)
        for van, naar in ((aanvrager, partner), (partner, aanvrager)):
            r["partnerschap"].append(
                (blok.volgend_id("partnerschap"), van, naar, _iso(ps.begin), _d(ps.einde), ps.uit_buitenland, 1)
            )
    for k in hh.kinderen:
        r["kind"].append((blok.volgend_id("kind"), aanvrager, k.voornaam, _iso(k.geboortedatum), True, 1))
    for m in hh.medebewoners:
        laatste = max(m.inkomen)
        r["medebewoner"].append(
            (
                blok.volgend_id("medebewoner"),
                aanvrager,
                m.naam,
                m.relatie,
                _iso(m.geboortedatum),
                _cent(m.inkomen[laatste]),
                _cent(m.vermogen),
                _iso(m.begin),
                _d(m.einde),
                1,
            )
        )

    # Toeslagen with their decisions and letters.
    toeslag_id: dict[int, int] = {}
    terug_beschikking: dict[int, int] = {}
    for tj in tjs:
        tid = blok.volgend_id("toeslag")
        toeslag_id[id(tj)] = tid
        a = tj.afrekening
        v = tj.voorschot
        r["toeslag"].append(
            (
                tid,
                aanvrager,
                _WAARDE[tj.regeling],
                tj.jaar.jaar,
                "definitief" if a is not None else "lopend",
                1,
                12,
                tj.grondslagen_voorschot,
                _cent(v.bedrag_jaar),
                _cent(v.bedrag_maand),
                _cent(tj.betaald),
                tj.grondslagen_definitief,
                tj.grondslagen_actueel,
                None if a is None else _cent(a.uitkomst.bedrag_jaar),
                None if a is None else _cent(a.saldo),
                tj.onbevestigd,
                1,
            )
        )
        naam = f"{_NAAM[tj.regeling]} {tj.jaar.jaar}"
        _beschikking(
            blok,
            hh,
            aanvrager,
            tid,
            tj,
            "voorschot",
            tj.jaar.voorschot_op,
            v.bedrag_jaar,
            v.bedrag_maand,
            None,
            f"Voorschot {naam}: {_heel(v.bedrag_jaar)} per jaar, {_heel(v.bedrag_maand)} per maand",
        )
        if a is not None and tj.definitief_op is not None:
            _beschikking(
                blok,
                hh,
                aanvrager,
                tid,
                tj,
                "definitief",
                tj.definitief_op,
                a.uitkomst.bedrag_jaar,
                None,
                a.saldo,
                _definitief_tekst(tj),
            )
    for c in inv.claims:
        tj = c.tj
        terug_beschikking[id(c)] = _beschikking(
            blok,
            hh,
            aanvrager,
            toeslag_id[id(tj)],
            tj,
            "terugvordering",
            c.ontstaan_op,
            c.bedrag,
            None,
            None,
            f"Terugvordering {_NAAM[tj.regeling]} {tj.jaar.jaar}: {euro(c.bedrag)}, te betalen "
            f"vóór {datum(c.vervaldatum)}",
        )

    # Claims, arrangements, instalments and payments.
    vordering_id: dict[int, int] = {}
    for c in inv.claims:
        vid = blok.volgend_id("vordering")
        vordering_id[id(c)] = vid
        aansprakelijk = partner if partner is not None and c.tj.jaar.partner_werkelijk else None
        r["vordering"].append(
            (
                vid,
                aanvrager,
                toeslag_id[id(c.tj)],
                terug_beschikking[id(c)],
                aansprakelijk,
                _WAARDE[c.tj.regeling],
                c.tj.jaar.jaar,
                c.kenmerk,
                _cent(c.bedrag),
                _cent(c.open),
                0,
                0,
                _iso(c.ontstaan_op),
                _iso(c.vervaldatum),
                c.status,
                1,
            )
        )
    termijn_id: dict[tuple[int, int], int] = {}
    regeling_id: dict[int, int] = {}
    for reg in inv.regelingen:
        rid = blok.volgend_id("betalingsregeling")
        regeling_id[id(reg)] = rid
        s = reg.schema
        r["betalingsregeling"].append(
            (
                rid,
                aanvrager,
                reg.soort,
                reg.status,
                _cent(s.schuld),
                _cent(s.termijnbedrag),
                s.aantal_termijnen,
                _iso(s.startdatum),
                _d(reg.pauze_van),
                _d(reg.pauze_tot),
                _json(reg.capaciteit),
                reg.motivatie,
                reg.voorgesteld_door,
                blok.moment(kantoormoment(reg.aangevraagd_op, 600)),
                1,
            )
        )
        for c in reg.claims:
            r["regeling_vordering"].append((rid, vordering_id[id(c)], _iso(reg.aangevraagd_op)))
        for t in reg.termijnen:
            tmid = blok.volgend_id("termijn")
            termijn_id[(rid, t.volgnummer)] = tmid
            r["termijn"].append(
                (
                    tmid,
                    rid,
                    t.volgnummer,
                    _iso(t.vervaldatum),
                    _cent(t.bedrag),
                    _cent(t.betaald),
                    t.status,
                    _d(t.herinnering_op),
                    _d(t.nieuwe_vervaldatum),
                    1,
                )
            )
        b = reg.beoordeling
        if b is not None:
            r["beoordeling"].append(
                (
                    blok.volgend_id("beoordeling"),
                    aanvrager,
                    b.soort,
                    "betalingsregeling",
                    rid,
                    b.voorgesteld_door,
                    b.motivatie,
                    _json(b.gegevens),
                    b.status,
                    blok.moment(kantoormoment(b.ingediend_op, 660)),
                    b.beoordeeld_door,
                    b.beoordeling_motivatie,
                    None if b.beoordeeld_op is None else blok.moment(kantoormoment(b.beoordeeld_op, 900)),
                    1,
                )
            )
    for c in inv.claims:
        for af in c.aflossingen:
            rid = None if af.regeling is None else regeling_id[id(af.regeling)]
            r["aflossing"].append(
                (
                    blok.volgend_id("aflossing"),
                    aanvrager,
                    vordering_id[id(c)],
                    rid,
                    None if rid is None or af.termijn is None else termijn_id[(rid, af.termijn)],
                    _iso(af.datum),
                    _cent(af.bedrag),
                    _cent(af.kosten),
                    _cent(af.rente),
                    _cent(af.hoofdsom),
                    None,
                )
            )
    for nb in inv.nabetalingen:
        tid = toeslag_id[id(nb.tj)]
        naam = f"{_NAAM[nb.tj.regeling]} {nb.tj.jaar.jaar}"
        if nb.uitbetaald > 0:
            r["betaling"].append(
                (
                    blok.volgend_id("betaling"),
                    aanvrager,
                    tid,
                    "nabetaling",
                    _iso(nb.datum),
                    _cent(nb.uitbetaald),
                    f"Nabetaling {naam}",
                )
            )
        if nb.verrekend > 0:
            betaling = blok.volgend_id("betaling")
            r["betaling"].append(
                (
                    betaling,
                    aanvrager,
                    tid,
                    "verrekend",
                    _iso(nb.datum),
                    _cent(nb.verrekend),
                    f"Nabetaling {naam} verrekend met openstaande vordering",
                )
            )
            for c in inv.claims:
                for verrekend_nb, bedrag in c.verrekeningen:
                    if verrekend_nb is nb:
                        r["verrekening"].append(
                            (
                                blok.volgend_id("verrekening"),
                                aanvrager,
                                vordering_id[id(c)],
                                tid,
                                betaling,
                                _iso(nb.datum),
                                _cent(bedrag),
                                f"Nabetaling {naam} verrekend met vordering {c.kenmerk}",
                            )
                        )
    for bz in bezw:
        r["bezwaar"].append(
            (
                blok.volgend_id("bezwaar"),
                aanvrager,
                terug_beschikking[id(bz.claim)],
                _iso(bz.ontvangen_op),
                _iso(bz.beslissen_uiterlijk),
                bz.status,
                _d(bz.besloten_op),
                1,
            )
        )

    # Contacts, guidance and the rest of the human side.
    traject_id = None
    if traject is not None:
        traject_id = blok.volgend_id("begeleidingstraject")
        t = traject
        r["begeleidingstraject"].append(
            (
                traject_id,
                aanvrager,
                t.begeleider_id,
                t.bron,
                t.bron_toelichting,
                t.status,
                t.prioriteit,
                _iso(t.aangemeld_op),
                _iso(t.intake_uiterlijk),
                _d(t.eerste_contact_op),
                _json(t.plan),
                t.volgende_actie,
                _d(t.volgende_actie_op),
                _d(t.afgesloten_op),
                t.uitkomst,
                t.reden_afsluiting,
                1,
            )
        )
    alle = sorted(contacten + (traject.contacten if traject is not None else []), key=lambda c: c.moment)
    for c in alle:
        _contact(blok, aanvrager, c, traject_id)
    if traject is not None:
        for tk in traject.taken:
            _taak(blok, aanvrager, tk, None, traject_id)
        for n in traject.notities:
            r["notitie"].append(
                (blok.volgend_id("notitie"), aanvrager, n.medewerker_id, traject_id, blok.moment(n.moment), n.tekst, 1)
            )
        for k in traject.kwetsbaarheden:
            _kwetsbaarheid(blok, aanvrager, k)
    for k in losse_kwetsbaarheden:
        _kwetsbaarheid(blok, aanvrager, k)
