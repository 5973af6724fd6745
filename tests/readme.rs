//! README.md's examples, run as written: every `proofile.toml` block loads with `proofile config`,
//! every `proofile …` command line of its shell blocks runs offline in a folder holding the files it
//! names (the README's own sample profiles among them), and the Markdown and plain-text samples read
//! as the README says. A README edit that breaks an example fails here.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap()
}

/// The bodies of the README's fenced blocks of `lang`, in order.
fn blocks(text: &str, lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        match &mut current {
            None if line.trim_start().starts_with("```") && line.trim_start()[3..].trim() == lang => {
                current = Some(String::new());
            }
            Some(body) if line.trim_start().starts_with("```") => {
                out.push(std::mem::take(body));
                current = None;
            }
            Some(body) => {
                body.push_str(line);
                body.push('\n');
            }
            None => {}
        }
    }
    out
}

fn proofile(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.current_dir(dir).env_remove("CI").env("NO_COLOR", "1");
    c
}

/// The configuration blocks: TOML holding a key proofile.toml knows.
fn config_blocks() -> Vec<String> {
    blocks(&readme(), "toml")
        .into_iter()
        .filter(|b| ["dialect", "fail-on", "[rules", "[vocabulary"].iter().any(|k| b.contains(k)))
        .collect()
}

#[test]
fn every_proofile_toml_in_the_readme_loads() {
    let configs = config_blocks();
    assert!(!configs.is_empty(), "no proofile.toml example found in README.md");
    for (n, toml) in configs.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        // Word lists the example names under `files = [...]` exist beside it, as a user's would.
        let parsed: toml::Table = toml.parse().unwrap_or_else(|e| panic!("README toml block {n}: {e}\n{toml}"));
        if let Some(files) = parsed.get("vocabulary").and_then(|v| v.get("files")).and_then(|f| f.as_array()) {
            for f in files.iter().filter_map(|f| f.as_str()) {
                std::fs::write(dir.path().join(f), "# team words\nZorblax\n").unwrap();
            }
        }
        std::fs::write(dir.path().join("proofile.toml"), toml).unwrap();
        let out = proofile(dir.path()).args(["config", "."]).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "README toml block {n} does not load:\n{}\n{toml}",
            String::from_utf8_lossy(&out.stderr)
        );
        // Each rule setting of the example is in effect, attributed to the file.
        if let Some(rules) = parsed.get("rules").and_then(|r| r.as_table()) {
            for (id, v) in rules {
                if let Some(level) = v.as_str() {
                    let want = format!("{id} = \"{level}\"");
                    let line = stdout.lines().find(|l| l.starts_with(&want));
                    assert!(line.is_some_and(|l| l.contains("proofile.toml:")), "{want} not in effect:\n{stdout}");
                }
            }
        }
    }
}

/// A command line split into words: single and double quotes group, `#` starts a comment.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_with(String::new).push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                word.get_or_insert_with(String::new);
            }
            (None, '#') if word.is_none() => break,
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, c) => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// A folder holding every file the README's commands name: its own sample profiles and the fixtures.
fn sandbox() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = readme();
    let dir = tempfile::tempdir().unwrap();
    let markdown = blocks(&text, "markdown");
    let plain = blocks(&text, "text");
    assert!(!markdown.is_empty() && !plain.is_empty(), "README lost its sample profiles");
    for name in ["my-profile.md", "draft.md", "a.md", "cv.md"] {
        std::fs::write(dir.path().join(name), &markdown[0]).unwrap();
    }
    std::fs::write(dir.path().join("b.txt"), &plain[0]).unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir_all(team.join("json")).unwrap();
    for entry in std::fs::read_dir(root.join("fixtures/profiles")).unwrap() {
        let p: PathBuf = entry.unwrap().path();
        std::fs::copy(&p, team.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(root.join("fixtures/json-resume/jane-doe.json"), team.join("json/jane-doe.json")).unwrap();
    // The invitation examples: a note, the sender's and the recipient's profiles, a team's batch.
    for name in ["note.txt", "me.json", "them.md"] {
        std::fs::copy(root.join("fixtures/invite").join(name), dir.path().join(name)).unwrap();
    }
    let note = std::fs::read_to_string(root.join("fixtures/invite/note.txt")).unwrap();
    let line = serde_json::json!({"note": note.trim(), "to": {"name": "John Park"}});
    std::fs::write(dir.path().join("outreach.jsonl"), format!("{line}\n")).unwrap();
    dir
}

#[test]
fn every_proofile_command_in_the_readme_runs() {
    let dir = sandbox();
    let mut ran = 0;
    for block in blocks(&readme(), "sh") {
        for line in block.lines() {
            let mut words = shell_words(line);
            // `cat FILE | proofile …`: FILE on standard input.
            let mut stdin = None;
            if words.first().is_some_and(|w| w == "cat") && words.get(2).is_some_and(|w| w == "|") {
                stdin = Some(std::fs::read(dir.path().join(&words[1])).unwrap());
                words.drain(..3);
            }
            // `proofile serve` runs until stopped: tests/serve_cli.rs and tests/clients/ test it.
            if words.first().is_none_or(|w| w != "proofile") || words.get(1).is_some_and(|w| w == "serve") {
                continue;
            }
            // `< FILE`: FILE on standard input.
            if let Some(i) = words.iter().position(|w| w == "<") {
                stdin = Some(std::fs::read(dir.path().join(&words[i + 1])).unwrap());
                words.drain(i..i + 2);
            }
            // `> FILE`: the output is read here instead.
            if let Some(i) = words.iter().position(|w| w == ">") {
                words.truncate(i);
            }
            let mut cmd = proofile(dir.path());
            cmd.args(&words[1..]);
            if let Some(input) = stdin {
                cmd.write_stdin(input);
            }
            let out = cmd.output().unwrap();
            let code = out.status.code();
            assert!(
                matches!(code, Some(0 | 1)),
                "README command `{line}` exited {code:?}:\n{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let to_file = words.iter().any(|w| w == "--output" || w == "-o");
            assert!(!out.stdout.is_empty() || words[1] == "fix" || to_file, "README command `{line}` printed nothing");
            if let Some(i) = words.iter().position(|w| w == "--output" || w == "-o") {
                let written = std::fs::read_to_string(dir.path().join(&words[i + 1])).unwrap();
                assert!(!written.is_empty(), "`{line}` wrote nothing");
            }
            ran += 1;
        }
    }
    assert!(ran >= 15, "only {ran} README commands found");
}

#[test]
fn the_readme_sample_profiles_read_as_described() {
    let dir = sandbox();
    for file in ["my-profile.md", "b.txt"] {
        let out =
            proofile(dir.path()).args(["check", file, "--format", "json", "--fail-on", "never"]).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let paths: Vec<&str> = v["files"][0]["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|d| d["section"]["path"].as_str())
            .collect();
        // A sample that is its own example of good writing: no finding about its structure.
        for rule in ["missing-headline", "no-experience", "missing-dates"] {
            let rules: Vec<&str> =
                v["files"][0]["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["rule"].as_str()).collect();
            assert!(!rules.contains(&rule), "{file}: {rule} in {rules:?} ({paths:?})");
        }
    }
}

#[test]
fn rules_listing_names_each_option_as_the_config_does() {
    let dir = tempfile::tempdir().unwrap();
    let out = proofile(dir.path()).arg("rules").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for line in text.lines() {
        assert!(line.matches("off by default").count() <= 1, "{line}");
        assert!(!line.contains('_'), "a Rust name instead of a config key: {line}");
    }
    let date_gap = text.lines().find(|l| l.starts_with("date-gap ")).unwrap();
    assert!(date_gap.contains("(off by default)") && date_gap.contains("months = 6"), "{date_gap}");
    let long = text.lines().find(|l| l.starts_with("long-sentence ")).unwrap();
    assert!(long.contains("max-words = 35"), "{long}");
    // Every option the listing names is accepted under [rules.ID], with the value it shows.
    std::fs::write(dir.path().join("proofile.toml"), "").unwrap();
    let mut toml = String::new();
    for line in text.lines() {
        let id = line.split_whitespace().next().unwrap();
        if let Some(opts) = line.split(" [options: ").nth(1) {
            toml.push_str(&format!("[rules.{id}]\n"));
            for kv in opts.strip_suffix(']').unwrap_or(opts).split(", ") {
                toml.push_str(&format!("{kv}\n"));
            }
        }
    }
    assert!(toml.contains("[rules.buzzword]\nadd = []\nremove = []\n"), "{toml}");
    std::fs::write(dir.path().join("proofile.toml"), &toml).unwrap();
    let out = proofile(dir.path()).args(["config", "."]).output().unwrap();
    assert!(out.status.success(), "{}\n{toml}", String::from_utf8_lossy(&out.stderr));
    let out = proofile(dir.path()).args(["explain", "long-sentence"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("max-words = 35"));
}
