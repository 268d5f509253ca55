### 도움 받기 화면. 지킴 앱은 이 화면을 연 사실을 기록하지 않습니다(공용 컴퓨터나 브라우저 기록은 앱 밖의 일입니다).

help-title = 도움 받기
help-intro = 혼자 고민하지 마세요. 피해를 입은 건 여러분의 잘못이 아닙니다. 아래 기관에서 도움을 받을 수 있습니다.
help-not-logged = 지킴 앱은 도움 받기를 연 기록을 남기지 않습니다. 다만 학교나 집의 공용 컴퓨터, 링크를 연 인터넷 창에는 기록이 남을 수 있습니다.
help-services = 상담·신고 기관
help-phone = 전화 { $phone }
help-website = 누리집 { $url }
help-hours = 운영: { $hours }
help-as-of = { $date } 기준 정보
help-close = 도움 받기 닫기
help-unavailable = 도움 정보를 불러오지 못했습니다. 급한 일이면 112, 상담은 1366에 전화하세요.
