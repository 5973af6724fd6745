//! JSON Lines: one compact JSON object per profile, written as soon as it is done (in input order),
//! so very large batches stream with bounded memory. The last line is the summary.

use std::io::{self, Write};

use super::{FileReport, Reporter, Totals};

#[derive(Default)]
pub struct JsonlReporter;

impl Reporter for JsonlReporter {
    fn file(&mut self, out: &mut dyn Write, report: &FileReport) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &super::json::file(report))?;
        out.write_all(b"\n")
    }

    fn end(&mut self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        serde_json::to_writer(&mut *out, &serde_json::json!({ "summary": totals }))?;
        out.write_all(b"\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Outcome, render_all};

    #[test]
    fn one_line_per_file_then_the_summary() {
        let reports = vec![
            FileReport { path: "a.md".into(), outcome: Outcome::Failed { error: "a.md: cannot read".into() } },
            FileReport { path: "b.md".into(), outcome: Outcome::Failed { error: "b.md: cannot read".into() } },
        ];
        let text = render_all(&mut JsonlReporter, &reports);
        let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1]["path"], "b.md");
        assert_eq!(lines[2]["summary"]["files_with_errors"], 2);
    }
}
