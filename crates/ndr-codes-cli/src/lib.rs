//! The `ndr` command line: explain SMTP enhanced status codes, list the catalog, and count the
//! codes in mail logs of any size. `main.rs` parses the arguments; everything else lives here
//! so that tests and fuzz targets can reach it.
//!
//! Internal, not a public API: the `ndr` binary is the product, and this library may change
//! in any release. It is left out of the documentation (`doc = false`, `#[doc(hidden)]`);
//! programs use the `ndr-codes` and `ndr-bounce` crates.

#[doc(hidden)]
pub mod analysis;
#[doc(hidden)]
pub mod bounce;
#[doc(hidden)]
pub mod explain;
#[doc(hidden)]
pub mod input;
#[doc(hidden)]
pub mod json;
#[doc(hidden)]
pub mod list;
#[doc(hidden)]
pub mod progress;
#[doc(hidden)]
pub mod scan;
#[doc(hidden)]
pub mod style;
#[doc(hidden)]
pub mod tally;
#[doc(hidden)]
pub mod wrap;

#[doc(hidden)]
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

#[doc(hidden)]
/// What every command is told about the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Print JSON instead of text.
    pub json: bool,
    /// Colour or plain text.
    pub style: style::Style,
}
