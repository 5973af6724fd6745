//! Batch mode through the real binary: folders, formats for teams and CI, streaming input.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn proofile() -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("CI");
    c
}

/// A small team folder: two good profiles, one with a typo, one broken, one hidden, one ignored.
fn team(dir: &Path) {
    let w = |p: &str, s: &str| {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, s).unwrap();
    };
    w("alice.md", "# Alice Smith\n\n## Headline\n\nData Engineer at Acme\n\n## About\n\nI build data pipelines.\n");
    w(
        "bob.md",
        "# Bob Jones\n\n## Headline\n\nDesigner at Globex\n\n## About\n\nI design tools with a focus on acessibility.\n",
    );
    w("nested/carol.json", r#"{"basics":{"name":"Carol White","label":"Recruiter","summary":"I hire enginers."}}"#);
    w("broken.json", "{\"basics\": {\"name\": \"X\",,}");
    w(".hidden/dave.md", "## About\n\nteh hidden\n");
    w("old/erin.md", "## About\n\nteh ignored\n");
    w(".gitignore", "old/\n");
    w("README.md", "# About this folder\n\nNot a profile: teh notes.\n");
}

/// The texts of a file's spelling findings (whole-profile rules also speak up on these tiny profiles).
fn spelling(file: &Value) -> Vec<&str> {
    file["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"] == "spelling")
        .map(|d| d["text"].as_str().unwrap())
        .collect()
}

fn json(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

#[test]
fn a_folder_is_walked_in_order_and_a_bad_file_does_not_stop_the_batch() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let out = proofile().args(["check", "--format", "json"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a bad file makes the status 2");
    let v = json(&out.stdout);
    let names: Vec<String> = v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| Path::new(f["path"].as_str().unwrap()).strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    assert_eq!(names, ["alice.md", "bob.md", "broken.json", "nested/carol.json"]);
    assert!(v["files"][2]["error"].as_str().unwrap().contains("broken.json:1:"));
    assert_eq!(spelling(&v["files"][1]), ["acessibility"]);
    assert_eq!(spelling(&v["files"][3]), ["enginers"]);
    assert_eq!(v["summary"]["files"], 4);
    assert_eq!(v["summary"]["files_with_errors"], 1);
}

#[test]
fn summary_is_worst_first_with_totals_by_rule() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let out = proofile().args(["check", "--format", "summary"]).arg(dir.path()).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("name"), "{text}");
    assert!(lines[1].contains("broken.json") && lines[1].contains("could not be read"), "{text}");
    assert!(lines[2].contains("Bob Jones") || lines[2].contains("Carol White"), "{text}");
    assert!(lines.last().unwrap().contains("4 files checked"), "{text}");
    assert!(text.contains("\nrule") && text.contains("spelling"), "{text}");
}

#[test]
fn jsonl_streams_one_line_per_profile_then_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let out = proofile().args(["check", "--format", "jsonl"]).arg(dir.path()).output().unwrap();
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5);
    assert!(lines[0]["path"].as_str().unwrap().ends_with("alice.md"));
    assert_eq!(lines[4]["summary"]["files"], 4);
}

#[test]
fn sarif_is_valid_2_1_0_with_one_result_per_finding() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let out = proofile().args(["check", "--format", "sarif"]).arg(dir.path()).output().unwrap();
    let v = json(&out.stdout);
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "proofile");
    assert!(run["tool"]["driver"]["rules"].as_array().unwrap().iter().any(|r| r["id"] == "spelling"));
    let results = run["results"].as_array().unwrap();
    let spelling: Vec<&Value> = results.iter().filter(|r| r["ruleId"] == "spelling").collect();
    assert_eq!(spelling.len(), 2);
    let region = &spelling[0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(9), Some(32)));
    assert!(results.iter().any(|r| r["ruleId"] == "input-error" && r["level"] == "error"));
}

#[test]
fn github_annotations_name_file_line_and_column() {
    let out = proofile().args(["check", "--format", "github", "fixtures/profiles/typos.md"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let spelling = text.lines().find(|l| l.contains("proofile spelling")).unwrap();
    assert!(
        spelling.starts_with(
            "::warning file=fixtures/profiles/typos.md,line=9,col=43,endColumn=51,title=proofile spelling::"
        ),
        "{spelling}"
    );
    assert!(spelling.contains("(suggestions: building"), "{spelling}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn stdin_jsonl_writes_one_result_line_per_document() {
    let input = concat!(
        r#"{"basics":{"name":"A B","summary":"I lead teh team."}}"#,
        "\n",
        "not json\n",
        r#"{"basics":{"name":"C D","summary":"All good here."}}"#,
        "\n"
    );
    let out = proofile().args(["check", "--stdin-jsonl"]).write_stdin(input).output().unwrap();
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["path"], "stdin:1");
    assert_eq!(spelling(&lines[0]), ["teh"]);
    // `stdin:LINE:COLUMN`: the record is that line.
    assert!(lines[1]["error"].as_str().unwrap().starts_with("stdin:2:1: "));
    assert!(spelling(&lines[2]).is_empty());
    // A record that cannot be read counts as an error-level finding (README), not a failed run.
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn globs_are_expanded_when_the_shell_did_not() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let pattern = dir.path().join("*.md");
    let out = proofile().args(["check", "--format", "jsonl"]).arg(&pattern).output().unwrap();
    let n = String::from_utf8(out.stdout).unwrap().lines().count();
    assert_eq!(n, 4, "README.md, alice.md, bob.md (a pattern takes what it matches), then the summary");
}

#[test]
fn batch_output_is_the_same_bytes_on_any_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    team(dir.path());
    let run = |t: &str| {
        proofile()
            .env("RAYON_NUM_THREADS", t)
            .args(["check", "--format", "json"])
            .arg(dir.path())
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert_eq!(one, run("3"));
}

/// A seeded corpus of `n` generated Markdown profiles that share words (so threads meet the same
/// words and the spelling memo's first use races between them), with typos, names, mixed-case
/// terms, emoji, code, long and short sentences: the real-text benchmark's shape, without ../shared.
fn generated_corpus(dir: &Path, n: usize) {
    const OPENERS: &[&str] = &["Led", "Built", "Managed", "I lead", "Responsible for", "Shipped", "Grew", "She leads"];
    const THINGS: &[&str] = &[
        "the payments platform",
        "a team of 6 engineers",
        "our JavaScript and Javascript tooling",
        "data pipelines in `spark_jobs`",
        "the managment of vendor contracts",
        "recieved feedback from customers 🚀",
        "its been a great year for the Kubernetes migration",
        "synergy across the e-mail and email campaigns",
        "a Zorblax integration with Acme’s Qwertify API",
        "hiring for Frobnicator Labs in São Paulo",
        "the adress book servise",
        "GitHub and github workflows",
    ];
    const ENDS: &[&str] = &[".", ", which cut costs by 30%.", "!", " and more.", " for three years."];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    for i in 0..n {
        let mut s = format!("# Person {i} Smyth\n\n## Headline\n\nEngineer at Acme\n\n## About\n\n");
        for _ in 0..1 + next(5) {
            s += &format!("{} {}{} ", OPENERS[next(OPENERS.len())], THINGS[next(THINGS.len())], ENDS[next(ENDS.len())]);
        }
        s += "\n\n## Experience\n\n### Engineer — Acme\n2019 – Present\n";
        for _ in 0..next(7) {
            s += &format!(
                "- {} {}{}\n",
                OPENERS[next(OPENERS.len())],
                THINGS[next(THINGS.len())],
                ENDS[next(ENDS.len())]
            );
        }
        std::fs::write(dir.join(format!("p{i:04}.md")), s).unwrap();
    }
}

#[test]
fn generated_corpus_output_is_the_same_bytes_on_one_and_two_threads() {
    let dir = tempfile::tempdir().unwrap();
    generated_corpus(dir.path(), 300);
    let run = |t: &str| {
        let out = proofile()
            .env("RAYON_NUM_THREADS", t)
            .args(["check", "--format", "json", "--fail-on", "never", "--no-config"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let one = run("1");
    let two = run("2");
    assert!(one == two, "1-thread and 2-thread reports differ");
    // The corpus was really checked: typos in most files, several rules speaking.
    let report = json(&one);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), 300);
    let with_typos = files.iter().filter(|f| spelling(f).contains(&"managment")).count();
    assert!(with_typos > 50, "{with_typos} files with ‘managment’ found");
    let rules: std::collections::BTreeSet<&str> =
        files.iter().flat_map(|f| f["diagnostics"].as_array().unwrap()).map(|d| d["rule"].as_str().unwrap()).collect();
    for rule in ["spelling", "term-casing", "possessive-contraction", "person"] {
        assert!(rules.contains(rule), "no {rule} finding in {rules:?}");
    }
    // A batch checks each profile as it would be checked alone.
    let single = proofile()
        .args(["check", "--format", "json", "--fail-on", "never", "--no-config"])
        .arg(dir.path().join("p0007.md"))
        .output()
        .unwrap();
    let alone = json(&single.stdout)["files"][0]["diagnostics"].clone();
    let in_batch = files.iter().find(|f| f["path"].as_str().unwrap().ends_with("p0007.md")).unwrap();
    assert_eq!(alone, in_batch["diagnostics"]);
}

/// The next chunk of a batch is checked while the last is written: when the reader goes away (`| head`),
/// both stop, and the run ends quietly with the findings' status rather than an error or a hang.
#[test]
fn a_closed_pipe_stops_a_long_batch() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    generated_corpus(dir.path(), 600);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("proofile"))
        .env("RAYON_NUM_THREADS", "2")
        .env_remove("CI")
        .args(["check", "--format", "jsonl", "--fail-on", "never", "--no-config", "--no-progress"])
        .arg(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 64];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{:?}: {}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
