//! Reading runs on its own thread, a couple of batches ahead of the work on them, so that
//! parsing and extraction overlap while memory stays bounded by the channel's capacity.

use headcount_extract::{extract, Claim, Document};
use headcount_ingest::{documents_with, InputError, Source, SourceDoc, WebOptions};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

/// Batches of documents (or read errors) in input order, read by a background thread.
pub struct Batches {
    pub rx: Receiver<Vec<Result<SourceDoc, InputError>>>,
    /// Gives the walk's "files not read" messages when it ends.
    reader: JoinHandle<Vec<String>>,
}

impl Batches {
    /// Starts reading `paths` in batches of `size`, every file as `format` when one is given,
    /// URLs and pages fetched as `web` says.
    pub fn start(
        paths: &[PathBuf],
        size: usize,
        format: Option<&'static dyn Source>,
        web: &WebOptions,
    ) -> Batches {
        let (tx, rx) = std::sync::mpsc::sync_channel(2);
        let paths = paths.to_vec();
        let web = web.clone();
        let reader = std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(size);
            let mut docs = documents_with(&paths, format, &web);
            for item in docs.by_ref() {
                batch.push(item);
                if batch.len() == size
                    && tx
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(size)))
                        .is_err()
                {
                    return Vec::new();
                }
            }
            let _ = tx.send(batch);
            docs.unread_files()
        });
        Batches { rx, reader }
    }

    /// Stops the reader (it ends at its next send) and waits for it; returns what the
    /// walk found in folders and did not read (see `Documents::unread_files`).
    pub fn finish(self) -> Vec<String> {
        drop(self.rx);
        self.reader.join().unwrap_or_default()
    }
}

/// The claims of one read document: a table row's own claim, or what extraction finds
/// in an article.
pub fn claims_of(d: &SourceDoc) -> Vec<Claim> {
    if let Some(record) = &d.record {
        return vec![record.claim.clone()];
    }
    extract(&Document {
        text: &d.text,
        title: d.title.as_deref(),
        url: d.url.as_deref(),
        published: d.published,
    })
}
