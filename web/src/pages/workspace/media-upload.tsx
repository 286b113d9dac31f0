/**
 * Attaching evidence to the item: one file at a time, of a type the server takes (anything else is
 * refused before sending), with its progress while it uploads.
 */
import { useMutation } from '@tanstack/react-query';
import { type ChangeEvent, useId, useState } from 'react';
import type { MediaType } from '../../api/types.ts';
import { mediaApi } from '../../api/workspace-endpoints.ts';
import type { Messages } from '../../i18n/fr.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** The types the server takes; anything else is refused before sending. Typed: a new one fails here. */
const ACCEPTED: string[] = Object.keys({
  'image/jpeg': true,
  'image/png': true,
  'image/webp': true,
  'image/gif': true,
  'video/mp4': true,
  'video/webm': true,
} satisfies Record<MediaType, true>);

type Props = {
  itemId: string;
  /** Busy elsewhere in the panel (a deletion): no upload meanwhile. */
  disabled: boolean;
  onStart(): void;
  onUploaded(say: (m: Messages) => string): void;
  /** A refusal: the wrong type (said here), or the server's error. */
  onError(err: unknown, message?: string): void;
};

export function MediaUpload({ itemId, disabled, onStart, onUploaded, onError }: Props) {
  const { t } = useI18n();
  const m = t.workspace.media;
  const inputId = useId();
  const hintId = useId();
  /** The fraction of the file sent so far, while uploading. */
  const [progress, setProgress] = useState(0);
  const upload = useMutation({
    mutationFn: (file: File) => mediaApi.upload(itemId, file, setProgress),
    onSuccess: (added, file) =>
      onUploaded((say) => say.workspace.media.uploaded(added.file_name ?? file.name)),
    onError: (err) => onError(err),
  });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    onStart();
    if (!ACCEPTED.includes(file.type)) {
      onError(undefined, t.workspace.errors['media.unsupported_type']);
      input.value = '';
      return;
    }
    setProgress(0);
    upload.mutate(file, {
      onSettled: () => {
        input.value = '';
      },
    });
  };

  return (
    <div className="field media-upload">
      <label htmlFor={inputId}>{m.add}</label>
      <div className="hint" id={hintId}>
        {m.addHint}
      </div>
      <input
        id={inputId}
        type="file"
        accept={ACCEPTED.join(',')}
        disabled={disabled || upload.isPending}
        aria-describedby={hintId}
        onChange={choose}
      />
      {upload.isPending ? (
        <div className="media-progress">
          <progress value={progress} max={1} aria-label={m.uploading} />
          <span role="status">{m.uploadingPercent(Math.round(progress * 100))}</span>
        </div>
      ) : null}
    </div>
  );
}
