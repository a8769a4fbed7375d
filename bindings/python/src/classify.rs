//! `ndr_codes.classify()`: the bounce reason a reply or diagnostic line gives, and the rule
//! that decided it (`ndr_bounce::classify`, DESIGN.md section 8).

use pyo3::{
    intern,
    prelude::*,
    types::{PyBytes, PyString},
};

use crate::{
    code::{Code, code_from},
    text,
};

/// The reason a text gives, the rule that decided it, and the code found in the text.
#[pyclass(frozen, eq, hash, module = "ndr_codes", name = "Classification")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Classification {
    /// The reason id: `"user-unknown"`, `"blocked"`, ...
    #[pyo3(get)]
    reason: &'static str,
    /// The id of the rule that decided the reason.
    #[pyo3(get)]
    rule: &'static str,
    /// The enhanced status code found in the text, or `None`.
    #[pyo3(get)]
    code: Option<Code>,
}

#[pymethods]
impl Classification {
    fn __repr__(&self) -> String {
        let code = self
            .code
            .map_or_else(|| String::from("None"), |c| format!("Code('{}')", c.0));
        format!(
            "Classification(reason='{}', rule='{}', code={code})",
            self.reason, self.rule
        )
    }
}

impl From<ndr_bounce::Classification> for Classification {
    fn from(found: ndr_bounce::Classification) -> Classification {
        Classification {
            reason: found.reason.as_str(),
            rule: found.rule,
            code: found.code.map(Code),
        }
    }
}

/// The UTF-8 bytes of a `str` (lone surrogates pass through, as in `find_codes`, as bytes
/// that match no phrase), or the bytes of a `bytes`; `TypeError` for anything else.
fn text_bytes<'py>(
    value: &Bound<'py, PyAny>,
    what: &str,
    expected: &str,
) -> PyResult<Bound<'py, PyBytes>> {
    let py = value.py();
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(bytes.clone());
    }
    let Ok(string) = value.cast::<PyString>() else {
        return Err(text::wrong_type(what, expected, value));
    };
    // `str.encode` from the type, so that a subclass cannot swap in its own.
    let encoded = py.get_type::<PyString>().call_method1(
        intern!(py, "encode"),
        (string, intern!(py, "utf-8"), intern!(py, "surrogatepass")),
    )?;
    Ok(encoded.cast_into::<PyBytes>()?)
}

/// An optional keyword argument: `None` stays `None`, else its bytes.
fn optional_bytes<'py>(
    value: Option<&Bound<'py, PyAny>>,
    what: &str,
) -> PyResult<Option<Bound<'py, PyBytes>>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| text_bytes(v, what, "str, bytes or None"))
        .transpose()
}

/// Classifies one SMTP reply, diagnostic or log line (`str` or `bytes`) by the rules of the
/// catalog: a rule for the remote host, a phrase rule, else the catalog reason of the code,
/// else its class. Every text gets an answer.
///
/// Keyword-only, what else is known: `remote_host` (the host that gave the reply, for host
/// rules), `reporting_mta` (the system that reported it) and `code` (a `Code`, `"5.1.1"` or
/// key, when known better than the text says). `TypeError` for a wrong type, `ValueError` for
/// a malformed code.
#[pyfunction]
#[pyo3(signature = (text, *, remote_host = None, reporting_mta = None, code = None))]
pub fn classify(
    text: &Bound<'_, PyAny>,
    remote_host: Option<&Bound<'_, PyAny>>,
    reporting_mta: Option<&Bound<'_, PyAny>>,
    code: Option<&Bound<'_, PyAny>>,
) -> PyResult<Classification> {
    let text = text_bytes(text, "classify()", "str or bytes")?;
    let remote_host = optional_bytes(remote_host, "classify(remote_host=...)")?;
    let reporting_mta = optional_bytes(reporting_mta, "classify(reporting_mta=...)")?;
    let code = code
        .filter(|c| !c.is_none())
        .map(|c| code_from(c, "classify(code=...)"))
        .transpose()?;
    let context = ndr_bounce::Context {
        text: text.as_bytes(),
        code,
        remote_host: remote_host.as_ref().map(|h| h.as_bytes()),
        reporting_mta: reporting_mta.as_ref().map(|m| m.as_bytes()),
    };
    Ok(ndr_bounce::classify_with(&context).into())
}
