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
    /// Write a commented default proofile.toml in the current folder.
    Init {
        /// Replace an existing proofile.toml.
        #[arg(long)]
        force: bool,
    },
    /// Print the configuration in effect (for a profile path, default the current folder) and where
    /// each value came from.
    Config {
        /// Show the configuration that applies to this file or folder.
        path: Option<PathBuf>,
        #[command(flatten)]
        config: ConfigArgs,
    },
}

/// Configuration flags shared by `check` and `config`; they win over proofile.toml.
#[derive(Debug, Clone, clap::Args)]
pub struct ConfigArgs {
    /// Use this configuration file instead of the nearest proofile.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore every proofile.toml.
    #[arg(long)]
    pub no_config: bool,
    /// English to check against: `auto` accepts American and British spellings.
    #[arg(long, value_enum)]
    pub dialect: Option<DialectArg>,
    /// Exit with status 1 when a finding at or above this severity is reported [default: warning].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Turn a rule on (repeatable).
    #[arg(long, value_name = "RULE")]
    pub enable: Vec<String>,
    /// Turn a rule off (repeatable).
    #[arg(long, value_name = "RULE")]
    pub disable: Vec<String>,
    /// Run only these rules (comma-separated or repeated).
    #[arg(long, value_name = "RULES", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Accept the words in this file (one per line, `#` comments; repeatable).
    #[arg(long, value_name = "FILE")]
    pub words: Vec<PathBuf>,
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
    /// Write the report to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Read every input as this format instead of guessing from the name and content.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormatArg>,
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
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = proofile::profile::detect::DEFAULT_MAX_BYTES)]
    pub max_file_size: u64,
    /// The configuration, as for `check`: a word you accepted is never "fixed", a rule you turned off
    /// fixes nothing.
    #[command(flatten)]
    pub config: ConfigArgs,
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
    /// One self-contained HTML page for the batch (a team report to open in a browser or print).
    Html,
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
