-- Housekeeping (issue 22): the hourly pruning job deletes what no longer serves a purpose.
-- Keep in step with the other backend's migration of the same name.

-- Finds the outbox rows no delivery points at any more (and makes deleting an outbox row
-- cheap to check against its deliveries).
CREATE INDEX deliveries_outbox ON deliveries(outbox_id);

-- Finds the inbound activity ids old enough to forget.
CREATE INDEX inbox_seen_received ON inbox_seen(received_at);
