// A stand-in for the Rust side in the browser tests: installed before the app loads (as
// window.__TAURI_INTERNALS__, which @tauri-apps/api's invoke calls). It answers every command
// with fixtures of exactly the shapes of ui/src/api/types.ts and logs each call on
// window.__ipcLog. `window.__scenario` picks "normal", "corrupt-db" or "broken-module".
(() => {
  const scenario = window.__scenario || "normal";
  const log = (window.__ipcLog = []);
  const lb = [{ law: "성폭력처벌법", article: "제14조의2제4항", sourceTitle: "성폭력범죄의 처벌 등에 관한 특례법", sourceUrl: "https://www.law.go.kr" }];
  const header = { id: "deepfake-law", title: "딥페이크(허위영상물)와 법", version: 1, lawAsOf: "2026-10-02", pageCount: 2, itemCount: 3, passMark: 70, estimatedMinutes: 30 };
  const pages = [
    { index: 0, total: 2, id: "p1", title: "허위영상물이란", body: "첫 문단입니다.\n\n- 얼굴\n- 목소리", legalBasis: [] },
    { index: 1, total: 2, id: "p2", title: "보기만 해도 처벌", body: "**시청**도 처벌됩니다.", legalBasis: lb },
  ];
  const items = [
    { id: "q1", kind: "ox", multi: false, prompt: "보기만 하는 것은 괜찮다.", scenario: null, options: [{ id: "o", text: "O" }, { id: "x", text: "X" }], number: 1, count: 3, round: 1 },
    { id: "q2", kind: "multi", multi: true, prompt: "처벌되는 행위를 모두 고르세요.", scenario: null, options: [{ id: "a", text: "소지" }, { id: "b", text: "신고" }, { id: "c", text: "시청" }], number: 2, count: 3, round: 1 },
    { id: "q3", kind: "scenario", multi: false, prompt: "어떻게 할까요?", scenario: "단톡방에 친구 합성 사진이 올라왔습니다.", options: [{ id: "a", text: "저장한다" }, { id: "b", text: "선생님께 알린다" }], number: 3, count: 3, round: 1 },
  ];
  const result = {
    correct: 2, total: 3, percent: 66, passed: false, passMark: 70, round: 1, missed: 1, activeMinutes: 4,
    review: items.map((i, n) => ({ itemId: i.id, prompt: i.prompt, firstCorrect: n !== 0, mastered: n !== 0, explanation: "설명" })),
  };
  let position = 0; // 0..1 pages, 2..4 items, 5 result
  const view = () => {
    const state = position < 2 ? { kind: "page", page: pages[position] } : position < 5 ? { kind: "item", item: items[position - 2] } : { kind: "result", result };
    return { attemptId: "0190a0a0-0000-7000-8000-000000000002", module: header, state };
  };
  const learner = { id: "0190a0a0-0000-7000-8000-000000000001", grade: 2, classNo: 3, number: 7, name: "김하늘" };
  const modules = [
    { id: "deepfake-law", title: header.title, summary: "딥페이크를 만드는 것도 범죄입니다.", audience: ["middle", "high"], estimatedMinutes: 30, lawAsOf: "2026-10-02", passMark: 70, itemCount: 3, answered: 1, status: "inProgress", scorePercent: null, due: "2026-12-15" },
    { id: "consent", title: "동의란 무엇인가", summary: "동의의 뜻을 배웁니다.", audience: ["middle"], estimatedMinutes: 20, lawAsOf: "2026-10-02", passMark: 70, itemCount: 10, answered: 10, status: "passed", scorePercent: 90, due: null },
  ];
  const help = {
    asOf: "2026-11-24",
    services: [
      { id: "d4u", name: "중앙디지털성범죄피해자지원센터", phone: "1366", url: "https://d4u.stop.or.kr", hours: "365일 24시간", what: "상담과 삭제 지원" },
      { id: "police", name: "경찰", phone: "112", url: null, hours: null, what: "긴급 신고" },
    ],
    guides: [
      { id: "evidence", title: "증거 남기기", body: "- 주소(URL)\n- 화면 캡처" },
      { id: "not-your-fault", title: "당신의 잘못이 아니에요", body: "피해는 피해자의 잘못이 아닙니다." },
    ],
  };
  let teacherUnlocked = false;
  let passwordSet = false;
  const cls = { id: "0190a0a0-0000-7000-8000-0000000000c1", grade: 2, classNo: 3, joinCode: "K7Q2-M9XA-3f9c-2b71-00aa-ff01", studentCount: 2 };
  const handlers = {
    bootstrap: () => ({
      version: "0.1.0",
      startupError: scenario === "corrupt-db" ? { code: "database_corrupt", messageId: "errors-database-corrupt", args: { path: "/home/lab/.local/share/kr.jikim.app/jikim.db", detail: "file is not a database" } } : null,
      brokenModules: scenario === "broken-module" ? [{ file: "/opt/jikim/assets/modules/broken.toml", issues: [{ line: 42, messageId: "content-issue-no-correct-answer", args: { item: "q1" } }] }] : [],
      learner: null,
    }),
    get_settings: () => ({ locale: "ko", fontScale: 1, highContrast: false, role: "student", hubAddress: "", idleSeconds: 600 }),
    set_settings: (a) => a.settings,
    sign_in: () => learner,
    sign_out: () => null,
    list_modules: () => modules,
    open_module: () => view(),
    restart_module: () => ((position = 0), view()),
    view_page: (a) => ((position = a.index), view()),
    start_quiz: () => ((position = 2), view()),
    current_screen: () => view(),
    answer_item: (a) => {
      const item = items[position - 2];
      const correct = a.itemId !== "q1";
      position += 1;
      return {
        feedback: { itemId: item.id, correct, chosen: a.chosen.map((id) => ({ id, text: id, correct, feedback: "선택지에 대한 설명" })), correctOptions: [{ id: "x", text: "X" }], explanation: "시청도 3년 이하의 징역 또는 3천만원 이하의 벌금입니다.", legalBasis: lb },
        next: view(),
      };
    },
    retry_missed: () => ((position = 2), view()),
    help_page: () => help,
    teacher_status: () => ({ passwordSet, unlocked: teacherUnlocked, hub: null }),
    teacher_set_password: () => ((passwordSet = true), (teacherUnlocked = true), { passwordSet, unlocked: true, hub: null }),
    teacher_unlock: () => ((teacherUnlocked = true), { passwordSet, unlocked: true, hub: null }),
    teacher_lock: () => ((teacherUnlocked = false), null),
    teacher_modules: () => [{ id: "deepfake-law", title: header.title }, { id: "consent", title: "동의란 무엇인가" }],
    hub_interfaces: () => ["192.168.0.10", "127.0.0.1"],
    hub_start: (a) => ({ addresses: [a.address], port: a.port, fingerprint: "3f9c2b7100aaff01deadbeef" }),
    class_list: () => [cls],
    class_create: () => null,
    roster_get: () => [{ number: 1, name: "김하늘" }, { number: 2, name: "이바다" }],
    roster_set: (a) => a.entries,
    roster_import_csv: () => [{ number: 1, name: "김하늘" }],
    assignment_list: () => [{ moduleId: "deepfake-law", title: header.title, due: "2026-12-15" }],
    assignment_add: () => [{ moduleId: "deepfake-law", title: header.title, due: "2026-12-15" }],
    class_results: () => ({
      modules: [{ id: "deepfake-law", title: header.title, itemCount: 3, passed: 1, enrolled: 2 }],
      students: [
        { number: 1, name: "김하늘", cells: [{ moduleId: "deepfake-law", status: "passed", scorePercent: 100, answered: 3, activeMinutes: 12 }] },
        { number: 2, name: "이바다", cells: [{ moduleId: "deepfake-law", status: "inProgress", scorePercent: null, answered: 1, activeMinutes: 3 }] },
      ],
    }),
    student_detail: () => items.map((i, n) => ({ itemId: i.id, prompt: i.prompt, firstCorrect: n === 0 ? false : n === 1 ? true : null, firstChosen: n === 0 ? ["O"] : [], mastered: n !== 0 })),
    item_analysis: () => items.map((i, n) => ({ itemId: i.id, prompt: i.prompt, answered: 2, correct: n, topWrong: n === 2 ? null : { id: "a", text: "저장한다", count: 2 - n } })),
  };
  let nextId = 1;
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: "main" }, currentWebview: { windowLabel: "main", label: "main" } },
    transformCallback: () => nextId++,
    invoke: async (cmd, args) => {
      log.push({ cmd, args: args ?? {} });
      const h = handlers[cmd];
      if (!h) throw { code: "unexpected", messageId: "errors-unexpected", args: {} };
      return h(args ?? {});
    },
  };
})();
