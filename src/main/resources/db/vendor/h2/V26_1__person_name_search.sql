-- PostgreSQL gets a trigram index for person search here (see db/vendor/postgresql); H2 has none and needs nothing.
select 1;
