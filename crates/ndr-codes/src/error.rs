//! What went wrong when reading a code.

use core::fmt;

/// What is wrong with a code that failed to parse.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input is empty.
    Empty,
    /// The class is not `2`, `4` or `5`, or is not followed by `.`.
    BadClass,
    /// The subject is missing, longer than 3 digits, has a leading zero, or is not followed by `.`.
    BadSubject,
    /// The detail is missing, longer than 3 digits or has a leading zero.
    BadDetail,
    /// A well-formed code is followed by more input.
    TrailingInput,
    /// The code is well formed but the catalog has no entry for it (only when a
    /// [`Status`](crate::Status) was asked for).
    Unknown,
}

/// A code could not be read: what is wrong, and at which byte.
///
/// ```
/// use ndr_codes::{Code, ParseErrorKind};
///
/// let err = "5.01.1".parse::<Code>().unwrap_err();
/// assert_eq!(err.kind(), ParseErrorKind::BadSubject);
/// assert_eq!(err.position(), 2);
/// assert_eq!(err.to_string(), "bad subject at byte 2: expected 1 to 3 digits without leading zeros, as in 5.1.1");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct ParseError {
    kind: ParseErrorKind,
    position: usize,
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind, position: usize) -> Self {
        ParseError { kind, position }
    }

    /// What is wrong.
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The byte offset at which the problem was found.
    pub const fn position(&self) -> usize {
        self.position
    }

    /// A sentence saying what is wrong and what was expected, without the position.
    ///
    /// ```
    /// let err = "".parse::<ndr_codes::Code>().unwrap_err();
    /// assert_eq!(err.message(), "empty input: expected a code such as 5.1.1");
    /// ```
    pub const fn message(&self) -> &'static str {
        match self.kind {
            ParseErrorKind::Empty => "empty input: expected a code such as 5.1.1",
            ParseErrorKind::BadClass => {
                "bad class: expected 2, 4 or 5 followed by '.', as in 5.1.1"
            }
            ParseErrorKind::BadSubject => {
                "bad subject: expected 1 to 3 digits without leading zeros, as in 5.1.1"
            }
            ParseErrorKind::BadDetail => {
                "bad detail: expected 1 to 3 digits without leading zeros, as in 5.1.1"
            }
            ParseErrorKind::TrailingInput => "unexpected input after the code",
            ParseErrorKind::Unknown => "well-formed code, but the catalog has no entry for it",
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.message().split_once(": ") {
            Some((what, expected)) => write!(f, "{what} at byte {}: {expected}", self.position),
            None => write!(f, "{} at byte {}", self.message(), self.position),
        }
    }
}

impl core::error::Error for ParseError {}
