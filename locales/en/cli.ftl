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
cli-hub-no-content = No modules found in { $dir }. The hub grades students' answers itself against the modules, so it needs the module folder (--content).
cli-stats-module = { $order }. { $id } (version { $version }): { $pages } pages, { $items } items ({ $kinds }), { $minutes } min, for { $audience }
cli-stats-total = In all: { $modules } modules, { $pages } pages, { $items } items, { $minutes } min estimated
cli-stats-kinds = Item kinds: { $kinds }
cli-stats-audiences = By audience: { $audiences }
cli-stats-audience-line = { $audience } { $modules } modules, { $items } items, { $minutes } min
cli-stats-kind-ox = true/false
cli-stats-kind-single = single choice
cli-stats-kind-multi = multiple choice
cli-stats-kind-scenario = scenario
cli-stats-audience-elementary-upper = upper elementary
cli-stats-audience-middle = middle school
cli-stats-audience-high = high school
cli-stats-audience-teacher = teachers
