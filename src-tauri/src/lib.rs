//! The Jikim desktop app: a thin Tauri 2 shell. Commands parse input, call `jikim-core`, and map
//! errors to [`ErrorPayload`] (a stable code + Fluent message id). No business rule lives here.

mod commands;
mod paths;
mod state;

pub use state::AppState;

/// Registers plugins, state and commands on a builder; shared by `run` and the headless tests.
pub fn configure<R: tauri::Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .plugin(tauri_plugin_store::Builder::default().build())
        .invoke_handler(tauri::generate_handler![
            commands::bootstrap,
            commands::get_settings,
            commands::set_settings,
            commands::sign_in,
            commands::sign_out,
            commands::list_modules,
            commands::open_module,
            commands::restart_module,
            commands::view_page,
            commands::start_quiz,
            commands::current_screen,
            commands::answer_item,
            commands::retry_missed,
            commands::help_page,
        ])
}

/// Starts the app.
pub fn run() {
    let builder = configure(tauri::Builder::default()).setup(|app| {
        use tauri::Manager;
        let dirs = paths::AppPaths::resolve(app.handle());
        app.manage(AppState::open(&dirs));
        Ok(())
    });
    if let Err(e) = builder.run(tauri::generate_context!()) {
        eprintln!("Jikim could not start: {e}");
        std::process::exit(1);
    }
}
