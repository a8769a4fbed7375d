//! `ndr_bounce_*`: reading a bounce message (`ndr_bounce::parse`) from C.
//!
//! A parsed message is an opaque `ndr_bounce` that C frees with `ndr_bounce_free`. Every
//! string a bounce hands out points into it: the text is copied once, at parse time, with a
//! NUL after it, so C gets both a C string and its length (the length counts the bytes before
//! the added NUL; text from a message may hold NUL bytes itself). Identifiers (kind, format,
//! reason, rule, action, where the code came from) are static instead.

use core::ffi::c_char;
use core::ptr;

use ndr_bounce::{Bounce, Error, Recipient};

use super::boundary::{bytes, guard, guard_result, out_param, write};
use super::interned::c_str;
use super::result::NdrResult;

/// Text owned by a bounce: the bytes, then a NUL.
struct Text(Box<[u8]>);

impl Text {
    fn new(text: &str) -> Text {
        let mut owned = Vec::with_capacity(text.len() + 1);
        owned.extend_from_slice(text.as_bytes());
        owned.push(0);
        Text(owned.into_boxed_slice())
    }

    fn ptr(&self) -> *const c_char {
        self.0.as_ptr().cast()
    }

    /// The length without the NUL.
    fn len(&self) -> usize {
        self.0.len().saturating_sub(1)
    }
}

/// An optional text as a pointer (NULL when absent) and a length (0 when absent).
fn optional(text: Option<&Text>) -> (*const c_char, usize) {
    text.map_or((ptr::null(), 0), |t| (t.ptr(), t.len()))
}

fn optional_text(text: Option<&str>) -> Option<Text> {
    text.map(Text::new)
}

/// The texts of one recipient, copied with their NULs.
struct RecipientTexts {
    address: Text,
    original_address: Option<Text>,
    diagnostic: Text,
    remote_mta: Option<Text>,
    command: Option<Text>,
}

impl RecipientTexts {
    fn new(recipient: &Recipient) -> RecipientTexts {
        RecipientTexts {
            address: Text::new(recipient.address()),
            original_address: optional_text(recipient.original_address()),
            diagnostic: Text::new(recipient.diagnostic()),
            remote_mta: optional_text(recipient.remote_mta()),
            command: optional_text(recipient.command()),
        }
    }
}

/// The headers of the returned message, copied with their NULs.
struct OriginalTexts {
    message_id: Option<Text>,
    from: Option<Text>,
    to: Option<Text>,
    subject: Option<Text>,
    date: Option<Text>,
}

/// A parsed message (opaque to C: `typedef struct ndr_bounce ndr_bounce;`).
pub struct NdrBounce {
    bounce: Bounce,
    reporting_mta: Option<Text>,
    original: OriginalTexts,
    recipients: Vec<RecipientTexts>,
}

impl NdrBounce {
    fn new(bounce: Bounce) -> NdrBounce {
        let original = bounce.original();
        let original = OriginalTexts {
            message_id: optional_text(original.message_id.as_deref()),
            from: optional_text(original.from.as_deref()),
            to: optional_text(original.to.as_deref()),
            subject: optional_text(original.subject.as_deref()),
            date: optional_text(original.date.as_deref()),
        };
        NdrBounce {
            reporting_mta: optional_text(bounce.reporting_mta()),
            original,
            recipients: bounce
                .recipients()
                .iter()
                .map(RecipientTexts::new)
                .collect(),
            bounce,
        }
    }
}

/// One recipient of a bounce, as `ndr_bounce_recipient` gives it.
///
/// The text pointers point into the bounce and stay valid until `ndr_bounce_free`; each comes
/// with its length in bytes (without the terminating NUL). The identifiers (`reason`, `rule`,
/// `action`, `status_source`) are static strings that never need freeing.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NdrRecipient {
    /// The recipient address (DSN Final-Recipient, or as the text bounce names it); never NULL.
    pub address: *const c_char,
    /// Length of `address` in bytes.
    pub address_len: usize,
    /// The address as originally given (DSN Original-Recipient); NULL when absent.
    pub original_address: *const c_char,
    /// Length of `original_address` in bytes (0 when absent).
    pub original_address_len: usize,
    /// What the reporting system did: "failed", "delayed", "delivered", "relayed" or
    /// "expanded"; NULL when the message does not say.
    pub action: *const c_char,
    /// The most specific enhanced status code the message supports, as a code key
    /// (class*1000000 + subject*1000 + detail, for ndr_explain); 0 when the message has none.
    pub code: u32,
    /// The catalog entry of `code` (an NDR_STATUS_* value); 0 when there is no code or the
    /// catalog has no entry for it.
    pub status: u32,
    /// Where `code` came from: "dsn-status", "diagnostic", "body-text" or "reply-code" (only
    /// the basic reply code is known); NULL when nothing was found.
    pub status_source: *const c_char,
    /// The basic SMTP reply code (550, 421, ...); 0 when none is known.
    pub reply_code: u16,
    /// Whether this is a hard bounce: permanent, and the address itself is bad.
    pub hard: bool,
    /// Why delivery failed: the reason id ("user-unknown", "mailbox-full", ...); never NULL.
    pub reason: *const c_char,
    /// The id of the rule that decided `reason`; never NULL.
    pub rule: *const c_char,
    /// The remote server's words (or the bounce's own), unfolded into one line; never NULL,
    /// "" when the message gives none.
    pub diagnostic: *const c_char,
    /// Length of `diagnostic` in bytes.
    pub diagnostic_len: usize,
    /// The remote server that answered; NULL when unknown.
    pub remote_mta: *const c_char,
    /// Length of `remote_mta` in bytes (0 when unknown).
    pub remote_mta_len: usize,
    /// The SMTP command that failed ("RCPT", "DATA", ...); NULL when unknown.
    pub command: *const c_char,
    /// Length of `command` in bytes (0 when unknown).
    pub command_len: usize,
}

impl NdrRecipient {
    fn new(recipient: &Recipient, texts: &RecipientTexts) -> NdrRecipient {
        let (original_address, original_address_len) = optional(texts.original_address.as_ref());
        let (remote_mta, remote_mta_len) = optional(texts.remote_mta.as_ref());
        let (command, command_len) = optional(texts.command.as_ref());
        NdrRecipient {
            address: texts.address.ptr(),
            address_len: texts.address.len(),
            original_address,
            original_address_len,
            action: recipient
                .action()
                .map_or(ptr::null(), |a| c_str(a.as_str()).as_ptr()),
            code: recipient.code().map_or(0, |c| c.key()),
            status: recipient.status().map_or(0, u32::from),
            status_source: recipient
                .status_source()
                .map_or(ptr::null(), |s| c_str(s.as_str()).as_ptr()),
            reply_code: recipient.reply_code().unwrap_or(0),
            hard: recipient.is_hard(),
            reason: c_str(recipient.reason().as_str()).as_ptr(),
            rule: c_str(recipient.rule()).as_ptr(),
            diagnostic: texts.diagnostic.ptr(),
            diagnostic_len: texts.diagnostic.len(),
            remote_mta,
            remote_mta_len,
            command,
            command_len,
        }
    }
}

/// The headers of the message a bounce returns, as `ndr_bounce_original` gives them. Each
/// pointer is NULL when the header is absent (its length then 0), else points into the bounce
/// and stays valid until `ndr_bounce_free`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NdrOriginal {
    /// Message-ID.
    pub message_id: *const c_char,
    /// Length of `message_id` in bytes.
    pub message_id_len: usize,
    /// From.
    pub from: *const c_char,
    /// Length of `from` in bytes.
    pub from_len: usize,
    /// To.
    pub to: *const c_char,
    /// Length of `to` in bytes.
    pub to_len: usize,
    /// Subject.
    pub subject: *const c_char,
    /// Length of `subject` in bytes.
    pub subject_len: usize,
    /// Date.
    pub date: *const c_char,
    /// Length of `date` in bytes.
    pub date_len: usize,
}

impl From<Error> for NdrResult {
    fn from(error: Error) -> NdrResult {
        match error {
            Error::Empty => NdrResult::NdrErrEmpty,
            Error::TooLarge { .. } => NdrResult::NdrErrMessageTooLarge,
            // Error is non_exhaustive: input refused for a reason added later is still "not a
            // message this library can read".
            _ => NdrResult::NdrErrNotMail,
        }
    }
}

/// The bounce behind a pointer from C, if it is not NULL.
///
/// # Safety
/// `bounce` must be NULL or a pointer from ndr_bounce_parse not yet freed.
unsafe fn get<'a>(bounce: *const NdrBounce) -> Option<&'a NdrBounce> {
    // SAFETY: the caller's promise: NULL or a live bounce.
    unsafe { bounce.as_ref() }
}

/// Reads the mail message in `msg` (`len` bytes, raw: any bytes, any line ends) and, on
/// NDR_OK, writes a new bounce to `*out`, which the caller frees with ndr_bounce_free.
///
/// Any message is NDR_OK, bounce or not (ndr_bounce_kind then says "not-bounce"), including
/// broken MIME, which is read as far as it goes (see ndr_bounce_warning). Errors are only for
/// input that is no message at all: NDR_ERR_EMPTY (empty or only whitespace), NDR_ERR_NOT_MAIL
/// (no header block at the start), NDR_ERR_MESSAGE_TOO_LARGE; and NDR_ERR_NULL,
/// NDR_ERR_TOO_LONG.
///
/// # Safety
/// Unless NULL or `len` is 0, `msg` must point to `len` readable bytes; `out` must be NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_parse(
    msg: *const u8,
    len: usize,
    out: *mut *mut NdrBounce,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise for msg and len.
        let msg = unsafe { bytes(msg, len) }?;
        let bounce = ndr_bounce::parse(msg)?;
        let handle = Box::into_raw(Box::new(NdrBounce::new(bounce)));
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, handle) };
        Ok(())
    })
}

/// Frees a bounce from ndr_bounce_parse, and every string it handed out. NULL does nothing.
///
/// # Safety
/// `bounce` must be NULL or a pointer from ndr_bounce_parse not yet freed; it must not be
/// used afterwards.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_free(bounce: *mut NdrBounce) {
    if bounce.is_null() {
        return;
    }
    guard((), || {
        // SAFETY: the caller's promise: a live bounce from Box::into_raw in ndr_bounce_parse,
        // freed once.
        drop(unsafe { Box::from_raw(bounce) });
    });
}

/// What kind of message it is: "failure", "delay", "delivered", "feedback" (an RFC 5965
/// report), "auto-reply" (RFC 3834) or "not-bounce". Static; NULL only for a NULL bounce.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_kind(bounce: *const NdrBounce) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: the caller's promise.
        unsafe { get(bounce) }.map_or(ptr::null(), |b| c_str(b.bounce.kind().as_str()).as_ptr())
    })
}

/// Which reader understood the message: "rfc3464", "arf", "exchange", "exim", ... ("none" for
/// a message that is not a bounce). Static; NULL only for a NULL bounce. New formats may be
/// added.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_format(bounce: *const NdrBounce) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: the caller's promise.
        unsafe { get(bounce) }.map_or(ptr::null(), |b| c_str(b.bounce.format().as_str()).as_ptr())
    })
}

/// The system that wrote the report (DSN Reporting-MTA), valid until the bounce is freed; NULL
/// when unknown or for a NULL bounce. When not NULL and `len` is not NULL, writes its length
/// in bytes to `*len`.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse; `len` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_reporting_mta(
    bounce: *const NdrBounce,
    len: *mut usize,
) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: the caller's promise.
        let Some(text) = unsafe { get(bounce) }.and_then(|b| b.reporting_mta.as_ref()) else {
            return ptr::null();
        };
        if !len.is_null() {
            // SAFETY: len is not NULL and the caller promises it is writable.
            unsafe { write(len, text.len()) };
        }
        text.ptr()
    })
}

/// How many recipients the message reports on; 0 for a NULL bounce or a message without any.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_recipient_count(bounce: *const NdrBounce) -> usize {
    guard(0, || {
        // SAFETY: the caller's promise.
        unsafe { get(bounce) }.map_or(0, |b| b.recipients.len())
    })
}

/// Writes recipient `index` (from 0, in message order) to `*out`.
///
/// Returns NDR_OK; NDR_ERR_NULL (bounce or out NULL); NDR_ERR_OUT_OF_RANGE (index not below
/// ndr_bounce_recipient_count).
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_recipient(
    bounce: *const NdrBounce,
    index: usize,
    out: *mut NdrRecipient,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise.
        let bounce = unsafe { get(bounce) }.ok_or(NdrResult::NdrErrNull)?;
        let recipient = bounce
            .bounce
            .recipients()
            .get(index)
            .zip(bounce.recipients.get(index))
            .map(|(r, texts)| NdrRecipient::new(r, texts))
            .ok_or(NdrResult::NdrErrOutOfRange)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, recipient) };
        Ok(())
    })
}

/// Writes the headers of the returned message (where the bounce includes them) to `*out`.
///
/// Returns NDR_OK or NDR_ERR_NULL.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse; `out` NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_original(
    bounce: *const NdrBounce,
    out: *mut NdrOriginal,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise.
        let texts = &unsafe { get(bounce) }
            .ok_or(NdrResult::NdrErrNull)?
            .original;
        let (message_id, message_id_len) = optional(texts.message_id.as_ref());
        let (from, from_len) = optional(texts.from.as_ref());
        let (to, to_len) = optional(texts.to.as_ref());
        let (subject, subject_len) = optional(texts.subject.as_ref());
        let (date, date_len) = optional(texts.date.as_ref());
        let original = NdrOriginal {
            message_id,
            message_id_len,
            from,
            from_len,
            to,
            to_len,
            subject,
            subject_len,
            date,
            date_len,
        };
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, original) };
        Ok(())
    })
}

/// How many warnings reading the message gave (odd things that did not stop it: broken MIME,
/// bare CR line ends, NUL bytes, ...); 0 for a NULL bounce.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_warning_count(bounce: *const NdrBounce) -> usize {
    guard(0, || {
        // SAFETY: the caller's promise.
        unsafe { get(bounce) }.map_or(0, |b| b.bounce.warnings().len())
    })
}

/// Warning `index` (from 0) as a static sentence; NULL past the end or for a NULL bounce.
///
/// # Safety
/// `bounce` must be NULL or a live pointer from ndr_bounce_parse.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_bounce_warning(
    bounce: *const NdrBounce,
    index: usize,
) -> *const c_char {
    guard(ptr::null(), || {
        // SAFETY: the caller's promise.
        unsafe { get(bounce) }
            .and_then(|b| b.bounce.warnings().get(index))
            .map_or(ptr::null(), |w| c_str(w.as_str()).as_ptr())
    })
}

/// The static C string at `ptr` (test helper for the modules that hand out identifiers).
#[cfg(test)]
pub(crate) fn read_static(ptr: *const c_char) -> Option<&'static str> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: the functions under test return NULL or static NUL-terminated strings.
    unsafe { core::ffi::CStr::from_ptr(ptr) }.to_str().ok()
}

#[cfg(test)]
mod tests {
    use std::{fs, path::PathBuf};

    use super::*;

    /// The corpus of real bounces beside the repository (`../shared/corpus/bounces/emails`).
    fn corpus() -> Vec<PathBuf> {
        let files = ndr_codes_testdata::fixtures::bounce_files();
        assert!(
            files.len() > 100,
            "corpus at {} is too small",
            ndr_codes_testdata::fixtures::bounce_corpus().display()
        );
        files
    }

    fn parse(msg: &[u8]) -> Result<*mut NdrBounce, NdrResult> {
        let mut out = ptr::null_mut();
        // SAFETY: msg is a valid slice and out a valid pointer.
        match unsafe { ndr_bounce_parse(msg.as_ptr(), msg.len(), &mut out) } {
            NdrResult::NdrOk => Ok(out),
            err => Err(err),
        }
    }

    /// The `len` bytes at `ptr` as text (NULL as None), checking the NUL after them.
    fn text(ptr: *const c_char, len: usize) -> Option<String> {
        if ptr.is_null() {
            assert_eq!(len, 0);
            return None;
        }
        // SAFETY: bounce strings are len bytes followed by a NUL, alive while the bounce is.
        let bytes = unsafe { core::slice::from_raw_parts(ptr.cast::<u8>(), len + 1) };
        assert_eq!(bytes[len], 0, "NUL after the text");
        Some(String::from_utf8_lossy(&bytes[..len]).into_owned())
    }

    /// Through C, every field of every recipient of every corpus message is what Rust says.
    #[test]
    fn c_sees_what_rust_parses() {
        let mut recipients = 0;
        for path in corpus() {
            let msg = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path.display();
            let rust = ndr_bounce::parse(&msg);
            let c = parse(&msg);
            let (rust, c) = match (rust, c) {
                (Ok(rust), Ok(c)) => (rust, c),
                (Err(e), Err(code)) => {
                    assert_eq!(NdrResult::from(e), code, "{name}");
                    continue;
                }
                (rust, c) => panic!("{name}: Rust {rust:?}, C {c:?}"),
            };
            // SAFETY: c is a live bounce until freed at the end of this iteration.
            unsafe {
                assert_eq!(read_static(ndr_bounce_kind(c)), Some(rust.kind().as_str()));
                assert_eq!(
                    read_static(ndr_bounce_format(c)),
                    Some(rust.format().as_str())
                );
                let mut len = usize::MAX;
                let mta = ndr_bounce_reporting_mta(c, &mut len);
                let mta = if mta.is_null() { None } else { text(mta, len) };
                assert_eq!(mta.as_deref(), rust.reporting_mta(), "{name}");
                assert_eq!(ndr_bounce_warning_count(c), rust.warnings().len());
                for (i, w) in rust.warnings().iter().enumerate() {
                    assert_eq!(read_static(ndr_bounce_warning(c, i)), Some(w.as_str()));
                }
                assert!(ndr_bounce_warning(c, rust.warnings().len()).is_null());
                let mut original = core::mem::MaybeUninit::<NdrOriginal>::uninit();
                assert_eq!(
                    ndr_bounce_original(c, original.as_mut_ptr()),
                    NdrResult::NdrOk
                );
                let original = original.assume_init();
                let want = rust.original();
                assert_eq!(
                    text(original.message_id, original.message_id_len),
                    want.message_id
                );
                assert_eq!(text(original.subject, original.subject_len), want.subject);
                assert_eq!(text(original.from, original.from_len), want.from);
                assert_eq!(text(original.to, original.to_len), want.to);
                assert_eq!(text(original.date, original.date_len), want.date);

                assert_eq!(ndr_bounce_recipient_count(c), rust.recipients().len());
                for (i, r) in rust.recipients().iter().enumerate() {
                    let mut out = core::mem::MaybeUninit::<NdrRecipient>::uninit();
                    assert_eq!(
                        ndr_bounce_recipient(c, i, out.as_mut_ptr()),
                        NdrResult::NdrOk
                    );
                    let out = out.assume_init();
                    assert_eq!(
                        text(out.address, out.address_len).as_deref(),
                        Some(r.address())
                    );
                    assert_eq!(
                        text(out.original_address, out.original_address_len).as_deref(),
                        r.original_address()
                    );
                    assert_eq!(
                        text(out.diagnostic, out.diagnostic_len).as_deref(),
                        Some(r.diagnostic())
                    );
                    assert_eq!(
                        text(out.remote_mta, out.remote_mta_len).as_deref(),
                        r.remote_mta()
                    );
                    assert_eq!(text(out.command, out.command_len).as_deref(), r.command());
                    assert_eq!(out.code, r.code().map_or(0, |c| c.key()), "{name}");
                    assert_eq!(out.status, r.status().map_or(0, u32::from), "{name}");
                    assert_eq!(out.reply_code, r.reply_code().unwrap_or(0));
                    assert_eq!(out.hard, r.is_hard());
                    assert_eq!(read_static(out.reason), Some(r.reason().as_str()));
                    assert_eq!(read_static(out.rule), Some(r.rule()));
                    assert_eq!(read_static(out.action), r.action().map(|a| a.as_str()));
                    assert_eq!(
                        read_static(out.status_source),
                        r.status_source().map(|s| s.as_str())
                    );
                    recipients += 1;
                }
                let mut out = core::mem::MaybeUninit::<NdrRecipient>::uninit();
                assert_eq!(
                    ndr_bounce_recipient(c, rust.recipients().len(), out.as_mut_ptr()),
                    NdrResult::NdrErrOutOfRange
                );
                ndr_bounce_free(c);
            }
        }
        assert!(
            recipients > 100,
            "only {recipients} recipients in the corpus"
        );
    }

    #[test]
    fn null_and_bad_input_are_errors() {
        assert_eq!(parse(b"").err(), Some(NdrResult::NdrErrEmpty));
        assert!(parse(b"\x00\xff\xfe garbage, no header block").is_err());
        let mut out = ptr::null_mut();
        // SAFETY: each call refuses its NULL argument before reading or writing anything.
        unsafe {
            assert_eq!(
                ndr_bounce_parse(ptr::null(), 5, &mut out),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_bounce_parse(b"x".as_ptr(), 1, ptr::null_mut()),
                NdrResult::NdrErrNull
            );
            assert!(out.is_null(), "out is written only on success");
            assert_eq!(
                ndr_bounce_parse(b"x".as_ptr(), usize::MAX, &mut out),
                NdrResult::NdrErrTooLong
            );
            ndr_bounce_free(ptr::null_mut());
            assert!(ndr_bounce_kind(ptr::null()).is_null());
            assert!(ndr_bounce_format(ptr::null()).is_null());
            assert!(ndr_bounce_reporting_mta(ptr::null(), ptr::null_mut()).is_null());
            assert_eq!(ndr_bounce_recipient_count(ptr::null()), 0);
            assert_eq!(ndr_bounce_warning_count(ptr::null()), 0);
            assert!(ndr_bounce_warning(ptr::null(), 0).is_null());
            let mut r = core::mem::MaybeUninit::<NdrRecipient>::uninit();
            assert_eq!(
                ndr_bounce_recipient(ptr::null(), 0, r.as_mut_ptr()),
                NdrResult::NdrErrNull
            );
            let mut o = core::mem::MaybeUninit::<NdrOriginal>::uninit();
            assert_eq!(
                ndr_bounce_original(ptr::null(), o.as_mut_ptr()),
                NdrResult::NdrErrNull
            );
        }
    }

    #[test]
    fn a_message_that_is_no_bounce_has_no_recipients() {
        let msg = b"From: a@example.com\r\nTo: b@example.com\r\nSubject: lunch\r\n\r\nNoon?\r\n";
        let bounce = parse(msg).unwrap_or_else(|e| panic!("{e:?}"));
        // SAFETY: bounce is live until freed below.
        unsafe {
            assert_eq!(read_static(ndr_bounce_kind(bounce)), Some("not-bounce"));
            assert_eq!(ndr_bounce_recipient_count(bounce), 0);
            let mut r = core::mem::MaybeUninit::<NdrRecipient>::uninit();
            assert_eq!(
                ndr_bounce_recipient(bounce, 0, r.as_mut_ptr()),
                NdrResult::NdrErrOutOfRange
            );
            assert_eq!(
                ndr_bounce_recipient(bounce, 0, ptr::null_mut()),
                NdrResult::NdrErrNull
            );
            ndr_bounce_free(bounce);
        }
    }
}
