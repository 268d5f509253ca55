### 학생의 학습 모듈 목록.

home-title = 나의 학습
home-greeting = { $grade }학년 { $class }반 { $number }번 { $name } 학생
home-modules = 학습 모듈
home-status-not-started = 시작 전
home-status-in-progress = 학습 중
home-status-passed = 통과
home-status-not-passed = 다시 도전
home-progress = 문항 { $answered } / { $total }
home-score = 점수 { $percent }점
home-minutes = 약 { $minutes }분
home-open = 학습하기
home-open-named = { $title } 학습하기
home-due = 마감 { $date }
