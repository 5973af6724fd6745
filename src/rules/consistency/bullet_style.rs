//! `bullet-style`: bullets that mix ending periods, bullet characters, or a list that starts in lower
//! case where the profile's other lists start with capitals. (One lower-case bullet among capitals is
//! `sentence-capitalization`'s finding.) Bullet characters count only where they are text (plain
//! text, JSON strings, LinkedIn cells): in Markdown, `-` and `*` are syntax and render alike.

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
    summary: "Bullets that mix ending periods, bullet characters or start capitals",
    description: "What it does: looks at every bullet in the profile: does it end with a period, and does it start \
with a capital? With at least three bullets and a clear majority, the bullets that do otherwise are reported.\n\
Bullet characters typed in the text (`•`, `-`, `*`) are compared the same way; in Markdown they are syntax \
and render alike, so they are not.\n\
Not counted: bullets ending in `?`, `!` or `:`, and starts that are not plain words (`iOS`, `3x`, `eBay`).\n\
Why: a list reads as one piece when every item is built the same way.\n\
Use instead: the majority's style (the suggestion adds or removes the period, or fixes the capital).",
    flags: &[
        "- Built the API.\n- Cut costs by 20%.\n- Led a team of five\n- Hired three engineers.",
        "{\"basics\": {\"name\": \"A B\"}, \"work\": [{\"name\": \"Acme\", \"summary\": \"• Built the API\\n• Cut costs\\n- Led a team\"}]}",
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
    /// The list it belongs to: its entry, or its section when it has none.
    list: usize,
}

fn bullets(p: &Profile) -> Vec<Bullet> {
    // Entries first (numbered by entry), then other sections (numbered after them).
    let list_of = |i: usize| p.sections[i].entry.unwrap_or(p.experience.len() + i);
    let mut out = Vec::new();
    for (i, s) in p.sections.iter().enumerate() {
        match s.field {
            Field::Bullet => out.push(Bullet { section: i, range: super::entries::trimmed(&s.text), list: list_of(i) }),
            Field::Text => {
                for b in s.blocks.iter().filter(|b| b.kind == BlockKind::Bullet) {
                    let t = &s.text[b.range.clone()];
                    let r = super::entries::trimmed(t);
                    out.push(Bullet {
                        section: i,
                        range: b.range.start + r.start..b.range.start + r.end,
                        list: list_of(i),
                    });
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
        // `..` and `...` are neither: appending a period to them never settles (found by fixing a
        // real profile twice); repeated-punctuation deals with `..`.
        '.' if t.ends_with("..") => None,
        '.' => Some(true),
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

/// One attribute of a bullet (ends with a period / starts with a capital), where it shows.
struct Vote<'a> {
    yes: bool,
    bullet: &'a Bullet,
}

/// The side more than half of `votes` take, if there are at least `min` and no tie.
fn majority(votes: &[&Vote<'_>], min: usize) -> Option<bool> {
    let yes = votes.iter().filter(|v| v.yes).count();
    let no = votes.len() - yes;
    (votes.len() >= min && yes != no).then_some(yes > no)
}

/// Reports the bullets out of step: within a list (an entry, or a section) that mixes, each minority
/// bullet; a whole list that differs from the profile's majority, once, at its first bullet.
fn report(
    p: &Profile,
    votes: &[Vote<'_>],
    place: &dyn Fn(&Bullet) -> Place,
    message: &dyn Fn(bool, bool) -> (String, String),
    out: &mut Vec<Diagnostic>,
) {
    let all: Vec<&Vote<'_>> = votes.iter().collect();
    let Some(profile_way) = majority(&all, 3) else { return };
    let mut lists: Vec<usize> = votes.iter().map(|v| v.bullet.list).collect();
    lists.sort_unstable();
    lists.dedup();
    for list in lists {
        let in_list: Vec<&Vote<'_>> = votes.iter().filter(|v| v.bullet.list == list).collect();
        let way = majority(&in_list, 2).unwrap_or(profile_way);
        let (odd, usual): (Vec<&Vote<'_>>, Vec<&Vote<'_>>) = in_list.iter().partition(|v| v.yes != way);
        if !odd.is_empty() && !usual.is_empty() {
            let related: Vec<_> =
                usual.iter().take(2).map(|v| place(v.bullet).related("like the other bullets of this list")).collect();
            for v in odd {
                let pl = place(v.bullet);
                let (msg, fix) = message(way, false);
                let fix = fix.replace("{}", &p.sections[pl.section].text[pl.span.clone()]);
                out.push(
                    diag(&META, &pl, msg).with_suggestions(vec![Suggestion::safe(fix)]).with_related(related.clone()),
                );
            }
        } else if way != profile_way {
            let others: Vec<_> = votes
                .iter()
                .filter(|v| v.bullet.list != list && v.yes == profile_way)
                .take(2)
                .map(|v| place(v.bullet).related("like most bullets"))
                .collect();
            let pl = place(in_list[0].bullet);
            let (msg, _) = message(profile_way, true);
            out.push(diag(&META, &pl, msg).with_related(others));
        }
    }
}

impl Rule for BulletStyle {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        let all = bullets(p);
        let text = |b: &Bullet| &p.sections[b.section].text[b.range.clone()];
        let periods: Vec<Vote<'_>> =
            all.iter().filter_map(|b| Some(Vote { yes: ends_with_period(text(b))?, bullet: b })).collect();
        let end = |b: &Bullet| place_end(p, b);
        let period_message = |with: bool, list: bool| match (with, list) {
            (true, false) => {
                ("the other bullets of this list end with a period; this one does not".to_string(), "{}.".to_string())
            }
            (false, false) => {
                ("the other bullets of this list end without a period; this one has one".to_string(), String::new())
            }
            (true, true) => (
                "this list's bullets end without a period; most bullets in the profile end with one".to_string(),
                String::new(),
            ),
            (false, true) => {
                ("this list's bullets end with a period; most bullets in the profile do not".to_string(), String::new())
            }
        };
        report(p, &periods, &end, &period_message, out);
        markers(p, out);
        // Only lower-case starts are reported: a capital may be a name (`Kafka`, `Berlin`).
        let capitals: Vec<Vote<'_>> =
            all.iter().filter_map(|b| Some(Vote { yes: starts_capital(text(b))?, bullet: b })).collect();
        if capitals.iter().any(|v| !v.yes) {
            let first = |b: &Bullet| {
                let c = text(b).chars().next().map_or(1, char::len_utf8);
                Place { section: b.section, span: b.range.start..b.range.start + c }
            };
            let lowers: Vec<Vote<'_>> = capitals.into_iter().collect();
            let cap_message = |upper: bool, list: bool| match (upper, list) {
                // One lower-case bullet among capitals is `sentence-capitalization`'s finding.
                (true, false) => (String::new(), String::new()),
                (true, true) => (
                    "this list's bullets start in lower case; most bullets in the profile start with a capital"
                        .to_string(),
                    String::new(),
                ),
                _ => (String::new(), String::new()),
            };
            let mut found = Vec::new();
            report(p, &lowers, &first, &cap_message, &mut found);
            // Capital starts are never told to lower their case.
            for mut d in found.into_iter().filter(|d| !d.message.is_empty()) {
                for s in &mut d.suggestions {
                    s.replacement = s.replacement.to_uppercase();
                }
                d.suggestions.retain(|s| !s.replacement.is_empty());
                out.push(d);
            }
        }
    }
}

/// Bullet characters typed in the text: in each list (entry or section), the usual one wins and the
/// others are reported with it as a safe fix; without a usual one in the list, the profile's.
fn markers(p: &Profile, out: &mut Vec<Diagnostic>) {
    // (list, section, marker's byte offset, marker)
    let mut found: Vec<(usize, usize, usize, char)> = Vec::new();
    for (i, s) in p.sections.iter().enumerate() {
        for b in s.blocks.iter().filter(|b| b.kind == BlockKind::Bullet) {
            let Some(m) = b.marker else { continue };
            if let Some(at) = s.text[..b.range.start].rfind(m) {
                found.push((s.entry.unwrap_or(p.experience.len() + i), i, at, m));
            }
        }
    }
    let usual = |items: &[&(usize, usize, usize, char)]| -> Option<char> {
        let mut counts: Vec<(char, usize)> = Vec::new();
        for x in items {
            match counts.iter_mut().find(|(c, _)| *c == x.3) {
                Some(e) => e.1 += 1,
                None => counts.push((x.3, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        match counts.as_slice() {
            [(c, n), (_, m), ..] if n > m => Some(*c),
            [(c, _)] => Some(*c),
            _ => None,
        }
    };
    let all: Vec<&(usize, usize, usize, char)> = found.iter().collect();
    let Some(profile_way) = usual(&all) else { return };
    let mut lists: Vec<usize> = found.iter().map(|x| x.0).collect();
    lists.sort_unstable();
    lists.dedup();
    for list in lists {
        let items: Vec<&(usize, usize, usize, char)> = found.iter().filter(|x| x.0 == list).collect();
        let way = usual(&items).unwrap_or(profile_way);
        let like: Vec<_> = items
            .iter()
            .filter(|x| x.3 == way)
            .take(2)
            .map(|x| Place { section: x.1, span: x.2..x.2 + x.3.len_utf8() }.related(format!("written ‘{way}’")))
            .collect();
        for x in items.iter().filter(|x| x.3 != way) {
            let place = Place { section: x.1, span: x.2..x.2 + x.3.len_utf8() };
            let msg = format!("this bullet starts with ‘{}’; the other bullets use ‘{way}’", x.3);
            out.push(
                diag(&META, &place, msg)
                    .with_suggestions(vec![Suggestion::safe(way.to_string())])
                    .with_related(like.clone()),
            );
        }
    }
}

/// The last character of a bullet (its period, or where one would go).
fn place_end(p: &Profile, b: &Bullet) -> Place {
    let len = p.sections[b.section].text[b.range.clone()].chars().last().map_or(0, char::len_utf8);
    Place { section: b.section, span: b.range.end - len..b.range.end }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, check_text};

    #[test]
    fn mixed_bullet_characters_in_text() {
        let doc = r#"{"basics": {"name": "A B"}, "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01", "summary": "Shipped:\n• Built the API\n• Cut costs by 20%\n- Led a team of five\n• Hired three engineers"}]}"#;
        let d = check_text("bullet-style", doc);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].suggestions[0].replacement, "•");
        assert!(d[0].message.contains("‘-’"), "{}", d[0].message);
        // In Markdown the markers are syntax: `-` and `*` render alike.
        assert_clean("bullet-style", "- Built the API\n* Cut costs by 20%\n- Led a team of five");
    }

    #[test]
    fn one_lower_case_bullet_is_left_to_sentence_capitalization() {
        assert_clean("bullet-style", "- Built the API\n- cut costs by 20%\n- Led a team of five\n- Hired two people");
    }
}
