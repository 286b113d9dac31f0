/**
 * A chart in the page: drawn at the width its box has, again when that width changes (a window
 * resized, a phone turned). Drawing is synchronous in a layout effect, so once React has committed a
 * report every chart of it is in the document: the printable report relies on it for its ready flag.
 * The box is one image for assistive technology, named by the figure; its data table carries the
 * figures.
 */
import { useLayoutEffect, useRef } from 'react';
import type { ChartSpec } from './stats-model.ts';
import { drawChart } from './stats-plots.ts';
import { useStatsText } from './stats-text.ts';

export function StatsChart({ spec, label }: { spec: ChartSpec; label: string }) {
  const text = useStatsText();
  const box = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    let drawnAt = 0;
    const draw = () => {
      const width = Math.floor(element.clientWidth);
      if (width <= 0 || width === drawnAt) return;
      drawnAt = width;
      element.replaceChildren(drawChart(spec, width, text));
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(element);
    return () => observer.disconnect();
  }, [spec, text]);

  return <div ref={box} className="stats-chart" role="img" aria-label={label} />;
}
