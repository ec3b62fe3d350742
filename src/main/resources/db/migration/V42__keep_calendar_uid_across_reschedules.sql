-- A mock's calendar event keeps its identity when the mock is moved: the replacing booking inherits
-- the calendar_uid of the one it replaces and its ICS SEQUENCE goes on from there, so a subscribed
-- calendar updates the event (keeping the person's own alerts and notes) instead of deleting it and
-- making a new one. Existing rows keep the UID they were published with ("mock-<id>@matchprep"), so
-- calendars that already hold them go on matching them. A new booking that replaces none is inserted
-- without a UID and gets the one named after its id here (the id is only known on insert).
alter table mock_booking add column calendar_uid varchar(100);
update mock_booking set calendar_uid = 'mock-' || id || '@matchprep';

create function mock_booking_default_calendar_uid() returns trigger language plpgsql as $$
begin
    if new.calendar_uid is null then
        new.calendar_uid := 'mock-' || new.id || '@matchprep';
    end if;
    return new;
end
$$;
create trigger mock_booking_default_calendar_uid before insert on mock_booking
    for each row execute function mock_booking_default_calendar_uid();

alter table mock_booking alter column calendar_uid set not null;
create index mock_booking_calendar_uid_idx on mock_booking (calendar_uid);
