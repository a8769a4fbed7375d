//! Every committed generated file is exactly what the generators make from catalog.yaml today.

#[test]
fn generated_files_match_the_catalog() {
    let files = xtask::codegen::generate_all().unwrap_or_else(|e| panic!("{e}"));
    assert!(!files.is_empty());
    for file in files {
        let path = xtask::root().join(&file.path);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == file.contents,
            "{} is out of date with catalog.yaml: run `cargo xtask codegen`",
            file.path.display()
        );
    }
}
