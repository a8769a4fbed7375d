//! Project automation behind `cargo xtask`, as a library so that tests can call it.
//!
//! Each area keeps its own module: what it generates and how it is tested.

pub mod c;
pub mod codegen;
pub mod deps;
pub mod eval_bounces;
pub mod expand;
pub mod gen_log;
pub mod python;
pub mod run;
pub mod setup;
pub mod site;

use std::path::{Path, PathBuf};

/// The workspace root (the parent of this crate's folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// An error for the user: what failed and what to do.
pub type Result<T = ()> = std::result::Result<T, String>;
