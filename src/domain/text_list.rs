//! Short lists of words such as side effects and tags.

use serde::{Deserialize, Serialize};

use super::{Allowed, ValidationError};

/// A list of short labels (side effects, tags): trimmed, no empty items, no duplicates, no `;`.
///
/// `;` is what joins the items in a CSV cell, so an item may not contain it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TextList(Vec<String>);

impl TextList {
    /// The longest item, in characters.
    pub const MAX_ITEM_CHARS: usize = 80;

    /// Validates a list for `field`, trimming items and dropping empty ones and repeats.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming `field` when an item is longer than [`Self::MAX_ITEM_CHARS`]
    /// characters or holds a `;` or a line break.
    pub fn new<I, S>(field: &'static str, items: I) -> Result<Self, ValidationError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut list = Vec::new();
        for item in items {
            let item = item.as_ref().trim();
            if item.is_empty() {
                continue;
            }
            if item.contains(';')
                || item.contains('\n')
                || item.chars().count() > Self::MAX_ITEM_CHARS
            {
                return Err(ValidationError::new(
                    field,
                    item,
                    Allowed::ListItems {
                        max_chars: Self::MAX_ITEM_CHARS,
                    },
                ));
            }
            if !list.iter().any(|existing| existing == item) {
                list.push(item.to_owned());
            }
        }
        Ok(Self(list))
    }

    /// Parses items joined by `;`, as in a CSV cell.
    ///
    /// # Errors
    ///
    /// [`ValidationError`] naming `field` when an item is longer than [`Self::MAX_ITEM_CHARS`]
    /// characters or holds a `;` or a line break.
    pub fn parse_joined(field: &'static str, text: &str) -> Result<Self, ValidationError> {
        Self::new(field, text.split(';'))
    }

    /// The items joined by `;`, as in a CSV cell.
    pub fn joined(&self) -> String {
        self.0.join(";")
    }

    /// The items.
    pub fn items(&self) -> &[String] {
        &self.0
    }

    /// Whether the list has no items.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether the list holds `item`.
    pub fn contains(&self, item: &str) -> bool {
        self.0.iter().any(|existing| existing == item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_trimmed_deduplicated_and_checked() {
        let list = TextList::new("tags", [" weather ", "", "stress", "weather"]).unwrap();
        assert_eq!(list.items(), ["weather", "stress"]);
        assert_eq!(list.joined(), "weather;stress");
        assert_eq!(
            TextList::parse_joined("tags", "weather;stress").unwrap(),
            list
        );
        assert!(TextList::new("tags", ["a;b"]).is_err());
        assert!(TextList::new("tags", ["x".repeat(81)]).is_err());
        assert!(TextList::parse_joined("tags", "").unwrap().is_empty());
    }
}
