//! The JSON Resume and LinkedIn export readers on the fixtures (and, where `../shared` is present, on
//! real published profiles): sections, paths, file positions, warnings, and errors for broken input.

use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};

use proofile::profile::detect::{DEFAULT_MAX_BYTES, guess_format, is_linkedin_folder, read_bytes, read_path};
use proofile::profile::{EndDate, Field, InputFormat, Profile, Section, SectionKind};

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)
}

fn read(rel: &str) -> Profile {
    read_path(&fixture(rel), None, DEFAULT_MAX_BYTES).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn read_err(rel: &str) -> String {
    read_path(&fixture(rel), None, DEFAULT_MAX_BYTES).map(|_| ()).unwrap_err().to_string()
}

fn section_index(p: &Profile, path: &str) -> usize {
    p.sections
        .iter()
        .position(|s| s.path == path)
        .unwrap_or_else(|| panic!("no {path}: {:?}", p.sections.iter().map(|s| &s.path).collect::<Vec<_>>()))
}

fn section<'a>(p: &'a Profile, path: &str) -> &'a Section {
    &p.sections[section_index(p, path)]
}

/// Where `word` (within section `path`) is in the file, as the reader maps it: (source name, line, column).
fn locate(p: &Profile, path: &str, word: &str) -> (String, usize, usize) {
    let i = section_index(p, path);
    let off = p.sections[i].text.find(word).unwrap_or_else(|| panic!("{word:?} not in {path}"));
    let (src, line, col) = p.locate(i, off);
    (src.name.clone(), line, col)
}

/// 1-based line and column (in characters) of the first `needle` in `text`.
fn line_col(text: &str, needle: &str) -> (usize, usize) {
    let off = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in the file"));
    let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
    (text[..off].matches('\n').count() + 1, text[line_start..off].chars().count() + 1)
}

/// Line and column of `word` within section `path`, as the reader maps it.
fn pos(p: &Profile, path: &str, word: &str) -> (usize, usize) {
    let (_, line, col) = locate(p, path, word);
    (line, col)
}

fn paths_and_texts(p: &Profile) -> Vec<(String, String)> {
    p.sections.iter().map(|s| (s.path.clone(), s.text.clone())).collect()
}

// ---------------------------------------------------------------------------------------------
// JSON Resume

#[test]
fn json_resume_fixture_reads_sections_entries_and_vocabulary() {
    let p = read("json-resume/jane-doe.json");
    assert_eq!(p.format, InputFormat::JsonResume);
    assert_eq!(p.name.as_deref(), Some("Jane Doe"));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    assert_eq!(section(&p, "basics.label").kind, SectionKind::Headline);
    assert_eq!(
        section(&p, "basics.summary").text,
        "Engineer at Qorvix — I lead \"platform\" work.\nI enjoy managment of small teams and mentoring."
    );
    let h = section(&p, "work[0].highlights[1]");
    assert_eq!((h.kind, h.field, h.entry), (SectionKind::Experience, Field::Bullet, Some(0)));
    assert_eq!(h.label, "Experience: Senior Platform Engineer — Qorvix");
    assert_eq!(section(&p, "work[0].highlights[2]").text, "Wrote the on-call handbook 📖 and its runbooks");
    assert_eq!(p.experience.len(), 2);
    assert!(p.experience[0].is_current());
    assert_eq!(p.experience[1].end.map(|e| matches!(e, EndDate::Date(d) if d.year == 2021)), Some(true));
    for (e, entry) in p.experience.iter().enumerate() {
        assert!(!entry.sections.is_empty());
        assert!(entry.sections.iter().all(|&i| p.sections[i].entry == Some(e)));
    }
    assert_eq!(section(&p, "volunteer[0].summary").kind, SectionKind::Other);
    assert_eq!(section(&p, "volunteer[0].summary").entry, None);
    assert_eq!(section(&p, "education[0].institution").field, Field::Name);
    assert_eq!(section(&p, "skills[0].keywords[0]").field, Field::Keywords);
    assert_eq!(section(&p, "projects[0].highlights[0]").field, Field::Bullet);
    for w in ["Qorvix", "Fjellbyte", "Tromsø", "Troms", "janedoe", "Kodeklubben", "Nordvik", "Snowplow", "Jane"] {
        assert!(p.vocabulary.iter().any(|v| v == w), "{w} not in the vocabulary");
    }
}

#[test]
fn json_resume_findings_map_to_the_file_through_escapes() {
    let p = read("json-resume/jane-doe.json");
    let file = std::fs::read_to_string(fixture("json-resume/jane-doe.json")).unwrap();
    // `managment` follows `\u2014`, `\"` and `\n` escapes on its line.
    let (name, line, col) = locate(&p, "basics.summary", "managment");
    assert!(name.ends_with("jane-doe.json"));
    assert_eq!((line, col), line_col(&file, "managment"));
    assert_eq!(pos(&p, "basics.summary", "platform"), line_col(&file, "platform\\\""));
    assert_eq!(pos(&p, "work[0].highlights[1]", "recieve"), line_col(&file, "recieve"));
    let (_, l, c) = locate(&p, "work[0].highlights[2]", "runbooks");
    assert_eq!((l, c), line_col(&file, "runbooks"));
}

#[test]
fn json_resume_lenient_file_reads_with_warnings_naming_the_place() {
    let p = read("json-resume/lenient.json");
    let file = std::fs::read_to_string(fixture("json-resume/lenient.json")).unwrap();
    let warnings: Vec<_> =
        p.warnings.iter().map(|w| (p.sources[0].lines.line_col(&file, w.offset), w.message.clone())).collect();
    assert_eq!(warnings.len(), 6, "{warnings:?}");
    assert_eq!(warnings[0].0, (5, 50));
    assert!(warnings[0].1.starts_with("raw line break inside a string"));
    assert!(warnings[1..].iter().all(|(_, m)| m.starts_with("trailing comma")));
    assert_eq!(
        section(&p, "basics.summary").text,
        "I turn messy data into decisions.\n    Formerly a teacher, I explain things clearly."
    );
    assert_eq!(pos(&p, "basics.summary", "Formerly"), (6, 5));
    assert_eq!(p.experience[0].company.as_deref(), Some("Vattenbyrå"));
    let (_, l, c) = locate(&p, "work[0].highlights[0]", "dashbords");
    assert_eq!((l, c), line_col(&file, "dashbords"));
}

#[test]
fn json_resume_broken_files_give_one_line_errors_with_place() {
    let cases = [
        ("json-resume/broken/missing-comma.json", ":5:5: expected ',' or '}' after the value of \"label\""),
        ("json-resume/broken/truncated.json", ":4:16: unterminated string"),
        ("json-resume/broken/invalid-utf8.json", ":3:17: invalid UTF-8 at byte 32"),
        ("json-resume/broken/not-a-resume.json", ": is JSON but not a JSON Resume"),
    ];
    for (rel, expected) in cases {
        let e = read_err(rel);
        assert!(e.starts_with(&fixture(rel).display().to_string()), "{e}");
        assert!(e.contains(expected), "{rel}: {e}");
        assert!(!e.contains('\n'), "{e}");
    }
}

#[test]
fn json_resume_deep_nesting_is_refused_without_crashing() {
    let e = read_bytes("deep.json", "[".repeat(10_000).into_bytes(), InputFormat::JsonResume).unwrap_err();
    assert_eq!(e.to_string(), "deep.json:1:513: nested more than 512 levels deep");
    let mut doc = String::from("{\"basics\": {\"x\": ");
    for _ in 0..100_000 {
        doc.push_str("{\"a\": ");
    }
    let e = read_bytes("deep.json", doc.into_bytes(), InputFormat::JsonResume).unwrap_err();
    assert!(e.to_string().contains("nested more than 512 levels deep"));
}

// ---------------------------------------------------------------------------------------------
// LinkedIn export

#[test]
fn linkedin_folder_reads_every_known_file() {
    let p = read("linkedin/export");
    assert_eq!(p.format, InputFormat::LinkedIn);
    assert_eq!(p.name.as_deref(), Some("Kari Lindqvist"));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
    let names: Vec<_> =
        p.sources.iter().map(|s| Path::new(&s.name).file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["Profile.csv", "Positions.csv", "Education.csv", "Skills.csv", "Certifications.csv"]);
    assert_eq!(section(&p, "Profile.csv[0].Headline").kind, SectionKind::Headline);
    assert_eq!(
        section(&p, "Profile.csv[0].Summary").text,
        "I design tools that people actually enjoy using.\nI beleive good defaults beat long manuals."
    );
    let d = section(&p, "Positions.csv[0].Description");
    assert_eq!(
        d.text,
        "Lead the design system used by four product teams.\nWe shipped a \"quiet mode\" that acheived a 20% drop in support tickets."
    );
    assert_eq!((d.kind, d.field, d.entry), (SectionKind::Experience, Field::Text, Some(0)));
    assert_eq!(d.label, "Experience: Senior Product Designer — Lumora Studio");
    assert_eq!(p.experience.len(), 2);
    let (e0, e1) = (&p.experience[0], &p.experience[1]);
    assert_eq!(
        (e0.title.as_deref(), e0.company.as_deref(), e0.location.as_deref()),
        (Some("Senior Product Designer"), Some("Lumora Studio"), Some("Bergen, Norway"))
    );
    assert_eq!(e0.start.map(|d| (d.year, d.month)), Some((2022, Some(3))));
    assert!(e0.is_current(), "an empty Finished On is the current role");
    assert_eq!(e1.start.map(|d| (d.year, d.month)), Some((2019, None)));
    assert!(matches!(e1.end, Some(EndDate::Date(d)) if (d.year, d.month) == (2022, Some(2))));
    assert!(e0.sections.iter().all(|&i| p.sections[i].entry == Some(0)));
    assert_eq!(section(&p, "Education.csv[0].School Name").kind, SectionKind::Education);
    assert_eq!(section(&p, "Education.csv[0].Degree Name").field, Field::Title);
    assert_eq!(section(&p, "Skills.csv[2].Name").text, "Design Systems");
    assert_eq!(section(&p, "Skills.csv[2].Name").field, Field::Keywords);
    assert_eq!(section(&p, "Certifications.csv[0].Authority").field, Field::Name);
    for w in ["Kari", "Lindqvist", "Lumora", "Fjordline", "Bergen", "Vestland", "Inclusa"] {
        assert!(p.vocabulary.iter().any(|v| v == w), "{w} not in the vocabulary");
    }
    // Connections.csv is not a profile file: never read into a section.
    assert!(p.sections.iter().all(|s| !s.text.contains("Testesen")));
}

#[test]
fn linkedin_findings_map_to_file_row_and_line_within_the_cell() {
    let p = read("linkedin/export");
    let positions = std::fs::read_to_string(fixture("linkedin/export/Positions.csv")).unwrap();
    let positions = positions.trim_start_matches('\u{feff}');
    // The cell is quoted, spans two lines (CRLF) and has `""` escapes before the word.
    let (name, line, col) = locate(&p, "Positions.csv[0].Description", "acheived");
    assert!(name.ends_with("Positions.csv"), "{name}");
    assert_eq!((line, col), line_col(positions, "acheived"));
    assert_eq!(pos(&p, "Positions.csv[0].Description", "quiet"), (3, 16));
    assert_eq!(pos(&p, "Positions.csv[1].Description", "booking"), line_col(positions, "booking"));
    let profile = std::fs::read_to_string(fixture("linkedin/export/Profile.csv")).unwrap();
    assert_eq!(pos(&p, "Profile.csv[0].Summary", "beleive"), line_col(&profile, "beleive"));
}

#[test]
fn linkedin_zip_reads_like_the_folder() {
    let folder = read("linkedin/export");
    let zip = read("linkedin/export.zip");
    let nested = read("linkedin/nested.zip");
    assert_eq!(paths_and_texts(&zip), paths_and_texts(&folder));
    assert_eq!(paths_and_texts(&nested), paths_and_texts(&folder));
    assert_eq!(zip.experience.len(), 2);
    let (name, line, col) = locate(&zip, "Positions.csv[0].Description", "acheived");
    assert_eq!(name, format!("{}:Positions.csv", fixture("linkedin/export.zip").display()));
    assert_eq!((line, col), pos(&folder, "Positions.csv[0].Description", "acheived"));
    let (name, _, _) = locate(&nested, "Profile.csv[0].Summary", "beleive");
    assert!(name.ends_with("nested.zip:Basic_LinkedInDataExport_01-15-2025/Profile.csv"), "{name}");
}

#[test]
fn linkedin_zip_fixture_matches_the_folder() {
    let bytes = std::fs::read(fixture("linkedin/export.zip")).unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    names.sort();
    let mut files: Vec<String> = std::fs::read_dir(fixture("linkedin/export"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(names, files, "rerun scripts/make-linkedin-zip.py");
    for name in names {
        let mut data = Vec::new();
        archive.by_name(&name).unwrap().read_to_end(&mut data).unwrap();
        assert_eq!(
            data,
            std::fs::read(fixture(&format!("linkedin/export/{name}"))).unwrap(),
            "{name}: rerun scripts/make-linkedin-zip.py"
        );
    }
}

#[test]
fn linkedin_nested_folder_is_found_one_level_down() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("Basic_LinkedInDataExport_01-15-2025");
    std::fs::create_dir(&inner).unwrap();
    for f in ["Profile.csv", "Positions.csv"] {
        std::fs::copy(fixture(&format!("linkedin/export/{f}")), inner.join(f)).unwrap();
    }
    assert!(is_linkedin_folder(dir.path()));
    let p = read_path(dir.path(), None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(p.experience.len(), 2);
    assert!(p.sources[0].name.ends_with("Basic_LinkedInDataExport_01-15-2025/Profile.csv"));
    // Two levels down is not an export.
    let deeper = tempfile::tempdir().unwrap();
    let two = deeper.path().join("a").join("b");
    std::fs::create_dir_all(&two).unwrap();
    std::fs::copy(fixture("linkedin/export/Profile.csv"), two.join("Profile.csv")).unwrap();
    assert!(!is_linkedin_folder(deeper.path()));
    let e = read_path(deeper.path(), None, DEFAULT_MAX_BYTES).unwrap_err().to_string();
    assert!(e.contains("no LinkedIn profile in this export"), "{e}");
}

#[test]
fn linkedin_files_with_localised_names_are_recognised_by_header() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("linkedin/export/Profile.csv"), dir.path().join("Profil.csv")).unwrap();
    std::fs::copy(fixture("linkedin/export/Positions.csv"), dir.path().join("Stellen.csv")).unwrap();
    let p = read_path(dir.path(), None, DEFAULT_MAX_BYTES).unwrap();
    assert_eq!(section(&p, "Stellen.csv[0].Title").text, "Senior Product Designer");
    assert_eq!(section(&p, "Profil.csv[0].Headline").kind, SectionKind::Headline);
}

#[test]
fn linkedin_latin1_files_are_decoded_with_a_warning() {
    let p = read("linkedin/latin1");
    assert_eq!(p.name.as_deref(), Some("Zoë Müller"));
    assert_eq!(p.warnings.len(), 2);
    assert!(p.warnings.iter().all(|w| w.message.contains("Latin-1")));
    assert_eq!(section(&p, "Positions.csv[0].Company Name").text, "Café Zoë");
    assert!(section(&p, "Profile.csv[0].Summary").text.contains("“latte art”"));
    let positions = &p.sources[1].text;
    let (_, l, c) = locate(&p, "Positions.csv[0].Description", "Teh");
    assert_eq!((l, c), line_col(positions, "Teh"));
    // The warning points at the first byte that was not UTF-8 (`é` of Café, line 2).
    let w = &p.warnings[1];
    assert_eq!(p.sources[w.source].lines.line_col(positions, w.offset), (2, 4));
}

#[test]
fn linkedin_broken_inputs_give_one_line_errors() {
    let missing = read_err("linkedin/broken/missing-column");
    assert!(missing.ends_with("Positions.csv:1:1: missing required column \"Title\""), "{missing}");
    let truncated = read_err("linkedin/broken/truncated.zip");
    assert!(truncated.starts_with(&fixture("linkedin/broken/truncated.zip").display().to_string()), "{truncated}");
    assert!(truncated.contains("not a readable zip archive"), "{truncated}");
    let not_zip = read_err("linkedin/broken/not-a-zip.zip");
    assert!(not_zip.contains("not a readable zip archive"), "{not_zip}");
    for e in [missing, truncated, not_zip] {
        assert!(!e.contains('\n'), "{e}");
    }
    let folder_as_markdown =
        read_path(&fixture("linkedin/export"), Some(InputFormat::Markdown), DEFAULT_MAX_BYTES).unwrap_err();
    assert!(folder_as_markdown.to_string().contains("is a folder"), "{folder_as_markdown}");
    let empty = tempfile::tempdir().unwrap();
    assert!(read_path(empty.path(), None, DEFAULT_MAX_BYTES).unwrap_err().to_string().contains("no LinkedIn profile"));
}

#[test]
fn linkedin_corrupt_entry_names_the_entry() {
    let mut bytes = std::fs::read(fixture("linkedin/export.zip")).unwrap();
    let (start, len) = {
        let mut archive = zip::ZipArchive::new(Cursor::new(&bytes)).unwrap();
        let f = archive.by_name("Positions.csv").unwrap();
        (f.data_start().unwrap() as usize, f.compressed_size() as usize)
    };
    for b in &mut bytes[start + 2..start + len - 2] {
        *b ^= 0x5a;
    }
    let e = read_bytes("export.zip", bytes, InputFormat::LinkedIn).unwrap_err().to_string();
    assert!(e.starts_with("export.zip:Positions.csv: cannot read"), "{e}");
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

#[test]
fn linkedin_zip_limits_refuse_hostile_archives() {
    let profile = std::fs::read(fixture("linkedin/export/Profile.csv")).unwrap();
    // Too many entries.
    let names: Vec<String> = (0..1001).map(|i| format!("f{i}.txt")).collect();
    let files: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b"x"[..])).collect();
    let e = read_bytes("many.zip", zip_of(&files), InputFormat::LinkedIn).unwrap_err().to_string();
    assert!(e.contains("1001 entries, over the limit of 1000"), "{e}");
    // A small archive that inflates past the limit: refused by the bytes actually read.
    let mut big = b"Name\n".to_vec();
    big.resize(65 * 1024 * 1024, b'a');
    let archive = zip_of(&[("Profile.csv", &profile), ("Skills.csv", &big)]);
    assert!(archive.len() < 1024 * 1024);
    let e = read_bytes("bomb.zip", archive, InputFormat::LinkedIn).unwrap_err().to_string();
    assert!(e.starts_with("bomb.zip: the export holds more than 64 MiB"), "{e}");
    // Files elsewhere in the archive (too deep, not CSV) are not read.
    let archive = zip_of(&[("Profile.csv", &profile), ("a/b/Positions.csv", b"garbage"), ("notes.txt", b"hi")]);
    let p = read_bytes("ok.zip", archive, InputFormat::LinkedIn).unwrap();
    assert_eq!(p.sources.len(), 1);
}

#[test]
fn zip_is_detected_by_magic_without_an_extension() {
    let bytes = std::fs::read(fixture("linkedin/export.zip")).unwrap();
    assert_eq!(guess_format(Path::new("download"), &bytes), InputFormat::LinkedIn);
    assert_eq!(guess_format(Path::new("resume"), b"  {\"basics\": {}}"), InputFormat::JsonResume);
}

// ---------------------------------------------------------------------------------------------
// Real published profiles (read only, from ../shared when it is there).

#[test]
fn real_profiles_all_load() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/profiles");
    if !root.is_dir() {
        return;
    }
    let mut json: Vec<PathBuf> =
        std::fs::read_dir(root.join("json-resume")).unwrap().map(|e| e.unwrap().path()).collect();
    json.retain(|p| p.extension().is_some_and(|e| e == "json"));
    let exports: Vec<PathBuf> =
        std::fs::read_dir(root.join("linkedin-export")).unwrap().map(|e| e.unwrap().path()).collect();
    let mut with_warnings = 0;
    for path in json.iter().chain(&exports) {
        let p = read_path(path, None, DEFAULT_MAX_BYTES).unwrap_or_else(|e| panic!("{e}"));
        assert!(!p.sections.is_empty(), "{}", path.display());
        for i in 0..p.sections.len() {
            let (src, line, _) = p.locate(i, 0);
            assert!(line <= src.text.matches('\n').count() + 1);
        }
        with_warnings += usize::from(!p.warnings.is_empty());
    }
    assert!(json.len() >= 25 && exports.len() >= 3, "{} {}", json.len(), exports.len());
    assert!(with_warnings >= 3, "the trailing-comma and raw-newline files warn");
}

#[test]
fn linkedin_duplicate_files_read_the_shallowest_with_a_warning() {
    let profile = std::fs::read(fixture("linkedin/export/Profile.csv")).unwrap();
    let other = b"First Name,Last Name,Headline,Summary\nSomeone,Else,Other headline,Other summary\n";
    let archive = zip_of(&[("old/Profile.csv", other), ("Profile.csv", &profile)]);
    let p = read_bytes("dup.zip", archive, InputFormat::LinkedIn).unwrap();
    assert_eq!(p.name.as_deref(), Some("Kari Lindqvist"));
    assert_eq!(p.sources.len(), 1);
    assert_eq!(p.warnings.len(), 1);
    assert_eq!(
        p.warnings[0].message,
        "dup.zip:old/Profile.csv is also a Profile.csv file; only dup.zip:Profile.csv is read"
    );
}

#[test]
fn linkedin_skills_join_the_profile_vocabulary() {
    let p = read("linkedin/export");
    for w in ["Figma", "Accessibility", "Systems"] {
        assert!(p.vocabulary.iter().any(|v| v == w), "{w} not in {:?}", p.vocabulary);
    }
}

#[test]
fn linkedin_endorsed_skills_join_the_vocabulary_and_are_not_checked() {
    let profile = b"First Name,Last Name,Headline,Summary\nAda,Byrne,Nurse,I do phlebotomy and venepuncture daily.\n";
    let endorsements = "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n\
2021/03/04 10:00:00 UTC,Venepuncture,Sam,Ode,www.linkedin.com/in/sam,ACCEPTED\n\
2021/03/05 10:00:00 UTC,Venepuncture,Kim,Lo,www.linkedin.com/in/kim,ACCEPTED\n";
    for name in ["Endorsement_Received_Info.csv", "Befürwortungen.csv"] {
        let archive = zip_of(&[("Profile.csv", &profile[..]), (name, endorsements.as_bytes())]);
        let p = read_bytes("e.zip", archive, InputFormat::LinkedIn).unwrap();
        assert_eq!(p.vocabulary.iter().filter(|v| *v == "Venepuncture").count(), 1, "{name}: {:?}", p.vocabulary);
        // The endorsers are other people, not the profile's vocabulary; the file is not the person's text.
        assert!(!p.vocabulary.iter().any(|v| v == "Ode"), "{:?}", p.vocabulary);
        assert!(p.sections.iter().all(|s| !s.path.contains(name)), "{name}");
    }
    // Without the endorsement, the same export has no such word.
    let archive = zip_of(&[("Profile.csv", &profile[..])]);
    let p = read_bytes("e.zip", archive, InputFormat::LinkedIn).unwrap();
    assert!(!p.vocabulary.iter().any(|v| v == "Venepuncture"));
}
