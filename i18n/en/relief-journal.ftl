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
# $head (String) - every choice but the last, joined by commas; $last (String) - the last choice
format-alternatives = { $head } or { $last }


## Domain
## What a value may be: fields, allowed ranges, typed dates (src/domain/).

# A value refused. On the command line and in files, $field is the field's key as they write it
# (sleep_hours, --sleep-hours); in the app, its name in words (a domain-field-* message).
# $field (String) - the field, as above
# $value (String) - the value exactly as typed or read
# $allowed (String) - what the field accepts (a domain-allowed-* message)
domain-refused = { $field }: "{ $value }" is not allowed; expected { $allowed }

# What a field accepts, after "expected" in domain-refused.
# $min (String) - the lowest value; $max (String) - the highest value
domain-allowed-whole-number = a whole number from { $min } to { $max }
# $min (String) - the lowest value; $max (String) - the highest value
domain-allowed-number = a number from { $min } to { $max }
# The examples are written as files and the command line take them, with a decimal point.
domain-allowed-sleep-hours = a number of hours from 0 to 24 in quarter hours, e.g. 6.5 or 7.25
# $max (String) - the largest dose in milligrams
domain-allowed-dose = a number of milligrams above 0 and at most { $max }
# $max (String) - the longest duration in minutes
domain-allowed-duration = a whole number of minutes from 1 to { $max }
domain-allowed-iso-date = a date as YYYY-MM-DD between 1900-01-01 and 2199-12-31
# $today (String) - today's journal day, as YYYY-MM-DD
domain-allowed-entry-not-after-today = a day no later than today ({ $today }) for a daily entry; a day that has not come cannot be logged, so check the year
# $today (String) - today's journal day, as YYYY-MM-DD
domain-allowed-done-infusion-not-after-today = a day no later than today ({ $today }) for a done infusion; mark it planned if it is still to come, or check the year
# $date (String) - the day that already has a done infusion, as YYYY-MM-DD
domain-allowed-one-done-infusion-a-day = one done infusion a day, and { $date } already has one; edit that infusion instead, or mark this one planned
# "loading" and "maintenance" are the values files and options take; keep them as they are.
domain-allowed-phase = loading, maintenance or empty (inferred)
domain-allowed-time-of-day = a time of day as HH:MM, from 00:00 to 23:59
# meaningful_relief_pct is the setting's key in files; keep it as it is.
# $meaningful (String) - the meaningful relief threshold, in percent
domain-allowed-above-meaningful-relief = a percentage above meaningful_relief_pct ({ $meaningful })
# $min (String) - the shortest time; $max (String) - the longest time
domain-allowed-auto-lock-minutes = 0 (never) or a whole number of minutes from { $min } to { $max }
# $tags (String) - the language tags the app speaks, separated by commas (en, es)
domain-allowed-language-tag = empty (the system's language) or one of { $tags }
# $max (Number) - the most characters
domain-allowed-one-line = one line of at most { $max } characters
# $max (Number) - the most characters an item may have
domain-allowed-list-items = items of at most { $max } characters without ';' or line breaks
# true, false, yes and no are the values files take; keep them as they are.
domain-allowed-true-or-false = true or false (or 1/0, yes/no, empty for false)
domain-allowed-json-text-array = a JSON array of text
# On the command line, with the option that gave the scale.
# $min (String) - the scale's lowest value; $max (String) - its highest value
# $field (String) - the field's key, as the option takes it (pain)
# $scale (String) - the scale as the option writes it (0-4)
domain-allowed-score-on-scale-option = a number from { $min } to { $max } (--scale { $field }={ $scale })
# In the app, where the scale was typed beside the column.
# $min (String) - the scale's lowest value; $max (String) - its highest value
domain-allowed-score-on-scale = a number from { $min } to { $max } (the scale given)
# On the command line; FIELD, MIN and MAX stand for what the person types.
domain-allowed-score-on-ten-option = a number from 0 to 10 (or give its scale with --scale FIELD=MIN-MAX)
# In the app.
domain-allowed-score-on-ten = a number from 0 to 10 (or give the scale it was recorded on)
domain-allowed-hours = hours such as 7.5, 7h 30m or 7:30
domain-allowed-hours-with-seconds = hours such as 7.5, 7h 30m, 7:30 or 7:30:00
domain-allowed-hours-and-minutes = hours and minutes such as 5:30
# "points" is how Daylio writes its scales; keep it as it is.
domain-allowed-points-score = a score such as 6/10 points

# A field named in words, in running text and in the app's menus of fields (lower case).
domain-field-date = date
domain-field-time = time
domain-field-pain = pain
domain-field-worst-pain = worst pain
domain-field-sleep-hours = sleep hours
domain-field-sleep-quality = sleep quality
domain-field-mobility = mobility
domain-field-mood = mood
domain-field-rescue-doses = rescue doses
domain-field-wearing-off = wearing off
domain-field-side-effects = side effects
domain-field-tags = tags
domain-field-note = note
domain-field-status = status
domain-field-phase = phase
domain-field-dose-mg = dose (mg)
domain-field-duration-min = duration (minutes)
domain-field-clinic = clinic
domain-field-theme = theme
domain-field-meaningful-relief-pct = meaningful relief threshold
domain-field-substantial-relief-pct = substantial relief threshold
domain-field-persistence-days = days below the threshold before relief counts as lost
domain-field-baseline-days = untreated days that form the baseline
domain-field-min-logged-per-week = logged days a week needs
domain-field-series-gap-days = most days between infusions of one series
domain-field-early-warning-days = days early that count as ending early
domain-field-baseline-pain = remembered pain before ketamine
domain-field-day-rollover-hour = hour a new journal day starts
domain-field-text-scale = text size
domain-field-backup-keep-days = days backups are kept
domain-field-auto-lock-minutes = minutes before locking
domain-field-language = language
domain-field-patient-name = patient name
domain-field-reminder-time = reminder time
domain-field-paper = paper size

# A date typed or read that reads two ways.
# $text (String) - the text as given
# $day_first (String) - its day-first reading, written out ("3 April 2025")
# $month_first (String) - its month-first reading, written out ("4 March 2025")
domain-date-ambiguous = "{ $text }" could be { $day_first } or { $month_first }
# A text that is not a date. The other examples show forms a person may type; keep them in
# forms your language writes.
# $text (String) - the text as given
# $example (String) - an example date written out ("3 April 2025")
domain-date-not-a-date = "{ $text }" is not a date; expected a date such as 2025-04-03, 03/04/2025 (with a date order), { $example }, 22nd Jan 2022, Jan 22, 2022, today or yesterday, between 1900 and 2199


## Store
## Opening, saving, backups and the passphrase of a journal (src/store/).

# Why a journal could not be opened, read or written. Every message names the file; $path is
# always the file or folder as given (String). What SQLite or the system said is kept in its own
# words in $detail (String).
# $path (String) - the file
store-error-not-a-journal-not-sqlite = { $path } is not a { -brand-name } file (not an SQLite database); it was left untouched. Choose another file, or restore a backup.
# $path (String) - the file
store-error-not-a-journal-other-program = { $path } is not a { -brand-name } file (an SQLite database made by another program); it was left untouched. Choose another file, or restore a backup.
# $path (String) - the file
store-error-not-a-journal-empty = { $path } is not a { -brand-name } file (an empty file); it was left untouched. Choose another file, or restore a backup.
# $path (String) - the file that should hold the last logged day
store-error-not-a-journal-last-logged-day = { $path } is not a { -brand-name } file (a last-logged-day file must hold one date, YYYY-MM-DD); it was left untouched. Choose another file, or restore a backup.
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-not-a-journal-needs-app = { $path } is not a { -brand-name } file (it cannot be read without the app ({ $detail })); it was left untouched. Choose another file, or restore a backup.
# $path (String) - the file; $found (Number) - its schema version; $supported (Number) - the newest this version reads
store-error-newer-schema = { $path } was written by a newer version of { -brand-name } (schema { $found }, this version reads up to { $supported }); it was left untouched. Update the app to open it.
# RELIEF_JOURNAL_PASSPHRASE and --passphrase-file FILE are typed as they are.
# $path (String) - the file
store-error-protected = this journal is protected by a passphrase: { $path } cannot be read without it (a file of random bytes looks the same). Give the passphrase in the RELIEF_JOURNAL_PASSPHRASE environment variable, with --passphrase-file FILE, or type it when asked in a terminal. It was left untouched.
# $path (String) - the file
store-error-wrong-passphrase = that passphrase does not open { $path }: either it is wrong, or the file is not a { -brand-name }; it was left untouched. Passphrases are case-sensitive; a lost passphrase cannot be recovered.
# $path (String) - the file
store-error-not-protected = { $path } is not protected by a passphrase; there is none to remove
store-error-empty-passphrase = the passphrase is empty; type at least one character
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-damaged = { $path } is damaged ({ $detail }); it was left untouched. Restore the latest backup.
# $path (String) - the file; $verdict (String) - SQLite's integrity check of the copy
store-error-damaged-converted-copy = { $path } is damaged (the converted copy does not match the journal (integrity check: { $verdict })); it was left untouched. Restore the latest backup.
# $path (String) - the file
store-error-unreadable-no-file = { $path } could not be read (there is no journal file there); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected.
# $path (String) - the file
store-error-unreadable-permission = { $path } could not be read (permission denied: the file belongs to another user account, or its permissions do not let this user read it); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected.
# $path (String) - the file; $wal (String) - its -wal file
store-error-unreadable-changes-in-read-only-folder = { $path } could not be read (its latest changes are in { $wal }, which SQLite cannot read from a read-only folder; copy the journal with its -wal file somewhere you can write to and open the copy); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected.
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-unreadable-cannot-open = { $path } could not be read ({ $detail }: this user may not read the file, or the folder beside it); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected.
# $path (String) - the file; $detail (String) - what the system or SQLite reported
store-error-unreadable = { $path } could not be read ({ $detail }); it was left untouched. Check that this user may read the file and its folder, and that the disk is connected.
# $path (String) - where the journal was looked for
store-error-no-journal-file = { $path }: no journal file here
# $reason (String) - why the journal cannot be written: a whole store-read-only-* clause
store-error-read-only = { $reason }: copy the journal somewhere you can write to, or choose another journal. Nothing was changed.
# $path (String) - the folder given; $example (String) - a journal file inside it
store-error-is-a-folder = { $path } is a folder, not a journal file; give the journal file inside it (for example { $example })
# $path (String) - the file that has the backups folder's name
store-error-backup-folder-is-a-file = { $path }: a file has the name of the backups folder; move or rename it so backups can be kept there
# $refusal (String) - the value refused, worded as domain-refused
store-error-stored-value = the journal holds a value that does not fit: { $refusal }
# $path (String) - the file or folder; $detail (String) - what the system reported
store-error-io = { $path }: { $detail }
# $detail (String) - what SQLite reported
store-error-sqlite = database error: { $detail }
# $detail (String) - what the upgrade reported
store-error-migration = could not upgrade the journal: { $detail }
# --db PATH and RELIEF_JOURNAL_DB are typed as they are.
store-error-no-data-directory = no data directory found for this user; pass --db PATH or set RELIEF_JOURNAL_DB

# Why a journal cannot be written: a whole clause, shown alone in the read-only banner and
# before the advice of store-error-read-only.
# $path (String) - the folder
store-read-only-folder = the folder { $path } is read-only
# $path (String) - the journal file
store-read-only-file = the journal file { $path } is read-only
# $path (String) - the journal file
store-read-only-requested = { $path } was opened for reading only
# $reason (String) - why the journal cannot be written, a store-read-only-* clause
store-read-only-needs-upgrade = { $reason }, and the journal was written by an older version of { -brand-name }: it must be upgraded before this version can read it

# Dates being saved years before the rest (a mistyped year, such as 1926 for 2026). Dates are
# written as the file or the command line gives them, YYYY-MM-DD.
# $count (Number) - how many rows; $date (String) - the day they are on
# $reference (String) - the day the rest are from
store-unusual-dates-one-day = { $count ->
    [one] 1 row is dated years before the rest ({ $date }, the rest from { $reference } on): check the year if that is not right.
   *[other] { $count } rows are dated years before the rest ({ $date }, the rest from { $reference } on): check the year if that is not right.
}
# $count (Number) - how many rows (2 or more); $first (String) - the earliest; $last (String) - the latest
# $reference (String) - the day the rest are from
store-unusual-dates-span = { $count ->
   *[other] { $count } rows are dated years before the rest ({ $first } to { $last }, the rest from { $reference } on): check the year if that is not right.
}

# Why a backup was taken, as a list of backups shows it.
store-backup-reason-daily = daily
store-backup-reason-before-import = before an import
store-backup-reason-before-restore = before a restore
store-backup-reason-before-migration = before an upgrade
store-backup-reason-manual = on request
store-backup-reason-before-passphrase = before a passphrase change


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


## Reminders
## The reminder to log and its notification (src/reminders/).


## Sync
## Two computers: the sync folder and merging journals (src/sync/).


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
