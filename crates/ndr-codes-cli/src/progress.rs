//! A one-line progress bar on standard error, drawn only when standard error is a terminal.

use std::{
    io::{IsTerminal, Write},
    time::{Duration, Instant},
};

/// How often the bar is redrawn at most.
const REDRAW: Duration = Duration::from_millis(100);
/// Width of the bar in cells.
const WIDTH: usize = 30;

/// Progress through a known or unknown number of bytes.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    total: Option<u64>,
    started: Instant,
    last_draw: Option<Instant>,
    drawn: bool,
}

impl Progress {
    /// A bar for `total` bytes (`None`: unknown), shown only if standard error is a terminal.
    pub fn new(total: Option<u64>) -> Self {
        Progress::with_output(total, std::io::stderr().is_terminal())
    }

    /// A bar that is drawn if `enabled`.
    pub fn with_output(total: Option<u64>, enabled: bool) -> Self {
        Progress {
            enabled,
            total,
            started: Instant::now(),
            last_draw: None,
            drawn: false,
        }
    }

    /// Whether the bar is drawn (standard error is a terminal).
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Reports `done` bytes so far; redraws at most every 100 ms.
    pub fn update(&mut self, done: u64, label: &str) {
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if self.last_draw.is_some_and(|last| now - last < REDRAW) {
            return;
        }
        self.last_draw = Some(now);
        let line = render(done, self.total, now - self.started, label);
        let mut err = std::io::stderr().lock();
        // A progress bar that cannot be drawn is not worth failing the scan for.
        let _ = write!(err, "\r\x1b[2K{line}");
        let _ = err.flush();
        self.drawn = true;
    }

    /// Clears the bar, so that what follows starts on a clean line.
    pub fn finish(&mut self) {
        if self.drawn {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[2K");
            self.drawn = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// The text of the bar: `label [#####.....]  45%  450.0 MB / 1.0 GB  312.4 MB/s`.
pub fn render(done: u64, total: Option<u64>, elapsed: Duration, label: &str) -> String {
    let rate = done as f64 / elapsed.as_secs_f64().max(1e-3);
    match total.filter(|&t| t > 0) {
        Some(total) => {
            let fraction = (done as f64 / total as f64).clamp(0.0, 1.0);
            let filled = (fraction * WIDTH as f64).round() as usize;
            format!(
                "{label} [{}{}] {:>3.0}%  {} / {}  {}/s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                fraction * 100.0,
                human_bytes(done as f64),
                human_bytes(total as f64),
                human_bytes(rate)
            )
        }
        None => format!(
            "{label} {}  {}/s",
            human_bytes(done as f64),
            human_bytes(rate)
        ),
    }
}

/// `1.5 GB`, `312.4 MB`, `12 B` (decimal units, as `ls -lh --si` and disk makers use).
pub fn human_bytes(bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut value = bytes;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{value:.0} {}", UNITS[0])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_known_and_unknown_totals() {
        let line = render(
            500_000_000,
            Some(1_000_000_000),
            Duration::from_secs(2),
            "log",
        );
        assert_eq!(
            line,
            format!(
                "log [{}{}]  50%  500.0 MB / 1.0 GB  250.0 MB/s",
                "#".repeat(15),
                ".".repeat(15)
            )
        );
        let line = render(2_500, None, Duration::from_secs(1), "-");
        assert_eq!(line, "- 2.5 kB  2.5 kB/s");
        // Compressed input read ahead of the reported size does not overflow the bar.
        assert!(render(3, Some(2), Duration::from_secs(1), "x").contains("100%"));
    }

    #[test]
    fn human_units() {
        assert_eq!(human_bytes(12.0), "12 B");
        assert_eq!(human_bytes(1_500_000_000.0), "1.5 GB");
    }
}
