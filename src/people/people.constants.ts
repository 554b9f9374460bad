/** What a person is in the registry; a person may hold several. */
export const PERSON_ROLES = ['owner', 'craftsman', 'worker', 'official', 'manager', 'board_member'] as const;
export const GENDERS = ['female', 'male'] as const;
