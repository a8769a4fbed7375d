// @generated from catalog.yaml by `cargo xtask codegen` (crates/ndr-codes-codegen). Do not edit.
//! The native functions behind the properties of `ndr_codes.Status` that read the
//! catalog's fields: one per row of the field table of
//! crates/ndr-codes-codegen/src/fields.rs.

use pyo3::{prelude::*, types::PyTuple};

use crate::status::entry;

/// The names of the fields, in table order: `Status` has a property for each.
#[pyfunction]
pub fn status_fields() -> Vec<&'static str> {
    vec![
        "title",
        "description",
        "applies_to",
        "exchange",
        "remedy",
        "sender",
        "actor",
        "reason",
        "smtp_replies",
        "origin",
        "note",
        "diagnostics",
        "references",
    ]
}

/// A short title.
#[pyfunction]
pub fn status_title(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.title())
}

/// What the code means by the standard (or, for a private code, by its vendor).
#[pyfunction]
pub fn status_description(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.description())
}

/// Which mail systems use the code with which meaning: for a code that means different things in
/// different systems, each group of systems with its meaning (the registry's first, then current
/// before older); else the systems its origin implies.
#[pyfunction]
pub fn status_applies_to(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.applies_to())
}

/// What Exchange / Exchange Online mean by the code, where that differs or adds.
#[pyfunction]
pub fn status_exchange(key: u32) -> PyResult<Option<&'static str>> {
    Ok(entry(key)?.exchange())
}

/// What to check or do next.
#[pyfunction]
pub fn status_remedy(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.remedy())
}

/// The step for the person who got the NDR, in plain words: what they can do themselves, and when
/// to hand over to their mail administrator.
#[pyfunction]
pub fn status_sender(key: u32) -> PyResult<Option<&'static str>> {
    Ok(entry(key)?.sender())
}

/// Who usually has to act: the sender, the sender's admin, the recipient, the recipient's admin, or
/// nobody. As its id, such as "sender-admin".
#[pyfunction]
pub fn status_actor(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.actor().as_str())
}

/// The bounce reason the code is filed under (the taxonomy of docs/catalog-format.md). As its id,
/// such as "user-unknown".
#[pyfunction]
pub fn status_reason(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.reason().as_str())
}

/// The basic SMTP reply codes the code comes with, such as 550.
#[pyfunction]
pub fn status_smtp_replies(py: Python<'_>, key: u32) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, entry(key)?.smtp_replies())
}

/// Who defined the code: the IANA registry, Exchange, Exchange Online or another vendor. As its id,
/// such as "exchange-online".
#[pyfunction]
pub fn status_origin(key: u32) -> PyResult<&'static str> {
    Ok(entry(key)?.origin().as_str())
}

/// Remarks, such as why the catalog lists the code in this class.
#[pyfunction]
pub fn status_note(key: u32) -> PyResult<Option<&'static str>> {
    Ok(entry(key)?.note())
}

/// Exchange diagnostic tokens that come with the code, such as RESOLVER.ADR.RecipNotFound.
#[pyfunction]
pub fn status_diagnostics(py: Python<'_>, key: u32) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, entry(key)?.diagnostics())
}

/// Sources: RFC sections, document titles, URLs.
#[pyfunction]
pub fn status_references(py: Python<'_>, key: u32) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, entry(key)?.references())
}

/// Adds every function above to the module `ndr_codes._native`.
pub fn add_to(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(status_fields, module)?)?;
    module.add_function(wrap_pyfunction!(status_title, module)?)?;
    module.add_function(wrap_pyfunction!(status_description, module)?)?;
    module.add_function(wrap_pyfunction!(status_applies_to, module)?)?;
    module.add_function(wrap_pyfunction!(status_exchange, module)?)?;
    module.add_function(wrap_pyfunction!(status_remedy, module)?)?;
    module.add_function(wrap_pyfunction!(status_sender, module)?)?;
    module.add_function(wrap_pyfunction!(status_actor, module)?)?;
    module.add_function(wrap_pyfunction!(status_reason, module)?)?;
    module.add_function(wrap_pyfunction!(status_smtp_replies, module)?)?;
    module.add_function(wrap_pyfunction!(status_origin, module)?)?;
    module.add_function(wrap_pyfunction!(status_note, module)?)?;
    module.add_function(wrap_pyfunction!(status_diagnostics, module)?)?;
    module.add_function(wrap_pyfunction!(status_references, module)?)?;
    Ok(())
}
