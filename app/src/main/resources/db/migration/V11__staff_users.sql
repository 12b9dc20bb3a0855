-- Staff and machine users who may sign in, with their roles. Passwords are bcrypt hashes.
create table staff_user (
  username         varchar(64) primary key,
  password_hash    varchar(100) not null,
  display_name     varchar(128),
  agency           varchar(64),
  locale           varchar(16),
  enabled          boolean not null default true,
  failed_attempts  int not null default 0,
  locked_until     timestamp with time zone,
  created_at       timestamp with time zone not null,
  created_by       varchar(64) not null,
  version          bigint not null default 0
);

create table staff_user_role (
  username  varchar(64) not null references staff_user (username),
  role      varchar(32) not null,
  primary key (username, role)
);
