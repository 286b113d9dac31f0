/**
 * The item page's evidence section: the reported address (text, opened only after a warning), what
 * the reports say, the captures of the page and the media, blurred first.
 */
import type { Catalogue, ItemDetail } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { CapturePanel } from './capture-panel.tsx';
import { ItemReports } from './item-reports.tsx';
import { MediaPanel } from './media-panel.tsx';
import { ReportedUrl } from './reported-url.tsx';

export function EvidenceSection({
  detail,
  catalogue,
}: {
  detail: ItemDetail;
  catalogue: Catalogue | undefined;
}) {
  const { t } = useI18n();
  const { item } = detail;
  return (
    <div className="evidence-section">
      <div className="evidence-side">
        <section className="panel" aria-labelledby="url-title">
          <h2 id="url-title">{t.workspace.item.url}</h2>
          <ReportedUrl url={item.url} />
        </section>
        <ItemReports detail={detail} catalogue={catalogue} />
      </div>
      <div className="evidence-main">
        <MediaPanel itemId={item.id} />
        <CapturePanel itemId={item.id} />
      </div>
    </div>
  );
}
