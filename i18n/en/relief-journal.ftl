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
cli-error-unknown-language = the language "{ $tag }" is not one this program speaks (languages: { $languages })


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
# Printed once by every command when the journal is in a synced folder.
# $path (String) - the journal file; $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-command = warning: this journal ({ $path }) is inside { $folder }, a folder that { $service } keeps in sync. Sync services copy a journal while it is being written and keep “conflicted copies” instead of merging them, which can damage it or lose days. Keep the journal on this computer (move it out of that folder) and sync through a sync folder instead: relief-journal sync FOLDER.
# The app's banner when the journal is in a synced folder.
# $folder (String) - the folder the service syncs; $service (String) - the service's name
sync-warning-app = This journal is inside { $folder }, a folder that { $service } keeps in sync. That can damage it or lose days when two computers change it. Keep the journal on this computer and sync through a sync folder instead (Settings, “Sync folder”).

sync-error-no-folder = no sync folder is chosen for this journal; give one: relief-journal sync FOLDER (a folder that your sync service or a USB stick carries)
# $folder (String) - a folder
sync-error-folder-missing = the sync folder { $folder } does not exist; nothing was changed. Connect the drive that holds it, or choose another folder.
# $folder (String) - the path given
sync-error-not-a-folder = { $folder } is a file, not a folder; nothing was changed. Choose the folder that your sync service or USB stick carries.
# $folder (String) - a folder
sync-error-journal-in-folder = the sync folder { $folder } holds this journal itself; nothing was changed. Keep the journal out of synced folders and choose a separate folder for syncing.
sync-error-not-a-file = this journal is not saved to a file, so it cannot be synced or merged
# $folder (String) - the sync folder; $detail (String) - what the system said
sync-error-folder-not-writable = this computer's copy could not be written into { $folder } ({ $detail }); the journal itself is fine. Check that the folder can be written to and has room.
# $file (String) - a file
sync-error-same-journal = { $file } is this journal itself; there is nothing to merge
# $file (String) - a file
sync-error-not-a-journal = { $file } is not a Relief Journal file or snapshot; nothing was changed
# $file (String) - a file; $detail (String) - what SQLite reported
sync-error-damaged = { $file } is damaged or was not completely copied yet ({ $detail }); nothing was changed. If a sync service is still copying it, try again later.
# $file (String) - a file
sync-error-newer = { $file } was written by a newer version of { -brand-name }; nothing was changed. Update { -brand-name } on this computer to merge it.
# $file (String) - a file
sync-error-protected = { $file } is protected by a passphrase and this journal is not; nothing was changed. Give its passphrase (--passphrase-file or RELIEF_JOURNAL_PASSPHRASE), or use the same passphrase for this journal.
# $file (String) - a file
sync-error-other-passphrase = { $file } is protected by another passphrase than this journal's, or it is damaged; nothing was changed. Use the same passphrase on every computer that syncs this journal.
# $file (String) - a file; $detail (String) - what the system said
sync-error-unreadable = { $file } could not be read ({ $detail }); nothing was changed. Check that this user may read it and that its disk is connected.
# $detail (String) - what SQLite reported
sync-error-merge-failed = the merge failed and was undone, so nothing was changed ({ $detail })

# A file in the sync folder that was not merged, and why.
# $file (String) - the file's name
sync-skipped-damaged = Skipped { $file }: it is damaged or still being copied; it is read again at the next sync.
# $file (String) - the file's name
sync-skipped-newer = Skipped { $file }: it was written by a newer version of { -brand-name }. Update { -brand-name } on this computer.
# $file (String) - the file's name
sync-skipped-protected = Skipped { $file }: it is protected by a passphrase and this journal is not. Use the same passphrase on both computers.
# $file (String) - the file's name
sync-skipped-other-passphrase = Skipped { $file }: it is protected by another passphrase than this journal's. Use the same passphrase on both computers.
# $file (String) - the file's name
sync-skipped-not-a-journal = Skipped { $file }: it is not a { -brand-name } snapshot.
# $file (String) - the file's name; $detail (String) - what the system said
sync-skipped-unreadable = Skipped { $file }: it could not be read ({ $detail }).

# $folder (String) - the sync folder
sync-synced-with = Synced with { $folder }.
# $file (String) - this computer's snapshot
sync-snapshot-written = This computer's copy: { $file }
sync-nothing-new = Nothing new from the other computers.
# $computer (String) - another computer's name
sync-from-computer = From { $computer }:
# $file (String) - a file's name
sync-from-file = From { $file }:
# $computer (String) - another computer's name
sync-from-computer-nothing = Nothing new from { $computer }.
# $file (String) - a file's name
sync-from-file-nothing = Nothing new in { $file }: this journal already has all of it.
# $first (String) - a date; $last (String) - a later date
sync-dates-span = from { $first } to { $last }
# $count (Number) - days; $days (String) - their dates
sync-days-added = { $count ->
    [one] Added 1 day: { $days }.
   *[other] Added { $count } days: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-changed = { $count ->
    [one] Changed 1 day: { $days }.
   *[other] Changed { $count } days: { $days }.
}
# $count (Number) - days; $days (String) - their dates
sync-days-deleted = { $count ->
    [one] Deleted 1 day: { $days }.
   *[other] Deleted { $count } days: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-added = { $count ->
    [one] Added 1 infusion: { $days }.
   *[other] Added { $count } infusions: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-changed = { $count ->
    [one] Changed 1 infusion: { $days }.
   *[other] Changed { $count } infusions: { $days }.
}
# $count (Number) - infusions; $days (String) - their dates
sync-infusions-deleted = { $count ->
    [one] Deleted 1 infusion: { $days }.
   *[other] Deleted { $count } infusions: { $days }.
}
# $count (Number) - settings; $settings (String) - their names
sync-settings-taken = { $count ->
    [one] Took 1 setting from the other computer: { $settings }.
   *[other] Took { $count } settings from the other computer: { $settings }.
}
# A shared setting's name in a list.
# $setting (String) - the setting's key
sync-setting-name = { $setting ->
    [relief_thresholds] the relief thresholds
    [persistence_days] the days relief must stay lost
    [baseline_days] the days of the baseline
    [min_logged_per_week] the days logged per week
    [series_gap_days] the days between infusions of one series
    [early_warning_days] the days of early warning
    [baseline_pain] the remembered baseline
    [day_rollover_hour] the hour a new journal day starts
    [patient_name] the name on reports
   *[language] the language
}
# $count (Number) - records changed on both computers
sync-conflicts = { $count ->
    [one] 1 record was changed on both computers since they last synced:
   *[other] { $count } records were changed on both computers since they last synced:
}
# $kept (String) - here or other; $day (String) - the day; $source (String) - the other computer or file; $undo (String) - yes when the app's Undo holds this computer's version, no when the backup does
sync-conflict-day = { $kept ->
    [here] This computer's change of { $day } is newer than the one from { $source } and was kept.
   *[other] The change of { $day } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $kept (String) - here or other; $day (String) - the infusion's date; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-infusion = { $kept ->
    [here] This computer's change of the infusion of { $day } is newer than the one from { $source } and was kept.
   *[other] The change of the infusion of { $day } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $kept (String) - here or other; $setting (String) - the setting's name; $source (String) - the other computer or file; $undo (String) - yes or no, as for a day
sync-conflict-setting = { $kept ->
    [here] This computer's change of { $setting } is newer than the one from { $source } and was kept.
   *[other] The change of { $setting } from { $source } is newer and was kept; this computer's is { $undo ->
        [yes] in Undo.
       *[no] in the backup taken before the merge.
    }
}
# $count (Number) - days; $days (String) - their dates
sync-two-done = { $count ->
    [one] { $days } now has 2 done infusions, one from each computer: delete the wrong one in Infusions.
   *[other] These days now have 2 done infusions, one from each computer: { $days }. Delete the wrong one of each in Infusions.
}
# $path (String) - the backup file
sync-backup-before-merge = A backup was taken before merging: { $path }
sync-peers-heading = Other computers that sync this journal:
# $computer (String) - the computer's name; $when (String) - a date and time
sync-peer = { $computer }: last seen { $when }
sync-no-peers = No other computer has synced through this folder yet. Choose the same folder on your other computer and sync there.
# $date (String) - a date; $time (String) - a time of day, 24-hour
sync-when = { $date }, { $time }
# $file (String) - the merged file
sync-merged-file = Merged { $file } into this journal.
# $folder (String) - the sync folder
sync-folder-remembered = This journal syncs with { $folder } from now on: the app syncs there when it opens and after each save.

# $day (String) - the day; $pain (Number) - its pain score
sync-delete-entry = Deleted the entry for { $day } (pain { $pain }). Your other computers delete it too when they next sync.
# $day (String) - the day
sync-delete-no-entry = there is no entry for { $day }; nothing was changed
# $day (String) - the infusion's date
sync-delete-done-infusion = Deleted the done infusion of { $day }. Your other computers delete it too when they next sync.
# $count (Number) - planned infusions deleted; $day (String) - their date
sync-delete-planned-infusions = { $count ->
    [one] Deleted the planned infusion of { $day }. Your other computers delete it too when they next sync.
   *[other] Deleted the { $count } planned infusions of { $day }. Your other computers delete them too when they next sync.
}
# $status (String) - done or planned; $day (String) - the date
sync-delete-no-infusion = { $status ->
    [planned] there is no planned infusion on { $day }; nothing was changed
   *[done] there is no done infusion on { $day }; nothing was changed
}

sync-settings-heading = Sync folder
sync-settings-intro = To keep this journal on two computers, choose a folder that your sync service (Dropbox, OneDrive, iCloud Drive, Syncthing) or a USB stick carries between them, and the same folder on the other computer. Each computer keeps its own copy there and merges the others' copies; the journal itself stays on this computer.
sync-settings-none = No sync folder is chosen: this journal is on this computer only.
sync-settings-folder = Syncs with:
sync-settings-choose = Choose folder…
sync-settings-path = Folder path
sync-settings-use = Use this folder
sync-settings-sync-now = Sync now
sync-settings-stop = Stop syncing
sync-settings-syncing = Syncing…
# $when (String) - a date and time
sync-settings-last-synced = Last synced { $when }.
# $computer (String) - this computer's name
sync-settings-this-computer = This computer: { $computer }
sync-settings-others = Other computers
sync-settings-no-others = None yet. Choose the same folder on your other computer.
sync-report-heading = Changes from your other computers
sync-notice-merged = Merged changes from your other computers.
sync-report-undo = Undo the merge
sync-report-dismiss = Dismiss
sync-report-undone = The merge was undone: this computer's versions are back, and reach the other computers at the next sync.
# $error (String) - why, as a sentence
sync-undo-failed = The merge could not be undone: { $error }
# $error (String) - why, as a sentence
sync-failed = The sync did not finish: { $error }
# $folder (String) - the folder
sync-folder-chosen = This journal now syncs with { $folder }.
sync-folder-forgotten = This journal no longer syncs. The copies already in the folder stay there.
# $count (Number) - conflicted copies found
sync-copies-heading = { $count ->
    [one] A conflicted copy of this journal is beside it
   *[other] { $count } conflicted copies of this journal are beside it
}
sync-copies-explain = A sync service made it when two computers changed the journal file. Merge it to bring in the days it holds; a backup is taken first and the merge can be undone.
sync-copies-merge = Merge into this journal
sync-copies-not-now = Not now
sync-copies-set-aside = Set it aside
# $file (String) - the copy's name
sync-copies-merging = Merging { $file }…
# $file (String) - the copy's name
sync-copies-merged = Merged { $file }. Set it aside so that it is not offered again.
# $file (String) - the copy's name; $moved (String) - its new name
sync-copies-moved = Set { $file } aside as { $moved }.
# $error (String) - why, as a sentence
sync-copies-move-failed = The copy was not set aside: { $error }


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
