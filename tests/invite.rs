//! `proofile invite`: the CLI in each format, the batch, hostile inputs, and the floors of precision
//! and recall on the labelled dev notes (tests/data/invite/dev.jsonl; the held-out part is measured by
//! scripts/invite_eval.py, never by a test, so nothing is tuned on it).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::time::Duration;

use assert_cmd::Command;
use serde_json::Value;

fn proofile() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_proofile"));
    c.env("NO_COLOR", "1").timeout(Duration::from_secs(120));
    c
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = proofile();
    c.args(args);
    if args.first() == Some(&"invite") {
        c.arg("--no-config");
    }
    if let Some(s) = stdin {
        c.write_stdin(s.to_string());
    }
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> String {
    let p = dir.path().join(name);
    std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
    p.display().to_string()
}

const ME: &str = "# Sam Lee\n\n## Headline\n\nData Engineer at Acme\n\n## About\n\nI builld data pipelines for \
                  retail analytics teams and I like to mentor new engineers.\n\n## Experience\n\n### Data Engineer — \
                  Acme\n\nJan 2020 – Present\n\nBuilt the nightly batch platform.\n\n## Education\n\n### BSc \
                  Maths — University of Leeds\n\n2014 – 2017\n";

#[test]
fn a_personal_note_is_fine_and_exits_0() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "note.txt", b"Hi Sarah, I loved your talk at RustConf on cancellation safety.\n");
    let r = run(&["invite", &note, "--to-name", "Sarah Kim", "--format", "json"], None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["note"]["length"]["utf16"], 63);
    let verdict = v["verdict"].as_array().unwrap();
    assert_eq!(verdict.len(), 5);
    assert_eq!(verdict[3]["reason"], "note");
    assert_eq!(verdict[3]["status"], "fine");
    assert_eq!(verdict[0]["status"], "not checked");
}

#[test]
fn human_report_has_the_sender_block_and_the_verdict() {
    let d = tempfile::tempdir().unwrap();
    let me = file(&d, "me.md", ME.as_bytes());
    let note = file(&d, "note.txt", b"Hi Jon, we help companies like yours cut costs. Book a demo?");
    let r = run(&["invite", &note, "--from", &me, "--to-name", "John Park", "--to-headline", "CTO at Globex"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let out = &r.stdout;
    assert!(out.contains("error[invite-wrong-name]: ‘Jon’ is not their name"), "{out}");
    assert!(out.contains("warning[invite-pitch]"), "{out}");
    assert!(out.contains("Your profile (") && out.contains("unknown word ‘builld’"), "{out}");
    let verdict = &out[out.find("Verdict:").unwrap()..];
    assert_eq!(verdict.lines().count(), 6, "{verdict}");
    assert!(verdict.contains("✗ no sales pitch") && verdict.contains("✗ a personal note"), "{verdict}");
    assert!(verdict.contains("? photo") && verdict.contains("markdown profile has no photo field"), "{verdict}");
}

#[test]
fn sarif_holds_note_and_profile_results() {
    let d = tempfile::tempdir().unwrap();
    let me = file(&d, "me.md", ME.as_bytes());
    let note = file(&d, "note.txt", b"I'd like to add you to my professional network.");
    let r = run(&["invite", &note, "--from", &me, "--format", "sarif"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let results = v["runs"][0]["results"].as_array().unwrap();
    let rules: BTreeSet<&str> = results.iter().filter_map(|r| r["ruleId"].as_str()).collect();
    assert!(rules.contains("invite-template") && rules.contains("spelling"), "{rules:?}");
    assert_eq!(v["runs"][0]["properties"]["verdict"].as_array().unwrap().len(), 5);
}

#[test]
fn to_profile_file_gives_shared_history() {
    let d = tempfile::tempdir().unwrap();
    let me = file(&d, "me.md", ME.as_bytes());
    let them = file(
        &d,
        "them.md",
        b"# Ana Lima\n\n## Headline\n\nUX Researcher at Nubank\n\n## Education\n\n### BSc Maths \xe2\x80\x94 University of Leeds\n\n2013 \xe2\x80\x93 2016\n",
    );
    let note = file(&d, "note.txt", b"Hi Ana, I'd love to connect.");
    let r = run(&["invite", &note, "--from", &me, "--to", &them, "--format", "json"], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let diags = v["note"]["diagnostics"].as_array().unwrap();
    let could = diags.iter().find(|d| d["rule"] == "invite-could-mention").expect("could-mention");
    assert!(could["message"].as_str().unwrap().contains("you both studied at University of Leeds"), "{could}");
    // Their profile lists employers and schools, so school claims are checked against it.
    for (text, flagged) in [
        ("Hi Ana, fellow University of Leeds alum here!", false),
        ("Hi Ana, we both studied at Oxford Brookes.", true),
        ("Hi Ana, how is your role at Nubank?", false),
        ("Hi Ana, how is your role at Itaú?", true),
    ] {
        let note = file(&d, "n.txt", text.as_bytes());
        let r = run(&["invite", &note, "--from", &me, "--to", &them, "--format", "json"], None);
        assert_eq!(r.stdout.contains("invite-unknown-affiliation"), flagged, "{text}: {}", r.stdout);
    }
}

#[test]
fn the_note_limit_is_configurable() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "note.txt", "Hi Tom, your keynote was great. ".repeat(8).as_bytes());
    let r = run(&["invite", &note, "--format", "json"], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let len = &v["note"]["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "invite-note-length").unwrap();
    assert_eq!(len["severity"], "info");
    let r = run(&["invite", &note, "--format", "json", "--note-limit", "200"], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let len = &v["note"]["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "invite-note-length").unwrap();
    assert_eq!(len["severity"], "error");
    let cfg = file(&d, "proofile.toml", b"[rules.invite-note-length]\nmax-chars = 200\n");
    let mut c = proofile();
    let out = c.args(["invite", &note, "--format", "json", "--config", &cfg]).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["note"]["diagnostics"].as_array().unwrap().iter().any(|d| d["severity"] == "error"));
    // And the rule can be switched off like any other.
    let r = run(&["invite", &note, "--format", "json", "--disable", "invite-note-length"], None);
    assert!(!r.stdout.contains("invite-note-length"), "{}", r.stdout);
}

#[test]
fn rules_and_explain_know_the_invite_rules() {
    let r = run(&["rules"], None);
    let invite: Vec<&str> = r.stdout.lines().filter(|l| l.contains("  invite  ")).collect();
    assert_eq!(invite.len(), 10, "{}", r.stdout);
    for line in invite {
        let id = line.split_whitespace().next().unwrap();
        let e = run(&["explain", id], None);
        assert_eq!(e.code, 0);
        assert!(e.stdout.contains("Flagged:") && e.stdout.contains("Accepted:"), "{}", e.stdout);
    }
    let e = run(&["explain", "invite-pitch"], None);
    assert!(e.stdout.contains("Not a pitch"), "{}", e.stdout);
}

#[test]
fn batch_goes_on_past_a_bad_line() {
    let input = concat!(
        "{\"note\": \"Hi Jon, loved your post.\", \"to\": {\"name\": \"John Miller\"}}\n",
        "not json\n",
        "{\"note\": 42}\n",
        "{\"note\": \"\", \"to\": {\"name\": \"Ana\", \"employer\": \"x\"}}\n",
        "{\"note\": \"Hi Ana, we met at PyCon.\", \"to\": {\"basics\": {\"name\": \"Ana Lima\"}}}\n",
    );
    let r = run(&["invite", "--stdin-jsonl"], Some(input));
    assert_eq!(r.code, 1, "a bad line counts as an error-level finding, as in check: {}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["line"], 1);
    assert!(lines[0]["note"]["diagnostics"].as_array().unwrap().iter().any(|d| d["rule"] == "invite-wrong-name"));
    assert!(lines[1]["error"].as_str().unwrap().starts_with("stdin:2: not a JSON object"));
    assert!(lines[2]["error"].as_str().unwrap().contains("\"note\" must be a string"));
    assert!(lines[3]["error"].as_str().unwrap().contains("to.employer"));
    assert_eq!(lines[4]["to"]["name"], "Ana Lima");
}

/// A blank line answers with a `blank` line, as in `check --stdin-jsonl`: output line N always answers
/// input line N, and a blank line is no finding.
#[test]
fn batch_answers_blank_lines_in_place_as_check_does() {
    let input = "{\"note\": \"Hi Ana, we met at PyCon in Lisbon.\", \"to\": {\"name\": \"Ana Lima\"}}\n\n  \t\n{\"note\": \"\"}\n";
    let (code, lines) = batch_code("invite", "never", input.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[1], serde_json::json!({"line": 2, "blank": true}));
    assert_eq!(lines[2], serde_json::json!({"line": 3, "blank": true}));
    assert_eq!(lines[3]["line"], 4);
    let (_, check) = batch_code("check", "never", b"{\"basics\": {\"name\": \"Ana Lima\"}}\n\n  \t\n{}\n");
    assert_eq!(check.len(), lines.len(), "check and invite answer every input line");
    assert_eq!(check[1]["blank"], true);
    // Blank lines alone are no findings: exit 0 even with --fail-on info.
    let (code, lines) = batch_code("invite", "info", b"\n\n");
    assert_eq!((code, lines.len()), (0, 2));
}

fn batch_code(command: &str, fail_on: &str, stdin: &[u8]) -> (i32, Vec<Value>) {
    let mut c = proofile();
    c.args([command, "--stdin-jsonl", "--no-config", "--fail-on", fail_on, "--max-file-size", "2000"]);
    let out = c.write_stdin(stdin.to_vec()).output().unwrap();
    let lines = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (out.status.code().unwrap_or(-1), lines)
}

#[test]
fn batch_exit_status_follows_fail_on_as_check_does() {
    // Each kind of bad line alone, after a clean note (invite) or a clean profile (check): an error
    // object on its line, the run goes on, and the exit status follows --fail-on in both commands.
    let long = format!("{{\"note\": \"{}\"}}\n", "a".repeat(3000));
    let bad: [&[u8]; 3] = [b"not json\n", b"{\"note\": \"caf\xe9\"}\n", long.as_bytes()];
    for line in bad {
        let invite_in =
            [&b"{\"note\": \"Hi Ana, we met at PyCon in Lisbon.\", \"to\": {\"name\": \"Ana Lima\"}}\n"[..], line]
                .concat();
        let check_in = [&b"{\"basics\": {\"name\": \"Ana Lima\"}}\n"[..], line].concat();
        for (fail_on, want) in [("never", 0), ("error", 1), ("info", 1)] {
            let (code, lines) = batch_code("invite", fail_on, &invite_in);
            assert_eq!(code, want, "invite --fail-on {fail_on} on {}", String::from_utf8_lossy(line));
            assert_eq!(lines.len(), 2);
            assert!(lines[1]["error"].as_str().unwrap().starts_with("stdin:2"), "{}", lines[1]);
            let (check, _) = batch_code("check", fail_on, &check_in);
            assert_eq!(check, code, "check and invite disagree with --fail-on {fail_on}");
        }
    }
    let (code, lines) = batch_code("invite", "error", &long.into_bytes());
    assert_eq!(code, 1);
    assert!(lines[0]["error"].as_str().unwrap().contains("over the limit of 2000 bytes"), "{}", lines[0]);
    // An unreadable default --to is not a bad line but a bad run: exit 2 before any line.
    let r = run(&["invite", "--stdin-jsonl", "--to", "/nonexistent/them.json"], Some("{\"note\": \"\"}\n"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--to /nonexistent/them.json"), "{}", r.stderr);
}

// Hostile input.

#[test]
fn a_10_mb_note_is_refused_naming_the_file() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "huge.txt", &vec![b'a'; 10 * 1024 * 1024]);
    let r = run(&["invite", &note], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("huge.txt") && r.stderr.contains("10485760 bytes"), "{}", r.stderr);
    let r = run(&["invite", "-"], Some(&"b".repeat(10 * 1024 * 1024)));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("note -"), "{}", r.stderr);
}

#[test]
fn a_binary_note_is_refused_saying_where() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00");
    let r = run(&["invite", &note], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("photo.jpg") && r.stderr.contains("invalid UTF-8 at byte 0"), "{}", r.stderr);
    let nul = file(&d, "nul.txt", b"Hi\0there");
    let r = run(&["invite", &nul], None);
    assert!(r.code == 2 && r.stderr.contains("NUL"), "{}", r.stderr);
}

#[test]
fn emoji_only_notes_are_counted_in_utf16() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "emoji.txt", "👋🙂🚀".as_bytes());
    let r = run(&["invite", &note, "--format", "json"], None);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["note"]["length"]["utf16"], 6);
    assert_eq!(v["note"]["length"]["code_points"], 3);
    assert!(v["note"]["diagnostics"].as_array().unwrap().iter().any(|d| d["rule"] == "invite-not-personal"));
    let r = run(&["invite", "-"], Some(&"👋".repeat(151)));
    assert!(r.stdout.contains("302 characters (UTF-16 code units; 151 in code points)"), "{}", r.stdout);
}

#[test]
fn right_to_left_text_is_checked_without_panic() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "rtl.txt", "مرحبا أحمد، سعدت بلقائك في مؤتمر دبي. \u{202E}reversed\u{202C}".as_bytes());
    let r = run(&["invite", &note, "--to-name", "أحمد حسن", "--format", "json"], None);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["note"]["length"]["utf16"].as_u64().unwrap() > 30);
    let r = run(&["invite", &note], None);
    assert!(r.stdout.contains("Verdict:"), "{}", r.stdout);
}

#[test]
fn an_unreadable_to_profile_is_a_clear_error() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "note.txt", b"Hi Ana, we met at PyCon.");
    let r = run(&["invite", &note, "--to", "/nonexistent/them.md"], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--to /nonexistent/them.md"), "{}", r.stderr);
    let bad = file(&d, "them.json", b"{\"basics\": [1, 2");
    let r = run(&["invite", &note, "--to", &bad], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--to ") && r.stderr.contains("them.json"), "{}", r.stderr);
    let bin = file(&d, "them.md", b"\x00\x01\x02binary");
    let r = run(&["invite", &note, "--from", &bin], None);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--from ") && r.stderr.contains("them.md"), "{}", r.stderr);
}

// Measurement floors on the dev part.

fn labels_of(result: &Value) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    for d in result["note"]["diagnostics"].as_array().unwrap() {
        let label = match (d["rule"].as_str().unwrap(), d["severity"].as_str().unwrap()) {
            ("invite-empty-note", _) => "empty",
            ("invite-note-length", "error") => "too-long",
            ("invite-template" | "invite-not-personal", _) => "generic",
            ("invite-pitch", _) => "pitch",
            ("invite-job-ask", _) => "job-ask",
            ("invite-wrong-name", _) => "wrong-name",
            _ if matches!(d["category"].as_str(), Some("spelling" | "grammar")) => "typo",
            _ => continue,
        };
        out.insert(label);
    }
    out
}

#[test]
fn dev_notes_meet_the_floors() {
    let data = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/invite/dev.jsonl")).unwrap();
    let rows: Vec<Value> =
        data.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(rows.len() >= 40);
    let input: String = rows
        .iter()
        .map(|r| {
            let mut o = serde_json::json!({ "note": r["note"] });
            if !r["to"].is_null() {
                o["to"] = r["to"].clone();
            }
            format!("{o}\n")
        })
        .collect();
    let r = run(&["invite", "--stdin-jsonl", "--fail-on", "never"], Some(&input));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let results: Vec<Value> = r.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(results.len(), rows.len());
    let mut counts: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new();
    for (row, res) in rows.iter().zip(&results) {
        let want: BTreeSet<&str> = row["labels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
        let got = labels_of(res);
        for l in ["empty", "too-long", "generic", "pitch", "job-ask", "wrong-name", "typo"] {
            let c = counts.entry(l).or_default();
            match (want.contains(l), got.contains(l)) {
                (true, true) => c.0 += 1,
                (false, true) => c.1 += 1,
                (true, false) => c.2 += 1,
                _ => {}
            }
        }
    }
    // Floors a little under what the rules reach today (see README); typo is the spell checker's and
    // has three examples, so its floor is lower.
    for (label, (tp, fp, fn_)) in &counts {
        let precision = f64::from(*tp) / f64::from(tp + fp).max(1.0);
        let recall = f64::from(*tp) / f64::from(tp + fn_).max(1.0);
        let floor = if *label == "typo" { 0.5 } else { 0.85 };
        assert!(precision >= floor && recall >= floor, "{label}: precision {precision:.2} recall {recall:.2}");
    }
}

#[test]
fn the_readme_example_is_what_the_command_prints() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme.find("<!-- invite-example-output").unwrap();
    let block = &readme[start..];
    let cmd_line = block.lines().find(|l| l.starts_with("$ proofile invite")).unwrap();
    let body_start = block.find(cmd_line).unwrap() + cmd_line.len() + 1;
    let body = &block[body_start..body_start + block[body_start..].find("```").unwrap()];
    let args: Vec<&str> = cmd_line.trim_start_matches("$ proofile ").split_whitespace().collect();
    let out =
        proofile().current_dir(env!("CARGO_MANIFEST_DIR")).args(&args).args(["--color", "never"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), body);
}

#[test]
fn the_photo_line_follows_the_sender_profile() {
    let d = tempfile::tempdir().unwrap();
    let note = file(&d, "note.txt", b"Hi Ana, we met at PyCon in Lisbon; your talk on typing was great.");
    let with = file(&d, "with.json", br#"{"basics": {"name": "Sam Lee", "label": "Data Engineer", "image": "https://example.com/sam.jpg", "summary": "I build data pipelines for retail analytics teams."}}"#);
    let without = file(&d, "without.json", br#"{"basics": {"name": "Sam Lee", "label": "Data Engineer", "summary": "I build data pipelines for retail analytics teams."}}"#);
    let status = |from: &str| {
        let r = run(&["invite", &note, "--from", from, "--format", "json", "--to-name", "Ana Lima"], None);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        (v["verdict"][0]["status"].as_str().unwrap().to_string(), v["verdict"][0]["rules"].clone())
    };
    assert_eq!(status(&with).0, "fine");
    let (s, rules) = status(&without);
    assert_eq!(s, "consider");
    assert_eq!(rules, serde_json::json!(["missing-photo"]));
}

/// A note between the lower limit (200) and the limit (300) gets the length hint as a finding, but
/// the verdict's note line stays fine: the hint is about what a free account may send, not a reason
/// to decline. Over 300 it is a reason.
#[test]
fn the_lower_limit_hint_is_reported_but_not_a_verdict() {
    let d = tempfile::tempdir().unwrap();
    let body = "Hi Ana, we met at PyCon in Lisbon and your talk on typing changed how my team reviews code. \
We now run strict type checks on every service, and the bugs you described have mostly gone away. \
Thank you for the clear examples.";
    assert!(body.chars().count() > 200 && body.chars().count() <= 300);
    let note = file(&d, "note.txt", body.as_bytes());
    let r = run(&["invite", &note, "--format", "json", "--to-name", "Ana Lima"], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let rules: Vec<&str> =
        v["note"]["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"invite-note-length"), "{rules:?}");
    let note_line = v["verdict"].as_array().unwrap().iter().find(|l| l["reason"] == "note").unwrap();
    assert_eq!(note_line["status"], "fine", "{note_line}");
    let long = file(&d, "long.txt", format!("{body} {body}").as_bytes());
    let r = run(&["invite", &long, "--format", "json", "--to-name", "Ana Lima"], None);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let note_line = v["verdict"].as_array().unwrap().iter().find(|l| l["reason"] == "note").unwrap();
    assert_eq!(note_line["status"], "fix", "{note_line}");
}

/// In a note, a word no dictionary knows is reported only when it reads as a slip of its first suggestion
/// (`usefull`); a field's own word that differs from its nearest word as two words do (`intubation` ~
/// `incubation`) is not. `check` still reports both in a profile.
#[test]
fn a_note_reports_slips_not_the_recipients_jargon() {
    let spelling = |note: &str| -> Vec<String> {
        let r = run(&["invite", "-", "--format", "json", "--fail-on", "never"], Some(note));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        let diags = v["note"]["diagnostics"].as_array().unwrap();
        diags.iter().filter(|d| d["rule"] == "spelling").map(|d| d["text"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(spelling("Hi Dana, your checklist on intubation in the ICU was usefull to our team."), ["usefull"]);
    assert!(spelling("Hi Dana, your checklist on intubation in the ICU was so useful to our team.").is_empty());
    // A real word an English list has, though it looks like a typo (`lumpfish`), and a two-letter word
    // of another language (`te ao Māori`) are not slips; a misspelling beside them still is.
    assert!(spelling("Hi Bjørn, your talk on lumpfish welfare was great.").is_empty());
    assert!(spelling("Kia ora Aroha, your post on teaching through te ao Māori was inspiring.").is_empty());
    assert_eq!(spelling("Hi Bjørn, your talk on lumpfish welfare was realy great."), ["realy"]);
    assert!(spelling("Hi Ana, great sitting next to you on the flight back from re:Invent.").is_empty());
    // A name written with a capital inside (`PoliTo`) is a name, not a slip.
    assert!(spelling("Hi Ana, PoliTo alum too, Ingegneria Gestionale!").is_empty());
    // An unknown word a slip or two from a rare word (`bairro` ~ `barrio`) is likelier a word of another
    // language than a slip; a slip of a common word beside it still is one.
    assert!(spelling("Hi Ana, your post on the bairro festival in Lisbon was great.").is_empty());
    assert_eq!(spelling("Hi Ana, your post on the bairro festival in Lisbon was realy great."), ["realy"]);
    // A lower-case word that the name lists have only capitalised (`Theming`, a company) is the common
    // word, and a repository path (`huggingface/peft`) is code.
    assert!(spelling("Hi Ana, your guide to multi-brand theming was great.").is_empty());
    assert!(spelling("Hi Ana, thanks for merging my PR to huggingface/peft last week.").is_empty());
    // A software term the profile vocabulary leaves out as typo-like (`sharding` ~ `sharing`).
    assert!(spelling("Hi Ana, your talk on sharding Postgres and self-referential structs was great.").is_empty());
    let check = run(
        &["check", "-", "--format", "json", "--fail-on", "never", "--select", "spelling"],
        Some("I wrote a checklist on intubation.\n"),
    );
    assert!(check.stdout.contains("intubation"), "{}", check.stdout);
}

/// A slip inside the reason (`thank you for you help`) is reported, and the note is read as its writer
/// meant it: personal, not generic.
#[test]
fn a_slip_does_not_make_a_personal_note_generic() {
    let note = "Marek, thank you for you help with my first night shift on the ward.";
    let r = run(&["invite", "-", "--format", "json", "--fail-on", "never"], Some(note));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let rules: Vec<&str> =
        v["note"]["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert!(rules.contains(&"possessive-contraction"), "{rules:?}");
    assert!(!rules.contains(&"invite-not-personal"), "{rules:?}");
}

/// A note written in lower case throughout is a chat register: no capital is asked for. One capitalised
/// sentence among lower-case ones still gets the finding.
#[test]
fn a_note_in_lower_case_throughout_is_not_told_to_capitalise() {
    let rules = |note: &str| -> Vec<String> {
        let r = run(&["invite", "-", "--format", "json"], Some(note));
        let v: Value = serde_json::from_str(&r.stdout).unwrap();
        v["note"]["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap().to_string()).collect()
    };
    let lower = rules("hey, saw your talk on pandas memory tricks. super useful for our pipelines. connecting");
    assert!(!lower.iter().any(|r| r == "sentence-capitalization"), "{lower:?}");
    let mixed = rules("Hey, saw your talk on pandas memory tricks. super useful for our pipelines. Connecting now.");
    assert!(mixed.iter().any(|r| r == "sentence-capitalization"), "{mixed:?}");
}
