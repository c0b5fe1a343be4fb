//! `relief-journal import`: bring in a journal JSON, an entries or infusions CSV, or any table of
//! days (CSV, TSV, `.xlsx`, `.ods`) with its columns mapped to the journal's fields; all or
//! nothing.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::domain::DateOrder;
use crate::exchange::{
    Field, Imported, Layout, LongMapping, NameRule, Scale, TableMapping, Tracker, TrackerFile,
    TrackerOptions, ZeroMeans, decode_text, entry_line, foreign_table, guess_columns, io_error,
    is_workbook, map_table, read_layout, read_long, read_table,
};
use crate::store::{BackedUpImport, Store};
use crate::t;
use crate::wording::import_words::infusion_line;

/// Rows printed by `--dry-run`.
const DRY_RUN_ROWS: usize = 10;

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A .json journal, a .csv of entries or infusions (told apart by the header), any table
    /// of days (.csv, .tsv, .txt, .xlsx, .ods) with --column, a long table with --name-column
    /// and --value-column, or another tracker's export with --from.
    file: PathBuf,
    /// Which column holds a field, as FIELD=HEADER (e.g. pain="Pain level"); repeat per field.
    /// Fields: date, pain, worst_pain, sleep_hours, sleep_quality, mobility, mood, rescue_doses,
    /// wearing_off, side_effects, tags, note.
    #[arg(long = "column", value_name = "FIELD=HEADER")]
    columns: Vec<String>,
    /// How numeric dates like 03/04/2025 are read: ymd, dmy (3 April) or mdy (4 March).
    #[arg(long, value_name = "ymd|dmy|mdy")]
    date_order: Option<String>,
    /// A score recorded on another scale, as FIELD=MIN-MAX (e.g. pain=0-4), mapped onto 0 to 10.
    #[arg(long = "scale", value_name = "FIELD=MIN-MAX")]
    scales: Vec<String>,
    /// The sheet of a workbook to read (the first one by default).
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Another tracker's export, read as that tracker writes it: bearable, flaredown, daylio,
    /// paintracker-csv, paintracker-json, track-and-graph, nomie or headi.
    #[arg(long, value_name = "NAME")]
    from: Option<String>,
    /// Which readings feed a field, as FIELD=NAME: a column of a tracker's export, a category
    /// and detail (pain="Symptom: Nerve pain"), a feature or scale (pain=Pain); repeat per field.
    #[arg(long = "reading", value_name = "FIELD=NAME")]
    readings: Vec<String>,
    /// A long table (one reading per row): the header of the column naming each reading.
    #[arg(long, value_name = "HEADER")]
    name_column: Option<String>,
    /// A long table: the header of the column whose text follows the name (a detail).
    #[arg(long, value_name = "HEADER")]
    detail_column: Option<String>,
    /// A long table: the header of the column holding each reading's value.
    #[arg(long, value_name = "HEADER")]
    value_column: Option<String>,
    /// What a 0 means where a tracker writes 0 for days not logged: score (a reading of 0) or
    /// not-logged (no reading). Nomie's daily columns are read as not-logged unless told.
    #[arg(long, value_name = "score|not-logged")]
    zero: Option<String>,
    /// Show the first rows as they would be stored and the days they would replace; write nothing.
    #[arg(long)]
    dry_run: bool,
}

impl ImportArgs {
    /// Whether the file is read as a table with mapped columns rather than as it is recognised
    /// (the journal's own files, a tracker's export).
    fn is_table(&self) -> bool {
        !self.columns.is_empty()
            || !self.scales.is_empty()
            || self.sheet.is_some()
            || is_workbook(&self.file)
    }

    fn mapping(&self) -> Result<TableMapping, CliError> {
        let mut mapping = TableMapping {
            date_order: self
                .date_order
                .as_deref()
                .map(|name| {
                    DateOrder::from_name(name).ok_or_else(|| {
                        CliError::BadInput(t!("cli-import-date-order-refused", value = name))
                    })
                })
                .transpose()?,
            zero: self.zero()?.unwrap_or_default(),
            ..TableMapping::default()
        };
        for column in &self.columns {
            let (field, header) = field_and_value(FieldOption::Column, column)?;
            mapping.columns.push((field, header.to_owned()));
        }
        for scale in &self.scales {
            let (field, range) = field_and_value(FieldOption::Scale, scale)?;
            let scale = Scale::parse(range).map_err(|message| {
                CliError::BadInput(t!(
                    "cli-import-scale-refused",
                    field = (field.name()),
                    message = (message.to_string())
                ))
            })?;
            mapping.scales.push((field, scale));
        }
        Ok(mapping)
    }

    /// The `--zero` policy, if given.
    fn zero(&self) -> Result<Option<ZeroMeans>, CliError> {
        self.zero
            .as_deref()
            .map(|name| {
                ZeroMeans::from_name(name)
                    .ok_or_else(|| CliError::BadInput(t!("cli-import-zero-refused", value = name)))
            })
            .transpose()
    }

    /// The `--reading FIELD=NAME` choices.
    fn readings(&self) -> Result<Vec<(Field, String)>, CliError> {
        self.readings
            .iter()
            .map(|reading| {
                let (field, name) = field_and_value(FieldOption::Reading, reading)?;
                let own_column = match field {
                    Field::Date => Some("date"),
                    Field::Time => Some("time"),
                    _ => None,
                };
                if let Some(field) = own_column {
                    return Err(CliError::BadInput(t!(
                        "cli-import-reading-own-column",
                        field = field
                    )));
                }
                Ok((field, name.trim().to_owned()))
            })
            .collect()
    }

    /// The options of a tracker's layout.
    fn tracker_options(&self) -> Result<TrackerOptions, CliError> {
        let mapping = self.mapping()?;
        if !self.columns.is_empty() || self.sheet.is_some() {
            return Err(CliError::BadInput(t!("cli-import-from-with-columns")));
        }
        Ok(TrackerOptions {
            readings: self.readings()?,
            scales: mapping.scales,
            zero: self.zero()?,
            date_order: mapping.date_order,
        })
    }

    /// A long table's mapping: `--name-column`, `--value-column`, the date (and time and
    /// note) from `--column`, the readings from `--reading` with their `--scale`.
    fn long_mapping(&self) -> Result<LongMapping, CliError> {
        let table = self.mapping()?;
        let column = |field: Field| {
            table
                .columns
                .iter()
                .find(|(mapped, _)| *mapped == field)
                .map(|(_, header)| header.clone())
        };
        let (Some(name), Some(value)) = (self.name_column.clone(), self.value_column.clone())
        else {
            return Err(CliError::BadInput(t!("cli-import-long-needs-columns")));
        };
        let date = column(Field::Date)
            .ok_or_else(|| CliError::BadInput(t!("cli-import-long-needs-date")))?;
        let scale = |field: Field| {
            table
                .scales
                .iter()
                .find(|(scaled, _)| *scaled == field)
                .map(|(_, scale)| *scale)
        };
        Ok(LongMapping {
            date,
            time: column(Field::Time),
            name,
            detail: self.detail_column.clone(),
            detail_for: Vec::new(),
            value,
            note: column(Field::Note),
            readings: self
                .readings()?
                .into_iter()
                .map(|(field, name)| NameRule {
                    field,
                    name,
                    scale: scale(field),
                })
                .collect(),
            date_order: table.date_order,
            zero: table.zero,
        })
    }
}

/// The options written `FIELD=VALUE`.
#[derive(Debug, Clone, Copy)]
enum FieldOption {
    /// `--column FIELD=HEADER`.
    Column,
    /// `--scale FIELD=MIN-MAX`.
    Scale,
    /// `--reading FIELD=NAME`.
    Reading,
}

impl FieldOption {
    /// The selector of the messages that name the option.
    fn key(self) -> &'static str {
        match self {
            Self::Column => "column",
            Self::Scale => "scale",
            Self::Reading => "reading",
        }
    }
}

/// Splits `FIELD=VALUE` as given to `option` and reads the field name.
fn field_and_value(option: FieldOption, text: &str) -> Result<(Field, &str), CliError> {
    let (name, value) = text.split_once('=').ok_or_else(|| {
        CliError::BadInput(t!(
            "cli-import-option-form",
            option = (option.key()),
            value = text
        ))
    })?;
    let field = Field::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Field::ALL.iter().map(|field| field.name()).collect();
        CliError::BadInput(t!(
            "cli-import-not-a-field",
            option = (option.key()),
            name = name,
            fields = (names.join(", "))
        ))
    })?;
    Ok((field, value))
}

/// Reads and validates the whole file, backs up a journal that has data, then stores the file
/// in one transaction. With `--dry-run`, prints what would be stored and writes nothing.
///
/// # Errors
///
/// [`CliError::BadInput`] when the file cannot be read or any row is wrong (naming the file,
/// line, field and value; nothing is stored); [`CliError::Failure`] when the backup or the
/// transaction fails (nothing is stored).
pub fn run(store: &mut Store, args: &ImportArgs, now: NaiveDateTime) -> Result<(), CliError> {
    let file = args.file.display().to_string();
    let imported = if let Some(from) = &args.from {
        let tracker = Tracker::from_name(from).ok_or_else(|| {
            CliError::BadInput(t!(
                "cli-import-from-refused",
                value = from.as_str(),
                trackers = (Tracker::names().to_string())
            ))
        })?;
        let options = args.tracker_options()?;
        let bytes = std::fs::read(&args.file).map_err(|error| io_error(&file, &error))?;
        let decoded = decode_text(&bytes, &file)?;
        let mut opened = TrackerFile::open(tracker, decoded.text, &file)?;
        opened.code_page = decoded.code_page;
        opened.read(&options, now.date(), &file)?
    } else if args.name_column.is_some() || args.value_column.is_some() {
        let mapping = args.long_mapping()?;
        let table = read_table(&args.file, args.sheet.as_deref())?;
        read_long(&table, &mapping, now.date(), &file)?
    } else if args.is_table() {
        if !args.readings.is_empty() {
            return Err(CliError::BadInput(t!("cli-import-reading-alone")));
        }
        let mut mapping = args.mapping()?;
        let table = read_table(&args.file, args.sheet.as_deref())?;
        if mapping.columns.is_empty() {
            mapping.columns = guess_columns(&table.headers);
        }
        map_table(&table, &mapping, now.date(), &file)?
    } else {
        read_as_recognised(args, now, &file)?
    };
    imported.refuse_impossible_dates(now.date(), &file)?;
    let settings = imported.settings_over(&store.settings()?, &file)?;
    if args.dry_run {
        return dry_run(store, &imported, &file);
    }
    let BackedUpImport {
        summary,
        backup,
        unusual_dates,
    } = store.import_after_backup(
        &imported.entries,
        &imported.infusions,
        settings.as_ref(),
        now,
    )?;
    if let Some(path) = backup {
        println!(
            "{}",
            t!("cli-backed-up", path = (path.display().to_string()))
        );
    }
    println!(
        "{}",
        t!(
            "cli-import-done",
            file = file.as_str(),
            entries = (summary.entries_added + summary.entries_replaced),
            entries_added = summary.entries_added,
            entries_replaced = summary.entries_replaced,
            infusions = (summary.infusions_added + summary.infusions_replaced),
            infusions_added = summary.infusions_added,
            infusions_replaced = summary.infusions_replaced,
            settings = (if summary.settings_updated {
                "updated"
            } else {
                "unchanged"
            })
        )
    );
    print_notes(&imported);
    if let Some(unusual) = unusual_dates {
        println!("{}", t!("cli-note", note = (unusual.to_string())));
    }
    Ok(())
}

/// Reads a file with neither a mapping nor `--from`: the journal's own JSON, its CSV (dates in
/// `--date-order`, or in the order the file's dates show), another tracker's export recognised
/// by its columns (said on the first line, and read with `--reading`, `--zero` and
/// `--date-order`), or with `--date-order` or `--zero` a table whose obvious columns are taken.
/// Any other table is refused with what it looks like and what to do.
fn read_as_recognised(
    args: &ImportArgs,
    now: NaiveDateTime,
    file: &str,
) -> Result<Imported, CliError> {
    let mapping = args.mapping()?;
    let layout = read_layout(&args.file, None, now.date())?;
    if !args.readings.is_empty() && !matches!(layout, Layout::Tracker(..)) {
        return Err(CliError::BadInput(t!("cli-import-reading-alone")));
    }
    Ok(match layout {
        Layout::Journal(imported) => imported,
        Layout::JournalCsv(csv, read) => match mapping.date_order {
            Some(order) => csv.read(Some(order), file)?,
            None => read?,
        },
        Layout::Tracker(opened, _) => {
            println!(
                "{}",
                t!(
                    "cli-import-recognised",
                    tracker = (opened.tracker.title()),
                    name = (opened.tracker.name())
                )
            );
            opened.read(&args.tracker_options()?, now.date(), file)?
        }
        Layout::Table(table) if args.date_order.is_some() || args.zero.is_some() => {
            let mapping = TableMapping {
                columns: guess_columns(&table.headers),
                ..mapping
            };
            map_table(&table, &mapping, now.date(), file)?
        }
        Layout::Table(table) => return Err(foreign_table(&table, file).into()),
    })
}

/// The lines after the summary: skipped rows, ignored columns, scale rules.
fn print_notes(imported: &Imported) {
    if imported.skipped_empty_rows > 0 {
        println!(
            "{}",
            t!(
                "cli-import-skipped-empty",
                count = imported.skipped_empty_rows
            )
        );
    }
    if !imported.ignored.is_empty() {
        println!(
            "{}",
            t!(
                "cli-import-ignored",
                items = crate::wording::import_words::ignored_list(&imported.ignored)
            )
        );
    }
    for rule in &imported.rules {
        println!("{}", t!("cli-import-rule", rule = (rule.to_string())));
    }
    let several_done = imported.days_with_several_done();
    if let Some(first) = several_done.first() {
        let days: Vec<String> = several_done
            .iter()
            .map(|day| crate::wording::format::date(*day))
            .collect();
        println!(
            "{}",
            t!(
                "cli-import-several-done",
                count = several_done.len(),
                days = crate::wording::format::list(&days),
                date = first.to_string()
            )
        );
    }
}

fn dry_run(store: &Store, imported: &Imported, file: &str) -> Result<(), CliError> {
    println!(
        "{}",
        t!(
            "cli-import-dry-run",
            file = file,
            entries = imported.entries.len(),
            infusions = imported.infusions.len()
        )
    );
    print_notes(imported);
    let lines = imported
        .entries
        .iter()
        .map(|entry| entry_line(entry).to_string())
        .chain(imported.infusions.iter().map(infusion_line));
    for line in lines.take(DRY_RUN_ROWS) {
        println!("  {line}");
    }
    let all = imported.entries.len() + imported.infusions.len();
    if all > DRY_RUN_ROWS {
        println!(
            "  {}",
            t!("cli-import-dry-run-more", count = (all - DRY_RUN_ROWS))
        );
    }
    let mut replaced = Vec::new();
    for entry in &imported.entries {
        if store.entry(entry.date)?.is_some() {
            replaced.push(entry.date.to_string());
        }
    }
    if replaced.is_empty() {
        println!("{}", t!("cli-import-dry-run-none-replaced"));
    } else {
        println!(
            "{}",
            t!(
                "cli-import-dry-run-replaced",
                count = replaced.len(),
                dates = (replaced.join(", "))
            )
        );
    }
    Ok(())
}
