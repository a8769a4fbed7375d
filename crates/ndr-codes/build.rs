//! Turns catalog.yaml into the Rust tables of this crate (see ndr-codes-codegen).
use std::{env, fs, path::PathBuf, process};

fn main() {
    // A symlink to the workspace root's catalog.yaml; `cargo package` copies the file itself.
    let catalog = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("catalog.yaml");
    println!("cargo::rerun-if-changed={}", catalog.display());
    let tables = ndr_codes_codegen::load(&catalog).unwrap_or_else(|err| {
        eprintln!("{err}");
        process::exit(1)
    });
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("catalog.rs");
    fs::write(&out, ndr_codes_codegen::rust::generate(&tables)).unwrap();
}
