<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Frist (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Hva skal gjøres</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Legg &amp;til tiltak</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: the actions can be read, not changed.</source>
        <translation>Dette verkstedet er åpnet skrivebeskyttet her: tiltakene kan leses, ikke endres.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status for %1</translation>
    </message>
    <message>
        <source>The first meeting of the process: %1 new.</source>
        <translation>Prosessens første møte: %1 nye.</translation>
    </message>
    <message>
        <source>Since last meeting (%1): %2 done, %3 stopped, %4 new.</source>
        <translation>Siden forrige møte (%1): %2 ferdig, %3 stoppet, %4 nye.</translation>
    </message>
    <message>
        <source>Write what is to be done first.</source>
        <translation>Skriv først hva som skal gjøres.</translation>
    </message>
    <message>
        <source>The due date must be a day written YYYY-MM-DD, such as 2026-09-15.</source>
        <translation>Fristen må være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2026-09-15.</translation>
    </message>
    <message>
        <source>An action must say what is to be done.</source>
        <translation>Et tiltak må si hva som skal gjøres.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Go to step %1</source>
        <translation>Gå til steg %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Fjern steg</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Flytt steg</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Endre varighet</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Gi steget nytt navn</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Rediger steg</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Endre starttid</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Nytt steg …</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Legg til øvelse …</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Fjern steg</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Flytt steget opp</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Flytt steget ned</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Rediger steg …</translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Steg</translation>
    </message>
    <message>
        <source>+ Exercise</source>
        <translation>+ Øvelse</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration of the selected step</source>
        <translation>Varighet for det valgte steget</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Startti&amp;d:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Varigh&amp;et:</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Ingen steg ennå.</translation>
    </message>
    <message>
        <source>%1 in all. Set a start time to see clock times.</source>
        <translation>%1 totalt. Angi en starttid for å se klokkeslett.</translation>
    </message>
    <message>
        <source>Planned end %1 (%2 in all)</source>
        <translation>Planlagt slutt %1 (%2 totalt)</translation>
    </message>
    <message>
        <source>Running %1 late: expected end %2</source>
        <translation>%1 forsinket: forventet slutt %2</translation>
    </message>
    <message>
        <source>%1 ahead of plan: expected end %2</source>
        <translation>%1 foran planen: forventet slutt %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>The step keeps its title</source>
        <translation>Steget beholder tittelen sin</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups of this workshop</source>
        <translation>Sikkerhetskopier av dette verkstedet</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation>&amp;Slett disse sikkerhetskopiene …</translation>
    </message>
    <message>
        <source>This window keeps no backups.</source>
        <translation>Dette vinduet tar ingen sikkerhetskopier.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop on this computer.</source>
        <translation>Det finnes ingen sikkerhetskopier av dette verkstedet på denne datamaskinen.</translation>
    </message>
    <message>
        <source>Backups taken before this change: %1. They still hold the names as they were; delete them to take the names off this computer.</source>
        <translation>Sikkerhetskopier tatt før denne endringen: %1. De har fortsatt navnene slik de var; slett dem for å fjerne navnene fra denne datamaskinen.</translation>
    </message>
    <message>
        <source>Backups of this workshop on this computer: %1. Each holds the names as they were when it was taken.</source>
        <translation>Sikkerhetskopier av dette verkstedet på denne datamaskinen: %1. Hver av dem har navnene slik de var da den ble tatt.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Slett sikkerhetskopier</translation>
    </message>
    <message>
        <source>Delete the backups listed (%1) for good?

They cannot be restored afterwards, and Undo does not bring them back. The workshop file itself is not touched.</source>
        <translation>Slette sikkerhetskopiene i listen (%1) for godt?

De kan ikke gjenopprettes etterpå, og Angre henter dem ikke tilbake. Selve verkstedfilen berøres ikke.</translation>
    </message>
    <message>
        <source>These backups could not be deleted:</source>
        <translation>Disse sikkerhetskopiene kunne ikke slettes:</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>Yellow</source>
        <translation>Gul</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oransje</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grønn</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvit</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ny lapp</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>R&amp;ediger tekst</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Du&amp;pliser</translation>
    </message>
    <message>
        <source>&amp;Select all</source>
        <translation>&amp;Merk alt</translation>
    </message>
    <message>
        <source>Co&amp;nnect notes</source>
        <translation>K&amp;oble sammen lapper</translation>
    </message>
    <message>
        <source>Add fra&amp;me…</source>
        <translation>Ny &amp;ramme …</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>Flytt fre&amp;mst</translation>
    </message>
    <message>
        <source>Send to &amp;back</source>
        <translation>Flytt &amp;bakerst</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Vis alt</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>Faktisk &amp;størrelse</translation>
    </message>
    <message>
        <source>Draw an arrow: click the note it starts from, then the one it points to</source>
        <translation>Tegn en pil: klikk først på lappen pila går fra, så på lappen den peker på</translation>
    </message>
    <message>
        <source>Arrow &amp;label…</source>
        <translation>Pil&amp;tekst …</translation>
    </message>
    <message>
        <source>Next arrow &amp;kind</source>
        <translation>&amp;Neste piltype</translation>
    </message>
    <message>
        <source>&amp;Rename frame…</source>
        <translation>&amp;Gi ramma nytt navn …</translation>
    </message>
    <message>
        <source>Link &amp;stakeholders…</source>
        <translation>Koble til &amp;aktører …</translation>
    </message>
    <message>
        <source>&amp;Tidy floke tree</source>
        <translation>R&amp;ydd floketreet</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>Nothing was pasted</source>
        <translation>Ingenting ble limt inn</translation>
    </message>
</context>
<context>
    <name>BoardContextMenu</name>
    <message>
        <source>Secto&amp;rs</source>
        <translation>Sek&amp;torer</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>Far&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piltype</translation>
    </message>
</context>
<context>
    <name>BoardKind</name>
    <message>
        <source>Free board</source>
        <translation>Fri tavle</translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation>Flokekart</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation>Idétavle</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tavle</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
</context>
<context>
    <name>CanvasInteractions</name>
    <message>
        <source>Move note</source>
        <translation>Flytt lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Endre størrelse på lapp</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a size like 1280x800</source>
        <translation>«{text}» er ikke en størrelse som 1280x800</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 200x200 to 8000x8000</source>
        <translation>«{text}» er utenfor 200x200 til 8000x8000</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>«{text}» er ikke et portnummer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 1 to 65535</source>
        <translation>«{text}» er utenfor 1 til 65535</translation>
    </message>
    <message>
        <source>Wrote the demo workshop to {path}</source>
        <translation>Skrev demoverkstedet til {path}</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: i orden</translation>
    </message>
    <message>
        <source>{file} has no meeting {meeting}</source>
        <translation>{file} har ikke noe møte {meeting}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skrev {path}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>Add %n notes</source>
        <translation>Legg til %n lapper</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Gi tavla nytt navn</translation>
    </message>
    <message>
        <source>Move board</source>
        <translation>Flytt tavle</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Change action status</source>
        <translation>Endre status på tiltak</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Endre tiltak</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Endre møte</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <source>causes</source>
        <translation>forårsaker</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>fører til</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>hindrer</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>henger sammen med</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;Forårsaker</translation>
    </message>
    <message>
        <source>&amp;Leads to</source>
        <translation>Fører &amp;til</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Hindrer</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Henger &amp;sammen med</translation>
    </message>
</context>
<context>
    <name>CorrectAddressDialog</name>
    <message>
        <source>Correct address</source>
        <translation>Rett adresse</translation>
    </message>
    <message>
        <source>The server refused these addresses. Correct an address and the message goes to that person only: the others have it already.</source>
        <translation>Serveren avviste disse adressene. Rett en adresse, så går meldingen bare til den personen: de andre har den allerede.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Send to the corrected address</source>
        <translation>&amp;Send til den rettede adressen</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is a recipient already.</source>
        <translation>«%1» er allerede mottaker.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.

Details for the developers are in %s</source>
        <translation>Samskap møtte et uventet problem. Alle endringer fram til den siste er lagret i verkstedfila.

Detaljer for utviklerne ligger i %s</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>Effectiveness</source>
        <translation>Effektivitet</translation>
    </message>
    <message>
        <source>Democracy</source>
        <translation>Demokrati</translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation>Innovasjon</translation>
    </message>
    <message>
        <source>Has resources that help solve the task</source>
        <translation>Har ressurser som hjelper med å løse oppgaven</translation>
    </message>
    <message>
        <source>Ought to have influence</source>
        <translation>Bør ha innflytelse</translation>
    </message>
    <message>
        <source>Has creative ideas and the capacity to create</source>
        <translation>Har kreative idéer og kapasitet til å skape</translation>
    </message>
    <message>
        <source>E</source>
        <comment>effectiveness, one letter</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>D</source>
        <comment>democracy, one letter</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>I</source>
        <comment>innovation, one letter</comment>
        <translation>I</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>The workshop</source>
        <translation>Verkstedet</translation>
    </message>
    <message>
        <source>What, where and when. You can change all of it later.</source>
        <translation>Hva, hvor og når. Du kan endre alt senere.</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>f.eks. Bo lenger hjemme</translation>
    </message>
    <message>
        <source>e.g. Fjellvik kommune</source>
        <translation>f.eks. Fjellvik kommune</translation>
    </message>
    <message>
        <source>The language of the exercises&apos; texts on the boards and in the agenda</source>
        <translation>Språket i øvelsestekstene på tavlene og i agendaen</translation>
    </message>
    <message>
        <source>Save in…</source>
        <translation>Lagre i …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Fasilitator:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Save new workshop as</source>
        <translation>Lagre nytt verksted som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verksteder (*%s)</translation>
    </message>
</context>
<context>
    <name>DurabilityMessages</name>
    <message>
        <source>Your last change was not saved</source>
        <translation>Den siste endringen din ble ikke lagret</translation>
    </message>
    <message>
        <source>Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. What was saved before is safe. If this goes on, use Save as… to save the whole workshop in another place (another folder or a USB stick).</source>
        <translation>Ingenting er tapt: endringen blir stående på skjermen, og Samskap fortsetter å prøve å lagre den. Det som ble lagret før, er trygt. Hvis dette fortsetter, bruk Lagre som … for å lagre hele verkstedet et annet sted (en annen mappe eller en minnepenn).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som …</translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on the computer %3 (since %4). It is opened read-only here, so that the two of you do not overwrite each other&apos;s work.

Use Save as… to make a copy you can change.</source>
        <translation>%1 er allerede åpnet for endringer av %2 på datamaskinen %3 (siden %4). Her åpnes den skrivebeskyttet, så dere ikke overskriver hverandres arbeid.

Bruk Lagre som … for å lage en kopi du kan endre.</translation>
    </message>
    <message>
        <source>If you are sure that nobody works in it there any more (that computer was switched off, or Samskap there stopped without closing the workshop), you can take it over. If it is still open there, both of you will change the same file: each screen will show only its own changes, and work will be lost.</source>
        <translation>Er du sikker på at ingen arbeider i den der lenger (den datamaskinen ble slått av, eller Samskap der stoppet uten å lukke verkstedet), kan du ta den over. Er den fortsatt åpen der, endrer dere begge den samme filen: hver skjerm viser bare sine egne endringer, og arbeid går tapt.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Ta over og rediger</translation>
    </message>
    <message>
        <source>%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and the file locks it relies on are not reliable there: the file can be copied half-written or replaced with an older copy.

For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) and put a copy in the shared folder afterwards (File &gt; Save as…).</source>
        <translation>%1 ligger i en mappe som håndteres av %2. Samskap lagrer hver endring med en gang i verkstedfila, og fillåsene som Samskap er avhengig av, er ikke pålitelige der: fila kan bli kopiert halvskrevet eller erstattet med en eldre kopi.

Under et verksted bør du ha fila i en mappe på denne datamaskinen (for eksempel Dokumenter/Samskap) og legge en kopi i den delte mappen etterpå (Fil &gt; Lagre som …).</translation>
    </message>
    <message>
        <source>A risky place for a workshop</source>
        <translation>Et risikabelt sted for et verksted</translation>
    </message>
    <message>
        <source>A sound backup from %1 exists. Open a copy of it as a new workshop file?</source>
        <translation>Det finnes en feilfri sikkerhetskopi fra %1. Vil du åpne en kopi av den som en ny verkstedfil?</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikke åpne verkstedet</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Åpne sikkerhetskopien</translation>
    </message>
    <message>
        <source>Some changes are not saved</source>
        <translation>Noen endringer er ikke lagret</translation>
    </message>
    <message>
        <source>Samskap could not write the latest changes to the workshop file, and they are only on the screen. Save the workshop in another place with Save as…, or close without them.</source>
        <translation>Samskap kunne ikke skrive de siste endringene til verkstedfila, og de finnes bare på skjermen. Lagre verkstedet et annet sted med Lagre som …, eller lukk uten dem.</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Lukk uten dem</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email summary</source>
        <translation>Send sammendrag på e-post</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>deg@kommune.no</translation>
    </message>
    <message>
        <source>One address a line, e.g. Kari Nordmann &lt;kari@example.no&gt;</source>
        <translation>Én adresse per linje, f.eks. Kari Nordmann &lt;kari@example.no&gt;</translation>
    </message>
    <message>
        <source>Send as &amp;Bcc: recipients do not see each other&apos;s addresses</source>
        <translation>Send som &amp;Bcc: mottakerne ser ikke hverandres adresser</translation>
    </message>
    <message>
        <source>A list of everyone&apos;s address is personal data. With Bcc, the message is addressed to you.</source>
        <translation>En liste over alles adresser er personopplysninger. Med Bcc er meldingen adressert til deg.</translation>
    </message>
    <message>
        <source>Send to all &amp;participants, not only those who attended</source>
        <translation>Send til alle &amp;deltakerne, ikke bare dem som var der</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Re&amp;diger mal …</translation>
    </message>
    <message>
        <source>&amp;View PDF</source>
        <translation>&amp;Vis PDF</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;E-postserver …</translation>
    </message>
    <message>
        <source>Open as &amp;draft in my mail program</source>
        <translation>Åpne som &amp;utkast i e-postprogrammet mitt</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>E&amp;mne:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Vedlegg:</translation>
    </message>
    <message>
        <source>No email address for: %1.</source>
        <translation>Ingen e-postadresse for: %1.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Legg til minst én mottaker.</translation>
    </message>
    <message>
        <source>Type your own address in From.</source>
        <translation>Skriv din egen adresse i Fra.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» er ikke en e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” has no @.</source>
        <translation>«%1» har ingen @.</translation>
    </message>
    <message>
        <source>“%1” has characters that are not allowed before the @.</source>
        <translation>«%1» har tegn som ikke er tillatt foran @.</translation>
    </message>
    <message>
        <source>“%1” has letters such as æ, ø or å before the @, which most mail servers refuse.</source>
        <translation>«%1» har bokstaver som æ, ø eller å foran @, og det avviser de fleste e-postservere.</translation>
    </message>
    <message>
        <source>“%1” has no valid domain after the @.</source>
        <translation>«%1» har ikke noe gyldig domene etter @.</translation>
    </message>
    <message>
        <source>“%1” is too long for an email address.</source>
        <translation>«%1» er for lang til å være en e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» står oppført to ganger.</translation>
    </message>
    <message>
        <source>Preparing the summary PDF…</source>
        <translation>Lager PDF-sammendraget …</translation>
    </message>
    <message>
        <source>The summary PDF was not made.</source>
        <translation>PDF-sammendraget ble ikke laget.</translation>
    </message>
    <message>
        <source>The PDF is %1, more than 10 MB: many mail servers refuse messages that large. Consider sharing it another way, or send it and watch the outbox.</source>
        <translation>PDF-en er på %1, mer enn 10 MB: mange e-postservere avviser så store meldinger. Vurder å dele den på en annen måte, eller send den og følg med på utboksen.</translation>
    </message>
    <message>
        <source>The summary PDF could not be made: %1</source>
        <translation>PDF-sammendraget kunne ikke lages: %1</translation>
    </message>
    <message>
        <source>The draft could not be written</source>
        <translation>Utkastet kunne ikke lagres</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Ikke noe e-postprogram åpnet utkastet</translation>
    </message>
    <message>
        <source>The draft is saved as %1. Open it with your mail program to send it.</source>
        <translation>Utkastet er lagret som %1. Åpne det i e-postprogrammet ditt for å sende det.</translation>
    </message>
    <message>
        <source>The summary could not be sent</source>
        <translation>Sammendraget kunne ikke sendes</translation>
    </message>
</context>
<context>
    <name>EmailTemplateDialog</name>
    <message>
        <source>Email template: %1</source>
        <translation>E-postmal: %1</translation>
    </message>
    <message>
        <source>These words are replaced by the workshop&apos;s facts: {title}, {date}, {municipality}, {facilitator}.</source>
        <translation>Disse ordene byttes ut med opplysninger om verkstedet: {title}, {date}, {municipality}, {facilitator}.</translation>
    </message>
    <message>
        <source>&amp;Restore the standard text</source>
        <translation>&amp;Gjenopprett standardteksten</translation>
    </message>
    <message>
        <source>&amp;Save as my default</source>
        <translation>&amp;Lagre som min standard</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Tekst:</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add exercise</source>
        <translation>Legg til øvelse</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>The template library has no exercises. Use “Add step…” for a step of your own.</source>
        <translation>Malbiblioteket har ingen øvelser. Bruk «Nytt steg …» for å lage et eget steg.</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Nåværende steg</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Neste steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Forrige steg</translation>
    </message>
    <message>
        <source>&amp;Save agenda as a plan…</source>
        <translation>&amp;Lagre agendaen som plan …</translation>
    </message>
    <message>
        <source>&amp;Meeting details…</source>
        <translation>&amp;Om møtet …</translation>
    </message>
    <message>
        <source>&amp;Actions…</source>
        <translation>&amp;Tiltak …</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kan ikke lagre planen</translation>
    </message>
    <message>
        <source>The template library is not available.</source>
        <translation>Malbiblioteket er ikke tilgjengelig.</translation>
    </message>
    <message>
        <source>Save agenda as a plan</source>
        <translation>Lagre agendaen som plan</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Navn på planen:</translation>
    </message>
    <message>
        <source>Saved the plan “%1”: the new-workshop wizard offers it from now on.</source>
        <translation>Lagret planen «%1»: veiviseren for nytt verksted tilbyr den fra nå av.</translation>
    </message>
</context>
<context>
    <name>JoinOverlay</name>
    <message>
        <source>Join from your phone</source>
        <translation>Bli med fra mobilen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Samskap will use %1 from the next start. Restart now?</source>
        <translation>Samskap bruker %1 fra neste oppstart. Vil du starte på nytt nå?</translation>
    </message>
</context>
<context>
    <name>LinkStakeholderDialog</name>
    <message>
        <source>Link stakeholders</source>
        <translation>Koble til aktører</translation>
    </message>
    <message>
        <source>Who is affected by this, and who owns it (can act on it)?
«%1»</source>
        <translation>Hvem blir berørt av dette, og hvem eier det (kan gjøre noe med det)?
«%1»</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Berørt</translation>
    </message>
    <message>
        <source>Owns it</source>
        <translation>Eier</translation>
    </message>
    <message>
        <source>This workshop has no stakeholders yet. Add them on the stakeholder map first.</source>
        <translation>Dette verkstedet har ingen aktører ennå. Legg dem til på aktørkartet først.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Waiting: no mail server is set up (Outbox &gt; Mail server…).</source>
        <translation>Venter: ingen e-postserver er satt opp (Utboks &gt; E-postserver …).</translation>
    </message>
    <message>
        <source>Waiting for the mail server password: press Retry now.</source>
        <translation>Venter på passordet til e-postserveren: trykk Prøv igjen nå.</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2. The server refused:</source>
        <translation>Levert til %1 av %2. Serveren avviste:</translation>
    </message>
    <message>
        <source>Not delivered. The server refused:</source>
        <translation>Ikke levert. Serveren avviste:</translation>
    </message>
    <message>
        <source>The server asked to try these recipients again later:</source>
        <translation>Serveren ba om å prøve disse mottakerne igjen senere:</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Fra-adressen er ikke en gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>There is no valid recipient.</source>
        <translation>Det finnes ingen gyldig mottaker.</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>Utkastet kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 was made by a newer Samskap.</source>
        <translation>Utboksen %1 er laget av en nyere versjon av Samskap.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>Utboksen %1 kan ikke åpnes: %2</translation>
    </message>
    <message>
        <source>Samskap stopped while this message was being handed to the server, so it may have been delivered. Check with a recipient or in your mail&apos;s Sent folder before you send it again.</source>
        <translation>Samskap stoppet mens denne meldingen ble levert til serveren, så den kan ha kommet fram. Sjekk med en mottaker eller i mappen Sendt i e-posten din før du sender den igjen.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: choose another security setting.</source>
        <translation>Serveren tilbyr ikke STARTTLS: velg en annen sikkerhetsinnstilling.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Serveren avviste tilkoblingen</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Den sikre tilkoblingen mislyktes: %1</translation>
    </message>
    <message>
        <source>The server refused the sender %1</source>
        <translation>Serveren avviste avsenderen %1</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Serveren avviste meldingen</translation>
    </message>
    <message>
        <source>The connection broke while the message was being handed over; it may have been delivered (%1).</source>
        <translation>Tilkoblingen ble brutt mens meldingen ble levert; den kan ha kommet fram (%1).</translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation>Serveren tilbyr ikke innlogging på denne tilkoblingen.</translation>
    </message>
    <message>
        <source>The server could not check the login now</source>
        <translation>Serveren kunne ikke kontrollere innloggingen nå</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Serveren godtok ikke brukernavnet eller passordet</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>E-postserveren %1 svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: is there a network?</source>
        <translation>Finner ikke e-postserveren %1: er du koblet til nettet?</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection: is it reachable from here?</source>
        <translation>E-postserveren %1 avviste tilkoblingen: kan den nås herfra?</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection.</source>
        <translation>E-postserveren %1 lukket tilkoblingen.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Får ikke kontakt med e-postserveren %1: %2</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E&amp;mail summary…</source>
        <translation>Send sa&amp;mmendrag på e-post …</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Utboks …</translation>
    </message>
    <message>
        <source>The outbox cannot be opened</source>
        <translation>Utboksen kan ikke åpnes</translation>
    </message>
    <message>
        <source>The summary is in the outbox and is being sent.</source>
        <translation>Sammendraget ligger i utboksen og blir sendt.</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>Utboksen kan ikke brukes</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 recipients.</source>
        <translation>«%1» er sendt til %2 mottakere.</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox: correct an address there to send it to that person only.</source>
        <translation>Den ligger i Fil &gt; Utboks: rett en adresse der for å sende den bare til den personen.</translation>
    </message>
    <message>
        <source>The mail server refused a message</source>
        <translation>E-postserveren avviste en melding</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox, where you can send it again once the problem is fixed.</source>
        <translation>Den ligger i Fil &gt; Utboks, der du kan sende den igjen når problemet er løst.</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>En melding er kanskje ikke sendt</translation>
    </message>
    <message>
        <source>See File &gt; Outbox before you send it again.</source>
        <translation>Se i Fil &gt; Utboks før du sender den igjen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Faser og tavler</translation>
    </message>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorer på denne tavla</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nytt verksted …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne …</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Lagre &amp;som …</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Eksporter som JSON …</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON …</translation>
    </message>
    <message>
        <source>Export &amp;summary (PDF)…</source>
        <translation>E&amp;ksporter sammendrag (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Lukk verkstedet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylig brukte</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>Pe&amp;rsonopplysninger …</translation>
    </message>
    <message>
        <source>Participants p&amp;anel</source>
        <translation>De&amp;ltakerpanel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>&amp;Gjenopprett fra sikkerhetskopi …</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>Nytt mø&amp;te …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åpne &amp;demoverkstedet</translation>
    </message>
    <message>
        <source>&amp;Template library…</source>
        <translation>Mal&amp;bibliotek …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Angre %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Gjør om %s</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Lapp</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farge</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kart</translation>
    </message>
    <message>
        <source>Select notes &amp;by sector</source>
        <translation>&amp;Merk lapper etter sektor</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation>&amp;Aktører</translation>
    </message>
    <message>
        <source>V&amp;ote</source>
        <translation>Av&amp;stemning</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piltype</translation>
    </message>
    <message>
        <source>S&amp;ectors of the selected notes</source>
        <translation>&amp;Sektorer for de valgte lappene</translation>
    </message>
    <message>
        <source>Dot voting &amp;panel</source>
        <translation>&amp;Panel for prikkstemming</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presenter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About Samskap</source>
        <translation>&amp;Om Samskap</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Åpnet bare for visning</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verksteder (*%s)</translation>
    </message>
    <message>
        <source>Export workshop as JSON</source>
        <translation>Eksporter verkstedet som JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan ikke eksportere</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Skriver sammendraget …</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>Kan ikke eksportere sammendraget</translation>
    </message>
    <message>
        <source>Summary saved as %s</source>
        <translation>Sammendraget er lagret som %s</translation>
    </message>
    <message>
        <source>Import workshop from JSON</source>
        <translation>Importer verksted fra JSON</translation>
    </message>
    <message>
        <source>Reading the workshop to import…</source>
        <translation>Leser verkstedet som skal importeres …</translation>
    </message>
    <message>
        <source>Writing the imported workshop…</source>
        <translation>Skriver det importerte verkstedet …</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>Save imported workshop as</source>
        <translation>Lagre det importerte verkstedet som</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>NOT SAVED: trying again…</source>
        <translation>IKKE LAGRET: prøver igjen …</translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>Alle endringer er lagret</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen nylig brukte verksteder</translation>
    </message>
    <message>
        <source>No sector tags on this board</source>
        <translation>Ingen sektormerking på denne tavla</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>About Samskap</source>
        <translation>Om Samskap</translation>
    </message>
    <message>
        <source>Samskap %s
Co-creation workshops for municipalities.
Everything stays on this computer; nothing is sent anywhere.</source>
        <translation>Samskap %s
Samskapingsverksteder for kommuner.
Alt blir på denne datamaskinen; ingenting sendes noe sted.</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Connect notes</source>
        <translation>Koble sammen lapper</translation>
    </message>
    <message>
        <source>Arrow kind: %1</source>
        <translation>Piltype: %1</translation>
    </message>
    <message>
        <source>Arrow label</source>
        <translation>Piltekst</translation>
    </message>
    <message>
        <source>What does this arrow say? (empty for none)</source>
        <translation>Hva sier denne pila? (la stå tomt for ingen tekst)</translation>
    </message>
    <message>
        <source>Add frame</source>
        <translation>Ny ramme</translation>
    </message>
    <message>
        <source>Title of the frame:</source>
        <translation>Tittel på ramma:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Gi ramma nytt navn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Legg til sektoren %1</translation>
    </message>
    <message>
        <source>Untag %1</source>
        <translation>Fjern sektoren %1</translation>
    </message>
    <message>
        <source>Select one note to link stakeholders to it</source>
        <translation>Merk én lapp for å koble aktører til den</translation>
    </message>
    <message>
        <source>Link stakeholders</source>
        <translation>Koble til aktører</translation>
    </message>
    <message>
        <source>Nothing to tidy: the floke tree is tidy, or has no arrows to a problem yet</source>
        <translation>Ingenting å rydde: floketreet er ryddig, eller det har ingen piler til et problem ennå</translation>
    </message>
    <message>
        <source>Tidy floke tree</source>
        <translation>Rydd floketreet</translation>
    </message>
</context>
<context>
    <name>MapInteractions</name>
    <message>
        <source>Connect: click the note the arrow starts from (Tab and Enter to pick, Esc to stop)</source>
        <translation>Koble sammen: klikk på lappen pila går fra (Tab og Enter for å velge, Esc for å avbryte)</translation>
    </message>
    <message>
        <source>Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)</source>
        <translation>Koble sammen: klikk på lappen pila peker på (Tab og Enter for å velge, Esc for å avbryte)</translation>
    </message>
    <message>
        <source>Move frame</source>
        <translation>Flytt ramme</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Endre størrelse på ramme</translation>
    </message>
</context>
<context>
    <name>MeetingChooser</name>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>An earlier or later meeting: its agenda is shown read-only.</source>
        <translation>Et tidligere eller senere møte: programmet vises skrivebeskyttet.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (nå)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Om møtet</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Oppfølgingsmøte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <source>Co-initiation</source>
        <translation>Co-initiering</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Co-design</translation>
    </message>
    <message>
        <source>Co-implementation</source>
        <translation>Co-implementering</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>F&amp;ase:</translation>
    </message>
    <message>
        <source>Empty agenda</source>
        <translation>Tomt program</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Hvem var der</translation>
    </message>
    <message>
        <source>&amp;Who attended:</source>
        <translation>&amp;Hvem var der:</translation>
    </message>
    <message>
        <source>Carried over: the open actions (%1), the stakeholder map and every board.</source>
        <translation>Følger med: de åpne tiltakene (%1), aktørkartet og alle tavlene.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Nytt verksted</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Opprett verksted</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Change colour</source>
        <translation>Endre farge</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytt lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytt lapper</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytt fremst</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Flytt bakerst</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
</context>
<context>
    <name>NoteItem</name>
    <message>
        <source>Sectors: %1</source>
        <translation>Sektorer: %1</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Berørt: %1</translation>
    </message>
    <message>
        <source>Owns it: %1</source>
        <translation>Eier: %1</translation>
    </message>
</context>
<context>
    <name>OneScreen</name>
    <message>
        <source>The wall would be hard to read</source>
        <translation>Veggen blir vanskelig å lese</translation>
    </message>
    <message>
        <source>The audience view will cover this screen, and its note text would be %1 px; the back row needs %2 px.</source>
        <translation>Publikumsvisningen vil dekke denne skjermen, og lappeteksten blir %1 px; bakerste rad trenger %2 px.</translation>
    </message>
    <message>
        <source>Show one frame at a time (PgDown and PgUp move between frames), or zoom in on your board and choose Present &gt; Show what I see. Esc ends presenting.</source>
        <translation>Vis én ramme om gangen (PgDown og PgUp blar mellom rammene), eller zoom inn på tavla di og velg Presenter &gt; Vis det jeg ser. Esc avslutter presentasjonen.</translation>
    </message>
    <message>
        <source>Present one &amp;frame at a time</source>
        <translation>Presenter én &amp;ramme om gangen</translation>
    </message>
    <message>
        <source>Present the &amp;whole board</source>
        <translation>Presenter hele &amp;tavla</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Utboks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv igjen nå</translation>
    </message>
    <message>
        <source>&amp;Correct address…</source>
        <translation>&amp;Rett adresse …</translation>
    </message>
    <message>
        <source>Correct an address the server refused and send to that person only.</source>
        <translation>Rett en adresse serveren avviste, og send bare til den personen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;E-postserver …</translation>
    </message>
    <message>
        <source>This message may already have been delivered. Send it again? Recipients may get it twice.</source>
        <translation>Denne meldingen kan allerede ha kommet fram. Vil du sende den igjen? Mottakerne kan få den to ganger.</translation>
    </message>
    <message>
        <source>The address was not corrected</source>
        <translation>Adressen ble ikke rettet</translation>
    </message>
    <message>
        <source>The message changed meanwhile (it may be being sent). Look at it again in the outbox.</source>
        <translation>Meldingen er endret i mellomtiden (den blir kanskje sendt nå). Se på den igjen i utboksen.</translation>
    </message>
    <message>
        <source>Delete “%1”? It will not be sent.</source>
        <translation>Slette «%1»? Den blir ikke sendt.</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Delvis sendt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Usikker</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Nytt forsøk kl. %2.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utboksen er tom.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Venter: %1</translation>
    </message>
    <message>
        <source>Need your attention: %1</source>
        <translation>Krever handling: %1</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>sender nå …</translation>
    </message>
    <message>
        <source>Waiting messages are sent by themselves, once, when the mail server can be reached.</source>
        <translation>Meldinger som venter, sendes av seg selv, én gang, når e-postserveren kan nås.</translation>
    </message>
    <message>
        <source>Sent messages are deleted after %1 days.</source>
        <translation>Sendte meldinger slettes etter %1 dager.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Type them in, or paste a list from a spreadsheet or an email. Names stay on this computer.</source>
        <translation>Skriv dem inn, eller lim inn en liste fra et regneark eller en e-post. Navnene blir på denne datamaskinen.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Kopier adressen for å bli med</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Bli med</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Room code:</source>
        <translation>Romkode:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Nettverk:</translation>
    </message>
    <message>
        <source>&amp;Anonymous writing (notes carry no names)</source>
        <translation>&amp;Anonym skriving (lappene får ikke navn)</translation>
    </message>
    <message>
        <source>New phones may &amp;join</source>
        <translation>Nye mobiler kan &amp;bli med</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>Innstillinger for deling</translation>
    </message>
    <message>
        <source>Phones write to:</source>
        <translation>Mobilene skriver til:</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Fjern mobil</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Lapper fra mobiler</translation>
    </message>
    <message>
        <source>Connected: a phone has joined, so phones can reach this laptop.</source>
        <translation>Tilkoblet: en mobil har blitt med, så mobilene når denne maskinen.</translation>
    </message>
    <message>
        <source>Open a workshop to let participants join.</source>
        <translation>Åpne et verksted for å la deltakerne bli med.</translation>
    </message>
    <message>
        <source>Sharing is off: nothing listens on the network.</source>
        <translation>Deling er av: ingenting lytter på nettverket.</translation>
    </message>
    <message>
        <source>Scan the code with your own phone first: the page says Connected.</source>
        <translation>Skann koden med din egen mobil først: siden sier Tilkoblet.</translation>
    </message>
    <message>
        <source>No phone has joined yet. Check that the phones are on the same network as this laptop; that it is not a guest Wi-Fi, which keeps devices apart; that the address matches the network (Network, above); and, on Windows, that the firewall allows Samskap on private networks (README: For the IT department).</source>
        <translation>Ingen mobil har blitt med ennå. Sjekk at mobilene er på samme nettverk som denne maskinen; at det ikke er et gjestenett, som holder enhetene fra hverandre; at adressen passer til nettverket (Nettverk, over); og, på Windows, at brannmuren tillater Samskap på private nettverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>The current step&apos;s board</source>
        <translation>Tavla til gjeldende steg</translation>
    </message>
    <message>
        <source>(%1 waiting)</source>
        <translation>(%1 venter)</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Mobiler tilkoblet: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-post (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Legg til rad</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Fjern rad</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>Lim &amp;inn liste</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, CSV lines, or an email&apos;s list of addresses (Name &lt;email&gt;)</source>
        <translation>Lim inn rader kopiert fra et regneark, CSV-linjer eller adresselisten fra en e-post (Navn &lt;e-post&gt;)</translation>
    </message>
    <message>
        <source>The clipboard holds no list of names.</source>
        <translation>Utklippstavlen inneholder ingen navneliste.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Dette ser ikke ut som en e-postadresse.</translation>
    </message>
    <message>
        <source>%1 email address(es) look wrong (marked red): correct or clear them.</source>
        <translation>%1 e-postadresse(r) ser feil ut (merket med rødt): rett dem eller tøm dem.</translation>
    </message>
    <message>
        <source>%1 participant(s). You can add them later too.</source>
        <translation>%1 deltaker(e). Du kan også legge til deltakere senere.</translation>
    </message>
</context>
<context>
    <name>PeopleTree</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antall</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>on the cover of the summary</source>
        <translation>på forsiden av sammendraget</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltakere (%1)</translation>
    </message>
    <message>
        <source>Note authors (%1): notes written</source>
        <translation>Forfattere av lapper (%1): lapper skrevet</translation>
    </message>
    <message>
        <source>Votes (%1 voters): dots given</source>
        <translation>Stemmer (%1 velgere): prikker gitt</translation>
    </message>
    <message>
        <source>anonymous phone %1</source>
        <translation>anonym mobil %1</translation>
    </message>
    <message>
        <source>already anonymous</source>
        <translation>allerede anonym</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <source>Stakeholders who are persons (%1)</source>
        <translation>Aktører som er privatpersoner (%1)</translation>
    </message>
    <message>
        <source>Phones that joined with a name (%1)</source>
        <translation>Mobiler som ble med under et navn (%1)</translation>
    </message>
    <message>
        <source>votes as %1</source>
        <translation>stemmer som %1</translation>
    </message>
    <message>
        <source>Notes sent from phones (%1): notes each</source>
        <translation>Lapper sendt fra mobiler (%1): lapper hver</translation>
    </message>
    <message>
        <source>Responsible for actions (%1): actions each</source>
        <translation>Ansvarlige for tiltak (%1): tiltak hver</translation>
    </message>
    <message>
        <source>not a participant</source>
        <translation>ikke deltaker</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltaker %1</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Fjern en person</translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymiser deltakerne</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personopplysninger</translation>
    </message>
    <message>
        <source>What this workshop file holds about people. Removing a person keeps their notes and dots without their name. Names written inside the text of notes are not found here: look through the boards for those.</source>
        <translation>Hva denne verkstedfilen inneholder om personer. Når en person fjernes, blir lappene og prikkene deres stående uten navn. Navn som står inne i teksten på lapper, finnes ikke her: se gjennom tavlene etter dem.</translation>
    </message>
    <message>
        <source>&amp;Remove this person everywhere</source>
        <translation>&amp;Fjern denne personen overalt</translation>
    </message>
    <message>
        <source>&amp;Anonymise all participants</source>
        <translation>&amp;Anonymiser alle deltakere</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: nothing in it can be changed.</source>
        <translation>Dette verkstedet er åpnet skrivebeskyttet her: ingenting i det kan endres.</translation>
    </message>
    <message>
        <source>%1 was removed from this workshop.</source>
        <translation>%1 er fjernet fra dette verkstedet.</translation>
    </message>
    <message>
        <source>There is nothing left to anonymise.</source>
        <translation>Det er ikke mer å anonymisere.</translation>
    </message>
    <message>
        <source>The participants were anonymised.</source>
        <translation>Deltakerne er anonymisert.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Rediger &gt; Angre henter alt tilbake.</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Co-initiation</source>
        <translation>Co-initiering</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Co-design</translation>
    </message>
    <message>
        <source>Co-implementation</source>
        <translation>Co-implementering</translation>
    </message>
</context>
<context>
    <name>PhaseNavigator</name>
    <message>
        <source>Phases and boards</source>
        <translation>Faser og tavler</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Ny tavle …</translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation>Gi tavla nytt navn …</translation>
    </message>
    <message>
        <source>Move board up</source>
        <translation>Flytt tavla opp</translation>
    </message>
    <message>
        <source>Move board down</source>
        <translation>Flytt tavla ned</translation>
    </message>
    <message>
        <source>Delete board…</source>
        <translation>Slett tavle …</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Name of the new board in %s:</source>
        <translation>Navn på den nye tavla i %s:</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Gi tavla nytt navn</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt navn:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.</source>
        <translation>Slette tavla «%1» og de %2 lappene på den? Du kan angre med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PhaseRole</name>
    <message>
        <source>Co-initiator</source>
        <translation>Co-initiering</translation>
    </message>
    <message>
        <source>Co-designer</source>
        <translation>Co-design</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Co-implementering</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Start from a plan of exercises, or from an empty agenda.</source>
        <translation>Start fra en plan med øvelser, eller fra en tom agenda.</translation>
    </message>
    <message>
        <source>Empty agenda (a board in each phase)</source>
        <translation>Tom agenda (én tavle i hver fase)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Three boards to start with: a floke map, ideas and an action plan. Add steps later.</source>
        <translation>Tre tavler å begynne med: et flokekart, idéer og en tiltaksplan. Legg til steg senere.</translation>
    </message>
    <message>
        <source>%1 steps, %2 min in all</source>
        <translation>%1 steg, %2 min totalt</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutter %1</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Start presenting</source>
        <translation>&amp;Start presentasjon</translation>
    </message>
    <message>
        <source>Stop p&amp;resenting</source>
        <translation>&amp;Avslutt presentasjon</translation>
    </message>
    <message>
        <source>Show the whole &amp;board</source>
        <translation>Vis hele &amp;tavla</translation>
    </message>
    <message>
        <source>Show one &amp;frame at a time</source>
        <translation>Vis én &amp;ramme om gangen</translation>
    </message>
    <message>
        <source>Show what &amp;I see</source>
        <translation>Vis det &amp;jeg ser</translation>
    </message>
    <message>
        <source>N&amp;ext frame</source>
        <translation>&amp;Neste ramme</translation>
    </message>
    <message>
        <source>Pre&amp;vious frame</source>
        <translation>&amp;Forrige ramme</translation>
    </message>
    <message>
        <source>Free&amp;ze the wall</source>
        <translation>Fr&amp;ys lerretet</translation>
    </message>
    <message>
        <source>B&amp;lank the wall</source>
        <translation>&amp;Mørklegg lerretet</translation>
    </message>
    <message>
        <source>A&amp;udience screen</source>
        <translation>&amp;Publikumsskjerm</translation>
    </message>
    <message>
        <source>Present one frame at a time</source>
        <translation>Presenter én ramme om gangen</translation>
    </message>
    <message>
        <source>This board has no frames: the wall shows all of it.</source>
        <translation>Denne tavla har ingen rammer: lerretet viser hele tavla.</translation>
    </message>
    <message>
        <source>PgDown: one frame at a time. Esc: back to your window.</source>
        <translation>PgDown: én ramme om gangen. Esc: tilbake til vinduet ditt.</translation>
    </message>
    <message>
        <source>Esc: back to your window, to zoom in and choose Present &gt; Show what I see.</source>
        <translation>Esc: tilbake til vinduet ditt, for å zoome inn og velge Presenter &gt; Vis det jeg ser.</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skjerm</translation>
    </message>
    <message>
        <source>, this window&apos;s screen</source>
        <translation>, skjermen dette vinduet er på</translation>
    </message>
    <message>
        <source>Note text on the wall is %1 px; the back row needs %2 px.</source>
        <translation>Lappteksten på lerretet er %1 px; bakerste rad trenger %2 px.</translation>
    </message>
    <message>
        <source>The whole board is too full to read from the back row.</source>
        <translation>Hele tavla er for full til å leses fra bakerste rad.</translation>
    </message>
    <message>
        <source>This frame is too full to read from the back row.</source>
        <translation>Denne ramma er for full til å leses fra bakerste rad.</translation>
    </message>
    <message>
        <source>Zoom in to make the wall readable.</source>
        <translation>Zoom inn for å gjøre lerretet lesbart.</translation>
    </message>
    <message>
        <source>A screen was connected: the audience view moved to it.</source>
        <translation>En skjerm ble koblet til: publikumsvisningen ble flyttet dit.</translation>
    </message>
    <message>
        <source>A screen was connected: Present &gt; Start presenting (F5) shows the room&apos;s view on it.</source>
        <translation>En skjerm ble koblet til: Presenter &gt; Start presentasjon (F5) viser publikumsvisningen på den.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: the audience view moved to %1.</source>
        <translation>Publikumsskjermen ble koblet fra: publikumsvisningen ble flyttet til %1.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: presenting stopped. F5 presents again.</source>
        <translation>Publikumsskjermen ble koblet fra: presentasjonen stoppet. Trykk F5 for å presentere igjen.</translation>
    </message>
</context>
<context>
    <name>ProjectorBoardView</name>
    <message>
        <source>Board as the room sees it</source>
        <translation>Tavla slik salen ser den</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <source>&amp;Next step</source>
        <translation>Neste st&amp;eg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Forrige ste&amp;g</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>Start eller pause t&amp;idtakeren</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Samskap — audience view</source>
        <translation>Samskap – publikumsvisning</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Manage closely</source>
        <translation>Følg tett opp</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Hold fornøyd</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Hold informert</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Overvåk</translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <source>Release notes from phones (%1)</source>
        <translation>Slipp lapper fra mobiler (%1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett fra sikkerhetskopi</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first.</source>
        <translation>Sikkerhetskopier av «%1», nyeste først.</translation>
    </message>
    <message>
        <source>Backups of all workshops, newest first.</source>
        <translation>Sikkerhetskopier av alle verksteder, nyeste først.</translation>
    </message>
    <message>
        <source>Restoring makes a new workshop file from the backup and opens it; no file is replaced.</source>
        <translation>Gjenoppretting lager en ny verkstedfil fra sikkerhetskopien og åpner den; ingen fil blir erstattet.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verksted</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made while a workshop is changed.</source>
        <translation>Det finnes ingen sikkerhetskopier ennå. De lages mens et verksted endres.</translation>
    </message>
    <message>
        <source>&amp;Restore as a new file</source>
        <translation>&amp;Gjenopprett som ny fil</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorer på denne tavla</translation>
    </message>
    <message>
        <source>Select the notes tagged %1</source>
        <translation>Merk lappene med sektoren %1</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Health and care</source>
        <translation>Helse og omsorg</translation>
    </message>
    <message>
        <source>Schools and childhood</source>
        <translation>Oppvekst</translation>
    </message>
    <message>
        <source>NAV (welfare)</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Technical services</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Samferdsel</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillighet</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Næringsliv</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>HC</source>
        <comment>health and care</comment>
        <translation>HO</translation>
    </message>
    <message>
        <source>SCH</source>
        <comment>schools and childhood</comment>
        <translation>OPP</translation>
    </message>
    <message>
        <source>NAV</source>
        <comment>the welfare administration</comment>
        <translation>NAV</translation>
    </message>
    <message>
        <source>CUL</source>
        <comment>culture</comment>
        <translation>KUL</translation>
    </message>
    <message>
        <source>TEC</source>
        <comment>technical services</comment>
        <translation>TEK</translation>
    </message>
    <message>
        <source>HOU</source>
        <comment>housing</comment>
        <translation>BOL</translation>
    </message>
    <message>
        <source>TRA</source>
        <comment>transport</comment>
        <translation>SAM</translation>
    </message>
    <message>
        <source>VOL</source>
        <comment>volunteers</comment>
        <translation>FRI</translation>
    </message>
    <message>
        <source>BUS</source>
        <comment>business</comment>
        <translation>NÆR</translation>
    </message>
    <message>
        <source>FIN</source>
        <comment>finance</comment>
        <translation>ØKO</translation>
    </message>
    <message>
        <source>OTH</source>
        <comment>other</comment>
        <translation>ANN</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Let participants &amp;join</source>
        <translation>La deltakerne &amp;bli med</translation>
    </message>
    <message>
        <source>Let participants join from their phones on this network</source>
        <translation>La deltakerne bli med fra mobilene sine på dette nettverket</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>Stopp &amp;deling</translation>
    </message>
    <message>
        <source>Show the join &amp;code on the wall</source>
        <translation>Vis &amp;koden for å bli med på veggen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deling</translation>
    </message>
    <message>
        <source>anonymous %1</source>
        <translation>anonym %1</translation>
    </message>
    <message>
        <source>This laptop does not allow Samskap to listen on the network. Ask your IT department to allow Samskap on private networks (README: For the IT department).</source>
        <translation>Denne maskinen lar ikke Samskap lytte på nettverket. Be IT-avdelingen tillate Samskap på private nettverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>This laptop is on no network phones can reach. Connect it to the hall&apos;s Wi-Fi, a phone&apos;s hotspot or a travel router, then try again.</source>
        <translation>Denne maskinen er ikke på et nettverk mobilene kan nå. Koble den til lokalets Wi-Fi, en mobils delte tilkobling eller en reiseruter, og prøv igjen.</translation>
    </message>
    <message>
        <source>Another program uses the network port. Close it, or try again.</source>
        <translation>Et annet program bruker nettverksporten. Lukk det, eller prøv igjen.</translation>
    </message>
    <message>
        <source>Sharing could not start: %1</source>
        <translation>Delingen kunne ikke starte: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>double-click</source>
        <translation>dobbeltklikk</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>double-click a note</source>
        <translation>dobbeltklikk på en lapp</translation>
    </message>
    <message>
        <source>Type in the selected note</source>
        <translation>Skriv i den valgte lappen</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Slutt å skrive</translation>
    </message>
    <message>
        <source>Colour of the selected notes</source>
        <translation>Farge på de valgte lappene</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltaster</translation>
    </message>
    <message>
        <source>Move the selected notes</source>
        <translation>Flytt de valgte lappene</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slett de valgte lappene</translation>
    </message>
    <message>
        <source>click</source>
        <translation>klikk</translation>
    </message>
    <message>
        <source>Select all, add to the selection</source>
        <translation>Merk alt, legg til i utvalget</translation>
    </message>
    <message>
        <source>Cut, copy, paste, duplicate</source>
        <translation>Klipp ut, kopier, lim inn, dupliser</translation>
    </message>
    <message>
        <source>Bring to front, send to back</source>
        <translation>Flytt fremst, flytt bakerst</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Angre, gjør om</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>hjul</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit all, actual size</source>
        <translation>Vis alt, faktisk størrelse</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Mellomrom+dra, dra med midtknappen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorer</translation>
    </message>
    <message>
        <source>Add a board, move it up or down</source>
        <translation>Ny tavle, flytt den opp eller ned</translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation>Flokekart</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>(in the table)</source>
        <translation>(i tabellen)</translation>
    </message>
    <message>
        <source>Add a stakeholder</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <source>(on the grid)</source>
        <translation>(i matrisen)</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Rediger den valgte aktøren</translation>
    </message>
    <message>
        <source>Arrow keys (on the grid)</source>
        <translation>Piltaster (i matrisen)</translation>
    </message>
    <message>
        <source>Move the selected card: power and interest</source>
        <translation>Flytt det valgte kortet: makt og interesse</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <source>Start a vote, record dots</source>
        <translation>Start en avstemning, registrer prikker</translation>
    </message>
    <message>
        <source>(while recording)</source>
        <translation>(under registrering)</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem som stemmer</translation>
    </message>
    <message>
        <source>click, right-click or Shift+click a note</source>
        <translation>klikk, høyreklikk eller Shift+klikk på en lapp</translation>
    </message>
    <message>
        <source>Add a dot, take one back</source>
        <translation>Legg til en prikk, ta en tilbake</translation>
    </message>
    <message>
        <source>Reveal the result, results and top ideas</source>
        <translation>Vis resultatet, resultater og toppidéer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Hva de gjør</translation>
    </message>
    <message>
        <source>Draw an arrow between two notes</source>
        <translation>Tegn en pil mellom to lapper</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lapper</translation>
    </message>
    <message>
        <source>Next kind for the selected arrow</source>
        <translation>Neste type for den valgte pila</translation>
    </message>
    <message>
        <source>Select the next or previous frame, note or arrow</source>
        <translation>Merk neste eller forrige ramme, lapp eller pil</translation>
    </message>
    <message>
        <source>Add a frame</source>
        <translation>Ny ramme</translation>
    </message>
    <message>
        <source>Label of the selected arrow, title of the selected frame</source>
        <translation>Tekst på den valgte pila, tittel på den valgte ramma</translation>
    </message>
    <message>
        <source>Link stakeholders to the selected note</source>
        <translation>Koble aktører til den valgte lappen</translation>
    </message>
    <message>
        <source>Tidy the floke tree</source>
        <translation>Rydd floketreet</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Veggen</translation>
    </message>
    <message>
        <source>Start presenting, stop presenting</source>
        <translation>Start presentasjon, avslutt presentasjon</translation>
    </message>
    <message>
        <source>While presenting: next, previous frame</source>
        <translation>Under presentasjon: neste, forrige ramme</translation>
    </message>
    <message>
        <source>While presenting: freeze, blank the wall</source>
        <translation>Under presentasjon: frys, mørklegg lerretet</translation>
    </message>
    <message>
        <source>Next, previous agenda step; start or pause its timer</source>
        <translation>Neste, forrige steg i agendaen; start eller pause tidtakeren for steget</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Agenda og tidtaker</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>Neste steg, forrige steg</translation>
    </message>
    <message>
        <source>Start or pause the timer, add a minute</source>
        <translation>Start eller pause tidtakeren, legg til ett minutt</translation>
    </message>
    <message>
        <source>(in the agenda)</source>
        <translation>(i agendaen)</translation>
    </message>
    <message>
        <source>Rename, move the selected step</source>
        <translation>Gi nytt navn til, flytt det valgte steget</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in Samskap&apos;s own files.</source>
        <translation>Passordet lagres i systemets nøkkelring, aldri i Samskaps egne filer.</translation>
    </message>
    <message>
        <source>This computer has no system keyring Samskap can use, so the password is kept in memory only: Samskap asks for it again after a restart, and messages wait in the outbox until then.</source>
        <translation>Denne datamaskinen har ingen nøkkelring som Samskap kan bruke, så passordet holdes bare i minnet: Samskap spør etter det igjen etter en omstart, og meldinger venter i utboksen til da.</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Passord for e-postserveren</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Passord for %1 på %2:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server</source>
        <translation>E-postserver</translation>
    </message>
    <message>
        <source>e.g. smtp.office365.com</source>
        <translation>f.eks. smtp.office365.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanligvis port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (vanligvis port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local servers only)</source>
        <translation>Ingen: ukryptert (bare lokale servere)</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>tomt hvis serveren ikke krever innlogging</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendret</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>deg@kommune.no</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ikkerhet:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Fra-adresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Fra-&amp;navn:</translation>
    </message>
    <message>
        <source>Type the name of the mail server, e.g. smtp.example.no.</source>
        <translation>Skriv navnet på e-postserveren, f.eks. smtp.example.no.</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Fra-adressen er ikke en gyldig e-postadresse.</translation>
    </message>
</context>
<context>
    <name>StakeholderCardItem</name>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
</context>
<context>
    <name>StakeholderCategory</name>
    <message>
        <source>Politicians</source>
        <translation>Politikere</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Fagfolk</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Eksperter</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Foreninger</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Næringsliv</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggere</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Stakeholder</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation>Kon&amp;takt:</translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation>&amp;Makt:</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Interesse:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Matrise:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltaker:</translation>
    </message>
    <message>
        <source>Role in each phase</source>
        <translation>Rolle i hver fase</translation>
    </message>
    <message>
        <source>Selection criteria (Sørensen)</source>
        <translation>Utvalgskriterier (Sørensen)</translation>
    </message>
</context>
<context>
    <name>StakeholderEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Ny aktør</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Slett aktør</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Slett aktører</translation>
    </message>
    <message>
        <source>Add participant as stakeholder</source>
        <translation>Legg til deltaker som aktør</translation>
    </message>
    <message>
        <source>Add participants as stakeholders</source>
        <translation>Legg til deltakere som aktører</translation>
    </message>
    <message>
        <source>Make stakeholder a participant</source>
        <translation>Gjør aktør til deltaker</translation>
    </message>
    <message>
        <source>Make stakeholders participants</source>
        <translation>Gjør aktører til deltakere</translation>
    </message>
</context>
<context>
    <name>StakeholderGaps</name>
    <message>
        <source>Nobody from the category %1 is on the map.</source>
        <translation>Ingen fra kategorien %1 er på kartet.</translation>
    </message>
    <message>
        <source>%1 has much power and interest but no role in any phase.</source>
        <translation>%1 har mye makt og stor interesse, men ingen rolle i noen fase.</translation>
    </message>
    <message>
        <source>The map is empty: add the actors who are affected or can contribute.</source>
        <translation>Kartet er tomt: legg til aktørene som blir berørt eller kan bidra.</translation>
    </message>
    <message>
        <source>Nobody meets the effectiveness criterion: who has resources to solve the task?</source>
        <translation>Ingen oppfyller effektivitetskriteriet: hvem har ressurser til å løse oppgaven?</translation>
    </message>
    <message>
        <source>Nobody meets the democracy criterion: who ought to have influence?</source>
        <translation>Ingen oppfyller demokratikriteriet: hvem bør ha innflytelse?</translation>
    </message>
    <message>
        <source>Nobody meets the innovation criterion: who has creative ideas and capacity?</source>
        <translation>Ingen oppfyller innovasjonskriteriet: hvem har kreative idéer og kapasitet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-initiation: who helps define the problem?</source>
        <translation>Ingen har en rolle i co-initiering: hvem er med og definerer problemet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-design: who helps shape the solutions?</source>
        <translation>Ingen har en rolle i co-design: hvem er med og former løsningene?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-implementation: who can carry the solution out?</source>
        <translation>Ingen har en rolle i co-implementering: hvem kan gjennomføre løsningen?</translation>
    </message>
    <message>
        <source>Nobody is in Manage closely: is there no one with both power and interest?</source>
        <translation>Ingen er i «Følg tett opp»: finnes det ingen med både makt og interesse?</translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Power and interest grid</source>
        <translation>Makt- og interessematrise</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>Makt →</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flytt aktør</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flytt aktører</translation>
    </message>
</context>
<context>
    <name>StakeholderMapWidget</name>
    <message>
        <source>Power and interest &amp;grid</source>
        <translation>Makt- og interesse&amp;matrise</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabell</translation>
    </message>
    <message>
        <source>S&amp;ummary and gaps</source>
        <translation>S&amp;ammendrag og mangler</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Ny aktør</translation>
    </message>
    <message>
        <source>&amp;Edit stakeholder…</source>
        <translation>&amp;Rediger aktør …</translation>
    </message>
    <message>
        <source>&amp;Delete stakeholder</source>
        <translation>&amp;Slett aktør</translation>
    </message>
    <message>
        <source>Add &amp;participants as stakeholders</source>
        <translation>Legg til &amp;deltakere som aktører</translation>
    </message>
    <message>
        <source>&amp;Make participant</source>
        <translation>&amp;Gjør til deltaker</translation>
    </message>
    <message>
        <source>Add the selected stakeholders to the workshop&apos;s participants</source>
        <translation>Legg de valgte aktørene til deltakerne i verkstedet</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkart</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Rediger aktør</translation>
    </message>
    <message>
        <source>%1 participants added to the map</source>
        <translation>%1 deltakere lagt til på kartet</translation>
    </message>
    <message>
        <source>Every participant is already on the map</source>
        <translation>Alle deltakerne er allerede på kartet</translation>
    </message>
    <message>
        <source>%1 stakeholders are now participants</source>
        <translation>%1 aktører er nå deltakere</translation>
    </message>
    <message>
        <source>Select stakeholders who are not participants yet</source>
        <translation>Merk aktører som ikke er deltakere ennå</translation>
    </message>
</context>
<context>
    <name>StakeholderSummary</name>
    <message>
        <source>Stakeholder summary</source>
        <translation>Sammendrag av aktørene</translation>
    </message>
    <message>
        <source>What the map lacks</source>
        <translation>Hva kartet mangler</translation>
    </message>
    <message>
        <source>Who is on the map (%1)</source>
        <translation>Hvem som er på kartet (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Makt og interesse</translation>
    </message>
    <message>
        <source>Selection criterion</source>
        <translation>Utvalgskriterium</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Makt</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltaker</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Rediger aktør</translation>
    </message>
</context>
<context>
    <name>StakeholderTableView</name>
    <message>
        <source>Stakeholder table</source>
        <translation>Aktørtabell</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Samskap</source>
        <translation>Samskap</translation>
    </message>
    <message>
        <source>Co-creation workshops: co-initiation, co-design, co-implementation.</source>
        <translation>Samskapingsverksteder: co-initiering, co-design, co-implementering.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nytt verksted …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;pne …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åpne &amp;demoverkstedet</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>Nytt mø&amp;te …</translation>
    </message>
    <message>
        <source>The next meeting of the chosen recent workshop</source>
        <translation>Neste møte i det valgte nylige verkstedet</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Nylig brukte verksteder</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Ingen nylig brukte verksteder ennå.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Rediger steg</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <source>e.g. Welcome and round of names</source>
        <translation>f.eks. Velkommen og navnerunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the room is asked to do (shown to everyone)</source>
        <translation>Hva salen blir bedt om å gjøre (vises for alle)</translation>
    </message>
    <message>
        <source>Reminders for yourself: only you see these</source>
        <translation>Påminnelser til deg selv: bare du ser disse</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighet:</translation>
    </message>
    <message>
        <source>For the &amp;room:</source>
        <translation>For &amp;salen:</translation>
    </message>
    <message>
        <source>Your &amp;notes:</source>
        <translation>Dine &amp;notater:</translation>
    </message>
    <message>
        <source>Your notes are never shown to the room.</source>
        <translation>Notatene dine vises aldri for salen.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>For the room</source>
        <translation>For salen</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Fasilitatornotater</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Bare du ser dette</translation>
    </message>
    <message>
        <source>These notes are never shown to the room or on the projector.</source>
        <translation>Disse notatene vises aldri for salen eller på projektoren.</translation>
    </message>
    <message>
        <source>No instructions for the room. Edit… to write some.</source>
        <translation>Ingen instruksjoner for salen. Velg Rediger … for å skrive noen.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen notater.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Ingen steg</translation>
    </message>
    <message>
        <source>Add steps to the agenda, then double-click one to start it.</source>
        <translation>Legg til steg i agendaen, og dobbeltklikk på ett for å starte det.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Steg %1 av %2 · %3</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the folder %s does not exist</source>
        <translation>mappen %s finnes ikke</translation>
    </message>
</context>
<context>
    <name>SummaryFileDialog</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>Eksporter sammendraget som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Public version: names of people replaced by role or organisation</source>
        <translation>Offentlig versjon: navn på personer erstattet med rolle eller organisasjon</translation>
    </message>
    <message>
        <source>For the public record: participants&apos; names and emails, note authors, and the names of citizens and users on the stakeholder map are left out.</source>
        <translation>For offentlig journal: deltakernes navn og e-postadresser, forfattere av lapper og navn på innbyggere og brukere i aktørkartet utelates.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møte:</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Template library</source>
        <translation>Malbibliotek</translation>
    </message>
    <message>
        <source>&amp;Language of the templates:</source>
        <translation>&amp;Språk for malene:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter …</translation>
    </message>
    <message>
        <source>Co-initiation</source>
        <translation>Co-initiering</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Co-design</translation>
    </message>
    <message>
        <source>Co-implementation</source>
        <translation>Co-implementering</translation>
    </message>
    <message>
        <source>Workshop plans</source>
        <translation>Verkstedplaner</translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read (%n)</source>
        <translation>
            <numerusform>Filer som ikke kunne leses (%n)</numerusform>
            <numerusform>Filer som ikke kunne leses (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation>Malen kan ikke importeres</translation>
    </message>
    <message>
        <source>The template cannot be exported</source>
        <translation>Malen kan ikke eksporteres</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes</source>
        <translation>%1 · omtrent %2 minutter</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer en mal</translation>
    </message>
    <message>
        <source>Samskap templates (*.json)</source>
        <translation>Samskap-maler (*.json)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Eksporter malen</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>A note holds at most {max} characters.</source>
        <translation>En lapp kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>A title holds at most {max} characters.</source>
        <translation>En tittel kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>A label holds at most {max} characters.</source>
        <translation>En etikett kan ha høyst {max} tegn.</translation>
    </message>
    <message>
        <source>This text has {n}.</source>
        <translation>Denne teksten har {n}.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation>Tid igjen</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Start tidtakeren</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Nullstill tidtakeren</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Legg til ett minutt</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nullstill</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pause tidtakeren</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Ingen steg valgt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Går</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>Paused, over time</source>
        <translation>På pause, over tiden</translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation>Tiden er ute: %1</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Verk&amp;tøylinje</translation>
    </message>
</context>
<context>
    <name>UiJob</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>duplicate id {id}</source>
        <translation>id-en {id} finnes to ganger</translation>
    </message>
    <message>
        <source>exactly one of &apos;participant_id&apos; and &apos;device_id&apos; must be set</source>
        <translation>nøyaktig én av &apos;participant_id&apos; og &apos;device_id&apos; må være satt</translation>
    </message>
    <message>
        <source>&apos;colour&apos; is not a #rrggbb colour</source>
        <translation>&apos;colour&apos; er ikke en farge på formen #rrggbb</translation>
    </message>
    <message>
        <source>&apos;duration_min&apos; is not between 0 and 1440</source>
        <translation>&apos;duration_min&apos; er ikke mellom 0 og 1440</translation>
    </message>
    <message>
        <source>&apos;timer_elapsed_s&apos; is not a finite number of seconds</source>
        <translation>&apos;timer_elapsed_s&apos; er ikke et endelig antall sekunder</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not between 0 and 1</source>
        <translation>&apos;{field}&apos; er ikke mellom 0 og 1</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to a missing entry {value}</source>
        <translation>&apos;{field}&apos; viser til en oppføring som mangler: {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the unknown value {value}</source>
        <translation>&apos;{field}&apos; har den ukjente verdien {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time ({value})</source>
        <translation>&apos;{field}&apos; er ikke en dato og et klokkeslett ({value})</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD ({value})</source>
        <translation>&apos;date&apos; er ikke en dato skrevet ÅÅÅÅ-MM-DD ({value})</translation>
    </message>
    <message>
        <source>&apos;start_time&apos; is not a time of day written HH:MM ({value})</source>
        <translation>&apos;start_time&apos; er ikke et klokkeslett skrevet TT:MM ({value})</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; is the frame itself</source>
        <translation>&apos;parent_id&apos; er rammen selv</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; leads round in a circle of frames</source>
        <translation>&apos;parent_id&apos; går i ring mellom rammer</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; nests it {depth} frames deep; frames nest one level deep</source>
        <translation>&apos;parent_id&apos; legger den {depth} rammer dypt; rammer ligger bare ett nivå inni hverandre</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to {value}, which is on another board</source>
        <translation>&apos;{field}&apos; viser til {value}, som er på en annen tavle</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a finite number</source>
        <translation>&apos;{field}&apos; er ikke et endelig tall</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is outside {low} to {high}</source>
        <translation>&apos;{field}&apos; er utenfor {low} til {high}</translation>
    </message>
    <message>
        <source>the size is not positive</source>
        <translation>størrelsen er ikke positiv</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Voting now: %1</source>
        <translation>Stemmer nå: %1</translation>
    </message>
    <message>
        <source>Recording dots: click a note to add a dot, right-click or Shift+click to take one back</source>
        <translation>Registrerer prikker: klikk på en lapp for å legge til en prikk, høyreklikk eller Shift+klikk for å ta en tilbake</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start avstemning</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more dots.</source>
        <translation>Avstemningen er lukket: den tar ikke imot flere prikker.</translation>
    </message>
    <message>
        <source>%1 does not vote in this vote.</source>
        <translation>%1 stemmer ikke i denne avstemningen.</translation>
    </message>
    <message>
        <source>This note is outside the frame being voted on.</source>
        <translation>Denne lappen er utenfor ramma det stemmes over.</translation>
    </message>
    <message>
        <source>%1 has used all %2 dots.</source>
        <translation>%1 har brukt alle sine %2 prikker.</translation>
    </message>
    <message>
        <source>%1 already has a dot on this note: one dot per note in this vote.</source>
        <translation>%1 har allerede en prikk på denne lappen: én prikk per lapp i denne avstemningen.</translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation>%1 har ingen prikk på denne lappen å ta tilbake.</translation>
    </message>
    <message>
        <source>Choose who is voting first (number keys or the list).</source>
        <translation>Velg først hvem som stemmer (talltastene eller lista).</translation>
    </message>
    <message>
        <source>Add dot</source>
        <translation>Legg til prikk</translation>
    </message>
    <message>
        <source>Dot for %1 (%2 left)</source>
        <translation>Prikk for %1 (%2 igjen)</translation>
    </message>
    <message>
        <source>Remove dot</source>
        <translation>Fjern prikk</translation>
    </message>
    <message>
        <source>Reveal vote</source>
        <translation>Vis resultatet</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Lukk avstemningen</translation>
    </message>
    <message>
        <source>The vote is closed; its result is kept with the workshop.</source>
        <translation>Avstemningen er lukket; resultatet lagres sammen med verkstedet.</translation>
    </message>
    <message>
        <source>No note has a dot yet: nothing to send.</source>
        <translation>Ingen lapp har fått prikk ennå: ingenting å sende.</translation>
    </message>
    <message>
        <source>Send top ideas</source>
        <translation>Send toppidéer</translation>
    </message>
    <message>
        <source>%1 ideas sent to %2</source>
        <translation>%1 idéer sendt til %2</translation>
    </message>
    <message>
        <source>Stopped recording dots</source>
        <translation>Registrering av prikker er stoppet</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&amp;Start vote…</source>
        <translation>&amp;Start avstemning …</translation>
    </message>
    <message>
        <source>&amp;Record dots</source>
        <translation>&amp;Registrer prikker</translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation>&amp;Vis resultatet</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>&amp;Lukk avstemningen</translation>
    </message>
    <message>
        <source>Results and &amp;top ideas…</source>
        <translation>Resultater og &amp;toppidéer …</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Avstemning</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem som stemmer</translation>
    </message>
    <message>
        <source>Notes voted on</source>
        <translation>Lapper det stemmes over</translation>
    </message>
    <message>
        <source>&amp;Who is voting (number keys on the board):</source>
        <translation>&amp;Hvem stemmer (talltastene på tavla):</translation>
    </message>
    <message>
        <source>&amp;Notes (Enter or + adds a dot, Delete or - takes one back):</source>
        <translation>&amp;Lapper (Enter eller + legger til en prikk, Delete eller - tar en tilbake):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>No vote on this board yet.</source>
        <translation>Ingen avstemning på denne tavla ennå.</translation>
    </message>
    <message>
        <source>Reveal the result first</source>
        <translation>Vis resultatet først</translation>
    </message>
    <message>
        <source>%1 dots each</source>
        <translation>%1 prikker hver</translation>
    </message>
    <message>
        <source>several on one note allowed</source>
        <translation>flere på én lapp er tillatt</translation>
    </message>
    <message>
        <source>one per note</source>
        <translation>én per lapp</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>ramme %1</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>skjult til resultatet vises</translation>
    </message>
    <message>
        <source>This phone puts its own dots</source>
        <translation>Denne mobilen setter sine egne prikker</translation>
    </message>
    <message>
        <source>%1%2: %3 of %4 left</source>
        <translation>%1%2: %3 av %4 igjen</translation>
    </message>
    <message>
        <source>Phone: %1: %2 of %3 left</source>
        <translation>Mobil: %1: %2 av %3 igjen</translation>
    </message>
    <message>
        <source>Dots from phones: %1 of %2</source>
        <translation>Prikker fra mobiler: %1 av %2</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tom lapp)</translation>
    </message>
</context>
<context>
    <name>VoteResultsDialog</name>
    <message>
        <source>Vote result</source>
        <translation>Avstemningsresultat</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Prikkstemming</translation>
    </message>
    <message>
        <source>Closed: the result is final.</source>
        <translation>Lukket: resultatet er endelig.</translation>
    </message>
    <message>
        <source>Still open: the result may change.</source>
        <translation>Fortsatt åpen: resultatet kan endre seg.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Velgere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the &amp;top</source>
        <translation>Send de &amp;beste</translation>
    </message>
    <message>
        <source>ideas to &amp;board</source>
        <translation>idéene til &amp;tavla</translation>
    </message>
    <message>
        <source>Send copies %1 notes: notes with as many dots as the last one go along.</source>
        <translation>Send kopierer %1 lapper: lapper med like mange prikker som den siste blir med.</translation>
    </message>
    <message>
        <source>Send copies %1 notes.</source>
        <translation>Send kopierer %1 lapper.</translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Start a dot vote</source>
        <translation>Start en prikkstemming</translation>
    </message>
    <message>
        <source>Which ideas shall we work on?</source>
        <translation>Hvilke idéer skal vi jobbe videre med?</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Hele tavla</translation>
    </message>
    <message>
        <source>Frame: %1</source>
        <translation>Ramme: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uten tittel)</translation>
    </message>
    <message>
        <source>One person may put several dots on the same note</source>
        <translation>Én person kan sette flere prikker på samme lapp</translation>
    </message>
    <message>
        <source>Hide the dots until I reveal the result</source>
        <translation>Skjul prikkene til jeg viser resultatet</translation>
    </message>
    <message>
        <source>One name a line: people who vote but are not participants yet</source>
        <translation>Ett navn per linje: personer som stemmer, men som ikke er deltakere ennå</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Stem &amp;over:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prikker per person:</translation>
    </message>
    <message>
        <source>&amp;Who votes:</source>
        <translation>&amp;Hvem stemmer:</translation>
    </message>
    <message>
        <source>&amp;New voters:</source>
        <translation>&amp;Nye velgere:</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start avstemning</translation>
    </message>
    <message>
        <source>Nobody votes</source>
        <translation>Ingen som stemmer</translation>
    </message>
    <message>
        <source>Tick who votes, or type the names of new voters.</source>
        <translation>Kryss av for hvem som stemmer, eller skriv navnene på nye velgere.</translation>
    </message>
</context>
<context>
    <name>WaitingNotes</name>
    <message>
        <source>Release &amp;into:</source>
        <translation>Slipp &amp;i:</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Slipp &amp;alle</translation>
    </message>
    <message>
        <source>Release this &amp;person&apos;s</source>
        <translation>Slipp denne &amp;personens</translation>
    </message>
    <message>
        <source>Release &amp;selected</source>
        <translation>Slipp &amp;valgte</translation>
    </message>
    <message>
        <source>where each was written</source>
        <translation>der hver ble skrevet</translation>
    </message>
    <message>
        <source>Notes waiting: %1</source>
        <translation>Lapper som venter: %1</translation>
    </message>
    <message>
        <source>No notes are waiting.</source>
        <translation>Ingen lapper venter.</translation>
    </message>
</context>
<context>
    <name>WorkshopFileError</name>
    <message>
        <source>The file {name} cannot be used.</source>
        <translation>Fila {name} kan ikke brukes.</translation>
    </message>
    <message>
        <source>The workshop file {name} does not exist (it may have been moved or deleted).</source>
        <translation>Verkstedfila {name} finnes ikke (den kan være flyttet eller slettet).</translation>
    </message>
    <message>
        <source>The file {name} is not a Samskap workshop.</source>
        <translation>Fila {name} er ikke et Samskap-verksted.</translation>
    </message>
    <message>
        <source>The workshop file {name} is damaged and cannot be opened. It has not been changed.</source>
        <translation>Verkstedfila {name} er skadet og kan ikke åpnes. Den er ikke endret.</translation>
    </message>
    <message>
        <source>The workshop file {name} cannot be opened: the file {name}-wal beside it holds changes of another workshop or database (it may have been copied or renamed by hand). Samskap has not applied them, and nothing has been changed. Move {name}-wal to another folder to open the workshop as it was last saved completely.</source>
        <translation>Verkstedfilen {name} kan ikke åpnes: filen {name}-wal ved siden av inneholder endringer fra et annet verksted eller en annen database (den kan være kopiert eller gitt nytt navn for hånd). Samskap har ikke tatt dem inn, og ingenting er endret. Flytt {name}-wal til en annen mappe for å åpne verkstedet slik det sist ble lagret helt.</translation>
    </message>
    <message>
        <source>The workshop file {name} was made by a newer version of Samskap. Update Samskap to open it; the file has not been changed.</source>
        <translation>Verkstedfila {name} er laget med en nyere versjon av Samskap. Oppdater Samskap for å åpne den; fila er ikke endret.</translation>
    </message>
    <message>
        <source>A file called {name} already exists; choose another name.</source>
        <translation>Det finnes allerede en fil som heter {name}; velg et annet navn.</translation>
    </message>
    <message>
        <source>Samskap could not write to {name}: {detail}</source>
        <translation>Samskap kunne ikke skrive til {name}: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is not a valid Samskap export: {detail}</source>
        <translation>Fila {name} er ikke en gyldig Samskap-eksport: {detail}</translation>
    </message>
    <message>
        <source>The workshop file {name} does not follow Samskap&apos;s rules: {detail}</source>
        <translation>Verkstedfilen {name} følger ikke Samskaps regler: {detail}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>fila eller mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>et annet program bruker fila</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may have been removed, or made read-only)</source>
        <translation>det gikk ikke an å skrive til disken (den kan være fjernet eller gjort skrivebeskyttet)</translation>
    </message>
    <message>
        <source>the file was changed by another program, or is damaged ({error}); use Save as… to keep the workshop as it is on the screen</source>
        <translation>filen ble endret av et annet program, eller er skadet ({error}); bruk Lagre som … for å beholde verkstedet slik det er på skjermen</translation>
    </message>
    <message>
        <source>the storage reported an error ({error})</source>
        <translation>lagringen meldte en feil ({error})</translation>
    </message>
    <message>
        <source>another program or window has written to the file since Samskap opened it, so the file no longer holds what the screen shows; use Save as… to keep the workshop as it is on the screen</source>
        <translation>et annet program eller vindu har skrevet til filen etter at Samskap åpnet den, så filen har ikke lenger det skjermen viser; bruk Lagre som … for å beholde verkstedet slik det er på skjermen</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Verkstedet {name} har ingen tavle som heter «{detail}».</translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message>
        <source>Floke map</source>
        <translation>Flokekart</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Kan ikke lage verkstedet</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åpne verksted</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s);;All files (*)</source>
        <translation>Samskap-verksteder (*%s);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Lagre verkstedet som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verksteder (*%s)</translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation>Kan ikke lagre verkstedet</translation>
    </message>
</context>
<context>
    <name>WorkshopGuard</name>
    <message>
        <source>The file %1 cannot be written to (%2), so it is open for viewing only. Nothing in it is damaged. Use Save as… to make a copy you can change.</source>
        <translation>Filen %1 kan ikke skrives til (%2), så den er åpnet bare for visning. Ingenting i den er skadet. Bruk Lagre som … for å lage en kopi du kan endre.</translation>
    </message>
    <message>
        <source>its folder is read-only: Samskap cannot keep its safety files beside it</source>
        <translation>mappen er skrivebeskyttet: Samskap kan ikke ha sikkerhetsfilene sine ved siden av den</translation>
    </message>
    <message>
        <source>the file itself is read-only</source>
        <translation>selve filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikke åpne verkstedet</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikke gjenopprette sikkerhetskopien</translation>
    </message>
    <message>
        <source>No backup could be made: %s</source>
        <translation>Ingen sikkerhetskopi kunne lages: %s</translation>
    </message>
    <message>
        <source>The changes that could not be saved are saved now.</source>
        <translation>Endringene som ikke kunne lagres, er lagret nå.</translation>
    </message>
</context>
</TS>
