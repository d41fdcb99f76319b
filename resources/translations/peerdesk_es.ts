<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="28"/>
        <source>Offline attendance, confidential notes, resources and funder reports for peer-support groups.</source>
        <translation>Asistencia, notas confidenciales, recursos e informes para financiadores de grupos de apoyo mutuo, sin conexión.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="39"/>
        <source>the window</source>
        <translation>la ventana</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="45"/>
        <source>Qt for Python</source>
        <translation>Qt para Python</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="51"/>
        <source>the encrypted database</source>
        <translation>la base de datos cifrada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="57"/>
        <source>database access</source>
        <translation>acceso a la base de datos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="63"/>
        <source>PDF documents</source>
        <translation>documentos PDF</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="69"/>
        <source>images in PDFs</source>
        <translation>imágenes en los PDF</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="73"/>
        <source>Excel files</source>
        <translation>archivos de Excel</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="74"/>
        <source>passphrase hashing</source>
        <translation>derivación de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="77"/>
        <source>key wrapping</source>
        <translation>protección de claves</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="83"/>
        <source>where data is kept</source>
        <translation>dónde se guardan los datos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="87"/>
        <source>PDF text</source>
        <translation>texto de los PDF</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="137"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="138"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="139"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="140"/>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="149"/>
        <source>About peerdesk</source>
        <translation>Acerca de peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="156"/>
        <source>peerdesk icon</source>
        <translation>Icono de peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="162"/>
        <source>Name and version</source>
        <translation>Nombre y versión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="170"/>
        <source>peerdesk is free software under the GNU GPL, version 3 or later. It is built with:</source>
        <translation>peerdesk es software libre bajo la GNU GPL, versión 3 o posterior. Está hecho con:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="176"/>
        <source>Components and licences</source>
        <translation>Componentes y licencias</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="180"/>
        <source>Qt is used under the GNU LGPL version 3: its libraries ship as separate files in the app folder and can be replaced.</source>
        <translation>Qt se usa bajo la GNU LGPL versión 3: sus bibliotecas se distribuyen como archivos separados en la carpeta de la aplicación y se pueden reemplazar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="187"/>
        <source>DejaVu fonts licence</source>
        <translation>Licencia de las fuentes DejaVu</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/about_dialog.py" line="195"/>
        <source>DejaVu fonts licence text</source>
        <translation>Texto de la licencia de las fuentes DejaVu</translation>
    </message>
</context>
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="37"/>
        <source>Automatic (from the file)</source>
        <translation>Automático (según el archivo)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="38"/>
        <source>Day/month (3/4 = 3 April)</source>
        <translation>Día/mes (3/4 = 3 de abril)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="39"/>
        <source>Month/day (3/4 = March 4)</source>
        <translation>Mes/día (3/4 = 4 de marzo)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="47"/>
        <source>Import attendance</source>
        <translation>Importar asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="49"/>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="64"/>
        <source>Import attendance — {file}</source>
        <translation>Importar asistencia — {file}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="69"/>
        <source>Date order</source>
        <translation>Orden de las fechas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="70"/>
        <source>Create members for names not found</source>
        <translation>Crear miembros para los nombres no encontrados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="73"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="77"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="85"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="87"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="96"/>
        <source>Dates like 3/4/2025 are</source>
        <translation>Las fechas como 3/4/2025 son</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="143"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="147"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="155"/>
        <source>Choose how to read the dates above.</source>
        <translation>Elija arriba cómo leer las fechas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="165"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AttendancePane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="42"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="51"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="54"/>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="56"/>
        <source>Edit group…</source>
        <translation>Editar grupo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="61"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="68"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="74"/>
        <source>Add a meeting today</source>
        <translation>Añadir una reunión hoy</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="78"/>
        <source>Sign-in sheet…</source>
        <translation>Hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="79"/>
        <source>Preview, print or save the sign-in sheet (Ctrl+P)</source>
        <translation>Ver, imprimir o guardar la hoja de firmas (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="81"/>
        <source>Paper mode…</source>
        <translation>Modo papel…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="83"/>
        <source>Tick names from the paper sheet, in its printed order</source>
        <translation>Marcar los nombres de la hoja en papel, en su orden impreso</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="86"/>
        <source>Kiosk…</source>
        <translation>Quiosco…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="88"/>
        <source>Full-screen self check-in; leaving needs the passphrase</source>
        <translation>Registro autónomo a pantalla completa; para salir hace falta la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="106"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="107"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="108"/>
        <source>History and reach out</source>
        <translation>Historial y seguimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="130"/>
        <source>Import &amp;attendance…</source>
        <translation>Importar &amp;asistencia…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="131"/>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Hoja de firmas…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="132"/>
        <source>&amp;Paper mode…</source>
        <translation>Modo &amp;papel…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="135"/>
        <source>&amp;Kiosk (self check-in)…</source>
        <translation>&amp;Quiosco (registro autónomo)…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="137"/>
        <source>&amp;New group…</source>
        <translation>&amp;Nuevo grupo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="138"/>
        <source>&amp;Edit group…</source>
        <translation>&amp;Editar grupo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="139"/>
        <source>Add a &amp;meeting…</source>
        <translation>Añadir una &amp;reunión…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="207"/>
        <source>Last: {date}</source>
        <translation>Última: {date}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="209"/>
        <source>Next: {date}</source>
        <translation>Próxima: {date}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="211"/>
        <source>No groups yet — create one with “New group…”.</source>
        <translation>Aún no hay grupos: cree uno con «Nuevo grupo…».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="214"/>
        <source>This group does not meet today.</source>
        <translation>Este grupo no se reúne hoy.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="219"/>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="220"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="221"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/attendance_pane.py" line="225"/>
        <source>(not today)</source>
        <translation>(no es hoy)</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="29"/>
        <source>Back up to</source>
        <translation>Hacer copia de seguridad en</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="31"/>
        <source>peerdesk backups (*.db)</source>
        <translation>Copias de seguridad de peerdesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="61"/>
        <source>Backup state</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="63"/>
        <source>Data folder warning</source>
        <translation>Aviso sobre la carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="69"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="71"/>
        <source>Back up &amp;to…</source>
        <translation>Hacer copia &amp;de seguridad en…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="73"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="128"/>
        <source>Backed up at {time}.</source>
        <translation>Copia de seguridad hecha a las {time}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="136"/>
        <source>The backup failed: {message}</source>
        <translation>La copia de seguridad falló: {message}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="144"/>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="175"/>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="177"/>
        <source>The backup was written to {path}.

Keep {key} with it: with your passphrase or recovery key, it unlocks the backup.</source>
        <translation>La copia de seguridad se guardó en {path}.

Guarde {key} junto a ella: con su frase de contraseña o su clave de recuperación, desbloquea la copia.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="182"/>
        <source>Backup failed</source>
        <translation>La copia de seguridad falló</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="192"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="194"/>
        <source>Replace what is in peerdesk now by the backup {name}? The current state is backed up first.</source>
        <translation>¿Sustituir lo que hay ahora en peerdesk por la copia {name}? Antes se hace una copia de seguridad del estado actual.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="203"/>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="207"/>
        <source>Restored</source>
        <translation>Restaurada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/backups.py" line="208"/>
        <source>The backup {name} was restored.</source>
        <translation>Se restauró la copia {name}.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="35"/>
        <source>first time</source>
        <translation>primera vez</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="64"/>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="67"/>
        <source>Type a name, then Enter</source>
        <translation>Escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="69"/>
        <source>Type part of a name; arrows move, Enter checks in the highlighted person</source>
        <translation>Escriba parte de un nombre; las flechas se mueven, Intro registra a la persona resaltada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="71"/>
        <source>Check-in search</source>
        <translation>Búsqueda para el registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="84"/>
        <source>Matching members</source>
        <translation>Miembros que coinciden</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="96"/>
        <source>Checked in</source>
        <translation>Registrados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="105"/>
        <source>Last check-in</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="107"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="114"/>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="120"/>
        <source>Undo last check-in</source>
        <translation>Deshacer el último registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="119"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="124"/>
        <source>Selected:</source>
        <translation>Selección:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="126"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="127"/>
        <source>Left early</source>
        <translation>Se fue antes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="128"/>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="134"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="135"/>
        <source>Undo the selected person&apos;s check-in</source>
        <translation>Deshacer el registro de la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="143"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="143"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="151"/>
        <source>{kind} {sign}</source>
        <translation>{kind} {sign}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="163"/>
        <source>{kind} count</source>
        <translation>Recuento: {kind}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="167"/>
        <source>F7 adds an anonymous person, F8 a guest; with Shift, takes one away</source>
        <translation>F7 suma una persona anónima, F8 un invitado; con Mayús, resta uno</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="230"/>
        <source>Total {total}  ·  {named} named, {anonymous} anonymous, {guests} guests</source>
        <translation>Total {total}  ·  {named} con nombre, {anonymous} anónimos, {guests} invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="278"/>
        <source>welcome, first time!</source>
        <translation>¡primera vez, bienvenida!</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="288"/>
        <source>{name} checked in</source>
        <translation>Se registró a {name}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="290"/>
        <source>{name} was already checked in</source>
        <translation>Ya se había registrado a {name}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="298"/>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="303"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="304"/>
        <source>Undid the check-in of {name}</source>
        <translation>Se deshizo el registro de {name}</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../../peerdesk/ui/table_model.py" line="37"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/table_model.py" line="39"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="28"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="19"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="29"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="30"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="40"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="20"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/checkin_view.py" line="33"/>
        <source>First time</source>
        <translation>Primera vez</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="23"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="24"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="25"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="21"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="26"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="24"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="27"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="31"/>
        <source>Came</source>
        <translation>Vino</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="32"/>
        <source>Last seen</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="34"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="35"/>
        <source>May contact</source>
        <translation>¿Contactar?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="38"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="18"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="39"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="41"/>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="25"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="32"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="33"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/import_dialog.py" line="34"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="22"/>
        <source>Anonymous</source>
        <translation>Anónimos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="23"/>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../peerdesk/i18n.py" line="90"/>
        <location filename="../../peerdesk/i18n.py" line="105"/>
        <source>{weekday} {day} {month} {year}</source>
        <translation>{weekday} {day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="96"/>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="96"/>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="97"/>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="97"/>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="98"/>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="98"/>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="99"/>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="99"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="100"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="100"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="101"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="101"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="101"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="102"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="102"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="103"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="103"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="104"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/i18n.py" line="104"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../peerdesk/ui/widgets.py" line="31"/>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="28"/>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="29"/>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="30"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="33"/>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="34"/>
        <source>Second</source>
        <translation>Segunda</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="35"/>
        <source>Third</source>
        <translation>Tercera</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="36"/>
        <source>Fourth</source>
        <translation>Cuarta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="37"/>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="40"/>
        <source>First name + initial</source>
        <translation>Nombre + inicial</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="41"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="42"/>
        <source>Anonymous headcount only</source>
        <translation>Solo recuento anónimo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="65"/>
        <source>Edit group</source>
        <translation>Editar grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="65"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="69"/>
        <source>grief, recovery, caregivers…</source>
        <translation>duelo, recuperación, cuidadores…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="73"/>
        <source>No regular schedule</source>
        <translation>Sin horario fijo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="96"/>
        <source>Every 2 weeks counts from the first meeting on this date</source>
        <translation>«Cada 2 semanas» cuenta desde la primera reunión en esta fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="102"/>
        <source>Printed on every sign-in sheet</source>
        <translation>Se imprime en cada hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="104"/>
        <source>Archived (kept for history, hidden from check-in)</source>
        <translation>Archivado (se conserva en el historial, oculto en el registro)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="111"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="112"/>
        <source>&amp;Focus</source>
        <translation>&amp;Enfoque</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="113"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="114"/>
        <source>&amp;Location</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="115"/>
        <source>Meets on</source>
        <translation>Se reúne el</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="116"/>
        <source>&amp;Repeats</source>
        <translation>&amp;Repetición</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="117"/>
        <source>Which week</source>
        <translation>Qué semana</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="118"/>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="119"/>
        <source>Lasts</source>
        <translation>Dura</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="120"/>
        <source>First meeting</source>
        <translation>Primera reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="121"/>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="122"/>
        <source>Sign-in &amp;style</source>
        <translation>E&amp;stilo de firma</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/group_editor.py" line="123"/>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="71"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="96"/>
        <source>Select someone to see their attendance history.</source>
        <translation>Seleccione a alguien para ver su historial de asistencia.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="69"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="73"/>
        <source>Reach out</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="67"/>
        <source>Missed meetings</source>
        <translation>Reuniones perdidas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="75"/>
        <source>Came to 3 or more earlier meetings but missed the last</source>
        <translation>Vino a 3 o más reuniones anteriores pero faltó a las últimas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="77"/>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="83"/>
        <source>Member history</source>
        <translation>Historial del miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="84"/>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="85"/>
        <source>Attendance by month</source>
        <translation>Asistencia por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/history_view.py" line="108"/>
        <source>every meeting attended</source>
        <translation>todas las reuniones a las que vino</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="21"/>
        <source>The database needs attention</source>
        <translation>La base de datos necesita atención</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="24"/>
        <source>The database file is damaged</source>
        <translation>El archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="28"/>
        <source>This can happen after a power cut, a full disk or a failing drive. Nothing has been deleted. Whatever you choose below, the damaged file is first moved to &lt;b&gt;{folder}&lt;/b&gt; and kept there.</source>
        <translation>Puede pasar tras un corte de luz, con el disco lleno o con un disco que falla. No se ha borrado nada. Elija lo que elija abajo, antes se mueve el archivo dañado a &lt;b&gt;{folder}&lt;/b&gt; y se conserva allí.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="40"/>
        <source>&lt;b&gt;Restore the latest backup&lt;/b&gt; (recommended): everything as it was on {date} at {time} — {members} members, {meetings} meetings, {notes} notes. Changes made after that are not in it.</source>
        <translation>&lt;b&gt;Restaurar la última copia de seguridad&lt;/b&gt; (recomendado): todo como estaba el {date} a las {time} — {members} miembros, {meetings} reuniones, {notes} notas. Los cambios posteriores no están en ella.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="52"/>
        <source>&lt;b&gt;There is no verified backup&lt;/b&gt; in the data folder to restore.</source>
        <translation>&lt;b&gt;No hay ninguna copia de seguridad verificada&lt;/b&gt; en la carpeta de datos para restaurar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="55"/>
        <source>&lt;b&gt;Rescue what can still be read&lt;/b&gt;: copies every readable record, table by table, into a new database. It may include newer changes than the backup, but records on the damaged parts of the file will be missing.</source>
        <translation>&lt;b&gt;Rescatar lo que aún se pueda leer&lt;/b&gt;: copia cada registro legible, tabla por tabla, a una base de datos nueva. Puede incluir cambios más recientes que la copia de seguridad, pero faltarán los registros de las partes dañadas del archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="65"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="68"/>
        <source>Restore the latest backup</source>
        <translation>Restaurar la última copia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="71"/>
        <source>Rescue what can be read</source>
        <translation>Rescatar lo legible</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="73"/>
        <source>Close without changing anything</source>
        <translation>Cerrar sin cambiar nada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="75"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="114"/>
        <source>The backup from {when} was restored; the damaged file is kept in the “damaged” folder.</source>
        <translation>Se restauró la copia del {when}; el archivo dañado se conserva en la carpeta «damaged».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/integrity_dialog.py" line="126"/>
        <source>The damaged file is kept in the “damaged” folder.</source>
        <translation>El archivo dañado se conserva en la carpeta «damaged».</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../peerdesk/ui/jobs.py" line="38"/>
        <source>Something went wrong ({error}); nothing was changed.</source>
        <translation>Algo salió mal ({error}); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="42"/>
        <source>Check in — {group}</source>
        <translation>Registro — {group}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="43"/>
        <source>Self check-in</source>
        <translation>Registro autónomo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="49"/>
        <source>Welcome to {group}</source>
        <translation>Bienvenidos a {group}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="52"/>
        <source>Type your first name, pick it, and press Check in.</source>
        <translation>Escriba su nombre, elíjalo y pulse Registrarme.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="55"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="56"/>
        <source>Your first name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="61"/>
        <source>Matching names</source>
        <translation>Nombres que coinciden</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="63"/>
        <source>Check in</source>
        <translation>Registrarme</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="68"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="78"/>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="79"/>
        <source>Coordinator passphrase</source>
        <translation>Frase de contraseña de la coordinación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="81"/>
        <source>Leave kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="83"/>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="86"/>
        <source>Passphrase error</source>
        <translation>Error de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="94"/>
        <source>Coordinator: leave kiosk…</source>
        <translation>Coordinación: salir del quiosco…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="129"/>
        <source>I&apos;m new here — check me in as “{name}”</source>
        <translation>Es mi primera vez: regístrenme como «{name}»</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="141"/>
        <source>Type at least three letters of your first name.</source>
        <translation>Escriba al menos tres letras de su nombre.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="149"/>
        <source>Welcome, {name}! You&apos;re checked in.</source>
        <translation>¡Hola, {name}! Su asistencia quedó registrada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="153"/>
        <source>Thank you, {name} — you&apos;re checked in.</source>
        <translation>Gracias, {name}: su asistencia quedó registrada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/kiosk.py" line="181"/>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="33"/>
        <source>&amp;Attendance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="55"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="78"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="79"/>
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="80"/>
        <source>Lock state</source>
        <translation>Estado del bloqueo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="108"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="110"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="114"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="127"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="134"/>
        <source>&amp;Search this pane</source>
        <translation>&amp;Buscar en esta sección</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="153"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="157"/>
        <source>&amp;About peerdesk</source>
        <translation>A&amp;cerca de peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="268"/>
        <source>🔓 Unlocked</source>
        <translation>🔓 Desbloqueado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="268"/>
        <source>🔒 Locked</source>
        <translation>🔒 Bloqueado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="273"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>MatchListModel</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="74"/>
        <source>+ Add ‘{name}’ as a new member</source>
        <translation>+ Añadir «{name}» como miembro nuevo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="79"/>
        <source>already checked in</source>
        <translation>ya registrado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="81"/>
        <source>not yet in this group</source>
        <translation>aún no está en este grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="84"/>
        <source>Creates the member, adds them to this group and checks them in</source>
        <translation>Crea el miembro, lo añade a este grupo y lo registra</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="26"/>
        <source>Move meeting</source>
        <translation>Mover reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="26"/>
        <source>Add a meeting</source>
        <translation>Añadir una reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="37"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="38"/>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meeting_dialog.py" line="39"/>
        <source>T&amp;opic</source>
        <translation>&amp;Tema</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="39"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="40"/>
        <source>Search this group&apos;s meetings by topic, status or date (e.g. 2026-03)</source>
        <translation>Buscar reuniones de este grupo por tema, estado o fecha (p. ej. 2026-03)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="43"/>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="62"/>
        <source>Open for check-in</source>
        <translation>Abrir para el registro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="63"/>
        <source>Add a meeting…</source>
        <translation>Añadir una reunión…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="64"/>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/meetings_view.py" line="65"/>
        <source>Cancel meeting</source>
        <translation>Cancelar reunión</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="24"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="25"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="26"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="27"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="28"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="29"/>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="30"/>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="31"/>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
</context>
<context>
    <name>PaperModeDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="31"/>
        <source>Paper mode — {group}</source>
        <translation>Modo papel — {group}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="36"/>
        <source>Names are in the order of the printed sheet. &lt;b&gt;Space&lt;/b&gt; ticks and moves on; arrows move.</source>
        <translation>Los nombres siguen el orden de la hoja impresa. La &lt;b&gt;barra espaciadora&lt;/b&gt; marca y avanza; las flechas se mueven.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="42"/>
        <source>Roster in printed order</source>
        <translation>Lista en el orden impreso</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="50"/>
        <source>Ticked</source>
        <translation>Marcados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="52"/>
        <source>A name written on a blank row</source>
        <translation>Un nombre escrito en una fila en blanco</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="53"/>
        <source>Newcomer name</source>
        <translation>Nombre de la persona nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="55"/>
        <source>Add and tick</source>
        <translation>Añadir y marcar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="110"/>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/paper_mode.py" line="141"/>
        <source>Added {name} as a new member, ticked.</source>
        <translation>{name} añadido como miembro nuevo y marcado.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="40"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="41"/>
        <source>{count} page(s)</source>
        <translation>{count} página(s)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="44"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="46"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="48"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="72"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="77"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="88"/>
        <source>Could not save {file}: {reason}.</source>
        <translation>No se pudo guardar {file}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/pdf_preview.py" line="94"/>
        <source>Saved {file}.</source>
        <translation>Guardado {file}.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="195"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="197"/>
        <source>Save recovery sheet as PDF…</source>
        <translation>Guardar la hoja de recuperación en PDF…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="199"/>
        <source>Print recovery sheet…</source>
        <translation>Imprimir la hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="205"/>
        <source>I have printed or saved the recovery sheet and will keep it locked away</source>
        <translation>He impreso o guardado la hoja de recuperación y la guardaré bajo llave</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="207"/>
        <source>Continue to peerdesk</source>
        <translation>Continuar a peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="216"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="219"/>
        <source>If you forget your passphrase, this key is the only way back into your data. It is shown only now. Print the recovery sheet and keep it somewhere safe, away from this laptop.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de volver a sus datos. Solo se muestra ahora. Imprima la hoja de recuperación y guárdela en un lugar seguro, lejos de este portátil.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="262"/>
        <source>Save recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="270"/>
        <source>The recovery sheet could not be saved ({reason}).</source>
        <translation>No se pudo guardar la hoja de recuperación ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="278"/>
        <source>Saved to {path}. Print it, then delete the file if it is on this laptop.</source>
        <translation>Guardada en {path}. Imprímala y después borre el archivo si está en este portátil.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="287"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="25"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="26"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="27"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="28"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="29"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="41"/>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="47"/>
        <source>Choose the backup to go back to. What is in peerdesk now is backed up first, so you can undo this by restoring again.</source>
        <translation>Elija la copia de seguridad a la que volver. Antes se hace una copia de lo que hay ahora en peerdesk, así que puede deshacerlo restaurando otra vez.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="71"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="80"/>
        <source>There are no backups in the data folder yet.</source>
        <translation>Aún no hay copias de seguridad en la carpeta de datos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="86"/>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="89"/>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="124"/>
        <source>Choose a peerdesk backup</source>
        <translation>Elegir una copia de seguridad de peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/restore_dialog.py" line="124"/>
        <source>peerdesk backups (*.db)</source>
        <translation>Copias de seguridad de peerdesk (*.db)</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../peerdesk/ui/session.py" line="153"/>
        <source>Checking the database file</source>
        <translation>Comprobando el archivo de la base de datos</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="52"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="56"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="65"/>
        <source>Organisation and privacy</source>
        <translation>Organización y privacidad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="49"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="67"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="58"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="64"/>
        <source>Suppression threshold</source>
        <translation>Umbral de ocultación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="68"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="69"/>
        <source>Lock when idle for</source>
        <translation>Bloquear tras inactividad de</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Hide report counts below</source>
        <translation>Ocultar recuentos menores de</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="74"/>
        <source>In funder reports, demographic counts below this number print as “&amp;lt;k” so nobody can be recognised (at least {k}).</source>
        <translation>En los informes para financiadores, los recuentos demográficos menores de este número se imprimen como «&amp;lt;k» para que nadie pueda ser reconocido (mínimo {k}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="86"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="88"/>
        <source>Print a new recovery sheet…</source>
        <translation>Nueva hoja de recuperación…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="90"/>
        <source>Makes a new recovery key (the old sheet stops working) and prints it</source>
        <translation>Crea una clave de recuperación nueva (la hoja anterior deja de servir) y la imprime</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="95"/>
        <source>Passphrase status</source>
        <translation>Estado de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="96"/>
        <source>Passphrase and recovery key</source>
        <translation>Frase de contraseña y clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="83"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="98"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="84"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="99"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="85"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="100"/>
        <source>Repeat new passphrase</source>
        <translation>Repita la frase nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="111"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="110"/>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="117"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="119"/>
        <source>Show peerdesk in</source>
        <translation>Mostrar peerdesk en</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="120"/>
        <source>Takes effect when peerdesk restarts.</source>
        <translation>Se aplica cuando peerdesk se vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="165"/>
        <source>The new passphrase cannot be empty.</source>
        <translation>La frase de contraseña nueva no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="168"/>
        <source>The two new passphrases do not match.</source>
        <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="176"/>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Frase de contraseña cambiada. Use la nueva a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="185"/>
        <source>{reason} Type the current passphrase first.</source>
        <translation>{reason} Escriba antes la frase de contraseña actual.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="205"/>
        <source>A new recovery key was made and sent to the printer. Destroy the old sheet.</source>
        <translation>Se creó una clave de recuperación nueva y se envió a la impresora. Destruya la hoja anterior.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/settings_dialog.py" line="211"/>
        <source>A new recovery key was made but not printed — print another one now, or the data cannot be recovered if the passphrase is forgotten.</source>
        <translation>Se creó una clave de recuperación nueva pero no se imprimió: imprima otra ahora, o los datos no se podrán recuperar si se olvida la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../peerdesk/ui/dialogs/shortcuts_dialog.py" line="89"/>
        <location filename="../../peerdesk/ui/dialogs/shortcuts_dialog.py" line="99"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/shortcuts_dialog.py" line="92"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/shortcuts_dialog.py" line="92"/>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/dialogs/shortcuts_dialog.py" line="92"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="22"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="23"/>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="24"/>
        <source>Left early</source>
        <translation>Se fue antes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="25"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="26"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/attendance/models.py" line="27"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>TablePane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="76"/>
        <source>Search {title}</source>
        <translation>Buscar {title}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="79"/>
        <source>Number of rows</source>
        <translation>Número de filas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="82"/>
        <source>{title} table</source>
        <translation>Tabla de {title}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/base.py" line="91"/>
        <source>Copy rows</source>
        <translation>Copiar filas</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="35"/>
        <source>peerdesk is locked</source>
        <translation>peerdesk está bloqueado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="38"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="40"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="44"/>
        <source>Forgot passphrase?</source>
        <translation>¿Olvidó la frase de contraseña?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="52"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="54"/>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="55"/>
        <source>Repeat new passphrase</source>
        <translation>Repita la frase nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="56"/>
        <source>Unlock and set the new passphrase</source>
        <translation>Desbloquear y poner la frase nueva</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="62"/>
        <source>Type the key from your printed recovery sheet and choose a new passphrase.</source>
        <translation>Escriba la clave de su hoja de recuperación impresa y elija una frase de contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="66"/>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="67"/>
        <source>New passphrase:</source>
        <translation>Frase nueva:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="68"/>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="78"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="97"/>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="99"/>
        <source>This is the demo database; its passphrase is “demo”.</source>
        <translation>Esta es la base de datos de demostración; su frase de contraseña es «demo».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/lock_screen.py" line="121"/>
        <source>The two new passphrases do not match.</source>
        <translation>Las dos frases nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="36"/>
        <source>Choose a peerdesk backup</source>
        <translation>Elegir una copia de seguridad de peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="38"/>
        <source>peerdesk backups (*.db)</source>
        <translation>Copias de seguridad de peerdesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="65"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="66"/>
        <source>e.g. Riverside Peer Support</source>
        <translation>p. ej. Apoyo Mutuo del Río</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="68"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="69"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="70"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="73"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="76"/>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="80"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="84"/>
        <source>Use four or more words you can remember; nobody can recover data without it or the recovery sheet.</source>
        <translation>Use cuatro o más palabras que pueda recordar; nadie puede recuperar los datos sin ella o sin la hoja de recuperación.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="90"/>
        <source>Create encrypted database</source>
        <translation>Crear la base de datos cifrada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="100"/>
        <source>Welcome to peerdesk</source>
        <translation>Le damos la bienvenida a peerdesk</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="103"/>
        <source>peerdesk keeps attendance, confidential notes and your resource library on this laptop, encrypted with a passphrase. Let&apos;s create your database.</source>
        <translation>peerdesk guarda la asistencia, las notas confidenciales y su biblioteca de recursos en este portátil, cifradas con una frase de contraseña. Vamos a crear su base de datos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="110"/>
        <source>Organisation name:</source>
        <translation>Nombre de la organización:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="111"/>
        <source>Paper size:</source>
        <translation>Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="112"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="114"/>
        <source>Repeat passphrase:</source>
        <translation>Repita la frase:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="121"/>
        <source>&lt;b&gt;Moving from another computer?&lt;/b&gt; Type the passphrase (or recovery key) of your backup above, then choose the backup file; its .key file must be beside it.</source>
        <translation>&lt;b&gt;¿Viene de otra computadora?&lt;/b&gt; Escriba arriba la frase de contraseña (o la clave de recuperación) de su copia de seguridad y luego elija el archivo de la copia; su archivo .key debe estar junto a él.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="126"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="136"/>
        <source>Strength: {hint}</source>
        <translation>Solidez: {hint}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="141"/>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/welcome.py" line="163"/>
        <source>Type the backup&apos;s passphrase or recovery key in the Passphrase field first.</source>
        <translation>Escriba primero la frase de contraseña o la clave de recuperación de la copia en el campo Frase de contraseña.</translation>
    </message>
</context>
</TS>
