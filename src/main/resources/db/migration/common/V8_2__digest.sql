-- digest module: thematic newsletters composed per reader from practice. Organisations, networks, circles, people,
-- stories, signals and sessions are referred to by id only; they live in other modules.

-- A digest (newsletter) with a theme: GENERAL (one per organisation), DOMAIN (JEUGD, WMO or PARTICIPATIE of an
-- organisation), NETWORK (one per network) or CIRCLE (one per learning circle). scope_key makes each unique: the
-- organisation id (GENERAL), organisation id and domain (DOMAIN, '<id>:WMO'), the network id or the circle id.
-- domain and scope_id (the network or circle) say the same in columns of their own.
-- organisation_id is the organisation whose team leads and communications advisers edit it (for a network its
-- owner); a circle's digest has none: it is composed automatically, since a circle's work is for its members only.
CREATE TABLE digest_digest (
  id              UUID PRIMARY KEY,
  theme           VARCHAR(20)  NOT NULL,
  scope_key       VARCHAR(80)  NOT NULL,
  organisation_id UUID,
  domain          VARCHAR(20),
  scope_id        UUID,
  name            VARCHAR(200) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT digest_digest_scope UNIQUE (theme, scope_key)
);
CREATE INDEX digest_digest_organisation_idx ON digest_digest (organisation_id);

-- A person's choice for one digest. The id is derived from digest and person, so the general digest (which every
-- member of the organisation gets unless they leave it) has a subscription id before anyone chose anything; a row
-- exists once a person chose: to subscribe, to leave (active = FALSE) or another frequency.
CREATE TABLE digest_subscription (
  id         UUID PRIMARY KEY,
  digest_id  UUID        NOT NULL REFERENCES digest_digest (id),
  person_id  UUID        NOT NULL,
  frequency  VARCHAR(10) NOT NULL,
  active     BOOLEAN     NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT digest_subscription_person UNIQUE (digest_id, person_id)
);
CREATE INDEX digest_subscription_person_idx ON digest_subscription (person_id);

-- One edition: a digest, a frequency (weekly and monthly readers each get their own edition) and a period in Dutch
-- time. DRAFT until an editor schedules it (SCHEDULED, scheduled_for) or it is sent (SENDING while the mails are
-- written to the outbox in batches, SENT at the end). snapshot is the frozen composition (JSON) every reader's copy
-- is made from; cursor and the counters let a send that stopped half-way continue where it was.
CREATE TABLE digest_edition (
  id               UUID PRIMARY KEY,
  digest_id        UUID        NOT NULL REFERENCES digest_digest (id),
  frequency        VARCHAR(10) NOT NULL,
  period_start     TIMESTAMP WITH TIME ZONE NOT NULL,
  period_end       TIMESTAMP WITH TIME ZONE NOT NULL,
  status           VARCHAR(12) NOT NULL,
  intro            VARCHAR(2000),
  scheduled_for    TIMESTAMP WITH TIME ZONE,
  snapshot         VARCHAR(1000000),
  recipients_total INT         NOT NULL DEFAULT 0,
  recipients_done  INT         NOT NULL DEFAULT 0,
  mails_queued     INT         NOT NULL DEFAULT 0,
  mails_skipped    INT         NOT NULL DEFAULT 0,
  not_deliverable  INT         NOT NULL DEFAULT 0,
  send_cursor      UUID,
  claimed_until    TIMESTAMP WITH TIME ZONE,
  sending_since    TIMESTAMP WITH TIME ZONE,
  sent_at          TIMESTAMP WITH TIME ZONE,
  sent_by          UUID,
  updated_by       UUID,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT digest_edition_period UNIQUE (digest_id, frequency, period_start)
);
CREATE INDEX digest_edition_status_idx ON digest_edition (status);

-- Items an editor pinned to an edition ("Uitgelicht"): a story, signal or session. Each reader sees only the pins
-- they may see.
CREATE TABLE digest_pin (
  edition_id UUID        NOT NULL REFERENCES digest_edition (id) ON DELETE CASCADE,
  item_kind  VARCHAR(20) NOT NULL,
  item_id    UUID        NOT NULL,
  pinned_by  UUID        NOT NULL,
  pinned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (edition_id, item_kind, item_id)
);
