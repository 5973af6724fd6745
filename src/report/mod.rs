//! Reporters: each turns checked files into bytes. They only consume diagnostics; none checks.

pub mod human;
pub mod json;

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
        let mut t = Totals { files: reports.len(), ..Totals::default() };
        for r in reports {
            match &r.outcome {
                Outcome::Checked { profile, diagnostics } => {
                    t.words += profile.word_count();
                    t.diagnostics += diagnostics.len();
                    for d in diagnostics {
                        match d.severity {
                            Severity::Error => t.errors += 1,
                            Severity::Warning => t.warnings += 1,
                            Severity::Info => t.infos += 1,
                        }
                    }
                }
                Outcome::Failed { .. } => t.files_with_errors += 1,
            }
        }
        t
    }
}
