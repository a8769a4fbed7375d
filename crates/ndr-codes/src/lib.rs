//! SMTP enhanced status codes (RFC 3463) as a small, zero-allocation Rust type, with what
//! they mean, what Microsoft Exchange and Exchange Online mean by them, and what to do.
//!
//! The list comes from the project's `catalog.yaml`, turned into `const fn` match tables at
//! build time. Nothing here allocates, and the crate is `#![no_std]`.
//!
//! ```
//! use ndr_codes::{Class, Status};
//!
//! let status: Status = "5.1.1".parse()?;
//! assert_eq!(status, Status::BadDestinationMailbox);
//! assert_eq!(status.class(), Class::PermanentFailure);
//! assert!(status.is_permanent());
//! println!("{status}: {}. {}", status.title(), status.remedy());
//! # Ok::<(), ndr_codes::ParseError>(())
//! ```
//!
//! Any well-formed code, known or not, is a [`Code`]; [`Code::explain`] always answers, from
//! the closest entry it can find:
//!
//! ```
//! use ndr_codes::{Code, Level};
//!
//! let code: Code = "5.1.999".parse()?;
//! let explanation = code.explain();
//! assert_eq!(explanation.level(), Level::Subject);
//! assert_eq!(explanation.title(), "Addressing status");
//! # Ok::<(), ndr_codes::ParseError>(())
//! ```
//!
//! # Features
//! - `std` (default): nothing beyond `core` is needed today; kept for future helpers.
//! - `serde`: [`Code`] and [`Status`] serialise as the string `"5.1.1"`.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

mod actor;
mod class;
mod code;
mod error;
mod explain;
mod meaning;
mod scan;
#[cfg(feature = "serde")]
mod serde_impl;
mod status;
mod subject;

pub use actor::{Actor, Origin};
pub use class::Class;
pub use code::{Code, CodeStr};
pub use error::{ParseError, ParseErrorKind};
pub use explain::{Explanation, Level};
pub use meaning::Meaning;
pub use scan::{FindCodes, Found, find_codes};
pub use status::{Reason, Status};
pub use subject::Subject;

// The examples of the READMEs run as doctests, so they cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct WorkspaceReadme;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct CrateReadme;
