//! The app's resident memory on Linux (glibc's allocator), where lab PCs are old: idle memory is
//! measured against a plain Tauri app (docs/BENCHMARKS.md, start-up). Elsewhere these do nothing.

/// At start, before any thread: at most two allocator arenas. glibc allows eight per core, and
/// each thread that ever allocated keeps its arena's freed memory; the app's threads (Tokio's
/// workers, the opening thread, GTK's) are seldom busy at once, so two cost no waiting.
pub fn limit_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it is called before other threads.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Hands memory the allocator holds free back to the system, e.g. after the module library's
/// parse, whose temporary allocations (TOML trees, strings) are freed but would stay resident.
pub fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The environment variable that turns off WebKit's optimising JavaScript compilers (DFG and
/// FTL) in the web process, which inherits the app's environment (WebKitGTK, Linux).
pub const JSC_OPTIMISING_JIT: &str = "JSC_useDFGJIT";

/// At start, before any thread and before the window: the page's script runs in WebKit's
/// interpreter and baseline compiler only. The window's script is a small UI that renders a
/// screen at a time; at start, Preact's calls to `Array.isArray` alone are enough for the DFG
/// to compile it in about half the starts, and the DFG's own code (2.5–3 MB) is then paged
/// into the web process for good (docs/BENCHMARKS.md, seventh session). A value already set
/// (e.g. `JSC_useDFGJIT=true` to compare) is left as it is. Windows' WebView2 is not WebKit.
pub fn web_script_without_optimising_jit() {
    let webkit = cfg!(target_os = "linux");
    let already_set = std::env::var_os(JSC_OPTIMISING_JIT).is_some();
    if let Some((key, value)) = optimising_jit_setting(webkit, already_set) {
        std::env::set_var(key, value);
    }
}

/// What `web_script_without_optimising_jit` sets: only for WebKit, and only when not set already.
fn optimising_jit_setting(webkit: bool, already_set: bool) -> Option<(&'static str, &'static str)> {
    (webkit && !already_set).then_some((JSC_OPTIMISING_JIT, "false"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_optimising_jit_is_turned_off_for_webkit_unless_the_variable_is_set() {
        let off = Some(("JSC_useDFGJIT", "false"));
        assert_eq!(optimising_jit_setting(true, false), off);
        assert_eq!(optimising_jit_setting(true, true), None);
        assert_eq!(optimising_jit_setting(false, false), None);
    }
}
