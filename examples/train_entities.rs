//! Trains the averaged-perceptron entity tagger.
//!
//! Usage: `cargo run --release --example train_entities -- TRAIN_DIR DEV_DIR [OUT] [EPOCHS]`
//! (e.g. `../shared/dev/conll-train ../shared/dev/conll-dev`; OUT defaults to
//! `data/entities.model`; the training text is read, never copied). Defaults: the shared
//! `CoNLL` folders, `data/entities.model`, 16 epochs); `RUNS` (default 5)
//! shuffled runs are averaged, weights below `PRUNE` (default 0.5) dropped.
//! Folders hold `NNN.txt` plus `NNN.gold.json` with byte-offset mentions.
//! Rebuild afterwards: the model is compiled in.

#![allow(clippy::cast_precision_loss, clippy::many_single_char_names)]

use std::path::Path;

use dateline::analysis::entities::doc::Doc;
use dateline::analysis::entities::features::{History, Prep, static_features};
use dateline::analysis::entities::rules;
use dateline::analysis::entities::tagger::{self, FeatMap, NT, START, Scorer, Step, best_tag};

/// One training document: static feature hashes per token plus what the
/// tag-dependent features need.
struct Example {
    feats: Vec<Vec<u32>>,
    wh: Vec<u64>,
    sh: Vec<u64>,
    gold: Vec<usize>,
    trivial: Vec<bool>,
    order: Vec<usize>,
}

fn tag_index(t: &str, begin: bool) -> usize {
    let k = match t {
        "PER" => 1,
        "LOC" => 3,
        "ORG" => 5,
        _ => 7,
    };
    if begin { k } else { k + 1 }
}

fn load(dir: &Path, bad: &mut usize) -> Vec<Example> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("readable dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("txt")))
        .collect();
    files.sort();
    files.iter().map(|p| example(p, bad)).collect()
}

fn example(p: &Path, bad: &mut usize) -> Example {
    let text = std::fs::read_to_string(p).unwrap_or_default();
    let gold_text = std::fs::read_to_string(p.with_extension("gold.json")).unwrap_or_default();
    let v: serde_json::Value = serde_json::from_str(&gold_text).unwrap_or_default();
    let doc = Doc::new(&text);
    let prep = Prep::new(&doc, &rules::tag(&doc));
    let mut gold = vec![0; doc.len()];
    for m in v["mentions"].as_array().into_iter().flatten() {
        let n = |k: &str| usize::try_from(m[k].as_u64().unwrap_or(0)).unwrap_or(0);
        let (s, e) = (n("start"), n("end"));
        let a = doc.toks.iter().position(|t| t.start == s);
        let b = doc.toks.iter().position(|t| t.end == e);
        match (a, b) {
            (Some(a), Some(b)) if a <= b => {
                let ty = m["type"].as_str().unwrap_or("");
                for (k, g) in gold.iter_mut().enumerate().take(b + 1).skip(a) {
                    *g = tag_index(ty, k == a);
                }
            }
            _ => *bad += 1,
        }
    }
    let mut feats = Vec::with_capacity(doc.len());
    let mut buf = Vec::new();
    for i in 0..doc.len() {
        static_features(&doc, &prep, i, &mut buf);
        feats.push(buf.clone());
    }
    let trivial: Vec<bool> = (0..doc.len())
        .map(|i| tagger::trivially_outside(&doc, i))
        .collect();
    *bad += (0..doc.len()).filter(|&i| trivial[i] && gold[i] % 2 == 1).count();
    Example {
        order: tagger::order(&doc),
        feats,
        wh: prep.wh,
        sh: prep.sh,
        gold,
        trivial,
    }
}

/// Averaged perceptron weights.
#[derive(Default)]
struct Trainer {
    index: FeatMap<usize>,
    w: Vec<[f32; NT]>,
    u: Vec<[f64; NT]>,
    c: f64,
}

impl Scorer for Trainer {
    fn add(&self, feats: &[u32], scores: &mut [f32; NT]) {
        for f in feats {
            if let Some(&k) = self.index.get(f) {
                for (s, x) in scores.iter_mut().zip(&self.w[k]) {
                    *s += x;
                }
            }
        }
    }
}

impl Trainer {
    fn update(&mut self, feats: &[u32], t: usize, delta: f32) {
        for f in feats {
            let n = self.w.len();
            let k = *self.index.entry(*f).or_insert(n);
            if k == n {
                self.w.push([0.0; NT]);
                self.u.push([0.0; NT]);
            }
            self.w[k][t] += delta;
            self.u[k][t] += self.c * f64::from(delta);
        }
    }

    fn averaged(&self) -> Vec<(u32, [f32; NT])> {
        let mut out: Vec<(u32, [f32; NT])> = self
            .index
            .iter()
            .map(|(&h, &k)| {
                let mut avg = [0f32; NT];
                for ((x, w), u) in avg.iter_mut().zip(&self.w[k]).zip(&self.u[k]) {
                    #[allow(clippy::cast_possible_truncation)]
                    let v = (f64::from(*w) - u / self.c.max(1.0)) as f32;
                    *x = v;
                }
                (h, avg)
            })
            .collect();
        out.sort_by_key(|x| x.0);
        out
    }
}

/// Tags one example with `s` (greedy, in the tagger's token order).
fn run(s: &impl Scorer, ex: &Example) -> Vec<usize> {
    let mut tags = vec![0; ex.gold.len()];
    let mut hist = History::default();
    let mut tf = Vec::new();
    let (mut p1, mut p2) = (START, START);
    for &i in &ex.order {
        let pred = if (p1 == 0 || p1 == START) && ex.trivial[i] {
            0
        } else {
            let st = Step {
                feats: &ex.feats[i],
                wh: ex.wh[i],
                sh: ex.sh[i],
                p1,
                p2,
            };
            let pred = best_tag(s, st, &hist, &mut tf);
            hist.record(ex.wh[i], pred);
            pred
        };
        tags[i] = pred;
        (p2, p1) = (p1, pred);
    }
    tags
}

fn train_doc(tr: &mut Trainer, ex: &Example) -> usize {
    let mut hist = History::default();
    let mut tf = Vec::new();
    let mut errors = 0;
    let (mut p1, mut p2) = (START, START);
    for &i in &ex.order {
        tr.c += 1.0;
        if (p1 == 0 || p1 == START) && ex.trivial[i] {
            (p2, p1) = (p1, 0);
            continue;
        }
        let st = Step {
            feats: &ex.feats[i],
            wh: ex.wh[i],
            sh: ex.sh[i],
            p1,
            p2,
        };
        let pred = best_tag(&*tr, st, &hist, &mut tf);
        if pred != ex.gold[i] {
            errors += 1;
            tr.update(&ex.feats[i], ex.gold[i], 1.0);
            tr.update(&ex.feats[i], pred, -1.0);
            tr.update(&tf, ex.gold[i], 1.0);
            tr.update(&tf, pred, -1.0);
        }
        hist.record(ex.wh[i], pred);
        (p2, p1) = (p1, pred);
    }
    errors
}

fn epoch(tr: &mut Trainer, data: &[Example], order: &[usize]) -> usize {
    order.iter().map(|&d| train_doc(tr, &data[d])).sum()
}

/// Strict span F1 over PER+LOC+ORG and all four types.
fn evaluate(s: &impl Scorer, data: &[Example]) -> (f64, f64) {
    let (mut sys, mut gold, mut hit) = ([0usize; 2], [0usize; 2], [0usize; 2]);
    for ex in data {
        let tags = run(s, ex);
        let ps = tagger::spans(&tags);
        let gs = tagger::spans(&ex.gold);
        for (k, main) in [(0usize, true), (1, false)] {
            let keep = |x: &&(usize, usize, _)| !main || x.2 != dateline::analysis::EntityKind::Other;
            sys[k] += ps.iter().filter(keep).count();
            gold[k] += gs.iter().filter(keep).count();
            hit[k] += ps.iter().filter(keep).filter(|x| gs.contains(x)).count();
        }
    }
    let f = |k: usize| 200.0 * hit[k] as f64 / (sys[k] + gold[k]).max(1) as f64;
    (f(0), f(1))
}

/// One training run of `epochs` epochs, shuffled with seed `run`.
fn train_run(train: &[Example], dev: &[Example], epochs: usize, run: u64) -> Trainer {
    let mut tr = Trainer::default();
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut seed = 0x2545_F491_4F6C_DD1D ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for e in 0..epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, usize::try_from(seed % (i as u64 + 1)).unwrap_or(0));
        }
        let errors = epoch(&mut tr, train, &order);
        if e + 1 == epochs {
            let w = tagger::to_bytes(&tr.averaged(), 0.0);
            let model = tagger::Model::from_bytes(&w).unwrap_or_default();
            let (f3, f4) = evaluate(&model, dev);
            eprintln!("run {run} epoch {e}: {errors} errors; dev strict F1 PER+LOC+ORG {f3:.2}, all {f4:.2}");
        }
    }
    tr
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |k: usize, d: &str| args.get(k).cloned().unwrap_or_else(|| d.to_string());
    if args.len() < 2 {
        eprintln!("usage: train_entities TRAIN_DIR DEV_DIR [OUT=data/entities.model] [EPOCHS=16]");
        std::process::exit(2);
    }
    let train_dir = arg(0, "../shared/dev/conll-train");
    let dev_dir = arg(1, "../shared/dev/conll-dev");
    let out = arg(2, "data/entities.model");
    let epochs: usize = arg(3, "16").parse().unwrap_or(16);
    let mut bad = 0;
    let train = load(Path::new(&train_dir), &mut bad);
    let dev = load(Path::new(&dev_dir), &mut bad);
    eprintln!(
        "loaded {} + {} docs; {bad} gold mentions not on token boundaries",
        train.len(),
        dev.len()
    );
    let runs: u64 = std::env::var("RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut sum: FeatMap<[f32; NT]> = FeatMap::default();
    for run in 1..=runs {
        let tr = train_run(&train, &dev, epochs, run);
        for (h, w) in tr.averaged() {
            let acc = sum.entry(h).or_insert([0.0; NT]);
            acc.iter_mut().zip(w).for_each(|(a, x)| *a += x / runs as f32);
        }
    }
    let mut averaged: Vec<(u32, [f32; NT])> = sum.into_iter().collect();
    averaged.sort_by_key(|x| x.0);
    let model = tagger::Model::from_bytes(&tagger::to_bytes(&averaged, 0.0)).unwrap_or_default();
    let (f3, f4) = evaluate(&model, &dev);
    eprintln!("average of {runs} runs: dev strict F1 PER+LOC+ORG {f3:.2}, all {f4:.2}");
    let prune: f32 = std::env::var("PRUNE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.5);
    let bytes = tagger::to_bytes(&averaged, prune);
    std::fs::write(&out, &bytes).expect("writable model path");
    eprintln!(
        "wrote {out}: {} bytes from {} features",
        bytes.len(),
        averaged.len()
    );
}
