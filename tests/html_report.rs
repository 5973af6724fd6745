//! `check --format html`: the page's structure as a snapshot (styles and script left out: they are
//! assets, not structure), and what must hold for any batch: self-contained, every in-page link has
//! its target, the same bytes whatever the thread count, `--output` writes the same page.
//! The real-browser check (rendering, sorting, printing) is `tests/browser/html-report.py`.

use assert_cmd::Command;

const BATCH: &[&str] = &[
    "fixtures/profiles/typos.md",
    "fixtures/profiles/inconsistent.md",
    "fixtures/profiles/consistent.md",
    "fixtures/json-resume/jane-doe.json",
    "fixtures/json-resume/broken/missing-comma.json",
];

fn page(threads: &str, extra: &[&str]) -> (String, Option<i32>) {
    let out = Command::cargo_bin("proofile")
        .unwrap()
        .env("RAYON_NUM_THREADS", threads)
        .env_remove("CI")
        .env_remove("NO_COLOR")
        .args(["check", "--format", "html"])
        .args(BATCH)
        .args(extra)
        .output()
        .unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

/// The page without the bodies of its `<style>` and `<script>` elements.
fn structure(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find("<style>").or_else(|| rest.find("<script>")) {
        let (open, close) =
            if rest[i..].starts_with("<style>") { ("<style>", "</style>") } else { ("<script>", "</script>") };
        let end = rest[i..].find(close).expect("element closed") + i;
        out.push_str(&rest[..i + open.len()]);
        out.push('…');
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn structure_of_a_small_batch() {
    let (html, code) = page("2", &[]);
    // An unreadable file is in the batch: status 2, and the page still has every other profile.
    assert_eq!(code, Some(2));
    insta::assert_snapshot!("html_small_batch", structure(&html));
}

#[test]
fn same_bytes_whatever_the_threads_and_output() {
    let (one, _) = page("1", &[]);
    let (two, _) = page("2", &[]);
    assert_eq!(one, two);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let (stdout, _) = page("2", &["--output", file.to_str().unwrap()]);
    assert!(stdout.is_empty(), "--output writes nothing to standard output");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), two);
}

#[test]
fn self_contained_and_every_link_has_its_target() {
    let (html, _) = page("2", &[]);
    for outside in ["href=\"http", "<link", " src=", "@import", "url("] {
        assert!(!html.contains(outside), "the page reaches outside itself: {outside}");
    }
    let ids: std::collections::HashSet<&str> =
        html.split(" id=\"").skip(1).map(|s| &s[..s.find('"').unwrap()]).collect();
    for target in html.split("href=\"#").skip(1).map(|s| &s[..s.find('"').unwrap()]) {
        assert!(ids.contains(target), "link to #{target} has no target");
    }
    // The parts the issue asks for.
    for part in [
        "id=\"h-glance\"",
        "id=\"profiles-table\"",
        "class=\"heat\"",
        "id=\"h-names\"",
        "<details class=\"profile\"",
        "<mark>",
        "class=\"rule-doc\"",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
    // The same company written two ways in two profiles is reported once, with both spellings.
    assert_eq!(html.matches("<span class=\"form\">Globex Corporation</span> (").count(), 1);
    // A profile's text cannot inject markup: it is escaped.
    assert!(!html.contains("<script>alert"), "unescaped text");
}

#[test]
fn profile_text_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // Plain text keeps markup-like text as written, so the page must escape it.
    let text = "About:\nI buld <script>alert(1)</script> \"tools\" & <b>tests</b> with teh team.\n";
    std::fs::write(dir.path().join("evil.txt"), text).unwrap();
    let out = Command::cargo_bin("proofile")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "html", "evil.txt"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    assert!(!html.contains("<script>alert") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
    assert!(!html.contains("<b>tests") && html.contains("&lt;b&gt;tests&lt;/b&gt;"), "{html}");
    assert!(html.contains("<mark>teh</mark>"), "the flagged word is highlighted in its sentence");
}

#[test]
fn no_color_gives_a_page_without_colour() {
    let (plain, _) = page("2", &[]);
    assert!(plain.contains("<html lang=\"en\">"));
    let (mono, _) = page("2", &["--color", "never"]);
    assert!(mono.contains("<html lang=\"en\" class=\"mono\">"));
    let out = Command::cargo_bin("proofile")
        .unwrap()
        .env("NO_COLOR", "1")
        .args(["check", "--format", "html", "fixtures/profiles/typos.md"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("class=\"mono\""));
}

/// The profile's own reasons an invitation from it is declined (the same lines as `invite --from`):
/// a JSON Resume without `basics.image` has the photo reason; a clean one has every reason fine.
#[test]
fn each_profile_shows_its_invitation_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let basics = r#""name": "Ada Lovelace", "label": "Software engineer", "summary": "I build compilers and test tools for small teams. Over ten years I have shipped libraries, code generators and test runners, and I enjoy teaching others how to write programs that are fast and easy to read.""#;
    let work = r#""work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01-01", "summary": "Built the compiler that the whole company uses every day."}]"#;
    std::fs::write(dir.path().join("nophoto.json"), format!("{{\"basics\": {{{basics}}}, {work}}}")).unwrap();
    std::fs::write(
        dir.path().join("clean.json"),
        format!("{{\"basics\": {{{basics}, \"image\": \"https://example.com/ada.jpg\"}}, {work}}}"),
    )
    .unwrap();
    let out = Command::cargo_bin("proofile")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "html", "nophoto.json", "clean.json"])
        .output()
        .unwrap();
    let html = String::from_utf8(out.stdout).unwrap();
    let details = |file: &str| {
        let start = html.find(&format!("<span class=\"sub\">{file} · ")).unwrap_or_else(|| panic!("{file}: {html}"));
        let end = html[start..].find("</details>").unwrap() + start;
        html[start..end].to_string()
    };
    let row = |file: &str| {
        let start = html.find(&format!("<td>{file}</td>")).unwrap_or_else(|| panic!("{file}: {html}"));
        let end = html[start..].find("</tr>").unwrap() + start;
        html[start..end].to_string()
    };
    let no_photo = details("nophoto.json");
    // `missing-photo` is an info finding: the reason applies as "consider", as in `invite --from`.
    assert!(
        no_photo.contains("<span class=\"mark consider\" aria-hidden=\"true\">!</span> photo (consider): no photo"),
        "{no_photo}"
    );
    assert!(row("nophoto.json").contains("<span class=\"sr\">photo: consider; </span>"), "{}", row("nophoto.json"));
    for title in ["profile complete, current, no typos", "nothing off-topic"] {
        assert!(no_photo.contains(&format!("✓</span> {title}: fine</li>")), "{title}: {no_photo}");
    }
    let clean = details("clean.json");
    for title in ["photo", "profile complete, current, no typos", "nothing off-topic"] {
        assert!(clean.contains(&format!("✓</span> {title}: fine</li>")), "{title}: {clean}");
    }
    assert!(!clean.contains("(fix)") && !clean.contains("(consider)"), "{clean}");
    assert!(row("clean.json").contains("data-v=\"0\"><span class=\"mark yes\""), "{}", row("clean.json"));
}
