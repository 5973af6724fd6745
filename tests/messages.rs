//! What a reader sees, through the real binary: one finding per problem, messages that read, and
//! findings under the right role (issue 11, point 7).

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn proofile(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.current_dir(dir).env_remove("CI").env("NO_COLOR", "1");
    c
}

/// (rule, text, message, section label) of every finding for `file` holding `text`.
fn findings(file: &str, text: &str, config: Option<&str>) -> Vec<(String, String, String, String)> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(file), text).unwrap();
    if let Some(c) = config {
        std::fs::write(dir.path().join("proofile.toml"), c).unwrap();
    }
    let out = proofile(dir.path()).args(["check", "--format", "json", "--fail-on", "never", file]).output().unwrap();
    let v: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    v["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
            (s("rule"), s("text"), s("message"), d["section"]["label"].as_str().unwrap_or("").to_string())
        })
        .collect()
}

#[test]
fn alot_is_one_finding() {
    let f = findings("p.md", "## About\n\nI learned alot about payments.\n", None);
    let on_alot: Vec<&str> = f.iter().filter(|d| d.1 == "alot").map(|d| d.0.as_str()).collect();
    assert_eq!(on_alot, ["confused-words"], "{f:#?}");
}

#[test]
fn a_team_buzzword_that_is_built_in_is_one_finding() {
    let config = "[rules.buzzword]\nadd = [\"team player\", \"frobnicate\"]\n";
    let f = findings("p.md", "## About\n\nA team player who likes to frobnicate.\n", Some(config));
    let buzz: Vec<&str> = f.iter().filter(|d| d.0 == "buzzword").map(|d| d.1.as_str()).collect();
    assert_eq!(buzz, ["team player", "frobnicate"], "{f:#?}");
}

#[test]
fn confused_words_keep_their_quotes() {
    let f = findings("p.md", "## About\n\nCut costs by more then 30%.\n", None);
    let m = &f.iter().find(|d| d.0 == "confused-words").unwrap().2;
    assert!(m.ends_with("comparison takes \"than\""), "{m}");
}

#[test]
fn a_repeated_word_says_what_to_delete() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.md"), "## About\n\nI led the the migration.\n").unwrap();
    let out = proofile(dir.path()).args(["check", "p.md", "--select", "repeated-word"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("delete ‘the’"), "{text}");
    assert!(!text.contains("‘’"), "{text}");
}

#[test]
fn weak_opener_suggestions_read() {
    let md = "## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n- Worked on optimizing the build\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("p.md"), md).unwrap();
    let out =
        proofile(dir.path()).args(["check", "p.md", "--format", "json", "--select", "weak-opener"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &v["files"][0]["diagnostics"][0];
    assert_eq!(d["text"], "Worked on optimizing");
    assert_eq!(d["suggestions"], serde_json::json!(["Optimized"]));
}

#[test]
fn a_plain_text_role_without_dates_is_its_own_entry() {
    let text = "Jane Doe\nHeadline: Staff Engineer at Acme\n\nExperience:\nStaff Engineer — Acme\nJan 2021 – Present\n- Led a team of five\n\nConsultant — Initech\n- Audited the billing sytem\n";
    let f = findings("p.txt", text, None);
    let missing: Vec<&str> = f.iter().filter(|d| d.0 == "missing-dates").map(|d| d.3.as_str()).collect();
    assert_eq!(missing.len(), 1, "{f:#?}");
    assert!(missing[0].contains("Initech"), "{missing:?}");
    let typo = f.iter().find(|d| d.1 == "sytem").unwrap();
    assert!(typo.3.contains("Initech") && !typo.3.contains("Acme"), "{typo:?}");
}
