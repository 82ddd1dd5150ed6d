//! Front matter of `.md`/`.txt` articles: `Key: Value` lines (optionally fenced
//! by `---`) or TOML between `+++` lines. A text without a header is a bare article.

use super::fields::{KNOWN_FIELDS, RawFields, canonical_field, split_list};

/// A text split into its header fields and its body.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// Fields of the header (all empty for a bare text).
    pub fields: RawFields,
    /// The body text after the header.
    pub body: &'a str,
    /// 1-based line where the body starts.
    pub body_line: usize,
    /// True when the text had no header at all.
    pub bare: bool,
}

/// A header error: 1-based line and reason.
pub type HeaderError = (usize, String);

/// Lines of `text` with their byte offset and 1-based number.
fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut offset = 0;
    text.split_inclusive('\n').enumerate().map(move |(i, raw)| {
        let start = offset;
        offset += raw.len();
        (i + 1, start, raw.trim_end_matches(['\n', '\r']))
    })
}

/// Splits a text article into header and body.
///
/// # Errors
/// A malformed header: unknown key, missing closing fence, bad TOML.
pub fn split(text: &str) -> Result<Split<'_>, HeaderError> {
    let first = text.lines().next().unwrap_or_default().trim_end();
    if first == "+++" {
        return split_toml(text);
    }
    if first == "---" {
        return split_key_value(text, true);
    }
    if looks_like_key_value(first) {
        return split_key_value(text, false);
    }
    Ok(Split {
        fields: RawFields::default(),
        body: text,
        body_line: 1,
        bare: true,
    })
}

/// True when a line is `known-key: value`, so the text starts with a header.
fn looks_like_key_value(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(key, _)| canonical_field(key).is_some() && !key.contains(' '))
}

fn split_key_value(text: &str, fenced: bool) -> Result<Split<'_>, HeaderError> {
    let mut fields = RawFields::default();
    let mut lines = lines_with_offsets(text).skip(usize::from(fenced));
    for (number, start, line) in lines.by_ref() {
        let end_of_header = if fenced {
            line.trim_end() == "---"
        } else {
            line.trim().is_empty()
        };
        if end_of_header {
            let body_start = start + text[start..].find('\n').map_or(text.len() - start, |i| i + 1);
            return Ok(Split {
                fields,
                body: &text[body_start..],
                body_line: number + 1,
                bare: false,
            });
        }
        if fenced && line.trim().is_empty() {
            continue;
        }
        if fenced && !line.contains(':') {
            let reason = format!(
                "the '---' header is never closed: expected 'Key: Value' or '---', found {:?}",
                line.trim()
            );
            return Err((number, reason));
        }
        apply_key_value(&mut fields, number, line)?;
    }
    if fenced {
        return Err((
            1,
            "the '---' header is never closed (add a '---' line after the last field)".into(),
        ));
    }
    Err((1, "the header is not followed by a blank line and a body".into()))
}

fn apply_key_value(fields: &mut RawFields, number: usize, line: &str) -> Result<(), HeaderError> {
    let Some((key, value)) = line.split_once(':') else {
        return Err((
            number,
            format!(
                "expected 'Key: Value' in the header, found {:?} (end the header with a blank line)",
                line.trim()
            ),
        ));
    };
    let Some(field) = canonical_field(key) else {
        return Err((number, unknown_field(key.trim())));
    };
    set_field(fields, field, value.trim().to_string(), number);
    Ok(())
}

fn unknown_field(key: &str) -> String {
    format!(
        "unknown field {key:?} (known fields: {})",
        KNOWN_FIELDS.join(", ")
    )
}

fn set_field(fields: &mut RawFields, field: &str, value: String, line: usize) {
    match field {
        "id" => fields.id = Some(value),
        "title" => fields.title = Some(value),
        "published" => {
            fields.published = Some(value);
            fields.published_line = Some(line);
        }
        "source" => fields.source = Some(value),
        "url" => fields.url = Some(value),
        "authors" => fields.authors = split_list(&value),
        _ => fields.tags = split_list(&value),
    }
}

fn split_toml(text: &str) -> Result<Split<'_>, HeaderError> {
    let mut close = None;
    for (number, start, line) in lines_with_offsets(text).skip(1) {
        if line.trim_end() == "+++" {
            close = Some((number, start, line.len()));
            break;
        }
    }
    let Some((close_line, close_start, _)) = close else {
        return Err((
            1,
            "the '+++' TOML header is never closed (add a '+++' line after the last field)".into(),
        ));
    };
    let header_start = text.find('\n').map_or(text.len(), |i| i + 1);
    let header = &text[header_start.min(close_start)..close_start];
    let fields = parse_toml_fields(header)?;
    let body_start = close_start
        + text[close_start..]
            .find('\n')
            .map_or(text.len() - close_start, |i| i + 1);
    Ok(Split {
        fields,
        body: &text[body_start..],
        body_line: close_line + 1,
        bare: false,
    })
}

fn parse_toml_fields(header: &str) -> Result<RawFields, HeaderError> {
    let table: toml::Table = header.parse().map_err(|e: toml::de::Error| {
        let line = e
            .span()
            .map_or(0, |s| header[..s.start.min(header.len())].matches('\n').count());
        (line + 2, format!("invalid TOML header: {}", e.message()))
    })?;
    let mut fields = RawFields::default();
    for (key, value) in table {
        let line = header
            .lines()
            .position(|l| l.trim_start().starts_with(key.as_str()))
            .map_or(1, |i| i + 2);
        let Some(field) = canonical_field(&key) else {
            return Err((line, unknown_field(&key)));
        };
        let text = toml_value_text(field, &value).ok_or_else(|| {
            (
                line,
                format!(
                    "field '{key}' must be {}",
                    if matches!(field, "authors" | "tags") {
                        "a string or an array of strings"
                    } else {
                        "a string"
                    }
                ),
            )
        })?;
        set_field(&mut fields, field, text, line);
    }
    Ok(fields)
}

/// TOML values as header text: strings, dates, and (for lists) arrays of strings.
fn toml_value_text(field: &str, value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Datetime(d) if field == "published" => Some(d.to_string()),
        toml::Value::Array(items) if matches!(field, "authors" | "tags") => {
            let parts: Option<Vec<&str>> = items.iter().map(toml::Value::as_str).collect();
            // Commas inside one name would split it; TOML arrays keep names whole.
            parts.map(|p| {
                p.iter()
                    .map(|s| s.replace(',', " "))
                    .collect::<Vec<_>>()
                    .join(", ")
            })
        }
        _ => None,
    }
}
