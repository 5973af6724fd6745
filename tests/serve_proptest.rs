//! `proofile serve`'s request handling never panics and always answers with a known status, whatever
//! the method, path, query string and body; and every match it reports lies inside the text sent.

use std::sync::OnceLock;

use proofile::config::Overrides;
use proofile::resolver::Resolver;
use proofile::serve::{Request, ServeOptions, Service};
use proptest::prelude::*;

fn service() -> &'static Service {
    static S: OnceLock<Service> = OnceLock::new();
    S.get_or_init(|| {
        let r = Resolver::new(Some(None), Overrides::default()).unwrap();
        Service::new(r, ServeOptions { max_text_length: 2_000, ..Default::default() })
    })
}

fn form_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

const PATHS: &[&str] = &[
    "/v2/check",
    "/v2/languages",
    "/v2/info",
    "/v2/configinfo",
    "/v2/healthcheck",
    "/v2/maxtextlength",
    "/api/check",
    "/api/invite",
    "/",
    "/assets/app.js",
    "/v2/",
    "/nope",
];

fn body_parts() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        "[a-zA-Z=&%+0-9.,{}\\[\\]\":-]{0,200}".prop_map(String::into_bytes),
        ("(language=(en-US|en-GB|auto|en|xx)&)?(text|data)=", "\\PC{0,120}").prop_map(|(head, text)| format!(
            "{head}{}",
            form_encode(&text)
        )
        .into_bytes()),
        "\\PC{0,200}".prop_map(|t| format!("{{\"text\":{}}}", serde_json::to_string(&t).unwrap()).into_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_request_gets_an_answer(
        method in prop_oneof![Just("GET".to_string()), Just("POST".to_string()), Just("OPTIONS".to_string()), "[A-Z]{1,7}"],
        path in proptest::sample::select(PATHS),
        query in "[a-zA-Z=&%+0-9._,-]{0,80}",
        body in body_parts(),
        origin in proptest::option::of("[a-z:/.-]{0,30}"),
    ) {
        let target = if query.is_empty() { path.to_string() } else { format!("{path}?{query}") };
        let req = Request { method: &method, target: &target, origin: origin.as_deref(), body: &body };
        let reply = service().handle(&req);
        prop_assert!([200, 204, 400, 404, 405, 413, 500].contains(&reply.status), "{}", reply.status);
        if reply.status >= 400 {
            prop_assert!(reply.body.starts_with(b"Error: "));
        }
    }

    #[test]
    fn matches_lie_inside_the_text(text in "\\PC{0,300}", lang in prop_oneof![Just("en-US"), Just("en-GB"), Just("auto")]) {
        let body = format!("language={lang}&text={}", form_encode(&text));
        let reply = service().handle(&Request { method: "POST", target: "/v2/check", origin: None, body: body.as_bytes() });
        prop_assert_eq!(reply.status, 200);
        let v: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
        let units: Vec<u16> = text.encode_utf16().collect();
        for m in v["matches"].as_array().unwrap() {
            let (off, len) = (m["offset"].as_u64().unwrap() as usize, m["length"].as_u64().unwrap() as usize);
            prop_assert!(off + len <= units.len(), "{m}");
            // Never inside a surrogate pair.
            prop_assert!(String::from_utf16(&units[off..off + len]).is_ok(), "{m}");
            let ctx: Vec<u16> = m["context"]["text"].as_str().unwrap().encode_utf16().collect();
            let (co, cl) = (m["context"]["offset"].as_u64().unwrap() as usize, m["context"]["length"].as_u64().unwrap() as usize);
            prop_assert!(co + cl <= ctx.len(), "{m}");
        }
    }

    #[test]
    fn annotated_matches_lie_inside_the_original(
        items in proptest::collection::vec((any::<bool>(), "\\PC{0,40}", proptest::option::of("[ \\n]{0,2}")), 0..8),
    ) {
        let annotation: Vec<serde_json::Value> = items
            .iter()
            .map(|(is_text, s, as_text)| if *is_text {
                serde_json::json!({"text": s})
            } else {
                serde_json::json!({"markup": s, "interpretAs": as_text})
            })
            .collect();
        let original: String = items.iter().map(|(_, s, _)| s.as_str()).collect();
        let data = serde_json::json!({"annotation": annotation}).to_string();
        let body = format!("language=en-US&data={}", form_encode(&data));
        let reply = service().handle(&Request { method: "POST", target: "/v2/check", origin: None, body: body.as_bytes() });
        prop_assert_eq!(reply.status, 200, "{}", String::from_utf8_lossy(&reply.body));
        let v: serde_json::Value = serde_json::from_slice(&reply.body).unwrap();
        let units = original.encode_utf16().count();
        for m in v["matches"].as_array().unwrap() {
            let (off, len) = (m["offset"].as_u64().unwrap() as usize, m["length"].as_u64().unwrap() as usize);
            prop_assert!(off + len <= units, "{m}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// The HTTP request head parser: any bytes give a head or a 4xx/505, never a panic.
    #[test]
    fn any_request_head_parses_or_is_refused(
        head in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..400),
            "(GET|POST|OPTIONS|X) [ -~]{0,40} HTTP/1\\.[01](\r\n[A-Za-z-]{1,20}: ?[ -~]{0,40}){0,6}".prop_map(String::into_bytes),
        ],
    ) {
        match proofile::serve::http::parse_head(&head) {
            Ok(h) => prop_assert!(h.target.starts_with('/')),
            Err(e) => prop_assert!([400, 411, 431, 505].contains(&e.status), "{}", e.status),
        }
    }
}
