//! The grammar development set (`tests/data/grammar-dev/dev.tsv`) run through every default rule:
//! located recall and false alarms must stay above and below their floors, so a regression in the
//! grammar rules or the lexicon fails here. (`heldout.tsv` is for measuring only: see
//! `bench/grammar-dev.py`.)

use proofile::check::{Checker, Settings};
use proofile::profile::markdown;
use proofile::{Category, Diagnostic, SectionKind, Severity};

const HEAD: &str = "# Jo Doe\n\n## Headline\n\nConsultant\n\n## About\n\n";

struct Item {
    line: usize,
    wrong: String,
    right: String,
    /// Byte range of the slip in the wrong sentence.
    slip: std::ops::Range<usize>,
}

fn items() -> Vec<Item> {
    let text = include_str!("data/grammar-dev/dev.tsv");
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (_, marked) = line.split_once('\t').expect("kind<TAB>sentence");
        let open = marked.find('{').expect("a {wrong|right} slip");
        let close = open + marked[open..].find('}').expect("closing brace");
        let (wrong, right) = marked[open + 1..close].split_once('|').expect("wrong|right");
        if wrong == right {
            continue;
        }
        let (pre, post) = (&marked[..open], &marked[close + 1..]);
        out.push(Item {
            line: n + 1,
            wrong: format!("{pre}{wrong}{post}"),
            right: format!("{pre}{right}{post}"),
            slip: pre.len()..pre.len() + wrong.len().max(1),
        });
    }
    out
}

/// The findings on `sentence` in the About section, completeness ones (about the test profile) left out.
fn findings(checker: &Checker, sentence: &str) -> Vec<Diagnostic> {
    let profile = markdown::read("dev.md", format!("{HEAD}{sentence}\n"));
    let about = profile.sections.iter().position(|s| s.kind == SectionKind::Summary).expect("an About section");
    checker.check(&profile).into_iter().filter(|d| d.section == about && d.category != Category::Completeness).collect()
}

#[test]
fn dev_set_recall_and_false_alarms_stay_above_their_floors() {
    let checker = Checker::new(Settings::default());
    let items = items();
    assert!(items.len() >= 200, "the dev set has {} slips", items.len());
    let (mut found, mut alarms) = (0, 0);
    let mut misses = Vec::new();
    for it in &items {
        let hit =
            findings(&checker, &it.wrong).iter().any(|d| d.span.start < it.slip.end && d.span.end > it.slip.start);
        if hit {
            found += 1;
        } else {
            misses.push(format!("line {}: {}", it.line, it.wrong));
        }
        let bad: Vec<_> =
            findings(&checker, &it.right).into_iter().filter(|d| d.severity >= Severity::Warning).collect();
        if !bad.is_empty() {
            alarms += 1;
            misses.push(format!(
                "false alarm, line {}: {} ({:?})",
                it.line,
                it.right,
                bad.iter().map(|d| d.rule).collect::<Vec<_>>()
            ));
        }
    }
    let recall = found as f64 / items.len() as f64;
    let false_alarms = alarms as f64 / items.len() as f64;
    assert!(recall >= 0.80, "located recall {recall:.3} < 0.80\n{}", misses.join("\n"));
    assert!(false_alarms <= 0.02, "false alarms {false_alarms:.3} > 0.02\n{}", misses.join("\n"));
}
