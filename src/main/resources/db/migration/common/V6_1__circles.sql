-- circles module: learning circles, their members (with the accepted confidentiality agreement), methods as data,
-- sessions with roles, case, RSVPs, facilitation notes, the dilemma structure, insights, actions with their
-- follow-up, attendance and the summary shared outside the circle. Person, organisation, network and story ids
-- refer to other modules by id only, never by foreign key.

CREATE TABLE circles_circle (
  id                    UUID PRIMARY KEY,
  name                  VARCHAR(120)  NOT NULL,
  kind                  VARCHAR(30)   NOT NULL,
  description           VARCHAR(2000),
  owner_organisation_id UUID          NOT NULL,
  network_id            UUID,
  created_by            UUID          NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- An invited person (status INVITED) is not a member until they accept the agreement (ACTIVE).
CREATE TABLE circles_member (
  circle_id         UUID        NOT NULL REFERENCES circles_circle (id) ON DELETE CASCADE,
  person_id         UUID        NOT NULL,
  role              VARCHAR(20) NOT NULL,
  status            VARCHAR(20) NOT NULL,
  invited_by        UUID,
  invited_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_at       TIMESTAMP WITH TIME ZONE,
  agreement_version INT,
  PRIMARY KEY (circle_id, person_id)
);
CREATE INDEX circles_member_person_idx ON circles_member (person_id, status);

-- Methods: the standard ones (organisation_id NULL, seeded from circles/methods.json) and an organisation's own.
CREATE TABLE circles_method (
  id               UUID PRIMARY KEY,
  code             VARCHAR(40)   NOT NULL,
  organisation_id  UUID,
  kind             VARCHAR(30)   NOT NULL,
  name_nl          VARCHAR(120)  NOT NULL,
  name_en          VARCHAR(120)  NOT NULL,
  description_nl   VARCHAR(2000) NOT NULL,
  description_en   VARCHAR(2000) NOT NULL,
  source_ref       VARCHAR(300),
  min_participants INT           NOT NULL,
  max_participants INT           NOT NULL,
  created_by       UUID,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX circles_method_organisation_idx ON circles_method (organisation_id);

CREATE TABLE circles_method_step (
  method_id            UUID          NOT NULL REFERENCES circles_method (id) ON DELETE CASCADE,
  step_no              INT           NOT NULL,
  title_nl             VARCHAR(200)  NOT NULL,
  title_en             VARCHAR(200)  NOT NULL,
  instruction_nl       VARCHAR(2000) NOT NULL,
  instruction_en       VARCHAR(2000) NOT NULL,
  actor                VARCHAR(20)   NOT NULL,
  time_box_minutes     INT           NOT NULL,
  case_bringer_present BOOLEAN       NOT NULL,
  written              BOOLEAN       NOT NULL,
  part                 VARCHAR(20),
  PRIMARY KEY (method_id, step_no)
);

CREATE TABLE circles_session (
  id                      UUID PRIMARY KEY,
  circle_id               UUID         NOT NULL REFERENCES circles_circle (id) ON DELETE CASCADE,
  method_id               UUID         NOT NULL REFERENCES circles_method (id),
  title                   VARCHAR(200),
  starts_at               TIMESTAMP WITH TIME ZONE NOT NULL,
  ends_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
  place                   VARCHAR(200),
  online_url              VARCHAR(500),
  status                  VARCHAR(20)  NOT NULL,
  ics_sequence            INT          NOT NULL,
  reflection_kind         VARCHAR(40)  NOT NULL,
  facilitator_id          UUID,
  time_keeper_id          UUID,
  note_taker_id           UUID,
  case_bringer_id         UUID,
  current_step            INT,
  facilitation_started_at TIMESTAMP WITH TIME ZONE,
  closed_at               TIMESTAMP WITH TIME ZONE,
  created_by              UUID         NOT NULL,
  created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX circles_session_circle_idx ON circles_session (circle_id, starts_at);

-- The case the case bringer brings: one of their stories and/or a short text. Others see the text only once the
-- privacy guard found nothing in it (cleared).
CREATE TABLE circles_session_case (
  session_id UUID PRIMARY KEY REFERENCES circles_session (id) ON DELETE CASCADE,
  story_id   UUID,
  title      VARCHAR(200),
  body       VARCHAR(5000),
  cleared    BOOLEAN NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE circles_rsvp (
  session_id  UUID        NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  person_id   UUID        NOT NULL,
  answer      VARCHAR(10) NOT NULL,
  answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, person_id)
);

-- When each step of the method was (last) started in facilitation mode.
CREATE TABLE circles_step_log (
  session_id UUID NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  step_no    INT  NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, step_no)
);

CREATE TABLE circles_step_note (
  session_id UUID           NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  step_no    INT            NOT NULL,
  body       VARCHAR(10000) NOT NULL,
  updated_by UUID           NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, step_no)
);

CREATE TABLE circles_insight (
  id         UUID PRIMARY KEY,
  session_id UUID          NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  body       VARCHAR(1000) NOT NULL,
  created_by UUID          NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX circles_insight_session_idx ON circles_insight (session_id, created_at);

-- status is the latest follow-up: OPEN, DONE, NOT_DONE or CARRIED_OVER (still open).
CREATE TABLE circles_action (
  id          UUID PRIMARY KEY,
  circle_id   UUID         NOT NULL REFERENCES circles_circle (id) ON DELETE CASCADE,
  session_id  UUID         NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  description VARCHAR(500) NOT NULL,
  owner_id    UUID         NOT NULL,
  due_date    DATE,
  status      VARCHAR(20)  NOT NULL,
  created_by  UUID         NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX circles_action_circle_idx ON circles_action (circle_id, status);
CREATE INDEX circles_action_owner_idx ON circles_action (owner_id, status);

CREATE TABLE circles_action_follow_up (
  action_id   UUID        NOT NULL REFERENCES circles_action (id) ON DELETE CASCADE,
  session_id  UUID        NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  status      VARCHAR(20) NOT NULL,
  recorded_by UUID        NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (action_id, session_id)
);

CREATE TABLE circles_attendance (
  session_id  UUID        NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  person_id   UUID        NOT NULL,
  attended    BOOLEAN     NOT NULL,
  net_minutes INT         NOT NULL,
  role        VARCHAR(20) NOT NULL,
  recorded_by UUID        NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, person_id)
);

-- Moral case deliberation (dilemma method): the dilemma, perspectives, alternatives, weighings and conclusion.
CREATE TABLE circles_dilemma (
  session_id     UUID PRIMARY KEY REFERENCES circles_session (id) ON DELETE CASCADE,
  moral_question VARCHAR(1000),
  option_a       VARCHAR(2000),
  harm_a         VARCHAR(2000),
  option_b       VARCHAR(2000),
  harm_b         VARCHAR(2000),
  conclusion     VARCHAR(4000),
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE circles_dilemma_stakeholder (
  session_id  UUID          NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  position    INT           NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  values_text VARCHAR(1000),
  norms_text  VARCHAR(1000),
  PRIMARY KEY (session_id, position)
);

CREATE TABLE circles_dilemma_alternative (
  session_id UUID          NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  position   INT           NOT NULL,
  body       VARCHAR(1000) NOT NULL,
  PRIMARY KEY (session_id, position)
);

CREATE TABLE circles_dilemma_weighing (
  session_id     UUID NOT NULL REFERENCES circles_session (id) ON DELETE CASCADE,
  person_id      UUID NOT NULL,
  choice         VARCHAR(500),
  carrying_value VARCHAR(500),
  harm_accepted  VARCHAR(1000),
  harm_limited   VARCHAR(1000),
  needed         VARCHAR(1000),
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (session_id, person_id)
);

-- "What we share outside the circle": kept inside the circle until published (after the privacy guard).
CREATE TABLE circles_summary (
  session_id        UUID PRIMARY KEY REFERENCES circles_session (id) ON DELETE CASCADE,
  body              VARCHAR(5000) NOT NULL,
  audience_kind     VARCHAR(20),
  audience_scope_id UUID,
  audience_key      VARCHAR(60),
  published_by      UUID,
  published_at      TIMESTAMP WITH TIME ZONE,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX circles_summary_visible_idx ON circles_summary (audience_key, published_at);
