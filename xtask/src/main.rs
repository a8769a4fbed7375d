//! `cargo xtask <command>`: see `cargo xtask help`.

use std::process::ExitCode;

use xtask::{Result, c, codegen, gen_log, python, run};

const HELP: &str = "\
cargo xtask <command>

commands:
  codegen [--check]        regenerate the files made from catalog.yaml (--check: fail on drift)
  test                     run every test of every language (installs what it needs)
  bench                    run the benchmarks
  install-c --prefix DIR   build the C library (release) and install lib/libndr_codes.{a,so},
                           include/ndr_codes.h and lib/pkgconfig/ndr_codes.pc under DIR
  gen-log --size 1G --out FILE
                           write a realistic synthetic mail log of that size (deterministic)
  help                     this text
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["codegen"] => codegen::run(false),
        ["codegen", "--check"] => codegen::run(true),
        ["test"] => test_all(),
        ["bench", rest @ ..] => bench(rest),
        ["install-c", rest @ ..] => c::install_c(rest),
        ["gen-log", rest @ ..] => gen_log::run(rest),
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

/// Every check CI runs, in order from cheapest to dearest; stops at the first failure.
fn test_all() -> Result {
    let steps: [Step; 6] = [
        ("formatting", || run::cmd("cargo", &["fmt", "--all", "--check"])),
        ("generated files", || codegen::run(true)),
        ("clippy", || {
            run::cmd("cargo", &["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"])
        }),
        ("rust tests", || run::cmd("cargo", &["test", "--workspace", "--all-features"])),
        ("c tests", c::test),
        ("python tests", python::test),
    ];
    for (name, step) in steps {
        eprintln!("\n== {name} ==");
        step().map_err(|e| format!("{name}: {e}"))?;
    }
    eprintln!("\nall checks passed");
    Ok(())
}

fn bench(rest: &[&str]) -> Result {
    let mut args = vec!["bench", "--workspace"];
    args.extend_from_slice(rest);
    run::cmd("cargo", &args)
}
