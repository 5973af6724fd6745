//! Helpers for rule tests written as prose: `assert_flags(rule, "bad text", n)`,
//! `assert_clean(rule, "good text")`. The text is placed in a section the rule applies to.

use std::sync::OnceLock;

use crate::check::{Checker, Settings};
use crate::diagnostic::Diagnostic;
use crate::profile::{SectionKind, markdown};
use crate::rules::find_rule;

/// A Markdown profile holding `text` in a section of `kind`; a text starting with `#` is a whole profile.
/// (An example starting with `{` is read as a JSON Resume by `check_text`.)
pub fn profile_markdown(kind: SectionKind, text: &str) -> String {
    if text.starts_with('#') {
        return text.to_string();
    }
    match kind {
        SectionKind::Headline => format!("## Headline\n\n{text}\n"),
        SectionKind::Summary | SectionKind::Other => format!("## About\n\n{text}\n"),
        SectionKind::Experience => format!("## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n{text}\n"),
        SectionKind::Education => format!("## Education\n\n{text}\n"),
        SectionKind::Skills => format!("## Skills\n\n{text}\n"),
    }
}

/// Findings of one rule on `text`.
pub fn check_text(rule_id: &str, text: &str) -> Vec<Diagnostic> {
    static CHECKERS: OnceLock<std::sync::Mutex<std::collections::HashMap<String, &'static Checker>>> = OnceLock::new();
    let rule = find_rule(rule_id).unwrap_or_else(|| panic!("no rule {rule_id}"));
    if rule.meta().category == crate::diagnostic::Category::Invite {
        return crate::invite::testing::check_example(rule_id, text);
    }
    let kind = rule.meta().sections.first().copied().unwrap_or(SectionKind::Summary);
    let checker = {
        let mut map = CHECKERS.get_or_init(Default::default).lock().unwrap();
        *map.entry(rule_id.to_string())
            .or_insert_with(|| Box::leak(Box::new(Checker::with_rules(&[rule_id], Settings::default()))))
    };
    // An example starting with `{` is a whole JSON Resume; otherwise Markdown.
    let profile = if text.trim_start().starts_with('{') {
        crate::profile::json_resume::read("example.json", text.to_string()).expect("example JSON Resume parses")
    } else {
        markdown::read("example.md", profile_markdown(kind, text))
    };
    checker.check(&profile)
}

/// Findings of one rule on `text` (Markdown) under `settings` (rule options, words), uncached.
pub fn check_text_with(rule_id: &str, text: &str, settings: Settings) -> Vec<Diagnostic> {
    let rule = find_rule(rule_id).unwrap_or_else(|| panic!("no rule {rule_id}"));
    let kind = rule.meta().sections.first().copied().unwrap_or(SectionKind::Summary);
    let checker = Checker::with_rules(&[rule_id], settings);
    checker.check(&markdown::read("example.md", profile_markdown(kind, text)))
}

#[track_caller]
pub fn assert_flags(rule_id: &str, text: &str, n: usize) {
    let d = check_text(rule_id, text);
    assert_eq!(d.len(), n, "{rule_id} on {text:?}: {d:#?}");
}

#[track_caller]
pub fn assert_clean(rule_id: &str, text: &str) {
    assert_flags(rule_id, text, 0);
}

/// Every rule's own examples: flagged ones give findings, accepted ones give none.
#[test]
fn every_rule_passes_its_own_examples() {
    for rule in crate::rules::all_rules() {
        let m = rule.meta();
        for ex in m.flags {
            assert!(!check_text(m.id, ex).is_empty(), "{}: example should be flagged: {ex:?}", m.id);
        }
        for ex in m.accepts {
            let d = check_text(m.id, ex);
            assert!(d.is_empty(), "{}: example should be accepted: {ex:?}: {d:#?}", m.id);
        }
    }
}
