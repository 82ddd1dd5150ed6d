//! Throughput of `analyze` (entities + timeline) on short and long articles,
//! and of each engine alone. Run: `cargo bench --bench analyze`.

#[path = "../examples/support/synthetic.rs"]
mod synthetic;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::analysis::{analyze_text, entities::extract_entities, timeline::extract_timeline};
use dateline::store::Store;
use std::hint::black_box;

fn samples_text() -> String {
    Store::samples("bench")
        .list()
        .iter()
        .map(|a| a.body.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn bench(c: &mut Criterion) {
    let published = "2024-03-07".parse().ok();
    let samples = samples_text();
    let short = samples.split("\n\n").take(8).collect::<Vec<_>>().join("\n\n");
    let long = samples.repeat(8);
    let synthetic = synthetic::body(&mut synthetic::Rng::new(7), 1_000_000);
    let mut group = c.benchmark_group("analyze");
    group.sample_size(20);
    for (name, text) in [
        ("short", &short),
        ("samples", &samples),
        ("long", &long),
        ("synthetic_1mb", &synthetic),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| analyze_text(black_box(text), published)));
    }
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("entities_long", |b| b.iter(|| extract_entities(black_box(&long))));
    group.bench_function("timeline_long", |b| {
        b.iter(|| extract_timeline(black_box(&long), published))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
