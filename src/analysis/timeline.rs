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
mod cues;
mod expr;
mod grammar;
mod lexicon;
mod named;
mod numeric;
mod relative;
mod resolve;
mod shift;
mod tense;
mod tokens;
mod value;
mod words;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_chronology;
#[cfg(test)]
mod tests_news;

use jiff::civil::Date;

use super::sentences::sentence_spans;
use super::{Span, TimelineEntry};
use expr::{Expr, P};
use lexicon::Lex;
use resolve::Ctx;

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
    let mut story_day: Option<(usize, Date)> = None;
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
        ctx.tense = tense::tense(&pr, hit.start, hit.end, sentence);
        // ("… on Sunday, and on to Seoul on Tuesday": ", and" moves on too.)
        ctx.sequel = (hit.start.saturating_sub(8)..hit.start).any(|k| {
            ["before", "after", "then", "later", "until"]
                .iter()
                .any(|w| pr.is_word(k, w))
                || (k >= 1 && pr.p(k - 1, b',') && pr.is_word(k, "and"))
        }) && !pr.p(hit.end, b'\'');
        ctx.at = hit.start;
        // "A year ago, the two sides agreed …": the expression opens its sentence.
        let lead = body.get(sentence.start..start).unwrap_or_default();
        ctx.fronted = lead
            .trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\u{201c}')
            .is_empty()
            && pr.p(hit.end, b',');
        ctx.future_since_year = future_since(&toks, ctx.written_year, hit.start);
        let Some(val) = resolve::resolve(&hit.expr, &ctx) else {
            continue;
        };
        let held = ctx.day;
        ctx.update(
            &val,
            matches!(hit.expr, Expr::YearAgo { .. } | Expr::QuarterOfYear(_)),
        );
        // "will arrive on Wednesday, his office said on Monday. The next day …":
        // the date of the report does not move the story on from the date it reports.
        // "the count from Thursday's election": a date that only names an event
        // does not move the story either.
        // "cannot take effect until 30 days from now": a deadline counted ahead
        // from publication is not where the story goes next.
        let deadline = matches!(hit.expr, Expr::Rel { n, base: expr::Base::Dct, unit: lexicon::Unit::Day | lexicon::Unit::Week } if n > 1);
        if deadline && val.is_dayish() {
            ctx.day = held;
        }
        let apostrophe = pr.p(hit.end, b'\'') || pr.s(hit.end) == "\u{2019}";
        let modifier = apostrophe && pr.is_word(hit.end + 1, "s");
        if val.is_dayish() && (cues::reporting(&pr, hit.start) || modifier) {
            if let Some((_, d)) = story_day.filter(|(s, _)| *s == si) {
                ctx.day = Some(d);
            }
        } else if val.is_dayish() {
            story_day = ctx.day.map(|d| (si, d));
        }
        // "earlier this year, in January": a year said otherwise frames the
        // month set beside it.
        let apposed_year = match val {
            value::Val::Year(y) if pr.p(hit.end, b',') && pr.w(hit.end + 1, lexicon::W::In) => Some(y),
            _ => None,
        };
        if let Some(y) = apposed_year {
            ctx.year_fronted = false;
            ctx.written_year = Some((y, si, hit.end));
        }
        if let Some(y) = written_year(&hit.expr).filter(|_| !range_endpoint(&pr, hit.start)) {
            // "In 2022, the bill passed on Dec. 23" frames the sentence; "peaked in
            // 2022, slowed in March" frames only what follows it closely.
            let lead = body.get(sentence.start..start).unwrap_or_default();
            ctx.year_fronted = lead.split_whitespace().nth(2).is_none();
            ctx.written_year = Some((y, si, hit.end));
        }
        range_start_day(body, &mut out, &val, start);
        out.push(entry(body, Span::new(start, end), &val, sentence));
        if let Some((k, second)) = numeric::coordinated_day(&pr, &hit.expr, &val, hit.end) {
            let t = &toks[k - 1];
            out.push(entry(body, Span::new(t.start, t.end), &second, sentence));
            ctx.update(&second, false);
            next = k;
        }
    }
    out
}

/// A future cue stands between the last written year and token `at`.
fn future_since(toks: &[tokens::Tok], written_year: Option<(i16, usize, usize)>, at: usize) -> bool {
    written_year.is_some_and(|(_, _, t)| {
        toks.get(t..at)
            .is_some_and(|between| between.iter().any(|x| x.lex == Lex::Future))
    })
}

/// A year that closes or opens a range ("back to 1980", "since 2019")
/// frames nothing after it.
fn range_endpoint(pr: &P, i: usize) -> bool {
    i > 0
        && ["to", "until", "till", "through", "since"]
            .iter()
            .any(|w| pr.is_word(i - 1, w))
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
        // An expression written across a line break spills over its sentence:
        // the entry's sentence always holds the whole expression.
        sentence: Span::new(sentence.start.min(span.start), sentence.end.max(span.end)),
    }
}

/// "from 7 a.m. to 8 p.m. on Sunday": a bare clock time opening a range
/// takes the day of the time that closes it (`val`, starting at `start`).
fn range_start_day(body: &str, out: &mut [TimelineEntry], val: &value::Val, start: usize) {
    let Some(prev) = out.last_mut() else { return };
    let (Some((day, _)), Some((prev_day, prev_time))) = (
        val.render()
            .split_once('T')
            .map(|(d, t)| (d.to_owned(), t.to_owned())),
        prev.value.split_once('T'),
    ) else {
        return;
    };
    let gap = body.get(prev.span.end..start).unwrap_or_default().trim();
    // Only a time written on its own ("7 a.m.", "noon"), not "Friday 7 a.m.".
    let bare = !prev.text.chars().any(|c| c.is_ascii_uppercase())
        && !prev
            .text
            .split_whitespace()
            .any(|w| w.chars().any(|c| c.is_ascii_digit()) && w.contains('/'));
    let joined = matches!(gap, "to" | "until" | "till" | "-" | "–" | "and");
    if bare && joined && prev_day != day && prev.sentence.end >= start {
        prev.value = format!("{day}T{prev_time}");
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
