// Its own module, without the readers or zod, so that `simpul network analyze --help` lists the formats at once.

/** The file formats `simpul network analyze` reads. */
export const NETWORK_FORMATS = ['csv', 'tsv', 'gml', 'gexf', 'graphml'] as const;
