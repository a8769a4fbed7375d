//! A readable copy of generated Rust, for people (feature `pretty`, used by xtask only).
//!
//! Build scripts write [`rust_file`](crate::rust_file)'s one-line token text; `cargo xtask
//! codegen --expand` formats the same text with `prettyplease` so it can be read and diffed.

/// Formats the text of a generated Rust file; its first line (the banner) is kept as it is.
///
/// Fails with the parser's message when the text is not a Rust file, which would be a
/// generator bug.
pub fn unparse(source: &str) -> Result<String, String> {
    let (banner, body) = match source.split_once('\n') {
        Some((first, rest)) if first.starts_with("//") => (first, rest),
        _ => ("", source),
    };
    let file = syn::parse_file(body)
        .map_err(|err| format!("ndr-codes-codegen produced Rust that does not parse: {err}"))?;
    let mut out = String::new();
    if !banner.is_empty() {
        out.push_str(banner);
        out.push('\n');
    }
    out.push_str(&prettyplease::unparse(&file));
    Ok(out)
}
