/**
 * The item's address in the page header: shortened in the middle when long (the host and the end
 * both matter), whole while hovered or focused, or kept whole by a click; a copy button. Text only,
 * never a link: opening it is the evidence section's deliberate two-step action.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { middleEllipsis } from '../../shared/middle-url.tsx';

const SHORT = 72;

export function ItemAddress({ url }: { url: string }) {
  const { t } = useI18n();
  const p = t.workspace.itemPage;
  const [whole, setWhole] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const short = middleEllipsis(url, SHORT);

  const copyAddress = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="item-address">
      {short === url ? (
        <p className="reported-url item-address-text">{url}</p>
      ) : (
        <button
          type="button"
          className={whole ? 'item-address-toggle item-address-whole' : 'item-address-toggle'}
          aria-expanded={whole}
          title={url}
          onClick={() => setWhole((w) => !w)}
        >
          <span className="reported-url item-address-short" aria-hidden="true">
            {short}
          </span>
          <span className="reported-url item-address-full">{url}</span>
          <span className="visually-hidden"> — {p.showFull}</span>
        </button>
      )}
      <button type="button" className="button button-small button-secondary" onClick={copyAddress}>
        {p.copy}
      </button>
      <span className="status-line item-address-status" role="status">
        {copy === 'copied' ? p.copied : copy === 'failed' ? p.copyFailed : ''}
      </span>
    </div>
  );
}
