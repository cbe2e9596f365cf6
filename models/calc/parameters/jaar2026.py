"""Parameters for berekeningsjaar 2026: every value of RULES.md for 2026 with unit, source and status.

What belongs here: data only. Tags in the source text: [P] primary text, [O] official communication, [S]
secondary, *derived*. [P] and [O] values are CONFIRMED; [S]-only, conflicting or derived-from-unconfirmed values
are UNCONFIRMED and the source text says why (and, for conflicts, the alternative value).

Huurtoeslag 2026 has a new structure (Wet vereenvoudiging huurtoeslag): a fixed basishuur, a linear income
afbouw, no service costs and the maximum rent as a cap instead of an eligibility bar (RULES.md §1.2.2).
"""

from __future__ import annotations

from decimal import Decimal

from models.calc.parameters.basis import Parameterset, Tabelrij, bevestigd, onbevestigd

__all__ = ["PARAMETERS"]

D = Decimal
C = bevestigd  # [P] or [O]: CONFIRMED
U = onbevestigd  # [S]-only, conflicting, derived or not found: UNCONFIRMED

JAAR = 2026

_KOT_INDEX = (
    "*derived*: rij 2025 (zie jaar2025) met inkomensklassen +4,04% (blikopnieuws 2025-04 [S]); de verhoging van de "
    "percentages in 2026 (Kamerbrief 2025D33066 [O]) is niet verwerkt: waarschijnlijk een ondergrens"
)

PARAMETERS = Parameterset(
    JAAR,
    [
        # --- Zorgtoeslag (Wzt) ------------------------------------------------------------------------------
        C(
            "zt.standaardpremie",
            "Standaardpremie zorgtoeslag",
            D("2119"),
            "€/jaar",
            "[P] Regeling vaststelling standaardpremie, Stcrt. 2025, 40022 (via TA)",
        ),
        C(
            "zt.wml_januari",
            "Wettelijk minimumloon januari",
            D("2294.40"),
            "€/maand",
            "[P] Stcrt. 2025, 34131 (via TA)",
        ),
        C(
            "zt.drempel_factor",
            "Drempelinkomen als percentage van 12 × WML",
            D("108"),
            "%",
            "[P] Wzt art. 1 lid 1 onder f: 108% van twaalf maal het WML-maandbedrag van januari",
        ),
        C(
            "zt.drempelinkomen_praktijk",
            "Drempelinkomen zorgtoeslag zoals toegepast",
            D("29736"),
            "€/jaar",
            "[O] Dienst Toeslagen, folder 'Berekening zorgtoeslag 2026' (TG 082 1Z61FD, via TA SOURCES.md). "
            "Wettelijk 108% × 12 × 2.294,40 = 29.735,424 (verschuift de inkomensgrens met € 1)",
        ),
        C(
            "zt.normpremie_pct_drempel_alleen",
            "Normpremiepercentage drempelinkomen zonder partner",
            D("1.912"),
            "%",
            "[P] Stb. 2025, 412 (via TA CHANGES.md); verving 1,911% uit Stb. 2024, 351",
        ),
        C(
            "zt.normpremie_pct_drempel_partner",
            "Normpremiepercentage drempelinkomen met partner",
            D("4.289"),
            "%",
            "[P] Stb. 2025, 412 (via TA CHANGES.md); verving 4,288%",
        ),
        C(
            "zt.normpremie_pct_boven_drempel",
            "Normpremiepercentage boven het drempelinkomen",
            D("13.730"),
            "%",
            "[P] Stb. 2025, 412 (via TA CHANGES.md)",
        ),
        C(
            "zt.vermogensgrens_alleen",
            "Vermogensgrens zorgtoeslag zonder partner",
            D("146011"),
            "€",
            "[P] Stcrt. 2025, 38110 (via TA)",
        ),
        C(
            "zt.vermogensgrens_partner",
            "Vermogensgrens zorgtoeslag met partner",
            D("184633"),
            "€",
            "[P] Stcrt. 2025, 38110 (via TA)",
        ),
        C(
            "zt.inkomensgrens_alleen",
            "Gepubliceerde inkomensgrens zorgtoeslag zonder partner",
            D("40857"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.inkomensgrens_partner",
            "Gepubliceerde inkomensgrens zorgtoeslag met partner",
            D("51142"),
            "€/jaar",
            "[O] Dienst Toeslagen folder en 'maximaal inkomen'-pagina (via TA); volgt uit de € 24-regel. Informatief",
        ),
        C(
            "zt.maximum_alleen",
            "Maximale zorgtoeslag zonder partner",
            D("1550"),
            "€/jaar",
            "[O] folder 'Berekening zorgtoeslag 2026' (via TA). Informatief",
        ),
        C(
            "zt.maximum_partner",
            "Maximale zorgtoeslag met partner",
            D("2963"),
            "€/jaar",
            "[O] folder 'Berekening zorgtoeslag 2026' (via TA). Informatief",
        ),
        C(
            "zt.partner_niet_verzekerd_pct",
            "Zorgtoeslag bij een partner die geen verzekerde is",
            D("50"),
            "%",
            "[P] Wzt art. 2 lid 4",
        ),
        C(
            "zt.minimum_leeftijd",
            "Minimumleeftijd zorgtoeslag",
            18,
            "jaar",
            "[P] Wzt art. 1 (verzekerde van 18 jaar of ouder; geen Zvw-premie onder 18)",
        ),
        # --- Awir -------------------------------------------------------------------------------------------
        C(
            "awir.minimumbedrag",
            "Minimaal jaarbedrag toeslag",
            D("24"),
            "€/jaar",
            "[P] Awir art. 14 lid 5 (TA: tekst 2024–2026 gelijk)",
        ),
        C(
            "awir.doelmatigheidsgrens",
            "Doelmatigheidsgrens terugvordering (definitieve berekening in 2026)",
            D("121"),
            "€",
            "[P] Awir art. 26a lid 1, Stcrt. 2025, 40487 art. V (via TA law/CHANGES.md); 'of minder'",
        ),
        # --- Huurtoeslag (Wht) 2026: vaste basishuur en lineaire afbouw -------------------------------------
        C("ht.minimum_leeftijd", "Minimumleeftijd huurtoeslag", 18, "jaar", "[O] Belastingdienst: 18 jaar of ouder"),
        C(
            "ht.maximale_huurgrens",
            "Maximale huur waarover huurtoeslag wordt berekend (21+)",
            D("932.93"),
            "€/maand",
            "[O] Rijksoverheid 2025-11-25 'DAEB-huurgrens € 932,93' en hartvannederland; vanaf 2026 een plafond op de "
            "rekenhuur, geen voorwaarde meer (Wht art. 21 lid 1 onder d)",
        ),
        C(
            "ht.jongerengrens",
            "Maximale rekenhuur als de oudste bewoner 18–20 jaar is",
            D("498.20"),
            "€/maand",
            "[O] Rijksoverheid 2025-11-25 en hartvannederland",
        ),
        U(
            "ht.jongeren_leeftijd",
            "Leeftijdsgrens jongerengrens huurtoeslag",
            21,
            "jaar",
            "[S] thius, streekgids (leeftijdsgrens verlaagd van 23 naar 21)",
        ),
        U("ht.kwaliteitskortingsgrens", "Kwaliteitskortingsgrens", D("498.20"), "€/maand", "[S] HT26 en CALC26"),
        U(
            "ht.aftoppingsgrens_laag",
            "Aftoppingsgrens 1–2 personen",
            D("713.02"),
            "€/maand",
            "[S] HT26 en CALC26; Rijksoverheid passend toewijzen 2026 begint met '€ 713…'",
        ),
        U(
            "ht.aftoppingsgrens_hoog",
            "Aftoppingsgrens 3 of meer personen",
            D("764.14"),
            "€/maand",
            "[S] HT26 en CALC26",
        ),
        U(
            "ht.servicekosten_max",
            "Maximale subsidiabele servicekosten",
            D("0"),
            "€/maand",
            "[S] hya.nl, HT26: servicekosten tellen vanaf 2026 niet meer mee",
        ),
        U(
            "ht.basishuur.ep",
            "Basishuur eenpersoonshuishouden",
            D("202.52"),
            "€/maand",
            "[S] HT26 (cites Stcrt. 2025, 39783: 'normhuur € 252,49 − verlaging € 1,82 − € 48,15') en DRAFT26. "
            "Conflict: met de [P] verlaging € 36,57 (BWBR0049106) zou het 252,49 − 1,82 − 36,57 = 214,10 zijn",
        ),
        U(
            "ht.basishuur.mp",
            "Basishuur meerpersoonshuishouden",
            D("200.71"),
            "€/maand",
            "[S] HT26 (252,49 − 3,63 − 48,15) en DRAFT26. Conflict: met de [P] verlaging € 36,57 zou het 212,29 zijn",
        ),
        C(
            "ht.verlaging_basishuur",
            "Verlaging basishuur",
            D("36.57"),
            "€/maand",
            "[P] BWBR0049106 art. 1 onder c. Informatief: in 2026 zit de verlaging in de vaste basishuur (HT26)",
        ),
        U(
            "ht.afbouw_inkomensijkpunt.ep",
            "Inkomen vanaf waar de huurtoeslag afbouwt, eenpersoons",
            D("23425"),
            "€/jaar",
            "[S] CALC26 'min_inkomen' (niet-gezaghebbend)",
        ),
        U(
            "ht.afbouw_inkomensijkpunt.mp",
            "Inkomen vanaf waar de huurtoeslag afbouwt, meerpersoons",
            D("31500"),
            "€/jaar",
            "[S] CALC26 'min_inkomen' (niet-gezaghebbend)",
        ),
        U(
            "ht.afbouw_pct.ep",
            "Afbouwpercentage huurtoeslag eenpersoons",
            D("27"),
            "%",
            "[S] DRAFT26 ('27% alone … Missing a clear source'); eenheid aangenomen: % van het jaarinkomen boven het "
            "ijkpunt, gedeeld door 12 per maand",
        ),
        U(
            "ht.afbouw_pct.mp",
            "Afbouwpercentage huurtoeslag meerpersoons",
            D("22"),
            "%",
            "[S] DRAFT26 ('22% for more people'); eenheid aangenomen: % van het jaarinkomen boven het ijkpunt / 12",
        ),
        U("ht.deel_a_pct", "Vergoeding deel A (tot kwaliteitskortingsgrens)", D("100"), "%", "[S] HT26"),
        U("ht.deel_b_pct", "Vergoeding deel B (tot aftoppingsgrens)", D("65"), "%", "[S] HT26"),
        U("ht.deel_c_pct", "Vergoeding deel C (boven aftoppingsgrens)", D("40"), "%", "[S] HT26"),
        C(
            "ht.vermogensgrens_alleen",
            "Vermogensgrens huurtoeslag zonder partner",
            D("38479"),
            "€",
            "[P] Awir art. 7 lid 3, Stcrt. 2025, 40487 art. V (via TA); ook hartvannederland",
        ),
        C(
            "ht.vermogensgrens_partner",
            "Vermogensgrens huurtoeslag met partner",
            D("76958"),
            "€",
            "[P] Awir art. 7 lid 3, Stcrt. 2025, 40487 art. V (via TA)",
        ),
        C(
            "ht.vermogensgrens_medebewoner",
            "Vermogensgrens per medebewoner",
            D("38479"),
            "€",
            "[P] Awir art. 7 lid 4 (bedrag = lid 3 alleenstaande; TA CHANGES.md)",
        ),
        C(
            "ht.vrijstelling_kind",
            "Vrijgesteld inkomen thuiswonend kind jonger dan 23",
            D("6218"),
            "€/jaar",
            "[P] Awir art. 7 (Stcrt. 2025, 40487, via TA)",
        ),
        # --- Kindgebonden budget (WKB) ----------------------------------------------------------------------
        U(
            "kgb.bedrag_per_kind",
            "Kindgebonden budget per kind",
            D("2580"),
            "€/jaar",
            "[S] CALC26 en DRAFT26 (eens); wierdavannes: kabinetsplan +€ 66 in 2026. Niet in een primaire tekst",
        ),
        U(
            "kgb.toeslag_12_15",
            "Kindgebonden budget extra kind 12–15 jaar",
            D("724"),
            "€/jaar",
            "[S] conflict: CALC26 724, DRAFT26 703 (= 2025-bedrag). Gekozen 724 (past bij indexatie); alternatief 703",
        ),
        U(
            "kgb.toeslag_16_17",
            "Kindgebonden budget extra kind 16–17 jaar",
            D("964"),
            "€/jaar",
            "[S] conflict: CALC26 964, DRAFT26 936 (= 2025-bedrag). Gekozen 964 (past bij indexatie); alternatief 936",
        ),
        U(
            "kgb.alo_kop",
            "Alleenstaande-ouderkop",
            D("3416"),
            "€/jaar",
            "[S] conflict: CALC26 impliceert 3.416 (5.996 − 2.580), DRAFT26 3.320. Gekozen 3.416 (dezelfde bron als de "
            "overige KGB-bedragen 2026); alternatief 3.320",
        ),
        U(
            "kgb.afbouw_pct",
            "Afbouwpercentage kindgebonden budget",
            D("7.60"),
            "%",
            "[S] wierdavannes (kabinetsplan: 7,60 in 2026) en CALC26; niet in een primaire tekst",
        ),
        U(
            "kgb.drempel_alleen",
            "Drempelinkomen kindgebonden budget zonder partner",
            D("29736"),
            "€/jaar",
            "[S] CALC26, DRAFT26, zandwijken.nl (= drempelinkomen zorgtoeslag zoals toegepast)",
        ),
        U(
            "kgb.drempel_partner",
            "Drempelinkomen kindgebonden budget met partner",
            D("39141"),
            "€/jaar",
            "[S] CALC26, DRAFT26, zandwijken.nl (= 29.736 + 9.405)",
        ),
        U(
            "kgb.vermogensgrens_alleen",
            "Vermogensgrens kindgebonden budget zonder partner",
            D("146011"),
            "€",
            "[S] CALC26, DRAFT26, zandwijken.nl (gelijk aan zorgtoeslag [P]); niet in een primaire tekst voor KGB",
        ),
        U(
            "kgb.vermogensgrens_partner",
            "Vermogensgrens kindgebonden budget met partner",
            D("184633"),
            "€",
            "[S] CALC26, DRAFT26, zandwijken.nl (gelijk aan zorgtoeslag [P]); niet in een primaire tekst voor KGB",
        ),
        C("kgb.leeftijdsgrens", "Kindgebonden budget voor kinderen jonger dan", 18, "jaar", "[P] WKB art. 2; AKW"),
        # --- Kinderopvangtoeslag (Wko) ----------------------------------------------------------------------
        U(
            "kot.max_uurprijs.dagopvang",
            "Maximum uurprijs dagopvang",
            D("11.23"),
            "€/uur",
            "[S] kinderopvang.nl 'definitief Besluit kinderopvangtoeslag 2026', blikopnieuws (+4,84%), "
            "goodmorningfinance",
        ),
        U(
            "kot.max_uurprijs.bso",
            "Maximum uurprijs buitenschoolse opvang",
            D("9.98"),
            "€/uur",
            "[S] kinderopvang.nl, blikopnieuws, goodmorningfinance",
        ),
        U(
            "kot.max_uurprijs.gastouderopvang",
            "Maximum uurprijs gastouderopvang",
            D("8.49"),
            "€/uur",
            "[S] kinderopvang.nl, blikopnieuws, goodmorningfinance",
        ),
        U(
            "kot.max_uren_per_maand",
            "Maximum aantal opvanguren per kind per maand",
            D("230"),
            "uur",
            "[S] stichtingpeuterwerk.nl, liefbeestje.nl",
        ),
        U(
            "kot.grens_96pct",
            "Inkomen tot waar 96% kinderopvangtoeslag geldt",
            D("56413"),
            "€/jaar",
            "[S] kinderopvang.nl € 56.413; goodmorningfinance € 56.412 (conflict van € 1; gekozen 56.413)",
        ),
        U(
            "kot.tabel_eerste_kind",
            "Percentagetabel kinderopvangtoeslag eerste kind",
            (
                Tabelrij(None, D("56413"), D("96.00"), "[S] kinderopvang.nl"),
                Tabelrij(D("165658"), None, D("36.50"), "[S] vaste voet 36,5% vanaf € 165.658 (kinderopvang.nl)"),
            ),
            "",
            "[S] alleen de 96%-grens en de vaste voet bekend; volledige bijlage I Besluit kinderopvangtoeslag 2026 "
            "niet gevonden. Daartussen lineaire interpolatie (zichtbaar gemarkeerd)",
        ),
        U(
            "kot.tabel_volgende_kind",
            "Percentagetabel kinderopvangtoeslag volgende kinderen",
            (
                Tabelrij(None, D("56413"), D("96.00"), "[S] kinderopvang.nl"),
                Tabelrij(D("61897"), D("65695"), D("94.50"), _KOT_INDEX),
                Tabelrij(D("96092"), D("99889"), D("89.80"), _KOT_INDEX),
            ),
            "",
            "[S]/*derived* alleen deelrijen; volledige tabel niet gevonden. Tussen bekende rijen lineaire "
            "interpolatie, "
            "boven de laatste bekende rij het laatst bekende percentage (zichtbaar gemarkeerd)",
        ),
    ],
)
