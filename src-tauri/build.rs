//! Declares the app's own commands, from `commands.txt` (their one list), so each needs an
//! explicit permission: the capability in `capabilities/default.json` grants the main window
//! exactly these and nothing else. Also writes the `generate_handler!` call that `src/lib.rs`
//! registers (`$OUT_DIR/handler.rs`), so the handlers are the same list.

#[path = "src/command_list.rs"]
mod command_list;

fn main() {
    println!("cargo:rerun-if-changed=commands.txt");
    println!("cargo:rerun-if-changed=src/command_list.rs");
    let list = std::fs::read_to_string("commands.txt").expect("src-tauri/commands.txt");
    let commands = command_list::parse(&list).expect("src-tauri/commands.txt");
    let paths: Vec<String> = commands.iter().map(|(m, f)| format!("{m}::{f}")).collect();
    let names: Vec<&'static str> = commands
        .iter()
        .map(|(_, f)| &*Box::leak(f.to_string().into_boxed_str()))
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
