import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedInStaff } from '../../platform/auth/auth.testing.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { runNoticeProposals } from './notice-proposals.ts';
import { hostContact, proposalContext, qualifiedItem } from './notices.testing.ts';

let t: TestApp;
before(async () => {
  // No VIGIE_HOTLINE_EMAIL, and the default sender no-reply@localhost: no address a host can answer.
  t = await createTestApp({ VIGIE_MAIL_FROM: 'Vigie <no-reply@localhost>' });
});
after(() => t.close());

test('without the hotline’s address for answers, approving says which setting to make (not a 500)', async () => {
  const analyst = await signedInStaff(t, 'analyst');
  const item = await qualifiedItem(t, analyst.id, {
    country: 'FR',
    contacts: [hostContact('abuse@h.example')],
  });
  await runNoticeProposals(proposalContext(t));
  const list = await analyst.inject({ url: `/api/items/${item.id}/notices` });
  const host = list.json().notices.find((n: { recipient: { kind: string } }) => n.recipient.kind === 'host');
  const res = await analyst.inject({ method: 'POST', url: `/api/notices/${host.id}/approve`, payload: {} });
  assert.equal(res.statusCode, 409, res.body);
  assert.equal(res.json().error.code, 'notice.notifier_not_configured');
  assert.match(res.json().error.message, /VIGIE_HOTLINE_EMAIL/);
  const after = await analyst.inject({ url: `/api/notices/${host.id}` });
  assert.equal(after.json().notice.state, 'proposed', 'nothing changed');
});
