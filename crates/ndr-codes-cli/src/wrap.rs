//! Word wrapping for the catalog's paragraphs.

/// Wraps `text` at `width` columns, starting every line with `indent`. Words longer than a
/// line (URLs) get a line of their own rather than being cut.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let room = width.saturating_sub(indent.chars().count()).max(20);
    let mut out = String::new();
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let word_len = word.chars().count();
        if line_len > 0 && line_len + 1 + word_len > room {
            out.push('\n');
            line_len = 0;
        }
        if line_len == 0 {
            out.push_str(indent);
        } else {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += word_len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_the_width_with_an_indent() {
        let text = "the quick brown fox jumps over the lazy dog again and again";
        let wrapped = wrap(text, 24, "  ");
        for line in wrapped.lines() {
            assert!(line.starts_with("  ") && line.len() <= 24, "{line:?}");
        }
        assert_eq!(
            wrapped.split_whitespace().collect::<Vec<_>>().join(" "),
            text
        );
        assert_eq!(wrap("", 80, "  "), "");
        let url = "x".repeat(100);
        assert_eq!(
            wrap(&format!("see {url} now"), 40, ""),
            format!("see\n{url}\nnow")
        );
    }
}
