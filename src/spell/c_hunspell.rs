//! The C Hunspell engine (`hunspell-rs`, feature `hunspell`), as a second `Dictionary` backend and
//! the reference the pure-Rust engine is tested against.

use std::sync::Mutex;

use super::{Dictionary, Verdict};

/// C Hunspell behind a mutex: the C object is not thread-safe, so calls are serialised.
pub struct CHunspell {
    inner: Mutex<SendHunspell>,
}

struct SendHunspell(hunspell_rs::Hunspell);

// SAFETY: the Hunspell handle has no thread affinity; it is only ever used while holding the mutex,
// so it is never touched by two threads at once.
unsafe impl Send for SendHunspell {}

impl CHunspell {
    /// Loads an .aff/.dic pair from files and adds extra words (`word` or `word/FLAGS` lines are
    /// added as plain words: hunspell-rs's `add` takes no flags, so each inflection must be listed).
    pub fn new(aff_path: &str, dic_path: &str, extra_dic_paths: &[&str]) -> CHunspell {
        let mut h = hunspell_rs::Hunspell::new(aff_path, dic_path);
        for p in extra_dic_paths {
            h.add_dictionary(p);
        }
        CHunspell { inner: Mutex::new(SendHunspell(h)) }
    }

    pub fn suggest(&self, word: &str) -> Vec<String> {
        let h = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        h.0.suggest(word)
    }
}

impl Dictionary for CHunspell {
    fn check(&self, word: &str) -> Verdict {
        let h = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        match h.0.check(word) {
            hunspell_rs::CheckResult::FoundInDictionary => Verdict::Valid,
            hunspell_rs::CheckResult::MissingInDictionary => Verdict::Invalid,
        }
    }
}
