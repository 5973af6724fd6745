//! `verb-form`: the wrong form of a verb after a word that decides it: a modal or `did not` (bare
//! verb), `able to` / `want to` (bare verb), `responsible for` / `passionate about` (-ing form),
//! `am`/`is`/`are` (-ing form), and a bare verb where a noun belongs (`the develop of`).

use foldhash::{HashMap, HashMapExt};
use std::sync::OnceLock;

use super::context::{finding, prose_analysis};
use super::{Rule, RuleMeta, SectionContext};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::lexicon;
use crate::text::word_class::{Tags, lexicon as word_lexicon, regular_forms, verb_bases};
use crate::text::{Analysis, Word};

pub struct VerbForm;

static META: RuleMeta = RuleMeta {
    id: "verb-form",
    category: Category::Grammar,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "The wrong verb form after a modal, to, responsible for, am/is (can spoke, able to worked, the develop of)",
    description: "What it does: checks the verb after words that decide its form. After a modal (`can`, `will`, \
`must`), `did not`/`doesn't` or a question's `did you`/`does she`/`could you` (also before a noun subject: `does your lab uses` → use), the bare verb (`can spoke` → speak, `did not \
wanted` → want, `Did you attended` → attend, `Could you shared` → share). After `be`, a word that is only a verb \
takes its past participle (`to be consider` → considered). `suggest` and `recommend` take a clause, not an \
object and `to` (`suggested me to contact` → suggested I contact); `know`, `belong`, `believe`, `prefer` \
and `consist` are states, not progressive (`I am knowing` → I know, `it is consisting of` → consists). A clause \
of time or condition opening the sentence says its future in the present when the main clause has `will` \
(`When I will finish, I will call` → finish; not `If you will excuse me`). After `am used to`, `get used to`, \
the -ing form (`I'm used to manage` → managing); `worth` takes the -ing form, not `to` (`worth to visit` → worth \
visiting; not `worth to me`). After `able to`, \
`want to`, `decided to` and other infinitive phrases, the bare verb (`able to worked` → work). A verb that takes \
no object has no passive (`was happened` → happened, `is consisted of` → consists of, `has been died` → has died; \
the verbs are `dictionaries/grammar/intransitive-verbs.txt`). After `responsible \
for`, `passionate about`, `dedicated to`, `enjoy`, `thanks for`, the -ing form (`responsible for manage` → managing); after any other \
preposition too, for a word that is only a verb, before its object (`looking for improve my skills`). After \
`am`/`is`/`are`, not a bare verb (`I am teach` → teaching, `I am also teach maths`, `I am work as` — a word that is a noun too only before `as`; after `I have been`, a bare verb before `as` or a preposition: `I have been work as` → working; comparatives that are verbs too are left alone: `is further \
along`); a subject pronoun with an -ing verb and no `be` opening a clause or after `hope`/`think` (`I hope you doing \
well` → are doing); after `to`, a past before `if`, a pronoun or an object (`writing to asked if` → ask); after `I am`/`we are` a feeling takes its -ed form \
(`I am interesting in` → interested, `we are very impress with` → impressed, `I am very interest.`); `have` of what one owns or has \
done is not progressive (`I am having 5 years of experience` → I have); after the perfect's `have` (`I have`, \
`she has`, `we've`), a verb that is never a noun takes its past participle before its object (`I have manage \
large budgets` → managed). After `make`, `let` or `help` and an object pronoun, the bare verb (`made me chose` → \
choose, `helped me understood` → understand); after `would like`/`I'd love`, `to` and the verb (`I would like \
connect` → to connect). And a verb where a noun belongs: `the develop of` → \
development. The phrases are in `dictionaries/grammar/verb-triggers.tsv`; word classes come from the Hunspell \
en_US affix flags.\n\
Why: wrong verb forms are the most visible sign of a hurried or non-native text.\n\
Use instead: the suggested form (not applied automatically).",
    flags: &[
        "I can spoke Spanish and Portuguese.",
        "I am able to worked under pressure.",
        "Responsible for manage a fleet of 30 trucks.",
        "Led the develop of a new training program.",
        "She does not likes shortcuts.",
        "I am teach two courses this term.",
        "I have manage large budgets.",
    ],
    accepts: &[
        "I can speak Spanish and am able to work under pressure.",
        "Responsible for managing a fleet; passionate about design reviews.",
        "Led the development of a training program; the design of the app.",
        "She does not like shortcuts; I did reports and will be finished.",
        "I am teaching two courses; the budget is set.",
        "Dedicated to improving care; committed to excellence.",
    ],
    default_enabled: true,
};

/// (kind, last word) → the words before the last one, for each trigger phrase.
type Triggers = HashMap<(&'static str, &'static str), Vec<Vec<&'static str>>>;

fn triggers() -> &'static Triggers {
    static T: OnceLock<Triggers> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: HashMap<(&str, &str), Vec<Vec<&str>>> = HashMap::new();
        for r in lexicon::rows(include_str!("../../../dictionaries/grammar/verb-triggers.tsv")) {
            let words: Vec<&str> = lexicon::col(&r, 1).split_whitespace().collect();
            if let Some((last, before)) = words.split_last() {
                m.entry((lexicon::col(&r, 0), last)).or_default().push(before.to_vec());
            }
        }
        m
    })
}

/// Whether `word to` is an infinitive trigger of two words (`keen to`, `able to`, `happy to`).
pub(crate) fn takes_infinitive(word: &str) -> bool {
    triggers().get(&("infinitive", "to")).is_some_and(|l| l.iter().any(|b| b.len() == 1 && b[0] == word))
}

/// Whether the words ending at `i` are a trigger phrase of `kind`.
fn trigger_ends_at(a: &Analysis, i: usize, kind: &str) -> bool {
    let Some(list) = triggers().get(&(kind, a.words[i].lower.as_str())) else { return false };
    list.iter()
        .any(|before| before.iter().rev().enumerate().all(|(k, w)| a.at(i, -(k as isize + 1)).is_some_and(|p| p.is(w))))
}

fn base_of(w: &Word) -> Option<String> {
    verb_bases(&w.lower).into_iter().next()
}

/// A past, third-person or -ing form where a bare verb belongs: the bare verb.
fn bare_needed(w: &Word) -> Option<String> {
    let t = w.tags;
    if w.is_name_like() || t.any(Tags::FUNCTION | Tags::VERB | Tags::DIGITS) {
        return None;
    }
    let wrong = t.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG);
    if !wrong || t.any(Tags::ADJ) {
        return None;
    }
    base_of(w)
}

/// After `did` and its subject pronoun (`Did you saw…`, `Why did you left…`): where no adjective can stand,
/// a past that is an adjective too is still a past (`left`, `lost`), and so is one whose own bare reading is
/// rare: its regular third person and past each written at most about a twenty-fifth as often as the word
/// (`saw`: `saws`, `sawed`; `fell`: `fells`, `felled`; not `found`: `founded`, nor `lay`: `lays`).
fn bare_after_did_subject(w: &Word) -> Option<String> {
    if let Some(base) = bare_needed(w) {
        return Some(base);
    }
    // `Did you had to…`: the past of `have`, a function word, is never the bare verb.
    if w.is("had") {
        return Some("have".to_string());
    }
    let t = w.tags;
    if w.is_name_like() || !t.any(Tags::VERB_PAST) || t.any(Tags::FUNCTION | Tags::DIGITS | Tags::VERB_3SG) {
        return None;
    }
    if t.any(Tags::VERB) {
        let own = crate::spell::word_frequency(&w.lower)?;
        let (third, past, _) = regular_forms(&w.lower);
        let freq = |f: &str| crate::spell::word_frequency(f).unwrap_or(0);
        if !t.any(Tags::IRREGULAR) || freq(&third).max(freq(&past)) + 14 > own {
            return None;
        }
    }
    verb_bases(&w.lower).into_iter().find(|b| b.as_str() != w.lower.as_str())
}

/// A feeling's -ing form at `j` before `to`, a verb and that verb's object (`interesting to receive our
/// catalogue`, `exciting to join the team`): the feeling is the speaker's, so the -ed form. Not before a verb
/// with no object (`exciting to watch`, `interesting to talk to`: what others feel).
fn feeling_before_to_verb(a: &Analysis, j: usize) -> Option<String> {
    let v = a.words.get(j)?;
    let base = v.lower.strip_suffix("ing")?;
    let stem = FEELINGS.iter().find(|f| **f == base || f.strip_suffix('e') == Some(base))?;
    let verb = a.at(j, 2)?;
    let object = a.at(j, 3)?;
    let fits = v.joined
        && a.at(j, 1).is_some_and(|t| t.joined && t.is("to"))
        && verb.joined
        && verb.tags.any(Tags::VERB)
        && !verb.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::NOUN_PL)
        && object.joined
        && (starts_object(object) || object.is_any(&["more", "about"]));
    fits.then(|| format!("{}{}", stem, if stem.ends_with('e') { "d" } else { "ed" }))
}

/// `I can to help`, `You should to try`, `I will to send`: a modal takes the bare verb, with no `to` (`ought`,
/// `need`, `have` and `used` do take it; `the will to win` is the noun). The span from the modal to the verb.
fn modal_to(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let w = &a.words[i];
    if !w.is_any(&["can", "could", "should", "must", "will", "would", "may", "might", "shall"]) || w.is_name_like() {
        return None;
    }
    // The modal's subject: a pronoun, or a noun with no determiner right before the modal (`their will to`).
    if !a.at(i, -1).is_some_and(|p| {
        w.joined && (p.tags.any(Tags::PRON) || p.tags.any(Tags::NOUN | Tags::NOUN_PL) && !p.tags.any(Tags::FUNCTION))
    }) {
        return None;
    }
    let to = a.at(i, 1)?;
    let v = a.at(i, 2)?;
    let verb = to.joined
        && to.is("to")
        && v.joined
        && (v.tags.any(Tags::VERB) || v.is_any(&["be", "have", "do"]))
        && !v.tags.any(Tags::NOUN_PL | Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG | Tags::DIGITS)
        && !v.is_name_like();
    verb.then(|| {
        (
            i,
            i + 2,
            format!("{} {}", w.lower.as_str(), v.lower.as_str()),
            format!("‘{}’ takes the bare verb, with no ‘to’", w.lower.as_str()),
        )
    })
}

/// `to` and a bare verb after word `j` (`try to reduce`): the word at `j` is a verb that takes an infinitive.
fn to_and_verb(a: &Analysis, j: usize) -> bool {
    a.at(j, 1).is_some_and(|t| t.joined && t.is("to"))
        && a.at(j, 2).is_some_and(|v| {
            v.joined
                && v.tags.any(Tags::VERB)
                && !v.tags.any(Tags::NOUN_PL | Tags::VERB_PAST | Tags::VERB_ING | Tags::DIGITS)
                && !v.is_name_like()
        })
}

/// A word that starts a verb's noun-phrase object: a determiner, a possessive, a pronoun, a number.
fn starts_object(w: &Word) -> bool {
    w.tags.any(Tags::DET | Tags::POSS | Tags::OBJ | Tags::DIGITS | Tags::QUANT | Tags::NUM)
}

/// `dictionaries/grammar/bare-nouns.txt`: nouns English uses without an article (`back to work`).
fn bare_nouns() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/bare-nouns.txt")))
}

/// A verb that is also a countable noun, with no determiner before it, then a preposition, an adverb or the
/// end: where a bare verb is expected (`looking forward to stay in touch`, `I would like keep in touch`) it
/// is the verb, as the noun would need an article. Not a noun English uses bare: a place or an activity
/// (`back to work`, `to school`) or what one may want without an article (`would like help with`, `access
/// to`, `time to`, `input on`).
fn countable_noun_as_verb(v: &Word, next: Option<&Word>) -> bool {
    plain_verb(v)
        && v.tags.any(Tags::PLURALIZABLE)
        && !bare_nouns().contains(v.lower.as_str())
        && !super::uncountable_article::is_uncountable(v.lower.as_str())
        && next
            .is_none_or(|n| n.tags.only(Tags::PREP | Tags::ADV, Tags::NOUN | Tags::NOUN_PL | Tags::ADJ) && !n.is("to"))
}

/// A bare verb form that is not also a participle, a past, an adjective or a function word. Comparatives
/// that are verbs too (`further`, `better`, `lower`) are adjectives or adverbs first (`is further along`).
fn plain_verb(w: &Word) -> bool {
    let t = w.tags;
    t.any(Tags::VERB)
        && !t.any(Tags::FUNCTION | Tags::VERB_PART | Tags::VERB_PAST | Tags::ADJ | Tags::ADJ_CMP)
        && !w.is_any(&["further", "farther", "better", "worse", "lower", "less"])
        && !w.is_name_like()
        && !w.compound_next
}

/// A bare verb that is only a verb (not a noun or adjective), or one followed by an object.
fn is_bare_verb(w: &Word, next: Option<&Word>) -> bool {
    let t = w.tags;
    if !plain_verb(w) {
        return false;
    }
    // A noun after it makes a compound ("design reviews"); an object start or the end of the phrase
    // makes it a verb, and for a word that is also a noun only an object start does.
    let object = next.is_some_and(starts_object);
    // A wh-word opens the verb's object clause (`to hear how it went`), though the dictionary also
    // lists `how` and `why` as nouns (`the hows and whys`).
    let ends = next.is_none_or(|n| {
        n.tags.only(Tags::PREP | Tags::CONJ | Tags::ADV | Tags::SUB, Tags::NOUN | Tags::NOUN_PL)
            || n.is_any(&["how", "why", "what", "whether", "where", "when", "who"])
    });
    object || (!t.any(Tags::NOUN) && ends)
}

/// `develop` → `development`: a noun built on the verb that the dictionary knows. -ation only on
/// endings that regularly take it (organize, install, automate, explore), so `design` does not
/// become `designation`.
fn noun_forms(base: &str) -> Vec<String> {
    let lex = word_lexicon();
    let trimmed = base.strip_suffix('e').unwrap_or(base);
    let mut candidates = Vec::new();
    if ["ize", "ise", "ll", "ate", "ore", "ine", "ire"].iter().any(|e| base.ends_with(e)) {
        candidates.push(format!("{trimmed}ation"));
        candidates.push(format!("{base}ation"));
    }
    candidates.push(format!("{base}ment"));
    candidates.push(format!("{trimmed}ion"));
    let mut out: Vec<String> = candidates.into_iter().filter(|c| lex.tags(c).any(Tags::KNOWN)).collect();
    out.dedup();
    out
}

/// Verbs of feeling whose -ed form says how someone feels and whose -ing form what causes it
/// (`interested`/`interesting`).
const FEELINGS: &[&str] = &[
    "interest",
    "excite",
    "bore",
    "confuse",
    "amaze",
    "impress",
    "disappoint",
    "satisfy",
    "delight",
    "thrill",
    "surprise",
    "overwhelm",
    "fascinate",
    "intrigue",
    "astonish",
    "frustrate",
    "motivate",
    "inspire",
];

/// `interesting in`, `exciting about`, `impress with`, `interest in`: the -ed form a feeling needs after
/// `I am`/`we are`. The -ing form only before `in`, `about`, `by` or `with` (`I'm exciting to watch` is
/// a boast, not a slip); the bare verb before any of them or `to`.
fn feeling_participle(v: &Word, prep: Option<&str>) -> Option<String> {
    let prep = prep?;
    let ing = v.lower.ends_with("ing") && matches!(prep, "in" | "about" | "by" | "with");
    let bare = FEELINGS.contains(&v.lower.as_str()) && matches!(prep, "in" | "about" | "by" | "with" | "to");
    if !(ing || bare) || v.is_name_like() {
        return None;
    }
    let base = if bare {
        v.lower.to_string()
    } else {
        let stem = v.lower.strip_suffix("ing")?;
        [stem.to_string(), format!("{stem}e")].into_iter().find(|b| FEELINGS.contains(&b.as_str()))?
    };
    Some(regular_forms(&base).1)
}

/// `We are a Shenzhen factory specialise in kitchenware`, `I am a freelance designer specialize in logos`: `we
/// are`/`I am` (word `i` is the be-verb), `a`/`an`, up to three describing words and a noun, then a bare verb that is
/// nothing else (not a noun: `a family run business`) before a preposition, a determiner or a plural: the verb has
/// no subject of its own; it describes the noun, so `-ing` (or `that` and the verb in -s). The bare verb's index.
fn bare_verb_after_we_are_a(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    let subject = w.is_any(&["i'm", "we're"])
        || w.is("am") && a.at(i, -1).is_some_and(|p| p.is("i"))
        || w.is("are") && a.at(i, -1).is_some_and(|p| p.is("we"));
    if !subject || !a.at(i, 1).is_some_and(|d| d.is_any(&["a", "an"])) {
        return None;
    }
    // The noun phrase: up to four words that are no verb forms, then the bare verb.
    let noun_like = |m: &Word| {
        m.joined
            && (m.tags.any(Tags::NOUN | Tags::ADJ) || !m.tags.any(Tags::KNOWN) || m.is_name_like())
            && !m.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_PART | Tags::VERB_3SG | Tags::VERB_ING)
            && !m.compound_next
    };
    let mut k = 2;
    while k <= 5 && a.at(i, k).is_some_and(noun_like) {
        k += 1;
    }
    if k == 2 {
        return None;
    }
    let v = a.at(i, k)?;
    let bare = v.joined
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING)
        && !v.is_name_like()
        && !v.compound_next;
    let object = a.at(i, k + 1).is_some_and(|o| {
        o.joined && (o.tags.any(Tags::PREP | Tags::DET | Tags::POSS | Tags::NOUN_PL) && !o.tags.any(Tags::PRON))
    });
    (bare && object).then_some(i + k as usize)
}

/// `I am having 5 years of experience`: `have` of possession is not progressive. Only before a number of
/// years or months (`I am having a great time` is right). The index of the be-verb and what replaces it
/// together with `having`.
fn progressive_have(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let w = &a.words[i];
    let be = a.at(i, -1).filter(|p| p.is_any(&["am", "is", "are", "i'm", "we're", "they're", "he's", "she's"]))?;
    if !w.is("having") {
        return None;
    }
    let mut k = 1;
    if a.at(i, 1).is_some_and(|n| n.is_any(&["over", "around", "about", "nearly", "almost", "more"])) {
        k += 1;
        if a.at(i, k).is_some_and(|n| n.is("than")) {
            k += 1;
        }
    }
    let count = a.at(i, k).is_some_and(|n| n.tags.any(Tags::DIGITS | Tags::NUM) || n.is_any(&["one", "a"]));
    let years = a.at(i, k + 1).is_some_and(|n| n.is_any(&["years", "year", "yrs", "months"]));
    // `I am having good knowledge of SAP`, `having strong experience in`: what one has, with no article (`I
    // am having a good experience` is a time one is having).
    let possessed = |n: &Word| {
        n.is_any(&["knowledge", "experience", "expertise", "skills", "understanding", "exposure"]) && !n.compound_next
    };
    let held = a.at(i, 1).is_some_and(possessed)
        || a.at(i, 1).is_some_and(|m| m.tags.any(Tags::ADJ) && !m.tags.any(Tags::DET | Tags::FUNCTION))
            && a.at(i, 2).is_some_and(possessed);
    (count && years || held).then(|| {
        let right = match be.lower.as_str() {
            "is" => "has",
            "he's" => "he has",
            "she's" => "she has",
            "i'm" => "I have",
            "we're" => "we have",
            "they're" => "they have",
            _ => "have",
        };
        (i - 1, right)
    })
}

/// `I am really enjoyed your talk`, `we were attended your session`: a subject pronoun, a present or
/// past `be`, maybe an adverb, and the past form of a verb that takes one object (the `object` verbs of
/// `dictionaries/grammar/possessive-verbs.tsv`: `enjoyed`, `attended`, `followed`), then a possessive
/// beginning that object. A passive has no object, so this is the simple past written with `be`, a slip
/// of writers whose first language marks the past so. Verbs with two objects or a complement (`I was
/// sent your profile`, `he was named our lead`) and feelings (`I am pleased your team won`) are not in
/// that list. The be-verb's index and the words that replace it up to the verb.
fn past_written_as_passive(a: &Analysis, i: usize) -> Option<(usize, String)> {
    let be = &a.words[i];
    if !be.is_any(&["am", "is", "are", "was", "were"]) {
        return None;
    }
    a.at(i, -1).filter(|p| p.is_any(&["i", "we", "they", "he", "she"]))?;
    let mut k = 1;
    if a.at(i, 1).is_some_and(|n| n.tags.only(Tags::ADV, Tags::ANY_VERB | Tags::ADJ | Tags::NEG)) {
        k = 2;
    }
    let v = a.at(i, k)?;
    let object = a.at(i, k + 1)?;
    let one_object = v.tags.any(Tags::VERB_PAST)
        && v.tags.any(Tags::VERB_PART)
        && super::possessive_contraction::verb_class(v) == Some("object");
    (one_object && object.tags.any(Tags::POSS) && !object.is("its")).then(|| {
        let adverb = if k == 2 { format!("{} ", a.words[i + 1].lower) } else { String::new() };
        (i, format!("{adverb}{}", v.lower))
    })
}

/// `we discussing it now`, `I still thinking about it`: a subject pronoun that opens its clause, maybe an
/// adverb, then an -ing form with no `be` before it. The pronoun's index and its `be` (`am`, `are`, `is`).
fn progressive_without_be(a: &Analysis, i: usize) -> Option<(usize, &'static str)> {
    let p = &a.words[i];
    // After a verb that takes a clause (`I hope you doing well`), `you` is that clause's subject too; after
    // other verbs it is their object (`I saw you doing it`).
    let after_clause_verb =
        a.at(i, -1).is_some_and(|v| v.is_any(&["hope", "hoping", "trust", "think", "believe", "guess", "know"]));
    let be = match p.lower.as_str() {
        "i" => "am",
        "we" | "they" => "are",
        "you" if after_clause_verb => "are",
        "he" | "she" => "is",
        _ => return None,
    };
    if !opens_clause(a, i) && !after_clause_verb {
        return None;
    }
    let mut k = 1;
    if a.at(i, 1).is_some_and(|n| n.is_any(&["still", "now", "currently", "also", "really", "just", "all", "both"])) {
        k = 2;
    }
    let v = a.at(i, k)?;
    (v.tags.any(Tags::VERB_ING) && !v.tags.any(Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION) && !v.is_name_like())
        .then_some((i + k as usize, be))
}

/// `does your lab`, `did the new team`: a question's `do` (word `i`, not after a subject of its own, nor
/// after a noun: `the work the team did`) before a noun subject: a determiner or possessive, at most two
/// nouns or adjectives, the noun. The index of the word after the subject, where the verb belongs.
fn do_question_noun_subject(a: &Analysis, i: usize) -> Option<usize> {
    let w = &a.words[i];
    if !w.is_any(&["did", "does", "do"]) || w.is_name_like() {
        return None;
    }
    // At the start of its clause, or after a wh-word and what it asks about (`What type of machine does…`).
    let after_question_word = (1..8)
        .map_while(|k| a.at(i, -k))
        .any(|p| p.is_any(&["what", "which", "how", "why", "when", "where", "who"]) && (p.sentence_start || !p.joined));
    if !(opens_clause(a, i) || after_question_word) {
        return None;
    }
    let det = a.at(i, 1)?;
    if !det.is_any(&["the", "your", "our", "my", "his", "her", "their", "this", "that", "its"]) {
        return None;
    }
    // The subject's words: nouns and adjectives (`your lab`, `the new team`), the last of them a noun.
    let word = |w: &Word| {
        w.tags.any(Tags::NOUN | Tags::ADJ)
            && !w.tags.any(Tags::FUNCTION | Tags::VERB_3SG | Tags::VERB_PAST | Tags::VERB_ING | Tags::NOUN_PL)
            && (!w.tags.any(Tags::ADV) || w.tags.any(Tags::NOUN))
            && !w.compound_next
    };
    let mut end = i + 1;
    while end < i + 3 && a.at(end, 1).is_some_and(word) {
        end += 1;
    }
    // A bare verb after a noun of the subject may be the question's verb already (`Does your garage take
    // apprentices?`).
    if (i + 3..=end).any(|k| a.words[k].tags.any(Tags::VERB) && a.words[k - 1].tags.only(Tags::NOUN, Tags::ADJ)) {
        return None;
    }
    if end <= i + 1 || !a.words[end].tags.any(Tags::NOUN) {
        return None;
    }
    // Past one adverb (`Does your team still uses…`).
    let adverb = a
        .at(end, 1)
        .is_some_and(|m| m.joined && m.tags.any(Tags::ADV) && !m.tags.any(Tags::NOUN | Tags::NEG | Tags::FUNCTION));
    Some(end + 1 + usize::from(adverb))
}

/// Whether word `i` opens its clause: the sentence's first word, the first after punctuation (`Hi Dmitri, I
/// reading…`), or after `and`, `but`, `so`.
fn opens_clause(a: &Analysis, i: usize) -> bool {
    let p = &a.words[i];
    p.sentence_start || !p.joined || a.at(i, -1).is_some_and(|w| w.is_any(&["and", "but", "so"]))
}

/// `I use to be an HR generalist`: a subject pronoun that opens its clause, `use to` and a bare verb: the
/// habit of the past is `used to` (`the tools we use to build` has no subject of its own there; `I didn't use
/// to` has `did` before). The index of `use`.
fn use_to(a: &Analysis, i: usize) -> Option<usize> {
    let p = &a.words[i];
    if !p.is_any(&["i", "we", "they", "he", "she", "you"]) || !opens_clause(a, i) {
        return None;
    }
    let (u, to, v) = (a.at(i, 1)?, a.at(i, 2)?, a.at(i, 3)?);
    let bare = v.is_any(&["be", "have", "do"])
        || v.tags.any(Tags::VERB) && !v.tags.any(Tags::VERB_3SG | Tags::VERB_ING | Tags::FUNCTION);
    (u.is("use") && u.joined && to.is("to") && to.joined && v.joined && bare).then_some(i + 1)
}

/// `have`/`has`/`haven't` after a subject pronoun, or `I've`, `we've`…: the perfect's auxiliary.
fn perfect_have(a: &Analysis, i: usize) -> bool {
    let w = &a.words[i];
    w.is_any(&["i've", "we've", "you've", "they've"])
        || w.is_any(&["have", "has", "haven't", "hasn't"])
            && a.at(i, -1).is_some_and(|p| p.is_any(&["i", "we", "you", "they", "he", "she"]))
}

/// The past participle of a base verb (`manage` → `managed`, `lead` → `led`), when it differs from the
/// base (`put`, `set`: nothing to correct).
fn past_participle(base: &str) -> Option<String> {
    let part = match word_lexicon().irregular_base(base) {
        Some(v) => v.participle.first()?.to_string(),
        None => regular_forms(base).1,
    };
    (part != base).then_some(part)
}

/// `my professor suggested me to contact you`: `suggest` and `recommend` take a clause (`suggested I
/// contact you`), not an object and `to`. The words from the pronoun to `to`, and its subject form.
fn suggest_me_to(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    const VERBS: &[&str] =
        &["suggest", "suggests", "suggested", "suggesting", "recommend", "recommends", "recommended"];
    if !a.words[i].is_any(VERBS) {
        return None;
    }
    let o = a.at(i, 1)?;
    let subject = match o.lower.as_str() {
        "me" => "I",
        "him" => "he",
        "her" => "she",
        "us" => "we",
        "them" => "they",
        "you" => "you",
        _ => return None,
    };
    let to = a.at(i, 2)?;
    let v = a.at(i, 3)?;
    if !to.is("to") || !v.tags.any(Tags::VERB) || v.tags.any(Tags::FUNCTION | Tags::DET) || v.is_name_like() {
        return None;
    }
    let why = format!("‘{}’ takes a clause, not an object and ‘to’", a.words[i].lower);
    Some((i + 1, i + 2, subject.to_string(), why))
}

/// `dictionaries/grammar/intransitive-verbs.txt`: verbs with no object and so no passive.
fn intransitive_verbs() -> &'static foldhash::HashSet<&'static str> {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| super::context::word_list(include_str!("../../../dictionaries/grammar/intransitive-verbs.txt")))
}

/// `The accident was happened at night`, `our team is consisted of six engineers`, `she has been died`: a
/// form of `be` and the participle of a verb that takes no object (`intransitive-verbs.txt`), which has no
/// passive: the verb alone, in the tense of `be` (`happened`, `consists of`, `has died`). The span from `be`
/// to the participle and the right words.
fn passive_of_intransitive(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let w = &a.words[i];
    let tense = match w.lower.as_str() {
        "was" | "were" | "been" => "past",
        "is" => "third",
        "are" | "am" => "base",
        _ => return None,
    };
    let v = a.at(i, 1).filter(|v| v.joined && !v.compound_next && !v.is_name_like())?;
    let base = verb_bases(&v.lower).into_iter().find(|b| intransitive_verbs().contains(b.as_str()))?;
    if !v.tags.any(Tags::VERB_PART | Tags::VERB_PAST) || v.lower.as_str() == base {
        return None;
    }
    // `has been died` → `has died`: after `have`, the participle alone; `was happened` → the simple past.
    let right = match tense {
        "past" => v.lower.to_string(),
        "third" => regular_forms(&base).0,
        _ => base.clone(),
    };
    let why = format!("‘{base}’ takes no object and has no passive: no ‘{}’ before it", w.lower);
    Some((i, i + 1, right, why))
}

/// `I am agree with your post`, `she is agree`: `be` and the bare verb of a state after a subject pronoun:
/// the verb alone, in its person (`I agree`, `she agrees`), not `agreeing`.
fn be_and_a_state(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    const STATES: &[&str] =
        &["agree", "disagree", "know", "understand", "believe", "belong", "prefer", "mean", "own", "remember"];
    // `We are totally disagree`: an adverb may stand between; it stays before the verb.
    let adverb = a
        .at(i, 1)
        .filter(|m| {
            m.joined && m.tags.only(Tags::ADV, Tags::ANY_VERB | Tags::ADJ | Tags::NOUN) && !m.tags.any(Tags::NEG)
        })
        .map(|m| format!("{} ", m.lower));
    let k = 1 + isize::from(adverb.is_some());
    let (w, v) = (&a.words[i], a.at(i, k)?);
    if !STATES.contains(&v.lower.as_str()) || v.compound_next {
        return None;
    }
    // `We are know hiring`: before an -ing verb `know` is `now` (confusable-context).
    if a.at(i, k + 1).is_some_and(|n| n.joined && n.tags.any(Tags::VERB_ING)) {
        return None;
    }
    let adverb = adverb.unwrap_or_default();
    let end = i + k as usize;
    // `I'm agree with your post`: the contraction's subject and the verb.
    let contracted = match w.lower.as_str() {
        "i'm" | "i’m" => Some("I"),
        "we're" | "we’re" => Some("we"),
        "they're" | "they’re" => Some("they"),
        _ => None,
    };
    if let Some(subject) = contracted {
        let subject = if w.capitalized || subject == "I" {
            crate::rules::grammar::capitalize(subject)
        } else {
            subject.to_string()
        };
        return Some((
            i,
            end,
            format!("{subject} {adverb}{}", v.lower),
            format!("‘{}’ is a verb: no ‘am’/‘are’ before it", v.lower),
        ));
    }
    let subject = a.at(i, -1)?;
    let right = match (subject.lower.as_str(), w.lower.as_str()) {
        ("i", "am") | ("we" | "they" | "you", "are") => format!("{adverb}{}", v.lower),
        ("he" | "she", "is") => format!("{adverb}{}", regular_forms(&v.lower).0),
        _ => return None,
    };
    Some((i, end, right, format!("‘{}’ is a verb: no ‘{}’ before it", v.lower, w.lower)))
}

/// `When I will finish, I will call you`, `If we will get the grant, we'll hire`: a clause of time or condition
/// opening the sentence takes the present for its future; `will` belongs to the main clause after the comma.
/// Not `if you will` (willingness: `If you will excuse me`). The span from `will` to its verb and the present.
fn will_in_time_clause(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let w = &a.words[i];
    let future = |x: &Word| x.is_any(&["will", "can", "shall"]) || x.lower.ends_with("'ll") || x.lower.ends_with("’ll");
    // `as soon as` anywhere; `once`, `until`, `after`, `before` after a main clause with its own future (`I will
    // send it once the audit will be done`); any of them, `when` and `if` too, opening the sentence. Not `when`
    // or `if` inside a sentence: there they may ask (`let me know when you will arrive`).
    let as_soon_as = w.is("as")
        && a.at(i, 1).is_some_and(|n| n.joined && n.is("soon"))
        && a.at(i, 2).is_some_and(|n| n.joined && n.is("as"));
    if !as_soon_as && !w.is_any(&["when", "if", "once", "after", "before", "until"]) {
        return None;
    }
    let first = if as_soon_as { i + 3 } else { i + 1 };
    // The main clause's future before it, within the sentence.
    let future_before = || a.words[sentence_window(a, i).start..i].iter().any(future);
    let opens = w.sentence_start && (as_soon_as || w.is_any(&["when", "if", "once", "after", "before", "until"]));
    let inside =
        !w.sentence_start && (as_soon_as || w.is_any(&["once", "until", "after", "before"])) && future_before();
    if !(opens || inside) {
        return None;
    }
    // The subject: a pronoun, or a determiner, up to two modifiers and a noun (`the shipment`, `our new office`).
    let s = a.words.get(first)?;
    let (subject_end, person) = if s.is_any(&["i", "we", "you", "they", "he", "she", "it"]) {
        (first, s.lower.to_string())
    } else if s.tags.any(Tags::DET | Tags::POSS) && !s.tags.any(Tags::PRON) && s.joined {
        let mut k = first + 1;
        while k < first + 3 && a.words.get(k + 1).is_some_and(|m| m.joined && !m.is("will")) {
            k += 1;
        }
        let head = a.words.get(k)?;
        if !head.joined || !head.tags.any(Tags::NOUN | Tags::NOUN_PL) || head.tags.any(Tags::FUNCTION) {
            return None;
        }
        let plural = head.tags.any(Tags::NOUN_PL) && !head.tags.any(Tags::NOUN);
        (k, if plural { "they".to_string() } else { "it".to_string() })
    } else {
        return None;
    };
    let (will, v) = (a.words.get(subject_end + 1)?, a.words.get(subject_end + 2)?);
    if w.is("if") && person == "you" || !will.is("will") {
        return None;
    }
    if !(s.joined && will.joined && v.joined)
        || !v.is("be")
            && (!v.tags.any(Tags::VERB)
                || v.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG | Tags::FUNCTION)
                || v.is_name_like())
    {
        return None;
    }
    // A clause that opens the sentence: the main clause after the comma has its own future (`I will`, `we'll`).
    let main = (subject_end + 3..a.words.len().min(subject_end + 15))
        .take_while(|&k| !a.words[k].sentence_start)
        .find(|&k| !a.words[k].joined)
        .is_some_and(|k| (k..a.words.len().min(k + 3)).any(|m| future(&a.words[m])));
    // A clause of time opening the sentence (not `if`, which may be a wish: `if it will help`) says a future in the
    // present whatever the main clause (`When I will finish my MBA, I plan to…`).
    if !(main || inside || opens && !w.is("if")) {
        return None;
    }
    let right = match (v.is("be"), person.as_str()) {
        (true, "i") => "am".to_string(),
        (true, "he" | "she" | "it") => "is".to_string(),
        (true, _) => "are".to_string(),
        (false, "he" | "she" | "it") => regular_forms(&v.lower).0,
        _ => v.lower.to_string(),
    };
    let opener = if as_soon_as { "as soon as" } else { w.lower.as_str() };
    Some((subject_end + 1, subject_end + 2, right, format!("after ‘{opener}’ the future is said in the present")))
}

/// `If I would have more time, I would volunteer`, `I would call you if I would have your number`: an unreal
/// condition takes the past in its `if` clause, `would` only in the main clause (opening the sentence with `would`,
/// `could` or `might` after the comma, or after one before `if`). Not `if you would` (a polite request: `I'd be
/// grateful if you would send it`). The span of `would` and its verb, and the past.
fn would_in_if_clause(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let w = &a.words[i];
    if !w.is("if") {
        return None;
    }
    let conditional =
        |x: &Word| x.is_any(&["would", "could", "might"]) || x.lower.ends_with("'d") || x.lower.ends_with("’d");
    // A conditional before it in the sentence.
    let before = a.words[sentence_window(a, i).start..i].iter().any(conditional);
    let (s, would, v) = (a.at(i, 1)?, a.at(i, 2)?, a.at(i, 3)?);
    let joined = s.joined && would.joined && v.joined;
    if !s.is_any(&["i", "we", "they", "he", "she", "it"]) || !would.is("would") || !joined {
        return None;
    }
    if !v.is_any(&["be", "have"])
        && (!v.tags.any(Tags::VERB)
            || v.tags.any(Tags::VERB_PAST | Tags::VERB_ING | Tags::VERB_3SG | Tags::FUNCTION)
            || v.is_name_like())
    {
        return None;
    }
    // `would like`, `would prefer`, `would mind` ask politely, whoever asks.
    if v.is_any(&["like", "love", "prefer", "mind", "care", "want"]) {
        return None;
    }
    let after = w.sentence_start
        && (i + 4..a.words.len().min(i + 16))
            .take_while(|&k| !a.words[k].sentence_start)
            .find(|&k| !a.words[k].joined)
            .is_some_and(|k| (k..a.words.len().min(k + 3)).any(|m| conditional(&a.words[m])));
    if !(after || before) {
        return None;
    }
    let lex = crate::text::word_class::lexicon();
    let right = match v.lower.as_str() {
        "be" => "were".to_string(),
        "have" => "had".to_string(),
        base => match lex.irregular_base(base) {
            Some(irregular) => irregular.past.first()?.to_string(),
            None => regular_forms(base).1,
        },
    };
    if !lex.tags(&right).any(Tags::VERB_PAST) && !matches!(right.as_str(), "were" | "had") {
        return None;
    }
    Some((i + 2, i + 3, right, "an unreal ‘if’ takes the past; ‘would’ belongs to the main clause".to_string()))
}

/// The sentence around word `i`, cut to at most 30 words each side: the clause checks look no further, so a
/// paragraph with no full stop stays linear.
fn sentence_window(a: &Analysis, i: usize) -> std::ops::Range<usize> {
    const REACH: usize = 30;
    let low = i.saturating_sub(REACH);
    let start = (low..=i).rev().find(|&k| a.words[k].sentence_start).unwrap_or(low);
    let high = a.words.len().min(i + REACH);
    let end = (i + 1..high).find(|&k| a.words[k].sentence_start).unwrap_or(high);
    start..end
}

/// Verbs of a promise to the reader (`I send you my CV`, `I call you tomorrow`): said of the future, they take
/// `will`.
const PROMISES: &[&str] =
    &["send", "call", "email", "e-mail", "message", "share", "forward", "write", "contact", "ring", "text", "phone"];

/// `I send you my CV if you want`, `I call you tomorrow morning`: a promise in the present. `I` or `we` opening a
/// clause, a verb of sending or calling, and in the same sentence a time ahead (`tomorrow`, `tonight`, `soon`,
/// `next week`) or an offer (`if you want`, `if you like`); no modal in the sentence. The span of the subject and
/// the verb, and the future.
fn present_for_promise(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let s = &a.words[i];
    if !s.is_any(&["i", "we"]) || !opens_clause(a, i) {
        return None;
    }
    let v = a.at(i, 1)?;
    if !v.joined || !v.is_any(PROMISES) {
        return None;
    }
    let window = sentence_window(a, i);
    let (end, sentence) = (window.end, &a.words[window]);
    if sentence.iter().any(|x| x.tags.any(Tags::MODAL) || x.lower.ends_with("'ll") || x.lower.ends_with("’ll")) {
        return None;
    }
    let after = &a.words[i + 2..end];
    let ahead = after.iter().enumerate().any(|(k, x)| {
        x.is_any(&["tomorrow", "tonight", "shortly", "asap"])
            || x.is("soon") && !after.get(k + 1).is_some_and(|n| n.is("after"))
            || x.is("next")
                && after.get(k + 1).is_some_and(|n| n.tags.any(Tags::TIME) || super::past_form::is_day_or_month(n))
            || x.is("if")
                && after.get(k + 1).is_some_and(|n| n.is("you"))
                && after.get(k + 2).is_some_and(|n| n.is_any(&["want", "like", "wish", "need", "prefer", "agree"]))
    });
    if !ahead {
        return None;
    }
    let subject = if s.is("i") { "I" } else { "we" };
    let right = format!("{subject}'ll {}", v.lower.as_str());
    Some((i, i + 1, right, "a promise about the future takes ‘will’".to_string()))
}

/// `It's worth to visit the plant`: `worth` takes the -ing form, not `to` (`worth visiting`); not `worth to me`, a
/// person to whom it is worth something. The span of `to` and the verb, and the -ing form.
fn worth_to(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let (w, to, v) = (&a.words[i], a.at(i, 1)?, a.at(i, 2)?);
    if !w.is("worth") || !to.is("to") || !to.joined || !v.joined || !plain_verb(v) {
        return None;
    }
    if v.tags.any(Tags::OBJ | Tags::DET | Tags::POSS | Tags::PRON) || !word_lexicon().is_stem(&v.lower) {
        return None;
    }
    let ing = regular_forms(&v.lower).2;
    Some((i + 1, i + 2, ing, "‘worth’ takes the -ing form".to_string()))
}

/// `I am knowing your work`, `it is belonging to`: verbs of a state are not progressive.
fn stative_progressive(a: &Analysis, i: usize) -> Option<(usize, usize, String, String)> {
    let v = a.at(i, 1)?;
    let (base, third, past) = match v.lower.as_str() {
        "knowing" => ("know", "knows", "knew"),
        "belonging" => ("belong", "belongs", "belonged"),
        "believing" => ("believe", "believes", "believed"),
        "preferring" => ("prefer", "prefers", "preferred"),
        "consisting" => ("consist", "consists", "consisted"),
        _ => return None,
    };
    let w = &a.words[i];
    let right = match w.lower.as_str() {
        "am" | "are" => base,
        "is" => third,
        "was" | "were" => past,
        _ => return None,
    };
    // `what is knowing without doing`: a gerund subject after `is`; only a pronoun subject is checked.
    // `it is consisting of` is as wrong as `I am believing`.
    let it = base == "consist" && a.at(i, -1).is_some_and(|p| p.is("it"));
    if !it
        && !a.at(i, -1).is_some_and(|p| p.tags.any(Tags::PRON) && !p.is_any(&["what", "which", "that", "this", "it"]))
    {
        return None;
    }
    Some((i, i + 1, right.to_string(), format!("‘{}’ is a state, not progressive", base)))
}

fn check_word(a: &Analysis, i: usize) -> Option<(usize, Vec<String>, String)> {
    let w = &a.words[i];
    let p1 = a.at(i, -1);
    // Skip a negation or an adverb between the trigger and the verb.
    let skip = |j: usize| -> usize {
        if a.at(j, 1).is_some_and(|n| n.tags.any(Tags::NEG) || n.tags.only(Tags::ADV, Tags::ANY_VERB)) {
            j + 1
        } else {
            j
        }
    };
    // `keep me update`, `keep agents motivate during the shift`: `keep` and its object take a past participle
    // (`keep me updated`, `keep them motivated`), not a bare verb (`keep me company`, `keep it simple`, `keep the
    // change` have a noun or an adjective there).
    if w.is_any(&["keep", "keeps", "kept", "keeping"])
        && !w.is_name_like()
        && let Some(k) = a.at(i, 1).and_then(|o| {
            if !o.joined {
                None
            } else if o.is_any(&["me", "us", "you", "him", "her", "them"])
                || o.tags.only(Tags::NOUN_PL, Tags::ANY_VERB | Tags::FUNCTION)
            {
                Some(2)
            } else if o.tags.any(Tags::DET | Tags::POSS) && !o.tags.any(Tags::PRON) {
                a.at(i, 2)
                    .is_some_and(|n| n.joined && n.tags.any(Tags::NOUN | Tags::NOUN_PL) && !n.tags.any(Tags::FUNCTION))
                    .then_some(3)
            } else {
                None
            }
        })
        && let Some(v) = a.at(i, k)
        && v.joined
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::ADJ | Tags::VERB_ING | Tags::VERB_PAST | Tags::VERB_PART | Tags::VERB_3SG | Tags::FUNCTION)
        // After a noun object, a verb that is no noun (`keeping the team spirit high` has a compound noun).
        && (k == 2 && a.words[i + 1].tags.any(Tags::OBJ) || !v.tags.any(Tags::NOUN))
        && !v.is_name_like()
        && a.at(i, k + 1).is_none_or(|n| !n.joined || n.tags.any(Tags::PREP) || n.is("and"))
        && let Some(part) = past_participle(&v.lower)
    {
        return Some((
            i + k as usize,
            vec![part],
            format!("after ‘{}’ and its object the verb takes its past participle", w.lower),
        ));
    }
    // `I will happy to help`, `it would great to connect`: a modal before an adjective that is no verb, noun
    // or adverb has lost its `be`.
    if w.tags.any(Tags::MODAL)
        && !w.is_name_like()
        && !w.is_any(&["need", "dare", "ought"])
        && let Some(adj) = a.at(i, 1)
        && adj.joined
        && adj.tags.any(Tags::ADJ)
        && !adj.tags.any(Tags::ANY_VERB | Tags::ADV | Tags::NOUN_PL | Tags::FUNCTION | Tags::ADJ_CMP | Tags::ADJ_SUP)
        && !adj.is_name_like()
        && a.at(i, 2).is_none_or(|n| {
            !n.joined || n.is_any(&["to", "for", "with", "about", "in", "that", "if", "on", "at", "of"])
        })
    {
        return Some((
            i + 1,
            vec![format!("be {}", adj.lower)],
            format!("after ‘{}’ an adjective needs ‘be’", w.lower),
        ));
    }
    // `I would like connecting with farm managers`: `would like` takes `to` and the bare verb.
    if w.is("like")
        && p1.is_some_and(|p| p.is_any(&["would", "i'd", "we'd", "i’d", "we’d", "they'd", "you'd"]))
        && let Some(v) = a.at(i, 1)
        && v.joined
        && v.tags.any(Tags::VERB_ING)
        && !v.tags.any(Tags::ADJ | Tags::FUNCTION)
        && !v.is_name_like()
        && (!v.tags.any(Tags::NOUN | Tags::NOUN_PL)
            || a.at(i, 2).is_some_and(|n| n.joined && (n.tags.any(Tags::OBJ | Tags::DET | Tags::POSS) || n.is("with"))))
        && let Some(base) = base_of(v)
    {
        return Some((i + 1, vec![format!("to {base}")], "‘would like’ takes ‘to’ and the bare verb".to_string()));
    }
    // `Could you shared the slides?`, `Can we discussed it?`: in a question, a modal and its subject
    // pronoun take the bare verb, as `did you` does.
    if w.tags.any(Tags::MODAL)
        && !w.is_name_like()
        // Opening its clause: the sentence, or after a comma (`Hi Jake, could you shared…`).
        && (i == 0 || a.words[i].sentence_start || p1.is_none_or(|p| p.tags.any(Tags::CONJ | Tags::SUB)))
        && a.at(i, 1).is_some_and(|s| s.is_any(&["you", "i", "we", "they", "he", "she"]))
        && let Some(v) = a.at(i, 2)
        && let Some(base) = bare_needed(v)
    {
        return Some((i + 2, vec![base], format!("after ‘{} {}’ the verb is bare", w.lower, a.words[i + 1].lower)));
    }
    if w.tags.any(Tags::MODAL) && !p1.is_some_and(|p| p.tags.any(Tags::DET | Tags::POSS)) && !w.is_name_like() {
        let j = skip(i) + 1;
        let v = a.at(i, (j - i) as isize)?;
        let base = bare_needed(v)?;
        return Some((j, vec![base], format!("after ‘{}’ the verb is bare", w.lower)));
    }
    // `I would love to be consider`, `to be involve in`: after `be` a verb that is only a verb (never a
    // noun or an adjective) is its past participle.
    if w.is("be")
        && let Some(v) = a.at(i, 1)
        && plain_verb(v)
        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::VERB_ING | Tags::VERB_3SG)
        && word_lexicon().is_stem(&v.lower)
        && a.at(i, 2).is_none_or(|n| !n.tags.any(Tags::NOUN | Tags::NOUN_PL) || n.tags.any(Tags::FUNCTION))
        && let Some(part) = past_participle(&v.lower)
    {
        return Some((i + 1, vec![part], "after ‘be’ the verb takes its past participle".to_string()));
    }
    // `I have been work as a safety officer`, `we've been teach in Lagos`: after a subject pronoun, `have been`
    // and a bare verb with no past form of its own (so not `have been put`), then `as` or (for a word that is
    // no noun) a preposition of place or time, the progressive `-ing` (`been working as`).
    if w.is("been")
        && a.at(i, -1).is_some_and(|h| h.is_any(&["have", "has", "had", "i've", "we've", "they've", "you've", "he's", "she's"]))
        && (a.at(i, -1).is_some_and(|h| h.lower.contains('\''))
            || a.at(i, -2).is_some_and(|s| s.is_any(&["i", "we", "they", "you", "he", "she"])))
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_PART | Tags::ADJ)
        && !v.is_name_like()
        && !v.compound_next
        // A word that is a noun too only before `as` (`been work as`; not `been home for a week`).
        && a.at(i, 2).is_some_and(|n| {
            n.is("as") || !v.tags.any(Tags::NOUN) && n.is_any(&["at", "in", "on", "for", "with", "since"])
        })
    {
        let ing = regular_forms(&v.lower).2;
        return Some((i + 1, vec![ing], "after ‘have been’ the verb takes ‘-ing’".to_string()));
    }
    // `I would like keep in touch`, `I'd love connect`: after `would like`/`would love`, a bare verb needs `to`
    // (only a verb that is no noun, or one before an object: `would like feedback` is a noun).
    if w.is_any(&["like", "love", "prefer", "hate"])
        && w.joined
        && p1.is_some_and(|p| p.is("would") || p.is_any(&["i'd", "we'd", "i’d", "we’d", "they'd", "they’d"]))
        && let Some(v) = a.at(i, 1)
        && v.joined
        && (is_bare_verb(v, a.at(i, 2)) || countable_noun_as_verb(v, a.at(i, 2)))
        && !v.is_any(&["be", "have", "do"])
    {
        return Some((
            i + 1,
            vec![format!("to {}", v.lower)],
            format!("after ‘would {}’ the verb takes ‘to’", w.lower),
        ));
    }
    // `made me chose`, `helped me understood`, `let us knew`: after `make`, `let` or `help` and its object
    // pronoun, the bare verb. A past that is no participle (`chose`, `knew`) always; one that is (`realized`)
    // only before an object or a clause (`made me realized how…`), since a feeling's participle is an
    // adjective there (`made me excited about it`).
    if w.is_any(&["make", "makes", "made", "making", "let", "lets", "letting", "help", "helps", "helped", "helping"])
        && a.at(i, 1).is_some_and(|o| o.joined && o.is_any(&["me", "us", "them", "him", "her"]))
        && let Some(v) = a.at(i, 2)
        && v.joined
        && v.tags.any(Tags::VERB_PAST)
        && let Some(base) = bare_needed(v)
        && (!v.tags.any(Tags::VERB_PART)
            || !FEELINGS.contains(&base.as_str())
                && a.at(i, 3).is_some_and(|n| {
                    n.joined && (starts_object(n) || n.is_any(&["how", "what", "why", "that", "where", "when"]))
                }))
    {
        return Some((i + 2, vec![base], format!("after ‘{} {}’ the verb is bare", w.lower, a.words[i + 1].lower)));
    }
    let negated_do =
        w.is_any(&["didn't", "doesn't", "don't"]) || (w.tags.any(Tags::DO) && a.at(i, 1).is_some_and(|n| n.is("not")));
    if negated_do {
        let j = if w.is_any(&["didn't", "doesn't", "don't"]) { i + 1 } else { i + 2 };
        let v = a.at(i, (j - i) as isize)?;
        let base = bare_needed(v)?;
        return Some((j, vec![base], format!("after ‘{}’ the verb is bare", w.lower)));
    }
    // `Did you attended the summit?`, `Does she likes it?`: in a question, `do` and its subject pronoun
    // take the bare verb.
    if w.is_any(&["did", "does", "do"])
        && !p1.is_some_and(|p| p.tags.any(Tags::PRON | Tags::DET | Tags::POSS | Tags::MODAL | Tags::BE | Tags::HAVE))
        && a.at(i, 1).is_some_and(|s| s.is_any(&["you", "i", "we", "they", "he", "she", "it"]))
    {
        let v = a.at(i, 2)?;
        let base = bare_after_did_subject(v)?;
        return Some((i + 2, vec![base], format!("after ‘{} {}’ the verb is bare", w.lower, a.words[i + 1].lower)));
    }
    // `What machine does your lab uses?`, `Did the team finished it?`: a question's `do` before a noun subject
    // (a determiner or possessive, at most two modifiers, the noun) takes the bare verb too. Only a form that
    // is no adjective, then an object, a preposition or the end of the clause: a word in -s before another
    // word is a noun of the subject (`Do the project plans include…`).
    if let Some(j) = do_question_noun_subject(a, i)
        && let Some(v) = a.words.get(j)
        && v.joined
        && let Some(base) = bare_needed(v)
        && a.at(j, 1).is_none_or(|n| {
            starts_object(n) || n.tags.only(Tags::PREP, Tags::NOUN | Tags::ANY_VERB) || n.is_name_like() && n.all_caps
        })
    {
        return Some((j, vec![base], format!("after ‘{}’ and its subject the verb is bare", w.lower)));
    }
    // `a pleasure to met you`, `hoping to went`: after `to`, an irregular past that is only a past (not
    // also a base, a noun or an adjective: `to found`, `to felt`, `to lost` stay) is never right.
    if w.is("to")
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB_PAST)
        && v.tags.any(Tags::IRREGULAR)
        && !v.tags.any(Tags::VERB | Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION)
        && !v.is_name_like()
        && let Some(base) = verb_bases(&v.lower).into_iter().next()
    {
        return Some((i + 1, vec![base], "after ‘to’ the verb is bare".to_string()));
    }
    // `to discussed your work`, `to shared the plan`: a past form after `to` with an object after it is a
    // verb, and after `to` a verb is bare (`to improved outcomes`, with a noun after it, is an adjective).
    if w.is("to")
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB_PAST)
        && !v.tags.any(Tags::VERB | Tags::NOUN | Tags::NOUN_PL | Tags::FUNCTION)
        && !v.is_name_like()
        && a.at(i, 2).is_some_and(|o| {
            o.tags.any(Tags::POSS)
                || o.is_any(&["the", "a", "an"])
                || !o.compound_next && o.is_any(&["if", "whether", "you", "me", "him", "them", "us"])
        })
        && let Some(base) = verb_bases(&v.lower).into_iter().next()
    {
        return Some((i + 1, vec![base], "after ‘to’ the verb is bare".to_string()));
    }
    // `I want learn more`: `want` before a bare verb that is no noun (`I want work` may be the noun)
    // leaves out `to`.
    if w.is_any(&["want", "wants", "wanted"])
        && p1.is_some_and(|p| p.tags.any(Tags::PRON))
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::FUNCTION | Tags::VERB_PAST | Tags::VERB_ING)
        && !v.is_name_like()
    {
        return Some((i + 1, vec![format!("to {}", v.lower)], format!("after ‘{}’ the verb takes ‘to’", w.lower)));
    }
    if w.is("to") && trigger_ends_at(a, i, "infinitive") {
        let v = a.at(i, 1)?;
        let base = bare_needed(v)?;
        let phrase = format!("{} to", p1.map_or("", |p| p.lower.as_str()));
        return Some((i + 1, vec![base], format!("after ‘{phrase}’ the verb is bare")));
    }
    // `possible to discussed`, `great to talked with you`: after an adjective and `to`, a past form before
    // its object, a preposition or the end is the infinitive's verb (`similar to organised crime`, where a
    // noun follows, is an adjective's phrase).
    if w.is("to")
        // The lexicon marks few adjectives (`possible` is only a noun there): a word after `is` or `was` is
        // the predicate's adjective or noun either way (`it is possible to`, `it was time to`).
        && p1.is_some_and(|p| {
            (p.tags.any(Tags::ADJ) || a.at(i, -2).is_some_and(|q| q.tags.any(Tags::BE)))
                && !p.tags.any(Tags::FUNCTION | Tags::ANY_VERB)
                && !p.is_name_like()
        })
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB_PAST)
        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL)
        && a.at(i, 2).is_none_or(|n| starts_object(n) || n.tags.only(Tags::PREP | Tags::ADV, Tags::NOUN | Tags::ADJ))
        && let Some(base) = bare_needed(v)
    {
        let phrase = format!("{} to", p1.map_or("", |p| p.lower.as_str()));
        return Some((i + 1, vec![base], format!("after ‘{phrase}’ the verb is bare")));
    }
    // `thank you for answer so quickly`, `thanks for help me`: after `for`, a stem that is also a noun is the verb
    // when an object pronoun or an adverb in -ly (perhaps after a degree word) follows it.
    if w.is("for")
        && let Some(v) = a.at(i, 1)
        && v.tags.any(Tags::VERB)
        && !v.tags.any(Tags::VERB_ING | Tags::VERB_PAST | Tags::VERB_3SG | Tags::NOUN_PL | Tags::FUNCTION | Tags::ADJ)
        && !v.is_name_like()
        && word_lexicon().is_stem(&v.lower)
        && let Some(n) = a.at(i, 2)
    {
        let ly = |x: &Word| x.lower.ends_with("ly") && x.tags.only(Tags::ADV, Tags::NOUN | Tags::ADJ | Tags::ANY_VERB);
        let after = n.is_any(&["me", "us", "him", "them"])
            || ly(n)
            || n.is_any(&["so", "very", "really"]) && a.at(i, 3).is_some_and(ly);
        if after {
            let ing = regular_forms(&v.lower).2;
            return Some((i + 1, vec![ing], format!("after ‘{}’ the verb takes -ing", w.lower)));
        }
    }
    if trigger_ends_at(a, i, "gerund") {
        let v = a.at(i, 1)?;
        // A stem that takes -s may be a noun the dictionary does not mark (`passionate about design`,
        // `focused on research`): a verb only before an object. After `forward to` a bare verb is the
        // known slip (`look forward to hear from you`).
        let forward = p1.is_some_and(|p| p.is_any(&["forward", "used"]));
        let object = a.at(i, 2).is_some_and(starts_object);
        // A verb that is never a noun cannot modify the noun after it, so that noun is its object
        // (`passionate about teach children`, `dedicated to improve patient outcomes`). Only a stem
        // en_US.dic lists: one it builds with a prefix (`report` = re + port) has its stem's classes.
        let noun_object = !v.tags.any(Tags::NOUN)
            && word_lexicon().is_stem(&v.lower)
            && a.at(i, 2).is_some_and(|n| {
                n.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::ADJ) && !n.tags.any(Tags::FUNCTION) && !n.is_name_like()
            });
        // A verb WordNet knows no noun sense of (`negotiate`: `dictionaries/grammar/verb-nouns.txt` gives the
        // others their noun tag) before a preposition or the end is the verb (`good at negotiate with`).
        let verb_only_ends = !v.tags.any(Tags::NOUN | Tags::ADJ | Tags::FUNCTION)
            && word_lexicon().is_stem(&v.lower)
            && a.at(i, 2).is_none_or(|n| n.tags.only(Tags::PREP, Tags::NOUN | Tags::NOUN_PL | Tags::ADJ))
            && a.words.get(i + 2).is_none_or(|n| n.joined || n.sentence_start || a.at(i, 2).is_none());
        if v.tags.any(Tags::PLURALIZABLE) && !forward && !object && !noun_object && !verb_only_ends {
            return None;
        }
        // After `forward to`, a countable noun with no determiner is the verb, before a preposition, an
        // adverb or the end (`looking forward to stay in touch`, `to work with you`); not a noun English uses
        // bare for a place or an activity (`back to work`, `to school`).
        let forward_verb = forward && countable_noun_as_verb(v, a.at(i, 2));
        if (is_bare_verb(v, a.at(i, 2)) || noun_object && plain_verb(v) || forward_verb) && !v.tags.any(Tags::VERB_ING)
        {
            let ing = regular_forms(&v.lower).2;
            return Some((i + 1, vec![ing], format!("after ‘{}’ the verb takes -ing", w.lower)));
        }
        return None;
    }
    // `looking for improve my skills`, `a call for discuss`: any other preposition takes the -ing form too;
    // only a stem en_US.dic lists as a verb and never as a noun or adjective, before an object or the end
    // of the clause (`for sure`, `on hold`, `in return` are nouns or adjectives).
    if w.is_any(&["for", "about", "of", "without", "by", "on", "in", "at", "from"])
        && !p1.is_some_and(|p| p.tags.any(Tags::BE))
        && let Some(v) = a.at(i, 1)
        && plain_verb(v)
        && !v.tags.any(Tags::NOUN | Tags::NOUN_PL | Tags::VERB_ING | Tags::VERB_3SG)
        && word_lexicon().is_stem(&v.lower)
    {
        // Not before a bare noun: the lexicon knows few adjectives, and `of appropriate evidence`, `for
        // further use`, `in foster care` are adjectives there.
        let next = a.at(i, 2);
        let object_or_end = next.is_none_or(starts_object);
        if object_or_end {
            let ing = regular_forms(&v.lower).2;
            // `went back to school for improve my English`: `for` and a bare verb is most often a purpose, `to
            // improve`; after thanks, an apology or a reason it is the -ing form (`thanks for accept`).
            let reason = p1.is_some_and(|p| {
                p.is_any(&[
                    "thanks",
                    "thank",
                    "thx",
                    "sorry",
                    "apologies",
                    "apologise",
                    "apologize",
                    "responsible",
                    "grateful",
                    "known",
                    "famous",
                    "reason",
                    "credit",
                    "excuse",
                    "ready",
                    "fit",
                    "suitable",
                ]) || p.is("you") && a.at(i, -2).is_some_and(|t| t.is("thank"))
            });
            if w.is("for") && !reason {
                let message = format!(
                    "a bare verb after ‘for’: a purpose takes ‘to’ (‘to {}’), or ‘for’ takes -ing (‘for {ing}’)",
                    v.lower
                );
                return Some((i, vec!["to".to_string()], message));
            }
            return Some((i + 1, vec![ing], format!("after ‘{}’ the verb takes -ing", w.lower)));
        }
    }
    // `I have manage large budgets`: after the perfect's `have`, the past participle, before the start of
    // its object: a determiner, a possessive or a pronoun (`I haven't finish my report`), or, for a word
    // that is never a noun, an adjective (`I have work to do` and `we have help from IT` keep their nouns).
    if perfect_have(a, i) {
        let j = skip(i) + 1;
        let v = a.at(i, (j - i) as isize)?;
        let next = a.at(j, 1);
        let determiner = next.is_some_and(starts_object);
        let adjective = next.is_some_and(|n| n.tags.only(Tags::ADJ, Tags::ANY_VERB));
        let object = determiner || adjective && !v.tags.any(Tags::NOUN);
        let bare = v.tags.any(Tags::VERB)
            && !v.tags.any(
                Tags::FUNCTION
                    | Tags::NOUN_PL
                    | Tags::ADJ
                    | Tags::VERB_PART
                    | Tags::VERB_PAST
                    | Tags::VERB_ING
                    | Tags::VERB_3SG,
            )
            && !v.is_name_like()
            && !v.compound_next;
        if object
            && bare
            && let Some(part) = past_participle(&v.lower)
        {
            return Some((j, vec![part], format!("after ‘{}’ the verb takes its past participle", w.lower)));
        }
    }
    // `I am interesting in…`, `we're very impress with…`: how the speaker feels is the past participle. So
    // after `and` sharing the sentence's `I`/`we` (`I'm a developer in Seoul and very interesting in…`).
    if w.is_any(&["am", "i'm", "we're"])
        || (w.is_any(&["are", "were"]) && p1.is_some_and(|p| p.is("we")))
        || (w.is("was") && p1.is_some_and(|p| p.is("i")))
        || w.is("and") && super::context::elided_subject(a, i).is_some()
    {
        let j = skip(i) + 1;
        let v = a.at(i, (j - i) as isize)?;
        let prep = a.at(i, (j - i) as isize + 1).map(|n| n.lower.as_str());
        if let Some(ed) = feeling_participle(v, prep) {
            return Some((j, vec![ed], "how you feel takes the -ed form".to_string()));
        }
        if let Some(ed) = feeling_before_to_verb(a, j) {
            return Some((j, vec![ed], "how you feel takes the -ed form".to_string()));
        }
    }
    // `if you are interesting to receive our catalogue`: after `you are` too, before `to`, a verb and its object.
    if w.is_any(&["are", "you're", "you’re"])
        && (w.lower.starts_with("you") || p1.is_some_and(|p| p.is("you")))
        && let Some(ed) = feeling_before_to_verb(a, skip(i) + 1)
    {
        return Some((skip(i) + 1, vec![ed], "how you feel takes the -ed form".to_string()));
    }
    if w.is_any(&["am", "i'm", "we're"])
        || (w.is_any(&["are", "were"]) && p1.is_some_and(|p| p.is("we")))
        || (w.is("was") && p1.is_some_and(|p| p.is("i")))
    {
        // After a degree adverb the bare feeling can only be the -ed form, whatever follows (`I am very
        // interest.`, `a field I am very interest`).
        let degree =
            a.at(i, 1).is_some_and(|d| d.is_any(&["very", "really", "so", "quite", "extremely", "truly", "highly"]));
        if degree
            && let Some(v) = a.at(i, 2)
            && v.joined
            && FEELINGS.contains(&v.lower.as_str())
            && !v.is_name_like()
            && !v.compound_next
        {
            return Some((i + 2, vec![regular_forms(&v.lower).1], "how you feel takes the -ed form".to_string()));
        }
    }
    if w.is_any(&["am", "is", "are"]) {
        // After a subject pronoun (`I am also teach maths`) the verb may come after an adverb, and a verb that
        // is no noun takes any object; one that is a noun too, only before `as` (`I am work as`; not `I am
        // staff at`, `I'm lead on the account`: a role needs no article).
        let pronoun = w.joined
            && p1.is_some_and(|s| s.is_any(&["i", "we", "they", "you", "he", "she"]) && (s.joined || s.sentence_start));
        // Not after a negation: `I am not agree` is `I do not agree`, not `-ing`.
        let j = if pronoun && a.at(i, 1).is_some_and(|n| !n.tags.any(Tags::NEG)) { skip(i) + 1 } else { i + 1 };
        let v = a.at(i, (j - i) as isize)?;
        let next = a.at(i, (j - i) as isize + 1);
        // `I am hear to help` is `here` (confusable-context), not `hearing`.
        let after_pronoun = pronoun
            && v.joined
            && !v.is("hear")
            && plain_verb(v)
            && !v.tags.any(Tags::VERB_ING | Tags::DIGITS)
            && (!v.tags.any(Tags::NOUN)
                || next.is_some_and(|n| n.joined && n.is("as") && !n.compound_next)
                || to_and_verb(a, j));
        if after_pronoun {
            let ing = regular_forms(&v.lower).2;
            return Some((j, vec![ing], format!("after ‘{}’ a bare verb needs -ing", w.lower)));
        }
        let v = a.at(i, 1)?;
        if is_bare_verb(v, a.at(i, 2)) && !v.tags.any(Tags::NOUN) && !v.is("hear") {
            let ing = regular_forms(&v.lower).2;
            return Some((i + 1, vec![ing], format!("after ‘{}’ a bare verb needs -ing", w.lower)));
        }
        // `Our factory is also try to reduce…`: after a noun subject and an adverb (`also`, `still`, `now`: an
        // action under way), a verb that is a noun too is the verb when `to` and a bare verb follow it (`is
        // trying to`). Without the adverb the bare verb may be a complement (`My job is work to order`).
        let j = skip(i) + 1;
        if w.joined
            && j == i + 2
            && a.at(i, 1).is_some_and(|m| !m.tags.any(Tags::NEG))
            && p1.is_some_and(|s| s.joined && s.tags.any(Tags::NOUN | Tags::NOUN_PL) && !s.tags.any(Tags::FUNCTION))
            && let Some(v) = a.words.get(j)
            && v.joined
            && plain_verb(v)
            && !v.tags.any(Tags::VERB_ING | Tags::DIGITS)
            && to_and_verb(a, j)
        {
            // `The goal is try to help` wants `to try`: both readings are offered.
            let ing = regular_forms(&v.lower).2;
            return Some((
                j,
                vec![ing, format!("to {}", v.lower)],
                format!("after ‘{}’ a bare verb needs -ing or ‘to’", w.lower),
            ));
        }
        return None;
    }
    // `have more communicate in the future`, `we need more collaborate`: after a quantifier, a verb that is no
    // noun or adjective, then a preposition or the end, where the noun built on it belongs.
    if w.is_any(&["more", "much", "less", "better", "good", "some", "any"])
        && let Some(v) = a.at(i, 1)
        && v.joined
        && v.tags.any(Tags::VERB)
        && !v.tags.any(
            Tags::NOUN | Tags::NOUN_PL | Tags::ADJ | Tags::ADV | Tags::FUNCTION | Tags::VERB_PART | Tags::VERB_PAST,
        )
        && !v.is_name_like()
        && a.at(i, 1 + 1).is_none_or(|n| !n.joined || n.tags.only(Tags::PREP, Tags::NOUN | Tags::ANY_VERB | Tags::DET))
        && !p1.is_some_and(|p| p.is("to") || p.tags.any(Tags::MODAL))
    {
        let nouns = noun_forms(&v.lower);
        if !nouns.is_empty() {
            return Some((i + 1, nouns, format!("‘{}’ is a verb; after ‘{}’ a noun belongs", v.lower, w.lower)));
        }
    }
    if w.tags.any(Tags::DET | Tags::POSS) && !w.tags.any(Tags::PRON) {
        let v = a.at(i, 1)?;
        let of = a.at(i, 2)?;
        let t = v.tags;
        if of.is("of")
            && t.any(Tags::VERB)
            && !t.any(Tags::NOUN | Tags::ADJ | Tags::FUNCTION | Tags::VERB_PART | Tags::VERB_PAST)
            && !v.is_name_like()
        {
            let nouns = noun_forms(&v.lower);
            if !nouns.is_empty() {
                return Some((i + 1, nouns, format!("‘{}’ is a verb; after ‘{}’ a noun belongs", v.lower, w.lower)));
            }
        }
    }
    None
}

impl Rule for VerbForm {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        let Some(a) = prose_analysis(cx) else { return };
        for i in 0..a.words.len() {
            if let Some((b, right)) = progressive_have(a, i) {
                let span = a.words[b].span.start..a.words[i].span.end;
                let message = format!(
                    "‘{}’: ‘have’ of what you own or have done is not progressive: ‘{right}’",
                    &cx.text()[span.clone()]
                );
                out.extend(finding(cx, &META, span, message, &[right.to_string()]));
                continue;
            }
            if let Some((j, be)) = progressive_without_be(a, i) {
                let v = &a.words[j];
                let right = format!("{be} {}", v.lower);
                let message =
                    format!("‘{}’: an -ing form needs ‘{be}’ before it: ‘{right}’", &cx.text()[v.span.clone()]);
                out.extend(finding(cx, &META, v.span.clone(), message, &[right]));
                continue;
            }
            if let Some(j) = bare_verb_after_we_are_a(a, i) {
                let v = &a.words[j];
                let ing = regular_forms(&v.lower).2;
                let message = format!(
                    "‘{}’ after the noun that says what you are has no subject: ‘{ing}’ (or ‘that …s’)",
                    &cx.text()[v.span.clone()]
                );
                out.extend(finding(cx, &META, v.span.clone(), message, &[ing]));
                continue;
            }
            if let Some(u) = use_to(a, i) {
                let span = a.words[u].span.clone();
                let message = "‘use to’: a habit of the past is ‘used to’".to_string();
                out.extend(finding(cx, &META, span, message, &["used".to_string()]));
                continue;
            }
            if let Some((b, right)) = past_written_as_passive(a, i) {
                let v = &a.words[b + right.split(' ').count()];
                let span = a.words[b].span.start..v.span.end;
                let message = format!(
                    "‘{}’: with an object after it the verb is active; the past needs no ‘{}’: ‘{right}’",
                    &cx.text()[span.clone()],
                    a.words[b].lower
                );
                out.extend(finding(cx, &META, span, message, &[right]));
                continue;
            }
            if let Some((b, e, right, why)) = suggest_me_to(a, i)
                .or_else(|| stative_progressive(a, i))
                .or_else(|| be_and_a_state(a, i))
                .or_else(|| passive_of_intransitive(a, i))
                .or_else(|| will_in_time_clause(a, i))
                .or_else(|| worth_to(a, i))
                .or_else(|| modal_to(a, i))
                .or_else(|| would_in_if_clause(a, i))
                .or_else(|| present_for_promise(a, i))
            {
                let span = a.words[b].span.start..a.words[e].span.end;
                let message = format!("‘{}’: {why}: ‘{right}’", &cx.text()[span.clone()]);
                out.extend(finding(cx, &META, span, message, &[right]));
                continue;
            }
            let Some((j, right, why)) = check_word(a, i) else { continue };
            let v = &a.words[j];
            if right.iter().any(|r| v.lower == *r) {
                continue;
            }
            let message = format!("‘{}’: {why}: ‘{}’", &cx.text()[v.span.clone()], right.join("’ or ‘"));
            out.extend(finding(cx, &META, v.span.clone(), message, &right));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "verb-form";

    #[test]
    fn be_before_a_bare_verb() {
        assert_flags(ID, "I am work as a content executive.", 1);
        assert_flags(ID, "I am also teach maths at a CBSE school. She is manage the unit.", 2);
        let d = check_text(ID, "I am also teach maths.");
        assert_eq!(d[0].suggestions[0].replacement, "teaching");
        assert_clean(ID, "I am staff at the clinic; we are faculty in Leeds; I'm lead on the account.");
        // A verb that is a noun too, before `to` and a bare verb: after a pronoun or a noun subject.
        assert_flags(ID, "I am also try to learn Dutch. Our factory is also try to reduce water use.", 2);
        assert_clean(ID, "The goal is try to help.");
        assert_flags(ID, "I can to help your clinic. You should to try it. I will to send the contract.", 3);
        let d = check_text(ID, "I can to help.");
        assert_eq!(d[0].suggestions[0].replacement, "can help");
        assert_clean(ID, "I can help. We ought to try; you need to go; their will to win; the will to live is strong.");
        let d = check_text(ID, "We are plan to open a branch.");
        assert_eq!(d[0].suggestions[0].replacement, "planning");
        assert_clean(ID, "I am trying to learn. The goal is to reduce waste. My job is work to order; I am set to go.");
        assert_clean(ID, "I am live on air; I am set to join; here I am, go on; I am come.");
    }

    #[test]
    fn a_past_written_as_a_passive() {
        assert_flags(ID, "I am really enjoyed your talk. We were attended your session.", 2);
        assert_clean(ID, "I was sent your profile. I am pleased your team won. She was named our lead.");
        assert_clean(ID, "I was followed by a bear. I am enjoying your talk and I enjoyed your post.");
        let d = check_text(ID, "I am really enjoyed your talk.");
        assert_eq!(d[0].suggestions[0].replacement, "really enjoyed");
    }

    #[test]
    fn question_modal_be_suggest_and_states() {
        assert_flags(ID, "Could you shared the slides? Can we discussed it?", 2);
        assert_flags(ID, "Hi Jake, could you shared the slides from your talk?", 1);
        let d = check_text(ID, "Could you shared the slides?");
        assert_eq!(d[0].suggestions[0].replacement, "share");
        assert_clean(ID, "Could you share the slides? What could you have shared? I can tell you shared it.");
        assert_flags(ID, "I would love to be consider for the role and to be involve in it.", 2);
        let d = check_text(ID, "I would love to be consider for it.");
        assert_eq!(d[0].suggestions[0].replacement, "considered");
        assert_clean(ID, "I would love to be considered; it may be worth a look; to be honest; be sure.");
        let d = check_text(ID, "My professor suggested me to contact you.");
        assert_eq!(d[0].suggestions[0].replacement, "I");
        assert_eq!(d.len(), 1);
        assert_clean(ID, "My professor suggested I contact you; she recommended me to the board.");
        let d = check_text(ID, "I am knowing your work and he is knowing it too.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["know", "knows"]);
        assert_clean(ID, "I know your work; knowing it is half the job; what is knowing without doing?");
        let d = check_text(
            ID,
            "I am believing your approach works. We are preferring remote work. It is consisting of two parts.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["believe", "prefer", "consists"]);
        assert_clean(ID, "Believing in your team is key; what is believing without proof? It consists of two parts.");
    }

    /// After `make`/`let`/`help` + an object pronoun, the bare verb; after `would like`, `to` + the verb.
    #[test]
    fn a_bare_verb_after_make_let_help() {
        assert_flags(ID, "I would like connect with you. I'd love ask you about it.", 2);
        assert_clean(ID, "I would like feedback. I would like to connect. I'd love a chat; would love help.");
        assert_flags(ID, "I would like keep in touch.", 1);
        assert_clean(ID, "I would like help with the rota, access to the files and time off.");
        assert_flags(ID, "Your work is what made me chose hydraulic engineering.", 1);
        assert_flags(ID, "It helped me understood the process. She let me knew the results.", 2);
        assert_flags(ID, "It made me realized how much I love it. They helped us improved our process.", 2);
        assert_clean(ID, "It made me read more. It made me excited about it. It made me interested in law.");
        assert_clean(ID, "It made him tired. It made us stronger. The course made me confused about tax.");
    }

    #[test]
    fn want_without_to() {
        assert_flags(ID, "I want learn more about your clinic.", 1);
        assert_clean(ID, "I want work that matters. I want to learn. They want you to lead. I want more.");
    }

    #[test]
    fn a_progressive_after_a_verb_of_a_clause() {
        assert_flags(ID, "Emily, I hope you doing well. I think they working on it.", 2);
        assert_clean(ID, "I saw you doing it; I hope you're doing well; I know you love doing it.");
    }

    #[test]
    fn a_progressive_without_be() {
        assert_flags(ID, "We discussing it now. I still waiting for the results.", 2);
        assert_clean(ID, "I saw them speaking. We are discussing it; I'm still waiting. I, being new, asked.");
        assert_clean(ID, "We, meeting planners, know it. They amazing? No.");
        // After a greeting's comma the pronoun opens its clause.
        assert_flags(ID, "Hi Dmitri, I reading your blog every week.", 1);
        assert_clean(ID, "Phase I testing went well; Part I reading list.");
    }

    #[test]
    fn use_to_for_a_past_habit() {
        let d = check_text(ID, "I use to be an HR generalist, and we use to work late.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "used");
        assert_clean(ID, "The tools we use to build apps; I didn't use to work there; I used to be a nurse.");
        assert_clean(ID, "I use tools to build apps. Which do you use to plan?");
    }

    #[test]
    fn a_comparative_that_is_also_a_verb() {
        assert_clean(ID, "Colleagues say their pilot is further along, though. It is better now.");
    }

    #[test]
    fn a_past_after_to_before_if_or_a_pronoun() {
        assert_flags(ID, "I am writing to asked if you'd be open to a chat.", 1);
        assert_flags(ID, "I wanted to thanked you for the talk.", 1);
        assert_clean(ID, "Access to trusted you-know-who. Next to finished us-versus-them debates.");
    }

    #[test]
    fn a_past_after_to_before_its_object() {
        assert_flags(ID, "I would like to connect with you to discussed your work.", 1);
        assert_clean(ID, "It led to improved outcomes and to increased sales; I used to work there.");
    }

    #[test]
    fn flags_each_trigger() {
        assert_flags(ID, "We must complies with FDA rules.", 1);
        assert_flags(ID, "My goal is to helping small farms.", 1);
        assert_flags(ID, "I decided to focused on pediatric care.", 1);
        assert_flags(ID, "Dedicated to improve the lives of patients.", 1);
        assert_flags(ID, "I did not wanted to stop.", 1);
        // A British spelling takes its American form's classes and keeps its own spelling in the fix.
        let d = check_text(ID, "I didn't realised you also do research.");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].suggestions[0].replacement, "realise");
        assert_flags(ID, "I look forward to hear how the trial went.", 1);
        assert_flags(ID, "I'm used to manage big teams. We are used to deal with audits.", 2);
        assert_flags(ID, "I'm good at negotiate with suppliers and interested in collaborate.", 2);
        let d = check_text(
            ID,
            "When I will finish, I will call you. If we will get it, we'll hire. When I will be there, I can help.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["finish", "get", "am"]);
        // A clause of time opening the sentence, whatever the main clause; `if` only before a future.
        assert_flags(ID, "When I will finish my MBA, I plan to move into consulting.", 1);
        assert_clean(ID, "When will I finish? When I finish my MBA, I plan to move. I wonder when I will go.");
        assert_clean(
            ID,
            "If you will excuse me, I will leave. I wonder when I will see you. When I finish, I will call.",
        );
        assert_clean(ID, "Focused on research in Leeds; passionate about design; good at negotiating.");
        let d = check_text(ID, "I send you my CV if you want. Thanks, I call you tomorrow morning.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["I'll send", "I'll call"]);
        assert_clean(
            ID,
            "I send reports every Monday. I'll call you tomorrow. I can send it if you want. I call my mother \
             daily. We send invoices soon after delivery.",
        );
        let d =
            check_text(ID, "If I would have more time, I would volunteer. I would call if I would know the number.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["had", "knew"]);
        assert_clean(
            ID,
            "I'd be grateful if you would send it. If I had time, I would go. If I would like it, I'd say. I \
             wonder if he would agree.",
        );
        let d = check_text(
            ID,
            "As soon as the shipment will arrive, I will call you. I will send it once the audit will be done.",
        );
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["arrives", "is"]);
        assert_clean(
            ID,
            "Let me know when you will arrive. I don't know if the team will agree. I went once the shop will \
             open? As soon as it arrives, I will call. Once the audit is done, we will send it.",
        );
        let d = check_text(ID, "It's worth to visit the plant.");
        assert_eq!(d[0].suggestions[0].replacement, "visiting");
        assert_clean(ID, "It's worth visiting the plant; what it's worth to me; worth to the team.");
        let d = check_text(ID, "I'm agree with your post and we're agree too.");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["I agree", "we agree"]);
        assert_clean(ID, "I used to manage big teams; it is used to cut metal; I'm used to the cold; I am used to it.");
        assert_flags(ID, "Thank you for answer so quickly. Thanks for help me with the form.", 2);
        assert_clean(ID, "Thank you for the answer; a request for help; thanks for answering so quickly; for me.");
        assert_flags(ID, "Looking forward to stay in touch; I look forward to chat with you.", 2);
        assert_flags(ID, "If it is possible to discussed. It was great to talked with you.", 2);
        assert_flags(ID, "Would be nice to exchanges ideas. It was good to meeting you.", 2);
        assert_clean(ID, "Nice to meet you; good to go; hard to say; great to see the nice-to-haves.");
        assert_clean(ID, "It is similar to organised crime and close to finished products.");
        assert_clean(ID, "Looking forward to work on Monday, to school in May and to the stay in Rome.");
        assert_flags(ID, "Really look forward to hear what you think!", 1);
        // A question with `do` takes the bare verb; thanks for takes -ing.
        assert_flags(ID, "Did you attended the summit? Why did they went home? Does she likes it?", 3);
        // `We are totally disagree`: the adverb stays; `I am hear` is `here` (confusable-context).
        let d = check_text(ID, "We are totally disagree with it.");
        assert_eq!(d[0].suggestions[0].replacement, "totally disagree");
        assert_clean(ID, "I am hear to help. We are know hiring.");
        // `for` and a bare verb: a purpose takes `to`; after thanks, -ing.
        let d = check_text(ID, "She went back to school for improve her English. Thanks for accept my request.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["to", "accepting"]);
        // A verb with no object has no passive.
        let d = check_text(ID, "The accident was happened at night. Our team is consisted of six engineers.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["happened", "consists"]);
        assert_flags(ID, "She has been died. The goods were arrived yesterday.", 2);
        assert_clean(
            ID,
            "It happened at night; the loan was originated in 2019; the tent was collapsed; he was disappeared.",
        );
        // A modal before an adjective has lost its `be`; `would like` takes `to`.
        let d = check_text(ID, "I will happy to help. It would great to connect. I would like connecting with you.");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["be happy", "be great", "to connect"]);
        assert_clean(
            ID,
            "I would rather wait; it will likely rain; you must also sign; I would like meetings on Monday.",
        );
        // After `did` and its pronoun: a past that is an adjective too, or whose bare reading is rare.
        assert_flags(ID, "Did you had to repeat the test? Why did they had a break?", 2);
        assert_clean(ID, "Did you have to repeat it? I did, and they had a break. What did you and they have?");
        let d = check_text(ID, "Did you saw my message? Why did you left the agency? Did you fell the oak?");
        let r: Vec<_> = d.iter().map(|d| d.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["see", "leave", "fall"]);
        assert_clean(ID, "Did you found the firm in 1990? Did they lay the cables? Did you see it?");
        // `be` and the bare verb of a state: the verb alone.
        let d = check_text(ID, "I am agree with your post, and she is agree too.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "agree");
        assert_eq!(d[1].suggestions[0].replacement, "agrees");
        assert_clean(ID, "I agree with your post; the terms I am agreeing to; we are in agreement.");
        // `have been` and a bare verb.
        assert_flags(ID, "I have been work as a site safety officer for 4 years; we've been teach in Lagos.", 2);
        assert_clean(ID, "I have been working as a nurse. It has been work in progress. I have been home for a week.");
        assert_clean(ID, "I have been put in charge; we have been set on it; they have been part of it.");
        // And before a noun subject: then an object, a preposition or the end.
        assert_flags(ID, "What type of milling machine does your lab uses? Did the new team finished it?", 2);
        assert_flags(ID, "Does your kitchen needs a pastry chef? How did the pilot went in Leeds?", 2);
        assert_flags(ID, "Does your team still uses the old tool?", 1);
        assert_flags(ID, "Does your lab uses GMP-grade IL-7 and IL-15?", 1);
        let d = check_text(ID, "Hope we can have more communicate in the future.");
        assert_eq!(d[0].suggestions[0].replacement, "communication");
        assert_clean(ID, "We need more communication; to more closely communicate; they want more to communicate.");
        let d = check_text(ID, "Please keep me update on this. How do you keep agents motivate during night shifts?");
        let r: Vec<_> = d.iter().map(|x| x.suggestions[0].replacement.as_str()).collect();
        assert_eq!(r, ["updated", "motivated"]);
        assert_clean(ID, "Keep me updated; keep me company; keep it simple; keep the change; keep them in mind.");
        assert_clean(ID, "Keeping the team spirit high; keep costs control tight; keep your head down.");
        assert_clean(ID, "Does your team still use the old tool? Does your team really need it?");
        assert_clean(ID, "Do the project plans include costs? Does your lab use it? The work the team did mattered.");
        assert_clean(ID, "Does your garage take apprentices? Does the sales team plan visits?");
        assert_clean(ID, "I know what the team did the first week, and how your team did the project planning well.");
        assert_flags(ID, "Thanks for accept my request and thank you for share the deck.", 2);
        // A verb that is never a noun, then a noun: its object.
        assert_flags(ID, "Passionate about teach children and dedicated to improve patient outcomes.", 2);
        assert_flags(ID, "Interested in learn new skills.", 1);
        // Any other preposition, before an object.
        assert_flags(ID, "Looking for improve my skills; a guide on manage your time.", 2);
        // `discuss` is no plural of `discus` (en_US.aff adds -es after s).
        assert_flags(ID, "I want to keep in contact with you for discuss the new season.", 1);
        // How the speaker feels: the -ed form.
        assert_flags(ID, "We are a Shenzhen factory specialise in silicone kitchenware.", 1);
        assert_flags(
            ID,
            "I am a freelance designer specialize in logos. We are a company provide logistics services.",
            2,
        );
        assert_clean(ID, "We are a family run business; I am a nurse based in Leeds; we are a team working on it.");
        assert_clean(ID, "We are a factory specialising in kitchenware; I am a designer who makes logos.");
        assert_flags(ID, "I'm a backend developer in Seoul and very interesting in your blog series.", 1);
        assert_clean(ID, "We found it long and interesting in parts. I read it and interesting in parts it was.");
        let d = check_text(ID, "I am interesting in your work on flood modelling.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "interested");
        assert_flags(ID, "We are very impress with the results and I'm exciting about the launch.", 2);
        assert_flags(ID, "I was really inspire by your article on well integrity.", 1);
        // After a degree adverb, whatever follows: `a field I am very interest.`
        assert_flags(ID, "It is a field I am very interest. We are so excite to join!", 2);
        assert_clean(ID, "I am very interested. We are so interest-free. I am very much impressed.");
        // After the perfect's `have`, the past participle.
        let d = check_text(ID, "I have manage large budgets and she has lead three teams.");
        assert_eq!(d.len(), 2, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "managed");
        assert_eq!(d[1].suggestions[0].replacement, "led");
        assert_flags(ID, "We've deliver the project; I haven't finish my report.", 2);
        assert_clean(ID, "I have work to do; we have help from IT; I have managed budgets; I have put my name.");
        assert_clean(ID, "I have lead poisoning research; they have design reviews weekly; you have my word.");
        assert_clean(ID, "I have work experience in Leeds; we have design skills; I have finish carpentry skills.");
        // `have` of possession is not progressive.
        let d = check_text(ID, "I am having 3 years experience in SAP FICO.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "have");
        assert_eq!(d[0].span, 2..11);
        assert_flags(ID, "She is having over 10 years of experience.", 1);
        assert_clean(ID, "I am having a great time; we are having lunch; I have 3 years of experience.");
        assert_flags(ID, "I am having good knowledge of Python and I'm having experience in SAP.", 2);
        assert_clean(ID, "I am having a good experience here; we are having knowledge-sharing sessions.");
        // After `to`, a past that is only a past.
        let d = check_text(ID, "It was a pleasure to met you at the conference.");
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "meet");
        assert_clean(ID, "I moved to found a startup; from wool to felt; next to left field; to read.");
        assert_clean(ID, "I'm exciting to watch on stage; I am interested in audits and impressed by you.");
        assert_clean(ID, "It is interesting in that it scales; the talk is exciting about AI.");
        // Before `to`, a verb and its object: the speaker's feeling (`you are` too).
        assert_flags(
            ID,
            "Let me know if you are interesting to receive our catalogue. We are exciting to join you.",
            2,
        );
        assert_clean(
            ID,
            "You are interesting to talk to. The results are interesting to read; it is exciting to see it.",
        );
        let d = check_text(ID, "Managed the install of solar panels.");
        assert_eq!(d[0].suggestions[0].replacement, "installation");
    }

    #[test]
    fn accepts_nouns_and_right_forms() {
        assert_clean(ID, "A can of paint; the will of the board; in May we grew.");
        assert_clean(ID, "Responsible for design reviews and passionate about cooking.");
        assert_clean(ID, "Committed to quality; dedicated to our clients.");
        assert_clean(ID, "The work of many; the build of the app.");
        assert_clean(ID, "It is cut and set; it is done.");
        assert_clean(ID, "Focused on front-end work.");
        assert_clean(ID, "I am passionate about design and love people; focused on research.");
        assert_clean(ID, "I look forward to hearing how the trial went; a passion for how things work.");
        // A noun that is also a verb modifies the next noun; `report` is en_US.dic's re + port.
        assert_clean(ID, "Skilled in test automation, report writing, change management and process design.");
        assert_clean(ID, "Did you attend? What I did yesterday mattered; you did it; they do.");
        assert_clean(ID, "On the basis of appropriate evidence, for further use, in foster care.");
        assert_clean(ID, "In brief the plan works; at present the unit has 12 beds; for sale the house is cheap.");
        assert_clean(ID, "Thanks for the support, thanks for reading and thank you for sharing the deck.");
        assert_clean(ID, "Thanks for support and grateful for help on the launch.");
        assert_clean(ID, "Experienced in lead generation and focused on supply chain and cost control.");
    }
}
