<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BoardActions</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to &amp;front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardKind</name>
    <message>
        <source>Free board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %n notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap met an unexpected problem. Every change up to the last one is saved in the workshop file.

Details for the developers are in %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap will use %1 from the next start. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Samskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for viewing only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %s cannot be written to, so it is open for viewing only. Use Save as… to make a copy you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floke map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap workshops (*%s);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workshop as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workshop from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save imported workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SAVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Samskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap %s
Co-creation workshops for municipalities.
Everything stays on this computer; nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Living at home for longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new workshop as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap workshops (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <source>Co-initiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseNavigator</name>
    <message>
        <source>Phases and boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move board down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new board in %s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the board “%1” and its %2 notes? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all, add to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut, copy, paste, duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring to front, send to back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all, actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a board, move it up or down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Samskap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-creation workshops: co-initiation, co-design, co-implementation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshops yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopFileError</name>
    <message>
        <source>The file {name} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file {name} does not exist (it may have been moved or deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a Samskap workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file {name} is damaged and cannot be opened. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop file {name} was made by a newer version of Samskap. Update Samskap to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file called {name} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap could not write to {name}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} is not a valid Samskap export: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storage reported an error ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop {name} has no board called “{detail}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.view</name>
    <message>
        <source>Move note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
