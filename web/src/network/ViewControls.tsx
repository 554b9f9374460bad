import { useId } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { nm } from './messages.ts';
import type { ViewState } from './use-network-views.ts';

interface Props {
  view: ViewState;
  onChange(next: ViewState): void;
  /** The network has communities in its analysis (else there is nothing to summarise). */
  hasCommunities: boolean;
  /** The highest core number over the ties shown: the k slider's end. */
  maxCore: number;
  hasSelection: boolean;
  /** The communities the summary collapses: each a button that opens or closes it (keyboard access). */
  communities: { n: number; members: number }[];
}

/** The ways to make a big network readable: community summary, k-core slider, ego network of a node. */
export function ViewControls({ view, onChange, hasCommunities, maxCore, hasSelection, communities }: Props) {
  const { t } = useI18n();
  const id = useId();
  const set = (patch: Partial<ViewState>) => onChange({ ...view, ...patch });
  const toggle = (n: number) => {
    const expanded = new Set(view.expanded);
    if (expanded.has(n)) expanded.delete(n);
    else expanded.add(n);
    set({ expanded });
  };
  return (
    <fieldset className="network-controls network-view-controls">
      <legend className="sr-only">{t(nm.viewControls)}</legend>
      {hasCommunities && (
        <div>
          <label className="check">
            <input
              type="checkbox"
              checked={view.collapsed}
              onChange={(e) => set({ collapsed: e.target.checked, expanded: new Set() })}
              aria-describedby={`${id}-chint`}
              data-testid="collapse-toggle"
            />{' '}
            {t(nm.showCommunities)}
          </label>
          {view.collapsed && (
            <ul className="network-communities" aria-label={t(nm.communitiesList)}>
              {communities.map(({ n, members }) => (
                <li key={n}>
                  <button
                    type="button"
                    aria-pressed={view.expanded.has(n)}
                    onClick={() => toggle(n)}
                    data-testid="community-button"
                  >
                    {t(nm.communityNode, { n: n + 1, members })}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {view.collapsed && view.expanded.size > 0 && (
            <button type="button" onClick={() => set({ expanded: new Set() })} data-testid="collapse-all">
              {t(nm.collapseAll)}
            </button>
          )}
          <p id={`${id}-chint`} className="muted small">
            {t(nm.communitiesHint)}
          </p>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-k`}>{view.k > 0 ? t(nm.kCore, { k: view.k }) : t(nm.kCoreOff)}</label>
        <input
          id={`${id}-k`}
          type="range"
          min={0}
          max={Math.max(1, maxCore)}
          step={1}
          value={Math.min(view.k, Math.max(1, maxCore))}
          onChange={(e) => set({ k: Number(e.target.value) })}
          aria-describedby={`${id}-khint`}
          data-testid="kcore-slider"
        />
        <p id={`${id}-khint`} className="muted small">
          {t(nm.kCoreHint)}
        </p>
      </div>
      <div>
        <label htmlFor={`${id}-ego`}>{t(nm.egoDepth)}</label>
        <select
          id={`${id}-ego`}
          value={view.egoDepth}
          onChange={(e) => set({ egoDepth: Number(e.target.value) })}
          aria-describedby={hasSelection ? undefined : `${id}-egohint`}
          data-testid="ego-depth"
        >
          <option value={0}>{t(nm.egoOff)}</option>
          <option value={1}>{t(nm.ego1)}</option>
          <option value={2}>{t(nm.ego2)}</option>
        </select>
        {!hasSelection && view.egoDepth > 0 && (
          <p id={`${id}-egohint`} className="muted small">
            {t(nm.egoNeedsNode)}
          </p>
        )}
      </div>
    </fieldset>
  );
}
