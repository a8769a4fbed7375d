//! The result of reading a message: [`Bounce`] and its [`Recipient`]s.

use ndr_codes::{Code, Reason, Status};

/// What kind of message was read.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Kind {
    /// Delivery failed for at least one recipient.
    Failure,
    /// Delivery is delayed; the sending system is still trying.
    Delay,
    /// A success notification (delivered, relayed or expanded).
    Delivered,
    /// An RFC 5965 (ARF) feedback report, such as a spam complaint.
    Feedback,
    /// An RFC 3834 automatic reply, such as an out-of-office message.
    AutoReply,
    /// Not a bounce, report or automatic reply at all.
    NotBounce,
}

impl Kind {
    /// The kebab-case identifier: `failure`, `delay`, `delivered`, `feedback`, `auto-reply`,
    /// `not-bounce`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Failure => "failure",
            Kind::Delay => "delay",
            Kind::Delivered => "delivered",
            Kind::Feedback => "feedback",
            Kind::AutoReply => "auto-reply",
            Kind::NotBounce => "not-bounce",
        }
    }
}

/// Which reader understood the message.
#[non_exhaustive]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Format {
    /// An RFC 3464 delivery status notification (`multipart/report`), from any MTA.
    Rfc3464,
    /// An RFC 5965 Abuse Reporting Format feedback report.
    Arf,
    /// An RFC 3834 automatic reply.
    Rfc3834,
    /// Microsoft Exchange, Exchange Online or Outlook.com text NDR.
    Exchange,
    /// Exim's text bounce ("SMTP error from remote mail server after ...").
    Exim,
    /// qmail's text bounce (`<address>:` blocks, "said:" replies).
    Qmail,
    /// Postfix's or Sendmail's text bounce ("host X said: ...", "... User unknown").
    Sendmail,
    /// An Amazon SES bounce or complaint notification (JSON, delivered by Amazon SNS).
    AmazonSes,
    /// Another text bounce, read by the general text reader.
    Text,
    /// Nothing recognised: the message is not a bounce.
    None,
}

impl Format {
    /// The kebab-case identifier, such as `rfc3464` or `exim`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Rfc3464 => "rfc3464",
            Format::Arf => "arf",
            Format::Rfc3834 => "rfc3834",
            Format::Exchange => "exchange",
            Format::Exim => "exim",
            Format::Qmail => "qmail",
            Format::Sendmail => "sendmail",
            Format::AmazonSes => "amazon-ses",
            Format::Text => "text",
            Format::None => "none",
        }
    }
}

/// What the reporting system did for a recipient (the DSN `Action:` field, RFC 3464 2.3.3).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Action {
    /// Delivery failed.
    Failed,
    /// Delivery is delayed and will be retried.
    Delayed,
    /// Delivered.
    Delivered,
    /// Relayed to a system that does not send DSNs.
    Relayed,
    /// Delivered and forwarded to several addresses.
    Expanded,
}

impl Action {
    /// The lower-case identifier, as in the DSN field.
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delayed => "delayed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
            Action::Expanded => "expanded",
        }
    }

    /// The action named by a DSN `Action:` value (case-insensitive; `failure` is accepted too).
    pub fn from_bytes(value: &[u8]) -> Option<Action> {
        let v = crate::bytes::trim(value);
        let word_end = v
            .iter()
            .position(|b| !b.is_ascii_alphabetic())
            .unwrap_or(v.len());
        let word = &v[..word_end];
        let is = |w: &[u8]| word.eq_ignore_ascii_case(w);
        if is(b"failed") || is(b"failure") {
            Some(Action::Failed)
        } else if is(b"delayed") {
            Some(Action::Delayed)
        } else if is(b"delivered") || is(b"deliverable") {
            Some(Action::Delivered)
        } else if is(b"relayed") {
            Some(Action::Relayed)
        } else if is(b"expanded") {
            Some(Action::Expanded)
        } else {
            None
        }
    }
}

/// Where a recipient's [`Recipient::code`] came from.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum StatusSource {
    /// The DSN `Status:` field.
    DsnStatus,
    /// The remote server's reply (the DSN `Diagnostic-Code:` or the reply quoted in a text
    /// bounce), more specific than any `Status:` field.
    Diagnostic,
    /// Text of the bounce near the recipient, outside the server's reply.
    BodyText,
    /// Only the basic SMTP reply code (`550`) is known; [`Recipient::code`] is `None`.
    ReplyCode,
}

impl StatusSource {
    /// The kebab-case identifier: `dsn-status`, `diagnostic`, `body-text`, `reply-code`.
    pub const fn as_str(self) -> &'static str {
        match self {
            StatusSource::DsnStatus => "dsn-status",
            StatusSource::Diagnostic => "diagnostic",
            StatusSource::BodyText => "body-text",
            StatusSource::ReplyCode => "reply-code",
        }
    }
}

/// Headers of the returned (original) message, decoded for display.
#[derive(Clone, Default, PartialEq, Eq, Debug)]
pub struct Original {
    /// `Message-ID`.
    pub message_id: Option<String>,
    /// `From`.
    pub from: Option<String>,
    /// `To`.
    pub to: Option<String>,
    /// `Subject`.
    pub subject: Option<String>,
    /// `Date`.
    pub date: Option<String>,
}

/// Something odd about the message that did not stop it from being read.
#[non_exhaustive]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Warning {
    /// The MIME structure could not be read (nesting over the limit or malformed headers);
    /// the body was read as plain text.
    MimeUnreadable,
    /// A multipart body whose boundary never appears; read as one text part.
    MissingBoundary,
    /// Lines end in a bare CR; they were read as line ends.
    BareCarriageReturns,
    /// The message holds NUL bytes.
    NulBytes,
    /// A bounce without any recipient the reader could identify.
    NoRecipients,
}

impl Warning {
    /// A short explanation.
    pub const fn as_str(self) -> &'static str {
        match self {
            Warning::MimeUnreadable => {
                "MIME structure unreadable (too deeply nested or malformed); read as plain text"
            }
            Warning::MissingBoundary => {
                "multipart boundary never appears; body read as one text part"
            }
            Warning::BareCarriageReturns => "lines end in bare CR; read as line ends",
            Warning::NulBytes => "message contains NUL bytes",
            Warning::NoRecipients => "looks like a bounce but no failed recipient was found",
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A message read by [`crate::parse`].
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Bounce {
    pub(crate) kind: Kind,
    pub(crate) format: Format,
    pub(crate) reporting_mta: Option<String>,
    pub(crate) original: Original,
    pub(crate) recipients: Vec<Recipient>,
    pub(crate) warnings: Vec<Warning>,
}

impl Bounce {
    /// What kind of message this is.
    pub fn kind(&self) -> Kind {
        self.kind
    }
    /// Which reader understood it.
    pub fn format(&self) -> Format {
        self.format
    }
    /// The system that wrote the report (DSN `Reporting-MTA:`), where known.
    pub fn reporting_mta(&self) -> Option<&str> {
        self.reporting_mta.as_deref()
    }
    /// Headers of the returned message, where present.
    pub fn original(&self) -> &Original {
        &self.original
    }
    /// The recipients the report is about, in message order.
    pub fn recipients(&self) -> &[Recipient] {
        &self.recipients
    }
    /// What was odd about the message.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }
}

/// One recipient of a report: what happened and why.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Recipient {
    pub(crate) address: String,
    pub(crate) original_address: Option<String>,
    pub(crate) action: Option<Action>,
    pub(crate) code: Option<Code>,
    pub(crate) status_source: Option<StatusSource>,
    pub(crate) reply_code: Option<u16>,
    pub(crate) diagnostic: String,
    pub(crate) remote_mta: Option<String>,
    pub(crate) command: Option<&'static str>,
    pub(crate) reason: Reason,
    pub(crate) rule: &'static str,
    pub(crate) hard: bool,
}

impl Recipient {
    /// The recipient address (DSN `Final-Recipient:`, or as a text bounce names it).
    pub fn address(&self) -> &str {
        &self.address
    }
    /// The address as originally given (DSN `Original-Recipient:`), where present.
    pub fn original_address(&self) -> Option<&str> {
        self.original_address.as_deref()
    }
    /// What the reporting system did, where it says.
    pub fn action(&self) -> Option<Action> {
        self.action
    }
    /// The most specific enhanced status code the message supports; never invented.
    pub fn code(&self) -> Option<Code> {
        self.code
    }
    /// The catalog entry of [`Recipient::code`], where the catalog has one.
    pub fn status(&self) -> Option<Status> {
        self.code.and_then(Code::status)
    }
    /// Where the code came from (or `ReplyCode` when only a basic reply code is known).
    pub fn status_source(&self) -> Option<StatusSource> {
        self.status_source
    }
    /// The basic SMTP reply code (`550`, `421`, ...), where known.
    pub fn reply_code(&self) -> Option<u16> {
        self.reply_code
    }
    /// The remote server's words (or the bounce's own words), unfolded into one line.
    pub fn diagnostic(&self) -> &str {
        &self.diagnostic
    }
    /// The remote server that answered (DSN `Remote-MTA:` or named in the text), where known.
    pub fn remote_mta(&self) -> Option<&str> {
        self.remote_mta.as_deref()
    }
    /// The SMTP command that failed (`RCPT`, `DATA`, `MAIL`, ...), where known.
    pub fn command(&self) -> Option<&str> {
        self.command
    }
    /// Why delivery failed.
    pub fn reason(&self) -> Reason {
        self.reason
    }
    /// Which rule decided [`Recipient::reason`].
    pub fn rule(&self) -> &'static str {
        self.rule
    }
    /// A hard bounce: permanent, and the address itself is bad (see [`crate::is_hard`]).
    pub fn is_hard(&self) -> bool {
        self.hard
    }
}
