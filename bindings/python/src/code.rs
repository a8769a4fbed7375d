//! `ndr_codes.Code`: any well-formed enhanced status code, known to the catalog or not.

use pyo3::{
    exceptions::PyValueError,
    prelude::*,
    types::{PyBool, PyInt, PyString, PyTuple, PyType},
};

use crate::{explain::Explanation, members, text};

/// Any well-formed RFC 3463 enhanced status code, such as `Code("5.1.1")`.
///
/// The grammar: class 2, 4 or 5; subject and detail of 1 to 3 digits without leading zeros.
/// Codes are immutable, hashable and ordered by class, subject and detail. `int(code)` is the
/// numeric key `class * 1_000_000 + subject * 1_000 + detail` (5001001 for 5.1.1), and
/// `Code(5001001)` reads it back. The class is `code.class_` (`class` is a Python keyword).
#[pyclass(frozen, eq, ord, hash, module = "ndr_codes", name = "Code")]
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(pub ndr_codes::Code);

/// A code from a `Code`, a `str` such as `"5.1.1"`, or an `int` key such as 5001001
/// (an `IntEnum` member such as `Status.BAD_DESTINATION_MAILBOX` is such an int).
///
/// `what` names the caller in the `TypeError` for anything else.
pub fn code_from(value: &Bound<'_, PyAny>, what: &str) -> PyResult<ndr_codes::Code> {
    if let Ok(code) = value.cast::<Code>() {
        return Ok(code.get().0);
    }
    if let Ok(text) = value.cast::<PyString>() {
        return text::parse_code(text)?.map_err(|err| text::invalid_code(value, err));
    }
    if value.is_instance_of::<PyInt>() && !value.is_instance_of::<PyBool>() {
        return value
            .extract::<u32>()
            .ok()
            .and_then(ndr_codes::Code::from_key)
            .ok_or_else(|| {
                PyValueError::new_err(format!(
                    "{value} is not the key of a code (class * 1000000 + subject * 1000 + detail, \
                     with class 2, 4 or 5)"
                ))
            });
    }
    Err(text::wrong_type(what, "a code as str, int or Code", value))
}

#[pymethods]
impl Code {
    /// `Code("5.1.1")`, `Code(5001001)` or `Code(other_code)`; `ValueError` if malformed.
    #[new]
    fn new(value: &Bound<'_, PyAny>) -> PyResult<Self> {
        code_from(value, "Code()").map(Code)
    }

    /// The key: `class * 1_000_000 + subject * 1_000 + detail` (5001001 for 5.1.1), as `int(code)`.
    #[getter]
    fn key(&self) -> u32 {
        self.0.key()
    }

    /// The class: 2, 4 or 5.
    #[getter]
    fn class_(&self) -> u8 {
        self.0.class().number()
    }

    /// The subject number (0 to 999).
    #[getter]
    fn subject(&self) -> u16 {
        self.0.subject_number()
    }

    /// The detail number (0 to 999).
    #[getter]
    fn detail(&self) -> u16 {
        self.0.detail()
    }

    /// Whether the class is 2.
    #[getter]
    fn is_success(&self) -> bool {
        self.0.is_success()
    }

    /// Whether the class is 4: the sender's server should retry.
    #[getter]
    fn is_transient(&self) -> bool {
        self.0.is_transient()
    }

    /// Whether the class is 5: retrying unchanged fails again.
    #[getter]
    fn is_permanent(&self) -> bool {
        self.0.is_permanent()
    }

    /// The catalog entry: the exact one, else the range that holds the code, else `None`.
    #[getter]
    fn status<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        members::optional_member(py, self.0.status())
    }

    /// What the catalog says about this code, from the closest entry it has. Never fails.
    fn explain(&self) -> Explanation {
        Explanation(self.0.explain())
    }

    fn __int__(&self) -> u32 {
        self.0.key()
    }

    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Code('{}')", self.0)
    }

    /// Pickles as `Code("5.1.1")`.
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        Ok((
            py.get_type::<Code>(),
            PyTuple::new(py, [self.0.to_string()])?,
        ))
    }
}
