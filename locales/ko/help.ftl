### 도움 받기 화면. 이 화면을 연 사실은 어디에도 기록되지 않습니다.

help-title = 도움 받기
help-intro = 혼자 고민하지 마세요. 피해는 당신의 잘못이 아닙니다. 아래 기관은 비밀을 지키며 도와줍니다.
help-not-logged = 이 화면을 연 기록은 남지 않습니다.
help-services = 상담·신고 기관
help-phone = 전화 { $phone }
help-website = 누리집 { $url }
help-hours = 운영: { $hours }
help-as-of = { $date } 기준 정보
help-close = 도움 받기 닫기
help-unavailable = 도움 정보를 불러오지 못했습니다. 급한 일이면 112, 상담은 1366에 전화하세요.
