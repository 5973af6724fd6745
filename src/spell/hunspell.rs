//! The Hunspell engine: `spellbook`, pure Rust, `Send + Sync`, so one dictionary serves all threads.

use super::{Dictionary, Verdict};

pub struct HunspellDictionary {
    dict: spellbook::Dictionary,
}

impl HunspellDictionary {
    /// Parses an .aff/.dic pair and adds extra .dic lines (same affix flags) on top.
    pub fn new(aff: &str, dic: &str, extra_dic_lines: &[&str]) -> Result<Self, String> {
        let mut dict = spellbook::Dictionary::new(aff, dic).map_err(|e| e.to_string())?;
        for line in extra_dic_lines {
            dict.add(line).map_err(|e| format!("{line}: {e}"))?;
        }
        Ok(HunspellDictionary { dict })
    }

    /// Hunspell's own edit-based suggestions (the fallback after the fast suggester). Its n-gram search,
    /// which scans the whole word list for a word with nothing near, is off: it cost up to seconds a
    /// word (issue 19) and what it finds is too far off to help.
    pub fn suggest(&self, word: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.dict.suggester().with_ngram_suggestions(false).suggest(word, &mut out);
        out
    }
}

impl Dictionary for HunspellDictionary {
    fn check(&self, word: &str) -> Verdict {
        let word = if word.contains('’') { std::borrow::Cow::Owned(word.replace('’', "'")) } else { word.into() };
        if self.dict.check(&word) { Verdict::Valid } else { Verdict::Invalid }
    }
}
