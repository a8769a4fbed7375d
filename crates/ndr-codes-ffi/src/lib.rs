//! The C ABI of ndr-codes: `libndr_codes.a` and `libndr_codes.so`, declared in
//! `bindings/c/include/ndr_codes.h` (written by cbindgen from this crate, plus the
//! generated `NDR_STATUS_*` constants; `cargo xtask codegen`).
//!
//! The conventions every function keeps (`bindings/c/README.md` says them for C readers):
//! - Status keys are the Rust `Status` discriminants, taken as `uint32_t` and checked, so no
//!   value from C is undefined behaviour; a bad one is an error result or a NULL text.
//! - Strings go in as pointer + length (not NUL-terminated, any bytes); NULL is allowed only
//!   with length 0 (the empty string). Returned strings are static, NUL-terminated, never freed.
//! - Out-parameters are written only when the function returns `NDR_OK`.
//! - Nothing allocates, and no panic crosses the boundary (see [`boundary`]).
//!
//! In Rust the crate is `ndr_codes_ffi` (an rlib beside the C libraries), so benchmarks and
//! doctests call these functions as a C caller would, through the same symbols:
//!
//! ```
//! use ndr_codes_ffi::{fields::ndr_status_title, parse::ndr_status_parse, result::NdrResult};
//!
//! let text = "5.1.1";
//! let mut status = 0;
//! // SAFETY: `text` is `len` readable bytes and `status` is writable.
//! let result = unsafe { ndr_status_parse(text.as_ptr().cast(), text.len(), &mut status) };
//! assert_eq!((result, status), (NdrResult::NdrOk, 5_001_001));
//! // SAFETY: a non-NULL title is a static NUL-terminated string.
//! let title = unsafe { std::ffi::CStr::from_ptr(ndr_status_title(status)) };
//! assert_eq!(title.to_str(), Ok("Bad destination mailbox address"));
//! assert!(ndr_status_title(42).is_null());
//! ```

// In the order the header declares their functions (cbindgen follows it).
pub mod bounce;
pub mod classify;
pub mod explain;
pub mod fields;
pub mod find;
pub mod parse;
pub mod result;
pub mod status;
pub mod version;

pub mod boundary;
pub mod interned;
pub mod tables;

#[cfg(test)]
mod no_alloc;
