//! `cargo xtask codegen [--check]`: every committed file generated from catalog.yaml and the
//! generator's field table, from one list ([`FILES`]) that the drift test
//! (`xtask/tests/generated_files.rs`) reads too.

use std::{fs, path::PathBuf};

use ndr_codes_codegen::{Catalog, c as c_gen, markdown, python as py_gen, site};

use crate::{Result, c, python, root};

/// One generated file: where it goes and what it must hold.
pub struct Generated {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// The full text.
    pub contents: String,
}

/// Makes one file's text from the catalog.
pub type Generator = fn(&Catalog) -> Result<String>;

/// Every committed generated file, relative to the workspace root, with its generator.
///
/// In the order they are written: the header comes after the ffi crate's accessors, since
/// cbindgen reads them from disk.
pub const FILES: &[(&str, Generator)] = &[
    ("docs/catalog.md", |catalog| Ok(markdown::generate(catalog))),
    ("crates/ndr-codes-ffi/src/fields.rs", |_| {
        Ok(c_gen::ffi_accessors())
    }),
    (c::header::HEADER, c::header::generate),
    ("bindings/python/src/fields.rs", |_| {
        Ok(py_gen::native_functions())
    }),
    ("bindings/python/python/ndr_codes/_status.py", |catalog| {
        py_gen::status_module(catalog)
    }),
    ("bindings/python/python/ndr_codes/_status.pyi", |catalog| {
        py_gen::status_stub(catalog)
    }),
    (python::NATIVE_STUB, |_| python::native_stub()),
    ("docs/site/index.html", |catalog| {
        Ok(site::generate(catalog))
    }),
];

/// The validated catalog.
pub fn catalog() -> Result<Catalog> {
    ndr_codes_codegen::load(root().join("catalog.yaml")).map_err(|e| e.to_string())
}

/// Loads the catalog and produces every generated file in memory, in the order of [`FILES`].
pub fn generate_all() -> Result<Vec<Generated>> {
    let catalog = catalog()?;
    FILES
        .iter()
        .map(|(path, generate)| {
            Ok(Generated {
                path: PathBuf::from(path),
                contents: generate(&catalog).map_err(|e| format!("{path}: {e}"))?,
            })
        })
        .collect()
}

/// Writes the generated files, or with `check` only compares them and lists the stale ones.
pub fn run(check: bool) -> Result {
    let catalog = catalog()?;
    let mut stale = Vec::new();
    // One file at a time: a later generator may read an earlier one from disk.
    for (relative, generate) in FILES {
        let contents = generate(&catalog).map_err(|e| format!("{relative}: {e}"))?;
        let path = root().join(relative);
        let current = fs::read_to_string(&path).unwrap_or_default();
        if current == contents {
            continue;
        }
        if check {
            stale.push(*relative);
        } else {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            fs::write(&path, &contents)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!("wrote {relative}");
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "generated files are out of date: {}; run `cargo xtask codegen`",
            stale.join(", ")
        ))
    }
}
