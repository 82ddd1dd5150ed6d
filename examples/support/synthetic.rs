//! A deterministic synthetic article generator for benchmarks: news-like
//! sentences with people, places, organizations and dates.
#![allow(dead_code, clippy::cast_possible_truncation)]

const PEOPLE: &[&str] = &[
    "President Amara Okafor",
    "Chancellor Jonas Lindqvist",
    "Foreign Minister Helena Vasconcelos",
    "Senator Dale Whitcombe",
    "Mayor Marisol Ybarra",
    "Prime Minister Kenji Watanabe",
];
const PLACES: &[&str] = &[
    "Geneva",
    "Brasília",
    "Nairobi",
    "São Paulo",
    "Zürich",
    "Corpus Christi",
    "Kyiv",
    "Jakarta",
];
const ORGS: &[&str] = &[
    "the European Commission",
    "the United Nations",
    "Reuters",
    "the World Bank",
    "NATO",
];
const DATES: &[&str] = &[
    "on Monday",
    "next week",
    "the next day",
    "on March 7, 2024",
    "two years ago",
    "in June",
    "last month",
];
const VERBS: &[&str] = &[
    "met officials in",
    "flew to",
    "spoke about trade in",
    "announced a plan for",
    "visited",
];

/// A small deterministic pseudo-random generator (xorshift).
pub struct Rng(u64);

impl Rng {
    /// Seeds the generator.
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    /// Picks one item.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        items[(self.0 % items.len() as u64) as usize]
    }
}

/// One sentence.
pub fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} {} {}, {} said, as talks with {} continued.",
        rng.pick(PEOPLE),
        rng.pick(VERBS),
        rng.pick(PLACES),
        rng.pick(DATES),
        rng.pick(ORGS),
        rng.pick(PLACES)
    )
}

/// A body of about `bytes` bytes, in paragraphs of four sentences.
pub fn body(rng: &mut Rng, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 200);
    let mut n = 0;
    while out.len() < bytes {
        out.push_str(&sentence(rng));
        n += 1;
        out.push_str(if n % 4 == 0 { "\n\n" } else { " " });
    }
    out
}

/// A Markdown article file with front matter.
pub fn article_file(rng: &mut Rng, index: usize, bytes: usize) -> String {
    let day = index % 28 + 1;
    let month = index / 28 % 12 + 1;
    let year = 2020 + index / 336 % 6;
    format!(
        "---\ntitle: Synthetic story {index} from {}\npublished: {year}-{month:02}-{day:02}\nsource: Bench Wire\n---\n\n{}",
        rng.pick(PLACES),
        body(rng, bytes)
    )
}

/// Writes `count` articles of about `bytes` bytes each into `dir`.
pub fn write_store(dir: &std::path::Path, count: usize, bytes: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut rng = Rng::new(42);
    for i in 0..count {
        std::fs::write(
            dir.join(format!("story-{i:06}.md")),
            article_file(&mut rng, i, bytes),
        )?;
    }
    Ok(())
}
