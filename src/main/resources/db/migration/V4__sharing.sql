-- Sharing with colleagues: per programme the version last shared with or received from others
-- (the base of a three-way comparison), the merges done, and the user's name for the stamp.
CREATE TABLE shared_version (
    programme_id  UUID          PRIMARY KEY REFERENCES programme(id) ON DELETE CASCADE,
    content       CHARACTER LARGE OBJECT NOT NULL,
    direction     VARCHAR(20)   NOT NULL,
    who           VARCHAR(200)  NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE merge_history (
    id            BIGINT        AUTO_INCREMENT PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme(id) ON DELETE CASCADE,
    who           VARCHAR(200)  NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted      INT           NOT NULL,
    rejected      INT           NOT NULL,
    conflicts     INT           NOT NULL
);

CREATE TABLE setting (
    name          VARCHAR(100)  PRIMARY KEY,
    content       VARCHAR(1000) NOT NULL
);
