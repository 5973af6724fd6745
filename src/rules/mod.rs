//! Rules: one file per rule, each with its metadata (id, category, severity, docs, examples)
//! beside its code; `registry.rs` lists them all.

pub mod brands;
pub mod completeness;
pub mod consistency;
pub mod grammar;
pub mod invite;
pub mod lexicon;
pub mod punctuation;
pub mod registry;
pub mod spelling;
pub mod style;
pub(crate) use style::PhraseSet;
#[cfg(test)]
pub mod testing;

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::profile::{Profile, Section, SectionKind};
use crate::spell::{ProfileWords, SpellChecker};
use crate::text::Token;

pub use registry::{all_rules, find_rule};

/// What a rule is, for `proofile rules` and `proofile explain`.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id used in reports and configuration, e.g. `repeated-word`.
    pub id: &'static str,
    pub category: Category,
    pub default_severity: Severity,
    /// Section kinds the rule looks at; empty means all.
    pub sections: &'static [SectionKind],
    /// One line for `proofile rules`.
    pub summary: &'static str,
    /// What it does, why, and what to write instead (for `proofile explain`).
    pub description: &'static str,
    /// Example text the rule flags (each must give at least one finding).
    pub flags: &'static [&'static str],
    /// Example text the rule accepts (each must give none).
    pub accepts: &'static [&'static str],
    /// Off unless turned on in the configuration.
    pub default_enabled: bool,
}

impl RuleMeta {
    pub fn applies_to(&self, kind: SectionKind) -> bool {
        self.sections.is_empty() || self.sections.contains(&kind)
    }
}

/// Options rules read (set from the configuration).
#[derive(Debug, Clone)]
pub struct RuleOptions {
    /// `long-sentence`: words above which a sentence is too long.
    pub max_sentence_words: usize,
    /// `emoji-overuse`: emoji allowed in one section before it is reported.
    pub max_emoji_per_section: usize,
    /// `date-gap`: months between roles above which a gap is reported.
    pub max_gap_months: u32,
    /// `stale-profile`: years since the latest role ended above which the profile reads as out of date.
    pub stale_years: u32,
    /// "Today" for the date rules: the system date unless set (tests set it).
    pub today: crate::profile::DateValue,
    /// `buzzword`: extra phrases to report, and listed phrases not to report.
    pub buzzwords_add: Vec<String>,
    pub buzzwords_remove: Vec<String>,
    /// `invite-note-length`: the most characters a connection note may have (LinkedIn: 300), and the
    /// lower limit some accounts have (200); see the rule's docs for the sources.
    pub note_max_chars: usize,
    pub note_lower_limit: usize,
    /// `fix --convert-dialect`: with an explicit dialect, dialect spellings (`optimize` under en-GB)
    /// become safe fixes. Off by default: converting a dialect is a choice, never a default fix.
    pub convert_dialect: bool,
}

impl Default for RuleOptions {
    fn default() -> Self {
        RuleOptions {
            max_sentence_words: 35,
            max_emoji_per_section: 3,
            max_gap_months: 6,
            stale_years: 2,
            today: crate::profile::dates::today(),
            buzzwords_add: Vec::new(),
            buzzwords_remove: Vec::new(),
            note_max_chars: invite::note_length::DEFAULT_MAX_CHARS,
            note_lower_limit: invite::note_length::DEFAULT_LOWER_LIMIT,
            convert_dialect: false,
        }
    }
}

/// Everything a rule may read while checking one section.
pub struct SectionContext<'a> {
    pub profile: &'a Profile,
    pub index: usize,
    pub section: &'a Section,
    pub tokens: &'a [Token],
    pub spell: &'a SpellChecker,
    pub names: &'a ProfileWords,
    pub options: &'a RuleOptions,
    /// Results worked out once per check of a profile and shared by its sections.
    pub shared: &'a SharedAnalysis,
}

/// What a section rule needs to know about many sections at once, worked out by the first section
/// that asks and kept for the rest of one check of one profile (asking it afresh per section was
/// quadratic in the number of sections).
#[derive(Debug, Default)]
pub struct SharedAnalysis {
    /// `sentence-capitalization`: for each list of bullet sections (kind, path before `[`), how many
    /// bullets open with a judgeable word and how many of those are lower case.
    pub bullet_lists: std::sync::OnceLock<std::collections::HashMap<(SectionKind, String), (usize, usize)>>,
}

impl SectionContext<'_> {
    pub fn text(&self) -> &str {
        &self.section.text
    }

    /// A finding of `meta`'s rule at `span` of this section, at the rule's default severity.
    pub fn diag(&self, meta: &RuleMeta, span: std::ops::Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(meta.id, meta.category, meta.default_severity, self.index, span, message)
    }
}

/// Everything a rule may read while checking the whole profile.
pub struct ProfileContext<'a> {
    pub profile: &'a Profile,
    pub spell: &'a SpellChecker,
    pub options: &'a RuleOptions,
}

/// A check. Section rules run per section (in parallel); profile rules run once per profile.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check_section(&self, _cx: &SectionContext<'_>, _out: &mut Vec<Diagnostic>) {}
    fn check_profile(&self, _cx: &ProfileContext<'_>, _out: &mut Vec<Diagnostic>) {}
}
