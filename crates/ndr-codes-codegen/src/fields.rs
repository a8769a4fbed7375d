//! The field table: every per-entry field of the catalog that the generated code exposes.
//!
//! Each emitter iterates over [`FIELDS`]: the Rust accessors of `Status` and their doc tests
//! ([`crate::rust`]), the C string tables and the `ndr_status_*` accessors
//! ([`crate::c`]), the Python native functions, properties and stubs ([`crate::python`]) and
//! the Markdown reference ([`crate::markdown`]). Adding a field to the catalog is one row here
//! (plus reading it from the YAML: see `docs/architecture.md`), not an edit per language.
//!
//! What is not a field: the code itself and what derives from it (`as_str`, `notation`,
//! `name`, `class`, `subject`, `last_detail`), which each emitter writes as structure.

use super::catalog::{Entry, upper_camel};

/// What kind of value a field holds, which decides its type in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text every entry has: Rust `&'static str`, C `const char *`, Python `str`.
    Text,
    /// Text some entries have: Rust `Option<&'static str>`, C a string or NULL, Python
    /// `str | None`.
    OptionalText,
    /// A list of texts: Rust `&'static [&'static str]`, C one item by index (NULL past the
    /// end), Python `tuple[str, ...]`.
    List,
    /// A list of small numbers: Rust `&'static [u16]`, C one number by index (0 past the
    /// end), Python `tuple[int, ...]`.
    Numbers,
    /// One value of a fixed set: in Rust the enum `rust_type` (exported at the root of the
    /// `ndr-codes` crate), in C and Python its kebab-case id, such as `example`.
    Enum {
        /// The Rust enum: `Reason`.
        rust_type: &'static str,
        /// An id to show in the C and Python docs: `user-unknown`.
        example: &'static str,
    },
}

/// Where the Markdown reference (and any page for people) shows a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In the entry's heading.
    Heading,
    /// The first paragraph, without a label.
    Lead,
    /// A paragraph of its own, led by the bold label.
    Paragraph,
    /// A column of the entry's small table.
    Column,
    /// A line after the table, `Label: value`; list items in code style when `code`.
    Footer {
        /// Whether list items are tokens, shown in code style.
        code: bool,
    },
}

/// A field's value for one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    /// [`Kind::Text`].
    Text(&'a str),
    /// [`Kind::OptionalText`].
    OptionalText(Option<&'a str>),
    /// [`Kind::List`].
    List(&'a [String]),
    /// [`Kind::Numbers`].
    Numbers(&'a [u16]),
    /// [`Kind::Enum`]: the Rust variant name and the catalog id.
    Enum {
        /// `UserUnknown`.
        variant: String,
        /// `user-unknown`.
        id: &'a str,
    },
}

/// One field of every entry.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// snake_case: the Rust method `Status::NAME()`, the C function `ndr_status_NAME` (for a
    /// single value), the Python property `Status.NAME` and native function `status_NAME`.
    pub name: &'static str,
    /// For [`Kind::List`] and [`Kind::Numbers`]: the singular, naming the C function that
    /// returns one item, `ndr_status_ITEM(status, index)`. Empty for the other kinds.
    pub item: &'static str,
    /// The type of the value.
    pub kind: Kind,
    /// What the field says, one or two sentences; every language's doc comment starts with it.
    pub doc: &'static str,
    /// The label people read: a Markdown paragraph's lead, a table column's heading.
    pub label: &'static str,
    /// Where the Markdown reference shows it.
    pub place: Place,
    /// Reads the value from an entry.
    pub read: fn(&Entry) -> Value<'_>,
}

impl Field {
    /// The name of the C function: `ndr_status_title`, or `ndr_status_reference` for a list.
    pub fn c_function(&self) -> String {
        match self.kind {
            Kind::List | Kind::Numbers => format!("ndr_status_{}", self.item),
            _ => format!("ndr_status_{}", self.name),
        }
    }

    /// The name of the Python native function: `status_title`.
    pub fn python_function(&self) -> String {
        format!("status_{}", self.name)
    }

    /// Whether an entry leaves the field out: no optional text, or an empty list.
    pub fn is_empty_in(&self, entry: &Entry) -> bool {
        match (self.read)(entry) {
            Value::OptionalText(text) => text.is_none(),
            Value::List(list) => list.is_empty(),
            Value::Numbers(list) => list.is_empty(),
            Value::Text(_) | Value::Enum { .. } => false,
        }
    }
}

/// Every field, in the order the accessors are declared and the reference shows them.
pub const FIELDS: &[Field] = &[
    Field {
        name: "title",
        item: "",
        kind: Kind::Text,
        doc: "A short title.",
        label: "Title",
        place: Place::Heading,
        read: |e| Value::Text(&e.title),
    },
    Field {
        name: "description",
        item: "",
        kind: Kind::Text,
        doc: "What the code means by the standard (or, for a private code, by its vendor).",
        label: "Meaning",
        place: Place::Lead,
        read: |e| Value::Text(&e.description),
    },
    Field {
        name: "applies_to",
        item: "",
        kind: Kind::Text,
        doc: "Which mail systems use the code with which meaning: for a code that means \
              different things in different systems, each group of systems with its meaning \
              (the registry's first, then current before older); else the systems its origin \
              implies.",
        label: "Applies to",
        place: Place::Paragraph,
        read: |e| Value::Text(&e.applies_to),
    },
    Field {
        name: "exchange",
        item: "",
        kind: Kind::OptionalText,
        doc: "What Exchange / Exchange Online mean by the code, where that differs or adds.",
        label: "In Exchange",
        place: Place::Paragraph,
        read: |e| Value::OptionalText(e.exchange.as_deref()),
    },
    Field {
        name: "remedy",
        item: "",
        kind: Kind::Text,
        doc: "What to check or do next.",
        label: "What to do",
        place: Place::Paragraph,
        read: |e| Value::Text(&e.remedy),
    },
    Field {
        name: "sender",
        item: "",
        kind: Kind::OptionalText,
        doc: "The step for the person who got the NDR, in plain words: what they can do \
              themselves, and when to hand over to their mail administrator.",
        label: "If you sent the message",
        place: Place::Paragraph,
        read: |e| Value::OptionalText(e.sender.as_deref()),
    },
    Field {
        name: "actor",
        item: "",
        kind: Kind::Enum {
            rust_type: "Actor",
            example: "sender-admin",
        },
        doc: "Who usually has to act: the sender, the sender's admin, the recipient, the \
              recipient's admin, or nobody.",
        label: "Who acts",
        place: Place::Column,
        read: |e| Value::Enum {
            variant: e.actor.variant().to_owned(),
            id: e.actor.as_str(),
        },
    },
    Field {
        name: "reason",
        item: "",
        kind: Kind::Enum {
            rust_type: "Reason",
            example: "user-unknown",
        },
        doc: "The bounce reason the code is filed under (the taxonomy of \
              docs/catalog-format.md).",
        label: "Reason",
        place: Place::Column,
        read: |e| Value::Enum {
            variant: upper_camel(&e.reason),
            id: &e.reason,
        },
    },
    Field {
        name: "smtp_replies",
        item: "smtp_reply",
        kind: Kind::Numbers,
        doc: "The basic SMTP reply codes the code comes with, such as 550.",
        label: "SMTP replies",
        place: Place::Column,
        read: |e| Value::Numbers(&e.smtp),
    },
    Field {
        name: "origin",
        item: "",
        kind: Kind::Enum {
            rust_type: "Origin",
            example: "exchange-online",
        },
        doc: "Who defined the code: the IANA registry, Exchange, Exchange Online or another \
              vendor.",
        label: "Defined by",
        place: Place::Column,
        read: |e| Value::Enum {
            variant: e.origin.variant().to_owned(),
            id: e.origin.as_str(),
        },
    },
    Field {
        name: "note",
        item: "",
        kind: Kind::OptionalText,
        doc: "Remarks, such as why the catalog lists the code in this class.",
        label: "Note",
        place: Place::Footer { code: false },
        read: |e| Value::OptionalText(e.note.as_deref()),
    },
    Field {
        name: "diagnostics",
        item: "diagnostic",
        kind: Kind::List,
        doc: "Exchange diagnostic tokens that come with the code, such as \
              RESOLVER.ADR.RecipNotFound.",
        label: "Exchange diagnostics",
        place: Place::Footer { code: true },
        read: |e| Value::List(&e.diagnostics),
    },
    Field {
        name: "references",
        item: "reference",
        kind: Kind::List,
        doc: "Sources: RFC sections, document titles, URLs.",
        label: "References",
        place: Place::Footer { code: false },
        read: |e| Value::List(&e.references),
    },
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn names_are_unique_snake_case_and_lists_have_an_item_name() {
        let mut seen = HashSet::new();
        for field in FIELDS {
            let snake = |s: &str| {
                !s.is_empty()
                    && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                    && !s.starts_with('_')
            };
            assert!(snake(field.name), "{}", field.name);
            assert!(seen.insert(field.c_function()), "{}", field.name);
            match field.kind {
                Kind::List | Kind::Numbers => assert!(snake(field.item), "{}", field.name),
                _ => assert!(field.item.is_empty(), "{}", field.name),
            }
            assert!(field.doc.ends_with('.'), "{}", field.name);
        }
    }

    #[test]
    fn every_value_has_the_kind_of_its_field() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog.yaml");
        let catalog = crate::load(path).unwrap_or_else(|err| panic!("{err}"));
        for entry in &catalog.entries {
            for field in FIELDS {
                let value = (field.read)(entry);
                let matches = matches!(
                    (field.kind, &value),
                    (Kind::Text, Value::Text(_))
                        | (Kind::OptionalText, Value::OptionalText(_))
                        | (Kind::List, Value::List(_))
                        | (Kind::Numbers, Value::Numbers(_))
                        | (Kind::Enum { .. }, Value::Enum { .. })
                );
                assert!(matches, "{} of {}: {value:?}", field.name, entry.id);
            }
        }
    }
}
