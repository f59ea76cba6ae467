-- AlterTable
ALTER TABLE "User" ADD COLUMN     "failedSignIns" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstFailedSignInAt" TIMESTAMP(3),
ADD COLUMN     "lastFailedSignInAt" TIMESTAMP(3);
