//! A guard for the text layer: a string literal in `src/` that reads like words for a person
//! (two words or more, or one capitalised word) fails the test, naming its file and line, unless
//! it sits in a log line, a panic or assertion, an SQL statement, a clap attribute, or the short
//! allow-list below. Words a person reads belong in `i18n/<lang>/relief-journal.ftl`.

use std::path::{Path, PathBuf};

/// Literals that read like words but are not shown to a person, each with why.
const ALLOWED: &[(&str, &str)] = &[
    // The product name: the program names itself to the system (window class, notifications,
    // the Windows task and the macOS agent are looked up by these names).
    ("src/reminders/notify.rs", "Relief Journal"),
    ("src/reminders/task_scheduler.rs", "Relief Journal reminder"),
    ("src/ui/mod.rs", "Relief Journal"),
    // The PDF's creator in its document properties: the product's name.
    ("src/report/pdf_render.rs", "Relief Journal"),
    // Side effects as stored: English keys, shown to a person through their messages.
    ("src/domain/entry.rs", "high blood pressure"),
    ("src/domain/entry.rs", "bladder or urinary symptoms"),
    ("src/ui/widgets/mod.rs", "high blood pressure"),
    ("src/ui/widgets/mod.rs", "bladder or urinary symptoms"),
    // The first bytes of every plain SQLite file, to tell a plain journal from a protected one.
    ("src/store/passphrase.rs", "SQLite format 3\0"),
    // How Dropbox names a conflicted copy, and the folders sync services make, as they spell
    // them on disk.
    ("src/sync/conflicted.rs", "conflicted copy"),
    ("src/sync/synced_folder.rs", "Dropbox"),
    ("src/sync/synced_folder.rs", "iCloud Drive"),
    ("src/sync/synced_folder.rs", "Google Drive"),
    ("src/sync/synced_folder.rs", "My Drive"),
    // Font family names asked of the font database.
    ("src/fonts.rs", "DejaVu Sans"),
    ("src/fonts.rs", "Serif"),
    ("src/fonts.rs", "Mono"),
    ("src/report/pdf_render.rs", "DejaVu Sans"),
    ("src/ui/theme.rs", "DejaVu Sans (bundled)"),
    // Keys of the macOS LaunchAgent property list.
    ("src/reminders/launchd.rs", "Hour"),
    ("src/reminders/launchd.rs", "Minute"),
    ("src/reminders/launchd.rs", "Label"),
    ("src/reminders/launchd.rs", "Library"),
    ("src/reminders/launchd.rs", "Interactive"),
    // Arguments of Windows' Task Scheduler XML.
    ("src/reminders/task_scheduler.rs", "Arguments"),
];

/// Literals that start so are other programs' files, read by those programs: the systemd
/// units and the launchd agent's shell line (a person may read them with `systemctl cat`, as
/// configuration, in English like the rest of the system's).
const ALLOWED_STARTS: &[(&str, &str)] = &[
    ("src/reminders/systemd.rs", "# Written by Relief Journal"),
    ("src/reminders/launchd.rs", "if [ -x"),
];

/// Calls whose string arguments are for developers, files or other programs, not for a person.
const QUIET_CALLS: &[&str] = &[
    "trace!",
    "debug!",
    "info!",
    "warn!",
    "error!",
    "panic!",
    "unreachable!",
    "todo!",
    "unimplemented!",
    "assert!",
    "assert_eq!",
    "assert_ne!",
    "debug_assert!",
    "expect",
    "execute",
    "execute_batch",
    "query_row",
    "prepare",
    "prepare_cached",
    "pragma_update",
    "pragma_query_value",
    "query_map",
    "query",
    "arg",
    "command",
    "serde",
    "error",
    "t!",
    "fl!",
    "include_str!",
    "include_bytes!",
    "concat!",
    "env!",
    "var",
    "new",
    "debug_struct",
    "serialize_struct",
    "must_use",
    "date_plot",
    "relief_plot",
];

/// Folders and files whose literals are other programs' file formats, not words for a person.
const FILE_FORMATS: &[(&str, &str)] = &[
    // Other trackers' column headers, values and the public sources they were read from.
    ("src/exchange/trackers/", "trackers"),
    // The headers other programs and spreadsheets use for each field, to recognise columns.
    ("src/exchange/field.rs", "headers"),
];

/// A string literal of a source file: its first line and its text.
struct Literal {
    line: usize,
    text: String,
    call: String,
}

/// The string literals of `source` outside comments and outside the test module at its end,
/// each with the name of the call or macro whose arguments hold it.
fn literals(source: &str) -> Vec<Literal> {
    let source = without_test_modules(source);
    let chars: Vec<char> = source.chars().collect();
    // The code with literals and comments blanked, to find the call around a literal.
    let mut code: Vec<char> = Vec::with_capacity(chars.len());
    let mut found = Vec::new();
    let mut line = 1;
    let mut index = 0;
    while index < chars.len() {
        let character = chars[index];
        let next = chars.get(index + 1).copied();
        if character == '\n' {
            line += 1;
        }
        if character == '/' && next == Some('/') {
            while index < chars.len() && chars[index] != '\n' {
                code.push(' ');
                index += 1;
            }
            continue;
        }
        if character == '/' && next == Some('*') {
            while index < chars.len()
                && !(chars[index] == '*' && chars.get(index + 1) == Some(&'/'))
            {
                if chars[index] == '\n' {
                    line += 1;
                }
                code.push(' ');
                index += 1;
            }
            code.push(' ');
            code.push(' ');
            index += 2;
            continue;
        }
        if character == '\'' {
            // A char literal ('"', '\'') or a lifetime ('a).
            let end = match (next, chars.get(index + 2), chars.get(index + 3)) {
                (Some('\\'), _, _) => chars[index + 2..]
                    .iter()
                    .position(|c| *c == '\'')
                    .map(|offset| index + 2 + offset),
                (Some(_), Some('\''), _) => Some(index + 2),
                _ => None,
            };
            if let Some(end) = end {
                code.extend(std::iter::repeat_n(' ', end + 1 - index));
                index = end + 1;
                continue;
            }
        }
        let raw = character == 'r'
            && matches!(next, Some('"' | '#'))
            && !chars
                .get(index.wrapping_sub(1))
                .is_some_and(|c| c.is_alphanumeric() || *c == '_');
        if character == '"' || raw {
            let start_line = line;
            let call = enclosing_call(&code);
            let mut text = String::new();
            if raw {
                let mut hashes = 0;
                index += 1;
                while chars.get(index) == Some(&'#') {
                    hashes += 1;
                    index += 1;
                }
                index += 1;
                loop {
                    match chars.get(index) {
                        None => break,
                        Some('"')
                            if (1..=hashes)
                                .all(|offset| chars.get(index + offset) == Some(&'#')) =>
                        {
                            index += 1 + hashes;
                            break;
                        }
                        Some(c) => {
                            if *c == '\n' {
                                line += 1;
                            }
                            text.push(*c);
                            index += 1;
                        }
                    }
                }
            } else {
                index += 1;
                while let Some(c) = chars.get(index) {
                    match c {
                        '\\' => {
                            // A line continuation skips the line break and the indent.
                            if chars.get(index + 1) == Some(&'\n') {
                                line += 1;
                                index += 2;
                                while chars.get(index).is_some_and(|c| c.is_whitespace()) {
                                    index += 1;
                                }
                                continue;
                            }
                            text.push(match chars.get(index + 1).copied().unwrap_or(' ') {
                                'n' => '\n',
                                't' => '\t',
                                'r' => '\r',
                                '0' => '\0',
                                other => other,
                            });
                            index += 2;
                        }
                        '"' => {
                            index += 1;
                            break;
                        }
                        other => {
                            if *other == '\n' {
                                line += 1;
                            }
                            text.push(*other);
                            index += 1;
                        }
                    }
                }
            }
            code.push('"');
            code.push('"');
            found.push(Literal {
                line: start_line,
                text,
                call,
            });
            continue;
        }
        code.push(character);
        index += 1;
    }
    found
}

/// `source` with every `#[cfg(test)] mod … { … }` blanked (its lines kept, so line numbers
/// stay right): tests name words freely.
fn without_test_modules(source: &str) -> String {
    let mut out = source.to_owned();
    let mut from = 0;
    while let Some(found) = out[from..].find("#[cfg(test)]") {
        let start = from + found;
        let mut rest = &out[start + "#[cfg(test)]".len()..];
        // Further attributes, then `mod name {` (a `mod name;` has no body here).
        loop {
            rest = rest.trim_start();
            if rest.starts_with("#[") {
                match rest.find(']') {
                    Some(end) => rest = &rest[end + 1..],
                    None => break,
                }
            } else {
                break;
            }
        }
        let is_module = rest.starts_with("mod ")
            && rest
                .find(['{', ';'])
                .is_some_and(|index| rest.as_bytes()[index] == b'{');
        if !is_module {
            from = start + 1;
            continue;
        }
        let open = out.len() - rest.len() + rest.find('{').unwrap_or(0);
        let mut depth = 0usize;
        let mut end = out.len();
        for (index, character) in out[open..].char_indices() {
            match character {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + index + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let blanked: String = out[start..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(start..end, &blanked);
        from = start + blanked.len();
    }
    out
}

/// The name before the innermost unclosed `(`, `[` or `{` of `code`, or the attribute around it
/// (`arg` for `#[arg(…)]`).
fn enclosing_call(code: &[char]) -> String {
    let mut depth = 0i32;
    for position in (0..code.len()).rev() {
        match code[position] {
            ')' | ']' | '}' => depth += 1,
            '(' | '[' | '{' if depth > 0 => depth -= 1,
            '(' | '[' | '{' => {
                if code[position] == '{' {
                    return String::new();
                }
                // An attribute (`#[must_use = "…"]`): its name.
                if code[position] == '[' && position > 0 && code[position - 1] == '#' {
                    return code[position + 1..]
                        .iter()
                        .take_while(|c| c.is_alphanumeric() || **c == '_')
                        .collect();
                }
                let mut start = position;
                while start > 0
                    && (code[start - 1].is_alphanumeric()
                        || matches!(code[start - 1], '_' | '!' | ':'))
                {
                    start -= 1;
                }
                let name: String = code[start..position].iter().collect();
                return name.rsplit("::").next().unwrap_or_default().to_owned();
            }
            _ => {}
        }
    }
    String::new()
}

/// Whether a literal reads like words for a person. Format placeholders (`{name}`, `{:.1}`)
/// are not words.
fn reads_like_words(text: &str) -> bool {
    let mut outside = String::with_capacity(text.len());
    let mut depth = 0usize;
    for character in text.chars() {
        match character {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            other if depth == 0 => outside.push(other),
            _ => {}
        }
    }
    let text = outside.as_str();
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let kebab_id = text
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.');
    if kebab_id {
        return false;
    }
    let sentence = text.contains(' ') && words.len() >= 2;
    let capitalised = words.len() == 1
        && text.trim().chars().next().is_some_and(char::is_uppercase)
        && text
            .trim()
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || ".:!?".contains(c));
    let sql = [
        "SELECT", "INSERT", "UPDATE", "CREATE", "PRAGMA", "DELETE", "ALTER", "DROP", "CAST",
        "COALESCE", "IS NOT", "TRIGGER",
    ]
    .iter()
    .any(|keyword| {
        text.match_indices(keyword).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + keyword.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    });
    // A list of columns or keys: `date, pain, worst_pain`.
    let identifiers = text.contains(", ")
        && text.split(", ").all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        });
    (sentence || capitalised) && !sql && !identifiers
}

fn rust_files(folder: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn no_words_for_a_person_outside_the_text_layer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if name.ends_with("tests.rs") || name.starts_with("src/synthetic/") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        for literal in literals(&source) {
            let quiet = QUIET_CALLS.contains(&literal.call.as_str());
            let allowed = ALLOWED
                .iter()
                .any(|(file, text)| *file == name && literal.text == *text)
                || ALLOWED_STARTS
                    .iter()
                    .any(|(file, start)| *file == name && literal.text.starts_with(start))
                || FILE_FORMATS
                    .iter()
                    .any(|(prefix, _)| name.starts_with(prefix));
            if !quiet && !allowed && reads_like_words(&literal.text) {
                found.push(format!("{name}:{}: {:?}", literal.line, literal.text));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} literal(s) read like words for a person; move them into i18n/*/relief-journal.ftl \
         (or, if no person reads them, add them to ALLOWED with why):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_guard_sees_words_and_passes_identifiers() {
    let source = [
        "fn a() {",
        "    ui.label(\"Save the day\");",
        "    log::warn!(\"could not save {x}\");",
        "    t!(\"today-save\");",
        "    let key = \"sleep_hours\";",
        "    // \"a comment here\"",
        "    let c = '\"';",
        "    button(\"Delete\");",
        "    let columns = \"date, pain, worst_pain\";",
        "    let sql = \"(SELECT computer FROM sync_local)\";",
        "}",
        "#[cfg(test)]",
        "#[allow(clippy::unwrap_used)]",
        "mod tests {",
        "    fn b() { label(\"Words in a test\"); }",
        "}",
        "fn c() {",
        "    label(\"Shown again\");",
        "}",
    ]
    .join("\n");
    let shown: Vec<(usize, String)> = literals(&source)
        .into_iter()
        .filter(|literal| {
            !QUIET_CALLS.contains(&literal.call.as_str()) && reads_like_words(&literal.text)
        })
        .map(|literal| (literal.line, literal.text))
        .collect();
    assert_eq!(
        shown,
        [
            (2, "Save the day".to_owned()),
            (8, "Delete".to_owned()),
            (18, "Shown again".to_owned())
        ]
    );
}
