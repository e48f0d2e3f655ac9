-- parley store, schema version 1. One row per record of the contract in DESIGN.md.
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
    stored_at TIMESTAMP NOT NULL DEFAULT current_timestamp
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

CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR PRIMARY KEY,
    title VARCHAR,
    first_date DATE,
    last_date DATE
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
