-- practice: a story a moderator hid (see the conversation module) is left out of lists and pages for everyone
-- but its author. Kept here so the practice module can filter its own queries.
ALTER TABLE practice_story ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
