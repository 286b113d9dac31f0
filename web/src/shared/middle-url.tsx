/**
 * A reported address as text, shortened in the middle when long (the host and the end both matter),
 * never a link: nothing of the reported content is loaded. The whole address stays readable to
 * screen readers and in the tooltip.
 */
import { middleEllipsis, splitAddress, withoutHttps } from './middle-ellipsis.ts';

export { middleEllipsis } from './middle-ellipsis.ts';

export function MiddleUrl({ url, max = 64 }: { url: string; max?: number }) {
  const short = middleEllipsis(url, max);
  if (short === url) return <span className="reported-url middle-url">{url}</span>;
  return (
    <span className="reported-url middle-url" title={url}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{url}</span>
    </span>
  );
}

/**
 * The address on one line whatever the width: the head shrinks with an ellipsis, the tail stays, and
 * "https://" is left out of the line. The full address is in the tooltip, read by screen readers, and
 * shown under the line while its row has the keyboard focus (styles.css, .fitted-url-full).
 */
export function FittedUrl({ url }: { url: string }) {
  const { head, tail } = splitAddress(withoutHttps(url), 16);
  return (
    <span className="reported-url fitted-url" title={url}>
      <span className="fitted-url-line" aria-hidden="true">
        <span className="fitted-url-head">{head}</span>
        {tail ? <span className="fitted-url-tail">{tail}</span> : null}
      </span>
      <span className="visually-hidden">{url}</span>
      <span className="fitted-url-full" aria-hidden="true">
        {url}
      </span>
    </span>
  );
}
