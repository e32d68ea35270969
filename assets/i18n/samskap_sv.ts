<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Klart senast (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Vad ska göras</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Lägg &amp;till åtgärd</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: the actions can be read, not changed.</source>
        <translation>Den här workshopen är öppnad skrivskyddad här: åtgärderna kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status för %1</translation>
    </message>
    <message>
        <source>The first meeting of the process: %1 new.</source>
        <translation>Processens första möte: %1 nya.</translation>
    </message>
    <message>
        <source>Since last meeting (%1): %2 done, %3 stopped, %4 new.</source>
        <translation>Sedan förra mötet (%1): %2 klara, %3 stoppade, %4 nya.</translation>
    </message>
    <message>
        <source>Write what is to be done first.</source>
        <translation>Skriv först vad som ska göras.</translation>
    </message>
    <message>
        <source>The due date must be a day written YYYY-MM-DD, such as 2026-09-15.</source>
        <translation>Datumet måste vara en dag skriven ÅÅÅÅ-MM-DD, till exempel 2026-09-15.</translation>
    </message>
    <message>
        <source>An action must say what is to be done.</source>
        <translation>En åtgärd måste säga vad som ska göras.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Go to step %1</source>
        <translation>Gå till steg %1</translation>
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
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Flytta steg</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Ändra längd</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Byt namn på steg</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Redigera steg</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Ändra starttid</translation>
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
        <translation>Lägg till övning …</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Ta bort steg</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Flytta steget uppåt</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Flytta steget nedåt</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Redigera steg …</translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Steg</translation>
    </message>
    <message>
        <source>+ Exercise</source>
        <translation>+ Övning</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration of the selected step</source>
        <translation>Längd på det markerade steget</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Startti&amp;d:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>L&amp;ängd:</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Inga steg ännu.</translation>
    </message>
    <message>
        <source>%1 in all. Set a start time to see clock times.</source>
        <translation>%1 totalt. Ange en starttid för att se klockslag.</translation>
    </message>
    <message>
        <source>Planned end %1 (%2 in all)</source>
        <translation>Planerat slut %1 (%2 totalt)</translation>
    </message>
    <message>
        <source>Running %1 late: expected end %2</source>
        <translation>%1 efter planen: beräknat slut %2</translation>
    </message>
    <message>
        <source>%1 ahead of plan: expected end %2</source>
        <translation>%1 före planen: beräknat slut %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The step keeps its title</source>
        <translation>Steget behåller sin rubrik</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups of this workshop</source>
        <translation>Säkerhetskopior av den här workshopen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation>&amp;Radera de här säkerhetskopiorna …</translation>
    </message>
    <message>
        <source>This window keeps no backups.</source>
        <translation>Det här fönstret tar inga säkerhetskopior.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop on this computer.</source>
        <translation>Det finns inga säkerhetskopior av den här workshopen på den här datorn.</translation>
    </message>
    <message>
        <source>Backups taken before this change: %1. They still hold the names as they were; delete them to take the names off this computer.</source>
        <translation>Säkerhetskopior tagna före den här ändringen: %1. De innehåller fortfarande namnen som de var; radera dem för att ta bort namnen från den här datorn.</translation>
    </message>
    <message>
        <source>Backups of this workshop on this computer: %1. Each holds the names as they were when it was taken.</source>
        <translation>Säkerhetskopior av den här workshopen på den här datorn: %1. Var och en innehåller namnen som de var när den togs.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Radera säkerhetskopior</translation>
    </message>
    <message>
        <source>Delete the backups listed (%1) for good?

They cannot be restored afterwards, and Undo does not bring them back. The workshop file itself is not touched.</source>
        <translation>Radera säkerhetskopiorna i listan (%1) för gott?

De kan inte återställas efteråt, och Ångra tar inte tillbaka dem. Själva workshopfilen påverkas inte.</translation>
    </message>
    <message>
        <source>These backups could not be deleted:</source>
        <translation>De här säkerhetskopiorna kunde inte raderas:</translation>
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
        <translation>Orange</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grön</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ny lapp</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>R&amp;edigera text</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>K&amp;listra in</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Du&amp;plicera</translation>
    </message>
    <message>
        <source>&amp;Select all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Co&amp;nnect notes</source>
        <translation>Koppla &amp;ihop lappar</translation>
    </message>
    <message>
        <source>Add fra&amp;me…</source>
        <translation>Ny &amp;ram …</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>Flytta &amp;längst fram</translation>
    </message>
    <message>
        <source>Send to &amp;back</source>
        <translation>Flytta längst &amp;bak</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation>&amp;Visa allt</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>Verklig &amp;storlek</translation>
    </message>
    <message>
        <source>Draw an arrow: click the note it starts from, then the one it points to</source>
        <translation>Rita en pil: klicka på lappen där den börjar och sedan på lappen den pekar mot</translation>
    </message>
    <message>
        <source>Arrow &amp;label…</source>
        <translation>Pil&amp;etikett …</translation>
    </message>
    <message>
        <source>Next arrow &amp;kind</source>
        <translation>&amp;Nästa piltyp</translation>
    </message>
    <message>
        <source>&amp;Rename frame…</source>
        <translation>&amp;Byt namn på ram …</translation>
    </message>
    <message>
        <source>Link &amp;stakeholders…</source>
        <translation>Knyt &amp;aktörer …</translation>
    </message>
    <message>
        <source>&amp;Tidy floke tree</source>
        <translation>&amp;Ordna problemträdet</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>Nothing was pasted</source>
        <translation>Ingenting klistrades in</translation>
    </message>
</context>
<context>
    <name>BoardContextMenu</name>
    <message>
        <source>Secto&amp;rs</source>
        <translation>&amp;Sektorer</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Färg</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piltyp</translation>
    </message>
</context>
<context>
    <name>BoardKind</name>
    <message>
        <source>Free board</source>
        <translation>Fri tavla</translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation>Problemkarta</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation>Idétavla</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Tavla</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Klipp ut</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
</context>
<context>
    <name>CanvasInteractions</name>
    <message>
        <source>Move note</source>
        <translation>Flytta lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Ändra storlek på lapp</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a size like 1280x800</source>
        <translation>”{text}” är ingen storlek som 1280x800</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 200x200 to 8000x8000</source>
        <translation>”{text}” ligger utanför 200x200 till 8000x8000</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>”{text}” är inget portnummer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 1 to 65535</source>
        <translation>”{text}” ligger utanför 1 till 65535</translation>
    </message>
    <message>
        <source>Wrote the demo workshop to {path}</source>
        <translation>Skrev demoworkshoppen till {path}</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: ok</translation>
    </message>
    <message>
        <source>{file} has no meeting {meeting}</source>
        <translation>{file} har inget möte {meeting}</translation>
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
        <translation>Lägg till %n lappar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Ta bort tavla</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Byt namn på tavla</translation>
    </message>
    <message>
        <source>Move board</source>
        <translation>Flytta tavla</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Change action status</source>
        <translation>Ändra status på åtgärd</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Ändra åtgärd</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Ändra möte</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <source>causes</source>
        <translation>orsakar</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>leder till</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>hindrar</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>hänger ihop med</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;Orsakar</translation>
    </message>
    <message>
        <source>&amp;Leads to</source>
        <translation>&amp;Leder till</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Hindrar</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Hänger &amp;ihop</translation>
    </message>
</context>
<context>
    <name>CorrectAddressDialog</name>
    <message>
        <source>Correct address</source>
        <translation>Rätta adress</translation>
    </message>
    <message>
        <source>The server refused these addresses. Correct an address and the message goes to that person only: the others have it already.</source>
        <translation>Servern avvisade de här adresserna. Rätta en adress så går meddelandet bara till den personen: de andra har redan fått det.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>&amp;Send to the corrected address</source>
        <translation>&amp;Skicka till den rättade adressen</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>“%1” is a recipient already.</source>
        <translation>”%1” är redan mottagare.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.

Details for the developers are in %s</source>
        <translation>Samskap stötte på ett oväntat problem. Alla ändringar fram till den senaste är sparade i workshopfilen.

Detaljer för utvecklarna finns i %s</translation>
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
        <translation>Innovation</translation>
    </message>
    <message>
        <source>Has resources that help solve the task</source>
        <translation>Har resurser som hjälper till att lösa uppgiften</translation>
    </message>
    <message>
        <source>Ought to have influence</source>
        <translation>Borde ha inflytande</translation>
    </message>
    <message>
        <source>Has creative ideas and the capacity to create</source>
        <translation>Har kreativa idéer och förmåga att skapa</translation>
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
        <translation>Workshopen</translation>
    </message>
    <message>
        <source>What, where and when. You can change all of it later.</source>
        <translation>Vad, var och när. Du kan ändra allt senare.</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>t.ex. Bo kvar hemma längre</translation>
    </message>
    <message>
        <source>e.g. Fjellvik kommune</source>
        <translation>t.ex. Fjällviks kommun</translation>
    </message>
    <message>
        <source>The language of the exercises&apos; texts on the boards and in the agenda</source>
        <translation>Språket i övningarnas texter på tavlorna och i agendan</translation>
    </message>
    <message>
        <source>Save in…</source>
        <translation>Spara i …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Processledare:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Save new workshop as</source>
        <translation>Spara ny workshop som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshoppar (*%s)</translation>
    </message>
</context>
<context>
    <name>DurabilityMessages</name>
    <message>
        <source>Your last change was not saved</source>
        <translation>Din senaste ändring sparades inte</translation>
    </message>
    <message>
        <source>Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. What was saved before is safe. If this goes on, use Save as… to save the whole workshop in another place (another folder or a USB stick).</source>
        <translation>Ingenting har gått förlorat: ändringen finns kvar på skärmen och Samskap fortsätter att försöka spara den. Det som sparades tidigare är säkert. Om problemet fortsätter, använd Spara som … för att spara hela workshopen på ett annat ställe (en annan mapp eller ett USB-minne).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som …</translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on the computer %3 (since %4). It is opened read-only here, so that the two of you do not overwrite each other&apos;s work.

Use Save as… to make a copy you can change.</source>
        <translation>%1 är redan öppen för ändringar av %2 på datorn %3 (sedan %4). Här öppnas den skrivskyddad, så att ni inte skriver över varandras arbete.

Använd Spara som … för att göra en kopia som du kan ändra.</translation>
    </message>
    <message>
        <source>If you are sure that nobody works in it there any more (that computer was switched off, or Samskap there stopped without closing the workshop), you can take it over. If it is still open there, both of you will change the same file: each screen will show only its own changes, and work will be lost.</source>
        <translation>Om du är säker på att ingen arbetar i den där längre (den datorn stängdes av, eller Samskap där stannade utan att stänga workshoppen) kan du ta över den. Om den fortfarande är öppen där ändrar ni båda samma fil: varje skärm visar bara sina egna ändringar, och arbete går förlorat.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Ta över och redigera</translation>
    </message>
    <message>
        <source>%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and the file locks it relies on are not reliable there: the file can be copied half-written or replaced with an older copy.

For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) and put a copy in the shared folder afterwards (File &gt; Save as…).</source>
        <translation>%1 ligger i en mapp som hanteras av %2. Samskap sparar varje ändring direkt i workshopfilen, och de fillås som programmet förlitar sig på fungerar inte pålitligt där: filen kan kopieras halvskriven eller ersättas med en äldre kopia.

Under en workshop bör filen ligga i en mapp på den här datorn (till exempel Dokument/Samskap). Lägg en kopia i den delade mappen efteråt (Arkiv &gt; Spara som …).</translation>
    </message>
    <message>
        <source>A risky place for a workshop</source>
        <translation>En riskabel plats för en workshop</translation>
    </message>
    <message>
        <source>A sound backup from %1 exists. Open a copy of it as a new workshop file?</source>
        <translation>Det finns en felfri säkerhetskopia från %1. Vill du öppna en kopia av den som en ny workshopfil?</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan inte öppna workshopen</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Öppna säkerhetskopian</translation>
    </message>
    <message>
        <source>Some changes are not saved</source>
        <translation>Vissa ändringar är inte sparade</translation>
    </message>
    <message>
        <source>Samskap could not write the latest changes to the workshop file, and they are only on the screen. Save the workshop in another place with Save as…, or close without them.</source>
        <translation>Samskap kunde inte skriva de senaste ändringarna till workshopfilen, och de finns bara på skärmen. Spara workshopen på ett annat ställe med Spara som …, eller stäng utan dem.</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Stäng utan ändringarna</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email summary</source>
        <translation>E-posta sammanfattningen</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>du@kommun.se</translation>
    </message>
    <message>
        <source>One address a line, e.g. Kari Nordmann &lt;kari@example.no&gt;</source>
        <translation>En adress per rad, t.ex. Anna Andersson &lt;anna@example.se&gt;</translation>
    </message>
    <message>
        <source>Send as &amp;Bcc: recipients do not see each other&apos;s addresses</source>
        <translation>Skicka som &amp;Bcc: mottagarna ser inte varandras adresser</translation>
    </message>
    <message>
        <source>A list of everyone&apos;s address is personal data. With Bcc, the message is addressed to you.</source>
        <translation>En lista med allas adresser är personuppgifter. Med Bcc är meddelandet adresserat till dig.</translation>
    </message>
    <message>
        <source>Send to all &amp;participants, not only those who attended</source>
        <translation>Skicka till alla &amp;deltagare, inte bara de som var där</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Redigera &amp;mall …</translation>
    </message>
    <message>
        <source>&amp;View PDF</source>
        <translation>&amp;Visa PDF</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;E-postserver …</translation>
    </message>
    <message>
        <source>Open as &amp;draft in my mail program</source>
        <translation>Öppna som &amp;utkast i mitt e-postprogram</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Äm&amp;ne:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Bilaga:</translation>
    </message>
    <message>
        <source>No email address for: %1.</source>
        <translation>Ingen e-postadress för: %1.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… och %1 till.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Lägg till minst en mottagare.</translation>
    </message>
    <message>
        <source>Type your own address in From.</source>
        <translation>Skriv din egen adress i Från.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>”%1” är inte en e-postadress.</translation>
    </message>
    <message>
        <source>“%1” has no @.</source>
        <translation>”%1” saknar @.</translation>
    </message>
    <message>
        <source>“%1” has characters that are not allowed before the @.</source>
        <translation>”%1” har tecken som inte är tillåtna före @.</translation>
    </message>
    <message>
        <source>“%1” has letters such as æ, ø or å before the @, which most mail servers refuse.</source>
        <translation>”%1” har bokstäver som å, ä eller ö före @, vilket de flesta e-postservrar inte godtar.</translation>
    </message>
    <message>
        <source>“%1” has no valid domain after the @.</source>
        <translation>”%1” har ingen giltig domän efter @.</translation>
    </message>
    <message>
        <source>“%1” is too long for an email address.</source>
        <translation>”%1” är för lång för en e-postadress.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>”%1” finns med två gånger.</translation>
    </message>
    <message>
        <source>Preparing the summary PDF…</source>
        <translation>Skapar PDF-sammanfattningen …</translation>
    </message>
    <message>
        <source>The summary PDF was not made.</source>
        <translation>PDF-sammanfattningen skapades inte.</translation>
    </message>
    <message>
        <source>The PDF is %1, more than 10 MB: many mail servers refuse messages that large. Consider sharing it another way, or send it and watch the outbox.</source>
        <translation>PDF-filen är %1, mer än 10 MB: många e-postservrar tar inte emot så stora meddelanden. Dela den gärna på ett annat sätt, eller skicka den och håll koll på utkorgen.</translation>
    </message>
    <message>
        <source>The summary PDF could not be made: %1</source>
        <translation>PDF-sammanfattningen kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>The draft could not be written</source>
        <translation>Utkastet kunde inte skrivas</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Inget e-postprogram öppnade utkastet</translation>
    </message>
    <message>
        <source>The draft is saved as %1. Open it with your mail program to send it.</source>
        <translation>Utkastet är sparat som %1. Öppna det i ditt e-postprogram för att skicka det.</translation>
    </message>
    <message>
        <source>The summary could not be sent</source>
        <translation>Sammanfattningen kunde inte skickas</translation>
    </message>
</context>
<context>
    <name>EmailTemplateDialog</name>
    <message>
        <source>Email template: %1</source>
        <translation>E-postmall: %1</translation>
    </message>
    <message>
        <source>These words are replaced by the workshop&apos;s facts: {title}, {date}, {municipality}, {facilitator}.</source>
        <translation>De här orden ersätts med uppgifter om workshopen: {title}, {date}, {municipality}, {facilitator}.</translation>
    </message>
    <message>
        <source>&amp;Restore the standard text</source>
        <translation>Åt&amp;erställ standardtexten</translation>
    </message>
    <message>
        <source>&amp;Save as my default</source>
        <translation>&amp;Spara som min standard</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>Äm&amp;ne:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>ExercisePicker</name>
    <message>
        <source>Add exercise</source>
        <translation>Lägg till övning</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>The template library has no exercises. Use “Add step…” for a step of your own.</source>
        <translation>Mallbiblioteket har inga övningar. Använd ”Nytt steg …” för ett eget steg.</translation>
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
        <translation>Aktuellt steg</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <source>&amp;Save agenda as a plan…</source>
        <translation>&amp;Spara agendan som plan …</translation>
    </message>
    <message>
        <source>&amp;Meeting details…</source>
        <translation>&amp;Om mötet …</translation>
    </message>
    <message>
        <source>&amp;Actions…</source>
        <translation>&amp;Åtgärder …</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kan inte spara planen</translation>
    </message>
    <message>
        <source>The template library is not available.</source>
        <translation>Mallbiblioteket är inte tillgängligt.</translation>
    </message>
    <message>
        <source>Save agenda as a plan</source>
        <translation>Spara agendan som plan</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Planens namn:</translation>
    </message>
    <message>
        <source>Saved the plan “%1”: the new-workshop wizard offers it from now on.</source>
        <translation>Sparade planen ”%1”: guiden för ny workshop erbjuder den från och med nu.</translation>
    </message>
</context>
<context>
    <name>JoinOverlay</name>
    <message>
        <source>Join from your phone</source>
        <translation>Delta från mobilen</translation>
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
        <translation>Samskap använder %1 från nästa start. Vill du starta om nu?</translation>
    </message>
</context>
<context>
    <name>LinkStakeholderDialog</name>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt aktörer</translation>
    </message>
    <message>
        <source>Who is affected by this, and who owns it (can act on it)?
«%1»</source>
        <translation>Vem berörs av detta, och vem äger det (kan göra något åt det)?
”%1”</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Berörd</translation>
    </message>
    <message>
        <source>Owns it</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>This workshop has no stakeholders yet. Add them on the stakeholder map first.</source>
        <translation>Den här workshopen har inga aktörer ännu. Lägg först till dem på aktörskartan.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Waiting: no mail server is set up (Outbox &gt; Mail server…).</source>
        <translation>Väntar: ingen e-postserver är inställd (Utkorg &gt; E-postserver …).</translation>
    </message>
    <message>
        <source>Waiting for the mail server password: press Retry now.</source>
        <translation>Väntar på lösenordet till e-postservern: tryck på Försök igen nu.</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2. The server refused:</source>
        <translation>Levererat till %1 av %2. Servern avvisade:</translation>
    </message>
    <message>
        <source>Not delivered. The server refused:</source>
        <translation>Inte levererat. Servern avvisade:</translation>
    </message>
    <message>
        <source>The server asked to try these recipients again later:</source>
        <translation>Servern bad om att försöka med de här mottagarna igen senare:</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Avsändaradressen är inte en giltig e-postadress.</translation>
    </message>
    <message>
        <source>There is no valid recipient.</source>
        <translation>Det finns ingen giltig mottagare.</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>Utkastet kunde inte skrivas till %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 was made by a newer Samskap.</source>
        <translation>Utkorgen %1 skapades av en nyare version av Samskap.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>Utkorgen %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>Samskap stopped while this message was being handed to the server, so it may have been delivered. Check with a recipient or in your mail&apos;s Sent folder before you send it again.</source>
        <translation>Samskap stoppades medan meddelandet lämnades över till servern, så det kan ha levererats. Fråga en mottagare eller titta i mappen Skickat i ditt e-postprogram innan du skickar det igen.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: choose another security setting.</source>
        <translation>Servern erbjuder inte STARTTLS: välj en annan säkerhetsinställning.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Servern nekade anslutningen</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Den säkra anslutningen misslyckades: %1</translation>
    </message>
    <message>
        <source>The server refused the sender %1</source>
        <translation>Servern nekade avsändaren %1</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Servern nekade meddelandet</translation>
    </message>
    <message>
        <source>The connection broke while the message was being handed over; it may have been delivered (%1).</source>
        <translation>Anslutningen bröts medan meddelandet lämnades över; det kan ha levererats (%1).</translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation>Servern erbjuder ingen inloggning på den här anslutningen.</translation>
    </message>
    <message>
        <source>The server could not check the login now</source>
        <translation>Servern kunde inte kontrollera inloggningen just nu</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Servern godtog inte användarnamnet eller lösenordet</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>E-postservern %1 svarade inte i tid.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: is there a network?</source>
        <translation>E-postservern %1 kan inte hittas: finns det någon nätverksanslutning?</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection: is it reachable from here?</source>
        <translation>E-postservern %1 nekade anslutningen: går den att nå härifrån?</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection.</source>
        <translation>E-postservern %1 stängde anslutningen.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Kan inte nå e-postservern %1: %2</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E&amp;mail summary…</source>
        <translation>E-posta sa&amp;mmanfattningen …</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Utkorg …</translation>
    </message>
    <message>
        <source>The outbox cannot be opened</source>
        <translation>Utkorgen kan inte öppnas</translation>
    </message>
    <message>
        <source>The summary is in the outbox and is being sent.</source>
        <translation>Sammanfattningen ligger i utkorgen och skickas nu.</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>Utkorgen kan inte användas</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 recipients.</source>
        <translation>Skickade ”%1” till %2 mottagare.</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox: correct an address there to send it to that person only.</source>
        <translation>Det ligger kvar i Arkiv &gt; Utkorg: rätta en adress där för att skicka det bara till den personen.</translation>
    </message>
    <message>
        <source>The mail server refused a message</source>
        <translation>E-postservern nekade ett meddelande</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox, where you can send it again once the problem is fixed.</source>
        <translation>Det ligger kvar i Arkiv &gt; Utkorg, där du kan skicka det igen när problemet är löst.</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>Ett meddelande kanske inte har skickats</translation>
    </message>
    <message>
        <source>See File &gt; Outbox before you send it again.</source>
        <translation>Titta i Arkiv &gt; Utkorg innan du skickar det igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Faser och tavlor</translation>
    </message>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorer på den här tavlan</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna …</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Spara s&amp;om …</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exportera som JSON …</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importera JSON …</translation>
    </message>
    <message>
        <source>Export &amp;summary (PDF)…</source>
        <translation>E&amp;xportera sammanfattning (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Stäng workshopen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>Personupp&amp;gifter …</translation>
    </message>
    <message>
        <source>Participants p&amp;anel</source>
        <translation>&amp;Deltagarpanel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia …</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>N&amp;ytt möte …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>&amp;Template library…</source>
        <translation>Mall&amp;bibliotek …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Ångra %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Gör om %s</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Lapp</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Färg</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>Pro&amp;blemkarta</translation>
    </message>
    <message>
        <source>Select notes &amp;by sector</source>
        <translation>&amp;Markera lappar efter sektor</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavla</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Sta&amp;keholders</source>
        <translation>A&amp;ktörer</translation>
    </message>
    <message>
        <source>V&amp;ote</source>
        <translation>Rö&amp;stning</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piltyp</translation>
    </message>
    <message>
        <source>S&amp;ectors of the selected notes</source>
        <translation>&amp;Sektorer för de markerade lapparna</translation>
    </message>
    <message>
        <source>Dot voting &amp;panel</source>
        <translation>Prickröstnings&amp;panel</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About Samskap</source>
        <translation>&amp;Om Samskap</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Öppnad endast för visning</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshoppar (*%s)</translation>
    </message>
    <message>
        <source>Export workshop as JSON</source>
        <translation>Exportera workshopen som JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan inte exportera</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Skriver sammanfattningen …</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>Kan inte exportera sammanfattningen</translation>
    </message>
    <message>
        <source>Summary saved as %s</source>
        <translation>Sammanfattningen sparades som %s</translation>
    </message>
    <message>
        <source>Import workshop from JSON</source>
        <translation>Importera workshop från JSON</translation>
    </message>
    <message>
        <source>Reading the workshop to import…</source>
        <translation>Läser workshopen som ska importeras …</translation>
    </message>
    <message>
        <source>Writing the imported workshop…</source>
        <translation>Skriver den importerade workshopen …</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <source>Save imported workshop as</source>
        <translation>Spara den importerade workshopen som</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skrivskyddad)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>NOT SAVED: trying again…</source>
        <translation>INTE SPARAD: försöker igen …</translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Inga senaste workshoppar</translation>
    </message>
    <message>
        <source>No sector tags on this board</source>
        <translation>Inga sektormärkningar på den här tavlan</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
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
Workshoppar i samskapande för kommuner.
Allt stannar på den här datorn; ingenting skickas någonstans.</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Connect notes</source>
        <translation>Koppla ihop lappar</translation>
    </message>
    <message>
        <source>Arrow kind: %1</source>
        <translation>Piltyp: %1</translation>
    </message>
    <message>
        <source>Arrow label</source>
        <translation>Piletikett</translation>
    </message>
    <message>
        <source>What does this arrow say? (empty for none)</source>
        <translation>Vad säger den här pilen? (lämna tomt för ingen text)</translation>
    </message>
    <message>
        <source>Add frame</source>
        <translation>Ny ram</translation>
    </message>
    <message>
        <source>Title of the frame:</source>
        <translation>Ramens titel:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Byt namn på ram</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Lägg till sektorn %1</translation>
    </message>
    <message>
        <source>Untag %1</source>
        <translation>Ta bort sektorn %1</translation>
    </message>
    <message>
        <source>Select one note to link stakeholders to it</source>
        <translation>Markera en lapp för att knyta aktörer till den</translation>
    </message>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt aktörer</translation>
    </message>
    <message>
        <source>Nothing to tidy: the floke tree is tidy, or has no arrows to a problem yet</source>
        <translation>Inget att ordna: problemträdet är redan ordnat eller har ännu inga pilar till ett problem</translation>
    </message>
    <message>
        <source>Tidy floke tree</source>
        <translation>Ordna problemträdet</translation>
    </message>
</context>
<context>
    <name>MapInteractions</name>
    <message>
        <source>Connect: click the note the arrow starts from (Tab and Enter to pick, Esc to stop)</source>
        <translation>Koppla ihop: klicka på lappen där pilen börjar (Tabb och Enter för att välja, Esc för att avbryta)</translation>
    </message>
    <message>
        <source>Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)</source>
        <translation>Koppla ihop: klicka på lappen som pilen pekar mot (Tabb och Enter för att välja, Esc för att avbryta)</translation>
    </message>
    <message>
        <source>Move frame</source>
        <translation>Flytta ram</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Ändra storlek på ram</translation>
    </message>
</context>
<context>
    <name>MeetingChooser</name>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>An earlier or later meeting: its agenda is shown read-only.</source>
        <translation>Ett tidigare eller senare möte: programmet visas skrivskyddat.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuellt)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Om mötet</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Uppföljningsmöte</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Starttid:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
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
        <translation>F&amp;as:</translation>
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
        <translation>Vilka var där</translation>
    </message>
    <message>
        <source>&amp;Who attended:</source>
        <translation>&amp;Vilka var där:</translation>
    </message>
    <message>
        <source>Carried over: the open actions (%1), the stakeholder map and every board.</source>
        <translation>Följer med: de öppna åtgärderna (%1), aktörskartan och alla tavlor.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Skapa workshop</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Change colour</source>
        <translation>Ändra färg</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flytta lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flytta lappar</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytta längst fram</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Flytta längst bak</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
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
        <translation>Berörda: %1</translation>
    </message>
    <message>
        <source>Owns it: %1</source>
        <translation>Ägare: %1</translation>
    </message>
</context>
<context>
    <name>OneScreen</name>
    <message>
        <source>The wall would be hard to read</source>
        <translation>Väggen blir svår att läsa</translation>
    </message>
    <message>
        <source>The audience view will cover this screen, and its note text would be %1 px; the back row needs %2 px.</source>
        <translation>Publikvyn kommer att täcka den här skärmen, och lapparnas text blir %1 px; bakersta raden behöver %2 px.</translation>
    </message>
    <message>
        <source>Show one frame at a time (PgDown and PgUp move between frames), or zoom in on your board and choose Present &gt; Show what I see. Esc ends presenting.</source>
        <translation>Visa en ram i taget (PgDown och PgUp bläddrar mellan ramarna), eller zooma in på din tavla och välj Presentera &gt; Visa det jag ser. Esc avslutar presentationen.</translation>
    </message>
    <message>
        <source>Present one &amp;frame at a time</source>
        <translation>Presentera en &amp;ram i taget</translation>
    </message>
    <message>
        <source>Present the &amp;whole board</source>
        <translation>Presentera hela &amp;tavlan</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Utkorg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Försök</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Försök &amp;igen nu</translation>
    </message>
    <message>
        <source>&amp;Correct address…</source>
        <translation>&amp;Rätta adress …</translation>
    </message>
    <message>
        <source>Correct an address the server refused and send to that person only.</source>
        <translation>Rätta en adress som servern avvisade och skicka bara till den personen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;E-postserver …</translation>
    </message>
    <message>
        <source>This message may already have been delivered. Send it again? Recipients may get it twice.</source>
        <translation>Det här meddelandet kan redan ha levererats. Vill du skicka det igen? Mottagarna kan få det två gånger.</translation>
    </message>
    <message>
        <source>The address was not corrected</source>
        <translation>Adressen rättades inte</translation>
    </message>
    <message>
        <source>The message changed meanwhile (it may be being sent). Look at it again in the outbox.</source>
        <translation>Meddelandet har ändrats under tiden (det kanske skickas just nu). Titta på det igen i utkorgen.</translation>
    </message>
    <message>
        <source>Delete “%1”? It will not be sent.</source>
        <translation>Ta bort ”%1”? Det kommer inte att skickas.</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Delvis skickat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Skickas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Osäkert</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 och %2 till</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Nästa försök kl. %2.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utkorgen är tom.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Väntar: %1</translation>
    </message>
    <message>
        <source>Need your attention: %1</source>
        <translation>Kräver åtgärd: %1</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>skickar nu …</translation>
    </message>
    <message>
        <source>Waiting messages are sent by themselves, once, when the mail server can be reached.</source>
        <translation>Väntande meddelanden skickas automatiskt, en gång, när e-postservern går att nå.</translation>
    </message>
    <message>
        <source>Sent messages are deleted after %1 days.</source>
        <translation>Skickade meddelanden tas bort efter %1 dagar.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Type them in, or paste a list from a spreadsheet or an email. Names stay on this computer.</source>
        <translation>Skriv in dem, eller klistra in en lista från ett kalkylark eller ett e-postmeddelande. Namnen stannar på den här datorn.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Kopiera adressen för att delta</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Delta</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adress:</translation>
    </message>
    <message>
        <source>Room code:</source>
        <translation>Rumskod:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Nätverk:</translation>
    </message>
    <message>
        <source>&amp;Anonymous writing (notes carry no names)</source>
        <translation>&amp;Anonymt skrivande (lapparna får inga namn)</translation>
    </message>
    <message>
        <source>New phones may &amp;join</source>
        <translation>Nya mobiler får &amp;ansluta</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>Inställningar för delning</translation>
    </message>
    <message>
        <source>Phones write to:</source>
        <translation>Mobilerna skriver till:</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Ta bort mobil</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Mobiler</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Lappar från mobiler</translation>
    </message>
    <message>
        <source>Connected: a phone has joined, so phones can reach this laptop.</source>
        <translation>Ansluten: en mobil har anslutit, så mobilerna når den här datorn.</translation>
    </message>
    <message>
        <source>Open a workshop to let participants join.</source>
        <translation>Öppna en workshop för att låta deltagarna ansluta.</translation>
    </message>
    <message>
        <source>Sharing is off: nothing listens on the network.</source>
        <translation>Delning är av: inget lyssnar på nätverket.</translation>
    </message>
    <message>
        <source>Scan the code with your own phone first: the page says Connected.</source>
        <translation>Skanna koden med din egen mobil först: sidan säger Ansluten.</translation>
    </message>
    <message>
        <source>No phone has joined yet. Check that the phones are on the same network as this laptop; that it is not a guest Wi-Fi, which keeps devices apart; that the address matches the network (Network, above); and, on Windows, that the firewall allows Samskap on private networks (README: For the IT department).</source>
        <translation>Ingen mobil har anslutit än. Kontrollera att mobilerna är på samma nätverk som den här datorn; att det inte är ett gästnätverk, som håller enheterna isär; att adressen passar nätverket (Nätverk, ovan); och, på Windows, att brandväggen tillåter Samskap på privata nätverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatiskt</translation>
    </message>
    <message>
        <source>The current step&apos;s board</source>
        <translation>Tavlan för aktuellt steg</translation>
    </message>
    <message>
        <source>(%1 waiting)</source>
        <translation>(%1 väntar)</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Anslutna mobiler: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsTable</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-post (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Lägg till rad</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Ta bort rad</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Klistra in lista</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, CSV lines, or an email&apos;s list of addresses (Name &lt;email&gt;)</source>
        <translation>Klistra in rader som kopierats från ett kalkylark, CSV-rader eller adresslistan i ett e-postmeddelande (Namn &lt;e-post&gt;)</translation>
    </message>
    <message>
        <source>The clipboard holds no list of names.</source>
        <translation>Det finns ingen namnlista i Urklipp.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>%1 email address(es) look wrong (marked red): correct or clear them.</source>
        <translation>%1 e-postadress(er) ser felaktiga ut (rödmarkerade): rätta eller radera dem.</translation>
    </message>
    <message>
        <source>%1 participant(s). You can add them later too.</source>
        <translation>%1 deltagare. Du kan också lägga till dem senare.</translation>
    </message>
</context>
<context>
    <name>PeopleTree</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>on the cover of the summary</source>
        <translation>på framsidan av sammanfattningen</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltagare (%1)</translation>
    </message>
    <message>
        <source>Note authors (%1): notes written</source>
        <translation>Lappförfattare (%1): skrivna lappar</translation>
    </message>
    <message>
        <source>Votes (%1 voters): dots given</source>
        <translation>Röster (%1 röstande): givna prickar</translation>
    </message>
    <message>
        <source>anonymous phone %1</source>
        <translation>anonym mobil %1</translation>
    </message>
    <message>
        <source>already anonymous</source>
        <translation>redan anonym</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <source>Stakeholders who are persons (%1)</source>
        <translation>Aktörer som är privatpersoner (%1)</translation>
    </message>
    <message>
        <source>Phones that joined with a name (%1)</source>
        <translation>Mobiler som anslöt med ett namn (%1)</translation>
    </message>
    <message>
        <source>votes as %1</source>
        <translation>röstar som %1</translation>
    </message>
    <message>
        <source>Notes sent from phones (%1): notes each</source>
        <translation>Lappar skickade från mobiler (%1): lappar var</translation>
    </message>
    <message>
        <source>Responsible for actions (%1): actions each</source>
        <translation>Ansvariga för åtgärder (%1): åtgärder var</translation>
    </message>
    <message>
        <source>not a participant</source>
        <translation>inte deltagare</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltagare %1</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Ta bort en person</translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymisera deltagarna</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>What this workshop file holds about people. Removing a person keeps their notes and dots without their name. Names written inside the text of notes are not found here: look through the boards for those.</source>
        <translation>Vad den här workshopfilen innehåller om personer. När en person tas bort står deras lappar och prickar kvar utan namn. Namn som står i texten på lappar hittas inte här: gå igenom tavlorna efter dem.</translation>
    </message>
    <message>
        <source>&amp;Remove this person everywhere</source>
        <translation>&amp;Ta bort den här personen överallt</translation>
    </message>
    <message>
        <source>&amp;Anonymise all participants</source>
        <translation>&amp;Anonymisera alla deltagare</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: nothing in it can be changed.</source>
        <translation>Den här workshopen är öppnad skrivskyddad här: inget i den kan ändras.</translation>
    </message>
    <message>
        <source>%1 was removed from this workshop.</source>
        <translation>%1 har tagits bort från den här workshopen.</translation>
    </message>
    <message>
        <source>There is nothing left to anonymise.</source>
        <translation>Det finns inget mer att anonymisera.</translation>
    </message>
    <message>
        <source>The participants were anonymised.</source>
        <translation>Deltagarna har anonymiserats.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Redigera &gt; Ångra tar tillbaka allt.</translation>
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
        <translation>Faser och tavlor</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Ny tavla …</translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation>Byt namn på tavla …</translation>
    </message>
    <message>
        <source>Move board up</source>
        <translation>Flytta tavlan uppåt</translation>
    </message>
    <message>
        <source>Move board down</source>
        <translation>Flytta tavlan nedåt</translation>
    </message>
    <message>
        <source>Delete board…</source>
        <translation>Ta bort tavla …</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>Name of the new board in %s:</source>
        <translation>Namn på den nya tavlan i %s:</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavla</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Byt namn på tavla</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Ta bort tavla</translation>
    </message>
    <message>
        <source>Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.</source>
        <translation>Ta bort tavlan ”%1” och dess %2 lappar? Du kan ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PhaseRole</name>
    <message>
        <source>Co-initiator</source>
        <translation>Co-initierare</translation>
    </message>
    <message>
        <source>Co-designer</source>
        <translation>Co-designer</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Co-implementerare</translation>
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
        <translation>Utgå från en plan med övningar, eller från en tom agenda.</translation>
    </message>
    <message>
        <source>Empty agenda (a board in each phase)</source>
        <translation>Tom agenda (en tavla i varje fas)</translation>
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
        <translation>Fas</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Three boards to start with: a floke map, ideas and an action plan. Add steps later.</source>
        <translation>Tre tavlor att börja med: en problemkarta, idéer och en handlingsplan. Lägg till steg senare.</translation>
    </message>
    <message>
        <source>%1 steps, %2 min in all</source>
        <translation>%1 steg, %2 min totalt</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutar %1</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Start presenting</source>
        <translation>&amp;Starta presentationen</translation>
    </message>
    <message>
        <source>Stop p&amp;resenting</source>
        <translation>&amp;Avsluta presentationen</translation>
    </message>
    <message>
        <source>Show the whole &amp;board</source>
        <translation>Visa hela &amp;tavlan</translation>
    </message>
    <message>
        <source>Show one &amp;frame at a time</source>
        <translation>Visa en &amp;ram i taget</translation>
    </message>
    <message>
        <source>Show what &amp;I see</source>
        <translation>Visa det &amp;jag ser</translation>
    </message>
    <message>
        <source>N&amp;ext frame</source>
        <translation>&amp;Nästa ram</translation>
    </message>
    <message>
        <source>Pre&amp;vious frame</source>
        <translation>&amp;Föregående ram</translation>
    </message>
    <message>
        <source>Free&amp;ze the wall</source>
        <translation>Fr&amp;ys väggen</translation>
    </message>
    <message>
        <source>B&amp;lank the wall</source>
        <translation>S&amp;läck väggen</translation>
    </message>
    <message>
        <source>A&amp;udience screen</source>
        <translation>&amp;Publikskärm</translation>
    </message>
    <message>
        <source>Present one frame at a time</source>
        <translation>Presentera en ram i taget</translation>
    </message>
    <message>
        <source>This board has no frames: the wall shows all of it.</source>
        <translation>Den här tavlan har inga ramar: väggen visar hela tavlan.</translation>
    </message>
    <message>
        <source>PgDown: one frame at a time. Esc: back to your window.</source>
        <translation>PgDown: en ram i taget. Esc: tillbaka till ditt fönster.</translation>
    </message>
    <message>
        <source>Esc: back to your window, to zoom in and choose Present &gt; Show what I see.</source>
        <translation>Esc: tillbaka till ditt fönster, för att zooma in och välja Presentera &gt; Visa det jag ser.</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skärm</translation>
    </message>
    <message>
        <source>, this window&apos;s screen</source>
        <translation>, det här fönstrets skärm</translation>
    </message>
    <message>
        <source>Note text on the wall is %1 px; the back row needs %2 px.</source>
        <translation>Lapptexten på väggen är %1 px; bakersta raden behöver %2 px.</translation>
    </message>
    <message>
        <source>The whole board is too full to read from the back row.</source>
        <translation>Hela tavlan är för full för att kunna läsas från bakersta raden.</translation>
    </message>
    <message>
        <source>This frame is too full to read from the back row.</source>
        <translation>Den här ramen är för full för att kunna läsas från bakersta raden.</translation>
    </message>
    <message>
        <source>Zoom in to make the wall readable.</source>
        <translation>Zooma in så att det går att läsa på väggen.</translation>
    </message>
    <message>
        <source>A screen was connected: the audience view moved to it.</source>
        <translation>En skärm anslöts: publikvyn flyttades dit.</translation>
    </message>
    <message>
        <source>A screen was connected: Present &gt; Start presenting (F5) shows the room&apos;s view on it.</source>
        <translation>En skärm anslöts: Presentera &gt; Starta presentationen (F5) visar publikvyn på den.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: the audience view moved to %1.</source>
        <translation>Publikskärmen kopplades bort: publikvyn flyttades till %1.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: presenting stopped. F5 presents again.</source>
        <translation>Publikskärmen kopplades bort: presentationen avslutades. Tryck F5 för att presentera igen.</translation>
    </message>
</context>
<context>
    <name>ProjectorBoardView</name>
    <message>
        <source>Board as the room sees it</source>
        <translation>Tavlan som publiken ser den</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <source>&amp;Next step</source>
        <translation>Nästa ste&amp;g</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Föregående st&amp;eg</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>Starta eller pausa ti&amp;mern</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Samskap — audience view</source>
        <translation>Samskap — publikvy</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Manage closely</source>
        <translation>Hantera nära</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Håll nöjd</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Håll informerad</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Bevaka</translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <source>Release notes from phones (%1)</source>
        <translation>Släpp lappar från mobiler (%1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first.</source>
        <translation>Säkerhetskopior av ”%1”, nyaste först.</translation>
    </message>
    <message>
        <source>Backups of all workshops, newest first.</source>
        <translation>Säkerhetskopior av alla workshoppar, nyaste först.</translation>
    </message>
    <message>
        <source>Restoring makes a new workshop file from the backup and opens it; no file is replaced.</source>
        <translation>Återställningen skapar en ny workshopfil från säkerhetskopian och öppnar den; ingen fil ersätts.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made while a workshop is changed.</source>
        <translation>Det finns inga säkerhetskopior ännu. De skapas medan en workshop ändras.</translation>
    </message>
    <message>
        <source>&amp;Restore as a new file</source>
        <translation>Återställ som en &amp;ny fil</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorer på den här tavlan</translation>
    </message>
    <message>
        <source>Select the notes tagged %1</source>
        <translation>Markera lapparna märkta med %1</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Health and care</source>
        <translation>Vård och omsorg</translation>
    </message>
    <message>
        <source>Schools and childhood</source>
        <translation>Skola och förskola</translation>
    </message>
    <message>
        <source>NAV (welfare)</source>
        <translation>Arbete och välfärd (NAV)</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Technical services</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Boende</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Civilsamhälle</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Näringsliv</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>HC</source>
        <comment>health and care</comment>
        <translation>VO</translation>
    </message>
    <message>
        <source>SCH</source>
        <comment>schools and childhood</comment>
        <translation>SKO</translation>
    </message>
    <message>
        <source>NAV</source>
        <comment>the welfare administration</comment>
        <translation>AV</translation>
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
        <translation>BO</translation>
    </message>
    <message>
        <source>TRA</source>
        <comment>transport</comment>
        <translation>TRA</translation>
    </message>
    <message>
        <source>VOL</source>
        <comment>volunteers</comment>
        <translation>CIV</translation>
    </message>
    <message>
        <source>BUS</source>
        <comment>business</comment>
        <translation>NÄR</translation>
    </message>
    <message>
        <source>FIN</source>
        <comment>finance</comment>
        <translation>EKO</translation>
    </message>
    <message>
        <source>OTH</source>
        <comment>other</comment>
        <translation>ÖVR</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Let participants &amp;join</source>
        <translation>Låt deltagarna ansl&amp;uta</translation>
    </message>
    <message>
        <source>Let participants join from their phones on this network</source>
        <translation>Låt deltagarna ansluta från sina mobiler på det här nätverket</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>St&amp;oppa delning</translation>
    </message>
    <message>
        <source>Show the join &amp;code on the wall</source>
        <translation>Visa &amp;koden för att delta på väggen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>anonymous %1</source>
        <translation>anonym %1</translation>
    </message>
    <message>
        <source>This laptop does not allow Samskap to listen on the network. Ask your IT department to allow Samskap on private networks (README: For the IT department).</source>
        <translation>Den här datorn tillåter inte Samskap att lyssna på nätverket. Be IT-avdelningen tillåta Samskap på privata nätverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>This laptop is on no network phones can reach. Connect it to the hall&apos;s Wi-Fi, a phone&apos;s hotspot or a travel router, then try again.</source>
        <translation>Den här datorn är inte på ett nätverk som mobilerna når. Anslut den till lokalens Wi-Fi, en mobils surfzon eller en reserouter och försök igen.</translation>
    </message>
    <message>
        <source>Another program uses the network port. Close it, or try again.</source>
        <translation>Ett annat program använder nätverksporten. Stäng det, eller försök igen.</translation>
    </message>
    <message>
        <source>Sharing could not start: %1</source>
        <translation>Delningen kunde inte starta: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>double-click</source>
        <translation>dubbelklick</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ny lapp</translation>
    </message>
    <message>
        <source>double-click a note</source>
        <translation>dubbelklicka på en lapp</translation>
    </message>
    <message>
        <source>Type in the selected note</source>
        <translation>Skriv i den markerade lappen</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Sluta skriva</translation>
    </message>
    <message>
        <source>Colour of the selected notes</source>
        <translation>Färg på de markerade lapparna</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <source>Move the selected notes</source>
        <translation>Flytta de markerade lapparna</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Ta bort de markerade lapparna</translation>
    </message>
    <message>
        <source>click</source>
        <translation>klick</translation>
    </message>
    <message>
        <source>Select all, add to the selection</source>
        <translation>Markera allt, lägg till i markeringen</translation>
    </message>
    <message>
        <source>Cut, copy, paste, duplicate</source>
        <translation>Klipp ut, kopiera, klistra in, duplicera</translation>
    </message>
    <message>
        <source>Bring to front, send to back</source>
        <translation>Flytta längst fram, flytta längst bak</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Ångra, gör om</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>hjul</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zooma</translation>
    </message>
    <message>
        <source>Fit all, actual size</source>
        <translation>Visa allt, verklig storlek</translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation>Blanksteg+dra, dra med mittenknappen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorera</translation>
    </message>
    <message>
        <source>Add a board, move it up or down</source>
        <translation>Ny tavla, flytta den uppåt eller nedåt</translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation>Problemkarta</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
    </message>
    <message>
        <source>(in the table)</source>
        <translation>(i tabellen)</translation>
    </message>
    <message>
        <source>Add a stakeholder</source>
        <translation>Ny aktör</translation>
    </message>
    <message>
        <source>(on the grid)</source>
        <translation>(i matrisen)</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Redigera den markerade aktören</translation>
    </message>
    <message>
        <source>Arrow keys (on the grid)</source>
        <translation>Piltangenter (i matrisen)</translation>
    </message>
    <message>
        <source>Move the selected card: power and interest</source>
        <translation>Flytta det markerade kortet: makt och intresse</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>Start a vote, record dots</source>
        <translation>Starta en röstning, registrera prickar</translation>
    </message>
    <message>
        <source>(while recording)</source>
        <translation>(under registreringen)</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Vem som röstar</translation>
    </message>
    <message>
        <source>click, right-click or Shift+click a note</source>
        <translation>klicka, högerklicka eller Skift+klicka på en lapp</translation>
    </message>
    <message>
        <source>Add a dot, take one back</source>
        <translation>Lägg till en prick, ta tillbaka en</translation>
    </message>
    <message>
        <source>Reveal the result, results and top ideas</source>
        <translation>Visa resultatet, resultat och toppidéer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
    <message>
        <source>Draw an arrow between two notes</source>
        <translation>Rita en pil mellan två lappar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Next kind for the selected arrow</source>
        <translation>Nästa typ för den markerade pilen</translation>
    </message>
    <message>
        <source>Select the next or previous frame, note or arrow</source>
        <translation>Markera nästa eller föregående ram, lapp eller pil</translation>
    </message>
    <message>
        <source>Add a frame</source>
        <translation>Ny ram</translation>
    </message>
    <message>
        <source>Label of the selected arrow, title of the selected frame</source>
        <translation>Etikett på den markerade pilen, titel på den markerade ramen</translation>
    </message>
    <message>
        <source>Link stakeholders to the selected note</source>
        <translation>Knyt aktörer till den markerade lappen</translation>
    </message>
    <message>
        <source>Tidy the floke tree</source>
        <translation>Ordna problemträdet</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Väggen</translation>
    </message>
    <message>
        <source>Start presenting, stop presenting</source>
        <translation>Starta presentationen, avsluta presentationen</translation>
    </message>
    <message>
        <source>While presenting: next, previous frame</source>
        <translation>Under presentationen: nästa, föregående ram</translation>
    </message>
    <message>
        <source>While presenting: freeze, blank the wall</source>
        <translation>Under presentationen: frys, släck väggen</translation>
    </message>
    <message>
        <source>Next, previous agenda step; start or pause its timer</source>
        <translation>Nästa, föregående agendasteg; starta eller pausa stegets timer</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Agenda och timer</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>Nästa steg, föregående steg</translation>
    </message>
    <message>
        <source>Start or pause the timer, add a minute</source>
        <translation>Starta eller pausa timern, lägg till en minut</translation>
    </message>
    <message>
        <source>(in the agenda)</source>
        <translation>(i agendan)</translation>
    </message>
    <message>
        <source>Rename, move the selected step</source>
        <translation>Byt namn på det markerade steget, flytta det</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in Samskap&apos;s own files.</source>
        <translation>Lösenordet sparas i systemets nyckelring, aldrig i Samskaps egna filer.</translation>
    </message>
    <message>
        <source>This computer has no system keyring Samskap can use, so the password is kept in memory only: Samskap asks for it again after a restart, and messages wait in the outbox until then.</source>
        <translation>Den här datorn har ingen systemnyckelring som Samskap kan använda, så lösenordet finns bara i minnet: Samskap frågar efter det igen efter en omstart, och meddelandena väntar i utkorgen tills dess.</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Lösenord till e-postservern</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Lösenord för %1 på %2:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
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
        <translation>t.ex. smtp.office365.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (oftast port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (oftast port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local servers only)</source>
        <translation>Ingen: okrypterad (endast lokala servrar)</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>tomt om servern inte kräver inloggning</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>oförändrat</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>du@kommun.se</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Säk&amp;erhet:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Avsän&amp;daradress:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Avsändar&amp;namn:</translation>
    </message>
    <message>
        <source>Type the name of the mail server, e.g. smtp.example.no.</source>
        <translation>Skriv namnet på e-postservern, t.ex. smtp.example.se.</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Avsändaradressen är inte en giltig e-postadress.</translation>
    </message>
</context>
<context>
    <name>StakeholderCardItem</name>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
</context>
<context>
    <name>StakeholderCategory</name>
    <message>
        <source>Politicians</source>
        <translation>Politiker</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionella</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experter</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Föreningar</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Medborgare</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Stakeholder</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
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
        <translation>&amp;Intresse:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Matris:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltagare:</translation>
    </message>
    <message>
        <source>Role in each phase</source>
        <translation>Roll i varje fas</translation>
    </message>
    <message>
        <source>Selection criteria (Sørensen)</source>
        <translation>Urvalskriterier (Sørensen)</translation>
    </message>
</context>
<context>
    <name>StakeholderEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Ny aktör</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Ta bort aktör</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Ta bort aktörer</translation>
    </message>
    <message>
        <source>Add participant as stakeholder</source>
        <translation>Lägg till deltagare som aktör</translation>
    </message>
    <message>
        <source>Add participants as stakeholders</source>
        <translation>Lägg till deltagare som aktörer</translation>
    </message>
    <message>
        <source>Make stakeholder a participant</source>
        <translation>Gör aktören till deltagare</translation>
    </message>
    <message>
        <source>Make stakeholders participants</source>
        <translation>Gör aktörerna till deltagare</translation>
    </message>
</context>
<context>
    <name>StakeholderGaps</name>
    <message>
        <source>Nobody from the category %1 is on the map.</source>
        <translation>Ingen från kategorin %1 finns på kartan.</translation>
    </message>
    <message>
        <source>%1 has much power and interest but no role in any phase.</source>
        <translation>%1 har mycket makt och intresse men ingen roll i någon fas.</translation>
    </message>
    <message>
        <source>The map is empty: add the actors who are affected or can contribute.</source>
        <translation>Kartan är tom: lägg till de aktörer som berörs eller kan bidra.</translation>
    </message>
    <message>
        <source>Nobody meets the effectiveness criterion: who has resources to solve the task?</source>
        <translation>Ingen uppfyller effektivitetskriteriet: vem har resurser att lösa uppgiften?</translation>
    </message>
    <message>
        <source>Nobody meets the democracy criterion: who ought to have influence?</source>
        <translation>Ingen uppfyller demokratikriteriet: vem borde ha inflytande?</translation>
    </message>
    <message>
        <source>Nobody meets the innovation criterion: who has creative ideas and capacity?</source>
        <translation>Ingen uppfyller innovationskriteriet: vem har kreativa idéer och förmåga?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-initiation: who helps define the problem?</source>
        <translation>Ingen har en roll i co-initieringen: vem hjälper till att definiera problemet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-design: who helps shape the solutions?</source>
        <translation>Ingen har en roll i co-designen: vem hjälper till att forma lösningarna?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-implementation: who can carry the solution out?</source>
        <translation>Ingen har en roll i co-implementeringen: vem kan genomföra lösningen?</translation>
    </message>
    <message>
        <source>Nobody is in Manage closely: is there no one with both power and interest?</source>
        <translation>Rutan Hantera nära är tom: finns det ingen med både makt och intresse?</translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Power and interest grid</source>
        <translation>Makt- och intressematris</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Intresse →</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>Makt →</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flytta aktör</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flytta aktörer</translation>
    </message>
</context>
<context>
    <name>StakeholderMapWidget</name>
    <message>
        <source>Power and interest &amp;grid</source>
        <translation>&amp;Makt- och intressematris</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabell</translation>
    </message>
    <message>
        <source>S&amp;ummary and gaps</source>
        <translation>&amp;Sammanfattning och luckor</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Ny aktör</translation>
    </message>
    <message>
        <source>&amp;Edit stakeholder…</source>
        <translation>&amp;Redigera aktör …</translation>
    </message>
    <message>
        <source>&amp;Delete stakeholder</source>
        <translation>Ta &amp;bort aktör</translation>
    </message>
    <message>
        <source>Add &amp;participants as stakeholders</source>
        <translation>Lägg till &amp;deltagare som aktörer</translation>
    </message>
    <message>
        <source>&amp;Make participant</source>
        <translation>&amp;Gör till deltagare</translation>
    </message>
    <message>
        <source>Add the selected stakeholders to the workshop&apos;s participants</source>
        <translation>Lägg till de markerade aktörerna bland workshopens deltagare</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktörskarta</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Redigera aktör</translation>
    </message>
    <message>
        <source>%1 participants added to the map</source>
        <translation>%1 deltagare har lagts till på kartan</translation>
    </message>
    <message>
        <source>Every participant is already on the map</source>
        <translation>Alla deltagare finns redan på kartan</translation>
    </message>
    <message>
        <source>%1 stakeholders are now participants</source>
        <translation>%1 aktörer är nu deltagare</translation>
    </message>
    <message>
        <source>Select stakeholders who are not participants yet</source>
        <translation>Markera aktörer som inte är deltagare ännu</translation>
    </message>
</context>
<context>
    <name>StakeholderSummary</name>
    <message>
        <source>Stakeholder summary</source>
        <translation>Sammanfattning av aktörer</translation>
    </message>
    <message>
        <source>What the map lacks</source>
        <translation>Vad kartan saknar</translation>
    </message>
    <message>
        <source>Who is on the map (%1)</source>
        <translation>Vilka som finns på kartan (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Makt och intresse</translation>
    </message>
    <message>
        <source>Selection criterion</source>
        <translation>Urvalskriterium</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <translation>Intresse</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Redigera aktör</translation>
    </message>
</context>
<context>
    <name>StakeholderTableView</name>
    <message>
        <source>Stakeholder table</source>
        <translation>Aktörstabell</translation>
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
        <translation>Workshoppar i samskapande: co-initiering, co-design, co-implementering.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ppna …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshopen</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>N&amp;ytt möte …</translation>
    </message>
    <message>
        <source>The next meeting of the chosen recent workshop</source>
        <translation>Nästa möte i den valda senaste workshopen</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Senaste workshoppar</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Inga senaste workshoppar ännu.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Redigera steg</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Nytt steg</translation>
    </message>
    <message>
        <source>e.g. Welcome and round of names</source>
        <translation>t.ex. Välkomna och presentationsrunda</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the room is asked to do (shown to everyone)</source>
        <translation>Vad deltagarna ska göra (visas för alla)</translation>
    </message>
    <message>
        <source>Reminders for yourself: only you see these</source>
        <translation>Påminnelser till dig själv: bara du ser dem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>For the &amp;room:</source>
        <translation>För &amp;deltagarna:</translation>
    </message>
    <message>
        <source>Your &amp;notes:</source>
        <translation>Dina &amp;anteckningar:</translation>
    </message>
    <message>
        <source>Your notes are never shown to the room.</source>
        <translation>Dina anteckningar visas aldrig för deltagarna.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>For the room</source>
        <translation>För deltagarna</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Processledarens anteckningar</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Bara du ser detta</translation>
    </message>
    <message>
        <source>These notes are never shown to the room or on the projector.</source>
        <translation>De här anteckningarna visas aldrig för deltagarna eller på projektorn.</translation>
    </message>
    <message>
        <source>No instructions for the room. Edit… to write some.</source>
        <translation>Inga instruktioner till deltagarna. Välj Redigera … för att skriva några.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Inga anteckningar.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera …</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Inget steg</translation>
    </message>
    <message>
        <source>Add steps to the agenda, then double-click one to start it.</source>
        <translation>Lägg till steg i agendan och dubbelklicka sedan på ett steg för att starta det.</translation>
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
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the folder %s does not exist</source>
        <translation>mappen %s finns inte</translation>
    </message>
</context>
<context>
    <name>SummaryFileDialog</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>Exportera sammanfattningen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Public version: names of people replaced by role or organisation</source>
        <translation>Offentlig version: namn på personer ersatta med roll eller organisation</translation>
    </message>
    <message>
        <source>For the public record: participants&apos; names and emails, note authors, and the names of citizens and users on the stakeholder map are left out.</source>
        <translation>För allmän handling: deltagarnas namn och e-postadresser, författare till lappar och namn på invånare och brukare i aktörskartan utelämnas.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Möte:</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Template library</source>
        <translation>Mallbibliotek</translation>
    </message>
    <message>
        <source>&amp;Language of the templates:</source>
        <translation>&amp;Mallarnas språk:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera …</translation>
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
        <translation>Workshopplaner</translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read (%n)</source>
        <translation>
            <numerusform>Filer som inte kunde läsas (%n)</numerusform>
            <numerusform>Filer som inte kunde läsas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation>Mallen kan inte importeras</translation>
    </message>
    <message>
        <source>The template cannot be exported</source>
        <translation>Mallen kan inte exporteras</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes</source>
        <translation>%1 · cirka %2 minuter</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importera en mall</translation>
    </message>
    <message>
        <source>Samskap templates (*.json)</source>
        <translation>Samskap-mallar (*.json)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Exportera mallen</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>A note holds at most {max} characters.</source>
        <translation>En lapp rymmer högst {max} tecken.</translation>
    </message>
    <message>
        <source>A title holds at most {max} characters.</source>
        <translation>En rubrik rymmer högst {max} tecken.</translation>
    </message>
    <message>
        <source>A label holds at most {max} characters.</source>
        <translation>En etikett rymmer högst {max} tecken.</translation>
    </message>
    <message>
        <source>This text has {n}.</source>
        <translation>Den här texten har {n}.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Starta timern</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Återställ timern</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Lägg till en minut</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Pause timer</source>
        <translation>Pausa timern</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Inget steg valt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Övertid</translation>
    </message>
    <message>
        <source>Paused, over time</source>
        <translation>Pausad, övertid</translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation>Tiden är ute: %1</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Verk&amp;tygsfält</translation>
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
        <translation>id:t {id} finns två gånger</translation>
    </message>
    <message>
        <source>exactly one of &apos;participant_id&apos; and &apos;device_id&apos; must be set</source>
        <translation>exakt ett av &apos;participant_id&apos; och &apos;device_id&apos; måste vara satt</translation>
    </message>
    <message>
        <source>&apos;colour&apos; is not a #rrggbb colour</source>
        <translation>&apos;colour&apos; är inte en färg på formen #rrggbb</translation>
    </message>
    <message>
        <source>&apos;duration_min&apos; is not between 0 and 1440</source>
        <translation>&apos;duration_min&apos; är inte mellan 0 och 1440</translation>
    </message>
    <message>
        <source>&apos;timer_elapsed_s&apos; is not a finite number of seconds</source>
        <translation>&apos;timer_elapsed_s&apos; är inte ett ändligt antal sekunder</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not between 0 and 1</source>
        <translation>&apos;{field}&apos; är inte mellan 0 och 1</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to a missing entry {value}</source>
        <translation>&apos;{field}&apos; pekar på en post som saknas: {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the unknown value {value}</source>
        <translation>&apos;{field}&apos; har det okända värdet {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time ({value})</source>
        <translation>&apos;{field}&apos; är inte ett datum och en tid ({value})</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD ({value})</source>
        <translation>&apos;date&apos; är inte ett datum skrivet ÅÅÅÅ-MM-DD ({value})</translation>
    </message>
    <message>
        <source>&apos;start_time&apos; is not a time of day written HH:MM ({value})</source>
        <translation>&apos;start_time&apos; är inte en tid på dagen skriven TT:MM ({value})</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; is the frame itself</source>
        <translation>&apos;parent_id&apos; är ramen själv</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; leads round in a circle of frames</source>
        <translation>&apos;parent_id&apos; går runt i en cirkel av ramar</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; nests it {depth} frames deep; frames nest one level deep</source>
        <translation>&apos;parent_id&apos; lägger den {depth} ramar djupt; ramar ligger bara en nivå i varandra</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to {value}, which is on another board</source>
        <translation>&apos;{field}&apos; pekar på {value}, som ligger på en annan tavla</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a finite number</source>
        <translation>&apos;{field}&apos; är inte ett ändligt tal</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is outside {low} to {high}</source>
        <translation>&apos;{field}&apos; är utanför {low} till {high}</translation>
    </message>
    <message>
        <source>the size is not positive</source>
        <translation>storleken är inte positiv</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Voting now: %1</source>
        <translation>Röstar nu: %1</translation>
    </message>
    <message>
        <source>Recording dots: click a note to add a dot, right-click or Shift+click to take one back</source>
        <translation>Registrerar prickar: klicka på en lapp för att lägga till en prick, högerklicka eller Skift+klicka för att ta tillbaka en</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Starta röstning</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more dots.</source>
        <translation>Röstningen är avslutad: den tar inte emot fler prickar.</translation>
    </message>
    <message>
        <source>%1 does not vote in this vote.</source>
        <translation>%1 röstar inte i den här röstningen.</translation>
    </message>
    <message>
        <source>This note is outside the frame being voted on.</source>
        <translation>Den här lappen ligger utanför ramen som röstningen gäller.</translation>
    </message>
    <message>
        <source>%1 has used all %2 dots.</source>
        <translation>%1 har använt alla %2 prickar.</translation>
    </message>
    <message>
        <source>%1 already has a dot on this note: one dot per note in this vote.</source>
        <translation>%1 har redan en prick på den här lappen: en prick per lapp i den här röstningen.</translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation>%1 har ingen prick på den här lappen att ta tillbaka.</translation>
    </message>
    <message>
        <source>Choose who is voting first (number keys or the list).</source>
        <translation>Välj först vem som röstar (siffertangenterna eller listan).</translation>
    </message>
    <message>
        <source>Add dot</source>
        <translation>Lägg till prick</translation>
    </message>
    <message>
        <source>Dot for %1 (%2 left)</source>
        <translation>Prick för %1 (%2 kvar)</translation>
    </message>
    <message>
        <source>Remove dot</source>
        <translation>Ta bort prick</translation>
    </message>
    <message>
        <source>Reveal vote</source>
        <translation>Visa resultatet</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Avsluta röstning</translation>
    </message>
    <message>
        <source>The vote is closed; its result is kept with the workshop.</source>
        <translation>Röstningen är avslutad; resultatet sparas med workshopen.</translation>
    </message>
    <message>
        <source>No note has a dot yet: nothing to send.</source>
        <translation>Ingen lapp har någon prick ännu: det finns inget att skicka.</translation>
    </message>
    <message>
        <source>Send top ideas</source>
        <translation>Skicka toppidéer</translation>
    </message>
    <message>
        <source>%1 ideas sent to %2</source>
        <translation>%1 idéer skickade till %2</translation>
    </message>
    <message>
        <source>Stopped recording dots</source>
        <translation>Slutade registrera prickar</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&amp;Start vote…</source>
        <translation>&amp;Starta röstning …</translation>
    </message>
    <message>
        <source>&amp;Record dots</source>
        <translation>&amp;Registrera prickar</translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation>&amp;Visa resultatet</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>&amp;Avsluta röstningen</translation>
    </message>
    <message>
        <source>Results and &amp;top ideas…</source>
        <translation>Resultat och &amp;toppidéer …</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Röstning</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Vem som röstar</translation>
    </message>
    <message>
        <source>Notes voted on</source>
        <translation>Lappar som röstas om</translation>
    </message>
    <message>
        <source>&amp;Who is voting (number keys on the board):</source>
        <translation>V&amp;em som röstar (siffertangenterna på tavlan):</translation>
    </message>
    <message>
        <source>&amp;Notes (Enter or + adds a dot, Delete or - takes one back):</source>
        <translation>&amp;Lappar (Enter eller + lägger till en prick, Delete eller - tar tillbaka en):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>No vote on this board yet.</source>
        <translation>Ingen röstning på den här tavlan ännu.</translation>
    </message>
    <message>
        <source>Reveal the result first</source>
        <translation>Visa resultatet först</translation>
    </message>
    <message>
        <source>%1 dots each</source>
        <translation>%1 prickar var</translation>
    </message>
    <message>
        <source>several on one note allowed</source>
        <translation>flera på samma lapp tillåts</translation>
    </message>
    <message>
        <source>one per note</source>
        <translation>en per lapp</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>ram %1</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>dolda tills resultatet visas</translation>
    </message>
    <message>
        <source>This phone puts its own dots</source>
        <translation>Den här mobilen sätter sina egna prickar</translation>
    </message>
    <message>
        <source>%1%2: %3 of %4 left</source>
        <translation>%1%2: %3 av %4 kvar</translation>
    </message>
    <message>
        <source>Phone: %1: %2 of %3 left</source>
        <translation>Mobil: %1: %2 av %3 kvar</translation>
    </message>
    <message>
        <source>Dots from phones: %1 of %2</source>
        <translation>Prickar från mobiler: %1 av %2</translation>
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
        <translation>Röstresultat</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>Closed: the result is final.</source>
        <translation>Avslutad: resultatet är slutgiltigt.</translation>
    </message>
    <message>
        <source>Still open: the result may change.</source>
        <translation>Fortfarande öppen: resultatet kan ändras.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Röstande</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send the &amp;top</source>
        <translation>Skicka de &amp;främsta</translation>
    </message>
    <message>
        <source>ideas to &amp;board</source>
        <translation>idéerna till &amp;tavlan</translation>
    </message>
    <message>
        <source>Send copies %1 notes: notes with as many dots as the last one go along.</source>
        <translation>Skicka kopierar %1 lappar: lappar med lika många prickar som den sista följer med.</translation>
    </message>
    <message>
        <source>Send copies %1 notes.</source>
        <translation>Skicka kopierar %1 lappar.</translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Start a dot vote</source>
        <translation>Starta en prickröstning</translation>
    </message>
    <message>
        <source>Which ideas shall we work on?</source>
        <translation>Vilka idéer ska vi arbeta vidare med?</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Hela tavlan</translation>
    </message>
    <message>
        <source>Frame: %1</source>
        <translation>Ram: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan titel)</translation>
    </message>
    <message>
        <source>One person may put several dots on the same note</source>
        <translation>En person får sätta flera prickar på samma lapp</translation>
    </message>
    <message>
        <source>Hide the dots until I reveal the result</source>
        <translation>Dölj prickarna tills jag visar resultatet</translation>
    </message>
    <message>
        <source>One name a line: people who vote but are not participants yet</source>
        <translation>Ett namn per rad: personer som röstar men inte är deltagare ännu</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Rösta om:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prickar per person:</translation>
    </message>
    <message>
        <source>&amp;Who votes:</source>
        <translation>&amp;Vilka röstar:</translation>
    </message>
    <message>
        <source>&amp;New voters:</source>
        <translation>&amp;Nya röstande:</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Starta röstning</translation>
    </message>
    <message>
        <source>Nobody votes</source>
        <translation>Ingen röstar</translation>
    </message>
    <message>
        <source>Tick who votes, or type the names of new voters.</source>
        <translation>Kryssa för vilka som röstar, eller skriv namnen på nya röstande.</translation>
    </message>
</context>
<context>
    <name>WaitingNotes</name>
    <message>
        <source>Release &amp;into:</source>
        <translation>Släpp &amp;i:</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Släpp &amp;alla</translation>
    </message>
    <message>
        <source>Release this &amp;person&apos;s</source>
        <translation>Släpp den här &amp;personens</translation>
    </message>
    <message>
        <source>Release &amp;selected</source>
        <translation>Släpp &amp;valda</translation>
    </message>
    <message>
        <source>where each was written</source>
        <translation>där var och en skrevs</translation>
    </message>
    <message>
        <source>Notes waiting: %1</source>
        <translation>Lappar som väntar: %1</translation>
    </message>
    <message>
        <source>No notes are waiting.</source>
        <translation>Inga lappar väntar.</translation>
    </message>
</context>
<context>
    <name>WorkshopFileError</name>
    <message>
        <source>The file {name} cannot be used.</source>
        <translation>Filen {name} kan inte användas.</translation>
    </message>
    <message>
        <source>The workshop file {name} does not exist (it may have been moved or deleted).</source>
        <translation>Workshopfilen {name} finns inte (den kan ha flyttats eller tagits bort).</translation>
    </message>
    <message>
        <source>The file {name} is not a Samskap workshop.</source>
        <translation>Filen {name} är inte en Samskap-workshop.</translation>
    </message>
    <message>
        <source>The workshop file {name} is damaged and cannot be opened. It has not been changed.</source>
        <translation>Workshopfilen {name} är skadad och kan inte öppnas. Den har inte ändrats.</translation>
    </message>
    <message>
        <source>The workshop file {name} cannot be opened: the file {name}-wal beside it holds changes of another workshop or database (it may have been copied or renamed by hand). Samskap has not applied them, and nothing has been changed. Move {name}-wal to another folder to open the workshop as it was last saved completely.</source>
        <translation>Workshopfilen {name} kan inte öppnas: filen {name}-wal bredvid innehåller ändringar från en annan workshop eller databas (den kan ha kopierats eller bytt namn för hand). Samskap har inte tagit in dem, och inget har ändrats. Flytta {name}-wal till en annan mapp för att öppna workshoppen som den senast sparades helt.</translation>
    </message>
    <message>
        <source>The workshop file {name} was made by a newer version of Samskap. Update Samskap to open it; the file has not been changed.</source>
        <translation>Workshopfilen {name} är skapad med en nyare version av Samskap. Uppdatera Samskap för att öppna den; filen har inte ändrats.</translation>
    </message>
    <message>
        <source>A file called {name} already exists; choose another name.</source>
        <translation>Det finns redan en fil som heter {name}; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Samskap could not write to {name}: {detail}</source>
        <translation>Samskap kunde inte skriva till {name}: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is not a valid Samskap export: {detail}</source>
        <translation>Filen {name} är inte en giltig Samskap-export: {detail}</translation>
    </message>
    <message>
        <source>The workshop file {name} does not follow Samskap&apos;s rules: {detail}</source>
        <translation>Workshopfilen {name} följer inte Samskaps regler: {detail}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>filen eller mappen är skrivskyddad</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>ett annat program använder filen</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may have been removed, or made read-only)</source>
        <translation>det gick inte att skriva till disken (den kan ha kopplats bort eller gjorts skrivskyddad)</translation>
    </message>
    <message>
        <source>the file was changed by another program, or is damaged ({error}); use Save as… to keep the workshop as it is on the screen</source>
        <translation>filen ändrades av ett annat program, eller är skadad ({error}); använd Spara som … för att behålla workshoppen som den är på skärmen</translation>
    </message>
    <message>
        <source>the storage reported an error ({error})</source>
        <translation>lagringen rapporterade ett fel ({error})</translation>
    </message>
    <message>
        <source>another program or window has written to the file since Samskap opened it, so the file no longer holds what the screen shows; use Save as… to keep the workshop as it is on the screen</source>
        <translation>ett annat program eller fönster har skrivit till filen sedan Samskap öppnade den, så filen innehåller inte längre det som skärmen visar; använd Spara som … för att behålla workshoppen som den är på skärmen</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Workshopen {name} har ingen tavla som heter ”{detail}”.</translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message>
        <source>Floke map</source>
        <translation>Problemkarta</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handlingsplan</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Kan inte skapa workshopen</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Öppna workshop</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s);;All files (*)</source>
        <translation>Samskap-workshoppar (*%s);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Spara workshopen som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshoppar (*%s)</translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation>Kan inte spara workshopen</translation>
    </message>
</context>
<context>
    <name>WorkshopGuard</name>
    <message>
        <source>The file %1 cannot be written to (%2), so it is open for viewing only. Nothing in it is damaged. Use Save as… to make a copy you can change.</source>
        <translation>Filen %1 kan inte skrivas till (%2), så den är öppnad endast för visning. Inget i den är skadat. Använd Spara som … för att göra en kopia du kan ändra.</translation>
    </message>
    <message>
        <source>its folder is read-only: Samskap cannot keep its safety files beside it</source>
        <translation>mappen är skrivskyddad: Samskap kan inte ha sina säkerhetsfiler bredvid den</translation>
    </message>
    <message>
        <source>the file itself is read-only</source>
        <translation>själva filen är skrivskyddad</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan inte öppna workshopen</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan inte återställa säkerhetskopian</translation>
    </message>
    <message>
        <source>No backup could be made: %s</source>
        <translation>Ingen säkerhetskopia kunde skapas: %s</translation>
    </message>
    <message>
        <source>The changes that could not be saved are saved now.</source>
        <translation>De ändringar som inte kunde sparas är sparade nu.</translation>
    </message>
</context>
</TS>
