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
use super::fields::{FIELDS, Field, Kind};

/// One method of `Status`, written into the module (with its body) and the stub (without).
struct Method {
    /// `@property` or `@classmethod`, or empty.
    decorator: &'static str,
    /// `def name(args) -> type`, without the colon.
    signature: String,
    /// The docstring's text (one line), or empty for none.
    doc: String,
    /// The body's code, one line, without indentation.
    body: String,
}

impl Method {
    fn new(decorator: &'static str, signature: &str, doc: &str, body: &str) -> Method {
        Method {
            decorator,
            signature: signature.to_owned(),
            doc: doc.to_owned(),
            body: body.to_owned(),
        }
    }
}

/// The Python type of a field's value.
fn python_type(field: &Field) -> &'static str {
    match field.kind {
        Kind::Text | Kind::Enum { .. } => "str",
        Kind::OptionalText => "str | None",
        Kind::List => "tuple[str, ...]",
        Kind::Numbers => "tuple[int, ...]",
    }
}

/// A field's doc for Python, which sees an enum value as its id.
fn python_doc(field: &Field) -> String {
    match field.kind {
        Kind::Enum { example, .. } => format!("{} As its id, such as \"{example}\".", field.doc),
        _ => field.doc.to_owned(),
    }
}

/// What every member does: the structure, then one property per row of the field table, then
/// the class predicates. The text comes from `ndr_codes._native`, keyed by the member's key.
fn methods() -> Vec<Method> {
    let mut methods = vec![
        Method::new(
            "@classmethod",
            "def _missing_(cls, value: object) -> Status",
            "Finds the member for a code given as str, as an int key inside a range, or as a Code.",
            "return _native.status_for(value)",
        ),
        Method::new(
            "@classmethod",
            "def from_diagnostic(cls, token: str) -> Status | None",
            "The member that lists an Exchange diagnostic token such as RESOLVER.ADR.RecipNotFound (ASCII case ignored), or None.",
            "return _native.status_from_diagnostic(token)",
        ),
        Method::new(
            "",
            "def __str__(self) -> str",
            "The (first) code: \"5.1.1\"; \"5.7.606\" for the range 5.7.606-649.",
            "return _native.status_str(self)",
        ),
        Method::new(
            "",
            "def __repr__(self) -> str",
            "<Status.BAD_DESTINATION_MAILBOX: 5.1.1>, with the range for a range entry.",
            "return f\"<{type(self).__name__}.{self._name_}: {_native.status_notation(self)}>\"",
        ),
        Method::new(
            "",
            "def __format__(self, format_spec: str) -> str",
            "Formats the code as text, as str() does (f\"{status}\" is \"5.1.1\" on every Python version).",
            "return format(str(self), format_spec)",
        ),
        Method::new(
            "@property",
            "def key(self) -> int",
            "The key: class * 1_000_000 + subject * 1_000 + detail of the (first) code, the member's value.",
            "return self._value_",
        ),
        Method::new(
            "@property",
            "def code(self) -> Code",
            "The (first) code.",
            "return _native.status_code(self)",
        ),
        Method::new(
            "@property",
            "def notation(self) -> str",
            "The code or detail range as the catalog writes it: \"5.1.1\", \"5.7.606-649\".",
            "return _native.status_notation(self)",
        ),
    ];
    methods.extend(FIELDS.iter().map(|field| Method {
        decorator: "@property",
        signature: format!("def {}(self) -> {}", field.name, python_type(field)),
        doc: python_doc(field),
        body: format!("return _native.{}(self)", field.python_function()),
    }));
    methods.extend([
        Method::new(
            "@property",
            "def is_success(self) -> bool",
            "Whether the class is 2.",
            "return _native.status_class(self) == 2",
        ),
        Method::new(
            "@property",
            "def is_transient(self) -> bool",
            "Whether the class is 4: the sender's server should retry.",
            "return _native.status_class(self) == 4",
        ),
        Method::new(
            "@property",
            "def is_permanent(self) -> bool",
            "Whether the class is 5: retrying unchanged fails again.",
            "return _native.status_class(self) == 5",
        ),
    ]);
    methods
}

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
        let _ = writeln!(out, "        {}", py_str(&m.doc));
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
    for m in &methods() {
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
    for m in &methods() {
        out.push_str(&method(m, true));
    }
    Ok(out)
}

/// `bindings/python/src/fields.rs`: one `#[pyfunction]` per row of the field table, read by
/// the properties of `Status`, and `add_to`, which adds them to `ndr_codes._native`.
///
/// A committed source file, written as text in rustfmt's style (no pretty-printer needed).
pub fn native_functions() -> String {
    let mut out = super::generated_banner("//");
    out.push_str(
        "//! The native functions behind the properties of `ndr_codes.Status` that read the\n\
         //! catalog's fields: one per row of the field table of\n\
         //! crates/ndr-codes-codegen/src/fields.rs.\n\n\
         use pyo3::{prelude::*, types::PyTuple};\n\n\
         use crate::status::entry;\n\n\
         /// The names of the fields, in table order: `Status` has a property for each.\n\
         #[pyfunction]\n\
         pub fn status_fields() -> Vec<&'static str> {\n    vec![\n",
    );
    for field in FIELDS {
        let _ = writeln!(out, "        {:?},", field.name);
    }
    out.push_str("    ]\n}\n");
    for field in FIELDS {
        let function = field.python_function();
        let name = field.name;
        out.push('\n');
        out.push_str(&super::c::doc_lines(&python_doc(field), ""));
        out.push_str("#[pyfunction]\n");
        let _ = match field.kind {
            Kind::Text => writeln!(
                out,
                "pub fn {function}(key: u32) -> PyResult<&'static str> {{\n    Ok(entry(key)?.{name}())\n}}"
            ),
            Kind::Enum { .. } => writeln!(
                out,
                "pub fn {function}(key: u32) -> PyResult<&'static str> {{\n    Ok(entry(key)?.{name}().as_str())\n}}"
            ),
            Kind::OptionalText => writeln!(
                out,
                "pub fn {function}(key: u32) -> PyResult<Option<&'static str>> {{\n    Ok(entry(key)?.{name}())\n}}"
            ),
            Kind::List | Kind::Numbers => writeln!(
                out,
                "pub fn {function}(py: Python<'_>, key: u32) -> PyResult<Bound<'_, PyTuple>> {{\n    PyTuple::new(py, entry(key)?.{name}())\n}}"
            ),
        };
    }
    out.push_str(
        "\n/// Adds every function above to the module `ndr_codes._native`.\n\
         pub fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {\n    \
         module.add_function(wrap_pyfunction!(status_fields, module)?)?;\n",
    );
    for field in FIELDS {
        let _ = writeln!(
            out,
            "    module.add_function(wrap_pyfunction!({}, module)?)?;",
            field.python_function()
        );
    }
    out.push_str("    Ok(())\n}\n");
    out
}

/// The first line of the generated block of `_native.pyi`.
const STUB_BLOCK_START: &str = "# --- generated by `cargo xtask codegen` from the field table (crates/ndr-codes-codegen/src/fields.rs) ---";
/// The last line of the generated block of `_native.pyi`.
const STUB_BLOCK_END: &str = "# --- end of the generated block ---";

/// The generated block of `_native.pyi`: the native functions of [`native_functions`].
fn native_stub_block() -> String {
    let mut out = format!("{STUB_BLOCK_START}\n__all__ += [\n    \"status_fields\",\n");
    for field in FIELDS {
        let _ = writeln!(out, "    \"{}\",", field.python_function());
    }
    out.push_str("]\n\ndef status_fields() -> list[str]: ...\n");
    for field in FIELDS {
        let _ = writeln!(
            out,
            "def {}(key: int) -> {}: ...",
            field.python_function(),
            python_type(field)
        );
    }
    out.push_str(STUB_BLOCK_END);
    out.push('\n');
    out
}

/// `_native.pyi` (hand-written: the classes and functions of the extension) with its block
/// of field functions replaced by the one the field table makes today. The block runs from
/// its start marker to its end marker; without markers it is appended.
pub fn splice_native_stub(stub: &str) -> Result<String, String> {
    let block = native_stub_block();
    match (stub.find(STUB_BLOCK_START), stub.find(STUB_BLOCK_END)) {
        (Some(start), Some(end)) if start < end => {
            let after = stub[end..].find('\n').map_or(stub.len(), |n| end + n + 1);
            Ok(format!("{}{block}{}", &stub[..start], &stub[after..]))
        }
        (None, None) => Ok(format!(
            "{}\n{block}",
            stub.trim_end_matches('\n').to_owned() + "\n"
        )),
        _ => Err(format!(
            "the generated block of _native.pyi lacks its start or end marker (`{STUB_BLOCK_START}` ... `{STUB_BLOCK_END}`)"
        )),
    }
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
        for m in &methods() {
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
