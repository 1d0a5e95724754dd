DROP INDEX inbox_seen_received;
DROP INDEX deliveries_outbox;
