// The entry of a render thread in test/server/render-thread.test.ts: TypeScript needs tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./render-thread-stub.ts');
