<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Somos Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open Archive…</source>
        <extracomment>What the keys do, for Help › Keyboard Shortcuts and the README (the tip if empty).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open another archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild from Seeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the archive again from the seed documents, then reopen it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected records to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the selection (or everything matching), from any field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to your annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo the last change to your annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change to your annotations just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redo the change to your annotations just undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the selected rows as tab-separated text with a header row (also on the rows&apos; right-click menu, with Select All and Export Selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the citation of the selected records, or of the passage highlighted in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the citation of the selected records, or of the passage highlighted in the reader (also on the rows&apos; right-click menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every loaded row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select all rows (of a tab: every row its filter matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search every table (as you type; Enter opens the first result, ↓ moves into them, and ↑/↓ there show each in the detail pane); in the source reader: find in its document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next search result, from anywhere in the window (in the reader, with its find line open: the next match there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous search result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous search result (or match in the reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note and tags to the words selected in the source reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate the words selected in the reader (or the highlighted passage): a note and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note and tags to the record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag the record shown in the detail pane, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The viewer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: the viewer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back through the records you opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward through the records you opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next tab, from anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous tab, from anywhere in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the viewer answers to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provenance and Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read where a record comes from, and where sources differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short guide to provenance and disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Somos Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources, schema version and row counts of the open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the search box or a filter, back to the tables; close the reader&apos;s find line</source>
        <extracomment>Keys a widget answers to itself (not window commands), for the same list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go to the last / first row of the table, and select it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search box → tabs → filter → table → detail pane → reader, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in a chart: move between its marks, open the one in focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the reader&apos;s find line: the next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotateDialog</name>
    <message>
        <source>Annotate</source>
        <extracomment>Characters of the quoted words the dialog shows (a long selection is elided in the middle).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters here, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradiction, check later, chapter 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationBook</name>
    <message>
        <source>Tag Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete 1 Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %Ln Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationResults</name>
    <message>
        <source>Annotations that match</source>
        <extracomment>Annotations the search results list at most.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations: 1 match “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations: %1 match “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsTab</name>
    <message>
        <source>%1, chars %2–%3</source>
        <extracomment>Characters of a note or quote a cell shows (the tooltip has all of it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <extracomment>An annotation&apos;s status, as the list shows it (viewer.annotations.model&apos;s words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter notes, tags and quoted words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations whose words are no longer in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations yet. Select words in the source reader and choose Annotate (Ctrl+Shift+A, or right-click), or tag a record (Ctrl+Shift+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 orphaned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Annotator</name>
    <message>
        <source>Annotations re-attached to this archive: %1 moved with their words, %2 orphaned (their words are gone; listed in the Annotations tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations are off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive can still be read; annotating needs that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document in the source reader and select words to annotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select words in the source reader to annotate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, chars %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to tag it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation edit to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no annotation edit to redo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphaned: “%1” is no longer in the open archive&apos;s sources; the annotation is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no annotations to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote 1 annotation to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 annotations to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2, %3 already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Tag this record…%2 · select words in the source reader to annotate them (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveSwitch</name>
    <message>
        <source>Did not open %1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somos archives (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilt and reopened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive that was open stays open, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>the image could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 image could not be written to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by Somos Archive from the archive&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG image could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Click a mark, or move with the arrow keys and press Enter, to show its record. Right-click to save the chart as PNG or SVG.</source>
        <extracomment>What an arrow key or a test walks through: the kind of mark that is the chart&apos;s data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Chart</source>
        <extracomment>The GUI thread&apos;s time a chart&apos;s drawing may take in one turn of the event loop. A chart fitted to its view&apos;s width is drawn again this long after a resize has settled (dragging the splitter sends a resize per pixel), and only if its fit would change. Hues for series (sources, roles, …): told apart by hue, with the lightness chosen for the palette&apos;s background so that each reads on it. The file name a save dialog proposes, and the SVG&apos;s title (English, context ``Charts``: :meth:`shown_title` gives it in the window&apos;s language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>Runs of at least this many empty years are folded into a break in the axis.
----------
Sub-tab order and labels; keys are those of :data:`~viewer.gui.workers.CHART_DATA`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>%1 rows are selected; copying takes at most %2. Select fewer, or export them (Ctrl+E).</source>
        <extracomment>Records Copy Citation takes at once: each is read with its spans on the GUI thread.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied 1 row as tab-separated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the citation of the highlighted passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Citation takes at most %1 records; select fewer, or export them as citations (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select records, or open one in the reader, to copy its citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the citation of 1 record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditsMatrix</name>
    <message>
        <source>Directed by</source>
        <extracomment>How a role&apos;s rows are headed, and the word in its cells, where the seeds&apos; word differs. (The roles themselves are the seeds&apos; words, shown as they are.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleplay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teleplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits matrix: episodes and their crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episode credits of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 episode credits of %2 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across the first %1 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across 1 episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across %1 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crew credit in this archive names an episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleplay by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, episode %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by 1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by %Ln sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the credit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Record details</source>
        <extracomment>The most of one field&apos;s text the pane lays out: laying out a whole document-sized passage held the window (issue 30). The whole text stays in the source reader and in exports.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row or a search result to see all its fields, the records it links to, and the passages of the sources it was read from.</source>
        <extracomment>The HTML of the record&apos;s annotations (set by the window; see viewer.gui.annotating.annotator).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 (#%2) is not in the open archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by 1 source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>stated by %Ln sources</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more characters, not shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Read the whole document%2 in the source reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sources say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source spans.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somos Archive ran into a bug and could not finish what you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your archive is unchanged: the viewer only reads it. You can keep working; if it happens again, please report it with the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>CSV for spreadsheets</source>
        <extracomment>Formats that quote the sources themselves, so provenance cannot be left out. The export formats&apos; names (viewer.archive.export states them in English, for every layer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 selected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 selected results, from %2 tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every record matching “%1”, in every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every record, in every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 matching “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 1 %1 matching “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 %2 matching “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every matching row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rows (none are selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matching record (the search has no words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include provenance: the source file and character span of every record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citations always quote their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results span several tables, so each table with matches gets its own file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results span several tables, so each table in the selection gets its own file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 as %2; an existing file of that name is replaced only once the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no user&apos;s home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This names a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable file name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported 1 %1 record to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 %2 records to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 records from %2 tables to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 to several files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: no records match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no records here to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an archive, then select rows in a table&apos;s tab or in the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select rows in a table&apos;s tab or in the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows are selected: too many to export as a selection (at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select fewer rows, or select them all (Ctrl+A) or none to export every row that matches the tab&apos;s filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Actor</source>
        <extracomment>Record fields that are not a column of a tab, as the detail pane names them (``name_id`` → &quot;Name id&quot;); listed for ``pyside6-lupdate``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Char count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role as stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inferred</source>
        <extracomment>How a span&apos;s value was found when the text does not state it in so many words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this document…  (F3 next, Shift+F3 previous, Esc closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance and Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Esc returns from the search results to the tables; Ctrl+PgDown and Ctrl+PgUp then move between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to find in the search box; F3 then steps through the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results to step through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last result. “Load more results” lists the next ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last result.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nouns</name>
    <message>
        <source>episode</source>
        <extracomment>What one row of each table is called, singular and plural, for status lines and headings (English here; :func:`noun` gives them in the window&apos;s language, context ``Nouns``). The sentences they go into are written so that the noun stands alone in them (Spanish nouns have genders an article or adjective would have to agree with).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cast credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crew credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crew credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenRun</name>
    <message>
        <source>Opening %1…</source>
        <extracomment>Opening shorter than this shows no dialog at all.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebuildRun</name>
    <message>
        <source>There are no seed documents in %1. Rebuilding needs the seeds folder of the distribution; reinstall it, or open an existing archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the archive from the seeds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild from Seeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>%1 selected</source>
        <extracomment>Glyphs among the narrowest of a font: a column shows at most its width over the narrowest one&apos;s advance in characters (see RecordTableModel.set_column_chars).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <extracomment>The focused table says so with a frame in the highlight colour; the unfocused one keeps a frame as wide, so nothing moves when the focus comes and goes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the filter (Esc) to see them all, or try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it from the seeds (File › Rebuild from Seeds…) or open another archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (could not count them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading rows from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting %1 by %2, descending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting %1 by %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>Person</source>
        <extracomment>Headings of the detail pane&apos;s related records, by relation word (viewer.archive.links): over one link and over several.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same fact elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything — names, episodes, quotes…  (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchNotices</name>
    <message>
        <source>Type a word to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search took too long; try more specific words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That search could not be run; try plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 records match; these are the best of the first %2. Add a word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are in too many records to rank quickly; records that match in their titles come first. Add a less common word to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has these exact words; these have words that begin with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has all the words; left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has all the words; these have %1 of the %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unmatched quote was ignored</source>
        <extracomment>What the query builder did to the words, joined by &quot;; &quot; into one sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced parentheses were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentheses nested more than %1 deep were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator without a term on both sides was searched as a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-letter prefix (%1) was searched as a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 words were searched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search summary</source>
        <extracomment>Results asked for at first, and how many more each &quot;Load more results&quot; asks for. Of a cell too narrow to show a snippet up to its first match, the share kept for what follows the match when the text before it is cut. Snippets split into runs, kept for repaints (a few pages of results).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to tables (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln more results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln results (the best %Ln) for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 result for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln results for “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the archive matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words, a prefix such as &lt;code&gt;vet*&lt;/code&gt;, or a name&apos;s other spelling. Accents and capitals never matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking every match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time the viewer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceReader</name>
    <message>
        <source>… %1 earlier passages are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <extracomment>Characters either view lays out at once (about seven screens). Qt lays out a document on the GUI thread when it is shown and marked, in time that grows with its length, so the benchmark&apos;s long documents held the window on every record opened (figures in tests/benchmarks/README.md). A longer document is shown as this much around the span being read, says so, and offers to lay out the whole (two of the four seeds are longer). A limit no document reaches: the whole document, when the user asks for it. The reading view&apos;s text formats: body, heading, quotation, the reader&apos;s own notes. The notes standing for the part of a long document the reader does not lay out, by what is left out (the Python names are the English words).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 later passages are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 earlier characters are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 later characters are not shown here, to keep the reader quick; open a record from them to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more characters of this passage are left out here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <extracomment>The reader&apos;s annotations of a source, as ranges of its original text (set by the window; see viewer.gui.annotating.annotator), and what its right-click menu adds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original text with page furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the document as stored, page furniture and all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a document, or select a record to open its source at the passage it was read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage lies in text the reading view leaves out (page furniture), so the original text is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading view, page furniture removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Show the whole document%2 (may take a moment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches for “%2” in this document (the first %3 marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match for “%2” in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches for “%2” in this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The archive could not be built from the seeds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be built: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File › Open Archive… to choose another file, or File › Rebuild from Seeds… to build it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorylineMap</name>
    <message>
        <source>Storyline map: storylines, characters, actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 storylines, %2 characters, %3 actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 storylines, %2 characters, %3 actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no storylines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the storyline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no actor credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabList</name>
    <message>
        <source>All tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to any tab, including those the tab bar has no room to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storylines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teleplay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values that do not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <extracomment>A tooltip shows at most this much (a whole document&apos;s tooltip froze the window). What the first cell of a row shows while its page is being read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <extracomment>Tabs shown only when the archive has rows for them. The last-tab setting&apos;s name for the Views tab (the charts), which shows no one table. The tab of the user&apos;s annotations (issue 31), after the Views tab. Tabs that show no table of the archive, and their labels (context ``Tables``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Placed at %1 (day stated).</source>
        <extracomment>A placed mark&apos;s tooltip, by how precisely its source states the date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at %1 (month stated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at %1 (year stated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of dated events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 dated statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 dated statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dated statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of 1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact in this archive states a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated event in %1: this year is folded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated event in %1 to %2: these years are folded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (year %2 inferred) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month or a year, as long as it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: the source states no year; placed at the year another source gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives the year, so it is not placed on the axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source states no year: placed at %1, the year %2 gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As stated: “%1” (read as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show the fact and the passage that states it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewsTab</name>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole chart in view as a %1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart “%1” could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the chart “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open. Use File › Open Archive… to choose one, or File › Rebuild from Seeds… to build it.</source>
        <extracomment>The detail pane and the reader share the side splitter in these sizes until the user moves it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written; any earlier file there is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>%1 failed because of a bug in Somos Archive (%2: %3). Please report it with the details printed on the console.</source>
        <extracomment>How long the full ranking that follows a bounded first answer may take. What each chart of the Views tab is drawn from (reading it grows with the archive).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table</source>
        <extracomment>The newest search&apos;s generation: a full ranking still running for an older one is interrupted (read from worker threads; an int is swapped whole).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no document %1, though a record cites it: the file is damaged. Rebuild it with File › Rebuild from Seeds….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seed document could not be read: %1. Restore the seeds folder (%2) from the distribution and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be written to %1: %2. Free some space or check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
