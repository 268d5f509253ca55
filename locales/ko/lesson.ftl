### 학습 페이지 읽기 화면.

lesson-page-of = { $total }쪽 중 { $page }쪽
lesson-progress-label = 학습 진행
lesson-prev = 이전 쪽
lesson-next = 다음 쪽
lesson-start-quiz = 퀴즈 풀기
lesson-keyboard-hint = ← → 화살표 키로 쪽을 넘길 수 있습니다
lesson-legal-basis = 법적 근거
lesson-home = 목록으로
