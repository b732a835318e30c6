// Worker threads do not inherit tsx's loader from the parent; register it, then load the
// TypeScript worker. (Plain JavaScript so that Node can start it without a loader.)
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker.ts');
