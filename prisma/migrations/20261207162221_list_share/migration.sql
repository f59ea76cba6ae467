-- AlterTable
ALTER TABLE "SavedList" ADD COLUMN     "shareTokenHash" TEXT,
ADD COLUMN     "sharedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "SavedList_shareTokenHash_key" ON "SavedList"("shareTokenHash");
