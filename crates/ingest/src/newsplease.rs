//! news-please articles: one JSON object (`.json`, or each element of a JSON array) becomes one
//! document. `maintext` is the text and is required; `title`, `url`, `date_publish`,
//! `source_domain` and `id` are taken when present and of a sensible type, ignored otherwise.

use crate::{check, date, InputError, SourceDoc};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;
use std::fmt;

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
        Value::String(s) if !s.trim().is_empty() => {
            // Most fields are trimmed already: keep the string rather than copy it.
            let t = s.trim();
            Some(if t.len() == s.len() { s } else { t.to_owned() })
        }
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
            record: None,
            warning: None,
            key: None,
        })
    }
}

/// A record read straight from JSON text, without first building a `Value` of the whole
/// object (whose keys and strings are allocated only to be dropped: most of a news-please
/// record is fields we do not use). [`Record::from_line`] is the entry point.
struct Direct(Record);

/// Any JSON value, checked exactly as parsing it into a `Value` would check it (nesting
/// limit, number range, string escapes, through the same `deserialize_any`) but not kept.
/// (`IgnoredAny` skips faster but applies neither the nesting limit nor the number range
/// check, so it would accept lines that the `Value` path rejects.)
struct Checked;

impl<'de> Deserialize<'de> for Checked {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CheckedVisitor)
    }
}

struct CheckedVisitor;

impl<'de> Visitor<'de> for CheckedVisitor {
    type Value = Checked;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_str<E>(self, _: &str) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_unit<E>(self) -> Result<Checked, E> {
        Ok(Checked)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Checked, A::Error> {
        while seq.next_element::<Checked>()?.is_some() {}
        Ok(Checked)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Checked, A::Error> {
        while map.next_key::<Checked>()?.is_some() {
            map.next_value::<Checked>()?;
        }
        Ok(Checked)
    }
}

/// The keys of a record: ours by name, any other as `Other`.
enum Key {
    Maintext,
    Title,
    Url,
    DatePublish,
    SourceDomain,
    Id,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, k: &str) -> Result<Key, E> {
                Ok(match k {
                    "maintext" => Key::Maintext,
                    "title" => Key::Title,
                    "url" => Key::Url,
                    "date_publish" => Key::DatePublish,
                    "source_domain" => Key::SourceDomain,
                    "id" => Key::Id,
                    _ => Key::Other,
                })
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

impl<'de> Deserialize<'de> for Direct {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RecordVisitor;
        impl<'de> Visitor<'de> for RecordVisitor {
            type Value = Direct;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a news-please record")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Direct, A::Error> {
                let mut r = Record::default();
                // A repeated key keeps its last value, as in a parsed `Value` object.
                while let Some(k) = map.next_key::<Key>()? {
                    match k {
                        Key::Maintext => r.maintext = map.next_value()?,
                        Key::Title => r.title = map.next_value()?,
                        Key::Url => r.url = map.next_value()?,
                        Key::DatePublish => r.date_publish = map.next_value()?,
                        Key::SourceDomain => r.source_domain = map.next_value()?,
                        Key::Id => r.id = map.next_value()?,
                        Key::Other => {
                            map.next_value::<Checked>()?;
                        }
                    }
                }
                Ok(Direct(r))
            }
        }
        d.deserialize_map(RecordVisitor)
    }
}

impl Record {
    /// The record a line of JSON text holds, when the text is one JSON object that
    /// `serde_json::from_str::<Value>` accepts; `None` otherwise (the caller then takes
    /// the `Value` path, which words the error). Accepts exactly what that path accepts and
    /// gives the same fields.
    pub fn from_line(text: &str) -> Option<Record> {
        serde_json::from_str::<Direct>(text).ok().map(|d| d.0)
    }
}

/// Documents of a whole `.json` file: one object, or an array of them.
pub fn read_json(bytes: Vec<u8>, path: &str) -> Vec<Result<SourceDoc, InputError>> {
    let (text, warning) = match check::decode(bytes, path) {
        Ok(t) => t,
        Err(e) => return vec![Err(e)],
    };
    let mut docs = from_str(&text, path);
    if warning.is_some() {
        for d in docs.iter_mut().flatten() {
            d.warning.clone_from(&warning);
        }
    }
    docs
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

/// `.json` files: one news-please object, or an array of them.
pub struct NewsPlease;

impl crate::Source for NewsPlease {
    fn name(&self) -> &'static str {
        "json"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".json"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        match crate::check::read_limited(file, path) {
            Ok(bytes) => Box::new(read_json(bytes, path).into_iter()),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }
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

    /// The direct read agrees with the `Value` path: same lines accepted, same documents.
    #[test]
    fn direct_read_agrees_with_value_path() {
        let nest = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        let mut lines: Vec<String> = vec![
            r#"{"maintext":"Acme cut 50 jobs.","title":" Acme ","url":"https://www.acme.com/a","date_publish":"2023-01-20 00:00:00","source_domain":null,"id":17,"extra":[1,{"a":[true,false,null]}]}"#.into(),
            r#"{"maintext":"one","maintext":"two"}"#.into(),
            r#"{"maint\u0065xt":"escaped key","ti\u0074le":"t"}"#.into(),
            r#"{"maintext":"x","id":"abc","id":12.5}"#.into(),
            r#"{"maintext":"x","other":1e400}"#.into(),
            r#"{"maintext":"x","other":"\ud800"}"#.into(),
            r#"{"maintext":"x","other":"\ud83d\ude00"}"#.into(),
            r#"{"maintext":"x","other":123456789012345678901234567890}"#.into(),
            r#"{"maintext":"x","other":"bad \q escape"}"#.into(),
            r#"{"maintext":"x"} trailing"#.into(),
            r#"{"maintext":"x",}"#.into(),
            r#"["maintext","x"]"#.into(),
            r#""just a string""#.into(),
            r#"{"maintext":5}"#.into(),
            r#"{"title":"no text"}"#.into(),
            r#"{"maintext":"  "}"#.into(),
            "{\"maintext\":\"tab\there\"}".into(),
            "{\"maintext\":\"raw\u{1}control\"}".into(),
            r#"{}"#.into(),
            r#"  {"maintext" : "spaced" }  "#.into(),
        ];
        for depth in [1, 126, 127, 128, 129, 200] {
            lines.push(format!(r#"{{"maintext":"x","deep":{}}}"#, nest(depth)));
            lines.push(format!(r#"{{"maintext":{}}}"#, nest(depth)));
        }
        for line in &lines {
            let direct = Record::from_line(line).map(|r| r.into_doc("p", None));
            let value = serde_json::from_str::<Value>(line)
                .ok()
                .filter(Value::is_object)
                .map(|v| from_value(v, "p", None));
            assert_eq!(direct.is_some(), value.is_some(), "{line}");
            if let (Some(a), Some(b)) = (direct, value) {
                assert_eq!(a, b, "{line}");
            }
        }
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
