<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>ActionsDialog</name>
    <message>
        <source>Actions</source>
        <translation>Tiltag</translation>
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
        <translation>Færdig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
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
        <translation>Hvad skal gøres</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Tilføj &amp;tiltag</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: the actions can be read, not changed.</source>
        <translation>Denne workshop er åbnet skrivebeskyttet her: tiltagene kan læses, ikke ændres.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status for %1</translation>
    </message>
    <message>
        <source>The first meeting of the process: %1 new.</source>
        <translation>Processens første møde: %1 nye.</translation>
    </message>
    <message>
        <source>Since last meeting (%1): %2 done, %3 stopped, %4 new.</source>
        <translation>Siden sidste møde (%1): %2 færdige, %3 stoppet, %4 nye.</translation>
    </message>
    <message>
        <source>Write what is to be done first.</source>
        <translation>Skriv først, hvad der skal gøres.</translation>
    </message>
    <message>
        <source>The due date must be a day written YYYY-MM-DD, such as 2026-09-15.</source>
        <translation>Fristen skal være en dag skrevet ÅÅÅÅ-MM-DD, for eksempel 2026-09-15.</translation>
    </message>
    <message>
        <source>An action must say what is to be done.</source>
        <translation>Et tiltag skal sige, hvad der skal gøres.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Go to step %1</source>
        <translation>Gå til trin %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Nyt trin</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Fjern trin</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Flyt trin</translation>
    </message>
    <message>
        <source>Change duration</source>
        <translation>Skift varighed</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Omdøb trin</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Rediger trin</translation>
    </message>
    <message>
        <source>Change start time</source>
        <translation>Skift starttidspunkt</translation>
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
        <translation>Trin</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Nyt trin …</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Tilføj øvelse …</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Fjern trin</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Flyt trin op</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Flyt trin ned</translation>
    </message>
    <message>
        <source>Edit step…</source>
        <translation>Rediger trin …</translation>
    </message>
    <message>
        <source>+ Step</source>
        <translation>+ Trin</translation>
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
        <translation>Varighed for det valgte trin</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Begynder:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Varigh&amp;ed:</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Ingen trin endnu.</translation>
    </message>
    <message>
        <source>%1 in all. Set a start time to see clock times.</source>
        <translation>%1 i alt. Angiv et starttidspunkt for at se klokkeslæt.</translation>
    </message>
    <message>
        <source>Planned end %1 (%2 in all)</source>
        <translation>Planlagt slut kl. %1 (%2 i alt)</translation>
    </message>
    <message>
        <source>Running %1 late: expected end %2</source>
        <translation>%1 forsinket: forventet slut kl. %2</translation>
    </message>
    <message>
        <source>%1 ahead of plan: expected end %2</source>
        <translation>%1 foran planen: forventet slut kl. %2</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
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
        <translation>Trinnet beholder sin titel</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups of this workshop</source>
        <translation>Sikkerhedskopier af denne workshop</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation>&amp;Slet disse sikkerhedskopier …</translation>
    </message>
    <message>
        <source>This window keeps no backups.</source>
        <translation>Dette vindue tager ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop on this computer.</source>
        <translation>Der er ingen sikkerhedskopier af denne workshop på denne computer.</translation>
    </message>
    <message>
        <source>Backups taken before this change: %1. They still hold the names as they were; delete them to take the names off this computer.</source>
        <translation>Sikkerhedskopier taget før denne ændring: %1. De indeholder stadig navnene, som de var; slet dem for at fjerne navnene fra denne computer.</translation>
    </message>
    <message>
        <source>Backups of this workshop on this computer: %1. Each holds the names as they were when it was taken.</source>
        <translation>Sikkerhedskopier af denne workshop på denne computer: %1. Hver af dem indeholder navnene, som de var, da den blev taget.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Slet sikkerhedskopier</translation>
    </message>
    <message>
        <source>Delete the backups listed (%1) for good?

They cannot be restored afterwards, and Undo does not bring them back. The workshop file itself is not touched.</source>
        <translation>Slette sikkerhedskopierne på listen (%1) for altid?

De kan ikke gendannes bagefter, og Fortryd henter dem ikke tilbage. Selve workshopfilen berøres ikke.</translation>
    </message>
    <message>
        <source>These backups could not be deleted:</source>
        <translation>Disse sikkerhedskopier kunne ikke slettes:</translation>
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
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Lyserød</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Hvid</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ny seddel</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>R&amp;ediger tekst</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>D&amp;uplikér</translation>
    </message>
    <message>
        <source>&amp;Select all</source>
        <translation>Markér a&amp;lle</translation>
    </message>
    <message>
        <source>Co&amp;nnect notes</source>
        <translation>Forbin&amp;d sedler</translation>
    </message>
    <message>
        <source>Add fra&amp;me…</source>
        <translation>Ny &amp;ramme …</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>F&amp;lyt forrest</translation>
    </message>
    <message>
        <source>Send to &amp;back</source>
        <translation>Flyt &amp;bagerst</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
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
        <translation>Tegn en pil: klik på den seddel, den starter fra, og derefter på den, den peger på</translation>
    </message>
    <message>
        <source>Arrow &amp;label…</source>
        <translation>Pile&amp;tekst …</translation>
    </message>
    <message>
        <source>Next arrow &amp;kind</source>
        <translation>&amp;Næste piletype</translation>
    </message>
    <message>
        <source>&amp;Rename frame…</source>
        <translation>&amp;Omdøb ramme …</translation>
    </message>
    <message>
        <source>Link &amp;stakeholders…</source>
        <translation>Knyt &amp;aktører …</translation>
    </message>
    <message>
        <source>&amp;Tidy floke tree</source>
        <translation>R&amp;yd op i problemtræet</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>Nothing was pasted</source>
        <translation>Intet blev sat ind</translation>
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
        <translation>Far&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piletype</translation>
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
        <translation>Problemkort</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation>Idétavle</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
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
        <translation>Klip</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
</context>
<context>
    <name>CanvasInteractions</name>
    <message>
        <source>Move note</source>
        <translation>Flyt seddel</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flyt sedler</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Ændr størrelse på seddel</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a size like 1280x800</source>
        <translation>“{text}” er ikke en størrelse som 1280x800</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 200x200 to 8000x8000</source>
        <translation>“{text}” ligger uden for 200x200 til 8000x8000</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>“{text}” er ikke et portnummer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 1 to 65535</source>
        <translation>“{text}” ligger uden for 1 til 65535</translation>
    </message>
    <message>
        <source>Wrote the demo workshop to {path}</source>
        <translation>Skrev demo-workshoppen til {path}</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: i orden</translation>
    </message>
    <message>
        <source>{file} has no meeting {meeting}</source>
        <translation>{file} har intet møde {meeting}</translation>
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
        <translation>Ny seddel</translation>
    </message>
    <message>
        <source>Add %n notes</source>
        <translation>Tilføj %n sedler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slet tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Omdøb tavle</translation>
    </message>
    <message>
        <source>Move board</source>
        <translation>Flyt tavle</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Change action status</source>
        <translation>Ændr status på indsats</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Tilføj tiltag</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Rediger tiltag</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Redigér møde</translation>
    </message>
</context>
<context>
    <name>ConnectorKind</name>
    <message>
        <source>causes</source>
        <translation>forårsager</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>fører til</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>blokerer</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>hænger sammen med</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;Forårsager</translation>
    </message>
    <message>
        <source>&amp;Leads to</source>
        <translation>Fører &amp;til</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Blokerer</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>&amp;Hænger sammen</translation>
    </message>
</context>
<context>
    <name>CorrectAddressDialog</name>
    <message>
        <source>Correct address</source>
        <translation>Ret adresse</translation>
    </message>
    <message>
        <source>The server refused these addresses. Correct an address and the message goes to that person only: the others have it already.</source>
        <translation>Serveren afviste disse adresser. Ret en adresse, så går beskeden kun til den person: de andre har den allerede.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Send to the corrected address</source>
        <translation>&amp;Send til den rettede adresse</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>»%1« er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>“%1” is a recipient already.</source>
        <translation>»%1« er allerede modtager.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.

Details for the developers are in %s</source>
        <translation>Samskap stødte på et uventet problem. Alle ændringer frem til den seneste er gemt i workshopfilen.

Detaljer til udviklerne ligger i %s</translation>
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
        <translation>Har ressourcer, der hjælper med at løse opgaven</translation>
    </message>
    <message>
        <source>Ought to have influence</source>
        <translation>Bør have indflydelse</translation>
    </message>
    <message>
        <source>Has creative ideas and the capacity to create</source>
        <translation>Har kreative idéer og kapacitet til at skabe</translation>
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
        <translation>Workshoppen</translation>
    </message>
    <message>
        <source>What, where and when. You can change all of it later.</source>
        <translation>Hvad, hvor og hvornår. Du kan ændre det hele senere.</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>f.eks. Bo længere hjemme</translation>
    </message>
    <message>
        <source>e.g. Fjellvik kommune</source>
        <translation>f.eks. Fjellvik Kommune</translation>
    </message>
    <message>
        <source>The language of the exercises&apos; texts on the boards and in the agenda</source>
        <translation>Sproget i øvelsernes tekster på tavlerne og på dagsordenen</translation>
    </message>
    <message>
        <source>Save in…</source>
        <translation>Gem i …</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
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
        <translation>&amp;Starttidspunkt:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Save new workshop as</source>
        <translation>Gem ny workshop som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshops (*%s)</translation>
    </message>
</context>
<context>
    <name>DurabilityMessages</name>
    <message>
        <source>Your last change was not saved</source>
        <translation>Din seneste ændring blev ikke gemt</translation>
    </message>
    <message>
        <source>Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. What was saved before is safe. If this goes on, use Save as… to save the whole workshop in another place (another folder or a USB stick).</source>
        <translation>Intet er tabt: ændringen bliver stående på skærmen, og Samskap bliver ved med at prøve at gemme den. Det, der blev gemt før, er i sikkerhed. Hvis det fortsætter, så brug Gem som … til at gemme hele workshoppen et andet sted (en anden mappe eller et USB-stik).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som …</translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on the computer %3 (since %4). It is opened read-only here, so that the two of you do not overwrite each other&apos;s work.

Use Save as… to make a copy you can change.</source>
        <translation>%1 er allerede åben for ændringer hos %2 på computeren %3 (siden %4). Den åbnes skrivebeskyttet her, så I ikke overskriver hinandens arbejde.

Brug Gem som … for at lave en kopi, du kan ændre.</translation>
    </message>
    <message>
        <source>If you are sure that nobody works in it there any more (that computer was switched off, or Samskap there stopped without closing the workshop), you can take it over. If it is still open there, both of you will change the same file: each screen will show only its own changes, and work will be lost.</source>
        <translation>Hvis du er sikker på, at ingen arbejder i den der længere (den computer blev slukket, eller Samskap der stoppede uden at lukke workshoppen), kan du overtage den. Hvis den stadig er åben der, ændrer I begge den samme fil: hver skærm viser kun sine egne ændringer, og arbejde går tabt.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Overtag og redigér</translation>
    </message>
    <message>
        <source>%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and the file locks it relies on are not reliable there: the file can be copied half-written or replaced with an older copy.

For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) and put a copy in the shared folder afterwards (File &gt; Save as…).</source>
        <translation>%1 ligger i en mappe, der styres af %2. Samskap gemmer hver ændring med det samme i workshopfilen, og de fillåse, det bygger på, er ikke pålidelige dér: filen kan blive kopieret halvt skrevet eller erstattet af en ældre kopi.

Under en workshop skal filen ligge i en mappe på denne computer (for eksempel Dokumenter/Samskap). Læg en kopi i den delte mappe bagefter (Filer &gt; Gem som …).</translation>
    </message>
    <message>
        <source>A risky place for a workshop</source>
        <translation>Et risikabelt sted for en workshop</translation>
    </message>
    <message>
        <source>A sound backup from %1 exists. Open a copy of it as a new workshop file?</source>
        <translation>Der findes en intakt sikkerhedskopi fra %1. Vil du åbne en kopi af den som en ny workshopfil?</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikke åbne workshoppen</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Åbn sikkerhedskopien</translation>
    </message>
    <message>
        <source>Some changes are not saved</source>
        <translation>Nogle ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>Samskap could not write the latest changes to the workshop file, and they are only on the screen. Save the workshop in another place with Save as…, or close without them.</source>
        <translation>Samskap kunne ikke skrive de seneste ændringer til workshopfilen, og de findes kun på skærmen. Gem workshoppen et andet sted med Gem som …, eller luk uden dem.</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Luk uden dem</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email summary</source>
        <translation>Send opsummering pr. e-mail</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>dig@kommune.dk</translation>
    </message>
    <message>
        <source>One address a line, e.g. Kari Nordmann &lt;kari@example.no&gt;</source>
        <translation>Én adresse pr. linje, f.eks. Mette Hansen &lt;mette@example.dk&gt;</translation>
    </message>
    <message>
        <source>Send as &amp;Bcc: recipients do not see each other&apos;s addresses</source>
        <translation>Send som &amp;Bcc: modtagerne kan ikke se hinandens adresser</translation>
    </message>
    <message>
        <source>A list of everyone&apos;s address is personal data. With Bcc, the message is addressed to you.</source>
        <translation>En liste over alles adresser er personoplysninger. Med Bcc er beskeden adresseret til dig.</translation>
    </message>
    <message>
        <source>Send to all &amp;participants, not only those who attended</source>
        <translation>Send til alle &amp;deltagere, ikke kun dem, der var til stede</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Rediger ska&amp;belon …</translation>
    </message>
    <message>
        <source>&amp;View PDF</source>
        <translation>&amp;Vis PDF</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;Mailserver …</translation>
    </message>
    <message>
        <source>Open as &amp;draft in my mail program</source>
        <translation>Åbn som kla&amp;dde i mit mailprogram</translation>
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
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Vedhæftet fil:</translation>
    </message>
    <message>
        <source>No email address for: %1.</source>
        <translation>Ingen e-mailadresse for: %1.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 til.</translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Tilføj mindst én modtager.</translation>
    </message>
    <message>
        <source>Type your own address in From.</source>
        <translation>Skriv din egen adresse i Fra.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>»%1« er ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>“%1” has no @.</source>
        <translation>»%1« mangler @.</translation>
    </message>
    <message>
        <source>“%1” has characters that are not allowed before the @.</source>
        <translation>»%1« har tegn før @, som ikke er tilladt.</translation>
    </message>
    <message>
        <source>“%1” has letters such as æ, ø or å before the @, which most mail servers refuse.</source>
        <translation>»%1« har bogstaver som æ, ø eller å før @, og dem afviser de fleste mailservere.</translation>
    </message>
    <message>
        <source>“%1” has no valid domain after the @.</source>
        <translation>»%1« har ikke noget gyldigt domæne efter @.</translation>
    </message>
    <message>
        <source>“%1” is too long for an email address.</source>
        <translation>»%1« er for lang til at være en e-mailadresse.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>»%1« står på listen to gange.</translation>
    </message>
    <message>
        <source>Preparing the summary PDF…</source>
        <translation>Laver PDF med opsummeringen …</translation>
    </message>
    <message>
        <source>The summary PDF was not made.</source>
        <translation>PDF&apos;en med opsummeringen blev ikke lavet.</translation>
    </message>
    <message>
        <source>The PDF is %1, more than 10 MB: many mail servers refuse messages that large. Consider sharing it another way, or send it and watch the outbox.</source>
        <translation>PDF&apos;en fylder %1, mere end 10 MB: mange mailservere afviser så store beskeder. Overvej at dele den på en anden måde, eller send den og hold øje med udbakken.</translation>
    </message>
    <message>
        <source>The summary PDF could not be made: %1</source>
        <translation>PDF&apos;en med opsummeringen kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>The draft could not be written</source>
        <translation>Kladden kunne ikke skrives</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Intet mailprogram åbnede kladden</translation>
    </message>
    <message>
        <source>The draft is saved as %1. Open it with your mail program to send it.</source>
        <translation>Kladden er gemt som %1. Åbn den i dit mailprogram for at sende den.</translation>
    </message>
    <message>
        <source>The summary could not be sent</source>
        <translation>Opsummeringen kunne ikke sendes</translation>
    </message>
</context>
<context>
    <name>EmailTemplateDialog</name>
    <message>
        <source>Email template: %1</source>
        <translation>E-mailskabelon: %1</translation>
    </message>
    <message>
        <source>These words are replaced by the workshop&apos;s facts: {title}, {date}, {municipality}, {facilitator}.</source>
        <translation>Disse ord erstattes af workshoppens oplysninger: {title}, {date}, {municipality}, {facilitator}.</translation>
    </message>
    <message>
        <source>&amp;Restore the standard text</source>
        <translation>&amp;Gendan standardteksten</translation>
    </message>
    <message>
        <source>&amp;Save as my default</source>
        <translation>Gem som &amp;min standard</translation>
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
        <translation>Tilføj øvelse</translation>
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
        <translation>Skabelonbiblioteket har ingen øvelser. Brug »Nyt trin …« til et trin, du selv laver.</translation>
    </message>
</context>
<context>
    <name>Facilitation</name>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktuelt trin</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Næste trin</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Forrige trin</translation>
    </message>
    <message>
        <source>&amp;Save agenda as a plan…</source>
        <translation>&amp;Gem dagsordenen som plan …</translation>
    </message>
    <message>
        <source>&amp;Meeting details…</source>
        <translation>&amp;Om mødet …</translation>
    </message>
    <message>
        <source>&amp;Actions…</source>
        <translation>&amp;Tiltag …</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kan ikke gemme planen</translation>
    </message>
    <message>
        <source>The template library is not available.</source>
        <translation>Skabelonbiblioteket er ikke tilgængeligt.</translation>
    </message>
    <message>
        <source>Save agenda as a plan</source>
        <translation>Gem dagsordenen som plan</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Planens navn:</translation>
    </message>
    <message>
        <source>Saved the plan “%1”: the new-workshop wizard offers it from now on.</source>
        <translation>Gemte planen »%1«: guiden til ny workshop tilbyder den fra nu af.</translation>
    </message>
</context>
<context>
    <name>JoinOverlay</name>
    <message>
        <source>Join from your phone</source>
        <translation>Deltag fra din telefon</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prog</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Samskap will use %1 from the next start. Restart now?</source>
        <translation>Samskap bruger %1 fra næste start. Vil du genstarte nu?</translation>
    </message>
</context>
<context>
    <name>LinkStakeholderDialog</name>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt aktører</translation>
    </message>
    <message>
        <source>Who is affected by this, and who owns it (can act on it)?
«%1»</source>
        <translation>Hvem er berørt af dette, og hvem ejer det (kan handle på det)?
»%1«</translation>
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
        <translation>Ejer det</translation>
    </message>
    <message>
        <source>This workshop has no stakeholders yet. Add them on the stakeholder map first.</source>
        <translation>Denne workshop har ingen aktører endnu. Tilføj dem på aktørkortet først.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Waiting: no mail server is set up (Outbox &gt; Mail server…).</source>
        <translation>Venter: der er ikke sat nogen mailserver op (Udbakke &gt; Mailserver …).</translation>
    </message>
    <message>
        <source>Waiting for the mail server password: press Retry now.</source>
        <translation>Venter på mailserverens adgangskode: tryk på Prøv igen nu.</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2. The server refused:</source>
        <translation>Leveret til %1 af %2. Serveren afviste:</translation>
    </message>
    <message>
        <source>Not delivered. The server refused:</source>
        <translation>Ikke leveret. Serveren afviste:</translation>
    </message>
    <message>
        <source>The server asked to try these recipients again later:</source>
        <translation>Serveren bad om at prøve disse modtagere igen senere:</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Fra-adressen er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>There is no valid recipient.</source>
        <translation>Der er ingen gyldig modtager.</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>Kladden kunne ikke skrives til %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 was made by a newer Samskap.</source>
        <translation>Udbakken %1 er lavet af en nyere version af Samskap.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>Udbakken %1 kan ikke åbnes: %2</translation>
    </message>
    <message>
        <source>Samskap stopped while this message was being handed to the server, so it may have been delivered. Check with a recipient or in your mail&apos;s Sent folder before you send it again.</source>
        <translation>Samskap stoppede, mens denne besked blev overdraget til serveren, så den kan være leveret. Spørg en modtager, eller se i mappen Sendt i dit mailprogram, før du sender den igen.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: choose another security setting.</source>
        <translation>Serveren tilbyder ikke STARTTLS: vælg en anden sikkerhedsindstilling.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Serveren afviste forbindelsen</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Den sikre forbindelse mislykkedes: %1</translation>
    </message>
    <message>
        <source>The server refused the sender %1</source>
        <translation>Serveren afviste afsenderen %1</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Serveren afviste beskeden</translation>
    </message>
    <message>
        <source>The connection broke while the message was being handed over; it may have been delivered (%1).</source>
        <translation>Forbindelsen blev afbrudt, mens beskeden blev overdraget; den kan være leveret (%1).</translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation>Serveren tilbyder ikke login på denne forbindelse.</translation>
    </message>
    <message>
        <source>The server could not check the login now</source>
        <translation>Serveren kunne ikke kontrollere login lige nu</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Serveren godtog ikke brugernavnet eller adgangskoden</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Mailserveren %1 svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: is there a network?</source>
        <translation>Mailserveren %1 kan ikke findes: er der netværk?</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection: is it reachable from here?</source>
        <translation>Mailserveren %1 afviste forbindelsen: kan den nås herfra?</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection.</source>
        <translation>Mailserveren %1 lukkede forbindelsen.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Kan ikke nå mailserveren %1: %2</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E&amp;mail summary…</source>
        <translation>Send opsummering pr. e-&amp;mail …</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Udbakke …</translation>
    </message>
    <message>
        <source>The outbox cannot be opened</source>
        <translation>Udbakken kan ikke åbnes</translation>
    </message>
    <message>
        <source>The summary is in the outbox and is being sent.</source>
        <translation>Opsummeringen ligger i udbakken og bliver sendt.</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>Udbakken kan ikke bruges</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 recipients.</source>
        <translation>»%1« er sendt til %2 modtagere.</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox: correct an address there to send it to that person only.</source>
        <translation>Den bliver liggende i Filer &gt; Udbakke: ret en adresse der for kun at sende den til den person.</translation>
    </message>
    <message>
        <source>The mail server refused a message</source>
        <translation>Mailserveren afviste en besked</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox, where you can send it again once the problem is fixed.</source>
        <translation>Den bliver liggende i Filer &gt; Udbakke, hvor du kan sende den igen, når problemet er løst.</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>En besked er måske ikke blevet sendt</translation>
    </message>
    <message>
        <source>See File &gt; Outbox before you send it again.</source>
        <translation>Se i Filer &gt; Udbakke, før du sender den igen.</translation>
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
        <translation>Sektorer på denne tavle</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn …</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Gem s&amp;om …</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Eksportér som JSON …</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importér JSON …</translation>
    </message>
    <message>
        <source>Export &amp;summary (PDF)…</source>
        <translation>Eksportér o&amp;psummering (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshoppen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>Pe&amp;rsonoplysninger …</translation>
    </message>
    <message>
        <source>Participants p&amp;anel</source>
        <translation>&amp;Deltagerpanel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi …</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>N&amp;yt møde …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demoworkshoppen</translation>
    </message>
    <message>
        <source>&amp;Template library…</source>
        <translation>S&amp;kabelonbibliotek …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Fortryd %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Annullér fortryd %s</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Seddel</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farve</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>Select notes &amp;by sector</source>
        <translation>&amp;Vælg sedler efter sektor</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Dagsorden</translation>
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
        <translation>Afstem&amp;ning</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piletype</translation>
    </message>
    <message>
        <source>S&amp;ectors of the selected notes</source>
        <translation>&amp;Sektorer for de valgte sedler</translation>
    </message>
    <message>
        <source>Dot voting &amp;panel</source>
        <translation>Prikafstemnings&amp;panel</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Præsentér</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Genvejstaster</translation>
    </message>
    <message>
        <source>&amp;About Samskap</source>
        <translation>&amp;Om Samskap</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Åbnet kun til visning</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshops (*%s)</translation>
    </message>
    <message>
        <source>Export workshop as JSON</source>
        <translation>Eksportér workshoppen som JSON</translation>
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
        <translation>Skriver opsummeringen …</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>Kan ikke eksportere opsummeringen</translation>
    </message>
    <message>
        <source>Summary saved as %s</source>
        <translation>Opsummeringen er gemt som %s</translation>
    </message>
    <message>
        <source>Import workshop from JSON</source>
        <translation>Importér workshop fra JSON</translation>
    </message>
    <message>
        <source>Reading the workshop to import…</source>
        <translation>Læser den workshop, der skal importeres …</translation>
    </message>
    <message>
        <source>Writing the imported workshop…</source>
        <translation>Skriver den importerede workshop …</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikke importere</translation>
    </message>
    <message>
        <source>Save imported workshop as</source>
        <translation>Gem den importerede workshop som</translation>
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
        <translation>IKKE GEMT: prøver igen …</translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen seneste workshops</translation>
    </message>
    <message>
        <source>No sector tags on this board</source>
        <translation>Ingen sektormærker på denne tavle</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Genvejstaster</translation>
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
Samskabelsesworkshops for kommuner.
Alt bliver på denne computer; intet sendes nogen steder.</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Connect notes</source>
        <translation>Forbind sedler</translation>
    </message>
    <message>
        <source>Arrow kind: %1</source>
        <translation>Piletype: %1</translation>
    </message>
    <message>
        <source>Arrow label</source>
        <translation>Piletekst</translation>
    </message>
    <message>
        <source>What does this arrow say? (empty for none)</source>
        <translation>Hvad siger denne pil? (tom for ingen tekst)</translation>
    </message>
    <message>
        <source>Add frame</source>
        <translation>Ny ramme</translation>
    </message>
    <message>
        <source>Title of the frame:</source>
        <translation>Rammens titel:</translation>
    </message>
    <message>
        <source>Rename frame</source>
        <translation>Omdøb ramme</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tilføj sektoren %1</translation>
    </message>
    <message>
        <source>Untag %1</source>
        <translation>Fjern sektoren %1</translation>
    </message>
    <message>
        <source>Select one note to link stakeholders to it</source>
        <translation>Vælg én seddel for at knytte aktører til den</translation>
    </message>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt aktører</translation>
    </message>
    <message>
        <source>Nothing to tidy: the floke tree is tidy, or has no arrows to a problem yet</source>
        <translation>Intet at rydde op: problemtræet er ryddeligt eller har endnu ingen pile til et problem</translation>
    </message>
    <message>
        <source>Tidy floke tree</source>
        <translation>Ryd op i problemtræet</translation>
    </message>
</context>
<context>
    <name>MapInteractions</name>
    <message>
        <source>Connect: click the note the arrow starts from (Tab and Enter to pick, Esc to stop)</source>
        <translation>Forbind: klik på den seddel, pilen starter fra (Tab og Enter for at vælge, Esc for at stoppe)</translation>
    </message>
    <message>
        <source>Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)</source>
        <translation>Forbind: klik på den seddel, pilen peger på (Tab og Enter for at vælge, Esc for at stoppe)</translation>
    </message>
    <message>
        <source>Move frame</source>
        <translation>Flyt ramme</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Ændr størrelse på ramme</translation>
    </message>
</context>
<context>
    <name>MeetingChooser</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>An earlier or later meeting: its agenda is shown read-only.</source>
        <translation>Et tidligere eller senere møde: programmet vises skrivebeskyttet.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuelt)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Om mødet</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Opfølgningsmøde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Starttidspunkt:</translation>
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
        <translation>Hvem var til stede</translation>
    </message>
    <message>
        <source>&amp;Who attended:</source>
        <translation>&amp;Hvem var til stede:</translation>
    </message>
    <message>
        <source>Carried over: the open actions (%1), the stakeholder map and every board.</source>
        <translation>Følger med: de åbne indsatser (%1), aktørkortet og alle tavler.</translation>
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
        <translation>Opret workshop</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>Change colour</source>
        <translation>Skift farve</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Flyt seddel</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation>Flyt sedler</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flyt forrest</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Flyt bagerst</translation>
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
        <translation>Ejer det: %1</translation>
    </message>
</context>
<context>
    <name>OneScreen</name>
    <message>
        <source>The wall would be hard to read</source>
        <translation>Væggen bliver svær at læse</translation>
    </message>
    <message>
        <source>The audience view will cover this screen, and its note text would be %1 px; the back row needs %2 px.</source>
        <translation>Publikumsvisningen vil dække denne skærm, og sedlernes tekst bliver %1 px; bageste række har brug for %2 px.</translation>
    </message>
    <message>
        <source>Show one frame at a time (PgDown and PgUp move between frames), or zoom in on your board and choose Present &gt; Show what I see. Esc ends presenting.</source>
        <translation>Vis én ramme ad gangen (PgDown og PgUp skifter mellem rammerne), eller zoom ind på din tavle og vælg Præsentér &gt; Vis det, jeg ser. Esc afslutter præsentationen.</translation>
    </message>
    <message>
        <source>Present one &amp;frame at a time</source>
        <translation>Præsentér én &amp;ramme ad gangen</translation>
    </message>
    <message>
        <source>Present the &amp;whole board</source>
        <translation>Præsentér hele &amp;tavlen</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
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
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv igen nu</translation>
    </message>
    <message>
        <source>&amp;Correct address…</source>
        <translation>&amp;Ret adresse …</translation>
    </message>
    <message>
        <source>Correct an address the server refused and send to that person only.</source>
        <translation>Ret en adresse, som serveren afviste, og send kun til den person.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;Mailserver …</translation>
    </message>
    <message>
        <source>This message may already have been delivered. Send it again? Recipients may get it twice.</source>
        <translation>Denne besked kan allerede være leveret. Vil du sende den igen? Modtagerne kan få den to gange.</translation>
    </message>
    <message>
        <source>The address was not corrected</source>
        <translation>Adressen blev ikke rettet</translation>
    </message>
    <message>
        <source>The message changed meanwhile (it may be being sent). Look at it again in the outbox.</source>
        <translation>Beskeden er ændret i mellemtiden (den bliver måske sendt nu). Se på den igen i udbakken.</translation>
    </message>
    <message>
        <source>Delete “%1”? It will not be sent.</source>
        <translation>Vil du slette »%1«? Den bliver ikke sendt.</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Delvist sendt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
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
        <translation>%1 Næste forsøg kl. %2.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Udbakken er tom.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Venter: %1</translation>
    </message>
    <message>
        <source>Need your attention: %1</source>
        <translation>Kræver din opmærksomhed: %1</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>sender nu …</translation>
    </message>
    <message>
        <source>Waiting messages are sent by themselves, once, when the mail server can be reached.</source>
        <translation>Ventende beskeder sendes automatisk, én gang, når mailserveren kan nås.</translation>
    </message>
    <message>
        <source>Sent messages are deleted after %1 days.</source>
        <translation>Sendte beskeder slettes efter %1 dage.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Type them in, or paste a list from a spreadsheet or an email. Names stay on this computer.</source>
        <translation>Skriv dem ind, eller indsæt en liste fra et regneark eller en e-mail. Navnene bliver på denne computer.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy the join address</source>
        <translation>Kopiér adressen til at deltage</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Room code:</source>
        <translation>Rumkode:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netværk:</translation>
    </message>
    <message>
        <source>&amp;Anonymous writing (notes carry no names)</source>
        <translation>&amp;Anonym skrivning (sedlerne får ingen navne)</translation>
    </message>
    <message>
        <source>New phones may &amp;join</source>
        <translation>Nye telefoner må &amp;deltage</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>Indstillinger for deling</translation>
    </message>
    <message>
        <source>Phones write to:</source>
        <translation>Telefonerne skriver til:</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Fjern telefon</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Sedler fra telefoner</translation>
    </message>
    <message>
        <source>Connected: a phone has joined, so phones can reach this laptop.</source>
        <translation>Forbundet: en telefon deltager, så telefonerne kan nå denne computer.</translation>
    </message>
    <message>
        <source>Open a workshop to let participants join.</source>
        <translation>Åbn en workshop for at lade deltagerne være med.</translation>
    </message>
    <message>
        <source>Sharing is off: nothing listens on the network.</source>
        <translation>Deling er slået fra: intet lytter på netværket.</translation>
    </message>
    <message>
        <source>Scan the code with your own phone first: the page says Connected.</source>
        <translation>Scan koden med din egen telefon først: siden siger Forbundet.</translation>
    </message>
    <message>
        <source>No phone has joined yet. Check that the phones are on the same network as this laptop; that it is not a guest Wi-Fi, which keeps devices apart; that the address matches the network (Network, above); and, on Windows, that the firewall allows Samskap on private networks (README: For the IT department).</source>
        <translation>Ingen telefon deltager endnu. Tjek at telefonerne er på samme netværk som denne computer; at det ikke er et gæstenetværk, som holder enhederne adskilt; at adressen passer til netværket (Netværk, ovenfor); og, på Windows, at firewallen tillader Samskap på private netværk (README: For the IT department).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>The current step&apos;s board</source>
        <translation>Tavlen for det aktuelle trin</translation>
    </message>
    <message>
        <source>(%1 waiting)</source>
        <translation>(%1 venter)</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Forbundne telefoner: %1</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-mail (valgfri)</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Tilføj række</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Fjern række</translation>
    </message>
    <message>
        <source>&amp;Paste list</source>
        <translation>&amp;Indsæt liste</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, CSV lines, or an email&apos;s list of addresses (Name &lt;email&gt;)</source>
        <translation>Indsæt rækker kopieret fra et regneark, CSV-linjer eller adresselisten fra en e-mail (Navn &lt;e-mail&gt;)</translation>
    </message>
    <message>
        <source>The clipboard holds no list of names.</source>
        <translation>Udklipsholderen indeholder ingen liste med navne.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det ligner ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>%1 email address(es) look wrong (marked red): correct or clear them.</source>
        <translation>%1 e-mailadresse(r) ser forkert ud (markeret med rødt): ret dem, eller slet dem.</translation>
    </message>
    <message>
        <source>%1 participant(s). You can add them later too.</source>
        <translation>%1 deltager(e). Du kan også tilføje dem senere.</translation>
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
        <translation>Antal</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>on the cover of the summary</source>
        <translation>på forsiden af opsummeringen</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltagere (%1)</translation>
    </message>
    <message>
        <source>Note authors (%1): notes written</source>
        <translation>Forfattere af sedler (%1): skrevne sedler</translation>
    </message>
    <message>
        <source>Votes (%1 voters): dots given</source>
        <translation>Stemmer (%1 stemmeafgivere): givne prikker</translation>
    </message>
    <message>
        <source>anonymous phone %1</source>
        <translation>anonym telefon %1</translation>
    </message>
    <message>
        <source>already anonymous</source>
        <translation>allerede anonym</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>Stakeholders who are persons (%1)</source>
        <translation>Aktører, der er privatpersoner (%1)</translation>
    </message>
    <message>
        <source>Phones that joined with a name (%1)</source>
        <translation>Telefoner, der deltog under et navn (%1)</translation>
    </message>
    <message>
        <source>votes as %1</source>
        <translation>stemmer som %1</translation>
    </message>
    <message>
        <source>Notes sent from phones (%1): notes each</source>
        <translation>Sedler sendt fra telefoner (%1): sedler hver</translation>
    </message>
    <message>
        <source>Responsible for actions (%1): actions each</source>
        <translation>Ansvarlige for handlinger (%1): handlinger hver</translation>
    </message>
    <message>
        <source>not a participant</source>
        <translation>ikke deltager</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltager %1</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Fjern en person</translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymiser deltagerne</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personoplysninger</translation>
    </message>
    <message>
        <source>What this workshop file holds about people. Removing a person keeps their notes and dots without their name. Names written inside the text of notes are not found here: look through the boards for those.</source>
        <translation>Hvad denne workshopfil indeholder om personer. Når en person fjernes, bliver deres sedler og prikker stående uden navn. Navne, der står inde i teksten på sedler, findes ikke her: gennemgå tavlerne for dem.</translation>
    </message>
    <message>
        <source>&amp;Remove this person everywhere</source>
        <translation>&amp;Fjern denne person overalt</translation>
    </message>
    <message>
        <source>&amp;Anonymise all participants</source>
        <translation>&amp;Anonymiser alle deltagere</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: nothing in it can be changed.</source>
        <translation>Denne workshop er åbnet skrivebeskyttet her: intet i den kan ændres.</translation>
    </message>
    <message>
        <source>%1 was removed from this workshop.</source>
        <translation>%1 er fjernet fra denne workshop.</translation>
    </message>
    <message>
        <source>There is nothing left to anonymise.</source>
        <translation>Der er ikke mere at anonymisere.</translation>
    </message>
    <message>
        <source>The participants were anonymised.</source>
        <translation>Deltagerne er anonymiseret.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Rediger &gt; Fortryd henter alt tilbage.</translation>
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
        <translation>Omdøb tavle …</translation>
    </message>
    <message>
        <source>Move board up</source>
        <translation>Flyt tavlen op</translation>
    </message>
    <message>
        <source>Move board down</source>
        <translation>Flyt tavlen ned</translation>
    </message>
    <message>
        <source>Delete board…</source>
        <translation>Slet tavle …</translation>
    </message>
    <message>
        <source>Add board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Name of the new board in %s:</source>
        <translation>Navn på den nye tavle i %s:</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Omdøb tavle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slet tavle</translation>
    </message>
    <message>
        <source>Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.</source>
        <translation>Slet tavlen »%1« og dens %2 sedler? Du kan fortryde med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PhaseRole</name>
    <message>
        <source>Co-initiator</source>
        <translation>Co-initiator</translation>
    </message>
    <message>
        <source>Co-designer</source>
        <translation>Co-designer</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Co-implementerer</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>Start from a plan of exercises, or from an empty agenda.</source>
        <translation>Start med en plan med øvelser eller med en tom dagsorden.</translation>
    </message>
    <message>
        <source>Empty agenda (a board in each phase)</source>
        <translation>Tom dagsorden (en tavle i hver fase)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
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
        <translation>Tre tavler at starte med: et problemkort, idéer og en handleplan. Tilføj trin senere.</translation>
    </message>
    <message>
        <source>%1 steps, %2 min in all</source>
        <translation>%1 trin, %2 min i alt</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>slutter kl. %1</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Start presenting</source>
        <translation>&amp;Start præsentation</translation>
    </message>
    <message>
        <source>Stop p&amp;resenting</source>
        <translation>&amp;Afslut præsentation</translation>
    </message>
    <message>
        <source>Show the whole &amp;board</source>
        <translation>Vis &amp;hele tavlen</translation>
    </message>
    <message>
        <source>Show one &amp;frame at a time</source>
        <translation>Vis én &amp;ramme ad gangen</translation>
    </message>
    <message>
        <source>Show what &amp;I see</source>
        <translation>Vis det, &amp;jeg ser</translation>
    </message>
    <message>
        <source>N&amp;ext frame</source>
        <translation>&amp;Næste ramme</translation>
    </message>
    <message>
        <source>Pre&amp;vious frame</source>
        <translation>&amp;Forrige ramme</translation>
    </message>
    <message>
        <source>Free&amp;ze the wall</source>
        <translation>Fr&amp;ys lærredet</translation>
    </message>
    <message>
        <source>B&amp;lank the wall</source>
        <translation>&amp;Mørklæg lærredet</translation>
    </message>
    <message>
        <source>A&amp;udience screen</source>
        <translation>&amp;Publikumsskærm</translation>
    </message>
    <message>
        <source>Present one frame at a time</source>
        <translation>Præsentér én ramme ad gangen</translation>
    </message>
    <message>
        <source>This board has no frames: the wall shows all of it.</source>
        <translation>Denne tavle har ingen rammer: lærredet viser hele tavlen.</translation>
    </message>
    <message>
        <source>PgDown: one frame at a time. Esc: back to your window.</source>
        <translation>PgDown: én ramme ad gangen. Esc: tilbage til dit vindue.</translation>
    </message>
    <message>
        <source>Esc: back to your window, to zoom in and choose Present &gt; Show what I see.</source>
        <translation>Esc: tilbage til dit vindue for at zoome ind og vælge Præsentér &gt; Vis det, jeg ser.</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <source>, this window&apos;s screen</source>
        <translation>, dette vindues skærm</translation>
    </message>
    <message>
        <source>Note text on the wall is %1 px; the back row needs %2 px.</source>
        <translation>Sedlernes tekst på lærredet er %1 px; bageste række har brug for %2 px.</translation>
    </message>
    <message>
        <source>The whole board is too full to read from the back row.</source>
        <translation>Hele tavlen er for fuld til at kunne læses fra bageste række.</translation>
    </message>
    <message>
        <source>This frame is too full to read from the back row.</source>
        <translation>Denne ramme er for fuld til at kunne læses fra bageste række.</translation>
    </message>
    <message>
        <source>Zoom in to make the wall readable.</source>
        <translation>Zoom ind, så lærredet kan læses.</translation>
    </message>
    <message>
        <source>A screen was connected: the audience view moved to it.</source>
        <translation>En skærm blev tilsluttet: publikumsvisningen er flyttet over på den.</translation>
    </message>
    <message>
        <source>A screen was connected: Present &gt; Start presenting (F5) shows the room&apos;s view on it.</source>
        <translation>En skærm blev tilsluttet: Præsentér &gt; Start præsentation (F5) viser publikumsvisningen på den.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: the audience view moved to %1.</source>
        <translation>Publikumsskærmen blev frakoblet: publikumsvisningen er flyttet til %1.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: presenting stopped. F5 presents again.</source>
        <translation>Publikumsskærmen blev frakoblet: præsentationen er stoppet. Tryk F5 for at præsentere igen.</translation>
    </message>
</context>
<context>
    <name>ProjectorBoardView</name>
    <message>
        <source>Board as the room sees it</source>
        <translation>Tavlen, som salen ser den</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <source>&amp;Next step</source>
        <translation>Næste &amp;trin</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>F&amp;orrige trin</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>Start eller sæt timeren på pa&amp;use</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Samskap — audience view</source>
        <translation>Samskap — publikumsvisning</translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Manage closely</source>
        <translation>Håndtér tæt</translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation>Hold tilfreds</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Hold informeret</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Overvåg</translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <source>Release notes from phones (%1)</source>
        <translation>Frigiv sedler fra telefoner (%1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first.</source>
        <translation>Sikkerhedskopier af »%1«, nyeste først.</translation>
    </message>
    <message>
        <source>Backups of all workshops, newest first.</source>
        <translation>Sikkerhedskopier af alle workshops, nyeste først.</translation>
    </message>
    <message>
        <source>Restoring makes a new workshop file from the backup and opens it; no file is replaced.</source>
        <translation>Gendannelse laver en ny workshopfil ud fra sikkerhedskopien og åbner den; ingen fil bliver erstattet.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made while a workshop is changed.</source>
        <translation>Der er ingen sikkerhedskopier endnu. De laves, mens en workshop bliver ændret.</translation>
    </message>
    <message>
        <source>&amp;Restore as a new file</source>
        <translation>&amp;Gendan som ny fil</translation>
    </message>
</context>
<context>
    <name>SectorLegend</name>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorer på denne tavle</translation>
    </message>
    <message>
        <source>Select the notes tagged %1</source>
        <translation>Vælg sedlerne mærket %1</translation>
    </message>
</context>
<context>
    <name>Sectors</name>
    <message>
        <source>Health and care</source>
        <translation>Sundhed og omsorg</translation>
    </message>
    <message>
        <source>Schools and childhood</source>
        <translation>Børn og unge</translation>
    </message>
    <message>
        <source>NAV (welfare)</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultur</translation>
    </message>
    <message>
        <source>Technical services</source>
        <translation>Teknik og miljø</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivillighed</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Erhverv</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>HC</source>
        <comment>health and care</comment>
        <translation>SO</translation>
    </message>
    <message>
        <source>SCH</source>
        <comment>schools and childhood</comment>
        <translation>BU</translation>
    </message>
    <message>
        <source>NAV</source>
        <comment>the welfare administration</comment>
        <translation>JOB</translation>
    </message>
    <message>
        <source>CUL</source>
        <comment>culture</comment>
        <translation>KUL</translation>
    </message>
    <message>
        <source>TEC</source>
        <comment>technical services</comment>
        <translation>TM</translation>
    </message>
    <message>
        <source>HOU</source>
        <comment>housing</comment>
        <translation>BOL</translation>
    </message>
    <message>
        <source>TRA</source>
        <comment>transport</comment>
        <translation>TRA</translation>
    </message>
    <message>
        <source>VOL</source>
        <comment>volunteers</comment>
        <translation>FRI</translation>
    </message>
    <message>
        <source>BUS</source>
        <comment>business</comment>
        <translation>ERH</translation>
    </message>
    <message>
        <source>FIN</source>
        <comment>finance</comment>
        <translation>ØKO</translation>
    </message>
    <message>
        <source>OTH</source>
        <comment>other</comment>
        <translation>AND</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Let participants &amp;join</source>
        <translation>Lad deltagerne deltag&amp;e</translation>
    </message>
    <message>
        <source>Let participants join from their phones on this network</source>
        <translation>Lad deltagerne deltage fra deres telefoner på dette netværk</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>Stop de&amp;ling</translation>
    </message>
    <message>
        <source>Show the join &amp;code on the wall</source>
        <translation>Vis &amp;koden til at deltage på væggen</translation>
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
        <translation>Denne computer tillader ikke Samskap at lytte på netværket. Bed IT-afdelingen om at tillade Samskap på private netværk (README: For the IT department).</translation>
    </message>
    <message>
        <source>This laptop is on no network phones can reach. Connect it to the hall&apos;s Wi-Fi, a phone&apos;s hotspot or a travel router, then try again.</source>
        <translation>Denne computer er ikke på et netværk, telefonerne kan nå. Forbind den til salens Wi-Fi, en telefons hotspot eller en rejserouter, og prøv igen.</translation>
    </message>
    <message>
        <source>Another program uses the network port. Close it, or try again.</source>
        <translation>Et andet program bruger netværksporten. Luk det, eller prøv igen.</translation>
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
        <translation>dobbeltklik</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ny seddel</translation>
    </message>
    <message>
        <source>double-click a note</source>
        <translation>dobbeltklik på en seddel</translation>
    </message>
    <message>
        <source>Type in the selected note</source>
        <translation>Skriv i den valgte seddel</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Stop med at skrive</translation>
    </message>
    <message>
        <source>Colour of the selected notes</source>
        <translation>Farve på de valgte sedler</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piletaster</translation>
    </message>
    <message>
        <source>Move the selected notes</source>
        <translation>Flyt de valgte sedler</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slet de valgte sedler</translation>
    </message>
    <message>
        <source>click</source>
        <translation>klik</translation>
    </message>
    <message>
        <source>Select all, add to the selection</source>
        <translation>Markér alt, føj til markeringen</translation>
    </message>
    <message>
        <source>Cut, copy, paste, duplicate</source>
        <translation>Klip, kopiér, indsæt, duplikér</translation>
    </message>
    <message>
        <source>Bring to front, send to back</source>
        <translation>Flyt forrest, flyt bagerst</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Fortryd, annullér fortryd</translation>
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
        <translation>Mellemrum+træk, træk med midterknappen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorér</translation>
    </message>
    <message>
        <source>Add a board, move it up or down</source>
        <translation>Ny tavle, flyt den op eller ned</translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation>Problemkort</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
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
        <translation>(i matrixen)</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Rediger den valgte aktør</translation>
    </message>
    <message>
        <source>Arrow keys (on the grid)</source>
        <translation>Piletaster (i matrixen)</translation>
    </message>
    <message>
        <source>Move the selected card: power and interest</source>
        <translation>Flyt det valgte kort: magt og interesse</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>Start a vote, record dots</source>
        <translation>Start en afstemning, registrér prikker</translation>
    </message>
    <message>
        <source>(while recording)</source>
        <translation>(under registrering)</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem stemmer</translation>
    </message>
    <message>
        <source>click, right-click or Shift+click a note</source>
        <translation>klik, højreklik eller Shift+klik på en seddel</translation>
    </message>
    <message>
        <source>Add a dot, take one back</source>
        <translation>Tilføj en prik, fjern en igen</translation>
    </message>
    <message>
        <source>Reveal the result, results and top ideas</source>
        <translation>Afslør resultatet, resultater og topidéer</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Hvad de gør</translation>
    </message>
    <message>
        <source>Draw an arrow between two notes</source>
        <translation>Tegn en pil mellem to sedler</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Sedler</translation>
    </message>
    <message>
        <source>Next kind for the selected arrow</source>
        <translation>Næste type for den valgte pil</translation>
    </message>
    <message>
        <source>Select the next or previous frame, note or arrow</source>
        <translation>Markér næste eller forrige ramme, seddel eller pil</translation>
    </message>
    <message>
        <source>Add a frame</source>
        <translation>Ny ramme</translation>
    </message>
    <message>
        <source>Label of the selected arrow, title of the selected frame</source>
        <translation>Tekst på den valgte pil, titel på den valgte ramme</translation>
    </message>
    <message>
        <source>Link stakeholders to the selected note</source>
        <translation>Knyt aktører til den valgte seddel</translation>
    </message>
    <message>
        <source>Tidy the floke tree</source>
        <translation>Ryd op i problemtræet</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Væggen</translation>
    </message>
    <message>
        <source>Start presenting, stop presenting</source>
        <translation>Start præsentation, afslut præsentation</translation>
    </message>
    <message>
        <source>While presenting: next, previous frame</source>
        <translation>Under præsentation: næste, forrige ramme</translation>
    </message>
    <message>
        <source>While presenting: freeze, blank the wall</source>
        <translation>Under præsentation: frys, mørklæg lærredet</translation>
    </message>
    <message>
        <source>Next, previous agenda step; start or pause its timer</source>
        <translation>Næste, forrige trin på dagsordenen; start eller sæt dets timer på pause</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Dagsorden og timer</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>Næste trin, forrige trin</translation>
    </message>
    <message>
        <source>Start or pause the timer, add a minute</source>
        <translation>Start eller sæt timeren på pause, tilføj et minut</translation>
    </message>
    <message>
        <source>(in the agenda)</source>
        <translation>(på dagsordenen)</translation>
    </message>
    <message>
        <source>Rename, move the selected step</source>
        <translation>Omdøb, flyt det valgte trin</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in Samskap&apos;s own files.</source>
        <translation>Adgangskoden gemmes i systemets nøglering, aldrig i Samskaps egne filer.</translation>
    </message>
    <message>
        <source>This computer has no system keyring Samskap can use, so the password is kept in memory only: Samskap asks for it again after a restart, and messages wait in the outbox until then.</source>
        <translation>Denne computer har ingen nøglering, som Samskap kan bruge, så adgangskoden gemmes kun i hukommelsen: Samskap beder om den igen efter en genstart, og beskederne venter i udbakken indtil da.</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Adgangskode til mailserveren</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Adgangskode for %1 på %2:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>e.g. smtp.office365.com</source>
        <translation>f.eks. smtp.office365.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalt port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (normalt port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local servers only)</source>
        <translation>Ingen: ukrypteret (kun lokale servere)</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>tom, hvis serveren ikke kræver login</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>dig@kommune.dk</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Sik&amp;kerhed:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brugernavn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Adgangskode:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Fra-adresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Afsender&amp;navn:</translation>
    </message>
    <message>
        <source>Type the name of the mail server, e.g. smtp.example.no.</source>
        <translation>Skriv mailserverens navn, f.eks. smtp.example.dk.</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Fra-adressen er ikke en gyldig e-mailadresse.</translation>
    </message>
</context>
<context>
    <name>StakeholderCardItem</name>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
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
        <translation>Administration</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Fagprofessionelle</translation>
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
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brugere</translation>
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
        <translation>&amp;Magt:</translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation>&amp;Interesse:</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Matrix:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltager:</translation>
    </message>
    <message>
        <source>Role in each phase</source>
        <translation>Rolle i hver fase</translation>
    </message>
    <message>
        <source>Selection criteria (Sørensen)</source>
        <translation>Udvælgelseskriterier (Sørensen)</translation>
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
        <translation>Slet aktør</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Slet aktører</translation>
    </message>
    <message>
        <source>Add participant as stakeholder</source>
        <translation>Tilføj deltager som aktør</translation>
    </message>
    <message>
        <source>Add participants as stakeholders</source>
        <translation>Tilføj deltagere som aktører</translation>
    </message>
    <message>
        <source>Make stakeholder a participant</source>
        <translation>Gør aktør til deltager</translation>
    </message>
    <message>
        <source>Make stakeholders participants</source>
        <translation>Gør aktører til deltagere</translation>
    </message>
</context>
<context>
    <name>StakeholderGaps</name>
    <message>
        <source>Nobody from the category %1 is on the map.</source>
        <translation>Ingen fra kategorien %1 er på kortet.</translation>
    </message>
    <message>
        <source>%1 has much power and interest but no role in any phase.</source>
        <translation>%1 har stor magt og interesse, men ingen rolle i nogen fase.</translation>
    </message>
    <message>
        <source>The map is empty: add the actors who are affected or can contribute.</source>
        <translation>Kortet er tomt: tilføj de aktører, der er berørt eller kan bidrage.</translation>
    </message>
    <message>
        <source>Nobody meets the effectiveness criterion: who has resources to solve the task?</source>
        <translation>Ingen opfylder effektivitetskriteriet: hvem har ressourcer til at løse opgaven?</translation>
    </message>
    <message>
        <source>Nobody meets the democracy criterion: who ought to have influence?</source>
        <translation>Ingen opfylder demokratikriteriet: hvem bør have indflydelse?</translation>
    </message>
    <message>
        <source>Nobody meets the innovation criterion: who has creative ideas and capacity?</source>
        <translation>Ingen opfylder innovationskriteriet: hvem har kreative idéer og kapacitet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-initiation: who helps define the problem?</source>
        <translation>Ingen har en rolle i co-initiering: hvem hjælper med at definere problemet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-design: who helps shape the solutions?</source>
        <translation>Ingen har en rolle i co-design: hvem hjælper med at forme løsningerne?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-implementation: who can carry the solution out?</source>
        <translation>Ingen har en rolle i co-implementering: hvem kan føre løsningen ud i livet?</translation>
    </message>
    <message>
        <source>Nobody is in Manage closely: is there no one with both power and interest?</source>
        <translation>Ingen er i Håndtér tæt: er der ingen med både magt og interesse?</translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Power and interest grid</source>
        <translation>Magt- og interessematrix</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Power →</source>
        <translation>Magt →</translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation>Flyt aktør</translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation>Flyt aktører</translation>
    </message>
</context>
<context>
    <name>StakeholderMapWidget</name>
    <message>
        <source>Power and interest &amp;grid</source>
        <translation>&amp;Magt- og interessematrix</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabel</translation>
    </message>
    <message>
        <source>S&amp;ummary and gaps</source>
        <translation>&amp;Opsummering og mangler</translation>
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
        <translation>&amp;Slet aktør</translation>
    </message>
    <message>
        <source>Add &amp;participants as stakeholders</source>
        <translation>Tilføj &amp;deltagere som aktører</translation>
    </message>
    <message>
        <source>&amp;Make participant</source>
        <translation>&amp;Gør til deltager</translation>
    </message>
    <message>
        <source>Add the selected stakeholders to the workshop&apos;s participants</source>
        <translation>Tilføj de valgte aktører til workshoppens deltagere</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Aktørkort</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation>Rediger aktør</translation>
    </message>
    <message>
        <source>%1 participants added to the map</source>
        <translation>%1 deltagere tilføjet til kortet</translation>
    </message>
    <message>
        <source>Every participant is already on the map</source>
        <translation>Alle deltagere er allerede på kortet</translation>
    </message>
    <message>
        <source>%1 stakeholders are now participants</source>
        <translation>%1 aktører er nu deltagere</translation>
    </message>
    <message>
        <source>Select stakeholders who are not participants yet</source>
        <translation>Vælg aktører, der ikke er deltagere endnu</translation>
    </message>
</context>
<context>
    <name>StakeholderSummary</name>
    <message>
        <source>Stakeholder summary</source>
        <translation>Opsummering af aktører</translation>
    </message>
    <message>
        <source>What the map lacks</source>
        <translation>Hvad kortet mangler</translation>
    </message>
    <message>
        <source>Who is on the map (%1)</source>
        <translation>Hvem er på kortet (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation>Magt og interesse</translation>
    </message>
    <message>
        <source>Selection criterion</source>
        <translation>Udvælgelseskriterium</translation>
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
        <translation>Magt</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltager</translation>
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
        <translation>Aktørtabel</translation>
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
        <translation>Samskabelsesworkshops: co-initiering, co-design, co-implementering.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demoworkshoppen</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>N&amp;yt møde …</translation>
    </message>
    <message>
        <source>The next meeting of the chosen recent workshop</source>
        <translation>Næste møde i den valgte seneste workshop</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Ingen seneste workshops endnu.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Edit step</source>
        <translation>Rediger trin</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Nyt trin</translation>
    </message>
    <message>
        <source>e.g. Welcome and round of names</source>
        <translation>f.eks. Velkomst og navnerunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the room is asked to do (shown to everyone)</source>
        <translation>Hvad salen bliver bedt om at gøre (vises for alle)</translation>
    </message>
    <message>
        <source>Reminders for yourself: only you see these</source>
        <translation>Påmindelser til dig selv: kun du kan se dem</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>For the &amp;room:</source>
        <translation>Til &amp;salen:</translation>
    </message>
    <message>
        <source>Your &amp;notes:</source>
        <translation>Dine &amp;noter:</translation>
    </message>
    <message>
        <source>Your notes are never shown to the room.</source>
        <translation>Dine noter vises aldrig for salen.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>For the room</source>
        <translation>Til salen</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Facilitatorens noter</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Kun du kan se dette</translation>
    </message>
    <message>
        <source>These notes are never shown to the room or on the projector.</source>
        <translation>Disse noter vises aldrig for salen eller på projektoren.</translation>
    </message>
    <message>
        <source>No instructions for the room. Edit… to write some.</source>
        <translation>Ingen instruktioner til salen. Vælg Rediger … for at skrive nogle.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen noter.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger …</translation>
    </message>
    <message>
        <source>No step</source>
        <translation>Intet trin</translation>
    </message>
    <message>
        <source>Add steps to the agenda, then double-click one to start it.</source>
        <translation>Tilføj trin til dagsordenen, og dobbeltklik derefter på et for at starte det.</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Trin %1 af %2 · %3</translation>
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
        <translation>mappen %s findes ikke</translation>
    </message>
</context>
<context>
    <name>SummaryFileDialog</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>Eksportér opsummeringen som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Public version: names of people replaced by role or organisation</source>
        <translation>Offentlig version: navne på personer erstattet med rolle eller organisation</translation>
    </message>
    <message>
        <source>For the public record: participants&apos; names and emails, note authors, and the names of citizens and users on the stakeholder map are left out.</source>
        <translation>Til offentlig journal: deltagernes navne og e-mailadresser, forfattere af sedler og navne på borgere og brugere på aktørkortet udelades.</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Møde:</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Template library</source>
        <translation>Skabelonbibliotek</translation>
    </message>
    <message>
        <source>&amp;Language of the templates:</source>
        <translation>S&amp;kabelonernes sprog:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importér …</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér …</translation>
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
            <numerusform>Filer, der ikke kunne læses (%n)</numerusform>
            <numerusform>Filer, der ikke kunne læses (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation>Skabelonen kan ikke importeres</translation>
    </message>
    <message>
        <source>The template cannot be exported</source>
        <translation>Skabelonen kan ikke eksporteres</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes</source>
        <translation>%1 · ca. %2 minutter</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importér en skabelon</translation>
    </message>
    <message>
        <source>Samskap templates (*.json)</source>
        <translation>Samskap-skabeloner (*.json)</translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation>Eksportér skabelonen</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>A note holds at most {max} characters.</source>
        <translation>En seddel kan højst have {max} tegn.</translation>
    </message>
    <message>
        <source>A title holds at most {max} characters.</source>
        <translation>En titel kan højst have {max} tegn.</translation>
    </message>
    <message>
        <source>A label holds at most {max} characters.</source>
        <translation>En etiket kan højst have {max} tegn.</translation>
    </message>
    <message>
        <source>This text has {n}.</source>
        <translation>Denne tekst har {n}.</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source>Time left</source>
        <translation>Resterende tid</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Start timeren</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Nulstil timeren</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Tilføj et minut</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
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
        <translation>Sæt timeren på pause</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Intet trin valgt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
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
        <translation>Sat på pause, over tiden</translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation>Tiden er gået: %1</translation>
    </message>
</context>
<context>
    <name>Toolbar</name>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Annullér fortryd</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Værk&amp;tøjslinje</translation>
    </message>
</context>
<context>
    <name>UiJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer …</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>duplicate id {id}</source>
        <translation>id&apos;et {id} findes to gange</translation>
    </message>
    <message>
        <source>exactly one of &apos;participant_id&apos; and &apos;device_id&apos; must be set</source>
        <translation>præcis én af &apos;participant_id&apos; og &apos;device_id&apos; skal være sat</translation>
    </message>
    <message>
        <source>&apos;colour&apos; is not a #rrggbb colour</source>
        <translation>&apos;colour&apos; er ikke en farve på formen #rrggbb</translation>
    </message>
    <message>
        <source>&apos;duration_min&apos; is not between 0 and 1440</source>
        <translation>&apos;duration_min&apos; er ikke mellem 0 og 1440</translation>
    </message>
    <message>
        <source>&apos;timer_elapsed_s&apos; is not a finite number of seconds</source>
        <translation>&apos;timer_elapsed_s&apos; er ikke et endeligt antal sekunder</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not between 0 and 1</source>
        <translation>&apos;{field}&apos; er ikke mellem 0 og 1</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to a missing entry {value}</source>
        <translation>&apos;{field}&apos; peger på en post, der mangler: {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the unknown value {value}</source>
        <translation>&apos;{field}&apos; har den ukendte værdi {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time ({value})</source>
        <translation>&apos;{field}&apos; er ikke en dato og et klokkeslæt ({value})</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD ({value})</source>
        <translation>&apos;date&apos; er ikke en dato skrevet ÅÅÅÅ-MM-DD ({value})</translation>
    </message>
    <message>
        <source>&apos;start_time&apos; is not a time of day written HH:MM ({value})</source>
        <translation>&apos;start_time&apos; er ikke et klokkeslæt skrevet TT:MM ({value})</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; is the frame itself</source>
        <translation>&apos;parent_id&apos; er rammen selv</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; leads round in a circle of frames</source>
        <translation>&apos;parent_id&apos; går i ring mellem rammer</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; nests it {depth} frames deep; frames nest one level deep</source>
        <translation>&apos;parent_id&apos; lægger den {depth} rammer dybt; rammer ligger kun ét niveau inden i hinanden</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to {value}, which is on another board</source>
        <translation>&apos;{field}&apos; peger på {value}, som er på en anden tavle</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a finite number</source>
        <translation>&apos;{field}&apos; er ikke et endeligt tal</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is outside {low} to {high}</source>
        <translation>&apos;{field}&apos; er uden for {low} til {high}</translation>
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
        <translation>Afstemning i gang: %1</translation>
    </message>
    <message>
        <source>Recording dots: click a note to add a dot, right-click or Shift+click to take one back</source>
        <translation>Registrerer prikker: klik på en seddel for at tilføje en prik, højreklik eller Shift+klik for at fjerne en igen</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start afstemning</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more dots.</source>
        <translation>Afstemningen er lukket: den tager ikke imod flere prikker.</translation>
    </message>
    <message>
        <source>%1 does not vote in this vote.</source>
        <translation>%1 stemmer ikke i denne afstemning.</translation>
    </message>
    <message>
        <source>This note is outside the frame being voted on.</source>
        <translation>Denne seddel ligger uden for den ramme, der stemmes om.</translation>
    </message>
    <message>
        <source>%1 has used all %2 dots.</source>
        <translation>%1 har brugt alle %2 prikker.</translation>
    </message>
    <message>
        <source>%1 already has a dot on this note: one dot per note in this vote.</source>
        <translation>%1 har allerede en prik på denne seddel: én prik pr. seddel i denne afstemning.</translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation>%1 har ingen prik på denne seddel at fjerne.</translation>
    </message>
    <message>
        <source>Choose who is voting first (number keys or the list).</source>
        <translation>Vælg først, hvem der stemmer (taltasterne eller listen).</translation>
    </message>
    <message>
        <source>Add dot</source>
        <translation>Tilføj prik</translation>
    </message>
    <message>
        <source>Dot for %1 (%2 left)</source>
        <translation>Prik fra %1 (%2 tilbage)</translation>
    </message>
    <message>
        <source>Remove dot</source>
        <translation>Fjern prik</translation>
    </message>
    <message>
        <source>Reveal vote</source>
        <translation>Afslør resultatet</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Luk afstemning</translation>
    </message>
    <message>
        <source>The vote is closed; its result is kept with the workshop.</source>
        <translation>Afstemningen er lukket; resultatet gemmes sammen med workshoppen.</translation>
    </message>
    <message>
        <source>No note has a dot yet: nothing to send.</source>
        <translation>Ingen seddel har en prik endnu: der er intet at sende.</translation>
    </message>
    <message>
        <source>Send top ideas</source>
        <translation>Send topidéer</translation>
    </message>
    <message>
        <source>%1 ideas sent to %2</source>
        <translation>%1 idéer sendt til %2</translation>
    </message>
    <message>
        <source>Stopped recording dots</source>
        <translation>Registrering af prikker er stoppet</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&amp;Start vote…</source>
        <translation>&amp;Start afstemning …</translation>
    </message>
    <message>
        <source>&amp;Record dots</source>
        <translation>&amp;Registrér prikker</translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation>&amp;Afslør resultatet</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>&amp;Luk afstemning</translation>
    </message>
    <message>
        <source>Results and &amp;top ideas…</source>
        <translation>Resultater og &amp;topidéer …</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Afstemning</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Hvem stemmer</translation>
    </message>
    <message>
        <source>Notes voted on</source>
        <translation>Sedler, der stemmes om</translation>
    </message>
    <message>
        <source>&amp;Who is voting (number keys on the board):</source>
        <translation>&amp;Hvem stemmer (taltasterne på tavlen):</translation>
    </message>
    <message>
        <source>&amp;Notes (Enter or + adds a dot, Delete or - takes one back):</source>
        <translation>S&amp;edler (Enter eller + tilføjer en prik, Delete eller - fjerner en igen):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukket</translation>
    </message>
    <message>
        <source>No vote on this board yet.</source>
        <translation>Ingen afstemning på denne tavle endnu.</translation>
    </message>
    <message>
        <source>Reveal the result first</source>
        <translation>Afslør resultatet først</translation>
    </message>
    <message>
        <source>%1 dots each</source>
        <translation>%1 prikker hver</translation>
    </message>
    <message>
        <source>several on one note allowed</source>
        <translation>flere på én seddel tilladt</translation>
    </message>
    <message>
        <source>one per note</source>
        <translation>én pr. seddel</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>ramme %1</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>skjult, indtil resultatet afsløres</translation>
    </message>
    <message>
        <source>This phone puts its own dots</source>
        <translation>Denne telefon sætter selv sine prikker</translation>
    </message>
    <message>
        <source>%1%2: %3 of %4 left</source>
        <translation>%1%2: %3 af %4 tilbage</translation>
    </message>
    <message>
        <source>Phone: %1: %2 of %3 left</source>
        <translation>Telefon: %1: %2 af %3 tilbage</translation>
    </message>
    <message>
        <source>Dots from phones: %1 of %2</source>
        <translation>Prikker fra telefoner: %1 af %2</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(tom seddel)</translation>
    </message>
</context>
<context>
    <name>VoteResultsDialog</name>
    <message>
        <source>Vote result</source>
        <translation>Afstemningsresultat</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>Closed: the result is final.</source>
        <translation>Lukket: resultatet er endeligt.</translation>
    </message>
    <message>
        <source>Still open: the result may change.</source>
        <translation>Stadig åben: resultatet kan ændre sig.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Stemmegivere</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Seddel</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Send the &amp;top</source>
        <translation>Send de &amp;bedste</translation>
    </message>
    <message>
        <source>ideas to &amp;board</source>
        <translation>idéer til &amp;tavlen</translation>
    </message>
    <message>
        <source>Send copies %1 notes: notes with as many dots as the last one go along.</source>
        <translation>Send kopierer %1 sedler: sedler med lige så mange prikker som den sidste kommer med.</translation>
    </message>
    <message>
        <source>Send copies %1 notes.</source>
        <translation>Send kopierer %1 sedler.</translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Start a dot vote</source>
        <translation>Start en prikafstemning</translation>
    </message>
    <message>
        <source>Which ideas shall we work on?</source>
        <translation>Hvilke idéer skal vi arbejde videre med?</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Hele tavlen</translation>
    </message>
    <message>
        <source>Frame: %1</source>
        <translation>Ramme: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
    <message>
        <source>One person may put several dots on the same note</source>
        <translation>Én person må sætte flere prikker på samme seddel</translation>
    </message>
    <message>
        <source>Hide the dots until I reveal the result</source>
        <translation>Skjul prikkerne, indtil jeg afslører resultatet</translation>
    </message>
    <message>
        <source>One name a line: people who vote but are not participants yet</source>
        <translation>Ét navn pr. linje: personer, der stemmer, men endnu ikke er deltagere</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørgsmål:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>Stem &amp;om:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prikker pr. person:</translation>
    </message>
    <message>
        <source>&amp;Who votes:</source>
        <translation>&amp;Hvem stemmer:</translation>
    </message>
    <message>
        <source>&amp;New voters:</source>
        <translation>&amp;Nye stemmegivere:</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start afstemning</translation>
    </message>
    <message>
        <source>Nobody votes</source>
        <translation>Ingen stemmegivere</translation>
    </message>
    <message>
        <source>Tick who votes, or type the names of new voters.</source>
        <translation>Sæt hak ved dem, der stemmer, eller skriv navnene på nye stemmegivere.</translation>
    </message>
</context>
<context>
    <name>WaitingNotes</name>
    <message>
        <source>Release &amp;into:</source>
        <translation>Frigiv &amp;i:</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Frigiv &amp;alle</translation>
    </message>
    <message>
        <source>Release this &amp;person&apos;s</source>
        <translation>Frigiv denne &amp;persons</translation>
    </message>
    <message>
        <source>Release &amp;selected</source>
        <translation>Frigiv &amp;valgte</translation>
    </message>
    <message>
        <source>where each was written</source>
        <translation>hvor hver blev skrevet</translation>
    </message>
    <message>
        <source>Notes waiting: %1</source>
        <translation>Sedler, der venter: %1</translation>
    </message>
    <message>
        <source>No notes are waiting.</source>
        <translation>Ingen sedler venter.</translation>
    </message>
</context>
<context>
    <name>WorkshopFileError</name>
    <message>
        <source>The file {name} cannot be used.</source>
        <translation>Filen {name} kan ikke bruges.</translation>
    </message>
    <message>
        <source>The workshop file {name} does not exist (it may have been moved or deleted).</source>
        <translation>Workshopfilen {name} findes ikke (den kan være flyttet eller slettet).</translation>
    </message>
    <message>
        <source>The file {name} is not a Samskap workshop.</source>
        <translation>Filen {name} er ikke en Samskap-workshop.</translation>
    </message>
    <message>
        <source>The workshop file {name} is damaged and cannot be opened. It has not been changed.</source>
        <translation>Workshopfilen {name} er beskadiget og kan ikke åbnes. Den er ikke ændret.</translation>
    </message>
    <message>
        <source>The workshop file {name} cannot be opened: the file {name}-wal beside it holds changes of another workshop or database (it may have been copied or renamed by hand). Samskap has not applied them, and nothing has been changed. Move {name}-wal to another folder to open the workshop as it was last saved completely.</source>
        <translation>Workshopfilen {name} kan ikke åbnes: filen {name}-wal ved siden af indeholder ændringer fra en anden workshop eller database (den kan være kopieret eller omdøbt i hånden). Samskap har ikke taget dem ind, og intet er ændret. Flyt {name}-wal til en anden mappe for at åbne workshoppen, som den sidst blev gemt helt.</translation>
    </message>
    <message>
        <source>The workshop file {name} was made by a newer version of Samskap. Update Samskap to open it; the file has not been changed.</source>
        <translation>Workshopfilen {name} er lavet med en nyere version af Samskap. Opdatér Samskap for at åbne den; filen er ikke ændret.</translation>
    </message>
    <message>
        <source>A file called {name} already exists; choose another name.</source>
        <translation>Der findes allerede en fil med navnet {name}; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Samskap could not write to {name}: {detail}</source>
        <translation>Samskap kunne ikke skrive til {name}: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is not a valid Samskap export: {detail}</source>
        <translation>Filen {name} er ikke en gyldig Samskap-eksport: {detail}</translation>
    </message>
    <message>
        <source>The workshop file {name} does not follow Samskap&apos;s rules: {detail}</source>
        <translation>Workshopfilen {name} følger ikke Samskaps regler: {detail}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>filen eller mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>et andet program bruger filen</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may have been removed, or made read-only)</source>
        <translation>der kunne ikke skrives til disken (den kan være fjernet eller gjort skrivebeskyttet)</translation>
    </message>
    <message>
        <source>the file was changed by another program, or is damaged ({error}); use Save as… to keep the workshop as it is on the screen</source>
        <translation>filen blev ændret af et andet program, eller er beskadiget ({error}); brug Gem som … for at beholde workshoppen, som den er på skærmen</translation>
    </message>
    <message>
        <source>the storage reported an error ({error})</source>
        <translation>lageret meldte en fejl ({error})</translation>
    </message>
    <message>
        <source>another program or window has written to the file since Samskap opened it, so the file no longer holds what the screen shows; use Save as… to keep the workshop as it is on the screen</source>
        <translation>et andet program eller vindue har skrevet til filen, siden Samskap åbnede den, så filen indeholder ikke længere det, skærmen viser; brug Gem som … for at beholde workshoppen, som den er på skærmen</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Workshoppen {name} har ingen tavle med navnet »{detail}«.</translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message>
        <source>Floke map</source>
        <translation>Problemkort</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Kan ikke oprette workshoppen</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s);;All files (*)</source>
        <translation>Samskap-workshops (*%s);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Gem workshoppen som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshops (*%s)</translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation>Kan ikke gemme workshoppen</translation>
    </message>
</context>
<context>
    <name>WorkshopGuard</name>
    <message>
        <source>The file %1 cannot be written to (%2), so it is open for viewing only. Nothing in it is damaged. Use Save as… to make a copy you can change.</source>
        <translation>Filen %1 kan ikke skrives til (%2), så den er kun åbnet til visning. Intet i den er beskadiget. Brug Gem som … for at lave en kopi, du kan ændre.</translation>
    </message>
    <message>
        <source>its folder is read-only: Samskap cannot keep its safety files beside it</source>
        <translation>mappen er skrivebeskyttet: Samskap kan ikke have sine sikkerhedsfiler ved siden af den</translation>
    </message>
    <message>
        <source>the file itself is read-only</source>
        <translation>selve filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikke åbne workshoppen</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikke gendanne sikkerhedskopien</translation>
    </message>
    <message>
        <source>No backup could be made: %s</source>
        <translation>Der kunne ikke laves en sikkerhedskopi: %s</translation>
    </message>
    <message>
        <source>The changes that could not be saved are saved now.</source>
        <translation>De ændringer, der ikke kunne gemmes, er gemt nu.</translation>
    </message>
</context>
</TS>
