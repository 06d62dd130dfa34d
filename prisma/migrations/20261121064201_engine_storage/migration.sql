-- CreateTable
CREATE TABLE "EngineStateMachine" (
    "arn" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "roleArn" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "creationDate" DATETIME NOT NULL,
    "revisionId" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "EngineStateMachineRevision" (
    "stateMachineArn" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "roleArn" TEXT NOT NULL,
    "updateDate" DATETIME NOT NULL,

    PRIMARY KEY ("stateMachineArn", "revisionId")
);

-- CreateTable
CREATE TABLE "EngineActivity" (
    "arn" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "creationDate" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EngineExecution" (
    "arn" TEXT NOT NULL PRIMARY KEY,
    "stateMachineArn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "stopDate" DATETIME,
    "input" TEXT NOT NULL,
    "output" TEXT,
    "error" TEXT,
    "cause" TEXT,
    "redriveCount" INTEGER NOT NULL DEFAULT 0,
    "redriveDate" DATETIME,
    "mapRunArn" TEXT,
    "mapItemIndex" INTEGER,
    "revisionId" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "mockTestCase" TEXT
);

-- CreateTable
CREATE TABLE "EngineHistoryEvent" (
    "executionArn" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "previousEventId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "timestamp" DATETIME NOT NULL,
    "detailsKey" TEXT,
    "details" TEXT,
    "stateName" TEXT,
    "payload" TEXT,
    "thread" TEXT NOT NULL,
    "scope" TEXT,

    PRIMARY KEY ("executionArn", "id")
);

-- CreateTable
CREATE TABLE "EngineTaskToken" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "executionArn" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "outcome" TEXT
);

-- CreateTable
CREATE TABLE "EngineTag" (
    "resourceArn" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    PRIMARY KEY ("resourceArn", "key")
);

-- CreateIndex
CREATE INDEX "EngineExecution_stateMachineArn_startDate_idx" ON "EngineExecution"("stateMachineArn", "startDate");

-- CreateIndex
CREATE INDEX "EngineExecution_status_idx" ON "EngineExecution"("status");

-- CreateIndex
CREATE INDEX "EngineExecution_mapRunArn_idx" ON "EngineExecution"("mapRunArn");

-- CreateIndex
CREATE INDEX "EngineTaskToken_executionArn_idx" ON "EngineTaskToken"("executionArn");

