### 학급 허브가 돌려주는 오류. 학생 앱이 학생의 언어로 보여 줍니다.

hub-unauthorized = 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 다시 로그인하세요.
hub-forbidden = 이 작업은 허용되지 않습니다.
hub-not-found = 학급 허브에서 찾을 수 없습니다.
hub-storage-failed = 학급 허브가 기록을 저장하지 못했습니다. 잠시 후 자동으로 다시 보냅니다.
hub-invalid-input = 학급 허브가 요청을 이해하지 못했습니다.
hub-too-large = 한 번에 보내기에는 너무 큽니다.
hub-rate-limited = 참여 시도가 너무 많습니다. 1분 뒤에 다시 시도하세요.
hub-request-timeout = 요청을 처리하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도합니다.
hub-push-rate-limited = 이 PC가 너무 자주 보내고 있습니다. 잠시 뒤 자동으로 다시 보냅니다.
hub-join-refused = 번호와 이름이 이 반 명단과 맞지 않습니다. 선생님께 확인하세요.
hub-method-not-allowed = 학급 허브가 지원하지 않는 요청입니다.
hub-file-failed = 학급 허브 파일을 읽거나 쓰지 못했습니다.
hub-certificate-failed = 학급 허브의 인증서를 만들거나 읽지 못했습니다.
hub-join-closed = 지금은 이 반의 참여가 열려 있지 않습니다. 선생님께 참여를 열어 달라고 하세요.
hub-join-paused = 틀린 참여 코드나 PIN이 너무 많이 입력되어 이 반의 참여를 잠시 멈췄습니다. 선생님이 새 코드를 만들거나 10분 뒤에 다시 시도하세요.
hub-join-expired = 참여 시간이 지났습니다. 다시 시도하세요.
hub-join-code-rejected = 참여 코드가 맞지 않습니다. 선생님 화면의 코드를 다시 확인하세요.
hub-pin-wrong = PIN이 맞지 않습니다. 여러 번 틀리면 잠기고, 선생님이 풀어 주어야 합니다.
hub-pin-locked = PIN을 여러 번 틀려 잠겼습니다. 선생님께 잠금을 풀어 달라고 하세요.
hub-needs-code = 이 반에 처음 참여하는 것 같습니다. 선생님 화면의 참여 코드를 함께 입력하세요.
hub-weak-pin = 이 PIN은 다른 사람이 쉽게 맞힐 수 있습니다(예: 1234, 0000). 다른 숫자 4~6자리를 정하세요.
hub-database-corrupt = 학급 허브 데이터베이스가 손상되어 열지 않았습니다. 백업에서 복원하세요(jikim hub --data 폴더 restore). 손상된 파일은 지우지 말고 관리자에게 알려 주세요.
hub-student-deleted = 학교가 이 학생의 기록을 삭제했습니다. 이 PC에 남은 기록도 지웠습니다.
hub-roster-header = 명단 파일의 첫 줄에 ‘번호’와 ‘이름’ 열이 있어야 합니다. 첫 줄에 두 제목을 넣고 CSV로 다시 저장하세요. 명단은 바뀌지 않았습니다.
hub-roster-row = 명단 파일의 { $row }번째 줄을 읽지 못했습니다. 번호({ $min }~{ $max })와 이름이 바르게 들어 있는지 확인하세요. 명단은 바뀌지 않았습니다.
hub-csv-encoding = 이 파일의 글자를 읽지 못했습니다. 엑셀에서 ‘CSV UTF-8(쉼표로 분리)’ 형식으로 다시 저장하세요. 명단은 바뀌지 않았습니다.
