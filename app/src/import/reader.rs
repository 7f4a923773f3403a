//! Reads one JSON object field by field, so every refusal can name the exact JSON path
//! of the field in error (serde's derive reports "missing field" without a path, and a
//! wrong enum value as a type error of the whole body).

use super::error::ImportError;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// Longest accepted one-line text (names, titles, addresses), in characters.
pub const MAX_SHORT_TEXT: usize = 1_000;
/// Longest accepted text of one body block, in characters.
pub const MAX_BLOCK_TEXT: usize = 100_000;

/// An id from the source system: it becomes our TEXT primary key. Restricted to a
/// plain alphabet so it is safe in URLs and logs, and `~` is reserved for the
/// version ids we derive when a document is superseded (see `store::documents`).
pub fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    (1..=100).contains(&id.len())
        && chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

/// Checks a URL parameter that names a row.
pub fn path_id(name: &str, value: &str) -> Result<String, ImportError> {
    if is_valid_id(value) {
        Ok(value.to_string())
    } else {
        Err(ImportError::invalid(
            "invalid_id",
            format!("path.{name}"),
            "ids are 1–100 characters: letters, digits and - _ . : (starting with a letter or digit)",
        ))
    }
}

/// A `YYYY-MM-DD` date, strictly (chrono alone would accept `2024-1-5`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The fields of one JSON object under `path`; `finish` refuses keys nobody read.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
    seen: BTreeSet<&'static str>,
}

impl<'a> Obj<'a> {
    pub fn new(value: &'a Value, path: &str) -> Result<Obj<'a>, ImportError> {
        match value {
            Value::Object(map) => Ok(Obj {
                map,
                path: path.to_string(),
                seen: BTreeSet::new(),
            }),
            _ => Err(ImportError::invalid(
                "invalid_type",
                path,
                "expected a JSON object",
            )),
        }
    }

    pub fn path(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// The value of `key`; JSON `null` counts as absent.
    fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.seen.insert(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn missing(&self, key: &str) -> ImportError {
        ImportError::invalid("required", self.path(key), format!("{key} is required"))
    }

    fn wrong_type(&self, key: &str, expected: &str) -> ImportError {
        ImportError::invalid(
            "invalid_type",
            self.path(key),
            format!("{key} must be {expected}"),
        )
    }

    /// Raw access for nested values (arrays of blocks, batch lists).
    pub fn value(&mut self, key: &'static str) -> Option<&'a Value> {
        self.get(key)
    }

    pub fn opt_str(
        &mut self,
        key: &'static str,
        max: usize,
    ) -> Result<Option<String>, ImportError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => {
                check_text(s, max, &self.path(key))?;
                Ok(Some(s.clone()))
            }
            Some(_) => Err(self.wrong_type(key, "a string")),
        }
    }

    /// A required string that is not blank.
    pub fn str(&mut self, key: &'static str, max: usize) -> Result<String, ImportError> {
        match self.opt_str(key, max)? {
            Some(s) if !s.trim().is_empty() => Ok(s),
            Some(_) => Err(ImportError::invalid(
                "blank",
                self.path(key),
                format!("{key} must not be blank"),
            )),
            None => Err(self.missing(key)),
        }
    }

    pub fn opt_id(&mut self, key: &'static str) -> Result<Option<String>, ImportError> {
        match self.opt_str(key, 100)? {
            Some(id) if is_valid_id(&id) => Ok(Some(id)),
            Some(_) => Err(ImportError::invalid(
                "invalid_id",
                self.path(key),
                "ids are 1–100 characters: letters, digits and - _ . : (starting with a letter or digit)",
            )),
            None => Ok(None),
        }
    }

    pub fn id(&mut self, key: &'static str) -> Result<String, ImportError> {
        self.opt_id(key)?.ok_or_else(|| self.missing(key))
    }

    pub fn opt_date(&mut self, key: &'static str) -> Result<Option<NaiveDate>, ImportError> {
        match self.opt_str(key, 10)? {
            Some(s) => parse_date(&s).map(Some).ok_or_else(|| {
                ImportError::invalid(
                    "invalid_date",
                    self.path(key),
                    format!("{key} must be a date written YYYY-MM-DD"),
                )
            }),
            None => Ok(None),
        }
    }

    pub fn date(&mut self, key: &'static str) -> Result<NaiveDate, ImportError> {
        self.opt_date(key)?.ok_or_else(|| self.missing(key))
    }

    /// A value of one of the domain's enumerations, by its stored name.
    pub fn enum_value<T>(
        &mut self,
        key: &'static str,
        parse: fn(&str) -> Option<T>,
        all: &[T],
        as_str: fn(T) -> &'static str,
    ) -> Result<Option<T>, ImportError>
    where
        T: Copy,
    {
        match self.opt_str(key, 100)? {
            Some(s) => parse(&s).map(Some).ok_or_else(|| {
                let allowed: Vec<&str> = all.iter().map(|v| as_str(*v)).collect();
                ImportError::invalid(
                    "invalid_value",
                    self.path(key),
                    format!("{key} must be one of {}", allowed.join(", ")),
                )
            }),
            None => Ok(None),
        }
    }

    pub fn bool_or_false(&mut self, key: &'static str) -> Result<bool, ImportError> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(self.wrong_type(key, "true or false")),
        }
    }

    pub fn int(&mut self, key: &'static str) -> Result<i64, ImportError> {
        match self.get(key) {
            None => Err(self.missing(key)),
            Some(v) => v.as_i64().ok_or_else(|| self.wrong_type(key, "an integer")),
        }
    }

    /// Refuses keys the schema does not have, so a typo is not silently ignored.
    pub fn finish(self) -> Result<(), ImportError> {
        match self.map.keys().find(|k| !self.seen.contains(k.as_str())) {
            Some(k) => Err(ImportError::invalid(
                "unknown_field",
                format!("{}.{k}", self.path),
                format!("{k} is not a field of this object"),
            )),
            None => Ok(()),
        }
    }
}

/// Length limit, and no NUL (PostgreSQL cannot store it in TEXT) or other control
/// characters except line breaks and tabs.
pub fn check_text(s: &str, max: usize, path: &str) -> Result<(), ImportError> {
    if s.chars().count() > max {
        return Err(ImportError::invalid(
            "too_long",
            path,
            format!("at most {max} characters"),
        ));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
    {
        return Err(ImportError::invalid(
            "invalid_text",
            path,
            "control characters are not allowed",
        ));
    }
    Ok(())
}
