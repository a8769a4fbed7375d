//! Reading many messages: `.eml` files, mbox files (streamed), maildirs, directories of
//! those, `.gz` files, and standard input.

use std::{
    fmt,
    fs::File,
    io::{self, BufRead, BufReader, Read},
    path::{Path, PathBuf},
};

use flate2::read::MultiGzDecoder;

/// A file or directory that could not be read; the other inputs are still read.
#[derive(Debug)]
pub struct ReadError {
    /// The path as it was reached.
    pub source: String,
    /// What went wrong.
    pub error: io::Error,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.error)
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Every message under `path`, as `(source, message bytes)`.
///
/// `path` may be a message file, an mbox file (each message is `path:N`, N from 1, read one at
/// a time), a gzip-compressed file of either kind, a maildir or any directory (read
/// recursively in name order, hidden entries and maildir `tmp/` skipped), or `-` for standard
/// input. An unreadable entry is one `Err` item; iteration goes on with the rest.
///
/// ```no_run
/// for item in ndr_bounce::read("bounces/") {
///     match item {
///         Ok((source, raw)) => println!("{source}: {:?}", ndr_bounce::parse(&raw).map(|b| b.kind())),
///         Err(e) => eprintln!("{e}"),
///     }
/// }
/// ```
pub fn read(path: impl AsRef<Path>) -> Messages {
    Messages {
        pending: vec![path.as_ref().to_path_buf()],
        mbox: None,
    }
}

/// The iterator [`read`] returns.
pub struct Messages {
    /// Paths still to read, last first.
    pending: Vec<PathBuf>,
    /// The mbox being read, message by message.
    mbox: Option<Mbox>,
}

struct Mbox {
    source: String,
    reader: Box<dyn BufRead>,
    count: usize,
    done: bool,
}

impl Iterator for Messages {
    type Item = Result<(String, Vec<u8>), ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(mbox) = &mut self.mbox {
                match mbox.next_message() {
                    Some(item) => return Some(item),
                    None => self.mbox = None,
                }
            }
            let path = self.pending.pop()?;
            if let Some(item) = self.open(path) {
                return Some(item);
            }
        }
    }
}

impl Messages {
    /// Opens `path`: a directory queues its entries, an mbox starts streaming, a message file
    /// is returned whole.
    fn open(&mut self, path: PathBuf) -> Option<Result<(String, Vec<u8>), ReadError>> {
        let source = path.display().to_string();
        let fail = |error| {
            Some(Err(ReadError {
                source: source.clone(),
                error,
            }))
        };
        let reader: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin())
        } else {
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return fail(e),
            };
            if meta.is_dir() {
                return match self.queue_dir(&path) {
                    Ok(()) => None,
                    Err(e) => fail(e),
                };
            }
            match File::open(&path) {
                Ok(f) => Box::new(f),
                Err(e) => return fail(e),
            }
        };
        let source = if path.as_os_str() == "-" {
            "-".to_owned()
        } else {
            source
        };
        let mut reader = BufReader::with_capacity(64 << 10, reader);
        let gzip = match reader.fill_buf() {
            Ok(head) => head.starts_with(&[0x1f, 0x8b]),
            Err(e) => return Some(Err(ReadError { source, error: e })),
        };
        let mut reader: Box<dyn BufRead> = if gzip {
            Box::new(BufReader::with_capacity(
                64 << 10,
                MultiGzDecoder::new(reader),
            ))
        } else {
            Box::new(reader)
        };
        let is_mbox = match reader.fill_buf() {
            Ok(head) => {
                let first = head.split(|&b| b == b'\n').next().unwrap_or_default();
                is_separator(first)
            }
            Err(e) => return Some(Err(ReadError { source, error: e })),
        };
        if is_mbox {
            self.mbox = Some(Mbox {
                source,
                reader,
                count: 0,
                done: false,
            });
            return None;
        }
        let mut raw = Vec::new();
        match reader.read_to_end(&mut raw) {
            Ok(_) => Some(Ok((source, raw))),
            Err(error) => Some(Err(ReadError { source, error })),
        }
    }

    /// Queues the entries of a directory in name order; a maildir's `tmp/` and hidden entries
    /// are left out.
    fn queue_dir(&mut self, dir: &Path) -> io::Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        let is_maildir = dir.join("cur").is_dir() && dir.join("new").is_dir();
        if is_maildir {
            entries.retain(|p| p.file_name().is_none_or(|n| n != "tmp"));
        }
        entries.sort();
        self.pending.extend(entries.into_iter().rev());
        Ok(())
    }
}

/// Whether `line` is an mbox separator: `From sender date`, where the date has a time
/// (`Thu Jan  1 00:00:00 2026`). A body line such as "From here on, ..." is not.
fn is_separator(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"From ") else {
        return false;
    };
    let words = rest
        .split(|b| b.is_ascii_whitespace())
        .filter(|w| !w.is_empty())
        .count();
    let has_time = rest
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit());
    words >= 3 && has_time
}

impl Mbox {
    /// The next message: the lines up to the next `From ` separator line.
    fn next_message(&mut self) -> Option<Result<(String, Vec<u8>), ReadError>> {
        if self.done {
            return None;
        }
        let mut message = Vec::new();
        let mut line = Vec::new();
        loop {
            line.clear();
            match self.reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    self.done = true;
                    break;
                }
                Ok(_) => {}
                Err(error) => {
                    self.done = true;
                    self.count += 1;
                    return Some(Err(ReadError {
                        source: format!("{}:{}", self.source, self.count),
                        error,
                    }));
                }
            }
            // A separator is a `From ` line at the start or after an empty line.
            let after_blank =
                message.is_empty() || message.ends_with(b"\n\n") || message.ends_with(b"\n\r\n");
            if after_blank && is_separator(&line) {
                if !message.is_empty() {
                    // The separator is consumed: the next call starts at the next message.
                    break;
                }
                continue;
            }
            message.extend_from_slice(&line);
        }
        if message.iter().all(u8::is_ascii_whitespace) {
            return if self.done { None } else { self.next_message() };
        }
        // The blank line before a separator belongs to the mbox, not the message.
        if message.ends_with(b"\n\n") {
            message.pop();
        }
        self.count += 1;
        Some(Ok((format!("{}:{}", self.source, self.count), message)))
    }
}
