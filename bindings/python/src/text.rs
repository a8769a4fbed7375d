//! Reading codes out of Python objects, and the exceptions for input that is not one.

use ndr_codes::{Code, ParseError, ParseErrorKind};
use pyo3::{
    exceptions::{PyTypeError, PyValueError},
    ffi,
    prelude::*,
    types::PyString,
};

/// How many characters of a `str` are read to parse a code. The longest code, `5.999.999`,
/// has 9; the parser decides within the first 10 bytes, so the 12 read give exactly the
/// answer the whole string would.
const PREFIX: usize = 12;

/// Parses a whole `str` as a code, without allocating or encoding it.
///
/// Under the stable ABI for Python 3.9 a `str` cannot be borrowed as UTF-8, and encoding it
/// would cost an allocation per call (too slow for `lookup`). Only the first [`PREFIX`]
/// characters are read, one by one; a character outside ASCII becomes the byte `0xFF`, which
/// the parser rejects exactly as it rejects the first byte of that character in UTF-8. So the
/// error's position, counted in bytes by the parser, is also the character index.
pub fn parse_code(text: &Bound<'_, PyString>) -> PyResult<Result<Code, ParseError>> {
    let len = text.code_point_len()?;
    let mut buf = [0u8; PREFIX];
    let read = len.min(PREFIX);
    for (index, byte) in buf.iter_mut().enumerate().take(read) {
        *byte = ascii_at(text, index);
    }
    // If the text is longer than PREFIX, the parser fails inside the prefix anyway (no code is
    // that long), so parsing the prefix gives the whole text's result.
    Ok(Code::parse_bytes(&buf[..read]))
}

/// The character at `index` of `text` as an ASCII byte, or `0xFF` if it is not ASCII.
fn ascii_at(text: &Bound<'_, PyString>, index: usize) -> u8 {
    // `index` is below the length the caller read, which is below `isize::MAX`.
    let index = ffi::Py_ssize_t::try_from(index).unwrap_or(ffi::Py_ssize_t::MAX);
    // SAFETY: `text` is a live `str` object (its type was checked when it was bound as a
    // `PyString`), we are attached to the interpreter, and `index` is within its length, so
    // `PyUnicode_ReadChar` neither fails nor sets an exception.
    let char = unsafe { ffi::PyUnicode_ReadChar(text.as_ptr(), index) };
    u8::try_from(char).ok().filter(u8::is_ascii).unwrap_or(0xFF)
}

/// At most 40 characters of the input, quoted, for an error message.
fn quote(text: &Bound<'_, PyAny>) -> String {
    let repr = text
        .repr()
        .map_or_else(|_| String::from("<input>"), |r| r.to_string());
    let mut chars = repr.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        head + "..."
    } else {
        head
    }
}

/// The `ValueError` for text that is not a code (or, for `Unknown`, not a catalog code).
pub fn invalid_code(text: &Bound<'_, PyAny>, err: ParseError) -> PyErr {
    if err.kind() == ParseErrorKind::Unknown {
        // The position of an unknown code says nothing; the message says it all.
        PyValueError::new_err(format!("{}: {}", quote(text), err.message()))
    } else {
        PyValueError::new_err(format!("invalid code {}: {err}", quote(text)))
    }
}

/// The `TypeError` for an argument of the wrong type: "`what` expects `expected`, not int".
pub fn wrong_type(what: &str, expected: &str, got: &Bound<'_, PyAny>) -> PyErr {
    let type_name = got
        .get_type()
        .name()
        .map_or_else(|_| String::from("another type"), |n| n.to_string());
    PyTypeError::new_err(format!("{what} expects {expected}, not {type_name}"))
}
