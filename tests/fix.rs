//! `proofile fix` and `check --fix`: only safe fixes, everything else byte for byte, atomic writes
//! that keep permissions and refuse a file changed since it was read; fixing twice changes nothing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use proofile::fix::{FixError, fix_file, fix_text, write_atomic};
use proofile::profile::InputFormat;
use proofile::profile::detect::{DEFAULT_MAX_BYTES, read_bytes};
use proofile::{Checker, Diagnostic, Profile, Settings};

fn proofile() -> Command {
    let mut c = Command::cargo_bin("proofile").unwrap();
    c.env_remove("NO_COLOR");
    c
}

fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(Settings::default()))
}

fn copy_to(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Findings with a safe fix, as (rule, text) pairs.
fn safe_findings(text: &str, format: InputFormat) -> Vec<(String, String)> {
    let p: Profile = read_bytes("t", text.as_bytes().to_vec(), format).unwrap();
    let d: Vec<Diagnostic> = checker().check(&p);
    d.iter()
        .filter(|d| d.suggestions.iter().any(|s| s.safe))
        .map(|d| (d.rule.to_string(), p.sections[d.section].text[d.span.clone()].to_string()))
        .collect()
}

const MESSY_MD: &str = "# Jo Doe\n\n## About\n\nI am a engineer with a  eye for *detail* and the the best tools!! i love linkedin and [github](https://github.com/x).\n\n## Experience\n\n### Senior Engineer — Acme\n\nJan 2020 – Present\n\n- Built a API for  a  team\n- Shipped `a  code  span` as is\n";

#[test]
fn fixing_then_checking_leaves_none_of_the_fixed_findings_and_twice_changes_nothing() {
    let before = safe_findings(MESSY_MD, InputFormat::Markdown);
    assert!(before.len() >= 8, "{before:?}");
    let once = fix_text(checker(), "t.md", MESSY_MD, InputFormat::Markdown).unwrap();
    assert_eq!(
        once.fixed,
        "# Jo Doe\n\n## About\n\nI am an engineer with an eye for *detail* and the best tools! I love LinkedIn and [GitHub](https://github.com/x).\n\n## Experience\n\n### Senior Engineer — Acme\n\nJan 2020 – Present\n\n- Built an API for a team\n- Shipped `a  code  span` as is\n"
    );
    assert!(once.skipped.is_empty(), "{:?}", once.skipped);
    assert_eq!(safe_findings(&once.fixed, InputFormat::Markdown), Vec::<(String, String)>::new());
    let twice = fix_text(checker(), "t.md", &once.fixed, InputFormat::Markdown).unwrap();
    assert!(!twice.changed() && twice.applied.is_empty(), "{:?}", twice.applied);
}

#[test]
fn fixtures_fix_to_a_fixed_point_and_keep_every_other_byte() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(PathBuf, InputFormat)> = ["typos.md", "clean.md", "tech-dense.md", "british.md"]
        .iter()
        .map(|f| (root.join("fixtures/profiles").join(f), InputFormat::Markdown))
        .collect();
    files.push((root.join("fixtures/json-resume/jane-doe.json"), InputFormat::JsonResume));
    files.push((root.join("fixtures/json-resume/lenient.json"), InputFormat::JsonResume));
    // Real published profiles, where present.
    let shared = root.join("../shared/data/profiles/json-resume");
    if let Ok(dir) = std::fs::read_dir(&shared) {
        let mut real: Vec<PathBuf> =
            dir.map(|e| e.unwrap().path()).filter(|p| p.extension() == Some("json".as_ref())).collect();
        real.sort();
        files.extend(real.into_iter().map(|p| (p, InputFormat::JsonResume)));
    }
    let mut changed = 0;
    for (path, format) in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let once = fix_text(checker(), "t", &text, format).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        if format == InputFormat::JsonResume {
            let (a, b): (serde_json::Result<serde_json::Value>, serde_json::Result<serde_json::Value>) =
                (serde_json::from_str(&text), serde_json::from_str(&once.fixed));
            assert_eq!(a.is_ok(), b.is_ok(), "{}: the fix changed whether it is valid JSON", path.display());
        }
        // Every line the fix did not touch is the same; the touched ones differ only where fixed.
        let (old, new): (Vec<&str>, Vec<&str>) = (text.lines().collect(), once.fixed.lines().collect());
        assert_eq!(old.len(), new.len(), "{}: lines added or lost", path.display());
        let touched = old.iter().zip(&new).filter(|(a, b)| a != b).count();
        assert!(touched <= once.applied.len(), "{}", path.display());
        let twice = fix_text(checker(), "t", &once.fixed, format).unwrap();
        assert!(!twice.changed(), "{}: second fix changed {:?}", path.display(), twice.applied);
        changed += usize::from(once.changed());
    }
    assert!(changed >= 1, "typos.md has safe fixes");
}

#[test]
fn json_with_escapes_is_fixed_inside_the_literal() {
    let dir = tempfile::tempdir().unwrap();
    let doc = "{\n    \"basics\": {\n        \"label\": \"Engineer at linkedin \\u2014 \\\"Platform\\\"\",\n        \"summary\": \"I build\\ttools with a  eye for the \\u0074he detail.\\nI love it!!\"\n    },\n    \"work\": [{\"name\": \"Acme\", \"highlights\": [\"Built a API\", \"Caf\\u00e9 owner\"]}]\n}\n";
    let p = copy_to(dir.path(), "resume.json", doc);
    let out = proofile().args(["fix", p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let fixed = std::fs::read_to_string(&p).unwrap();
    assert_eq!(
        fixed,
        "{\n    \"basics\": {\n        \"label\": \"Engineer at LinkedIn \\u2014 \\\"Platform\\\"\",\n        \"summary\": \"I build\\ttools with an eye for the detail.\\nI love it!\"\n    },\n    \"work\": [{\"name\": \"Acme\", \"highlights\": [\"Built an API\", \"Caf\\u00e9 owner\"]}]\n}\n"
    );
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(diff.starts_with(&format!("--- a/{}\n+++ b/{}\n", p.display(), p.display())), "{diff}");
    assert!(diff.contains("-        \"label\": \"Engineer at linkedin"), "{diff}");
}

#[test]
fn dry_run_shows_the_diff_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_to(dir.path(), "p.md", MESSY_MD);
    let out = proofile().args(["fix", "--dry-run", p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "changes to make");
    assert!(String::from_utf8_lossy(&out.stdout).contains("+I am an engineer with an eye"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("would apply"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), MESSY_MD);
    let out =
        proofile().args(["check", "--fix", "--dry-run", "--format", "json", p.to_str().unwrap()]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout stays JSON; the diff goes to stderr");
    assert!(!v["files"][0]["diagnostics"].as_array().unwrap().is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("+I am an engineer"));
    assert_eq!(std::fs::read_to_string(&p).unwrap(), MESSY_MD);
}

#[test]
fn check_fix_applies_then_reports_what_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_to(dir.path(), "p.md", "## About\n\nI am a engineer who loves teh work.\n");
    let out = proofile().args(["check", "--fix", "--format", "json", p.to_str().unwrap()]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> =
        v["files"][0]["diagnostics"].as_array().unwrap().iter().map(|d| d["text"].as_str().unwrap()).collect();
    assert_eq!(texts, ["teh"], "the unsafe spelling fix is left for a person");
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "## About\n\nI am an engineer who loves teh work.\n");
    assert_eq!(out.status.code(), Some(1));
}

#[cfg(unix)]
#[test]
fn permissions_owner_symlinks_and_bom_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("p.md");
    std::fs::write(&p, "\u{feff}## About\n\nI am a engineer.\n").unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink("p.md", &link).unwrap();
    let out = proofile().args(["fix", link.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read(&p).unwrap(), "\u{feff}## About\n\nI am an engineer.\n".as_bytes());
    assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o640);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    // No temporary file left behind.
    let mut names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    assert_eq!(names, ["link.md", "p.md"]);
}

#[test]
fn a_file_changed_since_it_was_read_is_not_written() {
    let dir = tempfile::tempdir().unwrap();
    let p = copy_to(dir.path(), "p.md", "## About\n\nI am a engineer.\n");
    let planned = fix_file(checker(), &p, None, DEFAULT_MAX_BYTES).unwrap();
    assert!(planned.outcome.changed());
    // Someone saves the file meanwhile.
    std::fs::write(&p, "## About\n\nI am a engineer and edited this.\n").unwrap();
    let e = planned.write().unwrap_err();
    assert!(matches!(e, FixError::Changed { .. }), "{e}");
    assert!(e.to_string().ends_with("p.md: changed since it was read; not written (run the fix again)"), "{e}");
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "## About\n\nI am a engineer and edited this.\n");
    // And the low-level writer on its own.
    let e = write_atomic(&p, b"something else", b"new").unwrap_err();
    assert!(matches!(e, FixError::Changed { .. }));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
}

#[test]
fn exports_standard_input_and_broken_files_are_refused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let zip = root.join("fixtures/linkedin/export.zip");
    let before = std::fs::read(&zip).unwrap();
    for target in [zip.clone(), root.join("fixtures/linkedin/export")] {
        let out = proofile().args(["fix", target.to_str().unwrap()]).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("is a LinkedIn export, which is never rewritten"), "{err}");
        assert!(err.contains("unzip it"), "{err}");
    }
    assert_eq!(std::fs::read(&zip).unwrap(), before);
    let out = proofile().args(["fix", "-"]).write_stdin("## About\n\na apple\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("standard input cannot be fixed in place"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"basics\": {\"label\": \"a apple\"").unwrap();
    let out = proofile().args(["fix", bad.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.json:1:31: unexpected end of file"));
    let out = proofile().args(["fix", "--max-file-size", "5", bad.to_str().unwrap()]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("raise it with --max-file-size"));
}

#[test]
fn a_folder_is_fixed_profile_by_profile_and_exports_in_it_are_passed_over() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team");
    std::fs::create_dir(&team).unwrap();
    copy_to(&team, "a.md", "## About\n\nI am a engineer.\n");
    copy_to(&team, "b.json", "{\"basics\": {\"summary\": \"I love linkedin.\"}}");
    std::fs::copy(root.join("fixtures/linkedin/export.zip"), team.join("export.zip")).unwrap();
    let zip_before = std::fs::read(team.join("export.zip")).unwrap();
    let out = proofile().args(["fix", team.to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("export.zip: a LinkedIn export; not rewritten"), "{err}");
    assert_eq!(std::fs::read_to_string(team.join("a.md")).unwrap(), "## About\n\nI am an engineer.\n");
    assert_eq!(
        std::fs::read_to_string(team.join("b.json")).unwrap(),
        "{\"basics\": {\"summary\": \"I love LinkedIn.\"}}"
    );
    assert_eq!(std::fs::read(team.join("export.zip")).unwrap(), zip_before);
}

#[test]
fn a_bullet_ending_in_two_periods_settles() {
    // bullet-style once appended a period to `..` forever; repeated-punctuation owns `..`.
    let doc = "## Experience\n\n### Dev — Acme\n\n2019 – 2020\n\n- Built things.\n- Ran things.\n- Led things.\n- Tested things..\n- Shipped things...\n";
    let once = fix_text(checker(), "t.md", doc, InputFormat::Markdown).unwrap();
    assert!(once.fixed.ends_with("- Tested things..\n- Shipped things...\n"), "{}", once.fixed);
    let twice = fix_text(checker(), "t.md", &once.fixed, InputFormat::Markdown).unwrap();
    assert!(!twice.changed(), "{:?}", twice.applied);
}

fn checker_for(dialect: proofile::spell::Dialect, convert: bool) -> Checker {
    let mut s = Settings { dialect, ..Settings::default() };
    s.options.convert_dialect = convert;
    Checker::new(s)
}

const GB_PROFILE: &str = "# Ann Lee\n\n## About\n\nTrauma nurse at the University of Maryland Medical Center. I optimize our trauma center workflows and the organization of the unit, and I organise the rota.\n\n## Experience\n\n### Nurse — University of Maryland Medical Center\n\nJan 2020 – Present\n\n- Optimised triage in the trauma centre.\n";

/// Issue 11: under en-GB, `spelling` and `spelling-variant` agree (no rule asks for a form the other
/// rejects), a common word is never cased like a name, and no dialect is converted unasked.
#[test]
fn en_gb_one_answer_and_no_dialect_conversion_unless_asked() {
    use proofile::spell::Dialect;
    let gb = checker_for(Dialect::EnGb, false);
    let p = read_bytes("t.md", GB_PROFILE.as_bytes().to_vec(), InputFormat::Markdown).unwrap();
    let diags = gb.check(&p);
    for d in &diags {
        for s in &d.suggestions {
            assert!(!s.replacement.contains("Center"), "a common word cased like a name: {d:#?}");
            if d.rule == "spelling-variant" || d.rule == "spelling" {
                // Whatever a rule asks for, the en-GB dictionary accepts.
                let words: Vec<&str> = s.replacement.split(' ').collect();
                assert!(words.iter().all(|w| gb.spell().is_valid(w)), "{d:#?}");
            }
        }
    }
    let flagged: Vec<&str> =
        diags.iter().filter(|d| d.rule == "spelling").map(|d| &p.sections[d.section].text[d.span.clone()]).collect();
    assert!(flagged.contains(&"optimize") && flagged.contains(&"organization") && flagged.contains(&"center"));
    assert!(diags.iter().all(|d| d.rule != "spelling-variant"), "{diags:#?}");
    let once = fix_text(&gb, "t.md", GB_PROFILE, InputFormat::Markdown).unwrap();
    assert!(!once.changed(), "{:?}", once.applied);

    // Asked for: converted to en-GB, the name's `Center` left as it is.
    let convert = checker_for(Dialect::EnGb, true);
    let once = fix_text(&convert, "t.md", GB_PROFILE, InputFormat::Markdown).unwrap();
    assert!(once.fixed.contains("I optimise our trauma centre workflows and the organisation"), "{}", once.fixed);
    assert!(once.fixed.contains("Medical Center"));
    assert_eq!(once.changes(), 3);
    assert!(!fix_text(&convert, "t.md", &once.fixed, InputFormat::Markdown).unwrap().changed());

    // With `auto`, the majority is reported, never converted, even when asked (no dialect chosen).
    for c in [checker_for(Dialect::Auto, false), checker_for(Dialect::Auto, true)] {
        assert!(!fix_text(&c, "t.md", GB_PROFILE, InputFormat::Markdown).unwrap().changed());
    }
}

/// `fix` counts the places it changed, not the fixes it tried: `a a apple` takes two passes, one change.
#[test]
fn the_count_is_the_changes_made() {
    let once = fix_text(checker(), "t.md", "## About\n\nI ate a a apple.\n", InputFormat::Markdown).unwrap();
    assert_eq!(once.fixed, "## About\n\nI ate an apple.\n");
    assert_eq!(once.applied.len(), 2);
    assert_eq!(once.changes(), 1);
}
