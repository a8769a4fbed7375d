//! Running commands with a clear account of what runs and what failed.

use std::process::Command;

use crate::{Result, root};

/// Runs a command from the workspace root, echoing it; fails with the command's name.
pub fn cmd(program: &str, args: &[&str]) -> Result {
    cmd_in(program, args, &[])
}

/// Like [`cmd`], with extra environment variables.
pub fn cmd_in(program: &str, args: &[&str], env: &[(&str, &str)]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot run `{program}`: {e} (is it installed?)"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{program} {}` failed ({status})", args.join(" ")))
    }
}

/// Whether a program can be found on PATH.
pub fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}
