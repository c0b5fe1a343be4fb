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


## Reminders
## The reminder to log and its notification (src/reminders/).


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
