// @generated from catalog.yaml by `cargo xtask codegen` (crates/ndr-codes-codegen). Do not edit.
//! The C accessors of the catalog's fields: one function per row of the field table of
//! crates/ndr-codes-codegen/src/fields.rs. A committed source file, not an `include!`, so
//! that cbindgen sees the functions and declares them in the header.

use core::ffi::c_char;

use super::status::{item, number, text};

/// A short title. NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_title(status: u32) -> *const c_char {
    text(status, |e| Some(e.title))
}

/// What the code means by the standard (or, for a private code, by its vendor). NULL if `status` is
/// not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_description(status: u32) -> *const c_char {
    text(status, |e| Some(e.description))
}

/// Which mail systems use the code with which meaning: for a code that means different things in
/// different systems, each group of systems with its meaning (the registry's first, then current
/// before older); else the systems its origin implies. NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_applies_to(status: u32) -> *const c_char {
    text(status, |e| Some(e.applies_to))
}

/// What Exchange / Exchange Online mean by the code, where that differs or adds. NULL when the
/// entry has none, or if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_exchange(status: u32) -> *const c_char {
    text(status, |e| e.exchange)
}

/// What to check or do next. NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_remedy(status: u32) -> *const c_char {
    text(status, |e| Some(e.remedy))
}

/// The step for the person who got the NDR, in plain words: what they can do themselves, and when
/// to hand over to their mail administrator. NULL when the entry has none, or if `status` is not a
/// status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_sender(status: u32) -> *const c_char {
    text(status, |e| e.sender)
}

/// Who usually has to act: the sender, the sender's admin, the recipient, the recipient's admin, or
/// nobody. As its id, such as "sender-admin"; NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_actor(status: u32) -> *const c_char {
    text(status, |e| Some(e.actor))
}

/// The bounce reason the code is filed under (the taxonomy of docs/catalog-format.md). As its id,
/// such as "user-unknown"; NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_reason(status: u32) -> *const c_char {
    text(status, |e| Some(e.reason))
}

/// Item `index` (from 0) of the list: The basic SMTP reply codes the code comes with, such as 550.
/// 0 past the last one, or if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_smtp_reply(status: u32, index: usize) -> u16 {
    number(status, index, |e| e.smtp_replies)
}

/// Who defined the code: the IANA registry, Exchange, Exchange Online or another vendor. As its id,
/// such as "exchange-online"; NULL if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_origin(status: u32) -> *const c_char {
    text(status, |e| Some(e.origin))
}

/// Remarks, such as why the catalog lists the code in this class. NULL when the entry has none, or
/// if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_note(status: u32) -> *const c_char {
    text(status, |e| e.note)
}

/// Item `index` (from 0) of the list: Exchange diagnostic tokens that come with the code, such as
/// RESOLVER.ADR.RecipNotFound. NULL past the last one, or if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_diagnostic(status: u32, index: usize) -> *const c_char {
    item(status, index, |e| e.diagnostics)
}

/// Item `index` (from 0) of the list: Sources: RFC sections, document titles, URLs. NULL past the
/// last one, or if `status` is not a status key.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_status_reference(status: u32, index: usize) -> *const c_char {
    item(status, index, |e| e.references)
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use ndr_codes::Status;

    use super::*;

    fn read(ptr: *const c_char) -> Option<&'static str> {
        // SAFETY: the accessors return NULL or a static NUL-terminated string.
        (!ptr.is_null()).then(|| {
            unsafe { CStr::from_ptr(ptr) }
                .to_str()
                .unwrap_or("<not UTF-8>")
        })
    }

    fn read_all(item: impl Fn(usize) -> *const c_char) -> Vec<&'static str> {
        (0..).map_while(|i| read(item(i))).collect()
    }

    fn numbers(item: impl Fn(usize) -> u16) -> Vec<u16> {
        (0..).map(item).take_while(|&n| n != 0).collect()
    }

    #[test]
    fn every_field_says_what_rust_says_and_bad_keys_give_nothing() {
        for s in Status::ALL {
            let key = u32::from(s);
            assert_eq!(read(ndr_status_title(key)), Some(s.title()));
            assert_eq!(read(ndr_status_description(key)), Some(s.description()));
            assert_eq!(read(ndr_status_applies_to(key)), Some(s.applies_to()));
            assert_eq!(read(ndr_status_exchange(key)), s.exchange());
            assert_eq!(read(ndr_status_remedy(key)), Some(s.remedy()));
            assert_eq!(read(ndr_status_sender(key)), s.sender());
            assert_eq!(read(ndr_status_actor(key)), Some(s.actor().as_str()));
            assert_eq!(read(ndr_status_reason(key)), Some(s.reason().as_str()));
            assert_eq!(numbers(|i| ndr_status_smtp_reply(key, i)), s.smtp_replies());
            assert_eq!(read(ndr_status_origin(key)), Some(s.origin().as_str()));
            assert_eq!(read(ndr_status_note(key)), s.note());
            assert_eq!(read_all(|i| ndr_status_diagnostic(key, i)), s.diagnostics());
            assert_eq!(read_all(|i| ndr_status_reference(key, i)), s.references());
        }
        for bad in [0, 1, 5_999_999, u32::MAX] {
            assert!(ndr_status_title(bad).is_null());
            assert!(ndr_status_description(bad).is_null());
            assert!(ndr_status_applies_to(bad).is_null());
            assert!(ndr_status_exchange(bad).is_null());
            assert!(ndr_status_remedy(bad).is_null());
            assert!(ndr_status_sender(bad).is_null());
            assert!(ndr_status_actor(bad).is_null());
            assert!(ndr_status_reason(bad).is_null());
            assert_eq!(ndr_status_smtp_reply(bad, 0), 0);
            assert!(ndr_status_origin(bad).is_null());
            assert!(ndr_status_note(bad).is_null());
            assert!(ndr_status_diagnostic(bad, 0).is_null());
            assert!(ndr_status_reference(bad, 0).is_null());
        }
    }
}
