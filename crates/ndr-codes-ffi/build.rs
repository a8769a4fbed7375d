//! Writes the catalog's texts as NUL-terminated C string tables (see ndr_codes_codegen::c).
use std::{env, fs, path::PathBuf, process};

fn main() {
    // A symlink to the workspace root's catalog.yaml; `cargo package` copies the file itself.
    let Some(dir) = env::var_os("CARGO_MANIFEST_DIR") else {
        fail("CARGO_MANIFEST_DIR is not set")
    };
    let Some(out) = env::var_os("OUT_DIR") else {
        fail("OUT_DIR is not set")
    };
    let catalog = PathBuf::from(dir).join("catalog.yaml");
    println!("cargo::rerun-if-changed={}", catalog.display());
    let tables = ndr_codes_codegen::load(&catalog)
        .map_err(|err| err.to_string())
        .and_then(|catalog| ndr_codes_codegen::c::string_tables(&catalog))
        .unwrap_or_else(|err| fail(&err));
    let out = PathBuf::from(out).join("c_strings.rs");
    fs::write(&out, tables)
        .unwrap_or_else(|err| fail(&format!("cannot write {}: {err}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("{message}");
    process::exit(1)
}
