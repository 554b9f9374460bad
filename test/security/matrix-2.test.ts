import { useTestApp } from '../app.ts';
import { checkMatrixPart } from './matrix-run.ts';

// Part 2 of the authorization matrix (test/security/matrix-run.ts); `npx vitest run test/security/matrix` runs all.
checkMatrixPart(2, useTestApp());
