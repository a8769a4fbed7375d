//! `ndr scan [FILE...]`: counts the codes in mail logs of any size (plain or gzip, standard
//! input by default) and prints them, most frequent first, with what each means.

use std::io::{self, Write};

use ndr_codes::Level;
use serde_json::{Value, json};

use crate::{
    Options, Outcome, input,
    progress::{Progress, human_bytes},
    tally::{ChunkScanner, Tally},
};

/// What happened to one input.
struct InputReport {
    name: String,
    gzip: bool,
    /// Decoded bytes searched.
    bytes: u64,
    error: Option<String>,
}

/// Scans `paths` (`-` is standard input; none means standard input) with chunks of
/// `chunk_size` bytes.
pub fn run(
    paths: &[String],
    chunk_size: usize,
    options: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let stdin = ["-".to_owned()];
    let paths = if paths.is_empty() { &stdin[..] } else { paths };
    let sizes: Option<Vec<u64>> = paths
        .iter()
        .map(|p| {
            if p == "-" {
                None
            } else {
                std::fs::metadata(p).ok().map(|m| m.len())
            }
        })
        .collect();
    let mut progress = Progress::new(sizes.map(|s| s.iter().sum()));
    let mut scanner = ChunkScanner::new(chunk_size);
    let mut tally = Tally::new();
    let mut reports = Vec::with_capacity(paths.len());
    let mut done_before = 0u64;
    for path in paths {
        let before = tally.bytes();
        let mut report = InputReport {
            name: path.clone(),
            gzip: false,
            bytes: 0,
            error: None,
        };
        match input::open(path) {
            Err(e) => {
                report.error = Some(format!(
                    "cannot open {path}: {e}; check the path and its permissions (use - for standard input)"
                ));
            }
            Ok(mut opened) => {
                report.gzip = opened.gzip;
                let raw = opened.raw_read.clone();
                let label = short_name(path);
                let result = scanner.scan(&mut opened.reader, &mut tally, &mut |_| {
                    progress.update(done_before + raw.get(), &label);
                });
                done_before += raw.get();
                if let Err(e) = result {
                    let hint = if opened.gzip {
                        " (is the gzip file complete?)"
                    } else {
                        ""
                    };
                    report.error = Some(format!("cannot read {path}: {e}{hint}"));
                }
            }
        }
        report.bytes = tally.bytes() - before;
        reports.push(report);
    }
    let summary_wanted = progress.is_enabled();
    progress.finish();

    let failed = reports.iter().any(|r| r.error.is_some());
    for report in &reports {
        if let Some(error) = &report.error {
            writeln!(err, "ndr: {error}")?;
        }
    }
    if options.json {
        writeln!(out, "{:#}", to_json(&tally, &reports))?;
    } else if !tally.is_empty() {
        write_table(&tally, options, out)?;
    }
    if tally.is_empty() && !failed {
        writeln!(
            err,
            "ndr: no status codes found in {}",
            human_bytes(tally.bytes() as f64)
        )?;
    } else if summary_wanted {
        writeln!(
            err,
            "ndr: {} codes ({} distinct) in {}",
            thousands(tally.total()),
            tally.sorted().len(),
            human_bytes(tally.bytes() as f64)
        )?;
    }
    Ok(if failed {
        Outcome::Failed
    } else if tally.is_empty() {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

/// The last part of a path, short enough for the progress bar.
fn short_name(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.chars().count() > 24 {
        format!("{}…", name.chars().take(23).collect::<String>())
    } else {
        name.to_owned()
    }
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn write_table(tally: &Tally, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let rows = tally.sorted();
    let count_width = rows
        .iter()
        .map(|(_, n)| thousands(*n).len())
        .max()
        .unwrap_or(0)
        .max(5);
    let code_width = rows
        .iter()
        .map(|(c, _)| c.to_code_str().len())
        .max()
        .unwrap_or(0)
        .max(4);
    let header = format!("{:>count_width$}  {:<code_width$}  TITLE", "COUNT", "CODE");
    writeln!(out, "{}", options.style.dim(&header))?;
    for (code, count) in rows {
        let explanation = code.explain();
        let padded = format!("{:<code_width$}", code.to_code_str().as_str());
        let level = match explanation.level() {
            Level::Exact => String::new(),
            level => options.style.dim(&format!("  [{level}]")),
        };
        writeln!(
            out,
            "{:>count_width$}  {}  {}{level}",
            thousands(count),
            options.style.class(code.class(), &padded),
            explanation.title()
        )?;
    }
    Ok(())
}

fn to_json(tally: &Tally, reports: &[InputReport]) -> Value {
    let codes: Vec<Value> = tally
        .sorted()
        .into_iter()
        .map(|(code, count)| {
            let explanation = code.explain();
            json!({
                "code": code.to_string(),
                "count": count,
                "level": explanation.level().as_str(),
                "title": explanation.title(),
                "name": explanation.status().map(|s| s.name()),
            })
        })
        .collect();
    let inputs: Vec<Value> = reports
        .iter()
        .map(|r| json!({ "name": r.name, "gzip": r.gzip, "bytes": r.bytes, "error": r.error }))
        .collect();
    json!({
        "inputs": inputs,
        "bytes": tally.bytes(),
        "total": tally.total(),
        "distinct": codes.len(),
        "codes": codes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("/var/log/mail.log"), "mail.log");
        assert_eq!(short_name("-"), "-");
        assert_eq!(short_name(&"x".repeat(40)).chars().count(), 24);
    }
}
