//! The `ndr` command line: explain SMTP enhanced status codes, list the catalog, and count the
//! codes in mail logs of any size. `main.rs` parses the arguments; everything else lives here
//! so that tests and fuzz targets can reach it.

pub mod analysis;
pub mod bounce;
pub mod explain;
pub mod input;
pub mod json;
pub mod list;
pub mod progress;
pub mod scan;
pub mod style;
pub mod tally;
pub mod wrap;

/// How a command ended, which is also the process's exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Something was found (exit code 0).
    Found,
    /// The command ran but found nothing (exit code 1).
    NothingFound,
    /// Bad usage or unreadable input (exit code 2).
    Failed,
}

impl Outcome {
    /// The exit code: 0, 1 or 2.
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Found => 0,
            Outcome::NothingFound => 1,
            Outcome::Failed => 2,
        }
    }
}

/// What every command is told about the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Print JSON instead of text.
    pub json: bool,
    /// Colour or plain text.
    pub style: style::Style,
}
