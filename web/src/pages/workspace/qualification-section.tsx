/**
 * The item page's qualification section: the four-eyes step waiting for this person (second opinion,
 * or a supervisor's ruling on a disagreement), the assessments, the form for a new item held by this
 * person, and the derived items found from it.
 */
import type { AssessmentResponse, Catalogue, ItemDetail } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { AssessmentsList } from './assessments-list.tsx';
import { DerivedItems } from './derived-items.tsx';
import { useInvalidateItem } from './item-queries.ts';
import { QualificationForm } from './qualification-form.tsx';
import { ResolvePanel } from './resolve-panel.tsx';
import { SecondOpinionPanel } from './second-opinion-panel.tsx';

type Props = {
  detail: ItemDetail;
  catalogue: Catalogue | undefined;
  onSaved(response: AssessmentResponse, say?: (m: Messages) => string): void;
  onSessionError(err: unknown): boolean;
};

export function QualificationSection({ detail, catalogue, onSaved, onSessionError }: Props) {
  const { t } = useI18n();
  const { staff } = useSignedIn();
  const { item, claim } = detail;
  const reload = useInvalidateItem(item.id);
  const qualifier = can(staff, 'qualify');
  const holding = claim?.staff_id === staff.id;
  const pending = detail.assessments.find((a) => a.status === 'pending_second');
  const disputed = detail.assessments.find((a) => a.status === 'disputed');
  const step = { version: item.version, onSaved, onReload: reload, onSessionError };

  return (
    <>
      {pending && qualifier ? (
        pending.analyst.id === staff.id ? (
          <p className="message message-info">{t.workspace.fourEyes.yours}</p>
        ) : (
          <SecondOpinionPanel key={pending.id} assessment={pending} catalogue={catalogue} {...step} />
        )
      ) : null}
      {disputed && can(staff, 'resolve') && catalogue ? (
        <ResolvePanel key={disputed.id} assessment={disputed} catalogue={catalogue} {...step} />
      ) : null}
      {disputed && !can(staff, 'resolve') ? (
        <p className="message message-info">{t.workspace.fourEyes.disputeWaiting}</p>
      ) : null}

      <section className="panel" aria-labelledby="qualification-title">
        <h2 id="qualification-title">{t.workspace.qualify.title}</h2>
        <AssessmentsList assessments={detail.assessments} catalogue={catalogue} />
        {!qualifier ? <p className="muted">{t.workspace.qualify.readOnly}</p> : null}
        {qualifier && item.state === 'new' && !holding ? (
          <p className="message message-info">{t.workspace.qualify.mustClaim}</p>
        ) : null}
        {qualifier && item.state === 'new' && holding && catalogue ? (
          <QualificationForm
            key={item.version}
            catalogue={catalogue}
            itemId={item.id}
            version={item.version}
            category={item.category}
            onSaved={onSaved}
            onReload={reload}
            onSessionError={onSessionError}
          />
        ) : null}
      </section>

      <DerivedItems
        itemId={item.id}
        items={detail.derived_items}
        catalogue={catalogue}
        canAdd={qualifier}
        onAdded={reload}
        onSessionError={onSessionError}
      />
    </>
  );
}
