//! `empty-current-role`: a current role with no description.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::consistency::entries::{diag, entries};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct EmptyCurrentRole;

static META: RuleMeta = RuleMeta {
    id: "empty-current-role",
    category: Category::Completeness,
    default_severity: Severity::Warning,
    sections: &[],
    summary: "A current role with no description",
    description: "What it does: reports a current role (no end date, or `Present`) with no description or bullets.\n\
Why: the current role is the one readers open; an empty one wastes the best place on the profile.\n\
Use instead: two to five bullets on what you do and what changed because of you.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n### Developer — Globex\n\n2015 – 2019\n\nBuilt apps.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\n- Built the API\n\n### Developer — Globex\n\n2015 – 2019\n",
    ],
    default_enabled: true,
};

impl Rule for EmptyCurrentRole {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        for e in entries(cx.profile).iter().filter(|e| e.is_current() && e.description.is_empty()) {
            out.push(diag(&META, &e.anchor, format!("the current role has no description ({})", e.name())));
        }
    }
}
