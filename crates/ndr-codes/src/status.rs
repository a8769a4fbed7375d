//! `Status`: the catalog's entries as an enum. The variants and the per-entry tables are
//! generated from catalog.yaml by build.rs; this file adds what is the same for every entry.

use core::{fmt, str::FromStr};

use crate::code::short_form;
use crate::{Class, Code, ParseError, ParseErrorKind, Subject};

mod generated {
    #![allow(clippy::all, clippy::pedantic)]
    use crate::{Actor, Class, Meaning, Origin, Subject};
    include!(concat!(env!("OUT_DIR"), "/catalog.rs"));
}

pub use generated::{Reason, Status};

impl Status {
    /// The key: `class * 1_000_000 + subject * 1_000 + detail` of the entry's (first) code,
    /// which is also its discriminant, its `NDR_STATUS_*` value in C and its value in Python.
    ///
    /// ```
    /// use ndr_codes::Status;
    /// assert_eq!(Status::BadDestinationMailbox.key(), 5_001_001);
    /// assert_eq!(Status::from_key(Status::BannedSendingIp.key()), Some(Status::BannedSendingIp));
    /// ```
    pub const fn key(self) -> u32 {
        self as u32
    }

    /// The entry's (first) code.
    ///
    /// ```
    /// use ndr_codes::Status;
    /// assert_eq!(Status::BadDestinationMailbox.code().to_string(), "5.1.1");
    /// ```
    pub const fn code(self) -> Code {
        match Code::from_key(self as u32) {
            Some(code) => code,
            None => panic!("catalog discriminants are well-formed codes"),
        }
    }

    /// The class: success, transient or permanent failure.
    ///
    /// ```
    /// use ndr_codes::{Class, Status};
    /// assert_eq!(Status::BadDestinationMailbox.class(), Class::PermanentFailure);
    /// ```
    pub const fn class(self) -> Class {
        self.code().class()
    }

    /// The subject (the catalog only holds subjects 0 to 7).
    ///
    /// ```
    /// use ndr_codes::{Status, Subject};
    /// assert_eq!(Status::BadDestinationMailbox.subject(), Subject::Addressing);
    /// ```
    pub const fn subject(self) -> Subject {
        match self.code().subject() {
            Some(subject) => subject,
            None => Subject::Other,
        }
    }

    /// Whether the class is 2 (see [`Class::is_success`]).
    ///
    /// ```
    /// assert!(ndr_codes::Status::Success.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        self.class().is_success()
    }

    /// Whether the class is 4 (see [`Class::is_transient`]).
    ///
    /// ```
    /// assert!(ndr_codes::Status::DeliveryTimeExpired.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.class().is_transient()
    }

    /// Whether the class is 5 (see [`Class::is_permanent`]).
    ///
    /// ```
    /// assert!(ndr_codes::Status::BadDestinationMailbox.is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.class().is_permanent()
    }

    /// Whether the entry covers a detail range such as `5.7.606-649`.
    ///
    /// ```
    /// use ndr_codes::Status;
    /// assert!(Status::BannedSendingIp.is_range());
    /// assert!(!Status::BadDestinationMailbox.is_range());
    /// ```
    pub const fn is_range(self) -> bool {
        self.last_detail() != self.code().detail()
    }

    /// Whether `code` falls under this entry's code or detail range.
    ///
    /// ```
    /// use ndr_codes::{Code, Status};
    /// let code: Code = "5.7.620".parse().unwrap();
    /// assert!(Status::BannedSendingIp.contains(code));
    /// ```
    pub const fn contains(self, code: Code) -> bool {
        let first = self.code();
        first.key() <= code.key()
            && code.key() <= first.key() + (self.last_detail() - first.detail()) as u32
    }

    /// The entry for a code: the exact entry, else the range that holds it.
    ///
    /// ```
    /// use ndr_codes::{Code, Status};
    /// assert_eq!(Status::from_code("5.1.1".parse().unwrap()), Some(Status::BadDestinationMailbox));
    /// assert_eq!(Status::from_code("5.1.999".parse().unwrap()), None);
    /// ```
    #[inline]
    pub const fn from_code(code: Code) -> Option<Status> {
        Status::lookup_key(code.key())
    }

    /// The status whose key is exactly `key` (`5_001_001` for 5.1.1; see [`Status::key`]).
    /// Unlike [`Status::from_code`], a code inside a range that is not its first gives `None`.
    ///
    /// ```
    /// use ndr_codes::Status;
    /// assert_eq!(Status::from_key(5_001_001), Some(Status::BadDestinationMailbox));
    /// assert_eq!(Status::from_key(5_007_620), None); // inside 5.7.606-649, not its first
    /// assert_eq!(Status::from_key(7), None);
    /// ```
    pub const fn from_key(key: u32) -> Option<Status> {
        match Status::lookup_key(key) {
            Some(status) if status as u32 == key => Some(status),
            _ => None,
        }
    }

    /// The entry that lists an Exchange diagnostic token such as
    /// `RESOLVER.ADR.RecipNotFound`; ASCII case is ignored.
    ///
    /// ```
    /// use ndr_codes::Status;
    /// assert_eq!(
    ///     Status::from_diagnostic("resolver.adr.recipnotfound"),
    ///     Some(Status::BadDestinationMailbox)
    /// );
    /// assert_eq!(Status::from_diagnostic("NO.SUCH.Token"), None);
    /// ```
    pub fn from_diagnostic(token: &str) -> Option<Status> {
        let table = &generated::DIAGNOSTIC_TOKENS;
        table
            .binary_search_by(|(known, _)| {
                let known = known.bytes();
                let wanted = token.bytes().map(|b| b.to_ascii_lowercase());
                known.cmp(wanted)
            })
            .ok()
            .map(|i| table[i].1)
    }

    /// Parses a code and gives its entry, as [`FromStr`] does, from bytes.
    ///
    /// ```
    /// use ndr_codes::{ParseErrorKind, Status};
    /// assert_eq!(Status::parse_bytes(b"5.1.1"), Ok(Status::BadDestinationMailbox));
    /// assert_eq!(Status::parse_bytes(b"5.1.999").unwrap_err().kind(), ParseErrorKind::Unknown);
    /// ```
    #[inline]
    pub const fn parse_bytes(bytes: &[u8]) -> Result<Status, ParseError> {
        if let Some((class, subject, detail)) = short_form(bytes) {
            return match Status::from_parts(class, subject, detail) {
                Some(status) => Ok(status),
                None => Err(ParseError::new(ParseErrorKind::Unknown, 0)),
            };
        }
        match Code::parse_bytes(bytes) {
            Ok(code) => match Status::from_code(code) {
                Some(status) => Ok(status),
                None => Err(ParseError::new(ParseErrorKind::Unknown, 0)),
            },
            Err(err) => Err(err),
        }
    }
}

impl fmt::Display for Status {
    /// Writes the (first) code: `5.1.1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Status {
    type Err = ParseError;
    #[inline]
    fn from_str(s: &str) -> Result<Status, ParseError> {
        Status::parse_bytes(s.as_bytes())
    }
}

impl TryFrom<&str> for Status {
    type Error = ParseError;
    fn try_from(s: &str) -> Result<Status, ParseError> {
        Status::parse_bytes(s.as_bytes())
    }
}

impl TryFrom<Code> for Status {
    type Error = ParseError;
    fn try_from(code: Code) -> Result<Status, ParseError> {
        Status::from_code(code).ok_or(ParseError::new(ParseErrorKind::Unknown, 0))
    }
}

impl From<Status> for u32 {
    fn from(status: Status) -> u32 {
        status as u32
    }
}

impl Reason {
    /// The reason with this kebab-case identifier.
    ///
    /// ```
    /// use ndr_codes::Reason;
    /// assert_eq!(Reason::from_id("user-unknown"), Some(Reason::UserUnknown));
    /// ```
    pub fn from_id(id: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.as_str() == id)
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}
