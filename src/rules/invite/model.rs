//! A word model of selling and of asking for a job, beside the patterns: a logistic regression over the
//! words and word pairs of a note (`dictionaries/rules/invite-model.tsv`, trained by
//! `scripts/train-invite-model.py` on the development notes only). The patterns name the signs they know;
//! the model weighs every word, so it also reads the sales and job-seeking notes written in ways no
//! pattern lists. Where it reads a note as a pitch or an ask that the patterns missed, the finding points
//! at the sentence that weighs most.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// One label's weights: the bias and the weight of each feature.
struct Weights {
    bias: f64,
    features: HashMap<&'static str, f64>,
}

/// The labels the model knows, by name (`pitch`, `job-ask`).
fn model() -> &'static HashMap<&'static str, Weights> {
    static MODEL: OnceLock<HashMap<&'static str, Weights>> = OnceLock::new();
    MODEL.get_or_init(|| {
        let mut m: HashMap<&'static str, Weights> = HashMap::new();
        for line in include_str!("../../../dictionaries/rules/invite-model.tsv").lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(label), Some(feature), Some(weight)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            let Ok(weight) = weight.parse::<f64>() else { continue };
            let w = m.entry(label).or_insert_with(|| Weights { bias: 0.0, features: HashMap::new() });
            if feature.is_empty() {
                w.bias = weight;
            } else {
                w.features.insert(feature, weight);
            }
        }
        m
    })
}

/// The note's words with their byte spans: runs of `a`–`z`, `0`–`9` and the apostrophe in the
/// lower-cased text (a curly apostrophe is straightened), and `?`, `$`, `£`, `€`, `%` on their own, as
/// the training script reads them.
fn words(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    let mut cur: Option<(String, Range<usize>)> = None;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let lowered: Vec<char> = if c == '’' { vec!['\''] } else { c.to_lowercase().collect() };
        for l in lowered {
            if l.is_ascii_lowercase() || l.is_ascii_digit() || l == '\'' {
                match cur.as_mut() {
                    Some((w, span)) => {
                        w.push(l);
                        span.end = end;
                    }
                    None => cur = Some((l.to_string(), i..end)),
                }
            } else {
                if let Some(w) = cur.take() {
                    out.push(w);
                }
                if matches!(l, '?' | '$' | '£' | '€' | '%') {
                    out.push((l.to_string(), i..end));
                }
            }
        }
    }
    out.extend(cur);
    out
}

/// The features of a stretch of words: each word and each pair of neighbours, once each, sorted.
fn features(words: &[(String, Range<usize>)]) -> Vec<String> {
    let mut f: Vec<String> = words.iter().map(|(w, _)| w.clone()).collect();
    f.extend(words.windows(2).map(|p| format!("{} {}", p[0].0, p[1].0)));
    f.sort();
    f.dedup();
    f
}

/// The model's score for `label` (a log-odds: over 0 reads as the label), or `None` for an unknown label.
pub fn score(label: &str, text: &str) -> Option<f64> {
    score_words(label, &words(text))
}

/// [`score`] of the note's words, found once by the caller.
fn score_words(label: &str, all: &[(String, Range<usize>)]) -> Option<f64> {
    let w = model().get(label)?;
    Some(w.bias + features(all).iter().filter_map(|f| w.features.get(f.as_str())).sum::<f64>())
}

/// Where the note reads as `label`: when the model scores the whole note over 0, the sentence (of
/// `sentences`, byte ranges) whose features weigh most for it.
pub fn reads_as(label: &str, text: &str, sentences: &[Range<usize>]) -> Option<Range<usize>> {
    let all = words(text);
    if score_words(label, &all)? <= 0.0 {
        return None;
    }
    let w = model().get(label)?;
    // The words of each sentence, found in one pass (both are in text order): linear in the note.
    let mut from = 0;
    let mut best: Option<(f64, Range<usize>)> = None;
    for s in sentences.iter().filter(|s| !text[(*s).clone()].trim().is_empty()) {
        while from < all.len() && all[from].1.start < s.start {
            from += 1;
        }
        let to = from + all[from..].iter().take_while(|(_, r)| r.end <= s.end).count();
        let v = features(&all[from..to]).iter().filter_map(|f| w.features.get(f.as_str())).sum::<f64>();
        from = to;
        if best.as_ref().is_none_or(|(b, _)| v > *b) {
            best = Some((v, s.clone()));
        }
    }
    best.map(|(_, s)| {
        // The sentence without its surrounding spaces.
        let t = &text[s.clone()];
        let start = s.start + (t.len() - t.trim_start().len());
        start..start + t.trim().len()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_the_training_script_reads_them() {
        let w: Vec<String> = words("Hi Ana — we’ve cut costs 30%! Price: $40?").into_iter().map(|(w, _)| w).collect();
        assert_eq!(w, ["hi", "ana", "we've", "cut", "costs", "30", "%", "price", "$", "40", "?"]);
        let f = features(&words("Want a quote"));
        assert_eq!(f, ["a", "a quote", "quote", "want", "want a"]);
    }

    #[test]
    fn reads_sales_and_job_asks_not_personal_notes() {
        let s = |t: &str| crate::text::sentences(t);
        let pitch = "Hi Sam, we've helped 40 clinics cut no-shows with our reminder service. Worth a quick call?";
        assert!(reads_as("pitch", pitch, &s(pitch)).is_some());
        let ask = "Hi Sam, I'm a newly qualified nurse moving to Leeds. Could you refer me for a post on your ward?";
        assert!(reads_as("job-ask", ask, &s(ask)).is_some());
        let fine =
            "Hi Sam, great to meet you at the Leeds nursing conference; your talk on sepsis audits was excellent.";
        assert!(reads_as("pitch", fine, &s(fine)).is_none());
        assert!(reads_as("job-ask", fine, &s(fine)).is_none());
        assert!(score("no-such-label", fine).is_none());
    }
}
