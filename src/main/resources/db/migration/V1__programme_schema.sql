-- Planbord store: one programme holds themes, goals, actions and capacity lines.
-- Every row has sort_order for the document order and version for optimistic locking.

CREATE TABLE programme (
    id              UUID          PRIMARY KEY,
    title           VARCHAR(1000) NOT NULL,
    region          VARCHAR(1000) NOT NULL DEFAULT '',
    centrumgemeente VARCHAR(200)  NOT NULL DEFAULT '',
    first_quarter   VARCHAR(16)   NOT NULL,
    last_quarter    VARCHAR(16)   NOT NULL,
    introduction    CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    monitoring      CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE programme_municipality (
    programme_id UUID         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    sort_order   INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    PRIMARY KEY (programme_id, sort_order)
);

CREATE TABLE theme (
    id              UUID          PRIMARY KEY,
    programme_id    UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    sort_order      INT           NOT NULL,
    number          INT           NOT NULL,
    title           VARCHAR(1000) NOT NULL,
    description     CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    policy_goal     CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    capacity_header VARCHAR(500)  NOT NULL DEFAULT '',
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX theme_programme ON theme (programme_id, sort_order);

CREATE TABLE theme_needed_person (
    theme_id   UUID          NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    sort_order INT           NOT NULL,
    text       VARCHAR(4000) NOT NULL,
    PRIMARY KEY (theme_id, sort_order)
);

CREATE TABLE goal (
    id              UUID          NOT NULL PRIMARY KEY,
    theme_id        UUID          NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
    programme_id    UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    sort_order      INT           NOT NULL,
    number          INT           NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    expected_result VARCHAR(4000) NOT NULL DEFAULT '',
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX goal_programme ON goal (programme_id);
CREATE INDEX goal_theme ON goal (theme_id, sort_order);

CREATE TABLE action (
    id           UUID          NOT NULL PRIMARY KEY,
    goal_id      UUID          NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    parent_id    UUID          REFERENCES action (id) ON DELETE CASCADE,
    programme_id UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    sort_order   INT           NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    planning     VARCHAR(100)  NOT NULL,
    estimated    BOOLEAN       NOT NULL DEFAULT FALSE,
    status       VARCHAR(20)   NOT NULL,
    lead         VARCHAR(500)  NOT NULL DEFAULT '',
    municipalities VARCHAR(4000) NOT NULL DEFAULT '',
    notes        CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    version      BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX action_programme ON action (programme_id);
CREATE INDEX action_goal ON action (goal_id, sort_order);
CREATE INDEX action_parent ON action (parent_id);

CREATE TABLE capacity_line (
    id            UUID          NOT NULL PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    theme_id      UUID          REFERENCES theme (id) ON DELETE CASCADE,
    goal_id       UUID          REFERENCES goal (id) ON DELETE CASCADE,
    sort_order    INT           NOT NULL,
    role          VARCHAR(1000) NOT NULL,
    min_hours     DOUBLE PRECISION NOT NULL,
    max_hours     DOUBLE PRECISION NOT NULL,
    per_unit      VARCHAR(10)   NOT NULL,
    organisations INT           NOT NULL DEFAULT 1,
    first_year    INT           NOT NULL,
    last_year     INT           NOT NULL,
    note          VARCHAR(4000) NOT NULL DEFAULT '',
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT capacity_owner CHECK ((theme_id IS NULL) <> (goal_id IS NULL)),
    CONSTRAINT capacity_band CHECK (min_hours >= 0 AND max_hours >= min_hours),
    CONSTRAINT capacity_per CHECK (per_unit IN ('week', 'maand'))
);
CREATE INDEX capacity_programme ON capacity_line (programme_id);
