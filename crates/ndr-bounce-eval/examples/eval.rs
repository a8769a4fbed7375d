//! `cargo run -p ndr-bounce-eval --example eval [DIR]`: the same report as
//! `cargo xtask eval-bounces`, without building xtask.

fn main() -> std::process::ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../../../shared/corpus/bounces")
        });
    match ndr_bounce_eval::evaluate(&dir) {
        Ok(report) => {
            for miss in &report.misses {
                println!("{miss}");
            }
            println!();
            print!("{}", report.table());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
