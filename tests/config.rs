//! proofile.toml, command-line overrides and in-text suppression, through the real binary.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn proofile(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.current_dir(dir).env_remove("CI");
    c
}

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// (rule, text) of every finding, for `check --format json` with `args`.
fn findings(dir: &Path, args: &[&str]) -> (Vec<(String, String)>, Option<i32>) {
    let out = proofile(dir).args(["check", "--format", "json"]).args(args).output().unwrap();
    let v: Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let list = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["diagnostics"].as_array().unwrap().clone())
        .map(|d| (d["rule"].as_str().unwrap().to_string(), d["text"].as_str().unwrap().to_string()))
        .collect();
    (list, out.status.code())
}

fn rules(f: &[(String, String)]) -> Vec<&str> {
    f.iter().map(|(r, _)| r.as_str()).collect()
}

const ABOUT: &str = "## About\n\nI love  my colour palette. Team player.\n";

#[test]
fn defaults_then_file_then_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", ABOUT);
    let (f, _) = findings(d, &["p.md"]);
    assert!(rules(&f).contains(&"buzzword") && rules(&f).contains(&"spacing"), "{f:?}");
    assert!(!rules(&f).contains(&"spelling"), "auto dialect accepts colour: {f:?}");

    write(d, "proofile.toml", "dialect = \"en-US\"\n[rules]\nbuzzword = \"off\"\nspacing = \"error\"\n");
    let (f, code) = findings(d, &["p.md"]);
    assert_eq!(rules(&f), ["spacing", "spelling"], "{f:?}");
    assert_eq!(code, Some(1));

    let (f, _) = findings(d, &["p.md", "--dialect", "en-GB", "--enable", "buzzword", "--disable", "spacing"]);
    assert_eq!(rules(&f), ["buzzword"], "{f:?}");

    let (_, code) = findings(d, &["p.md", "--no-config", "--fail-on", "error"]);
    assert_eq!(code, Some(0), "--no-config drops the file's spacing = error");
}

#[test]
fn fail_on_from_the_file_and_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", "## About\n\nI love teh work.\n");
    write(d, "proofile.toml", "fail-on = \"error\"\n");
    assert_eq!(findings(d, &["p.md"]).1, Some(0));
    assert_eq!(findings(d, &["p.md", "--fail-on", "warning"]).1, Some(1));
}

#[test]
fn vocabulary_accept_reject_word_files_and_affix_flags() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", "## About\n\nWe track zarquons and zarquon. I shipped Initrode tools with frobnicate.\n");
    write(d, "words.txt", "# team words\nfrobnicate\n");
    write(
        d,
        "proofile.toml",
        "[vocabulary]\naccept = [\"zarquon/S\"]\nfiles = [\"words.txt\"]\n[vocabulary.reject]\nInitrode = \"Initech\"\n",
    );
    let (f, _) = findings(d, &["p.md", "--select", "spelling"]);
    assert_eq!(f, [("spelling".to_string(), "Initrode".to_string())], "{f:?}");
    let out = proofile(d).args(["check", "p.md", "--select", "spelling", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files"][0]["diagnostics"][0]["suggestions"][0], "Initech");

    write(d, "more.txt", "Zyxqa\n");
    write(d, "q.md", "## About\n\nThe zyxqa tool.\n");
    let (f, _) = findings(d, &["q.md", "--select", "spelling", "--words", "more.txt"]);
    assert_eq!(f, [("spelling".to_string(), "zyxqa".to_string())], "a capitalised entry enforces its casing: {f:?}");
}

#[test]
fn rule_options_take_effect() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long =
        "## About\n\nI design and build reliable systems for payments teams across three continents with care.\n";
    write(d, "p.md", long);
    assert!(findings(d, &["p.md", "--select", "long-sentence"]).0.is_empty());
    write(d, "proofile.toml", "[rules.long-sentence]\nmax-words = 8\n");
    assert_eq!(rules(&findings(d, &["p.md", "--select", "long-sentence"]).0), ["long-sentence"]);

    write(d, "b.md", "## About\n\nA passionate synergizer and team player.\n");
    write(d, "proofile.toml", "[rules.buzzword]\nadd = [\"synergizer\"]\nremove = [\"passionate\"]\n");
    let (f, _) = findings(d, &["b.md", "--select", "buzzword"]);
    let texts: Vec<&str> = f.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["synergizer", "team player"], "{f:?}");
}

#[test]
fn configuration_errors_name_the_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", ABOUT);
    let cases = [
        ("dialect = \"en-US\"\nspelling = \"off\"\n", ":2:", "spelling"),
        ("[rules]\nspellling = \"off\"\n", ":2:", "unknown rule `spellling`"),
        ("[rules.long-sentence]\nmax = 3\n", ":2:", "unknown key `max` for rule `long-sentence`"),
        ("dialect = \"klingon\"\n", ":1:", "en-GB"),
        ("[rules]\nspacing = \"loud\"\n", ":2:", "\"loud\""),
        ("[vocabulary]\nfiles = [\"nope.txt\"]\n", ":2:", "nope.txt"),
    ];
    for (toml, place, needle) in cases {
        write(d, "proofile.toml", toml);
        let out = proofile(d).args(["check", "p.md"]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{toml}: {text}");
        assert!(text.contains(&format!("proofile.toml{place}")) && text.contains(needle), "{toml}: {text}");
    }
    std::fs::remove_file(d.join("proofile.toml")).unwrap();
    for args in
        [&["--enable", "nope"][..], &["--disable", "nope"], &["--select", "nope"], &["--config", "missing.toml"]]
    {
        let out = proofile(d).args(["check", "p.md"]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("nope") || err.contains("missing.toml"), "{args:?}: {err}");
    }
}

#[test]
fn each_profile_uses_the_nearest_config_above_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "team/proofile.toml", "dialect = \"en-US\"\n");
    write(d, "team/uk/proofile.toml", "dialect = \"en-GB\"\n");
    write(d, "team/us.md", "## About\n\nMy favourite colour.\n");
    write(d, "team/uk/gb.md", "## About\n\nMy favourite colour.\n");
    let out = proofile(d).args(["check", "team", "--select", "spelling", "--format", "json"]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let count = |i: usize| v["files"][i]["diagnostics"].as_array().unwrap().len();
    assert!(v["files"][0]["path"].as_str().unwrap().ends_with("gb.md"));
    assert_eq!((count(0), count(1)), (0, 2), "en-GB accepts favourite colour; en-US does not");
}

#[test]
fn markdown_comments_switch_rules_off_for_a_stretch() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "## About\n\nI love teh work.\n\n<!-- proofile-disable spelling -->\nWe say teh on purpose.\n<!-- proofile-enable -->\n\nBack to teh rules.\n\n<!-- proofile-disable -->\nTeam player. Teh end.\n";
    write(d, "p.md", text);
    let (f, _) = findings(d, &["p.md", "--select", "spelling,buzzword"]);
    assert_eq!(f.len(), 2, "{f:?}");
}

#[test]
fn json_resume_meta_switches_rules_off_for_the_profile() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let doc = r#"{"basics":{"name":"A B","summary":"A team player who loves teh work."},"meta":{"proofile":{"disable":["buzzword"]}}}"#;
    write(d, "p.json", doc);
    let (f, _) = findings(d, &["p.json", "--select", "spelling,buzzword"]);
    assert_eq!(rules(&f), ["spelling"], "{f:?}");
}

#[test]
fn init_writes_a_commented_default_and_config_says_where_values_come_from() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(proofile(d).arg("init").output().unwrap().status.success());
    let text = std::fs::read_to_string(d.join("proofile.toml")).unwrap();
    assert!(text.contains("# ") && text.contains("dialect = \"auto\""));
    assert_eq!(proofile(d).arg("init").output().unwrap().status.code(), Some(2), "no overwrite without --force");
    assert!(proofile(d).args(["init", "--force"]).output().unwrap().status.success());

    write(d, "proofile.toml", "dialect = \"en-GB\"\n[rules]\nbuzzword = \"off\"\n");
    let out = proofile(d).args(["config", "--disable", "spacing"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let line =
        |key: &str| text.lines().find(|l| l.starts_with(key)).unwrap_or_else(|| panic!("{key}: {text}")).to_string();
    assert!(line("dialect").contains("\"en-GB\"") && line("dialect").contains("proofile.toml:1"), "{text}");
    assert!(line("buzzword").contains("\"off\"") && line("buzzword").contains("proofile.toml:3"), "{text}");
    assert!(line("spacing").contains("\"off\"") && line("spacing").contains("command line"), "{text}");
    assert!(line("spelling").contains("default"), "{text}");
}

#[test]
fn fix_uses_the_configuration_too() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "p.md", "## About\n\nI love  my work on linkedin.\n");
    write(d, "proofile.toml", "[rules]\nspacing = \"off\"\n");
    let out = proofile(d).args(["fix", "p.md"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(d.join("p.md")).unwrap();
    assert_eq!(text, "## About\n\nI love  my work on LinkedIn.\n", "spacing is off: the double space stays");
}
