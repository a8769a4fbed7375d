//! The reference page's browser test: pytest + Selenium in `<root>/.venv`, driving Debian's
//! `chromium` through Debian's `chromedriver` (both installed by `.ci/provision`).

use crate::{Result, python, run};

/// Installs Selenium and pytest into the virtual environment and runs `tests/site`, which
/// loads `docs/site/index.html` in headless Chromium and saves screenshots under
/// `target/site-screenshots/`.
pub fn test() -> Result {
    python::ensure_venv()?;
    let python = python::venv_python();
    run::cmd(
        &python,
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            "tests/site/requirements.txt",
        ],
    )?;
    run::cmd(&python, &["-m", "pytest", "-q", "tests/site"])
}
