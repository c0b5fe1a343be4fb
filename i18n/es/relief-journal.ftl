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
# A day inside a sentence with its weekday and month written out, without the year: "del sábado 28 de noviembre" (no comma after the weekday).
# $weekday (String) - full weekday name; $day (Number); $month (String) - full month name
format-day-month-long-weekday = { $weekday } { $day } de { $month }
# How a weekday is written inside a sentence, after a preposition ("the entry for Sat 28 Nov 2026"): "short" for the abbreviated name, "full" for the name written out. Read by the program, never shown.
format-weekday-in-text = full
# A day inside a sentence, after a preposition: "the entry for Sat 28 Nov 2026".
# $weekday (String) - the weekday, abbreviated or written out as format-weekday-in-text says; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-text = { $weekday } { $day } { $month } { $year }
# A date and a time of day, as the list of backups shows them.
# $date (String) - a formatted date; $time (String) - the time, 24-hour "14:05"
format-date-time = { $date }, { $time }


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
cli-error-unknown-language = el programa no está disponible en el idioma "{ $tag }" (idiomas: { $languages })

# A note under a command's result.
# $note (String) - the note, already worded
cli-note = Nota: { $note }
# $path (String) - the backup file
cli-backed-up = Se hizo una copia de seguridad del diario en { $path }.
# Two dates the wrong way round, as given to --from and --to (or taken from the journal).
# $from (String) - the first day, YYYY-MM-DD; $to (String) - the last day, YYYY-MM-DD
cli-error-range-backwards = from: { $from } es posterior a to: { $to }; --from debe ser igual o anterior a --to

# log
# $date (String) - the day, a formatted date; $pain (Number) - the pain score saved; $outcome (String) - "added" for a new entry, "replaced" when it replaced the day's earlier entry
cli-log-saved = Se guardó el registro del { $date }: dolor { $pain } ({ $outcome ->
    [replaced] reemplazó al registro anterior
   *[added] registro nuevo
}).
# $date (String) - the day, a formatted date; $pain (Number) - the pain score saved; $sleep (String) - hours slept, a formatted number such as "6.5"; $outcome (String) - "added" for a new entry, "replaced" when it replaced the day's earlier entry
cli-log-saved-with-sleep = Se guardó el registro del { $date }: dolor { $pain }, { $sleep } h de sueño ({ $outcome ->
    [replaced] reemplazó al registro anterior
   *[added] registro nuevo
}).

# infusion
# $status (String) - "done" or "planned"; $date (String) - the day, a formatted date; $phase (String) - "loading", "maintenance", or "inferred" when the analysis infers it
cli-infusion-saved = Se guardó la infusión { $status ->
    [planned] programada
   *[done] realizada
} del { $date } ({ $phase ->
    [loading] fase de carga
    [maintenance] fase de mantenimiento
   *[inferred] el análisis deducirá la fase
}).

# demo
cli-demo-protected = el diario de ejemplo nunca se protege con contraseña; elija otro archivo para él con --db
cli-demo-has-data = este diario ya tiene datos; use --force para reemplazarlos con datos de ejemplo, o --db para elegir otro archivo
# $entries (Number) - entries written; $infusions (Number) - infusions written; $from (String) - the first day, a formatted date; $to (String) - the last day, a formatted date
cli-demo-written = Se escribió un diario de ejemplo: { $entries ->
    [one] 1 registro
   *[other] { $entries } registros
} y { $infusions ->
    [one] 1 infusión
   *[other] { $infusions } infusiones
} del { $from } al { $to }.

# export
cli-export-infusions-json = --infusions solo se usa con .csv; una exportación .json siempre contiene el diario completo
# $file (String) - the file name as given
cli-export-unknown-type = { $file }: tipo de archivo desconocido; el nombre del archivo debe terminar en .json o .csv
# $entries (Number) - entries exported; $infusions (Number) - infusions exported; $file (String) - the file written
cli-export-journal-done = Se exportaron { $entries ->
    [one] 1 registro
   *[other] { $entries } registros
} y { $infusions ->
    [one] 1 infusión
   *[other] { $infusions } infusiones
} a { $file }.
# $entries (Number) - entries exported; $file (String) - the file written
cli-export-entries-done = { $entries ->
    [one] Se exportó 1 registro
   *[other] Se exportaron { $entries } registros
} a { $file }.
# $infusions (Number) - infusions exported; $file (String) - the file written
cli-export-infusions-done = { $infusions ->
    [one] Se exportó 1 infusión
   *[other] Se exportaron { $infusions } infusiones
} a { $file }.

# import: refusals of the options
# $value (String) - the value as typed
cli-import-date-order-refused = --date-order: no se acepta "{ $value }"; debe ser ymd, dmy o mdy
# $value (String) - the value as typed
cli-import-zero-refused = --zero: no se acepta "{ $value }"; debe ser score o not-logged
# $field (String) - the field as typed in --scale; $message (String) - why the scale was refused, already worded
cli-import-scale-refused = --scale { $field }: { $message }
# $option (String) - which option: column, scale or reading; $value (String) - the text as typed
cli-import-option-form = { $option ->
    [scale] --scale: no se acepta "{ $value }"; debe tener la forma CAMPO=MÍN-MÁX
    [reading] --reading: no se acepta "{ $value }"; debe tener la forma CAMPO=NOMBRE
   *[column] --column: no se acepta "{ $value }"; debe tener la forma CAMPO=ENCABEZADO
}
# $option (String) - which option: column, scale or reading; $name (String) - the name as typed; $fields (String) - the field names a file may have, separated by commas
cli-import-not-a-field = { $option ->
    [scale] --scale
    [reading] --reading
   *[column] --column
}: "{ $name }" no es un campo; debe ser uno de estos: { $fields }
# $field (String) - "date" or "time"
cli-import-reading-own-column = --reading: { $field ->
    [time] la hora
   *[date] la fecha
} viene de su propia columna, no de las lecturas
cli-import-from-with-columns = --from lee las columnas propias de la exportación de la otra aplicación; quite --column y --sheet (elija las lecturas con --reading y las escalas con --scale)
cli-import-long-needs-columns = una tabla larga necesita tanto --name-column ENCABEZADO como --value-column ENCABEZADO
cli-import-long-needs-date = una tabla larga necesita su columna de fecha: --column date=ENCABEZADO
# $value (String) - the name as typed; $trackers (String) - the names --from accepts, separated by commas
cli-import-from-refused = --from: no se acepta "{ $value }"; debe ser uno de estos: { $trackers }
cli-import-reading-alone = --reading nombra lecturas de la exportación de otra aplicación (--from NOMBRE) o de una tabla larga (--name-column y --value-column); en una tabla de días, las columnas se asignan con --column

# import: what it did
# $tracker (String) - the tracker's name, e.g. Bearable; $name (String) - the tracker's name for --from, e.g. bearable
cli-import-recognised = Se leyó como una exportación de { $tracker }, reconocida por su estructura (--from { $name } indica lo mismo; --from NOMBRE elige otra aplicación).
# $file (String) - the file imported; $entries (Number) - entries imported; $entries_added (Number) - of them, new days; $entries_replaced (Number) - of them, days that replaced an entry; $infusions (Number) - infusions imported; $infusions_added (Number) - of them, new; $infusions_replaced (Number) - of them, replacing one; $settings (String) - "updated" when the file's settings were applied, else "unchanged"
cli-import-done = Se importó { $file }: { $entries ->
    [one] 1 registro
   *[other] { $entries } registros
} ({ $entries_added ->
    [one] 1 agregado
   *[other] { $entries_added } agregados
}, { $entries_replaced ->
    [one] 1 reemplazado
   *[other] { $entries_replaced } reemplazados
}), { $infusions ->
    [one] 1 infusión
   *[other] { $infusions } infusiones
} ({ $infusions_added ->
    [one] 1 agregada
   *[other] { $infusions_added } agregadas
}, { $infusions_replaced ->
    [one] 1 reemplazada
   *[other] { $infusions_replaced } reemplazadas
}){ $settings ->
    [updated] ; también se actualizó la configuración
   *[unchanged] {""}
}.
# $count (Number) - rows skipped
cli-import-skipped-empty = { $count ->
    [one] Se omitió 1 fila vacía.
   *[other] Se omitieron { $count } filas vacías.
}
# $items (String) - what the file holds that was not imported, each already worded, separated by commas
cli-import-ignored = Sin importar: { $items }.
# $rule (String) - how values were changed on the way in, already worded
cli-import-rule = Regla: { $rule }.
# $file (String) - the file; $entries (Number) - entries it holds; $infusions (Number) - infusions it holds
cli-import-dry-run = Vista previa de { $file }: se importarían { $entries ->
    [one] 1 registro
   *[other] { $entries } registros
} y { $infusions ->
    [one] 1 infusión
   *[other] { $infusions } infusiones
}; no se guarda nada.
# Under the first rows of a dry run.
# $count (Number) - rows not shown
cli-import-dry-run-more = … y { $count } más
cli-import-dry-run-none-replaced = No se reemplazaría ningún día que ya esté en el diario.
# $count (Number) - days replaced; $dates (String) - the days, YYYY-MM-DD, separated by commas
cli-import-dry-run-replaced = { $count ->
    [one] Se reemplazaría 1 día que ya está en el diario
   *[other] Se reemplazarían { $count } días que ya están en el diario
}: { $dates }.

# analyze
# $error (String) - what the system said
cli-analyze-print-failed = no se pudo mostrar el análisis: { $error }
# $date (String) - the day of the analysis, a formatted date
cli-analyze-heading = Análisis del alivio al { $date }
# $thresholds (String) - which relief counts as meaningful and substantial, already worded
cli-analyze-relief-definition = El alivio es cuánto baja el dolor respecto al dolor basal: { $thresholds }.
cli-analyze-no-cycles = Todavía no hay infusiones realizadas, así que no hay ciclos de alivio que mostrar.
# $meaningful (String) - the meaningful relief threshold, a percentage; $substantial (String) - the substantial relief threshold, a percentage
cli-analyze-below-legend = Por debajo del { $meaningful } / { $substantial }: el día en que el alivio quedó por debajo del umbral y ya no volvió a alcanzarlo.
cli-analyze-patterns = Patrones:
# $evidence (String) - the data behind a pattern, already worded
cli-analyze-evidence = Datos: { $evidence }
# The columns of the cycle table (short: the table is wide).
cli-analyze-column-number = n.º
cli-analyze-column-phase = fase
cli-analyze-column-infusion = infusión
cli-analyze-column-next = siguiente
cli-analyze-column-days = días
cli-analyze-column-logged = registrados
cli-analyze-column-peak = máximo
cli-analyze-column-onset = inicio
cli-analyze-column-half-life = vida media
cli-analyze-column-pain = dolor
cli-analyze-column-worst = máx.
cli-analyze-column-high-pain-days = días 7+
cli-analyze-column-rescue = rescate/sem
cli-analyze-column-mobility = movilidad
cli-analyze-column-sleep = sueño

# chart
# $chart (String) - which chart: timeline, typical, survival, cycles or durations; $path (String) - the image file
cli-chart-saved = Se guardó la gráfica { $chart ->
    [timeline] de dolor, sueño y movilidad por día
    [typical] del alivio típico después de una infusión
    [survival] de cuánto se mantuvo el alivio significativo
    [cycles] del alivio por día desde la infusión, en cada ciclo
   *[durations] de cuánto duró el alivio significativo
} en { $path }.

# report
# $path (String) - the file name as given
cli-report-not-pdf = { $path }: el nombre del archivo debe terminar en .pdf
# $from (String) - the first day, a formatted date; $to (String) - the last day, a formatted date; $path (String) - the PDF file
cli-report-saved = Se guardó el informe del { $from } al { $to } en { $path }.

# backup and restore
cli-backup-in-memory = un diario en memoria no tiene copias de seguridad
cli-backup-none = Todavía no hay copias de seguridad.
# The reason column of `backup --list`.
# $reason (String) - why the backup was taken: daily, before-import, before-restore, before-migration, manual or before-passphrase
cli-backup-reason = { $reason ->
    [daily] diaria
    [before-import] antes de importar
    [before-restore] antes de restaurar
    [before-migration] antes de actualizar
    [before-passphrase] antes de cambiar la contraseña
   *[manual] manual
}
# The size column of `backup --list`.
# $size (Number) - the backup's size in bytes
cli-backup-size = { $size } bytes
# $path (String) - where the journal was backed up
cli-restore-safety-copy = Se hizo una copia de seguridad del diario actual en { $path }.
# $path (String) - where the journal that could not be opened now is
cli-restore-set-aside = No se pudo abrir el diario; se movió, sin cambios, a { $path }.
# $journal (String) - the journal file; $backup (String) - the backup restored
cli-restore-done = Se restauró { $journal } a partir de { $backup }.

# passphrase
# $variable (String) - the environment variable's name
cli-passphrase-not-utf8 = { $variable } no contiene texto UTF-8 válido
# The prompt in a terminal; the typed passphrase is not shown.
# $path (String) - the journal file
cli-passphrase-prompt = Contraseña de { $path }:{" "}
# $file (String) - the passphrase file; $error (String) - what the system said
cli-passphrase-file-unreadable = { $file }: no se pudo leer el archivo de la contraseña como texto ({ $error })
# $file (String) - the passphrase file
cli-passphrase-file-empty = { $file }: la primera línea del archivo de la contraseña está vacía
# $error (String) - what the terminal said
cli-passphrase-read-failed = no se pudo leer la contraseña: { $error }
# $variable (String) - the environment variable's name
cli-passphrase-new-missing = no se indicó ninguna contraseña nueva: ejecute esto en una terminal para escribirla, o defina { $variable }; no se cambió nada
cli-passphrase-new-prompt = Contraseña nueva:{" "}
cli-passphrase-again-prompt = Escriba de nuevo la misma contraseña:{" "}
cli-passphrase-differ = las dos contraseñas escritas no coinciden; no se cambió nada
# $path (String) - the journal file; $error (String) - why it could not be read
cli-passphrase-no-journal = { $path }: no se pudo leer ningún diario ahí ({ $error })
cli-passphrase-already-set = este diario ya está protegido con una contraseña; use `passphrase change` para cambiarla
# $path (String) - the journal file; $count (Number) - backups converted too
cli-passphrase-set-done = { $path } ahora está cifrado con la contraseña, igual que sus copias de seguridad (copias convertidas: { $count }). Nadie puede recuperar una contraseña olvidada.
# $path (String) - the journal file; $count (Number) - backups converted too
cli-passphrase-removed = { $path } ya no está protegido con contraseña, ni sus copias de seguridad (copias convertidas: { $count }).
# $path (String) - a backup protected by another passphrase
cli-passphrase-left = Se dejó como estaba (la protege otra contraseña): { $path }
cli-passphrase-outside-copies = Esto no alcanza a las copias hechas fuera de { -brand-name } (otros programas de copias de seguridad, carpetas sincronizadas) ni a los restos del archivo anterior que el disco aún pueda guardar.

# remind (run by the system's scheduler; its lines reach the system's log)
# $path (String) - the journal file
cli-remind-no-journal = no hay ningún diario en { $path }, así que no hay nada que recordar; abra la aplicación para empezar uno, o desactive el recordatorio con `relief-journal reminders off`
# $date (String) - the journal day, a formatted date
cli-remind-not-logged = El { $date } todavía no tiene registro; se muestra el recordatorio.
# $date (String) - the journal day, a formatted date; $tomorrow (String) - the next day, a formatted date
cli-remind-logged-infusion-tomorrow = El { $date } ya tiene registro; hay una infusión programada para el { $tomorrow }: se muestra ese aviso.
# $date (String) - the journal day, a formatted date
cli-remind-logged = El { $date } ya tiene registro; no hace falta recordatorio.
# $date (String) - the journal day, a formatted date; $error (String) - why the journal could not be read, already worded
cli-remind-cannot-tell = no se puede saber si el { $date } tiene registro: { $error }

# reminders on | off | status
# $path (String) - the journal file
cli-reminders-no-journal = no hay ningún diario en { $path } sobre el cual recordar; empiécelo primero (abra la aplicación o registre un día) y luego active el recordatorio
# $error (String) - what the system said
cli-reminders-no-program = no se puede saber dónde está este programa: { $error }
# $time (String) - the time of day, HH:MM; $journal (String) - the journal file; $infusion_eve (String) - "yes" when it also reminds the day before a planned infusion, else "no"
cli-reminders-on = { $infusion_eve ->
    [yes] Recordatorio activado: todos los días a las { $time }, si el día no tiene registro en { $journal }, y el día antes de una infusión programada.
   *[no] Recordatorio activado: todos los días a las { $time }, si el día no tiene registro en { $journal }.
}
# The same, for a reminder whose journal could not be read back from the system's files.
# $time (String) - the time of day, HH:MM; $infusion_eve (String) - "yes" when it also reminds the day before a planned infusion, else "no"
cli-reminders-on-journal-unknown = { $infusion_eve ->
    [yes] Recordatorio activado: todos los días a las { $time }, si el día no tiene registro, y el día antes de una infusión programada.
   *[no] Recordatorio activado: todos los días a las { $time }, si el día no tiene registro.
}
# $date (String) - the day, a formatted date with its weekday; $time (String) - the time of day, HH:MM
cli-reminders-next-run = Próximo aviso: { $date } a las { $time }.
# $parts (String) - the files (or the task) that make up the reminder, as a list
cli-reminders-installed = Partes instaladas: { $parts }.
# $language (String) - the language's tag, en or es; $name (String) - the language's own name (English, Español), for a language not listed here
cli-reminders-language = Idioma de la notificación: { $language ->
    [en] inglés
    [es] español
   *[other] { $name }
} (si el diario se puede leer sin contraseña, se usa el idioma elegido en él).
# $note (String) - what the system says of the reminder, already worded
cli-reminders-note = Nota: { $note }.
cli-reminders-none-was-on = No había ningún recordatorio activado.
# $parts (String) - the files (or the task) removed, as a list
cli-reminders-off = Recordatorio desactivado; se eliminó: { $parts }.
cli-reminders-none-on = No hay ningún recordatorio activado.

## Reminders
## The reminder to log and its notification (src/reminders/).

# The notification on a day with no entry.
remind-not-logged-title = Registre su dolor de hoy en { -brand-name }
# $date (String) - the journal day, weekday and month written out, without the year ("Saturday 28 November")
remind-not-logged-body = Todavía no hay ningún registro del { $date }.
# $date (String) - the journal day, weekday and month written out, without the year ("Saturday 28 November")
remind-not-logged-body-infusion-tomorrow = Todavía no hay ningún registro del { $date }. Mañana tiene una infusión programada.
# The notification the day before a planned infusion, when the day is logged.
remind-infusion-eve-title = Mañana tiene una infusión programada
# $date (String) - the day of the infusion, weekday and month written out, without the year ("Sunday 29 November")
remind-infusion-eve-body = { -brand-name }: su infusión programada para el { $date }.
# The notification's button (where the system shows one).
remind-notification-open = Abrir { -brand-name }

# Why a reminder could not be installed, removed, read or shown.
remind-error-no-home = no se encontró la carpeta personal de este usuario
remind-error-not-read-back = el recordatorio se escribió, pero no se puede volver a leer
# $detail (String) - what systemctl said
remind-error-no-session = no hay ninguna sesión de usuario de systemd en marcha para este usuario, así que el sistema no puede ejecutar aquí un recordatorio diario; no se instaló nada ({ $detail })
# $tool (String) - the command that was run; $detail (String) - what it said
remind-error-tool = { $tool } falló: { $detail }
# $path (String) - a file of the reminder; $error (String) - what the system said
remind-error-file = { $path }: { $error }
# $path (String) - the program or the journal
remind-error-line-break = { $path } contiene un salto de línea, que una unidad de systemd no admite; muévalo a una ruta sin saltos de línea
# $length (Number) - characters the command would have; $max (Number) - the most Task Scheduler takes
remind-error-command-too-long = el comando del recordatorio tendría { $length } caracteres, y el Programador de tareas admite como máximo { $max }; guarde el diario en una carpeta con una ruta más corta
# $path (String) - the program or the journal
remind-error-double-quote = { $path } contiene comillas dobles, que una línea de comandos de Windows no puede transmitir
# $path (String) - the timer unit's file
remind-error-not-our-timer = { $path } no tiene la hora diaria que escribió { -brand-name }; desactive el recordatorio y vuelva a activarlo
# $path (String) - the agent's file
remind-error-not-our-agent = { $path } no es el agente que escribió { -brand-name }; desactive el recordatorio y vuelva a activarlo
# $detail (String) - what the property-list writer said
remind-error-plist = no se pudo escribir la lista de propiedades del recordatorio: { $detail }
# $detail (String) - what the notification service said
remind-error-notification = no se pudo mostrar la notificación: { $detail }

# Why no reminder can run on this computer (the Settings view shows it after its own words).
# $detail (String) - what systemctl said
remind-unavailable-no-session = no hay ninguna sesión de usuario de systemd en marcha ({ $detail })

# What the system says of an installed reminder.
remind-note-no-session = ahora no hay ninguna sesión de usuario de systemd en marcha, así que el temporizador no puede ejecutarse
# $state (String) - systemctl's own word for the timer's state, e.g. disabled
remind-note-timer-state = el temporizador está en estado “{ $state }”
remind-note-timer-not-enabled = el temporizador no está habilitado

# A part of the installed reminder, on Windows.
# $name (String) - the task's name in Task Scheduler
remind-part-task = la tarea “{ $name }” del Programador de tareas


## Sync
## Two computers: the sync folder and merging journals (src/sync/).


## App
## The window's frame, the welcome, the setup, the lock screen, the failure screen, notices and banners (src/ui/app/, src/ui/session/, src/ui/welcome.rs, src/ui/setup.rs, src/ui/lock.rs, src/ui/failure.rs, src/ui/mod.rs, src/ui/screenshot.rs).

# The window's title.
app-window-title = { -brand-name }
# The window's title while the demo journal is shown.
app-window-title-demo = { -brand-name } (datos de ejemplo)
# The name at the top of the side bar.
app-side-bar-title = { -brand-name }
# The views, as the side bar names them.
app-view-today = Hoy
app-view-history = Historial
app-view-infusions = Infusiones
app-view-charts = Gráficas
app-view-report = Informe
app-view-settings = Configuración
# A view's button, for screen readers, while it holds changes not yet saved.
# $view (String) - the view's name, e.g. "Settings"
app-view-unsaved = { $view } (cambios sin guardar)
# Under the views in the side bar, beside the dot that marks a view with unsaved changes.
app-side-bar-unsaved = • cambios sin guardar; se conservan mientras mira otras vistas
# `--view` was given a name that is not a view; the names are typed as they are, in English.
# $view (String) - the name as typed
app-unknown-view = vista desconocida "{ $view }"; elija today, history, infusions, charts, report o settings
# $error (String) - why, as the system says it
app-error-window = no se pudo abrir la ventana de la aplicación: { $error }
# $error (String) - why, already worded
app-error-screenshot = no se guardó la captura de pantalla: { $error }
app-screenshot-not-taken = la ventana se cerró antes de que se dibujara la pantalla
app-screenshot-interrupted = se interrumpió la captura de pantalla
app-screenshot-too-large = la imagen es demasiado grande para un PNG
# $path (String) - the PNG file; $error (String) - why, as the system says it
app-screenshot-not-written = no se pudo escribir { $path }: { $error }

# The question before closing the window with unsaved changes.
app-close-heading = Cambios sin guardar
app-close-intro = Estos cambios aún no se han guardado:
# One unsaved change in the close question's list.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-unsaved-entry = el registro del { $day }
app-unsaved-infusion-form = el formulario de la infusión
app-unsaved-settings = la configuración
app-close-keep-editing = Seguir editando
app-close-discard = Cerrar sin guardar

# The banners over the view.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-banner = SOLO LECTURA: { $reason }. Puede ver todo, pero no se puede guardar nada. Para seguir registrando, copie el diario a un lugar donde pueda guardar cambios, o elija otro diario.
# The read-only banner in a small window.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-banner-short = SOLO LECTURA: { $reason }. No se puede guardar nada.
app-demo-banner = DATOS DE EJEMPLO: un diario inventado para explorar. Su propio diario no se modifica.
# The demo banner in a small window.
app-demo-banner-short = DATOS DE EJEMPLO, inventados. Su diario no se modifica.
app-demo-leave = Empezar mi propio diario
app-notice-dismiss = Cerrar

# The question before writing a file to a typed path.
app-write-folder-heading = ¿Crear la carpeta?
# $folder (String) - the folder's path
app-write-folder-missing = La carpeta { $folder } todavía no existe.
app-write-replace-heading = ¿Reemplazar el archivo?
# $name (String) - the file's name; $folder (String) - the folder's path
app-write-replace-exists = { $name } ya existe en { $folder }. El reemplazo no se puede deshacer.
app-write-replace = Reemplazar
app-write-make-folder = Crear la carpeta y guardar
app-write-cancel = Cancelar
# $folder (String) - the folder's path; $error (String) - why, as the system says it
app-write-folder-not-made = No se pudo crear la carpeta { $folder }: { $error }. No se guardó nada.
app-write-nothing-saved = No se guardó nada.
app-write-no-file-chosen = No se eligió ningún archivo. Si no apareció ninguna ventana para elegirlo, escriba una ruta en el campo junto al botón.

# Notices: what became of an action.
# $reason (String) - why the journal cannot be written, already worded
app-read-only-refused = No se guardó nada: { $reason }. Copie el diario a un lugar donde pueda guardar cambios, o elija otro diario.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $pain (String) - the pain score, 0 to 10
app-entry-saved = Se guardó el registro del { $day }: dolor { $pain }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $pain (String) - the pain score, 0 to 10
app-entry-updated = Se actualizó el registro del { $day }: dolor { $pain }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-entry-not-saved = No se guardó el registro del { $day }: { $error }. Sus cambios siguen en el formulario.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-deleted = Se eliminó el registro del { $day }.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-nothing-to-delete = No había ningún registro del { $day } que eliminar.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-entry-not-deleted = No se eliminó el registro del { $day }: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-entry-restored = Se restauró el registro del { $day }.
# $error (String) - why, already worded
app-entry-not-restored = No se pudo restaurar el registro: { $error }
# $status (String) - "done" or "planned"; $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-added = { $status ->
    [done] Se agregó la infusión realizada del { $day }.
   *[planned] Se agregó la infusión programada para el { $day }.
}
# $error (String) - why, already worded
app-infusion-not-added = No se agregó la infusión: { $error }
# $count (Number) - done infusions added from pasted dates
app-infusions-added = { $count ->
    [one] Se agregó 1 infusión realizada.
   *[other] Se agregaron { $count } infusiones realizadas.
}
# $error (String) - why, already worded
app-infusions-not-added = No se agregaron las infusiones: { $error }. Las fechas siguen en el cuadro.
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-saved = Se guardó la infusión del { $day }.
app-infusion-gone = Esa infusión ya no existe; vuelva a agregarla.
# $error (String) - why, already worded
app-infusion-not-saved = No se guardó la infusión: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-deleted = Se eliminó la infusión del { $day }.
app-infusion-already-deleted = Esa infusión ya se había eliminado.
# $error (String) - why, already worded
app-infusion-not-deleted = No se eliminó la infusión: { $error }
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"
app-infusion-restored = Se restauró la infusión del { $day }.
# $error (String) - why, already worded
app-infusion-not-restored = No se pudo restaurar la infusión: { $error }
app-settings-saved = Se guardó la configuración.
# $error (String) - why, already worded
app-settings-not-saved = No se guardó la configuración: { $error }
# What the setup ("Your treatment so far") stored, when no infusion was planned.
# $count (Number) - past infusions added; $baseline (String) - "remembered" or "none"; $pain (String) - the remembered pain, e.g. "8" (only with "remembered")
app-setup-saved = Guardado: { $count ->
    [0] ninguna infusión anterior nueva
    [one] 1 infusión anterior
   *[other] { $count } infusiones anteriores
} y { $baseline ->
    [none] ningún dolor recordado antes de la ketamina
   *[remembered] el dolor que usted recuerda antes de la ketamina ({ $pain })
}.
# What the setup stored, with the next planned infusion.
# $count (Number) - past infusions added; $day (String) - the planned infusion's day inside a sentence, e.g. "Sat 5 Dec 2026"; $baseline (String) - "remembered" or "none"; $pain (String) - the remembered pain, e.g. "8" (only with "remembered")
app-setup-saved-planned = Guardado: { $count ->
    [0] ninguna infusión anterior nueva
    [one] 1 infusión anterior
   *[other] { $count } infusiones anteriores
}, la infusión programada para el { $day } y { $baseline ->
    [none] ningún dolor recordado antes de la ketamina
   *[remembered] el dolor que usted recuerda antes de la ketamina ({ $pain })
}.
# $error (String) - why, already worded
app-setup-not-saved = No se guardó “Su tratamiento hasta ahora”: { $error }. Sus respuestas siguen en el formulario.
# $path (String) - the backup file
app-backup-taken = Se creó una copia de seguridad del diario en { $path }.
app-backup-no-file = Este diario no se guarda en un archivo, así que no tiene copias de seguridad.
# $error (String) - why, already worded
app-backup-not-taken = No se pudo crear la copia de seguridad: { $error }
# $error (String) - why, already worded
app-backup-daily-failed = No se pudo crear la copia de seguridad automática de hoy ({ $error }). Su diario no tiene ningún problema.
# $error (String) - why, already worded
app-patient-name-not-kept = Se guardó el informe, pero el nombre no se conservó para la próxima vez: { $error }
# $error (String) - why, as the system says it
app-folder-not-opened = No se pudo abrir la carpeta: { $error }
app-import-cancelled = Se canceló la importación; no cambió nada.
# $error (String) - why, already worded
app-journal-unreadable = No se pudo leer el diario: { $error }
# $error (String) - why, already worded
app-reminder-unreadable = No se pudo leer el recordatorio: { $error }.
app-reminder-needs-file = Un recordatorio necesita un archivo de diario en esta computadora.
app-reminder-removed = Recordatorio desactivado; no queda nada de él en esta computadora.
# $error (String) - why, already worded
app-reminder-not-removed = No se pudo desactivar el recordatorio: { $error }.
# $time (String) - the reminder's time, 24-hour "20:00"
app-reminder-installed = Recordatorio activado: a las { $time } los días sin registro, aunque la aplicación esté cerrada.
# The reminder also comes the day before a planned infusion.
# $time (String) - the reminder's time, 24-hour "20:00"
app-reminder-installed-eve = Recordatorio activado: a las { $time } los días sin registro y el día antes de una infusión programada, aunque la aplicación esté cerrada.
# $error (String) - why, already worded
app-reminder-not-installed = No se activó el recordatorio: { $error }.

# Passphrase changes, said in the notice bar.
app-passphrase-not-current = Esa no es la contraseña actual de este diario; no se cambió nada.
# $count (Number) - backups converted
app-passphrase-set = El diario ahora está cifrado con la contraseña, y también sus copias de seguridad (copias convertidas: { $count }). Nadie puede recuperar una contraseña olvidada.
# $count (Number) - backups converted
app-passphrase-removed = Se quitó la contraseña: el diario y sus copias de seguridad vuelven a ser archivos sin cifrar (copias convertidas: { $count }).
# $error (String) - why, already worded
app-passphrase-not-changed = No se cambió la contraseña: { $error }
# Said when a new journal is started: the passphrase is offered, never required.
app-first-run-passphrase-offer = Su diario está listo. Si otras personas usan esta computadora, puede protegerlo con una contraseña en Configuración (Contraseña); es opcional.

# The screen shown when the journal cannot be opened.
app-failure-heading = No se pudo abrir su diario
# $path (String) - the journal file; $error (String) - why, already worded
app-failure-cannot-open = No se pudo abrir { $path } ({ $error }). Revise que la carpeta exista y que usted pueda guardar en ella.
# $when (String) - when the backup was taken, e.g. "28 Nov 2026, 14:05"
app-failure-backup = Hay una copia de seguridad del { $when }. Al restaurarla, el archivo que no se pudo abrir se aparta sin cambios y se abre la copia.
app-failure-restore = Restaurar la copia de seguridad más reciente
app-failure-retry = Intentar de nuevo
# $error (String) - why, already worded
app-demo-not-prepared = No se pudo preparar el diario de ejemplo: { $error }
# $error (String) - why, already worded
app-backup-not-restored = No se pudo restaurar la copia de seguridad: { $error }
# $error (String) - why, already worded
app-locked-not-renamed = No se pudo cambiar el nombre del diario bloqueado: { $error }

# The first-run welcome.
welcome-title = Le damos la bienvenida a { -brand-name }
welcome-daily = Cada día, califique su dolor del 0 al 10: le toma unos segundos. El sueño, la movilidad, el estado de ánimo y los medicamentos de rescate son opcionales.
welcome-infusions = Registre sus infusiones de ketamina: las que ya recibió y las que tiene programadas.
welcome-relief = Con eso, el diario muestra cuánto dura el alivio después de cada infusión, para que pueda llevar los datos a su equipo médico.
welcome-question = ¿Ya empezaron sus infusiones de ketamina?
welcome-not-yet = Todavía no: empezar mi diario
welcome-yes = Sí: preparar mi diario
welcome-yes-hint = Unas preguntas: las infusiones que ya recibió y su dolor antes de la ketamina
welcome-demo = Explorar con datos de ejemplo
# $path (String) - where the journal file will be
welcome-privacy = Su diario se queda en esta computadora, en { $path }. Los datos de ejemplo se guardan en un archivo aparte. Una vez que empiece su diario, puede protegerlo con una contraseña en Configuración.

# "Your treatment so far": the setup for someone whose infusions have already started.
setup-title = Su tratamiento hasta ahora
setup-intro = Unas preguntas para poder medir el alivio desde el principio. Responda lo que sepa; puede cambiar cualquier respuesta más adelante en Configuración e Infusiones.
setup-past-question = ¿Qué infusiones ha recibido?
setup-past-help = Al menos la más reciente. Puede escribir varias fechas a la vez, separadas por comas, por ejemplo “2026-01-12, 2026-01-15, 2026-01-19” (año-mes-día) para una serie de carga.
setup-past-hint = p. ej., 2026-11-03 (año-mes-día)
setup-planned-question = ¿Cuándo es su próxima infusión? (si ya está programada)
setup-planned-hint = déjelo en blanco si no está programada
setup-remembered-question = Antes de la ketamina, ¿cómo era su dolor en un día normal?
# The row of pain buttons; screen readers add the score ("Pain before ketamine 8").
setup-remembered-score = Dolor antes de la ketamina
setup-remembered-low = sin dolor
setup-remembered-high = el más fuerte imaginable
setup-dont-remember = No lo recuerdo
setup-save = Guardar
setup-skip = Omitir por ahora
# $error (String) - why the dates could not be read, already worded
setup-past-unreadable = Infusiones ya recibidas: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-past-in-future = Infusiones ya recibidas: el { $day } es posterior a hoy; escríbalo en “¿Cuándo es su próxima infusión?”.
# $error (String) - why the date could not be read, already worded
setup-planned-unreadable = Próxima infusión programada: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-planned-in-past = Próxima infusión programada: el { $day } ya pasó; agréguelo a las infusiones ya recibidas.
# The heading of the list of what Save would store.
setup-plan-heading = Al guardar se registrará
# $count (Number) - past infusions to add; $dates (String) - their days inside a sentence, separated by commas
setup-plan-past = { $count ->
    [one] 1 infusión anterior: { $dates }.
   *[other] { $count } infusiones anteriores: { $dates }.
}
# $dates (String) - days inside a sentence, separated by commas
setup-plan-already = Ya están en su diario y se dejan como están: { $dates }.
# $day (String) - a day with its weekday, e.g. "Sat 5 Dec 2026"
setup-plan-planned = Próxima infusión programada: { $day }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-plan-planned-already = Ya hay una infusión del { $day } en su diario.
# $pain (String) - the remembered pain, e.g. "8"
setup-plan-remembered = Dolor recordado antes de la ketamina: { $pain } de 10.
setup-plan-no-pain = Sin dolor recordado antes de la ketamina: si no había dolor antes del tratamiento, no hay con qué medir el alivio.
setup-plan-not-remembered = Sin dolor recordado antes de la ketamina.

# The lock screen of a journal protected by a passphrase.
lock-title = Este diario está bloqueado
lock-intro = Está protegido con una contraseña. Escríbala para abrir el diario.
lock-passphrase = Contraseña
lock-unlock = Desbloquear
lock-wrong = Esa contraseña no abre este diario. No se cambió nada; inténtelo de nuevo (la contraseña distingue mayúsculas y minúsculas).
lock-forgot = ¿La olvidó?
lock-forgot-nobody = Nadie puede recuperar una contraseña olvidada: ni { -brand-name }, ni sus creadores, ni nadie más. Sin ella no se pueden leer el diario ni sus copias de seguridad.
lock-forgot-start-over = Puede empezar un diario nuevo y vacío. El archivo protegido se conserva, con otro nombre, en la misma carpeta (y sus copias de seguridad se quedan en la carpeta de copias de seguridad), por si recuerda la contraseña más adelante.
lock-start-over = Empezar un diario nuevo y conservar el archivo anterior


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

report-view-title = Informe
report-view-intro = Un resumen de una página para su cita, las gráficas como imágenes y su diario como archivo.
report-view-plain-files = Los archivos que se guardan aquí no están cifrados: la contraseña del diario no los protege.
report-view-pdf-heading = Informe para su cita (PDF)
report-view-period-label = Periodo:
report-view-period-last-three-months = Últimos 3 meses
report-view-period-since-infusion = Desde la última infusión
report-view-period-custom = Personalizado
# Before the custom period's first day.
report-view-from = Desde el
# Between the custom period's two days.
report-view-to = hasta el
# The date fields of the custom period, for screen readers.
report-view-from-field = Desde
report-view-to-field = Hasta
report-view-period-backwards = El periodo empieza después de terminar; elija un primer día anterior.
# The days the report covers.
# $start (String) - the first day inside a sentence, e.g. "Sat 29 Aug 2026"; $end (String) - the last day inside a sentence; $days (Number) - days covered
report-view-period-range = Del { $start } al { $end } ({ $days ->
    [one] 1 día
   *[other] { $days } días
})
# The days the report covers "since the last infusion" when there is none yet.
# $start (String) - the first day inside a sentence, e.g. "Sat 29 Aug 2026"; $end (String) - the last day inside a sentence; $days (Number) - days covered
report-view-period-range-no-infusion = Del { $start } al { $end } ({ $days ->
    [one] 1 día
   *[other] { $days } días
}): todavía no hay ninguna infusión registrada, así que son los últimos 3 meses
report-view-language-label = Idioma del informe:
report-view-paper-label = Papel:
report-view-paper-a4 = A4
report-view-paper-letter = Carta
report-view-include-daily = Incluir la tabla de registros diarios después del resumen
report-view-patient-name = Nombre del paciente
report-view-patient-name-hint = opcional
# Beside the patient name field.
report-view-patient-name-note = Se imprime en el encabezado y se conserva para la próxima vez.
report-view-pdf-dialog = Guardar PDF…
report-view-pdf-field = Ruta del archivo PDF
report-view-pdf-hint = p. ej., ~/Documents/informe-alivio.pdf
report-view-pdf-save = Guardar el PDF en esta ruta
report-view-chart-heading = Imagen de una gráfica
report-view-chart-label = Gráfica:
report-view-chart-timeline = Línea de tiempo
report-view-chart-typical = Ciclo típico
report-view-chart-survival = Cuánto duró el alivio
report-view-chart-cycles = Cada ciclo
report-view-chart-durations = Días de alivio por ciclo
report-view-chart-note = La línea de tiempo abarca el periodo del informe; PNG, o SVG si la ruta termina en .svg.
report-view-chart-dialog = Guardar gráfica como PNG…
report-view-chart-field = Ruta de la imagen de la gráfica
report-view-chart-hint = p. ej., ~/Documents/linea-de-tiempo.png
report-view-chart-save = Guardar la gráfica en esta ruta
report-view-export-heading = Exportar
report-view-export-json = Diario completo (JSON)
report-view-export-entries = Registros diarios (CSV)
report-view-export-infusions = Infusiones (CSV)
report-view-export-dialog = Exportar…
report-view-export-field = Ruta del archivo exportado
report-view-export-hint = p. ej., ~/Documents/relief-journal.json
report-view-export-save = Exportar a esta ruta
report-view-import-heading = Importar
report-view-import-intro = Un diario (.json), registros diarios o infusiones (.csv), o cualquier tabla de días: un .csv o .tsv de una hoja de cálculo, un libro .xlsx u .ods, o lo que exporte otra aplicación de seguimiento. Usted relaciona sus columnas con su diario y ve qué cambiaría antes de que se importe nada.
report-view-import-dialog = Elegir un archivo para importar…
report-view-import-field = Ruta del archivo para importar
report-view-import-hint = p. ej., ~/Documents/dolor.xlsx
report-view-import-preview = Ver la vista previa
# The hover text of every button that opens a file dialog.
report-view-dialog-hint = Abre la ventana de archivos del sistema
# Between a file dialog's button and the field to type a path instead.
report-view-or-type = o escriba una ruta:


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
settings-heading = Configuración
settings-autosave = Cada cambio se guarda en cuanto lo hace; un valor escrito, cuando presiona Enter o sale del campo.
# $error (String) - why the settings cannot be saved, already worded
settings-not-saved = No se guardó: { $error }.
settings-journal-day-heading = Día del diario y dolor basal
settings-rollover-field = Un nuevo día del diario empieza a las
# After the hour of the day rollover, e.g. "4:00".
settings-rollover-suffix = :00
settings-rollover-hint = (predeterminado 4:00: un registro hecho a la 1:00 de la madrugada cuenta para el día anterior)
settings-baseline-switch = Antes de la ketamina, mi dolor en un día normal era (dolor basal recordado)
settings-baseline-field = Dolor basal recordado
# $bias (String) - points taken off the remembered pain, e.g. "1.0"; $cross (String) - the most points above the logged pain, e.g. "1.5"
settings-baseline-explained = Su dolor basal recordado: se usa cuando no se registraron las semanas antes de su primera infusión. El alivio se mide entonces frente a este nivel de dolor menos { $bias } puntos, porque el dolor antes del tratamiento suele recordarse peor de lo que fue. Cuando los ciclos anteriores muestran con claridad que el alivio ya había pasado, este valor no queda por debajo del dolor que usted registró entonces, ni más de { $cross } puntos por encima de él en los días en que el alivio había terminado; se muestra junto a ese dolor cuando los dos difieren.
settings-setup-button = Su tratamiento hasta ahora…
settings-setup-hint = Las infusiones que recibió antes de empezar el diario y su dolor antes de la ketamina
settings-thresholds-heading = Umbrales del análisis
settings-threshold-meaningful = Alivio significativo (%)
settings-threshold-substantial = Alivio sustancial (%)
settings-threshold-persistence = Días por debajo de un umbral para que el alivio se considere perdido
settings-threshold-baseline-days = Días antes de una infusión que forman el dolor basal previo a esa infusión
settings-threshold-min-logged = Días registrados que necesita una semana para contar
settings-threshold-series-gap = Máximo de días entre las infusiones de una misma serie
settings-threshold-early-warning = Días antes de la siguiente infusión en que el alivio se considera perdido antes de tiempo
# After a threshold's value in percent, as in "30 %".
settings-threshold-percent-suffix = %
# $value (String) - the default threshold, a number without the percent sign, e.g. "30"
settings-threshold-default-percent = predeterminado: { $value }%
# $value (String) - the default number of days, e.g. "3"
settings-threshold-default = predeterminado: { $value }
settings-thresholds-reset = Restablecer los umbrales predeterminados
settings-file-heading = Archivo del diario
settings-file-demo = Está explorando datos de ejemplo. El diario de ejemplo se guarda en su propio archivo:
settings-file-own = Su diario es un archivo en esta computadora. Inclúyalo cuando haga copias de seguridad de sus otros archivos.
settings-file-open-folder = Abrir carpeta
settings-file-in-memory = Este diario solo existe en la memoria y no se guarda en un archivo.
settings-backups-heading = Copias de seguridad
settings-backups-intro = Se guarda una copia de su diario en la carpeta de copias de seguridad, junto a él: una vez al día al abrir la aplicación, y antes de cada importación y de cada restauración. Al restaurar una copia, primero se crea una copia del diario tal como está ahora.
settings-backups-keep-field = Conservar las copias durante
# After the number of days backups are kept.
# $count (Number) - the days, as set
settings-backups-keep-suffix = { $count ->
    [one] {" "}día
   *[other] {" "}días
}
settings-backups-keep-hint = (predeterminado 14; la copia más reciente siempre se conserva)
settings-backups-now = Crear copia de seguridad ahora
settings-backups-none = Todavía no hay copias de seguridad.
settings-backups-restore = Restaurar
# $when (String) - when the backup was taken, e.g. "28 Nov 2026, 14:05"
settings-backups-restore-hint = Restaurar la copia del { $when }
# Why a backup was taken, in the list of backups.
# $reason (String) - "daily", "before-import", "before-restore", "before-migration", "manual", "before-passphrase", or another word read from the backup's name
settings-backups-reason = { $reason ->
    [daily] diaria
    [before-import] antes de importar
    [before-restore] antes de restaurar
    [before-migration] antes de actualizar
    [manual] manual
    [before-passphrase] antes de cambiar la contraseña
   *[other] { $reason }
}
# A backup's size.
# $size (String) - kilobytes, e.g. "24"
settings-backups-size = { $size } KB
# $count (Number) - backups not listed
settings-backups-older = { $count ->
    [one] Hay 1 copia más antigua en la carpeta de copias de seguridad.
   *[other] Hay { $count } copias más antiguas en la carpeta de copias de seguridad.
}
settings-passphrase-heading = Contraseña
settings-passphrase-protected = Este diario y sus copias de seguridad están cifrados con una contraseña. La aplicación se abre en una pantalla de bloqueo; Ctrl+L (Cmd+L en una Mac) la bloquea de inmediato.
settings-passphrase-auto-lock = Bloquear después de estos minutos sin actividad
settings-passphrase-auto-lock-hint = (0: nunca; predeterminado 10)
settings-passphrase-current = Contraseña actual
settings-passphrase-new = Contraseña nueva
settings-passphrase-again = Repita la contraseña nueva
settings-passphrase-change = Cambiar la contraseña
settings-passphrase-remove = Quitar la contraseña
settings-passphrase-remove-note = Al quitarla, el diario y sus copias de seguridad vuelven a guardarse como archivos sin cifrar, que cualquier persona con acceso a esta cuenta de la computadora puede leer.
settings-passphrase-offer = Proteja este diario con una contraseña: el diario y sus copias de seguridad se cifran, y la aplicación se abre en una pantalla de bloqueo y se bloquea sola cuando no se usa.
settings-passphrase-warning = Nadie puede recuperar una contraseña olvidada. Los archivos exportados (PDF, CSV, JSON, imágenes de gráficas) nunca quedan protegidos, y las copias hechas en otros lugares (otros programas de copias de seguridad, carpetas sincronizadas) no cambian.
settings-passphrase-protect = Proteger este diario
settings-passphrase-type-new = Escriba la contraseña nueva en los dos campos.
settings-passphrase-differ = Las dos contraseñas nuevas no coinciden; escriba la misma dos veces.
settings-passphrase-type-current = Primero escriba la contraseña actual.
settings-reminder-heading = Recordatorio
# $why (String) - why reminders cannot be offered here, already worded
settings-reminder-unavailable = No se puede configurar un recordatorio diario en esta computadora: { $why }.
# The reminder's switch; the time field follows it, then its .after text: "Remind me to log at [20:00] if I have not logged that day,".
settings-reminder-switch = Recordarme registrar a las
    .after = si no he registrado ese día,
settings-reminder-time-field = Hora del recordatorio (HH:MM)
settings-reminder-eve-switch = y el día antes de una infusión programada
# $time (String) - the reminder's time, 24-hour "20:00"
settings-reminder-on = Su sistema muestra una notificación a las { $time } los días sin registro, aunque la aplicación esté cerrada.
# $time (String) - the reminder's time, 24-hour "20:00"
settings-reminder-on-eve = Su sistema muestra una notificación a las { $time } los días sin registro y el día antes de una infusión programada, aunque la aplicación esté cerrada.
# $note (String) - what the system said about the reminder, already worded
settings-reminder-note = Nota: { $note }.
settings-reminder-off = Desactivado. Cuando está activado, su sistema muestra una notificación a esa hora los días sin registro, aunque la aplicación esté cerrada; nada de la aplicación queda en ejecución.
# $error (String) - why the time was refused, already worded
settings-reminder-not-changed = No se cambió: { $error }.
settings-reminder-offer-heading = ¿Un recordatorio diario?
settings-reminder-offer-text = El análisis necesita registros diarios. Su sistema puede mostrar una notificación los días en que no haya registrado nada, aunque la aplicación esté cerrada. Puede cambiar esto cuando quiera en Configuración.
# Before and after the time field of the first run's offer: "Remind me at [20:00] if I have not logged that day".
settings-reminder-offer-at = Recordarme a las
    .after = si no he registrado ese día
settings-reminder-offer-on = Activar el recordatorio
settings-reminder-offer-no = No activar


## Widgets
## Shared controls: scores, dates, numbers, commands, the app's data and theme (src/ui/widgets/, src/ui/commands.rs, src/ui/data.rs, src/ui/theme.rs, src/ui/plot_series.rs, src/ui/window.rs).
