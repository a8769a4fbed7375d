//! `cargo xtask codegen [--check]`: every committed file generated from catalog.yaml.

use std::{fs, path::PathBuf};

use crate::{Result, root};

/// One generated file: where it goes and what it must hold.
pub struct Generated {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// The full text.
    pub contents: String,
}

/// Loads the catalog and produces every generated file in memory.
pub fn generate_all() -> Result<Vec<Generated>> {
    let catalog =
        ndr_codes_codegen::load(root().join("catalog.yaml")).map_err(|e| e.to_string())?;
    let mut files = vec![Generated {
        path: PathBuf::from("docs/catalog.md"),
        contents: ndr_codes_codegen::markdown::generate(&catalog),
    }];
    files.extend(crate::c::generated_files(&catalog)?);
    files.extend(crate::python::generated_files(&catalog)?);
    Ok(files)
}

/// Writes the generated files, or with `check` only compares them and lists the stale ones.
pub fn run(check: bool) -> Result {
    let mut stale = Vec::new();
    for file in generate_all()? {
        let path = root().join(&file.path);
        let current = fs::read_to_string(&path).unwrap_or_default();
        if current == file.contents {
            continue;
        }
        if check {
            stale.push(file.path.display().to_string());
        } else {
            if let Some(dir) = path.parent() {
                fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            fs::write(&path, &file.contents)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!("wrote {}", file.path.display());
        }
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "generated files are out of date with catalog.yaml: {}; run `cargo xtask codegen`",
            stale.join(", ")
        ))
    }
}
