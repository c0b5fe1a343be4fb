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


## Reminders
## The reminder to log and its notification (src/reminders/).


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
