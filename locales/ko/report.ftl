### 이수 현황 내보내기, 학교 통합, 보고 요약, 이수증.

report-col-grade = 학년
report-col-class = 반
report-col-number = 번호
report-col-name = 이름
report-col-module-id = 모듈 ID
report-col-module-title = 모듈 제목
report-col-module-version = 모듈 버전
report-col-status = 상태
report-col-score = 점수(%)
report-col-passed-at = 이수 일시
report-col-minutes = 학습 시간(분)
report-col-attempts = 시도 횟수
report-col-scope = 구분
report-col-enrolled = 대상 학생 수
report-col-completed = 이수 학생 수
report-col-rate = 이수율
report-col-total-minutes = 총 교육 시간(분)
report-col-average-minutes = 1인당 평균 교육 시간(분)
report-col-modules = 모듈 수
report-col-classes = 학급 수

report-status-passed = 이수
report-status-not-passed = 미통과
report-status-in-progress = 학습 중
report-status-not-started = 시작 안 함

report-sheet-rows = 이수 현황
report-sheet-summary = 보고 요약
report-sheet-classes = 학급별 요약
report-sheet-modules = 모듈별 요약

report-scope-class = { $grade }학년 { $class }반
report-scope-grade = { $grade }학년 전체
report-scope-school = 학교 전체
report-class-completed-note = 학급별 요약의 이수 학생 수는 학급에 배정된 모든 모듈을 이수한 학생 수입니다.

report-page-title = 디지털 성범죄 예방 교육 이수 현황 보고
report-page-school = 학교: { $school }
report-page-generated = 작성일: { $date }
report-page-period = 집계 기간: { $from } ~ { $to }
report-page-period-all = 집계 기간: 전체
report-page-empty = 조건에 맞는 이수 기록이 없습니다.

report-cert-title = 이 수 증
report-cert-name = 성명: { $name }
report-cert-class = 소속: { $school } { $grade }학년 { $class }반 { $number }번
report-cert-body = 위 학생은 디지털 성범죄 예방 교육 「지킴」에서 다음 과정을 이수하였으므로 이 증서를 드립니다.
report-cert-module = { $title } — { $date } 이수 (인정 { $minutes }분)
report-cert-total = 인정 교육 시간 합계: { $minutes }분
report-cert-date = { $year }년 { $month }월 { $day }일
report-cert-issuer = { $school }장

report-bundle-written = 통합용 묶음 파일을 저장했습니다: { $path } (학급 { $classes }개, 기록 { $records }건)
report-merge-done = { $path }: 학급 { $classes }개, 학생 { $students }명, 기록 { $records }건, 이수증 { $certificates }건을 새로 합쳤습니다 (이미 있던 기록 { $present }건)
report-export-written = { $rows }행을 저장했습니다: { $path }
report-cert-written = 이수증 { $count }장을 저장했습니다: { $path }
report-progress = { $done } / { $total }

report-error-io = 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
    [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
    [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
    [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
   *[other] ({ $detail })
}
report-refused-file = 받아들이지 않은 파일: { $file }
report-error-not-a-bundle = 지킴 통합용 묶음 파일이 아닙니다. 교사용 허브에서 만든 파일인지 확인해 주세요.
report-error-bundle-truncated = 묶음 파일이 잘려 있습니다. 복사가 끝까지 되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다.
report-error-bundle-tampered = 묶음 파일의 검사값이나 서명이 맞지 않습니다. 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다.
report-error-bundle-too-new = 이 묶음 파일은 더 새 버전의 지킴(형식 { $format })에서 만들어졌습니다. 지킴을 업데이트한 뒤 합쳐 주세요.
report-error-bundle-corrupt = 묶음 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다.
report-error-bundle-unsigned = 서명이 없는 묶음 파일입니다(이전 버전의 지킴에서 만든 파일). 학교 허브에서 새로 만들어 보내 주세요. 아무것도 바뀌지 않았습니다.
report-error-bundle-unknown-key = 등록되지 않은 키({ $key })로 서명된 묶음 파일입니다. 이 학교의 허브 공개 키를 먼저 등록하거나, 보낸 곳을 확인해 주세요. 아무것도 바뀌지 않았습니다.
report-error-store = 기록 저장소를 읽거나 쓰지 못했습니다. { $reason ->
    [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
    [no-permission] 기록 저장소 폴더에 쓸 권한이 없습니다.
    [in-use] 다른 프로그램(또는 다른 지킴)이 기록 저장소를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   *[other] ({ $detail })
}
report-error-write = 파일을 만들지 못했습니다 ({ $detail }).
report-error-nothing-to-certify = 선택한 범위에 모듈을 이수한 학생이 없어 이수증을 만들 수 없습니다.
report-error-bad-filter = 조건을 이해하지 못했습니다: { $detail } (학급은 2-3, 날짜는 2026-03-02처럼 적어 주세요)
report-error-no-content = { $dir }에서 모듈을 읽지 못했습니다. 결과는 모듈로 판정하므로 모듈 폴더가 필요합니다 (--content).
report-col-note = 비고
report-removed = 전출/삭제됨
report-cert-serial = 일련번호 { $serial }
report-cert-verify-hint = 진위 확인: QR 코드 또는 jikim verify
report-verify-valid = 유효한 이수증입니다. 일련번호 { $serial } · 발급 허브 키 { $key } · 학생(가명) { $student } · 발급일 { $issued }
report-verify-module = · { $module } (버전 { $version }, 법령 기준일 { $law }): { $date } 이수, { $minutes }분
report-verify-not-found = 이수증 코드(JIKIM1.…)를 찾을 수 없습니다. 이수증 PDF 파일이나 QR 코드를 읽은 글자를 주세요.
report-verify-malformed = 이수증 코드가 손상되었거나 잘려 있습니다. QR 코드를 다시 읽어 주세요.
report-verify-edited = 위조된 이수증입니다: 서명이 맞지 않습니다. 서명한 뒤에 내용(이수 시간, 날짜, 과정 등)이 바뀌었습니다.
report-verify-untrusted-key = 확인되지 않은 이수증입니다: 키 { $key }(으)로 서명되었는데, 이 키는 신뢰하는 학교 키가 아닙니다. 다른 키로 만든 위조일 수 있습니다.
report-verify-give-key = 학교의 공개 키 파일을 --key 로 주거나(학교에서 jikim hub school-key --export 로 만든 파일), 학교 허브에서 --data 로 확인해 주세요.
report-verify-serial-mismatch = 위조된 이수증입니다: 일련번호가 이 이수증의 것이 아닙니다.
report-verify-bad-key-file = 학교 공개 키 파일을 읽을 수 없습니다: { $path }
report-ledger-sheet = 이수 실적
report-ledger-sheet-students = 학생별
report-ledger-title = { $school } 예방교육 이수 실적 ({ $period })
report-ledger-period-all = 전체 기간
report-ledger-period = { $from } ~ { $to }
report-ledger-col-grade = 학년
report-ledger-col-class = 반
report-ledger-col-requirement = 교육 구분
report-ledger-col-owed = 이수 기준(분)
report-ledger-col-students = 대상 학생(명)
report-ledger-col-completed = 이수 학생(명)
report-ledger-col-rate = 이수율
report-ledger-col-delivered = 인정 시간 합계(분)
report-ledger-col-missing = 미이수 학생
report-ledger-col-credited = 인정 시간(분)
report-ledger-col-done = 이수
report-ledger-done-yes = 이수
report-ledger-done-no = 미이수
report-ledger-grade-total = 학년 계
report-ledger-missing-student = { $number }번 { $name }({ $minutes }분)
report-ledger-line = { $grade }학년 { $class }반 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%), 기준 { $owed }분
report-ledger-grade-line = { $grade }학년 계 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%)
report-ledger-written = 이수 실적을 저장했습니다: { $path }
report-ledger-nothing-owed = 이수 기준이 정해지지 않았습니다. 먼저 보고서 화면의 ‘학년별 이수 기준’에서 정하세요(명령줄: jikim hub --data <허브> owe --grade 2 --requirement sexual-violence-prevention --minutes 180).
