//! What every fuzz target checks, shared with `tests/fuzz_regressions.rs` (which includes this file):
//! readers never panic; an error is one line naming the input; every section maps into its source,
//! its verbatim runs are what the file says, and every token and reported span lies on character
//! boundaries inside its section and maps to a real line and column; the safe fixes apply and
//! reach a fixed point (fixing twice changes nothing).

#![allow(dead_code)]

use std::io::{Cursor, Write};
use std::sync::OnceLock;

use proofile::fix::fix_text;
use proofile::profile::InputFormat;
use proofile::profile::detect::read_bytes;
use proofile::text::tokenize::tokenize;
use proofile::{Checker, Diagnostic, Profile, Settings};

pub fn checker() -> &'static Checker {
    static C: OnceLock<Checker> = OnceLock::new();
    C.get_or_init(|| Checker::new(Settings::default()))
}

/// Reads `data` in `format`; an error must be one line that starts with the input's name.
pub fn read(name: &str, data: &[u8], format: InputFormat) -> Option<Profile> {
    match read_bytes(name, data.to_vec(), format) {
        Ok(p) => {
            assert_profile_sound(&p);
            Some(p)
        }
        Err(e) => {
            let msg = e.to_string();
            assert!(msg.starts_with(name) && !msg.contains('\n'), "bad error: {msg:?}");
            None
        }
    }
}

pub fn assert_profile_sound(p: &Profile) {
    for (i, s) in p.sections.iter().enumerate() {
        if let Some(problem) = p.span_problem(i, &(0..s.text.len())) {
            panic!("section {}: {problem}", s.path);
        }
        let src = &p.sources[s.origin.source].text;
        for (range, file, verbatim) in s.origin.runs() {
            assert!(range.end <= s.text.len(), "{}: run {range:?} past the text", s.path);
            if verbatim {
                assert_eq!(src.get(file..file + range.len()), Some(&s.text[range.clone()]), "{}: run", s.path);
            }
        }
        for r in s.blocks.iter().map(|b| &b.range).chain(&s.skip) {
            assert!(r.start <= r.end && r.end <= s.text.len(), "{}: range {r:?}", s.path);
            assert!(s.text.is_char_boundary(r.start) && s.text.is_char_boundary(r.end), "{}: {r:?}", s.path);
        }
        for t in tokenize(&s.text, &s.skip) {
            if let Some(problem) = p.span_problem(i, &t.span) {
                panic!("token {t:?}: {problem}");
            }
        }
    }
    for w in &p.warnings {
        let src = &p.sources[w.source];
        assert!(w.offset <= src.text.len(), "warning {w:?} past its source");
    }
}

pub fn assert_diagnostics_sound(p: &Profile, diags: &[Diagnostic]) {
    for d in diags {
        if let Some(problem) = p.span_problem(d.section, &d.span) {
            panic!("{} {:?}: {problem}", d.rule, d.span);
        }
        for r in &d.related {
            if let Some(problem) = p.span_problem(r.section, &r.span) {
                panic!("{} related {:?}: {problem}", d.rule, r.span);
            }
        }
    }
}

/// Wraps CSV bytes as the `Profile.csv` (and `Positions.csv`) of an in-memory export.
pub fn csv_zip(csv: &[u8]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in ["Profile.csv", "Positions.csv"] {
        w.start_file(name, opts).unwrap();
        w.write_all(csv).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// One fuzz input for the target `name`: what the fuzz binary runs and what the regressions replay.
pub fn run_target(name: &str, data: &[u8]) {
    match name {
        "markdown" => {
            read("t.md", data, InputFormat::Markdown);
            read("t.txt", data, InputFormat::PlainText);
        }
        "json_resume" => {
            read("t.json", data, InputFormat::JsonResume);
        }
        "linkedin" => {
            // First byte: 0 = the bytes are a zip; else they are CSV, put in a zip.
            let Some((&mode, rest)) = data.split_first() else { return };
            let bytes = if mode == 0 { rest.to_vec() } else { csv_zip(rest) };
            read("t.zip", &bytes, InputFormat::LinkedIn);
        }
        "tokenizer" => {
            let Ok(text) = std::str::from_utf8(data) else { return };
            let mut last_end = 0;
            for t in tokenize(text, &[]) {
                assert!(t.span.start >= last_end && t.span.start < t.span.end && t.span.end <= text.len(), "{t:?}");
                assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end), "{t:?}");
                last_end = t.span.end;
            }
        }
        "check" => {
            // First byte picks the reader.
            let Some((&mode, rest)) = data.split_first() else { return };
            let format = match mode % 3 {
                0 => InputFormat::Markdown,
                1 => InputFormat::PlainText,
                _ => InputFormat::JsonResume,
            };
            if let Some(p) = read("t", rest, format) {
                let diags = checker().check(&p);
                assert_diagnostics_sound(&p, &diags);
                // The safe fixes: they apply without error, and a second run changes nothing.
                let text = std::str::from_utf8(rest).expect("it read, so it is UTF-8");
                let text = text.strip_prefix('\u{feff}').unwrap_or(text);
                let once = fix_text(checker(), "t", text, format).expect("a readable file can be fixed");
                let twice = fix_text(checker(), "t", &once.fixed, format).expect("a fixed file reads");
                assert!(!twice.changed(), "fixing twice changed {:?} after {:?}", twice.applied, once.applied);
            }
        }
        other => panic!("no fuzz target {other}"),
    }
}
