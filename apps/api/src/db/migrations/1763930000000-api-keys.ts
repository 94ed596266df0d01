import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Partner API keys: stored as a SHA-256 of the whole key with its visible prefix; never the key itself. */
export class ApiKeys1763930000000 implements MigrationInterface {
  name = 'ApiKeys1763930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "api_key" ("id" uuid NOT NULL, "partner_name" text NOT NULL, "note" text, "prefix" text NOT NULL, "key_hash" text NOT NULL, "created_by_email" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key" ("prefix")`);
    await q.query(`CREATE UNIQUE INDEX "api_key_hash_key" ON "api_key" ("key_hash")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "api_key" CASCADE`);
  }
}
