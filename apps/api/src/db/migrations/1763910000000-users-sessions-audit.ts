import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, sign-in throttling and the append-only audit log; groups remember their status before archiving. */
export class UsersSessionsAudit1763910000000 implements MigrationInterface {
  name = 'UsersSessionsAudit1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_email" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text NOT NULL, "force_id" text, "before" jsonb, "after" jsonb, "request_id" text, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "audit_event_force_idx" ON "audit_event" ("force_id", "id")`);
    await q.query(`CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("entity_type", "entity_id", "id")`);
    await q.query(`CREATE TABLE "session" ("token_hash" text NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a83507eb0338ac037780e02f2b9" PRIMARY KEY ("token_hash"))`);
    await q.query(`CREATE INDEX "session_user_id_idx" ON "session" ("user_id")`);
    await q.query(`CREATE INDEX "session_expires_at_idx" ON "session" ("expires_at")`);
    await q.query(`CREATE TABLE "sign_in_throttle" ("key" text NOT NULL, "failures" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f838c82d37e24773fc7984a7649" PRIMARY KEY ("key"))`);
    await q.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL, "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "force_id" text, "region_id" text, "active" boolean NOT NULL DEFAULT true, "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_scope_check" CHECK (("role" = 'FORCE_ADMIN' AND "force_id" IS NOT NULL AND "region_id" IS NULL)
   OR ("role" = 'REGIONAL_COORDINATOR' AND "region_id" IS NOT NULL AND "force_id" IS NULL)
   OR ("role" = 'NATIONAL_ADMIN' AND "force_id" IS NULL AND "region_id" IS NULL)), CONSTRAINT "app_user_role_check" CHECK ("role" IN ('NATIONAL_ADMIN', 'FORCE_ADMIN', 'REGIONAL_COORDINATOR')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email")`);
    await q.query(`ALTER TABLE "group" ADD "status_before_archive" text`);
    await q.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_86edf2c05338174f3e5cfb0247f" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_7ce12ff096a1004f6cf008b8779" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit events are never changed or deleted';
END $$`);
    await q.query(`CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER IF EXISTS audit_event_append_only ON "audit_event"`);
    await q.query(`DROP FUNCTION IF EXISTS audit_event_is_append_only()`);
    await q.query(`ALTER TABLE "group" DROP COLUMN "status_before_archive"`);
    await q.query(`DROP TABLE IF EXISTS "session" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "sign_in_throttle" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "audit_event" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "app_user" CASCADE`);
  }
}
