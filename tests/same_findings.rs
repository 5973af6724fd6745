//! The same text gets the same findings, whatever else is in the batch and however many threads run
//! (issue 11): a profile checked alone, inside a batch of 50 and through `--stdin-jsonl` gives
//! byte-identical diagnostics.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn proofile() -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env_remove("CI");
    c
}

/// The profile under test: a capitalised unknown word mid-sentence (`Ganey`), a rare correct word
/// the dictionary may not know (`titrate`), typos with one and with several close words.
const TARGET: &str = r#"{"basics":{"name":"Ann Lee","label":"ICU Nurse","summary":"I raised our Press Ganey scores, titrate drips for critically ill patients and improved the managment of handoffs. I mentor new grads on teh unit and lead recieving audits."},"work":[{"name":"Mercy Hospital","position":"Charge Nurse","startDate":"2019-01","highlights":["Cut medication erors by 30% with a new checklist.","Trained 40 nurses on Epic and Pyxis."]}]}"#;

/// Another profile, `i` making each one different (other unknown words warm the caches first).
fn other(i: usize) -> String {
    let typos = ["acessibility", "enginers", "Zorblax", "definately", "occured", "Kubernets", "seperate", "wrok"];
    format!(
        r#"{{"basics":{{"name":"Person{i} Smith","label":"Engineer","summary":"I build services and fix {} bugs in team {i}."}},"work":[{{"name":"Acme{i}","position":"Engineer","startDate":"2020-01","highlights":["Shipped {} things."]}}]}}"#,
        typos[i % typos.len()],
        typos[(i * 3 + 1) % typos.len()]
    )
}

/// Each line's diagnostics, without the `file` field (the place's name differs by construction).
fn diagnostics(line: &str) -> String {
    let mut v: Value = serde_json::from_str(line).unwrap();
    let diags = v["diagnostics"].as_array_mut().expect("a checked profile");
    for d in diags.iter_mut() {
        d.as_object_mut().unwrap().remove("file");
    }
    serde_json::to_string(diags).unwrap()
}

fn line_for<'a>(out: &'a str, path_suffix: &str) -> &'a str {
    out.lines().find(|l| l.contains(&format!("\"path\":\"{path_suffix}")) || l.contains(path_suffix)).unwrap()
}

fn run(args: &[&str], dir: &Path, threads: Option<&str>, stdin: Option<String>) -> String {
    let mut c = proofile();
    c.current_dir(dir).args(args).args(["--fail-on", "never", "--no-config"]);
    if let Some(t) = threads {
        c.env("RAYON_NUM_THREADS", t);
    }
    if let Some(s) = stdin {
        c.write_stdin(s);
    }
    let out = c.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn alone_in_a_batch_of_50_and_through_stdin_jsonl_alike() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("target.json"), TARGET).unwrap();
    let mut names = vec!["target.json".to_string()];
    for i in 0..49 {
        let name = format!("p{i:02}.json");
        std::fs::write(dir.path().join(&name), other(i)).unwrap();
        names.push(name);
    }
    let alone = run(&["check", "--format", "jsonl", "target.json"], dir.path(), None, None);
    let alone = diagnostics(line_for(&alone, "target.json"));
    assert!(alone.contains("Ganey") && alone.contains("managment"), "{alone}");

    let mut args = vec!["check", "--format", "jsonl"];
    args.extend(names.iter().map(String::as_str));
    for threads in [None, Some("1"), Some("3")] {
        let batch = run(&args, dir.path(), threads, None);
        assert_eq!(batch.lines().filter(|l| l.starts_with("{\"path\":")).count(), 50);
        assert_eq!(diagnostics(line_for(&batch, "target.json")), alone, "batch of 50, threads {threads:?}");
    }

    // Through standard input, in the middle of the others (one JSON Resume per line).
    let mut lines: Vec<String> = (0..49).map(other).collect();
    lines.insert(25, TARGET.to_string());
    let stream = run(&["check", "--stdin-jsonl"], dir.path(), None, Some(lines.join("\n") + "\n"));
    assert_eq!(diagnostics(line_for(&stream, "stdin:26\"")), alone, "--stdin-jsonl");
}
