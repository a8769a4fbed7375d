//! Installing the system tools the tests need, so that a fresh machine only needs Rust.

use std::process::Command;

use crate::{Result, run};

/// Programs the C and Python checks call, with the Debian package that provides each.
const TOOLS: [(&str, &str); 5] = [
    ("cc", "gcc"),
    ("c++", "g++"),
    ("pkg-config", "pkg-config"),
    ("valgrind", "valgrind"),
    ("python3", "python3-venv"),
];

/// Whether this process runs as root (apt-get needs it).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Installs with apt-get whatever of the tools the checks call (cc, c++, pkg-config, valgrind,
/// python3) is missing; without root or apt-get, says what to install instead of failing
/// (the C suite then falls back to ASan).
pub fn ensure_tools() -> Result {
    let missing: Vec<&str> = TOOLS
        .iter()
        .filter(|(program, _)| !run::have(program))
        .map(|(_, package)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    if !is_root() || !run::have("apt-get") {
        eprintln!(
            "warning: missing tools; install the Debian packages {} (or your system's equivalents)",
            missing.join(" ")
        );
        return Ok(());
    }
    run::cmd("apt-get", &["update", "-qq"])?;
    let mut args = vec!["install", "-y", "-qq", "--no-install-recommends"];
    args.extend(&missing);
    run::cmd_in("apt-get", &args, &[("DEBIAN_FRONTEND", "noninteractive")])
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
