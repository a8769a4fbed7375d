//! The subject: the second number of a code.

/// The subjects RFC 3463 defines (0 to 7). A [`Code`](crate::Code) may carry another
/// subject number; [`Code::subject`](crate::Code::subject) then gives `None`.
///
/// The catalog's text for each subject is in [`Subject::title`] and [`Subject::description`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
#[repr(u8)]
pub enum Subject {
    /// `X.0.X`: other or undefined status.
    Other = 0,
    /// `X.1.X`: addressing status.
    Addressing = 1,
    /// `X.2.X`: mailbox status.
    Mailbox = 2,
    /// `X.3.X`: mail system status.
    MailSystem = 3,
    /// `X.4.X`: network and routing status.
    Network = 4,
    /// `X.5.X`: mail delivery protocol status.
    Protocol = 5,
    /// `X.6.X`: message content or media status.
    Content = 6,
    /// `X.7.X`: security or policy status.
    Security = 7,
}

impl Subject {
    /// Every subject, in order.
    pub const ALL: [Subject; 8] = [
        Subject::Other,
        Subject::Addressing,
        Subject::Mailbox,
        Subject::MailSystem,
        Subject::Network,
        Subject::Protocol,
        Subject::Content,
        Subject::Security,
    ];

    /// The subject with this number, if it is 0 to 7.
    ///
    /// ```
    /// use ndr_codes::Subject;
    /// assert_eq!(Subject::from_number(1), Some(Subject::Addressing));
    /// assert_eq!(Subject::from_number(8), None);
    /// ```
    pub const fn from_number(number: u16) -> Option<Subject> {
        if number < 8 {
            Some(Subject::ALL[number as usize])
        } else {
            None
        }
    }

    /// The number: 0 to 7.
    ///
    /// ```
    /// assert_eq!(ndr_codes::Subject::Security.number(), 7);
    /// ```
    pub const fn number(self) -> u16 {
        self as u16
    }
}

impl core::fmt::Display for Subject {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}", self.number())
    }
}
