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
home-sync-standalone = 답은 이 PC에만 저장됩니다 (학급 허브에 참여하지 않았습니다).
home-sync-sent = 답이 모두 선생님께 전송되었습니다.
home-sync-saved = 답이 이 PC에 저장되었고, 선생님께 보내는 중입니다 ({ $count }개).
home-sync-offline = 학급 허브에 연결되지 않았습니다. 답 { $count }개가 이 PC에 저장되어 있고, 연결되면 자동으로 보냅니다.
home-sync-refused = 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 로그아웃한 뒤 다시 로그인하세요. 답은 이 PC에 저장되어 있습니다.
home-clock-skew = 이 PC의 시계가 학급 허브와 { $minutes }분 다릅니다. 기록은 허브의 시간으로 남으니 걱정하지 않아도 됩니다. 선생님께 알려 주세요.
