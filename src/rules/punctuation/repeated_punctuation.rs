//! `repeated-punctuation`: a mark typed twice or more ("!!", "??", ",,", ";;").

use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::rules::grammar::is_literal_at;
use crate::rules::{Rule, RuleMeta, SectionContext};

pub struct RepeatedPunctuation;

static META: RuleMeta = RuleMeta {
    id: "repeated-punctuation",
    category: Category::Punctuation,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "Punctuation typed twice or more (!!, ??, ,,, ;;)",
    description: "What it does: finds runs of the same mark: \"!!\", \"???\", \",,\", \";;\".\n\
Why: doubled commas are typos, and stacked exclamation or question marks read as chat, not as a \
professional profile.\n\
Not flagged: the ellipsis (\"...\"), mixed \"?!\" and \"!?\", marks glued to a word or number (\"!!value\", \
\"1,,2\" in code), runs inside URLs and code, and \"(;;)\".\n\
Use instead: a single mark (safe fix).",
    flags: &["Excited to join Acme!!", "Led sales,, marketing and ops;; hired 5."],
    accepts: &["Wait... what?! Really!? Yes.", "Wrote `a,,b` and for (;;) loops; see https://x.io/a,,b!!c."],
    default_enabled: true,
};

const MARKS: &[char] = &['!', '?', ',', ';'];

impl Rule for RepeatedPunctuation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_section(&self, cx: &SectionContext<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.section.is_prose() {
            return;
        }
        let text = cx.text();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            if !MARKS.contains(&c) {
                i += 1;
                continue;
            }
            let run = chars[i..].iter().take_while(|x| x.1 == c).count();
            // The whole stretch of ! and ? around it, to leave "?!" and "!?!" alone.
            if c == '!' || c == '?' {
                let stretch = chars[i..].iter().take_while(|x| x.1 == '!' || x.1 == '?').count();
                let before = i.checked_sub(1).map(|j| chars[j].1);
                if stretch != run || before.is_some_and(|b| b == '!' || b == '?') {
                    // Every run of a mixed stretch is left alone: skip it whole (measuring it
                    // again from each of its runs was quadratic in "!?!?…").
                    i += stretch;
                    continue;
                }
            }
            let prev = i.checked_sub(1).map(|j| chars[j].1);
            let next = chars.get(i + run).map(|x| x.1);
            let prev_ok = prev.is_some_and(|p| !"([{".contains(p) && !MARKS.contains(&p));
            let next_ok = next.is_none_or(|n| !n.is_alphanumeric() && !MARKS.contains(&n));
            let literal = is_literal_at(cx, at);
            if run >= 2 && prev_ok && next_ok && !literal {
                let end = chars.get(i + run).map_or(text.len(), |x| x.0);
                let message = format!("‘{c}’ repeated");
                out.push(cx.diag(&META, at..end, message).with_suggestions(vec![Suggestion::safe(c.to_string())]));
            }
            i += run;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags, check_text};

    const ID: &str = "repeated-punctuation";

    #[test]
    fn flags_runs() {
        assert_flags(ID, "Thrilled!!! Why??", 2);
        assert_flags(ID, "Sales,, ops;; and HR.", 2);
        let d = check_text(ID, "Thrilled!!!");
        assert_eq!(d[0].suggestions[0].replacement, "!");
        assert_eq!(d[0].span.len(), 3);
    }

    #[test]
    fn accepts_ellipsis_interrobang_and_code() {
        assert_clean(ID, "And then... we grew. Really?! Wow!? Yes?!?");
        assert_clean(ID, "Used !!flag and for (;;) and `a,,b` and 1,,2.");
        assert_clean(ID, "See https://example.com/x?a=1&&b=2,,c!!d for details.");
    }
}
