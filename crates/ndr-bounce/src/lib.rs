//! Reading bounce messages (non-delivery reports): per failed recipient the enhanced status
//! code, the reason, the remote server's words and what to do, from the same catalog as
//! [`ndr_codes`].
//!
//! ```
//! let raw = b"From: MAILER-DAEMON@example.org\r\nTo: sender@example.com\r\n\
//! Subject: Undelivered Mail Returned to Sender\r\n\r\n\
//! <kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1\r\n\
//!     <kijitora@example.jp>: Recipient address rejected: User unknown\r\n";
//! let bounce = ndr_bounce::parse(raw)?;
//! assert_eq!(bounce.kind(), ndr_bounce::Kind::Failure);
//! let r = &bounce.recipients()[0];
//! assert_eq!(r.address(), "kijitora@example.jp");
//! assert_eq!(r.code().map(|c| c.to_string()).as_deref(), Some("5.1.1"));
//! assert_eq!(r.reason(), ndr_codes::Reason::UserUnknown);
//! assert!(r.is_hard());
//! # Ok::<(), ndr_bounce::Error>(())
//! ```
//!
//! # How a message is read
//! 1. The MIME structure through [`mailparse`] 0.18. It was chosen because it builds on the
//!    project's MSRV (1.89), is maintained, borrows the input instead of copying it, and
//!    decodes a part only when asked, so a 50 MB attachment costs nothing. (`mail-parser` 1.x
//!    needs a newer Rust; its 0.11 decodes every part eagerly.) Licence 0BSD.
//! 2. Readers, most reliable first: an RFC 5965 feedback report; RFC 3464 delivery-status
//!    fields (in a `message/delivery-status` part or pasted into text); the general text
//!    reader ([`Format::Text`] and the vendor shapes it knows); an RFC 3834 automatic reply;
//!    else [`Kind::NotBounce`].
//! 3. Per recipient, the code (see [`Recipient::code`]) and the reason, decided in one place
//!    from the diagnostic text, the code and the hosts.
//!
//! Everything is matched on raw bytes (charsets lie); text is decoded lossily for display.
//!
//! # Allocations
//! Reading a message allocates the strings and vectors of its result, what mailparse makes
//! underneath (the header fields; the MIME tree only for a multipart message; the decoded
//! text of the encoded parts and header words that are read), and nothing else once a
//! thread's working buffers have grown to its messages: the readers pass slices of the
//! message around and make each result string once. `tests/allocations.rs` counts it over
//! the corpus; BENCHMARKS.md has the figures.

mod assemble;
mod bytes;
mod classify;
mod code;
mod command;
mod detect;
mod dsn;
mod error;
mod feedback;
mod html;
mod message;
mod model;
mod original;
pub mod read;
mod reason;
mod recipient;
mod scratch;
mod ses;
mod text;
mod text_bounce;

pub use classify::{Classification, Context, classify, classify_with};
pub use error::Error;
pub use model::{Action, Bounce, Format, Kind, Original, Recipient, StatusSource, Warning};
pub use read::{Messages, ReadError, read};
pub use reason::is_hard;

use message::Message;

/// Messages larger than this are refused with [`Error::TooLarge`] (bounces rarely exceed a few
/// megabytes; this leaves room for a returned message with large attachments).
pub const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// Reads one message.
///
/// `Err` only for input that is not a message at all (empty, no header block, over
/// [`MAX_MESSAGE_BYTES`]). A message that is not a bounce is `Ok` with [`Kind::NotBounce`];
/// broken MIME is read as far as it goes and noted in [`Bounce::warnings`].
pub fn parse(raw: &[u8]) -> Result<Bounce, Error> {
    let (data, warnings) = message::check(raw)?;
    let message = Message::read(&data, warnings);
    Ok(assemble::bounce(message))
}

#[cfg(test)]
mod tests;
