### Output of the jikim command-line tool.

cli-content-checked = Checked { $files } module files: { $ok } valid, { $issues } problems
cli-content-no-files = No module files (*.toml) in { $dir }
