//! `cargo xtask setup`: build everything a user runs, then run the main job once.

use std::path::PathBuf;

use crate::{Result, c, deps, python, run};

/// A real Exchange Online NDR line, as a newcomer would paste it.
const SAMPLE_NDR: &str = "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; \
                          not found' and 554 5.7.26 on the retry";

/// Builds the `ndr` command (release), the C library into `target/c-install`, the Python
/// package into `.venv`, and explains a sample NDR with `ndr`.
pub fn run() -> Result {
    deps::check_tools()?;
    eprintln!("\n== ndr (release build) ==");
    run::cmd("cargo", &["build", "--release", "-p", "ndr-codes-cli"])?;
    eprintln!("\n== C library ==");
    let prefix = c::install::target_dir().join("c-install");
    c::install_c(&["--prefix", &prefix.display().to_string()])?;
    eprintln!("\n== Python package ==");
    python::ensure_venv()?;
    python::install()?;
    let ndr: PathBuf = c::install::target_dir().join("release").join("ndr");
    eprintln!("\n== the main job: ndr explain \"{SAMPLE_NDR}\" ==\n");
    run::cmd(&ndr.display().to_string(), &["explain", SAMPLE_NDR])?;
    eprintln!(
        "\nready:\n  {ndr} explain 5.7.26 | list --class 4 | scan /var/log/mail.log\n  \
         .venv/bin/python -c \"import ndr_codes; print(ndr_codes.Status('5.1.1').remedy)\"\n  \
         C: PKG_CONFIG_PATH={prefix}/lib/pkgconfig cc app.c $(pkg-config --cflags --libs ndr_codes)",
        ndr = ndr.display(),
        prefix = prefix.display()
    );
    Ok(())
}
