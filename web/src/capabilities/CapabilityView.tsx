import type { CapabilityProfile } from '../../../src/capabilities/capabilities.schema.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ACQUIRED_WORDS, CERTIFICATION_WORDS, LEVEL_WORDS } from './labels.ts';
import { cm } from './messages.ts';

/** A capability profile as a reader sees it: figures, processes by sector, machines, certifications with status. */
export function CapabilityView({ profile: p }: { profile: CapabilityProfile }) {
  const { t, lang } = useI18n();
  const accepts = [
    p.acceptsToll && cm.toll,
    p.acceptsSubcontract && cm.subcontract,
    p.acceptsClientMaterials && cm.materials,
  ]
    .filter((x) => x !== false)
    .map((x) => t(x))
    .join(', ');
  const facts: [string, string][] = [
    [
      t(cm.capacity),
      p.monthlyCapacity === null ? '–' : `${formatNumber(lang, p.monthlyCapacity)} ${p.capacityUnit ?? ''}`,
    ],
    [t(cm.spare), p.spareCapacityPct === null ? '–' : `${p.spareCapacityPct}%`],
    [t(cm.spareConfirmedOn), p.spareConfirmedOn ? formatDate(lang, p.spareConfirmedOn) : '–'],
    [t(cm.leadTime), p.leadTimeDays === null ? '–' : formatNumber(lang, p.leadTimeDays)],
    [
      t(cm.minOrder),
      p.minOrderQty === null ? '–' : `${formatNumber(lang, p.minOrderQty)} ${p.capacityUnit ?? ''}`,
    ],
    [t(cm.accepts), accepts || t(cm.none)],
  ];
  return (
    <div data-testid="capability-view">
      <dl className="center-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2>{t(cm.processes)}</h2>
      {p.processes.length === 0 ? (
        <p className="muted">{t(cm.noProcesses)}</p>
      ) : (
        <ul data-testid="capability-processes">
          {p.processes.map((x) => (
            <li key={x.processCode}>
              {lang === 'id' ? x.labelId : x.labelEn} — {t(LEVEL_WORDS[x.level] ?? cm.level1)}
              {x.archived && <span className="muted"> {t(cm.archivedProcess)}</span>}
            </li>
          ))}
        </ul>
      )}
      <h2>{t(cm.machines)}</h2>
      {p.machines.length === 0 ? (
        <p className="muted">{t(cm.noMachines)}</p>
      ) : (
        <ul>
          {p.machines.map((m) => (
            <li key={`${m.machineType}|${m.count}|${m.capacity}|${m.acquired}`}>
              {m.count} × {m.machineType}
              {m.capacity ? ` (${m.capacity})` : ''} · {t(ACQUIRED_WORDS[m.acquired])}
            </li>
          ))}
        </ul>
      )}
      <h2>{t(cm.certifications)}</h2>
      {p.certifications.length === 0 ? (
        <p className="muted">{t(cm.noCertifications)}</p>
      ) : (
        <table data-testid="capability-certifications">
          <thead>
            <tr>
              <th scope="col">{t(cm.kind)}</th>
              <th scope="col">{t(cm.number)}</th>
              <th scope="col">{t(cm.validFrom)}</th>
              <th scope="col">{t(cm.validUntil)}</th>
              <th scope="col">{t(cm.status)}</th>
            </tr>
          </thead>
          <tbody>
            {p.certifications.map((c) => (
              <tr
                key={`${c.kind}|${c.number}|${c.validFrom}|${c.validUntil}`}
                className={c.validToday ? undefined : 'muted'}
              >
                <th scope="row">{t(CERTIFICATION_WORDS[c.kind] ?? { id: c.kind, en: c.kind })}</th>
                <td>{c.number ?? '–'}</td>
                <td>{c.validFrom ? formatDate(lang, c.validFrom) : '–'}</td>
                <td>{c.validUntil ? formatDate(lang, c.validUntil) : '–'}</td>
                <td>{c.validToday ? t(cm.valid) : <strong>{t(cm[c.status])}</strong>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
