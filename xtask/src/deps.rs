//! The tools the checks call: system programs are checked here and installed by
//! `.ci/provision` (xtask builds and tests; it does not administer the machine); cargo-deny,
//! a cargo tool, is installed with `cargo install` when missing.

use std::process::Command;

use crate::{Result, run};

/// Programs the C and Python checks call, with the Debian package `.ci/provision` installs
/// each from.
const TOOLS: [(&str, &str); 5] = [
    ("cc", "gcc"),
    ("c++", "g++"),
    ("pkg-config", "pkg-config"),
    ("valgrind", "valgrind"),
    ("python3", "python3-venv"),
];

/// Fails with what to run when a program the checks call is missing.
pub fn check_tools() -> Result {
    let missing: Vec<&(&str, &str)> = TOOLS
        .iter()
        .filter(|(program, _)| !run::have(program))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let programs: Vec<&str> = missing.iter().map(|(program, _)| *program).collect();
    let packages: Vec<&str> = missing.iter().map(|(_, package)| *package).collect();
    Err(format!(
        "missing {}: run `bash .ci/provision` (as root on Debian; it installs {}), or install \
         your system's equivalents",
        programs.join(", "),
        packages.join(" ")
    ))
}

/// `cargo deny check` of licences, bans and sources, installing cargo-deny when missing.
///
/// Advisories are left out here: their database is fetched from GitHub, which CI cannot reach.
/// Run `cargo deny check advisories` where the network allows.
pub fn deny() -> Result {
    if !Command::new("cargo")
        .args(["deny", "--version"])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        run::cmd("cargo", &["install", "--locked", "--quiet", "cargo-deny"])?;
    }
    run::cmd(
        "cargo",
        &[
            "deny",
            "--log-level",
            "error",
            "check",
            "bans",
            "licenses",
            "sources",
        ],
    )
}
