import { membershipPolicy } from '../../memberships/memberships.policy.ts';

/**
 * Who may read a centre's network (its nodes, ties, analysis, change, comparison and exports): whoever may
 * read its member list (the nodes are its members), seeing only the ties the interaction policy shows them.
 */
export const centerNetworkAccess = membershipPolicy.read;
