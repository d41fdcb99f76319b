<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="38"/>
        <source>Automatic (from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="39"/>
        <source>Day/month (3/4 = 3 April)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="40"/>
        <source>Month/day (3/4 = March 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="48"/>
        <source>Import attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="50"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="65"/>
        <source>Import attendance — {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="71"/>
        <source>Create members for names not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="86"/>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="88"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="97"/>
        <source>Dates like 3/4/2025 are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="144"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="148"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="156"/>
        <source>Choose how to read the dates above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="166"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="42"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="54"/>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="56"/>
        <source>Edit group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="61"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="74"/>
        <source>Add a meeting today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="78"/>
        <source>Sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="79"/>
        <source>Preview, print or save the sign-in sheet (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="81"/>
        <source>Paper mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="83"/>
        <source>Tick names from the paper sheet, in its printed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="86"/>
        <source>Kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="88"/>
        <source>Full-screen self check-in; leaving needs the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="106"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="107"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="108"/>
        <source>History and reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="128"/>
        <source>Import &amp;attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="129"/>
        <source>&amp;Sign-in sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="130"/>
        <source>&amp;Paper mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="133"/>
        <source>&amp;Kiosk (self check-in)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="135"/>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="136"/>
        <source>&amp;Edit group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="137"/>
        <source>Add a &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="208"/>
        <source>Last: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="210"/>
        <source>Next: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="212"/>
        <source>No groups yet — create one with “New group…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="215"/>
        <source>This group does not meet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="220"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="221"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="222"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="226"/>
        <source>(not today)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="28"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="30"/>
        <source>peerdesk backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="68"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="70"/>
        <source>Back up &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="72"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="127"/>
        <source>Backed up at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="135"/>
        <source>The backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="143"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="174"/>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="176"/>
        <source>The backup was written to {path}.

Keep {key} with it: with your passphrase or recovery key, it unlocks the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="181"/>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="191"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="193"/>
        <source>Replace what is in peerdesk now by the backup {name}? The current state is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="202"/>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="206"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="207"/>
        <source>The backup {name} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="34"/>
        <source>first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="58"/>
        <source>Type a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="60"/>
        <source>Type part of a name; arrows move, Enter checks in the highlighted person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="103"/>
        <source>Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="108"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="113"/>
        <source>Selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="115"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="116"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="117"/>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="123"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="124"/>
        <source>Undo the selected person&apos;s check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="132"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="132"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="156"/>
        <source>F7 adds an anonymous person, F8 a guest; with Shift, takes one away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="219"/>
        <source>Total {total}  ·  {named} named, {anonymous} anonymous, {guests} guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="267"/>
        <source>welcome, first time!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="277"/>
        <source>{name} checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="279"/>
        <source>{name} was already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="287"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="292"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="293"/>
        <source>Undid the check-in of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../peerdesk/ui/table_model.py" line="37"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/table_model.py" line="39"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="27"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="19"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="28"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="29"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="40"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="32"/>
        <source>First time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="23"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="24"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="25"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="21"/>
        <source>Named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="26"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="24"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="27"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="31"/>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="32"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="33"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="34"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="35"/>
        <source>May contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="38"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="18"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="39"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="41"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="25"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="33"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="34"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="35"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="22"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="23"/>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../peerdesk/i18n.py" line="84"/>
        <location filename="../../peerdesk/i18n.py" line="99"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="90"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="90"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="91"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="91"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="92"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="92"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="93"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="93"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="94"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="94"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="95"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="95"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="95"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="96"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="96"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="97"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="97"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="98"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="98"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="27"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="28"/>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="29"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="32"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="33"/>
        <source>Second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="34"/>
        <source>Third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="35"/>
        <source>Fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="36"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="39"/>
        <source>First name + initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="40"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="41"/>
        <source>Anonymous headcount only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="64"/>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="64"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="68"/>
        <source>grief, recovery, caregivers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="72"/>
        <source>No regular schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="87"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="95"/>
        <source>Every 2 weeks counts from the first meeting on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="101"/>
        <source>Printed on every sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="103"/>
        <source>Archived (kept for history, hidden from check-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="110"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="111"/>
        <source>&amp;Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="112"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="113"/>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="114"/>
        <source>Meets on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="115"/>
        <source>&amp;Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="116"/>
        <source>Which week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="117"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="118"/>
        <source>Lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="119"/>
        <source>First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="120"/>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="121"/>
        <source>Sign-in &amp;style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="122"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="71"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="96"/>
        <source>Select someone to see their attendance history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="73"/>
        <source>Reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="75"/>
        <source>Came to 3 or more earlier meetings but missed the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="77"/>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="84"/>
        <source>Attendance by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="108"/>
        <source>every meeting attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="20"/>
        <source>The database needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="23"/>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="27"/>
        <source>This can happen after a power cut, a full disk or a failing drive. Nothing has been deleted. Whatever you choose below, the damaged file is first moved to &lt;b&gt;{folder}&lt;/b&gt; and kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="39"/>
        <source>&lt;b&gt;Restore the latest backup&lt;/b&gt; (recommended): everything as it was on {date} at {time} — {members} members, {meetings} meetings, {notes} notes. Changes made after that are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="51"/>
        <source>&lt;b&gt;There is no verified backup&lt;/b&gt; in the data folder to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="54"/>
        <source>&lt;b&gt;Rescue what can still be read&lt;/b&gt;: copies every readable record, table by table, into a new database. It may include newer changes than the backup, but records on the damaged parts of the file will be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="67"/>
        <source>Restore the latest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="70"/>
        <source>Rescue what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="72"/>
        <source>Close without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="74"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="113"/>
        <source>The backup from {when} was restored; the damaged file is kept in the “damaged” folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="125"/>
        <source>The damaged file is kept in the “damaged” folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../peerdesk/ui/jobs.py" line="38"/>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="41"/>
        <source>Check in — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="48"/>
        <source>Welcome to {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="51"/>
        <source>Type your first name, pick it, and press Check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="55"/>
        <source>Your first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="62"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="78"/>
        <source>Coordinator passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="80"/>
        <source>Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="82"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="93"/>
        <source>Coordinator: leave kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="128"/>
        <source>I&apos;m new here — check me in as “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="140"/>
        <source>Type at least three letters of your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="148"/>
        <source>Welcome, {name}! You&apos;re checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="152"/>
        <source>Thank you, {name} — you&apos;re checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="180"/>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="34"/>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="109"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="111"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="115"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="123"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="128"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="135"/>
        <source>&amp;Search this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="153"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="154"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="158"/>
        <source>&amp;About peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="163"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="167"/>
        <source>Copy the selected rows (cleared from the clipboard on lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="180"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="185"/>
        <source>About peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="188"/>
        <source>Offline coordination for peer-support groups.

Built with Qt (LGPLv3) via PySide6, SQLCipher (BSD), reportlab (BSD) and the DejaVu fonts (Bitstream Vera licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="277"/>
        <source>🔓 Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="277"/>
        <source>🔒 Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="282"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchListModel</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="76"/>
        <source>+ Add ‘{name}’ as a new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="81"/>
        <source>already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="83"/>
        <source>not yet in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="86"/>
        <source>Creates the member, adds them to this group and checks them in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="26"/>
        <source>Move meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="26"/>
        <source>Add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="37"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="38"/>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="39"/>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="39"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="40"/>
        <source>Search this group&apos;s meetings by topic, status or date (e.g. 2026-03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="43"/>
        <source>meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="62"/>
        <source>Open for check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="63"/>
        <source>Add a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="64"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="65"/>
        <source>Cancel meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="24"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="25"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="26"/>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="27"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="28"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="29"/>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="30"/>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="31"/>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperModeDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="31"/>
        <source>Paper mode — {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="36"/>
        <source>Names are in the order of the printed sheet. &lt;b&gt;Space&lt;/b&gt; ticks and moves on; arrows move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="52"/>
        <source>A name written on a blank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="55"/>
        <source>Add and tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="110"/>
        <source>{ticked} of {total} ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="141"/>
        <source>Added {name} as a new member, ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="41"/>
        <source>{count} page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="44"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="46"/>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="48"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="72"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="77"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="88"/>
        <source>Could not save {file}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="94"/>
        <source>Saved {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="141"/>
        <source>Save recovery sheet as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="143"/>
        <source>Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="149"/>
        <source>I have printed or saved the recovery sheet and will keep it locked away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="151"/>
        <source>Continue to peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="159"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="162"/>
        <source>If you forget your passphrase, this key is the only way back into your data. It is shown only now. Print the recovery sheet and keep it somewhere safe, away from this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="204"/>
        <source>Save recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="212"/>
        <source>The recovery sheet could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="220"/>
        <source>Saved to {path}. Print it, then delete the file if it is on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="229"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="24"/>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="25"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="26"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="28"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="40"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="46"/>
        <source>Choose the backup to go back to. What is in peerdesk now is backed up first, so you can undo this by restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="79"/>
        <source>There are no backups in the data folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="85"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="88"/>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="122"/>
        <source>Choose a peerdesk backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="122"/>
        <source>peerdesk backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../peerdesk/ui/session.py" line="146"/>
        <source>Checking the database file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="52"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="56"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Organisation and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="69"/>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Hide report counts below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="74"/>
        <source>In funder reports, demographic counts below this number print as “&amp;lt;k” so nobody can be recognised (at least {k}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="85"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="87"/>
        <source>Print a new recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="89"/>
        <source>Makes a new recovery key (the old sheet stops working) and prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="95"/>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="97"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="98"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="99"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="116"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="118"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="119"/>
        <source>Takes effect when peerdesk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="163"/>
        <source>The new passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="166"/>
        <source>The two new passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="174"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="183"/>
        <source>{reason} Type the current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="203"/>
        <source>A new recovery key was made and sent to the printer. Destroy the old sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="209"/>
        <source>A new recovery key was made but not printed — print another one now, or the data cannot be recovered if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="24"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="25"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="26"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="27"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="28"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="29"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="89"/>
        <source>Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="35"/>
        <source>peerdesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="40"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="44"/>
        <source>Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="56"/>
        <source>Unlock and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="62"/>
        <source>Type the key from your printed recovery sheet and choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="66"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="67"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="68"/>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="78"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="97"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="99"/>
        <source>This is the demo database; its passphrase is “demo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="121"/>
        <source>The two new passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="47"/>
        <source>e.g. Riverside Peer Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="50"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="51"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="65"/>
        <source>Use four or more words you can remember; nobody can recover data without it or the recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="71"/>
        <source>Create encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="80"/>
        <source>Welcome to peerdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="83"/>
        <source>peerdesk keeps attendance, confidential notes and your resource library on this laptop, encrypted with a passphrase. Let&apos;s create your database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="90"/>
        <source>Organisation name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="91"/>
        <source>Paper size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="92"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="95"/>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="104"/>
        <source>Strength: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="109"/>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
