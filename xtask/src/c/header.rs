//! `bindings/c/include/ndr_codes.h`: cbindgen writes the declarations of the ffi crate's
//! functions and types; the catalog generator writes the `NDR_STATUS_*` constants (cbindgen
//! cannot see generated code); the version macros come from the ffi crate's version.

use std::{fs, path::Path};

use ndr_codes_codegen::{Catalog, c, generated_banner};

use crate::{Result, root};

/// The header, relative to the workspace root.
pub const HEADER: &str = "bindings/c/include/ndr_codes.h";

/// The crate cbindgen reads, relative to the workspace root.
const FFI_CRATE: &str = "crates/ndr-codes-ffi";

/// The whole header text.
pub fn generate(catalog: &Catalog) -> Result<String> {
    let crate_dir = root().join(FFI_CRATE);
    let config_path = crate_dir.join("cbindgen.toml");
    let mut config = cbindgen::Config::from_file(&config_path)
        .map_err(|e| format!("cannot read {}: {e}", config_path.display()))?;
    config.header = Some(format!(
        "{}// Functions: cbindgen from {FFI_CRATE}/src; constants: crates/ndr-codes-codegen/src/c.rs.\n\
         // Conventions (naming, ownership, errors, threading): bindings/c/README.md.",
        generated_banner("//")
    ));
    let (major, minor, patch) = ffi_version()?;
    config.after_includes = Some(format!(
        "\n/** The version of this header; ndr_version() gives the library's. */\n\
         #define NDR_CODES_VERSION_MAJOR {major}\n\
         #define NDR_CODES_VERSION_MINOR {minor}\n\
         #define NDR_CODES_VERSION_PATCH {patch}\n\
         #define NDR_CODES_VERSION \"{major}.{minor}.{patch}\"\n\n{}",
        c::status_constants(catalog)
    ));
    let bindings = cbindgen::Builder::new()
        .with_config(config)
        .with_crate(&crate_dir)
        .generate()
        .map_err(|e| format!("cbindgen failed on {FFI_CRATE}: {e}"))?;
    let mut text = Vec::new();
    bindings.write(&mut text);
    String::from_utf8(text).map_err(|e| format!("cbindgen wrote text that is not UTF-8: {e}"))
}

/// The ffi crate's version as numbers: its own `package.version`, or the workspace's when it
/// says `version.workspace = true`.
pub fn ffi_version() -> Result<(u64, u64, u64)> {
    let manifest = read_toml(&root().join(FFI_CRATE).join("Cargo.toml"))?;
    let own = manifest.get("package").and_then(|p| p.get("version"));
    let version = match own.and_then(toml::Value::as_str) {
        Some(version) => version.to_owned(),
        None => {
            let workspace = read_toml(&root().join("Cargo.toml"))?;
            workspace
                .get("workspace")
                .and_then(|w| w.get("package"))
                .and_then(|p| p.get("version"))
                .and_then(toml::Value::as_str)
                .ok_or("the root Cargo.toml has no [workspace.package] version")?
                .to_owned()
        }
    };
    // Pre-release or build suffixes (1.2.3-rc.1) are not part of the numbers.
    let core = version.split(['-', '+']).next().unwrap_or_default();
    let numbers: Vec<u64> = core.split('.').filter_map(|n| n.parse().ok()).collect();
    match numbers.as_slice() {
        &[major, minor, patch] => Ok((major, minor, patch)),
        _ => Err(format!(
            "the ffi crate's version `{version}` is not MAJOR.MINOR.PATCH"
        )),
    }
}

fn read_toml(path: &Path) -> Result<toml::Table> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    text.parse().map_err(|e| format!("{}: {e}", path.display()))
}
