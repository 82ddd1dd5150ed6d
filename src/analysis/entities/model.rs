//! The compact tagger model: a binary file compiled in with `include_bytes!`.
//!
//! Format (little endian): `DLNE` magic, `u32` version 1, `f32` scale,
//! `u32` count, then per feature a `u32` hash, a `u16` mask of the tags that
//! have a weight, and one `i16` per set bit (weight = value × scale).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::tagger::NT;

/// Anything that can add feature weights to tag scores.
pub trait Scorer {
    /// Adds the weights of `feats` to `scores`.
    fn add(&self, feats: &[u32], scores: &mut [f32; NT]);
}

/// Hasher for keys that already are hashes.
#[derive(Debug, Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8 | u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A map keyed by feature hashes.
pub type FeatMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;

/// A loaded, quantised model.
#[derive(Debug, Default)]
pub struct Model {
    weights: FeatMap<[i16; NT]>,
    scale: f32,
}

impl Scorer for Model {
    fn add(&self, feats: &[u32], scores: &mut [f32; NT]) {
        let mut acc = [0i32; NT];
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (a, &x) in acc.iter_mut().zip(w) {
                    *a += i32::from(x);
                }
            }
        }
        for (s, a) in scores.iter_mut().zip(acc) {
            #[allow(clippy::cast_precision_loss)]
            let v = a as f32;
            *s += v * self.scale;
        }
    }
}

fn read<const N: usize>(b: &[u8], at: &mut usize) -> Option<[u8; N]> {
    let s = b.get(*at..*at + N)?;
    *at += N;
    s.try_into().ok()
}

impl Model {
    /// Parses the binary model format; `None` when it is empty or damaged.
    #[must_use]
    pub fn from_bytes(b: &[u8]) -> Option<Self> {
        let mut at = 0;
        if read::<4>(b, &mut at)? != *b"DLNE" || u32::from_le_bytes(read(b, &mut at)?) != 1 {
            return None;
        }
        let scale = f32::from_le_bytes(read(b, &mut at)?);
        let n = u32::from_le_bytes(read(b, &mut at)?) as usize;
        let mut weights = FeatMap::default();
        weights.reserve(n);
        for _ in 0..n {
            let h = u32::from_le_bytes(read(b, &mut at)?);
            let mask = u16::from_le_bytes(read(b, &mut at)?);
            let mut w = [0i16; NT];
            for (t, x) in w.iter_mut().enumerate() {
                if mask >> t & 1 == 1 {
                    *x = i16::from_le_bytes(read(b, &mut at)?);
                }
            }
            weights.insert(h, w);
        }
        Some(Self { weights, scale })
    }

    /// Number of features in the model.
    #[must_use]
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// True when the model has no features.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Serialises float weights into the binary format, dropping tiny weights.
#[must_use]
pub fn to_bytes(weights: &[(u32, [f32; NT])], min_abs: f32) -> Vec<u8> {
    let max = weights
        .iter()
        .flat_map(|(_, w)| w.iter().map(|x| x.abs()))
        .fold(0f32, f32::max)
        .max(1e-6);
    let scale = max / 32767.0;
    let mut body = Vec::new();
    let mut n = 0u32;
    for (h, w) in weights {
        #[allow(clippy::cast_possible_truncation)]
        let q: Vec<i16> = w
            .iter()
            .map(|x| {
                if x.abs() < min_abs {
                    0
                } else {
                    (x / scale).round() as i16
                }
            })
            .collect();
        let mask = q
            .iter()
            .enumerate()
            .fold(0u16, |m, (t, &x)| if x == 0 { m } else { m | 1 << t });
        if mask == 0 {
            continue;
        }
        n += 1;
        body.extend_from_slice(&h.to_le_bytes());
        body.extend_from_slice(&mask.to_le_bytes());
        q.iter()
            .filter(|&&x| x != 0)
            .for_each(|x| body.extend_from_slice(&x.to_le_bytes()));
    }
    let mut out = b"DLNE".to_vec();
    out.extend_from_slice(&1u32.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend(body);
    out
}

/// The compiled-in model, if one was trained.
pub fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(include_bytes!("../../../data/entities.model")))
        .as_ref()
}
