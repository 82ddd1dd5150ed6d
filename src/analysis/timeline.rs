//! Timeline extraction: every date and time expression of an article with
//! its TIMEX3 value.
//!
//! Pipeline: `tokens` splits the text (word meanings from `lexicon` and
//! `words`); `grammar`, `numeric`, `relative`, `shift` and
//! `named` recognise the longest expression at each token
//! (`expr::Expr`); `resolve` and `calendar` compute its value from
//! the publication date, the tense of the sentence and the last date the
//! narrative moved to (`value` renders it). Durations and sets are
//! recognised so that their words are not misread, but are not reported.
//!
//! Known limits: values are dates, not intervals (`mod` such as START/END
//! is not produced); weekday direction comes from nearby tense cues.

mod calendar;
mod expr;
mod grammar;
mod lexicon;
mod named;
mod numeric;
mod relative;
mod resolve;
mod shift;
mod tokens;
mod value;
mod words;

#[cfg(test)]
mod tests;

use jiff::civil::Date;

use super::sentences::sentence_spans;
use super::{Span, TimelineEntry};
use expr::{Expr, P};
use lexicon::{Lex, W};
use resolve::{Ctx, Tense};
use tokens::Kind;

/// An "-ed" word at most this many tokens before an expression decides
/// its tense when no stronger cue precedes it.
const WEAK_CUE_REACH: usize = 4;

/// How far into the text a dateline date is looked for.
const DATELINE_BYTES: usize = 400;

/// Extracts the dated expressions of `body` in text order.
///
/// Relative expressions are resolved against `published`; when it is
/// `None`, a date in the first lines (a dateline such as `LONDON
/// 2023-03-15` or `March 7, 2024`) is used instead, and failing that,
/// relative expressions get values with unknown parts (`XXXX-XX-XX`).
#[must_use]
pub fn extract_timeline(body: &str, published: Option<Date>) -> Vec<TimelineEntry> {
    let (toks, starts) = tokens::tokenize(body);
    let pr = P { t: &toks, text: body };
    let sentences = sentence_spans(body);
    let mut ctx = Ctx::new(published.or_else(|| dateline(&pr)));
    let mut out = Vec::new();
    let mut next = 0;
    let mut si = 0;
    for &i in &starts {
        if i < next {
            continue;
        }
        let Some(hit) = grammar::parse_at(&pr, i).filter(|h| h.end > h.start) else {
            continue;
        };
        next = hit.end.max(i + 1);
        if hit.expr == Expr::Skip {
            continue;
        }
        let (Some(first), Some(last)) = (toks.get(hit.start), toks.get(hit.end - 1)) else {
            continue;
        };
        let (start, end) = (first.start, last.end);
        while si + 1 < sentences.len() && sentences[si].end <= start {
            si += 1;
        }
        let sentence = sentences.get(si).copied().unwrap_or(Span::new(start, end));
        ctx.sentence = si;
        ctx.tense = tense(&pr, hit.start, hit.end, sentence);
        ctx.at = hit.start;
        ctx.future_since_year = ctx.written_year.is_some_and(|(_, _, t)| {
            toks.get(t..hit.start)
                .is_some_and(|between| between.iter().any(|x| x.lex == Lex::Future))
        });
        let Some(val) = resolve::resolve(&hit.expr, &ctx) else {
            continue;
        };
        ctx.update(
            &val,
            matches!(hit.expr, Expr::YearAgo { .. } | Expr::QuarterOfYear(_)),
        );
        if let Some(y) = written_year(&hit.expr) {
            ctx.written_year = Some((y, si, hit.end));
        }
        out.push(entry(body, Span::new(start, end), &val, sentence));
    }
    out
}

/// The year an expression writes out ("2022", "March 7, 2022").
const fn written_year(e: &Expr) -> Option<i16> {
    match e {
        Expr::Year(y) | Expr::Date { year: y, .. } | Expr::MonthOfYear { year: y, .. } => Some(*y),
        _ => None,
    }
}

fn entry(body: &str, span: Span, val: &value::Val, sentence: Span) -> TimelineEntry {
    TimelineEntry {
        text: body.get(span.start..span.end).unwrap_or_default().to_owned(),
        span,
        value: val.render(),
        granularity: val.granularity(),
        sentence,
    }
}

/// The first full date written in the first lines of the text.
fn dateline(pr: &P) -> Option<Date> {
    let limit = pr.text.len().min(DATELINE_BYTES);
    (0..pr.t.len())
        .take_while(|&i| pr.t[i].start < limit)
        .find_map(|i| match grammar::core(pr, i)?.expr {
            Expr::Date { year, month, day } => {
                Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
            }
            _ => None,
        })
}

/// Tense cue nearest to the expression `[a, b)` (tokens) in its sentence:
/// the closest strong cue before it, else the closest after it, else a
/// weak past cue (an "-ed" word) before it.
fn tense(pr: &P, a: usize, b: usize, sentence: Span) -> Tense {
    let toks = pr.t;
    let before = (a.saturating_sub(20)..a)
        .rev()
        .take_while(|&k| toks[k].start >= sentence.start);
    let mut weak = Tense::None;
    if a >= 1 && ["until", "till", "by"].iter().any(|w| pr.is_word(a - 1, w)) {
        return Tense::Future;
    }
    if scheduled_present(pr, a) {
        return Tense::Future;
    }
    for k in before {
        match cue(pr, k) {
            Cue::Strong(t) => return t,
            Cue::Weak if a - k <= WEAK_CUE_REACH => return Tense::WeakPast,
            Cue::Weak if weak == Tense::None => weak = Tense::WeakPast,
            _ => {}
        }
    }
    if a >= 2 && pr.is_word(a - 1, "as") && (pr.w(a - 2, W::Early) || pr.is_word(a - 2, "soon")) {
        return Tense::Future;
    }
    let conjunction = |k: usize| pr.w(k, W::And) || pr.is_word(k, "but");
    let clause_end = |k: &usize| (conjunction(*k) && pr.p(k - 1, b',')) || pr.p(*k, b';');
    let after = (b..toks.len().min(b + 10))
        .take_while(|&k| toks[k].end <= sentence.end)
        .take_while(|k| !clause_end(k));
    for k in after {
        if let Cue::Strong(t) = cue(pr, k) {
            return t;
        }
    }
    weak
}

enum Cue {
    None,
    Weak,
    Strong(Tense),
}

fn cue(pr: &P, k: usize) -> Cue {
    let t = &pr.t[k];
    match t.lex {
        // "had been scheduled", "was expected": a past plan.
        Lex::Future if participle(pr.s(k)) && (1..=2).any(|d| k >= d && past_aux(pr, k - d)) => {
            Cue::Strong(Tense::Past)
        }
        Lex::Word(W::Next) if pr.is_word(k + 1, "to") => Cue::None,
        Lex::Future | Lex::Word(W::Next | W::Tomorrow | W::Coming) => Cue::Strong(Tense::Future),
        Lex::PastVerb | Lex::Word(W::Ago | W::Yesterday | W::Last) => Cue::Strong(Tense::Past),
        Lex::None if t.kind == Kind::Word => {
            let s = pr.s(k);
            let planned = s == "planned" && pr.is_word(k + 1, "to");
            if planned || s == "would" {
                Cue::Strong(Tense::Future)
            } else if s.len() > 4 && s.ends_with("ed") && t.head.is_ascii_lowercase() {
                Cue::Weak
            } else {
                Cue::None
            }
        }
        _ => Cue::None,
    }
}

/// A present-tense verb right before "on" and the expression ("speaks on
/// Wednesday", "ends on Monday"): a scheduled event, hence the future.
fn scheduled_present(pr: &P, a: usize) -> bool {
    if a < 3 || !pr.w(a - 1, W::On) || pr.t[a - 3].kind == Kind::Num {
        return false;
    }
    let k = a - 1;
    let t = &pr.t[k - 1];
    let s = pr.s(k - 1);
    t.kind == Kind::Word
        && t.lex == Lex::None
        && t.head.is_ascii_lowercase()
        && s.len() > 3
        && s.ends_with('s')
        && !s.ends_with("ss")
        && !s.ends_with("ous")
        && s != "says"
}

/// Future cues that are participles: "had been scheduled" is a past plan.
fn participle(s: &str) -> bool {
    ["scheduled", "expected", "due", "supposed"]
        .iter()
        .any(|w| s.eq_ignore_ascii_case(w))
}

fn past_aux(pr: &P, k: usize) -> bool {
    ["had", "was", "were", "been"].iter().any(|w| pr.is_word(k, w))
}
