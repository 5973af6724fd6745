//! `POST /api/invite`: the page's Invitation tab. It runs the same check as `proofile invite --format
//! json` (`invite::check`, `invite::report::json_value`) on a note, the recipient and optionally the
//! sender's profile, and answers that JSON object with two additions: each note finding's span also in
//! UTF-16 units of the note (`utf16`, the units a browser's text box counts in), and each verdict line's
//! `title` as the human report prints it.

use serde_json::{Value, json};

use super::{ApiError, Draft, Reply, Service, draft_format};
use crate::invite::{self, CheckedProfile, Invitation, Person, report};
use crate::profile::{InputFormat, detect};
use crate::resolver::Variant;

/// `POST /api/invite` with `{"note": …, "to": {"name", "headline", "companies", …} | JSON Resume,
/// "toProfile": "their profile as Markdown, plain text or JSON Resume", "from": "your profile, the
/// same", "noteLimit": 300}`; only `note` is required. `to` fills what `toProfile` lacks (name,
/// headline).
pub fn check(svc: &Service, body: &[u8]) -> Result<Reply, ApiError> {
    let req: Value =
        serde_json::from_slice(body).map_err(|e| ApiError::bad_request(format!("expected a JSON object: {e}")))?;
    let obj = req.as_object().ok_or_else(|| ApiError::bad_request("expected a JSON object with \"note\""))?;
    for k in obj.keys() {
        if !["note", "to", "toProfile", "from", "noteLimit"].contains(&k.as_str()) {
            return Err(ApiError::bad_request(format!("unknown key '{k}'")));
        }
    }
    let note = match obj.get("note") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(ApiError::bad_request("'note' must be a string")),
        None => return Err(ApiError::bad_request("missing 'note' (send \"\" for an empty note)")),
    };
    if note.len() > invite::MAX_NOTE_BYTES {
        return Err(ApiError::new(
            413,
            format!(
                "the note is {} bytes, over {}: a connection note is a few hundred characters",
                note.len(),
                invite::MAX_NOTE_BYTES
            ),
        ));
    }
    if note.contains('\0') {
        return Err(ApiError::bad_request("the note holds a NUL character: binary data, not a note"));
    }
    let text = |k: &str| -> Result<Option<&str>, ApiError> {
        match obj.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(ApiError::bad_request(format!("'{k}' must be a string"))),
        }
    };
    let checker = svc
        .resolver
        .checker_variant(std::path::Path::new("."), Variant::default())
        .map_err(|e| ApiError::new(500, e))?;
    let mut options = checker.options().clone();
    match obj.get("noteLimit") {
        None | Some(Value::Null) => {}
        Some(v) => match v.as_u64() {
            Some(n) if n > 0 => options.note_max_chars = usize::try_from(n).unwrap_or(usize::MAX),
            _ => return Err(ApiError::bad_request("'noteLimit' must be a positive number of characters")),
        },
    }
    let to_fields = match obj.get("to") {
        None | Some(Value::Null) => None,
        Some(t) => Some(Person::from_json(t, "request").map_err(ApiError::bad_request)?),
    };
    let to_profile = match text("toProfile")? {
        Some(t) => Some(read_profile("toProfile", t)?),
        None => None,
    };
    let to = match (to_profile, to_fields) {
        (Some(mut p), Some(fields)) => {
            p.name = p.name.or(fields.name);
            p.headline = p.headline.or(fields.headline);
            Some(p)
        }
        (p, fields) => p.or(fields).filter(|p| p.name.is_some() || p.headline.is_some() || p.has_facts()),
    };
    let from = match text("from")? {
        Some(t) => {
            let draft =
                Draft::check(&checker, t, None).map_err(|e| ApiError::bad_request(format!("from: {}", e.message)))?;
            Some(CheckedProfile {
                path: "from".to_string(),
                profile: draft.checked.profile,
                diagnostics: draft.checked.diagnostics,
            })
        }
        None => None,
    };
    let inv = Invitation { name: "note".to_string(), note, to };
    let result = invite::check(&checker, &options, &inv, from);
    let mut v = report::json_value(&result);
    // Each verdict line's title as the human report prints it ("a personal note", "no sales pitch").
    for line in v["verdict"].as_array_mut().into_iter().flatten() {
        if let Some(r) = invite::Reason::ALL.iter().find(|r| line["reason"] == r.as_str()) {
            line["title"] = json!(r.title());
        }
    }
    if let Some(list) = v["note"]["diagnostics"].as_array_mut() {
        for d in list {
            let span = |k: &str| d["span"][k].as_u64().and_then(|n| usize::try_from(n).ok());
            if let (Some(start), Some(end)) = (span("start"), span("end"))
                && let (Some(before), Some(inside)) = (inv.note.get(..start), inv.note.get(start..end))
            {
                let start = before.encode_utf16().count();
                d["utf16"] = json!({ "start": start, "end": start + inside.encode_utf16().count() });
            }
        }
    }
    Ok(Reply::json(&v))
}

/// The recipient's profile text, read (not checked) in the format it looks like.
fn read_profile(key: &str, text: &str) -> Result<Person, ApiError> {
    let format = match draft_format(text) {
        InputFormat::LinkedIn => InputFormat::PlainText,
        f => f,
    };
    detect::read_bytes(key, text.as_bytes().to_vec(), format)
        .map(|p| Person::from_profile(&p))
        .map_err(|e| ApiError::bad_request(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Overrides;
    use crate::resolver::Resolver;
    use crate::serve::{Request, ServeOptions};

    fn post(s: &Service, body: &Value) -> (u16, Value) {
        let body = body.to_string();
        let r = s.handle(&Request { method: "POST", target: "/api/invite", origin: None, body: body.as_bytes() });
        (r.status, serde_json::from_slice(&r.body).unwrap_or(Value::Null))
    }

    fn service() -> Service {
        Service::new(Resolver::new(Some(None), Overrides::default()).unwrap(), ServeOptions::default())
    }

    #[test]
    fn answers_the_cli_json_with_utf16_spans() {
        let s = service();
        let note = "Hi Jon 🙂, we help companies like yours; book a demo.";
        let (status, v) = post(&s, &json!({"note": note, "to": {"name": "John Miller", "headline": "CTO"}}));
        assert_eq!(status, 200, "{v}");
        let verdict: Vec<&str> =
            v["verdict"].as_array().unwrap().iter().map(|l| l["reason"].as_str().unwrap()).collect();
        assert_eq!(verdict, ["photo", "profile", "off-topic", "note", "pitch"]);
        assert_eq!(v["verdict"][3]["title"], "a personal note");
        assert_eq!(v["verdict"][3]["status"], "fix");
        let diags = v["note"]["diagnostics"].as_array().unwrap();
        let name = diags.iter().find(|d| d["rule"] == "invite-wrong-name").unwrap();
        assert_eq!((name["utf16"]["start"].as_u64(), name["utf16"]["end"].as_u64()), (Some(3), Some(6)));
        let pitch = diags.iter().find(|d| d["rule"] == "invite-pitch").unwrap();
        let units: Vec<u16> = note.encode_utf16().collect();
        let (a, b) =
            (pitch["utf16"]["start"].as_u64().unwrap() as usize, pitch["utf16"]["end"].as_u64().unwrap() as usize);
        assert_eq!(String::from_utf16(&units[a..b]).unwrap(), pitch["text"].as_str().unwrap());
    }

    #[test]
    fn reads_the_recipient_profile_and_the_sender_profile() {
        let s = service();
        let them = "# Ana Lima\n\n## Headline\n\nUX Researcher at Nubank\n\n## Experience\n\n### Researcher — Nubank\n\n2020 – Present\n";
        let me = "# Sam Lee\n\n## Headline\n\nDesigner\n\n## About\n\nI lead teh design team.\n";
        let (status, v) = post(&s, &json!({"note": "Hi Anna, loved your talk.", "toProfile": them, "from": me}));
        assert_eq!(status, 200, "{v}");
        assert_eq!(v["to"]["name"], "Ana Lima");
        assert!(v["note"]["diagnostics"].as_array().unwrap().iter().any(|d| d["rule"] == "invite-wrong-name"));
        assert!(v["from"]["diagnostics"].as_array().unwrap().iter().any(|d| d["rule"] == "spelling"));
        let profile = v["verdict"].as_array().unwrap().iter().find(|l| l["reason"] == "profile").unwrap();
        assert_eq!(profile["status"], "fix", "{profile}");
    }

    #[test]
    fn bad_requests_are_400_with_the_reason() {
        let s = service();
        for (body, want) in [
            (json!({"to": {"name": "A"}}), "missing 'note'"),
            (json!({"note": 3}), "'note' must be a string"),
            (json!({"note": "x", "to": {"employer": "x"}}), "to.employer"),
            (json!({"note": "x", "noteLimit": 0}), "noteLimit"),
            (json!({"note": "x", "toProfile": "{\"basics\": 3"}), "toProfile"),
            (json!({"note": "x", "cc": 1}), "unknown key 'cc'"),
        ] {
            let b = body.to_string();
            let r = s.handle(&Request { method: "POST", target: "/api/invite", origin: None, body: b.as_bytes() });
            assert_eq!(r.status, 400, "{body}");
            let msg = String::from_utf8(r.body).unwrap();
            assert!(msg.contains(want), "{body}: {msg}");
        }
        let r = s.handle(&Request { method: "GET", target: "/api/invite", origin: None, body: b"" });
        assert_eq!(r.status, 405);
        let (status, _) = post(&s, &json!({"note": "a".repeat(invite::MAX_NOTE_BYTES + 1)}));
        assert_eq!(status, 413);
    }
}
