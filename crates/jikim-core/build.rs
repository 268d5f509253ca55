//! Embeds every `locales/<lang>/*.ftl` file into the core, so the CLI, the app and the hub carry
//! the same Fluent text as the UI without shipping loose files.

use std::fmt::Write;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"))
        .join("../../locales")
        .canonicalize()
        .expect("locales/ exists at the workspace root");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in std::fs::read_dir(&root).expect("read locales/") {
        let lang = lang.expect("dir entry").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for file in std::fs::read_dir(&lang).expect("read locale dir") {
            let file = file.expect("dir entry").path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                entries.push((
                    lang.file_name().unwrap().to_string_lossy().into_owned(),
                    file.file_name().unwrap().to_string_lossy().into_owned(),
                    file,
                ));
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// (language, file name, text) of every embedded .ftl file.\npub static FTL_FILES: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in entries {
        writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this")).join("locales.rs");
    std::fs::write(dest, out).expect("write locales.rs");
}
