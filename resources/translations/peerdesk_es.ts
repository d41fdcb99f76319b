<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</TS>
