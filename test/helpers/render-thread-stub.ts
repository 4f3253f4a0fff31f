import { isMainThread, workerData } from 'node:worker_threads';
import { isRenderThread, serveRenders } from '../../src/server/render-thread';

/** A render thread whose "render" echoes its input, fails or stops, as the test asks. */
if (!isMainThread && isRenderThread(workerData)) {
  serveRenders(async ({ path, locale }) => {
    if (path === '/fail') throw new Error('cannot render this');
    if (path === '/die') process.exit(3);
    return `${path} in ${locale}`;
  });
}
