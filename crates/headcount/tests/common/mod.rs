//! What the end-to-end tests of the `headcount` binary share: a fresh scratch folder, a run
//! of the real binary, and the path of a file in `../shared` (skipped with a message when
//! it is missing, an error when `CI=true`).
#![allow(dead_code)] // Each test crate uses its own share of these.

use std::path::{Path, PathBuf};
use std::process::Command;

/// An empty folder under the system's temporary folder, named for the test.
pub fn scratch(area: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headcount-{area}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the binary (with `--db db` first when given): exit code, stdout, stderr. No proxy
/// stands between the binary and the tests' own servers on this machine.
pub fn run(db: Option<&Path>, args: &[&str]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_headcount"));
    for var in [
        "ALL_PROXY",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "all_proxy",
        "https_proxy",
        "http_proxy",
    ] {
        command.env_remove(var);
    }
    if let Some(db) = db {
        command.arg("--db").arg(db);
    }
    let out = command.args(args).output().expect("run headcount");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `../shared/REL` beside the repository, or `None` with a message when it is missing
/// (an error under `CI=true`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if !path.exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} not found; CI needs ../shared beside the repository",
            path.display()
        );
        eprintln!("skipping: {} not found", path.display());
        return None;
    }
    Some(path)
}
