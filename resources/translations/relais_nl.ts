<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>BackupStatus</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>No backup yet: back up now (Ctrl+Shift+S)</source>
        <translation>Nog geen back-up: maak er nu een (Ctrl+Shift+S)</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago (%1): back up now (Ctrl+Shift+S)</source>
        <translation>
            <numerusform>Laatste back-up %n dag geleden (%1): maak er nu een (Ctrl+Shift+S)</numerusform>
            <numerusform>Laatste back-up %n dagen geleden (%1): maak er nu een (Ctrl+Shift+S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <source>Automatic backup failed: %1</source>
        <translation>De automatische back-up is mislukt: %1</translation>
    </message>
    <message>
        <source>Daily backup made.</source>
        <translation>Back-up van vandaag gemaakt.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export follow-ups to the calendar</source>
        <translation>Opvolging naar de agenda exporteren</translation>
    </message>
    <message>
        <source>&amp;All situations</source>
        <translation>&amp;Alle situaties</translation>
    </message>
    <message>
        <source>&amp;Only the situation %1</source>
        <translation>&amp;Enkel situatie %1</translation>
    </message>
    <message>
        <source>Put the persons&apos; &amp;names and the notes in the events</source>
        <translation>De &amp;namen van de personen en de notities in de afspraken zetten</translation>
    </message>
    <message>
        <source>A calendar is often copied to a phone or an online service that Relais does not protect: anyone who sees your agenda would learn whom you follow. Without names, events show the pseudonym code only (S-…).</source>
        <translation>Een agenda wordt vaak naar een telefoon of een onlinedienst gekopieerd die Relais niet beschermt: wie uw agenda ziet, weet dan wie u opvolgt. Zonder namen tonen de afspraken alleen de pseudoniemcode (S-…).</translation>
    </message>
    <message>
        <source>&amp;Save as .ics…</source>
        <translation>Op&amp;slaan als .ics…</translation>
    </message>
    <message>
        <source>The next check-ins and the reminders not yet done, each as an all-day event. Importing the file again updates the same events.</source>
        <translation>De volgende contactmomenten en de herinneringen die nog niet gedaan zijn, elk als een afspraak van een hele dag. Het bestand opnieuw importeren werkt dezelfde afspraken bij.</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>De agenda opslaan</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Agendabestanden (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written: %1</source>
        <translation>Agenda geschreven: %1</translation>
    </message>
    <message>
        <source>The calendar was not written: %1</source>
        <translation>De agenda is niet geschreven: %1</translation>
    </message>
</context>
<context>
    <name>CanvasReviewDialog</name>
    <message>
        <source>Export the anonymised canvases (PDF)</source>
        <translation>De geanonimiseerde canvassen exporteren (PDF)</translation>
    </message>
    <message>
        <source>Export the anonymised canvases (JSON)</source>
        <translation>De geanonimiseerde canvassen exporteren (JSON)</translation>
    </message>
    <message>
        <source>Review before export — CdP session</source>
        <translation>Nalezen vóór export — CdP-sessie</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessie van %1</translation>
    </message>
    <message>
        <source>The language model is not in use: names are found from the register and by patterns only. Read each text with extra care.</source>
        <translation>Het taalmodel wordt niet gebruikt: namen worden alleen via het register en patronen gevonden. Lees elke tekst extra aandachtig.</translation>
    </message>
    <message>
        <source>%1 Read the texts again, then confirm.</source>
        <translation>%1 Lees de teksten opnieuw en bevestig dan.</translation>
    </message>
    <message>
        <source>Replacements: %1 — to check: %2</source>
        <translation>Vervangingen: %1 — na te kijken: %2</translation>
    </message>
</context>
<context>
    <name>CardGrid</name>
    <message>
        <source>%1 (drawn, number %2)</source>
        <translation>%1 (getrokken, nummer %2)</translation>
    </message>
</context>
<context>
    <name>CdpSessionForm</name>
    <message>
        <source>Date of the session</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>e.g. CdP Brussels-West</source>
        <translation>bv. CdP Brussel-West</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiënt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Zorgverlener</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>Nœud worked on</source>
        <translation>Behandeld knelpunt</translation>
    </message>
    <message>
        <source>The nœud in the group&apos;s own words</source>
        <translation>Het knelpunt in de eigen woorden van de groep</translation>
    </message>
    <message>
        <source>Situations brought to the session</source>
        <translation>Situaties ingebracht in de sessie</translation>
    </message>
    <message>
        <source>One positive element</source>
        <translation>Een positief element</translation>
    </message>
    <message>
        <source>One difficulty</source>
        <translation>Een moeilijkheid</translation>
    </message>
    <message>
        <source>One new element</source>
        <translation>Een nieuw element</translation>
    </message>
    <message>
        <source>One solution that emerged</source>
        <translation>Een oplossing die naar voren kwam</translation>
    </message>
    <message>
        <source>&amp;1. One positive element</source>
        <translation>&amp;1. Een positief element</translation>
    </message>
    <message>
        <source>&amp;2. One difficulty</source>
        <translation>&amp;2. Een moeilijkheid</translation>
    </message>
    <message>
        <source>&amp;3. One new element</source>
        <translation>&amp;3. Een nieuw element</translation>
    </message>
    <message>
        <source>&amp;4. One solution that emerged</source>
        <translation>&amp;4. Een oplossing die naar voren kwam</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>Nœud (recurring &amp;problem):</source>
        <translation>Knelpunt (terugkerend &amp;probleem):</translation>
    </message>
    <message>
        <source>In the group&apos;s own &amp;words:</source>
        <translation>In de eigen w&amp;oorden van de groep:</translation>
    </message>
    <message>
        <source>Situations &amp;brought (one or two)</source>
        <translation>&amp;Ingebrachte situaties (één of twee)</translation>
    </message>
    <message>
        <source>We talk about situations, not patients: only the pseudonym leaves this screen, and only for a situation whose person agreed to the exchange.</source>
        <translation>We spreken over situaties, niet over patiënten: alleen het pseudoniem verlaat dit scherm, en alleen voor een situatie waarvan de persoon met de uitwisseling instemde.</translation>
    </message>
    <message>
        <source>After the session: the four points reported</source>
        <translation>Na de sessie: de vier gerapporteerde punten</translation>
    </message>
    <message>
        <source>No situation in the register yet.</source>
        <translation>Nog geen situatie in het register.</translation>
    </message>
    <message>
        <source>consent not recorded</source>
        <translation>toestemming niet geregistreerd</translation>
    </message>
</context>
<context>
    <name>CdpSessionsPage</name>
    <message>
        <source>Community-of-practice sessions</source>
        <translation>Sessies van de praktijkgemeenschap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Nœud</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>Ni&amp;euwe sessie</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Prepare the e&amp;xport…</source>
        <translation>Expor&amp;t voorbereiden…</translation>
    </message>
    <message>
        <source>Review the anonymised canvases of the situations brought, then export them as PDF or JSON.</source>
        <translation>De geanonimiseerde canvassen van de ingebrachte situaties nalezen en ze dan exporteren als PDF of JSON.</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Be&amp;waren</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>De sessie bewaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>CdP &amp;sessions</source>
        <translation>CdP-&amp;sessies</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>The session shown has changes that are not saved. Leave them?</source>
        <translation>De getoonde sessie heeft niet-bewaarde wijzigingen. Ze laten vallen?</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessie van %1</translation>
    </message>
    <message>
        <source>At most %1 situations per session (the report advises one or two).</source>
        <translation>Hoogstens %1 situaties per sessie (het rapport raadt er één of twee aan).</translation>
    </message>
    <message>
        <source>Session of %1 saved.</source>
        <translation>Sessie van %1 bewaard.</translation>
    </message>
    <message>
        <source>Delete this CdP session? The situations themselves are not touched.</source>
        <translation>Deze CdP-sessie verwijderen? De situaties zelf blijven ongewijzigd.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>De sessie verwijderen</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Sessie verwijderd.</translation>
    </message>
    <message>
        <source>Tick at least one situation to prepare its canvas.</source>
        <translation>Vink minstens één situatie aan om haar canvas voor te bereiden.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Wachtzin wijzigen</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtzin</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Huidige wachtzin:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Wi&amp;jzigen</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Typ uw huidige wachtzin.</translation>
    </message>
    <message>
        <source>The current passphrase is not right.</source>
        <translation>De huidige wachtzin klopt niet.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>De wachtzin kon niet worden gewijzigd (%1).</translation>
    </message>
</context>
<context>
    <name>CloseSituationDialog</name>
    <message>
        <source>Close the accompaniment</source>
        <translation>Begeleiding afsluiten</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <source>Closed &amp;on</source>
        <translation>Afgesloten &amp;op</translation>
    </message>
    <message>
        <source>Closing clears the next check-in date. You can reopen the accompaniment later.</source>
        <translation>Bij het afsluiten wordt de datum van het volgende contact gewist. U kunt de begeleiding later heropenen.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Consent to share</source>
        <translation>Toestemming om te delen</translation>
    </message>
    <message>
        <source>(type a name below)</source>
        <translation>(typ hieronder een naam)</translation>
    </message>
    <message>
        <source>Network &amp;member</source>
        <translation>&amp;Netwerklid</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;am</translation>
    </message>
    <message>
        <source>&amp;Role or organisation</source>
        <translation>&amp;Rol of organisatie</translation>
    </message>
    <message>
        <source>The person agrees that their situation is shared with this professional (handover sheet).</source>
        <translation>De persoon gaat ermee akkoord dat de situatie met deze professional wordt gedeeld (overdrachtsfiche).</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consents to share (handover sheet)</source>
        <translation>Toestemmingen om te delen (overdrachtsfiche)</translation>
    </message>
    <message>
        <source>Consents to share</source>
        <translation>Toestemmingen om te delen</translation>
    </message>
    <message>
        <source>Record a &amp;consent to share…</source>
        <translation>Toestemming &amp;om te delen vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw the consent…</source>
        <translation>Toestemming intre&amp;kken…</translation>
    </message>
    <message>
        <source>No consent recorded: the handover sheet cannot be made yet.</source>
        <translation>Geen toestemming vastgelegd: de overdrachtsfiche kan nog niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 — since %2</source>
        <translation>%1 — sinds %2</translation>
    </message>
    <message>
        <source>%1 — withdrawn on %2</source>
        <translation>%1 — ingetrokken op %2</translation>
    </message>
    <message>
        <source>Withdraw the consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdraw the consent to share with %1? No handover sheet can be made for them after.</source>
        <translation>De toestemming om te delen met %1 intrekken? Daarna kan geen overdrachtsfiche meer voor deze persoon worden gemaakt.</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gekozen</translation>
    </message>
    <message>
        <source>Previous cards</source>
        <translation>Vorige kaarten</translation>
    </message>
    <message>
        <source>More cards</source>
        <translation>Meer kaarten</translation>
    </message>
    <message>
        <source>Cards at a time:</source>
        <translation>Kaarten tegelijk:</translation>
    </message>
    <message>
        <source>Screen %1 of %2</source>
        <translation>Scherm %1 van %2</translation>
    </message>
    <message>
        <source>In your own words, about “%1”:</source>
        <translation>In uw eigen woorden, over „%1”:</translation>
    </message>
    <message>
        <source>Touch a card that matters to you.</source>
        <translation>Raak een kaart aan die belangrijk is voor u.</translation>
    </message>
    <message>
        <source>I have finished</source>
        <translation>Ik ben klaar</translation>
    </message>
    <message>
        <source>What you chose</source>
        <translation>Wat u hebt gekozen</translation>
    </message>
    <message>
        <source>No card chosen yet.</source>
        <translation>Nog geen kaart gekozen.</translation>
    </message>
    <message>
        <source>Set aside for now: %1</source>
        <translation>Voorlopig opzijgelegd: %1</translation>
    </message>
    <message>
        <source>Back to the cards</source>
        <translation>Terug naar de kaarten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Kaart: %1</translation>
    </message>
    <message>
        <source>Card: %1, chosen</source>
        <translation>Kaart: %1, gekozen</translation>
    </message>
    <message>
        <source>(no words)</source>
        <translation>(zonder woorden)</translation>
    </message>
</context>
<context>
    <name>ConversationEntry</name>
    <message>
        <source>Conv&amp;ersation mode</source>
        <translation>&amp;Gespreksmodus</translation>
    </message>
    <message>
        <source>The cards full screen, for the person to choose (F11)</source>
        <translation>De kaarten schermvullend, zodat de persoon kiest (F11)</translation>
    </message>
    <message>
        <source>Cards without a pictogram, shown as text only: %1.</source>
        <translation>Kaarten zonder pictogram, alleen als tekst getoond: %1.</translation>
    </message>
    <message>
        <source>Cards shown in French in a conversation in %1: %2.</source>
        <translation>Kaarten die in een gesprek in het %1 in het Frans verschijnen: %2.</translation>
    </message>
</context>
<context>
    <name>ConversationWindow</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>For the referent: hold two seconds to leave</source>
        <translation>Voor de referent: twee seconden ingedrukt houden om te verlaten</translation>
    </message>
    <message>
        <source>In which language shall we talk?</source>
        <translation>In welke taal praten we?</translation>
    </message>
    <message>
        <source>For the referent: choose the language of the conversation, then hand over the screen. To leave, press %1 or hold the small dot in the top right corner for two seconds.</source>
        <translation>Voor de referent: kies de taal van het gesprek en geef dan het scherm door. Om te verlaten: druk op %1 of houd het puntje rechtsboven twee seconden ingedrukt.</translation>
    </message>
</context>
<context>
    <name>DateChoiceDialog</name>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Op</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 weken</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 maand</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Over twee weken</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Over een maand</translation>
    </message>
    <message>
        <source>Choose today or a later date.</source>
        <translation>Kies vandaag of een latere datum.</translation>
    </message>
</context>
<context>
    <name>DialogueTab</name>
    <message>
        <source>Past dialogue sessions</source>
        <translation>Vorige dialoogsessies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Priorities written</source>
        <translation>Genoteerde prioriteiten</translation>
    </message>
    <message>
        <source>Ne&amp;w session</source>
        <translation>Ni&amp;euwe sessie</translation>
    </message>
    <message>
        <source>Open a&amp;gain</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <source>Date of the session</source>
        <translation>Datum van de sessie</translation>
    </message>
    <message>
        <source>Mode of the session</source>
        <translation>Vorm van de sessie</translation>
    </message>
    <message>
        <source>Cards drawn</source>
        <translation>Getrokken kaarten</translation>
    </message>
    <message>
        <source>Difficulties encountered</source>
        <translation>Ondervonden moeilijkheden</translation>
    </message>
    <message>
        <source>Added value experienced</source>
        <translation>Ervaren meerwaarde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>S&amp;ave session</source>
        <translation>Sessie op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+Enter)</source>
        <translation>De sessie opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Vorige sessies</translation>
    </message>
    <message>
        <source>&amp;Cards drawn</source>
        <translation>Getrokken &amp;kaarten</translation>
    </message>
    <message>
        <source>Pr&amp;iorities, in the person&apos;s words</source>
        <translation>&amp;Prioriteiten, in de woorden van de persoon</translation>
    </message>
    <message>
        <source>Two or three are enough; saying it is already something.</source>
        <translation>Twee of drie volstaan; het uitspreken is al iets.</translation>
    </message>
    <message>
        <source>Di&amp;fficulties encountered</source>
        <translation>Ondervonden moei&amp;lijkheden</translation>
    </message>
    <message>
        <source>Added val&amp;ue experienced</source>
        <translation>Ervaren &amp;meerwaarde</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Not&amp;ities</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sessie van %1</translation>
    </message>
    <message>
        <source>S&amp;ave changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <source>Already written: %1 (see the Priorities tab).</source>
        <translation>Al genoteerd: %1 (zie het tabblad Prioriteiten).</translation>
    </message>
    <message>
        <source>No card drawn. Arrows move, Space draws or puts back a card.</source>
        <translation>Geen kaart getrokken. Pijltjes: verplaatsen; spatie: een kaart trekken of terugleggen.</translation>
    </message>
    <message>
        <source>Drawn (%1): %2</source>
        <translation>Getrokken (%1): %2</translation>
    </message>
    <message>
        <source>Session of %1 saved. Priorities written: %2.</source>
        <translation>Sessie van %1 opgeslagen. Genoteerde prioriteiten: %2.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>De sessie verwijderen</translation>
    </message>
    <message>
        <source>Delete this dialogue session? The priorities written during it are kept.</source>
        <translation>Deze dialoogsessie verwijderen? De prioriteiten die toen zijn genoteerd, blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documenten</translation>
    </message>
    <message>
        <source>&amp;Handover sheet (passer le relais)…</source>
        <translation>&amp;Overdrachtsfiche (het stokje doorgeven)…</translation>
    </message>
    <message>
        <source>&amp;Situation file (your records)…</source>
        <translation>&amp;Situatiedossier (uw archief)…</translation>
    </message>
    <message>
        <source>GDPR &amp;access request (PDF)…</source>
        <translation>Inzage in gegevens AVG (&amp;PDF)…</translation>
    </message>
    <message>
        <source>GDPR access request (&amp;JSON)…</source>
        <translation>Inzage in gegevens AVG (&amp;JSON)…</translation>
    </message>
    <message>
        <source>Follow-ups to the ca&amp;lendar (.ics)…</source>
        <translation>Opvolging naar de &amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>Your &amp;contact on the documents…</source>
        <translation>Uw &amp;contactgegevens op de documenten…</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>Overdrachtsfiche</translation>
    </message>
    <message>
        <source>Situation file</source>
        <translation>Situatiedossier</translation>
    </message>
    <message>
        <source>GDPR access request</source>
        <translation>Inzage in gegevens (AVG)</translation>
    </message>
    <message>
        <source>For which professional?</source>
        <translation>Voor welke professional?</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Document wordt voorbereid…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>Handover sheet, situation file, GDPR access (Ctrl+Shift+D)</source>
        <translation>Overdrachtsfiche, situatiedossier, inzage AVG (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>DurationEdit</name>
    <message>
        <source>e.g. 45, 1h30</source>
        <translation>bv. 45, 1u30</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>Type a duration, for example 45, 1h30 or 1:30.</source>
        <translation>Geef een duur op, bijvoorbeeld 45, 1u30 of 1:30.</translation>
    </message>
    <message>
        <source>A duration cannot be negative.</source>
        <translation>Een duur kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A duration of zero minutes cannot be saved.</source>
        <translation>Een duur van nul minuten kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>More than 24 h on one line: split this time over several days.</source>
        <translation>Meer dan 24 u op één regel: verdeel deze tijd over meerdere dagen.</translation>
    </message>
    <message>
        <source>“%1”: give the unit, for example “%1 h” or “90 min”.</source>
        <translation>„%1”: geef de eenheid, bijvoorbeeld „%1 u” of „90 min”.</translation>
    </message>
    <message>
        <source>Unreadable duration: “%1”. Write for example 45, 45 min, 1h30, 1:30 or 1,5 h.</source>
        <translation>Onleesbare duur: „%1”. Schrijf bijvoorbeeld 45, 45 min, 1u30, 1:30 of 1,5 u.</translation>
    </message>
</context>
<context>
    <name>EditTextDialog</name>
    <message>
        <source>Text as it will be exported</source>
        <translation>Tekst zoals hij geëxporteerd wordt</translation>
    </message>
    <message>
        <source>&amp;Text as it will be exported:</source>
        <translation>&amp;Tekst zoals hij geëxporteerd wordt:</translation>
    </message>
    <message>
        <source>Placeholders such as [PERSONNE 1] can stay. The new text is checked again when you accept: a name you type is masked like any other.</source>
        <translation>Vervangingen zoals [PERSONNE 1] mogen blijven. De nieuwe tekst wordt opnieuw nagekeken wanneer u aanvaardt: een naam die u typt, wordt net als de andere gemaskeerd.</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nieuwe situatie</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alles is opgeslagen</translation>
    </message>
    <message>
        <source>This situation has changes that are not saved.</source>
        <translation>Deze situatie heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t save</source>
        <translation>&amp;Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EntryEditDialog</name>
    <message>
        <source>Edit the time</source>
        <translation>Tijd wijzigen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituatie:</translation>
    </message>
    <message>
        <source>&amp;Mobilisation:</source>
        <translation>In&amp;zet:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Kies een taak uit de lijst.</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list.</source>
        <translation>Geen enkele situatie past eenduidig: kies er een uit de lijst.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <source>The mobilisations of the line&apos;s situation.</source>
        <translation>De inzet voor de situatie van deze regel.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bevestiging</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>%1 definitief wissen?</translation>
    </message>
    <message>
        <source>A backup copy of the whole register is made first, in %1. It is encrypted like the register. The person stays in the backups made before the erasure until they are deleted in turn: those made before an erasure, an import or a restore after %2 newer ones, the daily backups after 7 days, 4 weeks or 12 months. You will be offered to delete them now.</source>
        <translation>Eerst wordt een back-up van het hele register gemaakt, in %1. Die is versleuteld zoals het register. De persoon blijft in de back-ups van vóór het wissen tot die op hun beurt verwijderd worden: die van vóór een wissing, een import of een herstel na %2 nieuwere, de dagelijkse back-ups na 7 dagen, 4 weken of 12 maanden. U krijgt de keuze om ze meteen te verwijderen.</translation>
    </message>
    <message>
        <source>the person: identity, address, contact details and notes</source>
        <translation>de persoon: identiteit, adres, contactgegevens en notities</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s): %1</source>
        <translation>
            <numerusform>%n situatie: %1</numerusform>
            <numerusform>%n situaties: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no situation</source>
        <translation>geen situatie</translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n lid van het netwerk</numerusform>
            <numerusform>%n leden van het netwerk</numerusform>
        </translation>
    </message>
    <message>
        <source>all priorities, dialogue sessions, resources mobilised and time entries linked to these situations</source>
        <translation>alle prioriteiten, dialoogsessies, ingeschakelde hulpbronnen en tijdregistraties bij deze situaties</translation>
    </message>
    <message>
        <source>This will erase from the register:</source>
        <translation>Dit wordt uit het register gewist:</translation>
    </message>
    <message>
        <source>To confirm, type the last name “%1” or the word %2:</source>
        <translation>Typ ter bevestiging de achternaam ‘%1’ of het woord %2:</translation>
    </message>
    <message>
        <source>ERASE</source>
        <translation>WISSEN</translation>
    </message>
    <message>
        <source>To confirm, type the word %1:</source>
        <translation>Typ ter bevestiging het woord %1:</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>&amp;I have read every text</source>
        <translation>Ik heb elke tekst gelez&amp;en</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Be&amp;vestigen</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporteren als &amp;JSON…</translation>
    </message>
    <message>
        <source>Clo&amp;se</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>Confirmed: you can export.</source>
        <translation>Bevestigd: u kunt exporteren.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Export wordt geschreven…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The export was not written:
%1

Choose another folder or file name.</source>
        <translation>De export werd niet geschreven:
%1

Kies een andere map of bestandsnaam.</translation>
    </message>
    <message>
        <source>The export was not written (an unexpected error). Nothing was left behind.</source>
        <translation>De export werd niet geschreven (onverwachte fout). Er bleef geen onvolledig bestand achter.</translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>De export werd niet geschreven.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ExportLog</name>
    <message>
        <source>Follow-ups to the calendar</source>
        <translation>Opvolging naar de agenda</translation>
    </message>
    <message>
        <source>CdP session</source>
        <translation>CdP-sessie</translation>
    </message>
    <message>
        <source>CdP moderator&apos;s synthesis</source>
        <translation>Synthese van de CdP-moderator</translation>
    </message>
    <message>
        <source>Invisible-work report</source>
        <translation>Rapport onzichtbaar werk</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Adresboek hulpbronnen</translation>
    </message>
    <message>
        <source>Whole register (JSON)</source>
        <translation>Volledig register (JSON)</translation>
    </message>
    <message>
        <source>Handover sheet</source>
        <translation>Overdrachtsfiche</translation>
    </message>
    <message>
        <source>Situation file</source>
        <translation>Dossier van de situatie</translation>
    </message>
    <message>
        <source>Access request (GDPR)</source>
        <translation>Verzoek om inzage (AVG)</translation>
    </message>
    <message>
        <source>Fridge note</source>
        <translation>Briefje voor de koelkast</translation>
    </message>
    <message>
        <source>Note to the GP</source>
        <translation>Nota voor de huisarts</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Afgedrukt</translation>
    </message>
    <message>
        <source>Mail program</source>
        <translation>E-mailprogramma</translation>
    </message>
    <message>
        <source>Text copied</source>
        <translation>Tekst gekopieerd</translation>
    </message>
    <message>
        <source>E-mail draft (.eml)</source>
        <translation>E-mailconcept (.eml)</translation>
    </message>
    <message>
        <source>professional (consent no. %1)</source>
        <translation>professional (toestemming nr. %1)</translation>
    </message>
    <message>
        <source>the GP</source>
        <translation>de huisarts</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>de persoon</translation>
    </message>
</context>
<context>
    <name>ExportLogPage</name>
    <message>
        <source>Every file Relais wrote or printed from this register: what, when, how and for whom. What the files contained is never kept here.</source>
        <translation>Elk bestand dat Relais uit dit register heeft geschreven of afgedrukt: wat, wanneer, hoe en voor wie. Wat de bestanden bevatten, wordt hier nooit bewaard.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>With names</source>
        <translation>Met namen</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Situatie:</translation>
    </message>
    <message>
        <source>&amp;Kind of export:</source>
        <translation>Soort &amp;export:</translation>
    </message>
    <message>
        <source>All situations</source>
        <translation>Alle situaties</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>%1 exports shown</source>
        <translation>%1 exports getoond</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>drempel</translation>
    </message>
    <message>
        <source>CdP bundles</source>
        <translation>CdP-bundels</translation>
    </message>
    <message>
        <source>invisible-work bundles</source>
        <translation>bundels onzichtbaar werk</translation>
    </message>
    <message>
        <source>files refused</source>
        <translation>geweigerde bestanden</translation>
    </message>
    <message>
        <source>replacements</source>
        <translation>vervangingen</translation>
    </message>
    <message>
        <source>names found by the model</source>
        <translation>namen gevonden door het model</translation>
    </message>
    <message>
        <source>knot</source>
        <translation>knoop</translation>
    </message>
    <message>
        <source>review</source>
        <translation>nalezing</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>nagelezen</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>FieldView</name>
    <message>
        <source>Original text, replacements highlighted</source>
        <translation>Originele tekst, vervangingen gemarkeerd</translation>
    </message>
    <message>
        <source>Text as it will be exported</source>
        <translation>Tekst zoals hij geëxporteerd wordt</translation>
    </message>
    <message>
        <source>&amp;Mask the selection</source>
        <translation>&amp;Selectie maskeren</translation>
    </message>
    <message>
        <source>Select words in the original text, then mask them.</source>
        <translation>Selecteer woorden in de originele tekst en maskeer ze dan.</translation>
    </message>
    <message>
        <source>&amp;Edit the text…</source>
        <translation>Tekst &amp;bewerken…</translation>
    </message>
    <message>
        <source>Rewrite the exported text yourself; it is checked again.</source>
        <translation>Herschrijf de geëxporteerde tekst zelf; hij wordt opnieuw nagekeken.</translation>
    </message>
    <message>
        <source>Replacements in this text</source>
        <translation>Vervangingen in deze tekst</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Origineel</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Na te kijken</translation>
    </message>
    <message>
        <source>&amp;Restore (false positive)</source>
        <translation>He&amp;rstellen (vals positief)</translation>
    </message>
    <message>
        <source>Keep the original words of the selected replacement.</source>
        <translation>De oorspronkelijke woorden van de geselecteerde vervanging behouden.</translation>
    </message>
    <message>
        <source>&amp;Generalise</source>
        <translation>&amp;Veralgemenen</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>vervangen</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>na te kijken</translation>
    </message>
    <message>
        <source>masked by you</source>
        <translation>door u gemaskeerd</translation>
    </message>
    <message>
        <source>&amp;Original text</source>
        <translation>&amp;Originele tekst</translation>
    </message>
    <message>
        <source>E&amp;xported text</source>
        <translation>Geë&amp;xporteerde tekst</translation>
    </message>
    <message>
        <source>Rep&amp;lacements in this text</source>
        <translation>Vervan&amp;gingen in deze tekst</translation>
    </message>
    <message>
        <source>(left in clear)</source>
        <translation>(niet gemaskeerd)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Write “%1” instead (Ctrl+G).</source>
        <translation>In de plaats « %1 » schrijven (Ctrl+G).</translation>
    </message>
    <message>
        <source>Select an item to check that offers a coarser wording (the region, the month).</source>
        <translation>Selecteer een na te kijken element dat een ruimere formulering voorstelt (het gewest, de maand).</translation>
    </message>
    <message>
        <source>Restored: the original words will be exported.</source>
        <translation>Hersteld: de oorspronkelijke woorden worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Select an item to check that offers a generalisation.</source>
        <translation>Selecteer een na te kijken element dat een veralgemening voorstelt.</translation>
    </message>
    <message>
        <source>Generalised: “%1” will be exported.</source>
        <translation>Veralgemeend: « %1 » wordt geëxporteerd.</translation>
    </message>
    <message>
        <source>Select words in the original text first.</source>
        <translation>Selecteer eerst woorden in de originele tekst.</translation>
    </message>
    <message>
        <source>Masked as %1.</source>
        <translation>Gemaskeerd als %1.</translation>
    </message>
    <message>
        <source>Edit the text — %1</source>
        <translation>Tekst bewerken — %1</translation>
    </message>
    <message>
        <source>Text rewritten and checked again.</source>
        <translation>Tekst herschreven en opnieuw nagekeken.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Opening Relais</source>
        <translation>Relais openen</translation>
    </message>
    <message>
        <source>Your register is ready.</source>
        <translation>Uw register is klaar.</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (open without typing the passphrase)</source>
        <translation>Op deze computer ont&amp;houden (openen zonder de wachtzin te typen)</translation>
    </message>
    <message>
        <source>The key is kept in this computer&apos;s keyring and Relais opens as soon as you are logged in to your session. Fine on a personal computer protected by a password; avoid it on a shared computer. The passphrase always keeps working.</source>
        <translation>De sleutel wordt in de sleutelbos van deze computer bewaard en Relais opent zodra u in uw sessie bent aangemeld. Prima op een persoonlijke computer met een wachtwoord; vermijd het op een gedeelde computer. De wachtzin blijft altijd werken.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring (a secure store for keys), so you will type your passphrase each time you open Relais.</source>
        <translation>Niet beschikbaar: deze computer heeft geen sleutelbos (een beveiligde opslag voor sleutels). U typt dus telkens uw wachtzin wanneer u Relais opent.</translation>
    </message>
    <message>
        <source>After a few minutes without activity, Relais locks itself; Ctrl+L locks it at once. You can change this in the preferences.</source>
        <translation>Na enkele minuten zonder activiteit vergrendelt Relais zichzelf; Ctrl+L vergrendelt meteen. U kunt dit wijzigen in de voorkeuren.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Relais — new register</source>
        <translation>Relais — nieuw register</translation>
    </message>
    <message>
        <source>&amp;Open Relais</source>
        <translation>Relais &amp;openen</translation>
    </message>
    <message>
        <source>The register could not be created in this folder (no permission, or the disk is full). Go back and choose another folder.</source>
        <translation>Het register kon niet in deze map worden aangemaakt (geen toestemming, of de schijf is vol). Ga terug en kies een andere map.</translation>
    </message>
    <message>
        <source>The register could not be created (%1).</source>
        <translation>Het register kon niet worden aangemaakt (%1).</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Welcome to Relais</source>
        <translation>Welkom bij Relais</translation>
    </message>
    <message>
        <source>Relais keeps the register of the situations you accompany encrypted on this computer. First, choose where to keep it: the suggested folder suits most people.</source>
        <translation>Relais bewaart het register van de situaties die u begeleidt versleuteld op deze computer. Kies eerst waar het komt: de voorgestelde map is meestal prima.</translation>
    </message>
    <message>
        <source>Register folder</source>
        <translation>Registermap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Register &amp;folder:</source>
        <translation>Register&amp;map:</translation>
    </message>
    <message>
        <source>&amp;Open an existing register instead…</source>
        <translation>Toch een bestaand register &amp;openen…</translation>
    </message>
    <message>
        <source>The folder will hold the encrypted database, its key file and automatic backups. Choose a new or empty folder.</source>
        <translation>De map bevat de versleutelde database, het sleutelbestand en de automatische back-ups. Kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Kies een map.</translation>
    </message>
    <message>
        <source>This folder already contains a Relais register. Use “Open an existing register instead…”, or choose another folder.</source>
        <translation>Deze map bevat al een Relais-register. Gebruik ‘Toch een bestaand register openen…’ of kies een andere map.</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>Dit is een bestand, geen map. Kies een map.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder.</source>
        <translation>Deze map is niet leeg. Kies een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>Relais is not allowed to write in this folder. Choose another one, for example in your documents.</source>
        <translation>Relais mag niet in deze map schrijven. Kies een andere, bijvoorbeeld in uw documenten.</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Volgend contact</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n herinnering</numerusform>
            <numerusform>%n herinneringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>over %n dag</numerusform>
            <numerusform>over %n dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due today or overdue</source>
        <translation>Vandaag of te laat</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Binnen 7 dagen</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Binnen 30 dagen</translation>
    </message>
    <message>
        <source>Nobody to contact in this period.</source>
        <translation>Niemand te contacteren in deze periode.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Gedaan</translation>
    </message>
    <message>
        <source>The contact was made</source>
        <translation>Het contact heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Uitstellen…</translation>
    </message>
    <message>
        <source>Move to a later date</source>
        <translation>Naar een latere datum verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Open the situation</source>
        <translation>Situatie &amp;openen</translation>
    </message>
    <message>
        <source>Open the situation (Enter)</source>
        <translation>Situatie openen (Enter)</translation>
    </message>
    <message>
        <source>People to contact</source>
        <translation>Te contacteren personen</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>Te contacteren</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Getoonde periode</translation>
    </message>
    <message numerus="yes">
        <source>%n to contact</source>
        <translation>
            <numerusform>%n te contacteren</numerusform>
            <numerusform>%n te contacteren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n te laat</numerusform>
            <numerusform>%n te laat</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact with %1 done. When is the next check-in? Untick the box for none.</source>
        <translation>Contact met %1 gedaan. Wanneer is het volgende contact? Vink het vakje uit als er geen is.</translation>
    </message>
    <message>
        <source>Contact done</source>
        <translation>Contact gedaan</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Postpone the contact with %1 to:</source>
        <translation>Contact met %1 uitstellen tot:</translation>
    </message>
</context>
<context>
    <name>GpNoteDialog</name>
    <message>
        <source>Note to the GP</source>
        <translation>Nota voor de huisarts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ordinary e-mail is not a secure channel.&lt;/b&gt; For health information, prefer your secure messaging service: use “Copy the text” and paste it there.</source>
        <translation>&lt;b&gt;Gewone e-mail is geen beveiligd kanaal.&lt;/b&gt; Gebruik voor gezondheidsinformatie liever uw beveiligde berichtendienst: kies „Tekst kopiëren” en plak hem daar.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>On&amp;derwerp:</translation>
    </message>
    <message>
        <source>&amp;Open in my mail program</source>
        <translation>&amp;Openen in mijn e-mailprogramma</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>No e-mail address for the GP in the person&apos;s network: copy the text into your secure messaging service or your mail.</source>
        <translation>Geen e-mailadres van de huisarts in het netwerk van de persoon: kopieer de tekst naar uw beveiligde berichtendienst of uw e-mail.</translation>
    </message>
    <message>
        <source>No mail program answered on this computer: nothing was opened or sent. Use “Copy the text” and paste it where you write.</source>
        <translation>Geen e-mailprogramma reageerde op deze computer: er werd niets geopend of verzonden. Gebruik „Tekst kopiëren” en plak hem waar u schrijft.</translation>
    </message>
    <message>
        <source>Opened in your mail program: check it and send it from there.</source>
        <translation>Geopend in uw e-mailprogramma: lees het na en verstuur het van daaruit.</translation>
    </message>
    <message>
        <source>The note was too long for a mail link: it was written as %1 and opened in your mail program. Delete the file once the mail is sent.</source>
        <translation>De notitie was te lang voor een e-maillink: ze werd geschreven als %1 en geopend in uw e-mailprogramma. Verwijder dat bestand zodra de e-mail verstuurd is.</translation>
    </message>
    <message>
        <source>The note was too long for a mail link: it was written as %1, but no program opened it. Open it with your mail program, or use “Copy the text”.</source>
        <translation>De nota was te lang voor een e-maillink: ze werd geschreven als %1, maar geen programma opende ze. Open ze met uw e-mailprogramma, of gebruik „Tekst kopiëren”.</translation>
    </message>
    <message>
        <source>The text is copied: paste it into your secure messaging service.</source>
        <translation>De tekst is gekopieerd: plak hem in uw beveiligde berichtendienst.</translation>
    </message>
</context>
<context>
    <name>HighlightedText</name>
    <message>
        <source>found in the register</source>
        <translation>gevonden in het register</translation>
    </message>
    <message>
        <source>found by a pattern</source>
        <translation>gevonden door een patroon</translation>
    </message>
    <message>
        <source>found by the language model</source>
        <translation>gevonden door het taalmodel</translation>
    </message>
    <message>
        <source>masked by you</source>
        <translation>door u gemaskeerd</translation>
    </message>
    <message>
        <source>Replaced by %1 (%2)</source>
        <translation>Vervangen door %1 (%2)</translation>
    </message>
    <message>
        <source>To check: this is also a common word.</source>
        <translation>Na te kijken: dit is ook een gewoon woord.</translation>
    </message>
    <message>
        <source>Left in clear: to check.</source>
        <translation>Niet gemaskeerd: na te kijken.</translation>
    </message>
    <message>
        <source>Select it and choose Mask the selection to mask it.</source>
        <translation>Selecteer het en kies ‘Selectie maskeren’ om het te maskeren.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a personal export</source>
        <translation>Een persoonlijke export importeren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <source>A .json file written by “relais export-json”</source>
        <translation>Een .json-bestand geschreven door „relais export-json”</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>The people, situations and everything recorded with them are added to this register; nothing in it is changed or removed.</source>
        <translation>De personen, situaties en alles wat erbij genoteerd is, worden aan dit register toegevoegd; niets wat erin staat wordt gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Relais exports (*.json)</source>
        <translation>Relais-exports (*.json)</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>A backup of the register is made first: it undoes the import if needed.</source>
        <translation>Eerst wordt een back-up van het register gemaakt: daarmee kan de import zo nodig ongedaan worden.</translation>
    </message>
    <message>
        <source>Nothing will be imported from this file.</source>
        <translation>Uit dit bestand wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Dit bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situatie</numerusform>
            <numerusform>%n situaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of the directory</source>
        <translation>
            <numerusform>%n hulpbron uit de gids</numerusform>
            <numerusform>%n hulpbronnen uit de gids</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n tijdsregistratie</numerusform>
            <numerusform>%n tijdsregistraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n herinnering</numerusform>
            <numerusform>%n herinneringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CdP session(s)</source>
        <translation>
            <numerusform>%n CdP-sessie</numerusform>
            <numerusform>%n CdP-sessies</numerusform>
        </translation>
    </message>
    <message>
        <source>This file will add: %1.</source>
        <translation>Dit bestand voegt toe: %1.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Er is niets geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s) imported. The register as it was before is kept in the backup %1.</source>
        <translation>
            <numerusform>%n situatie geïmporteerd. Het register zoals het voordien was, blijft bewaard in de back-up %1.</numerusform>
            <numerusform>%n situaties geïmporteerd. Het register zoals het voordien was, blijft bewaard in de back-up %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvisibleWorkDashboard</name>
    <message>
        <source>First month</source>
        <translation>Eerste maand</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Laatste maand</translation>
    </message>
    <message>
        <source>&amp;Show the figures</source>
        <translation>Cijfers t&amp;onen</translation>
    </message>
    <message>
        <source>Situations by invisible time (pseudonyms)</source>
        <translation>Situaties volgens onzichtbaar werk (pseudoniemen)</translation>
    </message>
    <message>
        <source>Time on mobilisations by outcome</source>
        <translation>Tijd voor inzet per uitkomst</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;bundle…</source>
        <translation>Bundel &amp;exporteren…</translation>
    </message>
    <message>
        <source>The anonymised figures as a JSON bundle, for a CdP moderator to merge with other referents&apos; bundles</source>
        <translation>De geanonimiseerde cijfers als JSON-bundel, die een CdP-moderator samenvoegt met de bundels van andere referenten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the export</source>
        <translation>Export a&amp;nnuleren</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van maand</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Tot maand</translation>
    </message>
    <message>
        <source>With the person and invisible work</source>
        <translation>Met de persoon en onzichtbaar werk</translation>
    </message>
    <message>
        <source>Situations by invisible time</source>
        <translation>Situaties volgens onzichtbaar werk</translation>
    </message>
    <message>
        <source>Time on mobilisations, by their outcome</source>
        <translation>Tijd besteed aan inzet, per uitkomst</translation>
    </message>
    <message>
        <source>The last month is before the first one: choose the months again.</source>
        <translation>De laatste maand ligt vóór de eerste: kies de maanden opnieuw.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Cijfers worden berekend…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON bundles (*.json)</source>
        <translation>JSON-bundels (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>No time recorded from %1 to %2: nothing to show for this period.</source>
        <translation>Geen tijd genoteerd van %1 tot %2: niets te tonen voor deze periode.</translation>
    </message>
    <message>
        <source>With the person</source>
        <translation>Met de persoon</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Onzichtbaar werk</translation>
    </message>
    <message>
        <source>with the person</source>
        <translation>met de persoon</translation>
    </message>
    <message>
        <source>invisible work</source>
        <translation>onzichtbaar werk</translation>
    </message>
    <message>
        <source>%1 invisible of %2</source>
        <translation>%1 onzichtbaar van %2</translation>
    </message>
    <message>
        <source>Fewer than 5 situations had time in this period: the detail per situation is not shown, so that nobody can be recognised.</source>
        <translation>Minder dan 5 situaties hebben tijd in deze periode: het detail per situatie wordt niet getoond, zodat niemand herkend kan worden.</translation>
    </message>
    <message>
        <source>No time tied to a situation in this period.</source>
        <translation>Geen tijd gekoppeld aan een situatie in deze periode.</translation>
    </message>
    <message>
        <source>Situations appear by pseudonym only; the %1 with the most invisible time.</source>
        <translation>Situaties verschijnen alleen met hun pseudoniem; de %1 met het meeste onzichtbare werk.</translation>
    </message>
    <message>
        <source>time withheld (fewer than 5 situations) · situations: %1</source>
        <translation>tijd verborgen (minder dan 5 situaties) · situaties: %1</translation>
    </message>
    <message>
        <source>%1 · situations: %2</source>
        <translation>%1 · situaties: %2</translation>
    </message>
    <message>
        <source>%1 (%2 %) · situations: %3</source>
        <translation>%1 (%2 %) · situaties: %3</translation>
    </message>
    <message>
        <source>Shortage (waiting list, service full, failure)</source>
        <translation>Tekort (wachtlijst, dienst vol, mislukt)</translation>
    </message>
    <message>
        <source>Hours by task and month</source>
        <translation>Uren per taak en per maand</translation>
    </message>
    <message>
        <source>Other outcomes</source>
        <translation>Andere uitkomsten</translation>
    </message>
    <message>
        <source>No time was tied to a mobilisation in this period.</source>
        <translation>Er werd in deze periode geen tijd aan een inzet gekoppeld.</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>De cijfers konden niet worden berekend: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export geannuleerd: er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Het bestand is niet geschreven: %1</translation>
    </message>
    <message>
        <source>The file was not written (%1).</source>
        <translation>Het bestand is niet geschreven (%1).</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Bestand wordt geschreven…</translation>
    </message>
</context>
<context>
    <name>LiaisonActions</name>
    <message>
        <source>&amp;Fridge note…</source>
        <translation>&amp;Briefje voor de koelkast…</translation>
    </message>
    <message>
        <source>Note to the &amp;GP…</source>
        <translation>Nota voor de &amp;huisarts…</translation>
    </message>
    <message>
        <source>Preparing the fridge note…</source>
        <translation>Briefje voor de koelkast wordt voorbereid…</translation>
    </message>
    <message>
        <source>Fridge note</source>
        <translation>Briefje voor de koelkast</translation>
    </message>
    <message>
        <source>Language of the note (the person&apos;s language):</source>
        <translation>Taal van het briefje (die van de persoon):</translation>
    </message>
    <message>
        <source>Texts too long for the one page, shortened (they end with “…”): %1.</source>
        <translation>Teksten te lang voor de ene pagina, ingekort (ze eindigen op „…”): %1.</translation>
    </message>
    <message>
        <source>%1 character(s) of a script the note&apos;s fonts lack (Korean, Devanagari, Thai…) print as empty boxes: write that name in Latin letters too.</source>
        <translation>%1 teken(s) uit een schrift dat de lettertypen van het briefje niet hebben (Koreaans, Devanagari, Thai…) worden als lege vakjes afgedrukt: schrijf die naam ook in Latijnse letters.</translation>
    </message>
    <message>
        <source>Your own name and phone number are not filled in: the note cannot say how to reach you.</source>
        <translation>Uw eigen naam en telefoonnummer zijn niet ingevuld: het briefje kan niet zeggen hoe men u bereikt.</translation>
    </message>
    <message>
        <source>Save the fridge note</source>
        <translation>Briefje voor de koelkast bewaren</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Relais is locked</source>
        <translation>Relais is vergrendeld</translation>
    </message>
    <message>
        <source>Nothing of the register is shown or kept in memory while Relais is locked. Type your passphrase to continue where you left off.</source>
        <translation>Zolang Relais vergrendeld is, wordt niets uit het register getoond of in het geheugen bewaard. Typ uw wachtzin om verder te gaan waar u was.</translation>
    </message>
</context>
<context>
    <name>LogRows</name>
    <message>
        <source>Task of line %1</source>
        <translation>Taak van regel %1</translation>
    </message>
    <message>
        <source>Duration of line %1</source>
        <translation>Duur van regel %1</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Regel %1 verwijderen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Deze regel verwijderen</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Kies een taak uit de lijst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>To contact</source>
        <translation>Te contacteren</translation>
    </message>
    <message>
        <source>The people to contact (check-ins due or overdue) will be listed here.</source>
        <translation>De te contacteren personen (geplande of achterstallige contacten) verschijnen hier.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>Relais — %1</source>
        <translation>Relais — %1</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nieuwe situatie</translation>
    </message>
    <message>
        <source>The person and everything linked to them were erased.</source>
        <translation>De persoon en alles wat ermee verband houdt, zijn gewist.</translation>
    </message>
    <message>
        <source>Relais — locked</source>
        <translation>Relais — vergrendeld</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Wijzigingen niet opgeslagen</translation>
    </message>
    <message>
        <source>When Relais locked, these situations had changes that could not be saved (a field was not valid): %1. Please enter them again.</source>
        <translation>Bij het vergrendelen hadden deze situaties wijzigingen die niet konden worden opgeslagen (een veld was ongeldig): %1. Voer ze opnieuw in.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Voorkeuren opgeslagen.</translation>
    </message>
    <message>
        <source>About Relais</source>
        <translation>Over Relais</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relais&lt;/b&gt; — the private, encrypted register of the proximity referent.&lt;/p&gt;&lt;p&gt;Free software (GPL-3.0-or-later), made for the BOOST integrated-care pilot in Brussels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Relais&lt;/b&gt; — het persoonlijke, versleutelde register van de buurtreferent.&lt;/p&gt;&lt;p&gt;Vrije software (GPL-3.0 of later), gemaakt voor het BOOST-pilootproject geïntegreerde zorg in Brussel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New situation</source>
        <translation>&amp;Nieuwe situatie</translation>
    </message>
    <message>
        <source>&amp;Open the selected situation</source>
        <translation>Geselecteerde situatie &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;To contact</source>
        <translation>&amp;Te contacteren</translation>
    </message>
    <message>
        <source>&amp;Search the register</source>
        <translation>Register door&amp;zoeken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Close the situation</source>
        <translation>Situatie &amp;sluiten</translation>
    </message>
    <message>
        <source>Resource &amp;directory</source>
        <translation>Adresboek &amp;hulpbronnen</translation>
    </message>
    <message>
        <source>Log &amp;time…</source>
        <translation>&amp;Tijd noteren…</translation>
    </message>
    <message>
        <source>Re&amp;mind me…</source>
        <translation>He&amp;rinner me…</translation>
    </message>
    <message>
        <source>Start or stop the desk time&amp;r</source>
        <translation>Bureautimer starten of &amp;stoppen</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar…</source>
        <translation>Opvolging naar &amp;kalender exporteren…</translation>
    </message>
    <message>
        <source>Restore a bac&amp;kup…</source>
        <translation>Een back-&amp;up herstellen…</translation>
    </message>
    <message>
        <source>&amp;Import a personal export (JSON)…</source>
        <translation>Een persoonlijke export &amp;importeren (JSON)…</translation>
    </message>
    <message>
        <source>T&amp;ime spent</source>
        <translation>Bestede t&amp;ijd</translation>
    </message>
    <message>
        <source>Cd&amp;P sessions</source>
        <translation>&amp;CdP-sessies</translation>
    </message>
    <message>
        <source>&amp;Shortages of resources</source>
        <translation>Te&amp;korten aan hulpbronnen</translation>
    </message>
    <message>
        <source>&amp;Invisible work report</source>
        <translation>Rapport &amp;onzichtbaar werk</translation>
    </message>
    <message>
        <source>CdP &amp;moderator: merge bundles…</source>
        <translation>CdP-&amp;moderator: dossiers samenvoegen…</translation>
    </message>
    <message>
        <source>&amp;Export log</source>
        <translation>&amp;Exportlogboek</translation>
    </message>
    <message>
        <source>Priorities by &amp;theme…</source>
        <translation>Prioriteiten per &amp;thema…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>&amp;Over Relais</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Save the situation, the dialogue, the CdP session or the resource</source>
        <translation>De situatie, de dialoog, de CdP-sessie of de hulpbron opslaan</translation>
    </message>
    <message>
        <source>Change the status of the selected mobilisation</source>
        <translation>De status van de geselecteerde mobilisatie wijzigen</translation>
    </message>
    <message>
        <source>Save the time logged (in the time log)</source>
        <translation>De genoteerde tijd opslaan (in de tijdregistratie)</translation>
    </message>
    <message>
        <source>Show the situation&apos;s tab 1, 2…</source>
        <translation>Tabblad 1, 2… van de situatie tonen</translation>
    </message>
    <message>
        <source>Documents (in a situation)</source>
        <translation>Documenten (in een situatie)</translation>
    </message>
    <message>
        <source>Fridge note (in a situation)</source>
        <translation>Briefje voor de koelkast (in een situatie)</translation>
    </message>
    <message>
        <source>Note to the GP (in a situation)</source>
        <translation>Nota voor de huisarts (in een situatie)</translation>
    </message>
    <message>
        <source>Conversation mode (in the dialogue tab)</source>
        <translation>Gespreksmodus (in het tabblad Dialoog)</translation>
    </message>
    <message>
        <source>Leave conversation mode (the referent)</source>
        <translation>Gespreksmodus verlaten (de referent)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Select or open a situation first.</source>
        <translation>Selecteer of open eerst een situatie.</translation>
    </message>
    <message>
        <source>Priorities by theme</source>
        <translation>Prioriteiten per thema</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created. Choose another one in the preferences.</source>
        <translation>De back-upmap %1 kan niet worden aangemaakt. Kies een andere in de voorkeuren.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Back-up opgeslagen: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>De back-up is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Network member</source>
        <translation>Lid van het netwerk</translation>
    </message>
    <message>
        <source>Edit network member</source>
        <translation>Lid van het netwerk bewerken</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Notitie&amp;s</translation>
    </message>
</context>
<context>
    <name>MobilisationDialog</name>
    <message>
        <source>Add a mobilisation</source>
        <translation>Inzet toevoegen</translation>
    </message>
    <message>
        <source>Edit the mobilisation</source>
        <translation>Inzet wijzigen</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Geen prioriteit</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>H&amp;ulpbron:</translation>
    </message>
    <message>
        <source>For the &amp;priority:</source>
        <translation>Voor de &amp;prioriteit:</translation>
    </message>
    <message>
        <source>&amp;Who mobilises:</source>
        <translation>&amp;Wie zet in:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hoe:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>Ges&amp;tart op:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
</context>
<context>
    <name>MobilisationStatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>“%1” — now: %2, since %3</source>
        <translation>„%1” — nu: %2, sinds %3</translation>
    </message>
</context>
<context>
    <name>MobilisationTab</name>
    <message>
        <source>Resource</source>
        <translation>Hulpbron</translation>
    </message>
    <message>
        <source>Who mobilises</source>
        <translation>Wie zet in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>For the priority</source>
        <translation>Voor de prioriteit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>&amp;Add a mobilisation…</source>
        <translation>Inzet &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>Change the stat&amp;us…</source>
        <translation>&amp;Status wijzigen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <source>Lo&amp;g time…</source>
        <translation>Tijd not&amp;eren…</translation>
    </message>
    <message>
        <source>Time spent on this mobilisation: calls, mails, paperwork…</source>
        <translation>Tijd besteed aan deze inzet: telefoons, mails, papierwerk…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Lopend</translation>
    </message>
    <message>
        <source>In place</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>Shortage</source>
        <translation>Tekort</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Zonder vervolg</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>&amp;Mobilised resources</source>
        <translation>&amp;Ingezette hulpbronnen</translation>
    </message>
    <message>
        <source>H&amp;istory of its statuses</source>
        <translation>&amp;Geschiedenis van de statussen</translation>
    </message>
    <message>
        <source>Who &amp;carries what: doing, or getting it done</source>
        <translation>Wie draagt wat: zelf doen of &amp;laten doen</translation>
    </message>
    <message>
        <source>Each action is saved at once.</source>
        <translation>Elke handeling wordt meteen opgeslagen.</translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation>%1 (niet in de gids)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>No mobilisation yet.</source>
        <translation>Nog geen inzet.</translation>
    </message>
    <message>
        <source>You carry %1 of the %2 mobilisations yourself (%3 %); the person, their relatives or other professionals carry %4.</source>
        <translation>U draagt zelf %1 van de %2 inzetten (%3 %); de persoon, de naasten of andere professionals dragen er %4.</translation>
    </message>
    <message>
        <source>Delete the mobilisation of “%1” and the history of its statuses?</source>
        <translation>De inzet van „%1” en de geschiedenis van de statussen verwijderen?</translation>
    </message>
    <message>
        <source>The time spent on it stays in your time entries.</source>
        <translation>De tijd die eraan besteed werd, blijft in uw tijdsregistratie.</translation>
    </message>
    <message>
        <source>Delete the mobilisation</source>
        <translation>Inzet verwijderen</translation>
    </message>
</context>
<context>
    <name>Moderator</name>
    <message>
        <source>the same bundle as “%1”, already read (counted once)</source>
        <translation>dezelfde bundel als „%1”, al gelezen (één keer geteld)</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the file is too large for a Relais bundle</source>
        <translation>het bestand is te groot voor een Relais-dossier</translation>
    </message>
    <message>
        <source>the file is truncated (incomplete JSON)</source>
        <translation>het bestand is afgebroken (onvolledige JSON)</translation>
    </message>
    <message>
        <source>not a JSON file</source>
        <translation>geen JSON-bestand</translation>
    </message>
    <message>
        <source>not a Relais bundle (CdP or invisible work)</source>
        <translation>geen Relais-bundel (CdP of onzichtbaar werk)</translation>
    </message>
    <message>
        <source>a bundle version this Relais does not know</source>
        <translation>een dossierversie die deze Relais niet kent</translation>
    </message>
    <message>
        <source>does not follow the bundle&apos;s schema</source>
        <translation>volgt het schema van het dossier niet</translation>
    </message>
    <message>
        <source>holds what looks like personal data</source>
        <translation>bevat iets wat op persoonsgegevens lijkt</translation>
    </message>
    <message>
        <source>the same bundle as a file already read (counted once)</source>
        <translation>hetzelfde dossier als een reeds gelezen bestand (één keer geteld)</translation>
    </message>
</context>
<context>
    <name>ModeratorPage</name>
    <message>
        <source>&amp;Open a folder of bundles…</source>
        <translation>Map met dossiers &amp;openen…</translation>
    </message>
    <message>
        <source>No folder opened yet.</source>
        <translation>Nog geen map geopend.</translation>
    </message>
    <message>
        <source>Nœuds by number of referents</source>
        <translation>Knelpunten per aantal referenten</translation>
    </message>
    <message>
        <source>Invisible work by task</source>
        <translation>Onzichtbaar werk per taak</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exporteren…</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Bestande&amp;n</translation>
    </message>
    <message>
        <source>&amp;Nœuds</source>
        <translation>&amp;Knelpunten</translation>
    </message>
    <message>
        <source>&amp;Shortages</source>
        <translation>&amp;Tekorten</translation>
    </message>
    <message>
        <source>Fo&amp;ur points</source>
        <translation>&amp;Vier punten</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>Folder of bundles to merge</source>
        <translation>Map met te bundelen dossiers</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export the synthesis</source>
        <translation>De synthese exporteren</translation>
    </message>
    <message>
        <source>%1 CdP bundles and %2 invisible-work bundles merged, %3 files refused: %4 referents, %5 sessions, %6 situations. Counts under 5 are shown as « &lt; 5 ».</source>
        <translation>%1 intervisiedossiers en %2 dossiers onzichtbaar werk samengevoegd (geweigerde bestanden: %3): %4 referenten, %5 sessies, %6 situaties. Aantallen onder 5 worden getoond als „&lt; 5”.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Pr&amp;iorities</source>
        <translation>Pr&amp;ioriteiten</translation>
    </message>
    <message>
        <source>Outcom&amp;es</source>
        <translation>&amp;Uitkomsten</translation>
    </message>
    <message>
        <source>Ti&amp;me</source>
        <translation>Tij&amp;d</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <source>Referents</source>
        <translation>Referenten</translation>
    </message>
    <message>
        <source>Nothing could be merged: this folder holds no .json file.</source>
        <translation>Er kon niets worden samengevoegd: deze map bevat geen enkel .json-bestand.</translation>
    </message>
    <message>
        <source>Nothing could be merged: all %1 files of this folder were refused (see Files).</source>
        <translation>Er kon niets worden samengevoegd: alle %1 bestanden in deze map werden geweigerd (zie Bestanden).</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Moeilijkheid</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Oplossing</translation>
    </message>
    <message>
        <source>No session of these bundles wrote its four points (positive, difficulty, new, solution).</source>
        <translation>Geen enkele sessie in deze bundels noteerde haar vier punten (positief, moeilijkheid, nieuw, oplossing).</translation>
    </message>
    <message>
        <source>No CdP session bundle was merged: nothing to show here.</source>
        <translation>Er is geen CdP-sessiebundel samengevoegd: hier valt niets te tonen.</translation>
    </message>
    <message>
        <source>read and merged</source>
        <translation>gelezen en samengevoegd</translation>
    </message>
    <message>
        <source>%1 CdP bundles</source>
        <translation>%1 intervisiedossiers</translation>
    </message>
    <message>
        <source>%1 invisible-work bundles</source>
        <translation>%1 dossiers onzichtbaar werk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Nœud</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>No session of these bundles named a nœud.</source>
        <translation>Geen enkele sessie in deze bundels noemde een knelpunt.</translation>
    </message>
    <message>
        <source>Every nœud was raised by fewer than %1 referents: counts show as « &lt; %1 ».</source>
        <translation>Elk knelpunt werd door minder dan %1 referenten aangekaart: aantallen worden getoond als « &lt; %1 ».</translation>
    </message>
    <message>
        <source>%1 of work reported by %2 referents, %3 % of it invisible.</source>
        <translation>%1 werk gemeld door %2 referenten, waarvan %3 % onzichtbaar.</translation>
    </message>
    <message>
        <source>Invisible share per referent: median %1 %, half of them between %2 % and %3 %.</source>
        <translation>Onzichtbaar aandeel per referent: mediaan %1 %, de helft van hen tussen %2 % en %3 %.</translation>
    </message>
    <message>
        <source>No invisible-work bundle in this folder.</source>
        <translation>Geen dossier onzichtbaar werk in deze map.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Onzichtbaar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The folder could not be merged: %1</source>
        <translation>De map kon niet worden samengevoegd: %1</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Het bestand is niet geschreven: %1</translation>
    </message>
    <message>
        <source>The file was not written (%1).</source>
        <translation>Het bestand is niet geschreven (%1).</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>&amp;Add a member…</source>
        <translation>Lid &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>B&amp;ewerken…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Network members</source>
        <translation>Leden van het netwerk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Changes to the network are saved as soon as you confirm them.</source>
        <translation>Wijzigingen aan het netwerk worden opgeslagen zodra u ze bevestigt.</translation>
    </message>
    <message>
        <source>Save the person first; then you can add their network.</source>
        <translation>Sla eerst de persoon op; daarna kunt u het netwerk toevoegen.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Remove from the network</source>
        <translation>Uit het netwerk verwijderen</translation>
    </message>
    <message>
        <source>Remove %1 from the person&apos;s network?</source>
        <translation>%1 uit het netwerk van de persoon verwijderen?</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Gebruik enkele woorden, vermijd gangbare uitdrukkingen.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Voeg nog een of twee woorden toe. Ongewone woorden zijn beter.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Rechte rijen toetsen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Korte toetsenbordpatronen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Herhalingen zoals ‘aaa’ zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Herhalingen zoals ‘abcabcabc’ zijn maar iets moeilijker te raden dan ‘abc’.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Reeksen zoals ‘abc’ of ‘6543’ zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Recente jaartallen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Datums zijn vaak makkelijk te raden.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Dit is een van de 10 meest gebruikte wachtwoorden.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Dit is een van de 100 meest gebruikte wachtwoorden.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Dit is een zeer gangbaar wachtwoord.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Dit lijkt op een veelgebruikt wachtwoord.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Eén woord alleen is makkelijk te raden.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Voor- en achternamen alleen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Gangbare voor- en achternamen zijn makkelijk te raden.</translation>
    </message>
    <message>
        <source>Strength: very weak</source>
        <translation>Sterkte: zeer zwak</translation>
    </message>
    <message>
        <source>Strength: weak</source>
        <translation>Sterkte: zwak</translation>
    </message>
    <message>
        <source>Strength: fair</source>
        <translation>Sterkte: redelijk</translation>
    </message>
    <message>
        <source>Strength: good</source>
        <translation>Sterkte: goed</translation>
    </message>
    <message>
        <source>Strength: excellent</source>
        <translation>Sterkte: uitstekend</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Show or hide what you type</source>
        <translation>Tonen of verbergen wat u typt</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Confirm the passphrase</source>
        <translation>Wachtzin bevestigen</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet dezelfde.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bevestigen:</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Kies een wachtzin.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. %1</source>
        <translation>Deze wachtzin is te makkelijk te raden. %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Kies een wachtzin</translation>
    </message>
    <message>
        <source>You will type it each time you open Relais. A short sentence of four or five unusual words is easy to remember and hard to guess.</source>
        <translation>U typt hem telkens u Relais opent. Een korte zin van vier of vijf ongewone woorden is makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>&amp;Create the register</source>
        <translation>Register &amp;aanmaken</translation>
    </message>
    <message>
        <source>Nobody, not even the Relais team, can recover a forgotten passphrase: the next page gives you a recovery code for that day.</source>
        <translation>Niemand, ook het Relais-team niet, kan een vergeten wachtzin terugvinden: de volgende pagina geeft u een herstelcode voor die dag.</translation>
    </message>
    <message>
        <source>Creating your encrypted register… (a second or two)</source>
        <translation>Uw versleuteld register wordt aangemaakt… (een paar seconden)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>Voorbeeld — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Opslaan als pdf…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message>
        <source>Backing up, then erasing…</source>
        <translation>Back-up maken, daarna wissen…</translation>
    </message>
    <message>
        <source>Nothing was erased: the backup could not be made.</source>
        <translation>Er is niets gewist: de back-up kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>%1 backup(s) made before this erasure still hold this person, the oldest from %2. Relais keeps the last %3 backups made before an erasure, an import or a restore, and daily backups for 7 days, then one a week for 4 weeks and one a month for 12 months: these disappear only as they are rotated out.

Delete them now? The backup made just before the erasure is among them: without it the erasure cannot be undone.</source>
        <translation>%1 back-up(s) van vóór deze wissing bevatten deze persoon nog, de oudste van %2. Relais bewaart de laatste %3 back-ups van vóór een wissing, een import of een herstel, en dagelijkse back-ups 7 dagen lang, daarna één per week gedurende 4 weken en één per maand gedurende 12 maanden: deze verdwijnen pas wanneer ze aan de beurt zijn.

Nu verwijderen? De back-up van net vóór de wissing is erbij: zonder die back-up kan de wissing niet meer ongedaan worden.</translation>
    </message>
    <message>
        <source>%1 has been erased from the register.</source>
        <translation>%1 is uit het register gewist.</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situatie</numerusform>
            <numerusform>%n situaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n lid van het netwerk</numerusform>
            <numerusform>%n leden van het netwerk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n tijdregistratie</numerusform>
            <numerusform>%n tijdregistraties</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup made just before: %1</source>
        <translation>Back-up vlak ervoor gemaakt: %1</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Een persoon wissen</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>e.g. 1948</source>
        <translation>bv. 1948</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Geboortejaar</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Vrouw</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>Anders (X)</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Ges&amp;lacht</translation>
    </message>
    <message>
        <source>e.g. French, Arabic</source>
        <translation>bv. Frans, Arabisch</translation>
    </message>
    <message>
        <source>Lan&amp;guages spoken</source>
        <translation>Gespro&amp;ken talen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adre&amp;s</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Ge&amp;meente</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>naam@voorbeeld.be</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Anything useful to know about the person (for your eyes only).</source>
        <translation>Alles wat nuttig is om over de persoon te weten (alleen voor u).</translation>
    </message>
    <message>
        <source>Notes about the person</source>
        <translation>Notities over de persoon</translation>
    </message>
    <message>
        <source>The birth year must be a number, e.g. 1948.</source>
        <translation>Het geboortejaar moet een getal zijn, bv. 1948.</translation>
    </message>
    <message>
        <source>about %1 years old</source>
        <translation>ongeveer %1 jaar</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Is the person already in your register?</source>
        <translation>Staat de persoon al in uw register?</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an e-mail…</source>
        <translation>Typ een naam, een telefoonnummer of een e-mailadres…</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search a person</source>
        <translation>Een persoon zoeken</translation>
    </message>
    <message>
        <source>Persons found</source>
        <translation>Gevonden personen</translation>
    </message>
    <message>
        <source>Use &amp;this person</source>
        <translation>&amp;Deze persoon kiezen</translation>
    </message>
    <message>
        <source>Or simply fill in the form below to create a new person.</source>
        <translation>Of vul gewoon het formulier hieronder in om een nieuwe persoon aan te maken.</translation>
    </message>
    <message>
        <source>Change &amp;person</source>
        <translation>Andere &amp;persoon</translation>
    </message>
    <message>
        <source>%1 found. Choose one, or fill in the form below for someone new.</source>
        <translation>Gevonden: %1. Kies er een, of vul het formulier hieronder in voor iemand nieuw.</translation>
    </message>
    <message>
        <source>No one matches: fill in the form below to create a new person.</source>
        <translation>Niemand komt overeen: vul het formulier hieronder in om een nieuwe persoon aan te maken.</translation>
    </message>
    <message>
        <source>New situation for %1, already in your register. Changes to the identity below update their record.</source>
        <translation>Nieuwe situatie voor %1, die al in uw register staat. Wijzigingen aan de identiteit hieronder passen de fiche aan.</translation>
    </message>
</context>
<context>
    <name>PreparingPage</name>
    <message>
        <source>Preparing the anonymised texts… The language model can take a few seconds to load.</source>
        <translation>De geanonimiseerde teksten worden voorbereid… Het laden van het taalmodel kan enkele seconden duren.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>The canvases cannot be prepared: %1</source>
        <translation>De canvassen kunnen niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>The canvases could not be prepared (an unexpected error). Nothing was exported.</source>
        <translation>De canvassen konden niet worden voorbereid (onverwachte fout). Er werd niets geëxporteerd.</translation>
    </message>
</context>
<context>
    <name>PrioritiesPanel</name>
    <message>
        <source>Priorities, by rank</source>
        <translation>Prioriteiten, volgens rang</translation>
    </message>
    <message>
        <source>In the person&apos;s words</source>
        <translation>In de woorden van de persoon</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Naar bo&amp;ven</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>N&amp;aar onder</translation>
    </message>
    <message>
        <source>Chan&amp;ge the status…</source>
        <translation>Status wij&amp;zigen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <source>&amp;Keep the words</source>
        <translation>Woorden op&amp;slaan</translation>
    </message>
    <message>
        <source>A new priority, in the person&apos;s words…</source>
        <translation>Een nieuwe prioriteit, in de woorden van de persoon…</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>This priority was changed elsewhere while you were editing it. Keep your version? (No takes the other version.)</source>
        <translation>Deze prioriteit werd elders gewijzigd terwijl u ze bewerkte. Uw versie behouden? (Nee neemt de andere versie.)</translation>
    </message>
    <message>
        <source>Theme of the new priority</source>
        <translation>Thema van de nieuwe prioriteit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Your notes on this priority (what was tried, who to call…)</source>
        <translation>Uw notities bij deze prioriteit (wat geprobeerd is, wie te bellen…)</translation>
    </message>
    <message>
        <source>Re&amp;cord the notes</source>
        <translation>Notities ops&amp;laan</translation>
    </message>
    <message>
        <source>Statuses over time</source>
        <translation>Statussen door de tijd</translation>
    </message>
    <message>
        <source>N&amp;ew:</source>
        <translation>Ni&amp;euw:</translation>
    </message>
    <message>
        <source>Priorities, &amp;by rank</source>
        <translation>&amp;Prioriteiten, volgens rang</translation>
    </message>
    <message>
        <source>E&amp;xact words:</source>
        <translation>W&amp;oorden:</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Not&amp;ities:</translation>
    </message>
    <message>
        <source>Selected priority</source>
        <translation>Geselecteerde prioriteit</translation>
    </message>
    <message>
        <source>H&amp;istory of its statuses</source>
        <translation>&amp;Geschiedenis van de statussen</translation>
    </message>
    <message>
        <source>%1 priorities are active. The guide advises staying with 2 or 3 priorities: perhaps one of them can be set as “parked” (at least it has been said; the person can come back to it).</source>
        <translation>%1 prioriteiten zijn actief. De gids raadt aan het bij 2 of 3 prioriteiten te houden: misschien kan er een op ‘neergelegd’ (het is tenminste gezegd; de persoon kan erop terugkomen).</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Delete the priority</source>
        <translation>De prioriteit verwijderen</translation>
    </message>
    <message>
        <source>Delete “%1” and the history of its statuses?</source>
        <translation>‘%1’ en de geschiedenis van de statussen verwijderen?</translation>
    </message>
</context>
<context>
    <name>PriorityOverview</name>
    <message>
        <source>Priorities by theme and status</source>
        <translation>Prioriteiten per thema en status</translation>
    </message>
    <message>
        <source>No priority in the register yet.</source>
        <translation>Nog geen prioriteiten in het register.</translation>
    </message>
    <message>
        <source>&amp;Load a card deck…</source>
        <translation>Kaartspel &amp;laden…</translation>
    </message>
    <message>
        <source>&amp;Back to the default deck</source>
        <translation>&amp;Terug naar het standaardspel</translation>
    </message>
    <message>
        <source>&amp;Priorities by theme and status</source>
        <translation>&amp;Prioriteiten per thema en status</translation>
    </message>
    <message>
        <source>For your own reflection: the priorities of every situation in the register, counted by theme card and by current status.</source>
        <translation>Voor uw eigen reflectie: de prioriteiten van alle situaties in het register, geteld per themakaart en per huidige status.</translation>
    </message>
    <message>
        <source>Card deck</source>
        <translation>Kaartspel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>a deck loaded from a file</source>
        <translation>een spel geladen uit een bestand</translation>
    </message>
    <message>
        <source>the default deck</source>
        <translation>het standaardspel</translation>
    </message>
    <message>
        <source>In use: %1 (%2).</source>
        <translation>In gebruik: %1 (%2).</translation>
    </message>
    <message>
        <source>Load a card deck</source>
        <translation>Een kaartspel laden</translation>
    </message>
    <message>
        <source>Card decks (*.json);;All files (*)</source>
        <translation>Kaartspellen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This deck was not loaded: %1 The current deck stays.</source>
        <translation>Dit spel is niet geladen: %1 Het huidige spel blijft in gebruik.</translation>
    </message>
    <message>
        <source>Deck “%1” loaded (cards: %2).</source>
        <translation>Spel ‘%1’ geladen (kaarten: %2).</translation>
    </message>
    <message>
        <source>Back to the default deck.</source>
        <translation>Terug naar het standaardspel.</translation>
    </message>
</context>
<context>
    <name>PriorityRows</name>
    <message>
        <source>Add a &amp;blank line</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>In the person&apos;s words…</source>
        <translation>In de woorden van de persoon…</translation>
    </message>
    <message>
        <source>Priority %1, in the person&apos;s words</source>
        <translation>Prioriteit %1, in de woorden van de persoon</translation>
    </message>
    <message>
        <source>Theme of priority %1</source>
        <translation>Thema van prioriteit %1</translation>
    </message>
    <message>
        <source>Line %1: write the person&apos;s words, or choose “No theme”.</source>
        <translation>Regel %1: schrijf de woorden van de persoon, of kies ‘Geen thema’.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log time</source>
        <translation>Tijd noteren</translation>
    </message>
    <message>
        <source>Date of the work</source>
        <translation>Datum van het werk</translation>
    </message>
    <message>
        <source>&amp;Add a line</source>
        <translation>Regel toe&amp;voegen</translation>
    </message>
    <message>
        <source>Add a line (Enter in the last duration)</source>
        <translation>Regel toevoegen (Enter in de laatste duur)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Saved with the first line.</source>
        <translation>Opgeslagen bij de eerste regel.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Next check-in</source>
        <translation>Volgend &amp;contact</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;week</translation>
    </message>
    <message>
        <source>+2 wee&amp;ks</source>
        <translation>+2 wee&amp;k</translation>
    </message>
    <message>
        <source>+1 &amp;month</source>
        <translation>+1 &amp;maand</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Over twee weken</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Over een maand</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>&amp;Situatie:</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situatie:</translation>
    </message>
    <message>
        <source>For the mobilisation:</source>
        <translation>Voor de inzet:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Time spent</source>
        <translation>Bestede &amp;tijd</translation>
    </message>
    <message>
        <source>Enter: next line · Ctrl+Enter: save</source>
        <translation>Enter: volgende regel · Ctrl+Enter: opslaan</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list, or leave it empty.</source>
        <translation>Geen enkele situatie past eenduidig: kies er een uit de lijst, of laat leeg.</translation>
    </message>
    <message>
        <source>Close without saving the time typed?</source>
        <translation>Sluiten zonder de ingevoerde tijd op te slaan?</translation>
    </message>
    <message numerus="yes">
        <source>Time saved: %n line(s), %1.</source>
        <translation>
            <numerusform>Tijd opgeslagen: %n regel, %1.</numerusform>
            <numerusform>Tijd opgeslagen: %n regels, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your register. It is shown only now.</source>
        <translation>Als u uw wachtzin vergeet, is deze code de enige manier om uw register te openen. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF bewaren…</translation>
    </message>
    <message>
        <source>I have &amp;written down the recovery code and will keep it somewhere safe</source>
        <translation>Ik heb de herstelcode &amp;opgeschreven en bewaar hem op een veilige plek</translation>
    </message>
    <message>
        <source>Write it on paper or print it, and keep it away from the computer. A PDF kept on this computer does not help if the computer is lost: print it, or copy it to a USB stick kept elsewhere.</source>
        <translation>Schrijf hem op papier of druk hem af, en bewaar hem weg van de computer. Een pdf op deze computer helpt niet als de computer verloren gaat: druk hem af, of kopieer hem naar een usb-stick die u elders bewaart.</translation>
    </message>
    <message>
        <source>The recovery code was sent to the printer.</source>
        <translation>De herstelcode is naar de printer gestuurd.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Herstelcode als pdf bewaren</translation>
    </message>
    <message>
        <source>Relais recovery code.pdf</source>
        <translation>Relais herstelcode.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Choose another place.</source>
        <translation>De pdf kon daar niet worden bewaard. Kies een andere plek.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Relais — recovery code</source>
        <translation>Relais — herstelcode</translation>
    </message>
    <message>
        <source>Register created on %1, in the folder %2.</source>
        <translation>Register aangemaakt op %1, in de map %2.</translation>
    </message>
    <message>
        <source>This code opens your register if you forget your passphrase. It is shown only once and cannot be recovered.</source>
        <translation>Deze code opent uw register als u uw wachtzin vergeet. Hij wordt maar één keer getoond en kan niet worden teruggevonden.</translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe, away from the computer (with your important papers). Anyone who has both this code and the register can read it.</source>
        <translation>Bewaar dit blad op een veilige plek, weg van de computer (bij uw belangrijke papieren). Wie zowel deze code als het register heeft, kan het lezen.</translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose “Use the recovery code instead”. Capitals, spaces and dashes do not matter.</source>
        <translation>Gebruik: kies in het ontgrendelvenster ‘Herstelcode gebruiken’. Hoofdletters, spaties en streepjes maken niet uit.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>De pdf kon niet worden geschreven naar %1.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Herstelcode afdrukken</translation>
    </message>
</context>
<context>
    <name>ReferentContactDialog</name>
    <message>
        <source>Your contact on the documents</source>
        <translation>Uw contactgegevens op de documenten</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Uw &amp;naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefoon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>The handover sheet tells the next professional how to reach you.</source>
        <translation>De overdrachtsfiche vertelt de volgende professional hoe u te bereiken bent.</translation>
    </message>
</context>
<context>
    <name>ReferentPanel</name>
    <message>
        <source>Leave conversation mode? “Save and leave” records the chosen cards and the person&apos;s words as a dialogue session with up to three proposed priorities, to review in the dialogue tab.</source>
        <translation>Gespreksmodus verlaten? „Opslaan en verlaten” bewaart de gekozen kaarten en de woorden van de persoon als een dialoogsessie, met hoogstens drie voorgestelde prioriteiten, om na te lezen in het tabblad Dialoog.</translation>
    </message>
    <message>
        <source>Save and leave</source>
        <translation>Opslaan en verlaten</translation>
    </message>
    <message>
        <source>Leave without saving</source>
        <translation>Verlaten zonder opslaan</translation>
    </message>
    <message>
        <source>Back to the conversation</source>
        <translation>Terug naar het gesprek</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen card(s) and the person&apos;s words will not be recorded. Press again to leave without saving.</source>
        <translation>
            <numerusform>%n gekozen kaart en de woorden van de persoon worden niet bewaard. Druk nogmaals om te verlaten zonder te bewaren.</numerusform>
            <numerusform>%n gekozen kaarten en de woorden van de persoon worden niet bewaard. Druk nogmaals om te verlaten zonder te bewaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave and lose the chosen cards</source>
        <translation>Verlaten en de gekozen kaarten kwijtraken</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Main vulnerabilities</source>
        <translation>Belangrijkste kwetsbaarheden</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Volgend contact</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Name, pseudonym or a word of the story…</source>
        <translation>Naam, pseudoniem of een woord uit het verhaal…</translation>
    </message>
    <message>
        <source>Search situations</source>
        <translation>Situaties zoeken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <source>All vulnerabilities</source>
        <translation>Alle kwetsbaarheden</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Filter op kwetsbaarheid</translation>
    </message>
    <message>
        <source>All pathologies</source>
        <translation>Alle pathologieën</translation>
    </message>
    <message>
        <source>Pathology filter</source>
        <translation>Filter op pathologie</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Number of situations</source>
        <translation>Aantal situaties</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>Situaties</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>V&amp;ulnerability:</source>
        <translation>K&amp;wetsbaarheid:</translation>
    </message>
    <message>
        <source>&amp;Pathology:</source>
        <translation>&amp;Pathologie:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n situation(s)</source>
        <translation>
            <numerusform>%1 van %n situatie</numerusform>
            <numerusform>%1 van %n situaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situatie</numerusform>
            <numerusform>%n situaties</numerusform>
        </translation>
    </message>
    <message>
        <source>No situation matches this search. Clear the filters to see them all.</source>
        <translation>Geen enkele situatie komt overeen met deze zoekopdracht. Wis de filters om ze allemaal te zien.</translation>
    </message>
    <message>
        <source>No situation yet. Create the first one with “New situation” (Ctrl+N).</source>
        <translation>Nog geen situaties. Maak de eerste aan met ‘Nieuwe situatie’ (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>RelaisApplication</name>
    <message>
        <source>Open an existing register</source>
        <translation>Een bestaand register openen</translation>
    </message>
    <message>
        <source>Relais could not show the register (%1).</source>
        <translation>Relais kon het register niet tonen (%1).</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Remind me — %1</source>
        <translation>Herinner me — %1</translation>
    </message>
    <message>
        <source>Date of the reminder</source>
        <translation>Datum van de herinnering</translation>
    </message>
    <message>
        <source>What to do, whom to call (optional)</source>
        <translation>Wat te doen, wie te bellen (optioneel)</translation>
    </message>
    <message>
        <source>Note of the reminder</source>
        <translation>Notitie bij de herinnering</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>It will appear in “To contact” on that day, with its note.</source>
        <translation>Ze verschijnt die dag in „Te contacteren”, met haar notitie.</translation>
    </message>
    <message>
        <source>Reminder set for %1.</source>
        <translation>Herinnering gepland op %1.</translation>
    </message>
</context>
<context>
    <name>ResourceBrowser</name>
    <message>
        <source>Name, commune, conditions or a word of the notes…</source>
        <translation>Naam, gemeente, voorwaarden of een woord uit de notities…</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Zoeken in de gids</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filter op categorie</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle types</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filter op type</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <source>Commune filter</source>
        <translation>Filter op gemeente</translation>
    </message>
    <message>
        <source>Not checked for 12 &amp;months</source>
        <translation>Niet gecontroleerd sinds &amp;12 maanden</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Aantal fiches</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Gids van hulpbronnen</translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation>Fiches: %1</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>te controleren: %1</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Export the selected entries (no person data)</source>
        <translation>Geselecteerde fiches exporteren (geen persoonsgegevens)</translation>
    </message>
    <message>
        <source>Relais resource files (*.json);;All files (*)</source>
        <translation>Relais-hulpbronnenbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s resource file</source>
        <translation>Hulpbronnenbestand van een collega importeren</translation>
    </message>
    <message>
        <source>Resource directory</source>
        <translation>Gids van hulpbronnen</translation>
    </message>
    <message>
        <source>New reso&amp;urce</source>
        <translation>Nie&amp;uwe hulpbron</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <source>E&amp;xport selected…</source>
        <translation>Selectie exp&amp;orteren…</translation>
    </message>
    <message>
        <source>Writes the selected entries to a file for a colleague. It holds no person data.</source>
        <translation>Schrijft de geselecteerde fiches naar een bestand voor een collega. Het bevat geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>&amp;Import a colleague&apos;s file…</source>
        <translation>Bestand van een &amp;collega importeren…</translation>
    </message>
    <message>
        <source>You see what will be added or merged before anything changes.</source>
        <translation>U ziet wat toegevoegd of samengevoegd wordt voordat er iets verandert.</translation>
    </message>
    <message>
        <source>A shared file holds directory entries only, never person data.</source>
        <translation>Een gedeeld bestand bevat alleen fiches uit de gids, nooit persoonsgegevens.</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>„%1” uit de gids verwijderen?</translation>
    </message>
    <message>
        <source>Mobilisations using it: %1. They will be kept, with “%2” written as text.</source>
        <translation>Inzetten die ze gebruiken: %1. Ze blijven bewaard, met „%2” als tekst.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Fiche verwijderen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Select the entries to share first (Ctrl or Shift + click).</source>
        <translation>Selecteer eerst de fiches die u wilt delen (Ctrl of Shift + klik).</translation>
    </message>
    <message>
        <source>The file was not written: %1</source>
        <translation>Het bestand werd niet geschreven: %1</translation>
    </message>
    <message>
        <source>Entries written: %1, to %2.
The file holds directory entries only, no person data.</source>
        <translation>Fiches geschreven: %1, naar %2.
Het bestand bevat alleen fiches uit de gids, geen persoonsgegevens.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 »: %2</translation>
    </message>
    <message>
        <source>Your notes in these entries hold person data (a person of the register, a phone, an e-mail…). It will be masked in the file (%1 items):</source>
        <translation>Uw notities in deze fiches bevatten persoonsgegevens (een persoon uit het register, een telefoonnummer, een e-mailadres…). Ze worden in het bestand gemaskeerd (%1 elementen):</translation>
    </message>
    <message>
        <source>Export with these masked?</source>
        <translation>Exporteren met deze elementen gemaskeerd?</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Er werd niets geïmporteerd. %1</translation>
    </message>
    <message>
        <source>Added: %1 · merged: %2 · skipped: %3.</source>
        <translation>Toegevoegd: %1 · samengevoegd: %2 · overgeslagen: %3.</translation>
    </message>
    <message>
        <source>the file could not be written or read.</source>
        <translation>het bestand kon niet geschreven of gelezen worden.</translation>
    </message>
    <message>
        <source>unexpected error.</source>
        <translation>onverwachte fout.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>&amp;Last checked on</source>
        <translation>Gecontroleerd o&amp;p</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Date of the last check</source>
        <translation>Datum van de laatste controle</translation>
    </message>
    <message>
        <source>Chec&amp;ked today</source>
        <translation>Van&amp;daag gecontroleerd</translation>
    </message>
    <message>
        <source>You called or looked today: the entry is up to date.</source>
        <translation>U hebt vandaag gebeld of gekeken: de fiche is up-to-date.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gorie:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Commune or &amp;zone:</source>
        <translation>Ge&amp;meente of zone:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>E-m&amp;ail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>We&amp;b:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>Conditi&amp;ons:</source>
        <translation>&amp;Voorwaarden:</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Waiting list:</source>
        <translation>Wacht&amp;lijst:</translation>
    </message>
    <message>
        <source>Learned &amp;from:</source>
        <translation>Gekend v&amp;ia:</translation>
    </message>
    <message>
        <source>Checked:</source>
        <translation>Controle:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Notitie&amp;s:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the resource (Ctrl+S)</source>
        <translation>De hulpbron opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Entry: %1</source>
        <translation>Fiche: %1</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <source>Never checked: call before sending someone there.</source>
        <translation>Nooit gecontroleerd: bel eerst voor u er iemand naartoe stuurt.</translation>
    </message>
    <message>
        <source>Not checked for 12 months (last time: %1): call before sending someone there.</source>
        <translation>Niet gecontroleerd sinds 12 maanden (laatste keer: %1): bel eerst voor u er iemand naartoe stuurt.</translation>
    </message>
</context>
<context>
    <name>ResourceImportDialog</name>
    <message>
        <source>Import a colleague&apos;s file</source>
        <translation>Bestand van een collega importeren</translation>
    </message>
    <message>
        <source>Entries of the file</source>
        <translation>Fiches van het bestand</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Already in your directory</source>
        <translation>Al in uw gids</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat doen</translation>
    </message>
    <message>
        <source>New entries to add: %1. Duplicates (same name and commune): %2.</source>
        <translation>Nieuwe fiches om toe te voegen: %1. Dubbels (zelfde naam en gemeente): %2.</translation>
    </message>
    <message>
        <source>File written on %1.</source>
        <translation>Bestand geschreven op %1.</translation>
    </message>
    <message>
        <source>Choose what to do with each duplicate, then import.</source>
        <translation>Kies wat er met elke dubbel moet gebeuren en importeer dan.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>What to do with “%1”</source>
        <translation>Wat doen met „%1”</translation>
    </message>
    <message>
        <source>Merge (fill the empty fields)</source>
        <translation>Samenvoegen (lege velden aanvullen)</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide houden</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Earlier in this file (line %1)</source>
        <translation>Eerder in dit bestand (regel %1)</translation>
    </message>
    <message>
        <source>All duplicates:</source>
        <translation>Alle dubbels:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide houden</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Overslaan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Merging never overwrites what you wrote: it fills the empty fields and keeps the most recent check date. Nothing is written before you press Import.</source>
        <translation>Samenvoegen overschrijft nooit wat u schreef: het vult de lege velden aan en behoudt de recentste controledatum. Er wordt niets geschreven voor u op Importeren drukt.</translation>
    </message>
</context>
<context>
    <name>ResourceModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune or area</source>
        <translation>Gemeente of zone</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Laatste controle</translation>
    </message>
    <message>
        <source>never checked — to check</source>
        <translation>nooit gecontroleerd — te controleren</translation>
    </message>
    <message>
        <source>%1 — to check</source>
        <translation>%1 — na te kijken</translation>
    </message>
    <message>
        <source>Not checked for 12 months: call before sending someone there.</source>
        <translation>Niet gecontroleerd sinds 12 maanden: bel eerst voor u er iemand naartoe stuurt.</translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <source>Three letters to search the directory, or any name…</source>
        <translation>Drie letters om in de gids te zoeken, of een vrije naam…</translation>
    </message>
    <message>
        <source>Also save it to the &amp;directory</source>
        <translation>Ook in de &amp;gids opslaan</translation>
    </message>
    <message>
        <source>From your directory.</source>
        <translation>Uit uw gids.</translation>
    </message>
    <message>
        <source>Not in your directory: kept as written.</source>
        <translation>Niet in uw gids: bewaard zoals geschreven.</translation>
    </message>
    <message>
        <source>Type three letters to see the entries of your directory.</source>
        <translation>Typ drie letters om de fiches van uw gids te zien.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Een back-up herstellen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>A .relais-backup file</source>
        <translation>Een .relais-backup-bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>De &amp;wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Replace the register with this backup</source>
        <translation>Het register &amp;vervangen door deze back-up</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Back-up:</translation>
    </message>
    <message>
        <source>Relais backups (*.relais-backup)</source>
        <translation>Relais-back-ups (*.relais-backup)</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>Dit bestand bestaat niet.</translation>
    </message>
    <message>
        <source>Choose a backup made by Relais (Register → Back up now, or the daily automatic backups).</source>
        <translation>Kies een back-up gemaakt door Relais (Register → Nu een back-up maken, of de dagelijkse automatische back-ups).</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>een onbekende datum</translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situatie</numerusform>
            <numerusform>%n situaties</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1%2.</source>
        <translation>Back-up van %1%2.</translation>
    </message>
    <message>
        <source>Everything in the register “%1” will be replaced by this backup: what was added or changed since it was made will no longer be in the register. A safety backup of the register as it is now is made first, in %2.</source>
        <translation>De hele inhoud van het register „%1” wordt vervangen door deze back-up: wat sindsdien is toegevoegd of gewijzigd, staat daarna niet meer in het register. Eerst wordt een veiligheidsback-up gemaakt van het register zoals het nu is, in %2.</translation>
    </message>
    <message>
        <source>This backup was made with another key (another register, or before a change of key): type the passphrase that opened it.</source>
        <translation>Deze back-up is met een andere sleutel gemaakt (een ander register, of vóór een sleutelwijziging): typ de wachtzin waarmee hij openging.</translation>
    </message>
    <message>
        <source>Type the passphrase of the backup.</source>
        <translation>Typ de wachtzin van de back-up.</translation>
    </message>
    <message>
        <source>A backup is being made: try again in a moment.</source>
        <translation>Er wordt een back-up gemaakt: probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt hersteld…</translation>
    </message>
    <message>
        <source>Backup restored. The register as it was before is kept in %1.</source>
        <translation>Back-up hersteld. Het register zoals het voordien was, blijft bewaard in %1.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>De back-up is niet hersteld: %1</translation>
    </message>
</context>
<context>
    <name>ReviewNavigation</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Texts to review</source>
        <translation>Na te lezen teksten</translation>
    </message>
    <message>
        <source>&amp;Texts</source>
        <translation>&amp;Teksten</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Structured parts</source>
        <translation>Gestructureerde delen</translation>
    </message>
    <message>
        <source>%1 (%2 to check)</source>
        <translation>%1 (%2 na te kijken)</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Verhaal</translation>
    </message>
    <message>
        <source>Other pathologies</source>
        <translation>Andere aandoeningen</translation>
    </message>
    <message>
        <source>Nœud, in the group&apos;s words</source>
        <translation>Knelpunt, in de woorden van de groep</translation>
    </message>
    <message>
        <source>One positive element</source>
        <translation>Een positief element</translation>
    </message>
    <message>
        <source>One difficulty</source>
        <translation>Een moeilijkheid</translation>
    </message>
    <message>
        <source>One new element</source>
        <translation>Een nieuw element</translation>
    </message>
    <message>
        <source>One solution that emerged</source>
        <translation>Een oplossing die naar voren kwam</translation>
    </message>
    <message>
        <source>Difficulties (dialogue session %1)</source>
        <translation>Moeilijkheden (dialoogsessie %1)</translation>
    </message>
    <message>
        <source>Added value (dialogue session %1)</source>
        <translation>Meerwaarde (dialoogsessie %1)</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioriteit %1</translation>
    </message>
    <message>
        <source>Resource %1</source>
        <translation>Hulpbron %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Vergrendelen na dit aantal minuten zonder activiteit</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies the next time Relais starts.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start van Relais.</translation>
    </message>
    <message>
        <source>Lock &amp;after:</source>
        <translation>Vergrendelen &amp;na:</translation>
    </message>
    <message>
        <source>Relais locks itself after this many minutes without activity. Ctrl+L locks at once.</source>
        <translation>Relais vergrendelt zichzelf na dit aantal minuten zonder activiteit. Ctrl+L vergrendelt meteen.</translation>
    </message>
    <message>
        <source>This computer and the passphrase</source>
        <translation>Deze computer en de wachtzin</translation>
    </message>
    <message>
        <source>&amp;Remember this register on this computer</source>
        <translation>Dit register op deze computer ont&amp;houden</translation>
    </message>
    <message>
        <source>Relais then opens without the passphrase while you are logged in to your session. Avoid it on a shared computer.</source>
        <translation>Relais opent dan zonder wachtzin zolang u in uw sessie bent aangemeld. Vermijd dit op een gedeelde computer.</translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring (a secure store for keys), so Relais asks for the passphrase each time.</source>
        <translation>Niet beschikbaar: deze computer heeft geen sleutelbos (een beveiligde opslag voor sleutels). Relais vraagt dus telkens de wachtzin.</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Wachtzin &amp;wijzigen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Back-upmap:</translation>
    </message>
    <message>
        <source>“Back up now” (Ctrl+Shift+S) writes an encrypted copy there. Relais also backs up by itself at the first unlock of each day, into this folder once you have chosen one (until then into the register&apos;s own “backups” folder), and keeps 7 daily, 4 weekly and 12 monthly copies. A USB stick kept elsewhere is a good place.</source>
        <translation>„Nu een back-up maken” (Ctrl+Shift+S) schrijft er een versleutelde kopie naartoe. Relais maakt ook zelf een back-up bij de eerste ontgrendeling van elke dag, in deze map zodra u er een gekozen hebt (tot dan in de map „backups” van het register), en bewaart 7 dagelijkse, 4 wekelijkse en 12 maandelijkse kopieën. Een USB-stick die elders bewaard wordt, is een goede plek.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtzin gewijzigd</translation>
    </message>
    <message>
        <source>Your new passphrase is in use. Your recovery code has not changed.</source>
        <translation>Uw nieuwe wachtzin is in gebruik. Uw herstelcode is niet veranderd.</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>Face to face and invisible work</source>
        <translation>Met de persoon en onzichtbaar werk</translation>
    </message>
</context>
<context>
    <name>ShortageView</name>
    <message>
        <source>resource type</source>
        <translation>type hulpbron</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Groeperen per:</translation>
    </message>
    <message>
        <source>&amp;Shortages: where the mobilisations met a waiting list, a full service or a failure</source>
        <translation>Te&amp;korten: waar inzetten op een wachtlijst, een volzette dienst of een mislukking stuitten</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Tekorten</translation>
    </message>
    <message>
        <source>Each mobilisation counts once in its row, but in every shortage it went through (a waiting list, then a full service): the columns can add up to more than the total.</source>
        <translation>Elke inzet telt één keer in haar rij, maar in elk tekort dat ze tegenkwam (een wachtlijst, daarna een volzette dienst): de kolommen kunnen samen meer zijn dan het totaal.</translation>
    </message>
    <message>
        <source>Time spent on mobilisations now on a waiting list, unavailable or failed: %1 (of %2 on all mobilisations).</source>
        <translation>Tijd besteed aan inzetten die nu op een wachtlijst staan, onbeschikbaar of mislukt zijn: %1 (van %2 voor alle inzetten).</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Type hulpbron</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <source>Service full</source>
        <translation>Dienst volzet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Inzetten</translation>
    </message>
    <message>
        <source>No mobilisation met a shortage in this period.</source>
        <translation>Geen enkele inzet stuitte op een tekort in deze periode.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Not typed (free text or an entry without type)</source>
        <translation>Zonder type (vrije tekst of fiche zonder type)</translation>
    </message>
</context>
<context>
    <name>SituationEditor</name>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Persoo&amp;n</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>Sit&amp;uatie</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Net&amp;werk</translation>
    </message>
    <message>
        <source>&amp;Erase this person…</source>
        <translation>Deze persoon w&amp;issen…</translation>
    </message>
    <message>
        <source>Erase the person and everything linked to them (GDPR)</source>
        <translation>De persoon en alles wat ermee verband houdt wissen (AVG)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Undo last change</source>
        <translation>Laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Show tab %1</source>
        <translation>Tabblad %1 tonen</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Opslaan (%1)</translation>
    </message>
    <message>
        <source>Undo the last change outside a text field (Ctrl+Z)</source>
        <translation>De laatste wijziging buiten een tekstveld ongedaan maken (Ctrl+Z)</translation>
    </message>
    <message>
        <source>New situation</source>
        <translation>Nieuwe situatie</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <source>While you were editing this situation, some of the fields you changed were also changed elsewhere. Keep your version of these fields? (No takes the other version.)</source>
        <translation>Terwijl u deze situatie bewerkte, werden sommige velden die u wijzigde ook elders gewijzigd. Uw versie van deze velden behouden? (Nee neemt de andere versie.)</translation>
    </message>
</context>
<context>
    <name>SituationForm</name>
    <message>
        <source>The story of the situation, in your words: what the person lives, what they ask, what you noticed during the visit…</source>
        <translation>Het verhaal van de situatie, in uw woorden: wat de persoon meemaakt, wat hij of zij vraagt, wat u tijdens het bezoek opviel…</translation>
    </message>
    <message>
        <source>Narrativ&amp;e (récit)</source>
        <translation>&amp;Verhaal (récit)</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>Begonnen o&amp;p</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Niet opgegeven</translation>
    </message>
    <message>
        <source>How the person ca&amp;me in</source>
        <translation>H&amp;erkomst van de aanvraag</translation>
    </message>
    <message>
        <source>&amp;agreed on</source>
        <translation>&amp;akkoord op</translation>
    </message>
    <message>
        <source>The person agrees that the situation is discussed anonymously in the community of practice (CdP)</source>
        <translation>De persoon gaat akkoord dat de situatie anoniem wordt besproken in de praktijkgemeenschap (CdP)</translation>
    </message>
    <message>
        <source>Anonymous discussion in the CdP</source>
        <translation>Anonieme bespreking in de CdP</translation>
    </message>
    <message>
        <source>p&amp;lanned on</source>
        <translation>&amp;gepland op</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 week</translation>
    </message>
    <message>
        <source>In one week</source>
        <translation>Over een week</translation>
    </message>
    <message>
        <source>+2 weeks</source>
        <translation>+2 weken</translation>
    </message>
    <message>
        <source>In two weeks</source>
        <translation>Over twee weken</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 maand</translation>
    </message>
    <message>
        <source>In one month</source>
        <translation>Over een maand</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Volgend contact</translation>
    </message>
    <message>
        <source>V&amp;ulnerabilities</source>
        <translation>&amp;Kwetsbaarheden</translation>
    </message>
    <message>
        <source>BOOST target pathologies</source>
        <translation>BOOST-doelpathologieën</translation>
    </message>
    <message>
        <source>Other pathologies</source>
        <translation>Andere pathologieën</translation>
    </message>
    <message>
        <source>Patholo&amp;gies</source>
        <translation>Patholog&amp;ieën</translation>
    </message>
    <message>
        <source>Details, other conditions…</source>
        <translation>Details, andere aandoeningen…</translation>
    </message>
    <message>
        <source>Other pathologies, deta&amp;ils</source>
        <translation>Andere pathologieën, &amp;toelichting</translation>
    </message>
    <message>
        <source>(%1 ticked)</source>
        <translation>(aangevinkt: %1)</translation>
    </message>
    <message>
        <source>Ticked: %1</source>
        <translation>Aangevinkt: %1</translation>
    </message>
</context>
<context>
    <name>SituationPicker</name>
    <message>
        <source>No situation (CdP, training…)</source>
        <translation>Zonder situatie (PG, opleiding…)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
</context>
<context>
    <name>SituationStatusBox</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Put on &amp;watch (veille)</source>
        <translation>In &amp;opvolging zetten (veille)</translation>
    </message>
    <message>
        <source>No active work, but keep an eye with check-ins</source>
        <translation>Geen actief werk meer, maar een oogje in het zeil houden met contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Back to active accompaniment</source>
        <translation>A&amp;ctieve begeleiding hervatten</translation>
    </message>
    <message>
        <source>Back to the active status</source>
        <translation>Terug naar de actieve status</translation>
    </message>
    <message>
        <source>&amp;Close the accompaniment…</source>
        <translation>Begeleiding af&amp;sluiten…</translation>
    </message>
    <message>
        <source>Close with a reason and a date</source>
        <translation>Afsluiten met een reden en een datum</translation>
    </message>
    <message>
        <source>Reopen the a&amp;ccompaniment</source>
        <translation>Her&amp;openen</translation>
    </message>
    <message>
        <source>Reopen this accompaniment</source>
        <translation>Deze begeleiding heropenen</translation>
    </message>
    <message>
        <source>The status can be changed once the situation is saved.</source>
        <translation>De status kan worden gewijzigd zodra de situatie is opgeslagen.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Closed on %1 — %2</source>
        <translation>Afgesloten op %1 — %2</translation>
    </message>
    <message>
        <source>Accompanied since %1</source>
        <translation>Begeleid sinds %1</translation>
    </message>
</context>
<context>
    <name>SituationTabs</name>
    <message>
        <source>&amp;Dialogue</source>
        <translation>&amp;Dialoog</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Mobilisations</source>
        <translation>Mobilisaties</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
</context>
<context>
    <name>StackedMonthChart</name>
    <message>
        <source>Hours by task and month</source>
        <translation>Uren per taak en per maand</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change the status</source>
        <translation>De status wijzigen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <source>“%1” — now: %2</source>
        <translation>‘%1’ — nu: %2</translation>
    </message>
    <message>
        <source>At least it has been said: the person can come back to it when ready.</source>
        <translation>Het is tenminste gezegd: de persoon kan erop terugkomen wanneer hij of zij er klaar voor is.</translation>
    </message>
    <message>
        <source>Sometimes the person just needs to say it.</source>
        <translation>Soms moet de persoon het gewoon kunnen zeggen.</translation>
    </message>
    <message>
        <source>Something is being done about it.</source>
        <translation>Er wordt iets aan gedaan.</translation>
    </message>
</context>
<context>
    <name>StatusStripChart</name>
    <message>
        <source>Priority statuses over time</source>
        <translation>Status van de prioriteiten door de tijd</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <translation>%1: %2 sinds %3</translation>
    </message>
    <message>
        <source>No priority yet.</source>
        <translation>Nog geen prioriteit.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
</context>
<context>
    <name>StopTimerDialog</name>
    <message>
        <source>Stop the timer</source>
        <translation>Tijdmeting stoppen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Discard this time</source>
        <translation>Deze tijd &amp;weggooien</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Laten lopen</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Taak:</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituatie:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otitie:</translation>
    </message>
    <message>
        <source>Started at %1. Leave the situation empty for work not tied to one (CdP, training…).</source>
        <translation>Gestart om %1. Laat de situatie leeg voor werk dat niet bij één situatie hoort (PG, opleiding…).</translation>
    </message>
    <message>
        <source>Choose a task from the list.</source>
        <translation>Kies een taak uit de lijst.</translation>
    </message>
    <message>
        <source>No single situation matches: choose one from the list, or leave it empty.</source>
        <translation>Geen enkele situatie past eenduidig: kies er een uit de lijst, of laat leeg.</translation>
    </message>
</context>
<context>
    <name>StructureView</name>
    <message>
        <source>Structured parts of the canvas (read-only)</source>
        <translation>Gestructureerde delen van het canvas (alleen lezen)</translation>
    </message>
    <message>
        <source>Structured parts (read-only)</source>
        <translation>Gestructureerde delen (alleen lezen)</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioriteiten</translation>
    </message>
    <message>
        <source>Resources mobilised</source>
        <translation>Ingeschakelde hulpbronnen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>month %1: %2</source>
        <translation>maand %1: %2</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <source>Months of accompaniment</source>
        <translation>Maanden begeleiding</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Kwetsbaarheden</translation>
    </message>
    <message>
        <source>Pathologies</source>
        <translation>Aandoeningen</translation>
    </message>
    <message>
        <source>Network (roles only)</source>
        <translation>Netwerk (alleen rollen)</translation>
    </message>
    <message>
        <source>Dialogue tool</source>
        <translation>Dialoogtool</translation>
    </message>
    <message>
        <source>In the person&apos;s words (exported)</source>
        <translation>In de woorden van de persoon (geëxporteerd)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Resource (exported)</source>
        <translation>Hulpbron (geëxporteerd)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Who mobilises</source>
        <translation>Wie schakelt in</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>In de gids</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>TaskCombo</name>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
</context>
<context>
    <name>ThemeCombo</name>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>Unknown theme (%1)</source>
        <translation>Onbekend thema (%1)</translation>
    </message>
</context>
<context>
    <name>TimeEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation>Inzet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Onzichtbaar werk</translation>
    </message>
    <message>
        <source>With the person</source>
        <translation>Met de persoon</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
</context>
<context>
    <name>TimeListView</name>
    <message>
        <source>No time recorded.</source>
        <translation>Geen tijd genoteerd.</translation>
    </message>
    <message>
        <source>Total %1 · with the person %2 · invisible work %3 (%4 %)</source>
        <translation>Totaal %1 · met de persoon %2 · onzichtbaar werk %3 (%4 %)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Log t&amp;ime…</source>
        <translation>T&amp;ijd noteren…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Verwi&amp;jderen…</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>Only the %1 most recent lines are shown; the totals cover the whole period.</source>
        <translation>Alleen de %1 recentste regels worden getoond; de totalen gelden voor de hele periode.</translation>
    </message>
    <message>
        <source>Delete this line: %1, %2 on %3?</source>
        <translation>Deze regel verwijderen: %1, %2 op %3?</translation>
    </message>
    <message>
        <source>Delete the line</source>
        <translation>Regel verwijderen</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Het einde van de periode ligt vóór het begin.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Stop the timer</source>
        <translation>Tijdmeting stoppen</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Tijdmeting starten</translation>
    </message>
    <message>
        <source>Stop and say what the time was for</source>
        <translation>Stoppen en zeggen waarvoor de tijd diende</translation>
    </message>
    <message>
        <source>Time work at the desk: a call, mails, paperwork</source>
        <translation>Bureauwerk timen: een telefoon, mails, papierwerk</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Loopt al %1</translation>
    </message>
    <message>
        <source>Running for more than 24 h: forgotten?</source>
        <translation>Loopt al meer dan 24 u: vergeten?</translation>
    </message>
</context>
<context>
    <name>ToolPages</name>
    <message>
        <source>Resources</source>
        <translation>Hulpbronnen</translation>
    </message>
    <message>
        <source>Shortages</source>
        <translation>Tekorten</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Bestede tijd</translation>
    </message>
    <message>
        <source>Invisible work</source>
        <translation>Onzichtbaar werk</translation>
    </message>
    <message>
        <source>CdP sessions</source>
        <translation>CdP-sessies</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>CdP-moderator</translation>
    </message>
    <message>
        <source>Export log</source>
        <translation>Exportlogboek</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-bewaarde wijzigingen</translation>
    </message>
    <message>
        <source>This page has changes that are not saved. Save them before closing?</source>
        <translation>Deze pagina heeft wijzigingen die niet bewaard zijn. Bewaren voor het sluiten?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Relais — unlock</source>
        <translation>Relais — ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Open another register</source>
        <translation>Een ander register openen</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock your register</source>
        <translation>Ontgrendel uw register</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Use the &amp;recovery code instead</source>
        <translation>&amp;Herstelcode gebruiken</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Open another register…</source>
        <translation>Ander register o&amp;penen…</translation>
    </message>
    <message>
        <source>Create a &amp;new register…</source>
        <translation>Een &amp;nieuw register aanmaken…</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <source>This folder does not contain a Relais register. Open another register, or create a new one.</source>
        <translation>Deze map bevat geen Relais-register. Open een ander register of maak een nieuw aan.</translation>
    </message>
    <message>
        <source>The register folder cannot be found: %1. It may have been moved, or be on a disk that is not connected.</source>
        <translation>De registermap is niet gevonden: %1. Misschien is ze verplaatst, of staat ze op een schijf die niet aangesloten is.</translation>
    </message>
    <message>
        <source>Use the &amp;passphrase instead</source>
        <translation>&amp;Wachtzin gebruiken</translation>
    </message>
    <message>
        <source>Unlocking with the key remembered on this computer…</source>
        <translation>Ontgrendelen met de sleutel die op deze computer is onthouden…</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Typ uw herstelcode.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Typ uw wachtzin.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
    <message>
        <source>This register is already open in another Relais window. Switch to that window, or close it first.</source>
        <translation>Dit register is al open in een ander Relais-venster. Ga naar dat venster, of sluit het eerst.</translation>
    </message>
    <message>
        <source>The first opening after an update of Relais also updates the register and checks it: this can take a few more seconds. Leave Relais open.</source>
        <translation>De eerste keer openen na een update van Relais werkt ook het register bij en controleert het: dat kan enkele seconden langer duren. Laat Relais open.</translation>
    </message>
    <message>
        <source>The key remembered on this computer could not be used: type your passphrase.</source>
        <translation>De sleutel die op deze computer is onthouden, kon niet worden gebruikt: typ uw wachtzin.</translation>
    </message>
    <message>
        <source>This recovery code does not open the register. Check each group of characters (spaces and capitals do not matter).</source>
        <translation>Deze herstelcode opent het register niet. Controleer elke groep tekens (spaties en hoofdletters maken niet uit).</translation>
    </message>
    <message>
        <source>This passphrase does not open the register. Check the keyboard layout and Caps Lock, or use the recovery code.</source>
        <translation>Deze wachtzin opent het register niet. Controleer de toetsenbordindeling en Caps Lock, of gebruik de herstelcode.</translation>
    </message>
    <message>
        <source>The register folder cannot be found, or is not a Relais register.</source>
        <translation>De registermap is niet gevonden, of het is geen Relais-register.</translation>
    </message>
    <message>
        <source>The register is damaged and was not opened, so that nothing is written to it. Restore a backup (command: relais restore).</source>
        <translation>Het register is beschadigd en werd niet geopend, zodat er niets in wordt geschreven. Zet een back-up terug (opdracht: relais restore).</translation>
    </message>
    <message>
        <source>The key file of the register (keyslots.json) is damaged. Restore a backup.</source>
        <translation>Het sleutelbestand van het register (keyslots.json) is beschadigd. Zet een back-up terug.</translation>
    </message>
    <message>
        <source>This register was written by a newer version of Relais. Update Relais to open it.</source>
        <translation>Dit register is geschreven door een nieuwere versie van Relais. Werk Relais bij om het te openen.</translation>
    </message>
    <message>
        <source>Relais is not allowed to read this folder. Check its permissions.</source>
        <translation>Relais mag deze map niet lezen. Controleer de toegangsrechten.</translation>
    </message>
    <message>
        <source>The register could not be opened (%1).</source>
        <translation>Het register kon niet worden geopend (%1).</translation>
    </message>
</context>
</TS>
