// Its own module, without zod or the readers, so that `simpul import --help` lists the tools at once.

/** The form tools whose exports Simpul reads: KoboToolbox and ODK Central. */
export const FORM_TOOLS = ['kobo', 'odk'] as const;
export type FormTool = (typeof FORM_TOOLS)[number];
