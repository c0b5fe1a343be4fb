//! The bundled fonts (DejaVu Sans, see `assets/fonts/LICENSE-DejaVu.txt`), so charts and reports
//! never depend on the fonts installed on a computer, and the installed fonts the report falls
//! back to for scripts DejaVu Sans lacks (Chinese, Japanese, Korean, Devanagari and more).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// DejaVu Sans, regular.
pub const SANS_REGULAR: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub const SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
/// The family name charts use for text.
pub const CHART_FONT_FAMILY: &str = "sans-serif";

/// The bundled font could not be read: only a broken build can cause it. Worded in
/// [`crate::wording`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub struct FontError;

/// Registers the bundled fonts with plotters once; later calls do nothing.
///
/// # Errors
///
/// [`FontError`] when plotters cannot read the bundled font.
pub fn register_chart_fonts() -> Result<(), FontError> {
    static REGISTERED: OnceLock<Result<(), FontError>> = OnceLock::new();
    *REGISTERED.get_or_init(|| {
        use plotters::style::{FontStyle, register_font};
        register_font(CHART_FONT_FAMILY, FontStyle::Normal, SANS_REGULAR)
            .and_then(|()| register_font(CHART_FONT_FAMILY, FontStyle::Bold, SANS_BOLD))
            .map_err(|_| FontError)
    })
}

/// A font installed on the computer, used for characters the bundled font cannot draw.
pub struct FallbackFont {
    /// The family name, as the font names itself.
    pub family: String,
    /// The font file's bytes (a collection holds several faces).
    pub data: Arc<Vec<u8>>,
    /// The face's index in the file.
    pub index: u32,
}

impl std::fmt::Debug for FallbackFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FallbackFont")
            .field("family", &self.family)
            .field("index", &self.index)
            .field("bytes", &self.data.len())
            .finish()
    }
}

/// The fonts installed on the computer, found once with fontdb, and the faces picked so far.
struct SystemFonts {
    database: fontdb::Database,
    /// Upright faces for regular and for bold text, the most fitting first.
    candidates: [Vec<fontdb::ID>; 2],
    /// Faces already picked, tried first so a line of one script stays in one font.
    picked: Mutex<[Vec<Arc<PickedFace>>; 2]>,
    /// What each character was resolved to, so each is looked up once.
    resolved: Mutex<Resolved>,
}

/// The face each (character, bold) was resolved to; `None` when no installed font has it.
type Resolved = HashMap<(char, bool), Option<Arc<PickedFace>>>;

#[derive(Debug)]
struct PickedFace {
    id: fontdb::ID,
    font: Arc<FallbackFont>,
}

/// How well a face suits text of weight `target`: smaller is better. Upright before italic,
/// the nearest weight, sans before serif, proportional before monospaced, then the face with the
/// most glyphs (so a note in one script stays in one font rather than a patchwork), then by name
/// so the order does not depend on the order of files on disk.
fn suitability(
    face: &fontdb::FaceInfo,
    glyphs: u16,
    target: u16,
) -> (bool, u16, bool, bool, std::cmp::Reverse<u16>, String) {
    let family = face
        .families
        .first()
        .map(|(name, _)| name.clone())
        .unwrap_or_default();
    (
        face.style != fontdb::Style::Normal,
        face.weight.0.abs_diff(target),
        family.contains("Serif"),
        face.monospaced || family.contains("Mono"),
        std::cmp::Reverse(glyphs),
        family,
    )
}

impl SystemFonts {
    fn load() -> Self {
        let mut database = fontdb::Database::new();
        database.load_system_fonts();
        let glyphs: HashMap<fontdb::ID, u16> = database
            .faces()
            .map(|face| {
                let count = database
                    .with_face_data(face.id, |data, index| {
                        ttf_parser::Face::parse(data, index)
                            .map_or(0, |parsed| parsed.number_of_glyphs())
                    })
                    .unwrap_or(0);
                (face.id, count)
            })
            .collect();
        let order = |target: u16| {
            let mut faces: Vec<&fontdb::FaceInfo> = database.faces().collect();
            faces.sort_by_cached_key(|face| {
                suitability(face, glyphs.get(&face.id).copied().unwrap_or(0), target)
            });
            faces.into_iter().map(|face| face.id).collect::<Vec<_>>()
        };
        let candidates = [order(400), order(700)];
        Self {
            database,
            candidates,
            picked: Mutex::new([Vec::new(), Vec::new()]),
            resolved: Mutex::new(HashMap::new()),
        }
    }

    fn covers(&self, id: fontdb::ID, character: char) -> bool {
        self.database
            .with_face_data(id, |data, index| {
                ttf_parser::Face::parse(data, index)
                    .is_ok_and(|face| face.glyph_index(character).is_some())
            })
            .unwrap_or(false)
    }

    fn pick(&self, id: fontdb::ID) -> Option<Arc<PickedFace>> {
        let face = self.database.face(id)?;
        let data = self.database.with_face_data(id, |data, _| data.to_vec())?;
        Some(Arc::new(PickedFace {
            id,
            font: Arc::new(FallbackFont {
                family: face
                    .families
                    .first()
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default(),
                data: Arc::new(data),
                index: face.index,
            }),
        }))
    }

    fn fallback(&self, character: char, bold: bool) -> Option<Arc<FallbackFont>> {
        let weight = usize::from(bold);
        let mut resolved = self
            .resolved
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(known) = resolved.get(&(character, bold)) {
            return known.as_ref().map(|picked| Arc::clone(&picked.font));
        }
        let mut picked = self
            .picked
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let found = picked[weight]
            .iter()
            .find(|face| self.covers(face.id, character))
            .cloned()
            .or_else(|| {
                let id = self.candidates[weight]
                    .iter()
                    .copied()
                    .find(|&id| self.covers(id, character))?;
                let face = self.pick(id)?;
                picked[weight].push(Arc::clone(&face));
                Some(face)
            });
        let font = found.as_ref().map(|face| Arc::clone(&face.font));
        resolved.insert((character, bold), found);
        font
    }
}

/// A font installed on the computer that draws `character`, regular or bold, or `None` when no
/// installed font has it. The installed fonts are looked up once, on first use, with fontdb;
/// a face found for one character is tried first for the next, so a line of one script stays
/// in one font.
pub fn fallback_font(character: char, bold: bool) -> Option<Arc<FallbackFont>> {
    static SYSTEM: OnceLock<SystemFonts> = OnceLock::new();
    SYSTEM
        .get_or_init(SystemFonts::load)
        .fallback(character, bold)
}
