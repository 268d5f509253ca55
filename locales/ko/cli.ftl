### jikim 명령줄 도구의 출력.

cli-content-checked = 모듈 파일 { $files }개를 검사했습니다: 정상 { $ok }개, 문제 { $issues }개
cli-content-no-files = { $dir }에 모듈 파일(*.toml)이 없습니다
cli-hub-listening = 학급 허브가 { $addr }에서 실행 중입니다 (HTTPS). 끝내려면 Ctrl+C를 누르세요.
cli-hub-fingerprint = 인증서 지문(SHA-256): { $fingerprint }
cli-hub-teacher-token = 교사 토큰 파일: { $path }
cli-hub-class = 학급 { $id } 참여 코드: { $code }
cli-hub-roster = 명단을 저장했습니다: 학생 { $count }명
cli-hub-assigned = 과제를 냈습니다: { $module } (마감 { $due })
cli-hub-failed = 허브 작업에 실패했습니다: { $detail }
cli-hub-no-content = { $dir }에서 모듈을 찾지 못했습니다. 허브는 학생의 답을 모듈로 직접 채점하므로 모듈 폴더가 필요합니다 (--content).
cli-stats-module = { $order }. { $id } (버전 { $version }): 페이지 { $pages }개, 문항 { $items }개 ({ $kinds }), { $minutes }분, 대상 { $audience }
cli-stats-total = 모두: 모듈 { $modules }개, 페이지 { $pages }개, 문항 { $items }개, 예상 시간 { $minutes }분
cli-stats-kinds = 문항 유형: { $kinds }
cli-stats-audiences = 대상별: { $audiences }
cli-stats-audience-line = { $audience } 모듈 { $modules }개·문항 { $items }개·{ $minutes }분
cli-stats-kind-ox = OX
cli-stats-kind-single = 하나 고르기
cli-stats-kind-multi = 모두 고르기
cli-stats-kind-scenario = 상황
cli-stats-audience-elementary-upper = 초등 고학년
cli-stats-audience-middle = 중학생
cli-stats-audience-high = 고등학생
cli-stats-audience-teacher = 교사
