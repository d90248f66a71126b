-- One row per logical article. The key is the canonical URL, or "sha256:<content hash>" for
-- inputs that carry no URL (stdin, pasted text), so the same text pasted twice is one article.
-- Later stages (annotations, entities, stories) reference article_versions.id, never a URL.
CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    article_key     TEXT    NOT NULL UNIQUE,
    canonical_url   TEXT,
    latest_version  INTEGER NOT NULL,
    first_seen_at   TEXT    NOT NULL,
    last_seen_at    TEXT    NOT NULL
);

-- Every distinct text seen for an article; a changed page adds a version beside the old ones.
CREATE TABLE article_versions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    version           INTEGER NOT NULL CHECK (version >= 1),
    content_hash      TEXT    NOT NULL,
    url               TEXT,
    canonical_url     TEXT,
    outlet            TEXT,
    title             TEXT,
    authors           TEXT    NOT NULL DEFAULT '[]',   -- JSON array of strings
    published         TEXT,                            -- ISO 8601 with the page's own offset
    published_utc     TEXT,                            -- same instant in UTC, sortable as text
    updated           TEXT,
    updated_utc       TEXT,
    published_source  TEXT,
    language          TEXT,
    standfirst        TEXT,
    text              TEXT    NOT NULL,
    captions          TEXT    NOT NULL DEFAULT '[]',   -- JSON array of strings
    paragraphs        TEXT,                            -- JSON {producer, items:[{start,end,kind}]}, offsets into text
    ingested_at       TEXT    NOT NULL,                -- UTC, ISO 8601
    origin            TEXT,                            -- the input that produced it: path, URL, "stdin"
    UNIQUE (article_id, content_hash),
    UNIQUE (article_id, version)
);
