-- CreateTable
CREATE TABLE "EngineStateMachine" (
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "roleArn" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "creationDate" TIMESTAMP(3) NOT NULL,
    "revisionId" TEXT NOT NULL,

    CONSTRAINT "EngineStateMachine_pkey" PRIMARY KEY ("arn")
);

-- CreateTable
CREATE TABLE "EngineStateMachineRevision" (
    "stateMachineArn" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "roleArn" TEXT NOT NULL,
    "updateDate" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngineStateMachineRevision_pkey" PRIMARY KEY ("stateMachineArn","revisionId")
);

-- CreateTable
CREATE TABLE "EngineActivity" (
    "arn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creationDate" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EngineActivity_pkey" PRIMARY KEY ("arn")
);

-- CreateTable
CREATE TABLE "EngineExecution" (
    "arn" TEXT NOT NULL,
    "stateMachineArn" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,
    "stopDate" TIMESTAMP(3),
    "input" TEXT NOT NULL,
    "output" TEXT,
    "error" TEXT,
    "cause" TEXT,
    "redriveCount" INTEGER NOT NULL DEFAULT 0,
    "redriveDate" TIMESTAMP(3),
    "mapRunArn" TEXT,
    "mapItemIndex" INTEGER,
    "revisionId" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "mockTestCase" TEXT,

    CONSTRAINT "EngineExecution_pkey" PRIMARY KEY ("arn")
);

-- CreateTable
CREATE TABLE "EngineHistoryEvent" (
    "executionArn" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "previousEventId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "detailsKey" TEXT,
    "details" TEXT,
    "stateName" TEXT,
    "payload" TEXT,
    "thread" TEXT NOT NULL,
    "scope" TEXT,

    CONSTRAINT "EngineHistoryEvent_pkey" PRIMARY KEY ("executionArn","id")
);

-- CreateTable
CREATE TABLE "EngineTaskToken" (
    "token" TEXT NOT NULL,
    "executionArn" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "outcome" TEXT,

    CONSTRAINT "EngineTaskToken_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "EngineTag" (
    "resourceArn" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "EngineTag_pkey" PRIMARY KEY ("resourceArn","key")
);

-- CreateIndex
CREATE INDEX "EngineExecution_stateMachineArn_startDate_idx" ON "EngineExecution"("stateMachineArn", "startDate");

-- CreateIndex
CREATE INDEX "EngineExecution_status_idx" ON "EngineExecution"("status");

-- CreateIndex
CREATE INDEX "EngineExecution_mapRunArn_idx" ON "EngineExecution"("mapRunArn");

-- CreateIndex
CREATE INDEX "EngineTaskToken_executionArn_idx" ON "EngineTaskToken"("executionArn");

