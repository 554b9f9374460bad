import type { Role } from '../../../src/auth/roles.ts';
import type { Message } from '../i18n/i18n.tsx';
import { m } from './messages.ts';

/** Each role's name in the app. */
export const ROLE_LABELS: Record<Role, Message> = {
  admin: m.roleAdmin,
  ministry: m.roleMinistry,
  regional_officer: m.roleRegionalOfficer,
  center_manager: m.roleCenterManager,
  enterprise: m.roleEnterprise,
  researcher: m.roleResearcher,
  viewer: m.roleViewer,
};

/** Roles that may record data (the API still checks each record's scope); enterprise users record ties. */
export const EDITORS: Role[] = ['admin', 'regional_officer', 'center_manager', 'enterprise'];
/** Roles that may run imports. */
export const IMPORTERS: Role[] = ['admin', 'regional_officer'];
/** Roles that see centre networks (member lists and ties). */
export const NETWORK_READERS: Role[] = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'researcher',
];
/** Roles that read member lists, and so a firm's centre and institution memberships (src/memberships). */
export const MEMBERSHIP_READERS: Role[] = [
  'admin',
  'ministry',
  'regional_officer',
  'center_manager',
  'researcher',
];
