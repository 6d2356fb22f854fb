<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>about_dialog</name>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>A maintenance companion for Tuya smart door locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>About lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>{TAGLINE}&lt;br&gt;{LICENCE} licence · Python {python_version} · PySide6 {pyside_version} (Qt {qVersion})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Your data: {data_dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>The self-test checks this installation in a temporary folder; your locks and data are not touched. Support may ask you for its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Run self-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copy output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copy the self-test's lines, e.g. to send them to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Self-test output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Running… (about ten seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Some checks failed: the lines marked FAIL say what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Could not start {command}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>The self-test could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>&amp;About lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/about_dialog.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../lockcare/ui/actions.py"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup.backup_dialog</name>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Back up lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>The backup holds every lock, battery reading and swap, the maintenance log and the recurring tasks, in one file:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Include the locks' local &amp;keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Lets a restore on a new computer talk to the locks without pairing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Anyone with this file could then control your locks on your home network. lockcare makes the file readable by you only; keep it somewhere private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/backup_dialog.py"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup.file_actions</name>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Print checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Preview and print the selected lock's maintenance checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Print &amp;household plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Preview and print every lock's checklist and the plan for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save checklists as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Every lock's checklist and the year plan as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Put the maintenance dates into your calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>The log, battery readings and swaps as spreadsheet files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save everything to one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Replace everything with a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export CSV files into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Exported {files} to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Saved the calendar to {written}. Open it with your calendar app to add the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Back up lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>lockcare backups (*.lockcare);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> with the locks' keys (keep it private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> (without the locks' keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Backed up %n lock(s) and {log_entries} log entries to {path}{keys}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source> and the locks' keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>This backup from {short_date} holds %n lock(s) and {log_entries} log entries{keys}.

Restoring replaces everything lockcare holds now. A copy of the current data is kept beside the database, just in case.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Restored {locks} locks and {log_entries} log entries from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Select a lock first, or print the household plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Save checklists as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/backup/file_actions.py"/>
        <source>Saved %n page(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checklists.preview</name>
    <message>
        <location filename="../../lockcare/ui/checklists/preview.py"/>
        <source>lockcare checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/checklists/preview.py"/>
        <source>Print preview: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloud.cloud_page</name>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Tuya cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Data centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>e.g. 4nq8e5xaxmk7fy3tk7pk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>32 letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Access secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Ask Tuya's cloud for a token and your device list with these keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Import locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Read the cloud now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Fetch the battery levels, alarms and unlocks the cloud kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Forget the cloud link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>&amp;Keep collecting when lockcare is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Not in the demo: its locks and data go away when the window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Not linked yet: follow the steps below, one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Linked to the cloud project {access_id} ({place} data centre): {locks} lock(s) from the cloud, {read}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>{text}&lt;br&gt;&lt;b&gt;Problem:&lt;/b&gt; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Copy both the access ID and the access secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Asking Tuya's cloud… (this can take a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Reading your cloud project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>lockcare forgot the cloud credentials. Your locks and their history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>It works: your cloud project has {locks} lock(s). Next: import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>That failed unexpectedly; the details are in lockcare's log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/cloud_page.py"/>
        <source>{BACKGROUND_HINT}

That did not work: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloud.harvester</name>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Reading the Tuya cloud for {count} lock(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Reading the Tuya cloud: {name} ({number} of {total})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Another lockcare is reading the Tuya cloud; the window tries again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: the harvest failed unexpectedly; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud: {failed} of {total} lock(s) not read ({kind}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud read: {added} new battery reading(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/harvester.py"/>
        <source>Tuya cloud read: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cloud.steps</name>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>1. Create a free cloud project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Sign in (or sign up, free) at &lt;a href='{url}'&gt;Tuya's developer platform&lt;/a&gt;, then open &lt;b&gt;Cloud → Development&lt;/b&gt; and press &lt;b&gt;Create Cloud Project&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Name: anything, e.g. &lt;i&gt;lockcare&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Industry: &lt;i&gt;Smart Home&lt;/i&gt;; development method: &lt;i&gt;Smart Home&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Data centre: the one of your phone app account (next step tells how to find it)&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;When it asks which services to add, keep &lt;b&gt;IoT Core&lt;/b&gt; and &lt;b&gt;Authorization Token Management&lt;/b&gt;. The free IoT Core plan lasts a few months; Tuya asks you to extend it now and then (lockcare will say when).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>2. Pick your data centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Tuya keeps each phone app account in one data centre. In the &lt;b&gt;Smart Life&lt;/b&gt; or &lt;b&gt;Tuya Smart&lt;/b&gt; app open &lt;b&gt;Me → Settings → Account and Security → Region&lt;/b&gt;: the region there decides it (most of Europe: Central Europe; the Americas: Western America).&lt;/p&gt;&lt;p&gt;The cloud project must use the same data centre, or it sees no devices.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>App account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>3. Link your Smart Life / Tuya Smart account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;In your cloud project open &lt;b&gt;Devices → Link App Account → Add App Account&lt;/b&gt;. A QR code appears: in the phone app, tap the scan icon at the top of the &lt;b&gt;Me&lt;/b&gt; tab and scan it, then confirm.&lt;/p&gt;&lt;p&gt;Your locks now show under &lt;b&gt;Devices → All Devices&lt;/b&gt; of the project.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>4. Copy the access id and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;Open the project's &lt;b&gt;Overview&lt;/b&gt;: under &lt;b&gt;Authorization Key&lt;/b&gt; copy the &lt;b&gt;Access ID / Client ID&lt;/b&gt; and the &lt;b&gt;Access Secret / Client Secret&lt;/b&gt; into the boxes below, then press &lt;b&gt;Test&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The secret is kept in your system's key store, never in lockcare's files or backups (unless you ask for a backup with keys).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>5. Import your locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>&lt;p&gt;lockcare adds every lock of the project with its local key, and the gateways that serve Bluetooth or Zigbee locks. Locks you already have get a new key or name when the app changed them. Other devices (plugs, lights) are left out.&lt;/p&gt;&lt;p&gt;Then lockcare reads the battery levels, alarms and unlocks the cloud kept for the last 7 days, when it starts and every hour while it is open.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>Battery Wi-Fi locks sleep and are rarely heard on the home network, and their local keys come from Tuya's cloud. Link your own free Tuya cloud project and lockcare fetches the keys and the battery history the cloud keeps. lockcare only reads: it never opens or changes a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/cloud/steps.py"/>
        <source>While lockcare is closed your computer runs “lockcare collect” every hour: it reads the locks it can reach, fetches the cloud's reports before they expire after 7 days, and tells you about a low battery or a jammed or forced lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.dates_in_words</name>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{hour:02d}:{minute:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n month(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/dates_in_words.py"/>
        <source>{date}, {time} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.wording</name>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>change the key (lockcare edit LOCK --key-stdin, or Settings &gt; Change local key in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>check key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>garbled replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>No readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Wi-Fi lock (sleeps to save battery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Wi-Fi lock (always connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Bluetooth/Zigbee lock via a gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep since {day_month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Check the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Out of the gateway's reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Garbled replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not enough readings yet for a forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>New batteries are probably due (no readings yet to confirm it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace the batteries now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Expect to replace the batteries between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace batteries by {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Replace batteries between {first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not enough readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>from the cloud, reported {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source> since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Asleep{since}. Battery locks sleep to save power; that is normal. Touch its keypad, then press Wake and read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Not answering{since}. {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The lock refused lockcare's key. Check the local key and protocol version: the key comes from the tinytuya wizard's devices.json and changes whenever the lock is paired again in the Tuya app. If it changed, {advice}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The lock was awake but did not answer in time. Try Read now again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>Something answered at this lock's address, but not like a Tuya lock (its replies were garbled). This is not a key problem: check the address and port, then try Read now again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/core/wording.py"/>
        <source>The gateway says this lock is out of reach. Check the lock's batteries and that it is within Bluetooth range of the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.add_lock_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Add a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Add lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>The device id and local key come from the tinytuya wizard (devices.json). lockcare only reads the lock; it never sends a command that could open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Directly, on Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Through a gateway (Bluetooth or Zigbee lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Front door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>e.g. bf3a1c2d3e4f5a6b7c8d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Find it for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>From my Tuya cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>No key? lockcare can fetch your locks and their keys from your Tuya cloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>N&amp;ode id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Device &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Local &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Protocol &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>&amp;Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>How &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's device id (the “id” in devices.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's node id (node_id in devices.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Give the lock's local key (the “key” in devices.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>Trying protocol versions 3.5, 3.4 and 3.3… (wake the lock if it sleeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/add_lock_dialog.py"/>
        <source>{exc} Choose the version by hand if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.battery_dialogs</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/battery_dialogs.py"/>
        <source>Battery reading saved for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/battery_dialogs.py"/>
        <source>Battery swap saved for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.form_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/form_dialog.py"/>
        <source>Problem with the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.lock_choice</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/lock_choice.py"/>
        <source>Choose a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/lock_choice.py"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.reading_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery reading for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Record reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Read the level in the Tuya or Smart Life app (lock, then the battery icon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Battery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>When it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Choose the lock the reading is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/reading_dialog.py"/>
        <source>Type the percentage the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs.swap_dialog</name>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Batteries changed in {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Batteries changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Record swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Change all the batteries together, with fresh cells of one type; then wait 30 s for the lock to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>optional, e.g. Duracell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>How &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>Choose the lock whose batteries were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>NiMH rechargeables run at 1.2 V instead of 1.5 V: the lock will warn of low batteries early. Alkaline AA cells are the safe choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/dialogs/swap_dialog.py"/>
        <source>This lock was set up for {battery}. Use one type only, never mixed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>empty_page</name>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Welcome to lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>lockcare keeps an eye on your Tuya smart locks: it remembers every battery reading, tells you when to buy and change batteries, and helps when a lock misbehaves.

You have no locks yet. Find them on your network, fetch them from your Tuya cloud account (keys and battery history included), import the devices.json file the tinytuya wizard wrote, or add one by hand. Or look around the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Scan the network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Import devices.json…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Use your Tuya cloud account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Fetch your locks, their keys and battery history from your own Tuya cloud project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Add a lock by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/empty_page.py"/>
        <source>Opens a second window with emulated locks; nothing of yours is touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet.fleet_model</name>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Battery health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Replace between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/fleet/fleet_model.py"/>
        <source>{name}: battery {level_text}, {status}, replace {range_text}, {connection}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help.guide</name>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Locked out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Press “I'm locked out!” at the bottom left. lockcare first shows the ways in that work from outside the door: the hidden keyhole, emergency power for a dark keypad, another way in, and who to call. Then it helps you find the cause, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Sleeping locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Battery Wi-Fi locks sleep most of the time to save power, so lockcare often finds them asleep. That is normal and nothing is lost: lockcare reads it again the next time it wakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>To read a sleeping lock now, press Wake and read, then touch its keypad. lockcare keeps trying while the lock is awake. Locks that stay connected, and locks behind a gateway, are read every 15 minutes while lockcare is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Local keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>lockcare reads a lock over your home network with its local key, a 16-character code from the tinytuya wizard (devices.json). The key changes whenever the lock is paired again in the Tuya app; when lockcare says “check the key”, put in the new one on the lock's Settings tab (Change local key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Keys are kept in your system's keyring, or in a file only you can read when there is no keyring. They never appear in logs, summaries or exports, and lockcare never sends a command that could open or change a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>The Tuya cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>If you have a Tuya developer project, lockcare can also fetch what the Tuya cloud knows about your locks, such as battery reports and alarms from times the lock was asleep to lockcare. Everything still works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>The Battery tab says when to replace the batteries, from the readings since the last change. Record each battery change (Ctrl+B), so the next forecast starts from the right day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>File, then Print checklist, prints the selected lock's one-page checklist to tape inside a cupboard; Print household plan adds the year at a glance for every lock. Save as PDF writes all of them to a file. Both use A4 or Letter as your region does and print well in black and white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/guide.py"/>
        <source>lockcare guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help.menu</name>
    <message>
        <location filename="../../lockcare/ui/help/menu.py"/>
        <source>lockcare &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/menu.py"/>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>help.report</name>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>System: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Python {python_version}, PySide6 {pyside_version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>This summary describes {lock_name} and lockcare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>This summary describes lockcare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Add what happened at the end, then send it with your request: to Tuya's regional support for a fault in the lock, or to lockcare's maintainers for a fault in lockcare. It never contains a local key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Copied. Paste it into your message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Not saved: {reason}. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Saved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Save the problem report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/help/report.py"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>Same as the system ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>lockcare shows the new language when it starts again. Restart now? Nothing you saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/language_menu.py"/>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.key_dialog</name>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>Change the local key of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>Change key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>The local key changes whenever the lock is paired again in the Tuya app. Copy the new one from the tinytuya wizard's devices.json (the “key” of this device). It is stored safely and never shown in logs or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>New local key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/key_dialog.py"/>
        <source>New &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.live_reads</name>
    <message>
        <location filename="../../lockcare/ui/locks/live_reads.py"/>
        <source>Read {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/live_reads.py"/>
        <source>{name} is asleep; nothing lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.lock_list_model</name>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>{name}: gateway. {connection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_list_model.py"/>
        <source>{name}: battery {right}, {status}. {connection}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.lock_settings</name>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Battery percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Battery level (high/medium/low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Door open/closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Bolt motor state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Duress unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Doorbell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>This lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Local key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Change local ke&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Put in the new key after the lock was paired again in the Tuya app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Voice prompts are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>With voice prompts, batteries last 3-4 months instead of 8-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>e.g. Touch the keypad, or enter *9#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>How to wake it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Voice prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Advanced (data points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Which numbered data point of the lock carries each value. lockcare found these itself; change one only if a value shows up wrong. 0 means the lock does not report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Unlock record: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Put the form back as it was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove this lock from lockcare with its readings, log and key (undo is offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>This lock is read through its gateway: its address and key are on the gateway's Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Remove gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Two values cannot share one data point; check the numbers under Advanced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>No key is stored for this lock yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/lock_settings.py"/>
        <source>Hidden: press Show to see it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.maintenance_tab</name>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Plan: jobs that keep the lock working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Log: what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/maintenance_tab.py"/>
        <source>Battery changes, cleaning, checks and troubleshooting, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.overview_tab</name>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>When to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Latest reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Last battery change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Category code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Gateway device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Product and network details, for support or the tinytuya wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>None yet: record one from the Tuya app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{caption}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{words}, through the gateway “{gateway_name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>{words}, through a gateway that is not paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/overview_tab.py"/>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.removal</name>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removing “{name}” deletes everything lockcare stores about it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {readings} battery readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 battery reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {log_entries} log entries, battery changes and troubleshooting included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {tasks} maintenance tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 maintenance task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• {events} recorded alarms and unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• 1 recorded alarm or unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>• its local key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>The lock itself is not touched. You can undo this right after, from the bar at the top of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Bring the lock back with everything that went with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removed {name} with {readings} readings and {log_entries} log entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/removal.py"/>
        <source>{name} is back, with its readings and log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.unsaved</name>
    <message>
        <location filename="../../lockcare/ui/locks/unsaved.py"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/unsaved.py"/>
        <source>The settings of {name} have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locks.wake_dialog</name>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Touch the lock's keypad so it lights up, then keep it awake by touching it again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Wake {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>&lt;b&gt;Wake {name} now.&lt;/b&gt; Battery locks keep Wi-Fi off to save power, so lockcare can only read them for a moment after they wake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Trying for up to {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Time spent waiting for the lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/locks/wake_dialog.py"/>
        <source>Not awake yet (try {attempt}). Still trying for {seconds} s…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logbook.entry_dialog</name>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Edit log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>What was done, what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>optional, e.g. Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Type of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Done &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Unit of the measured value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>A battery swap or troubleshooting entry keeps its type; delete it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Add a lock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The measured value must be a number, e.g. 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>The cost must be a number, e.g. 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>A cost cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/entry_dialog.py"/>
        <source>Enter the measured value for that unit, or clear the unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logbook.filter_bar</name>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Lock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Show the log of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>All locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Type of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Time span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/filter_bar.py"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logbook.log_model</name>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/log_model.py"/>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logbook.panel</name>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Maintenance log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Add entr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Log maintenance you did: a battery check, a clean, tightened screws…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Delete the selected entry (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Undo: {text} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Redo: {text} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Nothing logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Showing {shown} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Could not delete it: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source> and its battery swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source> and its troubleshooting run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/panel.py"/>
        <source>Deleted the entry{extra}. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>logbook.undo</name>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Could not {what}: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Add {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Edit {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/logbook/undo.py"/>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pairing.scan_dialog</name>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Scan the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>lockcare listens for Tuya devices announcing themselves on your network. Battery locks only announce while awake: touch the keypad during the scan. Nothing is sent to your devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Listening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>In lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Devices found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>&amp;Add selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Found {found} device(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Nothing heard. Wake a battery lock during the scan, or import devices.json from the tinytuya wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>The scan could not listen on the network: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>New Tuya device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Not added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>Device id: {device_id}
Protocol version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/pairing/scan_dialog.py"/>
        <source>
Product key: {product_key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule.due_model</name>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Overdue by %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Overdue by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Due in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Waiting for a battery forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>When the forecast is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Last done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>By battery forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_model.py"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule.due_page</name>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>What's due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Due tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Log that you did this today; the next due date moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>&amp;Open lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Show &amp;every task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Also list tasks that are not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>No locks with maintenance yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>{soon} due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>. Mark a job done once you've done it; the next date moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Nothing is due this week. Well kept!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source> (recorded as {battery_count} × {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/due_page.py"/>
        <source>Logged “{task}” for {name} on {short_date}{extra}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schedule.task_dialogs</name>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>months and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Months between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Days between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>How often: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Remind me about this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Leave both at 0 to follow the battery forecast (recommended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>The next due date counts from the last time it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>A task needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Choose at least one month or one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>New task for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>e.g. Check the door closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Which log entries complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Only ticking it as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Logging “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>&amp;Completed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/schedule/task_dialogs.py"/>
        <source>Give the task a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.end_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Summary for Tuya support (send it with your request):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Summary for Tuya support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Save summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Undo: it is not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Clicked “fixed” by mistake? Take it back: the log entry goes and the step comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Go back to the last step (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Another &amp;problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Saved in the maintenance log of {lock_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/end_view.py"/>
        <source>Copied. Paste it into your message to Tuya support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.get_in_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Get in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Ways to get in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>&amp;Next: what is wrong? →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/get_in_view.py"/>
        <source>Once you are in (or if none of these work), find out what is wrong with the lock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.outcome_row</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/outcome_row.py"/>
        <source>That fixed it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.page</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>✕ Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Close the troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Leave the troubleshooter (what you tried is kept in the lock's log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Not saved: {reason}. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Saved to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>for a lock not listed in lockcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Troubleshooter · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Not written to the log: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>The troubleshooter's steps could not be read ({exc}). Reinstall lockcare; nothing else is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Save the summary for Tuya support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/page.py"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.picker</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Locked out? &amp;Get in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Ways into the house that work from outside the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>&amp;Which lock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Which lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Start &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>Not paired / not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>★ Suggested: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/picker.py"/>
        <source>&lt;b&gt;Suggested for {lock}: {title}&lt;/b&gt;&lt;br&gt;{summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.step_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Progress through the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Go back one step (Alt+Left or Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>← &amp;Back to symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;Why this helps:&lt;/b&gt; {escape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;You need:&lt;/b&gt;{needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;This step needs the inside of the door.&lt;/b&gt; Still outside? Skip it with the button on the right, and come back to it once you are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/step_view.py"/>
        <source>&lt;b&gt;⚠ Careful:&lt;/b&gt; {escape}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.svg_view</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/svg_view.py"/>
        <source>Illustration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>troubleshoot.tools</name>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Square-bar calculator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Type your door's thickness to see which bar to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Door &amp;thickness (mm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Door thickness in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Even the shortest bar ({bar_mm} mm) is too long for this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Even the longest bar ({bar_mm} mm) is too short for this door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Use the {bar_mm} mm bar: it sticks out {protrusion_mm:g} mm on each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Type the strength your Wi-Fi analyser shows at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal &amp;strength (dBm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Signal strength in dBm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Measure each cell with a multimeter and type the voltages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Battery t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>&amp;Voltages (V):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>Cell voltages in volts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source>One reading per cell, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/troubleshoot/tools.py"/>
        <source> Never mix battery types, or old and new cells.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets.field_errors</name>
    <message>
        <location filename="../../lockcare/ui/widgets/field_errors.py"/>
        <source>Problem with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widgets.masked_key</name>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lockcare/ui/widgets/masked_key.py"/>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
