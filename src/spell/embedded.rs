//! The dictionaries built into the binary, so the tool needs no files at run time. Each is parsed
//! once, on first use.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::HunspellDictionary;
use super::compiled::CompiledDictionary;

const EN_US_AFF: &str = include_str!("../../dictionaries/en_US.aff");
const EN_US_DIC: &str = include_str!("../../dictionaries/en_US.dic");
const EN_GB_AFF: &str = include_str!("../../dictionaries/en_GB.aff");
const EN_GB_DIC: &str = include_str!("../../dictionaries/en_GB.dic");
const PROFESSIONAL_DIC: &str = include_str!("../../dictionaries/professional.dic");
/// The wider vocabulary (scripts/build-extended.py): accepted, never suggested, no brand casing.
const EXTENDED_DIC: &str = include_str!("../../dictionaries/extended.dic");
const EXTENDED_US_DIC: &str = include_str!("../../dictionaries/extended-us.dic");
const EXTENDED_GB_DIC: &str = include_str!("../../dictionaries/extended-gb.dic");
pub const WORD_TIERS: &str = include_str!("../../dictionaries/word-tiers.txt");

/// A .dic file's entry lines (`KPI/S`), without the count line (the same reading `build.rs` gives the
/// suggestion index).
fn dic_lines(dic: &'static str) -> impl Iterator<Item = &'static str> {
    super::suggest_index::dic_entry_lines(dic)
}

/// The professional vocabulary's lines (`KPI/S`), without the count line.
fn professional_lines() -> impl Iterator<Item = &'static str> {
    dic_lines(PROFESSIONAL_DIC)
}

/// Every .dic list of the embedded dictionaries (the American, British, extended and professional words).
pub fn dic_lists() -> [&'static str; 6] {
    [EN_US_DIC, EN_GB_DIC, EXTENDED_DIC, EXTENDED_US_DIC, EXTENDED_GB_DIC, PROFESSIONAL_DIC]
}

/// The professional words without their affix flags.
pub fn professional_words() -> impl Iterator<Item = &'static str> {
    super::suggest_index::dic_words(PROFESSIONAL_DIC)
}

fn build(aff: &str, dic: &str, dialect_extra: &'static str) -> Arc<HunspellDictionary> {
    let extra: Vec<&str> = professional_lines().chain(dic_lines(dialect_extra)).collect();
    // The embedded files are tested at build time (see tests): a failure here is a packaging bug.
    Arc::new(HunspellDictionary::new(aff, dic, &extra).expect("embedded dictionary parses"))
}

/// A small dictionary of the user's own accepted words, read with the en_US affix rules; an entry
/// that does not parse is taken as a plain word.
pub fn user_dictionary(lines: &[String]) -> HunspellDictionary {
    let plain_dic = "0\n";
    let parsed: Vec<&str> = lines.iter().map(String::as_str).collect();
    HunspellDictionary::new(EN_US_AFF, plain_dic, &parsed).unwrap_or_else(|_| {
        let stems: Vec<String> = lines.iter().map(|l| l.split('/').next().unwrap_or(l).to_string()).collect();
        let stems: Vec<&str> = stems.iter().map(String::as_str).collect();
        HunspellDictionary::new(EN_US_AFF, plain_dic, &stems).expect("plain words always parse")
    })
}

/// The American dictionary as `spellbook` parses it (with the professional and American extended words),
/// built on first use: only words with digits and Hunspell's own suggestions need it (see [`en_us`]).
pub fn en_us_parsed() -> Arc<HunspellDictionary> {
    static D: OnceLock<Arc<HunspellDictionary>> = OnceLock::new();
    D.get_or_init(|| build(EN_US_AFF, EN_US_DIC, EXTENDED_US_DIC)).clone()
}

/// The extended lists' words common to both dialects (`extended.dic`), as a dictionary of their own
/// with the same affix rules (the American and British affix files are one file): a word is accepted
/// by it exactly when a dictionary holding these words beside the dialect's would accept it through
/// one of them, since none carries a compounding flag.
pub fn extended_parsed() -> Arc<HunspellDictionary> {
    static D: OnceLock<Arc<HunspellDictionary>> = OnceLock::new();
    D.get_or_init(|| {
        let lines: Vec<&str> = dic_lines(EXTENDED_DIC).collect();
        Arc::new(HunspellDictionary::new(EN_US_AFF, "0\n", &lines).expect("embedded dictionary parses"))
    })
    .clone()
}

/// The British dictionary as `spellbook` parses it (see [`en_us_parsed`]).
pub fn en_gb_parsed() -> Arc<HunspellDictionary> {
    static D: OnceLock<Arc<HunspellDictionary>> = OnceLock::new();
    D.get_or_init(|| build(EN_GB_AFF, EN_GB_DIC, EXTENDED_GB_DIC)).clone()
}

macro_rules! compiled {
    ($name:ident, $forms:literal, $hidden:literal, $parsed:ident, $doc:literal) => {
        #[doc = $doc]
        pub fn $name() -> &'static CompiledDictionary {
            static FORMS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/", $forms));
            static HIDDEN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/", $hidden));
            static D: OnceLock<CompiledDictionary> = OnceLock::new();
            D.get_or_init(|| CompiledDictionary::new(FORMS, HIDDEN, $parsed))
        }
    };
}

compiled!(
    en_us,
    "en-us-forms.bin",
    "en-us-hidden.bin",
    en_us_parsed,
    "The American dictionary, answered from its forms enumerated at compile time: [`en_us_parsed`]'s verdicts \
     with nothing to parse at start-up."
);
compiled!(en_gb, "en-gb-forms.bin", "en-gb-hidden.bin", en_gb_parsed, "The British dictionary (see [`en_us`]).");
compiled!(
    extended,
    "extended-forms.bin",
    "extended-hidden.bin",
    extended_parsed,
    "The shared extended words (see [`extended_parsed`], [`en_us`])."
);

/// Whether `word` comes only from the extended lists (`enginery`): accepted as written, but too
/// rare to offer as a correction. Plurals (`-s`) count as their singular.
pub fn is_extended_only(word: &str) -> bool {
    static BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/extended-words.bin"));
    static SET: OnceLock<super::word_set::WordSet<'static>> = OnceLock::new();
    // Built by build.rs from the three extended lists, as `dic_lines` reads them, without flags.
    let set =
        SET.get_or_init(|| super::word_set::WordSet::new(BLOB).expect("the embedded word set is well formed (tested)"));
    let singular = word.strip_suffix('s').unwrap_or(word);
    set.contains(word) || set.contains(singular)
}

/// Whether the bundled SCOWL size-60 dictionaries (`en_US.dic`, `en_GB.dic`, without the lists added
/// to them) have `word` as a stem, as written, or its singular when it ends in `-s` (`Mondays`). Built
/// on first use: only a few callers ask, on findings already made.
pub fn is_base_stem(word: &str) -> bool {
    static SET: OnceLock<foldhash::HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        [EN_US_DIC, EN_GB_DIC]
            .into_iter()
            .flat_map(|d| d.lines().skip(1))
            .map(|l| l.split('/').next().unwrap_or(l).trim())
            .collect()
    });
    set.contains(word) || word.strip_suffix('s').is_some_and(|w| set.contains(w))
}

/// Which of the wide lists (scripts/build-wide.py) to consult.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WideList {
    Shared,
    Us,
    Gb,
    /// Words the lists' noisy-channel filter removed (`intubation` ~ `incubation`): not accepted,
    /// but never corrected unasked either.
    Rare,
}

/// Whether a wide list holds `word` as written or, for a Capitalized or ALL-CAPS word, in lower case
/// (and an ALL-CAPS word also Capitalized): the Hunspell reading of case. Rare and technical words
/// (`spirometry`, `mechatronics`), accepted but never suggested; compile-time sets, nothing to load.
pub fn is_wide_word(list: WideList, word: &str) -> bool {
    use super::word_set::WordSet;
    static SHARED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wide-words.bin"));
    static US: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wide-us-words.bin"));
    static GB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wide-gb-words.bin"));
    static RARE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wide-rare-words.bin"));
    static SETS: OnceLock<[WordSet<'static>; 4]> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        [SHARED, US, GB, RARE].map(|b| WordSet::new(b).expect("the embedded word set is well formed (tested)"))
    });
    let set = &sets[list as usize];
    if set.contains(word) {
        return true;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let rest = chars.as_str();
    let lower_rest = !rest.chars().any(char::is_uppercase);
    let all_caps = !word.chars().any(char::is_lowercase);
    if first.is_uppercase() && (lower_rest || all_caps) && set.contains(&word.to_lowercase()) {
        return true;
    }
    all_caps && set.contains(&format!("{first}{}", rest.to_lowercase()))
}

/// Lowercase → canonical form of every professional term that has capitals (`LinkedIn`, `GitHub`).
pub fn brand_casings() -> HashMap<String, String> {
    professional_words()
        .filter(|w| w.chars().any(char::is_uppercase))
        .map(|w| (w.to_lowercase(), w.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_dictionaries_parse() {
        use crate::spell::{Dictionary, Verdict};
        assert_eq!(super::en_us().check("profile"), Verdict::Valid);
        assert_eq!(super::en_gb().check("colour"), Verdict::Valid);
        assert!(super::professional_words().count() > 1000);
        // The shared extended dictionary stands in for adding its words to each dialect's: that holds
        // only while the two affix files are one and no extended entry carries a compounding flag.
        assert_eq!(super::EN_US_AFF, super::EN_GB_AFF);
        assert!(super::dic_lines(super::EXTENDED_DIC).all(|l| l.split('/').nth(1).is_none_or(|f| f == "S")));
    }

    /// The wide sets hold their lists' words, read with Hunspell's case rules, and nothing else.
    #[test]
    fn wide_lists_are_embedded() {
        use super::{WideList, is_wide_word};
        let lists = [
            (WideList::Shared, include_str!("../../dictionaries/wide.txt")),
            (WideList::Us, include_str!("../../dictionaries/wide-us.txt")),
            (WideList::Gb, include_str!("../../dictionaries/wide-gb.txt")),
            (WideList::Rare, include_str!("../../dictionaries/wide-rare.txt")),
        ];
        for (list, text) in lists {
            let words: Vec<&str> = text.lines().collect();
            assert!(words.len() > 1_000, "{list:?}");
            for w in words.iter().step_by(97) {
                assert!(is_wide_word(list, w), "{list:?} {w}");
            }
            assert!(!is_wide_word(list, "zzzzqx") && !is_wide_word(list, ""));
        }
        // Case: a lower-case entry accepts its Capitalized and ALL-CAPS forms, not a random hump.
        let lower = include_str!("../../dictionaries/wide.txt")
            .lines()
            .find(|w| w.len() > 6 && w.chars().all(|c| c.is_ascii_lowercase()))
            .unwrap();
        let cap = format!("{}{}", lower[..1].to_uppercase(), &lower[1..]);
        assert!(is_wide_word(WideList::Shared, &cap) && is_wide_word(WideList::Shared, &lower.to_uppercase()));
        let hump = format!("{}{}{}", &lower[..3], lower[3..4].to_uppercase(), &lower[4..]);
        assert!(!is_wide_word(WideList::Shared, &hump), "{hump}");
    }

    /// The compile-time set holds exactly the words of the three extended lists.
    #[test]
    fn extended_word_set_matches_the_lists() {
        use std::collections::HashSet;
        let words: HashSet<&str> = [super::EXTENDED_DIC, super::EXTENDED_US_DIC, super::EXTENDED_GB_DIC]
            .into_iter()
            .flat_map(super::dic_lines)
            .map(|l| l.split('/').next().unwrap_or(l))
            .collect();
        assert!(words.len() > 10_000);
        for w in &words {
            assert!(super::is_extended_only(w), "{w}");
        }
        let set = super::super::word_set::WordSet::new(include_bytes!(concat!(env!("OUT_DIR"), "/extended-words.bin")))
            .unwrap();
        assert_eq!(set.len(), words.len());
        assert!(!super::is_extended_only("profile") && !super::is_extended_only("zzzzqx"));
    }
}
