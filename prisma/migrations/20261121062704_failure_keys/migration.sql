-- CreateTable
CREATE TABLE "FailureKey" (
    "executionId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupKey" TEXT NOT NULL,
    "stateMachineId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "failedStateName" TEXT,
    "error" TEXT,
    "normalisedCause" TEXT NOT NULL,
    "failedAt" DATETIME NOT NULL,
    "failedHour" INTEGER NOT NULL,
    "syncedAt" DATETIME NOT NULL,
    CONSTRAINT "FailureKey_executionId_fkey" FOREIGN KEY ("executionId") REFERENCES "Execution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FailureKey_failedAt_idx" ON "FailureKey"("failedAt");

-- CreateIndex
CREATE INDEX "FailureKey_groupKey_failedAt_idx" ON "FailureKey"("groupKey", "failedAt");

-- CreateIndex
CREATE INDEX "FailureKey_stateMachineId_failedAt_idx" ON "FailureKey"("stateMachineId", "failedAt");

-- CreateIndex
CREATE INDEX "FailureKey_sourceId_failedAt_idx" ON "FailureKey"("sourceId", "failedAt");

-- CreateIndex
CREATE INDEX "Execution_lastSyncedAt_idx" ON "Execution"("lastSyncedAt");

