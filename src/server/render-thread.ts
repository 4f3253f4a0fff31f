import { parentPort, Worker } from 'node:worker_threads';
import type { EmbedRenderer } from './embed-first-view';

type Render = EmbedRenderer;
type Request = { id: number; input: Parameters<Render>[0] };
type Answer = { id: number; html: string } | { id: number; error: string };

/**
 * Renders in a thread of its own, started from `entry` (the server's own entry file, which serves
 * renders when it runs in a worker: serveRenders). Rendering a page of 200 comments takes tens of
 * milliseconds; in the server's thread that is tens of milliseconds in which no reader is
 * answered. A thread that dies is started again for the next render.
 */
export function renderInThread(entry: URL): Render {
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve(html: string): void; reject(error: Error): void }>();
  let nextId = 0;

  const start = () => {
    const started = new Worker(entry, { workerData: { parleyRenders: true } });
    // Idle, it must not keep the server's process alive (a graceful shutdown waits for nothing).
    started.unref();
    started.on('message', (answer: Answer) => {
      const waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if ('html' in answer) waiting?.resolve(answer.html);
      else waiting?.reject(new Error(answer.error));
    });
    const fail = (error: Error) => {
      if (worker === started) worker = null;
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`The render thread stopped (${code}).`)));
    return started;
  };

  // Started at once: its first render need not wait for React to load.
  worker = start();
  return (input) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker ??= start();
      worker.postMessage({ id, input } satisfies Request);
    });
}

/** Whether this thread is a render thread started by renderInThread. */
export const isRenderThread = (data: unknown) =>
  typeof data === 'object' && data !== null && 'parleyRenders' in data;

/** The render thread's side: renders each request with `render`, in order, and answers. */
export function serveRenders(render: Render) {
  const port = parentPort;
  if (!port) throw new Error('serveRenders runs in a worker thread.');
  port.on('message', ({ id, input }: Request) => {
    render(input).then(
      (html) => port.postMessage({ id, html } satisfies Answer),
      (error: unknown) => port.postMessage({ id, error: String(error) } satisfies Answer),
    );
  });
}
