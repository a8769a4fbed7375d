//! `ndr_codes._native`: the compiled half of the Python package `ndr_codes`.
//!
//! The package (python/ndr_codes) re-exports what users need; this module holds the
//! catalog's tables (through the `ndr-codes` crate), the code parser and the text scanner.
//! Built by maturin as one abi3 wheel for CPython 3.9 and later (see pyproject.toml).
//!
//! Every function checks its argument types and raises `TypeError` or `ValueError` with a
//! message; none panics on user input.

mod bounce;
mod classify;
mod code;
mod explain;
mod fields;
mod members;
mod one_arg;
mod scan;
mod status;
mod text;

use pyo3::pymodule;

/// Native core of ndr_codes: catalog tables, code parsing and scanning. Use the package
/// `ndr_codes` rather than this module.
#[pymodule(name = "_native")]
mod native {
    #[pymodule_export]
    use crate::bounce::{Bounce, BounceReader, Recipient, parse_bounce, read_bounces};
    #[pymodule_export]
    use crate::classify::{Classification, classify};
    #[pymodule_export]
    use crate::code::Code;
    #[pymodule_export]
    use crate::explain::{Explanation, explain};
    #[pymodule_export]
    use crate::scan::{Found, find_codes};
    #[pymodule_export]
    use crate::status::{
        status_class, status_code, status_for, status_from_diagnostic, status_name,
        status_notation, status_str, status_values,
    };

    /// Adds what `#[pymodule_export]` cannot: `lookup`, a METH_O function; the functions of
    /// the field table (generated, `crate::fields`); and `__version__`, the crate's version.
    #[pymodule_init]
    fn init(module: &pyo3::Bound<'_, pyo3::types::PyModule>) -> pyo3::PyResult<()> {
        use pyo3::types::PyModuleMethods as _;
        crate::one_arg::add_lookup(module)?;
        crate::fields::add_to(module)?;
        module.add("__version__", env!("CARGO_PKG_VERSION"))
    }
}
