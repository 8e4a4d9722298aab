-- headcount schema, version 3: the listing index.

-- Every column a listing prints, in listing order (newest first): `events --since/--until`
-- reads a contiguous run of this index and never visits the table. With 16 KiB pages an
-- entry, event JSON included, fits in the index page itself.
DROP INDEX events_dates;
CREATE INDEX events_listing ON events(date_earliest, date_latest, event_id, company, parent,
    kind, date_precision, headcount_min, headcount_max, percent, sources, json);
