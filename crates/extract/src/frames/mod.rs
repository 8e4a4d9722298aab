//! Frames: one per trigger, built from the typed spans around it in its clause — who
//! cuts, how many, what share, when, and the kind from the trigger's form and the cue
//! words around it.
//!
//! This module reads a document sentence by sentence ([`analyse`]) and runs each trigger
//! through the grammar's parts: the vetoes that drop it ([`vetoes`]), its clause
//! ([`clause`]), its subject ([`subject`]), its figures ([`figures`]), its date ([`when`])
//! and its kind ([`kind`]).

mod clause;
mod figures;
mod kind;
mod subject;
mod totals;
mod vetoes;
mod when;

use crate::cues;
use crate::dates::{self, DateContext, DateSpan};
use crate::model::{Document, Kind, Precision};
use crate::orgs::{self, NameContext, OrgMention};
use crate::quantity::{self, Count, CountKind};
use crate::sentences::{self, Sentence};
use crate::spans::{self, Spans};
use crate::tokens::{tokenize_into, TokKind, Token};
use crate::triggers::{self, job_nouns, site_nouns, Form, TriggerHit, TRIGGERS};
use crate::wordset::FxMap;
use chrono::{Datelike, NaiveDate};
use clause::{second_object, Bounds};
use figures::{closure_losses, pick_count, pick_percent, staff_share_within};
use kind::frame_kind;
use subject::{
    closing_employer, coordinated, listed_after, sayer_after, strikes, subject, title_company,
    unit_employer,
};
use vetoes::{Found, Stage, VetoInput};
use when::{
    counts_rounds, dateline, dates_a_period, deadline, founding, month_bounds, month_of_year,
    pick_date, since_record, size_date, text_year, url_date,
};

/// Whether a trigger of the past form opens with a verb in the present tense, third
/// person, in a clause that says why or when: "will cut 300 jobs as it closes its Leeds
/// plant" tells no closing done. (A near miss: "Northwind closes its Kokomo plant", a
/// headline's present for news done, opens no such clause.)
fn present_tense(toks: &[Token], hit: &TriggerHit) -> bool {
    let verb = &toks[hit.first];
    verb.text.ends_with('s')
        && hit.first >= 2
        && toks[hit.first - 1].is_any(&["it", "they"])
        && toks[hit.first - 2].is_any(cues::SUBORDINATORS)
}

/// Who a frame's cuts belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    pub name: String,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    /// Named in the frame's own clause (not resolved from "the company").
    pub explicit: bool,
}

/// What one trigger says.
#[derive(Debug, Clone)]
pub struct Frame {
    pub sentence: usize,
    /// The date came from the frame's own sentence (not a default).
    pub dated: bool,
    pub company: Company,
    pub kind: Kind,
    pub count: Option<(Count, String)>,
    pub percent: Option<f64>,
    pub date: Option<(DateSpan, String)>,
    /// "another 10,000", "3,000 more jobs": not the round mentioned before it.
    pub new_round: bool,
    /// The trigger is a verb in the past tense ("trimmed", "laid off"): a report of cuts
    /// made, not talk of "the layoffs".
    pub past_verb: bool,
    /// The kind rests on the wording (a verb's tense or mood, a plan or start cue), not on
    /// a bare noun such as "the job cuts", which says nothing of whether they happened.
    pub kind_worded: bool,
    /// Which fields this frame's sentence supplies.
    pub fields: Vec<&'static str>,
    /// The sum of the sentence's figures when it gives two or more and the frame's is one
    /// ("2,800 engineering jobs to go, 1,000 in administrative functions": 3,800), by
    /// their central values: a breakdown of the round of that size.
    pub breakdown: Option<u64>,
    /// The trigger is in the present progressive ("is laying off", "are cutting"): the
    /// news of the day, not a round the text recalls.
    pub current: bool,
    /// The other employers of the list the frame's company is one of ("Globex, Initech
    /// and Umbrella have cut jobs"): the round is dated as theirs is.
    pub listed_with: Vec<String>,
    /// With no publication date, the interval a date with no year ("in May", "last
    /// month") gives against [`YEARLESS_ANCHOR`]: no date of the round, but two frames
    /// whose intervals are apart report two rounds.
    pub yearless: Option<(NaiveDate, NaiveDate)>,
    /// With no publication date, a layoff or closure the text places well before its own
    /// day ("Last year, the bank cut 6%", "closed three stores last year"): a round it
    /// recalls, apart from the plan it reports.
    pub recalled: bool,
    /// The wording puts the round still to come: a plan, or a closing told in the future
    /// ("said it would close 40 stores"), not one done or only named ("the closures").
    pub to_come: bool,
    /// The counted staff are the subject of the loss, with no agent: "All 27,000 staff
    /// will lose their jobs", "225 positions will go".
    pub counted_subject: bool,
    /// The trigger heads a noun phrase after "part of" ([`part_of_whole`]), with a figure
    /// or a date of its own: a larger round that holds the one at hand, which shares
    /// only a figure or a date with the rounds it is told beside. The byte in the
    /// sentence where "part of" starts: the words before it tell the part, and the
    /// round's evidence starts there.
    pub whole: Option<usize>,
    /// Whether the sentence's units are this frame's: not for the part of a round at
    /// another employer ("including six individuals at Searchlight"), whose own words
    /// name none of them.
    pub own_units: bool,
    /// The trigger tells an earlier round in a clause after "after", "following" or
    /// "since" ("Less than two weeks after laying off thousands, Uber is cutting ..."):
    /// what the sentences after it say of the news is not said of this round.
    pub earlier: bool,
    /// The round is sized only by a range of shares of the staff ("between 1% and 5% of
    /// employees"): measured, though no single share is its percent.
    pub share_range: bool,
    /// A plan told in the future of the text's own day ("Globex will cut 4,000 jobs"),
    /// not reported ("said it would cut"): cuts still to come when the text was written.
    pub will: bool,
}

/// How long before the stand-in day a layoff is a recalled round (as `coalesce` reads a
/// layoff dated this long before publication).
pub const RECALLED_DAYS: i64 = 60;
/// A round the text dates more than this long before a denial of its firm is a fact of
/// its own, no part of what is denied.
const DENIAL_RECALL_DAYS: i64 = 365;

/// The fields a frame's sentence supplies: `base`, then the figure, the share and the
/// date where the frame has them.
fn supplied(
    mut base: Vec<&'static str>,
    count: bool,
    percent: bool,
    date: bool,
) -> Vec<&'static str> {
    for (has, field) in [(count, "headcount"), (percent, "percent"), (date, "date")] {
        if has {
            base.push(field);
        }
    }
    base
}

impl Frame {
    /// A copy of this frame cited from sentence `sentence`, which supplies only `fields`
    /// of it (a share or a day told in the sentence after): no new round, no breakdown,
    /// and no "part of" (a byte of the sentence before).
    fn told_in(&self, sentence: usize, fields: Vec<&'static str>) -> Frame {
        Frame {
            sentence,
            fields,
            new_round: false,
            breakdown: None,
            whole: None,
            ..self.clone()
        }
    }

    /// The frame of a line that gives figures, not wording (a tracker row, a list's
    /// item): no verb's tense, no round of its own beyond the line's.
    #[allow(clippy::too_many_arguments)]
    fn of_a_line(
        sentence: usize,
        company: Company,
        kind: Kind,
        count: Option<(Count, String)>,
        percent: Option<f64>,
        date: Option<(DateSpan, String)>,
    ) -> Frame {
        // (A line gives figures, not wording: it does not vote on the kind.)
        let fields = supplied(
            vec!["company"],
            count.is_some(),
            percent.is_some(),
            date.is_some(),
        );
        Frame {
            sentence,
            dated: date.is_some(),
            company,
            kind,
            count,
            percent,
            date,
            new_round: false,
            past_verb: false,
            kind_worded: false,
            fields,
            breakdown: None,
            current: false,
            listed_with: Vec::new(),
            yearless: None,
            recalled: false,
            to_come: kind == Kind::Plan,
            counted_subject: false,
            whole: None,
            own_units: true,
            earlier: false,
            share_range: false,
            will: false,
        }
    }

    /// The frame of another employer's own object in a trigger's sentence ("and 150
    /// Uber Freight workers", "Amazon 18,000 jobs"): its figure, with the trigger's kind.
    #[allow(clippy::too_many_arguments)]
    fn object_of(
        sentence: usize,
        company: Company,
        kind: Kind,
        (count, text): (&Count, &str),
        percent: Option<f64>,
        date: Option<(DateSpan, String)>,
        past_verb: bool,
        kind_worded: bool,
        listed_with: Vec<String>,
    ) -> Frame {
        let fields = supplied(
            vec!["kind", "company"],
            true,
            percent.is_some(),
            date.is_some(),
        );
        // A line's frame, with the trigger's tense and wording and the kind it supplies.
        Frame {
            past_verb,
            kind_worded,
            fields,
            listed_with,
            ..Frame::of_a_line(
                sentence,
                company,
                kind,
                Some((count.clone(), text[count.start..count.end].to_string())),
                percent,
                date,
            )
        }
    }
}

/// The stand-in publication date that dates with no year are read against when a
/// document has none: long before any news we read, so no real date meets it.
pub const YEARLESS_ANCHOR: NaiveDate = match NaiveDate::from_ymd_opt(1901, 12, 31) {
    Some(d) => d,
    None => panic!("a valid date"),
};

/// Everything the coalescer needs: frames in text order and the sentences they cite.
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    /// Per sentence: may it name the units a round hits, and does it open a list of them.
    pub impact: Vec<bool>,
    pub opens_list: Vec<bool>,
    /// Per sentence: does it say where the sites a round hits are ("The affected stores
    /// are in Ashburton and Hornby")? See [`locates_sites`].
    pub locating: Vec<bool>,
    /// The units, severance terms and reasons of the sentences a claim can cite.
    pub spans: Spans,
    pub frames: Vec<Frame>,
    /// The company the document is mainly about (headline and lead).
    pub main_company: Option<String>,
    /// (company, parent) pairs stated anywhere in the document.
    pub parents: Vec<(String, String)>,
    /// The date a round reported as news defaults to: the publication date's month.
    pub default_date: Option<(NaiveDate, NaiveDate, Precision)>,
    /// The text's own day: the document's publication date, or where it has none, an
    /// opening dateline, a line of its own that is only a day, or a day in its URL's path
    /// ("/2024/02/15/").
    pub published: Option<NaiveDate>,
}

pub fn analyse(doc: &Document) -> Analysis {
    let mut sentences = sentences::split(doc.text);
    // A dateline opening the text is the page's date, not part of its first sentence.
    let opening = sentences
        .first()
        .and_then(|s| dateline(&doc.text[s.start..s.end]).map(|(d, len)| (d, s.start + len)));
    if let Some((_, end)) = opening {
        let rest = doc.text[end..sentences[0].end].trim_start();
        sentences[0].start = sentences[0].end - rest.len();
        if rest.is_empty() {
            sentences.remove(0);
        }
    }
    // Every sentence's tokens in one buffer (offsets into their sentence), a slice each:
    // one allocation for the document, not one per sentence.
    let mut buffer = Vec::with_capacity(doc.text.len() / 4 + 1);
    let mut ends = Vec::with_capacity(sentences.len());
    for s in &sentences {
        tokenize_into(&doc.text[s.start..s.end], &mut buffer);
        ends.push(buffer.len());
    }
    let toks: Vec<&[Token]> = ends
        .iter()
        .scan(0, |start, &end| {
            let sentence = &buffer[*start..end];
            *start = end;
            Some(sentence)
        })
        .collect();
    let names = NameContext::new(&toks);
    // Links to other stories report no round of this document.
    let links = sentences::link_lines(doc.text, &sentences);
    let hits: Vec<Vec<TriggerHit>> = toks
        .iter()
        .zip(&links)
        .map(|(t, &link)| if link { Vec::new() } else { triggers::find(t) })
        .collect();

    let from_url = doc.url.and_then(url_date);
    // Or a line of its own near the top that is only a day: "March 15, 2024".
    let date_line = || {
        // The first sentence was read for an opening dateline already.
        sentences.iter().take(8).skip(1).find_map(|s| {
            let line = &doc.text[s.start..s.end];
            dateline(line)
                .filter(|&(_, len)| line[len..].trim().is_empty())
                .map(|(d, _)| d)
        })
    };
    let published = doc
        .published
        .or(opening.map(|(d, _)| d))
        .or_else(date_line)
        .or(from_url
            .filter(|(_, p)| *p == Precision::Day)
            .map(|(d, _)| d));
    let default_date = match (published, from_url) {
        (Some(p), _) => {
            let (a, b) = month_bounds(p);
            Some((a, b, Precision::Month))
        }
        (None, Some((d, p))) if p != Precision::Year => {
            let (a, b) = month_bounds(d);
            Some((a, b, Precision::Month))
        }
        _ => None,
    };
    let ctx = DateContext {
        published,
        default_year: published
            .map(|p| p.year())
            .or(from_url.map(|(d, _)| d.year()))
            .or_else(|| text_year(doc.text, &sentences, &toks, &hits)),
        anchor: match (published, from_url) {
            (None, Some((d, p))) if p != Precision::Year => Some(month_bounds(d).1),
            _ => None,
        },
    };

    let main_company = doc.title.and_then(|t| {
        let body = sentences
            .iter()
            .zip(&toks)
            .map(|(s, t)| (&doc.text[s.start..s.end], *t));
        title_company(t, &names, body)
    });
    let mut state = State {
        current: main_company.clone().map(|name| Company {
            name,
            aliases: Vec::new(),
            parent: None,
            explicit: false,
        }),
        aliases: Aliases::default(),
        denied: Vec::new(),
        denied_done: Vec::new(),
        parents: Vec::new(),
        main: None,
        heading: None,
        long_forms: FxMap::default(),
        by_two_words: FxMap::default(),
        named_from: Vec::new(),
        current_at: 0,
        now: 0,
        list_cue: None,
        numbered: false,
    };
    state.main = state.current.clone();
    let mut frames = Vec::new();
    let mut paragraph = 0;
    let mut seen = 0;
    for (n, s) in sentences.iter().enumerate() {
        // Line breaks are hard sentence boundaries, so they lie between sentences, among a
        // few bytes of white space (or after an opening dateline): a plain loop counts them
        // faster than a vectorised search is set up.
        paragraph += doc.text.as_bytes()[seen..s.start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        seen = s.end;
        state.now = paragraph;
        let text = &doc.text[s.start..s.end];
        let next = |k: usize| {
            sentences
                .get(k)
                .map(|s| (&doc.text[s.start..s.end], toks[k]))
        };
        let view = SentenceView {
            n,
            text,
            toks: toks[n],
            hits: &hits[n],
            ahead: [next(n + 1), next(n + 2)],
            behind: [1, 2, 3].map(|k| n.checked_sub(k).map(|k| toks[k])),
        };
        sentence_frames(view, &names, &ctx, &mut state, &mut frames);
    }
    site_losses(&toks, &mut frames);
    shares_told_after(doc.text, &sentences, &toks, &mut frames);
    days_told_after(doc.text, &sentences, &toks, &ctx, &mut frames);
    lengthen_short_forms(&mut frames, &state.long_forms);
    lengthen_first_words(&mut frames, &names, &state.parents);
    drop_leading_places(&mut frames, &state.by_two_words);
    if !state.denied.is_empty() {
        // Looked up, not compared with each denial: a long page may deny hundreds.
        let denied: std::collections::HashSet<String> = state
            .denied
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect();
        // (A round the text dates more than a year before the denial's day is a fact of
        // its own, no part of what is denied (a denied report may date its own story): "denied a report that it planned to cut 3,000 jobs ...
        // in 2020, when it laid off 800 staff".)
        let told_long_before = |f: &Frame| {
            matches!(f.kind, Kind::Layoff | Kind::Closure | Kind::Cumulative)
                && (f.recalled
                    || f.dated
                        && f.past_verb
                        && f.date
                            .as_ref()
                            .zip(ctx.published.or(ctx.anchor))
                            .is_some_and(|((d, _), p)| {
                                (p - d.latest).num_days() > DENIAL_RECALL_DAYS
                            }))
        };
        // (So is a round done that the text dates and tells with a past verb, where only
        // a plan is denied: "Acme laid off 200 workers on Tuesday. A spokesman denied a
        // report that Acme planned to close 50 stores." A near miss: "Acme denied it laid
        // off 200 workers on Tuesday" denies cuts done.)
        let told_as_fact = |f: &Frame, name: &str| {
            matches!(f.kind, Kind::Layoff | Kind::Closure)
                && f.dated
                && f.past_verb
                && !state.denied_done.iter().any(|d| d == name)
        };
        frames.retain(|f: &Frame| {
            let name = f.company.name.to_ascii_lowercase();
            !denied.contains(&name) || told_long_before(f) || told_as_fact(f, &name)
        });
    }
    let main_company = main_company
        .map(|m| without_leading_place(&m, &state.by_two_words).map_or(m, Clone::clone));
    let headline_form = main_company.clone();
    let main_company = main_company.and_then(|m| as_the_body_names(m, &frames));
    if let (Some(short), Some(long)) = (&headline_form, &main_company) {
        headline_short_form(&mut frames, short, long);
    }
    // With no cut naming its company, the company the first cut refers to ("Initech
    // makes software. The company will cut 200 jobs.").
    let main_company = main_company.or_else(|| {
        frames
            .iter()
            .find(|f| f.company.explicit)
            .or(frames.first())
            .map(|f| f.company.name.clone())
    });
    // Units are only looked for near a reported round: a sentence within six of one with
    // a trigger.
    // (Worked out once a sentence: three lists below ask it.)
    let near: Vec<bool> = (0..hits.len())
        .map(|n| hits[n.saturating_sub(6)..=n].iter().any(|h| !h.is_empty()))
        .collect();
    let near = |n: usize| near[n];
    let impact: Vec<bool> = toks
        .iter()
        .enumerate()
        .map(|(n, t)| near(n) && crate::units::mentions_impact_in(t))
        .collect();
    let opens_list: Vec<bool> = sentences
        .iter()
        .zip(&toks)
        .enumerate()
        .map(|(n, (s, t))| near(n) && crate::units::opens_list_in(&doc.text[s.start..s.end], t))
        .collect();
    let locating: Vec<bool> = toks
        .iter()
        .enumerate()
        // (`named_from` is in text order: looked up by halves.)
        .map(|(n, t)| near(n) && locates_sites(t) || state.named_from.binary_search(&n).is_ok())
        .collect();
    let frame_sentences: Vec<usize> = frames.iter().map(|f: &Frame| f.sentence).collect();
    let spans = spans::find(spans::Input {
        text: doc.text,
        sentences: &sentences,
        toks: &toks,
        frame_sentences: &frame_sentences,
        impact: &impact,
        opens_list: &opens_list,
    });
    // (In sentence order: the coalescer finds a sentence's frames by bisection.)
    debug_assert!(frames.windows(2).all(|w| w[0].sentence <= w[1].sentence));
    Analysis {
        parents: state.parents,
        sentences,
        impact,
        opens_list,
        locating,
        spans,
        frames,
        main_company,
        default_date,
        published: ctx.published,
    }
}

struct State {
    /// The company "the company", "the firm" and "it" refer to.
    current: Option<Company>,
    /// (short, long) pairs learned from "Long Name (SHORT)".
    aliases: Aliases,
    /// Companies whose cuts the text denies.
    denied: Vec<String>,
    /// Of those, in lower case, the ones whose denial is of cuts done or under way, not
    /// only of a plan.
    denied_done: Vec<String>,
    /// (company, parent) pairs the text states.
    parents: Vec<(String, String)>,
    /// The company the document is about (headline, else the first company that cuts):
    /// what "the company" means when a rival was named in between.
    main: Option<Company>,
    /// A line that may be a section heading naming a company ("Tata Steel", "SSI
    /// Redcar"), with its sentence: see [`HEADING_REACH`].
    heading: Option<(String, usize)>,
    /// Institutions named "University of Winchester", by the place alone ("Winchester,
    /// Surrey and Queen Mary latest to shed jobs"); `None` for a place of two ("University
    /// of Kent" and "College of Kent"). Looked up, not scanned: a long page names many.
    long_forms: FxMap<String, Option<String>>,
    /// The first name of two words or more the text gives, by its first two words:
    /// "Marshall Aerospace and Defence Group" under "Marshall Aerospace".
    by_two_words: FxMap<String, String>,
    /// Sentences that named the company of a cut told before them ([`named_next`]): they
    /// say where its site is as well ("briefed ... at its plant at Brinny").
    named_from: Vec<usize>,
    /// The paragraph `current` was last set in, and the paragraph being read.
    current_at: usize,
    now: usize,
    /// The cuts a list's lines below report ([`list_item`]): the paragraph of the line
    /// that tells them or of the list's last item, their kind, and whether that line
    /// ends in a colon (then an item needs no bullet).
    list_cue: Option<ListCue>,
    /// The sentence before was a line's number alone ("1."), which the splitter ends
    /// there: this sentence is the numbered line's text.
    numbered: bool,
}

/// See `State::list_cue`.
#[derive(Clone, Copy)]
struct ListCue {
    paragraph: usize,
    kind: Kind,
    colon: bool,
    /// The line that tells the cuts names a company: its list's lines are then parts of
    /// that round or other firms by their known names, never bare capitalised words
    /// ("Tallis will cut 1,000 jobs across these teams:" over "- Engineering: 300 roles").
    named: bool,
}

/// (short, long) pairs learned from "Long Name (SHORT)", in the order learned, with the
/// first pair each name is in: a long page may teach hundreds, and every mention of an
/// organisation asks.
#[derive(Default)]
struct Aliases {
    pairs: Vec<(String, String)>,
    first: FxMap<String, usize>,
}

impl Aliases {
    fn push(&mut self, (short, long): (String, String)) {
        let n = self.pairs.len();
        self.first.entry(short.clone()).or_insert(n);
        self.first.entry(long.clone()).or_insert(n);
        self.pairs.push((short, long));
    }

    /// The first pair with `name` as its short or its long form.
    fn find(&self, name: &str) -> Option<&(String, String)> {
        if self.pairs.is_empty() {
            return None;
        }
        self.first.get(name).map(|&n| &self.pairs[n])
    }
}

impl State {
    /// "The company" / "the layoffs": the company named earlier in the same paragraph,
    /// else the document's own.
    fn recent(&self) -> Option<Company> {
        if self.now == self.current_at || self.main.is_none() {
            self.current.clone()
        } else {
            self.main.clone()
        }
    }

    fn canonical(&self, org: &OrgMention) -> Company {
        let mut aliases = Vec::new();
        let mut name = org.name.clone();
        if let Some((short, long)) = self.aliases.find(&org.name) {
            name = long.clone();
            aliases.push(short.clone());
        }
        if org.full != org.name {
            aliases.push(org.full.clone());
        }
        Company {
            name,
            aliases,
            parent: None,
            explicit: true,
        }
    }
}

/// "BFS, the freight company formally known as Brisendale Freight Systems", "Globex, also
/// known as Globex Industries": a name and, in an appositive right after it, the formal
/// name it goes by: one employer, so the claims carry both and the event store joins
/// reports that use either. The pair is (short, long) as [`Aliases`] keeps it, long the
/// formal name. (Near misses: "Globex, the firm known for its tablets" names nothing after
/// "as"; "Globex, which bought Initech" names another firm; "Block, formerly known as
/// Square" names a former name, which the claim would take for its own where it is the
/// longer, so it gives no pair.)
fn known_as(toks: &[Token], a: &OrgMention, b: &OrgMention) -> Option<(String, String)> {
    let between = toks.get(a.last + 1..b.first)?;
    if between.first()?.text != "," || between.len() > 10 {
        return None;
    }
    let words = &between[1..];
    let [description @ .., adverb, known, as_] = words else {
        return None;
    };
    if !known.is("known") || !as_.is("as") {
        return None;
    }
    // Before the adverb, only a description: "the freight company", "the Chicago-based
    // freight hauler" (no clause: "which", "who").
    let described = description.iter().all(|t| {
        (t.kind == TokKind::Word || matches!(t.text, "-" | "."))
            && !t.is_any(&["which", "who", "that", "and", "or"])
    });
    if !adverb.is_any(cues::FORMAL_NAME_ADVERBS) {
        return None;
    }
    // The other name closes the appositive: "Initech, also known as Globex's maker"
    // names Globex as an owner, no name of Initech's.
    let closed = toks
        .get(b.last + 1)
        .is_none_or(|t| matches!(t.text, "," | ")" | "." | ";"));
    if !described || !closed || b.possessive || a.name == b.name {
        return None;
    }
    Some((a.name.clone(), b.name.clone()))
}

/// The headline's company as the body's cuts name it: "Veltrix to cut jobs" over
/// "Veltrix Infosolutions will cut 1,200 jobs" is Veltrix Infosolutions, whose round the
/// story is about. A headline's name that is a listed place and that no cut of the body
/// names ("Jobs to go at Cork plant" over "Lough Mahon Medical will cut 200 jobs") is no
/// company: `None`, and the body's first named cut tells the main company. (Near misses:
/// "Acme to cut jobs" over a cut of "Acme Bank" alone stays Acme when a cut names Acme; a
/// firm's name kept whatever the body names.)
fn as_the_body_names(main: String, frames: &[Frame]) -> Option<String> {
    let key = orgs::company_key(&main);
    // (Each named cut's key once: three questions are asked of them.)
    let named: Vec<(&String, String)> = frames
        .iter()
        .filter(|f| f.company.explicit)
        .map(|f| (&f.company.name, orgs::company_key(&f.company.name)))
        .collect();
    if named.iter().any(|(_, k)| *k == key) {
        return Some(main);
    }
    if let Some((longer, _)) = named.iter().find(|(_, k)| orgs::begins_with_words(k, &key)) {
        return Some((*longer).clone());
    }
    let place = crate::places::is_listed_even_as_word(&main);
    (!place || named.is_empty()).then_some(main)
}

/// "Cisco to cut 4,000 jobs" over "Cisco Systems said it would cut about 5% of its
/// workforce": the headline's shorter name for the company whose cuts the body tells by
/// its formal name (the name and corporate words only, `orgs::is_corporate_word`) is an
/// alias of that name, which the event store joins across outlets that write either.
/// Near misses: "Amazon to cut jobs" over "Amazon Web Services will cut hundreds" (words
/// of a business, not of the wrapper), "Hyundai" over "Hyundai Heavy Industries" (a word
/// of trade first), and a headline that names the company as the body does.
fn headline_short_form(frames: &mut [Frame], short: &str, long: &str) {
    let (sk, lk) = (orgs::company_key(short), orgs::company_key(long));
    let Some(extra) = lk.strip_prefix(&sk).and_then(|r| r.strip_prefix(' ')) else {
        return;
    };
    // Corporate words only: a word of trade before them may name one firm of a group
    // ("Hyundai Heavy Industries" is not Hyundai).
    if sk.is_empty() || !extra.split(' ').all(orgs::is_corporate_word) {
        return;
    }
    for f in frames.iter_mut().filter(|f| f.company.name == long) {
        if !f.company.aliases.iter().any(|a| a == short) {
            f.company.aliases.push(short.to_string());
        }
    }
}

/// A company named by its place alone where the text also names the institution of that
/// place ("Winchester" beside "the University of Winchester") is that institution, with
/// the place as an alias. Only a place with one such institution: beside "University of
/// Kent" and "College of Kent", "Kent" stays as written.
fn lengthen_short_forms(frames: &mut [Frame], long_forms: &FxMap<String, Option<String>>) {
    if long_forms.is_empty() {
        return;
    }
    for f in frames.iter_mut() {
        if let Some(Some(long)) = long_forms.get(&f.company.name) {
            let short = std::mem::replace(&mut f.company.name, long.clone());
            f.company.aliases.push(short);
        }
    }
}

/// "Goldman Sachs plans to cut 1,300 jobs ... Goldman reinstated job culls in 2022": a
/// name of one word that opens exactly one longer name a cut of the text is given is that
/// company, with the short form as an alias, whatever rounds the two tell. Not when the
/// longer name's other words are words the text writes in lower case ("Siemens Energy"
/// beside "energy prices" may be another firm than "Siemens") or nouns that end firms'
/// names of one business ("Amazon Web Services", "Sony Pictures Entertainment"; not
/// "Ardagh Group"), nor when the text makes the short form the longer one's parent.
fn lengthen_first_words(
    frames: &mut [Frame],
    names: &NameContext<'_>,
    parents: &[(String, String)],
) {
    // Each first word's longer name; `None` when two differ.
    let mut longer: FxMap<&str, Option<&str>> = FxMap::default();
    for f in frames.iter().filter(|f| f.company.explicit) {
        let name = f.company.name.as_str();
        if let Some((first, rest)) = name.split_once(' ') {
            let common = rest
                .split(' ')
                .any(|w| names.lower_words.in_lower_case(w) || crate::orgs::names_one_business(w));
            let entry = longer.entry(first).or_insert(Some(name));
            if common || entry.is_some_and(|l| l != name) {
                *entry = None;
            }
        }
    }
    if longer.is_empty() {
        return;
    }
    let is_parent = |long: &str, short: &str| {
        parents.iter().any(|(c, p)| c == long && p == short)
            || frames
                .iter()
                .any(|f| f.company.name == long && f.company.parent.as_deref() == Some(short))
    };
    let renames: Vec<(usize, String)> = frames
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.company.name.contains(' '))
        .filter_map(|(i, f)| {
            let long = (*longer.get(f.company.name.as_str())?)?;
            (!is_parent(long, &f.company.name)).then(|| (i, long.to_string()))
        })
        .collect();
    for (i, long) in renames {
        let short = std::mem::replace(&mut frames[i].company.name, long);
        frames[i].company.aliases.push(short);
    }
}

/// "A global healthcare company is to cut its workforce in Co Cork by up to 90. Workers
/// at Merck Sharpe Dohme were briefed by management about the decision": a cut whose
/// subject is a firm described with "a" or "an" and no name belongs to the first company
/// the next two sentences name (not one they cite as a source): that name, and how many
/// sentences after the next one it is. (A near miss: "A rival firm cut 90 jobs" with no name
/// after it gives no claim.)
fn named_next(
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    ahead: &[Option<(&str, &[Token])>; 2],
    names: &NameContext<'_>,
) -> Option<(OrgMention, usize)> {
    // The description opens the clause: its subject.
    let before = &toks[lo..hit.first];
    let described = before.first().is_some_and(|t| t.is_any(&["a", "an"]))
        && before[1..before.len().min(6)]
            .iter()
            .any(|w| w.is_any(subject::DESCRIBED_HEADS));
    // Or it is where the staff work, after "at", before or after the trigger: "Up to 300
    // jobs are at risk at a Dundee textile manufacturer", "Two hundred staff at a Glasgow
    // call centre will lose their jobs". (A near miss: "300 jobs at a plant in Ohio"
    // with no name in the next sentences gives no claim.)
    // The head of the description is its last word before a preposition, a verb or
    // punctuation: "at a meeting in a hotel" describes a meeting, no workplace.
    let at_described = (lo..hi.min(toks.len()).saturating_sub(2)).any(|k| {
        toks[k].is("at")
            && toks[k + 1].is_any(&["a", "an"])
            && toks[k + 2..(k + 7).min(hi)]
                .iter()
                .take_while(|t| {
                    t.kind == TokKind::Word
                        && !t.is_any(DESCRIPTION_ENDS)
                        && !t.is_any(cues::SUBORDINATORS)
                })
                .last()
                .is_some_and(|w| {
                    !w.is_capitalized()
                        && (w.is_any(subject::DESCRIBED_HEADS) || w.is_in(site_nouns()))
                })
    });
    // (A town that describes it names no firm: "a Dundee textile manufacturer".)
    let named = |o: &OrgMention| {
        if described {
            o.first >= lo && o.last < hit.first
        } else {
            o.first >= lo && o.last < hi && !crate::places::is_listed(&o.name)
        }
    };
    if !(described || at_described) || orgs.iter().any(named) {
        return None;
    }
    // After a workplace, the firm speaks of it: "Tayside Textiles said it had begun a
    // consultation". (A near miss: "Ford and GM have both cut shifts this year" names
    // firms that say nothing of it.)
    // (Past a clause about the firm: "Tayside Textiles, which employs 1,200 people in the
    // city, said".)
    let speaks = |toks: &[Token], o: &OrgMention| {
        described
            || toks[o.last + 1..].iter().take(16).any(|t| {
                t.is_any(&[
                    "said",
                    "says",
                    "confirmed",
                    "announced",
                    "told",
                    "added",
                    "stated",
                ])
            })
    };
    ahead.iter().enumerate().find_map(|(k, next)| {
        let (text, toks) = (*next)?;
        let found = orgs::find(text, toks, names);
        found
            .into_iter()
            .find(|o| !o.cited && !crate::places::is_place(&o.name))
            .filter(|o| speaks(toks, o))
            .map(|o| (o, k))
    })
}

/// Words that end a description after "at a" ([`named_next`]): prepositions and verbs.
/// (And the conjunctions of [`cues::SUBORDINATORS`]: "at a Dundee manufacturer after it
/// announced".)
const DESCRIPTION_ENDS: &[&str] = &[
    "in", "on", "of", "for", "with", "near", "outside", "that", "which", "who", "where", "will",
    "would", "could", "have", "has", "had", "is", "are", "was", "were", "to", "and", "but", "it",
    "they",
];

/// The first two words of a name of two words or more.
fn first_two_words(name: &str) -> Option<&str> {
    // Names are short: a byte loop finds the spaces sooner than a searcher is set up.
    let b = name.as_bytes();
    let first = b.iter().position(|&c| c == b' ')?;
    let second = b[first + 1..]
        .iter()
        .position(|&c| c == b' ')
        .map_or(name.len(), |k| first + 1 + k);
    Some(&name[..second])
}

/// "Cambridge Marshall Aerospace consults on 300 job losses" over "Marshall Aerospace and
/// Defence Group said jobs could be affected": a headline puts the firm's town before
/// its name, and the name is the one the text gives without the town. Only when the
/// rest is two words or more that begin a name of the text. The form with the town is
/// no name of the firm, so no alias either. (A near miss: "New York Times" beside "the
/// Times" keeps its name.)
fn without_leading_place<'m>(
    name: &str,
    by_two_words: &'m FxMap<String, String>,
) -> Option<&'m String> {
    let space = name.find(' ')?;
    let rest = &name[space + 1..];
    let full = by_two_words.get(first_two_words(rest)?)?;
    let word_start = |s: &str| s.is_empty() || s.starts_with(' ');
    (full.strip_prefix(rest).is_some_and(word_start) && crate::places::is_place(&name[..space]))
        .then_some(full)
}

/// [`without_leading_place`] for each frame's company.
fn drop_leading_places(frames: &mut [Frame], by_two_words: &FxMap<String, String>) {
    if by_two_words.is_empty() {
        return;
    }
    for f in frames.iter_mut() {
        if let Some(full) = without_leading_place(&f.company.name, by_two_words) {
            f.company.name = full.clone();
        }
    }
}

/// Number words that count sites in [`counted_sites`].
const SITE_COUNTS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "fifteen", "twenty", "dozen", "dozens", "hundreds",
];

/// Whether the sentence counts sites: "three small format stores", "2 plants". (A near
/// miss: "its stores" counts none.)
fn counted_sites(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        let number = t.kind == crate::tokens::TokKind::Number
            || t.kind == crate::tokens::TokKind::Word && t.is_any_of(site_counts());
        number
            && toks[i + 1..(i + 4).min(toks.len())]
                .iter()
                .take_while(|w| w.kind == crate::tokens::TokKind::Word)
                .any(|w| w.is_in(site_nouns()))
    })
}

/// A sentence that says where the sites a round hits are: the sites,
/// marked as hit, then "are" or "is" (perhaps "located", "based") and "in" or "at".
/// "The affected stores are in Ashburton, Hornby and Hastings", "The plants to close are
/// located in Kokomo and Lordstown", "The sites affected are at Leeds and Hull". (Near
/// misses: "Its remaining stores are in Auckland" marks no site as hit; "The affected
/// workers are in Leeds" names people, not sites.)
pub fn locates_sites(toks: &[Token]) -> bool {
    let site_nouns = site_nouns();
    let Some(site) = toks.iter().take(8).position(|t| t.is_in(site_nouns)) else {
        return false;
    };
    const HIT: &[&str] = &["affected", "impacted", "closing", "doomed", "threatened"];
    let marked_before = toks[site.saturating_sub(2)..site]
        .iter()
        .any(|t| t.is_any(HIT));
    let mut k = site + 1;
    let marked_after = if toks.get(k).is_some_and(|t| t.is_any(HIT)) {
        k += 1;
        true
    } else if toks.get(k).is_some_and(|t| t.is("to"))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_any(&["close", "shut", "go"]))
    {
        k += 2;
        true
    } else {
        false
    };
    if !(marked_before || marked_after) || !toks.get(k).is_some_and(|t| t.is_any(&["are", "is"])) {
        return false;
    }
    k += 1;
    while toks
        .get(k)
        .is_some_and(|t| t.is_any(&["located", "based", "all", "mainly", "mostly"]))
    {
        k += 1;
    }
    toks.get(k).is_some_and(|t| t.is_any(&["in", "at"]))
}

/// Verbs of amounting after a pronoun that points back to a round: "It represents 5 per
/// cent of its workforce here".
const AMOUNTING_BACK: &[&str] = &[
    "represents",
    "represented",
    "amounts",
    "amounted",
    "equates",
    "equated",
    "equals",
    "constitutes",
    "is",
    "was",
];

/// Whether `toks[i]` is one of `words` (lower case) that marks a new round: as written,
/// or as the sentence's first word before a figure ("Another 150 jobs will be cut"). (Near
/// misses: "New York" is no new round; "Another concern is that ..." counts nothing.)
fn round_word_at(toks: &[Token], i: usize, words: &[&str]) -> bool {
    words.contains(&toks[i].text)
        || i == 0 && toks[i].is_any(words) && toks.get(1).is_some_and(|n| n.kind == TokKind::Number)
}

/// Rule `share-told-after`: a sentence with no trigger that opens with "It", "This" or
/// "That" and a verb of amounting, and gives a share of the staff ("It represents 5 per
/// cent of its workforce here"), measures the round of the sentence before when that
/// round has no share: the round gets the share, cited from that sentence (a copy of
/// its frame placed there, with only the percent as its field). (Near misses: "It
/// represents 5% of its revenue" names no staff; "It said 5% of its workforce would
/// go" is a trigger's own sentence.)
fn shares_told_after(
    doc: &str,
    sentences: &[Sentence],
    toks: &[&[Token]],
    frames: &mut Vec<Frame>,
) {
    let mut with_frames = vec![false; sentences.len()];
    for f in frames.iter() {
        with_frames[f.sentence] = true;
    }
    let mut copies: Vec<(usize, Frame)> = Vec::new();
    for n in 1..sentences.len() {
        let t = toks[n];
        if with_frames[n]
            || !with_frames[n - 1]
            || !t.first().is_some_and(|w| w.is_any(&["it", "this", "that"]))
            || !t[1..t.len().min(3)]
                .iter()
                .any(|w| w.is_any(AMOUNTING_BACK))
        {
            continue;
        }
        let text = &doc[sentences[n].start..sentences[n].end];
        let percents = quantity::find_percents_in(t);
        let Some(share) = staff_share_within(text, &percents, 0, text.len()) else {
            continue;
        };
        let before: Vec<usize> = (0..frames.len())
            .filter(|&i| frames[i].sentence == n - 1)
            .collect();
        if before.iter().any(|&i| frames[i].percent.is_some()) {
            continue;
        }
        let (Some(&last), Some(&end)) = (
            before
                .iter()
                .rev()
                .find(|&&i| matches!(frames[i].kind, Kind::Plan | Kind::Layoff)),
            before.last(),
        ) else {
            continue;
        };
        let mut copy = frames[last].told_in(n, vec!["percent"]);
        copy.percent = Some(share);
        copies.push((end + 1, copy));
    }
    // In text order: each copy right after the frames of the sentence before it.
    insert_in_order(frames, copies);
}

/// Rule `day-told-after`: the sentence after an undated round tells when it was made
/// known, with a verb of announcing and the round's company (or "it", "the company", "In
/// a statement ...") for subject, and no trigger of its own: "Halden Foods will cut 240
/// jobs at its Wakefield bakery. The company announced the plan on Thursday.", "In a
/// memo on 8 May, the chief executive told staff ...". The round gets that date, cited
/// from that sentence (a copy of its frame placed there, with only the date as its
/// field). The date must not fall after publication, nor be a window ("since", "by",
/// "until"). (Near misses: "Shares fell 5% on Thursday." announces nothing; "Rival
/// Globex announced its results on Thursday." has another firm for subject.)
fn days_told_after(
    doc: &str,
    sentences: &[Sentence],
    toks: &[&[Token]],
    ctx: &DateContext,
    frames: &mut Vec<Frame>,
) {
    let Some(published) = ctx.published else {
        return;
    };
    // The frames of each sentence, as a range of `frames` (which are in text order).
    let of_sentence = |frames: &[Frame], n: usize| {
        frames.partition_point(|f| f.sentence < n)..frames.partition_point(|f| f.sentence <= n)
    };
    let mut copies: Vec<(usize, Frame)> = Vec::new();
    for n in 1..sentences.len() {
        let t = toks[n];
        if t.len() < 3 {
            continue;
        }
        // The subject first (cheap): the company by name, "it", "the company" (or a
        // firm's trade), or a statement or memo that opens the sentence.
        let anaphor = t[0].is_any(&["it", "they"])
            || t[0].is("the")
                && (t[1].is_any(ANNOUNCING_SUBJECTS) || crate::lexicon::is_trade_noun(t[1].text));
        let statement = t[0].is("in")
            && t[1].is_any(&["a", "an", "its", "the"])
            && t[2].is_any(&[
                "statement",
                "memo",
                "letter",
                "note",
                "filing",
                "email",
                "post",
                "release",
                "announcement",
            ]);
        let capitalised = t[0].is_capitalized() && t[0].kind == TokKind::Word;
        if !(anaphor || statement || capitalised) {
            continue;
        }
        let own = of_sentence(frames, n);
        let before = of_sentence(frames, n - 1);
        if !own.is_empty() || before.is_empty() || frames[before.clone()].iter().any(|f| f.dated) {
            continue;
        }
        let told =
            |f: &Frame| matches!(f.kind, Kind::Plan | Kind::Layoff | Kind::Closure) && !f.earlier;
        let mut names: Vec<&str> = frames[before.clone()]
            .iter()
            .filter(|f| told(f))
            .map(|f| f.company.name.as_str())
            .collect();
        names.dedup();
        // By name, the round of that company; by "it" or a statement, the one company
        // the sentence before told of.
        let company = if capitalised && !statement && !anaphor {
            names
                .iter()
                .find(|c| c.split(' ').next().is_some_and(|w| w == t[0].text))
                .copied()
        } else if names.len() == 1 {
            names.first().copied()
        } else {
            None
        };
        let Some(company) = company.map(str::to_string) else {
            continue;
        };
        // The sentence is about the round: its news, its staff, or a statement.
        if !statement
            && !t
                .iter()
                .any(|w| w.is_any(ANNOUNCED_NEWS) || w.is_in(triggers::job_nouns()))
        {
            continue;
        }
        let verbs: Vec<usize> = (0..t.len())
            .filter(|&k| {
                t[k].is_any(cues::ANNOUNCED_PAST)
                    || t[k].is_any(&[
                        "outlined",
                        "informed",
                        "briefed",
                        "reported",
                        "presented",
                        "communicated",
                    ])
            })
            .collect();
        if verbs.is_empty() && !statement {
            continue;
        }
        // The date of the saying: "on" or "in" a day or a month (or a bare weekday) next
        // to the verb, with no modal or clause between ("said on Thursday", "announced
        // the plan on Thursday", "revealed to staff via email Monday"), or in the opening
        // statement ("In a statement on 8 May, ..."), within two months before
        // publication. (Near misses: "said staff would leave in September" dates the
        // leaving; "said in March that demand had fallen" tells no news of the round.)
        let Some(date) = dates::find_dates_in(t, ctx).into_iter().find(|d| {
            let at = t.partition_point(|w| w.start < d.start);
            let bare_day = d.prefix.is_none()
                && d.precision == Precision::Day
                && at > 0
                && !t[at - 1].is_any(&[
                    "as", "by", "until", "from", "since", "before", "after", "of",
                ]);
            // ("to" before the people told is no infinitive: "was presented to staff on
            // Tuesday", "announced to unions on Monday".)
            let audience = |k: usize| {
                let k =
                    k + 1 + usize::from(t.get(k + 1).is_some_and(|w| w.is_any(&["the", "its"])));
                t.get(k).is_some_and(|w| {
                    w.is_in(triggers::job_nouns())
                        || w.is_any(&["unions", "union", "investors", "analysts"])
                })
            };
            let next_to_verb = verbs.iter().any(|&v| {
                v < at
                    && at - v <= 8
                    && !(v + 1..at).any(|k| {
                        t[k].is_any(&[
                            "would", "will", "could", "should", "may", "might", "that", "it",
                            "they", "was", "were", "be",
                        ]) || t[k].is("to") && !audience(k)
                    })
            });
            (matches!(d.prefix, Some("on" | "in")) || bare_day)
                && (d.precision == Precision::Month
                    || d.precision == Precision::Day && d.earliest == d.latest)
                && d.latest <= published
                && (published - d.earliest).num_days() <= 62
                && (next_to_verb || statement && at <= 6)
        }) else {
            continue;
        };
        let text = &doc[sentences[n].start..sentences[n].end];
        let worded = text[date.start..date.end].to_string();
        for f in frames[before.clone()].iter() {
            if !told(f) || f.company.name != company {
                continue;
            }
            let mut copy = f.told_in(n, vec!["date"]);
            copy.date = Some((date.clone(), worded.clone()));
            copy.dated = true;
            // (The units an announcement names are not the round's: "said the US
            // healthcare group".)
            copy.own_units = false;
            copies.push((before.end, copy));
        }
    }
    insert_in_order(frames, copies);
}

/// Words for the company, or for the news of the round, after "the" opening a sentence
/// that says when the round was made known: "The company announced the plan on
/// Thursday", "The move was revealed to staff on Monday". Not a union's or a body's.
/// (Besides the nouns for what a firm does, `lexicon::is_trade_noun`.)
const ANNOUNCING_SUBJECTS: &[&str] = &[
    "company",
    "firm",
    "group",
    "business",
    "bank",
    "carrier",
    "employer",
    "university",
    "council",
    "authority",
    "news",
    "move",
    "announcement",
    "decision",
    "plan",
    "proposal",
    "proposals",
    "restructuring",
    "cuts",
    "layoffs",
    "redundancies",
];

/// Words for the news of a round, which a sentence that dates its announcement speaks of.
const ANNOUNCED_NEWS: &[&str] = &[
    "plan",
    "plans",
    "cuts",
    "layoffs",
    "move",
    "decision",
    "news",
    "redundancies",
    "changes",
    "restructuring",
    "proposal",
    "proposals",
];

/// Rule `superseded-figure`: a figure first said and since revised, told in the
/// trigger's own clause (from `lo`, past any trigger before it) by "originally" or
/// "initially", or by "earlier", "previously" or "first" right after "had", then at once
/// a verb of saying or planning, with no comma, "but" or "now" before the trigger: "had
/// originally estimated that 450 jobs could be lost", "It had earlier said up to 450 jobs
/// were at risk", "initially planned to cut 450 jobs". (Near misses: "had cut 450 jobs
/// earlier this year" says no figure; "will cut 370 jobs, fewer than initially planned"
/// revises after the figure; "initially planned to cut 450 jobs but will now cut 600"
/// keeps the 600; "whose shares initially rose, said it planned to cut 450" says nothing
/// first.)
fn superseded(toks: &[Token], hit: &TriggerHit, lo: usize) -> bool {
    const SAID: &[&str] = &[
        "said",
        "estimated",
        "expected",
        "announced",
        "planned",
        "proposed",
        "forecast",
        "indicated",
        "warned",
        "targeted",
        "intended",
        "put",
    ];
    let clause = &toks[lo.min(hit.first)..hit.first];
    clause.iter().enumerate().any(|(k, t)| {
        let revised = t.is_any(&["originally", "initially"])
            || k > 0 && clause[k - 1].is("had") && t.is_any(&["earlier", "previously", "first"]);
        revised
            && clause.get(k + 1).is_some_and(|v| v.is_any(SAID))
            && !clause[k + 1..]
                .iter()
                .any(|w| matches!(w.text, "," | ";") || w.is_any(&["but", "now"]))
    })
}

/// Where a short aside between commas that ends right before token `at` opens (its first
/// comma), or `at` when there is none: "will, however, cut", "will, as expected, cut".
/// (A near miss: "will cut 300 jobs, the union said, and close" is no aside before a verb.)
fn aside_start(toks: &[Token], lo: usize, at: usize) -> usize {
    if at == lo || toks[at - 1].text != "," {
        return at;
    }
    let words = toks[lo..at - 1]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokKind::Word)
        .count();
    let open = at - 1 - words;
    if (1..=3).contains(&words) && open > lo && toks[open - 1].text == "," {
        open - 1
    } else {
        at
    }
}

/// Puts each copy (`at`, frame) in `frames` before the frame at index `at` of the
/// original order, copies of one `at` in the order given: one pass, however many.
fn insert_in_order(frames: &mut Vec<Frame>, mut copies: Vec<(usize, Frame)>) {
    if copies.is_empty() {
        return;
    }
    copies.sort_by_key(|c| c.0);
    let old = std::mem::take(frames);
    let mut copies = copies.into_iter().peekable();
    for (i, f) in old.into_iter().enumerate() {
        while let Some((_, c)) = copies.next_if(|c| c.0 <= i) {
            frames.push(c);
        }
        frames.push(f);
    }
    frames.extend(copies.map(|(_, c)| c));
}

/// Jobs a closing site holds, told in a sentence of their own about the site: "DS
/// Smith is closing its packaging factory. The factory in question is the Clay Cross
/// site, which has nearly 140 jobs at risk." A cut whose sentence opens with the site as
/// its subject ("The factory", "The Leeds site") and names no company is the figure of
/// a closing of the same company a sentence or two before it that has none. So are
/// counted staff who lose their jobs with no agent named ("Woolworths will close its
/// 807 stores. All 27,000 staff will lose their jobs."), unless the sentence tells of
/// more cuts ("Another 140 jobs in sales will also go"). (Near misses also: "The company
/// will also cut 140 jobs in sales" opens with no site; a closing with a figure of its
/// own keeps it.)
fn site_losses(toks: &[&[Token]], frames: &mut [Frame]) {
    let opens_with_site = |s: usize| {
        let t = &toks[s];
        t.first()
            .is_some_and(|d| d.is_any(&["the", "this", "that"]))
            && t[1..t.len().min(3)].iter().any(|w| w.is_in(site_nouns()))
    };
    let no_more_cuts = |s: usize| {
        !toks[s]
            .iter()
            .any(|t| t.is_any(&["also", "another", "additional", "further", "more", "other"]))
    };
    for i in 0..frames.len() {
        let f = &frames[i];
        let s = f.sentence;
        if !matches!(f.kind, Kind::Plan | Kind::Layoff)
            || f.company.explicit
            || f.count.is_none()
            || !(opens_with_site(s) || f.counted_subject && no_more_cuts(s))
        {
            continue;
        }
        let closing = frames[..i]
            .iter()
            .rev()
            .take_while(|g| g.sentence + 2 >= s)
            .any(|g| {
                g.kind == Kind::Closure
                    && g.sentence < s
                    && g.count.is_none()
                    && g.company.name == f.company.name
            });
        if closing {
            frames[i].kind = Kind::Closure;
        }
    }
}

/// How many sentences below a heading may name its company.
const HEADING_REACH: usize = 3;

/// A short line of capitalised words and no sentence punctuation: "Tata Steel", "SSI
/// Redcar", "Johnson & Johnson". (Near misses: "Where will the axe fall?" is a question;
/// "Jobs cut at Initech" has lower-case words.)
fn heading_shaped(toks: &[Token]) -> bool {
    !toks.is_empty()
        && toks.len() <= 5
        && toks
            .iter()
            .all(|t| t.is_capitalized() || t.text == "&" || t.is_any(&["of", "and"]) && t.ws_before)
        && toks[0].is_capitalized()
}

/// How many field separators a line holds: '•', '∙', '·', '|' and "βˆ™" (a bullet read in
/// the wrong encoding). Found by their lead bytes, which UTF-8 never uses inside another
/// character, instead of decoding every character of the line.
fn count_separators(text: &str) -> usize {
    let b = text.as_bytes();
    let chars = memchr::memchr3_iter(0xC2, 0xE2, b'|', b)
        .filter(|&i| {
            let rest = &b[i..];
            rest[0] == b'|'
                || ["•", "∙", "·"]
                    .iter()
                    .any(|s| rest.starts_with(s.as_bytes()))
        })
        .count();
    // "βˆ™" opens with the one byte 0xCE.
    let garbled = match memchr::memchr(0xCE, b) {
        Some(_) => text.matches("βˆ™").count(),
        None => 0,
    };
    chars + garbled
}

/// Where a list line's words start after its bullet: "- ", "• ", "* " or "3. ", "3) ".
fn bullet_end(toks: &[Token]) -> Option<usize> {
    let first = toks.first()?;
    if matches!(first.text, "-" | "–" | "—" | "•" | "*" | "·") {
        return Some(1);
    }
    (first.kind == TokKind::Number
        && first.text.len() <= 2
        && toks.get(1).is_some_and(|t| matches!(t.text, "." | ")")))
    .then_some(2)
}

/// The kind of the cuts a sentence reports, when it may open a list of them: a trigger of
/// cuts or closings, none of hiring, no word that denies or negates. A plan's words make
/// a plan ("Companies planning job cuts:"); else cuts done ("who cut jobs this week").
fn list_cue_kind(toks: &[Token], hits: &[TriggerHit]) -> Option<Kind> {
    let classes = || hits.iter().map(|h| TRIGGERS[h.rule].class);
    // "Job cuts by sector:", "Layoffs by state:": a breakdown of cuts, whose lines name
    // sectors or places, no firms.
    let breakdown = toks.windows(2).any(|w| {
        w[0].is("by")
            && w[1].is_any(&[
                "sector",
                "sectors",
                "industry",
                "industries",
                "region",
                "regions",
                "state",
                "states",
                "country",
                "countries",
                "city",
                "cities",
                "department",
                "departments",
                "team",
                "teams",
                "function",
                "functions",
                "province",
                "provinces",
            ])
    });
    if hits.is_empty()
        || breakdown
        || classes().any(|c| c == triggers::TrigClass::Hiring)
        || (0..toks.len()).any(|k| vetoes::is_negation(toks, k) || toks[k].is_any_of(denials()))
    {
        return None;
    }
    let plan = hits.iter().any(|h| TRIGGERS[h.rule].form == Form::Base)
        || toks
            .iter()
            .any(|t| t.is_any(&["plan", "plans", "planning", "planned", "will", "proposed"]));
    Some(if plan { Kind::Plan } else { Kind::Layoff })
}

/// Words that label a list line rather than name a company: "Total: 3,000 jobs".
const LIST_LABELS: &[&str] = &[
    "total",
    "totals",
    "update",
    "updated",
    "note",
    "source",
    "sources",
    "photo",
    "related",
    "read",
    "more",
    "also",
    "editor",
    "correction",
    "jobs",
    "layoffs",
    "cuts",
    "sector",
    "industry",
    "region",
    "state",
    "country",
    "city",
    "overall",
    "so",
    "far",
    "year",
    "week",
    "month",
    "today",
    "yesterday",
];

/// Rule `list-item`: a line of a list under a sentence that reports cuts (`list_cue`),
/// with no trigger of its own, that opens (past its bullet, at `at`) with a company and a
/// separator and counts staff: "- Arbortech: 300 roles, mostly in engineering",
/// "3. Quillon Bank — 1,200 jobs, closing 40 branches", "Corvane Networks: 1,100 jobs
/// (Dallas, Raleigh)", "- Kestrel Games: 15% of staff". The round is the company's, of
/// the cue's kind, dated by the line. (Near misses: the same lines under "Companies hiring
/// this week:" or under a line that names no cuts; "- Arbortech: new offices in Austin"
/// counts no staff.)
#[allow(clippy::too_many_arguments)]
fn list_item(
    n: usize,
    text: &str,
    toks: &[Token],
    orgs: &[OrgMention],
    at: usize,
    cue: ListCue,
    ctx: &DateContext,
    state: &State,
) -> Option<Frame> {
    let kind = cue.kind;
    // The company: a name found there, or the capitalised words up to the separator,
    // which a list line gives its names with ("- Arbortech: 300 roles"), unless they
    // name a place or label the line ("Ohio: 1,200 jobs", "Total: 3,000 jobs").
    let (company, last) = match orgs.iter().find(|o| o.first == at && !o.cited) {
        Some(o) => (state.canonical(o), o.last),
        None => {
            let end = (at..toks.len().min(at + 5))
                .find(|&k| toks[k].kind == TokKind::Punct && toks[k].text != "&")?;
            let words = &toks[at..end];
            if cue.named
                || words.is_empty()
                || !words.iter().all(|t| t.is_capitalized())
                || words.iter().any(|t| {
                    t.is_any(LIST_LABELS)
                        || t.is_in(job_nouns())
                        || t.is_in(site_nouns())
                        || crate::units::is_job_function(t)
                })
            {
                return None;
            }
            let name = text[words[0].start..words[words.len() - 1].end].to_string();
            if crate::places::is_place(&name) {
                return None;
            }
            let company = Company {
                name,
                aliases: Vec::new(),
                parent: None,
                explicit: true,
            };
            (company, end - 1)
        }
    };
    let sep = toks.get(last + 1)?;
    if !matches!(sep.text, ":" | "-" | "–" | "—" | "," | "(") {
        return None;
    }
    let counts = quantity::find_counts_in(toks);
    // Staff counted: a figure before a job noun, or the figure right after the
    // separator ("Pallas Games (400, on Wednesday)") that counts nothing else.
    let right_after = toks.get(last + 2).map(|t| t.start);
    // (Not a year: "(founded 2015)".)
    let year = |c: &Count| c.min == c.max && c.min.is_some_and(|v| (1900..=2100).contains(&v));
    let count = counts.iter().filter(|c| !year(c)).find(|c| {
        let i = toks.partition_point(|t| t.start < c.end);
        let next = toks.get(i);
        next.is_some_and(|t| t.is_in(job_nouns()))
            || Some(c.start) == right_after
                && next.is_none_or(|t| {
                    t.kind == TokKind::Punct
                        || !t.is_capitalized() && t.is_any(&["on", "in", "at", "announced"])
                })
    });
    // A share of the staff, not of anything else ("shares down 5%").
    let percent =
        figures::staff_share_within(text, &quantity::find_percents_in(toks), 0, text.len());
    if count.is_none() && percent.is_none() {
        return None;
    }
    let date = dates::find_dates_in(toks, ctx)
        .into_iter()
        .find(|d| d.prefix.is_none_or(|p| matches!(p, "on" | "in" | "at")))
        .map(|d| {
            let w = text[d.start..d.end].to_string();
            (d, w)
        });
    Some(Frame::of_a_line(
        n,
        company,
        kind,
        count.map(|c| (c.clone(), text[c.start..c.end].to_string())),
        percent,
        date,
    ))
}

/// A tracker row such as "Acme • Boston • 219 employees (30%) • Source": a short line of
/// fields separated by bullets whose figure counts staff. It reports a round of the
/// organisation that opens it.
fn tracker_line(
    n: usize,
    text: &str,
    toks: &[Token],
    orgs: &[OrgMention],
    state: &State,
) -> Option<Frame> {
    // Every separator has a byte of one of these four; most sentences hold none.
    let may_have_separators = memchr::memchr3(0xC2, 0xCE, 0xE2, text.as_bytes()).is_some()
        || memchr::memchr2(b'|', b'-', text.as_bytes()).is_some();
    if toks.len() > 40 || !may_have_separators {
        return None;
    }
    let separators = count_separators(text);
    // Or a tracker's heading: "Bossa Studios - 19 people", a name, a spaced dash and the
    // figure, and nothing else. (A near miss: "Acme-owned stores cut 19 people" has no
    // spaced dash after a name that opens the line.)
    let heading = separators == 0
        && toks.len() <= 8
        && orgs.first().is_some_and(|o| {
            o.first == 0
                && toks
                    .get(o.last + 1)
                    .is_some_and(|t| matches!(t.text, "-" | "–" | "—") && t.ws_before)
        });
    if separators < 2 && !heading {
        return None;
    }
    let org = orgs.iter().find(|o| !o.cited)?;
    let counts = quantity::find_counts_in(toks);
    let (count, first) = counts.iter().find_map(|c| {
        let i = toks.iter().position(|t| t.start >= c.end)?;
        toks[i].is_in(job_nouns()).then_some((c.clone(), i))
    })?;
    let percent = quantity::find_percents_in(toks)
        .into_iter()
        .find(|p| p.start > toks[first].start && !p.upper_bound && p.value <= 100.0)
        .map(|p| p.value);
    Some(Frame::of_a_line(
        n,
        state.canonical(org),
        Kind::Layoff,
        Some((count.clone(), text[count.start..count.end].to_string())),
        percent,
        None,
    ))
}

/// Prepositions and cues that put an organisation outside the subject.
const GOVERNORS: &[&str] = &[
    "union",
    "of",
    "for",
    "with",
    "like",
    "than",
    "from",
    "including",
    "as",
    "by",
    "against",
    "versus",
    "vs",
    "to",
    "at",
    "in",
    "on",
    "about",
    "into",
    "between",
    "near",
    "outside",
    // "The studio behind Tidebreakers is shutting down": what a firm is behind is its
    // product.
    "behind",
    // "reducing its North American retail footprint", "their Asia Pacific unit": a name
    // after a possessive determiner is something the subject owns.
    "its",
    "their",
];

/// Whether the clause before a trigger at `first` puts it ahead: a modal ("will close",
/// "would shut") or an infinitive ("is to close", "are set to close", "the first of the
/// stores to close"). A near miss: "closed its plant" has neither.
fn future_clause(toks: &[Token], lo: usize, first: usize) -> bool {
    const FUTURE: &[&str] = &["will", "would", "ll", "shall"];
    let before = &toks[first.saturating_sub(4).max(lo)..first];
    // "120 workers will lose their jobs when the plant closes in June": a clause of time
    // under a future main clause is in the future too, though its verb is in the present.
    // (A near miss: "120 workers lost their jobs when the plant closed" is all past.)
    let under_future = toks[first.saturating_sub(6)..first]
        .iter()
        .rposition(|t| t.is_any(&["when", "once", "until", "before", "after"]))
        .map(|k| first.saturating_sub(6) + k)
        .is_some_and(|k| toks[..k].iter().any(|t| t.is_any(FUTURE)));
    before.iter().any(|t| t.is_any(FUTURE))
        || before.last().is_some_and(|t| t.is("to"))
        || under_future
}

/// The spans of `items` (by byte range) outside `aside`, borrowed as they are when there
/// is no aside: most triggers have none, and then nothing is copied.
fn outside<T: Clone>(
    items: &[T],
    aside: Option<(usize, usize)>,
    span: impl Fn(&T) -> (usize, usize),
) -> std::borrow::Cow<'_, [T]> {
    match aside {
        None => std::borrow::Cow::Borrowed(items),
        Some((a, b)) => items
            .iter()
            .filter(|x| {
                let (start, end) = span(x);
                !(start >= a && end <= b)
            })
            .cloned()
            .collect(),
    }
}

/// The part ", including ..." names after a trigger's own figure (`count`), to the next
/// comma or the end of the sentence: "has cut 2,000 jobs since January, including 600
/// announced on Tuesday".
/// Its dates are the part's, not the whole's. (Near misses: "cut 600 jobs on Tuesday,
/// including 200 in Texas" is dated before it; in "will impact 50% of its staff by the
/// end of the year, including nearly 1,000 this week", the figure is the part's, and so
/// is the date.)
fn part_after(
    text: &str,
    toks: &[Token],
    hit: &TriggerHit,
    count: &Option<(quantity::Count, String)>,
) -> Option<(usize, usize)> {
    const CUE: &str = ", including ";
    let from = toks[hit.last].end;
    // The first comma that opens the cue: a substring searcher costs more to set up than
    // the commas of the rest of a sentence cost to try.
    let rest = &text.as_bytes()[from..];
    let at =
        from + memchr::memchr_iter(b',', rest).find(|&k| rest[k..].starts_with(CUE.as_bytes()))?;
    let end = text[at + CUE.len()..]
        .find(", ")
        .map_or(text.len(), |k| at + CUE.len() + k);
    count
        .as_ref()
        .is_some_and(|(c, _)| c.end <= at && c.start >= from)
        .then_some((at, end))
}

/// The sum of `counts` (central values of bounded figures) when there are two or more,
/// all bounded, and `c` is one of them.
fn breakdown_of(counts: &[quantity::Count], c: &quantity::Count) -> Option<u64> {
    let central = |x: &quantity::Count| Some((x.min? + x.max?) / 2);
    if counts.len() < 2 || !counts.iter().any(|x| x.start == c.start) {
        return None;
    }
    counts.iter().map(central).sum()
}

/// One sentence as the frame builder sees it, with the two sentences after it (text and
/// tokens) for a company that the text names only after the cut ([`named_next`]).
struct SentenceView<'s, 't> {
    n: usize,
    text: &'s str,
    toks: &'s [Token<'t>],
    hits: &'s [TriggerHit],
    ahead: [Option<(&'s str, &'s [Token<'t>])>; 2],
    /// The sentences before, nearest first: what "on the same day" points back to.
    behind: [Option<&'s [Token<'t>]>; 3],
}

/// Words before a round that make it an earlier one than the clause's: "just months after
/// cutting 9%", "following an 18% staff reduction in June".
const EARLIER_WORDS: &[&str] = &["after", "before", "following", "since"];

/// How far before a trigger "part of" may open the noun phrase the trigger heads: "part
/// of a planned 7% reduction", "part of its wider role reductions".
const PART_OF_REACH: usize = 8;

/// Rule `part-of-a-whole`: the index of "part" when "part of" opens the noun phrase that
/// trigger `hit` heads, at most `PART_OF_REACH` words before it and no earlier than `lo`:
/// "the US job cuts are part of a planned 7% reduction in its workforce", "cut 665 jobs
/// as part of its wider role reductions announced in October 2014", "as part of a plan
/// to reduce its workforce". The trigger names a larger round that holds the one at
/// hand. (Near misses: "part of the plant, which will cut 200 jobs" and "part of its
/// costs and cut 200 jobs" put a comma or a conjunction between, and the trigger is a
/// clause of its own.)
fn part_of_whole(toks: &[Token], hit: &TriggerHit, lo: usize) -> Option<usize> {
    phrase_opener(toks, hit, lo, |k| {
        k > 0 && toks[k].is("of") && toks[k - 1].is("part")
    })
    .map(|k| k - 1)
}

/// Words that end a noun phrase read backwards from its head: a clause's conjunctions and
/// relative words, and the verbs, modals and auxiliaries of a clause of its own.
const PHRASE_STOPS: &[&str] = &[
    "and", "or", "but", "which", "that", "who", "while", "will", "would", "could", "can", "may",
    "might", "shall", "should", "must", "has", "have", "had", "is", "are", "was", "were", "be",
    "been", "being", "do", "does", "did",
];

/// The word at most `PART_OF_REACH` words before trigger `hit` (no earlier than `lo`) that
/// `opens` accepts, read back through the noun phrase the trigger heads: its article,
/// figures, adjectives and a possessive name ("following an 18% staff reduction", "part
/// of Globex's planned 7% reduction"). A comma, a word of `PHRASE_STOPS` or a name that is
/// no possessive ends the phrase first. (Near misses: "After months of talks Globex will
/// cut 200 jobs" and "As part of the deal Globex will cut 200 jobs" reach the opener
/// only through a name and a modal.)
fn phrase_opener(
    toks: &[Token],
    hit: &TriggerHit,
    lo: usize,
    opens: impl Fn(usize) -> bool,
) -> Option<usize> {
    let from = hit.first.saturating_sub(PART_OF_REACH).max(lo);
    for k in (from..hit.first).rev() {
        if opens(k) {
            return Some(k);
        }
        let t = &toks[k];
        let inside = t.kind != TokKind::Punct || t.is_any(&["%", "-"]) || t.is_glued_apostrophe();
        let name = t.is_capitalized() && !crate::tokens::apostrophe_s(toks, k + 1);
        if !inside || name || t.is_any(PHRASE_STOPS) {
            return None;
        }
    }
    None
}

/// Whether the word at `i` opens an apposition to the trigger before hit `h`: "Cyberdyne
/// cut 15% of its workforce on Thursday, its second round of layoffs" names the round
/// just told, which is no new one. (A near miss: "It cut 200 jobs in May and announced
/// a second round of layoffs" is a round of its own.)
fn names_the_last(toks: &[Token], hits: &[TriggerHit], h: usize, i: usize) -> bool {
    let det = i > 0 && toks[i - 1].is_any(&["its", "the", "a", "their"]);
    let comma = if det {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    comma.is_some_and(|c| toks[c].text == "," && h > 0 && hits[h - 1].last < c)
}

/// "On the same day" and "that same day" (`toks`) name the day of the last date told
/// to the day in the three sentences before (`behind`, nearest first): the span of the
/// words, with that day. "The firm said on Thursday (May 2) that its chief had left. It
/// announced on the same day that it would cut 400 jobs" dates the cut to May 2. A near
/// miss: with no such day before (only a month), nothing; nor "the same day as Globex",
/// another's day.
fn same_day(toks: &[Token], behind: &[Option<&[Token]>; 3], ctx: &DateContext) -> Option<DateSpan> {
    let k = (1..toks.len().saturating_sub(1)).find(|&k| {
        toks[k].is("same")
            && toks[k + 1].is("day")
            && toks[k - 1].is_any(&["the", "that"])
            // "on the same day as Globex": another's day.
            && !toks.get(k + 2).is_some_and(|t| t.is("as"))
    })?;
    let day = behind.iter().flatten().find_map(|before| {
        dates::find_dates_in(before, ctx)
            .into_iter()
            .rev()
            .find(|d| d.precision == Precision::Day)
    })?;
    let first = k - 1;
    let on = first > 0 && toks[first - 1].is("on");
    Some(DateSpan {
        start: toks[first].start,
        end: toks[k + 1].end,
        relative: true,
        prefix: on.then_some("on"),
        ..day
    })
}

fn sentence_frames(
    view: SentenceView,
    names: &NameContext<'_>,
    ctx: &DateContext,
    state: &mut State,
    out: &mut Vec<Frame>,
) {
    let SentenceView {
        n,
        text,
        toks,
        hits,
        ahead,
        behind,
    } = view;
    // A sentence without a trigger only matters for its subject ("the company" later) and
    // for "Long Name (SHORT)" aliases, so its tail is not searched for names unless it
    // has brackets.
    let limit = if hits.is_empty() && memchr::memchr(b'(', text.as_bytes()).is_none() {
        8
    } else {
        toks.len()
    };
    let orgs = orgs::find_within(text, toks, names, limit);
    for (k, o) in orgs.iter().enumerate() {
        if let Some(a) = &o.alias {
            state.aliases.push((a.clone(), o.name.clone()));
        }
        if let Some(pair) = orgs.get(k + 1).and_then(|b| known_as(toks, o, b)) {
            state.aliases.push(pair);
        }
        if let Some(two) = first_two_words(&o.name) {
            if !state.by_two_words.contains_key(two) {
                state.by_two_words.insert(two.to_string(), o.name.clone());
            }
        }
        if let Some(short) = orgs::place_of_institution(&o.name) {
            let long = state
                .long_forms
                .entry(short.to_string())
                .or_insert_with(|| Some(o.name.clone()));
            if long.as_ref().is_some_and(|l| *l != o.name) {
                *long = None;
            }
        }
        // "The airline's parent company, IAG, said": IAG owns the company in view.
        // (The two words before it read in place, without collecting them.)
        let mut before = toks[..o.first]
            .iter()
            .rev()
            .filter(|t| t.text != "," && !t.is("the"));
        let parent_company = matches!(
            (before.next(), before.next()),
            (Some(c), Some(p)) if c.is("company") && p.is("parent")
        );
        if parent_company {
            if let Some(c) = &state.current {
                if c.name != o.name {
                    state.parents.push((c.name.clone(), o.name.clone()));
                }
            }
        }
    }
    // A roundup's section heading that a sentence right below names as a company
    // ("Tata Steel" over "Tata Steel announced ..."): the section is about that company,
    // and "the company" further down in it is this one, not the page's first.
    if let Some((h, at)) = &state.heading {
        if n > *at + HEADING_REACH {
            state.heading = None;
        } else if let Some(o) = orgs.iter().find(|o| {
            !o.cited
                && (*h == o.name
                    || *h == o.full
                    || h.strip_prefix(o.name.as_str())
                        .is_some_and(|r| r.starts_with(' ')))
        }) {
            state.main = Some(Company {
                explicit: false,
                ..state.canonical(o)
            });
            state.heading = None;
        }
    }
    if hits.is_empty() && heading_shaped(toks) {
        state.heading = Some((text.to_string(), n));
    }
    // Lists of cuts: "Companies that cut jobs this week:" over "- Arbortech: 300 roles,
    // engineering" (rule `list-item`).
    // ("1." alone, then "Tallis Labs: 300 roles cut": the line's number is a sentence of
    // its own, and the line's text the next.)
    let bare_number = toks.len() == 2 && bullet_end(toks) == Some(2);
    let after_number = std::mem::replace(&mut state.numbered, bare_number);
    if bare_number {
        return;
    }
    let item_at = bullet_end(toks).or(after_number.then_some(0)).or_else(|| {
        state
            .list_cue
            .filter(|c| c.colon)
            .and_then(|_| orgs.first())
            .filter(|o| o.first == 0 && toks.get(o.last + 1).is_some_and(|t| t.text == ":"))
            .map(|_| 0)
    });
    let in_list = state
        .list_cue
        .filter(|c| item_at.is_some() && state.now > c.paragraph && state.now <= c.paragraph + 2);
    if let Some(cue) = in_list {
        state.list_cue = Some(ListCue {
            paragraph: state.now,
            ..cue
        });
        // (A line with a trigger of its own is the list's too when its name is no
        // organisation the trigger could take: "1. Tallis: 300 roles cut".)
        let named_line = item_at.is_some_and(|at| orgs.iter().any(|o| o.first == at));
        if hits.is_empty() || !named_line {
            if let Some(f) =
                item_at.and_then(|at| list_item(n, text, toks, &orgs, at, cue, ctx, state))
            {
                out.push(f);
                return;
            }
        }
    } else if let Some(kind) = (toks.last().is_some_and(|t| t.text == ":")
        || ahead[0].is_some_and(|(_, next)| bullet_end(next).is_some()))
    .then(|| list_cue_kind(toks, hits))
    .flatten()
    {
        state.list_cue = Some(ListCue {
            paragraph: state.now,
            kind,
            colon: toks.last().is_some_and(|t| t.text == ":"),
            named: orgs.iter().any(|o| !o.cited),
        });
    } else if state.list_cue.is_some_and(|c| state.now > c.paragraph) {
        // A line of another kind ends the list: "The largest employers in Dayton are:"
        // over "- Wright-Patterson: 27,000 employees" lists no cuts.
        state.list_cue = None;
    }
    if hits.is_empty() {
        if let Some(f) = tracker_line(n, text, toks, &orgs, state) {
            state.current = Some(Company {
                explicit: false,
                ..f.company.clone()
            });
            state.current_at = state.now;
            // A tracker's heading ("Bossa Studios - 19 people") opens a section about its
            // company: "the studio" below is that company, not the page's.
            if toks.len() <= 8 {
                state.main = state.current.clone();
            }
            out.push(f);
            return;
        }
        subject_in_view(toks, &orgs, state);
        return;
    }
    let denials = denials();
    let denial = toks.iter().any(|t| t.is_any_of(denials));
    if denial {
        // A denied round taints the company for the whole document: "Microsoft denies
        // plan to lay off thousands" is not news of Microsoft cuts further down either.
        for hit in hits {
            // Only a company the denial names: "pay attention to the layoff rumors" in
            // advice taints no one.
            if let Some(c) = subject(toks, &orgs, hit, 0, toks.len(), state).filter(|c| c.explicit)
            {
                // (A denial of cuts done or under way, not only of a plan: "denies it laid
                // off staff", "denied layoffs".)
                if TRIGGERS[hit.rule].form != Form::Base {
                    state.denied_done.push(c.name.to_ascii_lowercase());
                }
                state.denied.push(c.name);
            }
        }
        return;
    }
    let counts = quantity::find_counts_in(toks);
    let percents = quantity::find_percents_in(toks);
    // The sentence's dates under `ctx`, without those that date no round.
    let found_dates = |ctx: &DateContext| -> Vec<DateSpan> {
        let found = dates::find_dates_in(toks, ctx)
            .into_iter()
            .filter(|d| {
                !founding(text, d)
                    && !since_record(text, d)
                    && !size_date(text, d, hits.iter().map(|h| toks[h.first].start))
            })
            // With a publication date, "its fourth round of layoffs this year" counts the
            // year's rounds; publication dates this one.
            .filter(|d| ctx.published.is_none() || !counts_rounds(text, d))
            .filter(|d| !dates_a_period(text, d) && !when::dates_results(text, d))
            // "USA Today will trim 45 jobs": a word of a name is no date.
            .filter(|d| {
                !orgs
                    .iter()
                    .any(|o| toks[o.first].start <= d.start && d.end <= toks[o.last].end)
            })
            // "until demand returns to 2019 levels": a benchmark, not a date of the round.
            .filter(|d| {
                let next = text[d.end..].split_whitespace().next().unwrap_or("");
                ![
                    "levels",
                    "level",
                    "figures",
                    "prices",
                    "highs",
                    "lows",
                    "high",
                    "low",
                    "peak",
                    "peaks",
                    "record",
                    "valuation",
                ]
                .contains(&next.trim_matches(|c: char| !c.is_alphanumeric()))
            })
            // "employed at its peak last year", "a high of 8,600 in 2021": when a benchmark
            // was reached, not when the round was.
            .filter(|d| {
                // (The last four words read in place, without collecting them.)
                !text[..d.start].split_whitespace().rev().take(4).any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    ["peak", "high", "record"]
                        .iter()
                        .any(|b| w.eq_ignore_ascii_case(b))
                })
            })
            .collect();
        month_of_year(text, found)
    };
    let mut dates = found_dates(ctx);
    if let Some(same) = same_day(toks, &behind, ctx) {
        let at = dates.partition_point(|d| d.start < same.start);
        dates.insert(at, same);
    }
    // "by 2025", "over the next three years", "between now and September": a plan's
    // deadline or window is a plan cue, not the date of the round (which is when it was
    // announced). Split once per sentence, not per trigger.
    let is_window = |d: &DateSpan| {
        let before = text[..d.start].trim_end();
        let tail = before.len().saturating_sub("between now and".len());
        // "planning to cut 16,000 jobs from October 1", read in September: when the cuts
        // take effect, still to come, is a window too.
        let takes_effect = matches!(d.prefix, Some("from"))
            || before.split_whitespace().next_back().is_some_and(|last| {
                ["starting", "effective", "beginning"]
                    .iter()
                    .any(|w| last.eq_ignore_ascii_case(w))
            });
        // ("over the summer", read in November, is a season past: no window.)
        let season_past = d.precision == Precision::Quarter
            && ctx.published.is_some_and(|p| d.latest < p)
            && text[d.start..d.end]
                .split_whitespace()
                .last()
                .is_some_and(|w| {
                    dates::SEASONS
                        .iter()
                        .any(|s| w.eq_ignore_ascii_case(s.word))
                });
        matches!(d.prefix, Some("over")) && !season_past
            || deadline(text, d)
            // (A day with no year was read as the latest one past, so it counts too.)
            || (takes_effect && (d.relative || ctx.published.is_some_and(|p| d.earliest > p)))
            // "will cut 300 jobs in 2025", "next year", read in 2024: any date wholly after
            // publication is when the cuts take effect.
            || ctx.published.is_some_and(|p| d.earliest > p)
            || before
                .get(tail..)
                .is_some_and(|t| t.eq_ignore_ascii_case("between now and"))
    };
    let dates_on: Vec<DateSpan> = dates.iter().filter(|d| !is_window(d)).cloned().collect();
    // With no publication date, "in May", "last month" and "in the first quarter" date
    // nothing, yet they still tell one round from another. Read against a stand-in
    // publication date, they keep that much (`Frame::yearless`).
    // (Only measured frames keep one, so a sentence with no figure needs none.)
    // (Asked only with no publication date, where the stand-in dates need it.)
    let sites = ctx.published.is_none() && !hits.is_empty() && counted_sites(toks);
    let measured_here = !counts.is_empty() || !percents.is_empty() || sites;
    let stand_in: Vec<DateSpan> = if ctx.published.is_none() && !hits.is_empty() && measured_here {
        found_dates(&DateContext {
            published: Some(YEARLESS_ANCHOR),
            default_year: None,
            anchor: None,
        })
        .into_iter()
        .filter(|d| d.relative && !is_window(d))
        .collect()
    } else {
        Vec::new()
    };

    // Triggers that reach people with no measure before them go first: those left bound
    // each other's clauses.
    let round_before = out
        .last()
        .is_some_and(|f| f.sentence + 1 == n && f.kind != Kind::Hiring);
    let measured = vetoes::measured(toks, hits, round_before);
    let hits = measured.as_deref().unwrap_or(hits);
    // Each trigger's first frame in `out`, for the closures' job losses below.
    let mut made: Vec<(usize, usize)> = Vec::new();
    // A cut feared, no round: its sentence still puts its subject in view.
    let mut feared = false;
    let totals = totals::running_totals(toks, &counts);
    for (h, hit) in hits.iter().enumerate() {
        let rule = &TRIGGERS[hit.rule];
        if repeat_of_the_sentence_before(toks, hit)
            && !behind[0].is_some_and(|p| p.iter().any(is_job_noun))
        {
            continue;
        }
        let Bounds {
            lo,
            arg_lo,
            figures_lo,
            hi,
        } = clause::bounds(toks, hits, h, &orgs);
        // "cut 160 jobs in October and closed its clinic in December": past the conjunction
        // after the previous trigger, the words up to it are that trigger's object, and
        // their dates are its own. (A date before the previous trigger is still shared:
        // "announced on Monday it was cutting 17% and closing offices".)
        // (The object ends at the first conjunction after the previous trigger: in
        // "laid off 200 workers, and on Tuesday its chief executive and chairman said it
        // would close its plant", Tuesday is the closing's.)
        let prev_object = (h > 0 && figures_lo > arg_lo && figures_lo <= hit.first)
            .then(|| {
                toks[arg_lo..hit.first]
                    .iter()
                    .position(|t| t.is_any(clause::CONJUNCTIONS))
                    .map(|c| (toks[arg_lo].start, toks[arg_lo + c].start))
            })
            .flatten();
        // A larger round named after "part of" has only the words from there on: in
        // "cut 665 jobs as part of its wider role reductions", the 665 is the part's.
        let whole_from = part_of_whole(toks, hit, lo);
        let figures_lo = whole_from.map_or(figures_lo, |p| figures_lo.max(p));
        let mut veto = VetoInput {
            text,
            toks,
            hit,
            lo,
            hi,
            found: None,
        };
        // The vetoes that need only the clause run now; the rest once the subject and the
        // figures are known.
        if let Some(row) = vetoes::vetoed(Stage::Clause, &veto) {
            feared |= row.name == "feared";
            continue;
        }
        // "Layoffs hit Google, Amazon and Microsoft": the cuts' objects are their employers.
        let struck = if strikes(toks, hit, hi).is_some() {
            listed_after(toks, &orgs, hit, hi)
        } else {
            Vec::new()
        };
        let mut struck = struck.into_iter();
        let subject = match struck.next() {
            Some(first) => Err((first, struck.collect())),
            None => Ok(subject(toks, &orgs, hit, lo, hi, state)),
        };
        let (company, listed_after) = match subject {
            Err(list) => list,
            Ok(Some(c)) => (unit_employer(c, toks, &orgs, hit, hi, state), Vec::new()),
            Ok(None) => {
                let mut list = listed_after(toks, &orgs, hit, hi).into_iter();
                match list.next() {
                    Some(first) => (first, list.collect()),
                    None => match closing_employer(toks, &orgs, hits, hit, state)
                        .or_else(|| sayer_after(toks, &orgs, hit, state))
                        .or_else(|| subject::closed_site_owner(toks, &orgs, lo, hi, state))
                    {
                        Some(c) => (c, Vec::new()),
                        None => match named_next(toks, &orgs, hit, lo, hi, &ahead, names) {
                            Some((o, k)) => {
                                state.named_from.push(n + 1 + k);
                                (state.canonical(&o), Vec::new())
                            }
                            None => continue,
                        },
                    },
                }
            }
        };
        // Figures start after the subject named before the verb: in "Coinbase laid off
        // around 1,100 employees, BlockFi cut roughly 20%", the 1,100 is Coinbase's.
        let figures_lo = orgs
            .iter()
            .filter(|o| {
                o.name == company.name
                    && o.last < hit.first
                    && o.first > figures_lo
                    // A new clause's subject, not a modifier inside an object ("230
                    // Symantec employees"). Its article is no part of it: "News Corp
                    // and the ABC both announced".
                    && {
                        let k = o.first - 1;
                        let k = if k > 0 && toks[k].is("the") { k - 1 } else { k };
                        toks[k].is_any(&[",", ";", "and", "while", "but"])
                    }
            })
            .map(|o| o.last + 1)
            .max()
            .unwrap_or(figures_lo);
        // "Microsoft announced 10,000 job cuts, Amazon 18,000 jobs or about 6% of its
        // workforce": the figures after the first gapped item are the items' own.
        let gaps = clause::gapped(toks, &counts, &orgs, hit.last + 1, hi);
        // "The US job cuts are part of a planned 7% reduction": the figures and dates
        // after "part of" are the larger round's (`part_of_whole`).
        let whole_at = hits[h + 1..]
            .iter()
            .find_map(|n| part_of_whole(toks, n, hit.last + 1))
            .map_or(hi, |p| p.min(hi));
        let own_hi = gaps.first().map_or(whole_at, |g| g.from.min(whole_at));
        let (count, count_tok) =
            pick_count(text, toks, &counts, hit, figures_lo, own_hi, rule.class);
        let count = match (count, count_tok) {
            (Some(c), Some(at)) => {
                Some(figures::less_vacancies(text, toks, &counts, &c.0, at, own_hi).unwrap_or(c))
            }
            (c, _) => c,
        };
        // A gapped list needs the verb's own first object.
        let gaps = if count_tok.is_some() {
            gaps
        } else {
            Vec::new()
        };
        let own_hi = gaps.first().map_or(whole_at, |g| g.from.min(whole_at));
        // "300 jobs at risk": at most 300 go; and of buyouts or voluntary severance
        // offered to N staff, at most N take them.
        // (Counted before it by staff who took the offer up, it is exact: "2,317
        // employees joined the voluntary dismissal programme". A near miss: "offered 240
        // buyouts to newsroom staff" is at most 240.)
        let offered = crate::triggers::offer_of_leaving(rule)
            && !(count_tok.is_some_and(|t| t < hit.first)
                && crate::triggers::scheme_taken_up(toks, hit.first));
        let at_most = crate::triggers::puts_at_risk(rule) || offered;
        // "offered voluntary severance to all its 1,700 academic staff": an offer to all
        // sizes the pool, not the cut, which is untold. (A near miss: "offered buyouts
        // to 80 newsroom employees" is at most 80.)
        // ("to all of its 8,000 staff", "to all staff": "all" right after "to".)
        // (With no figure of its own after "all": "offered buyouts to all staff, and about
        // 300 employees accepted" keeps the 300.)
        let to_all = offered
            && match count_tok {
                Some(i) => toks[i.saturating_sub(4)..i].iter().any(|t| t.is("all")),
                None => toks[hit.last + 1..own_hi.clamp(hit.last + 1, toks.len())]
                    .windows(2)
                    .take(6)
                    .any(|w| w[0].is("to") && w[1].is("all")),
            };
        // "The company had originally estimated that 450 jobs could be lost": a figure
        // said first and since revised is no round's; the frame stays, as the round in
        // view, without it.
        let count = if to_all || superseded(toks, hit, figures_lo) {
            None
        } else {
            count
        };
        let count = match count {
            Some((c, t)) if at_most && c.kind == CountKind::Exact => Some((
                Count {
                    min: None,
                    kind: CountKind::UpperBound,
                    ..c
                },
                t,
            )),
            c => c,
        };
        // What a relative clause says of the subject is not the cut's: "Acme Corp, whose
        // shares fell 5% this year, is cutting 250 jobs".
        let aside = clause::aside_before(toks, hit);
        let kept_percents = outside(&percents, aside, |p| (p.start, p.end));
        let percent = pick_percent(text, toks, &kept_percents, hit, figures_lo, own_hi);
        // "plans to halve its workforce", "cut its headcount in half": half the staff.
        // (The verb's object is the staff, as the trigger found it; a near miss, "cut its
        // losses in half", has no staff for object and no trigger.)
        let percent = percent.or_else(|| {
            let halves = triggers::halves(hit);
            let in_half = toks[hit.last + 1..own_hi.min(toks.len()).max(hit.last + 1)]
                .windows(2)
                .take(8)
                .any(|w| w[0].is("in") && w[1].is("half"));
            (halves || in_half && count.is_none()).then_some(50.0)
        });
        // (The whole staff an offer is open to is no share of the leavers either.)
        let percent = percent.filter(|_| !to_all);
        // "resulted in between 1% and 5% of employees losing their jobs": sized, by no
        // single share.
        let share_range = count.is_none()
            && percent.is_none()
            && figures::share_range(text, toks, &kept_percents, hit, figures_lo, own_hi);
        veto.found = Some(Found {
            explicit: company.explicit,
            measured: count.is_some() || percent.is_some() || share_range,
        });
        if vetoes::vetoed(Stage::Found, &veto).is_some() {
            continue;
        }
        // "just months after cutting 9%": an earlier round takes no date from the clause
        // before it.
        let earlier = toks[hit.first.saturating_sub(3)..hit.first]
            .iter()
            .any(|t| t.is_any(EARLIER_WORDS))
            || phrase_opener(toks, hit, lo, |k| toks[k].is_any(EARLIER_WORDS)).is_some();
        // Verbs joined by a conjunction share the clause's date: "announced on Monday it
        // was eliminating about 17% of its staff and closing some offices".
        // A round that leaves its verb out ("and another 500 in March") has only the
        // words after it.
        let gapped = triggers::verbless_round(toks, hit);
        // So do the verbs of a list that share one modal: "In August it announced that it
        // would cut 784 jobs, close its distribution network and shift its delivery
        // work". (A near miss: "cut 40 jobs in July, slashed pay in May" is a list of
        // past verbs, each with its own date.)
        let listed_verb = h > 0
            && hit.first > 0
            && toks[hit.first - 1].text == ","
            && rule.form == Form::Base
            && hits[h - 1].first > 0
            && toks[hits[h - 1].first - 1].is_any(cues::MODALS);
        let date_lo = if earlier || gapped {
            hit.last + 1
        } else if figures_lo > arg_lo || listed_verb {
            lo
        } else {
            arg_lo
        }
        .max(whole_from.unwrap_or(0));
        // "Initech hired 2,000 people in 2022, but it will now cut 800 jobs": a contrast
        // opens the trigger's own clause, and the dates before it are the other clause's.
        // (A near miss: "Initech cut 300 jobs in May, and it will cut 800 more" joins
        // with "and", which the next trigger's bounds already handle.)
        let date_lo = (date_lo..hit.first.max(date_lo))
            .rev()
            .find(|&k| {
                k > 0 && toks[k - 1].text == "," && toks[k].is_any(&["but", "whereas", "yet"])
            })
            .map_or(date_lo, |k| k + 1);
        // The nearest date, when it is a plan's deadline or window, is a cue for the kind.
        let deadline =
            pick_date(text, toks, &dates, hit, date_lo.min(hi), hi).filter(|(d, _)| is_window(d));
        // "employed 7,500 workers before the layoffs": a mention of a known round carries no
        // date of its own.
        // "At the end of 2023, Chegg had 1,271 employees, but with this downsizing ...": a
        // demonstrative points back to the round in view, and the date is the clause's own.
        // (After a determiner, "downsizing" is a noun too.)
        let known_round = hit.first > 0
            && (earlier && rule.form == Form::Noun && toks[hit.first - 1].is("the")
                || toks[hit.first - 1].is_any(&["this", "these"]));
        // A conjunction before the next trigger ends this one's dates: "In February 2015,
        // 500 workers were laid off and in September 300 workers were cut".
        // (A part of a running total after "including" has only its own words: the total's
        // "since 2022" is no cue of its kind, nor a reporting clause's day its date.)
        let part_of_total = triggers::part_of_total(toks, hit);
        let date_hi = if part_of_total {
            triggers::part_end(toks, hit, hi)
        } else if hi < toks.len() && hits.get(h + 1).is_some_and(|n| n.first == hi) {
            toks[hit.last + 1..hi]
                .iter()
                .position(|t| t.is_any(clause::CONJUNCTIONS))
                .map_or(hi, |k| hit.last + 1 + k)
        } else {
            hi
        }
        .min(whole_at);
        let date = if known_round {
            None
        } else {
            let kept = outside(&dates_on, aside, |d| (d.start, d.end));
            let kept = outside(&kept, part_after(text, toks, hit, &count), |d| {
                (d.start, d.end)
            });
            let kept = outside(&kept, prev_object, |d| (d.start, d.end));
            pick_date(text, toks, &kept, hit, date_lo.min(date_hi), date_hi)
                .or_else(|| {
                    earlier
                        .then(|| {
                            when::counted_back_after(text, toks, &dates, hit, lo, ctx.published)
                        })
                        .flatten()
                })
                .or_else(|| when::years_ago(text, toks, hit, hi, ctx.published))
        };
        // Only a measured frame keeps one: a bare mention ("was not at the point of
        // cutting jobs, its chief said in September") joins any round, as it would dated.
        // A closure is measured by its sites as well: "closed three stores last year".
        let sized = count.is_some()
            || percent.is_some()
            || share_range
            || rule.class == triggers::TrigClass::Closure && sites;
        let stand = if known_round || date.is_some() || !sized {
            None
        } else {
            pick_date(text, toks, &stand_in, hit, date_lo.min(date_hi), date_hi).map(|(d, _)| d)
        };
        // A year alone ("last year") is too coarse: a month with no year may be in it.
        let yearless = stand
            .as_ref()
            .filter(|d| d.precision != Precision::Year)
            .map(|d| (d.earliest, d.latest));
        // "Last year, the bank cut 6%": a round well before the stand-in's day.
        let long_ago = stand
            .as_ref()
            .is_some_and(|d| (YEARLESS_ANCHOR - d.latest).num_days() > RECALLED_DAYS);
        // "to cut", "will shed", "will now cut", "will, however, cut": the ambiguous past
        // forms read as the base form after a modal, past an adverb or two or an aside
        // between commas. (A near miss: "has now cut" is a perfect.)
        let verb_at = aside_start(toks, lo, hit.first);
        let before_adverbs = (lo..verb_at)
            .rev()
            .take_while(|&k| toks[k].is_any(cues::FUTURE_PASSIVE_ADVERBS))
            .last()
            .unwrap_or(verb_at);
        let form = match rule.form {
            Form::Past
                if before_adverbs > 0
                    && (toks[before_adverbs - 1]
                        .is_any(&["to", "will", "would", "could", "may", "might", "ll"])
                        && !cues::month_may(toks, before_adverbs - 1)
                        || joined_to_a_modal(toks, hit.first, lo)) =>
            {
                Form::Base
            }
            f => f,
        };
        // "Stores to be closed by January", "would be laid off": a passive after "be"
        // tells cuts to come, not cuts made. (A near miss: "have been closed" is done.)
        let passive_to_come = before_adverbs > lo && toks[before_adverbs - 1].is("be");
        // "will cut 700 jobs, taking the total since 2023 to 5,000": the running total's
        // words ("since 2023") are its own, no cue of the round's kind.
        let total_at = totals
            .iter()
            .map(|t| t.verb)
            .find(|&v| v > hit.last && v < hi);
        let kind_hi = total_at.unwrap_or(hi);
        // Nor is a date of the total the round's.
        let date = date.filter(|(d, _)| total_at.is_none_or(|v| d.start < toks[v].start));
        let kind = frame_kind(
            toks,
            hit,
            if part_of_total {
                hit.first
            } else {
                lo.max(clause::trailing_subordinate(toks, hits, h))
            },
            kind_hi,
            rule.class,
            form,
            date.as_ref().or(deadline.as_ref()),
            text,
        );
        // "The planned closures could affect around 300 roles", "The closure will put 180
        // people out of work": the people a closing reaches are its own figure. (A near
        // miss: "The move will affect 300 workers" measures a cut.)
        // (Past a relative clause: "The closure, which was announced on Monday, will
        // affect 300 workers".)
        let subject_end = vetoes::aside_before(toks, hit).unwrap_or(hit.first);
        // "Acme will close 11 warehouses in Ohio. The job cuts will affect about 1,300
        // employees": the cuts or the measure in view, counted in the sentence after a
        // closing that gave no figure and told no other cut, are that closing's losses.
        // (A near miss: after "Acme will close 11 warehouses and cut 200 office jobs",
        // "the job cuts" are those 200.)
        let measure = subject::measure_subject(toks, hit, lo);
        let closing_sized_after = !company.explicit
            && count.is_some()
            && (rule.form == Form::Noun && hit.first > 0 && toks[hit.first - 1].is("the")
                || measure)
            && n > 0
            && {
                let mut before = out
                    .iter()
                    .rev()
                    .take_while(|f| f.sentence + 1 >= n)
                    .filter(|f| f.sentence + 1 == n)
                    .peekable();
                before.peek().is_some()
                    && before.all(|f| {
                        f.kind == Kind::Closure
                            && f.count.is_none()
                            && f.company.name == company.name
                    })
            };
        let kind = if matches!(kind, Kind::Plan | Kind::Layoff)
            && ((vetoes::reaches_people(hit) || measure)
                && toks[subject_end.saturating_sub(4)..subject_end]
                    .iter()
                    .any(|t| t.is_any(CLOSING_NOUNS))
                || closing_sized_after)
        {
            Kind::Closure
        } else {
            kind
        };
        // "cut 3,900 jobs as part of a layoff plan": a whole with no figure or date of
        // its own is the round at hand described, no report of its own.
        if whole_from.is_some() && count.is_none() && percent.is_none() && date.is_none() {
            continue;
        }
        // "part of its wider role reductions": a round that holds the one in hand is
        // still under way, cuts to come, when the noun alone names it.
        let kind = if whole_from.is_some() && kind == Kind::Layoff && form == Form::Noun {
            Kind::Plan
        } else {
            kind
        };
        // "announced it would lay off 11,000 people last fall": a plan dated well before the
        // report is a round that has happened.
        // "will lay off 1,400 between now and the end of September", read in June: a bare
        // month in a plan points forward, to when the cuts take effect, and so does a bare
        // day of a month ("will cut 300 jobs on December 27"), either in a closure still to
        // come ("the stores are to close on December 27"): no date of the round.
        // (And a verb in the future whatever its kind: "told the state it will lay off 142
        // workers in July", read in May, is this July's. A near miss: "told the state in
        // March that it would lay off 142 workers" is reported past speech, dated then.)
        // "said in March that the company will cut": a plan reported, dated by its telling.
        let reported = toks[..hit.first]
            .iter()
            .any(|t| t.is_any(when::SAYING_VERBS) || t.is_any(&["announced", "told", "confirmed"]));
        let future_verb = form == Form::Base
            && before_adverbs > lo
            && toks[before_adverbs - 1].is_any(cues::FUTURE_AUXILIARIES);
        let ahead = kind == Kind::Plan
            || future_verb
            || (kind == Kind::Closure && future_clause(toks, lo, hit.first));
        let date = match (ahead, date, ctx.published.or(ctx.anchor)) {
            (true, Some((d, t)), Some(p))
                if d.relative
                    && d.latest < p
                    && !dates_an_announcement(toks, &d, lo, hit.first)
                    // Only a bare month or season ("in the autumn"), or a month's day:
                    // "said Tuesday" always looks back.
                    && (matches!(d.precision, Precision::Month | Precision::Quarter)
                        || d.precision == Precision::Day && t.bytes().any(|b| b.is_ascii_digit()))
                    && ![
                        "last",
                        "past",
                        "earlier",
                        "previous",
                        "ago",
                        "this",
                        "yesterday",
                    ]
                    .iter()
                    .any(|w| t.to_ascii_lowercase().contains(w)) =>
            {
                // A year on, which is when the cuts take effect: like any date after
                // publication, a window, not the round's date (its announcement).
                let _ = (d, t);
                None
            }
            (_, date, _) => date,
        };
        // (The day a notice was sent is no day of taking effect: it dates the round.)
        let date = date.or_else(|| {
            (ahead && !known_round)
                .then(|| notice_date(text, toks, &dates_on, hit.last + 1))
                .flatten()
        });
        // Only wording decides a kind: a verb, a plan or start cue, or a past verb that
        // governs the noun ("has made another round of layoffs").
        // "but reducing workforce was necessary": a gerund that opens its clause is a
        // noun, and no more tells whether the cuts happened than "the job cuts" does.
        // (A near miss: "Globex began reducing its workforce" has a verb before it.)
        let gerund_subject = form == Form::Progressive
            && (hit.first == lo || toks[hit.first - 1].is_any(&["but", "that", "\"", "“"]));
        let worded = form != Form::Noun && !gerund_subject
            || kind != Kind::Layoff
            || toks[hit.first.saturating_sub(5).max(lo)..hit.first]
                .iter()
                .any(|t| t.is_any_of(done_before_noun()));
        // ("more than 770 jobs" is a floor, no second round: only "770 more jobs" is.)
        let new_round = count_tok.is_some_and(|i| {
            let from = i.saturating_sub(2);
            toks[from..(i + 4).min(toks.len())]
                .iter()
                .enumerate()
                .any(|(k, t)| {
                    round_word_at(toks, from + k, cues::NEW_ROUND)
                        && !(t.is("more") && toks.get(from + k + 1).is_some_and(|n| n.is("than")))
                })
        // (Only after the previous trigger: in "another round of layoffs, cutting 319
        // positions", the cutting is that same round.)
        }) || (arg_lo..hit.first.max(arg_lo)).any(|i| {
            round_word_at(toks, i, &["another", "second", "fresh"]) && !names_the_last(toks, hits, h, i)
        })
            // "part of a planned 7% reduction": a larger round containing the one at hand.
            || whole_from.is_some()
            // "is cutting a fifth of its workforce following an 18% staff reduction in
            // June": a measured round told after "after" or "following" is an earlier one.
            || earlier && (count.is_some() || percent.is_some() || share_range) && !known_round
            // "and another facility in Wilson": a second site's own closing.
            || gapped;
        // "announced a second round of layoffs on Monday, cutting 200 more jobs": a
        // participle that sizes the new round just named, with no figure of its own, is
        // that round, not one more. (A near miss: "cut 300 jobs in May, cutting 200 more
        // on Monday" follows a sized round.)
        let new_round = new_round
            && !(rule.form == Form::Progressive
                && hit.first > 0
                && toks[hit.first - 1].text == ","
                && made.last().is_some_and(|&(f, _)| {
                    let named = &out[f];
                    named.new_round
                        && named.count.is_none()
                        && named.percent.is_none()
                        && named.company.name == company.name
                }));
        let mut fields = supplied(
            vec!["kind", "company"],
            count.is_some(),
            percent.is_some(),
            date.is_some(),
        );
        // Lists: "Netflix, Spotify, Coinbase and Shopify have announced layoffs".
        let mut listed = coordinated(toks, &orgs, &company, hit);
        listed.extend(listed_after);
        // "Goldman Sachs, Morgan Stanley and BNY Mellon have slashed more than 15,000 jobs
        // combined", "Redfin and Compass together have laid off 900": a figure of the list
        // together is none of theirs. (A near miss: "Acme cut 300 jobs combined across its
        // two plants" names one employer.)
        // "Initech and Globex have cut 500 jobs between them" too.
        let together =
            |t: &Token| t.is_any(&["combined", "collectively", "together", "altogether"]);
        let between_them = |w: &[Token]| {
            w[0].is_any(&["between", "among", "amongst"]) && w[1].is_any(&["them", "themselves"])
        };
        let shared_total = !listed.is_empty()
            && count_tok.is_some_and(|i| {
                let after = &toks[i..(i + 6).min(toks.len())];
                after.iter().any(together)
                    || after.windows(2).any(between_them)
                    || toks[hit.first.saturating_sub(3).max(lo)..hit.first]
                        .iter()
                        .any(together)
            });
        let (count, percent) = if shared_total {
            fields.retain(|f| *f != "headcount" && *f != "percent");
            (None, None)
        } else {
            (count, percent)
        };
        // A list's total over a stretch ("have slashed 15,000 jobs combined over the past
        // few months") gives each member cuts of no known size, not a total of its own.
        let kind = if kind == Kind::Cumulative && shared_total {
            Kind::Layoff
        } else {
            kind
        };
        let rival = hit.first > 0
            && toks[..hit.first]
                .iter()
                .any(|t| t.is_any(&["rival", "competitor", "peer", "rivals"]));
        if company.explicit && !rival {
            state.current = Some(company.clone());
            state.current_at = state.now;
            if state.main.is_none() {
                state.main = Some(company.clone());
            }
        }
        let subject = company.name.clone();
        made.push((out.len(), h));
        let breakdown = count.as_ref().and_then(|(c, _)| breakdown_of(&counts, c));
        // "Disney is laying off staffers", "is also cutting": the present progressive.
        let current = rule.form == Form::Progressive && {
            let mut k = hit.first;
            while k > 0 && toks[k - 1].is_any(&["also", "now", "again", "still", "reportedly"]) {
                k -= 1;
            }
            k > 0 && toks[k - 1].is_any(&["is", "are", "am"])
                || k > 1 && crate::tokens::apostrophe_s(toks, k - 2)
        };
        let counted_subject = !company.explicit && subject::counted_jobs_subject(toks, hit, lo);
        let members: Vec<String> = std::iter::once(&company)
            .chain(&listed)
            .map(|c| c.name.clone())
            .collect();
        // Each member's own figure where the figures list as the members do (in the
        // order they are named).
        let in_order: Option<Vec<&String>> = (members.len() > 1 && !shared_total)
            .then(|| {
                let named_at = |c: &Company| {
                    orgs.iter()
                        .filter(|o| o.first >= lo && o.last < hi)
                        .filter(|o| o.name == c.name || c.aliases.contains(&o.name))
                        .map(|o| o.first)
                        .min()
                };
                let mut at: Vec<(usize, &String)> = std::iter::once(&company)
                    .chain(&listed)
                    .map(|c| named_at(c).map(|p| (p, &c.name)))
                    .collect::<Option<_>>()?;
                at.sort();
                at.dedup_by_key(|a| a.0);
                Some(at.into_iter().map(|(_, name)| name).collect())
            })
            .flatten()
            .filter(|names: &Vec<&String>| names.len() == members.len());
        // "cuts at Ledger Group (110 jobs), Sunward Broadcasting (400) and Harbor Daily
        // (75)": each member's figure in brackets after its name is its own; a member
        // without one has none.
        let bracketed = in_order.as_ref().and_then(|names| {
            let own: Vec<Option<(Count, String)>> = names
                .iter()
                .map(|name| {
                    let o = orgs
                        .iter()
                        .find(|o| o.first >= lo && o.last < hi && o.name == **name)?;
                    let close = subject::figure_in_brackets(&toks[o.last + 1..]);
                    if close == 0 {
                        return None;
                    }
                    let (from, to) = (toks[o.last + 1].end, toks[o.last + close].start);
                    counts
                        .iter()
                        .find(|c| c.start >= from && c.end <= to)
                        .map(|c| (c.clone(), text[c.start..c.end].to_string()))
                })
                .collect();
            (own.iter().filter(|c| c.is_some()).count() >= 2).then(|| {
                names
                    .iter()
                    .map(|n| (*n).clone())
                    .zip(own)
                    .collect::<FxMap<String, Option<(Count, String)>>>()
            })
        });
        let own_counts = in_order.as_ref().zip(count_tok).and_then(|(names, i)| {
            let spans: Vec<(usize, usize)> = counts.iter().map(|c| (c.start, c.end)).collect();
            let run = figures::respective_run(toks, &spans, toks[i].start, names.len())?;
            Some(
                names
                    .iter()
                    .zip(&counts[run])
                    .map(|(n, c)| ((*n).clone(), (c.clone(), text[c.start..c.end].to_string())))
                    .collect::<FxMap<String, (Count, String)>>(),
            )
        });
        let own_percents = in_order.as_ref().zip(percent).and_then(|(names, v)| {
            let spans: Vec<(usize, usize)> =
                kept_percents.iter().map(|p| (p.start, p.end)).collect();
            let at = kept_percents
                .iter()
                .find(|p| p.value == v && p.start >= toks[figures_lo.min(toks.len() - 1)].start)?
                .start;
            let run = figures::respective_run(toks, &spans, at, names.len())?;
            Some(
                names
                    .iter()
                    .zip(&kept_percents[run])
                    .map(|(n, p)| ((*n).clone(), p.value))
                    .collect::<FxMap<String, f64>>(),
            )
        });
        for c in std::iter::once(company).chain(listed) {
            let count = match (
                bracketed.as_ref().and_then(|b| b.get(&c.name)),
                own_counts.as_ref().and_then(|r| r.get(&c.name)),
            ) {
                (Some(own), _) => own.clone(),
                (None, Some(own)) => Some(own.clone()),
                (None, None) => count.clone(),
            };
            let percent = own_percents
                .as_ref()
                .and_then(|r| r.get(&c.name).copied())
                .or(percent);
            let listed_with = if members.len() > 1 {
                members.iter().filter(|m| **m != c.name).cloned().collect()
            } else {
                Vec::new()
            };
            out.push(Frame {
                sentence: n,
                dated: date.is_some(),
                company: c,
                kind,
                count: count.clone(),
                percent,
                date: date.clone(),
                new_round,
                past_verb: form == Form::Past && !passive_to_come && !present_tense(toks, hit),
                kind_worded: worded,
                fields: fields.clone(),
                breakdown,
                current,
                listed_with,
                yearless,
                recalled: long_ago && matches!(kind, Kind::Layoff | Kind::Closure),
                to_come: kind == Kind::Plan || kind == Kind::Closure && ahead,
                counted_subject,
                whole: whole_from.map(|p| toks[p].start),
                own_units: true,
                earlier,
                share_range,
                will: kind == Kind::Plan && future_verb && !reported,
            });
        }
        // "laid off about 60 engineers in Lithuania last fall, and 150 Uber Freight workers
        // in January": a second object that names another employer is its own round.
        if let Some((org, c2, at)) =
            count_tok.and_then(|i| second_object(toks, &counts, &orgs, i, hi))
        {
            let mut other = state.canonical(org);
            if other.parent.is_none() && other.name != subject && other.name.starts_with(&subject) {
                other.parent = Some(subject.clone());
            }
            let end = toks.get(hi).map_or(text.len(), |t| t.start);
            let date = first_date_within(&dates_on, text, toks[at].end, end);
            out.push(Frame::object_of(
                n,
                other,
                kind,
                (c2, text),
                None,
                date,
                form == Form::Past,
                worded,
                Vec::new(),
            ));
        }
        // "laid off 300 staffers, including six at Searchlight": the part at another
        // employer is that employer's round too. (No parent is stated for it: a unit
        // with its parent named joins the parent's frames, and the part is not the whole.)
        // (A closing's breakdown counts sites, not people. The part's own dates are its
        // own: "in May, including 40 at Globex on Tuesday".)
        let part = (rule.class != triggers::TrigClass::Closure)
            .then(|| {
                clause::part_at_employer(toks, &counts, &orgs, count_tok.unwrap_or(hit.last), hi)
            })
            .flatten();
        if let Some((org, c2, opener)) = part {
            let part = state.canonical(org);
            if part.name != subject {
                let end = toks.get(hi).map_or(text.len(), |t| t.start);
                let own_date = first_date_within(&dates_on, text, toks[opener].start, end);
                out.push(Frame {
                    own_units: false,
                    ..Frame::object_of(
                        n,
                        part,
                        kind,
                        (c2, text),
                        None,
                        own_date.or_else(|| date.clone()),
                        form == Form::Past,
                        worded,
                        vec![subject.clone()],
                    )
                });
            }
        }
        for g in &gaps {
            let end = toks.get(g.to).map_or(text.len(), |t| t.start);
            let start = toks[g.from].end;
            let date = first_date_within(&dates_on, text, start, end);
            let percent = staff_share_within(text, &percents, start, end);
            out.push(Frame::object_of(
                n,
                state.canonical(g.org),
                kind,
                (g.count, text),
                percent,
                date,
                form == Form::Past,
                worded,
                vec![subject.clone()],
            ));
        }
    }
    if made.is_empty() && feared {
        subject_in_view(toks, &orgs, state);
    }
    closure_losses(toks, hits, &made, out);
    if !totals.is_empty() {
        totals::count_running_totals(text, toks, hits, &totals, &made, &dates_on, out);
    }
    // "said in March that it will cut 10,000 jobs across two rounds of layoffs in late
    // April": triggers that share one figure report one round, dated as the first that
    // is dated.
    if let Some(&(first, _)) = made.first() {
        let mine = &mut out[first..];
        for k in 1..mine.len() {
            let shared = mine[..k].iter().find_map(|e| {
                let same = matches!((&e.count, &mine[k].count),
                    (Some((a, _)), Some((b, _))) if a.start == b.start && a.end == b.end);
                (same && e.yearless.is_some()).then_some(e.yearless)
            });
            if let Some(y) = shared {
                mine[k].yearless = y;
            }
        }
    }
}

/// The company a sentence with no round of its own puts in view: an organisation in
/// subject position becomes what "the company" later refers to. (Also asked of a sentence
/// whose triggers were dropped as cuts feared: "Acme Corp employees fear more job cuts.
/// The company laid off 300 staff in May" is Acme's.)
fn subject_in_view(toks: &[Token], orgs: &[OrgMention], state: &mut State) {
    // A line that is only a name ("Tata Steel", "SSI Redcar") heads a section about
    // that company, as a tracker's heading does: "the company" below is this one, not
    // the page's first. (A near miss: "Where will the axe fall?" names no one.)
    // An organisation in subject position becomes what "the company" refers to.
    // ("The Pulitzer Prize winning Buzzfeed News brand is to shut down"), unless a
    // preposition governs it ("Employees of OurBus").
    // (Counted from past a dateline and its credit: "COPENHAGEN (Nordic Tech Wire) -
    // Halvorsen Networks is struggling".)
    let dateline = toks
        .iter()
        .take(12)
        .position(|t| matches!(t.text, "-" | "—" | "–" | "--"))
        .filter(|&d| {
            d >= 2 && toks[d - 1].text == ")" && !toks[0].text.chars().any(char::is_lowercase)
        })
        .map_or(0, |d| d + 1);
    if let Some(o) = orgs.iter().find(|o| {
        // "The Pulitzer Prize winning Buzzfeed News brand": a few words may precede it.
        let before = toks[..o.first]
            .iter()
            .rev()
            .find(|t| !t.is_any(&["the", "a", "an"]));
        // "The Clay Cross site has been recognised": a name before a site noun names
        // the site, which is no company.
        let site_name = toks
            .get(o.last + 1)
            .is_some_and(|t| t.is_any_of(site_nouns()));
        // "Shares of Rennick Games fell 8%": the firm whose shares move is the one in
        // view, as in "Rennick Games shares fell". (A near miss: "Employees of OurBus"
        // stays governed.)
        // (Only with the move right after the name: "The price of Brent crude fell"
        // and "Shares of Exxon and Chevron fell" name no one firm in view.)
        let shares_of = o.first >= 2
            && toks[o.first - 1].is("of")
            && toks[o.first - 2].is_any(&["shares", "stock"])
            && toks
                .get(o.last + 1)
                .is_some_and(|v| v.is_any(orgs::SHARE_MOVES));
        // (Nor is a union or an office holder: "Unifor Local 39 said it had no
        // warning. It previously cut 95 jobs" is the firm's.)
        !o.cited
            && o.first <= 6 + dateline
            && (shares_of || !before.is_some_and(|t| t.is_in(governors())))
            && !site_name
            && !subject::speaks_for_members(toks, o)
    }) {
        state.current = Some(Company {
            explicit: false,
            ..state.canonical(o)
        });
        state.current_at = state.now;
    }
}

/// The first of `dates` wholly inside bytes `start..end` of the sentence `text`, with its
/// words: the date of a second object, a gapped item or a part, told in its own words.
fn first_date_within(
    dates: &[DateSpan],
    text: &str,
    start: usize,
    end: usize,
) -> Option<(DateSpan, String)> {
    dates
        .iter()
        .filter(|d| d.start >= start && d.end <= end)
        .min_by_key(|d| d.start)
        .map(|d| (d.clone(), text[d.start..d.end].to_string()))
}

/// "In May, it cut another 500", "it cut 500 more": a verb of cutting whose only object
/// is a repeated figure, in a sentence that names no staff. `triggers::find` lets it
/// through so that the sentence before may say what was counted; with no staff there
/// either, it counts nothing ("Initech cut prices in March. In May, it cut another 500").
fn repeat_of_the_sentence_before(toks: &[Token], hit: &TriggerHit) -> bool {
    let rule = &TRIGGERS[hit.rule];
    if rule.form == Form::Noun || !rule.needs_object {
        return false;
    }
    let mut k = hit.last + 1;
    while toks.get(k).is_some_and(|t| {
        t.is_any(&[
            "a", "an", "about", "around", "some", "nearly", "roughly", "almost",
        ])
    }) {
        k += 1;
    }
    let repeated = toks
        .get(k)
        .is_some_and(|t| t.is_any(&["another", "further", "additional"]))
        && toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Number);
    let more = toks.get(k).is_some_and(|n| n.kind == TokKind::Number)
        && toks.get(k + 1).is_some_and(|t| t.is("more"));
    // (The sentence's words are read last, only for a repeat.)
    (repeated || more) && !toks.iter().any(is_job_noun)
}

/// "will cease operations on or about July 17, according to the WARN notice the company
/// sent the state on June 21": with no date of its own, a round is dated by the notice
/// that announced it, when the sentence says when the notice was sent, filed or dated.
/// (A near miss: "according to a notice posted on its website" gives no day, and "the
/// company said on Monday" is no notice.)
fn notice_date(
    text: &str,
    toks: &[Token],
    dates: &[DateSpan],
    from: usize,
) -> Option<(DateSpan, String)> {
    const NOTICES: &[&str] = &["notice", "notices", "letter", "filing", "notification"];
    const SENT: &[&str] = &[
        "sent",
        "filed",
        "submitted",
        "issued",
        "dated",
        "posted",
        "received",
        "given",
        "delivered",
    ];
    let notice = (from..toks.len()).find(|&k| toks[k].is_any(NOTICES))?;
    let sent = (notice + 1..(notice + 10).min(toks.len()))
        .take_while(|&k| !matches!(toks[k].text, "." | ";"))
        .find(|&k| toks[k].is_any(SENT))?;
    let end = toks
        .get((sent + 9).min(toks.len() - 1))
        .map_or(text.len(), |t| t.end);
    // The day the notice went out: "sent ... on June 21", "dated March 3". (A near miss:
    // "a notice sent to workers says they will lose jobs March 3" dates the effect.)
    let within: Vec<DateSpan> = dates
        .iter()
        .filter(|d| d.prefix == Some("on") || text[..d.start].trim_end().ends_with("dated"))
        .cloned()
        .collect();
    first_date_within(&within, text, toks[sent].end, end)
}

/// Nouns of a closing: "the closure", "the shutdowns".
pub(super) const CLOSING_NOUNS: &[&str] = &[
    "closure",
    "closures",
    "shutdown",
    "shutdowns",
    "closing",
    "closings",
];

fn is_job_noun(t: &Token) -> bool {
    t.is_in(job_nouns())
}

// The cue tables more than one part of the frame builder scans: one probe a token.
static_set!(denials, cues::DENIALS);
static_set!(done_before_noun, cues::DONE_BEFORE_NOUN);
static_set!(governors, GOVERNORS);
static_set!(site_counts, SITE_COUNTS);

/// "will close 150 stores and cut 2,000 jobs", "plans to close 49 branches and cut 665
/// jobs", "will close its Kawasaki steelworks in fiscal 2027 and cut 1,100 jobs": a verb
/// joined by "and" to one after a modal or a plan's infinitive (at most eleven words
/// back, with no comma between) shares its mood, so the ambiguous "cut" is the base form. (A near miss: "moved
/// work to Asia and cut 300 jobs" has only a preposition "to" before it.)
pub(super) fn joined_to_a_modal(toks: &[Token], first: usize, lo: usize) -> bool {
    first >= 2
        && toks[first - 1].is_any(&["and", "or"])
        && toks[lo.max(first.saturating_sub(12))..first - 1]
            .iter()
            .rev()
            .take_while(|t| t.text != "," && !t.is_any(&["but", "while", "after", "as"]))
            .enumerate()
            .any(|(k, t)| {
                t.is_any(cues::MODALS) && !cues::month_may(toks, first - 2 - k)
                    // "plans to close 49 branches and cut 665 jobs": an infinitive of a plan.
                    || t.is("to") && {
                        let at = first - 2 - k;
                        at > 0 && toks[at - 1].is_any(cues::PLAN_STRONG)
                    }
            })
}

/// "In August it announced that it would cut 784 jobs", "announced in August that it
/// would": a date before the trigger with a past verb of saying beside it dates the
/// announcement, which has happened, so a bare month looks back like any past date.
/// (A near miss: "said it would cut 784 jobs in August" dates the cuts, which may lie
/// ahead.)
fn dates_an_announcement(toks: &[Token], d: &DateSpan, lo: usize, trigger: usize) -> bool {
    let Some(at) = toks[lo..trigger].iter().position(|t| t.start >= d.start) else {
        // "will cut 200 jobs, it said in a filing on March 3": after the trigger, a date
        // a few words after a verb of telling in the past dates the telling. (A near
        // miss: "will cut 200 jobs on March 3" has no such verb.)
        let Some(at) = toks[trigger..].iter().position(|t| t.start >= d.start) else {
            return false;
        };
        let at = trigger + at;
        return toks[at.saturating_sub(6).max(trigger)..at].iter().any(|t| {
            t.is_any(&[
                "said",
                "announced",
                "told",
                "confirmed",
                "disclosed",
                "stated",
            ])
        });
    };
    let from = (lo + at).saturating_sub(3).max(lo);
    toks[from..trigger]
        .iter()
        .any(|t| t.is_any(cues::ANNOUNCED_PAST))
}
