<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupWords</name>
    <message numerus="yes">
        <source>%Ln interview(s)</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with notes</source>
        <translation>
            <numerusform>%Ln with notes</numerusform>
            <numerusform>%Ln with notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message numerus="yes">
        <source>%n word(s).</source>
        <translation>
            <numerusform>%n word.</numerusform>
            <numerusform>%n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s): a card has room for about three sentences (30–60 words).</source>
        <translation>
            <numerusform>%n word: a card has room for about three sentences (30–60 words).</numerusform>
            <numerusform>%n words: a card has room for about three sentences (30–60 words).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a handwritten card holds about 30–60; shorten it.</source>
        <translation>
            <numerusform>%n word: a handwritten card holds about 30–60; shorten it.</numerusform>
            <numerusform>%n words: a handwritten card holds about 30–60; shorten it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words: a good length for a card.</source>
        <translation>
            <numerusform>%n word: a good length for a card.</numerusform>
            <numerusform>%n words: a good length for a card.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardWords</name>
    <message numerus="yes">
        <source>Printed %n card draft(s).</source>
        <extracomment>pyside6-lupdate finds translate(&quot;Context&quot;, &quot;text&quot;) calls by this name.</extracomment>
        <translation>
            <numerusform>Printed %n card draft.</numerusform>
            <numerusform>Printed %n card drafts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftCheckerPanel</name>
    <message numerus="yes">
        <source>Draft check: %n to look at</source>
        <translation>
            <numerusform>Draft check: %n to look at</numerusform>
            <numerusform>Draft check: %n to look at</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>The organizer cancelled %n interview(s). Mark them withdrawn?</source>
        <translation>
            <numerusform>The organizer cancelled this interview. Mark it withdrawn?</numerusform>
            <numerusform>The organizer cancelled %n interviews. Mark them withdrawn?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n event(s). Check the company and role we guessed; each interview gets its follow-up plan as usual.</source>
        <translation>
            <numerusform>Importing one event. Check the company and role we guessed; each interview gets its follow-up plan as usual.</numerusform>
            <numerusform>Importing %n events. Check the company and role we guessed; each interview gets its follow-up plan as usual.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvitationActions</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message numerus="yes">
        <source>%1: %n follow-up(s) due</source>
        <translation>
            <numerusform>%1: %n follow-up due</numerusform>
            <numerusform>%1: %n follow-ups due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
