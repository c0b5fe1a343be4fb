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
# A date with its weekday inside a sentence, after "of" ("Day 3 after your infusion of Tue 10 Nov 2026"), where a language may want the weekday in full.
# $weekday (String) - the weekday, "mon" to "sun"; $day (Number) - day of the month; $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-text = { $weekday ->
        [mon] Mon
        [tue] Tue
        [wed] Wed
        [thu] Thu
        [fri] Fri
        [sat] Sat
       *[sun] Sun
    } { $day } { $month } { $year }
# A date with a two-digit year, as a chart's axis labels its bars.
# $day (Number) - day of the month; $month (String) - abbreviated month name; $year (String) - the year's last two digits
format-date-short-year = { $day } { $month } { $year }


## Domain
## What a value may be: fields, allowed ranges, typed dates (src/domain/).


## Store
## Opening, saving, backups and the passphrase of a journal (src/store/).


## Exchange
## Files in and out: JSON, CSV, tables and other trackers' exports (src/exchange/).


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

# $upper (String) - the upper end of the baseline's 95% interval, e.g. "7.5"
analysis-baseline-upper = Relief counts as lost only when it would be lost even if untreated pain were as high as { $upper }, the upper end of that mean's 95% interval.

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
# $window (Number) - days of the smoothing window; $thresholds (String) - the clause saying what counts as meaningful and substantial; $min_logged (Number) - logged days a window needs; $persistence (Number) - days relief must stay below a threshold to count as lost; $series_gap (Number) - the most days between infusions of one series; $matches (Number) - cycles that must show it; $recent (Number) - recent completed cycles looked at; $early (Number) - days before the next infusion
analysis-method = Relief is how far the { $window }-day smoothed pain is below the untreated baseline, in percent; { $thresholds }. A { $window }-day window needs at least { $min_logged ->
        [one] 1 logged day
       *[other] { $min_logged } logged days
    }; missing days are never filled in. Relief is lost when it stays below a threshold for { $persistence ->
        [one] 1 day
       *[other] { $persistence } days
    }; "lasted to the next infusion" means it still held when the next infusion came: relief outlasted the interval. Infusions up to { $series_gap ->
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
