//! The committed Python files generated from the catalog (`_status.py`, `_status.pyi`) are
//! what the generator makes of the current catalog.

use std::fs;

#[test]
fn python_generated_files_are_up_to_date() {
    let root = xtask::root();
    let catalog =
        ndr_codes_codegen::load(root.join("catalog.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let files = xtask::python::generated_files(&catalog).unwrap_or_else(|e| panic!("{e}"));
    assert!(!files.is_empty());
    for file in files {
        let committed = fs::read_to_string(root.join(&file.path)).unwrap_or_default();
        assert!(
            committed == file.contents,
            "{} is out of date with catalog.yaml: run `cargo xtask codegen`",
            file.path.display()
        );
    }
}
