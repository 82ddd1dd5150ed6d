//! Checks that analysis time grows linearly with text length:
//! `cargo run --release --example scaling`.

#[path = "support/synthetic.rs"]
mod synthetic;

use dateline::analysis::{entities::extract_entities, timeline::extract_timeline};
use std::time::Instant;

fn main() {
    let published = "2024-03-07".parse().ok();
    for kb in [125usize, 250, 500, 750, 1000, 1500, 2000] {
        let text = synthetic::body(&mut synthetic::Rng::new(7), kb * 1000);
        let t = Instant::now();
        let entities = extract_entities(&text);
        let e = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let dates = extract_timeline(&text, published);
        let d = t.elapsed().as_secs_f64();
        let mb = text.len() as f64 / 1e6;
        println!(
            "{kb:>5} KB  entities {:>7.1} ms ({:>5.1} MB/s, {} entities)  timeline {:>6.1} ms ({:>5.1} MB/s, {} dates)",
            e * 1e3,
            mb / e,
            entities.len(),
            d * 1e3,
            mb / d,
            dates.len()
        );
    }
}
