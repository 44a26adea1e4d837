-- signals module: signals from practice to policy, their domains, principles and evidence, colleagues'
-- endorsements (with the teams the endorser was in) and the public status changes of the answer loop.
-- People, organisations, circles, stories and koers versions live in other modules and are referred to by id.

CREATE TABLE signal_signal (
  id                        UUID PRIMARY KEY,
  title                     VARCHAR(200)   NOT NULL,
  description               VARCHAR(10000) NOT NULL,
  kind                      VARCHAR(30)    NOT NULL,
  raiser_id                 UUID           NOT NULL,
  raiser_organisation_id    UUID           NOT NULL,
  circle_id                 UUID,
  anonymous                 BOOLEAN        NOT NULL,
  answering_organisation_id UUID           NOT NULL,
  audience_kind             VARCHAR(20)    NOT NULL,
  audience_scope_id         UUID,
  audience_key              VARCHAR(60)    NOT NULL,
  status                    VARCHAR(20)    NOT NULL,
  raised_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  first_response_at         TIMESTAMP WITH TIME ZONE,
  decided_at                TIMESTAMP WITH TIME ZONE,
  adopted_version           INT,
  adopted_principle         VARCHAR(10),
  overdue_reminded_at       TIMESTAMP WITH TIME ZONE,
  hidden                    BOOLEAN        DEFAULT FALSE NOT NULL
);
CREATE INDEX signal_signal_visible_idx ON signal_signal (audience_key, raised_at);
CREATE INDEX signal_signal_answering_idx ON signal_signal (answering_organisation_id, status, raised_at);
CREATE INDEX signal_signal_raiser_idx ON signal_signal (raiser_id, raised_at);
CREATE INDEX signal_signal_adopted_idx ON signal_signal (answering_organisation_id, adopted_version);

CREATE TABLE signal_domain (
  signal_id UUID        NOT NULL REFERENCES signal_signal (id) ON DELETE CASCADE,
  domain    VARCHAR(20) NOT NULL,
  PRIMARY KEY (signal_id, domain)
);

-- Principles of the answering organisation's koers (codes stay the same across versions).
CREATE TABLE signal_principle (
  signal_id             UUID        NOT NULL REFERENCES signal_signal (id) ON DELETE CASCADE,
  koers_organisation_id UUID        NOT NULL,
  code                  VARCHAR(10) NOT NULL,
  position              INT         NOT NULL,
  PRIMARY KEY (signal_id, code)
);
CREATE INDEX signal_principle_code_idx ON signal_principle (koers_organisation_id, code);

CREATE TABLE signal_endorsement (
  id              UUID PRIMARY KEY,
  signal_id       UUID NOT NULL REFERENCES signal_signal (id) ON DELETE CASCADE,
  person_id       UUID NOT NULL,
  organisation_id UUID NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT signal_endorsement_once UNIQUE (signal_id, person_id)
);

-- The teams an endorser was in when they endorsed: the spread over teams.
CREATE TABLE signal_endorsement_team (
  endorsement_id UUID NOT NULL REFERENCES signal_endorsement (id) ON DELETE CASCADE,
  team_id        UUID NOT NULL,
  PRIMARY KEY (endorsement_id, team_id)
);

-- Evidence by kind and id (STORY now; SESSION summaries of learning circles later), added by the raiser or with
-- an endorsement. Each reader sees only the evidence they may see.
CREATE TABLE signal_evidence (
  id             UUID PRIMARY KEY,
  signal_id      UUID        NOT NULL REFERENCES signal_signal (id) ON DELETE CASCADE,
  kind           VARCHAR(20) NOT NULL,
  item_id        UUID        NOT NULL,
  added_by       UUID        NOT NULL,
  endorsement_id UUID REFERENCES signal_endorsement (id) ON DELETE CASCADE,
  added_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX signal_evidence_signal_idx ON signal_evidence (signal_id, added_at);
CREATE INDEX signal_evidence_item_idx ON signal_evidence (kind, item_id);

-- The official, public answer loop: every status change with its response text, who and when.
CREATE TABLE signal_status_change (
  id              UUID PRIMARY KEY,
  signal_id       UUID          NOT NULL REFERENCES signal_signal (id) ON DELETE CASCADE,
  from_status     VARCHAR(20)   NOT NULL,
  to_status       VARCHAR(20)   NOT NULL,
  response        VARCHAR(5000) NOT NULL,
  changed_by      UUID          NOT NULL,
  changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  koers_version   INT,
  principle_code  VARCHAR(10)
);
CREATE INDEX signal_status_change_signal_idx ON signal_status_change (signal_id, changed_at);
