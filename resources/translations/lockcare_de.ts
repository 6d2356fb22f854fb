<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>about_dialog</name>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>A maintenance companion for Tuya smart door locks.</source>
        <translation>Ein Wartungsbegleiter für smarte Tuya-Türschlösser.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>About lockcare</source>
        <translation>Über lockcare</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>{TAGLINE}&lt;br&gt;{LICENCE} licence · Python {python_version} · PySide6 {pyside_version} (Qt {qVersion})</source>
        <translation>{TAGLINE}&lt;br&gt;{LICENCE}-Lizenz · Python {python_version} · PySide6 {pyside_version} (Qt {qVersion})</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Your data: {data_dir}</source>
        <translation>Ihre Daten: {data_dir}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>The self-test checks this installation in a temporary folder; your locks and data are not touched. Support may ask you for its output.</source>
        <translation>Der Selbsttest prüft diese Installation in einem temporären Ordner; Ihre Schlösser und Daten bleiben unberührt. Der Support fragt eventuell nach seiner Ausgabe.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Run self-test</source>
        <translation>Selbsttest starten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copy output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copy the self-test's lines, e.g. to send them to support</source>
        <translation>Die Zeilen des Selbsttests kopieren, z. B. um sie an den Support zu schicken</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Self-test output</source>
        <translation>Ausgabe des Selbsttests</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Running… (about ten seconds)</source>
        <translation>Läuft… (etwa zehn Sekunden)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Some checks failed: the lines marked FAIL say what is wrong.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: Die mit FAIL markierten Zeilen sagen, was nicht stimmt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Could not start {command}.</source>
        <translation>{command} konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>The self-test could not start.</source>
        <translation>Der Selbsttest konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>&amp;About lockcare</source>
        <translation>Ü&amp;ber lockcare</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../lockcare/ui/actions.py"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>backup.backup_dialog</name>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Back up lockcare</source>
        <translation>lockcare sichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>The backup holds every lock, battery reading and swap, the maintenance log and the recurring tasks, in one file:
{path}</source>
        <translation>Die Sicherung enthält jedes Schloss, jeden Batteriemesswert und -wechsel, das Wartungsprotokoll und die wiederkehrenden Aufgaben, in einer Datei:
{path}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Include the locks' local &amp;keys</source>
        <translation>Lokale &amp;Schlüssel der Schlösser einschließen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Lets a restore on a new computer talk to the locks without pairing again</source>
        <translation>Damit kann eine Wiederherstellung auf einem neuen Computer ohne erneutes Koppeln mit den Schlössern sprechen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Anyone with this file could then control your locks on your home network. lockcare makes the file readable by you only; keep it somewhere private.</source>
        <translation>Wer diese Datei hat, könnte dann Ihre Schlösser in Ihrem Heimnetz steuern. lockcare macht die Datei nur für Sie lesbar; bewahren Sie sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
</context>
<context>
    <name>backup.file_actions</name>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Print checklist…</source>
        <translation>Checkliste &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Preview and print the selected lock's maintenance checklist</source>
        <translation>Die Wartungscheckliste des gewählten Schlosses ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Print &amp;household plan…</source>
        <translation>&amp;Haushaltsplan drucken…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Preview and print every lock's checklist and the plan for the year</source>
        <translation>Die Checklisten aller Schlösser und den Jahresplan ansehen und drucken</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save checklists as P&amp;DF…</source>
        <translation>Checklisten als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Every lock's checklist and the year plan as a PDF file</source>
        <translation>Die Checklisten aller Schlösser und der Jahresplan als PDF-Datei</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>&amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Put the maintenance dates into your calendar app</source>
        <translation>Die Wartungstermine in Ihre Kalender-App übernehmen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The log, battery readings and swaps as spreadsheet files</source>
        <translation>Protokoll, Batteriemesswerte und -wechsel als Tabellendateien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save everything to one file</source>
        <translation>Alles in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Replace everything with a backup file</source>
        <translation>Alles durch eine Sicherungsdatei ersetzen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export CSV files into folder</source>
        <translation>CSV-Dateien in Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Nothing was exported</source>
        <translation>Nichts wurde exportiert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The files could not be written: {exc}</source>
        <translation>Die Dateien konnten nicht geschrieben werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Exported {files} to {folder}.</source>
        <translation>{files} nach {folder} exportiert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The calendar was not saved</source>
        <translation>Der Kalender wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Saved the calendar to {written}. Open it with your calendar app to add the dates.</source>
        <translation>Kalender unter {written} gespeichert. Öffnen Sie ihn mit Ihrer Kalender-App, um die Termine zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Back up lockcare</source>
        <translation>lockcare sichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>lockcare backups (*.lockcare);;All files (*)</source>
        <translation>lockcare-Sicherungen (*.lockcare);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The backup was not made</source>
        <translation>Die Sicherung wurde nicht erstellt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> with the locks' keys (keep it private)</source>
        <translation> mit den Schlüsseln der Schlösser (privat aufbewahren)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> (without the locks' keys)</source>
        <translation> (ohne die Schlüssel der Schlösser)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Backed up %n lock(s) and {log_entries} log entries to {path}{keys}.</source>
        <translation>
            <numerusform>%n Schloss und {log_entries} Protokolleinträge nach {path} gesichert{keys}.</numerusform>
            <numerusform>%n Schlösser und {log_entries} Protokolleinträge nach {path} gesichert{keys}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Nothing was restored</source>
        <translation>Nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> and the locks' keys</source>
        <translation> und die Schlüssel der Schlösser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>This backup from {short_date} holds %n lock(s) and {log_entries} log entries{keys}.

Restoring replaces everything lockcare holds now. A copy of the current data is kept beside the database, just in case.</source>
        <translation>
            <numerusform>Diese Sicherung vom {short_date} enthält %n Schloss und {log_entries} Protokolleinträge{keys}.

Die Wiederherstellung ersetzt alles, was lockcare jetzt hat. Eine Kopie der aktuellen Daten bleibt für alle Fälle neben der Datenbank.</numerusform>
            <numerusform>Diese Sicherung vom {short_date} enthält %n Schlösser und {log_entries} Protokolleinträge{keys}.

Die Wiederherstellung ersetzt alles, was lockcare jetzt hat. Eine Kopie der aktuellen Daten bleibt für alle Fälle neben der Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restored {locks} locks and {log_entries} log entries from {name}.</source>
        <translation>{locks} Schlösser und {log_entries} Protokolleinträge aus {name} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Select a lock first, or print the household plan.</source>
        <translation>Wählen Sie zuerst ein Schloss aus oder drucken Sie den Haushaltsplan.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save checklists as PDF</source>
        <translation>Checklisten als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The PDF was not saved</source>
        <translation>Die PDF wurde nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>%n Seite unter {path} gespeichert.</numerusform>
            <numerusform>%n Seiten unter {path} gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>battery.chart</name>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>Battery chart</source>
        <translation>Batteriediagramm</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>now {value:.0f} %</source>
        <translation>jetzt {value:.0f} %</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>Swap {date}</source>
        <translation>Wechsel {date}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>Replace {when}</source>
        <translation>Wechseln {when}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>Roughly {when}</source>
        <translation>Etwa {when}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>Expected about {level:.0f} % on {date}</source>
        <translation>Erwartet etwa {level:.0f} % am {date}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/chart.py"/>
        <source>{reading} (from the cloud)</source>
        <translation>{reading} (aus der Cloud)</translation>
    </message>
</context>
<context>
    <name>battery.colours</name>
    <message>
        <location filename="../../lockcare/ui/battery/colours.py"/>
        <source>Replace at 20 %</source>
        <translation>Wechseln bei 20 %</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/colours.py"/>
        <source>Unreliable below 15 %</source>
        <translation>Unzuverlässig unter 15 %</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/colours.py"/>
        <source>Emergency unlocks only at 5 %</source>
        <translation>Bei 5 % nur noch Notöffnungen</translation>
    </message>
</context>
<context>
    <name>battery.import_dialog</name>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Import battery history</source>
        <translation>Batterieverlauf importieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Importing the battery history of {lock} from {file}…</source>
        <translation>Importiere den Batterieverlauf von {lock} aus {file}…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Stopping… nothing is being kept.</source>
        <translation>Breche ab… nichts wird übernommen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: nichts wurde importiert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>The import stopped on an unexpected error ({error}); nothing was imported. The details are in lockcare's log.</source>
        <translation>Der Import ist an einem unerwarteten Fehler ({error}) gescheitert; nichts wurde importiert. Einzelheiten stehen im Log von lockcare.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>Import battery history for {lock}</source>
        <translation>Batterieverlauf für {lock} importieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/import_dialog.py"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>battery.panel</name>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Yes, record that battery change…</source>
        <translation>Ja, diesen Batteriewechsel erfassen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Loading the battery history…</source>
        <translation>Lade den Batterieverlauf…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Show the last two battery sets and the forecast</source>
        <translation>Die letzten zwei Batteriesätze und die Vorhersage zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>All history</source>
        <translation>Gesamter Verlauf</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Save the chart as an image</source>
        <translation>Das Diagramm als Bild speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Battery sets</source>
        <translation>Batteriesätze</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Drag to move through time, scroll to zoom, point at the line for details.</source>
        <translation>Ziehen, um durch die Zeit zu blättern, scrollen zum Zoomen, auf die Linie zeigen für Einzelheiten.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Now {level}.</source>
        <translation>Jetzt {level}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Battery sets ({count})</source>
        <translation>Batteriesätze ({count})</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Last set: {summary}</source>
        <translation>Letzter Satz: {summary}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>No battery change recorded yet: record one to compare sets.</source>
        <translation>Noch kein Batteriewechsel erfasst: Erfassen Sie einen, um Sätze zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/panel.py"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>battery.sets_model</name>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>{lasted} so far</source>
        <translation>bisher {lasted}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>{low:g}–{high:g} months</source>
        <translation>{low:g}–{high:g} Monate</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>Put in</source>
        <translation>Eingesetzt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>Batteries</source>
        <translation>Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>Lasted</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>Compared</source>
        <translation>Im Vergleich</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>in the lock now</source>
        <translation>jetzt im Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>about as usual</source>
        <translation>etwa wie üblich</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>{ratio}x the usual life</source>
        <translation>{ratio}× die übliche Laufzeit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>about the same as the last one</source>
        <translation>etwa wie der vorige</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/battery/sets_model.py"/>
        <source>{ratio}x the last one</source>
        <translation>{ratio}× der vorige</translation>
    </message>
</context>
<context>
    <name>checklists.preview</name>
    <message>
        <location filename="../../lockcare/ui/checklists/preview.py"/>
        <source>lockcare checklist</source>
        <translation>lockcare-Checkliste</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/checklists/preview.py"/>
        <source>Print preview: </source>
        <translation>Druckvorschau: </translation>
    </message>
</context>
<context>
    <name>cloud.cloud_page</name>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Tuya cloud</source>
        <translation>Tuya-Cloud</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Data centre:</source>
        <translation>Rechenzentrum:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>e.g. 4nq8e5xaxmk7fy3tk7pk</source>
        <translation>z. B. 4nq8e5xaxmk7fy3tk7pk</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access ID</source>
        <translation>Access ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>32 letters and digits</source>
        <translation>32 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access secret</source>
        <translation>Access Secret</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access ID:</source>
        <translation>Access ID:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access secret:</source>
        <translation>Access Secret:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Ask Tuya's cloud for a token and your device list with these keys</source>
        <translation>Mit diesen Schlüsseln bei der Tuya-Cloud ein Token und Ihre Geräteliste abfragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Import locks</source>
        <translation>Schlösser &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Read the cloud now</source>
        <translation>Cloud jetzt &amp;lesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Fetch the battery levels, alarms and unlocks the cloud kept</source>
        <translation>Die Batteriestände, Alarme und Entriegelungen holen, die die Cloud gespeichert hat</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Forget the cloud link</source>
        <translation>Cloud-Verknüpfung &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Keep collecting when lockcare is closed</source>
        <translation>Auch bei geschlossenem lockcare weiter &amp;sammeln</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Not in the demo: its locks and data go away when the window closes.</source>
        <translation>Nicht in der Demo: Ihre Schlösser und Daten verschwinden, wenn das Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Not linked yet: follow the steps below, one at a time.</source>
        <translation>Noch nicht verknüpft: Folgen Sie den Schritten unten, einem nach dem anderen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Linked to the cloud project {access_id} ({place} data centre): {locks} lock(s) from the cloud, {read}.</source>
        <translation>Verknüpft mit dem Cloud-Projekt {access_id} (Rechenzentrum {place}): {locks} Schloss/Schlösser aus der Cloud, {read}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>{text}&lt;br&gt;&lt;b&gt;Problem:&lt;/b&gt; {problem}</source>
        <translation>{text}&lt;br&gt;&lt;b&gt;Problem:&lt;/b&gt; {problem}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Copy both the access ID and the access secret first.</source>
        <translation>Kopieren Sie zuerst die Access ID und das Access Secret.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Asking Tuya's cloud… (this can take a few seconds)</source>
        <translation>Frage die Tuya-Cloud… (das kann ein paar Sekunden dauern)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Reading your cloud project…</source>
        <translation>Lese Ihr Cloud-Projekt…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>lockcare forgot the cloud credentials. Your locks and their history stay.</source>
        <translation>lockcare hat die Cloud-Zugangsdaten vergessen. Ihre Schlösser und ihr Verlauf bleiben.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>It works: your cloud project has {locks} lock(s). Next: import them.</source>
        <translation>Es funktioniert: Ihr Cloud-Projekt hat {locks} Schloss/Schlösser. Als Nächstes: importieren.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>That failed unexpectedly; the details are in lockcare's log.</source>
        <translation>Das ist unerwartet fehlgeschlagen; die Einzelheiten stehen im Log von lockcare.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>{BACKGROUND_HINT}

That did not work: {exc}</source>
        <translation>{BACKGROUND_HINT}

Das hat nicht geklappt: {exc}</translation>
    </message>
</context>
<context>
    <name>cloud.harvester</name>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: {exc}</source>
        <translation>Tuya-Cloud: {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Reading the Tuya cloud for {count} lock(s)…</source>
        <translation>Lese die Tuya-Cloud für {count} Schloss/Schlösser…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Reading the Tuya cloud: {name} ({number} of {total})…</source>
        <translation>Lese die Tuya-Cloud: {name} ({number} von {total})…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Another lockcare is reading the Tuya cloud; the window tries again in a few minutes.</source>
        <translation>Ein anderes lockcare liest gerade die Tuya-Cloud; das Fenster versucht es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: the harvest failed unexpectedly; details are in the log.</source>
        <translation>Tuya-Cloud: Das Abholen ist unerwartet fehlgeschlagen; Einzelheiten stehen im Log.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: {failed} of {total} lock(s) not read ({kind}): {message}</source>
        <translation>Tuya-Cloud: {failed} von {total} Schloss/Schlössern nicht gelesen ({kind}): {message}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud read: {added} new battery reading(s).</source>
        <translation>Tuya-Cloud gelesen: {added} neue(r) Batteriemesswert(e).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud read: nothing new.</source>
        <translation>Tuya-Cloud gelesen: nichts Neues.</translation>
    </message>
</context>
<context>
    <name>cloud.steps</name>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>1. Create a free cloud project</source>
        <translation>1. Ein kostenloses Cloud-Projekt anlegen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Sign in (or sign up, free) at &lt;a href='{url}'&gt;Tuya's developer platform&lt;/a&gt;, then open &lt;b&gt;Cloud → Development&lt;/b&gt; and press &lt;b&gt;Create Cloud Project&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Name: anything, e.g. &lt;i&gt;lockcare&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Industry: &lt;i&gt;Smart Home&lt;/i&gt;; development method: &lt;i&gt;Smart Home&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Data centre: the one of your phone app account (next step tells how to find it)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When it asks which services to add, keep &lt;b&gt;IoT Core&lt;/b&gt; and &lt;b&gt;Authorization Token Management&lt;/b&gt;. The free IoT Core plan lasts a few months; Tuya asks you to extend it now and then (lockcare will say when).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Melden Sie sich auf der &lt;a href='{url}'&gt;Entwicklerplattform von Tuya&lt;/a&gt; an (oder registrieren Sie sich kostenlos), öffnen Sie dann &lt;b&gt;Cloud → Development&lt;/b&gt; und klicken Sie auf &lt;b&gt;Create Cloud Project&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Name: beliebig, z. B. &lt;i&gt;lockcare&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Industry: &lt;i&gt;Smart Home&lt;/i&gt;; Development Method: &lt;i&gt;Smart Home&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Data Center: das Ihres Handy-App-Kontos (der nächste Schritt zeigt, wie Sie es finden)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Wenn nach den Diensten gefragt wird, behalten Sie &lt;b&gt;IoT Core&lt;/b&gt; und &lt;b&gt;Authorization Token Management&lt;/b&gt;. Der kostenlose IoT-Core-Tarif läuft einige Monate; Tuya bittet Sie ab und zu, ihn zu verlängern (lockcare sagt Bescheid).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>2. Pick your data centre</source>
        <translation>2. Ihr Rechenzentrum wählen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Tuya keeps each phone app account in one data centre. In the &lt;b&gt;Smart Life&lt;/b&gt; or &lt;b&gt;Tuya Smart&lt;/b&gt; app open &lt;b&gt;Me → Settings → Account and Security → Region&lt;/b&gt;: the region there decides it (most of Europe: Central Europe; the Americas: Western America).&lt;/p&gt;&lt;p&gt;The cloud project must use the same data centre, or it sees no devices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tuya führt jedes Konto der Handy-App in einem Rechenzentrum. Öffnen Sie in der App &lt;b&gt;Smart Life&lt;/b&gt; oder &lt;b&gt;Tuya Smart&lt;/b&gt; &lt;b&gt;Ich → Einstellungen → Konto und Sicherheit → Region&lt;/b&gt;: Die Region dort entscheidet (fast ganz Europa: Central Europe; Amerika: Western America).&lt;/p&gt;&lt;p&gt;Das Cloud-Projekt muss dasselbe Rechenzentrum nutzen, sonst sieht es keine Geräte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>App account</source>
        <translation>App-Konto</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>3. Link your Smart Life / Tuya Smart account</source>
        <translation>3. Ihr Smart-Life-/Tuya-Smart-Konto verknüpfen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;In your cloud project open &lt;b&gt;Devices → Link App Account → Add App Account&lt;/b&gt;. A QR code appears: in the phone app, tap the scan icon at the top of the &lt;b&gt;Me&lt;/b&gt; tab and scan it, then confirm.&lt;/p&gt;&lt;p&gt;Your locks now show under &lt;b&gt;Devices → All Devices&lt;/b&gt; of the project.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie in Ihrem Cloud-Projekt &lt;b&gt;Devices → Link App Account → Add App Account&lt;/b&gt;. Ein QR-Code erscheint: Tippen Sie in der Handy-App oben im Reiter &lt;b&gt;Ich&lt;/b&gt; auf das Scan-Symbol, scannen Sie ihn und bestätigen Sie.&lt;/p&gt;&lt;p&gt;Ihre Schlösser erscheinen nun im Projekt unter &lt;b&gt;Devices → All Devices&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>4. Copy the access id and secret</source>
        <translation>4. Access ID und Secret kopieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Open the project's &lt;b&gt;Overview&lt;/b&gt;: under &lt;b&gt;Authorization Key&lt;/b&gt; copy the &lt;b&gt;Access ID / Client ID&lt;/b&gt; and the &lt;b&gt;Access Secret / Client Secret&lt;/b&gt; into the boxes below, then press &lt;b&gt;Test&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The secret is kept in your system's key store, never in lockcare's files or backups (unless you ask for a backup with keys).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Öffnen Sie die &lt;b&gt;Overview&lt;/b&gt; des Projekts: Kopieren Sie unter &lt;b&gt;Authorization Key&lt;/b&gt; die &lt;b&gt;Access ID / Client ID&lt;/b&gt; und das &lt;b&gt;Access Secret / Client Secret&lt;/b&gt; in die Felder unten und klicken Sie dann auf &lt;b&gt;Testen&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Das Secret wird im Schlüsselspeicher Ihres Systems aufbewahrt, nie in den Dateien oder Sicherungen von lockcare (außer Sie verlangen eine Sicherung mit Schlüsseln).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>5. Import your locks</source>
        <translation>5. Ihre Schlösser importieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;lockcare adds every lock of the project with its local key, and the gateways that serve Bluetooth or Zigbee locks. Locks you already have get a new key or name when the app changed them. Other devices (plugs, lights) are left out.&lt;/p&gt;&lt;p&gt;Then lockcare reads the battery levels, alarms and unlocks the cloud kept for the last 7 days, when it starts and every hour while it is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;lockcare fügt jedes Schloss des Projekts mit seinem lokalen Schlüssel hinzu, dazu die Gateways für Bluetooth- oder Zigbee-Schlösser. Schlösser, die Sie schon haben, bekommen einen neuen Schlüssel oder Namen, wenn die App sie geändert hat. Andere Geräte (Steckdosen, Lampen) bleiben draußen.&lt;/p&gt;&lt;p&gt;Danach liest lockcare die Batteriestände, Alarme und Entriegelungen, die die Cloud für die letzten 7 Tage gespeichert hat: beim Start und jede Stunde, solange es geöffnet ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Battery Wi-Fi locks sleep and are rarely heard on the home network, and their local keys come from Tuya's cloud. Link your own free Tuya cloud project and lockcare fetches the keys and the battery history the cloud keeps. lockcare only reads: it never opens or changes a lock.</source>
        <translation>WLAN-Schlösser mit Batterie schlafen und sind im Heimnetz selten zu hören, und ihre lokalen Schlüssel kommen aus der Tuya-Cloud. Verknüpfen Sie Ihr eigenes kostenloses Tuya-Cloud-Projekt, und lockcare holt die Schlüssel und den Batterieverlauf, den die Cloud speichert. lockcare liest nur: Es öffnet oder ändert nie ein Schloss.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>While lockcare is closed your computer runs “lockcare collect” every hour: it reads the locks it can reach, fetches the cloud's reports before they expire after 7 days, and tells you about a low battery or a jammed or forced lock.</source>
        <translation>Solange lockcare geschlossen ist, führt Ihr Computer jede Stunde „lockcare collect“ aus: Es liest die erreichbaren Schlösser, holt die Meldungen der Cloud, bevor sie nach 7 Tagen verfallen, und meldet eine schwache Batterie oder ein blockiertes oder aufgebrochenes Schloss.</translation>
    </message>
</context>
<context>
    <name>core.battery</name>
    <message>
        <location filename="../../lockcare/core/battery/priors.py"/>
        <source>AA alkaline</source>
        <translation>AA-Alkali</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/priors.py"/>
        <source>AA lithium</source>
        <translation>AA-Lithium</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/priors.py"/>
        <source>18650 Li-ion</source>
        <translation>18650-Li-Ion</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/priors.py"/>
        <source>AA NiMH</source>
        <translation>AA-NiMH</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>{months} months</source>
        <translation>{months} Monate</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>about the same as the last one</source>
        <translation>etwa so lange wie der letzte</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>{ratio}x the last one</source>
        <translation>{ratio}-mal so lange wie der letzte</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>{battery} usually lasts {low}-{high} months</source>
        <translation>{battery} hält meist {low}–{high} Monate</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>This set has been in for {months} so far; {usual}.</source>
        <translation>Dieser Satz ist seit {months} im Schloss; {usual}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>This set lasted {months}</source>
        <translation>Dieser Satz hielt {months}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>shorter than usual ({usual})</source>
        <translation>kürzer als üblich ({usual})</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>longer than usual ({usual})</source>
        <translation>länger als üblich ({usual})</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/sets.py"/>
        <source>; it came out while still reading about {level} %</source>
        <translation>; er kam heraus, als er noch etwa {level} % anzeigte</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>{battery} with voice prompts</source>
        <translation>{battery} mit Sprachansagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>this lock's last %n set(s)</source>
        <translation>
            <numerusform>dem letzten Satz dieses Schlosses</numerusform>
            <numerusform>den letzten %n Sätzen dieses Schlosses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>about {months} months ({kind} and {basis})</source>
        <translation>etwa {months} Monaten ({kind} und {basis})</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>about {months} months ({kind} at this door's use)</source>
        <translation>etwa {months} Monaten ({kind} bei der Nutzung dieser Tür)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>about {low}-{high} months (usual for {kind})</source>
        <translation>etwa {low}–{high} Monaten (üblich für {kind})</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>Not enough readings yet — expect {typical} from the swap on {day}.</source>
        <translation>Noch zu wenige Messwerte — rechnen Sie mit {typical} ab dem Wechsel am {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>%n reading(s)</source>
        <translation>
            <numerusform>%n Messwert</numerusform>
            <numerusform>%n Messwerte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>{readings} since the swap on {day}</source>
        <translation>{readings} seit dem Wechsel am {day}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>{readings} since {day} (no battery change recorded, so the start of this set is estimated from the trend)</source>
        <translation>{readings} seit {day} (kein Batteriewechsel erfasst, daher ist der Beginn dieses Satzes aus dem Verlauf geschätzt)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>The batteries have probably reached {threshold} % already — replace them now (based on {basis} and {typical}).</source>
        <translation>Die Batterien haben wahrscheinlich schon {threshold} % erreicht — wechseln Sie sie jetzt (nach {basis} und {typical}).</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>Based on {basis} and a typical life of {typical}.</source>
        <translation>Nach {basis} und einer üblichen Laufzeit von {typical}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>Not enough data yet: no battery change is recorded and the {readings} so far show no drop — record when the batteries were last changed to get a forecast.</source>
        <translation>Noch zu wenige Daten: Es ist kein Batteriewechsel erfasst, und die bisherigen {readings} zeigen keinen Rückgang — erfassen Sie, wann die Batterien zuletzt gewechselt wurden, um eine Vorhersage zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>less than a day</source>
        <translation>weniger als einem Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>Not enough data yet: no battery change is recorded and there are no readings — record when the batteries were last changed to get a forecast.</source>
        <translation>Noch zu wenige Daten: Es ist kein Batteriewechsel erfasst und es gibt keine Messwerte — erfassen Sie, wann die Batterien zuletzt gewechselt wurden, um eine Vorhersage zu erhalten.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/battery/text.py"/>
        <source>Not enough data yet: no battery change is recorded and only {readings} over {days} — record when the batteries were last changed to get a forecast.</source>
        <translation>Noch zu wenige Daten: Es ist kein Batteriewechsel erfasst und nur {readings} über {days} — erfassen Sie, wann die Batterien zuletzt gewechselt wurden, um eine Vorhersage zu erhalten.</translation>
    </message>
</context>
<context>
    <name>core.dates_in_words</name>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Sep</source>
        <translation>Sept.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{hour:02d}:{minute:02d}</source>
        <translation>{hour:02d}:{minute:02d}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>in the last hour</source>
        <translation>in der letzten Stunde</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{date}, {time} ({ago})</source>
        <translation>{date}, {time} ({ago})</translation>
    </message>
</context>
<context>
    <name>core.models</name>
    <message>
        <location filename="../../lockcare/core/models.py"/>
        <source>AA alkaline (1.5 V)</source>
        <translation>AA-Alkali (1,5 V)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/models.py"/>
        <source>AA lithium (1.5 V)</source>
        <translation>AA-Lithium (1,5 V)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/models.py"/>
        <source>18650 Li-ion (3.7 V, 2600 mAh)</source>
        <translation>18650-Li-Ion (3,7 V, 2600 mAh)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/models.py"/>
        <source>AA NiMH rechargeable (1.2 V, not recommended)</source>
        <translation>AA-NiMH-Akku (1,2 V, nicht empfohlen)</translation>
    </message>
</context>
<context>
    <name>core.wording</name>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>change the key (lockcare edit LOCK --key-stdin, or Settings &gt; Change local key in the window)</source>
        <translation>ändern Sie den Schlüssel (lockcare edit LOCK --key-stdin oder im Fenster unter Einstellungen &gt; Lokalen Schlüssel ändern)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>live</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>asleep</source>
        <translation>schläft</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>check key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>garbled replies</source>
        <translation>unlesbare Antworten</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace soon</source>
        <translation>Bald wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace now</source>
        <translation>Jetzt wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep</source>
        <translation>Schläft</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>No readings yet</source>
        <translation>Noch keine Messwerte</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Wi-Fi lock (sleeps to save battery)</source>
        <translation>WLAN-Schloss (schläft, um Batterie zu sparen)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Wi-Fi lock (always connected)</source>
        <translation>WLAN-Schloss (immer verbunden)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Bluetooth/Zigbee lock via a gateway</source>
        <translation>Bluetooth-/Zigbee-Schloss über ein Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>power off</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep since {time}</source>
        <translation>Schläft seit {time}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep since {day_month}</source>
        <translation>Schläft seit {day_month}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Live</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Check the key</source>
        <translation>Schlüssel prüfen</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Out of the gateway's reach</source>
        <translation>Außer Reichweite des Gateways</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Garbled replies</source>
        <translation>Unlesbare Antworten</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not enough readings yet for a forecast</source>
        <translation>Noch zu wenige Messwerte für eine Vorhersage</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>New batteries are probably due (no readings yet to confirm it)</source>
        <translation>Neue Batterien sind wahrscheinlich fällig (noch keine Messwerte, die das bestätigen)</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace the batteries now</source>
        <translation>Batterien jetzt wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Expect to replace the batteries between {first} and {last}</source>
        <translation>Batteriewechsel voraussichtlich zwischen {first} und {last}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace batteries by {last}</source>
        <translation>Batterien bis {last} wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace batteries between {first} and {last}</source>
        <translation>Batterien zwischen {first} und {last} wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not enough readings yet</source>
        <translation>Noch zu wenige Messwerte</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>from the cloud, reported {ago}</source>
        <translation>aus der Cloud, gemeldet {ago}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source> since {when}</source>
        <translation> seit {when}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep{since}. Battery locks sleep to save power; that is normal. Touch its keypad, then press Wake and read.</source>
        <translation>Schläft{since}. Batterieschlösser schlafen, um Strom zu sparen; das ist normal. Berühren Sie das Tastenfeld und drücken Sie dann „Wecken und lesen“.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not answering{since}. {message}</source>
        <translation>Antwortet nicht{since}. {message}</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The lock refused lockcare's key. Check the local key and protocol version: the key comes from the tinytuya wizard's devices.json and changes whenever the lock is paired again in the Tuya app. If it changed, {advice}.</source>
        <translation>Das Schloss hat den Schlüssel von lockcare abgelehnt. Prüfen Sie den lokalen Schlüssel und die Protokollversion: Der Schlüssel stammt aus der devices.json des tinytuya-Assistenten und ändert sich jedes Mal, wenn das Schloss in der Tuya-App neu gekoppelt wird. Hat er sich geändert, {advice}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The lock was awake but did not answer in time. Try Read now again in a moment.</source>
        <translation>Das Schloss war wach, hat aber nicht rechtzeitig geantwortet. Versuchen Sie „Jetzt lesen“ gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Something answered at this lock's address, but not like a Tuya lock (its replies were garbled). This is not a key problem: check the address and port, then try Read now again.</source>
        <translation>Unter der Adresse dieses Schlosses hat etwas geantwortet, aber nicht wie ein Tuya-Schloss (die Antworten waren unlesbar). Das ist kein Schlüsselproblem: Prüfen Sie Adresse und Port und versuchen Sie dann „Jetzt lesen“ erneut.</translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The gateway says this lock is out of reach. Check the lock's batteries and that it is within Bluetooth range of the gateway.</source>
        <translation>Das Gateway meldet, dass dieses Schloss außer Reichweite ist. Prüfen Sie die Batterien des Schlosses und ob es in Bluetooth-Reichweite des Gateways ist.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../lockcare/demo.py"/>
        <source>Demo: these locks are emulated on this computer and their history is made up. Nothing here touches your own locks or data; close the window to leave the demo.</source>
        <translation>Demo: Diese Schlösser werden auf diesem Computer nachgebildet, ihr Verlauf ist erfunden. Nichts hier berührt Ihre eigenen Schlösser oder Daten; schließen Sie das Fenster, um die Demo zu beenden.</translation>
    </message>
</context>
<context>
    <name>dialogs.add_lock_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Add a lock</source>
        <translation>Schloss hinzufügen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Add lock</source>
        <translation>Schloss hinzufügen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>The device id and local key come from the tinytuya wizard (devices.json). lockcare only reads the lock; it never sends a command that could open it.</source>
        <translation>Geräte-ID und lokaler Schlüssel stammen aus dem tinytuya-Assistenten (devices.json). lockcare liest das Schloss nur; es sendet nie einen Befehl, der es öffnen könnte.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Directly, on Wi-Fi</source>
        <translation>Direkt, über WLAN</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Through a gateway (Bluetooth or Zigbee lock)</source>
        <translation>Über ein Gateway (Bluetooth- oder Zigbee-Schloss)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>node_id from devices.json</source>
        <translation>node_id aus devices.json</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Front door</source>
        <translation>Haustür</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>e.g. bf3a1c2d3e4f5a6b7c8d</source>
        <translation>z. B. bf3a1c2d3e4f5a6b7c8d</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>e.g. 192.168.1.40</source>
        <translation>z. B. 192.168.1.40</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>16 characters</source>
        <translation>16 Zeichen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Find it for me</source>
        <translation>Für mich herausfinden</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>From my Tuya cloud…</source>
        <translation>Aus meiner Tuya-Cloud…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>No key? lockcare can fetch your locks and their keys from your Tuya cloud account</source>
        <translation>Kein Schlüssel? lockcare kann Ihre Schlösser samt Schlüsseln aus Ihrem Tuya-Cloud-Konto holen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>N&amp;ode id</source>
        <translation>&amp;Knoten-ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Device &amp;id</source>
        <translation>Geräte-&amp;ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Local &amp;key</source>
        <translation>Lokaler &amp;Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Protocol &amp;version</source>
        <translation>P&amp;rotokollversion</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Batteries</source>
        <translation>&amp;Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>How &amp;many</source>
        <translation>Anza&amp;hl</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Batteries</source>
        <translation>Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's device id (the “id” in devices.json).</source>
        <translation>Geben Sie die Geräte-ID des Schlosses ein (die „id“ in devices.json).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's node id (node_id in devices.json).</source>
        <translation>Geben Sie die Knoten-ID des Schlosses ein (node_id in devices.json).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's local key (the “key” in devices.json).</source>
        <translation>Geben Sie den lokalen Schlüssel des Schlosses ein (der „key“ in devices.json).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Trying protocol versions 3.5, 3.4 and 3.3… (wake the lock if it sleeps)</source>
        <translation>Probiere die Protokollversionen 3.5, 3.4 und 3.3… (wecken Sie das Schloss, falls es schläft)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>{exc} Choose the version by hand if you know it.</source>
        <translation>{exc} Wählen Sie die Version von Hand, wenn Sie sie kennen.</translation>
    </message>
</context>
<context>
    <name>dialogs.battery_dialogs</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/battery_dialogs.py"/>
        <source>Battery reading saved for {name}.</source>
        <translation>Batteriemesswert für {name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/battery_dialogs.py"/>
        <source>Battery swap saved for {name}.</source>
        <translation>Batteriewechsel für {name} gespeichert.</translation>
    </message>
</context>
<context>
    <name>dialogs.form_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/form_dialog.py"/>
        <source>Problem with the form</source>
        <translation>Problem mit dem Formular</translation>
    </message>
</context>
<context>
    <name>dialogs.lock_choice</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/lock_choice.py"/>
        <source>Choose a lock</source>
        <translation>Schloss wählen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/lock_choice.py"/>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
</context>
<context>
    <name>dialogs.reading_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery reading for {name}</source>
        <translation>Batteriemesswert für {name}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery reading</source>
        <translation>Batteriemesswert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Record reading</source>
        <translation>Messwert erfassen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Read the level in the Tuya or Smart Life app (lock, then the battery icon).</source>
        <translation>Lesen Sie den Stand in der Tuya- oder Smart-Life-App ab (Schloss, dann das Batteriesymbol).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Lock</source>
        <translation>&amp;Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Percentage</source>
        <translation>&amp;Prozent</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Level</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery percentage</source>
        <translation>Batterie in Prozent</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery level</source>
        <translation>Batteriestufe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>When it was read</source>
        <translation>Wann abgelesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Reading</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Percentage</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Choose the lock the reading is for.</source>
        <translation>Wählen Sie das Schloss, zu dem der Messwert gehört.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Type the percentage the app shows.</source>
        <translation>Geben Sie den Prozentwert ein, den die App zeigt.</translation>
    </message>
</context>
<context>
    <name>dialogs.swap_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Batteries changed in {name}</source>
        <translation>Batterien gewechselt in {name}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Batteries changed</source>
        <translation>Batterien gewechselt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Record swap</source>
        <translation>Wechsel erfassen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Change all the batteries together, with fresh cells of one type; then wait 30 s for the lock to restart.</source>
        <translation>Wechseln Sie alle Batterien zusammen, mit frischen Zellen einer Sorte; warten Sie dann 30 s, bis das Schloss neu startet.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Lock</source>
        <translation>&amp;Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>optional, e.g. Duracell</source>
        <translation>optional, z. B. Duracell</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>How &amp;many</source>
        <translation>&amp;Anzahl</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Choose the lock whose batteries were changed.</source>
        <translation>Wählen Sie das Schloss, dessen Batterien gewechselt wurden.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>NiMH rechargeables run at 1.2 V instead of 1.5 V: the lock will warn of low batteries early. Alkaline AA cells are the safe choice.</source>
        <translation>NiMH-Akkus liefern 1,2 V statt 1,5 V: Das Schloss warnt dann früh vor schwachen Batterien. Alkaline-AA-Zellen sind die sichere Wahl.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>This lock was set up for {battery}. Use one type only, never mixed.</source>
        <translation>Dieses Schloss ist für {battery} eingerichtet. Nur eine Sorte verwenden, nie mischen.</translation>
    </message>
</context>
<context>
    <name>empty_page</name>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Welcome to lockcare</source>
        <translation>Willkommen bei lockcare</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>lockcare keeps an eye on your Tuya smart locks: it remembers every battery reading, tells you when to buy and change batteries, and helps when a lock misbehaves.

You have no locks yet. Find them on your network, fetch them from your Tuya cloud account (keys and battery history included), import the devices.json file the tinytuya wizard wrote, or add one by hand. Or look around the demo first.</source>
        <translation>lockcare behält Ihre smarten Tuya-Schlösser im Blick: Es merkt sich jeden Batteriemesswert, sagt Ihnen, wann Sie Batterien kaufen und wechseln sollten, und hilft, wenn ein Schloss streikt.

Sie haben noch keine Schlösser. Suchen Sie sie in Ihrem Netzwerk, holen Sie sie aus Ihrem Tuya-Cloud-Konto (mit Schlüsseln und Batterieverlauf), importieren Sie die devices.json des tinytuya-Assistenten oder fügen Sie eines von Hand hinzu. Oder sehen Sie sich zuerst die Demo an.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Scan the network…</source>
        <translation>Netzwerk durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Import devices.json…</source>
        <translation>devices.json importieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Use your Tuya cloud account…</source>
        <translation>Ihr Tuya-Cloud-Konto verwenden…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Fetch your locks, their keys and battery history from your own Tuya cloud project</source>
        <translation>Ihre Schlösser, deren Schlüssel und Batterieverlauf aus Ihrem eigenen Tuya-Cloud-Projekt holen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Add a lock by hand…</source>
        <translation>Schloss von Hand hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Opens a second window with emulated locks; nothing of yours is touched.</source>
        <translation>Öffnet ein zweites Fenster mit nachgebildeten Schlössern; nichts von Ihnen wird angefasst.</translation>
    </message>
</context>
<context>
    <name>fleet.fleet_model</name>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Battery health</source>
        <translation>Batteriezustand</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Replace between</source>
        <translation>Wechseln zwischen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>{name}: battery {level_text}, {status}, replace {range_text}, {connection}</source>
        <translation>{name}: Batterie {level_text}, {status}, wechseln {range_text}, {connection}</translation>
    </message>
</context>
<context>
    <name>fleet.fleet_page</name>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>All locks</source>
        <translation>Alle Schlösser</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>Shopping list for the next 30 days</source>
        <translation>Einkaufsliste für die nächsten 30 Tage</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>No locks yet.</source>
        <translation>Noch keine Schlösser.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>All batteries are fine for now.</source>
        <translation>Alle Batterien sind vorerst in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>%n of {total} locks (needs|need) batteries soon: {names}.</source>
        <translation>
            <numerusform>%n von {total} Schlössern braucht bald Batterien: {names}.</numerusform>
            <numerusform>%n von {total} Schlössern brauchen bald Batterien: {names}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>Shopping list for the next %n day(s)</source>
        <translation>
            <numerusform>Einkaufsliste für den nächsten Tag</numerusform>
            <numerusform>Einkaufsliste für die nächsten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/fleet/fleet_page.py"/>
        <source>Nothing to buy: no lock needs batteries in the next %n day(s).</source>
        <translation>
            <numerusform>Nichts zu kaufen: Kein Schloss braucht am nächsten Tag Batterien.</numerusform>
            <numerusform>Nichts zu kaufen: Kein Schloss braucht in den nächsten %n Tagen Batterien.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Locked out?</source>
        <translation>Ausgesperrt?</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Press “I'm locked out!” at the bottom left. lockcare first shows the ways in that work from outside the door: the hidden keyhole, emergency power for a dark keypad, another way in, and who to call. Then it helps you find the cause, step by step.</source>
        <translation>Drücken Sie unten links auf „Ich bin ausgesperrt!“. lockcare zeigt zuerst die Wege hinein, die von außen funktionieren: das verdeckte Schlüsselloch, Notstrom für ein dunkles Tastenfeld, einen anderen Eingang und wen Sie anrufen können. Dann hilft es Ihnen Schritt für Schritt, die Ursache zu finden.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Sleeping locks</source>
        <translation>Schlafende Schlösser</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Battery Wi-Fi locks sleep most of the time to save power, so lockcare often finds them asleep. That is normal and nothing is lost: lockcare reads it again the next time it wakes.</source>
        <translation>WLAN-Schlösser mit Batterie schlafen meistens, um Strom zu sparen, daher findet lockcare sie oft schlafend vor. Das ist normal und es geht nichts verloren: lockcare liest das Schloss, sobald es wieder aufwacht.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>To read a sleeping lock now, press Wake and read, then touch its keypad. lockcare keeps trying while the lock is awake. Locks that stay connected, and locks behind a gateway, are read every 15 minutes while lockcare is open.</source>
        <translation>Um ein schlafendes Schloss jetzt zu lesen, drücken Sie „Wecken und lesen“ und berühren dann sein Tastenfeld. lockcare versucht es, solange das Schloss wach ist. Dauerhaft verbundene Schlösser und Schlösser hinter einem Gateway werden alle 15 Minuten gelesen, solange lockcare geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Local keys</source>
        <translation>Lokale Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>lockcare reads a lock over your home network with its local key, a 16-character code from the tinytuya wizard (devices.json). The key changes whenever the lock is paired again in the Tuya app; when lockcare says “check the key”, put in the new one on the lock's Settings tab (Change local key).</source>
        <translation>lockcare liest ein Schloss über Ihr Heimnetz mit seinem lokalen Schlüssel, einem 16-stelligen Code aus dem tinytuya-Assistenten (devices.json). Der Schlüssel ändert sich jedes Mal, wenn das Schloss in der Tuya-App neu gekoppelt wird; wenn lockcare „Schlüssel prüfen“ sagt, tragen Sie den neuen im Reiter Einstellungen des Schlosses ein (Lokalen Schlüssel ändern).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Keys are kept in your system's keyring, or in a file only you can read when there is no keyring. They never appear in logs, summaries or exports, and lockcare never sends a command that could open or change a lock.</source>
        <translation>Schlüssel liegen im Schlüsselbund Ihres Systems oder, wenn es keinen gibt, in einer Datei, die nur Sie lesen können. Sie erscheinen nie in Logs, Zusammenfassungen oder Exporten, und lockcare sendet nie einen Befehl, der ein Schloss öffnen oder ändern könnte.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>The Tuya cloud</source>
        <translation>Die Tuya-Cloud</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>If you have a Tuya developer project, lockcare can also fetch what the Tuya cloud knows about your locks, such as battery reports and alarms from times the lock was asleep to lockcare. Everything still works without it.</source>
        <translation>Wenn Sie ein Tuya-Entwicklerprojekt haben, kann lockcare auch holen, was die Tuya-Cloud über Ihre Schlösser weiß, etwa Batteriemeldungen und Alarme aus Zeiten, in denen das Schloss für lockcare schlief. Alles funktioniert auch ohne.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Batteries</source>
        <translation>Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>The Battery tab says when to replace the batteries, from the readings since the last change. Record each battery change (Ctrl+B), so the next forecast starts from the right day.</source>
        <translation>Der Reiter Batterie sagt anhand der Messwerte seit dem letzten Wechsel, wann die Batterien zu wechseln sind. Erfassen Sie jeden Batteriewechsel (Strg+B), damit die nächste Vorhersage am richtigen Tag beginnt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>File, then Print checklist, prints the selected lock's one-page checklist to tape inside a cupboard; Print household plan adds the year at a glance for every lock. Save as PDF writes all of them to a file. Both use A4 or Letter as your region does and print well in black and white.</source>
        <translation>Datei, dann Checkliste drucken, druckt die einseitige Checkliste des gewählten Schlosses zum Aufkleben in einen Schrank; Haushaltsplan drucken fügt das Jahr auf einen Blick für alle Schlösser hinzu. Als PDF speichern schreibt alles in eine Datei. Beide nutzen A4 oder Letter wie in Ihrer Region üblich und lassen sich gut schwarz-weiß drucken.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>lockcare guide</source>
        <translation>lockcare-Anleitung</translation>
    </message>
</context>
<context>
    <name>help.menu</name>
    <message>
        <location filename="../../lockcare/ui/help/menu.py"/>
        <source>lockcare &amp;guide</source>
        <translation>lockcare-&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/menu.py"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
</context>
<context>
    <name>help.report</name>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>System: {platform}</source>
        <translation>System: {platform}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Python {python_version}, PySide6 {pyside_version}</source>
        <translation>Python {python_version}, PySide6 {pyside_version}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>This summary describes {lock_name} and lockcare.</source>
        <translation>Diese Zusammenfassung beschreibt {lock_name} und lockcare.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>This summary describes lockcare.</source>
        <translation>Diese Zusammenfassung beschreibt lockcare.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Add what happened at the end, then send it with your request: to Tuya's regional support for a fault in the lock, or to lockcare's maintainers for a fault in lockcare. It never contains a local key.</source>
        <translation>Ergänzen Sie am Ende, was passiert ist, und senden Sie es mit Ihrer Anfrage: an den regionalen Tuya-Support bei einem Fehler im Schloss oder an die Betreuer von lockcare bei einem Fehler in lockcare. Sie enthält nie einen lokalen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Problem report</source>
        <translation>Problembericht</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Copied. Paste it into your message.</source>
        <translation>Kopiert. Fügen Sie es in Ihre Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Not saved: {reason}. Try another folder.</source>
        <translation>Nicht gespeichert: {reason}. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Saved to {name}.</source>
        <translation>Gespeichert unter {name}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Save the problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>Vie&amp;w</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>Same as the system ({name})</source>
        <translation>Wie das System ({name})</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>lockcare shows the new language when it starts again. Restart now? Nothing you saved is lost.</source>
        <translation>lockcare zeigt die neue Sprache beim nächsten Start. Jetzt neu starten? Nichts Gespeichertes geht verloren.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>locks.history_model</name>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Read from the lock</source>
        <translation>Vom Schloss gelesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Entered by hand</source>
        <translation>Von Hand eingetragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Tuya cloud</source>
        <translation>Tuya-Cloud</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>{source} (via gateway)</source>
        <translation>{source} (über Gateway)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Battery reading</source>
        <translation>Batteriemesswert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Batteries changed</source>
        <translation>Batterien gewechselt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/history_model.py"/>
        <source>Source / note</source>
        <translation>Quelle / Notiz</translation>
    </message>
</context>
<context>
    <name>locks.key_dialog</name>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>Change the local key of {name}</source>
        <translation>Lokalen Schlüssel von {name} ändern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>Change key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>The local key changes whenever the lock is paired again in the Tuya app. Copy the new one from the tinytuya wizard's devices.json (the “key” of this device). It is stored safely and never shown in logs or exports.</source>
        <translation>Der lokale Schlüssel ändert sich jedes Mal, wenn das Schloss in der Tuya-App neu gekoppelt wird. Kopieren Sie den neuen aus der devices.json des tinytuya-Assistenten (der „key“ dieses Geräts). Er wird sicher gespeichert und nie in Logs oder Exporten gezeigt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>16 characters</source>
        <translation>16 Zeichen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>New local key</source>
        <translation>Neuer lokaler Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>New &amp;key</source>
        <translation>Neuer &amp;Schlüssel</translation>
    </message>
</context>
<context>
    <name>locks.live_reads</name>
    <message>
        <location filename="../../lockcare/ui/locks/live_reads.py"/>
        <source>Read {name}.</source>
        <translation>{name} gelesen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/live_reads.py"/>
        <source>{name} is asleep; nothing lost.</source>
        <translation>{name} schläft; nichts verloren.</translation>
    </message>
</context>
<context>
    <name>locks.lock_list_model</name>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>no reading</source>
        <translation>kein Messwert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>{name}: gateway. {connection}.</source>
        <translation>{name}: Gateway. {connection}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>{name}: battery {right}, {status}. {connection}.</source>
        <translation>{name}: Batterie {right}, {status}. {connection}.</translation>
    </message>
</context>
<context>
    <name>locks.lock_page</name>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Get its current key from the Tuya cloud…</source>
        <translation>Den aktuellen Schlüssel aus der Tuya-Cloud holen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Re-paired in the phone app? Its new key is in your Tuya cloud account</source>
        <translation>In der Handy-App neu gekoppelt? Der neue Schlüssel liegt in Ihrem Tuya-Cloud-Konto</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Read &amp;now</source>
        <translation>&amp;Jetzt lesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Ask the lock for its battery level and alarms now</source>
        <translation>Das Schloss jetzt nach Batteriestand und Alarmen fragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Wa&amp;ke and read…</source>
        <translation>We&amp;cken und lesen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>For a sleeping battery lock: wake it, and lockcare reads it while it is awake</source>
        <translation>Für ein schlafendes Batterieschloss: Wecken Sie es, und lockcare liest es, solange es wach ist</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Record</source>
        <translation>E&amp;rfassen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Record a battery reading (Ctrl+R) or a battery change (Ctrl+B)</source>
        <translation>Einen Batteriemesswert (Strg+R) oder einen Batteriewechsel (Strg+B) erfassen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Battery &amp;reading…</source>
        <translation>Batterie&amp;stand…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Battery s&amp;wap (batteries changed)…</source>
        <translation>Batteriewe&amp;chsel (Batterien getauscht)…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Import battery &amp;history…</source>
        <translation>Batterie&amp;verlauf importieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Troubleshoot…</source>
        <translation>&amp;Fehlersuche…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Step-by-step help when the lock misbehaves</source>
        <translation>Schritt-für-Schritt-Hilfe, wenn das Schloss nicht richtig funktioniert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Troubleshoot this</source>
        <translation>Fehlersuche starten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Battery</source>
        <translation>&amp;Batterie</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Maintenance</source>
        <translation>&amp;Wartung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Battery readings</source>
        <translation>Batteriemesswerte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Readin&amp;gs</source>
        <translation>&amp;Messwerte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>battery read {ago}</source>
        <translation>Batterie gelesen {ago}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>no battery reading yet</source>
        <translation>noch kein Batteriemesswert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Battery {value}</source>
        <translation>Batterie {value}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Details: {message}</source>
        <translation>Einzelheiten: {message}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_page.py"/>
        <source>Reading…</source>
        <translation>Lese…</translation>
    </message>
</context>
<context>
    <name>locks.lock_settings</name>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Battery percentage</source>
        <translation>Batterie in Prozent</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Battery level (high/medium/low)</source>
        <translation>Batteriestufe (hoch/mittel/niedrig)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Door open/closed</source>
        <translation>Tür offen/zu</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Bolt motor state</source>
        <translation>Zustand des Riegelmotors</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Duress unlock</source>
        <translation>Entriegelung unter Zwang</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Doorbell</source>
        <translation>Türklingel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>This lock</source>
        <translation>Dieses Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>e.g. 192.168.1.40</source>
        <translation>z. B. 192.168.1.40</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Local key</source>
        <translation>Lokaler Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Change local ke&amp;y…</source>
        <translation>Lokalen Schlüssel ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Put in the new key after the lock was paired again in the Tuya app</source>
        <translation>Den neuen Schlüssel eintragen, nachdem das Schloss in der Tuya-App neu gekoppelt wurde</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Batteries</source>
        <translation>Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Voice prompts are on</source>
        <translation>Sprachansagen sind an</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>With voice prompts, batteries last 3-4 months instead of 8-10</source>
        <translation>Mit Sprachansagen halten Batterien 3-4 Monate statt 8-10</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>e.g. Touch the keypad, or enter *9#</source>
        <translation>z. B. Tastenfeld berühren oder *9# eingeben</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>How many</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>How to wake it</source>
        <translation>So wird es geweckt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Voice prompts</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Advanced (data points)</source>
        <translation>Erweitert (Datenpunkte)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Which numbered data point of the lock carries each value. lockcare found these itself; change one only if a value shows up wrong. 0 means the lock does not report it.</source>
        <translation>Welcher nummerierte Datenpunkt des Schlosses welchen Wert liefert. lockcare hat sie selbst gefunden; ändern Sie einen nur, wenn ein Wert falsch erscheint. 0 heißt, das Schloss meldet ihn nicht.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Unlock record: </source>
        <translation>Entriegelungseintrag: </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Sa&amp;ve changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Undo changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Put the form back as it was last saved</source>
        <translation>Das Formular auf den zuletzt gespeicherten Stand zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove lock…</source>
        <translation>Schloss entfernen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove this lock from lockcare with its readings, log and key (undo is offered)</source>
        <translation>Dieses Schloss samt Messwerten, Protokoll und Schlüssel aus lockcare entfernen (Rückgängig wird angeboten)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>This lock is read through its gateway: its address and key are on the gateway's Settings.</source>
        <translation>Dieses Schloss wird über sein Gateway gelesen: Adresse und Schlüssel stehen in den Einstellungen des Gateways.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove gateway…</source>
        <translation>Gateway entfernen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Two values cannot share one data point; check the numbers under Advanced.</source>
        <translation>Zwei Werte können sich keinen Datenpunkt teilen; prüfen Sie die Nummern unter Erweitert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>No key is stored for this lock yet</source>
        <translation>Für dieses Schloss ist noch kein Schlüssel gespeichert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Hidden: press Show to see it</source>
        <translation>Verborgen: Zum Ansehen „Zeigen“ drücken</translation>
    </message>
</context>
<context>
    <name>locks.maintenance_tab</name>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Plan: jobs that keep the lock working</source>
        <translation>Plan: Arbeiten, die das Schloss in Schuss halten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Log: what was done</source>
        <translation>Protokoll: was erledigt wurde</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Battery changes, cleaning, checks and troubleshooting, newest first.</source>
        <translation>Batteriewechsel, Reinigung, Prüfungen und Fehlersuche, neueste zuerst.</translation>
    </message>
</context>
<context>
    <name>locks.overview_tab</name>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>When to replace</source>
        <translation>Wann wechseln</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Batteries</source>
        <translation>Batterien</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Latest reading</source>
        <translation>Letzter Messwert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Last battery change</source>
        <translation>Letzter Batteriewechsel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product id</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Category code</source>
        <translation>Kategoriecode</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Device id</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Address and port</source>
        <translation>Adresse und Port</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Protocol version</source>
        <translation>Protokollversion</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Gateway device id</source>
        <translation>Geräte-ID des Gateways</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Node id</source>
        <translation>Knoten-ID</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product and network details, for support or the tinytuya wizard</source>
        <translation>Produkt- und Netzwerkdetails, für den Support oder den tinytuya-Assistenten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>None yet: record one from the Tuya app</source>
        <translation>Noch keiner: erfassen Sie einen aus der Tuya-App</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{caption}:</source>
        <translation>{caption}:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{words}, through the gateway “{gateway_name}”</source>
        <translation>{words}, über das Gateway „{gateway_name}“</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{words}, through a gateway that is not paired</source>
        <translation>{words}, über ein nicht gekoppeltes Gateway</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
</context>
<context>
    <name>locks.removal</name>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removing “{name}” deletes everything lockcare stores about it:</source>
        <translation>Das Entfernen von „{name}“ löscht alles, was lockcare darüber speichert:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {readings} battery readings</source>
        <translation>• {readings} Batteriemesswerte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 battery reading</source>
        <translation>• 1 Batteriemesswert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {log_entries} log entries, battery changes and troubleshooting included</source>
        <translation>• {log_entries} Protokolleinträge, einschließlich Batteriewechsel und Fehlersuche</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 log entry</source>
        <translation>• 1 Protokolleintrag</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {tasks} maintenance tasks</source>
        <translation>• {tasks} Wartungsaufgaben</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 maintenance task</source>
        <translation>• 1 Wartungsaufgabe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {events} recorded alarms and unlocks</source>
        <translation>• {events} erfasste Alarme und Entriegelungen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 recorded alarm or unlock</source>
        <translation>• 1 erfasster Alarm oder erfasste Entriegelung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• its local key</source>
        <translation>• sein lokaler Schlüssel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>The lock itself is not touched. You can undo this right after, from the bar at the top of the window.</source>
        <translation>Das Schloss selbst bleibt unberührt. Sie können das gleich danach über die Leiste oben im Fenster rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Bring the lock back with everything that went with it</source>
        <translation>Das Schloss mit allem zurückholen, was dazugehörte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removed {name} with {readings} readings and {log_entries} log entries.</source>
        <translation>{name} mit {readings} Messwerten und {log_entries} Protokolleinträgen entfernt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Nothing was removed</source>
        <translation>Nichts wurde entfernt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removed {name}.</source>
        <translation>{name} entfernt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>The lock could not come back</source>
        <translation>Das Schloss konnte nicht zurückgeholt werden</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>{name} is back, with its readings and log.</source>
        <translation>{name} ist zurück, mit Messwerten und Protokoll.</translation>
    </message>
</context>
<context>
    <name>locks.unsaved</name>
    <message>
        <location filename="../../lockcare/ui/locks/unsaved.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/unsaved.py"/>
        <source>The settings of {name} have changes that are not saved yet.</source>
        <translation>Die Einstellungen von {name} haben Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
</context>
<context>
    <name>locks.wake_dialog</name>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Touch the lock's keypad so it lights up, then keep it awake by touching it again every few seconds.</source>
        <translation>Berühren Sie das Tastenfeld des Schlosses, bis es aufleuchtet, und halten Sie es wach, indem Sie es alle paar Sekunden erneut berühren.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Wake {name}</source>
        <translation>{name} wecken</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>&lt;b&gt;Wake {name} now.&lt;/b&gt; Battery locks keep Wi-Fi off to save power, so lockcare can only read them for a moment after they wake.</source>
        <translation>&lt;b&gt;Wecken Sie {name} jetzt.&lt;/b&gt; Batterieschlösser lassen das WLAN aus, um Strom zu sparen, daher kann lockcare sie nur kurz nach dem Aufwachen lesen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Trying for up to {seconds} s…</source>
        <translation>Versuche es bis zu {seconds} s…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Time spent waiting for the lock</source>
        <translation>Wartezeit auf das Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Not awake yet (try {attempt}). Still trying for {seconds} s…</source>
        <translation>Noch nicht wach (Versuch {attempt}). Versuche es noch {seconds} s…</translation>
    </message>
</context>
<context>
    <name>logbook.entry_dialog</name>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Edit log entry</source>
        <translation>Protokolleintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add to the log</source>
        <translation>Ins Protokoll eintragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>What was done, what you noticed</source>
        <translation>Was getan wurde, was Ihnen aufgefallen ist</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. 2.0</source>
        <translation>optional, z. B. 2.0</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. 12.50</source>
        <translation>optional, z. B. 12.50</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. Sam</source>
        <translation>optional, z. B. Sam</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Lock</source>
        <translation>&amp;Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Type of work</source>
        <translation>Art der Arbeit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Measured</source>
        <translation>&amp;Gemessen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Measured value</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Done &amp;by</source>
        <translation>Erledigt &amp;von</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Unit of the measured value</source>
        <translation>Einheit des Messwerts</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>A battery swap or troubleshooting entry keeps its type; delete it instead.</source>
        <translation>Ein Batteriewechsel oder Fehlersuche-Eintrag behält seinen Typ; löschen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add a lock first.</source>
        <translation>Fügen Sie zuerst ein Schloss hinzu.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The date cannot be in the future.</source>
        <translation>Das Datum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The measured value must be a number, e.g. 2.0.</source>
        <translation>Der Messwert muss eine Zahl sein, z. B. 2.0.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The cost must be a number, e.g. 12.50.</source>
        <translation>Die Kosten müssen eine Zahl sein, z. B. 12.50.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>A cost cannot be negative.</source>
        <translation>Kosten können nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Enter the measured value for that unit, or clear the unit.</source>
        <translation>Geben Sie den Messwert für diese Einheit ein oder leeren Sie die Einheit.</translation>
    </message>
</context>
<context>
    <name>logbook.filter_bar</name>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Between dates…</source>
        <translation>Zwischen zwei Daten…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Lock:</source>
        <translation>Schloss:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Show the log of</source>
        <translation>Protokoll anzeigen von</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>All locks</source>
        <translation>Alle Schlösser</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Type of work</source>
        <translation>Art der Arbeit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Time span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
</context>
<context>
    <name>logbook.log_model</name>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
</context>
<context>
    <name>logbook.panel</name>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Maintenance log</source>
        <translation>Wartungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Add entr&amp;y…</source>
        <translation>Eintrag hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Log maintenance you did: a battery check, a clean, tightened screws…</source>
        <translation>Erledigte Wartung eintragen: eine Batterieprüfung, eine Reinigung, nachgezogene Schrauben…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>&amp;Delete</source>
        <translation>Lösche&amp;n</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Delete the selected entry (Ctrl+Z brings it back)</source>
        <translation>Den gewählten Eintrag löschen (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Undo: {text} (Ctrl+Z)</source>
        <translation>Rückgängig: {text} (Strg+Z)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Redo: {text} (Ctrl+Shift+Z)</source>
        <translation>Wiederholen: {text} (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Nothing logged yet</source>
        <translation>Noch nichts eingetragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Showing {shown} of {total} entries</source>
        <translation>{shown} von {total} Einträgen angezeigt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Could not delete it: {exc}</source>
        <translation>Konnte nicht gelöscht werden: {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source> and its battery swap</source>
        <translation> und seinen Batteriewechsel</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source> and its troubleshooting run</source>
        <translation> und seine Fehlersuche</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Deleted the entry{extra}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Eintrag gelöscht{extra}. Rückgängig (Strg+Z) holt ihn zurück.</translation>
    </message>
</context>
<context>
    <name>logbook.undo</name>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Could not {what}: {exc}</source>
        <translation>Fehlgeschlagen ({what}): {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Add {what}</source>
        <translation>Hinzufügen: {what}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Edit {what}</source>
        <translation>Bearbeiten: {what}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Delete {what}</source>
        <translation>Löschen: {what}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../lockcare/ui/main_window.py"/>
        <source>lockcare — demo</source>
        <translation>lockcare — Demo</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/main_window.py"/>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/main_window.py"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/main_window.py"/>
        <source>The demo could not be started. Run “lockcare --demo” from a terminal.</source>
        <translation>Die Demo ließ sich nicht starten. Führen Sie „lockcare --demo“ in einem Terminal aus.</translation>
    </message>
</context>
<context>
    <name>pairing.pairing_flow</name>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>Import devices.json</source>
        <translation>devices.json importieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>tinytuya devices (*.json);;All files (*)</source>
        <translation>tinytuya-Geräte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>Added {name}.</source>
        <translation>{name} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/pairing_flow.py"/>
        <source>Where your lock keys are kept</source>
        <translation>Wo Ihre Schloss-Schlüssel aufbewahrt werden</translation>
    </message>
</context>
<context>
    <name>pairing.scan_dialog</name>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Scan the network</source>
        <translation>Netzwerk durchsuchen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>lockcare listens for Tuya devices announcing themselves on your network. Battery locks only announce while awake: touch the keypad during the scan. Nothing is sent to your devices.</source>
        <translation>lockcare lauscht auf Tuya-Geräte, die sich in Ihrem Netzwerk melden. Batterieschlösser melden sich nur, solange sie wach sind: Berühren Sie während der Suche das Tastenfeld. An Ihre Geräte wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Scan progress</source>
        <translation>Suchfortschritt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Listening…</source>
        <translation>Lausche…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>In lockcare</source>
        <translation>In lockcare</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Devices found</source>
        <translation>Gefundene Geräte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>&amp;Add selected…</source>
        <translation>Auswahl &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Found {found} device(s).</source>
        <translation>{found} Gerät(e) gefunden.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Nothing heard. Wake a battery lock during the scan, or import devices.json from the tinytuya wizard.</source>
        <translation>Nichts gehört. Wecken Sie während der Suche ein Batterieschloss oder importieren Sie die devices.json des tinytuya-Assistenten.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>The scan could not listen on the network: {exc}</source>
        <translation>Die Suche konnte nicht im Netzwerk lauschen: {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>New Tuya device</source>
        <translation>Neues Tuya-Gerät</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Not added yet</source>
        <translation>Noch nicht hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Device id: {device_id}
Protocol version: {version}</source>
        <translation>Geräte-ID: {device_id}
Protokollversion: {version}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>
Product key: {product_key}</source>
        <translation>
Produktschlüssel: {product_key}</translation>
    </message>
</context>
<context>
    <name>schedule.due_model</name>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Overdue by %n month(s)</source>
        <translation>
            <numerusform>Seit %n Monat überfällig</numerusform>
            <numerusform>Seit %n Monaten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due tomorrow</source>
        <translation>Morgen fällig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due in {days} days</source>
        <translation>Fällig in {days} Tagen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Waiting for a battery forecast</source>
        <translation>Wartet auf eine Batterievorhersage</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>When the forecast is ready</source>
        <translation>Sobald die Vorhersage steht</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Lock</source>
        <translation>Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Last done</source>
        <translation>Zuletzt erledigt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>By battery forecast</source>
        <translation>Nach Batterievorhersage</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
</context>
<context>
    <name>schedule.due_page</name>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>What's due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Due tasks</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>&amp;Mark done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Log that you did this today; the next due date moves on</source>
        <translation>Eintragen, dass Sie das heute erledigt haben; der nächste Termin rückt weiter</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>&amp;Open lock</source>
        <translation>Schloss ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Show &amp;every task</source>
        <translation>&amp;Alle Aufgaben zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Also list tasks that are not due yet</source>
        <translation>Auch Aufgaben zeigen, die noch nicht fällig sind</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>No locks with maintenance yet.</source>
        <translation>Noch keine Schlösser mit Wartung.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>{soon} due within a week</source>
        <translation>{soon} innerhalb einer Woche fällig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>. Mark a job done once you've done it; the next date moves on.</source>
        <translation>. Markieren Sie eine Arbeit als erledigt, sobald Sie sie getan haben; der nächste Termin rückt weiter.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Nothing is due this week. Well kept!</source>
        <translation>Diese Woche ist nichts fällig. Gut gepflegt!</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source> (recorded as {battery_count} × {kind})</source>
        <translation> (erfasst als {battery_count} × {kind})</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Logged “{task}” for {name} on {short_date}{extra}.</source>
        <translation>„{task}“ für {name} am {short_date} eingetragen{extra}.</translation>
    </message>
</context>
<context>
    <name>schedule.reminders</name>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>{lock}: {task}, due {date} ({status})</source>
        <translation>{lock}: {task}, fällig {date} ({status})</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>While lockcare was closed</source>
        <translation>Während lockcare geschlossen war</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>%n job(s) fell due since you last opened lockcare (last opened {date}):</source>
        <translation>
            <numerusform>%n Aufgabe ist fällig geworden, seit Sie lockcare zuletzt geöffnet haben (am {date}):</numerusform>
            <numerusform>%n Aufgaben sind fällig geworden, seit Sie lockcare zuletzt geöffnet haben (am {date}):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>%n job(s) fell due since you last opened lockcare:</source>
        <translation>
            <numerusform>%n Aufgabe ist fällig geworden, seit Sie lockcare zuletzt geöffnet haben:</numerusform>
            <numerusform>%n Aufgaben sind fällig geworden, seit Sie lockcare zuletzt geöffnet haben:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>Show what's due</source>
        <translation>Fälliges zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>{task} for {lock} and %n more (is|are) due.</source>
        <translation>
            <numerusform>{task} für {lock} und %n weitere Aufgabe sind fällig.</numerusform>
            <numerusform>{task} für {lock} und %n weitere Aufgaben sind fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>{task} for {lock} is due.</source>
        <translation>{task} für {lock} ist fällig.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/reminders.py"/>
        <source>Maintenance due</source>
        <translation>Wartung fällig</translation>
    </message>
</context>
<context>
    <name>schedule.task_dialogs</name>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>every</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>months and</source>
        <translation>Monate und</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Months between</source>
        <translation>Monate dazwischen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Days between</source>
        <translation>Tage dazwischen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>How often: {title}</source>
        <translation>Wie oft: {title}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Task name</source>
        <translation>Name der Aufgabe</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Remind me about this task</source>
        <translation>An diese Aufgabe erinnern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Leave both at 0 to follow the battery forecast (recommended).</source>
        <translation>Lassen Sie beide auf 0, um der Batterievorhersage zu folgen (empfohlen).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>The next due date counts from the last time it was done.</source>
        <translation>Der nächste Termin zählt ab dem letzten Mal, als es erledigt wurde.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>A task needs a name.</source>
        <translation>Eine Aufgabe braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Choose at least one month or one day.</source>
        <translation>Wählen Sie mindestens einen Monat oder einen Tag.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>New task for {name}</source>
        <translation>Neue Aufgabe für {name}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>e.g. Check the door closer</source>
        <translation>z. B. Türschließer prüfen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Which log entries complete it</source>
        <translation>Welche Protokolleinträge sie erledigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Only ticking it as done</source>
        <translation>Nur Abhaken als erledigt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Logging “{label}”</source>
        <translation>„{label}“ eintragen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Completed by</source>
        <translation>&amp;Erledigt durch</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Give the task a name.</source>
        <translation>Geben Sie der Aufgabe einen Namen.</translation>
    </message>
</context>
<context>
    <name>schedule.tasks_panel</name>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Jobs that keep the lock working. The next date counts from the last time each was done; logging an entry of the same kind ticks it off.</source>
        <translation>Aufgaben, die das Schloss in Gang halten. Der nächste Termin zählt ab der letzten Erledigung; ein Protokolleintrag derselben Art hakt sie ab.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Recurring tasks</source>
        <translation>Wiederkehrende Aufgaben</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Mark don&amp;e</source>
        <translation>Erledig&amp;t</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Log that you did this today; the next due date moves on</source>
        <translation>Eintragen, dass Sie das heute erledigt haben; der nächste Termin rückt weiter</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>How often…</source>
        <translation>Wie oft…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Change how often the selected task repeats, or pause it</source>
        <translation>Ändern, wie oft sich die gewählte Aufgabe wiederholt, oder sie pausieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Logged “{entry}” on {date}. Undo it from the Log tab (Ctrl+Z).</source>
        <translation>„{entry}“ am {date} eingetragen. Rückgängig im Protokoll (Strg+Z).</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Stop tracking “{task}”? Its log entries stay; lockcare will not add the task back.</source>
        <translation>„{task}“ nicht mehr verfolgen? Die Protokolleinträge bleiben; lockcare legt die Aufgabe nicht wieder an.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/tasks_panel.py"/>
        <source>Removed “{task}”. “Add task…” brings it back.</source>
        <translation>„{task}“ entfernt. „Aufgabe hinzufügen…“ holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>services.battery</name>
    <message>
        <location filename="../../lockcare/services/battery.py"/>
        <source>{count} × {battery} for {lock}</source>
        <translation>{count} × {battery} für {lock}</translation>
    </message>
    <message>
        <location filename="../../lockcare/services/battery.py"/>
        <source>{total} × {battery} ({count} each for {locks})</source>
        <translation>{total} × {battery} (je {count} für {locks})</translation>
    </message>
    <message>
        <location filename="../../lockcare/services/battery.py"/>
        <source>{item}, needed now</source>
        <translation>{item}, jetzt nötig</translation>
    </message>
    <message>
        <location filename="../../lockcare/services/battery.py"/>
        <source>{item} by {date}</source>
        <translation>{item} bis {date}</translation>
    </message>
</context>
<context>
    <name>sidebar</name>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>HOME</source>
        <translation>START</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>&amp;All locks</source>
        <translation>A&amp;lle Schlösser</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>Every lock's battery at a glance, and the shopping list</source>
        <translation>Die Batterie jedes Schlosses auf einen Blick, und die Einkaufsliste</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>D&amp;ue</source>
        <translation>Fälli&amp;g</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>What needs doing across all locks, overdue first (Ctrl+D)</source>
        <translation>Was bei allen Schlössern zu tun ist, Überfälliges zuerst (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>LOCKS</source>
        <translation>SCHLÖSSER</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>Locks</source>
        <translation>Schlösser</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>Add lock…</source>
        <translation>Schloss hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>&amp;I'm locked out!</source>
        <translation>&amp;Ich bin ausgesperrt!</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>Step-by-step help for a lock that won't open (Ctrl+T)</source>
        <translation>Schritt-für-Schritt-Hilfe für ein Schloss, das nicht öffnet (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/sidebar.py"/>
        <source>D&amp;ue ({count})</source>
        <translation>Fälli&amp;g ({count})</translation>
    </message>
</context>
<context>
    <name>troubleshoot.end_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Summary for Tuya support (send it with your request):</source>
        <translation>Zusammenfassung für den Tuya-Support (mit Ihrer Anfrage senden):</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Summary for Tuya support</source>
        <translation>Zusammenfassung für den Tuya-Support</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Copy summary</source>
        <translation>Zusammenfassung &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Save summary…</source>
        <translation>Zusammenfassung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Undo: it is not fixed</source>
        <translation>&amp;Rückgängig: Es ist nicht behoben</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Clicked “fixed” by mistake? Take it back: the log entry goes and the step comes back</source>
        <translation>Versehentlich „behoben“ geklickt? Nehmen Sie es zurück: Der Protokolleintrag verschwindet und der Schritt kommt zurück</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Go back to the last step (Alt+Left)</source>
        <translation>Zum letzten Schritt zurück (Alt+Links)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Another &amp;problem</source>
        <translation>Ein anderes &amp;Problem</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Saved in the maintenance log of {lock_name}.</source>
        <translation>Im Wartungsprotokoll von {lock_name} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Copied. Paste it into your message to Tuya support.</source>
        <translation>Kopiert. Fügen Sie es in Ihre Nachricht an den Tuya-Support ein.</translation>
    </message>
</context>
<context>
    <name>troubleshoot.get_in_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Get in now</source>
        <translation>Jetzt hineinkommen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Ways to get in</source>
        <translation>Wege hinein</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>&amp;Next: what is wrong? →</source>
        <translation>&amp;Weiter: Was ist los? →</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Once you are in (or if none of these work), find out what is wrong with the lock</source>
        <translation>Sobald Sie drin sind (oder wenn nichts davon klappt), finden Sie heraus, was mit dem Schloss nicht stimmt</translation>
    </message>
</context>
<context>
    <name>troubleshoot.outcome_row</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/outcome_row.py"/>
        <source>That fixed it</source>
        <translation>Das hat es behoben</translation>
    </message>
</context>
<context>
    <name>troubleshoot.page</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Troubleshooter</source>
        <translation>Fehlersuche</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>✕ Cl&amp;ose</source>
        <translation>✕ Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Close the troubleshooter</source>
        <translation>Die Fehlersuche schließen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Leave the troubleshooter (what you tried is kept in the lock's log)</source>
        <translation>Die Fehlersuche verlassen (was Sie versucht haben, bleibt im Protokoll des Schlosses)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Not saved: {reason}. Try another folder.</source>
        <translation>Nicht gespeichert: {reason}. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Saved to {name}.</source>
        <translation>Gespeichert unter {name}.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>for a lock not listed in lockcare</source>
        <translation>für ein Schloss, das nicht in lockcare steht</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Troubleshooter · {where}</source>
        <translation>Fehlersuche · {where}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Not written to the log: {exc}</source>
        <translation>Nicht ins Protokoll geschrieben: {exc}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>The troubleshooter's steps could not be read ({exc}). Reinstall lockcare; nothing else is affected.</source>
        <translation>Die Schritte der Fehlersuche konnten nicht gelesen werden ({exc}). Installieren Sie lockcare neu; sonst ist nichts betroffen.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Save the summary for Tuya support</source>
        <translation>Die Zusammenfassung für den Tuya-Support speichern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>troubleshoot.picker</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>What is wrong?</source>
        <translation>Was ist los?</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Locked out? &amp;Get in now</source>
        <translation>Ausgesperrt? Jetzt hinein&amp;kommen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Ways into the house that work from outside the door</source>
        <translation>Wege ins Haus, die von außerhalb der Tür funktionieren</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>&amp;Which lock?</source>
        <translation>W&amp;elches Schloss?</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Which lock</source>
        <translation>Welches Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Start &amp;here</source>
        <translation>&amp;Hier beginnen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Not paired / not listed</source>
        <translation>Nicht gekoppelt / nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>★ Suggested: {title}</source>
        <translation>★ Vorschlag: {title}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>&lt;b&gt;Suggested for {lock}: {title}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;Vorschlag für {lock}: {title}&lt;/b&gt;&lt;br&gt;{summary}</translation>
    </message>
</context>
<context>
    <name>troubleshoot.step_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Progress through the steps</source>
        <translation>Fortschritt durch die Schritte</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Go back one step (Alt+Left or Backspace)</source>
        <translation>Einen Schritt zurück (Alt+Links oder Rücktaste)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>← &amp;Back to symptoms</source>
        <translation>← &amp;Zurück zu den Symptomen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;Why this helps:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;Warum das hilft:&lt;/b&gt; {escape}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;You need:&lt;/b&gt;{needs}</source>
        <translation>&lt;b&gt;Sie brauchen:&lt;/b&gt;{needs}</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;This step needs the inside of the door.&lt;/b&gt; Still outside? Skip it with the button on the right, and come back to it once you are in.</source>
        <translation>&lt;b&gt;Dieser Schritt braucht die Innenseite der Tür.&lt;/b&gt; Noch draußen? Überspringen Sie ihn mit der Schaltfläche rechts und kommen Sie darauf zurück, sobald Sie drin sind.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;⚠ Careful:&lt;/b&gt; {escape}</source>
        <translation>&lt;b&gt;⚠ Vorsicht:&lt;/b&gt; {escape}</translation>
    </message>
</context>
<context>
    <name>troubleshoot.svg_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/svg_view.py"/>
        <source>Illustration</source>
        <translation>Abbildung</translation>
    </message>
</context>
<context>
    <name>troubleshoot.tools</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Square-bar calculator</source>
        <translation>Vierkant-Rechner</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Type your door's thickness to see which bar to use.</source>
        <translation>Geben Sie die Türstärke ein, um zu sehen, welcher Vierkant passt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Door &amp;thickness (mm):</source>
        <translation>&amp;Türstärke (mm):</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Door thickness in millimetres</source>
        <translation>Türstärke in Millimetern</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Even the shortest bar ({bar_mm} mm) is too long for this door</source>
        <translation>Selbst der kürzeste Vierkant ({bar_mm} mm) ist für diese Tür zu lang</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Even the longest bar ({bar_mm} mm) is too short for this door</source>
        <translation>Selbst der längste Vierkant ({bar_mm} mm) ist für diese Tür zu kurz</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Use the {bar_mm} mm bar: it sticks out {protrusion_mm:g} mm on each side</source>
        <translation>Nehmen Sie den {bar_mm}-mm-Vierkant: Er steht auf jeder Seite {protrusion_mm:g} mm über</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal checker</source>
        <translation>Signalprüfer</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Type the strength your Wi-Fi analyser shows at the door.</source>
        <translation>Geben Sie die Stärke ein, die Ihr WLAN-Analysator an der Tür zeigt.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal &amp;strength (dBm):</source>
        <translation>Signal&amp;stärke (dBm):</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal strength in dBm</source>
        <translation>Signalstärke in dBm</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery check</source>
        <translation>Batterieprüfung</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Measure each cell with a multimeter and type the voltages.</source>
        <translation>Messen Sie jede Zelle mit einem Multimeter und geben Sie die Spannungen ein.</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery type</source>
        <translation>Batterietyp</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery t&amp;ype:</source>
        <translation>Batterie&amp;art:</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>&amp;Voltages (V):</source>
        <translation>Spannun&amp;gen (V):</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Cell voltages in volts</source>
        <translation>Zellspannungen in Volt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>One reading per cell, separated by spaces</source>
        <translation>Ein Messwert pro Zelle, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source> Never mix battery types, or old and new cells.</source>
        <translation> Mischen Sie nie Batterietypen oder alte und neue Zellen.</translation>
    </message>
</context>
<context>
    <name>widgets.field_errors</name>
    <message>
        <location filename="../../lockcare/ui/widgets/field_errors.py"/>
        <source>Problem with {name}</source>
        <translation>Problem mit {name}</translation>
    </message>
</context>
<context>
    <name>widgets.masked_key</name>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Add lock…</source>
        <translation>Schloss &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Record battery &amp;reading…</source>
        <translation>Batterie&amp;stand erfassen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Record battery s&amp;wap…</source>
        <translation>Batterie&amp;wechsel erfassen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Import battery &amp;history…</source>
        <translation>Batterie&amp;verlauf importieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Scan the network…</source>
        <translation>&amp;Netzwerk durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Import devices.json…</source>
        <translation>devices.json &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Tuya &amp;cloud…</source>
        <translation>Tuya-&amp;Cloud…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Your Tuya cloud account: lock keys and battery history (Ctrl+Shift+C)</source>
        <translation>Ihr Tuya-Cloud-Konto: Schloss-Schlüssel und Batterieverlauf (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Read &amp;now</source>
        <translation>&amp;Jetzt lesen</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Wake and read…</source>
        <translation>Wecken und &amp;lesen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>I'm &amp;locked out…</source>
        <translation>Ich bin a&amp;usgesperrt…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Re&amp;move lock…</source>
        <translation>Schloss &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>What needs doing across all locks (Ctrl+D)</source>
        <translation>Was bei allen Schlössern zu tun ist (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>&amp;Lock</source>
        <translation>&amp;Schloss</translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/window_actions.py"/>
        <source>Due: {count}</source>
        <translation>Fällig: {count}</translation>
    </message>
</context>
</TS>
