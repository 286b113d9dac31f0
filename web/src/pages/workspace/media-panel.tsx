/**
 * The item's evidence media: what was attached, by whom and when, with its hashes; an upload for the
 * people who qualify content, and deletion for supervisors. Only those who qualify see the media
 * themselves (always blurred first, media-viewer.tsx); other roles get the list and never request a
 * preview or a file.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { Capture, MediaRecord } from '../../api/types.ts';
import { mediaApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { can } from '../../roles.ts';
import { useSignedIn } from '../../session.tsx';
import { ErrorMessage, Loading, StatusMessage } from '../../ui.tsx';
import { useInvalidateItem, useItemCaptures, useItemMedia } from './item-queries.ts';
import { MediaEntry } from './media-entry.tsx';
import { MediaUpload } from './media-upload.tsx';
import { useErrorText, useStatus, workspaceError } from './workspace-shared.ts';

/** Sizes and status codes have a sentence even when the refusal comes from the HTTP layer itself. */
function mediaError(err: unknown, t: Messages): string {
  const e = t.workspace.errors;
  if (err instanceof ApiError && !e[err.code]) {
    if (err.status === 413) return e['media.too_large'] ?? workspaceError(err, t);
    if (err.status === 415) return e['media.unsupported_type'] ?? workspaceError(err, t);
  }
  return workspaceError(err, t);
}

/** media id → the address a capture fetched it from (the page and its screenshot: the final address). */
function capturedFrom(captures: Capture[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const capture of captures) {
    const page = capture.final_url ?? capture.url;
    if (capture.page_media_id) sources.set(capture.page_media_id, page);
    if (capture.screenshot_media_id) sources.set(capture.screenshot_media_id, page);
    for (const entry of capture.media) if (entry.media_id) sources.set(entry.media_id, entry.url);
  }
  return sources;
}

export function MediaPanel({ itemId }: { itemId: string }) {
  const { t, formatDateTime } = useI18n();
  const m = t.workspace.media;
  const { staff } = useSignedIn();
  // One capability: whoever may receive evidence may also attach it (the server's rule).
  const handling = can(staff, 'handle_media');
  const deleting = can(staff, 'delete_media');
  const query = useItemMedia(itemId);
  const media = query.data?.media;
  // A captured media has no file name: the address it was fetched from names it.
  const sources = capturedFrom(useItemCaptures(itemId).data?.captures ?? []);
  const [status, setStatus] = useStatus();
  const [refusal, setRefusal] = useState<{ err: unknown; message?: string }>();
  const [confirming, setConfirming] = useState<string>();
  // The history gains a line: the whole item is read again.
  const reload = useInvalidateItem(itemId);
  const remove = useMutation({
    mutationFn: (record: MediaRecord) => mediaApi.delete(record.id),
    onMutate: () => setRefusal(undefined),
    onSuccess: () => {
      setConfirming(undefined);
      setStatus((say) => say.workspace.media.deleted);
    },
    onError: (err) => setRefusal({ err }),
    onSettled: reload,
  });
  const refused = useErrorText(refusal?.err, mediaError);
  const unread = useErrorText(query.error, mediaError);
  const error = refusal?.message ?? refused ?? unread;

  const nameOf = (record: MediaRecord) =>
    record.file_name ?? sources.get(record.id) ?? m.untitled(formatDateTime(record.added_at));

  return (
    <section className="panel media-panel" aria-labelledby="media-title">
      <h2 id="media-title">
        {m.title}
        {media?.length ? <span className="count"> · {m.count(media.length)}</span> : null}
      </h2>
      <p className="hint">{handling ? m.intro : m.notForRole}</p>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>{status}</StatusMessage>

      {media === undefined ? (
        error ? null : (
          <Loading />
        )
      ) : media.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ul className="media-list">
          {media.map((record) => (
            <MediaEntry
              key={record.id}
              itemId={itemId}
              record={record}
              name={nameOf(record)}
              source={sources.get(record.id)}
              handling={handling}
              deleting={deleting}
              busy={remove.isPending}
              confirming={confirming === record.id}
              onConfirm={() => setConfirming(record.id)}
              onCancel={() => setConfirming(undefined)}
              onDelete={() => remove.mutate(record)}
            />
          ))}
        </ul>
      )}

      {handling ? (
        <MediaUpload
          itemId={itemId}
          disabled={remove.isPending}
          onStart={() => {
            setRefusal(undefined);
            setStatus(undefined);
          }}
          onUploaded={(say) => {
            setStatus(say);
            reload();
          }}
          onError={(err, message) => setRefusal({ err, message })}
        />
      ) : null}
    </section>
  );
}
