-- conversation module: responses (threaded one level), reactions, dilemma rounds, flags and moderation.
-- Subjects (stories, later signals and sessions) are referred to by kind and id; they live in other modules.

CREATE TABLE conversation_response (
  id              UUID PRIMARY KEY,
  subject_kind    VARCHAR(30)  NOT NULL,
  subject_id      UUID         NOT NULL,
  parent_id       UUID REFERENCES conversation_response (id),
  author_id       UUID         NOT NULL,
  organisation_id UUID         NOT NULL,
  kind            VARCHAR(20),
  body            VARCHAR(20000) NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  helpful         BOOLEAN      NOT NULL DEFAULT FALSE,
  hidden_reason   VARCHAR(1000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  edited_at       TIMESTAMP WITH TIME ZONE,
  revision        INT          NOT NULL DEFAULT 0
);
CREATE INDEX conversation_response_subject_idx ON conversation_response (subject_kind, subject_id, created_at);
CREATE INDEX conversation_response_author_idx ON conversation_response (author_id, created_at);

-- Earlier texts of edited responses, for moderators.
CREATE TABLE conversation_response_revision (
  response_id UUID         NOT NULL REFERENCES conversation_response (id) ON DELETE CASCADE,
  revision    INT          NOT NULL,
  body        VARCHAR(20000) NOT NULL,
  replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (response_id, revision)
);

CREATE TABLE conversation_reaction (
  target_kind VARCHAR(30) NOT NULL,
  target_id   UUID        NOT NULL,
  person_id   UUID        NOT NULL,
  kind        VARCHAR(20) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (target_kind, target_id, person_id, kind)
);

CREATE TABLE conversation_dilemma (
  id               UUID PRIMARY KEY,
  subject_kind     VARCHAR(30)  NOT NULL,
  subject_id       UUID         NOT NULL,
  owner_id         UUID         NOT NULL,
  question         VARCHAR(2000) NOT NULL,
  hide_from_step   VARCHAR(40),
  owner_choice     INT          NOT NULL,
  owner_reasoning  VARCHAR(5000),
  opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at        TIMESTAMP WITH TIME ZONE,
  CONSTRAINT conversation_dilemma_subject_unique UNIQUE (subject_kind, subject_id)
);

CREATE TABLE conversation_dilemma_option (
  dilemma_id UUID          NOT NULL REFERENCES conversation_dilemma (id) ON DELETE CASCADE,
  position   INT           NOT NULL,
  label      VARCHAR(1000) NOT NULL,
  PRIMARY KEY (dilemma_id, position)
);

CREATE TABLE conversation_dilemma_answer (
  dilemma_id  UUID         NOT NULL REFERENCES conversation_dilemma (id) ON DELETE CASCADE,
  person_id   UUID         NOT NULL,
  choice      INT          NOT NULL,
  reasoning   VARCHAR(5000) NOT NULL,
  answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (dilemma_id, person_id)
);

CREATE TABLE conversation_flag (
  id              UUID PRIMARY KEY,
  target_kind     VARCHAR(30)  NOT NULL,
  target_id       UUID         NOT NULL,
  organisation_id UUID         NOT NULL,
  flagged_by      UUID         NOT NULL,
  reason          VARCHAR(20)  NOT NULL,
  note            VARCHAR(2000),
  status          VARCHAR(20)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_by      UUID,
  decided_at      TIMESTAMP WITH TIME ZONE,
  decision_note   VARCHAR(1000),
  CONSTRAINT conversation_flag_once UNIQUE (target_kind, target_id, flagged_by)
);
CREATE INDEX conversation_flag_queue_idx ON conversation_flag (organisation_id, status, created_at);

-- Hidden stories and other subjects (responses keep their state on their own row).
CREATE TABLE conversation_hidden_item (
  target_kind VARCHAR(30)   NOT NULL,
  target_id   UUID          NOT NULL,
  reason      VARCHAR(1000) NOT NULL,
  hidden_by   UUID          NOT NULL,
  hidden_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (target_kind, target_id)
);

CREATE TABLE conversation_moderation_log (
  id              UUID PRIMARY KEY,
  organisation_id UUID         NOT NULL,
  actor_id        UUID         NOT NULL,
  action          VARCHAR(30)  NOT NULL,
  target_kind     VARCHAR(30)  NOT NULL,
  target_id       UUID         NOT NULL,
  reason          VARCHAR(1000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_moderation_log_idx ON conversation_moderation_log (organisation_id, created_at);

-- Per organisation: hold responses of new accounts for a moderator first.
CREATE TABLE conversation_settings (
  organisation_id          UUID PRIMARY KEY,
  premoderate_new_accounts BOOLEAN NOT NULL,
  new_account_days         INT     NOT NULL
);
