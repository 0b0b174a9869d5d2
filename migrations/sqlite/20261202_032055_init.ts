import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`goal_id\` text(36),
  	\`status\` text,
  	\`reason\` text,
  	\`reason_source\` text DEFAULT 'editorial',
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_coverage_order_idx\` ON \`reports_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reports_coverage_parent_id_idx\` ON \`reports_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_coverage_goal_idx\` ON \`reports_coverage\` (\`goal_id\`);`)
  await db.run(sql`CREATE TABLE \`reports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`organisation_id\` text(36),
  	\`partner_id\` text(36),
  	\`framework_id\` text(36),
  	\`period_from\` text,
  	\`period_to\` text,
  	\`publication_date\` text,
  	\`summary\` text,
  	\`source_url\` text,
  	\`introduction\` text,
  	\`journey\` text,
  	\`analysis\` text,
  	\`body\` text,
  	\`cover_image_id\` text(36),
  	\`pdf_id\` text(36),
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_assignee_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_approved_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`partner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`framework_id\`) REFERENCES \`frameworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_organisation_idx\` ON \`reports\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_partner_idx\` ON \`reports\` (\`partner_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_framework_idx\` ON \`reports\` (\`framework_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_cover_image_idx\` ON \`reports\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_pdf_idx\` ON \`reports\` (\`pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_stage_idx\` ON \`reports\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_assignee_idx\` ON \`reports\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_submitted_by_idx\` ON \`reports\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_workflow_workflow_approved_by_idx\` ON \`reports\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_goals_id_idx\` ON \`reports_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_version_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`goal_id\` text(36),
  	\`status\` text,
  	\`reason\` text,
  	\`reason_source\` text DEFAULT 'editorial',
  	\`_uuid\` text,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_version_coverage_order_idx\` ON \`_reports_v_version_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_coverage_parent_id_idx\` ON \`_reports_v_version_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_coverage_goal_idx\` ON \`_reports_v_version_coverage\` (\`goal_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_organisation_id\` text(36),
  	\`version_partner_id\` text(36),
  	\`version_framework_id\` text(36),
  	\`version_period_from\` text,
  	\`version_period_to\` text,
  	\`version_publication_date\` text,
  	\`version_summary\` text,
  	\`version_source_url\` text,
  	\`version_introduction\` text,
  	\`version_journey\` text,
  	\`version_analysis\` text,
  	\`version_body\` text,
  	\`version_cover_image_id\` text(36),
  	\`version_pdf_id\` text(36),
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_approved_version\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_partner_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_framework_id\`) REFERENCES \`frameworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_organisation_idx\` ON \`_reports_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_partner_idx\` ON \`_reports_v\` (\`version_partner_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_framework_idx\` ON \`_reports_v\` (\`version_framework_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_cover_image_idx\` ON \`_reports_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_pdf_idx\` ON \`_reports_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_stage_idx\` ON \`_reports_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_assignee_idx\` ON \`_reports_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_submitted_b_idx\` ON \`_reports_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_workflow_version_workflow_approved_by_idx\` ON \`_reports_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_goals_id_idx\` ON \`_reports_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_metrics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`value_text\` text,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`period\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`indicator_id\` text(36),
  	\`direction\` text,
  	\`assurance_level\` text DEFAULT 'self-reported',
  	\`assurance_assurer\` text,
  	\`assurance_standard\` text,
  	\`assurance_date\` text,
  	\`assurance_statement_id\` text(36),
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assurance_statement_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_metrics_order_idx\` ON \`evidence_metrics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_metrics_parent_id_idx\` ON \`evidence_metrics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_metrics_indicator_idx\` ON \`evidence_metrics\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_metrics_assurance_assurance_statement_idx\` ON \`evidence_metrics\` (\`assurance_statement_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`report_id\` text(36),
  	\`organisation_id\` text(36),
  	\`title\` text,
  	\`goal_id\` text(36),
  	\`description\` text,
  	\`activity_type\` text,
  	\`assurance\` text DEFAULT 'self-reported',
  	\`beneficiaries\` text,
  	\`area\` text,
  	\`source_citation\` text,
  	\`source_url\` text,
  	\`provenance_source\` text,
  	\`provenance_reference\` text,
  	\`provenance_as_written\` text,
  	\`provenance_basis\` text,
  	\`provenance_note\` text,
  	\`order\` numeric DEFAULT 0,
  	\`external_id\` text,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_assignee_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_approved_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_report_idx\` ON \`evidence\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_organisation_idx\` ON \`evidence\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_goal_idx\` ON \`evidence\` (\`goal_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_workflow_workflow_stage_idx\` ON \`evidence\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`evidence_workflow_workflow_assignee_idx\` ON \`evidence\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_workflow_workflow_submitted_by_idx\` ON \`evidence\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_workflow_workflow_approved_by_idx\` ON \`evidence\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_updated_at_idx\` ON \`evidence\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence_created_at_idx\` ON \`evidence\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`evidence__status_idx\` ON \`evidence\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`report_externalId_idx\` ON \`evidence\` (\`report_id\`,\`external_id\`);`)
  await db.run(sql`CREATE TABLE \`evidence_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`evidence_rels_order_idx\` ON \`evidence_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_parent_idx\` ON \`evidence_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_path_idx\` ON \`evidence_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`evidence_rels_media_id_idx\` ON \`evidence_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_version_metrics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`value\` numeric,
  	\`unit\` text,
  	\`value_text\` text,
  	\`baseline\` numeric,
  	\`target\` numeric,
  	\`period\` text,
  	\`period_start\` text,
  	\`period_end\` text,
  	\`indicator_id\` text(36),
  	\`direction\` text,
  	\`assurance_level\` text DEFAULT 'self-reported',
  	\`assurance_assurer\` text,
  	\`assurance_standard\` text,
  	\`assurance_date\` text,
  	\`assurance_statement_id\` text(36),
  	\`_uuid\` text,
  	FOREIGN KEY (\`indicator_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assurance_statement_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_metrics_order_idx\` ON \`_evidence_v_version_metrics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_metrics_parent_id_idx\` ON \`_evidence_v_version_metrics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_metrics_indicator_idx\` ON \`_evidence_v_version_metrics\` (\`indicator_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_metrics_assurance_assurance_statemen_idx\` ON \`_evidence_v_version_metrics\` (\`assurance_statement_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_report_id\` text(36),
  	\`version_organisation_id\` text(36),
  	\`version_title\` text,
  	\`version_goal_id\` text(36),
  	\`version_description\` text,
  	\`version_activity_type\` text,
  	\`version_assurance\` text DEFAULT 'self-reported',
  	\`version_beneficiaries\` text,
  	\`version_area\` text,
  	\`version_source_citation\` text,
  	\`version_source_url\` text,
  	\`version_provenance_source\` text,
  	\`version_provenance_reference\` text,
  	\`version_provenance_as_written\` text,
  	\`version_provenance_basis\` text,
  	\`version_provenance_note\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_external_id\` text,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_approved_version\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_parent_idx\` ON \`_evidence_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_report_idx\` ON \`_evidence_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_organisation_idx\` ON \`_evidence_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_goal_idx\` ON \`_evidence_v\` (\`version_goal_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_workflow_version_workflow_stage_idx\` ON \`_evidence_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_workflow_version_workflow_assignee_idx\` ON \`_evidence_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_workflow_version_workflow_submitted__idx\` ON \`_evidence_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_workflow_version_workflow_approved_b_idx\` ON \`_evidence_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_updated_at_idx\` ON \`_evidence_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version_created_at_idx\` ON \`_evidence_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_version_version__status_idx\` ON \`_evidence_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_created_at_idx\` ON \`_evidence_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_updated_at_idx\` ON \`_evidence_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_latest_idx\` ON \`_evidence_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_report_version_externalId_idx\` ON \`_evidence_v\` (\`version_report_id\`,\`version_external_id\`);`)
  await db.run(sql`CREATE TABLE \`_evidence_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_evidence_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_order_idx\` ON \`_evidence_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_parent_idx\` ON \`_evidence_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_path_idx\` ON \`_evidence_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_evidence_v_rels_media_id_idx\` ON \`_evidence_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`quotes\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`report_id\` text(36),
  	\`organisation_id\` text(36),
  	\`person_id\` text(36),
  	\`speaker_honorific\` text,
  	\`speaker_name\` text,
  	\`speaker_role\` text,
  	\`text\` text,
  	\`context\` text DEFAULT 'statement',
  	\`provenance_source\` text,
  	\`provenance_reference\` text,
  	\`provenance_as_written\` text,
  	\`provenance_basis\` text,
  	\`provenance_note\` text,
  	\`order\` numeric DEFAULT 0,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_assignee_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_approved_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quotes_report_idx\` ON \`quotes\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_organisation_idx\` ON \`quotes\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_person_idx\` ON \`quotes\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_workflow_workflow_stage_idx\` ON \`quotes\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`quotes_workflow_workflow_assignee_idx\` ON \`quotes\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_workflow_workflow_submitted_by_idx\` ON \`quotes\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_workflow_workflow_approved_by_idx\` ON \`quotes\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes__status_idx\` ON \`quotes\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_quotes_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_report_id\` text(36),
  	\`version_organisation_id\` text(36),
  	\`version_person_id\` text(36),
  	\`version_speaker_honorific\` text,
  	\`version_speaker_name\` text,
  	\`version_speaker_role\` text,
  	\`version_text\` text,
  	\`version_context\` text DEFAULT 'statement',
  	\`version_provenance_source\` text,
  	\`version_provenance_reference\` text,
  	\`version_provenance_as_written\` text,
  	\`version_provenance_basis\` text,
  	\`version_provenance_note\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_approved_version\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_quotes_v_parent_idx\` ON \`_quotes_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_report_idx\` ON \`_quotes_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_organisation_idx\` ON \`_quotes_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_person_idx\` ON \`_quotes_v\` (\`version_person_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_workflow_version_workflow_stage_idx\` ON \`_quotes_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_workflow_version_workflow_assignee_idx\` ON \`_quotes_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_workflow_version_workflow_submitted_by_idx\` ON \`_quotes_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_workflow_version_workflow_approved_by_idx\` ON \`_quotes_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_updated_at_idx\` ON \`_quotes_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version_created_at_idx\` ON \`_quotes_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_version_version__status_idx\` ON \`_quotes_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_created_at_idx\` ON \`_quotes_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_updated_at_idx\` ON \`_quotes_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_quotes_v_latest_idx\` ON \`_quotes_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`quote_sign_offs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`quote_id\` text(36) NOT NULL,
  	\`organisation_id\` text(36),
  	\`person_id\` text(36),
  	\`source\` text NOT NULL,
  	\`note\` text,
  	\`text\` text NOT NULL,
  	\`text_hash\` text NOT NULL,
  	\`requested_at\` text,
  	\`requested_by_id\` text(36),
  	\`expires_at\` text,
  	\`nonce_hash\` text,
  	\`used_at\` text,
  	\`decision\` text,
  	\`decided_at\` text,
  	\`comment\` text,
  	\`revoked_at\` text,
  	\`revoked_reason\` text,
  	\`revoked_by_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`person_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`revoked_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_quote_idx\` ON \`quote_sign_offs\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_organisation_idx\` ON \`quote_sign_offs\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_person_idx\` ON \`quote_sign_offs\` (\`person_id\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_text_hash_idx\` ON \`quote_sign_offs\` (\`text_hash\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_requested_by_idx\` ON \`quote_sign_offs\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_revoked_by_idx\` ON \`quote_sign_offs\` (\`revoked_by_id\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_updated_at_idx\` ON \`quote_sign_offs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quote_sign_offs_created_at_idx\` ON \`quote_sign_offs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`recommendations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`report_id\` text(36),
  	\`organisation_id\` text(36),
  	\`title\` text,
  	\`description\` text,
  	\`priority\` text,
  	\`status\` text DEFAULT 'proposed',
  	\`owner\` text,
  	\`due_date\` text,
  	\`carried_from_id\` text(36),
  	\`order\` numeric DEFAULT 0,
  	\`workflow_stage\` text DEFAULT 'draft',
  	\`workflow_assignee_id\` text(36),
  	\`workflow_submitted_by_id\` text(36),
  	\`workflow_approved_by_id\` text(36),
  	\`workflow_approved_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`carried_from_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`recommendations_report_idx\` ON \`recommendations\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_organisation_idx\` ON \`recommendations\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_carried_from_idx\` ON \`recommendations\` (\`carried_from_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_workflow_workflow_stage_idx\` ON \`recommendations\` (\`workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_workflow_workflow_assignee_idx\` ON \`recommendations\` (\`workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_workflow_workflow_submitted_by_idx\` ON \`recommendations\` (\`workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_workflow_workflow_approved_by_idx\` ON \`recommendations\` (\`workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_updated_at_idx\` ON \`recommendations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_created_at_idx\` ON \`recommendations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`recommendations__status_idx\` ON \`recommendations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`recommendations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`recommendations_rels_order_idx\` ON \`recommendations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_parent_idx\` ON \`recommendations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_path_idx\` ON \`recommendations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`recommendations_rels_goals_id_idx\` ON \`recommendations_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`_recommendations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_report_id\` text(36),
  	\`version_organisation_id\` text(36),
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_priority\` text,
  	\`version_status\` text DEFAULT 'proposed',
  	\`version_owner\` text,
  	\`version_due_date\` text,
  	\`version_carried_from_id\` text(36),
  	\`version_order\` numeric DEFAULT 0,
  	\`version_workflow_stage\` text DEFAULT 'draft',
  	\`version_workflow_assignee_id\` text(36),
  	\`version_workflow_submitted_by_id\` text(36),
  	\`version_workflow_approved_by_id\` text(36),
  	\`version_workflow_approved_version\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_carried_from_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_workflow_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_recommendations_v_parent_idx\` ON \`_recommendations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version_report_idx\` ON \`_recommendations_v\` (\`version_report_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version_organisation_idx\` ON \`_recommendations_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version_carried_from_idx\` ON \`_recommendations_v\` (\`version_carried_from_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_workflow_version_workflow_sta_idx\` ON \`_recommendations_v\` (\`version_workflow_stage\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_workflow_version_workflow_ass_idx\` ON \`_recommendations_v\` (\`version_workflow_assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_workflow_version_workflow_sub_idx\` ON \`_recommendations_v\` (\`version_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_workflow_version_workflow_app_idx\` ON \`_recommendations_v\` (\`version_workflow_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version_updated_at_idx\` ON \`_recommendations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version_created_at_idx\` ON \`_recommendations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_version_version__status_idx\` ON \`_recommendations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_created_at_idx\` ON \`_recommendations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_updated_at_idx\` ON \`_recommendations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_latest_idx\` ON \`_recommendations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_recommendations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_recommendations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_recommendations_v_rels_order_idx\` ON \`_recommendations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_rels_parent_idx\` ON \`_recommendations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_rels_path_idx\` ON \`_recommendations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_recommendations_v_rels_goals_id_idx\` ON \`_recommendations_v_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations_identifiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scheme\` text NOT NULL,
  	\`value\` text NOT NULL,
  	\`source\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_identifiers_order_idx\` ON \`organisations_identifiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organisations_identifiers_parent_id_idx\` ON \`organisations_identifiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`type\` text NOT NULL,
  	\`population_served_value\` numeric,
  	\`population_served_description\` text,
  	\`description\` text,
  	\`logo_id\` text(36),
  	\`website\` text,
  	\`parent_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_parent_idx\` ON \`organisations\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organisations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organisations_texts_order_parent\` ON \`organisations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`people\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`honorific\` text,
  	\`name\` text NOT NULL,
  	\`role_title\` text,
  	\`email\` text,
  	\`organisation_id\` text(36),
  	\`photo_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`people_organisation_idx\` ON \`people\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`people_photo_idx\` ON \`people\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`people_updated_at_idx\` ON \`people\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`people_created_at_idx\` ON \`people\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`credit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`frameworks\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`edition\` text NOT NULL,
  	\`publisher\` text,
  	\`url\` text,
  	\`description\` text,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`previous_edition_id\` text(36),
  	\`provenance_source\` text,
  	\`provenance_reference\` text,
  	\`provenance_as_written\` text,
  	\`provenance_basis\` text,
  	\`provenance_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`previous_edition_id\`) REFERENCES \`frameworks\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`frameworks_slug_idx\` ON \`frameworks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`frameworks_previous_edition_idx\` ON \`frameworks\` (\`previous_edition_id\`);`)
  await db.run(sql`CREATE INDEX \`frameworks_updated_at_idx\` ON \`frameworks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`frameworks_created_at_idx\` ON \`frameworks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`goals_mappings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`goal_id\` text(36) NOT NULL,
  	\`basis\` text DEFAULT 'inferred' NOT NULL,
  	\`note\` text,
  	FOREIGN KEY (\`goal_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_mappings_order_idx\` ON \`goals_mappings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`goals_mappings_parent_id_idx\` ON \`goals_mappings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_mappings_goal_idx\` ON \`goals_mappings\` (\`goal_id\`);`)
  await db.run(sql`CREATE TABLE \`goals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`framework_id\` text(36) NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`title\` text NOT NULL,
  	\`slug\` text,
  	\`label\` text,
  	\`summary\` text,
  	\`group\` text,
  	\`colour\` text,
  	\`icon_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`framework_id\`) REFERENCES \`frameworks\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`icon_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`goals_framework_idx\` ON \`goals\` (\`framework_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_slug_idx\` ON \`goals\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`goals_icon_idx\` ON \`goals\` (\`icon_id\`);`)
  await db.run(sql`CREATE INDEX \`goals_updated_at_idx\` ON \`goals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`goals_created_at_idx\` ON \`goals\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_number_idx\` ON \`goals\` (\`framework_id\`,\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`framework_slug_idx\` ON \`goals\` (\`framework_id\`,\`slug\`);`)
  await db.run(sql`CREATE TABLE \`indicators_external_codes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`scheme\` text NOT NULL,
  	\`code\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_external_codes_order_idx\` ON \`indicators_external_codes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_external_codes_parent_id_idx\` ON \`indicators_external_codes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`indicators\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`definition\` text,
  	\`unit\` text,
  	\`direction\` text DEFAULT 'higher' NOT NULL,
  	\`provenance_source\` text,
  	\`provenance_reference\` text,
  	\`provenance_as_written\` text,
  	\`provenance_basis\` text,
  	\`provenance_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`indicators_slug_idx\` ON \`indicators\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`indicators_updated_at_idx\` ON \`indicators\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`indicators_created_at_idx\` ON \`indicators\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`indicators_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`goals_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`indicators_rels_order_idx\` ON \`indicators_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_parent_idx\` ON \`indicators_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_path_idx\` ON \`indicators_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`indicators_rels_goals_id_idx\` ON \`indicators_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'contributor' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`organisations_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_organisations_id_idx\` ON \`users_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`version_id\` text,
  	\`transition\` text NOT NULL,
  	\`from\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`user_id\` text(36),
  	\`comment\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_collection_idx\` ON \`workflow_events\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_doc_id_idx\` ON \`workflow_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_user_idx\` ON \`workflow_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_webhook_deliveries\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`url\` text NOT NULL,
  	\`event\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`attempt\` numeric NOT NULL,
  	\`status_code\` numeric,
  	\`ok\` integer DEFAULT false,
  	\`error\` text,
  	\`duration_ms\` numeric,
  	\`job\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_webhook_deliveries_collection_idx\` ON \`workflow_webhook_deliveries\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_webhook_deliveries_doc_id_idx\` ON \`workflow_webhook_deliveries\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_webhook_deliveries_updated_at_idx\` ON \`workflow_webhook_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_webhook_deliveries_created_at_idx\` ON \`workflow_webhook_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`workflow_schedules\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`transition\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`status\` text DEFAULT 'scheduled' NOT NULL,
  	\`scheduled_by_id\` text(36),
  	\`comment\` text,
  	\`job\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`scheduled_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_schedules_collection_idx\` ON \`workflow_schedules\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`workflow_schedules_doc_id_idx\` ON \`workflow_schedules\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_schedules_status_idx\` ON \`workflow_schedules\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`workflow_schedules_scheduled_by_idx\` ON \`workflow_schedules\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_schedules_updated_at_idx\` ON \`workflow_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_schedules_created_at_idx\` ON \`workflow_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` text(36),
  	\`evidence_id\` text(36),
  	\`quotes_id\` text(36),
  	\`quote_sign_offs_id\` text(36),
  	\`recommendations_id\` text(36),
  	\`organisations_id\` text(36),
  	\`people_id\` text(36),
  	\`media_id\` text(36),
  	\`frameworks_id\` text(36),
  	\`goals_id\` text(36),
  	\`indicators_id\` text(36),
  	\`users_id\` text(36),
  	\`workflow_events_id\` text(36),
  	\`workflow_webhook_deliveries_id\` text(36),
  	\`workflow_schedules_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quote_sign_offs_id\`) REFERENCES \`quote_sign_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`recommendations_id\`) REFERENCES \`recommendations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`frameworks_id\`) REFERENCES \`frameworks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goals_id\`) REFERENCES \`goals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`indicators_id\`) REFERENCES \`indicators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_webhook_deliveries_id\`) REFERENCES \`workflow_webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_schedules_id\`) REFERENCES \`workflow_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quote_sign_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`quote_sign_offs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_recommendations_id_idx\` ON \`payload_locked_documents_rels\` (\`recommendations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_frameworks_id_idx\` ON \`payload_locked_documents_rels\` (\`frameworks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goals_id_idx\` ON \`payload_locked_documents_rels\` (\`goals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_indicators_id_idx\` ON \`payload_locked_documents_rels\` (\`indicators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_webhook_deliverie_idx\` ON \`payload_locked_documents_rels\` (\`workflow_webhook_deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_schedules_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_coverage\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_version_coverage\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`evidence_metrics\`;`)
  await db.run(sql`DROP TABLE \`evidence\`;`)
  await db.run(sql`DROP TABLE \`evidence_rels\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_version_metrics\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v\`;`)
  await db.run(sql`DROP TABLE \`_evidence_v_rels\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`DROP TABLE \`_quotes_v\`;`)
  await db.run(sql`DROP TABLE \`quote_sign_offs\`;`)
  await db.run(sql`DROP TABLE \`recommendations\`;`)
  await db.run(sql`DROP TABLE \`recommendations_rels\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v\`;`)
  await db.run(sql`DROP TABLE \`_recommendations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organisations_identifiers\`;`)
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`DROP TABLE \`organisations_texts\`;`)
  await db.run(sql`DROP TABLE \`people\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`frameworks\`;`)
  await db.run(sql`DROP TABLE \`goals_mappings\`;`)
  await db.run(sql`DROP TABLE \`goals\`;`)
  await db.run(sql`DROP TABLE \`indicators_external_codes\`;`)
  await db.run(sql`DROP TABLE \`indicators\`;`)
  await db.run(sql`DROP TABLE \`indicators_rels\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`workflow_webhook_deliveries\`;`)
  await db.run(sql`DROP TABLE \`workflow_schedules\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
