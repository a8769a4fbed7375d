//! `ndr explain CODE|TEXT`: everything the catalog knows about a code, or about every code
//! and Exchange diagnostic token in a text such as a whole SMTP reply.

use std::io::{self, Write};

use ndr_bounce::Classification;
use ndr_codes::{Code, Explanation, Level};
use serde_json::json;

use crate::{
    Options, Outcome,
    analysis::{Finding, analyse},
    json, wrap,
};

/// Width the paragraphs are wrapped to.
const WIDTH: usize = 80;

/// Explains `input` (a code or any text) to `out`; says on `err` why nothing was explained.
pub fn run(
    input: &[u8],
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let findings = analyse(input);
    let trimmed = input.trim_ascii();
    if findings.is_empty() && looks_like_a_code(trimmed) {
        // The user meant a code: say what is wrong with it rather than "nothing found".
        if let Err(e) = Code::parse_bytes(trimmed) {
            let shown = String::from_utf8_lossy(trimmed);
            writeln!(err, "ndr: `{shown}` is not a valid code: {e}")?;
            return Ok(Outcome::Failed);
        }
    }
    // The reason the words give (DESIGN.md section 8), shown beside the code's own reason.
    let text = ndr_bounce::classify(input);
    let by_rule = !text.rule.starts_with("status:") && !text.rule.starts_with("class:");
    let by_rule = by_rule && text.rule != "none";
    if options.json {
        let results: Vec<_> = findings.iter().map(finding_json).collect();
        let classification = json!({
            "reason": text.reason.as_str(),
            "rule": text.rule,
            "code": text.code.map(|c| c.to_string()),
        });
        let value = json!({
            "input": String::from_utf8_lossy(input),
            "classification": classification,
            "results": results,
        });
        writeln!(out, "{value:#}")?;
    } else {
        let alone = findings.len() == 1
            && findings[0].matches.len() == 1
            && findings[0].matches[0].text.as_bytes() == trimmed;
        // The text's reason goes with the code it was decided for (the first one otherwise).
        let shown_at = findings
            .iter()
            .position(|f| Some(f.code) == text.code)
            .unwrap_or(0);
        for (i, finding) in findings.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            let words = (by_rule && i == shown_at).then_some(&text);
            write_finding(finding, !alone, words, options, out)?;
        }
        if findings.is_empty() && by_rule {
            field(out, options, "text says", &text_reason(&text))?;
            return Ok(Outcome::Found);
        }
    }
    if findings.is_empty() && by_rule {
        return Ok(Outcome::Found);
    }
    if findings.is_empty() {
        writeln!(
            err,
            "ndr: no status code or Exchange diagnostic found; give a code such as 5.1.1, or a reply such as \"550 5.1.1 User unknown\""
        )?;
        return Ok(Outcome::NothingFound);
    }
    Ok(Outcome::Found)
}

/// Only digits and dots, with at least one dot: an attempt at a code.
fn looks_like_a_code(text: &[u8]) -> bool {
    text.contains(&b'.') && text.iter().all(|b| b.is_ascii_digit() || *b == b'.')
}

fn finding_json(finding: &Finding) -> serde_json::Value {
    let mut value = json::explanation(&finding.code.explain());
    value["matches"] = finding
        .matches
        .iter()
        .map(|m| json!({ "text": m.text, "start": m.span.start, "end": m.span.end, "kind": m.kind.as_str() }))
        .collect();
    value
}

/// One labelled line: `  label        value`.
fn field(out: &mut dyn Write, options: &Options, label: &str, value: &str) -> io::Result<()> {
    writeln!(
        out,
        "  {} {value}",
        options.style.dim(&format!("{label:<13}"))
    )
}

/// `blocked: Sending host blocked (rule dnsbl)`.
fn text_reason(text: &Classification) -> String {
    format!(
        "{}: {} (rule {})",
        text.reason,
        text.reason.title(),
        text.rule
    )
}

/// A titled paragraph, wrapped.
fn paragraph(out: &mut dyn Write, options: &Options, title: &str, text: &str) -> io::Result<()> {
    writeln!(out, "\n  {}", options.style.bold(title))?;
    writeln!(out, "{}", wrap::wrap(text, WIDTH, "    "))
}

fn write_finding(
    finding: &Finding,
    show_matches: bool,
    words: Option<&Classification>,
    options: &Options,
    out: &mut dyn Write,
) -> io::Result<()> {
    let explanation = finding.code.explain();
    let style = options.style;
    let code = finding.code.to_string();
    writeln!(
        out,
        "{}  {}",
        style.class(explanation.class(), &code),
        style.bold(explanation.title())
    )?;
    if show_matches {
        let places: Vec<String> = finding
            .matches
            .iter()
            .map(|m| format!("{} (bytes {}-{})", m.text, m.span.start, m.span.end))
            .collect();
        field(out, options, "found as", &places.join(", "))?;
    }
    if explanation.level() != Level::Exact {
        field(out, options, "answer", &level_note(&explanation))?;
    }
    let class = explanation.class();
    field(
        out,
        options,
        "class",
        &format!("{} {}", class.number(), class.title()),
    )?;
    let subject = match explanation.subject() {
        Some(subject) => format!("{} {}", subject.number(), subject.title()),
        None => format!(
            "{} (not a subject RFC 3463 defines)",
            finding.code.subject_number()
        ),
    };
    field(out, options, "subject", &subject)?;
    match explanation.status() {
        Some(status) => {
            field(
                out,
                options,
                "entry",
                &format!(
                    "{} {} ({})",
                    status.notation(),
                    status.name(),
                    status.origin()
                ),
            )?;
            let reason = status.reason();
            field(
                out,
                options,
                "reason",
                &format!("{reason}: {}", reason.title()),
            )?;
            if let Some(words) = words {
                field(out, options, "text says", &text_reason(words))?;
            }
            field(out, options, "who acts", status.actor().as_str())?;
            let replies: Vec<String> = status.smtp_replies().iter().map(u16::to_string).collect();
            field(out, options, "SMTP replies", &replies.join(", "))?;
            if !status.diagnostics().is_empty() {
                field(
                    out,
                    options,
                    "diagnostics",
                    &status.diagnostics().join(", "),
                )?;
            }
            paragraph(out, options, "What it means", status.description())?;
            paragraph(out, options, "Applies to", status.applies_to())?;
            if let Some(exchange) = status.exchange() {
                paragraph(out, options, "In Exchange", exchange)?;
            }
            paragraph(out, options, "What to do", status.remedy())?;
            if let Some(step) = status.sender() {
                paragraph(out, options, "If you sent the message", step)?;
            }
            if let Some(note) = status.note() {
                paragraph(out, options, "Note", note)?;
            }
            writeln!(out, "\n  {}", style.bold("References"))?;
            for reference in status.references() {
                writeln!(out, "    - {reference}")?;
            }
        }
        None => {
            if let Some(words) = words {
                field(out, options, "text says", &text_reason(words))?;
            }
            paragraph(out, options, "What it means", explanation.description())?;
            // At the class level the description above already is the class's.
            if explanation.level() == Level::Subject {
                let title = format!("Class {}", class.number());
                paragraph(out, options, &title, class.description())?;
            }
        }
    }
    Ok(())
}

/// Why the answer is less precise than the code.
fn level_note(explanation: &Explanation) -> String {
    let code = explanation.code();
    match (explanation.level(), explanation.status()) {
        (Level::OtherClass, Some(status)) => format!(
            "{} ({}): the catalog has no entry for {code}; this is what {} means, in class {} instead",
            explanation.level(),
            status.as_str(),
            status.as_str(),
            status.class().number()
        ),
        (Level::Subject, _) => {
            format!(
                "subject only: the catalog has no entry for {code}; this is what subject {} is about",
                code.subject_number()
            )
        }
        _ => format!(
            "class only: the catalog has no entry for {code} and {} is not a known subject",
            code.subject_number()
        ),
    }
}

#[cfg(test)]
mod tests {
    use ndr_codes::Status;

    use super::*;
    use crate::style::Style;

    fn explain(input: &str, json: bool) -> (Outcome, String, String) {
        let options = Options {
            json,
            style: Style::PLAIN,
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = run(input.as_bytes(), &options, &mut out, &mut err).unwrap();
        (
            outcome,
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn a_known_code_shows_the_whole_entry() {
        let status = Status::ALL[Status::ALL.len() - 1];
        let (outcome, out, _) = explain(status.as_str(), false);
        assert_eq!(outcome, Outcome::Found);
        assert!(
            out.starts_with(&format!("{}  {}", status.as_str(), status.title())),
            "{out}"
        );
        assert!(!out.contains("found as"), "{out}");
        for reference in status.references() {
            assert!(out.contains(reference), "{out}");
        }
        assert!(out.contains(status.reason().as_str()));
    }

    #[test]
    fn unknown_codes_say_where_the_answer_comes_from() {
        let (outcome, out, _) = explain("5.9.999", false);
        assert_eq!(outcome, Outcome::Found);
        assert!(out.contains("class only"), "{out}");
        // The class's text is the answer itself: not repeated under a "Class 5" heading.
        assert!(!out.contains("\n  Class 5\n"), "{out}");
        let (_, out, _) = explain("5.1.999", false);
        assert!(
            out.contains("subject only") && out.contains("\n  Class 5\n"),
            "{out}"
        );
    }

    #[test]
    fn malformed_code_and_plain_text() {
        let (outcome, _, err) = explain("5.01.1", false);
        assert_eq!(outcome, Outcome::Failed);
        assert!(err.contains("bad subject"), "{err}");
        let (outcome, out, err) = explain("hello from 10.5.1.1", true);
        assert_eq!(outcome, Outcome::NothingFound);
        assert!(err.contains("no status code"));
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["results"], serde_json::json!([]));
    }

    #[test]
    fn the_reason_the_text_gives_stands_beside_the_codes() {
        let reply = "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using Spamhaus";
        let (outcome, out, _) = explain(reply, false);
        assert_eq!(outcome, Outcome::Found);
        let code_reason = Status::from_code("5.7.1".parse().unwrap())
            .unwrap()
            .reason();
        assert!(
            out.contains(&format!("reason        {code_reason}:")),
            "{out}"
        );
        assert!(
            out.contains("text says     blocked: Sending host blocked (rule dnsbl)"),
            "{out}"
        );
        let (_, out, _) = explain(reply, true);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["classification"]["reason"], "blocked");
        assert_eq!(value["classification"]["rule"], "dnsbl");
        assert_eq!(value["classification"]["code"], "5.7.1");
        // A bare code: no second reason.
        let (_, out, _) = explain("5.7.1", false);
        assert!(!out.contains("text says"), "{out}");
        // Words without a code still get their reason.
        let (outcome, out, _) = explain("mailbox is full", false);
        assert_eq!(outcome, Outcome::Found);
        assert!(out.contains("text says     mailbox-full"), "{out}");
    }

    #[test]
    fn text_lists_every_code_with_where_it_was_found() {
        let (outcome, out, _) =
            explain("550 5.7.1 relay denied; earlier 450 4.7.1 greylisted", true);
        assert_eq!(outcome, Outcome::Found);
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        let results = value["results"].as_array().unwrap();
        assert_eq!(results.len(), 2);
        assert_eq!(results[0]["code"], "5.7.1");
        assert_eq!(results[1]["matches"][0]["start"], 36);
        assert_eq!(results[1]["matches"][0]["kind"], "code");
    }
}
