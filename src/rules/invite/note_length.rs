//! `invite-note-length`: a connection note longer than LinkedIn lets you send, counted the way a browser
//! counts a text box's length (UTF-16 code units, a line break as one).

use super::{InviteContext, InviteRule, registry_rule};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::RuleMeta;

pub struct NoteLength;

/// LinkedIn's limit for a connection note with Premium or Sales Navigator, and long the only limit.
pub const DEFAULT_MAX_CHARS: usize = 300;
/// The lower limit LinkedIn has given free accounts.
pub const DEFAULT_LOWER_LIMIT: usize = 200;

static META: RuleMeta = RuleMeta {
    id: "invite-note-length",
    category: Category::Invite,
    default_severity: Severity::Error,
    sections: &[],
    summary: "The note is longer than LinkedIn allows for a connection request (300; 200 on some accounts)",
    description: "What it does: counts the note's characters and reports an error above `max-chars` (default \
300), marking the part that does not fit, and an info finding above `lower-limit` (default 200) for senders \
whose accounts have the lower limit. Leading and trailing blank space is not counted (the file's last line \
break is not part of the note).\n\
How it counts: as a browser counts the length of a text box (the HTML `maxlength` attribute and JavaScript's \
`String.length`): in UTF-16 code units, with a line break counted once (CR LF is one). Most letters are one \
unit; an emoji or other character outside the Basic Multilingual Plane is two; an emoji with a skin tone or a \
family emoji joined with ZWJ is several. What is certain: the HTML standard and MDN define `maxlength` in \
UTF-16 code units, line breaks as one (whatwg/html#1712). What is not: LinkedIn does not publish how its \
counter counts; we assume it uses the text box's length. When the count in code points would fit and the \
UTF-16 count does not, the message says so.\n\
Sources of the defaults: 300 characters for a connection note is LinkedIn's long-standing limit, quoted by \
every public guide (e.g. smprotips.com/linkedin-connection-message-character-limit); 200 characters for free \
accounts is the newer lower limit reported by public guides (lettercounter.org/blog/linkedin-connection-\
request-character-limit, linkedinsider.blog/connection-request-message-examples). LinkedIn does not document \
either number itself, so both are settings: `[rules.invite-note-length] max-chars = 200` makes the lower \
limit an error; `proofile invite --note-limit 200` does the same for one run.\n\
Why: LinkedIn will not send a note over the limit; the text is cut or the button stays grey.\n\
Use instead: one reason about the person, one sentence about you.",
    flags: &[
        "Hi Tom, I watched your keynote at the Berlin Data Summit about building a feature store and keep coming back to the point you made about ownership of features by product teams rather than a central platform group. We are in the middle of exactly that debate right now, and I would really value being connected so I can follow what you share next.",
    ],
    accepts: &["Hi Tom, your Berlin Data Summit keynote on feature stores was great. We are having the same debate."],
    default_enabled: true,
};

/// The length as a browser text box counts it: UTF-16 code units, CR LF as one.
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count() - text.matches("\r\n").count()
}

/// The length in Unicode code points, CR LF as one.
pub fn code_points(text: &str) -> usize {
    text.chars().count() - text.matches("\r\n").count()
}

/// The byte offset where the `limit + 1`th UTF-16 unit starts (the first that does not fit).
fn overflow_start(text: &str, limit: usize) -> usize {
    let mut units = 0;
    let mut prev = '\0';
    for (i, c) in text.char_indices() {
        if !(prev == '\r' && c == '\n') {
            units += c.len_utf16();
        }
        if units > limit {
            return i;
        }
        prev = c;
    }
    text.len()
}

impl InviteRule for NoteLength {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_invite(&self, cx: &InviteContext<'_>, out: &mut Vec<Diagnostic>) {
        let start = cx.text.len() - cx.text.trim_start().len();
        let note = cx.text.trim();
        let (len, points) = (utf16_len(note), code_points(note));
        let (max, lower) = (cx.options.note_max_chars, cx.options.note_lower_limit);
        let how = if points != len { format!(" (UTF-16 code units; {points} in code points)") } else { String::new() };
        if len > max {
            let at = start + overflow_start(note, max);
            let mut msg = format!("{len} characters{how}: over LinkedIn's limit of {max} for a connection note");
            if points <= max {
                msg.push_str(
                    "; it would fit if LinkedIn counted code points, which is not known (emoji count twice in a browser)",
                );
            }
            out.push(cx.diag(&META, at..start + note.len(), msg));
        } else if len > lower && lower < max {
            let at = start + overflow_start(note, lower);
            let mut d = cx.diag(
                &META,
                at..start + note.len(),
                format!("{len} characters{how}: over the {lower}-character limit some accounts have (free accounts)"),
            );
            d.severity = Severity::Info;
            out.push(d);
        }
    }
}

registry_rule!(NoteLength);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invite::testing::{assert_clean, check_example};

    #[test]
    fn counts_like_a_browser() {
        assert_eq!(utf16_len("héllo"), 5);
        assert_eq!(utf16_len("👋"), 2);
        assert_eq!(code_points("👋"), 1);
        assert_eq!(utf16_len("a\r\nb"), 3);
        assert_eq!(utf16_len("a\nb"), 3);
    }

    #[test]
    fn over_the_limit_marks_what_does_not_fit() {
        let note = "a".repeat(310);
        let d = check_example("invite-note-length", &note);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Error);
        assert_eq!(d[0].span, 300..310);
        let d = check_example("invite-note-length", &"b".repeat(250));
        assert_eq!((d.len(), d[0].severity), (1, Severity::Info));
        assert_clean("invite-note-length", &"c".repeat(200));
        // 150 emoji: 150 code points, 300 UTF-16 units: fits.
        assert!(check_example("invite-note-length", &"👋".repeat(150)).iter().all(|d| d.severity == Severity::Info));
        let d = check_example("invite-note-length", &"👋".repeat(151));
        assert!(d[0].message.contains("151 in code points") && d[0].message.contains("would fit"), "{}", d[0].message);
    }
}
