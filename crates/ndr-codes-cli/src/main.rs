//! `ndr`: explain SMTP enhanced status codes (RFC 3463) and count them in mail logs.

use std::{
    io::{self, IsTerminal, Read, Write},
    process::ExitCode,
};

use clap::{Parser, Subcommand};
use ndr_codes::{Class, Reason};
use ndr_codes_cli::{
    Options, Outcome, bounce, explain,
    list::{self, Filter},
    scan,
    style::{ColorChoice, Style},
    tally::DEFAULT_CHUNK,
};

/// Explain SMTP enhanced status codes (RFC 3463, as in "550 5.1.1") with their Exchange and
/// Exchange Online meanings, and count them in mail logs.
///
/// Exit codes: 0 found, 1 nothing found, 2 bad usage or unreadable input.
#[derive(Parser, Debug)]
#[command(name = "ndr", version)]
struct Cli {
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    json: bool,

    /// When to colour the output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Explain a code, or every code and Exchange diagnostic in a text such as an SMTP reply.
    ///
    /// Examples: `ndr explain 5.1.1`, `ndr explain "550 5.7.1 Relaying denied"`,
    /// `ndr explain - < bounce.eml` (reads the text from standard input).
    Explain {
        /// A code such as 5.1.1, or any text; several words are joined with spaces; `-` reads
        /// standard input.
        #[arg(required = true, value_name = "CODE|TEXT")]
        text: Vec<String>,
    },
    /// List the catalog's codes as a table.
    List {
        /// Only codes of this class: 2 (success), 4 (transient) or 5 (permanent).
        #[arg(long, value_parser = list::parse_class, value_name = "2|4|5")]
        class: Option<Class>,
        /// Only codes of this subject, 0 to 7 (1 addressing, 2 mailbox, 7 security/policy ...).
        #[arg(long, value_parser = clap::value_parser!(u16).range(0..=7), value_name = "N")]
        subject: Option<u16>,
        /// Only codes filed under this bounce reason, such as user-unknown or mailbox-full.
        #[arg(long, value_parser = list::parse_reason, value_name = "REASON")]
        reason: Option<Reason>,
    },
    /// Count the codes in mail logs, plain or gzip; reads standard input without FILE or with `-`.
    ///
    /// Prints one row per code, most frequent first: the count, the code and its title. Built
    /// for multi-gigabyte logs: large reads, gzip decompressed on the fly, a progress bar on a
    /// terminal.
    Scan {
        /// Log files (plain or gzip-compressed, told apart by content); `-` is standard input.
        #[arg(value_name = "FILE")]
        files: Vec<String>,
    },
    /// Read bounce messages: per failed recipient the code, reason, remote reply and remedy.
    ///
    /// Reads message files, mbox files, maildirs, directories of those and gzip-compressed
    /// files; standard input without PATH or with `-`. `--json` prints one JSON object per
    /// recipient (JSON Lines). Exit codes: 0 a bounce found, 1 none, 2 unreadable input.
    Bounce {
        /// Files, mbox files, maildirs or directories; `-` is standard input.
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
        /// Print counts by reason, code and recipient domain instead of each recipient.
        #[arg(long)]
        summary: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse(); // Bad usage exits here with code 2 and clap's message.
    let stdout_is_terminal = io::stdout().is_terminal();
    let no_color = std::env::var("NO_COLOR").ok();
    let options = Options {
        json: cli.json,
        style: Style::new(cli.color, stdout_is_terminal, no_color.as_deref()),
    };
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    let result = match &cli.command {
        Command::Explain { text } => {
            explain_text(text).and_then(|input| explain::run(&input, &options, &mut out, &mut err))
        }
        Command::List {
            class,
            subject,
            reason,
        } => {
            let filter = Filter {
                class: *class,
                subject: *subject,
                reason: *reason,
            };
            list::run(&filter, &options, &mut out, &mut err)
        }
        Command::Scan { files } => scan::run(files, DEFAULT_CHUNK, &options, &mut out, &mut err),
        Command::Bounce { paths, summary } => {
            let view = if *summary {
                bounce::View::Summary
            } else {
                bounce::View::Recipients
            };
            bounce::run(paths, view, &options, &mut out, &mut err)
        }
    };
    let outcome = result
        .and_then(|outcome| out.flush().map(|()| outcome))
        .unwrap_or_else(|e| {
            if e.kind() == io::ErrorKind::BrokenPipe {
                // `ndr scan log | head`: the reader has all it wants.
                return Outcome::Found;
            }
            let _ = writeln!(err, "ndr: {e}");
            Outcome::Failed
        });
    ExitCode::from(outcome.exit_code())
}

/// The words of `ndr explain` joined with spaces, or standard input for `-`.
fn explain_text(words: &[String]) -> io::Result<Vec<u8>> {
    if words.len() == 1 && words[0] == "-" {
        let mut input = Vec::new();
        io::stdin().lock().read_to_end(&mut input)?;
        return Ok(input);
    }
    Ok(words.join(" ").into_bytes())
}
