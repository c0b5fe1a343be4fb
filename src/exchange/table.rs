//! Tables of any layout, read as rows of text cells before their columns are mapped: CSV or
//! TSV text (separator and decimal comma detected) and `.xlsx`, `.xls`, `.ods` workbooks read
//! by `calamine`. Nothing here knows the journal's fields; see `mapping` for that.

use std::path::Path;

use calamine::{Data, Reader};

use super::csv_format::{LineCounter, detect_delimiter, is_empty_record};
use super::text::decode_text;
use super::{FileProblem, ImportError, Location};

/// A table as read: its header row and its data rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    /// The header cells, trimmed, in column order.
    pub headers: Vec<String>,
    /// The data rows that have at least one non-empty cell.
    pub rows: Vec<TableRow>,
    /// Rows in which every cell was empty, skipped.
    pub skipped_empty_rows: usize,
    /// Whether numbers may use a decimal comma (`6,5`): in text tables separated by `;` or tabs,
    /// and in workbooks, where a number kept as text was typed with the writer's own separator.
    pub decimal_comma: bool,
    /// Whether the text was not UTF-8 and was read in a Windows code page (see `text`); the
    /// import's summary says so.
    pub code_page: bool,
}

impl Table {
    /// The position of the column headed `header` (any case, spaces around it ignored).
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|found| found.trim().eq_ignore_ascii_case(header.trim()))
    }

    /// The cells of column `index`, one per row (empty where a row is short), as written.
    pub fn cells(&self, index: usize) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .map(move |row| row.cells.get(index).map_or("", String::as_str))
    }

    /// Whether the numeric dates of column `index` read two ways with nothing in the file to
    /// settle them, so that their order must be chosen (see [`super::file_dates`]).
    pub fn dates_need_order(&self, index: usize) -> bool {
        super::file_dates(self.cells(index)).needs_order()
    }
}

/// One data row.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// Where the row is, for messages: `line 7`, or `sheet Pain, row 7`.
    pub location: Location,
    /// The cells as text; dates from workbooks as `YYYY-MM-DD`.
    pub cells: Vec<String>,
}

/// Whether `path` names a workbook (by extension) rather than a text table.
pub fn is_workbook(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| {
            matches!(
                extension.to_ascii_lowercase().as_str(),
                "xlsx" | "xlsm" | "xls" | "ods"
            )
        })
}

/// Reads a table from a text file or a workbook; `sheet` picks a workbook's sheet (the first
/// one when `None`).
///
/// # Errors
/// [`ImportError`] when the file cannot be read, the sheet does not exist, or the table has no
/// header row.
pub fn read_table(path: &Path, sheet: Option<&str>) -> Result<Table, ImportError> {
    let file = path.display().to_string();
    if is_workbook(path) {
        return read_workbook(path, sheet, &file);
    }
    if sheet.is_some() {
        return Err(ImportError::Syntax {
            file,
            problem: FileProblem::SheetOnlyForWorkbooks,
        });
    }
    let bytes = std::fs::read(path).map_err(|error| super::io_error(&file, &error))?;
    let decoded = decode_text(&bytes, &file)?;
    let mut table = table_from_text(&decoded.text, &file)?;
    table.code_page = decoded.code_page;
    Ok(table)
}

/// Reads a text table (any header, separator detected). `file` names the file in messages.
///
/// # Errors
/// [`ImportError::Syntax`] when the text has no header row or a row has more cells than the
/// header.
pub fn table_from_text(text: &str, file: &str) -> Result<Table, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let unreadable = |error: csv::Error| {
        syntax(FileProblem::Unreadable {
            detail: error.to_string(),
        })
    };
    let delimiter = detect_delimiter(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut table = Table {
        decimal_comma: delimiter != b',',
        ..Table::default()
    };
    let mut lines = LineCounter::new(text);
    let mut records = reader.records();
    for record in records.by_ref() {
        let record = record.map_err(unreadable)?;
        if !is_empty_record(&record) {
            table.headers = record.iter().map(|cell| cell.trim().to_owned()).collect();
            break;
        }
    }
    if table.headers.is_empty() {
        return Err(syntax(FileProblem::NoHeaderRow));
    }
    for record in records {
        let record = record.map_err(unreadable)?;
        let line = record
            .position()
            .map_or(0, |position| lines.line_at(position.byte()));
        if is_empty_record(&record) {
            table.skipped_empty_rows += 1;
            continue;
        }
        if record.len() > table.headers.len() {
            return Err(syntax(FileProblem::CellCount {
                line,
                cells: record.len(),
                header: table.headers.len(),
            }));
        }
        table.rows.push(TableRow {
            location: Location::Line(line),
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    Ok(table)
}

/// The names of a workbook's sheets, in the workbook's order.
///
/// # Errors
/// [`ImportError::Syntax`] when the file is not a workbook calamine can open.
pub fn sheet_names(path: &Path) -> Result<Vec<String>, ImportError> {
    let workbook = calamine::open_workbook_auto(path).map_err(|error| ImportError::Syntax {
        file: path.display().to_string(),
        problem: FileProblem::Unreadable {
            detail: error.to_string(),
        },
    })?;
    Ok(workbook.sheet_names())
}

fn read_workbook(path: &Path, sheet: Option<&str>, file: &str) -> Result<Table, ImportError> {
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    let mut workbook = calamine::open_workbook_auto(path).map_err(|error| {
        syntax(FileProblem::Unreadable {
            detail: error.to_string(),
        })
    })?;
    let names = workbook.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|name| name.trim().eq_ignore_ascii_case(wanted.trim()))
            .cloned()
            .ok_or_else(|| {
                syntax(FileProblem::NoSuchSheet {
                    wanted: wanted.to_owned(),
                    sheets: names.clone(),
                })
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| syntax(FileProblem::NoSheets))?,
    };
    let range = workbook.worksheet_range(&name).map_err(|error| {
        syntax(FileProblem::UnreadableSheet {
            sheet: name.clone(),
            detail: error.to_string(),
        })
    })?;
    let first_row = range.start().map_or(0, |(row, _)| row);
    let first_column = range.start().map_or(0, |(_, column)| column);
    let mut table = Table {
        decimal_comma: true,
        ..Table::default()
    };
    for (index, row) in range.rows().enumerate() {
        // Cells left of the used range are empty; keep column positions as the sheet shows them.
        let mut cells = vec![String::new(); first_column as usize];
        cells.extend(row.iter().map(cell_text));
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            if !table.headers.is_empty() {
                table.skipped_empty_rows += 1;
            }
            continue;
        }
        if table.headers.is_empty() {
            table.headers = cells.iter().map(|cell| cell.trim().to_owned()).collect();
            continue;
        }
        let row_number = u64::from(first_row) + index as u64 + 1;
        table.rows.push(TableRow {
            location: Location::SheetRow {
                sheet: name.clone(),
                row: row_number,
            },
            cells,
        });
    }
    if table.headers.is_empty() {
        return Err(syntax(FileProblem::EmptySheet { sheet: name }));
    }
    Ok(table)
}

/// A workbook cell as text: whole numbers without a decimal point, dates as `YYYY-MM-DD`.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.clone(),
        Data::Int(number) => number.to_string(),
        Data::Float(number) => number.to_string(),
        Data::Bool(value) => value.to_string(),
        Data::DateTime(date) if date.is_datetime() => {
            let (year, month, day, ..) = date.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        Data::DateTime(duration) => duration.as_f64().to_string(),
        Data::Error(error) => format!("#{error}"),
    }
}
