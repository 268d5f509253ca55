//! Declares the app's own commands, from `commands.txt` (their one list), so each needs an
//! explicit permission: the capability in `capabilities/default.json` grants the main window
//! exactly these and nothing else. Also writes the `generate_handler!` call that `src/lib.rs`
//! registers (`$OUT_DIR/handler.rs`), so the handlers are the same list.

fn main() {
    println!("cargo:rerun-if-changed=commands.txt");
    let list = std::fs::read_to_string("commands.txt").expect("src-tauri/commands.txt");
    let paths: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let names: Vec<&'static str> = paths
        .iter()
        .map(|p| {
            &*Box::leak(
                p.rsplit("::")
                    .next()
                    .unwrap_or(p)
                    .to_string()
                    .into_boxed_str(),
            )
        })
        .collect();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(
        out.join("handler.rs"),
        format!("tauri::generate_handler![{}]", paths.join(", ")),
    )
    .expect("handler.rs");
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(Box::leak(names.into_boxed_slice())),
    ))
    .expect("tauri build configuration");
}
