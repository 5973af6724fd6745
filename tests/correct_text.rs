//! Correct text stays correct: every safe fix `proofile fix` would make is applied to a corpus of
//! correct professional text (many professions, people's and companies' names, brands in their
//! official forms, accented English words, British profiles naming an American institution), and
//! the test passes only when nothing changes. The corpus and its sources:
//! tests/data/correct-text/ (built by scripts/build-correct-text.py).

use proofile::fix::fix_text;
use proofile::profile::InputFormat;
use proofile::spell::Dialect;
use proofile::{Checker, Settings};

const CORPUS: &str = include_str!("data/correct-text/profiles.txt");

/// (dialect, name, Markdown profile) for each profile of the corpus.
fn profiles() -> Vec<(Dialect, &'static str, &'static str)> {
    CORPUS
        .split("\n=== ")
        .skip(1)
        .map(|chunk| {
            let (head, body) = chunk.split_once('\n').expect("a header line");
            let dialect = Dialect::parse(head.split(' ').next().unwrap()).expect("a dialect");
            (dialect, head, body)
        })
        .collect()
}

fn checker(dialect: Dialect) -> Checker {
    Checker::new(Settings { dialect, ..Settings::default() })
}

/// Every profile under its own dialect (and many under `auto`): no safe fix applies.
#[test]
fn no_safe_fix_changes_correct_text() {
    let all = profiles();
    assert!(all.len() >= 200, "{}", all.len());
    let sentences: usize = all.iter().map(|(_, _, p)| p.matches(['.', '!', '?']).count()).sum();
    assert!(sentences >= 3500, "{sentences}");
    let auto = checker(Dialect::Auto);
    let us = checker(Dialect::EnUs);
    let gb = checker(Dialect::EnGb);
    let mut changed = Vec::new();
    for (i, (dialect, name, text)) in all.iter().enumerate() {
        let own = if *dialect == Dialect::EnGb { &gb } else { &us };
        // `auto` too on the British profiles and every fourth American one (the debug build is slow).
        let also_auto = *dialect == Dialect::EnGb || i % 4 == 0;
        for c in [Some(own), also_auto.then_some(&auto)].into_iter().flatten() {
            let out = fix_text(c, name, text, InputFormat::Markdown).unwrap();
            for f in &out.applied {
                changed.push(format!(
                    "{name} ({:?}) {}:{} [{}] {} → {}",
                    c.spell().dialect(),
                    f.line,
                    f.column,
                    f.rule,
                    f.before,
                    f.after
                ));
            }
        }
    }
    assert!(changed.is_empty(), "{} safe fixes changed correct text:\n{}", changed.len(), changed.join("\n"));
}

/// The corpus holds what the test is about: the forms and words that were once "fixed".
#[test]
fn corpus_holds_the_hard_cases() {
    for needle in
        ["VMware ESXi", "GitKraken", "with nginx", "NGINX", "façade", "soufflé", "Medical Center", "trauma centre"]
    {
        assert!(CORPUS.contains(needle), "{needle}");
    }
}

/// The test can fail: text with a sure typo is changed.
#[test]
fn a_typo_is_still_fixed() {
    let text = "# Jo Doe\n\n## About\n\nI am a nurse and I love buliding teams.\n";
    let out = fix_text(&checker(Dialect::EnUs), "t.md", text, InputFormat::Markdown).unwrap();
    assert!(out.fixed.contains("building"), "{}", out.fixed);
}
