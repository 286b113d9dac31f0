/**
 * Derived items: URLs an analyst finds while working an item (same gallery, mirrors, the uploader's
 * other posts). They inherit the parent's context — linked to the same reports, same working
 * category and urgency, parent recorded — and enter the queue with origin 'derived', so figures can
 * count them apart from what the public reported. A URL already known stays as it is and is linked.
 */
import { sql } from 'drizzle-orm';
import { pack } from '../../jurisdictions/index.ts';
import { categoryUrgency } from '../../jurisdictions/jurisdiction.ts';
import { appendAuditEvent } from '../../platform/audit/audit.service.ts';
import type { StaffActor } from '../../platform/auth/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { rowsOf } from '../../platform/db/database.ts';
import { badRequest } from '../../platform/errors.ts';
import { assertNotClaimedByOther, renewClaim } from '../triage/index.ts';
import { lockItem } from './assessments.queries.ts';
import type { DerivedItemsResponse } from './qualification.schemas.ts';

export async function addDerivedItems(
  db: Db,
  actor: StaffActor,
  parentId: string,
  body: { urls: string[]; note?: string | undefined },
): Promise<DerivedItemsResponse> {
  const urls = [...new Set(body.urls)];
  return db.transaction(async (tx) => {
    const parent = await lockItem(tx, parentId);
    await assertNotClaimedByOther(tx, parentId, actor.staffId);
    if (urls.includes(parent.url)) {
      throw badRequest('derived.same_as_parent', 'A derived item must be another URL than the item itself.', {
        field: 'urls',
      });
    }
    const hours = categoryUrgency(pack, parent.category).assessWithinHours;
    const list = JSON.stringify(urls);
    const created = rowsOf<{ id: string; url: string }>(
      await tx.execute(sql`
        insert into items (url, origin, parent_item_id, category, severity, channel, language, trusted,
                           report_count, first_reported_at, last_reported_at, due_at)
        select u.url, 'derived', p.id, p.category, p.severity, p.channel, p.language, p.trusted, 0, now(), now(),
               now() + ${hours} * interval '1 hour'
        from jsonb_array_elements_text(${list}::jsonb) as u(url), items p
        where p.id = ${parentId}
        order by u.url
        on conflict (url) do nothing
        returning id, url`),
    );
    const all = rowsOf<{ id: string; url: string }>(
      await tx.execute(sql`
        select id, url from items where url in (select jsonb_array_elements_text(${list}::jsonb))`),
    );
    // Inherit the report context: each of the parent's reports now names the derived items too,
    // after its own URLs, marked derived (their reporters did not send them: features/outcomes).
    await tx.execute(sql`
      insert into report_items (report_id, item_id, position, derived)
      select pr.report_id, d.id,
             (select max(x.position) from report_items x where x.report_id = pr.report_id)
               + row_number() over (partition by pr.report_id order by d.url),
             true
      from report_items pr, items d
      where pr.item_id = ${parentId} and d.url in (select jsonb_array_elements_text(${list}::jsonb))
      on conflict do nothing`);
    await renewClaim(tx, parentId, actor.staffId);
    const createdIds = new Set(created.map((c) => c.id));
    const result = urls.map((url) => {
      const row = all.find((r) => r.url === url) as { id: string; url: string };
      return { id: row.id, url, created: createdIds.has(row.id) };
    });
    await appendAuditEvent(tx, {
      actorStaffId: actor.staffId,
      actorLabel: actor.label,
      action: 'item.derived_added',
      targetType: 'item',
      targetId: parentId,
      details: { items: result, ...(body.note ? { note: body.note } : {}) },
    });
    for (const item of result.filter((r) => r.created)) {
      await appendAuditEvent(tx, {
        actorStaffId: actor.staffId,
        actorLabel: actor.label,
        action: 'item.derived_created',
        targetType: 'item',
        targetId: item.id,
        details: { parent_item_id: parentId, ...(body.note ? { note: body.note } : {}) },
      });
    }
    return { items: result };
  });
}
