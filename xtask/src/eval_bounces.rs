//! `cargo xtask eval-bounces [DIR]`: scores ndr-bounce on a corpus folder and prints every
//! miss, then the summary table.

use std::path::PathBuf;

use crate::Result;

/// Runs the evaluation on `DIR` (default `../shared/corpus/bounces` beside the repository).
pub fn run(args: &[&str]) -> Result {
    let dir = match args {
        [] => crate::root().join("../shared/corpus/bounces"),
        [dir] => PathBuf::from(dir),
        _ => return Err("usage: cargo xtask eval-bounces [DIR]".into()),
    };
    let report = ndr_bounce_eval::evaluate(&dir)?;
    for miss in &report.misses {
        println!("{miss}");
    }
    println!();
    print!("{}", report.table());
    Ok(())
}
