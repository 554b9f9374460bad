/** A text in both languages of the app. */
export interface GlossaryText {
  id: string;
  en: string;
}

/** One glossary entry: the name the app shows, a plain one-line meaning, and why it matters for a centre. */
export interface GlossaryEntry {
  term: GlossaryText;
  meaning: GlossaryText;
  why: GlossaryText;
}
