import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import {
  type ColourMode,
  FIRM_COLOUR,
  type GroupPalette,
  INSTITUTION_COLOUR,
  LARGE_GRAPH_NODES,
  LARGE_GRAPH_TIES,
  NEUTRAL_COLOUR,
  VALENCE_COLOURS,
} from './graph-model.ts';
import { gpm } from './groups-messages.ts';
import { nm } from './messages.ts';

/** A short line drawn like the ties on the canvas (dashed for conflicts, thin for large networks). */
function TieSymbol({ colour, dashed, thin }: { colour: string; dashed?: boolean; thin?: boolean }) {
  return (
    <svg width="36" height="10" aria-hidden="true" focusable="false">
      <line
        x1="2"
        y1="5"
        x2="34"
        y2="5"
        stroke={colour}
        strokeWidth={thin ? 1.5 : 3}
        strokeDasharray={dashed ? '6 4' : undefined}
      />
    </svg>
  );
}
function Dot({ colour }: { colour: string }) {
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="7" cy="7" r="6" fill={colour} />
    </svg>
  );
}

/** What the colours, dashes, arrows and sizes mean. */
export function NetworkLegend({
  colourBy,
  sizeLabel,
  groups,
  palette,
  collapsed = false,
  tieTypes = null,
  dense = false,
  large = false,
}: {
  colourBy: ColourMode;
  sizeLabel: string;
  /** Community or camp numbers present in the data. */
  groups: number[];
  /** The groups' colours (the groups beyond the palette are grey). */
  palette: GroupPalette;
  /** Ties fade and arrows show only around a selected node (Canvas 2D, tieFade < 1). */
  dense?: boolean;
  /** Ties are coloured by type: each type's label and colour (null: grey, "other types"). */
  tieTypes?: { code: string; label: string; colour: string | null }[] | null;
  /** Communities are drawn collapsed: explain the summary ties. */
  collapsed?: boolean;
  /** The network is drawn as a large graph (thin lines, no arrows). */
  large?: boolean;
}) {
  const { t, lang } = useI18n();
  return (
    <section
      className="network-legend"
      aria-labelledby="network-legend-title"
      data-testid="network-legend"
      data-colour-by={colourBy}
    >
      <h3 id="network-legend-title">{t(nm.legend)}</h3>
      <ul>
        {tieTypes ? (
          <>
            {tieTypes
              .filter((ty) => ty.colour)
              .map((ty) => (
                <li key={ty.code} data-testid="legend-tie-type">
                  <TieSymbol colour={ty.colour!} thin={large} /> {ty.label}
                </li>
              ))}
            {tieTypes.some((ty) => !ty.colour) && (
              <li>
                <TieSymbol colour={NEUTRAL_COLOUR} thin={large} /> {t(nm.otherTypes)}
              </li>
            )}
            <li>
              <TieSymbol colour={NEUTRAL_COLOUR} dashed thin={large} /> {t(nm.legendTypeConflict)}
            </li>
          </>
        ) : (
          <>
            <li>
              <TieSymbol colour={VALENCE_COLOURS.collaboration} thin={large} /> {t(nm.legendCollab)}
            </li>
            <li>
              <TieSymbol colour={VALENCE_COLOURS.conflict} dashed thin={large} /> {t(nm.legendConflict)}
            </li>
            <li>
              <TieSymbol colour={VALENCE_COLOURS.coopetition} thin={large} /> {t(nm.legendCoop)}
            </li>
          </>
        )}
        {large ? (
          <li data-testid="legend-large">
            {t(nm.legendLarge, {
              ties: formatNumber(lang, LARGE_GRAPH_TIES),
              nodes: formatNumber(lang, LARGE_GRAPH_NODES),
            })}
          </li>
        ) : (
          <li>
            <span aria-hidden="true">→</span> {t(dense ? nm.legendArrowDense : nm.legendArrow)}
          </li>
        )}
        <li>{t(nm.legendStrength)}</li>
        {collapsed && <li data-testid="legend-communities">{t(nm.legendCommunityTie)}</li>}
        <li>{t(nm.legendSize, { measure: sizeLabel })}</li>
        {colourBy === 'kind' ? (
          <>
            <li>
              <Dot colour={FIRM_COLOUR} /> {t(nm.legendFirm)}
            </li>
            <li>
              <Dot colour={INSTITUTION_COLOUR} /> {t(nm.legendInstitution)}
            </li>
            <li>
              <Dot colour={NEUTRAL_COLOUR} /> {t(nm.legendOutsider)}
            </li>
          </>
        ) : (
          <>
            {groups
              .filter((g) => palette.has(g))
              .map((g) => (
                <li key={g} data-testid="legend-group">
                  <Dot colour={palette.get(g)!} />{' '}
                  {t(
                    colourBy === 'community'
                      ? nm.communityN
                      : colourBy === 'position'
                        ? gpm.positionN
                        : nm.campN,
                    { n: g + 1 },
                  )}
                </li>
              ))}
            {groups.some((g) => !palette.has(g)) && (
              <li>
                <Dot colour={NEUTRAL_COLOUR} /> {t(nm.otherCommunities)}
              </li>
            )}
            <li>
              <Dot colour={NEUTRAL_COLOUR} />{' '}
              {t(
                colourBy === 'community'
                  ? nm.noCommunity
                  : colourBy === 'position'
                    ? gpm.noPosition
                    : nm.noCamp,
              )}
            </li>
            <li className="muted">{t(nm.colourHint)}</li>
          </>
        )}
      </ul>
    </section>
  );
}
