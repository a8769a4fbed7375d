//! `lookup` as a `METH_O` builtin: called with its one argument as is.
//!
//! Why not a plain `#[pyfunction]`: under the stable ABI for Python 3.9 there is no
//! `METH_FASTCALL`, so pyo3 registers functions as `METH_VARARGS | METH_KEYWORDS` and every
//! call builds an argument tuple. For `lookup`, whose work is a dict probe, that tuple and its
//! unpacking cost several times the work (measured: ~95 ns a call against ~35 ns for
//! `dict.get`). `METH_O`, in the stable ABI since 3.2, passes the argument without a tuple.
//! pyo3 has no `METH_O`, so this file defines the method and its trampoline itself; the
//! trampoline does what pyo3's do: attach, catch panics, turn errors into exceptions.

use std::{
    panic::{AssertUnwindSafe, catch_unwind},
    ptr,
};

use pyo3::{Borrowed, ffi, panic::PanicException, prelude::*};

/// A method definition, as CPython keeps a pointer to it for the life of the function.
struct MethodDef(ffi::PyMethodDef);

// SAFETY: the definition is never written after it is made, and its pointers are to static
// C strings and a function, all valid from any thread.
unsafe impl Sync for MethodDef {}

static LOOKUP: MethodDef = MethodDef(ffi::PyMethodDef {
    ml_name: c"lookup".as_ptr(),
    ml_meth: ffi::PyMethodDefPointer {
        PyCFunction: lookup_trampoline,
    },
    ml_flags: ffi::METH_O,
    // The first lines give `inspect.signature` the signature (CPython's `__text_signature__`).
    ml_doc: c"lookup(text, /)\n--\n\nThe Status member for a code such as \"5.1.1\" (a code \
inside a range gives the range's member), or None for any other text. Never raises for a str; \
TypeError for another type."
        .as_ptr(),
});

/// What CPython calls for `lookup(text)`.
unsafe extern "C" fn lookup_trampoline(
    _module: *mut ffi::PyObject,
    text: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls a builtin function only from a thread attached to the
    // interpreter, and the token does not outlive this call (see `call`).
    let py = unsafe { Python::assume_attached() };
    call(py, text)
}

/// The body of the trampoline, with the token's lifetime bound to the call.
fn call(py: Python<'_>, text: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: for METH_O, `text` is a borrowed, non-null reference, alive during the call.
    let text = unsafe { Borrowed::from_ptr(py, text) };
    // A panic must not unwind into C (it would abort the interpreter): it becomes an exception.
    let result = catch_unwind(AssertUnwindSafe(|| crate::status::lookup(&text)))
        .unwrap_or_else(|_| Err(PanicException::new_err("ndr_codes.lookup panicked")));
    match result {
        Ok(Some(member)) => member.into_ptr(),
        Ok(None) => py.None().into_ptr(),
        Err(err) => {
            err.restore(py);
            ptr::null_mut()
        }
    }
}

/// Adds `lookup` to the module.
pub fn add_lookup(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    let module_name = module.name()?;
    // SAFETY: `LOOKUP` is static, so it outlives the function object; CPython only reads the
    // definition (the `*mut` is the C signature's). `module` and `module_name` are live objects.
    let function = unsafe {
        ffi::PyCMethod_New(
            ptr::from_ref(&LOOKUP.0).cast_mut(),
            module.as_ptr(),
            module_name.as_ptr(),
            ptr::null_mut(),
        )
    };
    // SAFETY: PyCMethod_New returns a new reference, or NULL with an exception set.
    let function = unsafe { Bound::from_owned_ptr_or_err(py, function) }?;
    module.add("lookup", function)
}
