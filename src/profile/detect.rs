//! Choosing the reader: from `--input-format`, else the path's extension, else the content. A folder
//! is a LinkedIn export when it holds `Profile.csv` or `Positions.csv` (at the top or one folder down).

use std::path::Path;

use super::{InputFormat, Profile, json_resume, linkedin, markdown, plain};
use crate::error::InputError;

/// Input larger than this is refused unless the caller raises the limit.
pub const DEFAULT_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// Reads and parses the profile at `path` (`-` is standard input).
pub fn read_path(path: &Path, format: Option<InputFormat>, max_bytes: u64) -> Result<Profile, InputError> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::Read::take(std::io::stdin().lock(), max_bytes + 1), &mut buf)
            .map_err(|e| InputError::io(path, e))?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| InputError::io(path, e))?;
        if meta.is_dir() {
            return match format {
                None | Some(InputFormat::LinkedIn) => linkedin::read_folder(path).map(|mut p| {
                    p.learn_headline_names();
                    p
                }),
                Some(other) => {
                    Err(InputError::invalid(name, format!("is a folder; the {} reader reads a file", other.as_str())))
                }
            };
        }
        if meta.len() > max_bytes {
            return Err(too_big(&name, meta.len(), max_bytes));
        }
        std::fs::read(path).map_err(|e| InputError::io(path, e))?
    };
    if bytes.len() as u64 > max_bytes {
        return Err(too_big(&name, bytes.len() as u64, max_bytes));
    }
    let format = format.unwrap_or_else(|| guess_format(path, &bytes));
    read_bytes(&name, bytes, format)
}

fn too_big(name: &str, len: u64, max: u64) -> InputError {
    InputError::invalid(
        name,
        format!("file is {len} bytes, over the limit of {max} bytes (raise it with --max-file-size)"),
    )
}

/// Whether `path` is a folder holding a LinkedIn export, for callers that walk folders: read such a
/// folder whole with `read_path` rather than file by file.
pub fn is_linkedin_folder(path: &Path) -> bool {
    path.is_dir() && linkedin::is_export_folder(path)
}

/// The format a path most likely holds.
pub fn guess_format(path: &Path, bytes: &[u8]) -> InputFormat {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("md" | "markdown") => InputFormat::Markdown,
        Some("txt" | "text") => InputFormat::PlainText,
        Some("json") => InputFormat::JsonResume,
        Some("zip") => InputFormat::LinkedIn,
        _ => {
            let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
            match start.map(|i| bytes[i]) {
                Some(b'{') => InputFormat::JsonResume,
                Some(b'#') => InputFormat::Markdown,
                _ if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") => InputFormat::LinkedIn,
                _ => InputFormat::Markdown,
            }
        }
    }
}

/// Decodes UTF-8 (dropping a BOM), or says where it is not UTF-8.
pub fn decode_utf8(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(InputError::invalid(name, "is UTF-16 text; save it as UTF-8"));
    }
    let bytes = if bytes.starts_with(b"\xEF\xBB\xBF") { bytes[3..].to_vec() } else { bytes };
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        InputError::at(name, &prefix, valid, format!("invalid UTF-8 at byte {valid}"))
    })?;
    // A NUL byte never occurs in a text file, but does in binary data that happens to be valid UTF-8
    // (and the Markdown parser would silently turn it into U+FFFD): refuse it, saying where.
    if let Some(at) = text.find('\0') {
        return Err(InputError::at(name, &text, at, "a NUL byte: this is binary data, not a text profile"));
    }
    Ok(text)
}

/// Parses bytes already read, in the given format.
pub fn read_bytes(name: &str, bytes: Vec<u8>, format: InputFormat) -> Result<Profile, InputError> {
    let mut profile = match format {
        InputFormat::Markdown => markdown::read(name, decode_utf8(name, bytes)?),
        InputFormat::PlainText => plain::read(name, decode_utf8(name, bytes)?),
        InputFormat::JsonResume => json_resume::read(name, decode_utf8(name, bytes)?)?,
        InputFormat::LinkedIn => linkedin::read_zip(name, &bytes)?,
    };
    profile.learn_headline_names();
    if matches!(format, InputFormat::Markdown | InputFormat::PlainText) {
        let found = super::inline_suppressions(&profile.sources[0].text, 0);
        profile.suppressions.extend(found);
    }
    Ok(profile)
}
