create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    type           varchar(40)  not null,
    actor          varchar(254),
    target         varchar(254),
    client_address varchar(64),
    details        varchar(500)
);

create index audit_event_occurred_at_idx on audit_event (occurred_at desc);
create index audit_event_type_idx on audit_event (type, occurred_at desc);
