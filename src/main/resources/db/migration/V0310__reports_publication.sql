-- A report is on the public site once it is published (only a public report to a meeting held in public).
alter table reports_report add column published_at timestamptz;
