//! `ndr_codes.find_codes()`: the codes in a text, with their offsets.

use pyo3::{
    intern,
    prelude::*,
    types::{PyBytes, PyString},
};

use crate::{code::Code, text};

/// Above this many bytes the scan runs detached from the interpreter, so that other Python
/// threads can run meanwhile; below it, detaching costs more than it frees.
const DETACH_ABOVE: usize = 64 * 1024;

/// A code found in a text: `text[found.start:found.end]` is the code.
///
/// Offsets index the object that was scanned: characters for a `str`, bytes for `bytes`.
#[pyclass(frozen, eq, hash, module = "ndr_codes", name = "Found")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Found {
    /// The code.
    #[pyo3(get)]
    code: Code,
    /// Where the code starts.
    #[pyo3(get)]
    start: usize,
    /// Where the code ends (exclusive).
    #[pyo3(get)]
    end: usize,
}

#[pymethods]
impl Found {
    fn __repr__(&self) -> String {
        format!(
            "Found(code=Code('{}'), start={}, end={})",
            self.code.0, self.start, self.end
        )
    }
}

/// Every match in `bytes`, with byte offsets.
fn scan(bytes: &[u8]) -> Vec<Found> {
    ndr_codes::find_codes(bytes)
        .map(|f| Found {
            code: Code(f.code),
            start: f.span.start,
            end: f.span.end,
        })
        .collect()
}

/// Scans, detached from the interpreter when the input is large.
fn scan_maybe_detached(py: Python<'_>, bytes: &[u8]) -> Vec<Found> {
    if bytes.len() > DETACH_ABOVE {
        py.detach(|| scan(bytes))
    } else {
        scan(bytes)
    }
}

/// Turns byte offsets into `utf8` into character offsets, in one pass over the bytes up to
/// the last match. Every character starts with a byte that is not a continuation byte
/// (`0b10xx_xxxx`); a lone surrogate, encoded with "surrogatepass", is one such character too.
fn to_char_offsets(utf8: &[u8], found: &mut [Found]) {
    let mut byte = 0;
    let mut chars = 0;
    let mut advance = |to: usize| {
        let to = to.min(utf8.len()).max(byte);
        chars += utf8[byte..to].iter().filter(|&&b| b & 0xC0 != 0x80).count();
        byte = to;
        chars
    };
    for f in found.iter_mut() {
        f.start = advance(f.start);
        f.end = advance(f.end);
    }
}

/// Finds every enhanced status code in a `str` or `bytes`, left to right.
///
/// A match is a well-formed code not preceded by a letter, digit or `.`, and not followed by
/// a letter, a digit, or `.` and a digit: `550 5.1.1`, `[5.1.1]`, `dsn=5.1.1` and `5.1.1.` at
/// the end of a sentence are found; `10.5.1.1`, `v5.1.1` and `5.1.1.3` are not. Offsets are
/// character offsets for a `str` and byte offsets for `bytes`, so that `text[m.start:m.end]`
/// is the code either way.
#[pyfunction]
pub fn find_codes(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Found>> {
    if let Ok(bytes) = text.cast::<PyBytes>() {
        return Ok(scan_maybe_detached(py, bytes.as_bytes()));
    }
    let Ok(string) = text.cast::<PyString>() else {
        return Err(text::wrong_type("find_codes()", "str or bytes", text));
    };
    // "surrogatepass" keeps lone surrogates (from logs decoded with "surrogateescape") as
    // three bytes each instead of failing; they are never part of a code. `str.encode` is
    // taken from the type, so that a subclass cannot swap in its own `encode`.
    let encoded = py.get_type::<PyString>().call_method1(
        intern!(py, "encode"),
        (string, intern!(py, "utf-8"), intern!(py, "surrogatepass")),
    )?;
    let utf8 = encoded.cast::<PyBytes>()?.as_bytes();
    let mut found = scan_maybe_detached(py, utf8);
    if string.code_point_len()? != utf8.len() {
        to_char_offsets(utf8, &mut found);
    }
    Ok(found)
}
