/**
 * Capture on the item page: "Capture the page" for those who handle evidence (the capability the
 * server checks), its progress while the server works (queued → running → done or failed, asked
 * again every few seconds while the page is visible), and what the newest capture found; earlier
 * captures are folded away. When a capture seen under way ends the panel says so, and the page reads
 * the media and the history again (useCaptureEnd).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { captureApi } from '../../api/capture-endpoints.ts';
import type { Capture, CaptureList } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { CaptureResult } from './capture-result.tsx';
import {
  CAPTURE_STEP,
  captureUnderWay,
  itemKeys,
  useCaptureEnd,
  useInvalidateItem,
  useItemCaptures,
  useItemMedia,
} from './item-queries.ts';
import { useErrorText, useStatus } from './workspace-shared.ts';

function CaptureSteps({ capture }: { capture: Capture }) {
  const { t } = useI18n();
  const c = t.capture;
  const step = CAPTURE_STEP[capture.state];
  const end = capture.state === 'failed' ? c.steps.failed : c.steps.done;
  const labels = [c.steps.queued, c.steps.running, end];
  return (
    <ol className={`capture-steps capture-steps-${capture.state}`} aria-label={c.progress}>
      {labels.map((label, index) => (
        <li
          key={label}
          className={index < step ? 'step-past' : index === step ? 'step-current' : 'step-next'}
          aria-current={index === step ? 'step' : undefined}
        >
          {label}
        </li>
      ))}
    </ol>
  );
}

export function CapturePanel({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const c = t.capture;
  const { staff } = useSignedIn();
  const handling = can(staff, 'handle_media');
  const query = useItemCaptures(itemId);
  const captures = query.data?.captures;
  const media = useItemMedia(itemId).data?.media;
  const [status, setStatus] = useStatus();
  const client = useQueryClient();
  const reload = useInvalidateItem(itemId);
  const request = useMutation({
    mutationFn: () => captureApi.request(itemId),
    onSuccess: ({ capture }) => {
      // Shown under way at once; when it ends the page reads the rest again (item-page.tsx).
      client.setQueryData<CaptureList>(itemKeys.captures(itemId), (list) => ({
        captures: [capture, ...(list?.captures ?? []).filter((other) => other.id !== capture.id)],
      }));
      setStatus((m) => m.capture.requested);
      reload();
    },
  });
  const error = useErrorText(request.error ?? query.error);
  useCaptureEnd(itemId, (state) =>
    setStatus((m) => (state === 'done' ? m.capture.finished : m.capture.failedNow)),
  );
  const [latest, ...earlier] = captures ?? [];
  const running = captureUnderWay(latest?.state);

  return (
    <section className="panel capture-panel" aria-labelledby="capture-title" aria-busy={running}>
      <h2 id="capture-title">{c.title}</h2>
      <p className="hint">{handling ? c.intro : c.notForRole}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>
      {handling ? (
        <button
          type="button"
          className="button capture-button"
          disabled={request.isPending || running || captures === undefined}
          onClick={() => request.mutate()}
        >
          {c.capture}
        </button>
      ) : null}
      {captures === undefined && !error ? <Loading /> : null}
      {captures?.length === 0 ? <p className="muted">{c.none}</p> : null}
      {latest ? (
        <>
          <CaptureSteps capture={latest} />
          {latest.state === 'queued' && latest.attempts > 0 ? (
            <p className="message message-info">{c.retrying(latest.attempts + 1)}</p>
          ) : null}
          <CaptureResult capture={latest} media={media} />
        </>
      ) : null}
      {earlier.length > 0 ? (
        <details className="capture-earlier">
          <summary>{c.earlier(earlier.length)}</summary>
          <ol className="capture-earlier-list">
            {earlier.map((capture) => (
              <li key={capture.id}>
                <CaptureResult capture={capture} media={media} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
