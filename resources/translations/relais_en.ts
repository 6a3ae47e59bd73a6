<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupStatus</name>
    <message numerus="yes">
        <source>Last backup %n day(s) ago (%1): back up now (Ctrl+Shift+S)</source>
        <translation>
            <numerusform>Last backup %n day ago (%1): back up now (Ctrl+Shift+S)</numerusform>
            <numerusform>Last backup %n days ago (%1): back up now (Ctrl+Shift+S)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <source>%n situation(s): %1</source>
        <translation>
            <numerusform>%n situation: %1</numerusform>
            <numerusform>%n situations: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n network member</numerusform>
            <numerusform>%n network members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message numerus="yes">
        <source>%n to contact</source>
        <translation>
            <numerusform>%n to contact</numerusform>
            <numerusform>%n to contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of the directory</source>
        <translation>
            <numerusform>%n resource of the directory</numerusform>
            <numerusform>%n resources of the directory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n time entry</numerusform>
            <numerusform>%n time entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CdP session(s)</source>
        <translation>
            <numerusform>%n CdP session</numerusform>
            <numerusform>%n CdP sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s) imported. The register as it was before is kept in the backup %1.</source>
        <translation>
            <numerusform>%n situation imported. The register as it was before is kept in the backup %1.</numerusform>
            <numerusform>%n situations imported. The register as it was before is kept in the backup %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEraser</name>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network member(s)</source>
        <translation>
            <numerusform>%n network member</numerusform>
            <numerusform>%n network members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time entry(ies)</source>
        <translation>
            <numerusform>%n time entry</numerusform>
            <numerusform>%n time entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message numerus="yes">
        <source>Time saved: %n line(s), %1.</source>
        <translation>
            <numerusform>Time saved: %n line, %1.</numerusform>
            <numerusform>Time saved: %n lines, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferentPanel</name>
    <message numerus="yes">
        <source>%n chosen card(s) and the person&apos;s words will not be recorded. Press again to leave without saving.</source>
        <translation>
            <numerusform>%n chosen card and the person&apos;s words will not be recorded. Press again to leave without saving.</numerusform>
            <numerusform>%n chosen cards and the person&apos;s words will not be recorded. Press again to leave without saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message numerus="yes">
        <source>%1 of %n situation(s)</source>
        <translation>
            <numerusform>%1 of %n situation</numerusform>
            <numerusform>%1 of %n situations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>%n situation(s)</source>
        <translation>
            <numerusform>%n situation</numerusform>
            <numerusform>%n situations</numerusform>
        </translation>
    </message>
</context>
</TS>
