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
exchange-foreign-tracker-json = { $file }: parece una exportación de { $tracker } ({ $shape }), no un archivo de { -brand-name }; impórtela con --from { $name }
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
exchange-rule-daylio = dolor a partir de la escala "{ $pain }" sobre su máximo (6/10 points es 6), horas de sueño a partir de una escala de sueño en horas y minutos, estado de ánimo a partir de los estados de ánimo predeterminados de Daylio (de rad 5 a awful 1, en 1-5), actividades como etiquetas
exchange-rule-paintracker-csv = dolor y calidad del sueño del 0 al 10, como los registra PainTracker; su impacto en el estado de ánimo (de 0 sin impacto a 10 grave) no es una puntuación del estado de ánimo y se deja fuera
exchange-rule-paintracker-json = dolor y calidad del sueño del 0 al 10, como los registra PainTracker (una calidad del sueño de 0 es su valor predeterminado sin calificar y se deja fuera); el impacto en el estado de ánimo, los medicamentos, los tratamientos y el impacto en el trabajo se dejan fuera
exchange-rule-pain-zero-not-logged = un dolor de 0 se lee como sin registrar, según lo elegido
# $column (String) - the column
exchange-rule-flaredown-pain = dolor a partir de la columna de afección o síntoma "{ $column }"
# $column (String) - the column
exchange-rule-nomie-pain = dolor a partir de la columna del indicador "{ $column }"
# strength, start_date and medication_amount are Headi's column names; keep them as they are.
exchange-rule-headi = dolor a partir de strength (0 a 10), con la fecha de start_date (milisegundos desde 1970, en la zona horaria de esta computadora); el tipo de dolor y el medicamento como etiquetas; medication_amount como dosis de rescate, sumadas en el día
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

# A scale typed for a column that is not one. MIN-MAX is typed as it is.
# $text (String) - the text as typed
exchange-scale-error = "{ $text }" no es una escala; debe ser MIN-MAX, como 0-4 o 1-5


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
# $count (Number) - entries in the file not shown
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
import-tracker-pain-default = el que tenga un nombre parecido a dolor
# $names (String) - the names found, separated by commas
import-tracker-names-found = Nombres encontrados: { $names }. Todo lo demás aparece abajo como no importado.
import-tracker-zero-not-logged = Un 0 significa que no se registró nada ese día (Nomie escribe 0 en esos días)

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


## Widgets
## Shared controls: scores, dates, numbers, commands, the app's data and theme (src/ui/widgets/, src/ui/commands.rs, src/ui/data.rs, src/ui/theme.rs, src/ui/plot_series.rs, src/ui/window.rs).
