//! The one generator of ndr-codes.
//!
//! It reads `catalog.yaml`, validates it, and writes every generated view of it: the Rust
//! tables of the `ndr-codes` crate (from its `build.rs`), the C status constants, the Python
//! enum and stubs, and the Markdown reference (from `cargo xtask codegen`).
//!
//! The YAML reader is [`serde_saphyr`]: serde-based, safe Rust, maintained, and it reports
//! line and column for every problem. (`serde_yaml` is deprecated and its `unsafe-libyaml`
//! backend has carried RUSTSEC advisories.)
//!
//! ```no_run
//! let catalog = ndr_codes_codegen::load("catalog.yaml").unwrap_or_else(|err| {
//!     eprintln!("{err}");
//!     std::process::exit(1)
//! });
//! let rust_source = ndr_codes_codegen::rust::generate(&catalog);
//! # let _ = rust_source;
//! ```

mod catalog;
mod de;
mod model;
mod validate;

pub mod c;
pub mod fields;
pub mod markdown;
#[cfg(feature = "pretty")]
pub mod pretty;
pub mod python;
pub mod rules;
pub mod rust;
pub mod site;

use std::path::Path;

pub use catalog::{
    Actor, Catalog, CatalogError, ClassInfo, Diagnostic, Entry, Meaning, Origin, ReasonInfo,
    SubjectInfo, code_value, upper_camel, upper_snake,
};

/// The first line of every generated file, in the comment syntax of its language.
pub fn generated_banner(comment: &str) -> String {
    format!(
        "{comment} @generated from catalog.yaml by `cargo xtask codegen` (crates/ndr-codes-codegen). Do not edit.\n"
    )
}

/// A generated Rust file: the banner, then the tokens as rustc reads them (one long line).
///
/// Build scripts compile this text and nobody reads it, so it is not pretty-printed: that would
/// put `syn` and a formatter into every build of every crate that uses `ndr-codes`. People read
/// the formatted copy that `cargo xtask codegen --expand` writes (see [`pretty`], feature
/// `pretty`).
pub fn rust_file(tokens: proc_macro2::TokenStream) -> String {
    generated_banner("//") + &tokens.to_string() + "\n"
}

/// Reads and validates the catalog file at `path`.
///
/// Every problem is reported, each as `FILE:LINE:COL: entry CODE (Id): what is wrong`.
pub fn load(path: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
    let path = path.as_ref();
    let name = path.display().to_string();
    match std::fs::read_to_string(path) {
        Ok(text) => load_str(&text, &name),
        Err(err) => Err(CatalogError {
            diagnostics: vec![Diagnostic {
                file: name,
                line: 0,
                column: 0,
                entry: None,
                message: format!("cannot read the catalog: {err}"),
            }],
        }),
    }
}

/// Reads and validates catalog text; `file` names it in messages.
pub fn load_str(text: &str, file: &str) -> Result<Catalog, CatalogError> {
    let mut reporter = validate::Reporter::new(file);
    let raw: model::RawCatalog = match serde_saphyr::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let location = err.location();
            let message = err.without_snippet().to_string();
            let message = message.lines().next().unwrap_or("invalid YAML").to_owned();
            let message = rules::label_yaml_error(text, location.map_or(0, |l| l.line()), message);
            return Err(CatalogError {
                diagnostics: vec![Diagnostic {
                    file: file.to_owned(),
                    line: location.map_or(0, |l| l.line()),
                    column: location.map_or(0, |l| l.column()),
                    entry: None,
                    message,
                }],
            });
        }
    };
    let catalog = validate::validate(raw, &mut reporter);
    if reporter.diagnostics.is_empty() {
        Ok(catalog)
    } else {
        reporter.diagnostics.sort_by_key(|d| (d.line, d.column));
        Err(CatalogError {
            diagnostics: reporter.diagnostics,
        })
    }
}
