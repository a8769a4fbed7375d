//! The Python `Status` members, so that native functions can return them.
//!
//! `ndr_codes.Status` is an `enum.IntEnum` written in Python (generated from the catalog). The
//! native side fetches its members once, in code order, checks that they are the native table
//! (same count, same values), and from then on hands out a member by its index in
//! `Status::ALL`, without a Python-level call.

use ndr_codes::Status;
use pyo3::{
    exceptions::PyRuntimeError,
    prelude::*,
    sync::PyOnceLock,
    types::{PyDict, PyString},
};

/// The members, and a dict from each entry's code text to its member.
struct Members {
    /// The members of `ndr_codes._status.Status`, in the order of `Status::ALL`.
    in_order: Vec<Py<PyAny>>,
    /// `"5.1.1"` -> member, for every entry's (first) code: `lookup`'s fast path, since a
    /// `str` keeps its hash, and a dict probe costs less than reading the characters one by
    /// one through the stable ABI.
    by_code: Py<PyDict>,
}

static MEMBERS: PyOnceLock<Members> = PyOnceLock::new();

/// The module and class that define the enum.
const MODULE: &str = "ndr_codes._status";
const CLASS: &str = "Status";

/// Imports the enum and checks it against the native table.
fn load(py: Python<'_>) -> PyResult<Members> {
    let class = py.import(MODULE)?.getattr(CLASS)?;
    let members = class.try_iter()?.collect::<PyResult<Vec<_>>>()?;
    let values = members
        .iter()
        .map(|m| m.extract::<u32>())
        .collect::<PyResult<Vec<_>>>()?;
    let native = Status::ALL.iter().map(|&s| u32::from(s));
    if !values.iter().copied().eq(native) {
        return Err(PyRuntimeError::new_err(format!(
            "{MODULE}.{CLASS} ({} members) does not match the native table ({} entries): the \
             package was built from another catalog; run `cargo xtask codegen` and reinstall",
            values.len(),
            Status::COUNT
        )));
    }
    let by_code = PyDict::new(py);
    for (status, member) in Status::ALL.iter().zip(&members) {
        by_code.set_item(status.as_str(), member)?;
    }
    Ok(Members {
        in_order: members.into_iter().map(Bound::unbind).collect(),
        by_code: by_code.unbind(),
    })
}

fn members(py: Python<'_>) -> PyResult<&'static Members> {
    MEMBERS.get_or_try_init(py, || load(py))
}

/// The Python member for `status`.
pub fn member(py: Python<'_>, status: Status) -> PyResult<Bound<'_, PyAny>> {
    let value = u32::from(status);
    // `Status::ALL` is in code order, so its discriminants are sorted.
    let index = Status::ALL
        .binary_search_by_key(&value, |&s| u32::from(s))
        .map_err(|_| PyRuntimeError::new_err(format!("{value} is missing from Status::ALL")))?;
    members(py)?
        .in_order
        .get(index)
        .map(|m| m.bind(py).clone())
        .ok_or_else(|| PyRuntimeError::new_err("the Status members were not loaded"))
}

/// Like [`member`], for an optional status.
pub fn optional_member(
    py: Python<'_>,
    status: Option<Status>,
) -> PyResult<Option<Bound<'_, PyAny>>> {
    status.map(|s| member(py, s)).transpose()
}

/// The member whose (first) code is exactly `text`, by a dict lookup; `None` for any other
/// text, including codes inside a range after its first. Only for an exact `str`: a subclass
/// could redefine hashing or equality.
pub fn by_exact_code<'py>(text: &Bound<'py, PyString>) -> PyResult<Option<Bound<'py, PyAny>>> {
    if !text.is_exact_instance_of::<PyString>() {
        return Ok(None);
    }
    members(text.py())?.by_code.bind(text.py()).get_item(text)
}
