//! SARIF 2.1.0, the format code-scanning dashboards read. Results are written as they come.

use std::io::{self, Write};

use serde_json::json;

use super::{FileReport, Outcome, Reporter, Totals};
use crate::diagnostic::Severity;
use crate::rules::all_rules;

#[derive(Default)]
pub struct SarifReporter {
    count: usize,
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

impl SarifReporter {
    fn result(&mut self, out: &mut dyn Write, value: serde_json::Value) -> io::Result<()> {
        let sep = if self.count == 0 { "" } else { "," };
        self.count += 1;
        write!(out, "{sep}\n        ")?;
        serde_json::to_writer(&mut *out, &value)?;
        Ok(())
    }
}

impl Reporter for SarifReporter {
    fn begin(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<_> = all_rules()
            .iter()
            .map(|r| {
                let m = r.meta();
                json!({
                    "id": m.id,
                    "shortDescription": { "text": m.summary },
                    "fullDescription": { "text": m.description },
                    "defaultConfiguration": { "level": level(m.default_severity), "enabled": m.default_enabled },
                    "properties": { "category": m.category.as_str() },
                })
            })
            .collect();
        let driver = json!({
            "name": "proofile",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://crates.io/crates/proofile",
            "rules": rules,
        });
        write!(
            out,
            "{{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {{ \"driver\": {} }},\n      \"results\": [",
            serde_json::to_string(&driver)?
        )
    }

    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        match &report.outcome {
            Outcome::Failed { error } => self.result(
                out,
                json!({
                    "ruleId": "input-error",
                    "level": "error",
                    "message": { "text": error },
                    "locations": [{ "physicalLocation": { "artifactLocation": { "uri": report.path } } }],
                }),
            ),
            Outcome::Checked { profile, diagnostics } => {
                for d in diagnostics {
                    let (src, line, col) = profile.locate(d.section, d.span.start);
                    let (_, end_line, end_col) = profile.locate(d.section, d.span.end);
                    let mut result = json!({
                        "ruleId": d.rule,
                        "level": level(d.severity),
                        "message": { "text": d.message },
                        "locations": [{
                            "physicalLocation": {
                                "artifactLocation": { "uri": src.name },
                                "region": { "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col },
                            },
                            "logicalLocations": [{ "name": profile.sections[d.section].path }],
                        }],
                    });
                    if !d.suggestions.is_empty() {
                        result["properties"] = json!({
                            "suggestions": d.suggestions.iter().map(|s| s.replacement.as_str()).collect::<Vec<_>>()
                        });
                    }
                    self.result(out, result)?;
                }
                Ok(())
            }
        }
    }

    fn end(&mut self, out: &mut dyn Write, _totals: &Totals) -> io::Result<()> {
        let close = if self.count == 0 { "]" } else { "\n      ]" };
        writeln!(out, "{close}\n    }}\n  ]\n}}")
    }
}
