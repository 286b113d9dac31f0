/** Every table, gathered for drizzle (queries with relations, drizzle-kit migrations). */
export * from '../../features/capture/capture.tables.ts';
export * from '../../features/evidence/evidence.tables.ts';
export * from '../../features/feedback/feedback.tables.ts';
export * from '../../features/hosting/directory.tables.ts';
export * from '../../features/hosting/hosting.tables.ts';
export * from '../../features/hosting/rdap.tables.ts';
export * from '../../features/intake/intake.tables.ts';
export * from '../../features/monitoring/monitoring.tables.ts';
export * from '../../features/notices/notices.tables.ts';
export * from '../../features/notices/police-batch.tables.ts';
export * from '../../features/partners/partners.tables.ts';
export * from '../../features/qualification/qualification.tables.ts';
export * from '../../features/triage/triage.tables.ts';
export * from '../../features/wellbeing/wellbeing.tables.ts';
export * from '../audit/audit.tables.ts';
export * from '../auth/auth.tables.ts';
export * from '../mail/mail.tables.ts';
