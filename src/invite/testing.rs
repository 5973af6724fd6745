//! Invite rule tests written as prose. An example may start with `[to: Name | Headline]` to give the
//! recipient; the rest is the note. More fields may follow the headline: `| companies: A; B` and
//! `| schools: C; D`.

use std::sync::OnceLock;

use super::{Invitation, Person};
use crate::check::{Checker, Settings};
use crate::diagnostic::Diagnostic;

/// Splits `[to: Name | Headline] note` into the recipient and the note.
pub fn parse_example(text: &str) -> (Option<Person>, &str) {
    if let Some(rest) = text.strip_prefix("[to:")
        && let Some(end) = rest.find(']')
    {
        let mut fields = rest[..end].split('|').map(str::trim);
        let name = fields.next().unwrap_or_default();
        let headline = fields.next();
        let mut person = Person::from_fields(Some(name), headline);
        for field in fields {
            let list = |v: &str| v.split(';').map(|x| x.trim().to_string()).collect::<Vec<_>>();
            if let Some(v) = field.strip_prefix("companies:") {
                person.companies = list(v);
            } else if let Some(v) = field.strip_prefix("schools:") {
                person.schools = list(v);
            }
        }
        return (Some(person), rest[end + 1..].trim_start());
    }
    (None, text)
}

/// Findings of one invite rule on an example.
pub fn check_example(rule_id: &str, text: &str) -> Vec<Diagnostic> {
    static CHECKERS: OnceLock<std::sync::Mutex<std::collections::HashMap<String, &'static Checker>>> = OnceLock::new();
    let checker = {
        let mut map = CHECKERS.get_or_init(Default::default).lock().unwrap();
        *map.entry(rule_id.to_string())
            .or_insert_with(|| Box::leak(Box::new(Checker::with_rules(&[rule_id], Settings::default()))))
    };
    let (to, note) = parse_example(text);
    let inv = Invitation { name: "note.txt".into(), note: note.to_string(), to };
    super::check(checker, checker.options(), &inv, None).diagnostics.into_iter().filter(|d| d.rule == rule_id).collect()
}

#[track_caller]
pub fn assert_flags(rule_id: &str, text: &str, n: usize) {
    let d = check_example(rule_id, text);
    assert_eq!(d.len(), n, "{rule_id} on {text:?}: {d:#?}");
}

#[track_caller]
pub fn assert_clean(rule_id: &str, text: &str) {
    assert_flags(rule_id, text, 0);
}
