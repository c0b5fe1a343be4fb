//! A file's bytes as text, whichever of the usual encodings an editor or a spreadsheet saved
//! it in: UTF-8 with or without a byte-order mark, or UTF-16 (little or big endian) with its
//! byte-order mark, the form of Excel's "Unicode text". Decoding is `encoding_rs`'s; nothing
//! is guessed: text without a mark must be valid UTF-8.

use super::{FileProblem, ImportError};

/// The text of a file's `bytes`, without a byte-order mark. `file` names the file in messages.
///
/// # Errors
/// [`ImportError::Syntax`] when the bytes are neither UTF-8 nor UTF-16 with a byte-order mark,
/// naming the line of the first byte that is not UTF-8.
pub fn decode(bytes: &[u8], file: &str) -> Result<String, ImportError> {
    if let Some((encoding, mark_length)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[mark_length..];
        return encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| ImportError::Syntax {
                file: file.to_owned(),
                problem: FileProblem::ByteOrderMark {
                    encoding: encoding.name(),
                },
            });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&byte| byte == b'\n').count() + 1;
            Err(ImportError::Syntax {
                file: file.to_owned(),
                problem: FileProblem::NotUtf8 { line: line as u64 },
            })
        }
    }
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
    fn bytes_that_are_not_text_name_their_line() {
        let message = decode(b"date,pain\n2026-01-01,\xFF\n", "e.csv")
            .unwrap_err()
            .to_string();
        assert!(
            message.starts_with("e.csv: line 2: the file is not UTF-8"),
            "{message}"
        );
    }
}
