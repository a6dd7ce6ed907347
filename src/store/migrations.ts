/**
 * The schema, one numbered step at a time. `PRAGMA user_version` records the last step applied;
 * a database is brought up to date when it is opened. Never edit a step that has shipped: add one.
 */

/** Written into the file header so the store recognises its own databases ("ISND"). */
export const APPLICATION_ID = 0x49534e44;

export const MIGRATIONS: readonly string[] = [
  // 1: sources, facts and the revision log. `seeded` holds the JSON of the content the seed files
  // last gave a seed record, so re-seeding can tell untouched records from moderated ones.
  `
  PRAGMA application_id = ${APPLICATION_ID};
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_ar TEXT NOT NULL,
    outlet_en TEXT,
    outlet_ar TEXT,
    url TEXT UNIQUE,
    sections TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'moderator')),
    seeded TEXT,
    created_by_id TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by_id TEXT NOT NULL,
    updated_by_name TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    en TEXT NOT NULL CHECK (en <> ''),
    ar TEXT NOT NULL CHECK (ar <> ''),
    source_id TEXT NOT NULL REFERENCES sources (id),
    paragraph INTEGER,
    aliases TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'removed')),
    origin TEXT NOT NULL CHECK (origin IN ('seed', 'moderator')),
    seeded TEXT,
    created_by_id TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_by_id TEXT NOT NULL,
    updated_by_name TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX facts_by_status ON facts (status);
  CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    fact_id TEXT REFERENCES facts (id),
    source_id TEXT REFERENCES sources (id),
    action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'revert')),
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL,
    reason TEXT,
    before TEXT,
    after TEXT NOT NULL,
    CHECK ((fact_id IS NULL) <> (source_id IS NULL))
  ) STRICT;
  CREATE INDEX revisions_by_fact ON revisions (fact_id);
  CREATE INDEX revisions_by_source ON revisions (source_id);
  `,
  // 2: small settings, such as the hash of the seed files last loaded.
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  `,
  // 3: facts users propose, waiting for a moderator.
  `
  CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    en TEXT,
    ar TEXT,
    paragraph INTEGER,
    url TEXT,
    suggested_by_id TEXT NOT NULL,
    suggested_by_name TEXT NOT NULL,
    suggested_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reviewed_by_id TEXT,
    reviewed_by_name TEXT,
    reviewed_at TEXT,
    review_reason TEXT,
    fact_id TEXT REFERENCES facts (id),
    CHECK (en IS NOT NULL OR ar IS NOT NULL)
  ) STRICT;
  CREATE INDEX suggestions_by_status ON suggestions (status, id);
  `,
  // 4: questions the bot could not answer, so moderators see what is missing.
  `
  CREATE TABLE unanswered_questions (
    normalized TEXT PRIMARY KEY,
    example TEXT NOT NULL,
    language TEXT NOT NULL CHECK (language IN ('ar', 'en')),
    count INTEGER NOT NULL,
    first_asked TEXT NOT NULL,
    last_asked TEXT NOT NULL
  ) STRICT;
  CREATE INDEX unanswered_by_count ON unanswered_questions (count DESC, last_asked DESC);
  `,
  // 5: helpful / not helpful votes, one per user per fact.
  `
  CREATE TABLE feedback (
    fact_id TEXT NOT NULL REFERENCES facts (id),
    user_id TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    at TEXT NOT NULL,
    PRIMARY KEY (fact_id, user_id)
  ) STRICT;
  `,
];
