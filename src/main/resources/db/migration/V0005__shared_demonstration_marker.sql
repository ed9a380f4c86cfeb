-- When the demonstration partnership was loaded, so that the embedded default loads it on its first start only.
create table demonstration_load (
    loaded_at  timestamptz not null primary key,
    requested  boolean     not null
);
