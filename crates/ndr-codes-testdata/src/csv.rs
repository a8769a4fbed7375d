//! A reader for small CSV files with quoted fields (RFC 4180), such as IANA's registry table in
//! `tests/iana/`: enough for test fixtures, without a CSV dependency.

/// The rows of a CSV text, header row included. Inside quotes `""` is one quote and a field
/// may span lines; `\r` outside quotes is dropped.
///
/// ```
/// let rows = ndr_codes_testdata::csv::rows("a,\"b, \"\"c\"\"\"\r\n1,2\n");
/// assert_eq!(rows, [["a", "b, \"c\""], ["1", "2"]]);
/// ```
pub fn rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn quoted_fields_may_hold_commas_quotes_and_newlines() {
        let text = "code,text\n\"X.1.1\",\"Bad \"\"mailbox\"\",\nsee RFC\"\nlast,row";
        assert_eq!(
            rows(text),
            [
                vec!["code", "text"],
                vec!["X.1.1", "Bad \"mailbox\",\nsee RFC"],
                vec!["last", "row"],
            ]
        );
    }

    #[test]
    fn empty_text_and_empty_fields() {
        assert!(rows("").is_empty());
        assert_eq!(rows(",\n"), [["", ""]]);
    }
}
