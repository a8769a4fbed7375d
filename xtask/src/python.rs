//! The Python face: the generated enum and its stub, and the pytest + mypy run.

use std::{
    env, fs,
    path::{Path, PathBuf},
};

use ndr_codes_codegen::python;

use crate::{Result, root, run};

/// The stub of the extension module, relative to the workspace root: hand-written, but for
/// the block of the field table's native functions, which `cargo xtask codegen` rewrites.
pub const NATIVE_STUB: &str = "bindings/python/python/ndr_codes/_native.pyi";

/// `_native.pyi` with its generated block made from the field table today.
pub fn native_stub() -> Result<String> {
    let path = root().join(NATIVE_STUB);
    let text =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    python::splice_native_stub(&text)
}

/// The virtual environment the Python checks run in: `<root>/.venv`.
pub fn venv() -> PathBuf {
    root().join(".venv")
}

/// The folder of the virtual environment's programs.
fn venv_bin_dir() -> PathBuf {
    venv().join(if cfg!(windows) { "Scripts" } else { "bin" })
}

/// The virtual environment's Python.
pub fn venv_python() -> String {
    venv_bin_dir().join("python").display().to_string()
}

/// Creates `<root>/.venv` if it is missing and installs the tools of
/// `bindings/python/dev-requirements.txt` into it (maturin, pytest, mypy, pytest-benchmark).
pub fn ensure_venv() -> Result {
    let python = venv_python();
    if !Path::new(&python).exists() {
        let system_python = if run::have("python3") {
            "python3"
        } else {
            "python"
        };
        run::cmd(
            system_python,
            &["-m", "venv", &venv().display().to_string()],
        )?;
    }
    pip_install("bindings/python/dev-requirements.txt")
}

/// Installs a requirements file (a path from the workspace root) into the virtual environment,
/// which must exist ([`ensure_venv`]).
pub fn pip_install(requirements: &str) -> Result {
    run::cmd(
        &venv_python(),
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            requirements,
        ],
    )
}

/// Builds the extension and installs the package into the virtual environment, as
/// `pip install ./bindings/python` does on a user's machine. The maturin of the environment
/// is the build backend (no isolated build environment to download each time); its PEP 517
/// hook runs `maturin` from PATH, hence the environment's bin folder first on PATH.
pub fn install() -> Result {
    let paths = env::var_os("PATH").unwrap_or_default();
    let path = env::join_paths([venv_bin_dir()].into_iter().chain(env::split_paths(&paths)))
        .map_err(|e| format!("cannot build PATH: {e}"))?;
    let path = path.to_str().ok_or("PATH is not valid UTF-8")?.to_owned();
    run::cmd_in(
        &venv_python(),
        &[
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-build-isolation",
            "--force-reinstall",
            "--no-deps",
            "./bindings/python",
        ],
        &[("PATH", path.as_str())],
    )
}

/// Builds the extension into the virtual environment and runs pytest, `mypy --strict` on the
/// package and on typical user code, and stubtest (the stubs against the built module).
pub fn test() -> Result {
    ensure_venv()?;
    install()?;
    let python = venv_python();
    run::cmd(&python, &["-m", "pytest", "-q", "bindings/python/tests"])?;
    // Typical user code, and the installed package (stubs included), as a user's mypy sees them.
    let mypy = ["-m", "mypy", "--strict", "--no-incremental"];
    run::cmd(
        &python,
        &[&mypy[..], &["bindings/python/tests/typing_usage.py"]].concat(),
    )?;
    run::cmd(&python, &[&mypy[..], &["-p", "ndr_codes"]].concat())?;
    run::cmd(&python, &["-m", "mypy.stubtest", "ndr_codes"])
}

/// Runs the Python benchmarks: `lookup` against `dict.get`, `find_codes` against `re.finditer`.
pub fn bench() -> Result {
    ensure_venv()?;
    install()?;
    run::cmd(
        &venv_python(),
        &[
            "-m",
            "pytest",
            "-q",
            "bindings/python/bench/bench_lookup.py",
        ],
    )
}
