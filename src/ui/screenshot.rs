//! `--screenshot PATH`: save the first complete frame as PNG, then close.

use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Context, ViewportCommand};

use crate::t;

/// Frames drawn before the screenshot is taken, so that layout (grids, tables, fonts) has settled.
pub const SETTLE_FRAMES: u32 = 3;

/// Why no screenshot was saved.
#[derive(Debug, thiserror::Error)]
pub enum ScreenshotError {
    /// The window closed before a complete frame was drawn.
    NotTaken,
    /// The thread that saves the image panicked.
    Interrupted,
    /// The image is wider or taller than a PNG can be.
    TooLarge(#[from] std::num::TryFromIntError),
    /// The file could not be created or written.
    Write {
        /// The PNG file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The pixels could not be encoded as PNG.
    Encode {
        /// The PNG file.
        path: PathBuf,
        /// The encoder's error.
        source: png::EncodingError,
    },
}

impl std::fmt::Display for ScreenshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let not_written = |path: &Path, error: String| {
            t!(
                "app-screenshot-not-written",
                path = path.display().to_string(),
                error = error
            )
        };
        f.write_str(&match self {
            Self::NotTaken => t!("app-screenshot-not-taken"),
            Self::Interrupted => t!("app-screenshot-interrupted"),
            Self::TooLarge(_) => t!("app-screenshot-too-large"),
            Self::Write { path, source } => not_written(path, source.to_string()),
            Self::Encode { path, source } => not_written(path, source.to_string()),
        })
    }
}

/// Whether the screenshot was saved, shared between the app and the caller of `run`.
#[derive(Debug, Clone, Default)]
pub struct ScreenshotOutcome(Arc<Mutex<Option<Result<(), ScreenshotError>>>>);

impl ScreenshotOutcome {
    /// The result, taken once the app has closed.
    ///
    /// # Errors
    ///
    /// [`ScreenshotError::NotTaken`] when no screenshot was taken,
    /// [`ScreenshotError::Interrupted`] when saving panicked, or why saving failed.
    pub fn result(&self) -> Result<(), ScreenshotError> {
        match self.0.lock() {
            Ok(mut slot) => slot.take().unwrap_or(Err(ScreenshotError::NotTaken)),
            Err(_) => Err(ScreenshotError::Interrupted),
        }
    }

    fn set(&self, result: Result<(), ScreenshotError>) {
        if let Ok(mut slot) = self.0.lock() {
            *slot = Some(result);
        }
    }
}

/// Counts frames and requests the screenshot once the view has settled.
#[derive(Debug)]
pub struct Screenshot {
    path: PathBuf,
    frames: u32,
    requested: bool,
    outcome: ScreenshotOutcome,
}

impl Screenshot {
    /// A screenshot to be saved at `path`.
    pub fn new(path: PathBuf, outcome: ScreenshotOutcome) -> Self {
        Self {
            path,
            frames: 0,
            requested: false,
            outcome,
        }
    }

    /// Call once per frame, after drawing.
    pub fn after_frame(&mut self, ctx: &Context) {
        if self.requested {
            return;
        }
        self.frames += 1;
        if self.frames < SETTLE_FRAMES {
            ctx.request_repaint();
            return;
        }
        self.requested = true;
        let path = self.path.clone();
        let outcome = self.outcome.clone();
        let close_ctx = ctx.clone();
        ctx.request_screenshot(move |image| {
            outcome.set(save_png(&path, &image));
            close_ctx.send_viewport_cmd(ViewportCommand::Close);
        });
    }
}

/// Encodes an image as an 8-bit RGBA PNG at `path`.
///
/// # Errors
///
/// [`ScreenshotError::TooLarge`] for an image wider or taller than a PNG can be,
/// [`ScreenshotError::Write`] when the file cannot be created or written,
/// [`ScreenshotError::Encode`] when the pixels cannot be encoded.
pub fn save_png(path: &Path, image: &ColorImage) -> Result<(), ScreenshotError> {
    let [width, height] = image.size;
    let (width, height) = (u32::try_from(width)?, u32::try_from(height)?);
    let mut rgba = Vec::with_capacity(image.pixels.len() * 4);
    for pixel in &image.pixels {
        rgba.extend_from_slice(&pixel.to_srgba_unmultiplied());
    }
    let file = std::fs::File::create(path).map_err(|source| ScreenshotError::Write {
        path: path.to_owned(),
        source,
    })?;
    let encode = |source| ScreenshotError::Encode {
        path: path.to_owned(),
        source,
    };
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(encode)?;
    writer.write_image_data(&rgba).map_err(encode)?;
    writer.finish().map_err(encode)
}
