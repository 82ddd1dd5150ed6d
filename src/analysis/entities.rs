//! Entity extraction (placeholder until the engine lands).
use super::Entity;
/// Finds the entities of a text.
#[must_use]
pub fn extract_entities(_body: &str) -> Vec<Entity> {
    Vec::new()
}
