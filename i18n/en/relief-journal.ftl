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
# $weekday (String) - abbreviated weekday name; $day (Number); $month (String) - abbreviated month name
format-day-month-weekday = { $weekday } { $day } { $month }
# The weekday of a date inside a sentence ("the entry for Sat 28 Nov 2026"): abbreviated in English.
# $weekday (Number) - the day of the week, 0 for Sunday to 6 for Saturday
format-weekday-in-sentence = { $weekday ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
}
# A date with its weekday inside a sentence, after "for", "on" or "of".
# $weekday (String) - the weekday as format-weekday-in-sentence writes it; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-sentence = { $weekday } { $day } { $month } { $year }
# format-date-weekday-in-sentence without the year.
# $weekday (String) - the weekday as format-weekday-in-sentence writes it; $day (Number); $month (String) - abbreviated month name
format-day-month-weekday-in-sentence = { $weekday } { $day } { $month }
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


## App
## The window's frame, the welcome, the setup, the lock screen, the failure screen, notices and banners (src/ui/app/, src/ui/session/, src/ui/welcome.rs, src/ui/setup.rs, src/ui/lock.rs, src/ui/failure.rs, src/ui/mod.rs, src/ui/screenshot.rs).


## Today
## The Today view (src/ui/today/).

# The name of the Today view's date field, for screen readers.
today-date-field = Journal day
# The heading when the day shown is today.
# $date (String) - today with its weekday, as inside a sentence, e.g. "Sat 28 Nov 2026"
today-heading-today = Today, { $date }
today-status-saved = Saved. Change anything and save again to update this day.
today-status-editing-saved = Editing a saved day: unsaved changes.
today-status-nothing-logged = Nothing logged for this day yet.
today-status-not-saved = Not saved yet.
# Before the buttons of other days whose changes are not saved yet.
today-drafts-title = Unsaved changes kept for:
today-drafts-open-hint = Open this day to save or discard its changes
# The status card beside the form.
today-card-title = Where you are
today-card-measured-against-worn-off = Relief is being measured against an estimate from your pain once relief had worn off, because the journal does not know your pain before ketamine.
today-card-measured-against-pre-infusion = Relief is being measured against your pain just before each infusion, because the journal does not know your pain before ketamine.
today-card-tell-baseline = Tell it your pain before ketamine
today-card-patterns = Patterns worth a look
# The form's main question.
today-pain-title-today = Pain today
# $date (String) - the day shown, with its weekday, as inside a sentence, e.g. "Sun 29 Nov"
today-pain-title-day = Pain on { $date }
# Under the main question.
# $day (String) - "today" when the day shown is today, "other" otherwise; $shortcut (String) - the Save command's keys, e.g. "Ctrl+S"
today-pain-hint = { $day ->
        [today] Your typical pain today.
       *[other] Your typical pain that day.
    } Type a digit or click a number, then save ({ $shortcut }).
# The pain score's name, for screen readers ("Pain 6").
today-pain = Pain
today-error-no-pain = Choose a pain score from 0 to 10 before saving.
today-discard-changes = Discard changes
# The heading of the optional fields.
# $day (String) - "today" when the day shown is today, "other" otherwise
today-more-title = { $day ->
        [today] More about today (optional)
       *[other] More about that day (optional)
    }
today-worst-pain = Worst pain
today-sleep-hours = Hours slept
# $example (String) - 7.5 written with the region's decimal mark
today-sleep-hours-hint = e.g. { $example }
today-sleep-quality = Sleep quality
today-mobility = Mobility
today-mood = Mood
today-rescue-doses = Rescue doses
# The names of the rescue doses' − and + buttons, for screen readers.
today-rescue-fewer = Fewer rescue doses
today-rescue-more = More rescue doses
today-wearing-off = I feel relief wearing off
today-side-effects = Side effects
today-other-side-effects = Other side effects
today-other-side-effects-hint = separate with commas
today-tags = Tags
today-tags-hint = e.g. weather, stress
today-note = Note
today-note-hint = Anything else about today


## History
## The History view (src/ui/history.rs).

# The month calendar's fold, when it is above the table rather than beside it.
history-month-calendar = Month calendar
# Above the table.
# $count (Number) - entries shown; $from (String) - the first day of the range, with its weekday, as inside a sentence; $to (String) - the last day, the same way
history-entries-shown = { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } from { $from } to { $to }
history-no-entries = No entries in this range. Log a day under Today, or widen the range.
# Before the range presets.
history-show = Show:
history-last-30-days = Last 30 days
history-last-90-days = Last 90 days
history-last-year = Last year
history-all = All
# "From [date field] to [date field]".
history-from = From
history-to = to
# The date fields' names, for screen readers.
history-from-name = From
history-to-name = To
# The table's column headings.
history-column-date = Date
history-column-pain = Pain
history-column-sleep = Sleep
history-column-mobility = Mobility
history-column-mood = Mood
history-column-rescue = Rescue
history-column-note = Note
history-edit = Edit
history-delete = Delete
# The Edit button's name, for screen readers.
# $date (String) - the day, as an ISO date (2026-11-28)
history-edit-name = Edit { $date }
# The Delete button's name, for screen readers.
# $date (String) - the day, as an ISO date (2026-11-28)
history-delete-name = Delete { $date }
# The Sleep cell: hours slept and sleep quality.
# $hours (String) - hours slept, with the region's decimal mark; $quality (Number) - sleep quality, 0 to 10
history-sleep-hours-quality = { $hours } h, { $quality }
# $hours (String) - hours slept, with the region's decimal mark
history-sleep-hours = { $hours } h
# $quality (Number) - sleep quality, 0 to 10
history-sleep-quality = quality { $quality }
history-previous-month = Previous month
history-next-month = Next month
# The calendar's weekday headings, two letters, Monday first.
# $weekday (Number) - 1 for Monday to 7 for Sunday
history-calendar-weekday = { $weekday ->
        [1] Mo
        [2] Tu
        [3] We
        [4] Th
        [5] Fr
        [6] Sa
       *[7] Su
    }
# A calendar day's name, for screen readers.
# $date (String) - the day with its weekday; $pain (Number) - the pain logged, 0 to 10
history-calendar-day-pain = { $date }: pain { $pain }
# $date (String) - the day with its weekday
history-calendar-day-empty = { $date }: nothing logged
history-calendar-legend = Colour: pain from green (0) to red (10). Click a day to open it.
# Asking before a day's entry is deleted.
history-delete-title = Delete this day?
# $date (String) - the day with its weekday, as inside a sentence; $pain (Number) - its pain, 0 to 10
history-delete-what-pain = The entry for { $date } (pain { $pain }) will be deleted.
# $date (String) - the day with its weekday, as inside a sentence
history-delete-what = The entry for { $date } will be deleted.
history-delete-undo = You can undo this right after.
history-delete-confirm = Delete the entry
history-delete-keep = Keep it


## Infusions
## The Infusions view (src/ui/infusions/, src/ui/paste_dates.rs).

# The form to add or edit an infusion.
infusions-form-title-add = Add an infusion
infusions-form-title-edit = Edit infusion
infusions-date = Date
# The date field's name, for screen readers.
infusions-date-name = Infusion date
infusions-done = Done
infusions-planned = Planned
# Under the status when a done infusion is dated after today.
# $date (String) - the infusion's day, with its weekday, as inside a sentence
infusions-done-ahead = { $date } is still ahead, so this infusion cannot be done yet.
infusions-make-planned = Make it planned
# The refusal to save a done infusion dated after today.
# $date (String) - the infusion's day, with its weekday, as inside a sentence
infusions-error-done-ahead = { $date } is still ahead: an infusion on that day can only be planned.
infusions-phase = Phase
# The phase choices; "auto" leaves the phase to the analysis.
infusions-phase-auto = auto
infusions-phase-loading = loading
infusions-phase-maintenance = maintenance
# The phase menu's name, for screen readers.
# $phase (String) - the phase chosen, e.g. "auto" (infusions-phase-auto)
infusions-phase-name = Phase: { $phase }
infusions-phase-auto-explained = Phase "auto" lets the journal decide: infusions at most a week apart form a series; the first series is loading, later ones are maintenance.
infusions-dose-label = Dose (mg)
infusions-duration-label = Duration (minutes)
# The fields' names in a refusal ('Dose "6000" is not …').
infusions-dose = Dose
infusions-duration = Duration
infusions-clinic = Clinic
infusions-side-effects = Side effects
infusions-side-effects-hint = separate with commas
infusions-note = Note
# The hint inside an empty optional field.
infusions-optional = optional
infusions-save-changes = Save changes
infusions-add = Add infusion
infusions-cancel-editing = Cancel editing
# The list of infusions.
infusions-list-title = Infusions
infusions-list-empty = No infusions yet. Add done and planned infusions with the form.
infusions-column-date = Date
infusions-column-status = Status
infusions-column-series = Series and cycle
infusions-column-details = Details
# The heading of the status and series in one column, in a narrow window.
infusions-column-status-series = Status and series
# The status and series in one cell, in a narrow window.
# $status (String) - e.g. "done" (infusions-status-done); $series (String) - e.g. "cycle 3, maintenance infusion 2"
infusions-status-and-series = { $status } · { $series }
infusions-edit = Edit
infusions-delete = Delete
# The Edit button's name, for screen readers.
# $date (String) - the infusion's day, as an ISO date (2026-11-28)
infusions-edit-name = Edit infusion of { $date }
# The Delete button's name, for screen readers.
# $date (String) - the infusion's day, as an ISO date (2026-11-28)
infusions-delete-name = Delete infusion of { $date }
infusions-status-done = done
infusions-status-planned-today = planned, today
infusions-status-planned-tomorrow = planned, tomorrow
# $days (Number) - days until the planned infusion, 2 or more
infusions-status-planned-in = planned, in { $days ->
        [one] 1 day
       *[other] { $days } days
    }
infusions-status-planned-passed = planned (date passed)
# A done infusion the analysis has not put in a cycle.
infusions-no-cycle-yet = not in a cycle yet
# A maintenance infusion on its own.
# $cycle (Number) - the cycle, 1 for the first; $number (Number) - which maintenance infusion, 1 for the first
infusions-series-maintenance = cycle { $cycle }, maintenance infusion { $number }
# An infusion of a series.
# $cycle (Number) - the cycle, 1 for the first; $phase (String) - "loading" or "maintenance"; $position (Number) - which infusion day of the series; $count (Number) - infusion days in the series
infusions-series-position = cycle { $cycle }, { $phase ->
        [loading] loading
       *[maintenance] maintenance
    } { $position } of { $count }
# The Details cell: a phase chosen by hand.
# $phase (String) - "loading" or "maintenance"
infusions-detail-phase = { $phase ->
        [loading] loading
       *[maintenance] maintenance
    } (set by hand)
# $dose (String) - the dose, with the region's decimal mark
infusions-detail-dose = { $dose } mg
# $minutes (Number) - the infusion's duration
infusions-detail-duration = { $minutes } min
# Dates pasted from a clinic letter, added as done infusions.
infusions-paste-title = Paste dates from a letter
infusions-paste-intro = Dates of done infusions, as a letter lists them, e.g. "12 Jan, 15 Jan and 19 Jan 2026" or one a line.
infusions-paste-label = Dates to paste
infusions-paste-hint = 12 Jan, 15 Jan and 19 Jan 2026
infusions-paste-nothing-new = No new done infusion in these dates.
infusions-paste-would-add = Would be added as done infusions:
# A pasted date that already has an infusion.
# $date (String) - the day with its weekday; $status (String) - "done" or "planned", the infusion's status
infusions-paste-existing-day = { $date } ({ $status ->
        [done] done
       *[planned] planned
    })
# $dates (String) - the days already in the journal, each as infusions-paste-existing-day, separated by commas
infusions-paste-existing = Already in your journal, not added again: { $dates }.
# $dates (String) - days with their weekdays, separated by commas
infusions-paste-repeated = Given more than once, added once: { $dates }.
# $dates (String) - days with their weekdays, separated by commas
infusions-paste-ahead = Still ahead, so not added as done: { $dates }. Add planned infusions with the form.
# A piece of the pasted text that is not a date.
# $error (String) - why it is not a date, already worded
infusions-paste-not-read = Not read: { $error }.
# $count (Number) - the done infusions the button adds
infusions-paste-add = { $count ->
        [one] Add 1 done infusion
       *[other] Add { $count } done infusions
    }
infusions-paste-clear = Clear pasted dates


## Charts view
## The Charts view (src/ui/charts/).

charts-title = Charts
charts-empty = Charts appear here once you have logged a few days: log today's pain under Today.
charts-cycle-table = Cycle table
# The relief charts.
charts-relief-title = Relief after each infusion
charts-relief-typical = Typical cycle
charts-relief-survival = How long relief held
charts-relief-each-cycle = Each cycle
# $count (Number) - the cycles there are, more than $recent; $recent (Number) - the cycles shown otherwise
charts-show-all-cycles = Show all { $count } cycles (the last { $recent } otherwise)
charts-days-since-infusion = Days since infusion
charts-relief-axis = Relief %
# The hover label of the typical cycle and the cycle overlay.
# $day (String) - the day since the infusion; $relief (String) - the relief, a percentage such as "45%"
charts-hover-relief = day { $day }: relief { $relief }
# Under the typical cycle.
# $count (Number) - the fewest completed cycles a day needs to be summarised
charts-typical-days-note = Days summarised have at least { $count ->
        [one] 1 completed cycle
       *[other] { $count } completed cycles
    } logged on them.
# The hover label of relief survival.
# $day (String) - the day since the infusion; $share (String) - the share of cycles, a percentage such as "60%"
charts-hover-survival = day { $day }: { $share } of cycles
# The legend of relief survival's line.
# $count (Number) - the cycles the line is made of
charts-survival-line = Relief still holding, { $count ->
        [one] 1 cycle
       *[other] { $count } cycles
    }
# The legends of the cycle overlay.
charts-earlier-cycles = Earlier cycles
charts-fitted-decay = Fitted decay
charts-relief-lost = Relief lost
# Relief duration per cycle.
charts-durations-title = How long meaningful relief lasted
charts-durations-x-axis = Cycle (infusion date)
charts-durations-y-axis = Days
charts-durations-at-least = Still lasting at the next infusion (at least)
charts-durations-interval = Days to the next infusion
charts-durations-none = No meaningful relief
charts-durations-trend = Trend
# A bar's hover label: relief still lasting when the next infusion came.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days relief lasted at least
charts-bar-at-least = { $cycle }: at least { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# A bar's hover label: how long relief lasted.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days relief lasted
charts-bar-lasted = { $cycle }: { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# A bar's hover label: the interval to the next infusion.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days to the next infusion
charts-bar-interval = { $cycle }: next infusion after { $days ->
        [one] 1 day
       *[other] { $days } days
    }
# The timeline.
charts-timeline-title = Daily pain, sleep and mobility
# Before the range buttons.
charts-show = Show:
# The hover text of a range button.
# $range (String) - "three-months", "one-year" or "all"
charts-show-range = { $range ->
        [three-months] Show 3 months
        [one-year] Show 1 year
       *[all] Show all
    }
# The dates the timeline shows.
# $from (String) - the first date shown; $to (String) - the last date shown
charts-visible-range = { $from } to { $to }
charts-timeline-help = Drag to pan; Ctrl and the mouse wheel to zoom; double-click to see everything.
charts-pain = Pain
charts-pain-mean = 7-day mean
charts-pain-axis = Pain (0-10)
charts-sleep-quality = Sleep quality
charts-mobility = Mobility
# A line of the timeline's hover label.
# $name (String) - the series, e.g. "Pain" (charts-pain); $value (String) - its value that day, with the region's decimal mark
charts-hover-value = { $name }: { $value }
# The cycle table's column headings.
charts-column-infusion = Infusion
charts-column-phase = Phase
charts-column-days-to-next = Days to next
charts-column-peak-relief = Peak relief
charts-column-pain = Pain
charts-column-worst-pain = Worst pain
charts-column-high-pain-days = Days 7+
charts-column-rescue = Rescue / week
charts-column-mobility = Mobility
charts-column-sleep = Sleep
charts-cycle-table-narrow = A wider window shows every column: phase, peak relief, rescue medication, mobility and sleep. The report and the analyze command always have them all.
# The insights panel.
charts-insights-title = Insights
charts-insights-details = Details: each line in full, with the evidence
charts-about-title = About this analysis


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

# The name of one button of a 0 to 10 score row, for screen readers: "Pain 6".
# $name (String) - the score's name, e.g. "Pain"; $score (Number) - the button's score, 0 to 10
widget-score-option = { $name } { $score }
# The button that takes back the score chosen in a row.
widget-score-clear = Clear
# The name of that button, for screen readers.
# $name (String) - the score's name, e.g. "Worst pain"
widget-score-clear-name = { $name }: clear
# Under a score row, at the left: what 0 means.
# $meaning (String) - e.g. "no pain" (widget-scale-pain-low)
widget-score-low-end = 0 = { $meaning }
# Under a score row, at the right: what 10 means.
# $meaning (String) - e.g. "worst imaginable" (widget-scale-pain-high)
widget-score-high-end = 10 = { $meaning }
# What 0 and 10 mean on each scale, short, as the score rows show them.
widget-scale-pain-low = no pain
widget-scale-pain-high = worst imaginable
widget-scale-sleep-low = very poor
widget-scale-sleep-high = excellent
widget-scale-mobility-low = could not do daily tasks
widget-scale-mobility-high = no limits
widget-scale-mood-low = very low
widget-scale-mood-high = very good
# A count left unrecorded (rescue doses), which is not the same as 0.
widget-stepper-not-recorded = not recorded
# The side effects offered as quick choices (the journal stores them by their English names).
widget-side-effect-nausea = nausea
widget-side-effect-dissociation = dissociation
widget-side-effect-drowsiness = drowsiness
widget-side-effect-dizziness = dizziness
widget-side-effect-headache = headache
widget-side-effect-high-blood-pressure = high blood pressure
widget-side-effect-bladder = bladder or urinary symptoms
# A typed value a form refused: 'Dose "6000" is not a number of milligrams above 0 and at most 5000.'
# $field (String) - the field's label, e.g. "Dose"; $value (String) - the value as typed; $allowed (String) - what the field accepts, e.g. "a number of milligrams above 0 and at most 5000"
widget-value-refused = { $field } "{ $value }" is not { $allowed }.
# An item of a comma-separated list a form refused.
# $field (String) - the field's label, e.g. "Tags"; $value (String) - the item as typed; $allowed (String) - what an item may be, e.g. "items of at most 80 characters without ';' or line breaks"
widget-list-item-refused = { $field }: "{ $value }" is not allowed; expected { $allowed }. Separate items with commas.
# A number field's answer to a value out of its range or not a number, and what it holds now.
# $field (String) - the field's label; $value (String) - the text typed; $kind (String) - "whole" for a field of whole numbers, "number" otherwise; $low (String) - the smallest value allowed; $high (String) - the largest value allowed; $outcome (String) - "set" when the value was out of range and the field was set to the nearest limit, "kept" when the text was not a number and the field kept its value; $now (String) - the value the field holds now
widget-number-refused = { $field }: "{ $value }" is not allowed; expected { $kind ->
        [whole] a whole number
       *[number] a number
    } from { $low } to { $high }. { $outcome ->
        [set] Set to { $now }.
       *[kept] Kept { $now }.
    }
# The hint inside an empty date field.
widget-date-hint = e.g. 12 Jan
widget-date-tooltip = Type a date (2026-01-12, 12 Jan, 12/01, yesterday) or use the calendar
# Beside a date field while typing: the day the text reads as.
# $date (String) - a day with its weekday, as inside a sentence
widget-date-reads-as = reads as { $date }
# Under a date field whose text was not a date.
# $error (String) - why the text is not a date, already worded; $date (String) - the day the field still holds, with its weekday, as inside a sentence
widget-date-refused = { $error }. The date stays { $date }.
widget-date-calendar = Calendar
# The calendar button's name, for screen readers.
# $name (String) - the date field's name, e.g. "Journal day"
widget-date-calendar-name = Choose { $name } from a calendar
# How numeric dates are read, before the four choices.
widget-date-order-intro = Numeric dates such as 03/04/2025:
widget-date-order-day-first = Day first (3 April)
widget-date-order-month-first = Month first (4 March)
widget-date-order-year-first = Year first (2025/04/03)
widget-date-order-unset = Not set (ask when unclear)
# The commands, on their buttons and in their hints.
command-save = Save
command-undo = Undo
command-previous-day = Previous day
command-next-day = Next day
command-back-to-today = Back to today
command-larger-text = Larger text
command-smaller-text = Smaller text
command-default-text-size = Default text size
command-lock = Lock
# A command's hover text: its name and its keys.
# $command (String) - the command's name, e.g. "Previous day"; $shortcut (String) - its keys as the system writes them, e.g. "Alt+Left" or "⌘S"
command-hint = { $command } ({ $shortcut })
