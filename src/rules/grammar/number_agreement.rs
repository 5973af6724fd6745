//! `number-agreement`: a singular noun after a number or a plural quantifier ("12 store",
//! "three month of training", "several workshop").

use foldhash::HashSet;
use std::sync::OnceLock;

use super::context::{agreement_nouns, finding, prose_analysis, word_list};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::text::word_class::{Tags, regular_forms};
use crate::text::{Analysis, Word};

pub struct NumberAgreement;

static META: RuleMeta = RuleMeta {
    id: "number-agreement",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A singular noun after a number, a plural after this or every (12 store, three month of training, for this positions, every projects), less or much before a plural (less defects, much people)",
    description: "What it does: finds a countable noun in the singular right after a number above one (`12`, \
`three`, `1,500`) or a plural quantifier (`several`, `many`, `multiple`), optionally with one adjective between, \
when the noun ends its phrase: `managed 12 store across the region`, `three month of training`; and after \
`a couple of` (`a couple of client`), `one of`, `many of`, `each of`, `both of`… and a determiner of a group (`one of my friend` → friends, `many of your \
article`; up to two describing words, and a relative clause may follow: `one of the most talented designer I \
know`, `one of the busiest port in Africa`; not collective nouns, `one of my team`). A measure joined by a hyphen \
to a number before a noun stays singular (`a three-days course` → three-day, `a ten-years-old firm`). A stage or a grade before a number is a label (`a band 5 \
nurse`, `at week 2`). A noun followed by \
another noun is a compound and is left alone (`a 12 store chain`, `3 month contract`), as are years, amounts \
with symbols (`$5M`, `10%`) and nouns that stay singular (`10 staff`, `5 million`, listed in \
`dictionaries/grammar/number-nouns.tsv`). After a preposition, `this`/`that` before a plural that ends its phrase \
is `these`/`those` (`refer me for this positions`); singular nouns in -s (`this series`) and modifiers (`this sales \
team`) are left alone. `less` right before a plural that heads its phrase is `fewer` (`less defects`, `less \
people`); not `no less`, `more or less`, plurals of time, money or distance (`less hours than planned`), singular \
nouns in -s (`less news`) or a plural modifying the next noun (`less sales tax`); `much` there is `many` \
(`much people`, `too much emails`; not `much thanks`). `This`/`That` opening a sentence before a plural and its verb \
(`This projects taught me` → These) and `these`/`those` before a singular that ends its phrase (`those workshop on` \
→ workshops; not `these kind of`); `a`/`an`, `every`, `each` or `another` before a plural take the \
singular (`a very competitive prices`, `I have a questions about`, `every projects need a budget`; with no \
adjective the plural must end its phrase: not `a sales team`, `Series A teams`, `a newcomers' group`, `every two weeks`, `each of the \
projects`).\n\
Why: a missing plural -s is a small slip a reader notices at once.\n\
Use instead: the plural (not applied automatically).",
    flags: &[
        "I managed 12 store across the region.",
        "Completed three month of training in Tokyo.",
        "Ran several workshop for parents.",
        "Cut rework and had less defects per batch.",
    ],
    accepts: &[
        "I managed 12 stores across the region.",
        "Ran a 12 store chain and signed a 3 month contract.",
        "Led 10 staff in 2019 and grew revenue 5 million.",
        "One store, 1 manager, and 2.5 FTE.",
        "Fewer defects, less waste, no less people than before.",
    ],
    default_enabled: true,
};

fn singular_after_number() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| word_list(include_str!("../../../dictionaries/grammar/number-nouns.tsv")))
}

/// A number above one, or a plural quantifier.
fn is_plural_count(w: &Word) -> bool {
    if w.tags.any(Tags::DIGITS) {
        let digits: String = w.lower.chars().filter(char::is_ascii_digit).collect();
        let year_like = digits.len() == 4 && !w.lower.contains(',');
        return !year_like && digits.parse::<u64>().is_ok_and(|n| n > 1);
    }
    w.tags.any(Tags::NUM) || w.is_any(&["several", "many", "multiple", "numerous", "various", "both"])
}

fn is_singular_countable(w: &Word) -> bool {
    let t = w.tags;
    t.any(Tags::PLURALIZABLE | Tags::TIME)
        && !t.any(
            Tags::NOUN_PL
                | Tags::PLURAL
                | Tags::FUNCTION
                | Tags::QUANT
                | Tags::VERB_PAST
                | Tags::VERB_ING
                | Tags::VERB_3SG
                | Tags::ADJ,
        )
        && !w.is_name_like()
        && !singular_after_number().contains(w.lower.as_str())
        // One letter after a number is a unit symbol (`3,000 m`, `5 g`) or a label, not a noun.
        && w.lower.chars().nth(1).is_some()
}

/// Nothing more in the phrase: no noun or adjective follows that would make a compound, nor the first part of a
/// hyphenated word (`5 farmer co-ops`).
fn phrase_ends(next: Option<&Word>) -> bool {
    next.is_none_or(|n| {
        let t = n.tags;
        if n.compound_next {
            return false;
        }
        (t.any(Tags::FUNCTION | Tags::ADV | Tags::QUANT)
            || t.only(Tags::ANY_VERB, Tags::NOUN | Tags::NOUN_PL | Tags::ADJ))
            && !n.is_name_like()
            && t.any(Tags::KNOWN)
    })
}

/// `with a very competitive prices`, `every projects`: `a`/`an` (or `every`/`each`), perhaps a degree adverb, one or two adjectives and a regular
/// plural that ends its phrase. Not quantities that take a plural (`a few`, `a great many`, `a good two hours`,
/// `a further 10 days`), nor nouns in -s that are singular (`a physics class`, `a news`). The plural's index
/// and its singular.
fn a_before_plural(text: &str, a: &Analysis, i: usize) -> Option<(usize, String)> {
    let w = &a.words[i];
    // `every projects`, `each employees`: `every` and `each` take a singular with or without adjectives.
    let every = w.is_any(&["every", "each", "another"]);
    if !(w.is_any(&["a", "an"]) || every) || w.all_caps {
        return None;
    }
    const NOT_HERE: &[&str] = &[
        "few",
        "great",
        "good",
        "lot",
        "couple",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "billion",
        "number",
        "further",
        "additional",
        "extra",
        "mere",
        "record",
        "total",
        "whopping",
        "full",
        "solid",
        "whole",
        "staggering",
        "handful",
        "series",
        "pair",
        "set",
        "range",
        "variety",
    ];
    let mut j = i + 1;
    if a.words.get(j).is_some_and(|d| d.is_any(&["very", "really", "so", "quite", "extremely", "highly", "most"])) {
        j += 1;
    }
    let adjective = |m: &Word| {
        m.tags.any(Tags::ADJ)
            && !m.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::QUANT | Tags::NUM | Tags::DIGITS)
            && !m.is_name_like()
            && !m.compound_next
            && !m.is_any(NOT_HERE)
    };
    // A hyphenated adjective counts as one: `cyanide-free`, `well-known`, `data-driven` (its last part an
    // adjective or a participle).
    let hyphenated = |k: usize| {
        a.words.get(k).is_some_and(|m| m.joined && m.compound_next && !m.is_name_like() && !m.tags.any(Tags::FUNCTION))
            && a.words.get(k + 1).is_some_and(|t| {
                t.tags.any(Tags::ADJ | Tags::VERB_PART)
                    && !t.tags.any(Tags::NOUN_PL | Tags::FUNCTION)
                    && !t.compound_next
            })
    };
    let first = j;
    let mut modifiers = 0;
    while modifiers < 2 {
        if a.at(i, (j - i) as isize).is_some_and(adjective) {
            j += 1;
        } else if hyphenated(j) {
            j += 2;
        } else {
            break;
        }
        modifiers += 1;
    }
    // `a questions about`: with no adjective the plural must be the whole phrase. Not a capital `A` inside a
    // sentence (a letter: `Series A teams`, `Grade A eggs`), a plural's possessive (`a newcomers' group`) nor
    // `a heads up`.
    if j == first
        && !every
        && (&text[w.span.clone()] == "A" && !w.sentence_start
            || a.words.get(j).is_some_and(|n| {
                text[n.span.end..].starts_with(['\'', '’']) || n.is("heads") && a.at(j, 1).is_some_and(|u| u.is("up"))
            }))
    {
        return None;
    }
    // (The part after a hyphen is not `joined` to the one before it: the noun is taken as written after it.)
    let n = a.words.get(j).filter(|n| n.joined)?;
    if n.is("others") {
        return None;
    }
    if !n.tags.any(Tags::NOUN_PL)
        || n.tags.any(Tags::FUNCTION | Tags::NOUN)
        || n.is_name_like()
        || n.compound_next
        || n.lower.ends_with("ics")
        || n.lower.ends_with("ss")
        || n.lower.ends_with("us")
        || agreement_nouns("singular-s").contains(n.lower.as_str())
        || !(phrase_ends(a.at(j, 1)) || every && verb_with_object(a, j + 1))
        || coordinated_after(a, j)
    {
        return None;
    }
    let one = super::possessive_apostrophe::singular(&n.lower)?;
    Some((j, one))
}

/// Word `k` is a verb that is also a noun (`need`, `gets`) with an object after it (`every projects need a
/// budget`): the phrase before it has ended.
fn verb_with_object(a: &Analysis, k: usize) -> bool {
    a.words.get(k).is_some_and(|v| v.joined && v.tags.any(Tags::VERB | Tags::VERB_3SG) && !v.is_name_like())
        && a.words.get(k + 1).is_some_and(|o| o.joined && o.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::DIGITS))
}

/// `a good price and terms`: a plural joined to another noun by `and` may be the second of two heads.
fn coordinated_after(a: &Analysis, j: usize) -> bool {
    a.at(j, -1).is_some_and(|p| p.is_any(&["and", "or"])) || a.at(j, 1).is_some_and(|n| n.is_any(&["and", "or"]))
}

fn check(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    // "ISO 9001 standard", "Windows 10 machine": a number after a name is an identifier. "EuroSys '23
    // paper", "the class of '09": a year cut to two digits.
    let short_year = text[..w.span.start].ends_with(['\'', '’']);
    // `a few question`: `few` counts, with or without `a`.
    // `a couple of client`: `a couple of` counts two or so.
    let couple_of = w.is("of")
        && a.at(i, -1).is_some_and(|c| c.is("couple"))
        && a.at(i, -2).is_some_and(|p| p.is_any(&["a", "another"]));
    let few = couple_of || w.is("few") && a.at(i, -1).is_some_and(|p| p.is_any(&["a", "very", "quite", "the"]));
    if !(is_plural_count(w) || few)
        || short_year
        || !few
            && a.at(i, -1).is_some_and(|p| {
                p.is_any(&["a", "an", "no", "number", "one", "the"]) || p.is_name_like() || p.tags.any(Tags::POSS)
            })
        || !couple_of && labelled(a, i)
    {
        return None;
    }
    let mut j = i + 1;
    if a.at(i, 1).is_some_and(|n| n.tags.only(Tags::ADJ, Tags::ANY_VERB))
        && a.at(i, 2).is_some_and(is_singular_countable)
    {
        j += 1;
    }
    let n = a.at(i, (j - i) as isize)?;
    // `both` before a verb is the subject's (`we both agree`).
    if w.is("both") && (n.tags.any(Tags::ANY_VERB) || !n.tags.any(Tags::NOUN)) {
        return None;
    }
    // `two internal Node.js apps`: a name the analysis leaves out (a product with a dot) goes on with the phrase.
    let unanalysed_next = a.at(j, 1).is_none()
        && text[n.span.end..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_alphanumeric));
    (is_singular_countable(n)
        && !n.compound_next
        && phrase_ends(a.at(j, 1))
        && !unanalysed_next
        && !coordinated(text, a, j))
    .then_some(j)
}

/// `one of my friend`, `many of your article on PCB design`, `each of the project`: a quantifier of a
/// group, `of`, a determiner of a definite group, then a countable singular that ends its phrase (maybe
/// after one adjective, `one of the best engineer`). Collective nouns are a group already (`one of my
/// team`), and uncountable nouns take `some of`/`most of`, which are not checked.
fn part_of_many(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    const PART: &[&str] = &["one", "many", "several", "few", "each", "both", "either", "neither"];
    const GROUP: &[&str] = &["the", "my", "your", "our", "his", "her", "their", "these", "those"];
    if !a.words[i].is_any(PART) || !a.at(i, 1)?.is("of") || !a.at(i, 2)?.is_any(GROUP) {
        return None;
    }
    // `one of` after `the` or a possessive is a noun phrase of its own (`the one of the pair`).
    if a.at(i, -1).is_some_and(|p| p.is_any(&["the", "this", "that", "every", "no"])) {
        return None;
    }
    // `the most practical one of the week`: after a describing word `one` stands for a noun already named.
    if a.words[i].is("one")
        && (a.at(i, -1).is_some_and(|p| {
            p.tags.any(Tags::ADJ | Tags::ADJ_SUP | Tags::ADJ_CMP) && !p.tags.any(Tags::FUNCTION)
                // (A word the lexicon knows with no class of its own is most often an adjective: `practical`.)
                || p.tags.any(Tags::KNOWN)
                    && !p.tags.any(
                        Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB | Tags::FUNCTION | Tags::PRON | Tags::DIGITS | Tags::NUM,
                    )
        })
        || a.at(i, -2).is_some_and(|q| q.is_any(&["most", "least", "more", "less", "very"])))
    {
        return None;
    }
    // Up to two describing words: adjectives, superlatives (`the busiest port`, `the most talented designer`).
    let mut j = i + 3;
    let describes = |w: &Word| {
        (w.tags.any(Tags::ADJ | Tags::ADJ_SUP | Tags::VERB_PART)
            && !w.tags.any(Tags::NOUN | Tags::FUNCTION | Tags::NOUN_PL))
            || w.is_any(&["best", "worst", "top", "most", "favourite", "favorite", "biggest", "greatest", "finest"])
    };
    while j < i + 5 && a.words.get(j).is_some_and(|w| w.joined && describes(w)) && a.words.get(j + 1).is_some() {
        j += 1;
    }
    let n = a.words.get(j)?;
    // A relative clause may follow the noun: `one of the best nurse I have worked with`, `… who`, `… that`.
    let relative = a.at(j, 1).is_some_and(|s| {
        s.joined
            && (s.is_any(&["who", "that", "which"])
                || s.is_any(&["i", "we", "you", "they"])
                    && a.at(j, 2).is_some_and(|v| {
                        v.tags.any(Tags::HAVE | Tags::BE | Tags::MODAL | Tags::VERB_PAST | Tags::VERB)
                            && !v.tags.any(Tags::NOUN_PL)
                    }))
    });
    (is_singular_countable(n)
        && n.tags.any(Tags::NOUN)
        && !agreement_nouns("collective").contains(n.lower.as_str())
        && !n.compound_next
        && !n.sentence_start
        && (phrase_ends(a.at(j, 1))
            || relative
            || a.at(j, 1).is_some_and(|v| v.tags.only(Tags::VERB_PAST, Tags::NOUN | Tags::ADJ)))
        && !coordinated(text, a, j))
    .then_some(j)
}

/// `a three-days course`, `a 5-years contract`, `a ten-years-old firm`: a number joined by a hyphen to a plural
/// unit makes a describing word before a noun, and the unit stays singular (`a three-day course`). The unit's
/// index and its singular.
fn plural_in_compound(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let n = &a.words[i];
    if !n.compound_next || !n.tags.any(Tags::NUM | Tags::DIGITS) {
        return None;
    }
    let u = a.words.get(i + 1)?;
    // `ten-years-old`: the unit, a hyphen, `old`.
    let old = u.compound_next && a.words.get(i + 2).is_some_and(|o| o.is("old"));
    if !agreement_nouns("measure").contains(u.lower.as_str()) || u.is_name_like() || u.compound_next && !old {
        return None;
    }
    // Before a noun, after an article or a possessive: the compound describes it.
    let det = a.at(i, -1).is_some_and(|d| d.tags.any(Tags::DET | Tags::POSS));
    let noun = a.words.get(i + if old { 3 } else { 2 })?;
    if !det || !noun.joined || !noun.tags.any(Tags::NOUN | Tags::NOUN_PL) || noun.tags.any(Tags::FUNCTION) {
        return None;
    }
    let single = match u.lower.as_str() {
        "people" | "persons" => "person".to_string(),
        "stories" => "storey".to_string(),
        s => s.strip_suffix('s')?.to_string(),
    };
    Some((i + 1, single))
}

/// `a band 5 nurse`, `the level 3 course`, `my year 6 class`: a noun and a number after a determiner of
/// one thing name a grade or a stage, not a count.
fn labelled(a: &Analysis, i: usize) -> bool {
    // `at week 2`, `in phase 3`, `wk 2`: a stage, a grade or a unit of time, with or without a determiner.
    const LABELS: &[&str] = &[
        "week",
        "wk",
        "day",
        "month",
        "year",
        "yr",
        "phase",
        "stage",
        "level",
        "step",
        "grade",
        "band",
        "round",
        "season",
        "episode",
        "chapter",
        "part",
        "section",
        "tier",
        "type",
        "class",
        "category",
        "version",
        "gen",
        "generation",
        "series",
        "route",
        "ward",
        "bay",
        "platform",
        "gate",
        "room",
        "lab",
        "cohort",
        "batch",
        "unit",
        "module",
        "lesson",
        "sprint",
        "release",
        "term",
        "semester",
        "quarter",
        "q",
        "h",
        "fy",
        "gen",
    ];
    // A label takes a number (`year 2`), not a quantifier (`Last year many farm…` counts farms).
    let quantifier = a.words[i].tags.any(Tags::QUANT)
        || a.words[i].is_any(&["many", "several", "few", "various", "numerous", "multiple"]);
    if a.at(i, -1).is_some_and(|n| n.is_any(LABELS)) && !quantifier {
        return true;
    }
    let one =
        |d: &Word| d.is_any(&["a", "an", "the", "this", "that", "each", "every", "any"]) || d.tags.any(Tags::POSS);
    a.at(i, -1)
        .is_some_and(|n| n.tags.any(Tags::NOUN) && !n.tags.any(Tags::FUNCTION | Tags::ADJ | Tags::NUM | Tags::DIGITS))
        && a.at(i, -2).is_some_and(one)
}

/// The noun at `j` is one of coordinated modifiers or items the count shares: `various government and
/// legislative duties` (`and`/`or`, then an adjective or a noun), `various glass, ceramics and textile`
/// (a comma, then a noun). A number or an article after them starts a new phrase (`three month and two
/// weeks`), which is still checked.
fn coordinated(text: &str, a: &Analysis, j: usize) -> bool {
    let content = |w: &Word| {
        w.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::PLURALIZABLE | Tags::ADJ)
            && !w.tags.any(Tags::FUNCTION | Tags::NUM | Tags::DIGITS)
    };
    if a.at(j, 1).is_some_and(|c| c.is_any(&["and", "or"])) {
        return a.at(j, 2).is_some_and(content);
    }
    match (a.words.get(j), a.words.get(j + 1)) {
        (Some(n), Some(next)) if !next.sentence_start => {
            text[n.span.end..next.span.start].trim() == "," && content(next)
        }
        _ => false,
    }
}

/// The plural of a noun (the regular -s/-es/-ies, and -os).
fn plural(noun: &str) -> String {
    if noun.ends_with('o') && !noun.ends_with("oo") {
        return format!("{noun}s");
    }
    regular_forms(noun).0
}

/// `for this positions`: after a preposition `this`/`that` begins a noun phrase, so a plural noun that
/// ends the phrase (the end of the clause or a preposition next) needs `these`/`those`. Nouns in -s that
/// are singular (`news`, `series`) and plurals used as modifiers (`this sales team`) are left alone.
fn singular_determiner(a: &Analysis, i: usize) -> Option<&'static str> {
    let w = &a.words[i];
    let right = match w.lower.as_str() {
        "this" => "these",
        "that" => "those",
        _ => return None,
    };
    let n = a.at(i, 1)?;
    // `This projects taught me a lot`: opening the sentence, a plural and then a past verb or a plural
    // `be`/`have` (the subject's verb; `This projects confidence` has the verb `projects`).
    if w.sentence_start
        && n.joined
        && n.tags.any(Tags::NOUN_PL)
        && !n.tags.any(Tags::NOUN | Tags::FUNCTION | Tags::TIME)
        && !n.compound_next
        && !agreement_nouns("singular-s").contains(n.lower.as_str())
        && a.at(i, 2).is_some_and(|v| {
            v.joined
                && (v.tags.only(Tags::VERB_PAST, Tags::NOUN | Tags::ADJ | Tags::NOUN_PL)
                    || v.is_any(&["were", "are", "have"]))
        })
    {
        return Some(right);
    }
    let p = a.at(i, -1)?;
    let ends = a.at(i + 1, 1).is_none_or(|x| x.tags.only(Tags::PREP, Tags::NOUN | Tags::NOUN_PL | Tags::ADJ));
    // After a preposition, or a verb that takes an object and no clause (`I also documented this camps in 2018`;
    // not `I think this works`, where `this` is a subject).
    const TAKES_CLAUSE: &[&str] = &[
        "think", "thought", "know", "knew", "believe", "believed", "hope", "hoped", "say", "said", "feel", "felt",
        "guess", "see", "saw", "mean", "meant", "show", "showed", "shows", "found", "find", "hear", "heard", "suppose",
        "noticed", "realised", "realized", "agree", "agreed", "doubt", "bet", "wish", "wonder", "is", "was",
    ];
    // (`this` only: `that` after a word that is a noun too is a relative pronoun, `a slot that suits`.)
    let object_verb = w.is("this")
        && p.tags.any(Tags::VERB | Tags::VERB_PAST)
        && !p.tags.any(Tags::FUNCTION | Tags::NOUN | Tags::NOUN_PL | Tags::VERB_3SG)
        && !p.is_any(TAKES_CLAUSE)
        && !p.is_name_like();
    ((p.tags.any(Tags::PREP) && !p.is_any(&["than", "so", "like", "except", "given", "now"]) || object_verb)
        && n.tags.any(Tags::NOUN_PL)
        && !n.tags.any(Tags::NOUN | Tags::FUNCTION | Tags::TIME)
        && !n.is_name_like()
        && !n.compound_next
        && !agreement_nouns("singular-s").contains(n.lower.as_str())
        && ends)
        .then_some(right)
}

/// `I enjoyed those workshop on crop insurance`, `these project`: `these`/`those` before a singular countable
/// noun that ends its phrase. Not `these kind of` (said widely), nouns the same in both numbers (`these
/// sheep`), nor a noun that modifies the next one (`those project teams`). The noun's index.
fn plural_determiner_singular(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is_any(&["these", "those"]) {
        return None;
    }
    let n = a.at(i, 1).filter(|n| n.joined)?;
    (is_singular_countable(n)
        && n.tags.any(Tags::NOUN)
        && !n.tags.any(Tags::TIME)
        && !n.is_any(&["kind", "type", "sort"])
        && !agreement_nouns("zero-plural").contains(n.lower.as_str())
        && !n.compound_next
        && phrase_ends(a.at(i + 1, 1)))
    .then_some(i + 1)
}

/// `less defects`, `less clients from abroad`, `less people`: `less` right before a plural count noun that
/// heads its phrase. Not `no less`, `more or less`, `much less`, `one less`; not a plural of time, money or
/// distance (`less hours than planned` is how amounts are spoken of); not a noun in -s that is singular or
/// uncountable (`less news`, `less logistics`), nor a plural that modifies the next noun (`less sales tax`).
fn less_before_plural(a: &Analysis, i: usize) -> bool {
    a.words[i].is("less") && amount_word_before_plural(a, i)
}

/// `much people`, `too much emails`: `much` right before a plural count noun that heads its phrase, as for
/// `less` (`much thanks` is an idiom).
fn much_before_plural(a: &Analysis, i: usize) -> bool {
    a.words[i].is("much") && !a.at(i, 1).is_some_and(|n| n.is("thanks")) && amount_word_before_plural(a, i)
}

/// Word `i` (`less` or `much`) before a plural count noun that heads its phrase.
fn amount_word_before_plural(a: &Analysis, i: usize) -> bool {
    const MEASURES: &[&str] = &[
        "hours",
        "days",
        "weeks",
        "months",
        "years",
        "minutes",
        "seconds",
        "dollars",
        "pounds",
        "euros",
        "miles",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "calories",
        "degrees",
        "points",
        "percent",
        "funds",
    ];
    // One describing word may stand between (`not much young people`): a plain adjective, not a comparative
    // (`much better results`) nor a participle (`much needed funds`).
    let adjective = a.at(i, 1).is_some_and(|m| {
        m.joined
            && m.tags.any(Tags::ADJ)
            && !m.tags.any(Tags::ADJ_CMP | Tags::ADJ_SUP | Tags::NOUN_PL | Tags::ANY_VERB | Tags::ADV)
            && !m.is_name_like()
    });
    let i_noun = i + 1 + usize::from(adjective);
    let Some(n) = a.words.get(i_noun) else { return false };
    if !n.joined || n.compound_next {
        return false;
    }
    if a.at(i, -1).is_some_and(|p| p.is_any(&["no", "or", "much", "one", "any", "even", "far", "still", "a"])) {
        return false;
    }
    let plural = (n.tags.any(Tags::NOUN_PL) && !n.tags.any(Tags::NOUN) || n.is("people"))
        && !n.tags.any(Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::VERB_ING | Tags::VERB_PAST | Tags::TIME)
        && !n.is_name_like()
        && !n.lower.ends_with("ss")
        && !n.lower.ends_with("ics")
        && !n.is_any(MEASURES)
        && !agreement_nouns("singular-s").contains(n.lower.as_str())
        && !agreement_nouns("modifier-s").contains(n.lower.as_str());
    // The plural heads its phrase: what follows is not a noun it modifies.
    plural
        && a.at(i_noun, 1).is_none_or(|m| {
            !m.joined || !m.tags.any(Tags::NOUN | Tags::NOUN_PL) || m.tags.any(Tags::FUNCTION | Tags::VERB_3SG)
        })
}

impl Rule for NumberAgreement {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for i in 0..a.words.len() {
            if let Some((j, right)) = plural_in_compound(a, i) {
                let w = &a.words[j];
                let message = format!(
                    "a measure joined by a hyphen before a noun stays singular: ‘{}-{right}’",
                    a.words[i].lower
                );
                out.extend(finding(cx, &META, w.span.clone(), message, &[right]));
                continue;
            }
            if less_before_plural(a, i) {
                let w = &a.words[i];
                let right = if w.capitalized { "Fewer" } else { "fewer" };
                let message = format!(
                    "‘{}’ is for amounts; before the plural ‘{}’, a number of things, the word is ‘fewer’",
                    &cx.text()[w.span.clone()],
                    a.words[i + 1].lower
                );
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
                continue;
            }
            // `many advice`, `many useful information`: `many` counts; before a noun English never counts
            // (`uncountable-nouns.txt`) that heads its phrase, `much`.
            if a.words[i].is("many")
                && let Some(k) = (1..=2).find(|&k| {
                    a.at(i, k).is_some_and(|n| {
                        n.joined && super::uncountable_article::is_uncountable(&n.lower) && !n.compound_next
                    })
                })
                && (1..k).all(|m| {
                    a.at(i, m).is_some_and(|d| d.tags.any(Tags::ADJ) && !d.tags.any(Tags::NOUN | Tags::FUNCTION))
                })
                && a.at(i, k + 1)
                    .is_none_or(|n| !n.joined || !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION))
            {
                let w = &a.words[i];
                let right = if w.capitalized { "Much" } else { "much" };
                let noun = &a.words[i + k as usize].lower;
                let message = format!("‘{noun}’ is not counted: ‘{right} {noun}’, not ‘many’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
                continue;
            }
            if much_before_plural(a, i) {
                let w = &a.words[i];
                let right = if w.capitalized { "Many" } else { "many" };
                // The plural, after a describing word if one stands between.
                let noun = if a.at(i, 1).is_some_and(|m| m.tags.any(Tags::ADJ) && !m.tags.any(Tags::NOUN_PL)) {
                    i + 2
                } else {
                    i + 1
                };
                let message = format!(
                    "‘{}’ is for amounts; before the plural ‘{}’, a number of things, the word is ‘many’",
                    &cx.text()[w.span.clone()],
                    a.words.get(noun).unwrap_or(&a.words[i + 1]).lower
                );
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
                continue;
            }
            if let Some(right) = singular_determiner(a, i) {
                let w = &a.words[i];
                let n = &a.words[i + 1];
                let message =
                    format!("‘{}’ before the plural ‘{}’ should be ‘{right}’", &cx.text()[w.span.clone()], n.lower);
                out.extend(finding(cx, &META, w.span.clone(), message, &[right.to_string()]));
                continue;
            }
            if let Some((j, one)) = a_before_plural(cx.text(), a, i) {
                let n = &a.words[j];
                let written = &cx.text()[a.words[i].span.start..n.span.end];
                let message = format!("‘{written}’: ‘{}’ takes a singular noun: ‘{one}’", a.words[i].lower);
                out.extend(finding(cx, &META, n.span.clone(), message, &[one]));
                continue;
            }
            if let Some(j) = part_of_many(cx.text(), a, i) {
                let n = &a.words[j];
                let right = plural(&n.lower);
                let message = format!(
                    "‘{}’ after ‘{} of’ should be plural: ‘{right}’",
                    &cx.text()[n.span.clone()],
                    a.words[i].lower
                );
                out.extend(finding(cx, &META, n.span.clone(), message, &[right]));
                continue;
            }
            // (`these`/`those` before a singular: the same finding as a number before one.)
            let Some(j) = plural_determiner_singular(a, i).or_else(|| check(cx.text(), a, i)) else { continue };
            let n = &a.words[j];
            let right = plural(&n.lower);
            let message = format!(
                "‘{}’ after ‘{}’ should probably be plural: ‘{right}’",
                &cx.text()[n.span.clone()],
                a.words[i].lower
            );
            out.extend(finding(cx, &META, n.span.clone(), message, &[right]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "number-agreement";

    #[test]
    fn one_of_with_modifiers_and_a_relative_clause() {
        let d = check_text(
            ID,
            "She is one of the most talented designer I know. Lagos is one of the busiest port in Africa.",
        );
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["designers", "ports"]);
        assert_flags(ID, "She is one of the best nurse I have worked with; one of our nurse who trained here.", 2);
        assert_clean(ID, "One of my team leads it; one of the best in the field; one of the best things I did.");
    }

    #[test]
    fn a_plural_measure_in_a_compound() {
        let d = check_text(ID, "I completed a three-days course. She runs a twenty-years-old restaurant.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["day", "year"]);
        assert_clean(ID, "A three-day course; the course lasted three days; it took two-three days; ten years-old.");
    }

    #[test]
    fn many_before_a_mass_noun_is_much() {
        assert_flags(ID, "I received many advice from engineers. We have many useful information.", 2);
        assert_clean(ID, "Many research projects; many thanks; much advice; many pieces of equipment.");
    }

    #[test]
    fn much_before_a_plural_is_many() {
        assert_flags(ID, "There are much people at the fair. I get too much emails.", 2);
        assert_clean(ID, "Much thanks for the help; how much money; we had much fun; there is much work left.");
        assert_flags(ID, "Here not much young people choose welding.", 1);
        assert_clean(ID, "We saw much better results and much bigger teams; not many young people.");
    }

    #[test]
    fn flags_singular_after_numbers() {
        assert_flags(ID, "Supervised 25 employee on two shifts.", 1);
        assert_flags(ID, "Taught five class a week.", 1);
        assert_flags(ID, "Opened four new location in 2021.", 1);
        let d = check_text(ID, "Built two warehouse from scratch.");
        assert_eq!(d[0].suggestions[0].replacement, "warehouses");
        // `both` counts two.
        assert_flags(ID, "We are both member of the Lagos Chamber of Commerce.", 1);
        assert_clean(ID, "We are both members; both research and teaching; both team members; we both agree.");
        // An agent noun in -er is countable though the dictionary lists it with `M` alone (`teach/Z` gives the
        // plural); before a hyphenated word it is a modifier.
        assert_flags(ID, "Many teacher in my school want to try it. We hired two driver.", 2);
        assert_clean(ID, "We are looking for 5 farmer co-ops and three manager-led teams.");
    }

    #[test]
    fn less_before_a_plural() {
        assert_flags(ID, "We had less defects on line 3 this month.", 1);
        assert_flags(ID, "Since the war I get less clients from abroad.", 1);
        assert_flags(ID, "We use less tractors and more fence wire. Less people came.", 2);
        let d = check_text(ID, "Less stoppages per shift.");
        assert_eq!(d[0].suggestions[0].replacement, "Fewer");
        assert!(!d[0].suggestions[0].safe);
        assert_clean(ID, "We had fewer defects, less waste and less time; no less people; one less thing.");
        assert_clean(ID, "It took less hours than planned and less news; less sales tax; more or less clients.");
        assert_clean(ID, "I worry less, sleep less. Less experienced staff need support.");
    }

    #[test]
    fn flags_a_singular_after_one_of_the_group() {
        assert_flags(ID, "One of my friend is there; I read many of your article on PCB design.", 2);
        assert_flags(ID, "One of my colleague moved to Lagos.", 1);
        assert_flags(ID, "She is one of the best engineer in Lagos.", 1);
        let d = check_text(ID, "Each of the project ran late.");
        assert_eq!(d[0].suggestions[0].replacement, "projects");
        assert_clean(ID, "One of my friends, one of my team and one of the best engineers in Lagos.");
        assert_clean(ID, "Some of the research, most of my time, many of the staff and one of your product managers.");
        assert_clean(ID, "Each of the Beatles; the one of the pair I liked; one of your data science posts.");
    }

    #[test]
    fn accepts_compounds_years_and_amounts() {
        assert_clean(ID, "Over 10 years; a 24 hour support line; 5 star reviews.");
        assert_clean(ID, "Since 2019 team growth; $5M budget; 10% margin.");
        assert_clean(ID, "Ranked number 2 worldwide; one of 3 finalists.");
        assert_clean(ID, "Met the ISO 9001 standard; many more to come; 3 month-long sprints.");
        assert_clean(ID, "Cooling shafts below 3,000 m; dosing 5 g per litre.");
        assert_clean(ID, "Your EuroSys '23 paper on causal consistency is central; the class of ’09 reunion.");
        // After a possessive a number names one thing (`your 156 app redesign`).
        assert_clean(ID, "We're studying your 156 app redesign.");
        // A grade or a stage after a determiner of one thing is a label, not a count.
        assert_clean(ID, "I'm a band 5 nurse; my year 6 class; the level 3 course.");
        assert_clean(ID, "Did the dip at wk 2 change your protocol? Did phase 3 trial data help?");
        assert_flags(ID, "I managed the 5 nurse on the ward.", 0);
        assert_flags(ID, "Our team trained 5 nurse on the ward.", 1);
    }

    /// A noun the count shares with what is coordinated after it; a new counted phrase is still checked.
    #[test]
    fn accepts_coordinated_modifiers_and_lists() {
        assert_clean(ID, "Advised on various government and legislative duties.");
        assert_clean(ID, "Decorated various glass, ceramics and textile objects.");
        assert_flags(ID, "Completed three month and two weeks of training.", 1);
        assert_flags(ID, "Managed 12 store, 3 warehouses and a depot.", 1);
    }

    /// After a preposition, `this`/`that` and a plural that ends its phrase.
    #[test]
    fn a_before_an_adjective_and_a_plural() {
        assert_flags(ID, "Every projects need a budget. Each employees gets a laptop. Every projects are late.", 3);
        assert_clean(
            ID,
            "We meet every two weeks; they each have a laptop; every sales team needs a plan; each of the projects.",
        );
        assert_flags(ID, "We sell spare parts with a very competitive prices.", 1);
        assert_flags(ID, "I've used it with a couple of client. It took a couple of week.", 2);
        assert_flags(ID, "This projects taught me a lot. I enjoyed those workshop on crop insurance.", 2);
        assert_clean(ID, "Your session was the most practical one of the week; a good one of the batch.");
        assert_flags(ID, "That reports were late. She wants another opportunities abroad.", 2);
        assert_clean(ID, "This projects confidence. These kind of jobs; those sheep; those project teams; these days.");
        assert_clean(ID, "Another two weeks; another 5 years; another few days; this sales team was great.");
        assert_clean(ID, "A couple of clients; the couple of the year; a couple of new hires; a couple of staff.");
        // With no adjective: the plural must end its phrase.
        assert_flags(ID, "I have a questions about how you recruited them. We sent an invoices.", 2);
        assert_clean(ID, "We back Series A teams; a newcomers' group; thanks for a heads up; choosing a chambers.");
        assert_clean(ID, "A sales team, a news item, a jobs fair, a means to an end; A questions list.");
        assert_clean(ID, "It covers 300 ha a day, weighs 5 lb and 10 oz, takes 2 gal and 3 min.");
        assert_flags(ID, "I also documented this camps in 2018.", 1);
        assert_clean(ID, "A visa that ends in May; grab any slot that suits; a project in our trust that tries it.");
        assert_clean(
            ID,
            "I think this works. I saw this helps a lot. We documented these camps; it proves this claims nothing.",
        );
        let d = check_text(ID, "Your experience with a cyanide-free reagents; a well-known brands.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["reagent", "brand"]);
        assert_clean(
            ID,
            "A cyanide-free reagent; a well-known brand; a two-week holidays break; a data-driven sales team.",
        );
        let d = check_text(ID, "We offer a competitive prices.");
        assert_eq!(d[0].suggestions[0].replacement, "price");
        assert_clean(ID, "A few weeks; a great many people; a good two hours; a further 10 days; a physics class.");
        assert_flags(ID, "Could I ask you a few question? Very few company do it.", 2);
        assert_clean(ID, "A few questions; very few companies; a few more; quite a few years; the few who came.");
        assert_clean(ID, "Worked on a few internal Node.js apps and two internal Vue.js tools.");
        assert_flags(ID, "Last year many farm in our area had this problem.", 1);
        assert_clean(ID, "In year 2 students pick a module; at week 3 patients improve.");
        assert_clean(
            ID,
            "A competitive price; a bad news day; a new sales team; a good price and terms; a wide range.",
        );
    }

    #[test]
    fn this_before_a_plural() {
        let d = check_text(ID, "Could you refer me for this positions? I asked about that roles in Pune.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["these", "those"]);
        assert_clean(ID, "For this sales team, in this series, on this news; in that people tend to stay.");
        assert_clean(ID, "This positions us well; for these positions; about this role; given that prices rose.");
    }
}
