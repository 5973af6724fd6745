//! Request parameters as LanguageTool reads them: `application/x-www-form-urlencoded` UTF-8, from the
//! query string and from the body whatever its Content-Type says (ltex-ls sends a form body with a
//! JSON content type). Malformed input is an `ApiError`, never a panic.

use super::ApiError;

/// Decodes `a=1&b=x+y%21` into pairs, in order. `+` is a space; a bad `%` escape or bytes that are
/// not UTF-8 after decoding are a 400.
pub fn parse_form(input: &[u8]) -> Result<Vec<(String, String)>, ApiError> {
    let mut out = Vec::new();
    for part in input.split(|&b| b == b'&') {
        if part.is_empty() {
            continue;
        }
        let (k, v) = match part.iter().position(|&b| b == b'=') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &b""[..]),
        };
        out.push((decode(k)?, decode(v)?));
    }
    Ok(out)
}

fn decode(s: &[u8]) -> Result<String, ApiError> {
    let mut bytes = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'+' => bytes.push(b' '),
            b'%' => {
                let hex = |b: u8| (b as char).to_digit(16);
                let (Some(h), Some(l)) = (s.get(i + 1).and_then(|&b| hex(b)), s.get(i + 2).and_then(|&b| hex(b)))
                else {
                    return Err(ApiError::bad_request("malformed percent-encoding in the request parameters"));
                };
                bytes.push((h * 16 + l) as u8);
                i += 2;
            }
            b => bytes.push(b),
        }
        i += 1;
    }
    String::from_utf8(bytes).map_err(|_| ApiError::bad_request("the request parameters are not UTF-8"))
}

/// The parameters of one request, the body's winning over the query string's.
#[derive(Debug, Default)]
pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn from_parts(query: &[u8], body: &[u8]) -> Result<Params, ApiError> {
        let mut all = parse_form(query)?;
        all.extend(parse_form(body)?);
        Ok(Params(all))
    }

    /// The last value given for `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// A comma-separated list, trimmed, empties dropped.
    pub fn list(&self, key: &str) -> Vec<String> {
        self.get(key)
            .map(|v| v.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default()
    }

    /// `true`/`false` (LanguageTool's Boolean parsing: anything but `true` is false).
    pub fn flag(&self, key: &str) -> bool {
        self.get(key).is_some_and(|v| v.eq_ignore_ascii_case("true"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_plus_and_escapes() {
        let p = parse_form(b"text=caf%C3%A9+au+lait&language=en-US&flag").unwrap();
        assert_eq!(p[0], ("text".into(), "café au lait".into()));
        assert_eq!(p[1], ("language".into(), "en-US".into()));
        assert_eq!(p[2], ("flag".into(), String::new()));
    }

    #[test]
    fn refuses_bad_escapes_and_bad_utf8() {
        assert_eq!(parse_form(b"text=%E").unwrap_err().status, 400);
        assert_eq!(parse_form(b"text=%zz").unwrap_err().status, 400);
        assert_eq!(parse_form(b"text=%FF").unwrap_err().status, 400);
    }

    #[test]
    fn body_wins_over_query() {
        let p = Params::from_parts(b"language=en-GB&x=1", b"language=en-US").unwrap();
        assert_eq!(p.get("language"), Some("en-US"));
        assert_eq!(p.get("x"), Some("1"));
        assert_eq!(Params::from_parts(b"", b"r=A,%20B,,").unwrap().list("r"), vec!["A", "B"]);
    }
}
