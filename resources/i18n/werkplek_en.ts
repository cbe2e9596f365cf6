<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>Berekening</name>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="21"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="21"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BerekeningDialoog</name>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="117"/>
        <source>Waarom dit bedrag? – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="123"/>
        <source>Zo is het bedrag berekend: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="135"/>
        <source>Let op: deze berekening gebruikt gegevens die nog niet in een officiële bron zijn bevestigd. Het bedrag kan daardoor nog veranderen. Het gaat om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="150"/>
        <source>Berekeningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="151"/>
        <source>&amp;Voorschot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="153"/>
        <source>&amp;Definitieve berekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="157"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="171"/>
        <source>De herberekening van het voorschot komt uit op %1 per jaar; opgeslagen is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="181"/>
        <source>De herberekening van het definitieve bedrag komt uit op %1; opgeslagen is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="186"/>
        <source>Mogelijk zijn de rekenregels sindsdien bijgewerkt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="195"/>
        <source>Deze berekening kan niet worden herhaald, omdat de opgeslagen gegevens onvolledig zijn (%1). Vraag een collega van de uitvoering om de grondslagen te controleren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="220"/>
        <source>Voorschot: %1 per maand (%2 per jaar), berekend op de geschatte gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="225"/>
        <source>Geen recht op voorschot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="227"/>
        <source>Stappen van het voorschot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="235"/>
        <source>Definitief: %1 voor het jaar, op de werkelijke gegevens. Betaald voorschot: %2. Uitkomst: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="242"/>
        <source>Het verschil is zo klein dat het niet wordt teruggevorderd (doelmatigheidsgrens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="245"/>
        <source>Dit is een hoge terugvordering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/berekening_dialoog.py" line="248"/>
        <source>Stappen van de definitieve berekening</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandpuntRegel</name>
    <message>
        <location filename="../../ui/views/klantbeeld/kop.py" line="41"/>
        <source>Aandachtspunten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/kop.py" line="100"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/kop.py" line="101"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/kop.py" line="102"/>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/kop.py" line="103"/>
        <source>In orde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialoog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="122"/>
        <source>Contact wijzigen – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="124"/>
        <source>Contact registreren – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="136"/>
        <source>Inkomend: de burger nam contact op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="137"/>
        <source>Uitgaand: wij namen contact op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="140"/>
        <source>Bijvoorbeeld: vraag over terugvordering huurtoeslag 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="142"/>
        <source>Wat vroeg of meldde de burger, en wat is er uitgelegd?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="144"/>
        <source>Wat is afgesproken, en met wie? (niet verplicht)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="145"/>
        <source>Opgelost in het &amp;eerste contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="146"/>
        <source>&amp;Vervolgactie aanmaken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="148"/>
        <source>Bijvoorbeeld: terugbellen over betalingsregeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="166"/>
        <source>&amp;Kanaal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="167"/>
        <source>&amp;Richting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="168"/>
        <source>&amp;Onderwerp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="169"/>
        <source>&amp;Samenvatting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="170"/>
        <source>&amp;Afspraken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="171"/>
        <source>&amp;Wat moet er gebeuren:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="172"/>
        <source>&amp;Uiterlijk op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="195"/>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="196"/>
        <source>Verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="199"/>
        <source>Opgeslagen versie van uw collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="205"/>
        <source>Onderwerp van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="208"/>
        <source>Samenvatting van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="211"/>
        <source>Afspraken van de collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="212"/>
        <source>Versie van &amp;collega overnemen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="213"/>
        <source>&amp;Mijn versie opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="217"/>
        <source>Onderwerp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="218"/>
        <source>Samenvatting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="219"/>
        <source>Afspraken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="231"/>
        <source>Opslaan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="233"/>
        <source>Op&amp;slaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="236"/>
        <source>Opslaan (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="237"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="358"/>
        <source>Vul dit veld in; het is verplicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="360"/>
        <source>Beschrijf de vervolgactie, of zet het vinkje bij &apos;Vervolgactie aanmaken&apos; uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="433"/>
        <source>Het is niet zeker of het contact al is opgeslagen; controleer de tijdlijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="440"/>
        <source>Er ging iets mis bij het opslaan. Uw invoer is bewaard; de details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="451"/>
        <source>een collega</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="454"/>
        <source>%1 heeft dit contact opgeslagen nadat u het opende. Hieronder staat die versie; rechts staat uw eigen invoer, die bewaard is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialoog.py" line="461"/>
        <source>Uw versie (nog niet opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostiek</name>
    <message>
        <location filename="../../desktop/diagnostics.py" line="70"/>
        <source>Er ging iets mis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/diagnostics.py" line="72"/>
        <source>Er ging iets mis in de werkplek. Wat u net deed, is mogelijk niet afgemaakt; gegevens die al waren opgeslagen blijven bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/diagnostics.py" line="79"/>
        <source>Probeer het opnieuw. Gebeurt het vaker, meld het dan bij de servicedesk en noem het tijdstip. De technische details staan in het logbestand:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="18"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="19"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="20"/>
        <source>Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="21"/>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="23"/>
        <source>Taal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="23"/>
        <source>Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="23"/>
        <source>Engels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="26"/>
        <source>Verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/documenten.py" line="27"/>
        <source>niet verzonden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentenTab</name>
    <message>
        <location filename="../../ui/views/klantbeeld/documenten_tab.py" line="36"/>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/documenten_tab.py" line="40"/>
        <source>&amp;PDF openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/documenten_tab.py" line="42"/>
        <source>Open de gekozen brief in de PDF-lezer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/documenten_tab.py" line="45"/>
        <source>Document ophalen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/documenten_tab.py" line="46"/>
        <source>Er zijn nog geen brieven of overzichten naar deze burger gestuurd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoofdVenster</name>
    <message>
        <location filename="../../desktop/main_window.py" line="89"/>
        <source>Werkplek Toeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="101"/>
        <source>Aangemeld als %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="104"/>
        <source>&amp;Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="107"/>
        <source>&amp;Andere medewerker kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="109"/>
        <source>A&amp;fsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="133"/>
        <location filename="../../desktop/main_window.py" line="168"/>
        <location filename="../../desktop/main_window.py" line="315"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="135"/>
        <source>Klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="155"/>
        <source>Opslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="156"/>
        <source>Medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158"/>
        <source>Rol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="158"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160"/>
        <source>taken laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="160"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161"/>
        <location filename="../../desktop/main_window.py" line="345"/>
        <source>verbonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="161"/>
        <source>Verbinding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="172"/>
        <source>Terug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="316"/>
        <source>%1 – Werkplek Toeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325"/>
        <source>taken niet beschikbaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="333"/>
        <source>geen taken voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="335"/>
        <source>1 taak voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="337"/>
        <source>%1 taken voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="339"/>
        <source>waarvan %1 te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="347"/>
        <source>geen verbinding met de opslag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HuishoudenTab</name>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="38"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="39"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="40"/>
        <source>Geboren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="41"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="42"/>
        <source>Postcode en plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="43"/>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="44"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="45"/>
        <source>Rekeningnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="46"/>
        <source>Taal van brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="47"/>
        <source>Voorkeur contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="48"/>
        <source>Communicatiebehoefte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="56"/>
        <source>Persoon en contactgegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="61"/>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="66"/>
        <source>Kwetsbaarheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="74"/>
        <source>Gegevens over partner, kinderen en medebewoners zijn niet beschikbaar voor uw rol. Verwijs de burger voor vragen daarover naar de BelastingTelefoon of de persoonlijk begeleider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="87"/>
        <source>Toeslagpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="88"/>
        <source>Kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="89"/>
        <source>Medebewoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="90"/>
        <source>Geen toeslagpartner bekend, nu of vroeger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="91"/>
        <source>Geen kinderen bekend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="92"/>
        <source>Geen medebewoners op dit adres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="99"/>
        <source>Toeslag&amp;partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="100"/>
        <source>&amp;Kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="101"/>
        <source>&amp;Medebewoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="143"/>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="144"/>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="148"/>
        <source>niet bekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="149"/>
        <source>Nederlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="149"/>
        <source>Engels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="151"/>
        <source>geen bijzonderheden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="156"/>
        <source>Niet beschikbaar voor uw rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/huishouden_tab.py" line="158"/>
        <source>Geen kwetsbaarheid vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InzageDialoog</name>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="67"/>
        <source>Reden van inzage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="72"/>
        <source>U opent het klantbeeld van %1. Waarom bekijkt u deze gegevens? Uw keuze wordt vastgelegd in het inzagelog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="81"/>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="84"/>
        <source>Toelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="85"/>
        <source>Bijvoorbeeld: vraag van de burger over de brief van oktober</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="88"/>
        <source>&amp;Reden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="89"/>
        <source>&amp;Toelichting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="92"/>
        <source>&amp;Openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="93"/>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="117"/>
        <source>Verplicht bij de reden &apos;Anders&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="117"/>
        <source>Niet verplicht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/inzage_dialoog.py" line="131"/>
        <source>Vul een toelichting in: bij de reden &apos;Anders&apos; is die verplicht</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindModel</name>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="59"/>
        <source>Voornaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="61"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="64"/>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="69"/>
        <source>Woont thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="69"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="69"/>
        <source>nee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Klantbeeld</name>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="76"/>
        <source>huishouden: niet beschikbaar voor uw rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="81"/>
        <source>partner %1 (sinds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="86"/>
        <source>uit buitenland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="89"/>
        <source>geen toeslagpartner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="94"/>
        <source>1 kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="94"/>
        <source>%n kinderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="101"/>
        <source>1 medebewoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="102"/>
        <source>%n medebewoners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="108"/>
        <source>begeleider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="120"/>
        <source>overleden op %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="139"/>
        <source>1 open signaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="140"/>
        <source>%n open signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="149"/>
        <source>1 open vordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="149"/>
        <source>%n open vorderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="154"/>
        <source>1 in aanmaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="154"/>
        <source>%n in aanmaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="166"/>
        <source>1 termijn van de betalingsregeling gemist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="167"/>
        <source>%n termijnen van de betalingsregeling gemist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="181"/>
        <source>1 taak te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="181"/>
        <source>%n taken te laat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="191"/>
        <source>1 taak voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="192"/>
        <source>%n taken voor vandaag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="205"/>
        <source>eerste contact begeleiding uiterlijk %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="213"/>
        <source>let op: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="222"/>
        <source>laatste contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="228"/>
        <source>nog geen contact geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="249"/>
        <source>Geen lopende toeslagen in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="251"/>
        <source>/mnd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="256"/>
        <source>samen %1 per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="258"/>
        <source>per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="267"/>
        <source>Geen open vorderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="272"/>
        <source>1 vordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="272"/>
        <source>%n vorderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="281"/>
        <source>en nog %1 (zie Vorderingen &amp; regelingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="284"/>
        <source>Totaal open %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="294"/>
        <source>Geen actieve betalingsregeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="296"/>
        <source>Er is een voorstel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="302"/>
        <source>%1 per maand, %2 van %3 betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="310"/>
        <source>volgende termijn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="315"/>
        <source>gepauzeerd tot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="321"/>
        <source>Niet beschikbaar voor uw rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="325"/>
        <source>Geen open signalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="329"/>
        <source>en nog %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="337"/>
        <source>nog niet toegewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="338"/>
        <source>Begeleider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="339"/>
        <source>Begeleiding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="346"/>
        <source>Geen persoonlijke begeleiding en geen open taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/samenvatting.py" line="352"/>
        <source>Geen open taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KlantbeeldView</name>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="112"/>
        <source>Nog geen klantbeeld geopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="116"/>
        <source>Zoek een burger met Ctrl+K of via Zoeken (Alt+1). Het klantbeeld toont dan het hele huishouden: toeslagen, vorderingen, regelingen, contacten en brieven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="135"/>
        <source>Klantbeeld laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="141"/>
        <location filename="../../ui/views/klantbeeld/view.py" line="203"/>
        <source>Contact registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="142"/>
        <source>Contact registreren (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="143"/>
        <source>Sneltoets Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="147"/>
        <source>Vernieuwen (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="148"/>
        <location filename="../../ui/views/klantbeeld/view.py" line="208"/>
        <source>Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="152"/>
        <source>Lopende toeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="153"/>
        <source>Openstaand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="154"/>
        <source>Betalingsregeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="155"/>
        <source>Signalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="156"/>
        <source>Begeleiding en acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="161"/>
        <source>Onderdelen van het klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="167"/>
        <source>&amp;Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="168"/>
        <source>T&amp;oeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="169"/>
        <source>&amp;Vorderingen &amp;&amp; regelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="170"/>
        <source>&amp;Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="171"/>
        <source>&amp;Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="212"/>
        <source>PDF openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="230"/>
        <source>Klantbeeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="238"/>
        <source>Klantbeeld van %1 openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="304"/>
        <source>Vernieuwen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="325"/>
        <source>opgehaald om %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="376"/>
        <source>&amp;Reden opnieuw opgeven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="388"/>
        <source>Het klantbeeld kon niet worden geladen door een onverwachte fout. De details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="440"/>
        <source>Contact opgeslagen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="470"/>
        <source>Er is geen programma gevonden om PDF-bestanden te openen. Het document staat in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/view.py" line="485"/>
        <source>Het document kon niet worden geopend. De details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialoog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="54"/>
        <source>Aanmelden – Werkplek Toeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="62"/>
        <source>Werkplek Toeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="75"/>
        <source>Kies het demo-account waarmee u werkt. De rol bepaalt wat u ziet en wat u mag doen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="77"/>
        <source>Kies uw account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="83"/>
        <source>Opslag openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="86"/>
        <source>Typ een naam, team of rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="88"/>
        <source>Zoek medewerker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="89"/>
        <source>&amp;Zoek medewerker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="105"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="106"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="110"/>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="111"/>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialoog.py" line="190"/>
        <source>Deze opslag bevat geen actieve medewerkers. Vul haar eerst met demogegevens (werkplek-demo) of laat een beheerder accounts aanmaken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedebewonerModel</name>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="76"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="77"/>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="79"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="81"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="83"/>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="84"/>
        <source>heden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="88"/>
        <source>Toetsingsinkomen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeldingBalk</name>
    <message>
        <location filename="../../ui/widgets/melding.py" line="42"/>
        <location filename="../../ui/widgets/melding.py" line="82"/>
        <source>&amp;Opnieuw proberen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/melding.py" line="48"/>
        <location filename="../../ui/widgets/melding.py" line="49"/>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/melding.py" line="74"/>
        <source>Fout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/melding.py" line="75"/>
        <source>Let op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/melding.py" line="76"/>
        <source>Gelukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/melding.py" line="77"/>
        <source>Informatie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meldingen</name>
    <message>
        <location filename="../../ui/dialogs/meldingen.py" line="21"/>
        <source>Niet opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meldingen.py" line="22"/>
        <source>U heeft gegevens ingevuld die nog niet zijn opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meldingen.py" line="23"/>
        <source>Wilt u deze invoer weggooien?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meldingen.py" line="24"/>
        <source>&amp;Weggooien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meldingen.py" line="25"/>
        <source>&amp;Terug naar het formulier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigatieRail</name>
    <message>
        <location filename="../../ui/widgets/rail.py" line="38"/>
        <source>Navigatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/rail.py" line="69"/>
        <source>Ga naar %1, sneltoets %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opstart</name>
    <message>
        <location filename="../../desktop/app.py" line="230"/>
        <source>Opslag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="252"/>
        <source>Opslag openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="287"/>
        <source>De opslag kon niet worden geopend. Controleer het adres van de opslag en of de server bereikbaar is. De details staan in het logbestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="300"/>
        <source>Lokale opslag vullen met voorbeeldhuishoudens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="302"/>
        <source>De lokale opslag wordt gevuld met %1 voorbeeldhuishoudens. Dit gebeurt alleen bij de eerste start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="305"/>
        <source>Eerste start: lokale opslag vullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="305"/>
        <source>huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="325"/>
        <source>Afbreken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="363"/>
        <source>Het vullen van de lokale opslag met voorbeeldhuishoudens is mislukt. De details staan in het logbestand. U kunt het opnieuw proberen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="374"/>
        <source>Het vullen van de lokale opslag is afgebroken; er is niets bewaard. Kies &apos;Opnieuw proberen&apos; om opnieuw te beginnen, of sluit de werkplek af.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerModel</name>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="22"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="24"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="30"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="34"/>
        <source>Vanaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="36"/>
        <source>Tot en met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="37"/>
        <source>heden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="40"/>
        <source>Bijzonderheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="46"/>
        <source>huidige partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/huishouden.py" line="48"/>
        <source>uit buitenland (nareizend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegelingModel</name>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="60"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="62"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="66"/>
        <source>Totaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="68"/>
        <source>Per termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="73"/>
        <source>Voortgang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="74"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="75"/>
        <source>Volgende termijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="79"/>
        <source>%1 van %2 betaald</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnelZoeken</name>
    <message>
        <location filename="../../ui/widgets/snelzoeken.py" line="81"/>
        <source>Zoek burger op BSN, naam of postcode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snelzoeken.py" line="82"/>
        <source>Snel zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snelzoeken.py" line="85"/>
        <source>Typ een BSN, een achternaam met geboortedatum of een postcode met huisnummer en druk op Enter. Pijl omlaag toont de laatst geopende huishoudens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snelzoeken.py" line="97"/>
        <source>Laatst geopende huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SneltoetsenDialoog</name>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="26"/>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="62"/>
        <source>Sneltoetsen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="32"/>
        <source>Zoek een burger (BSN, naam met geboortedatum, postcode met huisnummer); pijl omlaag toont de laatst geopende huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="39"/>
        <source>Terug naar het vorige scherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="40"/>
        <source>Contact registreren (in het klantbeeld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="41"/>
        <source>Opslaan (in een formulier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="42"/>
        <source>Klantbeeld vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="45"/>
        <source>De gekozen brief openen als PDF (om te lezen of af te drukken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="47"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="47"/>
        <source>Open de gekozen regel (burger, contact, brief, berekening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="48"/>
        <source>Tab / Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="48"/>
        <source>Naar het volgende / vorige veld; pijltjes bewegen binnen een tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="49"/>
        <source>Alt + onderstreepte letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="49"/>
        <source>Naar het veld of de knop met die letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="50"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="50"/>
        <source>Venster sluiten (u wordt gewaarschuwd als er iets niet is opgeslagen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="51"/>
        <source>Deze lijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="52"/>
        <source>Werkplek afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sneltoetsen_dialoog.py" line="67"/>
        <source>&amp;Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StapModel</name>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="32"/>
        <source>Stap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="33"/>
        <source>Waarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="34"/>
        <source>Uitleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/berekening.py" line="35"/>
        <source>Wettelijke grondslag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermijnModel</name>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="99"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="101"/>
        <source>Vervaldatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="105"/>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="106"/>
        <source>Betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tijdlijn</name>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="39"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="40"/>
        <source>Beschikking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="41"/>
        <source>Betaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="42"/>
        <source>Brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="70"/>
        <source>Afspraken: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="72"/>
        <source>Opgelost in het eerste contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="76"/>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="87"/>
        <source>Kenmerk: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="77"/>
        <source>Bezwaar mogelijk tot en met </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="80"/>
        <source>Voorschot per maand: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="82"/>
        <source>Uitkomst: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="86"/>
        <source>niet verzonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="87"/>
        <source>Verzonden: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="99"/>
        <source>inkomend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="99"/>
        <source>uitgaand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TijdlijnModel</name>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="170"/>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="172"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="177"/>
        <source>Omschrijving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="179"/>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/tijdlijn.py" line="184"/>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TijdlijnTab</name>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="46"/>
        <source>Alles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="48"/>
        <source>Contacten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="49"/>
        <source>Beschikkingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="50"/>
        <source>Betalingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="51"/>
        <source>Brieven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="54"/>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="55"/>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="58"/>
        <source>Filter op tekst, bijvoorbeeld &apos;terugvordering&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="60"/>
        <source>Filter op tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="61"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="65"/>
        <source>Contact &amp;wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="69"/>
        <source>&amp;PDF openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="77"/>
        <source>Tijdlijn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="83"/>
        <source>Details van de gekozen regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="84"/>
        <source>Kies een regel om de details te zien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="90"/>
        <source>Interne notities: niet beschikbaar voor uw rol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="146"/>
        <source>%1 regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="148"/>
        <source>%1 van %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="153"/>
        <source>Nog niets in de tijdlijn: er zijn geen contacten, beschikkingen, betalingen of brieven. Registreer een contact met Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/tijdlijn_tab.py" line="158"/>
        <source>Geen regels die bij dit filter passen. Kies &apos;Alles&apos; of wis het filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToeslagModel</name>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="27"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="29"/>
        <source>Regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="33"/>
        <source>Voorschot per maand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="39"/>
        <source>Voorschot jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="44"/>
        <source>Betaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="46"/>
        <source>Definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="48"/>
        <source>nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="54"/>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/toeslagen.py" line="67"/>
        <source>Dit bedrag rust op een parameter die nog niet officieel is bevestigd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToeslagenTab</name>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="50"/>
        <source>Jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="51"/>
        <source>&amp;Jaar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="53"/>
        <source>Waarom dit &amp;bedrag?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="54"/>
        <source>Toon de berekening van de gekozen toeslag, stap voor stap (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="59"/>
        <source>Verschil = definitief bedrag min betaald voorschot: een nabetaling krijgt de burger nog, een terugvordering moet de burger terugbetalen. Een waarschuwingsteken bij de regeling betekent dat het bedrag rust op een parameter die nog niet officieel is bevestigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="71"/>
        <source>Toeslagen per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="75"/>
        <source>Geen toeslagen bekend voor dit huishouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/toeslagen_tab.py" line="102"/>
        <source>Alle jaren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoorschotGrafiek</name>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="51"/>
        <source>Grafiek voorschot en definitief per jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="65"/>
        <location filename="../../ui/widgets/grafiek.py" line="96"/>
        <source>Geen toeslagen om te tonen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="70"/>
        <location filename="../../ui/widgets/grafiek.py" line="120"/>
        <source>nog niet definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="73"/>
        <source>%1 %2: voorschot %3, definitief %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="111"/>
        <source>voorschot (jaarbedrag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="111"/>
        <location filename="../../ui/widgets/grafiek.py" line="185"/>
        <source>definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="178"/>
        <source>%1 %2: nog niet definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/grafiek.py" line="185"/>
        <source>voorschot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoortgangDialoog</name>
    <message>
        <location filename="../../ui/dialogs/voortgang_dialoog.py" line="23"/>
        <source>Voorbereiden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/voortgang_dialoog.py" line="24"/>
        <source>&amp;Afbreken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/voortgang_dialoog.py" line="39"/>
        <source>%1 van %2 %3…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VorderingModel</name>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="29"/>
        <source>Kenmerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="31"/>
        <source>Herkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="35"/>
        <source>Ontstaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="36"/>
        <source>Betalen vóór</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="37"/>
        <source>Bedrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="38"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="40"/>
        <source>Rente en kosten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/vorderingen.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VorderingenTab</name>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="37"/>
        <source>Vorderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="41"/>
        <source>Geen vorderingen: deze burger heeft niets terug te betalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="48"/>
        <source>Betalingsregelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="51"/>
        <source>Geen betalingsregelingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="58"/>
        <source>Termijnen van de gekozen regeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="67"/>
        <source>&amp;Vorderingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="74"/>
        <source>Betalings&amp;regelingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="103"/>
        <source>Totaal open (met rente en kosten): %1, in %2 van %3 vorderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="109"/>
        <source>Geen open vorderingen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="118"/>
        <source>&amp;Termijnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="128"/>
        <source>&amp;Termijnen: er is geen betalingsregeling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/klantbeeld/vorderingen_tab.py" line="144"/>
        <source>&amp;Termijnen van de gekozen regeling (%1 van %2 betaald)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weergave</name>
    <message>
        <location filename="../../ui/weergave.py" line="62"/>
        <source>BSN eindigend op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/weergave.py" line="66"/>
        <source>%1 jr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/weergave.py" line="73"/>
        <source>nabetaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/weergave.py" line="73"/>
        <source>terugvordering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/weergave.py" line="81"/>
        <source>geen verschil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoekenView</name>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="98"/>
        <source>Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="106"/>
        <source>Zoek een burger op BSN, op achternaam met geboortedatum, of op postcode met huisnummer. Druk op Enter in een veld om te zoeken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="113"/>
        <source>Als baliemedewerker zoekt u alleen op het volledige BSN (9 cijfers). Vraag de burger om een brief of identiteitsbewijs met het BSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="118"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="118"/>
        <source>9 cijfers, bijvoorbeeld 123456782</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="120"/>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="120"/>
        <source>bijvoorbeeld El Amrani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="121"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="121"/>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="123"/>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="123"/>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="125"/>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="125"/>
        <source>12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="134"/>
        <source>Zoeken op BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="135"/>
        <source>Zoeken op naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="136"/>
        <source>Zoeken op adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="143"/>
        <source>&amp;BSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="149"/>
        <source>&amp;Achternaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="152"/>
        <source>&amp;Geboortedatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="160"/>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="163"/>
        <source>&amp;Huisnummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="182"/>
        <source>Zoeken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="190"/>
        <source>Zoekresultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="194"/>
        <source>&amp;Resultaten:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="315"/>
        <source>Als baliemedewerker zoekt u alleen op het volledige BSN (9 cijfers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="331"/>
        <source>Vul ook de geboortedatum in (dd-mm-jjjj). Zoeken op alleen een naam kan niet, om de privacy van burgers te beschermen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="344"/>
        <source>met dit BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="350"/>
        <source>Vul de achternaam in (het begin is genoeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="358"/>
        <source>met deze naam en geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="369"/>
        <source>Vul het huisnummer in als getal, zonder toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="373"/>
        <source>op dit adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="392"/>
        <source>Geen burger gevonden %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="395"/>
        <source>Controleer de gegevens. U kunt ook op een andere manier zoeken, bijvoorbeeld op postcode en huisnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="399"/>
        <source>Controleer het BSN met de burger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="407"/>
        <source>1 burger gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="407"/>
        <source>%1 burgers gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/zoeken_view.py" line="427"/>
        <source>het zoeken is mislukt door een onverwachte fout; de details staan in het logbestand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoekresultaatModel</name>
    <message>
        <location filename="../../ui/qtmodels/zoekresultaten.py" line="18"/>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/zoekresultaten.py" line="20"/>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/zoekresultaten.py" line="26"/>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/zoekresultaten.py" line="28"/>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qtmodels/zoekresultaten.py" line="30"/>
        <source>Begeleider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
