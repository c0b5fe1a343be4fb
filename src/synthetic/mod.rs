//! Made-up journals: the demo journal for exploring the app, and journals simulated from a known
//! relief curve to measure the analysis against the truth. Both draw each cycle's relief from one
//! [`ReliefCurve`].
//!
//! Nothing here is analysis, and the analysis never sees the truth these generators keep: the
//! simulation hands back the journal and, separately, the curve each cycle followed.

mod curve;
pub mod simulate;

pub(crate) use curve::HORIZON_DAYS;
pub use curve::{Decline, ReliefCurve};
