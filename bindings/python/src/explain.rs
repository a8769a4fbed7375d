//! `ndr_codes.explain()` and the `Explanation` it returns.

use pyo3::prelude::*;

use crate::{
    code::{Code, code_from},
    members,
};

/// What the catalog says about a code, from the closest entry it has.
///
/// `level` says where the answer came from: `"exact"` (the code's own entry, or the range
/// holding it), `"other-class"` (the same subject.detail in the other failure class: 4.1.1
/// explained by 5.1.1), `"subject"` (only the subject 0-7 is known) or `"class"`.
#[pyclass(frozen, eq, hash, module = "ndr_codes", name = "Explanation")]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Explanation(pub ndr_codes::Explanation);

#[pymethods]
impl Explanation {
    /// The code that was explained.
    #[getter]
    fn code(&self) -> Code {
        Code(self.0.code())
    }

    /// `"exact"`, `"other-class"`, `"subject"` or `"class"`.
    #[getter]
    fn level(&self) -> &'static str {
        self.0.level().as_str()
    }

    /// The entry used, at the levels `"exact"` and `"other-class"`; else `None`.
    #[getter]
    fn status<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        members::optional_member(py, self.0.status())
    }

    /// The title of the entry, subject or class the answer came from.
    #[getter]
    fn title(&self) -> &'static str {
        self.0.title()
    }

    /// The description of the entry, subject or class the answer came from.
    #[getter]
    fn description(&self) -> &'static str {
        self.0.description()
    }

    /// The remedy of the entry used; `None` when the answer came from a subject or class.
    #[getter]
    fn remedy(&self) -> Option<&'static str> {
        self.0.remedy()
    }

    fn __repr__(&self) -> String {
        format!(
            "<Explanation {} ({}): {}>",
            self.0.code(),
            self.0.level().as_str(),
            self.0.title()
        )
    }
}

/// Explains a code given as `Code`, `str` (`"5.1.1"`) or `int` key (a `Status` member is
/// one). Never fails for a well-formed code; `ValueError` if malformed, `TypeError` for
/// another type.
#[pyfunction]
pub fn explain(code_or_text: &Bound<'_, PyAny>) -> PyResult<Explanation> {
    code_from(code_or_text, "explain()").map(|code| Explanation(code.explain()))
}
