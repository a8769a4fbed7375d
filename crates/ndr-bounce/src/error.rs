//! Input that is not a message at all.

use std::fmt;

/// Why [`crate::parse`] could not read the input as a message.
#[non_exhaustive]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Error {
    /// The input is empty (or only whitespace).
    Empty,
    /// The input does not start with a header block (`Name: value` lines).
    NotMail,
    /// The input is larger than [`crate::MAX_MESSAGE_BYTES`].
    TooLarge {
        /// The size of the input in bytes.
        len: usize,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => f.write_str("empty input: no message"),
            Error::NotMail => f.write_str("not a mail message: no header block at the start"),
            Error::TooLarge { len } => write!(
                f,
                "message of {len} bytes is over the limit of {} bytes",
                crate::MAX_MESSAGE_BYTES
            ),
        }
    }
}

impl std::error::Error for Error {}
