//! Colour for people at a terminal, and plain text for everything else.
//!
//! `--color auto` (the default) colours only when standard output is a terminal and the
//! `NO_COLOR` environment variable is unset or empty (<https://no-color.org>); `always` and
//! `never` override both.

use ndr_codes::Class;

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Paints text, or leaves it alone when colour is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    color: bool,
}

impl Style {
    /// Decides from the user's choice, whether standard output is a terminal, and the value
    /// of `NO_COLOR`.
    pub fn new(choice: ColorChoice, is_terminal: bool, no_color: Option<&str>) -> Style {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(str::is_empty),
        };
        Style { color }
    }

    /// Plain text only.
    pub const PLAIN: Style = Style { color: false };

    fn paint(&self, sgr: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{sgr}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    /// Bold.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Dimmed, for labels and headers.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Bold in the class's colour: green for success, yellow for transient, red for permanent.
    pub fn class(&self, class: Class, text: &str) -> String {
        let sgr = match class {
            Class::Success => "1;32",
            Class::TransientFailure => "1;33",
            Class::PermanentFailure => "1;31",
        };
        self.paint(sgr, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        let auto = |terminal, no_color| Style::new(ColorChoice::Auto, terminal, no_color);
        assert_eq!(auto(true, None), Style { color: true });
        assert_eq!(auto(true, Some("")), Style { color: true });
        assert_eq!(auto(true, Some("1")), Style::PLAIN);
        assert_eq!(auto(false, None), Style::PLAIN);
        assert_eq!(
            Style::new(ColorChoice::Always, false, Some("1")),
            Style { color: true }
        );
        assert_eq!(Style::new(ColorChoice::Never, true, None), Style::PLAIN);
    }

    #[test]
    fn painting() {
        let on = Style { color: true };
        assert_eq!(
            on.class(Class::PermanentFailure, "5.1.1"),
            "\x1b[1;31m5.1.1\x1b[0m"
        );
        assert_eq!(Style::PLAIN.bold("x"), "x");
    }
}
