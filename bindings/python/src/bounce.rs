//! `ndr_codes.parse_bounce()`, `ndr_codes.read_bounces()` and the `Bounce` and `Recipient`
//! they give (the `ndr-bounce` crate, DESIGN.md section 7).

use std::path::PathBuf;

use pyo3::{
    exceptions::{PyFileNotFoundError, PyRuntimeWarning, PyValueError},
    prelude::*,
    types::{PyByteArray, PyBytes, PyDict, PyList, PyString},
};

use crate::{code::Code, members, text};

/// A message read by `parse_bounce`: what kind it is, which reader understood it, and one
/// `Recipient` per recipient it reports on.
#[pyclass(frozen, module = "ndr_codes", name = "Bounce")]
pub struct Bounce(ndr_bounce::Bounce);

#[pymethods]
impl Bounce {
    /// `"failure"`, `"delay"`, `"delivered"`, `"feedback"`, `"auto-reply"` or `"not-bounce"`.
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind().as_str()
    }

    /// Which reader understood the message: `"rfc3464"`, `"arf"`, `"exchange"`, ...
    #[getter]
    fn format(&self) -> &'static str {
        self.0.format().as_str()
    }

    /// The system that wrote the report (DSN `Reporting-MTA`), where known.
    #[getter]
    fn reporting_mta(&self) -> Option<&str> {
        self.0.reporting_mta()
    }

    /// Headers of the returned message, where present: keys `message_id`, `from`, `to`,
    /// `subject`, `date`.
    #[getter]
    fn original<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let original = self.0.original();
        let dict = PyDict::new(py);
        for (key, value) in [
            ("message_id", &original.message_id),
            ("from", &original.from),
            ("to", &original.to),
            ("subject", &original.subject),
            ("date", &original.date),
        ] {
            if let Some(value) = value {
                dict.set_item(key, value)?;
            }
        }
        Ok(dict)
    }

    /// The recipients the message reports on, in message order (empty for a message that is
    /// not a bounce).
    #[getter]
    fn recipients(&self) -> Vec<Recipient> {
        self.0.recipients().iter().cloned().map(Recipient).collect()
    }

    /// What was odd about the message (broken MIME, bare CR line ends, ...), as sentences.
    #[getter]
    fn warnings(&self) -> Vec<&'static str> {
        self.0.warnings().iter().map(|w| w.as_str()).collect()
    }

    /// Everything as plain Python values (str, int, bool, None, dict, list), ready for
    /// `json.dumps`; `recipients` holds each `Recipient.to_dict()`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("kind", self.kind())?;
        dict.set_item("format", self.format())?;
        dict.set_item("reporting_mta", self.reporting_mta())?;
        dict.set_item("original", self.original(py)?)?;
        let recipients = PyList::empty(py);
        for recipient in self.0.recipients() {
            recipients.append(recipient_dict(py, recipient)?)?;
        }
        dict.set_item("recipients", recipients)?;
        dict.set_item("warnings", self.warnings())?;
        Ok(dict)
    }

    fn __len__(&self) -> usize {
        self.0.recipients().len()
    }

    fn __repr__(&self) -> String {
        format!(
            "<Bounce kind={} format={} recipients={}>",
            self.kind(),
            self.format(),
            self.0.recipients().len()
        )
    }
}

/// One recipient of a `Bounce`: what happened and why.
#[pyclass(frozen, module = "ndr_codes", name = "Recipient")]
pub struct Recipient(ndr_bounce::Recipient);

#[pymethods]
impl Recipient {
    /// The recipient address.
    #[getter]
    fn address(&self) -> &str {
        self.0.address()
    }

    /// The address as originally given (DSN `Original-Recipient`), where present.
    #[getter]
    fn original_address(&self) -> Option<&str> {
        self.0.original_address()
    }

    /// `"failed"`, `"delayed"`, `"delivered"`, `"relayed"` or `"expanded"`, where the
    /// message says.
    #[getter]
    fn action(&self) -> Option<&'static str> {
        self.0.action().map(|a| a.as_str())
    }

    /// The most specific enhanced status code the message supports; `None` where it has none
    /// (a code is never invented).
    #[getter]
    fn code(&self) -> Option<Code> {
        self.0.code().map(Code)
    }

    /// The catalog entry of `code`, or `None` when there is no code or no entry for it.
    #[getter]
    fn status<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        members::optional_member(py, self.0.status())
    }

    /// Where `code` came from: `"dsn-status"`, `"diagnostic"`, `"body-text"` or
    /// `"reply-code"` (only the basic reply code is known); `None` when nothing was found.
    #[getter]
    fn status_source(&self) -> Option<&'static str> {
        self.0.status_source().map(|s| s.as_str())
    }

    /// The basic SMTP reply code (550, 421, ...), where known.
    #[getter]
    fn reply_code(&self) -> Option<u16> {
        self.0.reply_code()
    }

    /// The remote server's words (or the bounce's own), unfolded into one line.
    #[getter]
    fn diagnostic(&self) -> &str {
        self.0.diagnostic()
    }

    /// The remote server that answered, where known.
    #[getter]
    fn remote_mta(&self) -> Option<&str> {
        self.0.remote_mta()
    }

    /// The SMTP command that failed (`"RCPT"`, `"DATA"`, ...), where known.
    #[getter]
    fn command(&self) -> Option<&str> {
        self.0.command()
    }

    /// Why delivery failed: the reason id (`"user-unknown"`, `"mailbox-full"`, ...).
    #[getter]
    fn reason(&self) -> &'static str {
        self.0.reason().as_str()
    }

    /// The id of the rule that decided `reason`.
    #[getter]
    fn rule(&self) -> &'static str {
        self.0.rule()
    }

    /// A hard bounce: permanent, and the address itself is bad (remove it from lists).
    #[getter]
    fn hard(&self) -> bool {
        self.0.is_hard()
    }

    /// Every field as plain Python values; `code` and `status` as their text (`"5.1.1"`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        recipient_dict(py, &self.0)
    }

    fn __repr__(&self) -> String {
        let code = self
            .0
            .code()
            .map_or_else(|| String::from("None"), |c| c.to_string());
        format!(
            "<Recipient {} code={code} reason={} hard={}>",
            self.0.address(),
            self.0.reason().as_str(),
            if self.0.is_hard() { "True" } else { "False" }
        )
    }
}

/// A recipient as a dict of plain values.
fn recipient_dict<'py>(py: Python<'py>, r: &ndr_bounce::Recipient) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    dict.set_item("address", r.address())?;
    dict.set_item("original_address", r.original_address())?;
    dict.set_item("action", r.action().map(|a| a.as_str()))?;
    dict.set_item("code", r.code().map(|c| c.to_string()))?;
    dict.set_item("status", r.status().map(|s| s.notation()))?;
    dict.set_item("status_source", r.status_source().map(|s| s.as_str()))?;
    dict.set_item("reply_code", r.reply_code())?;
    dict.set_item("diagnostic", r.diagnostic())?;
    dict.set_item("remote_mta", r.remote_mta())?;
    dict.set_item("command", r.command())?;
    dict.set_item("reason", r.reason().as_str())?;
    dict.set_item("rule", r.rule())?;
    dict.set_item("hard", r.is_hard())?;
    Ok(dict)
}

/// The `ValueError` for input that is no message at all.
fn not_a_message(err: &ndr_bounce::Error) -> PyErr {
    PyValueError::new_err(format!("cannot read the message: {err}"))
}

/// Reads one bounce message (the raw bytes of an email, as in an `.eml` file) and tells, per
/// recipient, what failed and why.
///
/// Any message is read, bounce or not (`kind` is then `"not-bounce"`); broken MIME is read as
/// far as it goes and noted in `warnings`. `ValueError` only for input that is no message at
/// all (empty, no header block, over the size limit); `TypeError` for anything but `bytes` or
/// `bytearray`. The interpreter is released while parsing, so threads can parse in parallel.
#[pyfunction]
pub fn parse_bounce(py: Python<'_>, data: &Bound<'_, PyAny>) -> PyResult<Bounce> {
    let parsed = if let Ok(bytes) = data.cast::<PyBytes>() {
        // `bytes` is immutable and kept alive by `data`, so it may be read while detached.
        let raw = bytes.as_bytes();
        py.detach(|| ndr_bounce::parse(raw))
    } else if let Ok(array) = data.cast::<PyByteArray>() {
        // A bytearray can change under a detached reader: parse a copy.
        let raw = array.to_vec();
        py.detach(|| ndr_bounce::parse(&raw))
    } else if data.is_instance_of::<PyString>() {
        return Err(text::wrong_type(
            "parse_bounce()",
            "the message as bytes (read the file in binary mode, or encode the str)",
            data,
        ));
    } else {
        return Err(text::wrong_type("parse_bounce()", "bytes", data));
    };
    parsed.map(Bounce).map_err(|err| not_a_message(&err))
}

/// The iterator `read_bounces` returns: `(source, Bounce)` for each message.
///
/// Bound to the thread that made it (the reader streams from open files, which another
/// thread must not share mid-read).
#[pyclass(unsendable, module = "ndr_codes", name = "BounceReader")]
pub struct BounceReader(ndr_bounce::Messages);

#[pymethods]
impl BounceReader {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next message that reads as one. An entry that cannot be read, or that is not a
    /// message at all, is reported as a `RuntimeWarning` naming it, and skipped: one bad file
    /// does not end the walk (turn the warnings into errors with the `warnings` module to
    /// stop at the first).
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<(String, Bounce)>> {
        for item in self.0.by_ref() {
            let (source, raw) = match item {
                Ok(message) => message,
                Err(err) => {
                    warn(py, &format!("cannot read {err}"))?;
                    continue;
                }
            };
            match py.detach(|| ndr_bounce::parse(&raw)) {
                Ok(bounce) => return Ok(Some((source, Bounce(bounce)))),
                Err(err) => warn(py, &format!("{source}: {err}"))?,
            }
        }
        Ok(None)
    }
}

fn warn(py: Python<'_>, message: &str) -> PyResult<()> {
    let message = std::ffi::CString::new(message.replace('\0', "\\0"))
        .unwrap_or_else(|_| c"unreadable entry".to_owned());
    PyErr::warn(py, &py.get_type::<PyRuntimeWarning>(), &message, 1)
}

/// Reads every message under `path`, in order: a message file (`.eml`), an mbox file (each
/// message's source is `path:N`), a gzip-compressed file of either kind, a maildir, a
/// directory of any of these (read recursively in name order), or `"-"` for standard input.
///
/// Gives an iterator of `(source, Bounce)`. `FileNotFoundError` at once if `path` does not
/// exist; below it, an entry that cannot be read is a `RuntimeWarning` and the rest are
/// still read. The interpreter is released while each message is parsed.
#[pyfunction]
pub fn read_bounces(path: &Bound<'_, PyAny>) -> PyResult<BounceReader> {
    let path: PathBuf = path
        .extract()
        .map_err(|_| text::wrong_type("read_bounces()", "a path as str or os.PathLike", path))?;
    if path.as_os_str() != "-" && !path.exists() {
        return Err(PyFileNotFoundError::new_err((
            2,
            "No such file or directory",
            path.display().to_string(),
        )));
    }
    Ok(BounceReader(ndr_bounce::read(path)))
}
