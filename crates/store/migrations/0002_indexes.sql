-- headcount schema, version 2: indexes a large database needs (1M documents, 100k events).

-- The old ids that lead to an event, by event: superseding an event re-points them, and
-- `show` lists them; without it both scanned every alias.
CREATE INDEX event_aliases_event ON event_aliases(event_id);

-- Date listings (`events --since/--until`) test both ends of each event's interval; with
-- both in the index they read only the rows they return.
DROP INDEX events_date;
CREATE INDEX events_dates ON events(date_earliest, date_latest);

-- The longest event interval, in O(log n): a listing `--since D` needs only the events
-- that start at most that long before D, so it reads a window of the date index, not all
-- of it.
CREATE INDEX events_span ON events(julianday(date_latest) - julianday(date_earliest));
