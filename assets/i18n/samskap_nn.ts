<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AudienceView</name>
    <message>
        <source>Samskap — audience view</source>
        <translation type="unfinished"></translation>
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
    <name>Criterion</name>
    <message>
        <source>Effectiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Democracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has resources that help solve the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ought to have influence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has creative ideas and the capacity to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>effectiveness, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>democracy, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>innovation, one letter</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurabilityMessages</name>
    <message>
        <source>Your last change was not saved</source>
        <translation type="unfinished">Den siste endringa di vart ikkje lagra</translation>
    </message>
    <message>
        <source>Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. What was saved before is safe. If this goes on, use Save as… to save the whole workshop in another place (another folder or a USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open for changes by %2 on the computer %3 (since %4). It is opened read-only here, so that the two of you do not overwrite each other&apos;s work.

Use Save as… to make a copy you can change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and the file locks it relies on are not reliable there: the file can be copied half-written or replaced with an older copy.

For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) and put a copy in the shared folder afterwards (File &gt; Save as…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A risky place for a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sound backup from %1 exists. Open a copy of it as a new workshop file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished">Kan ikkje opne verkstaden</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap could not write the latest changes to the workshop file, and they are only on the screen. Save the workshop in another place with Save as…, or close without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Email summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address a line, e.g. Kari Nordmann &lt;kari@example.no&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as &amp;draft in my mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Språk:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ext:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own address in From.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has characters that are not allowed before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has letters such as æ, ø or å before the @, which most mail servers refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no valid domain after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long for an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the summary PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary PDF was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is %1, more than 10 MB: many mail servers refuse messages that large. Consider sharing it another way, or send it and watch the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary PDF could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is saved as %1. Open it with your mail program to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailTemplateDialog</name>
    <message>
        <source>Email template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are replaced by the workshop&apos;s facts: {title}, {date}, {municipality}, {facilitator}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as my default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
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
    <name>Mail</name>
    <message>
        <source>Waiting: no mail server is set up (Outbox &gt; Mail server…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the mail server password: press Retry now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 was made by a newer Samskap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap stopped while this message was being handed to the server, so it may have been delivered. Check with a recipient or in your mail&apos;s Sent folder before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: choose another security setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the recipient %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while the message was being handed over; it may have been delivered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer a login on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check the login now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the mail server %1 (timed out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 cannot be found: is there a network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 refused the connection: is it reachable from here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailActions</name>
    <message>
        <source>E&amp;mail summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is in the outbox and is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “%1” to %2 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is kept in File &gt; Outbox, where you can send it again once the problem is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See File &gt; Outbox before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Phases and boards</source>
        <translation>Fasar og tavler</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Template library…</source>
        <translation type="unfinished"></translation>
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
        <source>Sta&amp;keholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot voting &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
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
        <source>The PDF summary is not part of this version.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished">&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Mail server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message may already have been delivered. Send it again? Recipients may get it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need your attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting messages are sent by themselves, once, when the mail server can be reached.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>&amp;Start presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop p&amp;resenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one &amp;frame at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what &amp;I see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free&amp;ze the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;lank the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience &amp;screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present one frame at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This board has no frames: the wall shows all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, this window&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text on the wall is %1 px; the back row needs %2 px.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole board is too full to read from the back row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame is too full to read from the back row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in to make the wall readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen was connected: the audience view moved to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen was connected: Present &gt; Start presenting (F5) shows the room&apos;s view on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience screen was disconnected: the audience view moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience screen was disconnected: presenting stopped. F5 presents again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Board as the room sees it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quadrant</name>
    <message>
        <source>Manage closely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep informed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of all workshops, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring makes a new workshop file from the backup and opens it; no file is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet. They are made while a workshop is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore as a new file</source>
        <translation type="unfinished"></translation>
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
        <source>(in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys (on the grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected card: power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a vote, record dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(while recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click, right-click or Shift+click a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a dot, take one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the result, results and top ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start presenting, stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While presenting: next, previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While presenting: freeze, blank the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, previous agenda step; start or pause its timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in Samskap&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring Samskap can use, so the password is kept in memory only: Samskap asks for it again after a restart, and messages wait in the outbox until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpPasswordDialog</name>
    <message>
        <source>Mail server password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.office365.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: unencrypted (local servers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty if the server needs no login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@municipality.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the mail server, e.g. smtp.example.no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From address is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderCardItem</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderCategory</name>
    <message>
        <source>Politicians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderEditor</name>
    <message>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;tact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in each phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection criteria (Sørensen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderEdits</name>
    <message>
        <source>Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant as stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participants as stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make stakeholder a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make stakeholders participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderGaps</name>
    <message>
        <source>Nobody from the category %1 is on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has much power and interest but no role in any phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is empty: add the actors who are affected or can contribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody meets the effectiveness criterion: who has resources to solve the task?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody meets the democracy criterion: who ought to have influence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody meets the innovation criterion: who has creative ideas and capacity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a role in co-initiation: who helps define the problem?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a role in co-design: who helps shape the solutions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a role in co-implementation: who can carry the solution out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in Manage closely: is there no one with both power and interest?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderGridView</name>
    <message>
        <source>Power and interest grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderMapWidget</name>
    <message>
        <source>Power and interest &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit stakeholder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participants as stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected stakeholders to the workshop&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation type="unfinished">Aktørkart</translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants added to the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant is already on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stakeholders are now participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select stakeholders who are not participants yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderSummary</name>
    <message>
        <source>Stakeholder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the map lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is on the map (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderTableView</name>
    <message>
        <source>Stakeholder table</source>
        <translation type="unfinished"></translation>
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
    <name>StepActions</name>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLibraryDialog</name>
    <message>
        <source>Template library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-initiation</source>
        <translation type="unfinished">Co-initiering</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation type="unfinished">Co-design</translation>
    </message>
    <message>
        <source>Co-implementation</source>
        <translation type="unfinished">Co-implementering</translation>
    </message>
    <message>
        <source>Workshop plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Files that could not be read (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The template cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · about %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samskap templates (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteController</name>
    <message>
        <source>Voting now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording dots: click a note to add a dot, right-click or Shift+click to take one back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is closed: it takes no more dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not vote in this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is outside the frame being voted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used all %2 dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a dot on this note: one dot per note in this vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dot on this note to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is voting first (number keys or the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot for %1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vote is closed; its result is kept with the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note has a dot yet: nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send top ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ideas sent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped recording dots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>&amp;Start vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and &amp;top ideas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes voted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is voting (number keys on the board):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (Enter or + adds a dot, Delete or - takes one back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vote on this board yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the result first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dots each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several on one note allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden until revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 of %4 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteResultsDialog</name>
    <message>
        <source>Vote result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: the result is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open: the result may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas to &amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties at the cut go along: the top 3 of 7, 6, 5, 5 dots are four notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoteSetupDialog</name>
    <message>
        <source>Start a dot vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which ideas shall we work on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person may put several dots on the same note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the dots until I reveal the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name a line: people who vote but are not participants yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vote on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dots per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who votes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New voters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who votes, or type the names of new voters.</source>
        <translation type="unfinished"></translation>
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
        <source>the disk could not be written to (it may have been removed, or made read-only)</source>
        <translation type="unfinished"></translation>
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
    <name>WorkshopGuard</name>
    <message>
        <source>Cannot open workshop</source>
        <translation type="unfinished">Kan ikkje opne verkstaden</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes that could not be saved are saved now.</source>
        <translation type="unfinished"></translation>
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
