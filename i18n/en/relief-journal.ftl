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
