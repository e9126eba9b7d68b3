<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AdjudicationPanel</name>
    <message>
        <source>A, B, C… take a version · X no span · E edit in the text · Page Down: next article</source>
        <translation>A, B, C… übernimmt eine Fassung · X kein Span · E im Text bearbeiten · Bild ab: nächster Artikel</translation>
    </message>
    <message>
        <source>no span</source>
        <translation>kein Span</translation>
    </message>
    <message>
        <source>No article was finished by two annotators: there is nothing to adjudicate.</source>
        <translation>Kein Artikel wurde von zwei Annotatoren abgeschlossen: Es gibt nichts zu adjudizieren.</translation>
    </message>
    <message>
        <source>{disagreements} left here</source>
        <translation>{disagreements} hier übrig</translation>
    </message>
    <message>
        <source>This article was not finished by two annotators</source>
        <translation>Diesen Artikel haben nicht zwei Annotatoren abgeschlossen</translation>
    </message>
    <message>
        <source>{where}; {disagreements} left in {articles} to adjudicate.</source>
        <translation>{where}; {disagreements} übrig in {articles} zu adjudizieren.</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikeln</translation>
    </message>
    <message>
        <source>{n} disagreement</source>
        <translation>{n} Abweichung</translation>
    </message>
    <message>
        <source>{n} disagreements</source>
        <translation>{n} Abweichungen</translation>
    </message>
</context>
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
    <message>
        <source>Adjudication stopped.</source>
        <translation>Adjudikation beendet.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <source>Exact F1</source>
        <translation>F1 genau</translation>
    </message>
    <message>
        <source>Overlap F1</source>
        <translation>F1 Überlappung</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Als Text kopieren</translation>
    </message>
    <message>
        <source>Articles, the least agreed first (Enter or a double-click: adjudicate it):</source>
        <translation>Artikel, die mit der geringsten Übereinstimmung zuerst (Eingabe oder Doppelklick: adjudizieren):</translation>
    </message>
    <message>
        <source>All figures, with the labels overlapping spans were given:</source>
        <translation>Alle Zahlen, mit den Labels, die überlappende Spans erhielten:</translation>
    </message>
    <message>
        <source>{annotators} on {articles} finished by at least two. Krippendorff&apos;s alpha over tokens: {alpha}. Precision and recall take the first of a pair as reference.</source>
        <translation>{annotators} bei {articles}, die mindestens zwei abgeschlossen haben. Krippendorffs Alpha über Tokens: {alpha}. Precision und Recall nehmen den Ersten eines Paares als Referenz.</translation>
    </message>
    <message>
        <source>{n} annotator</source>
        <translation>{n} Annotator</translation>
    </message>
    <message>
        <source>{n} annotators</source>
        <translation>{n} Annotatoren</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikeln</translation>
    </message>
    <message>
        <source>all labels</source>
        <translation>alle Labels</translation>
    </message>
</context>
<context>
    <name>Annotating</name>
    <message>
        <source>Accept them</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject them</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
    <message>
        <source>Open an article first.</source>
        <translation>Zuerst einen Artikel öffnen.</translation>
    </message>
    <message>
        <source>This project is read-only: nothing can be changed here.</source>
        <translation>Dieses Projekt ist schreibgeschützt: Hier lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>These are {layer}&apos;s spans, shown read-only: choose View › Annotator layer › Mine ({me}) to edit your own.</source>
        <translation>Das sind die Spans von {layer}, schreibgeschützt gezeigt: Ansicht › Annotator-Ebene › Meine ({me}) wählen, um die eigenen zu bearbeiten.</translation>
    </message>
    <message>
        <source>Select the words of a claim first, then press {key}.</source>
        <translation>Zuerst die Wörter einer Angabe wählen, dann {key} drücken.</translation>
    </message>
    <message>
        <source>Marked {label} &apos;{text}&apos; — saved.</source>
        <translation>{label} „{text}“ markiert — gespeichert.</translation>
    </message>
    <message>
        <source>Click a span first to delete it.</source>
        <translation>Zuerst einen Span anklicken, um ihn zu löschen.</translation>
    </message>
    <message>
        <source>Deleted {label} &apos;{text}&apos; — saved. Ctrl+Z brings it back.</source>
        <translation>{label} „{text}“ gelöscht — gespeichert. Strg+Z holt ihn zurück.</translation>
    </message>
    <message>
        <source>Suggestion &apos;{text}&apos; is now {label}: Enter accepts it.</source>
        <translation>Der Vorschlag „{text}“ ist jetzt {label}: Eingabe nimmt ihn an.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is now {label} — saved.</source>
        <translation>„{text}“ ist jetzt {label} — gespeichert.</translation>
    </message>
    <message>
        <source>Select a span first, then move its start or end.</source>
        <translation>Zuerst einen Span wählen, dann seinen Anfang oder sein Ende verschieben.</translation>
    </message>
    <message>
        <source>Now &apos;{text}&apos; — saved.</source>
        <translation>Jetzt „{text}“ — gespeichert.</translation>
    </message>
    <message>
        <source>Saved the attributes of &apos;{text}&apos;.</source>
        <translation>Die Attribute von „{text}“ gespeichert.</translation>
    </message>
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
    <message>
        <source>Select a suggestion first (click it, or press Tab).</source>
        <translation>Zuerst einen Vorschlag wählen (anklicken oder Tab drücken).</translation>
    </message>
    <message>
        <source>Accepted {label} &apos;{text}&apos;, as the span &apos;{span}&apos; that covers it — saved.</source>
        <translation>{label} „{text}“ angenommen, als der Span „{span}“, der ihn enthält — gespeichert.</translation>
    </message>
    <message>
        <source>Rejected {label} &apos;{text}&apos;, as the span &apos;{span}&apos; that covers it.</source>
        <translation>{label} „{text}“ abgelehnt, wie der Span „{span}“, der ihn enthält.</translation>
    </message>
    <message>
        <source>Accepted {label} &apos;{text}&apos; — saved.</source>
        <translation>{label} „{text}“ angenommen — gespeichert.</translation>
    </message>
    <message>
        <source>Rejected {label} &apos;{text}&apos;.</source>
        <translation>{label} „{text}“ abgelehnt.</translation>
    </message>
    <message>
        <source>Accepted {count} — saved.</source>
        <translation>{count} angenommen — gespeichert.</translation>
    </message>
    <message>
        <source> {left} overlap spans of their label and stay to review.</source>
        <translation> {left} überlappen Spans ihres Labels und bleiben zu prüfen.</translation>
    </message>
    <message>
        <source>This article is marked done, so it is read-only: Ctrl+Enter reopens it (Go › Mark article done).</source>
        <translation>Dieser Artikel ist als fertig markiert und darum schreibgeschützt: Strg+Eingabe öffnet ihn wieder (Gehe zu › Artikel als fertig markieren).</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notiz gespeichert.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notiz entfernt.</translation>
    </message>
    <message>
        <source>Not saved: the date {why}. Type it as 2024-10-23.</source>
        <translation>Nicht gespeichert: das Datum {why}. Als 2024-10-23 eingeben.</translation>
    </message>
    <message>
        <source>Suggestions to review</source>
        <translation>Vorschläge zu prüfen</translation>
    </message>
    <message>
        <source>{count} of this article is still to review. Mark it done anyway?</source>
        <translation>{count} dieses Artikels ist noch zu prüfen. Trotzdem als fertig markieren?</translation>
    </message>
    <message>
        <source>{count} of this article are still to review. Mark it done anyway?</source>
        <translation>{count} dieses Artikels sind noch zu prüfen. Trotzdem als fertig markieren?</translation>
    </message>
    <message>
        <source>Not marked done: the suggestions are still to review.</source>
        <translation>Nicht als fertig markiert: Die Vorschläge sind noch zu prüfen.</translation>
    </message>
    <message>
        <source>Rejected {count} — saved.</source>
        <translation>{count} abgelehnt — gespeichert.</translation>
    </message>
    <message>
        <source>Article done: {done} of {total} done. N goes to the next unfinished.</source>
        <translation>Artikel fertig: {done} von {total} fertig. N geht zum nächsten unfertigen.</translation>
    </message>
    <message>
        <source>{n} new suggestion</source>
        <translation>{n} neuer Vorschlag</translation>
    </message>
    <message>
        <source>{n} new suggestions</source>
        <translation>{n} neue Vorschläge</translation>
    </message>
    <message>
        <source>Detector ran again: {found}.</source>
        <translation>Die Erkennung lief erneut: {found}.</translation>
    </message>
    <message>
        <source>Label {name} saved.</source>
        <translation>Label {name} gespeichert.</translation>
    </message>
    <message>
        <source>Label {name} deleted. Ctrl+Z brings it back.</source>
        <translation>Label {name} gelöscht. Strg+Z holt es zurück.</translation>
    </message>
</context>
<context>
    <name>ArticleHeader</name>
    <message>
        <source>Read-only: {path} cannot be changed here (the file or its folder cannot be written). You can read, search, export and back up.</source>
        <translation>Schreibgeschützt: {path} lässt sich hier nicht ändern (die Datei oder ihr Ordner ist nicht beschreibbar). Lesen, Suchen, Exportieren und Sichern gehen.</translation>
    </message>
    <message>
        <source>A note on this article (Enter saves)</source>
        <translation>Eine Notiz zu diesem Artikel (Eingabe speichert)</translation>
    </message>
    <message>
        <source>The article&apos;s language (told from its words on import)</source>
        <translation>Die Sprache des Artikels (beim Import an seinen Wörtern erkannt)</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>https://… (Enter saves)</source>
        <translation>https://… (Eingabe speichert)</translation>
    </message>
    <message>
        <source>The day the article&apos;s dateline gives; click to take it</source>
        <translation>Der Tag, den die Datumszeile des Artikels nennt; zum Übernehmen klicken</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>&amp;Erschienen</translation>
    </message>
    <message>
        <source>Use {day}</source>
        <translation>{day} übernehmen</translation>
    </message>
    <message>
        <source>No article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>Import articles with File › Import.</source>
        <translation>Artikel über Datei › Importieren einlesen.</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
    <message>
        <source>{id}   ·   {status}   ·   {counts}   ·   {pending} to review</source>
        <translation>{id}   ·   {status}   ·   {counts}   ·   {pending} zu prüfen</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>finished by {n} annotator</source>
        <translation>von {n} Annotator abgeschlossen</translation>
    </message>
    <message>
        <source>finished by {n} annotators</source>
        <translation>von {n} Annotatoren abgeschlossen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Status: ○ to do, ◐ in progress, ✓ done</source>
        <translation>Status: ○ offen, ◐ in Arbeit, ✓ fertig</translation>
    </message>
    <message>
        <source>Number of {label} spans (key {key})</source>
        <translation>Anzahl der {label}-Spans (Taste {key})</translation>
    </message>
</context>
<context>
    <name>ArticlesPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Show only the articles with this status</source>
        <translation>Nur die Artikel mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Show only the articles with spans of this label</source>
        <translation>Nur die Artikel mit Spans dieses Labels zeigen</translation>
    </message>
    <message>
        <source>Articles marked done (Ctrl+Enter marks the open one)</source>
        <translation>Als fertig markierte Artikel (Strg+Eingabe markiert den offenen)</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} fertig</translation>
    </message>
    <message>
        <source> · {n} finished by annotators</source>
        <translation> · {n} von Annotatoren abgeschlossen</translation>
    </message>
    <message>
        <source>Any labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <source>with {label}</source>
        <translation>mit {label}</translation>
    </message>
</context>
<context>
    <name>AttributesPanel</name>
    <message>
        <source>detector</source>
        <translation>Detektor</translation>
    </message>
    <message>
        <source>learned from a span in {article}</source>
        <translation>gelernt von einem Span in {article}</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The label; for a span, keys 1-9 change it too</source>
        <translation>Das Label; bei einem Span ändern es auch die Tasten 1-9</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The figure as a whole number: 11000, 11.000, 11,000, 11k or elftausend for &apos;rund 11.000&apos;</source>
        <translation>Die Zahl als ganze Zahl: 11000, 11.000, 11,000, 11k oder elftausend für „rund 11.000“</translation>
    </message>
    <message>
        <source>exact, approx (rund, etwa), at_least, more_than, up_to, vague</source>
        <translation>exact (genau), approx (rund, etwa), at_least (mindestens), more_than (mehr als), up_to (bis zu), vague (vage)</translation>
    </message>
    <message>
        <source>who reported it, as written</source>
        <translation>wer es meldete, wie im Text</translation>
    </message>
    <message>
        <source>a note on this span (spans only)</source>
        <translation>eine Notiz zu diesem Span (nur Spans)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifikator</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Click a span or a suggestion, or press Tab.</source>
        <translation>Einen Span oder Vorschlag anklicken, oder Tab drücken.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion&lt;/b&gt; · score {score}</source>
        <translation>&lt;b&gt;Vorschlag&lt;/b&gt; · Score {score}</translation>
    </message>
    <message>
        <source>Enter or A accepts it, X or Backspace rejects it</source>
        <translation>Eingabe oder A nimmt ihn an, X oder Rücktaste lehnt ihn ab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Span&lt;/b&gt; · {origin}</source>
        <translation>&lt;b&gt;Span&lt;/b&gt; · {origin}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Nicht gespeichert: {problem}</translation>
    </message>
    <message>
        <source>Not saved: the value {value} cannot be read ({why}). Correct it and press Enter.</source>
        <translation>Nicht gespeichert: Der Wert {value} ist nicht lesbar ({why}). Korrigieren Sie ihn und drücken Sie Enter.</translation>
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
    <message>
        <source>Claims not counted: {why}</source>
        <translation>Angaben nicht gezählt: {why}</translation>
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
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Selected span or suggestion</source>
        <translation>Gewählter Span oder Vorschlag</translation>
    </message>
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
    <name>EditCommand</name>
    <message>
        <source>Not saved: {what}. The database is busy (another program is writing to it); try again in a moment.</source>
        <translation>Nicht gespeichert: {what}. Die Datenbank ist belegt (ein anderes Programm schreibt in sie); bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Could not {what}: {failure}</source>
        <translation>{what} ist nicht gelungen: {failure}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export annotations</source>
        <translation>Annotationen exportieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Articles not marked done may lack spans: exported as if fully annotated, their unmarked claims teach a model that they are not claims</source>
        <translation>Nicht als fertig markierten Artikeln können Spans fehlen: Als vollständig annotiert exportiert, lehren ihre unmarkierten Angaben ein Modell, dass sie keine Angaben sind</translation>
    </message>
    <message>
        <source>Pending suggestions instead of spans</source>
        <translation>Offene Vorschläge statt Spans</translation>
    </message>
    <message>
        <source>Rejected suggestions as negatives (jsonl, spacy-jsonl)</source>
        <translation>Abgelehnte Vorschläge als Negativbeispiele (jsonl, spacy-jsonl)</translation>
    </message>
    <message>
        <source>Spreadsheet-safe CSV cells</source>
        <translation>CSV-Zellen sicher für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Will write</source>
        <translation>Schreibt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>(cannot count now: {error})</source>
        <translation>(kann gerade nicht zählen: {error})</translation>
    </message>
    <message>
        <source>{n} pending suggestion</source>
        <translation>{n} offenem Vorschlag</translation>
    </message>
    <message>
        <source>{n} pending suggestions</source>
        <translation>{n} offenen Vorschlägen</translation>
    </message>
    <message>
        <source>{n} span</source>
        <translation>{n} Span</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} Spans</translation>
    </message>
    <message>
        <source>{articles} with {what}</source>
        <translation>{articles} mit {what}</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source> (no article has the statuses ticked)</source>
        <translation> (kein Artikel hat einen der angekreuzten Status)</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Reading the article&apos;s claims again in its language…</source>
        <translation>Liest die Angaben des Artikels erneut in seiner Sprache…</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
    <message>
        <source>of {n} article</source>
        <translation>aus {n} Artikel</translation>
    </message>
    <message>
        <source>of {n} articles</source>
        <translation>aus {n} Artikeln</translation>
    </message>
    <message>
        <source>Exported {what} {of_articles} to {path} as {format}.</source>
        <translation>{what} {of_articles} nach {path} als {format} exportiert.</translation>
    </message>
    <message>
        <source>{text} {spans} needs a look:</source>
        <translation>{text} {spans} braucht einen Blick:</translation>
    </message>
    <message>
        <source>{text} {spans} need a look:</source>
        <translation>{text} {spans} brauchen einen Blick:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>{n} span</source>
        <translation>{n} Span</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} Spans</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikel</translation>
    </message>
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
    <message>
        <source>Back up the project to</source>
        <translation>Projekt sichern nach</translation>
    </message>
    <message>
        <source>SQLite database (*.db)</source>
        <translation>SQLite-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Looking for claims in this long article…</source>
        <translation>Sucht die Angaben in diesem langen Artikel…</translation>
    </message>
    <message>
        <source>Found {found}.</source>
        <translation>{found} gefunden.</translation>
    </message>
</context>
<context>
    <name>GuidelinesView</name>
    <message>
        <source>The guidelines could not be read from {path}: {error}</source>
        <translation>Die Richtlinien ließen sich nicht aus {path} lesen: {error}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Nothing to import yet: add files (.txt, .jsonl, Label Studio .json, doccano, .csv, .parquet) or a folder of them, or a brat folder.</source>
        <translation>Noch nichts zu importieren: Dateien (.txt, .jsonl, Label-Studio-.json, doccano, .csv, .parquet) oder einen Ordner davon hinzufügen, oder einen brat-Ordner.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected files and folders off the list (Delete)</source>
        <translation>Die gewählten Dateien und Ordner von der Liste nehmen (Entf)</translation>
    </message>
    <message>
        <source>Guess from the file name</source>
        <translation>Aus dem Dateinamen erraten</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Add the spans it does not have</source>
        <translation>Die Spans ergänzen, die ihm fehlen</translation>
    </message>
    <message>
        <source>Add them to the project</source>
        <translation>Dem Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Refuse their spans</source>
        <translation>Ihre Spans ablehnen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Article already present</source>
        <translation>Artikel schon vorhanden</translation>
    </message>
    <message>
        <source>Labels the project lacks</source>
        <translation>Labels, die dem Projekt fehlen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Zu importierender Ordner</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>This is a bug in Claimmark: the work stopped with an unexpected error (the log has the details). Your saved work is safe in the database.</source>
        <translation>Das ist ein Fehler in Claimmark: Die Arbeit wurde durch einen unerwarteten Fehler abgebrochen (Einzelheiten im Protokoll). Ihre gespeicherte Arbeit ist in der Datenbank sicher.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;Add label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete label</source>
        <translation>Label &amp;löschen</translation>
    </message>
    <message>
        <source>Double-click to choose another colour</source>
        <translation>Doppelklick wählt eine andere Farbe</translation>
    </message>
    <message>
        <source>Colour of {label}</source>
        <translation>Farbe von {label}</translation>
    </message>
</context>
<context>
    <name>LearnedWordsDialog</name>
    <message>
        <source>Learned words</source>
        <translation>Gelernte Wörter</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Propose again</source>
        <translation>Wieder &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Words rejected {n} times with a label are not proposed with it again (as the stem Claimmark compares: endings dropped).</source>
        <translation>Wörter, die {n}-mal mit einem Label abgelehnt wurden, werden mit ihm nicht mehr vorgeschlagen (verglichen wird der Wortstamm, ohne Endungen).</translation>
    </message>
    <message>
        <source>&amp;Save lexicon</source>
        <translation>Lexikon &amp;speichern</translation>
    </message>
    <message>
        <source>{file}: added to the bundled lexicon; weapons you confirm are added here. The detector reads it on its next run.</source>
        <translation>{file}: ergänzt das mitgelieferte Lexikon; Waffen, die Sie bestätigen, kommen hierher. Der Detektor liest es bei seinem nächsten Lauf.</translation>
    </message>
    <message>
        <source>This project has no folder (in memory): it has no lexicon of its own.</source>
        <translation>Dieses Projekt hat keinen Ordner (im Speicher): Es hat kein eigenes Lexikon.</translation>
    </message>
    <message>
        <source>Not proposed any more</source>
        <translation>Nicht mehr vorgeschlagen</translation>
    </message>
    <message>
        <source>Lexicon</source>
        <translation>Lexikon</translation>
    </message>
    <message>
        <source>&apos;{words}&apos; is proposed as {label} again (Ctrl+Z takes it back).</source>
        <translation>„{words}“ wird wieder als {label} vorgeschlagen (Strg+Z nimmt es zurück).</translation>
    </message>
    <message>
        <source>Could not save the lexicon: {error}</source>
        <translation>Das Lexikon ließ sich nicht speichern: {error}</translation>
    </message>
    <message>
        <source>Saved {path}; the detector reads it on its next run.</source>
        <translation>{path} gespeichert; der Detektor liest es bei seinem nächsten Lauf.</translation>
    </message>
</context>
<context>
    <name>Learning</name>
    <message>
        <source>{suggestions} in {articles}</source>
        <translation>{suggestions} in {articles}</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikeln</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is in the project&apos;s lexicon now</source>
        <translation>„{word}“ ist jetzt im Lexikon des Projekts</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; not added to the lexicon: {problem}</source>
        <translation>„{word}“ nicht ins Lexikon aufgenommen: {problem}</translation>
    </message>
    <message>
        <source>Learned from &apos;{text}&apos;: {what}.</source>
        <translation>Von „{text}“ gelernt: {what}.</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
</context>
<context>
    <name>LedgerChart</name>
    <message>
        <source>, according to {source}</source>
        <translation>, laut {source}</translation>
    </message>
    <message>
        <source> by {outlet}</source>
        <translation> von {outlet}</translation>
    </message>
    <message>
        <source>published {day}</source>
        <translation>veröffentlicht am {day}</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Als P&amp;NG speichern…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Als S&amp;VG speichern…</translation>
    </message>
    <message>
        <source>The first {n} claims by date (more pass the filter: narrow the days to see them)</source>
        <translation>Die ersten {n} Angaben nach Datum (mehr passen zum Filter: die Tage eingrenzen, um sie zu sehen)</translation>
    </message>
    <message>
        <source>{claims} with a date and a value</source>
        <translation>{claims} mit Datum und Wert</translation>
    </message>
    <message>
        <source>{n} claim</source>
        <translation>{n} Angabe</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} Angaben</translation>
    </message>
    <message>
        <source> ({sources} in grey)</source>
        <translation> ({sources} in Grau)</translation>
    </message>
    <message>
        <source>{n} more source</source>
        <translation>{n} weitere Quelle</translation>
    </message>
    <message>
        <source>{n} more sources</source>
        <translation>{n} weitere Quellen</translation>
    </message>
    <message>
        <source>. ● exact, ◆ about, ▲ at least or more than, ▼ up to, ■ vague.</source>
        <translation>. ● genau, ◆ etwa, ▲ mindestens oder mehr als, ▼ bis zu, ■ vage.</translation>
    </message>
    <message>
        <source>Claimmark claim ledger</source>
        <translation>Claimmark-Angabenregister</translation>
    </message>
    <message>
        <source>Save the chart as {kind}</source>
        <translation>Das Diagramm als {kind} speichern</translation>
    </message>
    <message>
        <source>The chart was not saved to {path}: {error}</source>
        <translation>Das Diagramm wurde nicht in {path} gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>Das Diagramm in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <source>Claim ledger</source>
        <translation>Angabenregister</translation>
    </message>
    <message>
        <source>part of a name</source>
        <translation>Teil eines Namens</translation>
    </message>
    <message>
        <source>words of the claim</source>
        <translation>Wörter der Angabe</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>&amp;Qualifier</source>
        <translation>&amp;Qualifikator</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Wörter</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>&amp;Group by</source>
        <translation>&amp;Gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>Q&amp;uelle</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Erschienen</translation>
    </message>
    <message>
        <source>{claims} shown; counting…</source>
        <translation>{claims} gezeigt; zählt…</translation>
    </message>
    <message>
        <source>; hints not looked for in so many (claimmark ledger --conflicts)</source>
        <translation>; Hinweise bei so vielen nicht gesucht (claimmark ledger --conflicts)</translation>
    </message>
    <message>
        <source>, {claims} with a hint (⚑)</source>
        <translation>, {claims} mit Hinweis (⚑)</translation>
    </message>
    <message>
        <source>{n} claim</source>
        <translation>{n} Angabe</translation>
    </message>
    <message>
        <source>{n} claims</source>
        <translation>{n} Angaben</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>Alle ({n})</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>key &lt;b&gt;{key}&lt;/b&gt;</source>
        <translation>Taste &lt;b&gt;{key}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select text and press {key} to mark it {label}</source>
        <translation>Text wählen und {key} drücken, um ihn als {label} zu markieren</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>A {label} suggestion is underlined like this</source>
        <translation>Ein {label}-Vorschlag wird so unterstrichen</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>gefüllt</translation>
    </message>
    <message>
        <source>a span you confirmed</source>
        <translation>ein Span, den Sie bestätigt haben</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>unterstrichen</translation>
    </message>
    <message>
        <source>a suggestion, in its label&apos;s line: Enter accepts, X rejects, Tab goes to the next</source>
        <translation>ein Vorschlag, in der Linie seines Labels: Eingabe nimmt an, X lehnt ab, Tab geht zum nächsten</translation>
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
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>ModelTraining</name>
    <message>
        <source>No article was held out, so the model has no scores yet.</source>
        <translation>Kein Artikel wurde zurückgehalten, daher hat das Modell noch keine Werte.</translation>
    </message>
    <message>
        <source>{n} held-out article</source>
        <translation>{n} zurückgehaltenen Artikel</translation>
    </message>
    <message>
        <source>{n} held-out articles</source>
        <translation>{n} zurückgehaltenen Artikeln</translation>
    </message>
    <message>
        <source>Scored on {articles} (overlap matching):</source>
        <translation>Bewertet an {articles} (Überlappung):</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>• {label}: precision {precision}, recall {recall}, F1 {f1}</source>
        <translation>• {label}: Präzision {precision}, Recall {recall}, F1 {f1}</translation>
    </message>
    <message>
        <source>Its suggestions join the rules&apos; in every article detected from now on (Suggestions › Detect claims again for one already detected).</source>
        <translation>Seine Vorschläge kommen ab jetzt in jedem erkannten Artikel zu denen der Regeln hinzu (Vorschläge › Angaben erneut erkennen für einen bereits erkannten).</translation>
    </message>
    <message>
        <source>The model in {name} suggests claims beside the rules.</source>
        <translation>Das Modell in {name} schlägt Angaben neben den Regeln vor.</translation>
    </message>
    <message>
        <source>The model was not read: {why}</source>
        <translation>Das Modell wurde nicht gelesen: {why}</translation>
    </message>
    <message>
        <source>&amp;Train model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train a model on the spans of the articles marked done; its suggestions join the rules&apos;</source>
        <translation>Ein Modell auf den Spans der fertigen Artikel trainieren; seine Vorschläge ergänzen die der Regeln</translation>
    </message>
    <message>
        <source>This database is read-only here: a model cannot be saved.</source>
        <translation>Diese Datenbank ist hier schreibgeschützt: Ein Modell lässt sich nicht speichern.</translation>
    </message>
    <message>
        <source>Cannot train a model: {hint}</source>
        <translation>Kein Modell trainierbar: {hint}</translation>
    </message>
    <message>
        <source>Model trained and saved in {name}.</source>
        <translation>Modell trainiert und in {name} gespeichert.</translation>
    </message>
    <message>
        <source>Training a model</source>
        <translation>Modell wird trainiert</translation>
    </message>
    <message>
        <source>Model trained</source>
        <translation>Modell trainiert</translation>
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
    <message>
        <source>This is the last article.</source>
        <translation>Das ist der letzte Artikel.</translation>
    </message>
    <message>
        <source>This is the first article.</source>
        <translation>Das ist der erste Artikel.</translation>
    </message>
    <message>
        <source>Every other article is done.</source>
        <translation>Jeder andere Artikel ist fertig.</translation>
    </message>
    <message>
        <source>This article has no spans or suggestions yet.</source>
        <translation>Dieser Artikel hat noch keine Spans oder Vorschläge.</translation>
    </message>
    <message>
        <source>No suggestions to review in this article.</source>
        <translation>In diesem Artikel sind keine Vorschläge zu prüfen.</translation>
    </message>
</context>
<context>
    <name>OpenArticle</name>
    <message>
        <source>There is no article with id {id}.</source>
        <translation>Es gibt keinen Artikel mit der ID {id}.</translation>
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
    <message>
        <source>Delete label</source>
        <translation>Label löschen</translation>
    </message>
    <message>
        <source>{spans} and {suggestions} carry {name}. Delete the label and all of them? (Edit › Undo brings them back.)</source>
        <translation>{spans} und {suggestions} tragen {name}. Das Label und alle davon löschen? (Bearbeiten › Rückgängig holt sie zurück.)</translation>
    </message>
    <message>
        <source>{n} span</source>
        <translation>{n} Span</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} Spans</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} Vorschlag</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} Vorschläge</translation>
    </message>
    <message>
        <source>Showing everyone&apos;s spans</source>
        <translation>Zeigt die Spans aller</translation>
    </message>
    <message>
        <source>Showing {layer}&apos;s spans</source>
        <translation>Zeigt die Spans von {layer}</translation>
    </message>
    <message>
        <source>Annotator: {name}   ·   {showing}   ·   Saved to {path}</source>
        <translation>Annotator: {name}   ·   {showing}   ·   Gespeichert in {path}</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Name stored on every span you make:</source>
        <translation>Name, der an jedem Ihrer Spans gespeichert wird:</translation>
    </message>
    <message>
        <source>You annotate as {name}.</source>
        <translation>Sie annotieren als {name}.</translation>
    </message>
</context>
<context>
    <name>ProjectChooser</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>{path} exists already; choose Open project… to open it.</source>
        <translation>{path} gibt es schon; zum Öffnen Projekt öffnen… wählen.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
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
        <source>Reopen the project</source>
        <translation>Projekt erneut öffnen</translation>
    </message>
    <message>
        <source>{why}

Reopen the project now?</source>
        <translation>{why}

Projekt jetzt erneut öffnen?</translation>
    </message>
    <message>
        <source>(no other project yet)</source>
        <translation>(noch kein anderes Projekt)</translation>
    </message>
    <message>
        <source>Could not open the project: {error}</source>
        <translation>Das Projekt ließ sich nicht öffnen: {error}</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Claimmark — Projects</source>
        <translation>Claimmark — Projekte</translation>
    </message>
    <message>
        <source>Enter opens the selected project; Delete takes it off this list (its file stays).</source>
        <translation>Eingabe öffnet das gewählte Projekt; Entf nimmt es von dieser Liste (seine Datei bleibt).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Von der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Open &amp;other…</source>
        <translation>&amp;Anderes öffnen…</translation>
    </message>
    <message>
        <source>&amp;Show this list when Claimmark starts</source>
        <translation>Diese Liste beim &amp;Start von Claimmark zeigen</translation>
    </message>
    <message>
        <source>Otherwise Claimmark opens the project opened last (with two or more listed)</source>
        <translation>Sonst öffnet Claimmark das zuletzt geöffnete Projekt (bei zwei oder mehr in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>  (open now)</source>
        <translation>  (jetzt offen)</translation>
    </message>
    <message>
        <source>no articles</source>
        <translation>keine Artikel</translation>
    </message>
    <message>
        <source>{done} of {articles} done, {percent} %</source>
        <translation>{done} von {articles} fertig, {percent} %</translation>
    </message>
    <message>
        <source>{path} exists already; choose Open other… to open it.</source>
        <translation>{path} gibt es schon; wählen Sie „Anderes öffnen…“, um es zu öffnen.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search all articles (Ctrl+F)</source>
        <translation>Alle Artikel durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Words in any article: type, then Enter opens the first hit.</source>
        <translation>Wörter in allen Artikeln: tippen, dann öffnet Eingabe den ersten Treffer.</translation>
    </message>
    <message>
        <source>{article}, offset {offset}</source>
        <translation>{article}, Position {offset}</translation>
    </message>
    <message>
        <source>{hits} in {articles}</source>
        <translation>{hits} in {articles}</translation>
    </message>
    <message>
        <source>{n} hit</source>
        <translation>{n} Treffer</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} Treffer</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikeln</translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>Keine Treffer.</translation>
    </message>
</context>
<context>
    <name>SessionLabel</name>
    <message>
        <source>Spans made and articles marked done since the window opened</source>
        <translation>Seit dem Öffnen des Fensters gemachte Spans und fertig markierte Artikel</translation>
    </message>
</context>
<context>
    <name>SessionStats</name>
    <message>
        <source>This session: {spans}, {articles} done</source>
        <translation>Diese Sitzung: {spans}, {articles} fertig</translation>
    </message>
    <message>
        <source>{n} span</source>
        <translation>{n} Span</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} Spans</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>{words}, {rate} spans an hour</source>
        <translation>{words}, {rate} Spans pro Stunde</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split among annotators</source>
        <translation>Unter Annotatoren aufteilen</translation>
    </message>
    <message>
        <source>anna, ben, chris</source>
        <translation>anna, ben, chris</translation>
    </message>
    <message>
        <source>Articles two people annotate, so their agreement can be measured</source>
        <translation>Artikel, die zwei Personen annotieren, damit ihre Übereinstimmung messbar ist</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotatoren</translation>
    </message>
    <message>
        <source>Annotated twice</source>
        <translation>Doppelt annotiert</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Will write</source>
        <translation>Schreibt</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
    <message>
        <source>Folder for the shares</source>
        <translation>Ordner für die Anteile</translation>
    </message>
    <message>
        <source>Type the annotators&apos; names, separated by commas.</source>
        <translation>Die Namen der Annotatoren eingeben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Two annotators at least, to annotate articles twice.</source>
        <translation>Mindestens zwei Annotatoren, um Artikel doppelt zu annotieren.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Annotator &amp;layer</source>
        <translation>Annotator-&amp;Ebene</translation>
    </message>
    <message>
        <source>Showing everyone&apos;s spans{editable}.</source>
        <translation>Zeigt die Spans aller{editable}.</translation>
    </message>
    <message>
        <source>Showing {annotator}&apos;s spans{editable}.</source>
        <translation>Zeigt die Spans von {annotator}{editable}.</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Mine ({own})</source>
        <translation>&amp;Meine ({own})</translation>
    </message>
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
    <message>
        <source>Merge annotators&apos; databases into this project</source>
        <translation>Datenbanken der Annotatoren in dieses Projekt zusammenführen</translation>
    </message>
    <message>
        <source>Claimmark databases (*.db);;All files (*)</source>
        <translation>Claimmark-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>Claimmark {version}
Annotate troop, loss and weapon claims in news articles.

{versions}

Database: {path}
Licence: {licence}</source>
        <translation>Claimmark {version}
Angaben zu Truppen, Verlusten und Waffen in Nachrichtenartikeln annotieren.

{versions}

Datenbank: {path}
Lizenz: {licence}</translation>
    </message>
    <message>
        <source>About Claimmark</source>
        <translation>Über Claimmark</translation>
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
    <name>app</name>
    <message>
        <source>Welcome to Claimmark</source>
        <translation>Willkommen bei Claimmark</translation>
    </message>
    <message>
        <source>Your name, stored on every span you make:</source>
        <translation>Ihr Name, gespeichert an jedem Span, den Sie anlegen:</translation>
    </message>
    <message>
        <source>Claimmark: this is a bug</source>
        <translation>Claimmark: Das ist ein Programmfehler</translation>
    </message>
    <message>
        <source>This is a bug in Claimmark, not something you did. Your saved work is safe in the database. Please report it with the details below.</source>
        <translation>Das ist ein Fehler in Claimmark, nicht etwas, das Sie getan haben. Ihre gespeicherte Arbeit ist in der Datenbank sicher. Bitte melden Sie ihn mit den Einzelheiten unten.</translation>
    </message>
    <message>
        <source>Claimmark cannot open the project</source>
        <translation>Claimmark kann das Projekt nicht öffnen</translation>
    </message>
    <message>
        <source>Some lexicon lines were skipped: {problem} (and {n} more, see the log)</source>
        <translation>Einige Lexikonzeilen wurden übersprungen: {problem} (und {n} weitere, siehe Protokoll)</translation>
    </message>
    <message>
        <source>Some lexicon lines were skipped: {problem}</source>
        <translation>Einige Lexikonzeilen wurden übersprungen: {problem}</translation>
    </message>
    <message>
        <source>Claimmark cannot show the project</source>
        <translation>Claimmark kann das Projekt nicht anzeigen</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifikator</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Adjudikation</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>mark {label} {text}</source>
        <translation>{label} {text} markieren</translation>
    </message>
    <message>
        <source>delete {label} {text}</source>
        <translation>{label} {text} löschen</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>qualifier</source>
        <translation>Qualifikator</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>{first}, {next}</source>
        <translation>{first}, {next}</translation>
    </message>
    <message>
        <source>change {text} from {old} to {new}</source>
        <translation>{text} von {old} zu {new} ändern</translation>
    </message>
    <message>
        <source>edit {what} of suggestion {text}</source>
        <translation>{what} des Vorschlags {text} bearbeiten</translation>
    </message>
    <message>
        <source>edit {what} of {text}</source>
        <translation>{what} von {text} bearbeiten</translation>
    </message>
    <message>
        <source>accept {label} {text}</source>
        <translation>{label} {text} annehmen</translation>
    </message>
    <message>
        <source>accept {n} suggestions</source>
        <translation>{n} Vorschläge annehmen</translation>
    </message>
    <message>
        <source>accept {label} {text} (covered by {span})</source>
        <translation>{label} {text} annehmen (von {span} abgedeckt)</translation>
    </message>
    <message>
        <source>reject {label} {text}</source>
        <translation>{label} {text} ablehnen</translation>
    </message>
    <message>
        <source>propose {label} {words} again</source>
        <translation>{label} {words} wieder vorschlagen</translation>
    </message>
    <message>
        <source>learn {label} {text}</source>
        <translation>von {label} {text} lernen</translation>
    </message>
    <message>
        <source>learn {label} {text} ({found}, {word} in the lexicon)</source>
        <translation>von {label} {text} lernen ({found}, {word} im Lexikon)</translation>
    </message>
    <message>
        <source>learn {label} {text} ({found})</source>
        <translation>von {label} {text} lernen ({found})</translation>
    </message>
    <message>
        <source>learn {label} {text} ({word} in the lexicon)</source>
        <translation>von {label} {text} lernen ({word} im Lexikon)</translation>
    </message>
    <message>
        <source>in {n} article</source>
        <translation>in {n} Artikel</translation>
    </message>
    <message>
        <source>in {n} articles</source>
        <translation>in {n} Artikeln</translation>
    </message>
    <message>
        <source>{n} suggestion {in_articles}</source>
        <translation>{n} Vorschlag {in_articles}</translation>
    </message>
    <message>
        <source>{n} suggestions {in_articles}</source>
        <translation>{n} Vorschläge {in_articles}</translation>
    </message>
    <message>
        <source>{n} article</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>unknown language</source>
        <translation>unbekannte Sprache</translation>
    </message>
    <message>
        <source>{n} articles</source>
        <translation>{n} Artikel</translation>
    </message>
    <message>
        <source>reject every version at {start}-{end}</source>
        <translation>jede Fassung bei {start}–{end} ablehnen</translation>
    </message>
    <message>
        <source>mark article {status}</source>
        <translation>Artikel als {status} markieren</translation>
    </message>
    <message>
        <source>remove the article&apos;s note</source>
        <translation>die Notiz zum Artikel entfernen</translation>
    </message>
    <message>
        <source>edit the article&apos;s note</source>
        <translation>die Notiz zum Artikel bearbeiten</translation>
    </message>
    <message>
        <source>set the article&apos;s language to {language}</source>
        <translation>die Sprache des Artikels auf {language} setzen</translation>
    </message>
    <message>
        <source>set the article&apos;s date</source>
        <translation>das Datum des Artikels setzen</translation>
    </message>
    <message>
        <source>set the article&apos;s outlet</source>
        <translation>das Medium des Artikels setzen</translation>
    </message>
    <message>
        <source>set the article&apos;s URL</source>
        <translation>die URL des Artikels setzen</translation>
    </message>
    <message>
        <source>set the article&apos;s details</source>
        <translation>die Angaben zum Artikel setzen</translation>
    </message>
    <message>
        <source>add label {name}</source>
        <translation>Label {name} hinzufügen</translation>
    </message>
    <message>
        <source>change label {name}</source>
        <translation>Label {name} ändern</translation>
    </message>
    <message>
        <source>delete label {name}</source>
        <translation>Label {name} löschen</translation>
    </message>
    <message>
        <source>take over {n} span the annotators agree on</source>
        <translation>{n} Span übernehmen, in dem sich die Annotatoren einig sind</translation>
    </message>
    <message>
        <source>take over {n} spans the annotators agree on</source>
        <translation>{n} Spans übernehmen, in denen sich die Annotatoren einig sind</translation>
    </message>
    <message>
        <source>take {who}&apos;s version</source>
        <translation>die Fassung von {who} übernehmen</translation>
    </message>
    <message>
        <source>{refused}: {why}</source>
        <translation>{refused}: {why}</translation>
    </message>
    <message>
        <source>The selection holds no word to mark.</source>
        <translation>Die Auswahl enthält kein Wort zum Markieren.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>The start of {text} cannot move further that way.</source>
        <translation>Der Anfang von {text} lässt sich nicht weiter in diese Richtung verschieben.</translation>
    </message>
    <message>
        <source>The end of {text} cannot move further that way.</source>
        <translation>Das Ende von {text} lässt sich nicht weiter in diese Richtung verschieben.</translation>
    </message>
    <message>
        <source>Not accepted: {why} Reject it (X) or change its label.</source>
        <translation>Nicht angenommen: {why} Lehnen Sie ihn ab (X) oder ändern Sie sein Label.</translation>
    </message>
    <message>
        <source>No suggestion to reject.</source>
        <translation>Kein Vorschlag zum Ablehnen.</translation>
    </message>
    <message>
        <source>reject {n} suggestions</source>
        <translation>{n} Vorschläge ablehnen</translation>
    </message>
    <message>
        <source>No suggestion to accept.</source>
        <translation>Kein Vorschlag zum Annehmen.</translation>
    </message>
    <message>
        <source>All {n} suggestions overlap spans of their label.</source>
        <translation>Alle {n} Vorschläge überlappen Spans ihres Labels.</translation>
    </message>
    <message>
        <source>Label not saved: {problems}.</source>
        <translation>Label nicht gespeichert: {problems}.</translation>
    </message>
    <message>
        <source>split {articles} among {annotators}: {twice} annotated twice</source>
        <translation>{articles} auf {annotators} aufgeteilt: {twice} doppelt annotiert</translation>
    </message>
    <message>
        <source>{n} annotator</source>
        <translation>{n} Annotator</translation>
    </message>
    <message>
        <source>{n} annotators</source>
        <translation>{n} Annotatoren</translation>
    </message>
    <message>
        <source>{name}: {articles} ({shared} shared) in {path}</source>
        <translation>{name}: {articles} ({shared} geteilt) in {path}</translation>
    </message>
    <message>
        <source>Two annotators&apos; names make the same file name; name them apart.</source>
        <translation>Die Namen zweier Annotatoren ergeben denselben Dateinamen; benennen Sie sie unterschiedlich.</translation>
    </message>
    <message>
        <source>Not overwriting what exists: {names}.</source>
        <translation>Vorhandenes wird nicht überschrieben: {names}.</translation>
    </message>
    <message>
        <source>merged {databases}: {added}, {spans}{corrected}, {statuses}, {alone} left alone, {problems}</source>
        <translation>{databases} zusammengeführt: {added}, {spans}{corrected}, {statuses}, {alone} unberührt gelassen, {problems}</translation>
    </message>
    <message>
        <source>{n} database</source>
        <translation>{n} Datenbank</translation>
    </message>
    <message>
        <source>{n} databases</source>
        <translation>{n} Datenbanken</translation>
    </message>
    <message>
        <source>{n} status</source>
        <translation>{n} Status</translation>
    </message>
    <message>
        <source>{n} statuses</source>
        <translation>{n} Status</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} Problem</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} Probleme</translation>
    </message>
    <message>
        <source>a team&apos;s work</source>
        <translation>Arbeit eines Teams</translation>
    </message>
    <message>
        <source>{owner}&apos;s work</source>
        <translation>Arbeit von {owner}</translation>
    </message>
    <message>
        <source>{path}: {whose} ({how}), {added}, {spans}{corrected}</source>
        <translation>{path}: {whose} ({how}), {added}, {spans}{corrected}</translation>
    </message>
    <message>
        <source>skipped {article} from {path}: {why}</source>
        <translation>{article} aus {path} übersprungen: {why}</translation>
    </message>
    <message>
        <source> ({updated} updated, {removed} removed)</source>
        <translation> ({updated} aktualisiert, {removed} entfernt)</translation>
    </message>
    <message>
        <source>{n} new article</source>
        <translation>{n} neuer Artikel</translation>
    </message>
    <message>
        <source>{n} new articles</source>
        <translation>{n} neue Artikel</translation>
    </message>
    <message>
        <source>{n} span</source>
        <translation>{n} Span</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} Spans</translation>
    </message>
    <message>
        <source>as the share says</source>
        <translation>wie der Anteil angibt</translation>
    </message>
    <message>
        <source>a team database: each annotator&apos;s statuses are their own</source>
        <translation>eine Team-Datenbank: Die Status jedes Annotators sind seine eigenen</translation>
    </message>
    <message>
        <source>the annotator of all its spans</source>
        <translation>der Annotator aller ihrer Spans</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>aus dem Dateinamen</translation>
    </message>
    <message>
        <source>{spans} of the &apos;{gold}&apos; layer not merged: the gold layer is written by adjudicating in this database</source>
        <translation>{spans} der Ebene „{gold}“ nicht zusammengeführt: Die Gold-Ebene entsteht durch Adjudizieren in dieser Datenbank</translation>
    </message>
    <message>
        <source>{label} span {text} in {article} not updated: {why}</source>
        <translation>{label}-Span {text} in {article} nicht aktualisiert: {why}</translation>
    </message>
    <message>
        <source>label {name} is {colour} in {path} and {ours} in the team database; the team&apos;s colour is kept</source>
        <translation>Label {name} ist {colour} in {path} und {ours} in der Team-Datenbank; die Farbe des Teams bleibt</translation>
    </message>
    <message>
        <source>with the rules on the held-out articles, exact F1 {f1} and precision {precision}, against {rules_f1} and {rules_precision} for the rules alone (suggestions scored {threshold} or more)</source>
        <translation>mit den Regeln auf den zurückgehaltenen Artikeln exakter F1 {f1} und Präzision {precision}, gegenüber {rules_f1} und {rules_precision} für die Regeln allein (Vorschläge mit Wert {threshold} oder mehr)</translation>
    </message>
    <message>
        <source>the model helps: {figures}; the project uses it</source>
        <translation>das Modell hilft: {figures}; das Projekt verwendet es</translation>
    </message>
    <message>
        <source>the model does not help: {figures}; the project goes on without it (claimmark detect --model uses it all the same)</source>
        <translation>das Modell hilft nicht: {figures}; das Projekt arbeitet ohne es weiter (claimmark detect --model verwendet es trotzdem)</translation>
    </message>
    <message>
        <source>trained on {trained} marked done ({spans}, {language}); {held} held out</source>
        <translation>trainiert auf {trained}, die als fertig markiert sind ({spans}, {language}); {held} zurückgehalten</translation>
    </message>
    <message>
        <source>note: {spans} longer than the model reads: left out</source>
        <translation>Hinweis: {spans} länger, als das Modell liest: ausgelassen</translation>
    </message>
    <message>
        <source>saved in {path}</source>
        <translation>gespeichert in {path}</translation>
    </message>
    <message>
        <source>No article marked done has a span: a model learns from the spans of the articles you mark done (Ctrl+Enter in the window).</source>
        <translation>Kein als fertig markierter Artikel hat einen Span: Ein Modell lernt aus den Spans der Artikel, die Sie als fertig markieren (Strg+Eingabe im Fenster).</translation>
    </message>
    <message>
        <source>backed up {articles} and {spans} to {path}</source>
        <translation>{articles} und {spans} nach {path} gesichert</translation>
    </message>
    <message>
        <source> and {n} suggestion</source>
        <translation> und {n} Vorschlag</translation>
    </message>
    <message>
        <source> and {n} suggestions</source>
        <translation> und {n} Vorschlägen</translation>
    </message>
    <message>
        <source>imported {articles} with {spans}{suggested}, merged {merged}, skipped {skipped}, {problems}</source>
        <translation>{articles} mit {spans}{suggested} importiert, {merged} zusammengeführt, {skipped} übersprungen, {problems}</translation>
    </message>
    <message>
        <source>skipped {article}: {why}</source>
        <translation>{article} übersprungen: {why}</translation>
    </message>
    <message>
        <source>this is the project&apos;s own database; not imported</source>
        <translation>das ist die eigene Datenbank des Projekts; nicht importiert</translation>
    </message>
    <message>
        <source>{path}: {what}</source>
        <translation>{path}: {what}</translation>
    </message>
    <message>
        <source>{path}:{line}: {what}</source>
        <translation>{path}:{line}: {what}</translation>
    </message>
    <message>
        <source>article {article} has {count} characters, more than the {most} an article may have (split it); not imported</source>
        <translation>Artikel {article} hat {count} Zeichen, mehr als die {most}, die ein Artikel haben darf (teilen Sie ihn); nicht importiert</translation>
    </message>
    <message>
        <source>{span} in {article}: {conflict}</source>
        <translation>{span} in {article}: {conflict}</translation>
    </message>
    <message>
        <source>{label} suggestion {text}</source>
        <translation>{label}-Vorschlag {text}</translation>
    </message>
    <message>
        <source>{label} span {text}</source>
        <translation>{label}-Span {text}</translation>
    </message>
    <message>
        <source>{what} in {article}: label not in the project; not imported</source>
        <translation>{what} in {article}: Label nicht im Projekt; nicht importiert</translation>
    </message>
    <message>
        <source>unknown section [{current}]; known: {names}, each alone or for one language ({languages}): [{section}.{language}]</source>
        <translation>unbekannter Abschnitt [{current}]; bekannt: {names}, jeweils allein oder für eine Sprache ({languages}): [{section}.{language}]</translation>
    </message>
    <message>
        <source>entry {line} is outside a section</source>
        <translation>Eintrag {line} steht außerhalb eines Abschnitts</translation>
    </message>
    <message>
        <source>entry {line}… has {count} characters, more than the {most} a lexicon entry may have; skipped</source>
        <translation>Eintrag {line}… hat {count} Zeichen, mehr als die {most}, die ein Lexikoneintrag haben darf; übersprungen</translation>
    </message>
    <message>
        <source>more than {most} entries; this one and those after it are skipped (the detector reads every entry for every article)</source>
        <translation>mehr als {most} Einträge; dieser und die folgenden werden übersprungen (der Detektor liest jeden Eintrag für jeden Artikel)</translation>
    </message>
    <message>
        <source>the article id is too long (or empty) for a file name; not written</source>
        <translation>die Artikel-ID ist zu lang (oder leer) für einen Dateinamen; nicht geschrieben</translation>
    </message>
    <message>
        <source>its file name would be the same as {twin}&apos;s; not written</source>
        <translation>sein Dateiname wäre derselbe wie der von {twin}; nicht geschrieben</translation>
    </message>
    <message>
        <source>no .ann files: not a brat folder</source>
        <translation>keine .ann-Dateien: kein brat-Ordner</translation>
    </message>
    <message>
        <source>no {name} beside it</source>
        <translation>kein {name} daneben</translation>
    </message>
    <message>
        <source>bad offsets {where}</source>
        <translation>ungültige Positionen {where}</translation>
    </message>
    <message>
        <source>discontinuous span {where} is not supported</source>
        <translation>unterbrochener Span {where} wird nicht unterstützt</translation>
    </message>
    <message>
        <source>not CSV: {error}</source>
        <translation>kein CSV: {error}</translation>
    </message>
    <message>
        <source>this is a CSV of spans (Claimmark&apos;s CSV export: one span a row, no article texts); CSV imports articles, one a row with a text column: import the jsonl export to bring spans back</source>
        <translation>das ist ein CSV von Spans (Claimmarks CSV-Export: ein Span je Zeile, keine Artikeltexte); CSV importiert Artikel, einen je Zeile mit einer Spalte text: Importieren Sie den jsonl-Export, um Spans zurückzuholen</translation>
    </message>
    <message>
        <source>no &apos;text&apos; column (columns: {value})</source>
        <translation>keine Spalte „text“ (Spalten: {value})</translation>
    </message>
    <message>
        <source>not CSV from here on: {error}; the rows before it are read</source>
        <translation>ab hier kein CSV: {error}; die Zeilen davor sind gelesen</translation>
    </message>
    <message>
        <source>label {item} is not [start, end, LABEL]</source>
        <translation>Label {item} ist nicht [start, end, LABEL]</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>unknown format {value}; say --format ({names})</source>
        <translation>unbekanntes Format {value}; geben Sie --format an ({names})</translation>
    </message>
    <message>
        <source>unknown format {name}</source>
        <translation>unbekanntes Format {name}</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a list of Label Studio tasks</source>
        <translation>keine Liste von Label-Studio-Aufgaben</translation>
    </message>
    <message>
        <source>task {task} has no data.text</source>
        <translation>Aufgabe {task} hat kein data.text</translation>
    </message>
    <message>
        <source>task {task}: annotations are not a list of results</source>
        <translation>Aufgabe {task}: annotations sind keine Liste von Ergebnissen</translation>
    </message>
    <message>
        <source>task {task}: a labels result has no labels</source>
        <translation>Aufgabe {task}: ein labels-Ergebnis hat keine Labels</translation>
    </message>
    <message>
        <source>cannot read lexicon: {error}</source>
        <translation>Lexikon nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>not a Parquet file Arrow reads: {error}</source>
        <translation>keine Parquet-Datei, die Arrow liest: {error}</translation>
    </message>
    <message>
        <source>no text column (it has {value})</source>
        <translation>keine Spalte text (sie hat {value})</translation>
    </message>
    <message>
        <source>cannot read past row {row}: {error}</source>
        <translation>nach Zeile {row} nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>cannot read: {why}</source>
        <translation>nicht lesbar: {why}</translation>
    </message>
    <message>
        <source>{path}: read as {encoding}</source>
        <translation>{path}: als {encoding} gelesen</translation>
    </message>
    <message>
        <source>the file has {size} bytes; Claimmark reads files of at most {most} (split it)</source>
        <translation>die Datei hat {size} Bytes; Claimmark liest Dateien von höchstens {most} (teilen Sie sie)</translation>
    </message>
    <message>
        <source>not text in any known encoding</source>
        <translation>kein Text in einer bekannten Kodierung</translation>
    </message>
    <message>
        <source>article {article} has {size} characters; Claimmark takes articles of at most {most} (split it)</source>
        <translation>Artikel {article} hat {size} Zeichen; Claimmark nimmt Artikel von höchstens {most} (teilen Sie ihn)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>unknown status {status} of {article}; imported as to do</source>
        <translation>unbekannter Status {status} von {article}; als offen importiert</translation>
    </message>
    <message>
        <source>{label} suggestion {start}-{end} of {article}: {what}</source>
        <translation>{label}-Vorschlag {start}-{end} von {article}: {what}</translation>
    </message>
    <message>
        <source>state {state}: only &quot;pending&quot; marks a suggestion to review; not imported</source>
        <translation>state {state}: nur &quot;pending&quot; kennzeichnet einen zu prüfenden Vorschlag; nicht importiert</translation>
    </message>
    <message>
        <source>score {score} is not a number from 0 to 1; read as 1</source>
        <translation>score {score} ist keine Zahl von 0 bis 1; als 1 gelesen</translation>
    </message>
    <message>
        <source>proposed_by {by} is none of {known}; read as rules</source>
        <translation>proposed_by {by} ist keines von {known}; als rules gelesen</translation>
    </message>
    <message>
        <source>published date of {article}: {why}; left empty</source>
        <translation>Erscheinungsdatum von {article}: {why}; leer gelassen</translation>
    </message>
    <message>
        <source>span offsets {start_given}-{end_given} of {article} are not whole numbers</source>
        <translation>Span-Positionen {start_given}-{end_given} von {article} sind keine ganzen Zahlen</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article} has no label</source>
        <translation>Span {start}-{end} von {article} hat kein Label</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article} is reversed ({length} characters)</source>
        <translation>Span {start}-{end} von {article} ist umgekehrt ({length} Zeichen)</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article} is outside the text ({length} characters)</source>
        <translation>Span {start}-{end} von {article} liegt außerhalb des Textes ({length} Zeichen)</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article} says {says} but the text there is {there}</source>
        <translation>Span {start}-{end} von {article} nennt {says}, aber der Text dort ist {there}</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article} covers only control characters</source>
        <translation>Span {start}-{end} von {article} umfasst nur Steuerzeichen</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article}: value {value} is not a whole number</source>
        <translation>Span {start}-{end} von {article}: Wert {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>span {start}-{end} of {article}: unknown qualifier {qualifier}</source>
        <translation>Span {start}-{end} von {article}: unbekannter Qualifikator {qualifier}</translation>
    </message>
    <message>
        <source>the line is not text in any known encoding</source>
        <translation>die Zeile ist kein Text in einer bekannten Kodierung</translation>
    </message>
    <message>
        <source>invalid JSON: {why} (column {column})</source>
        <translation>ungültiges JSON: {why} (Spalte {column})</translation>
    </message>
    <message>
        <source>a line is not a JSON object</source>
        <translation>eine Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a list ({kind})</source>
        <translation>„{name}“ ist keine Liste ({kind})</translation>
    </message>
    <message>
        <source>no &quot;text&quot; string</source>
        <translation>keine Zeichenkette „text“</translation>
    </message>
    <message>
        <source>{label} span {start}-{end} {text} does not begin and end on spaCy&apos;s tokens (Doc.char_span strict finds nothing)</source>
        <translation>{label}-Span {start}-{end} {text} beginnt und endet nicht an spaCy-Tokens (Doc.char_span strict findet nichts)</translation>
    </message>
    <message>
        <source>{label} span {start}-{end} {text} is written on its tokens, but spaCy&apos;s tokenizer does not begin and end there (Doc.char_span strict finds nothing)</source>
        <translation>{label}-Span {start}-{end} {text} ist auf seinen Tokens geschrieben, aber der Tokenizer von spaCy beginnt und endet dort nicht (Doc.char_span strict findet nichts)</translation>
    </message>
    <message>
        <source>{label} span {start}-{end} {text} does not begin and end on a word; not written</source>
        <translation>{label}-Span {start}-{end} {text} beginnt und endet nicht an einem Wort; nicht geschrieben</translation>
    </message>
    <message>
        <source>folder holds no .txt files</source>
        <translation>der Ordner enthält keine .txt-Dateien</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the name {name} must start with a capital letter and hold only capitals, digits and _ (at most 32)</source>
        <translation>der Name {name} muss mit einem Großbuchstaben beginnen und darf nur Großbuchstaben, Ziffern und _ enthalten (höchstens 32)</translation>
    </message>
    <message>
        <source>there is a label {name} already</source>
        <translation>es gibt schon ein Label {name}</translation>
    </message>
    <message>
        <source>the key {key} must be one of 1 to 9</source>
        <translation>die Taste {key} muss eine von 1 bis 9 sein</translation>
    </message>
    <message>
        <source>key {key} is {other}&apos;s already</source>
        <translation>Taste {key} gehört schon zu {other}</translation>
    </message>
    <message>
        <source>the colour {colour} must be #rrggbb</source>
        <translation>die Farbe {colour} muss #rrggbb sein</translation>
    </message>
    <message>
        <source>{text} overlaps the {label} span {other} ({start}-{end}). Spans of the same label cannot overlap (in one annotator&apos;s layer).</source>
        <translation>{text} überlappt den {label}-Span {other} ({start}-{end}). Spans desselben Labels dürfen sich nicht überlappen (in der Ebene eines Annotators).</translation>
    </message>
    <message>
        <source>An annotator needs a name.</source>
        <translation>Ein Annotator braucht einen Namen.</translation>
    </message>
    <message>
        <source>&apos;{gold}&apos; is the adjudicated layer&apos;s name; choose another annotator name.</source>
        <translation>„{gold}“ ist der Name der entschiedenen Ebene; wählen Sie einen anderen Annotatornamen.</translation>
    </message>
    <message>
        <source>An annotator name is at most {most} characters ({name}… has {count}).</source>
        <translation>Ein Annotatorname hat höchstens {most} Zeichen ({name}… hat {count}).</translation>
    </message>
    <message>
        <source>Name at least one annotator (names cannot be empty).</source>
        <translation>Nennen Sie mindestens einen Annotator (Namen dürfen nicht leer sein).</translation>
    </message>
    <message>
        <source>An annotator is named twice: {names}.</source>
        <translation>Ein Annotator ist doppelt genannt: {names}.</translation>
    </message>
    <message>
        <source>The double share must be between 0 and 1, not {double}.</source>
        <translation>Der doppelte Anteil muss zwischen 0 und 1 liegen, nicht {double}.</translation>
    </message>
    <message>
        <source>A double share needs at least two annotators.</source>
        <translation>Ein doppelter Anteil braucht mindestens zwei Annotatoren.</translation>
    </message>
    <message>
        <source>&apos;{words}&apos;</source>
        <translation>„{words}“</translation>
    </message>
    <message>
        <source>{path}: committed work is in its write-ahead log {wal}, which cannot be read in a folder that cannot be written; make {folder} writable and open the project once (Claimmark then folds the log into the database)</source>
        <translation>{path}: gespeicherte Arbeit liegt in seinem Write-Ahead-Log {wal}, das in einem nicht beschreibbaren Ordner nicht gelesen werden kann; machen Sie {folder} beschreibbar und öffnen Sie das Projekt einmal (Claimmark übernimmt das Log dann in die Datenbank)</translation>
    </message>
    <message>
        <source>{name} is not a Claimmark database (it holds {holds}); Claimmark opens another program&apos;s database only if it is empty. Nothing was changed.</source>
        <translation>{name} ist keine Claimmark-Datenbank (sie enthält {holds}); Claimmark öffnet die Datenbank eines anderen Programms nur, wenn sie leer ist. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>{name} was written by a newer Claimmark (schema {schema}); open it with that version.</source>
        <translation>{name} wurde von einem neueren Claimmark geschrieben (Schema {schema}); öffnen Sie sie mit dieser Version.</translation>
    </message>
    <message>
        <source>{name}: another Claimmark has been setting up this database for a minute; try again when it is done</source>
        <translation>{name}: ein anderes Claimmark richtet diese Datenbank seit einer Minute ein; versuchen Sie es wieder, wenn es fertig ist</translation>
    </message>
    <message>
        <source>{name}: cannot take its lock file {name}.lock ({why}); if no Claimmark is setting the database up, remove that file</source>
        <translation>{name}: ihre Sperrdatei {name}.lock ist nicht zu bekommen ({why}); wenn kein Claimmark die Datenbank einrichtet, löschen Sie diese Datei</translation>
    </message>
    <message>
        <source>the database is open read-only (the file or its folder cannot be written): changes cannot be saved</source>
        <translation>die Datenbank ist schreibgeschützt geöffnet (die Datei oder ihr Ordner ist nicht beschreibbar): Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path} is busy: another program has been writing to it for longer than a write waits</source>
        <translation>{path} ist belegt: ein anderes Programm schreibt länger hinein, als ein Schreibvorgang wartet</translation>
    </message>
    <message>
        <source>{path}: {error}</source>
        <translation>{path}: {error}</translation>
    </message>
    <message>
        <source>{name}: there is no such database (check the path; claimmark import or the window create one)</source>
        <translation>{name}: diese Datenbank gibt es nicht (prüfen Sie den Pfad; claimmark import oder das Fenster legen eine an)</translation>
    </message>
    <message>
        <source>{name}: cannot create its folder: {error}</source>
        <translation>{name}: ihr Ordner lässt sich nicht anlegen: {error}</translation>
    </message>
    <message>
        <source>{name} needs an upgrade to this Claimmark&apos;s schema, but it is read-only; open it where it can be written once</source>
        <translation>{name} braucht ein Upgrade auf das Schema dieses Claimmark, ist aber schreibgeschützt; öffnen Sie sie einmal dort, wo sie beschreibbar ist</translation>
    </message>
    <message>
        <source>an in-memory database has no other connection</source>
        <translation>eine Datenbank im Speicher hat keine weitere Verbindung</translation>
    </message>
    <message>
        <source>Could not copy {path} to {target}: {error}</source>
        <translation>{path} konnte nicht nach {target} kopiert werden: {error}</translation>
    </message>
    <message>
        <source>the last change may not have been saved</source>
        <translation>die letzte Änderung ist vielleicht nicht gespeichert</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>{database}: another program deleted or replaced {names} while Claimmark had the database open, so {what}. Reopen the project to go on (what the database holds on disk is kept).</source>
        <translation>{database}: ein anderes Programm hat {names} gelöscht oder ersetzt, während Claimmark die Datenbank offen hatte, daher {what}. Öffnen Sie das Projekt erneut, um weiterzuarbeiten (was die Datenbank auf der Platte enthält, bleibt erhalten).</translation>
    </message>
    <message>
        <source>{label} span {start}-{end} {text} overlaps the {other_label} span {other}; BIO tags hold one, so it is not written</source>
        <translation>{label}-Span {start}-{end} {text} überlappt den {other_label}-Span {other}; BIO-Tags fassen nur einen, daher nicht geschrieben</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>added label {name}</source>
        <translation>Label {name} hinzugefügt</translation>
    </message>
    <message>
        <source>error: {problem}</source>
        <translation>Fehler: {problem}</translation>
    </message>
    <message>
        <source>article {article}: status {status} is none of {known}; read as todo</source>
        <translation>Artikel {article}: Status {status} ist keiner von {known}; als todo gelesen</translation>
    </message>
    <message>
        <source>span {span} in article {article}: {wrong}</source>
        <translation>Span {span} in Artikel {article}: {wrong}</translation>
    </message>
    <message>
        <source>span {span} in article {article}: origin {origin} is none of {known}</source>
        <translation>Span {span} in Artikel {article}: Herkunft {origin} ist keine von {known}</translation>
    </message>
    <message>
        <source>span {span} in article {article}: qualifier {qualifier} is none of {known}</source>
        <translation>Span {span} in Artikel {article}: Qualifikator {qualifier} ist keiner von {known}</translation>
    </message>
    <message>
        <source>span {span} in article {article}: value {value} is not a whole number</source>
        <translation>Span {span} in Artikel {article}: Wert {value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{feature} needs {library}: {install}</source>
        <translation>{feature} braucht {library}: {install}</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Claimmark project</source>
        <translation>Claimmark-Projekt</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>Text mit Tabulatoren</translation>
    </message>
    <message>
        <source>brat annotations</source>
        <translation>brat-Annotationen</translation>
    </message>
    <message>
        <source>CoNLL</source>
        <translation>CoNLL</translation>
    </message>
    <message>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
    <message>
        <source>Parquet</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>SQLite write-ahead log</source>
        <translation>SQLite-Write-Ahead-Log</translation>
    </message>
    <message>
        <source>SQLite shared memory</source>
        <translation>SQLite-Shared-Memory</translation>
    </message>
    <message>
        <source>SQLite journal</source>
        <translation>SQLite-Journal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>{kind} file</source>
        <translation>{kind}-Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>Text files, one article each</source>
        <translation>Textdateien, ein Artikel je Datei</translation>
    </message>
    <message>
        <source>Claimmark JSON Lines</source>
        <translation>Claimmark JSON Lines</translation>
    </message>
    <message>
        <source>CSV, one span per row</source>
        <translation>CSV, ein Span je Zeile</translation>
    </message>
    <message>
        <source>CSV with a text column</source>
        <translation>CSV mit einer Spalte text</translation>
    </message>
    <message>
        <source>spaCy / Prodigy JSON Lines</source>
        <translation>spaCy / Prodigy JSON Lines</translation>
    </message>
    <message>
        <source>doccano JSON Lines</source>
        <translation>doccano JSON Lines</translation>
    </message>
    <message>
        <source>Label Studio tasks (JSON)</source>
        <translation>Label-Studio-Aufgaben (JSON)</translation>
    </message>
    <message>
        <source>CoNLL, BIO tags per token</source>
        <translation>CoNLL, BIO-Tags je Token</translation>
    </message>
    <message>
        <source>brat standoff (.txt + .ann per article)</source>
        <translation>brat standoff (.txt + .ann je Artikel)</translation>
    </message>
    <message>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
    <message>
        <source>Parquet, the JSON Lines fields as columns (pyarrow)</source>
        <translation>Parquet, die Felder der JSON Lines als Spalten (pyarrow)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>military personnel sent, deployed, stationed or serving</source>
        <translation>Militärpersonal, entsandt, eingesetzt, stationiert oder im Dienst</translation>
    </message>
    <message>
        <source>casualties: killed, wounded, captured, missing</source>
        <translation>Verluste: getötet, verwundet, gefangen, vermisst</translation>
    </message>
    <message>
        <source>weapon systems, munitions, military equipment</source>
        <translation>Waffensysteme, Munition, militärische Ausrüstung</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Unbekannte Sprache</translation>
    </message>
</context>
<context>
    <name>ledger</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifikator</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
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
<context>
    <name>status</name>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>upgrade</name>
    <message>
        <source>Upgrading {path} for this version of Claimmark. A copy of it as it was is kept beside it ({name}.before-upgrade-v…). This happens once.</source>
        <translation>{path} wird für diese Version von Claimmark aktualisiert. Eine Kopie, wie sie war, bleibt daneben ({name}.before-upgrade-v…). Das geschieht einmal.</translation>
    </message>
    <message>
        <source>Now: {what}</source>
        <translation>Jetzt: {what}</translation>
    </message>
    <message>
        <source>Write-ahead logging: readers never block the writer, and a crash loses nothing committed.</source>
        <translation>Write-Ahead-Logging: Leser blockieren den Schreiber nie, und ein Absturz verliert nichts Gespeichertes.</translation>
    </message>
    <message>
        <source>Articles, the label set and the spans users mark.</source>
        <translation>Artikel, die Labels und die Spans, die Nutzer markieren.</translation>
    </message>
    <message>
        <source>Detector suggestions with their review state, and when each article was last detected.</source>
        <translation>Vorschläge des Detektors mit ihrem Prüfstand, und wann jeder Artikel zuletzt erkannt wurde.</translation>
    </message>
    <message>
        <source>Full-text search over article titles and texts (FTS5, kept in sync by triggers).</source>
        <translation>Volltextsuche über Titel und Texte der Artikel (FTS5, durch Trigger aktuell gehalten).</translation>
    </message>
    <message>
        <source>A free-text note on each span.</source>
        <translation>Eine freie Notiz an jedem Span.</translation>
    </message>
    <message>
        <source>Indexes for every query of the article list, import and the span counts.</source>
        <translation>Indizes für jede Abfrage der Artikelliste, des Imports und der Span-Zählungen.</translation>
    </message>
    <message>
        <source>A free-text note on each article (what the annotator wants to say of it whole).</source>
        <translation>Eine freie Notiz an jedem Artikel (was der Annotator zum ganzen Artikel sagen will).</translation>
    </message>
    <message>
        <source>Team work: several annotators&apos; spans, statuses per annotator, adjudicated spans.</source>
        <translation>Teamarbeit: Spans mehrerer Annotatoren, Status je Annotator, entschiedene Spans.</translation>
    </message>
    <message>
        <source>Suggestions learned from the annotators&apos; spans, and words rejected too often.</source>
        <translation>Aus den Spans der Annotatoren gelernte Vorschläge, und zu oft abgelehnte Wörter.</translation>
    </message>
    <message>
        <source>Each article&apos;s language (de, en, or &quot;&quot; when it cannot be told).</source>
        <translation>Die Sprache jedes Artikels (de, en, oder &quot;&quot;, wenn sie nicht zu erkennen ist).</translation>
    </message>
    <message>
        <source>Each article&apos;s publication day (ISO 8601), outlet and URL, for the claim ledger.</source>
        <translation>Erscheinungstag (ISO 8601), Medium und URL jedes Artikels, für das Angabenregister.</translation>
    </message>
    <message>
        <source>Article texts in a table of their own: a status change no longer rewrites the text.</source>
        <translation>Artikeltexte in einer eigenen Tabelle: Eine Statusänderung schreibt den Text nicht mehr neu.</translation>
    </message>
</context>
</TS>
