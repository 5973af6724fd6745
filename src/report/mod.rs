//! Reporters: each turns checked files into bytes. They only consume diagnostics; none checks.
//! Every reporter streams: `begin`, then `file` for each result in order, then `end` with the
//! totals, so a batch of any size is written with bounded memory.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod sarif;
pub mod summary;

use std::io::{self, Write};

use crate::diagnostic::{Diagnostic, Severity};
use crate::profile::Profile;

/// One input's outcome: a checked profile with its findings, or the error that stopped it.
pub struct FileReport {
    pub path: String,
    pub outcome: Outcome,
}

pub enum Outcome {
    Checked { profile: Box<Profile>, diagnostics: Vec<Diagnostic> },
    Failed { error: String },
}

/// Counts across all files.
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Totals {
    pub files: usize,
    pub files_with_errors: usize,
    pub words: usize,
    pub diagnostics: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Totals {
    pub fn of(reports: &[FileReport]) -> Totals {
        let mut t = Totals::default();
        for r in reports {
            t.add(r);
        }
        t
    }

    /// Counts one more file.
    pub fn add(&mut self, r: &FileReport) {
        self.files += 1;
        match &r.outcome {
            Outcome::Checked { profile, diagnostics } => {
                self.words += profile.word_count();
                self.diagnostics += diagnostics.len();
                for d in diagnostics {
                    match d.severity {
                        Severity::Error => self.errors += 1,
                        Severity::Warning => self.warnings += 1,
                        Severity::Info => self.infos += 1,
                    }
                }
            }
            Outcome::Failed { .. } => self.files_with_errors += 1,
        }
    }
}

/// A streaming report writer.
pub trait Reporter {
    fn begin(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()>;
    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()>;
}

/// Renders a whole batch with one reporter into a string (for tests and small runs).
pub fn render_all(reporter: &mut dyn Reporter, reports: &[FileReport]) -> String {
    let mut buf = Vec::new();
    let _ = reporter.begin(&mut buf);
    for r in reports {
        let _ = reporter.file(&mut buf, r);
    }
    let _ = reporter.end(&mut buf, &Totals::of(reports));
    String::from_utf8_lossy(&buf).into_owned()
}

/// The name to show for a profile: the person's name when the input gives one, else the file stem.
pub fn display_name(report: &FileReport) -> String {
    if let Outcome::Checked { profile, .. } = &report.outcome
        && let Some(n) = &profile.name
    {
        return n.clone();
    }
    std::path::Path::new(&report.path)
        .file_stem()
        .map_or_else(|| report.path.clone(), |s| s.to_string_lossy().into_owned())
}

/// A suggestion as people read it: `‘building’`, or `delete ‘the’` for one that replaces the
/// flagged text with nothing (a repeated word).
pub fn describe_suggestion(flagged: &str, replacement: &str) -> String {
    if replacement.is_empty() { format!("delete ‘{}’", flagged.trim()) } else { format!("‘{replacement}’") }
}

/// Every suggestion of `d`, described (see [`describe_suggestion`]), joined with commas.
pub fn describe_suggestions(profile: &Profile, d: &Diagnostic) -> String {
    let text = &profile.sections[d.section].text;
    let flagged = text.get(d.span.clone()).unwrap_or("");
    d.suggestions.iter().map(|s| describe_suggestion(flagged, &s.replacement)).collect::<Vec<_>>().join(", ")
}
