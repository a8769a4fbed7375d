//! `cargo xtask <command>`: see `cargo xtask help`.

use std::process::ExitCode;

use xtask::{Result, c, codegen, deps, eval_bounces, expand, gen_log, python, run, setup, site};

const HELP: &str = "\
cargo xtask <command>

commands:
  setup                    build ndr, the C library and the Python package (.venv), and run
                           `ndr explain` on a sample NDR
  codegen [--check]        regenerate the files made from catalog.yaml (--check: fail on drift)
  codegen --expand         write the Rust that build scripts generate, formatted for reading,
                           to target/expand/
  test                     run every test of every language (system packages: .ci/provision)
  bench                    run the benchmarks
  install-c --prefix DIR   build the C library (release) and install lib/libndr_codes.{a,so},
                           include/ndr_codes.h and lib/pkgconfig/ndr_codes.pc under DIR
  gen-log --size 1G --out FILE
                           write a realistic synthetic mail log of that size (deterministic)
  eval-bounces [DIR]       score ndr-bounce on a bounce corpus (emails/ + expected.jsonl;
                           default ../shared/corpus/bounces) and print every miss
  help                     this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen::run(false),
        ["codegen", "--check"] => codegen::run(true),
        ["codegen", "--expand"] => expand::run(),
        ["setup"] => setup::run(),
        ["test"] => test_all(),
        ["bench", rest @ ..] => bench(rest),
        ["install-c", rest @ ..] => c::install_c(rest),
        ["gen-log", rest @ ..] => gen_log::run(rest),
        ["eval-bounces", rest @ ..] => eval_bounces::run(rest),
        [] | ["help" | "--help" | "-h"] => {
            print!("{HELP}");
            Ok(())
        }
        _ => Err(format!("unknown command `{}`\n\n{HELP}", args.join(" "))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// One named check of `cargo xtask test`.
type Step = (&'static str, fn() -> Result);

/// Every check CI runs, cheapest first. All run even when one fails, so that one run shows
/// every problem; the last line counts them.
fn test_all() -> Result {
    let steps: [Step; 11] = [
        ("tools", deps::check_tools),
        ("formatting", || {
            run::cmd("cargo", &["fmt", "--all", "--check"])
        }),
        ("generated files", || codegen::run(true)),
        ("clippy", || {
            run::cmd(
                "cargo",
                &[
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--all-features",
                    "--",
                    "-D",
                    "warnings",
                ],
            )
        }),
        ("rust tests", || {
            run::cmd("cargo", &["test", "--workspace", "--all-features"])
        }),
        ("rustdoc", || {
            run::cmd_in(
                "cargo",
                &[
                    "doc",
                    "--workspace",
                    "--no-deps",
                    "--all-features",
                    "--quiet",
                ],
                &[("RUSTDOCFLAGS", "-D warnings")],
            )
        }),
        ("package", package),
        ("dependencies (cargo deny)", deps::deny),
        ("c tests", c::test),
        ("python tests", python::test),
        ("reference page (browser)", site::test),
    ];
    let mut failed = Vec::new();
    for (name, step) in steps {
        eprintln!("\n== {name} ==");
        if let Err(e) = step() {
            eprintln!("FAILED {name}: {e}");
            failed.push(format!("{name}: {e}"));
        }
    }
    println!(
        "checks: {} passed, {} failed",
        steps.len() - failed.len(),
        failed.len()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} check(s) failed:\n  {}",
            failed.len(),
            failed.join("\n  ")
        ))
    }
}

/// The generator and the core crate must build from their published packages alone: cargo
/// packs both and verifies the core crate against the packed generator.
///
/// The check builds in a target folder of its own that starts empty each time: cargo treats
/// the packed generator as a registry crate, whose build it reuses by name and version alone,
/// so a build left from an earlier run would hide a change to the generator.
fn package() -> Result {
    let dir = c::install::target_dir().join("package-check");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
    }
    let dir = dir
        .to_str()
        .ok_or_else(|| format!("the target folder {} is not UTF-8", dir.display()))?
        .to_owned();
    run::cmd(
        "cargo",
        &[
            "package",
            "-p",
            "ndr-codes-codegen",
            "-p",
            "ndr-codes",
            "--allow-dirty",
            "--quiet",
            "--target-dir",
            &dir,
        ],
    )
}

/// The Rust benchmarks (criterion; extra arguments go to `cargo bench`), then the Python ones.
fn bench(rest: &[&str]) -> Result {
    let mut args = vec!["bench", "--workspace"];
    args.extend_from_slice(rest);
    run::cmd("cargo", &args)?;
    python::bench()
}
