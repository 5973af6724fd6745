//! The team summary: one row per profile (name, file, findings by severity, top rules), worst
//! first, then totals by rule across the team. Rows are small, so they are kept until the end.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{FileReport, Outcome, Reporter, Totals, display_name};
use crate::diagnostic::Severity;

struct Row {
    name: String,
    path: String,
    errors: usize,
    warnings: usize,
    infos: usize,
    top: String,
    failed: bool,
}

#[derive(Default)]
pub struct SummaryReporter {
    rows: Vec<Row>,
    by_rule: BTreeMap<&'static str, (usize, usize)>,
}

impl Reporter for SummaryReporter {
    fn file(&mut self, _out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        let mut row = Row {
            name: display_name(report),
            path: report.path.clone(),
            errors: 0,
            warnings: 0,
            infos: 0,
            top: String::new(),
            failed: false,
        };
        match &report.outcome {
            Outcome::Failed { error } => {
                row.failed = true;
                row.top = format!("could not be read: {error}");
            }
            Outcome::Checked { diagnostics, .. } => {
                let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
                for d in diagnostics {
                    match d.severity {
                        Severity::Error => row.errors += 1,
                        Severity::Warning => row.warnings += 1,
                        Severity::Info => row.infos += 1,
                    }
                    *counts.entry(d.rule).or_default() += 1;
                }
                for (rule, n) in &counts {
                    let e = self.by_rule.entry(rule).or_default();
                    e.0 += n;
                    e.1 += 1;
                }
                let mut top: Vec<(&str, usize)> = counts.into_iter().collect();
                top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                row.top = top.iter().take(3).map(|(r, n)| format!("{r} {n}")).collect::<Vec<_>>().join(", ");
            }
        }
        self.rows.push(row);
        Ok(())
    }

    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        let mut rows = std::mem::take(&mut self.rows);
        rows.sort_by(|a, b| {
            (b.failed, b.errors, b.warnings, b.infos)
                .cmp(&(a.failed, a.errors, a.warnings, a.infos))
                .then(a.path.cmp(&b.path))
        });
        let name_w = rows.iter().map(|r| r.name.chars().count()).max().unwrap_or(4).clamp(4, 30);
        let path_w = rows.iter().map(|r| r.path.chars().count()).max().unwrap_or(4).clamp(4, 50);
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{:name_w$}  {:path_w$}  {:>6}  {:>8}  {:>5}  top rules",
            "name", "file", "errors", "warnings", "infos"
        );
        for r in &rows {
            let name: String = r.name.chars().take(name_w).collect();
            let _ = writeln!(
                s,
                "{name:name_w$}  {:path_w$}  {:>6}  {:>8}  {:>5}  {}",
                r.path,
                if r.failed { "-".to_string() } else { r.errors.to_string() },
                if r.failed { "-".to_string() } else { r.warnings.to_string() },
                if r.failed { "-".to_string() } else { r.infos.to_string() },
                r.top
            );
        }
        let mut by_rule: Vec<(&str, (usize, usize))> = self.by_rule.iter().map(|(k, v)| (*k, *v)).collect();
        by_rule.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
        if !by_rule.is_empty() {
            let rule_w = by_rule.iter().map(|(r, _)| r.len()).max().unwrap_or(4);
            let _ = writeln!(s, "\n{:rule_w$}  {:>8}  {:>8}", "rule", "findings", "profiles");
            for (rule, (n, p)) in by_rule {
                let _ = writeln!(s, "{rule:rule_w$}  {n:>8}  {p:>8}");
            }
        }
        s.push('\n');
        s.push_str(&super::human::summary_line(totals));
        out.write_all(s.as_bytes())
    }
}
