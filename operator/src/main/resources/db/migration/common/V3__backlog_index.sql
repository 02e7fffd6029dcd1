-- The KPIs read what waits at each node every few seconds: find unfinished shipments without a full scan.
CREATE INDEX shipments_by_state ON shipments (state, node);
