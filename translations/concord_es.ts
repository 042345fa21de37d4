<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>FieldEditorFactory</name>
    <message>
        <location filename="../ui/editorvalue.cpp" line="134"/>
        <location filename="../ui/editorvalue.cpp" line="140"/>
        <location filename="../ui/lookupcombo.cpp" line="39"/>
        <location filename="../ui/choicecombo.cpp" line="19"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
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
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/filedialog.cpp" line="18"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>concord::CellInputParser</name>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="38"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="156"/>
        <location filename="../ui/cellinputparser.cpp" line="166"/>
        <location filename="../ui/cellinputparser.cpp" line="197"/>
        <location filename="../ui/cellinputparser.cpp" line="215"/>
        <source>a value is required</source>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="177"/>
        <source>%1 names %2 records: choose one in the cell</source>
        <translation>%1 designa %2 registros: elija uno en la celda</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="186"/>
        <source>nothing in %1 is named %2</source>
        <translation>nada en %1 se llama %2</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="204"/>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="220"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="220"/>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="222"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="222"/>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="224"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 no es ni verdadero ni falso</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="244"/>
        <source>%1 is no whole number from %2 to %3</source>
        <translation>%1 no es un número entero de %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="248"/>
        <source>%1 does not fit: the column takes at most %2 digits before the decimal point and %3 after it</source>
        <translation>%1 no cabe: la columna admite como máximo %2 dígitos antes del separador decimal y %3 después</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="252"/>
        <location filename="../ui/cellinputparser.cpp" line="362"/>
        <source>%1 is not accepted here</source>
        <translation>%1 no se admite aquí</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="263"/>
        <source>this cell cannot be edited</source>
        <translation>esta celda no se puede editar</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="281"/>
        <location filename="../ui/cellinputparser.cpp" line="348"/>
        <source>%1 is no date this column takes</source>
        <translation>%1 no es una fecha que admita esta columna</translation>
    </message>
    <message>
        <location filename="../ui/cellinputparser.cpp" line="284"/>
        <source>%1 is too long: the column takes at most %2 characters</source>
        <translation>%1 es demasiado largo: la columna admite como máximo %2 caracteres</translation>
    </message>
</context>
<context>
    <name>concord::ChangeBanner</name>
    <message>
        <location filename="../ui/changebanner.cpp" line="67"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="68"/>
        <source>Compare your edits with the record as saved elsewhere, and merge them</source>
        <translation>Comparar sus cambios con la versión del otro usuario y combinarlos</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="70"/>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="71"/>
        <source>Drop your edits and show the record as saved elsewhere</source>
        <translation>Descartar sus cambios y mostrar la versión del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="72"/>
        <source>Re-&amp;create</source>
        <translation>Re&amp;crear</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="73"/>
        <source>Save the record again, with the values in this form</source>
        <translation>Volver a guardar el registro con los valores de este formulario</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="74"/>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="74"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="123"/>
        <source>Deleted in your other window</source>
        <translation>Eliminado en su otra ventana</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="124"/>
        <source>Deleted in your other window at %1</source>
        <translation>Eliminado en su otra ventana el %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="125"/>
        <source>Changed in your other window</source>
        <translation>Cambiado en su otra ventana</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="126"/>
        <source>Changed in your other window at %1</source>
        <translation>Cambiado en su otra ventana el %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="131"/>
        <source>Deleted by another program</source>
        <translation>Eliminado por otro programa</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="131"/>
        <source>Changed by another program</source>
        <translation>Cambiado por otro programa</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="134"/>
        <source>Deleted by %1</source>
        <translation>Eliminado por %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="135"/>
        <source>Deleted by %1 at %2</source>
        <translation>Eliminado por %1 el %2</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="136"/>
        <source>Changed by %1</source>
        <translation>Cambiado por %1</translation>
    </message>
    <message>
        <location filename="../ui/changebanner.cpp" line="136"/>
        <source>Changed by %1 at %2</source>
        <translation>Cambiado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>concord::ChangeFeed</name>
    <message>
        <location filename="../core/src/changefeed.cpp" line="65"/>
        <source>the connection to the database server was lost</source>
        <translation>se perdió la conexión con el servidor de la base de datos</translation>
    </message>
    <message>
        <location filename="../core/src/changefeed.cpp" line="71"/>
        <source>the database connection is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <location filename="../core/src/changefeed_postgres.cpp" line="78"/>
        <source>the database refused to announce changes (%1)</source>
        <translation>la base de datos se negó a anunciar los cambios (%1)</translation>
    </message>
</context>
<context>
    <name>concord::ChangedFieldMarks</name>
    <message>
        <location filename="../ui/changedfieldmarks.cpp" line="42"/>
        <source>Changed since loaded</source>
        <translation>Cambiado desde que se cargó</translation>
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
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <location filename="../ui/columnchooser.cpp" line="41"/>
        <source>No table is open</source>
        <translation>No hay ninguna tabla abierta</translation>
    </message>
</context>
<context>
    <name>concord::ColumnLimits</name>
    <message numerus="yes">
        <location filename="../ui/columnlimits.cpp" line="104"/>
        <source>At most %n character(s)</source>
        <translation>
            <numerusform>Como máximo %n carácter(es)</numerusform>
            <numerusform>Como máximo %n carácter(es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>concord::CommandLine</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Try “%1 --help”.</source>
        <translation>Pruebe “%1 --help”.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Open a PostgreSQL database, given as libpq key=value pairs (&quot;host=db dbname=shop user=ann&quot;) or as a postgresql:// URL.</source>
        <translation>Abra una base de datos PostgreSQL, indicada como pares clave=valor de libpq (&quot;host=db dbname=shop user=ann&quot;) o como URL postgresql://.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Use this language (&quot;es&quot;, &quot;de&quot;, &quot;en&quot;) instead of the system&apos;s.</source>
        <translation>Use este idioma (&quot;es&quot;, &quot;de&quot;, &quot;en&quot;) en vez del idioma del sistema.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="40"/>
        <source>Render the documentation screenshots into this folder and exit.</source>
        <translation>Genera las capturas de pantalla de la documentación en esta carpeta y sale.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="41"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Create the demo tables and sample data in the database opened (a PostgreSQL one, say), unless they are there already.</source>
        <translation>Crea las tablas y los datos de demostración en la base de datos abierta (por ejemplo, una de PostgreSQL), si aún no están.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Prepare this table for conflict detection (add the version column and, on PostgreSQL, the change notification trigger), print what was done and exit. Running it again changes nothing.</source>
        <translation>Prepara esta tabla para detectar conflictos (agrega la columna de versión y, en PostgreSQL, el trigger que avisa de los cambios), muestra lo que se hizo y termina. Ejecutarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="49"/>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="51"/>
        <source>With --prepare: &quot;trigger&quot; (the default) adds a trigger that counts the version up on every UPDATE, whoever writes; &quot;client&quot; lets Concord count it up on each save, and misses programs that write without counting it up.</source>
        <translation>Con --prepare: «trigger» (el predeterminado) añade un trigger que aumenta la versión en cada UPDATE, escriba quien escriba; «client» deja que Concord la aumente en cada guardado, y no detecta los programas que escriben sin aumentarla.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="55"/>
        <source>trigger|client</source>
        <translation>trigger|client</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="57"/>
        <source>With --prepare: add the modified_by and modified_at columns (on PostgreSQL filled by a trigger from the session user and the server&apos;s clock).</source>
        <translation>Con --prepare: agrega las columnas modified_by y modified_at (en PostgreSQL las rellena un trigger con el usuario de la sesión y el reloj del servidor).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>Save under this name in the tables&apos; modified_by columns (by default the PostgreSQL session user, or your login name).</source>
        <translation>Guardar con este nombre en las columnas modified_by de las tablas (de forma predeterminada, el usuario de la sesión de PostgreSQL o su nombre de inicio de sesión).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="63"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>Concord: edit SQL tables in forms without ever losing an update.
With no database given, the demo database is opened (and created on the first run).</source>
        <translation>Concord: edita tablas SQL en formularios sin perder nunca una actualización.
Si no se indica ninguna base de datos, se abre la base de datos de demostración (y se crea la primera vez).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="83"/>
        <source>database</source>
        <translation>base_de_datos</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="84"/>
        <source>A SQLite file, or a postgresql:// URL, to open.</source>
        <translation>Un archivo SQLite o una URL postgresql:// para abrir.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="85"/>
        <source>[database]</source>
        <translation>[base_de_datos]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <source>--operator needs a name.</source>
        <translation>--operator necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="111"/>
        <source>--screenshots needs a folder.</source>
        <translation>--screenshots necesita una carpeta.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="120"/>
        <source>Give at most one database to open; got %1.</source>
        <translation>Indica como máximo una base de datos; se recibieron %1.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>Give either --pg or a database file, not both.</source>
        <translation>Indica --pg o un archivo de base de datos, no ambos.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="148"/>
        <source>--strategy and --audit go with --prepare.</source>
        <translation>--strategy y --audit van con --prepare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="155"/>
        <source>--prepare needs a table.</source>
        <translation>--prepare necesita una tabla.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>--strategy is &quot;trigger&quot; or &quot;client&quot;, not &quot;%1&quot;.</source>
        <translation>--strategy es “trigger” o “client”, no “%1”.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <source>--prepare goes without --screenshots and --demo-data.</source>
        <translation>--prepare no va junto con --screenshots ni --demo-data.</translation>
    </message>
</context>
<context>
    <name>concord::ConflictDetectionDialog</name>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="19"/>
        <source>Enable Conflict Detection</source>
        <translation>Activar la detección de conflictos</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="23"/>
        <source>Concord adds what “%1” is missing to notice every conflicting save: an integer version column, and the way it is counted up. Nothing else in the table changes, and running this again changes nothing.</source>
        <translation>Concord añade lo que le falta a “%1” para detectar cada guardado en conflicto: una columna de versión entera y la forma de incrementarla. Nada más cambia en la tabla, y volver a ejecutarlo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="38"/>
        <source>Counted up by &amp;Concord on each save</source>
        <translation>Incrementada por &amp;Concord en cada guardado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="40"/>
        <source>Works on any database. Programs that write to the table without counting the version up are not noticed.</source>
        <translation>Funciona con cualquier base de datos. No se detectan los programas que escriben en la tabla sin incrementar la versión.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="35"/>
        <source>Counted up by a database &amp;trigger on every update</source>
        <translation>Incrementada por un &amp;trigger de la base de datos en cada actualización</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="37"/>
        <source>Changes made by any program are noticed, not only Concord&apos;s.</source>
        <translation>Se detectan los cambios de cualquier programa, no solo los de Concord.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="42"/>
        <source>Misses programs that write to the table without counting the version up: a save here can overwrite their changes unnoticed.</source>
        <translation>No detecta los programas que escriben en la tabla sin aumentar la versión: un guardado aquí puede sobrescribir sus cambios sin que se note.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="55"/>
        <source>Also add &amp;who/when columns (modified_by, modified_at)</source>
        <translation>Añadir también columnas de &amp;quién/cuándo (modified_by, modified_at)</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="57"/>
        <source>Each save records who saved and when, so a conflict can say who changed the record.</source>
        <translation>Cada guardado anota quién guardó y cuándo, para que un conflicto pueda decir quién cambió el registro.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdetectiondialog.cpp" line="64"/>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
</context>
<context>
    <name>concord::ConflictDialog</name>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="161"/>
        <source>%1 is required: it cannot be empty.</source>
        <translation>%1 es obligatorio: no puede quedar vacío.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="167"/>
        <source>Use &amp;yours</source>
        <translation>Usar mi &amp;versión</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="169"/>
        <source>Save your value for the selected field</source>
        <translation>Guardar mi valor en el campo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="170"/>
        <source>Use &amp;theirs</source>
        <translation>Usar la del otro &amp;usuario</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="172"/>
        <source>Save their value for the selected field</source>
        <translation>Guardar el valor de la otra persona en el campo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="173"/>
        <source>&amp;Edit result</source>
        <translation>&amp;Editar resultado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="175"/>
        <source>Type the value to save for the selected field</source>
        <translation>Escribir el valor que se guardará en el campo seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="176"/>
        <source>&amp;Hide unchanged fields</source>
        <translation>&amp;Ocultar campos sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="179"/>
        <source>Copy &amp;my changes</source>
        <translation>&amp;Copiar mis cambios</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="181"/>
        <source>Put the fields you changed on the clipboard, one &quot;field: value&quot; per line</source>
        <translation>Copiar al portapapeles los campos que cambió, uno por línea como &quot;campo: valor&quot;</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="186"/>
        <source>&amp;Save merged</source>
        <translation>&amp;Guardar combinación</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="189"/>
        <location filename="../ui/conflictdialog.cpp" line="329"/>
        <location filename="../ui/conflictdialog.cpp" line="537"/>
        <source>&amp;Reload theirs</source>
        <translation>&amp;Recargar la versión del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="192"/>
        <location filename="../ui/conflictdialog.cpp" line="331"/>
        <source>&amp;Overwrite with mine</source>
        <translation>Sobrescribir con &amp;mi versión</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="194"/>
        <source>&amp;Re-create with my values</source>
        <translation>&amp;Recrear con mis valores</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="197"/>
        <source>&amp;Discard my changes</source>
        <translation>&amp;Descartar mis cambios</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="202"/>
        <source>Close and keep editing: your changes stay in the form, unsaved</source>
        <translation>Cerrar y seguir editando: sus cambios quedan en el formulario, sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="305"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="306"/>
        <source>Conflict in %1</source>
        <translation>Conflicto en %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="323"/>
        <source>&amp;Keep their version</source>
        <translation>&amp;Mantener la versión del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="324"/>
        <source>Do not delete: show the record as someone else saved it</source>
        <translation>No eliminar: mostrar el registro tal como lo guardó otra persona</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="325"/>
        <source>&amp;Delete anyway</source>
        <translation>&amp;Eliminar de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="327"/>
        <source>Delete the record, with the changes someone else saved</source>
        <translation>Eliminar el registro, con los cambios que guardó otra persona</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="330"/>
        <source>Drop your changes and show the record as someone else saved it</source>
        <translation>Descartar mis cambios y mostrar el registro tal como lo guardó otra persona</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="333"/>
        <source>Save your version as it is, replacing what someone else saved</source>
        <translation>Guardar mi versión tal cual, reemplazando lo que guardó otra persona</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="345"/>
        <source>There is no conflict to resolve on this record any more.</source>
        <translation>Ya no hay ningún conflicto que resolver en este registro.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="349"/>
        <source>This record was deleted in your other window.</source>
        <translation>Este registro se eliminó en su otra ventana.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="351"/>
        <source>You deleted this record here, but changed it in your other window.</source>
        <translation>Eliminó este registro aquí, pero lo modificó en su otra ventana.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="352"/>
        <source>This record was changed in your other window while you were editing it here.</source>
        <translation>Este registro se modificó en su otra ventana mientras lo editaba aquí.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="355"/>
        <source>This record was deleted by someone else.</source>
        <translation>Otra persona eliminó este registro.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="357"/>
        <source>You deleted this record, but someone else changed it in the meantime.</source>
        <translation>Usted eliminó este registro, pero otra persona lo cambió mientras tanto.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="358"/>
        <source>This record was changed by someone else while you were editing it.</source>
        <translation>Otra persona cambió este registro mientras usted lo editaba.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="382"/>
        <source>Changed by %1 at %2</source>
        <translation>Cambiado por %1 el %2</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="384"/>
        <source>Changed by %1</source>
        <translation>Cambiado por %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="386"/>
        <source>Changed at %1</source>
        <translation>Cambiado el %1</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="388"/>
        <source>Changed by another program</source>
        <translation>Cambiado por otro programa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="398"/>
        <source>You changed %n field. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Usted cambió %n campo. Recree el registro con sus valores o descarte sus cambios.</numerusform>
            <numerusform>Usted cambió %n campo. Recree el registro con sus valores o descarte sus cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="400"/>
        <source>You changed %n fields. Re-create the record with your values, or discard your changes.</source>
        <translation>
            <numerusform>Usted cambió %n campos. Recree el registro con sus valores o descarte sus cambios.</numerusform>
            <numerusform>Usted cambió %n campos. Recree el registro con sus valores o descarte sus cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="404"/>
        <source>Keep their version, or delete the record anyway and lose what they saved.</source>
        <translation>Mantenga la versión del otro usuario, o elimine el registro de todos modos y pierda lo que guardó.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="411"/>
        <source>%n field merged automatically</source>
        <translation>
            <numerusform>%n campo combinado automáticamente</numerusform>
            <numerusform>%n campos combinados automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="412"/>
        <source>%n fields merged automatically</source>
        <translation>
            <numerusform>%n campo combinado automáticamente</numerusform>
            <numerusform>%n campos combinados automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="417"/>
        <source>%n conflict needs your choice</source>
        <translation>
            <numerusform>%n conflicto requiere su decisión</numerusform>
            <numerusform>%n conflicto requiere su decisión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="418"/>
        <source>%n conflicts need your choice</source>
        <translation>
            <numerusform>%n conflictos requieren su decisión</numerusform>
            <numerusform>%n conflictos requieren su decisión</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="420"/>
        <source>every conflict has a choice: you can save the merged record</source>
        <translation>todos los conflictos están decididos: puede guardar el registro combinado</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="422"/>
        <source>no conflicts: you can save the merged record</source>
        <translation>sin conflictos: puede guardar el registro combinado</translation>
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
        <translation>¿Mostrar el registro tal como lo guardó otra persona?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="534"/>
        <source>Your changes to %1 will be lost, and the record will show what someone else saved. Reload theirs?</source>
        <translation>Se perderán sus cambios en %1 y el registro mostrará lo que guardó otra persona. ¿Recargar la versión del otro usuario?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="537"/>
        <source>Reload theirs</source>
        <translation>Recargar la versión del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="555"/>
        <source>Delete anyway</source>
        <translation>Eliminar de todos modos</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="556"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="557"/>
        <source>Delete the record that someone else saved meanwhile?</source>
        <translation>¿Eliminar el registro que otra persona guardó mientras tanto?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="558"/>
        <source>Someone else&apos;s values for %1 will be lost with the record. Delete anyway?</source>
        <translation>Los valores de otra persona para %1 se perderán junto con el registro. ¿Eliminar de todos modos?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="561"/>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con mi versión</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="562"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="563"/>
        <source>Your version will replace the one someone else saved. Overwrite?</source>
        <translation>Su versión reemplazará la que guardó otra persona. ¿Sobrescribir?</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="565"/>
        <source>Someone else&apos;s values for %1 will be lost: your version replaces theirs. Overwrite?</source>
        <translation>Se perderán los valores de otra persona para %1: su versión reemplaza la del otro usuario. ¿Sobrescribir?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="584"/>
        <source>%n field copied</source>
        <translation>
            <numerusform>%n campo copiado</numerusform>
            <numerusform>%n campos copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/conflictdialog.cpp" line="585"/>
        <source>%n fields copied</source>
        <translation>
            <numerusform>%n campo copiado</numerusform>
            <numerusform>%n campos copiados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="637"/>
        <source>The record could not be saved.</source>
        <translation>No se pudo guardar el registro.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="638"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="650"/>
        <source>Someone else deleted this record in the meantime.</source>
        <translation>Otra persona eliminó este registro mientras tanto.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="652"/>
        <source>Someone else saved again in the meantime; review their latest values.</source>
        <translation>Otra persona volvió a guardar mientras tanto; revise los valores más recientes del otro usuario.</translation>
    </message>
    <message>
        <location filename="../ui/conflictdialog.cpp" line="655"/>
        <source>Your choice for %1 was cleared because their value changed.</source>
        <translation>Se borró su elección para %1 porque cambió el valor del otro usuario.</translation>
    </message>
</context>
<context>
    <name>concord::ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="21"/>
        <source>Connect to PostgreSQL</source>
        <translation>Conectar a PostgreSQL</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="36"/>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="37"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="43"/>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="53"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>asked for when needed; never stored</source>
        <translation>se pide si hace falta; nunca se guarda</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="59"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="65"/>
        <source>postgresql://user@host:5432/database or host=… dbname=… user=…</source>
        <translation>postgresql://usuario@servidor:5432/base o host=… dbname=… user=…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="66"/>
        <source>When given, this line is used instead of the fields above.</source>
        <translation>Si se indica, esta línea se use en lugar de los campos de arriba.</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="67"/>
        <source>Or &amp;connection string:</source>
        <translation>O &amp;cadena de conexión:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>concord::CsvImportDialog</name>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="34"/>
        <source>Import CSV into %1</source>
        <translation>Importar CSV en %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="40"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="42"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="43"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="44"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="45"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="46"/>
        <source>The first row holds the column &amp;names</source>
        <translation>La primera fila contiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="51"/>
        <source>&amp;Columns: where each column of the file goes</source>
        <translation>&amp;Columnas: adónde va cada columna del archivo</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="54"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="54"/>
        <source>Into the table column</source>
        <translation>En la columna de la tabla</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="61"/>
        <source>&amp;Preview of the first rows</source>
        <translation>&amp;Vista previa de las primeras filas</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="77"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="85"/>
        <source>Insert the &amp;Good Rows</source>
        <translation>Insertar las filas &amp;correctas</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="128"/>
        <source>The file %1 could not be read: %2</source>
        <translation>No se pudo leer el archivo %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="142"/>
        <source>The file %1 holds no rows.</source>
        <translation>El archivo %1 no contiene filas.</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="165"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="170"/>
        <source>(skip)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="175"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="247"/>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="248"/>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="257"/>
        <source>%1 rows were inserted; these rows were not:</source>
        <translation>Se insertaron %1 filas; estas filas no:</translation>
    </message>
    <message>
        <location filename="../ui/csvimportdialog.cpp" line="258"/>
        <source>%1 of %2 rows cannot be inserted, so nothing was. Fix the file and import it again, or insert the %3 good rows.</source>
        <translation>%1 de %2 filas no se pueden insertar, así que no se insertó nada. Corrija el archivo e impórtelo de nuevo, o inserte las %3 filas correctas.</translation>
    </message>
</context>
<context>
    <name>concord::CsvReader</name>
    <message>
        <location filename="../core/src/csvreader.cpp" line="65"/>
        <source>A quote opened on line %1 is never closed.</source>
        <translation>Unas comillas abiertas en la línea %1 nunca se cierran.</translation>
    </message>
</context>
<context>
    <name>concord::DatabaseConnector</name>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="98"/>
        <source>The file &quot;%1&quot; is not a SQLite database.</source>
        <translation>El archivo &quot;%1&quot; no es una base de datos SQLite.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="99"/>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>No se puede leer &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="104"/>
        <source>The folder &quot;%1&quot; that holds the database is read-only: SQLite needs to create its -wal and -shm files there. Make the folder writable, then open the database again.</source>
        <translation>La carpeta «%1» que contiene la base de datos es de solo lectura: SQLite necesita crear allí sus archivos -wal y -shm. Haga que la carpeta admita escritura y vuelva a abrir la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="116"/>
        <source>Cannot set up &quot;%1&quot;: %2</source>
        <translation>No se puede preparar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="130"/>
        <source>Cannot enable foreign keys: %1</source>
        <translation>No se pueden activar las claves foráneas: %1</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="214"/>
        <source>The %1 database driver (%2) is not installed. On Debian or Ubuntu, install the package %3.</source>
        <translation>El controlador de base de datos %1 (%2) no está instalado. En Debian o Ubuntu, instala el paquete %3.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="226"/>
        <source>A connection named &quot;%1&quot; is already open.</source>
        <translation>Ya hay una conexión abierta llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="232"/>
        <source>No SQLite database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="239"/>
        <source>&quot;%1&quot; is a folder, not a database file.</source>
        <translation>&quot;%1&quot; es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="245"/>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="322"/>
        <source>There is no connection to copy.</source>
        <translation>No hay ninguna conexión que copiar.</translation>
    </message>
    <message>
        <location filename="../core/src/databaseconnector.cpp" line="339"/>
        <source>There is no connection to open again.</source>
        <translation>No hay ninguna conexión que volver a abrir.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="101"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/connectfailure.cpp" line="105"/>
        <source>The database server on %1 did not answer within %n second(s). Check the server name and port, and the network connection.</source>
        <translation>
            <numerusform>El servidor de base de datos en %1 no respondió en %n segundo(s). Compruebe el nombre del servidor y el puerto, y la conexión de red.</numerusform>
            <numerusform>El servidor de base de datos en %1 no respondió en %n segundo(s). Compruebe el nombre del servidor y el puerto, y la conexión de red.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="125"/>
        <source>There is no database &quot;%1&quot; on %2. Check the database name.</source>
        <translation>No existe ninguna base de datos «%1» en %2. Compruebe el nombre de la base de datos.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="130"/>
        <source>The database server on %1 did not accept the password of user &quot;%2&quot;.</source>
        <translation>El servidor de base de datos en %1 no aceptó la contraseña del usuario «%2».</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="135"/>
        <source>The database server on %1 does not let user &quot;%2&quot; connect to database &quot;%3&quot;: the user does not exist, or the server&apos;s access rules refuse it.</source>
        <translation>El servidor de base de datos en %1 no permite que el usuario «%2» se conecte a la base de datos «%3»: el usuario no existe o las reglas de acceso del servidor lo rechazan.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="141"/>
        <source>The database server on %1 has no connection left (too many are open). Try again later.</source>
        <translation>El servidor de base de datos en %1 no tiene conexiones libres (hay demasiadas abiertas). Inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="146"/>
        <source>The database server on %1 is starting up or shutting down. Try again in a moment.</source>
        <translation>El servidor de base de datos en %1 se está iniciando o apagando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="151"/>
        <source>The database server on %1 refused the connection (error %2).</source>
        <translation>El servidor de base de datos en %1 rechazó la conexión (error %2).</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="166"/>
        <source>The database server on %1 asks for the password of user &quot;%2&quot;.</source>
        <translation>El servidor de base de datos en %1 pide la contraseña del usuario «%2».</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="179"/>
        <source>No database server is running on this computer at port %1. Start it, or check the port.</source>
        <translation>No hay ningún servidor de base de datos en este equipo en el puerto %1. Inícielo o compruebe el puerto.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="184"/>
        <source>Nothing accepts connections on %1, port %2: the database server is not running there, or it uses another port.</source>
        <translation>Nada acepta conexiones en %1, puerto %2: el servidor de base de datos no se está ejecutando allí o use otro puerto.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="191"/>
        <source>The database server on %1 cannot be reached. Check the server name and the network connection.</source>
        <translation>No se puede acceder al servidor de base de datos en %1. Compruebe el nombre del servidor y la conexión de red.</translation>
    </message>
    <message>
        <location filename="../core/src/connectfailure.cpp" line="201"/>
        <source>The server name &quot;%1&quot; was not found. Check its spelling and the network connection.</source>
        <translation>No se encontró el nombre de servidor «%1». Compruebe cómo está escrito y la conexión de red.</translation>
    </message>
</context>
<context>
    <name>concord::DeleteConfirmation</name>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="10"/>
        <source>Delete Record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="13"/>
        <source>The record is removed from the database for everyone. This cannot be undone.</source>
        <translation>El registro se elimina de la base de datos para todos. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/deleteconfirmation.cpp" line="15"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
</context>
<context>
    <name>concord::DraftJournal</name>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="108"/>
        <source>A draft needs a table, a key and an edit.</source>
        <translation>Un borrador necesita una tabla, una clave y un cambio.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="123"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../core/src/draftjournal.cpp" line="252"/>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="40"/>
        <source>Copy the selected cells as the grid shows them, for a spreadsheet</source>
        <translation>Copiar las celdas seleccionadas tal como las muestra la cuadrícula, para una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="42"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="46"/>
        <source>Paste cells copied from a spreadsheet, starting at the current cell</source>
        <translation>Pegar celdas copiadas de una hoja de cálculo, a partir de la celda actual</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="126"/>
        <source>row %1, %2</source>
        <translation>fila %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="157"/>
        <source>The pasted text has %1 columns, but only %2 columns start at the current cell.</source>
        <translation>El texto pegado tiene %1 columnas, pero a partir de la celda actual solo hay %2 columnas.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="165"/>
        <source>The pasted text has %1 rows, but only %2 rows start at the current one.</source>
        <translation>El texto pegado tiene %1 filas, pero a partir de la fila actual solo hay %2 filas.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="181"/>
        <source>Choose the cell the paste starts at.</source>
        <translation>Elija la celda en la que empieza el pegado.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="185"/>
        <source>This table is read-only: %1</source>
        <translation>Esta tabla es de solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="191"/>
        <source>The clipboard holds no text to paste.</source>
        <translation>El portapapeles no contiene texto para pegar.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="220"/>
        <source>Nothing was pasted: %1 cannot be edited.</source>
        <translation>No se pegó nada: %1 no se puede editar.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="225"/>
        <source>Nothing was pasted: %1: %2.</source>
        <translation>No se pegó nada: %1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="236"/>
        <source>Pasted: every cell held that value already</source>
        <translation>Pegado: cada celda ya tenía ese valor</translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="255"/>
        <source>Nothing was pasted: %1</source>
        <translation>No se pegó nada: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/gridclipboard.cpp" line="269"/>
        <source>Pasted %n cell(s), not saved yet: Ctrl+S saves them, Ctrl+Z takes the paste back</source>
        <translation>
            <numerusform>Se pegaron %n celda(s), aún sin guardar: Ctrl+S las guarda, Ctrl+Z deshace el pegado</numerusform>
            <numerusform>Se pegaron %n celda(s), aún sin guardar: Ctrl+S las guarda, Ctrl+Z deshace el pegado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/gridclipboard.cpp" line="287"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
</context>
<context>
    <name>concord::GridCsvExport</name>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="35"/>
        <source>No table is open.</source>
        <translation>No hay ninguna tabla abierta.</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="66"/>
        <source>Exporting rows…</source>
        <translation>Exportando filas…</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="68"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="98"/>
        <source>Exported %1 rows…</source>
        <translation>Exportadas %1 filas…</translation>
    </message>
    <message>
        <location filename="../ui/gridcsvexport.cpp" line="99"/>
        <source>Exported %1 of %2 rows…</source>
        <translation>Exportadas %1 de %2 filas…</translation>
    </message>
</context>
<context>
    <name>concord::GridUndo</name>
    <message>
        <location filename="../ui/gridundo.cpp" line="21"/>
        <location filename="../ui/gridundo.cpp" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="26"/>
        <source>Undo the last cell edit of this record (%1)</source>
        <translation>Deshacer la última edición de celda de este registro (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="33"/>
        <location filename="../ui/gridundo.cpp" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="39"/>
        <source>Redo the cell edit last undone in this record (%1)</source>
        <translation>Rehacer la última edición de celda deshecha en este registro (%1)</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="114"/>
        <source>&amp;Undo Paste of %1 Cells</source>
        <translation>&amp;Deshacer el pegado de %1 celdas</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="115"/>
        <source>&amp;Redo Paste of %1 Cells</source>
        <translation>&amp;Rehacer el pegado de %1 celdas</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="132"/>
        <source>Undid the paste of %1 cells</source>
        <translation>Se deshizo el pegado de %1 celdas</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="133"/>
        <source>Undid the edit of %1</source>
        <translation>Se deshizo la edición de %1</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="150"/>
        <source>Redid the paste of %1 cells</source>
        <translation>Se rehízo el pegado de %1 celdas</translation>
    </message>
    <message>
        <location filename="../ui/gridundo.cpp" line="151"/>
        <source>Redid the edit of %1</source>
        <translation>Se rehízo la edición de %1</translation>
    </message>
</context>
<context>
    <name>concord::LiveNoticeLabel</name>
    <message>
        <location filename="../ui/livenoticelabel.cpp" line="30"/>
        <source>Changes by others are not shown live: %1</source>
        <translation>Los cambios de otros no se muestran en vivo: %1</translation>
    </message>
    <message>
        <location filename="../ui/livenoticelabel.cpp" line="33"/>
        <source>What this window shows may be out of date. Reload to see the records as they are now.</source>
        <translation>Lo que muestra esta ventana puede estar desactualizado. Recargue para ver los registros tal como están ahora.</translation>
    </message>
</context>
<context>
    <name>concord::LookupCombo</name>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="171"/>
        <source>%1 entries in %2 match “%3”: choose one</source>
        <translation>%1 entradas de %2 coinciden con «%3»: elija una</translation>
    </message>
    <message>
        <location filename="../ui/lookupcombo.cpp" line="173"/>
        <source>Nothing in %1 matches “%2”</source>
        <translation>Nada en %1 coincide con «%2»</translation>
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
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Save your changes to “%1”?</source>
        <translation>¿Desea guardar sus cambios en «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;No guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>The table closes first. If you don&apos;t save, your changes will be lost.</source>
        <translation>Primero se cierra la tabla. Si no guarda, perderá sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <location filename="../ui/mainwindow.cpp" line="540"/>
        <source>Cannot Connect</source>
        <translation>No se puede conectar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Cannot open %1.

%2</source>
        <translation>No se puede abrir %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>Cannot Open the Demo Database</source>
        <translation>No se puede abrir la base de datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>The demo database %1 could not be created.

%2</source>
        <translation>No se pudo crear la base de datos de demostración %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>The demo tables are already in %1</source>
        <translation>Las tablas de demostración ya están en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="205"/>
        <source>Load Demo Data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>Create the demo tables (customers, products, orders, order lines) with sample data in %1?</source>
        <translation>¿Crear las tablas de demostración (clientes, productos, pedidos, líneas de pedido) con datos de ejemplo en %1?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>Cannot Load the Demo Data</source>
        <translation>No se pueden cargar los datos de demostración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Nothing was changed in %1.

%2</source>
        <translation>No se cambió nada en %1.

%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="225"/>
        <source>Demo data loaded into %1</source>
        <translation>Datos de demostración cargados en %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>Open SQLite Database</source>
        <translation>Abrir base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db *.db3);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.sqlite3 *.db *.db3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>New SQLite Database</source>
        <translation>Nueva base de datos SQLite</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>About Concord</source>
        <translation>Acerca de Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="286"/>
        <source>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;A form editor for SQL tables that never loses an update: every save checks the record&apos;s version, and when someone else changed the record in the meantime you see both versions and merge them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Concord %1&lt;/h3&gt;&lt;p&gt;Un editor de formularios para tablas SQL que nunca pierde una actualización: cada guardado comprueba la versión del registro y, si otra persona lo cambió mientras tanto, ves ambas versiones y las combinas.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>Save or revert the edited row first.</source>
        <translation>Guarde o revierte primero la fila editada.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>Close the record windows of “%1” first.</source>
        <translation>Cierre primero las ventanas de registro de “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Enable Conflict Detection</source>
        <translation>Activar la detección de conflictos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Conflict detection could not be enabled on “%1”. The table is unchanged.</source>
        <translation>No se pudo activar la detección de conflictos en “%1”. La tabla no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Nothing to do: “%1” has everything conflict detection needs already.</source>
        <translation>Nada que hacer: “%1” ya tiene todo lo que necesita la detección de conflictos.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="328"/>
        <source>Conflict detection is enabled on “%1”.</source>
        <translation>La detección de conflictos está activada en “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>Unsaved Record</source>
        <translation>Registro sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>The edited record could not be saved. Quit anyway and lose its edits?</source>
        <translation>No se pudo guardar el registro editado. ¿Salir de todos modos y perder sus cambios?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>&amp;Quit Without Saving</source>
        <translation>&amp;Salir sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>&amp;Open SQLite File…</source>
        <translation>&amp;Abrir archivo SQLite…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>&amp;New SQLite Database…</source>
        <translation>&amp;Nueva base de datos SQLite…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="379"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>&amp;Conectar a PostgreSQL…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>Open &amp;Demo Database</source>
        <translation>Abrir base de datos de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Load Demo Data into This Database…</source>
        <translation>Car&amp;gar datos de demostración en esta base de datos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>&amp;Table List</source>
        <translation>Lista de &amp;tablas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="400"/>
        <source>&amp;Enable Conflict Detection…</source>
        <translation>Activar la detección de &amp;conflictos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Add a version column to the open table, so that every conflicting save is noticed</source>
        <translation>Añadir una columna de versión a la tabla abierta para detectar cada guardado en conflicto</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="415"/>
        <source>&amp;About Concord</source>
        <translation>&amp;Acerca de Concord</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="425"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="437"/>
        <source>&amp;Recent Connections</source>
        <translation>Conexiones &amp;recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="443"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="464"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>That password was not accepted. Try again.</source>
        <translation>No se aceptó esa contraseña. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="521"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
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
        <translation>• %1, editado el %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="79"/>
        <source>• %1, edited %2: the changes of %n windows, merged into one</source>
        <translation>
            <numerusform>• %1, editado el %2: los cambios de %n ventanas, combinados en uno</numerusform>
            <numerusform>• %1, editado el %2: los cambios de %n ventanas, combinados en uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="90"/>
        <source>• %1, edited %2: %n windows changed it from different versions; each opens in a window of its own</source>
        <translation>
            <numerusform>• %1, editado el %2: %n ventanas lo cambiaron a partir de versiones distintas; cada una se abre en su propia ventana</numerusform>
            <numerusform>• %1, editado el %2: %n ventanas lo cambiaron a partir de versiones distintas; cada una se abre en su propia ventana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="93"/>
        <source>• %1, edited %2: %n windows changed %3 differently; each opens in a window of its own</source>
        <translation>
            <numerusform>• %1, editado el %2: %n ventanas cambiaron %3 de forma distinta; cada una se abre en su propia ventana</numerusform>
            <numerusform>• %1, editado el %2: %n ventanas cambiaron %3 de forma distinta; cada una se abre en su propia ventana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="103"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="105"/>
        <source>Unsaved Changes Found</source>
        <translation>Se encontraron cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="107"/>
        <source>Unsaved changes from an earlier session were found for one record.</source>
        <translation>Se encontraron cambios sin guardar de una sesión anterior para un registro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="108"/>
        <source>Unsaved changes from an earlier session were found for %n records.</source>
        <translation>
            <numerusform>Se encontraron cambios sin guardar de una sesión anterior para %n registro.</numerusform>
            <numerusform>Se encontraron cambios sin guardar de una sesión anterior para %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="113"/>
        <source>%1

Restore opens each record with those changes, for you to save. If someone changed a record since, saving shows both versions first: nothing of theirs is overwritten. Discard deletes the changes; Later asks again next time.</source>
        <translation>%1

Restaurar abre cada registro con esos cambios para que los guarde. Si alguien cambió un registro mientras tanto, al guardar verá primero ambas versiones: no se sobrescribe nada suyo. Descartar elimina los cambios; Más tarde vuelve a preguntar la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="117"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="119"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="121"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="129"/>
        <source>Unsaved changes from the earlier session discarded</source>
        <translation>Cambios sin guardar de la sesión anterior descartados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="151"/>
        <source>Unsaved Changes Not Restored</source>
        <translation>Cambios sin guardar no restaurados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="152"/>
        <source>These records could not be opened, so their unsaved changes were kept for later: %1.</source>
        <translation>Estos registros no se pudieron abrir, así que sus cambios sin guardar se conservan para más tarde: %1.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_drafts.cpp" line="156"/>
        <source>Restored the unsaved changes of one record</source>
        <translation>Restaurados los cambios sin guardar de un registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow_drafts.cpp" line="157"/>
        <source>Restored the unsaved changes of %n records</source>
        <translation>
            <numerusform>Restaurados los cambios sin guardar de %n registro</numerusform>
            <numerusform>Restaurados los cambios sin guardar de %n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="553"/>
        <location filename="../ui/mainwindow.cpp" line="575"/>
        <source>This database has no tables.</source>
        <translation>Esta base de datos no tiene tablas.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="571"/>
        <source>The table “%1” is no longer in the database</source>
        <translation>La tabla «%1» ya no está en la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="596"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="597"/>
        <source>Create a new database %1?</source>
        <translation>¿Desea crear una nueva base de datos %1?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="600"/>
        <source>There is no file at this path. A new, empty SQLite database will be created there.</source>
        <translation>No hay ningún archivo en esta ruta. Se creará allí una base de datos SQLite nueva y vacía.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="602"/>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="629"/>
        <source>No recent connections</source>
        <translation>No hay conexiones recientes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="633"/>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vaciar menú</translation>
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
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="650"/>
        <source>Not connected.

Open a SQLite file or connect to PostgreSQL from the File menu.</source>
        <translation>Sin conexión.

Abra un archivo SQLite o conéctale a PostgreSQL desde el menú Archivo.</translation>
    </message>
</context>
<context>
    <name>concord::MergeTableModel</name>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="255"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mergetablemodel.cpp" line="268"/>
        <source>(%n byte(s) of binary data)</source>
        <translation>
            <numerusform>(%n byte de datos binarios)</numerusform>
            <numerusform>(%n bytes de datos binarios)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="283"/>
        <location filename="../ui/mergetablemodel.cpp" line="287"/>
        <location filename="../ui/mergetablemodel.cpp" line="302"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="284"/>
        <source>changed by you</source>
        <translation>cambiado por usted</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="288"/>
        <source>changed by them</source>
        <translation>cambiado por otra persona</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="292"/>
        <source>chosen: yours</source>
        <translation>elegido: mi versión</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="294"/>
        <source>chosen: theirs</source>
        <translation>elegido: del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="296"/>
        <source>edited by hand</source>
        <translation>editado a mano</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="304"/>
        <source>merged: yours</source>
        <translation>combinado: mi versión</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="306"/>
        <source>merged: theirs</source>
        <translation>combinado: del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="308"/>
        <source>merged: same change</source>
        <translation>combinado: mismo cambio</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="312"/>
        <source>conflict: choose</source>
        <translation>conflicto: elija</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="372"/>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="374"/>
        <source>(choose)</source>
        <translation>(elija)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="415"/>
        <source>Both sides changed this field differently: use yours, use theirs, or edit the Result cell.</source>
        <translation>Ambas partes cambiaron este campo de forma distinta: use mi versión, la del otro usuario o edite la celda Resultado.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="421"/>
        <source>%1 (column %2)</source>
        <translation>%1 (columna %2)</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="425"/>
        <source>You and the other side changed this field to the same value.</source>
        <translation>Usted y la otra persona cambiaron este campo al mismo valor.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="429"/>
        <source>Someone else deleted this record.</source>
        <translation>Otra persona eliminó este registro.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="433"/>
        <source>You deleted this record.</source>
        <translation>Usted eliminó este registro.</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="496"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="498"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="500"/>
        <source>Yours</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="502"/>
        <source>Theirs</source>
        <translation>Del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="504"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="506"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="513"/>
        <source>The value when you started editing</source>
        <translation>El valor cuando empezó a editar</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="515"/>
        <source>Your edit</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="517"/>
        <source>The value someone else saved meanwhile</source>
        <translation>El valor que otra persona guardó mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/mergetablemodel.cpp" line="519"/>
        <source>The value that will be saved</source>
        <translation>El valor que se guardará</translation>
    </message>
</context>
<context>
    <name>concord::MessageBar</name>
    <message>
        <location filename="../ui/messagebar.cpp" line="42"/>
        <location filename="../ui/messagebar.cpp" line="43"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>concord::NullableDateTimeEdit</name>
    <message>
        <location filename="../ui/nullabledatetimeedit.cpp" line="57"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <location filename="../ui/nullabledatetimeedit.cpp" line="206"/>
        <source>Type the value as the field shows it, for example %1. The value was not changed.</source>
        <translation>Escriba el valor tal como lo muestra el campo, por ejemplo %1. El valor no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>concord::NullableDoubleSpinBox</name>
    <message>
        <location filename="../ui/nullabledoublespinbox.cpp" line="30"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
</context>
<context>
    <name>concord::NullableSpinBox</name>
    <message>
        <location filename="../ui/nullablespinbox.cpp" line="19"/>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
</context>
<context>
    <name>concord::NumberText</name>
    <message>
        <location filename="../ui/numbertext.cpp" line="152"/>
        <source>&quot;%1&quot; is not a number as this editor reads them (for example %2). The value was not changed.</source>
        <translation>«%1» no es un número tal como este campo los lee (por ejemplo %2). El valor no se ha cambiado.</translation>
    </message>
    <message>
        <location filename="../ui/numbertext.cpp" line="180"/>
        <source>%1 has too many decimals: it takes at most 1 digit after the decimal point.</source>
        <translation>%1 tiene demasiados decimales: admite como máximo 1 dígito después de la coma decimal.</translation>
    </message>
    <message>
        <location filename="../ui/numbertext.cpp" line="182"/>
        <source>%1 has too many decimals: it takes at most %2 digits after the decimal point.</source>
        <translation>%1 tiene demasiados decimales: admite como máximo %2 dígitos después de la coma decimal.</translation>
    </message>
</context>
<context>
    <name>concord::PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="18"/>
        <source>Password required</source>
        <translation>Se requiere contraseña</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="22"/>
        <source>The server %1 asks for a password.</source>
        <translation>El servidor %1 pide una contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="38"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../ui/passworddialog.cpp" line="42"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>concord::PrepareCommand</name>
    <message>
        <location filename="../app/preparecommand.cpp" line="35"/>
        <source>There is no SQLite database %1.</source>
        <translation>No existe la base de datos SQLite %1.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="54"/>
        <source>The server asks for a password. Give it in PGPASSWORD or ~/.pgpass: --prepare does not ask.</source>
        <translation>El servidor pide una contraseña. Indícala en PGPASSWORD o en ~/.pgpass: --prepare no la pregunta.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="57"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="61"/>
        <source>The demo database %1 could not be created: %2</source>
        <translation>No se pudo crear la base de datos de demostración %1: %2</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="69"/>
        <source>Cannot prepare %1 in %2: %3</source>
        <translation>No se puede preparar %1 en %2: %3</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="72"/>
        <source>Nothing to do: %1 in %2 is prepared already.</source>
        <translation>Nada que hacer: %1 en %2 ya está preparada.</translation>
    </message>
    <message>
        <location filename="../app/preparecommand.cpp" line="76"/>
        <source>Prepared %1 in %2:</source>
        <translation>%1 en %2 preparada:</translation>
    </message>
</context>
<context>
    <name>concord::RecordCountLabel</name>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="51"/>
        <source>%Ln record</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="51"/>
        <source>%Ln records</source>
        <translation>
            <numerusform>%Ln registros</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="55"/>
        <source>%Ln of %1 matches</source>
        <translation>
            <numerusform>%Ln de %1 coincide</numerusform>
            <numerusform>%Ln de %1 coincide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/recordcountlabel.cpp" line="56"/>
        <source>%Ln of %1 match</source>
        <translation>
            <numerusform>%Ln de %1 coinciden</numerusform>
            <numerusform>%Ln de %1 coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/recordcountlabel.cpp" line="57"/>
        <source>Records containing “%1”, of all the records in the table</source>
        <translation>Registros que contienen «%1», de todos los registros de la tabla</translation>
    </message>
</context>
<context>
    <name>concord::RecordFormUndo</name>
    <message>
        <location filename="../ui/recordformundo.cpp" line="33"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="36"/>
        <source>Undo the last field edit (%1)</source>
        <translation>Deshacer la última edición de campo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="38"/>
        <source>Undo the typing in this field, then the form&apos;s last field edit</source>
        <translation>Deshacer lo escrito en este campo y, después, la última edición de campo del formulario</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="39"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="44"/>
        <source>Redo the field edit last undone (%1)</source>
        <translation>Rehacer la última edición de campo deshecha (%1)</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="45"/>
        <source>Redo the typing in this field, then the form&apos;s last undone field edit</source>
        <translation>Rehacer lo escrito en este campo y después la última edición de campo deshecha del formulario</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="46"/>
        <location filename="../ui/recordformundo.cpp" line="255"/>
        <source>Revert &amp;Field</source>
        <translation>Revertir &amp;campo</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="49"/>
        <source>Put the field back as loaded; pressed again, the whole record</source>
        <translation>Devolver el campo a como se cargó; pulsado otra vez, todo el registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="191"/>
        <source>Undid the edit of %1</source>
        <translation>Se deshizo la edición de %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="219"/>
        <source>Redid the edit of %1</source>
        <translation>Se rehízo la edición de %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="232"/>
        <source>%1 is back as loaded; Esc again reverts the record</source>
        <translation>%1 vuelve a estar como se cargó; otro Esc revierte el registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformundo.cpp" line="255"/>
        <source>Revert &amp;Record</source>
        <translation>Revertir &amp;registro</translation>
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
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="142"/>
        <source>Cannot open %1: the record&apos;s key does not match the table&apos;s primary key.</source>
        <translation>No se puede abrir %1: la clave del registro no coincide con la clave primaria de la tabla.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="153"/>
        <source>%1 no longer exists: someone else deleted it.</source>
        <translation>%1 ya no existe: otra persona lo ha eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="154"/>
        <source>%1 no longer exists or no longer contains “%2”: someone else deleted or changed it.</source>
        <translation>%1 ya no existe o ya no contiene «%2»: otra persona lo ha eliminado o modificado.</translation>
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
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="176"/>
        <source>Save this record</source>
        <translation>Guardar este registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="179"/>
        <source>Re&amp;vert Changes</source>
        <translation>Re&amp;vertir cambios</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="180"/>
        <source>Drop your unsaved changes to this record</source>
        <translation>Descartar los cambios sin guardar de este registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="181"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="182"/>
        <source>Read this record again from the database</source>
        <translation>Volver a leer este registro de la base de datos</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="185"/>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Eliminar registro…</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="186"/>
        <source>Delete this record from the table</source>
        <translation>Eliminar este registro de la tabla</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="188"/>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="189"/>
        <source>Go to the previous record</source>
        <translation>Ir al registro anterior</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="192"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="192"/>
        <source>Go to the next record</source>
        <translation>Ir al registro siguiente</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="195"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="213"/>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="222"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="279"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="381"/>
        <source>%1 has no records left.</source>
        <translation>No quedan registros en %1.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="399"/>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="407"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="429"/>
        <source>Conflict: %1 was deleted by someone else</source>
        <translation>Conflicto: otra persona eliminó %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="431"/>
        <source>Conflict with a change by someone else</source>
        <translation>Conflicto con un cambio de otra persona</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="432"/>
        <source>Conflict with a change by %1</source>
        <translation>Conflicto con un cambio de %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="449"/>
        <source>Your changes are kept, unsaved</source>
        <translation>Sus cambios se conservan, sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="453"/>
        <source>Not saved: someone else deleted this record. Save again to decide whether to recreate it.</source>
        <translation>No se guardó: otra persona eliminó este registro. Vuelva a guardar para decidir si recrearlo.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="455"/>
        <source>Not saved: someone else changed this record. Save again to merge, or reload to take their version.</source>
        <translation>No se guardó: otra persona cambió este registro. Vuelva a guardar para combinar, o recarga para tomar la versión del otro usuario.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="457"/>
        <location filename="../ui/recordformwindow.cpp" line="519"/>
        <location filename="../ui/recordformwindow_live.cpp" line="183"/>
        <location filename="../ui/recordformwindow_live.cpp" line="201"/>
        <location filename="../ui/recordformwindow_live.cpp" line="210"/>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="460"/>
        <source>Saved the merged record</source>
        <translation>Se guardó el registro combinado</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="463"/>
        <source>Saved your version over theirs</source>
        <translation>Se guardó su versión sobre la del otro usuario</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="466"/>
        <location filename="../ui/recordformwindow_live.cpp" line="359"/>
        <source>Saved the record again</source>
        <translation>Se volvió a guardar el registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="469"/>
        <location filename="../ui/recordformwindow_live.cpp" line="345"/>
        <source>Reloaded their version; your changes were dropped</source>
        <translation>Se recargó la versión del otro usuario; se descartaron sus cambios</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="472"/>
        <source>The record was deleted by someone else; your changes were dropped</source>
        <translation>Otra persona eliminó el registro; se descartaron sus cambios</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="516"/>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="530"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="534"/>
        <source>Not saved: check %1</source>
        <translation>No se guardó: revisa %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="536"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="550"/>
        <source>Changes reverted</source>
        <translation>Cambios revertidos</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="562"/>
        <location filename="../ui/recordformwindow_live.cpp" line="339"/>
        <source>Could not reload: %1</source>
        <translation>No se pudo recargar: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="569"/>
        <source>%1 was deleted by someone else.</source>
        <translation>Otra persona eliminó %1.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="570"/>
        <source>%1 no longer exists</source>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="574"/>
        <source>Reloaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="586"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="604"/>
        <location filename="../ui/recordformwindow.cpp" line="625"/>
        <source>Deleted %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="614"/>
        <source>%1 had already been deleted by someone else</source>
        <translation>Otra persona ya había eliminado %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="635"/>
        <source>Not deleted: showing what someone else saved</source>
        <translation>No se eliminó: se muestra lo que guardó otra persona</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="654"/>
        <source>This is the last record</source>
        <translation>Este es el último registro</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="677"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="678"/>
        <source>Save your changes to %1?</source>
        <translation>¿Guardar sus cambios en %1?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="683"/>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;No guardar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="684"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="685"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si no guarda, se perderán sus cambios.</translation>
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
        <translation>%1; el formulario muestra los valores nuevos</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="320"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="321"/>
        <source>Drop your changes to %1 and show it as saved elsewhere?</source>
        <translation>¿Descartar sus cambios en %1 y mostrar la versión del otro usuario?</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="325"/>
        <source>Your changes cannot be recovered afterwards.</source>
        <translation>Después no se podrán recuperar sus cambios.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_live.cpp" line="326"/>
        <source>Re&amp;load</source>
        <translation>Recar&amp;gar</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow.cpp" line="738"/>
        <source>Record %1 of %2</source>
        <translation>Registro %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="102"/>
        <source>Your unsaved changes could not be kept safe: %1</source>
        <translation>Sus cambios sin guardar no se pudieron poner a salvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="159"/>
        <source>The unsaved changes could not be put back: the table&apos;s columns have changed since.</source>
        <translation>Los cambios sin guardar no se pudieron restaurar: las columnas de la tabla han cambiado desde entonces.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="168"/>
        <source>Unsaved changes from an earlier session are back. Save to keep them; if someone changed the record since, you will see both versions first.</source>
        <translation>Los cambios sin guardar de una sesión anterior están de vuelta. Guarde para conservarlos; si alguien cambió el registro mientras tanto, verá primero ambas versiones.</translation>
    </message>
    <message>
        <location filename="../ui/recordformwindow_drafts.cpp" line="171"/>
        <source>Restored unsaved changes</source>
        <translation>Cambios sin guardar restaurados</translation>
    </message>
</context>
<context>
    <name>concord::RefreshedCells</name>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="251"/>
        <source>Changed by another program</source>
        <translation>Cambiado por otro programa</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="269"/>
        <source>Changed in your other window</source>
        <translation>Cambiado en su otra ventana</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="270"/>
        <source>Changed in your other window at %1</source>
        <comment>%1 is a time of day</comment>
        <translation>Cambiado en su otra ventana a las %1</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="271"/>
        <source>Changed in your other window at %1</source>
        <comment>%1 is a date and time</comment>
        <translation>Cambiado en su otra ventana el %1</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="275"/>
        <source>Changed by %1</source>
        <translation>Cambiado por %1</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="276"/>
        <source>Changed by %1 at %2</source>
        <comment>%2 is a time of day</comment>
        <translation>Cambiado por %1 a las %2</translation>
    </message>
    <message>
        <location filename="../ui/refreshedcells.cpp" line="277"/>
        <source>Changed by %1 at %2</source>
        <comment>%2 is a date and time</comment>
        <translation>Cambiado por %1 el %2</translation>
    </message>
</context>
<context>
    <name>concord::RowStateHeader</name>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="88"/>
        <source>Edited: the changes are not saved yet</source>
        <translation>Editado: los cambios aún no están guardados</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="90"/>
        <source>New record: not saved yet</source>
        <translation>Registro nuevo: aún no guardado</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="92"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="94"/>
        <source>Conflict: someone else changed or deleted this record; save again to resolve it, or revert the record</source>
        <translation>Conflicto: otro usuario cambió o eliminó este registro; guarde de nuevo para resolverlo o revierta el registro</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="97"/>
        <source>Changed elsewhere: someone else saved this record; your edits are kept</source>
        <translation>Cambiado en otro lugar: otro usuario guardó este registro; se conservan sus ediciones</translation>
    </message>
    <message>
        <location filename="../ui/rowstateheader.cpp" line="99"/>
        <source>Deleted elsewhere: someone else deleted this record; your edits are kept</source>
        <translation>Eliminado en otro lugar: otro usuario eliminó este registro; se conservan sus ediciones</translation>
    </message>
</context>
<context>
    <name>concord::Screenshots</name>
    <message>
        <location filename="../app/screenshots.cpp" line="60"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="222"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="229"/>
        <source>Cannot create a temporary folder</source>
        <translation>No se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="196"/>
        <location filename="../app/screenshots.cpp" line="251"/>
        <source>Cannot open the customers table of the demo database</source>
        <translation>No se puede abrir la tabla customers de la base de datos de demostración</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="176"/>
        <source>Cannot open the orders table of the demo database</source>
        <translation>No se puede abrir la tabla orders de la base de datos de demostración</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="185"/>
        <source>Edited: press Ctrl+S to save, Esc to revert</source>
        <translation>Modificado: pulse Ctrl+S para guardar, Esc para revertir</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="209"/>
        <source>The refused delete said: %1</source>
        <translation>La eliminación rechazada indicó: %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="261"/>
        <source>Double-click a row, or press Enter, to open it in a window of its own</source>
        <translation>Haz doble clic en una fila, o pulse Intro, para abrirla en su propia ventana</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="271"/>
        <source>Cannot open the record windows</source>
        <translation>No se pueden abrir las ventanas de registro</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="295"/>
        <source>The first save failed: %1</source>
        <translation>Falló el primer guardado: %1</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="307"/>
        <source>The change banner did not show</source>
        <translation>No apareció el aviso de cambio</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="317"/>
        <source>The conflict dialog did not open</source>
        <translation>No se abrió el diálogo de conflicto</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="328"/>
        <source>The demo database has no customer without orders</source>
        <translation>La base de datos de demostración no tiene ningún cliente sin pedidos</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="333"/>
        <source>Cannot open a customer in a window</source>
        <translation>No se puede abrir un cliente en una ventana</translation>
    </message>
    <message>
        <location filename="../app/screenshots.cpp" line="346"/>
        <source>The conflict dialog did not open for the deleted record</source>
        <translation>No se abrió el diálogo de conflicto para el registro eliminado</translation>
    </message>
</context>
<context>
    <name>concord::ShortcutDialog</name>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="16"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="20"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/shortcutdialog.cpp" line="20"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>concord::ShortcutList</name>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="50"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="52"/>
        <source>Open the current record in a window</source>
        <translation>Abrir el registro actual en una ventana</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="53"/>
        <source>Edit the current cell</source>
        <translation>Editar la celda actual</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="54"/>
        <source>Save the cell being edited</source>
        <translation>Guardar la celda en edición</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="55"/>
        <source>Cancel the cell being edited, then the record&apos;s edits</source>
        <translation>Cancelar la edición de la celda y después los cambios del registro</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="57"/>
        <source>Go to the first or last record</source>
        <translation>Ir al primer o al último registro</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="59"/>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="60"/>
        <source>Record window</source>
        <translation>Ventana de registro</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="61"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="62"/>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="63"/>
        <source>Undo typing in the field</source>
        <translation>Deshacer lo escrito en el campo</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="64"/>
        <source>Delete Record</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="65"/>
        <source>Previous record</source>
        <translation>Registro anterior</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="67"/>
        <source>Next record</source>
        <translation>Registro siguiente</translation>
    </message>
    <message>
        <location filename="../ui/shortcutlist.cpp" line="69"/>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
</context>
<context>
    <name>concord::TableBrowser</name>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="73"/>
        <source>&amp;Open in New Window</source>
        <translation>&amp;Abrir en ventana nueva</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="76"/>
        <source>Open the current record in a form window of its own</source>
        <translation>Abrir el registro actual en su propia ventana de formulario</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="77"/>
        <source>&amp;New Record</source>
        <translation>&amp;Nuevo registro</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="79"/>
        <source>&amp;Delete Record…</source>
        <translation>&amp;Eliminar registro…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="83"/>
        <source>&amp;Save Record</source>
        <translation>&amp;Guardar registro</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="87"/>
        <source>Re&amp;vert Record</source>
        <translation>Re&amp;vertir registro</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="91"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="92"/>
        <source>&amp;Filter Rows</source>
        <translation>&amp;Filtrar filas</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="95"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="104"/>
        <source>Filter rows…</source>
        <translation>Filtrar filas…</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="111"/>
        <source>Show only rows where a text column contains this (%1)</source>
        <translation>Mostrar solo las filas en las que una columna de texto contiene esto (%1)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="192"/>
        <source>Not saved: %1 is required; the cell keeps its value.</source>
        <translation>No se guardó: %1 es obligatorio; la celda conserva su valor.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="210"/>
        <location filename="../ui/tablebrowser.cpp" line="381"/>
        <source>Choose a table on the left.</source>
        <translation>Elija una tabla a la izquierda.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="294"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="306"/>
        <source>The table “%1” cannot be edited here.

%2</source>
        <translation>La tabla “%1” no se puede editar aquí.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="307"/>
        <source>The table “%1” could not be read.

%2</source>
        <translation>No se pudo leer la tabla “%1”.

%2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="327"/>
        <source>Read-only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="503"/>
        <source>Conflict detection: read-only</source>
        <translation>Detección de conflictos: solo lectura</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="508"/>
        <source>Conflict detection: client counting (misses writes that skip the version)</source>
        <translation>Detección de conflictos: recuento por el cliente (no ve escrituras que omiten la versión)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="510"/>
        <source>Conflict detection: trigger</source>
        <translation>Detección de conflictos: trigger</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="512"/>
        <source>Conflict detection: xmin</source>
        <translation>Detección de conflictos: xmin</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="514"/>
        <source>Conflict detection: compares changed fields</source>
        <translation>Detección de conflictos: compara los campos cambiados</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="529"/>
        <source>Each save checks the record&apos;s version column and counts it up. Programs that write without counting it up are not noticed.</source>
        <translation>Cada guardado comprueba la columna de versión del registro y la incrementa. No se detectan los programas que escriben sin incrementarla.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="532"/>
        <source>A database trigger counts the version column up on every update, so changes by any program are noticed.</source>
        <translation>Un trigger de la base de datos incrementa la columna de versión en cada actualización, así que se detectan los cambios de cualquier programa.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="535"/>
        <source>PostgreSQL&apos;s row version (xmin) tells whether a record changed since it was read; the table needs no version column. Record menu: Enable Conflict Detection adds one.</source>
        <translation>La versión de fila de PostgreSQL (xmin) indica si un registro cambió desde que se leyó; la tabla no necesita columna de versión. Menú Registro: “Activar la detección de conflictos” añade una.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="539"/>
        <source>The table has no version column: a save checks that the fields you changed still hold what you loaded. Changes to other fields go unnoticed. Record menu: Enable Conflict Detection adds a version column.</source>
        <translation>La tabla no tiene columna de versión: al guardar se comprueba que los campos que cambió siguen teniendo lo que cargaste. Los cambios en otros campos pasan desapercibidos. Menú Registro: “Activar la detección de conflictos” añade una columna de versión.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="553"/>
        <source>This table has no primary key: its records cannot be opened in a window.</source>
        <translation>Esta tabla no tiene clave primaria: sus registros no se pueden abrir en una ventana.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="559"/>
        <source>Save or revert the edited row before opening a window.</source>
        <translation>Guarde o revierte la fila editada antes de abrir una ventana.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="584"/>
        <source>Cannot open a window</source>
        <translation>No se puede abrir una ventana</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="585"/>
        <source>A second connection to the database failed:
%1</source>
        <translation>Falló una segunda conexión a la base de datos:
%1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="596"/>
        <source>The record could not be opened in a window: %1</source>
        <translation>No se pudo abrir el registro en una ventana: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="46"/>
        <source>The filter is applied once the edited record is saved or reverted. Not saved: %1</source>
        <translation>El filtro se aplicará cuando el registro editado se guarde o se revierta. No guardado: %1</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="60"/>
        <source>Showing all rows</source>
        <translation>Se muestran todas las filas</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="62"/>
        <source>No rows contain “%1”</source>
        <translation>Ninguna fila contiene “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="67"/>
        <source>%n row contains “%1”</source>
        <translation>
            <numerusform>%n fila contiene «%1»</numerusform>
            <numerusform>%n filas contienen «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="68"/>
        <source>%n rows contain “%1”</source>
        <translation>
            <numerusform>%n fila contiene «%1»</numerusform>
            <numerusform>%n filas contienen «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="88"/>
        <source>Reloaded</source>
        <translation>Recargado</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="81"/>
        <source>New record: it is saved when you leave the row</source>
        <translation>Registro nuevo: se guarda al salir de la fila</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="91"/>
        <source>Delete this record from “%1”?</source>
        <translation>¿Eliminar este registro de “%1”?</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="92"/>
        <source>Delete %1?</source>
        <translation>¿Eliminar %1?</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="128"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="159"/>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="173"/>
        <source>Edits dropped</source>
        <translation>Cambios descartados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tablebrowser_navigation.cpp" line="110"/>
        <source>End of the table: %Ln rows</source>
        <translation>
            <numerusform>Fin de la tabla: %Ln fila</numerusform>
            <numerusform>Fin de la tabla: %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="125"/>
        <source>Reading rows: %1 of %2</source>
        <translation>Leyendo filas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_navigation.cpp" line="98"/>
        <source>Row %1 of %2</source>
        <translation>Fila %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser.cpp" line="90"/>
        <source>Drop the unsaved edits of the current record (Esc)</source>
        <translation>Descartar las ediciones sin guardar del registro actual (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="117"/>
        <source>Not deleted.</source>
        <translation>No se eliminó.</translation>
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
        <translation>Conflicto resuelto: se guardó el registro combinado</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="232"/>
        <source>Conflict resolved: the record now shows the other change</source>
        <translation>Conflicto resuelto: el registro muestra ahora el otro cambio</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="235"/>
        <source>Conflict resolved: your version is saved over the other</source>
        <translation>Conflicto resuelto: se guardó su versión sobre la otra</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="238"/>
        <source>Conflict resolved: the deleted record is saved again</source>
        <translation>Conflicto resuelto: se volvió a guardar el registro eliminado</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="241"/>
        <source>Conflict resolved: your edits are dropped</source>
        <translation>Conflicto resuelto: se descartaron sus cambios</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="244"/>
        <source>Conflict not resolved: your edits are kept. Save again to resolve it, or revert the record.</source>
        <translation>Conflicto sin resolver: se conservan sus cambios. Vuelva a guardar para resolverlo o revierta el registro.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="273"/>
        <source>Not saved: %1 Fix the value or revert the record.</source>
        <translation>No se guardó: %1 Corrija el valor o revierta el registro.</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="285"/>
        <source>Conflict: someone else deleted this record</source>
        <translation>Conflicto: otra persona eliminó este registro</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="290"/>
        <source>Conflict with a change by someone else</source>
        <translation>Conflicto con un cambio de otra persona</translation>
    </message>
    <message>
        <location filename="../ui/tablebrowser_editing.cpp" line="291"/>
        <source>Conflict with a change by %1</source>
        <translation>Conflicto con un cambio de %1</translation>
    </message>
</context>
<context>
    <name>concord::TableCsvTransfer</name>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="24"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="27"/>
        <source>Write the rows the grid shows (filter and sort applied) to a CSV file</source>
        <translation>Escribir las filas que muestra la cuadrícula (con filtro y orden aplicados) en un archivo CSV</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="29"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="32"/>
        <source>Insert the rows of a CSV file into the open table</source>
        <translation>Insertar las filas de un archivo CSV en la tabla abierta</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="56"/>
        <location filename="../ui/tablecsvtransfer.cpp" line="73"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="58"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="65"/>
        <source>Exported %1 rows to %2</source>
        <translation>Se exportaron %1 filas a %2</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="70"/>
        <source>Export cancelled: no file was written</source>
        <translation>Exportación cancelada: no se escribió ningún archivo</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="74"/>
        <source>The file %1 could not be written:
%2</source>
        <translation>No se pudo escribir el archivo %1:
%2</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="90"/>
        <location filename="../ui/tablecsvtransfer.cpp" line="99"/>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="91"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/tablecsvtransfer.cpp" line="106"/>
        <source>Imported %1 rows into %2</source>
        <translation>Se importaron %1 filas en %2</translation>
    </message>
</context>
<context>
    <name>concord::TableImporter</name>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="29"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="57"/>
        <source>The table %1 could not be read.</source>
        <translation>No se pudo leer la tabla %1.</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="114"/>
        <source>a value is required</source>
        <translation>se requiere un valor</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="128"/>
        <source>%1 names %2 records</source>
        <translation>%1 designa %2 registros</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="136"/>
        <source>nothing in %1 is named %2</source>
        <translation>nada en %1 se llama %2</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="147"/>
        <source>%1 is none of %2</source>
        <translation>%1 no es ninguno de %2</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="158"/>
        <source>%1 is neither true nor false</source>
        <translation>%1 no es ni verdadero ni falso</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="167"/>
        <source>%1 is no whole number from %2 to %3</source>
        <translation>%1 no es un número entero de %2 a %3</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="182"/>
        <source>%1 does not fit: the column takes at most %2 digits before the decimal point and %3 after it</source>
        <translation>%1 no cabe: la columna admite como máximo %2 dígitos antes del separador decimal y %3 después</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="196"/>
        <source>%1 is no number (write it with a &apos;.&apos;)</source>
        <translation>%1 no es un número (escríbalo con un «.»)</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="219"/>
        <source>%1 is no date in the form 2024-03-30 (or 2024-03-30 14:05:00)</source>
        <translation>%1 no es una fecha con la forma 2024-03-30 (o 2024-03-30 14:05:00)</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="223"/>
        <source>%1 is too long: the column takes at most %2 characters</source>
        <translation>%1 es demasiado largo: la columna admite como máximo %2 caracteres</translation>
    </message>
    <message>
        <location filename="../core/src/tableimporter.cpp" line="287"/>
        <source>The table %1 no longer exists.</source>
        <translation>La tabla %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>concord::TableList</name>
    <message>
        <location filename="../ui/tablelist.cpp" line="32"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../ui/tablelist.cpp" line="46"/>
        <source>View “%1”: shown read-only</source>
        <translation>Vista «%1»: se muestra en solo lectura</translation>
    </message>
</context>
<context>
    <name>concord::TablePreparer</name>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="149"/>
        <source>The connection is inside a transaction. Preparing a table runs in a transaction of its own and would end yours: commit or roll it back first. Nothing was changed.</source>
        <translation>La conexión está dentro de una transacción. Preparar una tabla se hace en una transacción propia y terminaría la tuya: confírmala o deshazla primero. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="228"/>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="233"/>
        <source>Tables can be prepared on SQLite and PostgreSQL only.</source>
        <translation>Solo se pueden preparar tablas en SQLite y PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="238"/>
        <source>A table is prepared for the client or the trigger strategy; the other strategies need no change to the table.</source>
        <translation>Una tabla se prepara para la estrategia client o trigger; las demás estrategias no necesitan cambios en la tabla.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="245"/>
        <source>No version column name was given.</source>
        <translation>No se indicó el nombre de la columna de versión.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="251"/>
        <source>&quot;%1&quot; is not a table name. Write it as table or schema.table, with double quotes around a part that holds dots or quotes.</source>
        <translation>“%1” no es un nombre de tabla. Escríbelo como tabla o esquema.tabla, con comillas dobles alrededor de la parte que contenga puntos o comillas.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="261"/>
        <source>&quot;%1&quot; is a view, not a table: a view&apos;s rows are shown read-only. Enable conflict detection on the tables it reads from.</source>
        <translation>«%1» es una vista, no una tabla: las filas de una vista se muestran en solo lectura. Active la detección de conflictos en las tablas de las que lee.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="289"/>
        <source>%1 failed: %2. Nothing was changed.</source>
        <translation>%1 falló: %2. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer.cpp" line="302"/>
        <source>Saving the changes failed: %1. Nothing was changed.</source>
        <translation>No se pudieron guardar los cambios: %1. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="183"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="218"/>
        <source>There is no table named %1.</source>
        <translation>No hay ninguna tabla llamada %1.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="222"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="244"/>
        <source>Table %1 has no primary key, so its records cannot be told apart and no save could be checked. Add a primary key first. Nothing was changed.</source>
        <translation>La tabla %1 no tiene clave primaria, así que sus registros no se pueden distinguir y ningún guardado se podría comprobar. Agrega primero una clave primaria. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="237"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="260"/>
        <source>Adding the column &quot;%1&quot;</source>
        <translation>Agregar la columna “%1”</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="246"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="268"/>
        <source>Table %1 has a column &quot;%2&quot;, but not of an integer type, so it cannot hold versions that compare exactly. Change it to INTEGER, or choose another version column. Nothing was changed.</source>
        <translation>La tabla %1 tiene una columna “%2”, pero no de tipo entero, así que no puede guardar versiones que se comparen con exactitud. Cámbiala a INTEGER o elija otra columna de versión. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="256"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="279"/>
        <source>Added version column &quot;%1&quot; (%2)</source>
        <translation>Columna de versión “%1” agregada (%2)</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="269"/>
        <source>Table %1 has a column &quot;%2&quot; for who changed a record, but not of a text type, so the user&apos;s name cannot be written there. Change it to TEXT, or prepare the table without audit. Nothing was changed.</source>
        <translation>La tabla %1 tiene una columna “%2” para quién cambió un registro, pero no de tipo texto, así que no se puede escribir allí el nombre del usuario. Cámbiala a TEXT o prepara la tabla sin auditoría. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="276"/>
        <source>Table %1 has a column &quot;%2&quot; for when a record was changed, but not of a date or time type. Change it to TIMESTAMP, or prepare the table without audit. Nothing was changed.</source>
        <translation>La tabla %1 tiene una columna “%2” para cuándo se cambió un registro, pero no de tipo fecha u hora. Cámbiala a TIMESTAMP o prepara la tabla sin auditoría. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="285"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="287"/>
        <source>Added column &quot;%1&quot; (%2) for who changed a record last</source>
        <translation>Columna “%1” (%2) agregada para quién cambió un registro por última vez</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="292"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="293"/>
        <source>Added column &quot;%1&quot; (%2) for when a record was changed last</source>
        <translation>Columna “%1” (%2) agregada para cuándo se cambió un registro por última vez</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="317"/>
        <source>Created the function %1</source>
        <translation>Función %1 creada</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="319"/>
        <source>Replaced the function %1, which differed from what Concord installs</source>
        <translation>Función %1 reemplazada, porque era distinta de la que instala Concord</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="330"/>
        <source>Creating the function %1</source>
        <translation>Crear la función %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="372"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="172"/>
        <source>Replaced the trigger &quot;%1&quot;, which differed from what Concord installs</source>
        <translation>Trigger “%1” reemplazado, porque era distinto del que instala Concord</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="428"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="77"/>
        <source>Raised the version counter of %1 to its highest version</source>
        <translation>Se subió el contador de versiones de %1 a su versión más alta</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="432"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="81"/>
        <source>Raising the version counter of %1</source>
        <translation>La subida del contador de versiones de %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="444"/>
        <source>Created the sequence %1, which counts versions so that a record inserted again never gets one it had before</source>
        <translation>Se creó la secuencia %1, que cuenta las versiones para que un registro insertado de nuevo nunca reciba una que ya tuvo</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="448"/>
        <source>Creating the sequence %1</source>
        <translation>La creación de la secuencia %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="477"/>
        <source>Installed the version trigger &quot;%1&quot;: every UPDATE counts &quot;%2&quot; up by one and every INSERT gives it a number the record never had, whoever writes</source>
        <translation>Se instaló el trigger de versión «%1»: cada UPDATE aumenta «%2» en uno y cada INSERT le da un número que el registro nunca tuvo, escriba quien escriba</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="46"/>
        <source>Created the table %1, which counts versions so that a record inserted again never gets one it had before</source>
        <translation>Se creó la tabla %1, que cuenta las versiones para que un registro insertado de nuevo nunca reciba una que ya tuvo</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="50"/>
        <source>Creating the table %1</source>
        <translation>La creación de la tabla %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="90"/>
        <source>Started the version counter of %1 at its highest version</source>
        <translation>Se inició el contador de versiones de %1 en su versión más alta</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="94"/>
        <source>Starting the version counter of %1</source>
        <translation>El inicio del contador de versiones de %1</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="139"/>
        <source>Installed the version trigger &quot;%1&quot;: every UPDATE counts &quot;%2&quot; up by one, whoever writes</source>
        <translation>Trigger de versión “%1” instalado: cada UPDATE aumenta “%2” en uno, escriba quien escriba</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="145"/>
        <source>Installed the trigger &quot;%1&quot;: every INSERT gives &quot;%2&quot; a number the record never had, whoever writes</source>
        <translation>Se instaló el trigger «%1»: cada INSERT da a «%2» un número que el registro nunca tuvo, escriba quien escriba</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="148"/>
        <source>Installing the trigger &quot;%1&quot;</source>
        <translation>La instalación del trigger «%1»</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="482"/>
        <location filename="../core/src/tablepreparer_sqlite.cpp" line="142"/>
        <source>Installing the version trigger &quot;%1&quot;</source>
        <translation>Instalar el trigger de versión “%1”</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="495"/>
        <source>Installed the audit trigger &quot;%1&quot;: every INSERT and UPDATE sets &quot;%2&quot; to the session user and &quot;%3&quot; to the server&apos;s clock</source>
        <translation>Trigger de auditoría “%1” instalado: cada INSERT y UPDATE pone en “%2” el usuario de la sesión y en “%3” el reloj del servidor</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="500"/>
        <source>Installing the audit trigger &quot;%1&quot;</source>
        <translation>Instalar el trigger de auditoría “%1”</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="514"/>
        <source>Installed the notify trigger &quot;%1&quot;: every INSERT, UPDATE and DELETE is announced on channel concord_changes</source>
        <translation>Trigger de aviso “%1” instalado: cada INSERT, UPDATE y DELETE se anuncia en el canal concord_changes</translation>
    </message>
    <message>
        <location filename="../core/src/tablepreparer_postgres.cpp" line="518"/>
        <source>Installing the notify trigger &quot;%1&quot;</source>
        <translation>Instalar el trigger de aviso “%1”</translation>
    </message>
</context>
<context>
    <name>concord::VersionedTableModel</name>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="147"/>
        <source>The connection to the database was lost. Nothing was saved; your edits are kept. Save again once the database can be reached.</source>
        <translation>Se perdió la conexión con la base de datos. No se guardó nada; sus cambios se conservan. Vuelva a guardar cuando la base de datos esté accesible.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="189"/>
        <source>Other rows refer to this record of %1, so it cannot be deleted. Delete or change them first. Nothing was deleted.</source>
        <translation>Otras filas hacen referencia a este registro de %1, así que no se puede eliminar. Elimínelas o cámbielas primero. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="192"/>
        <source>%1 refers to this record of %2, so it cannot be deleted. Delete or change it first. Nothing was deleted.</source>
        <translation>%1 hace referencia a este registro de %2, así que no se puede eliminar. Elimínela o cámbiela primero. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="194"/>
        <source>%1 refer to this record of %2, so it cannot be deleted. Delete or change them first. Nothing was deleted.</source>
        <translation>%1 hacen referencia a este registro de %2, así que no se puede eliminar. Elimínelas o cámbielas primero. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="225"/>
        <source>1 row of %1</source>
        <translation>1 fila de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_save.cpp" line="226"/>
        <source>%n rows of %1</source>
        <translation>
            <numerusform>%n fila de %1</numerusform>
            <numerusform>%n filas de %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="297"/>
        <source>You saved this row in your other window after this one loaded it. Your edits here are kept; review both versions before saving.</source>
        <translation>Guardó esta fila en su otra ventana después de que esta la cargara. Sus cambios aquí se conservan; revise ambas versiones antes de guardar.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="299"/>
        <source>You deleted this row in your other window. Your edits here are kept.</source>
        <translation>Eliminó esta fila en su otra ventana. Sus cambios aquí se conservan.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="303"/>
        <source>Someone else saved this row after you loaded it. Your edits are kept; review both versions before saving.</source>
        <translation>Otra persona guardó esta fila después de que la cargara. Se conservan sus cambios; revise ambas versiones antes de guardar.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="305"/>
        <source>%1 saved this row after you loaded it. Your edits are kept; review both versions before saving.</source>
        <translation>%1 guardó esta fila después de que la cargara. Se conservan sus cambios; revise ambas versiones antes de guardar.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="308"/>
        <source>Someone else deleted this row after you loaded it. Your edits are kept.</source>
        <translation>Otra persona eliminó esta fila después de que la cargara. Se conservan sus cambios.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="450"/>
        <source>The connection to the database was lost while the new row was being saved, so it may have been saved. Your edits are kept; reload to check before saving it again.</source>
        <translation>Se perdió la conexión con la base de datos mientras se guardaba la fila nueva, así que puede que se haya guardado. Sus cambios se conservan; recargue para comprobarlo antes de volver a guardarla.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_save.cpp" line="467"/>
        <source>The new row could not be read back.</source>
        <translation>No se pudo volver a leer la fila nueva.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="234"/>
        <source>There is no table named %1.</source>
        <translation>No existe ninguna tabla llamada %1.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="214"/>
        <source>The rows cannot be reloaded or moved while a save is under way; try again once it has finished.</source>
        <translation>No se pueden recargar ni mover las filas mientras se está guardando; inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="241"/>
        <source>%1 is a view: its rows cannot be saved. Edit the tables it reads from.</source>
        <translation>%1 es una vista: sus filas no se pueden guardar. Edite las tablas de las que lee.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="243"/>
        <source>%1 is a view. Its rows cannot be edited here; edit the tables it reads from.</source>
        <translation>%1 es una vista. Sus filas no se pueden editar aquí; edite las tablas de las que lee.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="249"/>
        <source>Table %1 has no primary key, so a row cannot be told apart from its copies and saving it safely is impossible. Add a primary key to edit it.</source>
        <translation>La tabla %1 no tiene clave primaria, así que no se puede distinguir una fila de sus copias ni guardarla de forma segura. Agrega una clave primaria para editarla.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="251"/>
        <source>Table %1 has no primary key, so its rows cannot be told apart: it is shown read-only. Add a primary key to edit it.</source>
        <translation>La tabla %1 no tiene clave primaria, así que sus filas no se pueden distinguir: se muestra en solo lectura. Añada una clave primaria para editarla.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="260"/>
        <source>The xmin strategy needs PostgreSQL; %1 is not on a PostgreSQL server.</source>
        <translation>La estrategia xmin necesita PostgreSQL; %1 no está en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="280"/>
        <source>Table %1 has no version column &quot;%2&quot;. Add one to edit it safely: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</source>
        <translation>La tabla %1 no tiene la columna de versión &quot;%2&quot;. Agrega una para editarla de forma segura: ALTER TABLE %1 ADD COLUMN %2 INTEGER NOT NULL DEFAULT 1</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="300"/>
        <source>The version column &quot;%2&quot; of %1 must have an integer type, so that versions compare exactly. Change it to INTEGER (or BIGINT).</source>
        <translation>La columna de versión &quot;%2&quot; de %1 debe ser de tipo entero, para que las versiones se comparen con exactitud. Cámbiela a INTEGER (o BIGINT).</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="304"/>
        <source>Table %1 has no version trigger. Install it with: concord --prepare %1 --strategy trigger</source>
        <translation>La tabla %1 no tiene disparador de versión. Instálelo con: concord --prepare %1 --strategy trigger</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="330"/>
        <source>%n row(s) of %1 have no primary key value (NULL), so they cannot be told apart. Give them a key first.</source>
        <translation>
            <numerusform>%n fila de %1 no tiene valor de clave primaria (NULL), así que no se puede distinguir. Asígnele una clave primero.</numerusform>
            <numerusform>%n filas de %1 no tienen valor de clave primaria (NULL), así que no se pueden distinguir. Asígneles una clave primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_p.cpp" line="335"/>
        <source>%n row(s) of %1 have no version. Initialise them first: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</source>
        <translation>
            <numerusform>%n fila de %1 no tiene versión. Inicialízala primero: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
            <numerusform>%n filas de %1 no tienen versión. Inicialízalas primero: UPDATE %1 SET %2 = 1 WHERE %2 IS NULL</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_p.cpp" line="488"/>
        <source>The rows of %1 could not be read: %2</source>
        <translation>No se pudieron leer las filas de %1: %2</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="390"/>
        <source>Another row of %1 already has this %2: it must be unique.</source>
        <translation>Otra fila de %1 ya tiene este valor de %2: debe ser único.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="395"/>
        <source>%1 of %2 cannot be empty.</source>
        <translation>%1 de %2 no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="404"/>
        <source>value</source>
        <translation>El valor</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="401"/>
        <source>The %1 refers to a row that does not exist.</source>
        <translation>%1 hace referencia a una fila que no existe.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="418"/>
        <source>The change breaks a rule of table %1.</source>
        <translation>El cambio infringe una regla de la tabla %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="321"/>
        <location filename="../core/src/sqlerrorkind.cpp" line="378"/>
        <source>Nothing was saved; your edits are kept.</source>
        <translation>No se guardó nada; se conservan sus cambios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/sqlerrorkind.cpp" line="325"/>
        <source>%1 of %2 is too large: it takes at most %n digit(s) before the decimal point.</source>
        <translation>
            <numerusform>%1 de %2 es demasiado grande: admite como máximo %n dígito antes de la coma decimal.</numerusform>
            <numerusform>%1 de %2 es demasiado grande: admite como máximo %n dígitos antes de la coma decimal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="330"/>
        <source>%1 of %2 is too small: it takes at least %3.</source>
        <translation>%1 de %2 es demasiado pequeño: el mínimo es %3.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="334"/>
        <source>%1 of %2 is too large: it takes at most %3.</source>
        <translation>%1 de %2 es demasiado grande: el máximo es %3.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="345"/>
        <source>The connection to the database was lost. Nothing was deleted.</source>
        <translation>Se perdió la conexión con la base de datos. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="350"/>
        <source>The database is busy or locked by another program. Nothing was deleted. Try again in a moment.</source>
        <translation>La base de datos está ocupada o bloqueada por otro programa. No se eliminó nada. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="354"/>
        <source>The database accepts no changes (it is read-only). Nothing was deleted.</source>
        <translation>La base de datos no admite cambios (es de solo lectura). No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="358"/>
        <source>The disk that holds the database is full. Nothing was deleted.</source>
        <translation>El disco que contiene la base de datos está lleno. No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="363"/>
        <source>The database refused the delete: %1 Nothing was deleted.</source>
        <translation>La base de datos rechazó la eliminación: %1 No se eliminó nada.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="387"/>
        <source>Another row of %1 already has these values: they must be unique.</source>
        <translation>Otra fila de %1 ya tiene estos valores: deben ser únicos.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="396"/>
        <source>A field</source>
        <translation>Un campo</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="409"/>
        <source>A value is not allowed by a rule (CHECK) of table %1.</source>
        <translation>Una regla (CHECK) de la tabla %1 no admite un valor.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="412"/>
        <source>This %1 is not allowed by a rule (CHECK) of table %2.</source>
        <translation>Una regla (CHECK) de la tabla %2 no admite este valor de %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="428"/>
        <source>%1 of %2 is too long for its column.</source>
        <translation>%1 de %2 es demasiado largo para su columna.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="431"/>
        <source>%1 of %2 is too large or too small for its column.</source>
        <translation>%1 de %2 es demasiado grande o demasiado pequeño para su columna.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="435"/>
        <source>A text is longer than its column of %1 allows.</source>
        <translation>Un texto es más largo de lo que admite su columna de %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="438"/>
        <source>A number is too large or too small for its column of %1.</source>
        <translation>Un número es demasiado grande o demasiado pequeño para su columna de %1.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="441"/>
        <source>A value does not fit its column of %1 (for example, text where a number or a date belongs).</source>
        <translation>Un valor no cabe en su columna de %1 (por ejemplo, texto donde va un número o una fecha).</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="448"/>
        <source>The database is busy or locked by another program. Nothing was saved; your edits are kept. Try again in a moment.</source>
        <translation>La base de datos está ocupada o bloqueada por otro programa. No se guardó nada; se conservan sus cambios. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="453"/>
        <source>The connection to the database was lost. Nothing was saved; your edits are kept.</source>
        <translation>Se perdió la conexión con la base de datos. No se guardó nada; se conservan sus cambios.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="459"/>
        <source>The database server accepts no changes (it is read-only). Nothing was saved; your edits are kept.</source>
        <translation>El servidor de base de datos no acepta cambios (es de solo lectura). No se guardó nada; sus cambios se conservan.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="462"/>
        <source>The database file is read-only: the file or its folder does not allow changes. Nothing was saved; your edits are kept.</source>
        <translation>El archivo de la base de datos es de solo lectura: el archivo o su carpeta no permiten cambios. No se guardó nada; sus cambios se conservan.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="467"/>
        <source>The disk that holds the database is full. Nothing was saved; your edits are kept. Free some space, then save again.</source>
        <translation>El disco que contiene la base de datos está lleno. No se guardó nada; sus cambios se conservan. Libere espacio y guarde de nuevo.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="472"/>
        <source>The server refused the user name or password.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="479"/>
        <source>The file is not a SQLite database, or it is damaged.</source>
        <translation>El archivo no es una base de datos SQLite, o está dañado.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="482"/>
        <source>The database file cannot be read or written. Nothing was saved; your edits are kept.</source>
        <translation>No se puede leer ni escribir el archivo de la base de datos. No se guardó nada; se conservan sus cambios.</translation>
    </message>
    <message>
        <location filename="../core/src/sqlerrorkind.cpp" line="486"/>
        <source>The database refused the change: %1</source>
        <translation>La base de datos rechazó el cambio: %1</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="30"/>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="299"/>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="326"/>
        <source>The rows were reloaded during the save.</source>
        <translation>Las filas se recargaron mientras se guardaba.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="117"/>
        <source>This row&apos;s version (%1) cannot be counted up any further, so it cannot be saved safely. Nothing was saved; your edits are kept.</source>
        <translation>La versión de esta fila (%1) no puede aumentar más, así que no se puede guardar de forma segura. No se ha guardado nada; sus cambios se conservan.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="264"/>
        <source>%1 of %2 must be a number; &quot;%3&quot; is not one. Nothing was saved; your edits are kept.</source>
        <translation>%1 de %2 debe ser un número; «%3» no lo es. No se guardó nada; se conservan sus cambios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/src/versionedtablemodel_hooks.cpp" line="269"/>
        <source>%1 of %2 holds at most %n character(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>%1 de %2 admite como máximo %n carácter. No se guardó nada; se conservan sus cambios.</numerusform>
            <numerusform>%1 de %2 admite como máximo %n caracteres. No se guardó nada; se conservan sus cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="204"/>
        <source>The table name %1 contains a single quote (&apos;), which Qt&apos;s PostgreSQL driver cannot handle safely. Rename the table to open it.</source>
        <translation>El nombre de tabla %1 contiene una comilla simple (&apos;), que el controlador PostgreSQL de Qt no puede manejar con seguridad. Cambie el nombre de la tabla para abrirla.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel.cpp" line="623"/>
        <source>This record is still in %1, under another key (%2): someone renumbered it. Nothing was inserted; reload to see it.</source>
        <translation>Este registro sigue en %1, con otra clave (%2): alguien lo ha renumerado. No se ha insertado nada; recargue para verlo.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="33"/>
        <source>The database cannot be reached: %1 Your edits are kept; try again once it can be reached.</source>
        <translation>No se puede acceder a la base de datos: %1 Sus cambios se conservan; vuelva a intentarlo cuando esté accesible.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="51"/>
        <source>The connection to the database was lost during the save and cannot be opened again, so whether the change was saved is not known. Your edits are kept; save again once the database can be reached.</source>
        <translation>Se perdió la conexión con la base de datos durante el guardado y no se puede volver a abrir, así que no se sabe si el cambio se guardó. Sus cambios se conservan; guarde de nuevo cuando la base de datos esté disponible.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="76"/>
        <source>The connection to the database was lost during the save; it is open again. Nothing was saved; your edits are kept: save again.</source>
        <translation>Se perdió la conexión con la base de datos durante el guardado; ya está abierta de nuevo. No se guardó nada; sus cambios se conservan: guarde otra vez.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="128"/>
        <source>The connection to the database was lost while the changes were being committed and cannot be opened again, so whether they were saved is not known. Your edits are kept; save again once the database can be reached.</source>
        <translation>Se perdió la conexión con la base de datos mientras se confirmaban los cambios y no se puede volver a abrir, así que no se sabe si se guardaron. Sus cambios se conservan; guarde de nuevo cuando la base de datos esté disponible.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="141"/>
        <source>The connection to the database was lost while the changes were being committed; it is open again. Nothing was saved; your edits are kept: save again.</source>
        <translation>Se perdió la conexión con la base de datos mientras se confirmaban los cambios; ya está abierta de nuevo. No se guardó nada; sus cambios se conservan: guarde otra vez.</translation>
    </message>
    <message>
        <location filename="../core/src/versionedtablemodel_recovery.cpp" line="145"/>
        <source>The connection to the database was lost while the changes were being committed, and the rows do not show them all. Your edits are kept; reload to see what the database holds.</source>
        <translation>Se perdió la conexión con la base de datos mientras se confirmaban los cambios, y las filas no los muestran todos. Sus cambios se conservan; recargue para ver lo que contiene la base de datos.</translation>
    </message>
</context>
</TS>
