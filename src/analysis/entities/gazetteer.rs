//! Gazetteers: compiled-in word lists (countries, cities, names, titles …).
//!
//! Every entry is tokenized and accent/case folded; multi-word entries are
//! matched as token sequences.

use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::fasthash::FastMap;
use super::tokens::tokenize;

/// One gazetteer list; the discriminant is its bit in a membership mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    /// Countries and sub-national regions.
    Country = 0,
    /// Nationality adjectives.
    Demonym = 1,
    /// Cities.
    City = 2,
    /// US states.
    State = 3,
    /// Continents, seas, landmarks.
    Region = 4,
    /// Given names.
    Given = 5,
    /// Organisation head words and suffixes.
    OrgWord = 6,
    /// Person titles.
    Title = 7,
    /// Known organisations.
    Org = 8,
    /// Groups, events, works (other).
    Group = 9,
    /// Never entities on their own.
    Stop = 10,
    /// Well-known people.
    Person = 11,
    /// Last names of the well-known people (derived from their list).
    Surname = 12,
    /// Sentence-opening words that never begin a name ("Rival", "Nationally").
    Opener = 13,
}

/// All lists in bit order.
pub const LISTS: [List; 14] = [
    List::Country,
    List::Demonym,
    List::City,
    List::State,
    List::Region,
    List::Given,
    List::OrgWord,
    List::Title,
    List::Org,
    List::Group,
    List::Stop,
    List::Person,
    List::Surname,
    List::Opener,
];

impl List {
    /// The bit of this list in a mask.
    #[must_use]
    pub const fn bit(self) -> u16 {
        1 << (self as u16)
    }

    /// The data file name, used in rule explanations.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Country => "countries",
            Self::Demonym => "demonyms",
            Self::City => "cities",
            Self::State => "us_states",
            Self::Region => "regions",
            Self::Given => "given_names",
            Self::OrgWord => "org_words",
            Self::Title => "titles",
            Self::Org => "orgs",
            Self::Group => "groups",
            Self::Stop => "stopwords",
            Self::Person => "people",
            Self::Surname => "surnames",
            Self::Opener => "openers",
        }
    }

    fn data(self) -> &'static str {
        match self {
            Self::Country => include_str!("../../../data/countries.txt"),
            Self::Demonym => include_str!("../../../data/demonyms.txt"),
            Self::City => include_str!("../../../data/cities.txt"),
            Self::State => include_str!("../../../data/us_states.txt"),
            Self::Region => include_str!("../../../data/regions.txt"),
            Self::Given => include_str!("../../../data/given_names.txt"),
            Self::OrgWord => include_str!("../../../data/org_words.txt"),
            Self::Title => include_str!("../../../data/titles.txt"),
            Self::Org => include_str!("../../../data/orgs.txt"),
            Self::Group => include_str!("../../../data/groups.txt"),
            Self::Stop => include_str!("../../../data/stopwords.txt"),
            Self::Person => include_str!("../../../data/people.txt"),
            Self::Surname => "",
            Self::Opener => include_str!("../../../data/openers.txt"),
        }
    }
}

/// Marks keys that are only the beginning of a longer entry.
const PREFIX: u16 = 1 << 15;

/// Mask of the place lists.
pub const PLACE_MASK: u16 = (1 << 0) | (1 << 2) | (1 << 3) | (1 << 4);

/// All lists, folded, keyed by the space-joined folded tokens of an entry.
#[derive(Debug, Default)]
pub struct Gazetteer {
    map: FastMap<String, u16>,
    max_len: usize,
    /// Id of every word that occurs in an entry.
    words: FastMap<String, u32>,
    /// Trie over word ids: (node, word id) → child node; node 0 is the root.
    children: FastMap<(u32, u32), u32>,
    /// Per trie node, the lists whose entries end there.
    ends: Vec<u16>,
}

/// Word id of a word that occurs in no entry.
pub const NO_WORD: u32 = u32::MAX;

/// Accent- and case-folds a string: NFD, drop combining marks, lowercase, `’`→`'`.
#[must_use]
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`], appending to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    out.extend(
        s.nfd()
            .filter(|c| !is_combining_mark(*c))
            .flat_map(char::to_lowercase)
            .map(|c| if c == '’' { '\'' } else { c }),
    );
}

impl Gazetteer {
    fn build() -> Self {
        let mut g = Self::default();
        let mut derived: Vec<Vec<String>> = Vec::new();
        for list in LISTS {
            for line in list.data().lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let toks = tokenize(line);
                let key: Vec<String> = toks.iter().map(|t| fold(&line[t.start..t.end])).collect();
                g.max_len = g.max_len.max(key.len());
                for n in 1..key.len() {
                    *g.map.entry(key[..n].join(" ")).or_insert(0) |= PREFIX;
                }
                *g.map.entry(key.join(" ")).or_insert(0) |= list.bit();
                derived.extend(inhabitants(list, &key));
                if list == List::Person && key.len() >= 2 {
                    let last = key[key.len() - 1].clone();
                    let taken = g.map.get(&last).copied().unwrap_or(0) & !(List::Given.bit() | PREFIX);
                    if last.chars().count() > 3 && !last.ends_with('.') && taken == 0 {
                        *g.map.entry(last).or_insert(0) |= List::Surname.bit();
                    }
                }
            }
        }
        // Derived plurals never override a listed place ("Balkans").
        for people in derived {
            if g.get(&people.join(" ")) & PLACE_MASK != 0 {
                continue;
            }
            for k in 1..people.len() {
                *g.map.entry(people[..k].join(" ")).or_insert(0) |= PREFIX;
            }
            *g.map.entry(people.join(" ")).or_insert(0) |= List::Group.bit();
        }
        g.build_trie();
        g
    }

    /// Indexes every entry of `map` by its word ids, for [`Gazetteer::longest`].
    fn build_trie(&mut self) {
        self.ends = vec![0];
        let mut entries: Vec<(&String, u16)> = self
            .map
            .iter()
            .filter(|(_, m)| **m & !PREFIX != 0)
            .map(|(k, &m)| (k, m & !PREFIX))
            .collect();
        entries.sort_unstable();
        for (key, mask) in entries {
            let mut node = 0;
            for w in key.split(' ') {
                let next = u32::try_from(self.words.len()).unwrap_or(NO_WORD);
                let id = *self.words.entry(w.to_string()).or_insert(next);
                let fresh = u32::try_from(self.ends.len()).unwrap_or(u32::MAX);
                node = *self.children.entry((node, id)).or_insert_with(|| {
                    self.ends.push(0);
                    fresh
                });
            }
            self.ends[node as usize] |= mask;
        }
    }

    /// The word id of a folded word ([`NO_WORD`] when no entry uses it).
    #[must_use]
    pub fn word_id(&self, folded: &str) -> u32 {
        self.words.get(folded).copied().unwrap_or(NO_WORD)
    }

    /// Token count of the longest entry.
    #[must_use]
    pub fn max_len(&self) -> usize {
        self.max_len
    }

    /// The membership mask of a folded key (tokens joined by single spaces).
    #[must_use]
    pub fn get(&self, key: &str) -> u16 {
        self.map.get(key).copied().unwrap_or(0) & !PREFIX
    }

    /// Longest entry starting at `i` in `ids` (the [`Gazetteer::word_id`]s
    /// of folded tokens), as `(length, mask)`, ignoring entries that only
    /// consist of the masked-out lists.
    #[must_use]
    pub fn longest(&self, ids: &[u32], i: usize, ignore: u16) -> Option<(usize, u16)> {
        let mut node = 0;
        let mut best = None;
        for (n, &id) in ids.iter().enumerate().skip(i) {
            if id == NO_WORD {
                break;
            }
            let Some(&next) = self.children.get(&(node, id)) else {
                break;
            };
            node = next;
            let m = self.ends[node as usize] & !ignore;
            if m != 0 {
                best = Some((n + 1 - i, m));
            }
        }
        best
    }
}

/// The plural group name of a demonym or a city's people, derived from
/// its entry: "Malawian" → "malawians", "New York" → "new yorkers".
fn inhabitants(list: List, key: &[String]) -> Option<Vec<String>> {
    let last = key.last()?;
    let plural = match list {
        // "Malawians", "Israelis"; not "Swiss", "Chinese", "French".
        List::Demonym if key.len() == 1 && (last.ends_with("an") || last.ends_with('i')) => {
            format!("{last}s")
        }
        // "Londoners", "Berliners": a city ending in a consonant other than s/y.
        List::City
            if last.chars().count() >= 4 && last.ends_with(|c: char| "bcdfghklmnprtvwxz".contains(c)) =>
        {
            format!("{last}ers")
        }
        _ => return None,
    };
    let mut out = key.to_vec();
    *out.last_mut()? = plural;
    Some(out)
}

/// The shared gazetteer, built on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::build)
}

/// The first list (in bit order) present in `mask`.
#[must_use]
pub fn first_list(mask: u16) -> Option<List> {
    LISTS.into_iter().find(|l| mask & l.bit() != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_finds_entries() {
        assert_eq!(fold("Brasília"), "brasilia");
        let g = gazetteer();
        assert!(g.get("brasilia") & List::City.bit() != 0);
        assert!(g.get("u.s.") & List::Country.bit() != 0);
        let words: Vec<u32> = ["ho", "chi", "minh", "city", "today"]
            .iter()
            .map(|w| g.word_id(w))
            .collect();
        assert_eq!(g.longest(&words, 0, 0).map(|x| x.0), Some(4));
    }
}
