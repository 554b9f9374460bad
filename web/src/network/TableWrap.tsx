import type { ReactNode } from 'react';

/**
 * A table's horizontally scrolling frame. It is a labelled, focusable region so keyboard users can
 * scroll a table wider than the screen (axe: scrollable-region-focusable).
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard.
    <section className="table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
