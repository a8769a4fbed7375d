//! Running the `ndr` binary as a user does, for every test file of the CLI.
#![allow(dead_code, reason = "each test file uses its own part of this module")]

use std::{
    io::Write,
    process::{Command, Stdio},
};

use serde_json::Value;

/// What a run of `ndr` gave.
pub struct Run {
    /// The exit code.
    pub code: i32,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Run {
    /// Standard output as one JSON document.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

/// Runs `ndr` with `args`, `stdin` and extra environment, without a terminal and without
/// NO_COLOR.
pub fn ndr_with(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ndr"))
        .args(args)
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the ndr binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    pipe.write_all(stdin).expect("ndr reads its input");
    drop(pipe);
    let output = child.wait_with_output().expect("ndr finishes");
    Run {
        code: output
            .status
            .code()
            .expect("ndr exits normally, not by a signal"),
        stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
    }
}
