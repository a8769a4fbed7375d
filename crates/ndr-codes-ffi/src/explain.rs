//! `ndr_explain`: an answer for every well-formed code, and the class and subject texts it
//! falls back to.

use core::ffi::{CStr, c_char};
use core::ptr;

use ndr_codes::{Code, Level};

use super::boundary::{guard, guard_result, out_param, write};
use super::result::NdrResult;
use super::tables::{class_text, entry, subject_text};

/// Where an explanation found its answer, from the most to the least precise.
///
/// cbindgen:rename-all=QualifiedScreamingSnakeCase
#[repr(u32)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NdrLevel {
    /// The catalog has an entry for the code (or a range that holds it).
    Exact = 1,
    /// No entry for the code, but one for the same subject.detail in the other failure class
    /// (4.1.1 explained by 5.1.1): same meaning, other permanence.
    OtherClass = 2,
    /// Only the subject (0 to 7) is known.
    Subject = 3,
    /// Only the class is known (the subject is over 7).
    Class = 4,
}

impl NdrLevel {
    fn from_level(level: Level) -> NdrLevel {
        match level {
            Level::Exact => NdrLevel::Exact,
            Level::OtherClass => NdrLevel::OtherClass,
            Level::Subject => NdrLevel::Subject,
            Level::Class => NdrLevel::Class,
        }
    }

    fn name(self) -> &'static CStr {
        match self {
            NdrLevel::Exact => c"exact",
            NdrLevel::OtherClass => c"other-class",
            NdrLevel::Subject => c"subject",
            NdrLevel::Class => c"class",
        }
    }
}

/// What the catalog says about a code, from the closest entry it has.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct NdrExplanation {
    /// The code key that was explained.
    pub code: u32,
    /// Where the answer came from.
    pub level: NdrLevel,
    /// The status used at NDR_LEVEL_EXACT and NDR_LEVEL_OTHER_CLASS; 0 at the other levels.
    pub status: u32,
    /// The title of the entry, subject or class the answer came from (static, never NULL).
    pub title: *const c_char,
    /// The description of the entry, subject or class the answer came from (static, never NULL).
    pub description: *const c_char,
    /// The remedy of the entry used; NULL at NDR_LEVEL_SUBJECT and NDR_LEVEL_CLASS.
    pub remedy: *const c_char,
}

fn explanation(code: Code) -> Result<NdrExplanation, NdrResult> {
    let explained = code.explain();
    let level = NdrLevel::from_level(explained.level());
    let (status, title, description, remedy) = match explained.status() {
        Some(status) => {
            let e = entry(status);
            (u32::from(status), e.title, e.description, e.remedy.as_ptr())
        }
        None => {
            let (title, description) = match explained.subject() {
                Some(subject) => subject_text(u32::from(subject.number())),
                None => class_text(u32::from(explained.class().number())),
            }
            .ok_or(NdrResult::NdrErrPanic)?;
            (0, title, description, ptr::null())
        }
    };
    Ok(NdrExplanation {
        code: code.key(),
        level,
        status,
        title: title.as_ptr(),
        description: description.as_ptr(),
        remedy,
    })
}

/// Explains any well-formed code key (from ndr_code_parse or ndr_find_code): the exact entry,
/// else the same subject.detail in the other failure class, else the subject, else the class.
///
/// Returns NDR_OK and writes `*out`; NDR_ERR_NULL; NDR_ERR_INVALID_CODE (not the key of a
/// well-formed code).
///
/// # Safety
/// `out` must be NULL or writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn ndr_explain(code: u32, out: *mut NdrExplanation) -> NdrResult {
    guard_result(|| {
        let out = out_param(out)?;
        let code = Code::from_key(code).ok_or(NdrResult::NdrErrInvalidCode)?;
        let explained = explanation(code)?;
        // SAFETY: out was checked non-NULL; the caller promises it is writable.
        unsafe { write(out, explained) };
        Ok(())
    })
}

/// "exact", "other-class", "subject" or "class"; NULL for a number that is no ndr_level.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_level_name(level: u32) -> *const c_char {
    guard(ptr::null(), || {
        [
            NdrLevel::Exact,
            NdrLevel::OtherClass,
            NdrLevel::Subject,
            NdrLevel::Class,
        ]
        .into_iter()
        .find(|l| *l as u32 == level)
        .map_or(ptr::null(), |l| l.name().as_ptr())
    })
}

/// The title of class 2, 4 or 5 ("Permanent failure"); NULL for any other number.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_class_title(class: u32) -> *const c_char {
    guard(ptr::null(), || {
        class_text(class).map_or(ptr::null(), |t| t.0.as_ptr())
    })
}

/// What class 2, 4 or 5 means; NULL for any other number.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_class_description(class: u32) -> *const c_char {
    guard(ptr::null(), || {
        class_text(class).map_or(ptr::null(), |t| t.1.as_ptr())
    })
}

/// The title of subject 0 to 7 ("Addressing status"); NULL for any other number.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_subject_title(subject: u32) -> *const c_char {
    guard(ptr::null(), || {
        subject_text(subject).map_or(ptr::null(), |t| t.0.as_ptr())
    })
}

/// What codes of subject 0 to 7 are about; NULL for any other number.
#[unsafe(no_mangle)]
pub extern "C" fn ndr_subject_description(subject: u32) -> *const c_char {
    guard(ptr::null(), || {
        subject_text(subject).map_or(ptr::null(), |t| t.1.as_ptr())
    })
}

#[cfg(test)]
mod tests {
    use ndr_codes::Status;

    use super::*;

    fn explain(key: u32) -> Result<NdrExplanation, NdrResult> {
        let mut out = core::mem::MaybeUninit::<NdrExplanation>::uninit();
        // SAFETY: out is writable; it is read only after NDR_OK says it was written.
        match unsafe { ndr_explain(key, out.as_mut_ptr()) } {
            NdrResult::NdrOk => Ok(unsafe { out.assume_init() }),
            err => Err(err),
        }
    }

    fn read(ptr: *const c_char) -> &'static str {
        // SAFETY: explanations hold static NUL-terminated strings.
        unsafe { CStr::from_ptr(ptr) }
            .to_str()
            .unwrap_or("<not UTF-8>")
    }

    #[test]
    fn every_status_explains_itself_exactly() {
        for status in Status::ALL {
            let e = explain(u32::from(status)).unwrap_or_else(|err| panic!("{status:?}: {err:?}"));
            assert_eq!((e.level, e.status), (NdrLevel::Exact, u32::from(status)));
            assert_eq!(read(e.title), status.title());
            assert_eq!(read(e.remedy), status.remedy());
        }
    }

    #[test]
    fn unknown_codes_fall_back_like_rust() {
        for text in ["5.1.999", "4.7.999", "2.999.0", "5.999.999", "4.0.998"] {
            let code: Code = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            let rust = code.explain();
            let c = explain(code.key()).unwrap_or_else(|err| panic!("{text}: {err:?}"));
            assert_eq!(c.level, NdrLevel::from_level(rust.level()), "{text}");
            assert_eq!(c.status, rust.status().map_or(0, u32::from), "{text}");
            assert_eq!(read(c.title), rust.title(), "{text}");
            assert_eq!(read(c.description), rust.description(), "{text}");
            assert_eq!(c.remedy.is_null(), rust.remedy().is_none(), "{text}");
        }
        assert_eq!(explain(0).err(), Some(NdrResult::NdrErrInvalidCode));
        assert_eq!(explain(u32::MAX).err(), Some(NdrResult::NdrErrInvalidCode));
        // SAFETY: NULL is refused before any write.
        assert_eq!(
            unsafe { ndr_explain(5_001_001, ptr::null_mut()) },
            NdrResult::NdrErrNull
        );
    }

    #[test]
    fn level_names_and_bad_numbers() {
        assert_eq!(
            read(ndr_level_name(NdrLevel::OtherClass as u32)),
            "other-class"
        );
        assert!(ndr_level_name(0).is_null() && ndr_level_name(5).is_null());
        assert_eq!(
            read(ndr_class_title(5)),
            ndr_codes::Class::PermanentFailure.title()
        );
        assert!(ndr_class_title(3).is_null() && ndr_subject_description(8).is_null());
    }
}
