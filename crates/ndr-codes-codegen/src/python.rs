//! Emits the Python enum `ndr_codes.Status` (`bindings/python/python/ndr_codes/_status.py`)
//! and its stub (`_status.pyi`).
//!
//! The enum holds only the members: UPPER_SNAKE names of the catalog ids, with the entries'
//! discriminants (5.1.1 is 5001001) as values, in code order. Everything else a member knows
//! (title, remedy, ...) is a property reading the native table of `ndr_codes._native`, so the
//! catalog's text is compiled once, into the extension. The module and the stub are written
//! from one list of methods, so their signatures cannot drift apart.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::catalog::Catalog;

/// One method of `Status`, written into the module (with its body) and the stub (without).
struct Method {
    /// `@property` or `@classmethod`, or empty.
    decorator: &'static str,
    /// `def name(args) -> type`, without the colon.
    signature: &'static str,
    /// The docstring's text (one line), or empty for none.
    doc: &'static str,
    /// The body's code, one line, without indentation.
    body: &'static str,
}

/// What every member does; the text comes from `ndr_codes._native`, keyed by the value.
const METHODS: &[Method] = &[
    Method {
        decorator: "@classmethod",
        signature: "def _missing_(cls, value: object) -> Status",
        doc: "Finds the member for a code given as str, as an int key inside a range, or as a Code.",
        body: "return _native.status_for(value)",
    },
    Method {
        decorator: "@classmethod",
        signature: "def from_diagnostic(cls, token: str) -> Status | None",
        doc: "The member that lists an Exchange diagnostic token such as RESOLVER.ADR.RecipNotFound (ASCII case ignored), or None.",
        body: "return _native.status_from_diagnostic(token)",
    },
    Method {
        decorator: "",
        signature: "def __str__(self) -> str",
        doc: "The (first) code: \"5.1.1\"; \"5.7.606\" for the range 5.7.606-649.",
        body: "return _native.status_str(self)",
    },
    Method {
        decorator: "",
        signature: "def __repr__(self) -> str",
        doc: "<Status.BAD_DESTINATION_MAILBOX: 5.1.1>, with the range for a range entry.",
        body: "return f\"<{type(self).__name__}.{self._name_}: {_native.status_notation(self)}>\"",
    },
    Method {
        decorator: "",
        signature: "def __format__(self, format_spec: str) -> str",
        doc: "Formats the code as text, as str() does (f\"{status}\" is \"5.1.1\" on every Python version).",
        body: "return format(str(self), format_spec)",
    },
    Method {
        decorator: "@property",
        signature: "def code(self) -> Code",
        doc: "The (first) code.",
        body: "return _native.status_code(self)",
    },
    Method {
        decorator: "@property",
        signature: "def notation(self) -> str",
        doc: "The code or detail range as the catalog writes it: \"5.1.1\", \"5.7.606-649\".",
        body: "return _native.status_notation(self)",
    },
    Method {
        decorator: "@property",
        signature: "def title(self) -> str",
        doc: "A short title.",
        body: "return _native.status_title(self)",
    },
    Method {
        decorator: "@property",
        signature: "def description(self) -> str",
        doc: "What the code means by the standard (or, for a private code, by its vendor).",
        body: "return _native.status_description(self)",
    },
    Method {
        decorator: "@property",
        signature: "def exchange(self) -> str | None",
        doc: "What Exchange / Exchange Online mean by the code, where that differs or adds.",
        body: "return _native.status_exchange(self)",
    },
    Method {
        decorator: "@property",
        signature: "def remedy(self) -> str",
        doc: "What to check or do next.",
        body: "return _native.status_remedy(self)",
    },
    Method {
        decorator: "@property",
        signature: "def note(self) -> str | None",
        doc: "Remarks, such as why the catalog lists the code in this class.",
        body: "return _native.status_note(self)",
    },
    Method {
        decorator: "@property",
        signature: "def reason(self) -> str",
        doc: "The bounce reason id, such as \"user-unknown\" (see docs/catalog-format.md).",
        body: "return _native.status_reason(self)",
    },
    Method {
        decorator: "@property",
        signature: "def actor(self) -> str",
        doc: "Who usually has to act: \"sender\", \"sender-admin\", \"recipient\", \"recipient-admin\" or \"none\".",
        body: "return _native.status_actor(self)",
    },
    Method {
        decorator: "@property",
        signature: "def origin(self) -> str",
        doc: "Who defined the code: \"iana\", \"exchange\", \"exchange-online\" or \"vendor\".",
        body: "return _native.status_origin(self)",
    },
    Method {
        decorator: "@property",
        signature: "def smtp_replies(self) -> tuple[int, ...]",
        doc: "The basic SMTP reply codes the code comes with, such as (550,).",
        body: "return _native.status_smtp_replies(self)",
    },
    Method {
        decorator: "@property",
        signature: "def references(self) -> tuple[str, ...]",
        doc: "Sources: RFC sections, document titles, URLs.",
        body: "return _native.status_references(self)",
    },
    Method {
        decorator: "@property",
        signature: "def diagnostics(self) -> tuple[str, ...]",
        doc: "Exchange diagnostic tokens that come with the code, such as RESOLVER.ADR.RecipNotFound.",
        body: "return _native.status_diagnostics(self)",
    },
    Method {
        decorator: "@property",
        signature: "def is_success(self) -> bool",
        doc: "Whether the class is 2.",
        body: "return _native.status_class(self) == 2",
    },
    Method {
        decorator: "@property",
        signature: "def is_transient(self) -> bool",
        doc: "Whether the class is 4: the sender's server should retry.",
        body: "return _native.status_class(self) == 4",
    },
    Method {
        decorator: "@property",
        signature: "def is_permanent(self) -> bool",
        doc: "Whether the class is 5: retrying unchanged fails again.",
        body: "return _native.status_class(self) == 5",
    },
];

const MODULE_DOC: &str = "\
\"\"\"The catalog's entries as ``Status``, an ``enum.IntEnum`` in code order.

A member's name is the UPPER_SNAKE form of the catalog id and its value the entry's (first)
code as ``class * 1_000_000 + subject * 1_000 + detail`` (5.1.1 is 5001001). Its text comes
from the native tables of ``ndr_codes._native``.
\"\"\"
";

const CLASS_DOC: &str =
    "    \"\"\"An entry of the catalog: one member per code or detail range, in code order.

    ``Status(\"5.1.1\")``, ``Status(5001001)`` and ``Status(Code(\"5.1.1\"))`` give the member, and
    a code inside a range gives the range's member. A malformed code, or one the catalog does
    not hold, raises ``ValueError``; a value of another type raises ``TypeError``.
    ``str(member)`` is the code, such as ``\"5.1.1\"``.
    \"\"\"
";

/// A Python string literal for `text`: double quotes, with backslash escapes where needed.
fn py_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The members' names, in catalog order; an error if two ids give the same Python name.
pub fn member_names(catalog: &Catalog) -> Result<Vec<String>, String> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    let mut names = Vec::with_capacity(catalog.entries.len());
    for entry in &catalog.entries {
        let name = entry.upper_snake();
        if let Some(other) = seen.insert(name.clone(), &entry.id) {
            return Err(format!(
                "catalog ids `{other}` and `{}` both become the Python member name `{name}`; rename one",
                entry.id
            ));
        }
        names.push(name);
    }
    Ok(names)
}

/// The header shared by the module and the stub, and the class with its members.
fn class_with_members(catalog: &Catalog) -> Result<String, String> {
    let mut out = String::from("class Status(enum.IntEnum):\n");
    out.push_str(CLASS_DOC);
    out.push('\n');
    for (entry, name) in catalog.entries.iter().zip(member_names(catalog)?) {
        let _ = writeln!(out, "    {name} = {}", entry.value());
        let doc = format!(
            "{}: {}.",
            entry.notation(),
            entry.title.trim_end_matches('.')
        );
        let _ = writeln!(out, "    {}", py_str(&doc));
    }
    Ok(out)
}

/// One method, with its body (`stub == false`) or as a stub.
fn method(m: &Method, stub: bool) -> String {
    let mut out = String::from("\n");
    if !m.decorator.is_empty() {
        let _ = writeln!(out, "    {}", m.decorator);
    }
    if stub {
        let _ = writeln!(out, "    {}: ...", m.signature);
        return out;
    }
    let _ = writeln!(out, "    {}:", m.signature);
    if !m.doc.is_empty() {
        let _ = writeln!(out, "        {}", py_str(m.doc));
    }
    let _ = writeln!(out, "        {}", m.body);
    out
}

/// `_status.py`: the enum, with properties that read the native table.
pub fn status_module(catalog: &Catalog) -> Result<String, String> {
    let mut out = super::generated_banner("#");
    out.push_str(MODULE_DOC);
    out.push_str(
        "\nfrom __future__ import annotations\n\nimport enum\n\nfrom . import _native\nfrom ._native import Code\n\n__all__ = [\"Status\"]\n\n\n",
    );
    out.push_str(&class_with_members(catalog)?);
    for m in METHODS {
        out.push_str(&method(m, false));
    }
    Ok(out)
}

/// What `Status(...)` accepts, for type checkers only: they read it from `__new__`, which
/// `enum.IntEnum` declares as taking an int. At run time Enum's own `__new__` looks the value
/// up and hands anything else to `_missing_`; the module must not define `__new__`, which would
/// change how the members themselves are made.
const STUB_CONSTRUCTOR: &str = "\n    def __new__(cls, value: int | str | Code) -> Status: ...\n";

/// `_status.pyi`: the same class for type checkers, without bodies.
pub fn status_stub(catalog: &Catalog) -> Result<String, String> {
    let mut out = super::generated_banner("#");
    out.push_str("import enum\n\nfrom ._native import Code\n\n__all__ = [\"Status\"]\n\n");
    out.push_str(&class_with_members(catalog)?);
    out.push_str(STUB_CONSTRUCTOR);
    for m in METHODS {
        out.push_str(&method(m, true));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CATALOG: &str = include_str!("../../../catalog.yaml");

    fn catalog() -> Catalog {
        crate::load_str(CATALOG, "catalog.yaml").unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn every_entry_is_a_member_with_its_value() {
        let catalog = catalog();
        let module = status_module(&catalog).unwrap();
        for entry in &catalog.entries {
            let line = format!("\n    {} = {}\n", entry.upper_snake(), entry.value());
            assert!(module.contains(&line), "missing {line:?}");
        }
        assert!(module.starts_with(&crate::generated_banner("#")));
    }

    #[test]
    fn stub_and_module_declare_the_same_methods() {
        let catalog = catalog();
        let module = status_module(&catalog).unwrap();
        let stub = status_stub(&catalog).unwrap();
        for m in METHODS {
            assert!(
                module.contains(&format!("    {}:\n", m.signature)),
                "{}",
                m.signature
            );
            assert!(
                stub.contains(&format!("    {}: ...\n", m.signature)),
                "{}",
                m.signature
            );
        }
    }

    #[test]
    fn string_literals_are_escaped() {
        assert_eq!(py_str(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(py_str("x\ny\u{1}"), r#""x\ny\u0001""#);
    }

    #[test]
    fn clashing_names_are_refused() {
        let mut catalog = catalog();
        let twin = catalog.entries[0].clone();
        catalog.entries.push(twin);
        let err = member_names(&catalog).unwrap_err();
        assert!(err.contains("both become the Python member name"), "{err}");
    }
}
