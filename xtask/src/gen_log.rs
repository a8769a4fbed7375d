//! `cargo xtask gen-log --size 1G --out FILE`: writes the synthetic mail log of
//! `ndr-codes-testdata` to a file.

use std::{
    fs::File,
    io::{BufWriter, Write},
    path::Path,
};

pub use ndr_codes_testdata::{Summary, generate, parse_size};

use crate::Result;

/// `gen-log --size SIZE --out FILE`: the command-line face of [`generate`].
pub fn run(args: &[&str]) -> Result {
    let usage = "usage: cargo xtask gen-log --size SIZE --out FILE   (SIZE such as 64M or 1G)";
    let (mut size, mut out) = (None, None);
    let mut rest = args.iter();
    while let Some(&arg) = rest.next() {
        match (arg, rest.next()) {
            ("--size", Some(value)) => size = Some(parse_size(value)?),
            ("--out", Some(value)) => out = Some(*value),
            _ => return Err(format!("unexpected `{arg}`\n{usage}")),
        }
    }
    let (Some(size), Some(out)) = (size, out) else {
        return Err(usage.to_string());
    };
    let path = Path::new(out);
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let file = File::create(path).map_err(|e| format!("cannot create {out}: {e}"))?;
    let mut writer = BufWriter::with_capacity(1 << 20, file);
    let summary = generate(size, &mut writer)
        .and_then(|s| writer.flush().map(|()| s))
        .map_err(|e| format!("cannot write {out}: {e}"))?;
    let total: u64 = summary.codes.values().sum();
    eprintln!(
        "wrote {out}: {} bytes, {} lines, {total} codes ({} distinct)",
        summary.bytes,
        summary.lines,
        summary.codes.len()
    );
    Ok(())
}
