//! The update planner: what a write changes among stored events, as data.
//!
//! [`plan`] takes what a backend loaded (the events that may change, and the claims of
//! the company families or family parts a write touched, each with the event it belongs
//! to now) and returns [`Changes`]: events to insert or update, claims that move, ids
//! that stop being current and the event each now leads to, and the merge-log lines. It
//! is pure: every backend loads rows, calls it, and applies the result in one
//! transaction, so the rules of event identity live here once.
//!
//! The rules:
//! - An event is written only when its JSON changed; one whose id is new is `created`,
//!   and an id that comes back is current again (its alias is dropped).
//! - A claim is moved when its event or its join reason changed; a move to another event
//!   is logged as `joined`, with the reason.
//! - An id that stopped being current leads to the new event holding most of its claims
//!   (ties: the one holding its earliest claim, in canonical order), with a reason that
//!   says which of three things happened: an earlier report arrived, the event merged
//!   into another, or it was split. An id none of whose claims remain is `removed`.

use crate::model::{Event, StoredClaim};
use crate::reach::Reach;
use crate::{reconcile, resolve};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// What a write must re-resolve: families whole, and parts of others (the reaches of the
/// write's new or replaced claims, by family key). Backends fill it and load from it.
#[derive(Debug, Default)]
pub(crate) struct Touched {
    pub whole: BTreeSet<String>,
    pub parts: BTreeMap<String, Vec<Reach>>,
}

/// A claim's event now, and why it joined it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Membership {
    pub event: Option<String>,
    pub reason: Option<String>,
}

/// The claims of one company family (or of one self-contained part of it, see
/// [`crate::reach`]) as loaded, each beside its membership.
#[derive(Debug, Clone, Default)]
pub struct FamilyClaims {
    /// The family's key.
    pub key: String,
    pub claims: Vec<StoredClaim>,
    /// `was[i]` is the membership of `claims[i]`.
    pub was: Vec<Membership>,
}

/// An event to insert or update.
#[derive(Debug, Clone)]
pub struct EventWrite {
    pub id: String,
    /// The key of the family it belongs to.
    pub family_key: String,
    pub event: Event,
    /// The event JSON as stored.
    pub json: String,
    /// Whether the id is new (else the event is updated).
    pub created: bool,
}

/// A claim that moves to another event, or stays with another reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimMove {
    pub claim_id: i64,
    pub event_id: String,
    pub reason: String,
}

/// An id that stopped being current.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retired {
    pub id: String,
    /// The event it leads to now, with why; `None` when none of its claims remain.
    pub successor: Option<(String, String)>,
}

/// A line of the merge log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub event_id: String,
    pub claim_id: Option<i64>,
    pub action: &'static str,
    pub detail: String,
}

/// Everything one write changes among events, in the order a backend applies it:
/// `events`, then `claims`, then `retired`, then `log`.
#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub events: Vec<EventWrite>,
    pub claims: Vec<ClaimMove>,
    pub retired: Vec<Retired>,
    pub log: Vec<LogLine>,
}

impl Changes {
    pub fn created(&self) -> u64 {
        self.events.iter().filter(|e| e.created).count() as u64
    }

    pub fn updated(&self) -> u64 {
        self.events.iter().filter(|e| !e.created).count() as u64
    }

    pub fn superseded(&self) -> u64 {
        self.retired.len() as u64
    }
}

/// A claim's place in canonical order, owned (see `StoredClaim::canonical_key`).
type CanonicalKey = (bool, Option<chrono::NaiveDate>, String, u32);

fn to_json(event: &Event) -> String {
    serde_json::to_string(event).unwrap_or_else(|_| "{}".into())
}

/// Plans a write: `old` holds the stored JSON of every event any loaded claim belongs to
/// now (and of any other event of the loaded families that may stop being current);
/// `families` the claims to resolve. See the module docs for the rules.
pub fn plan(old: &BTreeMap<String, String>, families: &[FamilyClaims]) -> Changes {
    let mut changes = Changes::default();
    let mut new_event_of_claim: HashMap<i64, &str> = HashMap::new();
    let mut old_event_of_claim: HashMap<i64, Option<&str>> = HashMap::new();
    let mut old_members: HashMap<&str, Vec<(i64, CanonicalKey)>> = HashMap::new();
    let mut clusters = Vec::new();
    for fam in families {
        for (c, m) in fam.claims.iter().zip(&fam.was) {
            old_event_of_claim.insert(c.claim_id, m.event.as_deref());
            if let Some(e) = &m.event {
                let (undated, p, h, o) = c.canonical_key();
                old_members
                    .entry(e.as_str())
                    .or_default()
                    .push((c.claim_id, (undated, p, h.to_owned(), o)));
            }
        }
        for cluster in resolve(&fam.key, &fam.claims) {
            clusters.push((fam, cluster));
        }
    }
    for (fam, cluster) in &clusters {
        let members: Vec<&StoredClaim> = cluster.members.iter().map(|&i| &fam.claims[i]).collect();
        let event = reconcile(&cluster.id, &fam.key, &members);
        for (&i, reason) in cluster.members.iter().zip(&cluster.reasons) {
            let (c, was) = (&fam.claims[i], &fam.was[i]);
            new_event_of_claim.insert(c.claim_id, cluster.id.as_str());
            if was.event.as_deref() != Some(&cluster.id) || was.reason.as_deref() != Some(reason) {
                changes.claims.push(ClaimMove {
                    claim_id: c.claim_id,
                    event_id: cluster.id.clone(),
                    reason: reason.clone(),
                });
            }
        }
        let json = to_json(&event);
        if old.get(&cluster.id) == Some(&json) {
            continue;
        }
        let created = !old.contains_key(&cluster.id);
        if created {
            changes.log.push(LogLine {
                event_id: cluster.id.clone(),
                claim_id: None,
                action: "created",
                detail: format!(
                    "{} {} event for {}",
                    event.kind.as_str(),
                    cluster.id,
                    event.company
                ),
            });
        }
        changes.events.push(EventWrite {
            id: cluster.id.clone(),
            family_key: fam.key.clone(),
            event,
            json,
            created,
        });
    }
    for m in &changes.claims {
        let was = old_event_of_claim.get(&m.claim_id).copied().flatten();
        if was != Some(m.event_id.as_str()) {
            changes.log.push(LogLine {
                event_id: m.event_id.clone(),
                claim_id: Some(m.claim_id),
                action: "joined",
                detail: m.reason.clone(),
            });
        }
    }
    let new_ids: HashSet<&str> = clusters.iter().map(|(_, c)| c.id.as_str()).collect();
    for id in old.keys().filter(|id| !new_ids.contains(id.as_str())) {
        let mut members = old_members.remove(id.as_str()).unwrap_or_default();
        members.sort_by(|a, b| a.1.cmp(&b.1));
        let mut votes: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (rank, (claim, _)) in members.iter().enumerate() {
            if let Some(e) = new_event_of_claim.get(claim) {
                let v = votes.entry(e).or_insert((0, usize::MAX));
                v.0 += 1;
                v.1 = v.1.min(rank);
            }
        }
        let successor = votes
            .iter()
            .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
            .map(|(e, _)| e.to_string());
        let Some(successor) = successor else {
            changes.retired.push(Retired {
                id: id.clone(),
                successor: None,
            });
            changes.log.push(LogLine {
                event_id: id.clone(),
                claim_id: None,
                action: "removed",
                detail: "its claims are gone".into(),
            });
            continue;
        };
        let reason = if members.len() > 1 && votes.len() == 1 {
            format!(
                "{id} and its reports now belong to {successor}, whose earliest report came first"
            )
        } else if votes.len() > 1 {
            format!("{id} was split; most of its reports are in {successor}")
        } else {
            format!("{id} is now {successor}: an earlier report of the round arrived")
        };
        changes.log.push(LogLine {
            event_id: successor.clone(),
            claim_id: None,
            action: "superseded",
            detail: reason.clone(),
        });
        changes.retired.push(Retired {
            id: id.clone(),
            successor: Some((successor, reason)),
        });
    }
    changes
}
