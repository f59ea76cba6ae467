-- AlterTable
ALTER TABLE "SavedList" ADD COLUMN     "plan" JSONB;

-- AlterTable
ALTER TABLE "SavedListItem" ADD COLUMN     "matchChance" DOUBLE PRECISION,
ADD COLUMN     "signal" TEXT;
