<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} kann nicht gelesen werden: {1}</translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation>Aus {0} wurde nichts importiert: {1}</translation>
    </message>
    <message>
        <source>Replace your mail settings?</source>
        <translation>E-Mail-Einstellungen ersetzen?</translation>
    </message>
    <message>
        <source>Importing {0} would change your mail server settings:

{1}

Your password is sent to the server named here. Import the file and use these settings?</source>
        <translation>Der Import von {0} würde Ihre Einstellungen für den E-Mail-Server ändern:

{1}

Ihr Passwort wird an den hier genannten Server gesendet. Die Datei importieren und diese Einstellungen verwenden?</translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation>Importieren und ersetzen</translation>
    </message>
    <message>
        <source>Calendar synced at {time}</source>
        <extracomment>After the server could not be reached, try again this soon (then the 15-minute rhythm takes over). A tick this much later than planned means the machine slept (QTimer stops during suspend).</extracomment>
        <translation>Kalender synchronisiert um {time}</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}; {count} waiting</source>
        <translation>Kalendersynchronisation: {kind} um {time}; {count} ausstehend</translation>
    </message>
    <message>
        <source>Calendar sync: {kind} at {time}</source>
        <translation>Kalendersynchronisation: {kind} um {time}</translation>
    </message>
</context>
<context>
    <name>AnswerOpener</name>
    <message>
        <source>Finish Strong keeps only the headers and the first lines of this message; this file holds nothing more. The whole message is in your mailbox.</source>
        <extracomment>Opens a URL given as text; True when something took it.</extracomment>
        <translation>Finish Strong bewahrt von dieser Nachricht nur die Kopfzeilen und die ersten Zeilen auf; mehr enthält diese Datei nicht. Die ganze Nachricht ist in Ihrem Postfach.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>%1 cannot open its data</source>
        <extracomment>After the first paint, how long the window stays alone before the deferred work starts.</extracomment>
        <translation>%1 kann seine Daten nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: this interview was replaced or removed (a restore, an import or a delete).</source>
        <extracomment>The guard found the window&apos;s rows replaced or gone: its pending text was not written. True while the rows this window loaded are still in the database (set by the registry).</extracomment>
        <translation>Nicht gespeichert: Dieses Gespräch wurde ersetzt oder entfernt (durch eine Wiederherstellung, einen Import oder Löschen).</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Noch nicht gespeichert %1 Ihr Text bleibt erhalten; neuer Versuch folgt.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Finish Strong backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Finish-Strong-Sicherungen (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>daily</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. Why a backup was taken, by the reason in its file name (store/backups.py)</extracomment>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>ausgewählte Datei</translation>
    </message>
    <message>
        <source>before the upgrade to version %1</source>
        <translation>vor dem Update auf Version %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>The backup was not written to %1. %2</source>
        <translation>Die Sicherung wurde nicht nach %1 geschrieben. %2</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1?

Your current data are kept as a backup first (named “before-restore”).</source>
        <translation>Ihre aktuellen Daten durch die Sicherung vom %1 ersetzen?

Ihre aktuellen Daten werden vorher als Sicherung aufbewahrt (mit dem Namen „before-restore“).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation>Es wurde nichts wiederhergestellt. %1</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln interview</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln Gespräch</numerusform>
            <numerusform>%Ln Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with notes</source>
        <translation>
            <numerusform>%Ln mit Notizen</numerusform>
            <numerusform>%Ln mit Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 mark</source>
        <translation>Markierung: %1</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Please check these drafts before printing:</source>
        <translation>Bitte prüfen Sie diese Entwürfe vor dem Drucken:</translation>
    </message>
    <message>
        <source>Handwritten &amp;card…</source>
        <translation>Handschriftliche &amp;Karte…</translation>
    </message>
    <message>
        <source>Step 3: the handwritten note&apos;s draft for an interviewer, printed at card size</source>
        <translation>Schritt 3: der Entwurf der handschriftlichen Karte an eine Gesprächsperson, im Kartenformat gedruckt</translation>
    </message>
    <message>
        <source>Print today&apos;s card dra&amp;fts…</source>
        <translation>Heutige Karten&amp;entwürfe drucken…</translation>
    </message>
    <message>
        <source>Every card due today whose draft is not printed yet, several per sheet with cut marks</source>
        <translation>Alle heute fälligen Karten, deren Entwurf noch nicht gedruckt ist – mehrere pro Blatt, mit Schnittmarken</translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation>Wählen Sie zuerst ein Gespräch aus.</translation>
    </message>
    <message>
        <source>This interview has no interviewers yet: add one (Edit interview) to write a card.</source>
        <translation>Für dieses Gespräch ist noch keine Gesprächsperson eingetragen. Fügen Sie eine hinzu („Gespräch bearbeiten“), um eine Karte zu schreiben.</translation>
    </message>
    <message>
        <source>No card drafts left to print today.</source>
        <translation>Heute sind keine Kartenentwürfe mehr zu drucken.</translation>
    </message>
    <message>
        <source>Thank-you card drafts — %1</source>
        <translation>Entwürfe für Dankeskarten — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Vor dem Drucken</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>The card itself</source>
        <extracomment>(key, label) of where to print: on the card stock itself or several per sheet with cut marks.</extracomment>
        <translation>Direkt auf die Karte</translation>
    </message>
    <message>
        <source>Letter sheets, with cut marks</source>
        <translation>Letter-Bögen, mit Schnittmarken</translation>
    </message>
    <message>
        <source>A4 sheets, with cut marks</source>
        <translation>A4-Bögen, mit Schnittmarken</translation>
    </message>
    <message>
        <source>Card for %1 — %2</source>
        <extracomment>The &quot;draft printed&quot; tick changed: the checklist should show it.</extracomment>
        <translation>Karte an %1 — %2</translation>
    </message>
    <message>
        <source>Handwritten note to %1</source>
        <translation>Handschriftliche Karte an %1</translation>
    </message>
    <message>
        <source>Write it here, print the draft at the card&apos;s size, then copy it by hand. About three sentences fit a card.</source>
        <translation>Schreiben Sie den Text hier, drucken Sie den Entwurf in Kartengröße und übertragen Sie ihn dann von Hand. Etwa drei Sätze passen auf eine Karte.</translation>
    </message>
    <message>
        <source>Card text</source>
        <translation>Kartentext</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Fits on the card</source>
        <translation>Passt auf die Karte</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Alle Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kartengröße</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Writing panel</source>
        <translation>Schreibfläche</translation>
    </message>
    <message>
        <source>Print ruled guide lines</source>
        <translation>Hilfslinien drucken</translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <source> mm between lines</source>
        <translation> mm Zeilenabstand</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Umschlag</translation>
    </message>
    <message>
        <source>Print on</source>
        <translation>Drucken auf</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ausrichtung:</translation>
    </message>
    <message>
        <source>&amp;Writing panel:</source>
        <translation>&amp;Schreibfläche:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Zeilenabstand:</translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>Print o&amp;n:</source>
        <translation>Drucken a&amp;uf:</translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation>Neu mit der Vorlage beginnen</translation>
    </message>
    <message>
        <source>Replace the text with the card template (Settings → Cards), filled in</source>
        <translation>Ersetzt den Text durch die ausgefüllte Kartenvorlage (Einstellungen → Karten)</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>&amp;Envelope…</source>
        <translation>U&amp;mschlag…</translation>
    </message>
    <message>
        <source>See the draft as it will print (Ctrl+Shift+P)</source>
        <translation>Den Entwurf so sehen, wie er gedruckt wird (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Print the draft on any printer (Ctrl+P)</source>
        <translation>Den Entwurf auf einem beliebigen Drucker drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Write the draft to a PDF file (Ctrl+Shift+S)</source>
        <translation>Den Entwurf als PDF-Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Print the envelope: their address and yours (Ctrl+Shift+V)</source>
        <translation>Den Umschlag drucken: Empfänger- und Absenderadresse (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <source>Fits: %1 of %2 lines on the card.</source>
        <translation>Passt: %1 von %2 Zeilen auf der Karte.</translation>
    </message>
    <message>
        <source>Does not fit: %1. Shorten it, or pick a larger card or closer lines.</source>
        <translation>Passt nicht: %1. Kürzen Sie den Text oder wählen Sie eine größere Karte bzw. engere Zeilen.</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Bitte prüfen Sie:</translation>
    </message>
    <message numerus="yes">
        <source>%n word.</source>
        <translation>
            <numerusform>%n Wort.</numerusform>
            <numerusform>%n Wörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words.</source>
        <translation>
            <numerusform>%n Wort.</numerusform>
            <numerusform>%n Wörter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n Wort: Auf eine Karte passen etwa drei Sätze (30–60 Wörter).</numerusform>
            <numerusform>%n Wörter: Auf eine Karte passen etwa drei Sätze (30–60 Wörter).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n Wort: Auf eine Karte passen etwa drei Sätze (30–60 Wörter).</numerusform>
            <numerusform>%n Wörter: Auf eine Karte passen etwa drei Sätze (30–60 Wörter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write about three sentences (30–60 words).</source>
        <translation>Leer: Schreiben Sie etwa drei Sätze (30–60 Wörter).</translation>
    </message>
    <message numerus="yes">
        <source>%n words: a handwritten card holds about 30–60; shorten it.</source>
        <translation>
            <numerusform>%n Wort: Eine handschriftliche Karte fasst etwa 30–60 – bitte kürzen.</numerusform>
            <numerusform>%n Wörter: Eine handschriftliche Karte fasst etwa 30–60 – bitte kürzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a good length for a card.</source>
        <translation>
            <numerusform>%n Wort: eine gute Länge für eine Karte.</numerusform>
            <numerusform>%n Wörter: eine gute Länge für eine Karte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you card — %1</source>
        <translation>Dankeskarte — %1</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Vor dem Drucken</translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation>Trotzdem Vorschau</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>Vor dem Speichern</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Draft printed: the checklist shows it. Tick “mailed” once the card is posted.</source>
        <translation>Entwurf gedruckt – die Checkliste zeigt es an. Haken Sie „verschickt“ ab, sobald die Karte im Briefkasten ist.</translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Printed %n card draft.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>
            <numerusform>%n Kartenentwurf gedruckt.</numerusform>
            <numerusform>%n Kartenentwürfe gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n card drafts.</source>
        <translation>
            <numerusform>%n Kartenentwurf gedruckt.</numerusform>
            <numerusform>%n Kartenentwürfe gedruckt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsSettingsPage</name>
    <message>
        <source>Handwritten cards</source>
        <translation>Handschriftliche Karten</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Ihre Absenderadresse</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode
Country</source>
        <translation>Ihr Name
Straße und Hausnummer
PLZ und Ort
Land</translation>
    </message>
    <message>
        <source>Card template</source>
        <translation>Kartenvorlage</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>Card &amp;template:</source>
        <translation>Karten&amp;vorlage:</translation>
    </message>
    <message>
        <source>New card drafts start from the template. Placeholders:
%1.
%2 is a ★ line about that interviewer from your debrief.</source>
        <translation>Neue Kartenentwürfe beginnen mit der Vorlage. Platzhalter:
%1.
%2 ist eine ★-Zeile über diese Person aus Ihrer Nachbereitung.</translation>
    </message>
    <message>
        <source>The card template has an unknown placeholder: %1.</source>
        <translation>Die Kartenvorlage enthält einen unbekannten Platzhalter: %1.</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in with {person}</source>
        <translation>Bei {person} nachfragen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Check-in draft</source>
        <translation>Entwurf für die Nachfrage</translation>
    </message>
    <message>
        <source>Suggest check-ins for this interview</source>
        <translation>Nachfragen für dieses Gespräch vorschlagen</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Double-click to write your debrief</source>
        <extracomment>Rows that open where the step is done on a double-click (see `open_requested`).</extracomment>
        <translation>Doppelklick: Nachbereitung schreiben</translation>
    </message>
    <message>
        <source>Double-click to write the e-mail</source>
        <translation>Doppelklick: E-Mail schreiben</translation>
    </message>
    <message>
        <source>Double-click to write and print the card draft</source>
        <translation>Doppelklick: Kartenentwurf schreiben und drucken</translation>
    </message>
    <message>
        <source>No reply yet: double-click for a short check-in draft</source>
        <translation>Noch keine Antwort: Doppelklick für einen kurzen Nachfrage-Entwurf</translation>
    </message>
    <message>
        <source>Follow-up checklist</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name. A row double-clicked or Enter pressed: open where that step is done (debrief, e-mail, card).</extracomment>
        <translation>Checkliste der Folgeschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Bounced — check {name}&apos;s address</source>
        <translation>Unzustellbar – prüfen Sie die Adresse von {name}</translation>
    </message>
    <message>
        <source>Bounced — check the address</source>
        <translation>Unzustellbar – prüfen Sie die Adresse</translation>
    </message>
    <message>
        <source>Out of office until {date}</source>
        <translation>Abwesend bis {date}</translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Replied {when}</source>
        <translation>Geantwortet {when}</translation>
    </message>
    <message>
        <source>Open the answer in your mail app</source>
        <translation>Die Antwort im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>No mail app opens message links here; the Message-ID was copied — search for it in your mail app.</source>
        <translation>Hier öffnet kein E-Mail-Programm Nachrichtenlinks; die Message-ID wurde kopiert – suchen Sie in Ihrem E-Mail-Programm danach.</translation>
    </message>
    <message>
        <source>Mailed %1</source>
        <translation>Verschickt %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Tick when the card is mailed. “Draft printed” is set when you print the draft; double-click to open the card.</source>
        <translation>Abhaken, sobald die Karte verschickt ist. „Entwurf gedruckt“ wird beim Drucken gesetzt; Doppelklick öffnet die Karte.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; bitte einen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); nothing was written. Give a file name, or &apos;-&apos; for standard output.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); es wurde nichts geschrieben. Bitte einen Dateinamen angeben oder „-“ für die Standardausgabe.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: it is a folder</source>
        <translation>%1 kann nicht gelesen werden: Das ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 is not writable</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text file.</source>
        <translation>%1 ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>--at: %1 is not an ISO 8601 date-time (e.g. 2026-03-01T09:00)</source>
        <translation>--at: %1 ist kein Zeitpunkt nach ISO 8601 (z. B. 2026-03-01T09:00)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>standard output is closed; nothing was exported.</source>
        <translation>Die Standardausgabe ist geschlossen; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>standard output could not take the export (%1); it is incomplete.</source>
        <translation>Die Standardausgabe hat den Export nicht vollständig angenommen (%1); er ist unvollständig.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importiere…</translation>
    </message>
    <message>
        <source>%1 To accept the new mail settings, run the import again with --replace-settings.</source>
        <translation>%1 Um die neuen Mail-Einstellungen zu übernehmen, den Import mit --replace-settings wiederholen.</translation>
    </message>
    <message>
        <source>Imported %1 interviews and %2 people.</source>
        <translation>%1 Gespräche und %2 Personen importiert.</translation>
    </message>
    <message>
        <source>--me: “%1” is not an e-mail address.</source>
        <translation>--me: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported; the app&apos;s Import invitation… can leave that event out.</source>
        <translation>%1 Es wurde nichts importiert; „Einladung importieren…“ im Programmfenster kann diesen Termin auslassen.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3); due %4</source>
        <translation>%1 – %2 (%3); fällig %4</translation>
    </message>
    <message>
        <source>%1 (%2); due %3</source>
        <translation>%1 (%2); fällig %3</translation>
    </message>
    <message>
        <source>Added %1 sample interviews.</source>
        <translation>%1 Beispielgespräche hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 already exists; give the name of a new file.</source>
        <translation>%1 gibt es schon; bitte den Namen einer neuen Datei angeben.</translation>
    </message>
    <message>
        <source>the new file must not be the damaged one.</source>
        <translation>Die neue Datei darf nicht die beschädigte sein.</translation>
    </message>
    <message>
        <source>cannot read the backup %1: no such file</source>
        <translation>Die Sicherung %1 kann nicht gelesen werden: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing needed from the backup %1.</source>
        <translation>Aus der Sicherung %1 wurde nichts gebraucht.</translation>
    </message>
    <message>
        <source>Damaged pages skipped: %1.</source>
        <translation>Übersprungene beschädigte Seiten: %1.</translation>
    </message>
    <message>
        <source>Wrote %1. %2 was not changed.</source>
        <translation>%1 geschrieben. %2 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Keine Notizen, Personen oder Unternehmen passen zu „%1“.</translation>
    </message>
    <message>
        <source>Showing the %1 most recent matches — add words to narrow.</source>
        <translation>Die %1 neuesten Treffer – mit weiteren Wörtern eingrenzen.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Filed in Sent</source>
        <translation>In „Gesendet“ abgelegt</translation>
    </message>
    <message>
        <source>mail check failed (%1): %2</source>
        <translation>Mail-Prüfung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>set %1 first (finish-strong settings set KEY VALUE).</source>
        <translation>Zuerst %1 festlegen (finish-strong settings set SCHLÜSSEL WERT).</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1).</source>
        <translation>Der Schlüsselbund kann nicht benutzt werden (%1).</translation>
    </message>
    <message>
        <source>Forgot the %1 password for %2 at %3.</source>
        <translation>Das %1-Passwort für %2 bei %3 wurde entfernt.</translation>
    </message>
    <message>
        <source>no password on standard input; nothing was stored.</source>
        <translation>Kein Passwort auf der Standardeingabe; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the keyring cannot be used (%1); nothing was stored.</source>
        <translation>Der Schlüsselbund kann nicht benutzt werden (%1); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Stored the %1 password for %2 at %3 in the keyring.</source>
        <translation>Das %1-Passwort für %2 bei %3 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Up: %1 created, %2 updated, %3 deleted.</source>
        <translation>Hoch: %1 angelegt, %2 geändert, %3 gelöscht.</translation>
    </message>
    <message>
        <source>Down: %1 ticked, %2 moved, %3 put back, %4 adopted.</source>
        <translation>Runter: %1 abgehakt, %2 verschoben, %3 wiederhergestellt, %4 übernommen.</translation>
    </message>
    <message>
        <source>%1 interview(s) deleted on another computer, in the trash here.</source>
        <translation>%1 Gespräch(e) auf einem anderen Computer gelöscht, hier im Papierkorb.</translation>
    </message>
    <message>
        <source>%1 request(s), %2 write(s); %3 interview(s) still queued.</source>
        <translation>%1 Anfrage(n), %2 Schreibvorgang/-vorgänge; %3 Gespräch(e) warten noch.</translation>
    </message>
    <message>
        <source>sync failed (%1): %2</source>
        <translation>Synchronisierung fehlgeschlagen (%1): %2</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Thank-you e-mail: %1</source>
        <translation>Dankes-E-Mail: %1</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Für dieses Gespräch sind keine Gesprächspersonen eingetragen. Fügen Sie sie über „Gespräch bearbeiten“ hinzu.</translation>
    </message>
    <message>
        <source>Drafts are saved as you type.</source>
        <translation>Entwürfe werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send (Ctrl+Return)</source>
        <translation>&amp;Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Send through your mail account (File &gt; Settings &gt; Mail)</source>
        <translation>Über Ihr E-Mail-Konto senden (Datei &gt; Einstellungen &gt; E-Mail)</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>In Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>You sent it some other way: tick this interviewer&apos;s e-mail step</source>
        <translation>Sie haben sie auf anderem Weg gesendet: Den E-Mail-Schritt für diese Person abhaken</translation>
    </message>
    <message>
        <source>One draft per interviewer, with their talking points and the answers they are owed from your debrief; edit freely.</source>
        <translation>Ein Entwurf pro Gesprächsperson, mit ihren Gesprächspunkten und den Antworten, die Sie ihr aus Ihrer Nachbereitung noch schulden. Passen Sie ihn gern an.</translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation>Entwurf um %1 gespeichert.</translation>
    </message>
    <message>
        <source>This interviewer&apos;s e-mail step is done.</source>
        <translation>Der E-Mail-Schritt für diese Person ist erledigt.</translation>
    </message>
    <message>
        <source>This interview was replaced or removed: nothing was saved here.</source>
        <translation>Dieses Gespräch wurde ersetzt oder entfernt: Hier wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No mail account is set up: fill in File &gt; Settings &gt; Mail, or use “Open in mail app”.</source>
        <translation>Es ist kein E-Mail-Konto eingerichtet. Tragen Sie es unter Datei &gt; Einstellungen &gt; E-Mail ein oder nutzen Sie „Im E-Mail-Programm öffnen“.</translation>
    </message>
    <message>
        <source>Add %1&apos;s e-mail address in “To”.</source>
        <translation>Tragen Sie die E-Mail-Adresse von %1 unter „An“ ein.</translation>
    </message>
    <message>
        <source>You already sent this thank-you %1 to %2.

Send it again?</source>
        <translation>Sie haben diese Dankes-E-Mail bereits %1 an %2 gesendet.

Noch einmal senden?</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Bereits gesendet</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>The interview is %1 — send the thank-you now?</source>
        <translation>Das Gespräch ist %1 – die Dankes-E-Mail jetzt schon senden?</translation>
    </message>
    <message>
        <source>The interview ends %1 — send the thank-you now?</source>
        <translation>Das Gespräch endet %1 – die Dankes-E-Mail jetzt schon senden?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Vor dem Gespräch</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Jetzt senden</translation>
    </message>
    <message>
        <source>Before you send</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation>Bitte prüfen Sie:</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Sent to %1. %2&apos;s e-mail step is done.</source>
        <translation>An %1 gesendet. Der E-Mail-Schritt für %2 ist erledigt.</translation>
    </message>
    <message>
        <source>Perhaps sent — %1 Your draft is kept and the step stays open.</source>
        <translation>Vielleicht gesendet — %1 Ihr Entwurf bleibt erhalten und der Schritt offen.</translation>
    </message>
    <message>
        <source>Not sent — %1 Your draft is kept and the step stays open.</source>
        <translation>Nicht gesendet — %1 Ihr Entwurf bleibt erhalten und der Schritt offen.</translation>
    </message>
    <message>
        <source>Sent, but this interview was replaced meanwhile: the send was not recorded.</source>
        <translation>Gesendet, aber dieses Gespräch wurde inzwischen ersetzt: Der Versand wurde nicht vermerkt.</translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation>Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>the draft file %1</source>
        <translation>der Entwurfsdatei %1</translation>
    </message>
    <message>
        <source>Opened in %1. Once you have sent it, click “Mark as sent”.</source>
        <translation>Geöffnet in %1. Sobald Sie sie gesendet haben, klicken Sie auf „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>Could not open %1. Use “Copy to clipboard” and paste it into your mail.</source>
        <translation>Öffnen in %1 war nicht möglich. Nutzen Sie „In Zwischenablage kopieren“ und fügen Sie den Text in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Subject and text copied. Once you have sent it, click “Mark as sent”.</source>
        <translation>Betreff und Text kopiert. Sobald Sie die E-Mail gesendet haben, klicken Sie auf „Als gesendet markieren“.</translation>
    </message>
    <message>
        <source>Marked as sent: %1&apos;s e-mail step is done.</source>
        <translation>Als gesendet markiert: Der E-Mail-Schritt für %1 ist erledigt.</translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation>Gesendet %1 an %2</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet %1</translation>
    </message>
    <message>
        <source>Marked as sent %1 (to %2)</source>
        <translation>Als gesendet markiert %1 (an %2)</translation>
    </message>
    <message>
        <source>Marked as sent %1</source>
        <translation>Als gesendet markiert %1</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation>%1: Unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside Finish Strong. Your data were left as they were before the failed step; you can keep working, or restart the app to be safe.

The details are also in the log folder %1. They hold no note text and no password, so you can attach them to a bug report.</source>
        <translation>In Finish Strong ist etwas schiefgegangen. Ihre Daten sind so geblieben, wie sie vor dem fehlgeschlagenen Schritt waren. Sie können weiterarbeiten oder die App sicherheitshalber neu starten.

Die Details stehen auch im Protokollordner %1. Sie enthalten keine Notizen und kein Passwort, Sie können sie also einer Fehlermeldung beilegen.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Die Fehlerdetails in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>DataImport</name>
    <message>
        <source>Finish Strong export (*.json);;All files (*)</source>
        <translation>Finish-Strong-Export (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type the date and time as you write them ({0}), as ISO (2026-12-01 14:00), or with a short time such as 2pm, 2:30 pm or 14.30.</source>
        <translation>Geben Sie Datum und Uhrzeit so ein, wie Sie sie schreiben ({0}), im ISO-Format (2026-12-01 14:00) oder mit kurzer Uhrzeit wie 14, 14:30 oder 14.30.</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Datum im Kalender wählen</translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation>Problem: {0}</translation>
    </message>
</context>
<context>
    <name>DayAgenda</name>
    <message>
        <source>Interview: %1</source>
        <translation>Gespräch: %1</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>Day agenda</source>
        <translation>Tagesübersicht</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>An diesem Tag steht nichts an.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>Debrief: %1</source>
        <extracomment>A very long section is re-indexed for search this long after the last autosave. The plan changed (a referral added or removed, the notes step ticked). Emitted once everything is saved and the window is going away.</extracomment>
        <translation>Nachbereitung: %1</translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation>Alle Änderungen werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>&amp;Gesprächspersonen</translation>
    </message>
    <message>
        <source>Open &amp;questions (%1)</source>
        <translation>Offene &amp;Fragen (%1)</translation>
    </message>
    <message>
        <source>&amp;Referrals (%1)</source>
        <translation>&amp;Empfehlungen (%1)</translation>
    </message>
    <message>
        <source>Talking &amp;points</source>
        <translation>Gesprächs&amp;punkte</translation>
    </message>
    <message>
        <source>Earlier rounds</source>
        <translation>Frühere Runden</translation>
    </message>
    <message>
        <source>&amp;Earlier rounds at %1 (%2)</source>
        <translation>Frühere &amp;Runden bei %1 (%2)</translation>
    </message>
    <message>
        <source>★ Talking point (%1)</source>
        <translation>★ Gesprächspunkt (%1)</translation>
    </message>
    <message>
        <source>Flag the current line to mention in the thank-you</source>
        <translation>Die aktuelle Zeile markieren, um sie im Dank zu erwähnen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation>Für dieses Gespräch sind keine Gesprächspersonen eingetragen. Fügen Sie sie über „Gespräch bearbeiten“ hinzu.</translation>
    </message>
    <message>
        <source>What you talked about with %1</source>
        <translation>Worüber Sie mit %1 gesprochen haben</translation>
    </message>
    <message>
        <source>Topics, their questions, anything to mention in your thank-you</source>
        <translation>Themen, ihre Fragen, alles, was Sie im Dank erwähnen möchten</translation>
    </message>
    <message>
        <source>Personal things about %1</source>
        <translation>Persönliches über %1</translation>
    </message>
    <message>
        <source>Hobbies, pet peeves, shared interests — kept for your next meeting</source>
        <translation>Hobbys, Eigenheiten, gemeinsame Interessen – aufbewahrt für das nächste Treffen</translation>
    </message>
    <message>
        <source>What you talked about:</source>
        <translation>Worüber Sie gesprochen haben:</translation>
    </message>
    <message>
        <source>Personal (kept on %1 for every interview):</source>
        <translation>Persönlich (bei %1 für jedes Gespräch aufbewahrt):</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Gesprächspersonen</translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation>Noch nicht gespeichert %1 Ihr Text bleibt erhalten; neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Talking &amp;points (%1)</source>
        <translation>Gesprächs&amp;punkte (%1)</translation>
    </message>
    <message>
        <source>✓ Notes step done</source>
        <translation>✓ Notizen erledigt</translation>
    </message>
    <message>
        <source>Notes &amp;done (Ctrl+Return)</source>
        <translation>Notizen &amp;fertig (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ticks step 1 of the plan; untick it in the checklist to reopen.</source>
        <translation>Hakt Schritt 1 des Plans ab; zum Wiederöffnen in der Checkliste den Haken entfernen.</translation>
    </message>
    <message>
        <source>Notes saved — step 1 is done. Next: the thank-you e-mail.</source>
        <translation>Notizen gespeichert – Schritt 1 ist erledigt. Als Nächstes: die Dankes-E-Mail.</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Debrief…</source>
        <translation>Nachbereitung…</translation>
    </message>
    <message>
        <source>Step 1: your notes, talking points, open questions and referrals (Ctrl+D)</source>
        <translation>Schritt 1: Ihre Notizen, Gesprächspunkte, offenen Fragen und Empfehlungen (Strg+D)</translation>
    </message>
    <message>
        <source>Follow-up plan:</source>
        <extracomment>The reply radar&apos;s answers: who wrote, when, the subject and first line (plain text).</extracomment>
        <translation>Plan der Folgeschritte:</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>Ihre Zeit (%1–%2 in %3)</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>{person} replied {when}: “{subject}”</source>
        <translation>{person} hat {when} geantwortet: „{subject}“</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Write your notes</source>
        <translation>Notizen schreiben</translation>
    </message>
    <message>
        <source>Send a thank-you e-mail</source>
        <translation>Dankes-E-Mail senden</translation>
    </message>
    <message>
        <source>Mail a handwritten note</source>
        <translation>Handschriftliche Karte verschicken</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Empfohlenen Kontakt ansprechen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Recruiter call</source>
        <translation>Gespräch mit Recruiter</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Gespräch mit Führungskraft</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachgespräch</translation>
    </message>
    <message>
        <source>Take-home review</source>
        <translation>Besprechung der Probeaufgabe</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Gruppengespräch</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale Runde</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation>Ganze Vorderseite</translation>
    </message>
    <message>
        <source>Lower half (top fold)</source>
        <translation>Untere Hälfte (Falz oben)</translation>
    </message>
    <message>
        <source>Upper half</source>
        <translation>Obere Hälfte</translation>
    </message>
    <message>
        <source>Right half (side fold)</source>
        <translation>Rechte Hälfte (Falz seitlich)</translation>
    </message>
    <message>
        <source>Left half</source>
        <translation>Linke Hälfte</translation>
    </message>
    <message>
        <source>Folded note 4¼×5½ in (A2 envelope)</source>
        <translation>Klappkarte 4¼×5½ Zoll (Umschlag A2)</translation>
    </message>
    <message>
        <source>3½×5 in (A1 envelope)</source>
        <translation>3½×5 Zoll (Umschlag A1)</translation>
    </message>
    <message>
        <source>5×7 in (A7 envelope)</source>
        <translation>5×7 Zoll (Umschlag A7)</translation>
    </message>
    <message>
        <source>4×6 in (A6 envelope)</source>
        <translation>4×6 Zoll (Umschlag A6)</translation>
    </message>
    <message>
        <source>ISO A6 105×148 mm (C6 envelope)</source>
        <translation>DIN A6 105×148 mm (Umschlag C6)</translation>
    </message>
    <message>
        <source>#10 4⅛×9½ in</source>
        <translation>#10 4⅛×9½ Zoll</translation>
    </message>
    <message>
        <source>A1 3⅝×5⅛ in</source>
        <translation>A1 3⅝×5⅛ Zoll</translation>
    </message>
    <message>
        <source>A2 4⅜×5¾ in</source>
        <translation>A2 4⅜×5¾ Zoll</translation>
    </message>
    <message>
        <source>A6 4¾×6½ in</source>
        <translation>A6 4¾×6½ Zoll</translation>
    </message>
    <message>
        <source>A7 5¼×7¼ in</source>
        <translation>A7 5¼×7¼ Zoll</translation>
    </message>
    <message>
        <source>C6 114×162 mm</source>
        <translation>C6 114×162 mm</translation>
    </message>
    <message>
        <source>DL 110×220 mm</source>
        <translation>DL 110×220 mm</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>ISO A4</source>
        <translation>DIN A4</translation>
    </message>
    <message>
        <source>Observations and impressions</source>
        <translation>Beobachtungen und Eindrücke</translation>
    </message>
    <message>
        <source>How did it go? What stood out about the team, the office, the mood?</source>
        <translation>Wie lief es? Was ist Ihnen am Team, an den Räumen, an der Stimmung aufgefallen?</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Worüber gesprochen wurde</translation>
    </message>
    <message>
        <source>Questions asked, projects described, your answers worth repeating.</source>
        <translation>Gestellte Fragen, beschriebene Projekte, Antworten von Ihnen, die sich zu wiederholen lohnen.</translation>
    </message>
    <message>
        <source>The company&apos;s recent projects</source>
        <translation>Aktuelle Projekte des Unternehmens</translation>
    </message>
    <message>
        <source>Launches, migrations, acquisitions they mentioned.</source>
        <translation>Erwähnte Produktstarts, Umstellungen, Übernahmen.</translation>
    </message>
    <message>
        <source>Professional organizations</source>
        <translation>Berufsverbände</translation>
    </message>
    <message>
        <source>Associations or groups they belong to or recommended.</source>
        <translation>Verbände oder Gruppen, denen man angehört oder die empfohlen wurden.</translation>
    </message>
    <message>
        <source>Industry events</source>
        <translation>Branchenveranstaltungen</translation>
    </message>
    <message>
        <source>Meet-ups, trade shows, awards.</source>
        <translation>Meet-ups, Messen, Preisverleihungen.</translation>
    </message>
    <message>
        <source>Upcoming conferences</source>
        <translation>Anstehende Konferenzen</translation>
    </message>
    <message>
        <source>Where they will be, and when.</source>
        <translation>Wo man sie trifft, und wann.</translation>
    </message>
    <message>
        <source>Company-wide meetings</source>
        <translation>Unternehmensweite Treffen</translation>
    </message>
    <message>
        <source>All-hands, offsites, planning cycles.</source>
        <translation>Betriebsversammlungen, Offsites, Planungsrunden.</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Whatever else you want to remember.</source>
        <translation>Alles andere, was Sie sich merken möchten.</translation>
    </message>
    <message>
        <source>The referral is empty.</source>
        <extracomment>(key, title, hint) in the order the article lists them. Generous: a pasted 1 MB document must fit; far beyond that is a mistake, not notes. Measured (make bench, docs/PERFORMANCE.md): at this size a keystroke stays under 20 ms and an autosave well under 0.1 s; at 5 MB each autosave stalled typing for ~250–350 ms. The cap holds in the editor (a longer paste is refused, with the reason) and in imports alike. person id -&gt; what you talked about with them in this interview referral_problems(): a fixed sentence, translated by its text in the context &quot;DomainText&quot;</extracomment>
        <translation>Die Empfehlung ist leer.</translation>
    </message>
    <message>
        <source>The notes reminder comes after its deadline.</source>
        <extracomment>PlanRules.problems(): fixed sentences, translated by their text in the context &quot;DomainText&quot; (ui/shared/domain_words.py `domain_text`; the CLI and the JSON import through domain/words.py).</extracomment>
        <translation>Die Erinnerung an die Notizen kommt erst nach ihrer Frist.</translation>
    </message>
    <message>
        <source>The thank-you e-mail reminder comes after its deadline.</source>
        <translation>Die Erinnerung an die Dankes-E-Mail kommt erst nach ihrer Frist.</translation>
    </message>
    <message>
        <source>The handwritten note reminder comes after its deadline.</source>
        <translation>Die Erinnerung an die handschriftliche Karte kommt erst nach ihrer Frist.</translation>
    </message>
    <message>
        <source>The referral reminder comes after its deadline.</source>
        <translation>Die Erinnerung an die Empfehlung kommt erst nach ihrer Frist.</translation>
    </message>
</context>
<context>
    <name>DraftCheckerPanel</name>
    <message>
        <source>Draft check</source>
        <extracomment>Typing pauses this long before the draft is checked again (the checks are cheap, the list redraw is not).</extracomment>
        <translation>Entwurfsprüfung</translation>
    </message>
    <message>
        <source>Click a finding to select the spot in the text</source>
        <translation>Klicken Sie auf einen Hinweis, um die Stelle im Text zu markieren</translation>
    </message>
    <message>
        <source>Draft check: nothing to fix</source>
        <translation>Entwurfsprüfung: nichts zu korrigieren</translation>
    </message>
    <message>
        <source>Name, company and role as on the interview, a specific point, the answers owed, no one else&apos;s notes, no stock filler, a good length.</source>
        <translation>Name, Unternehmen und Stelle wie beim Gespräch, ein konkreter Punkt, die ausstehenden Antworten, keine Notizen zu anderen Personen, keine Floskeln, eine gute Länge.</translation>
    </message>
    <message numerus="yes">
        <source>Draft check: %n to look at</source>
        <translation>
            <numerusform>Entwurfsprüfung: %n Hinweis</numerusform>
            <numerusform>Entwurfsprüfung: %n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>To (%1)</source>
        <translation>An (%1)</translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation>name@firma.example</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Re&amp;fill from template</source>
        <translation>Aus Vorlage neu &amp;füllen</translation>
    </message>
    <message>
        <source>Replace the subject and text with the chosen template, filled in again</source>
        <translation>Betreff und Text durch die gewählte, neu ausgefüllte Vorlage ersetzen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation>Text der E-Mail</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1.</source>
        <translation>Keine E-Mail-Adresse: %1.</translation>
    </message>
</context>
<context>
    <name>EarlierRounds</name>
    <message>
        <source>No earlier rounds at this company.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>Keine früheren Gesprächsrunden bei diesem Unternehmen.</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Mit %1</translation>
    </message>
    <message>
        <source>Talking points:</source>
        <translation>Gesprächspunkte:</translation>
    </message>
    <message>
        <source>Open questions:</source>
        <translation>Offene Fragen:</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>With %1:</source>
        <translation>Mit %1:</translation>
    </message>
</context>
<context>
    <name>EditorRegistry</name>
    <message>
        <source>A window was closed: what it showed was replaced or removed.</source>
        <extracomment>Whether the window can be built again in place; a dialog that belongs to another editor cannot. A window was closed or rebuilt because its data were replaced or removed (for the status bar).</extracomment>
        <translation>Ein Fenster wurde geschlossen: Sein Inhalt wurde ersetzt oder entfernt.</translation>
    </message>
    <message>
        <source>A window was reloaded with the data now stored.</source>
        <translation>Ein Fenster wurde mit den jetzt gespeicherten Daten neu geladen.</translation>
    </message>
</context>
<context>
    <name>EnvelopeDialog</name>
    <message>
        <source>Envelope for %1</source>
        <translation>Umschlag für %1</translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation>Umschlaggröße</translation>
    </message>
    <message>
        <source>Recipient&apos;s postal address</source>
        <translation>Postanschrift des Empfängers</translation>
    </message>
    <message>
        <source>Company
Street and number
City, postcode
Country</source>
        <translation>Unternehmen
Straße und Hausnummer
PLZ und Ort
Land</translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation>Ihre Absenderadresse</translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode</source>
        <translation>Ihr Name
Straße und Hausnummer
PLZ und Ort</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Umschlag:</translation>
    </message>
    <message>
        <source>&amp;To %1:</source>
        <translation>&amp;An %1:</translation>
    </message>
    <message>
        <source>&amp;From (you):</source>
        <translation>&amp;Von (Sie):</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Envelope — %1</source>
        <translation>Umschlag — %1</translation>
    </message>
    <message>
        <source>The name goes above the address. What you type here is kept: theirs on their profile, yours in Settings → Cards.</source>
        <translation>Der Name steht über der Anschrift. Was Sie hier eintragen, bleibt erhalten: die Anschrift der Person bei ihr, Ihre in Einstellungen → Karten.</translation>
    </message>
    <message>
        <source>The interviewer</source>
        <translation>Die Gesprächsperson</translation>
    </message>
    <message>
        <source>%1 has no postal address yet.</source>
        <translation>Für %1 ist noch keine Postanschrift eingetragen.</translation>
    </message>
    <message>
        <source>Your return address is missing (Settings → Cards).</source>
        <translation>Ihre Absenderadresse fehlt (Einstellungen → Karten).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data file is busy: another program (perhaps a command-line import, or a second Finish Strong on the same folder) is writing to it. Nothing was lost; try again in a moment, and close the other program if it keeps happening.</source>
        <translation>Die Datendatei ist belegt: Ein anderes Programm (etwa ein Import über die Kommandozeile oder ein zweites Finish Strong mit demselben Ordner) schreibt gerade hinein. Es ist nichts verloren gegangen. Versuchen Sie es gleich noch einmal und schließen Sie das andere Programm, falls es wieder passiert.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so the change could not be saved. Nothing was lost: free some space (empty the trash, delete large files) and try again.</source>
        <translation>Der Datenträger mit Ihren Daten ist voll, daher konnte die Änderung nicht gespeichert werden. Es ist nichts verloren gegangen: Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only, or belongs to another user). Nothing was changed. Make the folder writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to.</source>
        <translation>In den Datenordner kann nicht geschrieben werden (er ist schreibgeschützt oder gehört einem anderen Benutzer). Es wurde nichts geändert. Geben Sie Ihrem Benutzer Schreibrechte oder starten Sie Finish Strong mit --data-dir und einem Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>— the disk is full: free some space.</source>
        <translation>— der Datenträger ist voll: Schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>— the data folder cannot be written to: make it writable.</source>
        <translation>— in den Datenordner kann nicht geschrieben werden: Geben Sie Schreibrechte.</translation>
    </message>
    <message>
        <source>— another program is writing to the data file.</source>
        <translation>— ein anderes Programm schreibt gerade in die Datendatei.</translation>
    </message>
    <message>
        <source>Finish Strong could not save the change (%1). Nothing was lost; try again.</source>
        <translation>Finish Strong konnte die Änderung nicht speichern (%1). Es ist nichts verloren gegangen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The data file is locked by another program (perhaps a command-line import). Wait for it to finish, or close it, then start Finish Strong again.</source>
        <translation>Die Datendatei ist von einem anderen Programm gesperrt (etwa einem Import über die Kommandozeile). Warten Sie, bis es fertig ist, oder schließen Sie es, und starten Sie Finish Strong dann erneut.</translation>
    </message>
    <message>
        <source>The disk holding your data is full, so Finish Strong cannot start. Free some space and start again.</source>
        <translation>Der Datenträger mit Ihren Daten ist voll, daher kann Finish Strong nicht starten. Schaffen Sie Platz und starten Sie erneut.</translation>
    </message>
    <message>
        <source>Finish Strong cannot write to its data folder (it is read-only, or belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>Finish Strong kann nicht in seinen Datenordner schreiben (er ist schreibgeschützt oder gehört einem anderen Benutzer). Geben Sie Ihrem Benutzer Schreibrechte oder starten Sie Finish Strong mit --data-dir und einem Ordner, in den Sie schreiben dürfen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Finish Strong cannot open its data (%1). Nothing was changed.</source>
        <translation>Finish Strong kann seine Daten nicht öffnen (%1). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Update of an interview you imported</source>
        <translation>Aktualisierung eines importierten Gesprächs</translation>
    </message>
    <message>
        <source>Cancelled by the organizer</source>
        <translation>Vom Veranstalter abgesagt</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation>Ihre Zeit (%1–%2 in %3)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Untick to leave this event out of the import.</source>
        <translation>Entfernen Sie den Haken, um diesen Termin nicht zu importieren.</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Einladung:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Company of event %1</source>
        <translation>Unternehmen von Termin %1</translation>
    </message>
    <message>
        <source>Role of event %1</source>
        <translation>Stelle von Termin %1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Gespräch:</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(kein Unternehmen)</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Interviewers:</source>
        <translation>Gesprächspersonen:</translation>
    </message>
    <message>
        <source>none listed (add them later)</source>
        <translation>keine angegeben (später ergänzen)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>It will be marked withdrawn.</source>
        <translation>Es wird als zurückgezogen markiert.</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>Übersprungen: %1.</translation>
    </message>
    <message>
        <source>The invitation has no title: enter the company.</source>
        <translation>Die Einladung hat keinen Titel: Geben Sie das Unternehmen ein.</translation>
    </message>
</context>
<context>
    <name>FieldError</name>
    <message>
        <source>Enter the interviewer&apos;s name.</source>
        <extracomment>Interviewers per interview: a panel is a handful; thousands (a mailing list in an invitation) would make every view of the interview slow. Invitations keep the first ones (invitation.py).</extracomment>
        <translation>Bitte den Namen der Person eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose the form of address from the list.</source>
        <translation>Bitte die Anrede aus der Liste wählen.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Bitte den Namen des Unternehmens eingeben.</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation>„%1“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>The start and end need a time zone.</source>
        <translation>Beginn und Ende brauchen eine Zeitzone.</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3: the clocks go forward then.</source>
        <translation>%1 gibt es am %2 in %3 nicht: Dann wird die Uhr vorgestellt.</translation>
    </message>
    <message>
        <source>The interview must end after it starts.</source>
        <translation>Das Gespräch muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>An interview cannot last more than 7 days.</source>
        <translation>Ein Gespräch kann nicht länger als 7 Tage dauern.</translation>
    </message>
    <message>
        <source>%1 interviewers is too many: at most %2 per interview.</source>
        <translation>%1 Gesprächspersonen sind zu viele: höchstens %2 pro Gespräch.</translation>
    </message>
    <message>
        <source>The name is too long (%1 characters; at most %2).</source>
        <extracomment>&quot;%1 characters&quot; over the limit %2, per field</extracomment>
        <translation>Der Name ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The title is too long (%1 characters; at most %2).</source>
        <translation>Die Funktion ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The e-mail address is too long (%1 characters; at most %2).</source>
        <translation>Die E-Mail-Adresse ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The address is too long (%1 characters; at most %2).</source>
        <translation>Die Adresse ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The company name is too long (%1 characters; at most %2).</source>
        <translation>Der Unternehmensname ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The role is too long (%1 characters; at most %2).</source>
        <translation>Die Stelle ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The round is too long (%1 characters; at most %2).</source>
        <translation>Die Runde ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The location is too long (%1 characters; at most %2).</source>
        <translation>Der Ort ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
</context>
<context>
    <name>FindingWords</name>
    <message>
        <source>“%1” is not how %2 writes the name.</source>
        <extracomment>key: (message, fix), with %1, %2… the finding&apos;s args in order.</extracomment>
        <translation>„%1“ – so schreibt %2 den Namen nicht.</translation>
    </message>
    <message>
        <source>Write “%3”.</source>
        <translation>Schreiben Sie „%3“.</translation>
    </message>
    <message>
        <source>The draft does not name %1.</source>
        <translation>Der Entwurf nennt %1 nicht.</translation>
    </message>
    <message>
        <source>Greet them by name: “Dear %2,”.</source>
        <translation>Sprechen Sie die Person mit Namen an: „Liebe/r %2,“.</translation>
    </message>
    <message>
        <source>“%1” differs from the company on the interview.</source>
        <translation>„%1“ weicht vom Unternehmen des Gesprächs ab.</translation>
    </message>
    <message>
        <source>Write “%2”.</source>
        <translation>Schreiben Sie „%2“.</translation>
    </message>
    <message>
        <source>“%1” differs from the role on the interview.</source>
        <translation>„%1“ weicht von der Stelle des Gesprächs ab.</translation>
    </message>
    <message>
        <source>The draft does not mention the company, %1.</source>
        <translation>Der Entwurf erwähnt das Unternehmen nicht, %1.</translation>
    </message>
    <message>
        <source>Name it, e.g. “the %2 position at %3”.</source>
        <translation>Nennen Sie sie, z. B. „die Stelle als %2 bei %3“.</translation>
    </message>
    <message>
        <source>The draft does not mention the role, %1.</source>
        <translation>Der Entwurf erwähnt die Stelle nicht, %1.</translation>
    </message>
    <message>
        <source>No specific point from the interview is mentioned.</source>
        <translation>Kein konkreter Punkt aus dem Gespräch wird erwähnt.</translation>
    </message>
    <message>
        <source>Mention one, e.g. “%1”.</source>
        <translation>Erwähnen Sie einen, z. B. „%1“.</translation>
    </message>
    <message>
        <source>Flag a line with ★ in the debrief, or write one thing you talked about.</source>
        <translation>Markieren Sie eine Zeile in der Nachbereitung mit ★ oder schreiben Sie etwas, worüber Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>Your answer to “%1” is not in the draft.</source>
        <translation>Ihre Antwort auf „%1“ fehlt im Entwurf.</translation>
    </message>
    <message>
        <source>Add it: “%2”.</source>
        <translation>Ergänzen Sie sie: „%2“.</translation>
    </message>
    <message>
        <source>“%1” is still open and has no answer yet.</source>
        <translation>„%1“ ist noch offen und hat noch keine Antwort.</translation>
    </message>
    <message>
        <source>Write the answer in the debrief&apos;s open questions, or tick “Answered in the interview”.</source>
        <translation>Tragen Sie die Antwort bei den offenen Fragen der Nachbereitung ein oder haken Sie „Im Gespräch beantwortet“ an.</translation>
    </message>
    <message>
        <source>This comes from your notes on %1.</source>
        <translation>Das stammt aus Ihren Notizen zu %1.</translation>
    </message>
    <message>
        <source>Remove it: interviewers compare notes, and it was not said to this person.</source>
        <translation>Entfernen Sie es: Gesprächspersonen tauschen sich aus, und dieser Person wurde es nicht gesagt.</translation>
    </message>
    <message>
        <source>“%1” talks about someone in the third person.</source>
        <translation>„%1“ spricht in der dritten Person über jemanden.</translation>
    </message>
    <message>
        <source>Write to the reader as “you” (“you mentioned…”).</source>
        <translation>Sprechen Sie die lesende Person direkt an („Sie erwähnten …“).</translation>
    </message>
    <message>
        <source>“%1” speaks of %2 in a letter to %2.</source>
        <translation>„%1“ spricht von %2 in einem Brief an %2.</translation>
    </message>
    <message>
        <source>Write “you” instead.</source>
        <translation>Sprechen Sie die Person stattdessen direkt an.</translation>
    </message>
    <message>
        <source>“%1” is stock filler.</source>
        <translation>„%1“ ist eine Floskel.</translation>
    </message>
    <message>
        <source>Cut it, or say the specific thing instead.</source>
        <translation>Streichen Sie sie oder sagen Sie stattdessen das Konkrete.</translation>
    </message>
    <message>
        <source>%1 words is short for an e-mail (about %2–%3).</source>
        <translation>%1 Wörter sind kurz für eine E-Mail (etwa %2–%3).</translation>
    </message>
    <message>
        <source>Add a sentence about something specific you talked about.</source>
        <translation>Ergänzen Sie einen Satz über etwas Konkretes, worüber Sie gesprochen haben.</translation>
    </message>
    <message>
        <source>%1 words is short for a card (about %2–%3).</source>
        <translation>%1 Wörter sind kurz für eine Karte (etwa %2–%3).</translation>
    </message>
    <message>
        <source>%1 words is long for an e-mail (about %2–%3).</source>
        <translation>%1 Wörter sind lang für eine E-Mail (etwa %2–%3).</translation>
    </message>
    <message>
        <source>Cut what the reader already knows.</source>
        <translation>Streichen Sie, was die lesende Person schon weiß.</translation>
    </message>
    <message>
        <source>%1 words is long for a card (about %2–%3).</source>
        <translation>%1 Wörter sind lang für eine Karte (etwa %2–%3).</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card.</source>
        <translation>%1: Die letzten Zeilen stehen nicht mehr auf der Karte.</translation>
    </message>
    <message>
        <source>Shorten it, or pick a larger card or closer lines.</source>
        <translation>Kürzen Sie den Text oder wählen Sie eine größere Karte bzw. engere Zeilen.</translation>
    </message>
    <message>
        <source>“%1” is a placeholder left in the text.</source>
        <translation>„%1“ ist ein übrig gebliebener Platzhalter.</translation>
    </message>
    <message>
        <source>Replace it with the words it stands for.</source>
        <translation>Ersetzen Sie ihn durch die Wörter, für die er steht.</translation>
    </message>
    <message>
        <source>Send it today all the same: late and specific beats never.</source>
        <translation>Senden Sie sie trotzdem heute: spät und konkret ist besser als nie.</translation>
    </message>
    <message numerus="yes">
        <source>This is %n minute past its due time.</source>
        <translation>
            <numerusform>Das ist %n Minute über der Frist.</numerusform>
            <numerusform>Das ist %n Minuten über der Frist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n minutes past its due time.</source>
        <translation>
            <numerusform>Das ist %n Minute über der Frist.</numerusform>
            <numerusform>Das ist %n Minuten über der Frist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hour past its due time.</source>
        <translation>
            <numerusform>Das ist %n Stunde über der Frist.</numerusform>
            <numerusform>Das ist %n Stunden über der Frist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n hours past its due time.</source>
        <translation>
            <numerusform>Das ist %n Stunde über der Frist.</numerusform>
            <numerusform>Das ist %n Stunden über der Frist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This is %n days past its due time.</source>
        <translation>
            <numerusform>Das ist %n Tag über der Frist.</numerusform>
            <numerusform>Das ist %n Tage über der Frist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>am %1 um %2</translation>
    </message>
</context>
<context>
    <name>ImapSettingsBox</name>
    <message>
        <source>Replies (IMAP)</source>
        <translation>Antworten (IMAP)</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.beispiel.de</translation>
    </message>
    <message>
        <source>Empty: no copies in Sent and no reply radar</source>
        <translation>Leer: keine Kopien in „Gesendet“ und kein Antwort-Radar</translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <source>Use the SMTP &amp;login (user name and password)</source>
        <translation>Die SMTP-&amp;Anmeldung verwenden (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>kept in your keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>nur für Firmenserver mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>automatic: the server&apos;s Sent folder</source>
        <translation>automatisch: der Ordner „Gesendet“ des Servers</translation>
    </message>
    <message>
        <source>optional: a folder besides INBOX</source>
        <translation>optional: ein Ordner neben dem Posteingang</translation>
    </message>
    <message>
        <source>Empty: the folder the server flags as Sent, else one named Sent, Sent Items or Sent Messages</source>
        <translation>Leer: der Ordner, den der Server als „Gesendet“ kennzeichnet, sonst einer namens Sent, Sent Items oder Sent Messages</translation>
    </message>
    <message>
        <source>A folder watched for replies besides INBOX, e.g. where a filter files mail from recruiters</source>
        <translation>Ein weiterer Ordner, in dem nach Antworten gesucht wird, z. B. wohin ein Filter Mails von Recruitern verschiebt</translation>
    </message>
    <message>
        <source>Suggest a check-in when no reply came after</source>
        <translation>Eine Nachfrage vorschlagen, wenn keine Antwort kam nach</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation>IMAP-Server</translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation>IMAP-Port</translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation>IMAP-Sicherheit</translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation>IMAP-Benutzername</translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation>IMAP-Passwort</translation>
    </message>
    <message>
        <source>IMAP CA file</source>
        <translation>IMAP-CA-Datei</translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation>Ordner „Gesendet“</translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation>Zusätzlich beobachten</translation>
    </message>
    <message>
        <source>Days before the check-in</source>
        <translation>Tage bis zur Nachfrage</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Files sent thank-yous in Sent and looks for replies now</source>
        <translation>Legt gesendete Dankes-E-Mails in „Gesendet“ ab und sucht jetzt nach Antworten</translation>
    </message>
    <message>
        <source>Checking for replies</source>
        <translation>Antworten werden gesucht</translation>
    </message>
    <message>
        <source>Checked after start-up and every 15 minutes while Finish Strong runs.</source>
        <translation>Wird nach dem Start und alle 15 Minuten geprüft, solange Finish Strong läuft.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Ordner „Gesendet“:</translation>
    </message>
    <message>
        <source>Also watch:</source>
        <translation>Zusätzlich beobachten:</translation>
    </message>
    <message>
        <source>Every thank-you sent through Finish Strong is filed once in your Sent folder. New mail in INBOX is matched to what you sent: only the headers and first lines of answers are read and kept; auto-replies and bounces are told apart. The password stays in your system&apos;s keyring.</source>
        <translation>Jede über Finish Strong gesendete Dankes-E-Mail wird einmal in Ihrem Ordner „Gesendet“ abgelegt. Neue Mails im Posteingang werden Ihren gesendeten zugeordnet: Nur Kopfzeilen und erste Zeilen der Antworten werden gelesen und aufbewahrt; automatische Antworten und Unzustellbarkeitsmeldungen werden erkannt. Das Passwort bleibt im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add the IMAP user name, or tick “Use the SMTP login”.</source>
        <translation>Tragen Sie den IMAP-Benutzernamen ein oder haken Sie „Die SMTP-Anmeldung verwenden“ an.</translation>
    </message>
    <message>
        <source>Fill in the IMAP server first.</source>
        <translation>Tragen Sie zuerst den IMAP-Server ein.</translation>
    </message>
    <message>
        <source>Type the user name and password first (or those of the SMTP account).</source>
        <translation>Geben Sie zuerst Benutzername und Passwort ein (oder die des SMTP-Kontos).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checked: {filed} filed in Sent, {replies} replies, {auto} auto-replies, {bounces} bounced.</source>
        <translation>Geprüft: {filed} in „Gesendet“ abgelegt, {replies} Antworten, {auto} automatische Antworten, {bounces} unzustellbar.</translation>
    </message>
    <message>
        <source>Check failed ({kind}) — {text}</source>
        <translation>Prüfung fehlgeschlagen ({kind}) — {text}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invitation</source>
        <extracomment>Open editors store what they hold first (the editor registry); False: they could not.</extracomment>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <source>1 event cannot be imported and is left out.</source>
        <translation>1 Termin kann nicht importiert werden und wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1 events cannot be imported and are left out.</source>
        <translation>%1 Termine können nicht importiert werden und werden ausgelassen.</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Als zurückgezogen markieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>There is nothing to import from this invitation.</source>
        <translation>Aus dieser Einladung gibt es nichts zu importieren.</translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled this interview. Mark it withdrawn?</source>
        <translation>
            <numerusform>Der Veranstalter hat %n Gespräch abgesagt. Als zurückgezogen markieren?</numerusform>
            <numerusform>Der Veranstalter hat %n Gespräche abgesagt. Als zurückgezogen markieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled %n interviews. Mark them withdrawn?</source>
        <translation>
            <numerusform>Der Veranstalter hat %n Gespräch abgesagt. Als zurückgezogen markieren?</numerusform>
            <numerusform>Der Veranstalter hat %n Gespräche abgesagt. Als zurückgezogen markieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing one event. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>%n Termin wird importiert. Prüfen Sie Unternehmen und Stelle, die wir erraten haben; jedes Gespräch bekommt wie gewohnt seinen Plan.</numerusform>
            <numerusform>%n Termine werden importiert. Prüfen Sie Unternehmen und Stelle, die wir erraten haben; jedes Gespräch bekommt wie gewohnt seinen Plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n events. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>%n Termin wird importiert. Prüfen Sie Unternehmen und Stelle, die wir erraten haben; jedes Gespräch bekommt wie gewohnt seinen Plan.</numerusform>
            <numerusform>%n Termine werden importiert. Prüfen Sie Unternehmen und Stelle, die wir erraten haben; jedes Gespräch bekommt wie gewohnt seinen Plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is left out: tick one to import it, or Cancel.</source>
        <translation>Alle Termine sind abgewählt: Haken Sie einen an, um ihn zu importieren, oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was imported.</source>
        <translation>Ein geöffnetes Fenster konnte Ihre Eingaben nicht speichern: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ImportProgressDialog</name>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <source>Cancelling: putting everything back as it was…</source>
        <translation>Abbruch: Alles wird wiederhergestellt, wie es war…</translation>
    </message>
</context>
<context>
    <name>InterviewCalendar</name>
    <message>
        <source>Interview calendar</source>
        <translation>Gesprächskalender</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>%1 withdrawn</source>
        <translation>%1 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 überfällig</translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation>Gespräch bearbeiten</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>e.g. Northwind Analytics</source>
        <translation>z. B. Northwind Analytics</translation>
    </message>
    <message>
        <source>e.g. Product Manager</source>
        <translation>z. B. Produktmanagerin</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Beginn (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Ende (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation>Adresse oder Videolink</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Stelle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation>Ort oder Videolink</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Gesprächspersonen</translation>
    </message>
    <message>
        <source>%1 problem</source>
        <extracomment>Open editors store what they hold first (the window&apos;s editor registry): an interviewer removed here takes their card and e-mail page along.</extracomment>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Interviewer %1: %2</source>
        <translation>Gesprächsperson %1: %2</translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was changed.</source>
        <translation>Ein geöffnetes Fenster konnte Ihre Eingaben nicht speichern: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed this interview. Discard your changes?</source>
        <translation>Sie haben dieses Gespräch geändert. Möchten Sie die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>InterviewerEditor</name>
    <message>
        <source>Interviewers</source>
        <translation>Gesprächspersonen</translation>
    </message>
    <message>
        <source>No interviewers yet. Add the people you met: each gets a thank-you e-mail and a handwritten note in the plan.</source>
        <translation>Noch keine Gesprächspersonen. Tragen Sie die Menschen ein, die Sie getroffen haben: Für jede Person plant die App eine Dankes-E-Mail und eine handschriftliche Karte.</translation>
    </message>
    <message>
        <source>&amp;Add interviewer</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Removes this interviewer&apos;s open follow-ups when you save; finished ones stay.</source>
        <translation>Entfernt beim Speichern die offenen Schritte für diese Person; erledigte bleiben erhalten.</translation>
    </message>
    <message>
        <source>Interviewer name</source>
        <translation>Name der Gesprächsperson</translation>
    </message>
    <message>
        <source>Interviewer title</source>
        <translation>Funktion der Gesprächsperson</translation>
    </message>
    <message>
        <source>Interviewer e-mail</source>
        <translation>E-Mail der Gesprächsperson</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Interviewer postal address</source>
        <translation>Postanschrift der Gesprächsperson</translation>
    </message>
    <message>
        <source>For the handwritten note&apos;s envelope</source>
        <translation>Für den Umschlag der handschriftlichen Karte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Form of address:</source>
        <translation>&amp;Anrede:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Postanschrift:</translation>
    </message>
    <message>
        <source>Interviewer form of address</source>
        <translation>Anrede der Person</translation>
    </message>
    <message>
        <source>How the thank-you e-mail and card greet this person (in German “Sehr geehrte Frau Vogt,”). Leave it at — for a greeting with the full name.</source>
        <translation>So begrüßen Dankes-E-Mail und Karte diese Person (z. B. „Sehr geehrte Frau Vogt,“). Bei — beginnt der Brief mit dem vollen Namen („Guten Tag Lena Vogt,“).</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nicht bekannt</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Calendar invitations (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation>Kalendereinladungen (*.ics *.ical *.icalendar *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation>Einladung importieren</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 marked withdrawn</source>
        <translation>%1 als zurückgezogen markiert</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>Invitation imported: %1.</source>
        <translation>Einladung importiert: %1.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Der Kalender kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n Termin nach %1 exportiert.</numerusform>
            <numerusform>%n Termine nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationNote</name>
    <message>
        <source>All-day in the invitation: set to 9:00–10:00; change it if you know the time.</source>
        <extracomment>What an invitation import says per event (domain/words.py): English templates, worded in the user&apos;s language by the import dialog and the CLI. An event with neither DTEND nor DURATION lasts this long (RFC 5545 says a date-time start alone is an instant; an interview of no length would make no sense). An all-day event has no time; it is placed at 9:00–10:00 on its first day in the user&apos;s zone and flagged, so the user sets the real time.</extracomment>
        <translation>In der Einladung ganztägig: auf 9:00–10:00 gesetzt; ändern Sie das, wenn Sie die Uhrzeit kennen.</translation>
    </message>
    <message>
        <source>No end time in the invitation: assumed to last one hour.</source>
        <translation>Die Einladung nennt kein Ende: Eine Stunde Dauer angenommen.</translation>
    </message>
    <message>
        <source>The invitation&apos;s own time zone “%1” is kept as %2, which has the same offsets and daylight-saving changes.</source>
        <translation>Die eigene Zeitzone der Einladung „%1“ wird als %2 übernommen, mit denselben Abständen zu UTC und denselben Sommerzeit-Umstellungen.</translation>
    </message>
    <message>
        <source>Skipped an attendee line that could not be read: %1</source>
        <translation>Eine unlesbare Teilnehmerzeile wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>Skipped %1 attendee (at most %2 interviewers per interview): %3.</source>
        <extracomment>%1 attendees skipped, %2 interviewers at most, %3 the first names</extracomment>
        <translation>%1 Teilnehmer übersprungen (höchstens %2 Gesprächspartner pro Gespräch): %3.</translation>
    </message>
    <message>
        <source>Skipped %1 attendees (at most %2 interviewers per interview): %3.</source>
        <translation>%1 Teilnehmer übersprungen (höchstens %2 Gesprächspartner pro Gespräch): %3.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>you already have a newer version of this invitation</source>
        <extracomment>Why an event is skipped, and what the command line says per event (context &quot;InvitationNote&quot;)</extracomment>
        <translation>Sie haben bereits eine neuere Fassung dieser Einladung</translation>
    </message>
    <message>
        <source>it is already up to date</source>
        <translation>es ist bereits aktuell</translation>
    </message>
    <message>
        <source>it was cancelled, and it is not among your interviews</source>
        <translation>es wurde abgesagt und ist nicht unter Ihren Gesprächen</translation>
    </message>
    <message>
        <source>it is already marked withdrawn</source>
        <translation>es ist bereits als zurückgezogen markiert</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>%1 übersprungen: %2.</translation>
    </message>
    <message>
        <source>Marked %1 on %2 withdrawn: the invitation was cancelled.</source>
        <translation>%1 am %2 als zurückgezogen markiert: Die Einladung wurde abgesagt.</translation>
    </message>
    <message>
        <source>Added %1, %2.</source>
        <translation>Hinzugefügt: %1, %2.</translation>
    </message>
    <message>
        <source>Added %1, %2, with %3.</source>
        <translation>Hinzugefügt: %1, %2, mit %3.</translation>
    </message>
    <message>
        <source>Updated %1, %2.</source>
        <translation>Aktualisiert: %1, %2.</translation>
    </message>
    <message>
        <source>Updated %1, %2, with %3.</source>
        <translation>Aktualisiert: %1, %2, mit %3.</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>ein Termin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Thank-you e-mail</source>
        <translation>Dankes-E-Mail</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Handschriftliche Karte</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Nachfrage</translation>
    </message>
</context>
<context>
    <name>ListDetailEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>MailError</name>
    <message>
        <source>The check failed unexpectedly: %1: %2</source>
        <translation>Die Prüfung ist unerwartet fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). If your company uses its own certificate authority, choose its CA file in the mail settings.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). Wenn Ihre Firma eine eigene Zertifizierungsstelle verwendet, wählen Sie deren CA-Datei in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds.</source>
        <translation>Der Server %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Nothing answers at %1 (connection refused). Check the server name and port.</source>
        <translation>Unter %1 antwortet nichts (Verbindung abgelehnt). Prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2).</source>
        <translation>Der Server %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist on %2. Choose the Sent folder again in Settings › Replies.</source>
        <translation>Den Ordner „%1“ gibt es auf %2 nicht. Wählen Sie den Gesendet-Ordner in Einstellungen › Antworten neu.</translation>
    </message>
    <message>
        <source>No Sent folder was found on %1. Choose one in Settings › Replies (imap.sent_folder).</source>
        <translation>Auf %1 wurde kein Gesendet-Ordner gefunden. Wählen Sie einen in Einstellungen › Antworten (imap.sent_folder).</translation>
    </message>
    <message>
        <source>%1 did not report UIDVALIDITY/UIDNEXT for %2.</source>
        <translation>%1 hat für %2 kein UIDVALIDITY/UIDNEXT gemeldet.</translation>
    </message>
    <message>
        <source>%1 refused %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS (port 993).</source>
        <translation>%1 bietet kein STARTTLS an; das Passwort würde unverschlüsselt übertragen, deshalb wurde nichts gesendet. Wählen Sie SSL/TLS (Port 993).</translation>
    </message>
    <message>
        <source>%1 does not allow a login without TLS.</source>
        <translation>%1 erlaubt keine Anmeldung ohne TLS.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password (%2).</source>
        <translation>%1 hat Benutzername oder Passwort abgelehnt (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the port and the security setting (SSL/TLS is usually port 993, STARTTLS port 143).</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (%2). Prüfen Sie Port und Sicherheitseinstellung (SSL/TLS meist Port 993, STARTTLS Port 143).</translation>
    </message>
    <message>
        <source>The server name in %1 cannot be found (%2).</source>
        <translation>Der Servername in %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2).</translation>
    </message>
    <message>
        <source>The server %1 answered with an error (%2).</source>
        <translation>Der Server %1 hat mit einem Fehler geantwortet (%2).</translation>
    </message>
    <message>
        <source>Talking to %1 failed (%2: %3).</source>
        <translation>Die Verbindung mit %1 ist fehlgeschlagen (%2: %3).</translation>
    </message>
    <message>
        <source>No IMAP account is set up (Settings › Replies, or `finish-strong settings set imap.host`).</source>
        <translation>Es ist kein IMAP-Konto eingerichtet (Einstellungen › Antworten oder `finish-strong settings set imap.host`).</translation>
    </message>
    <message>
        <source>The IMAP user name is empty (imap.user, or smtp.user with imap.use_smtp_login).</source>
        <translation>Der IMAP-Benutzername ist leer (imap.user, oder smtp.user mit imap.use_smtp_login).</translation>
    </message>
    <message>
        <source>No IMAP password is stored (`finish-strong password set imap`, or Settings › Replies).</source>
        <translation>Es ist kein IMAP-Passwort gespeichert (`finish-strong password set imap` oder Einstellungen › Antworten).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be read on %2 (%3). Check the folder watched besides INBOX in Settings › Replies.</source>
        <translation>Der Ordner „%1“ kann auf %2 nicht gelesen werden (%3). Prüfen Sie den zusätzlich zu INBOX beobachteten Ordner in Einstellungen › Antworten.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Abgebrochen: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Sending failed unexpectedly: %1: %2</source>
        <translation>Das Senden ist unerwartet fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>The server refused the user name or password: %1 (code %2).</source>
        <translation>Der Server hat Benutzername oder Passwort abgelehnt: %1 (Code %2).</translation>
    </message>
    <message>
        <source>The server refused the recipient — %1.</source>
        <translation>Der Server hat den Empfänger abgelehnt — %1.</translation>
    </message>
    <message>
        <source>The server refused the sender address %1: %2.</source>
        <translation>Der Server hat die Absenderadresse %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <source>The server does not offer what is needed (%1). Check the security setting.</source>
        <translation>Der Server bietet nicht an, was nötig ist (%1). Prüfen Sie die Sicherheitseinstellung.</translation>
    </message>
    <message>
        <source>The secure connection failed (%1). Check the port and the security setting (SSL/TLS is usually port 465, STARTTLS port 587).</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (%1). Prüfen Sie Port und Sicherheitseinstellung (SSL/TLS meist Port 465, STARTTLS Port 587).</translation>
    </message>
    <message>
        <source>The connection dropped after the server may have accepted the message, so it may have been sent — check your Sent folder before sending again.</source>
        <translation>Die Verbindung brach ab, nachdem der Server die Nachricht vielleicht schon angenommen hatte; sie wurde also möglicherweise gesendet — sehen Sie in Ihrem Gesendet-Ordner nach, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The server closed the connection (%1). Check the port and the security setting.</source>
        <translation>Der Server hat die Verbindung geschlossen (%1). Prüfen Sie Port und Sicherheitseinstellung.</translation>
    </message>
    <message>
        <source>The server answered with an error: %1 (code %2).</source>
        <translation>Der Server hat mit einem Fehler geantwortet: %1 (Code %2).</translation>
    </message>
    <message>
        <source>Sending failed: %1.</source>
        <translation>Senden fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The server name %1 cannot be found (%2).</source>
        <translation>Der Servername %1 wurde nicht gefunden (%2).</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS; the password would travel unencrypted, so nothing was sent. Choose SSL/TLS or another port.</source>
        <translation>%1 bietet kein STARTTLS an; das Passwort würde unverschlüsselt übertragen, deshalb wurde nichts gesendet. Wählen Sie SSL/TLS oder einen anderen Port.</translation>
    </message>
    <message>
        <source>%1 is not on this computer, and without TLS your password would travel unencrypted, so nothing was sent. Choose SSL/TLS or STARTTLS, or leave the user name empty if this server needs no password.</source>
        <translation>%1 ist nicht auf diesem Computer, und ohne TLS würde Ihr Passwort unverschlüsselt übertragen, deshalb wurde nichts gesendet. Wählen Sie SSL/TLS oder STARTTLS, oder lassen Sie den Benutzernamen leer, wenn dieser Server kein Passwort braucht.</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>Die CA-Datei %1 konnte nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (Port 465)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>None — a server on this computer</source>
        <translation>Keine – Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Mail account (SMTP)</source>
        <translation>E-Mail-Konto (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.beispiel.de</translation>
    </message>
    <message>
        <source>leave empty to keep the one in your keyring</source>
        <translation>leer lassen, um das im Schlüsselbund gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@beispiel.de</translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation>nur für Firmenserver mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA-Datei:</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Sends a short message to your own sender address</source>
        <translation>Sendet eine kurze Nachricht an Ihre eigene Absenderadresse</translation>
    </message>
    <message>
        <source>Sending the test message</source>
        <translation>Testnachricht wird gesendet</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Thank-you templates</source>
        <translation>Vorlagen für Dankes-E-Mails</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardvorlagen wiederherstellen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template subject</source>
        <translation>Betreff der Vorlage</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Doppelklick fügt ihn an der Cursorposition ein</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Platzhalter:</translation>
    </message>
    <message>
        <source>Preview (sample interview):</source>
        <translation>Vorschau (Beispielgespräch):</translation>
    </message>
    <message>
        <source>A template that names an unknown placeholder cannot be saved.</source>
        <translation>Eine Vorlage mit einem unbekannten Platzhalter kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Unknown placeholder: %1 — it would never be filled in.</source>
        <translation>Unbekannter Platzhalter: %1 – er würde nie ausgefüllt.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Add the sender address for your mail account.</source>
        <translation>Tragen Sie die Absenderadresse Ihres E-Mail-Kontos ein.</translation>
    </message>
    <message>
        <source>The template “%1” names unknown placeholders: %2.</source>
        <translation>Die Vorlage „%1“ enthält unbekannte Platzhalter: %2.</translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation>Jede Vorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>Fill in the server and a valid sender address first.</source>
        <translation>Tragen Sie zuerst den Server und eine gültige Absenderadresse ein.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Geben Sie zuerst das Passwort ein.</translation>
    </message>
    <message>
        <source>Finish Strong test message</source>
        <translation>Testnachricht von Finish Strong</translation>
    </message>
    <message>
        <source>This is a test message from Finish Strong: your mail settings work.</source>
        <translation>Dies ist eine Testnachricht von Finish Strong: Ihre E-Mail-Einstellungen funktionieren.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Testnachricht wird gesendet…</translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation>Testnachricht an %1 gesendet.</translation>
    </message>
    <message>
        <source>Test failed — %1</source>
        <translation>Test fehlgeschlagen — %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No interviews yet — add one or import an invitation.</source>
        <translation>Noch keine Gespräche – legen Sie eines an oder importieren Sie eine Einladung.</translation>
    </message>
    <message>
        <source>Select an interview in the agenda to see its follow-up plan.</source>
        <extracomment>Opens this window&apos;s dialogs with open(), never exec(); the open one is `dialogs.active`. Every open editor window (debrief, e-mail, card, envelope), keyed by what it edits. What the helpers below may use of this window (and nothing else). The banner, opening from a notification, the tray: what the ReminderController talks to.</extracomment>
        <translation>Wählen Sie ein Gespräch in der Tagesübersicht, um seinen Plan zu sehen.</translation>
    </message>
    <message>
        <source>New interview…</source>
        <extracomment>The actions, menus and toolbar (the tests trigger `menu_actions.new_action` and the like).</extracomment>
        <translation>Neues Gespräch…</translation>
    </message>
    <message>
        <source>Import invitation…</source>
        <translation>Einladung importieren…</translation>
    </message>
    <message>
        <source>Read a calendar invitation (.ics) you received; you can also drop it here</source>
        <translation>Eine erhaltene Kalendereinladung (.ics) einlesen; Sie können sie auch hierher ziehen</translation>
    </message>
    <message>
        <source>Interview saved; its follow-up plan is up to date.</source>
        <translation>Gespräch gespeichert; sein Plan ist aktuell.</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with Ctrl+Z.</source>
        <translation>%1 gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Delete the interview “%1” and its follow-up plan?</source>
        <translation>Das Gespräch „%1“ und seinen Plan löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n interview deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Gespräch auf einem anderen Computer gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Gespräche auf einem anderen Computer gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interviews deleted on another computer. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Gespräch auf einem anderen Computer gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Gespräche auf einem anderen Computer gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interview is %1 — mark this step done already?</source>
        <translation>Das Gespräch ist %1 – diesen Schritt trotzdem schon abhaken?</translation>
    </message>
    <message>
        <source>The interview ends %1 — mark this step done already?</source>
        <translation>Das Gespräch endet %1 – diesen Schritt trotzdem schon abhaken?</translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation>Vor dem Gespräch</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Abhaken</translation>
    </message>
    <message>
        <source>Referral contacted</source>
        <translation>Empfehlung kontaktiert</translation>
    </message>
    <message>
        <source>How did it go with %1? (a short note; you can leave it empty)</source>
        <translation>Wie lief es mit %1? (eine kurze Notiz; Sie können das Feld leer lassen)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Write your notes, send the thank-you e-mail, mail a handwritten note and contact every referral — on time, after every interview.</source>
        <translation>Notizen schreiben, die Dankes-E-Mail senden, eine handschriftliche Karte verschicken und jede Empfehlung ansprechen – pünktlich, nach jedem Gespräch.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New interview…</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name; the texts stay under &quot;Menus&quot;.</extracomment>
        <translation>&amp;Neues Gespräch…</translation>
    </message>
    <message>
        <source>&amp;Edit interview…</source>
        <translation>Gespräch &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete interview</source>
        <translation>Gespräch &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Import invitation…</source>
        <translation>Einladung &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import &amp;data (JSON)…</source>
        <translation>&amp;Daten importieren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Previous month</source>
        <translation>&amp;Voriger Monat</translation>
    </message>
    <message>
        <source>Ne&amp;xt month</source>
        <translation>Nä&amp;chster Monat</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>Write &amp;debrief…</source>
        <translation>&amp;Nachbereitung schreiben…</translation>
    </message>
    <message>
        <source>&amp;Thank-you e-mail…</source>
        <translation>&amp;Dankes-E-Mail…</translation>
    </message>
    <message>
        <source>Step 2: draft and send the thank-you e-mail to each interviewer</source>
        <translation>Schritt 2: die Dankes-E-Mail an jede Gesprächsperson entwerfen und senden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Add an interview and its follow-up plan</source>
        <translation>Ein Gespräch mit seinem Plan anlegen</translation>
    </message>
    <message>
        <source>Add interviews from a calendar invitation (.ics)</source>
        <translation>Gespräche aus einer Kalendereinladung (.ics) hinzufügen</translation>
    </message>
    <message>
        <source>Write interviews and follow-ups to a calendar file (.ics)</source>
        <translation>Gespräche und Folgeschritte in eine Kalenderdatei (.ics) schreiben</translation>
    </message>
    <message>
        <source>Copy all your data to a file of your choice</source>
        <translation>Alle Ihre Daten in eine Datei Ihrer Wahl kopieren</translation>
    </message>
    <message>
        <source>Go back to a backup; your current data are kept as a backup first</source>
        <translation>Zu einer Sicherung zurückkehren; Ihre aktuellen Daten werden vorher gesichert</translation>
    </message>
    <message>
        <source>Add or update everything in a Finish Strong export (JSON); all or nothing</source>
        <translation>Alles aus einem Finish-Strong-Export (JSON) hinzufügen oder aktualisieren; ganz oder gar nicht</translation>
    </message>
    <message>
        <source>Show today</source>
        <translation>Heute anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Not pasted: this note would have {0:,} characters; one note holds at most {1:,} (about a megabyte). Paste a shorter part.</source>
        <extracomment>a paste or drop refused because the note would exceed MAX_NOTE_CHARS: the message to show</extracomment>
        <translation>Nicht eingefügt: Diese Notiz hätte {0:,} Zeichen; eine Notiz fasst höchstens {1:,} (etwa ein Megabyte). Fügen Sie einen kürzeren Teil ein.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Add someone you&apos;ve met: type their name…</source>
        <extracomment>(typed text, ids already on the interview) -&gt; the people to offer, at most a screenful</extracomment>
        <translation>Bekannte Person hinzufügen: Namen eingeben…</translation>
    </message>
    <message>
        <source>Add someone you have met</source>
        <translation>Jemanden hinzufügen, den Sie schon kennen</translation>
    </message>
    <message>
        <source>People from your earlier interviews whose name starts with what you type</source>
        <translation>Personen aus Ihren früheren Gesprächen, deren Name so beginnt, wie Sie tippen</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The interviewer&apos;s first name</source>
        <extracomment>(placeholder, what it becomes) — listed beside the template editor, translated there.</extracomment>
        <translation>Vorname der Gesprächsperson</translation>
    </message>
    <message>
        <source>The interviewer&apos;s full name</source>
        <translation>Vollständiger Name der Gesprächsperson</translation>
    </message>
    <message>
        <source>The interviewer&apos;s job title</source>
        <translation>Funktion der Gesprächsperson</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>The role you interviewed for</source>
        <translation>Die Stelle, für die Sie sich vorgestellt haben</translation>
    </message>
    <message>
        <source>The interview round (e.g. Final)</source>
        <translation>Die Gesprächsrunde (z. B. Finale Runde)</translation>
    </message>
    <message>
        <source>The interview date, e.g. Tuesday, 3 March 2026</source>
        <translation>Das Datum des Gesprächs, z. B. Dienstag, 3. März 2026</translation>
    </message>
    <message>
        <source>This person&apos;s talking points as one phrase (&apos;X, Y and Z&apos;), or &apos;our conversation&apos;</source>
        <translation>Die Gesprächspunkte dieser Person in einem Satzteil („X, Y und Z“), sonst „unser Gespräch“</translation>
    </message>
    <message>
        <source>This person&apos;s first talking point, or &apos;our conversation&apos;</source>
        <translation>Der erste Gesprächspunkt dieser Person, sonst „unser Gespräch“</translation>
    </message>
    <message>
        <source>This person&apos;s talking points, one per line</source>
        <translation>Die Gesprächspunkte dieser Person, einer pro Zeile</translation>
    </message>
    <message>
        <source>Your answers to the questions this person left open (nothing when there are none)</source>
        <translation>Ihre Antworten auf die offenen Fragen dieser Person (leer, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>Thanks for the referrals this person suggested (nothing when there are none)</source>
        <translation>Dank für die Kontakte, die diese Person empfohlen hat (leer, wenn es keine gibt)</translation>
    </message>
    <message>
        <source>Your name (the sender name in the mail settings)</source>
        <translation>Ihr Name (der Absendername in den E-Mail-Einstellungen)</translation>
    </message>
    <message>
        <source>The salutation in the template&apos;s language, e.g. &apos;Dear Dana Reyes,&apos; or &apos;Sehr geehrte Frau Vogt,&apos;</source>
        <translation>Die Anrede in der Sprache der Vorlage, z. B. „Sehr geehrte Frau Vogt,“ oder „Dear Dana Reyes,“</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>The draft does not fit</source>
        <translation>Der Entwurf passt nicht</translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card. Print anyway?</source>
        <translation>%1: Die letzten Zeilen stehen nicht mehr auf der Karte. Trotzdem drucken?</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Trotzdem drucken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Nicht gedruckt: %1</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>%1. Cannot be imported</source>
        <translation>%1. Kann nicht importiert werden</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation>Einladung:</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>This event will be left out; the others can be imported.</source>
        <translation>Dieser Termin wird ausgelassen; die anderen können importiert werden.</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Question left open</source>
        <translation>Offen gebliebene Frage</translation>
    </message>
    <message>
        <source>Answer to give</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Answered in the interview</source>
        <translation>Im Gespräch beantwortet</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Frage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Answered in the interview: nothing to send. Otherwise your answer goes into the e-mail of whoever asked.</source>
        <translation>Im Gespräch beantwortet: Es ist nichts nachzureichen. Sonst kommt Ihre Antwort in die E-Mail an die Person, die gefragt hat.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>%s: the data file is damaged</source>
        <translation>%s: Die Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>&amp;Use the recovered data</source>
        <translation>Gerettete Daten &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation>Neueste intakte Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation>Mit &amp;leerer Datenbank beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Reading what can still be read from the damaged file…</source>
        <translation>Lese, was sich aus der beschädigten Datei noch lesen lässt…</translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation>Aus der beschädigten Datei ließ sich nichts lesen.</translation>
    </message>
    <message>
        <source>The damaged file is kept unchanged, as “%1.damaged-….sqlite3” in %2.</source>
        <translation>Die beschädigte Datei bleibt unverändert erhalten, als „%1.damaged-….sqlite3“ in %2.</translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation>Die neueste intakte Sicherung ist vom %1.</translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation>Es gibt keine intakte Sicherung zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation>Mit einer leeren Datenbank beginnen?</translation>
    </message>
    <message>
        <source>Your interviews will not be shown. The damaged file and the backups stay on disk, but the app will start with no data.</source>
        <translation>Ihre Gespräche werden dann nicht angezeigt. Die beschädigte Datei und die Sicherungen bleiben auf dem Datenträger, aber die App startet ohne Daten.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Opened the data recovered from the damaged file.</source>
        <translation>Die aus der beschädigten Datei geretteten Daten wurden geöffnet.</translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation>Mit einer leeren Datenbank begonnen.</translation>
    </message>
    <message>
        <source>%1 The damaged file is kept as %2.</source>
        <translation>%1 Die beschädigte Datei bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>No referrals yet. Did an interviewer suggest someone to talk to? Each referral gets a follow-up in the plan.</source>
        <translation>Noch keine Empfehlungen. Hat Ihnen jemand im Gespräch einen Kontakt genannt? Für jede Empfehlung plant die App einen Folgeschritt.</translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation>&amp;Empfehlung hinzufügen</translation>
    </message>
    <message>
        <source>Referral name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>Referral organization</source>
        <translation>Organisation des Kontakts</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>E-mail, phone, LinkedIn…</source>
        <translation>E-Mail, Telefon, LinkedIn…</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Why contact them</source>
        <translation>Warum Sie sich melden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Asked for when you mark the follow-up done</source>
        <translation>Wird abgefragt, wenn Sie den Schritt abhaken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation>&amp;Erreichbar über:</translation>
    </message>
    <message>
        <source>&amp;Suggested by:</source>
        <translation>Empfohlen &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>Give the referral a name or an organization.</source>
        <translation>Geben Sie einen Namen oder eine Organisation für die Empfehlung an.</translation>
    </message>
    <message>
        <source>⚠ No way to reach them yet. Fine for now — add it when you have it.</source>
        <translation>⚠ Noch keine Kontaktmöglichkeit. Für den Moment in Ordnung – ergänzen Sie sie, sobald Sie sie haben.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Erinnerung schließen</translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>In 1 Stunde erinnern</translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation>Morgen 9:00</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>ReminderHost</name>
    <message>
        <source>Came due while Finish Strong was closed</source>
        <extracomment>The handwritten-note reminder&apos;s Open opens the card (`cards.open`).</extracomment>
        <translation>Fällig geworden, während Finish Strong geschlossen war</translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation>Verpasste Erinnerungen</translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, fällig %3</translation>
    </message>
    <message>
        <source>Open one to go to its interview:</source>
        <translation>Öffnen Sie einen Eintrag, um zum Gespräch zu gelangen:</translation>
    </message>
    <message>
        <source>Pause reminders until…</source>
        <translation>Erinnerungen pausieren bis…</translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation>Pausieren bis</translation>
    </message>
    <message>
        <source>No reminders until:</source>
        <translation>Keine Erinnerungen bis:</translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation>%1 läuft weiter</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray icon. Quit from its menu.</source>
        <translation>Erinnerungen kommen weiterhin über das Symbol im Infobereich. Beenden können Sie die App über dessen Menü.</translation>
    </message>
    <message>
        <source>Quit %1?</source>
        <translation>%1 beenden?</translation>
    </message>
    <message>
        <source>Reminders are pending, and there is no tray to keep them coming. If you quit, they are shown when you start Finish Strong again.</source>
        <translation>Es stehen Erinnerungen an, und es gibt keinen Infobereich, über den sie weiter kommen könnten. Wenn Sie beenden, werden sie beim nächsten Start von Finish Strong angezeigt.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message>
        <source>Write your notes on the %1 interview</source>
        <translation>Notizen zum Gespräch bei %1 schreiben</translation>
    </message>
    <message>
        <source>Send your thank-you e-mail to %1</source>
        <translation>Dankes-E-Mail an %1 senden</translation>
    </message>
    <message>
        <source>Print the card draft for %1, then mail it</source>
        <translation>Kartenentwurf für %1 drucken und dann verschicken</translation>
    </message>
    <message>
        <source>Print the card draft, then mail it</source>
        <translation>Kartenentwurf drucken und dann verschicken</translation>
    </message>
    <message>
        <source>Check in with %1: no reply yet</source>
        <translation>Bei %1 nachfragen: noch keine Antwort</translation>
    </message>
    <message>
        <source>Check in: no reply yet</source>
        <translation>Nachfragen: noch keine Antwort</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>%1 ansprechen</translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation>Empfohlenen Kontakt ansprechen</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · fällig %2</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n Schritt wurde fällig, während Finish Strong geschlossen war</numerusform>
            <numerusform>%n Schritte wurden fällig, während Finish Strong geschlossen war</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups came due while Finish Strong was closed</source>
        <translation>
            <numerusform>%n Schritt wurde fällig, während Finish Strong geschlossen war</numerusform>
            <numerusform>%n Schritte wurden fällig, während Finish Strong geschlossen war</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyRadar</name>
    <message>
        <source>No IMAP password is stored; type it in Settings › Replies (or Mail, with the SMTP login).</source>
        <translation>Es ist kein IMAP-Passwort gespeichert; geben Sie es unter Einstellungen › Antworten ein (oder unter E-Mail, mit der SMTP-Anmeldung).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. Your current data will be kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Ihre aktuellen Daten werden vorher als Sicherung aufbewahrt, sodass sich auch eine Wiederherstellung wieder rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No backups yet in the data folder.</source>
        <translation>Noch keine Sicherungen im Datenordner.</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Andere Datei…</translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (for example one made with Back up now)</source>
        <translation>Eine Sicherung von einem anderen Ort wiederherstellen (etwa eine mit „Jetzt sichern“ erstellte)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation>Aus Datei wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>%1 interview</source>
        <extracomment>(table, &quot;%1 singular&quot;, &quot;%1 plural&quot;, the plural on its own) in the order the user cares about them.</extracomment>
        <translation>%1 Gespräch</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>%1 follow-up</source>
        <translation>%1 Folgeschritt</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1 Folgeschritte</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>Folgeschritte</translation>
    </message>
    <message>
        <source>%1 interview&apos;s notes</source>
        <translation>Notizen zu %1 Gespräch</translation>
    </message>
    <message>
        <source>%1 interviews&apos; notes</source>
        <translation>Notizen zu %1 Gesprächen</translation>
    </message>
    <message>
        <source>interviews&apos; notes</source>
        <translation>Gesprächsnotizen</translation>
    </message>
    <message>
        <source>%1 person</source>
        <translation>%1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 referral</source>
        <translation>%1 Empfehlung</translation>
    </message>
    <message>
        <source>%1 referrals</source>
        <translation>%1 Empfehlungen</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>%1 open question</source>
        <translation>%1 offene Frage</translation>
    </message>
    <message>
        <source>%1 open questions</source>
        <translation>%1 offene Fragen</translation>
    </message>
    <message>
        <source>open questions</source>
        <translation>offene Fragen</translation>
    </message>
    <message>
        <source>%1 e-mail draft</source>
        <translation>%1 E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>%1 e-mail drafts</source>
        <translation>%1 E-Mail-Entwürfe</translation>
    </message>
    <message>
        <source>e-mail drafts</source>
        <translation>E-Mail-Entwürfe</translation>
    </message>
    <message>
        <source>%1 sent e-mail</source>
        <translation>%1 gesendete E-Mail</translation>
    </message>
    <message>
        <source>%1 sent e-mails</source>
        <translation>%1 gesendete E-Mails</translation>
    </message>
    <message>
        <source>sent e-mails</source>
        <translation>gesendete E-Mails</translation>
    </message>
    <message>
        <source>%1 card draft</source>
        <translation>%1 Kartenentwurf</translation>
    </message>
    <message>
        <source>%1 card drafts</source>
        <translation>%1 Kartenentwürfe</translation>
    </message>
    <message>
        <source>card drafts</source>
        <translation>Kartenentwürfe</translation>
    </message>
    <message>
        <source>%2 of %1 interview</source>
        <extracomment>&quot;%1 of %2 interviews&quot;: some of the table could not be read (%1 recovered, %2 in all)</extracomment>
        <translation>%2 von %1 Gespräch</translation>
    </message>
    <message>
        <source>%2 of %1 interviews</source>
        <translation>%2 von %1 Gesprächen</translation>
    </message>
    <message>
        <source>%2 of %1 follow-up</source>
        <translation>%2 von %1 Folgeschritt</translation>
    </message>
    <message>
        <source>%2 of %1 follow-ups</source>
        <translation>%2 von %1 Folgeschritten</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3.</source>
        <translation>Aus %3 gerettet: %1 und %2.</translation>
    </message>
    <message>
        <source>Recovered %1 and %2 from %3; %4 could not be read.</source>
        <translation>Aus %3 gerettet: %1 und %2; nicht lesbar waren: %4.</translation>
    </message>
    <message>
        <source>the damaged file</source>
        <translation>der beschädigten Datei</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged page</source>
        <translation>die %2 auf %1 beschädigten Seite</translation>
    </message>
    <message>
        <source>the %2 on %1 damaged pages</source>
        <translation>die %2 auf %1 beschädigten Seiten</translation>
    </message>
    <message>
        <source>Taken from the backup of %1: %2.</source>
        <translation>Aus der Sicherung vom %1 übernommen: %2.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>&quot;%1, %2&quot;: the first items of a list; &quot;%1 and %2&quot;: its last two</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1: %2 recovered, %3 unreadable, %4 from the backup</source>
        <extracomment>the `finish-strong recover` line per table</extracomment>
        <translation>%1: %2 gerettet, %3 unlesbar, %4 aus der Sicherung</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search notes, people, companies (Ctrl+F)</source>
        <extracomment>the box got the focus: typing comes next, so the results panel is built now, not on the first key</extracomment>
        <translation>Notizen, Personen, Unternehmen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Interviewer %1</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>Gesprächsperson %1</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Gesprächsperson</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Search results</source>
        <extracomment>(interview id, source) of the result the user opened</extracomment>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The search could not run {reason}</source>
        <translation>Die Suche konnte nicht laufen {reason}</translation>
    </message>
    <message>
        <source>Showing the {count} most recent matches — type more to narrow.</source>
        <translation>Die {count} neuesten Treffer werden gezeigt – tippen Sie weiter, um einzugrenzen.</translation>
    </message>
    <message>
        <source>No notes, people or companies match “%1”.</source>
        <translation>Keine Notizen, Personen oder Unternehmen passen zu „%1“.</translation>
    </message>
    <message>
        <source>%1 matches in %2 interviews</source>
        <translation>%1 Treffer in %2 Gesprächen</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Notes: remind</source>
        <translation>Notizen: erinnern</translation>
    </message>
    <message>
        <source>h after the interview ends</source>
        <translation>Std. nach Gesprächsende</translation>
    </message>
    <message>
        <source>Notes: due</source>
        <translation>Notizen: fällig</translation>
    </message>
    <message>
        <source>Thank-you e-mail: remind</source>
        <translation>Dankes-E-Mail: erinnern</translation>
    </message>
    <message>
        <source>h after the end</source>
        <translation>Std. nach dem Ende</translation>
    </message>
    <message>
        <source>Thank-you e-mail: due</source>
        <translation>Dankes-E-Mail: fällig</translation>
    </message>
    <message>
        <source>Handwritten note: remind</source>
        <translation>Handschriftliche Karte: erinnern</translation>
    </message>
    <message>
        <source>Handwritten note: due</source>
        <translation>Handschriftliche Karte: fällig</translation>
    </message>
    <message>
        <source>Referral: remind</source>
        <translation>Empfehlung: erinnern</translation>
    </message>
    <message>
        <source>Referral: due</source>
        <translation>Empfehlung: fällig</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow-up plan defaults</source>
        <translation>Standardwerte für den Plan</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>am Ende</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>&amp;Your e-mail addresses, one per line. On an imported invitation, every other attendee becomes an interviewer.</source>
        <translation>&amp;Ihre E-Mail-Adressen, eine pro Zeile. Bei einer importierten Einladung wird jede andere teilnehmende Person zur Gesprächsperson.</translation>
    </message>
    <message>
        <source>Your e-mail addresses</source>
        <translation>Ihre E-Mail-Adressen</translation>
    </message>
    <message>
        <source>alex@example.com</source>
        <translation>alex@beispiel.de</translation>
    </message>
    <message>
        <source>New defaults apply to interviews you create or change from now on.</source>
        <translation>Neue Standardwerte gelten für Gespräche, die Sie ab jetzt anlegen oder ändern.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>Notifications are shown by</source>
        <translation>Benachrichtigungen zeigt</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Angezeigt über:</translation>
    </message>
    <message>
        <source>Start Finish Strong at login, in the tray</source>
        <translation>Finish Strong bei der Anmeldung im Infobereich starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The language of the windows and of new drafts, from the next start</source>
        <translation>Die Sprache der Fenster und neuer Entwürfe, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Language and display</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast: black and white with strong colours, applied at once</source>
        <translation>Hoher Kontrast: Schwarz und Weiß mit kräftigen Farben, sofort wirksam</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>K&amp;ontrast:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message numerus="yes">
        <source>business day after the end</source>
        <translation>
            <numerusform>Werktag nach dem Ende</numerusform>
            <numerusform>Werktage nach dem Ende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>business days after the end</source>
        <translation>
            <numerusform>Werktag nach dem Ende</numerusform>
            <numerusform>Werktage nach dem Ende</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Could not change start at login: %1</source>
        <translation>Der Start bei der Anmeldung ließ sich nicht ändern: %1</translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The disk holding your data is full, so today&apos;s backup could not be taken. Your data are safe and nothing was lost; free some space (empty the trash, delete large files); the backup is tried again within the hour.</source>
        <extracomment>The longest a QTimer can wait (signed 32-bit milliseconds), and the shortest wait between two looks. After a backup that could not be taken (disk full, read-only, busy): try again this much later, and say so only once per kind of problem, not every hour.</extracomment>
        <translation>Der Datenträger mit Ihren Daten ist voll, daher konnte die heutige Sicherung nicht erstellt werden. Ihre Daten sind sicher und nichts ist verloren gegangen. Schaffen Sie Platz (Papierkorb leeren, große Dateien löschen); die Sicherung wird innerhalb einer Stunde erneut versucht.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: the backups folder cannot be written to. Your data are safe; make the data folder writable for your user.</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: In den Sicherungsordner kann nicht geschrieben werden. Ihre Daten sind sicher; geben Sie Ihrem Benutzer Schreibrechte für den Datenordner.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: another program is using the data file. Your data are safe; the backup is tried again within the hour.</source>
        <translation>Die heutige Sicherung konnte nicht erstellt werden: Ein anderes Programm benutzt die Datendatei. Ihre Daten sind sicher; die Sicherung wird innerhalb einer Stunde erneut versucht.</translation>
    </message>
    <message>
        <source>The database check at start-up found damage in your data file.</source>
        <translation>Die Prüfung beim Start hat Schäden in Ihrer Datendatei gefunden.</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The database %1 was written by a newer version of Finish Strong (schema version %2; this version understands up to %3). Please update Finish Strong; the file has not been changed.</source>
        <extracomment>The English template (%1, %2…) and its values, when the message is translatable; &quot;&quot; otherwise.</extracomment>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Finish Strong geschrieben (Schema-Version %2; diese Version kennt bis %3). Bitte Finish Strong aktualisieren; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data file %1 is in use by another program (it holds a lock on it). Close that program and try again. Nothing was changed.</source>
        <translation>Die Datendatei %1 wird von einem anderen Programm benutzt (es hält eine Sperre darauf). Das Programm schließen und es erneut versuchen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The data file %1 or its folder cannot be written to (read-only, or it belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation>In die Datendatei %1 oder ihren Ordner kann nicht geschrieben werden (schreibgeschützt oder einem anderen Benutzer gehörend). Für den eigenen Benutzer beschreibbar machen oder Finish Strong mit --data-dir und einem beschreibbaren Ordner starten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again. Nothing was changed.</source>
        <translation>Der Datenträger mit %1 ist voll. Platz schaffen und es erneut versuchen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The data file %1 cannot be opened right now. Nothing was changed.</source>
        <translation>Die Datendatei %1 kann gerade nicht geöffnet werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The file would change your mail server settings (%1). Nothing was imported.</source>
        <translation>Die Datei würde die Einstellungen des Mailservers ändern (%1). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Event %1 of the invitation has no title: enter the company (import it in the window, where the company can be typed). Nothing was imported.</source>
        <translation>Termin %1 der Einladung hat keinen Titel: Bitte das Unternehmen eingeben (im Programmfenster importieren, dort lässt es sich eintragen). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”): %3 Nothing was imported.</source>
        <translation>Termin %1 („%2“): %3 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a UTF-8 text file.</source>
        <translation>Die Datei ist keine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (no “format”: “finish-strong”).</source>
        <translation>Die Datei ist kein Finish-Strong-Export (kein „format“: „finish-strong“).</translation>
    </message>
    <message>
        <source>%1: “%2” is missing.</source>
        <translation>%1: „%2“ fehlt.</translation>
    </message>
    <message>
        <source>%1: “%2” has the wrong type.</source>
        <translation>%1: „%2“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>%1: “%2” is too long (%3 characters).</source>
        <translation>%1: „%2“ ist zu lang (%3 Zeichen).</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO 8601 date-time (%3).</source>
        <translation>%1: „%2“ ist kein Zeitpunkt nach ISO 8601 (%3).</translation>
    </message>
    <message>
        <source>%1: “%2” has no UTC offset (%3).</source>
        <translation>%1: „%2“ hat keinen Abstand zu UTC (%3).</translation>
    </message>
    <message>
        <source>%1: the id %2 is empty or used twice.</source>
        <translation>%1: Die ID %2 ist leer oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1).</source>
        <translation>Die Datei ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The file is not a Finish Strong export (it is nested far too deeply).</source>
        <extracomment>(bytes read, bytes in the file or None) — raise from it to cancel: nothing is kept</extracomment>
        <translation>Die Datei ist kein Finish-Strong-Export (sie ist viel zu tief verschachtelt).</translation>
    </message>
    <message>
        <source>The file has no valid format “version”.</source>
        <translation>Die Datei hat keine gültige Formatangabe „version“.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this Finish Strong reads up to %2. Please update Finish Strong.</source>
        <translation>Die Datei hat die Formatversion %1; dieses Finish Strong liest bis Version %2. Bitte Finish Strong aktualisieren.</translation>
    </message>
    <message>
        <source>%1: “form_of_address” must be one of %2.</source>
        <translation>%1: „form_of_address“ muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>%1: interview %2 is not in “interviews”.</source>
        <translation>%1: Gespräch %2 fehlt in „interviews“.</translation>
    </message>
    <message>
        <source>%1: person %2 is not in “people”.</source>
        <translation>%1: Person %2 fehlt in „people“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mail draft %1</source>
        <translation>E-Mail-Entwurf %1</translation>
    </message>
    <message>
        <source>a second draft for the same interview and person.</source>
        <translation>ein zweiter Entwurf für dasselbe Gespräch und dieselbe Person.</translation>
    </message>
    <message>
        <source>Sent e-mail %1</source>
        <translation>Gesendete E-Mail %1</translation>
    </message>
    <message>
        <source>%1: the same message is listed twice.</source>
        <translation>%1: Dieselbe Nachricht steht zweimal in der Datei.</translation>
    </message>
    <message>
        <source>%1: unknown “how” %2 (expected “smtp” or “manual”).</source>
        <translation>%1: unbekanntes „how“ %2 (erwartet: „smtp“ oder „manual“).</translation>
    </message>
    <message>
        <source>Card draft %1</source>
        <translation>Kartenentwurf %1</translation>
    </message>
    <message>
        <source>a second card for the same interview and person.</source>
        <translation>eine zweite Karte für dasselbe Gespräch und dieselbe Person.</translation>
    </message>
    <message>
        <source>%1: unknown %2 %3.</source>
        <translation>%1: unbekannter Wert für %2: %3.</translation>
    </message>
    <message>
        <source>%1: “line_spacing” must be %2–%3 points.</source>
        <translation>%1: „line_spacing“ muss %2–%3 Punkt betragen.</translation>
    </message>
    <message>
        <source>%1: unknown status %2.</source>
        <translation>%1: unbekannter Status %2.</translation>
    </message>
    <message>
        <source>%1: interviewer %2 is not in “people”.</source>
        <translation>%1: Gesprächspartner %2 fehlt in „people“.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>ohne Unternehmen</translation>
    </message>
    <message>
        <source>%1: unknown debrief section %2.</source>
        <translation>%1: unbekannter Notizabschnitt %2.</translation>
    </message>
    <message>
        <source>%1, open question %2</source>
        <translation>%1, offene Frage %2</translation>
    </message>
    <message>
        <source>%1: “asked_by” %2 is not in “people”.</source>
        <translation>%1: „asked_by“ %2 fehlt in „people“.</translation>
    </message>
    <message>
        <source>%1, referral %2</source>
        <translation>%1, Empfehlung %2</translation>
    </message>
    <message>
        <source>%1: “suggested_by” %2 is not in “people”.</source>
        <translation>%1: „suggested_by“ %2 fehlt in „people“.</translation>
    </message>
    <message>
        <source>%1, follow-up %2</source>
        <translation>%1, Folgeschritt %2</translation>
    </message>
    <message>
        <source>%1: unknown step %2.</source>
        <translation>%1: unbekannter Schritt %2.</translation>
    </message>
    <message>
        <source>%1: a “%2” step needs a person.</source>
        <translation>%1: Ein Schritt „%2“ braucht eine Person.</translation>
    </message>
    <message>
        <source>%1: a “%2” step has no person.</source>
        <translation>%1: Ein Schritt „%2“ hat keine Person.</translation>
    </message>
    <message>
        <source>%1: open step for %2, who is not an interviewer.</source>
        <translation>%1: offener Schritt für %2, die/der kein Gesprächspartner ist.</translation>
    </message>
    <message>
        <source>%1: its referral %2 does not match a referral of the interview.</source>
        <translation>%1: Seine Empfehlung %2 passt zu keiner Empfehlung des Gesprächs.</translation>
    </message>
    <message>
        <source>%1: it is reminded after its deadline.</source>
        <translation>%1: Die Erinnerung kommt erst nach der Frist.</translation>
    </message>
    <message>
        <source>%1, talking point %2</source>
        <translation>%1, Gesprächspunkt %2</translation>
    </message>
    <message>
        <source>%1: unknown source %2.</source>
        <translation>%1: unbekannte Quelle %2.</translation>
    </message>
    <message>
        <source>%1: “%2” %3 is not in “people”.</source>
        <translation>%1: „%2“ %3 fehlt in „people“.</translation>
    </message>
    <message>
        <source>%1: a “%2” point needs a person.</source>
        <translation>%1: Ein Punkt „%2“ braucht eine Person.</translation>
    </message>
    <message>
        <source>%1: a “%2” point has no person.</source>
        <translation>%1: Ein Punkt „%2“ hat keine Person.</translation>
    </message>
    <message>
        <source>%1: the same line twice.</source>
        <translation>%1: dieselbe Zeile zweimal.</translation>
    </message>
    <message>
        <source>%1: “invitation” must be an object or null.</source>
        <translation>%1: „invitation“ muss ein Objekt oder null sein.</translation>
    </message>
    <message>
        <source>%1: the invitation UID %2 is empty or used twice.</source>
        <translation>%1: Die Einladungs-UID %2 ist leer oder doppelt vergeben.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an invitation is at most %3 MB, so nothing was imported.</source>
        <extracomment>Real invitations are a few kilobytes (Outlook&apos;s with an inline logo, some hundred). More events than this is a whole calendar exported, not invitations.</extracomment>
        <translation>%1 ist %2 MB groß; eine Einladung hat höchstens %3 MB, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, so it is not an invitation; nothing imported.</source>
        <translation>Die Datei ist größer als %1 MB und damit keine Einladung; nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a calendar invitation (.ics): it does not begin with BEGIN:VCALENDAR.</source>
        <translation>Die Datei ist keine Kalendereinladung (.ics): Sie beginnt nicht mit BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>The invitation is incomplete: it stops before END:VCALENDAR (a cut-off download?).</source>
        <translation>Die Einladung ist unvollständig: Sie endet vor END:VCALENDAR (ein abgebrochener Download?).</translation>
    </message>
    <message>
        <source>The calendar holds no events, so there is nothing to import.</source>
        <translation>Der Kalender enthält keine Termine, es gibt also nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file holds %1 events; that is a whole calendar, not invitations (at most %2 at once).</source>
        <translation>Die Datei enthält %1 Termine; das ist ein ganzer Kalender, keine Einladungen (höchstens %2 auf einmal).</translation>
    </message>
    <message>
        <source>Event %1 is not a valid event (%2).</source>
        <translation>Termin %1 ist kein gültiger Termin (%2).</translation>
    </message>
    <message>
        <source>The file is not a valid calendar invitation (%1).</source>
        <translation>Die Datei ist keine gültige Kalendereinladung (%1).</translation>
    </message>
    <message>
        <source>The file holds the same event (UID) twice; nothing was imported.</source>
        <translation>Die Datei enthält denselben Termin (UID) zweimal; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Event %1 (“%2”)</source>
        <translation>Termin %1 („%2“)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Termin %1</translation>
    </message>
    <message>
        <source>%1 repeats (%2); interviews do not recur, so nothing was imported. Ask for a single event, or add the interview by hand.</source>
        <translation>%1 wiederholt sich (%2); Gespräche wiederholen sich nicht, daher wurde nichts importiert. Bitten Sie um einen einzelnen Termin oder legen Sie das Gespräch von Hand an.</translation>
    </message>
    <message>
        <source>%1 has an unreadable time (%2).</source>
        <translation>%1 hat eine unlesbare Uhrzeit (%2).</translation>
    </message>
    <message>
        <source>%1 has no start time (DTSTART).</source>
        <translation>%1 hat keine Anfangszeit (DTSTART).</translation>
    </message>
    <message>
        <source>%1 starts at a time but ends on a date (DTEND).</source>
        <translation>%1 beginnt zu einer Uhrzeit, endet aber an einem Datum (DTEND).</translation>
    </message>
    <message>
        <source>%1 uses the time zone “%2”, which neither the file (VTIMEZONE) nor this computer knows.</source>
        <translation>%1 verwendet die Zeitzone „%2“, die weder die Datei (VTIMEZONE) noch dieser Computer kennt.</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <extracomment>An iCalendar SEQUENCE is a small counter; anything larger is not a real invitation. Plan rules: ten years in minutes, or in business days. Where a problem is: the import&apos;s own records and places (“Interview 3, follow-up 2”), translated too a field of a record: %1 the record, %2 the field&apos;s name as the file spells it</extracomment>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>“%1” holds an invalid character (a lone UTF-16 surrogate).</source>
        <translation>„%1“ enthält ein ungültiges Zeichen (ein einzelnes UTF-16-Surrogat).</translation>
    </message>
    <message>
        <source>“%1” is a number far too large (%2 digits).</source>
        <translation>„%1“ ist eine viel zu große Zahl (%2 Stellen).</translation>
    </message>
    <message>
        <source>“%1” is not a usable number (%2).</source>
        <translation>„%1“ ist keine verwendbare Zahl (%2).</translation>
    </message>
    <message>
        <source>A name in “%1” holds an invalid character.</source>
        <translation>Ein Name in „%1“ enthält ein ungültiges Zeichen.</translation>
    </message>
    <message>
        <source>%1: “%2” is in the year %3; dates from %4 to %5 are accepted.</source>
        <translation>%1: „%2“ liegt im Jahr %3; angenommen werden Daten von %4 bis %5.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence is negative.</source>
        <translation>%1: Die Einladungsfolge (SEQUENCE) ist negativ.</translation>
    </message>
    <message>
        <source>%1: the invitation sequence %2 is far too large (at most %3).</source>
        <translation>%1: Die Einladungsfolge %2 ist viel zu groß (höchstens %3).</translation>
    </message>
    <message>
        <source>%1: %2 interviewers; at most %3 per interview are accepted.</source>
        <translation>%1: %2 Gesprächspartner; höchstens %3 pro Gespräch sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 ist zu lang (%2 Zeichen; höchstens %3).</translation>
    </message>
    <message>
        <source>%1 must be one line.</source>
        <translation>%1 muss eine einzige Zeile sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a whole number from 0 to %3.</source>
        <translation>%1: „%2“ muss eine ganze Zahl von 0 bis %3 sein.</translation>
    </message>
    <message>
        <source>The plan settings in the file make no sense: %1</source>
        <translation>Die Plan-Einstellungen in der Datei ergeben keinen Sinn: %1</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 e-mail addresses.</source>
        <translation>%1 muss eine Liste von höchstens %2 E-Mail-Adressen sein.</translation>
    </message>
    <message>
        <source>%1, entry %2, is not an e-mail address.</source>
        <translation>%1, Eintrag %2, ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 must be a number of seconds from 1 to %2.</source>
        <translation>%1 muss eine Sekundenzahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a port number from 1 to 65535.</source>
        <translation>%1 muss eine Portnummer von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 “security” must be “ssl” or “starttls”.</source>
        <translation>%1 „security“ muss „ssl“ oder „starttls“ sein.</translation>
    </message>
    <message>
        <source>%1 “host” must be a server name without spaces.</source>
        <translation>%1 „host“ muss ein Servername ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>%1 “nudge_days” must be a whole number from 1 to 90.</source>
        <translation>%1 „nudge_days“ muss eine ganze Zahl von 1 bis 90 sein.</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 templates.</source>
        <translation>%1 muss eine Liste von höchstens %2 Vorlagen sein.</translation>
    </message>
    <message>
        <source>%1, template %2, must be an object.</source>
        <translation>%1, Vorlage %2, muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1, template %2, “%3”</source>
        <translation>%1, Vorlage %2, „%3“</translation>
    </message>
    <message>
        <source>%1 must be null or an ISO 8601 date-time with a UTC offset.</source>
        <translation>%1 muss null oder ein Zeitpunkt nach ISO 8601 mit Abstand zu UTC sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>“settings” must be an object.</source>
        <extracomment>What each setting must hold. A setting not listed here is stored as it is (nothing reads it), within the size cap; a module that starts reading a new setting adds its check here.</extracomment>
        <translation>„settings“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The setting “%1”</source>
        <translation>Die Einstellung „%1“</translation>
    </message>
    <message>
        <source>The setting “%1” is too large.</source>
        <translation>Die Einstellung „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The file: “%1” is missing.</source>
        <translation>Die Datei: „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The file: “%1” has the wrong type.</source>
        <translation>Die Datei: „%1“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>%1: a finding must be an object.</source>
        <translation>%1: Ein Fund muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1: unknown finding kind %2.</source>
        <translation>%1: unbekannte Fundart %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is missing, not text or too long.</source>
        <translation>%1: „%2“ fehlt, ist kein Text oder ist zu lang.</translation>
    </message>
    <message>
        <source>%1: “received_at” or “until” is not an ISO 8601 date.</source>
        <translation>%1: „received_at“ oder „until“ ist kein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <source>%1: “received_at” has no UTC offset.</source>
        <translation>%1: „received_at“ hat keinen Abstand zu UTC.</translation>
    </message>
    <message>
        <source>%1: “filed_in_sent” must be a folder name or null.</source>
        <translation>%1: „filed_in_sent“ muss ein Ordnername oder null sein.</translation>
    </message>
    <message>
        <source>%1: “findings” must be a list.</source>
        <translation>%1: „findings“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1, finding %2</source>
        <translation>%1, Fund %2</translation>
    </message>
    <message>
        <source>The file: “check_ins_off” must list interview ids of the file.</source>
        <translation>Die Datei: „check_ins_off“ muss IDs von Gesprächen dieser Datei auflisten.</translation>
    </message>
    <message>
        <source>The file: “referral_answers” must be a list.</source>
        <translation>Die Datei: „referral_answers“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Referral answer %1</source>
        <translation>Antwort auf Empfehlung %1</translation>
    </message>
    <message>
        <source>%1: names no referral in the file.</source>
        <translation>%1: nennt keine Empfehlung aus der Datei.</translation>
    </message>
    <message>
        <source>takes one line of text</source>
        <translation>nimmt eine Zeile Text</translation>
    </message>
    <message>
        <source>takes at most %1 characters</source>
        <translation>nimmt höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>takes a whole number from %1 to %2</source>
        <translation>nimmt eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>takes a number of seconds from %1 to %2</source>
        <translation>nimmt eine Sekundenzahl von %1 bis %2</translation>
    </message>
    <message>
        <source>takes true or false</source>
        <translation>nimmt true oder false</translation>
    </message>
    <message>
        <source>takes one of: %1</source>
        <translation>nimmt einen dieser Werte: %1</translation>
    </message>
    <message>
        <source>there is no setting “%1” (see `finish-strong settings list`)</source>
        <translation>es gibt keine Einstellung „%1“ (siehe `finish-strong settings list`)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 the setting&apos;s name, %2 what it takes (&quot;takes true or false&quot;)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 not changed: %2</source>
        <extracomment>%1 the setting&apos;s name, %2 the plan&apos;s problem</extracomment>
        <translation>%1 nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The CA file %1 could not be read (%2).</source>
        <translation>Die CA-Datei %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The CalDAV address must start with https:// and name a server.</source>
        <translation>Die CalDAV-Adresse muss mit https:// beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>The password would cross the network unencrypted: use an https:// address.</source>
        <translation>Das Passwort ginge unverschlüsselt durchs Netz: Verwenden Sie eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The server did not say where your calendars are (no calendar home).</source>
        <translation>Der Server hat nicht mitgeteilt, wo Ihre Kalender liegen (kein Kalender-Stammordner).</translation>
    </message>
    <message>
        <source>Sync is not set up: choose a CalDAV server and calendar in Settings › Sync.</source>
        <extracomment>The collections the sync state belongs to (this machine&apos;s bookkeeping, never exported). What the items on the server look like; when it changes, everything is written again once. 2: X-FINISH-STRONG-DATA (what a second computer adopts) and done steps as completed todos.</extracomment>
        <translation>Die Synchronisierung ist nicht eingerichtet: Wählen Sie in Einstellungen › Synchronisation einen CalDAV-Server und einen Kalender.</translation>
    </message>
    <message>
        <source>Set caldav.url first (finish-strong settings set caldav.url URL).</source>
        <translation>Setzen Sie zuerst caldav.url (finish-strong settings set caldav.url URL).</translation>
    </message>
    <message>
        <source>The calendar server did not accept the user name or password. Check them in Settings › Sync.</source>
        <extracomment>What each kind means for the user, by the kind&apos;s value (sync/errors.py SyncErrorKind)</extracomment>
        <translation>Der Kalenderserver hat Benutzername oder Passwort nicht angenommen. Prüfen Sie beides unter Einstellungen › Synchronisation.</translation>
    </message>
    <message>
        <source>The calendar server&apos;s certificate could not be verified (check the CA file).</source>
        <translation>Das Zertifikat des Kalenderservers konnte nicht geprüft werden (prüfen Sie die CA-Datei).</translation>
    </message>
    <message>
        <source>The calendar server could not be reached; changes wait and go up later.</source>
        <translation>Der Kalenderserver ist nicht erreichbar; Änderungen warten und werden später übertragen.</translation>
    </message>
    <message>
        <source>The calendar server stopped answering; changes wait and go up later.</source>
        <translation>Der Kalenderserver antwortet nicht mehr; Änderungen warten und werden später übertragen.</translation>
    </message>
    <message>
        <source>The calendar server refused a request.</source>
        <translation>Der Kalenderserver hat eine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>An item kept changing on the server; it will be merged at the next sync.</source>
        <translation>Ein Eintrag hat sich auf dem Server immer wieder geändert; er wird bei der nächsten Synchronisierung zusammengeführt.</translation>
    </message>
    <message>
        <source>password refused</source>
        <extracomment>The kind in a few words, for the status bar and the last sync&apos;s line in Settings › Sync</extracomment>
        <translation>Passwort abgelehnt</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>server not reachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>server not answering</source>
        <translation>Server antwortet nicht</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>changed meanwhile</source>
        <translation>zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>nicht eingerichtet</translation>
    </message>
</context>
<context>
    <name>SyncSettingsPage</name>
    <message>
        <source>Calendar server (CalDAV)</source>
        <translation>Kalenderserver (CalDAV)</translation>
    </message>
    <message>
        <source>kept in your system&apos;s keyring</source>
        <translation>im Schlüsselbund Ihres Systems gespeichert</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>CA file (optional):</source>
        <translation>CA-Datei (optional):</translation>
    </message>
    <message>
        <source>Find my calendars</source>
        <translation>Meine Kalender finden</translation>
    </message>
    <message>
        <source>Create “Finish Strong”</source>
        <translation>„Finish Strong“ anlegen</translation>
    </message>
    <message>
        <source>&amp;Interviews go to:</source>
        <translation>&amp;Gespräche kommen in:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups go to:</source>
        <translation>&amp;Folgeschritte kommen in:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Last sync: {at} UTC, {result}.</source>
        <translation>Letzte Synchronisation: {at} UTC, {result}.</translation>
    </message>
    <message>
        <source>failed ({kind})</source>
        <translation>fehlgeschlagen ({kind})</translation>
    </message>
    <message>
        <source>Interviews and open follow-ups (with their reminders) go to your calendar; notes, drafts and personal notes never leave this computer.</source>
        <translation>Gespräche und offene Folgeschritte (mit ihren Erinnerungen) kommen in Ihren Kalender; Notizen, Entwürfe und persönliche Notizen verlassen diesen Computer nie.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Server wird gefragt…</translation>
    </message>
    <message>
        <source>Could not reach your calendars ({kind}): {reason}</source>
        <translation>Ihre Kalender waren nicht erreichbar ({kind}): {reason}</translation>
    </message>
    <message>
        <source>Found {count} calendar(s).</source>
        <translation>{count} Kalender gefunden.</translation>
    </message>
    <message>
        <source>No calendars found: create “Finish Strong”.</source>
        <translation>Keine Kalender gefunden: Legen Sie „Finish Strong“ an.</translation>
    </message>
</context>
<context>
    <name>TalkingPointsEditor</name>
    <message>
        <source>Talking points</source>
        <translation>Gesprächspunkte</translation>
    </message>
    <message>
        <source>★ Note, as written</source>
        <translation>★ Notiz, wie geschrieben</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>The drafts say (edit freely)</source>
        <translation>In den Entwürfen steht (frei änderbar)</translation>
    </message>
    <message>
        <source>&amp;Reset phrase</source>
        <translation>Formulierung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the phrase derived from the note</source>
        <translation>Zur aus der Notiz abgeleiteten Formulierung zurückkehren</translation>
    </message>
    <message>
        <source>No talking points yet: flag a line in your notes with ★ (Ctrl+T).</source>
        <translation>Noch keine Gesprächspunkte: Markieren Sie eine Zeile Ihrer Notizen mit ★ (Strg+T).</translation>
    </message>
    <message>
        <source>Each point goes only into the drafts of the person it is for; points for the whole interview go to everyone. The phrase is what the e-mail and the card say, inside a sentence (“I especially enjoyed …”).</source>
        <translation>Jeder Punkt erscheint nur in den Entwürfen für die Person, der er gilt; Punkte für das ganze Gespräch gehen an alle. Die Formulierung ist das, was E-Mail und Karte mitten im Satz sagen („Besonders gefallen hat mir …“).</translation>
    </message>
    <message>
        <source>Your own wording (kept)</source>
        <translation>Ihre eigene Formulierung (bleibt erhalten)</translation>
    </message>
    <message>
        <source>Derived from the note; edit it to make it yours</source>
        <translation>Aus der Notiz abgeleitet; passen Sie sie an</translation>
    </message>
    <message>
        <source>In the notes: %1</source>
        <translation>In den Notizen: %1</translation>
    </message>
    <message>
        <source>In the personal notes on %1</source>
        <translation>In den persönlichen Notizen zu %1</translation>
    </message>
    <message>
        <source>In what you talked about with %1</source>
        <translation>In dem, worüber Sie mit %1 gesprochen haben</translation>
    </message>
    <message>
        <source>Whom this point is for</source>
        <translation>Für wen dieser Punkt ist</translation>
    </message>
    <message>
        <source>A point in someone&apos;s own notes is theirs</source>
        <translation>Ein Punkt in den Notizen zu einer Person gehört zu ihr</translation>
    </message>
    <message>
        <source>Whole interview</source>
        <translation>Ganzes Gespräch</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%1: %n follow-up due</source>
        <translation>
            <numerusform>%1: %n Schritt fällig</numerusform>
            <numerusform>%1: %n Schritte fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-ups due</source>
        <translation>
            <numerusform>%1: %n Schritt fällig</numerusform>
            <numerusform>%1: %n Schritte fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation>%1: nichts fällig</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>Heute nichts fällig</translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation>Alle um 1 Stunde verschieben</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Resume now (%1)</source>
        <translation>Jetzt fortsetzen (%1)</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation>Bis morgen 9:00</translation>
    </message>
    <message>
        <source>Until…</source>
        <translation>Bis…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Tick follow-up</source>
        <translation>Schritt abhaken</translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation>Schritt wieder öffnen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>radar</name>
    <message>
        <source>Checking for replies failed ({kind}): {text}</source>
        <extracomment>Failures the user must act on; an unreachable or silent server (offline, asleep) waits for the next tick.</extracomment>
        <translation>Die Suche nach Antworten ist fehlgeschlagen ({kind}): {text}</translation>
    </message>
    <message>
        <source>New mail about your thank-yous: {names}</source>
        <translation>Neue Mails zu Ihren Dankes-E-Mails: {names}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {reason}</source>
        <translation>Aus {name} wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>Import abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Es wurde nichts importiert. {reason}</translation>
    </message>
    <message>
        <source>Imported {interviews} interviews and {people} people from {name}.</source>
        <translation>{interviews} Gespräche und {people} Personen aus {name} importiert.</translation>
    </message>
</context>
</TS>
