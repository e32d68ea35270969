<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
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
    <message>
        <source>Edit text</source>
        <translation>Redigera text</translation>
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
        <source>Edit workshop details</source>
        <translation>Ändra uppgifter om workshopen</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Faser och tavlor</translation>
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
        <source>&amp;Close workshop</source>
        <translation>&amp;Stäng workshopen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Öppna &amp;demoworkshopen</translation>
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
        <source>&amp;Board</source>
        <translation>&amp;Tavla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
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
        <source>Cannot open workshop</source>
        <translation>Kan inte öppna workshopen</translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation>Öppnad endast för visning</translation>
    </message>
    <message>
        <source>The file %s cannot be written to, so it is open for viewing only. Use Save as… to make a copy you can change.</source>
        <translation>Det går inte att skriva till filen %s, så den är öppnad endast för visning. Använd Spara som … för att göra en kopia som du kan ändra.</translation>
    </message>
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
        <source>Import workshop from JSON</source>
        <translation>Importera workshop från JSON</translation>
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
        <source>Every change is saved</source>
        <translation>Alla ändringar är sparade</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Inga senaste workshoppar</translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation>INTE SPARAD</translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation>Din senaste ändring sparades inte</translation>
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
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation>t.ex. Bo kvar hemma längre</translation>
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
        <source>&amp;Facilitator:</source>
        <translation>&amp;Processledare:</translation>
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
        <translation>Spara ny workshop som</translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation>Samskap-workshoppar (*%s)</translation>
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
        <source>Recent workshops</source>
        <translation>Senaste workshoppar</translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation>Inga senaste workshoppar ännu.</translation>
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
        <source>the storage reported an error ({error})</source>
        <translation>lagringen rapporterade ett fel ({error})</translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation>Workshopen {name} har ingen tavla som heter ”{detail}”.</translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Move note</source>
        <translation type="unfinished">Flytta lapp</translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished">Flytta lappar</translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
