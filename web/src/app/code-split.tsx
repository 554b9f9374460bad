import { type ComponentType, useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { ErrorView, Loading } from '../ui/status.tsx';
import { m } from './messages.ts';

/** A component whose code is its own chunk, and a way to start loading that chunk before it is shown. */
export type CodeSplit<P> = ComponentType<P> & { preload(): Promise<ComponentType<P>> };

/**
 * A code-split component that shows "Memuat…" while its chunk loads, without suspending. React 19 keeps a
 * suspended boundary's content back until its fallback has been shown for 300 ms, so with `lazy` every
 * screen change — and the centre page's network tab after it — waited about 300 ms each for a chunk that
 * had long arrived (measured on `/sentra/:id`: the network request went out 690 ms after the click, now
 * 150 ms). A chunk that fails to load (the connection dropped, a new deployment renamed it) says so in the
 * reader's language with a retry (a reload of the page), instead of leaving a blank screen.
 */
export function codeSplit<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): CodeSplit<P> {
  const chunk = new Chunk(load);
  const render = (props: P) => <ChunkView chunk={chunk} props={props} />;
  return Object.assign(render, { preload: () => chunk.preload() });
}

/** One chunk's loading: started once, remembered once loaded, started again after a failure. */
class Chunk<P> {
  loaded: ComponentType<P> | undefined;
  private pending: Promise<ComponentType<P>> | undefined;

  constructor(private readonly load: () => Promise<{ default: ComponentType<P> }>) {}

  preload(): Promise<ComponentType<P>> {
    this.pending ??= this.load().then(
      (module) => {
        this.loaded = module.default;
        return module.default;
      },
      (error: unknown) => {
        this.pending = undefined; // the next attempt loads again
        throw error;
      },
    );
    return this.pending;
  }
}

function ChunkView<P extends object>({ chunk, props }: { chunk: Chunk<P>; props: P }) {
  const [Component, setComponent] = useState<ComponentType<P> | undefined>(() => chunk.loaded);
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  // Loads until the component is there, once; a failure waits for Retry (a reload).
  useEffect(() => {
    if (Component || failed) return;
    let live = true;
    chunk.preload().then(
      (next) => live && setComponent(() => next),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [chunk, Component, failed]);
  if (Component) return <Component {...props} />;
  // Retry reloads the page: Chromium remembers a dynamic import that failed and fails it again without a
  // request, and after a deployment the chunk's name is only known to the new index page anyway.
  if (failed)
    return <ErrorView error={new Error(t(m.chunkFailed))} onRetry={() => window.location.reload()} />;
  return <Loading />;
}
