# Relief Journal: las palabras de la aplicación en español (neutro, de usted).
#
# Mismos ids, atributos y variables que i18n/en/relief-journal.ftl; glosario en
# docs/GLOSSARY-es.md.


## Shared
## Terms, the language's own name, and how dates and numbers are written (src/wording/format.rs).

-brand-name = Relief Journal

# The language's own name, as the language menu in Settings lists it.
language-name = Español

# $value (String) - a number already written with the region's decimal mark, e.g. "32.5"
format-percent = { $value }%
# $day (Number) - day of the month; $month (String) - abbreviated month name; $year (Number)
format-date = { $day } { $month } { $year }
# $weekday (String) - abbreviated weekday name; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday = { $weekday }, { $day } { $month } { $year }
# $day (Number); $month (String) - full month name; $year (Number)
format-date-long = { $day } de { $month } de { $year }
# $weekday (String) - full weekday name; $day (Number); $month (String) - full month name; $year (Number)
format-date-long-weekday = { $weekday }, { $day } de { $month } de { $year }
# $day (Number); $month (String) - abbreviated month name
format-day-month = { $day } { $month }
# $month (String) - full month name; $year (Number)
format-month-year = { $month } de { $year }
# $month (String) - abbreviated month name; $year (Number)
format-short-month-year = { $month } { $year }
# $head (String) - every item but the last, joined by commas; $last (String) - the last item
format-list = { $head } y { $last }
# A date with its weekday inside a sentence, after "of" ("Day 3 after your infusion of Tue 10 Nov 2026"), where a language may want the weekday in full.
# $weekday (String) - the weekday, "mon" to "sun"; $day (Number) - day of the month; $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-text = { $weekday ->
        [mon] lunes
        [tue] martes
        [wed] miércoles
        [thu] jueves
        [fri] viernes
        [sat] sábado
       *[sun] domingo
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
analysis-disclaimer = Datos registrados por el paciente; no son consejo médico.

# Two complete sentences, one after the other.
# $first (String) - a complete sentence; $second (String) - the complete sentence that follows it
analysis-sentence-pair = { $first } { $second }

# A legend, column or axis label for days at or above a relief threshold.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-at-or-above = Alivio ≥{ $threshold }

# The heading of a loss column of the cycle table.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-until = Alivio ≥{ $threshold } hasta

# The short heading of a loss column in the command line's cycle table.
# $threshold (String) - the threshold as a percentage, e.g. "30%"
analysis-threshold-below = menos del { $threshold }

# The label of a threshold's reference line on a chart.
# $threshold (String) - the threshold as a percentage, e.g. "30%"; $kind (String) - "meaningful" or "substantial"
analysis-threshold-line = { $threshold } { $kind ->
        [meaningful] significativo
       *[substantial] sustancial
    }

# One threshold and where its value comes from.
# $threshold (String) - the threshold as a percentage, e.g. "30%"; $kind (String) - "meaningful" or "substantial"; $source (String) - "immpact" for the published default, "own" for the patient's setting
analysis-threshold-counts-as = un alivio del { $threshold } cuenta como { $kind ->
        [meaningful] significativo
       *[substantial] sustancial
    } ({ $source ->
        [immpact] IMMPACT
       *[own] su configuración
    })

# Both thresholds in one clause, both values from the same source; follows a semicolon or a colon.
# $meaningful (String) - the meaningful threshold, e.g. "30%"; $substantial (String) - the substantial threshold, e.g. "50%"; $source (String) - "immpact" for the published defaults, "own" for the patient's settings
analysis-thresholds-clause = un alivio del { $meaningful } cuenta como significativo y uno del { $substantial }, como sustancial ({ $source ->
        [immpact] IMMPACT
       *[own] su configuración
    })

# Both thresholds in one clause, one the published default and the other the patient's own.
# $meaningful (String) - the meaningful threshold, e.g. "30%"; $substantial (String) - the substantial threshold, e.g. "50%"; $meaningful_source (String) and $substantial_source (String) - "immpact" for the published default, "own" for the patient's setting
analysis-thresholds-clause-mixed = un alivio del { $meaningful } cuenta como significativo ({ $meaningful_source ->
        [immpact] IMMPACT
       *[own] su configuración
    }) y uno del { $substantial }, como sustancial ({ $substantial_source ->
        [immpact] IMMPACT
       *[own] su configuración
    })

# What the early → late cells of the cycle tables compare, and what "Days 7+" counts.
analysis-early-late-legend = Al principio → al final: las dos primeras semanas después de la infusión → las dos últimas antes de la siguiente (las dos mitades, si el ciclo es más corto). Días 7+: días registrados con dolor de 7 o más.

# A cycle table cell: the day after the infusion relief reached or fell below a threshold.
# $day (Number) - days after the infusion
analysis-cell-day = día { $day }
analysis-cell-lasted = duró hasta la siguiente infusión
analysis-cell-still-holding = continúa
analysis-cell-not-reached = no se alcanzó
analysis-cell-not-measurable = no se puede medir
analysis-cell-no-entries-lately = sin registros recientes

# $date (String) - the last day relief was known to hold, a formatted date
analysis-cell-held-until = se mantuvo al menos hasta el { $date }

# The next infusion, or the days to it, of the cycle that is still open.
analysis-cell-open = abierto

# $phase (String) - "loading" or "maintenance"
analysis-cell-phase = { $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    }

# A cycle that began with a series of several infusions.
# $phase (String) - "loading" or "maintenance"; $count (Number) - infusions in the series
analysis-cell-phase-series = { $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    } ×{ $count }

# The half-life of relief.
# $days (String) - days with one decimal, e.g. "11.8"
analysis-cell-half-life = { $days } días

# $since (String) - the day of the last entry, a formatted date
analysis-stale = Sin registros desde el { $since }.

# $since (String) - the day of the last entry, a formatted date; $threshold (String) - the meaningful threshold, e.g. "30%"; $held (String) - the last day relief was known to hold, a formatted date
analysis-stale-held = Sin registros desde el { $since }; el alivio del { $threshold } o más se mantuvo al menos hasta el { $held }.

# $count (Number) - completed cycles with relief measured that the estimate rests on; $day (Number) - the day after the infusion relief usually faded; $date (String) - that day in the open cycle, a formatted date
analysis-fade-expected = { $count ->
        [one] En el último ciclo completo con alivio medido, el alivio se perdió alrededor del día { $day }; en este ciclo, eso sería hacia el { $date }.
       *[other] En los últimos { $count } ciclos completos con alivio medido, el alivio solía perderse alrededor del día { $day }; en este ciclo, eso sería hacia el { $date }.
    }
analysis-fade-unknown = Los ciclos anteriores todavía no muestran cuándo suele perderse el alivio.

# The same when the open cycle has had no entry for over a week.
# $since (String) - the day of the last entry, a formatted date; $count (Number) - completed cycles with relief measured that the estimate rests on; $day (Number) - the day after the infusion relief usually faded; $date (String) - that day in the open cycle, a formatted date
analysis-fade-expected-stale = { $count ->
        [one] Sin registros desde el { $since }, así que esta estimación se basa solo en ciclos anteriores: en el último ciclo completo con alivio medido, el alivio se perdió alrededor del día { $day }; en este ciclo, eso sería hacia el { $date }.
       *[other] Sin registros desde el { $since }, así que esta estimación se basa solo en ciclos anteriores: en los últimos { $count } ciclos completos con alivio medido, el alivio solía perderse alrededor del día { $day }; en este ciclo, eso sería hacia el { $date }.
    }

# $since (String) - the day of the last entry, a formatted date
analysis-fade-unknown-stale = Sin registros desde el { $since }, así que esta estimación se basa solo en ciclos anteriores: los ciclos anteriores todavía no muestran cuándo suele perderse el alivio.

# $fade (String) - the sentence on when relief is expected to fade; $date (String) - the next planned infusion, a formatted date
analysis-forecast-planned = { $fade } Próxima infusión programada: { $date }.

# $fade (String) - the sentence on when relief is expected to fade
analysis-forecast-unplanned = { $fade } No hay ninguna próxima infusión programada en el diario.

# The line of `analyze` on the open cycle.
# $index (Number) - the open cycle's number; $forecast (String) - the forecast, two sentences
analysis-open-cycle = Ciclo en curso { $index }: { $forecast }

# The same when the open cycle has had no entry for over a week.
# $index (Number) - the open cycle's number; $stale (String) - the sentence saying since when nothing was logged; $forecast (String) - the forecast, two sentences
analysis-open-cycle-stale = Ciclo en curso { $index }: { $stale } { $forecast }
analysis-no-open-cycle = No hay ningún ciclo en curso.
analysis-position-no-infusions = Aún no hay infusiones registradas. Agréguelas en Infusiones para ver cuánto dura el alivio.

# $date (String) - the latest infusion, a date with its weekday as written inside a sentence
analysis-position-after-day = La última infusión registrada es del { $date }.

# Where the day sits in the latest cycle.
# $days (Number) - days since the latest done infusion; $date (String) - that infusion, a date with its weekday as written inside a sentence; $phase (String) - "loading" or "maintenance"; $infusions (Number) - infusions of the loading series; $number (Number) - which maintenance infusion it is; $cycle (Number) - the cycle's number
analysis-position-in-cycle = Día { $days } después de su infusión del { $date } ({ $phase ->
        [loading] serie de carga de { $infusions ->
            [one] 1 infusión
           *[other] { $infusions } infusiones
        }
       *[maintenance] infusión de mantenimiento { $number }
    }, ciclo { $cycle }).
analysis-next-none = No hay ninguna infusión programada.

# $date (String) - the planned infusion, a date with its weekday; $when (String) - "today", "tomorrow", "future" or "past"; $days (Number) - days from the day shown to the infusion, or since it when it is past
analysis-next-planned = Próxima infusión programada: { $date }, { $when ->
        [today] hoy
        [tomorrow] mañana
        [future] dentro de { $days } días
       *[past] { $days ->
            [one] hace 1 día
           *[other] hace { $days } días
        }
    }.

# Cycles named in parentheses.
# $count (Number) - how many cycles; $cycles (String) - their numbers as a list, e.g. "2, 3 and 5"
analysis-cycle-list = { $count ->
        [one] ciclo { $cycles }
       *[other] ciclos { $cycles }
    }

# $pain (String) - the baseline pain, e.g. "7.1"; $days (Number) - untreated days logged; $window (Number) - days before the first infusion looked at
analysis-baseline-pretreatment = Dolor basal { $pain }: el promedio de { $days ->
        [one] 1 día registrado sin tratamiento
       *[other] { $days } días registrados sin tratamiento
    } en los { $window } días antes de la primera infusión.

# $pain (String) - the baseline pain, e.g. "7.1"; $days (Number) - untreated days logged; $window (Number) - days before the first infusion looked at; $spread (String) - the day-to-day standard deviation, e.g. "0.8"
analysis-baseline-pretreatment-spread = Dolor basal { $pain }: el promedio de { $days ->
        [one] 1 día registrado sin tratamiento
       *[other] { $days } días registrados sin tratamiento
    } en los { $window } días antes de la primera infusión; variación de un día a otro: DE { $spread }.

# $upper (String) - the upper end of the baseline's 95% interval, e.g. "7.5"
analysis-baseline-upper = El alivio se considera perdido solo cuando se perdería aunque el dolor sin tratamiento llegara a { $upper }, el extremo superior del intervalo de confianza del 95% de ese promedio.

# $pain (String) - the baseline pain, e.g. "7.5"; $remembered (String) - the remembered baseline, e.g. "8"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"
analysis-baseline-remembered = Dolor basal { $pain }: a partir de su dolor basal recordado de { $remembered }, el dolor que usted recuerda en un día normal antes de la ketamina{ $adjusted ->
        [yes] , menos { $less } puntos, porque el dolor de antes del tratamiento suele recordarse peor de lo que fue una vez que el tratamiento ha ayudado
       *[no] {""}
    }.

# A remembered baseline raised to the pain logged once relief had worn off.
# $pain (String) - the baseline pain, e.g. "6.0"; $days (Number) - days logged once relief had clearly worn off; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"; $remembered (String) - the remembered baseline, e.g. "6"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"; $corrected (String) - the remembered baseline so lowered, e.g. "5.5"
analysis-baseline-raised = Dolor basal { $pain }: el promedio del dolor que registró en { $days ->
        [one] 1 día
       *[other] { $days } días
    } una vez pasado claramente el alivio ({ $cycles }), ya que el dolor sin tratamiento era al menos así de alto. A partir de su dolor basal recordado de { $remembered }, el dolor que usted recuerda en un día normal antes de la ketamina{ $adjusted ->
        [yes] , menos { $less } puntos, porque el dolor de antes del tratamiento suele recordarse peor de lo que fue una vez que el tratamiento ha ayudado
       *[no] {""}
    }, sería { $corrected }.

# A remembered baseline lowered to a little above the pain logged once relief had worn off.
# $pain (String) - the baseline pain, e.g. "7.5"; $points (String) - the most the baseline may lie above that pain, e.g. "1.5"; $logged (String) - the mean pain logged once relief had clearly worn off, e.g. "6.0"; $days (Number) - days logged then; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"; $remembered (String) - the remembered baseline, e.g. "9"; $adjusted (String) - "yes" when the remembered baseline is lowered for recall, "no" otherwise; $less (String) - the points it is lowered by, e.g. "0.5"; $corrected (String) - the remembered baseline so lowered, e.g. "8.5"; $threshold (String) - the meaningful threshold, e.g. "30%"
analysis-baseline-lowered = Dolor basal { $pain }: { $points } puntos por encima del dolor promedio de { $logged } que registró en { $days ->
        [one] 1 día
       *[other] { $days } días
    } una vez pasado claramente el alivio ({ $cycles }). A partir de su dolor basal recordado de { $remembered }, el dolor que usted recuerda en un día normal antes de la ketamina{ $adjusted ->
        [yes] , menos { $less } puntos, porque el dolor de antes del tratamiento suele recordarse peor de lo que fue una vez que el tratamiento ha ayudado
       *[no] {""}
    }, sería { $corrected }; pero en esos días el alivio quedó por debajo del { $threshold } incluso frente a ese valor, así que ya había terminado, y se toma el dolor sin tratamiento como, a lo sumo, { $points } puntos por encima del dolor de esos días.

# $count (Number) - untreated days logged before the first infusion; $needed (Number) - the days needed to measure the baseline
analysis-baseline-too-few-untreated = { $count ->
        [one] Solo se registró 1 día sin tratamiento antes de la primera infusión; se necesitan { $needed } para medirlo.
       *[other] Solo se registraron { $count } días sin tratamiento antes de la primera infusión; se necesitan { $needed } para medirlo.
    }

# $pain (String) - the estimated baseline pain, e.g. "6.2"; $days (Number) - days logged once relief had clearly worn off; $cycles (String) - the cycles those days are in, e.g. "cycles 2 and 3"
analysis-baseline-worn-off = Dolor basal { $pain }: una estimación, el promedio del dolor que registró en { $days ->
        [one] 1 día
       *[other] { $days } días
    } una vez pasado claramente el alivio ({ $cycles }), porque no se dispone ni de los días antes de la primera infusión ni de un dolor basal recordado. El dolor sin tratamiento pudo ser más alto, así que no se señala ningún patrón con esta estimación; un dolor basal recordado en Configuración la reemplaza.

# $days (Number) - the days before its infusion each cycle is compared with
analysis-baseline-pre-infusion = Dolor basal: todavía no se puede medir el alivio frente al dolor sin tratamiento, porque no se dispone de los días antes de la primera infusión, ni de un dolor basal recordado, ni de ciclos en los que el alivio haya pasado claramente. En su lugar, cada ciclo se compara con { $days ->
        [one] el día anterior a su infusión
       *[other] los { $days } días anteriores a su infusión
    }, así que el alivio parece menor cuando una infusión llegó mientras el alivio seguía, y no se señala ningún patrón. Un dolor basal recordado en Configuración (su dolor en un día normal antes de la ketamina) lo evita.
analysis-baseline-none = Dolor basal: todavía ninguno (no hay infusiones registradas ni un dolor basal recordado).

# A remembered baseline far from the pain logged once relief had worn off: both numbers.
# $remembered (String) - the remembered baseline, e.g. "8"; $logged (String) - the mean pain logged once relief had worn off, e.g. "6.2"; $days (Number) - days logged then; $count (Number) - how many cycles those days are in; $cycles (String) - the cycles' numbers as a list, e.g. "2 and 3"; $baseline (String) - the baseline in use, e.g. "7.5"; $against (String) - "worn-off" when the baseline is that logged pain, "above-worn-off" when it lies $points above it, "remembered" when it comes from the remembered baseline; $points (String) - e.g. "1.5"
analysis-cross-check = Usted recordó un dolor de { $remembered }; cuando el alivio ya había pasado, registró un promedio de { $logged } ({ $days ->
        [one] 1 día
       *[other] { $days } días
    } { $count ->
        [one] del ciclo { $cycles }
       *[other] de los ciclos { $cycles }
    }). El alivio se mide frente a { $baseline }, { $against ->
        [worn-off] el dolor registrado una vez pasado el alivio
        [above-worn-off] { $points } puntos por encima del dolor registrado una vez pasado el alivio
       *[remembered] a partir del { $remembered } recordado
    }; puede cambiar el dolor basal recordado en Configuración.

# How the analysis works: the report's method note and "About this analysis" in Charts.
# $window (Number) - days of the smoothing window; $thresholds (String) - the clause saying what counts as meaningful and substantial; $min_logged (Number) - logged days a window needs; $persistence (Number) - days relief must stay below a threshold to count as lost; $series_gap (Number) - the most days between infusions of one series; $matches (Number) - cycles that must show it; $recent (Number) - recent completed cycles looked at; $early (Number) - days before the next infusion
analysis-method = El alivio es cuánto queda el dolor, promediado en { $window } días, por debajo del dolor basal sin tratamiento, en porcentaje; { $thresholds }. Un periodo de { $window } días necesita al menos { $min_logged ->
        [one] 1 día registrado
       *[other] { $min_logged } días registrados
    }; los días que faltan nunca se rellenan. El alivio se pierde cuando se mantiene por debajo de un umbral durante { $persistence ->
        [one] 1 día
       *[other] { $persistence } días
    }; “duró hasta la siguiente infusión” significa que aún se mantenía cuando llegó la siguiente infusión: el alivio duró más que el intervalo. Las infusiones separadas por { $series_gap ->
        [one] 1 día
       *[other] { $series_gap } días
    } o menos forman una serie; un ciclo va desde la última infusión de una serie hasta la serie siguiente. Se señala “El alivio termina antes” cuando, en { $matches } de los últimos { $recent } ciclos completos, el alivio se perdió al menos { $early ->
        [one] 1 día
       *[other] { $early } días
    } antes de la siguiente infusión.
analysis-no-patterns-withheld = No se señala ningún patrón mientras el alivio no se mida frente al dolor sin tratamiento (vea el dolor basal).

# $needed (Number) - completed cycles with relief measured that most patterns need; $count (Number) - such cycles so far
analysis-no-patterns-yet = Todavía no se señala ningún patrón: la mayoría necesita al menos { $needed } ciclos completos con alivio medido, y { $count ->
        [0] aún no hay ninguno
        [one] hasta ahora hay 1
       *[other] hasta ahora hay { $count }
    }.
analysis-no-patterns = No se señala ningún patrón: no se ha visto que el alivio termine antes, se acorte, falte o dure más que el intervalo, ni que las dosis de rescate aumenten al final.

# Under the report's infusion log, for phases marked "*".
# $days (Number) - the most days between infusions of one series
analysis-inferred-phase-note = * Fase no registrada en la infusión; deducida de las fechas: las infusiones separadas por { $days ->
        [one] 1 día
       *[other] { $days } días
    } o menos forman una serie; la primera serie es de carga y las siguientes de mantenimiento, salvo que una infusión de la serie indique otra cosa.

# Beside the relief survival chart.
# $day (Number) - the shortest of the recent intervals between infusions, in days; $ended (Number) - cycles in which relief had faded before that day; $known (Number) - cycles whose relief is known that far; $infusions (Number) - the recent infusions whose intervals are compared; $low (Number) and $high (Number) - the shortest and longest of those intervals, in days; $span (String) - "single" when they are the same, "range" otherwise
analysis-survival-sentence = El alivio se había perdido antes del día { $day } en { $ended } de { $known ->
        [one] 1 ciclo
       *[other] { $known } ciclos
    }; { $infusions ->
        [2] entre sus dos últimas infusiones pasaron
       *[other] entre sus últimas { $infusions } infusiones pasaron
    } { $span ->
        [single] { $low } días
       *[range] de { $low } a { $high } días
    }.

# The closing sentence of every flag.
analysis-flag-discuss = Quizá valga la pena comentar este patrón con su equipo médico.

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $threshold (String) - the threshold, e.g. "30%"; $loss_low (Number) and $loss_high (Number) - the earliest and latest day relief was lost; $loss_span (String) - "single" when they are the same day, "range" otherwise; $length_low (Number) and $length_high (Number) - the fewest and most days between infusions; $length_span (String) - "single" when they are the same, "range" otherwise
analysis-flag-relief-ends-early = { $scope ->
        [all] En sus últimos { $recent } ciclos completos
       *[some] En { $matching } de sus últimos { $recent } ciclos completos
    }, el alivio quedó por debajo del { $threshold } alrededor { $loss_span ->
        [single] del día { $loss_low }
       *[range] de los días { $loss_low } a { $loss_high }
    }; entre sus infusiones pasaron { $length_span ->
        [single] { $length_low } días
       *[range] de { $length_low } a { $length_high } días
    }. { analysis-flag-discuss }

# $count (Number) - recent completed cycles; $threshold (String) - the threshold, e.g. "30%"; $durations (String) - relief days of each cycle, "+" when relief lasted to the next infusion, e.g. "40+, 36, 33, 28"; $latest (Number) - relief days of the latest cycle; $below (Number) - days it lies below the median of the earlier cycles; $below_text (String) - the same number as written, e.g. "8" or "2.5"
analysis-flag-relief-shortening = En sus últimos { $count } ciclos completos, el alivio del { $threshold } o más ha ido durando menos días ({ $durations } días; + significa que duró hasta la siguiente infusión). El más reciente, de { $latest ->
        [one] 1 día
       *[other] { $latest } días
    }, está { $below ->
        [one] { $below_text } día
       *[other] { $below_text } días
    } por debajo de la mediana de los ciclos anteriores. { analysis-flag-discuss }

# $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $threshold (String) - the threshold, e.g. "30%"; $reached (String) - "some" when pain went below the baseline, "none" otherwise; $peak (String) - the most relief, e.g. "18%"; $day (Number) - the day of the most relief
analysis-flag-no-meaningful-relief = En su ciclo completo más reciente (ciclo { $index }, desde el { $date }), el alivio no alcanzó el { $threshold }; { $reached ->
        [some] lo más que llegó fue un { $peak } el día { $day }
       *[none] el dolor se mantuvo igual o por encima del dolor basal
    }. { analysis-flag-discuss }

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $threshold (String) - the threshold, e.g. "30%"; $length_low (Number) and $length_high (Number) - the fewest and most days between infusions; $length_span (String) - "single" when they are the same, "range" otherwise
analysis-flag-relief-outlasts = { $scope ->
        [all] En sus últimos { $recent } ciclos completos
       *[some] En { $matching } de sus últimos { $recent } ciclos completos
    }, el alivio seguía en el { $threshold } o más cuando llegó la siguiente infusión, con { $length_span ->
        [single] { $length_low } días
       *[range] { $length_low } a { $length_high } días
    } entre infusiones. { analysis-flag-discuss }

# $scope (String) - "all" when every recent cycle shows it, "some" otherwise; $matching (Number) - cycles that show it; $recent (Number) - recent completed cycles looked at; $early (String) - mean rescue doses a week in the first two weeks, e.g. "0.8"; $late (String) - the same in the last two weeks, e.g. "3.5"
analysis-flag-rescue-rising-late = { $scope ->
        [all] En sus últimos { $recent } ciclos completos
       *[some] En { $matching } de sus últimos { $recent } ciclos completos
    }, tomó medicamento de rescate (para crisis de dolor) con más frecuencia en las dos semanas antes de la siguiente infusión que en las dos primeras semanas: en promedio, { $early } veces por semana al principio y { $late } al final. { analysis-flag-discuss }

# One cycle in a flag's evidence; the evidence lists cycles separated by semicolons.
# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $outcome (String) - "lost", "lasted", "not-reached" or "unmeasured"; $threshold (String) - the threshold, e.g. "30%"; $day (Number) - the day relief was lost; $next (Number) - the day of the next infusion
analysis-evidence-duration = { $position ->
        [first] Ciclo
       *[other] ciclo
    } { $index } (desde el { $date }): { $outcome ->
        [lost] alivio por debajo del { $threshold } desde el día { $day }, siguiente infusión el día { $next }
        [lasted] el alivio del { $threshold } o más duró hasta la siguiente infusión, el día { $next }
        [not-reached] el alivio no alcanzó el { $threshold }; siguiente infusión el día { $next }
       *[unmeasured] muy pocos días registrados para medir el alivio
    }

# How much relief was left when the next infusion came, a mean over the last week.
# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $date (String) - its infusion, a formatted date; $relief (String) - the relief left, e.g. "40%"; $days (Number) - days between the infusions
analysis-evidence-relief-left = { $position ->
        [first] Ciclo
       *[other] ciclo
    } { $index } (desde el { $date }): quedaba un alivio de alrededor del { $relief } cuando llegó la siguiente infusión, { $days } días después

# $cycles (String) - the evidence of each cycle, separated by semicolons; $slope (Number) - change in relief days per cycle; $slope_text (String) - the same as written, e.g. "-4"; $median (String) - the earlier cycles' median relief days, e.g. "36"; $index (Number) - the latest cycle's number; $days (Number) - its relief days
analysis-evidence-trend = { $cycles }. Tendencia (Theil-Sen): { $slope ->
        [one] { $slope_text } día
       *[other] { $slope_text } días
    } por ciclo; mediana anterior: { $median } días; ciclo { $index }: { $days ->
        [one] 1 día
       *[other] { $days } días
    }.

# $index (Number) - the cycle's number; $logged (Number) - days logged in it; $length (Number) - its days; $lowest (String) - the lowest 7-day pain, e.g. "6.6"
analysis-evidence-no-relief = Ciclo { $index }: { $logged } de { $length } días registrados; dolor promedio de 7 días más bajo: { $lowest }.

# $index (Number) - the cycle's number; $logged (Number) - days logged in it; $length (Number) - its days; $lowest (String) - the lowest 7-day pain, e.g. "6.6"; $baseline (String) - the baseline pain, e.g. "8"
analysis-evidence-no-relief-baseline = Ciclo { $index }: { $logged } de { $length } días registrados; dolor promedio de 7 días más bajo: { $lowest }, frente a un dolor basal de { $baseline }.

# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number; $early (String) - rescue doses a week in the first two weeks, e.g. "0.5"; $late (String) - the same in the last two weeks
analysis-evidence-rescue = { $position ->
        [first] Ciclo
       *[other] ciclo
    } { $index }: medicamento de rescate { $early } veces por semana en las dos primeras semanas, { $late } en las dos últimas

# $position (String) - "first" for the first cycle of the list, which starts with a capital, "other" otherwise; $index (Number) - the cycle's number
analysis-evidence-rescue-unknown = { $position ->
        [first] Ciclo
       *[other] ciclo
    } { $index }: muy pocos días registrados para comparar

# The side effects offered as quick choices, stored under these English names.
analysis-side-effect-nausea = náuseas
analysis-side-effect-dissociation = disociación
analysis-side-effect-drowsiness = somnolencia
analysis-side-effect-dizziness = mareo
analysis-side-effect-headache = dolor de cabeza
analysis-side-effect-high-blood-pressure = presión alta
analysis-side-effect-bladder = molestias de la vejiga o al orinar


## Charts
## Chart titles, axes and legends, in the app and in chart images (src/charts/, src/chart_image/).

chart-title-timeline = Dolor diario, sueño y movilidad
chart-title-typical = Alivio típico después de una infusión
chart-title-survival = Cuánto duró el alivio significativo
chart-title-cycles = Alivio por día desde la infusión, cada ciclo
chart-title-durations = Días de alivio significativo por ciclo
chart-range-three-months = 3 meses
chart-range-one-year = 1 año
chart-range-all = Todo
chart-marker-loading = Infusión de carga
chart-marker-maintenance = Infusión de mantenimiento
chart-marker-planned = Infusión programada
chart-timeline-empty = Aún no hay registros: registre algunos días para ver la línea de tiempo.
chart-axis-pain = Dolor (0 a 10)
# Short: the rotated label must fit the height of a small panel.
chart-axis-sleep = Sueño
# Short: the rotated label must fit the height of a small panel.
chart-axis-mobility = Movilidad
chart-daily-pain = Dolor diario
chart-pain-mean = Promedio de 7 días
chart-pain-mean-missing = La línea del promedio de 7 días aparece cuando haya registrado 4 días dentro de una semana.

# What a timeline panel with nothing logged says instead of empty axes.
# $measure (String) - the measure's name, e.g. "Sleep quality"
chart-panel-missing = { $measure }: aún no hay nada registrado; lo que registre en Hoy aparecerá aquí.

# The shaded stretches of the timeline.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-relief-lost = Alivio por debajo del { $threshold } antes de la siguiente infusión
chart-days-since-infusion = Días desde la infusión
chart-relief-from-baseline = Alivio respecto al dolor basal (%)

# A cycle's line in the cycle overlay.
# $index (Number) - the cycle's number; $phase (String) - "loading" or "maintenance"; $date (String) - its infusion, a formatted date
chart-cycle-label = Ciclo { $index } ({ $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    }, { $date })

# $cycle (String) - the latest cycle's label, e.g. "Cycle 4 (maintenance, 12 Mar 2026)"
chart-cycle-latest = { $cycle } (más reciente)
chart-earlier-cycles = Ciclos anteriores
chart-fitted-decay = Descenso ajustado (discontinuo); pérdida del alivio (x)

# The value axis of the relief durations chart.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-durations-axis = Días con alivio del { $threshold } o más

# The legend of the relief durations chart's bars.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-durations-legend = Duración del alivio del { $threshold } o más
chart-durations-infusion-axis = Infusión (inicio del ciclo)
# A cycle in which relief never reached the meaningful threshold.
chart-durations-none = ninguno
chart-durations-trend = Tendencia (Theil-Sen)
chart-durations-at-least = Continuaba en la siguiente infusión (al menos)
chart-durations-interval = Días hasta la siguiente infusión
chart-missing-infusions = Agregue en Infusiones las infusiones que ha recibido para ver cuánto dura el alivio después de cada una.
chart-missing-baseline = Para medir el alivio hace falta su dolor antes de la ketamina: registre algunos días antes de su próxima infusión, o responda “Su tratamiento hasta ahora” en Configuración.
chart-missing-week = Registre su dolor durante una semana después de una infusión para ver el alivio.

# $needed (Number) - completed cycles the typical cycle needs; $count (Number) - completed cycles with relief logged so far
chart-typical-missing = El ciclo típico necesita alivio registrado en los mismos días de al menos { $needed } ciclos completos; { $count ->
        [0] todavía ningún ciclo completo tiene alivio registrado
        [one] hasta ahora lo tiene 1 ciclo completo
       *[other] hasta ahora lo tienen { $count } ciclos completos
    }. Cada ciclo por separado está en “Cada ciclo”.

# The typical cycle's line.
# $count (Number) - completed cycles summarised
chart-typical-median = Mediana de { $count ->
        [one] 1 ciclo completo
       *[other] { $count } ciclos completos
    }
chart-typical-band = Mitad central de los ciclos (cuartiles)
chart-typical-latest = Ciclo más reciente

# $index (Number) - the latest cycle's number
chart-typical-latest-numbered = Ciclo más reciente ({ $index })

# The value axis of the relief survival chart.
# $threshold (String) - the meaningful threshold, e.g. "30%"
chart-survival-axis = Ciclos con alivio aún ≥{ $threshold } (%)

# $count (Number) - cycles followed
chart-survival-line = Alivio que continúa, { $count ->
        [one] 1 ciclo
       *[other] { $count } ciclos
    }

# $day (Number) - the day after the infusion by which relief had ended in half of the cycles
chart-survival-median = Mediana: día { $day }
chart-survival-no-median = En más de la mitad de los ciclos, el alivio se mantuvo después del último día observado
chart-survival-censored = Continuaba en la siguiente infusión, o hasta ahora en el ciclo en curso

# The vertical lines of the recent intervals between infusions.
# $infusions (Number) - the recent infusions whose intervals are drawn
chart-recent-intervals = { $infusions ->
        [2] Días entre sus dos últimas infusiones
       *[other] Días entre sus últimas { $infusions } infusiones
    }

# $day (Number) - days from the latest infusion to the next planned one
chart-next-planned = Próxima infusión programada: día { $day }
chart-error-font = no se pudo leer la fuente incluida para las gráficas

# $reason (String) - what the drawing library reported
chart-error-draw = no se pudo dibujar la gráfica: { $reason }

# $reason (String) - what the image encoder reported
chart-error-png = no se pudo guardar la gráfica como PNG: { $reason }

# $path (String) - the file name given
chart-error-unknown-format = { $path }: tipo de imagen desconocido; el nombre del archivo debe terminar en .png o .svg

# $path (String) - the image file; $reason (String) - what the system reported
chart-error-write = { $path }: { $reason }


## Report
## The PDF report (src/report/).

report-pdf-title = Informe de { -brand-name }
report-footer = Informe de { -brand-name } · { analysis-disclaimer }

# $page (Number) - this page; $pages (Number) - pages in the report
report-page-number = Página { $page } de { $pages }
report-title = { -brand-name }: resumen del dolor y las infusiones

# The line under the title.
# $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date; $days (Number) - days in the period; $logged (Number) - days with an entry; $percent (String) - the share logged, e.g. "87%"; $generated (String) - the day the report is made, an ISO date
report-header = Periodo del { $start } al { $end } ({ $days ->
        [one] 1 día
       *[other] { $days } días
    }) · Días registrados: { $logged } de { $days } ({ $percent }) · Generado el { $generated }

# The same with the patient's name first.
# $patient (String) - the name as typed in Settings; $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date; $days (Number) - days in the period; $logged (Number) - days with an entry; $percent (String) - the share logged, e.g. "87%"; $generated (String) - the day the report is made, an ISO date
report-header-patient = Paciente: { $patient } · Periodo del { $start } al { $end } ({ $days ->
        [one] 1 día
       *[other] { $days } días
    }) · Días registrados: { $logged } de { $days } ({ $percent }) · Generado el { $generated }
report-empty-period = No se registraron días ni infusiones en este periodo. Elija un periodo más largo, o registre primero algunos días e infusiones.
report-relief-charts-scope = El ciclo típico y cuánto duró el alivio resumen todos los ciclos hasta el final del periodo, no solo los ciclos dentro de él.
report-cycles-heading = Ciclos de infusión
report-no-cycles = Ningún ciclo de infusión cae dentro de este periodo.

# Under page 1's cycle table when not every cycle fits.
# $shown (Number) - cycles shown; $total (Number) - cycles in the period
report-cycles-shown = { $shown ->
        [one] Se muestra el ciclo más reciente de { $total }; todos aparecen en las páginas siguientes.
       *[other] Se muestran los { $shown } ciclos más recientes de { $total }; todos aparecen en las páginas siguientes.
    }
report-patterns-heading = Patrones

# $baseline (String) - the sentences on the baseline
report-baseline-line = { $baseline } Cómo se mide el alivio: en una página posterior, bajo ese título.
report-column-infusion = Infusión
report-column-phase = Fase
report-column-days-to-next = Días hasta la siguiente
report-column-peak-relief = Alivio máximo
report-column-pain = Dolor
report-column-worst-pain = Dolor máx.
report-column-high-pain-days = Días 7+
report-column-rescue-week = Rescate por semana
report-column-mobility = Movilidad
report-column-sleep = Sueño
report-method-heading = Cómo se mide el alivio

# $baseline (String) - the sentences on the baseline; $method (String) - the paragraph on how relief is measured
report-method = { $baseline } { $method } Detalles: docs/ANALYSIS.md de { -brand-name }.
report-evidence-heading = Patrones y los datos en que se basan

# $evidence (String) - the figures behind a flag
report-evidence = Datos: { $evidence }
report-all-cycles-heading = Todos los ciclos de infusión del periodo
report-infusion-log-heading = Lista de infusiones
report-column-date = Fecha
report-column-status = Estado
report-column-dose = Dosis mg
report-column-minutes = Min.
report-column-clinic = Clínica
report-column-side-effects = Efectos secundarios
report-column-note = Nota

# $status (String) - "done" or "planned"
report-infusion-status = { $status ->
        [done] realizada
       *[planned] programada
    }
report-infusion-second-record = realizada (segundo registro del día)

# A phase not recorded on the infusion but inferred from the dates; the note under the table explains "*".
# $phase (String) - "loading" or "maintenance"
report-infusion-phase-inferred = { $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    }*
report-daily-heading = Registros diarios
report-column-worst = Máx.
report-column-sleep-hours = Horas de sueño
report-column-sleep-quality = Calidad del sueño
report-column-mood = Ánimo
report-column-rescue = Rescate
report-column-wearing-off = Alivio baja
report-column-side-effects-tags = Efectos secundarios, etiquetas
report-wearing-off-yes = sí
# Under the first cell of a table row continued from the page before.
report-continued = (cont.)

# When some characters of a note or name could not be printed.
# $points (String) - the code points, e.g. "U+10FFFD, U+E000"; $more (Number) - characters not listed, 0 when all are; $replacement (String) - the mark printed instead
report-missing-characters = Algunos caracteres no se pudieron imprimir: ninguna fuente de esta computadora los tiene ({ $points }{ $more ->
        [0] {""}
       *[other] {" "}y { $more } más
    }). Cada uno aparece como { $replacement }; si instala una fuente para esa escritura (por ejemplo, una de las fuentes Noto), un informe nuevo los imprimirá.
report-side-effects-heading = Efectos secundarios entre infusiones
report-side-effects-intro = Tal como se registraron en el diario. “En la infusión”: efectos secundarios anotados con la infusión (en una serie, en cuántas de sus infusiones). Los números bajo cada efecto secundario: en cuántos de los días registrados de ese ciclo se anotó; - donde no se anotó.
report-column-cycle = Ciclo
report-column-days-logged = Días registrados
report-column-on-infusion = En la infusión
report-column-other-days = Otros (días)

# The row of the days before the first infusion.
# $from (String) - the first day, a formatted date (without the year when it is the same as the last day's); $to (String) - the last day, a formatted date
report-before-infusions = Antes de la primera infusión: del { $from } al { $to }

# The row of a cycle still open.
# $index (Number) - the cycle's number; $date (String) - its first infusion, a formatted date
report-cycle-open = Ciclo { $index }: desde el { $date }

# The row of a cycle of one day.
# $index (Number) - the cycle's number; $date (String) - its day, a formatted date
report-cycle-day = Ciclo { $index }: { $date }

# The row of a cycle.
# $index (Number) - the cycle's number; $from (String) - its first day, a formatted date (without the year when it is the same as the last day's); $to (String) - its last day, a formatted date
report-cycle-range = Ciclo { $index }: del { $from } al { $to }

# $logged (Number) - days with an entry; $days (Number) - days in the stretch
report-logged-cell = { $logged } de { $days }
report-none-noted = ninguno anotado

# A side effect noted on some infusions of a series.
# $name (String) - the side effect; $count (Number) - infusions it was noted on; $infusions (Number) - infusions of the series
report-side-effect-on-infusions = { $name } ({ $count } de { $infusions })

# A side effect in the "Other" column.
# $name (String) - the side effect; $days (Number) - days it was noted on
report-side-effect-days = { $name } { $days }

# $days (Number) - logged days of the period
report-no-side-effects-days = { $days ->
        [one] No se anotaron efectos secundarios en el único día registrado de este periodo.
       *[other] No se anotaron efectos secundarios en los { $days } días registrados de este periodo.
    }

# $infusions (Number) - infusions of the period
report-no-side-effects-infusions = { $infusions ->
        [one] No se anotaron efectos secundarios con la única infusión de este periodo.
       *[other] No se anotaron efectos secundarios con las { $infusions } infusiones de este periodo.
    }

# $days (Number) - logged days of the period; $infusions (Number) - infusions of the period
report-no-side-effects-both = No se anotaron efectos secundarios { $days ->
        [one] en el único día registrado
       *[other] en los { $days } días registrados
    } ni con { $infusions ->
        [one] la única infusión
       *[other] las { $infusions } infusiones
    } de este periodo.
report-calendar-heading = Calendario: dolor por día
report-calendar-continued = Calendario: dolor por día (continuación)
report-calendar-intro = Color y número de cada día: el dolor registrado ese día, del 0 (sin dolor) al 10 (el más fuerte imaginable). En blanco: nada registrado. Los días fuera del periodo del informe aparecen en gris.
report-calendar-nothing-logged = nada registrado
# The mark on a day with a done infusion; it must fit a seventh of the page's width in small print.
report-calendar-infusion = infusión
# The mark on a day with a planned infusion; it must fit a seventh of the page's width in small print.
report-calendar-planned = programada
report-calendar-loading = infusión (carga)
report-calendar-maintenance = infusión (mantenimiento)
report-calendar-planned-infusion = infusión programada
report-calendar-pain = Dolor

# $months (Number) - months the calendar shows; $date (String) - the first day shown, a formatted date
report-calendar-cut = El calendario muestra los últimos { $months } meses del periodo, desde el { $date }.

# $reason (String) - what the font library reported
report-error-font = no se pudo leer la fuente incluida: { $reason }

# $reason (String) - why the PDF could not be written
report-error-pdf = no se pudo crear el PDF: { $reason }

# $start (String) - the period's first day, an ISO date; $end (String) - its last day, an ISO date
report-error-period = el periodo del informe empieza ({ $start }) después de terminar ({ $end })
report-error-embed-font = no se pudo incluir la fuente en el PDF

# $family (String) - the installed font's family name
report-error-fallback-font = no se pudo incluir en el PDF la fuente instalada { $family }

# $width (String) - in points; $height (String) - in points
report-error-page-size = el tamaño de página de { $width } x { $height } puntos no es válido

# $reason (String) - what the SVG reader reported
report-error-chart-svg = no se pudo leer una gráfica: { $reason }
report-error-chart-size = una gráfica no tiene espacio en la página

# $reason (String) - what the PDF library reported
report-error-write = { $reason }
# The demo journal's made-up clinic and notes, written in the language the demo is made in.
demo-clinic = Clínica del Dolor Riverside
demo-note-walk = Caminé a la tienda y de regreso.
demo-note-bad-night = Mala noche, me desperté a las 3.
demo-note-physio = Sesión de fisioterapia, con dolor muscular después.
demo-note-cold = Frío y lluvia, las articulaciones peor.
demo-note-good-day = Buen día, preparé la cena.
demo-note-bed = Me quedé en cama casi toda la mañana.
demo-note-family = Visité a la familia, con cansancio en la noche.
demo-note-flare = Crisis de dolor en la tarde, usé una compresa caliente.
demo-note-infusion = Sensación de flotar durante una hora después.
demo-tag-weather = clima
demo-tag-overexertion = sobreesfuerzo
demo-tag-stress = estrés


## Commands
## What the command line prints (src/cli/).

# One line on stderr for a command that failed.
# $message (String) - what went wrong, already worded
cli-error-line = error: { $message }
# $tag (String) - the language tag as given to --lang or RELIEF_JOURNAL_LANG; $languages (String) - the tags the program speaks, separated by commas
cli-error-unknown-language = el programa no está disponible en el idioma "{ $tag }" (idiomas: { $languages })


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

settings-display-heading = Pantalla
settings-language-label = Idioma
settings-language-system = Idioma del sistema
settings-theme-label = Tema
settings-theme-system = Igual que el sistema
settings-theme-light = Claro
settings-theme-dark = Oscuro
settings-text-size-label = Tamaño del texto
# The accessible name of one text size choice.
# $size (String) - the size as a percentage, e.g. "125%"
settings-text-size-option = Tamaño del texto { $size }
settings-patient-name-label = Nombre del paciente para los informes
settings-patient-name-hint = opcional


## Widgets
## Shared controls: scores, dates, numbers, commands, the app's data and theme (src/ui/widgets/, src/ui/commands.rs, src/ui/data.rs, src/ui/theme.rs, src/ui/plot_series.rs, src/ui/window.rs).
