//! NUL-terminated copies of the identifiers `ndr-bounce` gives as `&'static str` (reason ids,
//! rule ids, kinds, formats, actions), so that C can hold them as static `const char *`.
//!
//! Each distinct identifier is copied once for the life of the process and then handed out
//! under a read lock: the set is small and fixed (it comes from the compiled-in catalog and
//! the crate's enums), so the table never grows past it, and repeated calls do not allocate.
//! The table is a sorted `Vec` rather than a hash map so that every copy stays reachable from
//! the start of a block: memory checkers (valgrind) then count it as still in use, not lost.

use std::{
    ffi::{CStr, CString},
    sync::{PoisonError, RwLock},
};

/// `(id, copy)` pairs, sorted by id.
static TABLE: RwLock<Vec<(&'static str, &'static CStr)>> = RwLock::new(Vec::new());

/// `id` as a static C string. An id holding a NUL byte (none does) gives `""`.
pub fn c_str(id: &'static str) -> &'static CStr {
    // A poisoned lock only means another thread panicked while holding it; the table itself is
    // always whole (each insert is one call), so its contents are still good.
    let table = TABLE.read().unwrap_or_else(PoisonError::into_inner);
    if let Ok(at) = table.binary_search_by_key(&id, |e| e.0) {
        return table[at].1;
    }
    drop(table);
    let mut table = TABLE.write().unwrap_or_else(PoisonError::into_inner);
    match table.binary_search_by_key(&id, |e| e.0) {
        Ok(at) => table[at].1,
        Err(at) => {
            let copy: &'static CStr = match CString::new(id) {
                // Leaked on purpose: C holds the pointer as static; the table keeps it
                // reachable, once per distinct id.
                Ok(owned) => Box::leak(owned.into_boxed_c_str()),
                Err(_) => c"",
            };
            table.insert(at, (id, copy));
            copy
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_id_same_pointer() {
        let a = c_str("user-unknown");
        let b = c_str(String::from("user-unknown").leak());
        assert_eq!(a, c"user-unknown");
        assert!(core::ptr::eq(a, b));
        assert_eq!(c_str("a\0b"), c"");
        assert_eq!(c_str("blocked"), c"blocked");
        assert!(core::ptr::eq(c_str("user-unknown"), a));
    }
}
