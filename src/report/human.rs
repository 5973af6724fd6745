//! The human report: findings grouped by file and section, each shown like a compiler error with the
//! source line, the span underlined, the rule id and the suggestions (rendered by annotate-snippets).

use std::fmt::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use std::io;

use super::{FileReport, Outcome, Reporter, Totals};
use crate::diagnostic::{Diagnostic, Severity};
use crate::profile::Profile;

pub struct HumanOptions {
    pub color: bool,
}

/// The human report, one file at a time.
pub struct HumanReporter {
    renderer: Renderer,
}

impl HumanReporter {
    pub fn new(opts: &HumanOptions) -> Self {
        HumanReporter { renderer: if opts.color { Renderer::styled() } else { Renderer::plain() } }
    }
}

impl Reporter for HumanReporter {
    fn file(&mut self, out: &mut dyn io::Write, report: &FileReport) -> io::Result<()> {
        let mut s = String::new();
        match &report.outcome {
            Outcome::Failed { error } => {
                let error = escape_controls(error);
                let title = Level::ERROR.primary_title(error.as_ref());
                let _ = writeln!(s, "{}\n", self.renderer.render(&[Group::with_title(title)]));
            }
            Outcome::Checked { profile, diagnostics } => {
                render_file(&mut s, &self.renderer, &report.path, profile, diagnostics)
            }
        }
        out.write_all(s.as_bytes())
    }

    fn end(&mut self, out: &mut dyn io::Write, totals: &Totals) -> io::Result<()> {
        out.write_all(summary_line(totals).as_bytes())
    }
}

pub fn render(reports: &[FileReport], opts: &HumanOptions) -> String {
    super::render_all(&mut HumanReporter::new(opts), reports)
}

fn render_file(out: &mut String, renderer: &Renderer, path: &str, profile: &Profile, diags: &[Diagnostic]) {
    for w in &profile.warnings {
        let src = &profile.sources[w.source];
        let (line, col) = src.lines.line_col(&src.text, w.offset);
        let title = escape_controls(&format!("{}:{line}:{col}: {}", src.name, w.message)).into_owned();
        let _ = writeln!(out, "{}\n", renderer.render(&[Group::with_title(Level::WARNING.primary_title(title))]));
    }
    if diags.is_empty() {
        return;
    }
    let _ = writeln!(out, "{} ({})", escape_controls(path), profile.format.as_str());
    // A heading per group of findings: an entry's title, dates and description share one label.
    let mut current_label: Option<&str> = None;
    for d in diags {
        let label = profile.sections[d.section].label.as_str();
        if current_label != Some(label) {
            current_label = Some(label);
            let _ = writeln!(out, "\n  {}", escape_controls(label));
        }
        let _ = writeln!(out, "{}\n", render_diagnostic(renderer, profile, d));
    }
}

fn level(sev: Severity) -> Level<'static> {
    match sev {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn render_diagnostic(renderer: &Renderer, profile: &Profile, d: &Diagnostic) -> String {
    let section = &profile.sections[d.section];
    let src = &profile.sources[section.origin.source];
    let file_start = section.origin.to_file(d.span.start);
    let file_end = section.origin.to_file(d.span.end.max(d.span.start)).max(file_start);
    let (line, _) = src.lines.line_col(&src.text, file_start);
    let line_range = src.lines.line_range(&src.text, line);
    let full_line = &src.text[line_range.clone()];
    let start = file_start.clamp(line_range.start, line_range.end) - line_range.start;
    let end = file_end.clamp(line_range.start, line_range.end) - line_range.start;
    let end = if end <= start { next_char_end(full_line, start) } else { end };
    let (line_text, start, end) = clip_line(full_line, start, end);
    let label = match d.suggestions.as_slice() {
        [] => String::new(),
        [only] if only.replacement.is_empty() => super::describe_suggestions(profile, d),
        _ => format!("did you mean {}", super::describe_suggestions(profile, d)),
    };
    let message = escape_controls(&d.message);
    let name = escape_controls(&src.name);
    let mut title_group = level(d.severity).primary_title(message.as_ref()).id(d.rule).element(
        Snippet::source(line_text.as_str())
            .line_start(line)
            .path(name.as_ref())
            .annotation(AnnotationKind::Primary.span(start..end).label(label)),
    );
    for r in &d.related {
        let (rsrc, rline, rcol) = profile.locate(r.section, r.span.start);
        let note = escape_controls(&format!("{} ({}:{rline}:{rcol})", r.message, rsrc.name)).into_owned();
        title_group = title_group.element(Level::NOTE.message(note));
    }
    renderer.render(&[title_group])
}

/// Characters of context shown on each side of a finding; a longer line is cut with `…`, so a
/// one-line 1 MB section does not print 1 MB per finding.
const CONTEXT_CHARS: usize = 120;

/// The part of `line` shown for the span `start..end`, and the span within it. Control characters
/// in it (other than tabs) are escaped as in `escape_controls`.
fn clip_line(line: &str, start: usize, end: usize) -> (String, usize, usize) {
    let from = line[..start].char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    let to = line[end..].char_indices().nth(CONTEXT_CHARS).map_or(line.len(), |(i, _)| end + i);
    let mut shown = String::from(if from > 0 { "…" } else { "" });
    let (mut new_start, mut new_end) = (None, None);
    for (i, c) in line[from..to].char_indices() {
        if from + i == start {
            new_start = Some(shown.len());
        }
        if from + i == end {
            new_end = Some(shown.len());
        }
        if c.is_control() && c != '\t' {
            shown.push_str(&escape_controls(c.encode_utf8(&mut [0; 4])));
        } else {
            shown.push(c);
        }
    }
    let at_end = shown.len();
    if to < line.len() {
        shown.push('…');
    }
    (shown, new_start.unwrap_or(at_end), new_end.unwrap_or(at_end))
}

/// `s` with control characters escaped as the JSON output writes them (`\u001b`, `\n`, `\t`), so a
/// file name or message cannot move the cursor or recolour the terminal.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

fn next_char_end(s: &str, i: usize) -> usize {
    s[i.min(s.len())..].chars().next().map_or(i, |c| i + c.len_utf8())
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `2 files checked (1,234 words): 3 errors, 5 warnings, 1 info; 1 file could not be read`.
pub fn summary_line(t: &Totals) -> String {
    let mut s = format!(
        "{} checked ({}): {}, {}, {}",
        plural(t.files, "file", "files"),
        plural(t.words, "word", "words"),
        plural(t.errors, "error", "errors"),
        plural(t.warnings, "warning", "warnings"),
        plural(t.infos, "info", "infos"),
    );
    if t.files_with_errors > 0 {
        let _ = write!(s, "; {} could not be read", plural(t.files_with_errors, "file", "files"));
    }
    s.push('\n');
    s
}
