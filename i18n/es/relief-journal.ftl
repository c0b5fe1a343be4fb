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
# $head (String) - every choice but the last, joined by commas; $last (String) - the last choice
format-alternatives = { $head } o { $last }


## Domain
## What a value may be: fields, allowed ranges, typed dates (src/domain/).

# A value refused. On the command line and in files, $field is the field's key as they write it
# (sleep_hours, --sleep-hours); in the app, its name in words (a domain-field-* message).
# $field (String) - the field, as above
# $value (String) - the value exactly as typed or read
# $allowed (String) - what the field accepts (a domain-allowed-* message)
domain-refused = { $field }: no se acepta "{ $value }"; debe ser { $allowed }

# What a field accepts, after "expected" in domain-refused.
# $min (String) - the lowest value; $max (String) - the highest value
domain-allowed-whole-number = un número entero del { $min } al { $max }
# $min (String) - the lowest value; $max (String) - the highest value
domain-allowed-number = un número del { $min } al { $max }
# The examples are written as files and the command line take them, with a decimal point.
domain-allowed-sleep-hours = un número de horas del 0 al 24, en cuartos de hora, p. ej. 6.5 o 7.25
# $max (String) - the largest dose in milligrams
domain-allowed-dose = un número de miligramos mayor que 0 y de { $max } como máximo
# $max (String) - the longest duration in minutes
domain-allowed-duration = un número entero de minutos del 1 al { $max }
domain-allowed-iso-date = una fecha escrita AAAA-MM-DD, entre 1900-01-01 y 2199-12-31
# $today (String) - today's journal day, as YYYY-MM-DD
domain-allowed-entry-not-after-today = un día no posterior a hoy ({ $today }) para un registro diario; no se puede registrar un día que todavía no llega, así que revise el año
# $today (String) - today's journal day, as YYYY-MM-DD
domain-allowed-done-infusion-not-after-today = un día no posterior a hoy ({ $today }) para una infusión realizada; márquela como programada si todavía está por venir, o revise el año
# $date (String) - the day that already has a done infusion, as YYYY-MM-DD
domain-allowed-one-done-infusion-a-day = una sola infusión realizada por día, y el { $date } ya tiene una; edite esa infusión, o marque esta como programada
# "loading" and "maintenance" are the values files and options take; keep them as they are.
domain-allowed-phase = loading, maintenance o vacío (se deduce)
domain-allowed-time-of-day = una hora del día escrita HH:MM, de 00:00 a 23:59
# meaningful_relief_pct is the setting's key in files; keep it as it is.
# $meaningful (String) - the meaningful relief threshold, in percent
domain-allowed-above-meaningful-relief = un porcentaje mayor que meaningful_relief_pct ({ $meaningful })
# $min (String) - the shortest time; $max (String) - the longest time
domain-allowed-auto-lock-minutes = 0 (nunca) o un número entero de minutos del { $min } al { $max }
# $tags (String) - the language tags the app speaks, separated by commas (en, es)
domain-allowed-language-tag = vacío (el idioma del sistema) o una de estas etiquetas: { $tags }
# $max (Number) - the most characters
domain-allowed-one-line = una sola línea de { $max } caracteres como máximo
# $max (Number) - the most characters an item may have
domain-allowed-list-items = elementos de { $max } caracteres como máximo, sin ';' ni saltos de línea
# true, false, yes and no are the values files take; keep them as they are.
domain-allowed-true-or-false = true o false (o 1/0, yes/no; vacío equivale a false)
domain-allowed-json-text-array = una lista JSON de textos
# On the command line, with the option that gave the scale.
# $min (String) - the scale's lowest value; $max (String) - its highest value
# $field (String) - the field's key, as the option takes it (pain)
# $scale (String) - the scale as the option writes it (0-4)
domain-allowed-score-on-scale-option = un número del { $min } al { $max } (--scale { $field }={ $scale })
# In the app, where the scale was typed beside the column.
# $min (String) - the scale's lowest value; $max (String) - its highest value
domain-allowed-score-on-scale = un número del { $min } al { $max } (la escala indicada)
# On the command line; FIELD, MIN and MAX stand for what the person types.
domain-allowed-score-on-ten-option = un número del 0 al 10 (o indique su escala con --scale FIELD=MIN-MAX)
# In the app.
domain-allowed-score-on-ten = un número del 0 al 10 (o indique la escala en que se registró)
domain-allowed-hours = horas escritas como 7.5, 7h 30m o 7:30
domain-allowed-hours-with-seconds = horas escritas como 7.5, 7h 30m, 7:30 o 7:30:00
domain-allowed-hours-and-minutes = horas y minutos escritos como 5:30
# "points" is how Daylio writes its scales; keep it as it is.
domain-allowed-points-score = una puntuación escrita como 6/10 points

# A field named in words, in running text and in the app's menus of fields (lower case).
domain-field-date = fecha
domain-field-time = hora
domain-field-pain = dolor
domain-field-worst-pain = dolor más intenso
domain-field-sleep-hours = horas de sueño
domain-field-sleep-quality = calidad del sueño
domain-field-mobility = movilidad
domain-field-mood = estado de ánimo
domain-field-rescue-doses = dosis de rescate
domain-field-wearing-off = alivio disminuyendo
domain-field-side-effects = efectos secundarios
domain-field-tags = etiquetas
domain-field-note = nota
domain-field-status = estado
domain-field-phase = fase
domain-field-dose-mg = dosis (mg)
domain-field-duration-min = duración (minutos)
domain-field-clinic = clínica
domain-field-theme = tema
domain-field-meaningful-relief-pct = umbral de alivio significativo
domain-field-substantial-relief-pct = umbral de alivio sustancial
domain-field-persistence-days = días por debajo del umbral antes de contar el alivio como perdido
domain-field-baseline-days = días sin tratamiento que forman el dolor basal
domain-field-min-logged-per-week = días registrados que necesita una semana
domain-field-series-gap-days = días como máximo entre infusiones de una serie
domain-field-early-warning-days = días de anticipación que cuentan como final temprano
domain-field-baseline-pain = dolor recordado antes de la ketamina
domain-field-day-rollover-hour = hora en que empieza un nuevo día
domain-field-text-scale = tamaño del texto
domain-field-backup-keep-days = días que se guardan las copias de seguridad
domain-field-auto-lock-minutes = minutos antes del bloqueo
domain-field-language = idioma
domain-field-patient-name = nombre del paciente
domain-field-reminder-time = hora del recordatorio
domain-field-paper = tamaño del papel

# A date typed or read that reads two ways.
# $text (String) - the text as given
# $day_first (String) - its day-first reading, written out ("3 April 2025")
# $month_first (String) - its month-first reading, written out ("4 March 2025")
domain-date-ambiguous = "{ $text }" puede ser el { $day_first } o el { $month_first }
# A text that is not a date. The other examples show forms a person may type; keep them in
# forms your language writes.
# $text (String) - the text as given
# $example (String) - an example date written out ("3 April 2025")
domain-date-not-a-date = "{ $text }" no es una fecha; debe ser una fecha como 2025-04-03, 03/04/2025 (si se indica el orden de la fecha), { $example }, 22 ene 2022, marzo 3, 2026, hoy o ayer, entre 1900 y 2199


## Store
## Opening, saving, backups and the passphrase of a journal (src/store/).

# Why a journal could not be opened, read or written. Every message names the file; $path is
# always the file or folder as given (String). What SQLite or the system said is kept in its own
# words in $detail (String).
# $path (String) - the file
store-error-not-a-journal-not-sqlite = { $path } no es un archivo de { -brand-name } (no es una base de datos SQLite); no se modificó. Elija otro archivo o restaure una copia de seguridad.
# $path (String) - the file
store-error-not-a-journal-other-program = { $path } no es un archivo de { -brand-name } (es una base de datos SQLite de otro programa); no se modificó. Elija otro archivo o restaure una copia de seguridad.
# $path (String) - the file
store-error-not-a-journal-empty = { $path } no es un archivo de { -brand-name } (es un archivo vacío); no se modificó. Elija otro archivo o restaure una copia de seguridad.
# $path (String) - the file that should hold the last logged day
store-error-not-a-journal-last-logged-day = { $path } no es un archivo de { -brand-name } (el archivo del último día registrado debe contener una sola fecha, AAAA-MM-DD); no se modificó. Elija otro archivo o restaure una copia de seguridad.
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-not-a-journal-needs-app = { $path } no es un archivo de { -brand-name } (no se puede leer sin la aplicación ({ $detail })); no se modificó. Elija otro archivo o restaure una copia de seguridad.
# $path (String) - the file; $found (Number) - its schema version; $supported (Number) - the newest this version reads
store-error-newer-schema = { $path } se escribió con una versión más reciente de { -brand-name } (esquema { $found }; esta versión lee hasta el { $supported }); no se modificó. Actualice la aplicación para abrirlo.
# RELIEF_JOURNAL_PASSPHRASE and --passphrase-file FILE are typed as they are.
# $path (String) - the file
store-error-protected = este diario está protegido con una contraseña: { $path } no se puede leer sin ella (un archivo de bytes al azar se ve igual). Indique la contraseña en la variable de entorno RELIEF_JOURNAL_PASSPHRASE, con --passphrase-file FILE, o escríbala cuando se le pida en una terminal. No se modificó.
# $path (String) - the file
store-error-wrong-passphrase = esa contraseña no abre { $path }: o no es la correcta, o el archivo no es un diario de { -brand-name }; no se modificó. La contraseña distingue mayúsculas y minúsculas; una contraseña olvidada no se puede recuperar.
# $path (String) - the file
store-error-not-protected = { $path } no está protegido con una contraseña; no hay ninguna que quitar
store-error-empty-passphrase = la contraseña está vacía; escriba al menos un carácter
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-damaged = { $path } está dañado ({ $detail }); no se modificó. Restaure la copia de seguridad más reciente.
# $path (String) - the file; $verdict (String) - SQLite's integrity check of the copy
store-error-damaged-converted-copy = { $path } está dañado (la copia convertida no coincide con el diario (revisión de integridad: { $verdict })); no se modificó. Restaure la copia de seguridad más reciente.
# $path (String) - the file
store-error-unreadable-no-file = { $path } no se pudo leer (ahí no hay ningún archivo de diario); no se modificó. Compruebe que este usuario pueda leer el archivo y su carpeta, y que el disco esté conectado.
# $path (String) - the file
store-error-unreadable-permission = { $path } no se pudo leer (permiso denegado: el archivo pertenece a otra cuenta de usuario, o sus permisos no dejan que este usuario lo lea); no se modificó. Compruebe que este usuario pueda leer el archivo y su carpeta, y que el disco esté conectado.
# $path (String) - the file; $wal (String) - its -wal file
store-error-unreadable-changes-in-read-only-folder = { $path } no se pudo leer (sus cambios más recientes están en { $wal }, que SQLite no puede leer en una carpeta de solo lectura; copie el diario junto con su archivo -wal a un lugar donde pueda guardar cambios y abra la copia); no se modificó. Compruebe que este usuario pueda leer el archivo y su carpeta, y que el disco esté conectado.
# $path (String) - the file; $detail (String) - what SQLite reported
store-error-unreadable-cannot-open = { $path } no se pudo leer ({ $detail }: este usuario no puede leer el archivo o la carpeta donde está); no se modificó. Compruebe que este usuario pueda leer el archivo y su carpeta, y que el disco esté conectado.
# $path (String) - the file; $detail (String) - what the system or SQLite reported
store-error-unreadable = { $path } no se pudo leer ({ $detail }); no se modificó. Compruebe que este usuario pueda leer el archivo y su carpeta, y que el disco esté conectado.
# $path (String) - where the journal was looked for
store-error-no-journal-file = { $path }: aquí no hay ningún archivo de diario
# $reason (String) - why the journal cannot be written: a whole store-read-only-* clause
store-error-read-only = { $reason }: copie el diario a un lugar donde pueda guardar cambios, o elija otro diario. No se cambió nada.
# $path (String) - the folder given; $example (String) - a journal file inside it
store-error-is-a-folder = { $path } es una carpeta, no un archivo de diario; indique el archivo de diario que está dentro (por ejemplo, { $example })
# $path (String) - the file that has the backups folder's name
store-error-backup-folder-is-a-file = { $path }: hay un archivo con el nombre de la carpeta de copias de seguridad; muévalo o cámbiele el nombre para que las copias se puedan guardar ahí
# $refusal (String) - the value refused, worded as domain-refused
store-error-stored-value = el diario contiene un valor que no corresponde: { $refusal }
# $path (String) - the file or folder; $detail (String) - what the system reported
store-error-io = { $path }: { $detail }
# $detail (String) - what SQLite reported
store-error-sqlite = error de la base de datos: { $detail }
# $detail (String) - what the upgrade reported
store-error-migration = no se pudo actualizar el diario: { $detail }
# --db PATH and RELIEF_JOURNAL_DB are typed as they are.
store-error-no-data-directory = no se encontró una carpeta de datos para este usuario; use --db PATH o defina RELIEF_JOURNAL_DB

# Why a journal cannot be written: a whole clause, shown alone in the read-only banner and
# before the advice of store-error-read-only.
# $path (String) - the folder
store-read-only-folder = la carpeta { $path } es de solo lectura
# $path (String) - the journal file
store-read-only-file = el archivo del diario { $path } es de solo lectura
# $path (String) - the journal file
store-read-only-requested = { $path } se abrió solo para lectura
# $reason (String) - why the journal cannot be written, a store-read-only-* clause
store-read-only-needs-upgrade = { $reason }, y el diario se escribió con una versión anterior de { -brand-name }: hay que actualizarlo antes de que esta versión pueda leerlo

# Dates being saved years before the rest (a mistyped year, such as 1926 for 2026). Dates are
# written as the file or the command line gives them, YYYY-MM-DD.
# $count (Number) - how many rows; $date (String) - the day they are on
# $reference (String) - the day the rest are from
store-unusual-dates-one-day = { $count ->
    [one] 1 fila tiene una fecha de años antes que las demás ({ $date }; las demás son desde el { $reference }): revise el año si no es correcto.
   *[other] { $count } filas tienen una fecha de años antes que las demás ({ $date }; las demás son desde el { $reference }): revise el año si no es correcto.
}
# $count (Number) - how many rows (2 or more); $first (String) - the earliest; $last (String) - the latest
# $reference (String) - the day the rest are from
store-unusual-dates-span = { $count ->
   *[other] { $count } filas tienen fechas de años antes que las demás (del { $first } al { $last }; las demás son desde el { $reference }): revise el año si no es correcto.
}

# Why a backup was taken, as a list of backups shows it.
store-backup-reason-daily = diaria
store-backup-reason-before-import = antes de importar
store-backup-reason-before-restore = antes de restaurar
store-backup-reason-before-migration = antes de actualizar
store-backup-reason-manual = a petición
store-backup-reason-before-passphrase = antes de cambiar la contraseña


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
