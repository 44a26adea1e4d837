-- notifications module: in-app notifications, preferences, per-person mail state, a projection of planned
-- sessions (for reminders) and the durable mail outbox that every e-mail of Meesterschap goes through.
-- People, stories, responses and sessions are referred to by id only; they live in other modules.

-- One notification in a person's list. cause_key names what caused it (e.g. response:<id>), so a listener
-- that runs twice for the same event finds its row and does nothing.
CREATE TABLE notification_inbox (
  id            UUID PRIMARY KEY,
  recipient_id  UUID          NOT NULL,
  kind          VARCHAR(40)   NOT NULL,
  variant       VARCHAR(40),
  cause_key     VARCHAR(200)  NOT NULL,
  actor_id      UUID,
  subject_kind  VARCHAR(30),
  subject_id    UUID,
  item_kind     VARCHAR(30),
  item_id       UUID,
  title         VARCHAR(300)  NOT NULL,
  detail        VARCHAR(500),
  item_time     TIMESTAMP WITH TIME ZONE,
  url           VARCHAR(500)  NOT NULL,
  channel       VARCHAR(20)   NOT NULL,
  mail_state    VARCHAR(20)   NOT NULL,
  mail_id       UUID,
  subject_hidden BOOLEAN      NOT NULL DEFAULT FALSE,
  item_hidden   BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at       TIMESTAMP WITH TIME ZONE,
  CONSTRAINT notification_inbox_cause UNIQUE (recipient_id, cause_key)
);
CREATE INDEX notification_inbox_list_idx ON notification_inbox (recipient_id, created_at);
CREATE INDEX notification_inbox_unread_idx ON notification_inbox (recipient_id, read_at);
CREATE INDEX notification_inbox_subject_idx ON notification_inbox (subject_kind, subject_id);
CREATE INDEX notification_inbox_item_idx ON notification_inbox (item_kind, item_id);
CREATE INDEX notification_inbox_mail_idx ON notification_inbox (mail_state, recipient_id);

-- What a person chose per kind; a kind without a row uses its default.
CREATE TABLE notification_preference (
  person_id UUID        NOT NULL,
  kind      VARCHAR(40) NOT NULL,
  channel   VARCHAR(20) NOT NULL,
  PRIMARY KEY (person_id, kind)
);

-- Per person: when the last batched e-mail went out, and bounces. Delivery stops once
-- bounces reach the limit (stopped_at) until the person asks to try again or the address changes.
CREATE TABLE notification_mailbox (
  person_id      UUID PRIMARY KEY,
  last_mail_at   TIMESTAMP WITH TIME ZONE,
  bounces        INT NOT NULL DEFAULT 0,
  bounce_address VARCHAR(320),
  bounce_reason  VARCHAR(500),
  bounced_at     TIMESTAMP WITH TIME ZONE,
  stopped_at     TIMESTAMP WITH TIME ZONE
);

-- Planned sessions as the circles module announced them, for the reminder the day before: one row per
-- announcement (sequence), never updated by a later one, so announcements processed at the same time never
-- collide; the highest sequence of a session is what holds.
CREATE TABLE notification_session (
  session_id      UUID         NOT NULL,
  sequence_number INT          NOT NULL,
  circle_id       UUID         NOT NULL,
  circle_name     VARCHAR(300) NOT NULL,
  starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  cancelled       BOOLEAN      NOT NULL,
  announced_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  reminded        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (session_id, sequence_number)
);
CREATE INDEX notification_session_start_idx ON notification_session (starts_at);

CREATE TABLE notification_session_attendee (
  session_id      UUID NOT NULL,
  sequence_number INT  NOT NULL,
  person_id       UUID NOT NULL,
  PRIMARY KEY (session_id, sequence_number, person_id),
  FOREIGN KEY (session_id, sequence_number) REFERENCES notification_session (session_id, sequence_number) ON DELETE CASCADE
);

-- The secret that signs unsubscribe links (unless meesterschap.mail.signing-key is set); made once, shared by
-- every node.
CREATE TABLE notification_signing_key (
  id         INT PRIMARY KEY,
  secret     VARCHAR(200) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every e-mail, written in the same transaction as its cause and sent later by the sender job. The idempotency
-- key is unique per recipient, so queueing the same mail twice does nothing.
CREATE TABLE mail_outbox (
  id                        UUID PRIMARY KEY,
  recipient_id              UUID          NOT NULL,
  idempotency_key           VARCHAR(200)  NOT NULL,
  recipient_organisation_id UUID,
  recipient_name            VARCHAR(200),
  recipient_address         VARCHAR(320),
  subject                   VARCHAR(300)  NOT NULL,
  html_body                 VARCHAR(1000000) NOT NULL,
  text_body                 VARCHAR(1000000) NOT NULL,
  unsubscribe_target        VARCHAR(200),
  status                    VARCHAR(20)   NOT NULL,
  attempts                  INT           NOT NULL DEFAULT 0,
  next_attempt_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_until             TIMESTAMP WITH TIME ZONE,
  last_error                VARCHAR(1000),
  created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at                   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT mail_outbox_idempotency UNIQUE (recipient_id, idempotency_key)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_organisation_idx ON mail_outbox (recipient_organisation_id, created_at);
