//! `emoji-overuse`: more emoji in a section than `RuleOptions::max_emoji_per_section`, or emoji
//! used as the bullet marker of most lines of the profile.

use super::{emoji_ranges, is_emoji, is_quoted, section_groups};
use crate::diagnostic::{Category, Diagnostic, Related, Severity};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct EmojiOveruse;

static META: RuleMeta = RuleMeta {
    id: "emoji-overuse",
    category: Category::Style,
    default_severity: Severity::Info,
    sections: &[],
    summary: "Many emoji in one section, or emoji as bullet markers throughout",
    description: "What it does: counts emoji in each section (an experience entry's description and bullets \
together) and reports a section with more than `max_emoji_per_section` (default 3), once, at the first \
one over. Separately, when most lines of the profile (at least three) start with an emoji used as a \
bullet marker (🚀, ✅, 👉), it reports that once. Symbols such as ©, ™, → and • are not emoji.\n\
Why: one emoji can set a tone; many make a profile hard to scan and some readers and applicant-tracking \
systems show them as boxes.\n\
Use instead: plain bullets and words; keep at most one or two emoji where they add something.",
    flags: &[
        "Coffee ☕ code 💻 cats 🐈 and climbing 🧗",
        "🚀 Shipped the app\n✅ Cut costs 20%\n👉 Hired five engineers",
    ],
    accepts: &["Building tools for teams 🚀", "Shipped the app ✅ and cut costs 20%; © 2024 Acme™ → more"],
    default_enabled: true,
};

/// A line counts as an item of a list when it has a few words.
fn is_item(line: &str) -> bool {
    line.split_whitespace().count() >= 3
}

/// The leading emoji of `line` (after its indent): its first grapheme cluster, when that holds an
/// emoji (as `emoji_ranges` counts them), as a byte range of the trimmed line.
fn leading_emoji(line: &str) -> Option<std::ops::Range<usize>> {
    use unicode_segmentation::UnicodeSegmentation;
    let first = line.trim_start().graphemes(true).next()?;
    first.chars().any(is_emoji).then_some(0..first.len())
}

impl Rule for EmojiOveruse {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let max = cx.options.max_emoji_per_section;
        let diag = |section: usize, span: std::ops::Range<usize>, message: String| {
            Diagnostic::new(META.id, META.category, META.default_severity, section, span, message)
        };
        let sections = cx.profile.sections.iter().enumerate().filter(|(_, s)| s.is_prose() && !is_quoted(s));

        // Emoji as bullet markers: the leading emoji of each line, counted across the profile.
        let mut items = 0;
        let mut markers: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
        for (i, s) in sections.clone() {
            let mut at = 0;
            for line in s.text.split('\n') {
                if is_item(line) {
                    items += 1;
                    if let Some(r) = leading_emoji(line) {
                        let lead = line.len() - line.trim_start().len();
                        markers.push((i, at + lead + r.start..at + lead + r.end));
                    }
                }
                at += line.len() + 1;
            }
        }
        let marker_style = markers.len() >= 3 && markers.len() * 2 >= items;
        if marker_style {
            let (section, span) = markers[0].clone();
            let related = markers[1..]
                .iter()
                .map(|(s, r)| Related { section: *s, span: r.clone(), message: "another emoji bullet".into() })
                .collect();
            let message = format!("{} lines start with an emoji as a bullet marker: use plain bullets", markers.len());
            out.push(diag(section, span, message).with_related(related));
        }

        for group in section_groups(sections) {
            let found: Vec<(usize, std::ops::Range<usize>)> = group
                .iter()
                .flat_map(|(i, s)| emoji_ranges(&s.text, &s.skip).into_iter().map(move |r| (*i, r)))
                .filter(|m| !(marker_style && markers.contains(m)))
                .collect();
            if found.len() > max {
                let (section, span) = found[max].clone();
                let message = format!("{} emoji in this section: keep at most {max}", found.len());
                out.push(diag(section, span, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn counts_per_section() {
        assert_flags("emoji-overuse", "Coffee ☕ code 💻 cats 🐈 and climbing 🧗", 1);
        assert_clean("emoji-overuse", "Coffee ☕ code 💻 cats 🐈 and climbing");
        assert_clean("emoji-overuse", "Team of 👩🏽‍💻👨‍💻 and 🇩🇪 office");
    }

    #[test]
    fn emoji_bullet_markers_once_for_the_profile() {
        assert_flags("emoji-overuse", "🚀 Shipped the app\n✅ Cut costs 20%\n👉 Hired five engineers", 1);
        assert_clean(
            "emoji-overuse",
            "🚀 Shipped the app\nCut costs by 20% this year\nHired five engineers here\nRan the on-call rota",
        );
    }
}
