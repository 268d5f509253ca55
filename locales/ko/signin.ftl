### 공용 PC 로그인 화면.

signin-title = 학습 시작하기
signin-intro = 학년, 반, 번호, 이름을 입력하세요. 학습 기록은 이 학교 안에서만 보관됩니다.
signin-grade = 학년
signin-class = 반
signin-number = 번호
signin-name = 이름
signin-submit = 시작하기
