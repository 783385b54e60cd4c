-- Cluster membership for the Orleans ADO.NET clustering provider (Microsoft.Orleans.Clustering.AdoNet): silos
-- register, report liveness and vote each other dead here; clients read the gateway list from it.
-- Needs Main.sql first. Idempotent: see Main.sql.
--
-- DeploymentId is the Orleans ClusterId. Each cluster has one version row; every change to a silo's entry
-- (insert or update, not the periodic liveness time) must advance that version by exactly one, and only from
-- the version the writer read: the table version is the membership protocol's optimistic lock, and a write
-- that lost the race returns false so Orleans reads the table again and retries.
-- Parameters: DeploymentId (text); a silo is Address (text), Port and Generation (int); Status is the
-- SiloStatus number (3 = Active, 6 = Dead); times are UTC; SuspectTimes is Orleans' own text encoding of the
-- suspicion votes ("address,time|..."), stored as given; Version is the table version the writer read.

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Timestamp timestamptz NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName text NOT NULL,
    HostName text NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NOT NULL,
    SuspectTimes text NULL,
    StartTime timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Creates the cluster's version row (version 0) unless it exists. Returns one row, one column: true when this
-- call created it. Silos run it at start; the first one wins, the others see false.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipVersionKey', $query$
WITH created AS
(
    INSERT INTO OrleansMembershipVersionTable (DeploymentId)
    VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM created) AS Created;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Adds a silo's entry (no suspicion votes yet) and advances the table version from @Version, both or neither.
-- Returns one row, one column: true when both happened. The version row is bumped only when the entry does not
-- exist yet; a concurrent writer holding the same @Version waits for the version row's lock and then finds the
-- version moved on, so two writers never both succeed from one version.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('InsertMembershipKey', $query$
WITH bumped AS
(
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
        AND NOT EXISTS
        (
            SELECT 1 FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId
                AND Address = @Address AND Port = @Port AND Generation = @Generation
        )
    RETURNING DeploymentId
),
inserted AS
(
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
        @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted) AS Inserted;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Changes a silo's status, suspicion votes and liveness time and advances the table version from @Version,
-- both or neither. Returns one row, one column: true when both happened.
-- The entry is locked first (FOR UPDATE), so it cannot be deleted between the version bump and the update.
-- The liveness time never moves backwards: a status change carrying an older time than a concurrent
-- UpdateIAmAlivetimeKey must not undo it.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateMembershipKey', $query$
WITH member AS
(
    SELECT DeploymentId FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
    FOR UPDATE
),
bumped AS
(
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version AND EXISTS (SELECT 1 FROM member)
    RETURNING DeploymentId
),
updated AS
(
    UPDATE OrleansMembershipTable AS m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = GREATEST(m.IAmAliveTime, @IAmAliveTime)
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId
        AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated) AS Updated;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- The periodic liveness report: sets IAmAliveTime without touching the table version (it is not a membership
-- change, and bumping it would make every other silo's pending write fail). Orleans reads no result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('UpdateIAmAlivetimeKey', $query$
UPDATE OrleansMembershipTable
SET IAmAliveTime = GREATEST(IAmAliveTime, @IAmAliveTime)
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- One silo's entry. Orleans reads the version from the first row and builds an entry from every row whose
-- StartTime is not NULL, so the version row is always returned, joined to the entry when there is one:
-- one row, whose member columns are NULL when the silo has no entry. One statement, one snapshot: the version
-- returned is the version of the entry returned.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadRowKey', $query$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
    m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m
    ON m.DeploymentId = v.DeploymentId
    AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Every entry of the cluster, each row carrying the table version; one row with NULL member columns when the
-- cluster has no entries yet (see MembershipReadRowKey).
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('MembershipReadAllKey', $query$
SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
    m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
FROM OrleansMembershipVersionTable AS v
LEFT JOIN OrleansMembershipTable AS m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- The gateways clients may connect to: silos in @Status (Orleans passes 3, Active) with a gateway port.
-- Columns Address, ProxyPort and Generation, one row per gateway.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('GatewaysQueryKey', $query$
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Forgets a whole cluster: its entries, then its version row. Two statements in one command, which Npgsql
-- runs as one implicit transaction. Orleans reads no result.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('DeleteMembershipTableEntriesKey', $query$
DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;

-- Prunes entries of silos that are Dead (6) and were last alive, and started, before @IAmAliveTime (the cut-off
-- Orleans computes from its defunct-silo expiry). Dead is final for a silo generation, so deleting such rows
-- never loses a live silo. Orleans reads no result. The table version is left alone: pruning changes no live
-- member, and bumping it would fail concurrent membership writes for nothing.
-- Orleans 10.4 also knows an optional CleanupDefunctSiloEntryKey, which it then runs once per dead row with
-- the row's captured values instead of this set-based delete. It is deliberately not stored: for rows that
-- can no longer change it only adds one round trip per row.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES ('CleanupDefunctSiloEntriesKey', $query$
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = 6
    AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
