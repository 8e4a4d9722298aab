//! The kind of a cut trigger's round (layoff, plan or cumulative) from its form and the
//! cue words of its clause, as named rows ([`KIND_CUES`]) run in order: the first row that
//! applies to the trigger's form and fires gives the kind, and a trigger no row claims is
//! a layoff. Running totals come first; then the strong plan cues (not for a past form:
//! "laid off" is done whatever is near it); then a start already made, which keeps a
//! layoff against the weaker future wording below it; then future passives, future
//! progressives and future wording. Each row has an example that takes its kind and a
//! near miss that does not; the tests below run them all through the extractor.

use crate::cues;
use crate::dates::DateSpan;
use crate::model::Kind;
use crate::tokens::{TokKind, Token};
use crate::triggers::{Form, TrigClass, TriggerHit, TRIGGERS};

/// One cue that sets the kind.
// The name and the sentences are read by the tests, which run every row.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct KindCue {
    pub name: &'static str,
    /// The kind the trigger takes when the row fires.
    pub kind: Kind,
    /// The trigger forms the row applies to.
    pub forms: &'static [Form],
    pub test: fn(&KindInput) -> bool,
    /// A sentence whose claim takes `kind` by this row.
    pub example: &'static str,
    /// A sentence like it whose claim takes another kind.
    pub near_miss: &'static str,
}

/// What a row reads: one cut trigger in its sentence and clause.
pub(crate) struct KindInput<'a, 't> {
    /// The sentence.
    pub text: &'a str,
    pub toks: &'a [Token<'t>],
    pub hit: &'a TriggerHit,
    /// The clause, `toks[lo..hi]`.
    pub lo: usize,
    pub hi: usize,
    pub form: Form,
    /// The trigger's date (or its deadline), with its text.
    pub date: Option<&'a (DateSpan, String)>,
}

const ALL: &[Form] = &[Form::Past, Form::Progressive, Form::Base, Form::Noun];
const NOT_PAST: &[Form] = &[Form::Progressive, Form::Base, Form::Noun];

/// The rows, in the order they run.
pub(crate) const KIND_CUES: &[KindCue] = &[
    KindCue {
        name: "warn_notice",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        // A WARN notice gives staff notice of cuts to come.
        test: |v| TRIGGERS[v.hit.rule].pattern.first() == Some(&"warn"),
        example: "Initech filed a WARN notice covering 610 workers in Lansing.",
        near_miss: "Initech laid off 610 workers in Lansing, a WARN notice shows.",
    },
    KindCue {
        name: "since",
        kind: Kind::Cumulative,
        forms: ALL,
        test: since,
        example: "Initech has cut 2,000 jobs since 2022.",
        near_miss: "It is Initech's first round since 2022, when it let 360 employees go.",
    },
    KindCue {
        name: "since_an_event",
        kind: Kind::Cumulative,
        forms: &[Form::Past],
        test: since_an_event,
        example: "Initech has cut 1,500 jobs since the start of the pandemic.",
        near_miss: "Initech has cut 1,500 jobs, its biggest cut since the pandemic.",
    },
    KindCue {
        name: "running_total",
        kind: Kind::Cumulative,
        forms: ALL,
        test: running_total,
        example: "Initech has laid off a total of 3,000 workers.",
        near_miss: "Initech has laid off 3,000 workers this week.",
    },
    KindCue {
        name: "so_far",
        kind: Kind::Cumulative,
        forms: ALL,
        test: so_far,
        example: "Initech has cut 1,000 jobs so far this year.",
        near_miss: "Initech cut 1,000 jobs in its fourth round of layoffs so far this year.",
    },
    KindCue {
        name: "within_a_period",
        kind: Kind::Cumulative,
        forms: &[Form::Past, Form::Progressive],
        test: within_a_period,
        example: "Initech has been slashing nearly half of its workforce in just six months.",
        near_miss: "Initech has been slashing nearly half of its workforce this month.",
    },
    KindCue {
        name: "has_in_the_past",
        kind: Kind::Cumulative,
        forms: &[Form::Past],
        test: has_in_the_past,
        example: "Initech has laid off 900 workers in the past year.",
        near_miss: "Initech laid off 900 workers in the past week.",
    },
    KindCue {
        name: "has_this_year",
        kind: Kind::Cumulative,
        forms: &[Form::Past],
        test: has_this_year,
        example: "Initech has reduced its headcount by more than half this year.",
        near_miss: "Initech reduced its headcount by more than half this year.",
    },
    KindCue {
        name: "halved_to_date",
        kind: Kind::Cumulative,
        forms: &[Form::Past],
        test: halved_to_date,
        example: "Initech has more than halved its headcount in 2022.",
        near_miss: "Initech halved its headcount in 2022.",
    },
    KindCue {
        name: "summed_to_date",
        kind: Kind::Cumulative,
        forms: &[Form::Past, Form::Progressive],
        test: summed_to_date,
        example: "In total, about 2,100 people have lost their jobs at Initech.",
        near_miss: "Initech cut 2,100 jobs in total across its three plants last week.",
    },
    KindCue {
        name: "plan_word_before",
        kind: Kind::Plan,
        forms: NOT_PAST,
        test: plan_word_before,
        example: "Initech plans to cut 400 jobs.",
        near_miss: "Initech has gone ahead with 400 job cuts.",
    },
    KindCue {
        name: "plan_word_in_trigger",
        kind: Kind::Plan,
        forms: NOT_PAST,
        // (Or the trigger puts jobs at risk in other words: "300 jobs are on the line".)
        test: |v| {
            v.own().iter().any(|t| t.is_any_of(plan_strong()))
                || crate::triggers::puts_at_risk(&crate::triggers::TRIGGERS[v.hit.rule])
        },
        example: "Globex said up to 300 jobs could go at its Leeds depot.",
        near_miss: "Globex said 300 jobs were lost at its Leeds depot last week.",
    },
    KindCue {
        name: "over_the_next",
        kind: Kind::Plan,
        forms: NOT_PAST,
        test: |v| {
            v.clause()
                .windows(3)
                .any(|w| w[0].is("over") && w[1].is("the") && w[2].is_any(&["next", "coming"]))
        },
        example: "Initech is cutting 500 jobs over the next two years.",
        near_miss: "Initech is cutting 500 jobs over the summer.",
    },
    KindCue {
        name: "between_now_and",
        kind: Kind::Plan,
        forms: NOT_PAST,
        test: |v| {
            v.clause()
                .windows(3)
                .any(|w| w[0].is("between") && w[1].is("now") && w[2].is("and"))
        },
        example: "Globex is cutting 500 jobs between now and the autumn.",
        near_miss: "Globex is cutting 500 jobs between its two plants.",
    },
    KindCue {
        name: "deadline_by",
        kind: Kind::Plan,
        forms: NOT_PAST,
        test: deadline_by,
        example: "Initech is cutting 500 jobs by 2026.",
        near_miss: "Initech is cutting 500 jobs this week.",
    },
    KindCue {
        name: "plan_word_after",
        kind: Kind::Plan,
        forms: NOT_PAST,
        test: |v| v.after().iter().any(|t| t.is_any(cues::PLAN_AFTER)),
        example: "Initech said 400 more layoffs are expected.",
        near_miss: "Initech said 400 more layoffs took place.",
    },
    KindCue {
        name: "talks_or_intent_named",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        test: talks_or_intent_named,
        example: "Globex has begun a redundancy consultation affecting 200 jobs.",
        near_miss: "Globex has begun redundancies affecting 200 jobs.",
    },
    KindCue {
        name: "may_happen",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        test: may_happen,
        example: "Globex Corp said more job cuts may follow.",
        near_miss: "Globex Corp said more job cuts did follow.",
    },
    KindCue {
        name: "facing_cuts",
        kind: Kind::Plan,
        forms: &[Form::Base, Form::Noun],
        test: facing_cuts,
        example: "About 350 staff at Globex face the axe.",
        near_miss: "About 350 staff at Globex faced redundancy last year.",
    },
    KindCue {
        name: "joined_to_a_future_verb",
        kind: Kind::Plan,
        forms: &[Form::Progressive, Form::Noun],
        test: joined_to_a_future_verb,
        example:
            "Globex Corp will move its support work to Asia, as well as laying off 900 workers.",
        near_miss: "Globex Corp moved its support work to Asia, as well as laying off 900 workers.",
    },
    KindCue {
        name: "started",
        kind: Kind::Layoff,
        forms: ALL,
        test: started,
        example: "Initech will lay off 300 workers, starting immediately.",
        near_miss: "Initech will lay off 300 workers.",
    },
    KindCue {
        name: "future_consequence",
        kind: Kind::Plan,
        forms: &[Form::Past, Form::Progressive, Form::Base],
        test: future_consequence,
        example: "Globex announced a restructuring plan that could see about 7,400 jobs being cut.",
        near_miss: "Globex announced a restructuring that saw about 7,400 jobs being cut.",
    },
    KindCue {
        name: "foreseen_losses",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        test: foreseen_losses,
        example: "This latest string of cuts at Globex Corp will see 665 jobs lost.",
        near_miss: "This latest string of cuts at Globex Corp saw 665 jobs lost.",
    },
    KindCue {
        name: "future_passive",
        kind: Kind::Plan,
        forms: &[Form::Past],
        test: future_passive,
        example: "Initech said 300 workers would be laid off.",
        near_miss: "Initech said 300 workers had been laid off.",
    },
    KindCue {
        name: "future_progressive",
        kind: Kind::Plan,
        forms: &[Form::Progressive],
        test: future_progressive,
        example: "Initech will be laying off 10% of its staff.",
        near_miss: "Initech has been laying off 10% of its staff.",
    },
    KindCue {
        name: "latest_to",
        kind: Kind::Layoff,
        forms: &[Form::Base, Form::Noun],
        test: latest_to,
        example: "Globex is the latest company to cut jobs.",
        near_miss: "Globex could be the next company to cut jobs.",
    },
    KindCue {
        name: "shares_a_modal",
        kind: Kind::Plan,
        forms: &[Form::Base],
        test: |v| super::joined_to_a_modal(v.toks, v.hit.first, v.lo),
        example: "Tyrell will move support work to Asia and lay off about 1,100 employees.",
        near_miss: "Tyrell moved support work to Asia and laid off about 1,100 employees.",
    },
    KindCue {
        name: "participle_of_a_future_clause",
        kind: Kind::Plan,
        forms: &[Form::Base],
        test: participle_of_a_future_clause,
        example:
            "Initech will exit its moderation business, a restructuring impacting 6,000 employees.",
        near_miss:
            "Initech exited its moderation business, a restructuring impacting 6,000 employees.",
    },
    KindCue {
        name: "buyouts_offered",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        test: buyouts_offered,
        example: "The Daily Planet offered buyouts to 80 newsroom employees.",
        near_miss: "At the Daily Planet, 50 newsroom employees accepted buyout offers.",
    },
    KindCue {
        name: "sized_in_a_future_relative",
        kind: Kind::Plan,
        forms: &[Form::Noun],
        test: sized_in_a_future_relative,
        example: "Globex announced job cuts that will affect 1,150 employees.",
        near_miss: "Globex announced job cuts that affected 1,150 employees.",
    },
    KindCue {
        name: "future_wording",
        kind: Kind::Plan,
        forms: &[Form::Base, Form::Noun],
        test: future_wording,
        example: "Globex will eliminate 250 jobs at its Ohio plant.",
        near_miss: "Globex eliminated 250 jobs at its Ohio plant.",
    },
];

/// The rows of [`KIND_CUES`] that apply to a trigger form, in table order: a frame runs
/// only those, without asking each row for its forms.
fn cues_of(form: Form) -> &'static [&'static KindCue] {
    const FORMS: [Form; 4] = [Form::Past, Form::Progressive, Form::Base, Form::Noun];
    static BY_FORM: std::sync::OnceLock<[Vec<&'static KindCue>; 4]> = std::sync::OnceLock::new();
    let by_form = BY_FORM
        .get_or_init(|| FORMS.map(|f| KIND_CUES.iter().filter(|r| r.forms.contains(&f)).collect()));
    let at = match form {
        Form::Past => 0,
        Form::Progressive => 1,
        Form::Base => 2,
        Form::Noun => 3,
    };
    &by_form[at]
}

#[allow(clippy::too_many_arguments)]
pub(super) fn frame_kind(
    toks: &[Token],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    class: TrigClass,
    form: Form,
    date: Option<&(DateSpan, String)>,
    text: &str,
) -> Kind {
    match class {
        TrigClass::Closure => return Kind::Closure,
        TrigClass::Hiring => return Kind::Hiring,
        TrigClass::Cut => {}
    }
    let v = KindInput {
        text,
        toks,
        hit,
        lo,
        hi,
        form,
        date,
    };
    match cues_of(form).iter().find(|r| (r.test)(&v)) {
        Some(row) => {
            #[cfg(test)]
            tests::decided(row.name);
            row.kind
        }
        None => Kind::Layoff,
    }
}

impl KindInput<'_, '_> {
    fn clause(&self) -> &[Token<'_>] {
        &self.toks[self.lo..self.hi]
    }

    /// A perfect ("has", "have", "'ve") in the clause before the trigger.
    fn perfect_before(&self) -> bool {
        self.clause()[..self.hit.first.saturating_sub(self.lo)]
            .iter()
            .any(|t| t.is_any(&["has", "have", "ve"]))
    }

    /// Four tokens either side of the trigger, within the clause.
    fn near(&self) -> &[Token<'_>] {
        let hit = self.hit;
        &self.toks[hit.first.saturating_sub(4).max(self.lo)..(hit.last + 5).min(self.hi)]
    }

    /// Up to six tokens before the trigger, within the clause.
    fn before(&self) -> &[Token<'_>] {
        &self.toks[self.hit.first.saturating_sub(6).max(self.lo)..self.hit.first]
    }

    /// The trigger's own tokens.
    fn own(&self) -> &[Token<'_>] {
        &self.toks[self.hit.first..=self.hit.last]
    }

    /// Up to four tokens after the trigger, within the clause.
    fn after(&self) -> &[Token<'_>] {
        let last = self.hit.last;
        &self.toks[last + 1..(last + 5).min(self.hi).max(last + 1)]
    }
}

/// "offered buyouts to 80 staff", "Buyouts were announced at the Washington Post",
/// "announced buyout plans": buyouts offered are a plan, since how many staff take them
/// is still to come. Once taken they are cuts: "accepted buyouts", "took buyouts", "were
/// bought out".
fn buyouts_offered(v: &KindInput) -> bool {
    // (Or a scheme of leaving that is offered: "offers early retirement to 300 staff",
    // "offered voluntary redundancy to 300 staff"; the offer is not the leaving.)
    let offered_scheme = || {
        let mut k = v.hit.first;
        while k > v.lo && v.toks[k - 1].is_any(&["voluntary", "early"]) {
            k -= 1;
        }
        v.own().first().is_some_and(|t| {
            t.is_any(&[
                "early",
                "voluntary",
                "deferred",
                "redundancy",
                "redundancies",
                "severance",
                "retirement",
            ])
        }) && k > v.lo
            && v.toks[k - 1].is_any(&["offer", "offers", "offered", "offering"])
    };
    (v.own()
        .first()
        .is_some_and(|t| t.is("buyouts") || t.is("buyout"))
        || offered_scheme())
        && !v.clause()[..v.hit.first.saturating_sub(v.lo)]
            .iter()
            .any(|t| {
                t.is_any(&[
                    "accepted",
                    "accept",
                    "accepting",
                    "took",
                    "taken",
                    "take",
                    "taking",
                ])
            })
}

/// "has cut 2,000 jobs since 2022": cuts summed from a date on. Not when a clause of its
/// own dates a round at that time: "its first round since 2020, when it showed about 360
/// employees the door" tells of 2020's round.
fn since(v: &KindInput) -> bool {
    v.date.is_some_and(|(d, text)| {
        d.prefix == Some("since")
            && !v.text.find(text.as_str()).is_some_and(|at| {
                v.text[at + text.len()..]
                    .trim_start_matches(',')
                    .trim_start()
                    .starts_with("when ")
            })
    })
}

/// "has cut 1,500 jobs since the start of the pandemic", "have lost their jobs since the
/// merger": a perfect before the trigger and "since" after it, with an event rather than
/// a date, sums the rounds from that event on. (A near miss: "its biggest cut since the
/// pandemic" ranks one round; a date after "since" is the row above's.)
fn since_an_event(v: &KindInput) -> bool {
    if !v.perfect_before() {
        return false;
    }
    let after = &v.toks[v.hit.last + 1..v.hi];
    after.iter().enumerate().any(|(k, t)| {
        t.is("since")
            && after.get(k + 1).is_some_and(|n| {
                n.is_any(&["the", "its", "their", "his", "her", "taking", "joining"])
            })
            && !after[k.saturating_sub(3)..k]
                .iter()
                .any(|w| w.is_any(RANKING_WORDS) || w.text.ends_with("est") && w.text.len() > 4)
    })
}

/// Words that rank one round against others ("its first cuts since", "the most since").
const RANKING_WORDS: &[&str] = &["first", "most", "worst", "only", "last", "latest"];

/// "has cut 1,000 jobs so far this year". A near miss: "its fourth round of layoffs so
/// far this year" counts rounds, not jobs.
fn so_far(v: &KindInput) -> bool {
    let clause = v.clause();
    clause.windows(2).any(|w| w[0].is("so") && w[1].is("far")) && !names_its_round(clause)
}

/// "has laid off 900 workers in the past year", "over the last two years": a perfect
/// over a stretch of time.
fn has_in_the_past(v: &KindInput) -> bool {
    let clause = v.clause();
    clause.windows(3).any(|w| {
        w[0].is_any(&["in", "over", "during"]) && w[1].is("the") && w[2].is_any(&["past", "last"])
    }) && clause.iter().any(|t| t.is("has") || t.is("have"))
}

/// "has laid off 900 workers this year": a perfect before the trigger over the year that
/// runs to now sums its rounds to date, as "so far this year" does. (Near misses: "laid
/// off 900 workers this year" tells of one round; "has cut 500 jobs this week" is a
/// round's own week; "has cut 500 jobs in its fourth round this year" names its round;
/// "Firms that have shed staff this year include Initech" sizes no total.)
fn has_this_year(v: &KindInput) -> bool {
    let clause = v.clause();
    // A total has a size: "Big names that have shed staff this year include Initech"
    // only lists firms that cut.
    let sized = clause.iter().any(|t| {
        t.kind == TokKind::Number
            || t.is_any(&[
                "half", "third", "thirds", "quarter", "quarters", "tenth", "fifth",
            ])
    });
    v.perfect_before()
        && sized
        && clause
            .windows(2)
            .any(|w| w[0].is("this") && w[1].is("year"))
        && !names_its_round(clause)
}

/// "has more than halved its headcount in 2022", "has halved its staff this year": a
/// perfect that halves the staff over a year tells where the rounds to date have left
/// it, a running total. (A near miss: "halved its headcount in 2022", no perfect, is one
/// cut.)
fn halved_to_date(v: &KindInput) -> bool {
    let halves = crate::triggers::halves(v.hit);
    let year = v.clause().windows(2).any(|w| {
        w[0].is("this") && w[1].is("year")
            || w[0].is("in") && w[1].kind == TokKind::Number && w[1].text.len() == 4
    });
    halves && v.perfect_before() && year
}

/// An ordinal round in the clause: "its fourth round of layoffs", or the round left
/// unsaid after "its" or "the", before a time: "its second this year", "the third in a
/// year", "its second since March". (Near misses: "for a second year" counts years, with
/// no "its" or "the" before; "the third in its industry to do so" ranks the firm.)
fn names_its_round(clause: &[Token]) -> bool {
    let time = |w: &[Token]| {
        w.iter().take(3).enumerate().any(|(i, t)| {
            t.is_any(&[
                "year", "years", "month", "months", "week", "weeks", "quarter", "since",
            ]) || t.kind == TokKind::Number && t.text.len() == 4
                || crate::lexicon::month_at(w, i).is_some()
        })
    };
    clause
        .windows(2)
        .any(|w| w[0].is_any(cues::ORDINALS) && w[1].is_any(cues::ROUND_NOUNS))
        || (0..clause.len().saturating_sub(2)).any(|k| {
            clause[k].is_any(&["its", "the"])
                && clause[k + 1].is_any(cues::ORDINALS)
                && clause[k + 2].is_any(&["this", "in", "since", "of"])
                && time(&clause[k + 2..])
        })
}

/// "In total, 2,100 people have lost their jobs", "Initech has shed 900 roles all told":
/// a perfect ("has", "have") with a word of summing ("in total", "in all", "all told",
/// "altogether") anywhere in the clause, or opening the sentence, sums the rounds to date.
/// Near misses: "will cut 2,100 jobs in total" sizes a plan (no perfect); "cut 2,100
/// jobs in total across three plants last week" sums one round's parts (no perfect).
fn summed_to_date(v: &KindInput) -> bool {
    let clause = v.clause();
    let perfect = v.perfect_before();
    // "in total" or "in all", not "in all of its units"; "all told"; "altogether".
    let summing = |s: &[Token]| {
        s.iter().enumerate().any(|(k, t)| {
            let next = s.get(k + 1);
            let after = s.get(k + 2);
            t.is("altogether")
                || t.is("in")
                    && next.is_some_and(|n| n.is_any(&["total", "all"]))
                    && !after.is_some_and(|a| a.is("of"))
                || t.is("all") && next.is_some_and(|n| n.is("told"))
        })
    };
    // The sentence's opening words ("In total, ...") count as the clause's.
    perfect && (summing(clause) || summing(&v.toks[..v.toks.len().min(3)]))
}

/// A word of intent before the trigger: "plans to cut". A near miss: "has gone ahead with
/// the job cut" is doing it, not a plan ahead.
fn plan_word_before(v: &KindInput) -> bool {
    let before = v.before();
    let start = v.hit.first - before.len();
    before.iter().enumerate().any(|(k, t)| {
        let k = start + k;
        t.is_any_of(plan_strong())
            && !(t.is("ahead") && k > 0 && v.toks[k - 1].is_any(cues::GO_FORMS))
            && !cues::month_may(v.toks, k)
    }) || by_means_of_a_plan(v)
}

/// "plans to make savings of £12m by losing 350 posts": a gerund after "by" is the means
/// of the verb it follows, and shares its plan however far back in the clause that is.
/// (A near miss: "saved £12m last year by losing 350 posts" plans nothing.)
fn by_means_of_a_plan(v: &KindInput) -> bool {
    let first = v.hit.first;
    first > v.lo
        && v.toks[first - 1].is("by")
        && v.toks[first].text.ends_with("ing")
        && v.toks[v.lo..first - 1]
            .iter()
            .any(|t| t.is_any(&["plans", "plan", "planning", "intends", "aims", "proposes"]))
}

/// "compulsory redundancies could occur", "more job cuts may follow", "layoffs will
/// come": a noun of cuts whose own verb is a modal and a verb of happening speaks of cuts
/// to come. (A near miss: "redundancies did occur" happened; "layoffs could have been
/// avoided" is no verb of happening.)
fn may_happen(v: &KindInput) -> bool {
    let after = v.after();
    let skip = usize::from(after.first().is_some_and(|t| t.is_any(&["also", "still"])));
    let happens = after.get(skip).is_some_and(|t| t.is_any(cues::MODALS))
        && after.get(skip + 1).is_some_and(|t| {
            t.is_any(&[
                "occur", "happen", "follow", "come", "ensue", "result", "take",
            ])
        });
    happens || may_amount_to(v)
}

/// "Job losses at Prestige could reach 1,000", "the cuts may total 300": a noun of cuts
/// whose verb, after a modal, sizes cuts that may come. Its own words (up to five, "at
/// Prestige Worldwide") may stand between. (A near miss: "Job losses at Prestige have
/// reached 1,000" counts losses so far; "the cuts would hit its sales unit" sizes
/// nothing.)
fn may_amount_to(v: &KindInput) -> bool {
    let toks = v.toks;
    let from = v.hit.last + 1;
    let to = (from + 7).min(v.hi);
    (from..to)
        .take_while(|&k| !matches!(toks[k].text, "," | ";") && !toks[k].is_any(&["said", "says"]))
        .any(|k| {
            toks[k].is_any(cues::MODALS)
                && !cues::month_may(toks, k)
                && toks.get(k + 1).is_some_and(|t| {
                    t.is_any(&["reach", "total", "top", "exceed", "number", "hit", "climb"])
                })
                // A figure follows: "could hit 1,000", not "would hit its sales unit".
                && toks[(k + 2).min(toks.len())..(k + 5).min(toks.len())]
                    .iter()
                    .any(|t| t.kind == TokKind::Number)
                // "may even increase to 1,800", "could rise to 500" (rule
                // `rising-to-a-ceiling`).
                || super::figures::rising_to(toks, k)
                    && toks[k + 1..(k + 4).min(toks.len())]
                        .iter()
                        .any(|t| t.kind == TokKind::Number)
        })
}

/// "will begin closing stores across North America, as well as laying off 900": a
/// gerund (or a base form after "and") joined to an earlier verb shares that verb's
/// future. Only the modal and plan
/// words count ("to" may be a preposition: "moving jobs to India, as well as laying off").
fn joined_to_a_future_verb(v: &KindInput) -> bool {
    let (toks, first) = (v.toks, v.hit.first);
    let joined = [
        &["as", "well", "as"][..],
        &["along", "with"],
        &["in", "addition", "to"],
    ]
    .iter()
    .find(|j| {
        first >= j.len()
            && toks[first - j.len()..first]
                .iter()
                .zip(j.iter())
                .all(|(t, w)| t.is(w))
    })
    .map(|j| first - j.len())
    // "will idle a blast furnace in Gary and lay off 530 workers": a verb's base form
    // after "and" or "or" shares the modal of the verb it is joined to. (A near miss:
    // "idled a furnace and laid off 530" is past.)
    .or_else(|| {
        let and = v.form == Form::Base && first > 0 && toks[first - 1].is_any(&["and", "or"]);
        // Only "will" or "shall" of the same subject, no reported "would": "said sales
        // would fall this year and cut 300 jobs" cuts now.
        let modal = (first.saturating_sub(12)..first.saturating_sub(1))
            .rev()
            .take_while(|&k| !toks[k].is_any(&["said", "says", "warned", "that", "would"]))
            .any(|k| toks[k].is_any(&["will", "ll", "shall"]));
        (and && modal).then_some(first - 1)
    })
    // "will close a production line, with the loss of 150 jobs", "will shut the mill,
    // cutting 150 jobs": the loss that follows a comma shares the main verb's mood.
    .or_else(|| {
        let loss = toks[first].is_any(&["loss", "losses"]);
        let back = if loss && first >= 3 && toks[first - 2].is("with") && toks[first - 1].is("the")
        {
            first - 2
        } else {
            first
        };
        (back >= 1 && toks[back - 1].text == "," && (loss || v.form == Form::Progressive))
            .then_some(back - 1)
    });
    let Some(at) = joined else {
        return false;
    };
    (at.saturating_sub(12)..at)
        .rev()
        .take_while(|&k| !matches!(toks[k].text, ";" | ":"))
        .any(|k| {
            let t = &toks[k];
            (t.is_any(&["will", "would", "ll", "shall"]) || t.is_any_of(plan_strong()))
                && !cues::month_may(toks, k)
        })
}

/// "bringing its total job cuts to 3,000", "a total of 3,000". (Near misses: "Acme's
/// layoffs will total 18,000" sizes one round still to come: a verb after a modal; "will
/// cut 1,200 jobs in total" sums one round's parts.)
fn running_total(v: &KindInput) -> bool {
    let near = v.near();
    // "will cut a total of 203 positions": the parts of one round still to come, summed.
    // (The near miss of the row: "has laid off a total of 3,000 workers" is done.)
    let future_verb = v.form == Form::Base
        && v.hit.first > v.lo
        && v.toks[v.hit.first - 1].is_any(&["will", "would", "ll", "shall", "to"]);
    let near_at = v.hit.first.saturating_sub(4).max(v.lo);
    let total_object = |k: usize| {
        near[k].is("total")
            && k > 0
            && near[k - 1].is("a")
            && near_at + k > v.hit.last
            && near_at + k <= v.hit.last + 3
    };
    near.iter().enumerate().any(|(k, t)| {
        t.is_any(cues::RUNNING_TOTAL)
            && !(t.is_any(&["total", "totals"])
                && k > 0
                && near[k - 1].is_any(&["will", "would", "could", "may", "might", "to"]))
            // "in total" sums; whether to date is `summed_to_date`'s question.
            && !(t.is("total") && k > 0 && near[k - 1].is("in"))
            && !(future_verb && total_object(k))
    })
}

/// A deadline that is a stretch of time: "by 2026", "by next year".
fn deadline_by(v: &KindInput) -> bool {
    v.date.is_some_and(|(d, s)| {
        let pre = v.text[..d.start].trim_end();
        (pre.ends_with(" by") || pre.ends_with(" By") || s.contains("next"))
            && d.latest > d.earliest
    })
}

/// Cuts already under way keep a layoff against future wording: "starting immediately",
/// "began the process". "will begin closing stores": a start still to come is no start.
fn started(v: &KindInput) -> bool {
    let clause = v.clause();
    // "will lay off 600 workers starting in January", "starting April 14", "starting
    // Monday": after a verb in the future, a start with its time after it is still to
    // come. (A near miss: "is laying off 600 workers starting today" has begun.)
    // (A verb joined by "and" to one in the future shares it: "will close three weeklies
    // and cut 58 jobs"; so does a noun a verb in the future governs: "will seek 300
    // voluntary redundancies, the lender told staff".)
    let future_verb = match v.form {
        Form::Base => {
            v.hit.first > v.lo
                && (v.toks[v.hit.first - 1].is_any(cues::FUTURE_AUXILIARIES)
                    || super::joined_to_a_modal(v.toks, v.hit.first, v.lo))
        }
        Form::Noun => future_governs_noun(v),
        _ => false,
    };
    // ("will be laid off starting next month": a passive in the future puts its start
    // ahead too; staff notified of it have had their notice, as below.)
    let future_start = future_verb || v.form == Form::Past && future_passive(v);
    let lets_people_go = TRIGGERS[v.hit.rule]
        .pattern
        .first()
        .is_some_and(|w| super::figures::PEOPLE_VERBS.contains(w));
    // "The week began with Unity, which said it would cut 25%": a start before a relative
    // clause that holds the cut is the main clause's. (A near miss: "Unity, which has 7,000
    // staff, began laying off 1,800" starts after the relative clause.)
    let cut_at = v.hit.first.saturating_sub(v.lo);
    let relative_between = |k: usize| {
        clause
            .get(k..cut_at.min(clause.len()))
            .is_some_and(|between| {
                between
                    .windows(2)
                    .any(|w| w[0].text == "," && w[1].is_any(&["which", "who"]))
            })
    };
    clause.iter().enumerate().any(|(k, t)| {
        t.is_any_of(started_words())
            && !(k > 0 && clause[k - 1].is_any(&["will", "would", "to", "ll", "shall"]))
            && !relative_between(k)
            && !(future_start
                && t.is_any(&["starting", "beginning"])
                && (clause
                    .get(k + 1)
                    .is_some_and(|n| {
                        n.is_any(&["in", "on", "next", "from", "at"])
                            || n.kind == TokKind::Number
                            || n.is_capitalized()
                                && crate::dates::WEEKDAYS.iter().any(|w| !w.abbrev && n.is(w.word))
                    })
                    || crate::lexicon::month_at(clause, k + 1).is_some()))
            // "USA Today will trim 45 jobs": a capitalised word after a name is part of it.
            && !(k > 0 && t.is_capitalized() && clause[k - 1].is_capitalized())
            // "..., IBM told Reuters": telling an outlet or a person reports the news; only
            // staff told have been notified ("employees were told", "told staff").
            && !(t.is_any(&["told", "informed"])
                && clause.get(k + 1).is_some_and(|n| n.is_capitalized()))
            // "will cut 300 jobs, staff were told on Tuesday", "told staff it will cut":
            // telling of posts to go in the future announces them, and a start far from a
            // verb in the future is another thing's ("extending a drive that began in
            // 2023"). Staff told they will be laid off have had their notice, which is the
            // layoff ("told employees Tuesday that it will lay off 1,900 employees").
            // (A near miss: "will lay off 300 workers, starting immediately".)
            && !(future_verb
                && if t.is_any(COMMUNICATION) {
                    !lets_people_go
                } else {
                    // (Only a verb or "already": "effective immediately" and "starting
                    // this week" qualify the cut however long its object.)
                    t.is_any(&[
                        "already",
                        "began",
                        "begun",
                        "begin",
                        "started",
                        "continued",
                        "continues",
                        "continuing",
                        "keeps",
                        "kept",
                    ]) && (v.lo + k).abs_diff(v.hit.first) > 6
                })
    })
}

/// "a redundancy consultation", "a layoff plan", "job cut proposals", "started a
/// retrenchment process", "began talks with unions over 200 job cuts": cuts that name
/// talks, an intent or a process right after them, or that talks are "over", "on" or
/// "about", are still to come, whoever has begun the talks. (Near misses: "has begun
/// redundancies affecting 200 jobs" has begun the cuts; "revealed the layoff plans"
/// points back to the round in view; "joined the voluntary retirement programme": staff
/// who join a scheme leave, so a programme is no process still to run.)
fn talks_or_intent_named(v: &KindInput) -> bool {
    const TALKS: &[&str] = &["consultation", "consultations", "talks", "negotiations"];
    // ("revealed the layoff plans": a definite article points back to the round in
    // view, whose kind its own wording tells.)
    let definite = v.toks[v.hit.first.saturating_sub(2).max(v.lo)..v.hit.first]
        .iter()
        .any(|t| t.is_any(&["the", "its", "their", "this", "these", "those"]));
    let after = v.toks.get(v.hit.last + 1).is_some_and(|t| {
        t.is_any(TALKS) || t.is_any(&["proposal", "proposals", "plan", "plans"]) || t.is("process")
    });
    let from = v.hit.first.saturating_sub(9).max(v.lo);
    let over = (from..v.hit.first)
        .rev()
        .take(4)
        .find(|&k| v.toks[k].is_any(&["over", "on", "about"]));
    // (Talks or a plan completed tell cuts done: "completed a redundancy consultation",
    // "carried out a layoff plan".)
    // (So does a process that has ended: "Initech's retrenchment process ended in
    // January".)
    const ENDED: &[&str] = &["completed", "concluded", "finished", "carried", "ended"];
    let done = v.toks[v.lo..v.hit.first].iter().any(|t| t.is_any(ENDED))
        || v.toks[(v.hit.last + 2).min(v.hi)..(v.hit.last + 4).min(v.hi)]
            .iter()
            .any(|t| t.is_any(ENDED));
    !done
        && !definite
        && (after || over.is_some_and(|k| v.toks[from..k].iter().any(|t| t.is_any(TALKS))))
}

/// "will seek 300 voluntary redundancies", "will make 40 redundancies": a future
/// auxiliary, then its verb and the noun's words, with no mark of a clause between. (A
/// near miss: "will meet unions on Monday, after 300 redundancies were made" puts a
/// comma between.)
fn future_governs_noun(v: &KindInput) -> bool {
    let from = v.hit.first.saturating_sub(6).max(v.lo);
    (from..v.hit.first.saturating_sub(1))
        .rev()
        .take_while(|&k| {
            v.toks[k + 1].kind != TokKind::Punct
                && !v.toks[k + 1].is_any(&["but", "while", "after", "as", "because", "before"])
        })
        .any(|k| v.toks[k].is_any(cues::FUTURE_AUXILIARIES))
}

/// Words of [`cues::STARTED`] that tell of staff being told, which starts nothing a verb
/// in the future puts ahead.
const COMMUNICATION: &[&str] = &["told", "informed", "notified", "notices", "memo", "emails"];

/// "in just six months", "in only two years": cuts summed over a span are a running total.
fn within_a_period(v: &KindInput) -> bool {
    v.clause().windows(5).any(|w| {
        w[0].is("in")
            && w[1].is_any(&["just", "only", "barely", "under"])
            && w[2..]
                .iter()
                .any(|t| t.is_any(&["months", "years", "weeks"]))
    })
}

/// "a plan that could see 7,400 jobs being cut", "which will see 8,500 workers being
/// retrenched": a consequence still to come.
fn future_consequence(v: &KindInput) -> bool {
    let (toks, first) = (v.toks, v.hit.first);
    // "being cut", or a verb trigger right after its counted staff: the bare participle
    // ("will see 700 roles eliminated") or the verb of staff who go ("expects to see 30
    // staff leave").
    let participle = first > v.lo
        && (toks[first - 1].is("being")
            || v.form != Form::Noun && toks[first - 1].is_in(super::job_nouns()));
    participle
        && toks[v.lo..first].windows(2).any(|w| {
            w[0].is_any(cues::FUTURE_PASSIVE_AUX) && w[1].is_any(&["see", "mean", "result"])
        })
}

/// "This latest string of cuts will see 665 jobs lost", "The restructuring could mean
/// 300 roles going": a noun of cuts whose verb foresees jobs lost. (A near miss: "The
/// cuts saw 665 jobs lost" tells of jobs gone.)
fn foreseen_losses(v: &KindInput) -> bool {
    let (toks, last) = (v.toks, v.hit.last);
    let after = &toks[(last + 1).min(v.hi)..v.hi];
    after.windows(2).enumerate().any(|(k, w)| {
        w[0].is_any(&["will", "would", "could", "may", "might", "ll"])
            && w[1].is_any(&["see", "mean"])
            && after[k + 2..(k + 8).min(after.len())].windows(2).any(|p| {
                p[0].is_in(super::job_nouns())
                    && p[1].is_any(&["lost", "cut", "axed", "eliminated", "shed", "go", "going"])
            })
    })
}

/// "would be eliminated", "will also be cut", "are to be laid off": a participle after a
/// future auxiliary and "be". A near miss: "had been laid off" is done.
fn future_passive(v: &KindInput) -> bool {
    let (toks, first) = (v.toks, v.hit.first);
    // "will be permanently laid off": an adverb may stand after "be" too.
    let first = if first > v.lo + 2 && toks[first - 1].is_any(cues::FUTURE_PASSIVE_ADVERBS) {
        first - 1
    } else {
        first
    };
    first >= v.lo + 2 && toks[first - 1].is("be") && {
        let k = first - 2;
        let k = if toks[k].is_any(cues::FUTURE_PASSIVE_ADVERBS) && k > v.lo {
            k - 1
        } else {
            k
        };
        toks[k].is_any(cues::FUTURE_PASSIVE_AUX)
    }
}

/// "would be laying off 10%": the progressive after a future auxiliary. "will begin
/// laying off", "to start cutting": the same with a start still to come.
fn future_progressive(v: &KindInput) -> bool {
    let (toks, first) = (v.toks, v.hit.first);
    first >= 2
        && (toks[first - 1].is("be") && toks[first - 2].is_any(&["will", "would", "ll"])
            || toks[first - 1].is_any(&["begin", "start"])
                && toks[first - 2].is_any(&["will", "would", "ll", "to"]))
}

/// People who face the axe, the sack or redundancy: cuts to come. (A near miss: "faced
/// redundancy last year" is done.)
fn facing_cuts(v: &KindInput) -> bool {
    let facing = |t: &Token| t.is_any(&["face", "faces", "facing"]);
    facing(&v.toks[v.hit.first]) || v.hit.first > v.lo && facing(&v.toks[v.hit.first - 1])
}

/// "the latest company to cut jobs", "the first to announce layoffs", "the most recent
/// to cut": an infinitive that ranks the employer among those that have cut is done, not
/// planned. (Near misses: "could be the next company to cut jobs" and "will be the
/// first to cut" are still to come.)
fn latest_to(v: &KindInput) -> bool {
    let (toks, first) = (v.toks, v.hit.first);
    let ranked = |k: usize| {
        (k.saturating_sub(4).max(v.lo + 1)..k).any(|j| {
            toks[j].is_any(&["latest", "newest", "first", "last", "recent"])
                && toks[j - 1].is_any(&["the", "most"])
        })
    };
    let future = (v.lo..first).any(|k| {
        toks[k].is_any(&[
            "will", "would", "could", "may", "might", "ll", "likely", "next",
        ]) && !cues::month_may(toks, k)
    });
    !future && (first.saturating_sub(3).max(v.lo)..first).any(|k| toks[k].is("to") && ranked(k))
}

/// Future wording before or inside the trigger ([`cues::PLAN_WEAK`]): "will eliminate",
/// "jobs would go". "to" marks an infinitive ("to cut", "moves to make redundancies"),
/// except between two figures ("50 to 100 employees being let go" is a range) and right
/// before a noun trigger, where it is a preposition ("resorted to layoffs").
fn future_wording(v: &KindInput) -> bool {
    let (toks, hit) = (v.toks, v.hit);
    let before = v.before();
    let start = hit.first - before.len();
    let number = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == TokKind::Number)
    };
    let preposition = |k: usize| v.form == Form::Noun && k + 1 == hit.first;
    let range = |k: usize| number(k.checked_sub(1)) && number(Some(k + 1));
    let infinitive = |k: usize| !(range(k) || preposition(k));
    before
        .iter()
        .chain(v.own())
        .enumerate()
        .any(|(k, t)| t.is_any(cues::PLAN_WEAK) && (!t.is("to") || infinitive(start + k)))
}

/// "job cuts that will affect 1,150 employees", "a collective dismissal procedure which
/// would hit 800 staff": a noun of cuts whose relative clause sizes them in the future.
/// (A near miss: "job cuts that affected 1,150 employees" sized cuts made.)
fn sized_in_a_future_relative(v: &KindInput) -> bool {
    let (toks, last) = (v.toks, v.hit.last);
    let after = &toks[(last + 1).min(v.hi)..v.hi];
    // (The relative pronoun right after the noun, or one word on: "procedure that".)
    after.windows(3).take(2).enumerate().any(|(k, w)| {
        w[0].is_any(&["that", "which"])
            && w[1].is_any(&["will", "would", "could", "may", "might", "ll"])
            && w[2].is_any(&["affect", "impact", "hit", "involve", "see", "mean"])
            // (People counted after the verb: not "which will mean savings of $20
            // million".)
            && after[k + 3..(k + 7).min(after.len())]
                .iter()
                .any(|t| t.kind == TokKind::Number)
            && after[k + 3..(k + 8).min(after.len())]
                .iter()
                .any(|t| t.is_in(super::job_nouns()))
    })
}

/// "will also exit its business as part of a restructuring impacting another 6,000
/// employees": a participle after its measure has no tense of its own; it takes the
/// clause's, and a modal before it in the clause makes the cuts still to come.
fn participle_of_a_future_clause(v: &KindInput) -> bool {
    let own = v.own();
    // (Not the month: "announced in May a restructuring impacting 6,000 employees".)
    own.len() == 1
        && own[0].text.ends_with("ing")
        && (v.lo..v.hit.first)
            .any(|k| v.toks[k].is_any(cues::MODALS) && !cues::month_may(v.toks, k))
}

static_set!(started_words, cues::STARTED);
static_set!(plan_strong, cues::PLAN_STRONG);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Document};
    use std::cell::RefCell;

    thread_local! {
        /// The rows that decided a kind, while a test asks.
        static DECIDED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn decided(name: &'static str) {
        DECIDED.with(|d| d.borrow_mut().push(name));
    }

    /// The kinds of the claims of `text`, and the rows that decided a frame's kind.
    fn kinds(text: &str) -> (Vec<Kind>, Vec<&'static str>) {
        DECIDED.with(|d| d.borrow_mut().clear());
        let claims = extract(&Document {
            text,
            published: chrono::NaiveDate::from_ymd_opt(2024, 3, 14),
            ..Default::default()
        });
        let rows = DECIDED.with(|d| d.borrow().clone());
        (claims.iter().map(|c| c.kind).collect(), rows)
    }

    #[test]
    fn every_row_gives_its_example_its_kind_and_not_its_near_miss() {
        let mut wrong = Vec::new();
        for row in KIND_CUES {
            let (name, example, near_miss) = (row.name, row.example, row.near_miss);
            let (got, rows) = kinds(example);
            if got != [row.kind] {
                wrong.push(format!(
                    "{name}: {example:?} gives {got:?}, not {:?}",
                    row.kind
                ));
            }
            if !rows.contains(&name) {
                wrong.push(format!("{name}: {example:?} decided by {rows:?}"));
            }
            let (got, _) = kinds(near_miss);
            if got.len() != 1 || got[0] == row.kind {
                wrong.push(format!("{name}: near miss {near_miss:?} gives {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn rows_have_distinct_names() {
        let mut names: Vec<&str> = KIND_CUES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KIND_CUES.len());
    }
}
