-- E-mail leaves through an outbox: a mail is written in the same transaction as the event that causes it,
-- and OutboxSender delivers it in the background with retries. message_id is fixed when the mail is queued,
-- so a mail sent again after a crash between sending and marking it sent carries the same Message-ID.
create table mail_outbox (
    id                bigint generated always as identity primary key,
    recipient         varchar(254)  not null,
    recipient_name    varchar(100),
    subject           varchar(200)  not null,
    text_body         text          not null,
    html_body         text          not null,
    kind              varchar(40)   not null,
    message_id        varchar(200)  not null unique,
    list_unsubscribe  varchar(600),
    status            varchar(10)   not null default 'PENDING',
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz   not null,
    claimed_until     timestamptz,
    last_error        varchar(1000),
    created_at        timestamptz   not null,
    sent_at           timestamptz,
    constraint mail_outbox_status_is_known check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status in ('PENDING', 'SENDING');

create table mail_attachment (
    outbox_id    bigint       not null references mail_outbox (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (outbox_id, position)
);

-- The key that signs one-click unsubscribe links: one row, made on first use, shared by every node.
create table mail_signing_key (
    id      smallint primary key default 1 check (id = 1),
    secret  bytea not null
);

-- How each person hears of each kind of notification by e-mail: at once, in the daily digest, or not at all.
-- No row: the kind's default (NotificationMailing).
create table notification_mail_preference (
    account_id bigint      not null references account (id) on delete cascade,
    kind       varchar(40) not null,
    delivery   varchar(10) not null,
    primary key (account_id, kind),
    constraint notification_mail_preference_delivery check (delivery in ('IMMEDIATE', 'DIGEST', 'OFF'))
);

-- When a person's daily digest goes out (a wall-clock time in their own zone) and when it last went.
create table notification_digest (
    account_id     bigint primary key references account (id) on delete cascade,
    digest_time    time        not null default '18:00',
    last_sent_at   timestamptz
);

-- Each notification remembers how it was to be mailed and when it was, so a digest holds each one once.
alter table notification
    add column mail_delivery varchar(10) not null default 'OFF',
    add column mailed_at     timestamptz,
    add constraint notification_mail_delivery check (mail_delivery in ('IMMEDIATE', 'DIGEST', 'OFF'));

create index notification_digest_due on notification (recipient_id) where mail_delivery = 'DIGEST' and mailed_at is null;
