//! Timeline extraction (placeholder until the engine lands).
use super::TimelineEntry;
/// Finds the dated expressions of a text.
#[must_use]
pub fn extract_timeline(_body: &str, _published: Option<jiff::civil::Date>) -> Vec<TimelineEntry> {
    Vec::new()
}
