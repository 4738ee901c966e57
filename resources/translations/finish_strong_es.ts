<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a UTF-8 text file; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your mail settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {0} would change your mail server settings:

{1}

Your password is sent to the server named here. Import the file and use these settings?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} interviews and {1} people from {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: this interview was replaced or removed (a restore, an import or a delete).</source>
        <extracomment>The guard found the window&apos;s rows replaced or gone: its pending text was not written. True while the rows this window loaded are still in the database (set by the registry).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet %1 Your text is still here; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Finish Strong backups (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not written to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current data with the backup from %1?

Your current data are kept as a backup first (named “before-restore”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln interview</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Handwritten &amp;card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3: the handwritten note&apos;s draft for an interviewer, printed at card size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print today&apos;s card dra&amp;fts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card due today whose draft is not printed yet, several per sheet with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an interview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interview has no interviewers yet: add one (Edit interview) to write a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card drafts left to print today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you card drafts — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>The card itself</source>
        <extracomment>(key, label) of where to print: on the card stock itself or several per sheet with cut marks.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sheets, with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 sheets, with cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card for %1 — %2</source>
        <extracomment>The &quot;draft printed&quot; tick changed: the checklist should show it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwritten note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it here, print the draft at the card&apos;s size, then copy it by hand. About three sentences fit a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ruled guide lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm between lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Writing panel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with the card template (Settings → Cards), filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the draft as it will print (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the draft on any printer (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the draft to a PDF file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the envelope: their address and yours (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits: %1 of %2 lines on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit: %1. Shorten it, or pick a larger card or closer lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word: a card has room for about three sentences (30–60 words).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a card has room for about three sentences (30–60 words).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: write about three sentences (30–60 words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n words: a handwritten card holds about 30–60; shorten it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a good length for a card.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you card — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft printed: the checklist shows it. Tick “mailed” once the card is posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Printed %n card draft.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n card drafts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsSettingsPage</name>
    <message>
        <source>Handwritten cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode
Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card drafts start from the template. Placeholders:
%1.
%2 is a ★ line about that interviewer from your debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card template has an unknown placeholder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in with {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest check-ins for this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Withdrawn</source>
        <extracomment>Rows that open where the step is done on a double-click (see `open_requested`). A row double-clicked or Enter pressed: open where that step is done (debrief, e-mail, card).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced — check {name}&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced — check the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of office until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the answer in your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail app opens message links here; the Message-ID was copied — search for it in your mail app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>Thank-you e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviewers on this interview. Add them with Edit interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through your mail account (File &gt; Settings &gt; Mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sent it some other way: tick this interviewer&apos;s e-mail step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One draft per interviewer, with their talking points and the answers they are owed from your debrief; edit freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interviewer&apos;s e-mail step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This interview was replaced or removed: nothing was saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail account is set up: fill in File &gt; Settings &gt; Mail, or use “Open in mail app”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1&apos;s e-mail address in “To”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already sent this thank-you %1 to %2.

Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview is %1 — send the thank-you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview ends %1 — send the thank-you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1. %2&apos;s e-mail step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perhaps sent — %1 Your draft is kept and the step stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent — %1 Your draft is kept and the step stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but this interview was replaced meanwhile: the send was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your mail app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in %1. Once you have sent it, click “Mark as sent”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1. Use “Copy to clipboard” and paste it into your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject and text copied. Once you have sent it, click “Mark as sent”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent: %1&apos;s e-mail step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent %1 (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>%1: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Finish Strong. Your data were left as they were before the failed step; you can keep working, or restart the app to be safe.

The details are also in the log folder %1. They hold no note text and no password, so you can attach them to a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type the date and time as you write them ({0}), as ISO (2026-12-01 14:00), or with a short time such as 2pm, 2:30 pm or 14.30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayAgenda</name>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>Talking &amp;points</source>
        <extracomment>A very long section is re-indexed for search this long after the last autosave. The plan changed (a referral added or removed, the notes step ticked). Emitted once everything is saved and the window is going away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking &amp;points (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>{person} replied {when}: “{subject}”</source>
        <extracomment>The reply radar&apos;s answers: who wrote, when, the subject and first line (plain text).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Write your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a thank-you e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail a handwritten note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take-home review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower half (top fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right half (side fold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded note 4¼×5½ in (A2 envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3½×5 in (A1 envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5×7 in (A7 envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4×6 in (A6 envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO A6 105×148 mm (C6 envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#10 4⅛×9½ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A1 3⅝×5⅛ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A2 4⅜×5¾ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 4¾×6½ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A7 5¼×7¼ in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C6 114×162 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DL 110×220 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations and impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go? What stood out about the team, the office, the mood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions asked, projects described, your answers worth repeating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launches, migrations, acquisitions they mentioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations or groups they belong to or recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet-ups, trade shows, awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming conferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they will be, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company-wide meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-hands, offsites, planning cycles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever else you want to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the interviewer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interview cannot last more than 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start and end need a time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftCheckerPanel</name>
    <message>
        <source>Draft check</source>
        <extracomment>Typing pauses this long before the draft is checked again (the checks are cheap, the list redraw is not).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a finding to select the spot in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft check: nothing to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, company and role as on the interview, a specific point, the answers owed, no one else&apos;s notes, no stock filler, a good length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft check: %n to look at</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftPage</name>
    <message>
        <source>To (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fill from template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the subject and text with the chosen template, filled in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarlierRounds</name>
    <message>
        <source>No earlier rounds at this company.</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorRegistry</name>
    <message>
        <source>A window was closed: what it showed was replaced or removed.</source>
        <extracomment>Whether the window can be built again in place; a dialog that belongs to another editor cannot. A window was closed or rebuilt because its data were replaced or removed (for the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window was reloaded with the data now stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvelopeDialog</name>
    <message>
        <source>Envelope for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company
Street and number
City, postcode
Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name
Street and number
City, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name goes above the address. What you type here is kept: theirs on their profile, yours in Settings → Cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no postal address yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return address is missing (Settings → Cards).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The data file is busy: another program (perhaps a command-line import, or a second Finish Strong on the same folder) is writing to it. Nothing was lost; try again in a moment, and close the other program if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding your data is full, so the change could not be saved. Nothing was lost: free some space (empty the trash, delete large files) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be written to (it is read-only, or belongs to another user). Nothing was changed. Make the folder writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the disk is full: free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the data folder cannot be written to: make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— another program is writing to the data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Strong could not save the change (%1). Nothing was lost; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file is locked by another program (perhaps a command-line import). Wait for it to finish, or close it, then start Finish Strong again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding your data is full, so Finish Strong cannot start. Free some space and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Strong cannot write to its data folder (it is read-only, or belongs to another user). Make it writable for your user, or start Finish Strong with --data-dir pointing to a folder you can write to. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Strong cannot open its data (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update of an interview you imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your time (%1–%2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave this event out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company of event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none listed (add them later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be marked withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation has no title: enter the company.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImapSettingsBox</name>
    <message>
        <source>Replies (IMAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no copies in Sent and no reply radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS (port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SMTP &amp;login (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in your keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic: the server&apos;s Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a folder besides INBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the folder the server flags as Sent, else one named Sent, Sent Items or Sent Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder watched for replies besides INBOX, e.g. where a filter files mail from recruiters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest a check-in when no reply came after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent thank-yous in Sent and looks for replies now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked after start-up and every 15 minutes while Finish Strong runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also watch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every thank-you sent through Finish Strong is filed once in your Sent folder. New mail in INBOX is matched to what you sent: only the headers and first lines of answers are read and kept; auto-replies and bounces are told apart. The password stays in your system&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the IMAP user name, or tick “Use the SMTP login”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the IMAP server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name and password first (or those of the SMTP account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: {filed} filed in Sent, {replies} replies, {auto} auto-replies, {bounces} bounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed ({kind}) — {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invitation</source>
        <extracomment>Open editors store what they hold first (the editor registry); False: they could not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event cannot be imported and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events cannot be imported and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import from this invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled this interview. Mark it withdrawn?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organizer cancelled %n interviews. Mark them withdrawn?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing one event. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n events. Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every event is left out: tick one to import it, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Northwind Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Product Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location or video link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problem</source>
        <extracomment>Open editors store what they hold first (the window&apos;s editor registry): an interviewer removed here takes their card and e-mail page along.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open window could not save what you typed: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this interview. Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewerEditor</name>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interviewers yet. Add the people you met: each gets a thank-you e-mail and a handwritten note in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone you have met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes this interviewer&apos;s open follow-ups when you save; finished ones stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the handwritten note&apos;s envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone you&apos;ve met…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message>
        <source>Calendar invitations (*.ics *.ical *.icalendar *.ifb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListDetailEditor</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsPage</name>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None — a server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail account (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the one in your keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for company servers with their own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a short message to your own sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (sample interview):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template that names an unknown placeholder cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder: %1 — it would never be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sender address for your mail account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template “%1” names unknown placeholders: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server and a valid sender address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Strong test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from Finish Strong: your mail settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The interview is %1 — mark this step done already?</source>
        <extracomment>Every open editor window (debrief, e-mail, card, envelope), keyed by what it edits. What the helpers below may use of this window (and nothing else). The banner, opening from a notification, the tray: what the ReminderController talks to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview ends %1 — mark this step done already?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Not pasted: this note would have {0:,} characters; one note holds at most {1:,} (about a megabyte). Paste a shorter part.</source>
        <extracomment>a paste or drop refused because the note would exceed MAX_NOTE_CHARS: the message to show</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>The draft does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the last lines will not be on the card. Print anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <source>%1. Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event will be left out; the others can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question left open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered in the interview: nothing to send. Otherwise your answer goes into the e-mail of whoever asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>%s: the data file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the recovered data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore newest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an &amp;empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what can still be read from the damaged file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be read from the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept unchanged, as “%1.damaged-….sqlite3” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no good backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interviews will not be shown. The damaged file and the backups stay on disk, but the app will start with no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the data recovered from the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The damaged file is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsEditor</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referrals yet. Did an interviewer suggest someone to talk to? Each referral gets a follow-up in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, phone, LinkedIn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why contact them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for when you mark the follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to &amp;reach them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggested by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the referral a name or an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No way to reach them yet. Fine for now — add it when you have it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderController</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderHost</name>
    <message>
        <source>Came due while Finish Strong was closed</source>
        <extracomment>The handwritten-note reminder&apos;s Open opens the card (`cards.open`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one to go to its interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray icon. Quit from its menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are pending, and there is no tray to keep them coming. If you quit, they are shown when you start Finish Strong again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyRadar</name>
    <message>
        <source>No IMAP password is stored; type it in Settings › Replies (or Mail, with the SMTP login).</source>
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
        <source>Choose the backup to go back to. Your current data will be kept as a backup first, so a restore can itself be undone by restoring that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup kept somewhere else (for example one made with Back up now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>at the end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupChecks</name>
    <message>
        <source>The disk holding your data is full, so today&apos;s backup could not be taken. Your data are safe and nothing was lost; free some space (empty the trash, delete large files); the backup is tried again within the hour.</source>
        <extracomment>The longest a QTimer can wait (signed 32-bit milliseconds), and the shortest wait between two looks. After a backup that could not be taken (disk full, read-only, busy): try again this much later, and say so only once per kind of problem, not every hour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: the backups folder cannot be written to. Your data are safe; make the data folder writable for your user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be taken: another program is using the data file. Your data are safe; the backup is tried again within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database check at start-up found damage in your data file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkingPointsEditor</name>
    <message>
        <source>Talking points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Note, as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts say (edit freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the phrase derived from the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No talking points yet: flag a line in your notes with ★ (Ctrl+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point goes only into the drafts of the person it is for; points for the whole interview go to everyone. The phrase is what the e-mail and the card say, inside a sentence (“I especially enjoyed …”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own wording (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the note; edit it to make it yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the personal notes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what you talked about with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom this point is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point in someone&apos;s own notes is theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%1: %n follow-up due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n follow-ups due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze all for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>radar</name>
    <message>
        <source>Checking for replies failed ({kind}): {text}</source>
        <extracomment>Failures the user must act on; an unreachable or silent server (offline, asleep) waits for the next tick.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mail about your thank-yous: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
