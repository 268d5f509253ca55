### Output of the jikim command-line tool.

cli-content-checked = Checked { $files } module files: { $ok } valid, { $issues } problems
cli-content-no-files = No module files (*.toml) in { $dir }
cli-hub-listening = The class hub is running at { $addr } (HTTPS). Press Ctrl+C to stop.
cli-hub-fingerprint = Certificate fingerprint (SHA-256): { $fingerprint }
cli-hub-teacher-token = Teacher token file: { $path }
cli-hub-class = Class { $id } join code: { $code }
cli-hub-roster = Roster saved: { $count } students
cli-hub-assigned = Assigned { $module } (due { $due })
cli-hub-failed = The hub operation failed: { $detail }
