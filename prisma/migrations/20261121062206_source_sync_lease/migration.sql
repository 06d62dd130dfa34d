-- AlterTable
ALTER TABLE "Source" ADD COLUMN "syncLeaseExpiresAt" DATETIME;
ALTER TABLE "Source" ADD COLUMN "syncLeaseOwner" TEXT;

-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN "notes" JSONB;
ALTER TABLE "SyncRun" ADD COLUMN "step" TEXT;

-- CreateTable
CREATE TABLE "SourceMetricHour" (
    "sourceId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "statistic" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "hourStart" DATETIME NOT NULL,
    "value" REAL NOT NULL,

    PRIMARY KEY ("sourceId", "metric", "statistic", "dimension", "hourStart"),
    CONSTRAINT "SourceMetricHour_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourceMetricHour_hourStart_idx" ON "SourceMetricHour"("hourStart");

