//! The plain-text reader: `Headline: …`, `About:`, `Experience:` labels instead of Markdown headings.
//! Inside Experience, a line followed by a date line starts an entry. Lines starting with `-`, `*` or
//! `•` are bullets. It feeds the same assembler as the Markdown reader.

use pulldown_cmark::HeadingLevel;

use super::assemble::{Assembler, BlockBuf, Piece};
use super::dates::parse_range_line;
use super::{InputFormat, Profile, SectionKind, Source, section_kind_for_heading};

/// Reads a plain-text profile. Never fails.
pub fn read(name: &str, text: String) -> Profile {
    let source = Source::new(name, text.clone());
    let mut asm = Assembler::new(InputFormat::PlainText, source);
    let lines: Vec<(usize, &str)> = line_offsets(&text);
    let mut para: Option<BlockBuf> = None;
    let mut section: Option<SectionKind> = None;
    let mut seen_anything = false;
    let flush = |asm: &mut Assembler, para: &mut Option<BlockBuf>| {
        if let Some(b) = para.take() {
            asm.add_block(b);
        }
    };
    for (i, &(off, line)) in lines.iter().enumerate() {
        let trimmed = line.trim_end_matches('\r');
        if trimmed.trim().is_empty() {
            flush(&mut asm, &mut para);
            continue;
        }
        // "Label:" or "Label: value"
        if let Some((label, value_off)) = label_of(trimmed)
            && let Some(kind) = section_kind_for_heading(label)
        {
            flush(&mut asm, &mut para);
            let lead = trimmed.len() - trimmed.trim_start().len();
            asm.on_heading(HeadingLevel::H2, piece_block(&trimmed[lead..lead + label.len()], off + lead, false));
            section = Some(kind);
            seen_anything = true;
            let value = trimmed[value_off..].trim();
            if !value.is_empty() {
                let v_off = off + value_off + (trimmed[value_off..].len() - trimmed[value_off..].trim_start().len());
                para = Some(piece_block(value, v_off, false));
            }
            continue;
        }
        let lead = trimmed.len() - trimmed.trim_start().len();
        let body = trimmed.trim();
        let (bullet, content, content_off) = match strip_bullet(body) {
            Some(rest) => (true, rest, off + lead + (body.len() - rest.len())),
            None => (false, body, off + lead),
        };
        if !seen_anything && !bullet && i == first_nonblank(&lines) && looks_like_name(content) {
            asm.on_heading(HeadingLevel::H1, piece_block(content, content_off, false));
            seen_anything = true;
            continue;
        }
        seen_anything = true;
        // Inside Experience or Education: a line followed by a date line is an entry heading.
        if matches!(section, Some(SectionKind::Experience | SectionKind::Education))
            && !bullet
            && para.is_none()
            && next_nonblank(&lines, i).is_some_and(|l| parse_range_line(l.trim()).is_some())
            && parse_range_line(content).is_none()
        {
            flush(&mut asm, &mut para);
            asm.on_heading(HeadingLevel::H3, piece_block(content, content_off, false));
            continue;
        }
        // A role written like a heading but with no date line under it ("Consultant — Initech") is
        // an entry of its own (so `missing-dates` sees it), not more text of the role above.
        if section == Some(SectionKind::Experience)
            && !bullet
            && para.is_none()
            && parse_range_line(content).is_none()
            && looks_like_entry_heading(content)
        {
            asm.on_heading(HeadingLevel::H3, piece_block(content, content_off, false));
            continue;
        }
        if bullet {
            flush(&mut asm, &mut para);
            let mut block = piece_block(content, content_off, true);
            block.marker = body.chars().next();
            asm.add_block(block);
            continue;
        }
        match para.as_mut() {
            Some(p) if !asm.awaiting_dates() => {
                p.pieces.push(Piece { text: "\n".into(), file: off, verbatim: false, code: false });
                p.pieces.push(Piece { text: content.to_string(), file: content_off, verbatim: true, code: false });
            }
            _ => {
                flush(&mut asm, &mut para);
                para = Some(piece_block(content, content_off, false));
            }
        }
    }
    flush(&mut asm, &mut para);
    asm.finish()
}

fn piece_block(text: &str, file: usize, bullet: bool) -> BlockBuf {
    BlockBuf { bullet, marker: None, pieces: vec![Piece { text: text.to_string(), file, verbatim: true, code: false }] }
}

fn line_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut off = 0;
    for line in text.split('\n') {
        out.push((off, line));
        off += line.len() + 1;
    }
    out
}

fn first_nonblank(lines: &[(usize, &str)]) -> usize {
    lines.iter().position(|(_, l)| !l.trim().is_empty()).unwrap_or(0)
}

fn next_nonblank<'a>(lines: &[(usize, &'a str)], i: usize) -> Option<&'a str> {
    lines[i + 1..].iter().map(|(_, l)| *l).find(|l| !l.trim().is_empty())
}

/// `Headline: text` → ("Headline", offset of the value).
fn label_of(line: &str) -> Option<(&str, usize)> {
    let colon = line.find(':')?;
    let label = line[..colon].trim();
    (!label.is_empty() && label.len() <= 40).then_some((label, colon + 1))
}

fn strip_bullet(line: &str) -> Option<&str> {
    for m in ["- ", "* ", "• ", "– ", "· "] {
        if let Some(rest) = line.strip_prefix(m) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// A line that names a role without its dates: `Title — Company`, or `Title at|@|| Company` where the
/// title holds a job word (`dictionaries/rules/title-words.tsv`); the title's words capitalised, no
/// sentence punctuation at the end, at most twelve words. A sentence that mentions a company
/// ("Lead engineer at Acme for payments.") is not one.
fn looks_like_entry_heading(line: &str) -> bool {
    if line.ends_with(['.', '!', '?', ':', ';', ',']) || line.split_whitespace().count() > 12 {
        return false;
    }
    let Some((sep, i)) = [" — ", " – ", " | ", " @ ", " at "].iter().find_map(|sep| line.find(sep).map(|i| (*sep, i)))
    else {
        return false;
    };
    let (title, company) = (line[..i].trim(), line[i + sep.len()..].trim());
    let capital = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic());
    const SMALL: &[&str] = &["of", "and", "for", "the", "in", "to", "&", "a", "de"];
    let title_cased = title.split_whitespace().all(|w| capital(w) || SMALL.contains(&w));
    if title.is_empty() || !capital(title) || !title_cased || !company.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    matches!(sep, " — " | " – ")
        || title.split(|c: char| !c.is_alphanumeric()).any(|w| title_words().contains(w.to_lowercase().as_str()))
}

fn title_words() -> &'static std::collections::HashSet<&'static str> {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        crate::rules::lexicon::rows(include_str!("../../dictionaries/rules/title-words.tsv"))
            .map(|r| crate::rules::lexicon::col(&r, 0))
            .collect()
    })
}

/// A first line of two to five capitalised words with no punctuation: a person's name.
fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !line.contains([':', ',', '.', '|', '@'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_entries_and_bullets() {
        let text = "Jane Doe\nHeadline: Staff Engineer at Acme\n\nAbout:\nI build tools.\nThey work.\n\nExperience:\nStaff Engineer — Acme\nJan 2021 – Present · Berlin\n- Led a team\n- Shipped it\n\nEngineer at Globex\n2018–2020\nBuilt things.\n";
        let p = read("p.txt", text.to_string());
        assert_eq!(p.name.as_deref(), Some("Jane Doe"));
        let get = |path: &str| p.sections.iter().find(|s| s.path == path).map(|s| s.text.as_str());
        assert_eq!(get("headline"), Some("Staff Engineer at Acme"));
        assert_eq!(get("summary"), Some("I build tools.\nThey work."));
        assert_eq!(p.experience.len(), 2);
        assert_eq!(p.experience[0].company.as_deref(), Some("Acme"));
        assert!(p.experience[0].is_current());
        assert_eq!(get("experience[0].description"), Some("Led a team\nShipped it"));
        assert_eq!(p.experience[1].title.as_deref(), Some("Engineer"));
        assert_eq!(get("experience[1].description"), Some("Built things."));
        let i = p.sections.iter().position(|s| s.path == "experience[0].description").unwrap();
        let (_, line, col) = p.locate(i, p.sections[i].text.find("Shipped").unwrap());
        assert_eq!((line, col), (12, 3));
    }

    #[test]
    fn a_role_without_a_date_line_is_its_own_entry() {
        let text = "Jane Doe\n\nExperience:\nStaff Engineer — Acme\nJan 2021 – Present\n- Led a team\n\nConsultant — Initech\n- Audited billing\n\nEngineer at Globex\n2018–2020\nBuilt things.\n\nSenior Analyst at Hooli\n\nRan the numbers.\n";
        let p = read("p.txt", text.to_string());
        let titles: Vec<_> = p.experience.iter().map(|e| (e.title.clone(), e.company.clone())).collect();
        let t = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert_eq!(
            titles,
            [
                t("Staff Engineer", "Acme"),
                t("Consultant", "Initech"),
                t("Engineer", "Globex"),
                t("Senior Analyst", "Hooli")
            ]
        );
        let get = |path: &str| p.sections.iter().find(|s| s.path == path).map(|s| s.text.as_str());
        assert_eq!(get("experience[0].description"), Some("Led a team"));
        assert_eq!(get("experience[1].description"), Some("Audited billing"));
        assert_eq!(get("experience[3].description"), Some("Ran the numbers."));
        let label = &p.sections.iter().find(|s| s.path == "experience[1].description").unwrap().label;
        assert!(label.contains("Initech"), "{label}");
    }

    #[test]
    fn prose_that_names_a_company_stays_prose() {
        let text = "Experience:\nStaff Engineer — Acme\nJan 2021 – Present\nBuilt the API.\n\nLead engineer at Acme for payments\n\nWorked at Globex on billing.\n\nPython | Go | Rust\n";
        let p = read("p.txt", text.to_string());
        assert_eq!(p.experience.len(), 1, "{:?}", p.experience);
    }
}
