-- parley store, schema version 2 (migrations/ upgrades older stores). One row per record of the contract in DESIGN.md.
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    url VARCHAR,
    outlet VARCHAR,
    title VARCHAR,
    published DATE,
    text VARCHAR NOT NULL,
    story_id VARCHAR,
    errors VARCHAR[] NOT NULL,
    source VARCHAR,
    stored_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    quote_tagger VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    label VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_role VARCHAR,
    speaker_actor VARCHAR
);

CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    source_text VARCHAR NOT NULL, source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
    source_name VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    target_name VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    date DATE,
    date_text VARCHAR,
    quote_id VARCHAR,
    confidence DOUBLE NOT NULL
);

-- Every actor code seen in an event, with the names it was seen under.
CREATE TABLE IF NOT EXISTS actors (
    code VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    country VARCHAR,
    sector VARCHAR,
    PRIMARY KEY (code, name)
);

-- Stories (parley.stories): articles reporting one event. `members` counts every
-- member article, `articles` counts near-duplicate copies once, `outlets` distinct outlets.
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    first_date DATE,
    last_date DATE,
    members INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    outlets INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS story_members (
    story_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    PRIMARY KEY (story_id, article_id)
);

-- Inputs that could not be stored, so that nothing is lost silently.
CREATE TABLE IF NOT EXISTS ingest_errors (
    source VARCHAR NOT NULL,
    line INTEGER,
    message VARCHAR NOT NULL,
    reported_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- What parley.stories keeps of each clustered article, so that new articles
-- are compared with old ones without recomputing them: the date used for the
-- story window, the MinHash signature, its LSH band keys and the top TF-IDF terms.
CREATE TABLE IF NOT EXISTS story_profiles (
    article_id VARCHAR PRIMARY KEY,
    date DATE,
    outlet VARCHAR,
    signature UINTEGER[] NOT NULL,
    copy BOOLEAN NOT NULL
    -- a near-duplicate of an article clustered before it: left out of document frequencies
);

CREATE TABLE IF NOT EXISTS minhash_bands (
    band SMALLINT NOT NULL,
    key BIGINT NOT NULL,
    article_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS story_terms (
    article_id VARCHAR NOT NULL,
    term VARCHAR NOT NULL,
    weight DOUBLE NOT NULL,
    date DATE  -- the article's story date, so that the window is part of the join
);

-- What each clustered article quotes people (full names, normalised) as saying, as content terms.
CREATE TABLE IF NOT EXISTS story_quotes (
    article_id VARCHAR NOT NULL,
    speaker VARCHAR NOT NULL,
    terms VARCHAR[] NOT NULL
);

-- Document frequency of every term over the clustered articles, near-duplicate copies left out (for IDF).
CREATE TABLE IF NOT EXISTS story_df (
    term VARCHAR PRIMARY KEY,
    df INTEGER NOT NULL
);

-- Pairs of near-duplicate articles (syndicated or lightly edited copies), article_id < other_id.
CREATE TABLE IF NOT EXISTS near_duplicates (
    article_id VARCHAR NOT NULL,
    other_id VARCHAR NOT NULL,
    similarity DOUBLE NOT NULL,
    PRIMARY KEY (article_id, other_id)
);

-- One statement reported by one or more articles of a story.
CREATE TABLE IF NOT EXISTS statements (
    id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    speaker_name VARCHAR,
    speaker_role VARCHAR,
    speaker_actor VARCHAR,
    text VARCHAR NOT NULL,
    date DATE,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL,
    search_text VARCHAR NOT NULL DEFAULT ''
    -- the text and every other wording of it in the mentions, lower-cased and one per line: what a text search scans
);

-- A mention carries its article's outlet and its offsets, so that reading a statement
-- or an event with every mention needs no join with articles or events.
CREATE TABLE IF NOT EXISTS statement_mentions (
    statement_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    quote_id VARCHAR NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    outlet VARCHAR
);

-- One coded act counted once however many articles report it.
CREATE TABLE IF NOT EXISTS consolidated_events (
    id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    statement_id VARCHAR,
    source_code VARCHAR,
    source_country VARCHAR,
    target_code VARCHAR,
    target_country VARCHAR,
    cameo VARCHAR NOT NULL,
    plover VARCHAR,
    goldstein DOUBLE NOT NULL,
    quad_class INTEGER NOT NULL,
    date DATE,
    text VARCHAR NOT NULL,
    articles INTEGER NOT NULL,
    outlets INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS consolidated_event_mentions (
    consolidated_event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_id VARCHAR NOT NULL,
    start INTEGER,
    "end" INTEGER
);
