//! GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, so the
//! findings show as annotations on the files in a pull request.

use std::io::{self, Write};

use super::{FileReport, Outcome, Reporter, Totals};
use crate::diagnostic::Severity;

#[derive(Default)]
pub struct GithubReporter;

/// Escapes the message part of a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for GithubReporter {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        match &report.outcome {
            Outcome::Failed { error } => {
                writeln!(out, "::error file={}::{}", escape_property(&report.path), escape_data(error))
            }
            Outcome::Checked { profile, diagnostics } => {
                for d in diagnostics {
                    let (src, line, col) = profile.locate(d.section, d.span.start);
                    let (end_line, end_col) = {
                        let (_, l, c) = profile.locate(d.section, d.span.end);
                        (l, c)
                    };
                    let kind = match d.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let mut msg = d.message.clone();
                    if !d.suggestions.is_empty() {
                        // Replacements as written; one that deletes says what it deletes.
                        let flagged = profile.sections[d.section].text.get(d.span.clone()).unwrap_or("");
                        let s: Vec<String> = d
                            .suggestions
                            .iter()
                            .map(|s| match s.replacement.as_str() {
                                "" => super::describe_suggestion(flagged, ""),
                                r => r.to_string(),
                            })
                            .collect();
                        msg.push_str(&format!(" (suggestions: {})", s.join(", ")));
                    }
                    // A file inside an archive has no place in the repository: annotate the archive.
                    let file = src.name.split(".zip:").next().map_or(src.name.clone(), |head| {
                        if head.len() < src.name.len() { format!("{head}.zip") } else { head.to_string() }
                    });
                    let end =
                        if end_line == line { format!(",endColumn={end_col}") } else { format!(",endLine={end_line}") };
                    writeln!(
                        out,
                        "::{kind} file={},line={line},col={col}{end},title={}::{}",
                        escape_property(&file),
                        escape_property(&format!("proofile {}", d.rule)),
                        escape_data(&msg)
                    )?;
                }
                Ok(())
            }
        }
    }

    fn end(&mut self, _out: &mut dyn Write, _totals: &Totals) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_follow_the_workflow_command_rules() {
        assert_eq!(super::escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(super::escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
