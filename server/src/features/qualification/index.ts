/** What other features may use from qualification: its routes, the assessments table and its types. */

export { recordAssessment } from './assess.ts';
export { ADVERSE, checkQualification, needsFourEyes } from './assessment-rules.ts';
export { countingAssessment } from './assessments.queries.ts';
export { giveSecondOpinion, resolveDisagreement } from './four-eyes.ts';
export { qualificationRoutes } from './qualification.routes.ts';
export {
  ASSESSMENT_STATUSES,
  type Assessment,
  type AssessmentStatus,
  COUNTING_STATUSES,
  type ItemDetail,
  type ItemHistory,
  RESOLUTIONS,
  type Resolution,
  SECOND_DECISIONS,
  type SecondDecision,
} from './qualification.schemas.ts';
export { assessments } from './qualification.tables.ts';
