//! Re-reading stored documents with other extractor rules: [`rebuild`] pages through the
//! documents [`Store::documents_to_reread`] lists, extracts their claims again with the
//! function it is given, and hands each batch to [`Store::replace_claims`], which swaps
//! the claims and brings the events they touch up to date in one transaction.
//!
//! Backend-neutral: it only calls the trait. Each batch is its own transaction, and a
//! document re-read carries the new rules version, so a rebuild that is killed resumes
//! where it stopped when run again (with `all`, it starts over: every document is due).

use crate::{Result, Store, StoredDocument, WriteReport};
use headcount_extract::{Claim, Document};

/// Documents per transaction.
pub const BATCH: usize = 500;

/// Which documents to re-read.
#[derive(Debug, Clone, Default)]
pub struct Options<'a> {
    /// Only documents with a claim in this company's family.
    pub company: Option<&'a str>,
    /// Every document whose text is kept, whatever rules read it.
    pub all: bool,
    /// Documents per transaction; [`BATCH`] when 0.
    pub batch: usize,
}

/// What a rebuild did so far.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Documents re-read.
    pub documents: u64,
    /// Their claims before and after.
    pub claims_before: u64,
    pub claims_after: u64,
    /// What the writes changed among events (`not_reread`: documents that went away
    /// between listing and writing).
    pub written: WriteReport,
}

impl Summary {
    fn add(&mut self, r: &WriteReport) {
        let w = &mut self.written;
        w.documents += r.documents;
        w.claims += r.claims;
        w.events_created += r.events_created;
        w.events_updated += r.events_updated;
        w.events_superseded += r.events_superseded;
        w.claims_moved += r.claims_moved;
        w.not_reread += r.not_reread;
    }
}

/// Re-reads the documents `options` selects that rules other than `rules` read (all of
/// them with `options.all`), with `extract`, recording `rules` as what read them;
/// `progress` hears the summary after each batch.
pub fn rebuild(
    store: &mut dyn Store,
    extract: &dyn Fn(&Document) -> Vec<Claim>,
    rules: &str,
    options: &Options,
    progress: &mut dyn FnMut(&Summary),
) -> Result<Summary> {
    let batch = if options.batch == 0 {
        BATCH
    } else {
        options.batch
    };
    let mut summary = Summary::default();
    let mut after: Option<String> = None;
    loop {
        let docs = store.documents_to_reread(
            rules,
            options.company,
            options.all,
            after.as_deref(),
            batch,
        )?;
        let Some(last) = docs.last() else {
            break;
        };
        after = Some(last.hash.clone());
        let read: Vec<(String, Vec<Claim>)> = docs
            .iter()
            .map(|d| (d.hash.clone(), extract(&document(d))))
            .collect();
        let report = store.replace_claims(&read, rules)?;
        summary.documents += report.documents;
        summary.claims_before += docs.iter().map(|d| d.claims).sum::<u64>();
        summary.claims_after += report.claims;
        summary.add(&report);
        progress(&summary);
    }
    Ok(summary)
}

/// What the extractor reads of a stored document.
pub fn document(d: &StoredDocument) -> Document<'_> {
    Document {
        text: &d.text,
        title: d.title.as_deref(),
        url: d.url.as_deref(),
        published: d.published,
    }
}
