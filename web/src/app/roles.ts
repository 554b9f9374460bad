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
