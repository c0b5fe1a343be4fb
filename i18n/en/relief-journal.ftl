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
exchange-rule-daylio = pain from the scale "{ $pain }" out of its maximum (6/10 points is 6), sleep hours from a sleep scale in hours and minutes, mood from Daylio's default moods (rad 5 to awful 1 on 1-5), activities as tags
exchange-rule-paintracker-csv = pain and sleep quality on 0 to 10 as PainTracker records them; its mood impact (0 no impact to 10 severe) is not a mood score and is left out
exchange-rule-paintracker-json = pain and sleep quality on 0 to 10 as PainTracker records them (a sleep quality of 0 is its unrated default and is left out); mood impact, medications, treatments and work impact are left out
exchange-rule-pain-zero-not-logged = a pain of 0 is read as not logged, as chosen
# $column (String) - the column
exchange-rule-flaredown-pain = pain from the condition or symptom column "{ $column }"
# $column (String) - the column
exchange-rule-nomie-pain = pain from the tracker column "{ $column }"
# strength, start_date and medication_amount are Headi's column names; keep them as they are.
exchange-rule-headi = pain from strength (0 to 10), dated by start_date (epoch milliseconds, in this computer's time zone); the kind of pain and the medication as tags; medication_amount as rescue doses, added up over the day
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

# A scale typed for a column that is not one. MIN-MAX is typed as it is.
# $text (String) - the text as typed
exchange-scale-error = "{ $text }" is not a scale; expected MIN-MAX such as 0-4 or 1-5


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
# $count (Number) - entries in the file not shown
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
import-tracker-pain-default = the one named like pain
# $names (String) - the names found, separated by commas
import-tracker-names-found = Names found: { $names }. Everything else is listed below as not imported.
import-tracker-zero-not-logged = A 0 means nothing was logged that day (Nomie writes 0 for such days)

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


## Widgets
## Shared controls: scores, dates, numbers, commands, the app's data and theme (src/ui/widgets/, src/ui/commands.rs, src/ui/data.rs, src/ui/theme.rs, src/ui/plot_series.rs, src/ui/window.rs).
