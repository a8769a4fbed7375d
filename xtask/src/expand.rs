//! `cargo xtask codegen --expand`: readable copies of the Rust that build scripts generate.
//!
//! Build scripts write generated Rust as one line of tokens (formatting it would put `syn` and
//! a pretty-printer into every user's build); this writes the same files formatted by
//! `prettyplease`, under `target/expand/`, for people to read and diff.

use std::fs;

use ndr_codes_codegen::{c, pretty, rust};

use crate::{Result, c::install::target_dir, root};

/// Writes `target/expand/{catalog.rs,c_strings.rs}` and prints their paths.
pub fn run() -> Result {
    let catalog =
        ndr_codes_codegen::load(root().join("catalog.yaml")).map_err(|e| e.to_string())?;
    let dir = target_dir().join("expand");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let files = [
        // crates/ndr-codes/build.rs: the Status enum and its tables.
        ("catalog.rs", rust::generate(&catalog)),
        // crates/ndr-codes-ffi/build.rs: the C strings.
        ("c_strings.rs", c::string_tables(&catalog)?),
    ];
    for (name, source) in files {
        let path = dir.join(name);
        let text = pretty::unparse(&source)?;
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("{}", path.display());
    }
    Ok(())
}
