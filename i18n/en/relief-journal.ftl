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
