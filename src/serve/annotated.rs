//! The text a client sends: plain `text`, or LanguageTool's annotated `data`
//! (`{"annotation":[{"text":"A "},{"markup":"<b>"},{"markup":"<p>","interpretAs":"\n\n"}]}`), where
//! markup is not checked but counts in the offsets of the answer.

use serde_json::Value;

use super::ApiError;
use crate::text::{Origin, OriginBuilder};

/// What the client sent (`original`, in which answer offsets count) and what is checked (`plain`:
/// text parts verbatim, markup replaced by its `interpretAs`), with the map between the two.
#[derive(Debug, Clone)]
pub struct Document {
    pub original: String,
    pub plain: String,
    map: Origin,
}

impl Document {
    pub fn from_text(text: &str) -> Document {
        Document { original: text.to_string(), plain: text.to_string(), map: Origin::verbatim(0, 0, text.len()) }
    }

    /// Parses the annotated-text JSON.
    pub fn from_annotation(data: &str) -> Result<Document, ApiError> {
        let bad = |m: &str| ApiError::bad_request(format!("could not read the 'data' parameter: {m}"));
        let value: Value = serde_json::from_str(data).map_err(|e| bad(&e.to_string()))?;
        let items = value
            .get("annotation")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("expected an object with an 'annotation' array"))?;
        let mut original = String::new();
        let mut plain = OriginBuilder::new(0);
        for item in items {
            let field = |k: &str| match item.get(k) {
                None | Some(Value::Null) => Ok(None),
                Some(Value::String(s)) => Ok(Some(s.as_str())),
                Some(_) => Err(bad(&format!("'{k}' must be a string"))),
            };
            match (field("text")?, field("markup")?) {
                (Some(text), None) => {
                    plain.push_verbatim(text, original.len());
                    original.push_str(text);
                }
                (None, Some(markup)) => {
                    if let Some(as_text) = field("interpretAs")? {
                        plain.push_synthetic(as_text, original.len());
                    }
                    original.push_str(markup);
                }
                (Some(_), Some(_)) => return Err(bad("an item has both 'text' and 'markup'")),
                (None, None) => return Err(bad("an item has neither 'text' nor 'markup'")),
            }
        }
        let (plain, map) = plain.finish();
        Ok(Document { original, plain, map })
    }

    /// The byte range in `original` of byte range `span` of `plain`.
    pub fn to_original(&self, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
        let (start, end) = super::map_span(&self.map, &self.plain, span);
        let start = crate::text::origin::floor_char_boundary(&self.original, start.min(self.original.len()));
        let end = crate::text::origin::floor_char_boundary(&self.original, end.min(self.original.len()));
        start..end.max(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_counts_in_offsets_but_is_not_checked() {
        let d = Document::from_annotation(
            r#"{"annotation":[{"text":"A "},{"markup":"<b>"},{"text":"tset"},{"markup":"</b>"},{"markup":"<p>","interpretAs":"\n\n"},{"text":"Next."}]}"#,
        )
        .unwrap();
        assert_eq!(d.original, "A <b>tset</b><p>Next.");
        assert_eq!(d.plain, "A tset\n\nNext.");
        assert_eq!(&d.original[d.to_original(2..6)], "tset");
        assert_eq!(&d.original[d.to_original(8..13)], "Next.");
        assert_eq!(d.to_original(0..0), 0..0);
    }

    #[test]
    fn malformed_data_is_a_400() {
        for bad in ["", "[]", "{}", r#"{"annotation":[{"x":1}]}"#, r#"{"annotation":[{"text":3}]}"#] {
            assert_eq!(Document::from_annotation(bad).unwrap_err().status, 400, "{bad}");
        }
    }
}
