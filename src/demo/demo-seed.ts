// Its own module so that `simpul demo --help` shows the default without loading the demo generator.

/** Seed used when none is given (the CLI's default too). */
export const DEFAULT_DEMO_SEED = 20231;
