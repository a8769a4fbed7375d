//! Emits the C view of the catalog.
//!
//! - [`status_constants`]: the `#define NDR_STATUS_<UPPER_SNAKE> <value>u` block of
//!   `bindings/c/include/ndr_codes.h` (cbindgen writes the function declarations around it;
//!   it cannot see generated code, so the constants come from here).
//! - [`string_tables`]: a Rust file for `crates/ndr-codes-ffi` holding every text of the
//!   catalog as a NUL-terminated `&'static CStr`. The core crate's tables are `&'static str`
//!   without a NUL, and C wants a pointer it can print as is: static C strings give that with
//!   no allocation and no copy at run time.

use std::ffi::CString;
use std::fmt::Write as _;

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::catalog::{Catalog, Entry};
use super::fields::{FIELDS, Field, Kind, Value};

/// The `NDR_STATUS_*` constants, one per entry in code order, and `NDR_STATUS_COUNT`.
///
/// Each value is the entry's `Status` discriminant (`class*1000000 + subject*1000 + detail`
/// of its first code), so C and Rust share one numbering.
pub fn status_constants(catalog: &Catalog) -> String {
    let names: Vec<String> = catalog
        .entries
        .iter()
        .map(|e| format!("NDR_STATUS_{}", e.upper_snake()))
        .collect();
    let width = names.iter().map(String::len).max().unwrap_or(0);
    let mut out = String::from(
        "/*\n * Status values: one per catalog entry, in code order. The value is\n * \
         class * 1000000 + subject * 1000 + detail of the entry's (first) code.\n */\n",
    );
    for (entry, name) in catalog.entries.iter().zip(&names) {
        out.push_str(&format!(
            "/** `{}`: {} */\n#define {name:<width$} {}u\n",
            comment_safe(&entry.notation()),
            comment_safe(&entry.title),
            entry.value()
        ));
    }
    out.push_str(&format!(
        "\n/** The number of status values; ndr_status_count() returns the same. */\n\
         #define NDR_STATUS_COUNT {}u\n",
        catalog.entries.len()
    ));
    out
}

/// Keeps catalog text from closing the C comment it is written into.
fn comment_safe(text: &str) -> String {
    text.replace("*/", "* /")
}

/// A C string literal token, or what is wrong: C strings cannot carry a NUL byte.
fn c_literal(text: &str, what: impl Fn() -> String) -> Result<Literal, String> {
    CString::new(text)
        .map(|c| Literal::c_string(&c))
        .map_err(|_| {
            format!(
                "{}: contains a NUL byte, which a C string cannot carry",
                what()
            )
        })
}

fn c_list(texts: &[String], what: impl Fn() -> String) -> Result<TokenStream, String> {
    let literals = texts
        .iter()
        .map(|t| c_literal(t, &what))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(quote! { &[#(#literals),*] })
}

/// The Rust type of a field in the C string tables.
fn c_type(field: &Field) -> TokenStream {
    match field.kind {
        Kind::Text | Kind::Enum { .. } => quote! { &'static CStr },
        Kind::OptionalText => quote! { Option<&'static CStr> },
        Kind::List => quote! { &'static [&'static CStr] },
        Kind::Numbers => quote! { &'static [u16] },
    }
}

fn entry_row(entry: &Entry) -> Result<TokenStream, String> {
    let place = |field: &'static str| {
        let code = entry.notation();
        let id = entry.id.clone();
        move || format!("entry {code} ({id}), field `{field}`")
    };
    let value = Literal::u32_unsuffixed(entry.value());
    let name = c_literal(&entry.id, place("id"))?;
    let code = c_literal(&entry.code(), place("code"))?;
    let notation = c_literal(&entry.notation(), place("code"))?;
    let fields = FIELDS
        .iter()
        .map(|field| {
            let what = place(field.name);
            let value = match (field.read)(entry) {
                Value::Text(text) | Value::Enum { id: text, .. } => {
                    let literal = c_literal(text, what)?;
                    quote! { #literal }
                }
                Value::OptionalText(Some(text)) => {
                    let literal = c_literal(text, what)?;
                    quote! { Some(#literal) }
                }
                Value::OptionalText(None) => quote! { None },
                Value::List(items) => c_list(items, what)?,
                Value::Numbers(numbers) => {
                    let numbers = numbers.iter().map(|&n| Literal::u16_unsuffixed(n));
                    quote! { &[#(#numbers),*] }
                }
            };
            let name = format_ident!("{}", field.name);
            Ok(quote! { #name: #value, })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(quote! {
        CEntry {
            value: #value,
            name: #name,
            code: #code,
            notation: #notation,
            #(#fields)*
        }
    })
}

/// The Rust source of the ffi crate's C string tables, formatted.
///
/// It defines the struct `CEntry` (the entry's value, name, code and notation, then one
/// member per row of the field table), `ENTRIES: [CEntry; N]` in code order (the order of
/// `Status::ALL`), `CLASSES` (number, title, description) and `SUBJECTS` (title,
/// description, indexed by number). The file that `include!`s it brings `CStr` into scope.
///
/// Fails when a text holds a NUL byte.
pub fn string_tables(catalog: &Catalog) -> Result<String, String> {
    let rows = catalog
        .entries
        .iter()
        .map(entry_row)
        .collect::<Result<Vec<_>, _>>()?;
    let count = Literal::usize_unsuffixed(rows.len());
    let members = FIELDS.iter().map(|field| {
        let name = format_ident!("{}", field.name);
        let ty = c_type(field);
        let doc = field.doc;
        quote! {
            #[doc = #doc]
            pub #name: #ty,
        }
    });
    let classes = catalog
        .classes
        .iter()
        .map(|c| {
            let place = |field: &'static str| move || format!("class {}, field `{field}`", c.class);
            let number = Literal::u32_unsuffixed(u32::from(c.class));
            let title = c_literal(&c.title, place("title"))?;
            let description = c_literal(&c.description, place("description"))?;
            Ok(quote! { (#number, #title, #description) })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let class_count = Literal::usize_unsuffixed(classes.len());
    let subjects = catalog
        .subjects
        .iter()
        .map(|s| {
            let place =
                |field: &'static str| move || format!("subject {}, field `{field}`", s.subject);
            let title = c_literal(&s.title, place("title"))?;
            let description = c_literal(&s.description, place("description"))?;
            Ok(quote! { (#title, #description) })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let subject_count = Literal::usize_unsuffixed(subjects.len());
    let tokens = quote! {
        /// One entry's texts, as C gets them: static and NUL-terminated.
        pub struct CEntry {
            /// The `Status` discriminant, the entry's key.
            pub value: u32,
            /// The stable identifier: `BadDestinationMailbox`.
            pub name: &'static CStr,
            /// The (first) code: `5.1.1`.
            pub code: &'static CStr,
            /// The code or range as the catalog writes it: `5.7.606-649`.
            pub notation: &'static CStr,
            #(#members)*
        }

        /// Every entry's texts, in code order (the order of `Status::ALL`).
        pub(crate) static ENTRIES: [CEntry; #count] = [ #(#rows),* ];

        /// The classes in order: number, title, description.
        pub(crate) static CLASSES: [(u32, &CStr, &CStr); #class_count] = [ #(#classes),* ];

        /// The subjects 0 to 7 in order: title, description.
        pub(crate) static SUBJECTS: [(&CStr, &CStr); #subject_count] = [ #(#subjects),* ];
    };
    Ok(super::rust_file(tokens))
}

/// Splits a doc text into `///` lines of at most 100 columns, indented by `indent`.
pub(crate) fn doc_lines(text: &str, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + 4 + line.len() + 1 + word.len() > 100 {
            out.push_str(&format!("{indent}/// {line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&format!("{indent}/// {line}\n"));
    }
    out
}

/// What a C accessor says about its argument and its answer, after the field's own doc.
fn c_doc(field: &Field) -> String {
    let doc = field.doc;
    match field.kind {
        Kind::Text => format!("{doc} NULL if `status` is not a status key."),
        Kind::OptionalText => {
            format!("{doc} NULL when the entry has none, or if `status` is not a status key.")
        }
        Kind::Enum { example, .. } => {
            format!("{doc} As its id, such as \"{example}\"; NULL if `status` is not a status key.")
        }
        Kind::List => format!(
            "Item `index` (from 0) of the list: {doc} NULL past the last one, or if `status` is \
             not a status key."
        ),
        Kind::Numbers => format!(
            "Item `index` (from 0) of the list: {doc} 0 past the last one, or if `status` is not \
             a status key."
        ),
    }
}

/// `crates/ndr-codes-ffi/src/fields.rs`: one `extern "C"` accessor per row of the field
/// table, and a test that each says what the Rust accessor says.
///
/// A committed file rather than an `include!`: cbindgen reads only the crate's own source, and
/// writes these functions' declarations into the header from it. Written as text in rustfmt's
/// style, so `cargo fmt --check` passes on it without a pretty-printer.
pub fn ffi_accessors() -> String {
    let mut out = super::generated_banner("//");
    out.push_str(
        "//! The C accessors of the catalog's fields: one function per row of the field table of\n\
         //! crates/ndr-codes-codegen/src/fields.rs. A committed source file, not an `include!`, so\n\
         //! that cbindgen sees the functions and declares them in the header.\n\n\
         use core::ffi::c_char;\n\n\
         use super::status::{item, number, text};\n",
    );
    for field in FIELDS {
        out.push('\n');
        out.push_str(&doc_lines(&c_doc(field), ""));
        out.push_str("#[unsafe(no_mangle)]\n");
        let function = field.c_function();
        let name = field.name;
        let _ = match field.kind {
            Kind::Text | Kind::Enum { .. } => writeln!(
                out,
                "pub extern \"C\" fn {function}(status: u32) -> *const c_char {{\n    text(status, |e| Some(e.{name}))\n}}"
            ),
            Kind::OptionalText => writeln!(
                out,
                "pub extern \"C\" fn {function}(status: u32) -> *const c_char {{\n    text(status, |e| e.{name})\n}}"
            ),
            Kind::List => writeln!(
                out,
                "pub extern \"C\" fn {function}(status: u32, index: usize) -> *const c_char {{\n    item(status, index, |e| e.{name})\n}}"
            ),
            Kind::Numbers => writeln!(
                out,
                "pub extern \"C\" fn {function}(status: u32, index: usize) -> u16 {{\n    number(status, index, |e| e.{name})\n}}"
            ),
        };
    }
    out.push_str(FFI_TEST_HEAD);
    for field in FIELDS {
        let function = field.c_function();
        let name = field.name;
        let _ = match field.kind {
            Kind::Text => writeln!(
                out,
                "            assert_eq!(read({function}(key)), Some(s.{name}()));"
            ),
            Kind::Enum { .. } => writeln!(
                out,
                "            assert_eq!(read({function}(key)), Some(s.{name}().as_str()));"
            ),
            Kind::OptionalText => {
                writeln!(
                    out,
                    "            assert_eq!(read({function}(key)), s.{name}());"
                )
            }
            Kind::List => writeln!(
                out,
                "            assert_eq!(read_all(|i| {function}(key, i)), s.{name}());"
            ),
            Kind::Numbers => writeln!(
                out,
                "            assert_eq!(numbers(|i| {function}(key, i)), s.{name}());"
            ),
        };
    }
    out.push_str("        }\n        for bad in [0, 1, 5_999_999, u32::MAX] {\n");
    for field in FIELDS {
        let function = field.c_function();
        let _ = match field.kind {
            Kind::Numbers => writeln!(out, "            assert_eq!({function}(bad, 0), 0);"),
            Kind::List => writeln!(out, "            assert!({function}(bad, 0).is_null());"),
            _ => writeln!(out, "            assert!({function}(bad).is_null());"),
        };
    }
    out.push_str("        }\n    }\n}\n");
    out
}

/// The start of the generated test of [`ffi_accessors`], up to the per-field lines.
const FFI_TEST_HEAD: &str = "
#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use ndr_codes::Status;

    use super::*;

    fn read(ptr: *const c_char) -> Option<&'static str> {
        // SAFETY: the accessors return NULL or a static NUL-terminated string.
        (!ptr.is_null()).then(|| {
            unsafe { CStr::from_ptr(ptr) }
                .to_str()
                .unwrap_or(\"<not UTF-8>\")
        })
    }

    fn read_all(item: impl Fn(usize) -> *const c_char) -> Vec<&'static str> {
        (0..).map_while(|i| read(item(i))).collect()
    }

    fn numbers(item: impl Fn(usize) -> u16) -> Vec<u16> {
        (0..).map(item).take_while(|&n| n != 0).collect()
    }

    #[test]
    fn every_field_says_what_rust_says_and_bad_keys_give_nothing() {
        for s in Status::ALL {
            let key = u32::from(s);
";

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog.yaml");
        crate::load(path).unwrap_or_else(|err| panic!("{err}"))
    }

    #[test]
    fn one_constant_per_entry_with_its_discriminant() {
        let catalog = catalog();
        let text = status_constants(&catalog);
        for entry in &catalog.entries {
            let line = text
                .lines()
                .find(|l| l.starts_with(&format!("#define NDR_STATUS_{} ", entry.upper_snake())))
                .unwrap_or_else(|| panic!("no constant for {}", entry.id));
            assert!(line.ends_with(&format!(" {}u", entry.value())), "{line}");
        }
        let count = format!("#define NDR_STATUS_COUNT {}u", catalog.entries.len());
        assert!(text.contains(&count));
    }

    #[test]
    fn comments_cannot_be_closed_by_catalog_text() {
        assert_eq!(comment_safe("a */ b"), "a * / b");
    }

    #[test]
    fn string_tables_hold_every_entry_and_reject_nul() {
        let mut catalog = catalog();
        let text = string_tables(&catalog).unwrap_or_else(|err| panic!("{err}"));
        assert!(text.starts_with("// @generated"));
        // Token text, not formatted: compare without whitespace.
        let compact: String = text.split_whitespace().collect();
        for entry in &catalog.entries {
            assert!(
                compact.contains(&format!("value:{},", entry.value())),
                "{}",
                entry.id
            );
        }
        catalog.entries[0].remedy.push('\0');
        let err = string_tables(&catalog).unwrap_err();
        assert!(
            err.contains("field `remedy`") && err.contains("NUL"),
            "{err}"
        );
    }
}
