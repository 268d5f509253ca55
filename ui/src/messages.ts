// Generated from locales/ko by crates/jikim-core/src/i18n/sourcegen.rs (`cargo test --workspace --features
// jikim-app/custom-protocol --locked -- i18n::sourcegen`): do not edit.

/** A value of a message's variable. */
export type FluentArg = string | number;

/** Every message of locales/ko, by id: its variables, or `null` when it has none. */
export interface Messages {
  /** 열람·내보내기 기록 { $count }건을 { $file }에 썼습니다. */
  "cli-access-log-written": { count: FluentArg; file: FluentArg };
  /** 모듈 파일 { $files }개를 검사했습니다: 정상 { $ok }개, 문제 { $issues }개 */
  "cli-content-checked": { files: FluentArg; issues: FluentArg; ok: FluentArg };
  /** { $dir }에 모듈 파일(*.toml)이 없습니다 */
  "cli-content-no-files": { dir: FluentArg };
  /** 과제를 냈습니다: { $module } (마감 { $due }) */
  "cli-hub-assigned": { due: FluentArg; module: FluentArg };
  /** 백업 파일이 없습니다: { $path }. 허브 폴더의 backups 안에 있는 파일을 지정하세요. 아무것도 바뀌지 않았습니다. */
  "cli-hub-backup-missing": { path: FluentArg };
  /** ID를 읽지 못했습니다: { $id }. 허브가 알려 준 ID(예: class-add가 출력한 학급 ID)를 그대로 넣으세요. */
  "cli-hub-bad-id": { id: FluentArg };
  /** 학급 { $id }을(를) 만들었습니다. 참여는 닫혀 있습니다: 학생이 참여할 때 join-open으로 여세요. */
  "cli-hub-class": { id: FluentArg };
  /** 허브 작업에 실패했습니다: { $detail } */
  "cli-hub-failed": { detail: FluentArg };
  /** 인증서 지문(SHA-256): { $fingerprint } */
  "cli-hub-fingerprint": { fingerprint: FluentArg };
  /** 참여를 닫았습니다. */
  "cli-hub-join-closed": null;
  /** 참여 코드: { $code } ({ $minutes }분 동안 쓸 수 있습니다) */
  "cli-hub-join-open": { code: FluentArg; minutes: FluentArg };
  /** 학급 허브가 { $addr }에서 실행 중입니다 (HTTPS). 끝내려면 Ctrl+C를 누르세요. */
  "cli-hub-listening": { addr: FluentArg };
  /** { $dir }에 백업이 없습니다. --from으로 백업 파일을 지정하세요. */
  "cli-hub-no-backup": { dir: FluentArg };
  /** { $dir }에서 모듈을 찾지 못했습니다. 허브는 학생의 답을 모듈로 직접 채점하므로 모듈 폴더가 필요합니다 (--content). */
  "cli-hub-no-content": { dir: FluentArg };
  /** { $grade }학년 { $requirement }: 학생마다 { $minutes }분 */
  "cli-hub-owed": { grade: FluentArg; minutes: FluentArg; requirement: FluentArg };
  /** { $grade }학년 { $requirement }: 이수 기준을 지웠습니다 */
  "cli-hub-owed-removed": { grade: FluentArg; requirement: FluentArg };
  /** 기록 { $records }건과 명단에 없는 학생 { $students }명을 지웠습니다. 묶음 파일은 학교가 정한 기간 동안 보관하세요. */
  "cli-hub-purged": { records: FluentArg; students: FluentArg };
  /** { $backup }에서 복원했습니다. 바꾸기 전 파일은 { $kept }에 남겨 두었습니다. */
  "cli-hub-restored": { backup: FluentArg; kept: FluentArg };
  /** 학급 허브가 최근 { $years }개 학년도의 기록을 보관합니다. 그 전 기록은 hub purge로 지웁니다. */
  "cli-hub-retention": { years: FluentArg };
  /** { $year }학년도를 시작했습니다: 진급 { $moved }명, 새 학생 { $added }명, 명단에서 빠진 학생 { $left }명, 학급 { $classes }개. 지난 학년도 기록은 { $archive }에 보관했습니다 (jikim export --data 로 보고서를 만들 수 있습니다). */
  "cli-hub-rolled-over": { added: FluentArg; archive: FluentArg; classes: FluentArg; left: FluentArg; moved: FluentArg; year: FluentArg };
  /** 명단을 저장했습니다: 학생 { $count }명 */
  "cli-hub-roster": { count: FluentArg };
  /**
   * 이 허브의 서명 키: { $id }
   * 공개 키: { $key }
   */
  "cli-hub-school-key": { id: FluentArg; key: FluentArg };
  /** 공개 키 파일을 저장했습니다: { $path } (교육청 등록과 이수증 확인에 씁니다) */
  "cli-hub-school-key-exported": { path: FluentArg };
  /** 지킴 학교 허브 공개 키 (이수증과 묶음 파일의 서명 확인용) */
  "cli-hub-school-key-file-comment": null;
  /**
   * 허브 데이터를 읽거나 쓰지 못했습니다. { $reason ->
   * [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
   * [no-permission] 허브 폴더에 쓸 권한이 없습니다.
   * [in-use] 다른 프로그램(또는 실행 중인 허브)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도하세요.
   * *[other] ({ $detail })
   * }
   */
  "cli-hub-storage": { detail: FluentArg; reason: FluentArg };
  /** 학생의 로그인 설정을 바꿨습니다. */
  "cli-hub-student-done": null;
  /** 교사 토큰 파일: { $path } */
  "cli-hub-teacher-token": { path: FluentArg };
  /** 새로 발급하는 로그인 토큰의 기간을 바꿨습니다. 이미 발급한 토큰은 그대로입니다. */
  "cli-hub-token-life": null;
  /** { $file }: 문제 없음. 허브 { $hub }, 교사 모드 { $teacher } */
  "cli-provision-ok": { file: FluentArg; hub: FluentArg; teacher: FluentArg };
  /** 교사 비밀번호({ $min }자 이상)를 한 줄로 입력하세요. */
  "cli-provision-password-short": { min: FluentArg };
  /** 초등 고학년 */
  "cli-stats-audience-elementary-upper": null;
  /** 고등학생 */
  "cli-stats-audience-high": null;
  /** { $audience } 모듈 { $modules }개·문항 { $items }개·{ $minutes }분 */
  "cli-stats-audience-line": { audience: FluentArg; items: FluentArg; minutes: FluentArg; modules: FluentArg };
  /** 중학생 */
  "cli-stats-audience-middle": null;
  /** 교사 */
  "cli-stats-audience-teacher": null;
  /** 대상별: { $audiences } */
  "cli-stats-audiences": { audiences: FluentArg };
  /** { $requirement } 모듈 { $modules }개·최대 { $minutes }분 */
  "cli-stats-credit-line": { minutes: FluentArg; modules: FluentArg; requirement: FluentArg };
  /** 이수 인정: { $credits } */
  "cli-stats-credits": { credits: FluentArg };
  /** 모두 고르기 */
  "cli-stats-kind-multi": null;
  /** OX */
  "cli-stats-kind-ox": null;
  /** 상황 */
  "cli-stats-kind-scenario": null;
  /** 하나 고르기 */
  "cli-stats-kind-single": null;
  /** 문항 유형: { $kinds } */
  "cli-stats-kinds": { kinds: FluentArg };
  /** { $order }. { $id } (버전 { $version }): 페이지 { $pages }개, 문항 { $items }개 ({ $kinds }), { $minutes }분, 대상 { $audience } */
  "cli-stats-module": { audience: FluentArg; id: FluentArg; items: FluentArg; kinds: FluentArg; minutes: FluentArg; order: FluentArg; pages: FluentArg; version: FluentArg };
  /** 모두: 모듈 { $modules }개, 페이지 { $pages }개, 문항 { $items }개, 예상 시간 { $minutes }분 */
  "cli-stats-total": { items: FluentArg; minutes: FluentArg; modules: FluentArg; pages: FluentArg };
  /** 지킴 */
  "common-app-name": null;
  /** 디지털 성범죄 예방 교육 */
  "common-app-tagline": null;
  /** 뒤로 */
  "common-back": null;
  /** 파일: { $file } */
  "common-broken-module-file": { file: FluentArg };
  /** 일부 학습 모듈을 열 수 없습니다 */
  "common-broken-modules": null;
  /** 다시 시도 */
  "common-error-retry": null;
  /** 문제가 생겼습니다 */
  "common-error-title": null;
  /** 글자 크게 */
  "common-font-larger": null;
  /** 글자 크기 */
  "common-font-size": null;
  /** 글자 작게 */
  "common-font-smaller": null;
  /** 도움 받기 */
  "common-help": null;
  /** 고대비 화면 */
  "common-high-contrast": null;
  /** 언어 */
  "common-language": null;
  /** English */
  "common-language-en": null;
  /** 한국어 */
  "common-language-ko": null;
  /** { $date } 기준 법령 */
  "common-law-as-of": { date: FluentArg };
  /** 불러오는 중… */
  "common-loading": null;
  /** 시작하려면 아래 단추를 누르세요. */
  "common-neutral-body": null;
  /** 처음 화면으로 */
  "common-neutral-continue": null;
  /** 새 화면 */
  "common-neutral-title": null;
  /** 빠른 나가기 */
  "common-quick-exit": null;
  /** Esc 키를 두 번 누르면 바로 나갑니다 */
  "common-quick-exit-hint": null;
  /** 화면 설정 */
  "common-settings": null;
  /** 로그아웃 */
  "common-sign-out": null;
  /** 본문으로 건너뛰기 */
  "common-skip-to-content": null;
  /** "{ $id }"의 글에 나오는 { $article }가 legal_basis에 없습니다 */
  "content-issue-article-not-in-basis": { article: FluentArg; id: FluentArg };
  /** 대상 "{ $value }"는 쓸 수 없습니다 (elementary-upper, middle, high, teacher) */
  "content-issue-bad-audience": { value: FluentArg };
  /** `{ $key }`는 오늘 이전의 날짜(YYYY-MM-DD)여야 합니다 */
  "content-issue-bad-date": { key: FluentArg };
  /** 아이디 "{ $id }"가 올바르지 않습니다 (영문 소문자, 숫자, -만 사용) */
  "content-issue-bad-id": { id: FluentArg };
  /** 문항 종류 "{ $value }"는 쓸 수 없습니다 (ox, single, multi, scenario) */
  "content-issue-bad-kind": { value: FluentArg };
  /** 언어 "{ $value }"는 쓸 수 없습니다 (ko, en) */
  "content-issue-bad-language": { value: FluentArg };
  /** 이수 구분 "{ $value }"는 쓸 수 없습니다 (sexual-violence-prevention, sex-education, school-violence-prevention) */
  "content-issue-bad-requirement": { value: FluentArg };
  /** 주소 "{ $url }"는 http:// 또는 https://로 시작해야 합니다 */
  "content-issue-bad-url": { url: FluentArg };
  /** 아이디 "{ $id }"가 중복됩니다 ({ $line }번째 줄에 이미 있음) */
  "content-issue-duplicate-id": { id: FluentArg; line: FluentArg };
  /** `{ $key }`의 값이 비어 있습니다 */
  "content-issue-empty-text": { key: FluentArg };
  /** 모듈 아이디 "{ $id }"가 파일 이름 "{ $file }"과 다릅니다 */
  "content-issue-id-mismatch": { file: FluentArg; id: FluentArg };
  /** `{ $key }`는 { $kind } 문항에 쓸 수 없습니다 */
  "content-issue-key-not-for-kind": { key: FluentArg; kind: FluentArg };
  /** "{ $id }"에 법률 검토가 틀렸다고 지적한 문장이 다시 들어 있습니다 ({ $finding }: "{ $phrase }") */
  "content-issue-known-error": { finding: FluentArg; id: FluentArg; phrase: FluentArg };
  /** 필수 키 `{ $key }`가 없습니다 */
  "content-issue-missing-key": { key: FluentArg };
  /** "{ $id }"는 법이나 처벌을 말하지만 legal_basis(법률·조문)가 없습니다 */
  "content-issue-missing-legal-basis": { id: FluentArg };
  /** 문항 "{ $item }"에 정답이 없습니다 */
  "content-issue-no-correct-answer": { item: FluentArg };
  /** 문항 "{ $item }"의 선택지는 2~6개여야 하는데 { $count }개입니다 */
  "content-issue-option-count": { count: FluentArg; item: FluentArg };
  /** `{ $key }` 값은 { $min }~{ $max } 사이여야 합니다 */
  "content-issue-out-of-range": { key: FluentArg; max: FluentArg; min: FluentArg };
  /** 법률 검토 { $finding }이 요구한 내용이 이 모듈에 없습니다: { $what } */
  "content-issue-required-missing": { finding: FluentArg; what: FluentArg };
  /** TOML 형식 오류: { $detail } */
  "content-issue-syntax": { detail: FluentArg };
  /** 파일이 너무 큽니다({ $bytes }바이트, 최대 { $max }바이트) */
  "content-issue-too-large": { bytes: FluentArg; max: FluentArg };
  /** 문항 "{ $item }"은 정답이 하나여야 하는데 { $count }개입니다 */
  "content-issue-too-many-correct": { count: FluentArg; item: FluentArg };
  /** 법적 근거의 출처 "{ $source }"가 [[sources]]에 없습니다 */
  "content-issue-unknown-source": { source: FluentArg };
  /** 지원하지 않는 형식 버전 { $found }입니다 (이 프로그램은 1을 읽습니다) */
  "content-issue-unsupported-format": { found: FluentArg };
  /** 학교폭력 예방교육 */
  "content-requirement-school-violence-prevention": null;
  /** 성교육 */
  "content-requirement-sex-education": null;
  /** 성폭력 예방교육 */
  "content-requirement-sexual-violence-prevention": null;
  /** { $path }: 이미 가져온 파일입니다. 아무것도 더하지 않았습니다. */
  "district-already-imported": { path: FluentArg };
  /** 미달 */
  "district-behind-yes": null;
  /** 이름 없이 가명으로 */
  "district-bundle-pseudonymous": null;
  /** 이름 포함 */
  "district-bundle-with-names": null;
  /** 교육청 제출 파일을 저장했습니다: { $path } ({ $year }학년도, 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건, { $names }) */
  "district-bundle-written": { completions: FluentArg; names: FluentArg; path: FluentArg; records: FluentArg; students: FluentArg; year: FluentArg };
  /** 미달 */
  "district-col-behind": null;
  /** 발급한 이수증 */
  "district-col-certificates": null;
  /** 이수증을 받은 학생 */
  "district-col-certified-students": null;
  /** 모듈 */
  "district-col-module": null;
  /** 학교 */
  "district-col-school": null;
  /** 학교 수 */
  "district-col-schools": null;
  /** 이수 학생 수 */
  "district-col-students": null;
  /** 버전 */
  "district-col-version": null;
  /** 교육청 서버를 { $addr } 에서 시작하지 못했습니다. 다른 프로그램이나 이미 켜져 있는 서버가 이 포트를 쓰고 있거나, 이 컴퓨터의 주소가 아닙니다. --listen 으로 다른 포트를 고르거나 켜져 있는 서버를 끈 뒤 다시 시작하세요. */
  "district-error-cannot-listen": { addr: FluentArg };
  /** 제출 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다. */
  "district-error-damaged": { detail: FluentArg };
  /** 교육청 데이터베이스 오류: { $detail } */
  "district-error-database": { detail: FluentArg };
  /** 다른 교육청 서버가 이미 { $folder } 폴더를 쓰고 있습니다. 한 폴더에는 서버를 하나만 켤 수 있습니다. 켜져 있는 서버를 끄거나 다른 폴더를 고르세요. */
  "district-error-folder-in-use": { folder: FluentArg };
  /**
   * 학교 허브 데이터를 읽지 못했습니다. { $reason ->
   * [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
   * [no-permission] 허브 폴더에 쓸 권한이 없습니다.
   * [in-use] 다른 프로그램(또는 다른 지킴)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   * *[other] ({ $detail })
   * }
   */
  "district-error-hub": { detail: FluentArg; reason: FluentArg };
  /** 입력이 올바르지 않습니다: { $detail } */
  "district-error-invalid": { detail: FluentArg };
  /**
   * 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
   * [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
   * [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
   * [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
   * *[other] ({ $detail })
   * }
   */
  "district-error-io": { detail: FluentArg; path: FluentArg; reason: FluentArg };
  /** 지킴 교육청 제출 파일이 아닙니다. 학교 허브에서 jikim district-bundle 로 만든 파일인지 확인해 주세요. */
  "district-error-not-a-bundle": null;
  /** 교육청 서버가 받지 않았습니다 (HTTP { $status }, { $code }). */
  "district-error-refused": { code: FluentArg; status: FluentArg };
  /** 제출 파일의 서명이나 검사값이 맞지 않습니다. 학교 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다. */
  "district-error-tampered": null;
  /** 더 새 버전의 지킴(형식 { $format })에서 만든 제출 파일입니다. 지킴을 업데이트한 뒤 가져와 주세요. */
  "district-error-too-new": { format: FluentArg };
  /** 제출 파일이 잘려 있습니다. 끝까지 복사되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다. */
  "district-error-truncated": null;
  /** 등록되지 않은 학교의 키({ $key })로 서명된 제출 파일입니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명 */
  "district-error-unknown-school": { key: FluentArg };
  /** 교육청 서버에 연결하지 못했습니다 ({ $detail }). */
  "district-error-unreachable": { detail: FluentArg };
  /** 파일을 쓰지 못했습니다: { $detail } */
  "district-error-write": { detail: FluentArg };
  /** { $path }: { $year }학년도 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added_completions }건, 새 기록 { $added_records }건을 더했습니다 */
  "district-imported": { added_completions: FluentArg; added_records: FluentArg; completions: FluentArg; path: FluentArg; records: FluentArg; students: FluentArg; year: FluentArg };
  /** 데이터베이스 구조 버전 { $version } */
  "district-migrated": { version: FluentArg };
  /** { $grade }학년 { $requirement }: 학생마다 { $minutes }분 */
  "district-owed": { grade: FluentArg; minutes: FluentArg; requirement: FluentArg };
  /** { $grade }학년 { $requirement }: 이수 기준을 지웠습니다 */
  "district-owed-removed": { grade: FluentArg; requirement: FluentArg };
  /** 교육청 서버가 이미 가져온 { $year }학년도 제출 파일입니다. 아무것도 더하지 않았습니다. */
  "district-push-already": { year: FluentArg };
  /** 제출 파일을 { $path } 에 남겨 두었습니다. 같은 명령을 다시 실행하면 서버가 받은 데까지 건너뛰고 이어서 보냅니다. */
  "district-push-kept": { path: FluentArg };
  /** 보내다 끊긴 제출 파일 { $path } 을(를) 서버에 이미 있는 { $offset }바이트 뒤부터 이어서 보냈습니다 */
  "district-push-resumed": { offset: FluentArg; path: FluentArg };
  /** 교육청 서버가 { $year }학년도 제출 파일을 가져왔습니다: 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added_completions }건, 새 기록 { $added_records }건을 더했습니다 */
  "district-pushed": { added_completions: FluentArg; added_records: FluentArg; completions: FluentArg; records: FluentArg; students: FluentArg; year: FluentArg };
  /** 학교를 등록했습니다: { $name } (키 { $key }) */
  "district-registered": { key: FluentArg; name: FluentArg };
  /** { $school } { $grade }학년 { $requirement }: 이수율 { $rate }% (기준 { $behind }% 미만) */
  "district-report-behind": { behind: FluentArg; grade: FluentArg; rate: FluentArg; requirement: FluentArg; school: FluentArg };
  /** { $school }: 이수증 { $certificates }장 발급 (학생 { $students }명) */
  "district-report-certificates": { certificates: FluentArg; school: FluentArg; students: FluentArg };
  /** { $school } { $grade }학년 { $requirement }: { $completed }/{ $students }명 이수({ $rate }%) */
  "district-report-line": { completed: FluentArg; grade: FluentArg; rate: FluentArg; requirement: FluentArg; school: FluentArg; students: FluentArg };
  /** { $year }학년도 예방교육 이수율 (학교별) */
  "district-report-title": { year: FluentArg };
  /** 교육청 보고서를 저장했습니다: { $path } */
  "district-report-written": { path: FluentArg };
  /** 교육청 서버가 { $addr } 에서 학교의 제출 파일을 받고 있습니다. 학교에 알려 줄 인증서 지문(--pin): { $fingerprint } (끝내려면 Ctrl+C) */
  "district-serving": { addr: FluentArg; fingerprint: FluentArg };
  /** 이수증 발급 */
  "district-sheet-certificates": null;
  /** 학교별 이수율 */
  "district-sheet-report": null;
  /** 사용 중인 모듈 버전 */
  "district-sheet-versions": null;
  /** 등록된 학교가 없어 이수증을 확인할 수 없습니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명 */
  "district-verify-no-schools": null;
  /** 발급 학교: { $school }. 아직 교육청에 보고되지 않은 이수증입니다. 학교가 다음 제출 파일을 보내면 보고됩니다. */
  "district-verify-not-reported": { school: FluentArg };
  /** 발급 학교: { $school }. 이 학교가 교육청에 보고한 이수증입니다. */
  "district-verify-reported": { school: FluentArg };
  /** 이미 답한 문항입니다. */
  "errors-already-answered": null;
  /** 이 학습 기록을 찾을 수 없습니다. 다시 로그인해 주세요. */
  "errors-attempt-not-found": null;
  /** 학습 모듈 파일에 문제가 { $count }개 있어 열 수 없습니다: { $path } */
  "errors-content-invalid": { count: FluentArg; path: FluentArg };
  /**
   * 학습 기록을 저장하거나 읽지 못했습니다. { $reason ->
   * [disk-full] 이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.
   * [no-permission] 기록 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.
   * [in-use] 다른 프로그램이 학습 기록 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   * *[other] 잠시 후 다시 시도해 주세요. ({ $detail })
   * }
   */
  "errors-database": { detail: FluentArg; reason: FluentArg };
  /** 학습 기록 파일이 손상되어 열 수 없습니다: { $path }. 선생님이나 전산 담당자에게 알려 주세요. 파일은 바뀌지 않았습니다. */
  "errors-database-corrupt": { path: FluentArg };
  /** 학습 기록 파일({ $path })이 더 새 버전의 지킴에서 만들어졌습니다. 지킴을 최신 버전으로 업데이트해 주세요. */
  "errors-database-too-new": { path: FluentArg };
  /** 도움 정보 파일을 읽지 못했습니다: { $path } ({ $detail }) */
  "errors-help-invalid": { detail: FluentArg; path: FluentArg };
  /** 답을 확인할 수 없습니다. 선택지를 다시 골라 주세요. */
  "errors-invalid-response": null;
  /**
   * 입력한 { $field ->
   * [grade] 학년
   * [class] 반
   * [number] 번호
   * [pin] PIN
   * *[name] 이름
   * } 을(를) 확인해 주세요.
   */
  "errors-invalid-sign-in": { field: FluentArg };
  /**
   * 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
   * [disk-full] (이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.)
   * [no-permission] (이 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.)
   * [in-use] (다른 프로그램이 이 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.)
   * *[other] ({ $detail })
   * }
   */
  "errors-io": { detail: FluentArg; path: FluentArg; reason: FluentArg };
  /** 문항 "{ $item }"을(를) 모듈 "{ $module }"에서 찾을 수 없습니다. */
  "errors-item-not-found": { item: FluentArg; module: FluentArg };
  /** 학습 기록 파일을 새 형식으로 바꾸지 못했습니다. ({ $detail }) */
  "errors-migration": { detail: FluentArg };
  /** 학습 모듈 "{ $module }"을(를) 찾을 수 없습니다. */
  "errors-module-not-found": { module: FluentArg };
  /** 먼저 로그인해 주세요. */
  "errors-not-signed-in": null;
  /** 모듈 "{ $module }"에 { $page }쪽이 없습니다. */
  "errors-page-not-found": { module: FluentArg; page: FluentArg };
  /** PIN이 여러 번 틀려 잠시 로그인할 수 없습니다. { $seconds }초 뒤에 다시 시도하세요. */
  "errors-pin-locked": { seconds: FluentArg };
  /** PIN이 맞지 않습니다. 처음 로그인할 때 정한 PIN을 입력하세요. 잊었다면 선생님께 알려 주세요. */
  "errors-pin-mismatch": null;
  /** 교사 비밀번호 파일을 읽을 수 없어 교사 모드를 잠가 두었습니다. 관리자에게 알려 주세요(데이터 폴더의 teacher.json). */
  "errors-teacher-file-damaged": null;
  /** 학생이 학급에 참여한 실습실 PC에서는 처음 온 사람이 교사 비밀번호를 정할 수 없습니다. 관리자가 프로비저닝 파일로 교사 비밀번호를 정하거나, 교사용 컴퓨터에서 여세요. */
  "errors-teacher-lab-pc": null;
  /** 교사 모드가 닫혀 있습니다. 교사 비밀번호로 다시 여세요. */
  "errors-teacher-locked": null;
  /** 이 PC에서는 교사 모드를 쓸 수 없습니다(실습실 PC로 설정됨). 교사용 컴퓨터에서 여세요. */
  "errors-teacher-off": null;
  /** 교사 비밀번호가 맞지 않습니다. */
  "errors-teacher-password": null;
  /** 예상하지 못한 오류가 생겼습니다. 선생님께 알려 주세요. */
  "errors-unexpected": null;
  /** { $date } 기준 정보 */
  "help-as-of": { date: FluentArg };
  /** 도움 받기 닫기 */
  "help-close": null;
  /** 운영: { $hours } */
  "help-hours": { hours: FluentArg };
  /** 혼자 고민하지 마세요. 피해를 입은 건 여러분의 잘못이 아닙니다. 아래 기관에서 도움을 받을 수 있습니다. */
  "help-intro": null;
  /** 지킴 앱은 도움 받기를 연 기록을 남기지 않습니다. 다만 학교나 집의 공용 컴퓨터, 링크를 연 인터넷 창에는 기록이 남을 수 있습니다. */
  "help-not-logged": null;
  /** 전화 { $phone } */
  "help-phone": { phone: FluentArg };
  /** 상담·신고 기관 */
  "help-services": null;
  /** 도움 받기 */
  "help-title": null;
  /** 도움 정보를 불러오지 못했습니다. 급한 일이면 112, 상담은 1366에 전화하세요. */
  "help-unavailable": null;
  /** 누리집 { $url } */
  "help-website": { url: FluentArg };
  /** 이 PC의 시계가 학급 허브와 { $minutes }분 다릅니다. 기록은 허브의 시간으로 남으니 걱정하지 않아도 됩니다. 선생님께 알려 주세요. */
  "home-clock-skew": { minutes: FluentArg };
  /** 마감 { $date } */
  "home-due": { date: FluentArg };
  /** { $grade }학년 { $class }반 { $number }번 { $name } 학생 */
  "home-greeting": { class: FluentArg; grade: FluentArg; name: FluentArg; number: FluentArg };
  /** 약 { $minutes }분 */
  "home-minutes": { minutes: FluentArg };
  /** 학습 모듈 */
  "home-modules": null;
  /** 학습하기 */
  "home-open": null;
  /** { $title } 학습하기 */
  "home-open-named": { title: FluentArg };
  /** 문항 { $answered } / { $total } */
  "home-progress": { answered: FluentArg; total: FluentArg };
  /** 점수 { $percent }점 */
  "home-score": { percent: FluentArg };
  /** 학습 중 */
  "home-status-in-progress": null;
  /** 다시 도전 */
  "home-status-not-passed": null;
  /** 시작 전 */
  "home-status-not-started": null;
  /** 통과 */
  "home-status-passed": null;
  /** 학급 허브에 연결되지 않았습니다. 답 { $count }개가 이 PC에 저장되어 있고, 연결되면 자동으로 보냅니다. */
  "home-sync-offline": { count: FluentArg };
  /** 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 로그아웃한 뒤 다시 로그인하세요. 답은 이 PC에 저장되어 있습니다. */
  "home-sync-refused": null;
  /** 답이 이 PC에 저장되었고, 선생님께 보내는 중입니다 ({ $count }개). */
  "home-sync-saved": { count: FluentArg };
  /** 답이 모두 선생님께 전송되었습니다. */
  "home-sync-sent": null;
  /** 답은 이 PC에만 저장됩니다 (학급 허브에 참여하지 않았습니다). */
  "home-sync-standalone": null;
  /** 나의 학습 */
  "home-title": null;
  /** 학급 허브를 { $addr } 에서 시작하지 못했습니다. 다른 프로그램이나 이미 켜져 있는 지킴이 이 포트를 쓰고 있거나, 이 PC의 주소가 아닙니다. 다른 포트(예: 7444)를 고르거나, 켜져 있는 지킴을 닫은 뒤 다시 시작하세요. */
  "hub-cannot-listen": { addr: FluentArg };
  /** 학급 허브의 인증서를 만들거나 읽지 못했습니다. */
  "hub-certificate-failed": null;
  /** 이 파일의 글자를 읽지 못했습니다. 엑셀에서 ‘CSV UTF-8(쉼표로 분리)’ 형식으로 다시 저장하세요. 명단은 바뀌지 않았습니다. */
  "hub-csv-encoding": null;
  /** 학급 허브 데이터베이스가 손상되어 열지 않았습니다. 백업에서 복원하세요(jikim hub --data 폴더 restore). 손상된 파일은 지우지 말고 관리자에게 알려 주세요. */
  "hub-database-corrupt": null;
  /** 학급 허브 파일을 읽거나 쓰지 못했습니다. */
  "hub-file-failed": null;
  /** 이 작업은 허용되지 않습니다. */
  "hub-forbidden": null;
  /** 학급 허브가 요청을 이해하지 못했습니다. */
  "hub-invalid-input": null;
  /** 지금은 이 반의 참여가 열려 있지 않습니다. 선생님께 참여를 열어 달라고 하세요. */
  "hub-join-closed": null;
  /** 참여 코드가 맞지 않습니다. 선생님 화면의 코드를 다시 확인하세요. */
  "hub-join-code-rejected": null;
  /** 참여 시간이 지났습니다. 다시 시도하세요. */
  "hub-join-expired": null;
  /** 틀린 참여 코드나 PIN이 너무 많이 입력되어 이 반의 참여를 잠시 멈췄습니다. 선생님이 새 코드를 만들거나 10분 뒤에 다시 시도하세요. */
  "hub-join-paused": null;
  /** 번호와 이름이 이 반 명단과 맞지 않습니다. 선생님께 확인하세요. */
  "hub-join-refused": null;
  /** 학급 허브가 지원하지 않는 요청입니다. */
  "hub-method-not-allowed": null;
  /** 이 반에 처음 참여하는 것 같습니다. 선생님 화면의 참여 코드를 함께 입력하세요. */
  "hub-needs-code": null;
  /** 학급 허브에서 찾을 수 없습니다. */
  "hub-not-found": null;
  /** { $grade }학년 { $minutes }분은 정할 수 없습니다. 학년은 { $minGrade }~{ $maxGrade }, 이수 기준은 0~{ $maxMinutes }분(0은 지우기)이어야 합니다. 아무것도 바뀌지 않았습니다. */
  "hub-owed-out-of-range": { grade: FluentArg; maxGrade: FluentArg; maxMinutes: FluentArg; minGrade: FluentArg; minutes: FluentArg };
  /** PIN을 여러 번 틀려 잠겼습니다. 선생님께 잠금을 풀어 달라고 하세요. */
  "hub-pin-locked": null;
  /** PIN이 맞지 않습니다. 여러 번 틀리면 잠기고, 선생님이 풀어 주어야 합니다. */
  "hub-pin-wrong": null;
  /** 이 PC가 너무 자주 보내고 있습니다. 잠시 뒤 자동으로 다시 보냅니다. */
  "hub-push-rate-limited": null;
  /** 참여 시도가 너무 많습니다. 1분 뒤에 다시 시도하세요. */
  "hub-rate-limited": null;
  /** 요청을 처리하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도합니다. */
  "hub-request-timeout": null;
  /** 진급 명단 파일에 학생이 한 명도 없습니다. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-empty": null;
  /** 진급 명단 파일의 첫 줄에 ‘학년, 반, 번호, 이름, 이전반, 이전번호’ 여섯 열의 제목이 있어야 합니다. 첫 줄에 제목을 넣고 CSV로 다시 저장하세요. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-header": null;
  /** 진급 명단 파일의 { $line }번째 줄: 같은 학년·반·번호가 앞줄에 이미 있습니다. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-line-taken": { line: FluentArg };
  /** 진급 명단 파일의 { $line }번째 줄: 지난 학년도의 같은 학생이 앞줄에도 있습니다. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-line-twice": { line: FluentArg };
  /** 진급 명단 파일의 { $line }번째 줄: 지난 학년도 명단의 그 이전반·이전번호에 이 이름의 학생이 없습니다. 새로 온 학생이면 이전반과 이전번호를 비우세요. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-line-unknown": { line: FluentArg };
  /** 진급 명단 파일의 { $line }번째 줄을 읽지 못했습니다. 학년(1~{ $maxGrade }), 반과 번호(1~{ $maxNumber }), 이름이 바르게 들어 있는지, 이전반과 이전번호가 함께 적혀 있거나 함께 비어 있는지 확인하세요(1학년은 둘 다 비웁니다). 아무것도 바뀌지 않았습니다. */
  "hub-rollover-line-unreadable": { line: FluentArg; maxGrade: FluentArg; maxNumber: FluentArg };
  /** { $year }학년도는 시작할 수 없습니다. 이 허브는 이미 { $last }학년도를 시작했습니다. 그다음 학년도를 고르세요. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-year-not-after": { last: FluentArg; year: FluentArg };
  /** { $year }학년도는 시작할 수 없습니다. { $first }~{ $last } 사이의 학년도를 고르세요. 아무것도 바뀌지 않았습니다. */
  "hub-rollover-year-range": { first: FluentArg; last: FluentArg; year: FluentArg };
  /** 명단 파일의 첫 줄에 ‘번호’와 ‘이름’ 열이 있어야 합니다. 첫 줄에 두 제목을 넣고 CSV로 다시 저장하세요. 명단은 바뀌지 않았습니다. */
  "hub-roster-header": null;
  /** 명단 파일의 { $row }번째 줄을 읽지 못했습니다. 번호({ $min }~{ $max })와 이름이 바르게 들어 있는지 확인하세요. 명단은 바뀌지 않았습니다. */
  "hub-roster-row": { max: FluentArg; min: FluentArg; row: FluentArg };
  /** 학급 허브가 기록을 저장하지 못했습니다. 잠시 후 자동으로 다시 보냅니다. */
  "hub-storage-failed": null;
  /** 학교가 이 학생의 기록을 삭제했습니다. 이 PC에 남은 기록도 지웠습니다. */
  "hub-student-deleted": null;
  /** 한 번에 보내기에는 너무 큽니다. */
  "hub-too-large": null;
  /** 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 다시 로그인하세요. */
  "hub-unauthorized": null;
  /** 이 PIN은 다른 사람이 쉽게 맞힐 수 있습니다(예: 1234, 0000). 다른 숫자 4~6자리를 정하세요. */
  "hub-weak-pin": null;
  /** 목록으로 */
  "lesson-home": null;
  /** ← → 화살표 키로 쪽을 넘길 수 있습니다 */
  "lesson-keyboard-hint": null;
  /** 법적 근거 */
  "lesson-legal-basis": null;
  /** 다음 쪽 */
  "lesson-next": null;
  /** { $total }쪽 중 { $page }쪽 */
  "lesson-page-of": { page: FluentArg; total: FluentArg };
  /** 이전 쪽 */
  "lesson-prev": null;
  /** 학습 진행 */
  "lesson-progress-label": null;
  /** 퀴즈 풀기 */
  "lesson-start-quiz": null;
  /** 열람·정정·삭제 요청과 문의는 학교의 개인정보 보호책임자에게 하실 수 있습니다. */
  "privacy-guardian-ask": null;
  /** 학생이 '도움 받기'(상담 기관 안내)를 연 것은 기록하지 않습니다. */
  "privacy-guardian-help": null;
  /** 수집 항목: 학년·반·번호·이름, 학생이 정한 PIN의 Argon2id 해시(PIN 자체는 저장하지 않음), 학습 기록(열람한 쪽, 퀴즈 응답, 학습 시간), 학생이 참여한 PC의 이름. */
  "privacy-guardian-items": null;
  /** 보관 기간과 파기 방법은 학교가 정해 안내합니다. */
  "privacy-guardian-keep": null;
  /** 교사가 학생의 답을 열어 보거나 결과를 내보낸 일은 누가, 언제, 어떤 범위를 했는지 학급 허브에 기록됩니다. */
  "privacy-guardian-log": null;
  /** 목적: 학교의 디지털 성범죄 예방교육 실시와 이수 확인(예방교육 실적 보고). */
  "privacy-guardian-purpose": null;
  /** 보호자께 */
  "privacy-guardian-title": null;
  /** 보관 위치: 학교의 컴퓨터(실습실 PC와 교사의 학급 허브)에만 저장되며, 외부 서버나 인터넷으로 전송되지 않습니다. 학교 네트워크 안의 전송은 암호화됩니다. */
  "privacy-guardian-where": null;
  /** 열람: 담당 교사와 학교 관리자. 학생은 다른 학생의 기록을 볼 수 없습니다. */
  "privacy-guardian-who": null;
  /** 개인정보 안내 */
  "privacy-open": null;
  /** 궁금한 점이 있거나 기록을 고치거나 지우고 싶으면 선생님이나 학교의 개인정보 보호책임자에게 말하세요. */
  "privacy-student-ask": null;
  /** '빠른 나가기'(Esc 두 번)를 누르면 화면이 바로 바뀌고 로그아웃돼요. */
  "privacy-student-exit": null;
  /** '도움 받기'를 연 것은 어디에도 기록되지 않고 선생님께도 보내지 않아요. */
  "privacy-student-help": null;
  /** 학생에게 */
  "privacy-student-title": null;
  /** 지킴은 너의 학년·반·번호·이름, 네가 정한 PIN(그대로가 아니라 알아볼 수 없게 바꾼 값), 그리고 학습 기록(읽은 쪽, 고른 답, 공부한 시간)을 저장해요. */
  "privacy-student-what": null;
  /** 기록은 학교 안에만 있어요: 이 PC와 선생님의 학급 허브. 인터넷이나 학교 밖 서버로 보내지 않아요. 보낼 때는 암호화해요. */
  "privacy-student-where": null;
  /** 네 답을 볼 수 있는 사람은 담당 선생님과, 예방교육 이수를 보고하는 학교 관리자뿐이에요. 친구는 볼 수 없어요. */
  "privacy-student-who": null;
  /** 개인정보 안내 */
  "privacy-title": null;
  /** 프로비저닝 파일 { $file }의 { $detail }이(가) 올바른 주소가 아닙니다. 예: 192.168.0.10:7443 */
  "provision-bad-address": { detail: FluentArg; file: FluentArg };
  /** 프로비저닝 파일 { $file }을(를) 읽을 수 없습니다: { $detail } */
  "provision-bad-file": { detail: FluentArg; file: FluentArg };
  /** 프로비저닝 파일 { $file }의 { $detail }은(는) 허브 인증서의 SHA-256 지문 전체(16진수 64자리)여야 합니다. */
  "provision-bad-fingerprint": { detail: FluentArg; file: FluentArg };
  /** 프로비저닝 파일 { $file }의 { $detail }은(는) 0~120분이어야 합니다. */
  "provision-bad-idle": { detail: FluentArg; file: FluentArg };
  /** 프로비저닝 파일 { $file }의 { $detail }은(는) "ko" 또는 "en"이어야 합니다. */
  "provision-bad-locale": { detail: FluentArg; file: FluentArg };
  /** 프로비저닝 파일 { $file }의 [teacher]는 mode = "off", "setup", 또는 "password"(password_hash에 Argon2 해시)여야 합니다. */
  "provision-bad-teacher": { file: FluentArg };
  /** 프로비저닝 파일 { $file }의 { $detail } 값이 비어 있거나 너무 길거나 쓸 수 없는 글자가 있습니다. */
  "provision-bad-text": { detail: FluentArg; file: FluentArg };
  /** 데이터 폴더의 프로비저닝 파일 { $file }은(는) 교사 모드를 켤 수 없습니다(mode = "off"만 됩니다). 교사 비밀번호는 관리자만 쓸 수 있는 시스템 위치의 파일에 두세요. */
  "provision-teacher-not-here": { file: FluentArg };
  /** 프로비저닝 파일 { $file }을(를) 열 수 없습니다: { $detail } */
  "provision-unreadable": { detail: FluentArg; file: FluentArg };
  /** 목록으로 */
  "quiz-back-home": null;
  /** 맞는 것을 모두 고르세요 */
  "quiz-choose-many": null;
  /** 하나를 고르세요 */
  "quiz-choose-one": null;
  /** 정답 */
  "quiz-correct-answer": null;
  /** 설명 */
  "quiz-explanation": null;
  /** 정답입니다 */
  "quiz-feedback-correct": null;
  /** 다시 생각해 볼까요? */
  "quiz-feedback-incorrect": null;
  /** { $count }문항 중 { $number }번 */
  "quiz-item-of": { count: FluentArg; number: FluentArg };
  /** 다음 */
  "quiz-next": null;
  /** O (맞다) */
  "quiz-option-o": null;
  /** X (아니다) */
  "quiz-option-x": null;
  /** 학습 내용 다시 보기 */
  "quiz-reread": null;
  /** 처음부터 다시 하기 */
  "quiz-restart": null;
  /** 모든 문항을 익혔습니다. */
  "quiz-result-all-mastered": null;
  /** 아직 익히지 못한 문항 { $missed }개 */
  "quiz-result-missed": { missed: FluentArg };
  /** 아직 통과하지 못했습니다. (통과 기준 { $passMark }점) */
  "quiz-result-not-passed": { passMark: FluentArg };
  /** 통과했습니다. (통과 기준 { $passMark }점) */
  "quiz-result-passed": { passMark: FluentArg };
  /** { $total }문항 중 { $correct }문항 정답 ({ $percent }점) */
  "quiz-result-score": { correct: FluentArg; percent: FluentArg; total: FluentArg };
  /** 학습 시간 약 { $minutes }분 */
  "quiz-result-time": { minutes: FluentArg };
  /** 결과 */
  "quiz-result-title": null;
  /** 틀린 문항 다시 풀기 */
  "quiz-retry-missed": null;
  /** 처음에 맞힘 */
  "quiz-review-first-correct": null;
  /** 처음에 틀림 */
  "quiz-review-first-wrong": null;
  /** 익힘 */
  "quiz-review-mastered": null;
  /** 다시 풀어 보기 */
  "quiz-review-not-mastered": null;
  /** 문항별 돌아보기 */
  "quiz-review-title": null;
  /** { $round }번째 다시 풀기 */
  "quiz-round": { round: FluentArg };
  /** 답 확인 */
  "quiz-submit": null;
  /** 내가 고른 답 */
  "quiz-your-choice": null;
  /** 통합용 묶음 파일을 저장했습니다: { $path } (학급 { $classes }개, 기록 { $records }건) */
  "report-bundle-written": { classes: FluentArg; path: FluentArg; records: FluentArg };
  /** 위 학생은 디지털 성범죄 예방 교육 「지킴」에서 다음 과정을 이수하였으므로 이 증서를 드립니다. */
  "report-cert-body": null;
  /** 소속: { $school } { $grade }학년 { $class }반 { $number }번 */
  "report-cert-class": { class: FluentArg; grade: FluentArg; number: FluentArg; school: FluentArg };
  /** { $year }년 { $month }월 { $day }일 */
  "report-cert-date": { day: FluentArg; month: FluentArg; year: FluentArg };
  /** { $school }장 */
  "report-cert-issuer": { school: FluentArg };
  /** { $title } — { $date } 이수 (인정 { $minutes }분) */
  "report-cert-module": { date: FluentArg; minutes: FluentArg; title: FluentArg };
  /** 성명: { $name } */
  "report-cert-name": { name: FluentArg };
  /** 일련번호 { $serial } */
  "report-cert-serial": { serial: FluentArg };
  /** 이 수 증 */
  "report-cert-title": null;
  /** 인정 교육 시간 합계: { $minutes }분 */
  "report-cert-total": { minutes: FluentArg };
  /** 진위 확인: QR 코드 또는 jikim verify */
  "report-cert-verify-hint": null;
  /** 이수증 { $count }장을 저장했습니다: { $path } */
  "report-cert-written": { count: FluentArg; path: FluentArg };
  /** 학급별 요약의 이수 학생 수는 학급에 배정된 모든 모듈을 이수한 학생 수입니다. */
  "report-class-completed-note": null;
  /** 시도 횟수 */
  "report-col-attempts": null;
  /** 1인당 평균 교육 시간(분) */
  "report-col-average-minutes": null;
  /** 반 */
  "report-col-class": null;
  /** 학급 수 */
  "report-col-classes": null;
  /** 이수 학생 수 */
  "report-col-completed": null;
  /** 대상 학생 수 */
  "report-col-enrolled": null;
  /** 학년 */
  "report-col-grade": null;
  /** 학습 시간(분) */
  "report-col-minutes": null;
  /** 모듈 ID */
  "report-col-module-id": null;
  /** 모듈 제목 */
  "report-col-module-title": null;
  /** 모듈 버전 */
  "report-col-module-version": null;
  /** 모듈 수 */
  "report-col-modules": null;
  /** 이름 */
  "report-col-name": null;
  /** 비고 */
  "report-col-note": null;
  /** 번호 */
  "report-col-number": null;
  /** 이수 일시 */
  "report-col-passed-at": null;
  /** 이수율 */
  "report-col-rate": null;
  /** 구분 */
  "report-col-scope": null;
  /** 점수(%) */
  "report-col-score": null;
  /** 상태 */
  "report-col-status": null;
  /** 총 교육 시간(분) */
  "report-col-total-minutes": null;
  /** 조건을 이해하지 못했습니다: { $detail } (학급은 2-3, 날짜는 2026-03-02처럼 적어 주세요) */
  "report-error-bad-filter": { detail: FluentArg };
  /** 묶음 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다. */
  "report-error-bundle-corrupt": { detail: FluentArg };
  /** 묶음 파일의 검사값이나 서명이 맞지 않습니다. 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다. */
  "report-error-bundle-tampered": null;
  /** 이 묶음 파일은 더 새 버전의 지킴(형식 { $format })에서 만들어졌습니다. 지킴을 업데이트한 뒤 합쳐 주세요. */
  "report-error-bundle-too-new": { format: FluentArg };
  /** 묶음 파일이 잘려 있습니다. 복사가 끝까지 되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다. */
  "report-error-bundle-truncated": null;
  /** 등록되지 않은 키({ $key })로 서명된 묶음 파일입니다. 이 학교의 허브 공개 키를 먼저 등록하거나, 보낸 곳을 확인해 주세요. 아무것도 바뀌지 않았습니다. */
  "report-error-bundle-unknown-key": { key: FluentArg };
  /** 서명이 없는 묶음 파일입니다(이전 버전의 지킴에서 만든 파일). 학교 허브에서 새로 만들어 보내 주세요. 아무것도 바뀌지 않았습니다. */
  "report-error-bundle-unsigned": null;
  /**
   * 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
   * [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
   * [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
   * [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
   * *[other] ({ $detail })
   * }
   */
  "report-error-io": { detail: FluentArg; path: FluentArg; reason: FluentArg };
  /** { $dir }에서 모듈을 읽지 못했습니다. 결과는 모듈로 판정하므로 모듈 폴더가 필요합니다 (--content). */
  "report-error-no-content": { dir: FluentArg };
  /** 지킴 통합용 묶음 파일이 아닙니다. 교사용 허브에서 만든 파일인지 확인해 주세요. */
  "report-error-not-a-bundle": null;
  /** 선택한 범위에 모듈을 이수한 학생이 없어 이수증을 만들 수 없습니다. */
  "report-error-nothing-to-certify": null;
  /**
   * 기록 저장소를 읽거나 쓰지 못했습니다. { $reason ->
   * [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
   * [no-permission] 기록 저장소 폴더에 쓸 권한이 없습니다.
   * [in-use] 다른 프로그램(또는 다른 지킴)이 기록 저장소를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   * *[other] ({ $detail })
   * }
   */
  "report-error-store": { detail: FluentArg; reason: FluentArg };
  /** 파일을 만들지 못했습니다 ({ $detail }). */
  "report-error-write": { detail: FluentArg };
  /** { $rows }행을 저장했습니다: { $path } */
  "report-export-written": { path: FluentArg; rows: FluentArg };
  /** 반 */
  "report-ledger-col-class": null;
  /** 이수 학생(명) */
  "report-ledger-col-completed": null;
  /** 인정 시간(분) */
  "report-ledger-col-credited": null;
  /** 인정 시간 합계(분) */
  "report-ledger-col-delivered": null;
  /** 이수 */
  "report-ledger-col-done": null;
  /** 학년 */
  "report-ledger-col-grade": null;
  /** 미이수 학생 */
  "report-ledger-col-missing": null;
  /** 이수 기준(분) */
  "report-ledger-col-owed": null;
  /** 이수율 */
  "report-ledger-col-rate": null;
  /** 교육 구분 */
  "report-ledger-col-requirement": null;
  /** 대상 학생(명) */
  "report-ledger-col-students": null;
  /** 미이수 */
  "report-ledger-done-no": null;
  /** 이수 */
  "report-ledger-done-yes": null;
  /** { $grade }학년 계 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%) */
  "report-ledger-grade-line": { completed: FluentArg; grade: FluentArg; rate: FluentArg; requirement: FluentArg; students: FluentArg };
  /** 학년 계 */
  "report-ledger-grade-total": null;
  /** { $grade }학년 { $class }반 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%), 기준 { $owed }분 */
  "report-ledger-line": { class: FluentArg; completed: FluentArg; grade: FluentArg; owed: FluentArg; rate: FluentArg; requirement: FluentArg; students: FluentArg };
  /** { $number }번 { $name }({ $minutes }분) */
  "report-ledger-missing-student": { minutes: FluentArg; name: FluentArg; number: FluentArg };
  /** 이수 기준이 정해지지 않았습니다. 먼저 보고서 화면의 ‘학년별 이수 기준’에서 정하세요(명령줄: jikim hub --data <허브> owe --grade 2 --requirement sexual-violence-prevention --minutes 180). */
  "report-ledger-nothing-owed": null;
  /** { $from } ~ { $to } */
  "report-ledger-period": { from: FluentArg; to: FluentArg };
  /** 전체 기간 */
  "report-ledger-period-all": null;
  /** 이수 실적 */
  "report-ledger-sheet": null;
  /** 학생별 */
  "report-ledger-sheet-students": null;
  /** { $school } 예방교육 이수 실적 ({ $period }) */
  "report-ledger-title": { period: FluentArg; school: FluentArg };
  /** 이수 실적을 저장했습니다: { $path } */
  "report-ledger-written": { path: FluentArg };
  /** { $path }: 학급 { $classes }개, 학생 { $students }명, 기록 { $records }건, 이수증 { $certificates }건을 새로 합쳤습니다 (이미 있던 기록 { $present }건) */
  "report-merge-done": { certificates: FluentArg; classes: FluentArg; path: FluentArg; present: FluentArg; records: FluentArg; students: FluentArg };
  /** 조건에 맞는 이수 기록이 없습니다. */
  "report-page-empty": null;
  /** 작성일: { $date } */
  "report-page-generated": { date: FluentArg };
  /** 집계 기간: { $from } ~ { $to } */
  "report-page-period": { from: FluentArg; to: FluentArg };
  /** 집계 기간: 전체 */
  "report-page-period-all": null;
  /** 학교: { $school } */
  "report-page-school": { school: FluentArg };
  /** 디지털 성범죄 예방 교육 이수 현황 보고 */
  "report-page-title": null;
  /** { $done } / { $total } */
  "report-progress": { done: FluentArg; total: FluentArg };
  /** 받아들이지 않은 파일: { $file } */
  "report-refused-file": { file: FluentArg };
  /** 전출/삭제됨 */
  "report-removed": null;
  /** { $grade }학년 { $class }반 */
  "report-scope-class": { class: FluentArg; grade: FluentArg };
  /** { $grade }학년 전체 */
  "report-scope-grade": { grade: FluentArg };
  /** 학교 전체 */
  "report-scope-school": null;
  /** 학급별 요약 */
  "report-sheet-classes": null;
  /** 모듈별 요약 */
  "report-sheet-modules": null;
  /** 이수 현황 */
  "report-sheet-rows": null;
  /** 보고 요약 */
  "report-sheet-summary": null;
  /** 학습 중 */
  "report-status-in-progress": null;
  /** 미통과 */
  "report-status-not-passed": null;
  /** 시작 안 함 */
  "report-status-not-started": null;
  /** 이수 */
  "report-status-passed": null;
  /** 학교 공개 키 파일을 읽을 수 없습니다: { $path } */
  "report-verify-bad-key-file": { path: FluentArg };
  /** 위조된 이수증입니다: 서명이 맞지 않습니다. 서명한 뒤에 내용(이수 시간, 날짜, 과정 등)이 바뀌었습니다. */
  "report-verify-edited": null;
  /** 학교의 공개 키 파일을 --key 로 주거나(학교에서 jikim hub school-key --export 로 만든 파일), 학교 허브에서 --data 로 확인해 주세요. */
  "report-verify-give-key": null;
  /** 이수증 코드가 손상되었거나 잘려 있습니다. QR 코드를 다시 읽어 주세요. */
  "report-verify-malformed": null;
  /** · { $module } (버전 { $version }, 법령 기준일 { $law }): { $date } 이수, { $minutes }분 */
  "report-verify-module": { date: FluentArg; law: FluentArg; minutes: FluentArg; module: FluentArg; version: FluentArg };
  /** 이수증 코드(JIKIM1.…)를 찾을 수 없습니다. 이수증 PDF 파일이나 QR 코드를 읽은 글자를 주세요. */
  "report-verify-not-found": null;
  /** 위조된 이수증입니다: 일련번호가 이 이수증의 것이 아닙니다. */
  "report-verify-serial-mismatch": null;
  /** 확인되지 않은 이수증입니다: 키 { $key }(으)로 서명되었는데, 이 키는 신뢰하는 학교 키가 아닙니다. 다른 키로 만든 위조일 수 있습니다. */
  "report-verify-untrusted-key": { key: FluentArg };
  /** 유효한 이수증입니다. 일련번호 { $serial } · 발급 허브 키 { $key } · 학생(가명) { $student } · 발급일 { $issued } */
  "report-verify-valid": { issued: FluentArg; key: FluentArg; serial: FluentArg; student: FluentArg };
  /** 반 */
  "signin-class": null;
  /** 학년 */
  "signin-grade": null;
  /** 허브 주소 */
  "signin-hub-address": null;
  /** 오랫동안 사용하지 않아 자동으로 로그아웃했습니다. 답한 내용은 저장되어 있습니다. */
  "signin-idle-signed-out": null;
  /** 학년, 반, 번호, 이름을 입력하세요. 학습 기록은 이 학교 안에서만 보관됩니다. */
  "signin-intro": null;
  /** 참여 코드 */
  "signin-join-code": null;
  /** 처음 참여할 때(또는 이 PC가 초기화되었을 때)만 선생님 화면의 참여 코드(8자리, 예: K7Q2-M9XA)를 입력하세요. 그다음부터는 PIN만 있으면 어느 PC에서나 이어서 할 수 있습니다. 허브 주소는 자동으로 찾고, 못 찾으면 선생님이 알려 준 주소를 입력하세요. */
  "signin-join-hint": null;
  /** 처음 참여하기 (선생님이 참여를 열었을 때) */
  "signin-join-title": null;
  /** 이름 */
  "signin-name": null;
  /** 번호 */
  "signin-number": null;
  /** 선생님이 수업을 끝내서 로그아웃했습니다. 답한 내용은 저장되어 있고 선생님께 보내집니다. */
  "signin-period-ended": null;
  /** PIN (숫자 4~6자리) */
  "signin-pin": null;
  /** 처음 학급에 참여할 때 정한 PIN입니다. 학급 허브가 확인하므로 다른 사람이 번호와 이름만으로 내 기록을 열 수 없습니다. 1234나 0000처럼 쉬운 숫자는 쓸 수 없습니다. */
  "signin-pin-hint": null;
  /** 로그아웃했습니다. 답한 내용은 저장되어 있습니다. */
  "signin-signed-out": null;
  /** 시작하기 */
  "signin-submit": null;
  /** 학습 시작하기 */
  "signin-title": null;
  /** 허브 주소가 올바르지 않습니다. 예: 192.168.0.10:7443 */
  "sync-address-invalid": null;
  /** 학급 허브의 응답을 읽지 못했습니다. 잠시 후 다시 시도하세요. */
  "sync-bad-response": null;
  /** 참여 코드를 확인해 준 학급 허브가 없습니다. 코드를 다시 확인하세요. 코드가 맞다면 이 네트워크에 다른 컴퓨터가 허브인 척하고 있을 수 있으니 선생님께 알려 주세요. */
  "sync-code-rejected": null;
  /** 이 네트워크에서 학급 허브를 찾지 못했습니다. 선생님 화면의 허브 주소를 입력하세요. */
  "sync-hub-not-found": null;
  /** 참여 코드 형식이 맞지 않습니다. 선생님 화면의 코드를 그대로 입력하세요. */
  "sync-join-code-invalid": null;
  /** 선생님이 수업을 끝냈습니다. 답한 내용은 저장되어 있고 선생님께 보내집니다. */
  "sync-period-ended": null;
  /** 이 주소의 허브는 참여 코드와 맞지 않습니다. 다른 컴퓨터일 수 있으니 연결하지 않았습니다. 선생님께 알려 주세요. */
  "sync-pin-mismatch": null;
  /** 학급 허브에 로그인하려면 PIN(숫자 4~6자리)이 필요합니다. 처음 참여할 때 정한 PIN을 입력하세요. */
  "sync-pin-required": null;
  /** 학급 허브에 연결할 수 없습니다. 주소를 확인하고, 선생님 컴퓨터의 허브가 켜져 있는지 확인하세요. 답은 이 PC에 저장되고 연결되면 보내집니다. */
  "sync-unreachable": null;
  /** 조치 */
  "teacher-access-actions": null;
  /** 묶음 파일 만들기 */
  "teacher-access-bundle": null;
  /** PC */
  "teacher-access-devices": null;
  /** 이수증 만들기 */
  "teacher-access-export-certificates": null;
  /** CSV 내보내기 */
  "teacher-access-export-csv": null;
  /** 이수 실적 내보내기 */
  "teacher-access-export-ledger": null;
  /** 보고 요약 내보내기 */
  "teacher-access-export-summary": null;
  /** 엑셀 내보내기 */
  "teacher-access-export-xlsx": null;
  /** 학생마다 PIN과 참여한 PC가 있습니다. PIN을 잊었거나 다른 학생이 대신 참여했다면 PIN을 초기화하세요(그 학생의 모든 PC가 해제되고, 학생은 참여 코드로 다시 참여해 새 PIN을 정합니다). */
  "teacher-access-hint": null;
  /** 무엇을 */
  "teacher-access-log-action": null;
  /** 일시(UTC) */
  "teacher-access-log-at": null;
  /** 아직 기록이 없습니다. */
  "teacher-access-log-empty": null;
  /** 학생의 답을 연 때와 모든 내보내기가 누가, 언제, 어느 범위를 했는지 학급 허브에 기록됩니다. 개인정보 보호책임자가 확인할 수 있습니다. */
  "teacher-access-log-intro": null;
  /** 범위 */
  "teacher-access-log-scope": null;
  /** 열람·내보내기 기록 */
  "teacher-access-log-title": null;
  /** 누가(계정@PC) */
  "teacher-access-log-who": null;
  /** 아직 없음 */
  "teacher-access-no-devices": null;
  /** 학년별 이수 기준 변경 */
  "teacher-access-owed": null;
  /** PIN */
  "teacher-access-pin": null;
  /** 학년도 정리 */
  "teacher-access-purge": null;
  /** 새 학년도 시작 */
  "teacher-access-rollover": null;
  /** 학생의 답 열람 */
  "teacher-access-view-answers": null;
  /** 과제 내기 */
  "teacher-assign-add": null;
  /** 마감일 */
  "teacher-assign-due": null;
  /** 학습 모듈 */
  "teacher-assign-module": null;
  /** 문항 { $answered }개 · { $minutes }분 */
  "teacher-cell-detail": { answered: FluentArg; minutes: FluentArg };
  /** { $grade }학년 { $class }반 */
  "teacher-class-name": { class: FluentArg; grade: FluentArg };
  /** 학급 */
  "teacher-classes": null;
  /** 모듈별 이수율 */
  "teacher-completion": null;
  /** { $title } 이수율 { $percent }% */
  "teacher-completion-rate": { percent: FluentArg; title: FluentArg };
  /** 학급 만들기 */
  "teacher-create-class": null;
  /** 학생 삭제 */
  "teacher-delete-student": null;
  /** 정말 삭제 (모든 기록이 지워지고 되돌릴 수 없음) */
  "teacher-delete-student-confirm": null;
  /** { $name } 학생과 모든 기록을 정말 삭제 */
  "teacher-delete-student-confirm-named": { name: FluentArg };
  /** { $name } 학생 삭제 */
  "teacher-delete-student-named": { name: FluentArg };
  /** 처음에 틀림 (고른 답: { $chosen }) */
  "teacher-detail-first-wrong": { chosen: FluentArg };
  /** 아직 답하지 않음 */
  "teacher-detail-unanswered": null;
  /** { $device } (처음 { $first }, 마지막 { $last }) */
  "teacher-device-line": { device: FluentArg; first: FluentArg; last: FluentArg };
  /** 해제 */
  "teacher-device-revoke": null;
  /** { $name } 학생의 { $device } 해제 */
  "teacher-device-revoke-named": { device: FluentArg; name: FluentArg };
  /** { $device } (해제됨) */
  "teacher-device-revoked": { device: FluentArg };
  /** 이 PC 설정 */
  "teacher-device-title": null;
  /** 마감 { $date } */
  "teacher-due": { date: FluentArg };
  /** 끝났거나 해제된 로그인으로 보낸 요청 { $count }번 */
  "teacher-ended-sign-ins": { count: FluentArg };
  /** 인증서 지문(SHA-256, 실습실 PC 프로비저닝 파일의 hub.fingerprint): { $fingerprint } */
  "teacher-hub-fingerprint": { fingerprint: FluentArg };
  /** 네트워크(이 PC의 주소) */
  "teacher-hub-interface": null;
  /** 이 PC의 네트워크 주소를 읽지 못했습니다. 학생 PC가 접속할 이 PC의 IP 주소를 입력하세요(예: 192.168.0.10). 이 PC에서만 시험해 보려면 127.0.0.1을 입력하세요. */
  "teacher-hub-interface-typed": null;
  /** 허브를 시작하면 같은 학교 네트워크의 학생 PC가 이 컴퓨터로 학습 기록을 보냅니다. 연결은 암호화됩니다. */
  "teacher-hub-intro": null;
  /** 포트 */
  "teacher-hub-port": null;
  /** 허브가 실행 중입니다. 학생 PC에서 아래 주소와 참여 코드를 쓰세요. */
  "teacher-hub-running": null;
  /** 허브 시작 */
  "teacher-hub-start": null;
  /** 학급 허브가 멈췄습니다. 학생 PC는 답을 저장해 두고 있습니다. 아래에서 허브를 다시 시작하세요. */
  "teacher-hub-stopped": null;
  /** 학급 허브 */
  "teacher-hub-title": null;
  /** 학생이 자리를 비우면 자동 로그아웃 */
  "teacher-idle-label": null;
  /** { $minutes }분 뒤 */
  "teacher-idle-minutes": { minutes: FluentArg };
  /** 하지 않음 */
  "teacher-idle-never": null;
  /** 문항 분석 */
  "teacher-item-analysis": null;
  /** 정답률 { $percent }% ({ $answered }명 중 { $correct }명) */
  "teacher-item-correct": { answered: FluentArg; correct: FluentArg; percent: FluentArg };
  /** 가장 많이 고른 오답: { $option } ({ $count }명) */
  "teacher-item-top-wrong": { count: FluentArg; option: FluentArg };
  /** 참여 닫기 */
  "teacher-join-close": null;
  /** 참여가 닫혀 있습니다. 학생이 처음 참여할 때(또는 PC가 초기화되었을 때) 참여를 여세요. */
  "teacher-join-closed": null;
  /** 참여 코드 */
  "teacher-join-code": null;
  /** 학생은 학년·반·번호·이름, 자기 PIN, 그리고 이 코드를 입력합니다. 코드는 이 시간 동안만 쓸 수 있습니다. */
  "teacher-join-hint": null;
  /** 참여 열기 (30분) */
  "teacher-join-open": null;
  /** { $time }까지 열려 있습니다. */
  "teacher-join-open-until": { time: FluentArg };
  /** 새 코드 만들기 */
  "teacher-join-rotate": null;
  /** 학생 참여 */
  "teacher-join-title": null;
  /** 학생 PC에서 기록이 도착하면 몇 초 안에 자동으로 바뀝니다. */
  "teacher-live-hint": null;
  /** 교사 모드 닫기 */
  "teacher-lock": null;
  /** 교사 모드 */
  "teacher-mode": null;
  /** 새 학급 */
  "teacher-new-class": null;
  /** { $number }번 { $name } — { $device } */
  "teacher-new-device": { device: FluentArg; name: FluentArg; number: FluentArg };
  /** 최근 24시간 동안 새 PC에서 참여한 학생 */
  "teacher-new-devices": null;
  /** 본인이 아니라면 '로그인·기기'에서 그 PC를 해제하고 PIN을 초기화하세요. */
  "teacher-new-devices-hint": null;
  /** 아직 학급이 없습니다. 아래에서 학급을 만드세요. */
  "teacher-no-classes": null;
  /** 학급 열기 */
  "teacher-open-class": null;
  /** 변경 */
  "teacher-owed-change": null;
  /** 학년 */
  "teacher-owed-grade": null;
  /** { $grade }학년 */
  "teacher-owed-grade-value": { grade: FluentArg };
  /** 이번 학년도에 학년별로 학생 한 명이 이수해야 하는 교육 시간(분)입니다. 이수 실적(XLSX)은 학생마다 통과한 모듈의 인정 시간을 이 기준과 비교합니다. 기준은 학교의 연간 계획에 따라 정하세요. */
  "teacher-owed-intro": null;
  /** 이수 기준(분) */
  "teacher-owed-minutes": null;
  /** 0분으로 정하면 그 학년의 그 교육 구분 기준을 지웁니다. 한 해에 최대 6000분(100시간)까지 정할 수 있습니다. */
  "teacher-owed-minutes-hint": null;
  /** { $minutes }분 */
  "teacher-owed-minutes-value": { minutes: FluentArg };
  /** 아직 정한 기준이 없습니다. 이수 실적을 저장하려면 먼저 기준을 정하세요. */
  "teacher-owed-none": null;
  /** 지우기 */
  "teacher-owed-remove": null;
  /** { $grade }학년 { $requirement } 기준 지우기 */
  "teacher-owed-remove-label": { grade: FluentArg; requirement: FluentArg };
  /** 교육 구분 */
  "teacher-owed-requirement": null;
  /** 기준 저장 */
  "teacher-owed-set": null;
  /** 학년별 이수 기준 */
  "teacher-owed-title": null;
  /** { $enrolled }명 중 { $passed }명 통과 */
  "teacher-passed-of": { enrolled: FluentArg; passed: FluentArg };
  /** 비밀번호 */
  "teacher-password": null;
  /** 비밀번호 확인 */
  "teacher-password-confirm": null;
  /** 두 비밀번호가 다릅니다. */
  "teacher-password-mismatch": null;
  /** 비밀번호는 { $min }자 이상이어야 합니다. */
  "teacher-password-short": { min: FluentArg };
  /** 모든 학생의 답이 허브에 도착했습니다. */
  "teacher-period-all-sent": null;
  /** PC */
  "teacher-period-col-device": null;
  /** 이름 */
  "teacher-period-col-name": null;
  /** 번호 */
  "teacher-period-col-number": null;
  /** 대기 기록 */
  "teacher-period-col-pending": null;
  /** 마지막 수신 */
  "teacher-period-col-received": null;
  /** 상태 */
  "teacher-period-col-state": null;
  /** 수업 끝내기 */
  "teacher-period-end": null;
  /** { $time }에 수업을 끝냈습니다. 학생들은 다음 화면으로 넘어갈 때 로그아웃됩니다(답하는 도중에는 로그아웃되지 않습니다). */
  "teacher-period-ended": { time: FluentArg };
  /** 지금 전송 */
  "teacher-period-flush": null;
  /** { $time }에 모든 학생 PC에 지금 전송하도록 요청했습니다. 몇 초 안에 반영됩니다. */
  "teacher-period-flush-asked": { time: FluentArg };
  /** 전송 완료 { $sent }/{ $present } · 대기 { $waiting }명 · 연결 끊김 { $disconnected }명 */
  "teacher-period-line": { disconnected: FluentArg; present: FluentArg; sent: FluentArg; waiting: FluentArg };
  /** 학급 허브가 실행 중일 때 학생 PC의 전송 현황을 볼 수 있습니다. 먼저 학급 허브를 시작하세요. */
  "teacher-period-needs-hub": null;
  /** 없음 */
  "teacher-period-never": null;
  /** 아직 이 학급의 학생 PC가 연결되지 않았습니다. */
  "teacher-period-nobody": null;
  /** 로그인 중 */
  "teacher-period-signed-in": null;
  /** 접속 안 함 */
  "teacher-period-state-absent": null;
  /** 연결 끊김 ({ $count }개가 PC에 남음, { $seconds }초 전 마지막 연락) */
  "teacher-period-state-disconnected": { count: FluentArg; seconds: FluentArg };
  /** 전송 완료 */
  "teacher-period-state-sent": null;
  /** 연결 끊김 ({ $seconds }초 전 마지막 연락, 그 뒤의 답은 아직 PC에 있을 수 있음) */
  "teacher-period-state-silent": { seconds: FluentArg };
  /** 전송 중 ({ $count }개 대기) */
  "teacher-period-state-waiting": { count: FluentArg };
  /**
   * 학급 허브가 학생 기록을 저장하지 못하고 있습니다. { $reason ->
   * [disk-full] 허브 PC의 저장 공간이 부족합니다. 공간을 비워 주세요.
   * [no-permission] 허브 폴더에 쓸 권한이 없습니다. 전산 담당자에게 알려 주세요.
   * [in-use] 다른 프로그램(백업 프로그램 등)이 허브 데이터를 쓰고 있습니다.
   * *[other] 전산 담당자에게 알려 주세요.
   * } 기록은 학생 PC에 남아 있고, 저장할 수 있게 되면 다시 보내집니다. 그때까지 학생 PC를 다시 시작하지 마세요. 복원 카드가 있는 PC에서는 보내지 못한 기록이 지워집니다.
   */
  "teacher-period-storage-fault": { reason: FluentArg };
  /** 수업 진행 · 전송 현황 */
  "teacher-period-title": null;
  /** 아직 전송되지 않은 학생 */
  "teacher-period-unsent-title": null;
  /** 잠김 (여러 번 틀림) */
  "teacher-pin-locked": null;
  /** 아직 정하지 않음 */
  "teacher-pin-none": null;
  /** 정함 */
  "teacher-pin-set": null;
  /** 실습실 PC 설정 파일을 만들려면 먼저 학급 허브를 시작하세요. */
  "teacher-provision-needs-hub": null;
  /** 실습실 PC 설정 파일을 { $path }에 저장했습니다. 관리자가 실습실 이미지의 /etc/jikim/provision.toml(Windows: %PROGRAMDATA%\Jikim\provision.toml)에 두면, 학생은 참여 코드 없이 PIN으로 로그인합니다(처음 참여할 때만 코드가 필요합니다). */
  "teacher-provision-saved": { path: FluentArg };
  /** 실습실 PC 설정 파일 저장 */
  "teacher-provision-write": null;
  /** 지난 학년도 기록 정리 */
  "teacher-purge": null;
  /** 정말 정리 (묶음 파일을 저장한 뒤 지웁니다) */
  "teacher-purge-confirm": null;
  /** 묶음 파일 { $bundle }을(를) 저장하고, { $before } 전에 받은 기록 { $records }건과 명단에 없는 학생 { $students }명을 지웠습니다. */
  "teacher-purge-done": { before: FluentArg; bundle: FluentArg; records: FluentArg; students: FluentArg };
  /** 학교가 정한 기간이 지난 기록을 학급 허브에서 지웁니다. 먼저 모든 기록을 묶음 파일로 저장하고 다시 읽어 확인한 뒤에만 지웁니다(묶음 파일은 학교가 보관하세요). 실습실 PC에는 허브에 보낸 기록이 남지 않습니다. */
  "teacher-purge-intro": null;
  /** 학년도 정리 */
  "teacher-purge-title": null;
  /** 보관할 학년도 */
  "teacher-purge-years": null;
  /** 최근 { $years }개 학년도 */
  "teacher-purge-years-option": { years: FluentArg };
  /** 다른 학생의 기록에 쓰려던 전송 { $count }번을 허브가 거절함 */
  "teacher-refused-pushes": { count: FluentArg };
  /** 모든 학급 */
  "teacher-report-all-classes": null;
  /** 모든 모듈 */
  "teacher-report-all-modules": null;
  /** 이 허브의 묶음 파일 만들기 */
  "teacher-report-bundle": null;
  /** 저장을 취소했습니다. */
  "teacher-report-cancelled": null;
  /** 이수증(PDF) 저장 */
  "teacher-report-certificates": null;
  /** 학급 */
  "teacher-report-class": null;
  /** CSV로 저장 (엑셀·한셀) */
  "teacher-report-csv": null;
  /** 예방교육 실적 보고용 이수 현황(CSV·엑셀), 인쇄용 보고 요약, 이수증을 만들고, 다른 선생님의 묶음 파일을 합칩니다. */
  "teacher-report-entry": null;
  /** 이수 현황 내보내기 */
  "teacher-report-export-title": null;
  /** 시작일 */
  "teacher-report-from": null;
  /** 파일은 이 PC에만 저장되며, 어디에 저장했는지 아래에 알려 드립니다. 보고에 필요한 학년·반·번호·이름·이수 정보만 담습니다. */
  "teacher-report-intro": null;
  /** 이수 실적(XLSX) 저장 */
  "teacher-report-ledger": null;
  /** 묶음 파일 합치기 */
  "teacher-report-merge": null;
  /** 선생님마다 이 허브의 묶음 파일을 만들어 담당 선생님께 전달하면, 담당 선생님은 여러 묶음을 합쳐 학교 전체 보고서를 만듭니다. 같은 묶음을 두 번 합쳐도 중복되지 않습니다. */
  "teacher-report-merge-intro": null;
  /** 학교 전체로 합치기 */
  "teacher-report-merge-title": null;
  /** { $file }: 학급 { $classes }개, 학생 { $students }명, 기록 { $records }건, 이수증 { $certificates }건을 새로 합쳤습니다 (이미 있던 기록 { $present }건). */
  "teacher-report-merged": { certificates: FluentArg; classes: FluentArg; file: FluentArg; present: FluentArg; records: FluentArg; students: FluentArg };
  /** 모듈 */
  "teacher-report-module": null;
  /** 이수증을 한 학생만 만들 때 번호 (학급을 고른 뒤, 비우면 학급 전체) */
  "teacher-report-number": null;
  /** 보고·내보내기 열기 */
  "teacher-report-open": null;
  /** 기간을 정하면 그 기간에 한 학습만 셉니다. 비워 두면 전체 기간입니다. */
  "teacher-report-period-hint": null;
  /** 학생 개인정보가 담긴 파일입니다. 보고가 끝나면 학교 규정에 따라 보관하거나 지워 주세요. */
  "teacher-report-privacy": null;
  /** 저장했습니다 ({ $count }건): { $path } */
  "teacher-report-saved": { count: FluentArg; path: FluentArg };
  /** 학교 이름 (이수증·보고 요약에 인쇄) */
  "teacher-report-school": null;
  /** 범위 */
  "teacher-report-scope": null;
  /** { $year }학년도 (보관) */
  "teacher-report-scope-archive": { year: FluentArg };
  /** 이 허브의 학급 */
  "teacher-report-scope-hub": null;
  /** 학교 전체 (합친 묶음 포함) */
  "teacher-report-scope-school": null;
  /** 인쇄용 보고 요약 저장 */
  "teacher-report-summary": null;
  /** 보고·내보내기 */
  "teacher-report-title": null;
  /** 종료일 */
  "teacher-report-to": null;
  /** 작업 중입니다… */
  "teacher-report-working": null;
  /** 엑셀(XLSX)로 저장 */
  "teacher-report-xlsx": null;
  /** PIN 초기화 */
  "teacher-reset-pin": null;
  /** { $name } 학생의 PIN 초기화 */
  "teacher-reset-pin-named": { name: FluentArg };
  /** 모든 PC 해제 */
  "teacher-revoke-devices": null;
  /** { $name } 학생의 모든 PC 해제 */
  "teacher-revoke-devices-named": { name: FluentArg };
  /** 새 학년도 시작… */
  "teacher-rollover": null;
  /** 정말 { $year }학년도 시작 (명단 파일을 고릅니다) */
  "teacher-rollover-confirm": { year: FluentArg };
  /** { $year }학년도를 시작했습니다: 진급 { $moved }명, 새 학생 { $added }명, 명단에서 빠진 학생 { $left }명, 학급 { $classes }개. 지난 학년도는 { $archive }에 보관했습니다. */
  "teacher-rollover-done": { added: FluentArg; archive: FluentArg; classes: FluentArg; left: FluentArg; moved: FluentArg; year: FluentArg };
  /** CSV 열: 학년,반,번호,이름,이전반,이전번호 (이전 학년은 학년 − 1; 새로 온 학생은 이전반·이전번호를 비웁니다). Excel에서 저장한 CSV(UTF-8 또는 CP949)를 그대로 쓸 수 있습니다. */
  "teacher-rollover-format": null;
  /** 새 학년도의 반 편성 명단(CSV)으로 학생들을 새 학급과 번호로 옮깁니다. 학생은 같은 학생으로 남아 PIN과 지난 기록을 그대로 가집니다. 먼저 지난 학년도의 학급·명단·기록을 보관본으로 저장하며, 보고서에서 그 학년도를 골라 볼 수 있습니다. 새 명단에 없는 학생은 명단에서 빠지고, 과제는 비워지며, 참여는 닫힙니다. */
  "teacher-rollover-intro": null;
  /** 새 학년도 시작 (진급) */
  "teacher-rollover-title": null;
  /** 시작할 학년도 */
  "teacher-rollover-year": null;
  /** 학생 추가 */
  "teacher-roster-add": null;
  /** 명단 CSV 가져오기 */
  "teacher-roster-import": null;
  /** 첫 줄에 "번호,이름"이 있는 CSV 파일(UTF-8 또는 엑셀이 저장한 CP949)을 고르세요. */
  "teacher-roster-import-hint": null;
  /** 삭제 */
  "teacher-roster-remove": null;
  /** { $name } 학생 삭제 */
  "teacher-roster-remove-named": { name: FluentArg };
  /** 받지 못한 기록 { $count }개 (허브가 따로 보관) */
  "teacher-set-aside": { count: FluentArg };
  /** 비밀번호 정하기 */
  "teacher-setup": null;
  /** 처음 사용하는 교사 모드입니다. 학생 결과를 보호할 비밀번호(8자 이상)를 정하세요. */
  "teacher-setup-intro": null;
  /** 교사 비밀번호 만들기 */
  "teacher-setup-title": null;
  /** 학생 { $count }명 */
  "teacher-student-count": { count: FluentArg };
  /** { $name } 학생의 답 */
  "teacher-student-detail": { name: FluentArg };
  /** 로그인·기기 */
  "teacher-tab-access": null;
  /** 과제 */
  "teacher-tab-assignments": null;
  /** 실시간 결과 */
  "teacher-tab-results": null;
  /** 명단 */
  "teacher-tab-roster": null;
  /** 교사 모드 */
  "teacher-title": null;
  /** 열기 */
  "teacher-unlock": null;
  /** 교사 비밀번호를 입력하세요. */
  "teacher-unlock-intro": null;
  /** 잠금 풀기 */
  "teacher-unlock-pin": null;
  /** { $name } 학생의 PIN 잠금 풀기 */
  "teacher-unlock-pin-named": { name: FluentArg };
  /** 교사 모드 열기 */
  "teacher-unlock-title": null;
  /** 학급 화면 선택 */
  "teacher-views": null;
}

/** The id of a message of locales/. */
export type MessageId = keyof Messages;
