<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AttachmentBox</name>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="14"/>
        <source>Documents and images (*.pdf *.png *.jpg *.jpeg *.gif *.doc *.docx *.odt *.txt);;All files (*)</source>
        <translation>Documentos e imágenes (*.pdf *.png *.jpg *.jpeg *.gif *.doc *.docx *.odt *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="29"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="30"/>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="55"/>
        <source>Attach file…</source>
        <translation>Adjuntar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="31"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="32"/>
        <source>Save a copy…</source>
        <translation>Guardar copia…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="33"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="47"/>
        <source>Save the resource first, then attach a file.</source>
        <translation>Guarde primero el recurso y luego adjunte un archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="52"/>
        <source>No file attached</source>
        <translation>Sin archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="55"/>
        <source>Replace file…</source>
        <translation>Reemplazar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="68"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="76"/>
        <source>No program on this computer can open this file.</source>
        <translation>Ningún programa de este equipo puede abrir este archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="83"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="83"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="91"/>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/attachment_box.py" line="92"/>
        <source>Remove the attached file from this resource?</source>
        <translation>¿Quitar el archivo adjunto de este recurso?</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="10"/>
        <source>Hotline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="11"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="12"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="13"/>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="14"/>
        <source>Book</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/categories.py" line="15"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="107"/>
        <source>Hotlines</source>
        <translation>Líneas de ayuda</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="108"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="109"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="110"/>
        <source>Websites</source>
        <translation>Sitios web</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="111"/>
        <source>Books</source>
        <translation>Libros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="112"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="25"/>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="25"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="25"/>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="26"/>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="26"/>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="26"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="27"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="27"/>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="27"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="28"/>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="28"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="28"/>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="65"/>
        <source>Attendances per month</source>
        <translation>Asistencias por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="90"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="91"/>
        <source>Anonymous + guests</source>
        <translation>Anónimos + invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="99"/>
        <source>Participants per month</source>
        <translation>Participantes por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="124"/>
        <source>Unduplicated</source>
        <translation>Sin duplicar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/charts.py" line="125"/>
        <source>New (dashed)</source>
        <translation>Nuevos (discontinua)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../peerdesk/ui/reports/export_actions.py" line="15"/>
        <source>Export with names?</source>
        <translation>¿Exportar con nombres?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/export_actions.py" line="16"/>
        <source>This file will contain the names of people who attend your groups. It will be marked CONFIDENTIAL. Only continue if you must share names and can keep the file safe.</source>
        <translation>Este archivo contendrá los nombres de las personas que asisten a sus grupos. Se marcará como CONFIDENCIAL. Continúe solo si debe compartir nombres y puede guardar el archivo de forma segura.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/export_actions.py" line="30"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FiltersBar</name>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="20"/>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="21"/>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="25"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="27"/>
        <source>Filter by language</source>
        <translation>Filtrar por idioma</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="28"/>
        <source>Review due only</source>
        <translation>Solo revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="30"/>
        <source>Resources last reviewed 12 months ago or more, or never</source>
        <translation>Recursos revisados por última vez hace 12 meses o más, o nunca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="34"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="34"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="37"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="49"/>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/filters_bar.py" line="50"/>
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
</context>
<context>
    <name>FollowUpsDialog</name>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="22"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="25"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="26"/>
        <source>⚠ Overdue</source>
        <translation>⚠ Atrasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="28"/>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="29"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="38"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="46"/>
        <source>Open follow-ups</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="54"/>
        <source>Mark done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="56"/>
        <source>Open member</source>
        <translation>Abrir miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/followups_dialog.py" line="78"/>
        <source>{open} open, {overdue} overdue</source>
        <translation>{open} abiertos, {overdue} atrasados</translation>
    </message>
</context>
<context>
    <name>FunderReport</name>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="30"/>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="31"/>
        <source>Meetings marked as held (cancelled and unmarked meetings are not counted).</source>
        <translation>Reuniones marcadas como celebradas (no se cuentan las canceladas ni las no marcadas).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="38"/>
        <source>Named attendances</source>
        <translation>Asistencias con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="39"/>
        <source>Check-ins of known people at those meetings.</source>
        <translation>Registros de asistencia de personas conocidas en esas reuniones.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="43"/>
        <source>Anonymous and guest attendances</source>
        <translation>Asistencias anónimas y de invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="44"/>
        <source>The headcounts of people who did not give a name, plus guests.</source>
        <translation>Los recuentos de personas que no dieron su nombre, más los invitados.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="50"/>
        <source>Total attendances</source>
        <translation>Asistencias totales</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="51"/>
        <source>Named plus anonymous and guest attendances.</source>
        <translation>Asistencias con nombre más las anónimas y de invitados.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="55"/>
        <source>Unduplicated participants</source>
        <translation>Participantes sin duplicar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="56"/>
        <source>Different people who came at least once; someone who came ten times counts once.</source>
        <translation>Personas distintas que vinieron al menos una vez; quien vino diez veces cuenta una vez.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="63"/>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="64"/>
        <source>People whose first attendance ever, in these groups, falls in this period.</source>
        <translation>Personas cuya primera asistencia, en estos grupos, cae en este periodo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="71"/>
        <source>Returning participants</source>
        <translation>Participantes que regresan</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="72"/>
        <source>Unduplicated participants who had come before this period.</source>
        <translation>Participantes sin duplicar que ya habían venido antes de este periodo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="76"/>
        <source>Average attendance</source>
        <translation>Asistencia media</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="77"/>
        <source>Total attendances divided by meetings held.</source>
        <translation>Asistencias totales divididas entre reuniones celebradas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="81"/>
        <source>Retained participants</source>
        <translation>Participantes retenidos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="82"/>
        <source>People who came three or more times in this period.</source>
        <translation>Personas que vinieron tres o más veces en este periodo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="90"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="91"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="92"/>
        <source>Anon. +
guests</source>
        <translation>Anón. +
invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="93"/>
        <location filename="../../peerdesk/documents/funder_report.py" line="115"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="94"/>
        <source>Undupl.
people</source>
        <translation>Personas
sin dupl.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="95"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="96"/>
        <source>Returning</source>
        <translation>Regresan</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="97"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="98"/>
        <source>Retained</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="104"/>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="105"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="106"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="113"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="117"/>
        <source>under 18</source>
        <translation>menos de 18</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="118"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="119"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="120"/>
        <source>non-binary</source>
        <translation>no binario</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="121"/>
        <source>another gender</source>
        <translation>otro género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="171"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="177"/>
        <source>Attendance report</source>
        <translation>Informe de asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="187"/>
        <source>Attendance report, {start} to {end}</source>
        <translation>Informe de asistencia, del {start} al {end}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="195"/>
        <source>Groups: {groups}. Prepared {date}.</source>
        <translation>Grupos: {groups}. Preparado el {date}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="201"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="203"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="203"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="210"/>
        <source>Counts are over meetings marked as held, from the first to the last day inclusive. No names appear in this report.</source>
        <translation>Los recuentos se refieren a las reuniones marcadas como celebradas, del primer al último día inclusive. En este informe no aparece ningún nombre.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="218"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="223"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="225"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="227"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="229"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="234"/>
        <source>Unduplicated, new, returning and retained counts do not add up across months or groups: a person who came in March and in April is one person for the period but is counted in both months, and the same holds for someone in two groups.</source>
        <translation>Los recuentos sin duplicar, nuevos, que regresan y retenidos no se suman entre meses ni grupos: una persona que vino en marzo y en abril es una sola persona en el periodo, pero se cuenta en ambos meses; y lo mismo ocurre con alguien que está en dos grupos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="244"/>
        <source>Demographics</source>
        <translation>Datos demográficos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="247"/>
        <source>Unduplicated participants by age band (age in {year}), gender and ethnicity. To protect privacy, counts from 1 to {below} are shown as &quot;&lt;{k}&quot;, and cells marked &quot;*&quot; are hidden so that a small count cannot be worked out from the total.</source>
        <translation>Participantes sin duplicar por grupo de edad (edad en {year}), género y etnia. Para proteger la privacidad, los recuentos de 1 a {below} se muestran como &quot;&lt;{k}&quot;, y las celdas marcadas con &quot;*&quot; se ocultan para que un recuento pequeño no pueda deducirse del total.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="267"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="275"/>
        <source>What each figure means</source>
        <translation>Qué significa cada cifra</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/funder_report.py" line="287"/>
        <source>Funder report</source>
        <translation>Informe para financiadores</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="101"/>
        <source>Groups of this member</source>
        <translation>Grupos de este miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="104"/>
        <source>Attendance history</source>
        <translation>Historial de asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="106"/>
        <source>Group to add</source>
        <translation>Grupo que añadir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="114"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="115"/>
        <source>Add / set role</source>
        <translation>Añadir / fijar rol</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="117"/>
        <source>Remove from group</source>
        <translation>Quitar del grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="129"/>
        <source>&lt;b&gt;Groups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grupos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="154"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — {count} meetings</source>
        <translation>&lt;b&gt;Asistencia&lt;/b&gt; — {count} reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="174"/>
        <source>Select a group in the list first.</source>
        <translation>Seleccione primero un grupo de la lista.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="140"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="142"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="145"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="146"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="149"/>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {value}</source>
        <translation>&lt;b&gt;{label}:&lt;/b&gt; {value}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="182"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="191"/>
        <source>No resources were chosen for this handout.</source>
        <translation>No se eligió ningún recurso para esta hoja informativa.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/handout.py" line="203"/>
        <source>Resource handout</source>
        <translation>Hoja de recursos</translation>
    </message>
</context>
<context>
    <name>HandoutBuilder</name>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="55"/>
        <source>Handout</source>
        <translation>Hoja de recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="64"/>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="66"/>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="69"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="70"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="77"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="85"/>
        <source>Add to handout →</source>
        <translation>Añadir a la hoja →</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="87"/>
        <source>Tag to add</source>
        <translation>Etiqueta que añadir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="88"/>
        <source>Add all with this tag</source>
        <translation>Añadir todos con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="95"/>
        <source>Saved handouts</source>
        <translation>Hojas de recursos guardadas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="96"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="97"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="100"/>
        <source>A short paragraph under the title (optional)</source>
        <translation>Un párrafo breve bajo el título (opcional)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="105"/>
        <source>Resources in this handout, drag to reorder</source>
        <translation>Recursos de esta hoja; arrástrelos para reordenar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="109"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="110"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="111"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="112"/>
        <source>Save for reuse</source>
        <translation>Guardar para reutilizar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="126"/>
        <source>Handout preview</source>
        <translation>Vista previa de la hoja de recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="127"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="128"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="129"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="159"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="169"/>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Biblioteca&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="181"/>
        <source>Saved</source>
        <translation>Guardadas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="186"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="186"/>
        <source>&amp;Intro</source>
        <translation>&amp;Introducción</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="193"/>
        <source>&lt;b&gt;In this handout&lt;/b&gt; — drag to reorder</source>
        <translation>&lt;b&gt;En esta hoja&lt;/b&gt; — arrastre para reordenar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="231"/>
        <source>Resources: {tag}</source>
        <translation>Recursos: {tag}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="267"/>
        <source>Delete handout</source>
        <translation>Eliminar hoja</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="268"/>
        <source>Delete the saved handout “{name}”?</source>
        <translation>¿Eliminar la hoja guardada «{name}»?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="313"/>
        <source>handout</source>
        <translation>hoja</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="314"/>
        <source>Save handout</source>
        <translation>Guardar hoja</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/handout_builder.py" line="323"/>
        <source>The handout could not be saved ({reason}).</source>
        <translation>No se pudo guardar la hoja ({reason}).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="36"/>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="44"/>
        <source>Import members</source>
        <translation>Importar miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="46"/>
        <source>Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="56"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="57"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="58"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="59"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="60"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="61"/>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="123"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="62"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="63"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="64"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="65"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="66"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="67"/>
        <source>Consents to contact</source>
        <translation>Acepta contacto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="68"/>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="69"/>
        <source>Joined on</source>
        <translation>Alta el</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="175"/>
        <source>Import members — {file}</source>
        <translation>Importar miembros — {file}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="186"/>
        <source>Columns — which column of the file fills which field</source>
        <translation>Columnas — qué columna del archivo llena cada campo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="193"/>
        <source>Column for {field}</source>
        <translation>Columna para {field}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="206"/>
        <source>day/month (3/4 = 3 April)</source>
        <translation>día/mes (3/4 = 3 de abril)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="207"/>
        <source>month/day (3/4 = March 4)</source>
        <translation>mes/día (3/4 = 4 de marzo)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="209"/>
        <source>Dates like 3/4/2025 in this file mean:</source>
        <translation>En este archivo, fechas como 3/4/2025 significan:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="212"/>
        <source>Add everyone to group</source>
        <translation>Añadir a todos al grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="216"/>
        <source>(none) — type a new name to create a group</source>
        <translation>(ninguno) — escriba un nombre nuevo para crear un grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="224"/>
        <source>Import preview</source>
        <translation>Vista previa de la importación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="231"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="233"/>
        <source>Save problems as CSV…</source>
        <translation>Guardar problemas como CSV…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="235"/>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="66"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="238"/>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="70"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="247"/>
        <source>Add everyone to group:</source>
        <translation>Añadir a todos al grupo:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="282"/>
        <source>Each column of the file can fill only one field.</source>
        <translation>Cada columna del archivo solo puede llenar un campo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="317"/>
        <source>Columns not imported: {columns}</source>
        <translation>Columnas que no se importan: {columns}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="319"/>
        <source>Every column is used.</source>
        <translation>Se usan todas las columnas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="324"/>
        <source>Also import the likely duplicate (highlighted in yellow) as a new member</source>
        <translation>Importar también el probable duplicado (resaltado en amarillo) como miembro nuevo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="327"/>
        <source>Also import the {count} likely duplicates (highlighted in yellow) as new members</source>
        <translation>Importar también los {count} probables duplicados (resaltados en amarillo) como miembros nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="335"/>
        <source>⚠ 1 problem (highlighted in red) must be fixed in the file before anything is imported — save it as CSV to work through it.</source>
        <translation>⚠ Hay 1 problema (resaltado en rojo) que corregir en el archivo antes de importar nada; guárdelo como CSV para revisarlo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="340"/>
        <source>⚠ {count} problems (highlighted in red) must be fixed in the file before anything is imported — save them as CSV to work through them.</source>
        <translation>⚠ Hay {count} problemas (resaltados en rojo) que corregir en el archivo antes de importar nada; guárdelos como CSV para revisarlos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="348"/>
        <source>Ready: 1 new member will be added</source>
        <translation>Listo: se añadirá 1 miembro nuevo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="350"/>
        <source>Ready: {count} new members will be added</source>
        <translation>Listo: se añadirán {count} miembros nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="354"/>
        <source>; 1 likely duplicate skipped</source>
        <translation>; se omite 1 probable duplicado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="356"/>
        <source>; {count} likely duplicates skipped</source>
        <translation>; se omiten {count} probables duplicados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="358"/>
        <source>. Nothing is written until you press Import.</source>
        <translation>. No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="366"/>
        <source>Save problems</source>
        <translation>Guardar problemas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="374"/>
        <source>The problem list could not be saved ({reason}).</source>
        <translation>No se pudo guardar la lista de problemas ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="380"/>
        <source>Saved {count} problems to {path}.</source>
        <translation>Se guardaron {count} problemas en {path}.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="45"/>
        <source>Import resources</source>
        <translation>Importar recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="50"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="56"/>
        <source>Resources to add</source>
        <translation>Recursos que añadir</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="58"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="64"/>
        <source>&lt;b&gt;Problems&lt;/b&gt; (fix them in the file, then import again)</source>
        <translation>&lt;b&gt;Problemas&lt;/b&gt; (corríjalos en el archivo y vuelva a importar)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="68"/>
        <source>Save problem list…</source>
        <translation>Guardar lista de problemas…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="82"/>
        <source>&lt;b&gt;To add&lt;/b&gt;</source>
        <translation>&lt;b&gt;Para añadir&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="105"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="120"/>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="132"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="121"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="122"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="133"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="134"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="158"/>
        <source>Save problem list</source>
        <translation>Guardar lista de problemas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/import_dialog.py" line="165"/>
        <source>The list could not be saved ({reason}).</source>
        <translation>No se pudo guardar la lista ({reason}).</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="30"/>
        <location filename="../../peerdesk/ui/members/detail.py" line="36"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="31"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="32"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="38"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="42"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="51"/>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="52"/>
        <source>facilitator</source>
        <translation>facilitador/a</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="60"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="61"/>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="62"/>
        <source>left early</source>
        <translation>se fue antes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="63"/>
        <source>held</source>
        <translation>celebrada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="64"/>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="65"/>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="191"/>
        <source>Member name</source>
        <translation>Nombre del miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="199"/>
        <location filename="../../peerdesk/ui/members/detail.py" line="203"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="204"/>
        <source>Groups &amp;&amp; attendance</source>
        <translation>Grupos y asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="205"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="206"/>
        <source>Choose a member in the list, or click “New member”.</source>
        <translation>Elija un miembro de la lista o pulse «Nuevo miembro».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/detail.py" line="226"/>
        <source>&lt;h3&gt;New member&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Nuevo miembro&lt;/h3&gt;</translation>
    </message>
</context>
<context>
    <name>MembersPane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="31"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="32"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="33"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="34"/>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="71"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="35"/>
        <source>Contact OK</source>
        <translation>Contacto OK</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="36"/>
        <source>Joined</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="57"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="58"/>
        <source>Search members by name, email or phone (accents and case ignored)</source>
        <translation>Buscar miembros por nombre, correo o teléfono (sin distinguir acentos ni mayúsculas)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="61"/>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="65"/>
        <source>Filter by group</source>
        <translation>Filtrar por grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="68"/>
        <source>Filter by active</source>
        <translation>Filtrar por actividad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="70"/>
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="72"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="75"/>
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="76"/>
        <source>Overdue follow-up</source>
        <translation>Seguimiento atrasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="85"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="95"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="97"/>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="99"/>
        <source>Select two members in the list to merge them into one</source>
        <translation>Seleccione dos miembros de la lista para fusionarlos en uno</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="102"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="104"/>
        <source>Follow-ups…</source>
        <translation>Seguimientos…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="106"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="142"/>
        <source>&amp;Import members…</source>
        <translation>&amp;Importar miembros…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="144"/>
        <source>Export &amp;contact list (CONFIDENTIAL)…</source>
        <translation>Exportar lista de &amp;contactos (CONFIDENCIAL)…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="146"/>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Seguimientos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="220"/>
        <source>Select exactly two members (Ctrl+click) to merge them.</source>
        <translation>Seleccione exactamente dos miembros (Ctrl+clic) para fusionarlos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="237"/>
        <source>Select one member to remove.</source>
        <translation>Seleccione un miembro para quitarlo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="268"/>
        <source>Export contact list (CONFIDENTIAL)</source>
        <translation>Exportar lista de contactos (CONFIDENCIAL)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="276"/>
        <source>The contact list could not be saved ({reason}).</source>
        <translation>No se pudo guardar la lista de contactos ({reason}).</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="283"/>
        <source>Saved {count} contacts to {path} — keep it confidential.</source>
        <translation>Se guardaron {count} contactos en {path}; manténgalo confidencial.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/members_pane.py" line="293"/>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../peerdesk/ui/members/merge_dialog.py" line="30"/>
        <source>Merge two members</source>
        <translation>Fusionar dos miembros</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/merge_dialog.py" line="38"/>
        <source>&lt;b&gt;{first}&lt;/b&gt; and &lt;b&gt;{second}&lt;/b&gt; become one member. All attendance, group memberships and notes of both are kept (a meeting both records attended counts once). Empty fields are filled from the other record.</source>
        <translation>&lt;b&gt;{first}&lt;/b&gt; y &lt;b&gt;{second}&lt;/b&gt; pasan a ser un solo miembro. Se conservan toda la asistencia, los grupos y las notas de ambos (una reunión a la que asistieron los dos registros cuenta una vez). Los campos vacíos se llenan con el otro registro.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/merge_dialog.py" line="49"/>
        <source>Where the two records differ, choose what to keep:</source>
        <translation>Donde los dos registros difieren, elija qué conservar:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/merge_dialog.py" line="63"/>
        <source>The two records do not disagree on any field.</source>
        <translation>Los dos registros no difieren en ningún campo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/merge_dialog.py" line="67"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="41"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="42"/>
        <source>Delete this note for good? It cannot be brought back.</source>
        <translation>¿Eliminar esta nota para siempre? No se podrá recuperar.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="54"/>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="55"/>
        <source>check-in</source>
        <translation>contacto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="56"/>
        <source>concern</source>
        <translation>preocupación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="57"/>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="67"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="70"/>
        <source>OVERDUE</source>
        <translation>ATRASADO</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="72"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="74"/>
        <source>follow up by {date} ({state})</source>
        <translation>seguimiento antes del {date} ({state})</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="91"/>
        <source>Show notes</source>
        <translation>Mostrar notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="92"/>
        <source>Show notes for this member</source>
        <translation>Mostrar las notas de este miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="96"/>
        <source>Notes are confidential and hidden in case someone is looking over your shoulder.</source>
        <translation>Las notas son confidenciales y están ocultas por si alguien mira por encima de su hombro.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="108"/>
        <source>Hide notes</source>
        <translation>Ocultar notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="111"/>
        <source>Notes timeline</source>
        <translation>Cronología de notas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="115"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="117"/>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="254"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="119"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="125"/>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="126"/>
        <source>Follow up by</source>
        <translation>Seguimiento antes del</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="131"/>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="134"/>
        <source>Write a note… (saved as a draft as you type)</source>
        <translation>Escriba una nota… (se guarda como borrador mientras escribe)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="135"/>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="137"/>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="277"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="139"/>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="278"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="142"/>
        <source>Draft state</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="155"/>
        <source>&lt;b&gt;Confidential notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notas confidenciales&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="163"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="238"/>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="254"/>
        <source>Reopen follow-up</source>
        <translation>Reabrir seguimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="276"/>
        <source>Draft restored — not saved as a note yet.</source>
        <translation>Borrador recuperado; aún no se ha guardado como nota.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="294"/>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="297"/>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="302"/>
        <source>The note is empty; write something before saving it.</source>
        <translation>La nota está vacía; escriba algo antes de guardarla.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="309"/>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="327"/>
        <source>Done editing</source>
        <translation>Terminar edición</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="328"/>
        <source>Stop editing</source>
        <translation>Dejar de editar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/notes_panel.py" line="329"/>
        <source>Editing a saved note — changes are saved as you type.</source>
        <translation>Editando una nota guardada; los cambios se guardan mientras escribe.</translation>
    </message>
</context>
<context>
    <name>PdfFooter</name>
    <message>
        <location filename="../../peerdesk/documents/base.py" line="141"/>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="89"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="90"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="92"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="93"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="94"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="95"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="96"/>
        <source>Joined</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="97"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="100"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="101"/>
        <source>New member</source>
        <translation>Nuevo miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="102"/>
        <source>Duplicate (importing)</source>
        <translation>Duplicado (se importa)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/import_dialog.py" line="103"/>
        <source>Duplicate (skipped)</source>
        <translation>Duplicado (se omite)</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="27"/>
        <source>Preferred name *</source>
        <translation>Nombre preferido *</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="28"/>
        <source>What they like to be called</source>
        <translation>Cómo le gusta que le llamen</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="31"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="32"/>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="64"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="35"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="36"/>
        <source>e.g. she/her, they/them</source>
        <translation>p. ej., ella, elle</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="39"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="40"/>
        <source>e.g. 555-123-4567</source>
        <translation>p. ej., 555-123-4567</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="43"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="44"/>
        <source>name@example.org</source>
        <translation>nombre@ejemplo.org</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="47"/>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="48"/>
        <source>Name and phone, optional</source>
        <translation>Nombre y teléfono, opcional</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="51"/>
        <source>Joined on</source>
        <translation>Alta el</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="52"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="55"/>
        <source>Consent date</source>
        <translation>Fecha de consentimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="56"/>
        <source>YYYY-MM-DD (today when left empty)</source>
        <translation>AAAA-MM-DD (hoy si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="59"/>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="60"/>
        <source>e.g. 1980, or &apos;prefer not to say&apos;</source>
        <translation>p. ej., 1980, o &apos;prefer not to say&apos;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="63"/>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="86"/>
        <source>Agrees to be contacted</source>
        <translation>Acepta ser contactado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="88"/>
        <source>Active member</source>
        <translation>Miembro activo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="97"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="97"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="109"/>
        <source>&lt;small&gt;Demographics are optional and only ever counted, never listed.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Los datos demográficos son opcionales y solo se cuentan, nunca se listan.&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="114"/>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/profile_form.py" line="185"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="110"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="112"/>
        <source>{organisation} · peerdesk · created {date}</source>
        <translation>{organisation} · peerdesk · creada el {date}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="118"/>
        <source>&lt;b&gt;Keep this sheet secret and locked away.&lt;/b&gt; Together with the laptop, it opens every confidential record in peerdesk.</source>
        <translation>&lt;b&gt;Mantenga esta hoja en secreto y bajo llave.&lt;/b&gt; Junto con el portátil, abre todos los registros confidenciales de peerdesk.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="129"/>
        <source>Letters and digits are what count; dashes and spaces are only there to help you read.</source>
        <translation>Lo que cuenta son las letras y los dígitos; los guiones y espacios solo ayudan a leer.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="135"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="137"/>
        <source>peerdesk keeps its data encrypted. Normally it is opened with your passphrase. If the passphrase is forgotten, this recovery key is the only other way to open the data and choose a new passphrase. Without the passphrase or this key, nobody — including the people who make peerdesk — can get the data back. The key keeps working after you change your passphrase.</source>
        <translation>peerdesk guarda sus datos cifrados. Normalmente se abren con su frase de contraseña. Si la olvida, esta clave de recuperación es la única otra forma de abrir los datos y elegir una nueva frase de contraseña. Sin la frase de contraseña ni esta clave, nadie —ni siquiera quienes hacen peerdesk— puede recuperar los datos. La clave sigue funcionando después de cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="149"/>
        <source>&lt;b&gt;Database:&lt;/b&gt; {location}</source>
        <translation>&lt;b&gt;Base de datos:&lt;/b&gt; {location}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="154"/>
        <source>How to use it</source>
        <translation>Cómo usarla</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="155"/>
        <source>&lt;b&gt;In the app&lt;/b&gt;</source>
        <translation>&lt;b&gt;En la aplicación&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="158"/>
        <source>Start peerdesk. On the unlock screen, choose &lt;b&gt;Forgot passphrase?&lt;/b&gt;</source>
        <translation>Inicie peerdesk. En la pantalla de desbloqueo, elija &lt;b&gt;¿Olvidó la frase de contraseña?&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="162"/>
        <source>Type the recovery key printed above.</source>
        <translation>Escriba la clave de recuperación impresa arriba.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="163"/>
        <source>Choose a new passphrase, and type it again to confirm it.</source>
        <translation>Elija una nueva frase de contraseña y escríbala de nuevo para confirmarla.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="170"/>
        <source>&lt;b&gt;On the command line&lt;/b&gt;</source>
        <translation>&lt;b&gt;En la línea de comandos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="172"/>
        <source>Run {command}, type this key when asked, then choose a new passphrase. Type the key at the prompt; do not put it in scripts or on the command line itself.</source>
        <translation>Ejecute {command}, escriba esta clave cuando se le pida y elija una nueva frase de contraseña. Escriba la clave en el aviso; no la ponga en scripts ni en la propia línea de comandos.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="179"/>
        <source>Keeping it safe</source>
        <translation>Cómo guardarla</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="182"/>
        <source>Store this sheet in a locked place, &lt;b&gt;away from the laptop&lt;/b&gt; — never in the laptop bag.</source>
        <translation>Guarde esta hoja en un lugar cerrado con llave, &lt;b&gt;lejos del portátil&lt;/b&gt;; nunca en la funda del portátil.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="187"/>
        <source>Anyone holding both this sheet and the laptop can read all the data, names and notes included.</source>
        <translation>Quien tenga esta hoja y el portátil puede leer todos los datos, incluidos nombres y notas.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="192"/>
        <source>Do not photograph, scan, email or copy the key into another file.</source>
        <translation>No fotografíe, escanee, envíe por correo ni copie la clave en otro archivo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="196"/>
        <source>If the sheet goes missing, tell your organisation&apos;s coordinator straight away.</source>
        <translation>Si la hoja se pierde, avise de inmediato a la coordinación de su organización.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="205"/>
        <source>Kept where:</source>
        <translation>Guardada en:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="206"/>
        <source>Stored on (date):</source>
        <translation>Guardada el (fecha):</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="207"/>
        <source>Stored by:</source>
        <translation>Guardada por:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="213"/>
        <source>Recovery key — {organisation}</source>
        <translation>Clave de recuperación — {organisation}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/recovery_sheet.py" line="216"/>
        <source>peerdesk recovery key</source>
        <translation>Clave de recuperación de peerdesk</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="21"/>
        <source>Remove a member</source>
        <translation>Quitar un miembro</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="26"/>
        <source>{name} has 1 attendance record.</source>
        <translation>{name} tiene 1 registro de asistencia.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="28"/>
        <source>{name} has {count} attendance records.</source>
        <translation>{name} tiene {count} registros de asistencia.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="31"/>
        <source>&lt;h3&gt;Remove {name}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Quitar a {name}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="34"/>
        <source>Choose how to remove them:</source>
        <translation>Elija cómo quitarlo:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="37"/>
        <source>Erase the person, keep the numbers (recommended)</source>
        <translation>Borrar a la persona, conservar las cifras (recomendado)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="40"/>
        <source>Name, contact details, demographics, group memberships and every note are removed for good. Their attendance stays as anonymous counts, so reports you already sent to funders still add up.</source>
        <translation>El nombre, los datos de contacto, los datos demográficos, los grupos y todas las notas se eliminan para siempre. Su asistencia queda como recuento anónimo, así que los informes ya enviados a financiadores siguen cuadrando.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="45"/>
        <source>Delete everything</source>
        <translation>Eliminar todo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="48"/>
        <source>The person and all their attendance are removed, as if they had never come. Past meeting figures will go down. Use this for someone entered by mistake.</source>
        <translation>Se elimina a la persona y toda su asistencia, como si nunca hubiera venido. Las cifras de reuniones pasadas bajarán. Úselo para alguien introducido por error.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="59"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/members/remove_dialog.py" line="65"/>
        <source>&lt;i&gt;Neither can be undone.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ninguna de las dos se puede deshacer.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="24"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="25"/>
        <source>Named</source>
        <translation>Con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="26"/>
        <source>Anon. + guests</source>
        <translation>Anón. + invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="27"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="28"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="29"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="30"/>
        <source>Returning</source>
        <translation>Regresan</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="31"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="32"/>
        <source>Retained</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="36"/>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="37"/>
        <source>Named attendances</source>
        <translation>Asistencias con nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="38"/>
        <source>Anonymous and guest attendances</source>
        <translation>Asistencias anónimas y de invitados</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="39"/>
        <source>Total attendances</source>
        <translation>Asistencias totales</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="40"/>
        <source>Unduplicated participants</source>
        <translation>Participantes sin duplicar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="41"/>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="42"/>
        <source>Returning participants</source>
        <translation>Participantes que regresan</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="43"/>
        <source>Average attendance per meeting</source>
        <translation>Asistencia media por reunión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="44"/>
        <source>Retained participants (3+ attendances)</source>
        <translation>Participantes retenidos (3+ asistencias)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="49"/>
        <source>Age band</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="50"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="51"/>
        <source>Ethnicity</source>
        <translation>Etnia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="54"/>
        <source>under 18</source>
        <translation>menos de 18</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="55"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="56"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="57"/>
        <source>woman</source>
        <translation>mujer</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="58"/>
        <source>man</source>
        <translation>hombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="59"/>
        <source>non-binary</source>
        <translation>no binario</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="60"/>
        <source>another gender</source>
        <translation>otro género</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="89"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="110"/>
        <source>Attendances per month chart</source>
        <translation>Gráfico de asistencias por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="111"/>
        <source>Participants per month chart</source>
        <translation>Gráfico de participantes por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="119"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="120"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="121"/>
        <source>&lt;b&gt;By month&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por mes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="122"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="123"/>
        <source>&lt;b&gt;By group&lt;/b&gt;</source>
        <translation>&lt;b&gt;Por grupo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="124"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="127"/>
        <source>People, new, returning and retained do not add up across months or groups: someone who came in two months is one person for the period.</source>
        <translation>Personas, nuevos, regresan y retenidos no se suman entre meses ni grupos: quien vino en dos meses es una sola persona en el periodo.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="136"/>
        <source>&lt;b&gt;Demographics&lt;/b&gt; (unduplicated participants)</source>
        <translation>&lt;b&gt;Datos demográficos&lt;/b&gt; (participantes sin duplicar)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="141"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/view.py" line="161"/>
        <source>Counts from 1 to {below} show as “&lt;{k}”; cells marked “*” are hidden so that a small count cannot be worked out from the total.</source>
        <translation>Los recuentos de 1 a {below} se muestran como «&lt;{k}»; las celdas marcadas con «*» se ocultan para que un recuento pequeño no pueda deducirse del total.</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="11"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="12"/>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="13"/>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="14"/>
        <source>Last quarter</source>
        <translation>Trimestre pasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="15"/>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="16"/>
        <source>Last year</source>
        <translation>Año pasado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/reports/period.py" line="17"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="54"/>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="128"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="65"/>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="88"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="65"/>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="89"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="75"/>
        <source>Show figures</source>
        <translation>Ver cifras</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="63"/>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="87"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="90"/>
        <source>Groups (none ticked = all)</source>
        <translation>Grupos (ninguno marcado = todos)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="74"/>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="91"/>
        <source>Smallest count shown</source>
        <translation>Recuento mínimo mostrado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="70"/>
        <source>Groups (none ticked: all groups)</source>
        <translation>Grupos (ninguno marcado: todos)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="102"/>
        <source>Export report:</source>
        <translation>Exportar informe:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="109"/>
        <source>Attendance:</source>
        <translation>Asistencia:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="110"/>
        <source>with names (confidential)</source>
        <translation>con nombres (confidencial)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="112"/>
        <source>Attendance {format}</source>
        <translation>Asistencia {format}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="120"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="217"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="229"/>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="238"/>
        <source>Save attendance</source>
        <translation>Guardar asistencia</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/reports_pane.py" line="254"/>
        <source>Exported {count} attendances</source>
        <translation>Se exportaron {count} asistencias</translation>
    </message>
</context>
<context>
    <name>ResourceDialog</name>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="40"/>
        <source>Edit resource</source>
        <translation>Editar recurso</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="40"/>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="51"/>
        <source>kept exactly as typed</source>
        <translation>se guarda tal como se escribe</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="53"/>
        <source>e.g. example.org/help — https:// is added if missing</source>
        <translation>p. ej., ejemplo.org/ayuda — se añade https:// si falta</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="58"/>
        <source>e.g. English, Spanish</source>
        <translation>p. ej., español, inglés</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="65"/>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="66"/>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="67"/>
        <source>Mark reviewed today</source>
        <translation>Marcar revisado hoy</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="76"/>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="81"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="82"/>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="83"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="84"/>
        <source>&amp;Phone</source>
        <translation>Telé&amp;fono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="85"/>
        <source>&amp;Web address</source>
        <translation>Dirección &amp;web</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="86"/>
        <source>&amp;Address</source>
        <translation>Di&amp;rección</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="87"/>
        <source>&amp;Hours</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="88"/>
        <source>&amp;Languages</source>
        <translation>Idi&amp;omas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="89"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="63"/>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="90"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="91"/>
        <source>Attached file</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="119"/>
        <source>Never reviewed — ⚠ review due</source>
        <translation>Nunca revisado — ⚠ revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="121"/>
        <source>{date} — ⚠ review due</source>
        <translation>{date} — ⚠ revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="123"/>
        <source>{date} (next review {next})</source>
        <translation>{date} (próxima revisión {next})</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/edit_dialog.py" line="131"/>
        <source>Type who reviewed it in “by”, then mark it reviewed.</source>
        <translation>Escriba quién lo revisó en «por» y luego márquelo como revisado.</translation>
    </message>
</context>
<context>
    <name>ResourceListModel</name>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="14"/>
        <source>⚠ Review due</source>
        <translation>⚠ Revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="16"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="19"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="22"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="23"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="26"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="28"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="33"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/resources/list_model.py" line="37"/>
        <source>OK</source>
        <translation>Al día</translation>
    </message>
</context>
<context>
    <name>ResourcesPane</name>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="24"/>
        <source>Resource lists (*.csv *.tsv *.txt *.xlsx *.zip);;All files (*)</source>
        <translation>Listas de recursos (*.csv *.tsv *.txt *.xlsx *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="40"/>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="41"/>
        <source>Search resources by title, description, category, tag or phone</source>
        <translation>Buscar recursos por título, descripción, categoría, etiqueta o teléfono</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="44"/>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="55"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="56"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="57"/>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="133"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="58"/>
        <source>Mark reviewed…</source>
        <translation>Marcar revisado…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="59"/>
        <source>Handout…</source>
        <translation>Hoja…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="61"/>
        <source>Build a printable handout (from the selected resources)</source>
        <translation>Crear una hoja de recursos imprimible (con los recursos seleccionados)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="78"/>
        <source>Import resources…</source>
        <translation>Importar recursos…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="80"/>
        <source>Import Open Referral folder…</source>
        <translation>Importar carpeta Open Referral…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="82"/>
        <source>Export resources…</source>
        <translation>Exportar recursos…</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="127"/>
        <source>Delete this resource and any attached file?</source>
        <translation>¿Eliminar este recurso y su archivo adjunto?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="129"/>
        <source>Delete these {count} resources and any attached file?</source>
        <translation>¿Eliminar estos {count} recursos y sus archivos adjuntos?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="143"/>
        <source>Mark reviewed</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="144"/>
        <source>Reviewed today by:</source>
        <translation>Revisado hoy por:</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="163"/>
        <source>Import resources</source>
        <translation>Importar recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="168"/>
        <source>Open Referral (HSDS) folder</source>
        <translation>Carpeta Open Referral (HSDS)</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="174"/>
        <source>Export resources</source>
        <translation>Exportar recursos</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/panes/resources_pane.py" line="182"/>
        <source>The file could not be written ({reason}).</source>
        <translation>No se pudo escribir el archivo ({reason}).</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="54"/>
        <source>Sign-in sheet — {group} — {date}</source>
        <translation>Hoja de firmas — {group} — {date}</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="95"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="100"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="102"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="106"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="108"/>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="137"/>
        <source>Confidentiality.</source>
        <translation>Confidencialidad.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="163"/>
        <source>Here</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="164"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="165"/>
        <source>First time?</source>
        <translation>¿Primera vez?</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="166"/>
        <source>Initials</source>
        <translation>Iniciales</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="226"/>
        <source>&lt;b&gt;Tally&lt;/b&gt; — mark one stroke per person</source>
        <translation>&lt;b&gt;Recuento&lt;/b&gt; — marque un palito por persona</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="242"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="253"/>
        <source>No names are collected at this meeting. Count everyone present, including facilitators and guests, then write the total.</source>
        <translation>En esta reunión no se recogen nombres. Cuente a todas las personas presentes, incluidos facilitadores e invitados, y escriba el total.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="274"/>
        <source>Tick “Here” next to your name.</source>
        <translation>Marque «Presente» junto a su nombre.</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="276"/>
        <source>New here? Welcome — please write the name you would like to be called in an empty row at the end, and tick “First time?”.</source>
        <translation>¿Es nuevo? Bienvenido: escriba el nombre con el que quiere que le llamen en una fila vacía al final y marque «¿Primera vez?».</translation>
    </message>
    <message>
        <location filename="../../peerdesk/documents/signin_sheet.py" line="288"/>
        <source>Sign-in sheet for {group}</source>
        <translation>Hoja de firmas de {group}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <location filename="../../peerdesk/ui/resources/tags_edit.py" line="12"/>
        <source>e.g. grief, crisis, youth</source>
        <translation>p. ej., duelo, crisis, jóvenes</translation>
    </message>
</context>
</TS>
