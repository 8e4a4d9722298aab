-- headcount schema, version 6, for PostgreSQL (the same as ../0006_reach.sql): what a write needs to re-resolve only part of a company
-- family, and which rules read each document.
--
-- A claim's lane and reach (crates/store/src/reach.rs): the kinds it can share a round
-- with, and the days (as day numbers from 1 January of year 1) within which it can
-- change how its family resolves. A write loads the claims whose reach meets its new
-- claims', widening until closed, instead of the whole family. NULL lane: not computed
-- yet (a database from before version 6): the family is resolved whole, which fills it.
-- NULL reach with a lane: unbounded (the lane is resolved whole).
ALTER TABLE claims ADD COLUMN lane TEXT;
ALTER TABLE claims ADD COLUMN reach_lo BIGINT;
ALTER TABLE claims ADD COLUMN reach_hi BIGINT;
CREATE INDEX claims_reach ON claims(company_key, lane, reach_lo);

-- The extractor's rules version that read the document (headcount_extract::RULES_VERSION:
-- the crate version and a hash of its rule tables); its claims are that version's.
-- NULL: read before version 6. `headcount status` counts them; `headcount rebuild`
-- re-reads the documents of other versions.
ALTER TABLE documents ADD COLUMN rules TEXT;
CREATE INDEX documents_rules ON documents(rules);
