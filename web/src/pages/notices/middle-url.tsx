/**
 * A reported address as text, shortened in the middle when long (the host and the end both matter),
 * never a link: nothing of the reported content is loaded. The whole address stays readable to
 * screen readers and in the tooltip.
 */
export function middleEllipsis(text: string, max: number): string {
  if (text.length <= max) return text;
  const keep = max - 1;
  const head = Math.ceil(keep * 0.6);
  return `${text.slice(0, head)}…${text.slice(text.length - (keep - head))}`;
}

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
