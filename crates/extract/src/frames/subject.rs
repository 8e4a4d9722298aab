//! Who cuts: the subject of a trigger and the employers around it — a unit and its
//! parent, companies coordinated with it or listed after the cuts, a headline's company.

use super::{governors, is_job_noun, site_nouns, Company, State};
use crate::orgs::{self, NameContext, OrgMention};
use crate::tokens::{tokenize, TokKind, Token};
use crate::triggers::{self, Form, TrigClass, TriggerHit, TRIGGERS};

/// The company a headline is about: the first organisation in it. `body` is the text's
/// sentences, each with its tokens.
pub(super) fn title_company<'b>(
    title: &str,
    names: &NameContext<'_>,
    body: impl Iterator<Item = (&'b str, &'b [Token<'b>])>,
) -> Option<String> {
    let toks = tokenize(title);
    let hits = triggers::find(&toks);
    let first_trigger = hits.first()?.first;
    let orgs = orgs::find(title, &toks, names);
    // (A kind of firm after a name of its own refers back to it: "Bed Bath & Beyond begins
    // store closings as retailer plans layoffs".)
    let named_before = |o: &OrgMention| {
        o.last < first_trigger && !o.cited && !describes_the_subject(&toks, o, &hits[0])
    };
    if described_firm_before(&toks[..first_trigger]) && !orgs.iter().any(named_before) {
        return None;
    }
    // "Cork pharma firm to cut 90 jobs": a place that describes the firm names no firm;
    // nor does a listed place after a firm's name ("Brightwell Foods to close Dayton
    // deli, cutting 180 jobs"), which says where.
    let after_a_firm = |o: &OrgMention| {
        orgs.iter().any(|p| p.last < o.first && !p.cited) && crate::places::is_listed(&o.name)
    };
    let named = |o: &&OrgMention| !site_name(&toks, &orgs, o) && !after_a_firm(o);
    // "Bay Area tech company lays off hundreds more, CEO blames Google and AI": a name
    // inside a clause of its own after the cuts (past a comma, colon or dash) is someone
    // the headline speaks of, not who cuts. A name in the cuts' clause is the firm ("300
    // jobs to go at Acme"), and so is one that opens its clause ("Hundreds of jobs to go,
    // Acme says") or that cuts follow ("Job cuts: Acme to shed 300").
    let first_last = hits[0].last;
    let in_the_cuts_clause = |o: &&OrgMention| {
        let opens = toks[..o.first]
            .iter()
            .rposition(clause_mark)
            .filter(|&m| m > first_last)
            .is_none_or(|m| m + 1 == o.first)
            // ("Factory to close, 200 jobs lost (Brennick Steel)": the firm in brackets.)
            || o.first > 0 && toks[o.first - 1].text == "(";
        opens || hits.iter().any(|h| h.first > o.last)
    };
    orgs.iter()
        .filter(named)
        .rfind(|o| !o.cited && o.last < first_trigger)
        .or(orgs.iter().filter(named).find(in_the_cuts_clause))
        .map(|o| o.name.clone())
        .or_else(|| title_case_lead(&toks[..first_trigger], names, body))
}

/// "Rossford glassmaker to lay off 230", "Tesla supplier lays off 600 as EV program
/// stalls", "Bay Area tech company lays off hundreds": a headline whose subject is a kind of
/// firm, with no name of its own, names no firm. A name before the kind describes it (a
/// place, or whom it supplies), and a name elsewhere is someone else; the body names the
/// firm. `lead` is the headline before its first trigger; the kind is its last word but
/// for a modal or auxiliary. (Near misses: "Acme Bank to cut 300" capitalises its kind, a
/// part of the name; "Acme unit to cut 300" is the part of a named firm; "Acme says it
/// will cut 300" has a pronoun.)
fn described_firm_before(lead: &[Token]) -> bool {
    const AUXILIARIES: &[&str] = &[
        "to", "will", "would", "has", "have", "had", "is", "are", "was", "set", "plans", "may",
        "could", "must",
    ];
    // (Besides the nouns for what a firm does, `lexicon::is_trade_noun`.)
    const FIRM_KINDS: &[&str] = &[
        "company",
        "firm",
        "business",
        "bank",
        "chain",
        "carrier",
        "provider",
        "platform",
        "employer",
        "giant",
        "multinational",
        "contractor",
        "system",
        "producer",
        "utility",
    ];
    let kind = lead
        .iter()
        .rev()
        .find(|t| !(t.kind == TokKind::Word && t.is_any(AUXILIARIES)));
    kind.is_some_and(|t| {
        t.kind == TokKind::Word
            && !t.is_capitalized()
            && (t.is_any(FIRM_KINDS) || crate::lexicon::is_trade_noun(t.text))
    })
}

/// "Rossford glassmaker to lay off 230", "the second West Michigan health system to cut
/// jobs": a name with only lower-case words after it, the last a kind of firm (see
/// [`described_firm_before`]), before the trigger describes its subject, which it is not.
fn describes_the_subject(toks: &[Token], o: &OrgMention, hit: &TriggerHit) -> bool {
    // (A near miss: "Bed Bath & Beyond begins store closings as retailer plans layoffs"
    // has a clause of its own between the name and the kind.)
    // Only plain modifiers: no determiner, owner or verb of saying ("Brackley said the
    // insurer will cut 300 jobs" names Brackley).
    let between = toks.get(o.last + 1..hit.first).unwrap_or_default();
    between.len() <= 4
        && between.iter().all(|t| {
            t.kind == TokKind::Word
                && !t.is_capitalized()
                && !t.is_any(crate::cues::SUBORDINATORS)
                && !t.is_any(&[
                    "and",
                    "or",
                    "but",
                    "the",
                    "a",
                    "an",
                    "its",
                    "their",
                    "this",
                    "that",
                    "said",
                    "says",
                    "say",
                    "confirmed",
                    "confirms",
                    "announced",
                    "announces",
                    "told",
                ])
        })
        && described_firm_before(between)
}

/// A comma, semicolon, colon or free-standing dash: where a headline's clause ends.
fn clause_mark(t: &Token) -> bool {
    t.kind == TokKind::Punct
        && (matches!(t.text, "," | ";" | ":" | "|" | "\u{2014}" | "\u{2013}")
            || (t.text == "-" && t.ws_before))
}

/// "Globex To Cut 1,200 Jobs": a headline in title case capitalises every word, so only
/// the words the text capitalises inside a sentence count as names there, and a firm the
/// text names only where a sentence opens ("Globex said on Tuesday ...") is lost. The
/// headline's leading capitals before its trigger name the firm when a sentence opens
/// with the same words and a subject's verb after them, and the name finder takes them
/// there for a name ("Acme Foods Lays Off 300" beside "Acme Foods will close ...").
/// A near miss: "Tech Layoffs Continue" beside "Tech companies cut jobs" (no verb follows
/// "Tech"), and "Workers Brace For Cuts" beside "Workers said ..." (the finder names no
/// firm there).
fn title_case_lead<'b>(
    lead: &[Token],
    names: &NameContext<'_>,
    mut body: impl Iterator<Item = (&'b str, &'b [Token<'b>])>,
) -> Option<String> {
    if !orgs::is_title_case(lead) && !lead.iter().all(|t| t.is_capitalized()) {
        return None;
    }
    let run = lead
        .iter()
        .take_while(|t| t.kind == TokKind::Word && t.is_capitalized())
        .count();
    if run == 0 {
        return None;
    }
    body.find_map(|(text, toks)| {
        let m = toks
            .iter()
            .zip(&lead[..run])
            .take_while(|(a, b)| a.text == b.text)
            .count();
        let verb = toks.get(m)?;
        if m == 0 || verb.is_capitalized() || !orgs::subject_verb(verb) {
            return None;
        }
        orgs::find(text, toks, names)
            .into_iter()
            .find(|o| o.first == 0 && o.last + 1 == m && !o.cited)
            .map(|o| o.name)
    })
}

/// Words that refer back to the current company.
const ANAPHORS: &[&str] = &[
    "provider",
    "maker",
    "operator",
    "company",
    "firm",
    "it",
    "its",
    "we",
    "our",
    "group",
    "business",
    "startup",
    "bank",
    "retailer",
    "carrier",
    "airline",
    "automaker",
    "lender",
    "giant",
    "platform",
    "outlet",
    "publisher",
    "employer",
    "organization",
    "organisation",
    "insurer",
    "chain",
    "maker",
    "network",
    "exchange",
    "they",
    "their",
    "hospital",
    // (Public employers and who winds a firm up refer back too, with "the" before them:
    // `DEFINITE_ANAPHORS`.)
    "system",
    "unit",
    "division",
    "multinational",
    "conglomerate",
    "manufacturer",
    "carmaker",
    "chipmaker",
    "fintech",
    "supplier",
    // A site that cuts is its owner cutting there: "The plant laid off 220 workers".
    "plant",
    "factory",
    "mill",
    "facility",
    "mine",
    "smelter",
    "refinery",
    "steelworks",
];

/// Public employers and who winds a firm up refer back as "the company" does, but only
/// with "the" before them ("Bramford City Council will cut 118 jobs. Last year the council
/// shed 150"), or, for administrators, as the sentence's capitalised subject
/// ("Administrators have made 212 staff redundant"). (Near misses: "A university in Ohio
/// laid off 40 staff" is another employer; "lost trust in management" is no firm;
/// "councils" is plural.)
fn definite_anaphor(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    t.is_any(DEFINITE_ANAPHORS)
        && (k > 0 && toks[k - 1].is("the")
            || t.is_any(&["administrators", "receivers", "liquidators"]) && t.is_capitalized())
}

/// "The City of Marston will lay off 310 workers. The city will cut another 150 jobs",
/// "Ridgefield School District will cut 1,000 jobs. The district laid off 300 in
/// February": "the" and, in lower case, a word of the name in view refers back to it.
/// (Near misses: "Acme Corp will cut 420 jobs. The city lost 2,000 jobs last year" names
/// no word of Acme's; "the City of Leeds" is a name of its own.)
fn name_word_anaphor(toks: &[Token], k: usize, state: &State) -> bool {
    let t = &toks[k];
    k > 0
        && toks[k - 1].is("the")
        && t.is_any(NAME_WORD_ANAPHORS)
        && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        && !toks.get(k + 1).is_some_and(|n| n.is("of"))
        && state.recent().is_some_and(|c| {
            // The name's head: its last word ("Ridgefield School District"), or a word
            // before "of" ("City of Marston"). (Near misses: "Kansas City Southern", "Ohio
            // State University" have no head "city" or "state".)
            let words: Vec<&str> = c.name.split(' ').collect();
            words.last().is_some_and(|w| w.eq_ignore_ascii_case(t.text))
                || words
                    .windows(2)
                    .any(|w| w[0].eq_ignore_ascii_case(t.text) && w[1] == "of")
        })
}

/// See [`name_word_anaphor`]: the heads of public bodies' and institutions' names.
const NAME_WORD_ANAPHORS: &[&str] = &[
    "department",
    "bureau",
    "ministry",
    "district",
    "city",
    "county",
    "province",
    "state",
    "government",
    "administration",
    "office",
    "service",
    "commission",
    "board",
    "institute",
    "foundation",
    "alliance",
    "library",
    "museum",
    "society",
    "system",
    "corporation",
];

/// See [`definite_anaphor`].
const DEFINITE_ANAPHORS: &[&str] = &[
    "council",
    "trust",
    "university",
    "college",
    "authority",
    "agency",
    "charity",
    "studio",
    "administrators",
    "receivers",
    "liquidators",
];

/// "This follows a cut of 600 jobs in March", "The move comes after a round of 1,200
/// layoffs": a clause that opens with the news just told ("this", "that", "the move",
/// "the reductions") and a verb of following sets an earlier round beside it, the same
/// company's, as "it" would. (Near misses: "This year follows a cut ..." opens with a
/// time, and "the industry follows" names no news; "This comes after the government cut
/// 600 jobs" and "a cut of 600 jobs at the city council" name another holder.)
fn sequel_opener(toks: &[Token], lo: usize, hi: usize, hit: &TriggerHit, k: usize) -> bool {
    const FOLLOWING: &[&str] = &["follows", "followed", "follow", "comes", "came", "come"];
    const NEWS: &[&str] = &[
        "move",
        "reductions",
        "cuts",
        "layoffs",
        "announcement",
        "decision",
        "news",
        "plan",
        "redundancies",
    ];
    let follows = |j: usize| toks.get(j).is_some_and(|t| t.is_any(FOLLOWING));
    let opens = k == lo && toks[k].is_any(&["this", "that"]) && follows(k + 1)
        || k == lo + 1 && toks[lo].is("the") && toks[k].is_any(NEWS) && follows(k + 1);
    // Only a round named as a noun with no agent of its own: "This comes after the
    // government cut 600 jobs" has its subject, and "a cut of 600 jobs at the city
    // council" (or "by its main customer", "across the sector") has another holder.
    // ("a cut of 600 jobs": "cut" after an article is a noun.)
    let named_as_noun = TRIGGERS[hit.rule].form == Form::Noun
        || hit.first > 0
            && toks[hit.first - 1].is_any(&[
                "a", "an", "another", "smaller", "larger", "earlier", "previous", "deeper",
            ]);
    opens
        && named_as_noun
        && !toks[hit.last + 1..hi.min(toks.len()).max(hit.last + 1)]
            .iter()
            .enumerate()
            .any(|(j, t)| {
                t.is_any(&["at", "by", "across", "among", "from", "for"])
                    || t.is_capitalized()
                        && crate::lexicon::month_at(toks, hit.last + 1 + j).is_none()
            })
}

/// "That equates to roughly 2,100 positions", "This will affect about 300 workers": a
/// sentence that opens with "that" or "this" and a verb that sizes the round just told in
/// people refers back to it, as "it" would. (A near miss: "That deal will affect 300
/// workers" names another thing.)
fn restating_opener(toks: &[Token], hit: &TriggerHit, k: usize) -> bool {
    k == 0
        && (triggers::restating(&TRIGGERS[hit.rule]) || super::vetoes::reaches_people(hit))
        && super::vetoes::opens_with_this(toks, hit)
}

/// "The toymaker had already cut 200 jobs", "the housebuilder will shed 300": "the" and
/// a noun of what a firm does ([`crate::lexicon::is_trade_noun`]) refer back to the firm
/// as "the company" does. (A near miss: "toymakers" is plural, firms at large.)
fn trade_anaphor(toks: &[Token], k: usize) -> bool {
    k >= 1
        && toks[k - 1].is("the")
        && toks[k].kind == TokKind::Word
        && crate::lexicon::is_trade_noun(toks[k].text)
}

/// "the start-up has let go of staff": the hyphenated spelling of "startup", which the
/// tokens split, refers back like it. (A near miss: "the set-up" names no firm.)
fn hyphenated_anaphor(toks: &[Token], k: usize) -> bool {
    k >= 2 && toks[k].is("up") && toks[k - 1].text == "-" && toks[k - 2].is("start")
}

/// Who cuts: "at X" / "X's" right of a noun trigger, else the nearest organisation to the
/// left in the clause that is not inside a prepositional phrase, else "the company" → the
/// current company.
pub(super) fn subject(
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    state: &State,
) -> Option<Company> {
    let usable = |o: &&OrgMention| !o.cited;
    // "layoffs at AWS", "job cuts at Amazon"; and past a passive of announcing, "Buyouts
    // were announced at the Washington Post" (a near miss: "layoffs were announced, as at
    // Acme" keeps the comma out).
    // (A parenthesis between is no part of the clause: "layoffs (that we know of)
    // happened at Archiact".)
    let announced_between = |at: usize| {
        let (mut depth, mut words) = (0usize, 0usize);
        toks[hit.last + 1..at].iter().all(|t| {
            // ("“Risk of redundancy” letters": a closing quote ends the trigger's words and
            // is no word of the clause.)
            let quote = matches!(t.text, "”" | "\"" | "’" | "'");
            match t.text {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ if depth == 0 && !quote => words += 1,
                _ => {}
            }
            depth > 0
                || t.text == ")"
                || quote
                || words <= 4
                    && (t.is_any(PASSIVE_AUX)
                        || t.is_any(&[
                            "announced",
                            "confirmed",
                            "made",
                            "issued",
                            "sent",
                            "handed",
                            "served",
                            "letters",
                            "notices",
                            "planned",
                            "reported",
                            "expected",
                            "happened",
                            "occurred",
                            "took",
                            "place",
                            "the",
                        ]))
        })
    };
    // And the agent of that passive: "Redundancy letters have been issued by Globex to
    // 120 staff". (A near miss: "layoffs driven by Globex's rivals" has no auxiliary.)
    // So is the agent right after a participle of letting people go, a reduced relative
    // or a passive without its auxiliary: "hired 200 workers laid off by Globex". (A near
    // miss: "has laid off by far the most staff" is active; "by far" names no firm.)
    let participle_agent = TRIGGERS[hit.rule].form == Form::Past
        && !(hit.first > 0 && toks[hit.first - 1].is_any(&["has", "have", "had"]));
    let agent = |at: usize| {
        toks[at].is("by")
            && (at > hit.last + 2 && toks[hit.last + 1..at].iter().any(|t| t.is_any(PASSIVE_AUX))
                || participle_agent && at == hit.last + 1)
    };
    // And the agent of a noun of cuts, after its staff: "the layoff of 300 workers by
    // Olumo Bank". (A near miss: "the layoff of 300 workers by the end of June" names no
    // firm.)
    let noun = TRIGGERS[hit.rule].form == Form::Noun;
    if let Some(o) = (hit.last + 1..hi.min(hit.last + 12))
        .filter(|&at| toks[at].is_any(&["at", "from"]) || agent(at) || noun && toks[at].is("by"))
        // ("The layoffs will hit about 400 people at Initech": the staff at a firm are
        // its own, however far from the noun of the cuts.)
        .filter(|&at| {
            at <= hit.last + 2
                || announced_between(at)
                || (toks[at].is("at") || noun && toks[at].is("by"))
                    && is_job_noun(&toks[at - 1])
                    && !in_a_breakdown(toks, hit.last + 1, at)
        })
        // ("the layoff of 300 workers by Christmas": a time, no agent.)
        // ("Brantwell Automotive cut 150 roles at Coventry": after a named subject, a
        // listed place "at" names is where the cuts fall, however small the town. A near
        // miss: "cuts at Coventry Building Society" names no listed place.)
        .find_map(|at| {
            described_object(toks, orgs, at)
                .filter(usable)
                .filter(|o| !(toks[at].is("by") && crate::dates::opens_a_time(toks, o.first)))
                .filter(|o| {
                    !(toks[at].is("at")
                        && o.first == at + 1
                        && crate::places::is_listed(&o.name)
                        && orgs
                            .iter()
                            .any(|s| s.first >= lo && s.last < hit.first && !s.cited))
                })
        })
    {
        return Some(with_parent(state.canonical(o), toks, orgs, o));
    }
    // "a Section 189 notice from Sibanye Gold to retrench 7,400 workers", "a proposal by
    // Globex to cut 300 jobs": the author of a notice or proposal is the subject of its
    // infinitive. (A near miss: "a notice from Globex, which plans to cut 300 jobs" has
    // a clause of its own between.)
    if hit.first >= 3 && toks[hit.first - 1].is("to") {
        if let Some(o) = orgs.iter().filter(usable).find(|o| {
            o.last + 2 == hit.first
                && o.first > lo
                && toks[o.first - 1].is_any(&["from", "by"])
                && o.first >= 2
                && toks[o.first - 2].is_any(&[
                    "notice",
                    "notices",
                    "proposal",
                    "proposals",
                    "plan",
                    "plans",
                    "decision",
                    "move",
                    "bid",
                    "request",
                    "application",
                ])
        }) {
            return Some(with_parent(state.canonical(o), toks, orgs, o));
        }
    }
    // Left of the trigger.
    // Not inside brackets: "Meta (which includes Facebook and Instagram) laid off".
    let bracketed = |o: &OrgMention| {
        let opens = toks[lo..o.first].iter().filter(|t| t.text == "(").count();
        let closes = toks[lo..o.first].iter().filter(|t| t.text == ")").count();
        opens > closes && toks[o.last + 1..hit.first].iter().any(|t| t.text == ")")
    };
    // Nor inside a relative clause or a participle's phrase set off by commas:
    // "Northwind, which owns Globex, cut", "The company, known for its Doom VR port, cut".
    let relative = |o: &OrgMention| {
        let opens = toks[lo..o.first]
            .iter()
            .rposition(|t| {
                t.is_any(&[
                    "which",
                    "who",
                    "whose",
                    "known",
                    "best",
                    "based",
                    "headquartered",
                    "founded",
                    "formerly",
                    "owned",
                    "backed",
                ])
            })
            .map(|k| lo + k)
            // (Past an adverb: "Halvorsen, formerly known as Square, cut".)
            .map(|k| {
                if k > lo
                    && (toks[k - 1].is_any(crate::cues::FORMAL_NAME_ADVERBS)
                        || toks[k - 1].is_any(&["formerly", "previously"]))
                {
                    k - 1
                } else {
                    k
                }
            })
            .filter(|&k| k > 0 && toks[k - 1].text == ",");
        opens.is_some_and(|k| {
            !toks[k..o.first].iter().any(|t| t.text == ",")
                && toks[o.last + 1..hit.first].iter().any(|t| t.text == ",")
        })
    };
    // Nor inside an appositive after a subject's name: "Initech, a subsidiary of Globex,
    // is cutting". The last comma before the name opens it, an article follows the comma,
    // a name no preposition governs comes before it, and a comma closes it before the
    // trigger. (Near misses: "Meanwhile, the BBC, which ..., will cut" and "At Globex, the
    // Initech unit, cut" put no subject's name before the comma.)
    let appositive = |o: &OrgMention| {
        let Some(c) = toks[lo..o.first]
            .iter()
            .rposition(|t| t.text == ",")
            .map(|k| lo + k)
        else {
            return false;
        };
        toks.get(c + 1)
            .is_some_and(|t| t.is_any(&["a", "an", "the"]))
            && orgs.iter().any(|p| {
                p.last + 1 == c
                    && !(p.first > 0
                        && toks[p.first - 1]
                            .is_any(&["at", "in", "from", "for", "with", "of", "by"]))
                    && !toks[..p.first].iter().any(|t| t.text == ",")
            })
            && toks[o.last + 1..hit.first].iter().any(|t| t.text == ",")
    };
    let left: Vec<&OrgMention> = orgs
        .iter()
        .filter(usable)
        .filter(|o| {
            o.last < hit.first && o.first >= lo && !bracketed(o) && !relative(o) && !appositive(o)
        })
        .collect();
    // "the new Yahoo Advertising group": a unit named like a company is not the employer.
    let unit_name = |o: &OrgMention| {
        toks.get(o.last + 1).is_some_and(|t| {
            t.text.chars().next().is_some_and(char::is_lowercase)
                && t.is_any(&[
                    "group", "division", "unit", "business", "segment", "team", "arm", "brand",
                    "wing",
                ])
        })
    };
    // "the Rupert Murdoch-controlled publisher", "the SoftBank-backed startup": the owner
    // describes the employer.
    let owner = |o: &OrgMention| {
        let k = o.last + 1 + usize::from(toks.get(o.last + 1).is_some_and(|t| t.text == "-"));
        toks.get(k)
            .is_some_and(|t| t.is_any(&["controlled", "owned", "backed", "funded", "led"]))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
    };
    let governed_here = |o: &OrgMention| {
        // "publisher of the Sydney Morning Herald": past the article.
        let k = if o.first > 1 && toks[o.first - 1].is("the") {
            o.first - 1
        } else {
            o.first
        };
        // "Staff at News Corp were briefed that the publisher will cut": the staff of a
        // firm are its own, so "at" governs nothing there. (A near miss: "analysts at
        // Morgan Stanley said" are no staff of the firm that cuts.)
        let staff_at = k > 1 && toks[k - 1].is("at") && is_job_noun(&toks[k - 2]);
        // "300 jobs at risk as Northwind plans to close its plant": "as" before a name and
        // its verb is a conjunction, and the name its clause's subject. (A near miss:
        // "rivals such as Northwind and Globex" has no verb after the name.)
        let conjunction = k > 0
            && toks[k - 1].is("as")
            && !(k > 1 && toks[k - 2].is("such"))
            && toks.get(o.last + 1).is_some_and(|t| {
                o.last + 1 == hit.first
                    || t.is_any(&[
                        "is",
                        "was",
                        "are",
                        "were",
                        "has",
                        "had",
                        "will",
                        "would",
                        "plans",
                        "planned",
                        "prepares",
                        "said",
                        "says",
                        "announced",
                        "confirmed",
                        "moves",
                        "seeks",
                        "looks",
                        "struggles",
                        "faces",
                        "continues",
                        "begins",
                    ])
            });
        // "The year closed with USA Today announcing its intention to trim 45 jobs": a name
        // after "with" that a gerund follows is the gerund's subject. (A near miss: "merged
        // with Globex during the downturn" has no gerund after the name.)
        let absolute = k > 0
            && toks[k - 1].is("with")
            && toks.get(o.last + 1).is_some_and(|t| {
                t.kind == TokKind::Word
                    && t.text.len() > 4
                    && t.text.ends_with("ing")
                    && t.text.starts_with(|c: char| c.is_lowercase())
            });
        // "At Newcastle University, a severance scheme is under way": a name the sentence
        // opens with, set off by a comma, is where the clause after it happens, and so the
        // employer when that clause names none. (A near miss: "At Acme, analysts said
        // Globex would cut" names Globex after the comma, which wins as the nearer name.)
        let fronted = k > 0
            && toks[k - 1].is("at")
            && (k - 1 == lo || toks[k - 2].text == ",")
            && toks.get(o.last + 1).is_some_and(|t| t.text == ",");
        owner(o)
            || (k > 0
                && toks[k - 1].is_in(governors())
                && !staff_at
                && !conjunction
                && !absolute
                && !fronted)
            || unit_name(o)
            || site_name(toks, orgs, o)
            || describes_the_subject(toks, o, hit)
    };
    // "publisher of the Sydney Morning Herald and The Age newspapers": a name joined by
    // "and" or a comma to a governed one is governed with it. (A near miss: "Acme and
    // Globex laid off 300" has no preposition to share.)
    // Only "of" is shared so: "companies including Netflix, Spotify and Shopify" lists
    // subjects.
    let governed = |o: &OrgMention| {
        if governed_here(o) {
            return true;
        }
        // "its plants in Akron and Canton, eliminating 205 jobs": a preposition of place
        // is shared too, unless the last name is a subject with its verb after it ("cuts
        // in Ohio and Globex cut 300 jobs").
        let own_verb = o.last + 1 == hit.first
            || toks
                .get(o.last + 1)
                .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized());
        let mut cur = o;
        loop {
            if cur.first > 0 && toks[cur.first - 1].is("of")
                || cur.first > 1 && toks[cur.first - 1].is("the") && toks[cur.first - 2].is("of")
            {
                return cur.first != o.first;
            }
            if cur.first > 0
                && toks[cur.first - 1].is_any(&["in", "near", "outside", "between"])
                && !own_verb
            {
                return cur.first != o.first;
            }
            let link = if cur.first >= 2 && toks[cur.first - 1].is_any(&["and", ",", "&"]) {
                1
            } else if cur.first >= 3
                && toks[cur.first - 1].is("the")
                && toks[cur.first - 2].is_any(&["and", ","])
            {
                2
            } else {
                return false;
            };
            match orgs.iter().find(|p| p.last + 1 + link == cur.first) {
                Some(p) => cur = p,
                None => return false,
            }
        }
    };
    // "Amazon Web Services (AWS), the cloud computing wing of Amazon, laid off": the org
    // that opens the sentence is the subject when an appositive follows it.
    if let Some(o) = left.first() {
        // ", the cloud computing wing of Amazon," / ", which ..." after the name.
        let comma = if o.alias.is_some() {
            o.last + 4
        } else {
            o.last + 1
        };
        let appositive = toks.get(comma).is_some_and(|t| t.text == ",")
            && (toks
                .get(comma + 1)
                .is_some_and(|t| t.is_any(&["the", "a", "an", "its", "which", "who", "one"]))
                || orgs.iter().any(|p| p.first == comma + 1 && p.possessive));
        if appositive && !governed(o) {
            return Some(with_parent(state.canonical(o), toks, orgs, o));
        }
    }
    // A relative clause's verb has the name it follows for subject, governed or not:
    // "with the exception of Brunswick News, which has already been downsized". (A near
    // miss: "Acme, which owns Globex, cut 300 jobs" names Globex before the verb.)
    // The pronoun must be the verb's subject, not its object ("Senkata, which protesters
    // have tried to shut down"): an auxiliary or the trigger follows it.
    // Nor is it the place of a site before it: in "close its mill in La Tuque, which will
    // put 275 people out of work", "which" is the closing.
    let sites_place = |o: &OrgMention| {
        o.first >= 2
            && toks[o.first - 1].is_any(&["in", "near", "outside"])
            && toks[o.first - 2].is_in(site_nouns())
    };
    if let Some(o) = left.iter().rev().find(|o| {
        !sites_place(o)
            && toks.get(o.last + 1).is_some_and(|t| t.text == ",")
            && toks
                .get(o.last + 2)
                .is_some_and(|t| t.is_any(&["which", "who"]))
            && (o.last + 3 == hit.first
                || toks.get(o.last + 3).is_some_and(|t| {
                    t.is_any(&[
                        "has",
                        "have",
                        "had",
                        "is",
                        "are",
                        "was",
                        "were",
                        "will",
                        "would",
                        "also",
                        "already",
                        "recently",
                        "plans",
                        "said",
                        "announced",
                    ])
                }))
    }) {
        if !orgs.iter().any(|p| p.first > o.last && p.last < hit.first) {
            return Some(with_parent(state.canonical(o), toks, orgs, o));
        }
    }
    // "its Ashcombe Bank subsidiary cut 120 jobs", "Its Ashcombe Bank unit will cut": a
    // named unit of the company in view, the subject of the cut, is the employer, and that
    // company its parent. The unit opens its clause (the sentence, or after "said",
    // "that" or a comma) and only auxiliaries stand between it and the cut. (Near misses:
    // "its Toledo plant cut 120 jobs" names a site, "its Toledo unit" a place; "plans to
    // sell its Ashcombe Bank unit and will cut" makes the unit an object.)
    if let Some(o) = left.iter().rev().find(|o| {
        // (`lo` is where the clause starts, so "its" at `lo` opens it.)
        let its = o.first.saturating_sub(1);
        o.first > lo
            && toks[its].is_any(&["its", "their"])
            && (its == lo || toks[its - 1].is_any(&["said", "says", "that", ","]))
            && toks
                .get(o.last + 1)
                .is_some_and(|t| t.is_any(&["subsidiary", "unit", "division", "arm", "affiliate"]))
            && toks[o.last + 2..hit.first]
                .iter()
                .all(|t| t.is_any(CUT_AUXILIARIES_BEFORE))
            && !crate::places::is_listed_even_as_word(&o.name)
    }) {
        // (The company in view: one named before in the sentence, else the text's.)
        let mut unit = state.canonical(o);
        unit.parent = left
            .iter()
            .rev()
            .find(|p| p.last < o.first && !p.cited)
            .map(|p| state.canonical(p).name)
            .or_else(|| state.current.as_ref().map(|c| c.name.clone()))
            .filter(|p| *p != unit.name);
        return Some(unit);
    }
    // "a strike ballot announced at Northumbria University over its planned cuts": an
    // "its" that opens the trigger's noun phrase, one preposition after a name, is that
    // name's, governed or not. (A near miss: "Initech, a supplier to Walmart, said its
    // cuts would go deep" puts a verb between the name and "its".)
    let its = (hit.first.saturating_sub(3).max(lo)..hit.first)
        .rev()
        .take_while(|&k| toks[k].kind == TokKind::Word && !toks[k].is_capitalized())
        .find(|&k| toks[k].is("its"));
    if let Some(o) = its.and_then(|a| {
        left.iter().find(|o| {
            o.last + 2 == a
                && !o.possessive
                && toks[o.last + 1].is_any(&["over", "about", "on", "against", "regarding"])
        })
    }) {
        return Some(with_parent(state.canonical(o), toks, orgs, o));
    }
    // An organisation inside a prepositional phrase ("its plant in Toledo") is a subject
    // only when nothing else could be.
    let nearest = left
        .iter()
        .rev()
        .find(|o| !governed(o))
        // (A name that only names a site or describes the firm as a place, "Cork
        // pharma firm", never is; nor a listed place, "350 workers in Toledo were laid
        // off", which is only where the cuts fall.)
        .or_else(|| {
            left.last().filter(|o| {
                state.current.is_none()
                    && !crate::places::is_listed(&o.name)
                    && !site_name(toks, orgs, o)
                    && !describes_the_subject(toks, o, hit)
            })
        });
    // A pronoun or "the company" closer to the trigger than any name wins.
    let anaphor = toks[lo..hit.first]
        .iter()
        .enumerate()
        .rev()
        .find(|&(i, t)| {
            t.is_in(anaphors())
                || definite_anaphor(toks, lo + i)
                || name_word_anaphor(toks, lo + i, state)
                || hyphenated_anaphor(toks, lo + i)
                || trade_anaphor(toks, lo + i)
                || sequel_opener(toks, lo, hi, hit, lo + i)
                || restating_opener(toks, hit, lo + i)
        })
        .map(|(i, _)| lo + i);
    match (nearest, anaphor) {
        (Some(o), Some(a))
            if a > o.last && !toks[a].is_any(&["its", "their", "our"]) && o.possessive =>
        {
            // "Alphabet’s CEO said ... we decided": the possessor stays the subject.
            Some(state.canonical(o))
        }
        (Some(o), _) => Some(with_parent(state.canonical(o), toks, orgs, o)),
        (None, Some(a)) => {
            // "several other companies have announced they are undergoing layoffs,
            // including Meta": "they" after a plural of firms is those firms, no one
            // company. (A near miss: "Acme said they would cut 300" is Acme's.)
            let plural_firms = toks[a].is_any(&["they", "their"])
                && toks[lo..a].iter().any(|t| {
                    t.is_any(&[
                        "companies",
                        "firms",
                        "employers",
                        "businesses",
                        "giants",
                        "startups",
                        "banks",
                        "retailers",
                        "carmakers",
                        "automakers",
                        "lenders",
                        "insurers",
                        "publishers",
                        "chains",
                    ])
                });
            if plural_firms || spoken_by_a_body(toks, lo, a) {
                return None;
            }
            // "“We are cutting 200 jobs,” Acme said": a firm's "we" in a quote is the firm
            // that speaks, named outside the quote.
            if toks[a].is_any(&["we", "our"]) {
                if let Some(o) = quote_speaker(toks, orgs, a, state) {
                    return Some(with_parent(state.canonical(o), toks, orgs, o));
                }
            }
            // "the company" is the document's company; "it" is the last one named.
            let pronoun = toks[a].is_any(&["it", "its", "we", "our", "they", "their"]);
            let target = if pronoun {
                state.current.clone()
            } else {
                state.recent()
            };
            target.map(|mut c| {
                c.explicit = false;
                c
            })
        }
        (None, None) => {
            // "Less than two weeks after laying off thousands of employees, Uber is cutting
            // ...", "Having cut 1,000 jobs in January, Initech will cut 400 more": the main
            // clause's subject did the earlier cuts too.
            let before = &toks[hit.first.saturating_sub(4)..hit.first];
            let leading = before.iter().any(|t| t.is_any(super::clause::FRONTED));
            if leading {
                if let Some(o) = orgs.iter().filter(usable).find(|o| {
                    o.first > hit.last && toks[hit.last..o.first].iter().any(|t| t.text == ",")
                }) {
                    return Some(state.canonical(o));
                }
            }
            // So is a gerund's: "In addition to cutting 450 jobs, Compass will halt
            // recruitment", when the name opens the main clause right after the comma.
            // (A near miss: "In addition to job cuts, projects have been scrapped,
            // including the Pixy drone" has a noun, and no name after its comma.)
            let besides = TRIGGERS[hit.rule].form != Form::Noun
                && before.iter().any(|t| t.is_any(&["addition", "besides"]));
            if besides {
                if let Some(o) = orgs
                    .iter()
                    .filter(usable)
                    .find(|o| o.first > hit.last + 1 && toks[o.first - 1].text == ",")
                {
                    return Some(state.canonical(o));
                }
            }
            // "The layoffs will affect about 6% of Globex's 12,000 employees": with no
            // subject, the owner of the staff the cuts reach is the employer. (A near
            // miss: "The layoffs will affect 300 workers, Globex's spokesman said" names
            // no staff of Globex's.)
            if let Some(o) = orgs.iter().filter(usable).find(|o| {
                o.possessive && o.first > hit.last && o.first < hi && owns_staff(toks, o.last + 3)
            }) {
                // (Under a short form of the company in view, it is that company: "6.5
                // percent of Goldman's workforce" after "Goldman Sachs".)
                let c = state.canonical(o);
                let in_view = state
                    .recent()
                    .filter(|v| orgs::begins_with_words(&v.name, &c.name));
                return Some(in_view.map_or(c, |mut v| {
                    v.explicit = false;
                    v
                }));
            }
            // A noun trigger with its company after it: "the layoffs of X", "X layoffs" handled above.
            // Past a conjunction, a name that may be its clause's subject: of two words or
            // more, a possessive, or before a verb ("2,000 jobs at risk as British Steel
            // plans closure", "500 job losses as Tesla's sales slump", "after Acme posted
            // losses"). (A near miss: "16,000 jobs on the line as Federal aid packages
            // expire", one word before a noun, qualifies the noun.)
            let subject_of_its_clause = |o: &OrgMention| {
                o.last > o.first
                    || o.possessive
                    || toks.get(o.last + 1).is_some_and(|v| {
                        crate::orgs::subject_verb(v)
                            || v.kind == TokKind::Word
                                && !v.is_capitalized()
                                && (v.text.ends_with("ed") || v.text.ends_with('s'))
                    })
            };
            if let Some(o) = orgs.iter().filter(usable).find(|o| {
                o.first > hit.last
                    && o.first < hi
                    && o.first <= hit.last + 2
                    && (!toks[hit.last + 1..o.first]
                        .iter()
                        .any(|t| t.is_any(crate::cues::SUBORDINATORS))
                        || subject_of_its_clause(o))
                    && !site_name(toks, orgs, o)
            }) {
                return Some(state.canonical(o));
            }
            // Passive with the company later: "employees at X were laid off" is covered by
            // "at X"; anything else with no subject falls back to the current company only
            // for bare noun triggers in a sentence that names no other company.
            // "The layoffs will affect 180 employees": the document's own round.
            // "This includes closing its offices in Ohio", "The plan means cutting its
            // workforce": a verb with no subject before it whose object is "its" own is
            // the company in view's. (A near miss: "Acme's rival is closing its offices"
            // has a name before the verb, and "Other banks have been trimming their
            // workforce" speaks of many.)
            // (A name that only names a site, "the Clay Cross site, which has 140 jobs at
            // risk", names no other company.)
            // (Nor does a source it cites, when the cuts are the ones in view: "Variety
            // reported that the cuts involved at least 50 staffers". A near miss:
            // "According to the union, 80,000 jobs have been shed" counts no round.)
            // (So does a measure in view: "The restructuring, first reported by Bloomberg,
            // will eliminate 300 positions".)
            let definite = hit.first > 0 && toks[hit.first - 1].is_any(&["the", "these", "those"])
                || measure_subject(toks, hit, lo);
            // (The company in view itself, named in passing, is no other: "A rep for Disney
            // did not respond, but Variety reported that the cuts involved 50 staffers".)
            let in_view = state.recent().map(|c| c.name);
            let named_before = orgs.iter().any(|o| {
                o.first < hit.first
                    && !(o.cited && definite)
                    && !site_name(toks, orgs, o)
                    && in_view.as_deref() != Some(state.canonical(o).name.as_str())
            });
            // "Globex will close plants in Akron, eliminating 205 jobs": a participle set
            // off by a comma after another trigger's clause has that clause's subject, when
            // the names between are only places it governs. (A near miss: "Across the
            // region, cutting jobs is common" opens its sentence.)
            let participle = TRIGGERS[hit.rule].form == Form::Progressive
                && lo > 0
                && hit.first > lo
                && toks[hit.first - 1].text == ","
                && toks[hit.first].text.ends_with("ing");
            if participle && left.iter().all(|o| governed(o)) {
                return state.current.clone().map(|mut c| {
                    c.explicit = false;
                    c
                });
            }
            let own_object = TRIGGERS[hit.rule].form != Form::Noun
                && toks.get(hit.last + 1).is_some_and(|t| t.is("its"));
            if own_object && !named_before {
                return state.current.clone().map(|mut c| {
                    c.explicit = false;
                    c
                });
            }
            // An idiom with no agent ("The axe fell on 441 employees") is like a noun.
            let agentless = TRIGGERS[hit.rule].pattern == ["axe", "fell"];
            // So is a measure that reaches people ("The move will affect 300 workers"),
            // which `vetoes::measured` keeps only with its measure before it.
            if (TRIGGERS[hit.rule].form == Form::Noun
                || agentless
                || super::vetoes::reaches_people(hit)
                || counted_jobs_subject(toks, hit, lo)
                || measure_subject(toks, hit, lo))
                && !named_before
            {
                state.recent().map(|mut c| {
                    c.explicit = false;
                    c
                })
            } else {
                None
            }
        }
    }
}

/// "The restructuring will eliminate 300 positions", "The closure will put 180 people out
/// of work", "A previous savings programme eliminated 1,000 jobs": a measure named with a
/// determiner (past up to three words that describe or date it) as the verb's subject is
/// the company in view's, as a noun of cuts is. (Near misses: "Analysts will cut their
/// forecasts" has a subject of its own; "A restructuring at rivals" and "A separate
/// restructuring" name no measure in view.)
pub(super) fn measure_subject(toks: &[Token], hit: &TriggerHit, lo: usize) -> bool {
    let mut k = hit.first;
    while k > lo && toks[k - 1].is_any(PASSIVE_AUX) {
        k -= 1;
    }
    // "The restructuring includes cutting 900 jobs", "the plan, which involves closing
    // two plants": what a measure holds is its own cut.
    if k > lo && toks[k - 1].is_any(HOLDING_VERBS) {
        k -= 1;
        while k > lo && toks[k - 1].is_any(PASSIVE_AUX) {
            k -= 1;
        }
        if k >= lo + 2 && toks[k - 1].is("which") && toks[k - 2].text == "," {
            k -= 2;
        }
    }
    // "The cuts, first reported by Bloomberg on Tuesday, affect about 600 employees": an
    // aside set off by commas after the measure stands between it and its verb.
    if k > lo && toks[k - 1].text == "," {
        if let Some(open) = (lo..k - 1).rev().take(12).find(|&j| toks[j].text == ",") {
            k = open;
        }
    }
    if !(k >= lo + 2 && k <= hit.first && super::vetoes::is_measure(&toks[k - 1])) {
        return false;
    }
    // The determiner, past up to three words that describe the measure in lower case or
    // date it: "a previous savings programme", "its 2023 restructuring", "the first
    // cost-cutting plan". (A near miss: "Rivals' restructuring cut 1,000 jobs" has no
    // determiner; "a restructuring at rivals" puts the rivals between.)
    // (Words that make it another's measure end the search: "A separate restructuring",
    // "a similar programme", "the state-led overhaul".)
    let mut d = k - 2;
    for _ in 0..3 {
        let t = &toks[d];
        let describes = t.kind == TokKind::Word
            && crate::orgs::starts_lower(t.text)
            && !t.is_any(MEASURE_DETERMINERS)
            && !t.is_any(&[
                "separate",
                "similar",
                "rival",
                "other",
                "another",
                "led",
                "government",
                "state",
                "national",
                "industry",
                "sector",
            ])
            || t.kind == TokKind::Number
            || t.text == "-" && !t.ws_before;
        if !describes || d == lo {
            break;
        }
        d -= 1;
    }
    toks[d].is_any(MEASURE_DETERMINERS) && (d == k - 2 || !toks[d].is_any(&["these", "those"]))
}

/// Determiners of a measure in view: "the restructuring", "a previous programme", "its
/// 2023 overhaul".
const MEASURE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "a", "an", "its", "their",
];

/// Whether the words from `k` are staff: a job noun, after a figure or a word in lower
/// case ("12,000 employees", "remaining staff", "employees").
fn owns_staff(toks: &[Token], k: usize) -> bool {
    toks.iter()
        .skip(k)
        .take(3)
        .take_while(|t| t.kind == TokKind::Number || t.kind == TokKind::Word && !t.is_capitalized())
        .any(is_job_noun)
}

/// Nouns that end a description put before a company's name: "at VR games developer
/// Archiact", "at UK retailer Wilko", "at Chinese tech giant Alibaba".
pub(super) const DESCRIBED_HEADS: &[&str] = &[
    "developer",
    "studio",
    "publisher",
    "maker",
    "company",
    "firm",
    "startup",
    "giant",
    "retailer",
    "chain",
    "bank",
    "lender",
    "insurer",
    "provider",
    "operator",
    "carrier",
    "airline",
    "manufacturer",
    "automaker",
    "carmaker",
    "chipmaker",
    "supplier",
    "group",
    "conglomerate",
    "platform",
    "fintech",
    "unicorn",
];

/// The organisation a preposition at `at` ("at", "from") governs: the name right after
/// it, or the name after a description of it ("at VR games developer Archiact", where
/// "VR" only describes), past "the" ("at the Boston Globe"). A near miss: "layoffs at
/// Acme, the games developer" keeps Acme.
fn described_object<'o>(
    toks: &[Token],
    orgs: &'o [OrgMention],
    at: usize,
) -> Option<&'o OrgMention> {
    let starting = |k: usize| orgs.iter().find(|o| o.first == k);
    let described = (at + 2..(at + 6).min(toks.len()))
        .take_while(|&k| toks[k - 1].kind == TokKind::Word || toks[k - 1].text == "-")
        .find(|&k| {
            let head = &toks[k - 1];
            head.is_any(DESCRIBED_HEADS) && !head.is_capitalized() && starting(k).is_some()
        });
    // "layoffs at the Boston Globe": past the article too, unless the name is a site's
    // ("at the Dalzell plate rolling works", "at the Beatrix West and Cooke Operations").
    let article = toks.get(at + 1).is_some_and(|t| t.is("the"));
    let named_site = |o: &OrgMention| {
        toks[o.first..]
            .iter()
            .take(o.last - o.first + 7)
            .take_while(|t| {
                // (A comma ends it: "the Boston Globe, whose printing plant ...".)
                t.kind == TokKind::Word && !t.is_any(SITE_NAME_ENDS) || t.is_any(&["&", "-"])
            })
            .any(|t| t.is_in(site_nouns()))
    };
    // "at the Linwood site of Caldera Foods": the owner after the site's "of"; "at the
    // Caldera Foods plant": a name with a firm's head word before the site is the firm's.
    // (A near miss: "at the Dalzell plate rolling works" names the site by its place.)
    // The name after a site noun's "of" ("site of Caldera Foods", "plant of the X").
    let owner_after = |noun: usize| {
        if !toks.get(noun + 1).is_some_and(|t| t.is("of")) {
            return None;
        }
        starting(noun + 2 + usize::from(toks.get(noun + 2).is_some_and(|t| t.is("the"))))
    };
    let site_owner = |o: &'o OrgMention| -> Option<&'o OrgMention> {
        let noun = (o.last + 1..(o.last + 4).min(toks.len()))
            .take_while(|&k| toks[k].kind == TokKind::Word && !toks[k].is_capitalized())
            .find(|&k| toks[k].is_in(site_nouns()))?;
        if toks.get(noun + 1).is_some_and(|t| t.is("of")) {
            return owner_after(noun);
        }
        orgs::is_firm_head(&toks[o.last]).then_some(o)
    };
    // (With a place the text does not take for a name: "at the Linwood site of X".)
    let site_of = || {
        let noun = (at + 3..(at + 6).min(toks.len()))
            .take_while(|&k| toks[k - 1].kind == TokKind::Word)
            .find(|&k| toks[k].is_in(site_nouns()))?;
        owner_after(noun)
    };
    // (Only when no name before it may be the subject: in "Magna will cut 300 jobs at the
    // General Motors plant", the plant's owner is not the employer.)
    let subject_before = orgs.iter().any(|o| o.last < at && !o.cited);
    described.and_then(starting).or_else(|| {
        if article {
            match starting(at + 2) {
                Some(o) if named_site(o) => site_owner(o).filter(|_| !subject_before),
                Some(o) => Some(o),
                None => site_of().filter(|_| !subject_before),
            }
        } else {
            starting(at + 1)
        }
    })
}

/// Words that end the run of a site's name and its nouns: "the Boston Globe in Boston"
/// names no site.
const SITE_NAME_ENDS: &[&str] = &[
    "in", "at", "on", "for", "of", "by", "to", "from", "with", "was", "were", "is", "are", "has",
    "have", "had", "will", "said", "after", "as", "this", "last", "next",
];

/// Whether the name `p` owns the name `o` right after it: "Initech's Maumee plant", and
/// a plural's bare apostrophe, "Ardent Motors' Maumee plant". (A near miss: "Ardent
/// Motors 'Maumee' plant" quotes a name, with a space before the quote mark.)
fn owns_by_possessive(toks: &[Token], p: &OrgMention, o: &OrgMention) -> bool {
    p.possessive && p.last + 3 == o.first
        || p.last + 2 == o.first
            && toks[p.last].text.ends_with('s')
            && toks[p.last + 1].is_glued_apostrophe()
}

/// A name that only names a site of the employer: its owner before it ("its", "their",
/// or a possessive name) and a site noun after a few lower-case words. "shutter its
/// Ruston area glass plant", "DS Smith's Derbyshire packaging factory", "close its
/// Newlands underground coal mine". A near miss: "its AWS division" is a unit, which
/// `unit_employer` makes the employer.
fn site_name(toks: &[Token], orgs: &[OrgMention], o: &OrgMention) -> bool {
    // "the Clay Cross site": a site noun right after the name names the place too, and so
    // does a listed place before one ("closure of Scunthorpe plant's blast furnaces").
    let site_after = toks.get(o.last + 1).is_some_and(|t| t.is_in(site_nouns()));
    // "Cork pharma firm to cut 90 jobs": a listed place describing the firm.
    let firm_after = toks[o.last + 1..(o.last + 4).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
        .any(|t| {
            t.is_any(&[
                "firm",
                "company",
                "maker",
                "manufacturer",
                "giant",
                "employer",
                "startup",
            ])
        });
    // (Unless the site's town follows it: in "at the Corbell Glass plant in Rossford"
    // the name before the plant is its owner's. Near misses: "the Kokomo plant" names a
    // listed place, and in "the Lordstown plant in Ohio" a state follows, so the name
    // before is the town.)
    let placed_after = toks
        .get(o.last + 2)
        .is_some_and(|t| t.is_any(&["in", "near"]))
        && toks
            .get(o.last + 3)
            .is_some_and(|t| t.is_capitalized() && !crate::places::is_above_a_town(t.text));
    let the_site = site_after
        && (o.first > 0 && toks[o.first - 1].is("the") && !placed_after
            || crate::places::is_listed(&o.name))
        || firm_after && crate::places::is_listed_even_as_word(&o.name);
    let owned = o.first > 0
        && (toks[o.first - 1].is_any(&["its", "their", "our"])
            || orgs.iter().any(|p| owns_by_possessive(toks, p, o)));
    the_site
        || closed_by_a_firm(toks, orgs, o)
        || owned
            && toks[o.last + 1..(o.last + 5).min(toks.len())]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
                .any(|t| t.is_in(site_nouns()))
}

/// "Globex will close Riverside next year, eliminating 300 jobs", "Alpha preps to close
/// Emerald": a name that a closing verb takes for its object, after a firm named before
/// the verb in the sentence, is the firm's site (a mine, a plant, a store). (Near misses:
/// "The slump may close Initech" names no firm before the verb; "Globex and Initech
/// closed" gives the verb no object.)
fn closed_by_a_firm(toks: &[Token], orgs: &[OrgMention], o: &OrgMention) -> bool {
    // (In one clause, and no deal that closed: "after the deal closed Initech cut 300
    // jobs" names Initech as the subject of its own cut.)
    o.first > 1
        && toks[o.first - 1].is_any(CLOSING_VERBS)
        && !toks[o.first - 2].is_any(crate::triggers::DEALS)
        && orgs.iter().any(|p| {
            !p.cited
                && p.last + 1 < o.first
                && !std::ptr::eq(p, o)
                && !toks[p.last + 1..o.first].iter().any(|t| t.text == ";")
        })
}

/// The verbs whose object is a site that closes: "to close Emerald", "shuts Riverside".
const CLOSING_VERBS: &[&str] = &[
    "close",
    "closes",
    "closing",
    "closed",
    "shut",
    "shuts",
    "shutting",
    "shutter",
    "shutters",
    "shuttering",
    "shuttered",
    "idle",
    "idles",
    "idling",
    "idled",
];

/// Words between a unit that is the subject and its cut: "will", "has already", "is to".
const CUT_AUXILIARIES_BEFORE: &[&str] = &[
    "will", "would", "is", "was", "has", "had", "have", "to", "set", "plans", "also", "already",
    "now", "recently", "could", "may",
];

/// "Amazon has laid off ... from its AWS division": the named unit is the employer and the
/// subject its parent.
pub(super) fn unit_employer(
    c: Company,
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    hi: usize,
    state: &State,
) -> Company {
    // "Hundreds of Workers in AWS", "employees at Instagram". After "in" (or "at"), a name is more
    // often a town than a unit, and no list holds every town: the name must read as a
    // firm's, an acronym of three letters or more ("AWS"), a name that ends in a firm's
    // head word ("in Amazon Web Services") or one the text has named a firm's short form.
    // (Near misses: "300 workers in Winston-Salem", a listed town however small; "200
    // jobs in Lismore", "in Port Talbot", "in WA", towns and states it need not list.)
    let firm_shaped = |o: &OrgMention| {
        let acronym = o.first == o.last && {
            let w = toks[o.first].text;
            w.len() >= 3 && w.bytes().all(|b| b.is_ascii_uppercase())
        };
        acronym || crate::orgs::is_firm_head(&toks[o.last]) || state.canonical(o).name != o.name
    };
    let staff_in = |o: &OrgMention| {
        o.first >= 2
            && toks[o.first - 1].is_any(&["in", "at", "within"])
            && is_job_noun(&toks[o.first - 2])
            && !(toks[o.first - 1].is("in")
                && (crate::places::is_listed(&o.name) || !firm_shaped(o)))
            // ("cut 150 roles at Coventry": after "at" too, a listed place that does not
            // read as a firm's name is a site. Near miss: "employees at Instagram".)
            && !(toks[o.first - 1].is("at")
                && crate::places::is_listed(&o.name)
                && !firm_shaped(o))
    };
    let unit = orgs
        .iter()
        .find(|o| o.first > hit.last && o.last < hi && !o.cited && staff_in(o))
        .or_else(|| {
            orgs.iter().find(|o| {
                o.first > hit.last
                    && o.last < hi
                    && o.first >= 2
                    && toks[o.first - 1].is_any(&["its", "the"])
                    && toks[o.first - 2].is_any(&["from", "at", "in", "within", "across"])
                    && toks.get(o.last + 1).is_some_and(|t| {
                        t.is_any(&[
                            "division",
                            "unit",
                            "arm",
                            "subsidiary",
                            "business",
                            "segment",
                        ])
                    })
            })
        });
    match unit {
        Some(o) if o.name != c.name && !in_a_breakdown(toks, hit.last + 1, o.first) => {
            let mut u = state.canonical(o);
            u.parent = Some(c.name);
            u
        }
        _ => c,
    }
}

/// Whether `toks[from..at]` opens a breakdown of the cuts
/// ([`super::clause::opens_breakdown`]): "laid off 300 people, including 40 at its Globex
/// subsidiary", "among them 40 employees at Globex". A part the
/// breakdown names is no employer of the whole. (A near miss: "laid off 300 people at its
/// Globex subsidiary" names the employer.)
fn in_a_breakdown(toks: &[Token], from: usize, at: usize) -> bool {
    (from.min(at)..at).any(|i| super::clause::opens_breakdown(toks, i))
}

/// "the cloud computing wing of Amazon", "a unit of Y", "Y-owned": the parent.
fn with_parent(mut c: Company, toks: &[Token], orgs: &[OrgMention], o: &OrgMention) -> Company {
    // The description ends at a figure or a verb of cuts: in "Starbucks announced 12,000
    // job cuts, Verizon's wireless unit 10,000", the unit is another item's.
    let end = (o.last + 1..(o.last + 12).min(toks.len()))
        .find(|&k| toks[k].kind == TokKind::Number || triggers::is_cut_verb(&toks[k]))
        .unwrap_or((o.last + 12).min(toks.len()));
    let window = &toks[o.last + 1..end];
    // ("owned by" only right after the name's comma: not "formerly owned by", "whose
    // plant is owned by"; "a wholly owned subsidiary of" reads on to "subsidiary".)
    if let Some(k) = window.iter().enumerate().position(|(k, t)| {
        t.is_any(&["wing", "arm", "unit", "subsidiary", "division", "parent"])
            || t.is("owned")
                && k == 1
                && window[0].text == ","
                && window.get(2).is_some_and(|n| n.is("by"))
    }) {
        let at = o.last + 1 + k;
        if toks[at].is("parent") {
            return c;
        }
        // "the cloud computing wing of Amazon" or "Amazon’s cloud-computing division";
        // "owned by ASX-listed Tasman", "the chip unit of US-based Northfield" (a
        // compound's hyphen may stand between).
        let of_parent = orgs.iter().find(|p| {
            p.first > at + 1
                && p.first <= at + 5
                && (toks[at + 1].is("of") || toks[at].is("owned") && toks[at + 1].is("by"))
                && !toks[at + 2..p.first]
                    .iter()
                    .any(|t| t.kind == TokKind::Punct && t.text != "-")
        });
        let possessor = orgs
            .iter()
            .find(|p| p.possessive && p.first > o.last && p.last < at && at - p.last <= 8);
        if let Some(p) = of_parent.or(possessor) {
            if p.name != c.name {
                c.parent = Some(p.name.clone());
            }
        }
    }
    c
}

/// Other companies coordinated with the subject: "Netflix, Spotify, Coinbase and Shopify".
pub(super) fn coordinated(
    toks: &[Token],
    orgs: &[OrgMention],
    subj: &Company,
    hit: &TriggerHit,
) -> Vec<Company> {
    if !subj.explicit {
        return Vec::new();
    }
    // The subject's mention is the one nearest before the trigger, where the name comes
    // twice: "Globex and Initech said they would shed staff, with Globex eliminating 300
    // roles and Initech cutting 10%" lists the two for "shed", not for "eliminating".
    // (With no mention before the trigger, the first after it: "layoffs at Globex".)
    let named = |o: &&OrgMention| o.name == subj.name || subj.aliases.contains(&o.name);
    let Some(k) = (orgs.iter().rposition(|o| named(&o) && o.last < hit.first))
        .or_else(|| orgs.iter().position(|o| named(&o)))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Walk left from the subject while orgs are separated by "," or "and".
    let mut i = k;
    while i > 0 {
        // "the Sun Sentinel of Fort Lauderdale, the Columbus Dispatch and ...": a listed
        // place after "of" qualifies the name before it, which is the member.
        if i >= 2 && place_after_of(toks, &orgs[i - 2], &orgs[i - 1]) {
            let (a, b) = (&orgs[i - 2], &orgs[i]);
            let gap = &toks[orgs[i - 1].last + 1..b.first];
            let linked = list_gap(gap);
            if linked && !a.cited && !fronted(toks, a, gap) {
                out.push(member(a));
                i -= 2;
                continue;
            }
            break;
        }
        let (a, b) = (&orgs[i - 1], &orgs[i]);
        let gap = &toks[a.last + 1..b.first];
        let gap = &gap[figure_in_brackets(gap)..];
        // "Coinbase, Shopify and most recently payments company Stripe": commas and "and",
        // with at most a short lower-case description before the last name.
        let linked = gap
            .first()
            .is_some_and(|t| t.text == "," || t.is("and") || t.is("or"));
        // (The article of a name is no part of it: "Gannett, and The Washington Post".)
        // A description that ends in a preposition places the name before in the one
        // after, no list: "Smith, chief executive of Acme Corp".
        let described = gap.len() <= 6
            && gap.iter().all(|t| {
                t.text == ","
                    || t.is("the")
                    || (t.kind == TokKind::Word && t.text.starts_with(|c: char| c.is_lowercase()))
            })
            && !gap
                .last()
                .is_some_and(|t| t.is_any(&["of", "at", "for", "from", "with"]));
        // A cited source is no member of the list: "As per the data firm FactSet,
        // BuzzFeed has 1,522 employees". Nor is a place in front of the clause: "At
        // Globex, Initech will cut 50 jobs" (a near miss: "Globex, Initech and Umbrella
        // will cut" lists three).
        let fronted = gap.first().is_some_and(|t| t.text == ",") && fronted(toks, a, gap);
        if linked
            && !a.cited
            && !fronted
            && (described
                || gap
                    .iter()
                    .all(|t| t.text == "," || t.is("and") || t.is("or") || t.is("the")))
        {
            out.push(member(a));
            i -= 1;
        } else {
            break;
        }
    }
    // "Hundreds of jobs will go at Initech and Globex", "layoffs at Initech, Globex and
    // Hooli": a list after "at" names every place of the cuts, so the walk goes right too.
    // (A near miss: "Initech will cut 300 jobs, Globex and Hooli said" puts the subject
    // before no "at".)
    let at = |o: &OrgMention| {
        let before = &toks[..o.first];
        match before {
            [.., a, the] if the.is("the") => a.is_any(&["at", "across"]),
            [.., a] => a.is_any(&["at", "across"]),
            [] => false,
        }
    };
    // The list ends with "and" or "or" ("at Pixar, the Disney studio" is an apposition)
    // and no verb of reporting follows it ("at Globex, Hooli and Acme said" cites).
    // So does the walk when the subject opens a list of subjects whose verb follows it:
    // "the Sun Sentinel of Fort Lauderdale, the Columbus Dispatch and the Ann Arbor News
    // were the first ..." (a listed place after "of" is skipped).
    {
        let mut items: Vec<&OrgMention> = Vec::new();
        let mut closed = false;
        let mut from = k;
        while let (Some(a), Some(first)) = (orgs.get(from), orgs.get(from + 1)) {
            let mut b = first;
            let mut next = from + 1;
            if place_after_of(toks, a, b) {
                match orgs.get(next + 1) {
                    Some(c) => {
                        b = c;
                        next += 1;
                    }
                    None => break,
                }
            }
            let a_end = orgs[next - 1].last;
            let gap = &toks[a_end + 1..b.first];
            let linked = list_gap(gap);
            if !linked || b.cited || b.name == subj.name {
                break;
            }
            closed = gap.iter().any(|t| t.is_any(&["and", "or"]));
            items.push(b);
            from = next;
            if closed {
                break;
            }
        }
        let after_list = items
            .last()
            .and_then(|b| toks.get(b.last + 1 + figure_in_brackets(&toks[b.last + 1..])));
        let reports = after_list.is_some_and(|t| t.is_any_of(crate::orgs::reporting_verbs()));
        // Subjects whose verb follows: "were", "have", "all", a verb of cuts.
        let subjects = after_list.is_some_and(|t| {
            t.is_any(&["were", "are", "have", "had", "all", "both", "each", "also"])
                || crate::orgs::subject_verb(t)
        }) && orgs[k].last < hit.first;
        if closed && !reports && (at(&orgs[k]) || subjects) {
            out.extend(items.iter().map(|b| member(b)));
        }
    }
    out
}

/// How many tokens open `words` as a member's own figure in brackets, "(110 jobs)",
/// "(about 400)", "(400, on Wednesday)": a bracket whose first number (past a hedge)
/// counts staff or stands alone, closed within ten tokens; 0 if none. A list reads past
/// it to the next name. (Near misses: "(110 stores)" counts sites, "(2023)" is a year.)
pub(super) fn figure_in_brackets(words: &[Token]) -> usize {
    if words.first().is_none_or(|t| t.text != "(") {
        return 0;
    }
    let Some(close) = words
        .iter()
        .take(10)
        .position(|t| t.text == ")")
        .filter(|&c| !words[1..c].iter().any(|t| t.text == "("))
    else {
        return 0;
    };
    let mut k = 1;
    while k < close && words[k].is_any(crate::triggers::FIGURE_QUALIFIERS) {
        k += 1;
    }
    let counts_staff = words.get(k).is_some_and(Token::is_figure)
        && words
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, ")" | ",") || t.is_in(crate::triggers::job_nouns()));
    if counts_staff {
        close + 1
    } else {
        0
    }
}

/// The words between two names of a list: a comma, "and" or "or" first, and nothing but
/// those and "the" ("Globex, the Initech News and Hooli"), past the first name's figure
/// in brackets ("Ledger Group (110 jobs), Sunward Broadcasting (400) and ...").
fn list_gap(gap: &[Token]) -> bool {
    let gap = &gap[figure_in_brackets(gap)..];
    gap.first()
        .is_some_and(|t| t.text == "," || t.is_any(&["and", "or"]))
        && gap
            .iter()
            .all(|t| t.text == "," || t.is_any(&["and", "or", "the"]))
}

/// Whether `b` is a listed place right after `a` and "of" ("the Sun Sentinel of Fort
/// Lauderdale"): it qualifies `a`, no member of a list of its own.
fn place_after_of(toks: &[Token], a: &OrgMention, b: &OrgMention) -> bool {
    b.first > 0
        && toks[b.first - 1].is("of")
        && a.last + 2 == b.first
        && crate::places::is_listed(&b.name)
}

/// Whether `a`, before `gap` and the next name of a list, is a place in front of the
/// clause ("At Globex, Initech will cut 50 jobs"): a preposition governs it and no "and"
/// or "or" joins it to the list.
fn fronted(toks: &[Token], a: &OrgMention, gap: &[Token]) -> bool {
    !gap.iter().any(|t| t.is_any(&["and", "or"]))
        && a.first > 0
        && toks[a.first - 1].is_any(&["at", "in", "from", "for", "with"])
}

/// A member of a list, as its mention names it.
fn member(o: &OrgMention) -> Company {
    Company {
        name: o.name.clone(),
        aliases: Vec::new(),
        parent: None,
        explicit: true,
    }
}

/// Employers listed after the cuts when the sentence's subject names none: "Big names
/// that have shed staff this year include Coinbase, Peloton, Netflix and PayPal", "...
/// cut jobs, including Acme and Globex". A near miss: "cut jobs, including engineers".
pub(super) fn listed_after(
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    hi: usize,
) -> Vec<Company> {
    let Some(cue) = strikes(toks, hit, hi).or_else(|| {
        (hit.last + 1..hi).find(|&j| {
            toks[j].is_any(&["include", "includes", "including", "included", "like"])
                || toks[j].is("such") && toks.get(j + 1).is_some_and(|t| t.is("as"))
        })
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut prev = cue + usize::from(toks[cue].is("such"));
    for o in orgs.iter().filter(|o| o.last < hi && !o.cited) {
        if o.first <= prev {
            continue;
        }
        let gap = &toks[prev + 1..o.first];
        let linked = if out.is_empty() {
            gap.iter().all(|t| t.text == ":")
        } else {
            !gap.is_empty()
                && gap
                    .iter()
                    .all(|t| t.text == "," || t.is("and") || t.is("or"))
        };
        if !linked {
            break;
        }
        out.push(Company {
            name: o.name.clone(),
            aliases: Vec::new(),
            parent: None,
            explicit: true,
        });
        prev = o.last;
    }
    out
}

/// "Layoffs hit Initech", "A new round of job cuts has hit Google, Amazon and Microsoft",
/// "Redundancies rocked Globex": cuts (a noun trigger) that strike their employers, named
/// as the verb's objects. The verb's index, when a verb of striking follows the trigger
/// with at most auxiliaries between. A near miss: "Layoffs hit morale at Initech" strikes
/// no name (the object is a common word, and the name is left to "at").
///
/// Cuts that affect a named firm's part strike that firm, past an adverb of focus: "The
/// third round of layoffs mostly affected Meta's business departments", "The job cuts
/// impacted Globex's sales teams". (A near miss: "The layoffs affected morale across
/// Globex" names no owner of what they affect.)
pub(super) fn strikes(toks: &[Token], hit: &TriggerHit, hi: usize) -> Option<usize> {
    if TRIGGERS[hit.rule].form != Form::Noun {
        return None;
    }
    (hit.last + 1..hi.min(hit.last + 5))
        .take_while(|&j| toks[j].kind == TokKind::Word)
        .find(|&j| !toks[j].is_any(PASSIVE_AUX) && !toks[j].is_any(FOCUS_ADVERBS))
        .filter(|&j| {
            toks.get(j + 1).is_some_and(|n| n.is_capitalized())
                && (toks[j].is_any(&[
                    "hit", "hits", "struck", "strike", "strikes", "rock", "rocks", "rocked",
                    "roil", "roils", "roiled", "sweep", "sweeps", "swept",
                ]) || toks[j].is_any(&["affected", "affect", "affects", "impacted", "impact"])
                    && possessive_name_at(toks, j + 1))
        })
}

/// Adverbs of focus between cuts and the verb that says what they strike: "the layoffs
/// mostly hit".
const FOCUS_ADVERBS: &[&str] = &["mostly", "mainly", "largely", "primarily", "chiefly"];

/// Whether capitalised words from `k` end in a glued "'s": "Meta's", "Bank of America's"
/// is no such run past its "of".
fn possessive_name_at(toks: &[Token], k: usize) -> bool {
    let end = toks[k..]
        .iter()
        .position(|t| !(t.kind == TokKind::Word && t.is_capitalized()))
        .map_or(toks.len(), |p| k + p);
    end > k && crate::tokens::apostrophe_s(toks, end)
}

static_set!(anaphors, ANAPHORS);

/// "The provincial government said it received notice of 7,300 workers who lost their
/// jobs": a pronoun right after the "said" of a body that reports others' cuts (a
/// government, a regulator, a union) is that body, no company in view. (Near misses:
/// "The company said it would cut 300 jobs" is the company's; so is "The council said it
/// would cut 450 posts" when the council is the company in view, as councils employ.)
fn spoken_by_a_body(toks: &[Token], lo: usize, a: usize) -> bool {
    a > lo + 1
        && toks[a].is_any(&["it", "its", "they", "their"])
        && toks[a - 1].is_any(&["said", "says", "stated", "reported", "announced"])
        && toks[lo..a - 1].iter().any(|t| {
            t.is_any(&[
                "government",
                "province",
                "ministry",
                "regulator",
                "commission",
                "union",
            ])
        })
}

/// The quotation around token `k`: the indexes of its opening and closing marks, `None`
/// for a mark outside the sentence (a quote that began sentences before, or runs on).
/// `None` when `k` is outside every quote.
fn quote_around(toks: &[Token], k: usize) -> Option<(Option<usize>, Option<usize>)> {
    let closes = |t: &Token| matches!(t.text, "”" | "\"");
    let mut open: Option<usize> = None;
    for (i, t) in toks[..k].iter().enumerate() {
        match t.text {
            "“" => open = Some(i),
            "”" => open = None,
            "\"" => open = if open.is_some() { None } else { Some(i) },
            _ => {}
        }
    }
    let close = toks[k + 1..].iter().position(closes).map(|c| k + 1 + c);
    // A curly closing mark with no mark before `k`: the quote began before the sentence.
    // (A straight mark after `k` may open a quote as well as close one.)
    let began_before = close.is_some_and(|c| toks[c].text == "”")
        && !toks[..k].iter().any(|t| closes(t) || t.text == "“");
    (open.is_some() || began_before).then_some((open, close))
}

/// The firm that speaks a quotation holding token `k` (a "we" or "our"): a name outside
/// the quote, in the same sentence, the nearest to it. "“We are cutting 200 jobs,” Acme
/// Corp said", "“... ,” said John Smith, Acme's chief executive", "Smith, the chief
/// executive of Acme Corp, said: “We are cutting 200 jobs.”" A source cited or told is
/// no speaker ("“We are cutting 200 jobs,” Smith told Reuters"), and a quote with no name
/// outside it has none (a near miss: "“We are cutting 200 jobs,” said Jane Doe"). As
/// with [`sayer_after`], a lone word may be a person's surname ("“...,” Smith said"): it
/// speaks for a firm only as the company in view, a possessive ("Acme's chief executive"),
/// after "of", "at" or "for" ("a spokeswoman for Acme") or before its officer's role and
/// name ("“...,” Acme chief executive Jane Doe wrote").
fn quote_speaker<'o>(
    toks: &[Token],
    orgs: &'o [OrgMention],
    k: usize,
    state: &State,
) -> Option<&'o OrgMention> {
    let (open, close) = quote_around(toks, k)?;
    let before = |o: &OrgMention| open.is_some_and(|q| o.last < q);
    // After the quote, the attribution, not a clause a conjunction opens: "... ,” and
    // Globex said it would hire".
    let after = |o: &OrgMention| {
        close.is_some_and(|q| {
            o.first > q
                && !toks[q + 1..o.first]
                    .iter()
                    .any(|t| t.is_any(&["and", "but", "while", "whereas"]))
        })
    };
    let firm = |o: &OrgMention| {
        o.last > o.first
            || o.possessive
            || o.first > 0 && toks[o.first - 1].is_any(&["of", "at", "for"])
            || crate::orgs::officer_follows(toks, o.first, o.last)
            || state
                .current
                .as_ref()
                .is_some_and(|c| c.name == state.canonical(o).name)
    };
    // A union, a public body or an office holder speaks for its members or voters, whose
    // "we" is no firm's: "“We will fight these job losses,” said Sharon Graham, general
    // secretary of Unite", "said Ohio Senator Sherrod Brown".
    // (A name of workers is a union's too: "United Steelworkers", "United Auto Workers".)
    let speaks_for_others = |o: &OrgMention| {
        orgs::is_speaking_body(&o.name, &toks[o.first..=o.last]) || speaks_for_members(toks, o)
    };
    orgs.iter()
        .filter(|o| !o.cited && (before(o) || after(o)) && firm(o) && !speaks_for_others(o))
        .filter(|o| o.first == 0 || !toks[o.first - 1].is_any(&["told", "to", "according"]))
        .min_by_key(|o| {
            if before(o) {
                open.unwrap_or(0) - o.last
            } else {
                o.first - close.unwrap_or(0)
            }
        })
}

/// Whether a name found as a firm's is a union's, an office holder's ("Mayor Brendan
/// Fox") or a name of workers ("United Steelworkers"): who speaks for members or voters,
/// no employer, and not "the company" or "it" of the sentences after it.
pub(super) fn speaks_for_members(toks: &[Token], o: &OrgMention) -> bool {
    let words = &toks[o.first..=o.last];
    orgs::is_union(&o.name, words)
        || words
            .iter()
            .any(|t| t.is_any(OFFICE_HOLDERS) || t.text.to_ascii_lowercase().ends_with("workers"))
}

/// Titles of office holders that a name found as a firm's may carry: "Ohio Senator
/// Sherrod Brown", "Mayor Jane Doe".
const OFFICE_HOLDERS: &[&str] = &[
    "senator",
    "sen",
    "representative",
    "rep",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "minister",
    "councillor",
    "councilor",
    "mp",
    "mla",
    "mep",
    "premier",
];

/// Verbs by which a measure holds a cut: "The restructuring includes cutting 900 jobs".
const HOLDING_VERBS: &[&str] = &[
    "includes", "include", "included", "involves", "involve", "involved", "entails", "entail",
];

/// Auxiliaries between a passive subject and its verb: "would be", "will be", "are
/// being", "have been".
const PASSIVE_AUX: &[&str] = &[
    "be",
    "been",
    "being",
    "would",
    "will",
    "could",
    "may",
    "might",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "also",
    "now",
    "then",
    "eventually",
    "likely",
];

/// A counted job noun is the subject of a verb with no agent: "Around 3,000 jobs would be
/// eliminated in Germany", "225 positions will go at the plant", "Fewer than 150 people
/// will be laid off". The cuts are the employer in view's. A near miss: "Workers would
/// be laid off" counts nothing, and a count further back ("3,000 jobs, the union said,
/// would go") is left alone.
pub(super) fn counted_jobs_subject(toks: &[Token], hit: &TriggerHit, lo: usize) -> bool {
    // "225 jobs will go": the job noun opens the trigger itself.
    let noun = if is_job_noun(&toks[hit.first]) {
        hit.first
    } else {
        // "staff will all lose their jobs": a floating "all" too.
        let mut k = hit.first;
        while k > lo && (toks[k - 1].is_any(PASSIVE_AUX) || toks[k - 1].is("all")) {
            k -= 1;
        }
        if k < lo + 2 || !is_job_noun(&toks[k - 1]) {
            return false;
        }
        k - 1
    };
    // "More than 17 million workers were laid off or discharged": millions with no
    // employer named are a statistic of an economy, not one employer's round.
    let counted = &toks[lo..noun];
    // The figure before the noun's describing words, joined or not: "27,000 permanent
    // staff", "27,000 permanent and temporary staff".
    let describing = counted
        .iter()
        .rev()
        .take(4)
        .take_while(|t| t.is_any(super::vetoes::STAFF_KINDS))
        .count()
        .min(counted.len().saturating_sub(1));
    let counted = &counted[..counted.len() - describing];
    // A share of the staff counts them as well: "About 10 percent of staff will be laid
    // off", "between 1% and 5% of employees losing their jobs". (A near miss: "10 percent
    // of revenue will be cut" names no staff, and no trigger counts it.)
    let of_the = counted.len() - usize::from(counted.last().is_some_and(|t| t.is("the")));
    let share = of_the >= 3
        && counted[of_the - 1].is("of")
        && counted[of_the - 2].is_any(&["%", "percent", "cent", "pct"]);
    share
        || counted
            .iter()
            .rev()
            .take(2)
            .any(|t| t.kind == TokKind::Number)
            && !counted
                .iter()
                .rev()
                .take(2)
                .any(|t| t.is_any(&["million", "millions", "billion", "m", "mn"]))
}

/// The firm that says so after the cut, for a cut whose clause names no firm: "About
/// 120 workers will lose their jobs when the Kokomo plant closes in June, Globex said".
/// The sayer is the company in view, or a name of two words or more: a lone word may be
/// a person's surname ("..., MacGregor said in a statement"). (Near misses also: "...,
/// Reuters reported" and "..., a union said" cite a source, which `OrgMention::cited`
/// marks.) Nor does a sayer take the cuts of employers at large: "Employers announced
/// 45,000 job cuts in August, Challenger, Gray & Christmas said" reports a tally.
pub(super) fn sayer_after(
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    state: &State,
) -> Option<Company> {
    // (Sites are no employers at large: "Three stores will close and 120 workers will lose
    // their jobs, Globex said" is Globex's. The firms must be the sentence's subject: its
    // first words, no preposition or "other" before them. Near misses: "Due to pressure
    // from online retailers, 300 jobs will be lost ..., Globex said"; "Unlike other
    // carmakers, ...".)
    let subject_at = toks[..hit.first.min(3)].iter().position(|t| {
        t.kind == TokKind::Word && crate::orgs::kind_of_employer_plural(t.text, false)
    });
    if subject_at.is_some_and(|k| {
        !toks[..k]
            .iter()
            .any(|t| t.is_any(&["unlike", "like", "other", "from", "to", "than", "of", "due"]))
    }) {
        return None;
    }
    // "..., owner Western Ridge Minerals said", "..., mine operator Globex said": a word
    // for who owns the site may stand between the comma and the name. (A near miss:
    // "..., research firm Gartner said" cites an analyst.)
    let after_comma = |o: &OrgMention| {
        // (A former or a would-be owner is no employer: "its former owner X said".)
        let owner = toks[o.first - 1].is_any(&["owner", "operator", "parent", "employer"])
            && !toks[..o.first - 1].iter().rev().take(2).any(|t| {
                t.is_any(&[
                    "former",
                    "previous",
                    "prospective",
                    "potential",
                    "would-be",
                    "ex",
                ])
            });
        let lead = if owner {
            toks[..o.first - 1]
                .iter()
                .rev()
                .take(3)
                .position(|t| t.kind != TokKind::Word || t.is_capitalized())
                .map(|n| o.first - 2 - n)
        } else {
            Some(o.first - 1)
        };
        lead.is_some_and(|k| toks[k].text == ",")
    };
    let says = |t: &Token| t.is_any(&["said", "says", "announced", "confirmed"]);
    // (Or its officer says it: "..., Globex chief executive Ann Lee said", the role and the
    // name between the firm and the verb; the officer makes a lone word a firm's name.)
    let officer_says = |o: &OrgMention| {
        crate::orgs::officer_follows(toks, o.first, o.last)
            && toks[o.last + 2..]
                .iter()
                .take(5)
                .find(|t| !t.is_capitalized() && !t.is_any_of(crate::orgs::officer_roles()))
                .is_some_and(says)
    };
    orgs.iter()
        .filter(|o| !o.cited && o.first > hit.last && after_comma(o))
        .find_map(|o| {
            if toks.get(o.last + 1).is_some_and(says) {
                Some((o.last > o.first, state.canonical(o)))
            } else {
                officer_says(o).then(|| (true, state.canonical(o)))
            }
        })
        .filter(|(words, c)| *words || state.current.as_ref().is_some_and(|v| v.name == c.name))
        .map(|(_, c)| c)
}

/// "The closure of the Ford plant will cost 1,400 jobs", "The shutdown of the Globex
/// mill left 90 workers jobless": with no other employer, the name in "the closure of the
/// NAME plant" owns the site closed. (A near miss: "the closure of the Kokomo plant"
/// names a listed place, the site's own name, and no owner.)
pub(super) fn closed_site_owner(
    toks: &[Token],
    orgs: &[OrgMention],
    lo: usize,
    hi: usize,
    state: &State,
) -> Option<Company> {
    orgs.iter()
        .find(|o| {
            !o.cited
                && o.first >= lo + 3
                && o.last < hi
                && toks[o.first - 1].is("the")
                && toks[o.first - 2].is("of")
                && toks[o.first - 3].is_any(super::CLOSING_NOUNS)
                && toks.get(o.last + 1).is_some_and(|t| t.is_in(site_nouns()))
                && !crate::places::is_listed(&o.name)
        })
        .map(|o| state.canonical(o))
}

/// "Up to 200 jobs could be axed after it was revealed retail chain Tie Rack is preparing
/// to close its stores", "300 jobs will go as Northwind shuts its plant": a loss that names
/// no employer, followed in its sentence by the closing that says why, is the closing
/// employer's. A near miss: "200 jobs could go, and Northwind will close a plant" gives
/// no reason (no "after", "as", "when" or "because" between them).
pub(super) fn closing_employer(
    toks: &[Token],
    orgs: &[OrgMention],
    hits: &[TriggerHit],
    hit: &TriggerHit,
    state: &State,
) -> Option<Company> {
    let closing = hits
        .iter()
        .filter(|c| c.first > hit.last && TRIGGERS[c.rule].class == TrigClass::Closure)
        .min_by_key(|c| c.first)?;
    let between = &toks[hit.last + 1..closing.first];
    if between
        .iter()
        .any(|t| matches!(t.text, ";" | ":" | "." | "("))
    {
        return None;
    }
    let link = hit.last
        + 1
        + between
            .iter()
            .position(|t| t.is_any(&["after", "as", "when", "because"]))?;
    // (A site's own name is no employer: "when the Kokomo plant closes".)
    orgs.iter()
        .rfind(|o| {
            !o.cited && o.first > link && o.last < closing.first && !site_name(toks, orgs, o)
        })
        .map(|o| state.canonical(o))
}
