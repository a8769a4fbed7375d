//! `ndr_classify`: the bounce reason a reply or diagnostic line gives (`ndr_bounce::classify`).

use core::ffi::c_char;

use ndr_bounce::{Classification, Context};
use ndr_codes::Code;

use super::boundary::{bytes, guard_result, out_param, write};
use super::interned::c_str;
use super::result::NdrResult;

/// The reason a text gives, as `ndr_classify` writes it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NdrClassification {
    /// The reason id ("user-unknown", "blocked", ...); static, never NULL.
    pub reason: *const c_char,
    /// The id of the rule that decided it (a rule of catalog.yaml, or the step of the order
    /// of decision that answered); static, never NULL.
    pub rule: *const c_char,
    /// The enhanced status code found in the text, as a code key (class*1000000 +
    /// subject*1000 + detail, for ndr_explain); 0 when the text has none.
    pub code: u32,
    /// The catalog entry of `code` (an NDR_STATUS_* value); 0 when there is no code or the
    /// catalog has no entry for it.
    pub status: u32,
}

/// What ndr_classify_with decides from: the text, and what else is known about it.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NdrContext {
    /// The reply, diagnostic or log line (any bytes, not NUL-terminated); NULL only when
    /// `text_len` is 0.
    pub text: *const c_char,
    /// Length of `text` in bytes.
    pub text_len: usize,
    /// The code key when the caller knows the code better than the text does (a DSN Status
    /// field); 0 to take the first code in the text.
    pub code: u32,
    /// The remote host that gave the reply ("mx.example.com"), for host rules; NULL when
    /// unknown.
    pub remote_host: *const c_char,
    /// Length of `remote_host` in bytes (0 when unknown).
    pub remote_host_len: usize,
    /// The system that reported the failure (DSN Reporting-MTA); NULL when unknown.
    pub reporting_mta: *const c_char,
    /// Length of `reporting_mta` in bytes (0 when unknown).
    pub reporting_mta_len: usize,
}

impl NdrClassification {
    fn new(found: Classification) -> NdrClassification {
        let code = found.code;
        NdrClassification {
            reason: c_str(found.reason.as_str()).as_ptr(),
            rule: c_str(found.rule).as_ptr(),
            code: code.map_or(0, |c| c.key()),
            status: code.and_then(|c| c.status()).map_or(0, u32::from),
        }
    }
}

/// An optional text from C: NULL (whatever the length) is "unknown".
///
/// # Safety
/// Unless NULL or `len` is 0, `text` must point to `len` readable bytes.
unsafe fn optional_bytes<'a>(
    text: *const c_char,
    len: usize,
) -> Result<Option<&'a [u8]>, NdrResult> {
    if text.is_null() {
        return Ok(None);
    }
    // SAFETY: the caller's promise for text and len.
    unsafe { bytes(text.cast(), len) }.map(Some)
}

/// Classifies one SMTP reply, diagnostic or log line (`len` bytes, any bytes, not
/// NUL-terminated) by the rules of catalog.yaml: a phrase rule, else the catalog reason of the
/// code in the text, else its class. Every text gets an answer (an empty one is "undefined").
///
/// Returns NDR_OK and writes `*out`; NDR_ERR_NULL; NDR_ERR_TOO_LONG. Allocates nothing once
/// each rule id has been handed out.
///
/// # Safety
/// Unless NULL or `len` is 0, `text` must point to `len` readable bytes; `out` must be NULL or
/// writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_classify(
    text: *const c_char,
    len: usize,
    out: *mut NdrClassification,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise for text and len.
        let text = unsafe { bytes(text.cast(), len) }?;
        let classification = NdrClassification::new(ndr_bounce::classify(text));
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, classification) };
        Ok(())
    })
}

/// Like ndr_classify, with what else is known: the code, the remote host (host rules such as
/// Gmail's or Exchange Online's apply only to their hosts), the reporting system.
///
/// Returns NDR_OK and writes `*out`; NDR_ERR_NULL (context or out NULL, or a text NULL with a
/// length over 0); NDR_ERR_TOO_LONG; NDR_ERR_INVALID_CODE (`code` neither 0 nor a code key).
///
/// # Safety
/// `context` must be NULL or readable, and its pointers must each be NULL or point to their
/// length in readable bytes; `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_classify_with(
    context: *const NdrContext,
    out: *mut NdrClassification,
) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        // SAFETY: the caller's promise: NULL or a readable context.
        let context = unsafe { context.as_ref() }.ok_or(NdrResult::NdrErrNull)?;
        let code = match context.code {
            0 => None,
            key => Some(Code::from_key(key).ok_or(NdrResult::NdrErrInvalidCode)?),
        };
        // SAFETY: the caller's promise for each pointer and its length.
        let (text, remote_host, reporting_mta) = unsafe {
            (
                bytes(context.text.cast(), context.text_len)?,
                optional_bytes(context.remote_host, context.remote_host_len)?,
                optional_bytes(context.reporting_mta, context.reporting_mta_len)?,
            )
        };
        let found = ndr_bounce::classify_with(&Context {
            text,
            code,
            remote_host,
            reporting_mta,
        });
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, NdrClassification::new(found)) };
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use core::ptr;

    use super::super::bounce::read_static;
    use super::*;

    fn classify(text: &[u8]) -> NdrClassification {
        let mut out = core::mem::MaybeUninit::<NdrClassification>::uninit();
        // SAFETY: text is a valid slice; out is read only after NDR_OK.
        let result = unsafe { ndr_classify(text.as_ptr().cast(), text.len(), out.as_mut_ptr()) };
        assert_eq!(result, NdrResult::NdrOk);
        // SAFETY: NDR_OK means out was written.
        unsafe { out.assume_init() }
    }

    #[test]
    fn c_gives_what_rust_gives() {
        let lines: [&[u8]; 6] = [
            b"550 5.1.1 <x@example.com>... User unknown",
            b"552 5.2.2 Mailbox full",
            b"550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Spamhaus",
            b"421 4.7.0 Try again later",
            b"no code, no words we know",
            b"\xff\xfe\x00 not UTF-8",
        ];
        for line in lines {
            let rust = ndr_bounce::classify(line);
            let c = classify(line);
            assert_eq!(read_static(c.reason), Some(rust.reason.as_str()));
            assert_eq!(read_static(c.rule), Some(rust.rule));
            assert_eq!(c.code, rust.code.map_or(0, |code| code.key()));
            assert_eq!(
                c.status,
                rust.code
                    .and_then(|code| code.status())
                    .map_or(0, u32::from)
            );
        }
    }

    #[test]
    fn null_is_refused_and_empty_is_classified() {
        let mut out = core::mem::MaybeUninit::<NdrClassification>::uninit();
        // SAFETY: each call refuses its NULL argument before reading or writing anything.
        unsafe {
            assert_eq!(
                ndr_classify(ptr::null(), 3, out.as_mut_ptr()),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_classify(c"x".as_ptr(), 1, ptr::null_mut()),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_classify(ptr::null(), 0, out.as_mut_ptr()),
                NdrResult::NdrOk
            );
            assert!(read_static(out.assume_init().reason).is_some());
        }
    }

    #[test]
    fn context_with_a_host_is_classify_with() {
        let text = b"550 5.4.1 Recipient address rejected: Access denied";
        let host = b"example-com.mail.protection.outlook.com";
        let context = NdrContext {
            text: text.as_ptr().cast(),
            text_len: text.len(),
            code: 0,
            remote_host: host.as_ptr().cast(),
            remote_host_len: host.len(),
            reporting_mta: ptr::null(),
            reporting_mta_len: 7,
        };
        let rust = ndr_bounce::classify_with(&Context {
            text,
            remote_host: Some(host),
            ..Context::default()
        });
        let mut out = core::mem::MaybeUninit::<NdrClassification>::uninit();
        // SAFETY: context points to live slices; out is read only after NDR_OK.
        unsafe {
            assert_eq!(
                ndr_classify_with(&context, out.as_mut_ptr()),
                NdrResult::NdrOk
            );
            let c = out.assume_init();
            assert_eq!(read_static(c.reason), Some(rust.reason.as_str()));
            assert_eq!(read_static(c.rule), Some(rust.rule));
            let bad = NdrContext {
                code: 42,
                ..context
            };
            assert_eq!(
                ndr_classify_with(&bad, out.as_mut_ptr()),
                NdrResult::NdrErrInvalidCode
            );
            let given = NdrContext {
                code: 5_001_001,
                ..context
            };
            assert_eq!(
                ndr_classify_with(&given, out.as_mut_ptr()),
                NdrResult::NdrOk
            );
            assert_eq!(out.assume_init().code, 5_001_001);
            assert_eq!(
                ndr_classify_with(ptr::null(), out.as_mut_ptr()),
                NdrResult::NdrErrNull
            );
            assert_eq!(
                ndr_classify_with(&context, ptr::null_mut()),
                NdrResult::NdrErrNull
            );
        }
    }
}
