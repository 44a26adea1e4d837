-- identity module: organisations, teams, networks, people, roles, invitations and API tokens.
-- Portable SQL (H2 and PostgreSQL). Other modules refer to these rows by id only, never by foreign key.

CREATE TABLE identity_organisation (
  id          UUID PRIMARY KEY,
  slug        VARCHAR(80)  NOT NULL UNIQUE,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_team (
  id              UUID PRIMARY KEY,
  organisation_id UUID NOT NULL REFERENCES identity_organisation (id),
  slug            VARCHAR(80)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  description     VARCHAR(2000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT identity_team_slug_unique UNIQUE (organisation_id, slug)
);

CREATE TABLE identity_person (
  id                UUID PRIMARY KEY,
  organisation_id   UUID NOT NULL REFERENCES identity_organisation (id),
  username          VARCHAR(80)  NOT NULL UNIQUE,
  email             VARCHAR(254) NOT NULL UNIQUE,
  display_name      VARCHAR(200) NOT NULL,
  job_title         VARCHAR(200),
  password_hash     VARCHAR(200),
  enabled           BOOLEAN NOT NULL,
  failed_logins     INT NOT NULL DEFAULT 0,
  locked_until      TIMESTAMP WITH TIME ZONE,
  preferred_locale  VARCHAR(10),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  last_login_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_person_organisation_idx ON identity_person (organisation_id);

CREATE TABLE identity_team_member (
  team_id   UUID NOT NULL REFERENCES identity_team (id),
  person_id UUID NOT NULL REFERENCES identity_person (id),
  PRIMARY KEY (team_id, person_id)
);
CREATE INDEX identity_team_member_person_idx ON identity_team_member (person_id);

CREATE TABLE identity_role_assignment (
  person_id       UUID NOT NULL REFERENCES identity_person (id),
  organisation_id UUID NOT NULL REFERENCES identity_organisation (id),
  role            VARCHAR(30) NOT NULL,
  PRIMARY KEY (person_id, organisation_id, role)
);

CREATE TABLE identity_network (
  id                    UUID PRIMARY KEY,
  owner_organisation_id UUID NOT NULL REFERENCES identity_organisation (id),
  slug                  VARCHAR(80)  NOT NULL UNIQUE,
  name                  VARCHAR(200) NOT NULL,
  description           VARCHAR(2000),
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE identity_network_organisation (
  network_id      UUID NOT NULL REFERENCES identity_network (id),
  organisation_id UUID NOT NULL REFERENCES identity_organisation (id),
  PRIMARY KEY (network_id, organisation_id)
);

CREATE TABLE identity_network_member (
  network_id UUID NOT NULL REFERENCES identity_network (id),
  person_id  UUID NOT NULL REFERENCES identity_person (id),
  PRIMARY KEY (network_id, person_id)
);
CREATE INDEX identity_network_member_person_idx ON identity_network_member (person_id);

CREATE TABLE identity_invitation (
  id          UUID PRIMARY KEY,
  person_id   UUID NOT NULL REFERENCES identity_person (id),
  token_hash  VARCHAR(64) NOT NULL UNIQUE,
  created_by  UUID NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  accepted_at TIMESTAMP WITH TIME ZONE,
  revoked_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_invitation_person_idx ON identity_invitation (person_id);

CREATE TABLE identity_api_token (
  id           UUID PRIMARY KEY,
  person_id    UUID NOT NULL REFERENCES identity_person (id),
  name         VARCHAR(100) NOT NULL,
  token_hash   VARCHAR(64)  NOT NULL UNIQUE,
  hint         VARCHAR(20)  NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX identity_api_token_person_idx ON identity_api_token (person_id);

CREATE TABLE identity_audit_entry (
  id              UUID PRIMARY KEY,
  organisation_id UUID,
  actor_id        UUID,
  action          VARCHAR(60)  NOT NULL,
  subject_id      UUID,
  detail          VARCHAR(2000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX identity_audit_entry_org_idx ON identity_audit_entry (organisation_id, created_at);
