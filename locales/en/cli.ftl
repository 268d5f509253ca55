### Output of the jikim command-line tool.

cli-content-checked = Checked { $files } module files: { $ok } valid, { $issues } problems
cli-content-no-files = No module files (*.toml) in { $dir }
cli-hub-listening = The class hub is running at { $addr } (HTTPS). Press Ctrl+C to stop.
cli-hub-fingerprint = Certificate fingerprint (SHA-256): { $fingerprint }
cli-hub-teacher-token = Teacher token file: { $path }
cli-hub-class = Class { $id } created. Joining is closed: open it with join-open when students join.
cli-hub-join-open = Join code: { $code } (works for { $minutes } minutes)
cli-hub-join-closed = Joining closed.
cli-hub-student-done = The student's sign-in settings were changed.
cli-hub-token-life = Tokens issued from now on last the new time. Tokens already issued keep theirs.
cli-hub-roster = Roster saved: { $count } students
cli-hub-assigned = Assigned { $module } (due { $due })
cli-hub-failed = The hub operation failed: { $detail }
cli-hub-storage = The hub's data could not be read or written. { $reason ->
    [disk-full] This computer's disk is full.
    [no-permission] There is no permission to write in the hub's folder.
    [in-use] Another program (or the running hub) is using the hub's data. Please try again in a moment.
   *[other] ({ $detail })
}
cli-hub-no-content = No modules found in { $dir }. The hub grades students' answers itself against the modules, so it needs the module folder (--content).
cli-stats-module = { $order }. { $id } (version { $version }): { $pages } pages, { $items } items ({ $kinds }), { $minutes } min, for { $audience }
cli-stats-total = In all: { $modules } modules, { $pages } pages, { $items } items, { $minutes } min estimated
cli-stats-kinds = Item kinds: { $kinds }
cli-stats-audiences = By audience: { $audiences }
cli-stats-audience-line = { $audience } { $modules } modules, { $items } items, { $minutes } min
cli-stats-credits = Credits: { $credits }
cli-stats-credit-line = { $requirement } { $modules } modules, up to { $minutes } min
cli-stats-kind-ox = true/false
cli-stats-kind-single = single choice
cli-stats-kind-multi = multiple choice
cli-stats-kind-scenario = scenario
cli-stats-audience-elementary-upper = upper elementary
cli-stats-audience-middle = middle school
cli-stats-audience-high = high school
cli-stats-audience-teacher = teachers
cli-provision-ok = { $file }: no problems. Hub { $hub }, teacher mode { $teacher }
cli-provision-password-short = Type the teacher password (at least { $min } characters) on one line.
cli-hub-restored = Restored from { $backup }. The file it replaced is kept as { $kept }.
cli-hub-no-backup = There is no backup in { $dir }. Name a backup file with --from.
cli-hub-backup-missing = There is no backup file at { $path }. Name a file in the hub folder's backups. Nothing was changed.
cli-hub-bad-id = Could not read the id { $id }. Give it as the hub printed it (e.g. the class id class-add printed).
cli-access-log-written = Wrote { $count } access log entries to { $file }.
cli-hub-purged = Deleted { $records } records and { $students } students no longer on a roster. Keep the bundle for as long as the school decided.
cli-hub-retention = The class hub keeps the last { $years } school years of records. Older records go with hub purge.
cli-hub-rolled-over = School year { $year } started: { $moved } students moved up, { $added } new, { $left } left the roster, { $classes } classes. Last year is archived in { $archive } (reports: jikim export --data).
cli-hub-school-key = This hub's signing key: { $id }
    Public key: { $key }
cli-hub-school-key-exported = Public key file saved: { $path } (for registration with the education office and for verifying certificates)
cli-hub-school-key-file-comment = Jikim school hub public key (verifies its certificates and bundles)
cli-hub-owed = Grade { $grade } { $requirement }: { $minutes } min per student
cli-hub-owed-removed = Grade { $grade } { $requirement }: requirement removed
