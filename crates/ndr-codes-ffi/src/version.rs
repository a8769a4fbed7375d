//! `ndr_version`: which library a program runs with.

use core::ffi::c_char;

/// The library's version, NUL-terminated at compile time.
const VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The library's version as "MAJOR.MINOR.PATCH" (static, NUL-terminated). Compare it with the
/// header's NDR_CODES_VERSION_MAJOR / _MINOR / _PATCH to catch a header and library mismatch.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_version() -> *const c_char {
    VERSION.as_ptr().cast()
}

#[cfg(test)]
mod tests {
    use core::ffi::CStr;

    use super::*;

    #[test]
    fn version_is_the_package_version() {
        // SAFETY: ndr_version returns a static NUL-terminated string.
        let version = unsafe { CStr::from_ptr(ndr_version()) };
        assert_eq!(version.to_str().ok(), Some(env!("CARGO_PKG_VERSION")));
    }
}
