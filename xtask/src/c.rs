//! The C face: the generated header, the C test run, and `install-c`.

use ndr_codes_codegen::Catalog;

use crate::{Result, codegen::Generated};

/// The committed C files generated from the catalog (the header).
pub fn generated_files(_catalog: &Catalog) -> Result<Vec<Generated>> {
    Ok(Vec::new())
}

/// Builds the C library and runs the C tests and examples.
pub fn test() -> Result {
    Ok(())
}
