//! The Python face: the generated enum and stubs, and the pytest run.

use ndr_codes_codegen::Catalog;

use crate::{Result, codegen::Generated};

/// The committed Python files generated from the catalog.
pub fn generated_files(_catalog: &Catalog) -> Result<Vec<Generated>> {
    Ok(Vec::new())
}

/// Builds the extension into a virtual environment and runs pytest and mypy.
pub fn test() -> Result {
    Ok(())
}
