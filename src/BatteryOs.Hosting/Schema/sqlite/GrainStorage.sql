-- Grain storage for the Orleans ADO.NET persistence provider on an embedded SQLite file.
-- Idempotent: SqliteSchema.EnsureCreated applies it inside one transaction on every silo start,
-- so a changed query text here reaches existing databases on the next start.
--
-- Parameters Orleans passes to every query (bound as @Name): GrainIdHash, GrainIdN0, GrainIdN1,
-- GrainTypeHash, GrainTypeString, GrainIdExtensionString (may be NULL) and ServiceId. Write, clear and
-- delete also get GrainStateVersion (NULL for a grain that has never been written); write gets PayloadBinary.
-- The extension is matched with IS because it is NULL for most grains and NULL = NULL is not true.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    GrainIdHash INTEGER NOT NULL,
    GrainIdN0 INTEGER NOT NULL,
    GrainIdN1 INTEGER NOT NULL,
    GrainTypeHash INTEGER NOT NULL,
    GrainTypeString TEXT NOT NULL,
    GrainIdExtensionString TEXT NULL,
    ServiceId TEXT NOT NULL,
    PayloadBinary BLOB NULL,
    ModifiedOn TEXT NOT NULL,
    Version INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS IX_OrleansStorage_GrainIdHash_GrainTypeHash
    ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Read: no row when the grain has no record, else its payload (NULL once cleared) and version.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
    AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
    AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
    AND ServiceId = @ServiceId
LIMIT 1;
');

-- Write: always exactly one row, NewGrainStateVersion = the new version, or NULL when the optimistic check
-- fails (Orleans then throws InconsistentStateException).
-- The UPDATE only matches the version the grain holds; the INSERT only runs for a grain that has never been
-- written and has no row. SQLite's changes() reports only the last statement, so the final SELECT reads the
-- outcome back from the row instead: the row must now carry the version this writer would have produced.
-- The version alone is not proof: a twin activation holding the same version may have written first, leaving
-- exactly that version behind while this writer changed nothing. Requiring the stored payload to be this
-- writer's own bytes turns that false success into NULL; the only twin it still lets through wrote identical
-- bytes, and then the stored state and both writers' versions agree anyway.
-- BEGIN IMMEDIATE takes the write lock before the first read, so the three statements see one state and a
-- busy database makes BEGIN wait (busy_timeout) instead of failing half-way with a transaction left open.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('WriteToStorageKey', '
BEGIN IMMEDIATE;
UPDATE OrleansStorage
SET PayloadBinary = @PayloadBinary, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
    AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
    AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
    AND ServiceId = @ServiceId
    AND Version = @GrainStateVersion;
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
    ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
    @ServiceId, @PayloadBinary, CURRENT_TIMESTAMP, 1
WHERE @GrainStateVersion IS NULL AND NOT EXISTS
(
    SELECT 1 FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
);
SELECT
(
    SELECT Version FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
        AND Version = COALESCE(@GrainStateVersion, 0) + 1 AND PayloadBinary = @PayloadBinary
) AS NewGrainStateVersion;
COMMIT;
');

-- Clear: as write, with a NULL payload; Orleans reads the first column of the one row. A grain never written
-- gets a row with a NULL payload and version 1. The twin argument above holds here too: a twin that cleared
-- first left the same NULL payload, so both clearers agree with what is stored.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('ClearStorageKey', '
BEGIN IMMEDIATE;
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
    AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
    AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
    AND ServiceId = @ServiceId
    AND Version = @GrainStateVersion;
INSERT INTO OrleansStorage
    (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
    ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString,
    @ServiceId, NULL, CURRENT_TIMESTAMP, 1
WHERE @GrainStateVersion IS NULL AND NOT EXISTS
(
    SELECT 1 FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
);
SELECT
(
    SELECT Version FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
        AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
        AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
        AND ServiceId = @ServiceId
        AND Version = COALESCE(@GrainStateVersion, 0) + 1 AND PayloadBinary IS NULL
) AS NewGrainStateVersion;
COMMIT;
');

-- Delete (used instead of clear when DeleteStateOnClear is set): removes the row only at the version the grain
-- holds. Orleans reads the first column of the single row: it must differ from the grain's version on
-- success (version + 1 here), and no row at all means a conflict. One statement, so no explicit transaction.
INSERT OR REPLACE INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
    AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
    AND GrainTypeString = @GrainTypeString AND GrainIdExtensionString IS @GrainIdExtensionString
    AND ServiceId = @ServiceId
    AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;
');
