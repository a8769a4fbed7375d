//! The reference page's browser test: pytest + Selenium in `<root>/.venv`, driving Debian's
//! `chromium` through Debian's `chromedriver` (both installed by `.ci/provision`).

use std::{env, path::Path};

use crate::{Result, python, run};

/// The browser and its driver, as `tests/site/conftest.py` finds them: Debian's paths, or
/// `NDR_CHROMIUM` / `NDR_CHROMEDRIVER`.
fn programs() -> [(String, &'static str); 2] {
    [
        (
            env::var("NDR_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "chromium",
        ),
        (
            env::var("NDR_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into()),
            "chromium-driver",
        ),
    ]
}

/// Installs Selenium and pytest into the virtual environment and runs `tests/site`, which
/// loads `docs/site/index.html` in headless Chromium and saves screenshots under
/// `target/site-screenshots/`.
pub fn test() -> Result {
    for (program, package) in programs() {
        if !Path::new(&program).exists() {
            return Err(format!(
                "{program} is missing: install Debian's {package} (`.ci/provision` does), or \
                 point NDR_CHROMIUM / NDR_CHROMEDRIVER at a Chromium and its driver"
            ));
        }
    }
    python::ensure_venv()?;
    python::pip_install("tests/site/requirements.txt")?;
    run::cmd(
        &python::venv_python(),
        &["-m", "pytest", "-q", "tests/site"],
    )
}
