-- How many council opinions of each sheet's fiscal year still wait for an answer, or were answered 今後検討 (issue
-- 18): the dashboard counts them per municipality. The count is derived from the events, so the dashboard is folded
-- again from the first event: its rows are emptied and its tokens removed, and its processor, finding no token,
-- starts from the beginning of the event store as a rebuild does (the sheets and audit projections are untouched).
ALTER TABLE dashboard_year_step ADD COLUMN open_opinions INTEGER DEFAULT 0 NOT NULL;

DELETE FROM dashboard_year_step;
DELETE FROM dashboard_target;
DELETE FROM dashboard_sheet;
DELETE FROM tokenentry WHERE processorname = 'dashboard';
-- what the dashboard had parked is folded again with the rest (and parked again if it still fails)
DELETE FROM deadletterentry WHERE processinggroup = 'dashboard';
