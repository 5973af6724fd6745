//! Properties of the whole check and of the fixes over random Markdown and JSON Resume documents built
//! from pieces real profiles have (headings, bullets, emphasis, code spans, entities, links, escapes,
//! non-Latin scripts, combining marks, emoji, and the slips the grammar rules fix): every span is
//! sound, and fixing reaches a fixed point that reads back as predicted.

#[path = "../fuzz/fuzz_targets/common.rs"]
mod common;

use proofile::fix::fix_text;
use proofile::profile::InputFormat;
use proofile::profile::detect::read_bytes;
use proptest::prelude::*;

fn word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "a",
        "an",
        "the",
        "the the",
        "i",
        "apple",
        "engineer",
        "linkedin",
        "github",
        "teh",
        "work",
        "and",
        "  ",
        "!!",
        "??",
        "..",
        ",",
        "Café",
        "Cafe\u{301}",
        "עברית",
        "👨\u{200D}👩\u{200D}👧",
        "🇳🇴",
        "x\u{200D}",
        "naïve",
        "&amp;",
        "&#32;",
        "*em*",
        "**a**",
        "`a  b`",
        "[a](u)",
        "<b>",
        "\\*",
        "e.g.",
        "Node.js",
        "10%",
        "—",
        "“q”",
    ])
}

fn line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "", "## About\n\n", "### Dev — Acme\n\n", "- ", "* ", "> ", "1. ", "| a | "]),
        prop::collection::vec(word(), 0..12),
    )
        .prop_map(|(lead, words)| format!("{lead}{}", words.join(" ")))
}

fn markdown() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..10).prop_map(|lines| lines.join("\n"))
}

fn json_escape_some(s: &str, every: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if every > 0 && i % every == 0 => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn check_spans_are_sound_on_random_markdown(doc in markdown()) {
        for format in [InputFormat::Markdown, InputFormat::PlainText] {
            let p = read_bytes("t.md", doc.as_bytes().to_vec(), format).unwrap();
            common::assert_profile_sound(&p);
            common::assert_diagnostics_sound(&p, &common::checker().check(&p));
        }
    }

    #[test]
    fn fixing_markdown_reaches_a_fixed_point(doc in markdown()) {
        let once = fix_text(common::checker(), "t.md", &doc, InputFormat::Markdown).unwrap();
        let twice = fix_text(common::checker(), "t.md", &once.fixed, InputFormat::Markdown).unwrap();
        prop_assert!(!twice.changed(), "second pass changed {:?} after {:?}", twice.applied, once.applied);
    }

    #[test]
    fn fixing_json_keeps_it_json_and_reaches_a_fixed_point(doc in markdown(), every in 0usize..4) {
        let json = format!("{{\"basics\": {{\"summary\": \"{}\"}}, \"work\": [{{\"highlights\": [\"{}\"]}}]}}",
            json_escape_some(&doc, every), json_escape_some(&doc.to_uppercase(), every + 1));
        let p = read_bytes("t.json", json.as_bytes().to_vec(), InputFormat::JsonResume).unwrap();
        common::assert_diagnostics_sound(&p, &common::checker().check(&p));
        let once = fix_text(common::checker(), "t.json", &json, InputFormat::JsonResume).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&once.fixed).unwrap();
        prop_assert!(parsed["basics"]["summary"].is_string());
        let twice = fix_text(common::checker(), "t.json", &once.fixed, InputFormat::JsonResume).unwrap();
        prop_assert!(!twice.changed(), "second pass changed {:?}", twice.applied);
    }
}
