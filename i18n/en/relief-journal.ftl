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
# A calendar's column heading.
# $weekday (String) - the weekday's abbreviated name, as the region writes it
format-weekday-heading = { $weekday }
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
# How a weekday is written inside a sentence, after a preposition ("the entry for Sat 28 Nov 2026"): "short" for the abbreviated name, "full" for the name written out. Read by the program, never shown.
format-weekday-in-text = short
# A day inside a sentence, after a preposition: "the entry for Sat 28 Nov 2026".
# $weekday (String) - the weekday, abbreviated or written out as format-weekday-in-text says; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-text = { $weekday } { $day } { $month } { $year }
# A date and a time of day, as the list of backups shows them.
# $date (String) - a formatted date; $time (String) - the time, 24-hour "14:05"
format-date-time = { $date }, { $time }
# $head (String) - every choice but the last, joined by commas; $last (String) - the last choice
format-alternatives = { $head } or { $last }
# A date with a two-digit year, as a chart's axis labels its bars.
# $day (Number) - day of the month; $month (String) - abbreviated month name; $year (String) - the year's last two digits
format-date-short-year = { $day } { $month } { $year }


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
# A file to restore (a backup, a journal kept aside) protected by a passphrase other than the journal's.
# $path (String) - the file to restore; $tried (String) - "yes" when a passphrase was tried on it and did not open it, "no" when none was given
# RELIEF_JOURNAL_RESTORE_PASSPHRASE and --restore-passphrase-file FILE are typed as they are.
store-error-restore-passphrase = { $tried ->
    [yes] the passphrase given does not open { $path }
   *[no] { $path } is protected by a passphrase that is not this journal's
}: give that file's own passphrase in the RELIEF_JOURNAL_RESTORE_PASSPHRASE environment variable, with --restore-passphrase-file FILE, or type it when asked in a terminal. Nothing was changed.
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

# Where in a file. Indexes and keys of JSON (entries[3], settings) are written as JSON writes them.
# $line (String) - the line number
exchange-location-line = line { $line }
# $sheet (String) - the sheet's name; $row (String) - the row number
exchange-location-sheet-row = sheet { $sheet }, row { $row }
# $index (String) - the entry's place in entries, from 0; $date (String) - its date as written
exchange-location-journal-entry = entries[{ $index }] (date { $date })
# $index (String) - the infusion's place in infusions, from 0; $date (String) - its date as written
exchange-location-journal-infusion = infusions[{ $index }] (date { $date })
# $index (String) - the entry's place in the file's list, from 0
exchange-location-json-entry = entries[{ $index }]
# $index (String) - the entry's place in the file's list, from 0
exchange-location-json-entry-timestamp = entries[{ $index }].timestamp
exchange-location-settings = settings
# $date (String) - the day, YYYY-MM-DD
exchange-location-entry-on = the entry for { $date }
# $date (String) - the day, YYYY-MM-DD
exchange-location-infusion-on = the infusion on { $date }
# The readings of a day combined into one entry.
# $first (String) - where the day's first row is (an exchange-location-* text); $date (String) - the day, YYYY-MM-DD
exchange-location-day-readings = { $first } (the readings of { $date })

# Why a file could not be imported. $file (String) is always the file as given; options
# (--date-order dmy, --reading "pain=NAME", --column FIELD=HEADER) are typed as they are.
# $file (String) - the file; $detail (String) - what the system reported
exchange-error-io = { $file }: { $detail }
# $file (String) - the file
exchange-error-unknown-file-type = { $file }: unknown file type; expected a .json journal, a .csv, .tsv or .txt table, or an .xlsx or .ods workbook
# $file (String) - the file; $found (String) - the "format" the file gives, as JSON writes it
exchange-error-unknown-format = { $file }: "format" is { $found }; expected "relief-journal"
# $file (String) - the file
exchange-error-format-missing = { $file }: "format" is missing; expected "relief-journal"
# $file (String) - the file; $found (String) - the file's version; $supported (String) - the newest this version reads
exchange-error-newer-version = { $file }: journal format version { $found } is newer than this app reads (up to { $supported }); update { -brand-name } to import it
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the value refused, a whole domain-refused message
exchange-error-invalid = { $file }, { $location }: { $error }
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - why it is not a date, a whole domain-date-* message
exchange-error-date = { $file }, { $location }: date: { $error }
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the two readings, a whole domain-date-ambiguous message
exchange-error-date-ambiguous = { $file }, { $location }: date: { $error }; add --date-order dmy or --date-order mdy
# In the app, where the date order is chosen on screen.
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - why it is not a date, a whole domain-date-* message
exchange-error-date-app = { $file }, { $location }: date: { $error }
# In the app, where the date order is chosen on screen.
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the two readings, a whole domain-date-ambiguous message
exchange-error-date-ambiguous-app = { $file }, { $location }: date: { $error }; choose how numeric dates are read.
# $file (String) - the file; $location (String) - where the second entry is; $date (String) - the day, YYYY-MM-DD
exchange-error-duplicate-day = { $file }, { $location }: a second entry for { $date }; a journal has one entry per day

# What is wrong with a file's form. $detail (String) is what the reader reported, in its own words.
# $file (String) - the file
exchange-problem-sheet-only-for-workbooks = { $file }: --sheet applies to .xlsx, .xls and .ods workbooks only
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-unreadable = { $file }: { $detail }
# $file (String) - the file; $line (String) - the line; $detail (String) - what the reader reported
exchange-problem-unreadable-line = { $file }: line { $line }: { $detail }
# $file (String) - the file
exchange-problem-no-header-row = { $file }: the file has no header row
# $file (String) - the file; $line (String) - the row's line; $cells (Number) - the row's cells; $header (String) - the header's cells
exchange-problem-cell-count = { $file }: line { $line }: the row has { $cells ->
    [one] 1 cell
   *[other] { $cells } cells
} but the header has { $header }
# $file (String) - the file; $wanted (String) - the sheet asked for; $sheets (String) - the workbook's sheets, separated by commas
exchange-problem-no-such-sheet = { $file }: no sheet named "{ $wanted }"; the sheets are { $sheets }
# $file (String) - the file
exchange-problem-no-sheets = { $file }: the workbook has no sheets
# $file (String) - the file; $sheet (String) - the sheet; $detail (String) - what the reader reported
exchange-problem-unreadable-sheet = { $file }: sheet { $sheet }: { $detail }
# $file (String) - the file; $sheet (String) - the sheet
exchange-problem-empty-sheet = { $file }: sheet { $sheet } is empty
# $file (String) - the file; $encoding (String) - the encoding its byte-order mark names (UTF-16LE)
exchange-problem-byte-order-mark = { $file }: the file starts with a { $encoding } byte-order mark but is not valid { $encoding } text
# $file (String) - the file; $line (String) - the line of the first byte that is not UTF-8
exchange-problem-not-utf8 = { $file }: line { $line }: the file is not UTF-8 text; save it as UTF-8 (or as Unicode text, UTF-16)
# $file (String) - the file; $line (String) - the line of the first control character
exchange-problem-not-text = { $file }: line { $line }: the file holds bytes that are not text, so it is not a table or a journal; save it from its program as CSV
# $file (String) - the file; $entries (String) - the columns of an entries CSV; $infusions (String) - those of an infusions CSV
exchange-problem-not-journal-header = { $file }: line 1: the header names neither entries ({ $entries }) nor infusions ({ $infusions }); to import another table, map its columns with --column FIELD=HEADER
# $file (String) - the file; $name (String) - the column; $allowed (String) - the columns allowed, separated by commas
exchange-problem-unknown-column = { $file }: line 1: unknown column "{ $name }"; allowed columns are { $allowed }
# $file (String) - the file; $name (String) - the column
exchange-problem-column-twice = { $file }: line 1: column "{ $name }" appears twice
# $file (String) - the file
exchange-problem-no-date-column = { $file }: line 1: the header has no "date" column
# $file (String) - the file; $found (String) - the "version" the file gives, as JSON writes it; $supported (String) - the newest version read
exchange-problem-version = { $file }: "version" is { $found }; expected a whole number from 1 to { $supported }
# $file (String) - the file; $supported (String) - the newest version read
exchange-problem-version-missing = { $file }: "version" is missing; expected a whole number from 1 to { $supported }
# $file (String) - the file; $path (String) - where in the JSON (entries[0].pain); $detail (String) - what the reader reported
exchange-problem-json-value = { $file }: { $path }: { $detail }
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-settings = { $file }: settings: { $detail }
# $file (String) - the file; $key (String) - the setting; $known (String) - the settings there are, separated by commas
exchange-problem-unknown-setting = { $file }: settings: unknown setting "{ $key }"; known settings are { $known }
# $file (String) - the file; $header (String) - the column looked for; $columns (String) - the table's columns, quoted
# $role (String) - what the column was for: date, time, name, detail, value or note
exchange-problem-no-column-for-role = { $file }: no column "{ $header }" for the { $role ->
    [date] date
    [time] time
    [name] reading's name
    [detail] detail
    [value] value
   *[note] note
}; the columns are { $columns }
# $file (String) - the file; $field (String) - the field's key: date or time
exchange-problem-readings-cannot-feed = { $file }: readings cannot feed the { $field }; it comes from its own column
# $file (String) - the file; $names (String) - the reading names found, quoted
exchange-problem-no-pain-readings = { $file }: no readings feed pain; name them with --reading "pain=NAME" (the names found are { $names })
# $file (String) - the file; $header (String) - the column looked for; $field (String) - the field's key; $columns (String) - the table's columns, quoted
exchange-problem-no-column-for-field = { $file }: no column "{ $header }" for { $field }; the columns are { $columns }
# $file (String) - the file; $field (String) - the field's key; $columns (String) - the table's columns, quoted
exchange-problem-field-not-mapped = { $file }: no column is mapped to { $field }; map one with --column { $field }=HEADER (the columns are { $columns })
# $file (String) - the file; $field (String) - the field's key
exchange-problem-scale-not-for-score = { $file }: --scale applies to pain, worst_pain, sleep_quality, mobility and mood, not { $field }
# $file (String) - the file; $headers (String) - the header, separated by commas
# $tracker (String) - the tracker named; $found (String) - the tracker the header is; $name (String) - its --from name
exchange-problem-other-trackers-header = { $file }: the header ({ $headers }) is not that of a { $tracker } export; it looks like a { $found } export (--from { $name })
# $file (String) - the file; $field (String) - the field's key
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $count (Number) - how many names were found; $names (String) - the names found, quoted
exchange-problem-no-candidate = { $file }: no { $kind ->
    [scale] scale
    [symptom] symptom
    [column] condition or symptom column
    [tracker] tracker
   *[feature] feature
} is named like { $field }; say which one holds it with --reading "{ $field }=NAME" (the names found are { $count ->
    [0] none
   *[other] { $names }
})
# In the app, where the name is chosen under "Pain from".
# $file (String) - the file; $field (String) - the field in words
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $count (Number) - how many names were found; $names (String) - the names found, quoted
exchange-problem-no-candidate-app = { $file }: no { $kind ->
    [scale] scale
    [symptom] symptom
    [column] condition or symptom column
    [tracker] tracker
   *[feature] feature
} is named like { $field }; say which one holds it under Pain from above (the names found are { $count ->
    [0] none
   *[other] { $names }
})
# $file (String) - the file; $field (String) - the field's key
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $names (String) - the candidates, quoted
exchange-problem-several-candidates = { $file }: several { $kind ->
    [scale] scales
    [symptom] symptoms
    [column] condition or symptom columns
    [tracker] trackers
   *[feature] features
} could be { $field }: { $names }; say which one with --reading "{ $field }=NAME"
# In the app, where the name is chosen under "Pain from".
# $file (String) - the file; $field (String) - the field in words
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $names (String) - the candidates, quoted
exchange-problem-several-candidates-app = { $file }: several { $kind ->
    [scale] scales
    [symptom] symptoms
    [column] condition or symptom columns
    [tracker] trackers
   *[feature] features
} could be { $field }: { $names }; say which one under Pain from above
# $file (String) - the file; $name (String) - the column looked for; $columns (String) - the table's columns, quoted
exchange-problem-no-column-named = { $file }: no column "{ $name }"; the columns are { $columns }
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-not-json = { $file }: not readable as JSON ({ $detail })
# $file (String) - the file
exchange-problem-not-paintracker-json = { $file }: not a PainTracker export: expected an array of entries, each with a "timestamp" and "baselineData" or "painLevel"

# A file of another app, or of no known layout: what it looks like and how it can be imported.
# $file (String) - the file; $tracker (String) - the tracker's name; $name (String) - its --from name
exchange-foreign-tracker-table = { $file }: this looks like a { $tracker } export, not a { -brand-name } file; import it with --from { $name }
# $file (String) - the file; $rows (Number) - its data rows; $columns (String) - its first columns, quoted
# $more (Number) - how many columns are not listed; $trackers (String) - the --from names, separated by commas
exchange-foreign-table = { $file }: a table of { $rows ->
    [one] 1 row
   *[other] { $rows } rows
} with the columns { $columns }{ $more ->
    [0] {""}
   *[other] , and { $more } more
}, which is neither a { -brand-name } file nor a layout this app knows; map its columns with --column date=HEADER --column pain=HEADER (and others), or if it comes from one of the trackers this app reads, add --from NAME ({ $trackers })
# $file (String) - the file; $detail (String) - what the JSON reader reported; $trackers (String) - the --from names, separated by commas
exchange-foreign-unreadable-json = { $file }: not readable as JSON ({ $detail }), so not a { -brand-name } file; a { -brand-name } file is the .json that export writes; for another app's export use --from NAME ({ $trackers }), or save it as CSV and map its columns with --column
# In the app.
# $file (String) - the file; $detail (String) - what the JSON reader reported
exchange-foreign-unreadable-json-app = { $file }: not readable as JSON ({ $detail }), so not a { -brand-name } file; a { -brand-name } file is the .json that export writes. If it is another app's export, save it as CSV and import the CSV to match its columns.
# $file (String) - the file; $tracker (String) - the tracker's name; $shape (String) - what the JSON is (an exchange-json-* text); $name (String) - its --from name
exchange-foreign-tracker-json = { $file }: this looks like a { $tracker } export ({ $shape }), not a { -brand-name } file; import it with --from { $name }
# $file (String) - the file; $shape (String) - what the JSON is (an exchange-json-* text); $trackers (String) - the --from names, separated by commas
exchange-foreign-json = { $file }: { $shape }, without the "format": "relief-journal" of a { -brand-name } file, and not a layout this app knows; for another app's export use --from NAME ({ $trackers }), or save it as CSV and map its columns with --column FIELD=HEADER
# In the app.
# $file (String) - the file; $shape (String) - what the JSON is (an exchange-json-* text)
exchange-foreign-json-app = { $file }: { $shape }, without the "format": "relief-journal" of a { -brand-name } file, and not a layout this app knows. If it is another app's export, save it as CSV and import the CSV to match its columns.

# What a JSON value is, in a few words, inside the messages above.
# $count (Number) - how many objects; $keys (String) - the first object's first keys, separated by commas; $more (Number) - how many keys are not listed
exchange-json-array-of-objects = a JSON array of { $count ->
    [one] 1 object
   *[other] { $count } objects
} with the keys { $keys }{ $more ->
    [0] {""}
   *[other] , and { $more } more
}
# $count (Number) - how many items
exchange-json-array = a JSON array of { $count ->
    [one] 1 item
   *[other] { $count } items
}
exchange-json-empty-object = an empty JSON object
# $keys (String) - the first keys, separated by commas; $more (Number) - how many keys are not listed
exchange-json-object = a JSON object with the keys { $keys }{ $more ->
    [0] {""}
   *[other] , and { $more } more
}
exchange-json-null = JSON null
exchange-json-bool = a JSON true or false
exchange-json-number = a JSON number
exchange-json-string = a JSON string

# How values were changed on the way in, one line each in the import's summary (after "Rule:").
# $encoding (String) - the code page, Windows-1252
exchange-rule-code-page = the file is not UTF-8, so it was read as { $encoding } text, as a spreadsheet's plain "CSV" is saved in Western Europe and the Americas; check the accented letters in the rows shown
# $order (String) - the order the dates were read in: dmy or mdy; $date (String) - a date of the file that reads only that way, as written
exchange-rule-date-order-from-file = numeric dates are read { $order ->
    [dmy] day first (03/04/2025 is 3 April)
   *[mdy] month first (03/04/2025 is 4 March)
}, as the file's own date "{ $date }" can be read only that way
# $days (Number) - how many days
exchange-rule-several-readings = { $days ->
    [one] 1 day had several readings and became one entry each: typical pain is the mean of the day's readings rounded half up, worst pain the highest (unless a worst pain column is mapped), other scores their mean, sleep hours and rescue doses added up, notes joined with their times; the readings are kept in the note
   *[other] { $days } days had several readings and became one entry each: typical pain is the mean of the day's readings rounded half up, worst pain the highest (unless a worst pain column is mapped), other scores their mean, sleep hours and rescue doses added up, notes joined with their times; the readings are kept in the note
}
exchange-rule-fractional-scores = fractional scores (such as a daily mean of 6.5) are rounded half up; the value as written is kept in the note
# On the command line, with the option that reads them as 0.
# $count (Number) - how many values
exchange-rule-zeros-not-logged = { $count ->
    [one] 1 value of 0 read as not logged, as this file writes 0 for days without a reading (--zero score reads them as 0)
   *[other] { $count } values of 0 read as not logged, as this file writes 0 for days without a reading (--zero score reads them as 0)
}
# In the app, where the choice is on screen.
# $count (Number) - how many values
exchange-rule-zeros-not-logged-app = { $count ->
    [one] 1 value of 0 read as not logged, as this file writes 0 for days without a reading
   *[other] { $count } values of 0 read as not logged, as this file writes 0 for days without a reading
}
# $count (Number) - how many days; $days (String) - the days, YYYY-MM-DD, separated by commas
exchange-rule-days-without-pain = { $count ->
    [one] 1 day without a pain reading was not imported (the journal needs pain): { $days }
   *[other] { $count } days without a pain reading were not imported (the journal needs pain): { $days }
}
# $field (String) - the field in words (domain-field-*); $name (String) - the start of the readings' name
exchange-rule-from-readings = { $field } from readings named "{ $name }"
# $field (String) - the field in words (domain-field-*); $name (String) - the start of the readings' name; $scale (String) - the scale, MIN-MAX (0-4)
exchange-rule-from-readings-scaled = { $field } from readings named "{ $name }", { $scale } mapped onto 0-10 (rounded half up)
# $field (String) - the field in words (domain-field-*); $scale (String) - the scale, MIN-MAX (0-4)
exchange-rule-scale-mapped = { $field } { $scale } mapped onto 0-10 (rounded half up); the original value is kept in the note
# $tracker (String) - the tracker's name
exchange-rule-read-as = read as a { $tracker } export
# rad, awful and "points" are Daylio's own words; keep them as they are.
# $pain (String) - the scale pain came from
exchange-rule-daylio = pain from the scale "{ $pain }" out of its maximum (6/10 points is 6), sleep hours from a sleep scale in hours and minutes and sleep quality from one in points, mood from Daylio's default moods (rad 5 to awful 1 on 1-5), activities as tags
exchange-rule-paintracker-csv = pain and sleep quality on 0 to 10 as PainTracker records them; its mood impact (0 no impact to 10 severe) is not a mood score and is left out
exchange-rule-paintracker-json = pain and sleep quality on 0 to 10 as PainTracker records them (a sleep quality of 0 is its unrated default and is left out); mood impact, medications, treatments and work impact are left out
exchange-rule-pain-zero-not-logged = a pain of 0 is read as not logged, as chosen
# $column (String) - the column
exchange-rule-flaredown-pain = pain from the condition or symptom column "{ $column }"
# $column (String) - the column
exchange-rule-nomie-pain = pain from the tracker column "{ $column }"
# strength, start_date, medication_amount and description are Headi's column names; keep them as they are.
exchange-rule-headi = pain from strength (0 to 10), dated by start_date (epoch milliseconds, in this computer's time zone); the kind of pain and the medication as tags; medication_amount as rescue doses, added up over the day; the description in the note
exchange-rule-track-and-graph = durations (H:MM:SS) read as hours; labels are left out

# What a file holds that was not imported, listed after "Ignored:" or "Not imported:".
# $header (String) - the column's header
exchange-ignored-column = column "{ $header }"
# $name (String) - the readings' name; $rows (Number) - how many rows carry it
exchange-ignored-readings = readings "{ $name }" ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
})
# $mood (String) - the mood as Daylio writes it; $entries (Number) - in how many entries
exchange-ignored-daylio-mood = mood "{ $mood }" ({ $entries ->
    [one] 1 entry
   *[other] { $entries } entries
})
# $name (String) - the scale; $entries (Number) - in how many entries
exchange-ignored-daylio-scale = scale "{ $name }" ({ $entries ->
    [one] 1 entry
   *[other] { $entries } entries
})

# An entry on one line as it would be stored, in an import's preview: its date (YYYY-MM-DD) and
# these parts, separated by commas.
# $value (String) - the score
exchange-entry-pain = pain { $value }
# $value (String) - the score
exchange-entry-worst-pain = worst pain { $value }
# $value (String) - the score
exchange-entry-sleep-quality = sleep quality { $value }
# $value (String) - the score
exchange-entry-mobility = mobility { $value }
# $value (String) - the score
exchange-entry-mood = mood { $value }
# $hours (String) - hours slept
exchange-entry-sleep-hours = sleep { $hours } h
# $count (String) - rescue doses taken
exchange-entry-rescue-doses = rescue { $count }
exchange-entry-wearing-off = wearing off
# $tags (String) - the tags as stored, joined by ";"
exchange-entry-tags = tags { $tags }
# $items (String) - the side effects as stored, joined by ";"
exchange-entry-side-effects = side effects { $items }
# $note (String) - the note as stored
exchange-entry-note = note "{ $note }"

# An infusion on one line as it would be stored, in an import's preview: its date (YYYY-MM-DD)
# and these parts, separated by commas (its side effects and note as an entry's).
exchange-infusion-done = done
exchange-infusion-planned = planned
exchange-infusion-loading = loading
exchange-infusion-maintenance = maintenance
# $dose (String) - the dose in milligrams, as stored
exchange-infusion-dose = { $dose } mg
# $minutes (String) - how long the infusion took, in minutes
exchange-infusion-duration = { $minutes } min
# $clinic (String) - the clinic, as stored
exchange-infusion-clinic = clinic { $clinic }

# A scale typed for a column that is not one. MIN-MAX is typed as it is.
# $text (String) - the text as typed
exchange-scale-error = "{ $text }" is not a scale; expected MIN-MAX such as 0-4 or 1-5


## Analysis
## How results read: baseline, cycles, flags, the forecast, the method (src/wording/).

# The standing line under every analysis: in the app, on every report page and after `analyze`.
analysis-disclaimer = Patient-recorded data; not medical advice.

# Two complete sentences, one after the other.
# $first (String) - a complete sentence; $second (String) - the complete sentence that follows it
analysis-sentence-pair = { $first } { $second }

# A legend, column or axis label for days at or above a relief threshold.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-at-or-above = Relief ≥{ $threshold }

# The heading of a loss column of the cycle table.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-until = Relief ≥{ $threshold } until

# The short heading of a loss column in the command line's cycle table.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-below = below { $threshold }

# The label of a threshold's reference line on a chart.
# $threshold (String) - the threshold as a percentage, e.g. "30%"; $kind (String) - "meaningful" or "substantial"
analysis-threshold-line = { $threshold } { $kind ->
        [meaningful] meaningful
       *[substantial] substantial
    }

# One threshold and where its value comes from.
# $threshold (String) - the threshold as a percentage, e.g. "30%"; $kind (String) - "meaningful" or "substantial"; $source (String) - "immpact" for the published default, "own" for the patient's setting
analysis-threshold-counts-as = { $threshold } counts as { $kind ->
        [meaningful] meaningful
       *[substantial] substantial
    } ({ $source ->
        [immpact] IMMPACT
       *[own] your setting
    })

# Both thresholds in one clause, both values from the same source; follows a semicolon or a colon.
# $meaningful (String) - the meaningful threshold, e.g. "30%"; $substantial (String) - the substantial threshold, e.g. "50%"; $source (String) - "immpact" for the published defaults, "own" for the patient's settings
analysis-thresholds-clause = { $meaningful } counts as meaningful and { $substantial } as substantial ({ $source ->
        [immpact] IMMPACT
       *[own] your setting
    })

# Both thresholds in one clause, one the published default and the other the patient's own.
# $meaningful (String) - the meaningful threshold, e.g. "30%"; $substantial (String) - the substantial threshold, e.g. "50%"; $meaningful_source (String) and $substantial_source (String) - "immpact" for the published default, "own" for the patient's setting
analysis-thresholds-clause-mixed = { $meaningful } counts as meaningful ({ $meaningful_source ->
        [immpact] IMMPACT
       *[own] your setting
    }) and { $substantial } as substantial ({ $substantial_source ->
        [immpact] IMMPACT
       *[own] your setting
    })

# What the early → late cells of the cycle tables compare, and what "Days 7+" counts.
analysis-early-late-legend = Early → late: the first two weeks after the infusion → the last two before the next (halves of a shorter cycle). Days 7+: logged days with pain at 7 or more.

# A cycle table cell: the day after the infusion relief reached or fell below a threshold.
# $day (Number) - days after the infusion
analysis-cell-day = day { $day }

# A cycle table cell: relief fell below a threshold somewhere within days without entries.
# $from (Number) and $to (Number) - the first and last day it may have fallen, days after the infusion
analysis-cell-day-window = day { $from }–{ $to }

analysis-cell-lasted = lasted to the next infusion
analysis-cell-still-holding = still holding
analysis-cell-not-reached = not reached
analysis-cell-not-measurable = not measurable
analysis-cell-no-entries-lately = no entries lately

# $date (String) - the last day relief was known to hold, a formatted date
analysis-cell-held-until = held at least until { $date }

# The next infusion, or the days to it, of the cycle that is still open.
analysis-cell-open = open

# $phase (String) - "loading" or "maintenance"
analysis-cell-phase = { $phase ->
        [loading] loading
       *[maintenance] maintenance
    }

# A cycle that began with a series of several infusions.
# $phase (String) - "loading" or "maintenance"; $count (Number) - infusions in the series
analysis-cell-phase-series = { $phase ->
        [loading] loading
       *[maintenance] maintenance
    } ×{ $count }

# The half-life of relief.
# $days (String) - days with one decimal, e.g. "11.8"
analysis-cell-half-life = { $days } d

# A cycle whose loss of meaningful relief lies within days without enough entries for a 7-day mean.
# $cycle (Number) - the cycle's number; $threshold (String) - the meaningful threshold, e.g. "30%"; $from (Number) and $to (Number) - the first and last day it may have fallen, days after the infusion
analysis-loss-window = Cycle { $cycle }: relief fell below { $threshold } between day { $from } and day { $to }; days without enough entries hide the day itself.

# A cycle whose loss of meaningful relief cannot be measured, and why.
# $cycle (Number) - the cycle's number; $threshold (String) - the meaningful threshold, e.g. "30%"; $reason (String) - "too-few-days" or "entries-began-late"; $min (Number) - logged days a week a 7-day mean needs
analysis-loss-not-measurable = Cycle { $cycle }: when relief fell below { $threshold } cannot be measured: { $reason ->
        [entries-began-late] the entries began after the infusion, and relief may have come and gone before them.
       *[too-few-days] too few days were logged (a 7-day mean needs { $min } logged days in its week).
    }

# A pattern the recent cycles can neither show nor rule out, and what would make it clear.
# $kind (String) - "ends-early" or "outlasts"; $cycles (String) - the cycles that cannot be judged, e.g. "cycles 4 and 5"; $why (String) - "not-measurable", "window", "end-not-logged" or "mixed"; $threshold (String) - the meaningful threshold, e.g. "30%"; $days (Number) - the days before the next infusion that make a loss early
analysis-open-question = { $kind ->
        [outlasts] Whether relief outlasts the interval cannot be told yet
       *[ends-early] Whether relief ends early cannot be told yet
    }: in { $cycles }, { $why ->
        [not-measurable] too few days were logged to see when relief fell below { $threshold }
        [window] relief fell below { $threshold } during days without entries that reach into the last { $days } days before the next infusion
        [end-not-logged] too few days were logged in the last week before the next infusion to see whether relief still held
       *[mixed] too few days were logged to see how relief ended
    }. Logging every day of the next cycle would make it clear.

# Relief that stays between infusions once the rest has faded: pain settles below the untreated level.
# $benefit (String) - the lasting relief to the nearest 5%, e.g. "15%"; $worn_off (String) - the mean pain once relief had worn off, e.g. "5.9"; $days (Number) - the days it rests on; $cycles (String) - the cycles, e.g. "cycles 2, 3 and 4"; $untreated (String) - the untreated baseline, e.g. "6.9"; $threshold (String) - the meaningful threshold, e.g. "30%"
analysis-lasting-benefit = About { $benefit } of relief has stayed between infusions: once relief had worn off, your pain settled at { $worn_off } on average ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } in { $cycles }), below the untreated { $untreated }. Relief is still measured against untreated pain, so relief below { $threshold } means the rest of it had faded.

# $since (String) - the day of the last entry, a formatted date
analysis-stale = No entries since { $since }.

# $since (String) - the day of the last entry, a formatted date; $threshold (String) - the meaningful threshold, e.g. "30%"; $held (String) - the last day relief was known to hold, a formatted date
analysis-stale-held = No entries since { $since }; relief of { $threshold } or more held at least until { $held }.

# $count (Number) - completed cycles with relief measured that the estimate rests on; $day (Number) - the day after the infusion relief usually faded; $date (String) - that day in the open cycle, a formatted date
analysis-fade-expected = { $count ->
        [one] In the last completed cycle with relief measured, relief faded around day { $day }; in this cycle that is about { $date }.
       *[other] In the last { $count } completed cycles with relief measured, relief usually faded around day { $day }; in this cycle that is about { $date }.
    }
analysis-fade-unknown = Past cycles do not yet show when relief usually fades.

# The same when the open cycle has had no entry for over a week.
# $since (String) - the day of the last entry, a formatted date; $count (Number) - completed cycles with relief measured that the estimate rests on; $day (Number) - the day after the infusion relief usually faded; $date (String) - that day in the open cycle, a formatted date
analysis-fade-expected-stale = { $count ->
        [one] No entries since { $since }, so this rests on past cycles only: in the last completed cycle with relief measured, relief faded around day { $day }; in this cycle that is about { $date }.
       *[other] No entries since { $since }, so this rests on past cycles only: in the last { $count } completed cycles with relief measured, relief usually faded around day { $day }; in this cycle that is about { $date }.
    }

# $since (String) - the day of the last entry, a formatted date
analysis-fade-unknown-stale = No entries since { $since }, so this rests on past cycles only: past cycles do not yet show when relief usually fades.

# $fade (String) - the sentence on when relief is expected to fade; $date (String) - the next planned infusion, a formatted date
analysis-forecast-planned = { $fade } Next infusion planned { $date }.

# $fade (String) - the sentence on when relief is expected to fade
analysis-forecast-unplanned = { $fade } No next infusion is planned in the journal.

# The line of `analyze` on the open cycle.
# $index (Number) - the open cycle's number; $forecast (String) - the forecast, two sentences
analysis-open-cycle = Open cycle { $index }: { $forecast }

# The same when the open cycle has had no entry for over a week.
# $index (Number) - the open cycle's number; $stale (String) - the sentence saying since when nothing was logged; $forecast (String) - the forecast, two sentences
analysis-open-cycle-stale = Open cycle { $index }: { $stale } { $forecast }
analysis-no-open-cycle = No open cycle.
analysis-position-no-infusions = No infusions recorded yet. Add them under Infusions to see how long relief lasts.

# $date (String) - the latest infusion, a date with its weekday as written inside a sentence
analysis-position-after-day = The last recorded infusion is dated { $date }.

# Where the day sits in the latest cycle.
# $days (Number) - days since the latest done infusion; $date (String) - that infusion, a date with its weekday as written inside a sentence; $phase (String) - "loading" or "maintenance"; $infusions (Number) - infusions of the loading series; $number (Number) - which maintenance infusion it is; $cycle (Number) - the cycle's number
analysis-position-in-cycle = Day { $days } after your infusion of { $date } ({ $phase ->
        [loading] the loading series ({ $infusions ->
            [one] 1 infusion
           *[other] { $infusions } infusions
        })
       *[maintenance] maintenance infusion { $number }
    }, cycle { $cycle }).
analysis-next-none = No infusion planned.

# $date (String) - the planned infusion, a date with its weekday; $when (String) - "today", "tomorrow", "future" or "past"; $days (Number) - days from the day shown to the infusion, or since it when it is past
analysis-next-planned = Next planned infusion: { $date }, { $when ->
        [today] today
        [tomorrow] tomorrow
        [future] in { $days } days
       *[past] { $days ->
            [one] 1 day ago
           *[other] { $days } days ago
        }
    }.

# Cycles named in parentheses.
# $count (Number) - how many cycles; $cycles (String) - their numbers as a list, e.g. "2, 3 and 5"
analysis-cycle-list = { $count ->
        [one] cycle { $cycles }
       *[other] cycles { $cycles }
    }

# $pain (String) - the baseline pain, e.g. "7.1"; $days (Number) - untreated days logged; $window (Number) - days before the first infusion looked at
analysis-baseline-pretreatment = Baseline pain { $pain }: the mean of { $days ->
        [one] 1 logged untreated day
       *[other] { $days } logged untreated days
    } in the { $window } days before the first infusion.

# $pain (String) - the baseline pain, e.g. "7.1"; $days (Number) - untreated days logged; $window (Number) - days before the first infusion looked at; $spread (String) - the day-to-day standard deviation, e.g. "0.8"
analysis-baseline-pretreatment-spread = Baseline pain { $pain }: the mean of { $days ->
        [one] 1 logged untreated day
       *[other] { $days } logged untreated days
    } in the { $window } days before the first infusion; day-to-day spread SD { $spread }.

# $upper (String) - the one-sided 95% upper bound of the baseline's mean, e.g. "7.4"
analysis-baseline-upper-one-sided = Relief counts as lost only when it would be lost even if untreated pain were as high as { $upper }, the upper end of that mean's uncertainty (one-sided 95%).

# $pain (String) - the baseline pain, e.g. "7.5"; $remembered (String) - the remembered baseline, e.g. "8"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"
analysis-baseline-remembered = Baseline pain { $pain }: from your remembered baseline of { $remembered }, the pain you remember on a typical day before ketamine{ $adjusted ->
        [yes] , less { $less } points, as pain before treatment is usually remembered as worse than it was once treatment has helped
       *[no] {""}
    }.

# A remembered baseline raised to the pain logged once relief had worn off.
# $pain (String) - the baseline pain, e.g. "6.0"; $days (Number) - days logged once relief had clearly worn off; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"; $remembered (String) - the remembered baseline, e.g. "6"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"; $corrected (String) - the remembered baseline so lowered, e.g. "5.5"
analysis-baseline-raised = Baseline pain { $pain }: the mean pain you logged on { $days ->
        [one] 1 day
       *[other] { $days } days
    } once relief had clearly worn off ({ $cycles }), as untreated pain was at least that high. From your remembered baseline of { $remembered }, the pain you remember on a typical day before ketamine{ $adjusted ->
        [yes] , less { $less } points, as pain before treatment is usually remembered as worse than it was once treatment has helped
       *[no] {""}
    }, it would be { $corrected }.

# A remembered baseline lowered to a little above the pain logged once relief had worn off.
# $pain (String) - the baseline pain, e.g. "7.5"; $points (String) - the most the baseline may lie above that pain, e.g. "1.5"; $logged (String) - the mean pain logged once relief had clearly worn off, e.g. "6.0"; $days (Number) - days logged then; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"; $remembered (String) - the remembered baseline, e.g. "9"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"; $corrected (String) - the remembered baseline so lowered, e.g. "8.5"; $threshold (String) - the meaningful threshold, e.g. "30%"
analysis-baseline-lowered = Baseline pain { $pain }: { $points } points above the mean pain of { $logged } you logged on { $days ->
        [one] 1 day
       *[other] { $days } days
    } once relief had clearly worn off ({ $cycles }). From your remembered baseline of { $remembered }, the pain you remember on a typical day before ketamine{ $adjusted ->
        [yes] , less { $less } points, as pain before treatment is usually remembered as worse than it was once treatment has helped
       *[no] {""}
    }, it would be { $corrected }, but on those days relief was below { $threshold } even against that, so it had ended there, and untreated pain is taken to be at most { $points } points above their pain.

# $count (Number) - untreated days logged before the first infusion; $needed (Number) - the days needed to measure the baseline
analysis-baseline-too-few-untreated = { $count ->
        [one] Only 1 untreated day was logged before the first infusion; { $needed } are needed to measure it.
       *[other] Only { $count } untreated days were logged before the first infusion; { $needed } are needed to measure it.
    }

# $pain (String) - the estimated baseline pain, e.g. "6.2"; $days (Number) - days logged once relief had clearly worn off; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"
analysis-baseline-worn-off = Baseline pain { $pain }: an estimate, the mean pain you logged on { $days ->
        [one] 1 day
       *[other] { $days } days
    } once relief had clearly worn off ({ $cycles }), as neither the days before the first infusion nor a remembered baseline is available. Untreated pain may have been higher, so no pattern is flagged on it; a remembered baseline in the settings replaces this estimate.

# $days (Number) - the days before its infusion each cycle is compared with
analysis-baseline-pre-infusion = Baseline: relief cannot be measured against untreated pain yet: neither the days before the first infusion, nor a remembered baseline, nor cycles in which relief had clearly worn off are available. Each cycle is compared with its own { $days ->
        [one] 1 day
       *[other] { $days } days
    } before its infusion instead, so relief looks smaller when an infusion came while relief still held, and no pattern is flagged. A remembered baseline in the settings (your pain on a typical day before ketamine) avoids that.
analysis-baseline-none = Baseline: none yet (no infusion recorded and no remembered baseline).

# A remembered baseline far from the pain logged once relief had worn off: both numbers.
# $remembered (String) - the remembered baseline, e.g. "8"; $logged (String) - the mean pain logged once relief had worn off, e.g. "6.2"; $days (Number) - days logged then; $count (Number) - how many cycles those days are in; $cycles (String) - the cycles' numbers as a list, e.g. "2 and 3"; $baseline (String) - the baseline in use, e.g. "7.5"; $against (String) - "worn-off" when the baseline is that logged pain, "above-worn-off" when it lies $points above it, "remembered" when it comes from the remembered baseline; $points (String) - e.g. "1.5"
analysis-cross-check = You remembered { $remembered }; when relief had worn off you logged { $logged } on average ({ $days ->
        [one] 1 day
       *[other] { $days } days
    } in { $count ->
        [one] cycle { $cycles }
       *[other] cycles { $cycles }
    }). Relief is measured against { $baseline }, { $against ->
        [worn-off] the pain logged once relief had worn off
        [above-worn-off] { $points } points above the pain logged once relief had worn off
       *[remembered] from the remembered { $remembered }
    }; you can change the remembered baseline in the settings.

# How the analysis works: the report's method note and "About this analysis" in Charts.
# $window (Number) - days of the smoothing window; $thresholds (String) - the clause saying what counts as meaningful and substantial; $min_logged (Number) - logged days a window needs; $persistence (Number) - days relief must stay below a threshold to count as lost; $comes_back (Number) - days relief must hold again for a dip not to count as lost; $series_gap (Number) - the most days between infusions of one series; $matches (Number) - cycles that must show it; $recent (Number) - recent completed cycles looked at; $early (Number) - days before the next infusion
analysis-method = Relief is how far the { $window }-day smoothed pain is below the untreated baseline, in percent; { $thresholds }. A { $window }-day window needs at least { $min_logged ->
        [one] 1 logged day
       *[other] { $min_logged } logged days
    }; missing days are never filled in. Relief is lost when it stays below a threshold for { $persistence ->
        [one] 1 day
       *[other] { $persistence } days
    }, unless it then comes back to the threshold or above and holds there for { $comes_back ->
        [one] 1 day
       *[other] { $comes_back } days
    } or more; "lasted to the next infusion" means it still held when the next infusion came: relief outlasted the interval. Infusions up to { $series_gap ->
        [one] 1 day
       *[other] { $series_gap } days
    } apart form one series; a cycle runs from a series' last infusion to the next series. "Relief ends early" is flagged when, in { $matches } of the last { $recent } completed cycles, relief was lost at least { $early ->
        [one] 1 day
       *[other] { $early } days
    } before the next infusion.
analysis-no-patterns-withheld = No patterns are flagged while relief is not measured against untreated pain (see the baseline).

# $needed (Number) - completed cycles with relief measured that most patterns need; $count (Number) - such cycles so far
analysis-no-patterns-yet = No patterns flagged yet: most patterns need at least { $needed } completed cycles with relief measured, and { $count ->
        [0] there are none so far
        [one] there is 1 so far
       *[other] there are { $count } so far
    }.
analysis-no-patterns = No patterns flagged: relief has not been seen ending early, shortening, missing or outlasting the interval, nor rescue doses rising late.

# Under the report's infusion log, for phases marked "*".
# $days (Number) - the most days between infusions of one series
analysis-inferred-phase-note = * Phase not recorded on the infusion; inferred from the dates: infusions up to { $days ->
        [one] 1 day
       *[other] { $days } days
    } apart form one series; the first series is loading and later ones maintenance, unless an infusion in the series says otherwise.

# Beside the relief survival chart.
# $day (Number) - the shortest of the recent intervals between infusions, in days; $ended (Number) - cycles in which relief had faded before that day; $known (Number) - cycles whose relief is known that far; $infusions (Number) - the recent infusions whose intervals are compared; $low (Number) and $high (Number) - the shortest and longest of those intervals, in days; $span (String) - "single" when they are the same, "range" otherwise
analysis-survival-sentence = Relief had faded before day { $day } in { $ended } of { $known ->
        [one] 1 cycle
       *[other] { $known } cycles
    }; { $infusions ->
        [2] your last two infusions were
       *[other] your last { $infusions } infusions were
    } { $span ->
        [single] { $low }
       *[range] { $low } to { $high }
    } days apart.

# The closing sentence of every flag.
analysis-flag-discuss = This pattern may be worth discussing with your care team.

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $threshold (String) - the threshold, e.g. "30%"; $loss_low (Number) and $loss_high (Number) - the earliest and latest day relief was lost; $loss_span (String) - "single" when they are the same day, "range" otherwise; $length_low (Number) and $length_high (Number) - the fewest and most days between infusions; $length_span (String) - "single" when they are the same, "range" otherwise
analysis-flag-relief-ends-early = { $scope ->
        [all] In your last { $recent } completed cycles
       *[some] In { $matching } of your last { $recent } completed cycles
    }, relief fell below { $threshold } around day { $loss_span ->
        [single] { $loss_low }
       *[range] { $loss_low } to { $loss_high }
    }; your infusions were { $length_span ->
        [single] { $length_low }
       *[range] { $length_low } to { $length_high }
    } days apart. { analysis-flag-discuss }

# $count (Number) - recent completed cycles; $threshold (String) - the threshold, e.g. "30%"; $durations (String) - relief days of each cycle, "+" when relief lasted to the next infusion, e.g. "40+, 36, 33, 28"; $latest (Number) - relief days of the latest cycle; $below (Number) - days it lies below the median of the earlier cycles; $below_text (String) - the same number as written, e.g. "8" or "2.5"
analysis-flag-relief-shortening = Over your last { $count } completed cycles, relief at or above { $threshold } has been lasting fewer days ({ $durations } days; + means it lasted to the next infusion). The latest, { $latest ->
        [one] 1 day
       *[other] { $latest } days
    }, is { $below ->
        [one] { $below_text } day
       *[other] { $below_text } days
    } below the median of the earlier cycles. { analysis-flag-discuss }

# $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $threshold (String) - the threshold, e.g. "30%"; $reached (String) - "some" when pain went below the baseline, "none" otherwise; $peak (String) - the most relief, e.g. "18%"; $day (Number) - the day of the most relief
analysis-flag-no-meaningful-relief = In your latest completed cycle (cycle { $index }, from { $date }), relief did not reach { $threshold }; { $reached ->
        [some] the most was { $peak } on day { $day }
       *[none] pain stayed at or above the baseline
    }. { analysis-flag-discuss }

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $threshold (String) - the threshold, e.g. "30%"; $length_low (Number) and $length_high (Number) - the fewest and most days between infusions; $length_span (String) - "single" when they are the same, "range" otherwise
analysis-flag-relief-outlasts = { $scope ->
        [all] In your last { $recent } completed cycles
       *[some] In { $matching } of your last { $recent } completed cycles
    }, relief was still at or above { $threshold } when the next infusion came, { $length_span ->
        [single] { $length_low }
       *[range] { $length_low } to { $length_high }
    } days apart. { analysis-flag-discuss }

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $early (String) - mean rescue doses a week in the first two weeks, e.g. "0.8"; $late (String) - the same in the last two weeks, e.g. "3.5"
analysis-flag-rescue-rising-late = { $scope ->
        [all] In your last { $recent } completed cycles
       *[some] In { $matching } of your last { $recent } completed cycles
    }, breakthrough (rescue) medication was taken more often in the two weeks before the next infusion than in the first two weeks: on average { $early } times a week early and { $late } late. { analysis-flag-discuss }

# One cycle in a flag's evidence; the evidence lists cycles separated by semicolons.
# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $outcome (String) - "lost", "lasted", "not-reached" or "unmeasured"; $threshold (String) - the threshold, e.g. "30%"; $day (Number) - the day relief was lost; $next (Number) - the day of the next infusion
analysis-evidence-duration = { $position ->
        [first] Cycle
       *[other] cycle
    } { $index } (from { $date }): { $outcome ->
        [lost] relief below { $threshold } from day { $day }, next infusion on day { $next }
        [lasted] relief at or above { $threshold } lasted to the next infusion on day { $next }
        [not-reached] relief did not reach { $threshold }; next infusion on day { $next }
       *[unmeasured] too few days logged to measure relief
    }

# How much relief was left when the next infusion came, a mean over the last week.
# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $relief (String) - the relief left, e.g. "40%"; $days (Number) - days between the infusions
analysis-evidence-relief-left = { $position ->
        [first] Cycle
       *[other] cycle
    } { $index } (from { $date }): about { $relief } relief was left when the next infusion came, { $days } days apart

# $cycles (String) - the evidence of each cycle, separated by semicolons; $slope (Number) - change in relief days per cycle; $slope_text (String) - the same as written, e.g. "-4"; $median (String) - the earlier cycles' median relief days, e.g. "36"; $index (Number) - the latest cycle's number; $days (Number) - its relief days
analysis-evidence-trend = { $cycles }. Trend (Theil-Sen): { $slope ->
        [one] { $slope_text } day
       *[other] { $slope_text } days
    } per cycle; earlier median { $median } days; cycle { $index }: { $days ->
        [one] 1 day
       *[other] { $days } days
    }.

# $index (Number) - the cycle's number; $logged (Number) - days logged in it; $length (Number) - its days; $lowest (String) - the lowest 7-day pain, e.g. "6.6"
analysis-evidence-no-relief = Cycle { $index }: { $logged } of { $length } days logged; lowest 7-day pain { $lowest }.

# $index (Number) - the cycle's number; $logged (Number) - days logged in it; $length (Number) - its days; $lowest (String) - the lowest 7-day pain, e.g. "6.6"; $baseline (String) - the baseline pain, e.g. "8"
analysis-evidence-no-relief-baseline = Cycle { $index }: { $logged } of { $length } days logged; lowest 7-day pain { $lowest } against a baseline of { $baseline }.

# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $early (String) - rescue doses a week in the first two weeks, e.g. "0.5"; $late (String) - the same in the last two weeks
analysis-evidence-rescue = { $position ->
        [first] Cycle
       *[other] cycle
    } { $index }: rescue medication { $early } a week in the first two weeks, { $late } in the last two

# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number
analysis-evidence-rescue-unknown = { $position ->
        [first] Cycle
       *[other] cycle
    } { $index }: too few days logged to compare

# The side effects offered as quick choices, stored under these English names.
analysis-side-effect-nausea = nausea
analysis-side-effect-dissociation = dissociation
analysis-side-effect-drowsiness = drowsiness
analysis-side-effect-dizziness = dizziness
analysis-side-effect-headache = headache
analysis-side-effect-high-blood-pressure = high blood pressure
analysis-side-effect-bladder = bladder or urinary symptoms


## Charts
## Chart titles, axes and legends, in the app and in chart images (src/charts/, src/chart_image/).

chart-title-timeline = Daily pain, sleep and mobility
chart-title-typical = Typical relief after an infusion
chart-title-survival = How long meaningful relief held
chart-title-cycles = Relief by day since infusion, each cycle
chart-title-durations = How long meaningful relief lasted
chart-range-three-months = 3 months
chart-range-one-year = 1 year
chart-range-all = All
chart-marker-loading = Loading infusion
chart-marker-maintenance = Maintenance infusion
chart-marker-planned = Planned infusion
chart-timeline-empty = No entries yet: log a few days to see the timeline.
chart-axis-pain = Pain (0-10)
# Short: the rotated label must fit the height of a small panel.
chart-axis-sleep = Sleep
# Short: the rotated label must fit the height of a small panel.
chart-axis-mobility = Mobility
chart-daily-pain = Daily pain
chart-pain-mean = 7-day mean
chart-pain-mean-missing = The 7-day mean line appears once you have logged 4 days within a week.

# What a timeline panel with nothing logged says instead of empty axes.
# $measure (String) - the measure's name, e.g. "Sleep quality"
chart-panel-missing = { $measure }: none logged yet; add it under Today to see it here.

# The shaded stretches of the timeline.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-relief-lost = Relief below { $threshold } before the next infusion
chart-days-since-infusion = Days since infusion
chart-relief-from-baseline = Relief from baseline (%)

# A cycle's line in the cycle overlay.
# $index (Number) - the cycle's number; $phase (String) - "loading" or "maintenance"; $date (String) - its infusion, a formatted date
chart-cycle-label = Cycle { $index } ({ $phase ->
        [loading] loading
       *[maintenance] maintenance
    }, { $date })

# $cycle (String) - the latest cycle's label, e.g. "Cycle 4 (maintenance, 12 Mar 2026)"
chart-cycle-latest = { $cycle } (latest)
chart-earlier-cycles = Earlier cycles
chart-fitted-decay = Fitted decay (dashed); relief lost (x)

# The value axis of the relief durations chart.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-durations-axis = Days relief stayed at or above { $threshold }

# The legend of the relief durations chart's bars.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-durations-legend = Relief of { $threshold } or more lasted
chart-durations-infusion-axis = Infusion (cycle start)
# A cycle in which relief never reached the meaningful threshold.
chart-durations-none = none
chart-durations-trend = Trend (Theil-Sen)
chart-durations-at-least = Still holding at the next infusion (at least)
chart-durations-interval = Days to the next infusion
chart-missing-infusions = Add the infusions you have had under Infusions to see how long relief lasts after each.
chart-missing-baseline = Relief needs your pain before ketamine: log a few days before your next infusion, or answer "Your treatment so far" in Settings.
chart-missing-week = Log your pain for a week after an infusion to see relief.

# $needed (Number) - completed cycles the typical cycle needs; $count (Number) - completed cycles with relief logged so far
chart-typical-missing = The typical cycle needs relief logged on the same days of at least { $needed } completed cycles; { $count ->
        [0] no completed cycle has relief logged yet
        [one] so far 1 completed cycle has
       *[other] so far { $count } completed cycles have
    }. Each cycle on its own is under "Each cycle".

# The typical cycle's line.
# $count (Number) - completed cycles summarised
chart-typical-median = Median of { $count ->
        [one] 1 completed cycle
       *[other] { $count } completed cycles
    }
chart-typical-band = Middle half of cycles (quartiles)
chart-typical-latest = Latest cycle

# $index (Number) - the latest cycle's number
chart-typical-latest-numbered = Latest cycle ({ $index })

# The value axis of the relief survival chart.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-survival-axis = Cycles with relief still ≥{ $threshold } (%)

# $count (Number) - cycles followed
chart-survival-line = Relief still holding, { $count ->
        [one] 1 cycle
       *[other] { $count } cycles
    }

# $day (Number) - the day after the infusion by which relief had ended in half of the cycles
chart-survival-median = Median: day { $day }
chart-survival-no-median = Relief held past the last day followed in more than half of the cycles
chart-survival-censored = Still holding at the next infusion, or so far in the current cycle

# The vertical lines of the recent intervals between infusions.
# $infusions (Number) - the recent infusions whose intervals are drawn
chart-recent-intervals = { $infusions ->
        [2] Days between your last two infusions
       *[other] Days between your last { $infusions } infusions
    }

# $day (Number) - days from the latest infusion to the next planned one
chart-next-planned = Next planned infusion: day { $day }
chart-error-font = the bundled chart font could not be read

# $reason (String) - what the drawing library reported
chart-error-draw = could not draw the chart: { $reason }

# $reason (String) - what the image encoder reported
chart-error-png = could not encode the chart as PNG: { $reason }

# $path (String) - the file name given
chart-error-unknown-format = { $path }: unknown image type; expected a file name ending in .png or .svg

# $path (String) - the image file; $reason (String) - what the system reported
chart-error-write = { $path }: { $reason }


## Report
## The PDF report (src/report/).

report-pdf-title = { -brand-name } report
report-footer = { -brand-name } report · { analysis-disclaimer }

# $page (Number) - this page; $pages (Number) - pages in the report
report-page-number = Page { $page } of { $pages }
report-title = { -brand-name }: pain and infusion summary

# The line under the title.
# $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date; $days (Number) - days in the period; $logged (Number) - days with an entry; $percent (String) - the share logged, e.g. "87%"; $generated (String) - the day the report is made, an ISO date
report-header = Period { $start } to { $end } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }) · Days logged: { $logged } of { $days } ({ $percent }) · Generated { $generated }

# The same with the patient's name first.
# $patient (String) - the name as typed in Settings; $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date; $days (Number) - days in the period; $logged (Number) - days with an entry; $percent (String) - the share logged, e.g. "87%"; $generated (String) - the day the report is made, an ISO date
report-header-patient = Patient: { $patient } · Period { $start } to { $end } ({ $days ->
        [one] 1 day
       *[other] { $days } days
    }) · Days logged: { $logged } of { $days } ({ $percent }) · Generated { $generated }
report-empty-period = No entries or infusions were recorded in this period. Choose a longer period, or log a few days and infusions first.
report-relief-charts-scope = The typical cycle and how long relief held summarise every cycle up to the end of the period, not only the cycles in it.
report-cycles-heading = Infusion cycles
report-no-cycles = No infusion cycle falls in this period.

# Under page 1's cycle table when not every cycle fits.
# $shown (Number) - cycles shown; $total (Number) - cycles in the period
report-cycles-shown = Showing the latest { $shown } of { $total } cycles; all are listed on the following pages.
report-patterns-heading = Patterns

# $baseline (String) - the sentences on the baseline
report-baseline-line = { $baseline } How relief is measured: on a later page, under that heading.
report-column-infusion = Infusion
report-column-phase = Phase
report-column-days-to-next = Days to next
report-column-peak-relief = Peak relief
report-column-pain = Pain
report-column-worst-pain = Worst pain
report-column-high-pain-days = Days 7+
report-column-rescue-week = Rescue / week
report-column-mobility = Mobility
report-column-sleep = Sleep
report-method-heading = How relief is measured

# $baseline (String) - the sentences on the baseline; $method (String) - the paragraph on how relief is measured
report-method = { $baseline } { $method } Details: docs/ANALYSIS.md of { -brand-name }.
report-evidence-heading = Patterns and their evidence

# $evidence (String) - the figures behind a flag
report-evidence = Evidence: { $evidence }
report-all-cycles-heading = All infusion cycles in the period
report-infusion-log-heading = Infusion log
report-column-date = Date
report-column-status = Status
report-column-dose = Dose mg
report-column-minutes = Min.
report-column-clinic = Clinic
report-column-side-effects = Side effects
report-column-note = Note

# $status (String) - "done" or "planned"
report-infusion-status = { $status ->
        [done] done
       *[planned] planned
    }
report-infusion-second-record = done (2nd record of the day)

# A phase not recorded on the infusion but inferred from the dates; the note under the table explains "*".
# $phase (String) - "loading" or "maintenance"
report-infusion-phase-inferred = { $phase ->
        [loading] loading
       *[maintenance] maintenance
    }*
report-daily-heading = Daily entries
report-column-worst = Worst
report-column-sleep-hours = Sleep h
report-column-sleep-quality = Sleep q.
report-column-mood = Mood
report-column-rescue = Rescue
report-column-wearing-off = Wearing off
report-column-side-effects-tags = Side effects, tags
report-wearing-off-yes = yes
# Under the first cell of a table row continued from the page before.
report-continued = (cont.)

# When some characters of a note or name could not be printed.
# $points (String) - the code points, e.g. "U+10FFFD, U+E000"; $more (Number) - characters not listed, 0 when all are; $replacement (String) - the mark printed instead
report-missing-characters = Some characters could not be printed: no font on this computer has them ({ $points }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }). Each is shown as { $replacement }; with a font for that script installed (for example one of the Noto fonts), a new report prints them.
report-side-effects-heading = Side effects between infusions
report-side-effects-intro = As recorded in the journal. "On the infusion": side effects noted with the infusion (for a series, on how many of its infusions). The numbers under each side effect: on how many of the logged days of that cycle it was noted; - where it was not noted.
report-column-cycle = Cycle
report-column-days-logged = Days logged
report-column-on-infusion = On the infusion
report-column-other-days = Other (days)

# The row of the days before the first infusion.
# $from (String) - the first day, a formatted date (without the year when it is the same as the last day's); $to (String) - the last day, a formatted date
report-before-infusions = Before the first infusion: { $from } to { $to }

# The row of a cycle still open.
# $index (Number) - the cycle's number; $date (String) - its first infusion, a formatted date
report-cycle-open = Cycle { $index }: from { $date }

# The row of a cycle of one day.
# $index (Number) - the cycle's number; $date (String) - its day, a formatted date
report-cycle-day = Cycle { $index }: { $date }

# The row of a cycle.
# $index (Number) - the cycle's number; $from (String) - its first day, a formatted date (without the year when it is the same as the last day's); $to (String) - its last day, a formatted date
report-cycle-range = Cycle { $index }: { $from } to { $to }

# $logged (Number) - days with an entry; $days (Number) - days in the stretch
report-logged-cell = { $logged } of { $days }
report-none-noted = none noted

# A side effect noted on some infusions of a series.
# $name (String) - the side effect; $count (Number) - infusions it was noted on; $infusions (Number) - infusions of the series
report-side-effect-on-infusions = { $name } ({ $count } of { $infusions })

# A side effect in the "Other" column.
# $name (String) - the side effect; $days (Number) - days it was noted on
report-side-effect-days = { $name } { $days }

# $days (Number) - logged days of the period
report-no-side-effects-days = { $days ->
        [one] No side effects were noted on the 1 logged day of this period.
       *[other] No side effects were noted on the { $days } logged days of this period.
    }

# $infusions (Number) - infusions of the period
report-no-side-effects-infusions = { $infusions ->
        [one] No side effects were noted with the 1 infusion of this period.
       *[other] No side effects were noted with the { $infusions } infusions of this period.
    }

# $days (Number) - logged days of the period; $infusions (Number) - infusions of the period
report-no-side-effects-both = No side effects were noted on the { $days ->
        [one] 1 logged day
       *[other] { $days } logged days
    } or with the { $infusions ->
        [one] 1 infusion
       *[other] { $infusions } infusions
    } of this period.
report-calendar-heading = Calendar: pain by day
report-calendar-continued = Calendar: pain by day (continued)
report-calendar-intro = Each day's colour and number: the pain logged that day, from 0 (no pain) to 10 (worst imaginable). White: nothing logged. Days outside the report period are greyed.
report-calendar-nothing-logged = nothing logged
# The mark on a day with a done infusion; it must fit a seventh of the page's width in small print.
report-calendar-infusion = infusion
# The mark on a day with a planned infusion; it must fit a seventh of the page's width in small print.
report-calendar-planned = planned
report-calendar-loading = infusion (loading)
report-calendar-maintenance = infusion (maintenance)
report-calendar-planned-infusion = planned infusion
report-calendar-pain = Pain

# $months (Number) - months the calendar shows; $date (String) - the first day shown, a formatted date
report-calendar-cut = The calendar shows the period's last { $months } months, from { $date }.

# $reason (String) - what the font library reported
report-error-font = the bundled font could not be read: { $reason }

# $reason (String) - why the PDF could not be written
report-error-pdf = could not write the PDF: { $reason }

# $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date
report-error-period = the report period starts ({ $start }) after it ends ({ $end })
report-error-embed-font = the bundled font could not be embedded

# $family (String) - the installed font's family name
report-error-fallback-font = the installed font { $family } could not be embedded

# $width (String) - in points; $height (String) - in points
report-error-page-size = the page size { $width } x { $height } points is not valid

# $reason (String) - what the SVG reader reported
report-error-chart-svg = a chart could not be read: { $reason }
report-error-chart-size = a chart has no room on the page

# $reason (String) - what the PDF library reported
report-error-write = { $reason }
# The demo journal's made-up clinic and notes, written in the language the demo is made in.
demo-clinic = Riverside Pain Clinic
demo-note-walk = Walked to the shop and back.
demo-note-bad-night = Bad night, woke up at 3.
demo-note-physio = Physio session, sore afterwards.
demo-note-cold = Cold and wet, joints worse.
demo-note-good-day = Good day, cooked dinner.
demo-note-bed = Stayed in bed most of the morning.
demo-note-family = Visited family, tired in the evening.
demo-note-flare = Flare in the afternoon, used heat pad.
demo-note-infusion = Felt floaty for an hour afterwards.
demo-tag-weather = weather
demo-tag-overexertion = overexertion
demo-tag-stress = stress


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
# Days of the file with more than one done infusion (a journal synced between two computers
# can hold them); they are imported as they are.
# $count (Number) - such days; $days (String) - their dates; $date (String) - the first of
# them, YYYY-MM-DD as the command takes it
cli-import-several-done = { $count ->
    [one] { $days } has more than one done infusion in this file; all were imported. If one is wrong, relief-journal delete --date { $date } --infusion lists them by number so that you can delete it.
   *[other] These days have more than one done infusion in this file; all were imported: { $days }. If one is wrong, relief-journal delete --date YYYY-MM-DD --infusion lists a day's infusions by number so that you can delete it.
}
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
# The passphrase column of `backup --list`: what opens the backup.
# $protection (String) - plain, journal (this journal's passphrase), other (another passphrase: an earlier one, or that of a journal set aside) or unreadable
cli-backup-protection = { $protection ->
    [plain] no passphrase
    [journal] this journal's passphrase
    [other] another passphrase
   *[unreadable] not a readable journal
}
# The same column for a backup kept with a journal set aside after "Forgot it?" (never removed).
# $protection (String) - as in cli-backup-protection
cli-backup-kept-protection = { $protection ->
    [plain] no passphrase, kept
    [journal] this journal's passphrase, kept
    [other] another passphrase, kept
   *[unreadable] not a readable journal, kept
}
# A journal kept aside beside this one, listed after the backups.
# $path (String) - the kept file; $protection (String) - as in cli-backup-protection
cli-backup-kept-journal = Journal kept aside: { $path } ({ $protection ->
    [plain] no passphrase
    [journal] this journal's passphrase
    [other] another passphrase: restore it with --restore-passphrase-file FILE
   *[unreadable] not a readable journal
})
# A file interrupted work left that could not be removed when the journal was opened.
# $path (String) - the file; $kind (String) - journal-conversion, backup-conversion, restore, partial-backup, log or index
cli-backup-leftover = Left by interrupted work: { $path } ({ $kind ->
    [journal-conversion] an unfinished copy of the journal under a new passphrase
    [backup-conversion] an unfinished copy of a backup under a new passphrase
    [restore] an unfinished copy made to restore a file
    [partial-backup] a backup cut short
    [log] the log of a journal set aside, not yet given back to it
   *[index] a log index SQLite rebuilds
}); nothing else depends on it, and it is removed the next time it can be
# $path (String) - where the journal was backed up
cli-restore-safety-copy = Backed up the current journal to { $path }.
# $path (String) - where the journal that could not be opened now is
cli-restore-set-aside = The journal could not be opened; it was moved, unchanged, to { $path }.
# $journal (String) - the journal file; $backup (String) - the backup restored
cli-restore-done = Restored { $journal } from { $backup }.
# Said after restoring a protected file (a journal kept aside after "Forgot it?") into a plain journal.
cli-restore-took-file-passphrase = The journal is protected again by the passphrase of the file restored, as that file was: the same passphrase opens it from now on, and its backups are encrypted with it too.

# passphrase
# $variable (String) - the environment variable's name
cli-passphrase-not-utf8 = { $variable } is not valid UTF-8 text
# The prompt in a terminal; the typed passphrase is not shown.
# $path (String) - the journal file
cli-passphrase-prompt = Passphrase for { $path }:{" "}
# The prompt in a terminal for the passphrase of a file to restore that the journal's does not open; the typed passphrase is not shown.
# $path (String) - the file to restore
cli-passphrase-restore-prompt = Passphrase of { $path } (not this journal's):{" "}
# $file (String) - the passphrase file; $error (String) - what the system said
cli-passphrase-file-unreadable = { $file }: the passphrase file could not be read as text ({ $error })
# $file (String) - the passphrase file
cli-passphrase-file-empty = { $file }: the passphrase file's first line is empty
# A passphrase file saved in an encoding that is refused, rather than guessed.
# $file (String) - the passphrase file; $encoding (String) - "utf-16le-no-mark", "utf-16be-no-mark", "utf-32", "eight-bit" or "not-what-its-mark-says"; $marked (String) - for "not-what-its-mark-says", the encoding its byte-order mark names (UTF-8, UTF-16LE, UTF-16BE); empty otherwise
cli-passphrase-file-encoding = { $file }: the passphrase file is { $encoding ->
    [utf-16le-no-mark] UTF-16 (little endian) without a byte-order mark
    [utf-16be-no-mark] UTF-16 (big endian) without a byte-order mark
    [utf-32] UTF-32
    [not-what-its-mark-says] marked as { $marked } but does not hold { $marked } text
   *[eight-bit] not UTF-8 (it looks like an 8-bit encoding such as Windows-1252 or Latin-1)
}, so its passphrase could be misread. Save it as UTF-8 (with or without a byte-order mark) or as UTF-16 with a byte-order mark ("Unicode" in Notepad), and try again; nothing was changed.
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
# $path (String) - the journal file; $count (Number) - its backups converted with it
cli-passphrase-set-done = { $count ->
    [0] { $path } is now encrypted with the passphrase (it had no backups to convert). Nobody can recover a lost passphrase.
    [one] { $path } is now encrypted with the passphrase, and so is its only backup. Nobody can recover a lost passphrase.
   *[other] { $path } is now encrypted with the passphrase, and so are its { $count } backups. Nobody can recover a lost passphrase.
}
# After `passphrase set`, `change` or `remove`: this computer's copy in the sync folder was
# written again with the journal's new protection.
# $file (String) - the copy's path
cli-passphrase-snapshot-rewritten = This computer's copy in the sync folder was written again with the new protection: { $file }
# The journal's protection changed, but this computer's copy in the sync folder could not be
# written again, so it keeps the old protection (plain, after a passphrase was set).
# $error (String) - why, as the sync words it
cli-passphrase-snapshot-not-rewritten = The journal's protection has changed, but this computer's copy in the sync folder could not be written again: { $error } Until it is, that copy keeps the old protection. Run relief-journal sync once the folder can be written, or delete this computer's copy from the folder.
# $path (String) - the journal file; $count (Number) - its backups converted with it
cli-passphrase-removed = { $count ->
    [0] { $path } is no longer protected by a passphrase (it had no backups to convert).
    [one] { $path } is no longer protected by a passphrase, and neither is its only backup.
   *[other] { $path } is no longer protected by a passphrase, and neither are its { $count } backups.
}
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
# What is wrong with a snapshot or journal file that holds nothing, in place of what SQLite says.
sync-detail-empty-file = the file is empty
# $file (String) - a file; $detail (String) - what is wrong with it, as the system says it
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
# $count (Number) - records changed on both computers; $kind (String) - days, infusions or settings when all are of that kind, mixed otherwise
sync-conflicts = { $kind ->
    [days] { $count ->
        [one] 1 day was changed on both computers since they last synced:
       *[other] { $count } days were changed on both computers since they last synced:
    }
    [infusions] { $count ->
        [one] 1 infusion was changed on both computers since they last synced:
       *[other] { $count } infusions were changed on both computers since they last synced:
    }
    [settings] { $count ->
        [one] 1 setting was changed on both computers since they last synced:
       *[other] { $count } settings were changed on both computers since they last synced:
    }
   *[mixed] { $count } days, infusions or settings were changed on both computers since they last synced:
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
# Days another computer logged that are after today here: its clock runs ahead.
# $count (Number) - days; $days (String) - their dates
sync-days-after-today = { $count ->
    [one] { $days } came from another computer, but that day has not come here yet: that computer's clock or date may be wrong. Check it, and delete the day if it is a mistake.
   *[other] These days came from another computer, but they have not come here yet: { $days }. That computer's clock or date may be wrong. Check it, and delete the days that are a mistake.
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
# A day with more than one done infusion (two computers each recorded one, or a file held
# both), when the patient did not say which to delete. The infusions follow, one a line.
# $day (String) - the day; $count (Number) - its done infusions
sync-delete-several-done = { $day } has { $count } done infusions, so nothing was deleted. Choose the one to delete:
# One infusion of a day's list, with the number that chooses it.
# $number (Number) - its place in the list, from 1; $infusion (String) - the infusion on one line
sync-delete-listed-infusion = { $number }. { $infusion }
# After the list. The command is typed as it is.
# $status (String) - done or planned; $date (String) - the day, YYYY-MM-DD
sync-delete-how-to-choose = { $status ->
    [planned] Delete one by its number with relief-journal delete --date { $date } --infusion --planned --number N, or by its dose with --dose-mg X.
   *[done] Delete the wrong one by its number with relief-journal delete --date { $date } --infusion --number N, or by its dose with --dose-mg X.
}
# A number given to choose an infusion that is not in the day's list.
# $status (String) - done or planned; $day (String) - the day; $number (String) - as typed
sync-delete-number-not-listed = { $status ->
    [planned] { $day } has no planned infusion numbered "{ $number }"; nothing was changed. The day's planned infusions:
   *[done] { $day } has no done infusion numbered "{ $number }"; nothing was changed. The day's done infusions:
}
# A dose given to choose an infusion that no infusion of the day has, or more than one has.
# $status (String) - done or planned; $day (String) - the day; $dose (String) - the dose given;
# $count (Number) - the infusions of the day with that dose
sync-delete-dose-not-one = { $count ->
    [0] { $status ->
        [planned] no planned infusion of { $day } has a dose of { $dose } mg; nothing was changed. The day's planned infusions:
       *[done] no done infusion of { $day } has a dose of { $dose } mg; nothing was changed. The day's done infusions:
    }
   *[other] { $status ->
        [planned] { $count } planned infusions of { $day } have a dose of { $dose } mg; nothing was changed. Choose one by its number:
       *[done] { $count } done infusions of { $day } have a dose of { $dose } mg; nothing was changed. Choose one by its number:
    }
}
# The one infusion chosen by number or dose was deleted.
# $status (String) - done or planned; $day (String) - its day; $infusion (String) - the
# infusion on one line; $left (Number) - the day's infusions of that status still recorded
sync-delete-chosen-infusion = { $left ->
    [0] Deleted this infusion: { $infusion }. Your other computers delete it too when they next sync.
    [one] { $status ->
        [planned] Deleted this infusion: { $infusion }. { $day } keeps its other planned infusion. Your other computers delete this one too when they next sync.
       *[done] Deleted this infusion: { $infusion }. { $day } keeps its other done infusion. Your other computers delete this one too when they next sync.
    }
   *[other] { $status ->
        [planned] Deleted this infusion: { $infusion }. { $day } keeps its other { $left } planned infusions. Your other computers delete this one too when they next sync.
       *[done] Deleted this infusion: { $infusion }. { $day } keeps its other { $left } done infusions. Your other computers delete this one too when they next sync.
    }
}

sync-settings-heading = Sync folder
sync-settings-intro = To keep this journal on two computers, choose a folder that your sync service (Dropbox, Google Drive, OneDrive, iCloud Drive, Syncthing) or a USB stick carries between them, and the same folder on the other computer. Each computer keeps its own copy there and merges the others' copies; the journal itself stays on this computer.
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
# Why a backup was taken, as Settings lists backups.
sync-backup-reason-before-merge = before a merge
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

# The window's title.
app-window-title = { -brand-name }
# The window's title while the demo journal is shown.
app-window-title-demo = { -brand-name } (demo data)
# The name at the top of the side bar.
app-side-bar-title = { -brand-name }
# The views, as the side bar names them.
app-view-today = Today
app-view-history = History
app-view-infusions = Infusions
app-view-charts = Charts
app-view-report = Report
app-view-settings = Settings
# A view's button, for screen readers, while it holds changes not yet saved.
# $view (String) - the view's name, e.g. "Settings"
app-view-unsaved = { $view } (unsaved changes)
# Under the views in the side bar, beside the dot that marks a view with unsaved changes.
app-side-bar-unsaved = • unsaved changes, kept while you look elsewhere
# `--view` was given a name that is not a view; the names are typed as they are, in English.
# $view (String) - the name as typed
app-unknown-view = unknown view "{ $view }"; choose today, history, infusions, charts, report or settings
# $error (String) - why, as the system says it
app-error-window = could not open the app window: { $error }
# $error (String) - why, already worded
app-error-screenshot = the screenshot was not saved: { $error }
app-screenshot-not-taken = the window closed before a frame was drawn
app-screenshot-interrupted = the screenshot was interrupted
app-screenshot-too-large = the image is too large for a PNG
# $path (String) - the PNG file; $error (String) - why, as the system says it
app-screenshot-not-written = could not write { $path }: { $error }

# The question before closing the window with unsaved changes.
app-close-heading = Unsaved changes
app-close-intro = These changes are not saved yet:
# One unsaved change in the close question's list.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-unsaved-entry = the entry for { $day }
app-unsaved-infusion-form = the infusion form
app-unsaved-settings = settings
app-close-keep-editing = Keep editing
app-close-discard = Close without saving
app-close-save = Save and close
# Above the list of changes "Save and close" could not save; the window stays open.
app-close-not-saved = Not saved, so the window stays open:
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-close-entry-not-saved = The entry for { $day }: { $error }
# $error (String) - why, already worded
app-close-infusion-not-saved = The infusion form: { $error }
app-close-paste-not-added = The pasted infusion dates: some are not dates or are after today. Look at them under Infusions.
# $error (String) - why, already worded
app-close-paste-not-saved = The pasted infusion dates: { $error }
# $error (String) - why, already worded
app-close-settings-not-saved = Settings: { $error }

# The banners over the view.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-banner = READ-ONLY: { $reason }. You can look at everything, but nothing can be saved. To keep logging, copy the journal somewhere you can write to, or choose another journal.
# The read-only banner in a small window.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-banner-short = READ-ONLY: { $reason }. Nothing can be saved.
app-demo-banner = DEMO DATA: a made-up journal for exploring. Your own journal is not touched.
# The demo banner in a small window.
app-demo-banner-short = DEMO DATA, made up. Your journal is not touched.
app-demo-leave = Start my own journal
app-notice-dismiss = Dismiss

# The question before writing a file to a typed path.
app-write-folder-heading = Make the folder?
# $folder (String) - the folder's path
app-write-folder-missing = The folder { $folder } does not exist yet.
app-write-replace-heading = Replace the file?
# $name (String) - the file's name; $folder (String) - the folder's path
app-write-replace-exists = { $name } already exists in { $folder }. Replacing it cannot be undone.
app-write-replace = Replace
app-write-make-folder = Make the folder and save
app-write-cancel = Cancel
# $folder (String) - the folder's path; $error (String) - why, as the system says it
app-write-folder-not-made = The folder { $folder } could not be made: { $error }. Nothing was saved.
app-write-nothing-saved = Nothing was saved.
app-write-no-file-chosen = No file was chosen. If no dialog appeared, type a path in the field next to the button.

# Notices: what became of an action.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-refused = Nothing was saved: { $reason }. Copy the journal somewhere you can write to, or choose another journal.
# On hover over an action a journal open for reading only shows as unavailable (Delete, Edit).
app-read-only-unavailable = Not available: this journal is open for reading only, so nothing in it can be changed.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $pain (String) - the pain score, 0 to 10
app-entry-saved = Saved { $day }: pain { $pain }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $pain (String) - the pain score, 0 to 10
app-entry-updated = Updated { $day }: pain { $pain }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-entry-not-saved = { $day } was not saved: { $error }. Your changes are still in the form.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-deleted = Deleted the entry for { $day }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-nothing-to-delete = There was no entry for { $day } to delete.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-entry-not-deleted = The entry for { $day } was not deleted: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-restored = Restored the entry for { $day }.
# $error (String) - why, already worded
app-entry-not-restored = The entry could not be restored: { $error }
# $status (String) - "done" or "planned"; $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-added = { $status ->
    [done] Added the done infusion on { $day }.
   *[planned] Added the planned infusion on { $day }.
}
# $error (String) - why, already worded
app-infusion-not-added = The infusion was not added: { $error }
# $count (Number) - done infusions added from pasted dates
app-infusions-added = { $count ->
    [one] Added 1 done infusion.
   *[other] Added { $count } done infusions.
}
# $error (String) - why, already worded
app-infusions-not-added = The infusions were not added: { $error }. The dates are still in the box.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-saved = Saved the infusion on { $day }.
app-infusion-gone = That infusion no longer exists; add it again.
# $error (String) - why, already worded
app-infusion-not-saved = The infusion was not saved: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-deleted = Deleted the infusion on { $day }.
app-infusion-already-deleted = That infusion was already deleted.
# $error (String) - why, already worded
app-infusion-not-deleted = The infusion was not deleted: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-restored = Restored the infusion on { $day }.
# $error (String) - why, already worded
app-infusion-not-restored = The infusion could not be restored: { $error }
app-settings-saved = Settings saved.
# $error (String) - why, already worded
app-settings-not-saved = Settings were not saved: { $error }
# What the setup ("Your treatment so far") stored, when no infusion was planned.
# $count (Number) - past infusions added; $baseline (String) - "remembered" or "none"; $pain (String) - the remembered pain, e.g. "8" (only with "remembered")
app-setup-saved = Saved { $count ->
    [0] no new past infusions
    [one] 1 past infusion
   *[other] { $count } past infusions
} and { $baseline ->
    [none] no remembered pain before ketamine
   *[remembered] your remembered pain before ketamine ({ $pain })
}.
# What the setup stored, with the next planned infusion.
# $count (Number) - past infusions added; $day (String) - the planned infusion's day inside a sentence, e.g. "Sat 5 Dec 2026"; $baseline (String) - "remembered" or "none"; $pain (String) - the remembered pain, e.g. "8" (only with "remembered")
app-setup-saved-planned = Saved { $count ->
    [0] no new past infusions
    [one] 1 past infusion
   *[other] { $count } past infusions
}, the one planned on { $day } and { $baseline ->
    [none] no remembered pain before ketamine
   *[remembered] your remembered pain before ketamine ({ $pain })
}.
# $error (String) - why, already worded
app-setup-not-saved = Your treatment so far was not saved: { $error }. Your answers are still in the form.
# $path (String) - the backup file
app-backup-taken = Backed up the journal to { $path }.
app-backup-no-file = This journal is not saved to a file, so it has no backups.
# $error (String) - why, already worded
app-backup-not-taken = The backup could not be taken: { $error }
# $error (String) - why, already worded
app-backup-daily-failed = Today's automatic backup could not be taken ({ $error }). Your journal itself is fine.
# $error (String) - why, already worded
app-patient-name-not-kept = The report was saved, but the name was not kept for next time: { $error }
# $error (String) - why, as the system says it
app-folder-not-opened = The folder could not be opened: { $error }
app-import-cancelled = Import cancelled; nothing changed.
# $error (String) - why, already worded
app-journal-unreadable = The journal could not be read: { $error }
# $error (String) - why, already worded
app-reminder-unreadable = The reminder could not be read: { $error }.
app-reminder-needs-file = A reminder needs a journal file on this computer.
app-reminder-removed = Reminder off; nothing of it is left on this computer.
# $error (String) - why, already worded
app-reminder-not-removed = The reminder could not be turned off: { $error }.
# $time (String) - the reminder's time, 24-hour "20:00"
app-reminder-installed = Reminder on: at { $time } on days with no entry, even when the app is closed.
# The reminder also comes the day before a planned infusion.
# $time (String) - the reminder's time, 24-hour "20:00"
app-reminder-installed-eve = Reminder on: at { $time } on days with no entry and the day before a planned infusion, even when the app is closed.
# $error (String) - why, already worded
app-reminder-not-installed = The reminder was not turned on: { $error }.

# Passphrase changes, said in the notice bar.
app-passphrase-not-current = That is not this journal's current passphrase; nothing was changed.
app-passphrase-now-set = Your journal and its backups are now encrypted with the passphrase. Nobody can recover a lost passphrase: keep it somewhere safe.
app-passphrase-now-removed = The passphrase was removed: your journal and its backups are plain files again.
# Shown, with a spinner, while the journal and its backups are converted (a few seconds).
app-passphrase-working-protect = Encrypting your journal and its backups…
app-passphrase-working-change = Changing the passphrase of your journal and its backups…
app-passphrase-working-remove = Removing the passphrase from your journal and its backups…
app-passphrase-working-wait = This takes a few seconds.
# $error (String) - why, already worded
app-passphrase-not-changed = The passphrase was not changed: { $error }
app-passphrase-work-stopped = The passphrase change stopped before it finished, so the journal may still open with the earlier passphrase (or with none). Settings → Passphrase shows whether it is protected now; when it next asks for a passphrase, try the earlier one first.

# The screen shown when the journal cannot be opened.
app-failure-heading = Your journal could not be opened
# $path (String) - the journal file; $error (String) - why, already worded
app-failure-cannot-open = { $path } could not be opened ({ $error }). Check that the folder exists and that you may write to it.
# $when (String) - when the backup was taken, e.g. "28 Nov 2026, 14:05"
app-failure-backup = A backup from { $when } is available. Restoring it moves the file that could not be opened aside, unchanged, and opens the backup.
app-failure-restore = Restore the latest backup
app-failure-retry = Try again
# $error (String) - why, already worded
app-demo-not-prepared = The demo journal could not be prepared: { $error }
# $error (String) - why, already worded
app-backup-not-restored = The backup could not be restored: { $error }
# $error (String) - why, already worded
app-locked-not-renamed = The locked journal could not be renamed: { $error }
# Said in the notice bar once a backup, or a journal kept aside, was restored.
# $file (String) - the file restored (its name); $protected (String) - "yes" when the journal took that file's passphrase (a plain journal replaced by a protected file), "no" otherwise
app-restored = Restored the journal from { $file }. { $protected ->
    [yes] It is protected again by that file's passphrase, as the file was: type it to open the journal from now on.
   *[no] The journal as it was just before is kept as a backup (Settings, Backups).
}
# The question asked before restoring a file that the journal's passphrase does not open.
app-restore-passphrase-heading = This file has another passphrase
# $file (String) - the file to restore (its name)
app-restore-passphrase-intro = { $file } is protected by a passphrase that is not this journal's: a journal kept aside after “Forgot it?”, or a backup from before a passphrase change. Type that file's passphrase to restore it.
app-restore-passphrase-field = Passphrase of the file
app-restore-passphrase-wrong = That passphrase does not open this file either. Nothing was changed; try again (passphrases are case-sensitive).
app-restore-passphrase-restore = Restore it
app-restore-passphrase-cancel = Cancel

# The first-run welcome.
welcome-title = Welcome to { -brand-name }
welcome-daily = Each day, rate your pain from 0 to 10: a few seconds. Sleep, mobility, mood and rescue medication are optional.
welcome-infusions = Record your ketamine infusions, the ones you had and the ones that are booked.
welcome-relief = The journal then shows how long relief lasts after each infusion, so you can bring the evidence to your care team.
welcome-question = Have your ketamine infusions already started?
welcome-not-yet = Not yet: start my journal
welcome-yes = Yes: set up my journal
welcome-yes-hint = A few questions: the infusions you have had and your pain before ketamine
welcome-demo = Explore with demo data
# $path (String) - where the journal file will be
welcome-privacy = Your journal stays on this computer, in { $path }. Demo data goes to a separate file. Once it is started, Settings can protect it with a passphrase.

# "Your treatment so far": the setup for someone whose infusions have already started.
setup-title = Your treatment so far
setup-intro = A few questions so relief can be measured from the start. Answer what you know; you can change any of it later in Settings and Infusions.
setup-past-question = Which infusions have you had?
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
setup-past-help = At least the most recent one. Type several dates at once, for example "{ $first }, { $second } and { $last }" for a loading series.
# $date (String) - an example date before today, with the year ("19 Jan 2026"); $iso (String) - the same date as year-month-day ("2026-01-19")
setup-past-hint = e.g. { $date } or { $iso }
setup-planned-question = When is your next infusion? (if booked)
setup-planned-hint = leave blank if not booked
setup-remembered-question = Before ketamine, what was your pain on a typical day?
# The row of pain buttons; screen readers add the score ("Pain before ketamine 8").
setup-remembered-score = Pain before ketamine
setup-remembered-low = no pain
setup-remembered-high = worst imaginable
setup-dont-remember = I don't remember
setup-save = Save
setup-skip = Skip for now
# Above each page of the first run's setup.
# $step (Number) - this page's number; $steps (Number) - how many pages the setup has
setup-step = Step { $step } of { $steps }
# The first run's last step: a passphrase, offered, never required.
setup-passphrase-heading = Protect your journal with a passphrase?
setup-passphrase-skip = Not now
# $error (String) - why the dates could not be read, already worded
setup-past-unreadable = Infusions already had: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-past-in-future = Infusions already had: { $day } is after today; put it under "next planned infusion".
# $error (String) - why the date could not be read, already worded
setup-planned-unreadable = Next planned infusion: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-planned-in-past = Next planned infusion: { $day } has passed; add it to the infusions already had.
# The heading of the list of what Save would store.
setup-plan-heading = Saving stores
# $count (Number) - past infusions to add; $dates (String) - their days inside a sentence, separated by commas
setup-plan-past = { $count ->
    [one] 1 past infusion: { $dates }.
   *[other] { $count } past infusions: { $dates }.
}
# $dates (String) - days inside a sentence, separated by commas
setup-plan-already = Already in your journal, left as they are: { $dates }.
# $day (String) - a day with its weekday, e.g. "Sat 5 Dec 2026"
setup-plan-planned = Next planned infusion: { $day }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-plan-planned-already = An infusion on { $day } is already in your journal.
# $pain (String) - the remembered pain, e.g. "8"
setup-plan-remembered = Remembered pain before ketamine: { $pain } of 10.
setup-plan-no-pain = No remembered pain before ketamine: with no pain before it, relief has nothing to be measured against.
setup-plan-not-remembered = No remembered pain before ketamine.

# The lock screen of a journal protected by a passphrase.
lock-title = This journal is locked
lock-intro = It is protected by a passphrase. Type it to open the journal.
lock-passphrase = Passphrase
lock-unlock = Unlock
lock-wrong = That passphrase does not open this journal. Nothing was changed; try again (passphrases are case-sensitive).
lock-forgot = Forgot it?
lock-forgot-nobody = Nobody can recover a lost passphrase: not { -brand-name }, not its makers, not anyone. Without it the journal and its backups cannot be read.
lock-forgot-keeps = You can start a new, empty journal. The protected file is kept, renamed, in the same folder, and its backups stay in the backups folder, never removed.
lock-forgot-remembered = If you remember the passphrase later: in the new journal, open Settings, Backups, “Journals kept aside”, choose “Restore this journal” and type the old passphrase. It comes back whole, with every day it held (the new journal is backed up first).
lock-start-over = Start a new journal, keeping the old file


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
# The day's status in a journal open for reading only.
# $logged (String) - "yes" when the day has an entry, else "no"
today-status-read-only = { $logged ->
    [yes] As saved. This journal is open for reading only: nothing here can be changed.
   *[no] Nothing logged for this day. This journal is open for reading only: nothing can be added.
}
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
# The narrow table's second column: every field of the day, each named, and the note.
history-column-logged = Logged that day
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
# Above the infusion form and the paste box, shown but not offered, in a journal open for reading only.
infusions-read-only = Adding or changing infusions is not available: this journal is open for reading only.
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
# A day's infusion among several on that day, in the names of its Edit and Delete buttons for
# screen readers ("Delete infusion of 2026-12-02, 2 of 2").
# $date (String) - the day, as an ISO date; $number (Number) - its place in the list; $count (Number) - the day's infusions
infusions-one-of-a-day = { $date }, { $number } of { $count }
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
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
infusions-paste-intro = Dates of done infusions, as a letter lists them, e.g. "{ $first }, { $second } and { $last }" or one a line.
infusions-paste-label = Dates to paste
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
infusions-paste-hint = { $first }, { $second } and { $last }
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
# The fold under the insights: each of them again with the evidence behind it.
charts-insights-evidence = Details: the evidence behind each line
charts-about-title = About this analysis


## Report view
## The Report view (src/ui/report.rs).

report-view-title = Report
report-view-intro = A one-page summary for your appointment, the charts as images, and your journal as a file.
report-view-plain-files = Files saved here are plain files: a passphrase on the journal does not protect them.
report-view-pdf-heading = Appointment report (PDF)
report-view-period-label = Period:
report-view-period-last-three-months = Last 3 months
report-view-period-since-infusion = Since the last infusion
report-view-period-custom = Custom
# Before the custom period's first day.
report-view-from = From
# Between the custom period's two days.
report-view-to = to
# The date fields of the custom period, for screen readers.
report-view-from-field = From
report-view-to-field = To
report-view-period-backwards = The period starts after it ends; choose an earlier first day.
# The days the report covers.
# $start (String) - the first day inside a sentence, e.g. "Sat 29 Aug 2026"; $end (String) - the last day inside a sentence; $days (Number) - days covered
report-view-period-range = { $start } to { $end } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
# The days the report covers "since the last infusion" when there is none yet.
# $start (String) - the first day inside a sentence, e.g. "Sat 29 Aug 2026"; $end (String) - the last day inside a sentence; $days (Number) - days covered
report-view-period-range-no-infusion = { $start } to { $end } ({ $days ->
    [one] 1 day
   *[other] { $days } days
}): no infusion recorded yet, so the last 3 months
report-view-language-label = Language of the report:
report-view-paper-label = Paper:
report-view-paper-a4 = A4
report-view-paper-letter = Letter
report-view-include-daily = Include the daily entries table after the summary
report-view-patient-name = Patient name
report-view-patient-name-hint = optional
# Beside the patient name field.
report-view-patient-name-note = Printed in the header, kept for next time.
report-view-pdf-dialog = Save PDF…
report-view-pdf-field = PDF file path
report-view-pdf-hint = e.g. ~/Documents/relief-report.pdf
report-view-pdf-save = Save PDF to this path
report-view-chart-heading = Chart image
report-view-chart-label = Chart:
report-view-chart-timeline = Timeline
report-view-chart-typical = Typical cycle
report-view-chart-survival = How long relief held
report-view-chart-cycles = Each cycle
report-view-chart-durations = Relief durations
report-view-chart-note = The timeline covers the report period; PNG, or SVG when the path ends in .svg.
report-view-chart-dialog = Save chart as PNG…
report-view-chart-field = Chart image path
report-view-chart-hint = e.g. ~/Documents/relief-timeline.png
report-view-chart-save = Save chart to this path
report-view-export-heading = Export
report-view-export-json = Whole journal (JSON)
report-view-export-entries = Entries (CSV)
report-view-export-infusions = Infusions (CSV)
report-view-export-dialog = Export…
report-view-export-field = Export file path
report-view-export-hint = e.g. ~/Documents/relief-journal.json
report-view-export-save = Export to this path
report-view-import-heading = Import
report-view-import-intro = A journal (.json), entries or infusions (.csv), or any table of days: a .csv or .tsv from a spreadsheet, an .xlsx or .ods workbook, another tracker's export. You match its columns to your journal and see what would change before anything is imported.
# In a journal open for reading only, before the import's controls (shown but not offered).
report-view-import-read-only = Importing is not available: this journal is open for reading only. To import, copy the journal somewhere you can write to and open the copy.
report-view-import-dialog = Choose a file to import…
report-view-import-field = Import file path
report-view-import-hint = e.g. ~/Documents/pain-scores.xlsx
report-view-import-preview = Preview import
# The hover text of every button that opens a file dialog.
report-view-dialog-hint = Opens the system's file dialog
# Between a file dialog's button and the field to type a path instead.
report-view-or-type = or type a path:


## Import
## Import and file work in the app: the import preview and choices, file dialogs and errors (src/ui/import/, src/ui/files.rs).

# A file read for import, in the Report view.
# $path (String) - the file
import-title = Import { $path }?
import-sheet-label = Sheet
import-change-matching = Change the matching above, or fix the file and preview it again.
import-confirm-button = Confirm import
import-cancel-button = Cancel import

# The preview of what importing would do.
# $entries (Number) - entries in the file; $infusions (Number) - infusions in the file; $skipped (Number) - empty rows skipped
import-file-holds = The file holds { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} and { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
}.{ $skipped ->
    [0] {""}
    [one] { " " }1 empty row is skipped.
   *[other] { " " }{ $skipped } empty rows are skipped.
}
import-as-stored = As they would be stored:
# $count (Number) - entries and infusions in the file not shown
import-more-rows = … and { $count } more
import-nothing-replaced = No day in your journal would be replaced.
# $count (Number) - days replaced; $days (String) - the first of them, as dates, separated by commas; $more (Number) - days not listed
import-days-replaced = { $count ->
    [one] 1 day already in your journal would be replaced: { $days }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }.
   *[other] { $count } days already in your journal would be replaced: { $days }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }.
}
# $count (Number) - days whose infusions are replaced; $days (String) - the first of them, as dates, separated by commas; $more (Number) - days not listed
import-infusion-days-replaced = { $count ->
    [one] Infusions on 1 day would be replaced: { $days }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }.
   *[other] Infusions on { $count } days would be replaced: { $days }{ $more ->
        [0] {""}
       *[other] , and { $more } more
    }.
}
import-settings-taken = Settings would be taken from the file.
# $items (String) - what was left out (exchange-ignored-* texts), separated by commas
import-not-imported = Not imported: { $items }.
# $rule (String) - how values were changed (an exchange-rule-* text)
import-rule = Rule: { $rule }.
import-nothing-changed-yet = Nothing has changed yet. A backup of your journal is made before importing.

# What is missing among the choices before a preview can be made.
# $field (String) - the field in words (domain-field-*)
import-no-column-for = No column is matched to { $field } yet; choose one in the Field menus.
import-choose-name-and-value = Choose the column that names each reading and the column that holds its value.
import-choose-pain-readings = Choose which readings are pain.
# $header (String) - the column's header; $error (String) - why the scale is not one (exchange-scale-error)
import-column-scale-error = Scale of column "{ $header }": { $error }.
# $error (String) - why the scale is not one (exchange-scale-error)
import-pain-scale-error = Scale of pain: { $error }.

# A table of days: its columns matched to the journal's fields.
# $rows (Number) - data rows in the table
import-table-intro = Columns found ({ $rows ->
    [one] 1 row
   *[other] { $rows } rows
}). Match each to a field of your journal; a date and pain are needed.
import-table-column-heading = Column
import-table-first-value-heading = First value
import-table-field-heading = Field
import-table-scale-heading = Scale
# $number (String) - the column's place, from 1
import-table-unnamed-column = (column { $number })
# The accessible name of a column's menu of fields.
# $header (String) - the column's header
import-table-field-for = Field for column "{ $header }"
# The accessible name of a column's scale.
# $header (String) - the column's header
import-table-scale-of = Scale of column "{ $header }"
import-table-scale-tooltip = The range the values were recorded on, e.g. 0-4 or 1-5; mapped onto 0 to 10
# $low (String) - the lowest number in the column; $high (String) - the highest
import-table-values = values { $low } to { $high }
# $low (String) - the lowest number in the column; $high (String) - the highest
import-table-values-need-scale = values { $low } to { $high }: give the scale they were recorded on
import-table-not-imported = not imported

# A table of one reading per row.
import-long-checkbox = One reading per row: a column names what was read, another holds its value
import-long-name-column = Name column
import-long-value-column = Value column
import-long-choose-column = choose a column
import-long-pain-from = Pain from readings named
import-long-choose-name = choose a name
import-long-scale-tooltip = The range pain was recorded on, e.g. 0-4; mapped onto 0 to 10
import-long-scale-name = Scale of pain readings
# $names (String) - the names found, separated by commas
import-long-names-found = Names found: { $names }. The date, time and note come from the Field menus above; other names are listed as not imported.

# Another tracker's export, recognised by its header.
# $tracker (String) - the tracker's name
import-tracker-recognised = Recognised from its header: this looks like a { $tracker } export, read as that app writes it.
import-tracker-pain-from = Pain from
import-tracker-pain-choose = choose a name
# $name (String) - the name read as pain, as the file writes it
import-tracker-pain-taken = “{ $name }” is named like pain, so it is read as your pain. If it is not, choose another.
import-tracker-pain-unrecognised = No name in this file is recognised as pain: choose the one that holds your pain scores.
import-tracker-pain-several = Several names in this file could be your pain: choose the one that holds the pain you track for your infusions.
import-tracker-pain-chosen = Read as your pain, as you chose. Everything not read is listed below.
# $tracker (String) - the tracker's name
import-tracker-zero-not-logged = A 0 means nothing was logged that day ({ $tracker } writes 0 for such days)

# What the app's file work says when it is done.
# $start (String) - the period's first day; $end (String) - its last day; $path (String) - the file
files-report-saved = Saved the report ({ $start } to { $end }) to { $path }.
# $path (String) - the file
files-chart-saved = Saved the chart to { $path }.
# $path (String) - the file
files-exported = Exported to { $path }.
# $path (String) - the file; $entries (Number) - entries added; $entries_replaced (Number) - entries replaced
# $infusions (Number) - infusions added; $infusions_replaced (Number) - infusions replaced
files-imported = Imported { $path }: { $entries ->
    [one] 1 entry
   *[other] { $entries } entries
} added, { $entries_replaced } replaced; { $infusions ->
    [one] 1 infusion
   *[other] { $infusions } infusions
} added, { $infusions_replaced } replaced.
# $path (String) - the backup
files-imported-backed-up = The journal before was backed up to { $path }.

# Why the app's file work did not happen. $error (String) is what went wrong, a whole clause.
# $error (String) - why the report could not be made
files-error-make-report = The report was not made: { $error }.
# $error (String) - why the file could not be written
files-error-save-report = The report was not saved: { $error }. Choose a folder you may write to.
# $error (String) - why the chart could not be drawn or written
files-error-save-chart = The chart was not saved: { $error }.
# $error (String) - why the file could not be written
files-error-export = The export was not saved: { $error }.
# $error (String) - why the file cannot be imported (an exchange-error-* or exchange-problem-* text)
files-error-read = { $error }. Nothing was imported.
# $error (String) - why the backup or the import failed
files-error-import = Nothing was imported: { $error }. Your journal is unchanged.

# The system's file dialogs.
files-unprotected-export = Save a copy: the saved file is not protected by the journal's passphrase
files-filter-pdf = PDF
files-filter-png = PNG image
files-filter-svg = SVG image
files-filter-import = Journal, table or workbook


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
settings-heading = Settings
# In place of settings-autosave, in a journal open for reading only.
settings-read-only = This journal is open for reading only: its settings are shown as saved and cannot be changed. Open folder still works, to copy the journal.
settings-autosave = Every change is saved as you make it; a typed value when you press Enter or leave the field.
# $error (String) - why the settings cannot be saved, already worded
settings-not-saved = Not saved: { $error }.
settings-journal-day-heading = Journal day and baseline
settings-rollover-field = A new journal day starts at
# After the hour of the day rollover, e.g. "4:00".
settings-rollover-suffix = :00
settings-rollover-hint = (default 4:00: an entry made at 1 a.m. belongs to the day before)
settings-baseline-switch = Before ketamine, my pain on a typical day was (remembered baseline)
settings-baseline-field = Remembered baseline pain
# $bias (String) - points taken off the remembered pain, e.g. "1.0"; $cross (String) - the most points above the logged pain, e.g. "1.5"
settings-baseline-explained = Your remembered baseline: used when the weeks before your first infusion were not logged. Relief is then measured against this pain level less { $bias } points, as pain before treatment is usually remembered as worse than it was. Once past cycles show relief clearly worn off, it is kept no lower than the pain you logged then, and no more than { $cross } points above it where relief had ended on those days; it is shown beside that pain when the two differ.
settings-setup-button = Your treatment so far…
settings-setup-hint = Infusions you had before starting the journal, and your pain before ketamine
settings-thresholds-heading = Analysis thresholds
settings-threshold-meaningful = Meaningful relief (%)
settings-threshold-substantial = Substantial relief (%)
settings-threshold-persistence = Days below a threshold before relief counts as lost
settings-threshold-baseline-days = Days before an infusion forming a pre-infusion baseline
settings-threshold-min-logged = Logged days a week needs to count
settings-threshold-series-gap = Most days between infusions of one series
settings-threshold-early-warning = Days before the next infusion that count as ending early
# After a threshold's value in percent, as in "30 %".
settings-threshold-percent-suffix = {" "}%
# $value (String) - the default threshold, a number without the percent sign, e.g. "30"
settings-threshold-default-percent = default { $value } %
# $value (String) - the default number of days, e.g. "3"
settings-threshold-default = default { $value }
settings-thresholds-reset = Reset thresholds to defaults
settings-file-heading = Journal file
settings-file-demo = You are exploring demo data. The demo journal is kept in its own file:
settings-file-own = Your journal is one file on this computer. Back it up with your other files.
settings-file-open-folder = Open folder
settings-file-in-memory = This journal lives only in memory and is not saved to a file.
settings-backups-heading = Backups
settings-backups-intro = A copy of your journal is kept in the backups folder next to it: once a day when the app opens, and before every import and restore. Restoring one first backs up the journal as it is now.
settings-backups-keep-field = Keep backups for
# After the number of days backups are kept.
# $count (Number) - the days, as set
settings-backups-keep-suffix = { $count ->
    [one] {" "}day
   *[other] {" "}days
}
settings-backups-keep-hint = (default 14; the newest backup is always kept)
settings-backups-now = Back up now
settings-backups-none = No backups yet.
settings-backups-restore = Restore
# $when (String) - when the backup was taken, e.g. "28 Nov 2026, 14:05"
settings-backups-restore-hint = Restore the backup of { $when }
# A backup's size.
# $size (String) - kilobytes, e.g. "24"
settings-backups-size = { $size } KB
# $count (Number) - backups not listed
settings-backups-older = { $count ->
    [one] 1 older backup is in the backups folder.
   *[other] { $count } older backups are in the backups folder.
}
# Beside a backup kept with a journal set aside after "Forgot it?": never removed, restorable with that journal's passphrase.
settings-backups-kept = kept
# The hover text of that mark.
settings-backups-kept-hint = Kept with a journal set aside after “Forgot it?”: never removed; restoring it asks for that journal's passphrase.
# The journals kept aside beside this one.
settings-kept-heading = Journals kept aside
settings-kept-intro = Kept untouched beside your journal: a journal whose passphrase was forgotten (“Forgot it?” on the lock screen), or one that could not be opened when a backup was restored. Restoring one backs up the journal as it is now, then brings the kept one back whole; a protected one asks for its own passphrase.
settings-kept-restore = Restore this journal
# $when (String) - when it was set aside, e.g. "28 Nov 2026, 14:05"
settings-kept-restore-hint = Restore the journal set aside on { $when }
# $when (String) - when it was set aside, e.g. "28 Nov 2026, 14:05"
settings-kept-when = set aside on { $when }
# $protected (String) - "yes" when the kept journal is protected by a passphrase, "no" otherwise
settings-kept-protection = { $protected ->
    [yes] protected by a passphrase
   *[no] not protected
}
settings-passphrase-heading = Passphrase
settings-passphrase-protected = This journal and its backups are encrypted with a passphrase. The app opens on a lock screen; Ctrl+L (Cmd+L on a Mac) locks it at once.
settings-passphrase-auto-lock = Lock after this many idle minutes
settings-passphrase-auto-lock-hint = (0: never; default 10)
settings-passphrase-current = Current passphrase
settings-passphrase-new = New passphrase
settings-passphrase-again = New passphrase again
settings-passphrase-change = Change the passphrase
settings-passphrase-remove = Remove the passphrase
settings-passphrase-remove-note = Removing it writes the journal and its backups back as plain files anyone with access to this computer account can read.
settings-passphrase-offer = Protect this journal with a passphrase: the journal and its backups are encrypted, and the app opens on a lock screen and locks itself when left idle.
settings-passphrase-warning = Nobody can recover a lost passphrase. Exports (PDF, CSV, JSON, chart images) are never protected, and copies made elsewhere (other backup programs, synced folders) are not reached.
settings-passphrase-protect = Protect this journal
settings-passphrase-type-new = Type the new passphrase in both fields.
settings-passphrase-differ = The two new passphrases differ; type the same one twice.
settings-passphrase-type-current = Type the current passphrase first.
settings-reminder-heading = Reminder
# Why no daily reminder can be set up here (no systemd user session), in plain words, then what
# the patient can do; what the system said is folded away below.
settings-reminder-unavailable-no-session = This computer cannot show a daily reminder right now: reminders come from the system's own scheduler (systemd), which is not running for your account here. This happens in some remote sessions, containers and minimal desktops.
settings-reminder-unavailable-what-to-do = You can still log every day: an alarm on your phone or a reminder in your calendar works just as well. Where you sign in to a full desktop, the reminder can be turned on in Settings.
# The folded section holding what the system said, for whoever helps with this computer.
settings-reminder-unavailable-details = Details for whoever helps with this computer
# $detail (String) - what the system said, in its own words
settings-reminder-unavailable-detail = What the system said: { $detail }
# The reminder's switch; the time field follows it, then its .after text: "Remind me to log at [20:00] if I have not logged that day,".
settings-reminder-switch = Remind me to log at
    .after = if I have not logged that day,
settings-reminder-time-field = Reminder time (HH:MM)
settings-reminder-eve-switch = and the day before a planned infusion
# $time (String) - the reminder's time, 24-hour "20:00"
settings-reminder-on = Your system shows a notification at { $time } on days with no entry, even when the app is closed.
# $time (String) - the reminder's time, 24-hour "20:00"
settings-reminder-on-eve = Your system shows a notification at { $time } on days with no entry and the day before a planned infusion, even when the app is closed.
# $note (String) - what the system said about the reminder, already worded
settings-reminder-note = Note: { $note }.
settings-reminder-off = Off. When on, your system shows a notification at that time on days with no entry, even when the app is closed; nothing of the app keeps running.
# $error (String) - why the time was refused, already worded
settings-reminder-not-changed = Not changed: { $error }.
settings-reminder-offer-heading = A daily reminder?
settings-reminder-offer-text = The analysis needs daily entries. Your system can show a notification on days you have not logged, even when the app is closed. You can change this any time in Settings.
# Before and after the time field of the first run's offer: "Remind me at [20:00] if I have not logged that day".
settings-reminder-offer-at = Remind me at
    .after = if I have not logged that day
settings-reminder-offer-on = Turn the reminder on
settings-reminder-offer-no = No reminder
# Goes on from the first run's reminder step where the system cannot show a reminder.
settings-reminder-offer-continue = Continue


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
# A number field's answer to a value out of its range or not a number; the field keeps the value it had.
# $field (String) - the field's label; $value (String) - the text typed; $kind (String) - "whole" for a field of whole numbers, "number" otherwise; $low (String) - the smallest value allowed; $high (String) - the largest value allowed; $now (String) - the value the field kept
widget-number-refused = { $field }: "{ $value }" is not allowed; expected { $kind ->
        [whole] a whole number
       *[number] a number
    } from { $low } to { $high }. Kept { $now }.
# The hint inside an empty date field.
# $date (String) - an example date before today, day and month ("12 Jan")
widget-date-hint = e.g. { $date }
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
