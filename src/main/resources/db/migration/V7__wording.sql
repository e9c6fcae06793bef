-- The source's own wording (issue 14): the planning of an action as the document spelled it
-- ("Q2 en Q3 2026"), and the sentence of a capacity line as it was read; empty where it is the
-- canonical form. The planning column itself stays canonical (also "te plannen", a new state
-- that needs no column of its own).

ALTER TABLE action ADD COLUMN planning_wording VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE capacity_line ADD COLUMN wording VARCHAR(4000) DEFAULT '' NOT NULL;
