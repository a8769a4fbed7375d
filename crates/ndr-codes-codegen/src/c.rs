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

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::catalog::{Catalog, Entry};

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
    let title = c_literal(&entry.title, place("title"))?;
    let description = c_literal(&entry.description, place("description"))?;
    let exchange = match &entry.exchange {
        Some(text) => {
            let literal = c_literal(text, place("exchange"))?;
            quote! { Some(#literal) }
        }
        None => quote! { None },
    };
    let remedy = c_literal(&entry.remedy, place("remedy"))?;
    let reason = c_literal(&entry.reason, place("reason"))?;
    let actor = c_literal(entry.actor.as_str(), place("actor"))?;
    let origin = c_literal(entry.origin.as_str(), place("origin"))?;
    let diagnostics = c_list(&entry.diagnostics, place("diagnostics"))?;
    let references = c_list(&entry.references, place("references"))?;
    Ok(quote! {
        CEntry {
            value: #value,
            name: #name,
            code: #code,
            notation: #notation,
            title: #title,
            description: #description,
            exchange: #exchange,
            remedy: #remedy,
            reason: #reason,
            actor: #actor,
            origin: #origin,
            diagnostics: #diagnostics,
            references: #references,
        }
    })
}

/// The Rust source of the ffi crate's C string tables, formatted.
///
/// It defines `ENTRIES: [CEntry; N]` in code order (the order of `Status::ALL`), `CLASSES`
/// (number, title, description) and `SUBJECTS` (title, description, indexed by number).
/// The file that `include!`s it brings a `CEntry` struct with those fields into scope.
///
/// Fails when a text holds a NUL byte.
pub fn string_tables(catalog: &Catalog) -> Result<String, String> {
    let rows = catalog
        .entries
        .iter()
        .map(entry_row)
        .collect::<Result<Vec<_>, _>>()?;
    let count = Literal::usize_unsuffixed(rows.len());
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
        /// Every entry's texts, in code order (the order of `Status::ALL`).
        pub(crate) static ENTRIES: [CEntry; #count] = [ #(#rows),* ];

        /// The classes in order: number, title, description.
        pub(crate) static CLASSES: [(u32, &CStr, &CStr); #class_count] = [ #(#classes),* ];

        /// The subjects 0 to 7 in order: title, description.
        pub(crate) static SUBJECTS: [(&CStr, &CStr); #subject_count] = [ #(#subjects),* ];
    };
    Ok(super::rust_file(tokens))
}

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
