<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
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
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliser</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation>Flytt &amp;fremst</translation>
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
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
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
        <source>Edit workshop details</source>
        <translation>Endre opplysningar om verkstaden</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Fasar og tavler</translation>
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
        <source>&amp;Close workshop</source>
        <translation>&amp;Lukk verkstaden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Opne &amp;nyleg brukte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Opne &amp;demoverkstaden</translation>
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
        <source>&amp;Board</source>
        <translation>&amp;Tavle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillingar</translation>
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
        <source>Cannot open workshop</source>
        <translation>Kan ikkje opne verkstaden</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Opna berre for vising</translation>
    </message>
    <message>
        <source>The file %s cannot be written to, so it is open for viewing only. Use Save as… to make a copy you can change.</source>
        <translation>Det går ikkje an å skrive til fila %s, så ho er opna berre for vising. Bruk Lagra som … for å lage ein kopi du kan endre.</translation>
    </message>
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
        <source>Import workshop from JSON</source>
        <translation>Importer verkstad frå JSON</translation>
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
        <source>Every change is saved</source>
        <translation>Alle endringar er lagra</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen nyleg brukte verkstader</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>IKKJE LAGRA</translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation>Den siste endringa di vart ikkje lagra</translation>
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
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny verkstad</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>t.d. Bu lenger heime</translation>
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
        <source>Recent workshops</source>
        <translation>Nyleg brukte verkstader</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Ingen nyleg brukte verkstader enno.</translation>
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
        <source>the storage reported an error ({error})</source>
        <translation>lagringa melde ein feil ({error})</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Verkstaden {name} har inga tavle som heiter «{detail}».</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Move note</source>
        <translation type="unfinished">Flytt lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished">Flytt lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
