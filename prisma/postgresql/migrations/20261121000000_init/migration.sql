-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT,
    "accountId" TEXT,
    "profile" TEXT,
    "roleArn" TEXT,
    "endpoint" TEXT,
    "syncIntervalSec" INTEGER,
    "maxRequestsPerSec" DOUBLE PRECISION,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "stateMachinesSeen" INTEGER NOT NULL DEFAULT 0,
    "executionsSeen" INTEGER NOT NULL DEFAULT 0,
    "executionsWritten" INTEGER NOT NULL DEFAULT 0,
    "eventsWritten" INTEGER NOT NULL DEFAULT 0,
    "requestsMade" INTEGER NOT NULL DEFAULT 0,
    "throttledRequests" INTEGER NOT NULL DEFAULT 0,
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "error" TEXT,
    "checkpoint" JSONB,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateMachine" (
    "id" SERIAL NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT,
    "roleArn" TEXT,
    "logGroupArn" TEXT,
    "createdAt" TIMESTAMP(3),
    "sourceId" INTEGER NOT NULL,
    "lastSyncedAt" TIMESTAMP(3),
    "syncedUntil" TIMESTAMP(3),

    CONSTRAINT "StateMachine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateMachineRevision" (
    "id" SERIAL NOT NULL,
    "stateMachineId" INTEGER NOT NULL,
    "revisionId" TEXT,
    "definition" TEXT NOT NULL,
    "definitionHash" TEXT NOT NULL,
    "definitionBytes" INTEGER NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StateMachineRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Execution" (
    "id" SERIAL NOT NULL,
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stateMachineId" INTEGER NOT NULL,
    "revisionId" INTEGER,
    "sourceId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "stopDate" TIMESTAMP(3),
    "durationMs" INTEGER,
    "input" TEXT,
    "output" TEXT,
    "inputBytes" INTEGER,
    "outputBytes" INTEGER,
    "error" TEXT,
    "cause" TEXT,
    "failedStateName" TEXT,
    "redriveCount" INTEGER NOT NULL DEFAULT 0,
    "redriveStatus" TEXT,
    "redriveStatusReason" TEXT,
    "redriveDate" TIMESTAMP(3),
    "mapRunArn" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "lastEventAt" TIMESTAMP(3),
    "stateTransitions" INTEGER,
    "historyComplete" BOOLEAN NOT NULL DEFAULT false,
    "lastSyncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Execution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HistoryEvent" (
    "executionId" INTEGER NOT NULL,
    "eventId" INTEGER NOT NULL,
    "previousEventId" INTEGER,
    "type" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "stateName" TEXT,
    "details" JSONB NOT NULL,

    CONSTRAINT "HistoryEvent_pkey" PRIMARY KEY ("executionId","eventId")
);

-- CreateTable
CREATE TABLE "MetricHour" (
    "stateMachineId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "statistic" TEXT NOT NULL,
    "hourStart" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "MetricHour_pkey" PRIMARY KEY ("stateMachineId","metric","statistic","hourStart")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targets" JSONB NOT NULL,
    "params" JSONB,
    "outcome" TEXT NOT NULL,
    "results" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE INDEX "SyncRun_sourceId_startedAt_idx" ON "SyncRun"("sourceId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "StateMachine_arn_key" ON "StateMachine"("arn");

-- CreateIndex
CREATE INDEX "StateMachine_sourceId_idx" ON "StateMachine"("sourceId");

-- CreateIndex
CREATE INDEX "StateMachine_name_idx" ON "StateMachine"("name");

-- CreateIndex
CREATE UNIQUE INDEX "StateMachineRevision_stateMachineId_definitionHash_key" ON "StateMachineRevision"("stateMachineId", "definitionHash");

-- CreateIndex
CREATE UNIQUE INDEX "Execution_arn_key" ON "Execution"("arn");

-- CreateIndex
CREATE INDEX "Execution_stateMachineId_status_startDate_idx" ON "Execution"("stateMachineId", "status", "startDate");

-- CreateIndex
CREATE INDEX "Execution_stateMachineId_startDate_idx" ON "Execution"("stateMachineId", "startDate");

-- CreateIndex
CREATE INDEX "Execution_status_startDate_idx" ON "Execution"("status", "startDate");

-- CreateIndex
CREATE INDEX "Execution_status_error_idx" ON "Execution"("status", "error");

-- CreateIndex
CREATE INDEX "Execution_startDate_idx" ON "Execution"("startDate");

-- CreateIndex
CREATE INDEX "Execution_error_startDate_idx" ON "Execution"("error", "startDate");

-- CreateIndex
CREATE INDEX "Execution_sourceId_idx" ON "Execution"("sourceId");

-- CreateIndex
CREATE INDEX "Execution_revisionId_idx" ON "Execution"("revisionId");

-- CreateIndex
CREATE INDEX "Execution_mapRunArn_idx" ON "Execution"("mapRunArn");

-- CreateIndex
CREATE INDEX "HistoryEvent_executionId_type_idx" ON "HistoryEvent"("executionId", "type");

-- CreateIndex
CREATE INDEX "MetricHour_hourStart_idx" ON "MetricHour"("hourStart");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_action_at_idx" ON "AuditEntry"("action", "at");

-- AddForeignKey
ALTER TABLE "SyncRun" ADD CONSTRAINT "SyncRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateMachine" ADD CONSTRAINT "StateMachine_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateMachineRevision" ADD CONSTRAINT "StateMachineRevision_stateMachineId_fkey" FOREIGN KEY ("stateMachineId") REFERENCES "StateMachine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_stateMachineId_fkey" FOREIGN KEY ("stateMachineId") REFERENCES "StateMachine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "StateMachineRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Execution" ADD CONSTRAINT "Execution_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HistoryEvent" ADD CONSTRAINT "HistoryEvent_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetricHour" ADD CONSTRAINT "MetricHour_stateMachineId_fkey" FOREIGN KEY ("stateMachineId") REFERENCES "StateMachine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

