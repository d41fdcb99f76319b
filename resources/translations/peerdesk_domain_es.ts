<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="46"/>
        <source>1 byte</source>
        <translation>1 byte</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="47"/>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="58"/>
        <source>{name} is {size}; attachments can be at most {most} — attach a smaller copy, or link to the file with the resource&apos;s web address instead.</source>
        <translation>{name} ocupa {size}; los archivos adjuntos pueden ocupar como máximo {most}: adjunte una copia más pequeña o enlace el archivo con la dirección web del recurso.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="80"/>
        <source>{name} is empty; there is nothing to attach.</source>
        <translation>{name} está vacío; no hay nada que adjuntar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="85"/>
        <source>That resource no longer exists.</source>
        <translation>Ese recurso ya no existe.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="108"/>
        <source>{name} is not a file.</source>
        <translation>{name} no es un archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="115"/>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="119"/>
        <source>You do not have permission to read {name}.</source>
        <translation>No tiene permiso para leer {name}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="126"/>
        <source>The file {name} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="148"/>
        <source>This resource has no attached file.</source>
        <translation>Este recurso no tiene ningún archivo adjunto.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attachments.py" line="167"/>
        <source>The copy could not be saved ({reason}).</source>
        <translation>No se pudo guardar la copia ({reason}).</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../peerdesk/domain/attendance.py" line="172"/>
        <location filename="../../peerdesk/domain/attendance.py" line="212"/>
        <source>Unknown attendance status &apos;{status}&apos;.</source>
        <translation>Estado de asistencia desconocido: «{status}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance.py" line="178"/>
        <source>This meeting was cancelled; nobody can check in to it.</source>
        <translation>Esta reunión se canceló; nadie puede registrar su asistencia.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance.py" line="227"/>
        <source>Type the newcomer&apos;s name first.</source>
        <translation>Escriba primero el nombre de la persona nueva.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="46"/>
        <source>There is not enough free space in {folder} for the backup; nothing was written.</source>
        <translation>No hay espacio libre suficiente en {folder} para la copia de seguridad; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="57"/>
        <source>The folder {folder} cannot be written to; nothing was written.</source>
        <translation>No se puede escribir en la carpeta {folder}; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="63"/>
        <source>The backup could not be written to {folder} ({reason}).</source>
        <translation>No se pudo escribir la copia de seguridad en {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="68"/>
        <source>The backup could not be written to {folder} (the disk is full or failing); nothing was written.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder} (el disco está lleno o falla); no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="82"/>
        <source>The backup could not be read back.</source>
        <translation>No se pudo volver a leer la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="86"/>
        <location filename="../../peerdesk/domain/backup.py" line="88"/>
        <source>The backup failed its integrity check.</source>
        <translation>La copia de seguridad no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="255"/>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="260"/>
        <source>The backup {name} is incomplete (the file was cut short).</source>
        <translation>La copia de seguridad {name} está incompleta (el archivo quedó cortado).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="268"/>
        <source>The backup {name} cannot be opened: it is damaged or was made for another database.</source>
        <translation>No se puede abrir la copia de seguridad {name}: está dañada o se hizo para otra base de datos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="273"/>
        <source>The backup {name} is damaged or incomplete.</source>
        <translation>La copia de seguridad {name} está dañada o incompleta.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="287"/>
        <source>The backup {name} was made by a newer version of peerdesk; update peerdesk to restore it.</source>
        <translation>La copia de seguridad {name} se hizo con una versión más reciente de peerdesk; actualice peerdesk para restaurarla.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="296"/>
        <source>The backup {name} is not a peerdesk database.</source>
        <translation>La copia de seguridad {name} no es una base de datos de peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="47"/>
        <source>settings</source>
        <translation>ajustes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="47"/>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="48"/>
        <source>handouts</source>
        <translation>folletos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="52"/>
        <source>groups</source>
        <translation>grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="53"/>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="54"/>
        <source>group memberships</source>
        <translation>pertenencias a grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="55"/>
        <source>meetings</source>
        <translation>reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="56"/>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="57"/>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="61"/>
        <source>attached files</source>
        <translation>archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="68"/>
        <source>The database file {name} is damaged: some of what it holds can no longer be read, so peerdesk has stopped writing to it.</source>
        <translation>El archivo de base de datos {name} está dañado: parte de su contenido ya no se puede leer, así que peerdesk ha dejado de escribir en él.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="128"/>
        <source>A leftover journal file that did not belong to this database was set aside as {path}; the database itself was not changed.</source>
        <translation>Se apartó como {path} un archivo de registro sobrante que no pertenecía a esta base de datos; la base de datos no se modificó.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="136"/>
        <source>peerdesk did not close properly last time and its journal file (peerdesk.db-wal) is missing, so the most recent changes may be lost; restore the latest backup if something is missing.</source>
        <translation>peerdesk no se cerró correctamente la última vez y falta su archivo de registro (peerdesk.db-wal), por lo que pueden haberse perdido los cambios más recientes; restaure la última copia de seguridad si falta algo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="187"/>
        <source>{n} members</source>
        <translation>{n} miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="188"/>
        <source>{n} meetings</source>
        <translation>{n} reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="189"/>
        <source>{n} notes</source>
        <translation>{n} notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="193"/>
        <source>Everything could be read: {counts}.</source>
        <translation>Se pudo leer todo: {counts}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="195"/>
        <source>links</source>
        <translation>vínculos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="198"/>
        <source>Rescued {counts}; some records could not be read ({where}).</source>
        <translation>Se rescataron {counts}; algunos registros no se pudieron leer ({where}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="252"/>
        <source>Nothing could be read from the damaged file; restore a backup instead.</source>
        <translation>No se pudo leer nada del archivo dañado; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="286"/>
        <source>The rescued database did not pass its check; restore a backup.</source>
        <translation>La base de datos rescatada no superó la comprobación; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/restore.py" line="41"/>
        <source>The backup {name} belongs to another database and its passphrase or recovery key was not accepted.</source>
        <translation>La copia de seguridad {name} pertenece a otra base de datos y no se aceptó su frase de contraseña ni su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/restore.py" line="116"/>
        <source>{folder} already holds a peerdesk database.</source>
        <translation>{folder} ya contiene una base de datos de peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/restore.py" line="123"/>
        <source>The key copy {name} must be beside the backup to restore it on a new computer.</source>
        <translation>La copia de la clave {name} debe estar junto a la copia de seguridad para restaurarla en otro equipo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/restore.py" line="132"/>
        <source>That is neither the passphrase nor the recovery key of this backup.</source>
        <translation>No es ni la frase de contraseña ni la clave de recuperación de esta copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="16"/>
        <source>The database file is damaged ({detail}).</source>
        <translation>El archivo de base de datos está dañado ({detail}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="24"/>
        <source>{n} rows point to records that no longer exist (first in table {table}).</source>
        <translation>{n} filas apuntan a registros que ya no existen (la primera en la tabla {table}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="32"/>
        <source>{n} attendance records belong to cancelled meetings.</source>
        <translation>{n} registros de asistencia pertenecen a reuniones canceladas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="36"/>
        <source>{n} meetings have a negative headcount.</source>
        <translation>{n} reuniones tienen un recuento negativo de asistentes.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="40"/>
        <source>{n} members have no name.</source>
        <translation>{n} miembros no tienen nombre.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="44"/>
        <source>{n} meetings have an unknown status.</source>
        <translation>{n} reuniones tienen un estado desconocido.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="48"/>
        <source>{n} attendance records have an unknown status.</source>
        <translation>{n} registros de asistencia tienen un estado desconocido.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="52"/>
        <source>The schema version table has {n} duplicate rows.</source>
        <translation>La tabla de versión del esquema tiene {n} filas duplicadas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="56"/>
        <source>{n} group memberships end before they start.</source>
        <translation>{n} pertenencias a grupos terminan antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="60"/>
        <source>{n} group memberships have an unknown role.</source>
        <translation>{n} pertenencias a grupos tienen una función desconocida.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="64"/>
        <source>{n} notes have an unknown kind.</source>
        <translation>{n} notas tienen un tipo desconocido.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="68"/>
        <source>{n} attached files are not the size they should be.</source>
        <translation>{n} archivos adjuntos no tienen el tamaño que deberían.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="73"/>
        <source>{n} handouts list two resources in the same place.</source>
        <translation>{n} folletos tienen dos recursos en la misma posición.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="98"/>
        <source>{n} members cannot be found by search (their search text is stale).</source>
        <translation>{n} miembros no aparecen en las búsquedas (su texto de búsqueda está desactualizado).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/check.py" line="108"/>
        <source>The setting {key} is invalid: {reason}</source>
        <translation>El ajuste {key} no es válido: {reason}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/db.py" line="68"/>
        <source>The database {path} cannot be opened: it is damaged or belongs to another key file.</source>
        <translation>No se puede abrir la base de datos {path}: está dañada o pertenece a otro archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/db.py" line="90"/>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/db.py" line="105"/>
        <source>This database was written by a newer version of peerdesk; please update peerdesk.</source>
        <translation>Esta base de datos se escribió con una versión más reciente de peerdesk; actualice peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/instance_lock.py" line="114"/>
        <source>The data folder {folder} is inside a cloud-sync folder; syncing an open database can damage it, so keep peerdesk&apos;s data in a local folder and use backups instead.</source>
        <translation>La carpeta de datos {folder} está dentro de una carpeta sincronizada con la nube; sincronizar una base de datos abierta puede dañarla, así que guarde los datos de peerdesk en una carpeta local y use copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/instance_lock.py" line="121"/>
        <source>The data folder {folder} is on a network or shared drive ({fstype}); keep peerdesk&apos;s data in a local folder, because a dropped connection can damage an open database.</source>
        <translation>La carpeta de datos {folder} está en una unidad de red o compartida ({fstype}); guarde los datos de peerdesk en una carpeta local, porque una conexión interrumpida puede dañar una base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="18"/>
        <source>CONFIDENTIAL — contact list of members who agreed to be contacted; do not share</source>
        <translation>CONFIDENCIAL — lista de contacto de miembros que aceptaron ser contactados; no la comparta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="22"/>
        <location filename="../../peerdesk/domain/exports.py" line="231"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="23"/>
        <location filename="../../peerdesk/domain/exports.py" line="231"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="24"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="25"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="26"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/contacts_export.py" line="27"/>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="31"/>
        <source>CONFIDENTIAL: this file names people who attend peer-support groups. Keep it private and delete it when done.</source>
        <translation>CONFIDENCIAL: este archivo nombra a personas que asisten a grupos de apoyo mutuo. Manténgalo en privado y elimínelo cuando termine.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="39"/>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="40"/>
        <source>Named attendances</source>
        <translation>Asistencias con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="41"/>
        <source>Anonymous and guest attendances</source>
        <translation>Asistencias anónimas y de invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="42"/>
        <source>Total attendances</source>
        <translation>Asistencias totales</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="43"/>
        <source>Unduplicated participants</source>
        <translation>Participantes únicos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="44"/>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="45"/>
        <source>Returning participants</source>
        <translation>Participantes que regresan</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="46"/>
        <source>Average attendance per meeting</source>
        <translation>Asistencia media por reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="47"/>
        <source>Retained participants (3+ attendances)</source>
        <translation>Participantes retenidos (3 o más asistencias)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="50"/>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="51"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="52"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="79"/>
        <source>Choose a file name ending in {endings}.</source>
        <translation>Elija un nombre de archivo que termine en {endings}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="108"/>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="109"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="110"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="121"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="124"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="125"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="126"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="137"/>
        <location filename="../../peerdesk/domain/exports.py" line="161"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="141"/>
        <source>By month {month}</source>
        <translation>Por mes {month}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="142"/>
        <source>By group {group}</source>
        <translation>Por grupo {group}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="162"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="162"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="165"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="166"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="170"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="171"/>
        <location filename="../../peerdesk/domain/exports.py" line="235"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="181"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="182"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="183"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="185"/>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="234"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="236"/>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="238"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="255"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="315"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="33"/>
        <source>There is no group named &apos;{name}&apos;.</source>
        <translation>No hay ningún grupo llamado «{name}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="65"/>
        <location filename="../../peerdesk/domain/groups.py" line="115"/>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="68"/>
        <source>Unknown recurrence &apos;{value}&apos;.</source>
        <translation>Periodicidad desconocida: «{value}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="72"/>
        <source>Unknown sign-in style &apos;{value}&apos;.</source>
        <translation>Estilo de hoja de firmas desconocido: «{value}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="77"/>
        <source>The weekday must be Monday to Sunday.</source>
        <translation>El día de la semana debe ser de lunes a domingo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="81"/>
        <source>A monthly group meets on the 1st to 4th, or the last, weekday.</source>
        <translation>Un grupo mensual se reúne el primer, segundo, tercer, cuarto o último día de la semana elegido del mes.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="89"/>
        <source>&apos;{value}&apos; is not a time like 19:00.</source>
        <translation>«{value}» no es una hora como 19:00.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="93"/>
        <source>A meeting lasts between 1 minute and 24 hours.</source>
        <translation>Una reunión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/groups.py" line="108"/>
        <source>There is already a group named &apos;{name}&apos;.</source>
        <translation>Ya existe un grupo llamado «{name}».</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../../peerdesk/domain/handouts.py" line="28"/>
        <source>A handout needs a title.</source>
        <translation>Un folleto necesita un título.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/handouts.py" line="31"/>
        <source>Add at least one resource to the handout.</source>
        <translation>Añada al menos un recurso al folleto.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/handouts.py" line="36"/>
        <source>There is no resource with ID {id}.</source>
        <translation>No hay ningún recurso con el ID {id}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/handouts.py" line="50"/>
        <location filename="../../peerdesk/domain/handouts.py" line="66"/>
        <source>That handout no longer exists.</source>
        <translation>Ese folleto ya no existe.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="74"/>
        <source>Imported {added} attendance records from {rows} rows; {skipped} already present; {members} new members, {groups} new groups, {meetings} new meetings.</source>
        <translation>Se importaron {added} registros de asistencia de {rows} filas; {skipped} ya existían; {members} miembros nuevos, {groups} grupos nuevos, {meetings} reuniones nuevas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="80"/>
        <source>Would import {added} attendance records from {rows} rows; {skipped} already present; {members} new members, {groups} new groups, {meetings} new meetings.</source>
        <translation>Se importarían {added} registros de asistencia de {rows} filas; {skipped} ya existen; {members} miembros nuevos, {groups} grupos nuevos, {meetings} reuniones nuevas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="94"/>
        <source> {n} problems: nothing was imported.</source>
        <translation> {n} problemas: no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="142"/>
        <source>no &apos;{column}&apos; column found</source>
        <translation>no se encontró la columna «{column}»</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="145"/>
        <source>no &apos;name&apos; or &apos;member uuid&apos; column found</source>
        <translation>no se encontró la columna «name» ni «member uuid»</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="157"/>
        <source>dates like this one could be day/month or month/day; choose the date order (--date-order dmy or mdy)</source>
        <translation>fechas como esta pueden ser día/mes o mes/día; elija el orden de las fechas (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="163"/>
        <source>this file mixes day/month and month/day dates; choose the date order (--date-order dmy or mdy)</source>
        <translation>este archivo mezcla fechas día/mes y mes/día; elija el orden de las fechas (--date-order dmy o mdy)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="199"/>
        <source>no group given</source>
        <translation>no se indica el grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="208"/>
        <source>unknown status &apos;{status}&apos; (use present, late or left early)</source>
        <translation>estado desconocido «{status}» (use present, late o left early)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="222"/>
        <source>no member has this uuid</source>
        <translation>ningún miembro tiene este uuid</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="233"/>
        <source>&apos;{name}&apos; matches several members; use the member uuid</source>
        <translation>«{name}» coincide con varios miembros; use el uuid del miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="248"/>
        <source>no member named &apos;{name}&apos; (use --create-members to add them)</source>
        <translation>no hay ningún miembro llamado «{name}» (use --create-members para añadirlo)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="256"/>
        <source>no name given</source>
        <translation>no se indica el nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="304"/>
        <source>that meeting was cancelled; it cannot have attendance</source>
        <translation>esa reunión se canceló; no puede tener asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="79"/>
        <source>likely duplicate: {reason}</source>
        <translation>probable duplicado: {reason}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="105"/>
        <source>&apos;{text}&apos; is not yes or no</source>
        <translation>«{text}» no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="139"/>
        <source>same name and email as {who}</source>
        <translation>mismo nombre y correo electrónico que {who}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="140"/>
        <source>same name and phone as {who}</source>
        <translation>mismo nombre y teléfono que {who}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="142"/>
        <source>same name as {who}, with no email or phone to tell them apart</source>
        <translation>mismo nombre que {who}, sin correo electrónico ni teléfono para distinguirlos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="157"/>
        <source>{name}, already in the database</source>
        <translation>{name}, ya en la base de datos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="183"/>
        <source>{file} has no name column: add a column headed &apos;Name&apos;, &apos;First name&apos; or &apos;Preferred name&apos; and try again.</source>
        <translation>{file} no tiene columna de nombre: añada una columna con el encabezado «Name», «First name» o «Preferred name» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="187"/>
        <location filename="../../peerdesk/domain/member_import.py" line="274"/>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="236"/>
        <source>no name: the row needs a preferred, first or full name</source>
        <translation>sin nombre: la fila necesita un nombre preferido, un nombre de pila o un nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="247"/>
        <source>row {n}</source>
        <translation>fila {n}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="263"/>
        <source>{file} has 1 problem; nothing was imported. Fix it and import again.</source>
        <translation>{file} tiene 1 problema; no se importó nada. Corríjalo e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="268"/>
        <source>{file} has {n} problems; nothing was imported. Fix them and import again.</source>
        <translation>{file} tiene {n} problemas; no se importó nada. Corríjalos e importe de nuevo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="353"/>
        <source>Would import 1 member</source>
        <translation>Se importaría 1 miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="355"/>
        <source>Imported 1 member</source>
        <translation>Se importó 1 miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="357"/>
        <source>Would import {count} members</source>
        <translation>Se importarían {count} miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="359"/>
        <source>Imported {count} members</source>
        <translation>Se importaron {count} miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="363"/>
        <source> into {group} (new group)</source>
        <translation> en {group} (grupo nuevo)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="365"/>
        <source> into {group}</source>
        <translation> en {group}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="367"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="368"/>
        <source>{what}{where} from {file}.</source>
        <translation>{what}{where} desde {file}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="377"/>
        <source> Skipped 1 likely duplicate (row {rows}).</source>
        <translation> Se omitió 1 probable duplicado (fila {rows}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="379"/>
        <source> Skipped {n} likely duplicates (rows {rows}).</source>
        <translation> Se omitieron {n} probables duplicados (filas {rows}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="384"/>
        <source> Ignored column: {names}.</source>
        <translation> Columna ignorada: {names}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="386"/>
        <source> Ignored columns: {names}.</source>
        <translation> Columnas ignoradas: {names}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="70"/>
        <source>1 resource to add</source>
        <translation>1 recurso para añadir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="72"/>
        <source>{n} resources to add</source>
        <translation>{n} recursos para añadir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="75"/>
        <source>, {n} skipped (already in the library or inactive)</source>
        <translation>, {n} omitidos (ya en la biblioteca o inactivos)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="81"/>
        <source>; 1 problem to fix first — nothing will be imported</source>
        <translation>; 1 problema que corregir antes — no se importará nada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="83"/>
        <source>; {n} problems to fix first — nothing will be imported</source>
        <translation>; {n} problemas que corregir antes — no se importará nada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="171"/>
        <source>already in the library</source>
        <translation>ya está en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="191"/>
        <source>{name} has no Title column, so it is not a resource list.</source>
        <translation>{name} no tiene columna «Title», así que no es una lista de recursos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="195"/>
        <source>library CSV</source>
        <translation>CSV de la biblioteca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="111"/>
        <source>{name} is too large to be a resource directory.</source>
        <translation>{name} es demasiado grande para ser un directorio de recursos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="119"/>
        <source>{name} is not a readable zip file.</source>
        <translation>{name} no es un archivo zip legible.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="129"/>
        <source>{name} has no services.csv; an Open Referral directory needs at least that file.</source>
        <translation>{name} no tiene services.csv; un directorio Open Referral necesita al menos ese archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="153"/>
        <source>{name} has no {column} column.</source>
        <translation>{name} no tiene la columna {column}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="171"/>
        <source>Open Referral directory</source>
        <translation>directorio Open Referral</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="183"/>
        <source>the service has no id</source>
        <translation>el servicio no tiene id</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="186"/>
        <source>the id {id} is used twice</source>
        <translation>el id {id} se usa dos veces</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="195"/>
        <source>no organization has the id {id}</source>
        <translation>ninguna organización tiene el id {id}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="208"/>
        <location filename="../../peerdesk/domain/hsds_import.py" line="241"/>
        <source>no service has the id {id}</source>
        <translation>ningún servicio tiene el id {id}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="216"/>
        <source>no location has the id {id}</source>
        <translation>ninguna ubicación tiene el id {id}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="269"/>
        <source>{status} in the directory</source>
        <translation>{status} en el directorio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="245"/>
        <location filename="../../peerdesk/domain/tabular.py" line="83"/>
        <source>The file {name} does not exist.</source>
        <translation>El archivo {name} no existe.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="258"/>
        <source>{name} has {n} problem(s); nothing was imported.</source>
        <translation>{name} tiene {n} problema(s); no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="87"/>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="91"/>
        <source>You do not have permission to open {name}.</source>
        <translation>No tiene permiso para abrir {name}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="96"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="98"/>
        <source>The file {name} could not be read ({reason}).</source>
        <translation>No se pudo leer el archivo {name} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="114"/>
        <source>{name} is an old-style or password-protected Excel file; save it as .xlsx or CSV without a password and try again.</source>
        <translation>{name} es un archivo de Excel antiguo o protegido con contraseña; guárdelo como .xlsx o CSV sin contraseña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="122"/>
        <source>{name} cannot be read; save it as .xlsx or CSV and try again.</source>
        <translation>No se puede leer {name}; guárdelo como .xlsx o CSV e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="141"/>
        <location filename="../../peerdesk/domain/tabular.py" line="156"/>
        <source>{name} is not a readable Excel file.</source>
        <translation>{name} no es un archivo de Excel legible.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="146"/>
        <source>{name} has no worksheet.</source>
        <translation>{name} no tiene ninguna hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="190"/>
        <source>{name} is not a readable text file.</source>
        <translation>{name} no es un archivo de texto legible.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="209"/>
        <source>{name} does not look like a text or spreadsheet file.</source>
        <translation>{name} no parece un archivo de texto ni una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="215"/>
        <location filename="../../peerdesk/domain/tabular.py" line="284"/>
        <source>The file {name} is empty.</source>
        <translation>El archivo {name} está vacío.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="222"/>
        <source>{name} could not be read as a table (a cell may be extremely long).</source>
        <translation>No se pudo leer {name} como tabla (puede que una celda sea demasiado larga).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="311"/>
        <source>Column {n}</source>
        <translation>Columna {n}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="96"/>
        <source>no date given</source>
        <translation>no se indica la fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="109"/>
        <source>ambiguous date: &apos;{text}&apos; (day/month or month/day?)</source>
        <translation>fecha ambigua: «{text}» (¿día/mes o mes/día?)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="116"/>
        <location filename="../../peerdesk/domain/dates.py" line="121"/>
        <source>not a date: &apos;{text}&apos;</source>
        <translation>no es una fecha: «{text}»</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="200"/>
        <source>not a birth year: &apos;{text}&apos;</source>
        <translation>no es un año de nacimiento: «{text}»</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="203"/>
        <source>birth year {year} is in the future</source>
        <translation>el año de nacimiento {year} es futuro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/dates.py" line="206"/>
        <source>birth year {year} is before 1900</source>
        <translation>el año de nacimiento {year} es anterior a 1900</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="490"/>
        <source>row</source>
        <translation>fila</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="491"/>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/tabular.py" line="492"/>
        <source>message</source>
        <translation>problema</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="38"/>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="43"/>
        <source>That recovery key does not match this database.</source>
        <translation>Esa clave de recuperación no corresponde a esta base de datos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="48"/>
        <source>The passphrase cannot be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="164"/>
        <source>The key file {path} was written by a newer version of peerdesk.</source>
        <translation>El archivo de clave {path} se escribió con una versión más reciente de peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="168"/>
        <source>The key file was written by a newer version of peerdesk.</source>
        <translation>El archivo de clave se escribió con una versión más reciente de peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="177"/>
        <source>The key file {path} is damaged and cannot be read.</source>
        <translation>El archivo de clave {path} está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="181"/>
        <location filename="../../peerdesk/domain/keys.py" line="217"/>
        <location filename="../../peerdesk/domain/keys.py" line="228"/>
        <source>The key file is damaged and cannot be read.</source>
        <translation>El archivo de clave está dañado y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="191"/>
        <source>The key file {path} is missing.</source>
        <translation>Falta el archivo de clave {path}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="195"/>
        <source>The key file {path} cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de clave {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../peerdesk/domain/meetings.py" line="140"/>
        <location filename="../../peerdesk/domain/meetings.py" line="169"/>
        <source>Unknown meeting status &apos;{status}&apos;.</source>
        <translation>Estado de reunión desconocido: «{status}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/meetings.py" line="182"/>
        <source>People are checked in to this meeting; undo their check-ins first.</source>
        <translation>Hay personas registradas en esta reunión; deshaga primero sus registros.</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="197"/>
        <source>The consent date must be a date like 2025-03-31.</source>
        <translation>La fecha de consentimiento debe ser una fecha como 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="198"/>
        <source>The consent date cannot be in the future ({date}).</source>
        <translation>La fecha de consentimiento no puede ser futura ({date}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="201"/>
        <source>The joined date must be a date like 2025-03-31.</source>
        <translation>La fecha de alta debe ser una fecha como 2025-03-31.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="202"/>
        <source>The joined date cannot be in the future ({date}).</source>
        <translation>La fecha de alta no puede ser futura ({date}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="230"/>
        <source>A preferred name is required (it can be a first name only).</source>
        <translation>Se necesita un nombre preferido (puede ser solo el nombre de pila).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="235"/>
        <source>&apos;{email}&apos; is not an email address (it should look like name@example.org).</source>
        <translation>«{email}» no es una dirección de correo electrónico (debería parecerse a nombre@ejemplo.org).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="240"/>
        <source>&apos;{phone}&apos; is not a phone number (use digits, spaces, + - ( ) only).</source>
        <translation>«{phone}» no es un número de teléfono (use solo dígitos, espacios y + - ( )).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="246"/>
        <source>Birth year &apos;{year}&apos; should be four digits like 1980, or &apos;{prefer_not}&apos;.</source>
        <translation>El año de nacimiento «{year}» debe tener cuatro cifras, como 1980, o ser «{prefer_not}».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="250"/>
        <source>Birth year {year} is in the future.</source>
        <translation>El año de nacimiento {year} es futuro.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="254"/>
        <source>Birth year {year} is before 1900.</source>
        <translation>El año de nacimiento {year} es anterior a 1900.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="290"/>
        <source>That member no longer exists; the list has been refreshed.</source>
        <translation>Ese miembro ya no existe; se ha actualizado la lista.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="336"/>
        <source>The role must be one of: {roles}.</source>
        <translation>La función debe ser una de estas: {roles}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/members.py" line="402"/>
        <source>Choose two different members to merge.</source>
        <translation>Elija dos miembros distintos para combinarlos.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../../peerdesk/domain/notes.py" line="55"/>
        <source>A note&apos;s kind must be one of: {kinds}.</source>
        <translation>El tipo de nota debe ser uno de estos: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/notes.py" line="60"/>
        <source>The note is empty; write something before saving it.</source>
        <translation>La nota está vacía; escriba algo antes de guardarla.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/notes.py" line="62"/>
        <source>The follow-up date must be a date.</source>
        <translation>La fecha de seguimiento debe ser una fecha.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/notes.py" line="104"/>
        <source>That note no longer exists.</source>
        <translation>Esa nota ya no existe.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/notes.py" line="159"/>
        <source>There is no note being written for this member.</source>
        <translation>No se está escribiendo ninguna nota para este miembro.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="267"/>
        <source>Enter a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="269"/>
        <source>Too short: use at least 12 characters, or four or more words.</source>
        <translation>Demasiado corta: use al menos 12 caracteres, o cuatro palabras o más.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="273"/>
        <source>Weak: a few more words would make it much stronger.</source>
        <translation>Débil: unas palabras más la harían mucho más sólida.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="277"/>
        <source>Fair: consider a longer phrase of several words.</source>
        <translation>Aceptable: piense en una frase más larga, de varias palabras.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="281"/>
        <source>Good.</source>
        <translation>Buena.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/keys.py" line="282"/>
        <source>Strong.</source>
        <translation>Muy sólida.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="183"/>
        <source>checking rows</source>
        <translation>comprobando filas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="315"/>
        <location filename="../../peerdesk/domain/attendance_import.py" line="336"/>
        <source>writing</source>
        <translation>escribiendo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/attendance_import.py" line="372"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="182"/>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="186"/>
        <source>Removing old backups</source>
        <translation>Eliminando copias antiguas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/backup.py" line="190"/>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="98"/>
        <source>Writing {name}</source>
        <translation>Escribiendo {name}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="115"/>
        <location filename="../../peerdesk/domain/reports.py" line="222"/>
        <location filename="../../peerdesk/domain/resource_import.py" line="267"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="147"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="174"/>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="294"/>
        <source>Exporting {n} attendances</source>
        <translation>Exportando {n} asistencias</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/exports.py" line="295"/>
        <source>{done} of {total} attendances</source>
        <translation>{done} de {total} asistencias</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="267"/>
        <source>Rescuing {what}</source>
        <translation>Rescatando {what}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/integrity.py" line="292"/>
        <source>Rescued</source>
        <translation>Rescatado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="294"/>
        <source>Importing members ({n} so far)</source>
        <translation>Importando miembros ({n} hasta ahora)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/member_import.py" line="310"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/progress.py" line="17"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/reports.py" line="183"/>
        <source>Counting</source>
        <translation>Contando</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/reports.py" line="188"/>
        <source>Arranging</source>
        <translation>Ordenando</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="100"/>
        <source>Writing resources</source>
        <translation>Escribiendo recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="205"/>
        <source>Checking rows</source>
        <translation>Comprobando filas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/hsds_import.py" line="263"/>
        <source>Checking services</source>
        <translation>Comprobando servicios</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resource_import.py" line="265"/>
        <source>Adding resources</source>
        <translation>Añadiendo recursos</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../peerdesk/domain/reports.py" line="53"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/reports.py" line="182"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/suppression.py" line="28"/>
        <source>The smallest count shown must be at least {k}, so that no one can be singled out.</source>
        <translation>El recuento más pequeño que se muestra debe ser de al menos {k}, para que nadie pueda ser identificado.</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="43"/>
        <source>There is no resource with ID {id}.</source>
        <translation>No hay ningún recurso con el ID {id}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="114"/>
        <source>A web address cannot contain spaces.</source>
        <translation>Una dirección web no puede contener espacios.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="125"/>
        <source>“{text}” does not look like a web address.</source>
        <translation>«{text}» no parece una dirección web.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="143"/>
        <source>“{text}” is not a category; use one of: {categories}.</source>
        <translation>«{text}» no es una categoría; use una de estas: {categories}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="173"/>
        <source>A resource needs a title.</source>
        <translation>Un recurso necesita un título.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="184"/>
        <source>The last review cannot be in the future.</source>
        <translation>La última revisión no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/resources.py" line="257"/>
        <source>Say who reviewed the resource.</source>
        <translation>Indique quién revisó el recurso.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="59"/>
        <source>No regular schedule</source>
        <translation>Sin horario fijo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="63"/>
        <location filename="../../peerdesk/domain/schedule.py" line="68"/>
        <source>First</source>
        <translation>Primer</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="64"/>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="65"/>
        <source>Third</source>
        <translation>Tercer</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="66"/>
        <source>Fourth</source>
        <translation>Cuarto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="67"/>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="69"/>
        <source>{ordinal} {weekday} of the month</source>
        <translation>{ordinal} {weekday} de cada mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="72"/>
        <source>Every other {weekday}</source>
        <translation>{weekday}, cada dos semanas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="74"/>
        <source>Every {weekday}</source>
        <translation>Cada {weekday}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/schedule.py" line="76"/>
        <source>{schedule} at {time}</source>
        <translation>{schedule} a las {time}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../peerdesk/domain/settings.py" line="43"/>
        <source>Paper size must be Letter or A4.</source>
        <translation>El tamaño de papel debe ser Carta o A4.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/settings.py" line="46"/>
        <source>The suppression threshold must be a whole number of at least {k}.</source>
        <translation>El umbral de supresión debe ser un número entero de al menos {k}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/settings.py" line="52"/>
        <source>The idle lock must be between 1 and 240 minutes.</source>
        <translation>El bloqueo por inactividad debe estar entre 1 y 240 minutos.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../../peerdesk/domain/vault.py" line="54"/>
        <source>The data folder {folder} does not exist.</source>
        <translation>La carpeta de datos {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/vault.py" line="60"/>
        <source>There is no peerdesk database in {folder}; run &apos;peerdesk init&apos; first.</source>
        <translation>No hay ninguna base de datos de peerdesk en {folder}; ejecute primero «peerdesk init».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/vault.py" line="76"/>
        <source>A peerdesk database already exists in {folder}.</source>
        <translation>Ya existe una base de datos de peerdesk en {folder}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/domain/vault.py" line="85"/>
        <source>The folder {folder} cannot be created ({reason}).</source>
        <translation>No se puede crear la carpeta {folder} ({reason}).</translation>
    </message>
</context>
</TS>
