### jikim 명령줄 도구의 출력.

cli-content-checked = 모듈 파일 { $files }개를 검사했습니다: 정상 { $ok }개, 문제 { $issues }개
cli-content-no-files = { $dir }에 모듈 파일(*.toml)이 없습니다
