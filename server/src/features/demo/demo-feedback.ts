/**
 * Reporters told what happened, as an analyst does it from the item page: for an address whose
 * outcome is known (a closing verdict, or a notice that left), the template that tells that outcome
 * is sent through the feedback service (published on the tracking page; e-mailed when the reporter
 * left an address, through the outbox). About half the addresses get a message, to the first report
 * that named them. The message's time is moved to when the analyst sent it.
 */
import { pack } from '../../jurisdictions/index.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { sendFeedback } from '../feedback/index.ts';
import { itemStanding } from '../outcomes/index.ts';
import { databaseNow, firstReportNaming, stampFeedback, stampNewMail } from './demo.queries.ts';
import type { Random } from './demo-data.ts';

export type FeedbackDesk = { db: Db; publicUrl: string; random: Random };

/** Sends feedback about some of `itemIds` at `at`; the number of messages sent. */
export async function informReporters(
  desk: FeedbackDesk,
  analyst: StaffActor,
  itemIds: string[],
  at: Date,
): Promise<number> {
  const { db } = desk;
  const mark = await databaseNow(db);
  let sent = 0;
  for (const itemId of itemIds) {
    if (desk.random() >= 0.5) continue;
    const reportId = await firstReportNaming(db, itemId);
    const standing = await itemStanding(db, itemId);
    if (!reportId || !standing?.verdictFinal) continue;
    const template = pack.feedbackTemplates.find((t) => t.outcomes.some((o) => o === standing.status));
    if (!template) continue;
    await sendFeedback(
      { db, publicUrl: desk.publicUrl },
      reportId,
      { item_id: itemId, template_id: template.id },
      analyst,
    );
    sent += 1;
  }
  if (sent > 0) {
    await stampFeedback(db, mark, at);
    await stampNewMail(db, mark, at);
  }
  return sent;
}
