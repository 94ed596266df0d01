import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Regions, forces and their details, national bodies, groups and their details, commitments. */
export class Init1763900000000 implements MigrationInterface {
  name = 'Init1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "commitment" ("id" text NOT NULL, "force_id" text NOT NULL, "title" text NOT NULL, "statement" text, "made_by" text, "made_on" date, "made_at" text, "measure" text, "target_group" text, "target_numerator" integer, "target_denominator" integer, "source_ids" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commitment_target_check" CHECK ("target_numerator" IS NULL OR ("target_denominator" > 0 AND "target_numerator" BETWEEN 0 AND "target_denominator")), CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "commitment_force_id_idx" ON "commitment" ("force_id") `);
    await q.query(`CREATE TABLE "commitment_action" ("id" text NOT NULL, "commitment_id" text NOT NULL, "theme" text NOT NULL, "text" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_06d3f18a81dcd757ec196f7bca3" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "commitment_action_commitment_id_idx" ON "commitment_action" ("commitment_id") `);
    await q.query(`CREATE TABLE "commitment_figure" ("id" uuid NOT NULL, "commitment_id" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "total" integer NOT NULL, "part" integer NOT NULL, "source" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "commitment_figure_period_check" CHECK ("period_start" <= "period_end"), CONSTRAINT "commitment_figure_counts_check" CHECK ("total" >= 0 AND "part" >= 0 AND "part" <= "total"), CONSTRAINT "PK_d0424dba7bb7646e7fa2def0899" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "commitment_figure_commitment_id_idx" ON "commitment_figure" ("commitment_id") `);
    await q.query(`CREATE TABLE "corporate_membership" ("id" text NOT NULL, "force_id" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "source_ids" text array NOT NULL DEFAULT '{}', "organisation" text NOT NULL, CONSTRAINT "PK_758c6394a72f1cf0518373d953c" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "corporate_membership_force_id_idx" ON "corporate_membership" ("force_id") `);
    await q.query(`CREATE TABLE "force_scheme" ("id" text NOT NULL, "force_id" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "source_ids" text array NOT NULL DEFAULT '{}', "name" text NOT NULL, "since" integer, "description" text, CONSTRAINT "PK_bcd7613a249a8669db7ed585414" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "force_scheme_force_id_idx" ON "force_scheme" ("force_id") `);
    await q.query(`CREATE TABLE "force_facility" ("id" text NOT NULL, "force_id" text NOT NULL, "position" integer NOT NULL DEFAULT '0', "source_ids" text array NOT NULL DEFAULT '{}', "name" text NOT NULL, "description" text, "location" text, "opened_year" integer, "opened_month" integer, CONSTRAINT "PK_bb5b1c244060c8a625d357dcc53" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "force_facility_force_id_idx" ON "force_facility" ("force_id") `);
    await q.query(`CREATE TABLE "force" ("id" text NOT NULL, "name" text NOT NULL, "region_id" text NOT NULL, "website" text, "description" text, "social_handles" jsonb NOT NULL DEFAULT '[]', "equality_objectives" text array NOT NULL DEFAULT '{}', "positive_action_focus" text array NOT NULL DEFAULT '{}', "source_ids" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "force_positive_action_focus_check" CHECK ("positive_action_focus" <@ ARRAY['RECRUITMENT', 'RETENTION', 'PROGRESSION', 'COMMUNITY_ENGAGEMENT']::text[]), CONSTRAINT "PK_41cec99fedb81176cd0e6ec3f1f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "force_region_id_idx" ON "force" ("region_id") `);
    await q.query(`CREATE TABLE "group_former_name" ("id" SERIAL NOT NULL, "group_id" text NOT NULL, "name" text NOT NULL, "until" integer, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_128d3aa14be2fd8e03dfeed0948" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "group_former_name_group_id_idx" ON "group_former_name" ("group_id") `);
    await q.query(`CREATE TABLE "membership_fee" ("id" SERIAL NOT NULL, "group_id" text NOT NULL, "amount_pence" integer NOT NULL, "period" text, "applies_from" date, "note" text, CONSTRAINT "membership_fee_amount_check" CHECK ("amount_pence" >= 0), CONSTRAINT "membership_fee_period_check" CHECK ("period" IS NULL OR "period" IN ('MONTH', 'YEAR')), CONSTRAINT "PK_1991a379874cf923bddc1e749e1" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "membership_fee_group_id_idx" ON "membership_fee" ("group_id") `);
    await q.query(`CREATE TABLE "group_affiliation" ("group_id" text NOT NULL, "national_body_id" text NOT NULL, "relation" text NOT NULL, CONSTRAINT "PK_00f49e11b7e72513f65b736c7f4" PRIMARY KEY ("group_id", "national_body_id"))`);
    await q.query(`CREATE INDEX "group_affiliation_national_body_id_idx" ON "group_affiliation" ("national_body_id") `);
    await q.query(`CREATE TABLE "group" ("id" text NOT NULL, "force_id" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "also_known_as" text array NOT NULL DEFAULT '{}', "description" text, "aims" text array NOT NULL DEFAULT '{}', "established" integer, "established_event" text, "characteristics" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "eligibility" text array NOT NULL DEFAULT '{}', "eligibility_note" text, "ranks" text array NOT NULL DEFAULT '{}', "national_body_id" text, "meeting_pattern" text, "social_handles" jsonb NOT NULL DEFAULT '[]', "website" text, "status" text NOT NULL DEFAULT 'DRAFT', "source_ids" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "group_established_range_check" CHECK ("established" IS NULL OR "established" BETWEEN 1800 AND 2200), CONSTRAINT "group_eligibility_check" CHECK ("eligibility" <@ ARRAY['POLICE_OFFICERS', 'POLICE_STAFF', 'SPECIAL_CONSTABLES', 'VOLUNTEERS', 'SPOUSES_OR_PARTNERS', 'RETIRED_STAFF', 'ASSOCIATE_MEMBERS']::text[]), CONSTRAINT "group_characteristics_check" CHECK ("characteristics" <@ ARRAY['AGE', 'DISABILITY', 'GENDER_REASSIGNMENT', 'MARRIAGE_AND_CIVIL_PARTNERSHIP', 'PREGNANCY_AND_MATERNITY', 'RACE', 'RELIGION_OR_BELIEF', 'SEX', 'SEXUAL_ORIENTATION']::text[]), CONSTRAINT "group_established_event_check" CHECK ("established_event" IS NULL OR "established_event" IN ('ESTABLISHED', 'RECOGNISED', 'REFORMED')), CONSTRAINT "group_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "group_kind_check" CHECK ("kind" IN ('STAFF_NETWORK', 'STAFF_ASSOCIATION', 'TRADE_UNION', 'SUPPORT_GROUP', 'PEER_SUPPORT')), CONSTRAINT "PK_256aa0fda9b1de1a73ee0b7106b" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "group_force_id_idx" ON "group" ("force_id") `);
    await q.query(`CREATE INDEX "group_kind_idx" ON "group" ("kind") `);
    await q.query(`CREATE INDEX "group_national_body_id_idx" ON "group" ("national_body_id") `);
    await q.query(`CREATE INDEX "group_status_idx" ON "group" ("status") `);
    await q.query(`CREATE INDEX "group_characteristics_gin_idx" ON "group" USING gin ("characteristics") `);
    await q.query(`CREATE TABLE "national_body" ("id" text NOT NULL, "name" text NOT NULL, "short_name" text, "founded" integer, "description" text, "website" text, "source_ids" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_17168abcded848354db32bfbfe3" UNIQUE ("name"), CONSTRAINT "PK_f2353a641499113eaffe2f6c872" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "region" ("id" text NOT NULL, "name" text NOT NULL, CONSTRAINT "UQ_8d766fc1d4d2e72ecd5f6567a02" UNIQUE ("name"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "source" ("id" text NOT NULL, "title" text NOT NULL, "publisher" text, "url" text, CONSTRAINT "PK_018c433f8264b58c86363eaadde" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "commitment" ADD CONSTRAINT "FK_10e96a1888674845bc14303c7c7" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "commitment_action" ADD CONSTRAINT "FK_2aa5d2f58a221e27865555f40c9" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "commitment_figure" ADD CONSTRAINT "FK_4d8de72076ef969e9cd8a0fe7c3" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "corporate_membership" ADD CONSTRAINT "FK_bd88a8c1b5e8afe681e5999e4a1" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "force_scheme" ADD CONSTRAINT "FK_bb5fc2db0411e5f1d5fe31bdb55" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "force_facility" ADD CONSTRAINT "FK_b4de4a5a2f55335e8086d278bde" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "force" ADD CONSTRAINT "FK_dc20693346f7d1733b6d6715616" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_former_name" ADD CONSTRAINT "FK_078e7137448ef2bff20b937a2ab" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "membership_fee" ADD CONSTRAINT "FK_81a82d584f5f6619a0463241898" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_affiliation" ADD CONSTRAINT "FK_0a600d99ee6e59cda2cb3ad1880" FOREIGN KEY ("group_id") REFERENCES "group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group_affiliation" ADD CONSTRAINT "FK_3098bac577cb1219b3ad1509f55" FOREIGN KEY ("national_body_id") REFERENCES "national_body"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group" ADD CONSTRAINT "FK_946bd5ec9429f61b1f88b164368" FOREIGN KEY ("force_id") REFERENCES "force"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "group" ADD CONSTRAINT "FK_220b4eb0909ba51f857d0fcf114" FOREIGN KEY ("national_body_id") REFERENCES "national_body"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "source" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "region" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "national_body" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "group" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "group_affiliation" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "membership_fee" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "group_former_name" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "force" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "force_facility" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "force_scheme" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "corporate_membership" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "commitment_figure" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "commitment_action" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "commitment" CASCADE`);
  }
}
