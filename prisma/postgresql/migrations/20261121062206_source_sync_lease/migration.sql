-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "syncLeaseExpiresAt" TIMESTAMP(3),
ADD COLUMN     "syncLeaseOwner" TEXT;

-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN     "notes" JSONB,
ADD COLUMN     "step" TEXT;

-- CreateTable
CREATE TABLE "SourceMetricHour" (
    "sourceId" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "statistic" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "hourStart" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SourceMetricHour_pkey" PRIMARY KEY ("sourceId","metric","statistic","dimension","hourStart")
);

-- CreateIndex
CREATE INDEX "SourceMetricHour_hourStart_idx" ON "SourceMetricHour"("hourStart");

-- AddForeignKey
ALTER TABLE "SourceMetricHour" ADD CONSTRAINT "SourceMetricHour_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

