-- Capacity the municipalities can give: hours per quarter for a role, per municipality.
-- Entered in the capacity view; compared with the demand from the capacity lines.
CREATE TABLE capacity_availability (
    programme_id  UUID          NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    role          VARCHAR(200)  NOT NULL,
    municipality  VARCHAR(200)  NOT NULL,
    quarter       VARCHAR(16)   NOT NULL,
    hours         DOUBLE PRECISION NOT NULL CHECK (hours >= 0),
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (programme_id, role, municipality, quarter)
);
