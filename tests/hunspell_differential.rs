//! Differential test (feature `hunspell`): the pure-Rust engine (spellbook) and C Hunspell
//! (hunspell-rs) give the same verdicts on real words and misspellings, with the same dictionaries.
#![cfg(feature = "hunspell")]

use proofile::spell::c_hunspell::CHunspell;
use proofile::spell::{Dictionary, HunspellDictionary};

fn dict_path(name: &str) -> String {
    format!("{}/dictionaries/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn engines_agree_on_real_words_and_misspellings() {
    let aff = std::fs::read_to_string(dict_path("en_US.aff")).unwrap();
    let dic = std::fs::read_to_string(dict_path("en_US.dic")).unwrap();
    let rust = HunspellDictionary::new(&aff, &dic, &[]).unwrap();
    let c = CHunspell::new(&dict_path("en_US.aff"), &dict_path("en_US.dic"), &[]);
    let corpus = include_str!("data/differential-words.txt");
    let words: Vec<&str> = corpus.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect();
    assert!(words.len() > 2500);
    let mut disagree = Vec::new();
    let mut invalid = 0;
    for w in &words {
        let (a, b) = (rust.check(w), c.check(w));
        if a != b {
            disagree.push(format!("{w}: spellbook {a:?}, hunspell {b:?}"));
        }
        if b == proofile::spell::Verdict::Invalid {
            invalid += 1;
        }
    }
    assert!(invalid > 1000, "the corpus must hold real misspellings: {invalid}");
    assert!(disagree.is_empty(), "{} of {} words disagree:\n{}", disagree.len(), words.len(), disagree.join("\n"));
}

#[test]
fn engines_suggest_the_same_first_word_mostly() {
    let aff = std::fs::read_to_string(dict_path("en_US.aff")).unwrap();
    let dic = std::fs::read_to_string(dict_path("en_US.dic")).unwrap();
    let rust = HunspellDictionary::new(&aff, &dic, &[]).unwrap();
    let c = CHunspell::new(&dict_path("en_US.aff"), &dict_path("en_US.dic"), &[]);
    let words = [
        "recieve",
        "managment",
        "enginer",
        "teh",
        "acheive",
        "buisness",
        "comittee",
        "ocurred",
        "strategicaly",
        "leadersip",
    ];
    let same = words.iter().filter(|w| rust.suggest(w).first() == c.suggest(w).first()).count();
    assert!(same >= 8, "only {same} of {} agree on the first suggestion", words.len());
}
