### Problems reported by the module checker (jikim content check). Each follows `file:line: `.

content-issue-syntax = TOML error: { $detail }
content-issue-missing-key = required key `{ $key }` is missing
content-issue-empty-text = `{ $key }` is empty
content-issue-unsupported-format = unsupported format version { $found } (this program reads 1)
content-issue-bad-id = id "{ $id }" is not valid (use lowercase letters, digits and -)
content-issue-id-mismatch = module id "{ $id }" differs from the file name "{ $file }"
content-issue-duplicate-id = duplicate id "{ $id }" (already on line { $line })
content-issue-out-of-range = `{ $key }` must be between { $min } and { $max }
content-issue-bad-audience = audience "{ $value }" is not allowed (elementary-upper, middle, high, teacher)
content-issue-bad-language = language "{ $value }" is not allowed (ko, en)
content-issue-bad-kind = item kind "{ $value }" is not allowed (ox, single, multi, scenario)
content-issue-bad-date = `{ $key }` must be a date (YYYY-MM-DD) not in the future
content-issue-bad-url = address "{ $url }" must start with http:// or https://
content-issue-no-correct-answer = item "{ $item }" has no correct answer
content-issue-too-many-correct = item "{ $item }" must have exactly one correct option but has { $count }
content-issue-option-count = item "{ $item }" must have 2 to 6 options but has { $count }
content-issue-key-not-for-kind = `{ $key }` is not allowed on a { $kind } item
content-issue-unknown-source = legal basis source "{ $source }" is not in [[sources]]
content-issue-missing-legal-basis = "{ $id }" states law or a penalty but has no legal_basis (statute and article)
content-issue-too-large = the file is too large ({ $bytes } bytes, at most { $max })
content-issue-article-not-in-basis = the text of "{ $id }" names { $article }, which its legal_basis does not list
content-issue-known-error = "{ $id }" repeats a sentence the legal review found wrong ({ $finding }: "{ $phrase }")
content-issue-required-missing = this module no longer says what legal review finding { $finding } requires: { $what }
