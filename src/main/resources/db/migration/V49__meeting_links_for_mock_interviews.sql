-- Mock interviews meet where real ones do: a mentor's default meeting link (any video platform), copied
-- into each new booking, where the mentor can change it for that booking alone. Existing settings and
-- bookings have none until the mentor sets one.
alter table mock_settings add column meeting_link varchar(500);
alter table mock_settings add constraint mock_settings_meeting_link_is_web
    check (meeting_link is null or meeting_link ~* '^https?://');

alter table mock_booking add column meeting_link varchar(500);
alter table mock_booking add constraint mock_booking_meeting_link_is_web
    check (meeting_link is null or meeting_link ~* '^https?://');
