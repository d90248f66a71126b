-- Persisted stories (see Stories/StoryRefresher.cs for how they are kept current). A story's id is
-- "story-" + its founding article's content hash, as `brief` prints it; the briefing is cached in
-- the three forms the API and `brief` serve, so reading a story never re-annotates anything.
CREATE TABLE stories (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    title            TEXT    NOT NULL,
    first_published  TEXT,                        -- UTC, ISO 8601
    last_published   TEXT,
    article_count    INTEGER NOT NULL,
    outlet_count     INTEGER NOT NULL,
    contested        INTEGER NOT NULL,             -- groups of figures whose sources disagree
    outlets          TEXT    NOT NULL DEFAULT '[]', -- JSON array of outlet names
    places           TEXT    NOT NULL DEFAULT '[]', -- JSON array of {name, lat, lon}, main places first
    summary          TEXT    NOT NULL DEFAULT '',   -- the summary's sentences, for search
    briefing_json    TEXT,                         -- StoryBriefingJson, as `brief --format json` prints one story; null until built
    briefing_md      TEXT,
    briefing_html    TEXT,
    stale            INTEGER NOT NULL DEFAULT 1,   -- membership changed since the briefing was built
    updated_at       TEXT    NOT NULL
);
CREATE INDEX stories_latest ON stories (last_published DESC, id);
CREATE INDEX stories_covered ON stories (article_count DESC, last_published DESC);

-- Which story each article (at which version) belongs to; a wire copy names its origin.
CREATE TABLE story_articles (
    article_id         INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version            INTEGER NOT NULL,
    story_id           TEXT    NOT NULL,
    origin_article_id  INTEGER
);
CREATE INDEX story_articles_story ON story_articles (story_id);

-- Articles the clusterer kept out of stories (widgets, archive notices, too short), with why,
-- so they are not taken for new arrivals on the next refresh.
CREATE TABLE story_exclusions (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    reason      TEXT    NOT NULL
);

-- What the story filters and facets need: the story's main places and entities and its outlets,
-- as the briefing ranks them (kind: place, entity, outlet; key: geonames key, entity key, outlet).
CREATE TABLE story_facets (
    story_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    name      TEXT NOT NULL,
    PRIMARY KEY (story_id, kind, key)
) WITHOUT ROWID;
CREATE INDEX story_facets_value ON story_facets (kind, key, story_id);
CREATE INDEX story_facets_name ON story_facets (kind, name COLLATE NOCASE, story_id);

-- Full-text search over every stored article version (the search joins to the latest ones). The
-- index holds no copy of the text: it reads title, standfirst, text and outlet from article_versions,
-- and triggers keep it current inside each save's transaction.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, standfirst, text, outlet,
    content = 'article_versions', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_versions_search_insert AFTER INSERT ON article_versions BEGIN
    INSERT INTO article_search (rowid, title, standfirst, text, outlet) VALUES (new.id, new.title, new.standfirst, new.text, new.outlet);
END;
CREATE TRIGGER article_versions_search_delete AFTER DELETE ON article_versions BEGIN
    INSERT INTO article_search (article_search, rowid, title, standfirst, text, outlet) VALUES ('delete', old.id, old.title, old.standfirst, old.text, old.outlet);
END;
INSERT INTO article_search (article_search) VALUES ('rebuild');

-- Stories by title and summary; written by the story refresher with each story.
CREATE VIRTUAL TABLE story_search USING fts5 (
    title, summary,
    content = 'stories', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER stories_search_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_search (rowid, title, summary) VALUES (new.seq, new.title, new.summary);
END;
CREATE TRIGGER stories_search_delete AFTER DELETE ON stories BEGIN
    INSERT INTO story_search (story_search, rowid, title, summary) VALUES ('delete', old.seq, old.title, old.summary);
END;
CREATE TRIGGER stories_search_update AFTER UPDATE OF title, summary ON stories BEGIN
    INSERT INTO story_search (story_search, rowid, title, summary) VALUES ('delete', old.seq, old.title, old.summary);
    INSERT INTO story_search (rowid, title, summary) VALUES (new.seq, new.title, new.summary);
END;

-- Articles whose latest version the story refresher has not placed yet. Filled by the save's own
-- transaction, emptied by the refresher's, so a process killed between the two leaves the work
-- queued and the next refresh finishes it.
CREATE TABLE story_pending (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
);
CREATE TRIGGER article_versions_story_pending AFTER INSERT ON article_versions BEGIN
    INSERT OR IGNORE INTO story_pending (article_id) VALUES (new.article_id);
END;
INSERT OR IGNORE INTO story_pending (article_id) SELECT id FROM articles;
CREATE INDEX stories_stale ON stories (stale) WHERE stale = 1;
