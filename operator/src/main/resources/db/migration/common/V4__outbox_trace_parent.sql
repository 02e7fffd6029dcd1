-- The W3C traceparent of the work that wrote each outbox command (an intake request, a routing decision, a webhook),
-- so that whoever delivers the command later continues that trace. Null for commands written before it was kept.
ALTER TABLE outbox ADD COLUMN trace_parent VARCHAR(64);
