//! The invite report in the human, JSON and SARIF formats. The note's findings and the sender's are
//! rendered by the ordinary reporters (one "file" each); the sender summary and the verdict are added here.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{InviteReport, VerdictStatus};
use crate::profile::Profile;
use crate::report::{FileReport, Outcome, Reporter, Totals, human, json as json_report, sarif};

fn note_file(r: &InviteReport) -> FileReport {
    FileReport {
        path: r.note.sources[0].name.clone(),
        outcome: Outcome::Checked { profile: Box::new(r.note.clone()), diagnostics: r.diagnostics.clone() },
    }
}

fn from_file(r: &InviteReport) -> Option<FileReport> {
    r.from.as_ref().map(|f| FileReport {
        path: f.path.clone(),
        outcome: Outcome::Checked { profile: Box::new(f.profile.clone()), diagnostics: f.diagnostics.clone() },
    })
}

/// `file:line:col` of a finding.
fn place(p: &Profile, d: &crate::Diagnostic) -> String {
    let (src, line, col) = p.locate(d.section, d.span.start);
    format!("{}:{line}:{col}", src.name)
}

/// The human report: the note's findings as `check` shows them, the sender's profile in one block
/// (most important reason first), then the verdict.
pub fn human(r: &InviteReport, color: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Note: {} characters of {} ({} on accounts with the lower limit){}\n",
        r.length_utf16,
        r.max_chars,
        r.lower_limit,
        if r.length_code_points != r.length_utf16 {
            format!(", {} in code points", r.length_code_points)
        } else {
            String::new()
        }
    );
    let mut buf = Vec::new();
    let mut rep = human::HumanReporter::new(&human::HumanOptions { color });
    let _ = rep.file(&mut buf, &note_file(r));
    out.push_str(&String::from_utf8_lossy(&buf));
    if r.diagnostics.is_empty() {
        out.push_str("The note: no findings.\n\n");
    }
    if let Some(f) = &r.from {
        let _ = writeln!(out, "Your profile ({}, {}):", f.path, f.profile.format.as_str());
        let summary = r.sender_summary();
        if summary.is_empty() {
            out.push_str("  no findings about photo, completeness, typos, consistency or off-topic content\n");
        }
        for (i, (reason, list)) in summary.iter().enumerate() {
            let mut rules: Vec<&str> = list.iter().map(|d| d.rule).collect();
            rules.dedup();
            rules.sort_unstable();
            rules.dedup();
            let _ = writeln!(out, "  {}. {}: {} ({})", i + 1, reason.title(), plural(list.len()), rules.join(", "));
            for d in list.iter().take(3) {
                let _ = writeln!(out, "     {} {}: {}", d.severity.as_str(), place(&f.profile, d), d.message);
            }
            if list.len() > 3 {
                let _ = writeln!(out, "     … {} more (proofile check {})", list.len() - 3, f.path);
            }
        }
        out.push('\n');
    }
    out.push_str("Verdict:\n");
    let width = r.verdict.iter().map(|v| v.reason.title().chars().count()).max().unwrap_or(0);
    for v in &r.verdict {
        let mark = match v.status {
            VerdictStatus::Fix => "✗",
            VerdictStatus::Consider => "!",
            VerdictStatus::Fine => "✓",
            VerdictStatus::Unknown => "?",
        };
        let title = v.reason.title();
        let pad = " ".repeat(width - title.chars().count());
        let rules = if v.rules.is_empty() { String::new() } else { format!(" [{}]", v.rules.join(", ")) };
        let _ = writeln!(out, "  {mark} {title}{pad}  {}{rules}", v.message);
    }
    out
}

fn plural(n: usize) -> String {
    format!("{n} finding{}", if n == 1 { "" } else { "s" })
}

/// The JSON report of one invitation (a value, so the batch can write it on one line).
pub fn json_value(r: &InviteReport) -> Value {
    let note = note_file(r);
    let mut note_json = serde_json::to_value(json_report::file(&note)).unwrap_or(Value::Null);
    note_json["length"] = json!({
        "utf16": r.length_utf16,
        "code_points": r.length_code_points,
        "max": r.max_chars,
        "lower_limit": r.lower_limit,
    });
    let from = from_file(r).map(|f| {
        let mut v = serde_json::to_value(json_report::file(&f)).unwrap_or(Value::Null);
        v["summary"] = r
            .sender_summary()
            .iter()
            .map(|(reason, list)| {
                let mut rules: Vec<&str> = list.iter().map(|d| d.rule).collect();
                rules.sort_unstable();
                rules.dedup();
                json!({ "reason": reason.as_str(), "count": list.len(), "rules": rules })
            })
            .collect();
        v
    });
    let verdict: Vec<Value> = r
        .verdict
        .iter()
        .map(|v| {
            json!({
                "reason": v.reason.as_str(),
                "status": v.status.as_str(),
                "message": v.message,
                "rules": v.rules,
                "count": v.count,
            })
        })
        .collect();
    json!({
        "note": note_json,
        "to": r.to.as_ref().map(|p| json!({
            "name": p.name, "headline": p.headline, "companies": p.companies, "schools": p.schools, "titles": p.titles,
        })),
        "from": from,
        "verdict": verdict,
    })
}

/// SARIF 2.1.0: the note's findings and the sender profile's, as `check --format sarif` writes them,
/// with the verdict in the run's `properties`.
pub fn sarif(out: &mut dyn Write, r: &InviteReport) -> io::Result<()> {
    let mut buf = Vec::new();
    let mut rep = sarif::SarifReporter::default();
    let mut totals = Totals::default();
    rep.begin(&mut buf)?;
    let note = note_file(r);
    totals.add(&note);
    rep.file(&mut buf, &note)?;
    if let Some(f) = from_file(r) {
        totals.add(&f);
        rep.file(&mut buf, &f)?;
    }
    rep.end(&mut buf, &totals)?;
    let mut doc: Value = serde_json::from_slice(&buf)?;
    doc["runs"][0]["properties"] = json!({ "verdict": json_value(r)["verdict"].clone() });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
