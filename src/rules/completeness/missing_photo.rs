//! `missing-photo`: a profile whose format has a place for a photo, with none given.

use super::whole::{is_whole_profile, top};
use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::consistency::entries::diag;
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct MissingPhoto;

static META: RuleMeta = RuleMeta {
    id: "missing-photo",
    category: Category::Completeness,
    default_severity: Severity::Info,
    sections: &[],
    summary: "The profile's format carries a photo and none is given",
    description: "What it does: reports a JSON Resume whose `basics.image` (or the older `basics.picture`) is \
missing or empty. Markdown, plain text and the LinkedIn export have no place for a photo, so they are never \
reported.\n\
Why: profiles with a photo get far more views and invitations accepted; a missing one reads as an \
unfinished or abandoned profile.\n\
Use instead: a recent, plain-background head-and-shoulders photo, linked from `basics.image`.",
    flags: &[
        r#"{"basics": {"name": "Jo Park", "label": "Data Engineer", "summary": "I build pipelines."}}"#,
        r#"{"basics": {"name": "Jo Park", "label": "Data Engineer", "image": ""}}"#,
    ],
    accepts: &[
        r#"{"basics": {"name": "Jo Park", "label": "Data Engineer", "image": "https://example.com/jo.jpg"}}"#,
        "# Jo Park\n\n## Headline\n\nData Engineer\n\n## About\n\nI build pipelines.\n",
    ],
    default_enabled: true,
};

impl Rule for MissingPhoto {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let p = cx.profile;
        if p.carries_photo()
            && p.image.is_none()
            && is_whole_profile(p)
            && let Some(place) = top(p)
        {
            out.push(diag(&META, &place, "no photo: basics.image is missing or empty"));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_clean, assert_flags};

    #[test]
    fn only_formats_with_a_photo_field() {
        assert_flags("missing-photo", r#"{"basics": {"name": "A B", "summary": "Hi there."}}"#, 1);
        assert_clean("missing-photo", r#"{"basics": {"name": "A B", "picture": "me.png", "summary": "Hi."}}"#);
        assert_clean("missing-photo", "# A B\n\n## About\n\nHi there.\n\n## Skills\n\nGo\n");
    }
}
