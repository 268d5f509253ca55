//! Where the app keeps its database and finds its content.

use std::path::PathBuf;
use tauri::Manager;

/// Resolved locations.
pub struct AppPaths {
    /// The app's data folder (database, teacher password file, data-folder provisioning).
    pub data: PathBuf,
    /// The learner database (`<app data>/jikim.db`).
    pub database: PathBuf,
    /// Folder of module files.
    pub modules: PathBuf,
    /// The help page data file.
    pub help: PathBuf,
}

impl AppPaths {
    /// App data from the OS (honours `XDG_DATA_HOME`); content from `JIKIM_ASSETS_DIR`, else the
    /// bundled resources, else the source tree (plain `cargo build`).
    pub fn resolve<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> AppPaths {
        let data = app
            .path()
            .app_data_dir()
            .unwrap_or_else(|_| PathBuf::from(".jikim-data"));
        let assets = std::env::var_os("JIKIM_ASSETS_DIR")
            .map(PathBuf::from)
            .or_else(|| {
                app.path()
                    .resource_dir()
                    .ok()
                    .map(|r| r.join("assets"))
                    .filter(|p| p.join("modules").is_dir())
            })
            .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../assets")));
        AppPaths {
            database: data.join("jikim.db"),
            data: data.clone(),
            modules: assets.join("modules"),
            help: assets.join("help/help.toml"),
        }
    }
}
