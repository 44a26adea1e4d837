-- privacy module: "not personal data" decisions per item, and the audit log of privacy decisions.

CREATE TABLE privacy_waiver (
  id            UUID PRIMARY KEY,
  subject_kind  VARCHAR(40)  NOT NULL,
  subject_id    UUID         NOT NULL,
  finding_type  VARCHAR(30)  NOT NULL,
  finding_text  VARCHAR(500) NOT NULL,
  decided_by    UUID         NOT NULL,
  decided_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX privacy_waiver_subject_idx ON privacy_waiver (subject_kind, subject_id);

CREATE TABLE privacy_audit_entry (
  id              UUID PRIMARY KEY,
  organisation_id UUID         NOT NULL,
  actor_id        UUID         NOT NULL,
  action          VARCHAR(40)  NOT NULL,
  subject_kind    VARCHAR(40)  NOT NULL,
  subject_id      UUID         NOT NULL,
  finding_type    VARCHAR(30)  NOT NULL,
  detail          VARCHAR(500),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX privacy_audit_entry_org_idx ON privacy_audit_entry (organisation_id, created_at);
