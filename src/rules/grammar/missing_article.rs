//! `missing-article`: a job noun sought without an article ("looking for job", "applying for position
//! in…") or a person noun after "I am" ("I am PhD student at…"): the slip of a job seeker writing in a
//! second language.

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use foldhash::HashMap;
use std::sync::OnceLock;

use crate::rules::lexicon;
use crate::text::analysis::{Analysis, Word};
use crate::text::word_class::Tags;

pub struct MissingArticle;

static META: RuleMeta = RuleMeta {
    id: "missing-article",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A job noun sought without an article (looking for job), a person noun after I am (I am student), a sector or same without the, the similar",
    description: "What it does: finds a singular job noun (job, role, position, vacancy, opening, internship, \
placement, apprenticeship, opportunity) right after a verb of seeking (`looking for`, `searching for`, \
`applying for`, `hunting for`, `seeking`, `finding`, `securing`, `landing`) with no article or other \
determiner, where the noun ends the phrase (a preposition, a conjunction or punctuation follows): `I am \
looking for job in mechanical design`; and a countable noun the writer says they are, after `I am`, \
`I'm`, `I was`, `work as` or `become`, with up to two degree, year, person or other describing words before it (`student \
midwife`) and nothing after it in the phrase but `too` or `now`, punctuation or a participle that places the \
person (`based in`): `I am \
PhD student at IHE Delft` (`a PhD student`), `I was engineer in Pune`, `I am civil engineer`, `I work as electrician`, \
`I am also graduate of PMMA` (an adverb of addition or time may come first), `I am illustrator, based in Sevilla`, \
`I am structural engineer having 7 years`, `I am mechatronics engineer from Turkey`, `my first job as agronomist`; \
a singular countable noun after `thank you for`, `thanks for` or `grateful for` (`Thank you for invitation` → the \
invitation; not `thanks for help`, `for lunch`, `for coming`); a superlative after `be` before a singular \
countable noun (`Safety is most important part of my job`, `It was best decision I ever made` → the; not `best \
practice`, `most fun`); a \
practitioner in -ist of eight letters or more counts as a person noun (`periodontist`, `oenologist`; not `checklist`); and `sector`, `field` or `domain` after \
a preposition and its modifiers with no determiner (`in renewable energy sector` → the renewable energy sector); and `same` before a noun right after a verb or a \
preposition (`we are doing same trial` → the same trial); and `the similar` before a noun after a verb, with no `to`, \
`as`, `of` or relative clause after it (`we are doing the similar migration` → a similar migration; before a plural, \
similar); and `few` where `a few` is meant: before a plural unit of \
time and `ago`, after `in`/`for`/`after`/`within` before one, after `ask` before `questions` (`we met few weeks ago`, \
`in few days`, `ask you few questions`; not `the last few days`, `very few`); `he is`/`she is` and a described \
person (`He is very good person`). And a noun people count with no determiner, ending its phrase, after `it is` \
and a describing word (`It is very nice idea`) or after a subject pronoun's verb, maybe with an object pronoun and \
describing words (`You gave great answer to my question`, `I have question about…`, `Please give me job`, `it helped \
me to solve problem with…`): a noun is counted when its plural is written at least about two thirds as often as \
it is (the bundled word counts: `job`, `idea`, `answer`, `problem`; not `experience`, `help`, `part`, `insight`, \
used as masses or in idioms), and not after verbs that take a function or a name (`I run product`, `they named \
him captain`), nor a place or an activity used bare (`I have class`, `she left school`), nor a résumé's bullet \
with no subject (`Led the team to build new product`). The other way round, an industry takes no `the` after \
`work in`, `years in`, `experience in` when the sentence ends or a preposition follows (`I work in the logistics at \
a port` → in logistics; not `in the hospitality industry`, `in the construction of`, a list). Titles of one post (`I am head of \
sales`, `I was lead engineer on…`), which English may write without an article, are not on that list. A job noun that modifies another noun (`looking for job \
opportunities`) or a plural (`looking for roles`) is left alone; so is `work`, which needs no article.\n\
Why: the countable noun needs `a` or `the`; without it the sentence reads as a slip.\n\
Use instead: `a job`, `a role`, `the position`; not applied automatically.",
    flags: &[
        "I am looking for job in mechanical design.",
        "Currently seeking position as a nurse.",
        "I am PhD student at IHE Delft.",
        "I am expanding my network in renewable energy sector.",
    ],
    accepts: &[
        "I am looking for a job in mechanical design.",
        "Looking for job opportunities and roles in design; seeking work in Leeds.",
        "Ten years in the energy sector; I work in field sales.",
    ],
    default_enabled: true,
};

/// The word lists of `dictionaries/grammar/article-nouns.tsv`, each word with the article it takes.
#[derive(Default)]
struct Lists {
    sought: HashMap<&'static str, &'static str>,
    seek_for: HashMap<&'static str, &'static str>,
    seek: HashMap<&'static str, &'static str>,
    person: HashMap<&'static str, &'static str>,
    modifier: HashMap<&'static str, &'static str>,
    post: HashMap<&'static str, &'static str>,
    org: HashMap<&'static str, &'static str>,
    workplace: HashMap<&'static str, &'static str>,
}

/// Nouns whose commonest sense is a kind of person: `dictionaries/grammar/person-nouns-wordnet.txt`.
pub(super) fn wordnet_person(w: &str) -> bool {
    static S: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/person-nouns-wordnet.txt")))
        .contains(w)
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lists::default();
        for r in lexicon::rows(include_str!("../../../dictionaries/grammar/article-nouns.tsv")) {
            let list = match lexicon::col(&r, 1) {
                "sought" => &mut l.sought,
                "seek-for" => &mut l.seek_for,
                "seek" => &mut l.seek,
                "person" => &mut l.person,
                "modifier" => &mut l.modifier,
                "post" => &mut l.post,
                "org" => &mut l.org,
                "workplace" => &mut l.workplace,
                _ => continue,
            };
            list.insert(lexicon::col(&r, 0), lexicon::col(&r, 2));
        }
        l
    })
}

fn is(w: &Word, list: &HashMap<&'static str, &'static str>) -> bool {
    list.contains_key(w.lower.as_str())
}

/// A practitioner in -ist that no word list gives (`intensivist`, `oenologist`, `periodontist`): a word of eight
/// letters or more in -ist, a noun or not in the lexicon at all, never a verb or adjective; not a list
/// (`checklist`, `playlist`: a word of four letters or more before `list`).
fn specialist(w: &Word) -> bool {
    let t = w.tags;
    let lower = w.lower.as_str();
    lower.len() >= 8
        && lower.ends_with("ist")
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && (t.any(Tags::NOUN) || !t.any(Tags::KNOWN))
        && !t.any(Tags::ANY_VERB | Tags::ADJ | Tags::FUNCTION | Tags::NOUN_PL)
        && lower
            .strip_suffix("list")
            .is_none_or(|stem| stem.len() < 4 || !crate::text::word_class::lexicon().tags(stem).any(Tags::KNOWN))
}

/// Nothing after word `i` in the sentence, or a function word that is not a noun: the noun ends its
/// phrase.
fn ends_phrase(a: &Analysis, i: usize) -> bool {
    a.at(i, 1)
        .is_none_or(|n| n.tags.any(Tags::PREP | Tags::CONJ | Tags::SUB) && !n.tags.any(Tags::NOUN | Tags::NOUN_PL))
}

/// `I am student at…`, `I'm PhD student in…`, `I was final year student`: where the writer's `am`,
/// `was` or `I'm` starts, and the first word of the noun phrase after it (the person noun, or up to
/// two modifiers before it), if the phrase has no article.
fn person_without_article(a: &Analysis, i: usize) -> Option<(usize, usize)> {
    let w = &a.words[i];
    let l = lists();
    // The phrase ends, or an adverb of addition or time closes it first (`I'm translator too`).
    // So does punctuation, or a participle that places the person (`I am illustrator, based in Sevilla`).
    let ends = ends_phrase(a, i)
        || a.at(i, 1).is_some_and(|n| n.is_any(&["too", "now", "myself", "here"]) && ends_phrase(a, i + 1))
        || a.at(i, 1).is_some_and(|n| {
            !n.joined
                || n.is_any(&["based", "located", "working", "living", "specialising", "specializing"])
                    && a.at(i, 2).is_some_and(|p| p.tags.any(Tags::PREP))
                // `I am structural engineer having 7 years of…`, `I am freelance accountant offering…`: a participle
                // that says what the person has or does.
                || n.is_any(&["having", "offering", "seeking", "looking", "specialized", "specialised"])
                    && a.at(i, 2).is_some_and(|x| x.joined)
        });
    // A listed person noun, or one WordNet knows first as a kind of person (`importer`, `midwife`) that is not
    // the title of one post (`head`, `captain`) and is not plural.
    let org = is(w, &l.org);
    let person = is(w, &l.person)
        || org
        || (wordnet_person(&w.lower) || specialist(w))
            && !is(w, &l.post)
            // Not a participle that WordNet also lists for the people it names (`I was chosen`, `the elect`).
            && !w.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::VERB_PART);
    if !person || w.compound_next || w.is_name_like() || !ends {
        return None;
    }
    // A listed degree or year, or an adjective in lower case (`civil`, `experienced`): what describes the
    // person, not a title of one post.
    let modifier = |m: &Word| {
        is(m, &l.modifier)
            // A person noun before the person noun (`student midwife`, `trainee teacher`).
            || is(m, &l.person) && !m.compound_next && !m.is_name_like()
            // An acronym of a field (`HSE officer`, `QA engineer`), not the sentence's first word.
            || m.all_caps && !m.sentence_start && !m.compound_next && m.lower.len() <= 5 && !w.capitalized
            // A field in -ics or another singular in -s (`mechatronics engineer`, `logistics coordinator`).
            || !m.is_name_like()
                && !m.compound_next
                && (m.tags.any(Tags::NOUN_PL) && super::context::agreement_nouns("singular-s").contains(m.lower.as_str())
                    || m.lower.len() > 6 && m.lower.ends_with("ics") && !m.tags.any(Tags::FUNCTION))
            // An adjective, or a noun in lower case that says what kind (`software engineer`, `truck driver`).
            || m.tags.any(Tags::ADJ | Tags::VERB_PART | Tags::NOUN)
                && !m.tags.any(
                    Tags::FUNCTION | Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM | Tags::DIGITS | Tags::NOUN_PL,
                )
                // A name or an acronym says what kind too, before a person noun in lower case (`junior Java
                // developer`, `HSE officer`).
                && (!m.is_name_like()
                    || !m.sentence_start
                        && !w.capitalized
                        && (m.all_caps || m.capitalized)
                        && !m.lower.ends_with("'s")
                        && !m.lower.ends_with("’s"))
                && !m.compound_next
                && !m.is_any(&[
                    "head", "chief", "lead", "principal", "sole", "only", "same", "former", "become", "another", "such",
                    "other", "own", "now", "also", "still", "currently",
                ])
    };
    let mut first = i;
    while first + 3 > i && a.at(first, -1).is_some_and(modifier) {
        first -= 1;
    }
    // Two describing words joined by `and` (`I am hard working and honest person`).
    if first < i
        && a.at(first, -1).is_some_and(|c| c.is("and"))
        && a.at(first, -2).is_some_and(|m| {
            (modifier(m) || m.tags.any(Tags::VERB_ING)) && m.tags.any(Tags::ADJ | Tags::VERB_ING | Tags::VERB_PART)
        })
    {
        first -= 2;
        if a.at(first, -1).is_some_and(|m| modifier(m) && m.tags.any(Tags::ADJ)) {
            first -= 1;
        }
    }
    // `I am …`, `I'm …`, `I was …`, or `as` after a verb of working (`I work as electrician`).
    const WORK: &[&str] = &["work", "works", "worked", "working", "employed", "serve", "served", "serving", "hired"];
    // An adverb of addition or time may come first (`I am also graduate of PMMA`, `I am now oenologist`).
    let adverb = a.at(first, -1).is_some_and(|d| d.is_any(&["also", "now", "currently", "still"]))
        && a.at(first, -2).is_some_and(|v| v.is_any(&["am", "was", "i'm"]));
    let first_of_verb = if adverb { first - 1 } else { first };
    let verb = a.at(first_of_verb, -1).filter(|v| {
        let first = first_of_verb;
        v.is_any(&["am", "was"]) && a.at(first, -2).is_some_and(|p| p.is("i"))
            // `He is very good person`, `she is hard worker`: a describing word first.
            || first < i
                && v.is_any(&["is", "was"])
                && a.at(first, -2).is_some_and(|p| p.is_any(&["he", "she"]) && (p.sentence_start || !p.joined || a.at(first, -3).is_some_and(|c| c.is_any(&["and", "but", "because"]))))
            || v.is("i'm")
            || v.is("as") && a.at(first, -2).is_some_and(|p| p.is_any(WORK))
            // `I am working in Intel Oregon as process engineer`: the verb of working a place phrase before.
            || v.is("as")
                && v.joined
                && (3..=6).map_while(|k| a.at(first, -k)).scan(true, |go, x| {
                    let seen = *go;
                    *go = seen && x.joined;
                    seen.then_some(x)
                }).any(|x| x.is_any(&["working", "worked", "work"]))
            // `my first job as agronomist`, `a position as nurse`: a post held as that person.
            || v.is("as")
                && a.at(first, -2).is_some_and(|p| p.is_any(&["job", "position", "post", "career", "internship", "placement"]))
            // `to become nurse`, `I became engineer in 2019`.
            || v.is_any(&["become", "becoming", "became"])
            // `we are recruitment agency in Manila`: a firm names itself in the singular.
            || org && (v.is("we're") || v.is_any(&["are", "were"]) && a.at(first, -2).is_some_and(|p| p.is("we")))
    })?;
    Some((verb.span.start, first))
}

/// `in renewable energy sector`, `in medical field`: a preposition, one to three modifiers in lower case (or
/// an acronym) and `sector`, `field` or `domain` ending the phrase, with no determiner: the word of the
/// modifiers and the noun's.
fn field_without_article(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is_any(&["sector", "field", "domain"]) || w.compound_next || !ends_phrase(a, i) {
        return None;
    }
    let modifier = |m: &Word| {
        m.all_caps && m.lower.chars().count() >= 2
            || !m
                .tags
                .any(Tags::FUNCTION | Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM | Tags::DIGITS | Tags::PREP)
                && (m.tags.any(Tags::NOUN | Tags::ADJ | Tags::VERB_ING) || !m.tags.any(Tags::KNOWN))
                && !m.is_name_like()
    };
    let mut first = i;
    while i - first < 3 && a.at(first, -1).is_some_and(modifier) {
        first -= 1;
    }
    (first < i
        && a.at(first, -1).is_some_and(|p| p.is_any(&["in", "into", "within", "of", "from", "across", "to", "for"])))
    .then_some(first)
}

fn the_places() -> &'static HashMap<&'static str, &'static str> {
    static M: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        lexicon::rows(include_str!("../../../dictionaries/grammar/the-places.tsv"))
            .map(|r| (lexicon::col(&r, 0), lexicon::col(&r, 1)))
            .collect()
    })
}

/// `in Europe and Middle East`, `the farmers in Mekong Delta`, `based in UK`: after a preposition (or `and` after
/// a name), with no determiner, a place name that English writes with `the` (`dictionaries/grammar/the-places.tsv`):
/// a listed name, or capitalised words ending in a listed head (`Black Sea`), that ends its phrase. The first and
/// last word of the name.
fn place_without_the(a: &Analysis, i: usize) -> Option<(usize, usize)> {
    let w = &a.words[i];
    if !(w.capitalized || w.all_caps) || w.sentence_start || !w.joined {
        return None;
    }
    let before = a.at(i, -1)?;
    let opens = before.tags.any(Tags::PREP) && !before.tags.any(Tags::DET) && !before.is_any(&["than", "like", "as"])
        || before.is("and") && a.at(i, -2).is_some_and(|n| n.capitalized && !n.sentence_start);
    if !opens {
        return None;
    }
    // `WORK WITH US`: a line in capitals is shouting, and `US` there is `us`.
    if before.all_caps {
        return None;
    }
    let places = the_places();
    // The name's words: up to three capitalised words (or an acronym).
    let mut end = i;
    while end < i + 2 && a.at(end, 1).is_some_and(|n| n.joined && (n.capitalized || n.all_caps) && !n.compound_next) {
        end += 1;
    }
    let words: Vec<&str> = (i..=end).map(|k| a.words[k].lower.as_str()).collect();
    // The listed name may be the whole run or its start (`Middle East region` is no name of its own).
    let found = (i..=end).rev().find(|&e| {
        let name = words[..=e - i].join(" ");
        places.get(name.as_str()) == Some(&"name")
            || e > i
                && places.get(words[e - i]) == Some(&"head")
                && !matches!(words[0], "lake" | "mount" | "cape" | "port" | "silicon")
    })?;
    // It ends its phrase: no noun after it (`from Black Sea ports`, `the Gulf Construction Expo`).
    // (A word after it that is no function word, adverb or verb is a noun it modifies: `EU e-commerce`.)
    let ends = |n: &Word| {
        !n.joined
            || n.tags.any(Tags::FUNCTION | Tags::ADV | Tags::TIME)
            || n.tags.any(Tags::ANY_VERB | Tags::BE | Tags::HAVE | Tags::MODAL)
                && !n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
    };
    if a.at(found, 1).is_some_and(|n| !ends(n)) || a.words[found].compound_next {
        return None;
    }
    Some((i, found))
}

/// One-word country names English writes with no article: `dictionaries/grammar/countries.txt`.
pub(super) fn countries() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/countries.txt")))
}

/// `I moved to the Canada`, `we export to the Germany and the France`: `the` before a one-word country name that
/// takes none (`dictionaries/grammar/countries.txt`, [`countries`]), ending its phrase (not `the Canada Revenue Agency`, `the
/// Germany office`, `the Ghana of the 1960s`, `the India we know`). The index of the name.
fn the_before_country(a: &Analysis, i: usize) -> Option<usize> {
    let set = countries();
    let w = &a.words[i];
    let n = a.at(i, 1)?;
    if !w.is("the") || !n.joined || !n.capitalized || n.all_caps || n.compound_next || !set.contains(n.lower.as_str()) {
        return None;
    }
    let ends = a.at(i, 2).is_none_or(|m| {
        !m.joined
            // A preposition or a conjunction (not `of`, nor a pronoun opening a clause about it: `the India we
            // know`).
            || m.tags.any(Tags::PREP | Tags::CONJ) && !m.tags.any(Tags::PRON | Tags::DET) && !m.is("of")
            || m.tags.any(Tags::ANY_VERB | Tags::BE | Tags::HAVE | Tags::MODAL)
                && !m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ)
                && !m.capitalized
    });
    ends.then_some(i + 1)
}

/// Nouns that name a numbered part or place and take no article before their number (`chapter 5`, `gate 12`).
const NUMBERED: &[&str] = &[
    "chapter",
    "section",
    "page",
    "room",
    "gate",
    "platform",
    "version",
    "step",
    "level",
    "grade",
    "table",
    "figure",
    "appendix",
    "article",
    "clause",
    "paragraph",
    "unit",
    "module",
    "lesson",
    "phase",
    "stage",
    "part",
    "item",
    "line",
    "row",
    "column",
    "floor",
    "terminal",
    "hall",
    "bay",
    "lane",
    "exercise",
    "question",
    "slide",
    "annex",
    "ward",
    "bed",
];

/// `the changes in the chapter 5`, `at the gate 12`: `the` before a noun of [`NUMBERED`] and its number that end
/// the phrase (not `the chapter 5 exercises`, `the version 9 update`, `the chapters 5 and 6`).
/// The index of the number.
fn the_before_numbered(text: &str, a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    let n = a.at(i, 1)?;
    let num = a.at(i, 2)?;
    // (A capitalised label inside a sentence is a name: `the Level 2 coaching course`.)
    if !w.is("the")
        || !n.joined
        || !n.is_any(NUMBERED)
        || n.compound_next
        || n.is_name_like()
        || !num.joined
        || num.compound_next
    {
        return None;
    }
    if !num.lower.chars().all(|c| c.is_ascii_digit()) || num.lower.len() > 3 {
        return None;
    }
    // The phrase ends: no noun or adjective after the number (`the chapter 5 exercises`), no `and`/`to`/`-` joining
    // it to another number (`the chapters 5 and 6`, `the pages 4 to 7`).
    let next = a.words.get(i + 3);
    let ends = next.is_none_or(|m| {
        !m.joined
            || m.tags
                .any(Tags::PREP | Tags::SUB | Tags::VERB_3SG | Tags::VERB_PAST | Tags::BE | Tags::MODAL | Tags::HAVE)
                && !m.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::VERB_ING)
                && !m.is("to")
    });
    let after = &text[num.span.end..];
    let joined_on = after.starts_with(['-', '/'])
        || after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    (ends && !joined_on).then_some(i + 2)
}

/// `we are doing the similar migration`, `we run the similar experiments with…`: after a verb, `the similar` and a
/// noun that no phrase of comparison or definition follows (`the similar cases of`, `the similar results that…`,
/// `similar to`) is `a similar` (or, before a plural, `similar`). The replacement of `the similar NOUN`.
fn the_similar(a: &Analysis, i: usize) -> Option<String> {
    let (w, s, n) = (&a.words[i], a.at(i, 1)?, a.at(i, 2)?);
    if !w.is("the")
        || !s.is("similar")
        || !s.joined
        || !n.joined
        || n.compound_next
        || n.is_name_like()
        || n.is_any(&["one", "ones"])
    {
        return None;
    }
    let verb = w.joined
        && a.at(i, -1).is_some_and(|v| {
            v.tags.any(Tags::ANY_VERB)
                && !v.tags.any(Tags::FUNCTION)
                && (v.tags.any(Tags::VERB_ING | Tags::VERB_PAST) || !v.tags.any(Tags::NOUN | Tags::NOUN_PL))
        });
    let plural = n.tags.any(Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION);
    let singular = n.tags.any(Tags::NOUN) && !n.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::ADJ);
    let defined =
        a.at(i, 3).is_some_and(|m| m.joined && m.is_any(&["to", "as", "of", "that", "which", "who", "we", "you", "i"]));
    if !verb || defined || !(plural || singular) {
        return None;
    }
    let noun = &n.lower;
    Some(if plural { format!("similar {noun}") } else { format!("a similar {noun}") })
}

/// `we are doing same trial`, `in same team`: `same` before a noun, right after a verb or a preposition,
/// needs `the` (`the same trial`); not a compound (`same-day`), nor at the start (`Same here`).
fn same_without_the(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if !w.is("same") || w.compound_next || w.is_name_like() {
        return false;
    }
    let Some(p) = a.at(i, -1) else { return false };
    let before = p.tags.any(Tags::PREP | Tags::BE)
        || !p.tags.any(Tags::FUNCTION | Tags::ADJ)
            && (p.tags.any(Tags::VERB_ING | Tags::VERB_PAST)
                || p.tags.only(Tags::VERB | Tags::VERB_3SG, Tags::NOUN | Tags::NOUN_PL)
                // A verb that is a noun too after its subject pronoun (`We use same supplier`).
                || p.tags.any(Tags::VERB | Tags::VERB_3SG)
                    && a.at(i, -2).is_some_and(|s| s.is_any(&["i", "we", "they", "you", "he", "she"])));
    let determiner = p.tags.any(Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM) || p.is_any(&["very", "much", "all"]);
    let Some(n) = a.at(i, 1) else { return false };
    let noun = n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION | Tags::ADJ) && !n.is_name_like();
    before && !determiner && noun
}

/// `Safety is most important part of my job`, `It was best decision I ever made`: after `be`, a superlative
/// (`most`/`least` and a describing word, or a word in -est, `best`, `worst`) and a singular countable noun that
/// ends its phrase or goes on with `of`, `I`, `we`, `ever`, `in`: `the`. Not mass nouns (`it is best practice`,
/// `most fun`). The index of the superlative's first word.
fn superlative_without_the(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    a.at(i, -1).filter(|b| b.tags.any(Tags::BE) || b.is_any(&["it's", "that's", "it’s", "that’s"]))?;
    let (adj_end, n) = if w.is_any(&["most", "least"]) {
        a.at(i, 1).filter(|j| j.joined && j.tags.any(Tags::ADJ) && !j.tags.any(Tags::FUNCTION))?;
        (i + 1, a.at(i, 2)?)
    } else if w.tags.any(Tags::ADJ_SUP) || w.is_any(&["best", "worst"]) {
        (i, a.at(i, 1)?)
    } else {
        return None;
    };
    let ok = w.joined
        && n.joined
        && n.tags.any(Tags::NOUN)
        && n.tags.any(Tags::PLURALIZABLE)
        && !n.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::ADJ | Tags::TIME)
        && !n.is_name_like()
        && !n.compound_next
        && !crate::rules::grammar::uncountable_article::is_uncountable(&n.lower)
        && !n.is_any(&["practice", "value", "use", "fun", "quality"])
        && a.at(adj_end, 2)
            .is_none_or(|x| !x.joined || x.is_any(&["of", "i", "we", "you", "ever", "in", "for", "that", "to"]));
    ok.then_some(i)
}

/// Nouns English uses without an article as a place or an activity (`have class`, `finished school`, `left
/// home`), which the counted-noun frames below leave alone: `dictionaries/grammar/bare-places.txt`.
fn bare_places() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/bare-places.txt")))
}

/// A singular noun (the caller checks its classes) people count: its plural is written at least about two thirds as often as it is (the
/// bundled word counts: `job`/`jobs`, `idea`/`ideas`, `answer`/`answers`; not `experience`, `help`, `part`,
/// `insight`, which are used as masses or in idioms), itself common, and no place or activity used bare.
fn counted_noun(w: &Word) -> bool {
    if bare_places().contains(w.lower.as_str()) || crate::rules::grammar::uncountable_article::is_uncountable(&w.lower)
    {
        return false;
    }
    let plural = crate::text::word_class::regular_forms(&w.lower).0;
    match (crate::spell::word_frequency(&w.lower), crate::spell::word_frequency(&plural)) {
        (Some(one), Some(many)) => one >= 50 && many + 1 >= one,
        _ => false,
    }
}

/// The noun at `k` ends its phrase: nothing after it in the sentence, punctuation, or a preposition,
/// `that` or `to` — and not `step by step`, `face to face`.
fn noun_ends(a: &Analysis, k: usize) -> bool {
    let n = a.at(k, 1);
    n.is_none_or(|n| {
        !n.joined
            || n.sentence_start
            || (n.tags.any(Tags::PREP) || n.is_any(&["that", "to"]))
                && !n.tags.any(Tags::NOUN | Tags::NOUN_PL)
                && a.at(k, 2).is_none_or(|m| m.lower != a.words[k].lower)
    })
}

/// `It is very nice idea`, `It was great opportunity to…`, `You gave great answer to my question`, `It helped
/// me solve problem with…`, `I have question about…`, `Please give me job`: a counted noun (see [`counted_noun`])
/// with no determiner, after `it is` (and a describing word) or after a subject pronoun's verb (maybe an object
/// pronoun and describing words), ending its phrase. The index of the phrase's first word.
fn counted_without_article(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    // The word's classes first; its counts (two lookups) only once the frame is found.
    if !w.tags.any(Tags::NOUN)
        || w.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::TIME | Tags::ADJ | Tags::DIGITS)
        || w.is_name_like()
        || w.compound_next
        || w.lower.ends_with('s')
        || !w.joined
        || !noun_ends(a, i)
    {
        return None;
    }
    // Describing words before the noun: adjectives that are no nouns (`great`, `nice`), maybe after a degree word.
    let adjective = |m: &Word| {
        m.joined
            && m.tags.any(Tags::ADJ)
            && !m.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::DET | Tags::QUANT | Tags::NUM | Tags::ADJ_SUP)
            && !m.is_name_like()
    };
    let mut first = i;
    while first + 2 > i && a.at(first, -1).is_some_and(adjective) {
        first -= 1;
    }
    let mut before = first;
    if first < i
        && a.at(first, -1).is_some_and(|d| d.joined && d.is_any(&["very", "really", "so", "quite", "extremely"]))
    {
        before -= 1;
    }
    let p = a.at(before, -1)?;
    // `It is very nice idea`, `that's great question`: a describing word is needed.
    if first < i
        && (p.is_any(&["it's", "that's", "it’s", "that’s"])
            || p.is_any(&["is", "was"]) && a.at(before, -2).is_some_and(|s| s.is_any(&["it", "this", "that"])))
    {
        return counted_noun(w).then_some(first);
    }
    // A subject pronoun's verb, maybe an object pronoun after it: `you gave great answer`, `give me job`.
    let verb_at = if p.is_any(&["me", "us", "him", "her", "them"]) { before.checked_sub(2)? } else { before - 1 };
    let v = a.words.get(verb_at)?;
    let finite = (v.is_any(&["have", "has", "had"])
        || v.tags.any(Tags::VERB | Tags::VERB_PAST | Tags::VERB_3SG)
            && !v.tags.any(Tags::BE | Tags::MODAL | Tags::FUNCTION | Tags::NOUN_PL | Tags::VERB_ING | Tags::DET | Tags::PREP))
        && !v.is_any(&["become", "became", "becomes", "name", "named", "call", "called", "elect", "elected", "appoint", "appointed", "turn", "turned", "make", "makes", "made", "take", "takes", "took", "lose", "lost", "keep", "kept"])
        // Verbs that take a function or a discipline as a mass (`I run product`, `we lead design`).
        && !v.is_any(&["run", "runs", "ran", "lead", "leads", "led", "head", "heads", "headed", "own", "owns", "owned", "manage", "manages", "managed", "join", "joined", "joins"])
        && !v.is_name_like();
    // After a subject pronoun or `to`; a request's verb after `please` or opening the sentence (`Please give me
    // job`).
    // Not inside a compound (`our done-for-you grant service`).
    let before_verb = verb_at.checked_sub(1).and_then(|k| a.words.get(k));
    if before_verb.is_some_and(|s| s.compound_next) || verb_at >= 2 && a.words[verb_at - 2].compound_next {
        return None;
    }
    // `to` only after an object pronoun (`it helped me to solve problem`): a résumé's bullets leave articles out
    // (`Led the team to build new product`).
    let to_after_person = before_verb.is_some_and(|s| s.is("to"))
        && verb_at
            .checked_sub(2)
            .and_then(|k| a.words.get(k))
            .is_some_and(|o| o.is_any(&["me", "us", "you", "him", "her", "them"]));
    let subject = before_verb.is_some_and(|s| s.is_any(&["i", "we", "you", "they", "he", "she"]))
        || to_after_person
        || v.is_any(&["give", "send", "offer", "show", "find"])
            && (v.sentence_start || before_verb.is_some_and(|s| s.is_any(&["please", "kindly"])));
    (finite && subject && a.words[verb_at + 1..=i].iter().all(|x| x.joined) && counted_noun(w)).then_some(first)
}

/// `Thank you for invitation`, `thanks for connection`, `I will be grateful for reply`: a singular countable
/// noun with no determiner after `thank you for`, `thanks for`, `grateful for` or `thankful for`, ending its
/// phrase (the invitation, your reply). Not mass nouns (`thanks for help`, `for feedback`), meals (`thanks for
/// lunch`), times (`thanks for today`) nor -ing forms (`thanks for coming`).
fn thanks_for_without_article(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    let thanks = a.at(i, -1).is_some_and(|f| f.is("for") && f.joined)
        && a.at(i, -2).is_some_and(|t| {
            t.is_any(&["thanks", "grateful", "thankful"]) || t.is("you") && a.at(i, -3).is_some_and(|x| x.is("thank"))
        });
    thanks
        && w.joined
        && w.tags.any(Tags::NOUN)
        && w.tags.any(Tags::PLURALIZABLE)
        // (A noun that is a verb too is often a mass noun here: `thanks for help`, `for support`.)
        && !w.tags.any(Tags::NOUN_PL | Tags::FUNCTION | Tags::TIME | Tags::ADJ | Tags::VERB_ING | Tags::DIGITS | Tags::VERB)
        && !w.is_name_like()
        && !w.compound_next
        && !w.is_any(&["breakfast", "lunch", "dinner", "supper", "brunch", "coffee", "tea", "drinks", "everything"])
        && !crate::rules::grammar::uncountable_article::is_uncountable(&w.lower)
        && !bare_places().contains(w.lower.as_str())
        && noun_ends(a, i)
}

/// `I am working in kaiseki restaurant`, `I work in palm oil plantation in Riau`: the writer's own `I`/`we` (and
/// `am`/`are`) before `work`/`working`, then `in` or `at`, up to two describing words in lower case, and a kind
/// of establishment (the `org` and `workplace` nouns of `article-nouns.tsv`) that ends its phrase, with no determiner. Not a résumé's bullet (`Worked in
/// cross-functional team`: no subject, articles left out on purpose), an industry (`work in logistics`), nor a
/// place used bare (`work in hospital`). The index of the phrase's first word.
fn work_in_place(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.tags.any(Tags::NOUN) || w.tags.any(Tags::NOUN_PL | Tags::FUNCTION) || w.is_name_like() || w.compound_next {
        return None;
    }
    if industries().contains(w.lower.as_str()) || !noun_ends(a, i) {
        return None;
    }
    let describing = |m: &Word| {
        m.joined
            && (m.tags.any(Tags::NOUN | Tags::ADJ)
                || !m.tags.any(Tags::ANY_VERB | Tags::ADV) && m.lower.chars().all(char::is_alphabetic))
            && !m
                .tags
                .any(Tags::FUNCTION | Tags::NOUN_PL | Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM | Tags::DIGITS)
            && !m.is_name_like()
            && !m.compound_next
    };
    let mut first = i;
    while i - first < 2 && a.at(first, -1).is_some_and(describing) && w.joined {
        first -= 1;
    }
    a.at(first, -1).filter(|p| p.is_any(&["in", "at"]) && a.words[first].joined)?;
    let verb = a.at(first, -2)?;
    let subject = match verb.lower.as_str() {
        "work" => a.at(first, -3).is_some_and(|s| s.is_any(&["i", "we"])),
        "working" => a.at(first, -3).is_some_and(|s| s.is_any(&["am", "are", "i'm", "we're"])),
        _ => false,
    };
    let l = lists();
    // An `org` noun English also uses bare as a place (`I work in school`) is left alone.
    let workplace = is(w, &l.workplace) || is(w, &l.org) && !bare_places().contains(w.lower.as_str());
    (subject && workplace).then_some(first)
}

/// Industries and fields of work, which English names without `the` (`I work in logistics`):
/// `dictionaries/grammar/industries.txt`.
fn industries() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/industries.txt")))
}

/// `I work in the logistics at a port`, `ten years in the hospitality.`: `work`/`worked`/`working`/`career`/`years`
/// `in the` and an industry that ends its phrase (not `in the hospitality industry`, `in the construction of`). The
/// index of `the`.
fn the_before_industry(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is("the") || !w.joined || !a.at(i, -1).is_some_and(|p| p.is("in") && p.joined) {
        return None;
    }
    let n = a.at(i, 1)?;
    if !n.joined || !industries().contains(n.lower.as_str()) || n.is_name_like() || n.compound_next {
        return None;
    }
    // The sentence ends, or a preposition follows; not a list (`in the construction, shipping and setup of…`,
    // `in the logistics and retail sectors`).
    let ends = a.words.get(i + 2).is_none_or(|m| m.sentence_start)
        || a.at(i, 2).is_some_and(|m| {
            m.joined && m.tags.any(Tags::PREP) && !m.tags.any(Tags::NOUN | Tags::CONJ) && !m.is_any(&["of", "for"])
        });
    let worker = a.at(i, -2).is_some_and(|v| {
        v.is_any(&["work", "works", "worked", "working", "career", "years", "experience", "experienced", "job", "jobs"])
    });
    (ends && worker).then_some(i)
}

/// `few weeks ago`, `in few days`, `ask you few questions`: `few` (not many) where the sense is `a few`
/// (some): before a plural unit of time and `ago`, after `in`/`for`/`after`/`within` before a plural unit
/// of time, and after `ask` (and its object) before `questions`. Not `the last few days`, `every few weeks`,
/// `very few`, `few questions remain`.
fn few_without_a(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    if !w.is("few") || w.compound_next || w.is_name_like() {
        return false;
    }
    let Some(n) = a.at(i, 1) else { return false };
    let time = n.tags.any(Tags::TIME) && n.tags.any(Tags::NOUN_PL);
    if time && a.at(i, 2).is_some_and(|x| x.is("ago")) {
        return a.at(i, -1).is_none_or(|p| !p.tags.any(Tags::DET | Tags::ADV | Tags::ADJ | Tags::QUANT) && !p.is("a"));
    }
    let p = a.at(i, -1);
    if time && p.is_some_and(|p| p.is_any(&["in", "for", "after", "within"])) {
        return true;
    }
    if !n.is("questions") {
        return false;
    }
    // `ask you few questions`; without an object, a request (`to ask`, `may I ask`, `can ask`), not a habit
    // (`people ask few questions`).
    let ask = |x: &Word| x.is_any(&["ask", "asking", "asked", "asks"]);
    let request = |j: usize| a.at(j, -1).is_some_and(|q| q.is_any(&["to", "i"]) || q.tags.any(Tags::MODAL));
    p.is_some_and(|p| ask(p) && request(i - 1) || p.tags.any(Tags::OBJ) && a.at(i, -2).is_some_and(ask))
}

impl Rule for MissingArticle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        let l = lists();
        for (i, w) in a.words.iter().enumerate() {
            if let Some((verb, first)) = person_without_article(a, i) {
                let text = cx.text();
                let phrase = &text[a.words[first].span.start..w.span.end];
                let list = if first < i { &l.modifier } else { &l.person };
                let article = list
                    .get(a.words[first].lower.as_str())
                    .copied()
                    // As written: an acronym is read letter by letter (`an HR manager`).
                    .or_else(|| super::a_an::article_before(cx, &text[a.words[first].span.clone()]));
                // An acronym read either way (`a SAP consultant`, `an SAP consultant`): both are offered.
                let articles: Vec<&str> = match article {
                    Some(one) => vec![one],
                    None if a.words[first].all_caps => vec!["a", "an"],
                    // A word no dictionary has (`mechatronics`) in lower case, starting with a consonant letter
                    // that is always said (not `h`, `u`, `y`): `a`.
                    None if !a.words[first].is_name_like()
                        && a.words[first].lower.starts_with(|c: char| "bcdfgjklmnpqrstvwxz".contains(c)) =>
                    {
                        vec!["a"]
                    }
                    None => continue,
                };
                let message = format!("‘{phrase}’ needs an article here: ‘{} {phrase}’", articles.join("/"));
                // The span starts at the verb so that the replacement keeps the phrase's own case.
                let lead = &text[verb..a.words[first].span.start];
                let rights: Vec<String> = articles.iter().map(|x| format!("{lead}{x} {phrase}")).collect();
                out.extend(finding(cx, &META, verb..w.span.end, message, &rights));
                continue;
            }
            if thanks_for_without_article(a, i) {
                let noun = &cx.text()[w.span.clone()];
                let message = format!("‘{noun}’ needs a determiner here: ‘the {noun}’ or ‘your {noun}’");
                out.extend(finding(
                    cx,
                    &META,
                    w.span.clone(),
                    message,
                    &[format!("the {noun}"), format!("your {noun}")],
                ));
                continue;
            }
            // `It will be honour to connect`, `it is pleasure to meet you`: after `be`, these nouns of a feeling
            // about an act take `a`/`an` before `to` and a verb (`an honour to`, `a pleasure to`).
            if w.is_any(&["honour", "honor", "pleasure", "privilege"])
                && w.joined
                && a.at(i, -1).is_some_and(|b| b.tags.any(Tags::BE) || b.is_any(&["it's", "that's", "'s"]))
                && a.at(i, 1).is_some_and(|t| t.is("to") && t.joined)
                && a.at(i, 2)
                    .is_some_and(|v| v.joined && v.tags.any(Tags::VERB) && !v.tags.any(Tags::FUNCTION | Tags::DET))
            {
                let text = cx.text();
                let noun = &text[w.span.clone()];
                // `honour` is said with a silent h.
                let article = if w.lower.starts_with("hon") { "an" } else { "a" };
                let message = format!("‘{noun} to’ needs an article here: ‘{article} {noun}’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[format!("{article} {noun}")]));
                continue;
            }
            if let Some(j) = the_before_numbered(cx.text(), a, i) {
                let text = cx.text();
                let label = &text[a.words[i + 1].span.start..a.words[j].span.end];
                let message = format!("a numbered part takes no article: ‘{label}’, not ‘the {label}’");
                out.extend(finding(cx, &META, w.span.start..a.words[j].span.end, message, &[label.to_string()]));
                continue;
            }
            if let Some(j) = the_before_country(a, i) {
                let text = cx.text();
                let name = &text[a.words[j].span.clone()];
                let message = format!("‘{name}’ takes no article: ‘{name}’, not ‘the {name}’");
                out.extend(finding(cx, &META, w.span.start..a.words[j].span.end, message, &[name.to_string()]));
                continue;
            }
            if let Some((first, last)) = place_without_the(a, i) {
                let text = cx.text();
                let name = &text[a.words[first].span.start..a.words[last].span.end];
                // From the word before the name, which keeps its own case in the replacement.
                let lead = &a.words[first - 1];
                let message = format!("‘{name}’ takes ‘the’: ‘the {name}’");
                let right = format!("{} the {name}", &text[lead.span.clone()]);
                out.extend(finding(cx, &META, lead.span.start..a.words[last].span.end, message, &[right]));
                continue;
            }
            if let Some(first) = field_without_article(a, i) {
                let text = cx.text();
                let phrase = &text[a.words[first].span.start..w.span.end];
                let message = format!("‘{phrase}’ needs an article here: ‘the {phrase}’");
                out.extend(finding(
                    cx,
                    &META,
                    a.words[first].span.start..w.span.end,
                    message,
                    &[format!("the {phrase}")],
                ));
                continue;
            }
            if let Some(t) = the_before_industry(a, i) {
                let text = cx.text();
                let field = &text[a.words[t + 1].span.clone()];
                let message = format!("an industry takes no ‘the’: ‘in {field}’");
                out.extend(finding(
                    cx,
                    &META,
                    a.words[t].span.start..a.words[t + 1].span.end,
                    message,
                    &[field.to_string()],
                ));
                continue;
            }
            if let Some(first) = counted_without_article(a, i).or_else(|| work_in_place(a, i)) {
                let text = cx.text();
                let phrase = &text[a.words[first].span.start..w.span.end];
                // A word no dictionary knows (`kaiseki`) that begins with a consonant letter other than `h` takes `a`.
                let consonant = a.words[first].lower.starts_with(|c: char| "bcdfgjklmnpqrstvwxz".contains(c));
                let Some(article) = super::a_an::article_before(cx, &a.words[first].lower).or(consonant.then_some("a"))
                else {
                    continue;
                };
                let message = format!("‘{phrase}’ needs an article here: ‘{article} {phrase}’");
                out.extend(finding(
                    cx,
                    &META,
                    a.words[first].span.start..w.span.end,
                    message,
                    &[format!("{article} {phrase}")],
                ));
                continue;
            }
            if few_without_a(a, i) {
                let few = &cx.text()[w.span.clone()];
                let message = format!("‘{few}’ alone means ‘not many’; for ‘some’ write ‘a {few}’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[format!("a {few}")]));
                continue;
            }
            if let Some(right) = the_similar(a, i) {
                let end = a.words[i + 2].span.end;
                let found = &cx.text()[w.span.start..end];
                let message = format!("‘similar’ is not definite: ‘{right}’, not ‘{found}’");
                out.extend(finding(cx, &META, w.span.start..end, message, &[right]));
                continue;
            }
            if let Some(first) = superlative_without_the(a, i) {
                let text = cx.text();
                let word = &text[a.words[first].span.clone()];
                let message = format!("a superlative before a noun takes ‘the’: ‘the {word}’");
                out.extend(finding(cx, &META, a.words[first].span.clone(), message, &[format!("the {word}")]));
                continue;
            }
            if same_without_the(a, i) {
                let same = &cx.text()[w.span.clone()];
                let message = format!("‘{same}’ before a noun takes ‘the’: ‘the {same}’");
                out.extend(finding(cx, &META, w.span.clone(), message, &[format!("the {same}")]));
                continue;
            }
            if !is(w, &l.sought) || w.compound_next || w.is_name_like() {
                continue;
            }
            let seeker = |k: usize| {
                let at = |d: usize| k.checked_sub(d).and_then(|j| a.words.get(j)).filter(|_| a.words[k].joined);
                at(1).is_some_and(|p| is(p, &l.seek))
                    || at(1).is_some_and(|p| p.is("for"))
                        && at(2).is_some_and(|p| is(p, &l.seek_for))
                        && a.words[k - 1].joined
            };
            // Up to two describing words may stand between (`looking for entry-level position`, `for junior
            // role`): adjectives that are nothing else, or the parts of a compound written with a hyphen.
            let mut first = i;
            while i - first < 4 && first > 0 && !seeker(first) {
                let m = &a.words[first - 1];
                let hyphen_part =
                    m.compound_next || a.words.get(first.wrapping_sub(2)).is_some_and(|x| x.compound_next);
                // A noun or an -ing form may describe too (`junior position`, `teaching job`).
                let describing = m.tags.any(Tags::ADJ | Tags::NOUN | Tags::VERB_ING)
                    && !m.tags.any(
                        Tags::DET | Tags::POSS | Tags::QUANT | Tags::NUM | Tags::ADJ_SUP | Tags::FUNCTION | Tags::TIME,
                    );
                let joined_on = a.words[first].joined || m.compound_next;
                if !(joined_on && (describing || hyphen_part && !m.tags.any(Tags::FUNCTION)) && !m.is_name_like()) {
                    break;
                }
                first -= 1;
            }
            let sought = seeker(i) || first < i && seeker(first);
            // A time phrase may end it too: `looking for internship this summer`, `next month`.
            let time_after = a.at(i, 1).is_some_and(|n| n.joined && n.is_any(&["this", "next", "last"]))
                && a.at(i, 2)
                    .is_some_and(|t| t.joined && (t.tags.any(Tags::TIME) || super::past_form::is_day_or_month(t)));
            if !sought || !(ends_phrase(a, i) || time_after) {
                continue;
            }
            let first = if seeker(i) { i } else { first };
            let span = a.words[first].span.start..w.span.end;
            let noun = &cx.text()[span.clone()];
            let article = if first == i {
                l.sought[w.lower.as_str()]
            } else {
                let Some(article) = super::a_an::article_before(cx, &a.words[first].lower) else { continue };
                article
            };
            let right = format!("{article} {noun}");
            let message = format!("‘{noun}’ needs an article here: ‘{right}’ (or ‘the {noun}’)");
            out.extend(finding(cx, &META, span, message, &[right, format!("the {noun}")]));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "missing-article";

    #[test]
    fn place_names_that_take_the() {
        let d = check_text(
            ID,
            "We sell in Europe and Middle East. It helps the farmers in Mekong Delta. I am based in UK now.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["and the Middle East", "in the Mekong Delta", "in the UK"]);
        assert_clean(ID, "We sell in the Middle East, near Lake Victoria, on Mount Kenya and in Silicon Valley.");
        assert_clean(ID, "Grain from Black Sea ports; at the Gulf Construction Expo; US-based; in the UK; UK law.");
        assert_clean(ID, "WORK WITH US today. Would you chat about DDP vs DAP for EU e-commerce?");
    }

    #[test]
    fn the_same_and_a_superlative_after_be() {
        assert_flags(ID, "We use same supplier as your company. Safety is most important part of my job.", 2);
        assert_flags(ID, "It was best decision I ever made.", 1);
        assert_clean(ID, "It is best practice; it was most fun; he is the best person; it is most important to me.");
        assert_clean(ID, "We use the same supplier. It was the best decision. Safety is most important.");
    }

    #[test]
    fn thanks_for_a_countable_noun() {
        assert_flags(ID, "Thank you for invitation. I will be grateful for connection. Thanks for introduction!", 3);
        assert_clean(
            ID,
            "Thanks for help; thank you for feedback; thanks for lunch; thanks for coming; thanks for today.",
        );
        assert_clean(
            ID,
            "Thank you for the invitation; thanks for everything; thanks for your reply; thanks for support.",
        );
    }

    #[test]
    fn person_noun_after_a_participle_or_a_post() {
        assert_flags(ID, "I am freelance accountant offering bookkeeping. I am structural engineer having 7 years.", 2);
        assert_flags(ID, "I am mechatronics engineer from Turkey. I'm looking for my first job as agronomist.", 2);
        assert_flags(ID, "I am working in Intel Oregon as process engineer and I have a question.", 1);
        assert_clean(
            ID,
            "I am working in Intel Oregon, as process engineer roles go, it is fine. I work there as a nurse.",
        );
        assert_clean(
            ID,
            "I am an accountant offering bookkeeping; my first job as an agronomist; a job as Head of Sales.",
        );
    }

    #[test]
    fn a_workplace_after_i_work_in() {
        let d = check_text(
            ID,
            "I am working in kaiseki restaurant in Kyoto. I work in palm oil plantation as estate manager.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["a kaiseki restaurant", "a palm oil plantation"]);
        assert_clean(
            ID,
            "Worked in cross-functional team. I work in logistics, in hospital, in sales and in a restaurant.",
        );
        assert_clean(ID, "I work in finance at Google. We work in teams. I am working in construction.");
        // `school` is an `org` noun and a bare place (bare-places.txt): `I work in school` is fine.
        assert_clean(ID, "I work in school as a counsellor. I am working at college now.");
    }

    #[test]
    fn the_before_a_numbered_part() {
        let d = check_text(ID, "I have questions about the changes in the chapter 5. Meet me at the gate 12.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["chapter 5", "gate 12"]);
        assert_clean(
            ID,
            "The chapter 5 exercises; the version 9 update; the pages 4 to 7; the level 3-4 band; in chapter 5.",
        );
        assert_clean(ID, "The grade 10 students passed; the section 3.2 rules; the room 12 and 14 keys.");
        assert_clean(ID, "We were on the Level 2 coaching course; the level 2 coaching course; the unit 4 training.");
    }

    #[test]
    fn the_before_a_country_that_takes_none() {
        let d = check_text(ID, "I moved to the Canada to work. We export coffee to the Germany and the France.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["Canada", "Germany", "France"]);
        assert_clean(ID, "The Canada Revenue Agency; the Germany office; the Ghana of the 1960s; the Philippines.");
        assert_clean(ID, "I moved to Canada; the France team won; the India we know.");
    }

    #[test]
    fn be_honour_or_pleasure_to() {
        let d = check_text(ID, "It will be honour to connect with you. It is pleasure to meet you.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["an honour", "a pleasure"]);
        assert_clean(ID, "It will be an honour to connect. It is a pleasure to meet you. Work is pleasure to him.");
    }

    #[test]
    fn no_the_before_an_industry() {
        assert_flags(ID, "I work in the logistics at a port. I have ten years in the hospitality.", 2);
        assert_clean(
            ID,
            "I work in logistics; in the hospitality industry; in the construction of roads; the marketing team.",
        );
        assert_clean(
            ID,
            "Worked in the construction, shipping and setup of franchises; in the logistics and retail sectors.",
        );
    }

    #[test]
    fn a_counted_noun_with_no_article() {
        assert_flags(ID, "It is very nice idea. You gave great answer to my question. Please give me job.", 3);
        assert_flags(ID, "It helped me to solve problem with our tables. I have question about the role.", 2);
        assert_clean(ID, "It is a very nice idea; you gave a great answer; I have experience in sales; we need help.");
        assert_clean(ID, "I run product at a startup; we offer our done-for-you grant service; I have class at nine.");
        assert_clean(
            ID,
            "Led the team to build new product lines; it was great fun; it is good practice; step by step.",
        );
    }

    #[test]
    fn he_or_she_is_and_a_described_person() {
        assert_flags(ID, "He is very good person. She is hard worker.", 2);
        assert_clean(ID, "He is head of sales. He is a very good person. She is Head Chef. He is good with people.");
    }

    #[test]
    fn few_where_a_few_is_meant() {
        assert_flags(ID, "We met few weeks ago in Leeds. I start in few days.", 2);
        assert_flags(ID, "I would like to ask you few questions about beekeeping.", 1);
        assert_flags(ID, "Few months ago I joined; may I ask few questions?", 2);
        let d = check_text(ID, "We spoke few days ago.");
        assert_eq!(d[0].suggestions[0].replacement, "a few");
        assert_clean(ID, "We met a few weeks ago; in the last few days, every few weeks, very few years ago.");
        assert_clean(ID, "Few questions remain; few people ask few questions. In few words: for few reasons.");
        assert_clean(ID, "Only a few questions; the few days ago we had.");
    }

    #[test]
    fn same_before_a_noun_takes_the() {
        assert_flags(ID, "We are doing same trial in Goiás. We worked in same team at Infosys.", 2);
        assert_clean(ID, "We are doing the same trial. Same here! Same-day delivery; all same size; this same team.");
        assert_clean(ID, "It looks the same. We studied at the same time, much the same way.");
    }

    #[test]
    fn flags_a_job_noun_without_an_article() {
        assert_flags(ID, "I am looking for job in mechanical design.", 1);
        let d = check_text(ID, "I am looking for entry-level position in your company. I am seeking junior role.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["an entry-level position", "a junior role"]);
        assert_clean(
            ID,
            "I am looking for new job opportunities, for senior roles, for the next role, for work abroad.",
        );
        assert_flags(ID, "Currently seeking position as a nurse.", 1);
        assert_flags(ID, "I am applying for internship, and would value advice.", 1);
        assert_flags(ID, "I am looking for internship this summer. We are looking for job next year.", 2);
        let d = check_text(ID, "I am junior Java developer from Wroclaw.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["am a junior Java developer"]);
        assert_clean(ID, "I am John Smith's assistant. I am Head of Sales. I am Java. I'm Leo's dad.");
        let d = check_text(ID, "I am HSE officer with five years of experience.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "am an HSE officer");
        let d = check_text(ID, "I am SAP consultant in Pune.");
        assert_eq!(d[0].suggestions.len(), 2, "{d:#?}");
        assert_clean(ID, "I am looking for an internship this summer; looking for work next month.");
        let d = check_text(ID, "Hello, I am looking for opportunity.");
        assert_eq!(d[0].suggestions[0].replacement, "an opportunity");
    }

    #[test]
    fn accepts_articles_plurals_compounds_and_work() {
        assert_clean(ID, "I am looking for a job in design, searching for roles, seeking work.");
        assert_clean(ID, "Looking for job opportunities; applying for the position of lead.");
        assert_clean(ID, "Seeking opportunity-driven teams. The job is done; my role for years.");
    }

    #[test]
    fn the_similar_is_a_similar() {
        assert_flags(ID, "We are doing the similar migration at my company now.", 1);
        let d = check_text(ID, "We are doing the similar experiments with humidity chambers.");
        assert_eq!(d[0].suggestions[0].replacement, "similar experiments");
        let d = check_text(ID, "We are doing the similar migration now.");
        assert_eq!(d[0].suggestions[0].replacement, "a similar migration");
        assert_clean(
            ID,
            "We saw the similar cases of fraud; we got the similar results that you did; it is similar to ours.",
        );
        assert_clean(ID, "The similar projects failed. Of the similar designs, one won. We chose the similar one.");
    }

    #[test]
    fn an_adverb_first_a_place_after_and_practitioners_in_ist() {
        assert_flags(ID, "I am also graduate of PMMA. I am illustrator, based in Sevilla.", 2);
        let d = check_text(ID, "I am now oenologist in Bordeaux.");
        assert_eq!(d[0].suggestions[0].replacement, "am now an oenologist");
        assert_flags(ID, "I work as periodontist in Leeds; I am illustrator based in Sevilla.", 2);
        assert_clean(ID, "I am now, as ever, happy. I am also head of sales. I am still checklist-driven.");
        assert_clean(ID, "I am a specialist, also an oenologist; I am illustrator-in-residence.");
    }

    #[test]
    fn a_kind_of_person_from_wordnet() {
        assert_flags(ID, "I am importer of french wines in Toronto. I am big fan of your work.", 2);
        let d = check_text(ID, "I am hard working and honest person.");
        assert_eq!(d[0].suggestions[0].replacement, "am a hard working and honest person");
        assert_clean(
            ID,
            "I am head of sales; I was captain of the team; I am vegan; I am a big fan; I am an importer.",
        );
        assert_clean(ID, "I am proud of it; I am part of the team; I am happy and grateful.");
        assert_clean(ID, "I'm another beekeeper from the Waikato. I'm privacy counsel at a health-tech.");
        assert_flags(ID, "Hello, we are recruitment agency in Manila. We're leading digital marketing agency.", 2);
        assert_flags(ID, "We are manufacturer of stainless steel sinks in Foshan.", 1);
        assert_clean(ID, "We are a recruitment agency; we are manufacturers; we are family; we are engineers.");
    }

    #[test]
    fn a_person_noun_after_i_am() {
        let d = check_text(ID, "Dear Dr. Chen, I am PhD student at IHE Delft and would be glad to connect.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "am a PhD student");
        let d = check_text(ID, "I'm MBA student, and I was engineer in Pune.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "I'm an MBA student");
        assert_eq!(d[1].suggestions[0].replacement, "was an engineer");
        assert_flags(ID, "I am final year student of civil engineering.", 1);
        assert_clean(ID, "I am a PhD student; I am head of sales; I was lead engineer on it; I am nurse-led.");
        assert_clean(ID, "I am student council president; she is student at Leeds; I am an engineer.");
        assert_clean(ID, "I was chosen to lead the audit team. I am chosen.");
        // An adjective before the person noun.
        let d = check_text(ID, "Hello, I am civil engineer from Pakistan; I was experienced nurse.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "am a civil engineer");
        assert_eq!(d[1].suggestions[0].replacement, "was an experienced nurse");
        assert_clean(ID, "I am lead engineer on it; I am sole trader; I am a civil engineer; I am Chief Engineer.");
        let d = check_text(ID, "I work as electrician in Bristol and worked as trainee nurse.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "as an electrician");
        assert_clean(ID, "I work as an electrician; I worked as head of sales; known as teacher of the year.");
        // A person noun before the person noun; `too` or `now` after it.
        let d = check_text(ID, "I'm student midwife in Enugu. I'm translator too, based in Lviv.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "I'm a student midwife");
        assert_clean(ID, "I'm a student midwife; I'm a translator too; I am student council president now.");
        // A noun in lower case that says what kind.
        assert_flags(ID, "I'm training to become nurse; I became engineer in 2019.", 2);
        assert_clean(ID, "I'm training to become a nurse; I became head of design and became partner.");
        let d = check_text(ID, "Hello, I am truck driver from Poznań. I work as software engineer.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "am a truck driver");
        assert_clean(ID, "I am head chef at Noma; I am the software engineer here; I am CEO of Acme.");
    }

    #[test]
    fn a_sector_or_field_without_its_article() {
        let d = check_text(ID, "I am expanding my network in renewable energy sector and in medical field.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "the renewable energy sector");
        assert_flags(ID, "Ten years in IT sector.", 1);
        assert_clean(ID, "Ten years in the IT sector, in our field and in this domain; in sector reviews.");
        assert_clean(ID, "I work in field sales and in public sector procurement; in the field, in sector.");
    }
}
