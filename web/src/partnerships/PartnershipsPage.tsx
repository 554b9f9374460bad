import { api } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import { dm } from '../design-ledger/messages.ts';
import type { Message } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { xm } from '../price-agreements/messages.ts';
import { pm } from './messages.ts';
import { RequestAggregatesSection } from './RequestAggregatesSection.tsx';
import '../entry/entry.css';

/** One screen the hub lists: where it is, its name and what it is for. */
interface Entry {
  href: string;
  title: string;
  what: Message;
}

/**
 * `/kemitraan`: the partnership screens (issue #18) the session may use, each with a sentence saying what
 * it is for; one entry in the main navigation instead of four, so the top bar keeps to one line.
 */
export default function PartnershipsPage() {
  const { t } = useI18n();
  const { user, may } = useSession();
  const ownFirms = (user?.scopes.enterprises.length ?? 0) > 0 && may((a) => a.capabilities.read);
  // The server scopes the list to the reader's own firms; only firm users need it.
  const firms = useApi(
    (signal) =>
      ownFirms ? api.get('/enterprises', { query: { limit: 100 }, signal }) : Promise.resolve(null),
    [ownFirms],
  );
  const entries: Entry[] = [];
  if (may((a) => a.requests.read)) {
    entries.push({ href: '/permintaan', title: t(pm.requests), what: pm.requestsWhat });
  }
  if (may((a) => a.pools.read)) {
    entries.push({ href: '/beli-bersama', title: t(pm.pools), what: pm.poolsWhat });
  }
  for (const firm of firms.data?.items ?? []) {
    entries.push({
      href: `/ikm/${firm.id}/kemampuan`,
      title: t(pm.profile, { name: firm.name }),
      what: pm.profileWhat,
    });
  }
  // Researchers use no partnership screen but read the aggregates below.
  const aggregates = may((a) => a.requestAggregates.read);
  if (may((a) => a.capabilities.editTaxonomy)) {
    entries.push({ href: '/taksonomi-proses', title: t(pm.taxonomy), what: pm.taxonomyWhat });
  }
  if (may((a) => a.priceAgreements.read)) {
    entries.push({ href: '/kesepakatan-harga', title: t(xm.title), what: xm.hubWhat });
  }
  // The design ledger (issue #19) is listed here: the main navigation has no room left at 1280 px.
  if (may((a) => a.designLedger.read)) {
    entries.push({ href: '/desain', title: t(dm.title), what: dm.hubWhat });
  }
  return (
    <article data-testid="partnerships">
      <h1>{t(pm.title)}</h1>
      <p className="muted">{t(pm.intro)}</p>
      {entries.length === 0 ? (
        !aggregates && <p>{t(pm.none)}</p>
      ) : (
        <ul className="grid grid-2 kind-list">
          {entries.map((e) => (
            <li key={e.href} className="card">
              <h2 className="card-title">
                <Link href={e.href}>{e.title}</Link>
              </h2>
              <p className="muted small">{t(e.what)}</p>
            </li>
          ))}
        </ul>
      )}
      <RequestAggregatesSection />
    </article>
  );
}
