//! proofile: a spell, grammar and consistency checker for professional profile text.
//!
//! The library reads a profile into sections (`profile`), checks them (`check`) and returns
//! diagnostics; reporters (`report`) turn diagnostics into text. The library never prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod diagnostic;
pub mod error;
pub mod fix;
pub mod inputs;
pub mod invite;
pub mod profile;
pub mod text;

pub use diagnostic::{Category, Diagnostic, Severity, Suggestion};
pub use error::InputError;
pub use profile::{InputFormat, Profile, Section, SectionKind};
pub mod check;
pub mod config;
pub mod report;
pub mod resolver;
pub mod rules;
pub mod serve;
pub mod spell;

pub use check::{Checker, FailOn, Settings};
