-- AlterTable
ALTER TABLE "Execution" ADD COLUMN "missingEvents" TEXT;

