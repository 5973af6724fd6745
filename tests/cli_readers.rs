//! The real binary on JSON Resume and LinkedIn export fixtures and on broken variants: findings at
//! file positions, the format named in the reports, exit status 2 for input errors with the other
//! files still reported.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use serde_json::Value;

const MANIFEST: &str = env!("CARGO_MANIFEST_DIR");

/// Runs `proofile check ARGS --format json` in the repository root: (exit status, report, stderr).
fn check_json(args: &[&str], stdin: Option<Vec<u8>>) -> (i32, Value, String) {
    let mut cmd = cargo_bin_cmd!("proofile");
    cmd.current_dir(MANIFEST).arg("check").args(args).args(["--format", "json"]);
    if let Some(input) = stdin {
        cmd.write_stdin(input);
    }
    let out = cmd.output().unwrap();
    let report =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (out.status.code().unwrap(), report, String::from_utf8(out.stderr).unwrap())
}

/// The diagnostic whose flagged text is `text`, in the report of file `file`.
fn finding<'a>(report: &'a Value, file: usize, text: &str) -> &'a Value {
    let diags = report["files"][file]["diagnostics"].as_array().unwrap();
    diags.iter().find(|d| d["text"] == text).unwrap_or_else(|| panic!("no finding {text:?} in {diags:#?}"))
}

fn place(d: &Value) -> (&str, &str, u64, u64) {
    (
        d["section"]["path"].as_str().unwrap(),
        d["file"].as_str().unwrap(),
        d["line"].as_u64().unwrap(),
        d["column"].as_u64().unwrap(),
    )
}

/// 1-based line and column (in characters) of `needle` in a fixture.
fn line_col(rel: &str, needle: &str) -> (u64, u64) {
    let text = std::fs::read_to_string(Path::new(MANIFEST).join(rel)).unwrap();
    let off = text.find(needle).unwrap();
    let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
    ((text[..off].matches('\n').count() + 1) as u64, (text[line_start..off].chars().count() + 1) as u64)
}

#[test]
fn json_resume_findings_point_into_the_json_file() {
    let file = "fixtures/json-resume/jane-doe.json";
    let (code, report, _) = check_json(&[file], None);
    assert_eq!(code, 1);
    assert_eq!(report["files"][0]["format"], "json-resume");
    let (l, c) = line_col(file, "recieve");
    assert_eq!(place(finding(&report, 0, "recieve")), ("work[0].highlights[1]", file, l, c));
    // After `\u2014`, `\"` and `\n` escapes on the same line.
    let (l, c) = line_col(file, "managment");
    assert_eq!(place(finding(&report, 0, "managment")), ("basics.summary", file, l, c));
    let d = finding(&report, 0, "managment");
    let summary = "Engineer at Qorvix — I lead \"platform\" work.\nI enjoy managment of small teams and mentoring.";
    let start = summary.find("managment").unwrap() as u64;
    assert_eq!((d["span"]["start"].as_u64(), d["span"]["end"].as_u64()), (Some(start), Some(start + 9)));
}

#[test]
fn lenient_json_is_read_with_warnings_that_name_the_place() {
    let file = "fixtures/json-resume/lenient.json";
    let (code, report, _) = check_json(&[file], None);
    assert_eq!(code, 1);
    let warnings = report["files"][0]["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 6);
    assert_eq!((warnings[0]["line"].as_u64(), warnings[0]["column"].as_u64()), (Some(5), Some(50)));
    assert!(warnings[0]["message"].as_str().unwrap().contains("raw line break"));
    let (l, c) = line_col(file, "dashbords");
    assert_eq!(place(finding(&report, 0, "dashbords")), ("work[0].highlights[0]", file, l, c));
}

#[test]
fn linkedin_folder_and_zip_report_file_row_and_line() {
    let (code, report, _) = check_json(&["fixtures/linkedin/export", "fixtures/linkedin/export.zip"], None);
    assert_eq!(code, 1);
    let (l, c) = line_col("fixtures/linkedin/export/Positions.csv", "acheived");
    for (i, file) in
        ["fixtures/linkedin/export/Positions.csv", "fixtures/linkedin/export.zip:Positions.csv"].into_iter().enumerate()
    {
        assert_eq!(report["files"][i]["format"], "linkedin-export");
        assert_eq!(place(finding(&report, i, "acheived")), ("Positions.csv[0].Description", file, l, c));
        assert_eq!(finding(&report, i, "beleive")["section"]["kind"], "summary");
    }
}

#[test]
fn latin1_export_is_decoded_and_says_so() {
    let (code, report, _) = check_json(&["fixtures/linkedin/latin1"], None);
    assert_eq!(code, 1);
    let warnings = report["files"][0]["warnings"].as_array().unwrap();
    assert!(warnings.iter().all(|w| w["message"].as_str().unwrap().contains("Latin-1")), "{warnings:?}");
    let d = finding(&report, 0, "Teh");
    assert_eq!(
        (d["file"].as_str(), d["line"].as_u64(), d["column"].as_u64()),
        (Some("fixtures/linkedin/latin1/Positions.csv"), Some(2), Some(57))
    );
}

#[test]
fn broken_inputs_exit_2_with_one_line_errors_and_the_rest_reported() {
    let broken = [
        (
            "fixtures/json-resume/broken/missing-comma.json",
            "fixtures/json-resume/broken/missing-comma.json:5:5: expected ','",
        ),
        (
            "fixtures/json-resume/broken/truncated.json",
            "fixtures/json-resume/broken/truncated.json:4:16: unterminated string",
        ),
        (
            "fixtures/json-resume/broken/invalid-utf8.json",
            "fixtures/json-resume/broken/invalid-utf8.json:3:17: invalid UTF-8",
        ),
        (
            "fixtures/json-resume/broken/not-a-resume.json",
            "fixtures/json-resume/broken/not-a-resume.json: is JSON but not a JSON Resume",
        ),
        (
            "fixtures/linkedin/broken/missing-column",
            "fixtures/linkedin/broken/missing-column/Positions.csv:1:1: missing required column \"Title\"",
        ),
        (
            "fixtures/linkedin/broken/truncated.zip",
            "fixtures/linkedin/broken/truncated.zip: not a readable zip archive",
        ),
        (
            "fixtures/linkedin/broken/not-a-zip.zip",
            "fixtures/linkedin/broken/not-a-zip.zip: not a readable zip archive",
        ),
    ];
    let mut args: Vec<&str> = broken.iter().map(|(f, _)| *f).collect();
    args.push("fixtures/json-resume/jane-doe.json");
    let (code, report, stderr) = check_json(&args, None);
    assert_eq!(code, 2);
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), broken.len() + 1);
    for (i, (path, expected)) in broken.iter().enumerate() {
        assert_eq!(files[i]["path"], *path);
        let error = files[i]["error"].as_str().unwrap_or_else(|| panic!("{path}: no error"));
        assert!(error.starts_with(expected), "{error}");
        assert!(!error.contains('\n'));
        assert!(stderr.lines().any(|l| l.contains(expected)), "{stderr}");
    }
    assert!(files[broken.len()]["diagnostics"].as_array().unwrap().iter().any(|d| d["text"] == "recieve"));
    assert_eq!(stderr.lines().count(), broken.len(), "{stderr}");
}

#[test]
fn input_format_override_and_standard_input() {
    let json = std::fs::read(Path::new(MANIFEST).join("fixtures/json-resume/jane-doe.json")).unwrap();
    let (code, report, _) = check_json(&["-", "--input-format", "json-resume"], Some(json));
    assert_eq!((code, report["files"][0]["format"].as_str()), (1, Some("json-resume")));
    assert_eq!(finding(&report, 0, "recieve")["section"]["path"], "work[0].highlights[1]");
    // A zip on standard input is recognised by its magic bytes.
    let zip = std::fs::read(Path::new(MANIFEST).join("fixtures/linkedin/export.zip")).unwrap();
    let (code, report, _) = check_json(&["-"], Some(zip));
    assert_eq!((code, report["files"][0]["format"].as_str()), (1, Some("linkedin-export")));
    assert_eq!(finding(&report, 0, "acheived")["file"], "-:Positions.csv");
    // A folder read as Markdown is an input error.
    let (code, report, _) = check_json(&["fixtures/linkedin/export", "--input-format", "markdown"], None);
    assert_eq!(code, 2);
    assert!(report["files"][0]["error"].as_str().unwrap().contains("is a folder"));
}

#[test]
fn human_report_names_the_format() {
    let out = cargo_bin_cmd!("proofile")
        .current_dir(MANIFEST)
        .args(["check", "fixtures/json-resume/jane-doe.json", "fixtures/linkedin/export.zip", "--color", "never"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("fixtures/json-resume/jane-doe.json (json-resume)"), "{stdout}");
    assert!(stdout.contains("fixtures/linkedin/export.zip (linkedin-export)"), "{stdout}");
    assert!(stdout.contains("--> fixtures/linkedin/export.zip:Positions.csv:3:34"), "{stdout}");
}
