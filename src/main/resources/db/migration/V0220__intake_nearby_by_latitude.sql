-- The likely-duplicate check (same service, within 50 m, in the last 14 days) asks for a service's reports in a narrow
-- band of latitude and longitude since a time. Indexed by (service_code, requested_at, latitude), it read every report
-- of the service in the 14 days and filtered them by latitude: its cost grew with the reports taken in. Indexed by the
-- service and latitude first, it reads only the reports in the band (about 100 m of latitude). The Open311 list of
-- requests, filtered by service and period, keeps intake_request_requested_ix.
drop index intake_request_nearby_ix;
create index intake_request_nearby_ix on intake_request (service_code, latitude, longitude, requested_at);
