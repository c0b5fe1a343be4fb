//! `relief-journal import`: bring in a journal JSON, an entries or infusions CSV, or any table of
//! days (CSV, TSV, `.xlsx`, `.ods`) with its columns mapped to the journal's fields; all or
//! nothing.

use std::path::PathBuf;

use chrono::NaiveDateTime;
use clap::Args;

use super::CliError;
use crate::domain::DateOrder;
use crate::store::exchange::{
    Field, Imported, Scale, TableMapping, entry_line, guess_columns, is_workbook, map_table,
    read_file, read_long_format, read_table,
};
use crate::store::{BackedUpImport, Store};

/// Rows printed by `--dry-run`.
const DRY_RUN_ROWS: usize = 10;

/// Arguments of `import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// A .json journal, a .csv of entries or infusions (told apart by the header), or any table
    /// of days (.csv, .tsv, .txt, .xlsx, .ods) with --column.
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
    /// Another tracker's export: `bearable` (one reading per row: date, category, rating, notes).
    #[arg(long, value_name = "bearable")]
    from: Option<String>,
    /// Show the first rows as they would be stored and the days they would replace; write nothing.
    #[arg(long)]
    dry_run: bool,
}

impl ImportArgs {
    /// Whether the file is read as a table with mapped columns rather than the journal's own
    /// formats.
    fn is_table(&self) -> bool {
        !self.columns.is_empty()
            || !self.scales.is_empty()
            || self.date_order.is_some()
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
                        CliError::BadInput(format!(
                            "--date-order: \"{name}\" is not allowed; expected ymd, dmy or mdy"
                        ))
                    })
                })
                .transpose()?,
            ..TableMapping::default()
        };
        for column in &self.columns {
            let (field, header) = field_and_value("--column", column, "FIELD=HEADER")?;
            mapping.columns.push((field, header.to_owned()));
        }
        for scale in &self.scales {
            let (field, range) = field_and_value("--scale", scale, "FIELD=MIN-MAX")?;
            let scale = Scale::parse(range).map_err(|message| {
                CliError::BadInput(format!("--scale {}: {message}", field.name()))
            })?;
            mapping.scales.push((field, scale));
        }
        Ok(mapping)
    }
}

/// Splits `FIELD=VALUE` and reads the field name.
fn field_and_value<'a>(
    option: &str,
    text: &'a str,
    form: &str,
) -> Result<(Field, &'a str), CliError> {
    let (name, value) = text.split_once('=').ok_or_else(|| {
        CliError::BadInput(format!(
            "{option}: \"{text}\" is not allowed; expected {form}"
        ))
    })?;
    let field = Field::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = Field::ALL.iter().map(|field| field.name()).collect();
        CliError::BadInput(format!(
            "{option}: \"{name}\" is not a field; expected one of {}",
            names.join(", ")
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
        if !from.trim().eq_ignore_ascii_case("bearable") {
            return Err(CliError::BadInput(format!(
                "--from: \"{from}\" is not allowed; expected bearable"
            )));
        }
        if !args.columns.is_empty() || !args.scales.is_empty() || args.date_order.is_some() {
            return Err(CliError::BadInput(
                "--from bearable has its own columns and scales; leave out --column, --scale and --date-order".into(),
            ));
        }
        let table = read_table(&args.file, args.sheet.as_deref())?;
        read_long_format(&table, now.date(), &file)?
    } else if args.is_table() {
        let mut mapping = args.mapping()?;
        let table = read_table(&args.file, args.sheet.as_deref())?;
        if mapping.columns.is_empty() {
            mapping.columns = guess_columns(&table.headers);
        }
        map_table(&table, &mapping, now.date(), &file)?
    } else {
        read_file(&args.file)?
    };
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
        println!("Backed up the journal to {}.", path.display());
    }
    println!(
        "Imported {file}: {} entries ({} added, {} replaced), {} infusions ({} added, {} replaced){}.",
        summary.entries_added + summary.entries_replaced,
        summary.entries_added,
        summary.entries_replaced,
        summary.infusions_added + summary.infusions_replaced,
        summary.infusions_added,
        summary.infusions_replaced,
        if summary.settings_updated {
            ", settings updated"
        } else {
            ""
        }
    );
    print_notes(&imported);
    if let Some(unusual) = unusual_dates {
        println!("Note: {unusual}");
    }
    Ok(())
}

/// The lines after the summary: skipped rows, ignored columns, scale rules.
fn print_notes(imported: &Imported) {
    if imported.skipped_empty_rows > 0 {
        println!(
            "Skipped {} empty row{}.",
            imported.skipped_empty_rows,
            if imported.skipped_empty_rows == 1 {
                ""
            } else {
                "s"
            }
        );
    }
    if !imported.ignored.is_empty() {
        println!("Ignored: {}.", imported.ignored.join(", "));
    }
    for rule in &imported.rules {
        println!("Rule: {rule}.");
    }
}

fn dry_run(store: &Store, imported: &Imported, file: &str) -> Result<(), CliError> {
    println!(
        "Dry run of {file}: {} entries and {} infusions would be imported; nothing is written.",
        imported.entries.len(),
        imported.infusions.len()
    );
    print_notes(imported);
    for entry in imported.entries.iter().take(DRY_RUN_ROWS) {
        println!("  {}", entry_line(entry));
    }
    if imported.entries.len() > DRY_RUN_ROWS {
        println!("  … and {} more", imported.entries.len() - DRY_RUN_ROWS);
    }
    let mut replaced = Vec::new();
    for entry in &imported.entries {
        if store.entry(entry.date)?.is_some() {
            replaced.push(entry.date.to_string());
        }
    }
    if replaced.is_empty() {
        println!("No day already in the journal would be replaced.");
    } else {
        println!(
            "{} day{} already in the journal would be replaced: {}.",
            replaced.len(),
            if replaced.len() == 1 { "" } else { "s" },
            replaced.join(", ")
        );
    }
    Ok(())
}
