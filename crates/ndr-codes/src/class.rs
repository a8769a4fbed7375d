//! The class: the first number of a code.

/// The class of a code: success (2), transient failure (4) or permanent failure (5).
///
/// The catalog's text for each class is in [`Class::title`] and [`Class::description`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[repr(u8)]
pub enum Class {
    /// `2.X.X`: the action was completed.
    Success = 2,
    /// `4.X.X`: persistent transient failure; the sender's server retries.
    TransientFailure = 4,
    /// `5.X.X`: permanent failure; retrying unchanged fails again.
    PermanentFailure = 5,
}

impl Class {
    /// The class with this number, if it is 2, 4 or 5.
    ///
    /// ```
    /// use ndr_codes::Class;
    /// assert_eq!(Class::from_number(4), Some(Class::TransientFailure));
    /// assert_eq!(Class::from_number(3), None);
    /// ```
    pub const fn from_number(number: u8) -> Option<Class> {
        match number {
            2 => Some(Class::Success),
            4 => Some(Class::TransientFailure),
            5 => Some(Class::PermanentFailure),
            _ => None,
        }
    }

    /// The number: 2, 4 or 5.
    ///
    /// ```
    /// assert_eq!(ndr_codes::Class::PermanentFailure.number(), 5);
    /// ```
    pub const fn number(self) -> u8 {
        self as u8
    }

    /// Whether this is class 2: the action was completed.
    ///
    /// ```
    /// assert!(ndr_codes::Class::Success.is_success());
    /// ```
    pub const fn is_success(self) -> bool {
        matches!(self, Class::Success)
    }

    /// Whether this is class 4: the sender's server should retry.
    ///
    /// ```
    /// assert!(ndr_codes::Class::TransientFailure.is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        matches!(self, Class::TransientFailure)
    }

    /// Whether this is class 5: retrying unchanged fails again.
    ///
    /// ```
    /// assert!(ndr_codes::Class::PermanentFailure.is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        matches!(self, Class::PermanentFailure)
    }

    /// The other failure class: 4 for 5 and 5 for 4; success has none.
    ///
    /// ```
    /// use ndr_codes::Class;
    /// assert_eq!(Class::TransientFailure.other_failure(), Some(Class::PermanentFailure));
    /// assert_eq!(Class::Success.other_failure(), None);
    /// ```
    pub const fn other_failure(self) -> Option<Class> {
        match self {
            Class::Success => None,
            Class::TransientFailure => Some(Class::PermanentFailure),
            Class::PermanentFailure => Some(Class::TransientFailure),
        }
    }
}

impl core::fmt::Display for Class {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self.number())
    }
}
