//! Building `crates/ndr-codes-ffi` and installing the C library under a prefix:
//! `lib/libndr_codes.a`, `lib/libndr_codes.so`, `include/ndr_codes.h` and
//! `lib/pkgconfig/ndr_codes.pc`.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

use super::header::{HEADER, ffi_version};
use crate::{Result, root, run};

/// The pkg-config template, relative to the workspace root.
const PC_TEMPLATE: &str = "bindings/c/ndr_codes.pc.in";

/// The files the ffi crate's build leaves in the profile folder (its Rust name is
/// `ndr_codes_ffi`), each with the name C programs link it by (`-lndr_codes`).
const LIBRARIES: [(&str, &str); 2] = [
    ("libndr_codes_ffi.a", "libndr_codes.a"),
    ("libndr_codes_ffi.so", "libndr_codes.so"),
];

/// Which cargo profile to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// `cargo build`: quick to build, for the tests.
    Debug,
    /// `cargo build --release`: what users install.
    Release,
}

/// Cargo's target folder: `CARGO_TARGET_DIR` when set (relative to the workspace root, where
/// xtask runs cargo), else `<root>/target`.
pub fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root().join(dir),
        _ => root().join("target"),
    }
}

/// Builds the ffi crate; gives the folder that holds the libraries.
pub fn build(profile: Profile) -> Result<PathBuf> {
    let mut args = vec!["build", "-p", "ndr-codes-ffi"];
    if profile == Profile::Release {
        args.push("--release");
    }
    run::cmd("cargo", &args)?;
    let dir = target_dir().join(match profile {
        Profile::Debug => "debug",
        Profile::Release => "release",
    });
    match LIBRARIES
        .iter()
        .find(|(built, _)| !dir.join(built).is_file())
    {
        Some((missing, _)) => Err(format!(
            "the build left no {} (looked in {})",
            missing,
            dir.display()
        )),
        None => Ok(dir),
    }
}

/// Installs the libraries from `built`, the committed header and a pkg-config file under
/// `prefix` (created if missing); gives the absolute prefix.
pub fn install(built: &Path, prefix: &Path) -> Result<PathBuf> {
    let lib = prefix.join("lib");
    let pkgconfig = lib.join("pkgconfig");
    let include = prefix.join("include");
    for dir in [&pkgconfig, &include] {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    // pkg-config files need an absolute prefix to work from any folder.
    let prefix = fs::canonicalize(prefix)
        .map_err(|e| format!("cannot resolve {}: {e}", prefix.display()))?;
    for (built_name, installed_name) in LIBRARIES {
        copy(&built.join(built_name), &lib.join(installed_name))?;
    }
    copy(&root().join(HEADER), &include.join("ndr_codes.h"))?;
    let pc = pkg_config_file(&prefix)?;
    let pc_path = pkgconfig.join("ndr_codes.pc");
    fs::write(&pc_path, pc).map_err(|e| format!("cannot write {}: {e}", pc_path.display()))?;
    Ok(prefix)
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

/// `ndr_codes.pc` for `prefix`, from the committed template.
fn pkg_config_file(prefix: &Path) -> Result<String> {
    let template_path = root().join(PC_TEMPLATE);
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let (major, minor, patch) = ffi_version()?;
    Ok(template
        .replace("@PREFIX@", &prefix.display().to_string())
        .replace("@VERSION@", &format!("{major}.{minor}.{patch}"))
        .replace("@LIBS_PRIVATE@", &native_static_libs()?))
}

/// The system libraries a Rust staticlib needs at link time (`-lpthread -ldl ...`), as
/// rustc reports them for this platform. The ffi crate links nothing beyond std, so an empty
/// staticlib needs the same.
fn native_static_libs() -> Result<String> {
    let dir = target_dir().join("c-native-libs");
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let source = dir.join("probe.rs");
    fs::write(&source, "//! Empty: only its link line matters.\n")
        .map_err(|e| format!("cannot write {}: {e}", source.display()))?;
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let output = Command::new(&rustc)
        .args([
            "--crate-type",
            "staticlib",
            "--crate-name",
            "probe",
            "--edition",
            "2021",
        ])
        .args(["--print", "native-static-libs", "-o"])
        .arg(dir.join("libprobe.a"))
        .arg(&source)
        .output()
        .map_err(|e| format!("cannot run `{rustc}`: {e}"))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    stderr
        .lines()
        .find_map(|line| {
            line.split_once("native-static-libs: ")
                .map(|(_, libs)| libs.trim().to_owned())
        })
        .ok_or_else(|| format!("`{rustc} --print native-static-libs` printed no list:\n{stderr}"))
}
