//! Trigger words: the phrases that report job cuts, closings or hiring, as a data table.
//!
//! A rule is a sequence of lower-case token patterns (`"eliminat*"` matches any token
//! with that prefix). `needs_object` rules ("cut", "eliminate") only count when a job
//! noun, a workforce word, a count or a percentage follows within a few tokens, so "cut
//! costs" or "cut its rating" are not triggers. Each rule carries an example sentence that
//! a test runs through the matcher.

use crate::tokens::{TokKind, Token};
use crate::wordset::{gate_add, WordGate, WordSet};

/// What a trigger reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrigClass {
    /// Job cuts.
    Cut,
    /// A site closing; needs a site noun after it.
    Closure,
    /// Still hiring.
    Hiring,
}

/// The grammatical form, which hints at the kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "laid off", "cut" (past), "eliminated"
    Past,
    /// "is laying off", "cutting"
    Progressive,
    /// "lay off", "cut" after a modal or "to"
    Base,
    /// "layoffs", "job cuts", "redundancies"
    Noun,
}

pub struct TriggerRule {
    pub pattern: &'static [&'static str],
    pub class: TrigClass,
    pub form: Form,
    pub needs_object: bool,
    pub example: &'static str,
}

const fn rule(
    pattern: &'static [&'static str],
    class: TrigClass,
    form: Form,
    needs_object: bool,
    example: &'static str,
) -> TriggerRule {
    TriggerRule {
        pattern,
        class,
        form,
        needs_object,
        example,
    }
}

use Form::*;
use TrigClass::*;

/// Words before "cut" or "cuts" that make it a cut of something other than jobs: "a pay
/// cut of 98%", "the rate cut", "budget cuts".
pub(crate) const OTHER_CUTS: &[&str] = &[
    "pay", "salary", "wage", "rate", "price", "tax", "budget", "spending", "cost", "interest",
    "dividend",
];

/// Longer patterns first: the matcher takes the first rule that matches at a position.
pub const TRIGGERS: &[TriggerRule] = &[
    rule(
        &["laid", "off"],
        Cut,
        Past,
        false,
        "Amazon laid off 18,000 workers.",
    ),
    rule(
        &["laid", "-", "off"],
        Cut,
        Past,
        false,
        "The laid-off workers get 60 days of pay.",
    ),
    rule(
        &["lay", "off"],
        Cut,
        Base,
        false,
        "Alphabet will lay off 12,000 employees.",
    ),
    rule(
        &["lays", "off"],
        Cut,
        Past,
        false,
        "Robinhood lays off 23% of staff.",
    ),
    rule(
        &["laying", "off"],
        Cut,
        Progressive,
        false,
        "Twilio is laying off 17% of its workforce.",
    ),
    rule(
        &["lay", "-", "offs"],
        Cut,
        Noun,
        false,
        "The lay-offs hit 300 staff.",
    ),
    rule(
        &["lay", "-", "off"],
        Cut,
        Noun,
        false,
        "A lay-off of 300 staff was announced.",
    ),
    rule(
        &["layoffs"],
        Cut,
        Noun,
        false,
        "The layoffs at AWS hit several teams.",
    ),
    rule(
        &["layoff"],
        Cut,
        Noun,
        false,
        "The layoff affects 180 employees.",
    ),
    rule(
        &["job", "cuts"],
        Cut,
        Noun,
        false,
        "The job cuts come amid Amazon's push.",
    ),
    rule(
        &["cutbacks"],
        Cut,
        Noun,
        false,
        "The cutbacks affect about 10% of the company's staff.",
    ),
    rule(
        &["job", "cut"],
        Cut,
        Noun,
        false,
        "The job cut affects 200 people.",
    ),
    rule(
        &["jobs", "cuts"],
        Cut,
        Noun,
        false,
        "The jobs cuts hit 400 workers.",
    ),
    rule(
        &["job", "losses"],
        Cut,
        Noun,
        false,
        "Marshall announced 300 job losses.",
    ),
    rule(
        &["job", "reductions"],
        Cut,
        Noun,
        false,
        "The job reductions total 900 roles.",
    ),
    rule(
        &["workforce", "reduction"],
        Cut,
        Noun,
        false,
        "A workforce reduction of 10% was announced.",
    ),
    rule(
        &["workforce", "reductions"],
        Cut,
        Noun,
        false,
        "Workforce reductions hit 500 staff.",
    ),
    rule(
        &["headcount", "reduction"],
        Cut,
        Noun,
        false,
        "The headcount reduction affects 300 staff.",
    ),
    // A staff noun before "reduction" names what is reduced, as "job" does: "an 18%
    // staff reduction in June", "its wider role reductions". (Near misses: "cost
    // reductions", "a risk reduction plan" name no staff and are no trigger.)
    rule(
        &["headcount", "reductions"],
        Cut,
        Noun,
        false,
        "Headcount reductions will follow the merger.",
    ),
    rule(
        &["staff", "reduction"],
        Cut,
        Noun,
        false,
        "The firm made an 18% staff reduction in June.",
    ),
    rule(
        &["staff", "reductions"],
        Cut,
        Noun,
        false,
        "Staff reductions at the plant begin in May.",
    ),
    rule(
        &["role", "reductions"],
        Cut,
        Noun,
        false,
        "The bank announced role reductions in October.",
    ),
    rule(
        &["position", "reductions"],
        Cut,
        Noun,
        false,
        "The district approved 40 position reductions.",
    ),
    rule(
        &["reduction", "in", "force"],
        Cut,
        Noun,
        false,
        "Symantec filed a reduction in force for 230 jobs.",
    ),
    rule(
        &["reductions", "in", "force"],
        Cut,
        Noun,
        false,
        "The reductions in force hit 230 jobs.",
    ),
    rule(
        &["redundancies"],
        Cut,
        Noun,
        false,
        "The airline announced 12,000 redundancies.",
    ),
    // Staff bought out: "offered buyouts to 80 newsroom employees", "buyouts of 400 to
    // 500". Only with staff or a figure after it, or offered or announced
    // (`staff_buyouts`): "a leveraged buyout" of a company is no cut.
    rule(
        &["buyouts"],
        Cut,
        Noun,
        true,
        "The paper offered buyouts to 80 newsroom employees.",
    ),
    // A programme of buyouts: "announced buyout plans", "a voluntary buyout program". (A
    // near miss: "a buyout firm" buys companies.)
    rule(
        &["buyout", "plans"],
        Cut,
        Noun,
        false,
        "The paper announced buyout plans for staff.",
    ),
    rule(
        &["buyout", "program"],
        Cut,
        Noun,
        false,
        "The paper opened a voluntary buyout program for staff.",
    ),
    rule(
        &["buyout", "programme"],
        Cut,
        Noun,
        false,
        "The paper opened a voluntary buyout programme for staff.",
    ),
    rule(
        &["buyout", "offers"],
        Cut,
        Noun,
        false,
        "The paper made buyout offers to its newsroom staff.",
    ),
    rule(
        &["voluntary", "severance"],
        Cut,
        Noun,
        true,
        "The university offered voluntary severance to 1,700 academic staff.",
    ),
    // Staff who leave under a scheme, as French and Belgian firms agree them with unions
    // ("plan de départs volontaires"): "agreed 400 voluntary departures", "a voluntary
    // departure plan". (A near miss: "voluntary departures of customers" counts no staff,
    // and a departure alone is a flight's.)
    rule(
        &["voluntary", "departures"],
        Cut,
        Noun,
        true,
        "The airline agreed 400 voluntary departures with its unions.",
    ),
    rule(
        &["voluntary", "departure", "plan"],
        Cut,
        Noun,
        false,
        "The airline opened a voluntary departure plan for 400 staff.",
    ),
    rule(
        &["voluntary", "departure", "scheme"],
        Cut,
        Noun,
        false,
        "The airline opened a voluntary departure scheme for 400 staff.",
    ),
    // Schemes of leaving by choice, under the names firms and unions give them: "offered
    // early retirement to 1,200 staff", "900 voluntary exits", or counted staff who took
    // one up (`scheme_taken_up`): "2,317 employees joined its voluntary dismissal
    // programme". (A near miss: "raised the early retirement age" counts no staff.)
    rule(
        &["voluntary", "retirement"],
        Cut,
        Noun,
        true,
        "About 1,200 employees opted for the voluntary retirement scheme.",
    ),
    // Counted like separations: "will solicit 3,000 voluntary retirements".
    rule(
        &["voluntary", "retirements"],
        Cut,
        Noun,
        true,
        "The carmaker will seek 3,000 voluntary retirements in Japan.",
    ),
    rule(
        &["voluntary", "separation"],
        Cut,
        Noun,
        true,
        "The bank offered voluntary separation to 800 staff.",
    ),
    rule(
        &["voluntary", "separations"],
        Cut,
        Noun,
        true,
        "The bank completed 800 voluntary separations.",
    ),
    rule(
        &["voluntary", "exit"],
        Cut,
        Noun,
        true,
        "Some 450 staff took the voluntary exit package.",
    ),
    rule(
        &["voluntary", "exits"],
        Cut,
        Noun,
        true,
        "The insurer agreed 450 voluntary exits with staff.",
    ),
    rule(
        &["voluntary", "dismissal"],
        Cut,
        Noun,
        true,
        "A total of 2,317 employees joined the voluntary dismissal programme.",
    ),
    // Buyouts and the deferred resignation of public employers, taken up as any scheme of
    // leaving is: "2,400 employees took voluntary buyouts", "Roughly 2,400 employees have
    // accepted the deferred resignation offer". (A near miss: "a deferred payment" is
    // none.)
    rule(
        &["voluntary", "buyouts"],
        Cut,
        Noun,
        true,
        "About 2,400 employees took voluntary buyouts.",
    ),
    rule(
        &["voluntary", "buyout", "offer"],
        Cut,
        Noun,
        true,
        "About 2,400 employees accepted the voluntary buyout offer.",
    ),
    rule(
        &["deferred", "resignation"],
        Cut,
        Noun,
        true,
        "Roughly 2,400 employees have accepted the deferred resignation offer.",
    ),
    // The European law's term for a round of cuts ("collective redundancies" in British
    // law): "a collective dismissal procedure that will affect 1,150 employees". (A near
    // miss: "a collective agreement on pay" names no dismissal.)
    rule(
        &["collective", "dismissal"],
        Cut,
        Noun,
        true,
        "The bank agreed a collective dismissal procedure that will affect 1,150 employees.",
    ),
    rule(
        &["collective", "dismissals"],
        Cut,
        Noun,
        true,
        "The carmaker announced collective dismissals of 800 employees.",
    ),
    rule(
        &["early", "retirement"],
        Cut,
        Noun,
        true,
        "Some 3,000 workers signed up for the early retirement programme.",
    ),
    // Korean firms' "honorary retirement" (myeongye toejik): a paid scheme of leaving
    // by choice, under the name the English-language press there gives it.
    rule(
        &["honorary", "retirement"],
        Cut,
        Noun,
        true,
        "A total of 362 employees have applied for honorary retirement, the bank said.",
    ),
    rule(
        &["redundancy"],
        Cut,
        Noun,
        false,
        "300 staff face redundancy at the plant.",
    ),
    // People facing the axe or the sack: cuts to come. Only with a job noun just before
    // (see `frames`): "the show faces the axe" cuts no jobs.
    rule(
        &["face", "the", "axe"],
        Cut,
        Base,
        false,
        "About 350 staff at the plant face the axe.",
    ),
    rule(
        &["faces", "the", "axe"],
        Cut,
        Base,
        false,
        "A further 120 staff faces the axe.",
    ),
    rule(
        &["facing", "the", "axe"],
        Cut,
        Base,
        false,
        "Some 90 workers are facing the axe.",
    ),
    rule(
        &["face", "the", "sack"],
        Cut,
        Base,
        false,
        "About 350 staff face the sack.",
    ),
    rule(
        &["facing", "the", "sack"],
        Cut,
        Base,
        false,
        "Some 90 workers are facing the sack.",
    ),
    rule(
        &["downsizing"],
        Cut,
        Progressive,
        false,
        "Uber is downsizing its workforce by 3,000 people.",
    ),
    rule(
        &["downsized"],
        Cut,
        Past,
        false,
        "The bank downsized its staff by 500 people.",
    ),
    rule(
        &["downsize"],
        Cut,
        Base,
        false,
        "The bank will downsize its staff by 500 people.",
    ),
    // Staff asked to go, as Indian business news writes forced exits: "300 employees were
    // asked to resign"; with the staff between ("asked 300 employees to leave") the hit
    // is the verb alone (`split_asked_to_go`).
    rule(
        &["asked", "to", "resign"],
        Cut,
        Past,
        false,
        "About 300 employees were asked to resign.",
    ),
    // (Leaving needs its people counted: "Employees at Globex were asked to leave the
    // building" is an evacuation.)
    rule(
        &["asked", "to", "leave"],
        Cut,
        Past,
        true,
        "About 300 workers were asked to leave their jobs.",
    ),
    rule(
        &["let", "go"],
        Cut,
        Base,
        true,
        "The firm will let go 20% of its workforce.",
    ),
    // "made redundant", the British and Irish wording, with its object inside it too:
    // "made 250 staff redundant" (a near miss: "made the role of manager redundant"
    // counts nobody).
    rule(
        &["made", "redundant"],
        Cut,
        Past,
        false,
        "Some 250 workers were made redundant.",
    ),
    rule(
        &["making", "redundant"],
        Cut,
        Progressive,
        false,
        "The bank is making 40 staff redundant.",
    ),
    rule(
        &["make", "redundant"],
        Cut,
        Base,
        false,
        "The bank will make 300 roles redundant.",
    ),
    // "parting ways with 230 employees" (a near miss: "parting ways with its chief
    // executive" is no cut of staff).
    rule(
        &["parting", "ways", "with"],
        Cut,
        Progressive,
        true,
        "The startup is parting ways with 230 employees.",
    ),
    rule(
        &["parted", "ways", "with"],
        Cut,
        Past,
        true,
        "The startup parted ways with 230 employees.",
    ),
    rule(
        &["part", "ways", "with"],
        Cut,
        Base,
        true,
        "The startup will part ways with 230 employees.",
    ),
    // "will give notice to about 1,200 employees": notice of dismissal given to counted
    // staff (a near miss: "gave notice to its landlord" counts none; see the filter in
    // `find`).
    rule(
        &["give", "notice", "to"],
        Cut,
        Base,
        true,
        "Skarne will give notice to about 1,200 employees.",
    ),
    rule(
        &["gave", "notice", "to"],
        Cut,
        Past,
        true,
        "Skarne gave notice to about 1,200 employees.",
    ),
    rule(
        &["giving", "notice", "to"],
        Cut,
        Progressive,
        true,
        "Skarne is giving notice to about 1,200 employees.",
    ),
    rule(
        &["given", "notice", "to"],
        Cut,
        Past,
        true,
        "Skarne has given notice to about 1,200 employees.",
    ),
    // "will scale back its workforce by 1,200": only with the workforce for object (a
    // near miss: "will scale back its investment by $1 billion").
    rule(
        &["scale", "back"],
        Cut,
        Base,
        true,
        "Skarne will scale back its workforce by 1,200.",
    ),
    rule(
        &["scaling", "back"],
        Cut,
        Progressive,
        true,
        "Skarne is scaling back its workforce by 1,200.",
    ),
    rule(
        &["scaled", "back"],
        Cut,
        Past,
        true,
        "Skarne scaled back its workforce by 1,200.",
    ),
    rule(
        &["letting", "go"],
        Cut,
        Progressive,
        true,
        "The firm is letting go 200 employees.",
    ),
    rule(
        &["cuts"],
        Cut,
        Noun,
        true,
        "Ford announced 3,800 cuts to its staff in Europe.",
    ),
    // "reductions" alone, like "cuts", needs its object: "The reductions, equivalent to
    // about 400 roles, will fall on support staff". (A near miss: "reductions of 400
    // basis points" names no staff.)
    rule(
        &["reductions"],
        Cut,
        Noun,
        true,
        "The reductions, equivalent to about 400 roles, will fall on support staff.",
    ),
    rule(
        &["cutting"],
        Cut,
        Progressive,
        true,
        "Uber is cutting some 3,000 more jobs.",
    ),
    rule(
        &["cut"],
        Cut,
        Past,
        true,
        "Salesforce cut 10% of its staff.",
    ),
    rule(
        &["slashing"],
        Cut,
        Progressive,
        true,
        "The industry is slashing 170,000 jobs.",
    ),
    rule(
        &["slashed"],
        Cut,
        Past,
        true,
        "The carrier slashed 4,000 jobs.",
    ),
    rule(
        &["slashes"],
        Cut,
        Past,
        true,
        "The carrier slashes 4,000 jobs.",
    ),
    rule(
        &["slash"],
        Cut,
        Base,
        true,
        "The carrier will slash 4,000 jobs.",
    ),
    // Halving the staff: "plans to halve its workforce" (a share of 50%, see `frames`).
    rule(
        &["halve"],
        Cut,
        Base,
        true,
        "The carrier will halve its workforce.",
    ),
    rule(
        &["halves"],
        Cut,
        Past,
        true,
        "The carrier halves its workforce.",
    ),
    rule(
        &["halved"],
        Cut,
        Past,
        true,
        "The carrier halved its workforce.",
    ),
    rule(
        &["halving"],
        Cut,
        Progressive,
        true,
        "The carrier is halving its workforce.",
    ),
    rule(
        &["shedding"],
        Cut,
        Progressive,
        true,
        "The lender is shedding 900 roles.",
    ),
    rule(&["sheds"], Cut, Past, true, "HSBC sheds 35,000 jobs."),
    // "cull" of staff: only with a job noun, as an animal cull is no job cut (a near
    // miss: "the council will cull 300 deer").
    rule(
        &["job", "culls"],
        Cut,
        Noun,
        false,
        "The bank resumed its annual job culls.",
    ),
    rule(
        &["job", "cull"],
        Cut,
        Noun,
        false,
        "The bank's annual job cull begins today.",
    ),
    rule(
        &["culls"],
        Cut,
        Past,
        true,
        "The bank culls 5% of its staff.",
    ),
    rule(
        &["culled"],
        Cut,
        Past,
        true,
        "The bank culled 400 employees.",
    ),
    rule(
        &["cull"],
        Cut,
        Base,
        true,
        "The bank will cull 400 employees.",
    ),
    rule(
        &["culling"],
        Cut,
        Progressive,
        true,
        "The bank is culling 400 employees.",
    ),
    rule(
        &["shed"],
        Cut,
        Past,
        true,
        "Twitter has shed more than half of its workforce.",
    ),
    // "The axe fell on 441 employees": the idiom needs its job noun or count (a near
    // miss: "the axe fell on the project").
    // "its workforce will shrink by 900 people": only with the workforce for subject (a
    // near miss: "sales will shrink by 5%").
    rule(
        &["shrink"],
        Cut,
        Base,
        true,
        "Its workforce will shrink by 900 people.",
    ),
    rule(
        &["shrinking"],
        Cut,
        Progressive,
        true,
        "Its headcount is shrinking by 5%.",
    ),
    rule(
        &["shrank"],
        Cut,
        Past,
        true,
        "Its workforce shrank by 900 people.",
    ),
    rule(
        &["shrunk"],
        Cut,
        Past,
        true,
        "Its headcount has shrunk by 12%.",
    ),
    // "Headcount will fall by about 1,200", "its workforce dropped by 8%": only with the
    // workforce right before the verb (see `workforce_subject`; near misses: "sales fell
    // by 5%", "the staff's pay fell by 5%").
    rule(
        &["fall"],
        Cut,
        Base,
        true,
        "Its headcount will fall by 1,200.",
    ),
    rule(&["falls"], Cut, Base, true, "Its headcount falls by 1,200."),
    rule(
        &["fell"],
        Cut,
        Past,
        true,
        "Its headcount fell by 1,200 people.",
    ),
    rule(&["drop"], Cut, Base, true, "Its workforce will drop by 8%."),
    rule(
        &["dropped"],
        Cut,
        Past,
        true,
        "Its workforce dropped by 8%.",
    ),
    rule(
        &["decline"],
        Cut,
        Base,
        true,
        "Its headcount will decline by 900.",
    ),
    rule(
        &["declined"],
        Cut,
        Past,
        true,
        "Its headcount declined by 900 people.",
    ),
    // "a move that could cost up to 2,000 jobs", "closing the plant, costing 300 jobs":
    // only with a count of jobs right after the verb (near misses: "the cuts cost $30
    // million", "costs rose 5%", "it will cost employees their bonus").
    rule(
        &["costing"],
        Cut,
        Progressive,
        true,
        "It shut the mill, costing 300 jobs.",
    ),
    rule(&["costs"], Cut, Past, true, "The closure costs 300 jobs."),
    rule(
        &["cost"],
        Cut,
        Past,
        true,
        "The move could cost up to 2,000 jobs.",
    ),
    rule(
        &["axe", "fell"],
        Cut,
        Past,
        true,
        "The axe fell on 441 employees in June.",
    ),
    rule(
        &["axing"],
        Cut,
        Progressive,
        true,
        "The bank is axing 300 jobs.",
    ),
    rule(&["axed"], Cut, Past, true, "The bank axed 300 jobs."),
    // New Zealand's word for posts removed in a restructure: "will disestablish 84 roles",
    // "has proposed disestablishing 47 roles". Only with a job noun or a count (a near
    // miss: "voted to disestablish the church").
    rule(
        &["disestablished"],
        Cut,
        Past,
        true,
        "The ministry disestablished 84 roles.",
    ),
    rule(
        &["disestablishing"],
        Cut,
        Progressive,
        true,
        "The ministry is disestablishing 84 roles.",
    ),
    rule(
        &["disestablish"],
        Cut,
        Base,
        true,
        "The ministry will disestablish 84 roles.",
    ),
    // "has shown the door to 800 employees", "800 staff were shown the door": the idiom
    // counts people let go, with a job noun or a count near (a near miss: "the chief
    // executive was shown the door" is one person, no round).
    rule(
        &["shown", "the", "door", "to"],
        Cut,
        Past,
        true,
        "Infotrail has shown the door to nearly 800 employees.",
    ),
    rule(
        &["showed", "the", "door", "to"],
        Cut,
        Past,
        true,
        "Infotrail showed the door to 800 employees.",
    ),
    rule(
        &["axes"],
        Cut,
        Past,
        true,
        "Symantec axes hundreds of US jobs.",
    ),
    rule(
        &["axe"],
        Cut,
        Base,
        true,
        "Crypto.com will axe five per cent of its workforce.",
    ),
    rule(
        &["eliminating"],
        Cut,
        Progressive,
        true,
        "Twilio is eliminating about 17% of its staff.",
    ),
    // Posts abolished, as public employers word it: "their positions will be abolished",
    // "the agency abolished 300 posts". (A near miss: "abolished the fee" has no job
    // object.)
    rule(
        &["abolish"],
        Cut,
        Base,
        true,
        "The agency will abolish 300 posts.",
    ),
    rule(
        &["abolishing"],
        Cut,
        Progressive,
        true,
        "The agency is abolishing 300 posts.",
    ),
    rule(
        &["abolished"],
        Cut,
        Past,
        true,
        "The agency abolished 300 posts in March.",
    ),
    // A reduction in force by its initials: "issued RIF notices to 1,000 employees",
    // "RIFs affecting 1,300 employees". (A near miss: "RIF notices" with no staff or
    // figure near give nothing.)
    rule(
        &["rif"],
        Cut,
        Noun,
        true,
        "The agency issued RIF notices to 1,000 employees.",
    ),
    rule(
        &["rifs"],
        Cut,
        Noun,
        true,
        "The agency announced RIFs affecting 1,300 employees.",
    ),
    rule(
        &["eliminated"],
        Cut,
        Past,
        true,
        "Amazon eliminated 18,000 roles in 2022.",
    ),
    rule(
        &["eliminates"],
        Cut,
        Past,
        true,
        "Confluence Health eliminates its chief operating officer post.",
    ),
    rule(
        &["eliminate"],
        Cut,
        Base,
        true,
        "Ford will eliminate 3,800 jobs.",
    ),
    rule(
        &["elimination"],
        Cut,
        Noun,
        true,
        "Ford announced the elimination of 3,800 jobs.",
    ),
    rule(
        &["trimming"],
        Cut,
        Progressive,
        true,
        "Snap is trimming 10% of its staff.",
    ),
    rule(
        &["trimmed"],
        Cut,
        Past,
        true,
        "Snap trimmed a small number of product employees.",
    ),
    rule(&["trims"], Cut, Past, true, "Snap trims 10% of staff."),
    rule(
        &["trim"],
        Cut,
        Base,
        true,
        "Snap will trim 10% of its staff.",
    ),
    rule(
        &["reducing"],
        Cut,
        Progressive,
        true,
        "We are reducing our workforce by approximately 15 percent.",
    ),
    rule(
        &["reduced"],
        Cut,
        Past,
        true,
        "The bank reduced its headcount by 4,700 roles.",
    ),
    rule(
        &["reduces"],
        Cut,
        Past,
        true,
        "The bank reduces its workforce by 4,700 roles.",
    ),
    rule(
        &["reduce"],
        Cut,
        Base,
        true,
        "We've decided to reduce our workforce by 12,000 roles.",
    ),
    rule(
        &["reduction"],
        Cut,
        Noun,
        true,
        "It announced a net reduction of 5,000 to 7,000 roles.",
    ),
    rule(
        &["terminating"],
        Cut,
        Progressive,
        true,
        "The hospital is terminating 80 employees.",
    ),
    rule(
        &["terminated"],
        Cut,
        Past,
        true,
        "The hospital terminated 80 employees.",
    ),
    rule(
        &["terminate"],
        Cut,
        Base,
        true,
        "The hospital will terminate 80 employees.",
    ),
    // Contracts of staff left to end: the negation is the trigger's own, and only the
    // contracts of people count (see `contracts_not_renewed`).
    rule(
        &["not", "to", "renew"],
        Cut,
        Base,
        false,
        "Dunmore University decided not to renew the contracts of 40 staff.",
    ),
    rule(
        &["not", "be", "renewed"],
        Cut,
        Base,
        false,
        "The contracts of 400 temporary workers will not be renewed.",
    ),
    rule(
        &["not", "renew"],
        Cut,
        Base,
        false,
        "Tan Phu Footwear will not renew the contracts of 2,300 workers.",
    ),
    rule(
        &["not", "renewing"],
        Cut,
        Progressive,
        false,
        "Tan Phu Footwear is not renewing the contracts of 2,300 workers.",
    ),
    rule(
        &["not", "renewed"],
        Cut,
        Past,
        false,
        "The contracts of 400 temporary workers were not renewed.",
    ),
    // Firing people: the object must follow at once and be people in the plural (see
    // `fires_people`), so "a fire at the plant", "fired its chief financial officer" and
    // "fired 50 rockets" are no triggers.
    rule(&["fired"], Cut, Past, true, "Vedantu fired 385 people."),
    rule(&["fires"], Cut, Past, true, "Vedantu fires 385 employees."),
    rule(
        &["fire"],
        Cut,
        Base,
        true,
        "The startup will fire 100 workers.",
    ),
    rule(
        &["firing"],
        Cut,
        Progressive,
        true,
        "Oyo is firing 600 people across India.",
    ),
    rule(
        &["firings"],
        Cut,
        Noun,
        false,
        "The firings hit 200 staff in sales.",
    ),
    rule(
        &["pink", "slips"],
        Cut,
        Noun,
        false,
        "Vedantu has handed out pink slips to 100 employees.",
    ),
    rule(
        &["pink", "slip"],
        Cut,
        Noun,
        false,
        "Each of the 40 staff got a pink slip.",
    ),
    rule(&["sacked"], Cut, Past, true, "The club sacked 40 staff."),
    rule(&["sacks"], Cut, Past, true, "The club sacks 40 staff."),
    rule(&["sack"], Cut, Base, true, "The club is to sack 40 staff."),
    // Jobs lost, in the passive: the auxiliary is part of the pattern, so "shares lost 5%"
    // is no trigger.
    rule(
        &["be", "lost"],
        Cut,
        Past,
        true,
        "About 240 jobs will be lost when the plant shuts.",
    ),
    rule(
        &["been", "lost"],
        Cut,
        Past,
        true,
        "Some 300 jobs have been lost at the mill.",
    ),
    rule(
        &["were", "lost"],
        Cut,
        Past,
        true,
        "About 120 jobs were lost at the plant.",
    ),
    rule(
        &["are", "lost"],
        Cut,
        Progressive,
        true,
        "Hundreds of jobs are lost as the plant closes.",
    ),
    rule(
        &["sacking"],
        Cut,
        Progressive,
        true,
        "The firm is sacking 40 staff.",
    ),
    // As British and Indian papers write a cut of posts: "plans to rationalise 1,200
    // jobs" (with the staff for object; "rationalise its product range" cuts none).
    rule(
        &["rationalise"],
        Cut,
        Base,
        true,
        "The bank plans to rationalise 1,200 jobs.",
    ),
    rule(
        &["rationalize"],
        Cut,
        Base,
        true,
        "The bank plans to rationalize 1,200 jobs.",
    ),
    rule(
        &["rationalised"],
        Cut,
        Past,
        true,
        "The bank rationalised 1,200 jobs.",
    ),
    rule(
        &["rationalized"],
        Cut,
        Past,
        true,
        "The bank rationalized 1,200 jobs.",
    ),
    rule(
        &["rationalising"],
        Cut,
        Progressive,
        true,
        "The bank is rationalising 1,200 jobs.",
    ),
    rule(
        &["rationalizing"],
        Cut,
        Progressive,
        true,
        "The bank is rationalizing 1,200 jobs.",
    ),
    // Staff dismissed: only with counted staff right after the verb (`counted_jobs`):
    // "dismissed 300 workers". (Near misses: "dismissed the report as groundless",
    // "dismissed a lawsuit brought by 300 workers".)
    rule(
        &["dismissed"],
        Cut,
        Past,
        true,
        "The carmaker dismissed 300 workers.",
    ),
    rule(
        &["dismisses"],
        Cut,
        Past,
        true,
        "The carmaker dismisses 300 workers.",
    ),
    rule(
        &["dismiss"],
        Cut,
        Base,
        true,
        "The carmaker will dismiss 300 workers.",
    ),
    rule(
        &["dismissing"],
        Cut,
        Progressive,
        true,
        "The carmaker is dismissing 300 workers.",
    ),
    rule(
        &["dismissals"],
        Cut,
        Noun,
        true,
        "The carmaker announced 300 dismissals at its plant.",
    ),
    rule(
        &["retrenched"],
        Cut,
        Past,
        true,
        "The miner retrenched 900 workers.",
    ),
    rule(
        &["retrenches"],
        Cut,
        Past,
        true,
        "The miner retrenches 900 workers.",
    ),
    rule(
        &["retrench"],
        Cut,
        Base,
        true,
        "The miner is to retrench 900 workers.",
    ),
    rule(
        &["retrenching"],
        Cut,
        Progressive,
        true,
        "The miner is retrenching 900 workers.",
    ),
    rule(
        &["retrenchment"],
        Cut,
        Noun,
        true,
        "The retrenchment of 900 workers began.",
    ),
    rule(
        &["retrenchments"],
        Cut,
        Noun,
        false,
        "The retrenchments hit 900 workers.",
    ),
    rule(
        &["furloughed"],
        Cut,
        Past,
        true,
        "The resort permanently furloughed 300 workers, ending their jobs.",
    ),
    // Jobs put at risk: a plan, and its figure an upper bound ("300 jobs at risk"). Only
    // with a job noun just before it (see `frames`).
    rule(
        &["at", "risk"],
        Cut,
        Base,
        false,
        "Up to 300 jobs are at risk at the plant.",
    ),
    // The same in other words: "200 jobs are under threat", "300 jobs are on the line".
    rule(
        &["under", "threat"],
        Cut,
        Base,
        false,
        "Up to 300 jobs are under threat at the plant.",
    ),
    rule(
        &["on", "the", "line"],
        Cut,
        Base,
        false,
        "About 300 jobs are on the line at the plant.",
    ),
    // "The move will impact 1,200 employees": a measure that reaches people. Only with a
    // word for the measure before it (see `frames`), and a job noun after it.
    rule(
        &["impact"],
        Cut,
        Base,
        true,
        "The move will impact 1,200 employees.",
    ),
    rule(
        &["impacts"],
        Cut,
        Base,
        true,
        "The restructuring impacts 1,200 employees.",
    ),
    rule(
        &["affect"],
        Cut,
        Base,
        true,
        "The decision will affect 1,200 workers.",
    ),
    // "That equates to roughly 2,100 positions", "The cuts amount to about 300 jobs": a
    // sentence that restates the round just told in people, its subject a word for that
    // round (see `restates_the_round`).
    rule(
        &["equates", "to"],
        Cut,
        Base,
        true,
        "That equates to roughly 2,100 positions in its workforce.",
    ),
    rule(
        &["amounts", "to"],
        Cut,
        Base,
        true,
        "That amounts to about 2,100 jobs, or 7% of its workforce.",
    ),
    rule(
        &["translates", "to"],
        Cut,
        Base,
        true,
        "That translates to about 2,100 jobs, or 7% of its workforce.",
    ),
    rule(
        &["affects"],
        Cut,
        Base,
        true,
        "The plan affects 1,200 workers.",
    ),
    rule(
        &["affected"],
        Cut,
        Past,
        true,
        "The restructuring affected 1,200 workers.",
    ),
    rule(
        &["impacted"],
        Cut,
        Past,
        true,
        "The decision impacted 1,200 employees.",
    ),
    // The participle after its measure: "a restructuring impacting another 6,000
    // employees", "the plan is affecting 300 workers".
    rule(
        &["impacting"],
        Cut,
        Base,
        true,
        "It announced a restructuring impacting 6,000 employees.",
    ),
    rule(
        &["affecting"],
        Cut,
        Base,
        true,
        "It announced a restructuring affecting 6,000 employees.",
    ),
    rule(
        &["jobs", "to", "go"],
        Cut,
        Base,
        false,
        "Ford said 2,800 engineering jobs to go.",
    ),
    rule(
        &["staffing", "cuts"],
        Cut,
        Noun,
        false,
        "The staffing cuts affect 1,300 employees.",
    ),
    rule(
        &["staff", "cuts"],
        Cut,
        Noun,
        false,
        "The staff cuts affect 1,300 employees.",
    ),
    rule(
        &["jobs", "will", "go"],
        Cut,
        Base,
        false,
        "About 300 jobs will go at the plant.",
    ),
    rule(
        &["jobs", "could", "go"],
        Cut,
        Base,
        false,
        "Up to 300 jobs could go at the plant.",
    ),
    rule(
        &["jobs", "would", "go"],
        Cut,
        Base,
        false,
        "Up to 300 jobs would go at the plant.",
    ),
    // A notice under the WARN Act counts the staff it covers: "filed a WARN notice
    // covering 610 workers", "WARN notices for 250 employees". (A near miss: "a WARN
    // notice" with no count after it gives nothing: the sentence's own verb counts.)
    rule(
        &["warn", "notice"],
        Cut,
        Noun,
        true,
        "Acme filed a WARN notice covering 610 workers in Lansing.",
    ),
    rule(
        &["warn", "notices"],
        Cut,
        Noun,
        true,
        "Acme filed WARN notices for 250 employees at two plants.",
    ),
    // Posts that went, counted: "after 250 roles went in August", "some 300 jobs went
    // last year". (Near misses: "jobs went up by 20,000" and "the jobs went to
    // contractors" go somewhere else; "jobs went unfilled" counts nobody; the count must
    // come before the noun.)
    rule(
        &["jobs", "went"],
        Cut,
        Past,
        false,
        "About 300 jobs went when the plant closed.",
    ),
    rule(
        &["roles", "went"],
        Cut,
        Past,
        false,
        "Another 250 roles went in August.",
    ),
    rule(
        &["posts", "went"],
        Cut,
        Past,
        false,
        "Some 120 posts went in the last restructuring.",
    ),
    rule(
        &["positions", "went"],
        Cut,
        Past,
        false,
        "About 90 positions went at the plant last year.",
    ),
    // The rest of the grid of posts and modals: "confirmed that 430 roles would go",
    // "about 90 positions could go".
    rule(
        &["roles", "would", "go"],
        Cut,
        Base,
        false,
        "The company confirmed that 430 roles would go.",
    ),
    rule(
        &["posts", "would", "go"],
        Cut,
        Base,
        false,
        "The council said 120 posts would go.",
    ),
    rule(
        &["positions", "would", "go"],
        Cut,
        Base,
        false,
        "The bank said 300 positions would go.",
    ),
    rule(
        &["positions", "could", "go"],
        Cut,
        Base,
        false,
        "About 90 positions could go at the plant.",
    ),
    rule(
        &["roles", "to", "go"],
        Cut,
        Base,
        false,
        "The bank said 900 roles to go in Leeds.",
    ),
    // The other nouns of posts go the same way: "126 posts to go", "about 300 positions
    // will go", "up to 90 roles could go". (A near miss: "300 staff to go on strike" is
    // no noun of posts.)
    rule(
        &["posts", "to", "go"],
        Cut,
        Base,
        false,
        "The council expected 126 posts to go.",
    ),
    rule(
        &["posts", "will", "go"],
        Cut,
        Base,
        false,
        "About 126 posts will go at the council.",
    ),
    rule(
        &["posts", "could", "go"],
        Cut,
        Base,
        false,
        "Up to 126 posts could go at the council.",
    ),
    rule(
        &["positions", "to", "go"],
        Cut,
        Base,
        false,
        "The bank said 300 positions to go in Leeds.",
    ),
    rule(
        &["positions", "will", "go"],
        Cut,
        Base,
        false,
        "About 300 positions will go at the bank.",
    ),
    rule(
        &["roles", "will", "go"],
        Cut,
        Base,
        false,
        "About 900 roles will go at the bank.",
    ),
    rule(
        &["roles", "could", "go"],
        Cut,
        Base,
        false,
        "Up to 90 roles could go at the bank.",
    ),
    // "putting 320 employees out of work" (the verb apart from its particle, found by
    // `split_out_of_work`), "320 workers were put out of work".
    rule(
        &["put", "out", "of", "work"],
        Cut,
        Past,
        false,
        "About 320 workers were put out of work.",
    ),
    rule(
        &["puts", "out", "of", "work"],
        Cut,
        Past,
        false,
        "The closure puts 320 employees out of work.",
    ),
    rule(
        &["putting", "out", "of", "work"],
        Cut,
        Progressive,
        false,
        "Redwood Paper is idling its mill, putting 320 employees out of work.",
    ),
    rule(
        &["left", "out", "of", "work"],
        Cut,
        Past,
        false,
        "The fire left 150 workers out of work.",
    ),
    rule(
        &["leave", "out", "of", "work"],
        Cut,
        Base,
        false,
        "The closure will leave 150 workers out of work.",
    ),
    rule(
        &["leaves", "out", "of", "work"],
        Cut,
        Past,
        false,
        "The closure leaves 150 workers out of work.",
    ),
    rule(
        &["leaving", "out", "of", "work"],
        Cut,
        Progressive,
        false,
        "The mill will shut, leaving 150 workers out of work.",
    ),
    // Counted staff who leave as the result of a measure: "which led to 140 staff
    // leaving", "expects to see between 30 and 50 staff leave". Only so (see
    // `staff_leave`).
    rule(
        &["leaving"],
        Cut,
        Progressive,
        false,
        "The scheme led to 140 staff leaving.",
    ),
    rule(
        &["leave"],
        Cut,
        Base,
        false,
        "The college expects to see 40 staff leave.",
    ),
    // Counted staff who left through a scheme of leaving: "250 staff had left through
    // its voluntary severance scheme". Only so (see `left_through_a_scheme`).
    rule(
        &["left"],
        Cut,
        Past,
        false,
        "About 250 staff have left through its voluntary severance scheme.",
    ),
    rule(
        &["lose", "their", "jobs"],
        Cut,
        Base,
        false,
        "About 6,000 factory workers could lose their jobs.",
    ),
    rule(
        &["lose", "jobs"],
        Cut,
        Base,
        false,
        "About 6,000 factory workers could lose jobs.",
    ),
    rule(
        &["losing", "their", "jobs"],
        Cut,
        Progressive,
        false,
        "About 600 workers are losing their jobs.",
    ),
    rule(
        &["lost", "their", "jobs"],
        Cut,
        Past,
        false,
        "About 600 workers lost their jobs.",
    ),
    // A firm that loses posts cuts them: "The council plans to lose 350 posts". (The
    // past, "the economy lost 20,000 jobs", is a statistic more often than a round.)
    rule(
        &["lose"],
        Cut,
        Base,
        true,
        "The council plans to lose 350 full-time posts.",
    ),
    rule(
        &["losing"],
        Cut,
        Progressive,
        true,
        "The council will save £12m by losing the equivalent of 350 full-time posts.",
    ),
    rule(
        &["loss", "of"],
        Cut,
        Noun,
        true,
        "It will result in the loss of 80 jobs.",
    ),
    // A business that closes itself: "will close its doors", "ceased operations", "ceased
    // trading". (Its sites need no object: the whole business goes.)
    rule(
        &["closing", "its", "doors"],
        Closure,
        Progressive,
        false,
        "The bakery chain is closing its doors after 80 years.",
    ),
    rule(
        &["close", "its", "doors"],
        Closure,
        Base,
        false,
        "The bakery chain will close its doors in June.",
    ),
    rule(
        &["closed", "its", "doors"],
        Closure,
        Past,
        false,
        "The bakery chain closed its doors in June.",
    ),
    rule(
        &["closes", "its", "doors"],
        Closure,
        Past,
        false,
        "The bakery chain closes its doors today.",
    ),
    // Production ended at a site for good closes it: "will end production at its
    // Lordstown plant", "will stop vehicle production at its Samut Prakan plant" (one word
    // may name what is made). Only with a site after "at" and no pause (see
    // `production_ends_at_a_site`): "will stop production at its plant for two weeks"
    // closes nothing.
    rule(
        &["end", "*", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will end car production at its Lordstown plant.",
    ),
    rule(
        &["end", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will end production at its Lordstown plant.",
    ),
    rule(
        &["ends", "*", "production", "at"],
        Closure,
        Base,
        false,
        "Globex ends car production at its Lordstown plant in May.",
    ),
    rule(
        &["ends", "production", "at"],
        Closure,
        Base,
        false,
        "Globex ends production at its Lordstown plant in May.",
    ),
    rule(
        &["ended", "*", "production", "at"],
        Closure,
        Past,
        false,
        "Globex ended car production at its Lordstown plant.",
    ),
    rule(
        &["ended", "production", "at"],
        Closure,
        Past,
        false,
        "Globex ended production at its Lordstown plant.",
    ),
    rule(
        &["ending", "*", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is ending car production at its Lordstown plant.",
    ),
    rule(
        &["ending", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is ending production at its Lordstown plant.",
    ),
    rule(
        &["cease", "*", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will cease car production at its Lordstown plant.",
    ),
    rule(
        &["cease", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will cease production at its Lordstown plant.",
    ),
    rule(
        &["ceased", "*", "production", "at"],
        Closure,
        Past,
        false,
        "Globex ceased car production at its Lordstown plant.",
    ),
    rule(
        &["ceased", "production", "at"],
        Closure,
        Past,
        false,
        "Globex ceased production at its Lordstown plant.",
    ),
    rule(
        &["ceasing", "*", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is ceasing car production at its Lordstown plant.",
    ),
    rule(
        &["ceasing", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is ceasing production at its Lordstown plant.",
    ),
    rule(
        &["stop", "*", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will permanently stop car production at its Lordstown plant.",
    ),
    rule(
        &["stop", "production", "at"],
        Closure,
        Base,
        false,
        "Globex will permanently stop production at its Lordstown plant.",
    ),
    rule(
        &["stopped", "*", "production", "at"],
        Closure,
        Past,
        false,
        "Globex stopped car production at its Lordstown plant for good.",
    ),
    rule(
        &["stopped", "production", "at"],
        Closure,
        Past,
        false,
        "Globex stopped production at its Lordstown plant for good.",
    ),
    rule(
        &["stopping", "*", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is stopping car production at its Lordstown plant permanently.",
    ),
    rule(
        &["stopping", "production", "at"],
        Closure,
        Progressive,
        false,
        "Globex is stopping production at its Lordstown plant permanently.",
    ),
    rule(
        &["cease", "operations"],
        Closure,
        Base,
        false,
        "The airline will cease operations on Friday.",
    ),
    rule(
        &["ceased", "operations"],
        Closure,
        Past,
        false,
        "The airline ceased operations on Friday.",
    ),
    rule(
        &["ceasing", "operations"],
        Closure,
        Progressive,
        false,
        "The airline is ceasing operations.",
    ),
    rule(
        &["cease", "trading"],
        Closure,
        Base,
        false,
        "The retailer will cease trading next month.",
    ),
    rule(
        &["ceased", "trading"],
        Closure,
        Past,
        false,
        "The retailer ceased trading last week.",
    ),
    // A firm that leaves a market closes there: "has withdrawn from India and France",
    // "pulled out of Russia", "exited Spain". Only with a country or a region of countries
    // right after (`market_after`): "withdrew from the deal", "pulled out of talks" and
    // "exited its stake" leave no market.
    rule(
        &["withdrawn", "from"],
        Closure,
        Past,
        false,
        "The app maker has withdrawn from India and France, its staff were told.",
    ),
    rule(
        &["withdrew", "from"],
        Closure,
        Past,
        false,
        "The retailer withdrew from Spain in March, its staff were told.",
    ),
    rule(
        &["withdraws", "from"],
        Closure,
        Past,
        false,
        "The retailer withdraws from Spain, its staff were told.",
    ),
    rule(
        &["pulled", "out", "of"],
        Closure,
        Past,
        false,
        "The carmaker pulled out of Russia last year, its staff were told.",
    ),
    rule(
        &["pulling", "out", "of"],
        Closure,
        Progressive,
        false,
        "The bank is pulling out of Spain, its staff were told.",
    ),
    rule(
        &["pulls", "out", "of"],
        Closure,
        Past,
        false,
        "The bank pulls out of Spain, its staff were told.",
    ),
    rule(
        &["exited"],
        Closure,
        Past,
        false,
        "The bank exited Spain last year, its staff were told.",
    ),
    rule(
        &["exiting"],
        Closure,
        Progressive,
        false,
        "The bank is exiting Spain, its staff were told.",
    ),
    rule(
        &["closing"],
        Closure,
        Progressive,
        true,
        "Uber is closing 45 offices.",
    ),
    rule(
        &["closed"],
        Closure,
        Past,
        true,
        "Monzo closed its Las Vegas office.",
    ),
    rule(
        &["closes"],
        Closure,
        Past,
        true,
        "Northwind closes its Kokomo plant.",
    ),
    rule(
        &["close"],
        Closure,
        Base,
        true,
        "GM will close five plants.",
    ),
    rule(
        &["closure"],
        Closure,
        Noun,
        true,
        "The closure of the Kokomo plant was confirmed.",
    ),
    rule(
        &["closures"],
        Closure,
        Noun,
        true,
        "Salesforce announced office closures.",
    ),
    rule(
        &["shutdown"],
        Closure,
        Noun,
        true,
        "The shutdown of its Ohio warehouse will cost about 200 jobs.",
    ),
    rule(
        &["shutdowns"],
        Closure,
        Noun,
        true,
        "The shutdowns of three stores will cost 90 jobs.",
    ),
    rule(
        &["shut", "down"],
        Closure,
        Past,
        true,
        "Monzo shut down its Las Vegas customer support office.",
    ),
    // After "shut down": the bare verb takes a site as its object ("will shut its Ohio
    // plant"); "shut the door on talks" has none.
    rule(
        &["shut"],
        Closure,
        Past,
        true,
        "Monzo shut its Las Vegas office.",
    ),
    rule(
        &["shuts", "down"],
        Closure,
        Past,
        true,
        "Northwind shuts down its Kokomo plant.",
    ),
    rule(
        &["shuts"],
        Closure,
        Past,
        true,
        "Northwind shuts its Kokomo plant.",
    ),
    rule(
        &["shutting", "down"],
        Closure,
        Progressive,
        true,
        "The chain is shutting down 40 stores.",
    ),
    // After "shutting down", as "shut" after "shut down": "is shutting its news division".
    rule(
        &["shutting"],
        Closure,
        Progressive,
        true,
        "The chain is shutting 40 stores.",
    ),
    // Winding a business down: "will wind down its operations", and with the business for
    // subject, "Zentrix is winding down" (see `business_subject`).
    rule(
        &["wind", "down"],
        Closure,
        Base,
        true,
        "The chain will wind down its store operations.",
    ),
    rule(
        &["winding", "down"],
        Closure,
        Progressive,
        true,
        "The chain is winding down its store operations.",
    ),
    rule(
        &["wound", "down"],
        Closure,
        Past,
        true,
        "The chain wound down its store operations.",
    ),
    rule(
        &["shuttering"],
        Closure,
        Progressive,
        true,
        "The chain is shuttering 40 stores.",
    ),
    rule(
        &["shutter"],
        Closure,
        Base,
        true,
        "The chain will shutter 40 stores.",
    ),
    rule(
        &["shuttered"],
        Closure,
        Past,
        true,
        "The chain shuttered 40 stores.",
    ),
    rule(
        &["shutters"],
        Closure,
        Past,
        true,
        "Northwind shutters its Kokomo plant.",
    ),
    rule(
        &["exits"],
        Closure,
        Noun,
        true,
        "The plan includes select office exits.",
    ),
    // Sites given up: "reducing its retail showroom footprint". Only after a verb of
    // shrinking (see `frames`): "its footprint in Asia" alone closes nothing.
    rule(
        &["footprint"],
        Closure,
        Noun,
        false,
        "The chain is reducing its store footprint.",
    ),
    rule(
        &["still", "hiring"],
        Hiring,
        Progressive,
        false,
        "Amazon says it's still hiring in AI.",
    ),
    rule(
        &["continue", "to", "hire"],
        Hiring,
        Base,
        false,
        "AWS will continue to hire in generative AI.",
    ),
    rule(
        &["continues", "to", "hire"],
        Hiring,
        Base,
        false,
        "AWS continues to hire in generative AI.",
    ),
    rule(
        &["committed", "to", "hiring"],
        Hiring,
        Base,
        false,
        "It remains committed to hiring in teams aligned with growth.",
    ),
];

/// Words after a `needs_object` cut verb that make it about jobs.
pub const JOB_NOUNS: &[&str] = &[
    "jobs",
    "job",
    "roles",
    "role",
    "positions",
    "position",
    "employees",
    "employee",
    "workers",
    "worker",
    "staff",
    "staffers",
    // (As Indian English counts staff: "sacks 300 staffs".)
    "staffs",
    "staffing",
    "workforce",
    "headcount",
    "people",
    "personnel",
    "posts",
    "post",
    "members",
    "engineers",
    "reporters",
    "associates",
    "managers",
    "employment",
    "crew",
    "officer",
    "officers",
    "contractors",
    "seats",
    "heads",
    "jobs.",
    // Full-time equivalents: "will cut 150 FTEs", "1,800 FTE".
    "ftes",
    "fte",
];

/// Sites whose closing is a closure claim: the workplaces of [`crate::lexicon::WORKPLACES`]
/// and these ("closing 45 locations", "exits", "its operations there").
pub const SITE_NOUNS: &[&str] = &[
    "site",
    "sites",
    "location",
    "locations",
    "outlet",
    "outlets",
    "hub",
    "hubs",
    // Freight, bus and port terminals: "close three terminals in Ohio".
    "terminal",
    "terminals",
    "exits",
    "operations",
    "estate",
];

/// A trigger found in a sentence: token index range `[first, last]`.
#[derive(Debug, Clone, Copy)]
pub struct TriggerHit {
    pub rule: usize,
    pub first: usize,
    pub last: usize,
}

fn token_matches(tok: &Token, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(prefix) => {
            tok.text.len() >= prefix.len()
                && tok.text.is_char_boundary(prefix.len())
                && tok.text[..prefix.len()].eq_ignore_ascii_case(prefix)
        }
        None => tok.is(pat),
    }
}

/// "has let go of roughly 85 drivers": letting go takes people, so a figure right after
/// it is its object whatever their trade.
fn count_follows(toks: &[Token], after: usize) -> bool {
    toks.iter()
        .skip(after + 1)
        .take(4)
        .any(|t| t.kind == TokKind::Number)
}

/// "announced that it would eliminate 11,000.", "cut another 2,000 in March": a figure
/// that ends the verb's object with nothing counted after it counts the jobs the
/// sentence is about. Only a large figure, in thousands or hundreds with a separator or
/// word ("11,000", "1.5 million"), right after the verb or a few bound words. (A near
/// miss: "cut 50 products" counts things; "cut 2019 targets" is a year.)
///
/// A figure of any size repeats the object of a round the sentence has already counted
/// when "another" or "more" marks it: "After cutting 1,000 jobs in January, Initech will
/// cut 400 more", "... will cut another 400." (A near miss: "The Fed cut rates by 25
/// points and may cut 25 more" counts no jobs before.)
fn bare_count_object(toks: &[Token], after: usize) -> bool {
    // "will shrink by about 1,200", "will fall by 1,200": a verb of a number falling takes
    // its figure after "by".
    let by = toks.get(after + 1).is_some_and(|t| t.is("by")) && falls_or_shrinks(&toks[after]);
    let mut k = if by { after + 2 } else { after + 1 };
    while toks.get(k).is_some_and(|t| {
        t.is_any(&[
            "about",
            "around",
            "some",
            "nearly",
            "roughly",
            "another",
            "almost",
            "approximately",
            "over",
        ])
        // "a further 1,500", "an additional 500"
        || t.is_any(&["a", "an"])
            && toks.get(k + 1).is_some_and(|n| n.is_any(&["further", "additional"]))
        || t.is_any(&["further", "additional"]) && k > after + 1
        // "up to 500 more"
        || t.is("up") && toks.get(k + 1).is_some_and(|n| n.is("to"))
        || t.is("to") && k > after + 1 && toks[k - 1].is("up")
    }) {
        k += 1;
    }
    let Some(n) = toks.get(k) else {
        return false;
    };
    let separated = n.kind == TokKind::Number && n.text.contains(',') && n.text.len() >= 5;
    // "400 more": the word after the figure marks a repeat, and the clause ends after it.
    let more = toks.get(k + 1).is_some_and(|t| t.is("more"));
    let another = k > after + 1 && toks[k - 1].is_any(&["another", "further", "additional"]);
    let end_at = if more { k + 2 } else { k + 1 };
    let ends = toks.get(end_at).is_none_or(|t| {
        t.kind == TokKind::Punct && matches!(t.text, "." | "," | ";")
            || t.is_any(&[
                "and",
                "in",
                "on",
                "by",
                "this",
                "last",
                "next",
                "from",
                "across",
                "worldwide",
                "globally",
                "over",
            ])
    });
    // A figure in a list of parallel clauses counts what the clause before it counted:
    // "Globex laid off 300 people, Initech cut 150 and Hooli let go of 90 employees". (Near
    // misses: a year, "cut 2019 and 2020 bonuses"; a figure under ten.)
    let counted_before = toks[..after].iter().any(|t| t.is_any_of(job_nouns()));
    let plain = n.kind == TokKind::Number && !n.text.contains(['.', '/', ':']);
    let parallel = counted_before && tens_not_a_year(n);
    // A repeat counts what the round before counted, told in this sentence or the one
    // before: "In May, it cut another 500." (A near miss: "cut another 5" is too few.)
    let repeat = (more || another) && (plain && counted_before || tens_not_a_year(n));
    (separated || repeat || parallel) && ends
}

/// A whole figure of ten or more that is no year ("1900" to "2100"): "300", "1,200" (not
/// "2019", "5", "1.5" or "9/11"). A bare figure counts staff only so.
fn tens_not_a_year(n: &Token) -> bool {
    let value: u64 = n.text.replace(',', "").parse().unwrap_or(0);
    let year_like = !n.text.contains(',') && (1900..=2100).contains(&value);
    n.kind == TokKind::Number && !n.text.contains(['.', '/', ':']) && value >= 10 && !year_like
}

/// "is letting 14%, or more than 1,000 employees go": the verb and its particle around
/// the figure. The hit is the verb alone, so the figure after it is its object.
fn split_let_go(toks: &[Token], i: usize) -> Option<usize> {
    let base = match () {
        _ if toks[i].is("letting") => ["letting", "go"],
        _ if toks[i].is("let") || toks[i].is("lets") => ["let", "go"],
        _ => return None,
    };
    let window = &toks[i + 1..(i + 10).min(toks.len())];
    let go = window.iter().position(|t| t.is("go"))?;
    let between = &window[..go];
    let figure = between
        .iter()
        .any(|t| t.kind == TokKind::Number || t.text == "%");
    if go == 0
        || !figure
        || between
            .iter()
            .any(|t| matches!(t.text, "." | ";" | "?" | "!"))
    {
        return None;
    }
    TRIGGERS.iter().position(|r| r.pattern == base)
}

/// "asked 300 employees to resign", "has asked about 150 staff to leave": a verb of asking,
/// counted staff, then "to resign" or "to leave" with no object after "leave" ("asked 300
/// employees to leave the building" is an evacuation). The hit is the verb alone, under
/// the rule of "asked to ...", so the figure after it is its object. (Near misses:
/// "asked 300 employees to return to the office", "asked employees to leave early".)
fn split_asked_to_go(toks: &[Token], i: usize) -> Option<usize> {
    if !toks[i].is_any(&["asked", "asks", "asking"]) {
        return None;
    }
    let window = &toks[i + 1..(i + 8).min(toks.len())];
    let to = window.iter().position(|t| t.is("to"))?;
    let go = window.get(to + 1)?;
    let between = &window[..to];
    let counted = between.iter().any(|t| t.kind == TokKind::Number)
        && between.last().is_some_and(|t| t.is_any_of(job_nouns()));
    let object_after = toks.get(i + to + 3).is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.is_any(&[
                "and",
                "or",
                "as",
                "after",
                "amid",
                "in",
                "by",
                "from",
                "over",
                "following",
            ])
    });
    let pattern: &[&str] = if go.is("resign") {
        &["asked", "to", "resign"]
    } else if go.is("leave") && !object_after {
        &["asked", "to", "leave"]
    } else {
        return None;
    };
    if !counted {
        return None;
    }
    TRIGGERS.iter().position(|r| r.pattern == pattern)
}

/// "putting 320 employees out of work", "left 150 workers out of a job", "leaving 1,858
/// staff without jobs", "left 90 workers jobless": a verb of putting or leaving, counted
/// staff and "out of work" (or, after leaving, "without work" or "jobless") after them.
/// The hit is the verb alone, so the figure after it is its object. (Near misses: "left
/// 150 workers without pay" puts no one out of work; "put 30 trucks out of service" counts
/// no staff; "The strike has left 150 workers out of a job" is a dispute, no cut.)
fn split_out_of_work(toks: &[Token], i: usize) -> Option<usize> {
    let verb = [
        "put", "puts", "putting", "left", "leave", "leaves", "leaving",
    ]
    .into_iter()
    .find(|v| toks[i].is(v))?;
    let dispute = toks[..i]
        .iter()
        .any(|t| t.is_any(&["strike", "strikes", "lockout", "walkout", "dispute"]));
    if dispute {
        return None;
    }
    let window = &toks[i + 1..(i + 9).min(toks.len())];
    // "out of work", or, after a verb of leaving, "without jobs" or "jobless".
    let leaving = verb.starts_with('l');
    let out = window
        .iter()
        .position(|t| t.is("out") || leaving && t.is_any(&["without", "jobless", "unemployed"]))?;
    let between = &window[..out];
    let counted = between.iter().any(|t| t.kind == TokKind::Number)
        && between.last().is_some_and(|t| t.is_any_of(job_nouns()));
    let rest = &toks[i + 2 + out..];
    let work_or_jobs = |k: usize| {
        rest.get(k).is_some_and(|t| {
            t.is_any(&["work", "jobs", "employment"])
                || t.is_any(&["a", "their"])
                    && rest.get(k + 1).is_some_and(|j| j.is_any(&["job", "jobs"]))
        })
    };
    let marker = &window[out];
    let of_work = if marker.is("out") {
        rest.first().is_some_and(|t| t.is("of")) && work_or_jobs(1)
    } else if marker.is("without") {
        work_or_jobs(0)
    } else {
        // "jobless", "unemployed"
        true
    };
    if !counted
        || !of_work
        || between
            .iter()
            .any(|t| matches!(t.text, "." | ";" | "?" | "!"))
    {
        return None;
    }
    TRIGGERS
        .iter()
        .position(|r| r.pattern == [verb, "out", "of", "work"])
}

/// People in the plural counted or determined right after a verb of firing at `at`:
/// "fired 385 people", "firing more than 7,000 employees", "fired all of their
/// employees", "fires 624 full-time and contractual staffers". The noun "firings" needs
/// no object. (Near misses: "a fire at the plant hurt 3 workers" puts a preposition
/// first; "fired its chief financial officer" and "fired an employee" fire one person;
/// "fired up its workers" is another verb.)
fn fires_people(toks: &[Token], at: usize) -> bool {
    if toks[at].is("firings") {
        return true;
    }
    let Some(first) = toks.get(at + 1) else {
        return false;
    };
    let opens = first.kind == TokKind::Number
        || first.is_any(FIGURE_QUALIFIERS)
            && !first.is_any(&["to", "at", "a", "an"])
            && !(first.is("up") && toks.get(at + 2).is_none_or(|t| !t.is("to")))
        || first.is_any(&[
            "its",
            "their",
            "all",
            "some",
            "hundreds",
            "thousands",
            "dozens",
            "staff",
            "workers",
            "employees",
            "people",
            "staffers",
        ]);
    opens
        && toks[at + 1..(at + 1 + OBJECT_WINDOW).min(toks.len())]
            .iter()
            .take_while(|t| t.kind != TokKind::Punct || matches!(t.text, "," | "-"))
            .any(|t| {
                t.is_any(&[
                    "jobs",
                    "employees",
                    "workers",
                    "staff",
                    "staffers",
                    "people",
                    "personnel",
                    "engineers",
                    "reporters",
                    "associates",
                    "managers",
                    "contractors",
                    "members",
                ])
            })
}

/// The workforce is the subject just before `i`: "its workforce will shrink", "headcount
/// has shrunk", "the company's staff shrank".
/// Verbs of a workforce falling or shrinking by a figure: "fall by", "shrank by". (Read
/// in place, in any case: it is asked of many candidate objects.)
pub(crate) fn falls_or_shrinks(t: &Token) -> bool {
    t.is_any(FALLS)
        || t.text
            .as_bytes()
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case(b"shr"))
}

/// Verbs of a number falling, as the trigger patterns spell them.
const FALLS: &[&str] = &[
    "fall", "falls", "fell", "drop", "dropped", "decline", "declined",
];

/// Whether a trigger pattern's first word is a verb of a number falling.
fn falls(word: &str) -> bool {
    FALLS.contains(&word)
}

/// "Headcount will fall by 1,200", "its workforce dropped by 8%": the workforce is the
/// subject right before the verb (auxiliaries, and a place of work after the noun,
/// aside), and "by" a figure follows it.
/// The nouns of a whole workforce: "its workforce will shrink", "shrink its headcount".
const WORKFORCE: &[&str] = &["workforce", "headcount", "payroll", "workforces", "staff"];

fn workforce_subject(toks: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && toks[k - 1].is_any(&[
            "will", "would", "could", "is", "has", "have", "had", "also", "further", "to",
            "expected",
        ])
    {
        k -= 1;
    }
    // "Headcount at Umbrella Health will fall": a place of work may follow the noun.
    let noun = (k.saturating_sub(6)..k)
        .rev()
        .take_while(|&j| {
            let t = &toks[j];
            t.is_any(WORKFORCE)
                || t.is_any(&["at", "in", "the", "s"])
                || t.is_capitalized()
                || t.is_glued_apostrophe()
        })
        .find(|&j| toks[j].is_any(WORKFORCE));
    noun.is_some() && toks.get(i + 1).is_some_and(|t| t.is("by"))
}

/// Production ended at a site for good (`pattern` at `i`): a site within six words after
/// "production at" ("its Lordstown plant"), no word of a pause in the sentence ("for two
/// weeks", "temporarily", "until"); a stop only with a word that it lasts ("permanently",
/// "for good", "by the end of 2025", a closing); and a word between the verb and
/// "production" only for production as a whole ("vehicle", "car", "its"). (Near misses:
/// "will stop production at its plant on Tuesday after a glitch" pauses; "will end Fiesta
/// production at its Cologne plant" ends one model.)
fn production_ends_at_a_site(toks: &[Token], i: usize, pattern: &[&str]) -> bool {
    let from = i + pattern.len();
    let site = toks[from.min(toks.len())..(from + 6).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Word || t.is_glued_apostrophe())
        .any(|t| t.is_any_of(site_nouns()));
    let pause = toks.iter().enumerate().any(|(k, t)| {
        t.is_any(&[
            "temporarily",
            "until",
            "pause",
            "paused",
            "briefly",
            "resume",
            "resumes",
        ]) || t.is("for")
            && toks[k + 1..(k + 4).min(toks.len())]
                .iter()
                .any(|w| w.is_any(&["days", "weeks", "week", "months", "shifts", "shift"]))
    });
    let whole = pattern.get(1) != Some(&"*")
        || toks[i + 1].is_any(&[
            "vehicle",
            "car",
            "auto",
            "its",
            "all",
            "steel",
            "manufacturing",
        ]);
    let lasting = !pattern[0].starts_with("stop")
        || toks.iter().enumerate().any(|(k, t)| {
            t.is_any(&[
                "permanently",
                "close",
                "closure",
                "closing",
                "shut",
                "forever",
            ]) || t.is("good") && k > 0 && toks[k - 1].is("for")
                || t.is("end") && k > 1 && toks[k - 1].is("the") && toks[k - 2].is("by")
        });
    site && !pause && whole && lasting
}

/// A rule that restates the round just told in people: "That equates to", "This amounts
/// to", "That translates to".
pub(crate) fn restating(rule: &TriggerRule) -> bool {
    matches!(rule.pattern, ["equates" | "amounts" | "translates", "to"])
}

/// "That equates to", "This amounts to", "That translates to": the words before the
/// verb at `i` open the sentence and name the round just told, a pronoun or "the" and a
/// noun of cuts. (A near miss: "Its revenue amounts to $5 billion" names no round; "The
/// deal amounts to 300 jobs" is no word of cuts.)
fn restates_the_round(toks: &[Token], i: usize) -> bool {
    match &toks[..i] {
        [p] => p.is_any(&["that", "this", "it"]),
        [the, noun] => {
            the.is_any(&["the", "that", "this"])
                && noun.is_any(&[
                    "cut",
                    "cuts",
                    "reduction",
                    "reductions",
                    "layoffs",
                    "layoff",
                    "move",
                    "restructuring",
                ])
        }
        _ => false,
    }
}

/// "shrink its workforce", "scale back headcount", "scaling back the company's staff":
/// the workforce heads the object opening at `from`, with only a determiner or an owner
/// before it and "by", a figure or the clause's end after it. (A near miss: "scale back
/// hiring of new staff" has hiring for object.)
fn workforce_after(toks: &[Token], from: usize) -> bool {
    let owner = |t: &Token| {
        t.is_any(&[
            "its", "their", "the", "our", "s", "overall", "global", "total",
        ]) || t.is_glued_apostrophe()
            || t.is_capitalized()
    };
    let Some(k) = (from..(from + 4).min(toks.len()))
        .take_while(|&k| toks[k].is_any(WORKFORCE) || owner(&toks[k]))
        .find(|&k| toks[k].is_any(WORKFORCE))
    else {
        return false;
    };
    toks.get(k + 1).is_none_or(|t| {
        t.is("by") || t.is_figure() || t.kind == TokKind::Punct || t.is_any(&["in", "at", "to"])
    })
}

fn workforce_before(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(4)..i].iter().any(|t| {
        t.is_any(&[
            "workforce",
            "headcount",
            "staff",
            "count",
            "payroll",
            "employees",
        ])
    })
}

/// Words after "go" that send posts somewhere else than away: "the new roles will go
/// live", "posts will go unfilled".
const GOES_ELSEWHERE: &[&str] = &[
    "live", "up", "unfilled", "ahead", "on", "into", "through", "forward",
];

/// Whether a rule puts jobs at risk ([`TRIGGERS`]' "at risk", "under threat", "on the
/// line"): a plan whose figure is an upper bound, with the job noun before it.
pub fn puts_at_risk(rule: &TriggerRule) -> bool {
    matches!(
        rule.pattern,
        ["at", "risk"] | ["under", "threat"] | ["on", "the", "line"]
    )
}

/// "200 jobs are to go", "300 roles are set to go", "jobs are expected to go": posts
/// that go, with the verb "be" and a word of what is planned between; or with an
/// apposition between commas before a modal ("3,000 jobs, mostly pilots and cabin crew,
/// could go"). The hit runs from the noun to "go", under the rule of "jobs to go" (or of
/// "jobs could go"): its rule and last token. (Near misses: "300 staff are set to go on
/// strike" counts no posts; "the roles are set to go live" go somewhere else; "jobs,
/// he said, could go to rivals" go to someone.)
fn posts_to_go(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    // (The nouns of the "to go" rows; "new jobs" are posts made, not cut.)
    let noun = ["jobs", "roles", "posts", "positions"]
        .into_iter()
        .find(|n| toks[i].is(n))?;
    if i > 0 && toks[i - 1].is_any(&["new", "additional", "extra"]) {
        return None;
    }
    let mut k = i + 1;
    // "Up to 3,000 jobs, mostly pilots and cabin crew, could go": an apposition of words
    // between commas after the noun.
    // (The word after the closing comma, if there is one.)
    let past_apposition = toks
        .get(k)
        .is_some_and(|t| t.text == ",")
        .then(|| {
            toks[k + 1..]
                .iter()
                .take(8)
                .position(|t| t.kind != TokKind::Word)
        })
        .flatten()
        .filter(|&n| n > 0 && toks[k + 1 + n].text == ",")
        .map(|n| k + n + 2);
    if let Some(after) = past_apposition {
        k = after;
        if let Some(modal) = toks
            .get(k)
            .filter(|t| t.is_any(&["will", "could", "would"]))
            .filter(|_| toks.get(k + 1).is_some_and(|t| t.is("go")))
            // Only posts that go, no more: "will go largely to local residents" and "would
            // go a long way" are posts given.
            .filter(|_| {
                toks.get(k + 2).is_none_or(|t| {
                    matches!(t.text, "." | "," | ";" | "—")
                        || t.is_any(&[
                            "at", "in", "from", "across", "by", "as", "over", "when", "if",
                        ])
                })
            })
        {
            let rule = TRIGGERS
                .iter()
                .position(|r| r.pattern == [noun, modal.text, "go"])
                .or_else(|| {
                    TRIGGERS
                        .iter()
                        .position(|r| r.pattern == [noun, "to", "go"])
                })?;
            return Some((rule, k + 1));
        }
    }
    if toks.get(k).is_some_and(|t| t.is_any(&["are", "were"])) {
        k += 1;
    }
    if toks
        .get(k)
        .is_some_and(|t| t.is_any(&["set", "expected", "due", "likely", "scheduled"]))
    {
        k += 1;
    }
    let to_go = toks.get(k).is_some_and(|t| t.is("to"))
        && toks.get(k + 1).is_some_and(|t| t.is("go"))
        // (And "to go to local people", "to go to its new hub": posts that go to someone.)
        && !toks
            .get(k + 2)
            .is_some_and(|t| t.is_any(GOES_ELSEWHERE) || t.is("to"));
    // (Two words or more between: "jobs to go" itself is its rule's.)
    if !to_go || k < i + 2 {
        return None;
    }
    let rule = TRIGGERS
        .iter()
        .position(|r| r.pattern == [noun, "to", "go"])?;
    Some((rule, k + 1))
}

/// "has made 250 staff redundant": the verb and its complement around the object. The
/// hit is the verb alone, so the figure after it is its object, however hedged and
/// qualified ("make up to 12,000 of its 42,000 employees redundant"). (And "will be made
/// compulsorily redundant", an adverb between.)
fn split_made_redundant(toks: &[Token], i: usize) -> Option<usize> {
    let base = match () {
        _ if toks[i].is_any(&["made", "makes"]) => ["made", "redundant"],
        _ if toks[i].is("making") => ["making", "redundant"],
        _ if toks[i].is("make") => ["make", "redundant"],
        _ => return None,
    };
    let window = &toks[i + 1..(i + 11).min(toks.len())];
    let at = window.iter().position(|t| t.is("redundant"))?;
    // Past six words the object must end in staff: "up to 12,000 of its 42,000 employees
    // redundant" (near misses: "two of its 14 distribution centres in the Midlands
    // redundant", "the jobs of about 300 warehouse pickers redundant").
    if at > 6
        && !window[at - 1].is_any(&[
            "employees",
            "staff",
            "workers",
            "people",
            "staffers",
            "roles",
            "jobs",
        ])
    {
        return None;
    }
    let between = &window[..at];
    // A figure, or staff in the plural ("made staff redundant"); "the role of manager"
    // counts nobody.
    let staff = |t: &Token| {
        t.kind == TokKind::Number
            || t.kind == TokKind::Word
                && t.is_any_of(job_nouns())
                && (t.text.ends_with('s') || t.is_any(&["staff", "people", "personnel"]))
    };
    let people = between.iter().any(|t| staff(t) || t.text == "%");
    let clause = between
        .iter()
        .all(|t| !matches!(t.text, "." | ";" | "?" | "!"));
    // Or the passive with an adverb of manner between: "300 staff will be made
    // compulsorily redundant", "made permanently redundant".
    // Staff counted, or in the plural, just before: not "the role was made entirely
    // redundant by software".
    let adverb = at == 1
        && between[0].kind == TokKind::Word
        && between[0].text.len() > 4
        && between[0].text.ends_with("ly")
        && toks[i.saturating_sub(5)..i].iter().any(staff);
    (at > 0 && (people && clause || adverb))
        .then(|| TRIGGERS.iter().position(|r| r.pattern == base))?
}

/// "a restructuring that will see 700 roles eliminated", "with 500 jobs cut": a past
/// participle after its object, in a clause of seeing or having. (A near miss: "700
/// roles, the union said, eliminated" has no such verb.)
/// Or a count phrase opens the noun: "the number of roles cut at Austel since 2023", "the
/// total of jobs shed this year". (A near miss: "the number of roles open at Austel" has no
/// participle of cutting.)
fn object_before_participle(toks: &[Token], i: usize) -> bool {
    if i < 2 || !toks[i - 1].is_any_of(job_nouns()) {
        return false;
    }
    if i >= 3 && toks[i - 2].is("of") && toks[i - 3].is_any(&["number", "total", "tally", "count"])
    {
        return true;
    }
    let window = &toks[i.saturating_sub(7)..i - 1];
    window.iter().any(|t| {
        t.is_any(&[
            "see", "sees", "saw", "seen", "seeing", "with", "leave", "leaves", "leaving", "left",
            "had", "having", "get", "got",
        ])
    }) && window
        .iter()
        .any(|t| t.kind == TokKind::Number || t.text == "%")
}

/// "will not renew the contracts of 2,300 workers", "the fixed-term contracts of 400
/// staff will not be renewed": a renewal refused (`toks[first..=last]`, its negation
/// included) ends the jobs only when the contracts are people's, a job noun right after
/// the contracts' "of" or "for", or before a passive. (Near misses: "will not renew its
/// supply contracts with 2,300 retailers" and "the lease will not be renewed" are no
/// staff's.)
fn contracts_not_renewed(toks: &[Token], first: usize, last: usize) -> bool {
    // A job noun right after "of" or "for", past a figure and the words that size it, and
    // one word that describes the staff ("of 400 temporary workers").
    let people_after = |k: usize| {
        if !toks.get(k + 1).is_some_and(|t| t.is_any(&["of", "for"])) {
            return false;
        }
        let words = &toks[(k + 2).min(toks.len())..(k + 9).min(toks.len())];
        let Some(j) = words.iter().position(|t| {
            !(t.is_figure() || t.is_any(FIGURE_QUALIFIERS) || t.is_any(&["the", "its", "their"]))
        }) else {
            return false;
        };
        words[j].is_any_of(job_nouns())
            || words[j].kind == TokKind::Word
                && !words[j].is_capitalized()
                && words.get(j + 1).is_some_and(|t| t.is_any_of(job_nouns()))
    };
    let contract = |t: &Token| t.is_any(&["contract", "contracts"]);
    if toks[last].is("renewed") && first > 0 {
        // The passive: the contracts of people ("the contracts of 400 temporary workers
        // will not be renewed") or people's own ("workers' contracts").
        let from = first.saturating_sub(12);
        return (from..first).any(|k| {
            contract(&toks[k])
                && (people_after(k)
                    || k >= 2
                        && toks[k - 1].is_glued_apostrophe()
                        && toks[k - 2].is_any_of(job_nouns()))
        });
    }
    (last + 1..(last + 6).min(toks.len())).any(|k| contract(&toks[k]) && people_after(k))
}

/// "the 800 employees let go last December", "some 40 staff let go in May": "let go" as
/// the participle of counted staff right before it, a cut done. (Near misses: "Acme let
/// go 800 employees" has its count after; "800 employees let go of their claims" let go
/// of something.)
fn let_go_participle(toks: &[Token], i: usize) -> bool {
    figure_before_job_noun(toks, i, 4).is_some() && !toks.get(i + 2).is_some_and(|t| t.is("of"))
}

/// "will cut 1,200 jobs, on top of the 700 cut in November", "in addition to some 300
/// eliminated last year": a figure added to, then a participle of cutting at `i`, counts an
/// earlier round of its own. The words before the figure say it is added to another
/// ("on top of", "in addition to"); a job noun may stand between figure and verb ("on top
/// of 700 jobs shed in May"). Where the figure's words begin ("some 300"), which open the
/// earlier round's.
/// (A near miss: "on top of 2019 levels cut" is a year, and
/// "on top of 700 stores cut" counts no staff.)
pub(crate) fn added_round(toks: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    if k > 0 && toks[k - 1].is_any_of(job_nouns()) {
        k -= 1;
    }
    let at = k.checked_sub(1)?;
    if !tens_not_a_year(&toks[at]) {
        return None;
    }
    let mut j = at;
    while j > 0 && toks[j - 1].is_any(&["the", "some", "about", "around", "nearly", "roughly"]) {
        j -= 1;
    }
    // The participle ends its words: a noun after it makes it an adjective ("on top of
    // 700 announced store closures").
    let ends = toks.get(i + 1).is_none_or(|t| {
        t.kind == TokKind::Punct
            || t.is_any(&[
                "in",
                "on",
                "at",
                "last",
                "this",
                "earlier",
                "previously",
                "since",
                "during",
                "across",
                "by",
                "and",
                "when",
                "after",
                "before",
                "over",
                "from",
            ])
    });
    // Another's losses added to are not the firm's: "on top of 2,000 lost across the
    // industry", "the 1,200 jobs shed by rivals in May".
    let others = toks.iter().skip(i + 1).take(5).any(|t| {
        t.is_any(&[
            "industry",
            "sector",
            "economy",
            "nationwide",
            "rivals",
            "rival",
            "competitors",
            "peers",
            "other",
            "others",
        ])
    });
    let word = |back: usize, w: &str| j >= back && toks[j - back].is(w);
    (!others
        && ends
        && (word(1, "of") && word(2, "top") && word(3, "on")
            || word(1, "to") && word(2, "addition") && word(3, "in")))
    .then_some(j)
}

/// Counted staff right before the verb at `at`: a job noun at `at - 1` and, at most
/// `reach` tokens before the verb, the nearest number (its index): "300 staff leave",
/// "1,800 IT jobs axed".
fn figure_before_job_noun(toks: &[Token], at: usize, reach: usize) -> Option<usize> {
    if at < 2 || !toks[at - 1].is_any_of(job_nouns()) {
        return None;
    }
    (at.saturating_sub(reach)..at - 1)
        .rev()
        .find(|&k| toks[k].kind == TokKind::Number)
}

/// "1,800 jobs axed at Tallis Software", "Tallis Software: 300 roles cut", "Another 40
/// staff culled as Acme shuts plant": a headline's or a list line's counted jobs and a
/// past participle with no "were", where the count opens its clause and nothing but a
/// preposition, a conjunction or the end follows the verb. (A near miss: "300 workers
/// cut the ribbon" gives the verb an object of its own, so the workers do the cutting.)
fn headline_participle(toks: &[Token], i: usize) -> bool {
    // The count, with at most two words between it and the noun ("1,800 IT jobs").
    let Some(n) = figure_before_job_noun(toks, i, 4) else {
        return false;
    };
    if !toks[n + 1..i - 1]
        .iter()
        .all(|t| t.kind == TokKind::Word && !t.is_any(&["of", "and", "or"]))
    {
        return false;
    }
    // The clause opens at the count, or at a hedge of it.
    let mut k = n;
    while k > 0 && toks[k - 1].is_any(FIGURE_QUALIFIERS) {
        k -= 1;
    }
    let opens = k == 0
        || matches!(
            toks[k - 1].text,
            ":" | "-" | "–" | "—" | "," | ";" | "." | "("
        );
    let ends = toks.get(i + 1).is_none_or(|t| {
        matches!(t.text, "." | "," | ":" | ";" | "-" | "–" | "—" | "(" | ")")
            || t.is_any(&[
                "at",
                "in",
                "as",
                "after",
                "from",
                "across",
                "by",
                "on",
                "amid",
                "over",
                "following",
                "and",
                "since",
                "this",
                "last",
                "with",
                "for",
            ])
    });
    // A reduced relative, whose clause's verb comes later: "300 jobs cut at Tallis last
    // year were restored".
    let later_verb = toks[i + 1..]
        .iter()
        .take_while(|t| !matches!(t.text, "." | ";" | ":"))
        .any(|t| t.is_any(&["were", "was", "are", "is", "have", "has", "had", "will"]));
    opens && ends && !later_verb
}

/// Parts of a site that close while the site goes on: "will close down the blast furnaces
/// at its Scunthorpe plant", "to shut one of two production lines at the mill", "will close
/// the night shift at its Ohio factory", "is closing the portion of its plant that makes
/// alkaline batteries" cut jobs but close no site. (A near miss: "will close its plant,
/// which runs two blast furnaces" names the site first.)
const SITE_PARTS: &[&str] = &[
    "furnace", "furnaces", "line", "lines", "shift", "shifts", "kiln", "kilns", "oven", "ovens",
    "portion", "portions", "section", "sections",
];

/// Deals between firms, which close without closing anything: "closed the sale of its
/// consumer business", "after the deal closed".
pub(crate) const DEALS: &[&str] = &[
    "sale",
    "acquisition",
    "deal",
    "purchase",
    "merger",
    "transaction",
    "takeover",
    "buy",
    "spin-off",
    "spinoff",
    "divestiture",
];

/// Whether a country or a region of countries is named at `k`, in one word or two:
/// "India", "Southeast Asia", "South Korea". (A near miss: "the deal", "talks".)
fn market_after(toks: &[Token], k: usize) -> bool {
    let Some(first) = toks.get(k).filter(|t| t.is_capitalized()) else {
        return false;
    };
    crate::places::is_country(first.text)
        || toks.get(k + 1).is_some_and(|second| {
            second.is_capitalized()
                && second.ws_before
                && crate::places::is_country(&format!("{} {}", first.text, second.text))
        })
}

/// "is closing its early-stage pilot in Spain", "will shut its operations in Pakistan":
/// what a firm closes in a country is its business there, staff and all. `at` is the
/// "in"; the firm owns what closes, with no deal or holding between. (Near misses:
/// "closed its stake in Spain", "closing its deal in Spain".)
fn closed_in_a_market(toks: &[Token], after: usize, at: usize) -> bool {
    let between = &toks[after + 1..at];
    toks[at].is("in")
        && between.iter().filter(|t| t.kind == TokKind::Word).count() <= 4
        && between
            .first()
            .is_some_and(|t| t.is_any(&["its", "their", "our"]))
        && !between.iter().any(|t| {
            t.is_any(DEALS)
                || t.is_any(&[
                    "stake", "stakes", "position", "holding", "holdings", "offer", "books",
                    "account", "accounts",
                ])
        })
        && market_after(toks, at + 1)
}

/// Parts of a firm that close as a site does, staff and all, though no place: "is shutting
/// its news division", "will close its mortgage subsidiary", "has shut down its grocery
/// business", "the shutting down of the newsroom". (A near miss: "shut down its social
/// network" closes a product; "unit" is left out, as a reactor's unit shuts down for
/// repairs.)
const CLOSABLE_UNITS: &[&str] = &[
    "division",
    "divisions",
    "business",
    "businesses",
    "subsidiary",
    "subsidiaries",
    "newsroom",
    "newsrooms",
];

/// Whether `toks[at]`, after a closing verb ending at `after`, is a part of the firm it
/// closes ([`CLOSABLE_UNITS`]): owned ("its", "their", "the"; "by the close of business"
/// owns none), with no deal between ("closed the sale of its consumer business", "closed
/// the acquisition of Initech's payments business" end a deal) and no noun after it that
/// it qualifies ("shutting down business travel").
fn closable_unit(toks: &[Token], after: usize, at: usize) -> bool {
    const AFTER_OK: &[&str] = &[
        "and", "or", "in", "at", "to", "that", "which", "with", "as", "on", "by", "for", "after",
        "from", "next", "this", "last", "later",
    ];
    let between = &toks[after + 1..at];
    toks[at].is_any(CLOSABLE_UNITS)
        && between
            .iter()
            .any(|t| t.is_any(&["its", "their", "the", "our", "his", "her"]))
        && !between.iter().any(|t| t.is_any(DEALS))
        && !toks
            .get(at + 1)
            .is_some_and(|n| n.kind == TokKind::Word && !n.is_capitalized() && !n.is_any(AFTER_OK))
}

/// What staff have that a cut may reach without costing jobs: "cut staff bonuses",
/// "employee pension contributions", "staff travel". Not "numbers", "levels" or
/// "headcount", which count the staff themselves.
const STAFF_THINGS: &[&str] = &[
    "pay",
    "bonus",
    "bonuses",
    "benefits",
    "benefit",
    "hours",
    "travel",
    "perks",
    "salary",
    "salaries",
    "wages",
    "wage",
    "pension",
    "pensions",
    "contributions",
    "health",
    "training",
    "expenses",
    "costs",
    "cost",
    "spending",
    "allowances",
    "overtime",
    "raises",
    "discounts",
    "parking",
    "meals",
];

/// Whether the token at `at`, after staff, makes them the owners of a thing: a word of
/// [`STAFF_THINGS`] ("staff bonuses") or a possessive before a word ("workers' hours",
/// "staff's pay"). (A near miss: the closing quote of "'cut 300 jobs'." owns nothing.)
fn owns_the_thing(toks: &[Token], at: usize) -> bool {
    let Some(n) = toks.get(at) else {
        return false;
    };
    n.is_any(STAFF_THINGS)
        || crate::tokens::apostrophe_s(toks, at)
        || n.is_glued_apostrophe()
            && toks
                .get(at + 1)
                .is_some_and(|w| w.kind == TokKind::Word && w.ws_before && !w.is_capitalized())
}

/// Whether the token at `k` is one of a short bracketed group of at most three words, the
/// brackets included: "a voluntary retirement scheme (VRS) for up to 3,500 employees" reads
/// past "(VRS)" as past an abbreviation. (Near misses: "(which it announced in March)" is
/// a clause, counted as words; "1.800 full-time equivalents (FTE)" brackets staff, an
/// object itself.)
fn in_short_brackets(toks: &[Token], k: usize) -> bool {
    let from = k.saturating_sub(4);
    let Some(open) = toks[from..=k]
        .iter()
        .rposition(|t| t.text == "(")
        .map(|j| from + j)
    else {
        return false;
    };
    toks[open + 1..(open + 5).min(toks.len())]
        .iter()
        .position(|t| t.text == ")")
        .is_some_and(|c| {
            let inside = &toks[open + 1..open + 1 + c];
            open + 1 + c >= k
                && inside
                    .iter()
                    .all(|t| t.kind == TokKind::Word && !t.is_any_of(job_nouns()))
        })
}

/// How far after a `needs_object` verb its object may start.
const OBJECT_WINDOW: usize = 7;

/// The object of a verb of `class` after `after`: a job or site noun within
/// [`OBJECT_WINDOW`], or with `trades`, people of a trade counted ([`counted_trade`]).
fn has_object(toks: &[Token], first: usize, after: usize, class: TrigClass, trades: bool) -> bool {
    let nouns = if class == Closure {
        site_nouns()
    } else {
        job_nouns()
    };
    // A full stop ends the clause, but an abbreviation ("900 U.S. jobs") is read past
    // and not counted in the window, nor is a possessive's "’s" ("300 of the company's
    // 2,000 staff").
    toks.iter()
        .enumerate()
        .skip(after + 1)
        .filter(|&(k, t)| {
            let possessive =
                t.is_glued_apostrophe() || k > 0 && crate::tokens::apostrophe_s(toks, k - 1);
            !abbreviation_part(toks, k)
                && t.text != "-"
                && !possessive
                && !in_short_brackets(toks, k)
        })
        .take(OBJECT_WINDOW)
        .take_while(|&(k, t)| {
            // The object never lies past a verb of saying: "will cut 30 flights, the
            // carrier told staff" cuts no staff.
            let stop = t.kind == TokKind::Punct && matches!(t.text, "." | ";" | "?" | "!")
                || t.is_any(&["told", "said", "says", "tells", "according"]);
            // "close the blast furnaces at its plant": a part of a site closes, not the
            // site. (A near miss: in "its blast-furnace steelworks" the part describes the
            // site right after it.)
            let part = class == Closure
                && t.is_any(SITE_PARTS)
                && !toks.get(k + 1).is_some_and(|n| n.is_any_of(site_nouns()));
            !stop && !part
        })
        .enumerate()
        .any(|(k, (at, t))| {
            // "cut staff bonuses", "slashed employee pension contributions", "cut workers'
            // hours": staff who own or qualify the thing cut are no object of the cut.
            // (Near misses: "cut staff numbers by 300", "cut 300 staff".)
            let staff_owns =
                class == Cut && t.is_any_of(nouns) && owns_the_thing(toks, at + 1);
            // "shut down their terminals", "5,000 payment terminals": devices, no site.
            let device = t.is_any(&["terminal", "terminals"])
                && at > 0
                && toks[at - 1].is_any(&[
                    "their", "your", "his", "her", "payment", "computer", "card", "ticket", "pos",
                    "betting", "lottery",
                ]);
            !staff_owns && !device && t.kind == TokKind::Word && (t.is_any_of(nouns) || class == Closure && (network_of_sites(toks, at) || closable_unit(toks, after, at) || closed_in_a_market(toks, after, at)))
                // "the closure of the plant's blast furnaces": the site owns what closes.
                && !(class == Closure && crate::tokens::apostrophe_s(toks, at + 1))
                // "12%", "12 percent", "12 per cent" of the staff; after "by", only of an
                // object that is the staff ("cut its US workforce by 10%", not "cut its
                // marketing budget by 20%").
                || (class == Cut
                    && (crate::quantity::percent_after(toks, at).is_some() || t.is("cent"))
                    && share_of_the_staff(&toks[after + 1..at]))
                // "reduce its head count by 20 per cent": the two-word spelling.
                || (class == Cut && t.is("count") && k > 0 && toks[after + k].is("head"))
                // "will axe 700 pilots", "cut 120 staff nurses": counted people of a trade.
                || (trades && class == Cut && counted_trade(toks, at))
        })
        || passive_object(toks, after, nouns, class == Cut && trades)
        || relative_object(toks, first, after, nouns, class == Cut)
        // "cut one in five of its roughly 2,000 employees": the object's window starts
        // past a share that opens it.
        || class == Cut
            && crate::quantity::share_end(toks, after + 1)
                .is_some_and(|e| has_object(toks, first, e - 1, class, trades))
}

/// Whether the words between a verb of cutting and its share (`between`) leave the share
/// the staff's: no "by" ("cut 10% of its staff"), or an object before "by" that names the
/// staff ("cut its US workforce by 10%", "its head count by 20 per cent"). (A near miss:
/// "cut its marketing budget by 20%" measures a budget.)
pub(crate) fn share_of_the_staff(between: &[Token]) -> bool {
    match between.iter().position(|t| t.is("by")) {
        None | Some(0) => true,
        // (The staff must be the object, not own it: "cut staff bonuses by 20%".)
        Some(by) => between[..by].iter().enumerate().any(|(k, t)| {
            (t.is_any_of(job_nouns()) || t.is_any(crate::lexicon::HEADCOUNT_NOUNS) || t.is("count"))
                && !owns_the_thing(between, k + 1)
        }),
    }
}

/// Whether `toks[at]` is a trade's people counted: "700 pilots", "120 staff nurses". (Near
/// misses: "cut 30 flights" counts things; "cut 700 pilots' pay" cuts pay.)
fn counted_trade(toks: &[Token], at: usize) -> bool {
    let number = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokKind::Number);
    crate::units::is_job_function(&toks[at])
        && !toks.get(at + 1).is_some_and(Token::is_glued_apostrophe)
        && at > 0
        && (number(at - 1) || at > 1 && number(at - 2) && toks[at - 1].kind == TokKind::Word)
}

/// "close its North America distribution network", "shut its branch network": a
/// network of sites, as its modifier says. (A near miss: "shut down its social network"
/// closes a product, no site.)
fn network_of_sites(toks: &[Token], at: usize) -> bool {
    toks[at].is_any(&["network", "networks"])
        && at > 0
        && toks[at - 1].is_any(&[
            "distribution",
            "branch",
            "store",
            "retail",
            "warehouse",
            "logistics",
            "delivery",
            "fulfillment",
            "fulfilment",
            "depot",
            "office",
        ])
}

/// "the 150 stores it plans to shutter", "the jobs that they cut": in a relative clause
/// the object comes first, then its subject (a pronoun) and perhaps a verb of intent
/// with "to". `after` is the verb's last token. (A near miss: "the stores it plans to
/// refit" has no trigger; "stores, it plans to shutter the mill" puts a comma between.)
///
/// With `bare`, a figure alone is the object, its noun left out as the round before
/// named it: "on top of the 700 it cut last year", "the 1,200 they let go in May". (A
/// near miss: "the $700 million it cut" is money, and "700 it cut" needs "the".)
fn relative_object(
    toks: &[Token],
    first: usize,
    after: usize,
    nouns: &WordSet,
    bare: bool,
) -> bool {
    let Some(k) = relative_subject(toks, first, after) else {
        return false;
    };
    let Some(mut o) = k.checked_sub(1) else {
        return false;
    };
    if toks[o].is_any(&["that", "which"]) && o > 0 {
        o -= 1;
    }
    toks[o].kind == TokKind::Word && toks[o].is_any_of(nouns)
        || bare && toks[o].kind == TokKind::Number && o > 0 && toks[o - 1].is_any(&["the", "those"])
}

/// The subject of a relative clause's verb (first token `first`, last `after`), right
/// before it or before a modal, a perfect's auxiliary or a verb of intent with "to": a
/// pronoun ("the 700 it cut", "the stores it plans to shutter", "the 1,200 they will let
/// go"), "the company" or a firm's name ("3,200 positions the company has eliminated",
/// "the 2,500 jobs that Veltmann cut"). Where it begins.
pub(crate) fn relative_subject(toks: &[Token], first: usize, after: usize) -> Option<usize> {
    // The verb's first token.
    let mut k = if first < after && toks[first..=after].iter().all(|t| t.kind == TokKind::Word) {
        first
    } else {
        after
    };
    if k >= 1 && toks[k - 1].is("to") {
        k -= 1;
        if k >= 1
            && toks[k - 1].is_any(&[
                "plans", "planned", "intends", "intended", "expects", "expected", "wants", "aims",
                "hopes", "needs", "has", "had", "is", "was", "are", "were",
            ])
        {
            k -= 1;
        } else {
            return None;
        }
    } else if k >= 1
        && toks[k - 1].is_any(&[
            "will", "would", "could", "may", "might", "has", "have", "had",
        ])
    {
        k -= 1;
    }
    if k < 2 {
        return None;
    }
    if toks[k - 1].is_any(&["it", "they", "we"]) {
        return Some(k - 1);
    }
    // "the company has eliminated", "the carmaker cut".
    if k >= 3
        && toks[k - 2].is("the")
        && (toks[k - 1].is_any(&["company", "firm", "group", "business"])
            || crate::lexicon::is_trade_noun(toks[k - 1].text))
    {
        return Some(k - 2);
    }
    // "Veltmann cut", "Globex Motors has shed": a name of up to three capitalised words.
    let name = toks[k.saturating_sub(3)..k]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokKind::Word && t.is_capitalized())
        .count();
    (name > 0 && k - name >= 1).then_some(k - name)
}

/// "lose 350 posts", not "lose 5% of its value": a firm loses people only as posts or
/// jobs counted after the verb at `at`, within its window and before the clause ends.
fn loses_posts(toks: &[Token], at: usize) -> bool {
    toks.iter()
        .skip(at + 1)
        .filter(|t| t.text != "-")
        .take(OBJECT_WINDOW)
        .take_while(|t| !matches!(t.text, "." | ";" | "," | "?" | "!" | "%"))
        .any(|t| t.is_any_of(job_nouns()) && !t.is_any(&["people", "members"]))
}

/// Whether token `k` is a letter or full stop of an abbreviation such as "U.S." or
/// "U.K.": a single capital letter with a full stop glued to it.
pub fn abbreviation_part(toks: &[Token], k: usize) -> bool {
    let letter =
        |i: usize| toks[i].text.len() == 1 && toks[i].text.as_bytes()[0].is_ascii_uppercase();
    let glued_stop = |i: usize| toks.get(i).is_some_and(|t| t.text == "." && !t.ws_before);
    // "its Greencastle, Ind., facility": the full stop of a known abbreviation (as the
    // sentence splitter knows them) is part of it too.
    let abbreviation =
        |i: usize| toks[i].kind == TokKind::Word && crate::sentences::is_abbreviation(toks[i].text);
    (letter(k) && glued_stop(k + 1))
        || (glued_stop(k) && k > 0 && (letter(k - 1) || abbreviation(k - 1)))
}

/// Words after "buyouts" or "buyout offers" that make a deal between firms: "from"
/// (bidders), "worth" or "valued" (a price), "of" or "for" a name (the firm bought).
fn firm_deal(toks: &[Token], after: usize) -> bool {
    toks.get(after).is_some_and(|t| {
        t.is_any(&["from", "worth", "valued", "totaling", "totalling"])
            || t.is_any(&["of", "for"]) && toks.get(after + 1).is_some_and(Token::is_capitalized)
    })
}

/// "offered buyouts", "Buyouts were announced at the Washington Post": buyouts a firm
/// offers or announces to its staff, the verb right before them or, in the passive,
/// within two words after their auxiliary. (A near miss: "private equity buyouts were announced" names
/// buyouts of firms: the words before them name who buys.)
fn staff_buyouts(toks: &[Token], i: usize) -> bool {
    // (Not "accepted" or "took": staff who take buyouts are often told as a part of a
    // larger round, which the round's own figure counts.)
    const OFFERED: &[&str] = &[
        "offered",
        "offering",
        "offers",
        "offer",
        "announced",
        "announcing",
        "announces",
        "announce",
    ];
    let before = i.checked_sub(1).map(|k| &toks[k]);
    let active = before.is_some_and(|t| t.is_any(OFFERED));
    let passive = before.is_none_or(|t| {
        !t.is_capitalized()
            && t.kind == TokKind::Word
            && !t.is_any(&["equity", "leveraged", "management"])
    }) && toks
        .get(i + 1)
        .is_some_and(|t| t.is_any(&["were", "are", "was", "have", "had"]))
        && toks[i + 2..(i + 4).min(toks.len())]
            .iter()
            .any(|t| t.is_any(&["offered", "announced"]));
    active || passive
}

/// "115 reporters would be let go", "jobs were cut": in the passive the object comes first.
/// (A near miss: "30 flights were cut" counts things.)
fn passive_object(toks: &[Token], after: usize, nouns: &WordSet, trades: bool) -> bool {
    // The verb's first token sits right after the auxiliary.
    let verb = (0..=after).rev().find(|&i| {
        i == 0 || toks[i - 1].is_any(&["be", "been", "being", "were", "was", "are", "is"])
    });
    let Some(v) = verb.filter(|&v| v > 0 && after - v <= 1) else {
        return false;
    };
    // "will cut 46 jobs after its funding was cut", "because the budget was cut": a
    // determiner and a noun of no people right before the auxiliary are the passive's
    // whole subject. (Near misses: "after 300 jobs were cut" counts jobs, "its marketing
    // team was cut" is a part of the staff.)
    // (One word may describe the thing: "after its State funding was cut".)
    if v >= 3 {
        let head = &toks[v - 2];
        let det_at = |k: usize| toks[k].is_any(&["its", "their", "the", "his", "her", "our"]);
        let thing = head.kind == TokKind::Word
            && !head.is_capitalized()
            && !head.is_any_of(nouns)
            && !head.is_any(UNIT_NOUNS)
            && !counted_trade(toks, v - 2);
        let described = v >= 4 && {
            let d = &toks[v - 3];
            det_at(v - 4) && d.kind == TokKind::Word && !d.is_any_of(nouns) && !d.is_any(UNIT_NOUNS)
        };
        if thing && (det_at(v - 3) || described) {
            return false;
        }
    }
    // The subject may be long: "150 people in its marketing and sales team had been let
    // go". The eight words before the verb are read whatever they hold; past them, only
    // as far as the clause's start: a stop, a comma, "that", "but", "while" or a verb of
    // saying. (A near miss: "Initech hired 150 engineers for the new plant in the region
    // last year, but the project has been let go" names the staff in another clause.)
    let near = v.saturating_sub(8);
    let reach = v.saturating_sub(PASSIVE_SUBJECT_REACH);
    let from = (reach..v)
        .rev()
        .find(|&k| {
            toks[k].kind == TokKind::Punct
                || toks[k].is_any(&["that", "but", "while", "said", "says", "told"])
        })
        .map_or(reach, |k| k + 1)
        .min(near);
    // With `trades`, people of a trade counted: "150 designers and animators were let go".
    toks[from..v].iter().enumerate().any(|(k, t)| {
        t.kind == TokKind::Word && (t.is_any_of(nouns) || trades && counted_trade(toks, from + k))
    })
}

/// How far back a long passive subject is read (see [`passive_object`]).
const PASSIVE_SUBJECT_REACH: usize = 16;

/// Words that size a figure before it: "up to 200", "as many as 145", "about 240", "an
/// estimated 300".
pub const FIGURE_QUALIFIERS: &[&str] = &[
    "up",
    "to",
    "as",
    "many",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "over",
    "more",
    "than",
    "at",
    "least",
    "another",
    "an",
    "a",
    "estimated",
];

/// "cost up to 2,000 jobs", "costing about 300 workers their jobs", "cost hundreds of
/// jobs": a count of people right after the verb at `at` (a few words that size it may
/// come between), followed by a job noun.
fn counted_jobs(toks: &[Token], at: usize) -> bool {
    let mut k = at + 1;
    while k < at + 4 && toks.get(k).is_some_and(|t| t.is_any(FIGURE_QUALIFIERS)) {
        k += 1;
    }
    let Some(n) = toks.get(k) else {
        return false;
    };
    let number = n.kind == TokKind::Number
        || n.is_any(&["hundreds", "thousands", "dozens", "hundred", "thousand"]);
    number
        && toks[k + 1..(k + 4).min(toks.len())]
            .iter()
            .take_while(|t| t.kind == TokKind::Word)
            .any(|t| t.is_any_of(job_nouns()))
}

/// "9,000 more cuts", "office closures": a number (or a site, for closings) just before
/// a noun trigger is its object.
/// "made additional cuts in its recruiting department": cuts in a named part of the
/// company are cuts of its people.
fn cuts_in_a_unit(toks: &[Token], at: usize) -> bool {
    let after = &toks[at + 1..(at + 7).min(toks.len())];
    after
        .first()
        .is_some_and(|t| t.is_any(&["in", "to", "at", "across"]))
        && after[1..]
            .iter()
            .take_while(|t| t.kind == TokKind::Word)
            .any(|t| t.is_any(UNIT_NOUNS))
}

/// "Sega is the latest company to announce cuts", "Google made further cuts on
/// Tuesday": bare cuts that a company announces or makes, and that end their clause
/// (or go on with when or where), are cuts of its staff. What is cut is otherwise named
/// after them ("announced cuts to its bus services", "made cuts in prices"), and a cut
/// of money names it before them ("announced rate cuts", which `other_cut` refuses).
/// So are the cuts that counted staff are affected by ([`counted_people_affected`]).
fn announced_cuts(toks: &[Token], at: usize) -> bool {
    let mut v = at;
    while v > 0 && toks[v - 1].is_any(CUT_SIZES) && at - v < 2 {
        v -= 1;
    }
    let announced = v > 0
        && toks[v - 1].is_any(&[
            "announce",
            "announces",
            "announced",
            "announcing",
            "make",
            "makes",
            "made",
            "making",
            "unveil",
            "unveils",
            "unveiled",
            "unveiling",
        ]);
    let ends = toks.get(at + 1).is_none_or(|t| {
        matches!(t.text, "." | "," | ";" | "!" | "?" | ":" | "—" | "–")
            || t.is_any(&[
                "on",
                "this",
                "last",
                "next",
                "today",
                "yesterday",
                "at",
                "across",
                "and",
                "amid",
                "after",
                "as",
                "earlier",
                "in",
            ]) && !in_something(toks, at + 1)
    });
    announced && ends || counted_people_affected(toks, at)
}

/// "the 400 employees affected by the cuts": counted staff that bare cuts reach are cut
/// staff. (A near miss: "the 400 families affected by the cuts to bus services" counts no
/// staff, and names what is cut.)
fn counted_people_affected(toks: &[Token], at: usize) -> bool {
    at >= 5
        && toks[at - 1].is("the")
        && toks[at - 2].is("by")
        && toks[at - 3].is_any(&["affected", "impacted", "hit"])
        && toks[at - 4].is_any_of(job_nouns())
        && toks[at.saturating_sub(7)..at - 4]
            .iter()
            .any(|t| t.kind == TokKind::Number)
        && !in_something(toks, at + 1)
        && !toks.get(at + 1).is_some_and(|t| t.is_any(&["to", "of"]))
}

/// Words that size bare cuts: "further cuts", "deep cuts".
const CUT_SIZES: &[&str] = &[
    "more",
    "further",
    "new",
    "fresh",
    "deep",
    "deeper",
    "sweeping",
    "additional",
    "major",
    "big",
    "significant",
];

/// "cuts in prices", "cuts in the budget": "in" that names what is cut, unlike "in" with
/// a place or a time ("cuts in Europe", "cuts in 2024"). (Cuts in a part of the company,
/// "cuts in its sales team", are `cuts_in_a_unit`.)
fn in_something(toks: &[Token], at: usize) -> bool {
    toks[at].is("in")
        && !toks
            .get(at + 1)
            .is_some_and(|t| t.kind == TokKind::Number || t.is_capitalized())
}

/// Parts of a company that cuts can hit.
const UNIT_NOUNS: &[&str] = &[
    "department",
    "departments",
    "team",
    "teams",
    "division",
    "divisions",
    "unit",
    "units",
    "office",
    "offices",
    "newsroom",
];

/// "its Leeds depot will close", "the steelworks is to close", "the store closed", "the
/// plant is scheduled to close", "remains on track to close": a closing verb without an
/// object whose subject is a site, with only auxiliaries, adverbs of time and words of
/// expectation between. Near misses: "the stores will close early on Christmas Eve"
/// and "the shops close at 6pm" (opening hours), "the plant will close temporarily" (a
/// pause), "the owner of the plant will close the deal" (an object that is no site).
fn site_subject(toks: &[Token], first: usize, last: usize) -> bool {
    const BETWEEN: &[&str] = &[
        "will",
        "would",
        "could",
        "may",
        "might",
        "shall",
        "ll",
        "is",
        "are",
        "was",
        "were",
        "be",
        "to",
        "set",
        "due",
        // "is scheduled to close", "is slated to close", "remains on track to close".
        "scheduled",
        "slated",
        "expected",
        "likely",
        "poised",
        "going",
        "remains",
        "remain",
        "still",
        "also",
        "soon",
        "eventually",
        "permanently",
        "finally",
        "now",
        "then",
    ];
    // ("remains on track to close": the phrase as one.)
    let mut k = past_words_before(toks, first, BETWEEN);
    while k >= 2 && toks[k - 2].is("on") && toks[k - 1].is("track") {
        k = past_words_before(toks, k - 2, BETWEEN);
    }
    // "Four branches of the Lakeshore Public Library will close": the sites of a named
    // owner, past its name and "of (the)". (A near miss: "the owner of Lakeshore Mills
    // will close" names no site before "of".)
    let mut j = k;
    while j > 0 && k - j < 6 && toks[j - 1].is_capitalized() && toks[j - 1].kind == TokKind::Word {
        j -= 1;
    }
    if j < k && j > 0 && toks[j - 1].is("the") {
        j -= 1;
    }
    // (Not sites a noun before them governs: "The sale of stores of Northwind will close".)
    let owned = j < k
        && j >= 2
        && toks[j - 1].is("of")
        && toks[j - 2].is_any_of(site_nouns())
        && !(j >= 3 && toks[j - 3].is("of"))
        && !(j >= 4 && toks[j - 4].is("of") && toks[j - 3].kind == TokKind::Number);
    // (Not a site a deal is of or for: "the acquisition of the Leeds factory is expected
    // to close in the third quarter" closes the deal.)
    let dealt = (k.saturating_sub(8)..k).any(|d| {
        toks[d].is_any(&[
            "acquisition",
            "purchase",
            "sale",
            "takeover",
            "merger",
            "deal",
            "transaction",
        ]) && toks.get(d + 1).is_some_and(|t| t.is_any(&["of", "for"]))
    });
    let subject = !dealt && (k > 0 && toks[k - 1].is_any_of(site_nouns()) || owned);
    // "with that portion of the plant closing": a part of the site closes, not the site.
    let part = k >= 4
        && toks[k - 2].is_any(&["the", "its", "their"])
        && toks[k - 3].is("of")
        && toks[k - 4].is_any(SITE_PARTS);
    let pause_or_hours = toks.get(last + 1).is_some_and(|t| {
        t.is_any(&[
            "early",
            "earlier",
            "temporarily",
            "briefly",
            "for",
            "at",
            "until",
            "till",
            "the",
            "a",
            "an",
            "its",
            "their",
            "his",
            "her",
            "deal",
            "sale",
        ])
    });
    // (Not a time of day: "will close at the end of the year", "at the end of June".)
    // (But "at the end of the day" or "of a shift" are hours.)
    let at_the_end = crate::lexicon::match_phrase(toks, last + 1, &["at", "the", "end"])
        .is_some_and(|e| {
            !toks[e.min(toks.len())..(e + 3).min(toks.len())]
                .iter()
                .any(|t| t.is_any(&["day", "shift", "night", "evening", "afternoon"]))
        });
    subject && !part && (!pause_or_hours || at_the_end)
}

/// "Allegheny Valley College will close permanently in May", "the university shut
/// abruptly in June", "the chain closed for good": a verb of closing with no object that
/// says the closing is final. (A near miss: "the market closed higher", "the store
/// closes early on Sundays".)
fn closes_for_good(toks: &[Token], i: usize, pattern: &[&str]) -> bool {
    // (Not a price that moves, "Shares closed abruptly lower", nor a market or an
    // exchange that pauses: "The exchange shut abruptly after a glitch".)
    let moves = toks[i + 1..(i + 4).min(toks.len())]
        .iter()
        .any(|t| t.is_any(&["higher", "lower", "up", "down", "flat", "mixed"]));
    let subject = toks[..i].iter().rev().find(|t| {
        !t.is_any(&[
            "will", "would", "to", "has", "had", "have", "was", "is", "be",
        ])
    });
    let market = subject.is_some_and(|t| {
        t.is_any(&[
            "shares", "stocks", "stock", "market", "markets", "exchange", "index", "trading",
            "nasdaq", "dow", "ftse", "session",
        ])
    });
    matches!(
        pattern,
        ["close"] | ["closes"] | ["closed"] | ["closing"] | ["shut"] | ["shuts"]
    ) && toks.get(i + 1).is_some_and(|t| {
        t.is_any(&["permanently", "abruptly"])
            || t.is("for") && toks.get(i + 2).is_some_and(|g| g.is("good"))
    }) && !moves
        && !market
}

/// "Zentrix is shutting down", "The startup will wind down after failing to raise
/// money", "Initech shut down in March": a business that shuts or winds itself down, with
/// no object after the verb. The subject is a name or a noun for a business right before
/// the verb (past auxiliaries), and the clause ends after it or goes on with a time, a
/// reason or "and". (Near misses: "Google is shutting down Stadia" has an object, "the
/// government shut down" is no business, and "the plant shut down for two weeks" pauses.)
fn business_subject(toks: &[Token], first: usize, last: usize) -> bool {
    const BETWEEN: &[&str] = &[
        "will",
        "would",
        "could",
        "may",
        "might",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "been",
        "to",
        "set",
        "plans",
        "planned",
        "also",
        "soon",
        "now",
        "effectively",
        "officially",
        "permanently",
        "quietly",
        "abruptly",
        "finally",
    ];
    const BUSINESSES: &[&str] = &[
        "company",
        "firm",
        "startup",
        "start-up",
        "business",
        "chain",
        "retailer",
        "publisher",
        "studio",
        "brand",
        "outlet",
        "newspaper",
        "magazine",
        "website",
        "airline",
        "bank",
        "lender",
        "insurer",
        "carrier",
        "operator",
        "manufacturer",
        "developer",
    ];
    // Capitalised words that shut down and are no business: "Production shut down in
    // March", "Schools shut down", "The pipeline shut down after a cyberattack".
    const NOT_BUSINESSES: &[&str] = &[
        "the",
        "this",
        "that",
        "which",
        "he",
        "she",
        "they",
        "we",
        "it",
        "government",
        "congress",
        "parliament",
        "production",
        "operations",
        "work",
        "schools",
        "school",
        "traffic",
        "markets",
        "market",
        "trading",
        "everything",
        "services",
        "service",
        "pipeline",
        "airport",
        "port",
        "exchange",
        "border",
        "line",
        "system",
        "systems",
        "network",
        "app",
        "platform",
        "city",
        "state",
        "country",
        "economy",
        "industry",
    ];
    let k = past_words_before(toks, first, BETWEEN);
    let Some(s) = k.checked_sub(1).map(|k| &toks[k]) else {
        return false;
    };
    let named = s.kind == TokKind::Word
        && (s.is_capitalized() && !s.is_any(NOT_BUSINESSES) && !crate::places::is_place(s.text)
            || s.is_any(BUSINESSES));
    // (A possessive names a site or a product of the business: "Initech's app shut down",
    // "Google's Stadia will shut down".)
    let owned = k >= 2 && toks[k - 2].is_glued_apostrophe()
        || k >= 3 && crate::tokens::apostrophe_s(toks, k - 3);
    let ends = toks.get(last + 1).is_none_or(|t| {
        matches!(t.text, "." | "," | ";" | ":" | "!" | "—" | "–")
            || t.is_any(&[
                "after",
                "following",
                "amid",
                "due",
                "because",
                "as",
                "in",
                "on",
                "by",
                "this",
                "next",
                "later",
                "completely",
                "entirely",
                "permanently",
                "and",
                "effective",
                "from",
                "at",
                "today",
                "tomorrow",
                "last",
                "earlier",
                "within",
                "over",
            ])
    });
    // "at the end of the month" dates it; "at 5pm" would be hours.
    let hours = toks.get(last + 1).is_some_and(|t| t.is("at"))
        && toks
            .get(last + 2)
            .is_some_and(|t| t.kind == TokKind::Number);
    named && !owned && ends && !hours
}

/// See its use: a job noun within three words after the verb at `i` past figures and
/// words in lower case, or within four words before it (the passive).
fn posts_abolished(toks: &[Token], i: usize) -> bool {
    let after = toks[(i + 1).min(toks.len())..(i + 4).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Number || t.kind == TokKind::Word && !t.is_capitalized())
        .any(|t| t.is_any_of(job_nouns()));
    let before = toks[i.saturating_sub(4)..i]
        .iter()
        .any(|t| t.is_any_of(job_nouns()));
    after || before
}

/// The first of the words of `between` (auxiliaries, adverbs) that stand right before
/// `first`, where a verb's subject ends: "The plant [will permanently] close".
fn past_words_before(toks: &[Token], first: usize, between: &[&str]) -> usize {
    let mut k = first;
    while k > 0 && toks[k - 1].kind == TokKind::Word && toks[k - 1].is_any(between) {
        k -= 1;
    }
    k
}

fn object_before(toks: &[Token], at: usize, class: TrigClass) -> bool {
    let from = at.saturating_sub(3);
    toks[from..at].iter().enumerate().any(|(k, t)| {
        // "another 10 percent reduction was expected": a share before the noun says
        // nothing of whose; a count does ("500 job reductions").
        let share = crate::quantity::percent_after(toks, from + k + 1).is_some();
        t.kind == TokKind::Number && (!share || earlier_share_cut(toks, from + k, at))
            || (class == Closure && t.is_any_of(site_nouns()))
    })
}

/// "is laying off 12% of its staff, after a 7% reduction last June", "The cuts follow a
/// 10% cut last spring": a share cut that the cuts at hand follow is an earlier round of
/// them. (Near misses: "another 10 percent reduction was expected" follows nothing, and
/// "after a 7% reduction in costs" names what was reduced.)
fn earlier_share_cut(toks: &[Token], number: usize, noun: usize) -> bool {
    number >= 2
        && toks[number - 1].is_any(&["a", "an"])
        && toks[number - 2].is_any(&["after", "following", "follow", "follows", "followed"])
        && !toks
            .get(noun + 1)
            .is_some_and(|t| t.is_any(&["in", "of", "to"]))
}

/// A rule of buyouts or of a scheme of leaving by choice ("voluntary severance", "early
/// retirement"): offered to N staff, at most N take it.
pub(crate) fn offer_of_leaving(rule: &TriggerRule) -> bool {
    matches!(
        rule.pattern,
        ["buyouts" | "buyout", ..]
            | [
                "voluntary",
                "severance" | "retirement" | "separation" | "exit" | "dismissal"
            ]
            | ["early" | "honorary", "retirement"]
            | ["voluntary", "buyouts"]
            | ["voluntary", "buyout", "offer"]
            | ["deferred", "resignation"]
    )
}

/// A rule of a scheme of leaving by choice, "voluntary ...", "early ..." or "honorary
/// retirement": "voluntary retirement", "early retirement".
fn leaving_scheme(r: &TriggerRule) -> bool {
    matches!(
        r.pattern,
        ["voluntary" | "early", _]
            | ["honorary" | "deferred", _]
            | ["voluntary", "buyout", "offer"]
    )
}

/// Verbs of staff taking up a scheme of leaving: "joined", "opted for", "signed up for".
const TAKE_UP: &[&str] = &[
    "joined",
    "join",
    "joining",
    "opted",
    "opt",
    "opting",
    "took",
    "taken",
    "take",
    "taking",
    "accepted",
    "accept",
    "accepting",
    "applied",
    "apply",
    "chose",
    "signed",
    "volunteered",
    "availed",
    "enrolled",
];

/// "would solicit 1,000 employees for voluntary early retirement", "will seek 300 staff
/// for early retirement": staff a firm asks to leave by the scheme at `at`, counted right
/// before "for" (a figure, at most two words, a job noun), with a verb of asking right
/// before the figure. (A near miss: "300 staff attended a briefing for early retirement"
/// asks no one.)
fn scheme_sought(toks: &[Token], at: usize) -> bool {
    let Some(for_at) = (at.saturating_sub(3)..at)
        .rev()
        .find(|&k| toks[k].is("for"))
    else {
        return false;
    };
    // (Only "voluntary" or an article between "for" and the scheme.)
    if !toks[for_at + 1..at]
        .iter()
        .all(|t| t.is_any(&["voluntary", "the", "its", "an", "a"]))
    {
        return false;
    }
    let staff = for_at
        .checked_sub(1)
        .filter(|&k| toks[k].is_any_of(job_nouns()));
    let Some(figure) = staff.and_then(|k| {
        (k.saturating_sub(3)..k)
            .rev()
            .find(|&f| toks[f].kind == TokKind::Number)
    }) else {
        return false;
    };
    figure > 0
        && toks[figure - 1].is_any(&[
            "solicit",
            "solicits",
            "soliciting",
            "seek",
            "seeks",
            "seeking",
            "sought",
            "invite",
            "invites",
            "inviting",
            "invited",
        ])
}

/// "2,317 employees joined the voluntary dismissal programme", "some 3,000 workers
/// signed up for its early retirement scheme": counted staff (a figure, at most three
/// words, a job noun) who take up the scheme at `at`, a verb of [`TAKE_UP`] at most three
/// words after the noun, and the scheme at most nine words after the verb with no
/// punctuation between ("joined Banco Paraná do Sul's voluntary dismissal programme").
/// (A near miss: "300 staff attended a briefing on the voluntary retirement scheme"
/// takes nothing up.)
pub(crate) fn scheme_taken_up(toks: &[Token], at: usize) -> bool {
    // Between the verb and the scheme only particles, determiners and a possessive name
    // ("opted for the", "joined Banco Paraná do Sul's"); a survey's or a study's count is
    // of others ("A study by Aviva found that 1,200 workers chose early retirement").
    // (Near misses: "joined the union to protest against early retirement rules",
    // "applied for jobs abroad rather than early retirement", "took part in its
    // consultation on voluntary exit terms".)
    let between = |t: &Token| {
        t.is_any(&[
            "for",
            "up",
            "into",
            "in",
            "the",
            "a",
            "an",
            "its",
            "their",
            "company's",
            "s",
        ]) || t.is_capitalized()
            || t.is_glued_apostrophe()
            || t.is_any(crate::orgs::NAME_PARTICLES)
    };
    // (One word may describe the scheme: "signed up for a special honorary retirement
    // programme".)
    let describing = |k: usize| {
        k + 1 == at
            && toks[k].kind == TokKind::Word
            && !toks[k].is_capitalized()
            && !toks[k].is_any(&["on", "than", "about", "against", "to", "of", "over", "with"])
    };
    let Some(verb) = (at.saturating_sub(10)..at)
        .rev()
        .take_while(|&k| toks[k].is_any(TAKE_UP) || between(&toks[k]) || describing(k))
        .find(|&k| toks[k].is_any(TAKE_UP))
    else {
        return false;
    };
    if toks[..verb]
        .iter()
        .any(|t| t.is_any(&["study", "survey", "research", "poll", "analysis"]))
    {
        return false;
    }
    // The staff, right before the verb or before their employer's name: "2,317 employees
    // joined", "18,500 employees of state-owned Hindustan Telecom (HTNL) opted for", "362
    // employees at Hanbit Bank have taken". (Past an aside that restates them: "2,800
    // employees of Hanul Telecom, or roughly 12% of its workforce, have signed up".)
    (verb.saturating_sub(20)..=verb).any(|noun| {
        figure_before_job_noun(toks, noun, 5).is_some()
            && (noun + 3 >= verb
                || toks[noun].is_any(&["of", "at"])
                    && plain_words_past_an_aside(&toks[noun + 1..verb]))
    })
}

/// Whether `words` are words (brackets and hyphens too) but for one aside that a comma and
/// "or" open and a comma closes: "Hanul Telecom, or roughly 12% of its workforce, have".
fn plain_words_past_an_aside(words: &[Token]) -> bool {
    let plain = |t: &Token| t.kind == TokKind::Word || matches!(t.text, "(" | ")" | "-");
    match words
        .windows(2)
        .position(|w| w[0].text == "," && w[1].is("or"))
    {
        None => words.iter().all(plain),
        Some(open) => {
            let Some(close) = words[open + 1..].iter().position(|t| t.text == ",") else {
                return false;
            };
            let after = &words[open + 2 + close..];
            after.len() <= 3 && words[..open].iter().all(plain) && after.iter().all(plain)
        }
    }
}

/// "It had targeted 2,500 exits": a figure right before "exits" counts people leaving,
/// not sites given up. (A near miss: "select office exits" gives up offices.)
fn counted_exits(toks: &[Token], at: usize) -> bool {
    at.checked_sub(1)
        .is_some_and(|k| toks[k].kind == TokKind::Number)
}

/// Rule `staff-leave-as-a-result`: "leave" or "leaving" at `at` right after counted staff
/// (a figure, at most three words, a job noun) that a verb of result brings on: "led to
/// 140 staff leaving", "resulted in 200 workers leaving", "will see 30 to 50 staff
/// leave". (Near misses: "300 employees leave the office at five" has no verb of result
/// before it; in "staff on leave" no job noun stands right before the verb.)
fn staff_leave(toks: &[Token], at: usize) -> bool {
    let Some(figure) = figure_before_job_noun(toks, at, 5) else {
        return false;
    };
    let cue = |k: usize| {
        let t = &toks[k];
        t.is_any(&["see", "sees", "saw", "seen", "seeing"])
            || t.is("to") && k > 0 && toks[k - 1].is_any(&["led", "lead", "leads", "leading"])
            || t.is("in")
                && k > 0
                && toks[k - 1].is_any(&["resulted", "result", "results", "resulting"])
    };
    (figure.saturating_sub(4)..figure).any(cue)
}

/// Rule `left-through-a-scheme`: "left" at `at` after counted staff (a figure, at most
/// three words, a job noun, perhaps "have" or "had"), then "through", "under", "via" or
/// "in" and, within five words, a word of leaving and a scheme's noun: "250 staff had left
/// through its voluntary severance scheme", "about 400 workers left under a voluntary
/// redundancy programme". (Near misses: "250 staff left the company last year" is
/// turnover; "250 staff left through the side door" names no scheme.)
fn left_through_a_scheme(toks: &[Token], at: usize) -> bool {
    let noun_end = if at >= 1 && toks[at - 1].is_any(&["have", "had", "has"]) {
        at - 1
    } else {
        at
    };
    if figure_before_job_noun(toks, noun_end, 5).is_none() {
        return false;
    }
    if !toks
        .get(at + 1)
        .is_some_and(|t| t.is_any(&["through", "under", "via", "in"]))
    {
        return false;
    }
    let scheme = &toks[at + 2..(at + 7).min(toks.len())];
    let leaving = scheme.iter().any(|t| {
        t.is_any(&[
            "severance",
            "redundancy",
            "redundancies",
            "retirement",
            "buyout",
            "buyouts",
            "exit",
            "departure",
            "voluntary",
            "separation",
        ])
    });
    leaving
        && scheme.iter().any(|t| {
            t.is_any(&[
                "scheme",
                "schemes",
                "programme",
                "program",
                "package",
                "packages",
                "offer",
                "plan",
                "round",
            ])
        })
}

/// The shapes of the rules' first words (see [`WordGate`]).
static FIRST_WORD_GATE: WordGate = {
    let mut g = [0; 256];
    let mut i = 0;
    while i < TRIGGERS.len() {
        g = gate_add(g, TRIGGERS[i].pattern[0]);
        i += 1;
    }
    g
};

// The noun tables as word sets: one probe a token instead of a comparison an entry.
static_set!(pub(crate) job_nouns, JOB_NOUNS);
static_set!(pub(crate) site_nouns, crate::lexicon::WORKPLACES, SITE_NOUNS);

/// The first words of all rules (most tokens are not one, and one probe says so) and, by
/// first word, the rules that start with it, in table order: a token is only compared
/// with the rules that could start with it.
fn first_words() -> &'static (crate::wordset::WordSet, Vec<Vec<usize>>) {
    static INDEX: std::sync::OnceLock<(crate::wordset::WordSet, Vec<Vec<usize>>)> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let words = crate::wordset::WordSet::new(TRIGGERS.iter().map(|r| r.pattern[0]));
        let mut rules: Vec<Vec<usize>> = Vec::new();
        for (n, r) in TRIGGERS.iter().enumerate() {
            let w = words
                .id(r.pattern[0])
                .expect("every first word is in the set");
            if rules.len() <= w {
                rules.resize(w + 1, Vec::new());
            }
            rules[w].push(n);
        }
        (words, rules)
    })
}

/// All trigger hits in a tokenised sentence, left to right, non-overlapping.
/// Whether `t` is a verb that opens a trigger in a finite form ("closed", "lays",
/// "halved", "is cutting" aside): what a name right before it does. Auxiliaries and
/// light verbs that open longer rules ("were", "made", "still") are not.
pub fn is_cut_verb(t: &Token) -> bool {
    if t.kind != TokKind::Word || !t.passes(&FIRST_WORD_GATE) {
        return false;
    }
    let (first_words, by_first_word) = first_words();
    let Some(word) = first_words.id_of_token(t) else {
        return false;
    };
    // (Verbs whose subject need not be an employer, "Shares fell", "Tariffs affected",
    // make no name of the word before them.)
    !t.is_any(&[
        "are", "be", "been", "were", "still", "made", "making", "at", "fell", "dropped",
        "declined", "affected", "impacted",
    ]) && by_first_word[word].iter().any(|&n| {
        let r = &TRIGGERS[n];
        matches!(r.form, Past | Progressive) && r.class != Hiring
    })
}

pub fn find(toks: &[Token]) -> Vec<TriggerHit> {
    let mut out = Vec::new();
    let mut i = 0;
    let (first_words, by_first_word) = first_words();
    while i < toks.len() {
        // Most words fail the gate, which every rule's first word passes, before a probe.
        let t = &toks[i];
        let word = if t.kind == TokKind::Word && t.passes(&FIRST_WORD_GATE) {
            first_words.id_of_token(t)
        } else {
            None
        };
        let Some(word) = word else {
            i += 1;
            continue;
        };
        let bucket = &by_first_word[word];
        // Every rule of the bucket opens with the word the set found, which a packable
        // token is in any ASCII case, as `token_matches` asks (the patterns are lower
        // case, see the tests): only its later words are compared. Other tokens, which the
        // set matched another way, are compared from the first.
        let from = usize::from(t.packable);
        let hit = bucket.iter().map(|&n| (n, &TRIGGERS[n])).find(|(_, r)| {
            r.pattern.len() <= toks.len() - i
                && r.pattern[from..]
                    .iter()
                    .zip(&toks[i + from..])
                    .all(|(p, t)| token_matches(t, p))
        });
        // "a pay cut of 98%", "the rate cut": a cut of something other than jobs. (A near
        // miss: "Pelican Pay cut 40 jobs", where the word ends a name of capitals.)
        let other_cut = || {
            i > 0
                && toks[i - 1].is_any(OTHER_CUTS)
                && !(i > 1 && toks[i - 1].is_capitalized() && toks[i - 2].is_capitalized())
        };
        let hit = hit.filter(|_| !other_cut());
        // Jobs a move costs, not money; staff dismissed, counted right after the verb or,
        // for "dismissals", right before the noun ("300 dismissals"), not a tribunal's
        // "dismissals of 12 workers".
        let hit = hit.filter(|(_, r)| {
            if r.pattern == ["dismissals"] {
                i > 0 && toks[i - 1].is_figure()
            } else {
                !(r.pattern[0].starts_with("cost") || r.pattern[0].starts_with("dismiss"))
                    || counted_jobs(toks, i)
            }
        });
        // A market left, not a deal or talks.
        let hit = hit.filter(|(_, r)| {
            !matches!(
                r.pattern[0],
                "withdrawn"
                    | "withdrew"
                    | "withdraws"
                    | "pulled"
                    | "pulling"
                    | "pulls"
                    | "exited"
                    | "exiting"
            ) || market_after(toks, i + r.pattern.len())
        });
        // Contracts of staff not renewed, not a supplier's contracts.
        let hit = hit.filter(|(_, r)| {
            !r.pattern.last().is_some_and(|w| w.starts_with("renew"))
                || contracts_not_renewed(toks, i, i + r.pattern.len() - 1)
        });
        // Fired people, not a fire or a fired executive.
        let hit = hit.filter(|(_, r)| !r.pattern[0].starts_with("fir") || fires_people(toks, i));
        // Staff who leave as a measure's result, not staff on leave.
        let hit = hit
            .filter(|(_, r)| !matches!(r.pattern, ["leave"] | ["leaving"]) || staff_leave(toks, i));
        // Staff who left through a scheme of leaving, not staff who left a room.
        let hit = hit.filter(|(_, r)| r.pattern != ["left"] || left_through_a_scheme(toks, i));
        // A shrinking workforce, not shrinking sales: its subject ("its workforce will
        // shrink") or, as for scaling back, its object ("will shrink its workforce by 900",
        // "will scale back its headcount").
        let hit = hit.filter(|(_, r)| {
            !(r.pattern[0].starts_with("shr") || r.pattern.last() == Some(&"back"))
                || r.pattern[0].starts_with("shr") && workforce_before(toks, i)
                || workforce_after(toks, i + r.pattern.len())
        });
        // A restatement of the round just told, opening its sentence.
        let hit = hit.filter(|(_, r)| !restating(r) || restates_the_round(toks, i));
        // Production ended for good at a site, not paused.
        let hit = hit.filter(|(_, r)| {
            !(r.class == Closure && r.pattern.last() == Some(&"at"))
                || production_ends_at_a_site(toks, i, r.pattern)
        });
        // Notice given to counted staff.
        let hit = hit.filter(|(_, r)| {
            !matches!(r.pattern, [_, "notice", "to"]) || counted_jobs(toks, i + r.pattern.len() - 1)
        });
        let hit = hit.filter(|(_, r)| !falls(r.pattern[0]) || workforce_subject(toks, i));
        // Buyouts between firms: "received buyout offers from private equity funds", "KKR
        // announced buyouts worth $40bn". (A near miss: "buyout offers to 80 newsroom
        // employees".)
        let hit = hit.filter(|(_, r)| {
            !r.pattern[0].starts_with("buyout") || !firm_deal(toks, i + r.pattern.len())
        });
        // Posts that go somewhere else: "the new roles will go live", "posts will go
        // unfilled". (A near miss: "300 jobs will go at the plant".)
        let hit = hit.filter(|(_, r)| {
            !matches!(r.pattern.last(), Some(&"go" | &"went"))
                || !toks
                    .get(i + r.pattern.len())
                    .is_some_and(|t| t.is_any(GOES_ELSEWHERE) || t.is("to"))
        });
        // A WARN notice counts only the staff it covers, told right after it ("covering
        // 610 workers"): "according to a WARN notice filed on June 20" is a source.
        let hit = hit.filter(|(_, r)| {
            r.pattern[0] != "warn"
                || toks.get(i + r.pattern.len()).is_some_and(|t| {
                    t.is_any(&["covering", "for", "affecting", "involving", "impacting"])
                }) && toks[(i + r.pattern.len() + 1).min(toks.len())..]
                    .iter()
                    .take(3)
                    .any(Token::is_figure)
        });
        // Posts that went are counted before their noun ("250 roles went", "hundreds of
        // jobs went"), and only a time, a place or the clause's end follows: "went
        // begging", "went vacant", "went back to Ohio" are no cuts.
        // Posts abolished are named right by the verb: "abolish 300 posts", "their
        // positions will be abolished". (A near miss: "abolish its dress code for 3,000
        // employees" abolishes a rule.)
        let hit =
            hit.filter(|(_, r)| !r.pattern[0].starts_with("abolish") || posts_abolished(toks, i));
        let hit = hit.filter(|(_, r)| {
            r.pattern.last() != Some(&"went")
                || toks[i.saturating_sub(3)..i].iter().any(|t| {
                    t.kind == TokKind::Number || t.is_any(&["hundreds", "thousands", "dozens"])
                }) && toks.get(i + r.pattern.len()).is_none_or(|t| {
                    t.kind == TokKind::Punct
                        || t.is_any(&[
                            "in", "at", "last", "this", "when", "as", "after", "during", "across",
                            "earlier", "and", "with", "between",
                        ])
                })
        });
        match hit {
            Some((n, r))
                if !r.needs_object
                    // A verb of cutting takes counted people of a trade ("axe 700
                    // pilots"); the cuts, or a measure, that affect them may only list
                    // the round's parts ("cuts will affect 2,850 pilots, 6,920 flight
                    // attendants").
                    || has_object(
                        toks,
                        i,
                        i + r.pattern.len() - 1,
                        r.class,
                        r.form != Noun
                            && !matches!(
                                r.pattern,
                                ["impact" | "impacts" | "impacted" | "affect" | "affects" | "affected"]
                            ),
                    )
                        && (!matches!(r.pattern, ["lose"] | ["losing"])
                            || loses_posts(toks, i))
                    || (r.pattern[0].starts_with("let")
                        && count_follows(toks, i + r.pattern.len() - 1))
                    || (r.class == Cut && bare_count_object(toks, i + r.pattern.len() - 1))
                    // "announced buyouts of 400 to 500": bought-out staff counted after.
                    || (r.pattern == ["buyouts"]
                        && toks.get(i + 1).is_some_and(|t| t.is("of"))
                        && count_follows(toks, i + 1))
                    // "Buyouts were announced at the Washington Post", "offered buyouts":
                    // a programme for staff, not a buyout of a firm.
                    || (r.pattern == ["buyouts"] && staff_buyouts(toks, i))
                    || (r.form == Noun
                        && object_before(toks, i, r.class)
                        && !(r.pattern == ["exits"] && counted_exits(toks, i))
                        // (A scheme's own count stands right before it, "800 voluntary
                        // separations"; staff further back took it up, or not.)
                        && !(leaving_scheme(r) && !(i > 0 && toks[i - 1].is_figure())))
                    || (leaving_scheme(r) && (scheme_taken_up(toks, i) || scheme_sought(toks, i)))
                    || (r.form == Past && r.class == Cut && object_before_participle(toks, i))
                    || (r.form == Past && r.class == Cut && headline_participle(toks, i))
                    || (r.form == Past && r.class == Cut && added_round(toks, i).is_some())
                    || (r.pattern == ["let", "go"] && let_go_participle(toks, i))
                    || (r.form == Noun && r.class == Cut && cuts_in_a_unit(toks, i))
                    || (r.pattern == ["cuts"] && announced_cuts(toks, i))
                    || (r.class == Closure
                        && r.form != Noun
                        && site_subject(toks, i, i + r.pattern.len() - 1))
                    || (matches!(r.pattern.last(), Some(&"down"))
                        && business_subject(toks, i, i + r.pattern.len() - 1))
                    || closes_for_good(toks, i, r.pattern) =>
            {
                let last = i + r.pattern.len() - 1;
                out.push(TriggerHit {
                    rule: n,
                    first: i,
                    last,
                });
                i = last + 1;
            }
            _ => {
                if let Some(n) = split_let_go(toks, i)
                    .or_else(|| split_made_redundant(toks, i))
                    .or_else(|| split_out_of_work(toks, i))
                    .or_else(|| split_asked_to_go(toks, i))
                {
                    out.push(TriggerHit {
                        rule: n,
                        first: i,
                        last: i,
                    });
                } else if let Some((n, last)) = posts_to_go(toks, i) {
                    out.push(TriggerHit {
                        rule: n,
                        first: i,
                        last,
                    });
                    i = last;
                }
                i += 1;
            }
        }
    }
    gapped_rounds(toks, &mut out);
    timed_rounds(toks, &mut out);
    rounds_of_a_total(toks, &mut out);
    added_rounds(toks, &mut out);
    another_site(toks, &mut out);
    out
}

/// "The cuts come on top of 700 announced in November", "will cut 90 posts, on top of
/// the 150 lost last year": an earlier round added to, told by its figure and a participle
/// that is no verb of cutting on its own ([`added_round`] finds the words; the verbs of
/// cutting are hits already). Its hit is the participle, under the rule of the cut before
/// it in the sentence. (A near miss: in "on top of 700 announced store closures" the
/// participle describes a noun.)
fn added_rounds(toks: &[Token], hits: &mut Vec<TriggerHit>) {
    let added_at = |p: usize| {
        toks[p].is_any(&["announced", "lost", "unveiled", "confirmed", "disclosed"])
            && added_round(toks, p).is_some()
    };
    // (With no hit before it, a noun of cuts that opens the sentence stands for the round
    // added to, under the rule of "cuts": "The cuts come on top of 700 announced in
    // November". A near miss: "Sales came on top of 700 announced orders" has no such
    // noun.)
    if hits.is_empty() {
        // (Most sentences without a hit have no such noun: the rule is looked up only
        // past it.)
        let noun = toks
            .iter()
            .take(3)
            .any(|t| t.is_any(&["cuts", "layoffs", "redundancies"]));
        if let Some(p) = noun
            .then(|| (0..toks.len()).find(|&p| added_at(p)))
            .flatten()
        {
            if let Some(rule) = TRIGGERS.iter().position(|r| r.pattern == ["cuts"]) {
                hits.push(TriggerHit {
                    rule,
                    first: p,
                    last: p,
                });
            }
        }
        return;
    }
    add_repeats(hits, |hits, h| {
        let hit = &hits[h];
        if TRIGGERS[hit.rule].class != Cut {
            return None;
        }
        let end = hits.get(h + 1).map_or(toks.len(), |n| n.first);
        (hit.last + 1..end).find(|&p| added_at(p))
    });
}

/// Whether a hit's rule halves the staff ("halve", "halved", ...): a share of 50%.
pub fn halves(hit: &TriggerHit) -> bool {
    TRIGGERS[hit.rule]
        .pattern
        .first()
        .is_some_and(|w| w.starts_with("halv"))
}

/// Whether "a further" or "an additional" starts at `k`: "and a further 1,300 in
/// August". (Read by `timed_rounds` and by the figure of the round it finds.)
pub fn a_further_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is_any(&["a", "an"]))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_any(&["further", "additional"]))
}

/// Whether a hit is a round that leaves its verb out, found by [`gapped_rounds`] ("and
/// another 500 in March"), [`timed_rounds`] ("and 400 more in May") or
/// [`rounds_of_a_total`] (", including 2,500 in October 2022"): its first token is that
/// word, and the figure after it is its own.
pub fn verbless_round(toks: &[Token], hit: &TriggerHit) -> bool {
    hit.first == hit.last
        && (toks[hit.first].is_any(&["another", "and"])
            || toks[hit.first].text == ","
            || toks[hit.first].is("by") && hit.first > 0 && toks[hit.first - 1].is("followed")
            || toks[hit.first].is("then")
                && hit.first > 0
                && (toks[hit.first - 1].text == "," || toks[hit.first - 1].is("and"))
            || toks[hit.first].is("including"))
}

/// The first "another" after hit `h`, a verb of `class`, before the next hit (at most
/// `reach` tokens on) or the sentence's end.
fn another_after(
    toks: &[Token],
    hits: &[TriggerHit],
    h: usize,
    class: TrigClass,
    reach: usize,
) -> Option<usize> {
    let (hit, r) = (&hits[h], &TRIGGERS[hits[h].rule]);
    if r.class != class || r.form == Noun {
        return None;
    }
    let end = hits
        .get(h + 1)
        .map_or(toks.len(), |n| n.first)
        .min(hit.last + reach);
    toks[hit.last + 1..end.max(hit.last + 1)]
        .iter()
        .take_while(|t| !matches!(t.text, "." | ";" | "?" | "!"))
        .position(|t| t.is("another"))
        .map(|k| hit.last + 1 + k)
}

/// Adds a hit at each token `at_of` gives for a hit (by index: none, one, or several),
/// under that hit's rule.
fn add_repeats<I: IntoIterator<Item = usize>>(
    hits: &mut Vec<TriggerHit>,
    at_of: impl Fn(&[TriggerHit], usize) -> I,
) {
    let found: &[TriggerHit] = hits;
    let extra: Vec<TriggerHit> = (0..found.len())
        .flat_map(|h| {
            let rule = found[h].rule;
            at_of(found, h).into_iter().map(move |at| TriggerHit {
                rule,
                first: at,
                last: at,
            })
        })
        .collect();
    if !extra.is_empty() {
        hits.extend(extra);
        hits.sort_by_key(|h| h.first);
    }
}

/// "shutting down the Ruston plant and another facility in Wilson, North Carolina": a
/// second site closed by the same verb is a closing of its own. Its hit is "another",
/// under the closing's rule, so the words after it are its own. (A near miss: "closing
/// the plant and another 200 jobs" counts jobs; "and other facilities" names none.)
fn another_site(toks: &[Token], hits: &mut Vec<TriggerHit>) {
    add_repeats(hits, |hits, h| {
        let at = another_after(toks, hits, h, Closure, 12)?;
        (toks[at - 1].is("and") && toks.get(at + 1).is_some_and(|t| t.is_any_of(site_nouns())))
            .then_some(at)
    });
}

/// "laid off 1,000 people in January and another 500 in March": a second round that
/// leaves its verb out. Its hit is "another", under the rule of the verb it repeats, so
/// the figure after it is its own and the word marks a new round. (A near miss: "cut
/// 1,000 jobs and another program" counts no second round; and a verb of its own, as in
/// "and another 500 were cut", is a trigger already.)
fn gapped_rounds(toks: &[Token], hits: &mut Vec<TriggerHit>) {
    add_repeats(hits, |hits, h| {
        let at = another_after(toks, hits, h, Cut, 14)?;
        let joined = at >= 1 && toks[at - 1].is_any(&["and", ","]);
        let figure = toks.get(at + 1).is_some_and(|t| t.kind == TokKind::Number);
        // The figure counts people or nothing: "another 500 in March", "another 500
        // workers", never "another 500 stores".
        let counted = toks.get(at + 2).is_none_or(|t| {
            t.kind != TokKind::Word
                || t.is_any_of(job_nouns())
                || t.is_any(&[
                    "in",
                    "on",
                    "at",
                    "last",
                    "this",
                    "next",
                    "earlier",
                    "later",
                    "from",
                    "beginning",
                    "starting",
                ])
        });
        // A round of its own has a time of its own: "another 500 in March", "another 500
        // last year", "another 10,000 beginning this week". (A near miss: "2,300 jobs in
        // Germany, 1,300 in the UK and another 200 in the rest of Europe" splits one
        // round by place.)
        // ("in the first quarter of 2024", "in the second half": a quarter or a half
        // too.)
        let timed = (at + 2..(at + 6).min(toks.len())).any(|j| time_at(toks, j));
        (joined && figure && counted && timed).then_some(at)
    });
}

/// Whether a time starts at `j`: a month, a year, "last year", "this week", "the first
/// quarter", "the second half". (Read by both kinds of verbless round.)
fn time_at(toks: &[Token], j: usize) -> bool {
    crate::lexicon::month_at(toks, j).is_some()
        || toks[j].kind == TokKind::Number && toks[j].text.len() == 4
        || toks[j].is_any(&["last", "next", "later", "earlier", "this"])
            && toks.get(j + 1).is_some_and(|n| {
                n.is_any(&["year", "month", "week", "quarter"])
                    || crate::dates::SEASONS.iter().any(|s| n.is(s.word))
            })
        || toks[j].is_any(&["first", "second", "third", "fourth", "final"])
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_any(&["quarter", "half"]))
}

/// "laid off 1,000 in January and 400 more in May", "cut 200 jobs in 2023 and 75 in
/// February": a second round done, told by its figure and its own time after "and", the
/// verb left out. The first object has a time too, and the verb is a cut done, not one
/// to come: "will cut 1,000 jobs this year and 500 next year" phases one plan. Its hit
/// is the "and". So is "and a further 1,300 in August", "and an additional 400 in May",
/// and ", followed by 1,300 in August" (its hit the "by"), ", then 1,750 in January 2023"
/// (its hit the "then"); and each item of a list of
/// them, after a comma: "shed 2,000 jobs in 2022, 3,500 in 2023 and about 1,000 last
/// spring" is three rounds. (Near misses: "cut 2,300 jobs in 2023 and 1,300 in the UK"
/// splits by place; "cut 1,000 jobs in 2023 and 2024" gives no second figure; "followed
/// by 1,300 in the UK" has no time; "laid off 300 in January, 10% of its staff" sizes
/// the round.)
fn timed_rounds(toks: &[Token], hits: &mut Vec<TriggerHit>) {
    add_repeats(hits, |hits, h| {
        let (hit, r) = (&hits[h], &TRIGGERS[hits[h].rule]);
        // (A noun of cuts counted right before it, after a verb in the past: "made 95
        // redundancies in May and 60 in January".)
        let figure_before = (r.form == Noun)
            .then(|| done_count_before(toks, hit.first))
            .flatten();
        if r.class != Cut || r.form != Past && figure_before.is_none() {
            return Vec::new();
        }
        let verb_at = figure_before.map_or(hit.first, |f| f.saturating_sub(1));
        // A modal, a progressive or a perfect a few words back ("will also cut", "is
        // laying off", "has cut ... since January") makes phases or a total, not rounds
        // done. ("had already cut" tells rounds before the news.)
        let aux = toks[verb_at.saturating_sub(3)..verb_at].iter().any(|t| {
            t.is_any(&[
                "will", "would", "to", "could", "may", "might", "shall", "ll", "is", "are", "has",
                "have",
            ])
        });
        if aux {
            return Vec::new();
        }
        let clause = &toks[hit.last + 1..list_end(toks, hits, h)];
        let clause_len = clause.len();
        // The joins: "and", "followed by", and a comma before a later item.
        let joins: Vec<usize> = (0..clause_len)
            .filter(|&k| {
                clause[k].is("and")
                    || clause[k].text == ","
                    || clause[k].is("followed") && clause.get(k + 1).is_some_and(|t| t.is("by"))
            })
            .map(|k| k + hit.last + 1)
            .collect();
        let Some(&first_join) = joins.first() else {
            return Vec::new();
        };
        // The first object: a figure and a time of its own. (Not a level the workforce
        // was cut to: "cut its workforce to 8,700 in 2022, then 7,500 in 2023" tells
        // sizes, no rounds.)
        let first = &toks[hit.last + 1..first_join];
        if figure_before.is_none() && !first.iter().any(|t| t.kind == TokKind::Number)
            || !(hit.last + 1..first_join).any(|j| time_at(toks, j))
            || first
                .windows(2)
                .any(|w| w[0].is("to") && w[1].kind == TokKind::Number)
        {
            return Vec::new();
        }
        // The hit of each round: "and", the comma, the "by" of "followed by", or the
        // "then" after a join (", then 1,750 in January 2023").
        joins
            .into_iter()
            .map(|join| {
                if toks[join].is("followed") || toks.get(join + 1).is_some_and(|t| t.is("then")) {
                    join + 1
                } else {
                    join
                }
            })
            .filter(|&at| timed_item_at(toks, at + 1))
            .collect()
    });
}

/// "has cut about 4,000 jobs since 2022, including 2,500 in October 2022 and 1,200 in
/// March 2023": the parts of a running total, each told by its figure and its own time
/// after "including", are rounds of their own. Their hits are the "including" and each
/// join (see [`timed_rounds`]), under the total's rule. The total is a cut in the
/// perfect ("has cut", "have shed"). Near misses: "including 2,500 in Bengaluru" parts
/// by place; "including 2,500 engineers" names whom; "will cut 4,000 jobs this year,
/// including 2,500 in March" phases one plan; a sentence that goes on to another cut is
/// left as it was.
fn rounds_of_a_total(toks: &[Token], hits: &mut Vec<TriggerHit>) {
    add_repeats(hits, |hits, h| {
        let (hit, r) = (&hits[h], &TRIGGERS[hits[h].rule]);
        let perfect = toks[hit.first.saturating_sub(3)..hit.first]
            .iter()
            .any(|t| t.is_any(&["has", "have"]));
        if r.class != Cut || r.form != Past || !perfect {
            return Vec::new();
        }
        // (Not when another cut follows in the sentence: "has cut 3,000 jobs, including
        // 1,000 in May, and plans to cut 500 more in June" reads its dates across; a cut
        // in a relative clause of a part is the part's own: "a restructuring that affected
        // 4,000".)
        let next_in_sentence = hits.get(h + 1).is_some_and(|n| {
            !toks[hit.last + 1..n.first]
                .iter()
                .any(|t| matches!(t.text, "." | ";" | "?" | "!"))
                && !toks[n.first - 1].is_any(&["that", "which", "who"])
        });
        if next_in_sentence {
            return Vec::new();
        }
        let clause_end = list_end(toks, hits, h);
        let Some(including) = (hit.last + 1..clause_end)
            .find(|&k| toks[k].is("including") && toks[k - 1].text == ",")
        else {
            return Vec::new();
        };
        if !timed_item_at(toks, including + 1) {
            return Vec::new();
        }
        std::iter::once(including)
            .chain(
                (including + 2..clause_end)
                    .filter(|&k| toks[k].is("and") || toks[k].text == ",")
                    .filter(|&k| timed_item_at(toks, k + 1)),
            )
            .collect()
    });
}

/// Where the list of rounds after hit `h` ends ([`timed_rounds`], [`rounds_of_a_total`]):
/// at the next hit, `TIMED_ROUNDS_REACH` tokens on, or the clause's end, whichever comes
/// first (never before the hit's end).
fn list_end(toks: &[Token], hits: &[TriggerHit], h: usize) -> usize {
    let from = hits[h].last + 1;
    let end = hits
        .get(h + 1)
        .map_or(toks.len(), |n| n.first)
        .min(hits[h].last + TIMED_ROUNDS_REACH)
        .max(from);
    (from..end)
        .find(|&k| matches!(toks[k].text, "." | ";" | "?" | "!"))
        .unwrap_or(end)
}

/// Whether a verbless round ([`verbless_round`]) is a timed part of a running total
/// ([`rounds_of_a_total`]): its hit is the ", including" or a join after one in the
/// clause. Its words run to the next comma or "and": "including 1,000 in January 2023, a
/// spokesperson said on Tuesday" is dated by January 2023 alone.
pub fn part_of_total(toks: &[Token], hit: &TriggerHit) -> bool {
    let at = hit.first;
    let including = |k: usize| k > 0 && toks[k].is("including") && toks[k - 1].text == ",";
    verbless_round(toks, hit)
        && (including(at)
            || (toks[at].is("and") || toks[at].text == ",")
                && (at.saturating_sub(TIMED_ROUNDS_REACH)..at)
                    .rev()
                    .take_while(|&k| !matches!(toks[k].text, "." | ";" | "?" | "!"))
                    .any(including))
}

/// Where the words of a part of a running total ([`part_of_total`]) end: the first comma
/// or "and" after its figure, or `hi`, the end of its clause.
pub fn part_end(toks: &[Token], hit: &TriggerHit, hi: usize) -> usize {
    (hit.last + 2..hi)
        .find(|&k| toks[k].text == "," || toks[k].is("and"))
        .unwrap_or(hi)
}

/// The figure right before a noun of cuts at `i` when a verb of doing tells them done
/// ("made 95 redundancies", "implemented about 300 job cuts"), or a word of what came
/// before ("following 95 redundancies"): its index. (Near misses: "will make 95
/// redundancies" is to come; "announced 95 job cuts in May and 60 in July" phases one
/// plan; "its 95 redundancies" has no verb.)
fn done_count_before(toks: &[Token], i: usize) -> Option<usize> {
    let f = i.checked_sub(1)?;
    if !toks[f].is_figure() {
        return None;
    }
    let mut v = f.checked_sub(1)?;
    while v > 0 && toks[v].is_any(&["about", "around", "roughly", "nearly", "some"]) {
        v -= 1;
    }
    // ("following 95 redundancies in May and 60 in January": what a round follows was
    // done.)
    toks[v]
        .is_any(&["made", "following", "after", "implemented", "completed"])
        .then_some(f)
}

/// How far after a cut done [`timed_rounds`] reads its list of rounds.
const TIMED_ROUNDS_REACH: usize = 24;

/// Whether a round of [`timed_rounds`] starts at `f`: "a further" or "an additional",
/// a word that makes the figure vague, the figure (not a year), "more" or a job noun,
/// then its time ("3,500 in 2023", "about 1,000 last spring", "400 more in May").
fn timed_item_at(toks: &[Token], mut f: usize) -> bool {
    if a_further_at(toks, f) {
        f += 2;
    }
    if toks.get(f).is_some_and(|t| {
        t.is_any(&[
            "about",
            "around",
            "roughly",
            "nearly",
            "almost",
            "some",
            "approximately",
        ])
    }) {
        f += 1;
    }
    // (A figure, not a year: "and 2024".)
    let figure = toks.get(f).is_some_and(Token::is_figure);
    let mut k = f + 1;
    if toks
        .get(k)
        .is_some_and(|t| t.is("more") || t.is_any_of(job_nouns()))
    {
        k += 1;
    }
    // ("2,500 announced in October 2022", "1,200 cut in March".)
    if toks
        .get(k)
        .is_some_and(|t| t.is_any(&["announced", "cut", "eliminated", "shed"]))
    {
        k += 1;
    }
    let timed = toks
        .get(k)
        .is_some_and(|t| t.is_any(&["in", "on", "last", "this", "during"]))
        && (k..(k + 4).min(toks.len())).any(|j| time_at(toks, j));
    figure && timed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    /// `find` takes a rule's first word as matched once the word set found it, which
    /// holds for words in lower case without a wildcard.
    #[test]
    fn first_words_are_plain_lower_case() {
        for r in TRIGGERS {
            let w = r.pattern[0];
            assert!(
                !w.ends_with('*') && w.to_lowercase() == w && w.is_ascii(),
                "{:?}",
                r.pattern
            );
        }
    }

    #[test]
    fn every_rule_matches_its_example() {
        for (n, r) in TRIGGERS.iter().enumerate() {
            let toks = tokenize(r.example);
            let hits = find(&toks);
            assert!(
                hits.iter().any(|h| h.rule == n),
                "rule {:?} does not match its example {:?} (hits {:?})",
                r.pattern,
                r.example,
                hits.iter()
                    .map(|h| TRIGGERS[h.rule].pattern)
                    .collect::<Vec<_>>()
            );
            // Hiring alone does not send a document to extraction; it rides on cut news.
            if r.class != Hiring {
                assert!(
                    crate::prefilter::may_mention_cuts(r.example),
                    "prefilter drops {:?}",
                    r.example
                );
            }
        }
    }

    #[test]
    fn announced_bare_cuts_are_job_cuts() {
        for s in [
            "PlayStation, Sega, and Microsoft are the latest companies to announce cuts.",
            "Google made further cuts on Tuesday.",
            "The studio announced deep cuts, its second round this year.",
            "Meta is making more cuts in its Reality Labs unit.",
        ] {
            assert!(!find(&tokenize(s)).is_empty(), "{s}");
        }
    }

    #[test]
    fn an_object_before_its_relative_clause() {
        for s in [
            "It will liquidate about a third of the 150 stores it plans to shutter.",
            "The 300 jobs that they will cut are in sales.",
            "Those are the plants which it intends to close.",
        ] {
            assert!(!find(&tokenize(s)).is_empty(), "{s}");
        }
        // Near misses: an object of another verb, a comma between.
        for s in [
            "The stores it plans to refit will reopen.",
            "It has 150 stores, and it plans to shutter soon.",
        ] {
            assert!(
                find(&tokenize(s))
                    .iter()
                    .all(|h| TRIGGERS[h.rule].class != Closure),
                "{s}"
            );
        }
    }

    #[test]
    fn another_site_closed_by_the_same_verb_is_a_closing_of_its_own() {
        let closings = |s: &str| {
            find(&tokenize(s))
                .iter()
                .filter(|h| TRIGGERS[h.rule].class == Closure)
                .count()
        };
        assert_eq!(
            closings("It is shutting down the Ruston plant and another facility in Wilson."),
            2
        );
        // Near misses: jobs after "another", and "other" sites named by no one.
        assert_eq!(
            closings("It is closing the plant and another 200 jobs will go."),
            1
        );
        assert_eq!(closings("It is closing the plant and other facilities."), 1);
    }

    #[test]
    fn a_network_of_sites_closes() {
        for s in [
            "Peloton will close its North America distribution network.",
            "The bank is to shut its branch network in Wales.",
        ] {
            let toks = tokenize(s);
            assert!(
                find(&toks)
                    .iter()
                    .any(|h| TRIGGERS[h.rule].class == Closure),
                "{s}"
            );
            assert!(
                crate::prefilter::may_mention_cuts(s),
                "prefilter drops {s:?}"
            );
        }
        // Near miss: a product called a network closes no site.
        assert!(find(&tokenize("Google will shut down its social network.")).is_empty());
    }

    #[test]
    fn terminals_and_hubs_close() {
        for s in [
            "Halvorsen Freight will close three terminals in Ohio.",
            "Ardent Logistics is shutting its Reno terminal.",
            "Skyline Air will shut its Dayton hub.",
            "Bramble Parcel will close hubs in Leeds and York.",
        ] {
            assert!(
                find(&tokenize(s))
                    .iter()
                    .any(|h| TRIGGERS[h.rule].class == Closure),
                "{s}"
            );
            assert!(
                crate::prefilter::may_mention_cuts(s),
                "prefilter drops {s:?}"
            );
        }
        // Near misses: a terminal that opens, an illness, and devices.
        for s in [
            "The new terminal will open in May, cutting wait times.",
            "Patients with terminal illness saw cuts to care.",
            "Staff were told to shut down their terminals by 5pm.",
            "Northwind Payments will shut down 5,000 payment terminals in Europe.",
        ] {
            assert!(
                find(&tokenize(s))
                    .iter()
                    .all(|h| TRIGGERS[h.rule].class != Closure),
                "{s}"
            );
        }
    }

    #[test]
    fn object_verbs_need_a_job_object() {
        for s in [
            "JPMorgan has cut its rating on Coinbase.",
            "It will cut costs.",
            "The Fed cut rates.",
            "Shares could lose 5% of their value.",
            "The club is losing its best players to rivals.",
            // Bare cuts of something named after them, or of money named before them.
            "The council announced cuts to bus services.",
            "The retailer made cuts in prices.",
            "The Fed announced rate cuts.",
            "The board announced cuts in spending on Monday.",
            // The object never lies past a verb of saying.
            "The airline will cut 30 flights, the carrier told staff on Monday.",
            "Globex will cut 12 routes, a spokesperson said in a note to employees.",
            // Counted things, and the pay of a trade.
            "The airline will cut 700 pilots' pay.",
            // The cuts that affect a trade may only list the round's parts.
            "Cuts will affect around 2,850 pilots and 6,920 flight attendants.",
        ] {
            assert!(find(&tokenize(s)).is_empty(), "{s}");
        }
    }

    #[test]
    fn verbs_of_cutting_take_counted_people_of_a_trade() {
        for s in [
            "Globex Airlines will axe 700 pilots.",
            "Initech Health will eliminate 120 nurses.",
            "The network cut 45 veteran journalists on Friday.",
            // A job noun still counts across the saying verb's clause before it.
            "The airline will cut 30 jobs, the carrier told staff.",
        ] {
            assert!(!find(&tokenize(s)).is_empty(), "{s}");
        }
    }
}
