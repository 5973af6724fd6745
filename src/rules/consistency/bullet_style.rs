//! `bullet-style`: bullets that mix ending periods, or capitalised and lowercase starts.
//! (The readers do not keep the bullet characters, so mixed `-`/`•` markers are not checked.)

use super::entries::{Place, diag};
use crate::diagnostic::{Category, Diagnostic, Severity, Suggestion};
use crate::profile::{BlockKind, Field, Profile};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct BulletStyle;

static META: RuleMeta = RuleMeta {
    id: "bullet-style",
    category: Category::Consistency,
    default_severity: Severity::Info,
    sections: &[],
    summary: "Bullets that mix ending periods or start capitals",
    description: "What it does: looks at every bullet in the profile: does it end with a period, and does it start \
with a capital? With at least three bullets and a clear majority, the bullets that do otherwise are reported.\n\
Not counted: bullets ending in `?`, `!` or `:`, and starts that are not plain words (`iOS`, `3x`, `eBay`).\n\
Why: a list reads as one piece when every item is built the same way.\n\
Use instead: the majority's style (the suggestion adds or removes the period, or fixes the capital).",
    flags: &[
        "- Built the API.\n- Cut costs by 20%.\n- Led a team of five\n- Hired three engineers.",
        "- Built the API\n- cut costs by 20%\n- Led a team of five",
    ],
    accepts: &[
        "- Built the API.\n- Cut costs by 20%.\n- Led a team of five.",
        "- Built the API\n- Shipped iOS 2.0\n- What next?",
    ],
    default_enabled: true,
};

struct Bullet {
    section: usize,
    range: std::ops::Range<usize>,
}

fn bullets(p: &Profile) -> Vec<Bullet> {
    let mut out = Vec::new();
    for (i, s) in p.sections.iter().enumerate() {
        match s.field {
            Field::Bullet => out.push(Bullet { section: i, range: super::entries::trimmed(&s.text) }),
            Field::Text => {
                for b in s.blocks.iter().filter(|b| b.kind == BlockKind::Bullet) {
                    let t = &s.text[b.range.clone()];
                    let r = super::entries::trimmed(t);
                    out.push(Bullet { section: i, range: b.range.start + r.start..b.range.start + r.end });
                }
            }
            _ => {}
        }
    }
    out.retain(|b| !b.range.is_empty());
    out
}

/// `Some(true)` when the bullet ends with a period, `Some(false)` without one, `None` for `?`, `!`, `:`.
fn ends_with_period(t: &str) -> Option<bool> {
    let t = t.trim_end_matches(['"', '”', '\'', '’', ')', '*', '_']);
    match t.chars().last()? {
        '.' => Some(!t.ends_with("..")),
        c if c.is_alphanumeric() || c == '%' => Some(false),
        _ => None,
    }
}

/// `Some(true)` for a capital start, `Some(false)` for a lower-case plain word, `None` otherwise.
fn starts_capital(t: &str) -> Option<bool> {
    let word = t.split_whitespace().next()?;
    let mut chars = word.chars();
    let first = chars.next()?;
    if !first.is_alphabetic() || chars.clone().any(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    Some(first.is_uppercase())
}

impl Rule for BulletStyle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let all = bullets(p);
        let text = |b: &Bullet| &p.sections[b.section].text[b.range.clone()];
        let periods: Vec<(bool, &Bullet)> = all.iter().filter_map(|b| Some((ends_with_period(text(b))?, b))).collect();
        let capitals: Vec<(bool, &Bullet)> = all.iter().filter_map(|b| Some((starts_capital(text(b))?, b))).collect();
        let majority = |v: &[(bool, &Bullet)]| {
            let yes = v.iter().filter(|x| x.0).count();
            let no = v.len() - yes;
            (v.len() >= 3 && yes != no).then_some(yes > no)
        };
        if let Some(with) = majority(&periods) {
            let related: Vec<_> = periods.iter().filter(|x| x.0 == with).take(2).map(|x| place_end(p, x.1).related("like this bullet")).collect();
            for (_, b) in periods.iter().filter(|x| x.0 != with) {
                let place = place_end(p, b);
                let last = &p.sections[b.section].text[place.span.clone()];
                let (message, fix) = if with {
                    ("most bullets end with a period; this one does not", format!("{last}."))
                } else {
                    ("most bullets end without a period; this one has one", String::new())
                };
                out.push(diag(&META, &place, message).with_suggestions(vec![Suggestion::safe(fix)]).with_related(related.clone()));
            }
        }
        // Only lower-case starts are reported: a capital may be a name (`Kafka`, `Berlin`).
        if majority(&capitals) == Some(true) {
            let first_char = |b: &Bullet| {
                let c = text(b).chars().next().map_or(1, char::len_utf8);
                Place { section: b.section, span: b.range.start..b.range.start + c }
            };
            let related: Vec<_> = capitals.iter().filter(|x| x.0).take(2).map(|x| first_char(x.1).related("like this bullet")).collect();
            for (_, b) in capitals.iter().filter(|x| !x.0) {
                let place = first_char(b);
                let fix = p.sections[b.section].text[place.span.clone()].to_uppercase();
                out.push(
                    diag(&META, &place, "most bullets start with a capital; this one does not")
                        .with_suggestions(vec![Suggestion::safe(fix)])
                        .with_related(related.clone()),
                );
            }
        }
    }
}

/// The last character of a bullet (its period, or where one would go).
fn place_end(p: &Profile, b: &Bullet) -> Place {
    let len = p.sections[b.section].text[b.range.clone()].chars().last().map_or(0, char::len_utf8);
    Place { section: b.section, span: b.range.end - len..b.range.end }
}
