//! Generated from `locales/ko` by `src/i18n/sourcegen.rs` (`cargo test --workspace --features jikim-app/custom-protocol --locked -- i18n::sourcegen`): do not edit.
//!
//! A [`Msg`] constant per message without variables; per message with variables, a struct whose fields are
//! exactly its variables (so the compiler checks their names), which becomes a [`Message`]. The doc comment is the
//! Korean text.

use super::{Message, Msg};
use std::fmt::Display;

/// 열람·내보내기 기록 { $count }건을 { $file }에 썼습니다.
pub struct CliAccessLogWritten<Count, File> {
    pub count: Count,
    pub file: File,
}

impl<Count: Display, File: Display> From<CliAccessLogWritten<Count, File>> for Message {
    fn from(m: CliAccessLogWritten<Count, File>) -> Message {
        Message::new("cli-access-log-written", [("count", m.count.to_string()), ("file", m.file.to_string())])
    }
}

/// 모듈 파일 { $files }개를 검사했습니다: 정상 { $ok }개, 문제 { $issues }개
pub struct CliContentChecked<Files, Issues, OkArg> {
    pub files: Files,
    pub issues: Issues,
    pub ok: OkArg,
}

impl<Files: Display, Issues: Display, OkArg: Display> From<CliContentChecked<Files, Issues, OkArg>> for Message {
    fn from(m: CliContentChecked<Files, Issues, OkArg>) -> Message {
        Message::new("cli-content-checked", [("files", m.files.to_string()), ("issues", m.issues.to_string()), ("ok", m.ok.to_string())])
    }
}

/// { $dir }에 모듈 파일(\*.toml)이 없습니다
pub struct CliContentNoFiles<Dir> {
    pub dir: Dir,
}

impl<Dir: Display> From<CliContentNoFiles<Dir>> for Message {
    fn from(m: CliContentNoFiles<Dir>) -> Message {
        Message::new("cli-content-no-files", [("dir", m.dir.to_string())])
    }
}

/// 과제를 냈습니다: { $module } (마감 { $due })
pub struct CliHubAssigned<Due, Module> {
    pub due: Due,
    pub module: Module,
}

impl<Due: Display, Module: Display> From<CliHubAssigned<Due, Module>> for Message {
    fn from(m: CliHubAssigned<Due, Module>) -> Message {
        Message::new("cli-hub-assigned", [("due", m.due.to_string()), ("module", m.module.to_string())])
    }
}

/// 백업 파일이 없습니다: { $path }. 허브 폴더의 backups 안에 있는 파일을 지정하세요. 아무것도 바뀌지 않았습니다.
pub struct CliHubBackupMissing<Path> {
    pub path: Path,
}

impl<Path: Display> From<CliHubBackupMissing<Path>> for Message {
    fn from(m: CliHubBackupMissing<Path>) -> Message {
        Message::new("cli-hub-backup-missing", [("path", m.path.to_string())])
    }
}

/// ID를 읽지 못했습니다: { $id }. 허브가 알려 준 ID(예: class-add가 출력한 학급 ID)를 그대로 넣으세요.
pub struct CliHubBadId<Id> {
    pub id: Id,
}

impl<Id: Display> From<CliHubBadId<Id>> for Message {
    fn from(m: CliHubBadId<Id>) -> Message {
        Message::new("cli-hub-bad-id", [("id", m.id.to_string())])
    }
}

/// 학급 { $id }을(를) 만들었습니다. 참여는 닫혀 있습니다: 학생이 참여할 때 join-open으로 여세요.
pub struct CliHubClass<Id> {
    pub id: Id,
}

impl<Id: Display> From<CliHubClass<Id>> for Message {
    fn from(m: CliHubClass<Id>) -> Message {
        Message::new("cli-hub-class", [("id", m.id.to_string())])
    }
}

/// 허브 작업에 실패했습니다: { $detail }
pub struct CliHubFailed<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<CliHubFailed<Detail>> for Message {
    fn from(m: CliHubFailed<Detail>) -> Message {
        Message::new("cli-hub-failed", [("detail", m.detail.to_string())])
    }
}

/// 인증서 지문(SHA-256): { $fingerprint }
pub struct CliHubFingerprint<Fingerprint> {
    pub fingerprint: Fingerprint,
}

impl<Fingerprint: Display> From<CliHubFingerprint<Fingerprint>> for Message {
    fn from(m: CliHubFingerprint<Fingerprint>) -> Message {
        Message::new("cli-hub-fingerprint", [("fingerprint", m.fingerprint.to_string())])
    }
}

/// 참여를 닫았습니다.
pub const CLI_HUB_JOIN_CLOSED: Msg = Msg("cli-hub-join-closed");

/// 참여 코드: { $code } ({ $minutes }분 동안 쓸 수 있습니다)
pub struct CliHubJoinOpen<Code, Minutes> {
    pub code: Code,
    pub minutes: Minutes,
}

impl<Code: Display, Minutes: Display> From<CliHubJoinOpen<Code, Minutes>> for Message {
    fn from(m: CliHubJoinOpen<Code, Minutes>) -> Message {
        Message::new("cli-hub-join-open", [("code", m.code.to_string()), ("minutes", m.minutes.to_string())])
    }
}

/// 학급 허브가 { $addr }에서 실행 중입니다 (HTTPS). 끝내려면 Ctrl+C를 누르세요.
pub struct CliHubListening<Addr> {
    pub addr: Addr,
}

impl<Addr: Display> From<CliHubListening<Addr>> for Message {
    fn from(m: CliHubListening<Addr>) -> Message {
        Message::new("cli-hub-listening", [("addr", m.addr.to_string())])
    }
}

/// { $dir }에 백업이 없습니다. --from으로 백업 파일을 지정하세요.
pub struct CliHubNoBackup<Dir> {
    pub dir: Dir,
}

impl<Dir: Display> From<CliHubNoBackup<Dir>> for Message {
    fn from(m: CliHubNoBackup<Dir>) -> Message {
        Message::new("cli-hub-no-backup", [("dir", m.dir.to_string())])
    }
}

/// { $dir }에서 모듈을 찾지 못했습니다. 허브는 학생의 답을 모듈로 직접 채점하므로 모듈 폴더가 필요합니다 (--content).
pub struct CliHubNoContent<Dir> {
    pub dir: Dir,
}

impl<Dir: Display> From<CliHubNoContent<Dir>> for Message {
    fn from(m: CliHubNoContent<Dir>) -> Message {
        Message::new("cli-hub-no-content", [("dir", m.dir.to_string())])
    }
}

/// { $grade }학년 { $requirement }: 학생마다 { $minutes }분
pub struct CliHubOwed<Grade, Minutes, Requirement> {
    pub grade: Grade,
    pub minutes: Minutes,
    pub requirement: Requirement,
}

impl<Grade: Display, Minutes: Display, Requirement: Display> From<CliHubOwed<Grade, Minutes, Requirement>> for Message {
    fn from(m: CliHubOwed<Grade, Minutes, Requirement>) -> Message {
        Message::new("cli-hub-owed", [("grade", m.grade.to_string()), ("minutes", m.minutes.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// { $grade }학년 { $requirement }: 이수 기준을 지웠습니다
pub struct CliHubOwedRemoved<Grade, Requirement> {
    pub grade: Grade,
    pub requirement: Requirement,
}

impl<Grade: Display, Requirement: Display> From<CliHubOwedRemoved<Grade, Requirement>> for Message {
    fn from(m: CliHubOwedRemoved<Grade, Requirement>) -> Message {
        Message::new("cli-hub-owed-removed", [("grade", m.grade.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// 기록 { $records }건과 명단에 없는 학생 { $students }명을 지웠습니다. 묶음 파일은 학교가 정한 기간 동안 보관하세요.
pub struct CliHubPurged<Records, Students> {
    pub records: Records,
    pub students: Students,
}

impl<Records: Display, Students: Display> From<CliHubPurged<Records, Students>> for Message {
    fn from(m: CliHubPurged<Records, Students>) -> Message {
        Message::new("cli-hub-purged", [("records", m.records.to_string()), ("students", m.students.to_string())])
    }
}

/// { $backup }에서 복원했습니다. 바꾸기 전 파일은 { $kept }에 남겨 두었습니다.
pub struct CliHubRestored<Backup, Kept> {
    pub backup: Backup,
    pub kept: Kept,
}

impl<Backup: Display, Kept: Display> From<CliHubRestored<Backup, Kept>> for Message {
    fn from(m: CliHubRestored<Backup, Kept>) -> Message {
        Message::new("cli-hub-restored", [("backup", m.backup.to_string()), ("kept", m.kept.to_string())])
    }
}

/// 학급 허브가 최근 { $years }개 학년도의 기록을 보관합니다. 그 전 기록은 hub purge로 지웁니다.
pub struct CliHubRetention<Years> {
    pub years: Years,
}

impl<Years: Display> From<CliHubRetention<Years>> for Message {
    fn from(m: CliHubRetention<Years>) -> Message {
        Message::new("cli-hub-retention", [("years", m.years.to_string())])
    }
}

/// { $year }학년도를 시작했습니다: 진급 { $moved }명, 새 학생 { $added }명, 명단에서 빠진 학생 { $left }명, 학급 { $classes }개. 지난 학년도 기록은 { $archive }에 보관했습니다 (jikim export --data 로 보고서를 만들 수 있습니다).
pub struct CliHubRolledOver<Added, Archive, Classes, Left, Moved, Year> {
    pub added: Added,
    pub archive: Archive,
    pub classes: Classes,
    pub left: Left,
    pub moved: Moved,
    pub year: Year,
}

impl<Added: Display, Archive: Display, Classes: Display, Left: Display, Moved: Display, Year: Display> From<CliHubRolledOver<Added, Archive, Classes, Left, Moved, Year>> for Message {
    fn from(m: CliHubRolledOver<Added, Archive, Classes, Left, Moved, Year>) -> Message {
        Message::new("cli-hub-rolled-over", [("added", m.added.to_string()), ("archive", m.archive.to_string()), ("classes", m.classes.to_string()), ("left", m.left.to_string()), ("moved", m.moved.to_string()), ("year", m.year.to_string())])
    }
}

/// 명단을 저장했습니다: 학생 { $count }명
pub struct CliHubRoster<Count> {
    pub count: Count,
}

impl<Count: Display> From<CliHubRoster<Count>> for Message {
    fn from(m: CliHubRoster<Count>) -> Message {
        Message::new("cli-hub-roster", [("count", m.count.to_string())])
    }
}

/// ```text
/// 이 허브의 서명 키: { $id }
/// 공개 키: { $key }
/// ```
pub struct CliHubSchoolKey<Id, Key> {
    pub id: Id,
    pub key: Key,
}

impl<Id: Display, Key: Display> From<CliHubSchoolKey<Id, Key>> for Message {
    fn from(m: CliHubSchoolKey<Id, Key>) -> Message {
        Message::new("cli-hub-school-key", [("id", m.id.to_string()), ("key", m.key.to_string())])
    }
}

/// 공개 키 파일을 저장했습니다: { $path } (교육청 등록과 이수증 확인에 씁니다)
pub struct CliHubSchoolKeyExported<Path> {
    pub path: Path,
}

impl<Path: Display> From<CliHubSchoolKeyExported<Path>> for Message {
    fn from(m: CliHubSchoolKeyExported<Path>) -> Message {
        Message::new("cli-hub-school-key-exported", [("path", m.path.to_string())])
    }
}

/// 지킴 학교 허브 공개 키 (이수증과 묶음 파일의 서명 확인용)
pub const CLI_HUB_SCHOOL_KEY_FILE_COMMENT: Msg = Msg("cli-hub-school-key-file-comment");

/// ```text
/// 허브 데이터를 읽거나 쓰지 못했습니다. { $reason ->
/// [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
/// [no-permission] 허브 폴더에 쓸 권한이 없습니다.
/// [in-use] 다른 프로그램(또는 실행 중인 허브)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도하세요.
/// *[other] ({ $detail })
/// }
/// ```
pub struct CliHubStorage<Detail, Reason> {
    pub detail: Detail,
    pub reason: Reason,
}

impl<Detail: Display, Reason: Display> From<CliHubStorage<Detail, Reason>> for Message {
    fn from(m: CliHubStorage<Detail, Reason>) -> Message {
        Message::new("cli-hub-storage", [("detail", m.detail.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 학생의 로그인 설정을 바꿨습니다.
pub const CLI_HUB_STUDENT_DONE: Msg = Msg("cli-hub-student-done");

/// 교사 토큰 파일: { $path }
pub struct CliHubTeacherToken<Path> {
    pub path: Path,
}

impl<Path: Display> From<CliHubTeacherToken<Path>> for Message {
    fn from(m: CliHubTeacherToken<Path>) -> Message {
        Message::new("cli-hub-teacher-token", [("path", m.path.to_string())])
    }
}

/// 새로 발급하는 로그인 토큰의 기간을 바꿨습니다. 이미 발급한 토큰은 그대로입니다.
pub const CLI_HUB_TOKEN_LIFE: Msg = Msg("cli-hub-token-life");

/// { $file }: 문제 없음. 허브 { $hub }, 교사 모드 { $teacher }
pub struct CliProvisionOk<File, Hub, Teacher> {
    pub file: File,
    pub hub: Hub,
    pub teacher: Teacher,
}

impl<File: Display, Hub: Display, Teacher: Display> From<CliProvisionOk<File, Hub, Teacher>> for Message {
    fn from(m: CliProvisionOk<File, Hub, Teacher>) -> Message {
        Message::new("cli-provision-ok", [("file", m.file.to_string()), ("hub", m.hub.to_string()), ("teacher", m.teacher.to_string())])
    }
}

/// 교사 비밀번호({ $min }자 이상)를 한 줄로 입력하세요.
pub struct CliProvisionPasswordShort<Min> {
    pub min: Min,
}

impl<Min: Display> From<CliProvisionPasswordShort<Min>> for Message {
    fn from(m: CliProvisionPasswordShort<Min>) -> Message {
        Message::new("cli-provision-password-short", [("min", m.min.to_string())])
    }
}

/// 초등 고학년
pub const CLI_STATS_AUDIENCE_ELEMENTARY_UPPER: Msg = Msg("cli-stats-audience-elementary-upper");

/// 고등학생
pub const CLI_STATS_AUDIENCE_HIGH: Msg = Msg("cli-stats-audience-high");

/// { $audience } 모듈 { $modules }개·문항 { $items }개·{ $minutes }분
pub struct CliStatsAudienceLine<Audience, Items, Minutes, Modules> {
    pub audience: Audience,
    pub items: Items,
    pub minutes: Minutes,
    pub modules: Modules,
}

impl<Audience: Display, Items: Display, Minutes: Display, Modules: Display> From<CliStatsAudienceLine<Audience, Items, Minutes, Modules>> for Message {
    fn from(m: CliStatsAudienceLine<Audience, Items, Minutes, Modules>) -> Message {
        Message::new("cli-stats-audience-line", [("audience", m.audience.to_string()), ("items", m.items.to_string()), ("minutes", m.minutes.to_string()), ("modules", m.modules.to_string())])
    }
}

/// 중학생
pub const CLI_STATS_AUDIENCE_MIDDLE: Msg = Msg("cli-stats-audience-middle");

/// 교사
pub const CLI_STATS_AUDIENCE_TEACHER: Msg = Msg("cli-stats-audience-teacher");

/// 대상별: { $audiences }
pub struct CliStatsAudiences<Audiences> {
    pub audiences: Audiences,
}

impl<Audiences: Display> From<CliStatsAudiences<Audiences>> for Message {
    fn from(m: CliStatsAudiences<Audiences>) -> Message {
        Message::new("cli-stats-audiences", [("audiences", m.audiences.to_string())])
    }
}

/// { $requirement } 모듈 { $modules }개·최대 { $minutes }분
pub struct CliStatsCreditLine<Minutes, Modules, Requirement> {
    pub minutes: Minutes,
    pub modules: Modules,
    pub requirement: Requirement,
}

impl<Minutes: Display, Modules: Display, Requirement: Display> From<CliStatsCreditLine<Minutes, Modules, Requirement>> for Message {
    fn from(m: CliStatsCreditLine<Minutes, Modules, Requirement>) -> Message {
        Message::new("cli-stats-credit-line", [("minutes", m.minutes.to_string()), ("modules", m.modules.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// 이수 인정: { $credits }
pub struct CliStatsCredits<Credits> {
    pub credits: Credits,
}

impl<Credits: Display> From<CliStatsCredits<Credits>> for Message {
    fn from(m: CliStatsCredits<Credits>) -> Message {
        Message::new("cli-stats-credits", [("credits", m.credits.to_string())])
    }
}

/// 모두 고르기
pub const CLI_STATS_KIND_MULTI: Msg = Msg("cli-stats-kind-multi");

/// OX
pub const CLI_STATS_KIND_OX: Msg = Msg("cli-stats-kind-ox");

/// 상황
pub const CLI_STATS_KIND_SCENARIO: Msg = Msg("cli-stats-kind-scenario");

/// 하나 고르기
pub const CLI_STATS_KIND_SINGLE: Msg = Msg("cli-stats-kind-single");

/// 문항 유형: { $kinds }
pub struct CliStatsKinds<Kinds> {
    pub kinds: Kinds,
}

impl<Kinds: Display> From<CliStatsKinds<Kinds>> for Message {
    fn from(m: CliStatsKinds<Kinds>) -> Message {
        Message::new("cli-stats-kinds", [("kinds", m.kinds.to_string())])
    }
}

/// { $order }. { $id } (버전 { $version }): 페이지 { $pages }개, 문항 { $items }개 ({ $kinds }), { $minutes }분, 대상 { $audience }
pub struct CliStatsModule<Audience, Id, Items, Kinds, Minutes, Order, Pages, Version> {
    pub audience: Audience,
    pub id: Id,
    pub items: Items,
    pub kinds: Kinds,
    pub minutes: Minutes,
    pub order: Order,
    pub pages: Pages,
    pub version: Version,
}

impl<Audience: Display, Id: Display, Items: Display, Kinds: Display, Minutes: Display, Order: Display, Pages: Display, Version: Display> From<CliStatsModule<Audience, Id, Items, Kinds, Minutes, Order, Pages, Version>> for Message {
    fn from(m: CliStatsModule<Audience, Id, Items, Kinds, Minutes, Order, Pages, Version>) -> Message {
        Message::new("cli-stats-module", [("audience", m.audience.to_string()), ("id", m.id.to_string()), ("items", m.items.to_string()), ("kinds", m.kinds.to_string()), ("minutes", m.minutes.to_string()), ("order", m.order.to_string()), ("pages", m.pages.to_string()), ("version", m.version.to_string())])
    }
}

/// 모두: 모듈 { $modules }개, 페이지 { $pages }개, 문항 { $items }개, 예상 시간 { $minutes }분
pub struct CliStatsTotal<Items, Minutes, Modules, Pages> {
    pub items: Items,
    pub minutes: Minutes,
    pub modules: Modules,
    pub pages: Pages,
}

impl<Items: Display, Minutes: Display, Modules: Display, Pages: Display> From<CliStatsTotal<Items, Minutes, Modules, Pages>> for Message {
    fn from(m: CliStatsTotal<Items, Minutes, Modules, Pages>) -> Message {
        Message::new("cli-stats-total", [("items", m.items.to_string()), ("minutes", m.minutes.to_string()), ("modules", m.modules.to_string()), ("pages", m.pages.to_string())])
    }
}

/// 지킴
pub const COMMON_APP_NAME: Msg = Msg("common-app-name");

/// 디지털 성범죄 예방 교육
pub const COMMON_APP_TAGLINE: Msg = Msg("common-app-tagline");

/// 뒤로
pub const COMMON_BACK: Msg = Msg("common-back");

/// 파일: { $file }
pub struct CommonBrokenModuleFile<File> {
    pub file: File,
}

impl<File: Display> From<CommonBrokenModuleFile<File>> for Message {
    fn from(m: CommonBrokenModuleFile<File>) -> Message {
        Message::new("common-broken-module-file", [("file", m.file.to_string())])
    }
}

/// 일부 학습 모듈을 열 수 없습니다
pub const COMMON_BROKEN_MODULES: Msg = Msg("common-broken-modules");

/// 다시 시도
pub const COMMON_ERROR_RETRY: Msg = Msg("common-error-retry");

/// 문제가 생겼습니다
pub const COMMON_ERROR_TITLE: Msg = Msg("common-error-title");

/// 글자 크게
pub const COMMON_FONT_LARGER: Msg = Msg("common-font-larger");

/// 글자 크기
pub const COMMON_FONT_SIZE: Msg = Msg("common-font-size");

/// 글자 작게
pub const COMMON_FONT_SMALLER: Msg = Msg("common-font-smaller");

/// 도움 받기
pub const COMMON_HELP: Msg = Msg("common-help");

/// 고대비 화면
pub const COMMON_HIGH_CONTRAST: Msg = Msg("common-high-contrast");

/// 언어
pub const COMMON_LANGUAGE: Msg = Msg("common-language");

/// English
pub const COMMON_LANGUAGE_EN: Msg = Msg("common-language-en");

/// 한국어
pub const COMMON_LANGUAGE_KO: Msg = Msg("common-language-ko");

/// { $date } 기준 법령
pub struct CommonLawAsOf<Date> {
    pub date: Date,
}

impl<Date: Display> From<CommonLawAsOf<Date>> for Message {
    fn from(m: CommonLawAsOf<Date>) -> Message {
        Message::new("common-law-as-of", [("date", m.date.to_string())])
    }
}

/// 불러오는 중…
pub const COMMON_LOADING: Msg = Msg("common-loading");

/// 시작하려면 아래 단추를 누르세요.
pub const COMMON_NEUTRAL_BODY: Msg = Msg("common-neutral-body");

/// 처음 화면으로
pub const COMMON_NEUTRAL_CONTINUE: Msg = Msg("common-neutral-continue");

/// 새 화면
pub const COMMON_NEUTRAL_TITLE: Msg = Msg("common-neutral-title");

/// 빠른 나가기
pub const COMMON_QUICK_EXIT: Msg = Msg("common-quick-exit");

/// Esc 키를 두 번 누르면 바로 나갑니다
pub const COMMON_QUICK_EXIT_HINT: Msg = Msg("common-quick-exit-hint");

/// 화면 설정
pub const COMMON_SETTINGS: Msg = Msg("common-settings");

/// 로그아웃
pub const COMMON_SIGN_OUT: Msg = Msg("common-sign-out");

/// 본문으로 건너뛰기
pub const COMMON_SKIP_TO_CONTENT: Msg = Msg("common-skip-to-content");

/// "{ $id }"의 글에 나오는 { $article }가 legal\_basis에 없습니다
pub struct ContentIssueArticleNotInBasis<Article, Id> {
    pub article: Article,
    pub id: Id,
}

impl<Article: Display, Id: Display> From<ContentIssueArticleNotInBasis<Article, Id>> for Message {
    fn from(m: ContentIssueArticleNotInBasis<Article, Id>) -> Message {
        Message::new("content-issue-article-not-in-basis", [("article", m.article.to_string()), ("id", m.id.to_string())])
    }
}

/// 대상 "{ $value }"는 쓸 수 없습니다 (elementary-upper, middle, high, teacher)
pub struct ContentIssueBadAudience<Value> {
    pub value: Value,
}

impl<Value: Display> From<ContentIssueBadAudience<Value>> for Message {
    fn from(m: ContentIssueBadAudience<Value>) -> Message {
        Message::new("content-issue-bad-audience", [("value", m.value.to_string())])
    }
}

/// \`{ $key }\`는 오늘 이전의 날짜(YYYY-MM-DD)여야 합니다
pub struct ContentIssueBadDate<Key> {
    pub key: Key,
}

impl<Key: Display> From<ContentIssueBadDate<Key>> for Message {
    fn from(m: ContentIssueBadDate<Key>) -> Message {
        Message::new("content-issue-bad-date", [("key", m.key.to_string())])
    }
}

/// 아이디 "{ $id }"가 올바르지 않습니다 (영문 소문자, 숫자, -만 사용)
pub struct ContentIssueBadId<Id> {
    pub id: Id,
}

impl<Id: Display> From<ContentIssueBadId<Id>> for Message {
    fn from(m: ContentIssueBadId<Id>) -> Message {
        Message::new("content-issue-bad-id", [("id", m.id.to_string())])
    }
}

/// 문항 종류 "{ $value }"는 쓸 수 없습니다 (ox, single, multi, scenario)
pub struct ContentIssueBadKind<Value> {
    pub value: Value,
}

impl<Value: Display> From<ContentIssueBadKind<Value>> for Message {
    fn from(m: ContentIssueBadKind<Value>) -> Message {
        Message::new("content-issue-bad-kind", [("value", m.value.to_string())])
    }
}

/// 언어 "{ $value }"는 쓸 수 없습니다 (ko, en)
pub struct ContentIssueBadLanguage<Value> {
    pub value: Value,
}

impl<Value: Display> From<ContentIssueBadLanguage<Value>> for Message {
    fn from(m: ContentIssueBadLanguage<Value>) -> Message {
        Message::new("content-issue-bad-language", [("value", m.value.to_string())])
    }
}

/// 이수 구분 "{ $value }"는 쓸 수 없습니다 (sexual-violence-prevention, sex-education, school-violence-prevention)
pub struct ContentIssueBadRequirement<Value> {
    pub value: Value,
}

impl<Value: Display> From<ContentIssueBadRequirement<Value>> for Message {
    fn from(m: ContentIssueBadRequirement<Value>) -> Message {
        Message::new("content-issue-bad-requirement", [("value", m.value.to_string())])
    }
}

/// 주소 "{ $url }"는 http:// 또는 https://로 시작해야 합니다
pub struct ContentIssueBadUrl<Url> {
    pub url: Url,
}

impl<Url: Display> From<ContentIssueBadUrl<Url>> for Message {
    fn from(m: ContentIssueBadUrl<Url>) -> Message {
        Message::new("content-issue-bad-url", [("url", m.url.to_string())])
    }
}

/// 아이디 "{ $id }"가 중복됩니다 ({ $line }번째 줄에 이미 있음)
pub struct ContentIssueDuplicateId<Id, Line> {
    pub id: Id,
    pub line: Line,
}

impl<Id: Display, Line: Display> From<ContentIssueDuplicateId<Id, Line>> for Message {
    fn from(m: ContentIssueDuplicateId<Id, Line>) -> Message {
        Message::new("content-issue-duplicate-id", [("id", m.id.to_string()), ("line", m.line.to_string())])
    }
}

/// \`{ $key }\`의 값이 비어 있습니다
pub struct ContentIssueEmptyText<Key> {
    pub key: Key,
}

impl<Key: Display> From<ContentIssueEmptyText<Key>> for Message {
    fn from(m: ContentIssueEmptyText<Key>) -> Message {
        Message::new("content-issue-empty-text", [("key", m.key.to_string())])
    }
}

/// 모듈 아이디 "{ $id }"가 파일 이름 "{ $file }"과 다릅니다
pub struct ContentIssueIdMismatch<File, Id> {
    pub file: File,
    pub id: Id,
}

impl<File: Display, Id: Display> From<ContentIssueIdMismatch<File, Id>> for Message {
    fn from(m: ContentIssueIdMismatch<File, Id>) -> Message {
        Message::new("content-issue-id-mismatch", [("file", m.file.to_string()), ("id", m.id.to_string())])
    }
}

/// \`{ $key }\`는 { $kind } 문항에 쓸 수 없습니다
pub struct ContentIssueKeyNotForKind<Key, Kind> {
    pub key: Key,
    pub kind: Kind,
}

impl<Key: Display, Kind: Display> From<ContentIssueKeyNotForKind<Key, Kind>> for Message {
    fn from(m: ContentIssueKeyNotForKind<Key, Kind>) -> Message {
        Message::new("content-issue-key-not-for-kind", [("key", m.key.to_string()), ("kind", m.kind.to_string())])
    }
}

/// "{ $id }"에 법률 검토가 틀렸다고 지적한 문장이 다시 들어 있습니다 ({ $finding }: "{ $phrase }")
pub struct ContentIssueKnownError<Finding, Id, Phrase> {
    pub finding: Finding,
    pub id: Id,
    pub phrase: Phrase,
}

impl<Finding: Display, Id: Display, Phrase: Display> From<ContentIssueKnownError<Finding, Id, Phrase>> for Message {
    fn from(m: ContentIssueKnownError<Finding, Id, Phrase>) -> Message {
        Message::new("content-issue-known-error", [("finding", m.finding.to_string()), ("id", m.id.to_string()), ("phrase", m.phrase.to_string())])
    }
}

/// 필수 키 \`{ $key }\`가 없습니다
pub struct ContentIssueMissingKey<Key> {
    pub key: Key,
}

impl<Key: Display> From<ContentIssueMissingKey<Key>> for Message {
    fn from(m: ContentIssueMissingKey<Key>) -> Message {
        Message::new("content-issue-missing-key", [("key", m.key.to_string())])
    }
}

/// "{ $id }"는 법이나 처벌을 말하지만 legal\_basis(법률·조문)가 없습니다
pub struct ContentIssueMissingLegalBasis<Id> {
    pub id: Id,
}

impl<Id: Display> From<ContentIssueMissingLegalBasis<Id>> for Message {
    fn from(m: ContentIssueMissingLegalBasis<Id>) -> Message {
        Message::new("content-issue-missing-legal-basis", [("id", m.id.to_string())])
    }
}

/// 문항 "{ $item }"에 정답이 없습니다
pub struct ContentIssueNoCorrectAnswer<Item> {
    pub item: Item,
}

impl<Item: Display> From<ContentIssueNoCorrectAnswer<Item>> for Message {
    fn from(m: ContentIssueNoCorrectAnswer<Item>) -> Message {
        Message::new("content-issue-no-correct-answer", [("item", m.item.to_string())])
    }
}

/// 문항 "{ $item }"의 선택지는 2~6개여야 하는데 { $count }개입니다
pub struct ContentIssueOptionCount<Count, Item> {
    pub count: Count,
    pub item: Item,
}

impl<Count: Display, Item: Display> From<ContentIssueOptionCount<Count, Item>> for Message {
    fn from(m: ContentIssueOptionCount<Count, Item>) -> Message {
        Message::new("content-issue-option-count", [("count", m.count.to_string()), ("item", m.item.to_string())])
    }
}

/// \`{ $key }\` 값은 { $min }~{ $max } 사이여야 합니다
pub struct ContentIssueOutOfRange<Key, Max, Min> {
    pub key: Key,
    pub max: Max,
    pub min: Min,
}

impl<Key: Display, Max: Display, Min: Display> From<ContentIssueOutOfRange<Key, Max, Min>> for Message {
    fn from(m: ContentIssueOutOfRange<Key, Max, Min>) -> Message {
        Message::new("content-issue-out-of-range", [("key", m.key.to_string()), ("max", m.max.to_string()), ("min", m.min.to_string())])
    }
}

/// 법률 검토 { $finding }이 요구한 내용이 이 모듈에 없습니다: { $what }
pub struct ContentIssueRequiredMissing<Finding, What> {
    pub finding: Finding,
    pub what: What,
}

impl<Finding: Display, What: Display> From<ContentIssueRequiredMissing<Finding, What>> for Message {
    fn from(m: ContentIssueRequiredMissing<Finding, What>) -> Message {
        Message::new("content-issue-required-missing", [("finding", m.finding.to_string()), ("what", m.what.to_string())])
    }
}

/// TOML 형식 오류: { $detail }
pub struct ContentIssueSyntax<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<ContentIssueSyntax<Detail>> for Message {
    fn from(m: ContentIssueSyntax<Detail>) -> Message {
        Message::new("content-issue-syntax", [("detail", m.detail.to_string())])
    }
}

/// 파일이 너무 큽니다({ $bytes }바이트, 최대 { $max }바이트)
pub struct ContentIssueTooLarge<Bytes, Max> {
    pub bytes: Bytes,
    pub max: Max,
}

impl<Bytes: Display, Max: Display> From<ContentIssueTooLarge<Bytes, Max>> for Message {
    fn from(m: ContentIssueTooLarge<Bytes, Max>) -> Message {
        Message::new("content-issue-too-large", [("bytes", m.bytes.to_string()), ("max", m.max.to_string())])
    }
}

/// 문항 "{ $item }"은 정답이 하나여야 하는데 { $count }개입니다
pub struct ContentIssueTooManyCorrect<Count, Item> {
    pub count: Count,
    pub item: Item,
}

impl<Count: Display, Item: Display> From<ContentIssueTooManyCorrect<Count, Item>> for Message {
    fn from(m: ContentIssueTooManyCorrect<Count, Item>) -> Message {
        Message::new("content-issue-too-many-correct", [("count", m.count.to_string()), ("item", m.item.to_string())])
    }
}

/// 법적 근거의 출처 "{ $source }"가 \[\[sources\]\]에 없습니다
pub struct ContentIssueUnknownSource<Source> {
    pub source: Source,
}

impl<Source: Display> From<ContentIssueUnknownSource<Source>> for Message {
    fn from(m: ContentIssueUnknownSource<Source>) -> Message {
        Message::new("content-issue-unknown-source", [("source", m.source.to_string())])
    }
}

/// 지원하지 않는 형식 버전 { $found }입니다 (이 프로그램은 1을 읽습니다)
pub struct ContentIssueUnsupportedFormat<Found> {
    pub found: Found,
}

impl<Found: Display> From<ContentIssueUnsupportedFormat<Found>> for Message {
    fn from(m: ContentIssueUnsupportedFormat<Found>) -> Message {
        Message::new("content-issue-unsupported-format", [("found", m.found.to_string())])
    }
}

/// 학교폭력 예방교육
pub const CONTENT_REQUIREMENT_SCHOOL_VIOLENCE_PREVENTION: Msg = Msg("content-requirement-school-violence-prevention");

/// 성교육
pub const CONTENT_REQUIREMENT_SEX_EDUCATION: Msg = Msg("content-requirement-sex-education");

/// 성폭력 예방교육
pub const CONTENT_REQUIREMENT_SEXUAL_VIOLENCE_PREVENTION: Msg = Msg("content-requirement-sexual-violence-prevention");

/// { $path }: 이미 가져온 파일입니다. 아무것도 더하지 않았습니다.
pub struct DistrictAlreadyImported<Path> {
    pub path: Path,
}

impl<Path: Display> From<DistrictAlreadyImported<Path>> for Message {
    fn from(m: DistrictAlreadyImported<Path>) -> Message {
        Message::new("district-already-imported", [("path", m.path.to_string())])
    }
}

/// 미달
pub const DISTRICT_BEHIND_YES: Msg = Msg("district-behind-yes");

/// 이름 없이 가명으로
pub const DISTRICT_BUNDLE_PSEUDONYMOUS: Msg = Msg("district-bundle-pseudonymous");

/// 이름 포함
pub const DISTRICT_BUNDLE_WITH_NAMES: Msg = Msg("district-bundle-with-names");

/// 교육청 제출 파일을 저장했습니다: { $path } ({ $year }학년도, 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건, { $names })
pub struct DistrictBundleWritten<Completions, Names, Path, Records, Students, Year> {
    pub completions: Completions,
    pub names: Names,
    pub path: Path,
    pub records: Records,
    pub students: Students,
    pub year: Year,
}

impl<Completions: Display, Names: Display, Path: Display, Records: Display, Students: Display, Year: Display> From<DistrictBundleWritten<Completions, Names, Path, Records, Students, Year>> for Message {
    fn from(m: DistrictBundleWritten<Completions, Names, Path, Records, Students, Year>) -> Message {
        Message::new("district-bundle-written", [("completions", m.completions.to_string()), ("names", m.names.to_string()), ("path", m.path.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string()), ("year", m.year.to_string())])
    }
}

/// 미달
pub const DISTRICT_COL_BEHIND: Msg = Msg("district-col-behind");

/// 발급한 이수증
pub const DISTRICT_COL_CERTIFICATES: Msg = Msg("district-col-certificates");

/// 이수증을 받은 학생
pub const DISTRICT_COL_CERTIFIED_STUDENTS: Msg = Msg("district-col-certified-students");

/// 모듈
pub const DISTRICT_COL_MODULE: Msg = Msg("district-col-module");

/// 학교
pub const DISTRICT_COL_SCHOOL: Msg = Msg("district-col-school");

/// 학교 수
pub const DISTRICT_COL_SCHOOLS: Msg = Msg("district-col-schools");

/// 이수 학생 수
pub const DISTRICT_COL_STUDENTS: Msg = Msg("district-col-students");

/// 버전
pub const DISTRICT_COL_VERSION: Msg = Msg("district-col-version");

/// 교육청 서버를 { $addr } 에서 시작하지 못했습니다. 다른 프로그램이나 이미 켜져 있는 서버가 이 포트를 쓰고 있거나, 이 컴퓨터의 주소가 아닙니다. --listen 으로 다른 포트를 고르거나 켜져 있는 서버를 끈 뒤 다시 시작하세요.
pub struct DistrictErrorCannotListen<Addr> {
    pub addr: Addr,
}

impl<Addr: Display> From<DistrictErrorCannotListen<Addr>> for Message {
    fn from(m: DistrictErrorCannotListen<Addr>) -> Message {
        Message::new("district-error-cannot-listen", [("addr", m.addr.to_string())])
    }
}

/// 제출 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다.
pub struct DistrictErrorDamaged<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<DistrictErrorDamaged<Detail>> for Message {
    fn from(m: DistrictErrorDamaged<Detail>) -> Message {
        Message::new("district-error-damaged", [("detail", m.detail.to_string())])
    }
}

/// 교육청 데이터베이스 오류: { $detail }
pub struct DistrictErrorDatabase<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<DistrictErrorDatabase<Detail>> for Message {
    fn from(m: DistrictErrorDatabase<Detail>) -> Message {
        Message::new("district-error-database", [("detail", m.detail.to_string())])
    }
}

/// 다른 교육청 서버가 이미 { $folder } 폴더를 쓰고 있습니다. 한 폴더에는 서버를 하나만 켤 수 있습니다. 켜져 있는 서버를 끄거나 다른 폴더를 고르세요.
pub struct DistrictErrorFolderInUse<Folder> {
    pub folder: Folder,
}

impl<Folder: Display> From<DistrictErrorFolderInUse<Folder>> for Message {
    fn from(m: DistrictErrorFolderInUse<Folder>) -> Message {
        Message::new("district-error-folder-in-use", [("folder", m.folder.to_string())])
    }
}

/// ```text
/// 학교 허브 데이터를 읽지 못했습니다. { $reason ->
/// [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
/// [no-permission] 허브 폴더에 쓸 권한이 없습니다.
/// [in-use] 다른 프로그램(또는 다른 지킴)이 허브 데이터를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
/// *[other] ({ $detail })
/// }
/// ```
pub struct DistrictErrorHub<Detail, Reason> {
    pub detail: Detail,
    pub reason: Reason,
}

impl<Detail: Display, Reason: Display> From<DistrictErrorHub<Detail, Reason>> for Message {
    fn from(m: DistrictErrorHub<Detail, Reason>) -> Message {
        Message::new("district-error-hub", [("detail", m.detail.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 입력이 올바르지 않습니다: { $detail }
pub struct DistrictErrorInvalid<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<DistrictErrorInvalid<Detail>> for Message {
    fn from(m: DistrictErrorInvalid<Detail>) -> Message {
        Message::new("district-error-invalid", [("detail", m.detail.to_string())])
    }
}

/// ```text
/// 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
/// [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
/// [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
/// [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
/// *[other] ({ $detail })
/// }
/// ```
pub struct DistrictErrorIo<Detail, Path, Reason> {
    pub detail: Detail,
    pub path: Path,
    pub reason: Reason,
}

impl<Detail: Display, Path: Display, Reason: Display> From<DistrictErrorIo<Detail, Path, Reason>> for Message {
    fn from(m: DistrictErrorIo<Detail, Path, Reason>) -> Message {
        Message::new("district-error-io", [("detail", m.detail.to_string()), ("path", m.path.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 지킴 교육청 제출 파일이 아닙니다. 학교 허브에서 jikim district-bundle 로 만든 파일인지 확인해 주세요.
pub const DISTRICT_ERROR_NOT_A_BUNDLE: Msg = Msg("district-error-not-a-bundle");

/// 교육청 서버가 받지 않았습니다 (HTTP { $status }, { $code }).
pub struct DistrictErrorRefused<Code, Status> {
    pub code: Code,
    pub status: Status,
}

impl<Code: Display, Status: Display> From<DistrictErrorRefused<Code, Status>> for Message {
    fn from(m: DistrictErrorRefused<Code, Status>) -> Message {
        Message::new("district-error-refused", [("code", m.code.to_string()), ("status", m.status.to_string())])
    }
}

/// 제출 파일의 서명이나 검사값이 맞지 않습니다. 학교 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다.
pub const DISTRICT_ERROR_TAMPERED: Msg = Msg("district-error-tampered");

/// 더 새 버전의 지킴(형식 { $format })에서 만든 제출 파일입니다. 지킴을 업데이트한 뒤 가져와 주세요.
pub struct DistrictErrorTooNew<Format> {
    pub format: Format,
}

impl<Format: Display> From<DistrictErrorTooNew<Format>> for Message {
    fn from(m: DistrictErrorTooNew<Format>) -> Message {
        Message::new("district-error-too-new", [("format", m.format.to_string())])
    }
}

/// 제출 파일이 잘려 있습니다. 끝까지 복사되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다.
pub const DISTRICT_ERROR_TRUNCATED: Msg = Msg("district-error-truncated");

/// 등록되지 않은 학교의 키({ $key })로 서명된 제출 파일입니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명
pub struct DistrictErrorUnknownSchool<Key> {
    pub key: Key,
}

impl<Key: Display> From<DistrictErrorUnknownSchool<Key>> for Message {
    fn from(m: DistrictErrorUnknownSchool<Key>) -> Message {
        Message::new("district-error-unknown-school", [("key", m.key.to_string())])
    }
}

/// 교육청 서버에 연결하지 못했습니다 ({ $detail }).
pub struct DistrictErrorUnreachable<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<DistrictErrorUnreachable<Detail>> for Message {
    fn from(m: DistrictErrorUnreachable<Detail>) -> Message {
        Message::new("district-error-unreachable", [("detail", m.detail.to_string())])
    }
}

/// 파일을 쓰지 못했습니다: { $detail }
pub struct DistrictErrorWrite<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<DistrictErrorWrite<Detail>> for Message {
    fn from(m: DistrictErrorWrite<Detail>) -> Message {
        Message::new("district-error-write", [("detail", m.detail.to_string())])
    }
}

/// { $path }: { $year }학년도 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added\_completions }건, 새 기록 { $added\_records }건을 더했습니다
pub struct DistrictImported<AddedCompletions, AddedRecords, Completions, Path, Records, Students, Year> {
    pub added_completions: AddedCompletions,
    pub added_records: AddedRecords,
    pub completions: Completions,
    pub path: Path,
    pub records: Records,
    pub students: Students,
    pub year: Year,
}

impl<AddedCompletions: Display, AddedRecords: Display, Completions: Display, Path: Display, Records: Display, Students: Display, Year: Display> From<DistrictImported<AddedCompletions, AddedRecords, Completions, Path, Records, Students, Year>> for Message {
    fn from(m: DistrictImported<AddedCompletions, AddedRecords, Completions, Path, Records, Students, Year>) -> Message {
        Message::new("district-imported", [("added_completions", m.added_completions.to_string()), ("added_records", m.added_records.to_string()), ("completions", m.completions.to_string()), ("path", m.path.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string()), ("year", m.year.to_string())])
    }
}

/// 데이터베이스 구조 버전 { $version }
pub struct DistrictMigrated<Version> {
    pub version: Version,
}

impl<Version: Display> From<DistrictMigrated<Version>> for Message {
    fn from(m: DistrictMigrated<Version>) -> Message {
        Message::new("district-migrated", [("version", m.version.to_string())])
    }
}

/// { $grade }학년 { $requirement }: 학생마다 { $minutes }분
pub struct DistrictOwed<Grade, Minutes, Requirement> {
    pub grade: Grade,
    pub minutes: Minutes,
    pub requirement: Requirement,
}

impl<Grade: Display, Minutes: Display, Requirement: Display> From<DistrictOwed<Grade, Minutes, Requirement>> for Message {
    fn from(m: DistrictOwed<Grade, Minutes, Requirement>) -> Message {
        Message::new("district-owed", [("grade", m.grade.to_string()), ("minutes", m.minutes.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// { $grade }학년 { $requirement }: 이수 기준을 지웠습니다
pub struct DistrictOwedRemoved<Grade, Requirement> {
    pub grade: Grade,
    pub requirement: Requirement,
}

impl<Grade: Display, Requirement: Display> From<DistrictOwedRemoved<Grade, Requirement>> for Message {
    fn from(m: DistrictOwedRemoved<Grade, Requirement>) -> Message {
        Message::new("district-owed-removed", [("grade", m.grade.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// 교육청 서버가 이미 가져온 { $year }학년도 제출 파일입니다. 아무것도 더하지 않았습니다.
pub struct DistrictPushAlready<Year> {
    pub year: Year,
}

impl<Year: Display> From<DistrictPushAlready<Year>> for Message {
    fn from(m: DistrictPushAlready<Year>) -> Message {
        Message::new("district-push-already", [("year", m.year.to_string())])
    }
}

/// 제출 파일을 { $path } 에 남겨 두었습니다. 같은 명령을 다시 실행하면 서버가 받은 데까지 건너뛰고 이어서 보냅니다.
pub struct DistrictPushKept<Path> {
    pub path: Path,
}

impl<Path: Display> From<DistrictPushKept<Path>> for Message {
    fn from(m: DistrictPushKept<Path>) -> Message {
        Message::new("district-push-kept", [("path", m.path.to_string())])
    }
}

/// 보내다 끊긴 제출 파일 { $path } 을(를) 서버에 이미 있는 { $offset }바이트 뒤부터 이어서 보냈습니다
pub struct DistrictPushResumed<Offset, Path> {
    pub offset: Offset,
    pub path: Path,
}

impl<Offset: Display, Path: Display> From<DistrictPushResumed<Offset, Path>> for Message {
    fn from(m: DistrictPushResumed<Offset, Path>) -> Message {
        Message::new("district-push-resumed", [("offset", m.offset.to_string()), ("path", m.path.to_string())])
    }
}

/// 교육청 서버가 { $year }학년도 제출 파일을 가져왔습니다: 학생 { $students }명, 이수 { $completions }건, 기록 { $records }건을 읽어 새 이수 { $added\_completions }건, 새 기록 { $added\_records }건을 더했습니다
pub struct DistrictPushed<AddedCompletions, AddedRecords, Completions, Records, Students, Year> {
    pub added_completions: AddedCompletions,
    pub added_records: AddedRecords,
    pub completions: Completions,
    pub records: Records,
    pub students: Students,
    pub year: Year,
}

impl<AddedCompletions: Display, AddedRecords: Display, Completions: Display, Records: Display, Students: Display, Year: Display> From<DistrictPushed<AddedCompletions, AddedRecords, Completions, Records, Students, Year>> for Message {
    fn from(m: DistrictPushed<AddedCompletions, AddedRecords, Completions, Records, Students, Year>) -> Message {
        Message::new("district-pushed", [("added_completions", m.added_completions.to_string()), ("added_records", m.added_records.to_string()), ("completions", m.completions.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string()), ("year", m.year.to_string())])
    }
}

/// 학교를 등록했습니다: { $name } (키 { $key })
pub struct DistrictRegistered<Key, Name> {
    pub key: Key,
    pub name: Name,
}

impl<Key: Display, Name: Display> From<DistrictRegistered<Key, Name>> for Message {
    fn from(m: DistrictRegistered<Key, Name>) -> Message {
        Message::new("district-registered", [("key", m.key.to_string()), ("name", m.name.to_string())])
    }
}

/// { $school } { $grade }학년 { $requirement }: 이수율 { $rate }% (기준 { $behind }% 미만)
pub struct DistrictReportBehind<Behind, Grade, Rate, Requirement, School> {
    pub behind: Behind,
    pub grade: Grade,
    pub rate: Rate,
    pub requirement: Requirement,
    pub school: School,
}

impl<Behind: Display, Grade: Display, Rate: Display, Requirement: Display, School: Display> From<DistrictReportBehind<Behind, Grade, Rate, Requirement, School>> for Message {
    fn from(m: DistrictReportBehind<Behind, Grade, Rate, Requirement, School>) -> Message {
        Message::new("district-report-behind", [("behind", m.behind.to_string()), ("grade", m.grade.to_string()), ("rate", m.rate.to_string()), ("requirement", m.requirement.to_string()), ("school", m.school.to_string())])
    }
}

/// { $school }: 이수증 { $certificates }장 발급 (학생 { $students }명)
pub struct DistrictReportCertificates<Certificates, School, Students> {
    pub certificates: Certificates,
    pub school: School,
    pub students: Students,
}

impl<Certificates: Display, School: Display, Students: Display> From<DistrictReportCertificates<Certificates, School, Students>> for Message {
    fn from(m: DistrictReportCertificates<Certificates, School, Students>) -> Message {
        Message::new("district-report-certificates", [("certificates", m.certificates.to_string()), ("school", m.school.to_string()), ("students", m.students.to_string())])
    }
}

/// { $school } { $grade }학년 { $requirement }: { $completed }/{ $students }명 이수({ $rate }%)
pub struct DistrictReportLine<Completed, Grade, Rate, Requirement, School, Students> {
    pub completed: Completed,
    pub grade: Grade,
    pub rate: Rate,
    pub requirement: Requirement,
    pub school: School,
    pub students: Students,
}

impl<Completed: Display, Grade: Display, Rate: Display, Requirement: Display, School: Display, Students: Display> From<DistrictReportLine<Completed, Grade, Rate, Requirement, School, Students>> for Message {
    fn from(m: DistrictReportLine<Completed, Grade, Rate, Requirement, School, Students>) -> Message {
        Message::new("district-report-line", [("completed", m.completed.to_string()), ("grade", m.grade.to_string()), ("rate", m.rate.to_string()), ("requirement", m.requirement.to_string()), ("school", m.school.to_string()), ("students", m.students.to_string())])
    }
}

/// { $year }학년도 예방교육 이수율 (학교별)
pub struct DistrictReportTitle<Year> {
    pub year: Year,
}

impl<Year: Display> From<DistrictReportTitle<Year>> for Message {
    fn from(m: DistrictReportTitle<Year>) -> Message {
        Message::new("district-report-title", [("year", m.year.to_string())])
    }
}

/// 교육청 보고서를 저장했습니다: { $path }
pub struct DistrictReportWritten<Path> {
    pub path: Path,
}

impl<Path: Display> From<DistrictReportWritten<Path>> for Message {
    fn from(m: DistrictReportWritten<Path>) -> Message {
        Message::new("district-report-written", [("path", m.path.to_string())])
    }
}

/// 교육청 서버가 { $addr } 에서 학교의 제출 파일을 받고 있습니다. 학교에 알려 줄 인증서 지문(--pin): { $fingerprint } (끝내려면 Ctrl+C)
pub struct DistrictServing<Addr, Fingerprint> {
    pub addr: Addr,
    pub fingerprint: Fingerprint,
}

impl<Addr: Display, Fingerprint: Display> From<DistrictServing<Addr, Fingerprint>> for Message {
    fn from(m: DistrictServing<Addr, Fingerprint>) -> Message {
        Message::new("district-serving", [("addr", m.addr.to_string()), ("fingerprint", m.fingerprint.to_string())])
    }
}

/// 이수증 발급
pub const DISTRICT_SHEET_CERTIFICATES: Msg = Msg("district-sheet-certificates");

/// 학교별 이수율
pub const DISTRICT_SHEET_REPORT: Msg = Msg("district-sheet-report");

/// 사용 중인 모듈 버전
pub const DISTRICT_SHEET_VERSIONS: Msg = Msg("district-sheet-versions");

/// 등록된 학교가 없어 이수증을 확인할 수 없습니다. 먼저 학교의 공개 키를 등록하세요: jikim district register --key 파일 --name 학교명
pub const DISTRICT_VERIFY_NO_SCHOOLS: Msg = Msg("district-verify-no-schools");

/// 발급 학교: { $school }. 아직 교육청에 보고되지 않은 이수증입니다. 학교가 다음 제출 파일을 보내면 보고됩니다.
pub struct DistrictVerifyNotReported<School> {
    pub school: School,
}

impl<School: Display> From<DistrictVerifyNotReported<School>> for Message {
    fn from(m: DistrictVerifyNotReported<School>) -> Message {
        Message::new("district-verify-not-reported", [("school", m.school.to_string())])
    }
}

/// 발급 학교: { $school }. 이 학교가 교육청에 보고한 이수증입니다.
pub struct DistrictVerifyReported<School> {
    pub school: School,
}

impl<School: Display> From<DistrictVerifyReported<School>> for Message {
    fn from(m: DistrictVerifyReported<School>) -> Message {
        Message::new("district-verify-reported", [("school", m.school.to_string())])
    }
}

/// 이미 답한 문항입니다.
pub const ERRORS_ALREADY_ANSWERED: Msg = Msg("errors-already-answered");

/// 이 학습 기록을 찾을 수 없습니다. 다시 로그인해 주세요.
pub const ERRORS_ATTEMPT_NOT_FOUND: Msg = Msg("errors-attempt-not-found");

/// 학습 모듈 파일에 문제가 { $count }개 있어 열 수 없습니다: { $path }
pub struct ErrorsContentInvalid<Count, Path> {
    pub count: Count,
    pub path: Path,
}

impl<Count: Display, Path: Display> From<ErrorsContentInvalid<Count, Path>> for Message {
    fn from(m: ErrorsContentInvalid<Count, Path>) -> Message {
        Message::new("errors-content-invalid", [("count", m.count.to_string()), ("path", m.path.to_string())])
    }
}

/// ```text
/// 학습 기록을 저장하거나 읽지 못했습니다. { $reason ->
/// [disk-full] 이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.
/// [no-permission] 기록 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.
/// [in-use] 다른 프로그램이 학습 기록 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
/// *[other] 잠시 후 다시 시도해 주세요. ({ $detail })
/// }
/// ```
pub struct ErrorsDatabase<Detail, Reason> {
    pub detail: Detail,
    pub reason: Reason,
}

impl<Detail: Display, Reason: Display> From<ErrorsDatabase<Detail, Reason>> for Message {
    fn from(m: ErrorsDatabase<Detail, Reason>) -> Message {
        Message::new("errors-database", [("detail", m.detail.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 학습 기록 파일이 손상되어 열 수 없습니다: { $path }. 선생님이나 전산 담당자에게 알려 주세요. 파일은 바뀌지 않았습니다.
pub struct ErrorsDatabaseCorrupt<Path> {
    pub path: Path,
}

impl<Path: Display> From<ErrorsDatabaseCorrupt<Path>> for Message {
    fn from(m: ErrorsDatabaseCorrupt<Path>) -> Message {
        Message::new("errors-database-corrupt", [("path", m.path.to_string())])
    }
}

/// 학습 기록 파일({ $path })이 더 새 버전의 지킴에서 만들어졌습니다. 지킴을 최신 버전으로 업데이트해 주세요.
pub struct ErrorsDatabaseTooNew<Path> {
    pub path: Path,
}

impl<Path: Display> From<ErrorsDatabaseTooNew<Path>> for Message {
    fn from(m: ErrorsDatabaseTooNew<Path>) -> Message {
        Message::new("errors-database-too-new", [("path", m.path.to_string())])
    }
}

/// 도움 정보 파일을 읽지 못했습니다: { $path } ({ $detail })
pub struct ErrorsHelpInvalid<Detail, Path> {
    pub detail: Detail,
    pub path: Path,
}

impl<Detail: Display, Path: Display> From<ErrorsHelpInvalid<Detail, Path>> for Message {
    fn from(m: ErrorsHelpInvalid<Detail, Path>) -> Message {
        Message::new("errors-help-invalid", [("detail", m.detail.to_string()), ("path", m.path.to_string())])
    }
}

/// 답을 확인할 수 없습니다. 선택지를 다시 골라 주세요.
pub const ERRORS_INVALID_RESPONSE: Msg = Msg("errors-invalid-response");

/// ```text
/// 입력한 { $field ->
/// [grade] 학년
/// [class] 반
/// [number] 번호
/// [pin] PIN
/// *[name] 이름
/// } 을(를) 확인해 주세요.
/// ```
pub struct ErrorsInvalidSignIn<Field> {
    pub field: Field,
}

impl<Field: Display> From<ErrorsInvalidSignIn<Field>> for Message {
    fn from(m: ErrorsInvalidSignIn<Field>) -> Message {
        Message::new("errors-invalid-sign-in", [("field", m.field.to_string())])
    }
}

/// ```text
/// 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
/// [disk-full] (이 컴퓨터의 저장 공간이 부족합니다. 선생님이나 전산 담당자에게 알려 주세요.)
/// [no-permission] (이 폴더에 쓸 권한이 없습니다. 선생님이나 전산 담당자에게 알려 주세요.)
/// [in-use] (다른 프로그램이 이 파일을 쓰고 있습니다. 잠시 후 다시 시도해 주세요.)
/// *[other] ({ $detail })
/// }
/// ```
pub struct ErrorsIo<Detail, Path, Reason> {
    pub detail: Detail,
    pub path: Path,
    pub reason: Reason,
}

impl<Detail: Display, Path: Display, Reason: Display> From<ErrorsIo<Detail, Path, Reason>> for Message {
    fn from(m: ErrorsIo<Detail, Path, Reason>) -> Message {
        Message::new("errors-io", [("detail", m.detail.to_string()), ("path", m.path.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 문항 "{ $item }"을(를) 모듈 "{ $module }"에서 찾을 수 없습니다.
pub struct ErrorsItemNotFound<Item, Module> {
    pub item: Item,
    pub module: Module,
}

impl<Item: Display, Module: Display> From<ErrorsItemNotFound<Item, Module>> for Message {
    fn from(m: ErrorsItemNotFound<Item, Module>) -> Message {
        Message::new("errors-item-not-found", [("item", m.item.to_string()), ("module", m.module.to_string())])
    }
}

/// 학습 기록 파일을 새 형식으로 바꾸지 못했습니다. ({ $detail })
pub struct ErrorsMigration<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<ErrorsMigration<Detail>> for Message {
    fn from(m: ErrorsMigration<Detail>) -> Message {
        Message::new("errors-migration", [("detail", m.detail.to_string())])
    }
}

/// 학습 모듈 "{ $module }"을(를) 찾을 수 없습니다.
pub struct ErrorsModuleNotFound<Module> {
    pub module: Module,
}

impl<Module: Display> From<ErrorsModuleNotFound<Module>> for Message {
    fn from(m: ErrorsModuleNotFound<Module>) -> Message {
        Message::new("errors-module-not-found", [("module", m.module.to_string())])
    }
}

/// 먼저 로그인해 주세요.
pub const ERRORS_NOT_SIGNED_IN: Msg = Msg("errors-not-signed-in");

/// 모듈 "{ $module }"에 { $page }쪽이 없습니다.
pub struct ErrorsPageNotFound<Module, Page> {
    pub module: Module,
    pub page: Page,
}

impl<Module: Display, Page: Display> From<ErrorsPageNotFound<Module, Page>> for Message {
    fn from(m: ErrorsPageNotFound<Module, Page>) -> Message {
        Message::new("errors-page-not-found", [("module", m.module.to_string()), ("page", m.page.to_string())])
    }
}

/// PIN이 여러 번 틀려 잠시 로그인할 수 없습니다. { $seconds }초 뒤에 다시 시도하세요.
pub struct ErrorsPinLocked<Seconds> {
    pub seconds: Seconds,
}

impl<Seconds: Display> From<ErrorsPinLocked<Seconds>> for Message {
    fn from(m: ErrorsPinLocked<Seconds>) -> Message {
        Message::new("errors-pin-locked", [("seconds", m.seconds.to_string())])
    }
}

/// PIN이 맞지 않습니다. 처음 로그인할 때 정한 PIN을 입력하세요. 잊었다면 선생님께 알려 주세요.
pub const ERRORS_PIN_MISMATCH: Msg = Msg("errors-pin-mismatch");

/// 교사 비밀번호 파일을 읽을 수 없어 교사 모드를 잠가 두었습니다. 관리자에게 알려 주세요(데이터 폴더의 teacher.json).
pub const ERRORS_TEACHER_FILE_DAMAGED: Msg = Msg("errors-teacher-file-damaged");

/// 학생이 학급에 참여한 실습실 PC에서는 처음 온 사람이 교사 비밀번호를 정할 수 없습니다. 관리자가 프로비저닝 파일로 교사 비밀번호를 정하거나, 교사용 컴퓨터에서 여세요.
pub const ERRORS_TEACHER_LAB_PC: Msg = Msg("errors-teacher-lab-pc");

/// 교사 모드가 닫혀 있습니다. 교사 비밀번호로 다시 여세요.
pub const ERRORS_TEACHER_LOCKED: Msg = Msg("errors-teacher-locked");

/// 이 PC에서는 교사 모드를 쓸 수 없습니다(실습실 PC로 설정됨). 교사용 컴퓨터에서 여세요.
pub const ERRORS_TEACHER_OFF: Msg = Msg("errors-teacher-off");

/// 교사 비밀번호가 맞지 않습니다.
pub const ERRORS_TEACHER_PASSWORD: Msg = Msg("errors-teacher-password");

/// 예상하지 못한 오류가 생겼습니다. 선생님께 알려 주세요.
pub const ERRORS_UNEXPECTED: Msg = Msg("errors-unexpected");

/// { $date } 기준 정보
pub struct HelpAsOf<Date> {
    pub date: Date,
}

impl<Date: Display> From<HelpAsOf<Date>> for Message {
    fn from(m: HelpAsOf<Date>) -> Message {
        Message::new("help-as-of", [("date", m.date.to_string())])
    }
}

/// 도움 받기 닫기
pub const HELP_CLOSE: Msg = Msg("help-close");

/// 운영: { $hours }
pub struct HelpHours<Hours> {
    pub hours: Hours,
}

impl<Hours: Display> From<HelpHours<Hours>> for Message {
    fn from(m: HelpHours<Hours>) -> Message {
        Message::new("help-hours", [("hours", m.hours.to_string())])
    }
}

/// 혼자 고민하지 마세요. 피해를 입은 건 여러분의 잘못이 아닙니다. 아래 기관에서 도움을 받을 수 있습니다.
pub const HELP_INTRO: Msg = Msg("help-intro");

/// 지킴 앱은 도움 받기를 연 기록을 남기지 않습니다. 다만 학교나 집의 공용 컴퓨터, 링크를 연 인터넷 창에는 기록이 남을 수 있습니다.
pub const HELP_NOT_LOGGED: Msg = Msg("help-not-logged");

/// 전화 { $phone }
pub struct HelpPhone<Phone> {
    pub phone: Phone,
}

impl<Phone: Display> From<HelpPhone<Phone>> for Message {
    fn from(m: HelpPhone<Phone>) -> Message {
        Message::new("help-phone", [("phone", m.phone.to_string())])
    }
}

/// 상담·신고 기관
pub const HELP_SERVICES: Msg = Msg("help-services");

/// 도움 받기
pub const HELP_TITLE: Msg = Msg("help-title");

/// 도움 정보를 불러오지 못했습니다. 급한 일이면 112, 상담은 1366에 전화하세요.
pub const HELP_UNAVAILABLE: Msg = Msg("help-unavailable");

/// 누리집 { $url }
pub struct HelpWebsite<Url> {
    pub url: Url,
}

impl<Url: Display> From<HelpWebsite<Url>> for Message {
    fn from(m: HelpWebsite<Url>) -> Message {
        Message::new("help-website", [("url", m.url.to_string())])
    }
}

/// 이 PC의 시계가 학급 허브와 { $minutes }분 다릅니다. 기록은 허브의 시간으로 남으니 걱정하지 않아도 됩니다. 선생님께 알려 주세요.
pub struct HomeClockSkew<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<HomeClockSkew<Minutes>> for Message {
    fn from(m: HomeClockSkew<Minutes>) -> Message {
        Message::new("home-clock-skew", [("minutes", m.minutes.to_string())])
    }
}

/// 마감 { $date }
pub struct HomeDue<Date> {
    pub date: Date,
}

impl<Date: Display> From<HomeDue<Date>> for Message {
    fn from(m: HomeDue<Date>) -> Message {
        Message::new("home-due", [("date", m.date.to_string())])
    }
}

/// { $grade }학년 { $class }반 { $number }번 { $name } 학생
pub struct HomeGreeting<Class, Grade, Name, Number> {
    pub class: Class,
    pub grade: Grade,
    pub name: Name,
    pub number: Number,
}

impl<Class: Display, Grade: Display, Name: Display, Number: Display> From<HomeGreeting<Class, Grade, Name, Number>> for Message {
    fn from(m: HomeGreeting<Class, Grade, Name, Number>) -> Message {
        Message::new("home-greeting", [("class", m.class.to_string()), ("grade", m.grade.to_string()), ("name", m.name.to_string()), ("number", m.number.to_string())])
    }
}

/// 약 { $minutes }분
pub struct HomeMinutes<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<HomeMinutes<Minutes>> for Message {
    fn from(m: HomeMinutes<Minutes>) -> Message {
        Message::new("home-minutes", [("minutes", m.minutes.to_string())])
    }
}

/// 학습 모듈
pub const HOME_MODULES: Msg = Msg("home-modules");

/// 학습하기
pub const HOME_OPEN: Msg = Msg("home-open");

/// { $title } 학습하기
pub struct HomeOpenNamed<Title> {
    pub title: Title,
}

impl<Title: Display> From<HomeOpenNamed<Title>> for Message {
    fn from(m: HomeOpenNamed<Title>) -> Message {
        Message::new("home-open-named", [("title", m.title.to_string())])
    }
}

/// 문항 { $answered } / { $total }
pub struct HomeProgress<Answered, Total> {
    pub answered: Answered,
    pub total: Total,
}

impl<Answered: Display, Total: Display> From<HomeProgress<Answered, Total>> for Message {
    fn from(m: HomeProgress<Answered, Total>) -> Message {
        Message::new("home-progress", [("answered", m.answered.to_string()), ("total", m.total.to_string())])
    }
}

/// 점수 { $percent }점
pub struct HomeScore<Percent> {
    pub percent: Percent,
}

impl<Percent: Display> From<HomeScore<Percent>> for Message {
    fn from(m: HomeScore<Percent>) -> Message {
        Message::new("home-score", [("percent", m.percent.to_string())])
    }
}

/// 학습 중
pub const HOME_STATUS_IN_PROGRESS: Msg = Msg("home-status-in-progress");

/// 다시 도전
pub const HOME_STATUS_NOT_PASSED: Msg = Msg("home-status-not-passed");

/// 시작 전
pub const HOME_STATUS_NOT_STARTED: Msg = Msg("home-status-not-started");

/// 통과
pub const HOME_STATUS_PASSED: Msg = Msg("home-status-passed");

/// 학급 허브에 연결되지 않았습니다. 답 { $count }개가 이 PC에 저장되어 있고, 연결되면 자동으로 보냅니다.
pub struct HomeSyncOffline<Count> {
    pub count: Count,
}

impl<Count: Display> From<HomeSyncOffline<Count>> for Message {
    fn from(m: HomeSyncOffline<Count>) -> Message {
        Message::new("home-sync-offline", [("count", m.count.to_string())])
    }
}

/// 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 로그아웃한 뒤 다시 로그인하세요. 답은 이 PC에 저장되어 있습니다.
pub const HOME_SYNC_REFUSED: Msg = Msg("home-sync-refused");

/// 답이 이 PC에 저장되었고, 선생님께 보내는 중입니다 ({ $count }개).
pub struct HomeSyncSaved<Count> {
    pub count: Count,
}

impl<Count: Display> From<HomeSyncSaved<Count>> for Message {
    fn from(m: HomeSyncSaved<Count>) -> Message {
        Message::new("home-sync-saved", [("count", m.count.to_string())])
    }
}

/// 답이 모두 선생님께 전송되었습니다.
pub const HOME_SYNC_SENT: Msg = Msg("home-sync-sent");

/// 답은 이 PC에만 저장됩니다 (학급 허브에 참여하지 않았습니다).
pub const HOME_SYNC_STANDALONE: Msg = Msg("home-sync-standalone");

/// 나의 학습
pub const HOME_TITLE: Msg = Msg("home-title");

/// 학급 허브를 { $addr } 에서 시작하지 못했습니다. 다른 프로그램이나 이미 켜져 있는 지킴이 이 포트를 쓰고 있거나, 이 PC의 주소가 아닙니다. 다른 포트(예: 7444)를 고르거나, 켜져 있는 지킴을 닫은 뒤 다시 시작하세요.
pub struct HubCannotListen<Addr> {
    pub addr: Addr,
}

impl<Addr: Display> From<HubCannotListen<Addr>> for Message {
    fn from(m: HubCannotListen<Addr>) -> Message {
        Message::new("hub-cannot-listen", [("addr", m.addr.to_string())])
    }
}

/// 학급 허브의 인증서를 만들거나 읽지 못했습니다.
pub const HUB_CERTIFICATE_FAILED: Msg = Msg("hub-certificate-failed");

/// 이 파일의 글자를 읽지 못했습니다. 엑셀에서 ‘CSV UTF-8(쉼표로 분리)’ 형식으로 다시 저장하세요. 명단은 바뀌지 않았습니다.
pub const HUB_CSV_ENCODING: Msg = Msg("hub-csv-encoding");

/// 학급 허브 데이터베이스가 손상되어 열지 않았습니다. 백업에서 복원하세요(jikim hub --data 폴더 restore). 손상된 파일은 지우지 말고 관리자에게 알려 주세요.
pub const HUB_DATABASE_CORRUPT: Msg = Msg("hub-database-corrupt");

/// 학급 허브 파일을 읽거나 쓰지 못했습니다.
pub const HUB_FILE_FAILED: Msg = Msg("hub-file-failed");

/// 이 작업은 허용되지 않습니다.
pub const HUB_FORBIDDEN: Msg = Msg("hub-forbidden");

/// 학급 허브가 요청을 이해하지 못했습니다.
pub const HUB_INVALID_INPUT: Msg = Msg("hub-invalid-input");

/// 지금은 이 반의 참여가 열려 있지 않습니다. 선생님께 참여를 열어 달라고 하세요.
pub const HUB_JOIN_CLOSED: Msg = Msg("hub-join-closed");

/// 참여 코드가 맞지 않습니다. 선생님 화면의 코드를 다시 확인하세요.
pub const HUB_JOIN_CODE_REJECTED: Msg = Msg("hub-join-code-rejected");

/// 참여 시간이 지났습니다. 다시 시도하세요.
pub const HUB_JOIN_EXPIRED: Msg = Msg("hub-join-expired");

/// 틀린 참여 코드나 PIN이 너무 많이 입력되어 이 반의 참여를 잠시 멈췄습니다. 선생님이 새 코드를 만들거나 10분 뒤에 다시 시도하세요.
pub const HUB_JOIN_PAUSED: Msg = Msg("hub-join-paused");

/// 번호와 이름이 이 반 명단과 맞지 않습니다. 선생님께 확인하세요.
pub const HUB_JOIN_REFUSED: Msg = Msg("hub-join-refused");

/// 학급 허브가 지원하지 않는 요청입니다.
pub const HUB_METHOD_NOT_ALLOWED: Msg = Msg("hub-method-not-allowed");

/// 이 반에 처음 참여하는 것 같습니다. 선생님 화면의 참여 코드를 함께 입력하세요.
pub const HUB_NEEDS_CODE: Msg = Msg("hub-needs-code");

/// 학급 허브에서 찾을 수 없습니다.
pub const HUB_NOT_FOUND: Msg = Msg("hub-not-found");

/// { $grade }학년 { $minutes }분은 정할 수 없습니다. 학년은 { $minGrade }~{ $maxGrade }, 이수 기준은 0~{ $maxMinutes }분(0은 지우기)이어야 합니다. 아무것도 바뀌지 않았습니다.
pub struct HubOwedOutOfRange<Grade, MaxGrade, MaxMinutes, MinGrade, Minutes> {
    pub grade: Grade,
    pub max_grade: MaxGrade,
    pub max_minutes: MaxMinutes,
    pub min_grade: MinGrade,
    pub minutes: Minutes,
}

impl<Grade: Display, MaxGrade: Display, MaxMinutes: Display, MinGrade: Display, Minutes: Display> From<HubOwedOutOfRange<Grade, MaxGrade, MaxMinutes, MinGrade, Minutes>> for Message {
    fn from(m: HubOwedOutOfRange<Grade, MaxGrade, MaxMinutes, MinGrade, Minutes>) -> Message {
        Message::new("hub-owed-out-of-range", [("grade", m.grade.to_string()), ("maxGrade", m.max_grade.to_string()), ("maxMinutes", m.max_minutes.to_string()), ("minGrade", m.min_grade.to_string()), ("minutes", m.minutes.to_string())])
    }
}

/// PIN을 여러 번 틀려 잠겼습니다. 선생님께 잠금을 풀어 달라고 하세요.
pub const HUB_PIN_LOCKED: Msg = Msg("hub-pin-locked");

/// PIN이 맞지 않습니다. 여러 번 틀리면 잠기고, 선생님이 풀어 주어야 합니다.
pub const HUB_PIN_WRONG: Msg = Msg("hub-pin-wrong");

/// 이 PC가 너무 자주 보내고 있습니다. 잠시 뒤 자동으로 다시 보냅니다.
pub const HUB_PUSH_RATE_LIMITED: Msg = Msg("hub-push-rate-limited");

/// 참여 시도가 너무 많습니다. 1분 뒤에 다시 시도하세요.
pub const HUB_RATE_LIMITED: Msg = Msg("hub-rate-limited");

/// 요청을 처리하는 데 너무 오래 걸렸습니다. 잠시 후 다시 시도합니다.
pub const HUB_REQUEST_TIMEOUT: Msg = Msg("hub-request-timeout");

/// 진급 명단 파일에 학생이 한 명도 없습니다. 아무것도 바뀌지 않았습니다.
pub const HUB_ROLLOVER_EMPTY: Msg = Msg("hub-rollover-empty");

/// 진급 명단 파일의 첫 줄에 ‘학년, 반, 번호, 이름, 이전반, 이전번호’ 여섯 열의 제목이 있어야 합니다. 첫 줄에 제목을 넣고 CSV로 다시 저장하세요. 아무것도 바뀌지 않았습니다.
pub const HUB_ROLLOVER_HEADER: Msg = Msg("hub-rollover-header");

/// 진급 명단 파일의 { $line }번째 줄: 같은 학년·반·번호가 앞줄에 이미 있습니다. 아무것도 바뀌지 않았습니다.
pub struct HubRolloverLineTaken<Line> {
    pub line: Line,
}

impl<Line: Display> From<HubRolloverLineTaken<Line>> for Message {
    fn from(m: HubRolloverLineTaken<Line>) -> Message {
        Message::new("hub-rollover-line-taken", [("line", m.line.to_string())])
    }
}

/// 진급 명단 파일의 { $line }번째 줄: 지난 학년도의 같은 학생이 앞줄에도 있습니다. 아무것도 바뀌지 않았습니다.
pub struct HubRolloverLineTwice<Line> {
    pub line: Line,
}

impl<Line: Display> From<HubRolloverLineTwice<Line>> for Message {
    fn from(m: HubRolloverLineTwice<Line>) -> Message {
        Message::new("hub-rollover-line-twice", [("line", m.line.to_string())])
    }
}

/// 진급 명단 파일의 { $line }번째 줄: 지난 학년도 명단의 그 이전반·이전번호에 이 이름의 학생이 없습니다. 새로 온 학생이면 이전반과 이전번호를 비우세요. 아무것도 바뀌지 않았습니다.
pub struct HubRolloverLineUnknown<Line> {
    pub line: Line,
}

impl<Line: Display> From<HubRolloverLineUnknown<Line>> for Message {
    fn from(m: HubRolloverLineUnknown<Line>) -> Message {
        Message::new("hub-rollover-line-unknown", [("line", m.line.to_string())])
    }
}

/// 진급 명단 파일의 { $line }번째 줄을 읽지 못했습니다. 학년(1~{ $maxGrade }), 반과 번호(1~{ $maxNumber }), 이름이 바르게 들어 있는지, 이전반과 이전번호가 함께 적혀 있거나 함께 비어 있는지 확인하세요(1학년은 둘 다 비웁니다). 아무것도 바뀌지 않았습니다.
pub struct HubRolloverLineUnreadable<Line, MaxGrade, MaxNumber> {
    pub line: Line,
    pub max_grade: MaxGrade,
    pub max_number: MaxNumber,
}

impl<Line: Display, MaxGrade: Display, MaxNumber: Display> From<HubRolloverLineUnreadable<Line, MaxGrade, MaxNumber>> for Message {
    fn from(m: HubRolloverLineUnreadable<Line, MaxGrade, MaxNumber>) -> Message {
        Message::new("hub-rollover-line-unreadable", [("line", m.line.to_string()), ("maxGrade", m.max_grade.to_string()), ("maxNumber", m.max_number.to_string())])
    }
}

/// { $year }학년도는 시작할 수 없습니다. 이 허브는 이미 { $last }학년도를 시작했습니다. 그다음 학년도를 고르세요. 아무것도 바뀌지 않았습니다.
pub struct HubRolloverYearNotAfter<Last, Year> {
    pub last: Last,
    pub year: Year,
}

impl<Last: Display, Year: Display> From<HubRolloverYearNotAfter<Last, Year>> for Message {
    fn from(m: HubRolloverYearNotAfter<Last, Year>) -> Message {
        Message::new("hub-rollover-year-not-after", [("last", m.last.to_string()), ("year", m.year.to_string())])
    }
}

/// { $year }학년도는 시작할 수 없습니다. { $first }~{ $last } 사이의 학년도를 고르세요. 아무것도 바뀌지 않았습니다.
pub struct HubRolloverYearRange<First, Last, Year> {
    pub first: First,
    pub last: Last,
    pub year: Year,
}

impl<First: Display, Last: Display, Year: Display> From<HubRolloverYearRange<First, Last, Year>> for Message {
    fn from(m: HubRolloverYearRange<First, Last, Year>) -> Message {
        Message::new("hub-rollover-year-range", [("first", m.first.to_string()), ("last", m.last.to_string()), ("year", m.year.to_string())])
    }
}

/// 명단 파일의 첫 줄에 ‘번호’와 ‘이름’ 열이 있어야 합니다. 첫 줄에 두 제목을 넣고 CSV로 다시 저장하세요. 명단은 바뀌지 않았습니다.
pub const HUB_ROSTER_HEADER: Msg = Msg("hub-roster-header");

/// 명단 파일의 { $row }번째 줄을 읽지 못했습니다. 번호({ $min }~{ $max })와 이름이 바르게 들어 있는지 확인하세요. 명단은 바뀌지 않았습니다.
pub struct HubRosterRow<Max, Min, Row> {
    pub max: Max,
    pub min: Min,
    pub row: Row,
}

impl<Max: Display, Min: Display, Row: Display> From<HubRosterRow<Max, Min, Row>> for Message {
    fn from(m: HubRosterRow<Max, Min, Row>) -> Message {
        Message::new("hub-roster-row", [("max", m.max.to_string()), ("min", m.min.to_string()), ("row", m.row.to_string())])
    }
}

/// 학급 허브가 기록을 저장하지 못했습니다. 잠시 후 자동으로 다시 보냅니다.
pub const HUB_STORAGE_FAILED: Msg = Msg("hub-storage-failed");

/// 학교가 이 학생의 기록을 삭제했습니다. 이 PC에 남은 기록도 지웠습니다.
pub const HUB_STUDENT_DELETED: Msg = Msg("hub-student-deleted");

/// 한 번에 보내기에는 너무 큽니다.
pub const HUB_TOO_LARGE: Msg = Msg("hub-too-large");

/// 학급 허브가 이 로그인을 더 이상 받지 않습니다(기간이 끝났거나 선생님이 이 PC를 해제했습니다). 다시 로그인하세요.
pub const HUB_UNAUTHORIZED: Msg = Msg("hub-unauthorized");

/// 이 PIN은 다른 사람이 쉽게 맞힐 수 있습니다(예: 1234, 0000). 다른 숫자 4~6자리를 정하세요.
pub const HUB_WEAK_PIN: Msg = Msg("hub-weak-pin");

/// 목록으로
pub const LESSON_HOME: Msg = Msg("lesson-home");

/// ← → 화살표 키로 쪽을 넘길 수 있습니다
pub const LESSON_KEYBOARD_HINT: Msg = Msg("lesson-keyboard-hint");

/// 법적 근거
pub const LESSON_LEGAL_BASIS: Msg = Msg("lesson-legal-basis");

/// 다음 쪽
pub const LESSON_NEXT: Msg = Msg("lesson-next");

/// { $total }쪽 중 { $page }쪽
pub struct LessonPageOf<Page, Total> {
    pub page: Page,
    pub total: Total,
}

impl<Page: Display, Total: Display> From<LessonPageOf<Page, Total>> for Message {
    fn from(m: LessonPageOf<Page, Total>) -> Message {
        Message::new("lesson-page-of", [("page", m.page.to_string()), ("total", m.total.to_string())])
    }
}

/// 이전 쪽
pub const LESSON_PREV: Msg = Msg("lesson-prev");

/// 학습 진행
pub const LESSON_PROGRESS_LABEL: Msg = Msg("lesson-progress-label");

/// 퀴즈 풀기
pub const LESSON_START_QUIZ: Msg = Msg("lesson-start-quiz");

/// 열람·정정·삭제 요청과 문의는 학교의 개인정보 보호책임자에게 하실 수 있습니다.
pub const PRIVACY_GUARDIAN_ASK: Msg = Msg("privacy-guardian-ask");

/// 학생이 '도움 받기'(상담 기관 안내)를 연 것은 기록하지 않습니다.
pub const PRIVACY_GUARDIAN_HELP: Msg = Msg("privacy-guardian-help");

/// 수집 항목: 학년·반·번호·이름, 학생이 정한 PIN의 Argon2id 해시(PIN 자체는 저장하지 않음), 학습 기록(열람한 쪽, 퀴즈 응답, 학습 시간), 학생이 참여한 PC의 이름.
pub const PRIVACY_GUARDIAN_ITEMS: Msg = Msg("privacy-guardian-items");

/// 보관 기간과 파기 방법은 학교가 정해 안내합니다.
pub const PRIVACY_GUARDIAN_KEEP: Msg = Msg("privacy-guardian-keep");

/// 교사가 학생의 답을 열어 보거나 결과를 내보낸 일은 누가, 언제, 어떤 범위를 했는지 학급 허브에 기록됩니다.
pub const PRIVACY_GUARDIAN_LOG: Msg = Msg("privacy-guardian-log");

/// 목적: 학교의 디지털 성범죄 예방교육 실시와 이수 확인(예방교육 실적 보고).
pub const PRIVACY_GUARDIAN_PURPOSE: Msg = Msg("privacy-guardian-purpose");

/// 보호자께
pub const PRIVACY_GUARDIAN_TITLE: Msg = Msg("privacy-guardian-title");

/// 보관 위치: 학교의 컴퓨터(실습실 PC와 교사의 학급 허브)에만 저장되며, 외부 서버나 인터넷으로 전송되지 않습니다. 학교 네트워크 안의 전송은 암호화됩니다.
pub const PRIVACY_GUARDIAN_WHERE: Msg = Msg("privacy-guardian-where");

/// 열람: 담당 교사와 학교 관리자. 학생은 다른 학생의 기록을 볼 수 없습니다.
pub const PRIVACY_GUARDIAN_WHO: Msg = Msg("privacy-guardian-who");

/// 개인정보 안내
pub const PRIVACY_OPEN: Msg = Msg("privacy-open");

/// 궁금한 점이 있거나 기록을 고치거나 지우고 싶으면 선생님이나 학교의 개인정보 보호책임자에게 말하세요.
pub const PRIVACY_STUDENT_ASK: Msg = Msg("privacy-student-ask");

/// '빠른 나가기'(Esc 두 번)를 누르면 화면이 바로 바뀌고 로그아웃돼요.
pub const PRIVACY_STUDENT_EXIT: Msg = Msg("privacy-student-exit");

/// '도움 받기'를 연 것은 어디에도 기록되지 않고 선생님께도 보내지 않아요.
pub const PRIVACY_STUDENT_HELP: Msg = Msg("privacy-student-help");

/// 학생에게
pub const PRIVACY_STUDENT_TITLE: Msg = Msg("privacy-student-title");

/// 지킴은 너의 학년·반·번호·이름, 네가 정한 PIN(그대로가 아니라 알아볼 수 없게 바꾼 값), 그리고 학습 기록(읽은 쪽, 고른 답, 공부한 시간)을 저장해요.
pub const PRIVACY_STUDENT_WHAT: Msg = Msg("privacy-student-what");

/// 기록은 학교 안에만 있어요: 이 PC와 선생님의 학급 허브. 인터넷이나 학교 밖 서버로 보내지 않아요. 보낼 때는 암호화해요.
pub const PRIVACY_STUDENT_WHERE: Msg = Msg("privacy-student-where");

/// 네 답을 볼 수 있는 사람은 담당 선생님과, 예방교육 이수를 보고하는 학교 관리자뿐이에요. 친구는 볼 수 없어요.
pub const PRIVACY_STUDENT_WHO: Msg = Msg("privacy-student-who");

/// 개인정보 안내
pub const PRIVACY_TITLE: Msg = Msg("privacy-title");

/// 프로비저닝 파일 { $file }의 { $detail }이(가) 올바른 주소가 아닙니다. 예: 192.168.0.10:7443
pub struct ProvisionBadAddress<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadAddress<Detail, File>> for Message {
    fn from(m: ProvisionBadAddress<Detail, File>) -> Message {
        Message::new("provision-bad-address", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }을(를) 읽을 수 없습니다: { $detail }
pub struct ProvisionBadFile<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadFile<Detail, File>> for Message {
    fn from(m: ProvisionBadFile<Detail, File>) -> Message {
        Message::new("provision-bad-file", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }의 { $detail }은(는) 허브 인증서의 SHA-256 지문 전체(16진수 64자리)여야 합니다.
pub struct ProvisionBadFingerprint<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadFingerprint<Detail, File>> for Message {
    fn from(m: ProvisionBadFingerprint<Detail, File>) -> Message {
        Message::new("provision-bad-fingerprint", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }의 { $detail }은(는) 0~120분이어야 합니다.
pub struct ProvisionBadIdle<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadIdle<Detail, File>> for Message {
    fn from(m: ProvisionBadIdle<Detail, File>) -> Message {
        Message::new("provision-bad-idle", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }의 { $detail }은(는) "ko" 또는 "en"이어야 합니다.
pub struct ProvisionBadLocale<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadLocale<Detail, File>> for Message {
    fn from(m: ProvisionBadLocale<Detail, File>) -> Message {
        Message::new("provision-bad-locale", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }의 \[teacher\]는 mode = "off", "setup", 또는 "password"(password\_hash에 Argon2 해시)여야 합니다.
pub struct ProvisionBadTeacher<File> {
    pub file: File,
}

impl<File: Display> From<ProvisionBadTeacher<File>> for Message {
    fn from(m: ProvisionBadTeacher<File>) -> Message {
        Message::new("provision-bad-teacher", [("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }의 { $detail } 값이 비어 있거나 너무 길거나 쓸 수 없는 글자가 있습니다.
pub struct ProvisionBadText<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionBadText<Detail, File>> for Message {
    fn from(m: ProvisionBadText<Detail, File>) -> Message {
        Message::new("provision-bad-text", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 데이터 폴더의 프로비저닝 파일 { $file }은(는) 교사 모드를 켤 수 없습니다(mode = "off"만 됩니다). 교사 비밀번호는 관리자만 쓸 수 있는 시스템 위치의 파일에 두세요.
pub struct ProvisionTeacherNotHere<File> {
    pub file: File,
}

impl<File: Display> From<ProvisionTeacherNotHere<File>> for Message {
    fn from(m: ProvisionTeacherNotHere<File>) -> Message {
        Message::new("provision-teacher-not-here", [("file", m.file.to_string())])
    }
}

/// 프로비저닝 파일 { $file }을(를) 열 수 없습니다: { $detail }
pub struct ProvisionUnreadable<Detail, File> {
    pub detail: Detail,
    pub file: File,
}

impl<Detail: Display, File: Display> From<ProvisionUnreadable<Detail, File>> for Message {
    fn from(m: ProvisionUnreadable<Detail, File>) -> Message {
        Message::new("provision-unreadable", [("detail", m.detail.to_string()), ("file", m.file.to_string())])
    }
}

/// 목록으로
pub const QUIZ_BACK_HOME: Msg = Msg("quiz-back-home");

/// 맞는 것을 모두 고르세요
pub const QUIZ_CHOOSE_MANY: Msg = Msg("quiz-choose-many");

/// 하나를 고르세요
pub const QUIZ_CHOOSE_ONE: Msg = Msg("quiz-choose-one");

/// 정답
pub const QUIZ_CORRECT_ANSWER: Msg = Msg("quiz-correct-answer");

/// 설명
pub const QUIZ_EXPLANATION: Msg = Msg("quiz-explanation");

/// 정답입니다
pub const QUIZ_FEEDBACK_CORRECT: Msg = Msg("quiz-feedback-correct");

/// 다시 생각해 볼까요?
pub const QUIZ_FEEDBACK_INCORRECT: Msg = Msg("quiz-feedback-incorrect");

/// { $count }문항 중 { $number }번
pub struct QuizItemOf<Count, Number> {
    pub count: Count,
    pub number: Number,
}

impl<Count: Display, Number: Display> From<QuizItemOf<Count, Number>> for Message {
    fn from(m: QuizItemOf<Count, Number>) -> Message {
        Message::new("quiz-item-of", [("count", m.count.to_string()), ("number", m.number.to_string())])
    }
}

/// 다음
pub const QUIZ_NEXT: Msg = Msg("quiz-next");

/// O (맞다)
pub const QUIZ_OPTION_O: Msg = Msg("quiz-option-o");

/// X (아니다)
pub const QUIZ_OPTION_X: Msg = Msg("quiz-option-x");

/// 학습 내용 다시 보기
pub const QUIZ_REREAD: Msg = Msg("quiz-reread");

/// 처음부터 다시 하기
pub const QUIZ_RESTART: Msg = Msg("quiz-restart");

/// 모든 문항을 익혔습니다.
pub const QUIZ_RESULT_ALL_MASTERED: Msg = Msg("quiz-result-all-mastered");

/// 아직 익히지 못한 문항 { $missed }개
pub struct QuizResultMissed<Missed> {
    pub missed: Missed,
}

impl<Missed: Display> From<QuizResultMissed<Missed>> for Message {
    fn from(m: QuizResultMissed<Missed>) -> Message {
        Message::new("quiz-result-missed", [("missed", m.missed.to_string())])
    }
}

/// 아직 통과하지 못했습니다. (통과 기준 { $passMark }점)
pub struct QuizResultNotPassed<PassMark> {
    pub pass_mark: PassMark,
}

impl<PassMark: Display> From<QuizResultNotPassed<PassMark>> for Message {
    fn from(m: QuizResultNotPassed<PassMark>) -> Message {
        Message::new("quiz-result-not-passed", [("passMark", m.pass_mark.to_string())])
    }
}

/// 통과했습니다. (통과 기준 { $passMark }점)
pub struct QuizResultPassed<PassMark> {
    pub pass_mark: PassMark,
}

impl<PassMark: Display> From<QuizResultPassed<PassMark>> for Message {
    fn from(m: QuizResultPassed<PassMark>) -> Message {
        Message::new("quiz-result-passed", [("passMark", m.pass_mark.to_string())])
    }
}

/// { $total }문항 중 { $correct }문항 정답 ({ $percent }점)
pub struct QuizResultScore<Correct, Percent, Total> {
    pub correct: Correct,
    pub percent: Percent,
    pub total: Total,
}

impl<Correct: Display, Percent: Display, Total: Display> From<QuizResultScore<Correct, Percent, Total>> for Message {
    fn from(m: QuizResultScore<Correct, Percent, Total>) -> Message {
        Message::new("quiz-result-score", [("correct", m.correct.to_string()), ("percent", m.percent.to_string()), ("total", m.total.to_string())])
    }
}

/// 학습 시간 약 { $minutes }분
pub struct QuizResultTime<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<QuizResultTime<Minutes>> for Message {
    fn from(m: QuizResultTime<Minutes>) -> Message {
        Message::new("quiz-result-time", [("minutes", m.minutes.to_string())])
    }
}

/// 결과
pub const QUIZ_RESULT_TITLE: Msg = Msg("quiz-result-title");

/// 틀린 문항 다시 풀기
pub const QUIZ_RETRY_MISSED: Msg = Msg("quiz-retry-missed");

/// 처음에 맞힘
pub const QUIZ_REVIEW_FIRST_CORRECT: Msg = Msg("quiz-review-first-correct");

/// 처음에 틀림
pub const QUIZ_REVIEW_FIRST_WRONG: Msg = Msg("quiz-review-first-wrong");

/// 익힘
pub const QUIZ_REVIEW_MASTERED: Msg = Msg("quiz-review-mastered");

/// 다시 풀어 보기
pub const QUIZ_REVIEW_NOT_MASTERED: Msg = Msg("quiz-review-not-mastered");

/// 문항별 돌아보기
pub const QUIZ_REVIEW_TITLE: Msg = Msg("quiz-review-title");

/// { $round }번째 다시 풀기
pub struct QuizRound<Round> {
    pub round: Round,
}

impl<Round: Display> From<QuizRound<Round>> for Message {
    fn from(m: QuizRound<Round>) -> Message {
        Message::new("quiz-round", [("round", m.round.to_string())])
    }
}

/// 답 확인
pub const QUIZ_SUBMIT: Msg = Msg("quiz-submit");

/// 내가 고른 답
pub const QUIZ_YOUR_CHOICE: Msg = Msg("quiz-your-choice");

/// 통합용 묶음 파일을 저장했습니다: { $path } (학급 { $classes }개, 기록 { $records }건)
pub struct ReportBundleWritten<Classes, Path, Records> {
    pub classes: Classes,
    pub path: Path,
    pub records: Records,
}

impl<Classes: Display, Path: Display, Records: Display> From<ReportBundleWritten<Classes, Path, Records>> for Message {
    fn from(m: ReportBundleWritten<Classes, Path, Records>) -> Message {
        Message::new("report-bundle-written", [("classes", m.classes.to_string()), ("path", m.path.to_string()), ("records", m.records.to_string())])
    }
}

/// 위 학생은 디지털 성범죄 예방 교육 「지킴」에서 다음 과정을 이수하였으므로 이 증서를 드립니다.
pub const REPORT_CERT_BODY: Msg = Msg("report-cert-body");

/// 소속: { $school } { $grade }학년 { $class }반 { $number }번
pub struct ReportCertClass<Class, Grade, Number, School> {
    pub class: Class,
    pub grade: Grade,
    pub number: Number,
    pub school: School,
}

impl<Class: Display, Grade: Display, Number: Display, School: Display> From<ReportCertClass<Class, Grade, Number, School>> for Message {
    fn from(m: ReportCertClass<Class, Grade, Number, School>) -> Message {
        Message::new("report-cert-class", [("class", m.class.to_string()), ("grade", m.grade.to_string()), ("number", m.number.to_string()), ("school", m.school.to_string())])
    }
}

/// { $year }년 { $month }월 { $day }일
pub struct ReportCertDate<Day, Month, Year> {
    pub day: Day,
    pub month: Month,
    pub year: Year,
}

impl<Day: Display, Month: Display, Year: Display> From<ReportCertDate<Day, Month, Year>> for Message {
    fn from(m: ReportCertDate<Day, Month, Year>) -> Message {
        Message::new("report-cert-date", [("day", m.day.to_string()), ("month", m.month.to_string()), ("year", m.year.to_string())])
    }
}

/// { $school }장
pub struct ReportCertIssuer<School> {
    pub school: School,
}

impl<School: Display> From<ReportCertIssuer<School>> for Message {
    fn from(m: ReportCertIssuer<School>) -> Message {
        Message::new("report-cert-issuer", [("school", m.school.to_string())])
    }
}

/// { $title } — { $date } 이수 (인정 { $minutes }분)
pub struct ReportCertModule<Date, Minutes, Title> {
    pub date: Date,
    pub minutes: Minutes,
    pub title: Title,
}

impl<Date: Display, Minutes: Display, Title: Display> From<ReportCertModule<Date, Minutes, Title>> for Message {
    fn from(m: ReportCertModule<Date, Minutes, Title>) -> Message {
        Message::new("report-cert-module", [("date", m.date.to_string()), ("minutes", m.minutes.to_string()), ("title", m.title.to_string())])
    }
}

/// 성명: { $name }
pub struct ReportCertName<Name> {
    pub name: Name,
}

impl<Name: Display> From<ReportCertName<Name>> for Message {
    fn from(m: ReportCertName<Name>) -> Message {
        Message::new("report-cert-name", [("name", m.name.to_string())])
    }
}

/// 일련번호 { $serial }
pub struct ReportCertSerial<Serial> {
    pub serial: Serial,
}

impl<Serial: Display> From<ReportCertSerial<Serial>> for Message {
    fn from(m: ReportCertSerial<Serial>) -> Message {
        Message::new("report-cert-serial", [("serial", m.serial.to_string())])
    }
}

/// 이 수 증
pub const REPORT_CERT_TITLE: Msg = Msg("report-cert-title");

/// 인정 교육 시간 합계: { $minutes }분
pub struct ReportCertTotal<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<ReportCertTotal<Minutes>> for Message {
    fn from(m: ReportCertTotal<Minutes>) -> Message {
        Message::new("report-cert-total", [("minutes", m.minutes.to_string())])
    }
}

/// 진위 확인: QR 코드 또는 jikim verify
pub const REPORT_CERT_VERIFY_HINT: Msg = Msg("report-cert-verify-hint");

/// 이수증 { $count }장을 저장했습니다: { $path }
pub struct ReportCertWritten<Count, Path> {
    pub count: Count,
    pub path: Path,
}

impl<Count: Display, Path: Display> From<ReportCertWritten<Count, Path>> for Message {
    fn from(m: ReportCertWritten<Count, Path>) -> Message {
        Message::new("report-cert-written", [("count", m.count.to_string()), ("path", m.path.to_string())])
    }
}

/// 학급별 요약의 이수 학생 수는 학급에 배정된 모든 모듈을 이수한 학생 수입니다.
pub const REPORT_CLASS_COMPLETED_NOTE: Msg = Msg("report-class-completed-note");

/// 시도 횟수
pub const REPORT_COL_ATTEMPTS: Msg = Msg("report-col-attempts");

/// 1인당 평균 교육 시간(분)
pub const REPORT_COL_AVERAGE_MINUTES: Msg = Msg("report-col-average-minutes");

/// 반
pub const REPORT_COL_CLASS: Msg = Msg("report-col-class");

/// 학급 수
pub const REPORT_COL_CLASSES: Msg = Msg("report-col-classes");

/// 이수 학생 수
pub const REPORT_COL_COMPLETED: Msg = Msg("report-col-completed");

/// 대상 학생 수
pub const REPORT_COL_ENROLLED: Msg = Msg("report-col-enrolled");

/// 학년
pub const REPORT_COL_GRADE: Msg = Msg("report-col-grade");

/// 학습 시간(분)
pub const REPORT_COL_MINUTES: Msg = Msg("report-col-minutes");

/// 모듈 ID
pub const REPORT_COL_MODULE_ID: Msg = Msg("report-col-module-id");

/// 모듈 제목
pub const REPORT_COL_MODULE_TITLE: Msg = Msg("report-col-module-title");

/// 모듈 버전
pub const REPORT_COL_MODULE_VERSION: Msg = Msg("report-col-module-version");

/// 모듈 수
pub const REPORT_COL_MODULES: Msg = Msg("report-col-modules");

/// 이름
pub const REPORT_COL_NAME: Msg = Msg("report-col-name");

/// 비고
pub const REPORT_COL_NOTE: Msg = Msg("report-col-note");

/// 번호
pub const REPORT_COL_NUMBER: Msg = Msg("report-col-number");

/// 이수 일시
pub const REPORT_COL_PASSED_AT: Msg = Msg("report-col-passed-at");

/// 이수율
pub const REPORT_COL_RATE: Msg = Msg("report-col-rate");

/// 구분
pub const REPORT_COL_SCOPE: Msg = Msg("report-col-scope");

/// 점수(%)
pub const REPORT_COL_SCORE: Msg = Msg("report-col-score");

/// 상태
pub const REPORT_COL_STATUS: Msg = Msg("report-col-status");

/// 총 교육 시간(분)
pub const REPORT_COL_TOTAL_MINUTES: Msg = Msg("report-col-total-minutes");

/// 조건을 이해하지 못했습니다: { $detail } (학급은 2-3, 날짜는 2026-03-02처럼 적어 주세요)
pub struct ReportErrorBadFilter<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<ReportErrorBadFilter<Detail>> for Message {
    fn from(m: ReportErrorBadFilter<Detail>) -> Message {
        Message::new("report-error-bad-filter", [("detail", m.detail.to_string())])
    }
}

/// 묶음 파일의 내용이 손상되었습니다 ({ $detail }). 아무것도 바뀌지 않았습니다.
pub struct ReportErrorBundleCorrupt<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<ReportErrorBundleCorrupt<Detail>> for Message {
    fn from(m: ReportErrorBundleCorrupt<Detail>) -> Message {
        Message::new("report-error-bundle-corrupt", [("detail", m.detail.to_string())])
    }
}

/// 묶음 파일의 검사값이나 서명이 맞지 않습니다. 허브가 만든 뒤에 내용이 바뀌었거나 손상되었습니다. 아무것도 바뀌지 않았습니다.
pub const REPORT_ERROR_BUNDLE_TAMPERED: Msg = Msg("report-error-bundle-tampered");

/// 이 묶음 파일은 더 새 버전의 지킴(형식 { $format })에서 만들어졌습니다. 지킴을 업데이트한 뒤 합쳐 주세요.
pub struct ReportErrorBundleTooNew<Format> {
    pub format: Format,
}

impl<Format: Display> From<ReportErrorBundleTooNew<Format>> for Message {
    fn from(m: ReportErrorBundleTooNew<Format>) -> Message {
        Message::new("report-error-bundle-too-new", [("format", m.format.to_string())])
    }
}

/// 묶음 파일이 잘려 있습니다. 복사가 끝까지 되었는지 확인하고 다시 받아 주세요. 아무것도 바뀌지 않았습니다.
pub const REPORT_ERROR_BUNDLE_TRUNCATED: Msg = Msg("report-error-bundle-truncated");

/// 등록되지 않은 키({ $key })로 서명된 묶음 파일입니다. 이 학교의 허브 공개 키를 먼저 등록하거나, 보낸 곳을 확인해 주세요. 아무것도 바뀌지 않았습니다.
pub struct ReportErrorBundleUnknownKey<Key> {
    pub key: Key,
}

impl<Key: Display> From<ReportErrorBundleUnknownKey<Key>> for Message {
    fn from(m: ReportErrorBundleUnknownKey<Key>) -> Message {
        Message::new("report-error-bundle-unknown-key", [("key", m.key.to_string())])
    }
}

/// 서명이 없는 묶음 파일입니다(이전 버전의 지킴에서 만든 파일). 학교 허브에서 새로 만들어 보내 주세요. 아무것도 바뀌지 않았습니다.
pub const REPORT_ERROR_BUNDLE_UNSIGNED: Msg = Msg("report-error-bundle-unsigned");

/// ```text
/// 파일을 읽거나 쓰지 못했습니다: { $path } { $reason ->
/// [disk-full] (저장 공간이 부족합니다. 다른 드라이브나 폴더를 골라 주세요.)
/// [no-permission] (이 폴더에 쓸 권한이 없거나 읽기 전용입니다. 같은 이름의 파일이 Excel 같은 프로그램에 열려 있다면 닫고 다시 시도해 주세요.)
/// [in-use] (다른 프로그램이 이 파일을 열어 두었습니다. Excel 같은 프로그램에서 닫고 다시 시도해 주세요.)
/// *[other] ({ $detail })
/// }
/// ```
pub struct ReportErrorIo<Detail, Path, Reason> {
    pub detail: Detail,
    pub path: Path,
    pub reason: Reason,
}

impl<Detail: Display, Path: Display, Reason: Display> From<ReportErrorIo<Detail, Path, Reason>> for Message {
    fn from(m: ReportErrorIo<Detail, Path, Reason>) -> Message {
        Message::new("report-error-io", [("detail", m.detail.to_string()), ("path", m.path.to_string()), ("reason", m.reason.to_string())])
    }
}

/// { $dir }에서 모듈을 읽지 못했습니다. 결과는 모듈로 판정하므로 모듈 폴더가 필요합니다 (--content).
pub struct ReportErrorNoContent<Dir> {
    pub dir: Dir,
}

impl<Dir: Display> From<ReportErrorNoContent<Dir>> for Message {
    fn from(m: ReportErrorNoContent<Dir>) -> Message {
        Message::new("report-error-no-content", [("dir", m.dir.to_string())])
    }
}

/// 지킴 통합용 묶음 파일이 아닙니다. 교사용 허브에서 만든 파일인지 확인해 주세요.
pub const REPORT_ERROR_NOT_A_BUNDLE: Msg = Msg("report-error-not-a-bundle");

/// 선택한 범위에 모듈을 이수한 학생이 없어 이수증을 만들 수 없습니다.
pub const REPORT_ERROR_NOTHING_TO_CERTIFY: Msg = Msg("report-error-nothing-to-certify");

/// ```text
/// 기록 저장소를 읽거나 쓰지 못했습니다. { $reason ->
/// [disk-full] 이 컴퓨터의 저장 공간이 부족합니다.
/// [no-permission] 기록 저장소 폴더에 쓸 권한이 없습니다.
/// [in-use] 다른 프로그램(또는 다른 지킴)이 기록 저장소를 쓰고 있습니다. 잠시 후 다시 시도해 주세요.
/// *[other] ({ $detail })
/// }
/// ```
pub struct ReportErrorStore<Detail, Reason> {
    pub detail: Detail,
    pub reason: Reason,
}

impl<Detail: Display, Reason: Display> From<ReportErrorStore<Detail, Reason>> for Message {
    fn from(m: ReportErrorStore<Detail, Reason>) -> Message {
        Message::new("report-error-store", [("detail", m.detail.to_string()), ("reason", m.reason.to_string())])
    }
}

/// 파일을 만들지 못했습니다 ({ $detail }).
pub struct ReportErrorWrite<Detail> {
    pub detail: Detail,
}

impl<Detail: Display> From<ReportErrorWrite<Detail>> for Message {
    fn from(m: ReportErrorWrite<Detail>) -> Message {
        Message::new("report-error-write", [("detail", m.detail.to_string())])
    }
}

/// { $rows }행을 저장했습니다: { $path }
pub struct ReportExportWritten<Path, Rows> {
    pub path: Path,
    pub rows: Rows,
}

impl<Path: Display, Rows: Display> From<ReportExportWritten<Path, Rows>> for Message {
    fn from(m: ReportExportWritten<Path, Rows>) -> Message {
        Message::new("report-export-written", [("path", m.path.to_string()), ("rows", m.rows.to_string())])
    }
}

/// 반
pub const REPORT_LEDGER_COL_CLASS: Msg = Msg("report-ledger-col-class");

/// 이수 학생(명)
pub const REPORT_LEDGER_COL_COMPLETED: Msg = Msg("report-ledger-col-completed");

/// 인정 시간(분)
pub const REPORT_LEDGER_COL_CREDITED: Msg = Msg("report-ledger-col-credited");

/// 인정 시간 합계(분)
pub const REPORT_LEDGER_COL_DELIVERED: Msg = Msg("report-ledger-col-delivered");

/// 이수
pub const REPORT_LEDGER_COL_DONE: Msg = Msg("report-ledger-col-done");

/// 학년
pub const REPORT_LEDGER_COL_GRADE: Msg = Msg("report-ledger-col-grade");

/// 미이수 학생
pub const REPORT_LEDGER_COL_MISSING: Msg = Msg("report-ledger-col-missing");

/// 이수 기준(분)
pub const REPORT_LEDGER_COL_OWED: Msg = Msg("report-ledger-col-owed");

/// 이수율
pub const REPORT_LEDGER_COL_RATE: Msg = Msg("report-ledger-col-rate");

/// 교육 구분
pub const REPORT_LEDGER_COL_REQUIREMENT: Msg = Msg("report-ledger-col-requirement");

/// 대상 학생(명)
pub const REPORT_LEDGER_COL_STUDENTS: Msg = Msg("report-ledger-col-students");

/// 미이수
pub const REPORT_LEDGER_DONE_NO: Msg = Msg("report-ledger-done-no");

/// 이수
pub const REPORT_LEDGER_DONE_YES: Msg = Msg("report-ledger-done-yes");

/// { $grade }학년 계 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%)
pub struct ReportLedgerGradeLine<Completed, Grade, Rate, Requirement, Students> {
    pub completed: Completed,
    pub grade: Grade,
    pub rate: Rate,
    pub requirement: Requirement,
    pub students: Students,
}

impl<Completed: Display, Grade: Display, Rate: Display, Requirement: Display, Students: Display> From<ReportLedgerGradeLine<Completed, Grade, Rate, Requirement, Students>> for Message {
    fn from(m: ReportLedgerGradeLine<Completed, Grade, Rate, Requirement, Students>) -> Message {
        Message::new("report-ledger-grade-line", [("completed", m.completed.to_string()), ("grade", m.grade.to_string()), ("rate", m.rate.to_string()), ("requirement", m.requirement.to_string()), ("students", m.students.to_string())])
    }
}

/// 학년 계
pub const REPORT_LEDGER_GRADE_TOTAL: Msg = Msg("report-ledger-grade-total");

/// { $grade }학년 { $class }반 · { $requirement }: { $completed }/{ $students }명 이수({ $rate }%), 기준 { $owed }분
pub struct ReportLedgerLine<Class, Completed, Grade, Owed, Rate, Requirement, Students> {
    pub class: Class,
    pub completed: Completed,
    pub grade: Grade,
    pub owed: Owed,
    pub rate: Rate,
    pub requirement: Requirement,
    pub students: Students,
}

impl<Class: Display, Completed: Display, Grade: Display, Owed: Display, Rate: Display, Requirement: Display, Students: Display> From<ReportLedgerLine<Class, Completed, Grade, Owed, Rate, Requirement, Students>> for Message {
    fn from(m: ReportLedgerLine<Class, Completed, Grade, Owed, Rate, Requirement, Students>) -> Message {
        Message::new("report-ledger-line", [("class", m.class.to_string()), ("completed", m.completed.to_string()), ("grade", m.grade.to_string()), ("owed", m.owed.to_string()), ("rate", m.rate.to_string()), ("requirement", m.requirement.to_string()), ("students", m.students.to_string())])
    }
}

/// { $number }번 { $name }({ $minutes }분)
pub struct ReportLedgerMissingStudent<Minutes, Name, Number> {
    pub minutes: Minutes,
    pub name: Name,
    pub number: Number,
}

impl<Minutes: Display, Name: Display, Number: Display> From<ReportLedgerMissingStudent<Minutes, Name, Number>> for Message {
    fn from(m: ReportLedgerMissingStudent<Minutes, Name, Number>) -> Message {
        Message::new("report-ledger-missing-student", [("minutes", m.minutes.to_string()), ("name", m.name.to_string()), ("number", m.number.to_string())])
    }
}

/// 이수 기준이 정해지지 않았습니다. 먼저 보고서 화면의 ‘학년별 이수 기준’에서 정하세요(명령줄: jikim hub --data \<허브\> owe --grade 2 --requirement sexual-violence-prevention --minutes 180).
pub const REPORT_LEDGER_NOTHING_OWED: Msg = Msg("report-ledger-nothing-owed");

/// { $from } ~ { $to }
pub struct ReportLedgerPeriod<FromArg, To> {
    pub from: FromArg,
    pub to: To,
}

impl<FromArg: Display, To: Display> From<ReportLedgerPeriod<FromArg, To>> for Message {
    fn from(m: ReportLedgerPeriod<FromArg, To>) -> Message {
        Message::new("report-ledger-period", [("from", m.from.to_string()), ("to", m.to.to_string())])
    }
}

/// 전체 기간
pub const REPORT_LEDGER_PERIOD_ALL: Msg = Msg("report-ledger-period-all");

/// 이수 실적
pub const REPORT_LEDGER_SHEET: Msg = Msg("report-ledger-sheet");

/// 학생별
pub const REPORT_LEDGER_SHEET_STUDENTS: Msg = Msg("report-ledger-sheet-students");

/// { $school } 예방교육 이수 실적 ({ $period })
pub struct ReportLedgerTitle<Period, School> {
    pub period: Period,
    pub school: School,
}

impl<Period: Display, School: Display> From<ReportLedgerTitle<Period, School>> for Message {
    fn from(m: ReportLedgerTitle<Period, School>) -> Message {
        Message::new("report-ledger-title", [("period", m.period.to_string()), ("school", m.school.to_string())])
    }
}

/// 이수 실적을 저장했습니다: { $path }
pub struct ReportLedgerWritten<Path> {
    pub path: Path,
}

impl<Path: Display> From<ReportLedgerWritten<Path>> for Message {
    fn from(m: ReportLedgerWritten<Path>) -> Message {
        Message::new("report-ledger-written", [("path", m.path.to_string())])
    }
}

/// { $path }: 학급 { $classes }개, 학생 { $students }명, 기록 { $records }건, 이수증 { $certificates }건을 새로 합쳤습니다 (이미 있던 기록 { $present }건)
pub struct ReportMergeDone<Certificates, Classes, Path, Present, Records, Students> {
    pub certificates: Certificates,
    pub classes: Classes,
    pub path: Path,
    pub present: Present,
    pub records: Records,
    pub students: Students,
}

impl<Certificates: Display, Classes: Display, Path: Display, Present: Display, Records: Display, Students: Display> From<ReportMergeDone<Certificates, Classes, Path, Present, Records, Students>> for Message {
    fn from(m: ReportMergeDone<Certificates, Classes, Path, Present, Records, Students>) -> Message {
        Message::new("report-merge-done", [("certificates", m.certificates.to_string()), ("classes", m.classes.to_string()), ("path", m.path.to_string()), ("present", m.present.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string())])
    }
}

/// 조건에 맞는 이수 기록이 없습니다.
pub const REPORT_PAGE_EMPTY: Msg = Msg("report-page-empty");

/// 작성일: { $date }
pub struct ReportPageGenerated<Date> {
    pub date: Date,
}

impl<Date: Display> From<ReportPageGenerated<Date>> for Message {
    fn from(m: ReportPageGenerated<Date>) -> Message {
        Message::new("report-page-generated", [("date", m.date.to_string())])
    }
}

/// 집계 기간: { $from } ~ { $to }
pub struct ReportPagePeriod<FromArg, To> {
    pub from: FromArg,
    pub to: To,
}

impl<FromArg: Display, To: Display> From<ReportPagePeriod<FromArg, To>> for Message {
    fn from(m: ReportPagePeriod<FromArg, To>) -> Message {
        Message::new("report-page-period", [("from", m.from.to_string()), ("to", m.to.to_string())])
    }
}

/// 집계 기간: 전체
pub const REPORT_PAGE_PERIOD_ALL: Msg = Msg("report-page-period-all");

/// 학교: { $school }
pub struct ReportPageSchool<School> {
    pub school: School,
}

impl<School: Display> From<ReportPageSchool<School>> for Message {
    fn from(m: ReportPageSchool<School>) -> Message {
        Message::new("report-page-school", [("school", m.school.to_string())])
    }
}

/// 디지털 성범죄 예방 교육 이수 현황 보고
pub const REPORT_PAGE_TITLE: Msg = Msg("report-page-title");

/// { $done } / { $total }
pub struct ReportProgress<Done, Total> {
    pub done: Done,
    pub total: Total,
}

impl<Done: Display, Total: Display> From<ReportProgress<Done, Total>> for Message {
    fn from(m: ReportProgress<Done, Total>) -> Message {
        Message::new("report-progress", [("done", m.done.to_string()), ("total", m.total.to_string())])
    }
}

/// 받아들이지 않은 파일: { $file }
pub struct ReportRefusedFile<File> {
    pub file: File,
}

impl<File: Display> From<ReportRefusedFile<File>> for Message {
    fn from(m: ReportRefusedFile<File>) -> Message {
        Message::new("report-refused-file", [("file", m.file.to_string())])
    }
}

/// 전출/삭제됨
pub const REPORT_REMOVED: Msg = Msg("report-removed");

/// { $grade }학년 { $class }반
pub struct ReportScopeClass<Class, Grade> {
    pub class: Class,
    pub grade: Grade,
}

impl<Class: Display, Grade: Display> From<ReportScopeClass<Class, Grade>> for Message {
    fn from(m: ReportScopeClass<Class, Grade>) -> Message {
        Message::new("report-scope-class", [("class", m.class.to_string()), ("grade", m.grade.to_string())])
    }
}

/// { $grade }학년 전체
pub struct ReportScopeGrade<Grade> {
    pub grade: Grade,
}

impl<Grade: Display> From<ReportScopeGrade<Grade>> for Message {
    fn from(m: ReportScopeGrade<Grade>) -> Message {
        Message::new("report-scope-grade", [("grade", m.grade.to_string())])
    }
}

/// 학교 전체
pub const REPORT_SCOPE_SCHOOL: Msg = Msg("report-scope-school");

/// 학급별 요약
pub const REPORT_SHEET_CLASSES: Msg = Msg("report-sheet-classes");

/// 모듈별 요약
pub const REPORT_SHEET_MODULES: Msg = Msg("report-sheet-modules");

/// 이수 현황
pub const REPORT_SHEET_ROWS: Msg = Msg("report-sheet-rows");

/// 보고 요약
pub const REPORT_SHEET_SUMMARY: Msg = Msg("report-sheet-summary");

/// 학습 중
pub const REPORT_STATUS_IN_PROGRESS: Msg = Msg("report-status-in-progress");

/// 미통과
pub const REPORT_STATUS_NOT_PASSED: Msg = Msg("report-status-not-passed");

/// 시작 안 함
pub const REPORT_STATUS_NOT_STARTED: Msg = Msg("report-status-not-started");

/// 이수
pub const REPORT_STATUS_PASSED: Msg = Msg("report-status-passed");

/// 학교 공개 키 파일을 읽을 수 없습니다: { $path }
pub struct ReportVerifyBadKeyFile<Path> {
    pub path: Path,
}

impl<Path: Display> From<ReportVerifyBadKeyFile<Path>> for Message {
    fn from(m: ReportVerifyBadKeyFile<Path>) -> Message {
        Message::new("report-verify-bad-key-file", [("path", m.path.to_string())])
    }
}

/// 위조된 이수증입니다: 서명이 맞지 않습니다. 서명한 뒤에 내용(이수 시간, 날짜, 과정 등)이 바뀌었습니다.
pub const REPORT_VERIFY_EDITED: Msg = Msg("report-verify-edited");

/// 학교의 공개 키 파일을 --key 로 주거나(학교에서 jikim hub school-key --export 로 만든 파일), 학교 허브에서 --data 로 확인해 주세요.
pub const REPORT_VERIFY_GIVE_KEY: Msg = Msg("report-verify-give-key");

/// 이수증 코드가 손상되었거나 잘려 있습니다. QR 코드를 다시 읽어 주세요.
pub const REPORT_VERIFY_MALFORMED: Msg = Msg("report-verify-malformed");

/// · { $module } (버전 { $version }, 법령 기준일 { $law }): { $date } 이수, { $minutes }분
pub struct ReportVerifyModule<Date, Law, Minutes, Module, Version> {
    pub date: Date,
    pub law: Law,
    pub minutes: Minutes,
    pub module: Module,
    pub version: Version,
}

impl<Date: Display, Law: Display, Minutes: Display, Module: Display, Version: Display> From<ReportVerifyModule<Date, Law, Minutes, Module, Version>> for Message {
    fn from(m: ReportVerifyModule<Date, Law, Minutes, Module, Version>) -> Message {
        Message::new("report-verify-module", [("date", m.date.to_string()), ("law", m.law.to_string()), ("minutes", m.minutes.to_string()), ("module", m.module.to_string()), ("version", m.version.to_string())])
    }
}

/// 이수증 코드(JIKIM1.…)를 찾을 수 없습니다. 이수증 PDF 파일이나 QR 코드를 읽은 글자를 주세요.
pub const REPORT_VERIFY_NOT_FOUND: Msg = Msg("report-verify-not-found");

/// 위조된 이수증입니다: 일련번호가 이 이수증의 것이 아닙니다.
pub const REPORT_VERIFY_SERIAL_MISMATCH: Msg = Msg("report-verify-serial-mismatch");

/// 확인되지 않은 이수증입니다: 키 { $key }(으)로 서명되었는데, 이 키는 신뢰하는 학교 키가 아닙니다. 다른 키로 만든 위조일 수 있습니다.
pub struct ReportVerifyUntrustedKey<Key> {
    pub key: Key,
}

impl<Key: Display> From<ReportVerifyUntrustedKey<Key>> for Message {
    fn from(m: ReportVerifyUntrustedKey<Key>) -> Message {
        Message::new("report-verify-untrusted-key", [("key", m.key.to_string())])
    }
}

/// 유효한 이수증입니다. 일련번호 { $serial } · 발급 허브 키 { $key } · 학생(가명) { $student } · 발급일 { $issued }
pub struct ReportVerifyValid<Issued, Key, Serial, Student> {
    pub issued: Issued,
    pub key: Key,
    pub serial: Serial,
    pub student: Student,
}

impl<Issued: Display, Key: Display, Serial: Display, Student: Display> From<ReportVerifyValid<Issued, Key, Serial, Student>> for Message {
    fn from(m: ReportVerifyValid<Issued, Key, Serial, Student>) -> Message {
        Message::new("report-verify-valid", [("issued", m.issued.to_string()), ("key", m.key.to_string()), ("serial", m.serial.to_string()), ("student", m.student.to_string())])
    }
}

/// 반
pub const SIGNIN_CLASS: Msg = Msg("signin-class");

/// 학년
pub const SIGNIN_GRADE: Msg = Msg("signin-grade");

/// 허브 주소
pub const SIGNIN_HUB_ADDRESS: Msg = Msg("signin-hub-address");

/// 오랫동안 사용하지 않아 자동으로 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
pub const SIGNIN_IDLE_SIGNED_OUT: Msg = Msg("signin-idle-signed-out");

/// 학년, 반, 번호, 이름을 입력하세요. 학습 기록은 이 학교 안에서만 보관됩니다.
pub const SIGNIN_INTRO: Msg = Msg("signin-intro");

/// 참여 코드
pub const SIGNIN_JOIN_CODE: Msg = Msg("signin-join-code");

/// 처음 참여할 때(또는 이 PC가 초기화되었을 때)만 선생님 화면의 참여 코드(8자리, 예: K7Q2-M9XA)를 입력하세요. 그다음부터는 PIN만 있으면 어느 PC에서나 이어서 할 수 있습니다. 허브 주소는 자동으로 찾고, 못 찾으면 선생님이 알려 준 주소를 입력하세요.
pub const SIGNIN_JOIN_HINT: Msg = Msg("signin-join-hint");

/// 처음 참여하기 (선생님이 참여를 열었을 때)
pub const SIGNIN_JOIN_TITLE: Msg = Msg("signin-join-title");

/// 이름
pub const SIGNIN_NAME: Msg = Msg("signin-name");

/// 번호
pub const SIGNIN_NUMBER: Msg = Msg("signin-number");

/// 선생님이 수업을 끝내서 로그아웃했습니다. 답한 내용은 저장되어 있고 선생님께 보내집니다.
pub const SIGNIN_PERIOD_ENDED: Msg = Msg("signin-period-ended");

/// PIN (숫자 4~6자리)
pub const SIGNIN_PIN: Msg = Msg("signin-pin");

/// 처음 학급에 참여할 때 정한 PIN입니다. 학급 허브가 확인하므로 다른 사람이 번호와 이름만으로 내 기록을 열 수 없습니다. 1234나 0000처럼 쉬운 숫자는 쓸 수 없습니다.
pub const SIGNIN_PIN_HINT: Msg = Msg("signin-pin-hint");

/// 로그아웃했습니다. 답한 내용은 저장되어 있습니다.
pub const SIGNIN_SIGNED_OUT: Msg = Msg("signin-signed-out");

/// 시작하기
pub const SIGNIN_SUBMIT: Msg = Msg("signin-submit");

/// 학습 시작하기
pub const SIGNIN_TITLE: Msg = Msg("signin-title");

/// 허브 주소가 올바르지 않습니다. 예: 192.168.0.10:7443
pub const SYNC_ADDRESS_INVALID: Msg = Msg("sync-address-invalid");

/// 학급 허브의 응답을 읽지 못했습니다. 잠시 후 다시 시도하세요.
pub const SYNC_BAD_RESPONSE: Msg = Msg("sync-bad-response");

/// 참여 코드를 확인해 준 학급 허브가 없습니다. 코드를 다시 확인하세요. 코드가 맞다면 이 네트워크에 다른 컴퓨터가 허브인 척하고 있을 수 있으니 선생님께 알려 주세요.
pub const SYNC_CODE_REJECTED: Msg = Msg("sync-code-rejected");

/// 이 네트워크에서 학급 허브를 찾지 못했습니다. 선생님 화면의 허브 주소를 입력하세요.
pub const SYNC_HUB_NOT_FOUND: Msg = Msg("sync-hub-not-found");

/// 참여 코드 형식이 맞지 않습니다. 선생님 화면의 코드를 그대로 입력하세요.
pub const SYNC_JOIN_CODE_INVALID: Msg = Msg("sync-join-code-invalid");

/// 선생님이 수업을 끝냈습니다. 답한 내용은 저장되어 있고 선생님께 보내집니다.
pub const SYNC_PERIOD_ENDED: Msg = Msg("sync-period-ended");

/// 이 주소의 허브는 참여 코드와 맞지 않습니다. 다른 컴퓨터일 수 있으니 연결하지 않았습니다. 선생님께 알려 주세요.
pub const SYNC_PIN_MISMATCH: Msg = Msg("sync-pin-mismatch");

/// 학급 허브에 로그인하려면 PIN(숫자 4~6자리)이 필요합니다. 처음 참여할 때 정한 PIN을 입력하세요.
pub const SYNC_PIN_REQUIRED: Msg = Msg("sync-pin-required");

/// 학급 허브에 연결할 수 없습니다. 주소를 확인하고, 선생님 컴퓨터의 허브가 켜져 있는지 확인하세요. 답은 이 PC에 저장되고 연결되면 보내집니다.
pub const SYNC_UNREACHABLE: Msg = Msg("sync-unreachable");

/// 조치
pub const TEACHER_ACCESS_ACTIONS: Msg = Msg("teacher-access-actions");

/// 묶음 파일 만들기
pub const TEACHER_ACCESS_BUNDLE: Msg = Msg("teacher-access-bundle");

/// PC
pub const TEACHER_ACCESS_DEVICES: Msg = Msg("teacher-access-devices");

/// 이수증 만들기
pub const TEACHER_ACCESS_EXPORT_CERTIFICATES: Msg = Msg("teacher-access-export-certificates");

/// CSV 내보내기
pub const TEACHER_ACCESS_EXPORT_CSV: Msg = Msg("teacher-access-export-csv");

/// 이수 실적 내보내기
pub const TEACHER_ACCESS_EXPORT_LEDGER: Msg = Msg("teacher-access-export-ledger");

/// 보고 요약 내보내기
pub const TEACHER_ACCESS_EXPORT_SUMMARY: Msg = Msg("teacher-access-export-summary");

/// 엑셀 내보내기
pub const TEACHER_ACCESS_EXPORT_XLSX: Msg = Msg("teacher-access-export-xlsx");

/// 학생마다 PIN과 참여한 PC가 있습니다. PIN을 잊었거나 다른 학생이 대신 참여했다면 PIN을 초기화하세요(그 학생의 모든 PC가 해제되고, 학생은 참여 코드로 다시 참여해 새 PIN을 정합니다).
pub const TEACHER_ACCESS_HINT: Msg = Msg("teacher-access-hint");

/// 무엇을
pub const TEACHER_ACCESS_LOG_ACTION: Msg = Msg("teacher-access-log-action");

/// 일시(UTC)
pub const TEACHER_ACCESS_LOG_AT: Msg = Msg("teacher-access-log-at");

/// 아직 기록이 없습니다.
pub const TEACHER_ACCESS_LOG_EMPTY: Msg = Msg("teacher-access-log-empty");

/// 학생의 답을 연 때와 모든 내보내기가 누가, 언제, 어느 범위를 했는지 학급 허브에 기록됩니다. 개인정보 보호책임자가 확인할 수 있습니다.
pub const TEACHER_ACCESS_LOG_INTRO: Msg = Msg("teacher-access-log-intro");

/// 범위
pub const TEACHER_ACCESS_LOG_SCOPE: Msg = Msg("teacher-access-log-scope");

/// 열람·내보내기 기록
pub const TEACHER_ACCESS_LOG_TITLE: Msg = Msg("teacher-access-log-title");

/// 누가(계정@PC)
pub const TEACHER_ACCESS_LOG_WHO: Msg = Msg("teacher-access-log-who");

/// 아직 없음
pub const TEACHER_ACCESS_NO_DEVICES: Msg = Msg("teacher-access-no-devices");

/// 학년별 이수 기준 변경
pub const TEACHER_ACCESS_OWED: Msg = Msg("teacher-access-owed");

/// PIN
pub const TEACHER_ACCESS_PIN: Msg = Msg("teacher-access-pin");

/// 학년도 정리
pub const TEACHER_ACCESS_PURGE: Msg = Msg("teacher-access-purge");

/// 새 학년도 시작
pub const TEACHER_ACCESS_ROLLOVER: Msg = Msg("teacher-access-rollover");

/// 학생의 답 열람
pub const TEACHER_ACCESS_VIEW_ANSWERS: Msg = Msg("teacher-access-view-answers");

/// 과제 내기
pub const TEACHER_ASSIGN_ADD: Msg = Msg("teacher-assign-add");

/// 마감일
pub const TEACHER_ASSIGN_DUE: Msg = Msg("teacher-assign-due");

/// 학습 모듈
pub const TEACHER_ASSIGN_MODULE: Msg = Msg("teacher-assign-module");

/// 문항 { $answered }개 · { $minutes }분
pub struct TeacherCellDetail<Answered, Minutes> {
    pub answered: Answered,
    pub minutes: Minutes,
}

impl<Answered: Display, Minutes: Display> From<TeacherCellDetail<Answered, Minutes>> for Message {
    fn from(m: TeacherCellDetail<Answered, Minutes>) -> Message {
        Message::new("teacher-cell-detail", [("answered", m.answered.to_string()), ("minutes", m.minutes.to_string())])
    }
}

/// { $grade }학년 { $class }반
pub struct TeacherClassName<Class, Grade> {
    pub class: Class,
    pub grade: Grade,
}

impl<Class: Display, Grade: Display> From<TeacherClassName<Class, Grade>> for Message {
    fn from(m: TeacherClassName<Class, Grade>) -> Message {
        Message::new("teacher-class-name", [("class", m.class.to_string()), ("grade", m.grade.to_string())])
    }
}

/// 학급
pub const TEACHER_CLASSES: Msg = Msg("teacher-classes");

/// 모듈별 이수율
pub const TEACHER_COMPLETION: Msg = Msg("teacher-completion");

/// { $title } 이수율 { $percent }%
pub struct TeacherCompletionRate<Percent, Title> {
    pub percent: Percent,
    pub title: Title,
}

impl<Percent: Display, Title: Display> From<TeacherCompletionRate<Percent, Title>> for Message {
    fn from(m: TeacherCompletionRate<Percent, Title>) -> Message {
        Message::new("teacher-completion-rate", [("percent", m.percent.to_string()), ("title", m.title.to_string())])
    }
}

/// 학급 만들기
pub const TEACHER_CREATE_CLASS: Msg = Msg("teacher-create-class");

/// 학생 삭제
pub const TEACHER_DELETE_STUDENT: Msg = Msg("teacher-delete-student");

/// 정말 삭제 (모든 기록이 지워지고 되돌릴 수 없음)
pub const TEACHER_DELETE_STUDENT_CONFIRM: Msg = Msg("teacher-delete-student-confirm");

/// { $name } 학생과 모든 기록을 정말 삭제
pub struct TeacherDeleteStudentConfirmNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherDeleteStudentConfirmNamed<Name>> for Message {
    fn from(m: TeacherDeleteStudentConfirmNamed<Name>) -> Message {
        Message::new("teacher-delete-student-confirm-named", [("name", m.name.to_string())])
    }
}

/// { $name } 학생 삭제
pub struct TeacherDeleteStudentNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherDeleteStudentNamed<Name>> for Message {
    fn from(m: TeacherDeleteStudentNamed<Name>) -> Message {
        Message::new("teacher-delete-student-named", [("name", m.name.to_string())])
    }
}

/// 처음에 틀림 (고른 답: { $chosen })
pub struct TeacherDetailFirstWrong<Chosen> {
    pub chosen: Chosen,
}

impl<Chosen: Display> From<TeacherDetailFirstWrong<Chosen>> for Message {
    fn from(m: TeacherDetailFirstWrong<Chosen>) -> Message {
        Message::new("teacher-detail-first-wrong", [("chosen", m.chosen.to_string())])
    }
}

/// 아직 답하지 않음
pub const TEACHER_DETAIL_UNANSWERED: Msg = Msg("teacher-detail-unanswered");

/// { $device } (처음 { $first }, 마지막 { $last })
pub struct TeacherDeviceLine<Device, First, Last> {
    pub device: Device,
    pub first: First,
    pub last: Last,
}

impl<Device: Display, First: Display, Last: Display> From<TeacherDeviceLine<Device, First, Last>> for Message {
    fn from(m: TeacherDeviceLine<Device, First, Last>) -> Message {
        Message::new("teacher-device-line", [("device", m.device.to_string()), ("first", m.first.to_string()), ("last", m.last.to_string())])
    }
}

/// 해제
pub const TEACHER_DEVICE_REVOKE: Msg = Msg("teacher-device-revoke");

/// { $name } 학생의 { $device } 해제
pub struct TeacherDeviceRevokeNamed<Device, Name> {
    pub device: Device,
    pub name: Name,
}

impl<Device: Display, Name: Display> From<TeacherDeviceRevokeNamed<Device, Name>> for Message {
    fn from(m: TeacherDeviceRevokeNamed<Device, Name>) -> Message {
        Message::new("teacher-device-revoke-named", [("device", m.device.to_string()), ("name", m.name.to_string())])
    }
}

/// { $device } (해제됨)
pub struct TeacherDeviceRevoked<Device> {
    pub device: Device,
}

impl<Device: Display> From<TeacherDeviceRevoked<Device>> for Message {
    fn from(m: TeacherDeviceRevoked<Device>) -> Message {
        Message::new("teacher-device-revoked", [("device", m.device.to_string())])
    }
}

/// 이 PC 설정
pub const TEACHER_DEVICE_TITLE: Msg = Msg("teacher-device-title");

/// 마감 { $date }
pub struct TeacherDue<Date> {
    pub date: Date,
}

impl<Date: Display> From<TeacherDue<Date>> for Message {
    fn from(m: TeacherDue<Date>) -> Message {
        Message::new("teacher-due", [("date", m.date.to_string())])
    }
}

/// 끝났거나 해제된 로그인으로 보낸 요청 { $count }번
pub struct TeacherEndedSignIns<Count> {
    pub count: Count,
}

impl<Count: Display> From<TeacherEndedSignIns<Count>> for Message {
    fn from(m: TeacherEndedSignIns<Count>) -> Message {
        Message::new("teacher-ended-sign-ins", [("count", m.count.to_string())])
    }
}

/// 인증서 지문(SHA-256, 실습실 PC 프로비저닝 파일의 hub.fingerprint): { $fingerprint }
pub struct TeacherHubFingerprint<Fingerprint> {
    pub fingerprint: Fingerprint,
}

impl<Fingerprint: Display> From<TeacherHubFingerprint<Fingerprint>> for Message {
    fn from(m: TeacherHubFingerprint<Fingerprint>) -> Message {
        Message::new("teacher-hub-fingerprint", [("fingerprint", m.fingerprint.to_string())])
    }
}

/// 네트워크(이 PC의 주소)
pub const TEACHER_HUB_INTERFACE: Msg = Msg("teacher-hub-interface");

/// 이 PC의 네트워크 주소를 읽지 못했습니다. 학생 PC가 접속할 이 PC의 IP 주소를 입력하세요(예: 192.168.0.10). 이 PC에서만 시험해 보려면 127.0.0.1을 입력하세요.
pub const TEACHER_HUB_INTERFACE_TYPED: Msg = Msg("teacher-hub-interface-typed");

/// 허브를 시작하면 같은 학교 네트워크의 학생 PC가 이 컴퓨터로 학습 기록을 보냅니다. 연결은 암호화됩니다.
pub const TEACHER_HUB_INTRO: Msg = Msg("teacher-hub-intro");

/// 포트
pub const TEACHER_HUB_PORT: Msg = Msg("teacher-hub-port");

/// 허브가 실행 중입니다. 학생 PC에서 아래 주소와 참여 코드를 쓰세요.
pub const TEACHER_HUB_RUNNING: Msg = Msg("teacher-hub-running");

/// 허브 시작
pub const TEACHER_HUB_START: Msg = Msg("teacher-hub-start");

/// 학급 허브가 멈췄습니다. 학생 PC는 답을 저장해 두고 있습니다. 아래에서 허브를 다시 시작하세요.
pub const TEACHER_HUB_STOPPED: Msg = Msg("teacher-hub-stopped");

/// 학급 허브
pub const TEACHER_HUB_TITLE: Msg = Msg("teacher-hub-title");

/// 학생이 자리를 비우면 자동 로그아웃
pub const TEACHER_IDLE_LABEL: Msg = Msg("teacher-idle-label");

/// { $minutes }분 뒤
pub struct TeacherIdleMinutes<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<TeacherIdleMinutes<Minutes>> for Message {
    fn from(m: TeacherIdleMinutes<Minutes>) -> Message {
        Message::new("teacher-idle-minutes", [("minutes", m.minutes.to_string())])
    }
}

/// 하지 않음
pub const TEACHER_IDLE_NEVER: Msg = Msg("teacher-idle-never");

/// 문항 분석
pub const TEACHER_ITEM_ANALYSIS: Msg = Msg("teacher-item-analysis");

/// 정답률 { $percent }% ({ $answered }명 중 { $correct }명)
pub struct TeacherItemCorrect<Answered, Correct, Percent> {
    pub answered: Answered,
    pub correct: Correct,
    pub percent: Percent,
}

impl<Answered: Display, Correct: Display, Percent: Display> From<TeacherItemCorrect<Answered, Correct, Percent>> for Message {
    fn from(m: TeacherItemCorrect<Answered, Correct, Percent>) -> Message {
        Message::new("teacher-item-correct", [("answered", m.answered.to_string()), ("correct", m.correct.to_string()), ("percent", m.percent.to_string())])
    }
}

/// 가장 많이 고른 오답: { $option } ({ $count }명)
pub struct TeacherItemTopWrong<Count, OptionArg> {
    pub count: Count,
    pub option: OptionArg,
}

impl<Count: Display, OptionArg: Display> From<TeacherItemTopWrong<Count, OptionArg>> for Message {
    fn from(m: TeacherItemTopWrong<Count, OptionArg>) -> Message {
        Message::new("teacher-item-top-wrong", [("count", m.count.to_string()), ("option", m.option.to_string())])
    }
}

/// 참여 닫기
pub const TEACHER_JOIN_CLOSE: Msg = Msg("teacher-join-close");

/// 참여가 닫혀 있습니다. 학생이 처음 참여할 때(또는 PC가 초기화되었을 때) 참여를 여세요.
pub const TEACHER_JOIN_CLOSED: Msg = Msg("teacher-join-closed");

/// 참여 코드
pub const TEACHER_JOIN_CODE: Msg = Msg("teacher-join-code");

/// 학생은 학년·반·번호·이름, 자기 PIN, 그리고 이 코드를 입력합니다. 코드는 이 시간 동안만 쓸 수 있습니다.
pub const TEACHER_JOIN_HINT: Msg = Msg("teacher-join-hint");

/// 참여 열기 (30분)
pub const TEACHER_JOIN_OPEN: Msg = Msg("teacher-join-open");

/// { $time }까지 열려 있습니다.
pub struct TeacherJoinOpenUntil<Time> {
    pub time: Time,
}

impl<Time: Display> From<TeacherJoinOpenUntil<Time>> for Message {
    fn from(m: TeacherJoinOpenUntil<Time>) -> Message {
        Message::new("teacher-join-open-until", [("time", m.time.to_string())])
    }
}

/// 새 코드 만들기
pub const TEACHER_JOIN_ROTATE: Msg = Msg("teacher-join-rotate");

/// 학생 참여
pub const TEACHER_JOIN_TITLE: Msg = Msg("teacher-join-title");

/// 학생 PC에서 기록이 도착하면 몇 초 안에 자동으로 바뀝니다.
pub const TEACHER_LIVE_HINT: Msg = Msg("teacher-live-hint");

/// 교사 모드 닫기
pub const TEACHER_LOCK: Msg = Msg("teacher-lock");

/// 교사 모드
pub const TEACHER_MODE: Msg = Msg("teacher-mode");

/// 새 학급
pub const TEACHER_NEW_CLASS: Msg = Msg("teacher-new-class");

/// { $number }번 { $name } — { $device }
pub struct TeacherNewDevice<Device, Name, Number> {
    pub device: Device,
    pub name: Name,
    pub number: Number,
}

impl<Device: Display, Name: Display, Number: Display> From<TeacherNewDevice<Device, Name, Number>> for Message {
    fn from(m: TeacherNewDevice<Device, Name, Number>) -> Message {
        Message::new("teacher-new-device", [("device", m.device.to_string()), ("name", m.name.to_string()), ("number", m.number.to_string())])
    }
}

/// 최근 24시간 동안 새 PC에서 참여한 학생
pub const TEACHER_NEW_DEVICES: Msg = Msg("teacher-new-devices");

/// 본인이 아니라면 '로그인·기기'에서 그 PC를 해제하고 PIN을 초기화하세요.
pub const TEACHER_NEW_DEVICES_HINT: Msg = Msg("teacher-new-devices-hint");

/// 아직 학급이 없습니다. 아래에서 학급을 만드세요.
pub const TEACHER_NO_CLASSES: Msg = Msg("teacher-no-classes");

/// 학급 열기
pub const TEACHER_OPEN_CLASS: Msg = Msg("teacher-open-class");

/// 변경
pub const TEACHER_OWED_CHANGE: Msg = Msg("teacher-owed-change");

/// 학년
pub const TEACHER_OWED_GRADE: Msg = Msg("teacher-owed-grade");

/// { $grade }학년
pub struct TeacherOwedGradeValue<Grade> {
    pub grade: Grade,
}

impl<Grade: Display> From<TeacherOwedGradeValue<Grade>> for Message {
    fn from(m: TeacherOwedGradeValue<Grade>) -> Message {
        Message::new("teacher-owed-grade-value", [("grade", m.grade.to_string())])
    }
}

/// 이번 학년도에 학년별로 학생 한 명이 이수해야 하는 교육 시간(분)입니다. 이수 실적(XLSX)은 학생마다 통과한 모듈의 인정 시간을 이 기준과 비교합니다. 기준은 학교의 연간 계획에 따라 정하세요.
pub const TEACHER_OWED_INTRO: Msg = Msg("teacher-owed-intro");

/// 이수 기준(분)
pub const TEACHER_OWED_MINUTES: Msg = Msg("teacher-owed-minutes");

/// 0분으로 정하면 그 학년의 그 교육 구분 기준을 지웁니다. 한 해에 최대 6000분(100시간)까지 정할 수 있습니다.
pub const TEACHER_OWED_MINUTES_HINT: Msg = Msg("teacher-owed-minutes-hint");

/// { $minutes }분
pub struct TeacherOwedMinutesValue<Minutes> {
    pub minutes: Minutes,
}

impl<Minutes: Display> From<TeacherOwedMinutesValue<Minutes>> for Message {
    fn from(m: TeacherOwedMinutesValue<Minutes>) -> Message {
        Message::new("teacher-owed-minutes-value", [("minutes", m.minutes.to_string())])
    }
}

/// 아직 정한 기준이 없습니다. 이수 실적을 저장하려면 먼저 기준을 정하세요.
pub const TEACHER_OWED_NONE: Msg = Msg("teacher-owed-none");

/// 지우기
pub const TEACHER_OWED_REMOVE: Msg = Msg("teacher-owed-remove");

/// { $grade }학년 { $requirement } 기준 지우기
pub struct TeacherOwedRemoveLabel<Grade, Requirement> {
    pub grade: Grade,
    pub requirement: Requirement,
}

impl<Grade: Display, Requirement: Display> From<TeacherOwedRemoveLabel<Grade, Requirement>> for Message {
    fn from(m: TeacherOwedRemoveLabel<Grade, Requirement>) -> Message {
        Message::new("teacher-owed-remove-label", [("grade", m.grade.to_string()), ("requirement", m.requirement.to_string())])
    }
}

/// 교육 구분
pub const TEACHER_OWED_REQUIREMENT: Msg = Msg("teacher-owed-requirement");

/// 기준 저장
pub const TEACHER_OWED_SET: Msg = Msg("teacher-owed-set");

/// 학년별 이수 기준
pub const TEACHER_OWED_TITLE: Msg = Msg("teacher-owed-title");

/// { $enrolled }명 중 { $passed }명 통과
pub struct TeacherPassedOf<Enrolled, Passed> {
    pub enrolled: Enrolled,
    pub passed: Passed,
}

impl<Enrolled: Display, Passed: Display> From<TeacherPassedOf<Enrolled, Passed>> for Message {
    fn from(m: TeacherPassedOf<Enrolled, Passed>) -> Message {
        Message::new("teacher-passed-of", [("enrolled", m.enrolled.to_string()), ("passed", m.passed.to_string())])
    }
}

/// 비밀번호
pub const TEACHER_PASSWORD: Msg = Msg("teacher-password");

/// 비밀번호 확인
pub const TEACHER_PASSWORD_CONFIRM: Msg = Msg("teacher-password-confirm");

/// 두 비밀번호가 다릅니다.
pub const TEACHER_PASSWORD_MISMATCH: Msg = Msg("teacher-password-mismatch");

/// 비밀번호는 { $min }자 이상이어야 합니다.
pub struct TeacherPasswordShort<Min> {
    pub min: Min,
}

impl<Min: Display> From<TeacherPasswordShort<Min>> for Message {
    fn from(m: TeacherPasswordShort<Min>) -> Message {
        Message::new("teacher-password-short", [("min", m.min.to_string())])
    }
}

/// 모든 학생의 답이 허브에 도착했습니다.
pub const TEACHER_PERIOD_ALL_SENT: Msg = Msg("teacher-period-all-sent");

/// PC
pub const TEACHER_PERIOD_COL_DEVICE: Msg = Msg("teacher-period-col-device");

/// 이름
pub const TEACHER_PERIOD_COL_NAME: Msg = Msg("teacher-period-col-name");

/// 번호
pub const TEACHER_PERIOD_COL_NUMBER: Msg = Msg("teacher-period-col-number");

/// 대기 기록
pub const TEACHER_PERIOD_COL_PENDING: Msg = Msg("teacher-period-col-pending");

/// 마지막 수신
pub const TEACHER_PERIOD_COL_RECEIVED: Msg = Msg("teacher-period-col-received");

/// 상태
pub const TEACHER_PERIOD_COL_STATE: Msg = Msg("teacher-period-col-state");

/// 수업 끝내기
pub const TEACHER_PERIOD_END: Msg = Msg("teacher-period-end");

/// { $time }에 수업을 끝냈습니다. 학생들은 다음 화면으로 넘어갈 때 로그아웃됩니다(답하는 도중에는 로그아웃되지 않습니다).
pub struct TeacherPeriodEnded<Time> {
    pub time: Time,
}

impl<Time: Display> From<TeacherPeriodEnded<Time>> for Message {
    fn from(m: TeacherPeriodEnded<Time>) -> Message {
        Message::new("teacher-period-ended", [("time", m.time.to_string())])
    }
}

/// 지금 전송
pub const TEACHER_PERIOD_FLUSH: Msg = Msg("teacher-period-flush");

/// { $time }에 모든 학생 PC에 지금 전송하도록 요청했습니다. 몇 초 안에 반영됩니다.
pub struct TeacherPeriodFlushAsked<Time> {
    pub time: Time,
}

impl<Time: Display> From<TeacherPeriodFlushAsked<Time>> for Message {
    fn from(m: TeacherPeriodFlushAsked<Time>) -> Message {
        Message::new("teacher-period-flush-asked", [("time", m.time.to_string())])
    }
}

/// 전송 완료 { $sent }/{ $present } · 대기 { $waiting }명 · 연결 끊김 { $disconnected }명
pub struct TeacherPeriodLine<Disconnected, Present, Sent, Waiting> {
    pub disconnected: Disconnected,
    pub present: Present,
    pub sent: Sent,
    pub waiting: Waiting,
}

impl<Disconnected: Display, Present: Display, Sent: Display, Waiting: Display> From<TeacherPeriodLine<Disconnected, Present, Sent, Waiting>> for Message {
    fn from(m: TeacherPeriodLine<Disconnected, Present, Sent, Waiting>) -> Message {
        Message::new("teacher-period-line", [("disconnected", m.disconnected.to_string()), ("present", m.present.to_string()), ("sent", m.sent.to_string()), ("waiting", m.waiting.to_string())])
    }
}

/// 학급 허브가 실행 중일 때 학생 PC의 전송 현황을 볼 수 있습니다. 먼저 학급 허브를 시작하세요.
pub const TEACHER_PERIOD_NEEDS_HUB: Msg = Msg("teacher-period-needs-hub");

/// 없음
pub const TEACHER_PERIOD_NEVER: Msg = Msg("teacher-period-never");

/// 아직 이 학급의 학생 PC가 연결되지 않았습니다.
pub const TEACHER_PERIOD_NOBODY: Msg = Msg("teacher-period-nobody");

/// 로그인 중
pub const TEACHER_PERIOD_SIGNED_IN: Msg = Msg("teacher-period-signed-in");

/// 접속 안 함
pub const TEACHER_PERIOD_STATE_ABSENT: Msg = Msg("teacher-period-state-absent");

/// 연결 끊김 ({ $count }개가 PC에 남음, { $seconds }초 전 마지막 연락)
pub struct TeacherPeriodStateDisconnected<Count, Seconds> {
    pub count: Count,
    pub seconds: Seconds,
}

impl<Count: Display, Seconds: Display> From<TeacherPeriodStateDisconnected<Count, Seconds>> for Message {
    fn from(m: TeacherPeriodStateDisconnected<Count, Seconds>) -> Message {
        Message::new("teacher-period-state-disconnected", [("count", m.count.to_string()), ("seconds", m.seconds.to_string())])
    }
}

/// 전송 완료
pub const TEACHER_PERIOD_STATE_SENT: Msg = Msg("teacher-period-state-sent");

/// 연결 끊김 ({ $seconds }초 전 마지막 연락, 그 뒤의 답은 아직 PC에 있을 수 있음)
pub struct TeacherPeriodStateSilent<Seconds> {
    pub seconds: Seconds,
}

impl<Seconds: Display> From<TeacherPeriodStateSilent<Seconds>> for Message {
    fn from(m: TeacherPeriodStateSilent<Seconds>) -> Message {
        Message::new("teacher-period-state-silent", [("seconds", m.seconds.to_string())])
    }
}

/// 전송 중 ({ $count }개 대기)
pub struct TeacherPeriodStateWaiting<Count> {
    pub count: Count,
}

impl<Count: Display> From<TeacherPeriodStateWaiting<Count>> for Message {
    fn from(m: TeacherPeriodStateWaiting<Count>) -> Message {
        Message::new("teacher-period-state-waiting", [("count", m.count.to_string())])
    }
}

/// ```text
/// 학급 허브가 학생 기록을 저장하지 못하고 있습니다. { $reason ->
/// [disk-full] 허브 PC의 저장 공간이 부족합니다. 공간을 비워 주세요.
/// [no-permission] 허브 폴더에 쓸 권한이 없습니다. 전산 담당자에게 알려 주세요.
/// [in-use] 다른 프로그램(백업 프로그램 등)이 허브 데이터를 쓰고 있습니다.
/// *[other] 전산 담당자에게 알려 주세요.
/// } 기록은 학생 PC에 남아 있고, 저장할 수 있게 되면 다시 보내집니다. 그때까지 학생 PC를 다시 시작하지 마세요. 복원 카드가 있는 PC에서는 보내지 못한 기록이 지워집니다.
/// ```
pub struct TeacherPeriodStorageFault<Reason> {
    pub reason: Reason,
}

impl<Reason: Display> From<TeacherPeriodStorageFault<Reason>> for Message {
    fn from(m: TeacherPeriodStorageFault<Reason>) -> Message {
        Message::new("teacher-period-storage-fault", [("reason", m.reason.to_string())])
    }
}

/// 수업 진행 · 전송 현황
pub const TEACHER_PERIOD_TITLE: Msg = Msg("teacher-period-title");

/// 아직 전송되지 않은 학생
pub const TEACHER_PERIOD_UNSENT_TITLE: Msg = Msg("teacher-period-unsent-title");

/// 잠김 (여러 번 틀림)
pub const TEACHER_PIN_LOCKED: Msg = Msg("teacher-pin-locked");

/// 아직 정하지 않음
pub const TEACHER_PIN_NONE: Msg = Msg("teacher-pin-none");

/// 정함
pub const TEACHER_PIN_SET: Msg = Msg("teacher-pin-set");

/// 실습실 PC 설정 파일을 만들려면 먼저 학급 허브를 시작하세요.
pub const TEACHER_PROVISION_NEEDS_HUB: Msg = Msg("teacher-provision-needs-hub");

/// 실습실 PC 설정 파일을 { $path }에 저장했습니다. 관리자가 실습실 이미지의 /etc/jikim/provision.toml(Windows: %PROGRAMDATA%\\Jikim\\provision.toml)에 두면, 학생은 참여 코드 없이 PIN으로 로그인합니다(처음 참여할 때만 코드가 필요합니다).
pub struct TeacherProvisionSaved<Path> {
    pub path: Path,
}

impl<Path: Display> From<TeacherProvisionSaved<Path>> for Message {
    fn from(m: TeacherProvisionSaved<Path>) -> Message {
        Message::new("teacher-provision-saved", [("path", m.path.to_string())])
    }
}

/// 실습실 PC 설정 파일 저장
pub const TEACHER_PROVISION_WRITE: Msg = Msg("teacher-provision-write");

/// 지난 학년도 기록 정리
pub const TEACHER_PURGE: Msg = Msg("teacher-purge");

/// 정말 정리 (묶음 파일을 저장한 뒤 지웁니다)
pub const TEACHER_PURGE_CONFIRM: Msg = Msg("teacher-purge-confirm");

/// 묶음 파일 { $bundle }을(를) 저장하고, { $before } 전에 받은 기록 { $records }건과 명단에 없는 학생 { $students }명을 지웠습니다.
pub struct TeacherPurgeDone<Before, Bundle, Records, Students> {
    pub before: Before,
    pub bundle: Bundle,
    pub records: Records,
    pub students: Students,
}

impl<Before: Display, Bundle: Display, Records: Display, Students: Display> From<TeacherPurgeDone<Before, Bundle, Records, Students>> for Message {
    fn from(m: TeacherPurgeDone<Before, Bundle, Records, Students>) -> Message {
        Message::new("teacher-purge-done", [("before", m.before.to_string()), ("bundle", m.bundle.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string())])
    }
}

/// 학교가 정한 기간이 지난 기록을 학급 허브에서 지웁니다. 먼저 모든 기록을 묶음 파일로 저장하고 다시 읽어 확인한 뒤에만 지웁니다(묶음 파일은 학교가 보관하세요). 실습실 PC에는 허브에 보낸 기록이 남지 않습니다.
pub const TEACHER_PURGE_INTRO: Msg = Msg("teacher-purge-intro");

/// 학년도 정리
pub const TEACHER_PURGE_TITLE: Msg = Msg("teacher-purge-title");

/// 보관할 학년도
pub const TEACHER_PURGE_YEARS: Msg = Msg("teacher-purge-years");

/// 최근 { $years }개 학년도
pub struct TeacherPurgeYearsOption<Years> {
    pub years: Years,
}

impl<Years: Display> From<TeacherPurgeYearsOption<Years>> for Message {
    fn from(m: TeacherPurgeYearsOption<Years>) -> Message {
        Message::new("teacher-purge-years-option", [("years", m.years.to_string())])
    }
}

/// 다른 학생의 기록에 쓰려던 전송 { $count }번을 허브가 거절함
pub struct TeacherRefusedPushes<Count> {
    pub count: Count,
}

impl<Count: Display> From<TeacherRefusedPushes<Count>> for Message {
    fn from(m: TeacherRefusedPushes<Count>) -> Message {
        Message::new("teacher-refused-pushes", [("count", m.count.to_string())])
    }
}

/// 모든 학급
pub const TEACHER_REPORT_ALL_CLASSES: Msg = Msg("teacher-report-all-classes");

/// 모든 모듈
pub const TEACHER_REPORT_ALL_MODULES: Msg = Msg("teacher-report-all-modules");

/// 이 허브의 묶음 파일 만들기
pub const TEACHER_REPORT_BUNDLE: Msg = Msg("teacher-report-bundle");

/// 저장을 취소했습니다.
pub const TEACHER_REPORT_CANCELLED: Msg = Msg("teacher-report-cancelled");

/// 이수증(PDF) 저장
pub const TEACHER_REPORT_CERTIFICATES: Msg = Msg("teacher-report-certificates");

/// 학급
pub const TEACHER_REPORT_CLASS: Msg = Msg("teacher-report-class");

/// CSV로 저장 (엑셀·한셀)
pub const TEACHER_REPORT_CSV: Msg = Msg("teacher-report-csv");

/// 예방교육 실적 보고용 이수 현황(CSV·엑셀), 인쇄용 보고 요약, 이수증을 만들고, 다른 선생님의 묶음 파일을 합칩니다.
pub const TEACHER_REPORT_ENTRY: Msg = Msg("teacher-report-entry");

/// 이수 현황 내보내기
pub const TEACHER_REPORT_EXPORT_TITLE: Msg = Msg("teacher-report-export-title");

/// 시작일
pub const TEACHER_REPORT_FROM: Msg = Msg("teacher-report-from");

/// 파일은 이 PC에만 저장되며, 어디에 저장했는지 아래에 알려 드립니다. 보고에 필요한 학년·반·번호·이름·이수 정보만 담습니다.
pub const TEACHER_REPORT_INTRO: Msg = Msg("teacher-report-intro");

/// 이수 실적(XLSX) 저장
pub const TEACHER_REPORT_LEDGER: Msg = Msg("teacher-report-ledger");

/// 묶음 파일 합치기
pub const TEACHER_REPORT_MERGE: Msg = Msg("teacher-report-merge");

/// 선생님마다 이 허브의 묶음 파일을 만들어 담당 선생님께 전달하면, 담당 선생님은 여러 묶음을 합쳐 학교 전체 보고서를 만듭니다. 같은 묶음을 두 번 합쳐도 중복되지 않습니다.
pub const TEACHER_REPORT_MERGE_INTRO: Msg = Msg("teacher-report-merge-intro");

/// 학교 전체로 합치기
pub const TEACHER_REPORT_MERGE_TITLE: Msg = Msg("teacher-report-merge-title");

/// { $file }: 학급 { $classes }개, 학생 { $students }명, 기록 { $records }건, 이수증 { $certificates }건을 새로 합쳤습니다 (이미 있던 기록 { $present }건).
pub struct TeacherReportMerged<Certificates, Classes, File, Present, Records, Students> {
    pub certificates: Certificates,
    pub classes: Classes,
    pub file: File,
    pub present: Present,
    pub records: Records,
    pub students: Students,
}

impl<Certificates: Display, Classes: Display, File: Display, Present: Display, Records: Display, Students: Display> From<TeacherReportMerged<Certificates, Classes, File, Present, Records, Students>> for Message {
    fn from(m: TeacherReportMerged<Certificates, Classes, File, Present, Records, Students>) -> Message {
        Message::new("teacher-report-merged", [("certificates", m.certificates.to_string()), ("classes", m.classes.to_string()), ("file", m.file.to_string()), ("present", m.present.to_string()), ("records", m.records.to_string()), ("students", m.students.to_string())])
    }
}

/// 모듈
pub const TEACHER_REPORT_MODULE: Msg = Msg("teacher-report-module");

/// 이수증을 한 학생만 만들 때 번호 (학급을 고른 뒤, 비우면 학급 전체)
pub const TEACHER_REPORT_NUMBER: Msg = Msg("teacher-report-number");

/// 보고·내보내기 열기
pub const TEACHER_REPORT_OPEN: Msg = Msg("teacher-report-open");

/// 기간을 정하면 그 기간에 한 학습만 셉니다. 비워 두면 전체 기간입니다.
pub const TEACHER_REPORT_PERIOD_HINT: Msg = Msg("teacher-report-period-hint");

/// 학생 개인정보가 담긴 파일입니다. 보고가 끝나면 학교 규정에 따라 보관하거나 지워 주세요.
pub const TEACHER_REPORT_PRIVACY: Msg = Msg("teacher-report-privacy");

/// 저장했습니다 ({ $count }건): { $path }
pub struct TeacherReportSaved<Count, Path> {
    pub count: Count,
    pub path: Path,
}

impl<Count: Display, Path: Display> From<TeacherReportSaved<Count, Path>> for Message {
    fn from(m: TeacherReportSaved<Count, Path>) -> Message {
        Message::new("teacher-report-saved", [("count", m.count.to_string()), ("path", m.path.to_string())])
    }
}

/// 학교 이름 (이수증·보고 요약에 인쇄)
pub const TEACHER_REPORT_SCHOOL: Msg = Msg("teacher-report-school");

/// 범위
pub const TEACHER_REPORT_SCOPE: Msg = Msg("teacher-report-scope");

/// { $year }학년도 (보관)
pub struct TeacherReportScopeArchive<Year> {
    pub year: Year,
}

impl<Year: Display> From<TeacherReportScopeArchive<Year>> for Message {
    fn from(m: TeacherReportScopeArchive<Year>) -> Message {
        Message::new("teacher-report-scope-archive", [("year", m.year.to_string())])
    }
}

/// 이 허브의 학급
pub const TEACHER_REPORT_SCOPE_HUB: Msg = Msg("teacher-report-scope-hub");

/// 학교 전체 (합친 묶음 포함)
pub const TEACHER_REPORT_SCOPE_SCHOOL: Msg = Msg("teacher-report-scope-school");

/// 인쇄용 보고 요약 저장
pub const TEACHER_REPORT_SUMMARY: Msg = Msg("teacher-report-summary");

/// 보고·내보내기
pub const TEACHER_REPORT_TITLE: Msg = Msg("teacher-report-title");

/// 종료일
pub const TEACHER_REPORT_TO: Msg = Msg("teacher-report-to");

/// 작업 중입니다…
pub const TEACHER_REPORT_WORKING: Msg = Msg("teacher-report-working");

/// 엑셀(XLSX)로 저장
pub const TEACHER_REPORT_XLSX: Msg = Msg("teacher-report-xlsx");

/// PIN 초기화
pub const TEACHER_RESET_PIN: Msg = Msg("teacher-reset-pin");

/// { $name } 학생의 PIN 초기화
pub struct TeacherResetPinNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherResetPinNamed<Name>> for Message {
    fn from(m: TeacherResetPinNamed<Name>) -> Message {
        Message::new("teacher-reset-pin-named", [("name", m.name.to_string())])
    }
}

/// 모든 PC 해제
pub const TEACHER_REVOKE_DEVICES: Msg = Msg("teacher-revoke-devices");

/// { $name } 학생의 모든 PC 해제
pub struct TeacherRevokeDevicesNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherRevokeDevicesNamed<Name>> for Message {
    fn from(m: TeacherRevokeDevicesNamed<Name>) -> Message {
        Message::new("teacher-revoke-devices-named", [("name", m.name.to_string())])
    }
}

/// 새 학년도 시작…
pub const TEACHER_ROLLOVER: Msg = Msg("teacher-rollover");

/// 정말 { $year }학년도 시작 (명단 파일을 고릅니다)
pub struct TeacherRolloverConfirm<Year> {
    pub year: Year,
}

impl<Year: Display> From<TeacherRolloverConfirm<Year>> for Message {
    fn from(m: TeacherRolloverConfirm<Year>) -> Message {
        Message::new("teacher-rollover-confirm", [("year", m.year.to_string())])
    }
}

/// { $year }학년도를 시작했습니다: 진급 { $moved }명, 새 학생 { $added }명, 명단에서 빠진 학생 { $left }명, 학급 { $classes }개. 지난 학년도는 { $archive }에 보관했습니다.
pub struct TeacherRolloverDone<Added, Archive, Classes, Left, Moved, Year> {
    pub added: Added,
    pub archive: Archive,
    pub classes: Classes,
    pub left: Left,
    pub moved: Moved,
    pub year: Year,
}

impl<Added: Display, Archive: Display, Classes: Display, Left: Display, Moved: Display, Year: Display> From<TeacherRolloverDone<Added, Archive, Classes, Left, Moved, Year>> for Message {
    fn from(m: TeacherRolloverDone<Added, Archive, Classes, Left, Moved, Year>) -> Message {
        Message::new("teacher-rollover-done", [("added", m.added.to_string()), ("archive", m.archive.to_string()), ("classes", m.classes.to_string()), ("left", m.left.to_string()), ("moved", m.moved.to_string()), ("year", m.year.to_string())])
    }
}

/// CSV 열: 학년,반,번호,이름,이전반,이전번호 (이전 학년은 학년 − 1; 새로 온 학생은 이전반·이전번호를 비웁니다). Excel에서 저장한 CSV(UTF-8 또는 CP949)를 그대로 쓸 수 있습니다.
pub const TEACHER_ROLLOVER_FORMAT: Msg = Msg("teacher-rollover-format");

/// 새 학년도의 반 편성 명단(CSV)으로 학생들을 새 학급과 번호로 옮깁니다. 학생은 같은 학생으로 남아 PIN과 지난 기록을 그대로 가집니다. 먼저 지난 학년도의 학급·명단·기록을 보관본으로 저장하며, 보고서에서 그 학년도를 골라 볼 수 있습니다. 새 명단에 없는 학생은 명단에서 빠지고, 과제는 비워지며, 참여는 닫힙니다.
pub const TEACHER_ROLLOVER_INTRO: Msg = Msg("teacher-rollover-intro");

/// 새 학년도 시작 (진급)
pub const TEACHER_ROLLOVER_TITLE: Msg = Msg("teacher-rollover-title");

/// 시작할 학년도
pub const TEACHER_ROLLOVER_YEAR: Msg = Msg("teacher-rollover-year");

/// 학생 추가
pub const TEACHER_ROSTER_ADD: Msg = Msg("teacher-roster-add");

/// 명단 CSV 가져오기
pub const TEACHER_ROSTER_IMPORT: Msg = Msg("teacher-roster-import");

/// 첫 줄에 "번호,이름"이 있는 CSV 파일(UTF-8 또는 엑셀이 저장한 CP949)을 고르세요.
pub const TEACHER_ROSTER_IMPORT_HINT: Msg = Msg("teacher-roster-import-hint");

/// 삭제
pub const TEACHER_ROSTER_REMOVE: Msg = Msg("teacher-roster-remove");

/// { $name } 학생 삭제
pub struct TeacherRosterRemoveNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherRosterRemoveNamed<Name>> for Message {
    fn from(m: TeacherRosterRemoveNamed<Name>) -> Message {
        Message::new("teacher-roster-remove-named", [("name", m.name.to_string())])
    }
}

/// 받지 못한 기록 { $count }개 (허브가 따로 보관)
pub struct TeacherSetAside<Count> {
    pub count: Count,
}

impl<Count: Display> From<TeacherSetAside<Count>> for Message {
    fn from(m: TeacherSetAside<Count>) -> Message {
        Message::new("teacher-set-aside", [("count", m.count.to_string())])
    }
}

/// 비밀번호 정하기
pub const TEACHER_SETUP: Msg = Msg("teacher-setup");

/// 처음 사용하는 교사 모드입니다. 학생 결과를 보호할 비밀번호(8자 이상)를 정하세요.
pub const TEACHER_SETUP_INTRO: Msg = Msg("teacher-setup-intro");

/// 교사 비밀번호 만들기
pub const TEACHER_SETUP_TITLE: Msg = Msg("teacher-setup-title");

/// 학생 { $count }명
pub struct TeacherStudentCount<Count> {
    pub count: Count,
}

impl<Count: Display> From<TeacherStudentCount<Count>> for Message {
    fn from(m: TeacherStudentCount<Count>) -> Message {
        Message::new("teacher-student-count", [("count", m.count.to_string())])
    }
}

/// { $name } 학생의 답
pub struct TeacherStudentDetail<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherStudentDetail<Name>> for Message {
    fn from(m: TeacherStudentDetail<Name>) -> Message {
        Message::new("teacher-student-detail", [("name", m.name.to_string())])
    }
}

/// 로그인·기기
pub const TEACHER_TAB_ACCESS: Msg = Msg("teacher-tab-access");

/// 과제
pub const TEACHER_TAB_ASSIGNMENTS: Msg = Msg("teacher-tab-assignments");

/// 실시간 결과
pub const TEACHER_TAB_RESULTS: Msg = Msg("teacher-tab-results");

/// 명단
pub const TEACHER_TAB_ROSTER: Msg = Msg("teacher-tab-roster");

/// 교사 모드
pub const TEACHER_TITLE: Msg = Msg("teacher-title");

/// 열기
pub const TEACHER_UNLOCK: Msg = Msg("teacher-unlock");

/// 교사 비밀번호를 입력하세요.
pub const TEACHER_UNLOCK_INTRO: Msg = Msg("teacher-unlock-intro");

/// 잠금 풀기
pub const TEACHER_UNLOCK_PIN: Msg = Msg("teacher-unlock-pin");

/// { $name } 학생의 PIN 잠금 풀기
pub struct TeacherUnlockPinNamed<Name> {
    pub name: Name,
}

impl<Name: Display> From<TeacherUnlockPinNamed<Name>> for Message {
    fn from(m: TeacherUnlockPinNamed<Name>) -> Message {
        Message::new("teacher-unlock-pin-named", [("name", m.name.to_string())])
    }
}

/// 교사 모드 열기
pub const TEACHER_UNLOCK_TITLE: Msg = Msg("teacher-unlock-title");

/// 학급 화면 선택
pub const TEACHER_VIEWS: Msg = Msg("teacher-views");
