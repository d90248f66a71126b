-- Entities across articles. A mention's canonical key ("org:united nations") names the same
-- entity in every article, so it is the entity's identity here; places are identified by their
-- GeoNames id. Mentions belong to one article version (offsets are into that version's text) and
-- carry the article id too, so "articles naming X" needs no join through versions.

-- Set once a version's annotation layers are stored (even when they found nothing), so a re-ingest
-- of an unchanged page annotates versions stored before annotation existed, and no others.
ALTER TABLE article_versions ADD COLUMN annotated_at TEXT;

CREATE TABLE entities (
    id             INTEGER PRIMARY KEY,
    canonical_key  TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL,            -- person, organization, location, miscellaneous
    name           TEXT    NOT NULL,            -- the canonical name first seen for the key
    first_seen_at  TEXT    NOT NULL             -- UTC, ISO 8601
);

CREATE TABLE entity_mentions (
    version_id    INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id     INTEGER NOT NULL REFERENCES entities(id),
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          TEXT    NOT NULL,             -- the mention as written ("Macron", "the Agency")
    PRIMARY KEY (version_id, start_offset, end_offset)
) WITHOUT ROWID;
CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);

CREATE TABLE places (
    geonames_id    INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    kind           TEXT    NOT NULL,            -- country, region, city
    country_code   TEXT    NOT NULL,
    country        TEXT    NOT NULL,
    region         TEXT,
    latitude       REAL    NOT NULL,
    longitude      REAL    NOT NULL,
    first_seen_at  TEXT    NOT NULL
);

CREATE TABLE place_mentions (
    version_id    INTEGER NOT NULL REFERENCES article_versions(id) ON DELETE CASCADE,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    geonames_id   INTEGER NOT NULL REFERENCES places(geonames_id),
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    text          TEXT    NOT NULL,             -- as written, qualifier included ("northern Kharkiv")
    qualifier     TEXT,
    PRIMARY KEY (version_id, start_offset, end_offset)
) WITHOUT ROWID;
CREATE INDEX place_mentions_place ON place_mentions (geonames_id, article_id);
