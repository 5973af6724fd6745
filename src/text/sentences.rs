//! Sentence splitting for rules that work per sentence. Line breaks end a sentence too: in profile
//! text a new line is almost always a new bullet or a new thought.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace; empty ones dropped.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        // Most lines are one sentence: then the whole line is the one segment UAX #29 would give.
        let whole = [(0, line)];
        let segments: &mut dyn Iterator<Item = (usize, &str)> =
            if one_sentence(line) { &mut whole.into_iter() } else { &mut line.split_sentence_bound_indices() };
        for (i, s) in segments {
            let trimmed_start = s.len() - s.trim_start().len();
            let body = s.trim();
            if !body.is_empty() {
                let start = line_start + i + trimmed_start;
                out.push(start..start + body.len());
            }
        }
        line_start += line.len() + 1;
    }
    merge_after_abbreviations(text, out)
}

/// Whether UAX #29 finds no sentence break inside `line` (a line, without its `\n`): no full stop, `!`
/// or `?` but at the very end (then only closing brackets, quotes and spaces after them, where no rule
/// breaks), and no other character that could end a sentence or a paragraph: only ASCII, Latin letters and
/// the common typographic quotes, dashes and bullets, none of which does.
fn one_sentence(line: &str) -> bool {
    let body = line.trim_end_matches([' ', '\t']).trim_end_matches([')', ']', '"', '\'', '’', '”']);
    let body = body.trim_end_matches(['.', '!', '?']);
    body.chars().all(|c| match c {
        '.' | '!' | '?' | '\r' => false,
        c if c.is_ascii() => true,
        '’' | '‘' | '“' | '”' | '–' | '—' | '•' | '\u{a0}' => true,
        c => c.is_alphabetic() && (c as u32) < 0x250,
    })
}

/// The sentence holding byte `pos` (`sentences` as `sentences` gives them: in order, disjoint).
pub fn sentence_at(sentences: &[Range<usize>], pos: usize) -> Option<&Range<usize>> {
    let i = sentences.partition_point(|s| s.end <= pos);
    sentences.get(i).filter(|s| s.start <= pos)
}

/// UAX #29 breaks after "Mr." or "approx." when a capital follows; join those back.
fn merge_after_abbreviations(text: &str, sents: Vec<Range<usize>>) -> Vec<Range<usize>> {
    const ABBREVIATIONS: &[&str] = &[
        "mr.", "mrs.", "ms.", "dr.", "prof.", "sr.", "jr.", "st.", "inc.", "ltd.", "co.", "corp.", "vs.", "approx.",
        "dept.", "e.g.", "i.e.", "etc.", "no.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
        "sept.", "oct.", "nov.", "dec.", "u.s.", "u.k.", "ph.d.", "b.s.", "m.s.", "b.a.", "m.a.",
    ];
    let mut out: Vec<Range<usize>> = Vec::with_capacity(sents.len());
    for s in sents {
        if let Some(prev) = out.last_mut() {
            let prev_text = &text[prev.clone()];
            let same_line = !text[prev.end..s.start].contains('\n');
            let last_word = prev_text.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
            if same_line && ABBREVIATIONS.contains(&last_word.as_str()) {
                prev.end = s.end;
                continue;
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_punctuation_and_lines() {
        assert_eq!(
            texts("I build things. I ship them!\n- Led a team"),
            vec!["I build things.", "I ship them!", "- Led a team"]
        );
    }

    /// Wherever `one_sentence` says so, UAX #29 finds one sentence: every ASCII character and every
    /// non-ASCII one it lets through, alone, between letters, before and after a closing full stop,
    /// and in tails of terminators, closers and spaces.
    #[test]
    fn one_sentence_is_what_uax29_finds() {
        let mut chars: Vec<char> = (0u8..128).map(char::from).filter(|&c| c != '\n').collect();
        chars
            .extend(['’', '‘', '“', '”', '–', '—', '•', '\u{a0}', 'é', 'ß', 'Ł', 'ș', '…', '。', '\u{2029}', '\u{85}']);
        let tails = ["", ".", "!?", "...", ".)", ".’ ", "?\" \t", ". .", ".) )", ")."];
        let mut fast = 0;
        for c in chars {
            for shape in ["{c}", "a{c}b", "a{c}", "{c}b. ", "Led it{c} x", "end. {c}", "a {c} b"] {
                for tail in tails {
                    let line = format!("{}{tail}", shape.replace("{c}", &c.to_string()));
                    if one_sentence(&line) {
                        fast += 1;
                        let n = line.split_sentence_bound_indices().count();
                        assert_eq!(n, 1, "{line:?}: {:?}", line.split_sentence_bound_indices().collect::<Vec<_>>());
                    }
                }
            }
        }
        assert!(fast > 5_000, "{fast}");
        assert!(
            !one_sentence("One. Two") && !one_sentence("One!Two") && !one_sentence("a\rb") && !one_sentence("end.) )")
        );
        assert!(one_sentence("Led a team of 5 engineers.") && one_sentence("Built “fast” APIs – twice!"));
    }

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            texts("Worked with Dr. Smith on it. Then left."),
            vec!["Worked with Dr. Smith on it.", "Then left."]
        );
    }
}
