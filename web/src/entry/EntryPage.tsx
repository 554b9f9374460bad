import type { ComponentType } from 'react';
import type { Abilities } from '../../../src/auth/abilities.schema.ts';
import { Link } from '../app/router.tsx';
import { useSession } from '../auth/session.tsx';
import type { Message } from '../i18n/i18n.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { Forbidden, NotFound } from '../ui/status.tsx';
import { CenterForm } from './CenterForm.tsx';
import { EnterpriseForm } from './EnterpriseForm.tsx';
import { InstitutionForm } from './InstitutionForm.tsx';
import { m } from './messages.ts';
import { TieForm } from './TieForm.tsx';
import './entry.css';

/** One kind of record: its path segment, form, and the ability (from the server) that creating it needs. */
interface Kind {
  kind: string;
  title: Message;
  description: Message;
  form: ComponentType;
  may: (abilities: Abilities) => boolean;
}

// The API still checks each record's scope.
const KINDS: Kind[] = [
  {
    kind: 'sentra',
    title: m.kindSentra,
    description: m.descSentra,
    form: CenterForm,
    may: (a) => a.centers.register,
  },
  {
    kind: 'ikm',
    title: m.kindIkm,
    description: m.descIkm,
    form: EnterpriseForm,
    may: (a) => a.enterprises.register,
  },
  {
    kind: 'lembaga',
    title: m.kindLembaga,
    description: m.descLembaga,
    form: InstitutionForm,
    may: (a) => a.institutions.register,
  },
  {
    kind: 'ikatan',
    title: m.kindIkatan,
    description: m.descIkatan,
    form: TieForm,
    may: (a) => a.ties.record,
  },
];

/** `/input`: the kinds this role may record; `/input/:kind`: that kind's form. */
export default function EntryPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const { may } = useSession();
  const allowed = KINDS.filter((k) => may(k.may));
  if (params.kind) {
    const kind = KINDS.find((k) => k.kind === params.kind);
    if (!kind) return <NotFound />;
    if (!may(kind.may)) return <Forbidden />;
    const Form = kind.form;
    return (
      <article className="entry">
        <p>
          <Link href="/input">← {t(m.back)}</Link>
        </p>
        <h1>{t(m.title)}</h1>
        <Form />
      </article>
    );
  }
  return (
    <article className="entry">
      <h1>{t(m.title)}</h1>
      <p className="muted">{t(m.intro)}</p>
      <ul className="grid grid-2 kind-list">
        {allowed.map((k) => (
          <li key={k.kind} className="card">
            <h2 className="card-title">
              <Link href={`/input/${k.kind}`}>{t(k.title)}</Link>
            </h2>
            <p className="muted">{t(k.description)}</p>
          </li>
        ))}
      </ul>
    </article>
  );
}
