//! proofile's command line: parse arguments, run, map the outcome to an exit status
//! (0 clean, 1 findings at or above `--fail-on`, 2 usage or input error).

mod cli;
mod commands;
mod fix_cmd;
mod run;

use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match run::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("proofile: {e:#}");
            ExitCode::from(2)
        }
    }
}
