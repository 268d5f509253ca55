### 학급 허브가 돌려주는 오류. 학생 앱이 학생의 언어로 보여 줍니다.

hub-unauthorized = 학급 허브가 이 PC를 알아보지 못했습니다. 참여 코드로 다시 참여하세요.
hub-forbidden = 이 작업은 허용되지 않습니다.
hub-not-found = 학급 허브에서 찾을 수 없습니다.
hub-storage-failed = 학급 허브가 기록을 저장하지 못했습니다. 잠시 후 자동으로 다시 보냅니다.
hub-invalid-input = 학급 허브가 요청을 이해하지 못했습니다.
hub-too-large = 한 번에 보내기에는 너무 큽니다.
hub-rate-limited = 참여 시도가 너무 많습니다. 1분 뒤에 다시 시도하세요.
hub-request-timeout = 요청을 처리하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도합니다.
hub-push-rate-limited = 이 PC가 너무 자주 보내고 있습니다. 잠시 뒤 자동으로 다시 보냅니다.
hub-join-refused = 참여 코드나 번호·이름이 학급 명단과 맞지 않습니다. 선생님께 확인하세요.
hub-method-not-allowed = 학급 허브가 지원하지 않는 요청입니다.
hub-file-failed = 학급 허브 파일을 읽거나 쓰지 못했습니다.
hub-certificate-failed = 학급 허브의 인증서를 만들거나 읽지 못했습니다.
