//! Feature encoding: fast hashes of strings and parts, and word shapes.

/// 32-bit hash of a template id and its parts.
#[must_use]
pub fn hash(tpl: u8, parts: &[&str]) -> u32 {
    let mut h = mix(0, u64::from(tpl) + 1);
    for p in parts {
        h = mix(h, h64(p.as_bytes()));
    }
    fold32(h)
}

#[allow(clippy::cast_possible_truncation)]
const fn fold32(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

const K: u64 = 0x517c_c1b7_2722_0a95;

fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// 64-bit hash of a byte string.
#[must_use]
pub fn h64(bytes: &[u8]) -> u64 {
    let mut h = 0;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a));
    }
    let rest = chunks.remainder();
    let mut last = [0u8; 8];
    last[..rest.len()].copy_from_slice(rest);
    mix(h, u64::from_le_bytes(last) ^ ((rest.len() as u64 + 1) << 59))
}

/// Feature id of a template and precomputed part hashes.
#[must_use]
pub fn comb(tpl: u8, parts: &[u64]) -> u32 {
    let mut h = mix(0, u64::from(tpl) + 1);
    for &p in parts {
        h = mix(h, p);
    }
    fold32(h)
}

/// A word shape without allocation: `Xxxx` → `Xx`, `U.S.` → `X.X.`,
/// `1996` → `d` (runs collapsed, at most 10 symbols, non-ASCII others → `?`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    buf: [u8; 10],
    len: u8,
}

impl Shape {
    /// The shape as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
    }
}

/// The shape of `w`.
#[must_use]
pub fn shape(w: &str) -> Shape {
    let mut out = Shape::default();
    let mut last = 0u8;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'?'
        };
        if s != last && usize::from(out.len) < out.buf.len() {
            out.buf[usize::from(out.len)] = s;
            out.len += 1;
            last = s;
        }
    }
    out
}
