//! Reading runs on its own thread, a couple of batches ahead of the work on them, so that
//! parsing and extraction overlap while memory stays bounded by the channel's capacity.

use headcount_extract::{extract, Claim, Document};
use headcount_ingest::{documents, InputError, SourceDoc};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::thread::JoinHandle;

/// Batches of documents (or read errors) in input order, read by a background thread.
pub struct Batches {
    pub rx: Receiver<Vec<Result<SourceDoc, InputError>>>,
    reader: JoinHandle<()>,
}

impl Batches {
    /// Starts reading `paths` in batches of `size`.
    pub fn start(paths: &[PathBuf], size: usize) -> Batches {
        let (tx, rx) = std::sync::mpsc::sync_channel(2);
        let paths = paths.to_vec();
        let reader = std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(size);
            for item in documents(&paths) {
                batch.push(item);
                if batch.len() == size
                    && tx
                        .send(std::mem::replace(&mut batch, Vec::with_capacity(size)))
                        .is_err()
                {
                    return;
                }
            }
            let _ = tx.send(batch);
        });
        Batches { rx, reader }
    }

    /// Stops the reader (it ends at its next send) and waits for it.
    pub fn finish(self) {
        drop(self.rx);
        let _ = self.reader.join();
    }
}

/// The claims of one read document.
pub fn claims_of(d: &SourceDoc) -> Vec<Claim> {
    extract(&Document {
        text: &d.text,
        title: d.title.as_deref(),
        url: d.url.as_deref(),
        published: d.published,
    })
}
