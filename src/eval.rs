//! Quality measurement: scores the analysis against gold annotations in the
//! format of the public dev data (`NNN.txt` + `NNN.gold.json`, byte offsets).
//! Used by `dateline eval entities DIR` and `dateline eval timeline DIR`.

pub mod entities;
pub mod errors;
pub mod gold;
pub mod score;
pub mod timeline;

pub use gold::{GoldDoc, load_dir};
pub use score::Prf;
