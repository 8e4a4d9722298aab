-- headcount schema, version 2, for PostgreSQL (see ../0002_indexes.sql). SQLite's index on
-- the length of event intervals has no counterpart: text dates cast to date are not
-- immutable, and the listing's lower bound it serves is an optimisation only.
CREATE INDEX event_aliases_event ON event_aliases(event_id);
DROP INDEX events_date;
CREATE INDEX events_dates ON events(date_earliest, date_latest);
