-- learning module, portfolio: the professional's own learning goals, self-assessments, registration hours and
-- evidence. Only the person themselves ever reads these rows. person_id and the ids of sessions, circles and
-- responses refer to other modules by id only, never by foreign key. Registration norms and competency frameworks
-- are data files (learning/registers.json, learning/competencies/*.json), not tables.

-- The register the professional is in (SKJ, REGISTERPLEIN or NONE) and the start of their current period.
CREATE TABLE learning_portfolio_settings (
  person_id    UUID PRIMARY KEY,
  register     VARCHAR(30) NOT NULL,
  period_start DATE,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Registration hours. source SESSION: a learning-circle session attended (one row per person and session, from
-- circles.SessionAttended, only when it counts for registration); source EXTERNAL: added by hand.
CREATE TABLE learning_portfolio_activity (
  id               UUID PRIMARY KEY,
  person_id        UUID          NOT NULL,
  source           VARCHAR(20)   NOT NULL,
  session_id       UUID,
  circle_id        UUID,
  category         VARCHAR(20)   NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  provider         VARCHAR(200),
  accreditation_id VARCHAR(40),
  minutes          INT           NOT NULL,
  activity_date    DATE          NOT NULL,
  reflection_kind  VARCHAR(40),
  session_role     VARCHAR(20),
  certificate_note VARCHAR(500),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT learning_portfolio_activity_session_uq UNIQUE (person_id, session_id)
);
CREATE INDEX learning_portfolio_activity_person_idx ON learning_portfolio_activity (person_id, activity_date);

-- Learning goals, each linked to one competency of a framework (MOVISIE_7, WMO_10 or an organisation's own).
CREATE TABLE learning_portfolio_goal (
  id             UUID PRIMARY KEY,
  person_id      UUID          NOT NULL,
  framework      VARCHAR(60)   NOT NULL,
  competency     VARCHAR(40)   NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  description    VARCHAR(2000),
  status         VARCHAR(20)   NOT NULL,
  target_date    DATE,
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX learning_portfolio_goal_person_idx ON learning_portfolio_goal (person_id, created_at);

-- Self-assessment: a level from 1 (beginner) to 4 (expert) per competency on a date; the history is the chart.
CREATE TABLE learning_portfolio_assessment (
  id           UUID PRIMARY KEY,
  person_id    UUID          NOT NULL,
  framework    VARCHAR(60)   NOT NULL,
  competency   VARCHAR(40)   NOT NULL,
  level        INT           NOT NULL,
  note         VARCHAR(1000),
  assessed_on  DATE          NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX learning_portfolio_assessment_person_idx ON learning_portfolio_assessment (person_id, assessed_on);

-- Feedback as evidence, from conversation events: GIVEN (I responded to someone else's subject), RECEIVED (someone
-- responded to mine) and HELPFUL (the owner said my response helped them).
CREATE TABLE learning_portfolio_feedback (
  person_id     UUID         NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  response_id   UUID         NOT NULL,
  subject_kind  VARCHAR(40)  NOT NULL,
  subject_id    UUID         NOT NULL,
  other_id      UUID,
  at            TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (person_id, kind, response_id)
);
CREATE INDEX learning_portfolio_feedback_person_idx ON learning_portfolio_feedback (person_id, at);
