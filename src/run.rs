//! Runs a parsed command line: reads inputs, checks them, prints the report. The only place besides
//! `main` that touches the terminal.

use std::io::{IsTerminal, Write};

use anyhow::{Result, bail};
use rayon::prelude::*;

use crate::cli::{CheckArgs, Cli, ColorChoice, Command, DialectArg, FailOn, Format, InputFormatArg, ListFormat};
use proofile::diagnostic::Severity;
use proofile::profile::{InputFormat, detect};
use proofile::report::{FileReport, Outcome, human, json};
use proofile::rules::{all_rules, find_rule};
use proofile::spell::Dialect;
use proofile::{Checker, Settings};

pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Fix(args) => crate::fix_cmd::fix(args),
        Command::Rules { format } => {
            print_out(&rules_list(format))?;
            Ok(0)
        }
        Command::Explain { id } => {
            let Some(rule) = find_rule(&id) else {
                bail!("no rule named `{id}` (see `proofile rules`)");
            };
            print_out(&explain(rule.meta()))?;
            Ok(0)
        }
    }
}

fn check(args: CheckArgs) -> Result<u8> {
    if args.fix {
        crate::fix_cmd::fix_before_check(&args)?;
    }
    let settings = Settings {
        dialect: match args.dialect {
            DialectArg::Auto => Dialect::Auto,
            DialectArg::EnUs => Dialect::EnUs,
            DialectArg::EnGb => Dialect::EnGb,
        },
        ..Settings::default()
    };
    let checker = Checker::new(settings);
    let format = args.input_format.map(|f| match f {
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::Text => InputFormat::PlainText,
        InputFormatArg::JsonResume => InputFormat::JsonResume,
        InputFormatArg::LinkedinExport => InputFormat::LinkedIn,
    });
    let reports: Vec<FileReport> = args
        .paths
        .par_iter()
        .map(|path| {
            let outcome = match detect::read_path(path, format, args.max_file_size) {
                Ok(profile) => {
                    let diagnostics = checker.check(&profile);
                    Outcome::Checked { profile: Box::new(profile), diagnostics }
                }
                Err(e) => Outcome::Failed { error: e.to_string() },
            };
            FileReport { path: path.display().to_string(), outcome }
        })
        .collect();
    let text = match args.format {
        Format::Json => json::render(&reports),
        Format::Human => {
            let color = match args.color {
                ColorChoice::Always => true,
                ColorChoice::Never => false,
                ColorChoice::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            human::render(&reports, &human::HumanOptions { color })
        }
    };
    print_out(&text)?;
    for r in &reports {
        if let Outcome::Failed { error } = &r.outcome
            && args.format != Format::Human
        {
            eprintln!("proofile: {error}");
        }
    }
    Ok(exit_code(&reports, args.fail_on))
}

fn exit_code(reports: &[FileReport], fail_on: FailOn) -> u8 {
    if reports.iter().any(|r| matches!(r.outcome, Outcome::Failed { .. })) {
        return 2;
    }
    let threshold = match fail_on {
        FailOn::Info => Severity::Info,
        FailOn::Warning => Severity::Warning,
        FailOn::Error => Severity::Error,
        FailOn::Never => return 0,
    };
    let failing = reports.iter().any(|r| match &r.outcome {
        Outcome::Checked { diagnostics, .. } => diagnostics.iter().any(|d| d.severity >= threshold),
        Outcome::Failed { .. } => false,
    });
    u8::from(failing)
}

fn rules_list(format: ListFormat) -> String {
    let rules = all_rules();
    match format {
        ListFormat::Json => {
            let list: Vec<serde_json::Value> = rules
                .iter()
                .map(|r| {
                    let m = r.meta();
                    serde_json::json!({
                        "id": m.id,
                        "category": m.category.as_str(),
                        "severity": m.default_severity.as_str(),
                        "enabled": m.default_enabled,
                        "sections": m.sections.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
                        "summary": m.summary,
                    })
                })
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&list).unwrap_or_default())
        }
        ListFormat::Human => {
            let width = rules.iter().map(|r| r.meta().id.len()).max().unwrap_or(0);
            let mut out = String::new();
            for r in rules {
                let m = r.meta();
                let off = if m.default_enabled { "" } else { " (off by default)" };
                out.push_str(&format!(
                    "{:width$}  {:12}  {:7}  {}{off}\n",
                    m.id,
                    m.category.as_str(),
                    m.default_severity.as_str(),
                    m.summary
                ));
            }
            out
        }
    }
}

fn explain(m: &proofile::rules::RuleMeta) -> String {
    let mut out = format!(
        "{}  ({}, {} by default{})\n\n{}\n\n{}\n",
        m.id,
        m.category.as_str(),
        m.default_severity.as_str(),
        if m.default_enabled { "" } else { ", off unless enabled" },
        m.summary,
        m.description
    );
    if !m.sections.is_empty() {
        out.push_str(&format!(
            "\nApplies to: {}\n",
            m.sections.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    out.push_str("\nFlagged:\n");
    for ex in m.flags {
        out.push_str(&format!("  ✗ {ex}\n"));
    }
    out.push_str("\nAccepted:\n");
    for ex in m.accepts {
        out.push_str(&format!("  ✓ {ex}\n"));
    }
    out
}

/// Writes to stdout; a closed pipe (`proofile … | head`) is not an error.
pub(crate) fn print_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
