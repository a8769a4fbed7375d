//! The C face: the generated header, `install-c`, and the C test run.
//!
//! - [`header`]: `bindings/c/include/ndr_codes.h`, from cbindgen and the catalog generator.
//! - [`install`]: building `crates/ndr-codes-ffi` and laying out lib/, include/ and the
//!   pkg-config file under a prefix (`cargo xtask install-c --prefix DIR`).
//! - [`suite`]: compiling the C tests and examples against an installed copy, through
//!   pkg-config as a user would, and running them under valgrind (or ASan without it).

pub mod header;
pub mod install;
pub mod suite;

use crate::Result;

/// Builds the C library and runs the C tests and examples (part of `cargo xtask test`).
pub fn test() -> Result {
    suite::run()
}

/// `cargo xtask install-c --prefix DIR`: a release build installed under DIR.
pub fn install_c(args: &[&str]) -> Result {
    let prefix = match args {
        ["--prefix", dir] => *dir,
        [arg] if arg.starts_with("--prefix=") => &arg["--prefix=".len()..],
        _ => return Err("usage: cargo xtask install-c --prefix DIR".to_owned()),
    };
    if prefix.is_empty() {
        return Err("install-c: --prefix needs a directory".to_owned());
    }
    let built = install::build(install::Profile::Release)?;
    let prefix = install::install(&built, prefix.as_ref())?;
    eprintln!(
        "installed into {0}\nuse: PKG_CONFIG_PATH={0}/lib/pkgconfig cc app.c $(pkg-config --cflags --libs ndr_codes)",
        prefix.display()
    );
    Ok(())
}
