//! Small HTML helpers for the reference page: escaping, and turning reference strings into
//! links where they name a URL or an RFC.

/// Escapes text for an element's content: `&`, `<` and `>`. Quotes stay as they are (the
/// catalog quotes server replies often, and `&quot;` would only add bytes).
pub(super) fn escape(text: &str) -> String {
    escape_with(text, false)
}

/// Escapes text for a double-quoted attribute value: `&`, `<`, `>` and `"`.
pub(super) fn attr(text: &str) -> String {
    escape_with(text, true)
}

fn escape_with(text: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// Where an `http://` or `https://` URL starts in `text`, and where it ends (at whitespace,
/// or before a closing bracket or a trailing sentence mark).
fn find_url(text: &str) -> Option<(usize, usize)> {
    let start = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| text.find(scheme))
        .min()?;
    let rest = &text[start..];
    let mut end = start + rest.find(char::is_whitespace).unwrap_or(rest.len());
    while text[start..end].ends_with(['.', ',', ';', ')', ']', '>']) {
        end -= 1;
    }
    Some((start, end))
}

/// `RFC 3463 section 3.5` -> (`RFC 3463 section 3.5`, its rfc-editor address). Only a
/// reference that starts with an RFC number is linked; anything after it stays text.
fn rfc_link(reference: &str) -> Option<(usize, String)> {
    let rest = reference.strip_prefix("RFC ")?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let number = &rest[..digits];
    let mut end = 4 + digits;
    let mut url = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    if let Some(section) = rest[digits..].strip_prefix(" section ") {
        let len = section
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        let section = section[..len].trim_end_matches('.');
        if !section.is_empty() {
            url += &format!("#section-{section}");
            end += " section ".len() + section.len();
        }
    }
    Some((end, url))
}

/// The address of the IANA registry that most entries cite by name.
const IANA_REGISTRY: &str = "https://www.iana.org/assignments/smtp-enhanced-status-codes";

/// One reference as HTML: a URL inside it becomes a link, an RFC citation links to the RFC,
/// and the IANA registry to its page. Other references stay plain text.
pub(super) fn reference(reference: &str) -> String {
    if let Some((start, end)) = find_url(reference) {
        let url = &reference[start..end];
        let before = reference[..start].trim_end_matches([' ', ',', '(', ':']);
        let after = &reference[end..];
        let label = if before.is_empty() { url } else { before };
        let rest = if before.is_empty() {
            escape(after)
        } else {
            escape(after.trim_start_matches(')'))
        };
        return format!("<a href=\"{}\">{}</a>{rest}", attr(url), escape(label));
    }
    if let Some((end, url)) = rfc_link(reference) {
        return format!(
            "<a href=\"{url}\">{}</a>{}",
            escape(&reference[..end]),
            escape(&reference[end..])
        );
    }
    if reference == "IANA SMTP Enhanced Status Codes registry" {
        return format!("<a href=\"{IANA_REGISTRY}\">{}</a>", escape(reference));
    }
    escape(reference)
}

#[cfg(test)]
mod tests {
    use super::{attr, escape, reference};

    #[test]
    fn escapes_markup_and_quotes_in_attributes() {
        assert_eq!(
            attr(r#"<a href="x">&</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(
            escape(r#"say "550" & <go>"#),
            r#"say "550" &amp; &lt;go&gt;"#
        );
    }

    #[test]
    fn links_urls_rfcs_and_the_registry() {
        assert_eq!(
            reference("Exchange NDR code list (community compilation), https://blog.example/list/"),
            "<a href=\"https://blog.example/list/\">Exchange NDR code list (community compilation)</a>"
        );
        assert_eq!(
            reference("https://technet.microsoft.com/en-us/library/bb232118"),
            "<a href=\"https://technet.microsoft.com/en-us/library/bb232118\">https://technet.microsoft.com/en-us/library/bb232118</a>"
        );
        assert_eq!(
            reference("RFC 3463 section 3.5"),
            "<a href=\"https://www.rfc-editor.org/rfc/rfc3463#section-3.5\">RFC 3463 section 3.5</a>"
        );
        assert_eq!(
            reference("RFC 2034"),
            "<a href=\"https://www.rfc-editor.org/rfc/rfc2034\">RFC 2034</a>"
        );
        assert!(reference("IANA SMTP Enhanced Status Codes registry").starts_with("<a href="));
        assert_eq!(
            reference("Microsoft Learn: DSNs & NDRs"),
            "Microsoft Learn: DSNs &amp; NDRs"
        );
    }
}
