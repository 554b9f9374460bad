import { codeSplit } from '../app/code-split.tsx';
import { CanvasNetwork } from './CanvasNetwork.tsx';
import type { CanvasProps } from './canvas-types.ts';
import type { Renderer } from './renderer-choice.ts';

export type { CanvasHandle } from './canvas-types.ts';

// sigma (~250 kB of script) loads only where WebGL draws: not for large graphs, not in software WebGL.
const SigmaNetwork = codeSplit(() => import('./SigmaNetwork.tsx'));

/** Starts loading the WebGL drawing's code before it is needed (the view does so once it knows). */
export const preloadSigma = (): void => void SigmaNetwork.preload().catch(() => {});

/**
 * The drawing of a centre network: sigma (WebGL) or the Canvas 2D drawing, as chosen by chooseRenderer
 * (renderer-choice.ts). Switching remounts the drawing; the node positions live in the graph and stay.
 */
export function NetworkCanvas({ renderer, ...props }: CanvasProps & { renderer: Renderer }) {
  return renderer === 'canvas' ? <CanvasNetwork {...props} /> : <SigmaNetwork {...props} />;
}
