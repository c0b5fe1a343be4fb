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

# A sync service's name, as the service writes it.
# $service (String) - dropbox, onedrive, icloud, google-drive or syncthing
sync-service = { $service ->
    [dropbox] Dropbox
    [onedrive] OneDrive
    [icloud] iCloud Drive
    [google-drive] Google Drive
   *[syncthing] Syncthing
}
# $path (String) - the journal file; $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-command = aviso: este diario ({ $path }) está dentro de { $folder }, una carpeta que { $service } mantiene sincronizada. Los servicios de sincronización copian el diario mientras se está guardando y dejan “copias en conflicto” en lugar de combinarlas, lo que puede dañarlo o hacer que se pierdan días. Mantenga el diario en esta computadora (sáquelo de esa carpeta) y sincronice mediante una carpeta de sincronización: relief-journal sync CARPETA.
# $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-app = Este diario está dentro de { $folder }, una carpeta que { $service } mantiene sincronizada. Eso puede dañarlo o hacer que se pierdan días cuando dos computadoras lo cambian. Mantenga el diario en esta computadora y sincronice mediante una carpeta de sincronización (Configuración, “Carpeta de sincronización”).

sync-error-no-folder = no se eligió una carpeta de sincronización para este diario; indique una: relief-journal sync CARPETA (una carpeta que su servicio de sincronización o una memoria USB lleve de una computadora a otra)
# $folder (String) - a folder
sync-error-folder-missing = la carpeta de sincronización { $folder } no existe; no se cambió nada. Conecte la unidad que la contiene o elija otra carpeta.
# $folder (String) - the path given
sync-error-not-a-folder = { $folder } es un archivo, no una carpeta; no se cambió nada. Elija la carpeta que lleva su servicio de sincronización o su memoria USB.
# $folder (String) - a folder
sync-error-journal-in-folder = la carpeta de sincronización { $folder } contiene este mismo diario; no se cambió nada. Mantenga el diario fuera de las carpetas sincronizadas y elija otra carpeta para sincronizar.
sync-error-not-a-file = este diario no está guardado en un archivo, así que no se puede sincronizar ni combinar
# $folder (String) - the sync folder; $detail (String) - what the system said
sync-error-folder-not-writable = no se pudo guardar la copia de esta computadora en { $folder } ({ $detail }); el diario está bien. Revise que se pueda guardar en la carpeta y que tenga espacio.
# $file (String) - a file
sync-error-same-journal = { $file } es este mismo diario; no hay nada que combinar
# $file (String) - a file
sync-error-not-a-journal = { $file } no es un archivo ni una copia sincronizada de { -brand-name }; no se cambió nada
# $file (String) - a file; $detail (String) - what SQLite reported
sync-error-damaged = { $file } está dañado o todavía no se copió por completo ({ $detail }); no se cambió nada. Si un servicio de sincronización lo está copiando, inténtelo de nuevo más tarde.
# $file (String) - a file
sync-error-newer = { $file } se guardó con una versión más reciente de { -brand-name }; no se cambió nada. Actualice { -brand-name } en esta computadora para combinarlo.
# $file (String) - a file
sync-error-protected = { $file } está protegido con una contraseña y este diario no; no se cambió nada. Indique su contraseña (--passphrase-file o RELIEF_JOURNAL_PASSPHRASE) o use la misma contraseña para este diario.
# $file (String) - a file
sync-error-other-passphrase = { $file } está protegido con una contraseña distinta de la de este diario, o está dañado; no se cambió nada. Use la misma contraseña en todas las computadoras que sincronizan este diario.
# $file (String) - a file; $detail (String) - what the system said
sync-error-unreadable = no se pudo leer { $file } ({ $detail }); no se cambió nada. Revise que este usuario pueda leerlo y que su disco esté conectado.
# $detail (String) - what SQLite reported
sync-error-merge-failed = la combinación falló y se deshizo, así que no se cambió nada ({ $detail })

# $file (String) - the file's name
sync-skipped-damaged = Se omitió { $file }: está dañado o todavía se está copiando; se vuelve a leer en la próxima sincronización.
# $file (String) - the file's name
sync-skipped-newer = Se omitió { $file }: se guardó con una versión más reciente de { -brand-name }. Actualice { -brand-name } en esta computadora.
# $file (String) - the file's name
sync-skipped-protected = Se omitió { $file }: está protegido con una contraseña y este diario no. Use la misma contraseña en las dos computadoras.
# $file (String) - the file's name
sync-skipped-other-passphrase = Se omitió { $file }: está protegido con una contraseña distinta de la de este diario. Use la misma contraseña en las dos computadoras.
# $file (String) - the file's name
sync-skipped-not-a-journal = Se omitió { $file }: no es una copia sincronizada de { -brand-name }.
# $file (String) - the file's name; $detail (String) - what the system said
sync-skipped-unreadable = Se omitió { $file }: no se pudo leer ({ $detail }).

# $folder (String) - the sync folder
sync-synced-with = Se sincronizó con { $folder }.
# $file (String) - this computer's snapshot
sync-snapshot-written = Copia de esta computadora: { $file }
sync-nothing-new = No hay nada nuevo de las otras computadoras.
# $computer (String) - another computer's name
sync-from-computer = De { $computer }:
# $file (String) - a file's name
sync-from-file = De { $file }:
# $computer (String) - another computer's name
sync-from-computer-nothing = No hay nada nuevo de { $computer }.
# $file (String) - a file's name
sync-from-file-nothing = No hay nada nuevo en { $file }: este diario ya lo tiene todo.
# $first (String) - a date; $last (String) - a later date
sync-dates-span = del { $first } al { $last }
# $count (Number) - days; $days (String) - their dates
sync-days-added = { $count ->
    [one] Se agregó 1 día: { $days }.
   *[other] Se agregaron { $count } días: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-changed = { $count ->
    [one] Se cambió 1 día: { $days }.
   *[other] Se cambiaron { $count } días: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-deleted = { $count ->
    [one] Se eliminó 1 día: { $days }.
   *[other] Se eliminaron { $count } días: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-added = { $count ->
    [one] Se agregó 1 infusión: { $days }.
   *[other] Se agregaron { $count } infusiones: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-changed = { $count ->
    [one] Se cambió 1 infusión: { $days }.
   *[other] Se cambiaron { $count } infusiones: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-deleted = { $count ->
    [one] Se eliminó 1 infusión: { $days }.
   *[other] Se eliminaron { $count } infusiones: { $days }.
}
# $count (Number) - settings; $settings (String) - their names
sync-settings-taken = { $count ->
    [one] Se tomó 1 opción de la otra computadora: { $settings }.
   *[other] Se tomaron { $count } opciones de la otra computadora: { $settings }.
}
# $setting (String) - the setting's key
sync-setting-name = { $setting ->
    [relief_thresholds] los umbrales de alivio
    [persistence_days] los días que el alivio debe seguir perdido
    [baseline_days] los días del dolor basal
    [min_logged_per_week] los días registrados por semana
    [series_gap_days] los días entre infusiones de una serie
    [early_warning_days] los días de aviso anticipado
    [baseline_pain] el dolor basal recordado
    [day_rollover_hour] la hora en que empieza un nuevo día del diario
    [patient_name] el nombre en los informes
   *[language] el idioma
}
# $count (Number) - records changed on both computers
sync-conflicts = { $count ->
    [one] 1 registro se cambió en las dos computadoras desde la última sincronización:
   *[other] { $count } registros se cambiaron en las dos computadoras desde la última sincronización:
}
# $kept (String) - here or other; $day (String) - the day; $source (String) - the other computer or file; $undo (String) - yes when the app's Undo holds this computer's version, no when the backup does
sync-conflict-day = { $kept ->
    [here] El cambio de esta computadora en el día { $day } es más reciente que el de { $source } y se conservó.
   *[other] El cambio del día { $day } que viene de { $source } es más reciente y se conservó; el de esta computadora está { $undo ->
        [yes] en Deshacer.
       *[no] en la copia de seguridad creada antes de combinar.
    }
}
# $kept (String) - here or other; $day (String) - the infusion's date; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-infusion = { $kept ->
    [here] El cambio de esta computadora en la infusión del { $day } es más reciente que el de { $source } y se conservó.
   *[other] El cambio de la infusión del { $day } que viene de { $source } es más reciente y se conservó; el de esta computadora está { $undo ->
        [yes] en Deshacer.
       *[no] en la copia de seguridad creada antes de combinar.
    }
}
# $kept (String) - here or other; $setting (String) - the setting's name; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-setting = { $kept ->
    [here] El cambio de esta computadora en { $setting } es más reciente que el de { $source } y se conservó.
   *[other] El cambio en { $setting } que viene de { $source } es más reciente y se conservó; el de esta computadora está { $undo ->
        [yes] en Deshacer.
       *[no] en la copia de seguridad creada antes de combinar.
    }
}
# $count (Number) - days; $days (String) - their dates
sync-two-done = { $count ->
    [one] El { $days } ahora tiene 2 infusiones realizadas, una de cada computadora: elimine la que no corresponde en Infusiones.
   *[other] Estos días ahora tienen 2 infusiones realizadas, una de cada computadora: { $days }. Elimine en Infusiones la que no corresponde en cada uno.
}
# $path (String) - the backup file
sync-backup-before-merge = Se creó una copia de seguridad antes de combinar: { $path }
sync-peers-heading = Otras computadoras que sincronizan este diario:
# $computer (String) - the computer's name; $when (String) - a date and time
sync-peer = { $computer }: vista por última vez el { $when }
sync-no-peers = Ninguna otra computadora se ha sincronizado todavía con esta carpeta. Elija la misma carpeta en su otra computadora y sincronice allí.
# $date (String) - a date; $time (String) - a time of day, 24-hour
sync-when = { $date }, a las { $time }
# $file (String) - the merged file
sync-merged-file = Se combinó { $file } con este diario.
# $folder (String) - the sync folder
sync-folder-remembered = Desde ahora este diario se sincroniza con { $folder }: la aplicación se sincroniza allí al abrirse y después de cada cambio guardado.

# $day (String) - the day; $pain (Number) - its pain score
sync-delete-entry = Se eliminó el registro del { $day } (dolor { $pain }). Sus otras computadoras también lo eliminan en su próxima sincronización.
# $day (String) - the day
sync-delete-no-entry = no hay ningún registro del { $day }; no se cambió nada
# $day (String) - the infusion's date
sync-delete-done-infusion = Se eliminó la infusión realizada del { $day }. Sus otras computadoras también la eliminan en su próxima sincronización.
# $count (Number) - planned infusions deleted; $day (String) - their date
sync-delete-planned-infusions = { $count ->
    [one] Se eliminó la infusión programada del { $day }. Sus otras computadoras también la eliminan en su próxima sincronización.
   *[other] Se eliminaron las { $count } infusiones programadas del { $day }. Sus otras computadoras también las eliminan en su próxima sincronización.
}
# $status (String) - done or planned; $day (String) - the date
sync-delete-no-infusion = { $status ->
    [planned] no hay ninguna infusión programada el { $day }; no se cambió nada
   *[done] no hay ninguna infusión realizada el { $day }; no se cambió nada
}

sync-settings-heading = Carpeta de sincronización
sync-settings-intro = Para tener este diario en dos computadoras, elija una carpeta que su servicio de sincronización (Dropbox, OneDrive, iCloud Drive, Syncthing) o una memoria USB lleve de una a otra, y la misma carpeta en la otra computadora. Cada computadora guarda allí su propia copia y combina las copias de las demás; el diario mismo se queda en esta computadora.
sync-settings-none = No se eligió una carpeta de sincronización: este diario está solo en esta computadora.
sync-settings-folder = Se sincroniza con:
sync-settings-choose = Elegir carpeta…
sync-settings-path = Ruta de la carpeta
sync-settings-use = Usar esta carpeta
sync-settings-sync-now = Sincronizar ahora
sync-settings-stop = Dejar de sincronizar
sync-settings-syncing = Sincronizando…
# $when (String) - a date and time
sync-settings-last-synced = Última sincronización: { $when }.
# $computer (String) - this computer's name
sync-settings-this-computer = Esta computadora: { $computer }
sync-settings-others = Otras computadoras
sync-settings-no-others = Ninguna todavía. Elija la misma carpeta en su otra computadora.
sync-report-heading = Cambios de sus otras computadoras
sync-notice-merged = Se combinaron los cambios de sus otras computadoras.
sync-report-undo = Deshacer la combinación
sync-report-dismiss = Cerrar
sync-report-undone = Se deshizo la combinación: las versiones de esta computadora volvieron y llegan a las otras computadoras en la próxima sincronización.
# $error (String) - why, as a sentence
sync-undo-failed = No se pudo deshacer la combinación: { $error }
# $error (String) - why, as a sentence
sync-failed = La sincronización no terminó: { $error }
# $folder (String) - the folder
sync-folder-chosen = Ahora este diario se sincroniza con { $folder }.
sync-folder-forgotten = Este diario ya no se sincroniza. Las copias que ya están en la carpeta se quedan allí.
# $count (Number) - conflicted copies found
sync-copies-heading = { $count ->
    [one] Junto a este diario hay una copia en conflicto
   *[other] Junto a este diario hay { $count } copias en conflicto
}
sync-copies-explain = Un servicio de sincronización la creó cuando dos computadoras cambiaron el archivo del diario. Combínela para traer los días que contiene; antes se crea una copia de seguridad y la combinación se puede deshacer.
sync-copies-merge = Combinar con este diario
sync-copies-not-now = Ahora no
sync-copies-set-aside = Apartarla
# $file (String) - the copy's name
sync-copies-merging = Combinando { $file }…
# $file (String) - the copy's name
sync-copies-merged = Se combinó { $file }. Apártela para que no se vuelva a ofrecer.
# $file (String) - the copy's name; $moved (String) - its new name
sync-copies-moved = Se apartó { $file } como { $moved }.
# $error (String) - why, as a sentence
sync-copies-move-failed = No se apartó la copia: { $error }


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
