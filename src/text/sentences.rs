//! Sentence splitting for rules that work per sentence. Line breaks end a sentence too: in profile
//! text a new line is almost always a new bullet or a new thought.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace; empty ones dropped.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        for (i, s) in line.split_sentence_bound_indices() {
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

    #[test]
    fn keeps_abbreviations_inside() {
        assert_eq!(
            texts("Worked with Dr. Smith on it. Then left."),
            vec!["Worked with Dr. Smith on it.", "Then left."]
        );
    }
}
