//! Cue words that set a frame's modality and kind, as data tables. Each entry has an
//! example sentence in its comment group; `tests/cues.rs` runs them through the extractor.

/// The trigger is denied, negated or hypothetical: no claim.
/// "Tech Mahindra denies layoffs", "has no plans to cut jobs", "if it lays off staff".
pub const NEGATIONS: &[&str] = &[
    "no",
    "not",
    "n't",
    "never",
    "deny",
    "denies",
    "denied",
    "denying",
    "refute",
    "refutes",
    "refuted",
    "rubbishes",
    "rubbished",
    "dismissed",
    "without",
    "avoid",
    "avoided",
    "if",
    "unless",
    "whether",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "false",
    "speculation",
    "nor",
    "instead",
];

/// Verbs that keep cuts from happening, only with the cuts for their object (no comma and
/// at most three words between): "approved a budget that avoids layoffs", "the deal averted
/// job cuts", "to prevent further layoffs". (A near miss: "To prevent bankruptcy, it will
/// lay off 300 workers" prevents something else.)
pub const PREVENTING: &[&str] = &[
    "avoids",
    "avoiding",
    "avert",
    "averts",
    "averted",
    "averting",
    "prevent",
    "prevents",
    "prevented",
    "preventing",
];

/// Verbs that drop a plan, negations too (the vetoes read both tables): "reversed its
/// decision to lay off 1,100 workers", "scrapped plans to cut 500 jobs", "called off the
/// layoffs" (after "called").
pub const DROPPING: &[&str] = &[
    "reversed",
    "reverses",
    "reversing",
    "scrapped",
    "scraps",
    "scrapping",
    "rescinded",
    "rescinds",
    "shelved",
    "shelves",
    "abandoned",
    "abandons",
    "backtracked",
    "cancelled",
    "canceled",
    "cancels",
    "cancelling",
    "canceling",
];

/// A past or perfect verb governing a noun trigger says the cuts happened: "has made
/// another round of layoffs", "announced layoffs earlier this month", "carried out job
/// cuts". (A near miss: "faces layoffs" says nothing either way.)
pub const DONE_BEFORE_NOUN: &[&str] = &[
    "has",
    "have",
    "had",
    "made",
    "announced",
    "conducted",
    "carried",
    "implemented",
    "completed",
    "undertook",
    "undertaken",
    "began",
    "begun",
    "started",
    "resorted",
];

/// Past verbs of saying that date an announcement, not the cuts it announces: "In
/// August it announced that it would cut 784 jobs", "said in November that it was
/// eliminating 11,000 jobs".
pub const ANNOUNCED_PAST: &[&str] = &[
    "announced",
    "said",
    "told",
    "unveiled",
    "revealed",
    "disclosed",
    "confirmed",
    "notified",
    "filed",
];

/// Whole-sentence denials, anywhere in the sentence.
/// "Microsoft reportedly denied plans to lay off thousands, calling it a rumor."
pub const DENIALS: &[&str] = &[
    "deny",
    "denies",
    "denied",
    "denying",
    "rubbishes",
    "rubbished",
    "refutes",
    "refuted",
    "rumor",
    "rumour",
    "rumors",
    "rumours",
    "categorically",
    "baseless",
    "unfounded",
];

/// Intended cuts, whatever else the sentence says: a `plan`.
/// "plans to cut", "Up to 300 jobs could go", "proposals subject to consultation".
pub const PLAN_STRONG: &[&str] = &[
    "plans",
    "plan",
    "planned",
    "planning",
    "intends",
    "intend",
    "intention",
    "intentions",
    "intent",
    "intending",
    "aiming",
    "seeking",
    "expects",
    "expected",
    "could",
    "may",
    "might",
    "proposed",
    "proposes",
    "proposal",
    "proposals",
    "consultation",
    "consultations",
    "consults",
    "consult",
    "consulting",
    "considering",
    "consider",
    "considers",
    "weighing",
    "weighs",
    "mulling",
    "mulls",
    "aims",
    "seeks",
    "upcoming",
    "outlining",
    "risk",
    "outlined",
    "ahead",
    // A decision to cut: "the board approved cuts of 488 posts".
    "approved",
    "approves",
    "approve",
    "approving",
];

/// Future wording that makes a `plan` unless the sentence dates an announcement to a day
/// or says the cuts started: "Ford will eliminate 3,800 jobs" (plan) but "Airbnb told
/// employees Tuesday it will lay off 1,900" (layoff).
pub const PLAN_WEAK: &[&str] = &["will", "would", "ll", "shall", "set", "going", "to"];

/// Signs that cuts have started: keep `layoff` even with future wording.
/// "reducing our workforce by 15 percent today", "began the process of laying off".
pub const STARTED: &[&str] = &[
    "today",
    "began",
    "begun",
    "begin",
    "beginning",
    "started",
    "starting",
    "immediately",
    "already",
    "notified",
    "emails",
    "underway",
    "ongoing",
    "told",
    "notices",
    "notified",
    "continued",
    "continues",
    "continuing",
    "keeps",
    "kept",
    "memo",
    "informed",
];

/// A round other than the one just mentioned: "another 10,000", "3,000 more jobs",
/// "a second round".
pub const NEW_ROUND: &[&str] = &[
    "another",
    "more",
    "second",
    "third",
    "additional",
    "further",
    "fresh",
    "new",
];

/// Adverbs before "known as" in an appositive that gives a firm's formal name: "BFS, the
/// freight company formally known as Brisendale Freight Systems".
pub const FORMAL_NAME_ADVERBS: &[&str] = &["formally", "officially", "legally", "also"];

/// Words that mark a count as the size of the workforce rather than the cut:
/// "of its 6,400 employees", "reduce its workforce to about 5,000", "out of 4,700".
pub const WORKFORCE_SIZE_BEFORE: &[&str] = &[
    "of", "to", "from", "employs", "employed", "employ", "has", "had", "have", "with", "among",
    "than", "retain", "retains",
];

/// Words near a trigger that make its figure a running total: a `cumulative`.
/// "bringing its total job cuts to 3,000", "cumulative layoffs of 12,000".
pub const RUNNING_TOTAL: &[&str] = &[
    "total",
    "totals",
    "totaling",
    "totalling",
    "cumulative",
    "altogether",
];

/// An ordinal before a round noun counts rounds, not jobs: "its fourth round of layoffs
/// so far this year" is no running total.
pub const ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "2nd",
    "3rd", "4th", "5th", "6th",
];

/// Conjunctions that open a clause of reason or time: "as it closes its Leeds plant",
/// "jobs at risk as British Steel plans closure", "when Acme restructures".
pub const SUBORDINATORS: &[&str] = &[
    "as", "because", "when", "while", "since", "if", "after", "before", "once",
];

/// Nouns for a round of cuts, after an ordinal: "third wave", "second tranche".
pub const ROUND_NOUNS: &[&str] = &["round", "rounds", "wave", "waves", "tranche"];

/// Words just after a trigger that put the cuts ahead: "9,000 more cuts were ahead",
/// "cuts are planned".
pub const PLAN_AFTER: &[&str] = &["ahead", "planned", "expected", "proposed", "looming"];

/// Forms of "go" before "ahead": "has gone ahead with the job cut" is doing it.
pub const GO_FORMS: &[&str] = &["go", "goes", "gone", "went", "going"];

/// Modal auxiliaries of what may yet happen: "could occur", "will lay off".
pub const MODALS: &[&str] = &["will", "would", "could", "may", "might", "ll", "shall"];

/// Auxiliaries of the future tense, not of reported speech: "will lay off" looks ahead,
/// "said in March it would lay off" tells what was said then.
pub const FUTURE_AUXILIARIES: &[&str] = &["will", "ll", "shall"];

/// Future auxiliaries before "be" and a participle: "would be eliminated", "are to be
/// laid off", "could be cut".
pub const FUTURE_PASSIVE_AUX: &[&str] = &[
    "will", "would", "ll", "shall", "to", "could", "may", "might",
];

/// Adverbs allowed between such an auxiliary and "be" ("will also be cut", "would soon be
/// cut"), or between a modal and a verb ("will still cut").
pub const FUTURE_PASSIVE_ADVERBS: &[&str] = &[
    "also",
    "then",
    "eventually",
    "likely",
    "now",
    "permanently",
    "still",
    "soon",
    "probably",
    "ultimately",
];

/// Verbs of following others' cuts, as writers and trackers do: "track all of this
/// year's layoffs", "has been covering the layoffs".
pub const TRACKING: &[&str] = &[
    "track",
    "tracks",
    "tracked",
    "tracking",
    "cover",
    "covers",
    "covered",
    "covering",
    "monitor",
    "monitors",
    "monitored",
    "monitoring",
    "tally",
    "tallies",
    "tallied",
    "tallying",
    "chronicle",
    "chronicles",
    "chronicled",
    "chronicling",
];

/// Words that lead a month's name: "in May", "since May", "mid-May", "early May".
const MONTH_LEADS: &[&str] = &[
    "in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "last", "next",
    "this", "on", "through", "between", "during", "before", "after", "-",
];

/// The month "May", not the modal: a capitalised "May" after a word that leads a month
/// ("in May", "since May", "mid-May") or before a day or a year ("May 16", "May 2024").
/// Near misses: "Globex May Cut 300 Jobs", a title-case headline's modal; "jobs may go".
pub fn month_may(toks: &[crate::tokens::Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.text == "May")
        && (k > 0 && toks[k - 1].is_any(MONTH_LEADS)
            || toks
                .get(k + 1)
                .is_some_and(|n| n.kind == crate::tokens::TokKind::Number))
}
