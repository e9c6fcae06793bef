-- A base per colleague (issue 12): every version exchanged with a colleague is kept, so the next
-- file of that colleague is compared with the version it was made from. colleague is the sharing
-- name in the file's stamp ("Bram, Rijswijk"); '*' is a version shared with everyone. stamped_at
-- is the version's own time (the stamp), at is when it was exchanged here. A version received by a
-- merge points at that merge; once the merge is undone it is no longer a base.
CREATE TABLE colleague_base (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    colleague     VARCHAR(200)  NOT NULL,
    direction     VARCHAR(20)   NOT NULL,
    source        VARCHAR(500)  NOT NULL,
    revision      VARCHAR(64)   NOT NULL,
    stamped_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    merge_id      BIGINT,
    content       CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX colleague_base_lookup ON colleague_base (programme_id, colleague, stamped_at);

-- the merges: which file (revision, how it is named), and whether it was undone since
ALTER TABLE merge_history ADD COLUMN revision VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE merge_history ADD COLUMN source VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE merge_history ADD COLUMN undone BOOLEAN DEFAULT FALSE NOT NULL;

-- the one base of V4 becomes the first base: shared with everyone, or received from its sender
INSERT INTO colleague_base (programme_id, colleague, direction, source, revision, stamped_at, at, merge_id, content)
    SELECT programme_id, CASE WHEN direction = 'gedeeld' THEN '*' ELSE who END, direction, who, '', at, at, NULL, content
    FROM shared_version;
DROP TABLE shared_version;
