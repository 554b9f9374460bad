import { z } from 'zod';

/**
 * The answer of an endpoint that sends a file (CSV, XLSX, GEXF, an image, a PDF…), streamed, not JSON.
 * Its own module, so a domain's endpoint entries can name it without importing the table that spreads them.
 */
export const FileResponse = z.instanceof(Uint8Array);
