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
                let title = Level::ERROR.primary_title(error.as_str());
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
        let title = format!("{}:{line}:{col}: {}", src.name, w.message);
        let _ = writeln!(out, "{}\n", renderer.render(&[Group::with_title(Level::WARNING.primary_title(title))]));
    }
    if diags.is_empty() {
        return;
    }
    let _ = writeln!(out, "{path} ({})", profile.format.as_str());
    // A heading per group of findings: an entry's title, dates and description share one label.
    let mut current_label: Option<&str> = None;
    for d in diags {
        let label = profile.sections[d.section].label.as_str();
        if current_label != Some(label) {
            current_label = Some(label);
            let _ = writeln!(out, "\n  {label}");
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
    let line_text = &src.text[line_range.clone()];
    let start = file_start.clamp(line_range.start, line_range.end) - line_range.start;
    let end = file_end.clamp(line_range.start, line_range.end) - line_range.start;
    let end = if end <= start { next_char_end(line_text, start) } else { end };
    let label = match d.suggestions.as_slice() {
        [] => String::new(),
        [only] if only.replacement.is_empty() => super::describe_suggestions(profile, d),
        _ => format!("did you mean {}", super::describe_suggestions(profile, d)),
    };
    let mut title_group = level(d.severity).primary_title(d.message.as_str()).id(d.rule).element(
        Snippet::source(line_text)
            .line_start(line)
            .path(src.name.as_str())
            .annotation(AnnotationKind::Primary.span(start..end).label(label)),
    );
    for r in &d.related {
        let (rsrc, rline, rcol) = profile.locate(r.section, r.span.start);
        title_group = title_group.element(Level::NOTE.message(format!("{} ({}:{rline}:{rcol})", r.message, rsrc.name)));
    }
    renderer.render(&[title_group])
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
