//! `--screenshot PATH`: save the first complete frame as PNG, then close.

use eframe::egui;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Context, ViewportCommand};

/// Frames drawn before the screenshot is taken, so that layout (grids, tables, fonts) has settled.
pub const SETTLE_FRAMES: u32 = 3;

/// Whether the screenshot was saved, shared between the app and the caller of `run`.
#[derive(Debug, Clone, Default)]
pub struct ScreenshotOutcome(Arc<Mutex<Option<Result<(), String>>>>);

impl ScreenshotOutcome {
    /// The result: `Err` when saving failed or no screenshot was taken.
    pub fn result(&self) -> Result<(), String> {
        match self.0.lock() {
            Ok(slot) => slot
                .clone()
                .unwrap_or_else(|| Err("the window closed before a frame was drawn".to_owned())),
            Err(_) => Err("the screenshot was interrupted".to_owned()),
        }
    }

    fn set(&self, result: Result<(), String>) {
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
            let result = save_png(&path, &image)
                .map_err(|error| format!("could not write {}: {error}", path.display()));
            outcome.set(result);
            close_ctx.send_viewport_cmd(ViewportCommand::Close);
        });
    }
}

/// Encodes an image as an 8-bit RGBA PNG.
pub fn save_png(path: &Path, image: &ColorImage) -> Result<(), String> {
    let [width, height] = image.size;
    let width = u32::try_from(width).map_err(|error| error.to_string())?;
    let height = u32::try_from(height).map_err(|error| error.to_string())?;
    let mut rgba = Vec::with_capacity(image.pixels.len() * 4);
    for pixel in &image.pixels {
        rgba.extend_from_slice(&pixel.to_srgba_unmultiplied());
    }
    let file = std::fs::File::create(path).map_err(|error| error.to_string())?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|error| error.to_string())?;
    writer
        .write_image_data(&rgba)
        .map_err(|error| error.to_string())?;
    writer.finish().map_err(|error| error.to_string())
}
