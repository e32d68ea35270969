<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
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
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
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
        <translation>Kva skal gjerast</translation>
    </message>
    <message>
        <source>A&amp;dd action</source>
        <translation>Legg t&amp;il tiltak</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: the actions can be read, not changed.</source>
        <translation>Denne verkstaden er opna skriveverna her: tiltaka kan lesast, ikkje endrast.</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Status for %1</translation>
    </message>
    <message>
        <source>The first meeting of the process: %1 new.</source>
        <translation>Det første møtet i prosessen: %1 nye.</translation>
    </message>
    <message>
        <source>Since last meeting (%1): %2 done, %3 stopped, %4 new.</source>
        <translation>Sidan førre møte (%1): %2 ferdige, %3 stoppa, %4 nye.</translation>
    </message>
    <message>
        <source>Write what is to be done first.</source>
        <translation>Skriv først kva som skal gjerast.</translation>
    </message>
    <message>
        <source>The due date must be a day written YYYY-MM-DD, such as 2026-09-15.</source>
        <translation>Fristen må vere ein dag skriven ÅÅÅÅ-MM-DD, til dømes 2026-09-15.</translation>
    </message>
    <message>
        <source>An action must say what is to be done.</source>
        <translation>Eit tiltak må seie kva som skal gjerast.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Go to step %1</source>
        <translation>Gå til steget %1</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Legg til steg</translation>
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
        <translation>Endre varigheit</translation>
    </message>
    <message>
        <source>Rename step</source>
        <translation>Gje steget nytt namn</translation>
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
        <translation>Min.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Legg til steg …</translation>
    </message>
    <message>
        <source>Add exercise…</source>
        <translation>Legg til øving …</translation>
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
        <translation>+ Øving</translation>
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
        <translation>Varigheita til det valde steget</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Startti&amp;d:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Varigh&amp;eit:</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Ingen steg enno.</translation>
    </message>
    <message>
        <source>%1 in all. Set a start time to see clock times.</source>
        <translation>%1 til saman. Set ei starttid for å sjå klokkesletta.</translation>
    </message>
    <message>
        <source>Planned end %1 (%2 in all)</source>
        <translation>Planlagd slutt %1 (%2 til saman)</translation>
    </message>
    <message>
        <source>Running %1 late: expected end %2</source>
        <translation>%1 etter planen: venta slutt %2</translation>
    </message>
    <message>
        <source>%1 ahead of plan: expected end %2</source>
        <translation>%1 føre planen: venta slutt %2</translation>
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
        <translation>Steget held på tittelen sin</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups of this workshop</source>
        <translation>Tryggingskopiar av denne verkstaden</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Laga</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>&amp;Delete these backups…</source>
        <translation>&amp;Slett desse tryggingskopiane …</translation>
    </message>
    <message>
        <source>This window keeps no backups.</source>
        <translation>Dette vindauget tek ingen tryggingskopiar.</translation>
    </message>
    <message>
        <source>There are no backups of this workshop on this computer.</source>
        <translation>Det finst ingen tryggingskopiar av denne verkstaden på denne datamaskina.</translation>
    </message>
    <message>
        <source>Backups taken before this change: %1. They still hold the names as they were; delete them to take the names off this computer.</source>
        <translation>Tryggingskopiar tekne før denne endringa: %1. Dei har framleis namna slik dei var; slett dei for å fjerne namna frå denne datamaskina.</translation>
    </message>
    <message>
        <source>Backups of this workshop on this computer: %1. Each holds the names as they were when it was taken.</source>
        <translation>Tryggingskopiar av denne verkstaden på denne datamaskina: %1. Kvar av dei har namna slik dei var då han vart teken.</translation>
    </message>
    <message>
        <source>Delete backups</source>
        <translation>Slett tryggingskopiar</translation>
    </message>
    <message>
        <source>Delete the backups listed (%1) for good?

They cannot be restored afterwards, and Undo does not bring them back. The workshop file itself is not touched.</source>
        <translation>Slette tryggingskopiane i lista (%1) for godt?

Dei kan ikkje gjenopprettast etterpå, og Angre hentar dei ikkje tilbake. Sjølve verkstadfila vert ikkje rørt.</translation>
    </message>
    <message>
        <source>These backups could not be deleted:</source>
        <translation>Desse tryggingskopiane kunne ikkje slettast:</translation>
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
        <translation>Grøn</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Kvit</translation>
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
        <translation>M&amp;erk alt</translation>
    </message>
    <message>
        <source>Co&amp;nnect notes</source>
        <translation>K&amp;opl saman lappar</translation>
    </message>
    <message>
        <source>Add fra&amp;me…</source>
        <translation>Ny ra&amp;mme …</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>F&amp;lytt fremst</translation>
    </message>
    <message>
        <source>Send to &amp;back</source>
        <translation>Flytt &amp;bakarst</translation>
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
        <translation>Faktisk &amp;storleik</translation>
    </message>
    <message>
        <source>Draw an arrow: click the note it starts from, then the one it points to</source>
        <translation>Teikn ein pil: klikk på lappen han startar frå, og så på lappen han peikar mot</translation>
    </message>
    <message>
        <source>Arrow &amp;label…</source>
        <translation>&amp;Tekst på pilen …</translation>
    </message>
    <message>
        <source>Next arrow &amp;kind</source>
        <translation>&amp;Neste piltype</translation>
    </message>
    <message>
        <source>&amp;Rename frame…</source>
        <translation>&amp;Gje ramma nytt namn …</translation>
    </message>
    <message>
        <source>Link &amp;stakeholders…</source>
        <translation>Knyt til &amp;aktørar …</translation>
    </message>
    <message>
        <source>&amp;Tidy floke tree</source>
        <translation>&amp;Rydd floketreet</translation>
    </message>
</context>
<context>
    <name>BoardClipboard</name>
    <message>
        <source>Nothing was pasted</source>
        <translation>Ingenting vart limt inn</translation>
    </message>
</context>
<context>
    <name>BoardContextMenu</name>
    <message>
        <source>Secto&amp;rs</source>
        <translation>Sek&amp;torar</translation>
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
        <translation>Flytt lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation>Endre storleik på lapp</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;{text}&apos; is not a size like 1280x800</source>
        <translation>«{text}» er ikkje ein storleik som 1280x800</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 200x200 to 8000x8000</source>
        <translation>«{text}» er utanfor 200x200 til 8000x8000</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a port number</source>
        <translation>«{text}» er ikkje eit portnummer</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is outside 1 to 65535</source>
        <translation>«{text}» er utanfor 1 til 65535</translation>
    </message>
    <message>
        <source>Wrote the demo workshop to {path}</source>
        <translation>Skreiv demoverkstaden til {path}</translation>
    </message>
    <message>
        <source>{file}: ok</source>
        <translation>{file}: i orden</translation>
    </message>
    <message>
        <source>{file} has no meeting {meeting}</source>
        <translation>{file} har ikkje noko møte {meeting}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Skreiv {path}</translation>
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
        <translation>Legg til %n lappar</translation>
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
        <translation>Gje tavla nytt namn</translation>
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
        <translation>er årsak til</translation>
    </message>
    <message>
        <source>leads to</source>
        <translation>fører til</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>hindrar</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>heng saman med</translation>
    </message>
    <message>
        <source>&amp;Causes</source>
        <translation>&amp;Er årsak til</translation>
    </message>
    <message>
        <source>&amp;Leads to</source>
        <translation>&amp;Fører til</translation>
    </message>
    <message>
        <source>&amp;Blocks</source>
        <translation>&amp;Hindrar</translation>
    </message>
    <message>
        <source>&amp;Related</source>
        <translation>Heng &amp;saman med</translation>
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
        <translation>Tenaren avviste desse adressene. Rett ei adresse, så går meldinga berre til den personen: dei andre har ho alt.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>&amp;Send to the corrected address</source>
        <translation>&amp;Send til den retta adressa</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» er ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is a recipient already.</source>
        <translation>«%1» er alt mottakar.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation>Noko gjekk gale</translation>
    </message>
    <message>
        <source>Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.

Details for the developers are in %s</source>
        <translation>Samskap møtte eit uventa problem. Alle endringar fram til den siste er lagra i verkstadfila.

Detaljar for utviklarane ligg i %s</translation>
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
        <translation>Har ressursar som hjelper til å løyse oppgåva</translation>
    </message>
    <message>
        <source>Ought to have influence</source>
        <translation>Bør ha innverknad</translation>
    </message>
    <message>
        <source>Has creative ideas and the capacity to create</source>
        <translation>Har kreative idear og kapasitet til å skape</translation>
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
        <translation>Verkstaden</translation>
    </message>
    <message>
        <source>What, where and when. You can change all of it later.</source>
        <translation>Kva, kvar og når. Du kan endre alt seinare.</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>t.d. Bu lenger heime</translation>
    </message>
    <message>
        <source>e.g. Fjellvik kommune</source>
        <translation>t.d. Fjellvik kommune</translation>
    </message>
    <message>
        <source>The language of the exercises&apos; texts on the boards and in the agenda</source>
        <translation>Språket i tekstane til øvingane på tavlene og i agendaen</translation>
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
        <translation>Startt&amp;id:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Fasilitator:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Save new workshop as</source>
        <translation>Lagre ny verkstad som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verkstader (*%s)</translation>
    </message>
</context>
<context>
    <name>DurabilityMessages</name>
    <message>
        <source>Your last change was not saved</source>
        <translation>Den siste endringa di vart ikkje lagra</translation>
    </message>
    <message>
        <source>Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. What was saved before is safe. If this goes on, use Save as… to save the whole workshop in another place (another folder or a USB stick).</source>
        <translation>Ingenting er tapt: endringa blir verande på skjermen, og Samskap held fram med å prøve å lagre ho. Det som vart lagra før, er trygt. Held dette fram, kan du bruke Lagre som … for å lagre heile verkstaden ein annan stad (i ei anna mappe eller på ein minnepinne).</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som …</translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on the computer %3 (since %4). It is opened read-only here, so that the two of you do not overwrite each other&apos;s work.

Use Save as… to make a copy you can change.</source>
        <translation>%1 er alt open for endringar hos %2 på datamaskina %3 (sidan %4). Her blir fila opna skriveverna, så de to ikkje skriv over arbeidet til kvarandre.

Bruk Lagre som … for å lage ein kopi du kan endre.</translation>
    </message>
    <message>
        <source>If you are sure that nobody works in it there any more (that computer was switched off, or Samskap there stopped without closing the workshop), you can take it over. If it is still open there, both of you will change the same file: each screen will show only its own changes, and work will be lost.</source>
        <translation>Er du sikker på at ingen arbeider i den der lenger (den datamaskina vart slått av, eller Samskap der stoppa utan å lukke verkstaden), kan du ta den over. Er den framleis open der, endrar de begge den same fila: kvar skjerm viser berre sine eigne endringar, og arbeid går tapt.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opna skriveverna</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Ta over og rediger</translation>
    </message>
    <message>
        <source>%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and the file locks it relies on are not reliable there: the file can be copied half-written or replaced with an older copy.

For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) and put a copy in the shared folder afterwards (File &gt; Save as…).</source>
        <translation>%1 ligg i ei mappe som %2 styrer. Samskap lagrar kvar endring med ein gong i verkstadfila, og fillåsane som programmet rettar seg etter, er ikkje pålitelege der: fila kan bli kopiert halvskriven eller bytt ut med ein eldre kopi.

Under ein verkstad bør du ha fila i ei mappe på denne datamaskina (til dømes Dokument/Samskap) og leggje ein kopi i den delte mappa etterpå (Fil &gt; Lagre som …).</translation>
    </message>
    <message>
        <source>A risky place for a workshop</source>
        <translation>Ein utrygg stad for ein verkstad</translation>
    </message>
    <message>
        <source>A sound backup from %1 exists. Open a copy of it as a new workshop file?</source>
        <translation>Det finst ein feilfri tryggingskopi frå %1. Vil du opne ein kopi av han som ei ny verkstadfil?</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikkje opne verkstaden</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Opne tryggingskopien</translation>
    </message>
    <message>
        <source>Some changes are not saved</source>
        <translation>Nokre endringar er ikkje lagra</translation>
    </message>
    <message>
        <source>Samskap could not write the latest changes to the workshop file, and they are only on the screen. Save the workshop in another place with Save as…, or close without them.</source>
        <translation>Samskap klarte ikkje å skrive dei siste endringane til verkstadfila, og dei finst berre på skjermen. Lagre verkstaden ein annan stad med Lagre som …, eller lukk utan dei.</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Lukk utan dei</translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email summary</source>
        <translation>Send samandraget på e-post</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>du@kommune.no</translation>
    </message>
    <message>
        <source>One address a line, e.g. Kari Nordmann &lt;kari@example.no&gt;</source>
        <translation>Éi adresse per linje, t.d. Kari Nordmann &lt;kari@example.no&gt;</translation>
    </message>
    <message>
        <source>Send as &amp;Bcc: recipients do not see each other&apos;s addresses</source>
        <translation>Send som &amp;Bcc: mottakarane ser ikkje adressene til kvarandre</translation>
    </message>
    <message>
        <source>A list of everyone&apos;s address is personal data. With Bcc, the message is addressed to you.</source>
        <translation>Ei liste over adressene til alle er personopplysningar. Med Bcc er meldinga adressert til deg.</translation>
    </message>
    <message>
        <source>Send to all &amp;participants, not only those who attended</source>
        <translation>Send til alle &amp;deltakarane, ikkje berre dei som var der</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Rediger &amp;malen …</translation>
    </message>
    <message>
        <source>&amp;View PDF</source>
        <translation>&amp;Vis PDF</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>E-&amp;posttenar …</translation>
    </message>
    <message>
        <source>Open as &amp;draft in my mail program</source>
        <translation>Opne som &amp;utkast i e-postprogrammet mitt</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;råk:</translation>
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
        <translation>Legg til minst éin mottakar.</translation>
    </message>
    <message>
        <source>Type your own address in From.</source>
        <translation>Skriv di eiga adresse i Frå.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«%1» er ikkje ei e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” has no @.</source>
        <translation>«%1» manglar @.</translation>
    </message>
    <message>
        <source>“%1” has characters that are not allowed before the @.</source>
        <translation>«%1» har teikn som ikkje er tillatne før @.</translation>
    </message>
    <message>
        <source>“%1” has letters such as æ, ø or å before the @, which most mail servers refuse.</source>
        <translation>«%1» har bokstavar som æ, ø eller å før @, noko dei fleste e-posttenarar avviser.</translation>
    </message>
    <message>
        <source>“%1” has no valid domain after the @.</source>
        <translation>«%1» har ikkje noko gyldig domene etter @.</translation>
    </message>
    <message>
        <source>“%1” is too long for an email address.</source>
        <translation>«%1» er for lang til å vere ei e-postadresse.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» står to gonger.</translation>
    </message>
    <message>
        <source>Preparing the summary PDF…</source>
        <translation>Lagar PDF-en med samandraget …</translation>
    </message>
    <message>
        <source>The summary PDF was not made.</source>
        <translation>PDF-en med samandraget vart ikkje laga.</translation>
    </message>
    <message>
        <source>The PDF is %1, more than 10 MB: many mail servers refuse messages that large. Consider sharing it another way, or send it and watch the outbox.</source>
        <translation>PDF-en er på %1, meir enn 10 MB: mange e-posttenarar avviser så store meldingar. Vurder å dele han på ein annan måte, eller send han og følg med på utboksen.</translation>
    </message>
    <message>
        <source>The summary PDF could not be made: %1</source>
        <translation>PDF-en med samandraget kunne ikkje lagast: %1</translation>
    </message>
    <message>
        <source>The draft could not be written</source>
        <translation>Utkastet kunne ikkje skrivast</translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation>Ikkje noko e-postprogram opna utkastet</translation>
    </message>
    <message>
        <source>The draft is saved as %1. Open it with your mail program to send it.</source>
        <translation>Utkastet er lagra som %1. Opne det i e-postprogrammet ditt for å sende det.</translation>
    </message>
    <message>
        <source>The summary could not be sent</source>
        <translation>Samandraget kunne ikkje sendast</translation>
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
        <translation>Desse orda blir bytte ut med opplysningar om verkstaden: {title}, {date}, {municipality}, {facilitator}.</translation>
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
        <translation>Legg til øving</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Øving</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>The template library has no exercises. Use “Add step…” for a step of your own.</source>
        <translation>Malbiblioteket har ingen øvingar. Bruk «Legg til steg …» for å lage eit eige steg.</translation>
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
        <translation>Noverande steg</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>N&amp;este steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Førre s&amp;teg</translation>
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
        <translation>T&amp;iltak …</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Kan ikkje lagre planen</translation>
    </message>
    <message>
        <source>The template library is not available.</source>
        <translation>Malbiblioteket er ikkje tilgjengeleg.</translation>
    </message>
    <message>
        <source>Save agenda as a plan</source>
        <translation>Lagre agendaen som plan</translation>
    </message>
    <message>
        <source>Name of the plan:</source>
        <translation>Namn på planen:</translation>
    </message>
    <message>
        <source>Saved the plan “%1”: the new-workshop wizard offers it from now on.</source>
        <translation>Lagra planen «%1»: vegvisaren for ny verkstad tilbyr han frå no av.</translation>
    </message>
</context>
<context>
    <name>JoinOverlay</name>
    <message>
        <source>Join from your phone</source>
        <translation>Ver med frå mobilen</translation>
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
        <translation>Samskap brukar %1 frå neste oppstart. Vil du starte på nytt no?</translation>
    </message>
</context>
<context>
    <name>LinkStakeholderDialog</name>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt til aktørar</translation>
    </message>
    <message>
        <source>Who is affected by this, and who owns it (can act on it)?
«%1»</source>
        <translation>Kven blir råka av dette, og kven eig det (kan gjere noko med det)?
«%1»</translation>
    </message>
    <message>
        <source>Stakeholder</source>
        <translation>Aktør</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Råka</translation>
    </message>
    <message>
        <source>Owns it</source>
        <translation>Eig det</translation>
    </message>
    <message>
        <source>This workshop has no stakeholders yet. Add them on the stakeholder map first.</source>
        <translation>Denne verkstaden har ingen aktørar enno. Legg dei til på aktørkartet først.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Waiting: no mail server is set up (Outbox &gt; Mail server…).</source>
        <translation>Ventar: ingen e-posttenar er sett opp (Utboks &gt; E-posttenar …).</translation>
    </message>
    <message>
        <source>Waiting for the mail server password: press Retry now.</source>
        <translation>Ventar på passordet til e-posttenaren: trykk Prøv på nytt no.</translation>
    </message>
    <message>
        <source>Delivered to %1 of %2. The server refused:</source>
        <translation>Levert til %1 av %2. Tenaren avviste:</translation>
    </message>
    <message>
        <source>Not delivered. The server refused:</source>
        <translation>Ikkje levert. Tenaren avviste:</translation>
    </message>
    <message>
        <source>The server asked to try these recipients again later:</source>
        <translation>Tenaren bad om å prøve desse mottakarane på nytt seinare:</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Frå-adressa er ikkje ei gyldig e-postadresse.</translation>
    </message>
    <message>
        <source>There is no valid recipient.</source>
        <translation>Det finst ingen gyldig mottakar.</translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>Utkastet kunne ikkje skrivast til %1: %2</translation>
    </message>
    <message>
        <source>The outbox %1 was made by a newer Samskap.</source>
        <translation>Utboksen %1 er laga av ein nyare versjon av Samskap.</translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation>Utboksen %1 kan ikkje opnast: %2</translation>
    </message>
    <message>
        <source>Samskap stopped while this message was being handed to the server, so it may have been delivered. Check with a recipient or in your mail&apos;s Sent folder before you send it again.</source>
        <translation>Samskap stoppa medan meldinga vart levert til tenaren, så ho kan ha kome fram. Sjekk med ein mottakar eller i mappa Sendt i e-posten din før du sender ho på nytt.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: choose another security setting.</source>
        <translation>Tenaren tilbyr ikkje STARTTLS: vel ei anna tryggleiksinnstilling.</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>Tenaren avviste tilkoplinga</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Den sikre tilkoplinga feila: %1</translation>
    </message>
    <message>
        <source>The server refused the sender %1</source>
        <translation>Tenaren avviste avsendaren %1</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Tenaren avviste meldinga</translation>
    </message>
    <message>
        <source>The connection broke while the message was being handed over; it may have been delivered (%1).</source>
        <translation>Tilkoplinga vart broten medan meldinga vart levert; ho kan ha kome fram (%1).</translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation>Tenaren tilbyr ikkje innlogging på denne tilkoplinga.</translation>
    </message>
    <message>
        <source>The server could not check the login now</source>
        <translation>Tenaren kunne ikkje kontrollere innlogginga no</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Tenaren godtok ikkje brukarnamnet eller passordet</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>E-posttenaren %1 svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: is there a network?</source>
        <translation>Fann ikkje e-posttenaren %1: er du kopla til nettet?</translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection: is it reachable from here?</source>
        <translation>E-posttenaren %1 avviste tilkoplinga: kan han nåast herifrå?</translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection.</source>
        <translation>E-posttenaren %1 lukka tilkoplinga.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Får ikkje kontakt med e-posttenaren %1: %2</translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E&amp;mail summary…</source>
        <translation>Send sa&amp;mandrag på e-post …</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>&amp;Utboks …</translation>
    </message>
    <message>
        <source>The outbox cannot be opened</source>
        <translation>Utboksen kan ikkje opnast</translation>
    </message>
    <message>
        <source>The summary is in the outbox and is being sent.</source>
        <translation>Samandraget ligg i utboksen og blir sendt no.</translation>
    </message>
    <message>
        <source>The outbox cannot be used</source>
        <translation>Utboksen kan ikkje brukast</translation>
    </message>
    <message>
        <source>Sent “%1” to %2 recipients.</source>
        <translation>«%1» er sendt til %2 mottakarar.</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox: correct an address there to send it to that person only.</source>
        <translation>Meldinga ligg i Fil &gt; Utboks: rett ei adresse der for å sende ho berre til den personen.</translation>
    </message>
    <message>
        <source>The mail server refused a message</source>
        <translation>E-posttenaren avviste ei melding</translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox, where you can send it again once the problem is fixed.</source>
        <translation>Meldinga ligg i Fil &gt; Utboks, der du kan sende ho på nytt når problemet er løyst.</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>Ei melding er kanskje ikkje sendt</translation>
    </message>
    <message>
        <source>See File &gt; Outbox before you send it again.</source>
        <translation>Sjå i Fil &gt; Utboks før du sender ho på nytt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Fasar og tavler</translation>
    </message>
    <message>
        <source>Sectors on this board</source>
        <translation>Sektorar på denne tavla</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkrøysting</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny verkstad …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>O&amp;pne …</translation>
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
        <translation>Eksporte&amp;r samandrag (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Lukk verkstaden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Opne n&amp;yleg brukte</translation>
    </message>
    <message>
        <source>&amp;Personal data…</source>
        <translation>Pers&amp;onopplysingar …</translation>
    </message>
    <message>
        <source>Participants p&amp;anel</source>
        <translation>De&amp;ltakarpanel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>Nytt mø&amp;te …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Opne &amp;demoverkstaden</translation>
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
        <translation>&amp;Gjer om</translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation>&amp;Angre %s</translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation>&amp;Gjer om %s</translation>
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
        <translation>Vel lappar &amp;etter sektor</translation>
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
        <translation>&amp;Aktørar</translation>
    </message>
    <message>
        <source>V&amp;ote</source>
        <translation>Røy&amp;sting</translation>
    </message>
    <message>
        <source>&amp;Arrow kind</source>
        <translation>&amp;Piltype</translation>
    </message>
    <message>
        <source>S&amp;ectors of the selected notes</source>
        <translation>&amp;Sektorar for dei valde lappane</translation>
    </message>
    <message>
        <source>Dot voting &amp;panel</source>
        <translation>&amp;Panel for prikkrøysting</translation>
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
        <translation>&amp;Snøggtastar</translation>
    </message>
    <message>
        <source>&amp;About Samskap</source>
        <translation>&amp;Om Samskap</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Opna berre for vising</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verkstader (*%s)</translation>
    </message>
    <message>
        <source>Export workshop as JSON</source>
        <translation>Eksporter verkstaden som JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan ikkje eksportere</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Lagar samandraget …</translation>
    </message>
    <message>
        <source>Cannot export the summary</source>
        <translation>Kan ikkje eksportere samandraget</translation>
    </message>
    <message>
        <source>Summary saved as %s</source>
        <translation>Samandraget er lagra som %s</translation>
    </message>
    <message>
        <source>Import workshop from JSON</source>
        <translation>Importer verkstad frå JSON</translation>
    </message>
    <message>
        <source>Reading the workshop to import…</source>
        <translation>Les verkstaden som skal importerast …</translation>
    </message>
    <message>
        <source>Writing the imported workshop…</source>
        <translation>Skriv den importerte verkstaden …</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan ikkje importere</translation>
    </message>
    <message>
        <source>Save imported workshop as</source>
        <translation>Lagre den importerte verkstaden som</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (skriveverna)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>NOT SAVED: trying again…</source>
        <translation>IKKJE LAGRA: prøver på nytt …</translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation>Alle endringar er lagra</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen nyleg brukte verkstader</translation>
    </message>
    <message>
        <source>No sector tags on this board</source>
        <translation>Ingen sektormerke på denne tavla</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
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
Samskapingsverkstader for kommunar.
Alt blir på denne datamaskina; ingenting blir sendt nokon stad.</translation>
    </message>
</context>
<context>
    <name>MapEdits</name>
    <message>
        <source>Connect notes</source>
        <translation>Kopl saman lappar</translation>
    </message>
    <message>
        <source>Arrow kind: %1</source>
        <translation>Piltype: %1</translation>
    </message>
    <message>
        <source>Arrow label</source>
        <translation>Tekst på pilen</translation>
    </message>
    <message>
        <source>What does this arrow say? (empty for none)</source>
        <translation>Kva seier denne pilen? (tomt for ingen tekst)</translation>
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
        <translation>Gje ramma nytt namn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Merk med %1</translation>
    </message>
    <message>
        <source>Untag %1</source>
        <translation>Fjern merket %1</translation>
    </message>
    <message>
        <source>Select one note to link stakeholders to it</source>
        <translation>Vel éin lapp å knyte aktørar til</translation>
    </message>
    <message>
        <source>Link stakeholders</source>
        <translation>Knyt til aktørar</translation>
    </message>
    <message>
        <source>Nothing to tidy: the floke tree is tidy, or has no arrows to a problem yet</source>
        <translation>Ingenting å rydde: floketreet er ryddig, eller har ingen pilar til eit problem enno</translation>
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
        <translation>Kopl saman: klikk på lappen pilen skal starte frå (Tab og Enter for å velje, Esc for å avbryte)</translation>
    </message>
    <message>
        <source>Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)</source>
        <translation>Kopl saman: klikk på lappen pilen skal peike mot (Tab og Enter for å velje, Esc for å avbryte)</translation>
    </message>
    <message>
        <source>Move frame</source>
        <translation>Flytt ramme</translation>
    </message>
    <message>
        <source>Resize frame</source>
        <translation>Endre storleik på ramme</translation>
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
        <translation>Eit tidlegare eller seinare møte: programmet blir vist skriveverna.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (no)</translation>
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
        <translation>&amp;Stad:</translation>
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
        <translation>Kven var der</translation>
    </message>
    <message>
        <source>&amp;Who attended:</source>
        <translation>&amp;Kven var der:</translation>
    </message>
    <message>
        <source>Carried over: the open actions (%1), the stakeholder map and every board.</source>
        <translation>Følgjer med: dei opne tiltaka (%1), aktørkartet og alle tavlene.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Ny verkstad</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Lag verkstaden</translation>
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
        <translation>Flytt lappar</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>Flytt fremst</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>Flytt bakarst</translation>
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
        <translation>Sektorar: %1</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>Råka: %1</translation>
    </message>
    <message>
        <source>Owns it: %1</source>
        <translation>Eig det: %1</translation>
    </message>
</context>
<context>
    <name>OneScreen</name>
    <message>
        <source>The wall would be hard to read</source>
        <translation>Veggen blir vanskeleg å lese</translation>
    </message>
    <message>
        <source>The audience view will cover this screen, and its note text would be %1 px; the back row needs %2 px.</source>
        <translation>Publikumsvisinga vil dekkje denne skjermen, og lappteksten blir %1 px; bakarste rad treng %2 px.</translation>
    </message>
    <message>
        <source>Show one frame at a time (PgDown and PgUp move between frames), or zoom in on your board and choose Present &gt; Show what I see. Esc ends presenting.</source>
        <translation>Vis ramme for ramme (PgDown og PgUp blar mellom rammene), eller zoom inn på tavla di og vel Presenter &gt; Vis det eg ser. Esc avsluttar presentasjonen.</translation>
    </message>
    <message>
        <source>Present one &amp;frame at a time</source>
        <translation>Presenter &amp;ramme for ramme</translation>
    </message>
    <message>
        <source>Present the &amp;whole board</source>
        <translation>Presenter heile &amp;tavla</translation>
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
        <translation>Sist endra</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv på nytt no</translation>
    </message>
    <message>
        <source>&amp;Correct address…</source>
        <translation>&amp;Rett adresse …</translation>
    </message>
    <message>
        <source>Correct an address the server refused and send to that person only.</source>
        <translation>Rett ei adresse tenaren avviste, og send berre til den personen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation>&amp;E-posttenar …</translation>
    </message>
    <message>
        <source>This message may already have been delivered. Send it again? Recipients may get it twice.</source>
        <translation>Denne meldinga kan alt ha kome fram. Vil du sende ho på nytt? Mottakarane kan då få ho to gonger.</translation>
    </message>
    <message>
        <source>The address was not corrected</source>
        <translation>Adressa vart ikkje retta</translation>
    </message>
    <message>
        <source>The message changed meanwhile (it may be being sent). Look at it again in the outbox.</source>
        <translation>Meldinga er endra i mellomtida (ho vert kanskje send no). Sjå på ho på nytt i utboksen.</translation>
    </message>
    <message>
        <source>Delete “%1”? It will not be sent.</source>
        <translation>Slette «%1»? Meldinga blir ikkje sendt.</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>Delvis sendt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ventar</translation>
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
        <translation>Feila</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Uvisst</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Neste forsøk kl. %2.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Utboksen er tom.</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>Ventar: %1</translation>
    </message>
    <message>
        <source>Need your attention: %1</source>
        <translation>Treng merksemda di: %1</translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation>sender no …</translation>
    </message>
    <message>
        <source>Waiting messages are sent by themselves, once, when the mail server can be reached.</source>
        <translation>Meldingar som ventar, blir sende av seg sjølve, éin gong, når e-posttenaren kan nåast.</translation>
    </message>
    <message>
        <source>Sent messages are deleted after %1 days.</source>
        <translation>Sende meldingar blir sletta etter %1 dagar.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Type them in, or paste a list from a spreadsheet or an email. Names stay on this computer.</source>
        <translation>Skriv dei inn, eller lim inn ei liste frå eit rekneark eller ein e-post. Namna blir verande på denne datamaskina.</translation>
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
        <translation>Kopier adressa for å vere med</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Ver med</translation>
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
        <translation>&amp;Anonym skriving (lappane får ikkje namn)</translation>
    </message>
    <message>
        <source>New phones may &amp;join</source>
        <translation>Nye mobilar kan &amp;vere med</translation>
    </message>
    <message>
        <source>Sharing settings</source>
        <translation>Innstillingar for deling</translation>
    </message>
    <message>
        <source>Phones write to:</source>
        <translation>Mobilane skriv til:</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Fjern mobil</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Mobilar</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Lappar frå mobilar</translation>
    </message>
    <message>
        <source>Connected: a phone has joined, so phones can reach this laptop.</source>
        <translation>Tilkopla: ein mobil er med, så mobilane når denne maskina.</translation>
    </message>
    <message>
        <source>Open a workshop to let participants join.</source>
        <translation>Opne eit verkstad for å la deltakarane vere med.</translation>
    </message>
    <message>
        <source>Sharing is off: nothing listens on the network.</source>
        <translation>Deling er av: ingenting lyttar på nettverket.</translation>
    </message>
    <message>
        <source>Scan the code with your own phone first: the page says Connected.</source>
        <translation>Skann koden med din eigen mobil først: sida seier Tilkopla.</translation>
    </message>
    <message>
        <source>No phone has joined yet. Check that the phones are on the same network as this laptop; that it is not a guest Wi-Fi, which keeps devices apart; that the address matches the network (Network, above); and, on Windows, that the firewall allows Samskap on private networks (README: For the IT department).</source>
        <translation>Ingen mobil er med enno. Sjekk at mobilane er på same nettverk som denne maskina; at det ikkje er eit gjestenett, som held einingane frå kvarandre; at adressa passar til nettverket (Nettverk, over); og, på Windows, at brannmuren tillèt Samskap på private nettverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>The current step&apos;s board</source>
        <translation>Tavla til gjeldande steg</translation>
    </message>
    <message>
        <source>(%1 waiting)</source>
        <translation>(%1 ventar)</translation>
    </message>
    <message>
        <source>Phones connected: %1</source>
        <translation>Mobilar tilkopla: %1</translation>
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
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>E-post (valfritt)</translation>
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
        <translation>L&amp;im inn liste</translation>
    </message>
    <message>
        <source>Paste rows copied from a spreadsheet, CSV lines, or an email&apos;s list of addresses (Name &lt;email&gt;)</source>
        <translation>Lim inn rader kopierte frå eit rekneark, CSV-linjer eller adresselista frå ein e-post (Namn &lt;e-post&gt;)</translation>
    </message>
    <message>
        <source>The clipboard holds no list of names.</source>
        <translation>Utklippstavla inneheld inga namneliste.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Dette ser ikkje ut som ei e-postadresse.</translation>
    </message>
    <message>
        <source>%1 email address(es) look wrong (marked red): correct or clear them.</source>
        <translation>%1 e-postadresse(r) ser feil ut (merkte raudt): rett dei eller fjern dei.</translation>
    </message>
    <message>
        <source>%1 participant(s). You can add them later too.</source>
        <translation>%1 deltakar(ar). Du kan òg leggje dei til seinare.</translation>
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
        <translation>Detaljar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>on the cover of the summary</source>
        <translation>på framsida av samandraget</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Deltakarar (%1)</translation>
    </message>
    <message>
        <source>Note authors (%1): notes written</source>
        <translation>Forfattarar av lappar (%1): lappar skrivne</translation>
    </message>
    <message>
        <source>Votes (%1 voters): dots given</source>
        <translation>Røyster (%1 veljarar): prikkar gjevne</translation>
    </message>
    <message>
        <source>anonymous phone %1</source>
        <translation>anonym mobil %1</translation>
    </message>
    <message>
        <source>already anonymous</source>
        <translation>allereie anonym</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>mobil %1</translation>
    </message>
    <message>
        <source>Stakeholders who are persons (%1)</source>
        <translation>Aktørar som er privatpersonar (%1)</translation>
    </message>
    <message>
        <source>Phones that joined with a name (%1)</source>
        <translation>Mobilar som vart med under eit namn (%1)</translation>
    </message>
    <message>
        <source>votes as %1</source>
        <translation>røystar som %1</translation>
    </message>
    <message>
        <source>Notes sent from phones (%1): notes each</source>
        <translation>Lappar sende frå mobilar (%1): lappar kvar</translation>
    </message>
    <message>
        <source>Responsible for actions (%1): actions each</source>
        <translation>Ansvarlege for tiltak (%1): tiltak kvar</translation>
    </message>
    <message>
        <source>not a participant</source>
        <translation>ikkje deltakar</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Participant %1</source>
        <translation>Deltakar %1</translation>
    </message>
    <message>
        <source>Remove a person</source>
        <translation>Fjern ein person</translation>
    </message>
    <message>
        <source>Anonymise participants</source>
        <translation>Anonymiser deltakarane</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Personopplysingar</translation>
    </message>
    <message>
        <source>What this workshop file holds about people. Removing a person keeps their notes and dots without their name. Names written inside the text of notes are not found here: look through the boards for those.</source>
        <translation>Kva denne verkstadfila inneheld om personar. Når ein person vert fjerna, vert lappane og prikkane deira ståande utan namn. Namn som står inne i teksten på lappar, finst ikkje her: sjå gjennom tavlene etter dei.</translation>
    </message>
    <message>
        <source>&amp;Remove this person everywhere</source>
        <translation>&amp;Fjern denne personen overalt</translation>
    </message>
    <message>
        <source>&amp;Anonymise all participants</source>
        <translation>&amp;Anonymiser alle deltakarar</translation>
    </message>
    <message>
        <source>This workshop is open read-only here: nothing in it can be changed.</source>
        <translation>Denne verkstaden er opna skriveverna her: ingenting i han kan endrast.</translation>
    </message>
    <message>
        <source>%1 was removed from this workshop.</source>
        <translation>%1 er fjerna frå denne verkstaden.</translation>
    </message>
    <message>
        <source>There is nothing left to anonymise.</source>
        <translation>Det er ikkje meir å anonymisere.</translation>
    </message>
    <message>
        <source>The participants were anonymised.</source>
        <translation>Deltakarane er anonymiserte.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Rediger &gt; Angre hentar alt tilbake.</translation>
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
        <translation>Fasar og tavler</translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation>Ny tavle …</translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation>Gje tavla nytt namn …</translation>
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
        <translation>Namn på den nye tavla i %s:</translation>
    </message>
    <message>
        <source>New board</source>
        <translation>Ny tavle</translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation>Gje tavla nytt namn</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation>Slett tavle</translation>
    </message>
    <message>
        <source>Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.</source>
        <translation>Slette tavla «%1» og dei %2 lappane på ho? Du kan angre med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>PhaseRole</name>
    <message>
        <source>Co-initiator</source>
        <translation>Co-initierar</translation>
    </message>
    <message>
        <source>Co-designer</source>
        <translation>Co-designar</translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation>Co-implementerar</translation>
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
        <translation>Start frå ein plan med øvingar, eller frå ein tom agenda.</translation>
    </message>
    <message>
        <source>Empty agenda (a board in each phase)</source>
        <translation>Tom agenda (ei tavle i kvar fase)</translation>
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
        <translation>Min.</translation>
    </message>
    <message>
        <source>Three boards to start with: a floke map, ideas and an action plan. Add steps later.</source>
        <translation>Tre tavler til å byrje med: eit flokekart, idear og ein tiltaksplan. Legg til steg seinare.</translation>
    </message>
    <message>
        <source>%1 steps, %2 min in all</source>
        <translation>%1 steg, %2 min til saman</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>sluttar %1</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>&amp;Start presenting</source>
        <translation>&amp;Start presentasjonen</translation>
    </message>
    <message>
        <source>Stop p&amp;resenting</source>
        <translation>Avsl&amp;utt presentasjonen</translation>
    </message>
    <message>
        <source>Show the whole &amp;board</source>
        <translation>Vis heile t&amp;avla</translation>
    </message>
    <message>
        <source>Show one &amp;frame at a time</source>
        <translation>Vis &amp;ramme for ramme</translation>
    </message>
    <message>
        <source>Show what &amp;I see</source>
        <translation>Vis &amp;det eg ser</translation>
    </message>
    <message>
        <source>N&amp;ext frame</source>
        <translation>&amp;Neste ramme</translation>
    </message>
    <message>
        <source>Pre&amp;vious frame</source>
        <translation>&amp;Førre ramme</translation>
    </message>
    <message>
        <source>Free&amp;ze the wall</source>
        <translation>Fr&amp;ys veggen</translation>
    </message>
    <message>
        <source>B&amp;lank the wall</source>
        <translation>&amp;Mørklegg veggen</translation>
    </message>
    <message>
        <source>A&amp;udience screen</source>
        <translation>&amp;Publikumsskjerm</translation>
    </message>
    <message>
        <source>Present one frame at a time</source>
        <translation>Presenter ramme for ramme</translation>
    </message>
    <message>
        <source>This board has no frames: the wall shows all of it.</source>
        <translation>Denne tavla har ingen rammer: veggen viser heile tavla.</translation>
    </message>
    <message>
        <source>PgDown: one frame at a time. Esc: back to your window.</source>
        <translation>PgDown: ramme for ramme. Esc: tilbake til vindauget ditt.</translation>
    </message>
    <message>
        <source>Esc: back to your window, to zoom in and choose Present &gt; Show what I see.</source>
        <translation>Esc: tilbake til vindauget ditt, for å zoome inn og velje Presenter &gt; Vis det eg ser.</translation>
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
        <translation>, skjermen til dette vindauget</translation>
    </message>
    <message>
        <source>Note text on the wall is %1 px; the back row needs %2 px.</source>
        <translation>Lappteksten på veggen er %1 px; bakarste rad treng %2 px.</translation>
    </message>
    <message>
        <source>The whole board is too full to read from the back row.</source>
        <translation>Heile tavla er for full til å lesast frå bakarste rad.</translation>
    </message>
    <message>
        <source>This frame is too full to read from the back row.</source>
        <translation>Denne ramma er for full til å lesast frå bakarste rad.</translation>
    </message>
    <message>
        <source>Zoom in to make the wall readable.</source>
        <translation>Zoom inn for at veggen skal bli leseleg.</translation>
    </message>
    <message>
        <source>A screen was connected: the audience view moved to it.</source>
        <translation>Ein skjerm vart kopla til: publikumsvisinga er flytta dit.</translation>
    </message>
    <message>
        <source>A screen was connected: Present &gt; Start presenting (F5) shows the room&apos;s view on it.</source>
        <translation>Ein skjerm vart kopla til: Presenter &gt; Start presentasjonen (F5) viser publikumsvisinga der.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: the audience view moved to %1.</source>
        <translation>Publikumsskjermen vart kopla frå: publikumsvisinga er flytta til %1.</translation>
    </message>
    <message>
        <source>The audience screen was disconnected: presenting stopped. F5 presents again.</source>
        <translation>Publikumsskjermen vart kopla frå: presentasjonen stoppa. Trykk F5 for å presentere igjen.</translation>
    </message>
</context>
<context>
    <name>ProjectorBoardView</name>
    <message>
        <source>Board as the room sees it</source>
        <translation>Tavla slik salen ser ho</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <source>&amp;Next step</source>
        <translation>N&amp;este steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Førre s&amp;teg</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>Start eller pause &amp;klokka</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Samskap — audience view</source>
        <translation>Samskap — publikumsvising</translation>
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
        <translation>Hald nøgd</translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation>Hald informert</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Overvak</translation>
    </message>
</context>
<context>
    <name>ReleaseNotes</name>
    <message>
        <source>Release notes from phones (%1)</source>
        <translation>Slepp lappar frå mobilar (%1)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first.</source>
        <translation>Tryggingskopiar av «%1», nyaste først.</translation>
    </message>
    <message>
        <source>Backups of all workshops, newest first.</source>
        <translation>Tryggingskopiar av alle verkstader, nyaste først.</translation>
    </message>
    <message>
        <source>Restoring makes a new workshop file from the backup and opens it; no file is replaced.</source>
        <translation>Gjenoppretting lagar ei ny verkstadfil frå tryggingskopien og opnar ho; inga fil blir bytt ut.</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Verkstad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Laga</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>There are no backups yet. They are made while a workshop is changed.</source>
        <translation>Det finst ingen tryggingskopiar enno. Dei blir laga medan ein verkstad blir endra.</translation>
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
        <translation>Sektorar på denne tavla</translation>
    </message>
    <message>
        <source>Select the notes tagged %1</source>
        <translation>Vel lappane som er merkte med %1</translation>
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
        <translation>Tekniske tenester</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Frivilligheit</translation>
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
        <translation>Anna</translation>
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
        <translation>BU</translation>
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
        <translation>NÆR</translation>
    </message>
    <message>
        <source>FIN</source>
        <comment>finance</comment>
        <translation>ØK</translation>
    </message>
    <message>
        <source>OTH</source>
        <comment>other</comment>
        <translation>AN</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Let participants &amp;join</source>
        <translation>La deltakarane &amp;vere med</translation>
    </message>
    <message>
        <source>Let participants join from their phones on this network</source>
        <translation>La deltakarane vere med frå mobilane sine på dette nettverket</translation>
    </message>
    <message>
        <source>Stop s&amp;haring</source>
        <translation>Stopp delin&amp;g</translation>
    </message>
    <message>
        <source>Show the join &amp;code on the wall</source>
        <translation>Vis k&amp;oden for å vere med på veggen</translation>
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
        <translation>Denne maskina lèt ikkje Samskap lytte på nettverket. Be IT-avdelinga tillate Samskap på private nettverk (README: For the IT department).</translation>
    </message>
    <message>
        <source>This laptop is on no network phones can reach. Connect it to the hall&apos;s Wi-Fi, a phone&apos;s hotspot or a travel router, then try again.</source>
        <translation>Denne maskina er ikkje på eit nettverk mobilane kan nå. Kople ho til lokalet sitt Wi-Fi, ein mobil si delte tilkopling eller ein reiseruter, og prøv igjen.</translation>
    </message>
    <message>
        <source>Another program uses the network port. Close it, or try again.</source>
        <translation>Eit anna program brukar nettverksporten. Lukk det, eller prøv igjen.</translation>
    </message>
    <message>
        <source>Sharing could not start: %1</source>
        <translation>Delinga kunne ikkje starte: %1</translation>
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
        <translation>dobbeltklikk på ein lapp</translation>
    </message>
    <message>
        <source>Type in the selected note</source>
        <translation>Skriv i den valde lappen</translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation>Slutt å skrive</translation>
    </message>
    <message>
        <source>Colour of the selected notes</source>
        <translation>Farge på dei valde lappane</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltastar</translation>
    </message>
    <message>
        <source>Move the selected notes</source>
        <translation>Flytt dei valde lappane</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Slett dei valde lappane</translation>
    </message>
    <message>
        <source>click</source>
        <translation>klikk</translation>
    </message>
    <message>
        <source>Select all, add to the selection</source>
        <translation>Merk alt, legg til i utvalet</translation>
    </message>
    <message>
        <source>Cut, copy, paste, duplicate</source>
        <translation>Klipp ut, kopier, lim inn, dupliser</translation>
    </message>
    <message>
        <source>Bring to front, send to back</source>
        <translation>Flytt fremst, flytt bakarst</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Angre, gjer om</translation>
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
        <translation>Vis alt, faktisk storleik</translation>
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
        <translation>Ny tavle, flytt ho opp eller ned</translation>
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
        <translation>Legg til ein aktør</translation>
    </message>
    <message>
        <source>(on the grid)</source>
        <translation>(i rutenettet)</translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation>Rediger den valde aktøren</translation>
    </message>
    <message>
        <source>Arrow keys (on the grid)</source>
        <translation>Piltastar (i rutenettet)</translation>
    </message>
    <message>
        <source>Move the selected card: power and interest</source>
        <translation>Flytt det valde kortet: makt og interesse</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikkrøysting</translation>
    </message>
    <message>
        <source>Start a vote, record dots</source>
        <translation>Start ei røysting, registrer prikkar</translation>
    </message>
    <message>
        <source>(while recording)</source>
        <translation>(under registrering)</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kven som røystar</translation>
    </message>
    <message>
        <source>click, right-click or Shift+click a note</source>
        <translation>klikk, høgreklikk eller Shift+klikk på ein lapp</translation>
    </message>
    <message>
        <source>Add a dot, take one back</source>
        <translation>Legg til ein prikk, ta éin tilbake</translation>
    </message>
    <message>
        <source>Reveal the result, results and top ideas</source>
        <translation>Vis resultatet, resultat og beste idear</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Kva dei gjer</translation>
    </message>
    <message>
        <source>Draw an arrow between two notes</source>
        <translation>Teikn ein pil mellom to lappar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Next kind for the selected arrow</source>
        <translation>Neste type for den valde pilen</translation>
    </message>
    <message>
        <source>Select the next or previous frame, note or arrow</source>
        <translation>Merk neste eller førre ramme, lapp eller pil</translation>
    </message>
    <message>
        <source>Add a frame</source>
        <translation>Ny ramme</translation>
    </message>
    <message>
        <source>Label of the selected arrow, title of the selected frame</source>
        <translation>Tekst på den valde pilen, tittel på den valde ramma</translation>
    </message>
    <message>
        <source>Link stakeholders to the selected note</source>
        <translation>Knyt aktørar til den valde lappen</translation>
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
        <translation>Start presentasjonen, avslutt presentasjonen</translation>
    </message>
    <message>
        <source>While presenting: next, previous frame</source>
        <translation>Under presentasjonen: neste, førre ramme</translation>
    </message>
    <message>
        <source>While presenting: freeze, blank the wall</source>
        <translation>Under presentasjonen: frys, mørklegg veggen</translation>
    </message>
    <message>
        <source>Next, previous agenda step; start or pause its timer</source>
        <translation>Neste, førre steg i agendaen; start eller pause klokka for steget</translation>
    </message>
    <message>
        <source>Agenda and timer</source>
        <translation>Agenda og tidtakar</translation>
    </message>
    <message>
        <source>Next step, previous step</source>
        <translation>Neste steg, førre steg</translation>
    </message>
    <message>
        <source>Start or pause the timer, add a minute</source>
        <translation>Start eller pause klokka, legg til eit minutt</translation>
    </message>
    <message>
        <source>(in the agenda)</source>
        <translation>(i agendaen)</translation>
    </message>
    <message>
        <source>Rename, move the selected step</source>
        <translation>Gje nytt namn, flytt det valde steget</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in Samskap&apos;s own files.</source>
        <translation>Passordet blir teke vare på i nøkkelringen til systemet, aldri i Samskap sine eigne filer.</translation>
    </message>
    <message>
        <source>This computer has no system keyring Samskap can use, so the password is kept in memory only: Samskap asks for it again after a restart, and messages wait in the outbox until then.</source>
        <translation>Denne datamaskina har ingen nøkkelring som Samskap kan bruke, så passordet blir berre halde i minnet: Samskap spør etter det på nytt etter ein omstart, og meldingar ventar i utboksen til då.</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation>Passord til e-posttenaren</translation>
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
        <translation>E-posttenar</translation>
    </message>
    <message>
        <source>e.g. smtp.office365.com</source>
        <translation>t.d. smtp.office365.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (vanlegvis port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (vanlegvis port 465)</translation>
    </message>
    <message>
        <source>None: unencrypted (local servers only)</source>
        <translation>Ingen: ukryptert (berre lokale tenarar)</translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation>tomt om tenaren ikkje krev innlogging</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation>du@kommune.no</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Tenar:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Tr&amp;yggleik:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Frå-adresse:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Frå-&amp;namn:</translation>
    </message>
    <message>
        <source>Type the name of the mail server, e.g. smtp.example.no.</source>
        <translation>Skriv namnet på e-posttenaren, t.d. smtp.example.no.</translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation>Frå-adressa er ikkje ei gyldig e-postadresse.</translation>
    </message>
</context>
<context>
    <name>StakeholderCardItem</name>
    <message>
        <source>(no name)</source>
        <translation>(utan namn)</translation>
    </message>
</context>
<context>
    <name>StakeholderCategory</name>
    <message>
        <source>Politicians</source>
        <translation>Politikarar</translation>
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
        <translation>Ekspertar</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Foreiningar</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Næringsliv</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggjarar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Brukarar</translation>
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
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategori:</translation>
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
        <translation>Rutenett:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Deltakar:</translation>
    </message>
    <message>
        <source>Role in each phase</source>
        <translation>Rolle i kvar fase</translation>
    </message>
    <message>
        <source>Selection criteria (Sørensen)</source>
        <translation>Kriterium for utval (Sørensen)</translation>
    </message>
</context>
<context>
    <name>StakeholderEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation>Legg til aktør</translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation>Slett aktør</translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation>Slett aktørar</translation>
    </message>
    <message>
        <source>Add participant as stakeholder</source>
        <translation>Legg til deltakar som aktør</translation>
    </message>
    <message>
        <source>Add participants as stakeholders</source>
        <translation>Legg til deltakarar som aktørar</translation>
    </message>
    <message>
        <source>Make stakeholder a participant</source>
        <translation>Gjer aktør til deltakar</translation>
    </message>
    <message>
        <source>Make stakeholders participants</source>
        <translation>Gjer aktørar til deltakarar</translation>
    </message>
</context>
<context>
    <name>StakeholderGaps</name>
    <message>
        <source>Nobody from the category %1 is on the map.</source>
        <translation>Ingen frå kategorien %1 er på kartet.</translation>
    </message>
    <message>
        <source>%1 has much power and interest but no role in any phase.</source>
        <translation>%1 har stor makt og stor interesse, men inga rolle i nokon fase.</translation>
    </message>
    <message>
        <source>The map is empty: add the actors who are affected or can contribute.</source>
        <translation>Kartet er tomt: legg til aktørane som er råka eller kan bidra.</translation>
    </message>
    <message>
        <source>Nobody meets the effectiveness criterion: who has resources to solve the task?</source>
        <translation>Ingen oppfyller kriteriet om effektivitet: kven har ressursar til å løyse oppgåva?</translation>
    </message>
    <message>
        <source>Nobody meets the democracy criterion: who ought to have influence?</source>
        <translation>Ingen oppfyller kriteriet om demokrati: kven bør ha innverknad?</translation>
    </message>
    <message>
        <source>Nobody meets the innovation criterion: who has creative ideas and capacity?</source>
        <translation>Ingen oppfyller kriteriet om innovasjon: kven har kreative idear og kapasitet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-initiation: who helps define the problem?</source>
        <translation>Ingen har ei rolle i co-initiering: kven hjelper til med å definere problemet?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-design: who helps shape the solutions?</source>
        <translation>Ingen har ei rolle i co-design: kven hjelper til med å forme løysingane?</translation>
    </message>
    <message>
        <source>Nobody has a role in co-implementation: who can carry the solution out?</source>
        <translation>Ingen har ei rolle i co-implementering: kven kan setje løysinga ut i livet?</translation>
    </message>
    <message>
        <source>Nobody is in Manage closely: is there no one with both power and interest?</source>
        <translation>Ingen er i «Følg tett opp»: finst det ingen med både makt og interesse?</translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Power and interest grid</source>
        <translation>Rutenett for makt og interesse</translation>
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
        <translation>Flytt aktørar</translation>
    </message>
</context>
<context>
    <name>StakeholderMapWidget</name>
    <message>
        <source>Power and interest &amp;grid</source>
        <translation>&amp;Rutenett for makt og interesse</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabell</translation>
    </message>
    <message>
        <source>S&amp;ummary and gaps</source>
        <translation>Sa&amp;mandrag og manglar</translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation>&amp;Legg til aktør</translation>
    </message>
    <message>
        <source>&amp;Edit stakeholder…</source>
        <translation>R&amp;ediger aktør …</translation>
    </message>
    <message>
        <source>&amp;Delete stakeholder</source>
        <translation>&amp;Slett aktør</translation>
    </message>
    <message>
        <source>Add &amp;participants as stakeholders</source>
        <translation>Legg til deltakarar som &amp;aktørar</translation>
    </message>
    <message>
        <source>&amp;Make participant</source>
        <translation>Gjer til &amp;deltakar</translation>
    </message>
    <message>
        <source>Add the selected stakeholders to the workshop&apos;s participants</source>
        <translation>Legg dei valde aktørane til blant deltakarane i verkstaden</translation>
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
        <translation>%1 deltakarar lagde til på kartet</translation>
    </message>
    <message>
        <source>Every participant is already on the map</source>
        <translation>Alle deltakarane er alt på kartet</translation>
    </message>
    <message>
        <source>%1 stakeholders are now participants</source>
        <translation>%1 aktørar er no deltakarar</translation>
    </message>
    <message>
        <source>Select stakeholders who are not participants yet</source>
        <translation>Vel aktørar som ikkje er deltakarar enno</translation>
    </message>
</context>
<context>
    <name>StakeholderSummary</name>
    <message>
        <source>Stakeholder summary</source>
        <translation>Samandrag av aktørane</translation>
    </message>
    <message>
        <source>What the map lacks</source>
        <translation>Kva kartet manglar</translation>
    </message>
    <message>
        <source>Who is on the map (%1)</source>
        <translation>Kven som er på kartet (%1)</translation>
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
        <translation>Utvalskriterium</translation>
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
        <translation>Namn</translation>
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
        <translation>Deltakar</translation>
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
        <translation>Samskapingsverkstader: co-initiering, co-design, co-implementering.</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny verkstad …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>O&amp;pne …</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Opne &amp;demoverkstaden</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting…</source>
        <translation>Nytt mø&amp;te …</translation>
    </message>
    <message>
        <source>The next meeting of the chosen recent workshop</source>
        <translation>Neste møte i det valde nylege verkstaden</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Nyleg brukte verkstader</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Ingen nyleg brukte verkstader enno.</translation>
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
        <translation>Legg til steg</translation>
    </message>
    <message>
        <source>e.g. Welcome and round of names</source>
        <translation>t.d. Velkomen og namnerunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What the room is asked to do (shown to everyone)</source>
        <translation>Kva salen skal gjere (blir vist for alle)</translation>
    </message>
    <message>
        <source>Reminders for yourself: only you see these</source>
        <translation>Påminningar til deg sjølv: berre du ser dei</translation>
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
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>For the &amp;room:</source>
        <translation>For &amp;salen:</translation>
    </message>
    <message>
        <source>Your &amp;notes:</source>
        <translation>&amp;Notata dine:</translation>
    </message>
    <message>
        <source>Your notes are never shown to the room.</source>
        <translation>Notata dine blir aldri viste for salen.</translation>
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
        <translation>Notat til fasilitatoren</translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation>Berre du ser dette</translation>
    </message>
    <message>
        <source>These notes are never shown to the room or on the projector.</source>
        <translation>Desse notata blir aldri viste for salen eller på projektoren.</translation>
    </message>
    <message>
        <source>No instructions for the room. Edit… to write some.</source>
        <translation>Ingen instruksjonar til salen. Vel Rediger … for å skrive nokre.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Ingen notat.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Førre</translation>
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
        <translation>Legg til steg i agendaen, og dobbeltklikk så på eitt for å starte det.</translation>
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
        <translation>det er ei mappe, ikkje ei fil</translation>
    </message>
    <message>
        <source>the folder %s does not exist</source>
        <translation>mappa %s finst ikkje</translation>
    </message>
</context>
<context>
    <name>SummaryFileDialog</name>
    <message>
        <source>Export summary as PDF</source>
        <translation>Eksporter samandraget som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Public version: names of people replaced by role or organisation</source>
        <translation>Offentleg versjon: namn på personar bytte ut med rolle eller organisasjon</translation>
    </message>
    <message>
        <source>For the public record: participants&apos; names and emails, note authors, and the names of citizens and users on the stakeholder map are left out.</source>
        <translation>For offentleg journal: namn og e-postadresser til deltakarane, forfattarar av lappar og namn på innbyggjarar og brukarar i aktørkartet blir utelatne.</translation>
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
        <translation>&amp;Språket i malane:</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutt</translation>
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
        <translation>Verkstadplanar</translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read (%n)</source>
        <translation>
            <numerusform>Filer som ikkje kunne lesast (%n)</numerusform>
            <numerusform>Filer som ikkje kunne lesast (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation>Malen kan ikkje importerast</translation>
    </message>
    <message>
        <source>The template cannot be exported</source>
        <translation>Malen kan ikkje eksporterast</translation>
    </message>
    <message>
        <source>%1 · about %2 minutes</source>
        <translation>%1 · om lag %2 minutt</translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation>Importer ein mal</translation>
    </message>
    <message>
        <source>Samskap templates (*.json)</source>
        <translation>Samskap-malar (*.json)</translation>
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
        <translation>Ein lapp kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>A title holds at most {max} characters.</source>
        <translation>Ein tittel kan ha høgst {max} teikn.</translation>
    </message>
    <message>
        <source>A label holds at most {max} characters.</source>
        <translation>Ei etikett kan ha høgst {max} teikn.</translation>
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
        <translation>Tid att</translation>
    </message>
    <message>
        <source>Start timer</source>
        <translation>Start klokka</translation>
    </message>
    <message>
        <source>Reset timer</source>
        <translation>Nullstill klokka</translation>
    </message>
    <message>
        <source>Add a minute</source>
        <translation>Legg til eit minutt</translation>
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
        <translation>Pause klokka</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Ikkje noko steg valt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Går</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over tida</translation>
    </message>
    <message>
        <source>Paused, over time</source>
        <translation>Pausa, over tida</translation>
    </message>
    <message>
        <source>Time is up: %1</source>
        <translation>Tida er ute: %1</translation>
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
        <translation>Gjer om</translation>
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
        <translation>Stoppar …</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>duplicate id {id}</source>
        <translation>id-en {id} finst to gonger</translation>
    </message>
    <message>
        <source>exactly one of &apos;participant_id&apos; and &apos;device_id&apos; must be set</source>
        <translation>nøyaktig éin av &apos;participant_id&apos; og &apos;device_id&apos; må vere sett</translation>
    </message>
    <message>
        <source>&apos;colour&apos; is not a #rrggbb colour</source>
        <translation>&apos;colour&apos; er ikkje ein farge på forma #rrggbb</translation>
    </message>
    <message>
        <source>&apos;duration_min&apos; is not between 0 and 1440</source>
        <translation>&apos;duration_min&apos; er ikkje mellom 0 og 1440</translation>
    </message>
    <message>
        <source>&apos;timer_elapsed_s&apos; is not a finite number of seconds</source>
        <translation>&apos;timer_elapsed_s&apos; er ikkje eit endeleg tal sekund</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not between 0 and 1</source>
        <translation>&apos;{field}&apos; er ikkje mellom 0 og 1</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to a missing entry {value}</source>
        <translation>&apos;{field}&apos; viser til ei oppføring som manglar: {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has the unknown value {value}</source>
        <translation>&apos;{field}&apos; har den ukjende verdien {value}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a date and time ({value})</source>
        <translation>&apos;{field}&apos; er ikkje ein dato og eit klokkeslett ({value})</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD ({value})</source>
        <translation>&apos;date&apos; er ikkje ein dato skriven ÅÅÅÅ-MM-DD ({value})</translation>
    </message>
    <message>
        <source>&apos;start_time&apos; is not a time of day written HH:MM ({value})</source>
        <translation>&apos;start_time&apos; er ikkje eit klokkeslett skrive TT:MM ({value})</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; is the frame itself</source>
        <translation>&apos;parent_id&apos; er ramma sjølv</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; leads round in a circle of frames</source>
        <translation>&apos;parent_id&apos; går i ring mellom rammer</translation>
    </message>
    <message>
        <source>&apos;parent_id&apos; nests it {depth} frames deep; frames nest one level deep</source>
        <translation>&apos;parent_id&apos; legg ho {depth} rammer djupt; rammer ligg berre eitt nivå inni kvarandre</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; points to {value}, which is on another board</source>
        <translation>&apos;{field}&apos; viser til {value}, som er på ei anna tavle</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a finite number</source>
        <translation>&apos;{field}&apos; er ikkje eit endeleg tal</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is outside {low} to {high}</source>
        <translation>&apos;{field}&apos; er utanfor {low} til {high}</translation>
    </message>
    <message>
        <source>the size is not positive</source>
        <translation>storleiken er ikkje positiv</translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Voting now: %1</source>
        <translation>Røystar no: %1</translation>
    </message>
    <message>
        <source>Recording dots: click a note to add a dot, right-click or Shift+click to take one back</source>
        <translation>Registrerer prikkar: klikk på ein lapp for å gje ein prikk, høgreklikk eller Shift+klikk for å ta éin tilbake</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start røysting</translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more dots.</source>
        <translation>Røystinga er lukka: ho tek ikkje imot fleire prikkar.</translation>
    </message>
    <message>
        <source>%1 does not vote in this vote.</source>
        <translation>%1 røystar ikkje i denne røystinga.</translation>
    </message>
    <message>
        <source>This note is outside the frame being voted on.</source>
        <translation>Denne lappen er utanfor ramma det blir røysta over.</translation>
    </message>
    <message>
        <source>%1 has used all %2 dots.</source>
        <translation>%1 har brukt alle %2 prikkane.</translation>
    </message>
    <message>
        <source>%1 already has a dot on this note: one dot per note in this vote.</source>
        <translation>%1 har alt ein prikk på denne lappen: éin prikk per lapp i denne røystinga.</translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation>%1 har ingen prikk på denne lappen å ta tilbake.</translation>
    </message>
    <message>
        <source>Choose who is voting first (number keys or the list).</source>
        <translation>Vel først kven som røystar (taltastane eller lista).</translation>
    </message>
    <message>
        <source>Add dot</source>
        <translation>Legg til prikk</translation>
    </message>
    <message>
        <source>Dot for %1 (%2 left)</source>
        <translation>Prikk for %1 (%2 att)</translation>
    </message>
    <message>
        <source>Remove dot</source>
        <translation>Fjern prikk</translation>
    </message>
    <message>
        <source>Reveal vote</source>
        <translation>Vis røysteresultatet</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Lukk røystinga</translation>
    </message>
    <message>
        <source>The vote is closed; its result is kept with the workshop.</source>
        <translation>Røystinga er lukka; resultatet blir lagra saman med verkstaden.</translation>
    </message>
    <message>
        <source>No note has a dot yet: nothing to send.</source>
        <translation>Ingen lappar har fått prikk enno: ingenting å sende.</translation>
    </message>
    <message>
        <source>Send top ideas</source>
        <translation>Send dei beste ideane</translation>
    </message>
    <message>
        <source>%1 ideas sent to %2</source>
        <translation>%1 idear sende til %2</translation>
    </message>
    <message>
        <source>Stopped recording dots</source>
        <translation>Slutta å registrere prikkar</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&amp;Start vote…</source>
        <translation>&amp;Start røysting …</translation>
    </message>
    <message>
        <source>&amp;Record dots</source>
        <translation>&amp;Registrer prikkar</translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation>&amp;Vis resultatet</translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation>&amp;Lukk røystinga</translation>
    </message>
    <message>
        <source>Results and &amp;top ideas…</source>
        <translation>Resultat og &amp;beste idear …</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Røysting</translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation>Kven som røystar</translation>
    </message>
    <message>
        <source>Notes voted on</source>
        <translation>Lappar det blir røysta over</translation>
    </message>
    <message>
        <source>&amp;Who is voting (number keys on the board):</source>
        <translation>&amp;Kven røystar (taltastane på tavla):</translation>
    </message>
    <message>
        <source>&amp;Notes (Enter or + adds a dot, Delete or - takes one back):</source>
        <translation>&amp;Lappar (Enter eller + legg til ein prikk, Delete eller - tek éin tilbake):</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>lukka</translation>
    </message>
    <message>
        <source>No vote on this board yet.</source>
        <translation>Inga røysting på denne tavla enno.</translation>
    </message>
    <message>
        <source>Reveal the result first</source>
        <translation>Vis resultatet først</translation>
    </message>
    <message>
        <source>%1 dots each</source>
        <translation>%1 prikkar kvar</translation>
    </message>
    <message>
        <source>several on one note allowed</source>
        <translation>fleire på same lapp er lov</translation>
    </message>
    <message>
        <source>one per note</source>
        <translation>éin per lapp</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>ramme %1</translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation>gøymd til resultatet blir vist</translation>
    </message>
    <message>
        <source>This phone puts its own dots</source>
        <translation>Denne mobilen set sine eigne prikkar</translation>
    </message>
    <message>
        <source>%1%2: %3 of %4 left</source>
        <translation>%1%2: %3 av %4 att</translation>
    </message>
    <message>
        <source>Phone: %1: %2 of %3 left</source>
        <translation>Mobil: %1: %2 av %3 att</translation>
    </message>
    <message>
        <source>Dots from phones: %1 of %2</source>
        <translation>Prikkar frå mobilar: %1 av %2</translation>
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
        <translation>Røysteresultat</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Prikkrøysting</translation>
    </message>
    <message>
        <source>Closed: the result is final.</source>
        <translation>Lukka: resultatet er endeleg.</translation>
    </message>
    <message>
        <source>Still open: the result may change.</source>
        <translation>Framleis open: resultatet kan endre seg.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plass</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikkar</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Røystande</translation>
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
        <translation>Sen&amp;d dei</translation>
    </message>
    <message>
        <source>ideas to &amp;board</source>
        <translation>beste ideane til &amp;tavla</translation>
    </message>
    <message>
        <source>Send copies %1 notes: notes with as many dots as the last one go along.</source>
        <translation>Send kopierer %1 lappar: lappar med like mange prikkar som den siste blir med.</translation>
    </message>
    <message>
        <source>Send copies %1 notes.</source>
        <translation>Send kopierer %1 lappar.</translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Start a dot vote</source>
        <translation>Start ei prikkrøysting</translation>
    </message>
    <message>
        <source>Which ideas shall we work on?</source>
        <translation>Kva idear skal vi arbeide vidare med?</translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation>Heile tavla</translation>
    </message>
    <message>
        <source>Frame: %1</source>
        <translation>Ramme: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(utan tittel)</translation>
    </message>
    <message>
        <source>One person may put several dots on the same note</source>
        <translation>Éin person kan setje fleire prikkar på same lapp</translation>
    </message>
    <message>
        <source>Hide the dots until I reveal the result</source>
        <translation>Gøym prikkane til eg viser resultatet</translation>
    </message>
    <message>
        <source>One name a line: people who vote but are not participants yet</source>
        <translation>Eitt namn per linje: personar som røystar, men som ikkje er deltakarar enno</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Spørsmål:</translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation>&amp;Røyst over:</translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation>&amp;Prikkar per person:</translation>
    </message>
    <message>
        <source>&amp;Who votes:</source>
        <translation>&amp;Kven røystar:</translation>
    </message>
    <message>
        <source>&amp;New voters:</source>
        <translation>&amp;Nye røystande:</translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation>Start røysting</translation>
    </message>
    <message>
        <source>Nobody votes</source>
        <translation>Ingen røystar</translation>
    </message>
    <message>
        <source>Tick who votes, or type the names of new voters.</source>
        <translation>Kryss av for dei som røystar, eller skriv namna på nye røystande.</translation>
    </message>
</context>
<context>
    <name>WaitingNotes</name>
    <message>
        <source>Release &amp;into:</source>
        <translation>Slepp &amp;i:</translation>
    </message>
    <message>
        <source>Release &amp;all</source>
        <translation>Slepp &amp;alle</translation>
    </message>
    <message>
        <source>Release this &amp;person&apos;s</source>
        <translation>Slepp denne &amp;personen sine</translation>
    </message>
    <message>
        <source>Release &amp;selected</source>
        <translation>Slepp &amp;valde</translation>
    </message>
    <message>
        <source>where each was written</source>
        <translation>der kvar vart skriven</translation>
    </message>
    <message>
        <source>Notes waiting: %1</source>
        <translation>Lappar som ventar: %1</translation>
    </message>
    <message>
        <source>No notes are waiting.</source>
        <translation>Ingen lappar ventar.</translation>
    </message>
</context>
<context>
    <name>WorkshopFileError</name>
    <message>
        <source>The file {name} cannot be used.</source>
        <translation>Fila {name} kan ikkje brukast.</translation>
    </message>
    <message>
        <source>The workshop file {name} does not exist (it may have been moved or deleted).</source>
        <translation>Verkstadfila {name} finst ikkje (ho kan vere flytta eller sletta).</translation>
    </message>
    <message>
        <source>The file {name} is not a Samskap workshop.</source>
        <translation>Fila {name} er ikkje ein Samskap-verkstad.</translation>
    </message>
    <message>
        <source>The workshop file {name} is damaged and cannot be opened. It has not been changed.</source>
        <translation>Verkstadfila {name} er skadd og kan ikkje opnast. Ho er ikkje endra.</translation>
    </message>
    <message>
        <source>The workshop file {name} cannot be opened: the file {name}-wal beside it holds changes of another workshop or database (it may have been copied or renamed by hand). Samskap has not applied them, and nothing has been changed. Move {name}-wal to another folder to open the workshop as it was last saved completely.</source>
        <translation>Verkstadfila {name} kan ikkje opnast: fila {name}-wal ved sida av inneheld endringar frå ein annan verkstad eller ein annan database (ho kan vere kopiert eller gitt nytt namn for hand). Samskap har ikkje teke dei inn, og ingenting er endra. Flytt {name}-wal til ei anna mappe for å opne verkstaden slik han sist vart lagra heil.</translation>
    </message>
    <message>
        <source>The workshop file {name} was made by a newer version of Samskap. Update Samskap to open it; the file has not been changed.</source>
        <translation>Verkstadfila {name} er laga med ein nyare versjon av Samskap. Oppdater Samskap for å opne ho; fila er ikkje endra.</translation>
    </message>
    <message>
        <source>A file called {name} already exists; choose another name.</source>
        <translation>Det finst alt ei fil som heiter {name}; vel eit anna namn.</translation>
    </message>
    <message>
        <source>Samskap could not write to {name}: {detail}</source>
        <translation>Samskap kunne ikkje skrive til {name}: {detail}</translation>
    </message>
    <message>
        <source>The file {name} is not a valid Samskap export: {detail}</source>
        <translation>Fila {name} er ikkje ein gyldig Samskap-eksport: {detail}</translation>
    </message>
    <message>
        <source>The workshop file {name} does not follow Samskap&apos;s rules: {detail}</source>
        <translation>Verkstadfila {name} følgjer ikkje reglane til Samskap: {detail}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>fila eller mappa er skriveverna</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>eit anna program brukar fila</translation>
    </message>
    <message>
        <source>the disk could not be written to (it may have been removed, or made read-only)</source>
        <translation>det gjekk ikkje an å skrive til disken (han kan vere fjerna eller skriveverna)</translation>
    </message>
    <message>
        <source>the file was changed by another program, or is damaged ({error}); use Save as… to keep the workshop as it is on the screen</source>
        <translation>fila vart endra av eit anna program, eller er skadd ({error}); bruk Lagre som … for å halde på verkstaden slik han er på skjermen</translation>
    </message>
    <message>
        <source>the storage reported an error ({error})</source>
        <translation>lagringa melde ein feil ({error})</translation>
    </message>
    <message>
        <source>another program or window has written to the file since Samskap opened it, so the file no longer holds what the screen shows; use Save as… to keep the workshop as it is on the screen</source>
        <translation>eit anna program eller vindauge har skrive til fila etter at Samskap opna ho, så fila har ikkje lenger det skjermen viser; bruk Lagre som … for å halde på verkstaden slik han er på skjermen</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Verkstaden {name} har inga tavle som heiter «{detail}».</translation>
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
        <translation>Idear</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation>Kan ikkje lage verkstaden</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Opne verkstad</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s);;All files (*)</source>
        <translation>Samskap-verkstader (*%s);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation>Lagre verkstaden som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-verkstader (*%s)</translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation>Kan ikkje lagre verkstaden</translation>
    </message>
</context>
<context>
    <name>WorkshopGuard</name>
    <message>
        <source>The file %1 cannot be written to (%2), so it is open for viewing only. Nothing in it is damaged. Use Save as… to make a copy you can change.</source>
        <translation>Fila %1 kan ikkje skrivast til (%2), så ho er opna berre for vising. Ingenting i ho er skadd. Bruk Lagre som … for å lage ein kopi du kan endre.</translation>
    </message>
    <message>
        <source>its folder is read-only: Samskap cannot keep its safety files beside it</source>
        <translation>mappa er skrivebeskytta: Samskap kan ikkje ha tryggleiksfilene sine ved sida av ho</translation>
    </message>
    <message>
        <source>the file itself is read-only</source>
        <translation>sjølve fila er skrivebeskytta</translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation>Kan ikkje opne verkstaden</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Kan ikkje gjenopprette tryggingskopien</translation>
    </message>
    <message>
        <source>No backup could be made: %s</source>
        <translation>Kunne ikkje lage tryggingskopi: %s</translation>
    </message>
    <message>
        <source>The changes that could not be saved are saved now.</source>
        <translation>Endringane som ikkje kunne lagrast, er lagra no.</translation>
    </message>
</context>
</TS>
