import { type RefObject, useEffect, useState } from 'react';

/** Narrowest and widest map drawn, in CSS pixels; the height follows at 0.55 of the width. */
const MIN_WIDTH = 300;
const MAX_WIDTH = 960;
const ASPECT = 0.55;

/**
 * The map's drawing size: the width its container gives, so one SVG unit is one CSS pixel and labels keep
 * their 12 px on a phone (a fixed viewBox scaled to 360 px shrank them to 5 px); fewer labels then fit.
 */
export function useMapSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } {
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = entry?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, measured))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return { width, height: Math.round(width * ASPECT) };
}
