//! Whole-profile rules on two fixtures: `inconsistent.md` plants each inconsistency once;
//! `consistent.md` yields none of the consistency or completeness findings.

use std::collections::BTreeSet;
use std::path::Path;

use proofile::check::{Checker, Settings};
use proofile::profile::dates::parse_date;
use proofile::profile::markdown;
use proofile::rules::all_rules;
use proofile::{Category, Diagnostic, Profile};

fn read(name: &str) -> Profile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/profiles").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    markdown::read(name, text)
}

/// The profile-level rules only, every one of them on (date-gap too), with a fixed "today".
fn check(profile: &Profile) -> Vec<Diagnostic> {
    let ids: Vec<&str> = all_rules()
        .iter()
        .map(|r| r.meta())
        .filter(|m| matches!(m.category, Category::Consistency | Category::Completeness))
        .map(|m| m.id)
        .collect();
    let mut settings = Settings::default();
    settings.options.today = parse_date("2024-06").unwrap();
    Checker::with_rules(&ids, settings).check(profile)
}

fn ids(d: &[Diagnostic]) -> BTreeSet<&'static str> {
    d.iter().map(|d| d.rule).collect()
}

#[test]
fn inconsistent_profile_has_each_planted_finding() {
    let d = check(&read("inconsistent.md"));
    let found = ids(&d);
    for id in [
        "date-order",
        "future-date",
        "overlapping-roles",
        "date-gap",
        "missing-dates",
        "chronological-order",
        "date-format",
        "spelling-variant",
        "term-casing",
        "bullet-style",
        "title-case",
        "tense",
        "person",
        "headline-mismatch",
        "company-name",
        "empty-current-role",
    ] {
        assert!(found.contains(id), "{id} not found: {d:#?}");
    }
    // Findings name the other places involved.
    for id in ["date-format", "spelling-variant", "term-casing", "company-name", "headline-mismatch", "person"] {
        assert!(d.iter().any(|x| x.rule == id && !x.related.is_empty()), "{id} has no related places");
    }
}

#[test]
fn consistent_profile_is_clean() {
    let d = check(&read("consistent.md"));
    assert!(d.is_empty(), "{d:#?}");
}

#[test]
fn findings_do_not_depend_on_entry_order() {
    // The same roles in another order: every rule but chronological-order says the same things.
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/profiles/consistent.md")).unwrap();
    let (head, rest) = text.split_once("### Senior Engineer").unwrap();
    let (senior, tail) = rest.split_once("### Software Engineer").unwrap();
    let (software, skills) = tail.split_once("## Skills").unwrap();
    let reordered = format!("{head}### Software Engineer{software}### Senior Engineer{senior}## Skills{skills}");
    let d = check(&markdown::read("r.md", reordered));
    assert_eq!(ids(&d), BTreeSet::from(["chronological-order"]), "{d:#?}");
}
