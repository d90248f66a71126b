-- Listing is newest-first by publication time, optionally filtered by outlet.
CREATE INDEX article_versions_published ON article_versions (published_utc DESC, article_id DESC);
CREATE INDEX article_versions_outlet ON article_versions (outlet COLLATE NOCASE, published_utc DESC);
