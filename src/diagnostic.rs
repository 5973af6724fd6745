//! The engine's output: one `Diagnostic` per finding, with byte spans into its section's text.
//! Reporters consume these; nothing here prints.

use std::ops::Range;

use serde::Serialize;

/// How serious a finding is. Ordered so that `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// What kind of problem a rule looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Spelling,
    Grammar,
    Punctuation,
    Style,
    Consistency,
    Completeness,
    /// About a connection invitation (`proofile invite`): the note and who it goes to.
    Invite,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Spelling => "spelling",
            Category::Grammar => "grammar",
            Category::Punctuation => "punctuation",
            Category::Style => "style",
            Category::Consistency => "consistency",
            Category::Completeness => "completeness",
            Category::Invite => "invite",
        }
    }
}

/// A proposed replacement for the flagged span. Only `safe` ones may be applied without a person looking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub replacement: String,
    pub safe: bool,
}

impl Suggestion {
    pub fn safe(replacement: impl Into<String>) -> Self {
        Suggestion { replacement: replacement.into(), safe: true }
    }
    pub fn unsafe_(replacement: impl Into<String>) -> Self {
        Suggestion { replacement: replacement.into(), safe: false }
    }
}

/// Another place in the profile that a finding is about (e.g. the other date that disagrees).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub section: usize,
    pub span: Range<usize>,
    pub message: String,
}

/// The most related places one finding lists (see `Diagnostic::with_related`).
pub const MAX_RELATED: usize = 10;

/// One finding. `section` indexes `Profile::sections`; `span` is a byte range into that section's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub category: Category,
    pub severity: Severity,
    pub section: usize,
    pub span: Range<usize>,
    pub message: String,
    pub suggestions: Vec<Suggestion>,
    pub related: Vec<Related>,
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        category: Category,
        severity: Severity,
        section: usize,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            rule,
            category,
            severity,
            section,
            span,
            message: message.into(),
            suggestions: Vec::new(),
            related: Vec::new(),
        }
    }

    pub fn with_suggestions(mut self, suggestions: Vec<Suggestion>) -> Self {
        self.suggestions = suggestions;
        self
    }

    /// The related places, at most `MAX_RELATED` of them; beyond that, one more entry (at the
    /// finding itself) says how many were left out, so output grows with the findings, not their pairs.
    pub fn with_related(mut self, mut related: Vec<Related>) -> Self {
        if related.len() > MAX_RELATED {
            let more = related.len() - MAX_RELATED;
            related.truncate(MAX_RELATED);
            related.push(Related {
                section: self.section,
                span: self.span.clone(),
                message: format!("and {more} more not listed (at most {MAX_RELATED} related places are listed)"),
            });
        }
        self.related = related;
        self
    }

    /// The deterministic order of a report: section order, then span, then rule id.
    pub fn sort_key(&self) -> (usize, usize, usize, &'static str, &str) {
        (self.section, self.span.start, self.span.end, self.rule, &self.message)
    }
}

/// Sorts and removes exact duplicates, so the output is the same bytes whatever the thread count.
pub fn sort_diagnostics(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diags.dedup_by(|a, b| a.sort_key() == b.sort_key());
}
