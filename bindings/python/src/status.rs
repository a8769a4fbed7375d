//! The native catalog table behind `ndr_codes.Status`, and `ndr_codes.lookup`.
//!
//! The generated `Status` enum (python/ndr_codes/_status.py) holds only names and values; its
//! properties call the `status_*` functions here with the member's value (the discriminant,
//! 5001001 for 5.1.1), so the text lives once, in the Rust tables.

use ndr_codes::Status;
use pyo3::{exceptions::PyValueError, prelude::*, types::PyString};

use crate::{
    code::{Code, code_from},
    members, text,
};

/// The entry whose key is exactly `key`; `ValueError` otherwise.
pub(crate) fn entry(key: u32) -> PyResult<Status> {
    Status::from_key(key)
        .ok_or_else(|| PyValueError::new_err(format!("{key} is not the key of a Status member")))
}

/// Defines `#[pyfunction]`s that read one `Status` accessor for a member's value.
macro_rules! accessors {
    ($( $(#[$doc:meta])* fn $name:ident -> $ty:ty = |$s:ident| $body:expr; )*) => {$(
        $(#[$doc])*
        #[pyfunction]
        pub fn $name(value: u32) -> PyResult<$ty> {
            let $s = entry(value)?;
            Ok($body)
        }
    )*};
}

accessors! {
    /// The (first) code as text: `"5.1.1"`, `"5.7.606"` for the range `5.7.606-649`.
    fn status_str -> &'static str = |s| s.as_str();
    /// The code or range as the catalog writes it: `"5.1.1"`, `"5.7.606-649"`.
    fn status_notation -> &'static str = |s| s.notation();
    /// The Rust variant name, the catalog id: `"BadDestinationMailbox"`.
    fn status_name -> &'static str = |s| s.name();
    /// The (first) code.
    fn status_code -> Code = |s| Code(s.code());
    /// The class number: 2, 4 or 5.
    fn status_class -> u8 = |s| s.class().number();
}

/// Every entry's value, in code order: the native table the enum must match.
#[pyfunction]
pub fn status_values() -> Vec<u32> {
    Status::ALL.iter().map(|&s| u32::from(s)).collect()
}

/// The member for a code given as `str`, `int` key or `Code`; a code inside a range gives the
/// range's member. Behind `Status(...)` for anything but a member's exact value.
#[pyfunction]
pub fn status_for<'py>(value: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let code = code_from(value, "Status()")?;
    let status = Status::try_from(code).map_err(|err| text::invalid_code(value, err))?;
    members::member(value.py(), status)
}

/// The member that lists an Exchange diagnostic token such as `RESOLVER.ADR.RecipNotFound`
/// (ASCII case ignored), or `None`.
#[pyfunction]
pub fn status_from_diagnostic<'py>(
    token: &Bound<'py, PyString>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    let status = token
        .to_cow()
        .ok()
        .and_then(|t| Status::from_diagnostic(&t));
    members::optional_member(token.py(), status)
}

/// The member for a code such as `"5.1.1"` (a code inside a range gives the range's member),
/// or `None` for anything else. Never raises for a `str`; `TypeError` for another type.
/// Exposed as `ndr_codes.lookup` through [`crate::one_arg`], which calls it without pyo3's
/// argument tuple.
pub fn lookup<'py>(text: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
    let Ok(string) = text.cast::<PyString>() else {
        return Err(text::wrong_type("lookup()", "str", text));
    };
    if let Some(member) = members::by_exact_code(string)? {
        return Ok(Some(member));
    }
    let status = text::parse_code(string)?
        .ok()
        .and_then(ndr_codes::Code::status);
    members::optional_member(text.py(), status)
}
