//! The HTML team report: one self-contained page for a batch (no network, no external assets; it
//! works from disk and as an e-mail attachment). At a glance, a sortable table of profiles worst
//! first, a section-by-category heat map, company and product names written differently across
//! profiles, then each profile's findings with their sentence, and the rules' explanations. Like
//! every reporter it only consumes diagnostics. The styles and the small script live beside this
//! file (`html/report.css`, `html/report.js`) and are embedded at build time.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{FileReport, Outcome, Reporter, Totals, describe_suggestions, display_name};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::invite::{VerdictLine, VerdictStatus, profile_reasons};
use crate::profile::{Field, Profile, SectionKind};
use crate::rules::find_rule;
use crate::text::TokenKind;

const CSS: &str = include_str!("html/report.css");
const JS: &str = include_str!("html/report.js");

/// Up to this many profiles (worst first), each finding is written into the page, readable without
/// the script and printed; the rest travel as compact JSON and are drawn when their profile is
/// opened, so a batch of 10,000 stays a page a browser opens at once.
pub const INLINE_PROFILES: usize = 300;
/// Characters of the sentence shown on each side of a finding.
const CONTEXT_CHARS: usize = 90;
/// Places kept per spelling of a name (the count goes on).
const PLACES_PER_FORM: usize = 8;
/// Rows of the profiles table shown at once (the script pages through the rest).
const TABLE_PAGE: usize = 50;
/// Rules shown in the "findings by rule" chart.
const CHART_RULES: usize = 15;

const CATEGORIES: [Category; 6] = [
    Category::Spelling,
    Category::Grammar,
    Category::Punctuation,
    Category::Style,
    Category::Consistency,
    Category::Completeness,
];

/// The HTML reporter. It keeps a compact summary of each profile until the end, because the page
/// opens with the whole batch's picture.
pub struct HtmlReporter {
    inline_limit: usize,
    monochrome: bool,
    profiles: Vec<ProfileData>,
    by_rule: BTreeMap<&'static str, (usize, usize)>,
    by_category: BTreeMap<Category, usize>,
    heat: BTreeMap<(SectionKind, Category), usize>,
    companies: HashMap<String, Forms>,
    products: HashMap<String, Forms>,
}

impl Default for HtmlReporter {
    fn default() -> Self {
        HtmlReporter::with_inline_limit(INLINE_PROFILES)
    }
}

struct ProfileData {
    name: String,
    path: String,
    error: Option<String>,
    words: usize,
    /// Errors, warnings, infos.
    counts: [usize; 3],
    top: Vec<(&'static str, usize)>,
    marks: Option<Marks>,
    /// The profile's own reasons an invitation from it is declined (`invite::profile_reasons`).
    reasons: Vec<VerdictLine>,
    findings: Vec<Finding>,
}

/// What the profile has, for the completeness columns; `None` where it does not apply.
struct Marks {
    photo: Option<bool>,
    headline: bool,
    summary: bool,
    current: Option<bool>,
    up_to_date: Option<bool>,
}

struct Finding {
    severity: Severity,
    rule: &'static str,
    label: String,
    place: String,
    before: String,
    flagged: String,
    after: String,
    message: String,
    suggestions: String,
}

/// Spellings of one name: written form → (uses, places as (profile in input order, file:line:col)).
type Forms = BTreeMap<String, (usize, Vec<(usize, String)>)>;

impl HtmlReporter {
    /// A reporter that writes every finding of the first `limit` profiles (worst first) into the page.
    pub fn with_inline_limit(limit: usize) -> Self {
        HtmlReporter {
            inline_limit: limit,
            monochrome: false,
            profiles: Vec::new(),
            by_rule: BTreeMap::new(),
            by_category: BTreeMap::new(),
            heat: BTreeMap::new(),
            companies: HashMap::new(),
            products: HashMap::new(),
        }
    }

    /// A page without colour (for `NO_COLOR`): severity and marks keep their words and shapes.
    pub fn monochrome(mut self, on: bool) -> Self {
        self.monochrome = on;
        self
    }

    fn add_names(&mut self, seq: usize, profile: &Profile) {
        for entry in &profile.experience {
            let Some(company) = entry.company.as_deref().map(str::trim).filter(|c| !c.is_empty()) else {
                continue;
            };
            let key = company_key(company);
            if key.is_empty() {
                continue;
            }
            // The company's place: where its name is written in one of the entry's sections.
            let place = entry
                .sections
                .iter()
                .find_map(|&i| profile.sections.get(i)?.text.find(company).map(|at| (i, at)))
                .or_else(|| entry.sections.first().map(|&i| (i, 0)))
                .map(|(i, at)| place(profile, i, at))
                .unwrap_or_default();
            add_form(&mut self.companies, key, company, seq, place);
        }
        for (i, section) in profile.sections.iter().enumerate() {
            if !(section.is_prose() || section.kind == SectionKind::Headline) || section.field == Field::Name {
                continue;
            }
            let text = &section.text;
            for t in section.tokens().iter().filter(|t| t.kind == TokenKind::Word) {
                let word = t.text(text);
                if word.chars().count() < 3
                    || !word.chars().any(char::is_uppercase)
                    || !word.chars().any(char::is_lowercase)
                    || !word.chars().all(char::is_alphanumeric)
                    || opens_sentence(text, t.span.start)
                {
                    continue;
                }
                add_form(&mut self.products, word.to_lowercase(), word, seq, place(profile, i, t.span.start));
            }
        }
    }
}

fn add_form(map: &mut HashMap<String, Forms>, key: String, form: &str, seq: usize, place: String) {
    let forms = map.entry(key).or_default();
    let (n, places) = forms.entry(form.to_string()).or_default();
    *n += 1;
    if places.len() < PLACES_PER_FORM && places.last().is_none_or(|(s, _)| *s != seq) {
        places.push((seq, place));
    }
}

/// A company's name without case, punctuation or legal form: `Acme Inc.`, `ACME` and `Acme` are one.
fn company_key(name: &str) -> String {
    const LEGAL: &[&str] =
        &["inc", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "co", "plc", "ag", "sa", "bv", "company"];
    let mut words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.chars().filter(|c| c.is_alphanumeric() || *c == '&').collect::<String>().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && words.last().is_some_and(|w| LEGAL.contains(&w.as_str())) {
        words.pop();
    }
    words.join(" ")
}

/// Whether the word at `pos` starts a sentence, a line or a bullet (its capital says nothing).
fn opens_sentence(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end_matches([' ', '\t', '"', '“', '‘', '(', '*', '•', '-', '–']);
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n', ';', '|', '·'])
}

fn place(profile: &Profile, section: usize, offset: usize) -> String {
    let (src, line, col) = profile.locate(section, offset);
    format!("{}:{line}:{col}", src.name)
}

fn sev_index(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The finding's sentence, cut around the flagged words: (before, flagged, after).
fn context(profile: &Profile, d: &Diagnostic) -> (String, String, String) {
    let section = &profile.sections[d.section];
    let text = &section.text;
    let (Some(_), true) = (text.get(d.span.clone()), d.span.start <= d.span.end) else {
        return Default::default();
    };
    let sentence = section
        .sentences()
        .iter()
        .find(|r| r.start <= d.span.start && d.span.start < r.end.max(r.start + 1))
        .cloned()
        .unwrap_or(0..text.len());
    let (start, end) = (sentence.start.min(d.span.start), sentence.end.max(d.span.end).min(text.len()));
    let (Some(before), Some(after)) = (text.get(start..d.span.start), text.get(d.span.end..end)) else {
        return Default::default();
    };
    let n = before.chars().count();
    let before = if n > CONTEXT_CHARS {
        format!("…{}", before.chars().skip(n - CONTEXT_CHARS).collect::<String>())
    } else {
        before.to_string()
    };
    let after = if after.chars().count() > CONTEXT_CHARS {
        format!("{}…", after.chars().take(CONTEXT_CHARS).collect::<String>())
    } else {
        after.to_string()
    };
    let flagged = &text[d.span.clone()];
    let flagged = if flagged.chars().count() > 2 * CONTEXT_CHARS {
        format!("{}…", flagged.chars().take(2 * CONTEXT_CHARS).collect::<String>())
    } else {
        flagged.to_string()
    };
    (before, flagged, after)
}

fn marks(profile: &Profile, diagnostics: &[Diagnostic]) -> Marks {
    let has = |kind: SectionKind| profile.sections.iter().any(|s| s.kind == kind && !s.text.trim().is_empty());
    let flagged = |rule: &str| diagnostics.iter().any(|d| d.rule == rule);
    let has_roles = !profile.experience.is_empty();
    Marks {
        photo: profile.carries_photo().then(|| profile.image.as_deref().is_some_and(|i| !i.trim().is_empty())),
        headline: has(SectionKind::Headline) && !flagged("missing-headline"),
        summary: has(SectionKind::Summary) && !flagged("missing-summary"),
        current: has_roles.then(|| profile.experience.iter().any(|e| e.is_current())),
        up_to_date: has_roles.then(|| !flagged("stale-profile")),
    }
}

impl Reporter for HtmlReporter {
    fn file(&mut self, _out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        let seq = self.profiles.len();
        let mut data = ProfileData {
            name: display_name(report),
            path: report.path.clone(),
            error: None,
            words: 0,
            counts: [0; 3],
            top: Vec::new(),
            marks: None,
            reasons: Vec::new(),
            findings: Vec::new(),
        };
        match &report.outcome {
            Outcome::Failed { error } => data.error = Some(error.clone()),
            Outcome::Checked { profile, diagnostics } => {
                data.words = profile.word_count();
                data.marks = Some(marks(profile, diagnostics));
                data.reasons = profile_reasons(profile, diagnostics);
                let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
                for d in diagnostics {
                    data.counts[sev_index(d.severity)] += 1;
                    *counts.entry(d.rule).or_default() += 1;
                    *self.by_category.entry(d.category).or_default() += 1;
                    let kind = profile.sections.get(d.section).map_or(SectionKind::Other, |s| s.kind);
                    *self.heat.entry((kind, d.category)).or_default() += 1;
                    let (before, flagged, after) = context(profile, d);
                    data.findings.push(Finding {
                        severity: d.severity,
                        rule: d.rule,
                        label: profile.sections.get(d.section).map(|s| s.label.clone()).unwrap_or_default(),
                        place: place(profile, d.section, d.span.start),
                        before,
                        flagged,
                        after,
                        message: d.message.clone(),
                        suggestions: describe_suggestions(profile, d),
                    });
                }
                for (rule, n) in &counts {
                    let e = self.by_rule.entry(rule).or_default();
                    e.0 += n;
                    e.1 += 1;
                }
                let mut top: Vec<(&'static str, usize)> = counts.into_iter().collect();
                top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                top.truncate(3);
                data.top = top;
                self.add_names(seq, profile);
            }
        }
        self.profiles.push(data);
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        let profiles = std::mem::take(&mut self.profiles);
        // Worst first: unreadable, then most errors, warnings, infos; ties by path.
        let mut order: Vec<usize> = (0..profiles.len()).collect();
        order.sort_by(|&a, &b| {
            let (a, b) = (&profiles[a], &profiles[b]);
            (b.error.is_some(), b.counts[0], b.counts[1], b.counts[2])
                .cmp(&(a.error.is_some(), a.counts[0], a.counts[1], a.counts[2]))
                .then(a.path.cmp(&b.path))
        });
        let mut rank_of = vec![0; profiles.len()];
        for (rank, &i) in order.iter().enumerate() {
            rank_of[i] = rank;
        }
        let mut page = String::with_capacity(64 * 1024);
        self.head(&mut page, totals);
        self.glance(&mut page, totals, &profiles, &order);
        table(&mut page, &profiles, &order);
        self.heat_map(&mut page);
        self.consistency(&mut page, &profiles, &rank_of);
        out.write_all(page.as_bytes())?;
        // The per-profile findings, written a profile at a time; beyond the inline limit, as JSON
        // keyed by rank (no element per profile: a page of 10,000 stays quick to open).
        let mut lazy = serde_json::Map::new();
        let rule_index: BTreeMap<&str, usize> = self.by_rule.keys().enumerate().map(|(i, r)| (*r, i)).collect();
        page.clear();
        page.push_str("<section aria-labelledby=\"h-details\">\n<h2 id=\"h-details\">Findings by profile</h2>\n");
        if profiles.len() > self.inline_limit {
            let _ = writeln!(
                page,
                "<p class=\"muted\">The {} profiles most in need of attention are below; select any other name in \
                 the table to see its findings here (this needs JavaScript; <code>proofile check FILE</code> shows \
                 them too).</p>",
                self.inline_limit
            );
        }
        for (rank, &i) in order.iter().enumerate() {
            let p = &profiles[i];
            if rank < self.inline_limit {
                profile_details(&mut page, rank, p);
            } else {
                let findings: Vec<serde_json::Value> = p
                    .findings
                    .iter()
                    .map(|f| {
                        serde_json::json!([
                            sev_index(f.severity),
                            rule_index.get(f.rule).copied().unwrap_or(0),
                            f.label,
                            f.place,
                            f.before,
                            f.flagged,
                            f.after,
                            f.message,
                            f.suggestions
                        ])
                    })
                    .collect();
                let reasons: Vec<serde_json::Value> = p
                    .reasons
                    .iter()
                    .map(|l| {
                        let (class, glyph) = reason_mark(l.status);
                        serde_json::json!([class, glyph, reason_text(l)])
                    })
                    .collect();
                let entry = serde_json::json!([p.name, p.path, counts_text(p), p.error, findings, reasons]);
                lazy.insert(rank.to_string(), entry);
            }
            if page.len() > 1 << 20 {
                out.write_all(page.as_bytes())?;
                page.clear();
            }
        }
        page.push_str("<div id=\"lazy-profiles\"></div>\n</section>\n");
        self.glossary(&mut page);
        page.push_str("</main>\n");
        if !lazy.is_empty() {
            let data = serde_json::json!({ "rules": self.by_rule.keys().collect::<Vec<_>>(), "profiles": lazy });
            let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".into()).replace('<', "\\u003c");
            let _ = writeln!(page, "<script type=\"application/json\" id=\"proofile-lazy\">{json}</script>");
        }
        let _ = writeln!(page, "<script>\n{JS}</script>\n</body>\n</html>");
        out.write_all(page.as_bytes())
    }
}

impl HtmlReporter {
    fn head(&self, s: &mut String, totals: &Totals) {
        let _ = write!(
            s,
            "<!DOCTYPE html>\n<html lang=\"en\"{}>\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"proofile {}\">\n<title>proofile report: {}</title>\n\
             <style>\n{CSS}</style>\n<noscript><style>tr.hidden {{ display: table-row; }}</style></noscript>\n</head>\n<body>\n<header>\n<h1>Profile check: {}</h1>\n\
             <p class=\"muted\">proofile {}: spelling, grammar, style, consistency and completeness of \
             professional profiles. Every finding names its file, line and column.</p>\n</header>\n\
             <nav class=\"toc\" aria-label=\"Contents\"><ul><li><a href=\"#h-glance\">At a glance</a></li>\
             <li><a href=\"#h-profiles\">Profiles</a></li><li><a href=\"#h-heat\">Sections and kinds</a></li>\
             <li><a href=\"#h-names\">Names across profiles</a></li><li><a href=\"#h-details\">Findings by profile</a></li>\
             <li><a href=\"#h-rules\">Rules</a></li></ul></nav>\n<main>\n",
            if self.monochrome { " class=\"mono\"" } else { "" },
            env!("CARGO_PKG_VERSION"),
            plural(totals.files, "profile", "profiles"),
            plural(totals.files, "profile", "profiles"),
            env!("CARGO_PKG_VERSION"),
        );
    }

    fn glance(&self, s: &mut String, totals: &Totals, profiles: &[ProfileData], order: &[usize]) {
        s.push_str(
            "<section aria-labelledby=\"h-glance\">\n<h2 id=\"h-glance\">At a glance</h2>\n<dl class=\"cards\">\n",
        );
        let card = |s: &mut String, class: &str, label: &str, n: usize| {
            let _ = writeln!(s, "<div class=\"card {class}\"><dt>{label}</dt><dd>{}</dd></div>", thousands(n));
        };
        card(s, "", "Profiles checked", totals.files);
        card(s, "", "Words", totals.words);
        card(s, "error", "Errors", totals.errors);
        card(s, "warning", "Warnings", totals.warnings);
        card(s, "info", "Infos", totals.infos);
        if totals.files_with_errors > 0 {
            card(s, "error", "Could not be read", totals.files_with_errors);
        }
        s.push_str("</dl>\n");
        let all = (totals.errors + totals.warnings + totals.infos).max(1);
        let _ = writeln!(
            s,
            "<div class=\"stack\" role=\"img\" aria-label=\"Findings by severity: {} errors, {} warnings, {} infos\">\
             <span class=\"s-error\" style=\"width:{:.2}%\"></span><span class=\"s-warning\" style=\"width:{:.2}%\"></span>\
             <span class=\"s-info\" style=\"width:{:.2}%\"></span></div>",
            totals.errors,
            totals.warnings,
            totals.infos,
            100.0 * totals.errors as f64 / all as f64,
            100.0 * totals.warnings as f64 / all as f64,
            100.0 * totals.infos as f64 / all as f64,
        );
        s.push_str("<div class=\"glance-grid\">\n<div>\n<h3>Most in need of attention</h3>\n<ol>\n");
        let needy: Vec<(usize, &usize)> = order
            .iter()
            .enumerate()
            .filter(|(_, i)| profiles[**i].error.is_some() || profiles[**i].counts[0] + profiles[**i].counts[1] > 0)
            .take(5)
            .collect();
        if needy.is_empty() {
            s.push_str("<li>None: no profile has an error or a warning.</li>\n");
        }
        for (rank, &i) in needy {
            let p = &profiles[i];
            let what = match &p.error {
                Some(_) => "could not be read".to_string(),
                None => format!(
                    "{}, {}, {}",
                    plural(p.counts[0], "error", "errors"),
                    plural(p.counts[1], "warning", "warnings"),
                    plural(p.counts[2], "info", "infos")
                ),
            };
            let _ =
                writeln!(s, "<li><a href=\"#p-{rank}\">{}</a> <span class=\"muted\">{what}</span></li>", esc(&p.name));
        }
        s.push_str("</ol>\n<h3>Findings by category</h3>\n");
        let cats: Vec<(String, usize)> = CATEGORIES
            .iter()
            .map(|c| (c.as_str().to_string(), self.by_category.get(c).copied().unwrap_or(0)))
            .collect();
        bars(s, "Findings by category", &cats);
        s.push_str("</div>\n<div>\n<h3>Findings by rule</h3>\n");
        let mut rules: Vec<(&str, usize)> = self.by_rule.iter().map(|(r, (n, _))| (*r, *n)).collect();
        rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let shown: Vec<(String, usize)> = rules.iter().take(CHART_RULES).map(|(r, n)| (r.to_string(), *n)).collect();
        bars(s, "Findings by rule", &shown);
        if rules.len() > CHART_RULES {
            let rest: usize = rules[CHART_RULES..].iter().map(|r| r.1).sum();
            let _ = writeln!(
                s,
                "<p class=\"muted\">and {} more rules with {} findings</p>",
                rules.len() - CHART_RULES,
                thousands(rest)
            );
        }
        s.push_str("</div>\n</div>\n</section>\n");
    }

    fn heat_map(&self, s: &mut String) {
        s.push_str(
            "<section aria-labelledby=\"h-heat\">\n<h2 id=\"h-heat\">Sections and kinds of findings</h2>\n\
             <p class=\"muted\">Findings across the team by the section they sit in and their kind: the darker \
             the cell, the more findings.</p>\n<div class=\"table-wrap\"><table class=\"heat\">\n\
             <caption class=\"sr\">Findings by section and category</caption>\n<thead><tr><th scope=\"col\">Section</th>",
        );
        for c in CATEGORIES {
            let _ = write!(s, "<th scope=\"col\">{}</th>", c.as_str());
        }
        s.push_str("<th scope=\"col\">all</th></tr></thead>\n<tbody>\n");
        let max = self.heat.values().copied().max().unwrap_or(0).max(1);
        for kind in SectionKind::ALL {
            let row: Vec<usize> = CATEGORIES.iter().map(|c| self.heat.get(&(kind, *c)).copied().unwrap_or(0)).collect();
            let _ = write!(s, "<tr><th scope=\"row\">{}</th>", section_name(kind));
            for n in &row {
                let v = *n as f64 / max as f64;
                let hot = if v > 0.55 { " class=\"hot\"" } else { "" };
                let _ = write!(s, "<td{hot} style=\"--v:{v:.3}\">{}</td>", thousands(*n));
            }
            let _ = writeln!(s, "<td>{}</td></tr>", thousands(row.iter().sum()));
        }
        s.push_str("</tbody>\n</table></div>\n</section>\n");
    }

    fn consistency(&self, s: &mut String, profiles: &[ProfileData], rank_of: &[usize]) {
        s.push_str(
            "<section aria-labelledby=\"h-names\">\n<h2 id=\"h-names\">Names written differently across profiles</h2>\n\
             <p class=\"muted\">The same company or product spelled more than one way in the team's profiles, once \
             each, with the places (the first few for each spelling).</p>\n",
        );
        let groups = |map: &HashMap<String, Forms>| -> Vec<(String, Forms, usize)> {
            let mut out: Vec<(String, Forms, usize)> = map
                .iter()
                .filter(|(_, forms)| forms.len() > 1)
                .map(|(k, forms)| {
                    let people: BTreeSet<usize> =
                        forms.values().flat_map(|(_, places)| places.iter().map(|(p, _)| *p)).collect();
                    (k.clone(), forms.clone(), people.len())
                })
                .filter(|(_, _, people)| *people > 1)
                .collect();
            out.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
            out.truncate(100);
            out
        };
        let mut any = false;
        for (title, map) in [("Companies", &self.companies), ("Products and other names", &self.products)] {
            let list = groups(map);
            if list.is_empty() {
                continue;
            }
            any = true;
            let _ = writeln!(s, "<h3>{title}</h3>\n<ul class=\"spellings\">");
            for (_, forms, people) in list {
                s.push_str("<li>");
                let written: Vec<String> = forms
                    .iter()
                    .map(|(form, (n, _))| format!("<span class=\"form\">{}</span> ({n}×)", esc(form)))
                    .collect();
                let _ = write!(s, "{} <span class=\"muted\">in {people} profiles</span><ul>", written.join(" / "));
                for (form, (_, places)) in &forms {
                    let links: Vec<String> = places
                        .iter()
                        .map(|(p, at)| {
                            format!(
                                "<a href=\"#p-{}\">{}</a> <span class=\"where\">{}</span>",
                                rank_of[*p],
                                esc(&profiles[*p].name),
                                esc(at)
                            )
                        })
                        .collect();
                    let _ = write!(s, "<li><span class=\"form\">{}</span>: {}</li>", esc(form), links.join("; "));
                }
                s.push_str("</ul></li>\n");
            }
            s.push_str("</ul>\n");
        }
        if !any {
            s.push_str("<p>Every company and product name is written one way across the team.</p>\n");
        }
        s.push_str("</section>\n");
    }

    fn glossary(&self, s: &mut String) {
        s.push_str(
            "<section aria-labelledby=\"h-rules\">\n<h2 id=\"h-rules\">Rules in this report</h2>\n\
             <p class=\"muted\">What each rule looks for and why (the text of <code>proofile explain RULE</code>).</p>\n",
        );
        for id in self.by_rule.keys() {
            let Some(rule) = find_rule(id) else { continue };
            let m = rule.meta();
            let _ = writeln!(
                s,
                "<details class=\"rule-doc\" id=\"rule-{id}\"><summary><span class=\"rule\">{id}</span> ({}, {}): {}</summary>\
                 <p>{}</p></details>",
                m.category.as_str(),
                m.default_severity.as_str(),
                esc(m.summary),
                esc(m.description)
            );
        }
        s.push_str("</section>\n");
    }
}

fn table(s: &mut String, profiles: &[ProfileData], order: &[usize]) {
    s.push_str(
        "<section aria-labelledby=\"h-profiles\">\n<h2 id=\"h-profiles\">Profiles</h2>\n\
         <p class=\"muted\">Worst first. Select a column heading to sort by it; select a name to see its findings. \
         ✓ has it, ✗ lacks it, – does not apply (a photo only where the format carries one). Invite: the profile's \
         reasons an invitation from it is declined (photo; complete, current, no typos; nothing off-topic): \
         ✗ fix, ! consider, ✓ fine, – not checked.</p>\n\
         <div class=\"pager no-print\" id=\"pager\" hidden><button type=\"button\" id=\"pager-prev\">Previous</button>\
         <span id=\"pager-status\" aria-live=\"polite\"></span><button type=\"button\" id=\"pager-next\">Next</button>\
         <button type=\"button\" id=\"pager-all\">Show all</button></div>\n\
         <div class=\"table-wrap\"><table class=\"profiles\" id=\"profiles-table\">\n\
         <caption>Profiles by findings, worst first</caption>\n<thead><tr>",
    );
    let cols: [(&str, &str, bool); 14] = [
        ("#", "rank", true),
        ("Name", "", false),
        ("File", "", false),
        ("Errors", "", true),
        ("Warnings", "", true),
        ("Infos", "", true),
        ("Words", "", true),
        ("Top rules", "", false),
        ("Photo", "has a photo", true),
        ("Headline", "has a headline", true),
        ("About", "has an About section", true),
        ("Current role", "lists a current role", true),
        ("Up to date", "latest role not long past", true),
        ("Invite", "reasons an invitation from this profile is declined", true),
    ];
    for (name, title, num) in cols {
        let class = if num { " class=\"num\" data-type=\"num\"" } else { "" };
        let title = if title.is_empty() { String::new() } else { format!(" title=\"{title}\"") };
        let _ = write!(s, "<th scope=\"col\"{class}{title}><button type=\"button\">{name}</button></th>");
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for (rank, &i) in order.iter().enumerate() {
        let p = &profiles[i];
        // Beyond the first page, rows start hidden (the script pages through them; without it, a
        // `<noscript>` style shows them all): a table of 10,000 rows then lays out at once.
        let hidden = if order.len() > TABLE_PAGE && rank >= TABLE_PAGE { " class=\"hidden\"" } else { "" };
        let _ = write!(
            s,
            "<tr data-rank=\"{rank}\"{hidden}><td class=\"num\">{}</td><th scope=\"row\" data-v=\"{}\"><a href=\"#p-{rank}\">{}</a></th><td>{}</td>",
            rank + 1,
            esc(&p.name.to_lowercase()),
            esc(&p.name),
            esc(&p.path)
        );
        match &p.error {
            Some(e) => {
                let _ = writeln!(
                    s,
                    "<td class=\"num\" data-v=\"-1\">–</td><td class=\"num\" data-v=\"-1\">–</td><td class=\"num\" data-v=\"-1\">–</td>\
                     <td class=\"num\" data-v=\"-1\">–</td><td class=\"failed\" colspan=\"7\">could not be read: {}</td></tr>",
                    esc(e)
                );
            }
            None => {
                for (n, class) in p.counts.iter().zip(["e", "w", "i"]) {
                    let class = if *n == 0 { "zero" } else { class };
                    let _ = write!(s, "<td class=\"num {class}\">{n}</td>");
                }
                let _ = write!(s, "<td class=\"num\" data-v=\"{}\">{}</td>", p.words, thousands(p.words));
                let top: String =
                    p.top.iter().map(|(r, n)| format!("<li><span class=\"rule\">{r}</span>&nbsp;{n}</li>")).collect();
                let _ = write!(s, "<td><ul class=\"top\">{top}</ul></td>");
                if let Some(m) = &p.marks {
                    for (v, what) in [
                        (m.photo, "photo"),
                        (Some(m.headline), "headline"),
                        (Some(m.summary), "About section"),
                        (m.current, "current role"),
                        (m.up_to_date, "recent role"),
                    ] {
                        s.push_str(&mark(v, what));
                    }
                }
                s.push_str(&reasons_cell(&p.reasons));
                s.push_str("</tr>\n");
            }
        }
    }
    s.push_str("</tbody>\n</table></div>\n</section>\n");
}

fn mark(v: Option<bool>, what: &str) -> String {
    let (class, glyph, words, sort) = match v {
        Some(true) => ("yes", "✓", format!("has a {what}"), 1),
        Some(false) => ("no", "✗", format!("no {what}"), 0),
        None => ("na", "–", "does not apply".to_string(), -1),
    };
    format!(
        "<td class=\"num\" data-v=\"{sort}\"><span class=\"mark {class}\" aria-hidden=\"true\">{glyph}</span><span class=\"sr\">{words}</span></td>"
    )
}

/// The mark of a reason's status: its CSS class and glyph.
fn reason_mark(status: VerdictStatus) -> (&'static str, &'static str) {
    match status {
        VerdictStatus::Fix => ("no", "✗"),
        VerdictStatus::Consider => ("consider", "!"),
        VerdictStatus::Fine => ("yes", "✓"),
        VerdictStatus::Unknown => ("na", "–"),
    }
}

/// A reason and its status in words ("photo: fix").
fn reason_words(line: &VerdictLine) -> String {
    format!("{}: {}", line.reason.title(), line.status.as_str())
}

/// The table cell of a profile's reasons: a mark each, with words for screen readers; sorted by how
/// much applies (fix 2, consider 1).
fn reasons_cell(reasons: &[VerdictLine]) -> String {
    let weight: usize = reasons
        .iter()
        .map(|l| match l.status {
            VerdictStatus::Fix => 2,
            VerdictStatus::Consider => 1,
            _ => 0,
        })
        .sum();
    let mut cell = format!("<td class=\"num reasons\" data-v=\"{weight}\">");
    for (i, l) in reasons.iter().enumerate() {
        let (class, glyph) = reason_mark(l.status);
        let sep = if i + 1 < reasons.len() { "; " } else { "" };
        let words = esc(&reason_words(l));
        let _ = write!(
            cell,
            "<span class=\"mark {class}\" aria-hidden=\"true\" title=\"{words}\">{glyph}</span><span class=\"sr\">{words}{sep}</span>"
        );
    }
    cell.push_str("</td>");
    cell
}

/// A reason's line in words: "photo (fix): no photo …", "nothing off-topic: fine".
fn reason_text(line: &VerdictLine) -> String {
    match line.status {
        VerdictStatus::Fix | VerdictStatus::Consider => {
            format!("{} ({}): {}", line.reason.title(), line.status.as_str(), line.message)
        }
        VerdictStatus::Fine | VerdictStatus::Unknown => format!("{}: {}", line.reason.title(), line.message),
    }
}

/// A profile's reason lines in its details.
fn reasons_list(s: &mut String, reasons: &[VerdictLine]) {
    if reasons.is_empty() {
        return;
    }
    s.push_str(
        "<p class=\"reasons-title\">Reasons an invitation from this profile is declined:</p><ul class=\"reasons\">",
    );
    for l in reasons {
        let (class, glyph) = reason_mark(l.status);
        let _ = write!(
            s,
            "<li><span class=\"mark {class}\" aria-hidden=\"true\">{glyph}</span> {}</li>",
            esc(&reason_text(l))
        );
    }
    s.push_str("</ul>\n");
}

fn counts_text(p: &ProfileData) -> String {
    match &p.error {
        Some(_) => "could not be read".to_string(),
        None => format!(
            "{}, {}, {}",
            plural(p.counts[0], "error", "errors"),
            plural(p.counts[1], "warning", "warnings"),
            plural(p.counts[2], "info", "infos")
        ),
    }
}

fn profile_details(s: &mut String, rank: usize, p: &ProfileData) {
    let _ = write!(
        s,
        "<details class=\"profile\" id=\"p-{rank}\"><summary>{} <span class=\"sub\">{} · {}</span></summary>",
        esc(&p.name),
        esc(&p.path),
        counts_text(p)
    );
    if let Some(e) = &p.error {
        let _ = writeln!(s, "<p class=\"failed\">{}</p></details>", esc(e));
        return;
    }
    reasons_list(s, &p.reasons);
    if p.findings.is_empty() {
        s.push_str("<p class=\"findings\">No findings.</p></details>\n");
        return;
    }
    s.push_str("<ul class=\"findings\">\n");
    for f in &p.findings {
        let sev = f.severity.as_str();
        let _ = write!(
            s,
            "<li class=\"finding\"><div><span class=\"sev {sev}\">{sev}</span> <strong>{}</strong></div>\
             <div class=\"where\"><span class=\"rule\">{}</span> · {} · {} · <a class=\"explain\" href=\"#rule-{}\">explain</a></div>",
            esc(&f.message),
            f.rule,
            esc(&f.label),
            esc(&f.place),
            f.rule
        );
        if !(f.before.is_empty() && f.flagged.is_empty() && f.after.is_empty()) {
            let _ = write!(
                s,
                "<blockquote class=\"context\">{}<mark>{}</mark>{}</blockquote>",
                esc(&f.before),
                esc(&f.flagged),
                esc(&f.after)
            );
        }
        if !f.suggestions.is_empty() {
            let _ = write!(s, "<p class=\"fix\">Suggestion: {}</p>", esc(&f.suggestions));
        }
        s.push_str("</li>\n");
    }
    s.push_str("</ul></details>\n");
}

/// A bar chart as a table: label, bar (a CSS width), count. Readable without script and by screen readers.
fn bars(s: &mut String, caption: &str, rows: &[(String, usize)]) {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1);
    let _ = writeln!(s, "<table class=\"bars\"><caption class=\"sr\">{}</caption><tbody>", esc(caption));
    for (label, n) in rows {
        let w = 100.0 * *n as f64 / max as f64;
        let _ = writeln!(
            s,
            "<tr><th scope=\"row\">{}</th><td><span class=\"bar\" style=\"width:{w:.1}%\"></span></td><td class=\"n\">{}</td></tr>",
            esc(label),
            thousands(*n)
        );
    }
    s.push_str("</tbody></table>\n");
}

fn section_name(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Headline => "Headline",
        SectionKind::Summary => "About",
        SectionKind::Experience => "Experience",
        SectionKind::Education => "Education",
        SectionKind::Skills => "Skills",
        SectionKind::Other => "Other",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Text made safe for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn company_names_meet_without_case_or_legal_form() {
        assert_eq!(company_key("Acme Inc."), "acme");
        assert_eq!(company_key("ACME"), "acme");
        assert_eq!(company_key("Acme Corp"), "acme");
        assert_eq!(company_key("Procter & Gamble Co."), "procter & gamble");
        assert_ne!(company_key("Acme Labs"), company_key("Acme"));
    }

    #[test]
    fn beyond_the_inline_limit_findings_travel_as_json() {
        use crate::report::{FileReport, Outcome, render_all};
        let checker = crate::check::Checker::with_rules(&["spelling"], crate::check::Settings::default());
        let report = |name: &str, text: &str| {
            let profile = crate::profile::markdown::read(name, text.to_string());
            let diagnostics = checker.check(&profile);
            FileReport { path: name.into(), outcome: Outcome::Checked { profile: Box::new(profile), diagnostics } }
        };
        let reports = [
            report("a.md", "## About\n\nI buld tools and teh tests.\n"),
            report("b.md", "## About\n\nWrote </script><b>teh</b> docs.\n"),
        ];
        let html = render_all(&mut HtmlReporter::with_inline_limit(1), &reports);
        // a.md has more findings: first, written into the page; b.md is drawn from the JSON.
        assert!(html.contains("<details class=\"profile\" id=\"p-0\"><summary>a"), "{html}");
        assert!(!html.contains("id=\"p-1\""), "{html}");
        let json = html.split("id=\"proofile-lazy\">").nth(1).unwrap().split("</script>").next().unwrap();
        assert!(!json.contains('<'), "no markup can close the script early: {json}");
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(v["rules"], serde_json::json!(["spelling"]));
        assert_eq!((v["profiles"]["1"][0].as_str(), v["profiles"]["1"][1].as_str()), (Some("b"), Some("b.md")));
        assert_eq!(v["profiles"]["1"][2], "0 errors, 1 warning, 0 infos");
        let f = &v["profiles"]["1"][4][0];
        assert_eq!((f[0].as_u64(), f[5].as_str()), (Some(1), Some("teh")), "{f}");
        assert_eq!(f[3], "b.md:3:19");
        // The profile's reason lines travel too, for the script to draw above its findings.
        assert_eq!(
            v["profiles"]["1"][5],
            serde_json::json!([
                ["na", "–", "photo: not checked: a markdown profile has no photo field"],
                ["no", "✗", "profile complete, current, no typos (fix): unknown word ‘teh’"],
                ["yes", "✓", "nothing off-topic: fine"]
            ])
        );
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(esc("<script>\"x\" & 'y'</script>"), "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn sentence_openers_are_not_names() {
        let t = "Built it. Github runs CI on Github\n- Github";
        assert!(opens_sentence(t, 0));
        assert!(opens_sentence(t, t.find("Github").unwrap()));
        assert!(!opens_sentence(t, t.rfind("on Github").unwrap() + 3));
        assert!(opens_sentence(t, t.rfind("Github").unwrap()));
    }
}
