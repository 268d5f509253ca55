### 개인정보 안내 (로그인 화면에서 열림). 앱이 실제로 하는 일만 씁니다: docs/privacy.md

privacy-open = 개인정보 안내
privacy-title = 개인정보 안내
privacy-student-title = 학생에게
privacy-student-what = 지킴은 너의 학년·반·번호·이름, 네가 정한 PIN(그대로가 아니라 알아볼 수 없게 바꾼 값), 그리고 학습 기록(읽은 쪽, 고른 답, 공부한 시간)을 저장해요.
privacy-student-where = 기록은 학교 안에만 있어요: 이 PC와 선생님의 학급 허브. 인터넷이나 학교 밖 서버로 보내지 않아요. 보낼 때는 암호화해요.
privacy-student-who = 네 답을 볼 수 있는 사람은 담당 선생님과, 예방교육 이수를 보고하는 학교 관리자뿐이에요. 친구는 볼 수 없어요.
privacy-student-help = '도움 받기'를 연 것은 어디에도 기록되지 않고 선생님께도 보내지 않아요.
privacy-student-exit = '빠른 나가기'(Esc 두 번)를 누르면 화면이 바로 바뀌고 로그아웃돼요.
privacy-student-ask = 궁금한 점이 있거나 기록을 고치거나 지우고 싶으면 선생님이나 학교의 개인정보 보호책임자에게 말하세요.
privacy-guardian-title = 보호자께
privacy-guardian-items = 수집 항목: 학년·반·번호·이름, 학생이 정한 PIN의 Argon2id 해시(PIN 자체는 저장하지 않음), 학습 기록(열람한 쪽, 퀴즈 응답, 학습 시간), 학생이 참여한 PC의 이름.
privacy-guardian-purpose = 목적: 학교의 디지털 성범죄 예방교육 실시와 이수 확인(예방교육 실적 보고).
privacy-guardian-where = 보관 위치: 학교의 컴퓨터(실습실 PC와 교사의 학급 허브)에만 저장되며, 외부 서버나 인터넷으로 전송되지 않습니다. 학교 네트워크 안의 전송은 암호화됩니다.
privacy-guardian-who = 열람: 담당 교사와 학교 관리자. 학생은 다른 학생의 기록을 볼 수 없습니다.
privacy-guardian-log = 교사가 학생의 답을 열어 보거나 결과를 내보낸 일은 누가, 언제, 어떤 범위를 했는지 학급 허브에 기록됩니다.
privacy-guardian-keep = 보관 기간과 파기 방법은 학교가 정해 안내합니다.
privacy-guardian-help = 학생이 '도움 받기'(상담 기관 안내)를 연 것은 기록하지 않습니다.
privacy-guardian-ask = 열람·정정·삭제 요청과 문의는 학교의 개인정보 보호책임자에게 하실 수 있습니다.
