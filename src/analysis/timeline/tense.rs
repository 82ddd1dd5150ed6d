//! Tense of an expression's clause: which way an unanchored weekday or
//! month points (past, future, or no cue).

use super::super::Span;
use super::cues::{
    EVENTS, INTENT, PREPOSITIONS, REPORTED, ahead_of, campaign_for, counted, determiner, formerly,
    hyphenated, intended_infinitive, is_plan_noun, participle, past_aux, past_only, possible_ahead,
    present_aux, present_s, scheduled, scheduled_present,
};
use super::expr::P;
use super::lexicon::{Lex, W};
use super::resolve::Tense;
use super::tokens::Kind;

/// How far back (in tokens) the clause of an expression is searched for a
/// tense cue ("will also attend a forum hosted by the Federation of Indian
/// Chambers of Commerce and Industry (FICCI) on Friday").
const BEFORE_REACH: usize = 26;

/// How far back a past verb still sets the clause's tense (a future cue
/// counts up to [`BEFORE_REACH`]).
const PAST_REACH: usize = 20;

/// An "-ed" word at most this many tokens before an expression decides
/// its tense when no stronger cue precedes it.
const WEAK_CUE_REACH: usize = 4;

/// Tense cue nearest to the expression `[a, b)` (tokens) in its sentence:
/// the closest strong cue before it, else the closest after it, else a
/// weak past cue (an "-ed" word) before it.
pub fn tense(pr: &P, a: usize, b: usize, sentence: Span) -> Tense {
    let toks = pr.t;
    // The clause: back to the sentence start or a ", and", ", but" or ";"
    // that opens a new clause ("Chile chose order, and from Wednesday we will …").
    // (", after protesters stormed parliament on Tuesday": a subordinate
    // clause of its own.)
    let opens_clause = |k: usize| {
        pr.p(k, b';')
            || (k >= 1
                && pr.p(k - 1, b',')
                && (pr.w(k, W::And) || ["but", "after", "while", "when"].iter().any(|w| pr.is_word(k, w))))
    };
    let before = (a.saturating_sub(BEFORE_REACH)..a)
        .rev()
        .take_while(move |&k| toks[k].start >= sentence.start && !opens_clause(k));
    let mut weak = Tense::None;
    // A past verb earlier in the clause ("had rescued ... by Sunday", "were swept off
    // roads on Saturday") outweighs the forward-looking cues below.
    let past_before = before
        .clone()
        .take(PAST_REACH)
        .any(|k| matches!(cue(pr, k), Cue::Strong(Tense::Past)));
    // "Until Thursday, they had not …": a fronted limit takes the tense of
    // the clause that follows, found below.
    // "have cut deliveries since Sunday": what something lasts since lies behind.
    if a >= 1 && pr.is_word(a - 1, "since") {
        return Tense::Past;
    }
    // "needed more systems before winter": the season a deadline names is
    // the next one that has not ended, whatever the reporting verb.
    if a >= 1 && pr.is_word(a - 1, "before") && matches!(pr.lex(a), Lex::Season(_)) {
        return Tense::Future;
    }
    // "had proposed a meeting before the end of August": a month a deadline
    // names is the nearest one, whatever the clause's tense.
    if a >= 1 && pr.is_word(a - 1, "before") && (a..b).any(|k| matches!(pr.lex(k), Lex::Month(_))) {
        return Tense::Nearest;
    }
    let fronted = a < 2 || toks[a - 2].end <= sentence.start;
    if !fronted && ["until", "till", "by"].iter().any(|w| pr.is_word(a - 1, w)) {
        // After a past verb the limit may lie on either side of publication
        // ("gave them until mid-November"): no cue, the nearest one wins;
        // "said it would run short by the summer": a nearer "would" points ahead.
        let nearest = before.clone().find_map(|k| match cue(pr, k) {
            _ if possible_ahead(pr, k, sentence) => Some(Tense::Future),
            Cue::Strong(t) => Some(t),
            _ => None,
        });
        // "hoped for a deal by Friday, when the talks are scheduled to end":
        // a clause after the limit that looks ahead settles it.
        // "a result was expected by Tuesday", "is due by Friday".
        let due = (a.saturating_sub(4)..a - 1)
            .filter(|&k| toks[k].start >= sentence.start)
            .any(|k| {
                ["expected", "due", "scheduled", "slated", "set"]
                    .iter()
                    .any(|w| pr.is_word(k, w))
            });
        let ahead_after = due
            || (b..toks.len().min(b + 10))
                .take_while(|&k| toks[k].end <= sentence.end)
                .any(|k| matches!(cue(pr, k), Cue::Strong(Tense::Future)));
        // ("With all votes counted by 11:45 p.m. on Sunday": an "-ed" word
        // right before the limit is a done deed.)
        let done = a >= 2 && pr.is_word(a - 1, "by") && matches!(cue(pr, a - 2), Cue::Weak);
        return if (past_before || done) && nearest != Some(Tense::Future) && !ahead_after {
            Tense::None
        } else {
            Tense::Future
        };
    }
    if (!past_before && scheduled_present(pr, a) && !past_verb_next(pr, b)) || ahead_of(pr, a) {
        return Tense::Future;
    }
    // ", who faces a vote on Monday,": a relative clause keeps its own tense;
    // a present verb right after "who" states a schedule.
    let relative = before
        .clone()
        .find(|&k| k >= 1 && ["who", "which"].iter().any(|w| pr.is_word(k, w)) && pr.p(k - 1, b','));
    // "The bill, which raises taxes, passed … Tuesday": a relative clause closed
    // by a comma before the date is not the date's clause.
    let relative = relative.filter(|&k| !(k + 1..a).any(|j| pr.p(j, b',')));
    if let Some(k) = relative {
        if present_s(pr, k + 1) && !(k + 1..a).any(|j| matches!(cue(pr, j), Cue::Strong(_))) {
            return Tense::Future;
        }
    }
    // "could come as early as Wednesday", "as soon as Friday": a limit ahead,
    // whatever reported it.
    if a >= 2 && pr.is_word(a - 1, "as") && (pr.w(a - 2, W::Early) || pr.is_word(a - 2, "soon")) {
        return Tense::Future;
    }
    let after = (b..toks.len().min(b + 10))
        .take_while(|&k| toks[k].end <= sentence.end)
        .take_while(|&k| !(opens_clause(k) || relative.is_some() && pr.p(k, b',')));
    // "economists said Wednesday's reaction would be …": a possessive date
    // opens the reported clause, whose own verb after it decides.
    let possessive = pr.p(b, b'\'') && pr.is_word(b + 1, "s");
    let first_after = || {
        after.clone().find_map(|k| match cue(pr, k) {
            Cue::Strong(t) => Some(t),
            _ => None,
        })
    };
    if possessive && a >= 1 && REPORTED.iter().any(|w| pr.is_word(a - 1, w)) {
        if let Some(t) = first_after() {
            return t;
        }
    }
    // "after Monday's midterm polls handed allies …": the event a possessive
    // date names has its own verb right after it.
    if possessive {
        let own_verb = (b + 2..b + 6)
            .take_while(|&k| k < toks.len() && toks[k].kind == Kind::Word)
            .find(|&k| !toks[k].head.is_ascii_lowercase() || !matches!(cue(pr, k), Cue::None))
            .and_then(|k| match cue(pr, k) {
                Cue::Strong(Tense::Past) | Cue::Weak if k > b + 2 => Some(Tense::Past),
                _ => None,
            });
        if let Some(t) = own_verb {
            return t;
        }
    }
    // "…, where the Aug. 7 blasts killed 257": a "where" clause around the date
    // takes the tense of its own verb after the date.
    let where_clause = before
        .clone()
        .find(|&k| k >= 1 && pr.is_word(k, "where") && pr.p(k - 1, b','))
        .filter(|&k| !(k + 1..a).any(|j| pr.p(j, b',') || matches!(cue(pr, j), Cue::Strong(_))));
    if where_clause.is_some() {
        if let Some(t) = first_after() {
            return t;
        }
    }
    let past_after = || {
        after
            .clone()
            .any(|k| matches!(cue(pr, k), Cue::Weak | Cue::Strong(Tense::Past)))
    };
    // "The summit opens at 3 p.m. on Thursday", "Portugal takes over the
    // chair on Saturday": a present verb heading the clause states a schedule.
    let heads = |k: usize| present_verb(pr, k, a) && !(k + 1..a).any(|j| pr.p(j, b','));
    if campaign_for(pr, a) && !past_after() {
        return Tense::Future;
    }
    for k in before.clone() {
        if possible_ahead(pr, k, sentence) {
            return Tense::Future;
        }
        // "… had a window before South Korea holds local elections on June 3":
        // a schedule verb after "before", "until" or "when", nearer than any past cue.
        let subordinate = || {
            (k.saturating_sub(4)..k).any(|j| {
                ["before", "until", "when", "once"]
                    .iter()
                    .any(|w| pr.is_word(j, w))
            })
        };
        if present_s(pr, k) && heads(k) && subordinate() && !past_after() {
            return Tense::Future;
        }
        if hypothetical_participle(pr, k, a) && first_after() == Some(Tense::Future) {
            return Tense::Future;
        }
        match cue(pr, k) {
            // (A past verb that far back belongs to another clause.)
            Cue::Strong(Tense::Past) if a - k > PAST_REACH => {}
            Cue::Strong(t) => return t,
            // "resigned in January": an "-ed" verb right before its date is its tense.
            // ("fired her in March", "closed the plant in June": an object between.)
            Cue::Weak
                if a - k <= 4
                    && pr.t[k].kind == Kind::Word
                    && pr.w(a - 1, W::In)
                    && plain_object(pr, k + 1, a - 1) =>
            {
                return Tense::Past;
            }
            // "Lula last visited the continent in February": an "-ed" word right
            // after its subject is a past verb, and its "in" date lies behind.
            Cue::Weak if a - k <= 7 && k >= 1 && finite_subject(pr, k - 1) && pr.w(a - 1, W::In) => {
                return Tense::Past;
            }
            Cue::Weak if a - k <= WEAK_CUE_REACH => return Tense::WeakPast,
            Cue::Weak if weak == Tense::None => weak = Tense::WeakPast,
            _ => {}
        }
    }
    for k in after.clone() {
        // "…, the union said": an attribution after a comma reports the clause;
        // its past says nothing of when the reported event lies.
        // (Not "Speaking on Tuesday, the governor said it would …": there
        // "said" opens the sentence's own clause.)
        let closes = |j: usize| j >= pr.t.len() || pr.t[j].start >= sentence.end || pr.p(j, b'.');
        // ("…,' Nagy told state news agency MTI.": up to four words of object.)
        let told_object = pr.s(k) == "told"
            && (k + 2..k + 6)
                .any(|j| closes(j) && (k + 1..j).all(|i| pr.t.get(i).is_some_and(|t| t.kind == Kind::Word)));
        let attribution = matches!(pr.s(k), "said" | "told")
            && (b..k).any(|j| pr.p(j, b','))
            && (closes(k + 1) || (pr.w(k + 1, W::On) && closes(k + 3)) || told_object);
        if attribution {
            continue;
        }
        // "A judge on Wednesday (temporarily) blocked a law that would …":
        // an "-ed" verb right after the date is the clause's own past verb.
        let adjacent = k == b || (k == b + 1 && pr.s(b).ends_with("ly"));
        match cue(pr, k) {
            Cue::Strong(t) => return t,
            Cue::Weak if adjacent => return Tense::Past,
            _ => {}
        }
    }
    // "faces him in the November election", "before Tuesday's runoff": with
    // no cue either way, an event named by its date is the one still to come.
    let event_at = |k: usize| EVENTS.iter().any(|w| pr.is_word(k, w));
    let past_after = past_after();
    // ("before Sunday's presidential runoff": one adjective may come between.)
    let possessive_event =
        possessive && (event_at(b + 2) || (event_at(b + 3) && pr.t[b + 2].head.is_ascii_lowercase()));
    if weak == Tense::None && (event_at(b) || possessive_event) && !past_after {
        return Tense::Future;
    }
    // ("Unofficial results from Monday's vote showed …": a past verb after
    // the date makes the "-s" word a noun.)
    if weak == Tense::None && !past_before && !past_after && before.clone().any(heads) {
        return Tense::Future;
    }
    weak
}

/// A lowercase "-s" word used as a present verb: after its subject (a name
/// or a noun, not a determiner, preposition or verb) and before an object, a
/// particle or a preposition, or right before its date ("happens Sunday")
/// or one object before it ("faces voters on Monday").
fn present_verb(pr: &P, k: usize, a: usize) -> bool {
    if k < 1 || determiner(pr, k - 1) {
        return false;
    }
    if !present_s(pr, k) {
        return plural_present(pr, k);
    }
    // "The decision follows a meeting on Thursday": verbs of relation, not schedule.
    const RELATIONS: &[&str] = &[
        "follows", "comes", "marks", "means", "shows", "reflects", "remains", "includes",
    ];
    if counted(pr, k) || RELATIONS.contains(&pr.s(k)) {
        return false;
    }
    let subject = pr.t[k - 1].kind == Kind::Word
        && !PREPOSITIONS.iter().any(|w| pr.is_word(k - 1, w))
        && matches!(pr.lex(k - 1), Lex::None)
        && !matches!(cue(pr, k - 1), Cue::Weak | Cue::Strong(_))
        && !present_s(pr, k - 1)
        // ("cast in-person ballots on": an adjective, not a subject.)
        && !hyphenated(pr, k - 1);
    let object = determiner(pr, k + 1)
        || ["over", "up", "off", "out", "at", "to", "in", "from"]
            .iter()
            .any(|w| pr.is_word(k + 1, w));
    // Not a verb that reports ("tells reporters on Monday" dates the telling).
    const REPORTS: &[&str] = &[
        "tells", "adds", "notes", "insists", "claims", "argues", "warns", "writes",
    ];
    // "holds nationwide local elections on June 3": up to three lowercase
    // object words between the verb and the date's preposition.
    let dated = (k + 1 == a && matches!(pr.lex(a), Lex::Weekday(_)))
        || (k + 3 <= a
            && a - k <= 5
            && (k + 1..a - 1).all(|j| {
                // ("announcements put out on Aug. 13": a participle makes the "-s" word a noun.)
                pr.t[j].kind == Kind::Word
                    && pr.t[j].head.is_ascii_lowercase()
                    && (a - k == 3
                        || (pr.lex(j) == Lex::None && !matches!(cue(pr, j), Cue::Weak | Cue::Strong(_))))
                    && (a - k == 3
                        || !["out", "up", "off", "down", "back", "over"]
                            .iter()
                            .any(|w| pr.is_word(j, w)))
            })
            && !REPORTS.contains(&pr.s(k))
            && ["on", "at"].iter().any(|w| pr.is_word(a - 1, w)));
    subject && (object || dated)
}

/// "Polls open at 7 a.m.", "The talks resume at noon": a plain verb after a
/// plural noun that opens its clause (first word or after a determiner),
/// followed by the preposition of a time.
fn plural_present(pr: &P, k: usize) -> bool {
    let t = &pr.t[k];
    let s = pr.s(k);
    let plain = t.kind == Kind::Word
        && t.lex == Lex::None
        && t.head.is_ascii_lowercase()
        && s.len() > 2
        && !s.ends_with("ed")
        && !s.ends_with("ing")
        && !s.ends_with("ly")
        && !s.ends_with('s')
        && !PREPOSITIONS.contains(&s)
        && !determiner(pr, k);
    let plural = |j: usize| {
        let w = pr.s(j);
        pr.t[j].kind == Kind::Word && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
    };
    // First word of its sentence or line, or right after a determiner or an
    // adjective of nationality ("British lawmakers break …").
    let opens = |j: usize| {
        j == 0
            || determiner(pr, j - 1)
            || (pr.t[j - 1].capitalized()
                && pr.t[j - 1].kind == Kind::Word
                && (j < 2 || !pr.t[j - 2].capitalized()))
            || [b'.', b'\n', b'"', b'!', b'?'].iter().any(|&c| pr.p(j - 1, c))
            || pr.t[j - 1].end + 1 < pr.t[j].start
    };
    let timed = ["at", "on", "in", "for", "to"]
        .iter()
        .any(|w| pr.is_word(k + 1, w));
    plain && plural(k - 1) && opens(k - 1) && timed
}

/// "Any accord reached on Wednesday would …": a participle after "any" and
/// its noun, right before the date's preposition, describes a hypothetical
/// event whose clause verb comes after the date.
fn hypothetical_participle(pr: &P, k: usize, a: usize) -> bool {
    k + 2 == a
        && k >= 2
        && (pr.lex(k) == Lex::PastVerb || matches!(cue(pr, k), Cue::Weak))
        && (pr.w(a - 1, W::On) || pr.w(a - 1, W::In))
        && pr.is_word(k - 2, "any")
}

enum Cue {
    None,
    Weak,
    Strong(Tense),
}

fn cue(pr: &P, k: usize) -> Cue {
    let t = &pr.t[k];
    match t.lex {
        // "was expected to reopen on Tuesday": an expectation of what comes next.
        Lex::Future if pr.s(k).eq_ignore_ascii_case("expected") && pr.is_word(k + 1, "to") => {
            Cue::Strong(Tense::Future)
        }
        // "had been scheduled", "was due": a past plan.
        Lex::Future if participle(pr.s(k)) && (1..=2).any(|d| k >= d && past_aux(pr, k - d)) => {
            Cue::Strong(Tense::Past)
        }
        // "the trip, originally scheduled for late March": a former plan, past
        // or still ahead; the nearest date wins.
        Lex::Future if participle(pr.s(k)) && k >= 1 && formerly(pr, k - 1) => Cue::Strong(Tense::None),
        Lex::Word(W::Next) if pr.is_word(k + 1, "to") => Cue::None,
        // "a last push", "the last hurdle": an adjective, no past.
        Lex::Word(W::Last) if k >= 1 && determiner(pr, k - 1) => Cue::None,
        // "announced the plan", "set aside vacation plans": a noun states no
        // plan ahead; the verb takes an infinitive ("plans to visit").
        Lex::Future if k >= 1 && determiner(pr, k - 1) => Cue::None,
        // "Whitlock plans a bus tour": after its subject and before an object
        // (not "unveiled plans a week ago") the verb points ahead.
        Lex::Future
            if pr.is_word(k, "plans")
                && k >= 1
                && pr.t[k - 1].kind == Kind::Word
                && pr.lex(k - 1) == Lex::None
                && determiner(pr, k + 1)
                && !matches!(pr.lex(k + 2), Lex::Unit(_)) =>
        {
            Cue::Strong(Tense::Future)
        }
        Lex::Future if is_plan_noun(pr, k) => Cue::None,
        Lex::Future | Lex::Word(W::Next | W::Tomorrow | W::Coming) => Cue::Strong(Tense::Future),
        // "is heard", "will be held": a participle after a present or future
        // auxiliary is no past cue;
        // "lenders, led by a bank": a passive participle before "by" neither.
        Lex::PastVerb
            if (k >= 1 && present_aux(pr, k - 1)) || (pr.is_word(k + 1, "by") && !past_only(pr.s(k))) =>
        {
            Cue::None
        }
        Lex::PastVerb | Lex::Word(W::Ago | W::Yesterday | W::Last) => Cue::Strong(Tense::Past),
        Lex::None if t.kind == Kind::Word => {
            let s = pr.s(k);
            let planned = s == "planned"
                && (pr.is_word(k + 1, "to") || pr.is_word(k + 1, "for"))
                && !(k >= 1 && formerly(pr, k - 1));
            // "protesters planned a rally on Saturday": the rally lies ahead.
            // "a planned dam" is an adjective: only the verb with its object counts.
            let planned_object = s == "planned"
                && !planned
                && !(k >= 1 && (formerly(pr, k - 1) || determiner(pr, k - 1) || past_aux(pr, k - 1)))
                && determiner(pr, k + 1);
            if planned_object {
                Cue::Strong(Tense::Future)
            } else if intended_infinitive(pr, k)
                && pr.s(k - 1).ends_with("ed")
                && INTENT.iter().any(|w| pr.is_word(k - 1, w))
                && ![
                    "promised", "pledged", "hoped", "proposed", "aimed", "sought", "wanted",
                ]
                .iter()
                .any(|w| pr.is_word(k - 1, w))
            {
                // "voted to impeach on Tuesday", "agreed to sell in February":
                // the act may be the vote itself or lie ahead; the nearest date wins.
                Cue::Strong(Tense::Nearest)
            } else if planned
                || s == "would"
                || intended_infinitive(pr, k)
                || scheduled(pr, k)
                // "Voters go to the polls on Saturday".
                || ((s == "go" || s == "head") && pr.is_word(k + 1, "to") && pr.is_word(k + 3, "polls"))
            {
                Cue::Strong(Tense::Future)
            } else if s.len() > 4
                && s.ends_with("ed")
                && t.head.is_ascii_lowercase()
                && !(k >= 1 && present_aux(pr, k - 1))
                // ("the detailed schedule": an adjective after a determiner.)
                && !(k >= 1 && determiner(pr, k - 1))
            {
                Cue::Weak
            } else {
                Cue::None
            }
        }
        _ => Cue::None,
    }
}

/// A subject right before a verb: a pronoun, a name in mid-sentence, or an
/// adverb that sits between subject and verb ("last", "also").
fn finite_subject(pr: &P, j: usize) -> bool {
    const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "who"];
    const ADVERBS: &[&str] = &[
        "last",
        "also",
        "first",
        "then",
        "later",
        "recently",
        "previously",
        "already",
    ];
    let t = &pr.t[j];
    if t.kind != Kind::Word {
        return false;
    }
    let s = pr.s(j);
    if PRONOUNS.iter().any(|w| s.eq_ignore_ascii_case(w)) {
        return true;
    }
    if ADVERBS.contains(&s) {
        return j >= 1
            && pr.t[j - 1].kind == Kind::Word
            && !determiner(pr, j - 1)
            && !PREPOSITIONS.iter().any(|w| pr.is_word(j - 1, w));
    }
    // A capitalised word that does not open its sentence names the subject.
    t.capitalized() && t.lex == Lex::None && j >= 1 && pr.t[j - 1].kind == Kind::Word
}

/// Tokens `[from, to)` are plain lowercase words without a tense cue that
/// open with a pronoun or a determiner (an object such as "her" or "the
/// plant"; none is also fine). Not "an unspecified date in January".
fn plain_object(pr: &P, from: usize, to: usize) -> bool {
    const OBJECTS: &[&str] = &["her", "him", "them", "it", "us"];
    (from == to || determiner(pr, from) || OBJECTS.iter().any(|w| pr.is_word(from, w)))
        && (from..to).all(|j| {
            pr.t[j].kind == Kind::Word
                && pr.t[j].head.is_ascii_lowercase()
                && pr.lex(j) == Lex::None
                && !pr.is_word(j, "to")
                && matches!(cue(pr, j), Cue::None)
        })
}

/// A past verb right after the expression ("stores on Monday described"):
/// the word in "-s" before "on" was a noun, not a present verb.
fn past_verb_next(pr: &P, b: usize) -> bool {
    let Some(t) = pr.t.get(b) else { return false };
    t.lex == Lex::PastVerb || matches!(cue(pr, b), Cue::Weak)
}

#[cfg(test)]
mod tests {
    use super::super::extract_timeline;
    use jiff::civil::date;

    fn value(text: &str) -> String {
        let got = extract_timeline(text, Some(date(2021, 11, 3)));
        got.first().map(|e| e.value.clone()).unwrap_or_default()
    }

    #[test]
    fn intention_infinitive_points_ahead() {
        assert_eq!(
            value("The board agreed to sell the bakery unit in February."),
            "2022-02"
        );
        assert_eq!(
            value("A deal to merge the two banks in January was approved."),
            "2022-01"
        );
    }

    #[test]
    fn past_clauses_outweigh_forward_cues() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(
            value("Two cars were swept off flooded roads on Saturday night."),
            "2021-10-30TNI"
        );
        assert_eq!(
            value("Crews had rescued 40 people by Sunday evening, she said."),
            "2021-10-31TEV"
        );
        assert_eq!(
            value("Crews will clear the roads by Sunday evening."),
            "2021-11-07TEV"
        );
        assert_eq!(value("The port was expected to reopen on Friday."), "2021-11-05");
    }

    #[test]
    fn an_object_before_the_date_is_no_schedule() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(value("The House passed six bills on March 6."), "2021-03-06");
        assert_eq!(
            value("Early voting began as polls opened for in-person ballots on Oct. 19."),
            "2021-10-19"
        );
        assert_eq!(
            value("The rivals clashed over taxes on Thursday night."),
            "2021-10-28TNI"
        );
        assert_eq!(
            value("The party trounced his alliance in European Parliament elections on Sunday."),
            "2021-10-31"
        );
        assert_eq!(value("The president fired her in March."), "2021-03");
        assert_eq!(
            value("They clashed over taxes, schools and federal job cuts on Thursday night."),
            "2021-10-28TNI"
        );
        assert_eq!(
            value(
                "Macron called a snap election after the far right trounced his centrist alliance in European Parliament elections on Sunday."
            ),
            "2021-10-31"
        );
        // The schedules stay ahead.
        assert_eq!(value("The summit opens on Monday."), "2021-11-08");
    }

    #[test]
    fn a_possessive_date_takes_its_own_verb() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(
            value(
                "The commission said it expected to proclaim the winners soon, after Monday's midterm polls handed allies several victories."
            ),
            "2021-11-01"
        );
        assert_eq!(value("Rallies ended ahead of Sunday's runoff."), "2021-11-07");
    }

    #[test]
    fn deadlines_ahead_of_an_event_lie_ahead() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(
            value(
                "The House voted, sending the measure to the Senate ahead of a deadline at 12:01 a.m. on Saturday."
            ),
            "2021-11-06T00:01"
        );
        assert_eq!(
            value("Kyiv had proposed a meeting between the two presidents before the end of December."),
            "2021-12"
        );
    }

    #[test]
    fn schedules_point_ahead() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(value("The final vote is set for May 12."), "2022-05-12");
        assert_eq!(value("The regional vote is on 1 May."), "2022-05-01");
        assert_eq!(
            value("The forum, to be held Tuesday, will discuss ports."),
            "2021-11-09"
        );
        assert_eq!(value("Rallies ended ahead of Sunday's runoff."), "2021-11-07");
        assert_eq!(
            value("In the run-up to Monday's debate, both camps sparred."),
            "2021-11-08"
        );
        assert_eq!(value("The summit was set for Tuesday."), "2021-11-02");
    }

    #[test]
    fn plain_past_and_past_perfect_stay_past() {
        assert_eq!(value("The board closed the bakery unit in February."), "2021-02");
        assert_eq!(value("They had agreed to sell the unit in February."), "2021-02");
        assert_eq!(value("She went to see the city in February."), "2021-02");
    }

    #[test]
    fn modern_news_weekdays_take_the_tense_of_their_own_clause() {
        // Published on Wednesday 3 November 2021.
        assert_eq!(
            value("Police fired tear gas at demonstrators on Monday, witnesses told reporters."),
            "2021-11-01"
        );
        assert_eq!(
            value("The minister, whom lawmakers voted to impeach on Tuesday night, said he would stay."),
            "2021-11-02TNI"
        );
        assert_eq!(
            value("Scholz, who faces a confidence vote in the Bundestag on Monday, called Macron."),
            "2021-11-08"
        );
        assert_eq!(
            value("Officials said the agency would run short of funds by the summer."),
            "2022-SU"
        );
    }
}
