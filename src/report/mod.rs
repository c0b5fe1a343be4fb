//! Rendering without egui: the charts as SVG and PNG images.
//!
//! Uses the chart models of [`crate::charts`] and the bundled fonts; never looks up system fonts.

pub mod chart_image;
pub mod fonts;
