-- The user's own role for a wording of the document ("beleidsmedewerkers sociaal domein"):
-- renaming a role, or merging two wordings into one role. Without a row the catalogue decides.
CREATE TABLE capacity_role (
    programme_id  UUID          NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    wording       VARCHAR(500)  NOT NULL,
    role          VARCHAR(200)  NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, wording)
);
