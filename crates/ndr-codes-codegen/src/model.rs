//! The catalog as it is written in YAML, before validation.
//!
//! Every field is optional here so that a missing field becomes one of many validation
//! messages instead of stopping the whole read at the first one.

use crate::de::deserialize_struct;
use serde_saphyr::Spanned;

/// The whole file.
#[derive(Debug)]
pub(crate) struct RawCatalog {
    pub classes: Vec<Spanned<RawClass>>,
    pub subjects: Vec<Spanned<RawSubject>>,
    pub reasons: Vec<Spanned<RawReason>>,
    pub entries: Vec<Spanned<RawEntry>>,
    /// Reasons from text; optional so that a catalog without rules still loads.
    pub rules: Vec<Spanned<super::rules::RawRule>>,
}

/// One item of `classes`.
#[derive(Debug)]
pub(crate) struct RawClass {
    pub class: Option<Spanned<u8>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

/// One item of `subjects`.
#[derive(Debug)]
pub(crate) struct RawSubject {
    pub subject: Option<Spanned<u16>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
}

/// One item of `reasons`.
#[derive(Debug)]
pub(crate) struct RawReason {
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub sisimai: Option<Spanned<Vec<String>>>,
}

/// One item of `entries`.
#[derive(Debug)]
pub(crate) struct RawEntry {
    pub code: Option<Spanned<String>>,
    pub id: Option<Spanned<String>>,
    pub title: Option<Spanned<String>>,
    pub origin: Option<Spanned<String>>,
    pub description: Option<Spanned<String>>,
    pub exchange: Option<Spanned<String>>,
    pub remedy: Option<Spanned<String>>,
    pub sender: Option<Spanned<String>>,
    pub actor: Option<Spanned<String>>,
    pub smtp: Option<Spanned<Vec<u16>>>,
    pub reason: Option<Spanned<String>>,
    pub diagnostics: Option<Spanned<Vec<String>>>,
    pub note: Option<Spanned<String>>,
    pub references: Option<Spanned<Vec<String>>>,
    pub meanings: Option<Spanned<Vec<Spanned<RawMeaning>>>>,
}

/// One item of an entry's `meanings`.
#[derive(Debug)]
pub(crate) struct RawMeaning {
    pub systems: Option<Spanned<String>>,
    pub meaning: Option<Spanned<String>>,
}

deserialize_struct!(RawCatalog {
    required: [classes, subjects, reasons, entries],
    optional: [rules],
});
deserialize_struct!(RawClass {
    required: [],
    optional: [class, title, description]
});
deserialize_struct!(RawSubject {
    required: [],
    optional: [subject, title, description]
});
deserialize_struct!(RawReason {
    required: [],
    optional: [id, title, description, sisimai]
});
deserialize_struct!(RawEntry {
    required: [],
    optional: [
        code,
        id,
        title,
        origin,
        description,
        exchange,
        remedy,
        sender,
        actor,
        smtp,
        reason,
        diagnostics,
        note,
        references,
        meanings,
    ],
});
deserialize_struct!(RawMeaning {
    required: [],
    optional: [systems, meaning]
});
