/**
 * Capture on the item page: "Capture the page" for those who handle evidence (the capability the
 * server checks), its progress while the server works (queued → running → done or failed, asked
 * again every few seconds while the page is visible), and what the newest capture found; earlier
 * captures are folded away. When a capture ends, the page is told so the media panel and the
 * history show what it added.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { captureApi } from '../../api/capture-endpoints.ts';
import type { Capture, CaptureState, MediaRecord } from '../../api/types.ts';
import { mediaApi } from '../../api/workspace-endpoints.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { CaptureResult } from './capture-result.tsx';
import { usePolling } from './use-polling.ts';
import { useStatus, workspaceError } from './workspace-shared.ts';

const POLL_MS = 2000;

/** Where each state stands in the progress shown: queued, running, then the end (either one). */
const STEP_OF: Record<CaptureState, number> = { queued: 0, running: 1, done: 2, failed: 2 };
const underWay = (capture: Capture | undefined) => capture !== undefined && STEP_OF[capture.state] < 2;

function CaptureSteps({ capture }: { capture: Capture }) {
  const { t } = useI18n();
  const c = t.capture;
  const step = STEP_OF[capture.state];
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

type Props = {
  itemId: string;
  /** A capture ended (or was asked for): the media panel and the history have something new. */
  onChanged(): void;
  onSessionError(err: unknown): boolean;
};

export function CapturePanel({ itemId, onChanged, onSessionError }: Props) {
  const { t } = useI18n();
  const c = t.capture;
  const { staff } = useSignedIn();
  const handling = can(staff, 'handle_media');
  const [captures, setCaptures] = useState<Capture[]>();
  const [media, setMedia] = useState<MediaRecord[]>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useStatus();
  const [busy, setBusy] = useState(false);
  const changed = useRef(onChanged);
  changed.current = onChanged;

  const fail = useCallback(
    (err: unknown) => {
      if (!onSessionError(err)) setError(workspaceError(err, t));
    },
    [onSessionError, t],
  );
  const load = useCallback(() => {
    captureApi.list(itemId).then((list) => setCaptures(list.captures), fail);
    mediaApi.list(itemId).then((list) => setMedia(list.media), fail);
  }, [itemId, fail]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reload when the item changes, not when the handler's identity does
  useEffect(load, [itemId]);

  const [latest, ...earlier] = captures ?? [];
  const running = underWay(latest);
  usePolling(load, running ? POLL_MS : null, captures);

  // A capture seen under way that has now ended: say so once, and let the page refresh the rest.
  const watching = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!latest) return;
    if (underWay(latest)) {
      watching.current = latest.id;
    } else if (watching.current === latest.id) {
      watching.current = undefined;
      setStatus((m) => (latest.state === 'done' ? m.capture.finished : m.capture.failedNow));
      changed.current();
    }
  }, [latest, setStatus]);

  const requestCapture = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const { capture } = await captureApi.request(itemId);
      watching.current = capture.id;
      setCaptures((list) => [capture, ...(list ?? []).filter((other) => other.id !== capture.id)]);
      setStatus((m) => m.capture.requested);
      changed.current();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

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
          disabled={busy || running || captures === undefined}
          onClick={requestCapture}
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
