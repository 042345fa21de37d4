<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FieldEditorFactory</name>
    <message>
        <location filename="../ui/editorvalue.cpp" line="104"/>
        <location filename="../ui/editorvalue.cpp" line="110"/>
        <location filename="../ui/lookupcombo.cpp" line="33"/>
        <location filename="../ui/choicecombo.cpp" line="19"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="57"/>
        <location filename="../ui/gridlookups.cpp" line="134"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="162"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>concord::ChangeBanner</name>
    <message>
        <location filename="../ui/changebanner.cpp" line="67"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="68"/>
        <source>Compare your edits with the record as saved elsewhere, and merge them</source>
        <translation>Ihre Änderungen mit dem anderswo gespeicherten Datensatz vergleichen und zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="70"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="71"/>
        <source>Drop your edits and show the record as saved elsewhere</source>
        <translation>Ihre Änderungen verwerfen und den Datensatz so zeigen, wie er anderswo gespeichert wurde</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="72"/>
        <source>Re-&amp;create</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="73"/>
        <source>Save the record again, with the values in this form</source>
        <translation>Den Datensatz mit den Werten in diesem Formular erneut speichern</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="74"/>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="74"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="124"/>
        <source>Deleted in your other window</source>
        <translation>In Ihrem anderen Fenster gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="125"/>
        <source>Deleted in your other window at %1</source>
        <translation>Am %1 in Ihrem anderen Fenster gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="126"/>
        <source>Changed in your other window</source>
        <translation>In Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="127"/>
        <source>Changed in your other window at %1</source>
        <translation>Am %1 in Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="132"/>
        <source>Deleted by another program</source>
        <translation>Von einem anderen Programm gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="132"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="135"/>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="136"/>
        <source>Deleted by %1 at %2</source>
        <translation>Gelöscht von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="137"/>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="137"/>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
</context>
<context>
    <name>concord::ChangeFeed</name>
    <message>
        <location filename="../core/src/changefeed.cpp" line="63"/>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/src/changefeed.cpp" line="69"/>
        <source>the database connection is closed</source>
        <translation>die Datenbankverbindung ist geschlossen</translation>
    </message>
    <message>
        <location filename="../core/src/changefeed_postgres.cpp" line="78"/>
        <source>the database refused to announce changes (%1)</source>
        <translation>die Datenbank lehnt es ab, Änderungen zu melden (%1)</translation>
    </message>
</context>
<context>
    <name>concord::ChangedFieldMarks</name>
    <message>
        <location filename="../ui/changedfieldmarks.cpp" line="42"/>
        <source>Changed since loaded</source>
        <translation>Seit dem Laden geändert</translation>
    </message>
    <message>
        <location filename="../ui/changedfieldmarks.cpp" line="118"/>
        <location filename="../ui/changedfieldmarks.cpp" line="122"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/changedfieldmarks.cpp" line="125"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>concord::CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Try “%1 --help”.</source>
        <translation>Versuchen Sie „%1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Open a PostgreSQL database, given as libpq key=value pairs (&quot;host=db dbname=shop user=ann&quot;) or as a postgresql:// URL.</source>
        <translation>Öffnet eine PostgreSQL-Datenbank, angegeben als libpq-Paare Schlüssel=Wert (&quot;host=db dbname=shop user=ann&quot;) oder als postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Use this language (&quot;es&quot;, &quot;de&quot;, &quot;en&quot;) instead of the system&apos;s.</source>
        <translation>Verwendet diese Sprache (&quot;es&quot;, &quot;de&quot;, &quot;en&quot;) statt der Systemsprache.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40"/>
        <source>Render the documentation screenshots into this folder and exit.</source>
        <translation>Erstellt die Bildschirmfotos der Dokumentation in diesem Ordner und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Create the demo tables and sample data in the database opened (a PostgreSQL one, say), unless they are there already.</source>
        <translation>Legt die Demo-Tabellen und Beispieldaten in der geöffneten Datenbank an (etwa einer PostgreSQL-Datenbank), sofern sie noch fehlen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Prepare this table for conflict detection (add the version column and, on PostgreSQL, the change notification trigger), print what was done and exit. Running it again changes nothing.</source>
        <translation>Diese Tabelle für die Konflikterkennung vorbereiten (die Versionsspalte und unter PostgreSQL den Trigger für Änderungsmeldungen hinzufügen), ausgeben, was getan wurde, und beenden. Ein zweiter Lauf ändert nichts.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="49"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="51"/>
        <source>With --prepare: &quot;trigger&quot; (the default) adds a trigger that counts the version up on every UPDATE, whoever writes; &quot;client&quot; lets Concord count it up on each save, and misses programs that write without counting it up.</source>
        <translation>Mit --prepare: „trigger“ (Standard) fügt einen Trigger hinzu, der die Version bei jedem UPDATE hochzählt, egal wer schreibt; „client“ lässt Concord sie bei jedem Speichern hochzählen und übersieht Programme, die schreiben, ohne sie hochzuzählen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="55"/>
        <source>trigger|client</source>
        <translation>trigger|client</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="57"/>
        <source>With --prepare: add the modified_by and modified_at columns (on PostgreSQL filled by a trigger from the session user and the server&apos;s clock).</source>
        <translation>Mit --prepare: die Spalten modified_by und modified_at hinzufügen (unter PostgreSQL von einem Trigger aus dem Sitzungsbenutzer und der Uhr des Servers gefüllt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>Show this help and exit.</source>
        <translation>Zeigt diese Hilfe an und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="66"/>
        <source>Concord: edit SQL tables in forms without ever losing an update.
With no database given, the demo database is opened (and created on the first run).</source>
        <translation>Concord: SQL-Tabellen in Formularen bearbeiten, ohne je eine Änderung zu verlieren.
Ohne Angabe einer Datenbank wird die Demo-Datenbank geöffnet (und beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="78"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="79"/>
        <source>A SQLite file, or a postgresql:// URL, to open.</source>
        <translation>Eine zu öffnende SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="80"/>
        <source>[database]</source>
        <translation>[Datenbank]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="101"/>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots benötigt einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>Give at most one database to open; got %1.</source>
        <translation>Geben Sie höchstens eine Datenbank an; angegeben wurden %1.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="115"/>
        <source>Give either --pg or a database file, not both.</source>
        <translation>Geben Sie entweder --pg oder eine Datenbankdatei an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="138"/>
        <source>--strategy and --audit go with --prepare.</source>
        <translation>--strategy und --audit gehören zu --prepare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="145"/>
        <source>--prepare needs a table.</source>
        <translation>--prepare benötigt eine Tabelle.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <source>--strategy is &quot;trigger&quot; or &quot;client&quot;, not &quot;%1&quot;.</source>
        <translation>--strategy ist „trigger“ oder „client“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="158"/>
        <source>--prepare goes without --screenshots and --demo-data.</source>
        <translation>--prepare geht nicht zusammen mit --screenshots und --demo-data.</translation>
    </message>
</context>
<context>
    <name>concord::ConflictDetectionDialog</name>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="19"/>
        <source>Enable Conflict Detection</source>
        <translation>Konflikterkennung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="23"/>
        <source>Concord adds what “%1” is missing to notice every conflicting save: an integer version column, and the way it is counted up. Nothing else in the table changes, and running this again changes nothing.</source>
        <translation>Concord ergänzt, was „%1“ fehlt, damit jedes Speichern im Konflikt bemerkt wird: eine ganzzahlige Versionsspalte und die Art, wie sie hochgezählt wird. Sonst ändert sich nichts an der Tabelle, und ein erneuter Aufruf ändert nichts.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="38"/>
        <source>Counted up by &amp;Concord on each save</source>
        <translation>Von &amp;Concord bei jedem Speichern hochgezählt</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="40"/>
        <source>Works on any database. Programs that write to the table without counting the version up are not noticed.</source>
        <translation>Funktioniert mit jeder Datenbank. Programme, die in die Tabelle schreiben, ohne die Version hochzuzählen, werden nicht bemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="35"/>
        <source>Counted up by a database &amp;trigger on every update</source>
        <translation>Von einem Datenbank-&amp;Trigger bei jeder Änderung hochgezählt</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="37"/>
        <source>Changes made by any program are noticed, not only Concord&apos;s.</source>
        <translation>Änderungen durch jedes Programm werden bemerkt, nicht nur die von Concord.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="42"/>
        <source>Misses programs that write to the table without counting the version up: a save here can overwrite their changes unnoticed.</source>
        <translation>Übersieht Programme, die in die Tabelle schreiben, ohne die Version hochzuzählen: Ein Speichern hier kann deren Änderungen unbemerkt überschreiben.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="55"/>
        <source>Also add &amp;who/when columns (modified_by, modified_at)</source>
        <translation>Auch &amp;Wer/Wann-Spalten hinzufügen (modified_by, modified_at)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="57"/>
        <source>Each save records who saved and when, so a conflict can say who changed the record.</source>
        <translation>Jedes Speichern vermerkt, wer wann gespeichert hat, damit ein Konflikt sagen kann, wer den Datensatz geändert hat.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="64"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
</context>
<context>
    <name>concord::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="137"/>
        <source>Use &amp;yours</source>
        <translation>&amp;Ihren Wert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="139"/>
        <source>Save your value for the selected field</source>
        <translation>Ihren Wert für das ausgewählte Feld speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="140"/>
        <source>Use &amp;theirs</source>
        <translation>&amp;Anderen Wert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="142"/>
        <source>Save their value for the selected field</source>
        <translation>Den anderen Wert für das ausgewählte Feld speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="143"/>
        <source>&amp;Edit result</source>
        <translation>Ergebnis &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="145"/>
        <source>Type the value to save for the selected field</source>
        <translation>Den zu speichernden Wert für das ausgewählte Feld eingeben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="146"/>
        <source>&amp;Hide unchanged fields</source>
        <translation>&amp;Unveränderte Felder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="149"/>
        <source>Copy &amp;my changes</source>
        <translation>Meine Änderungen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="151"/>
        <source>Put the fields you changed on the clipboard, one &quot;field: value&quot; per line</source>
        <translation>Die von Ihnen geänderten Felder in die Zwischenablage kopieren, je Zeile ein „Feld: Wert“</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="156"/>
        <source>&amp;Save merged</source>
        <translation>Zusammenführung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="159"/>
        <location filename="../ui/conflictdialog.cpp" line="299"/>
        <location filename="../ui/conflictdialog.cpp" line="502"/>
        <source>&amp;Reload theirs</source>
        <translation>Andere Version &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="162"/>
        <location filename="../ui/conflictdialog.cpp" line="301"/>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner &amp;Version überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="164"/>
        <source>&amp;Re-create with my values</source>
        <translation>Mit meinen Werten &amp;neu anlegen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="167"/>
        <source>&amp;Discard my changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="172"/>
        <source>Close and keep editing: your changes stay in the form, unsaved</source>
        <translation>Schließen und weiter bearbeiten: Ihre Änderungen bleiben ungespeichert im Formular</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="275"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="276"/>
        <source>Conflict in %1</source>
        <translation>Konflikt in %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="293"/>
        <source>&amp;Keep their version</source>
        <translation>Andere Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="294"/>
        <source>Do not delete: show the record as someone else saved it</source>
        <translation>Nicht löschen: den Datensatz so zeigen, wie ihn jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="295"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="297"/>
        <source>Delete the record, with the changes someone else saved</source>
        <translation>Den Datensatz samt den Änderungen löschen, die jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="300"/>
        <source>Drop your changes and show the record as someone else saved it</source>
        <translation>Ihre Änderungen verwerfen und den Datensatz so zeigen, wie ihn jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="303"/>
        <source>Save your version as it is, replacing what someone else saved</source>
        <translation>Ihre Version unverändert speichern und ersetzen, was jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="315"/>
        <source>There is no conflict to resolve on this record any more.</source>
        <translation>Bei diesem Datensatz gibt es keinen Konflikt mehr zu lösen.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="319"/>
        <source>This record was deleted in your other window.</source>
        <translation>Dieser Datensatz wurde in Ihrem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="321"/>
        <source>You deleted this record here, but changed it in your other window.</source>
        <translation>Sie haben diesen Datensatz hier gelöscht, ihn aber in Ihrem anderen Fenster geändert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="322"/>
        <source>This record was changed in your other window while you were editing it here.</source>
        <translation>Dieser Datensatz wurde in Ihrem anderen Fenster geändert, während Sie ihn hier bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="325"/>
        <source>This record was deleted by someone else.</source>
        <translation>Dieser Datensatz wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="327"/>
        <source>You deleted this record, but someone else changed it in the meantime.</source>
        <translation>Sie haben diesen Datensatz gelöscht, aber jemand anderes hat ihn inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="328"/>
        <source>This record was changed by someone else while you were editing it.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="352"/>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="354"/>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="356"/>
        <source>Changed at %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="358"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="368"/>
        <source>You changed %n field. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Sie haben %n Feld geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
            <numerusform>Sie haben %n Felder geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="370"/>
        <source>You changed %n fields. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Sie haben %n Feld geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
            <numerusform>Sie haben %n Felder geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="374"/>
        <source>Keep their version, or delete the record anyway and lose what they saved.</source>
        <translation>Behalten Sie die andere Version, oder löschen Sie den Datensatz trotzdem samt den fremden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="381"/>
        <source>%n field merged automatically</source>
        <translation>
            <numerusform>%n Feld automatisch zusammengeführt</numerusform>
            <numerusform>%n Felder automatisch zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="382"/>
        <source>%n fields merged automatically</source>
        <translation>
            <numerusform>%n Feld automatisch zusammengeführt</numerusform>
            <numerusform>%n Felder automatisch zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="387"/>
        <source>%n conflict needs your choice</source>
        <translation>
            <numerusform>%n Konflikt erfordert Ihre Entscheidung</numerusform>
            <numerusform>%n Konflikte erfordern Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="388"/>
        <source>%n conflicts need your choice</source>
        <translation>
            <numerusform>%n Konflikt erfordert Ihre Entscheidung</numerusform>
            <numerusform>%n Konflikte erfordern Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="390"/>
        <source>every conflict has a choice: you can save the merged record</source>
        <translation>alle Konflikte entschieden: Sie können den zusammengeführten Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="392"/>
        <source>no conflicts: you can save the merged record</source>
        <translation>keine Konflikte: Sie können den zusammengeführten Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="394"/>
        <source>, </source>
        <comment>joins the parts of the summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="498"/>
        <source>Show the record as someone else saved it?</source>
        <translation>Den Datensatz so anzeigen, wie ihn jemand anderes gespeichert hat?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="499"/>
        <source>Your changes to %1 will be lost, and the record will show what someone else saved. Reload theirs?</source>
        <translation>Ihre Änderungen an %1 gehen verloren, und der Datensatz zeigt, was jemand anderes gespeichert hat. Andere Version laden?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="502"/>
        <source>Reload theirs</source>
        <translation>Andere Version laden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="520"/>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="521"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="522"/>
        <source>Delete the record that someone else saved meanwhile?</source>
        <translation>Den Datensatz löschen, den jemand anderes inzwischen gespeichert hat?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="523"/>
        <source>Someone else&apos;s values for %1 will be lost with the record. Delete anyway?</source>
        <translation>Die fremden Werte für %1 gehen mit dem Datensatz verloren. Trotzdem löschen?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="526"/>
        <source>Overwrite with mine</source>
        <translation>Mit meiner Version überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="527"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="528"/>
        <source>Your version will replace the one someone else saved. Overwrite?</source>
        <translation>Ihre Version ersetzt die von jemand anderem gespeicherte. Überschreiben?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="530"/>
        <source>Someone else&apos;s values for %1 will be lost: your version replaces theirs. Overwrite?</source>
        <translation>Die fremden Werte für %1 gehen verloren: Ihre Version ersetzt die andere. Überschreiben?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="549"/>
        <source>%n field copied</source>
        <translation>
            <numerusform>%n Feld kopiert</numerusform>
            <numerusform>%n Felder kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="550"/>
        <source>%n fields copied</source>
        <translation>
            <numerusform>%n Feld kopiert</numerusform>
            <numerusform>%n Felder kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="602"/>
        <source>The record could not be saved.</source>
        <translation>Der Datensatz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="603"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="615"/>
        <source>Someone else deleted this record in the meantime.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="617"/>
        <source>Someone else saved again in the meantime; review their latest values.</source>
        <translation>Jemand anderes hat inzwischen erneut gespeichert; prüfen Sie die neuesten Werte.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="620"/>
        <source>Your choice for %1 was cleared because their value changed.</source>
        <translation>Ihre Wahl für %1 wurde zurückgesetzt, weil sich der andere Wert geändert hat.</translation>
    </message>
</context>
<context>
    <name>concord::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="21"/>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="43"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>asked for when needed; never stored</source>
        <translation>wird bei Bedarf abgefragt, nie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>postgresql://user@host:5432/database or host=… dbname=… user=…</source>
        <translation>postgresql://benutzer@host:5432/datenbank oder host=… dbname=… user=…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>When given, this line is used instead of the fields above.</source>
        <translation>Falls angegeben, wird diese Zeile statt der Felder oben verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>Or &amp;connection string:</source>
        <translation>Oder &amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>concord::DatabaseConnector</name>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="90"/>
        <source>The file &quot;%1&quot; is not a SQLite database.</source>
        <translation>Die Datei „%1“ ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="91"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="96"/>
        <source>The folder &quot;%1&quot; that holds the database is read-only: SQLite needs to create its -wal and -shm files there. Make the folder writable, then open the database again.</source>
        <translation>Der Ordner „%1“, der die Datenbank enthält, ist schreibgeschützt: SQLite muss dort seine -wal- und -shm-Dateien anlegen. Machen Sie den Ordner beschreibbar und öffnen Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="108"/>
        <source>Cannot set up &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="122"/>
        <source>Cannot enable foreign keys: %1</source>
        <translation>Fremdschlüssel können nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="207"/>
        <source>The %1 database driver (%2) is not installed. On Debian or Ubuntu, install the package %3.</source>
        <translation>Der %1-Datenbanktreiber (%2) ist nicht installiert. Installieren Sie unter Debian oder Ubuntu das Paket %3.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="219"/>
        <source>A connection named &quot;%1&quot; is already open.</source>
        <translation>Eine Verbindung namens „%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="225"/>
        <source>No SQLite database file was given.</source>
        <translation>Es wurde keine SQLite-Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="232"/>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="238"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="300"/>
        <source>There is no connection to copy.</source>
        <translation>Es gibt keine Verbindung zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="317"/>
        <source>There is no connection to open again.</source>
        <translation>Es gibt keine Verbindung, die erneut geöffnet werden kann.</translation>
    </message>
</context>
<context>
    <name>concord::DeleteConfirmation</name>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="10"/>
        <source>Delete Record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="13"/>
        <source>The record is removed from the database for everyone. This cannot be undone.</source>
        <translation>Der Datensatz wird für alle aus der Datenbank entfernt. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="15"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>concord::DraftJournal</name>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="100"/>
        <source>A draft needs a table, a key and an edit.</source>
        <translation>Ein Entwurf braucht eine Tabelle, einen Schlüssel und eine Änderung.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="115"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="216"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>concord::GridUndo</name>
    <message>
        <location filename="../ui/gridundo.cpp" line="21"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="26"/>
        <source>Undo the last cell edit of this record (%1)</source>
        <translation>Die letzte Zelländerung dieses Datensatzes rückgängig machen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="113"/>
        <source>Undid the edit of %1</source>
        <translation>Änderung von %1 rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>concord::LiveNoticeLabel</name>
    <message>
        <location filename="../ui/livenoticelabel.cpp" line="30"/>
        <source>Changes by others are not shown live: %1</source>
        <translation>Änderungen anderer werden nicht live angezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/livenoticelabel.cpp" line="33"/>
        <source>What this window shows may be out of date. Reload to see the records as they are now.</source>
        <translation>Was dieses Fenster zeigt, ist möglicherweise veraltet. Laden Sie neu, um die Datensätze im aktuellen Stand zu sehen.</translation>
    </message>
</context>
<context>
    <name>concord::LookupCombo</name>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="179"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>Cannot open %1.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>Cannot Open the Demo Database</source>
        <translation>Demo-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="145"/>
        <source>The demo database %1 could not be created.

%2</source>
        <translation>Die Demo-Datenbank %1 konnte nicht angelegt werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>The demo tables are already in %1</source>
        <translation>Die Demo-Tabellen sind bereits in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Load Demo Data</source>
        <translation>Demo-Daten laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>Create the demo tables (customers, products, orders, order lines) with sample data in %1?</source>
        <translation>Die Demo-Tabellen (Kunden, Produkte, Bestellungen, Bestellpositionen) mit Beispieldaten in %1 anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Cannot Load the Demo Data</source>
        <translation>Demo-Daten können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="174"/>
        <source>Nothing was changed in %1.

%2</source>
        <translation>In %1 wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Demo data loaded into %1</source>
        <translation>Demo-Daten in %1 geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>Open SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>About Concord</source>
        <translation>Über Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;A form editor for SQL tables that never loses an update: every save checks the record&apos;s version, and when someone else changed the record in the meantime you see both versions and merge them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Ein Formulareditor für SQL-Tabellen, der nie eine Änderung verliert: Jedes Speichern prüft die Version des Datensatzes, und hat ihn inzwischen jemand anderes geändert, sehen Sie beide Versionen und führen sie zusammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Save or revert the edited row first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die bearbeitete Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Close the record windows of “%1” first.</source>
        <translation>Schließen Sie zuerst die Datensatzfenster von „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="252"/>
        <source>Enable Conflict Detection</source>
        <translation>Konflikterkennung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Conflict detection could not be enabled on “%1”. The table is unchanged.</source>
        <translation>Die Konflikterkennung konnte für „%1“ nicht aktiviert werden. Die Tabelle ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>Nothing to do: “%1” has everything conflict detection needs already.</source>
        <translation>Nichts zu tun: „%1“ hat bereits alles, was die Konflikterkennung braucht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Conflict detection is enabled on “%1”.</source>
        <translation>Die Konflikterkennung ist für „%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="279"/>
        <source>Unsaved Record</source>
        <translation>Nicht gespeicherter Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>The edited record could not be saved. Quit anyway and lose its edits?</source>
        <translation>Der bearbeitete Datensatz konnte nicht gespeichert werden. Trotzdem beenden und die Änderungen verlieren?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;Quit Without Saving</source>
        <translation>&amp;Beenden ohne Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>&amp;Open SQLite File…</source>
        <translation>SQLite-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="312"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>&amp;Load Demo Data into This Database…</source>
        <translation>Demo-Da&amp;ten in diese Datenbank laden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="326"/>
        <source>&amp;Table List</source>
        <translation>&amp;Tabellenliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>&amp;Enable Conflict Detection…</source>
        <translation>&amp;Konflikterkennung aktivieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="336"/>
        <source>Add a version column to the open table, so that every conflicting save is noticed</source>
        <translation>Der geöffneten Tabelle eine Versionsspalte hinzufügen, damit jedes Speichern im Konflikt bemerkt wird</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>&amp;About Concord</source>
        <translation>Ü&amp;ber Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Recent Connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>That password was not accepted. Try again.</source>
        <translation>Das Passwort wurde nicht akzeptiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="432"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>• %1, edited %2</source>
        <translation>• %1, bearbeitet am %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="460"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="462"/>
        <source>Unsaved Changes Found</source>
        <translation>Nicht gespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>Unsaved changes from an earlier session were found for one record.</source>
        <translation>Für einen Datensatz wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="465"/>
        <source>Unsaved changes from an earlier session were found for %n records.</source>
        <translation>
            <numerusform>Für %n Datensatz wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</numerusform>
            <numerusform>Für %n Datensätze wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>%1

Restore opens each record with those changes, for you to save. If someone changed a record since, saving shows both versions first: nothing of theirs is overwritten. Discard deletes the changes; Later asks again next time.</source>
        <translation>%1

Wiederherstellen öffnet jeden Datensatz mit diesen Änderungen, damit Sie sie speichern. Hat jemand einen Datensatz inzwischen geändert, zeigt das Speichern zuerst beide Versionen: Nichts davon wird überschrieben. Verwerfen löscht die Änderungen; Später fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="486"/>
        <source>Unsaved changes from the earlier session discarded</source>
        <translation>Nicht gespeicherte Änderungen der früheren Sitzung verworfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>Unsaved Changes Not Restored</source>
        <translation>Nicht gespeicherte Änderungen nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>These records could not be opened, so their unsaved changes were kept for later: %1.</source>
        <translation>Diese Datensätze ließen sich nicht öffnen, ihre nicht gespeicherten Änderungen bleiben daher für später erhalten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Restored the unsaved changes of one record</source>
        <translation>Nicht gespeicherte Änderungen eines Datensatzes wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Restored the unsaved changes of %n records</source>
        <translation>
            <numerusform>Nicht gespeicherte Änderungen von %n Datensatz wiederhergestellt</numerusform>
            <numerusform>Nicht gespeicherte Änderungen von %n Datensätzen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="542"/>
        <source>This database has no tables.</source>
        <translation>Diese Datenbank enthält keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="585"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="592"/>
        <source>%1 — Concord</source>
        <translation>%1 — Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="599"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>Not connected.

Open a SQLite file or connect to PostgreSQL from the File menu.</source>
        <translation>Nicht verbunden.

Öffnen Sie über das Menü „Datei“ eine SQLite-Datei oder verbinden Sie sich mit PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>concord::MergeTableModel</name>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="226"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergetablemodel.cpp" line="239"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="254"/>
        <location filename="../ui/mergetablemodel.cpp" line="258"/>
        <location filename="../ui/mergetablemodel.cpp" line="273"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="255"/>
        <source>changed by you</source>
        <translation>von Ihnen geändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="259"/>
        <source>changed by them</source>
        <translation>von anderen geändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="263"/>
        <source>chosen: yours</source>
        <translation>gewählt: Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="265"/>
        <source>chosen: theirs</source>
        <translation>gewählt: anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="267"/>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="275"/>
        <source>merged: yours</source>
        <translation>übernommen: Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="277"/>
        <source>merged: theirs</source>
        <translation>übernommen: anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="279"/>
        <source>merged: same change</source>
        <translation>übernommen: gleiche Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="283"/>
        <source>conflict: choose</source>
        <translation>Konflikt: bitte wählen</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="343"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="345"/>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="378"/>
        <source>Both sides changed this field differently: use yours, use theirs, or edit the Result cell.</source>
        <translation>Beide Seiten haben dieses Feld unterschiedlich geändert: Verwenden Sie Ihren oder den anderen Wert, oder bearbeiten Sie die Zelle „Ergebnis“.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="384"/>
        <source>You and the other side changed this field to the same value.</source>
        <translation>Sie und die andere Seite haben dieses Feld auf denselben Wert geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="388"/>
        <source>Someone else deleted this record.</source>
        <translation>Jemand anderes hat diesen Datensatz gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="392"/>
        <source>You deleted this record.</source>
        <translation>Sie haben diesen Datensatz gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="455"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="457"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="459"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="461"/>
        <source>Theirs</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="463"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="465"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="472"/>
        <source>The value when you started editing</source>
        <translation>Der Wert zu Beginn Ihrer Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="474"/>
        <source>Your edit</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="476"/>
        <source>The value someone else saved meanwhile</source>
        <translation>Der Wert, den jemand anderes inzwischen gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="478"/>
        <source>The value that will be saved</source>
        <translation>Der Wert, der gespeichert wird</translation>
    </message>
</context>
<context>
    <name>concord::NullableDateTimeEdit</name>
    <message>
        <location filename="../ui/nullabledatetimeedit.cpp" line="47"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>concord::NullableDoubleSpinBox</name>
    <message>
        <location filename="../ui/nullabledoublespinbox.cpp" line="21"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>concord::NullableSpinBox</name>
    <message>
        <location filename="../ui/nullablespinbox.cpp" line="16"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>concord::PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="18"/>
        <source>Password required</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="22"/>
        <source>The server %1 asks for a password.</source>
        <translation>Der Server %1 verlangt ein Passwort.</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="42"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>concord::PrepareCommand</name>
    <message>
        <location filename="../app/preparecommand.cpp" line="35"/>
        <source>There is no SQLite database %1.</source>
        <translation>Es gibt keine SQLite-Datenbank %1.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="54"/>
        <source>The server asks for a password. Give it in PGPASSWORD or ~/.pgpass: --prepare does not ask.</source>
        <translation>Der Server verlangt ein Passwort. Geben Sie es in PGPASSWORD oder ~/.pgpass an: --prepare fragt nicht danach.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="57"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="61"/>
        <source>The demo database %1 could not be created: %2</source>
        <translation>Die Demo-Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="69"/>
        <source>Cannot prepare %1 in %2: %3</source>
        <translation>%1 in %2 kann nicht vorbereitet werden: %3</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="72"/>
        <source>Nothing to do: %1 in %2 is prepared already.</source>
        <translation>Nichts zu tun: %1 in %2 ist bereits vorbereitet.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="76"/>
        <source>Prepared %1 in %2:</source>
        <translation>%1 in %2 vorbereitet:</translation>
    </message>
</context>
<context>
    <name>concord::RecordFormUndo</name>
    <message>
        <location filename="../ui/recordformundo.cpp" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="36"/>
        <source>Undo the last field edit (%1)</source>
        <translation>Die letzte Feldänderung rückgängig machen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="38"/>
        <source>Undo the typing in this field, then the form&apos;s last field edit</source>
        <translation>Erst die Eingabe in diesem Feld, dann die letzte Feldänderung des Formulars rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="39"/>
        <location filename="../ui/recordformundo.cpp" line="190"/>
        <source>Revert &amp;Field</source>
        <translation>&amp;Feld zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="42"/>
        <source>Put the field back as loaded; pressed again, the whole record</source>
        <translation>Das Feld wie geladen wiederherstellen; erneut gedrückt den ganzen Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="155"/>
        <source>Undid the edit of %1</source>
        <translation>Änderung von %1 rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="168"/>
        <source>%1 is back as loaded; Esc again reverts the record</source>
        <translation>%1 ist wieder wie geladen; erneut Esc setzt den Datensatz zurück</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="190"/>
        <source>Revert &amp;Record</source>
        <translation>&amp;Datensatz zurücksetzen</translation>
    </message>
</context>
<context>
    <name>concord::RecordFormView</name>
    <message>
        <location filename="../ui/recordformview.cpp" line="111"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>concord::RecordFormWindow</name>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="120"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="131"/>
        <source>Cannot open %1: the record&apos;s key does not match the table&apos;s primary key.</source>
        <translation>%1 kann nicht geöffnet werden: Der Schlüssel des Datensatzes passt nicht zum Primärschlüssel der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="142"/>
        <source>%1 no longer exists: someone else deleted it.</source>
        <translation>%1 existiert nicht mehr: Jemand anderes hat ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="143"/>
        <source>%1 no longer exists or no longer contains “%2”: someone else deleted or changed it.</source>
        <translation>%1 existiert nicht mehr oder enthält „%2“ nicht mehr: Jemand anderes hat ihn gelöscht oder geändert.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="165"/>
        <location filename="../ui/recordformwindow.cpp" line="651"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="165"/>
        <source>Save this record</source>
        <translation>Diesen Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="168"/>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="169"/>
        <source>Drop your unsaved changes to this record</source>
        <translation>Nicht gespeicherte Änderungen an diesem Datensatz verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="170"/>
        <source>&amp;Reload</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="171"/>
        <source>Read this record again from the database</source>
        <translation>Diesen Datensatz erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="174"/>
        <source>&amp;Delete Record…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="175"/>
        <source>Delete this record from the table</source>
        <translation>Diesen Datensatz aus der Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="177"/>
        <source>&amp;Previous</source>
        <translation>V&amp;orheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="178"/>
        <source>Go to the previous record</source>
        <translation>Zum vorherigen Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="181"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="181"/>
        <source>Go to the next record</source>
        <translation>Zum nächsten Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="184"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="202"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="211"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="268"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="369"/>
        <source>%1 has no records left.</source>
        <translation>%1 enthält keine Datensätze mehr.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="385"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="393"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="415"/>
        <source>Conflict: %1 was deleted by someone else</source>
        <translation>Konflikt: %1 wurde von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="417"/>
        <source>Conflict with a change by someone else</source>
        <translation>Konflikt mit einer Änderung von jemand anderem</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="418"/>
        <source>Conflict with a change by %1</source>
        <translation>Konflikt mit einer Änderung von %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="435"/>
        <source>Your changes are kept, unsaved</source>
        <translation>Ihre Änderungen bleiben erhalten, ungespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="439"/>
        <source>Not saved: someone else deleted this record. Save again to decide whether to recreate it.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz gelöscht. Speichern Sie erneut, um zu entscheiden, ob er neu angelegt wird.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="441"/>
        <source>Not saved: someone else changed this record. Save again to merge, or reload to take their version.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz geändert. Speichern Sie erneut zum Zusammenführen, oder laden Sie neu, um die andere Version zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="443"/>
        <location filename="../ui/recordformwindow.cpp" line="505"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="446"/>
        <source>Saved the merged record</source>
        <translation>Zusammengeführter Datensatz gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="449"/>
        <source>Saved your version over theirs</source>
        <translation>Ihre Version hat die andere ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="452"/>
        <location filename="../ui/recordformwindow_live.cpp" line="220"/>
        <source>Saved the record again</source>
        <translation>Datensatz erneut gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="455"/>
        <location filename="../ui/recordformwindow_live.cpp" line="206"/>
        <source>Reloaded their version; your changes were dropped</source>
        <translation>Andere Version geladen; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="458"/>
        <source>The record was deleted by someone else; your changes were dropped</source>
        <translation>Der Datensatz wurde von jemand anderem gelöscht; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="502"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="516"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="520"/>
        <source>Not saved: check %1</source>
        <translation>Nicht gespeichert: %1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="522"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="536"/>
        <source>Changes reverted</source>
        <translation>Änderungen verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="548"/>
        <location filename="../ui/recordformwindow_live.cpp" line="200"/>
        <source>Could not reload: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="555"/>
        <source>%1 was deleted by someone else.</source>
        <translation>%1 wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="556"/>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="560"/>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="569"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="578"/>
        <location filename="../ui/recordformwindow.cpp" line="599"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="588"/>
        <source>%1 had already been deleted by someone else</source>
        <translation>%1 war bereits von jemand anderem gelöscht worden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="607"/>
        <source>Not deleted: showing what someone else saved</source>
        <translation>Nicht gelöscht: Angezeigt wird, was jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="608"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="625"/>
        <source>This is the last record</source>
        <translation>Dies ist der letzte Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="646"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="647"/>
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="652"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="653"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="654"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="684"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="98"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="100"/>
        <source>%1[*] — Concord</source>
        <translation>%1[*] — Concord</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="129"/>
        <source>%1; the form shows the new values</source>
        <translation>%1; das Formular zeigt die neuen Werte</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="181"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="182"/>
        <source>Drop your changes to %1 and show it as saved elsewhere?</source>
        <translation>Ihre Änderungen an %1 verwerfen und den Datensatz so zeigen, wie er anderswo gespeichert wurde?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="186"/>
        <source>Your changes cannot be recovered afterwards.</source>
        <translation>Ihre Änderungen lassen sich danach nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="187"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="707"/>
        <source>Record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="95"/>
        <source>Your unsaved changes could not be kept safe: %1</source>
        <translation>Ihre nicht gespeicherten Änderungen konnten nicht gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="135"/>
        <source>The unsaved changes could not be put back: the table&apos;s columns have changed since.</source>
        <translation>Die nicht gespeicherten Änderungen ließen sich nicht wiederherstellen: Die Spalten der Tabelle haben sich inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="143"/>
        <source>Unsaved changes from an earlier session are back. Save to keep them; if someone changed the record since, you will see both versions first.</source>
        <translation>Nicht gespeicherte Änderungen aus einer früheren Sitzung sind wieder da. Speichern Sie, um sie zu behalten; hat jemand den Datensatz inzwischen geändert, sehen Sie zuerst beide Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="146"/>
        <source>Restored unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>concord::RefreshedCells</name>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="251"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="269"/>
        <source>Changed in your other window</source>
        <translation>In Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="270"/>
        <source>Changed in your other window at %1</source>
        <comment>%1 is a time of day</comment>
        <translation>Um %1 in Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="271"/>
        <source>Changed in your other window at %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Am %1 in Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="275"/>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="276"/>
        <source>Changed by %1 at %2</source>
        <comment>%2 is a time of day</comment>
        <translation>Geändert von %1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="277"/>
        <source>Changed by %1 at %2</source>
        <comment>%2 is a date and time</comment>
        <translation>Geändert von %1 am %2</translation>
    </message>
</context>
<context>
    <name>concord::RowStateHeader</name>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="88"/>
        <source>Edited: the changes are not saved yet</source>
        <translation>Bearbeitet: Die Änderungen sind noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="90"/>
        <source>New record: not saved yet</source>
        <translation>Neuer Datensatz: noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="92"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="94"/>
        <source>Conflict: someone else changed or deleted this record; save again to resolve it, or revert the record</source>
        <translation>Konflikt: Jemand anderes hat diesen Datensatz geändert oder gelöscht; speichern Sie erneut, um ihn aufzulösen, oder setzen Sie den Datensatz zurück</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="97"/>
        <source>Changed elsewhere: someone else saved this record; your edits are kept</source>
        <translation>Anderswo geändert: Jemand anderes hat diesen Datensatz gespeichert; Ihre Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="99"/>
        <source>Deleted elsewhere: someone else deleted this record; your edits are kept</source>
        <translation>Anderswo gelöscht: Jemand anderes hat diesen Datensatz gelöscht; Ihre Änderungen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>concord::Screenshots</name>
    <message>
        <location filename="../app/screenshots.cpp" line="60"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="222"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="229"/>
        <source>Cannot create a temporary folder</source>
        <translation>Es kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="196"/>
        <location filename="../app/screenshots.cpp" line="251"/>
        <source>Cannot open the customers table of the demo database</source>
        <translation>Die Tabelle customers der Demo-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="176"/>
        <source>Cannot open the orders table of the demo database</source>
        <translation>Die Tabelle orders der Demo-Datenbank lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="185"/>
        <source>Edited: press Ctrl+S to save, Esc to revert</source>
        <translation>Geändert: Strg+S speichert, Esc verwirft</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="209"/>
        <source>The refused delete said: %1</source>
        <translation>Das abgelehnte Löschen meldete: %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="261"/>
        <source>Double-click a row, or press Enter, to open it in a window of its own</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um sie in einem eigenen Fenster zu öffnen</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="271"/>
        <source>Cannot open the record windows</source>
        <translation>Die Datensatzfenster können nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="295"/>
        <source>The first save failed: %1</source>
        <translation>Das erste Speichern ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="307"/>
        <source>The change banner did not show</source>
        <translation>Der Änderungshinweis wurde nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="317"/>
        <source>The conflict dialog did not open</source>
        <translation>Der Konfliktdialog wurde nicht geöffnet</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="328"/>
        <source>The demo database has no customer without orders</source>
        <translation>Die Demo-Datenbank enthält keinen Kunden ohne Bestellungen</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="333"/>
        <source>Cannot open a customer in a window</source>
        <translation>Ein Kunde kann nicht in einem Fenster geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="346"/>
        <source>The conflict dialog did not open for the deleted record</source>
        <translation>Der Konfliktdialog wurde für den gelöschten Datensatz nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>concord::TableBrowser</name>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="66"/>
        <source>&amp;Open in New Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="69"/>
        <source>Open the current record in a form window of its own</source>
        <translation>Den aktuellen Datensatz in einem eigenen Formularfenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="70"/>
        <source>&amp;New Record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="72"/>
        <source>&amp;Delete Record…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="76"/>
        <source>&amp;Save Record</source>
        <translation>Datensatz &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="80"/>
        <source>Re&amp;vert Record</source>
        <translation>Datensatz &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="84"/>
        <source>&amp;Reload</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="85"/>
        <source>&amp;Filter Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="87"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="90"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="102"/>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="106"/>
        <source>Show only rows where a text column contains this (%1)</source>
        <translation>Nur Zeilen anzeigen, in denen eine Textspalte dies enthält (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="175"/>
        <source>Not saved: %1 is required; the cell keeps its value.</source>
        <translation>Nicht gespeichert: %1 ist erforderlich; die Zelle behält ihren Wert.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="191"/>
        <location filename="../ui/tablebrowser.cpp" line="324"/>
        <source>Choose a table on the left.</source>
        <translation>Wählen Sie links eine Tabelle aus.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="257"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="268"/>
        <source>The table “%1” cannot be edited here.

%2</source>
        <translation>Die Tabelle „%1“ kann hier nicht bearbeitet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="269"/>
        <source>The table “%1” could not be read.

%2</source>
        <translation>Die Tabelle „%1“ konnte nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="289"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="374"/>
        <source>Conflict detection: read-only</source>
        <translation>Konflikterkennung: schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="378"/>
        <source>Conflict detection: client counting — changes by programs that do not count the version are not caught</source>
        <translation>Konflikterkennung: Zählung durch Concord – Änderungen von Programmen, die die Version nicht hochzählen, werden nicht erkannt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="381"/>
        <source>Conflict detection: trigger</source>
        <translation>Konflikterkennung: Trigger</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="383"/>
        <source>Conflict detection: xmin</source>
        <translation>Konflikterkennung: xmin</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="385"/>
        <source>Conflict detection: compares changed fields</source>
        <translation>Konflikterkennung: vergleicht geänderte Felder</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="397"/>
        <source>Nothing tells this table&apos;s records apart (it has no primary key), so they are shown but cannot be saved.</source>
        <translation>Nichts unterscheidet die Datensätze dieser Tabelle (sie hat keinen Primärschlüssel): Sie werden angezeigt, können aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="401"/>
        <source>Each save checks the record&apos;s version column and counts it up. Programs that write without counting it up are not noticed.</source>
        <translation>Jedes Speichern prüft die Versionsspalte des Datensatzes und zählt sie hoch. Programme, die schreiben, ohne sie hochzuzählen, werden nicht bemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="404"/>
        <source>A database trigger counts the version column up on every update, so changes by any program are noticed.</source>
        <translation>Ein Datenbank-Trigger zählt die Versionsspalte bei jeder Änderung hoch, sodass Änderungen durch jedes Programm bemerkt werden.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="407"/>
        <source>PostgreSQL&apos;s row version (xmin) tells whether a record changed since it was read; the table needs no version column. Record menu: Enable Conflict Detection adds one.</source>
        <translation>Die Zeilenversion von PostgreSQL (xmin) zeigt, ob sich ein Datensatz seit dem Lesen geändert hat; die Tabelle braucht keine Versionsspalte. Menü Datensatz: „Konflikterkennung aktivieren“ fügt eine hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="411"/>
        <source>The table has no version column: a save checks that the fields you changed still hold what you loaded. Changes to other fields go unnoticed. Record menu: Enable Conflict Detection adds a version column.</source>
        <translation>Die Tabelle hat keine Versionsspalte: Beim Speichern wird geprüft, ob die von Ihnen geänderten Felder noch die geladenen Werte enthalten. Änderungen an anderen Feldern bleiben unbemerkt. Menü Datensatz: „Konflikterkennung aktivieren“ fügt eine Versionsspalte hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="425"/>
        <source>This table has no primary key: its records cannot be opened in a window.</source>
        <translation>Diese Tabelle hat keinen Primärschlüssel: Ihre Datensätze lassen sich nicht in einem Fenster öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="431"/>
        <source>Save or revert the edited row before opening a window.</source>
        <translation>Speichern oder verwerfen Sie die bearbeitete Zeile, bevor Sie ein Fenster öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="456"/>
        <source>Cannot open a window</source>
        <translation>Fenster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="457"/>
        <source>A second connection to the database failed:
%1</source>
        <translation>Eine zweite Verbindung zur Datenbank ist fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="464"/>
        <source>The record could not be opened in a window: %1</source>
        <translation>Der Datensatz konnte nicht in einem Fenster geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="48"/>
        <source>Showing all rows</source>
        <translation>Alle Zeilen werden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="50"/>
        <source>No rows contain “%1”</source>
        <translation>Keine Zeile enthält „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="55"/>
        <source>%n row contains “%1”</source>
        <translation>
            <numerusform>%n Zeile enthält „%1“</numerusform>
            <numerusform>%n Zeilen enthalten „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="56"/>
        <source>%n rows contain “%1”</source>
        <translation>
            <numerusform>%n Zeile enthält „%1“</numerusform>
            <numerusform>%n Zeilen enthalten „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="68"/>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="66"/>
        <source>New record: it is saved when you leave the row</source>
        <translation>Neuer Datensatz: Er wird beim Verlassen der Zeile gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="74"/>
        <source>Delete this record from “%1”?</source>
        <translation>Diesen Datensatz aus „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="100"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="109"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="122"/>
        <source>Edits dropped</source>
        <translation>Änderungen verworfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="90"/>
        <source>End of the table: %Ln rows</source>
        <translation>
            <numerusform>Ende der Tabelle: %Ln Zeile</numerusform>
            <numerusform>Ende der Tabelle: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="105"/>
        <source>Reading rows: %1 of %2</source>
        <translation>Zeilen werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="78"/>
        <source>Row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="83"/>
        <source>Drop the unsaved edits of the current record (Esc)</source>
        <translation>Die ungespeicherten Änderungen des aktuellen Datensatzes verwerfen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="91"/>
        <source>Not deleted.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="178"/>
        <source>Conflict resolved: the merged record is saved</source>
        <translation>Konflikt gelöst: Der zusammengeführte Datensatz ist gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="181"/>
        <source>Conflict resolved: the record now shows the other change</source>
        <translation>Konflikt gelöst: Der Datensatz zeigt jetzt die andere Änderung</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="184"/>
        <source>Conflict resolved: your version is saved over the other</source>
        <translation>Konflikt gelöst: Ihre Version hat die andere ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="187"/>
        <source>Conflict resolved: the deleted record is saved again</source>
        <translation>Konflikt gelöst: Der gelöschte Datensatz ist wieder gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="190"/>
        <source>Conflict resolved: your edits are dropped</source>
        <translation>Konflikt gelöst: Ihre Änderungen sind verworfen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="193"/>
        <source>Conflict not resolved: your edits are kept. Save again to resolve it, or revert the record.</source>
        <translation>Konflikt nicht gelöst: Ihre Änderungen bleiben erhalten. Speichern Sie erneut, um ihn zu lösen, oder setzen Sie den Datensatz zurück.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="207"/>
        <source>Not saved: %1 Fix the value or revert the record.</source>
        <translation>Nicht gespeichert: %1 Korrigieren Sie den Wert oder setzen Sie den Datensatz zurück.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="219"/>
        <source>Conflict: someone else deleted this record</source>
        <translation>Konflikt: Jemand anderes hat diesen Datensatz gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="224"/>
        <source>Conflict with a change by someone else</source>
        <translation>Konflikt mit einer Änderung von jemand anderem</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="225"/>
        <source>Conflict with a change by %1</source>
        <translation>Konflikt mit einer Änderung von %1</translation>
    </message>
</context>
<context>
    <name>concord::TablePreparer</name>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="148"/>
        <source>The connection is inside a transaction. Preparing a table runs in a transaction of its own and would end yours: commit or roll it back first. Nothing was changed.</source>
        <translation>Die Verbindung befindet sich in einer Transaktion. Das Vorbereiten einer Tabelle läuft in einer eigenen Transaktion und würde Ihre beenden: Bestätigen Sie sie zuerst oder machen Sie sie rückgängig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="227"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="232"/>
        <source>Tables can be prepared on SQLite and PostgreSQL only.</source>
        <translation>Tabellen lassen sich nur unter SQLite und PostgreSQL vorbereiten.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="237"/>
        <source>A table is prepared for the client or the trigger strategy; the other strategies need no change to the table.</source>
        <translation>Eine Tabelle wird für die Client- oder die Trigger-Strategie vorbereitet; die anderen Strategien brauchen keine Änderung an der Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="244"/>
        <source>No version column name was given.</source>
        <translation>Es wurde kein Name für die Versionsspalte angegeben.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="250"/>
        <source>&quot;%1&quot; is not a table name. Write it as table or schema.table, with double quotes around a part that holds dots or quotes.</source>
        <translation>„%1“ ist kein Tabellenname. Schreiben Sie ihn als tabelle oder schema.tabelle, mit doppelten Anführungszeichen um einen Teil, der Punkte oder Anführungszeichen enthält.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="278"/>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="291"/>
        <source>Saving the changes failed: %1. Nothing was changed.</source>
        <translation>Das Speichern der Änderungen ist fehlgeschlagen: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="183"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="218"/>
        <source>There is no table named %1.</source>
        <translation>Es gibt keine Tabelle namens %1.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="222"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="244"/>
        <source>Table %1 has no primary key, so its records cannot be told apart and no save could be checked. Add a primary key first. Nothing was changed.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: Ihre Datensätze lassen sich nicht unterscheiden, und kein Speichern ließe sich prüfen. Fügen Sie zuerst einen Primärschlüssel hinzu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="237"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="260"/>
        <source>Adding the column &quot;%1&quot;</source>
        <translation>Das Hinzufügen der Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="246"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="268"/>
        <source>Table %1 has a column &quot;%2&quot;, but not of an integer type, so it cannot hold versions that compare exactly. Change it to INTEGER, or choose another version column. Nothing was changed.</source>
        <translation>Tabelle %1 hat eine Spalte „%2“, aber nicht von einem Ganzzahltyp, daher kann sie keine exakt vergleichbaren Versionen aufnehmen. Ändern Sie sie in INTEGER oder wählen Sie eine andere Versionsspalte. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="256"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="279"/>
        <source>Added version column &quot;%1&quot; (%2)</source>
        <translation>Versionsspalte „%1“ hinzugefügt (%2)</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="269"/>
        <source>Table %1 has a column &quot;%2&quot; for who changed a record, but not of a text type, so the user&apos;s name cannot be written there. Change it to TEXT, or prepare the table without audit. Nothing was changed.</source>
        <translation>Tabelle %1 hat eine Spalte „%2“ dafür, wer einen Datensatz geändert hat, aber nicht von einem Texttyp, daher lässt sich der Benutzername dort nicht eintragen. Ändern Sie sie in TEXT oder bereiten Sie die Tabelle ohne Audit vor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="276"/>
        <source>Table %1 has a column &quot;%2&quot; for when a record was changed, but not of a date or time type. Change it to TIMESTAMP, or prepare the table without audit. Nothing was changed.</source>
        <translation>Tabelle %1 hat eine Spalte „%2“ dafür, wann ein Datensatz geändert wurde, aber nicht von einem Datums- oder Zeittyp. Ändern Sie sie in TIMESTAMP oder bereiten Sie die Tabelle ohne Audit vor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="285"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="287"/>
        <source>Added column &quot;%1&quot; (%2) for who changed a record last</source>
        <translation>Spalte „%1“ (%2) dafür hinzugefügt, wer einen Datensatz zuletzt geändert hat</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="292"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="293"/>
        <source>Added column &quot;%1&quot; (%2) for when a record was changed last</source>
        <translation>Spalte „%1“ (%2) dafür hinzugefügt, wann ein Datensatz zuletzt geändert wurde</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="317"/>
        <source>Created the function %1</source>
        <translation>Funktion %1 angelegt</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="319"/>
        <source>Replaced the function %1, which differed from what Concord installs</source>
        <translation>Funktion %1 ersetzt, die von der abwich, die Concord installiert</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="330"/>
        <source>Creating the function %1</source>
        <translation>Das Anlegen der Funktion %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="372"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="172"/>
        <source>Replaced the trigger &quot;%1&quot;, which differed from what Concord installs</source>
        <translation>Trigger „%1“ ersetzt, der von dem abwich, den Concord installiert</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="428"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="77"/>
        <source>Raised the version counter of %1 to its highest version</source>
        <translation>Versionszähler von %1 auf die höchste Version angehoben</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="432"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="81"/>
        <source>Raising the version counter of %1</source>
        <translation>Anheben des Versionszählers von %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="444"/>
        <source>Created the sequence %1, which counts versions so that a record inserted again never gets one it had before</source>
        <translation>Sequenz %1 angelegt; sie zählt die Versionen, sodass ein erneut eingefügter Datensatz nie eine bekommt, die er schon hatte</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="448"/>
        <source>Creating the sequence %1</source>
        <translation>Anlegen der Sequenz %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="477"/>
        <source>Installed the version trigger &quot;%1&quot;: every UPDATE counts &quot;%2&quot; up by one and every INSERT gives it a number the record never had, whoever writes</source>
        <translation>Versions-Trigger „%1“ installiert: jedes UPDATE zählt „%2“ um eins hoch und jedes INSERT gibt ihr eine Nummer, die der Datensatz nie hatte, egal wer schreibt</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="46"/>
        <source>Created the table %1, which counts versions so that a record inserted again never gets one it had before</source>
        <translation>Tabelle %1 angelegt; sie zählt die Versionen, sodass ein erneut eingefügter Datensatz nie eine bekommt, die er schon hatte</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="50"/>
        <source>Creating the table %1</source>
        <translation>Anlegen der Tabelle %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="90"/>
        <source>Started the version counter of %1 at its highest version</source>
        <translation>Versionszähler von %1 auf die höchste Version gesetzt</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="94"/>
        <source>Starting the version counter of %1</source>
        <translation>Setzen des Versionszählers von %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="139"/>
        <source>Installed the version trigger &quot;%1&quot;: every UPDATE counts &quot;%2&quot; up by one, whoever writes</source>
        <translation>Versions-Trigger „%1“ installiert: Jedes UPDATE zählt „%2“ um eins hoch, egal wer schreibt</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="145"/>
        <source>Installed the trigger &quot;%1&quot;: every INSERT gives &quot;%2&quot; a number the record never had, whoever writes</source>
        <translation>Trigger „%1“ installiert: jedes INSERT gibt „%2“ eine Nummer, die der Datensatz nie hatte, egal wer schreibt</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="148"/>
        <source>Installing the trigger &quot;%1&quot;</source>
        <translation>Installieren des Triggers „%1“</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="482"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="142"/>
        <source>Installing the version trigger &quot;%1&quot;</source>
        <translation>Das Installieren des Versions-Triggers „%1“</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="495"/>
        <source>Installed the audit trigger &quot;%1&quot;: every INSERT and UPDATE sets &quot;%2&quot; to the session user and &quot;%3&quot; to the server&apos;s clock</source>
        <translation>Audit-Trigger „%1“ installiert: Jedes INSERT und UPDATE setzt „%2“ auf den Sitzungsbenutzer und „%3“ auf die Uhr des Servers</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="500"/>
        <source>Installing the audit trigger &quot;%1&quot;</source>
        <translation>Das Installieren des Audit-Triggers „%1“</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="514"/>
        <source>Installed the notify trigger &quot;%1&quot;: every INSERT, UPDATE and DELETE is announced on channel concord_changes</source>
        <translation>Benachrichtigungs-Trigger „%1“ installiert: Jedes INSERT, UPDATE und DELETE wird auf dem Kanal concord_changes gemeldet</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="518"/>
        <source>Installing the notify trigger &quot;%1&quot;</source>
        <translation>Das Installieren des Benachrichtigungs-Triggers „%1“</translation>
    </message>
</context>
<context>
    <name>concord::VersionedTableModel</name>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="147"/>
        <source>The connection to the database was lost. Nothing was saved; your edits are kept. Save again once the database can be reached.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten. Speichern Sie erneut, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="189"/>
        <source>Other rows refer to this record of %1, so it cannot be deleted. Delete or change them first. Nothing was deleted.</source>
        <translation>Andere Zeilen verweisen auf diesen Datensatz von %1, daher kann er nicht gelöscht werden. Löschen oder ändern Sie diese zuerst. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="192"/>
        <source>%1 refers to this record of %2, so it cannot be deleted. Delete or change it first. Nothing was deleted.</source>
        <translation>%1 verweist auf diesen Datensatz von %2, daher kann er nicht gelöscht werden. Löschen oder ändern Sie sie zuerst. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="194"/>
        <source>%1 refer to this record of %2, so it cannot be deleted. Delete or change them first. Nothing was deleted.</source>
        <translation>%1 verweisen auf diesen Datensatz von %2, daher kann er nicht gelöscht werden. Löschen oder ändern Sie diese zuerst. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="225"/>
        <source>1 row of %1</source>
        <translation>1 Zeile von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_save.cpp" line="226"/>
        <source>%n rows of %1</source>
        <translation>
            <numerusform>%n Zeile von %1</numerusform>
            <numerusform>%n Zeilen von %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="297"/>
        <source>You saved this row in your other window after this one loaded it. Your edits here are kept; review both versions before saving.</source>
        <translation>Sie haben diese Zeile in Ihrem anderen Fenster gespeichert, nachdem dieses sie geladen hatte. Ihre Änderungen hier bleiben erhalten; prüfen Sie beide Fassungen vor dem Speichern.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="299"/>
        <source>You deleted this row in your other window. Your edits here are kept.</source>
        <translation>Sie haben diese Zeile in Ihrem anderen Fenster gelöscht. Ihre Änderungen hier bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="303"/>
        <source>Someone else saved this row after you loaded it. Your edits are kept; review both versions before saving.</source>
        <translation>Jemand anderes hat diese Zeile gespeichert, nachdem Sie sie geladen haben. Ihre Änderungen bleiben erhalten; prüfen Sie vor dem Speichern beide Versionen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="305"/>
        <source>%1 saved this row after you loaded it. Your edits are kept; review both versions before saving.</source>
        <translation>%1 hat diese Zeile gespeichert, nachdem Sie sie geladen haben. Ihre Änderungen bleiben erhalten; prüfen Sie vor dem Speichern beide Versionen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="308"/>
        <source>Someone else deleted this row after you loaded it. Your edits are kept.</source>
        <translation>Jemand anderes hat diese Zeile gelöscht, nachdem Sie sie geladen haben. Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="450"/>
        <source>The connection to the database was lost while the new row was being saved, so it may have been saved. Your edits are kept; reload to check before saving it again.</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen, während die neue Zeile gespeichert wurde; sie wurde also vielleicht gespeichert. Ihre Änderungen bleiben erhalten; laden Sie neu, um das zu prüfen, bevor Sie erneut speichern.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="467"/>
        <source>The new row could not be read back.</source>
        <translation>Die neue Zeile konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="228"/>
        <source>There is no table named %1.</source>
        <translation>Es gibt keine Tabelle namens %1.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="208"/>
        <source>The rows cannot be reloaded or moved while a save is under way; try again once it has finished.</source>
        <translation>Die Zeilen können nicht neu geladen oder verschoben werden, solange gespeichert wird; versuchen Sie es nach dem Speichern erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="232"/>
        <source>Table %1 has no primary key, so a row cannot be told apart from its copies and saving it safely is impossible. Add a primary key to edit it.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: Eine Zeile lässt sich nicht von ihren Kopien unterscheiden und nicht sicher speichern. Fügen Sie einen Primärschlüssel hinzu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="234"/>
        <source>Table %1 has no primary key, so its rows cannot be told apart: it is shown read-only. Add a primary key to edit it.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel, ihre Zeilen sind daher nicht auseinanderzuhalten: Sie wird schreibgeschützt angezeigt. Fügen Sie einen Primärschlüssel hinzu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="243"/>
        <source>The xmin strategy needs PostgreSQL; %1 is not on a PostgreSQL server.</source>
        <translation>Die xmin-Strategie braucht PostgreSQL; %1 liegt nicht auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="263"/>
        <source>Table %1 has no version column &quot;%2&quot;. Add one to edit it safely: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</source>
        <translation>Tabelle %1 hat keine Versionsspalte &quot;%2&quot;. Fügen Sie eine hinzu, um sie sicher zu bearbeiten: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="283"/>
        <source>The version column &quot;%2&quot; of %1 must have an integer type, so that versions compare exactly. Change it to INTEGER (or BIGINT).</source>
        <translation>Die Versionsspalte &quot;%2&quot; von %1 muss einen Ganzzahltyp haben, damit Versionen exakt verglichen werden. Ändern Sie sie in INTEGER (oder BIGINT).</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="287"/>
        <source>Table %1 has no version trigger. Install it with: concord --prepare %1 --strategy trigger</source>
        <translation>Tabelle %1 hat keinen Versions-Trigger. Installieren Sie ihn mit: concord --prepare %1 --strategy trigger</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="313"/>
        <source>%n row(s) of %1 have no primary key value (NULL), so they cannot be told apart. Give them a key first.</source>
        <translation>
            <numerusform>%n Zeile von %1 hat keinen Primärschlüsselwert (NULL) und lässt sich nicht unterscheiden. Geben Sie ihr zuerst einen Schlüssel.</numerusform>
            <numerusform>%n Zeilen von %1 haben keinen Primärschlüsselwert (NULL) und lassen sich nicht unterscheiden. Geben Sie ihnen zuerst einen Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="318"/>
        <source>%n row(s) of %1 have no version. Initialise them first: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</source>
        <translation>
            <numerusform>%n Zeile von %1 hat keine Version. Initialisieren Sie sie zuerst: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
            <numerusform>%n Zeilen von %1 haben keine Version. Initialisieren Sie sie zuerst: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="471"/>
        <source>The rows of %1 could not be read: %2</source>
        <translation>Die Zeilen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="390"/>
        <source>Another row of %1 already has this %2: it must be unique.</source>
        <translation>Eine andere Zeile von %1 hat bereits diesen Wert für %2: Er muss eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="395"/>
        <source>%1 of %2 cannot be empty.</source>
        <translation>%1 von %2 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="404"/>
        <source>value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="401"/>
        <source>The %1 refers to a row that does not exist.</source>
        <translation>%1 verweist auf eine Zeile, die es nicht gibt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="418"/>
        <source>The change breaks a rule of table %1.</source>
        <translation>Die Änderung verletzt eine Regel der Tabelle %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="321"/>
        <location filename="../core/src/sqlerrorkind.cpp" line="378"/>
        <source>Nothing was saved; your edits are kept.</source>
        <translation>Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/sqlerrorkind.cpp" line="325"/>
        <source>%1 of %2 is too large: it takes at most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>%1 von %2 ist zu groß: Es sind höchstens %n Stelle vor dem Komma möglich.</numerusform>
            <numerusform>%1 von %2 ist zu groß: Es sind höchstens %n Stellen vor dem Komma möglich.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="330"/>
        <source>%1 of %2 is too small: it takes at least %3.</source>
        <translation>%1 von %2 ist zu klein: Der kleinste mögliche Wert ist %3.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="334"/>
        <source>%1 of %2 is too large: it takes at most %3.</source>
        <translation>%1 von %2 ist zu groß: Der größte mögliche Wert ist %3.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="345"/>
        <source>The connection to the database was lost. Nothing was deleted.</source>
        <translation>Die Verbindung zur Datenbank ist verloren gegangen. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="350"/>
        <source>The database is busy or locked by another program. Nothing was deleted. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt oder von einem anderen Programm gesperrt. Es wurde nichts gelöscht. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="354"/>
        <source>The database accepts no changes (it is read-only). Nothing was deleted.</source>
        <translation>Die Datenbank nimmt keine Änderungen an (sie ist schreibgeschützt). Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="358"/>
        <source>The disk that holds the database is full. Nothing was deleted.</source>
        <translation>Der Datenträger der Datenbank ist voll. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="363"/>
        <source>The database refused the delete: %1 Nothing was deleted.</source>
        <translation>Die Datenbank hat das Löschen abgelehnt: %1 Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="387"/>
        <source>Another row of %1 already has these values: they must be unique.</source>
        <translation>Eine andere Zeile von %1 hat bereits diese Werte: Sie müssen eindeutig sein.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="396"/>
        <source>A field</source>
        <translation>Ein Feld</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="409"/>
        <source>A value is not allowed by a rule (CHECK) of table %1.</source>
        <translation>Ein Wert ist nach einer Regel (CHECK) der Tabelle %1 nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="412"/>
        <source>This %1 is not allowed by a rule (CHECK) of table %2.</source>
        <translation>Dieser Wert für %1 ist nach einer Regel (CHECK) der Tabelle %2 nicht erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="428"/>
        <source>%1 of %2 is too long for its column.</source>
        <translation>%1 von %2 ist zu lang für seine Spalte.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="431"/>
        <source>%1 of %2 is too large or too small for its column.</source>
        <translation>%1 von %2 ist zu groß oder zu klein für seine Spalte.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="435"/>
        <source>A text is longer than its column of %1 allows.</source>
        <translation>Ein Text ist länger, als seine Spalte in %1 erlaubt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="438"/>
        <source>A number is too large or too small for its column of %1.</source>
        <translation>Eine Zahl ist zu groß oder zu klein für ihre Spalte in %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="441"/>
        <source>A value does not fit its column of %1 (for example, text where a number or a date belongs).</source>
        <translation>Ein Wert passt nicht in seine Spalte in %1 (zum Beispiel Text, wo eine Zahl oder ein Datum hingehört).</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="448"/>
        <source>The database is busy or locked by another program. Nothing was saved; your edits are kept. Try again in a moment.</source>
        <translation>Die Datenbank ist belegt oder von einem anderen Programm gesperrt. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="453"/>
        <source>The connection to the database was lost. Nothing was saved; your edits are kept.</source>
        <translation>Die Verbindung zur Datenbank wurde unterbrochen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="459"/>
        <source>The database server accepts no changes (it is read-only). Nothing was saved; your edits are kept.</source>
        <translation>Der Datenbankserver nimmt keine Änderungen an (er ist schreibgeschützt). Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="462"/>
        <source>The database file is read-only: the file or its folder does not allow changes. Nothing was saved; your edits are kept.</source>
        <translation>Die Datenbankdatei ist schreibgeschützt: Die Datei oder ihr Ordner erlaubt keine Änderungen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="467"/>
        <source>The disk that holds the database is full. Nothing was saved; your edits are kept. Free some space, then save again.</source>
        <translation>Der Datenträger, auf dem die Datenbank liegt, ist voll. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten. Geben Sie Speicherplatz frei und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="472"/>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="479"/>
        <source>The file is not a SQLite database, or it is damaged.</source>
        <translation>Die Datei ist keine SQLite-Datenbank, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="482"/>
        <source>The database file cannot be read or written. Nothing was saved; your edits are kept.</source>
        <translation>Die Datenbankdatei kann nicht gelesen oder geschrieben werden. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="486"/>
        <source>The database refused the change: %1</source>
        <translation>Die Datenbank hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="30"/>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="284"/>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="311"/>
        <source>The rows were reloaded during the save.</source>
        <translation>Die Zeilen wurden während des Speicherns neu geladen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="102"/>
        <source>This row&apos;s version (%1) cannot be counted up any further, so it cannot be saved safely. Nothing was saved; your edits are kept.</source>
        <translation>Die Version dieser Zeile (%1) kann nicht weiter hochgezählt werden, daher lässt sie sich nicht sicher speichern. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="249"/>
        <source>%1 of %2 must be a number; &quot;%3&quot; is not one. Nothing was saved; your edits are kept.</source>
        <translation>%1 von %2 muss eine Zahl sein; „%3“ ist keine. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="254"/>
        <source>%1 of %2 holds at most %n character(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>%1 von %2 fasst höchstens %n Zeichen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
            <numerusform>%1 von %2 fasst höchstens %n Zeichen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="203"/>
        <source>The table name %1 contains a single quote (&apos;), which Qt&apos;s PostgreSQL driver cannot handle safely. Rename the table to open it.</source>
        <translation>Der Tabellenname %1 enthält ein einfaches Anführungszeichen (&apos;), das der PostgreSQL-Treiber von Qt nicht sicher verarbeiten kann. Benennen Sie die Tabelle um, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="581"/>
        <source>This record is still in %1, under another key (%2): someone renumbered it. Nothing was inserted; reload to see it.</source>
        <translation>Dieser Datensatz ist noch in %1, unter einem anderen Schlüssel (%2): jemand hat ihn umnummeriert. Es wurde nichts eingefügt; laden Sie neu, um ihn zu sehen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="33"/>
        <source>The database cannot be reached: %1 Your edits are kept; try again once it can be reached.</source>
        <translation>Die Datenbank ist nicht erreichbar: %1 Ihre Änderungen bleiben erhalten; versuchen Sie es erneut, sobald sie erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="51"/>
        <source>The connection to the database was lost during the save and cannot be opened again, so whether the change was saved is not known. Your edits are kept; save again once the database can be reached.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern abgebrochen und lässt sich nicht wieder öffnen; ob die Änderung gespeichert wurde, ist daher nicht bekannt. Ihre Änderungen bleiben erhalten; speichern Sie erneut, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="76"/>
        <source>The connection to the database was lost during the save; it is open again. Nothing was saved; your edits are kept: save again.</source>
        <translation>Die Verbindung zur Datenbank ist beim Speichern abgebrochen; sie ist wieder geöffnet. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten: speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="128"/>
        <source>The connection to the database was lost while the changes were being committed and cannot be opened again, so whether they were saved is not known. Your edits are kept; save again once the database can be reached.</source>
        <translation>Die Verbindung zur Datenbank ist beim Festschreiben der Änderungen abgebrochen und lässt sich nicht wieder öffnen; ob sie gespeichert wurden, ist daher nicht bekannt. Ihre Änderungen bleiben erhalten; speichern Sie erneut, sobald die Datenbank erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="141"/>
        <source>The connection to the database was lost while the changes were being committed; it is open again. Nothing was saved; your edits are kept: save again.</source>
        <translation>Die Verbindung zur Datenbank ist beim Festschreiben der Änderungen abgebrochen; sie ist wieder geöffnet. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten: speichern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="145"/>
        <source>The connection to the database was lost while the changes were being committed, and the rows do not show them all. Your edits are kept; reload to see what the database holds.</source>
        <translation>Die Verbindung zur Datenbank ist beim Festschreiben der Änderungen abgebrochen, und die Zeilen zeigen nicht alle davon. Ihre Änderungen bleiben erhalten; laden Sie neu, um zu sehen, was die Datenbank enthält.</translation>
    </message>
</context>
</TS>
