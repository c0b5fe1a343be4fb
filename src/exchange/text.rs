//! A file's bytes as text, whichever of the usual encodings an editor or a spreadsheet saved
//! it in: UTF-8 with or without a byte-order mark, UTF-16 (little or big endian) with its
//! byte-order mark, the form of Excel's "Unicode text", or Windows-1252, the code page Excel's
//! plain "CSV" and LibreOffice's "Western Europe (Windows-1252)" write in Western Europe and the
//! Americas. Decoding is `encoding_rs`'s.
//!
//! Only two things are told from the bytes themselves, never guessed from their look: a
//! byte-order mark names its encoding, and text that is not UTF-8 is read as Windows-1252 when
//! it holds no UTF-8 letter at all (a damaged UTF-8 file is refused, naming its line) and no
//! control characters (a file that is not text is refused). The import's summary says when a
//! file was read as Windows-1252, so its accented letters can be checked in the preview.

use super::{FileProblem, ImportError, ImportRule};

/// The code page text without a byte-order mark is read in when it is not UTF-8.
pub const CODE_PAGE: &str = "Windows-1252";

/// A file's text and whether it had to be read in the [`CODE_PAGE`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark.
    pub text: String,
    /// Whether the bytes were not UTF-8 and were read as [`CODE_PAGE`] text.
    pub code_page: bool,
}

impl Decoded {
    /// The rule that tells the summary of an import how the text was read, if it is worth
    /// telling.
    pub fn rule(&self) -> Option<ImportRule> {
        self.code_page.then_some(ImportRule::CodePage {
            encoding: CODE_PAGE,
        })
    }
}

/// The text of a file's `bytes`, without a byte-order mark. `file` names the file in messages.
///
/// # Errors
/// As [`decode_text`].
pub fn decode(bytes: &[u8], file: &str) -> Result<String, ImportError> {
    decode_text(bytes, file).map(|decoded| decoded.text)
}

/// The text of a file's `bytes` and how it was read: by its byte-order mark, as UTF-8, or as
/// [`CODE_PAGE`] text when it is not UTF-8 and holds no UTF-8 letter. `file` names the file in
/// messages.
///
/// # Errors
/// [`ImportError::Syntax`] when a byte-order mark names an encoding the text is not valid in,
/// when UTF-8 text is damaged (naming the line of the first byte that is not UTF-8), or when
/// the bytes hold control characters that no text file has (naming their line).
pub fn decode_text(bytes: &[u8], file: &str) -> Result<Decoded, ImportError> {
    let syntax = |problem: FileProblem| ImportError::Syntax {
        file: file.to_owned(),
        problem,
    };
    if let Some((encoding, mark_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[mark_length..];
        return encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| Decoded {
                text: text.into_owned(),
                code_page: false,
            })
            .ok_or_else(|| {
                syntax(FileProblem::ByteOrderMark {
                    encoding: encoding.name(),
                })
            });
    }
    if let Some(at) = bytes.iter().position(|&byte| is_control(byte)) {
        return Err(syntax(FileProblem::NotText {
            line: line_of(bytes, at),
        }));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            code_page: false,
        }),
        Err(error) => {
            // A file with UTF-8 letters and a stray byte is damaged UTF-8, not another
            // encoding: reading it as a code page would garble every letter it has right.
            let has_utf8_letters = bytes.utf8_chunks().any(|chunk| !chunk.valid().is_ascii());
            if has_utf8_letters {
                return Err(syntax(FileProblem::NotUtf8 {
                    line: line_of(bytes, error.valid_up_to()),
                }));
            }
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                code_page: true,
            })
        }
    }
}

/// Whether `byte` is a control character no text file holds (tabs and line ends are text).
fn is_control(byte: u8) -> bool {
    byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r')
}

/// The line, counted from 1, of the byte at `at`.
fn line_of(bytes: &[u8], at: usize) -> u64 {
    bytes[..at].iter().filter(|&&byte| byte == b'\n').count() as u64 + 1
}

/// The UTF-16 encoder the import tests share.
#[cfg(test)]
#[path = "../../tests/common/utf16.rs"]
mod utf16_text;

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    use super::utf16_text::utf16;

    #[test]
    fn marks_are_read_and_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFdate", "a").unwrap(), "date");
        assert_eq!(decode(&utf16("dätè", false), "a").unwrap(), "dätè");
        assert_eq!(decode(&utf16("dätè", true), "a").unwrap(), "dätè");
        assert_eq!(decode(b"plain", "a").unwrap(), "plain");
    }

    #[test]
    fn text_that_is_not_utf8_is_read_in_the_windows_code_page() {
        // "Müde; Übelkeit €5" as Excel's plain "CSV" writes it on a German Windows.
        let decoded =
            decode_text(b"date;note\n01.03.2025;M\xFCde; \xDCbelkeit \x805\n", "a").unwrap();
        assert_eq!(decoded.text, "date;note\n01.03.2025;Müde; Übelkeit €5\n");
        assert!(decoded.code_page);
        assert_eq!(
            decoded.rule(),
            Some(ImportRule::CodePage {
                encoding: "Windows-1252"
            })
        );
        assert!(!decode_text("Müde".as_bytes(), "a").unwrap().code_page);
    }

    #[test]
    fn damaged_utf8_and_bytes_that_are_not_text_name_their_line() {
        let message = decode(b"date,note\nM\xC3\xBCde,\xFF\n", "e.csv")
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("e.csv: line 2: the file is not UTF-8"),
            "{message}"
        );
        let message = decode(b"date,pain\n2026-01-01,6\n\x00\x01\x02", "e.csv")
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("e.csv: line 3: the file holds bytes that are not text"),
            "{message}"
        );
    }
}
