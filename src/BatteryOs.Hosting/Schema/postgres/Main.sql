-- The query catalogue of the Orleans ADO.NET providers on PostgreSQL (15 or later).
-- Every provider reads its queries at start with `SELECT QueryKey, QueryText FROM OrleansQuery`, by key, and
-- runs them with named parameters (@Name). The other scripts in this folder add their tables and store their
-- queries here; PostgresSchema.ApplyAsync applies this one first, all of them in one transaction.
--
-- Idempotent: tables are created only when missing and queries are upserted by key, so running the scripts
-- again replaces the query texts with these and keeps every row of data.
--
-- Names are unquoted, so PostgreSQL stores them in lower case (orleansquery, querykey); Npgsql matches the
-- column names Orleans asks for without regard to case.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);
