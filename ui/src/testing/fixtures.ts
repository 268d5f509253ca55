// Fixture content for the headless UI tests (ui/tests/): one small Korean module (2 lesson pages,
// an O/X item, a multi-answer item and a scenario item), a second module already passed, the help
// page (2 services, 2 guides) and a teacher's class. Typed against api/types.ts, so a change to a
// view model breaks `tsc` here before it can silently break the tests.

import type {
  BrokenView,
  ClassResults,
  ClassView,
  StudentAccess,
  ErrorPayload,
  HelpView,
  ItemStat,
  ItemView,
  LegalBasisView,
  ModuleHeader,
  ModuleOption,
  ModuleSummary,
  PageView,
  PeriodView,
  RosterEntry,
  Settings,
} from "../api/types";

export const LEARNER_ID = "0190a0a0-0000-7000-8000-000000000001";

export const DEFAULT_SETTINGS: Settings = { locale: "ko", fontScale: 1, highContrast: false, role: "student", hubAddress: "", idleSeconds: 600, schoolName: "" };

export const CORRUPT_DB: ErrorPayload = {
  code: "database_corrupt",
  messageId: "errors-database-corrupt",
  args: { path: "/home/lab/.local/share/kr.jikim.app/jikim.db", detail: "file is not a database" },
};

export const BROKEN_MODULES: BrokenView[] = [
  {
    file: "/opt/jikim/assets/modules/broken.toml",
    issues: [{ line: 42, messageId: "content-issue-no-correct-answer", args: { item: "q1" } }],
  },
];

const L1: LegalBasisView = {
  law: "성폭력처벌법",
  article: "제14조의2제4항",
  sourceTitle: "성폭력범죄의 처벌 등에 관한 특례법 (법률 제21997호)",
  sourceUrl: "https://www.law.go.kr/법령/성폭력범죄의처벌등에관한특례법",
};
const L1_MAKE: LegalBasisView = { ...L1, article: "제14조의2제1항" };
const L5: LegalBasisView = {
  law: "학교폭력예방법",
  article: "제2조제1호",
  sourceTitle: "학교폭력예방 및 대책에 관한 법률 (법률 제21082호)",
  sourceUrl: "https://www.law.go.kr/법령/학교폭력예방및대책에관한법률",
};

export const MODULE: ModuleHeader = {
  id: "deepfake-law",
  title: "딥페이크(허위영상물)와 법",
  version: 1,
  lawAsOf: "2026-10-02",
  pageCount: 2,
  itemCount: 3,
  passMark: 70,
  estimatedMinutes: 35,
};

export const PAGES: PageView[] = [
  {
    index: 0,
    total: 2,
    id: "p1",
    title: "허위영상물이란 무엇일까요",
    body:
      "딥페이크는 인공지능으로 사람의 얼굴이나 목소리를 다른 영상에 합성하는 기술이에요.\n\n" +
      "친구 얼굴로 성적인 합성물을 만드는 것은 **장난이 아니라 범죄**예요.\n- 얼굴 사진 한 장으로도 만들 수 있어요.\n- 목소리도 합성할 수 있어요.",
    legalBasis: [],
  },
  {
    index: 1,
    total: 2,
    id: "p2",
    title: "보기만 해도 처벌돼요",
    body:
      "2024년 10월부터 성적 허위영상물을 **소지·구입·저장·시청**하는 것도 처벌돼요.\n\n" +
      "- 3년 이하의 징역 또는 3천만원 이하의 벌금\n- 학교에서는 학교폭력으로도 다뤄져요",
    legalBasis: [L1, L5],
  },
];

/** An item with its answer key (the key never reaches the UI before the learner answers). */
export interface KeyedItem {
  view: Omit<ItemView, "number" | "count" | "round">;
  correct: string[];
  feedback: Record<string, string>;
  explanation: string;
  legalBasis: LegalBasisView[];
}

export const ITEMS: KeyedItem[] = [
  {
    view: {
      id: "q1",
      kind: "ox",
      multi: false,
      prompt: "친구 얼굴로 만든 성적 합성물을 보기만 하는 것은 처벌되지 않는다.",
      scenario: null,
      options: [
        { id: "o", text: "O" },
        { id: "x", text: "X" },
      ],
    },
    correct: ["x"],
    feedback: { o: "보기만 해도 처벌돼요.", x: "맞아요. 시청도 처벌 대상이에요." },
    explanation: "성적 허위영상물을 시청하면 3년 이하의 징역 또는 3천만원 이하의 벌금에 처해져요.",
    legalBasis: [L1],
  },
  {
    view: {
      id: "q2",
      kind: "multi",
      multi: true,
      prompt: "다음 중 처벌될 수 있는 행위를 모두 고르세요.",
      scenario: null,
      options: [
        { id: "a", text: "친구 얼굴로 합성물을 만든다" },
        { id: "b", text: "받은 합성물을 휴대폰에 저장한다" },
        { id: "c", text: "피해 사실을 선생님께 알린다" },
        { id: "d", text: "단톡방에 합성물을 퍼뜨린다" },
      ],
    },
    correct: ["a", "b", "d"],
    feedback: {
      a: "만드는 것은 7년 이하의 징역까지 처벌될 수 있어요.",
      b: "저장(소지)도 처벌돼요.",
      c: "알리는 것은 피해를 막는 올바른 행동이에요.",
      d: "퍼뜨리는 것은 더 무겁게 처벌돼요.",
    },
    explanation: "만들기, 저장하기, 퍼뜨리기는 모두 처벌 대상이에요. 알리기는 범죄가 아니에요.",
    legalBasis: [L1_MAKE, L1],
  },
  {
    view: {
      id: "q3",
      kind: "scenario",
      multi: false,
      prompt: "이럴 때 가장 알맞은 행동은 무엇일까요?",
      scenario: "반 단톡방에 같은 반 친구 얼굴이 합성된 사진이 올라왔어요.\n\n몇몇 친구들은 웃는 이모티콘을 보내고 있어요.",
      options: [
        { id: "a", text: "사진을 저장해 두었다가 다른 친구에게 보여 준다" },
        { id: "b", text: "화면을 캡처해 증거를 남기고 선생님이나 1366에 알린다" },
        { id: "c", text: "못 본 척하고 단톡방을 나간다" },
      ],
    },
    correct: ["b"],
    feedback: {
      a: "저장하고 보여 주는 것은 범죄예요.",
      b: "맞아요. 증거를 남기고 도움을 요청해요.",
      c: "피해 친구를 돕기 위해 어른에게 알려 주세요.",
    },
    explanation: "증거(주소, 캡처)를 남기고 선생님, 1366, 112 등에 알리면 삭제 지원과 수사를 받을 수 있어요.",
    legalBasis: [L5],
  },
];

export const OTHER_MODULE: ModuleSummary = {
  id: "digital-sex-crime-basics",
  title: "디지털 성범죄 기초",
  summary: "불법촬영, 유포 협박, 그루밍이 무엇인지 배워요.",
  audience: ["middle", "high"],
  estimatedMinutes: 25,
  lawAsOf: "2026-10-02",
  passMark: 70,
  itemCount: 10,
  answered: 10,
  status: "passed",
  scorePercent: 90,
  due: null,
};

export const MODULE_SUMMARY = "친구 얼굴로 만든 성적 합성물은 장난이 아니라 범죄예요. 무엇이 어떻게 처벌되는지 배워요.";

export const HELP: HelpView = {
  asOf: "2026-11-24",
  services: [
    {
      id: "d4u",
      name: "디지털성범죄피해자지원센터",
      phone: "02-735-8994",
      url: "https://d4u.stop.or.kr",
      hours: "365일 24시간",
      what: "상담, 불법촬영물 삭제 지원, 수사·법률·의료 연계",
    },
    { id: "police", name: "경찰", phone: "112", url: null, hours: null, what: "긴급 신고와 수사" },
  ],
  guides: [
    { id: "evidence", title: "증거 남기기", body: "지우기 전에 남겨 두세요.\n- 게시물 주소(URL)\n- 화면 캡처\n- 올린 사람의 아이디" },
    { id: "not-your-fault", title: "잘못한 건 내가 아니에요", body: "피해는 절대 피해자의 잘못이 아니에요. 혼자 고민하지 말고 도움을 요청하세요." },
  ],
};

// ---- teacher mode ----

export const CLASS: ClassView = {
  id: "0190a0a0-0000-7000-8000-0000000000c1",
  grade: 2,
  classNo: 3,
  join: { code: "K7Q2-M9XA", openUntil: 1795834800 },
  studentCount: 2,
};

export const ACCESS: StudentAccess[] = [
  {
    studentId: "0190a0a0-0000-7000-8000-0000000000d1",
    number: 1,
    name: "박서준",
    pinSet: true,
    locked: false,
    devices: [
      { id: "0190a0a0-0000-7000-8000-0000000000e1", studentId: "0190a0a0-0000-7000-8000-0000000000d1", name: "LAB-01", firstSeen: "2026-11-27T00:40:00Z", lastSeen: "2026-11-27T01:10:00Z", expiresAt: 1803913199, revoked: false, new: false },
      { id: "0190a0a0-0000-7000-8000-0000000000e2", studentId: "0190a0a0-0000-7000-8000-0000000000d1", name: "LAB-17", firstSeen: "2026-11-27T05:02:00Z", lastSeen: "2026-11-27T05:02:00Z", expiresAt: 1803913199, revoked: false, new: true },
    ],
  },
  {
    studentId: "0190a0a0-0000-7000-8000-0000000000d2",
    number: 2,
    name: "김하늘",
    pinSet: true,
    locked: true,
    devices: [],
  },
];

export const TEACHER_MODULES: ModuleOption[] = [
  { id: MODULE.id, title: MODULE.title },
  { id: OTHER_MODULE.id, title: OTHER_MODULE.title },
];


export const ROSTER: RosterEntry[] = [
  { number: 1, name: "박서준" },
  { number: 2, name: "이바다" },
];

export const CLASS_RESULTS: ClassResults = {
  modules: [{ id: MODULE.id, title: MODULE.title, itemCount: 3, passed: 1, enrolled: 2 }],
  students: [
    { number: 1, name: "박서준", setAside: 0, refusedPushes: 0, endedSignIns: 0, cells: [{ moduleId: MODULE.id, status: "passed", scorePercent: 100, answered: 3, activeMinutes: 12 }] },
    { number: 2, name: "이바다", setAside: 2, refusedPushes: 1, endedSignIns: 3, cells: [{ moduleId: MODULE.id, status: "inProgress", scorePercent: null, answered: 1, activeMinutes: 3 }] },
  ],
};

export const ITEM_STATS: ItemStat[] = ITEMS.map((i, n) => ({
  itemId: i.view.id,
  prompt: i.view.prompt,
  answered: 2,
  correct: n,
  topWrong: n === 2 ? null : { id: "a", text: i.view.options[0]?.text ?? "", count: 2 - n },
}));

/** The live class view during a lesson: one student's PC still has records waiting. */
export const PERIOD: PeriodView = {
  seats: [
    { studentId: "0190a0a0-0000-7000-8000-0000000000d1", number: 1, name: "박서준", state: "sent", device: "LAB-01", pending: 0, lastContactAgo: 2, signedIn: true, lastReceived: "2026-11-27T01:10:00Z" },
    { studentId: "0190a0a0-0000-7000-8000-0000000000d3", number: 2, name: "이바다", state: "waiting", device: "LAB-02", pending: 4, lastContactAgo: 3, signedIn: true, lastReceived: "2026-11-27T01:08:00Z" },
  ],
  present: 2,
  sent: 1,
  waiting: 1,
  disconnected: 0,
  flushAt: null,
  endedAt: null,
};
