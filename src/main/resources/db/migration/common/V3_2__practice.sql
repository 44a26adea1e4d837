-- practice module: practice stories with their reflection steps, linked koers principles, revisions and the
-- autosaved working copy of a published story. author_id / organisation_id / koers ids refer to other modules
-- by id only.

CREATE TABLE practice_story (
  id                UUID PRIMARY KEY,
  author_id         UUID          NOT NULL,
  organisation_id   UUID          NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  model             VARCHAR(20)   NOT NULL,
  discretion_used   BOOLEAN       NOT NULL,
  discretion_note   VARCHAR(2000),
  audience_kind     VARCHAR(20)   NOT NULL,
  audience_scope_id UUID,
  audience_key      VARCHAR(60)   NOT NULL,
  status            VARCHAR(20)   NOT NULL,
  revision          INT           NOT NULL,
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX practice_story_author_idx ON practice_story (author_id, updated_at);
CREATE INDEX practice_story_visible_idx ON practice_story (status, audience_key, published_at);

CREATE TABLE practice_story_step (
  story_id UUID         NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  step_key VARCHAR(40)  NOT NULL,
  content  VARCHAR(20000) NOT NULL,
  PRIMARY KEY (story_id, step_key)
);

CREATE TABLE practice_story_domain (
  story_id UUID        NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  domain   VARCHAR(20) NOT NULL,
  PRIMARY KEY (story_id, domain)
);
CREATE INDEX practice_story_domain_idx ON practice_story_domain (domain);

CREATE TABLE practice_story_tag (
  story_id UUID        NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  tag      VARCHAR(40) NOT NULL,
  position INT         NOT NULL,
  PRIMARY KEY (story_id, tag)
);
CREATE INDEX practice_story_tag_idx ON practice_story_tag (tag);

CREATE TABLE practice_story_principle (
  story_id                UUID         NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  koers_organisation_id   UUID         NOT NULL,
  code                    VARCHAR(10)  NOT NULL,
  note                    VARCHAR(2000),
  position                INT          NOT NULL,
  PRIMARY KEY (story_id, koers_organisation_id, code)
);
CREATE INDEX practice_story_principle_idx ON practice_story_principle (koers_organisation_id, code);

-- The published text before each published edit ("every published edit keeps the previous text").
CREATE TABLE practice_story_revision (
  id          UUID PRIMARY KEY,
  story_id    UUID         NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  revision    INT          NOT NULL,
  snapshot    TEXT         NOT NULL,
  replaced_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT practice_story_revision_unique UNIQUE (story_id, revision)
);

-- Autosaved edits of a published story, kept until the author publishes or discards them.
CREATE TABLE practice_story_working_copy (
  story_id   UUID PRIMARY KEY REFERENCES practice_story (id) ON DELETE CASCADE,
  snapshot   TEXT NOT NULL,
  saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
