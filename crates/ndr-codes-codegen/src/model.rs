//! The catalog as it is written in YAML, before validation.
//!
//! Every field is optional here so that a missing field becomes one of many validation
//! messages instead of stopping the whole read at the first one.

use serde::Deserialize;
use serde_saphyr::Spanned;

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCatalog {
    pub classes: Vec<Spanned<RawClass>>,
    pub subjects: Vec<Spanned<RawSubject>>,
    pub reasons: Vec<Spanned<RawReason>>,
    pub entries: Vec<Spanned<RawEntry>>,
}

/// One item of `classes`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClass {
    pub class: Option<Spanned<u8>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

/// One item of `subjects`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSubject {
    pub subject: Option<Spanned<u16>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

/// One item of `reasons`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReason {
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub sisimai: Option<Spanned<Vec<String>>>,
}

/// One item of `entries`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    pub code: Option<Spanned<String>>,
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub origin: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub exchange: Option<Spanned<String>>,
    pub remedy: Option<Spanned<String>>,
    pub actor: Option<Spanned<String>>,
    pub smtp: Option<Spanned<Vec<u16>>>,
    pub reason: Option<Spanned<String>>,
    pub diagnostics: Option<Spanned<Vec<String>>>,
    pub note: Option<Spanned<String>>,
    pub references: Option<Spanned<Vec<String>>>,
}
