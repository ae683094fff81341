-- Keyset pagination (issue 13): each list reads the rows after its cursor's
-- sort key, and an index in the shape of the list's order lets that read
-- start at the cursor, so page 40 costs what page 1 does. Every index leads
-- with organisation_id, as every list is scoped to the caller's.

-- Productions, one per order the list offers (productions_org already serves
-- RECENT: created_at DESC, id). A descending order whose tie-breakers keep
-- their own direction gets its own index; TITLE descending reads the title
-- index backwards and sorts the rare equal titles incrementally.
CREATE INDEX productions_org_title ON productions (organisation_id, lower(title), created_at DESC, id);
-- DEADLINE: without a deadline, last in both directions; the list sorts on
-- the deadline with a sentinel in its place, a key never NULL.
CREATE INDEX productions_org_deadline ON productions (organisation_id, COALESCE(delivery_deadline, 'infinity'::date), created_at DESC, id);
CREATE INDEX productions_org_deadline_desc ON productions (organisation_id, COALESCE(delivery_deadline, '-infinity'::date) DESC, created_at DESC, id);
-- STATUS: the rank of the status in a production's life, then the title.
CREATE INDEX productions_org_status ON productions (organisation_id,
    array_position(ARRAY['PREPARATION','IN_POST','DELIVERED','CLOSED'], status::text), lower(title), created_at DESC, id);
CREATE INDEX productions_org_status_desc ON productions (organisation_id,
    array_position(ARRAY['PREPARATION','IN_POST','DELIVERED','CLOSED'], status::text) DESC, lower(title), created_at DESC, id);
-- CLIENT sorts on the client's name, in another table: no index can hold it;
-- the list reads every visible production on page 1 as on page 40.

CREATE INDEX clients_org_name ON clients (organisation_id, name, id);
CREATE INDEX technicians_org_name ON technicians (organisation_id, name, id);
CREATE INDEX bookings_org_start ON bookings (organisation_id, start_date, from_minute, id);
CREATE INDEX slips_org_recent ON slips (organisation_id, work_date DESC, start_at DESC, id) WHERE current;
-- deliveries_org_due (organisation_id, due_date) is this one's prefix.
CREATE INDEX deliveries_org_due_id ON deliveries (organisation_id, due_date, id);
DROP INDEX deliveries_org_due;
-- notifications_inbox (user_id, organisation_id, created_at DESC, id DESC)
-- already has the inbox's shape.
