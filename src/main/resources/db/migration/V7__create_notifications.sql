-- In-app notifications. One row per event and recipient: the event key names what happened
-- (for example "comment:42"), so a retried or repeated send can never notify anyone twice.
create table notification (
    id           bigint generated always as identity primary key,
    recipient_id bigint        not null references account (id) on delete cascade,
    kind         varchar(30)   not null,
    event_key    varchar(100)  not null,
    message      varchar(500)  not null,
    link         varchar(300),
    created_at   timestamptz   not null,
    read_at      timestamptz,
    constraint notification_once_per_event unique (recipient_id, event_key)
);

create index notification_recipient_recent_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
