//! `no-current-role`: dated roles, none of them current.

use crate::diagnostic::{Category, Diagnostic, Severity};
use crate::rules::consistency::entries::{diag, entries};
use crate::rules::{ProfileContext, Rule, RuleMeta};

pub struct NoCurrentRole;

static META: RuleMeta = RuleMeta {
    id: "no-current-role",
    category: Category::Completeness,
    default_severity: Severity::Info,
    sections: &[],
    summary: "No role is current",
    description: "What it does: when the roles have dates and none runs to the present, reports the latest one. \
A profile whose latest role ended long ago is left to `stale-profile`.\n\
Why: between jobs is normal, but a profile with no current role reads as out of date unless it says what you \
do now (studying, freelancing, looking).\n\
Use instead: end the latest role with `Present` if it is current, or say in the headline what you do now.",
    flags: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Jan 2099\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Dec 2098\n\nBuilt the API.\n\n### Developer — Globex\n\n2015 – 2019\n\nBuilt apps.\n",
    ],
    accepts: &[
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nJan 2020 – Present\n\nBuilt the API.\n",
        "# Jo\n\n## Experience\n\n### Engineer — Acme\n\nBuilt the API.\n",
    ],
    default_enabled: true,
};

impl Rule for NoCurrentRole {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_profile(&self, cx: &ProfileContext<'_>, out: &mut Vec<Diagnostic>) {
        let all = entries(cx.profile);
        if all.iter().any(|e| e.is_current()) {
            return;
        }
        let Some(latest) = all
            .iter()
            .filter_map(|e| Some((e.end_bounds()?.1, e)))
            .max_by_key(|(end, e)| (*end, std::cmp::Reverse(e.index)))
        else {
            return;
        };
        let stale_before = cx.options.today.months() - 12 * cx.options.stale_years as i32;
        if latest.0 < stale_before {
            return;
        }
        out.push(diag(
            &META,
            &latest.1.dates_place(),
            format!("no role is current; the latest is {}", latest.1.name()),
        ));
    }
}
