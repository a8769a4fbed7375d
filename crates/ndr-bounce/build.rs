//! Turns the `rules:` section of catalog.yaml into the tables `src/classify.rs` matches with,
//! using the generator crate `ndr-codes-codegen` (which validates the whole catalog first).
//!
//! `catalog.yaml` here is a symlink to the workspace root's catalog: `cargo package` copies the
//! file itself, so the packaged crate builds on its own.
use std::{env, fs, path::PathBuf, process};

fn main() {
    let dir =
        PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("rules.rs");
    let catalog = dir.join("catalog.yaml");
    println!("cargo::rerun-if-changed={}", catalog.display());
    let loaded = ndr_codes_codegen::load(&catalog).unwrap_or_else(|err| {
        eprintln!("{err}");
        process::exit(1)
    });
    if let Err(err) = fs::write(&out, ndr_codes_codegen::rules::generate_rust(&loaded)) {
        eprintln!("cannot write {}: {err}", out.display());
        process::exit(1)
    }
}
