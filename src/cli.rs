//! Command-line interface: subcommands and flags, each with its help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(name = "proofile", version, about = "Spell, grammar and consistency checker for professional profiles")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check profiles (Markdown, plain text, JSON Resume, LinkedIn export) and report findings.
    Check(CheckArgs),
    /// Apply the safe fixes (a/an, repeated words, spacing, repeated punctuation, lowercase `i`,
    /// brand casing) in place and show the diff. Exit 0 when done, 1 when `--dry-run` shows
    /// changes, 2 when a file cannot be fixed. LinkedIn exports are never rewritten.
    Fix(FixArgs),
    /// List every rule: id, category, default severity and summary.
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Human)]
        format: ListFormat,
    },
    /// Explain one rule: what it does, why, and examples of text it flags and accepts.
    Explain {
        /// The rule id, e.g. `spelling`.
        id: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files, folders (walked; hidden and .gitignored files skipped) or glob patterns to check;
    /// `-` reads standard input.
    #[arg(required_unless_present = "stdin_jsonl")]
    pub paths: Vec<PathBuf>,
    /// Read one JSON Resume document per line from standard input and write one result line each.
    #[arg(long, conflicts_with = "paths")]
    pub stdin_jsonl: bool,
    /// Never show the progress bar (it is shown only on a terminal, never in CI).
    #[arg(long)]
    pub no_progress: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Exit with status 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Read every input as this format instead of guessing from the name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// English to check against: `auto` accepts American and British spellings.
    #[arg(long, value_enum, default_value_t = DialectArg::Auto)]
    pub dialect: DialectArg,
    /// When to use colour in the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// Apply the safe fixes before checking (as `proofile fix` does), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// With `--fix`: show the diff, write nothing.
    #[arg(long, requires = "fix")]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct FixArgs {
    /// Files to fix (Markdown, plain text, JSON Resume).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Show the diff, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Read every input as this format instead of guessing from the name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
    /// English to check against: `auto` accepts American and British spellings.
    #[arg(long, value_enum, default_value_t = DialectArg::Auto)]
    pub dialect: DialectArg,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings grouped by file and section, with the source line underlined.
    Human,
    /// One JSON document holding every file.
    Json,
    /// One JSON object per profile per line, streamed in input order; the last line is the summary.
    Jsonl,
    /// One row per profile, worst first, and totals by rule.
    Summary,
    /// SARIF 2.1.0 for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow annotations.
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
    /// Never fail because of findings.
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Markdown,
    Text,
    JsonResume,
    LinkedinExport,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DialectArg {
    Auto,
    #[value(name = "en-US", alias = "en-us")]
    EnUs,
    #[value(name = "en-GB", alias = "en-gb")]
    EnGb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
