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
        let bytes = text.as_bytes();
        let before = |at: usize| text[..at].chars().next_back();
        // The marks are ASCII: only their bytes are looked at, with no vector of the text's characters.
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            if !matches!(b, b'!' | b'?' | b',' | b';') {
                at += 1;
                continue;
            }
            let c = char::from(b);
            let run = bytes[at..].iter().take_while(|&&x| x == b).count();
            // The whole stretch of ! and ? around it, to leave "?!" and "!?!" alone.
            if c == '!' || c == '?' {
                let stretch = bytes[at..].iter().take_while(|&&x| x == b'!' || x == b'?').count();
                if stretch != run || before(at).is_some_and(|b| b == '!' || b == '?') {
                    // Every run of a mixed stretch is left alone: skip it whole (measuring it
                    // again from each of its runs was quadratic in "!?!?…").
                    at += stretch;
                    continue;
                }
            }
            let prev = before(at);
            let next = text[at + run..].chars().next();
            let prev_ok = prev.is_some_and(|p| !"([{".contains(p) && !MARKS.contains(&p));
            let next_ok = next.is_none_or(|n| !n.is_alphanumeric() && !MARKS.contains(&n));
            let literal = is_literal_at(cx, at);
            if run >= 2 && prev_ok && next_ok && !literal {
                let message = format!("‘{c}’ repeated");
                let span = at..at + run;
                out.push(cx.diag(&META, span, message).with_suggestions(vec![Suggestion::safe(c.to_string())]));
            }
            at += run;
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
