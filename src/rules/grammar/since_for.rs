//! `since-for`: `since` with a length of time ("since five years" → for) and `for` with a starting
//! year after a perfect tense ("I have been coding for 2015" → since), and the present with `since` and a
//! year ("I am working here since 2019" → have been).

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, verb_bases};
use crate::text::{Analysis, Word};

pub struct SinceFor;

static META: RuleMeta = RuleMeta {
    id: "since-for",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "since/for mixed up (since five years, have worked here for 2015)",
    description: "What it does: `since` takes a starting point and `for` a length of time. Reports `since` \
followed by a count and a unit of time (`since five years`, `since 3 months`, `since a long time`; not `since two years \
ago`), and \
`for` followed by a year in a clause with have/has/had (`I have been coding for 2015`), and a present \
`am`/`is`/`are` or a simple present after a subject pronoun in the clause of `since` and a year or another point in time (`I am working \
here since 2019` → have been, `we know each other since the bootcamp` → have known, `since college`, `I work at the port since 2016` → have worked; a determiner's noun too: `our company produces centrifuges since \
1962` → has produced; and `since` and a year opening the sentence: `Since 2020 I work with…` → have worked), or of \
`for` a length of time and `now` \
(`I'm working in farming for ten years now` → I've been). Also `before` after a count of time, ending a clause in \
the simple past, where a time counted back from now is meant (`I started my business five years before.` → ago; \
not `five years before the merger`, `I had left two years before`).\n\
Why: the swap is a common slip of writers whose first language uses one word for both, and it reads at once \
as an error.\n\
Use instead: `for five years`, `since 2015` (not applied automatically).",
    flags: &[
        "I have worked here since five years.",
        "I have been teaching for 2012.",
        "I am working here since 2019.",
        "I work at the port since 2016.",
    ],
    accepts: &[
        "I have worked here for five years, since 2019.",
        "Budget for 2024; since two years ago.",
        "Since 3 teams merged we grew.",
    ],
    default_enabled: true,
};

fn is_count(w: &Word) -> bool {
    w.tags.any(Tags::DIGITS | Tags::NUM) || w.is_any(&["a", "an", "one", "several", "many", "few", "couple"])
}

fn check(a: &Analysis, i: usize, this_year: i32) -> Option<&'static str> {
    let w = &a.words[i];
    if w.is("since") {
        // `since a long time`, `since long time`: a length, not a starting point (`since long before…` is one).
        let a_long_time = match (a.at(i, 1), a.at(i, 2), a.at(i, 3)) {
            (Some(x), Some(l), Some(t)) if x.is("a") && l.is("long") && t.is("time") => true,
            (Some(l), Some(t), _) if l.is("long") && t.is("time") => true,
            _ => false,
        };
        if a_long_time {
            return Some("for");
        }
        // `I have been following your posts since long.`: `long` ending the clause is a length (Indian and
        // other Englishes' calque); `since long before`, `since long ago` name a point.
        if let Some(l) = a.at(i, 1).filter(|l| l.is("long"))
            && a.words.get(i + 2).is_none_or(|n| !n.joined || n.is_any(&["and", "now", "but"]))
            && !l.compound_next
        {
            return Some("for a long time");
        }
        let mut k = 1;
        if a.at(i, 1).is_some_and(|n| n.is_any(&["over", "almost", "nearly", "about", "more", "the", "last", "past"])) {
            k += 1;
        }
        let count = a.at(i, k)?;
        // `since months`, `since years`: a length with no number is a length all the same.
        if k == 1
            && count.tags.any(Tags::TIME)
            && count.tags.any(Tags::NOUN_PL)
            && !a.at(i, 2).is_some_and(|n| n.is("ago"))
        {
            return Some("for");
        }
        let mut u = k + 1;
        if !is_count(count) {
            if !a.words[i + k as usize - 1].is_any(&["last", "past"]) {
                return None;
            }
            u = k;
        }
        let unit = a.at(i, u)?;
        if !unit.tags.any(Tags::TIME) || a.at(i, u + 1).is_some_and(|n| n.is("ago")) {
            return None;
        }
        return Some("for");
    }
    // `I am working in Bali already 8 years`: `already`, a count and a unit of time ending the clause is a length
    // that goes on (a calque of Indonesian `sudah`, Russian `уже`, German `schon`): `for 8 years`. Not `already 8
    // years old`, `already 8 years of data`, `already 8 years since…`, `for already 8 years`.
    if w.is("already") && w.joined && !a.at(i, -1).is_some_and(|p| p.is_any(&["for", "is", "was", "it's", "been"])) {
        let (count, unit) = (a.at(i, 1)?, a.at(i, 2)?);
        let ends = a.words.get(i + 3).is_none_or(|n| !n.joined || n.is_any(&["now", "and", "in", "at", "with", "as"]));
        let present = (1..=10).map_while(|k| a.at(i, -k)).any(|v| {
            v.is_any(&["am", "are", "is", "i'm", "we're", "work", "live", "working", "living", "teach", "run"])
        });
        if is_count(count)
            && !count.is_any(&["a", "an"])
            && unit.tags.any(Tags::TIME)
            && unit.tags.any(Tags::NOUN_PL)
            && ends
            && present
        {
            return Some("for");
        }
        return None;
    }
    if w.is("for") {
        let year = a.at(i, 1)?;
        let is_year = year.tags.any(Tags::DIGITS)
            && year.lower.len() == 4
            && year.lower.parse::<i32>().is_ok_and(|y| (1950..=this_year).contains(&y));
        // A perfect: have/has/had, maybe an adverb, then a participle (`you have any openings for 2025`
        // is the verb `have`).
        let perfect = (1..=6).any(|k| {
            a.at(i, -k).is_some_and(|p| p.tags.any(Tags::HAVE))
                && (1..=2).any(|m| {
                    k > m
                        && a.at(i, m - k).is_some_and(|v| v.tags.any(Tags::VERB_PART | Tags::VERB_PAST))
                        && (1..m).all(|b| a.at(i, b - k).is_some_and(|w| w.tags.any(Tags::ADV)))
                })
        });
        // A year before a noun names which one (`shortlisted for 2025 awards`), not since when.
        let modifier =
            a.at(i, 2).is_some_and(|n| n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION));
        return (is_year && perfect && !modifier).then_some("since");
    }
    None
}

/// `I am working here since 2019`: a present `am`/`is`/`are` after a subject pronoun, in the clause of
/// `since` and a year (token `i` is `since`), with no `have` or past verb between them. The be-verb's index
/// and what replaces it (`have been`, `has been`, `I've been`).
fn present_with_since(a: &Analysis, i: usize, this_year: i32) -> Option<(usize, String)> {
    let year = a.at(i, 1)?;
    let is_year = year.tags.any(Tags::DIGITS)
        && year.lower.len() == 4
        && year.lower.parse::<i32>().is_ok_and(|y| (1950..=this_year).contains(&y));
    if !is_year && !since_a_point(a, i) {
        return None;
    }
    present_before(a, i).or_else(|| if is_year { present_after_year(a, i) } else { None })
}

/// `Since 2020 I work with tax litigation`, `Since 2019, we supply…`: `since` and a year opening the sentence,
/// then a subject pronoun and a simple present (or `am`/`are`/`is`): the present perfect.
fn present_after_year(a: &Analysis, i: usize) -> Option<(usize, String)> {
    if !a.words[i].sentence_start {
        return None;
    }
    // (A comma may follow the year: `Since 2019, we supply…`.)
    let (s, v) = (a.words.get(i + 2)?, a.words.get(i + 3)?);
    if !v.joined || s.sentence_start || !s.is_any(&["i", "we", "they", "you", "he", "she"]) {
        return None;
    }
    let (have, third) = if s.is_any(&["he", "she"]) { ("has", true) } else { ("have", false) };
    if v.is_any(&["am", "are", "is"]) {
        let right = match (v.lower.as_str(), third) {
            ("am", false) | ("are", false) | ("is", true) => format!("{have} been"),
            _ => return None,
        };
        return Some((i + 3, right));
    }
    let plain = v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION | Tags::MODAL);
    let three = v.tags.any(Tags::VERB_3SG) && !v.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::FUNCTION);
    if third && !three || !third && !plain || v.is_name_like() {
        return None;
    }
    let base = if third { verb_bases(&v.lower).into_iter().next()? } else { v.lower.to_string() };
    let participle = super::past_form::participles(&base).into_iter().next()?;
    Some((i + 3, format!("{have} {participle}")))
}

/// `since college`, `since the Skolkovo bootcamp in 2018`, `since last year`: `since` (token `i`) before a
/// point in time that is no clause: a word of a stage of life, or a determiner (or `last`) and up to four
/// words of a noun phrase with no verb after them in the clause (`since the team is small` gives a reason).
fn since_a_point(a: &Analysis, i: usize) -> bool {
    // Only `since`: `from` a point is said of a present too (`I remember you from the Kaplan classes`).
    let Some(n) = a.at(i, 1).filter(|_| a.words[i].is("since")) else { return false };
    if n.is_any(&["college", "school", "university", "uni", "childhood", "graduation"]) {
        return a.at(i, 2).is_none_or(|m| m.tags.any(Tags::PREP) && !m.tags.any(Tags::SUB));
    }
    // `since March`, `since March 2024`, `since Monday`: a month or a day, written with its capital.
    if n.capitalized && super::past_form::is_day_or_month(n) {
        let rest = &a.clause_from(i + 1)[1..];
        return rest
            .first()
            .is_none_or(|r| r.tags.any(Tags::DIGITS | Tags::CONJ | Tags::PREP) && !r.tags.any(Tags::ANY_VERB));
    }
    if !n.is_any(&["the", "my", "our", "your", "his", "her", "their", "last"]) {
        return false;
    }
    let clause = &a.clause_from(i + 1)[1..];
    let verb = |w: &Word| {
        w.tags.any(Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::VERB_PAST)
            || w.tags.any(Tags::VERB_3SG) && !w.tags.any(Tags::NOUN_PL)
            || w.tags.any(Tags::PRON) && !w.tags.any(Tags::POSS)
    };
    !clause.is_empty() && clause.len() <= 8 && !clause.iter().any(verb)
}

/// `I'm working in agriculture for ten years now`: `for`, a count, a unit of time and `now` (token `i` is
/// `for`) after a present in its clause: what began then and goes on.
fn present_with_for_now(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let (count, unit, now) = (a.at(i, 1)?, a.at(i, 2)?, a.at(i, 3)?);
    if !(is_count(count) && unit.tags.any(Tags::TIME) && now.is("now") && now.joined) {
        return None;
    }
    present_before(a, i)
}

/// `I am following your posts for a long time`, `I read your blog for years`: a verb of following someone's
/// work (`follow`, `read`, `watch`, `admire`) in the present, with `for` and a vague length of time (`a long
/// time`, `years`, `some time`, `a while`) ending the clause (token `i` is `for`). The future reading of the
/// progressive (`I'm staying for two weeks`) does not fit these verbs. Its index and replacement.
fn following_for_long(a: &Analysis, i: usize) -> Option<(usize, String)> {
    const FAN: &[&str] =
        &["follow", "following", "read", "reading", "watch", "watching", "admire", "admiring", "follows", "reads"];
    let words: Vec<&str> = (1..=4).map_while(|k| a.at(i, k)).map(|w| w.lower.as_str()).collect();
    let length = match words.as_slice() {
        ["a", "long", "time", ..] | ["quite", "some", "time", ..] | ["many", "years", ..] => 3,
        ["a", "while", ..] | ["some", "time", ..] | ["long", "time", ..] => 2,
        ["years", ..] | ["ages", ..] | ["long", ..] => 1,
        _ => return None,
    };
    let length = if matches!(words.as_slice(), ["many", "years", ..]) { 2 } else { length };
    if a.words.get(i + length + 1).is_some_and(|n| n.joined && !n.is_any(&["now", "and", "already"])) {
        return None;
    }
    let (j, right) = present_before(a, i)?;
    let verb = if a.words[j].tags.any(Tags::BE) || a.words[j].lower.ends_with("'m") || a.words[j].lower.ends_with("'re")
    {
        a.words.get(j + 1)?
    } else {
        &a.words[j]
    };
    verb.is_any(FAN).then_some((j, right))
}

/// The present verb before token `i` in its clause, after its subject pronoun, with no `have` or past verb
/// between them: `am`/`is`/`are` (→ `have been`), or a simple present (`I work at…` → `have worked`). Its
/// index and what replaces it.
fn present_before(a: &Analysis, i: usize) -> Option<(usize, String)> {
    for k in 1..=10 {
        let w = a.at(i, -k)?;
        let j = i - k as usize;
        // `as` before a role (`I am working as a cabinetmaker since 2015`) is a preposition here.
        let role_as = w.is("as") && a.at(j, 1).is_some_and(|n| n.tags.any(Tags::DET | Tags::NOUN));
        if !role_as && w.tags.any(Tags::HAVE | Tags::VERB_PAST | Tags::CONJ | Tags::SUB)
            || a.words[j + 1].sentence_start
        {
            return None;
        }
        let right = match w.lower.as_str() {
            "i'm" => "I've been",
            "we're" => "we've been",
            "they're" => "they've been",
            "you're" => "you've been",
            "am" | "are" | "is" => {
                let p = &a.words[j.checked_sub(1)?];
                match p.lower.as_str() {
                    "i" | "we" | "they" | "you" if w.lower != "is" => "have been",
                    "he" | "she" if w.lower == "is" => "has been",
                    _ => return None,
                }
            }
            _ => {
                // A simple present right after its subject pronoun: `I work at Mersin port since 2016`.
                // The subject, or the subject and `both`/`all`/`still`/`also` (`we both work in…`).
                const BETWEEN: &[&str] = &["both", "all", "still", "also"];
                let before = |k: isize| a.at(j, k).filter(|_| w.joined && !w.tags.any(Tags::FUNCTION | Tags::MODAL));
                let Some(subject) = before(-1)
                    .filter(|p| !p.is_any(BETWEEN))
                    .or_else(|| before(-1).filter(|p| p.is_any(BETWEEN)).and(before(-2)))
                else {
                    continue;
                };
                // `I'm an ecologist in Utrecht and work on peat restoration since 2019`: a second verb after
                // `and` shares the sentence's subject pronoun (with no other subject or verb after it).
                // `Our company produces centrifuges since 1962`: a determiner's noun as the subject (a singular
                // before a form in -s, a plural before a plain verb).
                let noun_subject = subject.tags.any(Tags::NOUN | Tags::NOUN_PL)
                    && !subject.tags.any(Tags::FUNCTION | Tags::PRON)
                    && !subject.is_name_like()
                    && a.at(j, -2).is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS) && !d.tags.any(Tags::PRON))
                    // (A verb that is a noun too needs its object after it: `the price rises since 2010` may be
                    // a noun phrase; `our company produces centrifuges since 1962` is a clause.)
                    && (!w.tags.any(Tags::NOUN | Tags::NOUN_PL)
                        || a.at(j, 1).is_some_and(|o| {
                            o.tags.any(Tags::DET | Tags::POSS | Tags::NOUN | Tags::NOUN_PL) && !o.tags.any(Tags::PREP | Tags::SUB)
                        }));
                let subject: &str = if subject.is("and") {
                    match super::context::elided_subject(a, j - 1) {
                        Some(first) => first,
                        None => continue,
                    }
                } else if noun_subject && subject.tags.any(Tags::NOUN_PL) && !subject.tags.any(Tags::NOUN) {
                    "they"
                } else if noun_subject && subject.tags.any(Tags::NOUN) {
                    "he"
                } else {
                    &subject.lower
                };
                let plain = w.tags.any(Tags::VERB) && !w.tags.any(Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING);
                let third = w.tags.any(Tags::VERB_3SG) && !w.tags.any(Tags::VERB_PAST | Tags::VERB_ING);
                let have = match subject {
                    "i" | "we" | "they" | "you" if plain => "have",
                    "he" | "she" if third => "has",
                    _ => continue,
                };
                let base = if have == "has" {
                    let Some(b) = verb_bases(&w.lower).into_iter().next() else { continue };
                    b
                } else {
                    w.lower.to_string()
                };
                let Some(participle) = super::past_form::participles(&base).into_iter().next() else { continue };
                return Some((j, format!("{have} {participle}")));
            }
        };
        return Some((j, right.to_string()));
    }
    None
}

/// `I started my business five years before.`, `we met three months before and…`: `before` (word `i`) after a count
/// and a unit of time, ending its clause, in a clause with a simple past and no past perfect (`I had left two
/// years before` counts back from another past time, as does `five years before the merger`).
fn before_for_ago(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if !w.is("before") || !w.joined {
        return false;
    }
    let unit = a
        .at(i, -1)
        .is_some_and(|u| u.is_any(&["years", "months", "weeks", "days", "decades", "year", "month", "week"]));
    let count = a
        .at(i, -2)
        .is_some_and(|c| c.tags.any(Tags::DIGITS | Tags::NUM) || c.is_any(&["few", "several", "a", "couple"]));
    let ends = a.at(i, 1).is_none_or(|n| !n.joined || n.is_any(&["and", "but", "when", "so"]));
    if !(unit && count && ends) {
        return false;
    }
    let clause: Vec<&crate::text::Word> = (3..=14).map_while(|k| a.at(i, -k)).collect();
    clause.iter().any(|v| v.tags.any(Tags::VERB_PAST) && !v.tags.any(Tags::HAVE))
        && !clause.iter().any(|v| v.is_any(&["had", "'d"]) || v.lower.ends_with("'d"))
}

impl Rule for SinceFor {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for (i, w) in a.words.iter().enumerate() {
            if before_for_ago(a, i) {
                let message = "a time counted back from now is ‘ago’ (‘five years ago’); ‘before’ counts back from \
                               another time (‘five years before the merger’)"
                    .to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["ago".to_string()]));
                continue;
            }
            let present = if w.is("since") {
                present_with_since(a, i, cx.options.today.year).map(|p| (p, "‘since’ and a year"))
            } else if w.is("from") && !a.at(i, 2).is_some_and(|n| n.is_any(&["to", "until", "till", "through"])) {
                // `I am working in this company from 2015`: a start with no end, in the present progressive or
                // the simple present (not `I am available from 2025`, a start still to come).
                present_with_since(a, i, cx.options.today.year)
                    .filter(|(j, right)| {
                        !right.ends_with("been") || a.at(*j, 1).is_some_and(|v| v.tags.any(Tags::VERB_ING))
                    })
                    .map(|p| (p, "a starting year"))
            } else if w.is("for") {
                present_with_for_now(a, i)
                    .map(|p| (p, "‘for’ a length of time and ‘now’"))
                    .or_else(|| following_for_long(a, i).map(|p| (p, "‘for’ a length of time")))
            } else {
                None
            };
            if let Some(((j, right), with)) = present {
                let be = &a.words[j];
                let message = format!(
                    "‘{}’ with {with}: what began then and goes on takes the present perfect, ‘{right}’",
                    &cx.text()[be.span.clone()]
                );
                out.extend(finding(cx, &META, be.span.clone(), message, &[right]));
                continue;
            }
            let Some(right) = check(a, i, cx.options.today.year) else { continue };
            let message = if w.is("already") {
                "‘already’ and a length of time: a time that goes on takes ‘for’ (‘for 8 years’, with ‘have been’)"
                    .to_string()
            } else if right == "for a long time" {
                "‘since long’ is a length of time: ‘for a long time’".to_string()
            } else if right == "for" {
                "‘since’ takes a starting point; with a length of time use ‘for’".to_string()
            } else {
                "‘for’ takes a length of time; with a starting year use ‘since’".to_string()
            };
            out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "since-for";

    #[test]
    fn flags_swaps() {
        assert_flags(ID, "I am following your posts since a long time. I know him since long time.", 2);
        assert_clean(ID, "Since long before the merger; for a long time; the longest since a long-time rival left.");
        assert_flags(ID, "Working remotely since two years now.", 1);
        assert_flags(ID, "I have been a nurse since 12 years.", 1);
        assert_flags(ID, "She has led the team for 2018.", 1);
    }

    /// The present with `since` and a year is the present perfect.
    #[test]
    fn a_verb_after_and_following_for_long_and_since_long() {
        let d = crate::rules::testing::check_text(
            ID,
            "I'm an ecologist in Utrecht and work on peat restoration since 2019.",
        );
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have worked");
        assert_clean(ID, "We said so and they work there. I'm a nurse, and since 2019 work has changed.");
        assert_flags(ID, "Hi Maria, I'm a nurse in Exeter and work with families since 2019.", 1);
        assert_flags(ID, "I am following your posts for a long time. I follow your blog for years.", 2);
        assert_clean(ID, "I'm staying in Berlin for a long time. I have followed your posts for years.");
        assert_flags(ID, "I have been following your posts since long.", 1);
        assert_flags(ID, "I am working as front office manager in Bali already 8 years.", 1);
        assert_clean(ID, "She is already 8 years old; we had already 8 years of data; it is already 8 years since.");
        assert_clean(ID, "It has been so since long before the war; since long ago.");
    }

    #[test]
    fn since_a_year_opening_the_sentence() {
        let d = check_text(
            ID,
            "Since 2020 I work with tax litigation. Since 2019 she runs the clinic. Since 2018, we are partners.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["have worked", "has run", "have been"]);
        assert_clean(ID, "Since 2020 I have worked with tax. Since 2019 she ran it. Since then I work less.");
        let d = check_text(
            ID,
            "Our company produces centrifuges for clinics since 1962. Our farmers grow rice since 2010.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["has produced", "have grown"]);
        assert_clean(ID, "Our company has produced them since 1962. The price rises since 2010 hurt us.");
    }

    #[test]
    fn present_with_since() {
        let d = crate::rules::testing::check_text(ID, "I am working in this field since 2019.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have been");
        assert_flags(ID, "She is a nurse since 2015. I'm at Acme since 2021.", 2);
        assert_clean(ID, "I have been working here since 2019; it is the first time since 2019.");
        assert_clean(ID, "Do you have any open positions for 2025? We have been shortlisted for 2024 awards.");
        assert_flags(ID, "I have been teaching for 2012 and have worked here for 2015.", 2);
        assert_flags(ID, "We both work in the same hospital since 2019.", 1);
        assert_flags(ID, "I am working in this company from 2015.", 1);
        assert_clean(ID, "I was working there from 2015 to 2019. I am here from 2015 until 2020; data from 2015.");
        assert_clean(ID, "I am available from 2025. I am on leave from 2024.");
        assert_flags(ID, "I am working as a cabinetmaker since 2015.", 1);
        assert_flags(ID, "I follow your posts since months.", 1);
        assert_clean(ID, "Since months ago nothing changed; since the years we met.");
        assert_clean(ID, "I am proud of what we built since 2019, and I am here since then.");
        assert_flags(ID, "I am working here since March and we are in touch since Monday.", 2);
        assert_clean(ID, "I have been here since March. I am glad since May is near; since March ended, I rest.");
    }

    #[test]
    fn before_counted_from_now_is_ago() {
        let d = crate::rules::testing::check_text(
            ID,
            "I started my plumbing business five years before. I moved to Dubai two years before and joined a hotel.",
        );
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "ago");
        assert_clean(ID, "We met three months before the merger. I had left two years before. Call a day before.");
    }

    /// A simple present with `since` and a year, and a present with `for` a length and `now`.
    #[test]
    fn present_with_since_a_point_in_time() {
        assert_flags(ID, "Hi Ivan, we know each other since the Skolkovo bootcamp in 2018.", 1);
        assert_flags(ID, "I am following your channel since college. I am working here since last year.", 2);
        assert_flags(ID, "I am working with the county health department in Kilifi since 2019 and we face it.", 1);
        assert_clean(ID, "I am happy since the team is small. We know each other since we met. I'm here since then.");
        assert_clean(ID, "I have known her since the bootcamp. I am glad, since the results were good.");
        assert_clean(ID, "I remember you from the Kaplan Colombo classes. I know her from college.");
    }

    #[test]
    fn simple_present_and_for_now() {
        let d = crate::rules::testing::check_text(ID, "I work at Mersin port since 2016.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have worked");
        let d = crate::rules::testing::check_text(ID, "She teaches in Lagos since 2012.");
        assert_eq!(d[0].suggestions[0].replacement, "has taught");
        let d = crate::rules::testing::check_text(ID, "I'm working in agriculture for ten years now.");
        assert_eq!(d[0].suggestions[0].replacement, "I've been");
        assert_clean(ID, "I have worked at the port since 2016; I work with people I have known since 2010.");
        assert_clean(ID, "I run the shop my father opened since 1990. I lead the team that exists since 2015.");
        assert_clean(ID, "I'm working in Paris for two weeks. I have been here for ten years now.");
    }

    #[test]
    fn accepts_right_uses() {
        assert_clean(ID, "Since the last merger; since 2015; for 3 years.");
        assert_clean(ID, "Planned the roadmap for 2025 and hired for 2024.");
    }
}
