//! The engine: runs the enabled rules over a profile's sections in parallel, then the whole-profile
//! rules, and returns the diagnostics in a deterministic order.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Severity, sort_diagnostics};
use crate::profile::Profile;
use crate::rules::{ProfileContext, Rule, RuleOptions, SectionContext, all_rules};
use crate::spell::{Dialect, ProfileWords, SpellChecker, WordList};

/// The most findings a report shows for one profile (`Checker::check_for_report`); beyond it the
/// report carries a warning with the number left out. Documented in README ("Limits").
pub const MAX_FINDINGS_PER_PROFILE: usize = 10_000;

/// Which findings make the exit status 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FailOn {
    Info,
    #[default]
    Warning,
    Error,
    /// Findings never fail the run.
    Never,
}

impl FailOn {
    pub fn parse(s: &str) -> Option<FailOn> {
        match s.to_ascii_lowercase().as_str() {
            "info" => Some(FailOn::Info),
            "warning" | "warn" => Some(FailOn::Warning),
            "error" => Some(FailOn::Error),
            "never" | "none" => Some(FailOn::Never),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FailOn::Info => "info",
            FailOn::Warning => "warning",
            FailOn::Error => "error",
            FailOn::Never => "never",
        }
    }

    /// Whether a finding of `severity` fails the run.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailOn::Info => true,
            FailOn::Warning => severity >= Severity::Warning,
            FailOn::Error => severity >= Severity::Error,
            FailOn::Never => false,
        }
    }
}

/// What to check and how: which rules, at which severity, with which words.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub dialect: Dialect,
    pub fail_on: FailOn,
    pub words: WordList,
    /// Rule id → on/off, overriding the rule's default.
    pub enabled: HashMap<String, bool>,
    /// Rule id → severity, overriding the rule's default.
    pub severity: HashMap<String, Severity>,
    pub options: RuleOptions,
}

/// A ready checker: dictionaries loaded, rules chosen. Build one and share it across profiles.
pub struct Checker {
    fail_on: FailOn,
    spell: SpellChecker,
    /// Each enabled rule and its configured severity; `None` keeps the severity the rule gives each
    /// finding (its default, or lower where the evidence is weaker).
    rules: Vec<(&'static dyn Rule, Option<Severity>)>,
    options: RuleOptions,
}

impl Checker {
    pub fn new(settings: Settings) -> Checker {
        let rules = all_rules()
            .iter()
            .copied()
            .filter(|r| settings.enabled.get(r.meta().id).copied().unwrap_or(r.meta().default_enabled))
            .map(|r| (r, settings.severity.get(r.meta().id).copied()))
            .collect();
        Checker {
            fail_on: settings.fail_on,
            spell: SpellChecker::new(settings.dialect, settings.words),
            rules,
            options: settings.options,
        }
    }

    /// Only the given rules, at their default severity (for tests and `explain`).
    pub fn with_rules(ids: &[&str], settings: Settings) -> Checker {
        let mut settings = settings;
        for r in all_rules() {
            settings.enabled.insert(r.meta().id.to_string(), ids.contains(&r.meta().id));
        }
        Checker::new(settings)
    }

    pub fn fail_on(&self) -> FailOn {
        self.fail_on
    }

    pub fn spell(&self) -> &SpellChecker {
        &self.spell
    }

    /// The rule options in effect.
    pub fn options(&self) -> &RuleOptions {
        &self.options
    }

    /// `None` when rule `id` is off; else its configured severity (`None` inside: the rule's own).
    pub fn rule_setting(&self, id: &str) -> Option<Option<Severity>> {
        self.rules.iter().find(|(r, _)| r.meta().id == id).map(|(_, s)| *s)
    }

    /// The ids of the rules this checker runs.
    pub fn rule_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|(r, _)| r.meta().id)
    }

    /// The findings for a report: those of `check`, at most `MAX_FINDINGS_PER_PROFILE` of them (the
    /// most severe, in report order); when some are left out, a warning saying how many is added to the profile, so
    /// the report says so. Output stays proportional to the input whatever the input is.
    pub fn check_for_report(&self, profile: &mut Profile) -> Vec<Diagnostic> {
        let mut diags = self.check(profile);
        if diags.len() > MAX_FINDINGS_PER_PROFILE {
            let more = diags.len() - MAX_FINDINGS_PER_PROFILE;
            // Keep the most severe (errors before warnings before infos; earlier first among
            // equals), then put them back in report order.
            let mut order: Vec<usize> = (0..diags.len()).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(diags[i].severity));
            let mut keep = vec![false; diags.len()];
            for &i in &order[..MAX_FINDINGS_PER_PROFILE] {
                keep[i] = true;
            }
            let mut k = keep.into_iter();
            diags.retain(|_| k.next().unwrap_or(false));
            profile.warnings.push(crate::profile::ReadWarning {
                source: 0,
                offset: 0,
                message: format!(
                    "{more} more findings not shown: at most {MAX_FINDINGS_PER_PROFILE} are reported per profile, the most severe first"
                ),
            });
        }
        // Counted here, on the thread that checked the profile, not later by the report writer.
        profile.word_count();
        diags
    }

    /// All findings for `profile`, sorted by section, span and rule id.
    pub fn check(&self, profile: &Profile) -> Vec<Diagnostic> {
        let names = ProfileWords::new(&profile.vocabulary);
        let shared = crate::rules::SharedAnalysis::default();
        let mut diags: Vec<Diagnostic> = profile
            .sections
            .par_iter()
            .enumerate()
            .flat_map_iter(|(index, section)| {
                let tokens = section.tokens();
                let cx = SectionContext {
                    profile,
                    index,
                    section,
                    tokens,
                    spell: &self.spell,
                    names: &names,
                    options: &self.options,
                    shared: &shared,
                };
                let large = section.text.len() >= PARALLEL_RULES_BYTES;
                run_rules(&self.rules, large, |rule, out| {
                    if rule.meta().applies_to(section.kind) {
                        rule.check_section(&cx, out);
                    }
                })
            })
            .collect();
        let cx = ProfileContext { profile, spell: &self.spell, options: &self.options };
        let large = profile.sections.iter().map(|s| s.text.len()).sum::<usize>() >= PARALLEL_RULES_BYTES;
        diags.extend(run_rules(&self.rules, large, |rule, out| rule.check_profile(&cx, out)));
        diags.retain(|d| !profile.is_suppressed(d.rule, d.section, d.span.start));
        sort_diagnostics(&mut diags);
        drop_same_fix_duplicates(&mut diags);
        diags
    }
}

/// A section (or profile) of this many bytes has its rules run side by side: a batch keeps every
/// thread busy with its profiles, one long document would keep only one.
const PARALLEL_RULES_BYTES: usize = 32 * 1024;

/// The findings of `check` run for each rule, in rule order (so the same bytes on any thread count),
/// each with its configured severity; the rules run in parallel when `parallel`.
fn run_rules<F>(rules: &[(&'static dyn Rule, Option<Severity>)], parallel: bool, check: F) -> Vec<Diagnostic>
where
    F: Fn(&'static dyn Rule, &mut Vec<Diagnostic>) + Sync,
{
    let one = |&(rule, severity): &(&'static dyn Rule, Option<Severity>)| {
        let mut out = Vec::new();
        check(rule, &mut out);
        if let Some(severity) = severity {
            for d in &mut out {
                d.severity = severity;
            }
        }
        out
    };
    if parallel {
        rules.par_iter().map(one).collect::<Vec<_>>().into_iter().flatten().collect()
    } else {
        rules.iter().flat_map(one).collect()
    }
}

/// Where two rules flag exactly the same span, the first rule's finding says it better and the
/// second's is dropped, whatever their fixes: "alot" is a confused word with a reason, not just an
/// unknown word, and "softwares" a plural of a noun never counted.
const SUPERSEDES: &[(&str, &str)] = &[
    ("confused-words", "spelling"),
    ("uncountable-plural", "spelling"),
    ("irregular-plural", "spelling"),
    ("contraction-apostrophe", "spelling"),
];

/// Two rules that flag the same span with the same fix (`spelling` and `term-casing` on `Github` →
/// `GitHub`) are one finding: keep the rule listed first in the registry. A pair in `SUPERSEDES` is
/// one finding whatever the fixes.
fn drop_same_fix_duplicates(diags: &mut Vec<Diagnostic>) {
    let order = |id: &str| all_rules().iter().position(|r| r.meta().id == id).unwrap_or(usize::MAX);
    let fix = |d: &Diagnostic| d.suggestions.first().map(|s| s.replacement.clone());
    let mut keep = vec![true; diags.len()];
    for i in 0..diags.len() {
        for j in i + 1..diags.len() {
            let (a, b) = (&diags[i], &diags[j]);
            if a.section != b.section || a.span != b.span {
                break;
            }
            if SUPERSEDES.contains(&(a.rule, b.rule)) {
                keep[j] = false;
            } else if SUPERSEDES.contains(&(b.rule, a.rule)) {
                keep[i] = false;
            } else if fix(a).is_some() && fix(a) == fix(b) {
                let drop = if order(a.rule) <= order(b.rule) { j } else { i };
                keep[drop] = false;
            }
        }
    }
    let mut k = keep.into_iter();
    diags.retain(|_| k.next().unwrap_or(true));
}
