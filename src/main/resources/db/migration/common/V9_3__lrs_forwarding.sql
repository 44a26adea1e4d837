-- learning module: forwarding an organisation's statements to an external LRS (docs/adr/0009-embedded-lrs.md,
-- "Forwarding"). Optional, at most one target per organisation.

-- The target: its xAPI endpoint (the base URL, without /statements), HTTP Basic credentials and the version header
-- to send. The password is needed to call the target, so it cannot be hashed; it is never shown again after it is
-- saved. attempts, next_attempt_at and last_error are the state of the organisation's retry backoff.
CREATE TABLE learning_forwarding (
  organisation_id   UUID PRIMARY KEY,
  endpoint          VARCHAR(500)  NOT NULL,
  username          VARCHAR(255)  NOT NULL,
  password          VARCHAR(255)  NOT NULL,
  xapi_version      VARCHAR(10)   NOT NULL,
  enabled           BOOLEAN       NOT NULL,
  updated_by        UUID          NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts          INT           NOT NULL,
  next_attempt_at   TIMESTAMP WITH TIME ZONE,
  last_error        VARCHAR(1000),
  last_forwarded_at TIMESTAMP WITH TIME ZONE
);

-- The durable queue: one row per statement still to forward, written in the transaction that stores the statement
-- (so a statement is queued exactly once), deleted once the target accepted it. A statement the target refuses for
-- good (400, 409, 413, ...) stays with rejected_at and the target's answer, for the administrator to see.
CREATE TABLE learning_forward_queue (
  seq             BIGINT PRIMARY KEY REFERENCES learning_statement (seq) ON DELETE CASCADE,
  organisation_id UUID          NOT NULL,
  queued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  rejected_at     TIMESTAMP WITH TIME ZONE,
  rejection       VARCHAR(1000)
);
CREATE INDEX learning_forward_queue_org_idx ON learning_forward_queue (organisation_id, seq);
