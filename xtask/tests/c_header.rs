//! `bindings/c/include/ndr_codes.h` declares everything the C library exports, with its constants
//! and guards. (That it is what `cargo xtask codegen` makes today is checked with every other
//! generated file, in generated_files.rs.)

use std::fs;

use xtask::{c::header, root};

fn catalog() -> ndr_codes_codegen::Catalog {
    ndr_codes_codegen::load(root().join("catalog.yaml")).unwrap_or_else(|e| panic!("{e}"))
}

fn committed_header() -> String {
    fs::read_to_string(root().join(header::HEADER)).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run `cargo xtask codegen`",
            header::HEADER
        )
    })
}

#[test]
fn header_declares_every_exported_function() {
    let header_text = committed_header();
    let src = root().join("crates/ndr-codes-ffi/src");
    let mut exported = 0;
    for entry in fs::read_dir(&src).unwrap_or_else(|e| panic!("{}: {e}", src.display())) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let source =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Each `#[unsafe(no_mangle)]` is followed by the function it exports.
        for after in source.split("#[unsafe(no_mangle)]").skip(1) {
            let name = after
                .split("fn ")
                .nth(1)
                .and_then(|rest| rest.split('(').next())
                .unwrap_or_else(|| {
                    panic!(
                        "no function after #[unsafe(no_mangle)] in {}",
                        path.display()
                    )
                });
            assert!(
                name.starts_with("ndr_"),
                "{name} in {} lacks the ndr_ prefix",
                path.display()
            );
            assert!(
                header_text.contains(&format!(" {name}("))
                    || header_text.contains(&format!("*{name}(")),
                "{name} is exported but not declared in {}: run `cargo xtask codegen`",
                header::HEADER
            );
            exported += 1;
        }
    }
    assert!(exported >= 30, "found only {exported} exported functions");
}

#[test]
fn header_has_one_constant_per_entry_and_its_guards() {
    let header_text = committed_header();
    let catalog = catalog();
    for entry in &catalog.entries {
        let define = format!("#define NDR_STATUS_{} ", entry.upper_snake());
        let line = header_text
            .lines()
            .find(|l| l.starts_with(&define))
            .unwrap_or_else(|| panic!("no {define}: run `cargo xtask codegen`"));
        assert!(line.ends_with(&format!(" {}u", entry.value())), "{line}");
    }
    assert!(header_text.contains(&format!(
        "#define NDR_STATUS_COUNT {}u",
        catalog.entries.len()
    )));
    let (major, minor, patch) = header::ffi_version().unwrap_or_else(|e| panic!("{e}"));
    assert!(header_text.contains(&format!("#define NDR_CODES_VERSION_MAJOR {major}\n")));
    assert!(header_text.contains(&format!("#define NDR_CODES_VERSION_MINOR {minor}\n")));
    assert!(header_text.contains(&format!("#define NDR_CODES_VERSION_PATCH {patch}\n")));
    assert!(header_text.starts_with(&ndr_codes_codegen::generated_banner("//")));
    assert!(header_text.contains("#ifndef NDR_CODES_H\n#define NDR_CODES_H\n"));
    assert!(header_text.contains("extern \"C\" {"));
}
