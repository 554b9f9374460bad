import type {
  CHALLENGE_CATEGORIES,
  CHALLENGE_SEVERITIES,
  INSTITUTION_SERVICES,
  INSTITUTION_TYPES,
  LEGAL_STATUSES,
} from '../institutions/institutions.constants.ts';

/** An institution around one centre. Names are generic unless DOMAIN.md names the real organisation. */
export interface DemoInstitutionSpec {
  /** Upper-case key: external id `DEMO-<centre>-<key>`. */
  key: string;
  name: string;
  type: (typeof INSTITUTION_TYPES)[number];
  legalStatus: (typeof LEGAL_STATUSES)[number];
  services: (typeof INSTITUTION_SERVICES)[number][];
  /** Synthetic for generic bodies; real or null for the named ones. */
  foundedYear: number | null;
  description: string;
  /** Share of the centre's firms that are members; absent for facilities, offices and buyers. */
  memberShare?: number;
  /** Whether a (synthetic) manager runs it day to day. */
  managed?: boolean;
  /** Whether it lies in the centre (region = first village); false for outside bodies such as buyers. */
  local?: boolean;
}

/** An entry of an institution's challenges log. */
export interface DemoChallengeSpec {
  institution: string;
  category: (typeof CHALLENGE_CATEGORIES)[number];
  severity: (typeof CHALLENGE_SEVERITIES)[number];
  notes: string;
}

/** Institutions and challenges of one centre. */
export interface DemoCenterInstitutions {
  institutions: DemoInstitutionSpec[];
  challenges: DemoChallengeSpec[];
}
