//! Sentence splitting (placeholder).
use super::Span;
/// Sentence spans.
#[must_use]
pub fn sentence_spans(_text: &str) -> Vec<Span> {
    Vec::new()
}
