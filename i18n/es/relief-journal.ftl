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
# A calendar's column heading.
# $weekday (String) - the weekday's abbreviated name, as the region writes it
format-weekday-heading = { $weekday }
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
# How a weekday is written inside a sentence, after a preposition ("the entry for Sat 28 Nov 2026"): "short" for the abbreviated name, "full" for the name written out. Read by the program, never shown.
format-weekday-in-text = full
# A day inside a sentence, after a preposition: "the entry for Sat 28 Nov 2026".
# $weekday (String) - the weekday, abbreviated or written out as format-weekday-in-text says; $day (Number); $month (String) - abbreviated month name; $year (Number)
format-date-weekday-in-text = { $weekday } { $day } { $month } { $year }
# A date and a time of day, as the list of backups shows them.
# $date (String) - a formatted date; $time (String) - the time, 24-hour "14:05"
format-date-time = { $date }, { $time }
# $head (String) - every choice but the last, joined by commas; $last (String) - the last choice
format-alternatives = { $head } o { $last }
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
domain-field-backup-keep-days = días que se conservan las copias de seguridad
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
domain-date-not-a-date = "{ $text }" no es una fecha; escriba una fecha entre 1900 y 2199, como { $example }, 3 abr, 2025-04-03, hoy o ayer


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
# A file to restore (a backup, a journal kept aside) protected by a passphrase other than the journal's.
# $path (String) - the file to restore; $tried (String) - "yes" when a passphrase was tried on it and did not open it, "no" when none was given
# RELIEF_JOURNAL_RESTORE_PASSPHRASE and --restore-passphrase-file FILE are typed as they are.
store-error-restore-passphrase = { $tried ->
    [yes] la contraseña indicada no abre { $path }
   *[no] { $path } está protegido con una contraseña que no es la de este diario
}: indique la contraseña de ese archivo en la variable de entorno RELIEF_JOURNAL_RESTORE_PASSPHRASE, con --restore-passphrase-file FILE, o escríbala cuando se le pida en una terminal. No se cambió nada.
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

# Where in a file. Indexes and keys of JSON (entries[3], settings) are written as JSON writes them.
# $line (String) - the line number
exchange-location-line = línea { $line }
# $sheet (String) - the sheet's name; $row (String) - the row number
exchange-location-sheet-row = hoja { $sheet }, fila { $row }
# $index (String) - the entry's place in entries, from 0; $date (String) - its date as written
exchange-location-journal-entry = entries[{ $index }] (fecha { $date })
# $index (String) - the infusion's place in infusions, from 0; $date (String) - its date as written
exchange-location-journal-infusion = infusions[{ $index }] (fecha { $date })
# $index (String) - the entry's place in the file's list, from 0
exchange-location-json-entry = entries[{ $index }]
# $index (String) - the entry's place in the file's list, from 0
exchange-location-json-entry-timestamp = entries[{ $index }].timestamp
exchange-location-settings = settings
# $date (String) - the day, YYYY-MM-DD
exchange-location-entry-on = el registro del { $date }
# $date (String) - the day, YYYY-MM-DD
exchange-location-infusion-on = la infusión del { $date }
# The readings of a day combined into one entry.
# $first (String) - where the day's first row is (an exchange-location-* text); $date (String) - the day, YYYY-MM-DD
exchange-location-day-readings = { $first } (las lecturas del { $date })

# Why a file could not be imported. $file (String) is always the file as given; options
# (--date-order dmy, --reading "pain=NAME", --column FIELD=HEADER) are typed as they are.
# $file (String) - the file; $detail (String) - what the system reported
exchange-error-io = { $file }: { $detail }
# $file (String) - the file
exchange-error-unknown-file-type = { $file }: tipo de archivo desconocido; debe ser un diario .json, una tabla .csv, .tsv o .txt, o un libro .xlsx u .ods
# $file (String) - the file; $found (String) - the "format" the file gives, as JSON writes it
exchange-error-unknown-format = { $file }: "format" es { $found }; debe ser "relief-journal"
# $file (String) - the file
exchange-error-format-missing = { $file }: falta "format"; debe ser "relief-journal"
# $file (String) - the file; $found (String) - the file's version; $supported (String) - the newest this version reads
exchange-error-newer-version = { $file }: la versión { $found } del formato del diario es más reciente de las que lee esta aplicación (hasta la { $supported }); actualice { -brand-name } para importarlo
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the value refused, a whole domain-refused message
exchange-error-invalid = { $file }, { $location }: { $error }
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - why it is not a date, a whole domain-date-* message
exchange-error-date = { $file }, { $location }: date: { $error }
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the two readings, a whole domain-date-ambiguous message
exchange-error-date-ambiguous = { $file }, { $location }: date: { $error }; agregue --date-order dmy o --date-order mdy
# In the app, where the date order is chosen on screen.
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - why it is not a date, a whole domain-date-* message
exchange-error-date-app = { $file }, { $location }: fecha: { $error }
# In the app, where the date order is chosen on screen.
# $file (String) - the file; $location (String) - where (an exchange-location-* text)
# $error (String) - the two readings, a whole domain-date-ambiguous message
exchange-error-date-ambiguous-app = { $file }, { $location }: fecha: { $error }; elija cómo se leen las fechas numéricas.
# $file (String) - the file; $location (String) - where the second entry is; $date (String) - the day, YYYY-MM-DD
exchange-error-duplicate-day = { $file }, { $location }: un segundo registro para el { $date }; un diario tiene un solo registro por día

# What is wrong with a file's form. $detail (String) is what the reader reported, in its own words.
# $file (String) - the file
exchange-problem-sheet-only-for-workbooks = { $file }: --sheet solo sirve para libros .xlsx, .xls y .ods
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-unreadable = { $file }: no se pudo leer ({ $detail })
# $file (String) - the file; $line (String) - the line; $detail (String) - what the reader reported
exchange-problem-unreadable-line = { $file }: línea { $line }: no se pudo leer ({ $detail })
# $file (String) - the file
exchange-problem-no-header-row = { $file }: el archivo no tiene una fila de encabezados
# $file (String) - the file; $line (String) - the row's line; $cells (Number) - the row's cells; $header (String) - the header's cells
exchange-problem-cell-count = { $file }: línea { $line }: la fila tiene { $cells ->
    [one] 1 celda
   *[other] { $cells } celdas
}, pero el encabezado tiene { $header }
# $file (String) - the file; $wanted (String) - the sheet asked for; $sheets (String) - the workbook's sheets, separated by commas
exchange-problem-no-such-sheet = { $file }: no hay ninguna hoja llamada "{ $wanted }"; las hojas son { $sheets }
# $file (String) - the file
exchange-problem-no-sheets = { $file }: el libro no tiene hojas
# $file (String) - the file; $sheet (String) - the sheet; $detail (String) - what the reader reported
exchange-problem-unreadable-sheet = { $file }: hoja { $sheet }: no se pudo leer ({ $detail })
# $file (String) - the file; $sheet (String) - the sheet
exchange-problem-empty-sheet = { $file }: la hoja { $sheet } está vacía
# $file (String) - the file; $encoding (String) - the encoding its byte-order mark names (UTF-16LE)
exchange-problem-byte-order-mark = { $file }: el archivo empieza con una marca de orden de bytes { $encoding }, pero no es texto { $encoding } válido
# $file (String) - the file; $line (String) - the line of the first byte that is not UTF-8
exchange-problem-not-utf8 = { $file }: línea { $line }: el archivo no es texto UTF-8; guárdelo como UTF-8 (o como texto Unicode, UTF-16)
# $file (String) - the file; $line (String) - the line of the first control character
exchange-problem-not-text = { $file }: línea { $line }: el archivo contiene bytes que no son texto, así que no es una tabla ni un diario; guárdelo como CSV desde el programa que lo creó
# $file (String) - the file; $entries (String) - the columns of an entries CSV; $infusions (String) - those of an infusions CSV
exchange-problem-not-journal-header = { $file }: línea 1: el encabezado no es ni el de registros diarios ({ $entries }) ni el de infusiones ({ $infusions }); para importar otra tabla, asigne sus columnas con --column FIELD=HEADER
# $file (String) - the file; $name (String) - the column; $allowed (String) - the columns allowed, separated by commas
exchange-problem-unknown-column = { $file }: línea 1: columna desconocida "{ $name }"; las columnas permitidas son { $allowed }
# $file (String) - the file; $name (String) - the column
exchange-problem-column-twice = { $file }: línea 1: la columna "{ $name }" aparece dos veces
# $file (String) - the file
exchange-problem-no-date-column = { $file }: línea 1: el encabezado no tiene una columna "date"
# $file (String) - the file; $found (String) - the "version" the file gives, as JSON writes it; $supported (String) - the newest version read
exchange-problem-version = { $file }: "version" es { $found }; debe ser un número entero del 1 al { $supported }
# $file (String) - the file; $supported (String) - the newest version read
exchange-problem-version-missing = { $file }: falta "version"; debe ser un número entero del 1 al { $supported }
# $file (String) - the file; $path (String) - where in the JSON (entries[0].pain); $detail (String) - what the reader reported
exchange-problem-json-value = { $file }: { $path }: valor no válido ({ $detail })
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-settings = { $file }: settings: no se pudo leer ({ $detail })
# $file (String) - the file; $key (String) - the setting; $known (String) - the settings there are, separated by commas
exchange-problem-unknown-setting = { $file }: settings: opción desconocida "{ $key }"; las opciones que existen son { $known }
# $file (String) - the file; $header (String) - the column looked for; $columns (String) - the table's columns, quoted
# $role (String) - what the column was for: date, time, name, detail, value or note
exchange-problem-no-column-for-role = { $file }: no hay ninguna columna "{ $header }" para { $role ->
    [date] la fecha
    [time] la hora
    [name] el nombre de la lectura
    [detail] el detalle
    [value] el valor
   *[note] la nota
}; las columnas son { $columns }
# $file (String) - the file; $field (String) - the field's key: date or time
exchange-problem-readings-cannot-feed = { $file }: las lecturas no pueden dar { $field ->
    [time] la hora
   *[date] la fecha
}; sale de su propia columna
# $file (String) - the file; $names (String) - the reading names found, quoted
exchange-problem-no-pain-readings = { $file }: ninguna lectura da el dolor; indíquelas con --reading "pain=NAME" (los nombres encontrados son { $names })
# $file (String) - the file; $header (String) - the column looked for; $field (String) - the field's key; $columns (String) - the table's columns, quoted
exchange-problem-no-column-for-field = { $file }: no hay ninguna columna "{ $header }" para { $field }; las columnas son { $columns }
# $file (String) - the file; $field (String) - the field's key; $columns (String) - the table's columns, quoted
exchange-problem-field-not-mapped = { $file }: ninguna columna está asignada a { $field }; asigne una con --column { $field }=HEADER (las columnas son { $columns })
# $file (String) - the file; $field (String) - the field's key
exchange-problem-scale-not-for-score = { $file }: --scale solo sirve para pain, worst_pain, sleep_quality, mobility y mood, no para { $field }
# $file (String) - the file; $headers (String) - the header, separated by commas
# $tracker (String) - the tracker named; $found (String) - the tracker the header is; $name (String) - its --from name
exchange-problem-other-trackers-header = { $file }: el encabezado ({ $headers }) no es el de una exportación de { $tracker }; parece una exportación de { $found } (--from { $name })
# $file (String) - the file; $field (String) - the field's key
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $count (Number) - how many names were found; $names (String) - the names found, quoted
exchange-problem-no-candidate = { $file }: { $kind ->
    [scale] ninguna escala tiene un nombre parecido a { $field }
    [symptom] ningún síntoma tiene un nombre parecido a { $field }
    [column] ninguna columna de afección o síntoma tiene un nombre parecido a { $field }
   *[other] ningún indicador tiene un nombre parecido a { $field }
}; indique cuál lo contiene con --reading "{ $field }=NAME" (los nombres encontrados son { $count ->
    [0] ninguno
   *[other] { $names }
})
# In the app, where the name is chosen under "Pain from".
# $file (String) - the file; $field (String) - the field in words
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $count (Number) - how many names were found; $names (String) - the names found, quoted
exchange-problem-no-candidate-app = { $file }: { $kind ->
    [scale] ninguna escala tiene un nombre parecido a { $field }
    [symptom] ningún síntoma tiene un nombre parecido a { $field }
    [column] ninguna columna de afección o síntoma tiene un nombre parecido a { $field }
   *[other] ningún indicador tiene un nombre parecido a { $field }
}; elija cuál lo contiene en “Dolor a partir de”, arriba (los nombres encontrados son { $count ->
    [0] ninguno
   *[other] { $names }
})
# $file (String) - the file; $field (String) - the field's key
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $names (String) - the candidates, quoted
exchange-problem-several-candidates = { $file }: { $kind ->
    [scale] varias escalas
    [symptom] varios síntomas
    [column] varias columnas de afección o síntoma
   *[other] varios indicadores
} podrían ser { $field }: { $names }; indique cuál con --reading "{ $field }=NAME"
# In the app, where the name is chosen under "Pain from".
# $file (String) - the file; $field (String) - the field in words
# $kind (String) - what was looked among: scale, symptom, column, tracker or feature
# $names (String) - the candidates, quoted
exchange-problem-several-candidates-app = { $file }: { $kind ->
    [scale] varias escalas
    [symptom] varios síntomas
    [column] varias columnas de afección o síntoma
   *[other] varios indicadores
} podrían ser { $field }: { $names }; elija cuál en “Dolor a partir de”, arriba
# $file (String) - the file; $name (String) - the column looked for; $columns (String) - the table's columns, quoted
exchange-problem-no-column-named = { $file }: no hay ninguna columna "{ $name }"; las columnas son { $columns }
# $file (String) - the file; $detail (String) - what the reader reported
exchange-problem-not-json = { $file }: no se puede leer como JSON ({ $detail })
# $file (String) - the file
exchange-problem-not-paintracker-json = { $file }: no es una exportación de PainTracker: debe ser una lista de registros, cada uno con "timestamp" y "baselineData" o "painLevel"

# A file of another app, or of no known layout: what it looks like and how it can be imported.
# $file (String) - the file; $tracker (String) - the tracker's name; $name (String) - its --from name
exchange-foreign-tracker-table = { $file }: parece una exportación de { $tracker }, no un archivo de { -brand-name }; impórtelo con --from { $name }
# $file (String) - the file; $rows (Number) - its data rows; $columns (String) - its first columns, quoted
# $more (Number) - how many columns are not listed; $trackers (String) - the --from names, separated by commas
exchange-foreign-table = { $file }: una tabla de { $rows ->
    [one] 1 fila
   *[other] { $rows } filas
} con las columnas { $columns }{ $more ->
    [0] {""}
   *[other] { " " }y { $more } más
}, que no es un archivo de { -brand-name } ni un formato que esta aplicación conozca; asigne sus columnas con --column date=HEADER --column pain=HEADER (y otras) o, si viene de una de las aplicaciones de registro que esta aplicación lee, agregue --from NAME ({ $trackers })
# $file (String) - the file; $detail (String) - what the JSON reader reported; $trackers (String) - the --from names, separated by commas
exchange-foreign-unreadable-json = { $file }: no se puede leer como JSON ({ $detail }), así que no es un archivo de { -brand-name }; un archivo de { -brand-name } es el .json que escribe la exportación; para la exportación de otra aplicación, use --from NAME ({ $trackers }), o guárdela como CSV y asigne sus columnas con --column
# In the app.
# $file (String) - the file; $detail (String) - what the JSON reader reported
exchange-foreign-unreadable-json-app = { $file }: no se puede leer como JSON ({ $detail }), así que no es un archivo de { -brand-name }; un archivo de { -brand-name } es el .json que escribe la exportación. Si es la exportación de otra aplicación, guárdela como CSV e importe el CSV para asignar sus columnas.
# $file (String) - the file; $tracker (String) - the tracker's name; $shape (String) - what the JSON is (an exchange-json-* text); $name (String) - its --from name
exchange-foreign-tracker-json = { $file }: parece una exportación de { $tracker } ({ $shape }), no un archivo de { -brand-name }; impórtelo con --from { $name }
# $file (String) - the file; $shape (String) - what the JSON is (an exchange-json-* text); $trackers (String) - the --from names, separated by commas
exchange-foreign-json = { $file }: { $shape }, sin el "format": "relief-journal" de un archivo de { -brand-name }, y no es un formato que esta aplicación conozca; para la exportación de otra aplicación, use --from NAME ({ $trackers }), o guárdela como CSV y asigne sus columnas con --column FIELD=HEADER
# In the app.
# $file (String) - the file; $shape (String) - what the JSON is (an exchange-json-* text)
exchange-foreign-json-app = { $file }: { $shape }, sin el "format": "relief-journal" de un archivo de { -brand-name }, y no es un formato que esta aplicación conozca. Si es la exportación de otra aplicación, guárdela como CSV e importe el CSV para asignar sus columnas.

# What a JSON value is, in a few words, inside the messages above.
# $count (Number) - how many objects; $keys (String) - the first object's first keys, separated by commas; $more (Number) - how many keys are not listed
exchange-json-array-of-objects = una lista JSON de { $count ->
    [one] 1 objeto
   *[other] { $count } objetos
} con las claves { $keys }{ $more ->
    [0] {""}
   *[other] { " " }y { $more } más
}
# $count (Number) - how many items
exchange-json-array = una lista JSON de { $count ->
    [one] 1 elemento
   *[other] { $count } elementos
}
exchange-json-empty-object = un objeto JSON vacío
# $keys (String) - the first keys, separated by commas; $more (Number) - how many keys are not listed
exchange-json-object = un objeto JSON con las claves { $keys }{ $more ->
    [0] {""}
   *[other] { " " }y { $more } más
}
exchange-json-null = un null de JSON
exchange-json-bool = un true o false de JSON
exchange-json-number = un número JSON
exchange-json-string = un texto JSON

# How values were changed on the way in, one line each in the import's summary (after "Rule:").
# $encoding (String) - the code page, Windows-1252
exchange-rule-code-page = el archivo no es UTF-8, así que se leyó como texto { $encoding }, como se guarda el “CSV” sencillo de una hoja de cálculo en Europa occidental y en América; revise las letras con acento en las filas que se muestran
# $order (String) - the order the dates were read in: dmy or mdy; $date (String) - a date of the file that reads only that way, as written
exchange-rule-date-order-from-file = las fechas numéricas se leen { $order ->
    [dmy] con el día primero (03/04/2025 es el 3 de abril)
   *[mdy] con el mes primero (03/04/2025 es el 4 de marzo)
}, porque la fecha "{ $date }" del propio archivo solo puede leerse así
# $days (Number) - how many days
exchange-rule-several-readings = { $days ->
    [one] 1 día tenía varias lecturas y se convirtió en un solo registro: el dolor del día es el promedio de sus lecturas, redondeado al entero más cercano (las mitades hacia arriba); el dolor más intenso, la lectura más alta (salvo que se asigne una columna de dolor más intenso); las demás puntuaciones, su promedio; las horas de sueño y las dosis de rescate se suman; las notas se juntan con su hora; las lecturas se conservan en la nota
   *[other] { $days } días tenían varias lecturas y cada uno se convirtió en un solo registro: el dolor del día es el promedio de sus lecturas, redondeado al entero más cercano (las mitades hacia arriba); el dolor más intenso, la lectura más alta (salvo que se asigne una columna de dolor más intenso); las demás puntuaciones, su promedio; las horas de sueño y las dosis de rescate se suman; las notas se juntan con su hora; las lecturas se conservan en la nota
}
exchange-rule-fractional-scores = las puntuaciones con decimales (como un promedio diario de 6.5) se redondean al entero más cercano (las mitades hacia arriba); el valor tal como está escrito se conserva en la nota
# On the command line, with the option that reads them as 0.
# $count (Number) - how many values
exchange-rule-zeros-not-logged = { $count ->
    [one] 1 valor de 0 se leyó como sin registrar, porque este archivo escribe 0 en los días sin lectura (--zero score los lee como 0)
   *[other] { $count } valores de 0 se leyeron como sin registrar, porque este archivo escribe 0 en los días sin lectura (--zero score los lee como 0)
}
# In the app, where the choice is on screen.
# $count (Number) - how many values
exchange-rule-zeros-not-logged-app = { $count ->
    [one] 1 valor de 0 se leyó como sin registrar, porque este archivo escribe 0 en los días sin lectura
   *[other] { $count } valores de 0 se leyeron como sin registrar, porque este archivo escribe 0 en los días sin lectura
}
# $count (Number) - how many days; $days (String) - the days, YYYY-MM-DD, separated by commas
exchange-rule-days-without-pain = { $count ->
    [one] 1 día sin lectura de dolor no se importó (el diario necesita el dolor): { $days }
   *[other] { $count } días sin lectura de dolor no se importaron (el diario necesita el dolor): { $days }
}
# $field (String) - the field in words (domain-field-*); $name (String) - the start of the readings' name
exchange-rule-from-readings = { $field } a partir de las lecturas llamadas "{ $name }"
# $field (String) - the field in words (domain-field-*); $name (String) - the start of the readings' name; $scale (String) - the scale, MIN-MAX (0-4)
exchange-rule-from-readings-scaled = { $field } a partir de las lecturas llamadas "{ $name }", de { $scale } convertido a 0-10 (redondeado al entero más cercano, las mitades hacia arriba)
# $field (String) - the field in words (domain-field-*); $scale (String) - the scale, MIN-MAX (0-4)
exchange-rule-scale-mapped = { $field } de { $scale } convertido a 0-10 (redondeado al entero más cercano, las mitades hacia arriba); el valor original se conserva en la nota
# $tracker (String) - the tracker's name
exchange-rule-read-as = leído como exportación de { $tracker }
# rad, awful and "points" are Daylio's own words; keep them as they are.
# $pain (String) - the scale pain came from
exchange-rule-daylio = dolor a partir de la escala "{ $pain }" sobre su máximo (6/10 points es 6), horas de sueño a partir de una escala de sueño en horas y minutos y calidad del sueño a partir de una escala en puntos, estado de ánimo a partir de los estados de ánimo predeterminados de Daylio (de rad 5 a awful 1, en 1-5), actividades como etiquetas
exchange-rule-paintracker-csv = dolor y calidad del sueño del 0 al 10, como los registra PainTracker; su impacto en el estado de ánimo (de 0 sin impacto a 10 grave) no es una puntuación del estado de ánimo y se deja fuera
exchange-rule-paintracker-json = dolor y calidad del sueño del 0 al 10, como los registra PainTracker (una calidad del sueño de 0 es su valor predeterminado sin calificar y se deja fuera); el impacto en el estado de ánimo, los medicamentos, los tratamientos y el impacto en el trabajo se dejan fuera
exchange-rule-pain-zero-not-logged = un dolor de 0 se lee como sin registrar, según lo elegido
# $column (String) - the column
exchange-rule-flaredown-pain = dolor a partir de la columna de afección o síntoma "{ $column }"
# $column (String) - the column
exchange-rule-nomie-pain = dolor a partir de la columna del indicador "{ $column }"
# strength, start_date, medication_amount and description are Headi's column names; keep them as they are.
exchange-rule-headi = dolor a partir de strength (0 a 10), con la fecha de start_date (milisegundos desde 1970, en la zona horaria de esta computadora); el tipo de dolor y el medicamento como etiquetas; medication_amount como dosis de rescate, sumadas en el día; description en la nota
exchange-rule-track-and-graph = las duraciones (H:MM:SS) se leen como horas; las etiquetas se dejan fuera

# What a file holds that was not imported, listed after "Ignored:" or "Not imported:".
# $header (String) - the column's header
exchange-ignored-column = columna "{ $header }"
# $name (String) - the readings' name; $rows (Number) - how many rows carry it
exchange-ignored-readings = lecturas "{ $name }" ({ $rows ->
    [one] 1 fila
   *[other] { $rows } filas
})
# $mood (String) - the mood as Daylio writes it; $entries (Number) - in how many entries
exchange-ignored-daylio-mood = estado de ánimo "{ $mood }" ({ $entries ->
    [one] 1 registro
   *[other] { $entries } registros
})
# $name (String) - the scale; $entries (Number) - in how many entries
exchange-ignored-daylio-scale = escala "{ $name }" ({ $entries ->
    [one] 1 registro
   *[other] { $entries } registros
})

# An entry on one line as it would be stored, in an import's preview: its date (YYYY-MM-DD) and
# these parts, separated by commas.
# $value (String) - the score
exchange-entry-pain = dolor { $value }
# $value (String) - the score
exchange-entry-worst-pain = dolor más intenso { $value }
# $value (String) - the score
exchange-entry-sleep-quality = calidad del sueño { $value }
# $value (String) - the score
exchange-entry-mobility = movilidad { $value }
# $value (String) - the score
exchange-entry-mood = ánimo { $value }
# $hours (String) - hours slept
exchange-entry-sleep-hours = sueño { $hours } h
# $count (String) - rescue doses taken
exchange-entry-rescue-doses = dosis de rescate { $count }
exchange-entry-wearing-off = alivio disminuyendo
# $tags (String) - the tags as stored, joined by ";"
exchange-entry-tags = etiquetas { $tags }
# $items (String) - the side effects as stored, joined by ";"
exchange-entry-side-effects = efectos secundarios { $items }
# $note (String) - the note as stored
exchange-entry-note = nota "{ $note }"

# An infusion on one line as it would be stored, in an import's preview: its date (YYYY-MM-DD)
# and these parts, separated by commas (its side effects and note as an entry's).
exchange-infusion-done = realizada
exchange-infusion-planned = programada
exchange-infusion-loading = carga
exchange-infusion-maintenance = mantenimiento
# $dose (String) - the dose in milligrams, as stored
exchange-infusion-dose = { $dose } mg
# $minutes (String) - how long the infusion took, in minutes
exchange-infusion-duration = { $minutes } min
# $clinic (String) - the clinic, as stored
exchange-infusion-clinic = clínica { $clinic }

# A scale typed for a column that is not one. MIN-MAX is typed as it is.
# $text (String) - the text as typed
exchange-scale-error = "{ $text }" no es una escala; debe ser MIN-MAX, como 0-4 o 1-5


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

# A cycle table cell: relief fell below a threshold somewhere within days without entries.
# $from (Number) and $to (Number) - the first and last day it may have fallen, days after the infusion
analysis-cell-day-window = días { $from }–{ $to }

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

# A cycle whose loss of meaningful relief lies within days without enough entries for a 7-day mean.
# $cycle (Number) - the cycle's number; $threshold (String) - the meaningful threshold, e.g. "30%"; $from (Number) and $to (Number) - the first and last day it may have fallen, days after the infusion
analysis-loss-window = Ciclo { $cycle }: el alivio quedó por debajo del { $threshold } entre el día { $from } y el día { $to }; los días sin suficientes registros no dejan ver el día exacto.

# A cycle whose loss of meaningful relief cannot be measured, and why.
# $cycle (Number) - the cycle's number; $threshold (String) - the meaningful threshold, e.g. "30%"; $reason (String) - "too-few-days" or "entries-began-late"; $min (Number) - logged days a week a 7-day mean needs
analysis-loss-not-measurable = Ciclo { $cycle }: no se puede medir cuándo el alivio quedó por debajo del { $threshold }: { $reason ->
        [entries-began-late] los registros empezaron después de la infusión, y el alivio pudo haber llegado y pasado antes de ellos.
       *[too-few-days] se registraron muy pocos días (un promedio de 7 días necesita { $min ->
            [one] 1 día registrado
           *[other] { $min } días registrados
        } en su semana).
    }

# A pattern the recent cycles can neither show nor rule out, and what would make it clear.
# $kind (String) - "ends-early" or "outlasts"; $cycles (String) - the cycles that cannot be judged, e.g. "cycles 4 and 5"; $why (String) - "not-measurable", "window", "end-not-logged" or "mixed"; $threshold (String) - the meaningful threshold, e.g. "30%"; $days (Number) - the days before the next infusion that make a loss early
analysis-open-question = { $kind ->
        [outlasts] Todavía no se puede saber si el alivio dura más que el intervalo entre infusiones
       *[ends-early] Todavía no se puede saber si el alivio termina antes de tiempo
    }: { $why ->
        [not-measurable] se registraron muy pocos días para ver cuándo el alivio quedó por debajo del { $threshold }
        [window] el alivio quedó por debajo del { $threshold } en días sin registros que entran { $days ->
            [one] en el último día
           *[other] en los últimos { $days } días
        } antes de la siguiente infusión
        [end-not-logged] se registraron muy pocos días en la última semana antes de la siguiente infusión para ver si el alivio seguía
       *[mixed] se registraron muy pocos días para ver cómo terminó el alivio
    } ({ $cycles }). Registrar todos los días del próximo ciclo lo aclararía.

# Relief that stays between infusions once the rest has faded: pain settles below the untreated level.
# $benefit (String) - the lasting relief to the nearest 5%, e.g. "15%"; $worn_off (String) - the mean pain once relief had worn off, e.g. "5.9"; $days (Number) - the days it rests on; $cycles (String) - the cycles, e.g. "cycles 2, 3 and 4"; $untreated (String) - the untreated baseline, e.g. "6.9"; $threshold (String) - the meaningful threshold, e.g. "30%"
analysis-lasting-benefit = Un alivio de alrededor del { $benefit } se ha mantenido entre infusiones: una vez pasado el resto del alivio, su dolor se quedó en { $worn_off } en promedio ({ $days ->
        [one] 1 día
       *[other] { $days } días
    } en { $cycles }), por debajo del dolor sin tratamiento de { $untreated }. El alivio se sigue midiendo frente al dolor sin tratamiento, así que un alivio por debajo del { $threshold } significa que el resto del alivio ya había pasado.

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

# $upper (String) - the one-sided 95% upper bound of the baseline's mean, e.g. "7.4"
analysis-baseline-upper-one-sided = El alivio solo se cuenta como perdido si también se pierde con un dolor basal de { $upper }, el límite superior del intervalo de confianza del 95% (unilateral) de ese promedio.

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
# $window (Number) - days of the smoothing window; $thresholds (String) - the clause saying what counts as meaningful and substantial; $min_logged (Number) - logged days a window needs; $persistence (Number) - days relief must stay below a threshold to count as lost; $comes_back (Number) - days relief must hold again for a dip not to count as lost; $series_gap (Number) - the most days between infusions of one series; $matches (Number) - cycles that must show it; $recent (Number) - recent completed cycles looked at; $early (Number) - days before the next infusion
analysis-method = El alivio es cuánto baja el dolor (promedio de { $window } días) respecto al dolor basal sin tratamiento, en porcentaje; { $thresholds }. Un periodo de { $window } días necesita al menos { $min_logged ->
        [one] 1 día registrado
       *[other] { $min_logged } días registrados
    }; los días que faltan nunca se rellenan. El alivio se pierde cuando se mantiene por debajo de un umbral durante { $persistence ->
        [one] 1 día
       *[other] { $persistence } días
    }, salvo que después vuelva a estar en ese umbral o por encima y se mantenga así durante { $comes_back ->
        [one] 1 día
       *[other] { $comes_back } días
    } o más; “duró hasta la siguiente infusión” significa que aún se mantenía cuando llegó la siguiente infusión: el alivio duró más que el intervalo. Las infusiones separadas por { $series_gap ->
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
        [some] el alivio máximo fue del { $peak }, el día { $day }
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
report-relief-charts-scope = Las gráficas del ciclo típico y de cuánto duró el alivio resumen todos los ciclos hasta el final del periodo, no solo los ciclos dentro de él.
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
report-column-sleep-hours = Sueño (h)
report-column-sleep-quality = Calidad del sueño
report-column-mood = Ánimo
report-column-rescue = Rescate
report-column-wearing-off = Alivio disminuyendo
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
    [scale] --scale: no se acepta "{ $value }"; debe tener la forma FIELD=MIN-MAX
    [reading] --reading: no se acepta "{ $value }"; debe tener la forma FIELD=NAME
   *[column] --column: no se acepta "{ $value }"; debe tener la forma FIELD=HEADER
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
cli-import-long-needs-columns = una tabla larga necesita tanto --name-column HEADER como --value-column HEADER
cli-import-long-needs-date = una tabla larga necesita su columna de fecha: --column date=HEADER
# $value (String) - the name as typed; $trackers (String) - the names --from accepts, separated by commas
cli-import-from-refused = --from: no se acepta "{ $value }"; debe ser uno de estos: { $trackers }
cli-import-reading-alone = --reading nombra lecturas de la exportación de otra aplicación (--from NAME) o de una tabla larga (--name-column y --value-column); en una tabla de días, las columnas se asignan con --column

# import: what it did
# $tracker (String) - the tracker's name, e.g. Bearable; $name (String) - the tracker's name for --from, e.g. bearable
cli-import-recognised = Se leyó como una exportación de { $tracker }, reconocida por su estructura (--from { $name } indica lo mismo; --from NAME elige otra aplicación).
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
# Days of the file with more than one done infusion (a journal synced between two computers
# can hold them); they are imported as they are.
# $count (Number) - such days; $days (String) - their dates; $date (String) - the first of
# them, YYYY-MM-DD as the command takes it
cli-import-several-done = { $count ->
    [one] Este archivo tiene más de una infusión realizada el { $days }; se importaron todas. Si alguna no corresponde, relief-journal delete --date { $date } --infusion las muestra numeradas para que pueda eliminarla.
   *[other] Este archivo tiene más de una infusión realizada en cada uno de estos días; se importaron todas: { $days }. Si alguna no corresponde, relief-journal delete --date AAAA-MM-DD --infusion muestra numeradas las infusiones del día indicado para que pueda eliminarla.
}
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
    [survival] de cuánto duró el alivio significativo
    [cycles] del alivio por día desde la infusión, en cada ciclo
   *[durations] de los días de alivio significativo por ciclo
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
# The passphrase column of `backup --list`: what opens the backup.
# $protection (String) - plain, journal (this journal's passphrase), other (another passphrase: an earlier one, or that of a journal set aside) or unreadable
cli-backup-protection = { $protection ->
    [plain] sin contraseña
    [journal] la contraseña de este diario
    [other] otra contraseña
   *[unreadable] no es un diario legible
}
# The same column for a backup kept with a journal set aside after "Forgot it?" (never removed).
# $protection (String) - as in cli-backup-protection
cli-backup-kept-protection = { $protection ->
    [plain] sin contraseña, conservada
    [journal] la contraseña de este diario, conservada
    [other] otra contraseña, conservada
   *[unreadable] no es un diario legible, conservada
}
# A journal kept aside beside this one, listed after the backups.
# $path (String) - the kept file; $protection (String) - as in cli-backup-protection
cli-backup-kept-journal = Diario apartado: { $path } ({ $protection ->
    [plain] sin contraseña
    [journal] la contraseña de este diario
    [other] otra contraseña: para restaurarlo, use --restore-passphrase-file FILE
   *[unreadable] no es un diario legible
})
# A file interrupted work left that could not be removed when the journal was opened.
# $path (String) - the file; $kind (String) - journal-conversion, backup-conversion, restore, partial-backup, log or index
cli-backup-leftover = Quedó de una operación interrumpida: { $path } ({ $kind ->
    [journal-conversion] una copia sin terminar del diario con una contraseña nueva
    [backup-conversion] una copia sin terminar de una copia de seguridad con una contraseña nueva
    [restore] una copia sin terminar hecha para restaurar un archivo
    [partial-backup] una copia de seguridad que quedó incompleta
    [log] el archivo de log de un diario apartado, que todavía no pasó a ese diario
   *[index] un índice de log que SQLite vuelve a crear
}); nada depende de este archivo, y se borrará la próxima vez que sea posible
# $path (String) - where the journal was backed up
cli-restore-safety-copy = Se hizo una copia de seguridad del diario actual en { $path }.
# $path (String) - where the journal that could not be opened now is
cli-restore-set-aside = No se pudo abrir el diario; se movió, sin cambios, a { $path }.
# $journal (String) - the journal file; $backup (String) - the backup restored
cli-restore-done = Se restauró { $journal } a partir de { $backup }.
# Said after restoring a protected file (a journal kept aside after "Forgot it?") into a plain journal.
cli-restore-took-file-passphrase = El diario vuelve a estar protegido con la contraseña del archivo restaurado, como lo estaba ese archivo: desde ahora lo abre esa misma contraseña, y sus copias de seguridad también quedan cifradas con ella.

# passphrase
# $variable (String) - the environment variable's name
cli-passphrase-not-utf8 = { $variable } no contiene texto UTF-8 válido
# The prompt in a terminal; the typed passphrase is not shown.
# $path (String) - the journal file
cli-passphrase-prompt = Contraseña de { $path }:{" "}
# The prompt in a terminal for the passphrase of a file to restore that the journal's does not open; the typed passphrase is not shown.
# $path (String) - the file to restore
cli-passphrase-restore-prompt = Contraseña de { $path } (no la de este diario):{" "}
# $file (String) - the passphrase file; $error (String) - what the system said
cli-passphrase-file-unreadable = { $file }: no se pudo leer el archivo de la contraseña como texto ({ $error })
# $file (String) - the passphrase file
cli-passphrase-file-empty = { $file }: la primera línea del archivo de la contraseña está vacía
# A passphrase file saved in an encoding that is refused, rather than guessed.
# $file (String) - the passphrase file; $encoding (String) - "utf-16le-no-mark", "utf-16be-no-mark", "utf-32", "eight-bit" or "not-what-its-mark-says"; $marked (String) - for "not-what-its-mark-says", the encoding its byte-order mark names (UTF-8, UTF-16LE, UTF-16BE); empty otherwise
cli-passphrase-file-encoding = { $file }: el archivo de la contraseña está { $encoding ->
    [utf-16le-no-mark] en UTF-16 (little endian) sin marca de orden de bytes
    [utf-16be-no-mark] en UTF-16 (big endian) sin marca de orden de bytes
    [utf-32] en UTF-32
    [not-what-its-mark-says] marcado como { $marked }, pero su texto no está en { $marked }
   *[eight-bit] en una codificación que no es UTF-8 (parece de 8 bits, como Windows-1252 o Latin-1)
}, así que la contraseña podría leerse mal. Guárdelo en UTF-8 (con o sin marca de orden de bytes) o en UTF-16 con marca de orden de bytes (“Unicode” en el Bloc de notas) y vuelva a intentarlo; no se cambió nada.
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
# $path (String) - the journal file; $count (Number) - its backups converted with it
cli-passphrase-set-done = { $count ->
    [0] { $path } ahora está cifrado con la contraseña (no tenía copias de seguridad que convertir). Nadie puede recuperar una contraseña olvidada.
    [one] { $path } ahora está cifrado con la contraseña, igual que su única copia de seguridad. Nadie puede recuperar una contraseña olvidada.
   *[other] { $path } ahora está cifrado con la contraseña, igual que sus { $count } copias de seguridad. Nadie puede recuperar una contraseña olvidada.
}
# After `passphrase set`, `change` or `remove`: this computer's copy in the sync folder was
# written again with the journal's new protection.
# $file (String) - the copy's path
cli-passphrase-snapshot-rewritten = La copia de esta computadora en la carpeta de sincronización se volvió a guardar con la nueva protección: { $file }
# The journal's protection changed, but this computer's copy in the sync folder could not be
# written again, so it keeps the old protection (plain, after a passphrase was set).
# $error (String) - why, as the sync words it
cli-passphrase-snapshot-not-rewritten = Se cambió la protección del diario, pero la copia de esta computadora en la carpeta de sincronización no se pudo volver a guardar: { $error } Hasta que se vuelva a guardar, esa copia conserva la protección anterior. Ejecute relief-journal sync cuando se pueda guardar en la carpeta, o elimine de la carpeta la copia de esta computadora.
# $path (String) - the journal file; $count (Number) - its backups converted with it
cli-passphrase-removed = { $count ->
    [0] { $path } ya no está protegido con contraseña (no tenía copias de seguridad que convertir).
    [one] { $path } ya no está protegido con contraseña, y su única copia de seguridad tampoco.
   *[other] { $path } ya no está protegido con contraseña, y sus { $count } copias de seguridad tampoco.
}
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
sync-warning-command = aviso: este diario ({ $path }) está dentro de { $folder }, una carpeta que { $service } mantiene sincronizada. Los servicios de sincronización copian el diario mientras se está guardando y dejan “copias en conflicto” en lugar de combinarlas, lo que puede dañarlo o hacer que se pierdan días. Mantenga el diario en esta computadora (sáquelo de esa carpeta) y sincronice mediante una carpeta de sincronización: relief-journal sync FOLDER.
# $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-app = Este diario está dentro de { $folder }, una carpeta que { $service } mantiene sincronizada. Eso puede dañarlo o hacer que se pierdan días cuando dos computadoras lo cambian. Mantenga el diario en esta computadora y sincronice mediante una carpeta de sincronización (Configuración, “Carpeta de sincronización”).

sync-error-no-folder = no se eligió una carpeta de sincronización para este diario; indique una: relief-journal sync FOLDER (una carpeta que su servicio de sincronización o una memoria USB lleve de una computadora a otra)
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
# What is wrong with a snapshot or journal file that holds nothing, in place of what SQLite says.
sync-detail-empty-file = el archivo está vacío
# $file (String) - a file; $detail (String) - what is wrong with it, as the system says it
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
# $count (Number) - records changed on both computers; $kind (String) - days, infusions or settings when all are of that kind, mixed otherwise
sync-conflicts = { $kind ->
    [days] { $count ->
        [one] Se cambió 1 día en las dos computadoras desde la última sincronización:
       *[other] Se cambiaron { $count } días en las dos computadoras desde la última sincronización:
    }
    [infusions] { $count ->
        [one] Se cambió 1 infusión en las dos computadoras desde la última sincronización:
       *[other] Se cambiaron { $count } infusiones en las dos computadoras desde la última sincronización:
    }
    [settings] { $count ->
        [one] Se cambió 1 opción en las dos computadoras desde la última sincronización:
       *[other] Se cambiaron { $count } opciones en las dos computadoras desde la última sincronización:
    }
   *[mixed] Se cambiaron { $count } días, infusiones u opciones en las dos computadoras desde la última sincronización:
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
# Days another computer logged that are after today here: its clock runs ahead.
# $count (Number) - days; $days (String) - their dates
sync-days-after-today = { $count ->
    [one] Se recibió de otra computadora el registro del { $days }, una fecha que aquí todavía no llega: puede que el reloj o la fecha de esa computadora estén mal. Revíselos y, si es un error, elimine ese día.
   *[other] Se recibieron de otra computadora registros de fechas que aquí todavía no llegan: { $days }. Puede que el reloj o la fecha de esa computadora estén mal. Revíselos y elimine los días que sean un error.
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
# A day with more than one done infusion (two computers each recorded one, or a file held
# both), when the patient did not say which to delete. The infusions follow, one a line.
# $day (String) - the day; $count (Number) - its done infusions
sync-delete-several-done = hay { $count } infusiones realizadas el { $day }, así que no se eliminó nada. Elija cuál desea eliminar:
# One infusion of a day's list, with the number that chooses it.
# $number (Number) - its place in the list, from 1; $infusion (String) - the infusion on one line
sync-delete-listed-infusion = { $number }. { $infusion }
# After the list. The command is typed as it is.
# $status (String) - done or planned; $date (String) - the day, YYYY-MM-DD
sync-delete-how-to-choose = { $status ->
    [planned] Elimine una por su número con relief-journal delete --date { $date } --infusion --planned --number N, o por su dosis con --dose-mg X.
   *[done] Elimine la que no corresponde por su número con relief-journal delete --date { $date } --infusion --number N, o por su dosis con --dose-mg X.
}
# A number given to choose an infusion that is not in the day's list.
# $status (String) - done or planned; $day (String) - the day; $number (String) - as typed
sync-delete-number-not-listed = { $status ->
    [planned] no hay ninguna infusión programada con el número "{ $number }" el { $day }; no se cambió nada. Las infusiones programadas de ese día son:
   *[done] no hay ninguna infusión realizada con el número "{ $number }" el { $day }; no se cambió nada. Las infusiones realizadas de ese día son:
}
# A dose given to choose an infusion that no infusion of the day has, or more than one has.
# $status (String) - done or planned; $day (String) - the day; $dose (String) - the dose given;
# $count (Number) - the infusions of the day with that dose
sync-delete-dose-not-one = { $count ->
    [0] { $status ->
        [planned] ninguna infusión programada del { $day } tiene una dosis de { $dose } mg; no se cambió nada. Las infusiones programadas de ese día son:
       *[done] ninguna infusión realizada del { $day } tiene una dosis de { $dose } mg; no se cambió nada. Las infusiones realizadas de ese día son:
    }
   *[other] { $status ->
        [planned] { $count } infusiones programadas del { $day } tienen la misma dosis de { $dose } mg; no se cambió nada. Elija una por su número:
       *[done] { $count } infusiones realizadas del { $day } tienen la misma dosis de { $dose } mg; no se cambió nada. Elija una por su número:
    }
}
# The one infusion chosen by number or dose was deleted.
# $status (String) - done or planned; $day (String) - its day; $infusion (String) - the
# infusion on one line; $left (Number) - the day's infusions of that status still recorded
sync-delete-chosen-infusion = { $left ->
    [0] Se eliminó esta infusión: { $infusion }. Sus otras computadoras también la eliminan en su próxima sincronización.
    [one] { $status ->
        [planned] Se eliminó esta infusión: { $infusion }. Sus otras computadoras también la eliminan en su próxima sincronización. La otra infusión programada del { $day } se conserva.
       *[done] Se eliminó esta infusión: { $infusion }. Sus otras computadoras también la eliminan en su próxima sincronización. La otra infusión realizada del { $day } se conserva.
    }
   *[other] { $status ->
        [planned] Se eliminó esta infusión: { $infusion }. Sus otras computadoras también la eliminan en su próxima sincronización. Las otras { $left } infusiones programadas del { $day } se conservan.
       *[done] Se eliminó esta infusión: { $infusion }. Sus otras computadoras también la eliminan en su próxima sincronización. Las otras { $left } infusiones realizadas del { $day } se conservan.
    }
}

sync-settings-heading = Carpeta de sincronización
sync-settings-intro = Para tener este diario en dos computadoras, elija una carpeta que su servicio de sincronización (Dropbox, Google Drive, OneDrive, iCloud Drive, Syncthing) o una memoria USB lleve de una a otra, y la misma carpeta en la otra computadora. Cada computadora guarda allí su propia copia y combina las copias de las demás; el diario en sí se queda en esta computadora.
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
# Why a backup was taken, as Settings lists backups.
sync-backup-reason-before-merge = antes de combinar
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
app-close-save = Guardar y cerrar
# Above the list of changes "Save and close" could not save; the window stays open.
app-close-not-saved = No se guardó, así que la ventana sigue abierta:
# $day (String) - a day inside a sentence, e.g. "Sat 28 Nov 2026"; $error (String) - why, already worded
app-close-entry-not-saved = El registro del { $day }: { $error }
# $error (String) - why, already worded
app-close-infusion-not-saved = El formulario de la infusión: { $error }
app-close-paste-not-added = Las fechas de infusiones pegadas: algunas no son fechas o son posteriores a hoy. Revíselas en Infusiones.
# $error (String) - why, already worded
app-close-paste-not-saved = Las fechas de infusiones pegadas: { $error }
# $error (String) - why, already worded
app-close-settings-not-saved = Configuración: { $error }

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
# On hover over an action a journal open for reading only shows as unavailable (Delete, Edit).
app-read-only-unavailable = No disponible: este diario está abierto solo para lectura, así que no se puede cambiar nada.
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
app-passphrase-now-set = Su diario y sus copias de seguridad ahora están cifrados con la contraseña. Nadie puede recuperar una contraseña olvidada: guárdela en un lugar seguro.
app-passphrase-now-removed = Se quitó la contraseña: su diario y sus copias de seguridad vuelven a ser archivos sin cifrar.
# Shown, with a spinner, while the journal and its backups are converted (a few seconds).
app-passphrase-working-protect = Cifrando su diario y sus copias de seguridad…
app-passphrase-working-change = Cambiando la contraseña de su diario y de sus copias de seguridad…
app-passphrase-working-remove = Quitando la contraseña de su diario y de sus copias de seguridad…
app-passphrase-working-wait = Esto tarda unos segundos.
# $error (String) - why, already worded
app-passphrase-not-changed = No se cambió la contraseña: { $error }
app-passphrase-work-stopped = El cambio de contraseña se interrumpió antes de terminar, así que es posible que el diario todavía se abra con la contraseña anterior (o sin contraseña). En Configuración → Contraseña puede ver si ahora está protegido; la próxima vez que le pida una contraseña, pruebe primero la anterior.

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
# Said in the notice bar once a backup, or a journal kept aside, was restored.
# $file (String) - the file restored (its name); $protected (String) - "yes" when the journal took that file's passphrase (a plain journal replaced by a protected file), "no" otherwise
app-restored = Se restauró el diario a partir de { $file }. { $protected ->
    [yes] Vuelve a estar protegido con la contraseña de ese archivo, como lo estaba el archivo: desde ahora, escríbala para abrir el diario.
   *[no] El diario tal como estaba justo antes se conserva como copia de seguridad (Configuración, Copias de seguridad).
}
# The question asked before restoring a file that the journal's passphrase does not open.
app-restore-passphrase-heading = Este archivo tiene otra contraseña
# $file (String) - the file to restore (its name)
app-restore-passphrase-intro = { $file } está protegido con una contraseña que no es la de este diario: un diario que se apartó después de “¿La olvidó?”, o una copia de seguridad de antes de un cambio de contraseña. Escriba la contraseña de ese archivo para restaurarlo.
app-restore-passphrase-field = Contraseña del archivo
app-restore-passphrase-wrong = Esa contraseña tampoco abre este archivo. No se cambió nada; inténtelo de nuevo (la contraseña distingue mayúsculas y minúsculas).
app-restore-passphrase-restore = Restaurarlo
app-restore-passphrase-cancel = Cancelar

# The first-run welcome.
welcome-title = Le damos la bienvenida a { -brand-name }
welcome-daily = Cada día, califique su dolor del 0 al 10: le toma unos segundos. El sueño, la movilidad, el estado de ánimo y el medicamento de rescate son opcionales.
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
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
setup-past-help = Al menos la más reciente. Puede escribir varias fechas a la vez, por ejemplo “{ $first }, { $second } y { $last }” para una serie de carga.
# $date (String) - an example date before today, with the year ("19 Jan 2026"); $iso (String) - the same date as year-month-day ("2026-01-19")
setup-past-hint = p. ej. { $date } o { $iso } (año-mes-día)
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
# Above each page of the first run's setup.
# $step (Number) - this page's number; $steps (Number) - how many pages the setup has
setup-step = Paso { $step } de { $steps }
# The first run's last step: a passphrase, offered, never required.
setup-passphrase-heading = ¿Proteger su diario con una contraseña?
setup-passphrase-skip = Ahora no
# $error (String) - why the dates could not be read, already worded
setup-past-unreadable = Infusiones ya recibidas: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-past-in-future = Infusiones ya recibidas: el { $day } es posterior a hoy; escríbalo en “¿Cuándo es su próxima infusión?”.
# $error (String) - why the date could not be read, already worded
setup-planned-unreadable = Próxima infusión programada: { $error }.
# $day (String) - a day inside a sentence, e.g. "Sat 5 Dec 2026"
setup-planned-in-past = Próxima infusión programada: el { $day } ya pasó; agréguelo a las infusiones ya recibidas.
# The heading of the list of what Save would store.
setup-plan-heading = Al guardar se registrará lo siguiente
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
setup-plan-no-pain = Dolor recordado antes de la ketamina: sin dolor. Si no había dolor antes del tratamiento, no hay con qué medir el alivio.
setup-plan-not-remembered = Dolor recordado antes de la ketamina: sin indicar.

# The lock screen of a journal protected by a passphrase.
lock-title = Este diario está bloqueado
lock-intro = Está protegido con una contraseña. Escríbala para abrir el diario.
lock-passphrase = Contraseña
lock-unlock = Desbloquear
lock-wrong = Esa contraseña no abre este diario. No se cambió nada; inténtelo de nuevo (la contraseña distingue mayúsculas y minúsculas).
lock-forgot = ¿La olvidó?
lock-forgot-nobody = Nadie puede recuperar una contraseña olvidada: ni { -brand-name }, ni sus creadores, ni nadie más. Sin ella no se pueden leer el diario ni sus copias de seguridad.
lock-forgot-keeps = Puede empezar un diario nuevo y vacío. El archivo protegido se conserva, con otro nombre, en la misma carpeta, y sus copias de seguridad se quedan en la carpeta de copias de seguridad; nunca se borran.
lock-forgot-remembered = Si más adelante recuerda la contraseña: en el diario nuevo, abra Configuración, Copias de seguridad, “Diarios apartados”, elija “Restaurar este diario” y escriba la contraseña anterior. El diario vuelve completo, con todos sus días (antes se crea una copia de seguridad del diario nuevo).
lock-start-over = Empezar diario nuevo y conservar el anterior


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
# The day's status in a journal open for reading only.
# $logged (String) - "yes" when the day has an entry, else "no"
today-status-read-only = { $logged ->
    [yes] Tal como se guardó. Este diario está abierto solo para lectura: aquí no se puede cambiar nada.
   *[no] No hay nada registrado para este día. Este diario está abierto solo para lectura: no se puede agregar nada.
}
# Before the buttons of other days whose changes are not saved yet.
today-drafts-title = Se conservan cambios sin guardar de:
today-drafts-open-hint = Abra este día para guardar o descartar sus cambios
# The status card beside the form.
today-card-title = Su situación actual
today-card-measured-against-worn-off = El alivio se está midiendo frente a una estimación a partir de su dolor una vez pasado el alivio, porque el diario no sabe cuál era su dolor antes de la ketamina.
today-card-measured-against-pre-infusion = El alivio se está midiendo frente a su dolor justo antes de cada infusión, porque el diario no sabe cuál era su dolor antes de la ketamina.
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
# The narrow table's second column: every field of the day, each named, and the note.
history-column-logged = Lo registrado ese día
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
infusions-done-ahead = El { $date } todavía no llega, así que esta infusión aún no puede marcarse como realizada.
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
# Above the infusion form and the paste box, shown but not offered, in a journal open for reading only.
infusions-read-only = No se pueden agregar ni cambiar infusiones: este diario está abierto solo para lectura.
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
# A day's infusion among several on that day, in the names of its Edit and Delete buttons for
# screen readers ("Delete infusion of 2026-12-02, 2 of 2").
# $date (String) - the day, as an ISO date; $number (Number) - its place in the list; $count (Number) - the day's infusions
infusions-one-of-a-day = { $date }, { $number } de { $count }
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
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
infusions-paste-intro = Fechas de infusiones realizadas, tal como aparecen en una carta, p. ej. “{ $first }, { $second } y { $last }”, o una por línea.
infusions-paste-label = Fechas para pegar
# $first (String), $second (String) - the first two dates of an example loading series, day and month ("12 Jan"); $last (String) - its last date, with the year ("19 Jan 2026"); all before today
infusions-paste-hint = { $first }, { $second } y { $last }
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
charts-show-all-cycles = Mostrar los { $count } ciclos (y no solo { $recent ->
        [one] el último
       *[other] los últimos { $recent }
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
charts-durations-title = Días de alivio significativo por ciclo
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
charts-cycle-table-narrow = Una ventana más ancha muestra todas las columnas: fase, alivio máximo, medicamento de rescate, movilidad y sueño. El informe en PDF siempre las incluye todas, igual que el comando relief-journal analyze.
# The insights panel.
charts-insights-title = Observaciones
# The fold under the insights: each of them again with the evidence behind it.
charts-insights-evidence = Detalles: los datos en que se basa cada línea
charts-about-title = Acerca de este análisis


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
report-view-pdf-hint = p. ej. ~/Documents/informe-alivio.pdf
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
report-view-chart-hint = p. ej. ~/Documents/linea-de-tiempo.png
report-view-chart-save = Guardar la gráfica en esta ruta
report-view-export-heading = Exportar
report-view-export-json = Diario completo (JSON)
report-view-export-entries = Registros diarios (CSV)
report-view-export-infusions = Infusiones (CSV)
report-view-export-dialog = Exportar…
report-view-export-field = Ruta del archivo exportado
report-view-export-hint = p. ej. ~/Documents/relief-journal.json
report-view-export-save = Exportar a esta ruta
report-view-import-heading = Importar
report-view-import-intro = Un diario (.json), registros diarios o infusiones (.csv), o cualquier tabla de días: un .csv o .tsv de una hoja de cálculo, un libro .xlsx u .ods, o lo que exporte otra aplicación de seguimiento. Usted asigna sus columnas a los campos de su diario y ve qué cambiaría antes de importar nada.
# In a journal open for reading only, before the import's controls (shown but not offered).
report-view-import-read-only = No se puede importar: este diario está abierto solo para lectura. Para importar, copie el diario a un lugar donde pueda guardar cambios y abra la copia.
report-view-import-dialog = Elegir un archivo para importar…
report-view-import-field = Ruta del archivo para importar
report-view-import-hint = p. ej. ~/Documents/dolor.xlsx
report-view-import-preview = Ver vista previa
# The hover text of every button that opens a file dialog.
report-view-dialog-hint = Abre la ventana de archivos del sistema
# Between a file dialog's button and the field to type a path instead.
report-view-or-type = o escriba una ruta:


## Import
## Import and file work in the app: the import preview and choices, file dialogs and errors (src/ui/import/, src/ui/files.rs).

# A file read for import, in the Report view.
# $path (String) - the file
import-title = ¿Importar { $path }?
import-sheet-label = Hoja
import-change-matching = Cambie la asignación de arriba, o corrija el archivo y vuelva a ver la vista previa.
import-confirm-button = Confirmar importación
import-cancel-button = Cancelar importación

# The preview of what importing would do.
# $entries (Number) - entries in the file; $infusions (Number) - infusions in the file; $skipped (Number) - empty rows skipped
import-file-holds = El archivo contiene { $entries ->
    [one] 1 registro
   *[other] { $entries } registros
} y { $infusions ->
    [one] 1 infusión
   *[other] { $infusions } infusiones
}.{ $skipped ->
    [0] {""}
    [one] { " " }Se omite 1 fila vacía.
   *[other] { " " }Se omiten { $skipped } filas vacías.
}
import-as-stored = Así se guardarían:
# $count (Number) - entries and infusions in the file not shown
import-more-rows = … y { $count } más
import-nothing-replaced = No se reemplazaría ningún día de su diario.
# $count (Number) - days replaced; $days (String) - the first of them, as dates, separated by commas; $more (Number) - days not listed
import-days-replaced = { $count ->
    [one] Se reemplazaría 1 día que ya está en su diario: { $days }{ $more ->
        [0] {""}
       *[other] { " " }y { $more } más
    }.
   *[other] Se reemplazarían { $count } días que ya están en su diario: { $days }{ $more ->
        [0] {""}
       *[other] { " " }y { $more } más
    }.
}
# $count (Number) - days whose infusions are replaced; $days (String) - the first of them, as dates, separated by commas; $more (Number) - days not listed
import-infusion-days-replaced = { $count ->
    [one] Se reemplazarían las infusiones de 1 día: { $days }{ $more ->
        [0] {""}
       *[other] { " " }y { $more } más
    }.
   *[other] Se reemplazarían las infusiones de { $count } días: { $days }{ $more ->
        [0] {""}
       *[other] { " " }y { $more } más
    }.
}
import-settings-taken = La configuración se tomaría del archivo.
# $items (String) - what was left out (exchange-ignored-* texts), separated by commas
import-not-imported = No se importa: { $items }.
# $rule (String) - how values were changed (an exchange-rule-* text)
import-rule = Regla: { $rule }.
import-nothing-changed-yet = Todavía no se cambió nada. Antes de importar se hace una copia de seguridad de su diario.

# What is missing among the choices before a preview can be made.
# $field (String) - the field in words (domain-field-*)
import-no-column-for = Todavía no hay ninguna columna asignada a { $field }; elija una en los menús de Campo.
import-choose-name-and-value = Elija la columna que nombra cada lectura y la columna que tiene su valor.
import-choose-pain-readings = Elija qué lecturas son de dolor.
# $header (String) - the column's header; $error (String) - why the scale is not one (exchange-scale-error)
import-column-scale-error = Escala de la columna "{ $header }": { $error }.
# $error (String) - why the scale is not one (exchange-scale-error)
import-pain-scale-error = Escala del dolor: { $error }.

# A table of days: its columns matched to the journal's fields.
# $rows (Number) - data rows in the table
import-table-intro = Columnas encontradas ({ $rows ->
    [one] 1 fila
   *[other] { $rows } filas
}). Asigne cada una a un campo de su diario; se necesitan una fecha y el dolor.
import-table-column-heading = Columna
import-table-first-value-heading = Primer valor
import-table-field-heading = Campo
import-table-scale-heading = Escala
# $number (String) - the column's place, from 1
import-table-unnamed-column = (columna { $number })
# The accessible name of a column's menu of fields.
# $header (String) - the column's header
import-table-field-for = Campo de la columna "{ $header }"
# The accessible name of a column's scale.
# $header (String) - the column's header
import-table-scale-of = Escala de la columna "{ $header }"
import-table-scale-tooltip = El rango en que se registraron los valores, p. ej. 0-4 o 1-5; se convierte a 0 a 10
# $low (String) - the lowest number in the column; $high (String) - the highest
import-table-values = valores del { $low } al { $high }
# $low (String) - the lowest number in the column; $high (String) - the highest
import-table-values-need-scale = valores del { $low } al { $high }: indique la escala en que se registraron
import-table-not-imported = no se importa

# A table of one reading per row.
import-long-checkbox = Una lectura por fila: una columna dice qué se midió y otra tiene su valor
import-long-name-column = Columna del nombre
import-long-value-column = Columna del valor
import-long-choose-column = elija una columna
import-long-pain-from = Dolor a partir de las lecturas llamadas
import-long-choose-name = elija un nombre
import-long-scale-tooltip = El rango en que se registró el dolor, p. ej. 0-4; se convierte a 0 a 10
import-long-scale-name = Escala de las lecturas de dolor
# $names (String) - the names found, separated by commas
import-long-names-found = Nombres encontrados: { $names }. La fecha, la hora y la nota vienen de los menús de Campo de arriba; los demás nombres aparecen como no importados.

# Another tracker's export, recognised by its header.
# $tracker (String) - the tracker's name
import-tracker-recognised = Se reconoció por su encabezado: parece una exportación de { $tracker } y se lee como la escribe esa aplicación.
import-tracker-pain-from = Dolor a partir de
import-tracker-pain-choose = elija un nombre
# $name (String) - the name read as pain, as the file writes it
import-tracker-pain-taken = El nombre “{ $name }” parece de dolor, así que se lee como su dolor. Si no lo es, elija otro.
import-tracker-pain-unrecognised = Ningún nombre de este archivo se reconoce como dolor: elija el que tiene sus puntuaciones de dolor.
import-tracker-pain-several = Varios nombres de este archivo podrían ser su dolor: elija el que tiene el dolor que registra para sus infusiones.
import-tracker-pain-chosen = Se lee como su dolor, según lo que eligió. Todo lo que no se lee aparece abajo.
# $tracker (String) - the tracker's name
import-tracker-zero-not-logged = Un 0 significa que no se registró nada ese día ({ $tracker } escribe 0 en esos días)

# What the app's file work says when it is done.
# $start (String) - the period's first day; $end (String) - its last day; $path (String) - the file
files-report-saved = Se guardó el informe (del { $start } al { $end }) en { $path }.
# $path (String) - the file
files-chart-saved = Se guardó la gráfica en { $path }.
# $path (String) - the file
files-exported = Se exportó a { $path }.
# $path (String) - the file; $entries (Number) - entries added; $entries_replaced (Number) - entries replaced
# $infusions (Number) - infusions added; $infusions_replaced (Number) - infusions replaced
files-imported = Se importó { $path }: { $entries ->
    [one] 1 registro agregado
   *[other] { $entries } registros agregados
}, { $entries_replaced ->
    [one] 1 reemplazado
   *[other] { $entries_replaced } reemplazados
}; { $infusions ->
    [one] 1 infusión agregada
   *[other] { $infusions } infusiones agregadas
}, { $infusions_replaced ->
    [one] 1 reemplazada
   *[other] { $infusions_replaced } reemplazadas
}.
# $path (String) - the backup
files-imported-backed-up = Se hizo una copia de seguridad del diario anterior en { $path }.

# Why the app's file work did not happen. $error (String) is what went wrong, a whole clause.
# $error (String) - why the report could not be made
files-error-make-report = No se hizo el informe: { $error }.
# $error (String) - why the file could not be written
files-error-save-report = No se guardó el informe: { $error }. Elija una carpeta donde pueda guardar cambios.
# $error (String) - why the chart could not be drawn or written
files-error-save-chart = No se guardó la gráfica: { $error }.
# $error (String) - why the file could not be written
files-error-export = No se guardó la exportación: { $error }.
# $error (String) - why the file cannot be imported (an exchange-error-* or exchange-problem-* text)
files-error-read = { $error }. No se importó nada.
# $error (String) - why the backup or the import failed
files-error-import = No se importó nada: { $error }. Su diario no cambió.

# The system's file dialogs.
files-unprotected-export = Guardar una copia: el archivo guardado no está protegido con la contraseña del diario
files-filter-pdf = PDF
files-filter-png = Imagen PNG
files-filter-svg = Imagen SVG
files-filter-import = Diario, tabla o libro


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
# In place of settings-autosave, in a journal open for reading only.
settings-read-only = Este diario está abierto solo para lectura: la configuración se muestra tal como se guardó y no se puede cambiar. “Abrir carpeta” sigue funcionando, para copiar el diario.
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
# A backup's size.
# $size (String) - kilobytes, e.g. "24"
settings-backups-size = { $size } KB
# $count (Number) - backups not listed
settings-backups-older = { $count ->
    [one] Hay 1 copia más antigua en la carpeta de copias de seguridad.
   *[other] Hay { $count } copias más antiguas en la carpeta de copias de seguridad.
}
# Beside a backup kept with a journal set aside after "Forgot it?": never removed, restorable with that journal's passphrase.
settings-backups-kept = conservada
# The hover text of that mark.
settings-backups-kept-hint = Se conserva con un diario apartado después de “¿La olvidó?”: nunca se borra; al restaurarla se le pedirá la contraseña de ese diario.
# The journals kept aside beside this one.
settings-kept-heading = Diarios apartados
settings-kept-intro = Se conservan sin cambios junto a su diario: un diario cuya contraseña se olvidó (“¿La olvidó?” en la pantalla de bloqueo), o uno que no se pudo abrir al restaurar una copia de seguridad. Al restaurar uno, primero se crea una copia de seguridad del diario tal como está y después se recupera completo el diario apartado; si está protegido, se le pedirá la contraseña de ese diario.
settings-kept-restore = Restaurar este diario
# $when (String) - when it was set aside, e.g. "28 Nov 2026, 14:05"
settings-kept-restore-hint = Restaurar el diario apartado el { $when }
# $when (String) - when it was set aside, e.g. "28 Nov 2026, 14:05"
settings-kept-when = apartado el { $when }
# $protected (String) - "yes" when the kept journal is protected by a passphrase, "no" otherwise
settings-kept-protection = { $protected ->
    [yes] protegido con contraseña
   *[no] sin protección
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
# Why no daily reminder can be set up here (no systemd user session), in plain words, then what
# the patient can do; what the system said is folded away below.
settings-reminder-unavailable-no-session = Esta computadora no puede mostrar un recordatorio diario en este momento: los recordatorios los muestra el programador de tareas del sistema (systemd), que aquí no está funcionando para su cuenta. Esto pasa en algunas sesiones remotas, contenedores y entornos de escritorio mínimos.
settings-reminder-unavailable-what-to-do = Puede seguir registrando cada día: una alarma en su celular o un recordatorio en su calendario funcionan igual de bien. Si inicia sesión en un escritorio completo, podrá activar el recordatorio en Configuración.
# The folded section holding what the system said, for whoever helps with this computer.
settings-reminder-unavailable-details = Detalles para quien le ayude con esta computadora
# $detail (String) - what the system said, in its own words
settings-reminder-unavailable-detail = Lo que dijo el sistema: { $detail }
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
# Goes on from the first run's reminder step where the system cannot show a reminder.
settings-reminder-offer-continue = Continuar


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
# A number field's answer to a value out of its range or not a number; the field keeps the value it had.
# $field (String) - the field's label; $value (String) - the text typed; $kind (String) - "whole" for a field of whole numbers, "number" otherwise; $low (String) - the smallest value allowed; $high (String) - the largest value allowed; $now (String) - the value the field kept
widget-number-refused = { $field }: no se acepta "{ $value }"; escriba { $kind ->
        [whole] un número entero
       *[number] un número
    } del { $low } al { $high }. Se conservó { $now }.
# The hint inside an empty date field.
# $date (String) - an example date before today, day and month ("12 Jan")
widget-date-hint = p. ej. { $date }
widget-date-tooltip = Escriba una fecha (2026-01-12, 12 ene, 12/01, ayer) o elíjala en el calendario
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
