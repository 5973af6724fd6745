//! The draft page: `/` and its two assets (embedded in the binary, no network needed), and
//! `POST /api/check` (its Invitation tab calls `POST /api/invite`, in `invite.rs`), which answers the page with proofile's own findings (section, severity,
//! explanation, whether a suggestion can be applied in place), offsets in UTF-16 units of the text.

use serde_json::{Value, json};

use super::{ApiError, Draft, Reply, Service};
use crate::profile::InputFormat;
use crate::resolver::Variant;
use crate::rules::completeness::length_limit::{ABOUT_MAX, DESCRIPTION_MAX, HEADLINE_MAX, TITLE_MAX};
use crate::rules::find_rule;
use crate::spell::Dialect;

const INDEX: &str = include_str!("page/index.html");
const SCRIPT: &str = include_str!("page/app.js");
const STYLE: &str = include_str!("page/app.css");

pub fn index() -> Reply {
    let limits = json!({
        "headline": HEADLINE_MAX, "about": ABOUT_MAX, "title": TITLE_MAX, "description": DESCRIPTION_MAX,
        "note": crate::rules::invite::note_length::DEFAULT_MAX_CHARS,
    });
    let html = INDEX.replace("__LIMITS__", &limits.to_string());
    Reply {
        status: 200,
        content_type: "text/html; charset=utf-8",
        headers: vec![(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'"
                .to_string(),
        )],
        body: html.into_bytes(),
    }
}

pub fn asset(name: &str) -> Result<Reply, ApiError> {
    let (content_type, body) = match name {
        "app.js" => ("text/javascript; charset=utf-8", SCRIPT),
        "app.css" => ("text/css; charset=utf-8", STYLE),
        _ => return Err(ApiError::new(404, format!("no such asset: {name}"))),
    };
    Ok(Reply { status: 200, content_type, headers: Vec::new(), body: body.as_bytes().to_vec() })
}

/// `POST /api/check` with `{"text": …, "format": "auto"|"markdown"|"text"|"json-resume",
/// "language": "auto"|"en-US"|"en-GB"}`.
pub fn check(svc: &Service, body: &[u8]) -> Result<Reply, ApiError> {
    let req: Value =
        serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("expected a JSON object: {e}")))?;
    let text = req.get("text").and_then(Value::as_str).ok_or_else(|| ApiError::bad_request("missing 'text'"))?;
    let format = match req.get("format").and_then(Value::as_str).unwrap_or("auto") {
        "auto" => None,
        f => Some(
            InputFormat::parse(f)
                .filter(|f| *f != InputFormat::LinkedIn)
                .ok_or_else(|| ApiError::bad_request(format!("unknown format '{f}'")))?,
        ),
    };
    let dialect = match req.get("language").and_then(Value::as_str).unwrap_or("auto") {
        "auto" => None,
        l => Some(Dialect::parse(l).ok_or_else(|| ApiError::bad_request(format!("unknown language '{l}'")))?),
    };
    if text.len() > svc.options.max_body_bytes {
        return Err(ApiError::new(413, "the text is too long"));
    }
    let checker = svc
        .resolver
        .checker_variant(std::path::Path::new("."), Variant { dialect, all_rules: false })
        .map_err(|e| ApiError::new(500, e))?;
    let format = format.unwrap_or_else(|| super::draft_format(text));
    let draft = Draft::check(&checker, text, Some(format))?;
    let profile = &draft.checked.profile;
    let mut counts = [0usize; 3];
    let findings: Vec<Value> = draft
        .findings()
        .filter_map(|(d, span)| {
            let meta = find_rule(d.rule)?.meta();
            let section = profile.sections.get(d.section)?;
            let flagged = text.get(span.clone())?;
            counts[d.severity as usize] += 1;
            let in_place = d.span.is_empty() || section.origin.verbatim_range(d.span.clone()).is_some();
            let start = text[..span.start].encode_utf16().count();
            Some(json!({
                "rule": meta.id,
                "category": meta.category.as_str(),
                "severity": d.severity.as_str(),
                "message": d.message,
                "summary": meta.summary,
                "explain": meta.description,
                "section": section.label,
                "sectionKind": section.kind.as_str(),
                "start": start,
                "end": start + flagged.encode_utf16().count(),
                "flagged": flagged,
                "applicable": in_place,
                "suggestions": d.suggestions.iter().map(|s| json!({"value": s.replacement, "safe": s.safe}))
                    .collect::<Vec<_>>(),
            }))
        })
        .collect();
    Ok(Reply::json(&json!({
        "format": format.as_str(),
        "findings": findings,
        "counts": {"error": counts[2], "warning": counts[1], "info": counts[0]},
    })))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Overrides;
    use crate::resolver::Resolver;
    use crate::serve::{Request, ServeOptions};

    fn service() -> Service {
        let r = Resolver::new(Some(None), Overrides::default()).unwrap();
        Service::new(r, ServeOptions::default())
    }

    #[test]
    fn page_and_assets_are_served() {
        let s = service();
        let get = |t: &str| s.handle(&Request { method: "GET", target: t, origin: None, body: b"" });
        let page = get("/");
        assert_eq!(page.status, 200);
        let html = String::from_utf8(page.body).unwrap();
        assert!(html.contains("\"about\":2600") && !html.contains("__LIMITS__"));
        assert_eq!(get("/assets/app.js").status, 200);
        assert_eq!(get("/assets/app.css").status, 200);
        assert_eq!(get("/assets/../Cargo.toml").status, 404);
    }

    #[test]
    fn page_check_groups_by_section() {
        let s = service();
        let text = "# Jo Doe\n\n## Headline\n\nEngineer\n\n## About\n\nI lead teh team. 🚀\n";
        let body = json!({"text": text, "format": "auto"}).to_string();
        let r = s.handle(&Request { method: "POST", target: "/api/check", origin: None, body: body.as_bytes() });
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let v: Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["format"], "markdown");
        let f = v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "spelling").unwrap();
        assert_eq!(f["section"], "About");
        assert_eq!(f["flagged"], "teh");
        let start = f["start"].as_u64().unwrap() as usize;
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(String::from_utf16(&units[start..start + 3]).unwrap(), "teh");
        assert!(f["explain"].as_str().unwrap().contains("Why"));
        let bad = s.handle(&Request { method: "POST", target: "/api/check", origin: None, body: b"{" });
        assert_eq!(bad.status, 400);
    }
}
