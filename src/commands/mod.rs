//! Subcommands that live in their own files (the rest are in `run.rs` for now).

pub mod invite;
pub mod serve;
