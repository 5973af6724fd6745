//! The Markdown reader. pulldown-cmark gives events with source offsets; we keep the prose (text,
//! link text) and drop the syntax (markers, URLs of links, code blocks, HTML), so every byte of a
//! section's text maps back to the file.
//!
//! Layout recognised: `# Name`, then headings `Headline`, `About`/`Summary`, `Experience` (each
//! entry a sub-heading `Title — Company`, an optional date line, a description), `Education`,
//! `Skills`; any other heading starts an `other` section.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::assemble::{Assembler, BlockBuf, Piece, push_to};
use super::{InputFormat, Profile, Source};

/// Reads a Markdown profile. Never fails: any text is a profile, perhaps an empty one.
pub fn read(name: &str, text: String) -> Profile {
    let source = Source::new(name, text);
    // CommonMark ends a line at a lone `\r` too; pulldown-cmark does not, so a file with old Mac
    // line endings would be one paragraph with its code blocks and comments read as prose (and
    // `fix` would edit them). Parse a copy with each lone `\r` read as `\n`: one byte for one, so
    // every offset still points at the same byte of the file.
    let parsed = lone_cr_as_lf(&source.text);
    let src_text = source.text.clone();
    let mut r = Assembler::new(InputFormat::Markdown, source);
    run(&mut r, parsed.as_deref().unwrap_or(&src_text), &src_text);
    r.finish()
}

/// `text` with each `\r` not followed by `\n` replaced by `\n`, or `None` when there is none.
fn lone_cr_as_lf(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone) {
        return None;
    }
    let out: Vec<u8> = (0..bytes.len()).map(|i| if lone(i) { b'\n' } else { bytes[i] }).collect();
    // Only an ASCII byte was swapped for another, so the text is still UTF-8.
    String::from_utf8(out).ok()
}

/// `src` is the text parsed; `file` the file's own bytes (the same length, offsets alike).
fn run(r: &mut Assembler, src: &str, file: &str) {
    let mut opts = Options::empty();
    opts.insert(Options::ENABLE_TABLES);
    opts.insert(Options::ENABLE_STRIKETHROUGH);
    let mut heading: Option<(HeadingLevel, BlockBuf)> = None;
    let mut block: Option<BlockBuf> = None;
    let mut item_depth = 0usize;
    let mut in_code_block = false;
    for (event, range) in Parser::new_ext(src, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                if let Some(b) = block.take() {
                    r.add_block(b);
                }
                heading = Some((level, BlockBuf::default()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, buf)) = heading.take() {
                    r.on_heading(level, buf);
                }
            }
            Event::Start(Tag::Item) => {
                if let Some(b) = block.take() {
                    r.add_block(b);
                }
                item_depth += 1;
                block = Some(BlockBuf { bullet: true, marker: None, pieces: Vec::new() });
            }
            Event::End(TagEnd::Item) => {
                item_depth = item_depth.saturating_sub(1);
                if let Some(b) = block.take() {
                    r.add_block(b);
                }
            }
            Event::Start(Tag::Paragraph) => {
                if item_depth == 0 {
                    block = Some(BlockBuf::default());
                } else if let Some(b) = block.as_mut().filter(|b| !b.pieces.is_empty()) {
                    b.pieces.push(Piece { text: "\n".into(), file: range.start, verbatim: false, code: false });
                } else if block.is_none() {
                    block = Some(BlockBuf { bullet: true, marker: None, pieces: Vec::new() });
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if item_depth == 0
                    && let Some(b) = block.take()
                {
                    r.add_block(b);
                }
            }
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            Event::Start(Tag::TableCell) => {
                if let Some(b) = block.as_mut().filter(|b| !b.pieces.is_empty()) {
                    b.pieces.push(Piece { text: "\n".into(), file: range.start, verbatim: false, code: false });
                } else if block.is_none() && heading.is_none() {
                    block = Some(BlockBuf::default());
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(b) = block.take() {
                    r.add_block(b);
                }
            }
            Event::Text(t) if !in_code_block => {
                let verbatim = file.get(range.clone()) == Some(&*t);
                let piece = Piece { text: t.to_string(), file: range.start, verbatim, code: false };
                push_to(&mut heading, &mut block, piece);
            }
            Event::Code(c) => {
                let piece = Piece { text: c.to_string(), file: range.start, verbatim: false, code: true };
                push_to(&mut heading, &mut block, piece);
            }
            Event::SoftBreak | Event::HardBreak => {
                let piece = Piece { text: "\n".into(), file: range.start, verbatim: false, code: false };
                push_to(&mut heading, &mut block, piece);
            }
            _ => {}
        }
    }
    if let Some(b) = block.take() {
        r.add_block(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::assemble::split_title_company;
    use crate::profile::{BlockKind, Field, Section};

    fn section<'a>(p: &'a Profile, path: &str) -> &'a Section {
        p.sections
            .iter()
            .find(|s| s.path == path)
            .unwrap_or_else(|| panic!("no {path}: {:?}", p.sections.iter().map(|s| &s.path).collect::<Vec<_>>()))
    }

    const DOC: &str = "# Jane Doe\n\n## Headline\n\nSenior Engineer at **Acme**\n\n## About\n\nI build [reliable systems](https://x.io) with `kubectl`.\nSecond line.\n\n## Experience\n\n### Senior Engineer — Acme Corp\n\nJan 2021 – Present · Berlin\n\n- Led a team of 5\n- Cut costs by 20%\n\n### Engineer at Globex\n\n*03/2017 - 12/2020*\n\nBuilt things.\n\n## Skills\n\nRust, Go\n\n## Hobbies\n\nChess\n";

    #[test]
    fn reads_sections_and_entries() {
        let p = read("t.md", DOC.to_string());
        assert_eq!(p.name.as_deref(), Some("Jane Doe"));
        assert_eq!(section(&p, "headline").text, "Senior Engineer at Acme");
        let about = section(&p, "summary");
        assert_eq!(about.text, "I build reliable systems with kubectl.\nSecond line.");
        assert_eq!(about.skip.len(), 1);
        assert_eq!(&about.text[about.skip[0].clone()], "kubectl");
        assert_eq!(p.experience.len(), 2);
        let e0 = &p.experience[0];
        assert_eq!(e0.title.as_deref(), Some("Senior Engineer"));
        assert_eq!(e0.company.as_deref(), Some("Acme Corp"));
        assert_eq!(e0.location.as_deref(), Some("Berlin"));
        assert!(e0.is_current());
        let d0 = section(&p, "experience[0].description");
        assert_eq!(d0.text, "Led a team of 5\nCut costs by 20%");
        assert_eq!(d0.blocks.len(), 2);
        assert!(d0.blocks.iter().all(|b| b.kind == BlockKind::Bullet));
        let e1 = &p.experience[1];
        assert_eq!(e1.company.as_deref(), Some("Globex"));
        assert!(!e1.is_current());
        assert_eq!(section(&p, "experience[1].description").text, "Built things.");
        assert_eq!(section(&p, "skills").field, Field::Keywords);
        assert_eq!(section(&p, "other[0]").text, "Chess");
        assert!(p.vocabulary.iter().any(|v| v == "Globex"));
    }

    #[test]
    fn spans_map_back_to_file_positions() {
        let p = read("t.md", DOC.to_string());
        let about_idx = p.sections.iter().position(|s| s.path == "summary").unwrap();
        let about = &p.sections[about_idx];
        let off = about.text.find("Second").unwrap();
        let (_, line, col) = p.locate(about_idx, off);
        assert_eq!((line, col), (10, 1));
        let off = about.text.find("reliable").unwrap();
        let (_, line, col) = p.locate(about_idx, off);
        assert_eq!((line, col), (9, 10));
        let i = p.sections.iter().position(|s| s.path == "experience[0].description").unwrap();
        let (_, line, col) = p.locate(i, p.sections[i].text.find("Cut").unwrap());
        assert_eq!((line, col), (19, 3));
    }

    #[test]
    fn headline_from_preamble_and_heading_dates() {
        let p = read(
            "t.md",
            "# Jo\n\nData Scientist | ML\n\n## Experience\n\n### Analyst, Initech (2019–2021)\n\nDid analysis.\n"
                .into(),
        );
        assert_eq!(section(&p, "headline").text, "Data Scientist | ML");
        assert_eq!(p.experience[0].title.as_deref(), Some("Analyst"));
        assert_eq!(p.experience[0].company.as_deref(), Some("Initech"));
        assert_eq!(p.experience[0].start.map(|d| d.year), Some(2019));
        assert_eq!(section(&p, "experience[0].description").text, "Did analysis.");
    }

    #[test]
    fn title_company_separators() {
        for h in [
            "Senior Engineer — Acme",
            "Senior Engineer at Acme",
            "Senior Engineer | Acme",
            "Senior Engineer, Acme",
            "Senior Engineer @ Acme",
        ] {
            let (t, c) = split_title_company(h);
            assert_eq!((&h[t], &h[c.unwrap()]), ("Senior Engineer", "Acme"), "{h}");
        }
    }
}
