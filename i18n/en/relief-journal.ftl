# Relief Journal: the words of the app in English, the fallback language.
#
# Conventions (docs/TRANSLATING.md): scoped kebab-case ids (`today-save-button`), a comment on
# every message with variables naming each and its type, a new id when a message's meaning
# changes, plurals through selectors, never a sentence glued from pieces. Numbers and dates
# arrive already formatted for the region (strings); a Number argument is there for a plural.


## Shared
## Terms, the language's own name, and how dates and numbers are written (src/wording/format.rs).

-brand-name = Relief Journal

# The language's own name, as the language menu in Settings lists it.
language-name = English

# $value (String) - a number already written with the region's decimal mark, e.g. "32.5"
format-percent = { $value }%
# $day (Number) - day of the month; $month (String) - abbreviated month name; $year (Number)
format-date = { $day } { $month } { $year }
# $weekday (String) - abbreviated weekday name; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday = { $weekday } { $day } { $month } { $year }
# $day (Number); $month (String) - full month name; $year (Number)
format-date-long = { $day } { $month } { $year }
# $weekday (String) - full weekday name; $day (Number); $month (String) - full month name; $year (Number)
format-date-long-weekday = { $weekday } { $day } { $month } { $year }
# $day (Number); $month (String) - abbreviated month name
format-day-month = { $day } { $month }
# $month (String) - full month name; $year (Number)
format-month-year = { $month } { $year }
# $month (String) - abbreviated month name; $year (Number)
format-short-month-year = { $month } { $year }
# $head (String) - every item but the last, joined by commas; $last (String) - the last item
format-list = { $head } and { $last }
# A day inside a sentence with its weekday and month written out, without the year: "for Saturday 28 November".
# $weekday (String) - full weekday name; $day (Number); $month (String) - full month name
format-day-month-long-weekday = { $weekday } { $day } { $month }


## Domain
## What a value may be: fields, allowed ranges, typed dates (src/domain/).


## Store
## Opening, saving, backups and the passphrase of a journal (src/store/).


## Exchange
## Files in and out: JSON, CSV, tables and other trackers' exports (src/exchange/).


## Analysis
## How results read: baseline, cycles, flags, the forecast, the method (src/wording/).


## Charts
## Chart titles, axes and legends, in the app and in chart images (src/charts/, src/chart_image/).


## Report
## The PDF report (src/report/).


## Commands
## What the command line prints (src/cli/).

# One line on stderr for a command that failed.
# $message (String) - what went wrong, already worded
cli-error-line = error: { $message }
# $tag (String) - the language tag as given to --lang or RELIEF_JOURNAL_LANG; $languages (String) - the tags the program speaks, separated by commas
cli-error-unknown-language = the language "{ $tag }" is not one this program speaks (languages: { $languages })

# A note under a command's result.
# $note (String) - the note, already worded
cli-note = Note: { $note }
# $path (String) - the backup file
cli-backed-up = Backed up the journal to { $path }.
# Two dates the wrong way round, as given to --from and --to (or taken from the journal).
# $from (String) - the first day, YYYY-MM-DD; $to (String) - the last day, YYYY-MM-DD
cli-error-range-backwards = from: { $from } is after to: { $to }; expected --from on or before --to

# log
# $date (String) - the day, a formatted date; $pain (Number) - the pain score saved; $outcome (String) - "added" for a new entry, "replaced" when it replaced the day's earlier entry
cli-log-saved = Saved { $date }: pain { $pain } ({ $outcome ->
    [replaced] replaced the earlier entry
   *[added] new entry
}).
# $date (String) - the day, a formatted date; $pain (Number) - the pain score saved; $sleep (String) - hours slept, a formatted number such as "6.5"; $outcome (String) - "added" for a new entry, "replaced" when it replaced the day's earlier entry
cli-log-saved-with-sleep = Saved { $date }: pain { $pain }, { $sleep } h of sleep ({ $outcome ->
    [replaced] replaced the earlier entry
   *[added] new entry
}).

# infusion
# $status (String) - "done" or "planned"; $date (String) - the day, a formatted date; $phase (String) - "loading", "maintenance", or "inferred" when the analysis infers it
cli-infusion-saved = Saved { $status ->
    [planned] planned
   *[done] done
} infusion on { $date } ({ $phase ->
    [loading] loading
    [maintenance] maintenance
   *[inferred] phase inferred
}).

# demo
cli-demo-protected = the demo journal is never protected by a passphrase; choose another file for it with --db
cli-demo-has-data = this journal already has data; use --force to replace it with demo data, or --db to choose another file
# $entries (Number) - entries written; $infusions (Number) - infusions written; $from (String) - the first day, a formatted date; $to (String) - the last day, a formatted date
cli-demo-written = Wrote a demo journal: { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} and { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} from { $from } to { $to }.

# export
cli-export-infusions-json = --infusions applies to .csv; a .json export always holds the whole journal
# $file (String) - the file name as given
cli-export-unknown-type = { $file }: unknown file type; expected a file name ending in .json or .csv
# $entries (Number) - entries exported; $infusions (Number) - infusions exported; $file (String) - the file written
cli-export-journal-done = Exported { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} and { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} to { $file }.
# $entries (Number) - entries exported; $file (String) - the file written
cli-export-entries-done = Exported { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} to { $file }.
# $infusions (Number) - infusions exported; $file (String) - the file written
cli-export-infusions-done = Exported { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} to { $file }.

# import: refusals of the options
# $value (String) - the value as typed
cli-import-date-order-refused = --date-order: "{ $value }" is not allowed; expected ymd, dmy or mdy
# $value (String) - the value as typed
cli-import-zero-refused = --zero: "{ $value }" is not allowed; expected score or not-logged
# $field (String) - the field as typed in --scale; $message (String) - why the scale was refused, already worded
cli-import-scale-refused = --scale { $field }: { $message }
# $option (String) - which option: column, scale or reading; $value (String) - the text as typed
cli-import-option-form = { $option ->
    [scale] --scale: "{ $value }" is not allowed; expected FIELD=MIN-MAX
    [reading] --reading: "{ $value }" is not allowed; expected FIELD=NAME
   *[column] --column: "{ $value }" is not allowed; expected FIELD=HEADER
}
# $option (String) - which option: column, scale or reading; $name (String) - the name as typed; $fields (String) - the field names a file may have, separated by commas
cli-import-not-a-field = { $option ->
    [scale] --scale
    [reading] --reading
   *[column] --column
}: "{ $name }" is not a field; expected one of { $fields }
# $field (String) - "date" or "time"
cli-import-reading-own-column = --reading: the { $field ->
    [time] time
   *[date] date
} comes from its own column, not from readings
cli-import-from-with-columns = --from reads the tracker's own columns; leave out --column and --sheet (choose readings with --reading and scales with --scale)
cli-import-long-needs-columns = a long table needs both --name-column HEADER and --value-column HEADER
cli-import-long-needs-date = a long table needs its date column: --column date=HEADER
# $value (String) - the name as typed; $trackers (String) - the names --from accepts, separated by commas
cli-import-from-refused = --from: "{ $value }" is not allowed; expected one of { $trackers }
cli-import-reading-alone = --reading names readings of a tracker's export (--from NAME) or of a long table (--name-column and --value-column); a table of days maps columns with --column

# import: what it did
# $tracker (String) - the tracker's name, e.g. Bearable; $name (String) - the tracker's name for --from, e.g. bearable
cli-import-recognised = Read as a { $tracker } export, recognised from its layout (--from { $name } says so; --from NAME chooses another).
# $file (String) - the file imported; $entries (Number) - entries imported; $entries_added (Number) - of them, new days; $entries_replaced (Number) - of them, days that replaced an entry; $infusions (Number) - infusions imported; $infusions_added (Number) - of them, new; $infusions_replaced (Number) - of them, replacing one; $settings (String) - "updated" when the file's settings were applied, else "unchanged"
cli-import-done = Imported { $file }: { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} ({ $entries_added } added, { $entries_replaced } replaced), { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} ({ $infusions_added } added, { $infusions_replaced } replaced){ $settings ->
    [updated] , settings updated
   *[unchanged] {""}
}.
# $count (Number) - rows skipped
cli-import-skipped-empty = Skipped { $count ->
    [one] 1 empty row
   *[other] { $count } empty rows
}.
# $items (String) - what the file holds that was not imported, each already worded, separated by commas
cli-import-ignored = Ignored: { $items }.
# $rule (String) - how values were changed on the way in, already worded
cli-import-rule = Rule: { $rule }.
# $file (String) - the file; $entries (Number) - entries it holds; $infusions (Number) - infusions it holds
cli-import-dry-run = Dry run of { $file }: { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} and { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} would be imported; nothing is written.
# Under the first rows of a dry run.
# $count (Number) - rows not shown
cli-import-dry-run-more = … and { $count } more
cli-import-dry-run-none-replaced = No day already in the journal would be replaced.
# $count (Number) - days replaced; $dates (String) - the days, YYYY-MM-DD, separated by commas
cli-import-dry-run-replaced = { $count ->
    [one] 1 day
   *[other] { $count } days
} already in the journal would be replaced: { $dates }.

# analyze
# $error (String) - what the system said
cli-analyze-print-failed = could not print the analysis: { $error }
# $date (String) - the day of the analysis, a formatted date
cli-analyze-heading = Relief analysis on { $date }
# $thresholds (String) - which relief counts as meaningful and substantial, already worded
cli-analyze-relief-definition = Relief is pain below the baseline: { $thresholds }.
cli-analyze-no-cycles = No done infusions yet, so there are no relief cycles to show.
# $meaningful (String) - the meaningful relief threshold, a percentage; $substantial (String) - the substantial relief threshold, a percentage
cli-analyze-below-legend = Below { $meaningful } / { $substantial }: the day relief fell below the threshold and stayed below.
cli-analyze-patterns = Patterns:
# $evidence (String) - the data behind a pattern, already worded
cli-analyze-evidence = Evidence: { $evidence }
# The columns of the cycle table (short: the table is wide).
cli-analyze-column-number = #
cli-analyze-column-phase = phase
cli-analyze-column-infusion = infusion
cli-analyze-column-next = next
cli-analyze-column-days = days
cli-analyze-column-logged = logged
cli-analyze-column-peak = peak
cli-analyze-column-onset = onset
cli-analyze-column-half-life = half-life
cli-analyze-column-pain = pain
cli-analyze-column-worst = worst
cli-analyze-column-high-pain-days = days 7+
cli-analyze-column-rescue = rescue/wk
cli-analyze-column-mobility = mobility
cli-analyze-column-sleep = sleep

# chart
# $chart (String) - which chart: timeline, typical, survival, cycles or durations; $path (String) - the image file
cli-chart-saved = Saved the { $chart ->
    [timeline] daily pain, sleep and mobility
    [typical] typical relief after an infusion
    [survival] how long meaningful relief held
    [cycles] relief by day since infusion, each cycle
   *[durations] how long meaningful relief lasted
} chart to { $path }.

# report
# $path (String) - the file name as given
cli-report-not-pdf = { $path }: expected a file name ending in .pdf
# $from (String) - the first day, a formatted date; $to (String) - the last day, a formatted date; $path (String) - the PDF file
cli-report-saved = Saved the report for { $from } to { $to } to { $path }.

# backup and restore
cli-backup-in-memory = an in-memory journal has no backups
cli-backup-none = No backups yet.
# The reason column of `backup --list`.
# $reason (String) - why the backup was taken: daily, before-import, before-restore, before-migration, manual or before-passphrase
cli-backup-reason = { $reason ->
    [daily] daily
    [before-import] before-import
    [before-restore] before-restore
    [before-migration] before-migration
    [before-passphrase] before-passphrase
   *[manual] manual
}
# The size column of `backup --list`.
# $size (Number) - the backup's size in bytes
cli-backup-size = { $size } bytes
# $path (String) - where the journal was backed up
cli-restore-safety-copy = Backed up the current journal to { $path }.
# $path (String) - where the journal that could not be opened now is
cli-restore-set-aside = The journal could not be opened; it was moved, unchanged, to { $path }.
# $journal (String) - the journal file; $backup (String) - the backup restored
cli-restore-done = Restored { $journal } from { $backup }.

# passphrase
# $variable (String) - the environment variable's name
cli-passphrase-not-utf8 = { $variable } is not valid UTF-8 text
# The prompt in a terminal; the typed passphrase is not shown.
# $path (String) - the journal file
cli-passphrase-prompt = Passphrase for { $path }:{" "}
# $file (String) - the passphrase file; $error (String) - what the system said
cli-passphrase-file-unreadable = { $file }: the passphrase file could not be read as text ({ $error })
# $file (String) - the passphrase file
cli-passphrase-file-empty = { $file }: the passphrase file's first line is empty
# $error (String) - what the terminal said
cli-passphrase-read-failed = the passphrase could not be read: { $error }
# $variable (String) - the environment variable's name
cli-passphrase-new-missing = no new passphrase given: run this in a terminal to type it, or set { $variable }; nothing was changed
cli-passphrase-new-prompt = New passphrase:{" "}
cli-passphrase-again-prompt = The same passphrase again:{" "}
cli-passphrase-differ = the two passphrases typed differ; nothing was changed
# $path (String) - the journal file; $error (String) - why it could not be read
cli-passphrase-no-journal = { $path }: no journal could be read there ({ $error })
cli-passphrase-already-set = this journal is already protected by a passphrase; use `passphrase change` to change it
# $path (String) - the journal file; $count (Number) - backups converted too
cli-passphrase-set-done = { $path } is now encrypted with the passphrase, and so are its backups (backups converted: { $count }). Nobody can recover a lost passphrase.
# $path (String) - the journal file; $count (Number) - backups converted too
cli-passphrase-removed = { $path } is no longer protected by a passphrase, nor are its backups (backups converted: { $count }).
# $path (String) - a backup protected by another passphrase
cli-passphrase-left = Left as it was (another passphrase protects it): { $path }
cli-passphrase-outside-copies = Copies made outside { -brand-name } (other backup programs, synced folders) and blocks the disk may still hold of the earlier file are not reached.

# remind (run by the system's scheduler; its lines reach the system's log)
# $path (String) - the journal file
cli-remind-no-journal = there is no journal at { $path }, so there is nothing to remind about; open the app to start one, or turn the reminder off with `relief-journal reminders off`
# $date (String) - the journal day, a formatted date
cli-remind-not-logged = { $date } is not logged yet; showing the reminder.
# $date (String) - the journal day, a formatted date; $tomorrow (String) - the next day, a formatted date
cli-remind-logged-infusion-tomorrow = { $date } is logged; an infusion is planned for { $tomorrow }: showing that.
# $date (String) - the journal day, a formatted date
cli-remind-logged = { $date } is logged; no reminder.
# $date (String) - the journal day, a formatted date; $error (String) - why the journal could not be read, already worded
cli-remind-cannot-tell = cannot tell whether { $date } is logged: { $error }

# reminders on | off | status
# $path (String) - the journal file
cli-reminders-no-journal = there is no journal at { $path } to remind about; start it first (open the app, or log a day), then turn the reminder on
# $error (String) - what the system said
cli-reminders-no-program = cannot tell where this program is: { $error }
# $time (String) - the time of day, HH:MM; $journal (String) - the journal file; $infusion_eve (String) - "yes" when it also reminds the day before a planned infusion, else "no"
cli-reminders-on = { $infusion_eve ->
    [yes] Reminder on: daily at { $time } when the journal day has no entry in { $journal }, and the day before a planned infusion.
   *[no] Reminder on: daily at { $time } when the journal day has no entry in { $journal }.
}
# The same, for a reminder whose journal could not be read back from the system's files.
# $time (String) - the time of day, HH:MM; $infusion_eve (String) - "yes" when it also reminds the day before a planned infusion, else "no"
cli-reminders-on-journal-unknown = { $infusion_eve ->
    [yes] Reminder on: daily at { $time } when the journal day has no entry, and the day before a planned infusion.
   *[no] Reminder on: daily at { $time } when the journal day has no entry.
}
# $date (String) - the day, a formatted date with its weekday; $time (String) - the time of day, HH:MM
cli-reminders-next-run = Next run: { $date } at { $time }.
# $parts (String) - the files (or the task) that make up the reminder, as a list
cli-reminders-installed = Installed: { $parts }.
# $language (String) - the language's tag, en or es; $name (String) - the language's own name (English, Español), for a language not listed here
cli-reminders-language = Language of the notification: { $language ->
    [en] English
    [es] Spanish
   *[other] { $name }
} (the language set in the journal comes first whenever the journal can be read without a passphrase).
# $note (String) - what the system says of the reminder, already worded
cli-reminders-note = Note: { $note }.
cli-reminders-none-was-on = No reminder was on.
# $parts (String) - the files (or the task) removed, as a list
cli-reminders-off = Reminder off; removed { $parts }.
cli-reminders-none-on = No reminder is on.

## Reminders
## The reminder to log and its notification (src/reminders/).

# The notification on a day with no entry.
remind-not-logged-title = Log today's pain in { -brand-name }
# $date (String) - the journal day, weekday and month written out, without the year ("Saturday 28 November")
remind-not-logged-body = Nothing is logged for { $date } yet.
# $date (String) - the journal day, weekday and month written out, without the year ("Saturday 28 November")
remind-not-logged-body-infusion-tomorrow = Nothing is logged for { $date } yet. An infusion is planned for tomorrow.
# The notification the day before a planned infusion, when the day is logged.
remind-infusion-eve-title = An infusion is planned for tomorrow
# $date (String) - the day of the infusion, weekday and month written out, without the year ("Sunday 29 November")
remind-infusion-eve-body = { -brand-name }: your infusion planned for { $date }.
# The notification's button (where the system shows one).
remind-notification-open = Open { -brand-name }

# Why a reminder could not be installed, removed, read or shown.
remind-error-no-home = no home folder found for this user
remind-error-not-read-back = the reminder was written but cannot be read back
# $detail (String) - what systemctl said
remind-error-no-session = no systemd user session is running for this user, so the system cannot run a daily reminder here; nothing was installed ({ $detail })
# $tool (String) - the command that was run; $detail (String) - what it said
remind-error-tool = { $tool } failed: { $detail }
# $path (String) - a file of the reminder; $error (String) - what the system said
remind-error-file = { $path }: { $error }
# $path (String) - the program or the journal
remind-error-line-break = { $path } holds a line break, which a systemd unit cannot hold; move it to a path without one
# $length (Number) - characters the command would have; $max (Number) - the most Task Scheduler takes
remind-error-command-too-long = the reminder's command would be { $length } characters, and Task Scheduler takes at most { $max }; keep the journal in a folder with a shorter path
# $path (String) - the program or the journal
remind-error-double-quote = { $path } holds a double quote, which a Windows command line cannot pass on
# $path (String) - the timer unit's file
remind-error-not-our-timer = { $path } has no daily time { -brand-name } wrote; turn the reminder off and on again
# $path (String) - the agent's file
remind-error-not-our-agent = { $path } is not the agent { -brand-name } wrote; turn the reminder off and on again
# $detail (String) - what the property-list writer said
remind-error-plist = the reminder's property list could not be written: { $detail }
# $detail (String) - what the notification service said
remind-error-notification = could not show the notification: { $detail }

# Why no reminder can run on this computer (the Settings view shows it after its own words).
# $detail (String) - what systemctl said
remind-unavailable-no-session = no systemd user session is running ({ $detail })

# What the system says of an installed reminder.
remind-note-no-session = no systemd user session is running now, so the timer cannot run
# $state (String) - systemctl's own word for the timer's state, e.g. disabled
remind-note-timer-state = the timer is { $state }
remind-note-timer-not-enabled = the timer is not enabled

# A part of the installed reminder, on Windows.
# $name (String) - the task's name in Task Scheduler
remind-part-task = the Task Scheduler task "{ $name }"


## Sync
## Two computers: the sync folder and merging journals (src/sync/).

# A sync service's name, as the service writes it.
# $service (String) - dropbox, onedrive, icloud, google-drive or syncthing
sync-service = { $service ->
    [dropbox] Dropbox
    [onedrive] OneDrive
    [icloud] iCloud Drive
    [google-drive] Google Drive
   *[syncthing] Syncthing
}
# Printed once by every command when the journal is in a synced folder.
# $path (String) - the journal file; $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-command = warning: this journal ({ $path }) is inside { $folder }, a folder that { $service } keeps in sync. Sync services copy a journal while it is being written and keep “conflicted copies” instead of merging them, which can damage it or lose days. Keep the journal on this computer (move it out of that folder) and sync through a sync folder instead: relief-journal sync FOLDER.
# The app's banner when the journal is in a synced folder.
# $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-app = This journal is inside { $folder }, a folder that { $service } keeps in sync. That can damage it or lose days when two computers change it. Keep the journal on this computer and sync through a sync folder instead (Settings, “Sync folder”).

sync-error-no-folder = no sync folder is chosen for this journal; give one: relief-journal sync FOLDER (a folder that your sync service or a USB stick carries)
# $folder (String) - a folder
sync-error-folder-missing = the sync folder { $folder } does not exist; nothing was changed. Connect the drive that holds it, or choose another folder.
# $folder (String) - the path given
sync-error-not-a-folder = { $folder } is a file, not a folder; nothing was changed. Choose the folder that your sync service or USB stick carries.
# $folder (String) - a folder
sync-error-journal-in-folder = the sync folder { $folder } holds this journal itself; nothing was changed. Keep the journal out of synced folders and choose a separate folder for syncing.
sync-error-not-a-file = this journal is not saved to a file, so it cannot be synced or merged
# $folder (String) - the sync folder; $detail (String) - what the system said
sync-error-folder-not-writable = this computer's copy could not be written into { $folder } ({ $detail }); the journal itself is fine. Check that the folder can be written to and has room.
# $file (String) - a file
sync-error-same-journal = { $file } is this journal itself; there is nothing to merge
# $file (String) - a file
sync-error-not-a-journal = { $file } is not a Relief Journal file or snapshot; nothing was changed
# $file (String) - a file; $detail (String) - what SQLite reported
sync-error-damaged = { $file } is damaged or was not completely copied yet ({ $detail }); nothing was changed. If a sync service is still copying it, try again later.
# $file (String) - a file
sync-error-newer = { $file } was written by a newer version of { -brand-name }; nothing was changed. Update { -brand-name } on this computer to merge it.
# $file (String) - a file
sync-error-protected = { $file } is protected by a passphrase and this journal is not; nothing was changed. Give its passphrase (--passphrase-file or RELIEF_JOURNAL_PASSPHRASE), or use the same passphrase for this journal.
# $file (String) - a file
sync-error-other-passphrase = { $file } is protected by another passphrase than this journal's, or it is damaged; nothing was changed. Use the same passphrase on every computer that syncs this journal.
# $file (String) - a file; $detail (String) - what the system said
sync-error-unreadable = { $file } could not be read ({ $detail }); nothing was changed. Check that this user may read it and that its disk is connected.
# $detail (String) - what SQLite reported
sync-error-merge-failed = the merge failed and was undone, so nothing was changed ({ $detail })

# A file in the sync folder that was not merged, and why.
# $file (String) - the file's name
sync-skipped-damaged = Skipped { $file }: it is damaged or still being copied; it is read again at the next sync.
# $file (String) - the file's name
sync-skipped-newer = Skipped { $file }: it was written by a newer version of { -brand-name }. Update { -brand-name } on this computer.
# $file (String) - the file's name
sync-skipped-protected = Skipped { $file }: it is protected by a passphrase and this journal is not. Use the same passphrase on both computers.
# $file (String) - the file's name
sync-skipped-other-passphrase = Skipped { $file }: it is protected by another passphrase than this journal's. Use the same passphrase on both computers.
# $file (String) - the file's name
sync-skipped-not-a-journal = Skipped { $file }: it is not a { -brand-name } snapshot.
# $file (String) - the file's name; $detail (String) - what the system said
sync-skipped-unreadable = Skipped { $file }: it could not be read ({ $detail }).

# $folder (String) - the sync folder
sync-synced-with = Synced with { $folder }.
# $file (String) - this computer's snapshot
sync-snapshot-written = This computer's copy: { $file }
sync-nothing-new = Nothing new from the other computers.
# $computer (String) - another computer's name
sync-from-computer = From { $computer }:
# $file (String) - a file's name
sync-from-file = From { $file }:
# $computer (String) - another computer's name
sync-from-computer-nothing = Nothing new from { $computer }.
# $file (String) - a file's name
sync-from-file-nothing = Nothing new in { $file }: this journal already has all of it.
# $first (String) - a date; $last (String) - a later date
sync-dates-span = from { $first } to { $last }
# $count (Number) - days; $days (String) - their dates
sync-days-added = { $count ->
    [one] Added 1 day: { $days }.
   *[other] Added { $count } days: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-changed = { $count ->
    [one] Changed 1 day: { $days }.
   *[other] Changed { $count } days: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-deleted = { $count ->
    [one] Deleted 1 day: { $days }.
   *[other] Deleted { $count } days: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-added = { $count ->
    [one] Added 1 infusion: { $days }.
   *[other] Added { $count } infusions: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-changed = { $count ->
    [one] Changed 1 infusion: { $days }.
   *[other] Changed { $count } infusions: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-deleted = { $count ->
    [one] Deleted 1 infusion: { $days }.
   *[other] Deleted { $count } infusions: { $days }.
}
# $count (Number) - settings; $settings (String) - their names
sync-settings-taken = { $count ->
    [one] Took 1 setting from the other computer: { $settings }.
   *[other] Took { $count } settings from the other computer: { $settings }.
}
# A shared setting's name in a list.
# $setting (String) - the setting's key
sync-setting-name = { $setting ->
    [relief_thresholds] the relief thresholds
    [persistence_days] the days relief must stay lost
    [baseline_days] the days of the baseline
    [min_logged_per_week] the days logged per week
    [series_gap_days] the days between infusions of one series
    [early_warning_days] the days of early warning
    [baseline_pain] the remembered baseline
    [day_rollover_hour] the hour a new journal day starts
    [patient_name] the name on reports
   *[language] the language
}
# $count (Number) - records changed on both computers
sync-conflicts = { $count ->
    [one] 1 record was changed on both computers since they last synced:
   *[other] { $count } records were changed on both computers since they last synced:
}
# $kept (String) - here or other; $day (String) - the day; $source (String) - the other computer or file; $undo (String) - yes when the app's Undo holds this computer's version, no when the backup does
sync-conflict-day = { $kept ->
    [here] This computer's change of { $day } is newer than the one from { $source } and was kept.
   *[other] The change of { $day } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $kept (String) - here or other; $day (String) - the infusion's date; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-infusion = { $kept ->
    [here] This computer's change of the infusion of { $day } is newer than the one from { $source } and was kept.
   *[other] The change of the infusion of { $day } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $kept (String) - here or other; $setting (String) - the setting's name; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-setting = { $kept ->
    [here] This computer's change of { $setting } is newer than the one from { $source } and was kept.
   *[other] The change of { $setting } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $count (Number) - days; $days (String) - their dates
sync-two-done = { $count ->
    [one] { $days } now has 2 done infusions, one from each computer: delete the wrong one in Infusions.
   *[other] These days now have 2 done infusions, one from each computer: { $days }. Delete the wrong one of each in Infusions.
}
# $path (String) - the backup file
sync-backup-before-merge = A backup was taken before merging: { $path }
sync-peers-heading = Other computers that sync this journal:
# $computer (String) - the computer's name; $when (String) - a date and time
sync-peer = { $computer }: last seen { $when }
sync-no-peers = No other computer has synced through this folder yet. Choose the same folder on your other computer and sync there.
# $date (String) - a date; $time (String) - a time of day, 24-hour
sync-when = { $date }, { $time }
# $file (String) - the merged file
sync-merged-file = Merged { $file } into this journal.
# $folder (String) - the sync folder
sync-folder-remembered = This journal syncs with { $folder } from now on: the app syncs there when it opens and after each save.

# $day (String) - the day; $pain (Number) - its pain score
sync-delete-entry = Deleted the entry for { $day } (pain { $pain }). Your other computers delete it too when they next sync.
# $day (String) - the day
sync-delete-no-entry = there is no entry for { $day }; nothing was changed
# $day (String) - the infusion's date
sync-delete-done-infusion = Deleted the done infusion of { $day }. Your other computers delete it too when they next sync.
# $count (Number) - planned infusions deleted; $day (String) - their date
sync-delete-planned-infusions = { $count ->
    [one] Deleted the planned infusion of { $day }. Your other computers delete it too when they next sync.
   *[other] Deleted the { $count } planned infusions of { $day }. Your other computers delete them too when they next sync.
}
# $status (String) - done or planned; $day (String) - the date
sync-delete-no-infusion = { $status ->
    [planned] there is no planned infusion on { $day }; nothing was changed
   *[done] there is no done infusion on { $day }; nothing was changed
}

sync-settings-heading = Sync folder
sync-settings-intro = To keep this journal on two computers, choose a folder that your sync service (Dropbox, OneDrive, iCloud Drive, Syncthing) or a USB stick carries between them, and the same folder on the other computer. Each computer keeps its own copy there and merges the others' copies; the journal itself stays on this computer.
sync-settings-none = No sync folder is chosen: this journal is on this computer only.
sync-settings-folder = Syncs with:
sync-settings-choose = Choose folder…
sync-settings-path = Folder path
sync-settings-use = Use this folder
sync-settings-sync-now = Sync now
sync-settings-stop = Stop syncing
sync-settings-syncing = Syncing…
# $when (String) - a date and time
sync-settings-last-synced = Last synced { $when }.
# $computer (String) - this computer's name
sync-settings-this-computer = This computer: { $computer }
sync-settings-others = Other computers
sync-settings-no-others = None yet. Choose the same folder on your other computer.
sync-report-heading = Changes from your other computers
sync-notice-merged = Merged changes from your other computers.
sync-report-undo = Undo the merge
sync-report-dismiss = Dismiss
sync-report-undone = The merge was undone: this computer's versions are back, and reach the other computers at the next sync.
# $error (String) - why, as a sentence
sync-undo-failed = The merge could not be undone: { $error }
# $error (String) - why, as a sentence
sync-failed = The sync did not finish: { $error }
# $folder (String) - the folder
sync-folder-chosen = This journal now syncs with { $folder }.
sync-folder-forgotten = This journal no longer syncs. The copies already in the folder stay there.
# $count (Number) - conflicted copies found
sync-copies-heading = { $count ->
    [one] A conflicted copy of this journal is beside it
   *[other] { $count } conflicted copies of this journal are beside it
}
sync-copies-explain = A sync service made it when two computers changed the journal file. Merge it to bring in the days it holds; a backup is taken first and the merge can be undone.
sync-copies-merge = Merge into this journal
sync-copies-not-now = Not now
sync-copies-set-aside = Set it aside
# $file (String) - the copy's name
sync-copies-merging = Merging { $file }…
# $file (String) - the copy's name
sync-copies-merged = Merged { $file }. Set it aside so that it is not offered again.
# $file (String) - the copy's name; $moved (String) - its new name
sync-copies-moved = Set { $file } aside as { $moved }.
# $error (String) - why, as a sentence
sync-copies-move-failed = The copy was not set aside: { $error }


## App
## The window's frame, the welcome, the setup, the lock screen, the failure screen, notices and banners (src/ui/app/, src/ui/session/, src/ui/welcome.rs, src/ui/setup.rs, src/ui/lock.rs, src/ui/failure.rs, src/ui/mod.rs, src/ui/screenshot.rs).


## Today
## The Today view (src/ui/today/).


## History
## The History view (src/ui/history.rs).


## Infusions
## The Infusions view (src/ui/infusions/, src/ui/paste_dates.rs).


## Charts view
## The Charts view (src/ui/charts/).


## Report view
## The Report view (src/ui/report.rs).


## Import
## Import and file work in the app: the import preview and choices, file dialogs and errors (src/ui/import/, src/ui/files.rs).


## Settings
## The Settings view (src/ui/settings/, src/ui/reminder.rs).

settings-display-heading = Display
settings-language-label = Language
settings-language-system = System language
settings-theme-label = Theme
settings-theme-system = Follow system
settings-theme-light = Light
settings-theme-dark = Dark
settings-text-size-label = Text size
# The accessible name of one text size choice.
# $size (String) - the size as a percentage, e.g. "125%"
settings-text-size-option = Text size { $size }
settings-patient-name-label = Patient name for reports
settings-patient-name-hint = optional


## Widgets
## Shared controls: scores, dates, numbers, commands, the app's data and theme (src/ui/widgets/, src/ui/commands.rs, src/ui/data.rs, src/ui/theme.rs, src/ui/plot_series.rs, src/ui/window.rs).
