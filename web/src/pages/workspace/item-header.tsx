/**
 * The top of the item page, kept in view on wide screens: the address, state and verdict, category,
 * service target, who holds the claim, and this person's next step as a button that opens its section
 * (or the reason there is nothing to do yet).
 */
import type { Catalogue, ItemDetail } from '../../api/types.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { followLink } from '../../router.ts';
import { useFocusHeading } from '../../ui.tsx';
import { ItemAddress } from './item-address.tsx';
import { ItemClaim } from './item-claim.tsx';
import type { ItemSection } from './item-sections.ts';
import type { NextAction } from './next-action.ts';
import { categoryLabel, verdictLabel } from './workspace-shared.ts';

type Props = {
  detail: ItemDetail;
  catalogue: Catalogue | undefined;
  next: NextAction | undefined;
  onGo(section: ItemSection): void;
  onDone(say: (m: Messages) => string): void;
  onError(err: unknown): void;
};

export function ItemHeader({ detail, catalogue, next, onGo, onDone, onError }: Props) {
  const { t, language, formatDateTime } = useI18n();
  const w = t.workspace.item;
  const p = t.workspace.itemPage;
  const { item } = detail;
  const heading = useFocusHeading<HTMLHeadingElement>();
  // The assessment that counts, else the newest one (waiting for its second opinion or disputed).
  const standing = detail.assessments.find((a) => a.counts) ?? detail.assessments.at(-1);
  return (
    <header className="item-header">
      <div className="item-header-top">
        <a className="item-back" href="/app/queue" onClick={followLink('/queue')}>
          ← {w.back}
        </a>
        <h1 id="item-title" ref={heading} tabIndex={-1}>
          {w.title}
        </h1>
      </div>
      <ItemAddress url={item.url} />
      <dl className="item-facts">
        <div>
          <dt>{w.state}</dt>
          <dd>
            <span className={`badge item-state item-state-${item.state}`}>
              {t.workspace.states[item.state]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{p.verdict}</dt>
          <dd>
            {standing ? (
              <>
                {verdictLabel(catalogue, standing.verdict, language)}
                {standing.counts ? null : (
                  <span className="muted"> · {t.workspace.qualify.statuses[standing.status]}</span>
                )}
              </>
            ) : (
              <span className="muted">{p.noVerdict}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{w.category}</dt>
          <dd>{categoryLabel(catalogue, item.category, language)}</dd>
        </div>
        <div>
          <dt>{w.due}</dt>
          <dd>
            {formatDateTime(item.due_at)}{' '}
            {item.overdue ? <span className="badge badge-late">{t.workspace.queue.overdue}</span> : null}
          </dd>
        </div>
        {detail.duplicate_of ? (
          <div>
            <dt>{t.queueTable.duplicateOf}</dt>
            <dd>
              <a
                href={`/app/items/${detail.duplicate_of.id}`}
                onClick={followLink(`/items/${detail.duplicate_of.id}`)}
                className="reported-url"
              >
                {detail.duplicate_of.url}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="item-header-work">
        <ItemClaim detail={detail} onDone={onDone} onError={onError} />
        {next ? <NextStep next={next} onGo={onGo} /> : null}
      </div>
    </header>
  );
}

function NextStep({ next, onGo }: { next: NextAction; onGo(section: ItemSection): void }) {
  const { t } = useI18n();
  const p = t.workspace.itemPage;
  if (next.kind === 'wait') {
    const say = next.reason === 'claimedBy' ? p.waiting.claimedBy(next.name) : p.waiting[next.reason];
    return <p className="item-next item-next-wait">{say}</p>;
  }
  const label =
    next.action === 'approveNotices' ? p.actions.approveNotices(next.count) : p.actions[next.action];
  return (
    <p className="item-next">
      <span className="visually-hidden">{p.nextAction}: </span>
      <button type="button" className="button item-next-button" onClick={() => onGo(next.section)}>
        {label}
      </button>
    </p>
  );
}
