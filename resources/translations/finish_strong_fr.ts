<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Autosaver</name>
    <message>
        <source>Not saved: this interview was replaced or removed (a restore, an import or a delete).</source>
        <extracomment>The guard found the window&apos;s rows replaced or gone: its pending text was not written. True while the rows this window loaded are still in the database (set by the registry).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>Thank-you card drafts — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Thank-you card — %1</source>
        <extracomment>(key, label) of where to print: on the card stock itself or several per sheet with cut marks. The &quot;draft printed&quot; tick changed: the checklist should show it.</extracomment>
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
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>One draft per interviewer, with their talking points and the answers they are owed from your debrief; edit freely.</source>
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
        <source>Perhaps sent — %1 Your draft is kept and the step stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, but this interview was replaced meanwhile: the send was not recorded.</source>
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
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <source>Talking &amp;points</source>
        <extracomment>The plan changed (a referral added or removed, the notes step ticked). Emitted once everything is saved and the window is going away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking &amp;points (%1)</source>
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
        <source>Envelope — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventBox</name>
    <message>
        <source>Untick to leave this event out of the import.</source>
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
    <name>ImportDialog</name>
    <message>
        <source>1 event cannot be imported and is left out.</source>
        <extracomment>Open editors store what they hold first (the editor registry); False: they could not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events cannot be imported and are left out.</source>
        <translation type="unfinished"></translation>
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
        <source>An open window could not save what you typed: nothing was changed.</source>
        <extracomment>Open editors store what they hold first (the window&apos;s editor registry): an interviewer removed here takes their card and e-mail page along.</extracomment>
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
    <name>ProblemBox</name>
    <message>
        <source>%1. Cannot be imported</source>
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
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>at the end</source>
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
</TS>
