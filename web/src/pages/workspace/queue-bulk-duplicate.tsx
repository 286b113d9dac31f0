/**
 * The bulk bar's "duplicate of": the other item named by its page's link or its id. The ticked items
 * take that item's final verdict (the server refuses when it has none yet).
 */
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { Field } from '../../ui.tsx';
import { itemIdFrom } from './item-ref.ts';

export function BulkDuplicate(props: { busy: boolean; onMark(originalId: string): void }) {
  const { t } = useI18n();
  const b = t.queueTable;
  const [text, setText] = useState('');
  const originalId = itemIdFrom(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!originalId) return;
    props.onMark(originalId);
    setText('');
  };
  return (
    <form className="bulk-group" onSubmit={submit}>
      <Field
        label={b.duplicateOf}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={b.duplicatePlaceholder}
        aria-invalid={text !== '' && !originalId}
      />
      <button type="submit" className="button button-secondary" disabled={props.busy || !originalId}>
        {b.markDuplicate}
      </button>
    </form>
  );
}
