//! Declares the app's own commands so each needs an explicit permission: the capability in
//! `capabilities/default.json` grants the main window exactly these and nothing else.

const COMMANDS: &[&str] = &[
    "bootstrap",
    "get_settings",
    "set_settings",
    "sign_in",
    "sign_out",
    "sync_status",
    "list_modules",
    "open_module",
    "restart_module",
    "view_page",
    "start_quiz",
    "current_screen",
    "answer_item",
    "retry_missed",
    "help_page",
    "teacher_status",
    "teacher_set_password",
    "teacher_unlock",
    "teacher_lock",
    "teacher_modules",
    "hub_interfaces",
    "hub_start",
    "class_list",
    "join_open",
    "join_rotate",
    "join_close",
    "class_access",
    "student_access",
    "device_revoke",
    "class_create",
    "roster_get",
    "roster_set",
    "roster_import_csv",
    "assignment_list",
    "assignment_add",
    "class_results",
    "item_analysis",
    "student_detail",
    "report_classes",
    "report_export",
    "report_bundle",
    "report_merge",
    "access_log",
    "report_purge",
    "provision_write",
    "period_view",
    "period_flush",
    "period_end",
    "report_years",
    "report_rollover",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build configuration");
}
