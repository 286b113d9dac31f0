/**
 * A reported address, shown as text only. Opening it is a deliberate two-step action: a warning
 * first, then a link that leaks no referrer and no window handle to the reported site.
 */
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { isWebUrl } from './workspace-shared.ts';

export function ReportedUrl({ url }: { url: string }) {
  const { t } = useI18n();
  const w = t.workspace.item;
  const [warning, setWarning] = useState(false);
  const warningId = useId();
  return (
    <div className="reported-url-block">
      <p className="reported-url reported-url-large">{url}</p>
      <p className="hint">{w.urlNote}</p>
      {isWebUrl(url) && !warning ? (
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={false}
          onClick={() => setWarning(true)}
        >
          {w.openUrl}
        </button>
      ) : null}
      {warning ? (
        <div className="message message-warn open-warning" role="alert" id={warningId}>
          <p className="strong">{w.openWarning}</p>
          <p>{w.openWarningBody}</p>
          <div className="row-actions">
            <a
              className="button button-small"
              href={url}
              target="_blank"
              rel="noreferrer noopener"
              referrerPolicy="no-referrer"
              onClick={() => setWarning(false)}
            >
              {w.openConfirm}
            </a>
            <button
              type="button"
              className="button button-small button-secondary"
              onClick={() => setWarning(false)}
            >
              {w.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
