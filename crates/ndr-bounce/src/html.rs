//! HTML-only bounces (some Exchange Online and webmail NDRs): the text, tags removed.

/// The text of an HTML body: tags dropped, block ends as line ends, common entities decoded.
pub(crate) fn to_text(html: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len() / 2);
    let mut i = 0;
    while i < html.len() {
        match html[i] {
            b'<' => {
                let end = html[i..]
                    .iter()
                    .position(|&b| b == b'>')
                    .map_or(html.len(), |p| i + p + 1);
                let tag = &html[i + 1..end.saturating_sub(1).max(i + 1)];
                let name_len = tag
                    .iter()
                    .position(|b| !(b.is_ascii_alphanumeric() || *b == b'/'))
                    .unwrap_or(tag.len());
                let name = &tag[..name_len];
                let is = |names: &[&[u8]]| names.iter().any(|n| name.eq_ignore_ascii_case(n));
                if is(&[
                    b"br", b"/p", b"p", b"/div", b"/tr", b"/li", b"/h1", b"/h2", b"/h3", b"/table",
                ]) {
                    out.push(b'\n');
                } else if is(&[b"td", b"/td"]) {
                    out.push(b' ');
                }
                // Skip style and script contents entirely.
                if is(&[b"style", b"script"]) {
                    let close: &[u8] = if is(&[b"style"]) {
                        b"</style"
                    } else {
                        b"</script"
                    };
                    i = crate::bytes::find_ci(&html[end..], close).map_or(html.len(), |p| end + p);
                    continue;
                }
                i = end;
            }
            b'&' => {
                let rest = &html[i..html.len().min(i + 8)];
                let (text, len): (&[u8], usize) = if rest.starts_with(b"&lt;") {
                    (b"<", 4)
                } else if rest.starts_with(b"&gt;") {
                    (b">", 4)
                } else if rest.starts_with(b"&amp;") {
                    (b"&", 5)
                } else if rest.starts_with(b"&nbsp;") {
                    (b" ", 6)
                } else if rest.starts_with(b"&quot;") {
                    (b"\"", 6)
                } else if rest.starts_with(b"&#39;") {
                    (b"'", 5)
                } else {
                    (b"&", 1)
                };
                out.extend_from_slice(text);
                i += len;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn strips_tags_and_entities() {
        let text = super::to_text(b"<style>p{}</style><p>a&lt;b&gt;</p><br>c&amp;d<td>e</td>");
        assert_eq!(text, b"\na<b>\n\nc&d e ".to_vec());
    }
}
