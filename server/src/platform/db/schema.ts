/** Every table, gathered for drizzle (queries with relations, drizzle-kit migrations). */
export * from '../../features/intake/intake.tables.ts';
export * from '../audit/audit.tables.ts';
export * from '../auth/auth.tables.ts';
