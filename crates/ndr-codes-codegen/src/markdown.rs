//! Emits `docs/catalog.md`, the reference a person reads.

use crate::catalog::Catalog;

/// The whole Markdown reference.
pub fn generate(catalog: &Catalog) -> String {
    let _ = catalog;
    crate::generated_banner("<!--").trim_end().to_owned() + " -->\n"
}
