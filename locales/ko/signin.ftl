### 공용 PC 로그인 화면.

signin-title = 학습 시작하기
signin-intro = 학년, 반, 번호, 이름을 입력하세요. 학습 기록은 이 학교 안에서만 보관됩니다.
signin-grade = 학년
signin-class = 반
signin-number = 번호
signin-name = 이름
signin-submit = 시작하기
signin-pin = PIN (숫자 4~6자리)
signin-pin-hint = 처음 학급에 참여할 때 정한 PIN입니다. 학급 허브가 확인하므로 다른 사람이 번호와 이름만으로 내 기록을 열 수 없습니다. 1234나 0000처럼 쉬운 숫자는 쓸 수 없습니다.
signin-idle-signed-out = 오랫동안 사용하지 않아 자동으로 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
signin-signed-out = 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
signin-period-ended = 선생님이 수업을 끝내서 로그아웃했습니다. 답한 내용은 저장되어 있고 선생님께 보내집니다.
signin-join-title = 처음 참여하기 (선생님이 참여를 열었을 때)
signin-join-hint = 처음 참여할 때(또는 이 PC가 초기화되었을 때)만 선생님 화면의 참여 코드(8자리, 예: K7Q2-M9XA)를 입력하세요. 그다음부터는 PIN만 있으면 어느 PC에서나 이어서 할 수 있습니다. 허브 주소는 자동으로 찾고, 못 찾으면 선생님이 알려 준 주소를 입력하세요.
signin-join-code = 참여 코드
signin-hub-address = 허브 주소
