//! `past-form`: wrong past forms: a regular ending on an irregular verb (`buyed`, `teached`), a
//! simple past or a bare verb after have/has/had (`has took`, `had deliver`), and `lead` for `led`
//! in a sentence about the past.

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, lexicon, regular_forms, verb_bases};
use crate::text::{Analysis, Word};

pub struct PastForm;

static META: RuleMeta = RuleMeta {
    id: "past-form",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Wrong past forms (buyed, has took, had deliver, I lead … in 2019)",
    description: "What it does: finds a regular -ed ending on an irregular verb (`buyed` → bought, `teached` → \
taught), a simple past after have/has/had (`has took` → has taken, `have wrote` → have written), a bare verb \
after them (`had deliver` → had delivered, `have manage` → have managed), a finite `be` before an irregular simple \
past that is never a participle (`the circular which was came last week` → came), `be` left before an active \
past with an object pronoun (`it was really moved me` → really moved), a past participle that is \
never a simple past right after a subject pronoun with no have before it (`I seen your post` → saw or have \
seen, `we done the audit` → did), the present perfect with a finished time in its clause (`I have tried it \
last week`, `we've met two years ago`, `she has graduated in 2019` → the simple past; not `since last year`, \
`over the last month`, nor a question), a bare verb after I/we/they (or `you` opening its clause), maybe after an adverb, with such a time in its clause or opening it \
(`I visit your stand two weeks ago`, `I really enjoy your post yesterday`, `Last month I attend your workshop` → attended), and `lead` after I/we/they in a \
sentence that is plainly about the past (a past year, `previously`, `until`, `last`, `former`): `Until 2020 I lead \
a team` → led. Irregular verbs are listed in `dictionaries/grammar/irregular-verbs.tsv`; other word classes \
come from the Hunspell en_US affix flags.\n\
Why: wrong past forms read as carelessness, and `lead`/`led` is the commonest of them in résumés.\n\
Use instead: the suggested form (not applied automatically).",
    flags: &[
        "We buyed equipment for three new labs.",
        "She has took over my accounts.",
        "By 2019 we had deliver 40 homes.",
        "Until 2020 I lead a team of six welders.",
        "I seen your post on the new wiring regulations.",
        "I have tried your method on my hives last week.",
    ],
    accepts: &[
        "We bought equipment; she has taken over my accounts.",
        "By 2019 we had delivered 40 homes and had work to do.",
        "I lead a team of six welders.",
        "Was lead engineer in 2019; I have lead poisoning training.",
        "I have worked here since last year; I tried it last week.",
    ],
    default_enabled: true,
};

/// `buyed` → bought: an -ed form built on an irregular verb's base.
fn regularized_irregular(w: &Word, after_subject: bool) -> Option<(String, String)> {
    // `leaded` is a word (leaded fuel): only after a subject pronoun is it the past of `lead`.
    let listed = w.tags.any(Tags::VERB_PAST | Tags::NOUN | Tags::ADJ);
    if !w.lower.ends_with("ed") || listed && !(after_subject && w.tags.only(Tags::VERB_PAST, Tags::NOUN | Tags::ADJ)) {
        return None;
    }
    let lex = lexicon();
    // A stem of the dictionary in its own right (`seed`, `need`, `bleed`) is that word, not a regular
    // ending glued onto an irregular verb (`see` + `d`).
    if !listed && lex.is_stem(&w.lower) {
        return None;
    }
    let stem = w.lower.strip_suffix("ed").unwrap_or(&w.lower);
    let mut candidates = vec![stem.to_string(), w.lower.trim_end_matches('d').to_string()];
    if let Some(s) = stem.strip_suffix("i") {
        candidates.push(format!("{s}y"));
    }
    let b = stem.as_bytes();
    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
        candidates.push(stem[..stem.len() - 1].to_string());
    }
    candidates.into_iter().find_map(|c| {
        let v = lex.irregular_base(&c)?;
        (!v.past.contains(&w.lower.as_str())).then(|| (v.base.to_string(), v.past[0].to_string()))
    })
}

/// The past participle(s) of a verb base.
pub(super) fn participles(base: &str) -> Vec<String> {
    match lexicon().irregular_base(base) {
        Some(v) => v.participle.iter().map(|s| s.to_string()).collect(),
        None => vec![regular_forms(base).1],
    }
}

/// The simple past of a verb base.
fn simple_past(base: &str) -> String {
    match lexicon().irregular_base(base) {
        Some(v) => v.past[0].to_string(),
        None => regular_forms(base).1,
    }
}

/// The simple past of `base` for `subject` (a pronoun): `be` is `was` after I, he, she, it, and `were` else.
fn simple_past_for(subject: &str, base: &str) -> String {
    if base == "be" && !matches!(subject, "i" | "he" | "she" | "it") {
        return "were".to_string();
    }
    simple_past(base)
}

/// `We meet at the market last Saturday`, `I visit your stand two weeks ago`: `I`, `we` or `they`, a bare
/// verb, and in the same clause (no punctuation, conjunction or subordinator between) `last` and a
/// time word, `yesterday` or `ago`: the event is past, so the verb is its simple past. Not in a question
/// or after a modal or `do` (`Did we meet…`). The simple past to suggest.
fn present_with_past_time(a: &Analysis, i: usize) -> Option<String> {
    let v = &a.words[i];
    // `we both volunteer at…`: `both` or `all` may stand between.
    // So may an adverb that is only an adverb (`I really enjoy your post yesterday`).
    let gap = a.at(i, -1).is_some_and(|w| {
        w.joined && (w.is_any(&["both", "all"]) || w.tags.only(Tags::ADV, Tags::ANY_VERB | Tags::ADJ | Tags::FUNCTION))
    }) as isize;
    let subject = a.at(i, -1 - gap)?;
    // `you` is the subject only where it opens its clause (not `I met you last week`).
    let you = subject.is("you")
        && (subject.sentence_start
            || !subject.joined
            || a.at(i, -2 - gap).is_some_and(|p| p.tags.any(Tags::CONJ | Tags::SUB) && !p.tags.any(Tags::PREP)));
    if !(subject.is_any(&["i", "we", "they"]) || you)
        || a.at(i, -2 - gap).is_some_and(|p| p.tags.any(Tags::MODAL | Tags::DO | Tags::BE | Tags::HAVE))
        || !v.tags.any(Tags::VERB)
        || v.tags.any(Tags::VERB_PAST | Tags::VERB_3SG | Tags::FUNCTION | Tags::MODAL)
        || v.is_name_like()
    {
        return None;
    }
    let base = v.lower.as_str();
    lexicon().is_stem(base).then_some(())?;
    // `Last month I attend your workshop`, `Yesterday, we meet…`: the time opens the clause, before the
    // subject (maybe with a comma between).
    let s = i - 1 - gap as usize;
    let word = |k: usize| a.words.get(k);
    // (`…and last week I see your post`: after a conjunction the time opens a clause of its own too.)
    let opens = |k: usize| {
        word(k).is_some_and(|w| w.sentence_start || !w.joined)
            || k >= 1 && word(k - 1).is_some_and(|c| c.is_any(&["and", "but", "so"]))
    };
    let time_before = s >= 1
        && (word(s - 1).is_some_and(|w| w.is("yesterday")) && opens(s - 1)
            || s >= 2
                && word(s - 2).is_some_and(|w| w.is("last"))
                && word(s - 1).is_some_and(|n| n.joined && (n.tags.any(Tags::TIME) || is_day_or_month(n)))
                && opens(s - 2));
    if time_before {
        let past = simple_past(base);
        return (past != base).then_some(past);
    }
    for k in 1..=12 {
        let w = a.at(i, k)?;
        // `each other` is reciprocal, not a repeated time (`each week`); `next to` is a place.
        if w.is("each") && a.at(i, k + 1).is_some_and(|n| n.is("other"))
            || w.is("other") && a.at(i, k - 1).is_some_and(|p| p.is("each"))
            || w.is("next") && a.at(i, k + 1).is_some_and(|n| n.is("to"))
        {
            continue;
        }
        // Another clause or verb phrase may carry the time (`I think you were there last Saturday`, `we
        // feel good from hiking yesterday`).
        if w.tags
            .any(Tags::CONJ | Tags::SUB | Tags::PRON | Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO | Tags::VERB_ING)
            || w.is_any(&["every", "each", "since", "until", "next"])
        {
            return None;
        }
        let past_time = w.is("yesterday")
            || w.is("ago")
            || w.is("last") && a.at(i, k + 1).is_some_and(|n| n.tags.any(Tags::TIME) || is_day_or_month(n));
        if past_time {
            let past = simple_past(base);
            return (past != base).then_some(past);
        }
    }
    None
}

/// `it was really moved me`, `this was helped us a lot`: `it`/`this`/`that`/`which`, a finite `be`, maybe an
/// adverb, a past and an object pronoun: an active past with `be` left in (a passive takes no such object). The
/// index of the past.
fn be_before_active_past(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is_any(&["was", "is"]) || !a.at(i, -1).is_some_and(|s| s.is_any(&["it", "this", "that", "which"])) {
        return None;
    }
    let adverb =
        a.at(i, 1).is_some_and(|d| d.is_any(&["really", "deeply", "truly", "greatly", "completely", "so", "also"]));
    let k = 1 + usize::from(adverb);
    let v = a.at(i, k as isize)?;
    let o = a.at(i, k as isize + 1)?;
    (v.tags.any(Tags::VERB_PAST)
        && !v.tags.any(Tags::ADJ | Tags::NOUN | Tags::BE | Tags::HAVE)
        && !v.is_any(&["given", "shown", "told", "sent", "offered", "asked", "taught", "brought"])
        && o.is_any(&["me", "us", "him", "them"])
        && a.at(i, k as isize + 2).is_none_or(|x| !x.is("to")))
    .then_some(i + k)
}

/// `the circular which was came last week`, `she is went home`: a finite `be` right before an irregular simple
/// past that is never a participle nor any other word (`came`, `went`, `took`; not `was broke`, `is woke`,
/// adjectives too). The simple past.
fn simple_past_after_be(a: &Analysis, i: usize) -> Option<&Word> {
    let w = &a.words[i];
    if !w.is_any(&["was", "were", "is", "are", "am"]) {
        return None;
    }
    let v = a.at(i, 1).filter(|v| v.joined)?;
    let only_past = v.tags.any(Tags::VERB_PAST)
        && !v.tags.any(
            Tags::VERB_PART | Tags::VERB | Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::BE | Tags::DO | Tags::HAVE,
        )
        && !v.is_any(&["broke", "woke"])
        && !v.is_name_like();
    let irregular = lexicon().irregular(&v.lower).next().is_some_and(|iv| !iv.participle.contains(&v.lower.as_str()));
    (only_past && irregular).then_some(v)
}

/// `I have tried it last week`, `we've met two years ago`, `she has graduated in 2019`, `Yesterday I have met
/// your boss`: a subject pronoun,
/// `have`/`has` and a past participle, and in the same clause a finished time: `yesterday`, `ago`, `last`
/// and a time word (not `the last week`, a span up to now), or `in` and a past year. A finished time takes
/// the simple past. Not after `since`, `for`, `until` or `by` (`I have worked here since last year`), nor in a
/// question (`Have you seen it?`: no subject before `have`). The span from `have` to the participle and the
/// simple past to put there.
fn perfect_with_past_time(a: &Analysis, i: usize, this_year: i32) -> Option<(std::ops::Range<usize>, String)> {
    let w = &a.words[i];
    let contracted = w.is_any(&["i've", "we've", "they've", "you've"]);
    let after_subject =
        w.is_any(&["have", "has"]) && a.at(i, -1).is_some_and(|p| p.is_any(&["i", "we", "they", "you", "he", "she"]));
    if !contracted && !after_subject {
        return None;
    }
    // `I have only just seen it`: up to two adverbs between.
    let mut k = 1;
    while k <= 2 && a.at(i, k).is_some_and(|n| n.tags.only(Tags::ADV, Tags::ANY_VERB)) {
        k += 1;
    }
    let v = a.at(i, k)?;
    if !v.tags.any(Tags::VERB_PART) || v.is("been") && a.at(i, k + 1).is_some_and(|n| n.tags.any(Tags::VERB_ING)) {
        return None;
    }
    let j = i + k as usize;
    // `Yesterday I have met your boss`, `Last week we've seen…`, `Two days ago, I have sent…`: a finished time
    // opening the sentence before the subject.
    let subject = if contracted { i } else { i - 1 };
    if let Some(s) = (subject.saturating_sub(5)..subject).find(|&s| a.words[s].sentence_start) {
        let opening = &a.words[s..subject];
        let year = |y: &Word| {
            y.tags.any(Tags::DIGITS)
                && y.lower.len() == 4
                && y.lower.parse::<i32>().is_ok_and(|n| (1950..this_year).contains(&n))
        };
        let finished = match opening {
            [y] => y.is("yesterday"),
            [l, t] => l.is("last") && (t.tags.any(Tags::TIME) || is_day_or_month(t)) || l.is("in") && year(t),
            [n, t, ago] => {
                ago.is("ago")
                    && n.tags.any(Tags::DIGITS | Tags::NUM | Tags::QUANT | Tags::DET)
                    && (t.tags.any(Tags::TIME) || t.is_any(&["days", "weeks", "months", "years", "hours", "minutes"]))
            }
            _ => false,
        };
        if finished {
            return perfect_as_past(a, i, v, contracted);
        }
    }
    for m in 1..=10 {
        let x = a.at(j, m)?;
        // `for` opens a span of time (`for two years`, `for the past month`, `for a while`) but is also a
        // verb's preposition (`applied for the programme last week`): only the first stops the search.
        let duration = |k: isize| {
            let n = a.at(j, m + k);
            n.is_some_and(|n| {
                n.tags.any(Tags::DIGITS | Tags::NUM | Tags::TIME | Tags::QUANT)
                    || n.is_any(&["ages", "long", "ever", "years", "months", "weeks", "days", "decades", "hours"])
            })
        };
        let for_span = x.is("for")
            && (duration(1)
                || a.at(j, m + 1).is_some_and(|d| d.is_any(&["a", "the", "some", "several", "many", "these"]))
                    && (duration(2)
                        || a.at(j, m + 2).is_some_and(|n| {
                            n.is_any(&["while", "few", "couple", "past", "last", "long", "decade", "lifetime"])
                        })));
        if x.tags.any(Tags::CONJ | Tags::SUB | Tags::BE | Tags::HAVE | Tags::MODAL | Tags::DO)
            || for_span
            || x.is_any(&["since", "until", "till", "by", "every", "each", "over", "during", "within"])
        {
            return None;
        }
        let year = |y: &Word| {
            y.tags.any(Tags::DIGITS)
                && y.lower.len() == 4
                && y.lower.parse::<i32>().is_ok_and(|n| (1950..this_year).contains(&n))
        };
        let past_time = x.is("yesterday")
            || x.is("ago")
            || x.is("last")
                && !a.at(j, m - 1).is_some_and(|p| p.is_any(&["the", "this", "that", "these", "those"]))
                && a.at(j, m + 1).is_some_and(|n| n.tags.any(Tags::TIME) || is_day_or_month(n))
            || x.is("in") && a.at(j, m + 1).is_some_and(year)
            // `I have seen you there on Saturday`: a day named after a verb of meeting or seeing is one day
            // that is over (`I have booked it on Saturday`, an arrangement, is left alone).
            || x.is("on")
                && a.at(j, m + 1).is_some_and(|d| d.capitalized && is_day_or_month(d))
                && v.is_any(&["seen", "met", "spoken", "talked", "visited", "attended", "heard", "watched", "chatted"]);
        if past_time {
            return perfect_as_past(a, i, v, contracted);
        }
    }
    None
}

/// The span from `have` (word `i`, or `I've`) to the participle `v`, and the simple past to put there (`I've
/// seen` → `I saw`, `we have been` → `were`).
fn perfect_as_past(a: &Analysis, i: usize, v: &Word, contracted: bool) -> Option<(std::ops::Range<usize>, String)> {
    let w = &a.words[i];
    let base = verb_bases(&v.lower).into_iter().next()?;
    let who = if contracted { &w.lower[..w.lower.len() - 3] } else { a.words[i - 1].lower.as_str() };
    let past = simple_past_for(who, &base);
    let replacement = if contracted {
        let subject = if who == "i" { "I" } else { who };
        format!("{subject} {past}")
    } else {
        past
    };
    Some((w.span.start..v.span.end, replacement))
}

/// A weekday, a month or a season (`dictionaries/grammar/calendar-words.txt`).
pub(super) fn is_day_or_month(w: &Word) -> bool {
    static S: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        crate::rules::lexicon::rows(include_str!("../../../dictionaries/grammar/calendar-words.txt"))
            .map(|r| crate::rules::lexicon::col(&r, 0))
            .collect()
    })
    .contains(&w.lower.as_str())
}

/// A word that shows a sentence is about the past: a past year or a time word.
pub(super) fn past_evidence(a: &Analysis, i: usize, this_year: i32) -> bool {
    let start = (0..=i).rev().find(|&k| a.words[k].sentence_start).unwrap_or(0);
    let end = (i + 1..a.words.len()).find(|&k| a.words[k].sentence_start).unwrap_or(a.words.len());
    a.words[start..end].iter().any(|w| {
        w.is_any(&["previously", "formerly", "until", "ago", "former", "last", "prior"])
            || (w.tags.any(Tags::DIGITS)
                && w.lower.len() == 4
                && w.lower.parse::<i32>().is_ok_and(|y| (1950..this_year).contains(&y)))
    })
}

/// `I seen`, `we done`, `they gone`: a subject pronoun right before a past participle that is never a
/// simple past or a base form (`seen`, `done`, `gone`, `written`), with no `have` before the pronoun
/// (`Have you seen…`, `Had I known…`) and no verb that takes the pronoun as its object (`get you gone`).
/// The simple past to suggest.
fn participle_for_past(a: &Analysis, i: usize, text: &str) -> Option<String> {
    let w = &a.words[i];
    let subject = a.at(i, -1)?;
    if !subject.is_any(&["i", "we", "they", "you", "he", "she"])
        || !text[subject.span.end..w.span.start].chars().all(|c| c == ' ')
        || w.sentence_start
        || a.at(i, -2).is_some_and(|p| {
            p.tags.any(Tags::HAVE | Tags::MODAL | Tags::BE | Tags::DO)
                || p.is_any(&["get", "gets", "got", "getting", "let", "make", "makes", "made", "see", "saw"])
        })
    {
        return None;
    }
    if w.tags.any(Tags::NOUN | Tags::VERB | Tags::VERB_PAST) || w.is_name_like() {
        return None;
    }
    let mut verbs = lexicon().irregular(&w.lower).peekable();
    verbs.peek()?;
    let mut past = None;
    for v in verbs {
        if v.base == w.lower.as_str() || v.past.contains(&w.lower.as_str()) || !v.participle.contains(&w.lower.as_str())
        {
            return None;
        }
        past.get_or_insert(v.past[0].to_string());
    }
    past
}

fn noun_phrase_start(w: Option<&Word>) -> bool {
    w.is_some_and(|w| w.tags.any(Tags::DET | Tags::POSS | Tags::DIGITS | Tags::NOUN_PL | Tags::QUANT | Tags::NUM))
}

impl Rule for PastForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let text = cx.text();
        for (i, w) in a.words.iter().enumerate() {
            let after_subject = a.at(i, -1).is_some_and(|p| p.tags.any(Tags::PRON));
            if let Some((base, past)) = regularized_irregular(w, after_subject) {
                let after_have = a.at(i, -1).is_some_and(|p| p.tags.any(Tags::HAVE));
                let right = if after_have { participles(&base) } else { vec![past.clone()] };
                let message = format!("‘{}’: ‘{base}’ is irregular; its past is ‘{past}’", &text[w.span.clone()]);
                out.extend(finding(cx, &META, w.span.clone(), message, &right));
                continue;
            }
            if let Some((span, past)) = perfect_with_past_time(a, i, cx.options.today.year) {
                let message = format!(
                    "‘{}’ with a finished time (yesterday, last week, ago, in a past year) takes the simple past: ‘{past}’",
                    &text[span.clone()]
                );
                out.extend(finding(cx, &META, span, message, &[past]));
                continue;
            }
            if let Some(j) = be_before_active_past(a, i) {
                let span = w.span.start..a.words[j].span.end;
                let right = text[a.words[i + 1].span.start..a.words[j].span.end].to_string();
                let message =
                    format!("‘{}’: a past with an object takes no ‘{}’: ‘{right}’", &text[span.clone()], w.lower);
                out.extend(finding(cx, &META, span, message, &[right]));
                continue;
            }
            if let Some(v) = simple_past_after_be(a, i) {
                let span = w.span.start..v.span.end;
                let message = format!(
                    "‘{}’: a simple past takes no ‘{}’ before it: ‘{}’",
                    &text[span.clone()],
                    w.lower,
                    &text[v.span.clone()]
                );
                out.extend(finding(cx, &META, span, message, &[text[v.span.clone()].to_string()]));
                continue;
            }
            // `have`, `has`, `had`, and `I've`, `we've` (the contraction is always the perfect's `have`).
            if w.tags.any(Tags::HAVE) && !w.is_any(&["having"]) || w.is_any(&["i've", "we've", "you've", "they've"]) {
                // Skip one adverb or "not": "have already took", "had not deliver".
                let mut k = 1;
                if a.at(i, 1).is_some_and(|n| n.tags.only(Tags::ADV | Tags::NEG, Tags::ANY_VERB)) {
                    k = 2;
                }
                let Some(v) = a.at(i, k) else { continue };
                let j = i + k as usize;
                let after = a.at(j, 1);
                // `we had no lose of data`: a noun before `of` (`loss`, confusable-context), not a verb.
                if v.is_name_like() || v.is("lose") && after.is_some_and(|n| n.is("of")) {
                    continue;
                }
                let t = v.tags;
                let irregular_after_subject = a.at(i, -1).is_some_and(|p| p.is_any(&["i", "we", "they", "you"]))
                    && lexicon().irregular_base(&v.lower).is_some_and(|iv| !iv.participle.contains(&v.lower.as_str()));
                // `drove`, `spoke` are nouns too, but not after "have".
                let simple_past_only = t.any(Tags::VERB_PAST)
                    && !t.any(Tags::VERB_PART | Tags::ADJ)
                    && (!t.any(Tags::NOUN) || t.any(Tags::IRREGULAR));
                // A bare verb needs an object start after it: "have design experience" is a noun.
                let bare = t.any(Tags::VERB)
                    && !t.any(Tags::VERB_PART | Tags::FUNCTION | Tags::ADJ)
                    && !v.is("lead")
                    && after.is_some_and(|n| {
                        n.tags.any(Tags::DET | Tags::POSS | Tags::DIGITS | Tags::OBJ | Tags::QUANT | Tags::NUM)
                            && !n.is("that")
                            || !t.any(Tags::NOUN) && n.tags.only(Tags::ADJ, Tags::NOUN | Tags::ANY_VERB)
                            // `I have follow with great interest…`: a verb that is no noun, then a
                            // preposition (not `follow-up`, one word with its hyphen).
                            || !t.any(Tags::NOUN) && !v.compound_next && n.tags.any(Tags::PREP) && !n.is("to")
                            // `we have meet at…`: after a subject pronoun, an irregular verb whose
                            // participle differs (`meet`/`met`) is no noun without an article.
                            || irregular_after_subject && !v.compound_next && n.tags.any(Tags::PREP) && !n.is("to")
                    });
                let lead = v.is("lead") && noun_phrase_start(after) && !after.is_some_and(|n| n.is("poisoning"));
                if simple_past_only || bare || lead {
                    let bases = verb_bases(&v.lower);
                    let Some(base) = bases.first() else { continue };
                    let right = participles(base);
                    if right.iter().any(|r| v.lower == *r) {
                        continue;
                    }
                    let message = format!(
                        "after ‘{}’ the verb takes its past participle: ‘{}’",
                        &text[w.span.clone()],
                        right.join("’ or ‘")
                    );
                    out.extend(finding(cx, &META, v.span.clone(), message, &right));
                }
                continue;
            }
            if let Some(past) = present_with_past_time(a, i) {
                let message = format!(
                    "‘{}’ is the present tense; this sentence is about the past: ‘{past}’",
                    &text[w.span.clone()]
                );
                out.extend(finding(cx, &META, w.span.clone(), message, &[past]));
                continue;
            }
            if let Some(past) = participle_for_past(a, i, text) {
                // `I born in Cebu`: being born is said in the passive, `was born` (not the past of `bear`).
                if w.is("born") {
                    let be = match a.at(i, -1).map(|p| p.lower.as_str()) {
                        Some("we" | "they" | "you") => "were",
                        _ => "was",
                    };
                    let message = format!("‘born’ is said with ‘be’: ‘{be} born’");
                    out.extend(finding(cx, &META, w.span.clone(), message, &[format!("{be} born")]));
                    continue;
                }
                let message =
                    format!("‘{}’ needs ‘have’ before it; the simple past is ‘{past}’", &text[w.span.clone()]);
                let right = [past, format!("have {}", w.lower)];
                out.extend(finding(cx, &META, w.span.clone(), message, &right));
                continue;
            }
            if w.is("lead")
                && a.at(i, -1).is_some_and(|p| p.tags.any(Tags::PRON) && !p.tags.any(Tags::AGREE_3S))
                && noun_phrase_start(a.at(i, 1))
                && past_evidence(a, i, cx.options.today.year)
            {
                let message = "‘lead’ is the present tense; this sentence is about the past: ‘led’".to_string();
                out.extend(finding(cx, &META, w.span.clone(), message, &["led".to_string()]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "past-form";

    #[test]
    fn born_takes_be() {
        let d = crate::rules::testing::check_text(ID, "I born and raised in Cebu. We born in Lagos.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["was born", "were born"]);
        crate::rules::testing::assert_clean(ID, "I was born in Cebu; we were born in Lagos; she has borne it.");
    }

    #[test]
    fn present_perfect_after_a_finished_time_opening_the_sentence() {
        assert_flags(
            ID,
            "Yesterday I have met your boss. Two days ago, I have sent the file. Last week we've seen it.",
            3,
        );
        assert_clean(
            ID,
            "Since yesterday I have been ill. Yesterday I have been thinking about it. Last week has been busy.",
        );
        assert_clean(ID, "Yesterday I met your boss; two days ago I sent the file; this week I have seen it.");
    }

    #[test]
    fn present_perfect_with_a_finished_time() {
        assert_flags(ID, "I have tried it on my hives last week.", 1);
        assert_flags(ID, "I have applied for the graduate trainee programme at Gold Fields last week.", 1);
        assert_flags(ID, "We both volunteer at the food bank, I have seen you there on Saturday.", 1);
        assert_clean(ID, "I have booked it on Saturday; I have seen you there; I saw you on Saturday.");
        assert_clean(ID, "I have worked for the past year on it; I have lived there for two years, last year too.");
        assert_clean(
            ID,
            "I have waited for a while, since last week; I have asked for the few reports we got last week.",
        );
        assert_flags(ID, "We've met at the expo two years ago; she has graduated in 2019.", 2);
        assert_flags(ID, "I have seen your post yesterday.", 1);
        let d = check_text(ID, "I've went through your guide twice and we've took notes.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["gone", "taken"]);
        assert_clean(ID, "I've gone through your guide twice and we've taken notes; they've been great.");
        assert_clean(ID, "I have worked here since last year and have grown over the last month.");
        assert_clean(ID, "Have you seen it yesterday? I have lived in Leeds for 2 years; I have been busy.");
        assert_clean(ID, "I saw it last week; we have met before, and I met her in 2019.");
        assert_clean(ID, "I have been thinking about it since last week; I have read it during the last week.");
        let d = check_text(ID, "I've seen your talk two weeks ago.");
        assert_eq!(d[0].suggestions[0].replacement, "I saw");
    }

    #[test]
    fn be_before_a_past_with_an_object() {
        let d = check_text(ID, "I watched your performance and it was really moved me. This was helped us a lot.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["really moved", "helped"]);
        assert_clean(ID, "It was given me by a friend. It was moved to us. It was sent them. I was moved by it.");
    }

    #[test]
    fn simple_past_after_be() {
        let d = check_text(ID, "I saw the RBI circular which was came last week. She is went home.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["came", "went"]);
        assert_clean(ID, "I was broke in 2019; it was found; we were taken there; she was born; it was bit by a dog.");
    }

    #[test]
    fn present_tense_with_a_past_time() {
        assert_flags(ID, "We meet at the farmers market last Saturday.", 1);
        assert_flags(ID, "I visit your stand two weeks ago and loved it.", 1);
        assert_flags(ID, "Hi Luis, last month I attend your workshop. Yesterday we meet at the expo.", 2);
        assert_clean(
            ID,
            "Last month I attended your workshop. Yesterday, we met. At last we meet; the last time I visit.",
        );
        assert_flags(ID, "We both volunteer at the water station last September.", 1);
        // After a conjunction the time opens a clause of its own.
        assert_flags(ID, "I study logistics and last week I see your post.", 1);
        assert_clean(ID, "I study logistics and last week I saw your post; at last I see it.");
        // An adverb may stand between; `you` is a subject where it opens its clause.
        assert_flags(ID, "I really enjoy your post yesterday. You visit our booth last November.", 2);
        assert_flags(ID, "When you visit us last year, it was fun.", 1);
        assert_clean(ID, "I met you last week. Did you visit last week? I think we sat there last week.");
        assert_clean(ID, "Were you at the congress last week? I think we sat at the same table.");
        assert_flags(ID, "We sit next to each other at the RICS conference in London yesterday.", 1);
        let d = check_text(ID, "We meet at the expo last year.");
        assert_eq!(d[0].suggestions[0].replacement, "met");
        assert_clean(ID, "We meet every Saturday. Did we meet last year? I hope we meet, unlike last year.");
        assert_clean(ID, "We met last week. We meet at noon and talk about last year's plan.");
        assert_clean(ID, "I think you were the tail walker last Saturday. We feel good from hiking yesterday.");
    }

    #[test]
    fn flags_regularized_irregulars() {
        assert_flags(ID, "I teached English and runned the front desk.", 2);
        let d = check_text(ID, "I have writed 200 articles.");
        assert_eq!(d[0].suggestions[0].replacement, "written");
    }

    #[test]
    fn flags_wrong_forms_after_have() {
        assert_flags(ID, "I have wrote grant applications.", 1);
        assert_flags(ID, "We have began expanding.", 1);
        assert_flags(ID, "I had finish my degree by then.", 1);
        assert_flags(ID, "I have lead teams of up to 30.", 1);
        assert_flags(ID, "I have follow with great interest your talk.", 1);
        assert_flags(ID, "We have meet at the expo in Kochi.", 1);
        assert_clean(ID, "We have meetings at noon; they have fun at work.");
        assert_clean(ID, "I have follow-up questions; we have come to terms; they have work in Leeds.");
        let d = check_text(ID, "The firm has grew to 40 people.");
        assert_eq!(d[0].suggestions[0].replacement, "grown");
    }

    /// A participle after a subject pronoun with no `have`: `I seen` → saw or have seen.
    #[test]
    fn participle_without_have() {
        let d = check_text(ID, "I seen your post about the load calculations.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "saw");
        assert_eq!(d[0].suggestions[1].replacement, "have seen");
        assert_flags(ID, "We done the audit in March and they gone home.", 2);
        assert_clean(ID, "Have you seen the report? Had I known, I would have gone.");
        assert_clean(ID, "I saw your post; we did the audit and I have seen the results.");
        assert_clean(ID, "The plan we chose got you done on time; I run the shop.");
    }

    #[test]
    fn lead_needs_the_past_in_the_sentence() {
        assert_flags(ID, "Previously I lead sales for the Nordics.", 1);
        assert_clean(ID, "Today I lead sales for the Nordics.");
        assert_clean(ID, "In 2019 she became lead designer.");
    }

    #[test]
    fn accepts_right_forms() {
        assert_clean(ID, "I have led teams and had to work nights.");
        assert_clean(ID, "We have read the reports and have set targets.");
        assert_clean(ID, "I have design experience and have a plan.");
        assert_clean(ID, "Leaded fuel is banned; the speed limit.");
        assert_clean(ID, "Raised a seed round and seed the test database nightly.");
    }
}
