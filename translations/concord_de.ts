<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>FieldEditorFactory</name>
    <message>
        <location filename="../ui/editorvalue.cpp" line="134"/>
        <location filename="../ui/editorvalue.cpp" line="140"/>
        <location filename="../ui/lookupcombo.cpp" line="39"/>
        <location filename="../ui/choicecombo.cpp" line="19"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="72"/>
        <location filename="../ui/gridlookups.cpp" line="136"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="251"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../ui/filedialog.cpp" line="17"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/filedialog.cpp" line="18"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>concord::CellInputParser</name>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="38"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="156"/>
        <location filename="../ui/cellinputparser.cpp" line="166"/>
        <location filename="../ui/cellinputparser.cpp" line="197"/>
        <location filename="../ui/cellinputparser.cpp" line="215"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="177"/>
        <source>%1 names %2 records: choose one in the cell</source>
        <translation>%1 bezeichnet %2 Datensätze: Wählen Sie einen in der Zelle</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="186"/>
        <source>nothing in %1 is named %2</source>
        <translation>nichts in %1 heißt %2</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="204"/>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="220"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="220"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="222"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="222"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="224"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="244"/>
        <source>%1 is no whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="248"/>
        <source>%1 does not fit: the column takes at most %2 digits before the decimal point and %3 after it</source>
        <translation>%1 passt nicht: Die Spalte nimmt höchstens %2 Stellen vor dem Dezimalkomma und %3 danach auf</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="252"/>
        <location filename="../ui/cellinputparser.cpp" line="362"/>
        <source>%1 is not accepted here</source>
        <translation>%1 wird hier nicht angenommen</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="263"/>
        <source>this cell cannot be edited</source>
        <translation>diese Zelle kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="281"/>
        <location filename="../ui/cellinputparser.cpp" line="348"/>
        <source>%1 is no date this column takes</source>
        <translation>%1 ist kein Datum, das diese Spalte aufnimmt</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="284"/>
        <source>%1 is too long: the column takes at most %2 characters</source>
        <translation>%1 ist zu lang: Die Spalte nimmt höchstens %2 Zeichen auf</translation>
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
        <location filename="../ui/changebanner.cpp" line="123"/>
        <source>Deleted in your other window</source>
        <translation>In Ihrem anderen Fenster gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="124"/>
        <source>Deleted in your other window at %1</source>
        <translation>Am %1 in Ihrem anderen Fenster gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="125"/>
        <source>Changed in your other window</source>
        <translation>In Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="126"/>
        <source>Changed in your other window at %1</source>
        <translation>Am %1 in Ihrem anderen Fenster geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="131"/>
        <source>Deleted by another program</source>
        <translation>Von einem anderen Programm gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="131"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="134"/>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="135"/>
        <source>Deleted by %1 at %2</source>
        <translation>Gelöscht von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="136"/>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="136"/>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
</context>
<context>
    <name>concord::ChangeFeed</name>
    <message>
        <location filename="../core/src/changefeed.cpp" line="65"/>
        <source>the connection to the database server was lost</source>
        <translation>die Verbindung zum Datenbankserver ist unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/src/changefeed.cpp" line="71"/>
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
    <name>concord::ColumnChooser</name>
    <message>
        <location filename="../ui/columnchooser.cpp" line="12"/>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <location filename="../ui/columnchooser.cpp" line="41"/>
        <source>No table is open</source>
        <translation>Keine Tabelle ist geöffnet</translation>
    </message>
</context>
<context>
    <name>concord::ColumnLimits</name>
    <message numerus="yes">
        <location filename="../ui/columnlimits.cpp" line="104"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Höchstens %n Zeichen</numerusform>
            <numerusform>Höchstens %n Zeichen</numerusform>
        </translation>
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
        <source>Save under this name in the tables&apos; modified_by columns (by default the PostgreSQL session user, or your login name).</source>
        <translation>Unter diesem Namen in den Spalten modified_by der Tabellen speichern (standardmäßig der Sitzungsbenutzer von PostgreSQL oder Ihr Anmeldename).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>Show this help and exit.</source>
        <translation>Zeigt diese Hilfe an und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>Show the version and exit.</source>
        <translation>Zeigt die Version an und beendet sich.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>Concord: edit SQL tables in forms without ever losing an update.
With no database given, the demo database is opened (and created on the first run).</source>
        <translation>Concord: SQL-Tabellen in Formularen bearbeiten, ohne je eine Änderung zu verlieren.
Ohne Angabe einer Datenbank wird die Demo-Datenbank geöffnet (und beim ersten Start angelegt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="83"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="84"/>
        <source>A SQLite file, or a postgresql:// URL, to open.</source>
        <translation>Eine zu öffnende SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <source>[database]</source>
        <translation>[Datenbank]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <source>--operator needs a name.</source>
        <translation>--operator braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots benötigt einen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>Give at most one database to open; got %1.</source>
        <translation>Geben Sie höchstens eine Datenbank an; angegeben wurden %1.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>Give either --pg or a database file, not both.</source>
        <translation>Geben Sie entweder --pg oder eine Datenbankdatei an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="148"/>
        <source>--strategy and --audit go with --prepare.</source>
        <translation>--strategy und --audit gehören zu --prepare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="155"/>
        <source>--prepare needs a table.</source>
        <translation>--prepare benötigt eine Tabelle.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>--strategy is &quot;trigger&quot; or &quot;client&quot;, not &quot;%1&quot;.</source>
        <translation>--strategy ist „trigger“ oder „client“, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
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
        <location filename="../ui/conflictdialog.cpp" line="161"/>
        <source>%1 is required: it cannot be empty.</source>
        <translation>%1 ist erforderlich: Das Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="167"/>
        <source>Use &amp;yours</source>
        <translation>&amp;Ihren Wert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="169"/>
        <source>Save your value for the selected field</source>
        <translation>Ihren Wert für das ausgewählte Feld speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="170"/>
        <source>Use &amp;theirs</source>
        <translation>&amp;Anderen Wert verwenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="172"/>
        <source>Save their value for the selected field</source>
        <translation>Den anderen Wert für das ausgewählte Feld speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="173"/>
        <source>&amp;Edit result</source>
        <translation>Ergebnis &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="175"/>
        <source>Type the value to save for the selected field</source>
        <translation>Den zu speichernden Wert für das ausgewählte Feld eingeben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="176"/>
        <source>&amp;Hide unchanged fields</source>
        <translation>&amp;Unveränderte Felder ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="179"/>
        <source>Copy &amp;my changes</source>
        <translation>Meine Änderungen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="181"/>
        <source>Put the fields you changed on the clipboard, one &quot;field: value&quot; per line</source>
        <translation>Die von Ihnen geänderten Felder in die Zwischenablage kopieren, je Zeile ein „Feld: Wert“</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="186"/>
        <source>&amp;Save merged</source>
        <translation>Zusammenführung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="189"/>
        <location filename="../ui/conflictdialog.cpp" line="329"/>
        <location filename="../ui/conflictdialog.cpp" line="537"/>
        <source>&amp;Reload theirs</source>
        <translation>Andere Version &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="192"/>
        <location filename="../ui/conflictdialog.cpp" line="331"/>
        <source>&amp;Overwrite with mine</source>
        <translation>Mit meiner &amp;Version überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="194"/>
        <source>&amp;Re-create with my values</source>
        <translation>Mit meinen Werten &amp;neu anlegen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="197"/>
        <source>&amp;Discard my changes</source>
        <translation>Meine Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="202"/>
        <source>Close and keep editing: your changes stay in the form, unsaved</source>
        <translation>Schließen und weiter bearbeiten: Ihre Änderungen bleiben ungespeichert im Formular</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="305"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="306"/>
        <source>Conflict in %1</source>
        <translation>Konflikt in %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="323"/>
        <source>&amp;Keep their version</source>
        <translation>Andere Version &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="324"/>
        <source>Do not delete: show the record as someone else saved it</source>
        <translation>Nicht löschen: den Datensatz so zeigen, wie ihn jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="325"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Trotzdem löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="327"/>
        <source>Delete the record, with the changes someone else saved</source>
        <translation>Den Datensatz samt den Änderungen löschen, die jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="330"/>
        <source>Drop your changes and show the record as someone else saved it</source>
        <translation>Ihre Änderungen verwerfen und den Datensatz so zeigen, wie ihn jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="333"/>
        <source>Save your version as it is, replacing what someone else saved</source>
        <translation>Ihre Version unverändert speichern und ersetzen, was jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="345"/>
        <source>There is no conflict to resolve on this record any more.</source>
        <translation>Bei diesem Datensatz gibt es keinen Konflikt mehr zu lösen.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="349"/>
        <source>This record was deleted in your other window.</source>
        <translation>Dieser Datensatz wurde in Ihrem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="351"/>
        <source>You deleted this record here, but changed it in your other window.</source>
        <translation>Sie haben diesen Datensatz hier gelöscht, ihn aber in Ihrem anderen Fenster geändert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="352"/>
        <source>This record was changed in your other window while you were editing it here.</source>
        <translation>Dieser Datensatz wurde in Ihrem anderen Fenster geändert, während Sie ihn hier bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="355"/>
        <source>This record was deleted by someone else.</source>
        <translation>Dieser Datensatz wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="357"/>
        <source>You deleted this record, but someone else changed it in the meantime.</source>
        <translation>Sie haben diesen Datensatz gelöscht, aber jemand anderes hat ihn inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="358"/>
        <source>This record was changed by someone else while you were editing it.</source>
        <translation>Jemand anderes hat diesen Datensatz geändert, während Sie ihn bearbeitet haben.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="382"/>
        <source>Changed by %1 at %2</source>
        <translation>Geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="384"/>
        <source>Changed by %1</source>
        <translation>Geändert von %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="386"/>
        <source>Changed at %1</source>
        <translation>Geändert am %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="388"/>
        <source>Changed by another program</source>
        <translation>Von einem anderen Programm geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="398"/>
        <source>You changed %n field. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Sie haben %n Feld geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
            <numerusform>Sie haben %n Feld geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="400"/>
        <source>You changed %n fields. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Sie haben %n Felder geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
            <numerusform>Sie haben %n Felder geändert. Legen Sie den Datensatz mit Ihren Werten neu an oder verwerfen Sie Ihre Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="404"/>
        <source>Keep their version, or delete the record anyway and lose what they saved.</source>
        <translation>Behalten Sie die andere Version, oder löschen Sie den Datensatz trotzdem samt den fremden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="411"/>
        <source>%n field merged automatically</source>
        <translation>
            <numerusform>%n Feld automatisch zusammengeführt</numerusform>
            <numerusform>%n Felder automatisch zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="412"/>
        <source>%n fields merged automatically</source>
        <translation>
            <numerusform>%n Feld automatisch zusammengeführt</numerusform>
            <numerusform>%n Felder automatisch zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="417"/>
        <source>%n conflict needs your choice</source>
        <translation>
            <numerusform>%n Konflikt erfordert Ihre Entscheidung</numerusform>
            <numerusform>%n Konflikt erfordert Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="418"/>
        <source>%n conflicts need your choice</source>
        <translation>
            <numerusform>%n Konflikte erfordern Ihre Entscheidung</numerusform>
            <numerusform>%n Konflikte erfordern Ihre Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="420"/>
        <source>every conflict has a choice: you can save the merged record</source>
        <translation>alle Konflikte entschieden: Sie können den zusammengeführten Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="422"/>
        <source>no conflicts: you can save the merged record</source>
        <translation>keine Konflikte: Sie können den zusammengeführten Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="426"/>
        <source>, </source>
        <comment>joins the parts of the summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="533"/>
        <source>Show the record as someone else saved it?</source>
        <translation>Den Datensatz so anzeigen, wie ihn jemand anderes gespeichert hat?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="534"/>
        <source>Your changes to %1 will be lost, and the record will show what someone else saved. Reload theirs?</source>
        <translation>Ihre Änderungen an %1 gehen verloren, und der Datensatz zeigt, was jemand anderes gespeichert hat. Andere Version laden?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="537"/>
        <source>Reload theirs</source>
        <translation>Andere Version laden</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="555"/>
        <source>Delete anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="556"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="557"/>
        <source>Delete the record that someone else saved meanwhile?</source>
        <translation>Den Datensatz löschen, den jemand anderes inzwischen gespeichert hat?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="558"/>
        <source>Someone else&apos;s values for %1 will be lost with the record. Delete anyway?</source>
        <translation>Die fremden Werte für %1 gehen mit dem Datensatz verloren. Trotzdem löschen?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="561"/>
        <source>Overwrite with mine</source>
        <translation>Mit meiner Version überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="562"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="563"/>
        <source>Your version will replace the one someone else saved. Overwrite?</source>
        <translation>Ihre Version ersetzt die von jemand anderem gespeicherte. Überschreiben?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="565"/>
        <source>Someone else&apos;s values for %1 will be lost: your version replaces theirs. Overwrite?</source>
        <translation>Die fremden Werte für %1 gehen verloren: Ihre Version ersetzt die andere. Überschreiben?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="584"/>
        <source>%n field copied</source>
        <translation>
            <numerusform>%n Feld kopiert</numerusform>
            <numerusform>%n Felder kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="585"/>
        <source>%n fields copied</source>
        <translation>
            <numerusform>%n Feld kopiert</numerusform>
            <numerusform>%n Felder kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="637"/>
        <source>The record could not be saved.</source>
        <translation>Der Datensatz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="638"/>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="650"/>
        <source>Someone else deleted this record in the meantime.</source>
        <translation>Jemand anderes hat diesen Datensatz inzwischen gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="652"/>
        <source>Someone else saved again in the meantime; review their latest values.</source>
        <translation>Jemand anderes hat inzwischen erneut gespeichert; prüfen Sie die neuesten Werte.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="655"/>
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
    <name>concord::CsvImportDialog</name>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="34"/>
        <source>Import CSV into %1</source>
        <translation>CSV in %1 importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="40"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="42"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="43"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="44"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="45"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="46"/>
        <source>The first row holds the column &amp;names</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="51"/>
        <source>&amp;Columns: where each column of the file goes</source>
        <translation>&amp;Spalten: wohin jede Spalte der Datei geht</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="54"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="54"/>
        <source>Into the table column</source>
        <translation>In die Tabellenspalte</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="61"/>
        <source>&amp;Preview of the first rows</source>
        <translation>&amp;Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="85"/>
        <source>Insert the &amp;Good Rows</source>
        <translation>Die &amp;guten Zeilen einfügen</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="128"/>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="142"/>
        <source>The file %1 holds no rows.</source>
        <translation>Die Datei %1 enthält keine Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="165"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="170"/>
        <source>(skip)</source>
        <translation>(überspringen)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="175"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="247"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="248"/>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="257"/>
        <source>%1 rows were inserted; these rows were not:</source>
        <translation>%1 Zeilen wurden eingefügt; diese Zeilen nicht:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="258"/>
        <source>%1 of %2 rows cannot be inserted, so nothing was. Fix the file and import it again, or insert the %3 good rows.</source>
        <translation>%1 von %2 Zeilen können nicht eingefügt werden, daher wurde nichts eingefügt. Korrigieren Sie die Datei und importieren Sie sie erneut, oder fügen Sie die %3 guten Zeilen ein.</translation>
    </message>
</context>
<context>
    <name>concord::CsvReader</name>
    <message>
        <location filename="../core/src/csvreader.cpp" line="65"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Ein in Zeile %1 geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>concord::DatabaseConnector</name>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="98"/>
        <source>The file &quot;%1&quot; is not a SQLite database.</source>
        <translation>Die Datei „%1“ ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="99"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="104"/>
        <source>The folder &quot;%1&quot; that holds the database is read-only: SQLite needs to create its -wal and -shm files there. Make the folder writable, then open the database again.</source>
        <translation>Der Ordner „%1“, der die Datenbank enthält, ist schreibgeschützt: SQLite muss dort seine -wal- und -shm-Dateien anlegen. Machen Sie den Ordner beschreibbar und öffnen Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="116"/>
        <source>Cannot set up &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="130"/>
        <source>Cannot enable foreign keys: %1</source>
        <translation>Fremdschlüssel können nicht aktiviert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="214"/>
        <source>The %1 database driver (%2) is not installed. On Debian or Ubuntu, install the package %3.</source>
        <translation>Der %1-Datenbanktreiber (%2) ist nicht installiert. Installieren Sie unter Debian oder Ubuntu das Paket %3.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="226"/>
        <source>A connection named &quot;%1&quot; is already open.</source>
        <translation>Eine Verbindung namens „%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="232"/>
        <source>No SQLite database file was given.</source>
        <translation>Es wurde keine SQLite-Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="239"/>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="245"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="322"/>
        <source>There is no connection to copy.</source>
        <translation>Es gibt keine Verbindung zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="339"/>
        <source>There is no connection to open again.</source>
        <translation>Es gibt keine Verbindung, die erneut geöffnet werden kann.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="101"/>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/connectfailure.cpp" line="105"/>
        <source>The database server on %1 did not answer within %n second(s). Check the server name and port, and the network connection.</source>
        <translation>
            <numerusform>Der Datenbankserver auf %1 hat nicht innerhalb von %n Sekunde(n) geantwortet. Prüfen Sie Servername und Port sowie die Netzwerkverbindung.</numerusform>
            <numerusform>Der Datenbankserver auf %1 hat nicht innerhalb von %n Sekunde(n) geantwortet. Prüfen Sie Servername und Port sowie die Netzwerkverbindung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="125"/>
        <source>There is no database &quot;%1&quot; on %2. Check the database name.</source>
        <translation>Auf %2 gibt es keine Datenbank „%1“. Prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="130"/>
        <source>The database server on %1 did not accept the password of user &quot;%2&quot;.</source>
        <translation>Der Datenbankserver auf %1 hat das Passwort von Benutzer „%2“ nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="135"/>
        <source>The database server on %1 does not let user &quot;%2&quot; connect to database &quot;%3&quot;: the user does not exist, or the server&apos;s access rules refuse it.</source>
        <translation>Der Datenbankserver auf %1 lässt Benutzer „%2“ nicht mit der Datenbank „%3“ verbinden: Den Benutzer gibt es nicht, oder die Zugriffsregeln des Servers verweigern es.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="141"/>
        <source>The database server on %1 has no connection left (too many are open). Try again later.</source>
        <translation>Der Datenbankserver auf %1 hat keine Verbindung mehr frei (zu viele sind offen). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="146"/>
        <source>The database server on %1 is starting up or shutting down. Try again in a moment.</source>
        <translation>Der Datenbankserver auf %1 startet gerade oder fährt herunter. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="151"/>
        <source>The database server on %1 refused the connection (error %2).</source>
        <translation>Der Datenbankserver auf %1 hat die Verbindung abgelehnt (Fehler %2).</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="166"/>
        <source>The database server on %1 asks for the password of user &quot;%2&quot;.</source>
        <translation>Der Datenbankserver auf %1 verlangt das Passwort von Benutzer „%2“.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="179"/>
        <source>No database server is running on this computer at port %1. Start it, or check the port.</source>
        <translation>Auf diesem Computer läuft kein Datenbankserver an Port %1. Starten Sie ihn, oder prüfen Sie den Port.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="184"/>
        <source>Nothing accepts connections on %1, port %2: the database server is not running there, or it uses another port.</source>
        <translation>Auf %1, Port %2 nimmt nichts Verbindungen an: Der Datenbankserver läuft dort nicht, oder er verwendet einen anderen Port.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="191"/>
        <source>The database server on %1 cannot be reached. Check the server name and the network connection.</source>
        <translation>Der Datenbankserver auf %1 ist nicht erreichbar. Prüfen Sie den Servernamen und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="201"/>
        <source>The server name &quot;%1&quot; was not found. Check its spelling and the network connection.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Schreibweise und die Netzwerkverbindung.</translation>
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
        <location filename="../core/src/draftjournal.cpp" line="108"/>
        <source>A draft needs a table, a key and an edit.</source>
        <translation>Ein Entwurf braucht eine Tabelle, einen Schlüssel und eine Änderung.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="123"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="252"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>concord::GridCellDelegate</name>
    <message>
        <location filename="../ui/gridcelldelegate.cpp" line="478"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>concord::GridClipboard</name>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="35"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="40"/>
        <source>Copy the selected cells as the grid shows them, for a spreadsheet</source>
        <translation>Die ausgewählten Zellen so kopieren, wie die Tabelle sie zeigt, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="46"/>
        <source>Paste cells copied from a spreadsheet, starting at the current cell</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zellen ab der aktuellen Zelle einfügen</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="126"/>
        <source>row %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="157"/>
        <source>The pasted text has %1 columns, but only %2 columns start at the current cell.</source>
        <translation>Der eingefügte Text hat %1 Spalten, aber ab der aktuellen Zelle gibt es nur %2 Spalten.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="165"/>
        <source>The pasted text has %1 rows, but only %2 rows start at the current one.</source>
        <translation>Der eingefügte Text hat %1 Zeilen, aber ab der aktuellen Zeile gibt es nur %2 Zeilen.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="181"/>
        <source>Choose the cell the paste starts at.</source>
        <translation>Wählen Sie die Zelle, an der das Einfügen beginnt.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="185"/>
        <source>This table is read-only: %1</source>
        <translation>Diese Tabelle ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="191"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="220"/>
        <source>Nothing was pasted: %1 cannot be edited.</source>
        <translation>Nichts wurde eingefügt: %1 kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="225"/>
        <source>Nothing was pasted: %1: %2.</source>
        <translation>Nichts wurde eingefügt: %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="236"/>
        <source>Pasted: every cell held that value already</source>
        <translation>Eingefügt: Jede Zelle hatte diesen Wert bereits</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="255"/>
        <source>Nothing was pasted: %1</source>
        <translation>Nichts wurde eingefügt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gridclipboard.cpp" line="269"/>
        <source>Pasted %n cell(s), not saved yet: Ctrl+S saves them, Ctrl+Z takes the paste back</source>
        <translation>
            <numerusform>%n Zelle(n) eingefügt, noch nicht gespeichert: Strg+S speichert sie, Strg+Z nimmt das Einfügen zurück</numerusform>
            <numerusform>%n Zelle(n) eingefügt, noch nicht gespeichert: Strg+S speichert sie, Strg+Z nimmt das Einfügen zurück</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="287"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>concord::GridCsvExport</name>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="35"/>
        <source>No table is open.</source>
        <translation>Es ist keine Tabelle geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="66"/>
        <source>Exporting rows…</source>
        <translation>Zeilen werden exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="68"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="98"/>
        <source>Exported %1 rows…</source>
        <translation>%1 Zeilen exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="99"/>
        <source>Exported %1 of %2 rows…</source>
        <translation>%1 von %2 Zeilen exportiert…</translation>
    </message>
</context>
<context>
    <name>concord::GridUndo</name>
    <message>
        <location filename="../ui/gridundo.cpp" line="21"/>
        <location filename="../ui/gridundo.cpp" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="26"/>
        <source>Undo the last cell edit of this record (%1)</source>
        <translation>Die letzte Zelländerung dieses Datensatzes rückgängig machen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="33"/>
        <location filename="../ui/gridundo.cpp" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="39"/>
        <source>Redo the cell edit last undone in this record (%1)</source>
        <translation>Die zuletzt rückgängig gemachte Zellbearbeitung dieses Datensatzes wiederherstellen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="114"/>
        <source>&amp;Undo Paste of %1 Cells</source>
        <translation>Einfügen von %1 Zellen &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="115"/>
        <source>&amp;Redo Paste of %1 Cells</source>
        <translation>Einfügen von %1 Zellen &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="132"/>
        <source>Undid the paste of %1 cells</source>
        <translation>Einfügen von %1 Zellen rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="133"/>
        <source>Undid the edit of %1</source>
        <translation>Änderung von %1 rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="150"/>
        <source>Redid the paste of %1 cells</source>
        <translation>Einfügen von %1 Zellen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="151"/>
        <source>Redid the edit of %1</source>
        <translation>Bearbeitung von %1 wiederhergestellt</translation>
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
        <location filename="../ui/lookupcombo.cpp" line="171"/>
        <source>%1 entries in %2 match “%3”: choose one</source>
        <translation>%1 Einträge in %2 passen zu „%3“: Bitte wählen Sie einen aus</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="173"/>
        <source>Nothing in %1 matches “%2”</source>
        <translation>In %1 passt nichts zu „%2“</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="271"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="285"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
</context>
<context>
    <name>concord::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Save your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>The table closes first. If you don&apos;t save, your changes will be lost.</source>
        <translation>Die Tabelle wird zuerst geschlossen. Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Cannot open %1.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Cannot Open the Demo Database</source>
        <translation>Demo-Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>The demo database %1 could not be created.

%2</source>
        <translation>Die Demo-Datenbank %1 konnte nicht angelegt werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>The demo tables are already in %1</source>
        <translation>Die Demo-Tabellen sind bereits in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Load Demo Data</source>
        <translation>Demo-Daten laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Create the demo tables (customers, products, orders, order lines) with sample data in %1?</source>
        <translation>Die Demo-Tabellen (Kunden, Produkte, Bestellungen, Bestellpositionen) mit Beispieldaten in %1 anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Cannot Load the Demo Data</source>
        <translation>Demo-Daten können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Nothing was changed in %1.

%2</source>
        <translation>In %1 wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Demo data loaded into %1</source>
        <translation>Demo-Daten in %1 geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Open SQLite Database</source>
        <translation>SQLite-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>New SQLite Database</source>
        <translation>Neue SQLite-Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>About Concord</source>
        <translation>Über Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;A form editor for SQL tables that never loses an update: every save checks the record&apos;s version, and when someone else changed the record in the meantime you see both versions and merge them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Ein Formulareditor für SQL-Tabellen, der nie eine Änderung verliert: Jedes Speichern prüft die Version des Datensatzes, und hat ihn inzwischen jemand anderes geändert, sehen Sie beide Versionen und führen sie zusammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>Save or revert the edited row first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die bearbeitete Zeile.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Close the record windows of “%1” first.</source>
        <translation>Schließen Sie zuerst die Datensatzfenster von „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Enable Conflict Detection</source>
        <translation>Konflikterkennung aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Conflict detection could not be enabled on “%1”. The table is unchanged.</source>
        <translation>Die Konflikterkennung konnte für „%1“ nicht aktiviert werden. Die Tabelle ist unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Nothing to do: “%1” has everything conflict detection needs already.</source>
        <translation>Nichts zu tun: „%1“ hat bereits alles, was die Konflikterkennung braucht.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Conflict detection is enabled on “%1”.</source>
        <translation>Die Konflikterkennung ist für „%1“ aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Unsaved Record</source>
        <translation>Nicht gespeicherter Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>The edited record could not be saved. Quit anyway and lose its edits?</source>
        <translation>Der bearbeitete Datensatz konnte nicht gespeichert werden. Trotzdem beenden und die Änderungen verlieren?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Quit Without Saving</source>
        <translation>&amp;Beenden ohne Speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Open SQLite File…</source>
        <translation>SQLite-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>&amp;New SQLite Database…</source>
        <translation>&amp;Neue SQLite-Datenbank…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL &amp;verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Load Demo Data into This Database…</source>
        <translation>Demo-Da&amp;ten in diese Datenbank laden…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Table List</source>
        <translation>&amp;Tabellenliste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Enable Conflict Detection…</source>
        <translation>&amp;Konflikterkennung aktivieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Add a version column to the open table, so that every conflicting save is noticed</source>
        <translation>Der geöffneten Tabelle eine Versionsspalte hinzufügen, damit jedes Speichern im Konflikt bemerkt wird</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;About Concord</source>
        <translation>Ü&amp;ber Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Recent Connections</source>
        <translation>&amp;Letzte Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>That password was not accepted. Try again.</source>
        <translation>Das Passwort wurde nicht akzeptiert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="69"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="71"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="75"/>
        <source>• %1, edited %2</source>
        <translation>• %1, bearbeitet am %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="79"/>
        <source>• %1, edited %2: the changes of %n windows, merged into one</source>
        <translation>
            <numerusform>• %1, bearbeitet am %2: die Änderungen aus %n Fenstern, zu einer zusammengeführt</numerusform>
            <numerusform>• %1, bearbeitet am %2: die Änderungen aus %n Fenstern, zu einer zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="90"/>
        <source>• %1, edited %2: %n windows changed it from different versions; each opens in a window of its own</source>
        <translation>
            <numerusform>• %1, bearbeitet am %2: %n Fenster haben ihn auf verschiedenen Ständen geändert; jedes öffnet sich in einem eigenen Fenster</numerusform>
            <numerusform>• %1, bearbeitet am %2: %n Fenster haben ihn auf verschiedenen Ständen geändert; jedes öffnet sich in einem eigenen Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="93"/>
        <source>• %1, edited %2: %n windows changed %3 differently; each opens in a window of its own</source>
        <translation>
            <numerusform>• %1, bearbeitet am %2: %n Fenster haben %3 unterschiedlich geändert; jedes öffnet sich in einem eigenen Fenster</numerusform>
            <numerusform>• %1, bearbeitet am %2: %n Fenster haben %3 unterschiedlich geändert; jedes öffnet sich in einem eigenen Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="103"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="105"/>
        <source>Unsaved Changes Found</source>
        <translation>Nicht gespeicherte Änderungen gefunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="107"/>
        <source>Unsaved changes from an earlier session were found for one record.</source>
        <translation>Für einen Datensatz wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="108"/>
        <source>Unsaved changes from an earlier session were found for %n records.</source>
        <translation>
            <numerusform>Für %n Datensatz wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</numerusform>
            <numerusform>Für %n Datensätze wurden nicht gespeicherte Änderungen aus einer früheren Sitzung gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="113"/>
        <source>%1

Restore opens each record with those changes, for you to save. If someone changed a record since, saving shows both versions first: nothing of theirs is overwritten. Discard deletes the changes; Later asks again next time.</source>
        <translation>%1

Wiederherstellen öffnet jeden Datensatz mit diesen Änderungen, damit Sie sie speichern. Hat jemand einen Datensatz inzwischen geändert, zeigt das Speichern zuerst beide Versionen: Nichts davon wird überschrieben. Verwerfen löscht die Änderungen; Später fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="117"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="119"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="121"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="129"/>
        <source>Unsaved changes from the earlier session discarded</source>
        <translation>Nicht gespeicherte Änderungen der früheren Sitzung verworfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="151"/>
        <source>Unsaved Changes Not Restored</source>
        <translation>Nicht gespeicherte Änderungen nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="152"/>
        <source>These records could not be opened, so their unsaved changes were kept for later: %1.</source>
        <translation>Diese Datensätze ließen sich nicht öffnen, ihre nicht gespeicherten Änderungen bleiben daher für später erhalten: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="156"/>
        <source>Restored the unsaved changes of one record</source>
        <translation>Nicht gespeicherte Änderungen eines Datensatzes wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="157"/>
        <source>Restored the unsaved changes of %n records</source>
        <translation>
            <numerusform>Nicht gespeicherte Änderungen von %n Datensatz wiederhergestellt</numerusform>
            <numerusform>Nicht gespeicherte Änderungen von %n Datensätzen wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553"/>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>This database has no tables.</source>
        <translation>Diese Datenbank enthält keine Tabellen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>The table “%1” is no longer in the database</source>
        <translation>Die Tabelle „%1“ ist nicht mehr in der Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>Create a new database %1?</source>
        <translation>Eine neue Datenbank %1 anlegen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>There is no file at this path. A new, empty SQLite database will be created there.</source>
        <translation>Unter diesem Pfad gibt es keine Datei. Dort wird eine neue, leere SQLite-Datenbank angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>C&amp;reate</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>No recent connections</source>
        <translation>Keine letzten Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>%1 — Concord</source>
        <translation>%1 — Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="647"/>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="648"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>Not connected.

Open a SQLite file or connect to PostgreSQL from the File menu.</source>
        <translation>Nicht verbunden.

Öffnen Sie über das Menü „Datei“ eine SQLite-Datei oder verbinden Sie sich mit PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>concord::MergeTableModel</name>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="255"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergetablemodel.cpp" line="268"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n Byte Binärdaten)</numerusform>
            <numerusform>(%n Bytes Binärdaten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="283"/>
        <location filename="../ui/mergetablemodel.cpp" line="287"/>
        <location filename="../ui/mergetablemodel.cpp" line="302"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="284"/>
        <source>changed by you</source>
        <translation>von Ihnen geändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="288"/>
        <source>changed by them</source>
        <translation>von anderen geändert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="292"/>
        <source>chosen: yours</source>
        <translation>gewählt: Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="294"/>
        <source>chosen: theirs</source>
        <translation>gewählt: anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="296"/>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="304"/>
        <source>merged: yours</source>
        <translation>übernommen: Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="306"/>
        <source>merged: theirs</source>
        <translation>übernommen: anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="308"/>
        <source>merged: same change</source>
        <translation>übernommen: gleiche Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="312"/>
        <source>conflict: choose</source>
        <translation>Konflikt: bitte wählen</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="372"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="374"/>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="415"/>
        <source>Both sides changed this field differently: use yours, use theirs, or edit the Result cell.</source>
        <translation>Beide Seiten haben dieses Feld unterschiedlich geändert: Verwenden Sie Ihren oder den anderen Wert, oder bearbeiten Sie die Zelle „Ergebnis“.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="421"/>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="425"/>
        <source>You and the other side changed this field to the same value.</source>
        <translation>Sie und die andere Seite haben dieses Feld auf denselben Wert geändert.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="429"/>
        <source>Someone else deleted this record.</source>
        <translation>Jemand anderes hat diesen Datensatz gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="433"/>
        <source>You deleted this record.</source>
        <translation>Sie haben diesen Datensatz gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="496"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="498"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="500"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="502"/>
        <source>Theirs</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="504"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="506"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="513"/>
        <source>The value when you started editing</source>
        <translation>Der Wert zu Beginn Ihrer Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="515"/>
        <source>Your edit</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="517"/>
        <source>The value someone else saved meanwhile</source>
        <translation>Der Wert, den jemand anderes inzwischen gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="519"/>
        <source>The value that will be saved</source>
        <translation>Der Wert, der gespeichert wird</translation>
    </message>
</context>
<context>
    <name>concord::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="42"/>
        <location filename="../ui/messagebar.cpp" line="43"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>concord::NullableDateTimeEdit</name>
    <message>
        <location filename="../ui/nullabledatetimeedit.cpp" line="57"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <location filename="../ui/nullabledatetimeedit.cpp" line="206"/>
        <source>Type the value as the field shows it, for example %1. The value was not changed.</source>
        <translation>Geben Sie den Wert so ein, wie das Feld ihn zeigt, zum Beispiel %1. Der Wert wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>concord::NullableDoubleSpinBox</name>
    <message>
        <location filename="../ui/nullabledoublespinbox.cpp" line="30"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>concord::NullableSpinBox</name>
    <message>
        <location filename="../ui/nullablespinbox.cpp" line="19"/>
        <source>(none)</source>
        <translation>(kein Wert)</translation>
    </message>
</context>
<context>
    <name>concord::NumberText</name>
    <message>
        <location filename="../ui/numbertext.cpp" line="152"/>
        <source>&quot;%1&quot; is not a number as this editor reads them (for example %2). The value was not changed.</source>
        <translation>„%1“ ist keine Zahl, wie dieses Feld sie liest (zum Beispiel %2). Der Wert wurde nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/numbertext.cpp" line="180"/>
        <source>%1 has too many decimals: it takes at most 1 digit after the decimal point.</source>
        <translation>%1 hat zu viele Nachkommastellen: Es ist höchstens 1 Stelle nach dem Komma möglich.</translation>
    </message>
    <message>
        <location filename="../ui/numbertext.cpp" line="182"/>
        <source>%1 has too many decimals: it takes at most %2 digits after the decimal point.</source>
        <translation>%1 hat zu viele Nachkommastellen: Es sind höchstens %2 Stellen nach dem Komma möglich.</translation>
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
    <name>concord::RecordCountLabel</name>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="51"/>
        <source>%Ln record</source>
        <translation>
            <numerusform>%Ln Datensatz</numerusform>
            <numerusform>%Ln Datensatz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="51"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln Datensätze</numerusform>
            <numerusform>%Ln Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="55"/>
        <source>%Ln of %1 matches</source>
        <translation>
            <numerusform>%Ln von %1 passt</numerusform>
            <numerusform>%Ln von %1 passt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="56"/>
        <source>%Ln of %1 match</source>
        <translation>
            <numerusform>%Ln von %1 passen</numerusform>
            <numerusform>%Ln von %1 passen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/recordcountlabel.cpp" line="57"/>
        <source>Records containing “%1”, of all the records in the table</source>
        <translation>Datensätze, die „%1“ enthalten, von allen Datensätzen der Tabelle</translation>
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
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="44"/>
        <source>Redo the field edit last undone (%1)</source>
        <translation>Die zuletzt rückgängig gemachte Feldbearbeitung wiederherstellen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="45"/>
        <source>Redo the typing in this field, then the form&apos;s last undone field edit</source>
        <translation>Die Eingabe in diesem Feld wiederherstellen, dann die zuletzt rückgängig gemachte Feldbearbeitung des Formulars</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="46"/>
        <location filename="../ui/recordformundo.cpp" line="255"/>
        <source>Revert &amp;Field</source>
        <translation>&amp;Feld zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="49"/>
        <source>Put the field back as loaded; pressed again, the whole record</source>
        <translation>Das Feld wie geladen wiederherstellen; erneut gedrückt den ganzen Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="191"/>
        <source>Undid the edit of %1</source>
        <translation>Änderung von %1 rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="219"/>
        <source>Redid the edit of %1</source>
        <translation>Bearbeitung von %1 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="232"/>
        <source>%1 is back as loaded; Esc again reverts the record</source>
        <translation>%1 ist wieder wie geladen; erneut Esc setzt den Datensatz zurück</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="255"/>
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
        <location filename="../ui/recordformwindow.cpp" line="131"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="142"/>
        <source>Cannot open %1: the record&apos;s key does not match the table&apos;s primary key.</source>
        <translation>%1 kann nicht geöffnet werden: Der Schlüssel des Datensatzes passt nicht zum Primärschlüssel der Tabelle.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="153"/>
        <source>%1 no longer exists: someone else deleted it.</source>
        <translation>%1 existiert nicht mehr: Jemand anderes hat ihn gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="154"/>
        <source>%1 no longer exists or no longer contains “%2”: someone else deleted or changed it.</source>
        <translation>%1 existiert nicht mehr oder enthält „%2“ nicht mehr: Jemand anderes hat ihn gelöscht oder geändert.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="176"/>
        <location filename="../ui/recordformwindow.cpp" line="682"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="176"/>
        <source>Save this record</source>
        <translation>Diesen Datensatz speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="179"/>
        <source>Re&amp;vert Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="180"/>
        <source>Drop your unsaved changes to this record</source>
        <translation>Nicht gespeicherte Änderungen an diesem Datensatz verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="181"/>
        <source>&amp;Reload</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="182"/>
        <source>Read this record again from the database</source>
        <translation>Diesen Datensatz erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="185"/>
        <source>&amp;Delete Record…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="186"/>
        <source>Delete this record from the table</source>
        <translation>Diesen Datensatz aus der Tabelle löschen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="188"/>
        <source>&amp;Previous</source>
        <translation>V&amp;orheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="189"/>
        <source>Go to the previous record</source>
        <translation>Zum vorherigen Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="192"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächster Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="192"/>
        <source>Go to the next record</source>
        <translation>Zum nächsten Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="195"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="213"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="222"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="279"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="381"/>
        <source>%1 has no records left.</source>
        <translation>%1 enthält keine Datensätze mehr.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="399"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="407"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="429"/>
        <source>Conflict: %1 was deleted by someone else</source>
        <translation>Konflikt: %1 wurde von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="431"/>
        <source>Conflict with a change by someone else</source>
        <translation>Konflikt mit einer Änderung von jemand anderem</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="432"/>
        <source>Conflict with a change by %1</source>
        <translation>Konflikt mit einer Änderung von %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="449"/>
        <source>Your changes are kept, unsaved</source>
        <translation>Ihre Änderungen bleiben erhalten, ungespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="453"/>
        <source>Not saved: someone else deleted this record. Save again to decide whether to recreate it.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz gelöscht. Speichern Sie erneut, um zu entscheiden, ob er neu angelegt wird.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="455"/>
        <source>Not saved: someone else changed this record. Save again to merge, or reload to take their version.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz geändert. Speichern Sie erneut zum Zusammenführen, oder laden Sie neu, um die andere Version zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="457"/>
        <location filename="../ui/recordformwindow.cpp" line="519"/>
        <location filename="../ui/recordformwindow_live.cpp" line="183"/>
        <location filename="../ui/recordformwindow_live.cpp" line="201"/>
        <location filename="../ui/recordformwindow_live.cpp" line="210"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="460"/>
        <source>Saved the merged record</source>
        <translation>Zusammengeführter Datensatz gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="463"/>
        <source>Saved your version over theirs</source>
        <translation>Ihre Version hat die andere ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="466"/>
        <location filename="../ui/recordformwindow_live.cpp" line="359"/>
        <source>Saved the record again</source>
        <translation>Datensatz erneut gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="469"/>
        <location filename="../ui/recordformwindow_live.cpp" line="345"/>
        <source>Reloaded their version; your changes were dropped</source>
        <translation>Andere Version geladen; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="472"/>
        <source>The record was deleted by someone else; your changes were dropped</source>
        <translation>Der Datensatz wurde von jemand anderem gelöscht; Ihre Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="516"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="530"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="534"/>
        <source>Not saved: check %1</source>
        <translation>Nicht gespeichert: %1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="536"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="550"/>
        <source>Changes reverted</source>
        <translation>Änderungen verworfen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="562"/>
        <location filename="../ui/recordformwindow_live.cpp" line="339"/>
        <source>Could not reload: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="569"/>
        <source>%1 was deleted by someone else.</source>
        <translation>%1 wurde von jemand anderem gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="570"/>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="574"/>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="586"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="604"/>
        <location filename="../ui/recordformwindow.cpp" line="625"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="614"/>
        <source>%1 had already been deleted by someone else</source>
        <translation>%1 war bereits von jemand anderem gelöscht worden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="635"/>
        <source>Not deleted: showing what someone else saved</source>
        <translation>Nicht gelöscht: Angezeigt wird, was jemand anderes gespeichert hat</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="654"/>
        <source>This is the last record</source>
        <translation>Dies ist der letzte Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="677"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="678"/>
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="683"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Nicht speichern</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="684"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="685"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="715"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="585"/>
        <location filename="../ui/recordformwindow_live.cpp" line="130"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="132"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="134"/>
        <source>%1[*] — Concord</source>
        <translation>%1[*] — Concord</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="253"/>
        <source>%1; the form shows the new values</source>
        <translation>%1; das Formular zeigt die neuen Werte</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="320"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="321"/>
        <source>Drop your changes to %1 and show it as saved elsewhere?</source>
        <translation>Ihre Änderungen an %1 verwerfen und den Datensatz so zeigen, wie er anderswo gespeichert wurde?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="325"/>
        <source>Your changes cannot be recovered afterwards.</source>
        <translation>Ihre Änderungen lassen sich danach nicht wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="326"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="738"/>
        <source>Record %1 of %2</source>
        <translation>Datensatz %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="102"/>
        <source>Your unsaved changes could not be kept safe: %1</source>
        <translation>Ihre nicht gespeicherten Änderungen konnten nicht gesichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="159"/>
        <source>The unsaved changes could not be put back: the table&apos;s columns have changed since.</source>
        <translation>Die nicht gespeicherten Änderungen ließen sich nicht wiederherstellen: Die Spalten der Tabelle haben sich inzwischen geändert.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="168"/>
        <source>Unsaved changes from an earlier session are back. Save to keep them; if someone changed the record since, you will see both versions first.</source>
        <translation>Nicht gespeicherte Änderungen aus einer früheren Sitzung sind wieder da. Speichern Sie, um sie zu behalten; hat jemand den Datensatz inzwischen geändert, sehen Sie zuerst beide Versionen.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="171"/>
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
    <name>concord::ShortcutDialog</name>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="16"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="20"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="20"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>concord::ShortcutList</name>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="50"/>
        <source>Grid</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="52"/>
        <source>Open the current record in a window</source>
        <translation>Den aktuellen Datensatz in einem Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="53"/>
        <source>Edit the current cell</source>
        <translation>Die aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="54"/>
        <source>Save the cell being edited</source>
        <translation>Die bearbeitete Zelle speichern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="55"/>
        <source>Cancel the cell being edited, then the record&apos;s edits</source>
        <translation>Die Zellbearbeitung abbrechen, danach die Änderungen am Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="57"/>
        <source>Go to the first or last record</source>
        <translation>Zum ersten oder letzten Datensatz gehen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="59"/>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="60"/>
        <source>Record window</source>
        <translation>Datensatzfenster</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="61"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="62"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="63"/>
        <source>Undo typing in the field</source>
        <translation>Eingabe im Feld rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="64"/>
        <source>Delete Record</source>
        <translation>Datensatz löschen</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="65"/>
        <source>Previous record</source>
        <translation>Vorheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="67"/>
        <source>Next record</source>
        <translation>Nächster Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="69"/>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
</context>
<context>
    <name>concord::TableBrowser</name>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="73"/>
        <source>&amp;Open in New Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="76"/>
        <source>Open the current record in a form window of its own</source>
        <translation>Den aktuellen Datensatz in einem eigenen Formularfenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="77"/>
        <source>&amp;New Record</source>
        <translation>&amp;Neuer Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="79"/>
        <source>&amp;Delete Record…</source>
        <translation>Datensatz &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="83"/>
        <source>&amp;Save Record</source>
        <translation>Datensatz &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="87"/>
        <source>Re&amp;vert Record</source>
        <translation>Datensatz &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="91"/>
        <source>&amp;Reload</source>
        <translation>Neu l&amp;aden</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="92"/>
        <source>&amp;Filter Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="95"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="104"/>
        <source>Filter rows…</source>
        <translation>Zeilen filtern…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="111"/>
        <source>Show only rows where a text column contains this (%1)</source>
        <translation>Nur Zeilen anzeigen, in denen eine Textspalte dies enthält (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="192"/>
        <source>Not saved: %1 is required; the cell keeps its value.</source>
        <translation>Nicht gespeichert: %1 ist erforderlich; die Zelle behält ihren Wert.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="210"/>
        <location filename="../ui/tablebrowser.cpp" line="381"/>
        <source>Choose a table on the left.</source>
        <translation>Wählen Sie links eine Tabelle aus.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="294"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="306"/>
        <source>The table “%1” cannot be edited here.

%2</source>
        <translation>Die Tabelle „%1“ kann hier nicht bearbeitet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="307"/>
        <source>The table “%1” could not be read.

%2</source>
        <translation>Die Tabelle „%1“ konnte nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="327"/>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="503"/>
        <source>Conflict detection: read-only</source>
        <translation>Konflikterkennung: schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="508"/>
        <source>Conflict detection: client counting (misses writes that skip the version)</source>
        <translation>Konflikterkennung: Zählung durch Concord (übersieht Schreibzugriffe ohne Versionszählung)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="510"/>
        <source>Conflict detection: trigger</source>
        <translation>Konflikterkennung: Trigger</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="512"/>
        <source>Conflict detection: xmin</source>
        <translation>Konflikterkennung: xmin</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="514"/>
        <source>Conflict detection: compares changed fields</source>
        <translation>Konflikterkennung: vergleicht geänderte Felder</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="529"/>
        <source>Each save checks the record&apos;s version column and counts it up. Programs that write without counting it up are not noticed.</source>
        <translation>Jedes Speichern prüft die Versionsspalte des Datensatzes und zählt sie hoch. Programme, die schreiben, ohne sie hochzuzählen, werden nicht bemerkt.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="532"/>
        <source>A database trigger counts the version column up on every update, so changes by any program are noticed.</source>
        <translation>Ein Datenbank-Trigger zählt die Versionsspalte bei jeder Änderung hoch, sodass Änderungen durch jedes Programm bemerkt werden.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="535"/>
        <source>PostgreSQL&apos;s row version (xmin) tells whether a record changed since it was read; the table needs no version column. Record menu: Enable Conflict Detection adds one.</source>
        <translation>Die Zeilenversion von PostgreSQL (xmin) zeigt, ob sich ein Datensatz seit dem Lesen geändert hat; die Tabelle braucht keine Versionsspalte. Menü Datensatz: „Konflikterkennung aktivieren“ fügt eine hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="539"/>
        <source>The table has no version column: a save checks that the fields you changed still hold what you loaded. Changes to other fields go unnoticed. Record menu: Enable Conflict Detection adds a version column.</source>
        <translation>Die Tabelle hat keine Versionsspalte: Beim Speichern wird geprüft, ob die von Ihnen geänderten Felder noch die geladenen Werte enthalten. Änderungen an anderen Feldern bleiben unbemerkt. Menü Datensatz: „Konflikterkennung aktivieren“ fügt eine Versionsspalte hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="553"/>
        <source>This table has no primary key: its records cannot be opened in a window.</source>
        <translation>Diese Tabelle hat keinen Primärschlüssel: Ihre Datensätze lassen sich nicht in einem Fenster öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="559"/>
        <source>Save or revert the edited row before opening a window.</source>
        <translation>Speichern oder verwerfen Sie die bearbeitete Zeile, bevor Sie ein Fenster öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="584"/>
        <source>Cannot open a window</source>
        <translation>Fenster kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="585"/>
        <source>A second connection to the database failed:
%1</source>
        <translation>Eine zweite Verbindung zur Datenbank ist fehlgeschlagen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="596"/>
        <source>The record could not be opened in a window: %1</source>
        <translation>Der Datensatz konnte nicht in einem Fenster geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="46"/>
        <source>The filter is applied once the edited record is saved or reverted. Not saved: %1</source>
        <translation>Der Filter wird angewendet, sobald der bearbeitete Datensatz gespeichert oder zurückgesetzt ist. Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="60"/>
        <source>Showing all rows</source>
        <translation>Alle Zeilen werden angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="62"/>
        <source>No rows contain “%1”</source>
        <translation>Keine Zeile enthält „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="67"/>
        <source>%n row contains “%1”</source>
        <translation>
            <numerusform>%n Zeile enthält „%1“</numerusform>
            <numerusform>%n Zeilen enthalten „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="68"/>
        <source>%n rows contain “%1”</source>
        <translation>
            <numerusform>%n Zeile enthält „%1“</numerusform>
            <numerusform>%n Zeilen enthalten „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="88"/>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="81"/>
        <source>New record: it is saved when you leave the row</source>
        <translation>Neuer Datensatz: Er wird beim Verlassen der Zeile gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="91"/>
        <source>Delete this record from “%1”?</source>
        <translation>Diesen Datensatz aus „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="92"/>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="128"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="159"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="173"/>
        <source>Edits dropped</source>
        <translation>Änderungen verworfen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="110"/>
        <source>End of the table: %Ln rows</source>
        <translation>
            <numerusform>Ende der Tabelle: %Ln Zeile</numerusform>
            <numerusform>Ende der Tabelle: %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="125"/>
        <source>Reading rows: %1 of %2</source>
        <translation>Zeilen werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="98"/>
        <source>Row %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="90"/>
        <source>Drop the unsaved edits of the current record (Esc)</source>
        <translation>Die ungespeicherten Änderungen des aktuellen Datensatzes verwerfen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="117"/>
        <source>Not deleted.</source>
        <translation>Nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="142"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="150"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="229"/>
        <source>Conflict resolved: the merged record is saved</source>
        <translation>Konflikt gelöst: Der zusammengeführte Datensatz ist gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="232"/>
        <source>Conflict resolved: the record now shows the other change</source>
        <translation>Konflikt gelöst: Der Datensatz zeigt jetzt die andere Änderung</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="235"/>
        <source>Conflict resolved: your version is saved over the other</source>
        <translation>Konflikt gelöst: Ihre Version hat die andere ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="238"/>
        <source>Conflict resolved: the deleted record is saved again</source>
        <translation>Konflikt gelöst: Der gelöschte Datensatz ist wieder gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="241"/>
        <source>Conflict resolved: your edits are dropped</source>
        <translation>Konflikt gelöst: Ihre Änderungen sind verworfen</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="244"/>
        <source>Conflict not resolved: your edits are kept. Save again to resolve it, or revert the record.</source>
        <translation>Konflikt nicht gelöst: Ihre Änderungen bleiben erhalten. Speichern Sie erneut, um ihn zu lösen, oder setzen Sie den Datensatz zurück.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="273"/>
        <source>Not saved: %1 Fix the value or revert the record.</source>
        <translation>Nicht gespeichert: %1 Korrigieren Sie den Wert oder setzen Sie den Datensatz zurück.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="285"/>
        <source>Conflict: someone else deleted this record</source>
        <translation>Konflikt: Jemand anderes hat diesen Datensatz gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="290"/>
        <source>Conflict with a change by someone else</source>
        <translation>Konflikt mit einer Änderung von jemand anderem</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="291"/>
        <source>Conflict with a change by %1</source>
        <translation>Konflikt mit einer Änderung von %1</translation>
    </message>
</context>
<context>
    <name>concord::TableCsvTransfer</name>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="24"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="27"/>
        <source>Write the rows the grid shows (filter and sort applied) to a CSV file</source>
        <translation>Die Zeilen, die die Tabelle zeigt (gefiltert und sortiert), in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="29"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="32"/>
        <source>Insert the rows of a CSV file into the open table</source>
        <translation>Die Zeilen einer CSV-Datei in die geöffnete Tabelle einfügen</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="56"/>
        <location filename="../ui/tablecsvtransfer.cpp" line="73"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="58"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="65"/>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="70"/>
        <source>Export cancelled: no file was written</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="74"/>
        <source>The file %1 could not be written:
%2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="90"/>
        <location filename="../ui/tablecsvtransfer.cpp" line="99"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="91"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="106"/>
        <source>Imported %1 rows into %2</source>
        <translation>%1 Zeilen in %2 importiert</translation>
    </message>
</context>
<context>
    <name>concord::TableImporter</name>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="29"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="57"/>
        <source>The table %1 could not be read.</source>
        <translation>Die Tabelle %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="114"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="128"/>
        <source>%1 names %2 records</source>
        <translation>%1 bezeichnet %2 Datensätze</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="136"/>
        <source>nothing in %1 is named %2</source>
        <translation>nichts in %1 heißt %2</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="147"/>
        <source>%1 is none of %2</source>
        <translation>%1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="158"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="167"/>
        <source>%1 is no whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="182"/>
        <source>%1 does not fit: the column takes at most %2 digits before the decimal point and %3 after it</source>
        <translation>%1 passt nicht: Die Spalte nimmt höchstens %2 Stellen vor dem Dezimalkomma und %3 danach auf</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="196"/>
        <source>%1 is no number (write it with a &apos;.&apos;)</source>
        <translation>%1 ist keine Zahl (schreiben Sie sie mit einem „.“)</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="219"/>
        <source>%1 is no date in the form 2024-03-30 (or 2024-03-30 14:05:00)</source>
        <translation>%1 ist kein Datum der Form 2024-03-30 (oder 2024-03-30 14:05:00)</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="223"/>
        <source>%1 is too long: the column takes at most %2 characters</source>
        <translation>%1 ist zu lang: Die Spalte nimmt höchstens %2 Zeichen auf</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="287"/>
        <source>The table %1 no longer exists.</source>
        <translation>Die Tabelle %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>concord::TableList</name>
    <message>
        <location filename="../ui/tablelist.cpp" line="32"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../ui/tablelist.cpp" line="46"/>
        <source>View “%1”: shown read-only</source>
        <translation>Sicht „%1“: schreibgeschützt angezeigt</translation>
    </message>
</context>
<context>
    <name>concord::TablePreparer</name>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="149"/>
        <source>The connection is inside a transaction. Preparing a table runs in a transaction of its own and would end yours: commit or roll it back first. Nothing was changed.</source>
        <translation>Die Verbindung befindet sich in einer Transaktion. Das Vorbereiten einer Tabelle läuft in einer eigenen Transaktion und würde Ihre beenden: Bestätigen Sie sie zuerst oder machen Sie sie rückgängig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="228"/>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="233"/>
        <source>Tables can be prepared on SQLite and PostgreSQL only.</source>
        <translation>Tabellen lassen sich nur unter SQLite und PostgreSQL vorbereiten.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="238"/>
        <source>A table is prepared for the client or the trigger strategy; the other strategies need no change to the table.</source>
        <translation>Eine Tabelle wird für die Client- oder die Trigger-Strategie vorbereitet; die anderen Strategien brauchen keine Änderung an der Tabelle.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="245"/>
        <source>No version column name was given.</source>
        <translation>Es wurde kein Name für die Versionsspalte angegeben.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="251"/>
        <source>&quot;%1&quot; is not a table name. Write it as table or schema.table, with double quotes around a part that holds dots or quotes.</source>
        <translation>„%1“ ist kein Tabellenname. Schreiben Sie ihn als tabelle oder schema.tabelle, mit doppelten Anführungszeichen um einen Teil, der Punkte oder Anführungszeichen enthält.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="261"/>
        <source>&quot;%1&quot; is a view, not a table: a view&apos;s rows are shown read-only. Enable conflict detection on the tables it reads from.</source>
        <translation>„%1“ ist eine Sicht, keine Tabelle: Die Zeilen einer Sicht werden schreibgeschützt angezeigt. Aktivieren Sie die Konflikterkennung für die Tabellen, aus denen sie liest.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="289"/>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="302"/>
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
        <location filename="../core/src/versionedtablemodel_p.cpp" line="234"/>
        <source>There is no table named %1.</source>
        <translation>Es gibt keine Tabelle namens %1.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="214"/>
        <source>The rows cannot be reloaded or moved while a save is under way; try again once it has finished.</source>
        <translation>Die Zeilen können nicht neu geladen oder verschoben werden, solange gespeichert wird; versuchen Sie es nach dem Speichern erneut.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="241"/>
        <source>%1 is a view: its rows cannot be saved. Edit the tables it reads from.</source>
        <translation>%1 ist eine Sicht: Ihre Zeilen können nicht gespeichert werden. Bearbeiten Sie die Tabellen, aus denen sie liest.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="243"/>
        <source>%1 is a view. Its rows cannot be edited here; edit the tables it reads from.</source>
        <translation>%1 ist eine Sicht. Ihre Zeilen können hier nicht bearbeitet werden; bearbeiten Sie die Tabellen, aus denen sie liest.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="249"/>
        <source>Table %1 has no primary key, so a row cannot be told apart from its copies and saving it safely is impossible. Add a primary key to edit it.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel: Eine Zeile lässt sich nicht von ihren Kopien unterscheiden und nicht sicher speichern. Fügen Sie einen Primärschlüssel hinzu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="251"/>
        <source>Table %1 has no primary key, so its rows cannot be told apart: it is shown read-only. Add a primary key to edit it.</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel, ihre Zeilen sind daher nicht auseinanderzuhalten: Sie wird schreibgeschützt angezeigt. Fügen Sie einen Primärschlüssel hinzu, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="260"/>
        <source>The xmin strategy needs PostgreSQL; %1 is not on a PostgreSQL server.</source>
        <translation>Die xmin-Strategie braucht PostgreSQL; %1 liegt nicht auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="280"/>
        <source>Table %1 has no version column &quot;%2&quot;. Add one to edit it safely: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</source>
        <translation>Tabelle %1 hat keine Versionsspalte &quot;%2&quot;. Fügen Sie eine hinzu, um sie sicher zu bearbeiten: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="300"/>
        <source>The version column &quot;%2&quot; of %1 must have an integer type, so that versions compare exactly. Change it to INTEGER (or BIGINT).</source>
        <translation>Die Versionsspalte &quot;%2&quot; von %1 muss einen Ganzzahltyp haben, damit Versionen exakt verglichen werden. Ändern Sie sie in INTEGER (oder BIGINT).</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="304"/>
        <source>Table %1 has no version trigger. Install it with: concord --prepare %1 --strategy trigger</source>
        <translation>Tabelle %1 hat keinen Versions-Trigger. Installieren Sie ihn mit: concord --prepare %1 --strategy trigger</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="330"/>
        <source>%n row(s) of %1 have no primary key value (NULL), so they cannot be told apart. Give them a key first.</source>
        <translation>
            <numerusform>%n Zeile von %1 hat keinen Primärschlüsselwert (NULL) und lässt sich nicht unterscheiden. Geben Sie ihr zuerst einen Schlüssel.</numerusform>
            <numerusform>%n Zeilen von %1 haben keinen Primärschlüsselwert (NULL) und lassen sich nicht unterscheiden. Geben Sie ihnen zuerst einen Schlüssel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="335"/>
        <source>%n row(s) of %1 have no version. Initialise them first: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</source>
        <translation>
            <numerusform>%n Zeile von %1 hat keine Version. Initialisieren Sie sie zuerst: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
            <numerusform>%n Zeilen von %1 haben keine Version. Initialisieren Sie sie zuerst: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="488"/>
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
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="299"/>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="326"/>
        <source>The rows were reloaded during the save.</source>
        <translation>Die Zeilen wurden während des Speicherns neu geladen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="117"/>
        <source>This row&apos;s version (%1) cannot be counted up any further, so it cannot be saved safely. Nothing was saved; your edits are kept.</source>
        <translation>Die Version dieser Zeile (%1) kann nicht weiter hochgezählt werden, daher lässt sie sich nicht sicher speichern. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="264"/>
        <source>%1 of %2 must be a number; &quot;%3&quot; is not one. Nothing was saved; your edits are kept.</source>
        <translation>%1 von %2 muss eine Zahl sein; „%3“ ist keine. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="269"/>
        <source>%1 of %2 holds at most %n character(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>%1 von %2 fasst höchstens %n Zeichen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
            <numerusform>%1 von %2 fasst höchstens %n Zeichen. Es wurde nichts gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="204"/>
        <source>The table name %1 contains a single quote (&apos;), which Qt&apos;s PostgreSQL driver cannot handle safely. Rename the table to open it.</source>
        <translation>Der Tabellenname %1 enthält ein einfaches Anführungszeichen (&apos;), das der PostgreSQL-Treiber von Qt nicht sicher verarbeiten kann. Benennen Sie die Tabelle um, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="623"/>
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
