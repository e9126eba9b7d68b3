<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdjudicationRole</name>
    <message>
        <source>A&amp;djudicate</source>
        <translation>A&amp;djudizieren</translation>
    </message>
    <message>
        <source>Settle the annotators&apos; disagreements into the gold layer (again: stop)</source>
        <translation>Die Abweichungen der Annotatoren in die Gold-Ebene überführen (noch einmal: beenden)</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>Delete span</source>
        <translation>Span löschen</translation>
    </message>
    <message>
        <source>End one word right</source>
        <translation>Ende ein Wort nach rechts</translation>
    </message>
    <message>
        <source>Move the selected span&apos;s end one word right</source>
        <translation>Das Ende des gewählten Spans ein Wort nach rechts verschieben</translation>
    </message>
    <message>
        <source>End one word left</source>
        <translation>Ende ein Wort nach links</translation>
    </message>
    <message>
        <source>Move the selected span&apos;s end one word left</source>
        <translation>Das Ende des gewählten Spans ein Wort nach links verschieben</translation>
    </message>
    <message>
        <source>Start one word left</source>
        <translation>Anfang ein Wort nach links</translation>
    </message>
    <message>
        <source>Move the selected span&apos;s start one word left</source>
        <translation>Den Anfang des gewählten Spans ein Wort nach links verschieben</translation>
    </message>
    <message>
        <source>Start one word right</source>
        <translation>Anfang ein Wort nach rechts</translation>
    </message>
    <message>
        <source>Move the selected span&apos;s start one word right</source>
        <translation>Den Anfang des gewählten Spans ein Wort nach rechts verschieben</translation>
    </message>
    <message>
        <source>Span &amp;boundaries</source>
        <translation>Span&amp;grenzen</translation>
    </message>
    <message>
        <source>Mark article &amp;done</source>
        <translation>Artikel als &amp;fertig markieren</translation>
    </message>
    <message>
        <source>Mark the article done, or back to in progress (Ctrl+Enter)</source>
        <translation>Den Artikel als fertig markieren, oder zurück auf „in Arbeit“ (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the selected suggestion as a span (Enter or A)</source>
        <translation>Den gewählten Vorschlag als Span annehmen (Eingabe oder A)</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>Vorschlag a&amp;blehnen</translation>
    </message>
    <message>
        <source>Reject the selected suggestion (X or Backspace)</source>
        <translation>Den gewählten Vorschlag ablehnen (X oder Rücktaste)</translation>
    </message>
    <message>
        <source>Accept &amp;all suggestions</source>
        <translation>A&amp;lle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Accept every suggestion of this article (Ctrl+Shift+A)</source>
        <translation>Jeden Vorschlag dieses Artikels annehmen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>&amp;Detect claims again</source>
        <translation>Angaben erneut &amp;erkennen</translation>
    </message>
    <message>
        <source>Run the claim detector on this article again; rejected suggestions stay rejected</source>
        <translation>Die Erkennung auf diesem Artikel erneut ausführen; abgelehnte Vorschläge bleiben abgelehnt</translation>
    </message>
</context>
<context>
    <name>ClaimLedger</name>
    <message>
        <source>&amp;Claim ledger</source>
        <translation>&amp;Angabenregister</translation>
    </message>
    <message>
        <source>Every confirmed claim, by source and date, with a chart</source>
        <translation>Jede bestätigte Angabe nach Quelle und Datum, mit Diagramm</translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The window speaks the language chosen from its next start.</source>
        <translation>Das Fenster spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normalgröße</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>Jedes Feld wieder an seinen Anfangsplatz stellen</translation>
    </message>
    <message>
        <source>&amp;Search all articles</source>
        <translation>Alle Artikel &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Guidelines</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <source>Show the annotation guidelines; F1 again goes back</source>
        <translation>Die Annotationsrichtlinien zeigen; F1 noch einmal führt zurück</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Claimmark</source>
        <translation>&amp;Über Claimmark</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit &amp;attributes</source>
        <translation>&amp;Attribute bearbeiten</translation>
    </message>
    <message>
        <source>Go to the selected span&apos;s fields: value, qualifier, note, source (F2; Escape comes back to the text)</source>
        <translation>Zu den Feldern des gewählten Spans: Wert, Qualifikator, Notiz, Quelle (F2; Escape führt zurück in den Text)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Copy the project&apos;s database, while you work</source>
        <translation>Die Datenbank des Projekts kopieren, während Sie weiterarbeiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Change label to</source>
        <translation>Label ändern in</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Delete span &apos;{text}&apos;</source>
        <translation>Span „{text}“ löschen</translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation>Span löschen</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>Every message of this session, whole</source>
        <translation>Jede Meldung dieser Sitzung, vollständig</translation>
    </message>
</context>
<context>
    <name>ModelTraining</name>
    <message>
        <source>&amp;Train model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a model on the spans of the articles marked done; its suggestions join the rules&apos;</source>
        <translation>Ein Modell auf den Spans der fertigen Artikel trainieren; seine Vorschläge ergänzen die der Regeln</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Next article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <source>Previous article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Next unfinished article</source>
        <translation>Nächster unfertiger Artikel</translation>
    </message>
    <message>
        <source>Next span or suggestion</source>
        <translation>Nächster Span oder Vorschlag</translation>
    </message>
    <message>
        <source>Previous span or suggestion</source>
        <translation>Vorheriger Span oder Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Labels…</translation>
    </message>
    <message>
        <source>Add, rename, recolour, re-key or delete labels</source>
        <translation>Labels hinzufügen, umbenennen, umfärben, neu belegen oder löschen</translation>
    </message>
    <message>
        <source>Learned &amp;words…</source>
        <translation>Gelernte &amp;Wörter…</translation>
    </message>
    <message>
        <source>Words not proposed any more, and the project&apos;s own lexicon</source>
        <translation>Nicht mehr vorgeschlagene Wörter und das eigene Lexikon des Projekts</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Ihr &amp;Name…</translation>
    </message>
    <message>
        <source>The name stored on every span you make</source>
        <translation>Der Name, der an jedem Ihrer Spans gespeichert wird</translation>
    </message>
</context>
<context>
    <name>ProjectChooser</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Start an empty project in a database file of its own</source>
        <translation>Ein leeres Projekt in einer eigenen Datenbankdatei beginnen</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another project&apos;s database file</source>
        <translation>Die Datenbankdatei eines anderen Projekts öffnen</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>&amp;Projekte…</translation>
    </message>
    <message>
        <source>The recent projects: where they are, what they hold, how far they are (Ctrl+Shift+O)</source>
        <translation>Die zuletzt geöffneten Projekte: wo sie liegen, was sie enthalten, wie weit sie sind (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>(no other project yet)</source>
        <translation>(noch kein anderes Projekt)</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>&amp;Split among annotators…</source>
        <translation>Unter Annotatoren auf&amp;teilen…</translation>
    </message>
    <message>
        <source>Write one database per annotator with their share of the articles</source>
        <translation>Eine Datenbank je Annotator mit seinem Anteil der Artikel schreiben</translation>
    </message>
    <message>
        <source>&amp;Merge annotators&apos; work…</source>
        <translation>Arbeit der Annotatoren zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>Bring annotators&apos; databases into this project, each span kept as theirs</source>
        <translation>Die Datenbanken der Annotatoren in dieses Projekt holen; jeder Span bleibt der seines Annotators</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Übereinstimmung…</translation>
    </message>
    <message>
        <source>How the annotators agree on the articles they both finished</source>
        <translation>Wie die Annotatoren bei den Artikeln übereinstimmen, die beide fertig haben</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Mark {label}</source>
        <translation>{label} markieren</translation>
    </message>
    <message>
        <source>Mark the selected text {label} ({key})</source>
        <translation>Den gewählten Text als {label} markieren ({key})</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>&amp;Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
</TS>
