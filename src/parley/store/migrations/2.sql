-- Version 1 → 2: mentions carry their article's outlet and their event's offsets; statements a search text.
ALTER TABLE statement_mentions ADD COLUMN outlet VARCHAR;
UPDATE statement_mentions SET outlet = a.outlet FROM articles a WHERE a.id = statement_mentions.article_id;
ALTER TABLE consolidated_event_mentions ADD COLUMN start INTEGER;
ALTER TABLE consolidated_event_mentions ADD COLUMN "end" INTEGER;
UPDATE consolidated_event_mentions SET start = e.start, "end" = e."end" FROM events e
WHERE e.article_id = consolidated_event_mentions.article_id AND e.id = consolidated_event_mentions.event_id;
ALTER TABLE statements ADD COLUMN search_text VARCHAR NOT NULL DEFAULT '';
UPDATE statements SET search_text = w.search_text FROM (
    SELECT s.id, lower(concat_ws(chr(10), s.text, string_agg(DISTINCT m.text, chr(10) ORDER BY m.text)
        FILTER (m.text <> s.text))) AS search_text
    FROM statements s LEFT JOIN statement_mentions m ON m.statement_id = s.id GROUP BY s.id, s.text
) w WHERE w.id = statements.id;
