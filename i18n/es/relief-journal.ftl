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
# $weekday (String) - abbreviated weekday name; $day (Number); $month (String) - abbreviated month name
format-day-month-weekday = { $weekday }, { $day } { $month }
# The weekday of a date inside a sentence, written out after "de", "del" or "el": "del sábado 28 nov".
# $weekday (Number) - the day of the week, 0 for Sunday to 6 for Saturday
format-weekday-in-sentence = { $weekday ->
    [0] domingo
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
   *[6] sábado
}
# A date with its weekday inside a sentence, after "for", "on" or "of".
# $weekday (String) - the weekday as format-weekday-in-sentence writes it; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-sentence = { $weekday } { $day } { $month } { $year }
# format-date-weekday-in-sentence without the year.
# $weekday (String) - the weekday as format-weekday-in-sentence writes it; $day (Number); $month (String) - abbreviated month name
format-day-month-weekday-in-sentence = { $weekday } { $day } { $month }
# $head (String) - every item but the last, joined by commas; $last (String) - the last item
format-list = { $head } y { $last }
# A day inside a sentence with its weekday and month written out, without the year: "del sábado 28 de noviembre" (no comma after the weekday).
# $weekday (String) - full weekday name; $day (Number); $month (String) - full month name
format-day-month-long-weekday = { $weekday } { $day } de { $month }


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


## Today
## The Today view (src/ui/today/).

# The name of the Today view's date field, for screen readers.
today-date-field = Día del diario
# The heading when the day shown is today.
# $date (String) - today with its weekday, as inside a sentence, e.g. "Sat 28 Nov 2026"
today-heading-today = Hoy, { $date }
today-status-saved = Guardado. Si cambia algo, vuelva a guardar para actualizar este día.
today-status-editing-saved = Está editando un día guardado: hay cambios sin guardar.
today-status-nothing-logged = Todavía no hay nada registrado para este día.
today-status-not-saved = Todavía no se guardó.
# Before the buttons of other days whose changes are not saved yet.
today-drafts-title = Se conservan cambios sin guardar de:
today-drafts-open-hint = Abra este día para guardar o descartar sus cambios
# The status card beside the form.
today-card-title = Dónde está ahora
today-card-measured-against-worn-off = El alivio se está midiendo con respecto a una estimación a partir de su dolor una vez pasado el alivio, porque el diario no sabe cuál era su dolor antes de la ketamina.
today-card-measured-against-pre-infusion = El alivio se está midiendo con respecto a su dolor justo antes de cada infusión, porque el diario no sabe cuál era su dolor antes de la ketamina.
today-card-tell-baseline = Indicar su dolor antes de la ketamina
today-card-patterns = Patrones que vale la pena revisar
# The form's main question.
today-pain-title-today = Dolor de hoy
# $date (String) - the day shown, with its weekday, as inside a sentence, e.g. "Sun 29 Nov"
today-pain-title-day = Dolor del { $date }
# Under the main question.
# $day (String) - "today" when the day shown is today, "other" otherwise; $shortcut (String) - the Save command's keys, e.g. "Ctrl+S"
today-pain-hint = { $day ->
        [today] Su dolor durante la mayor parte del día de hoy.
       *[other] Su dolor durante la mayor parte de ese día.
    } Escriba un dígito o haga clic en un número; luego guarde ({ $shortcut }).
# The pain score's name, for screen readers ("Pain 6").
today-pain = Dolor
today-error-no-pain = Elija una puntuación de dolor del 0 al 10 antes de guardar.
today-discard-changes = Descartar cambios
# The heading of the optional fields.
# $day (String) - "today" when the day shown is today, "other" otherwise
today-more-title = { $day ->
        [today] Más sobre hoy (opcional)
       *[other] Más sobre ese día (opcional)
    }
today-worst-pain = Dolor más intenso
today-sleep-hours = Horas de sueño
# $example (String) - 7.5 written with the region's decimal mark
today-sleep-hours-hint = p. ej. { $example }
today-sleep-quality = Calidad del sueño
today-mobility = Movilidad
today-mood = Estado de ánimo
today-rescue-doses = Dosis de rescate
# The names of the rescue doses' − and + buttons, for screen readers.
today-rescue-fewer = Menos dosis de rescate
today-rescue-more = Más dosis de rescate
today-wearing-off = Siento que el alivio va disminuyendo
today-side-effects = Efectos secundarios
today-other-side-effects = Otros efectos secundarios
today-other-side-effects-hint = sepárelos con comas
today-tags = Etiquetas
today-tags-hint = p. ej. clima, estrés
today-note = Nota
today-note-hint = Algo más sobre este día


## History
## The History view (src/ui/history.rs).

# The month calendar's fold, when it is above the table rather than beside it.
history-month-calendar = Calendario del mes
# Above the table.
# $count (Number) - entries shown; $from (String) - the first day of the range, with its weekday, as inside a sentence; $to (String) - the last day, the same way
history-entries-shown = { $count ->
        [one] 1 registro
       *[other] { $count } registros
    } del { $from } al { $to }
history-no-entries = No hay registros entre estas fechas. Registre un día en Hoy o amplíe las fechas.
# Before the range presets.
history-show = Mostrar:
history-last-30-days = Últimos 30 días
history-last-90-days = Últimos 90 días
history-last-year = Último año
history-all = Todo
# "From [date field] to [date field]".
history-from = Desde
history-to = hasta
# The date fields' names, for screen readers.
history-from-name = Desde
history-to-name = Hasta
# The table's column headings.
history-column-date = Fecha
history-column-pain = Dolor
history-column-sleep = Sueño
history-column-mobility = Movilidad
history-column-mood = Ánimo
history-column-rescue = Rescate
history-column-note = Nota
history-edit = Editar
history-delete = Eliminar
# The Edit button's name, for screen readers.
# $date (String) - the day, as an ISO date (2026-11-28)
history-edit-name = Editar { $date }
# The Delete button's name, for screen readers.
# $date (String) - the day, as an ISO date (2026-11-28)
history-delete-name = Eliminar { $date }
# The Sleep cell: hours slept and sleep quality.
# $hours (String) - hours slept, with the region's decimal mark; $quality (Number) - sleep quality, 0 to 10
history-sleep-hours-quality = { $hours } h, { $quality }
# $hours (String) - hours slept, with the region's decimal mark
history-sleep-hours = { $hours } h
# $quality (Number) - sleep quality, 0 to 10
history-sleep-quality = calidad { $quality }
history-previous-month = Mes anterior
history-next-month = Mes siguiente
# The calendar's weekday headings, two letters, Monday first.
# $weekday (Number) - 1 for Monday to 7 for Sunday
history-calendar-weekday = { $weekday ->
        [1] lu
        [2] ma
        [3] mi
        [4] ju
        [5] vi
        [6] sá
       *[7] do
    }
# A calendar day's name, for screen readers.
# $date (String) - the day with its weekday; $pain (Number) - the pain logged, 0 to 10
history-calendar-day-pain = { $date }: dolor { $pain }
# $date (String) - the day with its weekday
history-calendar-day-empty = { $date }: sin registro
history-calendar-legend = Color: dolor de verde (0) a rojo (10). Haga clic en un día para abrirlo.
# Asking before a day's entry is deleted.
history-delete-title = ¿Desea eliminar este día?
# $date (String) - the day with its weekday, as inside a sentence; $pain (Number) - its pain, 0 to 10
history-delete-what-pain = Se eliminará el registro del { $date } (dolor { $pain }).
# $date (String) - the day with its weekday, as inside a sentence
history-delete-what = Se eliminará el registro del { $date }.
history-delete-undo = Podrá deshacerlo justo después.
history-delete-confirm = Eliminar el registro
history-delete-keep = Conservarlo


## Infusions
## The Infusions view (src/ui/infusions/, src/ui/paste_dates.rs).

# The form to add or edit an infusion.
infusions-form-title-add = Agregar una infusión
infusions-form-title-edit = Editar infusión
infusions-date = Fecha
# The date field's name, for screen readers.
infusions-date-name = Fecha de la infusión
infusions-done = Realizada
infusions-planned = Programada
# Under the status when a done infusion is dated after today.
# $date (String) - the infusion's day, with its weekday, as inside a sentence
infusions-done-ahead = El { $date } todavía no llega, así que esta infusión aún no puede estar realizada.
infusions-make-planned = Marcarla como programada
# The refusal to save a done infusion dated after today.
# $date (String) - the infusion's day, with its weekday, as inside a sentence
infusions-error-done-ahead = El { $date } todavía no llega: una infusión de ese día solo puede estar programada.
infusions-phase = Fase
# The phase choices; "auto" leaves the phase to the analysis.
infusions-phase-auto = automática
infusions-phase-loading = carga
infusions-phase-maintenance = mantenimiento
# The phase menu's name, for screen readers.
# $phase (String) - the phase chosen, e.g. "auto" (infusions-phase-auto)
infusions-phase-name = Fase: { $phase }
infusions-phase-auto-explained = Con la fase “automática”, el diario decide: las infusiones con una semana o menos entre sí forman una serie; la primera serie es la fase de carga y las siguientes son de mantenimiento.
infusions-dose-label = Dosis (mg)
infusions-duration-label = Duración (minutos)
# The fields' names in a refusal ('Dose "6000" is not …').
infusions-dose = Dosis
infusions-duration = Duración
infusions-clinic = Clínica
infusions-side-effects = Efectos secundarios
infusions-side-effects-hint = sepárelos con comas
infusions-note = Nota
# The hint inside an empty optional field.
infusions-optional = opcional
infusions-save-changes = Guardar cambios
infusions-add = Agregar infusión
infusions-cancel-editing = Cancelar edición
# The list of infusions.
infusions-list-title = Infusiones
infusions-list-empty = Todavía no hay infusiones. Agregue las infusiones realizadas y las programadas con el formulario.
infusions-column-date = Fecha
infusions-column-status = Estado
infusions-column-series = Serie y ciclo
infusions-column-details = Detalles
# The heading of the status and series in one column, in a narrow window.
infusions-column-status-series = Estado y serie
# The status and series in one cell, in a narrow window.
# $status (String) - e.g. "done" (infusions-status-done); $series (String) - e.g. "cycle 3, maintenance infusion 2"
infusions-status-and-series = { $status } · { $series }
infusions-edit = Editar
infusions-delete = Eliminar
# The Edit button's name, for screen readers.
# $date (String) - the infusion's day, as an ISO date (2026-11-28)
infusions-edit-name = Editar la infusión del { $date }
# The Delete button's name, for screen readers.
# $date (String) - the infusion's day, as an ISO date (2026-11-28)
infusions-delete-name = Eliminar la infusión del { $date }
infusions-status-done = realizada
infusions-status-planned-today = programada, hoy
infusions-status-planned-tomorrow = programada, mañana
# $days (Number) - days until the planned infusion, 2 or more
infusions-status-planned-in = programada, dentro de { $days ->
        [one] 1 día
       *[other] { $days } días
    }
infusions-status-planned-passed = programada (la fecha ya pasó)
# A done infusion the analysis has not put in a cycle.
infusions-no-cycle-yet = todavía sin ciclo
# A maintenance infusion on its own.
# $cycle (Number) - the cycle, 1 for the first; $number (Number) - which maintenance infusion, 1 for the first
infusions-series-maintenance = ciclo { $cycle }, infusión de mantenimiento { $number }
# An infusion of a series.
# $cycle (Number) - the cycle, 1 for the first; $phase (String) - "loading" or "maintenance"; $position (Number) - which infusion day of the series; $count (Number) - infusion days in the series
infusions-series-position = ciclo { $cycle }, { $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    } { $position } de { $count }
# The Details cell: a phase chosen by hand.
# $phase (String) - "loading" or "maintenance"
infusions-detail-phase = { $phase ->
        [loading] carga
       *[maintenance] mantenimiento
    } (elegida a mano)
# $dose (String) - the dose, with the region's decimal mark
infusions-detail-dose = { $dose } mg
# $minutes (Number) - the infusion's duration
infusions-detail-duration = { $minutes } min
# Dates pasted from a clinic letter, added as done infusions.
infusions-paste-title = Pegar fechas de una carta
infusions-paste-intro = Fechas de infusiones realizadas, tal como aparecen en una carta, p. ej. “12/01/2026, 15/01/2026, 19/01/2026”, o una por línea.
infusions-paste-label = Fechas para pegar
infusions-paste-hint = 12/01/2026, 15/01/2026, 19/01/2026
infusions-paste-nothing-new = Estas fechas no agregan ninguna infusión realizada nueva.
infusions-paste-would-add = Se agregarían como infusiones realizadas:
# A pasted date that already has an infusion.
# $date (String) - the day with its weekday; $status (String) - "done" or "planned", the infusion's status
infusions-paste-existing-day = { $date } ({ $status ->
        [done] realizada
       *[planned] programada
    })
# $dates (String) - the days already in the journal, each as infusions-paste-existing-day, separated by commas
infusions-paste-existing = Ya están en su diario y no se agregarán de nuevo: { $dates }.
# $dates (String) - days with their weekdays, separated by commas
infusions-paste-repeated = Aparecen más de una vez y se agregarán una sola vez: { $dates }.
# $dates (String) - days with their weekdays, separated by commas
infusions-paste-ahead = Todavía no llegan, así que no se agregarán como realizadas: { $dates }. Agregue las infusiones programadas con el formulario.
# A piece of the pasted text that is not a date.
# $error (String) - why it is not a date, already worded
infusions-paste-not-read = No se pudo leer: { $error }.
# $count (Number) - the done infusions the button adds
infusions-paste-add = { $count ->
        [one] Agregar 1 infusión realizada
       *[other] Agregar { $count } infusiones realizadas
    }
infusions-paste-clear = Quitar fechas pegadas


## Charts view
## The Charts view (src/ui/charts/).

charts-title = Gráficas
charts-empty = Las gráficas aparecerán aquí cuando haya registrado algunos días: registre su dolor de hoy en Hoy.
charts-cycle-table = Tabla de ciclos
# The relief charts.
charts-relief-title = Alivio después de cada infusión
charts-relief-typical = Ciclo típico
charts-relief-survival = Cuánto duró el alivio
charts-relief-each-cycle = Cada ciclo
# $count (Number) - the cycles there are, more than $recent; $recent (Number) - the cycles shown otherwise
charts-show-all-cycles = Mostrar los { $count } ciclos (si no, { $recent ->
        [one] solo el último
       *[other] solo los últimos { $recent }
    })
charts-days-since-infusion = Días desde la infusión
charts-relief-axis = Alivio (%)
# The hover label of the typical cycle and the cycle overlay.
# $day (String) - the day since the infusion; $relief (String) - the relief, a percentage such as "45%"
charts-hover-relief = día { $day }: alivio { $relief }
# Under the typical cycle.
# $count (Number) - the fewest completed cycles a day needs to be summarised
charts-typical-days-note = Cada día resumido tiene registros de al menos { $count ->
        [one] 1 ciclo completo
       *[other] { $count } ciclos completos
    }.
# The hover label of relief survival.
# $day (String) - the day since the infusion; $share (String) - the share of cycles, a percentage such as "60%"
charts-hover-survival = día { $day }: { $share } de los ciclos
# The legend of relief survival's line.
# $count (Number) - the cycles the line is made of
charts-survival-line = Alivio que continúa, { $count ->
        [one] 1 ciclo
       *[other] { $count } ciclos
    }
# The legends of the cycle overlay.
charts-earlier-cycles = Ciclos anteriores
charts-fitted-decay = Descenso ajustado
charts-relief-lost = Pérdida del alivio
# Relief duration per cycle.
charts-durations-title = Cuánto duró el alivio significativo
charts-durations-x-axis = Ciclo (fecha de la infusión)
charts-durations-y-axis = Días
charts-durations-at-least = Aún duraba en la siguiente infusión (al menos)
charts-durations-interval = Días hasta la siguiente infusión
charts-durations-none = Sin alivio significativo
charts-durations-trend = Tendencia
# A bar's hover label: relief still lasting when the next infusion came.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days relief lasted at least
charts-bar-at-least = { $cycle }: al menos { $days ->
        [one] 1 día
       *[other] { $days } días
    }
# A bar's hover label: how long relief lasted.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days relief lasted
charts-bar-lasted = { $cycle }: { $days ->
        [one] 1 día
       *[other] { $days } días
    }
# A bar's hover label: the interval to the next infusion.
# $cycle (String) - the cycle's label on the axis; $days (Number) - days to the next infusion
charts-bar-interval = { $cycle }: siguiente infusión después de { $days ->
        [one] 1 día
       *[other] { $days } días
    }
# The timeline.
charts-timeline-title = Dolor, sueño y movilidad de cada día
# Before the range buttons.
charts-show = Mostrar:
# The hover text of a range button.
# $range (String) - "three-months", "one-year" or "all"
charts-show-range = { $range ->
        [three-months] Mostrar 3 meses
        [one-year] Mostrar 1 año
       *[all] Mostrar todo
    }
# The dates the timeline shows.
# $from (String) - the first date shown; $to (String) - the last date shown
charts-visible-range = del { $from } al { $to }
charts-timeline-help = Arrastre para desplazarse; use Ctrl y la rueda del mouse para acercar o alejar; haga doble clic para ver todo.
charts-pain = Dolor
charts-pain-mean = Promedio de 7 días
charts-pain-axis = Dolor (0 a 10)
charts-sleep-quality = Calidad del sueño
charts-mobility = Movilidad
# A line of the timeline's hover label.
# $name (String) - the series, e.g. "Pain" (charts-pain); $value (String) - its value that day, with the region's decimal mark
charts-hover-value = { $name }: { $value }
# The cycle table's column headings.
charts-column-infusion = Infusión
charts-column-phase = Fase
charts-column-days-to-next = Días hasta la siguiente
charts-column-peak-relief = Alivio máximo
charts-column-pain = Dolor
charts-column-worst-pain = Dolor máx.
charts-column-high-pain-days = Días 7+
charts-column-rescue = Rescate por semana
charts-column-mobility = Movilidad
charts-column-sleep = Sueño
charts-cycle-table-narrow = Una ventana más ancha muestra todas las columnas: fase, alivio máximo, medicamento de rescate, movilidad y sueño. El informe y el comando analyze siempre las incluyen todas.
# The insights panel.
charts-insights-title = Observaciones
charts-insights-details = Detalles: cada línea completa, con los datos en que se basa
charts-about-title = Acerca de este análisis


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

# The name of one button of a 0 to 10 score row, for screen readers: "Pain 6".
# $name (String) - the score's name, e.g. "Pain"; $score (Number) - the button's score, 0 to 10
widget-score-option = { $name } { $score }
# The button that takes back the score chosen in a row.
widget-score-clear = Quitar
# The name of that button, for screen readers.
# $name (String) - the score's name, e.g. "Worst pain"
widget-score-clear-name = { $name }: quitar
# Under a score row, at the left: what 0 means.
# $meaning (String) - e.g. "no pain" (widget-scale-pain-low)
widget-score-low-end = 0 = { $meaning }
# Under a score row, at the right: what 10 means.
# $meaning (String) - e.g. "worst imaginable" (widget-scale-pain-high)
widget-score-high-end = 10 = { $meaning }
# What 0 and 10 mean on each scale, short, as the score rows show them.
widget-scale-pain-low = sin dolor
widget-scale-pain-high = el más fuerte imaginable
widget-scale-sleep-low = muy mala
widget-scale-sleep-high = excelente
widget-scale-mobility-low = no pude hacer mis tareas
widget-scale-mobility-high = sin limitaciones
widget-scale-mood-low = muy bajo
widget-scale-mood-high = muy bueno
# A count left unrecorded (rescue doses), which is not the same as 0.
widget-stepper-not-recorded = sin registrar
# The side effects offered as quick choices (the journal stores them by their English names).
widget-side-effect-nausea = náuseas
widget-side-effect-dissociation = disociación
widget-side-effect-drowsiness = somnolencia
widget-side-effect-dizziness = mareo
widget-side-effect-headache = dolor de cabeza
widget-side-effect-high-blood-pressure = presión alta
widget-side-effect-bladder = molestias de la vejiga o al orinar
# A typed value a form refused: 'Dose "6000" is not a number of milligrams above 0 and at most 5000.'
# $field (String) - the field's label, e.g. "Dose"; $value (String) - the value as typed; $allowed (String) - what the field accepts, e.g. "a number of milligrams above 0 and at most 5000"
widget-value-refused = { $field }: no se acepta "{ $value }"; escriba { $allowed }.
# An item of a comma-separated list a form refused.
# $field (String) - the field's label, e.g. "Tags"; $value (String) - the item as typed; $allowed (String) - what an item may be, e.g. "items of at most 80 characters without ';' or line breaks"
widget-list-item-refused = { $field }: no se acepta "{ $value }"; escriba { $allowed }. Separe los elementos con comas.
# A number field's answer to a value out of its range or not a number, and what it holds now.
# $field (String) - the field's label; $value (String) - the text typed; $kind (String) - "whole" for a field of whole numbers, "number" otherwise; $low (String) - the smallest value allowed; $high (String) - the largest value allowed; $outcome (String) - "set" when the value was out of range and the field was set to the nearest limit, "kept" when the text was not a number and the field kept its value; $now (String) - the value the field holds now
widget-number-refused = { $field }: no se acepta "{ $value }"; escriba { $kind ->
        [whole] un número entero
       *[number] un número
    } del { $low } al { $high }. { $outcome ->
        [set] Se ajustó a { $now }.
       *[kept] Se conservó { $now }.
    }
# The hint inside an empty date field.
widget-date-hint = p. ej. 2026-01-12
widget-date-tooltip = Escriba una fecha (2026-01-12 o 12/01/2026) o elíjala en el calendario
# Beside a date field while typing: the day the text reads as.
# $date (String) - a day with its weekday, as inside a sentence
widget-date-reads-as = se entiende como el { $date }
# Under a date field whose text was not a date.
# $error (String) - why the text is not a date, already worded; $date (String) - the day the field still holds, with its weekday, as inside a sentence
widget-date-refused = { $error }. La fecha sigue siendo el { $date }.
widget-date-calendar = Calendario
# The calendar button's name, for screen readers.
# $name (String) - the date field's name, e.g. "Journal day"
widget-date-calendar-name = { $name }: elegir en el calendario
# How numeric dates are read, before the four choices.
widget-date-order-intro = Fechas numéricas como 03/04/2025:
widget-date-order-day-first = Primero el día (3 de abril)
widget-date-order-month-first = Primero el mes (4 de marzo)
widget-date-order-year-first = Primero el año (2025/04/03)
widget-date-order-unset = Sin elegir (preguntar si no está claro)
# The commands, on their buttons and in their hints.
command-save = Guardar
command-undo = Deshacer
command-previous-day = Día anterior
command-next-day = Día siguiente
command-back-to-today = Volver a hoy
command-larger-text = Texto más grande
command-smaller-text = Texto más pequeño
command-default-text-size = Tamaño de texto predeterminado
command-lock = Bloquear
# A command's hover text: its name and its keys.
# $command (String) - the command's name, e.g. "Previous day"; $shortcut (String) - its keys as the system writes them, e.g. "Alt+Left" or "⌘S"
command-hint = { $command } ({ $shortcut })
