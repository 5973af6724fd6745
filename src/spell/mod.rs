//! Spelling: a stack of dictionaries that each answer valid / invalid / unknown (the profile's own
//! names, the user's words, the professional vocabulary and Hunspell), a case policy, and ranked
//! suggestions cached across threads.

#[allow(dead_code)] // the expander runs in build.rs; the library uses its casing helpers, the tests the rest
mod affix_forms;
#[cfg(feature = "hunspell")]
pub mod c_hunspell;
pub mod compiled;
pub(crate) mod distance;
pub mod embedded;
pub mod hunspell;
mod memo;
pub mod suggest;
mod suggest_index;
pub(crate) mod word_set;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use compiled::CompiledDictionary;
pub use hunspell::HunspellDictionary;
use suggest::Suggester;

/// A dictionary's answer about one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Valid,
    Invalid,
    /// Not this dictionary's business: ask the next one.
    Unknown,
}

/// One layer of the stack. `Send + Sync` so one stack serves every rayon thread.
pub trait Dictionary: Send + Sync {
    fn check(&self, word: &str) -> Verdict;
}

/// Which English the profile is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub enum Dialect {
    /// Accept a word that either American or British English accepts; the consistency rules
    /// catch a profile that mixes the two.
    #[default]
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "en-US")]
    EnUs,
    #[serde(rename = "en-GB")]
    EnGb,
}

impl Dialect {
    pub fn parse(s: &str) -> Option<Dialect> {
        match s.to_ascii_lowercase().replace('_', "-").as_str() {
            "auto" => Some(Dialect::Auto),
            "en-us" | "us" | "american" => Some(Dialect::EnUs),
            "en-gb" | "gb" | "uk" | "british" => Some(Dialect::EnGb),
            _ => None,
        }
    }
}

/// Words given by the user or a team: accepted words (Hunspell lines: `KPI/S` takes affix flags;
/// written with capitals, a word must be written that way) and rejected words with an optional
/// preferred replacement.
#[derive(Debug, Clone, Default)]
pub struct WordList {
    /// Lowercase stem → the stem as written.
    accept: HashMap<String, String>,
    /// The accepted entries as written, flags included, for the user's Hunspell dictionary.
    lines: Vec<String>,
    reject: HashMap<String, Option<String>>,
}

impl WordList {
    pub fn accept(&mut self, word: &str) {
        let stem = word.split('/').next().unwrap_or(word).trim();
        if stem.is_empty() {
            return;
        }
        self.accept.insert(stem.to_lowercase(), stem.to_string());
        self.lines.push(word.trim().to_string());
    }
    pub fn reject(&mut self, word: &str, replacement: Option<&str>) {
        self.reject.insert(word.to_lowercase(), replacement.map(str::to_string));
    }
    pub fn is_empty(&self) -> bool {
        self.accept.is_empty() && self.reject.is_empty()
    }
    /// The accepted spelling of `word` when it differs only in case.
    fn canonical(&self, word: &str) -> Option<&str> {
        self.accept.get(&word.to_lowercase()).map(String::as_str).filter(|c| *c != word)
    }
}

/// The profile's own proper names (person, companies, schools, places): valid in their own casing,
/// Title Case or ALL CAPS, with or without a possessive `'s`.
#[derive(Debug, Clone, Default)]
pub struct ProfileWords {
    words: foldhash::HashMap<String, String>,
}

impl ProfileWords {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        let mut map = foldhash::HashMap::default();
        for w in words {
            map.insert(w.to_lowercase(), w.clone());
        }
        ProfileWords { words: map }
    }
}

impl ProfileWords {
    /// The profile's own spelling of `word` when it differs only in case (`globex` → `Globex`).
    pub fn canonical(&self, word: &str) -> Option<&str> {
        let base = strip_possessive(word);
        self.words.get(&base.to_lowercase()).map(String::as_str).filter(|c| *c != base)
    }
}

impl Dictionary for ProfileWords {
    fn check(&self, word: &str) -> Verdict {
        let base = strip_possessive(word);
        match crate::text::with_lowercase(base, |lower| self.words.get(lower)) {
            Some(canon) if case_compatible(base, canon) => Verdict::Valid,
            _ => Verdict::Unknown,
        }
    }
}

/// `word` may be written as `canon`, its Title Case (if canon is lowercase) or ALL CAPS.
fn case_compatible(word: &str, canon: &str) -> bool {
    if word == canon || word.chars().all(|c| !c.is_lowercase()) {
        return true;
    }
    let canon_lower = canon.chars().all(|c| !c.is_uppercase());
    canon_lower && title_case(canon) == word
}

fn title_case(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// `Acme's` → `Acme`, `Acme’s` → `Acme`, `Jones'` → `Jones`.
pub fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(b) = word.strip_suffix(suffix) {
            return b;
        }
    }
    word.strip_suffix(['\'', '’']).unwrap_or(word)
}

/// The result of checking one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordCheck {
    Ok,
    /// Unknown word; suggestions best first.
    Misspelled(Vec<String>),
    /// A known word in the wrong case (`linkedin` → `LinkedIn`).
    WrongCase(String),
    /// Rejected by the user's or team's word list, with the preferred word if one was given.
    Rejected(Option<String>),
}

/// The whole spelling engine: Hunspell dictionaries (with the professional vocabulary added), the
/// user's words, and the suggester. Shared by all threads.
pub struct SpellChecker {
    dialect: Dialect,
    /// The user's accepted words as a small Hunspell dictionary (en_US affix flags).
    user_dict: Option<HunspellDictionary>,
    us: &'static CompiledDictionary,
    gb: &'static CompiledDictionary,
    /// The extended lists' words common to both dialects (see `embedded::extended`).
    extended: &'static CompiledDictionary,
    user: WordList,
    /// Lowercase → canonical casing of case-sensitive professional terms (`linkedin` → `LinkedIn`).
    brand_case: HashMap<String, String>,
    suggester: OnceLock<Suggester>,
    cache: Mutex<HashMap<String, Arc<OnceLock<Vec<String>>>>>,
    /// `is_valid`'s verdicts, once per distinct word.
    valid: memo::Memo,
    /// Whether an unknown word is a product name, an accented or a derived form, once per word.
    derived: memo::Memo,
}

/// Distinct words whose suggestions are kept; past that the cache starts afresh.
const SUGGESTION_CACHE_MAX: usize = 100_000;

/// How common a word is: its SCOWL size in the tiers file (10 = commonest … 60), or `None` when rarer.
/// Read from the suggestion index built at compile time; the derivation checks and the spelling rule use it.
pub fn word_tier(word: &str) -> Option<u8> {
    suggest::embedded_file_tier(word)
}

/// How often a word is written: ten times the log10 of its count (see [`suggest::embedded_frequency`]),
/// `None` for a word the suggestion index lacks.
pub fn word_frequency(word: &str) -> Option<u8> {
    suggest::embedded_frequency(word)
}

impl SpellChecker {
    /// The embedded dictionaries for `dialect`, plus the user's word list.
    pub fn new(dialect: Dialect, user: WordList) -> SpellChecker {
        let us = match dialect {
            Dialect::EnGb => embedded::en_gb(),
            _ => embedded::en_us(),
        };
        let brand_case = embedded::brand_casings();
        let user_dict = (!user.lines.is_empty()).then(|| embedded::user_dictionary(&user.lines));
        SpellChecker {
            dialect,
            user_dict,
            us,
            gb: embedded::en_gb(),
            extended: embedded::extended(),
            user,
            brand_case,
            suggester: OnceLock::new(),
            cache: Mutex::new(HashMap::new()),
            valid: memo::Memo::new(),
            derived: memo::Memo::new(),
        }
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// Whether the dictionary stack (without the profile's own names) accepts `word`.
    pub fn is_valid(&self, word: &str) -> bool {
        self.valid.get_or(word, || self.lookup(word))
    }

    /// `is_valid` without the memo.
    fn lookup(&self, word: &str) -> bool {
        if self.rejected(word) {
            return false;
        }
        if self.user_dict.as_ref().is_some_and(|d| d.check(word) == Verdict::Valid) {
            return true;
        }
        if self.us.check(word) == Verdict::Valid {
            return true;
        }
        if self.dialect == Dialect::Auto && self.gb.check(word) == Verdict::Valid {
            return true;
        }
        self.extended.check(word) == Verdict::Valid
    }

    /// Whether the user's or team's reject list has `word`.
    fn rejected(&self, word: &str) -> bool {
        !self.user.reject.is_empty() && self.user.reject.contains_key(&word.to_lowercase())
    }

    /// The wide lists (rare and technical words) of the dialect in use: both in the default dialect.
    /// Only a word as written: never a stem or part for the derivation and compound rules, where a
    /// rare word (a Latin fragment) would hide typos of common ones (`dissa` + `pointed`).
    fn is_wide_word(&self, word: &str) -> bool {
        use embedded::{WideList, is_wide_word};
        is_wide_word(WideList::Shared, word)
            || (self.dialect != Dialect::EnGb && is_wide_word(WideList::Us, word))
            || (self.dialect != Dialect::EnUs && is_wide_word(WideList::Gb, word))
    }

    /// Checks one prose word against the stack, the profile's names first.
    pub fn check_word(&self, word: &str, profile: &ProfileWords) -> WordCheck {
        let full = word;
        let word = word.trim_matches(|c| c == '\'' || c == '’');
        if word.is_empty() {
            return WordCheck::Ok;
        }
        if !self.user.reject.is_empty()
            && let Some(repl) = self.user.reject.get(&word.to_lowercase())
        {
            return WordCheck::Rejected(repl.clone());
        }
        if profile.check(word) == Verdict::Valid || self.is_valid(word) || self.is_wide_word(word) {
            return WordCheck::Ok;
        }
        let base = strip_possessive(word);
        if base != word && (profile.check(base) == Verdict::Valid || self.is_valid(base) || self.is_wide_word(base)) {
            return WordCheck::Ok;
        }
        // French and Italian elisions in names: d’Alene, l’Oréal.
        if let Some(rest) = ["d'", "d’", "l'", "l’"].iter().find_map(|p| base.strip_prefix(p))
            && rest.chars().next().is_some_and(char::is_uppercase)
        {
            return WordCheck::Ok;
        }
        // A known brand, term or one of the profile's own names in the wrong case.
        if let Some(canon) = self
            .user
            .canonical(base)
            .or_else(|| self.brand_case.get(&base.to_lowercase()).map(String::as_str))
            .or_else(|| profile.canonical(base))
            && canon != base
        {
            // The fix replaces the whole token: keep the quotes trimmed above.
            let lead = &full[..full.len() - full.trim_start_matches(['\'', '’']).len()];
            let trail = &full[lead.len() + word.len()..];
            let fixed = format!("{lead}{canon}{}{trail}", &word[base.len()..]);
            return WordCheck::WrongCase(fixed);
        }
        // CamelCase product names: accept when every hump is a word (`DataDog`, `CloudWatch`).
        if crate::text::tokenize::is_camel_case(word)
            && camel_humps(word).iter().all(|h| h.len() > 1 && self.is_valid(h))
        {
            return WordCheck::Ok;
        }
        if self.derived.get_or(base, || {
            self.is_product_name(base)
                || self.is_accented_form(base)
                || is_drug_name(base)
                || is_foreign_word(base)
                || is_si_unit(base)
                || (is_prefixed_acronym(base) && !self.is_valid(&base.to_lowercase()))
                || self.is_derived(base)
        }) {
            return WordCheck::Ok;
        }
        WordCheck::Misspelled(self.suggest(word))
    }

    /// The casing the user's own word list gives `word`, when it differs only in case.
    pub fn user_casing(&self, word: &str) -> Option<&str> {
        self.user.canonical(word)
    }

    /// Whether any English dictionary (American, British or the user's) accepts `word`: such a word is
    /// never safely changed, only its dialect may differ.
    pub fn is_english_word(&self, word: &str) -> bool {
        if self.is_valid(word) {
            return true;
        }
        // `is_valid` has asked the dialect's dictionary (in the default dialect the British one too) unless the
        // reject list answered first: only the other dialect's is left to ask. Each is a miss for an unknown
        // word, the costliest kind of look-up, and the spelling rule asks this for every one it reports.
        let asked = !self.rejected(word);
        let valid = |d: &CompiledDictionary| d.check(word) == Verdict::Valid;
        match self.dialect {
            Dialect::Auto => !asked && (valid(self.us) || valid(self.gb)),
            Dialect::EnUs => (!asked && valid(self.us)) || valid(self.gb),
            Dialect::EnGb => (!asked && valid(self.us)) || valid(embedded::en_us()),
        }
    }

    /// Up to five suggestions, best first, computed once per distinct word per run.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let cell = {
            let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            // Bounded for a long-running server (`proofile serve`): start afresh when full. A word's
            // suggestions depend only on the word, so this changes no output.
            if cache.len() >= SUGGESTION_CACHE_MAX && !cache.contains_key(word) {
                cache.clear();
            }
            cache.entry(word.to_string()).or_default().clone()
        };
        cell.get_or_init(|| self.compute_suggestions(word)).clone()
    }

    fn compute_suggestions(&self, word: &str) -> Vec<String> {
        // One algorithm for every run, whatever the batch: a word's suggestions depend only on the word
        // and the configuration (issue 11). The embedded words are indexed at compile time (build.rs);
        // only the user's own words are added here.
        let accept = |w: &str| self.is_valid(w) && !embedded::is_extended_only(w);
        let suggester = self.suggester.get_or_init(|| {
            let mut s = Suggester::embedded();
            for w in self.user.accept.values() {
                s.add_word(w);
            }
            // The user's own entries with an apostrophe may take any affix: then every form is looked up.
            if !self.user.lines.iter().any(|l| l.contains(['\'', '’'])) {
                s.limit_apostrophes(embedded::dic_lists().into_iter());
            }
            s
        });
        let mut out = suggester.suggest(word, 5, &accept);
        // A name written in lower case (`monday`, `london`, `spanish`, `nasa`): its own capitals come first, as
        // in Hunspell (the candidate index is of lower-case forms, so it offered `money`, `lotion`, `spans`).
        if !word.chars().any(char::is_uppercase) && word.chars().count() >= 2 {
            let mut chars = word.chars();
            let capitalized: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            let upper = word.to_uppercase();
            if let Some(name) = [capitalized, upper].into_iter().find(|c| accept(c)) {
                out.retain(|s| *s != name);
                // Not before a commoner word one slip away (`fromm` is `from` more often than the name Fromm,
                // `somme` `some` more often than the Somme); before anything further (`monday`: `money`).
                let freq = |w: &str| word_frequency(&w.to_lowercase()).unwrap_or(0);
                let lower: Vec<char> = word.chars().collect();
                let slip_first = out.first().is_some_and(|f| {
                    let f_chars: Vec<char> = f.to_lowercase().chars().collect();
                    distance::within_one_edit(&lower, &f_chars) && freq(f) > freq(&name)
                });
                out.insert(usize::from(slip_first), name);
                out.truncate(5);
            }
        }
        if out.is_empty() && suggest::fallback_allowed(word) {
            // The full Hunspell algorithm, for what the fast candidate generator cannot reach.
            out = self.us.suggest(word);
            out.retain(|w| !embedded::is_extended_only(w));
            out.truncate(5);
        }
        out
    }
}

impl SpellChecker {
    /// Product names built from known words: `ReactJS`, `reactjs`, `JMeter`, `OAuth`, `jUnit`.
    /// A `JS`/`js` suffix is dropped; the rest is split into humps (`JMeter` → `J`, `Meter`), and
    /// every hump of three letters or more must be a word, with at least one such hump.
    fn is_product_name(&self, word: &str) -> bool {
        if word.len() > 64 || !word.chars().all(|c| c.is_alphanumeric()) {
            return false;
        }
        let core = word.strip_suffix("JS").or_else(|| word.strip_suffix("Js")).or_else(|| word.strip_suffix("js"));
        let (core, had_js) = match core {
            Some(c) => (c, true),
            None => (word, false),
        };
        let inner_capital = core.chars().skip(1).any(char::is_uppercase) && core.chars().any(char::is_lowercase);
        if !had_js && !inner_capital {
            return false;
        }
        // `THis` is `this` with Shift held a letter too long, not a product.
        if self.is_valid(&core.to_lowercase()) && !had_js {
            return false;
        }
        let humps = mixed_case_humps(core);
        let long: Vec<&str> = humps.iter().copied().filter(|h| h.chars().count() >= 3).collect();
        !long.is_empty() && long.iter().all(|h| self.is_valid(h)) && (had_js || humps.len() > 1)
    }

    /// English words written with their accents (`résumé`, `naïve`, `façade`): valid when the same
    /// word without accents is.
    fn is_accented_form(&self, word: &str) -> bool {
        if word.is_ascii() {
            return false;
        }
        let folded: String = word.chars().map(fold_accent).collect();
        folded.is_ascii() && folded != word && self.is_valid(&folded)
    }

    /// Regular derivations of a known word, as Hunspell affix rules make them: plurals and verb
    /// forms (`integrations`, `proxied`, `rearchitecting`), `-able`/`-ability`/`-ity`
    /// (`deployable`, `testability`, `modularity`) and the prefixes `re-`, `de-`, `un-`, `pre-`,
    /// `co-`, `non-` (`recalibrate`). Two guards keep typos out: the dictionary must not know another
    /// spelling of the same form (`begining`: `beginning` is known), and no common word may be one
    /// edit away unless it is built on the same stem (`deside`: `decide`).
    fn is_derived(&self, word: &str) -> bool {
        let n = word.chars().count();
        // Past 40 letters no English word is derived; the one-edit test would cost too much.
        if !(5..=40).contains(&n) || !word.chars().all(|c| c.is_alphabetic()) {
            return false;
        }
        let lower = word.to_lowercase();
        let shape_ok =
            word == lower || word.chars().skip(1).all(char::is_lowercase) || word.chars().all(|c| !c.is_lowercase());
        if !shape_ok {
            return false;
        }
        let Some(stem) = self.derivation_stem(&lower, 3, true) else {
            return false;
        };
        !self.near_common_word(&lower, &stem)
    }

    /// The known word that `word` (lower case) is derived from, looking through at most `depth`
    /// affixes (`rearchitecting` → `re` + `architecting` → `architect` + `ing`). One prefix only: two stacked on
    /// a word that is none without them (`un` + `de` + `ground`) are a typo's letters (`undeground`), not a
    /// derivation; `prefix` says whether one may still be stripped.
    fn derivation_stem(&self, word: &str, depth: u8, prefix: bool) -> Option<String> {
        if depth == 0 {
            return None;
        }
        let known = |w: &str| w.chars().count() >= 3 && self.is_valid(w);
        for (suffix, stems) in suffix_stems(word) {
            for stem in &stems {
                // SCOWL gives its common nouns their plurals: one it left out is a mass noun
                // (`softwares`). Plurals are derived only for words from the other lists.
                if suffix == "s" && word_tier(stem).is_some() {
                    continue;
                }
                let found = if known(stem) {
                    Some(stem.clone())
                } else if stem.chars().count() >= 4 {
                    self.derivation_stem(stem, depth - 1, prefix)
                } else {
                    None
                };
                if let Some(root) = found {
                    // Another spelling of this form is in the dictionary: `word` misspells it.
                    let rival = suffix_forms(stem, suffix).into_iter().any(|f| f != word && self.is_valid(&f));
                    if !rival {
                        return Some(root);
                    }
                }
            }
        }
        for p in PREFIXES.iter().filter(|_| prefix) {
            if let Some(rest) = word.strip_prefix(p)
                && rest.chars().count() >= 4
            {
                let rest = rest.strip_prefix('-').unwrap_or(rest);
                if known(rest) {
                    return Some(rest.to_string());
                }
                if let Some(root) = self.derivation_stem(rest, depth - 1, false) {
                    return Some(root);
                }
            }
        }
        self.compound_stem(word)
    }

    /// A closed compound of two known words of four letters or more (`firehose`, `broodstock`),
    /// unless both are among the commonest words (`everytime`, `eventhough` are two words).
    fn compound_stem(&self, word: &str) -> Option<String> {
        let tier = |w: &str| word_tier(w).unwrap_or(u8::MAX);
        let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).collect();
        // Both parts at least four letters long.
        for &cut in cuts.iter().take(cuts.len().saturating_sub(3)).skip(4) {
            let (a, b) = word.split_at(cut);
            if self.is_valid(a) && self.is_valid(b) && (tier(a) > 10 || tier(b) > 10) {
                // The whole compound is the stem: a neighbour that shares only one part
                // (`tansaction` → `transaction`) still counts against it.
                return Some(word.to_string());
            }
        }
        None
    }

    /// The noisy-channel test: a common word (SCOWL size 50 or less) one edit from `word` that is
    /// not built on `stem` makes `word` more likely a typo of it than a derivation.
    fn near_common_word(&self, word: &str, stem: &str) -> bool {
        // Forms of the stem itself (`proxies` next to `proxied`, `recompile` next to `decompile`,
        // `invented` next to `unvented`) do not count: the stem at the start, after a listed prefix or
        // after one or two letters (`in-`, `ex-`). A word that only holds the stem's letters inside
        // another word (`positions` holds `ions`) is not a form of it: `postions` is a slip for it,
        // not `post` + `ions`.
        let bare = stem.strip_suffix(['e', 'y']).filter(|b| b.chars().count() >= 3).unwrap_or(stem);
        let form_of_stem = |e: &str| {
            e.match_indices(bare).any(|(q, _)| {
                let lead = e[..q].strip_suffix('-').unwrap_or(&e[..q]);
                lead.chars().count() <= 2 || PREFIXES.contains(&lead)
            })
        };
        edits1(word)
            .into_iter()
            .any(|e| e != word && !form_of_stem(&e) && word_tier(&e).is_some_and(|t| t <= 50) && self.is_valid(&e))
    }
}

/// Whether `word` is one of [`PREFIXES`] (`de`, `micro`): written before a hyphen it is a prefix
/// (`de-stigmatise`), not a misspelt word.
pub(crate) fn is_prefix(word: &str) -> bool {
    PREFIXES.contains(&word)
}

/// Prefixes and the Greek and Latin combining forms of technical English, as Hunspell affix files
/// list them (`recalibrate`, `microsystem`, `neuromusculoskeletal`).
const PREFIXES: &[&str] = &[
    "re", "de", "un", "pre", "co", "non", "anti", "auto", "bio", "counter", "cyber", "electro", "geo", "hydro",
    "inter", "intra", "macro", "micro", "multi", "nano", "neuro", "opto", "over", "photo", "post", "psycho", "radio",
    "semi", "socio", "sub", "super", "thermo", "trans", "ultra", "under", "agri", "agro", "astro", "cardio", "cyto",
    "eco", "immuno", "musculo", "pharmaco", "physio", "tele",
];

/// For each suffix `word` may end in, the stems it may come from (`proxied` → `proxy`;
/// `hotfixes` → `hotfix`; `planning` → `plan`, `plann`; `usable` → `use`, `us`).
fn suffix_stems(word: &str) -> Vec<(&'static str, Vec<String>)> {
    let mut out = Vec::new();
    let undouble = |s: &str| -> Option<String> {
        let cs: Vec<char> = s.chars().collect();
        let k = cs.len();
        (k >= 3 && cs[k - 1] == cs[k - 2] && !"aeiouy".contains(cs[k - 1])).then(|| cs[..k - 1].iter().collect())
    };
    let mut push = |suffix: &'static str, stems: Vec<String>| out.push((suffix, stems));
    if let Some(s) = word.strip_suffix("ies") {
        push("s", vec![format!("{s}y")]);
    } else if let Some(s) = word.strip_suffix("es")
        && (s.ends_with(['s', 'x', 'z']) || s.ends_with("ch") || s.ends_with("sh"))
    {
        push("s", vec![s.to_string()]);
    } else if let Some(s) = word.strip_suffix('s')
        && !s.ends_with(['s', 'u', 'i'])
    {
        push("s", vec![s.to_string()]);
    }
    if let Some(s) = word.strip_suffix("ied") {
        push("ed", vec![format!("{s}y")]);
    } else if let Some(s) = word.strip_suffix("ed") {
        let mut stems = vec![s.to_string(), format!("{s}e")];
        stems.extend(undouble(s));
        push("ed", stems);
    }
    if let Some(s) = word.strip_suffix("ing") {
        let mut stems = vec![s.to_string(), format!("{s}e")];
        stems.extend(undouble(s));
        push("ing", stems);
    }
    if let Some(s) = word.strip_suffix("ability") {
        push("ability", vec![format!("{s}able"), s.to_string(), format!("{s}e")]);
    } else if let Some(s) = word.strip_suffix("ity") {
        push("ity", vec![s.to_string()]);
    }
    if let Some(s) = word.strip_suffix("able") {
        push("able", vec![s.to_string(), format!("{s}e")]);
    }
    out
}

/// The spellings English gives `stem` + `suffix`, for the rival-spelling guard.
fn suffix_forms(stem: &str, suffix: &str) -> Vec<String> {
    let last = stem.chars().last().map(String::from).unwrap_or_default();
    let bare = stem.strip_suffix('e').unwrap_or(stem);
    let y = stem.strip_suffix('y');
    match suffix {
        "s" => {
            let mut v = vec![format!("{stem}s"), format!("{stem}es")];
            v.extend(y.map(|b| format!("{b}ies")));
            v
        }
        "ed" => {
            let mut v = vec![format!("{stem}ed"), format!("{bare}ed"), format!("{stem}{last}ed")];
            v.extend(y.map(|b| format!("{b}ied")));
            v
        }
        "ing" => vec![format!("{stem}ing"), format!("{bare}ing"), format!("{stem}{last}ing")],
        "able" | "ability" => {
            let tail = if suffix == "able" { "able" } else { "ability" };
            let alt = if suffix == "able" { "ible" } else { "ibility" };
            vec![
                format!("{stem}{tail}"),
                format!("{bare}{tail}"),
                format!("{bare}{alt}"),
                format!("{stem}{last}{tail}"),
            ]
        }
        _ => vec![format!("{stem}{suffix}")],
    }
}

/// Every string one edit (delete, transpose, substitute, insert a–z) from `word`.
fn edits1(word: &str) -> Vec<String> {
    let cs: Vec<char> = word.chars().collect();
    let n = cs.len();
    let mut out = Vec::with_capacity(54 * n + 26);
    for i in 0..=n {
        if i < n {
            out.push(cs[..i].iter().chain(&cs[i + 1..]).collect());
            if i + 1 < n {
                let mut t = cs.clone();
                t.swap(i, i + 1);
                out.push(t.into_iter().collect());
            }
        }
        for l in 'a'..='z' {
            if i < n && l != cs[i] {
                let mut t = cs.clone();
                t[i] = l;
                out.push(t.into_iter().collect());
            }
            let mut t = cs.clone();
            t.insert(i, l);
            out.push(t.into_iter().collect());
        }
    }
    out
}

/// `é` → `e`, `ï` → `i`, `ç` → `c`: the Latin-1 and Latin Extended-A letters English borrows with
/// accents. Other characters are returned as they are.
pub fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'E',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'I',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ō' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' | 'Ō' => 'O',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'U',
        'ç' => 'c',
        'Ç' => 'C',
        'ñ' => 'n',
        'Ñ' => 'N',
        _ => c,
    }
}

/// `JMeter` → [`J`, `Meter`]; `OAuth` → [`O`, `Auth`]; `jUnit` → [`j`, `Unit`]; `RxJava` →
/// [`Rx`, `Java`]: a new hump at a lower→upper step and before the last capital of a capital run
/// that a lower-case letter follows.
fn mixed_case_humps(word: &str) -> Vec<&str> {
    let cs: Vec<(usize, char)> = word.char_indices().collect();
    let mut humps = Vec::new();
    let mut start = 0;
    for k in 1..cs.len() {
        let (i, c) = cs[k];
        let prev = cs[k - 1].1;
        let next_lower = cs.get(k + 1).is_some_and(|(_, n)| n.is_lowercase());
        if c.is_uppercase() && (prev.is_lowercase() || (prev.is_uppercase() && next_lower)) && i > start {
            humps.push(&word[start..i]);
            start = i;
        }
    }
    humps.push(&word[start..]);
    humps
}

/// `CloudWatch` → [`Cloud`, `Watch`].
fn camel_humps(word: &str) -> Vec<&str> {
    let mut humps = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in word.char_indices() {
        if c.is_uppercase() && prev_lower {
            humps.push(&word[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    humps.push(&word[start..]);
    humps
}

/// Whether `word` has a letter that no English word is written with: one outside ASCII and the French
/// accents English keeps in borrowed words (`café`, `naïve`, `crème`). A macron, an `ñ`, `ø`, `ł`, `ş`
/// or `ő` (`kōrero`, `mañana`, `Łódź`, `Ngā`) marks a word of another language or a name, which an
/// English checker has no business calling a misspelling; no slip at an English keyboard makes one.
fn is_foreign_word(word: &str) -> bool {
    const ENGLISH_ACCENTS: &str = "éèêëàâçïîôûÉÈÊËÀÂÇÏÎÔÛ";
    word.chars().any(|c| c.is_alphabetic() && !c.is_ascii() && !ENGLISH_ACCENTS.contains(c))
}

/// Whether `word` is the symbol of a unit with an SI prefix, written with its capitals (`kWp`, `MWh`,
/// `mAh`, `kVA`, `MHz`, `kPa`, `Gbps`): case-sensitive symbols, never a slip of an English word. A form in
/// lower case only (`kwp`) is left to the dictionaries.
fn is_si_unit(word: &str) -> bool {
    const PREFIXES: &[&str] = &["", "k", "M", "G", "T", "P", "m", "µ", "u", "n", "c", "d", "h"];
    const UNITS: &[&str] = &[
        "W", "Wh", "Wp", "VA", "VAr", "VAh", "V", "A", "Ah", "Hz", "J", "N", "Nm", "Pa", "Bq", "Gy", "Sv", "T", "Wb",
        "F", "H", "S", "C", "L", "B", "bps", "Bps", "eV", "Ω",
    ];
    word.chars().any(|c| c.is_uppercase() || c == 'µ' || c == 'Ω')
        && word.chars().count() >= 2
        && PREFIXES.iter().any(|p| word.strip_prefix(p).is_some_and(|rest| !p.is_empty() && UNITS.contains(&rest)))
}

/// Whether `word` is an acronym with a lower-case prefix, the way science and technology name things:
/// one to three lower-case letters, then two or more capitals (`iPSC`, `hESC`, `qPCR`, `sgRNA`). The
/// caller also checks that the word in lower case is not a word (`tHE` is a slip of the Shift key).
fn is_prefixed_acronym(word: &str) -> bool {
    let lower = word.bytes().take_while(u8::is_ascii_lowercase).count();
    let rest = &word[lower..];
    // `-JS` names are product names, checked by their stem (`zorbJS`).
    (1..=3).contains(&lower) && rest.len() >= 2 && rest != "JS" && rest.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether `word` reads as the generic name of a medicine: lower case (or Capitalized), ASCII letters,
/// ending in an INN stem of `dictionaries/drug-stems.txt` with three letters or more before it
/// (`empagliflozin`, `Apixaban`, `pembrolizumab`). Accepted, never suggested.
fn is_drug_name(word: &str) -> bool {
    static STEMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| {
        include_str!("../../dictionaries/drug-stems.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    let rest = word.strip_prefix(|c: char| c.is_ascii_alphabetic()).unwrap_or("");
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let low = word.to_ascii_lowercase();
    stems.iter().any(|s| low.len() >= s.len() + 3 && low.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checker() -> SpellChecker {
        SpellChecker::new(Dialect::Auto, WordList::default())
    }

    /// A name written in lower case is offered with its capitals first (`monday` → `Monday`, not `money`),
    /// after a commoner word one slip away (`fromm` → `from`, then `Fromm`).
    #[test]
    fn a_name_in_lower_case_is_offered_with_its_capitals() {
        let s = checker();
        for (w, first) in [("monday", "Monday"), ("london", "London"), ("spanish", "Spanish")] {
            assert_eq!(s.suggest(w).first().map(String::as_str), Some(first), "{w}");
        }
        // An acronym in capitals, after `nasal` (one slip away and commoner).
        assert!(s.suggest("nasa").iter().take(2).any(|w| w == "NASA"));
        let fromm = s.suggest("fromm");
        assert_eq!(fromm.iter().take(2).map(String::as_str).collect::<Vec<_>>(), ["from", "Fromm"]);
    }

    /// A word with a letter no English word has (a macron, `ñ`, `ł`, `ø`) is another language's: not a
    /// misspelling. French accents English keeps are still checked.
    #[test]
    fn words_of_other_languages() {
        let s = checker();
        let none = ProfileWords::default();
        for w in ["kōrero", "mañana", "Łódź", "Ngā", "Göteborg", "sjukskötare", "Đà"] {
            assert_eq!(s.check_word(w, &none), WordCheck::Ok, "{w}");
        }
        for w in ["naïvly", "teh", "crèmme"] {
            assert!(matches!(s.check_word(w, &none), WordCheck::Misspelled(_)), "{w}");
        }
    }

    /// Units with an SI prefix in their own case are symbols; the same letters in other cases are checked.
    #[test]
    fn units_with_si_prefixes() {
        let s = checker();
        let none = ProfileWords::default();
        for w in ["kWp", "MWh", "mAh", "kVA", "MHz", "kPa", "Gbps", "µV"] {
            assert_eq!(s.check_word(w, &none), WordCheck::Ok, "{w}");
        }
        for w in ["kwpp", "Kwpx", "hWz"] {
            assert!(matches!(s.check_word(w, &none), WordCheck::Misspelled(_)), "{w}");
        }
    }

    /// Generic drug names read by their INN stem; a slip in an English word that happens to share the
    /// ending, or a drug-like word in odd case, is still a misspelling.
    #[test]
    fn drug_names_by_their_stem() {
        let s = checker();
        let none = ProfileWords::default();
        for w in ["empagliflozin", "Dapagliflozin", "zanubrutinib", "pembrolizumab"] {
            assert_eq!(s.check_word(w, &none), WordCheck::Ok, "{w}");
        }
        assert!(super::is_drug_name("apixaban") && super::is_drug_name("Rivaroxaban"));
        for w in ["performin", "preparin", "xab", "EMPAGLIFLOZIN", "empaGliflozin", "mab"] {
            assert!(!super::is_drug_name(w), "{w}");
        }
        assert!(matches!(s.check_word("performin", &none), WordCheck::Misspelled(_)));
        // Acronyms with a lower-case prefix; a Shift-key slip of a word is still one.
        for w in ["iPSC", "hESC", "qPCR"] {
            assert_eq!(s.check_word(w, &none), WordCheck::Ok, "{w}");
        }
        for w in ["tHE", "tHIS", "iPsc", "abcdeFGH"] {
            assert!(matches!(s.check_word(w, &none), WordCheck::Misspelled(_)), "{w}");
        }
        assert!(matches!(s.check_word("recieve", &none), WordCheck::Misspelled(_)));
    }

    #[test]
    fn accepts_english_and_professional_words() {
        let s = checker();
        let none = ProfileWords::default();
        for w in [
            "engineer",
            "Engineer",
            "ENGINEER",
            "Kubernetes",
            "GraphQL",
            "KPIs",
            "OKRs",
            "stakeholders",
            "team's",
            "don't",
            "colour",
            "organise",
        ] {
            assert_eq!(s.check_word(w, &none), WordCheck::Ok, "{w}");
        }
    }

    #[test]
    fn flags_typos_with_suggestions() {
        let s = checker();
        match s.check_word("managment", &ProfileWords::default()) {
            WordCheck::Misspelled(sugg) => assert_eq!(sugg.first().map(String::as_str), Some("management")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lowercase_brand_is_a_case_error() {
        let s = checker();
        assert_eq!(s.check_word("linkedin", &ProfileWords::default()), WordCheck::WrongCase("LinkedIn".into()));
        assert_eq!(s.check_word("LinkedIn", &ProfileWords::default()), WordCheck::Ok);
    }

    #[test]
    fn profile_names_are_accepted_in_compatible_case() {
        let s = checker();
        let names = vec!["Zorblax".to_string()];
        let p = ProfileWords::new(&names);
        assert_eq!(s.check_word("Zorblax", &p), WordCheck::Ok);
        assert_eq!(s.check_word("ZORBLAX", &p), WordCheck::Ok);
        assert_eq!(s.check_word("Zorblax's", &p), WordCheck::Ok);
        assert_eq!(s.check_word("zorblax", &p), WordCheck::WrongCase("Zorblax".into()));
        assert_eq!(s.check_word("d’Alene", &p), WordCheck::Ok);
    }

    /// `is_english_word` asks only the dictionaries `is_valid` has not: the verdict is that of asking all of
    /// them, in every dialect, with and without a reject list.
    #[test]
    fn english_words_are_any_dictionarys_words() {
        let words = ["colour", "color", "Colour", "centre", "center", "organise", "organize", "profile", "zzqx"];
        for dialect in [Dialect::Auto, Dialect::EnUs, Dialect::EnGb] {
            for reject in [&[][..], &["colour", "color", "centre"][..]] {
                let mut list = WordList::default();
                reject.iter().for_each(|w| list.reject(w, None));
                let spell = SpellChecker::new(dialect, list);
                for w in words {
                    let any = [embedded::en_us(), embedded::en_gb()].iter().any(|d| d.check(w) == Verdict::Valid);
                    assert_eq!(spell.is_english_word(w), spell.is_valid(w) || any, "{w} {dialect:?} {reject:?}");
                }
            }
        }
    }

    #[test]
    fn user_words_accept_and_reject() {
        let mut list = WordList::default();
        list.accept("Frobnicator");
        list.accept("zarquon/S");
        list.reject("Initrode", Some("Initech"));
        let s = SpellChecker::new(Dialect::Auto, list);
        let none = ProfileWords::default();
        assert_eq!(s.check_word("Frobnicator", &none), WordCheck::Ok);
        assert_eq!(s.check_word("FROBNICATOR", &none), WordCheck::Ok);
        assert_eq!(s.check_word("frobnicator", &none), WordCheck::WrongCase("Frobnicator".into()));
        assert_eq!(s.check_word("zarquons", &none), WordCheck::Ok, "affix flags work");
        assert_eq!(s.check_word("Zarquon", &none), WordCheck::Ok);
        assert_eq!(s.check_word("Initrode", &none), WordCheck::Rejected(Some("Initech".into())));
    }

    #[test]
    fn dialects_select_dictionaries() {
        let none = ProfileWords::default();
        let us = SpellChecker::new(Dialect::EnUs, WordList::default());
        assert!(matches!(us.check_word("colour", &none), WordCheck::Misspelled(_)));
        let gb = SpellChecker::new(Dialect::EnGb, WordList::default());
        assert_eq!(gb.check_word("colour", &none), WordCheck::Ok);
    }

    fn flagged(s: &SpellChecker, w: &str) -> bool {
        matches!(s.check_word(w, &ProfileWords::default()), WordCheck::Misspelled(_))
    }

    #[test]
    fn extended_vocabulary_is_accepted_in_its_dialect() {
        let s = checker();
        for w in ["electromechanical", "workpiece", "workpieces", "thermosetting", "Aamodt"] {
            assert!(!flagged(&s, w), "{w}");
        }
        let us = SpellChecker::new(Dialect::EnUs, WordList::default());
        let gb = SpellChecker::new(Dialect::EnGb, WordList::default());
        assert!(!flagged(&gb, "behaviouristic"));
        assert!(flagged(&us, "behaviouristic"), "a British SCOWL-70 word stays British");
        assert!(!flagged(&us, "decimalizing"));
    }

    #[test]
    fn wide_lists_accept_technical_words_and_keep_their_typos() {
        let s = checker();
        for w in ["thoracentesis", "colposcopy", "phacoemulsification", "Colposcopy"] {
            assert!(!flagged(&s, w), "{w}");
        }
        // Agent nouns one edit from a verb form of the same stem (`whitewasher`, `whitewashes`) are
        // siblings, not typos (scripts/build-wide.py); a slip inside the stem is still a typo.
        for w in ["whitewasher", "hoodwinker", "reappraiser"] {
            assert!(!flagged(&s, w), "{w}");
        }
        for w in ["thoracentsis", "colposcpy", "phacoemulsificaton", "colpoScopy", "whitewahser", "hoodwniker"] {
            assert!(flagged(&s, w), "{w}");
        }
        // Never a part of a compound or a stem of a derivation: rare words would hide typos that way.
        for w in ["colposcopyroom", "roomcolposcopy", "precolposcopy"] {
            assert!(flagged(&s, w), "{w}");
        }
        // Never offered as a correction: the suggestion lists keep to common words.
        assert!(!s.suggest("colposcpy").iter().any(|w| w == "colposcopy"));
        // The British list only in British English (and the default), the American one likewise.
        let us = SpellChecker::new(Dialect::EnUs, WordList::default());
        let gb = SpellChecker::new(Dialect::EnGb, WordList::default());
        assert!(!flagged(&gb, "gelatinisation") && !flagged(&s, "gelatinisation"));
        assert!(flagged(&us, "gelatinisation"));
        assert!(!flagged(&us, "gelatinization"));
    }

    #[test]
    fn derived_forms_of_known_words_are_accepted() {
        let s = checker();
        for w in ["hotfixes", "proxied", "rearchitecting", "recalibrate", "microsystem", "neuromusculoskeletal"] {
            assert!(!flagged(&s, w), "{w}");
        }
    }

    #[test]
    fn derivations_do_not_hide_typos() {
        let s = checker();
        // A known rival spelling, a common word one edit away, a mass noun, a compound one edit
        // from a common word, a shift-key slip.
        for w in [
            // Two prefixes stacked on a word that is none without them.
            "undeground",
            "begining",
            "occured",
            "deside",
            "comming",
            "thiss",
            "Softwares",
            "tansaction",
            "teamplate",
            "Hareware",
            "monitring",
            "conttributed",
            "everytime",
            "THis",
            "postions",
        ] {
            assert!(flagged(&s, w), "{w} must stay a finding");
        }
    }

    #[test]
    fn accented_english_is_accepted() {
        let s = checker();
        for w in ["résumé", "café", "naïve", "façade", "cliché", "Résumé"] {
            assert!(!flagged(&s, w), "{w}");
        }
        assert!(flagged(&s, "résumée"));
    }

    #[test]
    fn product_names_from_known_parts() {
        let s = checker();
        for w in ["ReactJS", "AngularJS", "reactjs", "JMeter", "jUnit"] {
            assert!(!flagged(&s, w), "{w}");
        }
        for w in ["RaectJS", "JMeeter", "zorbJS"] {
            assert!(flagged(&s, w), "{w}");
        }
        assert_eq!(mixed_case_humps("JMeter"), vec!["J", "Meter"]);
        assert_eq!(mixed_case_humps("OAuth"), vec!["O", "Auth"]);
    }

    #[test]
    fn camel_case_humps() {
        assert_eq!(camel_humps("CloudWatch"), vec!["Cloud", "Watch"]);
        let s = checker();
        assert_eq!(s.check_word("DataLake", &ProfileWords::default()), WordCheck::Ok);
    }
}
