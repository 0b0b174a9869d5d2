import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_coverage_status" AS ENUM('covered', 'not-applicable', 'planned', 'not-reported');
  CREATE TYPE "public"."enum_reports_coverage_reason_source" AS ENUM('source', 'editorial');
  CREATE TYPE "public"."enum_reports_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_version_coverage_status" AS ENUM('covered', 'not-applicable', 'planned', 'not-reported');
  CREATE TYPE "public"."enum__reports_v_version_coverage_reason_source" AS ENUM('source', 'editorial');
  CREATE TYPE "public"."enum__reports_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_evidence_metrics_direction" AS ENUM('increase', 'decrease', 'maintain');
  CREATE TYPE "public"."enum_evidence_metrics_assurance_level" AS ENUM('self-reported', 'internally-reviewed', 'externally-assured-limited', 'externally-assured-reasonable');
  CREATE TYPE "public"."enum_evidence_metrics_assurance_standard" AS ENUM('isae-3000', 'isae-3410', 'aa1000as', 'other');
  CREATE TYPE "public"."enum_evidence_activity_type" AS ENUM('programme', 'policy', 'service', 'partnership');
  CREATE TYPE "public"."enum_evidence_assurance" AS ENUM('self-reported', 'verified', 'audited');
  CREATE TYPE "public"."enum_evidence_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum_evidence_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_evidence_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__evidence_v_version_metrics_direction" AS ENUM('increase', 'decrease', 'maintain');
  CREATE TYPE "public"."enum__evidence_v_version_metrics_assurance_level" AS ENUM('self-reported', 'internally-reviewed', 'externally-assured-limited', 'externally-assured-reasonable');
  CREATE TYPE "public"."enum__evidence_v_version_metrics_assurance_standard" AS ENUM('isae-3000', 'isae-3410', 'aa1000as', 'other');
  CREATE TYPE "public"."enum__evidence_v_version_activity_type" AS ENUM('programme', 'policy', 'service', 'partnership');
  CREATE TYPE "public"."enum__evidence_v_version_assurance" AS ENUM('self-reported', 'verified', 'audited');
  CREATE TYPE "public"."enum__evidence_v_version_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum__evidence_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__evidence_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quotes_context" AS ENUM('foreword', 'statement', 'case-study');
  CREATE TYPE "public"."enum_quotes_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum_quotes_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_quotes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__quotes_v_version_context" AS ENUM('foreword', 'statement', 'case-study');
  CREATE TYPE "public"."enum__quotes_v_version_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum__quotes_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__quotes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_quote_sign_offs_source" AS ENUM('link', 'published-statement');
  CREATE TYPE "public"."enum_quote_sign_offs_decision" AS ENUM('approved', 'declined');
  CREATE TYPE "public"."enum_recommendations_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum_recommendations_progress" AS ENUM('proposed', 'accepted', 'in-progress', 'done');
  CREATE TYPE "public"."enum_recommendations_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum_recommendations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__recommendations_v_version_priority" AS ENUM('high', 'medium', 'low');
  CREATE TYPE "public"."enum__recommendations_v_version_workflow_stage" AS ENUM('draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished');
  CREATE TYPE "public"."enum__recommendations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organisations_identifiers_scheme" AS ENUM('nhs-ods', 'companies-house', 'charity-number', 'other');
  CREATE TYPE "public"."enum_organisations_type" AS ENUM('nhs-trust', 'local-authority', 'university', 'company', 'charity', 'coalition', 'other');
  CREATE TYPE "public"."enum_frameworks_status" AS ENUM('active', 'retired');
  CREATE TYPE "public"."enum_frameworks_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum_goals_mappings_basis" AS ENUM('official', 'inferred');
  CREATE TYPE "public"."enum_goals_group" AS ENUM('life-stage', 'barrier');
  CREATE TYPE "public"."enum_indicators_external_codes_scheme" AS ENUM('toms', 'gri', 'sdg-indicator', 'other');
  CREATE TYPE "public"."enum_indicators_direction" AS ENUM('higher', 'lower');
  CREATE TYPE "public"."enum_indicators_provenance_basis" AS ENUM('stated', 'inferred');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'reviewer', 'contributor');
  CREATE TYPE "public"."enum_workflow_schedules_status" AS ENUM('scheduled', 'done', 'cancelled', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'workflowWebhookDelivery', 'workflowScheduledTransition');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'workflowWebhookDelivery', 'workflowScheduledTransition');
  CREATE TABLE "reports_coverage" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"goal_id" uuid,
  	"status" "enum_reports_coverage_status",
  	"reason" varchar,
  	"reason_source" "enum_reports_coverage_reason_source" DEFAULT 'editorial'
  );
  
  CREATE TABLE "reports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"organisation_id" uuid,
  	"partner_id" uuid,
  	"framework_id" uuid,
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"publication_date" timestamp(3) with time zone,
  	"summary" varchar,
  	"source_url" varchar,
  	"introduction" jsonb,
  	"journey" jsonb,
  	"analysis" jsonb,
  	"body" jsonb,
  	"cover_image_id" uuid,
  	"pdf_id" uuid,
  	"workflow_stage" "enum_reports_workflow_stage" DEFAULT 'draft',
  	"workflow_assignee_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_approved_by_id" uuid,
  	"workflow_approved_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "reports_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" uuid
  );
  
  CREATE TABLE "_reports_v_version_coverage" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"goal_id" uuid,
  	"status" "enum__reports_v_version_coverage_status",
  	"reason" varchar,
  	"reason_source" "enum__reports_v_version_coverage_reason_source" DEFAULT 'editorial',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_reports_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_organisation_id" uuid,
  	"version_partner_id" uuid,
  	"version_framework_id" uuid,
  	"version_period_from" timestamp(3) with time zone,
  	"version_period_to" timestamp(3) with time zone,
  	"version_publication_date" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_source_url" varchar,
  	"version_introduction" jsonb,
  	"version_journey" jsonb,
  	"version_analysis" jsonb,
  	"version_body" jsonb,
  	"version_cover_image_id" uuid,
  	"version_pdf_id" uuid,
  	"version_workflow_stage" "enum__reports_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_approved_by_id" uuid,
  	"version_workflow_approved_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_reports_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" uuid
  );
  
  CREATE TABLE "evidence_metrics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"value_text" varchar,
  	"baseline" numeric,
  	"target" numeric,
  	"period" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"indicator_id" uuid,
  	"direction" "enum_evidence_metrics_direction",
  	"assurance_level" "enum_evidence_metrics_assurance_level" DEFAULT 'self-reported',
  	"assurance_assurer" varchar,
  	"assurance_standard" "enum_evidence_metrics_assurance_standard",
  	"assurance_date" timestamp(3) with time zone,
  	"assurance_statement_id" uuid
  );
  
  CREATE TABLE "evidence" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"report_id" uuid,
  	"organisation_id" uuid,
  	"title" varchar,
  	"goal_id" uuid,
  	"description" varchar,
  	"activity_type" "enum_evidence_activity_type",
  	"assurance" "enum_evidence_assurance" DEFAULT 'self-reported',
  	"beneficiaries" varchar,
  	"area" varchar,
  	"source_citation" varchar,
  	"source_url" varchar,
  	"provenance_source" varchar,
  	"provenance_reference" varchar,
  	"provenance_as_written" varchar,
  	"provenance_basis" "enum_evidence_provenance_basis",
  	"provenance_note" varchar,
  	"order" numeric DEFAULT 0,
  	"external_id" varchar,
  	"workflow_stage" "enum_evidence_workflow_stage" DEFAULT 'draft',
  	"workflow_assignee_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_approved_by_id" uuid,
  	"workflow_approved_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_evidence_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "evidence_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "_evidence_v_version_metrics" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"value" numeric,
  	"unit" varchar,
  	"value_text" varchar,
  	"baseline" numeric,
  	"target" numeric,
  	"period" varchar,
  	"period_start" timestamp(3) with time zone,
  	"period_end" timestamp(3) with time zone,
  	"indicator_id" uuid,
  	"direction" "enum__evidence_v_version_metrics_direction",
  	"assurance_level" "enum__evidence_v_version_metrics_assurance_level" DEFAULT 'self-reported',
  	"assurance_assurer" varchar,
  	"assurance_standard" "enum__evidence_v_version_metrics_assurance_standard",
  	"assurance_date" timestamp(3) with time zone,
  	"assurance_statement_id" uuid,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_evidence_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_report_id" uuid,
  	"version_organisation_id" uuid,
  	"version_title" varchar,
  	"version_goal_id" uuid,
  	"version_description" varchar,
  	"version_activity_type" "enum__evidence_v_version_activity_type",
  	"version_assurance" "enum__evidence_v_version_assurance" DEFAULT 'self-reported',
  	"version_beneficiaries" varchar,
  	"version_area" varchar,
  	"version_source_citation" varchar,
  	"version_source_url" varchar,
  	"version_provenance_source" varchar,
  	"version_provenance_reference" varchar,
  	"version_provenance_as_written" varchar,
  	"version_provenance_basis" "enum__evidence_v_version_provenance_basis",
  	"version_provenance_note" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_external_id" varchar,
  	"version_workflow_stage" "enum__evidence_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_approved_by_id" uuid,
  	"version_workflow_approved_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__evidence_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_evidence_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" uuid
  );
  
  CREATE TABLE "quotes" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"report_id" uuid,
  	"organisation_id" uuid,
  	"person_id" uuid,
  	"speaker_honorific" varchar,
  	"speaker_name" varchar,
  	"speaker_role" varchar,
  	"text" varchar,
  	"context" "enum_quotes_context" DEFAULT 'statement',
  	"provenance_source" varchar,
  	"provenance_reference" varchar,
  	"provenance_as_written" varchar,
  	"provenance_basis" "enum_quotes_provenance_basis",
  	"provenance_note" varchar,
  	"order" numeric DEFAULT 0,
  	"workflow_stage" "enum_quotes_workflow_stage" DEFAULT 'draft',
  	"workflow_assignee_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_approved_by_id" uuid,
  	"workflow_approved_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_quotes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_quotes_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_report_id" uuid,
  	"version_organisation_id" uuid,
  	"version_person_id" uuid,
  	"version_speaker_honorific" varchar,
  	"version_speaker_name" varchar,
  	"version_speaker_role" varchar,
  	"version_text" varchar,
  	"version_context" "enum__quotes_v_version_context" DEFAULT 'statement',
  	"version_provenance_source" varchar,
  	"version_provenance_reference" varchar,
  	"version_provenance_as_written" varchar,
  	"version_provenance_basis" "enum__quotes_v_version_provenance_basis",
  	"version_provenance_note" varchar,
  	"version_order" numeric DEFAULT 0,
  	"version_workflow_stage" "enum__quotes_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_approved_by_id" uuid,
  	"version_workflow_approved_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__quotes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "quote_sign_offs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"label" varchar,
  	"quote_id" uuid NOT NULL,
  	"organisation_id" uuid,
  	"person_id" uuid,
  	"source" "enum_quote_sign_offs_source" NOT NULL,
  	"note" varchar,
  	"text" varchar NOT NULL,
  	"text_hash" varchar NOT NULL,
  	"requested_at" timestamp(3) with time zone,
  	"requested_by_id" uuid,
  	"expires_at" timestamp(3) with time zone,
  	"nonce_hash" varchar,
  	"used_at" timestamp(3) with time zone,
  	"decision" "enum_quote_sign_offs_decision",
  	"decided_at" timestamp(3) with time zone,
  	"comment" varchar,
  	"revoked_at" timestamp(3) with time zone,
  	"revoked_reason" varchar,
  	"revoked_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "recommendations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"report_id" uuid,
  	"organisation_id" uuid,
  	"title" varchar,
  	"description" varchar,
  	"priority" "enum_recommendations_priority",
  	"status" "enum_recommendations_progress" DEFAULT 'proposed',
  	"owner" varchar,
  	"due_date" timestamp(3) with time zone,
  	"carried_from_id" uuid,
  	"order" numeric DEFAULT 0,
  	"workflow_stage" "enum_recommendations_workflow_stage" DEFAULT 'draft',
  	"workflow_assignee_id" uuid,
  	"workflow_submitted_by_id" uuid,
  	"workflow_approved_by_id" uuid,
  	"workflow_approved_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_recommendations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "recommendations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" uuid
  );
  
  CREATE TABLE "_recommendations_v" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"parent_id" uuid,
  	"version_report_id" uuid,
  	"version_organisation_id" uuid,
  	"version_title" varchar,
  	"version_description" varchar,
  	"version_priority" "enum__recommendations_v_version_priority",
  	"version_status" "enum_recommendations_progress" DEFAULT 'proposed',
  	"version_owner" varchar,
  	"version_due_date" timestamp(3) with time zone,
  	"version_carried_from_id" uuid,
  	"version_order" numeric DEFAULT 0,
  	"version_workflow_stage" "enum__recommendations_v_version_workflow_stage" DEFAULT 'draft',
  	"version_workflow_assignee_id" uuid,
  	"version_workflow_submitted_by_id" uuid,
  	"version_workflow_approved_by_id" uuid,
  	"version_workflow_approved_version" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__recommendations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_recommendations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" uuid
  );
  
  CREATE TABLE "organisations_identifiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"scheme" "enum_organisations_identifiers_scheme" NOT NULL,
  	"value" varchar NOT NULL,
  	"source" varchar
  );
  
  CREATE TABLE "organisations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"type" "enum_organisations_type" NOT NULL,
  	"population_served_value" numeric,
  	"population_served_description" varchar,
  	"description" jsonb,
  	"logo_id" uuid,
  	"website" varchar,
  	"parent_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organisations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "people" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"honorific" varchar,
  	"name" varchar NOT NULL,
  	"role_title" varchar,
  	"email" varchar,
  	"organisation_id" uuid,
  	"photo_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "frameworks" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"edition" varchar NOT NULL,
  	"publisher" varchar,
  	"url" varchar,
  	"description" varchar,
  	"status" "enum_frameworks_status" DEFAULT 'active' NOT NULL,
  	"previous_edition_id" uuid,
  	"provenance_source" varchar,
  	"provenance_reference" varchar,
  	"provenance_as_written" varchar,
  	"provenance_basis" "enum_frameworks_provenance_basis",
  	"provenance_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "goals_mappings" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"goal_id" uuid NOT NULL,
  	"basis" "enum_goals_mappings_basis" DEFAULT 'inferred' NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "goals" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"framework_id" uuid NOT NULL,
  	"number" numeric NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar,
  	"label" varchar,
  	"summary" varchar,
  	"group" "enum_goals_group",
  	"colour" varchar,
  	"icon_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators_external_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"scheme" "enum_indicators_external_codes_scheme" NOT NULL,
  	"code" varchar NOT NULL
  );
  
  CREATE TABLE "indicators" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"definition" varchar,
  	"unit" varchar,
  	"direction" "enum_indicators_direction" DEFAULT 'higher' NOT NULL,
  	"provenance_source" varchar,
  	"provenance_reference" varchar,
  	"provenance_as_written" varchar,
  	"provenance_basis" "enum_indicators_provenance_basis",
  	"provenance_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "indicators_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"goals_id" uuid
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'contributor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" uuid
  );
  
  CREATE TABLE "workflow_events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"version_id" varchar,
  	"transition" varchar NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL,
  	"user_id" uuid,
  	"comment" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_webhook_deliveries" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"url" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"attempt" numeric NOT NULL,
  	"status_code" numeric,
  	"ok" boolean DEFAULT false,
  	"error" varchar,
  	"duration_ms" numeric,
  	"job" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_schedules" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"collection" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"transition" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"status" "enum_workflow_schedules_status" DEFAULT 'scheduled' NOT NULL,
  	"scheduled_by_id" uuid,
  	"comment" varchar,
  	"job" varchar,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" uuid,
  	"evidence_id" uuid,
  	"quotes_id" uuid,
  	"quote_sign_offs_id" uuid,
  	"recommendations_id" uuid,
  	"organisations_id" uuid,
  	"people_id" uuid,
  	"media_id" uuid,
  	"frameworks_id" uuid,
  	"goals_id" uuid,
  	"indicators_id" uuid,
  	"users_id" uuid,
  	"workflow_events_id" uuid,
  	"workflow_webhook_deliveries_id" uuid,
  	"workflow_schedules_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports_coverage" ADD CONSTRAINT "reports_coverage_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_coverage" ADD CONSTRAINT "reports_coverage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_pdf_id_media_id_fk" FOREIGN KEY ("pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_version_coverage" ADD CONSTRAINT "_reports_v_version_coverage_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_version_coverage" ADD CONSTRAINT "_reports_v_version_coverage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_partner_id_organisations_id_fk" FOREIGN KEY ("version_partner_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_framework_id_frameworks_id_fk" FOREIGN KEY ("version_framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_pdf_id_media_id_fk" FOREIGN KEY ("version_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_assurance_statement_id_media_id_fk" FOREIGN KEY ("assurance_statement_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence_metrics" ADD CONSTRAINT "evidence_metrics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence" ADD CONSTRAINT "evidence_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "evidence_rels" ADD CONSTRAINT "evidence_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "evidence_rels" ADD CONSTRAINT "evidence_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evidence_v_version_metrics" ADD CONSTRAINT "_evidence_v_version_metrics_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v_version_metrics" ADD CONSTRAINT "_evidence_v_version_metrics_assurance_statement_id_media_id_fk" FOREIGN KEY ("assurance_statement_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v_version_metrics" ADD CONSTRAINT "_evidence_v_version_metrics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_evidence_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_parent_id_evidence_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_goal_id_goals_id_fk" FOREIGN KEY ("version_goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v" ADD CONSTRAINT "_evidence_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_evidence_v_rels" ADD CONSTRAINT "_evidence_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_evidence_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_evidence_v_rels" ADD CONSTRAINT "_evidence_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quotes" ADD CONSTRAINT "quotes_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_parent_id_quotes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_person_id_people_id_fk" FOREIGN KEY ("version_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quotes_v" ADD CONSTRAINT "_quotes_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quote_sign_offs" ADD CONSTRAINT "quote_sign_offs_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quote_sign_offs" ADD CONSTRAINT "quote_sign_offs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quote_sign_offs" ADD CONSTRAINT "quote_sign_offs_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quote_sign_offs" ADD CONSTRAINT "quote_sign_offs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quote_sign_offs" ADD CONSTRAINT "quote_sign_offs_revoked_by_id_users_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_carried_from_id_recommendations_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_workflow_assignee_id_users_id_fk" FOREIGN KEY ("workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "recommendations_rels" ADD CONSTRAINT "recommendations_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_parent_id_recommendations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_carried_from_id_recommendations_id_fk" FOREIGN KEY ("version_carried_from_id") REFERENCES "public"."recommendations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_workflow_assignee_id_users_id_fk" FOREIGN KEY ("version_workflow_assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v" ADD CONSTRAINT "_recommendations_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_recommendations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_recommendations_v_rels" ADD CONSTRAINT "_recommendations_v_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_identifiers" ADD CONSTRAINT "organisations_identifiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_texts" ADD CONSTRAINT "organisations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_previous_edition_id_frameworks_id_fk" FOREIGN KEY ("previous_edition_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_mappings" ADD CONSTRAINT "goals_mappings_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals_mappings" ADD CONSTRAINT "goals_mappings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_framework_id_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."frameworks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "goals" ADD CONSTRAINT "goals_icon_id_media_id_fk" FOREIGN KEY ("icon_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "indicators_external_codes" ADD CONSTRAINT "indicators_external_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_rels" ADD CONSTRAINT "indicators_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "indicators_rels" ADD CONSTRAINT "indicators_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_schedules" ADD CONSTRAINT "workflow_schedules_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_evidence_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quotes_fk" FOREIGN KEY ("quotes_id") REFERENCES "public"."quotes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_quote_sign_offs_fk" FOREIGN KEY ("quote_sign_offs_id") REFERENCES "public"."quote_sign_offs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_recommendations_fk" FOREIGN KEY ("recommendations_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_frameworks_fk" FOREIGN KEY ("frameworks_id") REFERENCES "public"."frameworks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_goals_fk" FOREIGN KEY ("goals_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_indicators_fk" FOREIGN KEY ("indicators_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_webhook_deliveries_fk" FOREIGN KEY ("workflow_webhook_deliveries_id") REFERENCES "public"."workflow_webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_schedules_fk" FOREIGN KEY ("workflow_schedules_id") REFERENCES "public"."workflow_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_coverage_order_idx" ON "reports_coverage" USING btree ("_order");
  CREATE INDEX "reports_coverage_parent_id_idx" ON "reports_coverage" USING btree ("_parent_id");
  CREATE INDEX "reports_coverage_goal_idx" ON "reports_coverage" USING btree ("goal_id");
  CREATE UNIQUE INDEX "reports_slug_idx" ON "reports" USING btree ("slug");
  CREATE INDEX "reports_organisation_idx" ON "reports" USING btree ("organisation_id");
  CREATE INDEX "reports_partner_idx" ON "reports" USING btree ("partner_id");
  CREATE INDEX "reports_framework_idx" ON "reports" USING btree ("framework_id");
  CREATE INDEX "reports_cover_image_idx" ON "reports" USING btree ("cover_image_id");
  CREATE INDEX "reports_pdf_idx" ON "reports" USING btree ("pdf_id");
  CREATE INDEX "reports_workflow_workflow_stage_idx" ON "reports" USING btree ("workflow_stage");
  CREATE INDEX "reports_workflow_workflow_assignee_idx" ON "reports" USING btree ("workflow_assignee_id");
  CREATE INDEX "reports_workflow_workflow_submitted_by_idx" ON "reports" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "reports_workflow_workflow_approved_by_idx" ON "reports" USING btree ("workflow_approved_by_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE INDEX "reports_rels_order_idx" ON "reports_rels" USING btree ("order");
  CREATE INDEX "reports_rels_parent_idx" ON "reports_rels" USING btree ("parent_id");
  CREATE INDEX "reports_rels_path_idx" ON "reports_rels" USING btree ("path");
  CREATE INDEX "reports_rels_goals_id_idx" ON "reports_rels" USING btree ("goals_id");
  CREATE INDEX "_reports_v_version_coverage_order_idx" ON "_reports_v_version_coverage" USING btree ("_order");
  CREATE INDEX "_reports_v_version_coverage_parent_id_idx" ON "_reports_v_version_coverage" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_version_coverage_goal_idx" ON "_reports_v_version_coverage" USING btree ("goal_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v" USING btree ("version_slug");
  CREATE INDEX "_reports_v_version_version_organisation_idx" ON "_reports_v" USING btree ("version_organisation_id");
  CREATE INDEX "_reports_v_version_version_partner_idx" ON "_reports_v" USING btree ("version_partner_id");
  CREATE INDEX "_reports_v_version_version_framework_idx" ON "_reports_v" USING btree ("version_framework_id");
  CREATE INDEX "_reports_v_version_version_cover_image_idx" ON "_reports_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_reports_v_version_version_pdf_idx" ON "_reports_v" USING btree ("version_pdf_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_stage_idx" ON "_reports_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_assignee_idx" ON "_reports_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_submitted_b_idx" ON "_reports_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_approved_by_idx" ON "_reports_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "_reports_v_latest_idx" ON "_reports_v" USING btree ("latest");
  CREATE INDEX "_reports_v_rels_order_idx" ON "_reports_v_rels" USING btree ("order");
  CREATE INDEX "_reports_v_rels_parent_idx" ON "_reports_v_rels" USING btree ("parent_id");
  CREATE INDEX "_reports_v_rels_path_idx" ON "_reports_v_rels" USING btree ("path");
  CREATE INDEX "_reports_v_rels_goals_id_idx" ON "_reports_v_rels" USING btree ("goals_id");
  CREATE INDEX "evidence_metrics_order_idx" ON "evidence_metrics" USING btree ("_order");
  CREATE INDEX "evidence_metrics_parent_id_idx" ON "evidence_metrics" USING btree ("_parent_id");
  CREATE INDEX "evidence_metrics_indicator_idx" ON "evidence_metrics" USING btree ("indicator_id");
  CREATE INDEX "evidence_metrics_assurance_assurance_statement_idx" ON "evidence_metrics" USING btree ("assurance_statement_id");
  CREATE INDEX "evidence_report_idx" ON "evidence" USING btree ("report_id");
  CREATE INDEX "evidence_organisation_idx" ON "evidence" USING btree ("organisation_id");
  CREATE INDEX "evidence_goal_idx" ON "evidence" USING btree ("goal_id");
  CREATE INDEX "evidence_workflow_workflow_stage_idx" ON "evidence" USING btree ("workflow_stage");
  CREATE INDEX "evidence_workflow_workflow_assignee_idx" ON "evidence" USING btree ("workflow_assignee_id");
  CREATE INDEX "evidence_workflow_workflow_submitted_by_idx" ON "evidence" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "evidence_workflow_workflow_approved_by_idx" ON "evidence" USING btree ("workflow_approved_by_id");
  CREATE INDEX "evidence_updated_at_idx" ON "evidence" USING btree ("updated_at");
  CREATE INDEX "evidence_created_at_idx" ON "evidence" USING btree ("created_at");
  CREATE INDEX "evidence__status_idx" ON "evidence" USING btree ("_status");
  CREATE UNIQUE INDEX "report_externalId_idx" ON "evidence" USING btree ("report_id","external_id");
  CREATE INDEX "evidence_rels_order_idx" ON "evidence_rels" USING btree ("order");
  CREATE INDEX "evidence_rels_parent_idx" ON "evidence_rels" USING btree ("parent_id");
  CREATE INDEX "evidence_rels_path_idx" ON "evidence_rels" USING btree ("path");
  CREATE INDEX "evidence_rels_media_id_idx" ON "evidence_rels" USING btree ("media_id");
  CREATE INDEX "_evidence_v_version_metrics_order_idx" ON "_evidence_v_version_metrics" USING btree ("_order");
  CREATE INDEX "_evidence_v_version_metrics_parent_id_idx" ON "_evidence_v_version_metrics" USING btree ("_parent_id");
  CREATE INDEX "_evidence_v_version_metrics_indicator_idx" ON "_evidence_v_version_metrics" USING btree ("indicator_id");
  CREATE INDEX "_evidence_v_version_metrics_assurance_assurance_statemen_idx" ON "_evidence_v_version_metrics" USING btree ("assurance_statement_id");
  CREATE INDEX "_evidence_v_parent_idx" ON "_evidence_v" USING btree ("parent_id");
  CREATE INDEX "_evidence_v_version_version_report_idx" ON "_evidence_v" USING btree ("version_report_id");
  CREATE INDEX "_evidence_v_version_version_organisation_idx" ON "_evidence_v" USING btree ("version_organisation_id");
  CREATE INDEX "_evidence_v_version_version_goal_idx" ON "_evidence_v" USING btree ("version_goal_id");
  CREATE INDEX "_evidence_v_version_workflow_version_workflow_stage_idx" ON "_evidence_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_evidence_v_version_workflow_version_workflow_assignee_idx" ON "_evidence_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_evidence_v_version_workflow_version_workflow_submitted__idx" ON "_evidence_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_evidence_v_version_workflow_version_workflow_approved_b_idx" ON "_evidence_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_evidence_v_version_version_updated_at_idx" ON "_evidence_v" USING btree ("version_updated_at");
  CREATE INDEX "_evidence_v_version_version_created_at_idx" ON "_evidence_v" USING btree ("version_created_at");
  CREATE INDEX "_evidence_v_version_version__status_idx" ON "_evidence_v" USING btree ("version__status");
  CREATE INDEX "_evidence_v_created_at_idx" ON "_evidence_v" USING btree ("created_at");
  CREATE INDEX "_evidence_v_updated_at_idx" ON "_evidence_v" USING btree ("updated_at");
  CREATE INDEX "_evidence_v_latest_idx" ON "_evidence_v" USING btree ("latest");
  CREATE INDEX "version_report_version_externalId_idx" ON "_evidence_v" USING btree ("version_report_id","version_external_id");
  CREATE INDEX "_evidence_v_rels_order_idx" ON "_evidence_v_rels" USING btree ("order");
  CREATE INDEX "_evidence_v_rels_parent_idx" ON "_evidence_v_rels" USING btree ("parent_id");
  CREATE INDEX "_evidence_v_rels_path_idx" ON "_evidence_v_rels" USING btree ("path");
  CREATE INDEX "_evidence_v_rels_media_id_idx" ON "_evidence_v_rels" USING btree ("media_id");
  CREATE INDEX "quotes_report_idx" ON "quotes" USING btree ("report_id");
  CREATE INDEX "quotes_organisation_idx" ON "quotes" USING btree ("organisation_id");
  CREATE INDEX "quotes_person_idx" ON "quotes" USING btree ("person_id");
  CREATE INDEX "quotes_workflow_workflow_stage_idx" ON "quotes" USING btree ("workflow_stage");
  CREATE INDEX "quotes_workflow_workflow_assignee_idx" ON "quotes" USING btree ("workflow_assignee_id");
  CREATE INDEX "quotes_workflow_workflow_submitted_by_idx" ON "quotes" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "quotes_workflow_workflow_approved_by_idx" ON "quotes" USING btree ("workflow_approved_by_id");
  CREATE INDEX "quotes_updated_at_idx" ON "quotes" USING btree ("updated_at");
  CREATE INDEX "quotes_created_at_idx" ON "quotes" USING btree ("created_at");
  CREATE INDEX "quotes__status_idx" ON "quotes" USING btree ("_status");
  CREATE INDEX "_quotes_v_parent_idx" ON "_quotes_v" USING btree ("parent_id");
  CREATE INDEX "_quotes_v_version_version_report_idx" ON "_quotes_v" USING btree ("version_report_id");
  CREATE INDEX "_quotes_v_version_version_organisation_idx" ON "_quotes_v" USING btree ("version_organisation_id");
  CREATE INDEX "_quotes_v_version_version_person_idx" ON "_quotes_v" USING btree ("version_person_id");
  CREATE INDEX "_quotes_v_version_workflow_version_workflow_stage_idx" ON "_quotes_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_quotes_v_version_workflow_version_workflow_assignee_idx" ON "_quotes_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_quotes_v_version_workflow_version_workflow_submitted_by_idx" ON "_quotes_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_quotes_v_version_workflow_version_workflow_approved_by_idx" ON "_quotes_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_quotes_v_version_version_updated_at_idx" ON "_quotes_v" USING btree ("version_updated_at");
  CREATE INDEX "_quotes_v_version_version_created_at_idx" ON "_quotes_v" USING btree ("version_created_at");
  CREATE INDEX "_quotes_v_version_version__status_idx" ON "_quotes_v" USING btree ("version__status");
  CREATE INDEX "_quotes_v_created_at_idx" ON "_quotes_v" USING btree ("created_at");
  CREATE INDEX "_quotes_v_updated_at_idx" ON "_quotes_v" USING btree ("updated_at");
  CREATE INDEX "_quotes_v_latest_idx" ON "_quotes_v" USING btree ("latest");
  CREATE INDEX "quote_sign_offs_quote_idx" ON "quote_sign_offs" USING btree ("quote_id");
  CREATE INDEX "quote_sign_offs_organisation_idx" ON "quote_sign_offs" USING btree ("organisation_id");
  CREATE INDEX "quote_sign_offs_person_idx" ON "quote_sign_offs" USING btree ("person_id");
  CREATE INDEX "quote_sign_offs_text_hash_idx" ON "quote_sign_offs" USING btree ("text_hash");
  CREATE INDEX "quote_sign_offs_requested_by_idx" ON "quote_sign_offs" USING btree ("requested_by_id");
  CREATE INDEX "quote_sign_offs_revoked_by_idx" ON "quote_sign_offs" USING btree ("revoked_by_id");
  CREATE INDEX "quote_sign_offs_updated_at_idx" ON "quote_sign_offs" USING btree ("updated_at");
  CREATE INDEX "quote_sign_offs_created_at_idx" ON "quote_sign_offs" USING btree ("created_at");
  CREATE INDEX "recommendations_report_idx" ON "recommendations" USING btree ("report_id");
  CREATE INDEX "recommendations_organisation_idx" ON "recommendations" USING btree ("organisation_id");
  CREATE INDEX "recommendations_carried_from_idx" ON "recommendations" USING btree ("carried_from_id");
  CREATE INDEX "recommendations_workflow_workflow_stage_idx" ON "recommendations" USING btree ("workflow_stage");
  CREATE INDEX "recommendations_workflow_workflow_assignee_idx" ON "recommendations" USING btree ("workflow_assignee_id");
  CREATE INDEX "recommendations_workflow_workflow_submitted_by_idx" ON "recommendations" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "recommendations_workflow_workflow_approved_by_idx" ON "recommendations" USING btree ("workflow_approved_by_id");
  CREATE INDEX "recommendations_updated_at_idx" ON "recommendations" USING btree ("updated_at");
  CREATE INDEX "recommendations_created_at_idx" ON "recommendations" USING btree ("created_at");
  CREATE INDEX "recommendations__status_idx" ON "recommendations" USING btree ("_status");
  CREATE INDEX "recommendations_rels_order_idx" ON "recommendations_rels" USING btree ("order");
  CREATE INDEX "recommendations_rels_parent_idx" ON "recommendations_rels" USING btree ("parent_id");
  CREATE INDEX "recommendations_rels_path_idx" ON "recommendations_rels" USING btree ("path");
  CREATE INDEX "recommendations_rels_goals_id_idx" ON "recommendations_rels" USING btree ("goals_id");
  CREATE INDEX "_recommendations_v_parent_idx" ON "_recommendations_v" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_version_version_report_idx" ON "_recommendations_v" USING btree ("version_report_id");
  CREATE INDEX "_recommendations_v_version_version_organisation_idx" ON "_recommendations_v" USING btree ("version_organisation_id");
  CREATE INDEX "_recommendations_v_version_version_carried_from_idx" ON "_recommendations_v" USING btree ("version_carried_from_id");
  CREATE INDEX "_recommendations_v_version_workflow_version_workflow_sta_idx" ON "_recommendations_v" USING btree ("version_workflow_stage");
  CREATE INDEX "_recommendations_v_version_workflow_version_workflow_ass_idx" ON "_recommendations_v" USING btree ("version_workflow_assignee_id");
  CREATE INDEX "_recommendations_v_version_workflow_version_workflow_sub_idx" ON "_recommendations_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_recommendations_v_version_workflow_version_workflow_app_idx" ON "_recommendations_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_recommendations_v_version_version_updated_at_idx" ON "_recommendations_v" USING btree ("version_updated_at");
  CREATE INDEX "_recommendations_v_version_version_created_at_idx" ON "_recommendations_v" USING btree ("version_created_at");
  CREATE INDEX "_recommendations_v_version_version__status_idx" ON "_recommendations_v" USING btree ("version__status");
  CREATE INDEX "_recommendations_v_created_at_idx" ON "_recommendations_v" USING btree ("created_at");
  CREATE INDEX "_recommendations_v_updated_at_idx" ON "_recommendations_v" USING btree ("updated_at");
  CREATE INDEX "_recommendations_v_latest_idx" ON "_recommendations_v" USING btree ("latest");
  CREATE INDEX "_recommendations_v_rels_order_idx" ON "_recommendations_v_rels" USING btree ("order");
  CREATE INDEX "_recommendations_v_rels_parent_idx" ON "_recommendations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_recommendations_v_rels_path_idx" ON "_recommendations_v_rels" USING btree ("path");
  CREATE INDEX "_recommendations_v_rels_goals_id_idx" ON "_recommendations_v_rels" USING btree ("goals_id");
  CREATE INDEX "organisations_identifiers_order_idx" ON "organisations_identifiers" USING btree ("_order");
  CREATE INDEX "organisations_identifiers_parent_id_idx" ON "organisations_identifiers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_logo_idx" ON "organisations" USING btree ("logo_id");
  CREATE INDEX "organisations_parent_idx" ON "organisations" USING btree ("parent_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations_texts_order_parent" ON "organisations_texts" USING btree ("order","parent_id");
  CREATE INDEX "people_organisation_idx" ON "people" USING btree ("organisation_id");
  CREATE INDEX "people_photo_idx" ON "people" USING btree ("photo_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "frameworks_slug_idx" ON "frameworks" USING btree ("slug");
  CREATE INDEX "frameworks_previous_edition_idx" ON "frameworks" USING btree ("previous_edition_id");
  CREATE INDEX "frameworks_updated_at_idx" ON "frameworks" USING btree ("updated_at");
  CREATE INDEX "frameworks_created_at_idx" ON "frameworks" USING btree ("created_at");
  CREATE INDEX "goals_mappings_order_idx" ON "goals_mappings" USING btree ("_order");
  CREATE INDEX "goals_mappings_parent_id_idx" ON "goals_mappings" USING btree ("_parent_id");
  CREATE INDEX "goals_mappings_goal_idx" ON "goals_mappings" USING btree ("goal_id");
  CREATE INDEX "goals_framework_idx" ON "goals" USING btree ("framework_id");
  CREATE INDEX "goals_slug_idx" ON "goals" USING btree ("slug");
  CREATE INDEX "goals_icon_idx" ON "goals" USING btree ("icon_id");
  CREATE INDEX "goals_updated_at_idx" ON "goals" USING btree ("updated_at");
  CREATE INDEX "goals_created_at_idx" ON "goals" USING btree ("created_at");
  CREATE UNIQUE INDEX "framework_number_idx" ON "goals" USING btree ("framework_id","number");
  CREATE UNIQUE INDEX "framework_slug_idx" ON "goals" USING btree ("framework_id","slug");
  CREATE INDEX "indicators_external_codes_order_idx" ON "indicators_external_codes" USING btree ("_order");
  CREATE INDEX "indicators_external_codes_parent_id_idx" ON "indicators_external_codes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "indicators_slug_idx" ON "indicators" USING btree ("slug");
  CREATE INDEX "indicators_updated_at_idx" ON "indicators" USING btree ("updated_at");
  CREATE INDEX "indicators_created_at_idx" ON "indicators" USING btree ("created_at");
  CREATE INDEX "indicators_rels_order_idx" ON "indicators_rels" USING btree ("order");
  CREATE INDEX "indicators_rels_parent_idx" ON "indicators_rels" USING btree ("parent_id");
  CREATE INDEX "indicators_rels_path_idx" ON "indicators_rels" USING btree ("path");
  CREATE INDEX "indicators_rels_goals_id_idx" ON "indicators_rels" USING btree ("goals_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_organisations_id_idx" ON "users_rels" USING btree ("organisations_id");
  CREATE INDEX "workflow_events_collection_idx" ON "workflow_events" USING btree ("collection");
  CREATE INDEX "workflow_events_doc_id_idx" ON "workflow_events" USING btree ("doc_id");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "workflow_webhook_deliveries_collection_idx" ON "workflow_webhook_deliveries" USING btree ("collection");
  CREATE INDEX "workflow_webhook_deliveries_doc_id_idx" ON "workflow_webhook_deliveries" USING btree ("doc_id");
  CREATE INDEX "workflow_webhook_deliveries_updated_at_idx" ON "workflow_webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "workflow_webhook_deliveries_created_at_idx" ON "workflow_webhook_deliveries" USING btree ("created_at");
  CREATE INDEX "workflow_schedules_collection_idx" ON "workflow_schedules" USING btree ("collection");
  CREATE INDEX "workflow_schedules_doc_id_idx" ON "workflow_schedules" USING btree ("doc_id");
  CREATE INDEX "workflow_schedules_status_idx" ON "workflow_schedules" USING btree ("status");
  CREATE INDEX "workflow_schedules_scheduled_by_idx" ON "workflow_schedules" USING btree ("scheduled_by_id");
  CREATE INDEX "workflow_schedules_updated_at_idx" ON "workflow_schedules" USING btree ("updated_at");
  CREATE INDEX "workflow_schedules_created_at_idx" ON "workflow_schedules" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_evidence_id_idx" ON "payload_locked_documents_rels" USING btree ("evidence_id");
  CREATE INDEX "payload_locked_documents_rels_quotes_id_idx" ON "payload_locked_documents_rels" USING btree ("quotes_id");
  CREATE INDEX "payload_locked_documents_rels_quote_sign_offs_id_idx" ON "payload_locked_documents_rels" USING btree ("quote_sign_offs_id");
  CREATE INDEX "payload_locked_documents_rels_recommendations_id_idx" ON "payload_locked_documents_rels" USING btree ("recommendations_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_frameworks_id_idx" ON "payload_locked_documents_rels" USING btree ("frameworks_id");
  CREATE INDEX "payload_locked_documents_rels_goals_id_idx" ON "payload_locked_documents_rels" USING btree ("goals_id");
  CREATE INDEX "payload_locked_documents_rels_indicators_id_idx" ON "payload_locked_documents_rels" USING btree ("indicators_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_webhook_deliverie_idx" ON "payload_locked_documents_rels" USING btree ("workflow_webhook_deliveries_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_schedules_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "reports_coverage" CASCADE;
  DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_rels" CASCADE;
  DROP TABLE "_reports_v_version_coverage" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "_reports_v_rels" CASCADE;
  DROP TABLE "evidence_metrics" CASCADE;
  DROP TABLE "evidence" CASCADE;
  DROP TABLE "evidence_rels" CASCADE;
  DROP TABLE "_evidence_v_version_metrics" CASCADE;
  DROP TABLE "_evidence_v" CASCADE;
  DROP TABLE "_evidence_v_rels" CASCADE;
  DROP TABLE "quotes" CASCADE;
  DROP TABLE "_quotes_v" CASCADE;
  DROP TABLE "quote_sign_offs" CASCADE;
  DROP TABLE "recommendations" CASCADE;
  DROP TABLE "recommendations_rels" CASCADE;
  DROP TABLE "_recommendations_v" CASCADE;
  DROP TABLE "_recommendations_v_rels" CASCADE;
  DROP TABLE "organisations_identifiers" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_texts" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "frameworks" CASCADE;
  DROP TABLE "goals_mappings" CASCADE;
  DROP TABLE "goals" CASCADE;
  DROP TABLE "indicators_external_codes" CASCADE;
  DROP TABLE "indicators" CASCADE;
  DROP TABLE "indicators_rels" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "workflow_webhook_deliveries" CASCADE;
  DROP TABLE "workflow_schedules" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_reports_coverage_status";
  DROP TYPE "public"."enum_reports_coverage_reason_source";
  DROP TYPE "public"."enum_reports_workflow_stage";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_coverage_status";
  DROP TYPE "public"."enum__reports_v_version_coverage_reason_source";
  DROP TYPE "public"."enum__reports_v_version_workflow_stage";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum_evidence_metrics_direction";
  DROP TYPE "public"."enum_evidence_metrics_assurance_level";
  DROP TYPE "public"."enum_evidence_metrics_assurance_standard";
  DROP TYPE "public"."enum_evidence_activity_type";
  DROP TYPE "public"."enum_evidence_assurance";
  DROP TYPE "public"."enum_evidence_provenance_basis";
  DROP TYPE "public"."enum_evidence_workflow_stage";
  DROP TYPE "public"."enum_evidence_status";
  DROP TYPE "public"."enum__evidence_v_version_metrics_direction";
  DROP TYPE "public"."enum__evidence_v_version_metrics_assurance_level";
  DROP TYPE "public"."enum__evidence_v_version_metrics_assurance_standard";
  DROP TYPE "public"."enum__evidence_v_version_activity_type";
  DROP TYPE "public"."enum__evidence_v_version_assurance";
  DROP TYPE "public"."enum__evidence_v_version_provenance_basis";
  DROP TYPE "public"."enum__evidence_v_version_workflow_stage";
  DROP TYPE "public"."enum__evidence_v_version_status";
  DROP TYPE "public"."enum_quotes_context";
  DROP TYPE "public"."enum_quotes_provenance_basis";
  DROP TYPE "public"."enum_quotes_workflow_stage";
  DROP TYPE "public"."enum_quotes_status";
  DROP TYPE "public"."enum__quotes_v_version_context";
  DROP TYPE "public"."enum__quotes_v_version_provenance_basis";
  DROP TYPE "public"."enum__quotes_v_version_workflow_stage";
  DROP TYPE "public"."enum__quotes_v_version_status";
  DROP TYPE "public"."enum_quote_sign_offs_source";
  DROP TYPE "public"."enum_quote_sign_offs_decision";
  DROP TYPE "public"."enum_recommendations_priority";
  DROP TYPE "public"."enum_recommendations_progress";
  DROP TYPE "public"."enum_recommendations_workflow_stage";
  DROP TYPE "public"."enum_recommendations_status";
  DROP TYPE "public"."enum__recommendations_v_version_priority";
  DROP TYPE "public"."enum__recommendations_v_version_workflow_stage";
  DROP TYPE "public"."enum__recommendations_v_version_status";
  DROP TYPE "public"."enum_organisations_identifiers_scheme";
  DROP TYPE "public"."enum_organisations_type";
  DROP TYPE "public"."enum_frameworks_status";
  DROP TYPE "public"."enum_frameworks_provenance_basis";
  DROP TYPE "public"."enum_goals_mappings_basis";
  DROP TYPE "public"."enum_goals_group";
  DROP TYPE "public"."enum_indicators_external_codes_scheme";
  DROP TYPE "public"."enum_indicators_direction";
  DROP TYPE "public"."enum_indicators_provenance_basis";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_workflow_schedules_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
