-- policy module: each organisation's koers, its numbered versions (DRAFT or PUBLISHED) and their principles.
-- Portable SQL (H2 and PostgreSQL). organisation_id and the *_by columns refer to identity rows by id only.

CREATE TABLE policy_koers (
  id              UUID PRIMARY KEY,
  organisation_id UUID NOT NULL,
  title           VARCHAR(200) NOT NULL,
  period          VARCHAR(50)  NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT policy_koers_organisation_unique UNIQUE (organisation_id)
);

-- draft_of holds the koers id while the version is a draft and is NULL once published: its unique constraint
-- allows at most one draft per koers (NULLs never collide), on both databases.
CREATE TABLE policy_koers_version (
  id           UUID PRIMARY KEY,
  koers_id     UUID NOT NULL REFERENCES policy_koers (id),
  number       INT NOT NULL,
  status       VARCHAR(10) NOT NULL,
  draft_of     UUID,
  vision       VARCHAR(10000) NOT NULL,
  change_note  VARCHAR(2000),
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by   UUID,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by   UUID,
  published_at TIMESTAMP WITH TIME ZONE,
  published_by UUID,
  CONSTRAINT policy_koers_version_number_unique UNIQUE (koers_id, number),
  CONSTRAINT policy_koers_version_one_draft UNIQUE (draft_of),
  CONSTRAINT policy_koers_version_status CHECK (
    (status = 'DRAFT' AND draft_of = koers_id AND published_at IS NULL)
    OR (status = 'PUBLISHED' AND draft_of IS NULL AND published_at IS NOT NULL))
);

-- examples: one example per line (an example never contains a line break).
CREATE TABLE policy_principle (
  version_id  UUID NOT NULL REFERENCES policy_koers_version (id),
  code        VARCHAR(10)  NOT NULL,
  title       VARCHAR(200) NOT NULL,
  domain      VARCHAR(20),
  explanation VARCHAR(5000) NOT NULL,
  in_practice VARCHAR(5000) NOT NULL,
  examples    VARCHAR(6000) NOT NULL,
  position    INT NOT NULL,
  CONSTRAINT policy_principle_pk PRIMARY KEY (version_id, code)
);
