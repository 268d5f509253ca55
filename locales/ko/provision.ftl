### 실습실 PC 프로비저닝 파일의 문제. 관리자가 읽습니다.

provision-bad-file = 프로비저닝 파일 { $file }을(를) 읽을 수 없습니다: { $detail }
provision-unreadable = 프로비저닝 파일 { $file }을(를) 열 수 없습니다: { $detail }
provision-bad-text = 프로비저닝 파일 { $file }의 { $detail } 값이 비어 있거나 너무 길거나 쓸 수 없는 글자가 있습니다.
provision-bad-idle = 프로비저닝 파일 { $file }의 { $detail }은(는) 0~120분이어야 합니다.
provision-bad-locale = 프로비저닝 파일 { $file }의 { $detail }은(는) "ko" 또는 "en"이어야 합니다.
provision-bad-fingerprint = 프로비저닝 파일 { $file }의 { $detail }은(는) 허브 인증서의 SHA-256 지문 전체(16진수 64자리)여야 합니다.
provision-bad-address = 프로비저닝 파일 { $file }의 { $detail }이(가) 올바른 주소가 아닙니다. 예: 192.168.0.10:7443
provision-bad-teacher = 프로비저닝 파일 { $file }의 [teacher]는 mode = "off", "setup", 또는 "password"(password_hash에 Argon2 해시)여야 합니다.
provision-teacher-not-here = 데이터 폴더의 프로비저닝 파일 { $file }은(는) 교사 모드를 켤 수 없습니다(mode = "off"만 됩니다). 교사 비밀번호는 관리자만 쓸 수 있는 시스템 위치의 파일에 두세요.
