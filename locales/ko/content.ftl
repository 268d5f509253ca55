### 모듈 파일 검사(jikim content check)가 보고하는 문제. 각 메시지는 `파일:줄: ` 뒤에 붙습니다.

content-issue-syntax = TOML 형식 오류: { $detail }
content-issue-missing-key = 필수 키 `{ $key }`가 없습니다
content-issue-empty-text = `{ $key }`의 값이 비어 있습니다
content-issue-unsupported-format = 지원하지 않는 형식 버전 { $found }입니다 (이 프로그램은 1을 읽습니다)
content-issue-bad-id = 아이디 "{ $id }"가 올바르지 않습니다 (영문 소문자, 숫자, -만 사용)
content-issue-id-mismatch = 모듈 아이디 "{ $id }"가 파일 이름 "{ $file }"과 다릅니다
content-issue-duplicate-id = 아이디 "{ $id }"가 중복됩니다 ({ $line }번째 줄에 이미 있음)
content-issue-out-of-range = `{ $key }` 값은 { $min }~{ $max } 사이여야 합니다
content-issue-bad-audience = 대상 "{ $value }"는 쓸 수 없습니다 (elementary-upper, middle, high, teacher)
content-issue-bad-language = 언어 "{ $value }"는 쓸 수 없습니다 (ko, en)
content-issue-bad-kind = 문항 종류 "{ $value }"는 쓸 수 없습니다 (ox, single, multi, scenario)
content-issue-bad-date = `{ $key }`는 오늘 이전의 날짜(YYYY-MM-DD)여야 합니다
content-issue-bad-url = 주소 "{ $url }"는 http:// 또는 https://로 시작해야 합니다
content-issue-no-correct-answer = 문항 "{ $item }"에 정답이 없습니다
content-issue-too-many-correct = 문항 "{ $item }"은 정답이 하나여야 하는데 { $count }개입니다
content-issue-option-count = 문항 "{ $item }"의 선택지는 2~6개여야 하는데 { $count }개입니다
content-issue-key-not-for-kind = `{ $key }`는 { $kind } 문항에 쓸 수 없습니다
content-issue-unknown-source = 법적 근거의 출처 "{ $source }"가 [[sources]]에 없습니다
content-issue-missing-legal-basis = "{ $id }"는 법이나 처벌을 말하지만 legal_basis(법률·조문)가 없습니다
content-issue-too-large = 파일이 너무 큽니다({ $bytes }바이트, 최대 { $max }바이트)
content-issue-article-not-in-basis = "{ $id }"의 글에 나오는 { $article }가 legal_basis에 없습니다
content-issue-known-error = "{ $id }"에 법률 검토가 틀렸다고 지적한 문장이 다시 들어 있습니다 ({ $finding }: "{ $phrase }")
content-issue-required-missing = 법률 검토 { $finding }이 요구한 내용이 이 모듈에 없습니다: { $what }
