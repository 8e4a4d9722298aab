-- headcount schema, version 3, for PostgreSQL (see ../0003_listing.sql): the listing order,
-- newest first. The event JSON stays out of the index (a B-tree entry is bounded).
DROP INDEX events_dates;
CREATE INDEX events_listing ON events(date_earliest DESC, date_latest DESC, event_id DESC);
