-- The half-yearly cycle (issue 15): what was reported per action and period, the baselines the
-- programme was adopted as, and the assessments of goals and themes set by hand.

CREATE TABLE action_progress (
    action_id      UUID          NOT NULL REFERENCES action (id) ON DELETE CASCADE,
    period         VARCHAR(16)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    explanation    CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    needs_steering BOOLEAN       NOT NULL DEFAULT FALSE,
    proposal       CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    entered_by     VARCHAR(200)  NOT NULL DEFAULT '',
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    programme_id   UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    PRIMARY KEY (action_id, period)
);
CREATE INDEX action_progress_programme ON action_progress (programme_id);

ALTER TABLE programme ADD COLUMN reporting_cadence VARCHAR(16) DEFAULT 'halfjaar' NOT NULL;
ALTER TABLE programme ADD COLUMN comparison_baseline UUID;

-- content: the programme as adopted, in the project file's JSON (written and read by the
-- application, as colleague_base does), so the store keeps it whole without knowing its fields
CREATE TABLE baseline (
    id            UUID          NOT NULL PRIMARY KEY,
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    name          VARCHAR(500)  NOT NULL,
    adopted_on    DATE          NOT NULL,
    body          VARCHAR(10)   NOT NULL,
    content       CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX baseline_programme ON baseline (programme_id, adopted_on);

CREATE TABLE assessment (
    programme_id  UUID          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    owner_id      UUID          NOT NULL,
    period        VARCHAR(16)   NOT NULL,
    assessment    VARCHAR(30)   NOT NULL,
    reason        CHARACTER LARGE OBJECT NOT NULL DEFAULT '',
    entered_by    VARCHAR(200)  NOT NULL DEFAULT '',
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (programme_id, owner_id, period)
);
