/**
 * Replays the planned qualification of demo items (demo-plan.ts) through qualification's and
 * triage's own services, as the analysts would click it: claim, assess, and for the verdicts four
 * eyes require, the other analyst's claim and second opinion, then the supervisor on a disagreement.
 * The same rules and audit events as real work follow. The services stamp the time of the call;
 * the assessments' times are then moved to the planned past (demo.queries.ts). Audit events keep
 * the time they were written: the chain is append-only and hashes each event's time.
 */
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { giveSecondOpinion, recordAssessment, resolveDisagreement } from '../qualification/index.ts';
import { claimItem } from '../triage/index.ts';
import { backdateAssessments, itemVersion } from './demo.queries.ts';
import type { Random } from './demo-data.ts';
import type { ItemFate } from './demo-plan.ts';
import { qualificationFor } from './demo-plan.ts';

export type DemoCrew = {
  analysts: [StaffActor, StaffActor];
  supervisor: StaffActor;
  liaison: StaffActor;
};

const DISAGREEMENTS = [
  'Pas convaincu : l’âge apparent ne me semble pas établi, à revoir.',
  'Le contexte (parodie, article de presse) me paraît changer la qualification.',
  'I could not see what the first assessment describes; the page shows something else now.',
];
const RESOLUTIONS = {
  uphold: 'Vérifié avec les deux analystes : la qualification initiale est maintenue.',
  replace: 'Après examen, l’élément ne réunit pas les conditions de l’infraction : non illicite.',
};

/** Runs the fates' steps in order, then moves their assessments to their planned times. */
export async function replayQualification(
  db: Db,
  crew: DemoCrew,
  fates: ItemFate[],
  random: Random,
): Promise<void> {
  for (const fate of fates) await replayOne(db, crew, fate, random);
  await backdateAssessments(db, crew.supervisor.staffId, fates);
}

async function replayOne(db: Db, crew: DemoCrew, fate: ItemFate, random: Random): Promise<void> {
  if (fate.stage === 'untouched') return;
  const first = crew.analysts[fate.analyst];
  const second = crew.analysts[fate.analyst === 0 ? 1 : 0];
  await claimItem(db, first, fate.itemId);
  if (fate.stage === 'claimed') return;
  const version = await itemVersion(db, fate.itemId);
  const assessed = await recordAssessment(db, first, fate.itemId, { ...fate.qualification, version });
  if (!fate.fourEyes || fate.stage === 'awaiting_second') return;
  await claimItem(db, second, fate.itemId);
  const opinion = await giveSecondOpinion(db, second, assessed.assessment.id, {
    version: assessed.item.version,
    decision: fate.disagrees ? 'disagree' : 'agree',
    ...(fate.disagrees
      ? { notes: DISAGREEMENTS[Math.floor(random() * DISAGREEMENTS.length)] as string }
      : {}),
  });
  if (!fate.resolution || fate.stage === 'disputed') return;
  const decision = fate.resolution.decision;
  await resolveDisagreement(db, crew.supervisor, assessed.assessment.id, {
    version: opinion.item.version,
    decision,
    notes: RESOLUTIONS[decision],
    ...(decision === 'replace'
      ? { assessment: qualificationFor(random, fate.qualification.category, 'not_illegal') }
      : {}),
  });
}
