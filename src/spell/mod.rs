//! Spelling: a stack of dictionaries that each answer valid / invalid / unknown (the profile's own
//! names, the user's words, the professional vocabulary and Hunspell), a case policy, and ranked
//! suggestions cached across threads.

#[cfg(feature = "hunspell")]
pub mod c_hunspell;
pub mod embedded;
pub mod hunspell;
pub mod suggest;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

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
    words: HashMap<String, String>,
}

impl ProfileWords {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a String>) -> Self {
        let mut map = HashMap::new();
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
        match self.words.get(&base.to_lowercase()) {
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
    us: Arc<HunspellDictionary>,
    gb: OnceLock<Arc<HunspellDictionary>>,
    user: WordList,
    /// Lowercase → canonical casing of case-sensitive professional terms (`linkedin` → `LinkedIn`).
    brand_case: HashMap<String, String>,
    suggester: OnceLock<Suggester>,
    cache: Mutex<HashMap<String, Arc<OnceLock<Vec<String>>>>>,
}

/// Distinct words whose suggestions are kept; past that the cache starts afresh.
const SUGGESTION_CACHE_MAX: usize = 100_000;

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
            gb: OnceLock::new(),
            user,
            brand_case,
            suggester: OnceLock::new(),
            cache: Mutex::new(HashMap::new()),
        }
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    fn gb(&self) -> &HunspellDictionary {
        self.gb.get_or_init(embedded::en_gb)
    }

    /// Whether the dictionary stack (without the profile's own names) accepts `word`.
    pub fn is_valid(&self, word: &str) -> bool {
        if self.user.reject.contains_key(&word.to_lowercase()) {
            return false;
        }
        if self.user_dict.as_ref().is_some_and(|d| d.check(word) == Verdict::Valid) {
            return true;
        }
        if self.us.check(word) == Verdict::Valid {
            return true;
        }
        self.dialect == Dialect::Auto && self.gb().check(word) == Verdict::Valid
    }

    /// Checks one prose word against the stack, the profile's names first.
    pub fn check_word(&self, word: &str, profile: &ProfileWords) -> WordCheck {
        let full = word;
        let word = word.trim_matches(|c| c == '\'' || c == '’');
        if word.is_empty() {
            return WordCheck::Ok;
        }
        let lower = word.to_lowercase();
        if let Some(repl) = self.user.reject.get(&lower) {
            return WordCheck::Rejected(repl.clone());
        }
        if profile.check(word) == Verdict::Valid || self.is_valid(word) {
            return WordCheck::Ok;
        }
        let base = strip_possessive(word);
        if base != word && (profile.check(base) == Verdict::Valid || self.is_valid(base)) {
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
        WordCheck::Misspelled(self.suggest(word))
    }

    /// The casing the user's own word list gives `word`, when it differs only in case.
    pub fn user_casing(&self, word: &str) -> Option<&str> {
        self.user.canonical(word)
    }

    /// Whether any English dictionary (American, British or the user's) accepts `word`: such a word is
    /// never safely changed, only its dialect may differ.
    pub fn is_english_word(&self, word: &str) -> bool {
        self.is_valid(word)
            || self.us.check(word) == Verdict::Valid
            || self.gb().check(word) == Verdict::Valid
            || embedded::en_us().check(word) == Verdict::Valid
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
        // and the configuration (issue 11). The index costs about 100 ms to build, once per run that
        // meets an unknown word.
        let accept = |w: &str| self.is_valid(w);
        let suggester = self.suggester.get_or_init(|| {
            let mut s = Suggester::from_tiers(embedded::WORD_TIERS);
            for w in embedded::professional_words() {
                s.add_word(w);
            }
            for w in self.user.accept.values() {
                s.add_word(w);
            }
            s
        });
        let mut out = suggester.suggest(word, 5, &accept);
        if out.is_empty() && suggest::fallback_allowed(word) {
            // The full Hunspell algorithm, for what the fast candidate generator cannot reach.
            out = self.us.suggest(word);
            out.truncate(5);
        }
        out
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn checker() -> SpellChecker {
        SpellChecker::new(Dialect::Auto, WordList::default())
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

    #[test]
    fn camel_case_humps() {
        assert_eq!(camel_humps("CloudWatch"), vec!["Cloud", "Watch"]);
        let s = checker();
        assert_eq!(s.check_word("DataLake", &ProfileWords::default()), WordCheck::Ok);
    }
}
