# 교육청 통합 서버 (jikim district)
district-error-not-a-bundle = 지킴 교육청 제출 파일이 아닙니다. 학교 허브에서 jikim district-bundle 로 만든 파일인지 확인해 주세요.
district-error-truncated = 제출 파일이 잘려 있습니다. 끝까지 복사되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다.
district-error-tampered = 제출 파일의 서명이나 검사값이 맞지 않습니다. 학교 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다.
district-error-too-new = 더 새 버전의 지킴(형식 { $format })에서 만든 제출 파일입니다. 지킴을 업데이트한 뒤 가져와 주세요.
district-error-damaged = 제출 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다.
district-error-unknown-school = 등록되지 않은 학교의 키({ $key })로 서명된 제출 파일입니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명
district-error-invalid = 입력이 올바르지 않습니다: { $detail }
district-error-write = 파일을 쓰지 못했습니다: { $detail }
district-error-io = 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
    [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
    [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
    [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
   *[other] ({ $detail })
}
district-error-hub = 학교 허브 데이터를 읽지 못했습니다. { $reason ->
    [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
    [no-permission] 허브 폴더에 쓸 권한이 없습니다.
    [in-use] 다른 프로그램(또는 다른 지킴)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   *[other] ({ $detail })
}
district-error-database = 교육청 데이터베이스 오류: { $detail }
district-bundle-written = 교육청 제출 파일을 저장했습니다: { $path } ({ $year }학년도, 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건, { $names })
district-bundle-pseudonymous = 이름 없이 가명으로
district-bundle-with-names = 이름 포함
district-registered = 학교를 등록했습니다: { $name } (키 { $key })
district-owed = { $grade }학년 { $requirement }: 학생마다 { $minutes }분
district-owed-removed = { $grade }학년 { $requirement }: 이수 기준을 지웠습니다
district-imported = { $path }: { $year }학년도 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added_completions }건, 새 기록 { $added_records }건을 더했습니다
district-already-imported = { $path }: 이미 가져온 파일입니다. 아무것도 더하지 않았습니다.
district-report-line = { $school } { $grade }학년 { $requirement }: { $completed }/{ $students }명 이수({ $rate }%)
district-report-behind = { $school } { $grade }학년 { $requirement }: 이수율 { $rate }% (기준 { $behind }% 미만)
district-report-written = 교육청 보고서를 저장했습니다: { $path }
district-migrated = 데이터베이스 구조 버전 { $version }
district-sheet-report = 학교별 이수율
district-sheet-versions = 사용 중인 모듈 버전
district-col-school = 학교
district-col-behind = 미달
district-behind-yes = 미달
district-col-module = 모듈
district-col-version = 버전
district-col-schools = 학교 수
district-col-students = 이수 학생 수
district-report-title = { $year }학년도 예방교육 이수율 (학교별)
district-error-unreachable = 교육청 서버에 연결하지 못했습니다 ({ $detail }).
district-error-refused = 교육청 서버가 받지 않았습니다 (HTTP { $status }, { $code }).
district-serving = 교육청 서버가 { $addr } 에서 학교의 제출 파일을 받고 있습니다. 학교에 알려 줄 인증서 지문(--pin): { $fingerprint } (끝내려면 Ctrl+C)
district-pushed = 교육청 서버가 { $year }학년도 제출 파일을 가져왔습니다: 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added_completions }건, 새 기록 { $added_records }건을 더했습니다
district-push-already = 교육청 서버가 이미 가져온 { $year }학년도 제출 파일입니다. 아무것도 더하지 않았습니다.
district-push-resumed = 보내다 끊긴 제출 파일 { $path } 을(를) 서버에 이미 있는 { $offset }바이트 뒤부터 이어서 보냈습니다
district-push-kept = 제출 파일을 { $path } 에 남겨 두었습니다. 같은 명령을 다시 실행하면 서버가 받은 데까지 건너뛰고 이어서 보냅니다.
district-sheet-certificates = 이수증 발급
district-col-certificates = 발급한 이수증
district-col-certified-students = 이수증을 받은 학생
district-report-certificates = { $school }: 이수증 { $certificates }장 발급 (학생 { $students }명)
district-verify-reported = 발급 학교: { $school }. 이 학교가 교육청에 보고한 이수증입니다.
district-verify-not-reported = 발급 학교: { $school }. 아직 교육청에 보고되지 않은 이수증입니다. 학교가 다음 제출 파일을 보내면 보고됩니다.
district-verify-no-schools = 등록된 학교가 없어 이수증을 확인할 수 없습니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명
district-error-cannot-listen = 교육청 서버를 { $addr } 에서 시작하지 못했습니다. 다른 프로그램이나 이미 켜져 있는 서버가 이 포트를 쓰고 있거나, 이 컴퓨터의 주소가 아닙니다. --listen 으로 다른 포트를 고르거나 켜져 있는 서버를 끈 뒤 다시 시작하세요.
district-error-folder-in-use = 다른 교육청 서버가 이미 { $folder } 폴더를 쓰고 있습니다. 한 폴더에는 서버를 하나만 켤 수 있습니다. 켜져 있는 서버를 끄거나 다른 폴더를 고르세요.
