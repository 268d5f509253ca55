//! The facts of an attempt: what was recorded (pages viewed, answers, the quiz started), as
//! storage reads them back from the learner's database and the hub from pushed records, and as
//! the study flow replays them. A module of its own so that storage and the flow both depend on
//! it and neither on the other.

/// One recorded answer, as the flow needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerFact {
    pub item_id: String,
    pub round: u32,
    pub correct: bool,
}

/// The facts of one attempt, in recording order.
#[derive(Debug, Clone, Default)]
pub struct AttemptFacts {
    /// Lesson page indexes viewed, in order.
    pub page_views: Vec<usize>,
    /// Answers in order.
    pub answers: Vec<AnswerFact>,
    /// Whether the learner chose to start the quiz (recorded, so resume lands on the quiz).
    pub quiz_started: bool,
}
