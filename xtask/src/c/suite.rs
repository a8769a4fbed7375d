//! The C test run: build the ffi crate, install it under a scratch prefix, compile
//! `bindings/c/tests` and `bindings/c/examples` through pkg-config as a user would (C99 with
//! every warning an error, and the header as C++11), then run everything under valgrind, or
//! with AddressSanitizer where valgrind is missing. Any error, leak or failed check fails it.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

use ndr_codes_codegen::Catalog;

use super::install::{self, Profile, target_dir};
use crate::{Result, root, run};

/// Where the C sources live, relative to the workspace root.
const C_DIR: &str = "bindings/c";

const C_FLAGS: [&str; 6] = ["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g"];
const CXX_FLAGS: [&str; 6] = [
    "-std=c++11",
    "-Wall",
    "-Wextra",
    "-Werror",
    "-pedantic",
    "-g",
];
const ASAN_FLAGS: [&str; 3] = [
    "-fsanitize=address,undefined",
    "-fno-omit-frame-pointer",
    "-fno-sanitize-recover=all",
];

/// The exit code valgrind and the sanitizers use for what they find, when the program itself
/// is expected to exit with 1 (so the two cannot be confused).
const CHECKER_ERROR_ALT: i32 = 125;

/// What watches the programs' memory use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Checker {
    Valgrind,
    AddressSanitizer,
}

impl Checker {
    fn detect() -> Checker {
        if run::have("valgrind") {
            Checker::Valgrind
        } else {
            Checker::AddressSanitizer
        }
    }

    fn compile_flags(self) -> &'static [&'static str] {
        match self {
            Checker::Valgrind => &[],
            Checker::AddressSanitizer => &ASAN_FLAGS,
        }
    }

    /// The command that runs `program`, and the environment it needs.
    fn wrap(self, program: &Path, expected_exit: i32) -> (Command, Vec<(&'static str, String)>) {
        let error_code = if expected_exit == 1 {
            CHECKER_ERROR_ALT
        } else {
            1
        };
        match self {
            Checker::Valgrind => {
                let mut command = Command::new("valgrind");
                command
                    .arg("--quiet")
                    .arg(format!("--error-exitcode={error_code}"))
                    .args([
                        "--leak-check=full",
                        "--errors-for-leak-kinds=definite,indirect,possible",
                    ])
                    .arg(program);
                (command, Vec::new())
            }
            Checker::AddressSanitizer => (
                Command::new(program),
                vec![
                    (
                        "ASAN_OPTIONS",
                        format!("detect_leaks=1:exitcode={error_code}"),
                    ),
                    (
                        "UBSAN_OPTIONS",
                        format!("halt_on_error=1:print_stacktrace=1:exitcode={error_code}"),
                    ),
                ],
            ),
        }
    }
}

/// The flags pkg-config gives for the installed library.
struct PkgConfig {
    cflags: Vec<String>,
    libs: Vec<String>,
    static_libs: Vec<String>,
}

impl PkgConfig {
    fn query(prefix: &Path) -> Result<PkgConfig> {
        let path = prefix.join("lib").join("pkgconfig");
        let ask = |args: &[&str]| -> Result<Vec<String>> {
            let output = Command::new("pkg-config")
                .args(args)
                .arg("ndr_codes")
                .env("PKG_CONFIG_PATH", &path)
                .output()
                .map_err(|e| format!("cannot run pkg-config: {e} (is it installed?)"))?;
            if !output.status.success() {
                return Err(format!(
                    "pkg-config {} ndr_codes failed: {}",
                    args.join(" "),
                    String::from_utf8_lossy(&output.stderr)
                ));
            }
            Ok(String::from_utf8_lossy(&output.stdout)
                .split_whitespace()
                .map(str::to_owned)
                .collect())
        };
        // `--static` lists the system libraries too; `-l:` makes the linker take the archive
        // although the shared library sits next to it.
        let static_libs = ask(&["--static", "--libs"])?
            .into_iter()
            .map(|flag| {
                if flag == "-lndr_codes" {
                    "-l:libndr_codes.a".to_owned()
                } else {
                    flag
                }
            })
            .collect();
        Ok(PkgConfig {
            cflags: ask(&["--cflags"])?,
            libs: ask(&["--libs"])?,
            static_libs,
        })
    }
}

/// Runs the whole C suite.
pub fn run() -> Result {
    let catalog =
        ndr_codes_codegen::load(root().join("catalog.yaml")).map_err(|e| e.to_string())?;
    let built = install::build(Profile::Debug)?;
    let work = target_dir().join("c-test");
    if work.exists() {
        fs::remove_dir_all(&work).map_err(|e| format!("cannot clear {}: {e}", work.display()))?;
    }
    let prefix = install::install(&built, &work.join("prefix"))?;
    let bin = work.join("bin");
    fs::create_dir_all(&bin).map_err(|e| format!("cannot create {}: {e}", bin.display()))?;
    let pkg = PkgConfig::query(&prefix)?;
    let checker = Checker::detect();
    eprintln!("checking memory with {checker:?}");
    let lib_dir = prefix.join("lib");
    let runner = Runner {
        checker,
        lib_dir: &lib_dir,
    };

    let c_dir = root().join(C_DIR);
    let test_sources = sources(&c_dir.join("tests"), "c")?;
    let fixture = root()
        .join("tests")
        .join("find_codes.txt")
        .display()
        .to_string();
    let corpus = bounce_corpus();
    let corpus_arg = corpus.display().to_string();
    let reference = work.join("bounce-reference.tsv");
    write_bounce_reference(&corpus, &reference)?;
    let reference_arg = reference.display().to_string();
    let reasons = root()
        .join("tests")
        .join("reasons.txt")
        .display()
        .to_string();
    let compiler = env::var("CC").unwrap_or_else(|_| "cc".to_owned());
    let cxx = env::var("CXX").unwrap_or_else(|_| "c++".to_owned());

    // The same tests against the shared and the static library.
    for (name, libs, label) in [
        ("ndr_codes_tests", &pkg.libs, "shared"),
        ("ndr_codes_tests_static", &pkg.static_libs, "static"),
    ] {
        let program = bin.join(name);
        compile(
            &compiler,
            &C_FLAGS,
            checker,
            &test_sources,
            &pkg.cflags,
            libs,
            &program,
        )?;
        runner.run_echo(
            &program,
            &[&fixture, label, &corpus_arg, &reference_arg, &reasons],
        )?;
    }

    let cpp = bin.join("header_cpp");
    let cpp_source = vec![c_dir.join("tests").join("header.cpp")];
    compile(
        &cxx,
        &CXX_FLAGS,
        checker,
        &cpp_source,
        &pkg.cflags,
        &pkg.libs,
        &cpp,
    )?;
    runner.run_echo(&cpp, &[])?;

    let mut examples = Vec::new();
    for source in sources(&c_dir.join("examples"), "c")? {
        let name = source
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let program = bin.join(&name);
        compile(
            &compiler,
            &C_FLAGS,
            checker,
            &[source],
            &pkg.cflags,
            &pkg.libs,
            &program,
        )?;
        examples.push(name);
    }
    for required in ["explain", "list", "bounce"] {
        if !examples.iter().any(|e| e == required) {
            return Err(format!("{C_DIR}/examples/{required}.c is missing"));
        }
    }
    check_explain(&runner, &bin.join("explain"), &catalog)?;
    check_list(&runner, &bin.join("list"), &catalog)?;
    check_bounce(&runner, &bin.join("bounce"), &corpus)?;
    eprintln!("C tests and examples passed under {checker:?}");
    Ok(())
}

/// The files with extension `ext` in `dir`, sorted.
fn sources(dir: &Path, ext: &str) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .{ext} files in {}", dir.display()));
    }
    Ok(files)
}

fn compile(
    compiler: &str,
    flags: &[&str],
    checker: Checker,
    sources: &[PathBuf],
    cflags: &[String],
    libs: &[String],
    out: &Path,
) -> Result {
    let mut args: Vec<String> = flags
        .iter()
        .chain(checker.compile_flags())
        .map(|f| (*f).to_owned())
        .collect();
    args.extend(cflags.iter().cloned());
    args.extend(sources.iter().map(|s| s.display().to_string()));
    args.extend(["-o".to_owned(), out.display().to_string()]);
    // Libraries after the sources that use them, as linkers want.
    args.extend(libs.iter().cloned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run::cmd(compiler, &args)
}

/// Runs compiled programs under the memory checker.
struct Runner<'a> {
    checker: Checker,
    lib_dir: &'a Path,
}

impl Runner<'_> {
    /// Runs `program` with `args`; fails unless it exits with `expected_exit`. Gives stdout.
    fn run(&self, program: &Path, args: &[&str], expected_exit: i32) -> Result<String> {
        let (mut command, env) = self.checker.wrap(program, expected_exit);
        command
            .args(args)
            .env("LD_LIBRARY_PATH", self.lib_dir)
            .envs(env);
        eprintln!("$ {} {}", program.display(), args.join(" "));
        let output = command
            .output()
            .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let code = output.status.code();
        if code != Some(expected_exit) {
            return Err(format!(
                "{} {} exited with {code:?}, expected {expected_exit} ({:?} errors exit with {}):\n{stdout}\n{stderr}",
                program.display(),
                args.join(" "),
                self.checker,
                if expected_exit == 1 {
                    CHECKER_ERROR_ALT
                } else {
                    1
                },
            ));
        }
        if !stderr.trim().is_empty() && expected_exit == 0 {
            return Err(format!("{} wrote to stderr:\n{stderr}", program.display()));
        }
        Ok(stdout)
    }

    /// Runs a test program, echoing its report (its last line is `N passed, N failed`).
    fn run_echo(&self, program: &Path, args: &[&str]) -> Result {
        print!("{}", self.run(program, args, 0)?);
        Ok(())
    }
}

fn expect_contains(output: &str, wanted: &str, what: &str) -> Result {
    if output.contains(wanted) {
        Ok(())
    } else {
        Err(format!(
            "{what}: expected the output to contain {wanted:?}, got:\n{output}"
        ))
    }
}

/// `explain CODE`, `explain "550 CODE ..."`, a code known only by its class, text without a
/// code, and no argument at all.
fn check_explain(runner: &Runner<'_>, program: &Path, catalog: &Catalog) -> Result {
    let entry = catalog
        .entries
        .first()
        .ok_or("the catalog has no entries")?;
    let out = runner.run(program, &[&entry.code()], 0)?;
    expect_contains(&out, &entry.title, "explain CODE")?;
    let reply = format!("550 {} rejected", entry.code());
    let out = runner.run(program, &[&reply], 0)?;
    expect_contains(&out, &entry.title, "explain REPLY")?;
    let class = catalog.classes.last().ok_or("the catalog has no classes")?;
    let out = runner.run(program, &[&format!("{}.999.999", class.class)], 0)?;
    expect_contains(&out, &class.title, "explain CLASS.999.999")?;
    runner.run(program, &["no code in here"], 1)?;
    runner.run(program, &[], 2)?;
    Ok(())
}

/// `list` prints one line per status, `NOTATION<TAB>NAME<TAB>TITLE`, in code order.
fn check_list(runner: &Runner<'_>, program: &Path, catalog: &Catalog) -> Result {
    let out = runner.run(program, &[], 0)?;
    let expected: Vec<String> = catalog
        .entries
        .iter()
        .map(|e| format!("{}\t{}\t{}", e.notation(), e.id, e.title))
        .collect();
    let lines: Vec<&str> = out.lines().collect();
    if lines == expected {
        Ok(())
    } else {
        Err(format!(
            "list printed {} lines, expected {} (one per catalog entry):\n{out}",
            lines.len(),
            expected.len()
        ))
    }
}

/// The bounce corpus beside the repository: `emails/` and `expected.jsonl`.
fn bounce_corpus() -> PathBuf {
    root()
        .join("..")
        .join("shared")
        .join("corpus")
        .join("bounces")
}

/// Escapes `\\`, tab, line ends and NUL, so a text fits in one tab-separated field.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out
}

/// Writes what the Rust parser reads from every message of the corpus, for the C test to
/// compare field by field (format in bindings/c/tests/test_bounce.c).
fn write_bounce_reference(corpus: &Path, out: &Path) -> Result {
    let emails = corpus.join("emails");
    let mut files: Vec<PathBuf> = fs::read_dir(&emails)
        .map_err(|e| format!("cannot list {}: {e}", emails.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut text = String::new();
    for path in files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let raw = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let Ok(bounce) = ndr_bounce::parse(&raw) else {
            text.push_str(&format!("{name}\t0\t-\n"));
            continue;
        };
        text.push_str(&format!(
            "{name}\t0\t{}\t{}\n",
            bounce.kind().as_str(),
            bounce.recipients().len()
        ));
        for (i, r) in bounce.recipients().iter().enumerate() {
            text.push_str(&format!(
                "{name}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                i + 1,
                r.code().map_or(0, |c| c.key()),
                r.status().map_or(0, u32::from),
                r.reply_code().unwrap_or(0),
                u8::from(r.is_hard()),
                r.reason().as_str(),
                r.rule(),
                escape(r.address()),
                escape(r.diagnostic()),
            ));
        }
    }
    fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// `bounce FILE` prints, per recipient, what the Rust parser reads from FILE: address, code,
/// reason, hard/soft and diagnostic, tab-separated. Checked on messages of several formats;
/// a message without recipients exits 1; a missing file or no argument exits 2.
fn check_bounce(runner: &Runner<'_>, program: &Path, corpus: &Path) -> Result {
    let emails = corpus.join("emails");
    let mut checked = 0;
    for name in [
        "rfc3464-01.eml",
        "lhost-postfix-02.eml",
        "lhost-exim-01.eml",
        "lhost-sendmail-01.eml",
        "lhost-exchange2007-01.eml",
        "arf-11.eml",
    ] {
        let path = emails.join(name);
        let Ok(raw) = fs::read(&path) else { continue };
        let bounce = ndr_bounce::parse(&raw).map_err(|e| format!("{}: {e}", path.display()))?;
        let expected: Vec<String> = bounce
            .recipients()
            .iter()
            .map(|r| {
                let field = |t: &str| t.replace(['\t', '\n', '\r', '\0'], " ");
                format!(
                    "{}\t{}\t{}\t{}\t{}",
                    field(r.address()),
                    r.code().map_or_else(|| "-".to_owned(), |c| c.to_string()),
                    r.reason(),
                    if r.is_hard() { "hard" } else { "soft" },
                    field(r.diagnostic()),
                )
            })
            .collect();
        let arg = path.display().to_string();
        let exit = if expected.is_empty() { 1 } else { 0 };
        let out = runner.run(program, &[&arg], exit)?;
        let lines: Vec<&str> = out.lines().collect();
        if lines != expected {
            return Err(format!(
                "bounce {arg}: printed\n{out}\nexpected (from ndr_bounce::parse)\n{}",
                expected.join("\n")
            ));
        }
        checked += 1;
    }
    if checked < 3 {
        return Err(format!(
            "bounce: only {checked} sample messages found under {}",
            emails.display()
        ));
    }
    runner.run(
        program,
        &[&corpus.join("no-such-file.eml").display().to_string()],
        2,
    )?;
    runner.run(program, &[], 2)?;
    Ok(())
}
