-- Version 1 → 2: mentions carry their article's outlet and their event's offsets.
ALTER TABLE statement_mentions ADD COLUMN outlet VARCHAR;
UPDATE statement_mentions SET outlet = a.outlet FROM articles a WHERE a.id = statement_mentions.article_id;
ALTER TABLE consolidated_event_mentions ADD COLUMN start INTEGER;
ALTER TABLE consolidated_event_mentions ADD COLUMN "end" INTEGER;
UPDATE consolidated_event_mentions SET start = e.start, "end" = e."end" FROM events e
WHERE e.article_id = consolidated_event_mentions.article_id AND e.id = consolidated_event_mentions.event_id;
