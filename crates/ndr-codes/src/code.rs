//! `Code`: any well-formed enhanced status code, known to the catalog or not.

use core::{fmt, str::FromStr};

use crate::{Class, Explanation, ParseError, ParseErrorKind, Status, Subject};

/// Any well-formed RFC 3463 enhanced status code, such as `5.1.1`.
///
/// The grammar: class `2`, `4` or `5`; subject and detail of 1 to 3 digits without leading
/// zeros (`0` alone is fine). A `Code` is 4 bytes, `Copy`, and orders by class, subject and
/// detail numerically.
///
/// ```
/// use ndr_codes::{Class, Code, Status};
///
/// let code: Code = "5.7.620".parse()?;
/// assert_eq!(code.to_string(), "5.7.620");
/// assert_eq!(code.class(), Class::PermanentFailure);
/// assert_eq!((code.subject_number(), code.detail()), (7, 620));
/// assert_eq!(Code::new(Class::PermanentFailure, 7, 620), Some(code));
/// // A code inside a catalog range gives the range's entry.
/// assert_eq!(code.status(), Some(Status::BannedSendingIp));
/// # Ok::<(), ndr_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code(u32);

/// The digit at `i`, if there is one.
#[inline(always)]
const fn digit(bytes: &[u8], i: usize) -> Option<u16> {
    if i < bytes.len() {
        let d = bytes[i].wrapping_sub(b'0');
        if d < 10 {
            return Some(d as u16);
        }
    }
    None
}

/// Reads 1 to 3 digits without a leading zero at `at`; gives the value and the end offset.
/// Unrolled: this is the hot path of every parse and scan.
#[inline(always)]
const fn number(bytes: &[u8], at: usize) -> Option<(u16, usize)> {
    let Some(d0) = digit(bytes, at) else {
        return None;
    };
    let Some(d1) = digit(bytes, at + 1) else {
        return Some((d0, at + 1));
    };
    if d0 == 0 {
        return None; // a leading zero
    }
    let Some(d2) = digit(bytes, at + 2) else {
        return Some((d0 * 10 + d1, at + 2));
    };
    if digit(bytes, at + 3).is_some() {
        return None; // a fourth digit
    }
    Some((d0 * 100 + d1 * 10 + d2, at + 3))
}

/// The three numbers of a code of exactly the form `C.S.D` (one digit each), the commonest
/// form by far (5.1.1, 4.4.7, 5.7.1); `None` sends the caller to the general parser.
#[inline(always)]
pub(crate) const fn short_form(bytes: &[u8]) -> Option<(u32, u32, u32)> {
    if let [class @ (b'2' | b'4' | b'5'), b'.', subject, b'.', detail] = *bytes {
        let (subject, detail) = (subject.wrapping_sub(b'0'), detail.wrapping_sub(b'0'));
        if subject < 10 && detail < 10 {
            return Some(((class - b'0') as u32, subject as u32, detail as u32));
        }
    }
    None
}

/// Parses the code at the start of `bytes`; gives the code and the offset after it.
#[inline]
pub(crate) const fn parse_prefix(bytes: &[u8]) -> Result<(Code, usize), ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::new(ParseErrorKind::Empty, 0));
    }
    let class = match bytes[0] {
        b'2' => Class::Success,
        b'4' => Class::TransientFailure,
        b'5' => Class::PermanentFailure,
        _ => return Err(ParseError::new(ParseErrorKind::BadClass, 0)),
    };
    if bytes.len() < 2 || bytes[1] != b'.' {
        return Err(ParseError::new(ParseErrorKind::BadClass, 1));
    }
    let Some((subject, end)) = number(bytes, 2) else {
        return Err(ParseError::new(ParseErrorKind::BadSubject, 2));
    };
    if end >= bytes.len() || bytes[end] != b'.' {
        return Err(ParseError::new(ParseErrorKind::BadSubject, end));
    }
    let Some((detail, end)) = number(bytes, end + 1) else {
        return Err(ParseError::new(ParseErrorKind::BadDetail, end + 1));
    };
    Ok((Code::from_parts(class, subject, detail), end))
}

impl Code {
    /// The largest subject or detail number: three digits.
    ///
    /// ```
    /// use ndr_codes::{Class, Code};
    /// assert!(Code::new(Class::PermanentFailure, Code::MAX_PART, Code::MAX_PART).is_some());
    /// ```
    pub const MAX_PART: u16 = 999;

    const fn from_parts(class: Class, subject: u16, detail: u16) -> Code {
        Code(class as u32 * 1_000_000 + subject as u32 * 1_000 + detail as u32)
    }

    /// A code from its parts; `None` when the subject or detail is over 999.
    ///
    /// ```
    /// use ndr_codes::{Class, Code};
    /// let code = Code::new(Class::TransientFailure, 4, 7).unwrap();
    /// assert_eq!(code.to_string(), "4.4.7");
    /// assert_eq!(Code::new(Class::TransientFailure, 1000, 7), None);
    /// ```
    pub const fn new(class: Class, subject: u16, detail: u16) -> Option<Code> {
        if subject > Self::MAX_PART || detail > Self::MAX_PART {
            None
        } else {
            Some(Code::from_parts(class, subject, detail))
        }
    }

    /// Parses a code from bytes; the whole input must be the code.
    ///
    /// ```
    /// use ndr_codes::{Code, ParseErrorKind};
    /// assert!(Code::parse_bytes(b"4.2.2").is_ok());
    /// assert_eq!(Code::parse_bytes(b"4.2.2 ").unwrap_err().kind(), ParseErrorKind::TrailingInput);
    /// ```
    #[inline]
    pub const fn parse_bytes(bytes: &[u8]) -> Result<Code, ParseError> {
        if let Some((class, subject, detail)) = short_form(bytes) {
            return Ok(Code(class * 1_000_000 + subject * 1_000 + detail));
        }
        match parse_prefix(bytes) {
            Ok((code, end)) if end == bytes.len() => Ok(code),
            Ok((_, end)) => Err(ParseError::new(ParseErrorKind::TrailingInput, end)),
            Err(err) => Err(err),
        }
    }

    /// The code with the numeric key `class*1_000_000 + subject*1_000 + detail`, if the key
    /// is one of a well-formed code.
    ///
    /// ```
    /// use ndr_codes::Code;
    /// assert_eq!(Code::from_key(5_001_001).unwrap().to_string(), "5.1.1");
    /// assert_eq!(Code::from_key(3_001_001), None);
    /// ```
    pub const fn from_key(key: u32) -> Option<Code> {
        let class = key / 1_000_000;
        if class > 9 {
            return None;
        }
        match Class::from_number(class as u8) {
            Some(class) => {
                let rest = key % 1_000_000;
                Code::new(class, (rest / 1_000) as u16, (rest % 1_000) as u16)
            }
            None => None,
        }
    }

    /// The numeric key `class*1_000_000 + subject*1_000 + detail`: 5.1.1 is 5001001.
    ///
    /// ```
    /// let code: ndr_codes::Code = "5.1.1".parse().unwrap();
    /// assert_eq!(code.key(), 5_001_001);
    /// ```
    pub const fn key(self) -> u32 {
        self.0
    }

    /// The class.
    ///
    /// ```
    /// use ndr_codes::{Class, Code};
    /// assert_eq!("4.2.2".parse::<Code>().unwrap().class(), Class::TransientFailure);
    /// ```
    pub const fn class(self) -> Class {
        match Class::from_number((self.0 / 1_000_000) as u8) {
            Some(class) => class,
            None => Class::PermanentFailure, // unreachable: every constructor checks the class
        }
    }

    /// The subject number (0 to 999); [`Code::subject`] gives it as a [`Subject`] where RFC
    /// 3463 defines it.
    ///
    /// ```
    /// assert_eq!("5.7.26".parse::<ndr_codes::Code>().unwrap().subject_number(), 7);
    /// ```
    pub const fn subject_number(self) -> u16 {
        (self.0 % 1_000_000 / 1_000) as u16
    }

    /// The subject, if it is one RFC 3463 defines (0 to 7), as on [`Status::subject`] and
    /// [`Explanation::subject`]; the number itself is [`Code::subject_number`].
    ///
    /// ```
    /// use ndr_codes::{Code, Subject};
    /// assert_eq!("5.7.26".parse::<Code>().unwrap().subject(), Some(Subject::Security));
    /// assert_eq!("5.9.1".parse::<Code>().unwrap().subject(), None);
    /// ```
    pub const fn subject(self) -> Option<Subject> {
        Subject::from_number(self.subject_number())
    }

    /// The detail number (0 to 999).
    ///
    /// ```
    /// assert_eq!("5.7.26".parse::<ndr_codes::Code>().unwrap().detail(), 26);
    /// ```
    pub const fn detail(self) -> u16 {
        (self.0 % 1_000) as u16
    }

    /// The same subject and detail in another class.
    ///
    /// ```
    /// use ndr_codes::{Class, Code};
    /// let code: Code = "5.2.2".parse().unwrap();
    /// assert_eq!(code.with_class(Class::TransientFailure).to_string(), "4.2.2");
    /// ```
    pub const fn with_class(self, class: Class) -> Code {
        Code::from_parts(class, self.subject_number(), self.detail())
    }

    /// The catalog entry for this code: the exact entry, else the range that holds it.
    ///
    /// ```
    /// use ndr_codes::{Code, Status};
    /// let code: Code = "4.4.7".parse().unwrap();
    /// assert_eq!(code.status(), Some(Status::DeliveryTimeExpired));
    /// ```
    pub const fn status(self) -> Option<Status> {
        Status::from_code(self)
    }

    /// What the catalog says about this code, from the closest entry it has. Never fails.
    ///
    /// See [`Explanation`] for the levels it falls back through.
    pub const fn explain(self) -> Explanation {
        Explanation::of(self)
    }

    /// Whether the class is 2 (see [`Class::is_success`]).
    ///
    /// ```
    /// assert!("2.0.0".parse::<ndr_codes::Code>().unwrap().is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        self.class().is_success()
    }

    /// Whether the class is 4 (see [`Class::is_transient`]).
    ///
    /// ```
    /// assert!("4.4.7".parse::<ndr_codes::Code>().unwrap().is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.class().is_transient()
    }

    /// Whether the class is 5 (see [`Class::is_permanent`]).
    ///
    /// ```
    /// assert!("5.1.1".parse::<ndr_codes::Code>().unwrap().is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.class().is_permanent()
    }

    /// The code as text in a small stack buffer, without allocating.
    ///
    /// ```
    /// let code: ndr_codes::Code = "5.7.606".parse().unwrap();
    /// assert_eq!(code.to_code_str().as_str(), "5.7.606");
    /// ```
    pub const fn to_code_str(self) -> CodeStr {
        let mut buf = [0u8; 11];
        buf[0] = b'0' + self.class() as u8;
        buf[1] = b'.';
        let mut len = write_number(&mut buf, 2, self.subject_number());
        buf[len] = b'.';
        len = write_number(&mut buf, len + 1, self.detail());
        CodeStr {
            buf,
            len: len as u8,
        }
    }
}

const fn write_number(buf: &mut [u8; 11], at: usize, n: u16) -> usize {
    let mut at = at;
    if n >= 100 {
        buf[at] = b'0' + (n / 100) as u8;
        at += 1;
    }
    if n >= 10 {
        buf[at] = b'0' + (n / 10 % 10) as u8;
        at += 1;
    }
    buf[at] = b'0' + (n % 10) as u8;
    at + 1
}

/// A code written out as text in a fixed 11-byte buffer (the longest is `5.999.999`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CodeStr {
    buf: [u8; 11],
    len: u8,
}

impl CodeStr {
    /// The text.
    ///
    /// ```
    /// let code = ndr_codes::Code::from_key(4_004_007).unwrap();
    /// assert_eq!(code.to_code_str().as_str(), "4.4.7");
    /// ```
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and dots are ever written into the buffer.
        core::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl core::ops::Deref for CodeStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for CodeStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.to_code_str().as_str())
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Code({self})")
    }
}

impl FromStr for Code {
    type Err = ParseError;
    #[inline]
    fn from_str(s: &str) -> Result<Code, ParseError> {
        Code::parse_bytes(s.as_bytes())
    }
}

impl TryFrom<&str> for Code {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Code, ParseError> {
        Code::parse_bytes(s.as_bytes())
    }
}

impl TryFrom<&[u8]> for Code {
    type Error = ParseError;
    fn try_from(bytes: &[u8]) -> Result<Code, ParseError> {
        Code::parse_bytes(bytes)
    }
}

impl From<Status> for Code {
    fn from(status: Status) -> Code {
        status.code()
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    #[test]
    fn grammar() {
        for good in ["2.0.0", "5.1.1", "4.4.7", "5.7.606", "5.999.999", "4.0.10"] {
            let code: Code = good.parse().unwrap();
            assert_eq!(code.to_string(), good);
        }
        let cases = [
            ("", ParseErrorKind::Empty, 0),
            ("3.1.1", ParseErrorKind::BadClass, 0),
            ("5", ParseErrorKind::BadClass, 1),
            ("51.1", ParseErrorKind::BadClass, 1),
            ("5.", ParseErrorKind::BadSubject, 2),
            ("5.01.1", ParseErrorKind::BadSubject, 2),
            ("5.1000.1", ParseErrorKind::BadSubject, 2),
            ("5.1", ParseErrorKind::BadSubject, 3),
            ("5.1.", ParseErrorKind::BadDetail, 4),
            ("5.1.01", ParseErrorKind::BadDetail, 4),
            ("5.1.1000", ParseErrorKind::BadDetail, 4),
            ("5.1.1.", ParseErrorKind::TrailingInput, 5),
            ("5.1.1 ", ParseErrorKind::TrailingInput, 5),
            (" 5.1.1", ParseErrorKind::BadClass, 0),
        ];
        for (input, kind, position) in cases {
            let err = input.parse::<Code>().unwrap_err();
            assert_eq!((err.kind(), err.position()), (kind, position), "{input:?}");
        }
    }

    #[test]
    fn u32_round_trip() {
        for key in [2_000_000, 5_001_001, 4_999_999, 5_007_606] {
            assert_eq!(Code::from_key(key).unwrap().key(), key);
        }
        for bad in [0, 1_001_001, 3_000_000, 6_000_000, u32::MAX] {
            assert_eq!(Code::from_key(bad), None);
        }
    }
}
