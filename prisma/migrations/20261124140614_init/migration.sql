-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MatchService" AS ENUM ('NRMP', 'AUA', 'SF');

-- CreateEnum
CREATE TYPE "ProgramType" AS ENUM ('UNIVERSITY', 'COMMUNITY_UNIVERSITY_AFFILIATED', 'COMMUNITY', 'MILITARY');

-- CreateEnum
CREATE TYPE "Setting" AS ENUM ('URBAN', 'SUBURBAN', 'RURAL');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('NORTHEAST', 'MIDWEST', 'SOUTH', 'WEST');

-- CreateEnum
CREATE TYPE "ResearchEmphasis" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateTable
CREATE TABLE "Specialty" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "match" "MatchService" NOT NULL,
    "positions" INTEGER,
    "applicants" INTEGER,
    "matchRateUsMd" DOUBLE PRECISION,
    "matchRateUsDo" DOUBLE PRECISION,
    "matchRateUsImg" DOUBLE PRECISION,
    "matchRateNonUsImg" DOUBLE PRECISION,
    "medianStep2MatchedUsMd" INTEGER,
    "meanContiguousRanksNonUsImg" DOUBLE PRECISION,
    "signalsSingle" INTEGER,
    "signalsGold" INTEGER,
    "signalsSilver" INTEGER,
    "referenceYear" INTEGER NOT NULL,
    "sources" TEXT[],

    CONSTRAINT "Specialty_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" TEXT NOT NULL,
    "acgmeId" TEXT,
    "nrmpCode" TEXT,
    "name" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "specialtyCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" CHAR(2) NOT NULL,
    "region" "Region" NOT NULL,
    "setting" "Setting",
    "type" "ProgramType",
    "positions" INTEGER,
    "sponsorsJ1" BOOLEAN,
    "sponsorsH1b" BOOLEAN,
    "shareUsMd" DOUBLE PRECISION,
    "shareDo" DOUBLE PRECISION,
    "shareImg" DOUBLE PRECISION,
    "minStep2" INTEGER,
    "minStep2Hard" BOOLEAN,
    "typicalStep2" INTEGER,
    "yogLimitYears" INTEGER,
    "maxAttempts" INTEGER,
    "usceRequiredMonths" INTEGER,
    "researchEmphasis" "ResearchEmphasis",
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogRevision" (
    "id" SERIAL NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Program_acgmeId_key" ON "Program"("acgmeId");

-- CreateIndex
CREATE UNIQUE INDEX "Program_nrmpCode_key" ON "Program"("nrmpCode");

-- CreateIndex
CREATE INDEX "Program_specialtyCode_state_idx" ON "Program"("specialtyCode", "state");

-- CreateIndex
CREATE INDEX "Program_state_idx" ON "Program"("state");

-- CreateIndex
CREATE INDEX "Program_source_idx" ON "Program"("source");

-- AddForeignKey
ALTER TABLE "Program" ADD CONSTRAINT "Program_specialtyCode_fkey" FOREIGN KEY ("specialtyCode") REFERENCES "Specialty"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
