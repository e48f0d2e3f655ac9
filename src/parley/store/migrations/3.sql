-- Version 2 → 3: which learned quote tagger found an article's quotes (NULL: the rules alone).
ALTER TABLE articles ADD COLUMN quote_tagger VARCHAR;
