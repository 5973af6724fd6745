//! Word classes for the grammar rules, from one lexicon: open classes (nouns, verbs, adjectives and
//! their inflections) read off the affix flags of the bundled Hunspell en_US dictionary (SCOWL), and
//! closed classes and irregular verbs from `dictionaries/grammar/`. Built once, on first use.
//!
//! The Hunspell flags say which inflections a stem takes: `D`/`G` (-ed, -ing) make it a verb, `M`
//! (-'s) a noun, `S` a plural or third-person form, `T` (-est) an adjective with `R` (-er) its
//! comparative. A tag set is therefore "what this word can be", not what it is in one sentence.

use foldhash::{HashMap, HashMapExt};
use std::sync::{Arc, OnceLock};

/// A set of word classes (bit flags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Tags(pub u64);

macro_rules! tags {
    ($($name:ident = $bit:expr),* $(,)?) => {
        impl Tags { $(pub const $name: Tags = Tags(1 << $bit);)* }
        /// Each class's name, for printing.
        #[cfg(test)]
        const TAG_NAMES: &[(&str, Tags)] = &[$((stringify!($name), Tags(1 << $bit))),*];
    };
}

tags! {
    NOUN = 0, NOUN_PL = 1, PLURALIZABLE = 2, VERB = 3, VERB_3SG = 4, VERB_PAST = 5, VERB_PART = 6,
    VERB_ING = 7, ADJ = 8, ADJ_CMP = 9, ADJ_SUP = 10, ADV = 11, DET = 12, POSS = 13, PRON = 14,
    OBJ = 15, PREP = 16, MODAL = 17, BE = 18, HAVE = 19, DO = 20, CONJ = 21, SUB = 22, NUM = 23,
    QUANT = 24, NEG = 25, AGREE_3S = 26, AGREE_NON3 = 27, AGREE_1S = 28, PAST_SG = 29, PAST_PL = 30,
    PLURAL = 31, TIME = 32, KNOWN = 33, IRREGULAR = 34, DIGITS = 35,
}

impl Tags {
    pub const EMPTY: Tags = Tags(0);
    /// Any verb form.
    pub const ANY_VERB: Tags =
        Tags(Tags::VERB.0 | Tags::VERB_3SG.0 | Tags::VERB_PAST.0 | Tags::VERB_PART.0 | Tags::VERB_ING.0);
    /// Words that are never nouns, verbs or adjectives.
    pub const FUNCTION: Tags = Tags(
        Tags::DET.0
            | Tags::POSS.0
            | Tags::PRON.0
            | Tags::OBJ.0
            | Tags::PREP.0
            | Tags::MODAL.0
            | Tags::BE.0
            | Tags::HAVE.0
            | Tags::DO.0
            | Tags::CONJ.0
            | Tags::SUB.0
            | Tags::NEG.0,
    );

    /// Whether any of `other`'s classes is in this set.
    pub fn any(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every class of `other` is in this set.
    pub fn all(self, other: Tags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether this set has a class of `want` and none of `not`.
    pub fn only(self, want: Tags, not: Tags) -> bool {
        self.any(want) && !self.any(not)
    }
}

impl std::ops::BitOr for Tags {
    type Output = Tags;
    fn bitor(self, rhs: Tags) -> Tags {
        Tags(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Tags {
    fn bitor_assign(&mut self, rhs: Tags) {
        self.0 |= rhs.0;
    }
}

/// An irregular verb's forms.
#[derive(Debug)]
pub struct IrregularVerb {
    pub base: &'static str,
    pub past: Vec<&'static str>,
    pub participle: Vec<&'static str>,
}

/// The lexicon: Hunspell stems with their flags, closed classes, irregular verbs.
pub struct Lexicon {
    closed: HashMap<&'static str, Tags>,
    irregular: Vec<IrregularVerb>,
    /// Any irregular form (base, past, participle) → index into `irregular`.
    irregular_forms: HashMap<&'static str, Vec<usize>>,
}

/// `stem<TAB>flags`, sorted by bytes: en_US.dic's lower-case stems (scripts/build-word-classes.py).
const STEMS: &str = include_str!("../../dictionaries/grammar/word-stems.tsv");
const CLOSED: &str = include_str!("../../dictionaries/grammar/closed-classes.tsv");
const IRREGULAR: &str = include_str!("../../dictionaries/grammar/irregular-verbs.tsv");
const VERB_NOUNS: &str = include_str!("../../dictionaries/grammar/verb-nouns.txt");

/// A stem en_US.dic's flags mark as a verb only that is also a noun (`work`, `design`, `schedule`:
/// `dictionaries/grammar/verb-nouns.txt`, from WordNet), found by binary search over its sorted lines.
fn is_verb_noun(stem: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| VERB_NOUNS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .binary_search_by(|w| w.as_bytes().cmp(stem.as_bytes()))
        .is_ok()
}

const NOUN_ADJECTIVES: &str = include_str!("../../dictionaries/grammar/noun-adjectives.txt");

/// A stem en_US.dic's flags mark as a noun only that English uses only as an adjective (`brilliant`,
/// `valuable`: `dictionaries/grammar/noun-adjectives.txt`, from WordNet), found by binary search over its sorted
/// lines. Not a class of the lexicon (as an adjective tag it changed what other rules read): the rules that
/// take a word after `it's` or `you're` for a noun ask it.
pub fn is_noun_adjective(stem: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| NOUN_ADJECTIVES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .binary_search_by(|w| w.as_bytes().cmp(stem.as_bytes()))
        .is_ok()
}

const CLASS_ADJECTIVES: &str = include_str!("../../dictionaries/grammar/class-adjectives.txt");
const CLASS_NOUNS: &str = include_str!("../../dictionaries/grammar/class-nouns.txt");

/// A stem en_US.dic's flags give no class that English uses only as an adjective (`insightful`, `eager`:
/// `dictionaries/grammar/class-adjectives.txt`, from WordNet), found by binary search over its sorted lines.
fn is_class_adjective(stem: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| CLASS_ADJECTIVES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .binary_search_by(|w| w.as_bytes().cmp(stem.as_bytes()))
        .is_ok()
}

/// A stem en_US.dic's flags give no class that English uses only as a noun (`data`, `internet`:
/// `dictionaries/grammar/class-nouns.txt`, from WordNet), found by binary search over its sorted lines.
fn is_class_noun(stem: &str) -> bool {
    static LIST: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| CLASS_NOUNS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .binary_search_by(|w| w.as_bytes().cmp(stem.as_bytes()))
        .is_ok()
}

/// The lexicon, built on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

fn tsv_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut closed = HashMap::new();
        for row in tsv_rows(CLOSED) {
            let mut tags = Tags::KNOWN;
            for class in row.get(1).copied().unwrap_or("").split(',') {
                tags |= match class.trim() {
                    "det" => Tags::DET,
                    "poss" => Tags::POSS,
                    "pron" => Tags::PRON,
                    "obj" => Tags::OBJ,
                    "prep" => Tags::PREP,
                    "modal" => Tags::MODAL,
                    "be" => Tags::BE,
                    "have" => Tags::HAVE,
                    "do" => Tags::DO,
                    "conj" => Tags::CONJ,
                    "sub" => Tags::SUB,
                    "num" => Tags::NUM,
                    "quant" => Tags::QUANT,
                    "neg" => Tags::NEG,
                    "adv" => Tags::ADV,
                    "3s" => Tags::AGREE_3S,
                    "non3" => Tags::AGREE_NON3,
                    "1s" => Tags::AGREE_1S,
                    "pastsg" => Tags::PAST_SG,
                    "pastpl" => Tags::PAST_PL,
                    "pl" => Tags::PLURAL,
                    "nounpl" => Tags::NOUN_PL,
                    "time" => Tags::TIME,
                    "adj" => Tags::ADJ,
                    "adjcmp" => Tags::ADJ_CMP,
                    "adjsup" => Tags::ADJ_SUP,
                    _ => Tags::EMPTY,
                };
            }
            *closed.entry(row[0]).or_insert(Tags::EMPTY) |= tags;
        }
        let mut irregular = Vec::new();
        let mut irregular_forms: HashMap<&'static str, Vec<usize>> = HashMap::new();
        for row in tsv_rows(IRREGULAR) {
            let split = |i: usize| -> Vec<&'static str> {
                row.get(i).copied().unwrap_or("").split('/').filter(|s| !s.is_empty()).collect()
            };
            let v = IrregularVerb { base: row[0], past: split(1), participle: split(2) };
            let i = irregular.len();
            for f in std::iter::once(v.base).chain(v.past.iter().copied()).chain(v.participle.iter().copied()) {
                let list = irregular_forms.entry(f).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
            irregular.push(v);
        }
        Lexicon { closed, irregular, irregular_forms }
    }

    /// Whether `word` (lower case) is a stem of the dictionary.
    pub fn is_stem(&self, word: &str) -> bool {
        self.flags(word).is_some()
    }

    /// The Hunspell flags of stem `word`, if it is one, directly or with one of en_US.aff's prefixes
    /// (`product` is `pro` + `duct/K…`, `report` is `re` + `port/A…`).
    pub fn flags(&self, word: &str) -> Option<&'static str> {
        if let Some(f) = stem_flags(word) {
            return Some(f);
        }
        const PREFIXES: &[(&str, char)] =
            &[("re", 'A'), ("in", 'I'), ("un", 'U'), ("de", 'C'), ("dis", 'E'), ("con", 'F'), ("pro", 'K')];
        PREFIXES.iter().find_map(|&(prefix, flag)| {
            let rest = word.strip_prefix(prefix)?;
            stem_flags(rest).filter(|f| f.contains(flag))
        })
    }

    /// The irregular verbs `word` is a form of.
    pub fn irregular(&self, word: &str) -> impl Iterator<Item = &IrregularVerb> {
        self.irregular_forms.get(word).into_iter().flatten().map(|&i| &self.irregular[i])
    }

    /// The irregular verb whose base form is `base`.
    pub fn irregular_base(&self, base: &str) -> Option<&IrregularVerb> {
        self.irregular(base).find(|v| v.base == base)
    }

    /// Every class `word` (lower case, straight apostrophes) can have. Answers are cached per thread
    /// (a batch repeats its vocabulary); the cache is cleared when it reaches 50,000 words, so a
    /// long-running process stays bounded.
    pub fn tags(&self, word: &str) -> Tags {
        self.shared_and_tags(word).1
    }

    /// [`Lexicon::tags`], and `word` as a shared string: the cache's own copy, so that a word the
    /// batch has seen before takes no new copy on the heap ([`super::analysis::Lower`]).
    pub fn shared_and_tags(&self, word: &str) -> (Arc<str>, Tags) {
        thread_local! {
            static CACHE: std::cell::RefCell<HashMap<Arc<str>, Tags>> = std::cell::RefCell::new(HashMap::new());
        }
        CACHE.with(|c| {
            if let Some((w, &t)) = c.borrow().get_key_value(word) {
                return (w.clone(), t);
            }
            let t = self.tags_uncached(word);
            let mut c = c.borrow_mut();
            if c.len() >= 50_000 {
                c.clear();
            }
            let w: Arc<str> = Arc::from(word);
            c.insert(w.clone(), t);
            (w, t)
        })
    }

    fn tags_uncached(&self, word: &str) -> Tags {
        // Function words are what the closed-class list says, and nothing else: `in` is not the noun
        // of "the ins and outs", `can` not the container.
        let closed = self.closed.get(word).copied().unwrap_or(Tags::EMPTY);
        if closed.any(Tags::FUNCTION) {
            let t = closed;
            let irregular = self.irregular(word).fold(Tags::EMPTY, |acc, v| {
                let mut t = acc | Tags::IRREGULAR;
                if v.past.contains(&word) {
                    t |= Tags::VERB_PAST;
                }
                if v.participle.contains(&word) {
                    t |= Tags::VERB_PART;
                }
                t
            });
            return t | irregular;
        }
        let mut t = closed;
        for v in self.irregular(word) {
            t |= Tags::IRREGULAR;
            if v.base == word {
                t |= Tags::VERB;
            }
            if v.past.contains(&word) {
                t |= Tags::VERB_PAST;
            }
            if v.participle.contains(&word) {
                t |= Tags::VERB_PART;
            }
        }
        // The word's own entry, looked up once (a failed look-up tries every prefix of en_US.aff).
        let own = self.flags(word);
        if let Some(flags) = own {
            t |= Tags::KNOWN | stem_tags(flags);
            if is_verb_noun(word) {
                t |= Tags::NOUN;
            }
            // A noun whose plural en_US.dic lists as a word of its own (`experience/IMD` and `experiences`,
            // `decision/MK`): countable, as if it had the `S` flag.
            if flags.contains('M')
                && !flags.contains('S')
                && (self.is_stem(&format!("{word}s")) || self.is_stem(&format!("{word}es")))
            {
                t |= Tags::PLURALIZABLE;
            }
        }
        // `goes`, `does`: the third person of an irregular verb, which en_US.dic lists as a word.
        if let Some(stem) = word.strip_suffix("es").or_else(|| word.strip_suffix('s'))
            && self.irregular_base(stem).is_some()
        {
            t |= Tags::KNOWN | Tags::VERB_3SG;
        }
        // That plural, listed with no flags: a plural noun (and the verb's third person when the noun is a verb
        // too: `experiences`; not an irregular verb's, `goes`).
        if !t.any(Tags::NOUN_PL | Tags::VERB_3SG)
            && word.ends_with('s')
            && own.is_some()
            && let Some(stem) = [word.strip_suffix('s'), word.strip_suffix("es")]
                .into_iter()
                .flatten()
                .find(|s| self.flags(s).is_some_and(|f| f.contains('M') && !f.contains('S')))
        {
            t |= Tags::KNOWN | Tags::NOUN_PL;
            if self.flags(stem).is_some_and(|f| f.contains(['D', 'G'])) {
                t |= Tags::VERB_3SG;
            }
        }
        // Inflected forms: try each suffix rule of en_US.aff backwards.
        for (stem, flag) in stems_of(word) {
            let Some(flags) = self.flags(&stem) else { continue };
            let has = |f: char| flags.contains(f);
            let verb = has('D') || has('G');
            match flag {
                'S' if has('S') => {
                    t |= Tags::KNOWN;
                    if verb {
                        t |= Tags::VERB_3SG;
                    }
                    if has('M') || !verb || is_verb_noun(&stem) {
                        t |= Tags::NOUN_PL;
                    }
                }
                'D' if has('D') => t |= Tags::KNOWN | Tags::VERB_PAST | Tags::VERB_PART,
                'G' if has('G') => t |= Tags::KNOWN | Tags::VERB_ING,
                'R' if has('R') && has('T') => t |= Tags::KNOWN | Tags::ADJ_CMP,
                // -er without -est is the agent noun (`manager`), -ers its plural (flag `Z`).
                // Its plural in -ers (`Z`) makes it a countable noun (`teacher`, listed with `M` alone).
                'R' if has('R') && has('Z') => t |= Tags::KNOWN | Tags::NOUN | Tags::PLURALIZABLE,
                'R' if has('R') => t |= Tags::KNOWN | Tags::NOUN,
                // `longer`: listed as a word of its own beside an adjective with a superlative (`long/KDSTG`).
                'R' if has('T') && self.is_stem(word) => t |= Tags::ADJ_CMP,
                'Z' if has('Z') => t |= Tags::KNOWN | Tags::NOUN_PL,
                // Not a word listed as an adjective of its own, with its own adverb or superlative (`honest/EYT`,
                // `modest/Y`, `earnest/SMYP`, which the -est rule also makes of `hon`, `mod`, `earn`).
                'T' if has('T') && !self.flags(word).is_some_and(|f| f.contains(['Y', 'T'])) => {
                    t |= Tags::KNOWN | Tags::ADJ_SUP
                }
                'Y' if has('Y') => t |= Tags::KNOWN | Tags::ADV,
                // A noun (`M`) whose plural is in -ves: one that takes no -s (`wife` → `wives`), or whose -ves form
                // is listed as a word (`knife` → `knives`); not `safe` → `saves`.
                'v' if has('M') && (!has('S') || self.is_stem(word)) => t |= Tags::KNOWN | Tags::NOUN_PL,
                // A doubled consonant (`planned`, `planning`) is listed as its own word in en_US.dic.
                'd' if self.is_stem(word) => t |= Tags::VERB_PAST | Tags::VERB_PART,
                // `bigger`, `biggest`: listed words whose -est form is listed too (not `dinner`).
                'r' if self.is_stem(word) && self.is_stem(&format!("{}est", &word[..word.len() - 2])) => {
                    t |= Tags::ADJ_CMP
                }
                't' if self.is_stem(word) && self.is_stem(&format!("{}er", &word[..word.len() - 3])) => {
                    t |= Tags::ADJ_SUP
                }
                'g' if self.is_stem(word) => t |= Tags::VERB_ING,
                _ => {}
            }
        }
        // The -ing form of an irregular verb that en_US.dic lists as a noun of its own (`taking`, `coming`):
        // also the verb's.
        if let Some(s) = word.strip_suffix("ing")
            && s.len() >= 2
            && !t.any(Tags::VERB_ING)
            && (self.irregular_base(&format!("{s}e")).is_some() || self.irregular_base(s).is_some())
        {
            t |= Tags::VERB_ING;
        }
        // A listed stem whose verb forms double its last consonant and are listed as words of their own
        // (`pop`: `popped`, `popping`; `refer`, listed with no flag for them): a verb too.
        if word.len() >= 3
            && !t.any(Tags::VERB)
            && (t.any(Tags::NOUN) || own.is_some())
            && let Some(last) = word.chars().last().filter(|c| c.is_ascii_alphabetic() && !"aeiouywx".contains(*c))
            && self.is_stem(&format!("{word}{last}ed"))
            && self.is_stem(&format!("{word}{last}ing"))
        {
            t |= Tags::VERB;
        }
        // A stem whose comparative and superlative double its last consonant and are listed words of their own
        // (`big`: `bigger`, `biggest`; `hot`, `thin`, `wet`): an adjective, which en_US.dic's flags cannot say.
        if word.len() >= 3
            && !t.any(Tags::ADJ)
            && t.any(Tags::KNOWN)
            && let Some(last) = word.chars().last().filter(|c| c.is_ascii_alphabetic() && !"aeiouywx".contains(*c))
            && self.is_stem(&format!("{word}{last}er"))
            && self.is_stem(&format!("{word}{last}est"))
        {
            t |= Tags::ADJ;
        }
        // A word en_US.dic builds with a prefix from a noun (`inspire` = in + `spire`) whose -ed and -ing forms
        // are listed words of their own (`inspired`, `inspiring`): a verb.
        if word.len() >= 4
            && !t.any(Tags::VERB)
            && word.ends_with('e')
            && stem_flags(word).is_none()
            && self.is_stem(word)
        {
            let stem = &word[..word.len() - 1];
            if self.is_stem(&format!("{word}d")) && self.is_stem(&format!("{stem}ing")) {
                t |= Tags::VERB;
            }
        }
        if t.any(Tags::KNOWN) && word.ends_with("ly") && !t.any(Tags::NOUN | Tags::ANY_VERB) {
            t |= Tags::ADV;
        }
        // A listed word with no class of its own that English uses only as an adjective (`insightful`).
        if t.any(Tags::KNOWN)
            && !t.any(Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB | Tags::ADJ | Tags::ADV | Tags::FUNCTION)
            && is_class_adjective(word)
        {
            t |= Tags::ADJ;
        }
        // A listed word with no class of its own that English uses only as a noun (`data`, `internet`).
        if t.any(Tags::KNOWN)
            && !t.any(Tags::NOUN | Tags::NOUN_PL | Tags::ANY_VERB | Tags::ADJ | Tags::ADV | Tags::FUNCTION)
            && is_class_noun(word)
        {
            t |= Tags::NOUN;
        }
        if !t.any(Tags::KNOWN)
            && let Some(rest) = self.prefixed(word)
        {
            // A prefix keeps the word's class: `profile` (pro + file), `report` (re + port), `reforms`.
            t |= self.tags_uncached(rest);
        }
        // A British spelling the American word list lacks (`realised`, `organise`, `colours`): the classes of
        // its American form, from the SCOWL/VarCon pairs.
        if !t.any(Tags::KNOWN)
            && let Some(us) = american_form(word)
        {
            t |= self.tags_uncached(us);
        }
        // A verb with -able that the word list lacks (`affordable`, `shareable`): an adjective.
        if !t.any(Tags::KNOWN)
            && let Some(stem) = word.strip_suffix("able").filter(|s| s.len() >= 3)
            && [stem.to_string(), format!("{stem}e")].iter().any(|v| self.tags_uncached(v).any(Tags::VERB))
        {
            t |= Tags::KNOWN | Tags::ADJ;
        }
        t
    }

    /// `word` without one of en_US.aff's prefixes, when the rest (or its stem) carries that prefix's
    /// flag: `profile` → `file` (`K`, pro-), `report` → `port` (`A`, re-), `reports` → `ports`.
    fn prefixed<'w>(&self, word: &'w str) -> Option<&'w str> {
        const PREFIXES: [(&str, char); 7] =
            [("re", 'A'), ("in", 'I'), ("un", 'U'), ("de", 'C'), ("dis", 'E'), ("con", 'F'), ("pro", 'K')];
        PREFIXES.iter().find_map(|&(p, flag)| {
            let rest = word.strip_prefix(p).filter(|r| r.len() >= 3)?;
            let has = |stem: &str| self.flags(stem).is_some_and(|f| f.contains(flag));
            (has(rest) || stems_of(rest).iter().any(|(stem, _)| has(stem))).then_some(rest)
        })
    }
}

/// The American and British spellings of one word, `(us, uk)` (`realize`, `realise`), from the SCOWL/VarCon
/// pairs of `dictionaries/rules/variants.tsv`; pairs marked ambiguous (each spelling a word of both dialects)
/// are left out. Shared by the lexicon and the `spelling-variant` rule.
pub(crate) fn variant_pairs() -> &'static [(&'static str, &'static str)] {
    static PAIRS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        include_str!("../../dictionaries/rules/variants.tsv")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t').map(str::trim);
                let (us, uk, ambiguous) = (cols.next()?, cols.next()?, cols.next().unwrap_or(""));
                (ambiguous != "ambiguous" && !us.is_empty() && !uk.is_empty() && us != uk).then_some((us, uk))
            })
            .collect()
    })
}

/// British → American and American → British, from [`variant_pairs`].
type Variants = (foldhash::HashMap<&'static str, &'static str>, foldhash::HashMap<&'static str, &'static str>);

fn variants() -> &'static Variants {
    static MAPS: OnceLock<Variants> = OnceLock::new();
    MAPS.get_or_init(|| {
        let pairs = variant_pairs();
        (pairs.iter().map(|&(us, uk)| (uk, us)).collect(), pairs.iter().copied().collect())
    })
}

fn american_form(word: &str) -> Option<&'static str> {
    variants().0.get(word).copied()
}

fn british_form(word: &str) -> Option<&'static str> {
    variants().1.get(word).copied()
}

/// The flags of `word` in the sorted stem list, by binary search over its lines. Only where each
/// line starts is worked out, once, on first use: the list itself is never parsed or copied.
fn stem_flags(word: &str) -> Option<&'static str> {
    static LINES: OnceLock<Vec<u32>> = OnceLock::new();
    let starts = LINES.get_or_init(|| {
        let after_breaks = STEMS.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1);
        std::iter::once(0).chain(after_breaks).filter(|&i| i < STEMS.len()).map(|i| i as u32).collect()
    });
    let line = |k: usize| {
        let start = starts[k] as usize;
        let end = starts.get(k + 1).map_or(STEMS.len(), |&next| next as usize - 1);
        let line = STEMS[start..end].strip_suffix('\n').unwrap_or(&STEMS[start..end]);
        match line.bytes().position(|b| b == b'\t') {
            Some(tab) => (&line[..tab], &line[tab + 1..]),
            None => (line, ""),
        }
    };
    // The stem of line `k` (up to its tab) compared with `word`, read in place: no search for the tab first.
    let compare = |k: usize| {
        let start = starts[k] as usize;
        let end = starts.get(k + 1).map_or(STEMS.len(), |&next| next as usize - 1);
        let text = &STEMS.as_bytes()[start..end];
        let text = text.strip_suffix(b"\n").unwrap_or(text);
        for (i, &w) in word.as_bytes().iter().enumerate() {
            match text.get(i) {
                None | Some(b'\t') => return std::cmp::Ordering::Less,
                Some(&c) if c != w => return c.cmp(&w),
                Some(_) => {}
            }
        }
        match text.get(word.len()) {
            None | Some(b'\t') => std::cmp::Ordering::Equal,
            Some(_) => std::cmp::Ordering::Greater,
        }
    };
    // Lines are sorted by bytes, and the tab sorts before every letter: so are their stems.
    let (mut lo, mut hi) = (0, starts.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        match compare(mid) {
            std::cmp::Ordering::Equal => return Some(line(mid).1),
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
        }
    }
    None
}

/// The classes of a stem from its Hunspell flags.
fn stem_tags(flags: &str) -> Tags {
    let has = |f: char| flags.contains(f);
    let verb = has('D') || has('G');
    let mut t = Tags::EMPTY;
    if verb {
        t |= Tags::VERB;
    }
    if has('M') || (has('S') && !verb) {
        t |= Tags::NOUN;
    }
    if has('S') {
        t |= Tags::PLURALIZABLE;
    }
    // -est, or -ly without noun or verb inflections (`important/Y`, `passionate/Y`): an adjective.
    if has('T') || (has('Y') && !has('M') && !has('S') && !verb) {
        t |= Tags::ADJ;
    }
    t
}

/// Candidate (stem, flag) pairs whose suffix rule would produce `word`: `S` -s/-es/-ies, `D`
/// -d/-ed/-ied, `G` -ing, `R` -r/-er/-ier, `T` -st/-est/-iest; `d`/`g`/`r`/`t` the same with a doubled final
/// consonant (en_US.dic lists those forms as words of their own).
fn stems_of(word: &str) -> Vec<(String, char)> {
    let mut out = Vec::new();
    let mut push = |stem: &str, f: char| {
        if !stem.is_empty() {
            out.push((stem.to_string(), f));
        }
    };
    let cut = |suffix: &str| word.strip_suffix(suffix);
    if let Some(s) = cut("ies") {
        push(&format!("{s}y"), 'S');
    }
    // en_US.aff's S rule: `-es` after s, x, z, h (`discuses`), `-s` after other letters but a consonant's y: so
    // `discuss` is no plural of `discus`.
    if let Some(s) = cut("es")
        && s.ends_with(['s', 'x', 'z', 'h'])
    {
        push(s, 'S');
    }
    if let Some(s) = cut("s")
        && !s.ends_with(['s', 'x', 'z'])
        && !s.strip_suffix('y').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c)))
    {
        push(s, 'S');
    }
    if let Some(s) = cut("ied") {
        push(&format!("{s}y"), 'D');
    }
    if let Some(s) = cut("ed") {
        push(s, 'D');
        if let Some(undoubled) = undouble(s) {
            push(undoubled, 'd');
        }
    }
    if let Some(s) = cut("d") {
        push(s, 'D');
    }
    if let Some(s) = cut("ing") {
        push(s, 'G');
        push(&format!("{s}e"), 'G');
        if let Some(undoubled) = undouble(s) {
            push(undoubled, 'g');
        }
    }
    // `wives`, `shelves`: the plural of a noun in -f or -fe that does not take -s (flag `v`, checked below).
    if let Some(s) = cut("ves") {
        push(&format!("{s}f"), 'v');
        push(&format!("{s}fe"), 'v');
    }
    // `definitely` = `definite` + `ly` (flag `Y`).
    if let Some(s) = cut("ly") {
        push(s, 'Y');
    }
    for (suffix, flag) in [("ier", 'R'), ("iest", 'T'), ("iers", 'Z')] {
        if let Some(s) = cut(suffix) {
            push(&format!("{s}y"), flag);
        }
    }
    for (suffix, flag) in [("er", 'R'), ("r", 'R'), ("est", 'T'), ("st", 'T'), ("ers", 'Z'), ("rs", 'Z')] {
        if let Some(s) = cut(suffix) {
            push(s, flag);
        }
    }
    for (suffix, flag) in [("er", 'r'), ("est", 't')] {
        if let Some(s) = cut(suffix).and_then(undouble) {
            push(s, flag);
        }
    }
    out
}

/// `plann` → `plan`: a stem ending in a doubled consonant, without the second one.
fn undouble(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    let n = b.len();
    (n >= 3 && b[n - 1] == b[n - 2] && !b"aeiou".contains(&b[n - 1])).then(|| &s[..n - 1])
}

/// The regular inflections of a verb stem, spelled by en_US.aff's rules (with a doubled final
/// consonant when the dictionary lists that spelling): (third person, past, -ing).
pub fn regular_forms(base: &str) -> (String, String, String) {
    let lex = lexicon();
    let (stem, last) = base.split_at(base.len().saturating_sub(1));
    let before_last = stem.chars().last();
    let vowel = |c: Option<char>| c.is_some_and(|c| "aeiou".contains(c));
    // -es after s, x, z, ch and sh (`teaches`, `washes`); -s after other h (`months`, `laughs`, `graphs`).
    let third = if base.ends_with(['s', 'x', 'z'])
        || base.ends_with("ch")
        || base.ends_with("sh")
        || (base.ends_with('o') && !base.ends_with("oo"))
    {
        format!("{base}es")
    } else if last == "y" && !vowel(before_last) {
        format!("{stem}ies")
    } else {
        format!("{base}s")
    };
    let doubled_past = format!("{base}{last}ed");
    let past = if base.ends_with('e') {
        format!("{base}d")
    } else if last == "y" && !vowel(before_last) {
        format!("{stem}ied")
    } else if lex.is_stem(&doubled_past) {
        doubled_past
    } else {
        format!("{base}ed")
    };
    let doubled_ing = format!("{base}{last}ing");
    let ing = if base.ends_with('e') && !base.ends_with("ee") {
        format!("{stem}ing")
    } else if lex.is_stem(&doubled_ing) {
        doubled_ing
    } else {
        format!("{base}ing")
    };
    (third, past, ing)
}

/// The verb bases `word` can be an inflection of (regular or irregular), most likely first.
pub fn verb_bases(word: &str) -> Vec<String> {
    let lex = lexicon();
    let mut out: Vec<String> = lex.irregular(word).map(|v| v.base.to_string()).collect();
    for stem in [word.strip_suffix("es"), word.strip_suffix('s')].into_iter().flatten() {
        if let Some(v) = lex.irregular_base(stem)
            && !out.iter().any(|o| o == v.base)
        {
            out.push(v.base.to_string());
        }
    }
    if lex.flags(word).is_some_and(|f| f.contains('D') || f.contains('G')) {
        out.push(word.to_string());
    }
    for (stem, flag) in stems_of(word) {
        let ok = match flag {
            'S' | 'D' | 'G' => lex.flags(&stem).is_some_and(|f| f.contains(flag)),
            'd' | 'g' => lex.is_stem(word) && lex.is_stem(&stem),
            _ => false,
        };
        if ok && !out.contains(&stem) {
            out.push(stem);
        }
    }
    // A British form (`realised`): the bases of its American form, spelt the British way (`realise`).
    if out.is_empty()
        && let Some(us) = american_form(word)
    {
        out = verb_bases(us).iter().filter_map(|b| british_form(b)).map(str::to_string).collect();
    }
    out
}

#[cfg(test)]
mod tests {
    /// `PROOFILE_TAGS="word word" cargo test --lib print_tags -- --ignored --nocapture`: a word's classes,
    /// for working on the grammar rules.
    #[test]
    #[ignore]
    #[allow(clippy::print_stdout)]
    fn print_tags() {
        for w in std::env::var("PROOFILE_TAGS").unwrap_or_default().split_whitespace() {
            let t = lexicon().tags(w);
            let names: Vec<&str> = TAG_NAMES.iter().filter(|(_, b)| t.any(*b)).map(|(n, _)| *n).collect();
            println!("{w}: {}", names.join(" "));
        }
    }

    use super::*;

    fn t(w: &str) -> Tags {
        lexicon().tags(w)
    }

    /// A noun whose plural en_US.dic lists as its own word is countable and the plural a plural; a stem listed
    /// with no verb flag whose doubled -ed and -ing forms are listed is a verb.
    #[test]
    fn plurals_and_doubled_forms_listed_as_words() {
        assert!(t("decision").all(Tags::NOUN | Tags::PLURALIZABLE));
        assert!(t("experience").all(Tags::NOUN | Tags::PLURALIZABLE | Tags::VERB));
        assert!(t("decisions").any(Tags::NOUN_PL) && !t("decisions").any(Tags::VERB_3SG));
        assert!(t("experiences").all(Tags::NOUN_PL | Tags::VERB_3SG));
        assert!(t("refer").any(Tags::VERB));
        assert!(!t("goes").any(Tags::NOUN_PL) && t("goes").any(Tags::VERB_3SG));
        assert!(!t("information").any(Tags::PLURALIZABLE));
    }

    /// Adverbs en_US.dic builds with its `-ly` flag; plurals in -ves of nouns in -f and -fe.
    #[test]
    fn ly_adverbs_and_ves_plurals() {
        for w in ["definitely", "actually", "clearly"] {
            assert!(t(w).any(Tags::ADV), "{w}");
        }
        assert!(!t("family").any(Tags::ADV) && !t("supply").any(Tags::ADV));
        for w in ["midwives", "wives", "shelves", "knives", "halves", "thieves"] {
            assert!(t(w).any(Tags::NOUN_PL), "{w}");
        }
        assert!(!t("proves").any(Tags::NOUN_PL) && !t("arrives").any(Tags::NOUN_PL));
        // A prefixed verb whose stem is a noun: `inspire` (in + spire), with `inspired` and `inspiring` listed.
        assert!(t("inspire").any(Tags::VERB) && !t("spire").any(Tags::VERB));
    }

    /// Words en_US.dic builds with a prefix flag have their stem's classes.
    #[test]
    fn prefixed_words_keep_their_stems_classes() {
        assert!(t("profile").all(Tags::KNOWN | Tags::VERB), "pro + file");
        assert!(t("reports").all(Tags::KNOWN | Tags::VERB_3SG), "re + ports");
        assert!(t("reported").any(Tags::VERB_PAST));
        // Not a prefix where the stem lacks its flag: `record` is its own stem, `rest` is not re + st.
        assert!(!t("rest").any(Tags::VERB_PAST));
        assert!(t("unxyzzy").0 == 0);
    }

    #[test]
    fn open_classes_from_hunspell_flags() {
        assert!(t("client").all(Tags::NOUN));
        assert!(t("clients").all(Tags::NOUN_PL));
        assert!(t("manages").all(Tags::VERB_3SG));
        assert!(t("managed").all(Tags::VERB_PAST | Tags::VERB_PART));
        assert!(t("managing").all(Tags::VERB_ING));
        // Irregular verbs' -ing forms listed as nouns; verbs whose forms double the consonant.
        assert!(t("taking").all(Tags::VERB_ING | Tags::NOUN));
        assert!(t("coming").any(Tags::VERB_ING));
        assert!(t("pop").all(Tags::VERB | Tags::NOUN));
        assert!(!t("ceiling").any(Tags::VERB_ING));
        assert!(!t("desk").any(Tags::VERB));
        assert!(t("planned").all(Tags::VERB_PAST));
        assert!(t("faster").all(Tags::ADJ_CMP));
        assert!(t("simplest").all(Tags::ADJ_SUP));
        // Adjectives of their own that the -est rule also derives from another stem (`hon`, `mod`).
        for w in ["honest", "modest", "earnest"] {
            assert!(!t(w).any(Tags::ADJ_SUP), "{w}");
        }
        assert!(t("latest").any(Tags::ADJ_SUP) && t("biggest").any(Tags::ADJ_SUP));
        assert!(!t("leader").any(Tags::ADJ_CMP));
        assert!(t("store").all(Tags::PLURALIZABLE));
        assert!(t("products").all(Tags::NOUN_PL), "pro + duct/K…S");
        assert!(t("reported").all(Tags::VERB_PAST), "re + port/A…D");
    }

    /// Verbs by their flags that are nouns too (WordNet), and verbs that are not.
    #[test]
    fn verb_stems_that_are_also_nouns() {
        assert!(t("work").all(Tags::VERB | Tags::NOUN));
        assert!(t("designs").all(Tags::VERB_3SG | Tags::NOUN_PL));
        assert!(!t("manage").any(Tags::NOUN));
        assert!(!t("manages").any(Tags::NOUN_PL));
        assert!(!t("teach").any(Tags::NOUN), "only a name's sense");
        let lines: Vec<&str> = VERB_NOUNS.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "verb-nouns.txt must be sorted by bytes");
    }

    /// A listed word with no class of its own that WordNet knows only as an adjective is an adjective; a word
    /// with a class keeps it.
    #[test]
    fn classless_adjectives_from_wordnet() {
        let t = |w: &str| lexicon().tags(w);
        assert!(t("insightful").any(Tags::ADJ));
        assert!(!t("insightful").any(Tags::NOUN | Tags::ANY_VERB));
        assert!(!t("cooked").any(Tags::ADJ), "a past participle stays a verb form");
        assert!(t("affordable").any(Tags::ADJ), "a verb and -able");
        assert!(t("work").all(Tags::VERB | Tags::NOUN) && !t("work").any(Tags::ADJ));
        assert!(t("big").any(Tags::ADJ) && t("hot").any(Tags::ADJ) && t("thin").any(Tags::ADJ));
        assert!(t("data").any(Tags::NOUN) && t("internet").any(Tags::NOUN) && !t("drew").any(Tags::NOUN));
        assert!(!t("pop").any(Tags::ADJ) && !t("plan").any(Tags::ADJ));
        let lines: Vec<&str> = CLASS_ADJECTIVES.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "class-adjectives.txt must be sorted by bytes");
        // A noun of the dictionary that English uses only as an adjective is listed as such.
        assert!(is_noun_adjective("brilliant") && is_noun_adjective("valuable"));
        assert!(!is_noun_adjective("key") && !is_noun_adjective("all") && !is_noun_adjective("professional"));
        let lines: Vec<&str> = NOUN_ADJECTIVES.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "noun-adjectives.txt must be sorted by bytes");
    }

    /// A British spelling the American list lacks takes its American form's classes, and its verb base is
    /// spelt the British way.
    #[test]
    fn british_spellings_take_their_american_classes() {
        assert!(t("realised").all(Tags::VERB_PAST | Tags::VERB_PART));
        assert!(t("organise").any(Tags::VERB) && t("colours").any(Tags::NOUN_PL));
        assert_eq!(verb_bases("realised"), vec!["realise"]);
        assert_eq!(verb_bases("analysed"), vec!["analyse"]);
        assert!(!t("qwertyised").any(Tags::KNOWN));
    }

    #[test]
    fn stem_list_is_sorted_and_searchable() {
        let lines: Vec<&str> = STEMS.lines().collect();
        assert!(lines.windows(2).all(|w| w[0] < w[1]), "word-stems.tsv must be sorted by bytes");
        let last = lines.len() - 1;
        for line in lines.iter().step_by(997).chain([&lines[0], &lines[1], &lines[last - 1], &lines[last]]) {
            let (stem, flags) = line.split_once('\t').unwrap();
            assert_eq!(stem_flags(stem), Some(flags));
        }
        assert_eq!(stem_flags("zzzz"), None);
        assert_eq!(stem_flags(""), None);
    }

    #[test]
    fn closed_classes_and_irregular_verbs() {
        assert!(t("their").all(Tags::POSS));
        assert!(t("was").all(Tags::BE | Tags::PAST_SG));
        assert!(t("took").all(Tags::VERB_PAST) && !t("took").any(Tags::VERB_PART));
        assert!(t("taken").all(Tags::VERB_PART));
        assert!(t("led").all(Tags::VERB_PAST | Tags::VERB_PART));
        assert_eq!(verb_bases("took"), vec!["take"]);
        assert!(verb_bases("managed").contains(&"manage".to_string()));
    }

    #[test]
    fn regular_forms_follow_the_affix_rules() {
        assert_eq!(regular_forms("manage"), ("manages".into(), "managed".into(), "managing".into()));
        assert_eq!(regular_forms("plan").1, "planned");
        assert_eq!(regular_forms("apply"), ("applies".into(), "applied".into(), "applying".into()));
        assert_eq!(regular_forms("teach").0, "teaches");
        assert_eq!(regular_forms("month").0, "months");
        assert_eq!(regular_forms("wash").0, "washes");
    }
}
