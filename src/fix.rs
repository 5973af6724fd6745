//! Safe automatic fixes: applies the suggestions rules mark `safe`, editing the file in place so that
//! everything else stays byte for byte as it was. Nothing here prints; the CLI shows the diff.
//!
//! Each fix is mapped from its section's text back to file bytes through the section's `Origin`:
//! - a span that is a verbatim copy of the file is replaced there (in JSON, the replacement is
//!   escaped as the string literal needs);
//! - in JSON, a span that covers escapes (`\u00e9`, `\"`) is replaced whole, from the first byte of
//!   its first escape to the last of its last, once decoding that stretch of the file is shown to give
//!   exactly the span's text;
//! - anything else (Markdown markup or entities inside the span) is left alone and reported as
//!   skipped, with the reason.
//!
//! Fixes whose file ranges overlap are not applied together: the first wins and the others wait for
//! the next pass. After each pass the new text is read again with the same reader and every section
//! must come out exactly as the fixed section text predicts; a pass that fails that is retried one
//! fix at a time, keeping only fixes that pass. Passes repeat (fixes can uncover fixes: `a a apple`
//! → `a apple` → `an apple`) until none applies, so fixing twice changes nothing the second time.

use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::check::Checker;
use crate::diagnostic::Diagnostic;
use crate::error::InputError;
use crate::profile::detect::{decode_utf8, guess_format, read_bytes};
use crate::profile::json_resume::{Value, parse};
use crate::profile::{InputFormat, Profile};

/// Passes over one file before giving up on reaching a fixed point.
pub const MAX_PASSES: usize = 4;
/// With more fixes than this in one pass, a failed whole-pass check is not retried fix by fix.
const MAX_ONE_BY_ONE: usize = 200;

#[derive(Debug, thiserror::Error)]
pub enum FixError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error("{path}: {message}")]
    Refused { path: String, message: String },
    #[error("{path}: changed since it was read; not written (run the fix again)")]
    Changed { path: String },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// A fix that was applied: where (line and column in the text as it was before its pass), what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedFix {
    pub rule: &'static str,
    pub line: usize,
    pub column: usize,
    pub before: String,
    pub after: String,
}

/// A safe suggestion that was not applied, and why. The place is in the text as fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedFix {
    pub rule: &'static str,
    pub line: usize,
    pub column: usize,
    pub reason: String,
}

/// The fixes of one text, over all passes.
#[derive(Debug, Clone, Default)]
pub struct FixOutcome {
    pub original: String,
    pub fixed: String,
    pub applied: Vec<AppliedFix>,
    /// Safe suggestions left unapplied after the last pass.
    pub skipped: Vec<SkippedFix>,
}

impl FixOutcome {
    pub fn changed(&self) -> bool {
        self.original != self.fixed
    }

    /// How many places of the text the fixes changed, as the diff shows them: runs of changed words
    /// between the original and the fixed text. Fixes that build on each other over passes (`a a apple`
    /// → `a apple` → `an apple`) count once; this is the number a user can check against the diff.
    pub fn changes(&self) -> usize {
        if !self.changed() {
            return 0;
        }
        let diff = similar::TextDiff::from_words(self.original.as_str(), self.fixed.as_str());
        let mut n = 0;
        let mut in_change = false;
        for op in diff.ops() {
            let equal = matches!(op, similar::DiffOp::Equal { .. });
            if !equal && !in_change {
                n += 1;
            }
            in_change = !equal;
        }
        n
    }
}

/// One edit: `file` bytes of the source become `written`; in the section, `span` becomes `text`.
#[derive(Debug, Clone)]
struct Edit {
    diag: usize,
    section: usize,
    span: Range<usize>,
    text: String,
    file: Range<usize>,
    written: String,
}

/// Applies the safe fixes to `text` (a whole Markdown, plain-text or JSON Resume file, already
/// decoded), pass after pass. `name` is used in errors. Errors only if the text cannot be read.
pub fn fix_text(checker: &Checker, name: &str, text: &str, format: InputFormat) -> Result<FixOutcome, FixError> {
    if format == InputFormat::LinkedIn {
        return Err(refuse_export(name));
    }
    let reread = |t: &str| read_bytes(name, t.as_bytes().to_vec(), format).ok();
    let mut out = FixOutcome { original: text.to_string(), fixed: text.to_string(), ..FixOutcome::default() };
    let mut profile = read_bytes(name, text.as_bytes().to_vec(), format)?;
    // Every text the passes produced: a pass that returns to one of them undoes an earlier fix (two
    // rules that disagree), so it is not applied and the fixes stop there.
    let mut seen: Vec<String> = vec![text.to_string()];
    for _ in 0..MAX_PASSES {
        let diags = checker.check(&profile);
        let pass = plan_pass(&profile, &diags, &reread);
        out.skipped = pass.skipped;
        if pass.applied.is_empty() {
            break;
        }
        if seen.contains(&pass.text) {
            out.skipped.extend(pass.applied.iter().map(|a| SkippedFix {
                rule: a.rule,
                line: a.line,
                column: a.column,
                reason: "it would undo an earlier fix".into(),
            }));
            break;
        }
        seen.push(pass.text.clone());
        out.applied.extend(pass.applied);
        out.fixed = pass.text;
        match reread(&out.fixed) {
            Some(p) => profile = p,
            None => break,
        }
    }
    Ok(out)
}

struct Pass {
    text: String,
    applied: Vec<AppliedFix>,
    skipped: Vec<SkippedFix>,
}

/// One pass over a single-source profile: map, choose non-overlapping, apply, verify.
fn plan_pass(profile: &Profile, diags: &[Diagnostic], reread: &dyn Fn(&str) -> Option<Profile>) -> Pass {
    let source = &profile.sources[0].text;
    let mut skipped = Vec::new();
    let mut candidates = Vec::new();
    for (i, d) in diags.iter().enumerate() {
        let Some(sugg) = d.suggestions.iter().find(|s| s.safe) else { continue };
        let section = &profile.sections[d.section];
        if profile.span_problem(d.section, &d.span).is_some() || section.origin.source != 0 {
            skipped.push(skip(profile, d, "its place in the file is not known exactly"));
            continue;
        }
        if section.text[d.span.clone()] == sugg.replacement {
            continue;
        }
        match map_edit(profile, d) {
            Ok(file) => {
                let written = if profile.format == InputFormat::JsonResume {
                    json_escape(&sugg.replacement)
                } else {
                    sugg.replacement.clone()
                };
                candidates.push(Edit {
                    diag: i,
                    section: d.section,
                    span: d.span.clone(),
                    text: sugg.replacement.clone(),
                    file,
                    written,
                });
            }
            Err(reason) => skipped.push(skip(profile, d, &reason)),
        }
    }
    // The first of overlapping fixes wins; the rest wait for the next pass.
    candidates.sort_by_key(|e| (e.file.start, e.file.end, e.diag));
    let mut chosen: Vec<Edit> = Vec::new();
    for e in candidates {
        // Sorted by start and kept apart, the last chosen edit reaches furthest. Touching is fine.
        let clash = chosen.last().is_some_and(|c| c.file.end > e.file.start || c.file.start == e.file.start);
        if clash {
            skipped.push(skip(profile, &diags[e.diag], "overlaps another fix; left for the next pass"));
        } else {
            chosen.push(e);
        }
    }
    let verified = if verify(profile, source, &chosen, reread) {
        chosen
    } else if chosen.len() > MAX_ONE_BY_ONE {
        for e in &chosen {
            skipped.push(skip(profile, &diags[e.diag], "the fixed file did not read back as expected"));
        }
        Vec::new()
    } else {
        let mut kept: Vec<Edit> = Vec::new();
        for e in chosen {
            kept.push(e);
            if !verify(profile, source, &kept, reread) {
                let e = kept.pop().expect("just pushed");
                skipped.push(skip(profile, &diags[e.diag], "the fixed file did not read back as expected"));
            }
        }
        kept
    };
    let applied = verified
        .iter()
        .map(|e| {
            let d = &diags[e.diag];
            let (_, line, column) = profile.locate(d.section, d.span.start);
            AppliedFix {
                rule: d.rule,
                line,
                column,
                before: profile.sections[d.section].text[d.span.clone()].to_string(),
                after: e.text.clone(),
            }
        })
        .collect();
    Pass { text: apply(source, verified.iter().map(|e| (e.file.clone(), e.written.as_str()))), applied, skipped }
}

fn skip(profile: &Profile, d: &Diagnostic, reason: &str) -> SkippedFix {
    let (line, column) = match profile.span_problem(d.section, &d.span) {
        None => {
            let (_, line, column) = profile.locate(d.section, d.span.start);
            (line, column)
        }
        Some(_) => (0, 0),
    };
    SkippedFix { rule: d.rule, line, column, reason: reason.to_string() }
}

/// The file bytes a finding's span stands for, if a fix there can be made safely.
fn map_edit(profile: &Profile, d: &Diagnostic) -> Result<Range<usize>, String> {
    let section = &profile.sections[d.section];
    if let Some(file) = section.origin.verbatim_range(d.span.clone()) {
        return Ok(file);
    }
    if profile.format != InputFormat::JsonResume {
        return Err("the text there is not written as-is in the file (markup, an entity or a line break)".into());
    }
    json_range(profile, d).ok_or_else(|| "the escapes there could not be matched to the text".into())
}

/// For a JSON span that covers escapes: the stretch of the string literal it decodes from.
fn json_range(profile: &Profile, d: &Diagnostic) -> Option<Range<usize>> {
    let section = &profile.sections[d.section];
    let src = &profile.sources[0].text;
    let want = &section.text[d.span.clone()];
    let start = section.origin.to_file(d.span.start);
    let ends: Vec<usize> = if d.span.end < section.text.len() {
        vec![section.origin.to_file(d.span.end)]
    } else {
        // The span ends the string: its last run ends where that run's text (if verbatim) or escape
        // ends: 2 (`\n`), 6 (`\u00e9`) or 12 (a surrogate pair) bytes. Only the one that decodes to
        // the span's text is taken.
        let (range, file, _) = section.origin.runs().last()?;
        [range.len(), 2, 6, 12].iter().map(|n| file + n).collect()
    };
    ends.into_iter()
        .filter(|&end| start <= end && end <= src.len() && src.is_char_boundary(end))
        .find(|&end| decodes_to(&src[start..end], want))
        .map(|end| start..end)
}

/// Whether `raw`, the inside of a JSON string literal, decodes to `want`.
fn decodes_to(raw: &str, want: &str) -> bool {
    let literal = format!("\"{raw}\"");
    match parse("", &literal) {
        Ok((node, warnings)) => warnings.is_empty() && matches!(&node.value, Value::Str(s) if s.text == want),
        Err(_) => false,
    }
}

/// A replacement as it must be written inside a JSON string literal.
fn json_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// `text` with non-overlapping `edits` (sorted by start) applied.
fn apply<'a>(text: &str, edits: impl Iterator<Item = (Range<usize>, &'a str)>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (range, with) in edits {
        out.push_str(&text[at..range.start]);
        out.push_str(with);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Whether the file with `edits` reads back to exactly the sections the edits predict.
fn verify(profile: &Profile, source: &str, edits: &[Edit], reread: &dyn Fn(&str) -> Option<Profile>) -> bool {
    if edits.is_empty() {
        return true;
    }
    let fixed = apply(source, edits.iter().map(|e| (e.file.clone(), e.written.as_str())));
    let Some(again) = reread(&fixed) else { return false };
    let expected: Vec<(&str, String)> = profile
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let mut mine: Vec<&Edit> = edits.iter().filter(|e| e.section == i).collect();
            mine.sort_by_key(|e| e.span.start);
            (s.path.as_str(), apply(&s.text, mine.into_iter().map(|e| (e.span.clone(), e.text.as_str()))))
        })
        .collect();
    again.sections.len() == expected.len()
        && again.sections.iter().zip(&expected).all(|(s, (path, text))| s.path == *path && s.text == *text)
}

fn refuse_export(name: &str) -> FixError {
    FixError::Refused {
        path: name.to_string(),
        message: "is a LinkedIn export, which is never rewritten: it is a download, not where the profile lives. \
                  Make the changes on LinkedIn itself (the findings say where), or unzip it and check the CSV \
                  files as text"
            .into(),
    }
}

/// A file read for fixing: its bytes as read (to refuse writing if it changes meanwhile), and the fixes.
#[derive(Debug)]
pub struct FileFix {
    /// The file written to: the path given, with symbolic links resolved.
    pub path: PathBuf,
    pub name: String,
    pub outcome: FixOutcome,
    read: Vec<u8>,
    /// A UTF-8 byte-order mark the reader dropped, put back on write.
    bom: bool,
}

/// Reads `path` and works out its safe fixes (writes nothing).
pub fn fix_file(
    checker: &Checker,
    path: &Path,
    format: Option<InputFormat>,
    max_bytes: u64,
) -> Result<FileFix, FixError> {
    let name = path.display().to_string();
    let refuse = |message: &str| FixError::Refused { path: name.clone(), message: message.to_string() };
    if name == "-" {
        return Err(refuse("standard input cannot be fixed in place; give a file"));
    }
    let meta = std::fs::metadata(path).map_err(|e| InputError::io(path, e))?;
    if meta.is_dir() {
        return Err(refuse_export(&name));
    }
    if meta.len() > max_bytes {
        return Err(refuse(&format!(
            "file is {} bytes, over the limit of {max_bytes} bytes (raise it with --max-file-size)",
            meta.len()
        )));
    }
    let real = std::fs::canonicalize(path).map_err(|e| InputError::io(path, e))?;
    let read = std::fs::read(&real).map_err(|e| InputError::io(path, e))?;
    let format = format.unwrap_or_else(|| guess_format(path, &read));
    if format == InputFormat::LinkedIn {
        return Err(refuse_export(&name));
    }
    let text = decode_utf8(&name, read.clone())?;
    let bom = read.starts_with(b"\xEF\xBB\xBF");
    let outcome = fix_text(checker, &name, &text, format)?;
    Ok(FileFix { path: real, name, outcome, read, bom })
}

impl FileFix {
    /// The fixed file's bytes.
    pub fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.outcome.fixed.len() + 3);
        if self.bom {
            out.extend_from_slice(b"\xEF\xBB\xBF");
        }
        out.extend_from_slice(self.outcome.fixed.as_bytes());
        out
    }

    /// A unified diff of the change, empty if none.
    pub fn diff(&self) -> String {
        unified_diff(&self.name, &self.outcome.original, &self.outcome.fixed)
    }

    /// Writes the fixed file in place, atomically, unless it changed since it was read.
    pub fn write(&self) -> Result<(), FixError> {
        if !self.outcome.changed() {
            return Ok(());
        }
        write_atomic(&self.path, &self.read, &self.bytes())
    }
}

/// A unified diff between two texts, with `a/` and `b/` headers naming `name`; empty if equal.
pub fn unified_diff(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(2)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// Replaces `path` with `new` atomically: a temporary file in the same folder, given the original's
/// permissions (and owner, where allowed), synced, then renamed over it. Refuses if the file no
/// longer holds `expected` (it changed since it was read).
pub fn write_atomic(path: &Path, expected: &[u8], new: &[u8]) -> Result<(), FixError> {
    let name = path.display().to_string();
    let io = |e: std::io::Error| FixError::Write { path: name.clone(), source: e };
    let unchanged = || std::fs::read(path).is_ok_and(|now| now == expected);
    if !unchanged() {
        return Err(FixError::Changed { path: name });
    }
    let meta = std::fs::metadata(path).map_err(io)?;
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let base = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{base}.proofile-{}.tmp", std::process::id()));
    // Ok(false): the file changed while we worked.
    let result = (|| -> std::io::Result<bool> {
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        f.write_all(new)?;
        f.set_permissions(meta.permissions())?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            // Keep the owner when allowed (root fixing someone's file); otherwise it is ours anyway.
            let _ = std::os::unix::fs::fchown(&f, Some(meta.uid()), Some(meta.gid()));
        }
        f.sync_all()?;
        // The last moment to notice a change made while we worked.
        if !unchanged() {
            return Ok(false);
        }
        std::fs::rename(&tmp, path)?;
        Ok(true)
    })();
    if !matches!(result, Ok(true)) {
        let _ = std::fs::remove_file(&tmp);
    }
    match result {
        Ok(true) => Ok(()),
        Ok(false) => Err(FixError::Changed { path: name }),
        Err(e) => Err(io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Settings;

    fn fix(text: &str, format: InputFormat) -> FixOutcome {
        let checker = Checker::new(Settings::default());
        fix_text(&checker, "t", text, format).unwrap()
    }

    #[test]
    fn markdown_fixes_keep_the_markup() {
        let doc = "## About\n\nI am **an** engineer with a  eye for  detail and the the best tools!!\n";
        let out = fix(doc, InputFormat::Markdown);
        assert_eq!(out.fixed, "## About\n\nI am **an** engineer with an eye for detail and the best tools!\n");
        assert!(out.applied.len() >= 4, "{:?}", out.applied);
        // Fixing again changes nothing.
        assert_eq!(fix(&out.fixed, InputFormat::Markdown).fixed, out.fixed);
    }

    #[test]
    fn passes_reach_a_fixed_point() {
        let out = fix("## About\n\nI ate a a apple.\n", InputFormat::Markdown);
        assert_eq!(out.fixed, "## About\n\nI ate an apple.\n");
    }

    #[test]
    fn json_escapes_are_kept_and_replacements_escaped() {
        let doc = "{\n  \"basics\": {\n    \"summary\": \"Caf\\u00e9 \\\"owner\\\" with a  \\u0065ye for linkedin and i love it\"\n  }\n}\n";
        let out = fix(doc, InputFormat::JsonResume);
        assert_eq!(
            out.fixed,
            "{\n  \"basics\": {\n    \"summary\": \"Caf\\u00e9 \\\"owner\\\" with an \\u0065ye for LinkedIn and I love it\"\n  }\n}\n"
        );
    }

    #[test]
    fn json_spans_across_escapes_are_replaced_whole() {
        let doc =
            r#"{"basics": {"summary": "Know the \u0074he tools at linked\u0069n\ud83d\ude00 and \u0069 am here"}}"#;
        let out = fix(doc, InputFormat::JsonResume);
        assert_eq!(out.fixed, r#"{"basics": {"summary": "Know the tools at LinkedIn\ud83d\ude00 and I am here"}}"#);
        assert!(out.skipped.is_empty(), "{:?}", out.skipped);
    }

    #[test]
    fn markdown_entities_are_skipped_with_a_reason() {
        // "a" is written as-is: fixed. " the" begins with an entity: left, and said why.
        let out = fix("## About\n\nI use a app for the&#32;the work.\n", InputFormat::Markdown);
        assert_eq!(out.fixed, "## About\n\nI use an app for the&#32;the work.\n");
        assert_eq!(out.skipped.len(), 1, "{:?}", out.skipped);
        // Places of skipped fixes are in the text as fixed, which is what the file now says.
        assert_eq!((out.skipped[0].rule, out.skipped[0].line, out.skipped[0].column), ("repeated-word", 3, 21));
        assert!(out.skipped[0].reason.contains("not written as-is"), "{:?}", out.skipped);
    }

    #[test]
    fn json_escape_and_decode() {
        assert_eq!(json_escape("a\"b\\c\nd\u{1}é"), "a\\\"b\\\\c\\nd\\u0001é");
        assert!(decodes_to("caf\\u00e9", "café"));
        assert!(!decodes_to("caf\\u00e9\"", "café"));
    }
}
