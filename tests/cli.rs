//! The real binary on the bundled fixtures: what a user sees and the exit status they get.

use assert_cmd::Command;
use serde_json::Value;

fn proofile() -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.env_remove("NO_COLOR").current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn json_of(args: &[&str]) -> (Value, i32) {
    let out = proofile().args(args).output().unwrap();
    let v: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (v, out.status.code().unwrap())
}

fn diagnostics(v: &Value) -> Vec<Value> {
    v["files"].as_array().unwrap().iter().flat_map(|f| f["diagnostics"].as_array().unwrap().clone()).collect()
}

#[test]
fn clean_profile_has_no_findings_and_exits_zero() {
    let (v, code) = json_of(&["check", "fixtures/profiles/clean.md", "--format", "json"]);
    assert_eq!(diagnostics(&v), Vec::<Value>::new());
    assert_eq!(code, 0);
}

#[test]
fn vocabulary_dense_and_british_profiles_have_no_spelling_findings() {
    for f in ["fixtures/profiles/tech-dense.md", "fixtures/profiles/british.md"] {
        let (v, _) = json_of(&["check", f, "--format", "json"]);
        let spelling: Vec<_> = diagnostics(&v).into_iter().filter(|d| d["rule"] == "spelling").collect();
        assert!(spelling.is_empty(), "{f}: {spelling:#?}");
    }
}

#[test]
fn typos_are_found_with_place_and_suggestions() {
    let (v, code) = json_of(&["check", "fixtures/profiles/typos.md", "--format", "json"]);
    assert_eq!(code, 1);
    let d: Vec<_> = diagnostics(&v).into_iter().filter(|d| d["rule"] == "spelling").collect();
    let texts: Vec<&str> = d.iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["buliding", "enginers", "actualy", "linkedin", "pricng", "requirments"]);
    let first = &d[0];
    assert_eq!(first["section"]["kind"], "summary");
    assert_eq!(first["section"]["path"], "summary");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(9), Some(43)));
    assert_eq!(first["suggestions"][0], "building");
    assert_eq!(first["severity"], "warning");
    let linkedin = &d[3];
    assert_eq!(linkedin["suggestions"][0], "LinkedIn");
    assert_eq!(linkedin["safe_fixes"][0], "LinkedIn");
    let pricing = &d[4];
    assert_eq!(pricing["section"]["path"], "experience[0].description");
    assert_eq!(pricing["suggestions"][0], "pricing");
    // The span is UTF-8 bytes into the section text; `text` is exactly that slice.
    let span = (&first["span"]["start"], &first["span"]["end"]);
    assert_eq!(span.1.as_u64().unwrap() - span.0.as_u64().unwrap(), "buliding".len() as u64);
    assert_eq!(v["files"][0]["format"], "markdown");
}

#[test]
fn stdin_is_read_with_dash() {
    let out = proofile()
        .args(["check", "-", "--format", "json"])
        .write_stdin("## About\n\nI love teh work.\n")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = diagnostics(&v);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0]["text"], "teh");
    assert_eq!(d[0]["suggestions"][0], "the");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn human_report_groups_by_section_and_shows_the_line() {
    let out = proofile().args(["check", "fixtures/profiles/typos.md", "--color", "never"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    insta::assert_snapshot!("typos_human", text);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let plain = proofile().args(["check", "fixtures/profiles/typos.md"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&plain.stdout).contains('\u{1b}'), "no colour in a pipe");
    let forced = proofile().args(["check", "fixtures/profiles/typos.md", "--color", "always"]).output().unwrap();
    assert!(String::from_utf8_lossy(&forced.stdout).contains('\u{1b}'));
}

#[test]
fn fail_on_controls_the_exit_status() {
    let code = |level: &str| {
        proofile().args(["check", "fixtures/profiles/typos.md", "--fail-on", level]).output().unwrap().status.code()
    };
    assert_eq!(code("warning"), Some(1));
    assert_eq!(code("error"), Some(0));
    assert_eq!(code("never"), Some(0));
}

#[test]
fn unreadable_input_is_exit_two_and_others_still_reported() {
    let out = proofile()
        .args(["check", "no/such/file.md", "fixtures/profiles/typos.md", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["files"][0]["error"].as_str().unwrap().contains("no/such/file.md"));
    assert!(!v["files"][1]["diagnostics"].as_array().unwrap().is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.md"));
}

#[test]
fn invalid_utf8_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.md");
    std::fs::write(&p, b"## About\n\nfine line\nbad \xff byte\n").unwrap();
    let out = proofile().args(["check", p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("bad.md:4:5: invalid UTF-8"), "{text}");
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let run = |threads: &str| {
        proofile()
            .env("RAYON_NUM_THREADS", threads)
            .args([
                "check",
                "fixtures/profiles/typos.md",
                "fixtures/profiles/tech-dense.md",
                "fixtures/profiles/british.md",
                "--format",
                "json",
            ])
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("4"));
    assert_eq!(one, run("2"));
}

#[test]
fn plain_text_profiles_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.txt");
    std::fs::write(
        &p,
        "Jane Doe\nHeadline: Enginer at Acme\n\nExperience:\nEngineer — Acme\n2019 – Present\n- Shipped teh thing\n",
    )
    .unwrap();
    let (v, _) = json_of(&["check", p.to_str().unwrap(), "--format", "json"]);
    let d = diagnostics(&v);
    // Spelling only: a two-line profile also lacks an About section (completeness rules).
    let found: Vec<(&str, &str)> = d
        .iter()
        .filter(|d| d["rule"] == "spelling")
        .map(|d| (d["section"]["path"].as_str().unwrap(), d["text"].as_str().unwrap()))
        .collect();
    assert_eq!(found, [("headline", "Enginer"), ("experience[0].description", "teh")]);
    assert_eq!(v["files"][0]["format"], "text");
}

#[test]
fn rules_and_explain() {
    let out = proofile().args(["rules"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("spelling"));
    let out = proofile().args(["rules", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().any(|r| r["id"] == "spelling"));
    let out = proofile().args(["explain", "spelling"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Flagged:") && text.contains("Accepted:"));
    let out = proofile().args(["explain", "no-such-rule"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
