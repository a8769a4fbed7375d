//! Turns catalog.yaml into the Rust tables of this crate.
//!
//! The generator is the source of `ndr-codes-codegen`, reached through the `codegen` symlink
//! (as `catalog.yaml` is): `cargo package` follows both, so the packaged crate builds on its own.
use std::{env, fs, path::PathBuf, process};

#[allow(dead_code, unused_imports)]
#[path = "codegen/lib.rs"]
mod codegen;

fn main() {
    let catalog = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap()).join("catalog.yaml");
    println!("cargo::rerun-if-changed={}", catalog.display());
    println!("cargo::rerun-if-changed=codegen");
    let tables = codegen::load(&catalog).unwrap_or_else(|err| {
        eprintln!("{err}");
        process::exit(1)
    });
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap()).join("catalog.rs");
    fs::write(&out, codegen::rust::generate(&tables)).unwrap();
}
