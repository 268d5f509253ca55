### 공용 PC 로그인 화면.

signin-title = 학습 시작하기
signin-intro = 학년, 반, 번호, 이름을 입력하세요. 학습 기록은 이 학교 안에서만 보관됩니다.
signin-grade = 학년
signin-class = 반
signin-number = 번호
signin-name = 이름
signin-submit = 시작하기
signin-pin = PIN (선택)
signin-pin-hint = 숫자 4~6자리. 처음 로그인할 때 정하면 다음부터는 꼭 입력해야 합니다. 다른 사람이 내 기록을 열지 못하게 해 줍니다.
signin-idle-signed-out = 오랫동안 사용하지 않아 자동으로 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
signin-signed-out = 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
signin-join-title = 수업 참여 (선생님이 알려 준 경우)
signin-join-hint = 선생님 화면의 참여 코드를 입력하면(허브 주소는 자동으로 찾고, 못 찾으면 직접 입력) 학습 기록이 선생님께 안전하게 전달되고, 다른 PC에서도 이어서 할 수 있습니다. 없으면 비워 두세요.
signin-join-code = 참여 코드
signin-hub-address = 허브 주소
