<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>About</name>
    <message>
        <source>An offline viewer for what four documents say about the 2021 series &lt;i&gt;Somos.&lt;/i&gt;, with the source passage behind every record.</source>
        <translation>Un visor sin conexión de lo que cuatro documentos dicen sobre la serie &lt;i&gt;Somos.&lt;/i&gt; de 2021, con el pasaje de la fuente detrás de cada registro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No archive is open.&lt;/b&gt; Use File › Open Archive… or File › Rebuild from Seeds….</source>
        <translation>&lt;b&gt;No hay ningún acervo abierto.&lt;/b&gt; Use Archivo › Abrir acervo… o Archivo › Reconstruir desde las semillas….</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Acervo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>%1 (this viewer reads up to %2)</source>
        <translation>%1 (este visor lee hasta la %2)</translation>
    </message>
    <message>
        <source>Built by</source>
        <translation>Construido con</translation>
    </message>
    <message>
        <source>Seeds checksum</source>
        <translation>Suma de verificación de las semillas</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 caracteres</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Somos Archive</source>
        <translation>Acerca de Somos Archive</translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation>Acerca de este acervo</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>&amp;Abrir acervo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation>Abrir otro archivo de acervo</translation>
    </message>
    <message>
        <source>open another archive</source>
        <translation>abrir otro acervo</translation>
    </message>
    <message>
        <source>&amp;Rebuild from Seeds…</source>
        <translation>&amp;Reconstruir desde las semillas…</translation>
    </message>
    <message>
        <source>Build the archive again from the seed documents, then reopen it</source>
        <translation>Volver a construir el acervo a partir de los documentos semilla y abrirlo de nuevo</translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation>&amp;Exportar selección…</translation>
    </message>
    <message>
        <source>Save the selected records to a file</source>
        <translation>Guardar los registros seleccionados en un archivo</translation>
    </message>
    <message>
        <source>export the selection (or everything matching), from any field</source>
        <translation>exportar la selección (o todo lo que coincide), desde cualquier campo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Cerrar el visor</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>Undo the last change to your annotations</source>
        <translation>Deshacer el último cambio en sus anotaciones</translation>
    </message>
    <message>
        <source>undo the last change to your annotations</source>
        <translation>deshacer el último cambio en sus anotaciones</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change to your annotations just undone</source>
        <translation>Rehacer el cambio en sus anotaciones que se acaba de deshacer</translation>
    </message>
    <message>
        <source>redo the change to your annotations just undone</source>
        <translation>rehacer el cambio en sus anotaciones que se acaba de deshacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copiar las filas seleccionadas como texto separado por tabulaciones</translation>
    </message>
    <message>
        <source>copy the selected rows as tab-separated text with a header row (also on the rows&apos; right-click menu, with Select All and Export Selection)</source>
        <translation>copiar las filas seleccionadas como texto separado por tabulaciones, con una fila de encabezados (también en el menú contextual de las filas, junto con Seleccionar todo y Exportar selección)</translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation</source>
        <translation>Copiar re&amp;ferencia</translation>
    </message>
    <message>
        <source>Copy the citation of the selected records, or of the passage highlighted in the reader</source>
        <translation>Copiar la referencia de los registros seleccionados, o del pasaje resaltado en el lector</translation>
    </message>
    <message>
        <source>copy the citation of the selected records, or of the passage highlighted in the reader (also on the rows&apos; right-click menu)</source>
        <translation>copiar la referencia de los registros seleccionados, o del pasaje resaltado en el lector (también en el menú contextual de las filas)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select every loaded row</source>
        <translation>Seleccionar todas las filas cargadas</translation>
    </message>
    <message>
        <source>select all rows (of a tab: every row its filter matches)</source>
        <translation>seleccionar todas las filas (en una pestaña: todas las que coinciden con su filtro)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search every table</source>
        <translation>Buscar en todas las tablas</translation>
    </message>
    <message>
        <source>search every table (as you type; Enter opens the first result, ↓ moves into them, and ↑/↓ there show each in the detail pane); in the source reader: find in its document</source>
        <translation>buscar en todas las tablas (mientras escribe; Intro abre el primer resultado, ↓ pasa a los resultados y ahí ↑/↓ muestran cada uno en el panel de detalles); en el lector de fuentes: buscar en su documento</translation>
    </message>
    <message>
        <source>Search every table, or find in the source reader&apos;s document</source>
        <translation>Buscar en todas las tablas, o en el documento del lector de fuentes</translation>
    </message>
    <message>
        <source>&amp;Search Everything</source>
        <translation>Buscar &amp;en todo</translation>
    </message>
    <message>
        <source>the search box, from anywhere in the window (the source reader too)</source>
        <translation>el cuadro de búsqueda, desde cualquier parte de la ventana (también desde el lector de fuentes)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the next search result</source>
        <translation>Mostrar el siguiente resultado de la búsqueda</translation>
    </message>
    <message>
        <source>the next search result, from anywhere in the window (in the reader, with its find line open: the next match there)</source>
        <translation>el siguiente resultado de la búsqueda, desde cualquier parte de la ventana (en el lector, con su línea de búsqueda abierta: la siguiente coincidencia ahí)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>Show the previous search result</source>
        <translation>Mostrar el resultado anterior de la búsqueda</translation>
    </message>
    <message>
        <source>the previous search result (or match in the reader)</source>
        <translation>el resultado anterior de la búsqueda (o la coincidencia anterior en el lector)</translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Anotar selección…</translation>
    </message>
    <message>
        <source>Add a note and tags to the words selected in the source reader</source>
        <translation>Agregar una nota y etiquetas a las palabras seleccionadas en el lector de fuentes</translation>
    </message>
    <message>
        <source>annotate the words selected in the reader (or the highlighted passage): a note and tags</source>
        <translation>anotar las palabras seleccionadas en el lector (o el pasaje resaltado): una nota y etiquetas</translation>
    </message>
    <message>
        <source>&amp;Tag Record…</source>
        <translation>Eti&amp;quetar registro…</translation>
    </message>
    <message>
        <source>Add a note and tags to the record shown</source>
        <translation>Agregar una nota y etiquetas al registro que se muestra</translation>
    </message>
    <message>
        <source>tag the record shown in the detail pane, with a note</source>
        <translation>etiquetar el registro que se muestra en el panel de detalles, con una nota</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>The viewer&apos;s language</source>
        <translation>El idioma del visor</translation>
    </message>
    <message>
        <source>settings: the viewer&apos;s language</source>
        <translation>configuración: el idioma del visor</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Show the previous record</source>
        <translation>Mostrar el registro anterior</translation>
    </message>
    <message>
        <source>back through the records you opened</source>
        <translation>retroceder por los registros que abrió</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Show the next record</source>
        <translation>Mostrar el registro siguiente</translation>
    </message>
    <message>
        <source>forward through the records you opened</source>
        <translation>avanzar por los registros que abrió</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <source>Show the next tab</source>
        <translation>Mostrar la pestaña siguiente</translation>
    </message>
    <message>
        <source>the next tab, from anywhere in the window</source>
        <translation>la pestaña siguiente, desde cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña a&amp;nterior</translation>
    </message>
    <message>
        <source>Show the previous tab</source>
        <translation>Mostrar la pestaña anterior</translation>
    </message>
    <message>
        <source>the previous tab, from anywhere in the window</source>
        <translation>la pestaña anterior, desde cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Every key the viewer answers to</source>
        <translation>Todas las teclas a las que responde el visor</translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation>esta lista de teclas</translation>
    </message>
    <message>
        <source>&amp;Provenance and Disagreements</source>
        <translation>&amp;Procedencia y discrepancias</translation>
    </message>
    <message>
        <source>How to read where a record comes from, and where sources differ</source>
        <translation>Cómo leer de dónde viene un registro y en qué difieren las fuentes</translation>
    </message>
    <message>
        <source>a short guide to provenance and disagreements</source>
        <translation>una breve guía sobre la procedencia y las discrepancias</translation>
    </message>
    <message>
        <source>&amp;About Somos Archive</source>
        <translation>Acerca &amp;de Somos Archive</translation>
    </message>
    <message>
        <source>The sources, schema version and row counts of the open archive</source>
        <translation>Las fuentes, la versión del esquema y la cantidad de filas del acervo abierto</translation>
    </message>
    <message>
        <source>clear the search box or a filter, back to the tables; close the reader&apos;s find line</source>
        <extracomment>Keys a widget answers to itself (not window commands), for the same list (the keys&apos; names too are translated: &quot;Intro&quot;, &quot;Mayúsculas&quot;, as Qt names them in a Spanish menu).</extracomment>
        <translation>vaciar el cuadro de búsqueda o un filtro y volver a las tablas; cerrar la línea de búsqueda del lector</translation>
    </message>
    <message>
        <source>go to the last / first row of the table, and select it</source>
        <translation>ir a la última / primera fila de la tabla y seleccionarla</translation>
    </message>
    <message>
        <source>Ctrl+End / Ctrl+Home</source>
        <translation>Control+Fin / Control+Inicio</translation>
    </message>
    <message>
        <source>search box → tabs → filter → table → detail pane → reader, and back</source>
        <translation>cuadro de búsqueda → pestañas → filtro → tabla → panel de detalles → lector, y de regreso</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayúsculas+Tab</translation>
    </message>
    <message>
        <source>in a chart: move between its marks, open the one in focus</source>
        <translation>en una gráfica: moverse entre sus marcas y abrir la que tiene el foco</translation>
    </message>
    <message>
        <source>← → ↑ ↓, Enter</source>
        <translation>← → ↑ ↓, Intro</translation>
    </message>
    <message>
        <source>in the reader&apos;s find line: the next / previous match</source>
        <translation>en la línea de búsqueda del lector: la coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Intro / Mayúsculas+Intro</translation>
    </message>
</context>
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Annotated text</source>
        <translation>Texto anotado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What matters here, and why</source>
        <translation>Qué importa aquí y por qué</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>contradiction, check later, chapter 3</source>
        <translation>contradicción, revisar después, capítulo 3</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
</context>
<context>
    <name>AnnotationBook</name>
    <message>
        <source>Tag Record</source>
        <translation>Etiquetar registro</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>Delete 1 Annotation</source>
        <translation>Eliminar 1 anotación</translation>
    </message>
    <message>
        <source>Delete %1 Annotations</source>
        <translation>Eliminar %1 anotaciones</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
</context>
<context>
    <name>AnnotationResults</name>
    <message>
        <source>Annotations that match</source>
        <translation>Anotaciones que coinciden</translation>
    </message>
    <message>
        <source>1 of your annotations matches “%1”</source>
        <translation>1 de sus anotaciones coincide con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your annotations match “%1”</source>
        <translation>
            <numerusform>%Ln de sus anotaciones coincide con «%1»</numerusform>
            <numerusform>%Ln de sus anotaciones coinciden con «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the %Ln most recently changed are listed</source>
        <translation>
            <numerusform>%1; se muestra la %Ln modificada más recientemente</numerusform>
            <numerusform>%1; se muestran las %Ln modificadas más recientemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationsTab</name>
    <message>
        <source>%1, chars %2–%3</source>
        <translation>%1, caracteres %2–%3</translation>
    </message>
    <message>
        <source>attached</source>
        <extracomment>An annotation&apos;s status, as the list shows it (viewer.annotations.model&apos;s words).</extracomment>
        <translation>anclada</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>huérfana</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Filtrar anotaciones</translation>
    </message>
    <message>
        <source>Filter notes, tags and quoted words…</source>
        <translation>Filtrar notas, etiquetas y palabras citadas…</translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation>Solo huérfanas</translation>
    </message>
    <message>
        <source>Annotations whose words are no longer in the sources</source>
        <translation>Anotaciones cuyas palabras ya no están en las fuentes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No annotations yet. Select words in the source reader and choose Annotate (Ctrl+Shift+A, or right-click), or tag a record (Ctrl+Shift+T).</source>
        <translation>Todavía no hay anotaciones. Seleccione palabras en el lector de fuentes y elija Anotar (Control+Mayúsculas+A, o clic derecho), o etiquete un registro (Control+Mayúsculas+T).</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Annotations are off. %1</source>
        <translation>Las anotaciones están desactivadas. %1</translation>
    </message>
    <message>
        <source>Annotations are off: the file they are kept in cannot be used (the message above the list says why).</source>
        <translation>Las anotaciones están desactivadas: no se puede usar el archivo donde se guardan (el mensaje arriba de la lista dice por qué).</translation>
    </message>
    <message>
        <source>Annotations unavailable</source>
        <translation>Anotaciones no disponibles</translation>
    </message>
    <message>
        <source>%1 of %2 annotations</source>
        <translation>%1 de %2 anotaciones</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 anotación</translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation>%1 anotaciones</translation>
    </message>
    <message>
        <source>(1 orphaned)</source>
        <translation>(1 huérfana)</translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation>(%1 huérfanas)</translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Annotations re-attached to this archive: %1 moved with their words, %2 orphaned (their words are gone; listed in the Annotations tab).</source>
        <translation>Anotaciones ancladas de nuevo a este acervo: %1 se movieron con sus palabras, %2 quedaron huérfanas (sus palabras ya no están; se listan en la pestaña Anotaciones).</translation>
    </message>
    <message>
        <source>Annotations are off</source>
        <translation>Las anotaciones están desactivadas</translation>
    </message>
    <message>
        <source>The archive can still be read; annotating needs that file.</source>
        <translation>El acervo se puede seguir leyendo; para anotar hace falta ese archivo.</translation>
    </message>
    <message>
        <source>Annotations are read-only</source>
        <translation>Las anotaciones son de solo lectura</translation>
    </message>
    <message>
        <source>Open a document in the source reader and select words to annotate.</source>
        <translation>Abra un documento en el lector de fuentes y seleccione las palabras que quiere anotar.</translation>
    </message>
    <message>
        <source>The words selected are the reader&apos;s own, not the document&apos;s: select words of the document to annotate them.</source>
        <translation>Las palabras seleccionadas son del lector, no del documento: seleccione palabras del documento para anotarlas.</translation>
    </message>
    <message>
        <source>Select words in the source reader to annotate them.</source>
        <translation>Seleccione palabras en el lector de fuentes para anotarlas.</translation>
    </message>
    <message>
        <source>%1 (%2, chars %3–%4)</source>
        <translation>%1 (%2, caracteres %3–%4)</translation>
    </message>
    <message>
        <source>Select a record to tag it.</source>
        <translation>Seleccione un registro para etiquetarlo.</translation>
    </message>
    <message>
        <source>Tag Record</source>
        <translation>Etiquetar registro</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>There is no annotation edit to undo.</source>
        <translation>No hay ningún cambio en las anotaciones que deshacer.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rehecho: %1</translation>
    </message>
    <message>
        <source>There is no annotation edit to redo.</source>
        <translation>No hay ningún cambio en las anotaciones que rehacer.</translation>
    </message>
    <message>
        <source>Orphaned: “%1” is no longer in the open archive&apos;s sources; the annotation is kept.</source>
        <translation>Huérfana: «%1» ya no está en las fuentes del acervo abierto; la anotación se conserva.</translation>
    </message>
    <message>
        <source>There are no annotations to export.</source>
        <translation>No hay anotaciones que exportar.</translation>
    </message>
    <message>
        <source>Citations (*%1)</source>
        <translation>Referencias (*%1)</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exportar anotaciones</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Wrote 1 annotation to %2</source>
        <translation>Se escribió 1 anotación en %2</translation>
    </message>
    <message>
        <source>Wrote %1 annotations to %2</source>
        <translation>Se escribieron %1 anotaciones en %2</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation>Anotaciones (*.json *.jsonld);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2, %3 already there.</source>
        <translation>Importadas: %1 nuevas, %2 actualizadas, %3 ya existentes.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguna todavía.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation>Sus anotaciones</translation>
    </message>
    <message>
        <source>%1Tag this record…%2 · select words in the source reader to annotate them (Ctrl+Shift+A)</source>
        <translation>%1Etiquetar este registro…%2 · seleccione palabras en el lector de fuentes para anotarlas (Control+Mayúsculas+A)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
</context>
<context>
    <name>ArchiveSwitch</name>
    <message>
        <source>Did not open %1: cancelled</source>
        <translation>No se abrió %1: cancelado</translation>
    </message>
    <message>
        <source>no archive</source>
        <translation>sin acervo</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Abrir acervo</translation>
    </message>
    <message>
        <source>Somos archives (*.sqlite *.db);;All files (*)</source>
        <translation>Acervos de Somos (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The archive %1 stays open.</source>
        <translation>El acervo %1 sigue abierto.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún acervo abierto.</translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation>No se puede abrir el acervo</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Cannot rebuild</source>
        <translation>No se puede reconstruir</translation>
    </message>
    <message>
        <source>Rebuilt and reopened %1</source>
        <translation>Se reconstruyó y se volvió a abrir %1</translation>
    </message>
    <message>
        <source>Rebuild failed</source>
        <translation>La reconstrucción falló</translation>
    </message>
    <message>
        <source>The archive that was open stays open, unchanged.</source>
        <translation>El acervo que estaba abierto sigue abierto, sin cambios.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the image could not be written to %1: %2</source>
        <translation>no se pudo escribir la imagen en %1: %2</translation>
    </message>
    <message>
        <source>the %1 image could not be written to %2: %3</source>
        <translation>no se pudo escribir la imagen %1 en %2: %3</translation>
    </message>
    <message>
        <source>Drawn by Somos Archive from the archive&apos;s records.</source>
        <translation>Dibujada por Somos Archive a partir de los registros del acervo.</translation>
    </message>
    <message>
        <source>the SVG image could not be written to %1</source>
        <translation>no se pudo escribir la imagen SVG en %1</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Click a mark, or move with the arrow keys and press Enter, to show its record. Right-click to save the chart as PNG or SVG.</source>
        <translation>Haga clic en una marca, o muévase con las flechas y pulse Intro, para mostrar su registro. Haga clic derecho para guardar la gráfica como PNG o SVG.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún acervo abierto.</translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation>Mostrar «%1»</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation>Guardar %1 como %2</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>No se puede guardar la gráfica</translation>
    </message>
    <message>
        <source>Choose another folder or free some space.</source>
        <translation>Elija otra carpeta o libere espacio.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Chart</source>
        <translation>Gráfica</translation>
    </message>
    <message>
        <source>Credits Matrix</source>
        <translation>Matriz de créditos</translation>
    </message>
    <message>
        <source>Storyline Map</source>
        <translation>Mapa de tramas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Sub-tab order and labels; keys are those of :data:`~viewer.gui.workers.CHART_DATA`.</extracomment>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>the series</source>
        <extracomment>Every subject a claim can have (:data:`viewer.archive.topics.CLAIM_SUBJECTS`), and an episode&apos;s, by its number (context &quot;Claims&quot;).</extracomment>
        <translation>la serie</translation>
    </message>
    <message>
        <source>the shoot</source>
        <translation>el rodaje</translation>
    </message>
    <message>
        <source>the source article</source>
        <translation>el artículo original</translation>
    </message>
    <message>
        <source>the massacre</source>
        <translation>la masacre</translation>
    </message>
    <message>
        <source>casting</source>
        <translation>el casting</translation>
    </message>
    <message>
        <source>the writing</source>
        <translation>la escritura</translation>
    </message>
    <message>
        <source>the town</source>
        <translation>el pueblo</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>episodio %1</translation>
    </message>
    <message>
        <source>premiere date</source>
        <extracomment>Every attribute of :data:`viewer.archive.topics.CLAIM_ATTRIBUTES`.</extracomment>
        <translation>fecha de estreno</translation>
    </message>
    <message>
        <source>announcement date</source>
        <translation>fecha del anuncio</translation>
    </message>
    <message>
        <source>countries at premiere</source>
        <translation>países en el estreno</translation>
    </message>
    <message>
        <source>number of episodes</source>
        <translation>número de episodios</translation>
    </message>
    <message>
        <source>number of seasons</source>
        <translation>número de temporadas</translation>
    </message>
    <message>
        <source>runtime of episodes 1–5 (minutes)</source>
        <translation>duración de los episodios 1–5 (minutos)</translation>
    </message>
    <message>
        <source>runtime of episode 6 (minutes)</source>
        <translation>duración del episodio 6 (minutos)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspensión</translation>
    </message>
    <message>
        <source>resumption</source>
        <translation>reanudación</translation>
    </message>
    <message>
        <source>rights acquired</source>
        <translation>adquisición de los derechos</translation>
    </message>
    <message>
        <source>year published</source>
        <translation>año de publicación</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>people killed</source>
        <translation>personas asesinadas</translation>
    </message>
    <message>
        <source>people disappeared</source>
        <translation>personas desaparecidas</translation>
    </message>
    <message>
        <source>people dead or missing</source>
        <translation>personas muertas o desaparecidas</translation>
    </message>
    <message>
        <source>emergency calls, in all</source>
        <translation>llamadas de emergencia, en total</translation>
    </message>
    <message>
        <source>emergency calls in one day</source>
        <translation>llamadas de emergencia en un día</translation>
    </message>
    <message>
        <source>people interviewed</source>
        <translation>personas entrevistadas</translation>
    </message>
    <message>
        <source>crew members</source>
        <translation>integrantes del equipo técnico</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>population</source>
        <translation>población</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>release date</source>
        <translation>fecha de estreno</translation>
    </message>
    <message>
        <source>runtime (minutes)</source>
        <translation>duración (minutos)</translation>
    </message>
    <message>
        <source>directors</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>writers</source>
        <translation>guion</translation>
    </message>
    <message>
        <source>based on (title)</source>
        <translation>basada en (título)</translation>
    </message>
    <message>
        <source>role in the series</source>
        <translation>función en la serie</translation>
    </message>
    <message>
        <source>words of a remark</source>
        <translation>palabras de un comentario</translation>
    </message>
    <message>
        <source>approval rating of reviews (%)</source>
        <translation>índice de aprobación de las reseñas (%)</translation>
    </message>
    <message>
        <source>reviews behind the approval rating</source>
        <translation>reseñas en que se basa el índice de aprobación</translation>
    </message>
    <message>
        <source>score out of 100 from reviews</source>
        <translation>puntuación de las reseñas (de 100)</translation>
    </message>
    <message>
        <source>reviews behind the score out of 100</source>
        <translation>reseñas en que se basa la puntuación de 100</translation>
    </message>
    <message>
        <source>user rating (of 10)</source>
        <translation>calificación de los usuarios (de 10)</translation>
    </message>
    <message>
        <source>user reviews behind the rating</source>
        <translation>reseñas de usuarios en que se basa la calificación</translation>
    </message>
    <message>
        <source>cartel gunmen</source>
        <translation>sicarios del cártel</translation>
    </message>
    <message>
        <source>properties razed</source>
        <translation>propiedades arrasadas</translation>
    </message>
    <message>
        <source>length (hours)</source>
        <translation>duración (horas)</translation>
    </message>
    <message>
        <source>families affected by disappearances</source>
        <translation>familias afectadas por desapariciones</translation>
    </message>
    <message>
        <source>members one family lost</source>
        <translation>integrantes que perdió una sola familia</translation>
    </message>
    <message>
        <source>country of origin</source>
        <translation>país de origen</translation>
    </message>
    <message>
        <source>original language</source>
        <translation>idioma original</translation>
    </message>
    <message>
        <source>subtitle language</source>
        <translation>idioma de los subtítulos</translation>
    </message>
    <message>
        <source>non-professional actors (%)</source>
        <translation>actores no profesionales (%)</translation>
    </message>
    <message>
        <source>deaths it portrays</source>
        <translation>muertes que retrata</translation>
    </message>
    <message>
        <source>official count</source>
        <extracomment>Every qualifier of :data:`viewer.archive.topics.CLAIM_QUALIFIERS`: what a disagreement&apos;s side says its value is (context &quot;Claims&quot;).</extracomment>
        <translation>cifra oficial</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>%1 rows are selected; copying takes at most %2. Select fewer, or export them (Ctrl+E).</source>
        <translation>Hay %1 filas seleccionadas; se pueden copiar como máximo %2. Seleccione menos, o expórtelas (Control+E).</translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation>No hay nada seleccionado que copiar.</translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation>Se copió 1 fila como texto separado por tabulaciones.</translation>
    </message>
    <message>
        <source>Copied %1 rows as tab-separated text.</source>
        <translation>Se copiaron %1 filas como texto separado por tabulaciones.</translation>
    </message>
    <message>
        <source>Copied the citation of the highlighted passage.</source>
        <translation>Se copió la referencia del pasaje resaltado.</translation>
    </message>
    <message>
        <source>Copy Citation takes at most %1 records; select fewer, or export them as citations (Ctrl+E).</source>
        <translation>Copiar referencia admite como máximo %1 registros; seleccione menos, o expórtelos como referencias (Control+E).</translation>
    </message>
    <message>
        <source>Select records, or open one in the reader, to copy its citation.</source>
        <translation>Seleccione registros, o abra uno en el lector, para copiar su referencia.</translation>
    </message>
    <message>
        <source>Copied the citation of 1 record.</source>
        <translation>Se copió la referencia de 1 registro.</translation>
    </message>
    <message>
        <source>Copied the citation of %1 records.</source>
        <translation>Se copió la referencia de %1 registros.</translation>
    </message>
</context>
<context>
    <name>CreditsMatrix</name>
    <message>
        <source>Directed by</source>
        <extracomment>How a role&apos;s rows are headed, and the word in its cells, where the seeds&apos; word differs. (The roles themselves are the seeds&apos; words, shown as they are.)</extracomment>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <source>Teleplay by</source>
        <translation>Guion de</translation>
    </message>
    <message>
        <source>directed</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>teleplay</source>
        <translation>guion</translation>
    </message>
    <message>
        <source>Credits matrix: episodes and their crew</source>
        <translation>Matriz de créditos: los episodios y su equipo técnico</translation>
    </message>
    <message>
        <source>%1 episode credits of 1 person</source>
        <translation>%1 créditos por episodio de 1 persona</translation>
    </message>
    <message>
        <source>%1 episode credits of %2 people</source>
        <translation>%1 créditos por episodio de %2 personas</translation>
    </message>
    <message>
        <source>across the first %1 episodes</source>
        <translation>en los primeros %1 episodios</translation>
    </message>
    <message>
        <source>across 1 episode</source>
        <translation>en 1 episodio</translation>
    </message>
    <message>
        <source>across %1 episodes</source>
        <translation>en %1 episodios</translation>
    </message>
    <message>
        <source>No crew credit in this archive names an episode.</source>
        <translation>Ningún crédito del equipo técnico de este acervo menciona un episodio.</translation>
    </message>
    <message>
        <source>%1 of %2 episodes</source>
        <translation>%1 de %2 episodios</translation>
    </message>
    <message>
        <source>Click to show the person.</source>
        <translation>Haga clic para mostrar a la persona.</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episodio %1</translation>
    </message>
    <message>
        <source>Directed by %1</source>
        <translation>Dirigido por %1</translation>
    </message>
    <message>
        <source>Teleplay by %1</source>
        <translation>Guion de %1</translation>
    </message>
    <message>
        <source>Click to show the episode.</source>
        <translation>Haga clic para mostrar el episodio.</translation>
    </message>
    <message>
        <source>%1: %2, episode %3</source>
        <translation>%1: %2, episodio %3</translation>
    </message>
    <message>
        <source>As stated: %1</source>
        <translation>Tal como se dice: %1</translation>
    </message>
    <message>
        <source>Stated by 1 source</source>
        <translation>Lo dice 1 fuente</translation>
    </message>
    <message>
        <source>Stated by %1 sources</source>
        <translation>Lo dicen %1 fuentes</translation>
    </message>
    <message>
        <source>Click to show the credit.</source>
        <translation>Haga clic para mostrar el crédito.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>MMMM</source>
        <translation>MMMM</translation>
    </message>
    <message>
        <source>late %1</source>
        <extracomment>The words the seeds put before a date to say which part of it, by the word.</extracomment>
        <translation>finales de %1</translation>
    </message>
    <message>
        <source>early %1</source>
        <translation>principios de %1</translation>
    </message>
    <message>
        <source>mid %1</source>
        <translation>mediados de %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>alrededor de %1</translation>
    </message>
    <message>
        <source>around %1</source>
        <translation>alrededor de %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Select a row or a search result to see all its fields, the records it links to, and the passages of the sources it was read from.</source>
        <translation>Seleccione una fila o un resultado de búsqueda para ver todos sus campos, los registros con los que se enlaza y los pasajes de las fuentes de donde se leyó.</translation>
    </message>
    <message>
        <source>This %1 (#%2) is not in the open archive.</source>
        <translation>Este registro (%1, #%2) no está en el acervo abierto.</translation>
    </message>
    <message>
        <source>stated by 1 source</source>
        <translation>lo dice 1 fuente</translation>
    </message>
    <message numerus="yes">
        <source>stated by %Ln sources</source>
        <translation>
            <numerusform>lo dice %Ln fuente</numerusform>
            <numerusform>lo dicen %Ln fuentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more characters, not shown here</source>
        <translation>%1 caracteres más, que no se muestran aquí</translation>
    </message>
    <message>
        <source>%1 (the reasons are under “Where the sources say it”)</source>
        <translation>%1 (las razones están en «Dónde lo dicen las fuentes»)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>%1Read the whole document%2 in the source reader.</source>
        <translation>%1Leer el documento completo%2 en el lector de fuentes.</translation>
    </message>
    <message>
        <source>Where the sources say it</source>
        <translation>Dónde lo dicen las fuentes</translation>
    </message>
    <message>
        <source>No source spans.</source>
        <translation>Sin tramos de las fuentes.</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>announcement</source>
        <extracomment>What an organisation, place, event, work or award is to the series or the text naming it (``relations``): the readings the extractors file (viewer/archive/extract/vocabulary.py and entities.py), a closed set (context &quot;Entities&quot;).</extracomment>
        <translation>anuncio</translation>
    </message>
    <message>
        <source>apology</source>
        <translation>disculpa</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>award</source>
        <translation>premio</translation>
    </message>
    <message>
        <source>birthplace</source>
        <translation>lugar de nacimiento</translation>
    </message>
    <message>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <source>cartel</source>
        <translation>cártel</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>depicted on screen</source>
        <translation>representado en pantalla</translation>
    </message>
    <message>
        <source>detention</source>
        <translation>detención</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>distribuidora</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empleador</translation>
    </message>
    <message>
        <source>film</source>
        <translation>película</translation>
    </message>
    <message>
        <source>film development company</source>
        <translation>empresa de desarrollo cinematográfico</translation>
    </message>
    <message>
        <source>filming location</source>
        <translation>locación de rodaje</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>institución</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>investigation</source>
        <translation>investigación</translation>
    </message>
    <message>
        <source>leak</source>
        <translation>filtración</translation>
    </message>
    <message>
        <source>lockdown</source>
        <translation>confinamiento</translation>
    </message>
    <message>
        <source>magazine</source>
        <translation>revista</translation>
    </message>
    <message>
        <source>march</source>
        <translation>marcha</translation>
    </message>
    <message>
        <source>massacre</source>
        <translation>masacre</translation>
    </message>
    <message>
        <source>museum</source>
        <translation>museo</translation>
    </message>
    <message>
        <source>nearby place</source>
        <translation>lugar cercano</translation>
    </message>
    <message>
        <source>network</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>newspaper</source>
        <translation>periódico</translation>
    </message>
    <message>
        <source>nomination</source>
        <translation>nominación</translation>
    </message>
    <message>
        <source>novel</source>
        <translation>novela</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>premiere</source>
        <translation>estreno</translation>
    </message>
    <message>
        <source>produced in association with</source>
        <translation>producida en asociación con</translation>
    </message>
    <message>
        <source>production company</source>
        <translation>productora</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>editorial</translation>
    </message>
    <message>
        <source>real-life setting</source>
        <translation>escenario real</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>resumption</source>
        <translation>reanudación</translation>
    </message>
    <message>
        <source>review score</source>
        <translation>calificación de la crítica</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>sentencia</translation>
    </message>
    <message>
        <source>series</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>set visit</source>
        <translation>visita al set</translation>
    </message>
    <message>
        <source>short film</source>
        <translation>cortometraje</translation>
    </message>
    <message>
        <source>source of the series</source>
        <translation>fuente de la serie</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>strike</source>
        <translation>huelga</translation>
    </message>
    <message>
        <source>studio</source>
        <translation>estudio</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>suspensión</translation>
    </message>
    <message>
        <source>university</source>
        <translation>universidad</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Somos Archive ran into a bug and could not finish what you asked.</source>
        <translation>Somos Archive encontró un error de programación y no pudo terminar lo que pidió.</translation>
    </message>
    <message>
        <source>Your archive is unchanged: the viewer only reads it. You can keep working; if it happens again, please report it with the details below.</source>
        <translation>Su acervo no cambió: el visor solo lo lee. Puede seguir trabajando; si vuelve a ocurrir, repórtelo, por favor, con los detalles de abajo.</translation>
    </message>
</context>
<context>
    <name>ExportCounts</name>
    <message>
        <source>the 1 selected %1</source>
        <translation>la selección: 1 %1</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected %1</source>
        <translation>
            <numerusform>la selección: %Ln %1</numerusform>
            <numerusform>la selección: %Ln %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %Ln selected results, from %1 tables</source>
        <translation>
            <numerusform>el %Ln resultado seleccionado, de %1 tablas</numerusform>
            <numerusform>los %Ln resultados seleccionados, de %1 tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>the 1 %1 matching “%2”</source>
        <translation>el único registro (%1) que coincide con «%2»</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln %1 matching “%2”</source>
        <translation>
            <numerusform>el %Ln registro (%1) que coincide con «%2»</numerusform>
            <numerusform>todos los %Ln registros (%1) que coinciden con «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>the 1 %1</source>
        <translation>el único registro (%1)</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln %1</source>
        <translation>
            <numerusform>el %Ln registro (%1)</numerusform>
            <numerusform>todos los %Ln registros (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>every record matching “%1” (none do)</source>
        <translation>todos los registros que coinciden con «%1» (no hay ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>all %Ln records matching “%1”, from %2 tables</source>
        <translation>
            <numerusform>el %Ln registro que coincide con «%1», de %2 tablas</numerusform>
            <numerusform>todos los %Ln registros que coinciden con «%1», de %2 tablas</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported 1 %1 record to %2</source>
        <translation>Se exportó 1 registro de %1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln %1 records to %2</source>
        <translation>
            <numerusform>Se exportó %Ln registro de %1 a %2</numerusform>
            <numerusform>Se exportaron %Ln registros de %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln records from %1 tables to %2: %3</source>
        <translation>
            <numerusform>Se exportó %Ln registro de %1 tablas a %2: %3</numerusform>
            <numerusform>Se exportaron %Ln registros de %1 tablas a %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for spreadsheets</source>
        <translation>CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation>Tabla Markdown</translation>
    </message>
    <message>
        <source>Citations (plain text)</source>
        <translation>Referencias (texto simple)</translation>
    </message>
    <message>
        <source>Citations (HTML)</source>
        <translation>Referencias (HTML)</translation>
    </message>
    <message>
        <source>every record matching “%1”, in every table</source>
        <translation>todos los registros que coinciden con «%1», en todas las tablas</translation>
    </message>
    <message>
        <source>every record, in every table</source>
        <translation>todos los registros, en todas las tablas</translation>
    </message>
    <message>
        <source>all %1 matching “%2”</source>
        <translation>todo en %1 que coincide con «%2»</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>todo en %1</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <source>Export the selected rows</source>
        <translation>Exportar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Export every matching row</source>
        <translation>Exportar todas las filas que coinciden</translation>
    </message>
    <message>
        <source>Selected rows (none are selected)</source>
        <translation>Filas seleccionadas (no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Every matching record (the search has no words)</source>
        <translation>Todos los registros que coinciden (la búsqueda no tiene palabras)</translation>
    </message>
    <message>
        <source>Why the matching records were not counted</source>
        <translation>Por qué no se contaron los registros que coinciden</translation>
    </message>
    <message>
        <source>The file keeps the archive&apos;s own words, in English, so that it reads the same on any computer.</source>
        <translation>El archivo conserva las palabras propias del acervo, en inglés, para que se lea igual en cualquier computadora.</translation>
    </message>
    <message>
        <source>The language of the exported file</source>
        <translation>El idioma del archivo exportado</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>Include provenance: the source file and character span of every record</source>
        <translation>Incluir la procedencia: el archivo fuente y el tramo de caracteres de cada registro</translation>
    </message>
    <message>
        <source>Include provenance</source>
        <translation>Incluir la procedencia</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <source>Why this file cannot be written</source>
        <translation>Por qué no se puede escribir este archivo</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Lo que se escribirá</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>The matching records could not be counted: %1</source>
        <translation>No se pudieron contar los registros que coinciden: %1</translation>
    </message>
    <message>
        <source>Citations always quote their sources.</source>
        <translation>Las referencias siempre citan sus fuentes.</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo que escribir.</translation>
    </message>
    <message>
        <source>Search results span several tables, so each table with matches gets its own file: %1</source>
        <translation>Los resultados de la búsqueda abarcan varias tablas, así que cada tabla con coincidencias tendrá su propio archivo: %1</translation>
    </message>
    <message>
        <source>Search results span several tables, so each table in the selection gets its own file: %1</source>
        <translation>Los resultados de la búsqueda abarcan varias tablas, así que cada tabla de la selección tendrá su propio archivo: %1</translation>
    </message>
    <message>
        <source>Written to %1 as %2; an existing file of that name is replaced only once the export is complete.</source>
        <translation>Se escribirá en %1 como %2; un archivo existente con ese nombre se reemplaza solo cuando la exportación termina.</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“%1” names no user&apos;s home folder.</source>
        <translation>«%1» no nombra la carpeta personal de ningún usuario.</translation>
    </message>
    <message>
        <source>This names a folder: add a file name.</source>
        <translation>Esto nombra una carpeta: agregue un nombre de archivo.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation>Exportando %1 a %2…</translation>
    </message>
    <message>
        <source>Exporting %1 to several files…</source>
        <translation>Exportando %1 a varios archivos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was exported: no records match “%1”.</source>
        <translation>No se exportó nada: ningún registro coincide con «%1».</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>No se exportó nada.</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export Selection</source>
        <translation>Exportar selección</translation>
    </message>
    <message>
        <source>There are no records here to export.</source>
        <translation>Aquí no hay registros que exportar.</translation>
    </message>
    <message>
        <source>Open an archive, then select rows in a table&apos;s tab or in the search results.</source>
        <translation>Abra un acervo y luego seleccione filas en la pestaña de una tabla o en los resultados de la búsqueda.</translation>
    </message>
    <message>
        <source>Select rows in a table&apos;s tab or in the search results.</source>
        <translation>Seleccione filas en la pestaña de una tabla o en los resultados de la búsqueda.</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>%1 rows are selected: too many to export as a selection (at most %2).</source>
        <translation>Hay %1 filas seleccionadas: demasiadas para exportarlas como selección (como máximo %2).</translation>
    </message>
    <message>
        <source>Select fewer rows, or select them all (Ctrl+A) or none to export every row that matches the tab&apos;s filter.</source>
        <translation>Seleccione menos filas, o selecciónelas todas (Control+A) o ninguna para exportar todas las filas que coinciden con el filtro de la pestaña.</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <source>Premiere date</source>
        <extracomment>Every fact label of :data:`viewer.archive.topics.FACT_TOPICS` (context &quot;Facts&quot;).</extracomment>
        <translation>Fecha de estreno</translation>
    </message>
    <message>
        <source>Announcement date</source>
        <translation>Fecha del anuncio</translation>
    </message>
    <message>
        <source>Countries at premiere</source>
        <translation>Países en el estreno</translation>
    </message>
    <message>
        <source>Number of episodes</source>
        <translation>Número de episodios</translation>
    </message>
    <message>
        <source>Number of seasons</source>
        <translation>Número de temporadas</translation>
    </message>
    <message>
        <source>Runtime, episodes 1–5 (minutes)</source>
        <translation>Duración, episodios 1–5 (minutos)</translation>
    </message>
    <message>
        <source>Runtime, episode 6 (minutes)</source>
        <translation>Duración, episodio 6 (minutos)</translation>
    </message>
    <message>
        <source>Filming began</source>
        <translation>Inicio del rodaje</translation>
    </message>
    <message>
        <source>Filming suspended</source>
        <translation>Rodaje suspendido</translation>
    </message>
    <message>
        <source>Filming resumed</source>
        <translation>Rodaje reanudado</translation>
    </message>
    <message>
        <source>Rights to the article acquired</source>
        <translation>Derechos del artículo adquiridos</translation>
    </message>
    <message>
        <source>Source article published</source>
        <translation>Publicación del artículo original</translation>
    </message>
    <message>
        <source>Massacre began</source>
        <translation>Inicio de la masacre</translation>
    </message>
    <message>
        <source>Death toll estimate</source>
        <translation>Estimación de muertos</translation>
    </message>
    <message>
        <source>Disappearances estimate</source>
        <translation>Estimación de desaparecidos</translation>
    </message>
    <message>
        <source>Dead or missing, counted together</source>
        <translation>Muertos o desaparecidos, en una sola cifra</translation>
    </message>
    <message>
        <source>Official death toll</source>
        <translation>Cifra oficial de muertos</translation>
    </message>
    <message>
        <source>Deaths the series portrays</source>
        <translation>Muertes que retrata la serie</translation>
    </message>
    <message>
        <source>Emergency calls during the massacre</source>
        <translation>Llamadas de emergencia durante la masacre</translation>
    </message>
    <message>
        <source>Emergency calls in a single day</source>
        <translation>Llamadas de emergencia en un solo día</translation>
    </message>
    <message>
        <source>People interviewed in casting</source>
        <translation>Personas entrevistadas en el casting</translation>
    </message>
    <message>
        <source>Crew members</source>
        <translation>Integrantes del equipo técnico</translation>
    </message>
    <message>
        <source>Writing and development (years)</source>
        <translation>Escritura y desarrollo (años)</translation>
    </message>
    <message>
        <source>Approval rating of reviews (%)</source>
        <translation>Índice de aprobación de las reseñas (%)</translation>
    </message>
    <message>
        <source>Reviews behind the approval rating</source>
        <translation>Reseñas en que se basa el índice de aprobación</translation>
    </message>
    <message>
        <source>Score out of 100 from reviews</source>
        <translation>Puntuación de las reseñas (de 100)</translation>
    </message>
    <message>
        <source>Reviews behind the score out of 100</source>
        <translation>Reseñas en que se basa la puntuación de 100</translation>
    </message>
    <message>
        <source>User rating (of 10)</source>
        <translation>Calificación de los usuarios (de 10)</translation>
    </message>
    <message>
        <source>User reviews behind the rating</source>
        <translation>Reseñas de usuarios en que se basa la calificación</translation>
    </message>
    <message>
        <source>Allende population</source>
        <translation>Población de Allende</translation>
    </message>
    <message>
        <source>Cartel gunmen in the attack</source>
        <translation>Sicarios del cártel en el ataque</translation>
    </message>
    <message>
        <source>Properties razed</source>
        <translation>Propiedades arrasadas</translation>
    </message>
    <message>
        <source>Length of the rampage (hours)</source>
        <translation>Duración de la matanza (horas)</translation>
    </message>
    <message>
        <source>Families affected by disappearances</source>
        <translation>Familias afectadas por desapariciones</translation>
    </message>
    <message>
        <source>Members one family lost</source>
        <translation>Integrantes que perdió una sola familia</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>País de origen</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Idioma original</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Idioma de los subtítulos</translation>
    </message>
    <message>
        <source>Non-professional actors in the cast (%)</source>
        <translation>Actores no profesionales en el elenco (%)</translation>
    </message>
    <message>
        <source>Other stated figure (%1)</source>
        <extracomment>A fact whose topic no list knows: :data:`viewer.archive.topics.GENERIC_FACT_LABEL` and the words of its key.</extracomment>
        <translation>Otra cifra mencionada (%1)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Actor</source>
        <extracomment>Record fields that are not a column of a tab, as the detail pane names them (``name_id`` → &quot;Name id&quot;); listed for ``pyside6-lupdate``.</extracomment>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Char count</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Character id</source>
        <translation>Id. del personaje</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Citation type</source>
        <translation>Tipo de referencia</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Afirmado</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Curado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation>Descripciones</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Directores</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Disagreement id</source>
        <translation>Id. de la discrepancia</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Inferido</translation>
    </message>
    <message>
        <source>Inferred roles</source>
        <translation>Cargos inferidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Id. de la persona</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Id. del registro</translation>
    </message>
    <message>
        <source>Record table</source>
        <translation>Tabla del registro</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Fecha de estreno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role as stated</source>
        <translation>Cargo tal como se dice</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Runtime minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo fuente</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Id. de la fuente</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Spelling note</source>
        <translation>Nota sobre la grafía</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Dicho</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Writers</source>
        <translation>Guionistas</translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>How a span&apos;s value was found when the text does not state it in so many words.</extracomment>
        <translation>inferido</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>curado</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message>
        <source>Find in this document…  (F3 next, Shift+F3 previous, Esc closes)</source>
        <translation>Buscar en este documento…  (F3 siguiente, Mayúsculas+F3 anterior, Esc cierra)</translation>
    </message>
    <message>
        <source>Matches in this document</source>
        <translation>Coincidencias en este documento</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Where every record comes from</source>
        <translation>De dónde viene cada registro</translation>
    </message>
    <message>
        <source>Every row in the tables was read from one or more of the source documents. Select a row and the detail pane lists, under &lt;b&gt;Where the sources say it&lt;/b&gt;, each passage it was read from, with the words highlighted; the source reader below opens the document at the first of them. Click another passage to open it.</source>
        <translation>Cada fila de las tablas se leyó de uno o más de los documentos fuente. Seleccione una fila y el panel de detalles enumera, bajo &lt;b&gt;Dónde lo dicen las fuentes&lt;/b&gt;, cada pasaje de donde se leyó, con las palabras resaltadas; el lector de fuentes de abajo abre el documento en el primero de ellos. Haga clic en otro pasaje para abrirlo.</translation>
    </message>
    <message>
        <source>The reader shows each document cleaned of page furniture (site menus, page numbers). When a passage lies in what the cleaning left out, the reader switches to the &lt;b&gt;Original text&lt;/b&gt;, where every highlight is exact to the character; the switch is also yours to use.</source>
        <translation>El lector muestra cada documento sin los elementos de página (menús del sitio, números de página). Cuando un pasaje está en lo que esa limpieza deja fuera, el lector cambia al &lt;b&gt;Texto original&lt;/b&gt;, donde cada resaltado es exacto al carácter; usted también puede usar ese cambio.</translation>
    </message>
    <message>
        <source>“Stated by 2 sources” under a record&apos;s title says how many documents state it. A value no source states is not filled in: it is left empty, or marked as inferred with the reason. Spelling variants of one person (from &lt;code&gt;seeds/corrections.toml&lt;/code&gt;) are kept and listed.</source>
        <translation>«Lo dicen 2 fuentes», bajo el título de un registro, indica cuántos documentos lo dicen. Un valor que ninguna fuente dice no se rellena: se deja vacío, o se marca como inferido con el motivo. Las variantes en la grafía del nombre de una persona (de &lt;code&gt;seeds/corrections.toml&lt;/code&gt;) se conservan y se enumeran.</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Dónde discrepan las fuentes</translation>
    </message>
    <message>
        <source>The sources do not always agree: dates, runtimes and death-toll estimates differ between them. The archive keeps &lt;b&gt;one fact per source&lt;/b&gt; rather than choosing: the Facts tab lists each with its source, and a fact&apos;s detail pane links to &lt;b&gt;Same fact elsewhere&lt;/b&gt;, the same topic as the other sources state it.</source>
        <translation>Las fuentes no siempre coinciden: las fechas, las duraciones y las estimaciones del número de muertos difieren entre ellas. El acervo guarda &lt;b&gt;un hecho por fuente&lt;/b&gt; en lugar de elegir: la pestaña Hechos enumera cada uno con su fuente, y el panel de detalles de un hecho enlaza con &lt;b&gt;El mismo hecho en otra fuente&lt;/b&gt;, el mismo tema tal como lo dicen las demás fuentes.</translation>
    </message>
    <message>
        <source>In &lt;b&gt;Views › Timeline&lt;/b&gt; every dated statement is a mark, one row per source, so statements of the same event from different documents sit one above the other: a gap between them is a disagreement. Every mark opens its record and its passage.</source>
        <translation>En &lt;b&gt;Vistas › Cronología&lt;/b&gt; cada enunciado fechado es una marca, una fila por fuente, así que los enunciados del mismo acontecimiento en documentos distintos quedan uno encima del otro: una separación entre ellos es una discrepancia. Cada marca abre su registro y su pasaje.</translation>
    </message>
    <message>
        <source>Exports carry provenance too (unless you switch it off): the source file and the character span of every record, so a citation can be checked against the document. What no words state is marked in every export, provenance or not: the &lt;code&gt;not_stated&lt;/code&gt; column of CSV, JSON and Markdown, and a citation&apos;s note, say what is inferred and why.</source>
        <translation>Las exportaciones también llevan la procedencia (a menos que la desactive): el archivo fuente y el tramo de caracteres de cada registro, para que una referencia se pueda cotejar con el documento. Lo que ninguna palabra dice se marca en toda exportación, con procedencia o sin ella: la columna &lt;code&gt;not_stated&lt;/code&gt; de CSV, JSON y Markdown, y la nota de cada referencia, dicen qué se infiere y por qué.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Provenance and Disagreements</source>
        <translation>Procedencia y discrepancias</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Esc returns from the search results to the tables; Ctrl+PgDown and Ctrl+PgUp then move between them.</source>
        <translation>Esc regresa de los resultados de la búsqueda a las tablas; luego Control+Av Pág y Control+Re Pág se mueven entre ellas.</translation>
    </message>
    <message>
        <source>Type what to find in the search box; F3 then steps through the results.</source>
        <translation>Escriba lo que busca en el cuadro de búsqueda; luego F3 recorre los resultados.</translation>
    </message>
    <message>
        <source>There are no results to step through.</source>
        <translation>No hay resultados que recorrer.</translation>
    </message>
    <message>
        <source>That was the first result.</source>
        <translation>Ese era el primer resultado.</translation>
    </message>
    <message>
        <source>That was the last result. “Load more results” lists the next ones.</source>
        <translation>Ese era el último resultado. «Cargar más resultados» muestra los siguientes.</translation>
    </message>
    <message>
        <source>That was the last result.</source>
        <translation>Ese era el último resultado.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>news item</source>
        <extracomment>The kinds the builder and the manifest give things — a source&apos;s kind, an excerpt&apos;s, what a disagreement compares — shown in cells as labels of ours, so translated like them. A kind not listed (a manifest&apos;s own) is shown as it is. The search sees the archive&apos;s words; a tab&apos;s filter and sort see the words shown too (viewer.gui.archive_words.shown_words).</extracomment>
        <translation>nota informativa</translation>
    </message>
    <message>
        <source>explainer article</source>
        <translation>artículo explicativo</translation>
    </message>
    <message>
        <source>encyclopedia page</source>
        <translation>página de enciclopedia</translation>
    </message>
    <message>
        <source>production notes</source>
        <translation>notas de producción</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>párrafo</translation>
    </message>
    <message>
        <source>list_item</source>
        <translation>elemento de lista</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>table_row</source>
        <translation>fila de tabla</translation>
    </message>
    <message>
        <source>infobox</source>
        <translation>ficha</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>encabezado</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>episode</source>
        <extracomment>What one row of each table is called, singular and plural, for status lines and headings (English here; :func:`noun` gives them in the window&apos;s language, context ``Nouns``). The sentences they go into are written so that the noun stands alone in them (Spanish nouns have genders an article or adjective would have to agree with).</extracomment>
        <translation>episodio</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>episodios</translation>
    </message>
    <message>
        <source>cast credit</source>
        <translation>crédito del reparto</translation>
    </message>
    <message>
        <source>cast credits</source>
        <translation>créditos del reparto</translation>
    </message>
    <message>
        <source>crew credit</source>
        <translation>crédito del equipo técnico</translation>
    </message>
    <message>
        <source>crew credits</source>
        <translation>créditos del equipo técnico</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>character</source>
        <translation>personaje</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>personajes</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>trama</translation>
    </message>
    <message>
        <source>storylines</source>
        <translation>tramas</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>facts</source>
        <translation>hechos</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>afirmación</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>afirmaciones</translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation>discrepancia</translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation>discrepancias</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizaciones</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>places</source>
        <translation>lugares</translation>
    </message>
    <message>
        <source>event</source>
        <translation>acontecimiento</translation>
    </message>
    <message>
        <source>events</source>
        <translation>acontecimientos</translation>
    </message>
    <message>
        <source>work</source>
        <translation>obra</translation>
    </message>
    <message>
        <source>works</source>
        <translation>obras</translation>
    </message>
    <message>
        <source>award</source>
        <translation>premio</translation>
    </message>
    <message>
        <source>awards</source>
        <translation>premios</translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation>fragmento</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>fragmentos</translation>
    </message>
    <message>
        <source>source document</source>
        <translation>documento fuente</translation>
    </message>
    <message>
        <source>source documents</source>
        <translation>documentos fuente</translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>Abriendo el acervo</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Abrir acervo</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt&apos;s own file dialog that its Spanish catalogue leaves in English (or says the Spanish of Spain, &quot;fichero&quot;, where Mexico says &quot;archivo&quot;): ours, installed after Qt&apos;s, is asked first. The labels could be set with ``setLabelText`` too, but the dialog&apos;s own messages (a file that exists, one not found) and its file model&apos;s cannot, so all of them are overridden here, for every file dialog at once.</extracomment>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre de archivo:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Archivos de tipo:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>El archivo %1 ya existe.
¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
No se encontró el archivo.
Verifique que el nombre del archivo sea correcto.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Nombre de archivo no válido</translation>
    </message>
</context>
<context>
    <name>RebuildRun</name>
    <message>
        <source>There are no seed documents in %1. Rebuilding needs the seeds folder of the distribution; reinstall it, or open an existing archive.</source>
        <translation>No hay documentos semilla en %1. Para reconstruir hace falta la carpeta de semillas de la distribución; vuelva a instalarla, o abra un acervo existente.</translation>
    </message>
    <message>
        <source>Rebuilding the archive from the seeds…</source>
        <translation>Reconstruyendo el acervo a partir de las semillas…</translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation>Progreso de la reconstrucción</translation>
    </message>
    <message>
        <source>Rebuild from Seeds</source>
        <translation>Reconstruir desde las semillas</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>%1 selected</source>
        <translation>selección: %1</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrar %1</translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation>Filtrar %1…</translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation>Tabla de %1</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>Sin %1</translation>
    </message>
    <message>
        <source>The %1 could not be read.</source>
        <translation>No se pudo leer la tabla de %1.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Nada en %1 coincide con «%2».</translation>
    </message>
    <message>
        <source>Clear the filter (Esc) to see them all, or try another word.</source>
        <translation>Borre el filtro (Esc) para ver todo, o pruebe otra palabra.</translation>
    </message>
    <message>
        <source>This archive has no %1.</source>
        <translation>Este acervo no tiene %1.</translation>
    </message>
    <message>
        <source>Rebuild it from the seeds (File › Rebuild from Seeds…) or open another archive.</source>
        <translation>Reconstrúyalo a partir de las semillas (Archivo › Reconstruir desde las semillas…) o abra otro acervo.</translation>
    </message>
    <message>
        <source>%1 %2 (could not count them)</source>
        <translation>%1 %2 (no se pudieron contar)</translation>
    </message>
    <message>
        <source>%1 %2 (counting…)</source>
        <translation>%1 %2 (contando…)</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <source>reading rows from %1…</source>
        <translation>leyendo filas a partir de la %1…</translation>
    </message>
    <message>
        <source>Sorting %1 by %2, descending…</source>
        <translation>Ordenando %1 por %2, de forma descendente…</translation>
    </message>
    <message>
        <source>Sorting %1 by %2…</source>
        <translation>Ordenando %1 por %2…</translation>
    </message>
    <message>
        <source>Filtering %1…</source>
        <translation>Filtrando %1…</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Reading…</source>
        <extracomment>What the first cell of a row shows while its page is being read (translated when shown).</extracomment>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Inferred, not stated: %1. The credits say why.</source>
        <translation>Inferido, no dicho: %1. Los créditos dicen por qué.</translation>
    </message>
    <message>
        <source>Inferred: %1</source>
        <translation>Inferido: %1</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Person</source>
        <extracomment>Headings of the detail pane&apos;s related records, by relation word (viewer.archive.links): over one link and over several.</extracomment>
        <translation>Persona</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Menciones</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Cast credit</source>
        <translation>Crédito del reparto</translation>
    </message>
    <message>
        <source>Cast credits</source>
        <translation>Créditos del reparto</translation>
    </message>
    <message>
        <source>Crew credit</source>
        <translation>Crédito del equipo técnico</translation>
    </message>
    <message>
        <source>Crew credits</source>
        <translation>Créditos del equipo técnico</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Other credit</source>
        <translation>Otro crédito</translation>
    </message>
    <message>
        <source>Other credits</source>
        <translation>Otros créditos</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Interpretado por</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Same fact elsewhere</source>
        <translation>El mismo hecho en otra fuente</translation>
    </message>
    <message>
        <source>Same words quoted again</source>
        <translation>Las mismas palabras citadas de nuevo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Author of</source>
        <translation>Autor de</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Las fuentes discrepan</translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation>Dicho en</translation>
    </message>
    <message>
        <source>Other claims</source>
        <translation>Otras afirmaciones</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acontecimiento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Obra</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Obras</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipo técnico</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Actor</source>
        <extracomment>Every canonical role the builder files a credit under (context &quot;Roles&quot;): the values of :data:`viewer.archive.roles.CREW_ROLES` (which hold :data:`~viewer.archive.roles.ROLE_WORDS`), :data:`~viewer.archive.roles.SOURCE_AUTHOR`, and &quot;Actor&quot;, a cast credit&apos;s role. A role filed in the source&apos;s own words (a phrase no table knows) is the source&apos;s, and stays as it is.</extracomment>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Casting Director</source>
        <translation>Director de casting</translation>
    </message>
    <message>
        <source>Cinematographer</source>
        <translation>Director de fotografía</translation>
    </message>
    <message>
        <source>Co-Executive Producer</source>
        <translation>Coproductor ejecutivo</translation>
    </message>
    <message>
        <source>Colorist</source>
        <translation>Colorista</translation>
    </message>
    <message>
        <source>Composer</source>
        <translation>Compositor</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Costume Designer</source>
        <translation>Diseñador de vestuario</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Director</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Executive Producer</source>
        <translation>Productor ejecutivo</translation>
    </message>
    <message>
        <source>Line Producer</source>
        <translation>Productor de línea</translation>
    </message>
    <message>
        <source>Location Manager</source>
        <translation>Gerente de locaciones</translation>
    </message>
    <message>
        <source>Makeup Artist</source>
        <translation>Maquillista</translation>
    </message>
    <message>
        <source>Music Supervisor</source>
        <translation>Supervisor musical</translation>
    </message>
    <message>
        <source>Post-production</source>
        <translation>Posproducción</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Productor</translation>
    </message>
    <message>
        <source>Production Designer</source>
        <translation>Diseñador de producción</translation>
    </message>
    <message>
        <source>%1 (inferred)</source>
        <extracomment>A role (or a credit&apos;s person) no words state, only the archive&apos;s reading of them: marked wherever it is shown, the reason in the detail pane and the tooltip (context &quot;Roles&quot;).</extracomment>
        <translation>%1 (inferido)</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Investigador</translation>
    </message>
    <message>
        <source>Screenplay and Research Assistant</source>
        <translation>Asistente de guion e investigación</translation>
    </message>
    <message>
        <source>Sound Designer</source>
        <translation>Diseñador de sonido</translation>
    </message>
    <message>
        <source>Source article author</source>
        <translation>Autor del artículo fuente</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Guionista</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Search everything — names, episodes, quotes…  (Ctrl+K)</source>
        <translation>Buscar en todo: nombres, episodios, citas…  (Control+K)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Close search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Back to tables (Esc)</source>
        <translation>Volver a las tablas (Esc)</translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation>Aviso de la búsqueda</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>¿Quiso decir?</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Load more results</source>
        <translation>Cargar más resultados</translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln more results</source>
        <translation>
            <numerusform>Cargar %Ln resultado más</numerusform>
            <numerusform>Cargar %Ln resultados más</numerusform>
        </translation>
    </message>
    <message>
        <source>Search results list</source>
        <translation>Lista de resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún acervo abierto.</translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>1 result for “%1”</source>
        <translation>1 resultado para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results for “%1”</source>
        <translation>
            <numerusform>%Ln resultado para «%1»</numerusform>
            <numerusform>%Ln resultados para «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no words to look for.</source>
        <translation>«%1» no tiene palabras que buscar.</translation>
    </message>
    <message>
        <source>%1; 1 of your annotations matches too</source>
        <translation>%1; también coincide 1 de sus anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1; %Ln of your annotations match too</source>
        <translation>
            <numerusform>%1; también coincide %Ln de sus anotaciones</numerusform>
            <numerusform>%1; también coinciden %Ln de sus anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation>Sin resultados para «%1»</translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation>Nada en el acervo coincide con «%1».</translation>
    </message>
    <message>
        <source>Try fewer words, a prefix such as &lt;code&gt;vet*&lt;/code&gt;, or a name&apos;s other spelling. Accents and capitals never matter.</source>
        <translation>Pruebe con menos palabras, un prefijo como &lt;code&gt;vet*&lt;/code&gt; u otra grafía del nombre. Los acentos y las mayúsculas nunca importan.</translation>
    </message>
    <message>
        <source>Ranking every match…</source>
        <translation>Ordenando todas las coincidencias…</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln results for “%1”; more match</source>
        <translation>
            <numerusform>El mejor resultado para «%1»; hay más</numerusform>
            <numerusform>Los %Ln mejores resultados para «%1»; hay más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The best %2 of %Ln results for “%1”</source>
        <translation>
            <numerusform>Los %2 mejores de %Ln resultado para «%1»</numerusform>
            <numerusform>Los %2 mejores de %Ln resultados para «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match “%1”; 1 of your annotations does</source>
        <translation>Ningún registro coincide con «%1»; 1 de sus anotaciones sí</translation>
    </message>
    <message numerus="yes">
        <source>No records match “%1”; %Ln of your annotations do</source>
        <translation>
            <numerusform>Ningún registro coincide con «%1»; %Ln de sus anotaciones sí</numerusform>
            <numerusform>Ningún registro coincide con «%1»; %Ln de sus anotaciones sí</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match “%1”.</source>
        <translation>Ningún registro coincide con «%1».</translation>
    </message>
    <message>
        <source>1 of your annotations does: it is listed below.</source>
        <translation>1 de sus anotaciones sí coincide: aparece abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your annotations do: they are listed below.</source>
        <translation>
            <numerusform>%Ln de sus anotaciones sí coincide: aparece abajo.</numerusform>
            <numerusform>%Ln de sus anotaciones sí coinciden: aparecen abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search could not be run</source>
        <translation>No se pudo hacer la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language is used the next time the viewer starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie el visor.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>… %1 earlier passages are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <extracomment>The notes standing for the part of a long document the reader does not lay out, by what is left out (the Python names are the English words).</extracomment>
        <translation>… %1 pasajes anteriores no se muestran aquí, para que el lector siga siendo rápido; abra uno de sus registros para leerlos.</translation>
    </message>
    <message>
        <source>… %1 later passages are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation>… %1 pasajes posteriores no se muestran aquí, para que el lector siga siendo rápido; abra uno de sus registros para leerlos.</translation>
    </message>
    <message>
        <source>… %1 earlier characters are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation>… %1 caracteres anteriores no se muestran aquí, para que el lector siga siendo rápido; abra un registro de esa parte para leerla.</translation>
    </message>
    <message>
        <source>… %1 later characters are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation>… %1 caracteres posteriores no se muestran aquí, para que el lector siga siendo rápido; abra un registro de esa parte para leerla.</translation>
    </message>
    <message>
        <source>… %1 more characters of this passage are left out here.</source>
        <translation>… aquí se omiten %1 caracteres más de este pasaje.</translation>
    </message>
    <message>
        <source>Source reader</source>
        <translation>Lector de fuentes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Original text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <source>Show the original text with page furniture</source>
        <translation>Mostrar el texto original con los elementos de página</translation>
    </message>
    <message>
        <source>Show the document as stored, page furniture and all</source>
        <translation>Mostrar el documento tal como se guardó, con todos los elementos de página</translation>
    </message>
    <message>
        <source>Reader information</source>
        <translation>Información del lector</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún acervo abierto.</translation>
    </message>
    <message>
        <source>Choose a document, or select a record to open its source at the passage it was read from.</source>
        <translation>Elija un documento, o seleccione un registro para abrir su fuente en el pasaje de donde se leyó.</translation>
    </message>
    <message>
        <source>The passage lies in text the reading view leaves out (page furniture), so the original text is shown.</source>
        <translation>El pasaje está en texto que la vista de lectura omite (elementos de página), así que se muestra el texto original.</translation>
    </message>
    <message>
        <source>original text</source>
        <translation>texto original</translation>
    </message>
    <message>
        <source>reading view, page furniture removed</source>
        <translation>vista de lectura, sin elementos de página</translation>
    </message>
    <message>
        <source>%1Show the whole document%2 (may take a moment)</source>
        <translation>%1Mostrar el documento completo%2 (puede tardar un momento)</translation>
    </message>
    <message>
        <source>%1 matches for “%2” in this document (the first %3 marked)</source>
        <translation>%1 coincidencias de «%2» en este documento (se marcan las primeras %3)</translation>
    </message>
    <message>
        <source>1 match for “%2” in this document</source>
        <translation>1 coincidencia de «%2» en este documento</translation>
    </message>
    <message>
        <source>%1 matches for “%2” in this document</source>
        <translation>%1 coincidencias de «%2» en este documento</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot open archive</source>
        <translation>No se puede abrir el acervo</translation>
    </message>
    <message>
        <source>Use File › Open Archive… to choose another file, or File › Rebuild from Seeds… to build a new archive from the seed documents that come with Somos Archive: it is saved as %1 and opened.</source>
        <translation>Use Archivo › Abrir acervo… para elegir otro archivo, o Archivo › Reconstruir desde las semillas… para construir un acervo nuevo a partir de los documentos semilla que vienen con Somos Archive: se guarda como %1 y se abre.</translation>
    </message>
</context>
<context>
    <name>StorylineMap</name>
    <message>
        <source>Storyline map: storylines, characters, actors</source>
        <translation>Mapa de tramas: tramas, personajes, intérpretes</translation>
    </message>
    <message>
        <source>The first %1 storylines, %2 characters, %3 actors</source>
        <translation>Las primeras %1 tramas, %2 personajes, %3 intérpretes</translation>
    </message>
    <message>
        <source>%1 storylines, %2 characters, %3 actors</source>
        <translation>%1 tramas, %2 personajes, %3 intérpretes</translation>
    </message>
    <message>
        <source>This archive has no storylines.</source>
        <translation>Este acervo no tiene tramas.</translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Interpretado por</translation>
    </message>
    <message>
        <source>Click to show the storyline.</source>
        <translation>Haga clic para mostrar la trama.</translation>
    </message>
    <message>
        <source>no actor credited</source>
        <translation>ningún intérprete acreditado</translation>
    </message>
    <message>
        <source>Played by %1</source>
        <translation>Interpretado por %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <source>Click to show the character.</source>
        <translation>Haga clic para mostrar el personaje.</translation>
    </message>
    <message>
        <source>Plays %1</source>
        <translation>Interpreta a %1</translation>
    </message>
    <message>
        <source>Click to show the person.</source>
        <translation>Haga clic para mostrar a la persona.</translation>
    </message>
</context>
<context>
    <name>TabList</name>
    <message>
        <source>All tabs</source>
        <translation>Todas las pestañas</translation>
    </message>
    <message>
        <source>Go to any tab, including those the tab bar has no room to show</source>
        <translation>Ir a cualquier pestaña, incluidas las que no caben en la barra de pestañas</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>As stated</source>
        <translation>Tal como se dice</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Premios</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personaje</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Personajes</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Afirmaciones</translation>
    </message>
    <message>
        <source>Compared as</source>
        <translation>Comparado como</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Equipo técnico</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Directed by</source>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Discrepancias</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episodios</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acontecimiento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acontecimientos</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Núm.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Interpretado por</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Estreno</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Quien habla</translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation>Grafías</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Trama</translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Teleplay by</source>
        <translation>Guion de</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Values that do not agree</source>
        <translation>Valores que no coinciden</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Works</source>
        <translation>Obras</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Characters</source>
        <comment>a text&apos;s length</comment>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Sort by family name, then given names (a name whose family name the sources do not tell sorts by the whole name)</source>
        <extracomment>Header tooltips particular to a column (Column.tip); the others say how it sorts.</extracomment>
        <translation>Ordenar por apellido y luego por nombre de pila (un nombre cuyo apellido no dicen las fuentes se ordena por el nombre completo)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <source>%1 cannot be sorted</source>
        <translation>No se puede ordenar por %1</translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Tabs that show no table of the archive, and their labels (context ``Tables``).</extracomment>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Placed at %1 (day stated).</source>
        <extracomment>A placed mark&apos;s tooltip, by how precisely its source states the date.</extracomment>
        <translation>Ubicado en %1 (se dice el día).</translation>
    </message>
    <message>
        <source>Placed at %1 (month stated).</source>
        <translation>Ubicado en %1 (se dice el mes).</translation>
    </message>
    <message>
        <source>Placed at %1 (year stated).</source>
        <translation>Ubicado en %1 (se dice el año).</translation>
    </message>
    <message>
        <source>Timeline of dated events</source>
        <translation>Cronología de los acontecimientos fechados</translation>
    </message>
    <message>
        <source>The first %1 dated statements</source>
        <translation>Los primeros %1 enunciados fechados</translation>
    </message>
    <message>
        <source>1 dated statement</source>
        <translation>1 enunciado fechado</translation>
    </message>
    <message>
        <source>%1 dated statements</source>
        <translation>%1 enunciados fechados</translation>
    </message>
    <message>
        <source>of 1 event</source>
        <translation>de 1 acontecimiento</translation>
    </message>
    <message>
        <source>of %1 events</source>
        <translation>de %1 acontecimientos</translation>
    </message>
    <message>
        <source>No fact in this archive states a date.</source>
        <translation>Ningún hecho de este acervo dice una fecha.</translation>
    </message>
    <message>
        <source>Year not stated</source>
        <translation>Año no indicado</translation>
    </message>
    <message>
        <source>No dated event in %1: this year is folded.</source>
        <translation>Ningún acontecimiento fechado en %1: este año está plegado.</translation>
    </message>
    <message>
        <source>No dated event in %1 to %2: these years are folded.</source>
        <translation>Ningún acontecimiento fechado de %1 a %2: estos años están plegados.</translation>
    </message>
    <message>
        <source>%1 (year %2 inferred) · %3</source>
        <translation>%1 (año %2 inferido) · %3</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>a month or a year, as long as it</source>
        <translation>un mes o un año, tan largo como este</translation>
    </message>
    <message>
        <source>dashed: the source states no year; placed at the year another source gives</source>
        <translation>punteado: la fuente no dice el año; se ubica en el año que da otra fuente</translation>
    </message>
    <message>
        <source>No source gives the year, so it is not placed on the axis.</source>
        <translation>Ninguna fuente da el año, así que no se ubica en el eje.</translation>
    </message>
    <message>
        <source>The source states no year: placed at %1, the year %2 gives.</source>
        <translation>La fuente no dice el año: se ubica en %1, el año que da %2.</translation>
    </message>
    <message>
        <source>As stated: “%1” (read as %2)</source>
        <translation>Tal como se dice: «%1» (leído como %2)</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Fuente: %1 (%2)</translation>
    </message>
    <message>
        <source>Click to show the fact and the passage that states it.</source>
        <translation>Haga clic para mostrar el hecho y el pasaje que lo dice.</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>%1 as %2</source>
        <extracomment>The connecting words of the titles the window composes (context &quot;Titles&quot;).</extracomment>
        <translation>%1 como %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <extracomment>A claim&apos;s or a disagreement&apos;s title: subject, attribute, the value(s).</extracomment>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A fact&apos;s topic in the detail pane: what it is a claim about.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ViewsTab</name>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation>Guardar como %1…</translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation>Guardar la gráfica como %1</translation>
    </message>
    <message>
        <source>Save the whole chart in view as a %1 file</source>
        <translation>Guardar la gráfica visible completa como archivo %1</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>No hay ningún acervo abierto.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The chart “%1” could not be drawn.</source>
        <translation>No se pudo dibujar la gráfica «%1».</translation>
    </message>
    <message>
        <source>Reading the chart “%1”…</source>
        <translation>Leyendo la gráfica «%1»…</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Filas mostradas</translation>
    </message>
    <message>
        <source>No archive is open. Use File › Open Archive… to choose one, or File › Rebuild from Seeds… to build it.</source>
        <translation>No hay ningún acervo abierto. Use Archivo › Abrir acervo… para elegir uno, o Archivo › Reconstruir desde las semillas… para construirlo.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Nothing was written; any earlier file there is unchanged.</source>
        <translation>No se escribió nada; cualquier archivo anterior ahí sigue igual.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>%1 failed because of a bug in Somos Archive (%2: %3). Please report it with the details printed on the console.</source>
        <translation>%1: falló por un error de programación de Somos Archive (%2: %3). Repórtelo, por favor, con los detalles que aparecen en la consola.</translation>
    </message>
    <message>
        <source>Reading the table</source>
        <translation>La lectura de la tabla</translation>
    </message>
    <message>
        <source>Showing the record</source>
        <translation>La presentación del registro</translation>
    </message>
    <message>
        <source>The archive has no document %1, though a record cites it: the file is damaged. Rebuild it with File › Rebuild from Seeds….</source>
        <translation>El acervo no tiene el documento %1, aunque un registro lo cita: el archivo está dañado. Reconstrúyalo con Archivo › Reconstruir desde las semillas….</translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation>La apertura del documento</translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation>El conteo de filas</translation>
    </message>
    <message>
        <source>Counting the records that match</source>
        <translation>El conteo de los registros que coinciden</translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation>El dibujo de la gráfica</translation>
    </message>
    <message>
        <source>The search</source>
        <translation>La búsqueda</translation>
    </message>
    <message>
        <source>Ranking the search</source>
        <translation>El ordenamiento de la búsqueda</translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation>Abriendo el acervo</translation>
    </message>
    <message>
        <source>A seed document could not be read: %1. Restore the seeds folder (%2) from the distribution and try again.</source>
        <translation>No se pudo leer un documento semilla: %1. Restaure la carpeta de semillas (%2) desde la distribución y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The archive could not be written to %1: %2. Free some space or check the folder&apos;s permissions.</source>
        <translation>No se pudo escribir el acervo en %1: %2. Libere espacio o revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <source>Rebuilding the archive</source>
        <translation>La reconstrucción del acervo</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>Searching your annotations</source>
        <translation>La búsqueda en sus anotaciones</translation>
    </message>
    <message>
        <source>Listing your annotations</source>
        <translation>El listado de sus anotaciones</translation>
    </message>
</context>
</TS>
