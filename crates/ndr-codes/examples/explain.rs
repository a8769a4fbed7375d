//! Explains the codes given on the command line, or every code found in them:
//! `cargo run -p ndr-codes --example explain -- 5.1.1 "550 5.7.1 rejected"`.

use ndr_codes::{Code, Level, find_codes};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: explain CODE|TEXT...   e.g. explain 5.1.1 \"550 5.7.1 relay denied\"");
        std::process::exit(2);
    }
    let mut found_any = false;
    for arg in &args {
        let codes: Vec<Code> = match arg.parse::<Code>() {
            Ok(code) => vec![code],
            Err(_) => find_codes(arg).map(|f| f.code).collect(),
        };
        if codes.is_empty() {
            eprintln!("no enhanced status code in {arg:?} (expected something like 5.1.1)");
        }
        for code in codes {
            found_any = true;
            let explanation = code.explain();
            println!("{code}  {}", explanation.title());
            if explanation.level() != Level::Exact {
                println!(
                    "  (no entry for {code}; answered from the {} level)",
                    explanation.level()
                );
            }
            println!("  {}", explanation.description());
            if let Some(status) = explanation.status() {
                if let Some(exchange) = status.exchange() {
                    println!("  In Exchange: {exchange}");
                }
                println!("  What to do: {}", status.remedy());
            }
        }
    }
    std::process::exit(if found_any { 0 } else { 1 });
}
