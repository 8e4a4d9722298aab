//! news-please articles: one JSON object (`.json`, or each element of a JSON array) becomes one
//! document. `maintext` is the text and is required; `title`, `url`, `date_publish`,
//! `source_domain` and `id` are taken when present and of a sensible type, ignored otherwise.

use crate::{check, date, InputError, SourceDoc};
use serde::Deserialize;
use serde_json::Value;

/// The fields we use; everything else in a news-please record is skipped by serde unparsed.
#[derive(Deserialize, Default)]
pub struct Record {
    #[serde(default)]
    maintext: Value,
    #[serde(default)]
    title: Value,
    #[serde(default)]
    url: Value,
    #[serde(default)]
    date_publish: Value,
    #[serde(default)]
    source_domain: Value,
    #[serde(default)]
    id: Value,
}

/// A non-blank string field, trimmed.
fn string(v: Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_owned()),
        _ => None,
    }
}

impl Record {
    /// The document this record describes, or the reason it has none.
    pub fn into_doc(self, path: &str, line: Option<u64>) -> Result<SourceDoc, String> {
        let text = match self.maintext {
            Value::String(s) if !s.trim().is_empty() => s,
            Value::String(_) => return Err("maintext is empty".into()),
            Value::Null => return Err("no maintext".into()),
            _ => return Err("maintext is not a string".into()),
        };
        let id = match self.id {
            Value::String(s) if !s.is_empty() => Some(s),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let url = string(self.url);
        let published = match &self.date_publish {
            Value::String(s) => date::parse_date(s),
            _ => None,
        };
        let outlet = string(self.source_domain).or_else(|| url.as_deref().and_then(date::url_host));
        Ok(SourceDoc {
            path: path.to_owned(),
            line,
            id,
            url,
            title: string(self.title),
            published,
            outlet,
            text,
        })
    }
}

/// Documents of a whole `.json` file: one object, or an array of them.
pub fn read_json(bytes: Vec<u8>, path: &str) -> Vec<Result<SourceDoc, InputError>> {
    let text = match check::decode(bytes, path) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    from_str(&text, path)
}

/// Documents of JSON text already known to be valid UTF-8.
pub fn from_str(text: &str, path: &str) -> Vec<Result<SourceDoc, InputError>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return vec![Err(InputError::file(path, format!("invalid JSON: {e}")))],
    };
    match value {
        Value::Array(items) => {
            if items.is_empty() {
                return vec![Err(InputError::file(path, "empty JSON array"))];
            }
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    from_value(item, path, None)
                        .map_err(|r| InputError::file(path, format!("element {}: {r}", i + 1)))
                })
                .collect()
        }
        other => vec![from_value(other, path, None).map_err(|r| InputError::file(path, r))],
    }
}

/// One record from a parsed JSON value.
pub fn from_value(v: Value, path: &str, line: Option<u64>) -> Result<SourceDoc, String> {
    if !v.is_object() {
        return Err("not a JSON object".into());
    }
    Record::deserialize(v)
        .map_err(|e| format!("invalid record: {e}"))?
        .into_doc(path, line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields() {
        let docs = from_str(
            r#"{"maintext":"Acme cut 50 jobs.","title":" Acme ","url":"https://www.acme.com/a",
               "date_publish":"2023-01-20 00:00:00","source_domain":null,"id":17,"extra":[1,2]}"#,
            "a.json",
        );
        let d = docs[0].as_ref().unwrap();
        assert_eq!(d.text, "Acme cut 50 jobs.");
        assert_eq!(d.title.as_deref(), Some("Acme"));
        assert_eq!(d.id.as_deref(), Some("17"));
        assert_eq!(d.outlet.as_deref(), Some("acme.com"));
        assert_eq!(d.published.unwrap().to_string(), "2023-01-20");
    }

    #[test]
    fn bad_maintext() {
        for (json, why) in [
            (r#"{"title":"x"}"#, "no maintext"),
            (r#"{"maintext":5}"#, "maintext is not a string"),
            (r#"{"maintext":"  "}"#, "maintext is empty"),
            (r#"[1]"#, "element 1: not a JSON object"),
        ] {
            let e = from_str(json, "b.json").remove(0).unwrap_err();
            assert_eq!(e.path, "b.json");
            assert_eq!(e.reason, why);
        }
    }
}
