import { isLargeGraph, type NetworkGraph } from './graph-model.ts';

/** Which drawing the reader asked for in the controls; 'auto' lets the browser and graph size decide. */
export type RendererChoice = 'auto' | 'webgl' | 'canvas';
/** The drawing actually used: sigma (WebGL) or the Canvas 2D drawing. */
export type Renderer = 'webgl' | 'canvas';

/** Renderer strings of the software rasterisers Chromium and Mesa fall back to without a usable GPU. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software/i;

let software: boolean | null = null;

/**
 * Whether WebGL would run in software (or not at all) here. Sigma then stalls even at the demo centres'
 * size (150 firms / 1,300 ties: 6 s to the first frame, 383 ms p95 frames in headless Chromium), so the
 * Canvas 2D drawing is used instead. Asked once per page: a throwaway context with
 * `failIfMajorPerformanceCaveat` (null when the browser would fall back to software), plus the renderer's
 * name where the browser tells it; the context is lost straight away so none is left behind.
 */
export function webglIsSoftware(): boolean {
  if (software === null) software = detectSoftware();
  return software;
}

function detectSoftware(): boolean {
  if (typeof document === 'undefined') return true;
  const canvas = document.createElement('canvas');
  const options = { failIfMajorPerformanceCaveat: true };
  let gl: WebGLRenderingContext | WebGL2RenderingContext | null = null;
  try {
    gl =
      (canvas.getContext('webgl2', options) as WebGL2RenderingContext | null) ??
      (canvas.getContext('webgl', options) as WebGLRenderingContext | null);
  } catch {
    gl = null;
  }
  if (!gl) return true;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const names = [gl.getParameter(gl.RENDERER), info && gl.getParameter(info.UNMASKED_RENDERER_WEBGL)];
    return names.some((name) => typeof name === 'string' && SOFTWARE_RENDERERS.test(name));
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

const STORAGE_KEY = 'simpul.renderer';
const CHOICES: readonly RendererChoice[] = ['auto', 'webgl', 'canvas'];

/** The drawing this browser's reader last chose (remembered like the language); 'auto' until they choose. */
export function storedRendererChoice(): RendererChoice {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return CHOICES.find((choice) => choice === stored) ?? 'auto';
}

/** Remembers the reader's choice for the next network they open; 'auto' forgets it. */
export function rememberRendererChoice(choice: RendererChoice): void {
  if (typeof localStorage === 'undefined') return;
  if (choice === 'auto') localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, choice);
}

/**
 * The drawing for a graph: the reader's choice when they made one; otherwise Canvas 2D for large graphs
 * (sigma stalls on them without a GPU, and they draw no arrows anyway) and wherever WebGL is software,
 * sigma on a real GPU.
 */
export function chooseRenderer(
  graph: Pick<NetworkGraph, 'size' | 'order'>,
  choice: RendererChoice,
): Renderer {
  if (choice !== 'auto') return choice;
  return isLargeGraph(graph) || webglIsSoftware() ? 'canvas' : 'webgl';
}
