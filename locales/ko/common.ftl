### 모든 화면에 공통인 문구: 머리글, 빠른 나가기, 도움 받기, 설정.

common-app-name = 지킴
common-app-tagline = 디지털 성범죄 예방 교육
common-skip-to-content = 본문으로 건너뛰기
common-loading = 불러오는 중…
## 빠른 나가기: 피해 경험이 있는 학생이 화면을 즉시 가릴 수 있게 합니다.
common-quick-exit = 빠른 나가기
common-quick-exit-hint = Esc 키를 두 번 누르면 바로 나갑니다
common-help = 도움 받기
common-sign-out = 로그아웃
common-settings = 화면 설정
common-language = 언어
common-language-ko = 한국어
common-language-en = English
common-font-size = 글자 크기
common-font-smaller = 글자 작게
common-font-larger = 글자 크게
common-high-contrast = 고대비 화면
common-law-as-of = { $date } 기준 법령
common-back = 뒤로
common-error-title = 문제가 생겼습니다
common-error-retry = 다시 시도
common-broken-modules = 일부 학습 모듈을 열 수 없습니다
common-broken-module-file = 파일: { $file }
## 빠른 나가기 후의 중립 화면. 무엇을 공부하고 있었는지 드러내지 않습니다.
common-neutral-title = 새 화면
common-neutral-body = 시작하려면 아래 단추를 누르세요.
common-neutral-continue = 처음 화면으로
