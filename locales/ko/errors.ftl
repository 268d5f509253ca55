### 앱과 CLI가 보여 주는 오류. 학생·교사가 읽고 무엇을 해야 할지 알 수 있게 씁니다.

errors-database-corrupt = 학습 기록 파일이 손상되어 열 수 없습니다: { $path }. 선생님이나 전산 담당자에게 알려 주세요. 파일은 바뀌지 않았습니다.
errors-database-too-new = 학습 기록 파일({ $path })이 더 새 버전의 지킴에서 만들어졌습니다. 지킴을 최신 버전으로 업데이트해 주세요.
errors-database = 학습 기록을 저장하거나 읽지 못했습니다. { $reason ->
    [disk-full] 이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.
    [no-permission] 기록 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.
    [in-use] 다른 프로그램이 학습 기록 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
   *[other] 잠시 후 다시 시도해 주세요. ({ $detail })
}
errors-migration = 학습 기록 파일을 새 형식으로 바꾸지 못했습니다. ({ $detail })
errors-io = 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
    [disk-full] (이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.)
    [no-permission] (이 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.)
    [in-use] (다른 프로그램이 이 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.)
   *[other] ({ $detail })
}
errors-content-invalid = 학습 모듈 파일에 문제가 { $count }개 있어 열 수 없습니다: { $path }
errors-help-invalid = 도움 정보 파일을 읽지 못했습니다: { $path } ({ $detail })
errors-module-not-found = 학습 모듈 "{ $module }"을(를) 찾을 수 없습니다.
errors-item-not-found = 문항 "{ $item }"을(를) 모듈 "{ $module }"에서 찾을 수 없습니다.
errors-page-not-found = 모듈 "{ $module }"에 { $page }쪽이 없습니다.
errors-attempt-not-found = 이 학습 기록을 찾을 수 없습니다. 다시 로그인해 주세요.
errors-invalid-response = 답을 확인할 수 없습니다. 선택지를 다시 골라 주세요.
errors-already-answered = 이미 답한 문항입니다.
errors-invalid-sign-in = 입력한 { $field ->
    [grade] 학년
    [class] 반
    [number] 번호
    [pin] PIN
   *[name] 이름
} 을(를) 확인해 주세요.
errors-not-signed-in = 먼저 로그인해 주세요.
errors-unexpected = 예상하지 못한 오류가 생겼습니다. 선생님께 알려 주세요.
errors-pin-mismatch = PIN이 맞지 않습니다. 처음 로그인할 때 정한 PIN을 입력하세요. 잊었다면 선생님께 알려 주세요.
errors-pin-locked = PIN이 여러 번 틀려 잠시 로그인할 수 없습니다. { $seconds }초 뒤에 다시 시도하세요.
errors-teacher-password = 교사 비밀번호가 맞지 않습니다.
errors-teacher-locked = 교사 모드가 닫혀 있습니다. 교사 비밀번호로 다시 여세요.
errors-teacher-off = 이 PC에서는 교사 모드를 쓸 수 없습니다(실습실 PC로 설정됨). 교사용 컴퓨터에서 여세요.
errors-teacher-file-damaged = 교사 비밀번호 파일을 읽을 수 없어 교사 모드를 잠가 두었습니다. 관리자에게 알려 주세요(데이터 폴더의 teacher.json).
errors-teacher-lab-pc = 학생이 학급에 참여한 실습실 PC에서는 처음 온 사람이 교사 비밀번호를 정할 수 없습니다. 관리자가 프로비저닝 파일로 교사 비밀번호를 정하거나, 교사용 컴퓨터에서 여세요.
