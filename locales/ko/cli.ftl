### jikim 명령줄 도구의 출력.

cli-content-checked = 모듈 파일 { $files }개를 검사했습니다: 정상 { $ok }개, 문제 { $issues }개
cli-content-no-files = { $dir }에 모듈 파일(*.toml)이 없습니다
cli-hub-listening = 학급 허브가 { $addr }에서 실행 중입니다 (HTTPS). 끝내려면 Ctrl+C를 누르세요.
cli-hub-fingerprint = 인증서 지문(SHA-256): { $fingerprint }
cli-hub-teacher-token = 교사 토큰 파일: { $path }
cli-hub-class = 학급 { $id }을(를) 만들었습니다. 참여는 닫혀 있습니다: 학생이 참여할 때 join-open으로 여세요.
cli-hub-join-open = 참여 코드: { $code } ({ $minutes }분 동안 쓸 수 있습니다)
cli-hub-join-closed = 참여를 닫았습니다.
cli-hub-student-done = 학생의 로그인 설정을 바꿨습니다.
cli-hub-token-life = 새로 발급하는 로그인 토큰의 기간을 바꿨습니다. 이미 발급한 토큰은 그대로입니다.
cli-hub-roster = 명단을 저장했습니다: 학생 { $count }명
cli-hub-assigned = 과제를 냈습니다: { $module } (마감 { $due })
cli-hub-failed = 허브 작업에 실패했습니다: { $detail }
cli-hub-storage = 허브 데이터를 읽거나 쓰지 못했습니다. { $reason ->
    [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
    [no-permission] 허브 폴더에 쓸 권한이 없습니다.
    [in-use] 다른 프로그램(또는 실행 중인 허브)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도하세요.
   *[other] ({ $detail })
}
cli-hub-no-content = { $dir }에서 모듈을 찾지 못했습니다. 허브는 학생의 답을 모듈로 직접 채점하므로 모듈 폴더가 필요합니다 (--content).
cli-stats-module = { $order }. { $id } (버전 { $version }): 페이지 { $pages }개, 문항 { $items }개 ({ $kinds }), { $minutes }분, 대상 { $audience }
cli-stats-total = 모두: 모듈 { $modules }개, 페이지 { $pages }개, 문항 { $items }개, 예상 시간 { $minutes }분
cli-stats-kinds = 문항 유형: { $kinds }
cli-stats-audiences = 대상별: { $audiences }
cli-stats-audience-line = { $audience } 모듈 { $modules }개·문항 { $items }개·{ $minutes }분
cli-stats-credits = 이수 인정: { $credits }
cli-stats-credit-line = { $requirement } 모듈 { $modules }개·최대 { $minutes }분
cli-stats-kind-ox = OX
cli-stats-kind-single = 하나 고르기
cli-stats-kind-multi = 모두 고르기
cli-stats-kind-scenario = 상황
cli-stats-audience-elementary-upper = 초등 고학년
cli-stats-audience-middle = 중학생
cli-stats-audience-high = 고등학생
cli-stats-audience-teacher = 교사
cli-provision-ok = { $file }: 문제 없음. 허브 { $hub }, 교사 모드 { $teacher }
cli-provision-password-short = 교사 비밀번호({ $min }자 이상)를 한 줄로 입력하세요.
cli-hub-restored = { $backup }에서 복원했습니다. 바꾸기 전 파일은 { $kept }에 남겨 두었습니다.
cli-hub-no-backup = { $dir }에 백업이 없습니다. --from으로 백업 파일을 지정하세요.
cli-hub-backup-missing = 백업 파일이 없습니다: { $path }. 허브 폴더의 backups 안에 있는 파일을 지정하세요. 아무것도 바뀌지 않았습니다.
cli-hub-bad-id = ID를 읽지 못했습니다: { $id }. 허브가 알려 준 ID(예: class-add가 출력한 학급 ID)를 그대로 넣으세요.
cli-access-log-written = 열람·내보내기 기록 { $count }건을 { $file }에 썼습니다.
cli-hub-purged = 기록 { $records }건과 명단에 없는 학생 { $students }명을 지웠습니다. 묶음 파일은 학교가 정한 기간 동안 보관하세요.
cli-hub-retention = 학급 허브가 최근 { $years }개 학년도의 기록을 보관합니다. 그 전 기록은 hub purge로 지웁니다.
cli-hub-rolled-over = { $year }학년도를 시작했습니다: 진급 { $moved }명, 새 학생 { $added }명, 명단에서 빠진 학생 { $left }명, 학급 { $classes }개. 지난 학년도 기록은 { $archive }에 보관했습니다 (jikim export --data 로 보고서를 만들 수 있습니다).
cli-hub-school-key = 이 허브의 서명 키: { $id }
    공개 키: { $key }
cli-hub-school-key-exported = 공개 키 파일을 저장했습니다: { $path } (교육청 등록과 이수증 확인에 씁니다)
cli-hub-school-key-file-comment = 지킴 학교 허브 공개 키 (이수증과 묶음 파일의 서명 확인용)
cli-hub-owed = { $grade }학년 { $requirement }: 학생마다 { $minutes }분
cli-hub-owed-removed = { $grade }학년 { $requirement }: 이수 기준을 지웠습니다
