<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
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
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplikér</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>Flyt &amp;forrest</translation>
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
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
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
        <source>Edit workshop details</source>
        <translation>Ret oplysninger om workshoppen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Faser og tavler</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demoworkshoppen</translation>
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
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
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
        <source>Cannot open workshop</source>
        <translation>Kan ikke åbne workshoppen</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Åbnet kun til visning</translation>
    </message>
    <message>
        <source>The file %s cannot be written to, so it is open for viewing only. Use Save as… to make a copy you can change.</source>
        <translation>Der kan ikke skrives til filen %s, så den er kun åbnet til visning. Brug Gem som … for at lave en kopi, du kan ændre.</translation>
    </message>
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
        <source>Import workshop from JSON</source>
        <translation>Importér workshop fra JSON</translation>
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
        <source>Every change is saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen seneste workshops</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>IKKE GEMT</translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation>Din seneste ændring blev ikke gemt</translation>
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
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>f.eks. Bo længere hjemme</translation>
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
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Ingen seneste workshops endnu.</translation>
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
        <source>the storage reported an error ({error})</source>
        <translation>lageret meldte en fejl ({error})</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Workshoppen {name} har ingen tavle med navnet »{detail}«.</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Move note</source>
        <translation type="unfinished">Flyt seddel</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished">Flyt sedler</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
