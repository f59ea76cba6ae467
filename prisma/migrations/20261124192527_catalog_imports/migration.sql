-- DropIndex
DROP INDEX "Program_state_idx";

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "erasParticipating" BOOLEAN,
ADD COLUMN     "fieldSources" JSONB,
ADD COLUMN     "importId" INTEGER,
ADD COLUMN     "positionsFilled" INTEGER,
ADD COLUMN     "website" TEXT,
ALTER COLUMN "city" DROP NOT NULL;

-- AlterTable
ALTER TABLE "SavedListItem" ALTER COLUMN "city" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CatalogImport" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "dataYear" INTEGER,
    "rowsRead" INTEGER NOT NULL,
    "inserted" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "rejectedCount" INTEGER NOT NULL,
    "rejections" JSONB NOT NULL,
    "repairs" JSONB NOT NULL,
    "replacedDemo" TEXT[],
    "importedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Program_specialtyCode_name_idx" ON "Program"("specialtyCode", "name");

-- CreateIndex
CREATE INDEX "Program_state_city_idx" ON "Program"("state", "city");

-- CreateIndex
CREATE INDEX "Program_name_idx" ON "Program"("name");

-- CreateIndex
CREATE INDEX "Program_institution_idx" ON "Program"("institution");

-- CreateIndex
CREATE INDEX "Program_importId_idx" ON "Program"("importId");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CatalogImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
