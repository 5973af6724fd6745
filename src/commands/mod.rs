//! Subcommands that live in a file of their own (the rest are in `run.rs` for now).

pub mod serve;
