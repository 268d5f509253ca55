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
