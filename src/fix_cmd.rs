//! `proofile fix` and `check --fix`: the terminal side of the fix engine (`proofile::fix`). Diffs go
//! to standard output (standard error when the check report owns standard output), one line per file
//! and per skipped fix to standard error.

use std::path::PathBuf;

use anyhow::Result;

use crate::cli::{CheckArgs, FixArgs, InputFormatArg};
use crate::run::Configs;
use proofile::fix::{FileFix, fix_file};
use proofile::inputs::{self, Input};
use proofile::profile::InputFormat;

/// `proofile fix`: 0 when done (or nothing to do), 1 when `--dry-run` found changes to make, 2 when a
/// file could not be fixed.
pub fn fix(args: FixArgs) -> Result<u8> {
    let opts = Options {
        input_format: args.input_format,
        max_file_size: args.max_file_size,
        dry_run: args.dry_run,
        diff_to_stderr: false,
        convert_dialect: args.convert_dialect,
    };
    let mut configs = Configs::new(&args.config)?;
    if args.convert_dialect {
        configs = configs.convert_dialect();
    }
    let (changed, failed) = fix_paths(&args.paths, &opts, &configs)?;
    Ok(if failed { 2 } else { u8::from(args.dry_run && changed) })
}

/// `check --fix`: fixes (or with `--dry-run`, shows) first; the check that follows reports what is
/// left. A file that cannot be fixed is still checked, and its error printed.
pub fn fix_before_check(args: &CheckArgs) -> Result<()> {
    let opts = Options {
        input_format: args.input_format,
        max_file_size: args.max_file_size,
        dry_run: args.dry_run,
        diff_to_stderr: args.format != crate::cli::Format::Human,
        convert_dialect: false,
    };
    let configs = Configs::new(&args.config)?;
    fix_paths(&args.paths, &opts, &configs)?;
    Ok(())
}

struct Options {
    input_format: Option<InputFormatArg>,
    max_file_size: u64,
    dry_run: bool,
    diff_to_stderr: bool,
    convert_dialect: bool,
}

/// Fixes each path; returns (whether any file changed or would, whether any failed).
fn fix_paths(paths: &[PathBuf], opts: &Options, configs: &Configs) -> Result<(bool, bool)> {
    let format = opts.input_format.map(|f| match f {
        InputFormatArg::Markdown => InputFormat::Markdown,
        InputFormatArg::Text => InputFormat::PlainText,
        InputFormatArg::JsonResume => InputFormat::JsonResume,
        InputFormatArg::LinkedinExport => InputFormat::LinkedIn,
    });
    let (mut changed, mut failed) = (false, false);
    // Folders and globs expand as for `check`.
    for input in inputs::collect(paths) {
        let path = match input {
            Input::Path(p) => p,
            Input::Missing { path, reason } => {
                failed = true;
                eprintln!("proofile: {}: {reason}", path.display());
                continue;
            }
        };
        let path = &path;
        // An export found by walking a folder is passed over; one named on the command line is refused.
        let found_by_walking = !paths.contains(path);
        if found_by_walking && format.is_none_or(|f| f == InputFormat::LinkedIn) && looks_like_export(path) {
            eprintln!("proofile: {}: a LinkedIn export; not rewritten", path.display());
            continue;
        }
        // Each file is fixed with the configuration that applies to it, as `check` does.
        let checker = match configs.checker_for(path) {
            Ok(c) => c,
            Err(e) => {
                failed = true;
                eprintln!("proofile: {e}");
                continue;
            }
        };
        if opts.convert_dialect && checker.spell().dialect() == proofile::spell::Dialect::Auto {
            eprintln!(
                "proofile: {}: --convert-dialect does nothing without a dialect (--dialect en-GB or en-US, \
                 or `dialect` in proofile.toml)",
                path.display()
            );
        }
        let result = fix_file(&checker, path, format, opts.max_file_size).and_then(|f| {
            if !opts.dry_run {
                f.write()?;
            }
            Ok(f)
        });
        match result {
            Ok(f) => {
                changed |= f.outcome.changed();
                report(&f, opts)?;
            }
            Err(e) => {
                failed = true;
                eprintln!("proofile: {e}");
            }
        }
    }
    Ok((changed, failed))
}

fn looks_like_export(path: &std::path::Path) -> bool {
    path.is_dir() || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

fn report(f: &FileFix, opts: &Options) -> Result<()> {
    let diff = f.diff();
    if opts.diff_to_stderr {
        eprint!("{diff}");
    } else {
        crate::run::print_out(&diff)?;
    }
    // The changes the diff shows, not the fixes tried (fixes over several passes can build on each other).
    let n = f.outcome.changes();
    let what = if n == 1 { "fix" } else { "fixes" };
    if n > 0 {
        let verb = if opts.dry_run { "would apply" } else { "applied" };
        eprintln!("proofile: {}: {verb} {n} safe {what}", f.name);
    }
    for s in &f.outcome.skipped {
        eprintln!("proofile: {}:{}:{}: [{}] safe fix not applied: {}", f.name, s.line, s.column, s.rule, s.reason);
    }
    Ok(())
}
