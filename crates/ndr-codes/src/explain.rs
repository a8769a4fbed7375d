//! `Explanation`: an answer for every well-formed code, from the closest catalog entry.

use crate::{Class, Code, Status, Subject};

/// Where an [`Explanation`] found its answer, from the most to the least precise.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub enum Level {
    /// The catalog has an entry for the code itself (or a range that holds it).
    Exact,
    /// No entry for the code, but one for the same subject.detail in the other failure
    /// class (4.1.1 explained by 5.1.1): the meaning is the same, the permanence is not.
    OtherClass,
    /// Only the subject (0 to 7) is known.
    Subject,
    /// Only the class is known (the subject is not one of 0 to 7).
    Class,
}

impl Level {
    /// `"exact"`, `"other-class"`, `"subject"` or `"class"`.
    ///
    /// ```
    /// assert_eq!(ndr_codes::Level::OtherClass.as_str(), "other-class");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Exact => "exact",
            Level::OtherClass => "other-class",
            Level::Subject => "subject",
            Level::Class => "class",
        }
    }
}

impl core::fmt::Display for Level {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.pad(self.as_str())
    }
}

/// What the catalog says about a code, from the closest entry it has.
///
/// The search goes: the exact entry; else the same subject.detail in the other failure class;
/// else the subject; else the class.
///
/// ```
/// use ndr_codes::{Code, Level, Status};
///
/// let exact = "5.1.1".parse::<Code>()?.explain();
/// assert_eq!(exact.level(), Level::Exact);
/// assert_eq!(exact.status(), Some(Status::BadDestinationMailbox));
///
/// let by_class = "5.9.1".parse::<Code>()?.explain();
/// assert_eq!(by_class.level(), Level::Class);
/// assert_eq!(by_class.title(), "Permanent failure");
/// # Ok::<(), ndr_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Explanation {
    code: Code,
    level: Level,
    status: Option<Status>,
}

/// Every accessor at once:
///
/// ```
/// use ndr_codes::{Class, Code, Level, Subject};
///
/// let code: Code = "4.1.1".parse().unwrap();
/// let explanation = code.explain();
/// assert_eq!(explanation.code(), code);
/// assert_eq!(explanation.class(), Class::TransientFailure);
/// assert_eq!(explanation.subject(), Some(Subject::Addressing));
/// let status = explanation.status().unwrap();
/// assert_eq!(explanation.title(), status.title());
/// assert_eq!(explanation.description(), status.description());
/// assert_eq!(explanation.remedy(), Some(status.remedy()));
/// assert!(matches!(explanation.level(), Level::Exact | Level::OtherClass));
/// ```
impl Explanation {
    pub(crate) const fn of(code: Code) -> Explanation {
        if let Some(status) = Status::from_code(code) {
            return Explanation {
                code,
                level: Level::Exact,
                status: Some(status),
            };
        }
        if let Some(other) = code.class().other_failure()
            && let Some(status) = Status::from_code(code.with_class(other))
        {
            return Explanation {
                code,
                level: Level::OtherClass,
                status: Some(status),
            };
        }
        let level = if code.subject().is_some() {
            Level::Subject
        } else {
            Level::Class
        };
        Explanation {
            code,
            level,
            status: None,
        }
    }

    /// The code that was explained.
    pub const fn code(&self) -> Code {
        self.code
    }

    /// Where the answer came from.
    pub const fn level(&self) -> Level {
        self.level
    }

    /// The entry used, at the levels [`Level::Exact`] and [`Level::OtherClass`].
    pub const fn status(&self) -> Option<Status> {
        self.status
    }

    /// The code's class.
    pub const fn class(&self) -> Class {
        self.code.class()
    }

    /// The code's subject, if it is one of 0 to 7.
    pub const fn subject(&self) -> Option<Subject> {
        self.code.subject()
    }

    /// The title of the entry, subject or class the answer came from.
    pub const fn title(&self) -> &'static str {
        match (self.status, self.subject()) {
            (Some(status), _) => status.title(),
            (None, Some(subject)) => subject.title(),
            (None, None) => self.class().title(),
        }
    }

    /// The description of the entry, subject or class the answer came from.
    pub const fn description(&self) -> &'static str {
        match (self.status, self.subject()) {
            (Some(status), _) => status.description(),
            (None, Some(subject)) => subject.description(),
            (None, None) => self.class().description(),
        }
    }

    /// The remedy of the entry used, if the answer came from an entry.
    pub const fn remedy(&self) -> Option<&'static str> {
        match self.status {
            Some(status) => Some(status.remedy()),
            None => None,
        }
    }
}
